"""The journal's data: entries, and the TOML text they are read from and written as.

No file access happens here; ``store`` does that. Every function takes text or
data and returns data, so the format can be tested on its own.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import itertools
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from steentje import as_written
from steentje.dates import EARLIEST, LATEST
from steentje.errors import NoSuchEntry, SteentjeError
from steentje.rotation import BUNDLED_SET, MAX_PRINCIPLES, is_set_id
from steentje.words import t, toml_problem

SCHEMA_VERSION = 1
ENTRY_TABLE = "entries"
KNOWN_FIELDS = (
    "id", "date", "principle", "prompt", "answer", "tags", "starred", "set",
    "intention", "outcome", "outcome_date", "edited", "edited_before",
)  # fmt: skip
# What every entry is written with, in this order; the others only when set
# (``set`` only for a set of one's own: without it an entry answered the bundled
# set; ``edited`` and ``edited_before`` only once it changed).
ALWAYS_WRITTEN = KNOWN_FIELDS[:6]
ID_PREFIX_MINIMUM = 4
# The top-level table of deleted ids and when each was deleted (no answer kept),
# so that a merge with another copy of the journal does not bring them back.
DELETED_TABLE = "deleted"
# The principle of a free reflection: one that answers no principle and no
# question (``log --free``, an entry brought from jrnl). It is written like any
# other entry, as ``principle = 0`` with an empty ``prompt``, so every key keeps
# its place and what an interrupted append leaves looks the same.
FREE = 0
# The tag of a version a merge kept beside an entry changed on two machines
# (``merging``): a copy to read and then delete, not a reflection of its own, so
# it is not counted and its intention is not followed up.
CONFLICT_TAG = "conflict"
_TOML_ERROR_LINE = re.compile(r"at line (\d+)")


# Slots: a 10,000-entry journal's entries take about 2 MiB less without a
# __dict__ each, and whole-journal reads hold every entry at once.
@dataclass(frozen=True, slots=True)
class Entry:
    """One reflection: the prompt as it was asked and the answer given."""

    id: str
    date: dt.datetime
    principle: int
    prompt: str
    answer: str
    tags: tuple[str, ...] = ()
    # Keys this version does not know (from a newer steentje or added by hand),
    # kept so that a rewrite does not drop them.
    extra: Mapping[str, Any] = field(default_factory=dict)
    # Written as `starred = true` only when set; absent means not starred.
    starred: bool = field(default=False, kw_only=True)
    # The id of the principle set the entry answered, written as `set` only when
    # it is one of one's own; "" (absent) is the bundled set.
    principle_set: str = field(default="", kw_only=True)
    # What the person meant to try after this answer, and how it went (issue 13):
    # each written only when set. An intention is open until it has an outcome
    # or an outcome day: ``followup --drop`` writes the day without an outcome.
    intention: str = field(default="", kw_only=True)
    outcome: str = field(default="", kw_only=True)
    outcome_date: dt.date | None = field(default=None, kw_only=True)
    # The moment of the last change to the entry (edit, star, move), written only
    # when set: a merge of two copies keeps the later change. Stamped in one place,
    # ``storage.rewriting.rewrite_journal``.
    edited: dt.datetime | None = field(default=None, kw_only=True)
    # The moments of the changes before that one, oldest first (written only when
    # there were any): a merge knows from them that a version is an older state of
    # this one, not a change made elsewhere.
    edited_before: tuple[dt.datetime, ...] = field(default=(), kw_only=True)

    @property
    def intention_open(self) -> bool:
        """Whether this entry's intention still waits for its outcome."""
        return (
            bool(self.intention)
            and not self.outcome
            and self.outcome_date is None
            and not self.is_conflict_copy
        )

    @property
    def is_conflict_copy(self) -> bool:
        """Whether this is the other version a merge kept (tagged ``conflict``)."""
        return CONFLICT_TAG in self.tags

    @property
    def intention_dropped(self) -> bool:
        """Whether its intention was let go (``followup --drop``) rather than followed up."""
        return bool(self.intention) and not self.outcome and self.outcome_date is not None

    @property
    def is_free(self) -> bool:
        """Whether this is a free reflection: no principle, no question."""
        return self.principle == FREE

    @property
    def set_id(self) -> str:
        """The id of the principle set this entry answered (none stored: the bundled set)."""
        return self.principle_set or BUNDLED_SET

    @property
    def day(self) -> dt.date:
        """The local calendar day the entry was written for."""
        return self.date.date()

    def to_table(self) -> dict[str, Any]:
        """The entry as a TOML table, known fields first."""
        table: dict[str, Any] = {
            "id": self.id,
            "date": self.date,
            "principle": self.principle,
            "prompt": self.prompt,
            "answer": self.answer,
            "tags": list(self.tags),
        }
        if self.starred:
            table["starred"] = True
        if self.principle_set:
            table["set"] = self.principle_set
        if self.intention:
            table["intention"] = self.intention
        if self.outcome:
            table["outcome"] = self.outcome
        if self.outcome_date is not None:
            table["outcome_date"] = self.outcome_date
        if self.edited is not None:
            table["edited"] = self.edited
        if self.edited_before:
            table["edited_before"] = list(self.edited_before)
        table.update(self.extra)
        return table


