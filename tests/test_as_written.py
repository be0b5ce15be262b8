"""The layout reader gives what tomllib gives, or leaves the text to the full parse."""

from __future__ import annotations

import string
import tomllib
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steentje import as_written, journal
from steentje.errors import SteentjeError
from steentje.journal import KNOWN_FIELDS, Entry, Journal, journal_bytes

PATH = Path("journal.toml")

offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=offsets
)
# Text of every kind: quotes, backslashes, control characters, escapes spelled out.
texts = st.text() | st.text(alphabet='"\\\t\x1b\x7f\u2028/ud80aé😀', max_size=12)
set_ids = st.text(string.ascii_lowercase + string.digits + "-_", min_size=1, max_size=12)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    """An entry with any of its fields set, valid or not (the reader must leave the rules alone)."""
    intention = draw(st.sampled_from(["", "Ask Anna first"]) | texts)
    return Entry(
        id=draw(texts.filter(bool) | st.sampled_from(["  ", "abcd1234"])),
        date=draw(moments),
        principle=draw(st.integers(0, 999)),
        prompt=draw(texts),
        answer=draw(texts),
        tags=tuple(draw(st.lists(texts, max_size=3))),
        starred=draw(st.booleans()),
        principle_set=draw(st.just("") | set_ids | texts),
        intention=intention,
        outcome=draw(st.just("") | texts),
        outcome_date=draw(st.none() | st.dates()),
        edited=draw(st.none() | moments),
        edited_before=tuple(draw(st.lists(moments, max_size=2))),
    )


journals = st.lists(entries(), max_size=5).map(
    lambda found: journal_bytes(Journal(PATH, True, 1, tuple(found)))
)


def exact(value: Any) -> str:
    """Equal values of equal types: repr tells 10:00+01:00 from 09:00+00:00, a date from a str."""
    return repr(value)


def values_as_written(raw: bytes) -> list[tuple[Any, ...]] | None:
    """The values ``as_written`` reads from a whole journal's bytes, unchecked, in FIELDS order."""
    first = raw.find(as_written.ENTRY_HEADER.encode())
    if first == -1:
        return []  # all header: tomllib reads it
    if not as_written.has_only_readable_bytes(raw):
        return None
    return as_written.read(raw[first:].decode("utf-8"), lambda *values: values)


def values_of(table: dict[str, Any]) -> tuple[Any, ...]:
    """A table tomllib read, as ``as_written`` hands its values on (absent: a default)."""
    defaults: dict[str, Any] = {
        "tags": [], "starred": False, "set": None, "intention": "", "outcome": "",
        "outcome_date": None, "edited": None, "edited_before": [],
    }  # fmt: skip
    values = [table.get(field, defaults.get(field)) for field in as_written.FIELDS]
    return tuple(tuple(value) if isinstance(value, list) else value for value in values)


def test_the_reader_hands_on_every_field_steentje_writes() -> None:
    assert as_written.FIELDS == KNOWN_FIELDS


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals)
def test_every_journal_steentje_writes_is_read_as_tomllib_reads_it(raw: bytes) -> None:
    """Every field, any text, any moment and offset: the same values, and the reader is used."""
    found = values_as_written(raw)
    assert found is not None, "a journal steentje wrote must not need the full parse"
    expected = tomllib.loads(raw.decode("utf-8")).get("entries", [])
    assert exact(found) == exact([values_of(table) for table in expected])
    if all(journal.entry_problem(table) is None for table in expected):
        assert outcome(lambda: journal._read_as_written(raw, PATH)) == strictly(raw)
    else:  # the full reading names the problem
        assert journal._read_as_written(raw, PATH) is None


def test_an_entry_with_every_field_is_read() -> None:
    """The reader knows every field steentje writes: adding one to the format fails here first."""
    moment = datetime(2026, 11, 20, 9, 30, 5, 123456, tzinfo=timezone(timedelta(hours=1)))
    entry = Entry(
        id="abcd1234", date=moment, principle=3, prompt="Wie?", answer='a "b"\\c\nd',
        tags=("team", "1on1"), starred=True, principle_set="team", intention="Ask",
        outcome="Asked", outcome_date=date(2026, 11, 21), edited=moment,
        edited_before=(moment, moment),
    )  # fmt: skip
    raw = journal_bytes(Journal(PATH, True, 1, (entry,)))
    table = tomllib.loads(raw.decode())["entries"][0]
    assert set(table) == set(KNOWN_FIELDS)
    assert exact(values_as_written(raw)) == exact([values_of(table)])
    assert journal.read_entries(raw, PATH).entries == (entry,)


