"""The launcher's fast paths: which command lines they take, and that they match typer."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from steentje.launcher import FastCall, parse_fast

from .conftest import Invoke

SCRIPT = shutil.which("steentje", path=str(Path(sys.executable).parent))
needs_script = pytest.mark.skipif(SCRIPT is None, reason="steentje is not installed in this venv")


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["remind"], FastCall("remind")),
        (["--lang", "nl", "remind"], FastCall("remind", "nl")),
        (["--journal=/x.toml", "--lang=en", "remind"], FastCall("remind", "en", "/x.toml")),
        ([], FastCall("today")),
        (["--lang", "en"], FastCall("today", "en")),
        (["today"], FastCall("today")),
        (["today", "--no-input"], FastCall("today", no_input=True)),
        (
            ["--journal", "/j.toml", "today", "--date", "2026-11-30", "--no-input"],
            FastCall("today", None, "/j.toml", True, "2026-11-30"),
        ),
        (["today", "--date=2026-11-30"], FastCall("today", day="2026-11-30")),
        (["today", "--date", "vorige vrijdag"], FastCall("today", day="vorige vrijdag")),
        (["stats"], FastCall("stats", weeks=26, output="text")),
        (
            ["--lang=nl", "stats", "--format", "json", "--weeks=520"],
            FastCall("stats", "nl", weeks=520, output="json"),
        ),
        (["stats", "--weeks", "1"], FastCall("stats", weeks=1, output="text")),
    ],
)
def test_plain_calls_take_the_fast_path(arguments: list[str], expected: FastCall) -> None:
    assert parse_fast(arguments) == expected


@pytest.mark.parametrize(
    "arguments",
    [
        ["remind", "--help"],
        ["--lang", "de", "remind"],
        ["--lang"],
        ["--journal", "", "remind"],
        ["--lang", "nl", "--lang", "en"],
        ["log", "remind"],
        ["--version"],
        ["--help"],
        ["-h"],
        ["today", "--help"],
        ["today", "--date", "2026-13-01"],
        ["today", "--date", "gisteren 15:00"],  # a day option takes no time: typer says so
        ["today", "--date", "morgen"],
        ["today", "--date"],
        ["today", "--no-input=yes"],
        ["today", "extra"],
        ["--no-input"],
        ["principles"],
        ["today", "--lang", "en"],
        ["stats", "-w", "4"],
        ["stats", "--weeks", "0"],
        ["stats", "--weeks", "521"],
        ["stats", "--weeks", "٣"],
        ["stats", "--weeks", "+3"],
        ["stats", "--format", "JSON"],
        ["stats", "--format", "csv"],
        ["stats", "--help"],
        ["stats", "extra"],
        ["stats", "--weeks"],
    ],
)
def test_everything_else_goes_through_typer(arguments: list[str]) -> None:
    assert parse_fast(arguments) is None


@needs_script
@pytest.mark.parametrize(
    "arguments",
    [
        [],
        ["--lang", "nl"],
        ["today", "--no-input"],
        ["--lang", "en", "today", "--date", "2026-12-01", "--no-input"],
        ["--lang=nl", "today", "--date=2027-03-14"],
        ["--lang", "nl", "today", "--date", "vorige vrijdag", "--no-input"],
        ["--lang", "en", "today", "--date=3 days ago"],
        ["remind"],
        ["--lang", "nl", "remind"],
        ["stats"],
        ["--lang", "nl", "stats", "--weeks", "3"],
        ["stats", "--format=json"],
    ],
)
def test_fast_path_output_matches_typer(run: Invoke, arguments: list[str]) -> None:
    assert fast_path_agrees(run, arguments)


def fast_path_agrees(run: Invoke, arguments: list[str]) -> str:
    """Run *arguments* through the executable (its fast path) and through typer; both must
    give the same exit code, stdout and stderr. Returns that stdout."""
    assert SCRIPT is not None
    fast = subprocess.run(
        [SCRIPT, *arguments], capture_output=True, text=True, encoding="utf-8", check=False
    )
    slow = run(*arguments)
    assert (fast.returncode, fast.stdout, fast.stderr) == (slow.exit_code, slow.stdout, slow.stderr)
    return fast.stdout


def test_showing_the_question_loads_no_journal_module() -> None:
    # principles.principle_label names free reflections without importing journal at the
    # top: `today --no-input` runs from shell start-up and must stay light.
    code = (
        "import sys\n"
        "from steentje.launcher import main\n"
        "sys.argv = ['steentje', 'today', '--no-input']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('steentje.journal' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert done.stderr.strip().splitlines()[-1] == "False", done.stderr


@pytest.mark.parametrize("language", ["en", "nl"])
def test_fast_path_shows_the_intention_and_last_answer_as_typer_does(
    run: Invoke, language: str
) -> None:
    """The coach's part of today's panel, on both ways in: from the index, then its stamp."""
    from datetime import timedelta

    from steentje.daily import daily_prompt
    from steentje.principles import load_catalog
    from tests.conftest import TODAY

    catalog = load_catalog("en")
    earlier = TODAY - timedelta(weeks=1)
    while daily_prompt(catalog, earlier).prompt != daily_prompt(catalog, TODAY).prompt:
        earlier -= timedelta(weeks=1)
    run("log", "--date", earlier.isoformat(), "Words from last time")
    run("log", "--date", "2026-11-24", "An answer", "--intention", "Try this")
    arguments = ["--lang", language, "today", "--no-input"]
    for _ in range(2):  # found in the journal, then in the coach's stamp
        shown = fast_path_agrees(run, arguments)
        assert "Try this" in shown and "Words from last time" in shown


@needs_script
@pytest.mark.parametrize("language", ["en", "nl"])
def test_fast_stats_match_typer_on_a_journal_written_and_edited_by_hand(
    run: Invoke, journal_path: Path, language: str
) -> None:
    """Entries of both ways of reading (as written, edited by hand), a conflict copy, damage."""
    run("log", "--date", "2026-11-20", "Asked #team first", "--intention", "Ask again")
    run("log", "--date", "2026-11-24", "Listened")
    arguments = ["--lang", language, "stats"]
    assert "2" in fast_path_agrees(run, arguments)
    text = journal_path.read_text(encoding="utf-8")
    journal_path.write_text(text.replace("[[entries]]", "[[entries]]  # mine", 1), "utf-8")
    assert fast_path_agrees(run, [*arguments, "--format", "json"])
    (journal_path.parent / "journal.sync-conflict-20261125-101010-ABCDEFG.toml").write_text(
        text, encoding="utf-8"
    )
    assert fast_path_agrees(run, arguments)
    journal_path.write_text(text.replace("principle = ", "principle = x", 1), "utf-8")
    assert fast_path_agrees(run, arguments) == ""


@needs_script
@pytest.mark.parametrize("arguments", [["stats"], ["stats", "-w", "4"], ["review"]])
def test_a_reader_that_went_away_ends_the_run_quietly(run: Invoke, arguments: list[str]) -> None:
    """`steentje stats | head -1`: no "unexpected error", no traceback, SIGPIPE's code."""
    import os

    run("log", "--date", "2026-11-20", "Asked the team first")
    reader, writer = os.pipe()
    os.close(reader)  # gone before the first line is written
    try:
        done = subprocess.run(
            [SCRIPT, *arguments], stdout=writer, stderr=subprocess.PIPE, text=True, check=False
        )  # type: ignore[list-item]
    finally:
        os.close(writer)
    assert (done.returncode, done.stderr) == (141, "")
