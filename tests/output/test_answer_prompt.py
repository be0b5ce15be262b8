"""The answer prompt in a real terminal (a pty): line editing, several lines, paste, Ctrl-D, Ctrl-C.

Keys are written to the pty as a terminal sends them: Left is ESC [ D, Home
ESC [ 1 ~ or ESC [ H, End ESC [ 4 ~ or ESC [ F, Backspace DEL, Ctrl-D and
Ctrl-C their control characters, and a paste comes between ESC [ 200 ~ and
ESC [ 201 ~ (bracketed paste, which the prompt switches on).
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import TODAY, Invoke, imports_module
from tests.test_entrypoints import (
    SCRIPT,
    _read_until,
    _wait_until_reading_the_terminal,
    _without_escapes,
)

pytestmark = [
    pytest.mark.skipif(SCRIPT is None, reason="steentje is not installed in this venv"),
    pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty"),
]

LEFT, UP, HOME, END = "\x1b[D", "\x1b[A", "\x1b[1~", "\x1b[4~"
OTHER_HOME, OTHER_END = "\x1b[H", "\x1b[F"  # what other terminals send for Home and End
BACKSPACE, ENTER, CTRL_C, CTRL_D = "\x7f", "\r", "\x03", "\x04"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"
# After an answer typed at the prompt steentje asks what you will try: Enter skips.
NO_INTENTION = ("What will you try?", ENTER)
GEEN_VOORNEMEN = ("Wat ga je proberen?", ENTER)


@dataclass
class Typed:
    """A run of steentje in a terminal: its exit code and what the terminal showed, as text."""

    code: int
    screen: str


def type_into(arguments: list[str], *steps: tuple[str, str]) -> Typed:
    """Run steentje in a pty; for each (wait for this text, then type these keys) step, do so."""
    import pty

    leader, follower = pty.openpty()
    assert SCRIPT is not None
    process = subprocess.Popen(
        [SCRIPT, *arguments], stdin=follower, stdout=follower, stderr=follower,
        env={**os.environ, "TERM": "xterm"}, close_fds=True, start_new_session=True,
    )  # fmt: skip
    os.close(follower)
    screen = b""
    try:
        for marker, keys in steps:
            screen += _read_until(leader, marker.encode())
            _wait_until_reading_the_terminal(process.pid)
            os.write(leader, keys.encode())
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], deadline - time.monotonic())
            if not ready:
                break
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            screen += chunk
        code = process.wait(timeout=1)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(leader)
    # prompt_toolkit pads the lines it draws with spaces.
    text = _without_escapes(screen).decode("utf-8", errors="replace")
    return Typed(code, "\n".join(line.rstrip() for line in text.split("\n")))


def answers(journal: Path) -> list[str]:
    if not journal.exists():
        return []
    return [entry["answer"] for entry in tomllib.loads(journal.read_text("utf-8"))["entries"]]


def test_arrow_keys_home_end_and_backspace_edit_the_line(journal_path: Path) -> None:
    keys = (
        f"helo{LEFT}l{END} world{ENTER}"  # the example: was stored as helo^[[Dl^[[4~ world
        f"world{HOME}hello {OTHER_END}!{ENTER}"
        f"oops{BACKSPACE * 4}k{OTHER_HOME}o{END}{ENTER}"
        f"{ENTER}"
    )
    typed = type_into(["--lang", "en", "log"], ("Your answer", keys), NO_INTENTION)
    assert typed.code == 0, typed.screen
    assert answers(journal_path) == ["hello world\nhello world!\nok"]
    assert "Saved " in typed.screen


def test_up_goes_back_to_an_earlier_line_of_the_answer(journal_path: Path) -> None:
    typed = type_into(
        ["--lang", "en", "log"], ("Your answer", f"one{ENTER}two{UP}{END}!{CTRL_D}"), NO_INTENTION
    )
    assert typed.code == 0, typed.screen
    assert answers(journal_path) == ["one!\ntwo"]


@pytest.mark.parametrize(
    ("language", "how"),
    [
        ("en", ", in a few lines (done: Enter on an empty line or Ctrl-D; skip: Enter right away)"),
        ("nl", ", in een paar regels (klaar: Enter op een lege regel of Ctrl-D; overslaan: meteen"),
    ],
)
def test_several_lines_end_with_an_empty_line_and_the_prompt_says_so(
    journal_path: Path, language: str, how: str
) -> None:
    keys = f"first line{ENTER}second line{ENTER}{ENTER}"
    skip = NO_INTENTION if language == "en" else GEEN_VOORNEMEN
    typed = type_into(["--lang", language], (how, keys), skip)
    assert typed.code == 0, typed.screen
    assert answers(journal_path) == ["first line\nsecond line"]


def test_a_pasted_block_stays_whole(journal_path: Path) -> None:
    pasted = "pasted one\r\n\r\npasted three\r\n"  # an empty line inside: still one paste
    typed = type_into(
        ["--lang", "en", "log"],
        ("Your answer", f"{PASTE_START}{pasted}{PASTE_END}{ENTER}"),
        NO_INTENTION,
    )
    assert typed.code == 0, typed.screen
    assert answers(journal_path) == ["pasted one\n\npasted three"]


def test_ctrl_d_finishes_the_answer(journal_path: Path) -> None:
    typed = type_into(
        ["--lang", "en"], ("Your answer", f"just this{ENTER}and this{CTRL_D}"), NO_INTENTION
    )
    assert typed.code == 0, typed.screen
    assert answers(journal_path) == ["just this\nand this"]


@pytest.mark.parametrize("keys", [ENTER, CTRL_D], ids=["enter", "ctrl-d"])
def test_nothing_typed_skips_today_and_is_refused_by_log(journal_path: Path, keys: str) -> None:
    typed = type_into(["--lang", "en"], ("Your answer", keys))
    assert typed.code == 0, typed.screen
    assert "Skipped; nothing was saved." in typed.screen
    typed = type_into(["--lang", "en", "log"], ("Your answer", keys))
    assert typed.code == 1
    assert "the answer is empty; nothing was saved" in typed.screen
    assert answers(journal_path) == []


@pytest.mark.parametrize("arguments", [["--lang", "en"], ["--lang", "en", "log"]])
def test_ctrl_c_cancels_with_exit_130_and_saves_nothing(
    run: Invoke, journal_path: Path, arguments: list[str]
) -> None:
    run("log", "--date", "2026-11-20", "an earlier answer")
    before = journal_path.read_bytes()
    typed = type_into(arguments, ("Your answer", f"half{ENTER}an answer{CTRL_C}"))
    assert typed.code == 130
    # The message starts a line of its own, and so does the shell prompt after it.
    assert "an answer\nsteentje: aborted; nothing was saved\n" in typed.screen
    assert typed.screen.endswith("saved\n")
    assert journal_path.read_bytes() == before


def test_only_the_answer_is_stored_and_no_history_is_kept(
    isolated_home: Path, journal_path: Path
) -> None:
    typed = type_into(
        ["--lang", "en", "log"], ("Your answer", f"private words{ENTER}{ENTER}"), NO_INTENTION
    )
    assert typed.code == 0, typed.screen
    written = [path for path in isolated_home.rglob("*") if path.is_file()]
    assert not [path for path in written if "history" in path.name.lower()]
    for path in written:
        if path != journal_path:
            assert b"private words" not in path.read_bytes(), path
    assert answers(journal_path) == ["private words"]


def test_a_day_already_answered_asks_before_taking_another(run: Invoke, journal_path: Path) -> None:
    run("log", "my first answer")
    typed = type_into(["--lang", "en"], ("[y/N]", ENTER))
    assert typed.code == 0, typed.screen
    assert "Your answer today" in typed.screen and "my first answer" in typed.screen
    assert "You answered this already. Add another answer? [y/N]" in typed.screen
    assert "in a few lines" not in typed.screen  # no prompt: the default is no
    assert answers(journal_path) == ["my first answer"]

    steps = [
        ("[j/N]", f"j{ENTER}"),
        ("in een paar regels", f"nog een{ENTER}{ENTER}"),
        GEEN_VOORNEMEN,
    ]
    typed = type_into(["--lang", "nl", "today"], *steps)
    assert typed.code == 0, typed.screen
    assert "Je antwoord van vandaag" in typed.screen
    assert answers(journal_path) == ["my first answer", "nog een"]
    assert f"{TODAY:%Y}" in typed.screen


@pytest.mark.parametrize(
    ("arguments", "piped"),
    [
        (["remind"], None),
        (["today", "--no-input"], None),
        (["today"], "not an answer\n"),
        ([], "not an answer\n"),
        (["log", "an answer given as TEXT"], None),
        (["log"], "an answer from a pipe\n"),
    ],
)
def test_the_prompt_library_loads_only_when_a_person_types(
    run: Invoke, arguments: list[str], piped: str | None
) -> None:
    """Start-up cost: remind, today --no-input, pipes and log TEXT never import prompt_toolkit."""
    run("log", "answered already, so today shows it")
    assert not imports_module("prompt_toolkit", arguments, piped=piped or "")


@pytest.mark.parametrize(
    ("language", "header"),
    [
        ("en", "Free reflection: not an answer to today's question"),
        ("nl", "Vrije reflectie: geen antwoord op de vraag van vandaag"),
    ],
)
def test_log_free_says_what_is_being_typed(journal_path: Path, language: str, header: str) -> None:
    typed = type_into(
        ["--lang", language, "log", "--free"],
        ("Free" if language == "en" else "Vrije", f"a thought{ENTER}{ENTER}"),
        NO_INTENTION if language == "en" else GEEN_VOORNEMEN,
    )
    assert typed.code == 0, typed.screen
    assert header in typed.screen
    assert answers(journal_path) == ["a thought"]
