"""The journal file: round trips, appending, permissions and refusing to damage it."""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from dataclasses import FrozenInstanceError
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from steentje.errors import SteentjeError, UsageError
from steentje.journal import SCHEMA_VERSION, Entry, new_entry
from steentje.storage.appending import append_entry
from steentje.storage.reading import read_journal
from steentje.words import t, text_in

CET = timezone(timedelta(hours=1))
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def make_entry(answer: str = "Let Sam lead the retro.", **overrides: object) -> Entry:
    fields: dict[str, object] = {
        "when": datetime(2026, 11, 30, 8, 15, tzinfo=CET),
        "principle": 1,
        "prompt": "Whose idea made your plan better?",
        "answer": answer,
        "tags": ["team"],
    }
    fields.update(overrides)
    return new_entry(**fields)  # type: ignore[arg-type]


def test_missing_journal_reads_as_empty(tmp_path: Path) -> None:
    journal = read_journal(tmp_path / "none.toml")
    assert not journal.exists
    assert journal.entries == ()


def test_round_trip(journal_path: Path) -> None:
    first = make_entry()
    second = make_entry("Asked the team first.", principle=2, tags=[])
    append_entry(journal_path, first)
    append_entry(journal_path, second)
    journal = read_journal(journal_path)
    assert journal.exists and journal.version == SCHEMA_VERSION
    assert journal.entries == (first, second)


def test_the_comment_at_the_top_speaks_the_writers_language(journal_path: Path) -> None:
    from steentje import words

    words.use("nl")
    try:
        append_entry(journal_path, make_entry())
    finally:
        words.reset()
    text = journal_path.read_text(encoding="utf-8")
    assert text.startswith(text_in("journal_preamble", "nl"))
    assert text.startswith("# steentje-dagboek: één [[entries]]-tabel per reflectie.\n")
    assert tomllib.loads(text)["version"] == SCHEMA_VERSION


def test_file_is_plain_toml_with_the_documented_fields(journal_path: Path) -> None:
    append_entry(journal_path, make_entry())
    text = journal_path.read_text(encoding="utf-8")
    assert text.startswith(t("journal_preamble") + f"version = {SCHEMA_VERSION}\n")
    data = tomllib.loads(text)
    assert data["version"] == SCHEMA_VERSION
    (table,) = data["entries"]
    assert set(table) == {"id", "date", "principle", "prompt", "answer", "tags"}
    assert table["date"] == datetime(2026, 11, 30, 8, 15, tzinfo=CET)
    assert table["date"].utcoffset() == timedelta(hours=1)
    assert table["tags"] == ["team"]
    assert len(table["id"]) == 8


@posix_only
def test_new_journal_is_private(journal_path: Path) -> None:
    append_entry(journal_path, make_entry())
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal_path.parent.stat().st_mode) == 0o700


@posix_only
def test_append_tightens_a_journal_readable_by_others(journal_path: Path) -> None:
    append_entry(journal_path, make_entry())
    journal_path.chmod(0o644)
    append_entry(journal_path, make_entry("Second."))
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600


def test_appending_leaves_earlier_bytes_alone(journal_path: Path) -> None:
    append_entry(journal_path, make_entry())
    before = journal_path.read_bytes()
    append_entry(journal_path, make_entry("Second answer."))
    after = journal_path.read_bytes()
    assert after.startswith(before)
    assert after[len(before) :].startswith(b"\n[[entries]]\n")


@pytest.mark.parametrize(
    "answer",
    [
        "She said \"why not?\" and 'so what'",
        'Triple """ quotes and \\ backslashes \\n',
        'line one\n[[entries]]\nid = "fake"',
        "windows\r\nline endings\r\n",
        "tabs\tand\ttabs",
        "emoji 🪨👟 and accents: gelóóf, café",
        "שלום עולם, right to left",
        "control \x00 \x07 \x1b[31m \x7f characters",
        "x" * 100_000,
    ],
)
def test_answers_round_trip_exactly(journal_path: Path, answer: str) -> None:
    entry = make_entry(answer)
    append_entry(journal_path, entry)
    append_entry(journal_path, make_entry("after it"))
    entries = read_journal(journal_path).entries
    assert entries[0].answer == answer
    assert entries[1].answer == "after it"


def test_empty_answer_is_refused() -> None:
    with pytest.raises(SteentjeError, match="empty"):
        make_entry(" \n\t ")


def test_undecodable_argument_is_refused() -> None:
    with pytest.raises(SteentjeError, match="not valid UTF-8"):
        make_entry("bad \udcff byte")


