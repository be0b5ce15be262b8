"""The journal's stamp: which days have an entry, for the shell reminder.

The stamp is a cache of one fact, "is today written?", exact or absent. It is
steentje's own file, so it lives in steentje's cache folder, never in the
user's: ``stamps/<key>.last-entry``, the key made from the journal's real path
as the index caches' are (``stamp_path``). The shell snippets are told that path
when ``shell-init`` makes them. Its lines:

1. the newest day, on or before the day the stamp was written, that has an
   entry ("-" when there is none): the shell snippets compare it with today's
   date without starting a process;
2. the journal's fingerprint when the stamp was written: size, mtime, inode
   and ctime in nanoseconds. The ctime cannot be set back by anyone, so a hand
   edit, a restored mtime or an older copy moved into place all change it;
3. the days after line 1 that have an entry (dated ahead by another time zone
   or by hand), so that they count once their day has come, and not before.

``remind`` trusts a stamp only when the fingerprint matches the journal as it
is now; the shell snippets, which cannot read a ctime, trust it only while the
journal is not newer than the stamp. Otherwise the journal itself decides, and
the stamp is written anew. ``<key>.quiet-until``, beside it, carries, as its mtime,
the moment the reminder is due again (the next local midnight) for fish, which
has no date builtin. Only os and datetime are imported: the reminder reads the
stamp at every shell start.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from steentje import paths
from steentje.errors import SteentjeError
from steentje.storage.files import make_private_dirs, write_atomic

STAMP_SUFFIX = ".last-entry"
QUIET_SUFFIX = ".quiet-until"
STAMPS_FOLDER = "stamps"
_NONE = "-"


def _key(journal: str | os.PathLike[str]) -> str:
    """The journal's real path, hashed: one stamp per journal, whatever name reaches it."""
    try:  # the bare C module: hashlib would cost the reminder about 3 ms
        from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # Python 3.12 and later
        from _sha2 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    real = os.path.realpath(journal)
    return str(sha256(os.fsencode(real)).hexdigest()[:20])


def journal_key(journal: str | os.PathLike[str]) -> str:
    """The key of steentje's own files about *journal* (its stamp, its notes)."""
    return _key(journal)


def _stamp_base(journal: str | os.PathLike[str]) -> str:
    return os.path.join(paths.cache_dir(), STAMPS_FOLDER, _key(journal))


def stamp_path(journal: str | os.PathLike[str]) -> str:
    """Where the journal's stamp is: in steentje's cache folder, keyed by its real path."""
    return _stamp_base(journal) + STAMP_SUFFIX


def quiet_path(journal: str | os.PathLike[str]) -> str:
    """The file whose mtime says until when the reminder stays quiet (for fish)."""
    return _stamp_base(journal) + QUIET_SUFFIX


def _forget_beside(journal: str | os.PathLike[str]) -> None:
    """Remove the stamps older steentjes kept beside the journal: they are not read any more."""
    for suffix in (STAMP_SUFFIX, QUIET_SUFFIX):
        try:
            os.unlink(os.fspath(journal) + suffix)
        except OSError:
            pass


def fingerprint(journal: str | os.PathLike[str]) -> str | None:
    """What identifies the journal's content as it is now; None when it is not a file."""
    try:
        info = os.stat(journal)
    except OSError:
        return None
    return f"{info.st_size} {info.st_mtime_ns} {info.st_ino} {info.st_ctime_ns}"


def stamped_days(journal: str | os.PathLike[str]) -> frozenset[date] | None:
    """The entry days the stamp records, if the stamp matches the journal exactly; else None.

    The days are the newest one written on or before the stamp's day, and every
    later one: enough to tell whether any day from then on is written.
    """
    try:
        with open(stamp_path(journal), encoding="ascii") as file:
            lines = file.read(4096).split("\n")
        if len(lines) < 3 or lines[1] != fingerprint(journal):
            return None
        days = {date.fromisoformat(text) for text in lines[2].split()}
        if lines[0] != _NONE:
            days.add(date.fromisoformat(lines[0]))
    except (OSError, ValueError):
        return None  # missing, a folder, not ours: the journal decides
    return frozenset(days)


def stamp_says_done(journal: str, today: date) -> bool | None:
    """True/False: the stamp says today is (not) written; None when it cannot be trusted."""
    days = stamped_days(journal)
    return None if days is None else today in days


def write_stamp(journal: str | os.PathLike[str], days: Iterable[date] | None, today: date) -> None:
    """Record which *days* have an entry (None removes the stamp: nothing is known).

    Call it after the journal is written, under the journal's lock, so that the
    fingerprint is the journal's as it now is.
    """
    stamp, quiet = stamp_path(journal), quiet_path(journal)
    _forget_beside(journal)
    known = None if days is None else fingerprint(journal)
    if days is None or known is None:
        for path in (stamp, quiet):
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
        return
    make_private_dirs(os.path.dirname(stamp))
    chosen = set(days)
    done = max((day for day in chosen if day <= today), default=None)
    later = sorted(day for day in chosen if done is None or day > done)
    if done is None:
        try:
            os.unlink(quiet)
        except FileNotFoundError:
            pass
    else:
        due_again = datetime.combine(done + timedelta(days=1), datetime.min.time()).astimezone()
        write_atomic(quiet, due_again.isoformat().encode("ascii") + b"\n")
        os.utime(quiet, (due_again.timestamp(), due_again.timestamp()), follow_symlinks=False)
    lines = [done.isoformat() if done else _NONE, known, " ".join(map(date.isoformat, later))]
    write_atomic(stamp, ("\n".join(lines) + "\n").encode("ascii"))


def write_stamp_quietly(
    journal: str | os.PathLike[str], days: Iterable[date] | None, today: date
) -> None:
    """``write_stamp``; on failure the stamp is removed, so the journal decides next time."""
    try:
        write_stamp(journal, days, today)
    except (OSError, SteentjeError):
        try:
            os.unlink(stamp_path(journal))
        except OSError:
            pass
