"""Every message in both languages, with the same placeholders; the command line speaks them."""

from __future__ import annotations

import string
from pathlib import Path

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
    # A counted message has "one" and "other" (and "zero" where it reads better), the
    # same forms in both languages; each form has the same placeholders in both.
    assert set(english) == set(dutch), key
    assert "other" in english, key
    assert set(english) <= {"zero", "one", "other"}, key
    if isinstance(translations["en"], dict):
        assert "one" in english, key
    for form, text in english.items():
        assert text.strip() and dutch[form].strip(), (key, form)
        assert placeholders(text) == placeholders(dutch[form]), (key, form)
    # Forms differ only in the count: "zero" and "one" may leave {count} out.
    other = placeholders(english["other"])
    for text in english.values():
        assert placeholders(text) - {"count"} == other - {"count"}, key


# Every counted message, rendered for 0, 1 and many: no "1 entries", no "0 reflecties".
COUNTED = {
    "exported": ({"path": "x.md"}, {
        "en": ("No entries matched; x.md contains none.", "Exported 1 entry to x.md.",
               "Exported 3 entries to x.md."),
        "nl": ("Geen reflecties gevonden; x.md bevat dus geen reflecties.",
               "1 reflectie geëxporteerd naar x.md.", "3 reflecties geëxporteerd naar x.md."),
    }),
    "imported": ({}, {
        "en": ("No new entries imported", "Imported 1 entry", "Imported 3 entries"),
        "nl": ("Geen nieuwe reflecties geïmporteerd", "1 reflectie geïmporteerd",
               "3 reflecties geïmporteerd"),
    }),
    "import_skipped": ({}, {
        "en": ("0 were already there", "1 was already there", "3 were already there"),
        "nl": ("0 had je al", "1 had je al", "3 had je al"),
    }),
    "doctor_parses": ({"path": "j.toml", "version": 1}, {
        "en": ("j.toml parses: no entries yet, version 1", "j.toml parses: 1 entry, version 1",
               "j.toml parses: 3 entries, version 1"),
        "nl": ("j.toml is geldig: nog geen reflecties, dagboekversie 1",
               "j.toml is geldig: 1 reflectie, dagboekversie 1",
               "j.toml is geldig: 3 reflecties, dagboekversie 1"),
    }),
    "doctor_repeated_ids": ({"ids": "ab"}, {
        "en": ("ids used more than once: ab", "an id is used more than once: ab",
               "ids used more than once: ab"),
        "nl": ("id's die meer dan één keer voorkomen: ab", "een id komt meer dan één keer voor: ab",
               "id's die meer dan één keer voorkomen: ab"),
    }),
    "repair_moved": ({"path": "s"}, {
        "en": ("moved the damaged end (0 bytes) to s", "moved the damaged end (1 byte) to s",
               "moved the damaged end (3 bytes) to s"),
        "nl": ("het beschadigde einde (0 bytes) verplaatst naar s",
               "het beschadigde einde (1 byte) verplaatst naar s",
               "het beschadigde einde (3 bytes) verplaatst naar s"),
    }),
    "tag_missing": ({"id": "k3", "tags": "'a'"}, {
        "en": ("entry k3 has none of the tags 'a'; nothing was changed",
               "entry k3 has no tag 'a'; nothing was changed",
               "entry k3 has none of the tags 'a'; nothing was changed"),
        "nl": ("reflectie k3 heeft de tags 'a' niet; er is niets gewijzigd",
               "reflectie k3 heeft de tag 'a' niet; er is niets gewijzigd",
               "reflectie k3 heeft de tags 'a' niet; er is niets gewijzigd"),
    }),
    "locked": ({"path": "j", "lock": "j.lock"}, {
        "en": ("over 0 seconds;", "over 1 second;", "over 3 seconds;"),
        "nl": ("meer dan 0 seconden vergrendeld", "meer dan 1 seconde vergrendeld",
               "meer dan 3 seconden vergrendeld"),
    }),
    "stats_days": ({}, {
        "en": ("0 days", "1 day", "3 days"),
        "nl": ("0 dagen", "1 dag", "3 dagen"),
    }),
    "stats_calendar": ({}, {
        "en": ("The last 0 weeks", "This week", "The last 3 weeks"),
        "nl": ("De laatste 0 weken", "Deze week", "De laatste 3 weken"),
    }),
    "import_conflict": ({"path": "x.json", "ids": "abcd1234"}, {
        "en": ("0 entries in x.json have the ids", "1 entry in x.json has the id of an entry",
               "3 entries in x.json have the ids"),
        "nl": ("0 reflecties in x.json hebben de id's",
               "1 reflectie in x.json heeft de id van een reflectie",
               "3 reflecties in x.json hebben de id's"),
    }),
    "import_renamed": ({"ids": "abcd1234"}, {
        "en": ("0 entries had ids", "1 entry had an id", "3 entries had ids"),
        "nl": ("0 reflecties hadden id's", "1 reflectie had een id", "3 reflecties hadden id's"),
    }),
    # issue 14: merge, sync, conflict copies
    "changes_new": ({}, {
        "en": ("0 new", "1 new", "3 new"),
        "nl": ("0 nieuwe", "1 nieuwe", "3 nieuwe"),
    }),
    "changes_edited": ({}, {
        "en": ("0 edited", "1 edited", "3 edited"),
        "nl": ("0 gewijzigd", "1 gewijzigd", "3 gewijzigd"),
    }),
    "changes_conflicts": ({}, {
        "en": ("0 conflicts", "1 conflict", "3 conflicts"),
        "nl": ("0 conflicten", "1 conflict", "3 conflicten"),
    }),
    "changes_deleted": ({}, {
        "en": ("0 deleted", "1 deleted", "3 deleted"),
        "nl": ("0 verwijderd", "1 verwijderd", "3 verwijderd"),
    }),
    "merged": ({"changes": "x"}, {
        "en": ("Merged 0 copies", "Merged 1 copy", "Merged 3 copies"),
        "nl": ("0 kopieën samengevoegd", "1 kopie samengevoegd", "3 kopieën samengevoegd"),
    }),
    "merge_conflicts_kept": ({}, {
        "en": ("versions of 0 entries", "version of 1 entry", "versions of 3 entries"),
        "nl": ("versies van 0 reflecties", "versie van 1 reflectie", "versies van 3 reflecties"),
    }),
    "conflict_copies_notice": ({"names": "x"}, {
        "en": ("0 conflict copies of your journal lie", "1 conflict copy of your journal lies",
               "3 conflict copies of your journal lie"),
        "nl": ("staan 0 conflictkopieën", "staat 1 conflictkopie", "staan 3 conflictkopieën"),
    }),
    "import_deleted_skipped": ({}, {
        "en": ("0 you deleted were", "1 you deleted was not imported; --keep-both brings it",
               "3 you deleted were not imported; --keep-both brings them"),
        "nl": ("0 die je had verwijderd zijn", "1 die je had verwijderd is niet",
               "3 die je had verwijderd zijn niet"),
    }),
    "import_deleted_back": ({"ids": "x"}, {
        "en": ("0 entries you deleted are", "1 entry you deleted is", "3 entries you deleted are"),
        "nl": ("0 reflecties die je had verwijderd zijn", "1 reflectie die je had verwijderd is",
               "3 reflecties die je had verwijderd zijn"),
    }),
    "stats_conflict_copies": ({}, {
        "en": ("0 conflict copies wait", "1 conflict copy waits", "3 conflict copies wait"),
        "nl": ("0 conflictkopieën wachten", "1 conflictkopie wacht", "3 conflictkopieën wachten"),
    }),
    # a principles file of your own (issue 13, part B)
    "own_count": ({"most": 31}, {
        "en": ("holds 0 principles", "holds 1 principle;", "holds 3 principles"),
        "nl": ("bevat 0 principes", "bevat 1 principe;", "bevat 3 principes"),
    }),
    "own_more_problems": ({"problem": "p", "file": "f"}, {
        "en": ("and 0 more problems", "and 1 more problem:", "and 3 more problems"),
        "nl": ("en nog 0 problemen", "en nog 1 probleem:", "en nog 3 problemen"),
    }),
    "own_fallback": ({"set": "team", "numbers": "2"}, {
        "en": ("principles 2 have no English", "principle 2 has no English",
               "principles 2 have no English"),
        "nl": ("principes 2 hebben geen Nederlandse", "principe 2 heeft geen Nederlandse",
               "principes 2 hebben geen Nederlandse"),
    }),
    "own_check_ok": ({"file": "f", "id": "team"}, {
        "en": ("0 principles", "1 principle,", "3 principles"),
        "nl": ("0 principes", "1 principe,", "3 principes"),
    }),
    "own_check_failed": ({"file": "f"}, {
        "en": ("0 problems; nothing", "1 problem; nothing", "3 problems; nothing"),
        "nl": ("0 problemen; er", "1 probleem; er", "3 problemen; er"),
    }),
    "stats_other_sets": ({"set": "team"}, {
        "en": ("0 reflections answer", "1 reflection answers", "3 reflections answer"),
        "nl": ("0 reflecties beantwoorden", "1 reflectie beantwoordt", "3 reflecties beantwoorden"),
    }),
}  # fmt: skip