def test_tags_are_cleaned() -> None:
    assert make_entry(tags=[" team ", "Team", "#team", "1on1"]).tags == ("team", "1on1")
    with pytest.raises(UsageError, match="tag cannot be empty"):
        make_entry(tags=["  "])
    with pytest.raises(UsageError, match="'1:1' is not a tag"):
        make_entry(tags=["1:1"])


def test_invalid_toml_names_file_and_line_and_is_not_touched(journal_path: Path) -> None:
    append_entry(journal_path, make_entry())
    damaged = journal_path.read_text(encoding="utf-8").replace("principle = 1", "principle = ", 1)
    journal_path.write_text(damaged, encoding="utf-8")
    line = damaged.splitlines().index("principle = ") + 1
    with pytest.raises(SteentjeError) as caught:
        read_journal(journal_path)
    assert str(journal_path) in str(caught.value)
    assert f"line {line}" in str(caught.value)
    with pytest.raises(SteentjeError, match=f"line {line}"):
        append_entry(journal_path, make_entry("must not land"))
    assert journal_path.read_text(encoding="utf-8") == damaged


def test_torn_last_entry_is_refused_without_writing(journal_path: Path) -> None:
    append_entry(journal_path, make_entry())
    append_entry(journal_path, make_entry("second, to be torn"))
    raw = journal_path.read_bytes()
    torn = raw[: raw.rindex(b"answer =") + 15]
    journal_path.write_bytes(torn)
    # Cut inside a string, the parse fails "at end of document": the message then
    # names the line where the last entry starts.
    header_line = torn.decode("utf-8").splitlines().index("[[entries]]", 5) + 1
    with pytest.raises(SteentjeError, match=rf"line {header_line}: the last entry is damaged"):
        append_entry(journal_path, make_entry("must not land"))
    with pytest.raises(SteentjeError, match="doctor --repair"):
        read_journal(journal_path)
    assert journal_path.read_bytes() == torn


def test_damage_in_the_last_entry_names_its_own_line(journal_path: Path) -> None:
    append_entry(journal_path, make_entry())
    text = journal_path.read_text(encoding="utf-8") + "\n[[entries]\n"
    journal_path.write_text(text, encoding="utf-8")
    line = len(text.splitlines())
    # A header line cut short is what an interrupted append leaves.
    with pytest.raises(SteentjeError, match=rf"line {line}: the last entry is damaged"):
        read_journal(journal_path)


def test_last_entry_missing_fields_is_refused(journal_path: Path) -> None:
    append_entry(journal_path, make_entry())
    raw = journal_path.read_bytes()
    cut = raw[: raw.rindex(b"prompt =")]
    journal_path.write_bytes(cut)
    with pytest.raises(SteentjeError, match=r"last entry is incomplete .*'answer' must be"):
        append_entry(journal_path, make_entry("must not land"))
    assert journal_path.read_bytes() == cut


def test_newer_journal_version_is_read_only(journal_path: Path) -> None:
    append_entry(journal_path, make_entry())
    newer = journal_path.read_text(encoding="utf-8").replace("version = 1", "version = 2")
    journal_path.write_text(newer, encoding="utf-8")
    assert len(read_journal(journal_path).entries) == 1
    with pytest.raises(SteentjeError, match="newer version of steentje"):
        append_entry(journal_path, make_entry("must not land"))
    assert journal_path.read_text(encoding="utf-8") == newer


def test_hand_edited_journal_is_read_and_appended_to(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_text(
        "version = 1\n\n"
        "[[entries]]\n"
        'id = "byhand"\n'
        "date = 2026-11-02T09:00:00\n"
        "principle = 3\n"
        'prompt = "Wie?"\n'
        'answer = """Twee regels\n[[entries]]\nmet een kop erin"""\n'
        'mood = "good"\n',
        encoding="utf-8",
    )
    append_entry(journal_path, make_entry())
    first, second = read_journal(journal_path).entries
    assert first.id == "byhand"
    assert first.answer == "Twee regels\n[[entries]]\nmet een kop erin"
    assert first.tags == ()
    assert first.extra == {"mood": "good"}
    assert first.date.tzinfo is not None  # a local time without offset is read as local
    assert second.answer == "Let Sam lead the retro."


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('id = ""\ndate = 2026-11-02T09:00:00Z\nprinciple = 3\nanswer = "a"', "'id'"),
        ('id = "a"\ndate = 2026-11-02\nprinciple = 3\nanswer = "a"', "'date'"),
        ('id = "a"\ndate = 2026-11-02T09:00:00Z\nprinciple = 32\nanswer = "a"', "'principle'"),
        ('id = "a"\ndate = 2026-11-02T09:00:00Z\nprinciple = 3\nanswer = 5', "'answer'"),
        (
            'id = "a"\ndate = 2026-11-02T09:00:00Z\nprinciple = 3\nanswer = "a"\ntags = "x"',
            "'tags'",
        ),
    ],
)
def test_invalid_entries_are_reported_with_their_line(
    journal_path: Path, table: str, message: str
) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_text(f"version = 1\n\n[[entries]]\n{table}\n", encoding="utf-8")
    # Written whole but wrong (by hand): named as such, not taken for an interrupted write.
    with pytest.raises(SteentjeError, match=f"line 3: entry 1: {message}") as raised:
        read_journal(journal_path)
    assert "incomplete" not in str(raised.value)
    assert "--repair" not in str(raised.value)


