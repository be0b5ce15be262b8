"""Parsing and making the dates and moments steentje works with.

One small grammar, in both languages, for every option that takes a day or a
moment (``log --date``, ``edit --date``, ``today --date``, ``week --date``,
``--since``, ``--until``). A day is one of:

- an ISO date: ``2026-11-30``;
- ``today``/``vandaag``, ``yesterday``/``gisteren``, ``eergisteren`` (and
  ``day before yesterday``);
- a weekday (``friday``, ``fri``, ``vrijdag``, ``vr``): the most recent such
  day, **today included**, so ``--since monday`` is this week on a Monday too;
  ``last friday``/``vorige vrijdag``/``afgelopen vrijdag`` is the one before today;
- ``3 days ago``/``3 dagen geleden``, with weeks, months and years too
  (``a week ago``, ``een week geleden``);
- a span back from today: ``7d``, ``4w``, ``3m`` (calendar months: the same
  day of the month, or its last day), ``1y`` or ``1j``.

A moment is a day with an optional time of day before or after it (``15:00``,
``15.30``, ``3pm``, ``3:30 pm``, ``15u``, ``15u30``, ``15 uur``, ``at``/``om``
allowed in front), a time alone (today), or an ISO date-time
(``2026-11-30T15:00``, with a UTC offset kept as given). Nothing here reaches
forward: steentje looks back, and an answer is never for a day to come.
"""

import re
from datetime import date, datetime, time
from typing import NamedTuple

# The days steentje works with: wide enough for any reflection, narrow enough
# that week and month arithmetic never leaves what datetime can hold.
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


class When(NamedTuple):  # a NamedTuple: a dataclass costs the shell's fast path 1.5 ms
    """A day, and the time of day when one was given (aware when given with a UTC offset)."""

    day: date
    at: time | None = None


# The patterns stay strings: re compiles (and caches) them at their first use, so
# importing this module (the journal does, on the shell's fast path) costs nothing.
_ISO_DAY = r"\d{4}-\d{2}-\d{2}"
_ISO_MOMENT = r"\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:z|[+-]\d{2}:\d{2})?"
# 3pm, 3:30 pm, 15:00, 15.30, 15:00:10, 15:00 uur, 15u, 15u30, 15 uur, 15h
_TIME = (
    r"(?:(?P<h12>\d{1,2})(?::(?P<m12>\d{2}))?\s*(?P<half>am|pm|a\.m\.|p\.m\.)"
    r"|(?P<h24>\d{1,2})[:.](?P<m24>\d{2})(?::(?P<s24>\d{2}))?(?:\s*(?:u|uur|h))?"
    r"|(?P<hu>\d{1,2})\s*(?:u|uur|h)(?P<mu>\d{2})?)"
)
_AT = r"(?:(?:at|om)\s+)?"
_TIME_ALONE = _AT + _TIME
_TIME_AFTER = r"(?P<day>.+?)\s+" + _AT + _TIME
_TIME_BEFORE = _AT + _TIME + r"\s+(?P<day>.+)"

_NAMED_DAYS = {
    "today": 0,
    "vandaag": 0,
    "yesterday": 1,
    "gisteren": 1,
    "eergisteren": 2,
    "day before yesterday": 2,
    "the day before yesterday": 2,
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon", "maandag", "ma"),
            ("tuesday", "tue", "tues", "dinsdag", "di"),
            ("wednesday", "wed", "woensdag", "wo"),
            ("thursday", "thu", "thur", "thurs", "donderdag", "do"),
            ("friday", "fri", "vrijdag", "vr"),
            ("saturday", "sat", "zaterdag", "za"),
            ("sunday", "sun", "zondag", "zo"),
        )
    )
    for name in names
}
_WEEKDAY = r"(?:(?P<last>last|vorige|afgelopen)\s+)?(?P<name>[a-z]+)"
_UNITS = {
    "day": "d", "days": "d", "dag": "d", "dagen": "d",
    "week": "w", "weeks": "w", "weken": "w",
    "month": "m", "months": "m", "maand": "m", "maanden": "m",
    "year": "y", "years": "y", "jaar": "y", "jaren": "y",
}  # fmt: skip
# Days ahead, named so that the refusal can say so rather than "not a day".
_AHEAD = ("tomorrow", "morgen", "overmorgen", "the day after tomorrow")
_AGO = r"(?P<count>\d+|a|an|one|een|één)\s+(?P<unit>[a-z]+)\s+(?:ago|geleden)"
_SPAN = r"(?P<count>\d+)\s*(?P<unit>[dwmyj])"


def parse_when(text: str, today: date) -> When:
    """Parse a day with an optional time of day (see the module's grammar).

    Raises ValueError with a message a user can act on: the accepted forms, or
    the range of days steentje works with.
    """
    from steentje.words import t

    value = " ".join(text.lower().split())
    try:
        found = _when(value, today)
    except (ValueError, OverflowError):
        found = When(date.min)  # a span reaching back beyond year 1
    if found is None and value in _AHEAD:
        # The grammar reads days back; a day ahead deserves its own answer.
        raise ValueError(t("day_ahead", text=text))
    if found is None:
        raise ValueError(t("not_a_when", text=text))
    if not EARLIEST <= found.day <= LATEST:
        raise ValueError(t("date_out_of_range", text=text, first=EARLIEST, last=LATEST))
    return found


