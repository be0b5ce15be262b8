"""rtoml reads every journal as tomllib does: same values, same refusals, same messages."""

from __future__ import annotations

import string
import tomllib
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steentje import journal
from steentje.errors import SteentjeError
from steentje.journal import KNOWN_FIELDS, Entry, Journal, journal_bytes
from tests.conftest import imports_module

PATH = Path("journal.toml")

# TOML holds offsets in whole minutes, up to a day.
offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
aware = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=offsets
)
naive = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))
keys = st.text(min_size=1, max_size=8).filter(lambda key: key not in KNOWN_FIELDS)
scalars = st.one_of(
    st.text(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.booleans(),
    aware,
    naive,
    st.dates(),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def entries(draw: st.DrawFn, *, with_extra: bool) -> Entry:
    return Entry(
        id=draw(st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=10)),
        date=draw(aware),
        principle=draw(st.integers(1, 7)),
        prompt=draw(st.text()),
        answer=draw(st.text(min_size=1)),
        tags=tuple(draw(st.lists(st.text(min_size=1), max_size=3))),
        extra=draw(st.dictionaries(keys, values, max_size=3)) if with_extra else {},
    )


def journals(*, with_extra: bool) -> st.SearchStrategy[bytes]:
    top = (
        st.dictionaries(st.text(min_size=1, max_size=8), values, max_size=2)
        if with_extra
        else st.just({})
    )
    return st.builds(
        lambda found, extra: journal_bytes(Journal(PATH, True, 1, tuple(found), extra)),
        st.lists(entries(with_extra=with_extra), max_size=6),
        top.map(lambda extra: {k: v for k, v in extra.items() if k not in ("version", "entries")}),
    )


def same(first: Any, second: Any) -> bool:
    """Equal values of equal types: repr tells timezone from rtoml's TzInfo, nan from nan."""
    return repr(first) == repr(second)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals(with_extra=False))
def test_rtoml_reads_every_plain_journal_as_tomllib(raw: bytes) -> None:
    """Arbitrary answers, prompts, tags, dates and offsets: rtoml itself agrees, guard or not."""
    text = raw.decode("utf-8")
    fast = journal._parse_rtoml(text)
    assert fast is not None
    assert same(fast, tomllib.loads(text))
    assert same(journal.parse_toml(text, PATH), tomllib.loads(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals(with_extra=True))
def test_rtoml_reads_every_journal_with_extra_keys_as_tomllib(raw: bytes) -> None:
    """Nested extra keys of every TOML type, at the top and in entries."""
    text = raw.decode("utf-8")
    fast = journal._parse_rtoml(text)
    # None only where a time of day with zero seconds is handed to tomllib.
    assert fast is None or same(fast, tomllib.loads(text))
    assert same(journal.parse_toml(text, PATH), tomllib.loads(text))


# Text that rtoml (TOML 1.1) reads otherwise than tomllib (TOML 1.0).
DIFFERING = [
    'version = 1\n[[entries]]\nanswer = """a\r\nb"""\n',  # CRLF kept by rtoml
    "version = 1\r\n[[entries]]\r\nanswer = '''a\r\nb'''\r\n",
    "\ufeffversion = 1\n",  # byte order mark
    'version = 1\n[[entries]]\nanswer = "\\e[31m"\n',  # TOML 1.1 escapes
    'version = 1\n[[entries]]\nanswer = "\\x41"\n',
    "version = 1\n[[entries]]\ndate = 2026-11-26T10:30+01:00\n",  # no seconds
    "version = 1\n[[entries]]\ndate = 2026-11-26 10:30\n",
    "version = 1\n[[entries]]\nwhen = 10:30\n",
    "version = 1\n[[entries]]\nmeta = {a = 1,}\n",  # trailing comma in an inline table
    "version = 1\n[[entries]]\nmeta = {\n  a = 1\n}\n",  # inline table over lines
    "version = 1\n[[entries]]\nmeta = [\n  {a = 1,},\n]\n",
]


@pytest.mark.parametrize("text", DIFFERING)
def test_text_rtoml_reads_otherwise_is_read_by_tomllib(text: str) -> None:
    try:
        expected: object = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        expected = SteentjeError
    if expected is SteentjeError:
        with pytest.raises(SteentjeError):
            journal.parse_toml(text, PATH)
    else:
        assert same(journal.parse_toml(text, PATH), expected)


def test_the_differences_are_real() -> None:
    """Without the guard rtoml would read each of these otherwise: the test above can fail."""
    import rtoml

    for text in DIFFERING:
        try:
            strict: object = tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            strict = None
        assert not same(rtoml.loads(text), strict), text
        assert journal.may_differ_in_rtoml(text) or journal._parse_rtoml(text) is None


TOKENS = [
    *'"\'\\=[]{},.:-+_ \t\n\r#0123456789eExTZtz\ufeff\x00\x7f\x1b',
    "\\e", "\\x41", "\\u00e9", '"""', "'''", "{a=1,}", "{\na=1}", "{ a = 1 }", "10:30",
    "T10:30", "10:30:00", "inf", "nan", "0x1", "1e400", "[[entries]]", "[entries.x]",
    "2026-11-26T10:30Z", "2026-11-26 10:30:00", "23:59:60", "9223372036854775808",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    journals(with_extra=False).filter(bool),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from(TOKENS), st.integers(0, 3)), max_size=3),
)
def test_damaged_or_hand_edited_text_is_read_as_tomllib_reads_it(
    raw: bytes, edits: list[tuple[float, str, int]]
) -> None:
    """Tokens inserted and bytes cut anywhere: both parse to the same, or both refuse."""
    text = raw.decode("utf-8")
    for where, token, cut in edits:
        at = int(where * len(text))
        text = text[:at] + token + text[at + cut :]
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        with pytest.raises(SteentjeError) as refused:
            journal.parse_toml(text, PATH)
        with pytest.raises(SteentjeError) as strictly:
            journal.parse_toml_strictly(text, PATH)
        assert str(refused.value) == str(strictly.value)  # the same file-and-line message
        return
    assert same(journal.parse_toml(text, PATH), expected)


