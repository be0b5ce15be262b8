"""The daily prompt: deterministic, every principle once a week, prompts rotating weekly."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, timedelta

import pytest

from steentje.daily import daily_prompt
from steentje.principles import load_catalog
from steentje.rotation import principle_number_for, prompt_index_for


def days(start: date, count: int) -> list[date]:
    return [start + timedelta(days=offset) for offset in range(count)]


A_YEAR = days(date(2026, 1, 1), 365)


def test_same_day_same_prompt() -> None:
    catalog = load_catalog("en")
    day = date(2026, 11, 29)
    assert daily_prompt(catalog, day) == daily_prompt(catalog, day)


def test_every_seven_consecutive_days_hold_every_principle_once() -> None:
    for start in range(len(A_YEAR) - 6):
        window = A_YEAR[start : start + 7]
        assert sorted(principle_number_for(day) for day in window) == list(range(1, 8))


def test_mondays_start_the_week_with_principle_one() -> None:
    for day in A_YEAR:
        assert principle_number_for(day) == day.isoweekday()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_prompt_repeats_before_its_siblings_had_a_turn(language: str) -> None:
    catalog = load_catalog(language)
    asked: dict[int, list[str]] = defaultdict(list)
    for day in days(date(2025, 12, 1), 3 * 365):
        daily = daily_prompt(catalog, day)
        asked[daily.principle.number].append(daily.prompt)
    for number, prompts in asked.items():
        count = len(catalog.principle(number).prompts)
        for start in range(len(prompts) - count + 1):
            window = prompts[start : start + count]
            assert len(set(window)) == count, f"principle {number} repeated a prompt early"


def test_prompt_index_moves_on_each_week() -> None:
    monday = date(2026, 11, 30)
    indexes = [prompt_index_for(monday + timedelta(weeks=week), 4) for week in range(8)]
    for this_week, next_week in itertools.pairwise(indexes):
        assert next_week == (this_week + 1) % 4
    # Within one week (Monday to Sunday) the variant does not change.
    assert {prompt_index_for(monday + timedelta(days=d), 4) for d in range(7)} == {indexes[0]}


def test_days_long_before_the_rotation_start_work() -> None:
    catalog = load_catalog("en")
    daily = daily_prompt(catalog, date(1999, 12, 31))
    assert daily.principle.number == date(1999, 12, 31).isoweekday()
    assert daily.prompt in daily.principle.prompts


def test_both_languages_ask_the_same_prompt_position_on_a_day() -> None:
    day = date(2026, 11, 29)
    assert (
        daily_prompt(load_catalog("nl"), day).prompt_index
        == daily_prompt(load_catalog("en"), day).prompt_index
    )
