"""Checking the journal (``doctor``) and repairing what can safely be repaired."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from steentje.errors import SteentjeError
from steentje.journal import (
    SCHEMA_VERSION,
    Entry,
    Journal,
    journal_bytes,
    new_id,
    read_entries,
    torn_tail,
)
from steentje.storage.conflicts import conflict_copies
from steentje.storage.files import (
    PRIVATE_DIR,
    PRIVATE_FILE,
    open_regular,
    read_regular,
    replace_file,
    write_error,
)
from steentje.storage.lock import journal_lock
from steentje.storage.reading import check_writable_version
from steentje.storage.rewriting import backup_path, entry_days
from steentje.storage.stamps import write_stamp_quietly
from steentje.words import os_reason, t


@dataclass(frozen=True)
class Finding:
    """One thing ``doctor`` checked: fine or not, and what it saw."""

    ok: bool
    message: str
    repairable: bool = False
    # Worth knowing, not a problem: shown as a note and leaves the exit code at 0.
    note: bool = False


def examine(path: Path) -> list[Finding]:
    """Check the journal: it parses, entries are valid, ids unique, permissions private."""
    findings: list[Finding] = []
    try:
        raw = read_regular(path)
    except SteentjeError as error:
        return [Finding(False, str(error))]
    except OSError as error:
        return [Finding(False, t("cannot_read_journal", path=path, reason=os_reason(error)))]
    if raw is None:
        return [Finding(True, t("doctor_no_journal", path=path))]
    try:
        journal = read_entries(raw, path)
    except SteentjeError as error:
        findings.append(Finding(False, str(error), repairable=torn_tail(raw) is not None))
    else:
        findings.append(
            Finding(
                True,
                t(
                    "doctor_parses",
                    path=path,
                    count=len(journal.entries),
                    version=journal.version,
                ),
            )
        )
        if journal.version > SCHEMA_VERSION:
            findings.append(
                Finding(False, t("doctor_newer", version=journal.version, known=SCHEMA_VERSION))
            )  # fmt: skip
        seen: dict[str, int] = {}
        for entry in journal.entries:
            seen[entry.id] = seen.get(entry.id, 0) + 1
        repeated = sorted(entry_id for entry_id, count in seen.items() if count > 1)
        if repeated:
            findings.append(
                Finding(
                    False,
                    t("doctor_repeated_ids", ids=", ".join(repeated), count=len(repeated)),
                    repairable=True,
                )
            )
        else:
            findings.append(Finding(True, t("doctor_unique_ids")))
        # Restored by hand while its id is still recorded as deleted: a merge deletes it again.
        findings.extend(
            Finding(False, t("doctor_deleted_present", id=entry_id))
            for entry_id in sorted(seen)
            if entry_id in journal.deleted
        )
    findings.extend(_permission_findings(path))
    findings.extend(
        Finding(False, t("doctor_conflict_copy", path=copy)) for copy in conflict_copies(path)
    )
    return findings


def _private_paths(path: Path) -> list[tuple[Path, int, bool]]:
    """What must be readable by its owner alone: (path, wanted mode, may steentje chmod it).

    The folder is checked but never chmodded: steentje did not necessarily make
    it (a shared folder may need its own mode, or a sticky bit).
    """
    return [
        (path, PRIVATE_FILE, True),
        (backup_path(path), PRIVATE_FILE, True),
        (path.parent, PRIVATE_DIR, False),
    ]


def _permission_findings(path: Path) -> list[Finding]:
    if os.name == "nt":
        return []
    findings = []
    for candidate, wanted, ours in _private_paths(path):
        try:
            info = candidate.lstat()
        except OSError:
            continue
        if stat.S_ISLNK(info.st_mode):
            continue  # a link is not steentje's to judge; the journal itself is resolved
        mode = stat.S_IMODE(info.st_mode)
        if mode & 0o077 and not ours:
            # A folder steentje did not necessarily make (a synced or shared one).
            message = t("doctor_folder_loose", path=candidate, mode=f"{mode:o}")
            findings.append(Finding(True, message, note=True))
        elif mode & 0o077:
            findings.append(
                Finding(False, t("doctor_loose", path=candidate, mode=f"{mode:o}",
                                 wanted=f"{wanted:o}"), repairable=True)
            )  # fmt: skip
        else:
            findings.append(Finding(True, t("doctor_private", path=candidate, mode=f"{mode:o}")))
    return findings


@dataclass(frozen=True)
class Repair:
    """What ``doctor --repair`` did."""

    actions: tuple[str, ...]


def repair(path: Path, *, now: datetime) -> Repair:
    """Set a cut-off last entry aside, give repeated ids new ones, and make files private.

    Only an interrupted append is repaired: its cut-off bytes go to a side file
    and the journal is truncated in place, so this needs no more free space
    than those bytes. Any other damage is named and left for the user.
    Renumbering ids rewrites the journal (free space: twice its size).
    """
    actions: list[str] = []
    with journal_lock(path):
        raw = read_regular(path)
        if raw is not None:
            try:
                journal = read_entries(raw, path)
            except SteentjeError as error:
                cut = torn_tail(raw)
                if cut is None:
                    # Point at the backup only when there is one.
                    key = "damaged_before_end"
                    if not backup_path(path).is_file():
                        key = "damaged_before_end_no_backup"
                    raise SteentjeError(t(key, path=path, error=error)) from None
                # What stays must be a whole, valid journal before anything is moved.
                journal = read_entries(raw[:cut], path)
                side = path.with_name(f"{path.name}.damaged-{now:%Y%m%dT%H%M%S}")
                replace_file(side, raw[cut:])
                _truncate(path, cut)
                actions.append(t("repair_moved", count=len(raw) - cut, path=side))
                raw = raw[:cut]
            check_writable_version(journal.version, path)
            renamed = _with_unique_ids(journal)
            if renamed is not journal:
                replace_file(backup_path(path), raw)
                replace_file(path, journal_bytes(renamed))
                actions.append(t("repair_ids"))
            write_stamp_quietly(path, entry_days(renamed.entries), now.date())
        actions.extend(_make_private(path))
    return Repair(tuple(actions))


def _truncate(path: Path, size: int) -> None:
    """Cut the journal at *size* in place, durably (no copy, so no free space needed)."""
    try:
        descriptor = open_regular(path, os.O_WRONLY)
        try:
            os.ftruncate(descriptor, size)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        raise write_error(path, error) from None


def _with_unique_ids(journal: Journal) -> Journal:
    seen: set[str] = set()
    entries: list[Entry] = []
    changed = False
    for entry in journal.entries:
        if entry.id in seen:
            entry = replace(entry, id=new_id())
            changed = True
        seen.add(entry.id)
        entries.append(entry)
    return replace(journal, entries=tuple(entries)) if changed else journal


def _make_private(path: Path) -> list[str]:
    if os.name == "nt":
        return []
    actions = []
    for candidate, wanted, ours in _private_paths(path):
        try:
            info = candidate.lstat()
        except OSError:
            continue
        # Only regular files steentje writes: never a folder, a link or a device.
        if ours and stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) & 0o077:
            candidate.chmod(wanted)
            actions.append(t("repair_private", path=candidate, mode=f"{wanted:o}"))
    return actions