def test_journal_that_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(SteentjeError, match="is a folder"):
        read_journal(tmp_path)
    with pytest.raises(SteentjeError, match="is a folder"):
        append_entry(tmp_path, make_entry())


def test_not_utf8_journal(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"version = 1\n# caf\xe9\n")
    with pytest.raises(SteentjeError, match="line 2: not UTF-8"):
        read_journal(journal_path)


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_location(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(SteentjeError, match="cannot write"):
        append_entry(locked / "journal.toml", make_entry())


def test_journal_inside_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(SteentjeError, match="is not a folder"):
        append_entry(blocker / "journal.toml", make_entry())
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_an_entry_read_from_a_table_has_every_field_as_if_constructed() -> None:
    """entry_from_table fills the dataclass by hand (for speed): no field may be missed."""
    from dataclasses import fields

    from steentje.journal import entry_from_table

    moment = datetime(2026, 11, 26, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    table = {"id": "abcd1234", "date": moment, "principle": 3, "prompt": "?", "answer": "a",
             "tags": ["team"], "starred": True, "mood": "good"}  # fmt: skip
    read = entry_from_table(table)
    built = Entry("abcd1234", moment, 3, "?", "a", ("team",), {"mood": "good"}, starred=True)
    for field in fields(Entry):  # each one set: an unset slot raises AttributeError
        assert getattr(read, field.name) == getattr(built, field.name)
    assert read == built
    assert repr(read) == repr(built)
    assert type(read) is Entry
    with pytest.raises(FrozenInstanceError):  # built as a draft, frozen all the same
        read.answer = "changed"  # type: ignore[misc]
    assert read.answer == "a"


def test_a_torn_intention_line_loses_that_line_only() -> None:
    """An append cut inside its intention (the last key written) keeps the whole entry."""
    from datetime import UTC, datetime

    from steentje.journal import entry_block, journal_header, new_entry, torn_tail

    entry = new_entry(
        when=datetime(2026, 11, 20, 9, tzinfo=UTC), principle=1, prompt="p", answer="a",
        intention="ask the team first",
    )  # fmt: skip
    block = entry_block(entry)
    whole = journal_header() + block
    assert torn_tail(whole) is None
    cut = whole[: whole.index(b"team first")]
    assert torn_tail(cut) == cut.rindex(b"intention")
    # Keys steentje writes in its order, some left out, are still its own.
    from steentje.journal import written_in_order as _written_order

    assert _written_order(("id", "date", "principle", "prompt", "answer", "tags", "intention"))
    assert not _written_order(("id", "date", "principle", "prompt", "answer", "tags", "x"))
    assert not _written_order(("id", "date", "principle", "prompt", "answer", "tags",
                               "outcome", "intention"))  # fmt: skip
    assert not _written_order(("id", "intention"))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"set": "Team A!"}, "'set' must be the id of a set of principles"),
        ({"set": "x" * 41}, "'set' must be the id of a set of principles"),
        ({"outcome": "it went well"}, "needs an 'intention'"),
    ],
)
def test_what_no_view_could_show_is_refused_on_reading_and_import(
    change: dict[str, object], words: str
) -> None:
    """A set id --check would refuse, an outcome of no intention: found by a fresh-eyes review."""
    from steentje.journal import entry_problem

    moment = datetime(2026, 11, 26, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    table = {"id": "abcd1234", "date": moment, "principle": 3, "prompt": "?", "answer": "a"}
    assert entry_problem(table) is None
    assert entry_problem({**table, "set": "team-2_b"}) is None
    problem = entry_problem({**table, **change})
    assert problem is not None and words in problem
