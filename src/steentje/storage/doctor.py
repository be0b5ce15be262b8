"""Checking the journal (``doctor``) and repairing what can safely be repaired."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from steentje.errors import SteentjeError
from steentje.journal import (
    ENTRY_TABLE,
    SCHEMA_VERSION,
    Entry,
    Journal,
    decode,
    entry_problem,
    find_entry_header,
    journal_bytes,
    new_id,
    parse_journal,
)
from steentje.storage.files import PRIVATE_DIR, PRIVATE_FILE, replace_file
from steentje.storage.lock import journal_lock
from steentje.storage.reading import check_writable_version, parse_or_none
from steentje.storage.rewriting import backup_path, newest_day
from steentje.storage.stamps import write_stamp_quietly
from steentje.words import os_reason, t


@dataclass(frozen=True)
class Finding:
    """One thing ``doctor`` checked: fine or not, and what it saw."""

    ok: bool
    message: str
    repairable: bool = False


def examine(path: Path) -> list[Finding]:
    """Check the journal: it parses, entries are valid, ids unique, permissions private."""
    findings: list[Finding] = []
    if path.is_dir():
        return [Finding(False, t("is_directory", path=path))]
    if not path.exists():
        return [Finding(True, t("doctor_no_journal", path=path))]
    try:
        journal = parse_journal(decode(path.read_bytes(), path), path)
    except SteentjeError as error:
        torn = _torn_tail(path.read_bytes()) is not None
        findings.append(Finding(False, str(error), repairable=torn))
    except OSError as error:
        return [Finding(False, t("cannot_read_journal", path=path, reason=os_reason(error)))]
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
    findings.extend(_permission_findings(path))
    return findings


def _private_paths(path: Path) -> list[tuple[Path, int]]:
    """The files and folder that must be readable by their owner alone, with their modes."""
    return [(path, PRIVATE_FILE), (backup_path(path), PRIVATE_FILE), (path.parent, PRIVATE_DIR)]


def _permission_findings(path: Path) -> list[Finding]:
    if os.name == "nt":
        return []
    findings = []
    for candidate, wanted in _private_paths(path):
        if not candidate.exists():
            continue
        mode = stat.S_IMODE(candidate.stat().st_mode)
        if mode & 0o077:
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
    """Set a torn last entry aside, give repeated ids new ones, and make files private."""
    actions: list[str] = []
    with journal_lock(path):
        if path.is_file():
            raw = path.read_bytes()
            try:
                journal = parse_journal(decode(raw, path), path)
            except SteentjeError:
                cut = _torn_tail(raw)
                if cut is None:
                    raise SteentjeError(t("damaged_before_end", path=path)) from None
                side = path.with_name(f"{path.name}.damaged-{now:%Y%m%dT%H%M%S}")
                replace_file(side, raw[cut:])
                replace_file(backup_path(path), raw)
                replace_file(path, raw[:cut].rstrip(b"\r\n") + b"\n")
                actions.append(t("repair_moved", count=len(raw) - cut, path=side))
                journal = parse_journal(decode(path.read_bytes(), path), path)
            check_writable_version(journal.version, path)
            renamed = _with_unique_ids(journal)
            if renamed is not journal:
                replace_file(backup_path(path), path.read_bytes())
                replace_file(path, journal_bytes(renamed))
                actions.append(t("repair_ids"))
            write_stamp_quietly(path, newest_day(journal.entries))
        actions.extend(_make_private(path))
    return Repair(tuple(actions))


def _torn_tail(raw: bytes) -> int | None:
    """Where to cut *raw* so that what stays parses and ends in a whole entry.

    Only line starts within the last two entries are tried, from the end back,
    so that no entry before the damage is lost. None when the end is whole or
    when the damage lies further back (then a cut would lose intact entries).
    """
    last = find_entry_header(raw, last=True)
    if last is None:
        return None
    previous = find_entry_header(raw[:last], last=True) if last > 0 else None
    region_start = previous if previous is not None else 0
    for cut in _line_starts_backwards(raw, region_start):
        data = parse_or_none(raw[region_start:cut])
        if data is None:
            continue
        tables = data.get(ENTRY_TABLE, [])
        if tables and entry_problem(tables[-1]) is not None:
            continue
        if cut == len(raw) or parse_or_none(raw[:cut]) is None:
            return None
        return cut
    return None


def _line_starts_backwards(raw: bytes, floor: int) -> Iterator[int]:
    """len(raw), then every line start above *floor* (and *floor* itself if > 0), descending."""
    yield len(raw)
    position = len(raw)
    while True:
        position = raw.rfind(b"\n", floor, position - 1) + 1
        if position <= floor:
            break
        yield position
    if floor > 0:
        yield floor


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
    for candidate, wanted in _private_paths(path):
        if candidate.exists() and stat.S_IMODE(candidate.stat().st_mode) & 0o077:
            candidate.chmod(wanted)
            actions.append(t("repair_private", path=candidate, mode=f"{wanted:o}"))
    return actions