@dataclass(frozen=True)
class Journal:
    """The journal file's content; ``exists`` is False before the first entry."""

    path: Path
    exists: bool
    version: int
    entries: tuple[Entry, ...]
    # Top-level keys other than version, entries and deleted, kept on a rewrite.
    extra: Mapping[str, Any] = field(default_factory=dict)
    # The ids of deleted entries and the moment each was deleted (``DELETED_TABLE``).
    deleted: Mapping[str, dt.datetime] = field(default_factory=dict)


def empty_journal(path: Path) -> Journal:
    """The journal before its file exists."""
    return Journal(path, exists=False, version=SCHEMA_VERSION, entries=())


# --- making entries ----------------------------------------------------------


def new_id() -> str:
    """A short random id: 8 characters of base32 (40 bits)."""
    # Imported here: only writers make ids, and secrets brings hashlib and
    # OpenSSL, which today's question at shell start-up does not need.
    import base64
    import secrets

    return base64.b32encode(secrets.token_bytes(5)).decode("ascii").lower()


# What a tag is: one word of letters (of any script, with their combining marks),
# digits, "-" and "_", with at least one letter or digit; stored case-folded
# (NFC), without a leading "#". ``clean_tags`` is the one place that decides it.
_TAG_CHARACTERS = "-_"


def _tag_character(char: str) -> bool:
    if char.isalnum() or char in _TAG_CHARACTERS:
        return True
    if char.isascii():
        return False
    import unicodedata

    return unicodedata.category(char).startswith("M")  # a combining mark (accents, vowel signs)


def _folded(text: str) -> str:
    """*text* case-folded and composed (NFC), so "Café" typed either way is one tag."""
    if text.isascii():
        return text.lower()
    import unicodedata

    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())


def is_tag(name: str) -> bool:
    """Whether *name* is a tag as stored: one word, case-folded, without "#"."""
    return (
        bool(name)
        and all(_tag_character(char) for char in name)
        and any(char.isalnum() for char in name)
        and _folded(name) == name
    )


def clean_tag(text: str) -> str:
    """A tag as typed (``-t Team``, ``-t '#team'``) as stored (``team``); refuses what is not one.

    A mistake in how a tag was typed is a usage error (exit code 2).
    """
    from steentje.errors import UsageError

    name = text.strip()
    if not name:
        raise UsageError(t("tag_empty"))
    require_text(name, t("field_name_tag"))
    name = _folded(name.removeprefix("#"))
    if not is_tag(name):
        raise UsageError(t("tag_not_a_word", tag=text.strip()))
    return name


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as typed, cleaned by ``clean_tag``, repeats dropped, in the order given."""
    cleaned: list[str] = []
    for tag in tags:
        name = clean_tag(tag)
        if name not in cleaned:
            cleaned.append(name)
    return tuple(cleaned)


# Remembered: a journal of thousands of entries holds a few dozen tags, and
# stats and tags normalise every one of them on every read.
@functools.lru_cache(maxsize=1024)
def normalised_tag(text: str) -> str:
    """A tag from a journal or an import as the rule wants it, never refused.

    Tags written before the rule (or by hand) may be ``Team``, ``#team`` or
    ``two words``: they become ``team``, ``team`` and ``two-words``; what holds
    no letter or digit at all becomes "".
    """
    name = _folded(text.strip().lstrip("#"))
    if is_tag(name):
        return name
    kept = "".join(char if _tag_character(char) else " " for char in name)
    name = "-".join(kept.split()).strip("-")
    return name if any(char.isalnum() for char in name) else ""


def normalised_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags normalised by ``normalised_tag``, empty ones and repeats dropped, in order."""
    kept: list[str] = []
    for tag in tags:
        name = normalised_tag(tag)
        if name and name not in kept:
            kept.append(name)
    return tuple(kept)


# A #word in an answer is a tag when the "#" starts the text or follows a space
# or an opening bracket or quote (so a#b, C#, http://x/#frag and ## headings are
# none), and the word holds a letter (so #1 and #42, numbers, are none either).
_BEFORE_INLINE_TAG = "([{\"'\u201c\u2018\u00ab"  # and the opening curly quotes and «


def inline_tags(answer: str) -> tuple[str, ...]:
    """The tags an answer names as ``#word``, as stored, in order of first use."""
    found: list[str] = []
    at = answer.find("#")
    while at != -1:
        before = answer[at - 1] if at else " "
        end = at + 1
        while end < len(answer) and _tag_character(answer[end]):
            end += 1
        word = answer[at + 1 : end].rstrip("-")
        if (before.isspace() or before in _BEFORE_INLINE_TAG) and any(c.isalpha() for c in word):
            name = _folded(word)
            if name not in found:
                found.append(name)
        at = answer.find("#", at + 1)
    return tuple(found)


def new_entry(
    *,
    when: dt.datetime,
    principle: int,
    prompt: str,
    answer: str,
    tags: Iterable[str] = (),
    starred: bool = False,
    principle_set: str = "",
    intention: str = "",
) -> Entry:
    """Make an entry for a new answer, refusing an empty one.

    *principle_set* is the id of the set it answers ("" or the bundled id: the bundled set).
    """
    if not answer.strip():
        raise SteentjeError(t("answer_empty"))
    require_text(answer, t("field_name_answer"))
    require_text(intention, t("field_name_intention"))
    if when.tzinfo is None:
        raise ValueError("an entry's date needs a UTC offset")
    return Entry(
        id=new_id(),
        date=when.replace(microsecond=0),
        principle=principle,
        prompt=prompt,
        answer=answer,
        tags=clean_tags(tags),
        starred=starred,
        principle_set="" if principle_set == BUNDLED_SET else principle_set,
        intention=intention.strip(),
    )


