"""``remind``, ``shell-init`` and ``path``: the pebble in the shell."""

from __future__ import annotations

from steentje.settings import Settings


def remind(lang_option: str | None, journal_option: str | None) -> int:
    """The reminder line, as the launcher's fast path prints it; always 0."""
    from steentje.remind import main

    return main(lang_option, journal_option)


def shell_init(settings: Settings, shell: str, *, explicit_journal: bool) -> None:
    """Print the rc-file snippet for *shell*; an explicit --lang goes into its command."""
    from steentje.settings import JOURNAL_ENV
    from steentje.shell import snippet, steentje_command

    command = steentje_command()
    if settings.lang_option:
        command += ["--lang", settings.lang_option]
    text = snippet(
        shell,
        journal=settings.journal_name,
        explicit_journal=explicit_journal,
        command=command,
        journal_variable=settings.environ.get(JOURNAL_ENV, ""),
    )
    print(text, end="")


def path(settings: Settings) -> None:
    """Print where the journal is."""
    print(settings.journal_name)
