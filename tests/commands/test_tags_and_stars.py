"""Tags and stars from the command line: log, edit, tags, star, unstar, filters, export, import."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.cells import cell_len

from steentje.journal import Entry
from steentje.output import render
from steentje.principles import load_catalog
from steentje.storage.reading import all_entries, read_journal
from tests.conftest import PINNED_NOW, Invoke


def logged(run: Invoke, *arguments: str) -> str:
    result = run("--lang", "en", "log", *arguments)
    assert result.exit_code == 0, result.stderr
    return result.stdout.split()[1]


def review_ids(run: Invoke, *arguments: str) -> list[str]:
    result = run("review", "--all", "--format", "json", *arguments)
    assert result.exit_code == 0, result.stderr
    return [item["id"] for item in json.loads(result.stdout)]


# --- log ---------------------------------------------------------------------------


def test_tags_are_stored_folded_and_once(run: Invoke, journal_path: Path) -> None:
    logged(run, "An answer", "-t", "Team", "-t", "team", "-t", "#team", "-t", "Équipe")
    (entry,) = read_journal(journal_path).entries
    assert entry.tags == ("team", "équipe")
    assert '"équipe"' in journal_path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "steentje: 'two words' is not a tag: a tag is one word of letters, digits, - and _"),
        (
            "nl",
            "steentje: 'two words' is geen tag: een tag is één woord van letters, cijfers, - en _",
        ),
    ],
)
def test_a_tag_of_two_words_is_refused(
    run: Invoke, journal_path: Path, language: str, message: str
) -> None:
    result = run("--lang", language, "log", "An answer", "-t", "two words")
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1
    assert not journal_path.exists()


def test_hash_words_in_the_answer_become_tags(run: Invoke, journal_path: Path) -> None:
    logged(run, "Planned with the #Team; see http://x/#frag, C# and issue #12.", "-t", "budget")
    (entry,) = read_journal(journal_path).entries
    assert entry.tags == ("budget", "team")


def test_inline_tags_can_be_switched_off(run: Invoke, journal_path: Path) -> None:
    assert run("--lang", "nl", "config", "set", "inline_tags", "uit").exit_code == 0
    shown = run("--lang", "en", "config", "show").stdout
    assert any(
        line.startswith("inline_tags = false") and "config file" in line
        for line in shown.splitlines()
    ), shown
    logged(run, "Planned with the #team")
    assert read_journal(journal_path).entries[0].tags == ()
    assert run("config", "unset", "inline_tags").exit_code == 0
    assert "inline_tags = true" in run("config", "show").stdout
    wrong = run("--lang", "en", "config", "set", "inline_tags", "maybe")
    assert wrong.exit_code == 2 and "inline_tags" in wrong.stderr


def test_log_star(run: Invoke, journal_path: Path) -> None:
    logged(run, "A good day", "--star")
    logged(run, "An ordinary day")
    assert [entry.starred for entry in read_journal(journal_path).entries] == [True, False]
    assert "starred = true" in journal_path.read_text(encoding="utf-8")


# --- edit --------------------------------------------------------------------------


OLD_JOURNAL = """version = 1