def parse_day(text: str, today: date) -> date:
    """Parse a day (see the module's grammar); a time of day is refused, not ignored."""
    found = parse_when(text, today)
    if found.at is not None:
        from steentje.words import t

        raise ValueError(t("no_time_here", text=text))
    return found.day


def require_answerable(day: date, today: date) -> None:
    """Refuse to answer for a day after *today*: it would count as written before its time."""
    if day > today:
        from steentje.errors import UsageError
        from steentje.words import t

        raise UsageError(t("date_in_future", day=day.isoformat()))


def require_past(moment: datetime, now: datetime) -> None:
    """Refuse a moment on a day after today, or later today than *now*."""
    require_answerable(moment.date(), now.date())
    if moment > now:
        from steentje.errors import UsageError
        from steentje.words import t

        raise UsageError(t("moment_in_future", moment=f"{moment:%Y-%m-%d %H:%M}"))


def moment_on(day: date, now: datetime, at: time | None = None) -> datetime:
    """The moment to keep for *day*: at *at* when given, else at *now*'s time of day.

    A wall-clock time gets the local UTC offset that applies on *day* (a
    backfilled summer entry gets the summer offset); a time with an offset keeps it.
    """
    if at is not None and at.tzinfo is not None:
        return datetime.combine(day, at)
    if at is None:
        if day == now.date():
            return now
        at = now.time().replace(tzinfo=None)
    if day == now.date() and now.utcoffset() != now.replace(tzinfo=None).astimezone().utcoffset():
        # The clock is pinned in another zone than the system's: today is in the clock's.
        return datetime.combine(day, at, now.tzinfo)
    # astimezone() on a naive value takes the local zone's offset for that date.
    return datetime.combine(day, at).astimezone()


def moved_moment(moment: datetime, when: When, now: datetime) -> datetime:
    """Where an entry written at *moment* goes for ``edit --date``, as ``log --date`` would put it.

    Without a time of day it keeps its wall-clock time on the new day; on its
    own day it stays exactly where it is.
    """
    if when.at is None and when.day == moment.date():
        return moment
    at = when.at if when.at is not None else moment.time().replace(tzinfo=None)
    return moment_on(when.day, now, at)


def _when(value: str, today: date) -> When | None:
    """*value* (lower case, single spaces) as a day and maybe a time; None when it is neither."""
    if re.fullmatch(_ISO_MOMENT, value):
        try:
            moment = datetime.fromisoformat(value.upper().replace(" ", "T", 1))
        except ValueError:
            return None
        return When(moment.date(), moment.timetz().replace(microsecond=0))
    day = _day(value, today)
    if day is not None:
        return When(day)
    alone = re.fullmatch(_TIME_ALONE, value)
    if alone:
        at = _time(alone)
        return None if at is None else When(today, at)
    for pattern in (_TIME_AFTER, _TIME_BEFORE):
        both = re.fullmatch(pattern, value)
        if both:
            day, at = _day(both.group("day"), today), _time(both)
            if day is not None and at is not None:
                return When(day, at)
    return None


def _time(found: re.Match[str]) -> time | None:
    """The time of day a _TIME match names; None when it names none (25:00, 13pm)."""
    if found.group("half"):
        hour, minute = int(found.group("h12")), int(found.group("m12") or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if found.group("half").startswith("p") else 0)
        second = 0
    elif found.group("h24"):
        hour, minute = int(found.group("h24")), int(found.group("m24"))
        second = int(found.group("s24") or 0)
    else:
        hour, minute, second = int(found.group("hu")), int(found.group("mu") or 0), 0
    try:
        return time(hour, minute, second)
    except ValueError:
        return None


def _day(value: str, today: date) -> date | None:
    """*value* as a day on or before *today*; None when it is none of the forms."""
    if re.fullmatch(_ISO_DAY, value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    if value in _NAMED_DAYS:
        return _back(today, _NAMED_DAYS[value], "d")
    weekday = re.fullmatch(_WEEKDAY, value)
    if weekday and weekday.group("name") in _WEEKDAYS:
        days = (today.weekday() - _WEEKDAYS[weekday.group("name")]) % 7
        if days == 0 and weekday.group("last"):
            days = 7
        return _back(today, days, "d")
    ago = re.fullmatch(_AGO, value)
    if ago and ago.group("unit") in _UNITS:
        count = ago.group("count")
        return _back(today, int(count) if count.isdigit() else 1, _UNITS[ago.group("unit")])
    span = re.fullmatch(_SPAN, value)
    if span:
        return _back(today, int(span.group("count")), span.group("unit"))
    return None


def _back(today: date, count: int, unit: str) -> date:
    """*count* days (d), weeks (w), calendar months (m) or years (y, j) before *today*."""
    if unit == "d":
        return date.fromordinal(today.toordinal() - count)
    if unit == "w":
        return date.fromordinal(today.toordinal() - 7 * count)
    months = count * (12 if unit in "yj" else 1)
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    if year < 1:
        raise OverflowError(year)
    month += 1
    # The same day of the month, or the month's last day when it is shorter.
    for candidate in (today.day, 30, 29, 28):
        if candidate <= today.day:
            try:
                return date(year, month, candidate)
            except ValueError:
                continue
    raise ValueError("unreachable")  # pragma: no cover - 28 exists in every month
