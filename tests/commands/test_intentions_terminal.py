"""The follow-up flow in a real terminal (a pty): asked how it went, told or skipped, then
today's question; and what you will try, asked after an answer."""

from __future__ import annotations

import sys
import tomllib
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import PINNED_NOW, Invoke
from tests.output.test_answer_prompt import CTRL_C, ENTER, NO_INTENTION, type_into
from tests.test_entrypoints import SCRIPT

pytestmark = [
    pytest.mark.skipif(SCRIPT is None, reason="steentje is not installed in this venv"),
    pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty"),
]


def entries(journal: Path) -> list[dict[str, object]]:
    found: list[dict[str, object]] = tomllib.loads(journal.read_text("utf-8"))["entries"]
    return found


def with_intention(run: Invoke, text: str = "Ask the team first") -> str:
    result = run("--lang", "en", "log", "I decided alone", "--date", "2026-11-24", "-i", text)
    assert result.exit_code == 0, result.stderr
    return result.stdout.split()[1]


def test_the_outcome_is_asked_first_then_the_question(run: Invoke, journal_path: Path) -> None:
    entry_id = with_intention(run)
    typed = type_into(
        ["--lang", "en"],
        ("asks another day)", f"Sanne led it{ENTER}{ENTER}"),
        ("Your answer", ENTER),  # today's question, skipped
    )
    assert typed.code == 0, typed.screen
    assert "You meant to (Tuesday 24 November 2026): Ask the team first" in typed.screen
    assert f"Noted how it went: {entry_id}" in typed.screen
    assert typed.screen.index("Noted how it went") < typed.screen.index("Today's question")
    (entry,) = entries(journal_path)
    assert entry["outcome"] == "Sanne led it"
    assert str(entry["outcome_date"]) == "2026-11-26"
    again = type_into(["--lang", "en"], ("Your answer", ENTER))
    assert "You meant to" not in again.screen  # followed up: not asked again


def test_enter_skips_until_another_day(run: Invoke, journal_path: Path, given_now) -> None:
    entry_id = with_intention(run)
    before = journal_path.read_bytes()
    typed = type_into(["--lang", "en"], ("How did it go", ENTER), ("Your answer", ENTER))
    assert typed.code == 0, typed.screen
    assert "Skipped; steentje asks again another day" in typed.screen
    assert f"steentje followup {entry_id} --drop" in typed.screen
    assert journal_path.read_bytes() == before
    # The same day: neither asked nor shown, at a shell start or on the terminal.
    assert "You meant to" not in run("--lang", "en", "today", "--no-input").stdout
    same_day = type_into(["--lang", "en"], ("Your answer", ENTER))
    assert "You meant to" not in same_day.screen
    # The next day it comes back.
    given_now(PINNED_NOW + timedelta(days=1))
    next_day = type_into(["--lang", "en"], ("How did it go", ENTER), ("Your answer", ENTER))
    assert "You meant to (Tuesday 24 November 2026)" in next_day.screen


def test_the_flow_speaks_dutch(run: Invoke, journal_path: Path) -> None:
    with_intention(run, "Eerst het team vragen")
    typed = type_into(
        ["--lang", "nl", "today"],
        ("een andere dag)", f"Goed{ENTER}{ENTER}"),
        ("Je antwoord", f"Mijn antwoord{ENTER}{ENTER}"),
        ("Wat ga je proberen?", f"Morgen weer{ENTER}{ENTER}"),
    )
    assert typed.code == 0, typed.screen
    assert "Je nam je voor (dinsdag 24 november 2026): Eerst het team vragen" in typed.screen
    assert "Genoteerd hoe het ging" in typed.screen
    assert "Voornemen bewaard: vanaf de volgende dag vraagt steentje hoe het ging." in typed.screen
    first, second = entries(journal_path)
    assert first["outcome"] == "Goed"
    assert second["answer"] == "Mijn antwoord" and second["intention"] == "Morgen weer"


def test_an_intention_typed_after_the_answer_is_kept(journal_path: Path) -> None:
    typed = type_into(
        ["--lang", "en"],
        ("Your answer", f"My answer{ENTER}{ENTER}"),
        ("What will you try?", f"Listen first{ENTER}{ENTER}"),
    )
    assert typed.code == 0, typed.screen
    (entry,) = entries(journal_path)
    assert entry["answer"] == "My answer" and entry["intention"] == "Listen first"


def test_ctrl_c_at_the_intention_keeps_the_answer(journal_path: Path) -> None:
    typed = type_into(
        ["--lang", "en", "log"],
        ("Your answer", f"Keep this{ENTER}{ENTER}"),
        ("What will you try?", f"half{CTRL_C}"),
    )
    assert typed.code == 0, typed.screen
    assert "Saved " in typed.screen
    (entry,) = entries(journal_path)
    assert entry["answer"] == "Keep this" and "intention" not in entry


def test_ctrl_c_at_the_outcome_saves_nothing(run: Invoke, journal_path: Path) -> None:
    with_intention(run)
    before = journal_path.read_bytes()
    typed = type_into(["--lang", "en"], ("How did it go", f"half{CTRL_C}"))
    assert typed.code == 130
    assert journal_path.read_bytes() == before


def test_followup_without_text_shows_the_intention_and_asks(
    run: Invoke, journal_path: Path
) -> None:
    entry_id = with_intention(run)
    typed = type_into(["--lang", "en", "followup", entry_id], ("or Ctrl-D)", f"Fine{ENTER}{ENTER}"))
    assert "Intention: Ask the team first" in typed.screen
    assert typed.code == 0, typed.screen
    (entry,) = entries(journal_path)
    assert entry["outcome"] == "Fine"


def test_log_text_asks_no_intention(journal_path: Path) -> None:
    typed = type_into(["--lang", "en", "log", "given as text"])
    assert typed.code == 0, typed.screen
    assert "What will you try?" not in typed.screen
    assert NO_INTENTION[0] not in typed.screen
