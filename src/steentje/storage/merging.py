"""Merging other copies of the journal into it, on disk (the rules are in ``steentje.merging``).

Every other copy is read and checked before the lock is taken, so a file that
is not a journal, or one of a newer steentje, changes nothing. The merge
itself is one rewrite under the journal's lock (``rewriting.rewrite_journal``,
without stamping: the versions merged in keep their own ``edited`` moments).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from pathlib import Path

from steentje import clock
from steentje.errors import SteentjeError
from steentje.journal import (
    ENTRY_TABLE,
    SCHEMA_VERSION,
    Journal,
    decode,
    empty_journal,
    parse_journal,
    parse_toml,
    torn_tail,
)
from steentje.merging import Changes, Merged, merge_journals
from steentje.paths import state_dir
from steentje.storage.files import make_private_dirs, read_regular, replace_file, write_error
from steentje.storage.rewriting import rewrite_journal
from steentje.words import os_reason, t

MERGED_FOLDER = "merged"


def read_copy(path: Path) -> Journal:
    """Another copy of a journal, whole; one line when it is none, or of a newer steentje.

    An empty file (git's ancestor of a file both sides added) is an empty journal.
    """
    try:
        raw = read_regular(path)
    except OSError as error:
        raise SteentjeError(t("cannot_read_copy", path=path, reason=os_reason(error))) from None
    if raw is None:
        raise SteentjeError(
            t("cannot_read_copy", path=path, reason=os_reason(OSError(errno.ENOENT, "")))
        )
    if not raw.strip():
        return empty_journal(path)
    try:
        data = parse_toml(decode(raw, path), path)
    except SteentjeError:
        if torn_tail(raw) is not None:
            # Someone else's copy, cut off: doctor --repair mends one's own journal only.
            raise SteentjeError(t("copy_cut_off", path=path)) from None
        raise
    if "version" not in data and ENTRY_TABLE not in data:
        raise SteentjeError(t("not_a_journal", path=path))
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise SteentjeError(t("copy_newer", path=path, version=version, known=SCHEMA_VERSION))
    try:
        return parse_journal(decode(raw, path), path)
    except SteentjeError as error:
        if torn_tail(raw) is not None:
            # Someone else's copy, cut off: doctor --repair mends one's own journal only.
            raise SteentjeError(t("copy_cut_off", path=path)) from None
        raise SteentjeError(t("not_a_journal_because", path=path, problem=error)) from None


def merge_into(journal: Path, copies: Sequence[Path]) -> Merged:
    """Merge *copies* into *journal* under its lock; what changed, summed over the copies.

    One copy refused refuses them all, and nothing changes.
    """
    return _merge(journal, [read_other(journal, copy) for copy in copies])


def read_other(journal: Path, copy: Path) -> Journal:
    """``read_copy``, refusing the journal itself."""
    if os.path.realpath(copy) == os.path.realpath(journal):
        raise SteentjeError(t("merge_itself", path=copy))
    return read_copy(copy)


def merge_readable(
    journal: Path, copies: Sequence[Path]
) -> tuple[Merged, list[Path], list[SteentjeError]]:
    """Merge those of *copies* that read as journals (sync tools' conflict copies: one cut
    off need not keep the others out): what changed, the copies merged, the refusals."""
    merged: list[Path] = []
    others: list[Journal] = []
    refused: list[SteentjeError] = []
    for copy in copies:
        try:
            others.append(read_other(journal, copy))
        except SteentjeError as error:
            refused.append(error)
        else:
            merged.append(copy)
    return _merge(journal, others), merged, refused


def _merge(journal: Path, others: Sequence[Journal]) -> Merged:
    results: list[Merged] = []

    def change(current: Journal) -> Journal:
        merged = current
        for other in others:
            result = merge_journals(merged, other)
            results.append(result)
            merged = result.journal if result.changed else merged
        return merged

    written = rewrite_journal(journal, change, record=False, create=True)
    return Merged(
        written,
        sum((result.changes for result in results), Changes()),
        any(result.changed for result in results),
    )


def merge_three(ancestor: Path, ours: Path, theirs: Path) -> Merged:
    """git's merge driver: merge *theirs* into *ours* (a file git made), given *ancestor*.

    Nothing is locked: *ours* is git's own temporary file. On any refusal it is
    left as it was, and git reports a conflict.
    """
    base = read_copy(ancestor)
    mine, other = read_copy(ours), read_copy(theirs)
    result = merge_journals(mine, other, base if base.entries or base.deleted else None)
    if result.changed:
        from steentje.journal import journal_bytes

        replace_file(ours, journal_bytes(result.journal))
    return result


def merged_folder() -> Path:
    """Where merged conflict copies are moved: steentje's state folder, never the journal's."""
    return Path(state_dir()) / MERGED_FOLDER


def put_away(copies: Sequence[Path]) -> tuple[Path, list[tuple[Path, str]]]:
    """Move merged conflict copies into ``merged_folder()``, kept, never deleted.

    Returns the folder, and each copy that could not be moved with the reason
    (it stays where it is; the journal is merged all the same).
    """
    folder = merged_folder()
    try:
        make_private_dirs(folder)
    except SteentjeError as error:
        return folder, [(copy, _reason(error)) for copy in copies]
    stamp = f"{clock.now():%Y%m%dT%H%M%S}"
    stayed: list[tuple[Path, str]] = []
    for copy in copies:
        target = folder / f"{stamp}-{copy.name}"
        number = 1
        while target.exists() or target.is_symlink():
            number += 1
            target = folder / f"{stamp}-{number}-{copy.name}"
        try:
            _move(copy, target)
        except SteentjeError as error:
            stayed.append((copy, _reason(error)))
    return folder, stayed


def _move(copy: Path, target: Path) -> None:
    try:
        copy.rename(target)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise write_error(target, error) from None
        try:
            raw = read_regular(copy)  # another file system: copy, then remove
        except OSError as reading:
            raise write_error(copy, reading) from None
        if raw is None:
            return
        replace_file(target, raw)
        try:
            copy.unlink()
        except OSError as unlinking:
            target.unlink(missing_ok=True)  # one copy kept, not two
            raise write_error(copy, unlinking) from None


def _reason(error: SteentjeError) -> str:
    """A write error without its "nothing was saved": the journal was."""
    return str(error).split(";")[0]