def answered_days(entries: Iterable[Entry]) -> frozenset[dt.date]:
    """The days whose question has an answer: a free reflection answers none.

    What the reminder and its stamp go by: writing freely on a day does not
    answer that day's question, so the reminder stays until it is answered.
    """
    return frozenset(entry.day for entry in entries if entry.principle != FREE)


def require_text(value: str, what: str) -> None:
    """Refuse text that cannot be stored as UTF-8 (lone surrogates from undecodable argv)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise SteentjeError(t("text_not_utf8", what=what)) from None


def find_entry(entries: Sequence[Entry], wanted: str) -> Entry:
    """The entry whose id is *wanted*, or the only one it starts (at least 4 characters)."""
    key = wanted.strip().lower()
    for entry in entries:
        if entry.id == key:
            return entry
    matches = [entry for entry in entries if entry.id.startswith(key)]
    if len(key) >= ID_PREFIX_MINIMUM and len(matches) == 1:
        return matches[0]
    if len(key) >= ID_PREFIX_MINIMUM and matches:
        ids = ", ".join(entry.id for entry in matches)
        raise SteentjeError(t("ambiguous_id", id=wanted, ids=ids))
    if matches:  # it starts an id, but is shorter than a prefix may be
        raise NoSuchEntry(t("id_too_short", id=wanted, minimum=ID_PREFIX_MINIMUM))
    raise NoSuchEntry(t("no_entry", id=wanted))


def edited_entry(
    entry: Entry,
    *,
    answer: str,
    add_tags: Iterable[str] = (),
    remove_tags: Iterable[str] = (),
    moment: dt.datetime | None = None,
    inline: bool = False,
) -> Entry | None:
    """The entry with a new answer, tags and moment, or None when nothing would change.

    Its tags come out normalised (``normalised_tag``). With *inline*, a new
    answer's ``#words`` become tags, and a ``#word`` the new answer no longer
    holds loses its tag (unless --tag gives it again).
    """
    if not answer.strip():
        raise SteentjeError(t("answer_empty_unchanged"))
    require_text(answer, t("field_name_answer"))
    current = normalised_tags(entry.tags)
    removing = list(clean_tags(remove_tags))
    missing = [tag for tag in removing if tag not in current]
    if missing:
        named = ", ".join(map(repr, missing))
        raise SteentjeError(t("tag_missing", id=entry.id, tags=named, count=len(missing)))
    adding = list(clean_tags(add_tags))
    if inline and answer != entry.answer:
        now_named = inline_tags(answer)
        kept = (*now_named, *adding)
        removing += [tag for tag in inline_tags(entry.answer) if tag not in kept]
        adding += now_named
    tags = tuple(tag for tag in dict.fromkeys([*current, *adding]) if tag not in removing)
    when = entry.date if moment is None else moment
    # The same instant with another offset is another local day and time: a change.
    if answer == entry.answer and tags == current and when.isoformat() == entry.date.isoformat():
        return None
    return replace(entry, answer=answer, tags=tags, date=when)


def same_entry(one: Entry, other: Entry) -> bool:
    """Whether two entries hold the same, to the offset of their moments."""
    return one == other and (
        one.date.isoformat(), _iso(one.edited), [_iso(moment) for moment in one.edited_before]
    ) == (
        other.date.isoformat(), _iso(other.edited), [_iso(moment) for moment in other.edited_before]
    )  # fmt: skip


def _iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def starred_entry(entry: Entry, starred: bool) -> Entry | None:
    """The entry with its star set or taken away (tags normalised), or None when it already is."""
    if entry.starred == starred:
        return None
    return replace(entry, starred=starred, tags=normalised_tags(entry.tags))


def followed_up_entry(
    entry: Entry, outcome: str | None, day: dt.date, replacing: str = ""
) -> Entry | None:
    """The entry with the outcome of its intention written on *day*, or None when it has it.

    *outcome* None lets the intention go (``followup --drop``): the day is kept
    without an outcome, so it is no longer open. An entry without an intention
    has nothing to follow up; an empty outcome is refused. *replacing* is the
    outcome the person saw while writing theirs ("" for none): an outcome there
    now that they did not see (told before, or meanwhile from another shell) is
    never overwritten; theirs is named in the refusal, so nothing is lost.
    """
    if not entry.intention:
        raise SteentjeError(t("no_intention", id=entry.id))
    if outcome is None:
        if entry.outcome:
            raise SteentjeError(t("intention_followed_up", id=entry.id))
        if entry.intention_dropped:
            return None
        return replace(entry, outcome="", outcome_date=day, tags=normalised_tags(entry.tags))
    if not outcome.strip():
        raise SteentjeError(t("outcome_empty"))
    require_text(outcome, t("field_name_outcome"))
    outcome = outcome.strip()
    if outcome == entry.outcome:
        return None
    if entry.outcome != replacing:
        raise SteentjeError(
            t(
                "outcome_there",
                id=entry.id,
                outcome=" ".join(entry.outcome.split()),  # one line, as errors are
                yours=" ".join(outcome.split()),
            )
        )
    return replace(entry, outcome=outcome, outcome_date=day, tags=normalised_tags(entry.tags))


def newest_open_intention(entries: Iterable[Entry], before: dt.date) -> Entry | None:
    """The newest entry written before *before* whose intention waits for its outcome.

    The one intention the coach brings back (at most one: it never nags);
    of one moment, the last written.
    """
    found: Entry | None = None
    for entry in entries:
        newer = found is None or entry.date >= found.date
        if entry.intention_open and entry.day < before and newer:
            found = entry
    return found


def last_answer(
    entries: Iterable[Entry], questions: Iterable[str], before: dt.date
) -> Entry | None:
    """The newest answer, written before *before*, to one of *questions* (a question as
    asked, in either language); of one moment, the last written."""
    asked = {question for question in questions if question}
    found: Entry | None = None
    for entry in entries:
        newer = found is None or entry.date >= found.date
        if entry.prompt in asked and entry.day < before and newer:
            found = entry
    return found


# --- reading -----------------------------------------------------------------


def decode(raw: bytes, path: Path) -> str:
    """The file's bytes as text, or an error naming the line that is not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise SteentjeError(t("not_utf8_file", path=path, line=line)) from None


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """Parse a whole journal's TOML, explaining a failure by file and line.

    rtoml (compiled) parses it about 7 times faster than tomllib and gives the
    same values once its datetimes carry tomllib's ``timezone``; tests check
    that on every journal steentje can write. rtoml also accepts a few TOML 1.1
    forms that tomllib refuses and keeps CRLF inside multi-line strings, so text
    that may hold one of those (``may_differ_in_rtoml``), and any text rtoml
    refuses, is parsed by tomllib: what is accepted, its values and every error
    message stay tomllib's.
    """
    if not may_differ_in_rtoml(text):
        data = _parse_rtoml(text)
        if data is not None:
            return data
    return parse_toml_strictly(text, path)


