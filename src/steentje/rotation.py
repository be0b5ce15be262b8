"""Which principle and prompt variant fall on a day: pure date arithmetic, no imports.

Kept apart from ``daily`` so that the shell reminder can use it without loading
the principles' data classes.
"""

from datetime import date, timedelta

PRINCIPLE_COUNT = 7

# A Monday: principle 1 falls on Mondays and the week's rotation runs to
# principle 7 on Sunday. Weeks are counted from here to rotate the prompts.
ROTATION_START = date(2024, 1, 1)


def _days_since_start(day: date, week_start: int) -> int:
    # week_start 0 is Monday ... 6 is Sunday: the weekday principle 1 falls on.
    return (day - (ROTATION_START + timedelta(days=week_start))).days


def principle_number_for(day: date, week_start: int = 0) -> int:
    """The principle of *day*: every principle once in any 7 consecutive days."""
    return _days_since_start(day, week_start) % PRINCIPLE_COUNT + 1


def prompt_index_for(day: date, prompt_count: int, week_start: int = 0) -> int:
    """The prompt variant of *day*: the next each week, so none repeats before all had a turn."""
    week = _days_since_start(day, week_start) // PRINCIPLE_COUNT
    return week % prompt_count
