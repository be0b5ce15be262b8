"""Reading jrnl's journals (``steentje.jrnl``), against files jrnl 4.6 wrote itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from steentje.errors import SteentjeError
from steentje.journal import FREE, Entry
from steentje.jrnl import entries_from_jrnl, jrnl_id

FIXTURES = Path(__file__).parent / "fixtures" / "jrnl"


@pytest.fixture(autouse=True)
def amsterdam(local_amsterdam: None) -> Iterator[None]:
    yield


def read(name: str) -> list[Entry]:
    path = FIXTURES / name
    return entries_from_jrnl(path.read_text(encoding="utf-8"), path)


def test_the_plain_journal_jrnl_wrote() -> None:
    entries = read("journal.txt")
    assert len(entries) == 6
    assert all(entry.principle == FREE and entry.prompt == "" for entry in entries)
    summer, first, starred, multi, title_only, listed = entries
    assert summer.date.isoformat() == "2026-07-14T14:30:00+02:00"  # that day's offset
    assert summer.answer == "Café met Zoë 🌱 — zomertijd, #reflectie en @ploeg"
    assert summer.tags == ("reflectie", "ploeg")
    assert first.date.isoformat() == "2026-11-20T09:15:00+01:00"
    assert first.answer == "First entry from jrnl.\nWith a second sentence about @work and #Team"
    assert first.tags == ("work", "team") and not first.starred
    assert starred.starred and starred.answer.startswith("A starred evening.\nProud")
    assert starred.date.isoformat() == "2026-11-21T21:40:00+01:00"
    assert multi.answer == (
        "Multi-line thoughts\nThe body goes on here,\nover several lines.\n\n"
        "Even a blank line, then more. @Home"
    )
    assert multi.tags == ("home",)
    assert title_only.answer == "Title only" and title_only.tags == ()
    # "- [x] punt twee" is text, not an entry; "#a/b" follows the tag rule.
    assert listed.starred and listed.answer.endswith("- [x] punt twee")
    assert listed.tags == ("a-b",)


def test_its_json_export_gives_the_same_entries() -> None:
    plain, exported = read("journal.txt"), read("export.json")
    assert [entry.id for entry in exported] == [entry.id for entry in plain]
    for one, other in zip(plain, exported, strict=True):
        assert (one.date, one.answer, set(one.tags), one.starred) == (
            other.date, other.answer, set(other.tags), other.starred,
        )  # fmt: skip


def test_the_older_24_hour_format() -> None:
    first, second = read("journal-24h.txt")
    assert first.date.isoformat() == "2026-11-20T09:15:00+01:00" and first.tags == ("werk",)
    assert second.starred and second.answer == "Late and starred\nNog een regel."


def test_the_id_comes_from_the_minute_and_the_words() -> None:
    moment = dt.datetime(2026, 11, 20, 9, 15)
    same = jrnl_id(moment.replace(second=42), "Title\nbody  text")
    assert same == jrnl_id(moment, "Title body text")
    assert len(same) == 8 and same.isalnum()
    assert jrnl_id(moment, "Other") != same


def test_an_empty_file_has_no_entries() -> None:
    assert entries_from_jrnl("", Path("j.txt")) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hello\n", "j.txt, line 1: not a jrnl journal"),
        ("\n\nhello\n[2026-11-20 09:15] x\n", "j.txt, line 3: not a jrnl journal"),
        ("[20/11/2026 09:15] Title\n", "j.txt, line 1: cannot read the date '20/11/2026 09:15'"),
        ("[1066-10-14 09:15] Hastings\n", "j.txt, line 1: 'date' must lie between"),
        ('{"entries": 3}', "j.txt: not a jrnl export"),
        ("[1, 2]", "j.txt: not a jrnl export"),
        ('{"entries": [{"title": "x", "date": "2026-11-20"}]}', "j.txt: jrnl entry 1: 'date'"),
        ('{"entries": [{"title": 3}]}', "j.txt: jrnl entry 1: 'title' and 'body'"),
        ('{"entries": [\n{"title": ', "j.txt: not valid JSON (line 2, column 11)"),
    ],
)
def test_what_is_refused_names_the_file_and_line(text: str, message: str) -> None:
    with pytest.raises(SteentjeError) as caught:
        entries_from_jrnl(text, Path("j.txt"))
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_bracketed_line_inside_an_entry_is_body_text_as_in_jrnl() -> None:
    text = "[2026-11-20 09:15] Title\n[2026-12-01] follow-up\n[2026-13-40 09:15] odd\n"
    (entry,) = entries_from_jrnl(text, Path("j.txt"))
    assert "[2026-12-01] follow-up" in entry.answer
    assert "[2026-13-40 09:15] odd" in entry.answer
