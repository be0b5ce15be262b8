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
COACH_SUFFIX = ".coach"
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


# --- the coach's stamp -------------------------------------------------------
# What ``today`` shows around a day's question besides the question itself: the
# newest open intention from before that day and the last answer to the same
# question. Finding them reads the journal's index (and its hashing, and a TOML
# parser); shell starts that show the same day's question of an unchanged
# journal read this instead. ``<key>.coach``, beside the stamp:
#
# 1. the journal's fingerprint when the two were found (``fingerprint``);
# 2. the day and a key of the question(s) they were found for;
# 3. "I <id> <day> <intention>" or "-";
# 4. "L <day> <answer>" or "-";
#
# texts with backslashes and line breaks escaped. Exact for that fingerprint,
# day and question, or not used.

_NOTHING = "-"


def coach_path(journal: str | os.PathLike[str]) -> str:
    """Where the coach's stamp of *journal* is, beside its stamp."""
    return _stamp_base(journal) + COACH_SUFFIX


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def _unescaped(text: str) -> str:
    out, at = [], 0
    while (found := text.find("\\", at)) >= 0:
        out.append(text[at:found])
        code = text[found + 1 : found + 2]
        out.append({"n": "\n", "r": "\r", "\\": "\\"}[code])  # KeyError: not ours
        at = found + 2
    out.append(text[at:])
    return "".join(out)


def read_coach_stamp(
    journal: str | os.PathLike[str], day: date, question: str
) -> tuple[tuple[str, date, str] | None, tuple[date, str] | None] | None:
    """(intention as (id, day, text), last answer as (day, text)) as found for *day* and
    *question* while the journal was as it is now; None when that is not known."""
    try:
        with open(coach_path(journal), encoding="utf-8") as file:
            lines = file.read().split("\n")
        if len(lines) < 4 or lines[0] != fingerprint(journal):
            return None
        if lines[1] != f"{day.isoformat()} {question}":
            return None
        intention = None
        if lines[2] != _NOTHING:
            kind, entry_id, when, text = lines[2].split(" ", 3)
            if kind != "I":
                return None
            intention = (entry_id, date.fromisoformat(when), _unescaped(text))
        last = None
        if lines[3] != _NOTHING:
            kind, when, text = lines[3].split(" ", 2)
            if kind != "L":
                return None
            last = (date.fromisoformat(when), _unescaped(text))
    except (OSError, ValueError, KeyError):
        return None  # missing, damaged, not ours: found again from the journal
    return intention, last


def write_coach_stamp(
    journal: str | os.PathLike[str],
    known: str | None,
    day: date,
    question: str,
    intention: tuple[str, date, str] | None,
    last: tuple[date, str] | None,
) -> None:
    """Keep what was found for *day* and *question* from the journal whose fingerprint was
    *known* before it was read; nothing is kept when the journal changed since."""
    where = coach_path(journal)
    if known is None or fingerprint(journal) != known:
        return
    lines = [known, f"{day.isoformat()} {question}"]
    if intention is None:
        lines.append(_NOTHING)
    else:
        entry_id, when, text = intention
        if not entry_id or any(char.isspace() for char in entry_id):
            return  # an id written by hand that this format cannot hold: not kept
        lines.append(f"I {entry_id} {when.isoformat()} {_escaped(text)}")
    lines.append(_NOTHING if last is None else f"L {last[0].isoformat()} {_escaped(last[1])}")
    try:
        make_private_dirs(os.path.dirname(where))
        write_atomic(where, ("\n".join(lines) + "\n").encode("utf-8"))
    except (OSError, SteentjeError):
        pass  # a stamp only: the journal is read again next time