[[entries]]
id = "old00001"
date = 2026-11-20T09:00:00+01:00
principle = 3
prompt = "?"
answer = "Written by an older steentje #Team"
tags = ["Team", "two words", "#budget"]
"""


def test_old_tags_are_read_shown_and_normalised_on_edit(run: Invoke, journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_text(OLD_JOURNAL, encoding="utf-8")
    table = run("--lang", "en", "review", "--no-pager")
    assert table.exit_code == 0 and "#Team" in table.stdout
    full = run("--lang", "en", "review", "--format", "full", "--no-pager")
    assert "#Team #two words ##budget" in full.stdout
    assert review_ids(run, "--tag", "team") == ["old00001"]
    assert review_ids(run, "--tag", "two-words") == ["old00001"]
    assert json.loads(run("tags", "--format", "json").stdout) == [
        {"tag": "budget", "count": 1},
        {"tag": "team", "count": 1},
        {"tag": "two-words", "count": 1},
    ]
    assert run("edit", "old00001", "--untag", "Budget").exit_code == 0
    assert read_journal(journal_path).entries[0].tags == ("team", "two-words")


def test_editing_the_answer_follows_its_hash_words(run: Invoke, journal_path: Path) -> None:
    entry_id = logged(run, "About the #budget")
    assert run("edit", entry_id, "--answer", "About #hiring instead").exit_code == 0
    assert read_journal(journal_path).entries[0].tags == ("hiring",)
    refused = run("--lang", "nl", "edit", entry_id, "--tag", "a b")
    assert refused.exit_code == 2 and "is geen tag" in refused.stderr


# --- tags --------------------------------------------------------------------------


def test_tags_lists_every_tag_most_used_first(run: Invoke) -> None:
    logged(run, "one #team", "-t", "budget")
    logged(run, "two", "-t", "Team", "-t", "retro")
    logged(run, "three #team #retro")
    text = run("tags")
    assert text.exit_code == 0
    assert [line.split() for line in text.stdout.splitlines()] == [
        ["3", "team"], ["2", "retro"], ["1", "budget"],
    ]  # fmt: skip
    data = json.loads(run("tags", "--format", "json").stdout)
    assert data == [
        {"tag": "team", "count": 3}, {"tag": "retro", "count": 2}, {"tag": "budget", "count": 1},
    ]  # fmt: skip


@pytest.mark.parametrize(("language", "start"), [("en", "No tags yet."), ("nl", "Nog geen tags.")])
def test_tags_without_any(run: Invoke, language: str, start: str) -> None:
    result = run("--lang", language, "tags")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith(start)
    assert run("tags", "-f", "json").stdout.strip() == "[]"


# --- filters -----------------------------------------------------------------------


def test_tag_filters_on_review_and_export(run: Invoke) -> None:
    both = logged(run, "both", "-t", "team", "-t", "budget")
    team = logged(run, "team only", "-t", "team")
    budget = logged(run, "budget only", "-t", "budget")
    none = logged(run, "no tags")
    assert review_ids(run, "-t", "team", "-t", "Budget") == [budget, team, both]  # any
    assert review_ids(run, "-t", "team", "-t", "#budget", "--all-tags") == [both]  # all
    assert review_ids(run, "--not-tag", "team") == [none, budget]
    assert review_ids(run, "--not-tag", "team", "--not-tag", "budget") == [none]
    assert review_ids(run, "-t", "budget", "--not-tag", "team") == [budget]
    exported = run("export", "-f", "json", "-t", "team", "--all-tags", "-t", "budget")
    assert [item["id"] for item in json.loads(exported.stdout)] == [both]
    # The limited review reads only the index, unless a filter looks inside entries.
    assert run("review", "-n", "1", "--not-tag", "budget", "-f", "json").exit_code == 0
    assert [
        e["id"]
        for e in json.loads(run("review", "-n", "1", "--not-tag", "budget", "-f", "json").stdout)
    ] == [none]


@pytest.mark.parametrize(
    ("language", "start"),
    [("en", "steentje: --all-tags needs the tags"), ("nl", "steentje: --all-tags heeft tags")],
)
def test_all_tags_without_a_tag_is_a_usage_mistake(run: Invoke, language: str, start: str) -> None:
    result = run("--lang", language, "review", "--all-tags")
    assert result.exit_code == 2 and result.stderr.startswith(start)
    assert run("--lang", language, "export", "--not-tag", "x y").exit_code == 2


# --- stars -------------------------------------------------------------------------


def test_star_and_unstar(run: Invoke, journal_path: Path) -> None:
    first = logged(run, "first")
    second = logged(run, "second")
    starred = run("--lang", "en", "star", first[:4])
    assert (starred.exit_code, starred.stdout) == (0, f"Starred entry {first}.\n")
    again = run("--lang", "nl", "star", first)
    assert (
        again.exit_code == 0
        and again.stderr == f"Reflectie {first} had al een ster; er is niets gewijzigd.\n"
    )
    assert review_ids(run, "--starred") == [first]
    assert [
        e["id"] for e in json.loads(run("review", "--starred", "-n", "5", "-f", "json").stdout)
    ] == [first]
    assert (
        run("--lang", "nl", "unstar", first).stdout
        == f"De ster is van reflectie {first} gehaald.\n"
    )
    none = run("--lang", "en", "unstar", second)
    assert (
        none.exit_code == 0 and none.stderr == f"Entry {second} has no star; nothing was changed.\n"
    )
    assert review_ids(run, "--starred") == []
    missing = run("--lang", "en", "star", "zzzzzzzz")
    assert missing.exit_code == 1 and "no entry" in missing.stderr
    assert "starred" not in journal_path.read_text(encoding="utf-8")
    assert journal_path.with_name(journal_path.name + ".bak").exists()  # a rewrite, as edit's


def test_json_export_and_import_carry_the_star(
    run: Invoke, tmp_path: Path, journal_path: Path
) -> None:
    logged(run, "kept with a star", "--star", "-t", "team")
    logged(run, "plain")
    items = json.loads(run("export", "-f", "json").stdout)
    assert [item["starred"] for item in items] == [True, False]
    markdown = run("export").stdout
    assert "· ★ · #team" in markdown
    export = tmp_path / "export.json"
    # An export from elsewhere, with tags as an older steentje let them be.
    items[0]["id"] = "other001"
    items[0]["answer"] = "from the laptop"
    items[0]["tags"] = ["Team", "two words", "#retro"]
    export.write_text(json.dumps(items[:1]), encoding="utf-8")
    assert run("import", str(export)).exit_code == 0
    imported = [entry for entry in read_journal(journal_path).entries if entry.id == "other001"]
    assert imported[0].starred and imported[0].tags == ("team", "two-words", "retro")
    items[0]["starred"] = "yes"
    export.write_text(json.dumps(items[:1]), encoding="utf-8")
    wrong = run("--lang", "en", "import", str(export))
    assert wrong.exit_code == 1 and "'starred' must be true or false" in wrong.stderr


def test_the_star_survives_the_caches(run: Invoke, journal_path: Path) -> None:
    entry_id = logged(run, "first", "--star")
    assert [e.starred for e in all_entries(journal_path) or ()] == [True]  # made
    assert [e.starred for e in all_entries(journal_path) or ()] == [True]  # from the cache
    logged(run, "appended")
    assert [e.starred for e in all_entries(journal_path) or ()] == [True, False]
    recent = json.loads(run("review", "-n", "2", "-f", "json").stdout)
    assert [item["starred"] for item in recent] == [False, True]
    assert recent[1]["id"] == entry_id


# --- the review table --------------------------------------------------------------


def table_lines(entries: list[Entry], width: int, *, star: str = "★") -> list[str]:
    from rich.console import Console

    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(render.entries_table(entries, load_catalog("en"), star=star))
    return console.export_text().splitlines()


def test_the_table_shows_tags_and_a_star(run: Invoke, journal_path: Path) -> None:
    logged(run, "A starred one", "--star", "-t", "team")
    logged(run, "A plain one")
    result = run("--lang", "en", "review", "--no-pager")
    lines = result.stdout.splitlines()
    assert "Tags" in lines[0]
    assert "★" in lines[3] and "#team" in lines[3]  # the oldest, last row
    assert "★" not in lines[2] and "#" not in lines[2]


def test_without_tags_or_stars_the_table_has_no_such_columns(run: Invoke) -> None:
    logged(run, "A plain one")
    header = run("--lang", "en", "review", "--no-pager").stdout.splitlines()[0]
    assert "Tags" not in header


@pytest.mark.parametrize("width", [100, 140])  # a table; narrower ones stack (tests/output)
def test_wide_characters_never_break_a_row(width: int) -> None:
    entries = [
        Entry(f"id{number:06d}", PINNED_NOW, 1, "?", answer, tags)
        for number, (answer, tags) in enumerate(
            [
                ("チームと話した。信頼について。", ("チーム", "信頼")),
                ("बातचीत हुई", ("बातचीत",)),
                ("plain words", ("équipe", "team")),
                ("short", ()),
            ]
        )
    ]
    entries[0] = Entry(
        entries[0].id, PINNED_NOW, 1, "?", entries[0].answer, entries[0].tags, starred=True
    )
    lines = table_lines(entries, width)
    assert len({cell_len(line) for line in lines}) == 1, lines
    assert all(cell_len(line) <= width for line in lines)


def test_the_star_falls_back_to_a_plain_one_without_utf8() -> None:
    from rich.console import Console

    class Latin1(io.StringIO):
        encoding = "latin-1"

    assert render.star_mark(Console(file=Latin1())) == "*"
    assert render.star_mark(Console(file=io.StringIO())) == "★"
    entry = Entry("abcd1234", PINNED_NOW, 1, "?", "answer", starred=True)
    assert any(" * " in line for line in table_lines([entry], 80, star="*"))


def test_what_the_user_wrote_is_shown_safely(journal_path: Path, run: Invoke) -> None:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_text(
        OLD_JOURNAL.replace('"#budget"', '"evil\\u001b]0;title\\u0007"'), encoding="utf-8"
    )
    shown = run("--lang", "en", "review", "--no-pager").stdout
    assert "\x1b" not in shown and "\x07" not in shown
    assert "^[" in shown or "…" in shown