def parse_toml_strictly(text: str, path: Path) -> dict[str, Any]:
    """Parse with tomllib, explaining a failure by file and line (a torn last entry as such)."""
    import tomllib  # here: a journal as steentje writes it needs no TOML parser

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        if torn_tail(text.encode("utf-8")) is not None:
            found = _TOML_ERROR_LINE.search(str(error))
            # Name the line where parsing failed; without one, where the last entry starts.
            line = int(found.group(1)) if found else last_entry_line(text)
            _, detail = toml_problem(error)
            raise SteentjeError(
                t("last_entry_damaged", path=path, line=line, detail=detail)
            ) from None
        where, detail = toml_problem(error)
        raise SteentjeError(t("not_toml", path=path, where=where, detail=detail)) from None


# What rtoml reads otherwise than tomllib: TOML 1.1's \e and \xHH escapes and
# date-times without seconds (tomllib refuses them), and CR LF inside multi-line
# strings (kept by rtoml, turned into LF by tomllib). Searched separately: each
# pattern starts with a literal, which re finds fast.
_TOML_11_ESCAPE = re.compile(r"\\[ex]")
_NO_SECONDS = re.compile(r"-\d\d[Tt ]\d\d:\d\d(?![:\d])")


def may_differ_in_rtoml(text: str) -> bool:
    """True when rtoml might read *text* otherwise than tomllib (false alarms cost only speed).

    Besides the forms above: a byte order mark (rtoml skips it) and inline
    tables (TOML 1.1 lets them span lines and end in a comma).
    """
    return (
        "\r" in text
        or text.startswith("\ufeff")
        or _TOML_11_ESCAPE.search(text) is not None
        or _NO_SECONDS.search(text) is not None
        or _has_inline_table(text)
    )


def _has_inline_table(text: str) -> bool:
    """True when a { stands where a value starts: after =, [ or , or first on its line."""
    at = text.find("{")
    while at != -1:
        before = text[text.rfind("\n", 0, at) + 1 : at].rstrip(" \t")
        if not before or before[-1] in "=[,":
            return True
        at = text.find("{", at + 1)
    return False


def _parse_rtoml(text: str) -> dict[str, Any] | None:
    """rtoml's reading of *text* with tomllib's value types, or None when it differs or fails."""
    # Imported here: only whole-journal reads need it, not the reminder or today's question.
    import rtoml

    with without_cycle_collection():
        try:
            data: dict[str, Any] = rtoml.loads(text)
            return data if _as_tomllib(data) else None
        except Exception:  # rtoml.TomlParsingError, or a value Python cannot hold
            return None


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while a journal's objects are made.

    A journal is hundreds of thousands of new objects and no cycles: the
    collector's passes over them would add about a third to the time.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


_ZONES: dict[dt.timedelta | None, dt.timezone] = {}


def _zone(moment: dt.datetime) -> dt.timezone:
    """The ``timezone`` tomllib gives for *moment*'s offset (rtoml gives its own tzinfo type)."""
    offset = moment.utcoffset()
    zone = _ZONES.get(offset)
    if zone is None:
        zone = _ZONES[offset] = dt.timezone(offset or dt.timedelta(0))
    return zone


