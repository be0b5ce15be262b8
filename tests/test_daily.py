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


# --- a set of one's own: any number of principles ---------------------------------


@pytest.mark.parametrize("count", [1, 2, 3, 5, 8, 12, 31])
def test_another_number_of_principles_goes_one_a_day_in_order(count: int) -> None:
    numbers = [principle_number_for(day, count=count) for day in A_YEAR]
    first = numbers[0]
    # One a day, in order: each day the next, after the last the first again.
    assert all(b == a % count + 1 for a, b in itertools.pairwise(numbers))
    assert first in range(1, count + 1)


@pytest.mark.parametrize("week_start", range(7))
def test_the_week_start_moves_only_a_set_of_seven(week_start: int) -> None:
    for day in A_YEAR[:30]:
        assert principle_number_for(day, week_start, count=3) == principle_number_for(day, count=3)
        assert principle_number_for(day, week_start, count=7) == principle_number_for(
            day, week_start
        )


@pytest.mark.parametrize(("count", "prompts"), [(3, 2), (5, 4), (8, 3), (1, 4)])
def test_questions_rotate_each_time_a_principle_comes_back(count: int, prompts: int) -> None:
    asked: dict[int, list[int]] = defaultdict(list)
    for day in days(date(2026, 1, 1), count * prompts * 3):
        number = principle_number_for(day, count=count)
        asked[number].append(prompt_index_for(day, prompts, count=count))
    for turns in asked.values():
        # Every turn the next question: none again before all had theirs.
        assert all(b == (a + 1) % prompts for a, b in itertools.pairwise(turns))


def test_a_set_of_three_in_a_catalog() -> None:
    from steentje.own_set import own_catalog

    text = 'id = "three"\n' + "".join(
        f'[[principles]]\nnumber = {n}\n[principles.en]\ntitle = "P{n}"\n'
        f'prompts = ["{n}a?", "{n}b?"]\n'
        for n in (1, 2, 3)
    )
    catalog = own_catalog(text.encode(), "three.toml", "en")
    asked = [daily_prompt(catalog, day) for day in days(date(2026, 11, 23), 6)]
    assert [(d.principle.number, d.prompt) for d in asked] == [
        (2, "2a?"), (3, "3a?"), (1, "1b?"), (2, "2b?"), (3, "3b?"), (1, "1a?"),
    ]  # fmt: skip
    assert {d.set_id for d in asked} == {"three"}
    assert daily_prompt(load_catalog("en"), date(2026, 11, 23)).set_id == "steentje"
