"""Every message in both languages, with the same placeholders; the command line speaks them."""

from __future__ import annotations

import string

import pytest

from steentje.i18n import LANGUAGES, format_long_date
from steentje.words import MESSAGES

from .conftest import TODAY, Invoke


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def forms(text: str | dict[str, str]) -> dict[str, str]:
    return text if isinstance(text, dict) else {"other": text}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_message_exists_in_every_language_with_the_same_placeholders(key: str) -> None:
    translations = MESSAGES[key]
    assert set(translations) == set(LANGUAGES), f"{key} is missing a language"
    english, dutch = forms(translations["en"]), forms(translations["nl"])
    # A counted message has "one" and "other" in both languages ("zero" where it reads better).
    assert "other" in english and "other" in dutch, key
    assert ("one" in english) == ("one" in dutch), key
    expected = placeholders(english["other"])
    for text in [*english.values(), *dutch.values()]:
        assert text.strip()
        assert placeholders(text) <= expected | {"count"}, key


def test_plural_forms_are_chosen_by_count() -> None:
    from steentje.words import MESSAGES as catalogue
    from steentje.words import plural_form, text_in

    assert [plural_form(count) for count in (0, 1, 2, 17)] == ["zero", "one", "other", "other"]
    catalogue["_test_counted"] = {
        "en": {"zero": "none", "one": "{count} entry", "other": "{count} entries"},
        "nl": {"one": "{count} reflectie", "other": "{count} reflecties"},
    }
    try:
        assert text_in("_test_counted", "en", count=0) == "none"
        assert text_in("_test_counted", "en", count=1) == "1 entry"
        assert text_in("_test_counted", "en", count=3) == "3 entries"
        assert text_in("_test_counted", "nl", count=0) == "0 reflecties"
        assert text_in("_test_counted", "nl", count=1) == "1 reflectie"
    finally:
        del catalogue["_test_counted"]


def test_the_panel_labels_and_help_exist_in_both_languages() -> None:
    from steentje.words import HELP_COMMANDS, HELP_PARAMETERS, HELP_SPECIFIC, LABELS

    assert set(LABELS) == set(LANGUAGES)
    assert set(LABELS["nl"]) == set(LABELS["en"])
    for texts in [*HELP_COMMANDS.values(), *HELP_PARAMETERS.values(), *HELP_SPECIFIC.values()]:
        assert set(texts) == set(LANGUAGES)
        assert all(text.strip() for text in texts.values())


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
    assert format_long_date(TODAY, "nl") in saved.stdout
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

    from steentje.main import app
    from steentje.words import HELP_COMMANDS as COMMANDS
    from steentje.words import HELP_PARAMETERS as PARAMETERS
    from steentje.words import HELP_SPECIFIC as SPECIFIC

    def walk(command: object, path: str) -> None:
        assert path in COMMANDS, f"no help for {path or 'steentje'!r}"
        for parameter in command.params:  # type: ignore[attr-defined]
            known = (path, parameter.name) in SPECIFIC or parameter.name in PARAMETERS
            assert known, f"no help for {parameter.name!r} of {path or 'steentje'!r}"
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
