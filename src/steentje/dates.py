"""Parsing and making the dates and moments steentje works with."""

import re
from datetime import date, datetime

_DAY_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
# The days steentje works with: wide enough for any reflection, narrow enough
# that week and month arithmetic never leaves what datetime can hold.
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


def parse_day(text: str) -> date:
    """Parse a YYYY-MM-DD day; raise ValueError with a message a user can act on."""
    from steentje.words import t

    value = text.strip()
    if _DAY_PATTERN.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if not EARLIEST <= day <= LATEST:
                raise ValueError(t("date_out_of_range", text=text, first=EARLIEST, last=LATEST))
            return day
    raise ValueError(t("not_a_day", text=text))


def require_answerable(day: date, today: date) -> None:
    """Refuse to answer for a day after *today*: it would count as written before its time."""
    if day > today:
        from steentje.errors import SteentjeError
        from steentje.words import t

        raise SteentjeError(t("date_in_future", day=day.isoformat()))


def moment_on(day: date, now: datetime) -> datetime:
    """*now*'s time of day on *day*, with the local UTC offset that applies on that day."""
    if day == now.date():
        return now
    # astimezone() on a naive value takes the local zone's offset for that date,
    # so a backfilled summer entry gets the summer offset.
    return datetime.combine(day, now.time().replace(tzinfo=None)).astimezone()


_SPAN_PATTERN = re.compile(r"(\d{1,4})\s*([dwmyj])")
_NAMED_DAYS = {"today": 0, "vandaag": 0, "yesterday": 1, "gisteren": 1}


def parse_when(text: str, today: date) -> date:
    """Parse a day for --since/--until: a date, a named day, or a span back from *today*.

    ``7d`` is seven days before today, ``4w`` four weeks, ``3m`` three calendar
    months (the same day of the month, or its last day), ``1y`` (or ``1j``) a year.
    """
    from steentje.words import t

    value = text.strip().lower()
    try:
        found = _day_back(value, today)
    except (ValueError, OverflowError):
        found = date.min  # a span reaching back beyond year 1
    if found is None:
        raise ValueError(t("not_a_when", text=text))
    if not EARLIEST <= found <= LATEST:
        raise ValueError(t("date_out_of_range", text=text, first=EARLIEST, last=LATEST))
    return found


def _day_back(value: str, today: date) -> date | None:
    """A named day or a span back from *today*; None when *value* is neither."""
    if value in _NAMED_DAYS:
        return date.fromordinal(today.toordinal() - _NAMED_DAYS[value])
    span = _SPAN_PATTERN.fullmatch(value)
    if span:
        count, unit = int(span.group(1)), span.group(2)
        if unit == "d":
            return date.fromordinal(today.toordinal() - count)
        if unit == "w":
            return date.fromordinal(today.toordinal() - 7 * count)
        months = count * (12 if unit in "yj" else 1)
        return _months_back(today, months)
    if _DAY_PATTERN.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    # The same day of the month, or the month's last day when it is shorter.
    for candidate in (day.day, 30, 29, 28):
        if candidate <= day.day:
            try:
                return date(year, month, candidate)
            except ValueError:
                continue
    raise ValueError("unreachable")  # pragma: no cover - 28 exists in every month
