"""The shell reminder: one line while today's reflection is due, silence once it is written.

It runs at every shell start (when the shell snippet finds today not yet done),
so the usual path imports nothing heavy: no typer, rich, pathlib, tomllib or
platformdirs. It reads the journal's stamp (which days have an entry, valid only
while it matches the journal exactly; storage writes it after every change) and
a small cache of principle titles.
Both the launcher's fast path and ``steentje remind`` through typer call
``main``, so the two behave the same and both always exit 0.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date

from steentje import __version__, clock
from steentje.errors import SteentjeError
from steentje.rotation import BUNDLED_COUNT, MAX_PRINCIPLES, principle_number_for
from steentje.settings import Settings
from steentje.storage.conflicts import conflict_copies
from steentje.storage.stamps import fingerprint, stamp_says_done
from steentje.words import text_in


def principle_titles(language: str, cache: str, settings: Settings | None = None) -> list[str]:
    """The titles of the set in use in *language*, from a small cache rebuilt when not exact.

    The bundled set's cache is keyed by steentje's version; an own set's by its
    file's path and fingerprint (size, mtime, inode and ctime, as the journal's
    stamp is), so an edit, a move or another file is never answered from it.
    """
    own = None if settings is None else settings.principles
    if own is None:
        cached, key = os.path.join(cache, f"titles-{__version__}-{language}.txt"), None
    else:
        cached = os.path.join(cache, f"titles-{__version__}-{language}-own.txt")
        stamp = fingerprint(own)
        key = None if stamp is None else f"{own}\t{stamp}"
    try:
        if own is None or key is not None:
            with open(cached, encoding="utf-8") as file:
                lines = file.read().splitlines()
            if own is None and len(lines) == BUNDLED_COUNT:
                return lines
            if own is not None and lines[:1] == [key] and 1 <= len(lines) - 1 <= MAX_PRINCIPLES:
                return lines[1:]
    except (OSError, UnicodeDecodeError):
        pass
    from steentje.storage.files import make_private_dirs, write_atomic

    if settings is None or own is None:
        from steentje.principles import load_catalog

        titles = [principle.title for principle in load_catalog(language).principles]
    else:
        from steentje.storage.principle_sets import catalog_for

        titles = [p.title for p in catalog_for(settings, language, warn=False).principles]
    try:
        make_private_dirs(cache)
        lines = titles if key is None else [key, *titles]
        write_atomic(cached, ("\n".join(lines) + "\n").encode("utf-8"))
    except (OSError, SteentjeError):
        pass  # a cache only: the next run tries again
    return titles


def _journal_says_done(journal: str, today: date) -> bool:
    """Ask the journal itself (the slow path, after a change steentje did not make).

    Every entry is read: the newest day need not be the last in the file (a
    back-dated log, an import, a hand edit). The stamp is written anew from
    what was found, so the next shells start fast again.
    """
    from pathlib import Path

    from steentje.journal import answered_days
    from steentje.storage.reading import read_journal
    from steentje.storage.stamps import write_stamp_quietly

    # A free reflection answers no question: the reminder stays until today's is answered.
    days = answered_days(read_journal(Path(journal)).entries)
    write_stamp_quietly(journal, days, today)
    return today in days


def reminder(settings: Settings, today: date) -> str | None:
    """The reminder line for *today*, or None when today's reflection is written."""
    if not settings.remind:
        return None
    from steentje import words

    # Messages made on the way (a principles file that cannot be read) speak the
    # reminder's language, as the line around them does.
    words.use(settings.language)
    journal = settings.journal_name
    done = stamp_says_done(journal, today)
    if done is None and os.path.exists(journal):
        try:
            done = _journal_says_done(journal, today)
        except SteentjeError:
            return text_in("remind_needs_doctor", settings.language)
    # One listing of the journal's folder (os.scandir, nothing imported).
    copies = bool(conflict_copies(journal))
    if done:
        return text_in("remind_conflicts_alone", settings.language) if copies else None
    from steentje import paths

    try:
        titles = principle_titles(settings.language, paths.cache_dir(settings.environ), settings)
    except SteentjeError as error:
        # A broken principles file of one's own: say so in the one line, and no more.
        return text_in("remind_broken_set", settings.language, problem=str(error))
    number = principle_number_for(today, settings.week_start, len(titles))
    line = text_in("remind_line", settings.language, number=number, title=titles[number - 1])
    return f"{line} · {text_in('remind_conflicts', settings.language)}" if copies else line


def main(lang: str | None, journal: str | None, environ: Mapping[str, str] = os.environ) -> int:
    """Print the reminder if due. Always exits 0: a shell start must never fail."""
    try:
        settings = Settings(lang, journal, environ, warn=False)  # one line, and only that
        line = reminder(settings, clock.today(environ))
        if line:
            print(line)
    except Exception:
        pass  # whatever is wrong, `steentje doctor` and the other commands say so
    return 0