def _as_tomllib(value: Any) -> bool:
    """Give rtoml's datetimes tomllib's tzinfo, in place; False for a time without seconds.

    Strings and integers, the bulk of a journal, are passed over at once.
    """
    if isinstance(value, dict | list):
        # Replacing an item under its own key or index changes neither container's size.
        pairs = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in pairs:
            kind = type(item)
            if kind is dt.datetime:
                if item.tzinfo is not None:
                    value[key] = item.replace(tzinfo=_zone(item))
            elif kind is not str and kind is not int and not _as_tomllib(item):
                return False
        return True
    if isinstance(value, dt.time):
        # rtoml reads 10:30 (TOML 1.1); tomllib only 10:30:00. Rare enough to hand over.
        return value.second != 0 or value.microsecond != 0
    return True


def parse_journal(text: str, path: Path) -> Journal:
    """Parse and validate a whole journal's text."""
    data = parse_toml(text, path)
    version = parse_version(data, path)
    tables = data.get(ENTRY_TABLE, [])
    if not isinstance(tables, list):
        raise SteentjeError(t("entries_not_array", path=path))
    entries = []
    for position, table in enumerate(tables, start=1):
        problem = entry_problem(table)
        if problem is not None:
            raise entry_error(path, text, position, len(tables), problem)
        entries.append(entry_from_table(table))
    top = ("version", ENTRY_TABLE, DELETED_TABLE)
    extra = {key: value for key, value in data.items() if key not in top}
    return Journal(
        path, exists=True, version=version, entries=tuple(entries), extra=extra,
        deleted=parse_deleted(data, path),
    )  # fmt: skip


def parse_deleted(data: Mapping[str, Any], path: Path) -> dict[str, dt.datetime]:
    """The journal's record of deleted ids (empty in journals written before it)."""
    table = data.get(DELETED_TABLE, {})
    if not isinstance(table, dict) or not all(
        isinstance(moment, dt.datetime) for moment in table.values()
    ):
        raise SteentjeError(t("deleted_not_table", path=path))
    return {
        entry_id: moment if moment.tzinfo is not None else moment.astimezone()
        for entry_id, moment in table.items()
    }


# Bytes of entries decoded at a time by ``_read_as_written`` (a few hundred entries):
# the text of one piece is alive at once, never the whole journal's.
_BYTES_PER_PIECE = 256 * 1024
# Entries parsed at a time by ``read_entries``: small enough that only this many
# entries' TOML tables are alive at once, large enough that rtoml's per-call cost
# does not show.
_ENTRIES_PER_PIECE = 500


def read_entries(raw: bytes, path: Path) -> Journal:
    """Parse and validate a whole journal's bytes: what ``parse_journal`` gives, in less memory.

    A journal as steentje writes it is a header and then only ``[[entries]]``
    tables, so it is read a few hundred tables at a time and each piece's TOML
    data is dropped once its entries are built: the peak is the entries, not
    the entries and every table they came from. Each piece must read as
    exactly the tables its header lines start, which is what a parse of the
    whole text gives them; anything else (a table of another name, a header
    line inside a multi-line string, a damaged entry, text that is not UTF-8)
    is read whole, so the values, and every error message, are the full parse's.
    """
    written = _read_as_written(raw, path)
    if written is not None:
        return written
    starts = entry_header_offsets(raw)
    pieces = _pieces(raw, starts)
    if pieces is None:
        return parse_journal(decode(raw, path), path)
    header, bodies = pieces
    try:
        version = parse_version(header, path)
    except SteentjeError:
        return parse_journal(decode(raw, path), path)  # its error, after any TOML error
    entries: list[Entry] = []
    with without_cycle_collection():
        for body in bodies:
            # A piece may hold fewer tables than header lines (one inside a
            # multi-line string): the values are still the whole parse's.
            tables = entry_tables(raw[body])
            if tables is None:
                return parse_journal(decode(raw, path), path)
            entries.extend(entry_from_table(table) for table in tables)
    try:
        deleted = parse_deleted(header, path)
    except SteentjeError:
        return parse_journal(decode(raw, path), path)  # its error, after any TOML error
    extra = {key: value for key, value in header.items() if key not in ("version", DELETED_TABLE)}
    return Journal(
        path, exists=True, version=version, entries=tuple(entries), extra=extra, deleted=deleted
    )


def _read_as_written(raw: bytes, path: Path) -> Journal | None:
    """The journal when its entries are all laid out as steentje writes them, else None.

    The header and the entries are read by ``as_written`` (a header with keys
    of one's own by tomllib), the entries a piece of text at a time (so that
    the whole text is never decoded at once), and checked by the same rules
    as any others. None sends the text to the reading that takes anything
    (``read_entries``).
    """
    if not as_written.has_only_readable_bytes(raw):
        return None
    entry_start = as_written.ENTRY_HEADER.encode("ascii")
    first = raw.find(entry_start)
    if first == -1:
        first = len(raw)  # no entry (yet, or any more): all header
    try:
        header_text = raw[:first].decode("utf-8")
    except UnicodeDecodeError:
        return None
    header = as_written.header(header_text)
    if header is None:  # a key or a comment of one's own, say
        import tomllib

        try:
            header = tomllib.loads(header_text)
        except tomllib.TOMLDecodeError:
            return None
    if ENTRY_TABLE in header:
        return None
    entries: list[Entry] = []
    start = first
    with without_cycle_collection():
        while start < len(raw):
            # A piece ends where an entry starts: no entry is ever cut in two.
            end = raw.find(entry_start, start + _BYTES_PER_PIECE)
            end = len(raw) if end == -1 else end
            try:
                text = raw[start:end].decode("utf-8")
            except UnicodeDecodeError:
                return None
            piece = as_written.read(text, entry_of)
            if piece is None:
                return None
            entries += piece
            start = end
    try:
        version = parse_version(header, path)
        deleted = parse_deleted(header, path)
    except SteentjeError:
        return None  # the full reading gives the error, after any of the entries'
    extra = {key: value for key, value in header.items() if key not in ("version", DELETED_TABLE)}
    return Journal(
        path, exists=True, version=version, entries=tuple(entries), extra=extra, deleted=deleted
    )


