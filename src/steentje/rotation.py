"""Which principle and prompt variant fall on a day: pure date arithmetic.

Kept apart from ``daily`` so that the shell reminder can use it without loading
the principles' data classes. Also the one home of how many principles a set
may hold and of the bundled set's id and size: the journal's checks need them
without loading any principles file.
"""

from datetime import date

from steentje.week import DAYS_IN_WEEK, first_day, position_in_week

# The bundled set (the article's seven): its id, which entries without a `set`
# answered, and its size. Seven principles keep the weekday rule.
BUNDLED_SET = "steentje"
BUNDLED_COUNT = DAYS_IN_WEEK
# An own principles file holds 1 to MAX_PRINCIPLES principles (a month of days).
MAX_PRINCIPLES = 31

# A Monday: weeks (and, for a set of another size, days) are counted from it to
# rotate the principles and prompts.
ROTATION_START = date(2024, 1, 1)


def principle_number_for(day: date, week_start: int = 0, count: int = BUNDLED_COUNT) -> int:
    """The principle of *day* in a set of *count* principles.

    Seven: principle 1 on the week's first day, 7 on its last. Any other number:
    one a day in order, 1 after the last.
    """
    if count == DAYS_IN_WEEK:
        return position_in_week(day, week_start) + 1
    return (day - ROTATION_START).days % count + 1


def prompt_index_for(
    day: date, prompt_count: int, week_start: int = 0, count: int = BUNDLED_COUNT
) -> int:
    """The prompt variant of *day*: the next each time its principle comes back.

    So no question repeats before all of its principle's had a turn.
    """
    if count == DAYS_IN_WEEK:
        turn = (first_day(day, week_start) - ROTATION_START).days // DAYS_IN_WEEK
    else:
        turn = (day - ROTATION_START).days // count
    return turn % prompt_count


# What a set's id is: one word of lowercase ASCII letters, digits, "-" and "_",
# starting with a letter or digit, at most SET_ID_LENGTH long (without re: the
# reminder imports this module).
SET_ID_LENGTH = 40
_SET_ID_START = "abcdefghijklmnopqrstuvwxyz0123456789"
_SET_ID_CHARACTERS = frozenset(_SET_ID_START + "-_")


def is_set_id(text: str) -> bool:
    """Whether *text* can be a principle set's id (``own_set`` checks files with it)."""
    return (
        0 < len(text) <= SET_ID_LENGTH
        and text[0] in _SET_ID_START
        and all(char in _SET_ID_CHARACTERS for char in text)
    )
