"""What ``today`` and ``log`` do between parsing and rendering.

Shared by the typer command line and the launcher's fast path for ``today``,
so both behave the same by construction.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from steentje.messages import t

if TYPE_CHECKING:
    from pathlib import Path

    from steentje.config import Config
    from steentje.daily import DailyPrompt
    from steentje.journal import Entry


@dataclass(frozen=True)
class Settings:
    """What the global options decided, handed to every command.

    Everything is worked out on first use, so the config file is read only by
    commands that need a setting from it (and ``config path`` works with a
    broken one).
    """

    lang_option: str | None = None
    journal_option: Path | None = None

    @cached_property
    def config(self) -> Config:
        """The config file's settings."""
        from steentje.config import config_file, load_config

        return load_config(config_file(os.environ))

    @cached_property
    def language(self) -> str:
        """--lang, else $STEENTJE_LANG, else the config file, else the locale."""
        from steentje.i18n import resolve_language
        from steentje.messages import use

        language = resolve_language(self.lang_option, os.environ, lambda: self.config.lang)
        use(language)
        return language

    @cached_property
    def journal(self) -> Path:
        """--journal, else $STEENTJE_JOURNAL, else the config file, else the default."""
        from steentje.paths import resolve_journal_path

        return resolve_journal_path(self.journal_option, lambda: self.config.journal)

    @property
    def week_start(self) -> int:
        """The weekday principle 1 falls on (0 is Monday), from the config file."""
        return self.config.week_starts or 0

    @property
    def editor(self) -> str | None:
        """The config file's editor, used after $VISUAL and $EDITOR."""
        return self.config.editor  # type: ignore[no-any-return]


def interactive() -> bool:
    """True when both input and output are a terminal, so asking makes sense."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def daily_for(settings: Settings, day: date) -> DailyPrompt:
    """The principle and prompt of *day* in the settings' language."""
    from steentje.daily import daily_prompt
    from steentje.principles import load_catalog

    return daily_prompt(load_catalog(settings.language), day, settings.week_start)


def show_today(settings: Settings, day: date | None, *, no_input: bool) -> None:
    """Show the day's panel and, on a terminal, take and save the answer (Enter skips)."""
    from steentje import render
    from steentje.dates import local_now

    now = local_now()
    daily = daily_for(settings, day or now.date())
    ask = not no_input and interactive()
    console = render.make_console()
    console.print(render.daily_panel(daily, settings.language, show_hint=not ask))
    if not ask:
        return
    answer = render.ask_answer(console, settings.language, can_skip=True)
    if not answer.strip():
        print(t("skipped"), file=sys.stderr)
        return
    save_answer(settings, daily, answer, (), now)


def collect_answer(settings: Settings, daily: DailyPrompt, *, edit: bool) -> str:
    """The answer from the editor, else from piped input, else asked on the terminal."""
    from steentje import answers, render

    if edit:
        instructions = [
            f"{daily.principle.number}. {daily.principle.title}",
            daily.prompt,
            t("editor_instructions_new"),
        ]
        return answers.edit_answer(instructions, "", os.environ, settings.editor)
    if answers.stdin_is_piped():
        return answers.read_piped_answer(sys.stdin.buffer)
    console = render.make_console()
    console.print(render.daily_panel(daily, settings.language, show_hint=False))
    return render.ask_answer(console, settings.language, can_skip=False)


def save_answer(
    settings: Settings, daily: DailyPrompt, answer: str, tags: Iterable[str], now: datetime
) -> Entry:
    """Append the answer to the journal and confirm it with the entry's id."""
    from steentje.dates import moment_on
    from steentje.i18n import format_long_date
    from steentje.journal import new_entry
    from steentje.store import append_entry

    entry = new_entry(
        when=moment_on(daily.day, now),
        principle=daily.principle.number,
        prompt=daily.prompt,
        answer=answer,
        tags=tags,
    )
    append_entry(settings.journal, entry)
    when = format_long_date(daily.day, settings.language)
    print(t("saved", id=entry.id, principle=entry.principle, when=when))
    return entry
