"""Merging copies of a journal: by id, the later change winning, nothing lost, in any order."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from steentje.journal import Entry, Journal, journal_bytes, parse_journal, same_entry
from steentje.merging import CONFLICT_TAG, changes, conflict_copy, merge_journals
from steentje.storage.rewriting import recorded

ZONE = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2026, 11, 20, 9, 0, tzinfo=ZONE)
PATH = Path("journal.toml")


def entry(entry_id: str, answer: str, *, minutes: int = 0, edited: int | None = None) -> Entry:
    return Entry(
        entry_id, START + dt.timedelta(minutes=minutes), 1, "Q?", answer,
        edited=None if edited is None else START + dt.timedelta(hours=edited),
    )  # fmt: skip


def journal(*entries: Entry, deleted: dict[str, dt.datetime] | None = None) -> Journal:
    return Journal(PATH, True, 1, tuple(entries), deleted=deleted or {})


def by_id(merged: Journal) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {item.id: (item.answer, item.tags) for item in merged.entries}


def test_new_entries_from_both_sides_are_kept_once() -> None:
    ours = journal(entry("aaaa0001", "one"), entry("aaaa0002", "two"))
    theirs = journal(entry("aaaa0001", "one"), entry("bbbb0001", "three"))
    result = merge_journals(ours, theirs)
    assert by_id(result.journal) == {
        "aaaa0001": ("one", ()), "aaaa0002": ("two", ()), "bbbb0001": ("three", ()),
    }  # fmt: skip
    assert (
        result.changes.new,
        result.changes.edited,
        result.changes.conflicts,
        result.changes.deleted,
    ) == (1, 0, 0, 0)


def test_the_later_edit_wins_and_the_other_is_kept_tagged_conflict() -> None:
    ours = journal(entry("aaaa0001", "ours", edited=1))
    theirs = journal(entry("aaaa0001", "theirs", edited=2))
    result = merge_journals(ours, theirs)
    kept = by_id(result.journal)
    assert kept["aaaa0001"] == ("theirs", ())
    copy = conflict_copy(entry("aaaa0001", "ours", edited=1))
    assert kept[copy.id] == ("ours", (CONFLICT_TAG,))
    assert (result.changes.edited, result.changes.conflicts) == (1, 1)
    # Merging again changes nothing; nor does merging the other way round differ.
    again = merge_journals(result.journal, theirs)
    assert not again.changed
    assert by_id(merge_journals(theirs, ours).journal) == kept


def test_an_unedited_version_against_an_edited_one_is_its_past_not_a_conflict() -> None:
    ours = journal(entry("aaaa0001", "as written"))
    theirs = journal(entry("aaaa0001", "changed", edited=1))
    result = merge_journals(ours, theirs)
    assert by_id(result.journal) == {"aaaa0001": ("changed", ())}
    assert (result.changes.edited, result.changes.conflicts) == (1, 0)


def test_deletions_are_honoured_whichever_side_made_them() -> None:
    moment = START + dt.timedelta(hours=3)
    ours = journal(entry("aaaa0001", "one"), entry("aaaa0002", "two"))
    theirs = journal(entry("aaaa0001", "one"), deleted={"aaaa0002": moment})
    result = merge_journals(ours, theirs)
    assert by_id(result.journal) == {"aaaa0001": ("one", ())}
    assert result.journal.deleted == {"aaaa0002": moment}
    assert result.changes.deleted == 1
    assert by_id(merge_journals(theirs, ours).journal) == by_id(result.journal)


def test_an_older_state_of_an_entry_edited_again_elsewhere_is_no_conflict() -> None:
    synced = replace(entry("aaaa0001", "v1", edited=1))
    again = replace(synced, answer="v2", edited=START + dt.timedelta(hours=2),
                    edited_before=(synced.edited,))  # type: ignore[arg-type]  # fmt: skip
    ours = journal(again)
    theirs = journal(synced, entry("bbbb0001", "new there"))
    for one, other in ((ours, theirs), (theirs, ours)):
        result = merge_journals(one, other)
        assert by_id(result.journal) == {"aaaa0001": ("v2", ()), "bbbb0001": ("new there", ())}
        assert result.changes.conflicts == 0


def test_three_way_a_side_that_did_not_change_an_entry_causes_no_copy() -> None:
    base = journal(entry("aaaa0001", "v1", edited=1), entry("aaaa0002", "gone"))
    ours = journal(entry("aaaa0001", "v1", edited=1))  # deleted by an older steentje
    theirs = journal(entry("aaaa0001", "v2", edited=0), entry("aaaa0002", "gone"))
    result = merge_journals(ours, theirs, base)
    assert by_id(result.journal) == {"aaaa0001": ("v2", ())}
    assert "aaaa0002" in result.journal.deleted


def test_deleted_ids_survive_a_write_and_a_read() -> None:
    moment = START + dt.timedelta(hours=3)
    written = journal(entry("aaaa0001", "one", edited=2), deleted={"zzzz0009": moment})
    read = parse_journal(journal_bytes(written).decode("utf-8"), PATH)
    assert read.deleted == {"zzzz0009": moment}
    assert same_entry(read.entries[0], written.entries[0])


def test_changes_counts_what_one_state_has_that_the_other_had_not() -> None:
    before = journal(entry("aaaa0001", "one"), entry("aaaa0002", "two"))
    copy = conflict_copy(entry("aaaa0001", "other"))
    after = journal(entry("aaaa0001", "one!", edited=1), copy, entry("bbbb0001", "new"))
    other = journal(entry("aaaa0001", "other"))
    found = changes(before, after, other)
    assert (found.new, found.edited, found.conflicts, found.deleted) == (1, 1, 1, 1)
    # Without the other side, the copy is not one this merge made: a new entry.
    found = changes(before, after)
    assert (found.new, found.conflicts) == (2, 0)


def test_copies_that_come_in_already_tagged_are_new_not_conflicts() -> None:
    copies = [conflict_copy(entry(f"aaaa000{n}", f"old {n}")) for n in range(2)]
    theirs = journal(*(entry(f"bbbb000{n}", "x") for n in range(3)), *copies)
    result = merge_journals(journal(), theirs)
    assert (result.changes.new, result.changes.conflicts) == (5, 0)


def test_an_edit_made_after_the_deletion_elsewhere_is_kept_as_a_conflict_copy() -> None:
    deleted_at = START + dt.timedelta(hours=2)
    ours = journal(entry("aaaa0001", "one"), deleted={"aaaa0002": deleted_at})
    later = entry("aaaa0002", "edited later", edited=3)
    earlier = entry("aaaa0003", "edited earlier", edited=1)
    theirs = journal(entry("aaaa0001", "one"), later, earlier)
    ours = replace(ours, deleted={**ours.deleted, "aaaa0003": deleted_at})
    forward, backward = merge_journals(ours, theirs), merge_journals(theirs, ours)
    kept = conflict_copy(later)
    assert by_id(forward.journal) == {
        "aaaa0001": ("one", ()), kept.id: ("edited later", (CONFLICT_TAG,)),
    }  # fmt: skip
    assert {"aaaa0002", "aaaa0003"} <= set(forward.journal.deleted)
    assert comparable(forward.journal) == comparable(backward.journal)
    assert forward.changes.conflicts == 1 and forward.changes.new == 0
    assert backward.changes.conflicts == 1 and backward.changes.deleted == 2
    assert not merge_journals(forward.journal, theirs).changed
    assert not merge_journals(forward.journal, ours).changed


# --- any two histories, merged in either order ----------------------------------

IDS = [f"id{number:06d}" for number in range(6)]
operations = st.lists(
    st.tuples(
        st.sampled_from(["log", "edit", "star", "delete"]),
        st.sampled_from(IDS),
        st.sampled_from(["a", "b", "c"]),
        st.integers(0, 5),
    ),
    max_size=8,
)


def play(start: Journal, steps: list[tuple[str, str, str, int]], side: str) -> Journal:
    """A machine's history: each operation a rewrite stamped as ``rewrite_journal`` stamps it.

    Each side changes at moments of its own (no two machines edit in the same second).
    """
    current = start
    offset = {"o": 0, "x": 1, "y": 2}[side]
    for number, (kind, entry_id, text, hour) in enumerate(steps):
        when = START + dt.timedelta(hours=hour, minutes=3 * number + offset)
        entries = {item.id: item for item in current.entries}
        # Ids are random: two machines never log under one id.
        own = entry_id if side == "o" else f"{entry_id}{side}"
        entry_id = entry_id if entry_id in entries else own
        known = entries.get(entry_id)
        if kind == "log" and known is None and entry_id not in current.deleted:
            entries[entry_id] = entry(entry_id, f"{side}{text}", minutes=number)
        elif kind == "edit" and known is not None:
            entries[entry_id] = replace(known, answer=f"{known.answer}+{side}{text}")
        elif kind == "star" and known is not None:
            entries[entry_id] = replace(known, starred=not known.starred)
        elif kind == "delete" and known is not None:
            del entries[entry_id]
        changed = replace(current, entries=tuple(entries.values()))
        current = recorded(current, changed, when)
    return current


def comparable(merged: Journal) -> dict[str, str]:
    return {item.id: journal_bytes(journal(item)).decode() for item in merged.entries}


@settings(max_examples=150, deadline=None)
@given(common=operations, first=operations, second=operations)
def test_two_histories_merged_in_either_order_give_the_same_entries(
    common: list[tuple[str, str, str, int]],
    first: list[tuple[str, str, str, int]],
    second: list[tuple[str, str, str, int]],
) -> None:
    base = play(journal(), common, "o")
    one, other = play(base, first, "x"), play(base, second, "y")
    forward = merge_journals(one, other)
    backward = merge_journals(other, one)
    assert comparable(forward.journal) == comparable(backward.journal)
    assert forward.journal.deleted == backward.journal.deleted
    # With the common ancestor (git's driver) too, and merging again changes nothing.
    three = merge_journals(one, other, base)
    assert comparable(three.journal) == comparable(merge_journals(other, one, base).journal)
    assert not merge_journals(forward.journal, other).changed
    assert not merge_journals(forward.journal, one).changed
    changed_on = [
        {
            item.id: item for item in side.entries
            if not any(same_entry(item, old) for old in base.entries)
        }
        for side in (one, other)
    ]  # fmt: skip
    # Nothing lost: every version either side changed is there, or stands beside its winner.
    # A deleted entry's version changed after the deletion is kept too, as a copy.
    kept = {(item.answer, item.starred) for item in forward.journal.entries}
    gone = forward.journal.deleted
    for changed in changed_on:
        for item in changed.values():
            later = item.edited is not None and item.id in gone and item.edited > gone[item.id]
            if item.id not in gone or later:
                assert (item.answer, item.starred) in kept
    # Nothing duplicated: only an entry both sides changed, or one deleted on one
    # side and changed on the other, can get a conflict copy.
    copies = [item for item in forward.journal.entries if CONFLICT_TAG in item.tags]
    both = set(changed_on[0]) & set(changed_on[1])
    deleted_and_changed = {key for side in changed_on for key in side if key in gone}
    assert len(copies) <= 2 * len(both | deleted_and_changed)


def test_a_deletion_is_recorded_no_earlier_than_the_change_it_deleted() -> None:
    # The version was changed on a machine whose clock is ahead of the deleting one's.
    ahead = entry("aaaa0001", "changed elsewhere", edited=5)
    before = journal(ahead)
    after = recorded(before, journal(), START + dt.timedelta(hours=1))
    assert after.deleted == {"aaaa0001": ahead.edited}
    # So the machine that still has that very version gets no conflict copy of it.
    result = merge_journals(before, after)
    assert by_id(result.journal) == {}
    assert result.changes.conflicts == 0
