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
