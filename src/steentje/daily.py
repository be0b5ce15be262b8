"""Which principle and prompt belong to a given day."""

from dataclasses import dataclass
from datetime import date

from steentje.principles import PRINCIPLE_COUNT, Catalog, Principle

# A Monday: principle 1 falls on Mondays and the week's rotation runs to
# principle 7 on Sunday. Weeks are counted from here to rotate the prompts.
ROTATION_START = date(2024, 1, 1)


@dataclass(frozen=True)
class DailyPrompt:
    """The principle and the question of one day."""

    day: date
    principle: Principle
    prompt_index: int

    @property
    def prompt(self) -> str:
        """The question asked on this day."""
        return self.principle.prompts[self.prompt_index]


def principle_number_for(day: date) -> int:
    """The principle of *day*: every principle once in any 7 consecutive days."""
    return (day - ROTATION_START).days % PRINCIPLE_COUNT + 1


def prompt_index_for(day: date, prompt_count: int) -> int:
    """The prompt variant of *day*: the next each week, so none repeats before all had a turn."""
    week = (day - ROTATION_START).days // PRINCIPLE_COUNT
    return week % prompt_count


def daily_prompt(catalog: Catalog, day: date) -> DailyPrompt:
    """The day's principle and prompt in the catalog's language."""
    principle = catalog.principle(principle_number_for(day))
    return DailyPrompt(day, principle, prompt_index_for(day, len(principle.prompts)))
