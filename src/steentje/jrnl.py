"""jrnl's journals, read: its plain-text journal file and its ``jrnl --export json``.

Every jrnl entry becomes a free reflection (it answers no principle and no
question): its moment (jrnl keeps local time without an offset: it gets the
local UTC offset of its own day), its title and body as the answer (title
first), its ``@tags`` and ``#tags`` as tags (normalised by the tag rule) and
its star. jrnl has no ids: an entry's id is derived from its minute and its
words (``jrnl_id``), so importing the same journal twice, or its plain text
after its JSON export, adds nothing the second time.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from steentje.errors import SteentjeError
from steentje.exchange import load_json
from steentje.journal import FREE, Entry, entry_problem, normalised_tags, require_text
from steentje.words import t

# jrnl writes its dates with its config's ``timeformat``: "%F %r" by default
# since jrnl 2.x ([2026-11-20 09:15:00 AM]), "%Y-%m-%d %H:%M" before that.
TIME_FORMATS = (
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
)
# Examples of the forms above, for error messages.
FORM_EXAMPLES = "2026-11-20 09:15:00 AM, 2026-11-20 09:15 AM, 2026-11-20 09:15:00, 2026-11-20 09:15"
# A line that starts an entry: "[date] title" (jrnl's own pattern: a space after "]").
_HEADER = re.compile(r"\[([^\]\n]+)\](?: (.*)|$)")
# A bracket that holds what looks like a date: it must read as one (else it is text).
# jrnl's tag pattern with its default tag symbols ("#@"): Entry.tag_regex in jrnl 4.6.
_JRNL_TAG = re.compile(r"(?<!\S)[#@]([-+*#/\w]+)")


# How jrnl's encrypted journals start: jrnl 4.6 writes "JRNLv3" and a binary
# header; jrnl 2 and 3 a Fernet token, base64 that starts "gAAAAA".
_ENCRYPTED_STARTS = (b"JRNLv3", b"gAAAAA")


def is_encrypted(raw: bytes) -> bool:
    """Whether *raw* is an encrypted jrnl journal (steentje cannot read it)."""
    return raw.startswith(_ENCRYPTED_STARTS)


def looks_like_json(text: str) -> bool:
    """Whether *text* is JSON (a jrnl export, or some other) rather than a journal file.

    A journal file starts with "[", as a JSON list does: it is JSON when it parses as such.
    """
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("{"):
        return True
    if not start.startswith("["):
        return False
    try:
        json.loads(start)
    except (ValueError, RecursionError):
        return False
    return True


def entries_from_jrnl(text: str, source: Path) -> list[Entry]:
    """The entries of a jrnl journal file or of its JSON export, all checked first."""
    if looks_like_json(text):
        return entries_from_jrnl_json(text, source)
    return entries_from_jrnl_text(text, source)


def jrnl_id(moment: dt.datetime, answer: str) -> str:
    """An id from the entry's local minute and its words, as steentje's ids look (8 characters).

    Seconds are left out (jrnl's JSON export has none) and so is how the words
    are spaced (the export splits a title from its body with a newline).
    """
    key = f"jrnl {moment:%Y-%m-%d %H:%M} {' '.join(answer.split())}"
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return base64.b32encode(digest[:5]).decode("ascii").lower()


def read_moment(text: str) -> dt.datetime | None:
    """A jrnl date as jrnl's time formats write it, as naive local time; None when none fits."""
    for form in TIME_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), form)
        except ValueError:
            continue
    return None


def entries_from_jrnl_text(text: str, source: Path) -> list[Entry]:
    """Entries from jrnl's plain-text journal; an error names the line."""
    lines = text.removeprefix("\ufeff").split("\n")
    found: list[tuple[int, dt.datetime, str, list[str]]] = []  # line, moment, title, body
    for number, raw in enumerate(lines, start=1):
        line = raw.removesuffix("\r")
        header = _HEADER.match(line)
        moment = read_moment(header.group(1)) if header else None
        # As jrnl: once an entry has begun, a bracketed line that is no header of this
        # format is part of its body (a note such as "[2026-12-01] follow-up").
        if header and moment is None and not found:
            raise SteentjeError(
                t(
                    "jrnl_bad_date",
                    where=t("where_line", path=source, line=number),
                    text=header.group(1),
                    forms=FORM_EXAMPLES,
                )
            )
        if header and moment is not None:
            found.append((number, moment, header.group(2) or "", []))
        elif found:
            found[-1][3].append(line)
        elif line.strip():
            raise SteentjeError(
                t("jrnl_not_a_journal", where=t("where_line", path=source, line=number))
            )
    entries = []
    for number, moment, title, body in found:
        starred = title.rstrip().endswith("*")
        if starred:
            title = title.rstrip(" *")
        answer = "\n".join([title.strip(), *body]).strip()
        tags = list(_JRNL_TAG.findall(answer))
        entry = _entry(moment, answer, tags, starred)
        problem = _problem(entry)
        if problem is not None:
            where = t("where_line", path=source, line=number)
            raise SteentjeError(t("jrnl_bad_entry", where=where, problem=problem))
        if entry.answer:
            entries.append(entry)
    return entries


def entries_from_jrnl_json(text: str, source: Path) -> list[Entry]:
    """Entries from ``jrnl --export json``; an error names the entry (JSON errors, the line)."""
    data = load_json(text.removeprefix("\ufeff"), source)
    items = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise SteentjeError(t("jrnl_not_an_export", path=source))
    entries = []
    for number, item in enumerate(items, start=1):
        entry = _entry_from_item(item)
        problem = entry if isinstance(entry, str) else _problem(entry)
        if problem is not None:
            raise SteentjeError(t("jrnl_bad_item", path=source, number=number, problem=problem))
        assert isinstance(entry, Entry)
        if entry.answer:
            entries.append(entry)
    return entries


def _entry_from_item(item: Any) -> Entry | str:
    """One exported jrnl entry as an entry, or what is wrong with it."""
    if not isinstance(item, dict):
        return t("import_not_object")
    title, body = item.get("title", ""), item.get("body", "")
    if not isinstance(title, str) or not isinstance(body, str):
        return t("jrnl_field_text")
    try:
        moment = dt.datetime.strptime(f"{item.get('date')} {item.get('time')}", "%Y-%m-%d %H:%M")
    except ValueError:
        return t("jrnl_field_date")
    tags, starred = item.get("tags", []), item.get("starred", False)
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        return t("field_tags")
    if not isinstance(starred, bool):
        return t("field_starred")
    answer = "\n".join(part for part in (title.strip(), body.strip()) if part)
    return _entry(moment, answer, tags, starred)


def _entry(moment: dt.datetime, answer: str, tags: list[str], starred: bool) -> Entry:
    # jrnl keeps local time: it gets the local zone's UTC offset of its own day.
    try:
        when = moment.astimezone().replace(microsecond=0)
    except (OverflowError, OSError, ValueError):
        when = moment.replace(tzinfo=dt.UTC)  # beyond what the system's zone knows
    return Entry(
        id=jrnl_id(moment, answer),
        date=when,
        principle=FREE,
        prompt="",
        answer=answer,
        tags=normalised_tags(tags),
        starred=starred,
    )


def _problem(entry: Entry) -> str | None:
    """What keeps *entry* out of a journal: the journal's own check, and text that is UTF-8."""
    try:
        require_text(entry.answer, t("field_name_answer"))
        for tag in entry.tags:
            require_text(tag, t("field_name_tag"))
    except SteentjeError as error:
        return str(error).split(";")[0]
    return entry_problem(entry.to_table())
