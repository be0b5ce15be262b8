"""Which principle and prompt variant fall on a day: pure date arithmetic.

Kept apart from ``daily`` so that the shell reminder can use it without loading
the principles' data classes.
"""

from datetime import date

from steentje.week import DAYS_IN_WEEK, first_day, position_in_week

PRINCIPLE_COUNT = 7

# A Monday: weeks are counted from the first week start on or after it to
# rotate the prompts.
ROTATION_START = date(2024, 1, 1)


def principle_number_for(day: date, week_start: int = 0) -> int:
    """The principle of *day*: principle 1 on the week's first day, 7 on its last."""
    return position_in_week(day, week_start) + 1


def prompt_index_for(day: date, prompt_count: int, week_start: int = 0) -> int:
    """The prompt variant of *day*: the next each week, so none repeats before all had a turn."""
    week = (first_day(day, week_start) - ROTATION_START).days // DAYS_IN_WEEK
    return week % prompt_count
