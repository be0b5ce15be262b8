"""A day already answered: ``steentje`` and ``today`` show its answers under the question."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import PINNED_NOW, TODAY, Invoke


def flat(screen: str) -> str:
    """The panel's text without its frame, one space between words."""
    return " ".join(screen.replace("│", " ").split())


@pytest.mark.parametrize(
    ("language", "heading", "other_heading"),
    [
        ("en", "Your answer today", "Your answer that day"),
        ("nl", "Je antwoord van vandaag", "Je antwoord van die dag"),
    ],
)
def test_todays_answer_is_shown_under_the_question(
    run: Invoke, language: str, heading: str, other_heading: str
) -> None:
    run("log", "--date", (TODAY - timedelta(days=1)).isoformat(), "yesterday's words")
    before = run("--lang", language, "today", "--no-input").stdout
    assert heading not in before  # nothing written today yet

    assert run("log", "Asked Sam first,\nthen decided together").exit_code == 0
    for arguments in (["today", "--no-input"], ["today"], []):
        shown = run("--lang", language, *arguments)
        assert shown.exit_code == 0
        text = flat(shown.stdout)
        question = text.index(heading)
        assert text.index("10:30 Asked Sam first, then decided together") > question
        assert "yesterday's words" not in text
        assert shown.stderr == ""

    other_day = run("--lang", language, "today", "--date", (TODAY - timedelta(days=1)).isoformat())
    assert f"{other_heading} 10:30 yesterday's words" in flat(other_day.stdout)


def test_several_answers_oldest_first_and_a_pointer_to_the_rest(run: Invoke) -> None:
    for hour in (8, 9, 10, 11):
        moment = PINNED_NOW.replace(hour=hour, minute=5)
        run("log", f"answer at {hour}", env={"STEENTJE_NOW": moment.isoformat()})
    text = flat(run("--lang", "en", "today", "--no-input").stdout)
    assert "answer at 8" not in text
    assert text.index("09:05 answer at 9") < text.index("10:05 answer at 10")
    assert text.index("10:05 answer at 10") < text.index("11:05 answer at 11")
    day = TODAY.isoformat()
    assert f"… and earlier ones: steentje review --since {day} --until {day}" in text
    nl = flat(run("--lang", "nl", "today", "--no-input").stdout)
    assert f"… en eerdere: steentje review --since {day} --until {day}" in nl


def test_a_long_answer_is_cut_and_what_steers_the_terminal_is_shown_as_notation(
    run: Invoke,
) -> None:
    run("log", "one\ntwo\nthree\nfour\nfive\nsix")
    run("log", "title\x1b]0;owned\x07 here")
    shown = run("--lang", "en", "today", "--no-input").stdout
    assert "\x1b" not in shown
    text = flat(shown)
    assert "one two three …" in text and "four" not in text
    assert "title^[]0;owned^G here" in text
    run("log", "word " * 200)  # one long line: cut too
    text = flat(run("--lang", "en", "today", "--no-input").stdout)
    assert text.count("word") < 100 and "word word …" in text


def test_an_answer_added_by_hand_is_shown_too(run: Invoke, journal_path: Path) -> None:
    """The stamp says "not written today" only while the journal is exactly as it recorded."""
    run("log", "--date", (TODAY - timedelta(days=2)).isoformat(), "earlier")
    assert "Your answer today" not in run("--lang", "en", "today", "--no-input").stdout
    by_hand = (
        '\n[[entries]]\nid = "byhand01"\ndate = 2026-11-26T07:15:00+01:00\nprinciple = 4\n'
        'prompt = "p"\nanswer = "written in my editor"\ntags = []\n'
    )
    with journal_path.open("a", encoding="utf-8") as journal:
        journal.write(by_hand)
    text = flat(run("--lang", "en", "today", "--no-input").stdout)
    assert "Your answer today 07:15 written in my editor" in text


def test_a_damaged_journal_still_shows_the_question(run: Invoke, journal_path: Path) -> None:
    run("log", "fine")
    journal_path.write_text(journal_path.read_text("utf-8") + "[[entries]\nbroken", "utf-8")
    shown = run("--lang", "en", "today", "--no-input")
    assert shown.exit_code == 0
    assert "Today's question" in shown.stdout and "Your answer today" not in shown.stdout


def test_a_clock_set_back_does_not_hide_an_answer(run: Invoke) -> None:
    """A stamp written on a later day says nothing about an earlier one: the journal decides."""
    later = PINNED_NOW + timedelta(days=2)
    run("log", "on the day", env={"STEENTJE_NOW": PINNED_NOW.isoformat()})
    run("log", "two days on", env={"STEENTJE_NOW": later.isoformat()})
    text = flat(run("--lang", "en", "today", "--no-input").stdout)
    assert "Your answer today 10:30 on the day" in text
    assert "two days on" not in text


def test_answers_of_one_moment_keep_their_order_and_the_heading_counts(run: Invoke) -> None:
    run("log", "the first")
    assert "Your answer today" in flat(run("--lang", "en", "today", "--no-input").stdout)
    for text in ("the second", "the third"):  # the pinned clock: all at one moment
        run("log", text)
    shown = flat(run("--lang", "en", "today", "--no-input").stdout)
    assert "Your answers today" in shown
    assert shown.index("the first") < shown.index("the second") < shown.index("the third")
    assert "Je antwoorden van vandaag" in flat(run("--lang", "nl", "today", "--no-input").stdout)


def test_an_answer_to_another_question_shows_the_question_it_answered(
    run: Invoke, journal_path: Path
) -> None:
    """Answered in the other language and freely: each answer with the question it had."""
    import json

    run("--lang", "en", "log", "english answer")
    run("--lang", "nl", "log", "nederlands antwoord")
    run("--lang", "nl", "log", "--free", "vrij")
    english = json.loads(run("review", "-f", "json").stdout)[-1]["prompt"]
    shown = flat(run("--lang", "nl", "today", "--no-input").stdout)
    after_english = shown[shown.index("english answer") :]
    assert after_english.startswith(f"english answer {english}")
    assert "nederlands antwoord" in shown and "vrij Vrije reflectie" in shown
    assert shown.count(english) == 1  # only under its answer
