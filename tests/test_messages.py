"""Every message in both languages, with the same placeholders; the command line speaks them."""

from __future__ import annotations

import string
from datetime import date

import pytest

from steentje.i18n import LANGUAGES, format_long_date
from steentje.messages import MESSAGES

from .conftest import Invoke


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_message_exists_in_every_language_with_the_same_placeholders(key: str) -> None:
    translations = MESSAGES[key]
    assert set(translations) == set(LANGUAGES), f"{key} is missing a language"
    assert all(text.strip() for text in translations.values())
    assert placeholders(translations["nl"]) == placeholders(translations["en"]), key


def test_the_reminder_and_the_panel_labels_exist_in_both_languages() -> None:
    from steentje.remind import LINES, NEEDS_DOCTOR
    from steentje.render import LABELS

    assert set(LINES) == set(NEEDS_DOCTOR) == set(LABELS) == set(LANGUAGES)
    assert set(LABELS["nl"]) == set(LABELS["en"])


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "steentje: het antwoord is leeg; er is niets bewaard"),
     ("en", "steentje: the answer is empty; nothing was saved")],
)  # fmt: skip
def test_errors_speak_the_chosen_language(run: Invoke, language: str, expected: str) -> None:
    result = run("--lang", language, "log", "   ")
    assert result.exit_code == 1
    assert result.stderr.strip() == expected


def test_confirmations_and_usage_errors_speak_dutch(run: Invoke) -> None:
    saved = run("--lang", "nl", "log", "Een antwoord")
    assert saved.stdout.startswith("Bewaard: ")
    assert format_long_date(date.today(), "nl") in saved.stdout
    wrong_day = run("--lang", "nl", "review", "--since", "ooit")
    assert wrong_day.exit_code == 2
    assert "geen dag; gebruik JJJJ-MM-DD" in wrong_day.stderr
    missing = run("--lang", "nl", "show", "zzzzzzzz")
    assert "geen reflectie met id 'zzzzzzzz'" in missing.stderr


def test_dutch_locale_and_config_choose_dutch_messages(run: Invoke) -> None:
    assert "Nog geen reflecties" in run("review", env={"LANG": "nl_NL.UTF-8"}).stderr
    run("config", "set", "lang", "nl")
    assert "Nog geen reflecties" in run("review").stderr


def test_every_command_and_option_has_dutch_help() -> None:
    import typer.main

    from steentje.cli import app
    from steentje.helptexts import COMMANDS, PARAMETERS, SPECIFIC

    def walk(command: object, path: str) -> None:
        assert path in COMMANDS, f"no Dutch help for {path or 'steentje'!r}"
        for parameter in command.params:  # type: ignore[attr-defined]
            known = (path, parameter.name) in SPECIFIC or parameter.name in PARAMETERS
            assert known, f"no Dutch help for {parameter.name!r} of {path or 'steentje'!r}"
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}".strip())

    walk(typer.main.get_command(app), "")


def test_help_follows_the_language(run: Invoke) -> None:
    dutch = run("--lang", "nl", "log", "--help")
    assert dutch.exit_code == 0
    assert "Schrijf je antwoord op de vraag van vandaag op." in dutch.stdout
    assert "Voeg een tag toe" in dutch.stdout
    english = run("log", "--help")
    assert "Write down your answer to today's question." in english.stdout
    assert "Add a tag" in english.stdout
    assert "Exitcodes: 0 in orde" in run("--help", env={"LANG": "nl_NL.UTF-8"}).stdout


def test_usage_mistakes_read_in_the_chosen_language(run: Invoke) -> None:
    dutch = run("--lang", "nl", "review", "--since", "ooit")
    assert dutch.exit_code == 2
    assert dutch.stderr.startswith("steentje: --since: 'ooit' is geen dag")
    assert dutch.stderr.rstrip().endswith("(zie 'steentje review --help')")
    english = run("--lang", "en", "config", "set", "colour", "x")
    assert english.exit_code == 2
    assert english.stderr.strip() == (
        "steentje: unknown setting 'colour'; known: lang, journal, editor, remind, week_starts "
        "(see 'steentje config set --help')"
    )
