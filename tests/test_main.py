"""Every command through typer's CliRunner, against the isolated config folder."""

from __future__ import annotations

import json
import re
import stat
import sys
import tomllib
from datetime import date, datetime
from pathlib import Path

import pytest

from steentje import __version__
from steentje.daily import daily_prompt
from steentje.principles import load_catalog

from .conftest import TODAY, Invoke

ANSI = re.compile(r"\x1b\[")


def entries_in(path: Path) -> list[dict[str, object]]:
    return tomllib.loads(path.read_text(encoding="utf-8")).get("entries", [])


def test_version(run: Invoke) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"steentje {__version__}"


def test_help_teaches_every_command(run: Invoke) -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("today", "principles", "log", "review", "path"):
        assert command in result.stdout
    for command in ("today", "principles", "log", "review", "path"):
        sub = run(command, "--help")
        assert sub.exit_code == 0, command
        assert "Example:" in sub.stdout, command


def test_bare_steentje_shows_todays_prompt(run: Invoke) -> None:
    today = TODAY
    expected = daily_prompt(load_catalog("en"), today)
    result = run()
    assert result.exit_code == 0
    assert expected.principle.title in result.stdout
    assert expected.prompt in " ".join(result.stdout.replace("│", " ").split())
    assert not ANSI.search(result.stdout)


def test_today_for_another_date_in_dutch(run: Invoke) -> None:
    result = run("--lang", "nl", "today", "--date", "2026-11-30", "--no-input")
    assert result.exit_code == 0
    assert "maandag 30 november 2026" in result.stdout
    assert "Waarom zou een leidinggevende alle wijsheid in pacht hebben?" in result.stdout


def test_locale_chooses_dutch(run: Invoke) -> None:
    result = run("today", "--date", "2026-11-30", env={"LANG": "nl_NL.UTF-8"})
    assert "maandag 30 november 2026" in result.stdout
    result = run("today", "--date", "2026-11-30", env={"LANG": "en_GB.UTF-8"})
    assert "Monday 30 November 2026" in result.stdout


def test_today_does_not_ask_when_input_is_not_a_terminal(run: Invoke, journal_path: Path) -> None:
    result = run("today", input="this is not an answer\n")
    assert result.exit_code == 0
    assert not journal_path.exists()


def test_principles_list_and_detail(run: Invoke) -> None:
    listing = run("--lang", "en", "principles")
    assert listing.exit_code == 0
    for principle in load_catalog("en").principles:
        assert f" {principle.number} " in listing.stdout
    assert "Trust instead of control" in listing.stdout
    detail = run("--lang", "en", "principles", "5")
    assert detail.exit_code == 0
    flat = " ".join(detail.stdout.replace("│", " ").split())
    for prompt in load_catalog("en").principle(5).prompts:
        assert prompt in flat


@pytest.mark.parametrize("number", ["0", "8", "x"])
def test_principles_out_of_range_is_a_usage_error(run: Invoke, number: str) -> None:
    result = run("principles", number)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "steentje principles --help" in result.stderr


def test_log_from_argument(run: Invoke, journal_path: Path) -> None:
    result = run(
        "--lang", "en", "log", "Handed the budget to Anna", "--tag", "team", "-t", "budget"
    )
    assert result.exit_code == 0, result.stderr
    (entry,) = entries_in(journal_path)
    assert entry["answer"] == "Handed the budget to Anna"
    assert entry["tags"] == ["team", "budget"]
    today = daily_prompt(load_catalog("en"), TODAY)
    assert entry["principle"] == today.principle.number
    assert entry["prompt"] == today.prompt
    assert isinstance(entry["date"], datetime) and entry["date"].tzinfo is not None
    assert f"Saved {entry['id']}" in result.stdout


def test_log_stores_the_prompt_in_the_chosen_language(run: Invoke, journal_path: Path) -> None:
    run("--lang", "nl", "log", "Antwoord")
    (entry,) = entries_in(journal_path)
    assert entry["prompt"] == daily_prompt(load_catalog("nl"), TODAY).prompt


def test_log_from_stdin(run: Invoke, journal_path: Path) -> None:
    result = run("log", input="First line\nsecond line\n")
    assert result.exit_code == 0, result.stderr
    (entry,) = entries_in(journal_path)
    assert entry["answer"] == "First line\nsecond line"


