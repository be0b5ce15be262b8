"""The whole journal read a few entries at a time gives exactly what one parse of it gives."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steentje import journal
from steentje.errors import SteentjeError
from tests.test_toml_parsers import PATH, journals

# The header line as it was defined before it was searched from its "[[": a
# regex anchored at every line's start. The faster search must find the same.
_ANCHORED = re.compile(rb"^[ \t]*\[\[[ \t]*entries[ \t]*\]\][ \t]*(?:#[^\n]*)?\r?$", re.MULTILINE)


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two entries a piece, so that every test journal is read in several pieces."""
    monkeypatch.setattr(journal, "_ENTRIES_PER_PIECE", 2)


def outcome(read: Callable[[], journal.Journal]) -> object:
    try:
        found = read()
    except SteentjeError as error:
        return ("error", str(error))
    # repr tells timezone types, offsets and nan apart, where == would not.
    return repr((found.version, found.entries, dict(found.extra)))


def agree(raw: bytes) -> None:
    whole = outcome(lambda: journal.parse_journal(journal.decode(raw, PATH), PATH))
    assert outcome(lambda: journal.read_entries(raw, PATH)) == whole


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals(with_extra=True))
def test_every_journal_steentje_writes_reads_the_same_in_pieces(raw: bytes) -> None:
    agree(raw)


# Lines a hand edit may put between, inside or after entries.
odd_lines = st.sampled_from(
    [
        b"[meta]\nx = 1\n",
        b"[deleted]\nabcd1234 = 2026-11-20T10:00:00+01:00\n",
        b"[entries]\n",
        b"[[entries]]\n",
        b"  [[ entries ]]  # indented\n",
        b"entries = []\n",
        b'answer = """\n[[entries]]\n"""\n',
        b'note = """\n[[entries]]\n"""\n',
        b"\xff\n",
        b"version = 2\n",
        b"[entries.sub]\nx = 1\n",
        b"[[entries.sub]]\nx = 1\n",
        b"x = 1\n",
        b"# [[entries]]\n",
        b"id = 'torn",
        b"\n",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals(with_extra=False), st.data())
def test_hand_edits_and_damage_read_the_same_in_pieces(raw: bytes, data: st.DataObject) -> None:
    """Whatever is inserted where: the same entries, or the same error message."""
    lines = raw.splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(lines)))
        lines.insert(at, data.draw(odd_lines))
    agree(b"".join(lines))


@pytest.mark.parametrize(
    "text",
    [
        b"",
        b"version = 1\n",
        b"version = 1\n[[entries]]\n",
        b"version = 'one'\n[[entries]]\nid = 'a'\n",
        b"entries = [{id = 'a'}]\n[[entries]]\nid = 'b'\n",
    ],
)
def test_small_and_odd_journals_read_the_same_in_pieces(text: bytes) -> None:
    agree(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                b"[[entries]]",
                b"  [[entries]]",
                b"x[[entries]]",
                b"[[ entries ]] # c",
                b"\r",
                b"\n",
                b" ",
                b"a",
                b"[[entries]]x",
                b"\t[[entries]]\t",
                b"#",
            ]
        ),
        max_size=12,
    ).map(b"".join)
)
def test_header_lines_are_found_where_an_anchored_search_finds_them(text: bytes) -> None:
    expected = [found.start() for found in _ANCHORED.finditer(text)]
    assert journal.entry_header_offsets(text) == expected
    assert journal.find_entry_header(text) == (expected[0] if expected else None)
    assert journal.find_entry_header(text, last=True) == (expected[-1] if expected else None)


def test_pieces_hold_no_more_tables_than_they_must(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of reading in pieces: one parse per piece, never the whole text at once."""
    raw = journal.journal_bytes(
        journal.Journal(
            Path("j"),
            True,
            1,
            tuple(
                journal.new_entry(
                    when=_moment(day),
                    principle=1,
                    prompt="?",
                    answer=f"answer {day}",
                )
                for day in range(7)
            ),
        )
    )
    parsed: list[str] = []
    real = journal.parse_toml

    def counting(text: str, path: Path) -> dict[str, object]:
        parsed.append(text)
        return real(text, path)

    monkeypatch.setattr(journal, "parse_toml", counting)
    # A hand-edited journal: the layout reader (test_as_written) leaves it to the pieces.
    raw = raw.replace(b"\n[[entries]]\n", b"\n[[entries]]  # by hand\n", 1)
    found = journal.read_entries(raw, PATH)
    assert [entry.answer for entry in found.entries] == [f"answer {day}" for day in range(7)]
    assert max(text.count("[[entries]]") for text in parsed) == 2
    assert len(parsed) == 1 + 4  # the header, then pieces of 2, 2, 2 and 1 entries


def _moment(day: int) -> datetime:
    return datetime(2026, 11, 1, 9, tzinfo=timezone(timedelta(hours=1))) + timedelta(days=day)