def outcome(read: Any) -> str:
    try:
        found = read()
    except SteentjeError as error:
        return f"error: {error}"
    return exact((found.version, found.entries, dict(found.extra), dict(found.deleted)))


def strictly(raw: bytes) -> str:
    """What a full parse by tomllib alone makes of *raw*: its journal or its error."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(journal, "parse_toml", journal.parse_toml_strictly)
        return outcome(lambda: journal.parse_journal(journal.decode(raw, PATH), PATH))


# What a hand edit may type into a journal steentje wrote: each one either reads
# as tomllib reads it or is left to the full parse.
edits = st.sampled_from(
    [
        "\\/", "\\ud800", "\\uDC00", "\\ud83d\\ude00", "\\U0001F600", "\\e", "\\x41", "\\u00e9",
        "\\", '"', '\\"', "\\\\", "\t", "\x7f", "\r", "\r\n", "\x00", "\u2028", " # note",
        "T", "t", "Z", "z", "24", "60", "+", "-", "0", "1", "_", "٣", ".5", ".1234567",
        "'", '"""', "[", "]", ",", "\n", "\n\n", " ", "=", "\ufeff", "é", "😀", "set = ",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals, st.data())
def test_hand_edits_read_as_tomllib_reads_them(raw: bytes, data: st.DataObject) -> None:
    """Text typed anywhere, the same length or not: the same entries, or the same error."""
    text = raw.decode("utf-8")
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 2))
        text = text[:at] + data.draw(edits) + text[at + cut :]
    edited = text.encode("utf-8")
    assert outcome(lambda: journal.read_entries(edited, PATH)) == strictly(edited)


@pytest.mark.parametrize(
    ("line", "replacement"),
    [
        ('answer = "a"', 'answer = "a\\/b"'),  # JSON's escape, no TOML one
        ('answer = "a"', 'answer = "\\ud83d\\ude00"'),  # a surrogate pair: JSON joins it
        ('answer = "a"', 'answer = "\\U0001F600"'),  # TOML's escape, no JSON one
        ('answer = "a"', 'answer = "a" # note'),
        ('answer = "a"', "answer = 'a'"),
        ('answer = "a"', 'answer = """a"""'),
        ('answer = "a"', 'answer = "a\tb"'),  # a raw tab is allowed
        ('answer = "a"', 'answer = "a"b"'),
        ('answer = "a"', 'answer="a"'),
        ("principle = 1", "principle = 01"),
        ("principle = 1", "principle = +1"),
        ("principle = 1", "principle = 1_0"),
        ("principle = 1", "principle = 0x1"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 2026-11-20T09:00:00+00:00"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 2026-11-20 09:00:00Z"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 2026-11-20 24:00:00+00:00"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 2026-11-20 09:00:60+00:00"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 2026-11-20 09:00:00+00:60"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 2026-11-20 09:00:00+0100"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 2026-02-30 09:00:00+00:00"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 2026-11-20 09:00:00.5+00:00"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 2026-11-20 09:00:00"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 0000-11-20 09:00:00+00:00"),
        ("date = 2026-11-20 09:00:00+00:00", "date = 1899-11-20 09:00:00+00:00"),
        ('tags = [\n    "team",\n]', "tags = [ ]"),
        ('tags = [\n    "team",\n]', 'tags = ["team"]'),
        ('tags = [\n    "team",\n]', 'tags = [\n    ",\n]'),
        ('tags = [\n    "team",\n]', 'tags = [\n    "team"\n]'),
        ('tags = [\n    "team",\n]', 'tags = [\n    "team",\n]\nstarred = true\nstarred = true'),
        ('tags = [\n    "team",\n]', 'tags = [\n    "team",\n]\nset = ""'),
        ('tags = [\n    "team",\n]', 'tags = [\n    "team",\n]\noutcome = "done"'),
        ('tags = [\n    "team",\n]', 'tags = [\n    "team",\n]\noutcome_date = 2026-W01-1'),
        ('tags = [\n    "team",\n]', 'tags = [\n    "team",\n]\nmood = "good"'),
        ('id = "', 'id = "  "\nid = "'),
        ("\n[[entries]]\n", "\n[[entries]]\n\n"),
        ("\n[[entries]]\n", "\n[[entries]] # mine\n"),
    ],
)
def test_odd_text_reads_as_tomllib_reads_it(line: str, replacement: str) -> None:
    entry = journal.new_entry(
        when=datetime(2026, 11, 20, 9, tzinfo=UTC), principle=1, prompt="p",
        answer="a", tags=("team",),
    )  # fmt: skip
    raw = journal_bytes(Journal(PATH, True, 1, (entry, entry)))
    text = raw.decode()
    assert line in text
    edited = text.replace(line, replacement, 1).encode()
    assert outcome(lambda: journal.read_entries(edited, PATH)) == strictly(edited)


