"""Merging copies of the journal: entries by id, the later change winning, nothing lost.

No file access happens here (``storage.merging`` reads and writes). Two copies
of one journal (another machine's, a sync tool's conflict copy, git's "theirs")
are merged by entry id:

- an entry only one copy has is kept; one both have alike is kept once;
- an id either copy records as deleted (``Journal.deleted``) stays deleted;
- an entry both copies changed differently resolves to the later change (its
  ``edited`` moment); the other version is kept as a *conflict copy*: the same
  entry under an id made from its content, tagged ``conflict``, so that it is
  seen in ``review --conflicts`` and merging again makes no second one.
  A version that is an older state of the other (never changed, or changed at
  a moment the other records in ``edited_before``) is no conflict: the newer
  state is kept, without a copy. With the common ancestor (git's merge driver)
  a side that did not change an entry never causes a copy either.

The result does not depend on which copy is "ours": merging A into B gives
the entries merging B into A gives, and merging the same copy twice changes
nothing (tests check both with hypothesis).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from steentje.journal import (
    CONFLICT_TAG,
    Entry,
    Journal,
    entry_block,
    normalised_tags,
    same_entry,
)

_NEVER = dt.datetime(1, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Changes:
    """What differs between two states of a journal, counted by entry."""

    new: int = 0
    edited: int = 0
    conflicts: int = 0
    deleted: int = 0

    def __bool__(self) -> bool:
        return bool(self.new or self.edited or self.conflicts or self.deleted)

    def __add__(self, other: Changes) -> Changes:
        return Changes(
            self.new + other.new, self.edited + other.edited,
            self.conflicts + other.conflicts, self.deleted + other.deleted,
        )  # fmt: skip


@dataclass(frozen=True)
class Merged:
    """The merged journal, what the merge did to *ours*, and whether anything changed
    (an entry, or only the record of deletions)."""

    journal: Journal
    changes: Changes
    changed: bool


def merge_journals(ours: Journal, theirs: Journal, ancestor: Journal | None = None) -> Merged:
    """*ours* with *theirs* merged in (three-way when the common *ancestor* is known)."""
    deleted = merged_deletions(ours.deleted, theirs.deleted)
    mine = {entry.id: entry for entry in ours.entries}
    other = {entry.id: entry for entry in theirs.entries}
    base = {} if ancestor is None else {entry.id: entry for entry in ancestor.entries}
    for entry_id, old in base.items():
        # Gone from one side without a record (an older steentje, a hand edit), not
        # changed on the other: deleted, as git would have it.
        here, there = mine.get(entry_id), other.get(entry_id)
        if entry_id in deleted or (here is not None and there is not None):
            continue
        remaining = here or there
        if remaining is None or same_entry(remaining, old):
            deleted[entry_id] = old.edited or old.date
    chosen: dict[str, Entry] = {}
    copies: list[tuple[str, Entry]] = []  # (the id it stands beside, the copy)
    order = [*mine, *(key for key in other if key not in mine)]
    for entry_id in order:
        here, there = mine.get(entry_id), other.get(entry_id)
        if entry_id in deleted:
            # Deleted on one machine, changed later on another: the deletion holds,
            # and the later version is kept beside it as a conflict copy.
            for version in _changed_after(deleted[entry_id], here, there):
                copies.append((entry_id, conflict_copy(version)))
            continue
        if here is None or there is None:
            chosen[entry_id] = here or there  # type: ignore[assignment]
            continue
        winner, loser = _resolve(here, there, base.get(entry_id))
        chosen[entry_id] = winner
        if loser is not None:
            copies.append((entry_id, conflict_copy(loser)))
    after: dict[str, list[Entry]] = {}
    for beside, copy in copies:
        waiting = after.setdefault(beside, [])
        if copy.id not in chosen and copy.id not in deleted and copy not in waiting:
            waiting.append(copy)
    entries: list[Entry] = []
    for entry_id in order:
        if entry_id in chosen:
            entries.append(chosen[entry_id])
        entries.extend(after.get(entry_id, ()))
    merged = replace(ours, entries=tuple(entries), deleted=deleted)
    done = changes(ours, merged, theirs)
    return Merged(merged, done, bool(done) or _moments(deleted) != _moments(ours.deleted))


def _changed_after(moment: dt.datetime, *versions: Entry | None) -> list[Entry]:
    """The versions of a deleted entry changed after it was deleted (each once)."""
    found: list[Entry] = []
    for version in versions:
        if version is None or version.edited is None or version.edited <= moment:
            continue
        if not any(same_entry(version, known) for known in found):
            found.append(version)
    return sorted(found, key=_lateness)


def merged_deletions(
    ours: Mapping[str, dt.datetime], theirs: Mapping[str, dt.datetime]
) -> dict[str, dt.datetime]:
    """Every deleted id of both records, each at the earliest moment either gives."""
    deleted = dict(ours)
    for entry_id, moment in theirs.items():
        known = deleted.get(entry_id)
        if known is None or (moment, moment.isoformat()) < (known, known.isoformat()):
            deleted[entry_id] = moment
    return deleted


def _moments(deleted: Mapping[str, dt.datetime]) -> dict[str, str]:
    return {entry_id: moment.isoformat() for entry_id, moment in deleted.items()}


def _resolve(here: Entry, there: Entry, old: Entry | None) -> tuple[Entry, Entry | None]:
    """The version to keep, and the one to keep beside it as a conflict copy (or None)."""
    if same_entry(here, there):
        return here, None
    if old is not None and same_entry(old, here):
        return there, None  # only theirs changed it
    if old is not None and same_entry(old, there):
        return here, None  # only ours changed it
    if _descends(here, there):
        return here, None  # theirs is an older state of ours
    if _descends(there, here):
        return there, None
    winner, loser = sorted((here, there), key=_lateness, reverse=True)
    return winner, loser


def _descends(newer: Entry, older: Entry) -> bool:
    """Whether *older* is a state *newer* was changed from: never changed, or changed at a
    moment *newer* records among its earlier changes."""
    if newer.edited is None:
        return False
    return older.edited is None or older.edited in newer.edited_before


def _lateness(entry: Entry) -> tuple[dt.datetime, bytes]:
    """What decides which version is the later: its change, then (a tie) its content."""
    return entry.edited or _NEVER, entry_block(entry)


def conflict_copy(entry: Entry) -> Entry:
    """The losing version of an entry, kept: an id made from its content, tagged ``conflict``.

    The same version always gives the same copy, so merging again adds none.
    """
    import base64
    import hashlib

    digest = hashlib.sha256(entry_block(entry)).digest()
    copy_id = base64.b32encode(digest[:5]).decode("ascii").lower()
    tags = normalised_tags([*entry.tags, CONFLICT_TAG])
    return replace(entry, id=copy_id, tags=tags)


def changes(before: Journal, after: Journal, other: Journal | None = None) -> Changes:
    """What *after* has that *before* had not: new entries, edited, gone, and conflict copies.

    A conflict copy counts as a conflict only when the merge of *before* and
    *other* made it (a copy of a version either held); a copy that came in
    already tagged ``conflict`` is a new entry like any other.
    """
    earlier = {entry.id: entry for entry in before.entries}
    later = {entry.id: entry for entry in after.entries}
    fresh = [entry for entry in after.entries if entry.id not in earlier]
    tagged = [entry for entry in fresh if CONFLICT_TAG in entry.tags]
    made = _copies_made(before, after, other) if tagged else set()
    copies = sum(1 for entry in tagged if entry.id in made)
    edited = sum(
        1
        for entry in after.entries
        if entry.id in earlier and not same_entry(entry, earlier[entry.id])
    )
    gone = sum(1 for entry_id in earlier if entry_id not in later)
    return Changes(len(fresh) - copies, edited, copies, gone)


def _copies_made(before: Journal, after: Journal, other: Journal | None) -> set[str]:
    """The ids of the conflict copies a merge of *before* and *other* could make: copies of
    the versions either held of an entry *after* holds otherwise, or records as deleted."""
    kept = {entry.id: entry for entry in after.entries}
    made: set[str] = set()
    for side in (before, *(() if other is None else (other,))):
        for entry in side.entries:
            winner = kept.get(entry.id)
            if (winner is not None and not same_entry(winner, entry)) or (
                winner is None and entry.id in after.deleted
            ):
                made.add(conflict_copy(entry).id)
    return made
