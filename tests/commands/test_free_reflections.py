"""Free reflections: entries that answer no principle and no question (log --free, jrnl)."""

from __future__ import annotations

import json
from pathlib import Path

from steentje.journal import FREE, answered_days, entry_problem, parse_journal
from steentje.remind import reminder
from steentje.settings import Settings
from steentje.storage.reading import read_journal
from tests.conftest import TODAY, Invoke


def logged(run: Invoke, *arguments: str, language: str = "en") -> str:
    result = run("--lang", language, "log", *arguments)
    assert result.exit_code == 0, result.stderr
    return result.stdout.split()[1]


def test_log_free_writes_principle_0_and_no_prompt(run: Invoke, journal_path: Path) -> None:
    result = run("--lang", "en", "log", "--free", "A quiet walk #walk", "--star")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Saved ")
    assert "· free reflection · Thursday 26 November 2026" in result.stdout
    (entry,) = read_journal(journal_path).entries
    assert (entry.principle, entry.prompt, entry.is_free) == (FREE, "", True)
    assert entry.tags == ("walk",) and entry.starred
    text = journal_path.read_text(encoding="utf-8")
    assert 'principle = 0\nprompt = ""\nanswer = "A quiet walk #walk"' in text


def test_log_free_speaks_dutch(run: Invoke) -> None:
    result = run("--lang", "nl", "log", "--free", "--date", "gisteren 15:00", "Vrij geschreven")
    assert result.exit_code == 0, result.stderr
    assert "· vrije reflectie · woensdag 25 november 2026" in result.stdout


def test_log_free_from_a_pipe(run: Invoke, journal_path: Path) -> None:
    result = run("log", "--free", input="line one\nline two\n")
    assert result.exit_code == 0, result.stderr
    (entry,) = read_journal(journal_path).entries
    assert entry.is_free and entry.answer.startswith("line one\nline two")


def test_an_old_journal_stays_valid_and_0_is_the_only_new_number() -> None:
    table = {"id": "abcd1234", "principle": 3, "prompt": "Q", "answer": "A"}
    import datetime as dt

    table["date"] = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
    assert entry_problem(table) is None
    assert entry_problem({**table, "principle": 0, "prompt": ""}) is None
    assert entry_problem({**table, "principle": -1}) is not None
    assert entry_problem({**table, "principle": 32}) is not None


def test_a_free_reflection_does_not_answer_the_day(run: Invoke, journal_path: Path) -> None:
    logged(run, "--free", "Just writing")
    settings = Settings("en", None)
    line = reminder(settings, TODAY)
    assert line is not None and "4. " in line
    entries = read_journal(journal_path).entries
    assert answered_days(entries) == frozenset()
    logged(run, "Today's answer")
    assert reminder(Settings("en", None), TODAY) is None


def test_the_stamp_written_by_a_free_append_keeps_the_reminder(
    run: Invoke, journal_path: Path
) -> None:
    from steentje.storage.stamps import stamp_says_done

    logged(run, "--date", "yesterday", "Yesterday's answer")
    logged(run, "--free", "Free today")
    assert stamp_says_done(str(journal_path), TODAY) is False


def test_every_view_names_it(run: Invoke) -> None:
    logged(run, "--free", "Free words", "-t", "walk")
    logged(run, "A real answer")
    table = run("--lang", "en", "review").stdout
    assert "Free reflection" in table
    full = run("--lang", "nl", "review", "--format", "full").stdout
    assert "Vrije reflectie" in full
    week = run("--lang", "en", "week").stdout
    assert "Free reflection" in week and "Free words" in week
    markdown = run("--lang", "en", "export").stdout
    assert "· Free reflection\n\nFree words" in markdown  # no empty *prompt* line
    items = json.loads(run("export", "--format", "json").stdout)
    first = items[0]
    assert (first["principle"], first["prompt"], first["free"]) == (0, "", True)
    assert items[1]["free"] is False
    found = json.loads(run("review", "--search", "free", "--format", "json").stdout)
    assert [item["answer"] for item in found] == ["Free words"]


def test_review_principle_leaves_free_reflections_out(run: Invoke) -> None:
    logged(run, "--free", "Free words")
    logged(run, "A real answer")
    items = json.loads(run("review", "-p", "4", "--format", "json").stdout)
    assert [item["answer"] for item in items] == ["A real answer"]
    # Through the index too (review -n N reads it).
    items = json.loads(run("review", "-n", "5", "-p", "4", "--format", "json").stdout)
    assert [item["answer"] for item in items] == ["A real answer"]


def test_stats_counts_them_apart(run: Invoke) -> None:
    logged(run, "--free", "Free words")
    logged(run, "--free", "--date", "yesterday", "More")
    logged(run, "A real answer")
    data = json.loads(run("stats", "--format", "json").stdout)
    assert data["free"] == 2
    assert data["total"] == 3
    assert sum(data["per_principle"].values()) == 1
    assert "0" not in data["per_principle"]
    text = run("--lang", "nl", "stats").stdout
    assert "Vrije reflecties" in text
    assert "Free reflections" in run("--lang", "en", "stats").stdout


def test_an_export_of_free_reflections_imports_again(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    logged(run, "--free", "Free words")
    exported = tmp_path / "out.json"
    assert run("export", "--format", "json", "-o", str(exported)).exit_code == 0
    journal_path.unlink()
    result = run("--lang", "en", "import", str(exported))
    assert result.exit_code == 0, result.stderr
    (entry,) = read_journal(journal_path).entries
    assert entry.is_free and entry.answer == "Free words"


def test_a_journal_with_a_free_reflection_parses(tmp_path: Path) -> None:
    text = (
        "version = 1\n\n[[entries]]\n"
        'id = "abcd1234"\ndate = 2026-11-02T09:00:00+01:00\nprinciple = 0\n'
        'prompt = ""\nanswer = "free"\ntags = []\n'
    )
    (entry,) = parse_journal(text, tmp_path / "j.toml").entries
    assert entry.is_free


def _editor(tmp_path: Path, seen: Path) -> str:
    import sys

    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "draft = pathlib.Path(sys.argv[-1])\n"
        f"pathlib.Path({str(seen)!r}).write_text(draft.read_text(encoding='utf-8'),"
        " encoding='utf-8')\n"
        "draft.write_text('Typed freely.\\n', encoding='utf-8')\n",
        encoding="utf-8",
    )
    return f'"{sys.executable}" "{script}"'


def test_log_free_in_the_editor_shows_no_question(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    seen = tmp_path / "seen.txt"
    result = run("--lang", "en", "log", "--free", "--edit", env={"EDITOR": _editor(tmp_path, seen)})
    assert result.exit_code == 0, result.stderr
    assert seen.read_text(encoding="utf-8").startswith("# Free reflection\n")
    (entry,) = read_journal(journal_path).entries
    assert entry.is_free and entry.answer == "Typed freely."


def test_editing_a_free_reflection_names_it(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    entry_id = logged(run, "--free", "First words")
    seen = tmp_path / "seen.txt"
    result = run("--lang", "nl", "edit", entry_id, env={"EDITOR": _editor(tmp_path, seen)})
    assert result.exit_code == 0, result.stderr
    draft = seen.read_text(encoding="utf-8")
    assert draft.startswith(f"# Vrije reflectie {entry_id} van 2026-11-26.\n# ")
    assert "principe" not in draft.split("\n")[0]
    (entry,) = read_journal(journal_path).entries
    assert entry.is_free and entry.answer == "Typed freely."
