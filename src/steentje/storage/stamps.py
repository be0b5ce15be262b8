"""The stamp beside the journal: the day of the newest entry, for the shell reminder.

``journal.toml.last-entry`` holds one line, the day of the newest entry, and
``journal.toml.quiet-until`` carries, as its mtime, the moment the reminder is
due again (the next local midnight): fish, which has no date builtin, compares
that with the clock without starting a process. Both are caches, rewritten
after every change to the journal; the shell snippets and ``remind`` trust a
stamp only when it is newer than the journal. Only os and datetime are
imported: the reminder reads the stamp at every shell start.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

from steentje.storage.files import write_atomic

STAMP_SUFFIX = ".last-entry"
QUIET_SUFFIX = ".quiet-until"


def stamp_path(journal: str | os.PathLike[str]) -> str:
    """The stamp next to the journal: one line, the day of the newest entry."""
    return os.fspath(journal) + STAMP_SUFFIX


def quiet_path(journal: str | os.PathLike[str]) -> str:
    """The file whose mtime says until when the reminder stays quiet (for fish)."""
    return os.fspath(journal) + QUIET_SUFFIX


def write_stamp(journal: str | os.PathLike[str], day: date | None) -> None:
    """Record *day* as the newest entry's day (None removes the stamp).

    Written after the journal, so that its mtime is the later one.
    """
    stamp, quiet = stamp_path(journal), quiet_path(journal)
    if day is None:
        for path in (stamp, quiet):
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
        return
    due_again = datetime.combine(day + timedelta(days=1), datetime.min.time()).astimezone()
    write_atomic(quiet, due_again.isoformat().encode("ascii") + b"\n")
    os.utime(quiet, (due_again.timestamp(), due_again.timestamp()))
    write_atomic(stamp, day.isoformat().encode("ascii") + b"\n")


def write_stamp_quietly(journal: str | os.PathLike[str], day: date | None) -> None:
    """``write_stamp``, where failing only means the reminder reads the journal next time."""
    try:
        write_stamp(journal, day)
    except OSError:
        pass


def read_stamp(journal: str | os.PathLike[str]) -> date | None:
    """The day in the stamp, or None when there is none (or it is unreadable)."""
    try:
        with open(stamp_path(journal), encoding="ascii") as file:
            return date.fromisoformat(file.readline().strip())
    except (OSError, ValueError):
        return None


def stamp_says_done(journal: str, today: date) -> bool | None:
    """True/False: the stamp says today is (not) written; None when it cannot be trusted."""
    stamp = stamp_path(journal)
    try:
        stamp_info = os.stat(stamp)
        with open(stamp, encoding="ascii") as file:
            day = file.readline().strip()
    except (OSError, ValueError):
        return None
    try:
        journal_info = os.stat(journal)
    except OSError:
        return None
    if journal_info.st_mtime_ns > stamp_info.st_mtime_ns:
        return None  # the journal changed behind steentje's back (a hand edit, a sync)
    return day == today.isoformat()