def test_log_backfills_with_that_days_prompt(run: Invoke, journal_path: Path) -> None:
    result = run("--lang", "en", "log", "--date", "2026-11-18", "Looking back")
    assert result.exit_code == 0
    (entry,) = entries_in(journal_path)
    day = date(2026, 11, 18)
    expected = daily_prompt(load_catalog("en"), day)
    assert entry["date"].date() == day  # type: ignore[union-attr]
    assert entry["principle"] == expected.principle.number == 3
    assert entry["prompt"] == expected.prompt
    assert "Wednesday 18 November 2026" in result.stdout


@pytest.mark.parametrize("answer", ["", "   ", "\n\t\n"])
def test_empty_answer_is_refused(run: Invoke, journal_path: Path, answer: str) -> None:
    result = run("log", answer)
    assert result.exit_code == 1
    assert result.stderr.strip() == "steentje: the answer is empty; nothing was saved"
    assert not journal_path.exists()


def test_empty_stdin_is_refused(run: Invoke, journal_path: Path) -> None:
    result = run("log", input="\n\n")
    assert result.exit_code == 1
    assert not journal_path.exists()


def test_invalid_utf8_on_stdin(run: Invoke, journal_path: Path) -> None:
    result = run("log", input=b"caf\xe9\n")
    assert result.exit_code == 1
    assert "not UTF-8" in result.stderr
    assert "(invalid byte at position 4)" in result.stderr  # counted from 1, as people count
    assert len(result.stderr.strip().splitlines()) == 1
    assert not journal_path.exists()


def test_log_with_text_and_edit_is_a_usage_error(run: Invoke, journal_path: Path) -> None:
    result = run("log", "text", "--edit")
    assert result.exit_code == 2
    assert not journal_path.exists()


@pytest.mark.parametrize("bad", ["2026-13-01", "30-11-2026", "2026-W48-1"])
def test_bad_date_is_a_usage_error(run: Invoke, journal_path: Path, bad: str) -> None:
    result = run("log", "--date", bad, "answer")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not journal_path.exists()


def test_log_with_editor(run: Invoke, journal_path: Path, tmp_path: Path) -> None:
    editor = tmp_path / "fake-editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        "draft = pathlib.Path(sys.argv[-1])\n"
        "text = draft.read_text(encoding='utf-8')\n"
        "assert text.startswith('# '), text\n"
        "draft.write_text(text + 'Written in the editor.\\n# kept: my own hash line\\n',"
        " encoding='utf-8')\n",
        encoding="utf-8",
    )
    result = run("log", "--edit", env={"EDITOR": f'"{sys.executable}" "{editor}"'})
    assert result.exit_code == 0, result.stderr
    (entry,) = entries_in(journal_path)
    assert entry["answer"] == "Written in the editor.\n# kept: my own hash line"


def test_failing_editor_saves_nothing(run: Invoke, journal_path: Path) -> None:
    result = run("log", "--edit", env={"VISUAL": f'"{sys.executable}" -c "raise SystemExit(3)"'})
    assert result.exit_code == 1
    assert "exit code 3" in result.stderr
    assert not journal_path.exists()


def test_missing_editor(run: Invoke, journal_path: Path) -> None:
    result = run("log", "--edit", env={"EDITOR": "no-such-editor-steentje"})
    assert result.exit_code == 1
    assert "not found" in result.stderr
    assert not journal_path.exists()


def test_editor_left_empty_saves_nothing(run: Invoke, journal_path: Path) -> None:
    result = run("log", "--edit", env={"EDITOR": f'"{sys.executable}" -c "pass"'})
    assert result.exit_code == 1
    assert "empty" in result.stderr
    assert not journal_path.exists()


def write_entries(run: Invoke) -> None:
    for day, principle_answer in [
        ("2026-11-02", "Monday answer"),
        ("2026-11-06", "Friday answer"),
        ("2026-11-13", "Another Friday"),
        ("2026-11-20", "Third Friday"),
    ]:
        assert run("--lang", "en", "log", "--date", day, principle_answer).exit_code == 0


def test_review_without_journal_is_friendly(run: Invoke, journal_path: Path) -> None:
    result = run("review")
    assert result.exit_code == 0
    assert "No reflections yet" in result.stderr
    assert result.stdout == ""
    assert not journal_path.exists()