ids = st.text(string.ascii_letters + string.digits + "-_", min_size=1, max_size=10)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 999_999_999), st.dictionaries(ids, moments, max_size=4))
def test_every_header_steentje_writes_is_read_as_tomllib_reads_it(
    version: int, deleted: dict[str, datetime]
) -> None:
    text = journal.journal_header(version, deleted=deleted).decode("utf-8")
    assert exact(as_written.header(text)) == exact(tomllib.loads(text))


@pytest.mark.parametrize(
    "text",
    [
        "version = 1\nmood = 'good'\n",  # a key of one's own: tomllib reads it
        "version = 1 # mine\n",
        "version = 01\n",
        "version = 1\n\n[deleted]\nab = 2026-11-20 09:00:00+01:00\n"
        "ab = 2026-11-20 09:00:00+01:00\n",  # an id twice
        "version = 1\n\n[deleted]\nab = 2026-02-30 09:00:00+01:00\n",
        'version = 1\n\n[deleted]\n"a b" = 2026-11-20 09:00:00+01:00\n',
        "[deleted]\nab = 2026-11-20 09:00:00+01:00\n",
        "",
    ],
)
def test_any_other_header_is_left_to_tomllib(text: str) -> None:
    assert as_written.header(text) is None
    raw = (text + "\n[[entries]]\nid = \"abcd\"\ndate = 2026-11-20 09:00:00+01:00\n"
           'principle = 1\nprompt = "p"\nanswer = "a"\ntags = []\n').encode()  # fmt: skip
    assert outcome(lambda: journal.read_entries(raw, PATH)) == strictly(raw)


@pytest.mark.parametrize("escape", ["\\u 041", "\\u+041", "\\u0_41", "\\u٠٠٤١", "\\u004", "\\/"])
def test_an_escape_json_reads_otherwise_is_left_to_tomllib_without_the_c_scanner(
    monkeypatch: pytest.MonkeyPatch, escape: str
) -> None:
    """Where the C JSON scanner is missing (PyPy, a stripped build), the Python one reads
    ``\\u 041`` as "A"; TOML refuses it. Neither reaches a value here."""
    import json

    monkeypatch.setattr(as_written, "_scan_string", json.decoder.py_scanstring)  # type: ignore[attr-defined]
    entry = journal.new_entry(when=datetime(2026, 11, 20, 9, tzinfo=UTC), principle=1,
                              prompt="p", answer="a")  # fmt: skip
    text = journal_bytes(Journal(PATH, True, 1, (entry,))).decode()
    edited = text.replace('answer = "a"', f'answer = "{escape}"').encode()
    assert values_as_written(edited) is None
    assert outcome(lambda: journal.read_entries(edited, PATH)) == strictly(edited)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("edited = 0001-01-01 00:00:00", "'edited'"),
        ("edited = 9999-12-31 23:59:59", "'edited'"),
        ("edited_before = [\n    0001-01-01 00:00:00,\n]", "'edited_before'"),
    ],
)
def test_a_moment_of_change_out_of_range_is_named_not_a_crash(line: str, field: str) -> None:
    """A naive moment near year 1 or 9999 overflowed on the way to local time."""
    entry = journal.new_entry(when=datetime(2026, 11, 20, 9, tzinfo=UTC), principle=1,
                              prompt="p", answer="a")  # fmt: skip
    raw = journal_bytes(Journal(PATH, True, 1, (entry,))) + (line + "\n").encode()
    with pytest.raises(SteentjeError, match=f"{field} must lie between 1900"):
        journal.read_entries(raw, PATH)
    assert outcome(lambda: journal.read_entries(raw, PATH)) == strictly(raw)


def test_an_entry_with_several_problems_names_the_first_field_written() -> None:
    table = {"id": "", "date": datetime(2026, 11, 20, 9, tzinfo=UTC), "principle": "3",
             "answer": "a"}  # fmt: skip
    assert journal.entry_problem(table) == journal.t("field_id")
    table["id"] = "abcd"
    assert journal.entry_problem(table) == journal.t("field_principle", count=31)
