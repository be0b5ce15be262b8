"""Which principle and prompt variant fall on a day: pure date arithmetic, no imports.

Kept apart from ``daily`` so that the shell reminder can use it without loading
the principles' data classes.
"""

from datetime import date

PRINCIPLE_COUNT = 7

# A Monday: principle 1 falls on Mondays and the week's rotation runs to
# principle 7 on Sunday. Weeks are counted from here to rotate the prompts.
ROTATION_START = date(2024, 1, 1)


def principle_number_for(day: date) -> int:
    """The principle of *day*: every principle once in any 7 consecutive days."""
    return (day - ROTATION_START).days % PRINCIPLE_COUNT + 1


def prompt_index_for(day: date, prompt_count: int) -> int:
    """The prompt variant of *day*: the next each week, so none repeats before all had a turn."""
    week = (day - ROTATION_START).days // PRINCIPLE_COUNT
    return week % prompt_count