def test_review_table_newest_first(run: Invoke) -> None:
    write_entries(run)
    result = run("--lang", "en", "review")
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if "2026-11-" in line]
    assert [line.split()[0] for line in lines] == [
        "2026-11-20", "2026-11-13", "2026-11-06", "2026-11-02",
    ]  # fmt: skip
    assert "Third Friday" in lines[0]


def test_review_limit_all_principle_and_span(run: Invoke) -> None:
    write_entries(run)

    def answers(*args: str) -> list[str]:
        result = run("review", "--format", "json", *args)
        assert result.exit_code == 0, result.stderr
        return [item["answer"] for item in json.loads(result.stdout)]

    assert answers("-n", "2") == ["Third Friday", "Another Friday"]
    assert len(answers("--all")) == 4
    assert answers("--principle", "1") == ["Monday answer"]
    assert answers("-p", "1", "-p", "5") == [
        "Third Friday", "Another Friday", "Friday answer", "Monday answer",
    ]  # fmt: skip
    assert answers("--since", "2026-11-06", "--until", "2026-11-13") == [
        "Another Friday", "Friday answer",
    ]  # fmt: skip


def test_review_json_shape(run: Invoke) -> None:
    run("log", "--date", "2026-11-02", "--tag", "x", "Answer")
    (item,) = json.loads(run("review", "--format", "json").stdout)
    assert set(item) == {
        "id", "date", "principle", "prompt", "answer", "tags", "starred", "free", "set",
        "intention", "outcome", "outcome_date", "edited", "edited_before",
    }  # fmt: skip
    assert item["starred"] is False
    assert item["intention"] is item["outcome"] is item["outcome_date"] is None
    parsed = datetime.fromisoformat(item["date"])
    assert parsed.tzinfo is not None and parsed.date() == date(2026, 11, 2)
    assert item["tags"] == ["x"]


def test_review_full_and_markdown(run: Invoke) -> None:
    run("--lang", "en", "log", "--date", "2026-11-02", "Line one\nLine two")
    full = run("--lang", "en", "review", "--format", "full")
    assert full.exit_code == 0
    assert "Line one\nLine two" in full.stdout
    assert daily_prompt(load_catalog("en"), date(2026, 11, 2)).prompt in full.stdout
    markdown = run("--lang", "en", "review", "--format", "markdown")
    assert markdown.stdout.startswith("# steentje\n")
    assert "## Week 45 · 2 – 8 November 2026\n" in markdown.stdout
    assert "### Monday 2 November 2026, " in markdown.stdout
    assert "Line one\nLine two" in markdown.stdout


def test_review_bad_options(run: Invoke) -> None:
    assert run("review", "--format", "yaml").exit_code == 2
    assert run("review", "--principle", "9").exit_code == 2
    assert run("review", "-n", "0").exit_code == 2
    assert run("review", "--since", "someday").exit_code == 2


def test_path_default_and_overrides(run: Invoke, journal_path: Path, tmp_path: Path) -> None:
    assert run("path").stdout.strip() == str(journal_path)
    custom = tmp_path / "elsewhere.toml"
    assert run("--journal", str(custom), "path").stdout.strip() == str(custom)
    assert run("path", env={"STEENTJE_JOURNAL": str(custom)}).stdout.strip() == str(custom)
    other = tmp_path / "option-wins.toml"
    result = run("--journal", str(other), "path", env={"STEENTJE_JOURNAL": str(custom)})
    assert result.stdout.strip() == str(other)


def test_journal_option_is_used_for_writing(
    run: Invoke, tmp_path: Path, journal_path: Path
) -> None:
    custom = tmp_path / "sub" / "mine.toml"
    assert run("--journal", str(custom), "log", "Elsewhere").exit_code == 0
    assert [e["answer"] for e in entries_in(custom)] == ["Elsewhere"]
    assert not journal_path.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(custom.stat().st_mode) == 0o600


def test_broken_journal_is_reported_and_kept(run: Invoke, journal_path: Path) -> None:
    run("log", "First")
    broken = journal_path.read_text(encoding="utf-8") + "\n[[entries]\n"
    journal_path.write_text(broken, encoding="utf-8")
    for args in (("review",), ("log", "Second")):
        result = run(*args)
        assert result.exit_code == 1
        assert str(journal_path) in result.stderr
        assert "line " in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert journal_path.read_text(encoding="utf-8") == broken


