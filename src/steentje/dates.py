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
    from steentje.words import t

    raise ValueError(t("not_a_day", text=text))


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
    value = text.strip().lower()
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
    try:
        return parse_day(value)
    except ValueError:
        from steentje.words import t

        raise ValueError(t("not_a_when", text=text)) from None


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