def test_values_keep_tomllib_types() -> None:
    text = (
        "version = 1\n[[entries]]\n"
        'id = "a"\ndate = 2026-11-26T10:30:00+01:00\nprinciple = 1\nanswer = "é\\u001b"\n'
        "utc = 2026-11-26T10:30:00Z\nlocal = 2026-11-26T10:30:00\nday = 2026-11-26\n"
        "when = 10:30:05\nbig = 9223372036854775808\n"
    )
    data = journal._parse_rtoml(text)
    assert data is not None
    table = data["entries"][0]
    assert table["date"].tzinfo == timezone(timedelta(hours=1))
    assert type(table["date"].tzinfo) is timezone
    assert table["utc"].tzinfo is UTC
    assert table["local"] == datetime(2026, 11, 26, 10, 30) and table["local"].tzinfo is None
    assert table["day"] == date(2026, 11, 26) and table["when"] == time(10, 30, 5)
    assert table["big"] == 2**63 and table["answer"] == "é\x1b"
    assert f"{table['date']:%Z}" == "UTC+01:00"


@pytest.mark.parametrize(
    ("args", "imported"),
    [
        (["remind"], False),
        (["today", "--no-input"], False),
        (["stats"], False),
        (["stats", "--hand-edited"], True),
    ],
)
def test_rtoml_is_imported_only_for_whole_journal_reads_of_hand_edits(
    journal_path: Path, args: list[str], imported: bool
) -> None:
    """Start-up cost: the reminder and today's question read the journal's tail only.

    A whole read of a journal as steentje writes it needs no TOML parser for its
    entries (``as_written``); one edited by hand is read by rtoml.

    (Once a day, or after a change, today's question looks up the last answer to
    it and an open intention through the index; after that the coach's stamp
    answers, without any TOML parser.)
    """
    from steentje.storage.appending import append_entry

    for days in (3, 2):
        moment = datetime(2026, 11, 26 - days, 9, 0, 5, tzinfo=UTC)
        append_entry(
            journal_path, journal.new_entry(when=moment, principle=1, prompt="p", answer="a")
        )
    if args[0] == "today":
        imports_module("rtoml", args)  # the first look, and the coach's stamp written
    if "--hand-edited" in args:
        args = [arg for arg in args if arg != "--hand-edited"]
        with journal_path.open("a", encoding="utf-8") as file:
            file.write("# a note of my own\n")
    assert imports_module("rtoml", args) is imported


def test_stats_of_a_journal_as_steentje_writes_it_loads_no_toml_parser(
    journal_path: Path,
) -> None:
    """Its header and entries are read by as_written, the bundled set from its exact cache."""
    from steentje.storage.appending import append_entry

    for days in (3, 2):
        moment = datetime(2026, 11, 26 - days, 9, 0, 5, tzinfo=UTC)
        append_entry(
            journal_path, journal.new_entry(when=moment, principle=1, prompt="p", answer="a")
        )
    imports_module("tomllib", ["stats"])  # the first run writes the bundled set's cache
    assert not imports_module("tomllib", ["stats"])
    assert not imports_module("rtoml", ["stats"])