def test_journal_is_a_directory(run: Invoke, tmp_path: Path) -> None:
    result = run("--journal", str(tmp_path), "log", "x")
    assert result.exit_code == 1
    assert "is a folder, not a journal file" in result.stderr


def test_no_colour_when_forced_but_no_color_set(run: Invoke) -> None:
    coloured = run("principles", env={"FORCE_COLOR": "1"})
    assert ANSI.search(coloured.stdout)
    plain = run("principles", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]m", plain.stdout)


def test_dumb_terminal_gets_no_escape_codes(run: Invoke) -> None:
    result = run("principles", "3", env={"FORCE_COLOR": "1", "TERM": "dumb"})
    assert result.exit_code == 0
    assert not ANSI.search(result.stdout)


def test_messages_go_to_stderr_and_data_to_stdout(run: Invoke) -> None:
    logged = run("log", "an answer")
    assert logged.stdout.startswith("Saved ") and logged.stderr == ""
    empty = run("review", "--since", "2000-01-01", "--until", "2000-01-02", "-f", "json")
    assert empty.stdout.strip() == "[]"
    assert empty.stderr.strip() == "No entries match."


@pytest.mark.parametrize(
    "args",
    [("shell-init",), ("config", "set", "lang"), ("show",), ("export", "-o", ".")],
)
def test_missing_and_wrong_arguments_give_one_line(run: Invoke, args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code in (1, 2)
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("steentje: ")


def test_an_unknown_language_variable_fails_before_any_output(run: Invoke) -> None:
    result = run("review", env={"STEENTJE_LANG": "de"})
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "steentje: STEENTJE_LANG must be nl or en, not 'de'\n"
    # The same for a command that prints before it reads anything.
    shown = run("today", "--no-input", env={"STEENTJE_LANG": "de"})
    assert (shown.exit_code, shown.stdout) == (1, "")
    # --lang decides, so the variable does not matter then.
    assert run("--lang", "nl", "review", env={"STEENTJE_LANG": "de"}).exit_code == 0


def test_the_reminder_stays_silent_with_an_unknown_language_variable(run: Invoke) -> None:
    result = run("remind", env={"STEENTJE_LANG": "de"})
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize(
    "before",
    [("--lang", "nl"), ("--lang=nl",), ("--journal", "elders.toml", "--lang", "nl")],
)
def test_options_before_the_bare_config_group_keep_its_help_dutch(
    run: Invoke, before: tuple[str, ...]
) -> None:
    from steentje.words import HELP_COMMANDS

    result = run(*before, "config")
    assert "Gebruik: steentje config" in result.stdout
    assert HELP_COMMANDS["config"]["nl"].split("(")[0].strip() in result.stdout
    assert "Usage" not in result.stdout and "Show, locate" not in result.stdout


def test_the_panel_of_another_day_names_that_day(run: Invoke) -> None:
    other = run("--lang", "nl", "today", "--date", "2026-12-01", "--no-input").stdout
    assert "dinsdag 1 december 2026" in other
    assert "Vraag van de dag" in other and "vandaag" not in other
    assert 'steentje log --date 2026-12-01 "…"' in other
    today = run("--lang", "en", "today", "--date", TODAY.isoformat(), "--no-input").stdout
    assert "Today's question" in today
    assert 'Answer with: steentje log "…"' in today


def test_repair_of_damage_before_the_end_points_to_doctor(run: Invoke, journal_path: Path) -> None:
    for text in ("one", "two", "three"):
        assert run("log", text).exit_code == 0
    broken = journal_path.read_text(encoding="utf-8").replace('answer = "one"', "answer = one", 1)
    journal_path.write_text(broken, encoding="utf-8")
    repaired = run("doctor", "--repair")
    assert repaired.exit_code == 1
    # The line is named in the message itself, and nothing is moved aside.
    assert ", line 10, column 10: not valid TOML: this is not a valid value" in repaired.stderr
    assert "restore the .bak file" not in repaired.stderr  # there is none
    assert "not an interrupted write, so nothing was moved" in repaired.stderr
    assert "above" not in repaired.stderr
    assert "line " in run("doctor").stdout  # and it does
