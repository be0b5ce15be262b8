"""``steentje import --from jrnl``: a jrnl journal brought along, as free reflections."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from steentje.storage.reading import read_journal
from tests.conftest import Invoke

FIXTURES = Path(__file__).parent.parent / "fixtures" / "jrnl"


@pytest.fixture(autouse=True)
def amsterdam(local_amsterdam: None) -> Iterator[None]:
    yield


def test_importing_jrnl_s_journal_file(run: Invoke, journal_path: Path) -> None:
    result = run("--lang", "en", "import", "--from", "jrnl", str(FIXTURES / "journal.txt"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Imported 6 entries.\n"
    entries = read_journal(journal_path).entries
    assert [entry.is_free for entry in entries] == [True] * 6
    assert sum(entry.starred for entry in entries) == 2
    items = json.loads(run("review", "--all", "--format", "json").stdout)
    assert items[-1]["date"] == "2026-07-14T14:30:00+02:00"
    assert items[-1]["free"] is True
    assert "reflectie" in run("tags").stdout


def test_importing_twice_and_its_json_export_adds_nothing(run: Invoke, journal_path: Path) -> None:
    for name in ("journal.txt", "journal.txt", "export.json"):
        result = run("--lang", "nl", "import", "--from", "jrnl", str(FIXTURES / name))
        assert result.exit_code == 0, result.stderr
    assert result.stdout == "Geen nieuwe reflecties geïmporteerd; 6 had je al.\n"
    assert len(read_journal(journal_path).entries) == 6


def test_an_edited_entry_is_not_brought_in_again(run: Invoke, journal_path: Path) -> None:
    run("import", "--from", "jrnl", str(FIXTURES / "journal-24h.txt"))
    first = read_journal(journal_path).entries[0]
    assert run("edit", first.id, "--answer", "Rewritten").exit_code == 0
    result = run("--lang", "en", "import", "--from", "jrnl", str(FIXTURES / "journal-24h.txt"))
    assert result.exit_code == 0, result.stderr
    assert "2 were already there" in result.stdout
    assert len(read_journal(journal_path).entries) == 2


def test_standard_input(run: Invoke, journal_path: Path) -> None:
    text = (FIXTURES / "export.json").read_text(encoding="utf-8")
    result = run("import", "--from", "jrnl", "-", input=text)
    assert result.exit_code == 0, result.stderr
    assert len(read_journal(journal_path).entries) == 6


def test_free_imports_leave_the_reminder(run: Invoke) -> None:
    from steentje.remind import reminder
    from steentje.settings import Settings
    from tests.conftest import TODAY

    run("import", "--from", "jrnl", str(FIXTURES / "journal.txt"))
    assert reminder(Settings("en", None), TODAY) is not None


@pytest.mark.parametrize(
    ("language", "start"),
    [
        ("en", ", line 1: cannot read the date '2026-02-30 09:15'; steentje reads jrnl's"),
        ("nl", ", regel 1: de datum '2026-02-30 09:15' kan steentje niet lezen"),
    ],
)
def test_a_bad_date_is_one_line_in_both_languages(
    run: Invoke, journal_path: Path, tmp_path: Path, language: str, start: str
) -> None:
    source = tmp_path / "jrnl.txt"
    source.write_text("[2026-02-30 09:15] not a day\n[2026-11-20 09:15] fine\n", encoding="utf-8")
    result = run("--lang", language, "import", "--from", "jrnl", str(source))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"steentje: {source}{start}")
    assert result.stderr.count("\n") == 1
    assert not journal_path.exists()


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "line 1: not a jrnl journal"), ("nl", "regel 1: geen jrnl-dagboek")],
)
def test_not_a_jrnl_file(
    run: Invoke, journal_path: Path, tmp_path: Path, language: str, words: str
) -> None:
    source = tmp_path / "notes.md"
    source.write_text("# My notes\n", encoding="utf-8")
    result = run("--lang", language, "import", "--from", "jrnl", str(source))
    assert result.exit_code == 1
    assert words in result.stderr and result.stderr.count("\n") == 1
    assert not journal_path.exists()


def test_from_takes_steentje_or_jrnl(run: Invoke) -> None:
    result = run("import", "--from", "dayone", "x.json")
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "is an encrypted jrnl journal; decrypt it first"), ("nl", "is een versleuteld")],
)
def test_an_encrypted_journal_is_named_as_such(
    run: Invoke, journal_path: Path, language: str, words: str
) -> None:
    source = FIXTURES / "encrypted.txt"
    result = run("--lang", language, "import", "--from", "jrnl", str(source))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"steentje: {source} {words}")
    assert result.stderr.count("\n") == 1
    assert not journal_path.exists()


@pytest.mark.parametrize("name", ["journal.txt", "export.json"])
@pytest.mark.parametrize(
    ("language", "words"), [("en", "looks like a jrnl journal"), ("nl", "lijkt een jrnl-dagboek")]
)
def test_a_jrnl_file_without_from_jrnl_says_how(
    run: Invoke, journal_path: Path, name: str, language: str, words: str
) -> None:
    result = run("--lang", language, "import", str(FIXTURES / name))
    assert result.exit_code == 1
    assert words in result.stderr
    assert f"steentje import --from jrnl {FIXTURES / name}" in result.stderr
    assert not journal_path.exists()
