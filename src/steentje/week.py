"""The one notion of a week: it starts on the weekday ``week_starts`` names.

The rotation (principle 1 on the week's first day), ``week``, the stats
calendar and the export's grouping all ask here, so they agree whatever day
the week starts on. A week is numbered like ISO 8601 numbers it: by its
fourth day, which for a week from Monday is the ISO week's Thursday.
"""

from __future__ import annotations

from datetime import date, timedelta

DAYS_IN_WEEK = 7
# The weeks the stats calendar shows, unless ``--weeks`` says otherwise, and the most it takes.
DEFAULT_WEEKS = 26
MOST_WEEKS = 520


def position_in_week(day: date, week_start: int = 0) -> int:
    """0 for the week's first day ... 6 for its last; *week_start* 0 is Monday."""
    return (day.weekday() - week_start) % DAYS_IN_WEEK


def first_day(day: date, week_start: int = 0) -> date:
    """The first day of the week that holds *day*."""
    return day - timedelta(days=position_in_week(day, week_start))


def days_of_week(day: date, week_start: int = 0) -> list[date]:
    """The seven days of the week that holds *day*, in order."""
    first = first_day(day, week_start)
    return [first + timedelta(days=offset) for offset in range(DAYS_IN_WEEK)]


def week_number(day: date, week_start: int = 0) -> int:
    """The number of the week that holds *day* (ISO's, for weeks from Monday)."""
    return (first_day(day, week_start) + timedelta(days=3)).isocalendar().week


def weekday_order(week_start: int = 0) -> list[int]:
    """Weekday numbers (0 Monday ... 6 Sunday) in the order the week runs."""
    return [(week_start + offset) % DAYS_IN_WEEK for offset in range(DAYS_IN_WEEK)]
