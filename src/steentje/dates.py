"""Parsing and making the dates and moments steentje works with."""

import re
from datetime import date, datetime

_DAY_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str) -> date:
    """Parse a YYYY-MM-DD day; raise ValueError with a message a user can act on."""
    value = text.strip()
    if _DAY_PATTERN.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{text!r} is not a date; use YYYY-MM-DD, for example 2026-11-30")


def local_now() -> datetime:
    """The current local time with its UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def moment_on(day: date, now: datetime) -> datetime:
    """*now*'s time of day on *day*, with the local UTC offset that applies on that day."""
    if day == now.date():
        return now
    # astimezone() on a naive value takes the local zone's offset for that date,
    # so a backfilled summer entry gets the summer offset.
    return datetime.combine(day, now.time().replace(tzinfo=None)).astimezone()