def test_every_counted_message_is_checked_for_0_1_and_many() -> None:
    counted = {key for key, texts in MESSAGES.items() if isinstance(texts["en"], dict)}
    assert counted == set(COUNTED)


@pytest.mark.parametrize("key", sorted(COUNTED))
@pytest.mark.parametrize("language", LANGUAGES)
def test_counted_messages_read_right_for_0_1_and_many(key: str, language: str) -> None:
    from steentje.words import text_in

    values, expected = COUNTED[key]
    for count, text in zip((0, 1, 3), expected[language], strict=True):
        assert text in text_in(key, language, count=count, **values)


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
    assert "geen dag die steentje kent; gebruik een datum JJJJ-MM-DD" in wrong_day.stderr
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
    assert "Afsluitcodes: 0 gelukt" in run("--help", env={"LANG": "nl_NL.UTF-8"}).stdout


def test_usage_mistakes_read_in_the_chosen_language(run: Invoke) -> None:
    dutch = run("--lang", "nl", "review", "--since", "ooit")
    assert dutch.exit_code == 2
    assert dutch.stderr.startswith("steentje: --since: 'ooit' is geen dag")
    assert dutch.stderr.rstrip().endswith("(zie 'steentje review --help')")
    english = run("--lang", "en", "config", "set", "colour", "x")
    assert english.exit_code == 2
    assert english.stderr.strip() == (
        "steentje: unknown setting 'colour'; known: lang, journal, editor, remind, week_starts, "
        "inline_tags, show_last_answer, principles, journals.NAME "
        "(see 'steentje config set --help')"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "kan {path} niet lezen: het bestand of de map bestaat niet; er is niets geïmporteerd"),
     ("en", "cannot read {path}: no such file or folder; nothing was imported")],
)  # fmt: skip
def test_the_systems_reasons_speak_the_chosen_language(
    run: Invoke, tmp_path: Path, language: str, expected: str
) -> None:
    missing = tmp_path / "nergens.json"
    result = run("--lang", language, "import", str(missing))
    assert result.exit_code == 1
    assert result.stderr == f"steentje: {expected.format(path=missing)}\n"


def test_reasons_without_words_of_their_own_keep_the_systems() -> None:
    import errno

    from steentje import words

    words.use("nl")
    assert words.os_reason(PermissionError(errno.EACCES, "Permission denied")) == "geen toegang"
    assert words.os_reason(OSError(errno.EBUSY, "Device or resource busy")) == (
        f"systeemfout {errno.EBUSY}: Device or resource busy"
    )


def test_the_config_files_comment_speaks_the_chosen_language(run: Invoke) -> None:
    from steentje.paths import config_file

    run("--lang", "nl", "config", "set", "remind", "uit")
    text = Path(config_file()).read_text(encoding="utf-8")
    assert text.startswith("# instellingen van steentje; 'steentje config show' toont ze")
