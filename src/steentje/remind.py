"""The shell reminder: one line while today's reflection is due, silence once it is written.

It runs at every shell start (when the shell snippet finds today not yet done),
so the usual path imports nothing heavy: no typer, rich, pathlib, tomllib or
platformdirs. It reads the journal's stamp (the day of the newest entry, which
``store`` writes after every change) and a small cache of principle titles.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import date

from steentje import __version__
from steentje.config import Config, config_file, load_config
from steentje.i18n import resolve_language
from steentje.rotation import principle_number_for
from steentje.xdg import user_dir

REMIND_ENV = "STEENTJE_REMIND"
OFF_VALUES = frozenset({"0", "off", "no", "false"})
STAMP_SUFFIX = ".last-entry"
QUIET_SUFFIX = ".quiet-until"
JOURNAL_ENV = "STEENTJE_JOURNAL"

LINES = {
    "nl": "steentje · {number}. {title} · antwoord met: steentje",
    "en": "steentje · {number}. {title} · answer with: steentje",
}
NEEDS_DOCTOR = {
    "nl": "steentje: je dagboek vraagt aandacht; voer uit: steentje doctor",
    "en": "steentje: your journal needs attention; run: steentje doctor",
}


def reminder_enabled(
    environ: Mapping[str, str], configured: Callable[[], bool | None] = lambda: None
) -> bool:
    """$STEENTJE_REMIND when set (0, off, no, false silence it), else the config's remind."""
    value = environ.get(REMIND_ENV, "").strip().lower()
    if value:
        return value not in OFF_VALUES
    return configured() is not False


def stamp_path(journal: str) -> str:
    """The stamp next to the journal: one line, the day of the newest entry."""
    return journal + STAMP_SUFFIX


def default_journal(
    environ: Mapping[str, str], configured: Callable[[], str | None] = lambda: None
) -> str:
    """The journal path as ``paths.resolve_journal_path`` finds it, cheaply."""
    from_environment = environ.get(JOURNAL_ENV, "") or configured()
    if from_environment:
        return os.path.expanduser(from_environment)
    return os.path.join(user_dir("config", environ), "journal.toml")


def cache_dir(environ: Mapping[str, str]) -> str:
    """The platform cache folder for steentje."""
    return user_dir("cache", environ)


def principle_titles(language: str, cache: str) -> list[str]:
    """The seven titles in *language*, from a small cache that is rebuilt when missing."""
    cached = os.path.join(cache, f"titles-{__version__}-{language}.txt")
    try:
        with open(cached, encoding="utf-8") as file:
            titles = file.read().splitlines()
        if len(titles) == 7:
            return titles
    except OSError:
        pass
    from steentje.principles import load_catalog

    titles = [principle.title for principle in load_catalog(language).principles]
    try:
        os.makedirs(cache, mode=0o700, exist_ok=True)
        temporary = f"{cached}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as file:
            file.write("\n".join(titles) + "\n")
        os.replace(temporary, cached)
    except OSError:
        pass  # a cache only: the next run tries again
    return titles


def _stamp_says_done(journal: str, today: date) -> bool | None:
    """True/False from the stamp; None when the stamp cannot be trusted."""
    stamp = stamp_path(journal)
    try:
        stamp_info = os.stat(stamp)
        with open(stamp, encoding="ascii") as file:
            day = file.readline().strip()
    except (OSError, ValueError):
        return None
    if day == today.isoformat():
        return True
    try:
        journal_info = os.stat(journal)
    except OSError:
        return None
    if journal_info.st_mtime_ns > stamp_info.st_mtime_ns:
        return None  # the journal changed behind steentje's back (a hand edit, a sync)
    return False


def _journal_says_done(journal: str, today: date) -> bool:
    """Look at the journal's last entry (the slow path), and refresh the stamp."""
    from pathlib import Path

    from steentje.store import last_entry_day, read_stamp, write_stamp

    path = Path(journal)
    days = [day for day in (last_entry_day(path), read_stamp(path)) if day is not None]
    if days:
        try:
            write_stamp(path, max(days))
        except OSError:
            pass
    return today in days


def reminder(
    today: date,
    language: str,
    journal: str,
    environ: Mapping[str, str],
    config: Callable[[], Config] = Config,
) -> str | None:
    """The reminder line for *today*, or None when today's reflection is written.

    *config* gives the config file's settings; it is called only when needed.
    """
    if not reminder_enabled(environ, lambda: config().remind):
        return None
    done = _stamp_says_done(journal, today)
    if done is None and os.path.exists(journal):
        from steentje.errors import SteentjeError

        try:
            done = _journal_says_done(journal, today)
        except SteentjeError:
            return NEEDS_DOCTOR[language]
    if done:
        return None
    number = principle_number_for(today, config().week_starts or 0)
    title = principle_titles(language, cache_dir(environ))[number - 1]
    return LINES[language].format(number=number, title=title)


def main(lang: str | None, journal: str | None, environ: Mapping[str, str] = os.environ) -> int:
    """Print the reminder if due. Always exits 0: a shell start must never fail."""
    loaded: list[Config] = []

    def config() -> Config:
        # Read the config file only when a setting is not decided otherwise.
        if not loaded:
            loaded.append(load_config(config_file(environ)))
        return loaded[0]

    try:
        language = resolve_language(lang, environ, lambda: config().lang)
        if journal:
            path = os.path.expanduser(journal)
        else:
            path = default_journal(environ, lambda: config().journal)
        line = reminder(date.today(), language, path, environ, config)
        if line:
            print(line)
    except Exception:
        pass
    return 0
