"""The principle and question of a given day."""

from dataclasses import dataclass
from datetime import date

from steentje.principles import Catalog, Principle
from steentje.rotation import BUNDLED_SET, principle_number_for, prompt_index_for


@dataclass(frozen=True)
class DailyPrompt:
    """The principle and the question of one day."""

    day: date
    principle: Principle
    prompt_index: int
    set_id: str = BUNDLED_SET  # the set the principle belongs to

    @property
    def prompt(self) -> str:
        """The question asked on this day."""
        return self.principle.prompts[self.prompt_index]


def daily_prompt(catalog: Catalog, day: date, week_start: int = 0) -> DailyPrompt:
    """The day's principle and prompt in the catalog's language.

    *week_start* is the weekday (0 Monday ... 6 Sunday) principle 1 falls on
    when the set has seven principles; other sets go one principle a day.
    """
    count = len(catalog.principles)
    principle = catalog.principle(principle_number_for(day, week_start, count))
    index = prompt_index_for(day, len(principle.prompts), week_start, count)
    return DailyPrompt(day, principle, index, catalog.set_id)