def _pieces(raw: bytes, starts: list[int]) -> tuple[dict[str, Any], list[slice]] | None:
    """The header's data and the byte ranges of the entries, or None to read the text whole."""
    first = starts[0] if starts else len(raw)
    try:
        header = parse_toml(raw[:first].decode("utf-8"), Path("-"))
    except (UnicodeDecodeError, SteentjeError):
        return None
    if ENTRY_TABLE in header:
        return None  # `entries = [...]`: tables after it would not belong to it
    bounds = [*starts[::_ENTRIES_PER_PIECE], len(raw)]
    return header, [slice(start, end) for start, end in itertools.pairwise(bounds)]


def entry_tables(block: bytes) -> list[dict[str, Any]] | None:
    """The [[entries]] tables that make up *block*, when that is all it holds and all are valid."""
    try:
        data = parse_toml(block.decode("utf-8"), Path("-"))
    except (UnicodeDecodeError, SteentjeError):
        return None
    tables = data.get(ENTRY_TABLE)
    if len(data) != 1 or not isinstance(tables, list):
        return None
    if any(entry_problem(table) is not None for table in tables):
        return None
    return tables


def parse_version(data: Mapping[str, Any], path: Path) -> int:
    """The journal's format version (1 when a hand-made file leaves it out)."""
    version = data.get("version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SteentjeError(t("bad_version", path=path))
    return version


def entry_error(path: Path, text: str, position: int, count: int, problem: str) -> SteentjeError:
    """An error naming the entry's line; the last entry's problem reads as a torn write."""
    line = entry_line(text, position)
    where = t("where_line", path=path, line=line) if line else str(path)
    if position == count and torn_tail(text.encode("utf-8")) is not None:
        return SteentjeError(t("last_entry_incomplete", where=where, problem=problem))
    return SteentjeError(t("bad_entry", where=where, number=position, problem=problem))


def entry_line(text: str, position: int) -> int | None:
    """The line number of the *position*-th [[entries]] header, for error messages."""
    offsets = entry_header_offsets(text.encode("utf-8"))
    if not 1 <= position <= len(offsets):
        return None
    return text.encode("utf-8").count(b"\n", 0, offsets[position - 1]) + 1


def last_entry_line(text: str) -> int | None:
    """The line number of the last [[entries]] header."""
    raw = text.encode("utf-8")
    found = find_entry_header(raw, last=True)
    return None if found is None else raw.count(b"\n", 0, found) + 1


# The one definition of an entry's header line: [[entries]], as TOML allows it
# to be written (spaces inside and around, a comment after it). Searched from
# its "[[" rather than from every line's start, which is several times faster on
# a large journal; ``_header_lines`` then keeps the matches that start a line.
_HEADER_LINE = re.compile(rb"\[\[[ \t]*entries[ \t]*\]\][ \t]*(?:#[^\n]*)?\r?$", re.MULTILINE)


def _header_lines(buffer: bytes) -> Iterator[int]:
    """Where each [[entries]] header line begins (its indent included)."""
    for found in _HEADER_LINE.finditer(buffer):
        at = found.start()
        line = buffer.rfind(b"\n", 0, at) + 1
        if not buffer[line:at].strip(b" \t"):
            yield line


def find_entry_header(buffer: bytes, *, last: bool = False) -> int | None:
    """Offset of the start of the first (or last) [[entries]] header line."""
    offset = None
    for offset in _header_lines(buffer):
        if not last:
            return offset
    return offset


def entry_header_offsets(buffer: bytes) -> list[int]:
    """Where every [[entries]] header line starts."""
    return list(_header_lines(buffer))


def torn_tail(raw: bytes) -> int | None:
    """Where an interrupted append left a cut-off last entry: the offset to cut at, or None.

    steentje appends an entry in one write of its keys in a fixed order, so an
    interrupted append leaves the start of such a block: whole lines holding
    the first few keys in that order, then perhaps part of a line. Everything
    before the last [[entries]] line must be intact. Any other damage (a typo,
    a wrong type, a line broken in the middle of the file) is not a torn tail:
    cutting there would lose what the user wrote.
    """
    # Cut inside the header line itself: the file ends in the start of "[[entries]]".
    final_line = raw[raw.rstrip(b"\r\n").rfind(b"\n") + 1 :]
    fragment = final_line.strip()
    if fragment and _HEADER_TEXT.startswith(fragment) and fragment != _HEADER_TEXT:
        head = raw[: len(raw) - len(final_line)]
        return len(head) if loads_or_none(head) is not None else None
    last = find_entry_header(raw, last=True)
    if last is None or loads_or_none(raw[:last]) is None:
        return None
    tail = raw[last:]
    partial = tail[tail.rfind(b"\n") + 1 :]
    data = loads_or_none(tail[: len(tail) - len(partial)])
    tables = data.get(ENTRY_TABLE) if data is not None else None
    if not isinstance(tables, list) or len(tables) != 1 or not isinstance(tables[0], dict):
        return None
    keys = tuple(tables[0])
    if not written_in_order(keys):
        return None  # not the start of what steentje writes
    whole = entry_problem(tables[0]) is None
    every_key = keys[: len(ALWAYS_WRITTEN)] == ALWAYS_WRITTEN
    if not partial.strip() and (every_key or whole):
        return None  # every line whole and every key there: damaged, but not cut off
    # Without its `set` line an entry would read as the bundled set's: a cut there
    # takes the entry, never relabels it.
    if whole and not partial.lstrip().startswith(b"set"):
        # A whole entry, then a line cut short (a key written after the known ones):
        # only that line goes, never the entry.
        return len(raw) - len(partial)
    return last


def written_in_order(keys: Sequence[str]) -> bool:
    """Whether *keys* could start an entry steentje writes: the keys it always writes in
    their order, then those written only when set (``starred``, ``set``, ...) in theirs."""
    if keys[: len(ALWAYS_WRITTEN)] != ALWAYS_WRITTEN[: len(keys)]:
        return False
    rest = [
        KNOWN_FIELDS.index(key) if key in KNOWN_FIELDS else -1
        for key in keys[len(ALWAYS_WRITTEN) :]
    ]
    return all(position >= len(ALWAYS_WRITTEN) for position in rest) and rest == sorted(set(rest))


_HEADER_TEXT = b"[[" + ENTRY_TABLE.encode("ascii") + b"]]"


def loads_or_none(raw: bytes) -> dict[str, Any] | None:
    """*raw* as TOML (tomllib's reading), or None when it is not UTF-8 TOML."""
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


def entry_problem(table: Any) -> str | None:
    """What is wrong with one [[entries]] table, or None when it is valid.

    Field by field in the order they are written, the kind of value first, then
    the rule for it (the rules are ``values_problem``'s, shared through the
    small predicates below).
    """
    if not isinstance(table, dict):
        return t("not_a_table")
    entry_id = table.get("id")
    if not isinstance(entry_id, str) or not _id_ok(entry_id):
        return t("field_id")
    moment = table.get("date")
    if not isinstance(moment, dt.datetime):
        return t("field_date")
    if not _year_ok(moment):
        return t("field_date_range", first=EARLIEST, last=LATEST)
    principle_set = table.get("set")
    if not (principle_set is None or isinstance(principle_set, str)) or not _set_ok(principle_set):
        return t("field_set")
    principle = table.get("principle")
    if type(principle) is not int or not _principle_ok(principle):  # bool is no number here
        return t("field_principle", count=MAX_PRINCIPLES)
    if not isinstance(table.get("prompt", ""), str):
        return t("field_prompt")
    if not isinstance(table.get("answer"), str):
        return t("field_answer")
    tags = table.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        return t("field_tags")
    if not isinstance(table.get("starred", False), bool):
        return t("field_starred")
    for key in ("intention", "outcome"):
        if not isinstance(table.get(key, ""), str):
            return t("field_text", field=key)
    if not _outcome_ok(table.get("intention", ""), table.get("outcome", "")):
        return t("field_outcome_alone")
    outcome_day = table.get("outcome_date")
    if outcome_day is not None and (type(outcome_day) is not dt.date or not _year_ok(outcome_day)):
        return t("field_outcome_date")
    edited = table.get("edited")
    if edited is not None and not isinstance(edited, dt.datetime):
        return t("field_edited")
    earlier = table.get("edited_before", [])
    if not isinstance(earlier, list) or not all(isinstance(one, dt.datetime) for one in earlier):
        return t("field_edited_before")
    return _moments_problem(edited, earlier)


def values_problem(
    entry_id: str,
    moment: dt.datetime,
    principle: int,
    principle_set: str | None,
    intention: str,
    outcome: str,
    outcome_day: dt.date | None,
    edited: dt.datetime | None,
    earlier: Iterable[dt.datetime],
) -> str | None:
    """What is wrong with an entry's values, each of the right kind, or None when all are valid.

    *principle_set* is None when the entry has no ``set`` (the bundled set).
    """
    if not _id_ok(entry_id):
        return t("field_id")
    if not _year_ok(moment):
        return t("field_date_range", first=EARLIEST, last=LATEST)
    if not _set_ok(principle_set):
        return t("field_set")
    if not _principle_ok(principle):
        return t("field_principle", count=MAX_PRINCIPLES)
    if not _outcome_ok(intention, outcome):
        return t("field_outcome_alone")
    if outcome_day is not None and not _year_ok(outcome_day):
        return t("field_outcome_date")
    return _moments_problem(edited, earlier)


def _id_ok(entry_id: str) -> bool:
    return bool(entry_id.strip())


def _year_ok(day: dt.date) -> bool:
    # Week and calendar arithmetic (and a local time's offset) overflow near year 1
    # or 9999; no reflection is there.
    return EARLIEST.year <= day.year <= LATEST.year


def _set_ok(principle_set: str | None) -> bool:
    return principle_set is None or is_set_id(principle_set)


def _principle_ok(principle: int) -> bool:
    # Any set's numbers: the bundled set's seven and the MAX_PRINCIPLES of one's own
    # alike (an entry whose append was cut off before its `set` line still reads).
    return FREE <= principle <= MAX_PRINCIPLES


def _outcome_ok(intention: str, outcome: str) -> bool:
    return not outcome or bool(intention)


def _moments_problem(edited: dt.datetime | None, earlier: Iterable[dt.datetime]) -> str | None:
    """The moments of change out of the years steentje knows, if any."""
    if edited is not None and not _year_ok(edited):
        return t("field_moment_range", field="edited", first=EARLIEST, last=LATEST)
    if not all(_year_ok(when) for when in earlier):
        return t("field_moment_range", field="edited_before", first=EARLIEST, last=LATEST)
    return None


def entry_from_table(table: Mapping[str, Any]) -> Entry:
    """Build an entry from a table that ``entry_problem`` accepted."""
    extra = (
        {}
        if table.keys() <= _KNOWN_KEYS
        else {key: value for key, value in table.items() if key not in _KNOWN_KEYS}
    )
    entry = entry_of(
        table["id"], table["date"], table["principle"], table.get("prompt", ""),
        table["answer"], table.get("tags", ()), table.get("starred", False), table.get("set"),
        table.get("intention", ""), table.get("outcome", ""), table.get("outcome_date"),
        table.get("edited"), table.get("edited_before", ()), extra,
    )  # fmt: skip
    assert entry is not None, "entry_problem has checked the same values"
    return entry


def entry_of(
    entry_id: str,
    moment: dt.datetime,
    principle: int,
    prompt: str,
    answer: str,
    tags: Iterable[str],
    starred: bool,
    principle_set: str | None,
    intention: str,
    outcome: str,
    outcome_day: dt.date | None,
    edited: dt.datetime | None,
    earlier: Iterable[dt.datetime],
    extra: Mapping[str, Any] | None = None,
) -> Entry | None:
    """The entry of these values (those of ``as_written.FIELDS``, each of the right kind),
    or None when the rules refuse one (``values_problem``).

    *principle_set* is None for an entry without ``set`` (the bundled set). A
    moment without offset is read as local time. Built as a ``_Draft`` (below)
    and then made an ``Entry``: the frozen dataclass's own ways in (its
    __init__, or object.__setattr__ per field) were two thirds of building the
    entries of a large journal. A test checks every field is set and the entry
    is as frozen as any other.
    """
    if values_problem(
        entry_id, moment, principle, principle_set, intention, outcome, outcome_day, edited,
        earlier,
    ) is not None:  # fmt: skip
        return None
    if moment.tzinfo is None:
        # A hand-written local time without offset: read it as local time.
        moment = moment.astimezone()
    if edited is not None and edited.tzinfo is None:
        edited = edited.astimezone()
    earlier = tuple(earlier)
    if earlier:  # (most entries never changed: no generator made for them)
        earlier = tuple(when if when.tzinfo else when.astimezone() for when in earlier)
    draft: Any = object.__new__(_Draft)
    draft.id = entry_id
    draft.date = moment
    draft.principle = principle
    # A journal asks the same few dozen questions thousands of times: one copy
    # of each saves about a tenth of a large journal's memory.
    draft.prompt = sys.intern(prompt)
    draft.answer = answer
    draft.tags = tuple(tags)
    draft.extra = {} if extra is None else extra
    draft.starred = starred
    draft.principle_set = principle_set or ""
    draft.intention = intention
    draft.outcome = outcome
    draft.outcome_date = outcome_day
    draft.edited = edited
    draft.edited_before = earlier
    # The same slots in the same order, so Python lets the object change class;
    # from here on it is an Entry, frozen like any other.
    object.__setattr__(draft, "__class__", Entry)
    entry: Entry = draft
    return entry


class _Draft:
    """An Entry's slots without the frozen dataclass's guard: written once by ``entry_of``."""

    __slots__ = Entry.__slots__


_KNOWN_KEYS = frozenset(KNOWN_FIELDS)


# --- writing -----------------------------------------------------------------


def entry_block(entry: Entry) -> bytes:
    """The bytes appended for one entry: a blank line and its [[entries]] table."""
    import tomli_w

    # tomli_w writes every string on one line (newlines as \n escapes), so a
    # line reading [[entries]] is always a table header: the tail reader relies on it.
    return ("\n" + tomli_w.dumps({ENTRY_TABLE: [entry.to_table()]})).encode("utf-8")


def journal_header(
    version: int = SCHEMA_VERSION,
    extra: Mapping[str, Any] | None = None,
    deleted: Mapping[str, dt.datetime] | None = None,
) -> bytes:
    """The top of a journal file: a comment, the version, other top-level keys, deletions."""
    import tomli_w

    tables = {DELETED_TABLE: dict(deleted)} if deleted else {}
    top = tomli_w.dumps({"version": version, **(extra or {}), **tables})
    # The comment at the top speaks the language of whoever wrote the file last.
    return (t("journal_preamble") + top).encode("utf-8")


def journal_bytes(journal: Journal) -> bytes:
    """A whole journal file, as a rewrite writes it."""
    parts = [journal_header(journal.version, journal.extra, journal.deleted)]
    parts.extend(entry_block(entry) for entry in journal.entries)
    return b"".join(parts)
