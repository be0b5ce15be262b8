"""Choosing which journal entries to show: filters, search and their matches."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from datetime import date
from functools import cache

from steentje.journal import Entry, normalised_tag


@cache
def _marks() -> re.Pattern[str]:
    """A pattern for the combining marks of the Basic Multilingual Plane (accents...)."""
    ranges: list[tuple[int, int]] = []
    for point in range(0x300, 0x10000):
        if unicodedata.combining(chr(point)):
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1] = (ranges[-1][0], point)
            else:
                ranges.append((point, point))
    return re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]")


def fold(text: str) -> str:
    """Text for matching: case and accents dropped, so "geloof" finds "Gelóóf"."""
    if text.isascii():
        return text.lower()  # no accents to drop; much faster for the common case
    return _marks().sub("", unicodedata.normalize("NFKD", text)).casefold()


@cache
def _folded_prompt(prompt: str) -> str:
    # A journal asks only a few dozen distinct prompts: fold each once.
    return fold(prompt)


def _fold_char(char: str) -> str:
    return fold(char)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where *query* occurs in *text*, ignoring case and accents, as (start, end) in *text*."""
    needle = fold(query)
    if not needle:
        return []
    if text.isascii():
        haystack, owner = text.lower(), None  # one character each: positions carry over
    else:
        # Folding can change lengths ("ß" is "ss", "é" is "e" plus a mark that goes), so
        # remember which character of *text* each folded character came from.
        parts = [char.lower() if char.isascii() else _fold_char(char) for char in text]
        owner = [position for position, part in enumerate(parts) for _ in part]
        haystack = "".join(parts)
    spans = []
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        spans.append((start, end) if owner is None else (owner[start], owner[end - 1] + 1))
        start = haystack.find(needle, end)
    return spans


def entry_matches(entry: Entry, query: str) -> bool:
    """True when *query* occurs in the entry's answer or prompt."""
    needle = fold(query)
    return needle in fold(entry.answer) or needle in _folded_prompt(entry.prompt)


def select_entries(
    entries: Iterable[Entry],
    *,
    principles: Collection[int] = (),
    tags: Collection[str] = (),
    search: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
    all_tags: bool = False,
    not_tags: Collection[str] = (),
    starred: bool = False,
    principle_set: str | None = None,
) -> list[Entry]:
    """Entries newest first, each filter narrowing the others, at most *limit*.

    *principles* are numbers of the set *principle_set* (of any set when None).

    Several principles or several tags mean any of them (every tag, with
    *all_tags*); an entry with one of *not_tags* is left out; *search* looks in
    the answer and the prompt; *since* and *until* are inclusive local days.
    Tags are compared as stored by the rule (a journal's ``Team`` is ``team``),
    ignoring accents.
    """
    # Entries with the same moment come latest-written first.
    numbered = sorted(enumerate(entries), key=lambda pair: (pair[1].date, pair[0]), reverse=True)
    wanted_tags = {_tag_key(tag) for tag in tags}
    unwanted_tags = {_tag_key(tag) for tag in not_tags}
    chosen = [
        entry
        for _, entry in numbered
        if (
            not principles
            or (entry.principle in principles and principle_set in (None, entry.set_id))
        )
        and (since is None or entry.day >= since)
        and (until is None or entry.day <= until)
        and (not starred or entry.starred)
        and _tags_match(entry, wanted_tags, unwanted_tags, every=all_tags)
        and (search is None or entry_matches(entry, search))
    ]
    return chosen if limit is None else chosen[:limit]


def _tag_key(tag: str) -> str:
    """A tag as filters compare it: normalised by the tag rule, accents dropped."""
    return fold(normalised_tag(tag))


def _tags_match(entry: Entry, wanted: set[str], unwanted: set[str], *, every: bool) -> bool:
    if not wanted and not unwanted:
        return True
    has = {_tag_key(tag) for tag in entry.tags}
    if has & unwanted:
        return False
    if not wanted:
        return True
    return wanted <= has if every else bool(wanted & has)
