"""Read entries laid out exactly as steentje writes them, without a TOML parser.

Every entry steentje writes comes out of tomli_w in one layout: a blank line, the
``[[entries]]`` header, then one ``key = value`` line per field in a fixed order,
strings on one line with backslash escapes, arrays one item per line. A journal
nobody edited by hand is only that after its header. One regular expression per
entry finds the fields (its ``.*`` runs at C speed over the long answers), so a
journal of 10,000 entries reads in about half the time rtoml and its conversions
took, without importing it. The header, small, is read the same way.

This reader is a shortcut, never a second opinion. It accepts a value only where
its text is the one way tomli_w writes it (a date-time as str() writes it, in the
ranges where TOML and fromisoformat agree; an integer without sign or leading
zero; a string without an escape that TOML and JSON read otherwise), so what it
returns is what any TOML parser returns. Anything else (a comment, a key it does
not know, another order, a torn tail) gives None, and the full parse reads the
text, with its values and its error messages. Tests check it against tomllib on
every journal steentje can write and on hand edits of them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import TypeVar

ENTRY_HEADER = "\n[[entries]]\n"

# A date-time as str() writes it, in the ranges TOML and fromisoformat agree on
# (so an hour 24 or a leap second, which one of them may take, goes to the full parse).
_MOMENT = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2} (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(?:\.[0-9]{6})?(?:[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?"
)
# The fields in the order steentje writes them (``journal.KNOWN_FIELDS``; a test
# checks this reads an entry with every field). ``.`` is anything but a newline:
# a string's escapes and quotes are checked afterwards, where needed. Repeated
# lines (array items, comments, deleted ids) are possessive (``++``, ``*+``): no
# line after them could be one of them, and ``re`` would otherwise keep a way back
# for every one (hundreds of MB for a few hundred thousand lines).
_ENTRY = re.compile(
    r"\n\[\[entries\]\]\n"
    r'id = "(.*)"\n'
    rf"date = ({_MOMENT})\n"
    r"principle = (0|[1-9][0-9]{0,2})\n"
    r'prompt = "(.*)"\n'
    r'answer = "(.*)"\n'
    r'tags = (?:\[\]|\[\n((?:    ".*",\n)++)\])\n'
    r"(?:starred = (true|false)\n)?"
    r'(?:set = "(.*)"\n)?'
    r'(?:intention = "(.*)"\n)?'
    r'(?:outcome = "(.*)"\n)?'
    r"(?:outcome_date = ([0-9]{4}-[0-9]{2}-[0-9]{2})\n)?"
    rf"(?:edited = ({_MOMENT})\n)?"
    rf"(?:edited_before = \[\n((?:    {_MOMENT},\n)++)\]\n)?"
)
# What ``read`` hands to its *make* for each entry, in this order.
FIELDS = (
    "id", "date", "principle", "prompt", "answer", "tags", "starred", "set", "intention",
    "outcome", "outcome_date", "edited", "edited_before",
)  # fmt: skip
T = TypeVar("T")

# The bytes of a journal this reader takes: every byte but the control characters
# TOML refuses in a string or a comment (tab and newline are allowed), among them
# CR, which only a CR LF line end may hold. ``bytes.translate`` deletes these bytes
# and leaves any others.
_READABLE_BYTES = bytes(byte for byte in range(256) if byte in (9, 10) or 32 <= byte != 127)
# Each escape, from its backslash; the group holds one JSON reads otherwise than
# TOML: \/ (no TOML escape), a \u of half a surrogate pair (TOML refuses it; JSON
# joins a pair), a \u without four hex digits (the pure-Python JSON scanner, used
# where the C one is missing, takes " 041" or "+041").
_JSON_ONLY_ESCAPE = re.compile(r"\\(?:(/|u[dD][89a-fA-F]|u(?![0-9a-fA-F]{4}))|.)")
_scan_string = json.decoder.scanstring  # type: ignore[attr-defined]


# A header as steentje writes it: its comment, the version, and the ids deleted
# (bare keys, as tomli_w writes ids of letters, digits, - and _).
_HEADER = re.compile(
    r"(?:#.*\n)*+version = ([1-9][0-9]{0,8})\n"
    rf"(?:\n\[deleted\]\n((?:[A-Za-z0-9_-]+ = {_MOMENT}\n)++))?"
)


def header(text: str) -> dict[str, object] | None:
    """The version and the deleted ids of a header laid out as steentje writes it, else None.

    *text* is everything before the first entry (the whole file when it has none);
    its bytes passed ``has_only_readable_bytes`` (a comment takes any other text).
    """
    found = _HEADER.fullmatch(text)
    if found is None:
        return None
    version, deleted = found.groups()
    data: dict[str, object] = {"version": int(version)}
    if deleted is not None:
        pairs = [line.split(" = ") for line in deleted.split("\n")[:-1]]
        try:
            moments = {key: dt.datetime.fromisoformat(moment) for key, moment in pairs}
        except ValueError:  # a day that does not exist
            return None
        if len(moments) != len(pairs):
            return None  # an id twice: TOML refuses it, so the full parse says so
        data["deleted"] = moments
    return data


def has_only_readable_bytes(raw: bytes) -> bool:
    """Whether *raw* holds no control character but tab and newline (so no CR), and no DEL."""
    return not raw.translate(None, _READABLE_BYTES)


def read(text: str, make: Callable[..., T | None]) -> list[T] | None:
    """What *make* builds of each entry in *text*, in order; None when any entry is not
    laid out as steentje writes it, or *make* refuses one (returns None).

    *text* starts with the blank line before the first ``[[entries]]`` header and
    runs to the end of the file; its bytes passed ``has_only_readable_bytes``.
    *make* gets the entry's values in the order of ``FIELDS``, with an absent
    ``set`` as None and any other absent field as its default.
    """
    built: list[T] = []
    append = built.append
    from_text = dt.datetime.fromisoformat
    position = 0
    for found in _ENTRY.finditer(text):
        if found.start() != position:
            return None  # something between two entries
        position = found.end()
        (entry_id, moment, principle, prompt, answer, tags, starred, principle_set,
         intention, outcome, outcome_day, edited, earlier) = found.groups()  # fmt: skip
        # Each string's line holds at least its two quotes (the expression asks for
        # them): with no more quotes than that in the entry and no backslash, each
        # string is its text. Most entries go this way.
        block = found.group(0)
        strings = 3 + (tags.count("\n") if tags else 0)
        strings += (principle_set is not None) + (intention is not None) + (outcome is not None)
        if "\\" in block or block.count('"') != 2 * strings:
            values = _unescaped((entry_id, prompt, answer, principle_set, intention, outcome))
            tag_values = _unescaped_items(tags)
            if values is None or tag_values is None:
                return None
            entry_id, prompt, answer, principle_set, intention, outcome = values
        else:
            # Items ``    "a",`` and ``    "b",``: a",\n    "b inside the outer quotes.
            tag_values = tuple(tags[5:-3].split('",\n    "')) if tags else ()
        try:
            entry = make(
                entry_id, from_text(moment), int(principle), prompt, answer, tag_values,
                starred == "true", principle_set, intention or "", outcome or "",
                None if outcome_day is None else dt.date.fromisoformat(outcome_day),
                None if edited is None else from_text(edited),
                () if earlier is None else tuple(
                    [from_text(line[4:-1]) for line in earlier.split("\n")[:-1]]
                ),
            )  # fmt: skip
        except ValueError:  # a day that does not exist, such as 30 February
            return None
        if entry is None:
            return None
        append(entry)
    return built if position == len(text) else None


def _unescaped(texts: tuple[str | None, ...]) -> tuple[str | None, ...] | None:
    """Each string's value from its text between the quotes (None stays None); None if one fails."""
    values = []
    for text in texts:
        # Most of an escaped entry's strings hold no escape: no call for those.
        if text is not None and ("\\" in text or '"' in text):
            text = _string(text)
            if text is None:
                return None
        values.append(text)
    return tuple(values)


def _unescaped_items(lines: str | None) -> tuple[str, ...] | None:
    """A string array's values from its item lines (``    "…",`` each), or None if one fails."""
    if lines is None:
        return ()
    values = [_string(line[5:-2]) for line in lines.split("\n")[:-1]]
    return None if None in values else tuple(values)  # type: ignore[arg-type]


def _string(body: str) -> str | None:
    """A basic string's value from the text between its quotes, or None when in doubt."""
    if "\\" not in body:
        return None if '"' in body else body
    if any(_JSON_ONLY_ESCAPE.findall(body)):  # "" for each escape both read alike
        return None
    try:
        value, end = _scan_string(body + '"', 0, False)
    except ValueError:  # an escape JSON does not know, so neither does tomli_w
        return None
    # The scan stops at the first quote no backslash escapes: it must be the last.
    return value if end == len(body) + 1 else None
