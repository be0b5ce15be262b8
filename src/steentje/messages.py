"""Every message steentje prints, in Dutch and in English.

``t("key", name=value)`` formats a message in the language in use: the one the
command line settled on (``use``), or until then the one $STEENTJE_LANG or the
locale asks for. tests/test_messages.py fails when a message exists in one
language only, or when its placeholders differ between the two.
"""

from __future__ import annotations

import os

MESSAGES: dict[str, dict[str, str]] = {
    # saving and answering
    "saved": {
        "en": "Saved {id} · principle {principle} · {when}",
        "nl": "Bewaard: {id} · principe {principle} · {when}",
    },
    "skipped": {
        "en": "Skipped; nothing was saved.",
        "nl": "Overgeslagen; er is niets bewaard.",
    },
    "answer_empty": {
        "en": "the answer is empty; nothing was saved",
        "nl": "het antwoord is leeg; er is niets bewaard",
    },
    "answer_empty_unchanged": {
        "en": "the answer is empty; the entry was left unchanged",
        "nl": "het antwoord is leeg; de reflectie is niet veranderd",
    },
    "text_not_utf8": {
        "en": "the {what} is not valid UTF-8 text; nothing was saved",
        "nl": "de {what} is geen geldige UTF-8-tekst; er is niets bewaard",
    },
    "tag_empty": {"en": "a tag cannot be empty", "nl": "een tag mag niet leeg zijn"},
    "tag_missing": {
        "en": "entry {id} has no tag {tags}; nothing was changed",
        "nl": "reflectie {id} heeft geen tag {tags}; er is niets veranderd",
    },
    "stdin_not_utf8": {
        "en": "standard input is not UTF-8 text (bad byte at offset {offset}); nothing was saved",
        "nl": "de invoer is geen UTF-8-tekst (fout byte op positie {offset}); er is niets bewaard",
    },
    "editor_missing": {
        "en": "editor {editor!r} not found; set $VISUAL or $EDITOR",
        "nl": "editor {editor!r} niet gevonden; stel $VISUAL of $EDITOR in",
    },
    "editor_failed": {
        "en": "the editor exited with status {status}; nothing was saved",
        "nl": "de editor stopte met status {status}; er is niets bewaard",
    },
    "editor_not_utf8": {
        "en": "the editor saved text that is not UTF-8; nothing was saved",
        "nl": "de editor bewaarde tekst die geen UTF-8 is; er is niets bewaard",
    },
    "editor_instructions_new": {
        "en": "Write your answer below these lines; save an empty file to cancel.",
        "nl": "Schrijf je antwoord onder deze regels; bewaar een leeg bestand om te stoppen.",
    },
    "editor_instructions_edit": {
        "en": "Edit the answer below these lines; leave it as it is to change nothing.",
        "nl": "Pas het antwoord hieronder aan; laat het staan om niets te veranderen.",
    },
    "editor_entry_header": {
        "en": "Entry {id} of {day}, principle {principle}.",
        "nl": "Reflectie {id} van {day}, principe {principle}.",
    },
    # finding entries
    "no_entry": {
        "en": "no entry with id {id!r}; 'steentje review' shows the ids",
        "nl": "geen reflectie met id {id!r}; 'steentje review' toont de ids",
    },
    "ambiguous_id": {
        "en": "id {id!r} is ambiguous: it starts {ids}",
        "nl": "id {id!r} is niet eenduidig: zo beginnen {ids}",
    },
    "no_principle": {
        "en": "there is no principle {number}; choose 1 to {count}",
        "nl": "er is geen principe {number}; kies 1 tot en met {count}",
    },
    # reviewing
    "no_journal_yet": {
        "en": "No reflections yet. Start with: steentje",
        "nl": "Nog geen reflecties. Begin met: steentje",
    },
    "no_match": {"en": "No entries match.", "nl": "Geen reflecties gevonden."},
    # changing entries
    "updated": {"en": "Updated {id}.", "nl": "{id} is bijgewerkt."},
    "no_changes": {"en": "No changes to {id}.", "nl": "Niets veranderd aan {id}."},
    "confirm_delete": {
        "en": "Delete {id} of {day} ({summary})?",
        "nl": "{id} van {day} verwijderen ({summary})?",
    },
    "delete_needs_yes": {
        "en": "not deleting {id} without confirmation; add --yes",
        "nl": "{id} wordt niet verwijderd zonder bevestiging; voeg --yes toe",
    },
    "nothing_deleted": {"en": "Nothing was deleted.", "nl": "Er is niets verwijderd."},
    "deleted": {
        "en": "Deleted {id}; the previous journal is kept as {backup}.",
        "nl": "{id} is verwijderd; het vorige dagboek staat in {backup}.",
    },
    # export and import
    "exported": {
        "en": "Exported {count} entries to {path}.",
        "nl": "{count} reflecties geëxporteerd naar {path}.",
    },
    "imported": {
        "en": "Imported {count} entries; {skipped} were already there.",
        "nl": "{count} reflecties geïmporteerd; {skipped} waren er al.",
    },
    "cannot_read_import": {
        "en": "cannot read {path}: {reason}; nothing was imported",
        "nl": "kan {path} niet lezen: {reason}; er is niets geïmporteerd",
    },
    "import_not_json": {
        "en": "{path}: not valid JSON (line {line}, column {column}); nothing was imported",
        "nl": "{path}: geen geldige JSON (regel {line}, kolom {column}); er is niets geïmporteerd",
    },
    "import_not_array": {
        "en": "{path}: expected a JSON array of entries; nothing was imported",
        "nl": "{path}: verwacht een JSON-lijst van reflecties; er is niets geïmporteerd",
    },
    "import_bad_entry": {
        "en": "{path}: entry {number}: {problem}; nothing was imported",
        "nl": "{path}: reflectie {number}: {problem}; er is niets geïmporteerd",
    },
    "import_not_object": {"en": "not an object", "nl": "geen object"},
    "import_field_date": {
        "en": "'date' must be an ISO 8601 date-time with its UTC offset",
        "nl": "'date' moet een ISO 8601-datum met tijd en UTC-verschil zijn",
    },
    "import_field_answer": {
        "en": "'answer' must be a non-empty string",
        "nl": "'answer' moet een niet-lege tekst zijn",
    },
    "export_exists": {
        "en": "{path} exists; add --force to replace it",
        "nl": "{path} bestaat al; voeg --force toe om het te vervangen",
    },
    "export_no_folder": {
        "en": "cannot write {path}: the folder {folder} does not exist",
        "nl": "kan {path} niet schrijven: de map {folder} bestaat niet",
    },
    # the journal file
    "is_directory": {
        "en": "{path} is a directory, not a journal file",
        "nl": "{path} is een map, geen dagboekbestand",
    },
    "path_is_directory": {"en": "{path} is a directory", "nl": "{path} is een map"},
    "cannot_read_journal": {
        "en": "cannot read the journal {path}: {reason}",
        "nl": "kan het dagboek {path} niet lezen: {reason}",
    },
    "cannot_write": {
        "en": "cannot write {path}: {reason}; nothing was saved",
        "nl": "kan {path} niet schrijven: {reason}; er is niets bewaard",
    },
    "not_a_folder": {
        "en": "cannot write the journal: {path} is not a directory",
        "nl": "kan het dagboek niet schrijven: {path} is geen map",
    },
    "locked": {
        "en": "the journal {path} is locked by another steentje for over {seconds} s; try "
        "again, or remove {lock} if no steentje is running",
        "nl": "het dagboek {path} is al {seconds} s vergrendeld door een andere steentje; "
        "probeer het opnieuw, of verwijder {lock} als er geen steentje draait",
    },
    "newer_version": {
        "en": "{path} was written by a newer steentje (journal version {version}, this one "
        "knows {known}); it is read-only here: upgrade steentje to write to it",
        "nl": "{path} is geschreven door een nieuwere steentje (dagboekversie {version}, deze "
        "kent {known}); hier alleen te lezen: werk steentje bij om erin te schrijven",
    },
    "no_journal_at": {
        "en": "there is no journal at {path} yet",
        "nl": "er is nog geen dagboek op {path}",
    },
    "not_utf8_file": {
        "en": "{path}, line {line}: not UTF-8 text; the file was left as it is",
        "nl": "{path}, regel {line}: geen UTF-8-tekst; het bestand is niet aangeraakt",
    },
    "not_toml": {
        "en": "{path}: not valid TOML: {error}; the file was left as it is",
        "nl": "{path}: geen geldige TOML: {error}; het bestand is niet aangeraakt",
    },
    "last_entry_damaged": {
        "en": "{path}, line {line}: the last entry is damaged, probably by an interrupted "
        "write: {error}; run 'steentje doctor --repair' to set it aside; the file was left "
        "as it is",
        "nl": "{path}, regel {line}: de laatste reflectie is beschadigd, waarschijnlijk door "
        "een onderbroken schrijfactie: {error}; 'steentje doctor --repair' zet haar apart; "
        "het bestand is niet aangeraakt",
    },
    "last_entry_incomplete": {
        "en": "{where}: the last entry is incomplete ({problem}), probably cut off by an "
        "interrupted write; run 'steentje doctor --repair' to set it aside; the file was "
        "left as it is",
        "nl": "{where}: de laatste reflectie is onvolledig ({problem}), waarschijnlijk "
        "afgebroken tijdens het schrijven; 'steentje doctor --repair' zet haar apart; het "
        "bestand is niet aangeraakt",
    },
    "bad_entry": {
        "en": "{where}: entry {number}: {problem}; the file was left as it is",
        "nl": "{where}: reflectie {number}: {problem}; het bestand is niet aangeraakt",
    },
    "entries_not_array": {
        "en": "{path}: 'entries' must be an array of [[entries]] tables",
        "nl": "{path}: 'entries' moet een lijst van [[entries]]-tabellen zijn",
    },
    "bad_version": {
        "en": "{path}: 'version' must be a positive whole number",
        "nl": "{path}: 'version' moet een positief geheel getal zijn",
    },
    "damaged_before_end": {
        "en": "{path} is damaged before its last entry; fix it by hand (the error above names "
        "the line) or restore the .bak file",
        "nl": "{path} is beschadigd vóór de laatste reflectie; herstel het met de hand (de "
        "fout hierboven noemt de regel) of zet het .bak-bestand terug",
    },
    # one entry's fields
    "field_id": {
        "en": "'id' must be a non-empty string",
        "nl": "'id' moet een niet-lege tekst zijn",
    },
    "field_date": {
        "en": "'date' must be a date-time such as 2026-11-30T08:15:00+01:00",
        "nl": "'date' moet een datum met tijd zijn, zoals 2026-11-30T08:15:00+01:00",
    },
    "field_principle": {
        "en": "'principle' must be a number from 1 to 7",
        "nl": "'principle' moet een getal van 1 tot en met 7 zijn",
    },
    "field_prompt": {"en": "'prompt' must be a string", "nl": "'prompt' moet een tekst zijn"},
    "field_answer": {"en": "'answer' must be a string", "nl": "'answer' moet een tekst zijn"},
    "field_tags": {
        "en": "'tags' must be a list of strings",
        "nl": "'tags' moet een lijst van teksten zijn",
    },
    "not_a_table": {"en": "not a table", "nl": "geen tabel"},
    # doctor
    "doctor_ok": {"en": "ok: {message}", "nl": "in orde: {message}"},
    "doctor_problem": {"en": "problem: {message}", "nl": "probleem: {message}"},
    "doctor_repaired": {"en": "repaired: {message}", "nl": "hersteld: {message}"},
    "doctor_no_journal": {
        "en": "no journal yet at {path}; 'steentje log' starts one",
        "nl": "nog geen dagboek op {path}; 'steentje log' begint er een",
    },
    "doctor_parses": {
        "en": "{path} parses: {count} entries, version {version}",
        "nl": "{path} is leesbaar: {count} reflecties, versie {version}",
    },
    "doctor_parses_one": {
        "en": "{path} parses: {count} entry, version {version}",
        "nl": "{path} is leesbaar: {count} reflectie, versie {version}",
    },
    "doctor_newer": {
        "en": "journal version {version} is newer than this steentje ({known}): read-only "
        "until you upgrade",
        "nl": "dagboekversie {version} is nieuwer dan deze steentje ({known}): alleen te lezen "
        "tot je bijwerkt",
    },
    "doctor_repeated_ids": {
        "en": "ids used more than once: {ids}",
        "nl": "ids die vaker voorkomen: {ids}",
    },
    "doctor_unique_ids": {"en": "every id is unique", "nl": "elke id is uniek"},
    "doctor_loose": {
        "en": "{path} is readable by others (mode {mode}, want {wanted})",
        "nl": "{path} is leesbaar voor anderen (modus {mode}, moet {wanted} zijn)",
    },
    "doctor_private": {
        "en": "{path} is private (mode {mode})",
        "nl": "{path} is privé (modus {mode})",
    },
    "repair_moved": {
        "en": "moved the damaged end ({size} bytes) to {path}",
        "nl": "het beschadigde einde ({size} bytes) verplaatst naar {path}",
    },
    "repair_ids": {"en": "gave repeated ids new ones", "nl": "dubbele ids vervangen door nieuwe"},
    "repair_private": {
        "en": "made {path} private (mode {mode})",
        "nl": "{path} privé gemaakt (modus {mode})",
    },
    "doctor_can_repair": {
        "en": "'steentje doctor --repair' can fix this.",
        "nl": "'steentje doctor --repair' kan dit herstellen.",
    },
    # config
    "config_set": {"en": "{key} = {value}  (in {path})", "nl": "{key} = {value}  (in {path})"},
    "config_removed": {"en": "Removed {key} from {path}.", "nl": "{key} is verwijderd uit {path}."},
    "config_not_set": {
        "en": "{key} was not set in {path}.",
        "nl": "{key} stond niet in {path}.",
    },
    "config_is_directory": {
        "en": "{path} is a directory, not a config file",
        "nl": "{path} is een map, geen instellingenbestand",
    },
    "config_unreadable": {
        "en": "cannot read the config file {path}: {reason}",
        "nl": "kan het instellingenbestand {path} niet lezen: {reason}",
    },
    "config_not_utf8": {
        "en": "{path}, line {line}: not UTF-8 text",
        "nl": "{path}, regel {line}: geen UTF-8-tekst",
    },
    "config_not_toml": {
        "en": "{path}: not valid TOML: {error}; 'steentje config path' shows where it is",
        "nl": "{path}: geen geldige TOML: {error}; 'steentje config path' toont waar het staat",
    },
    "config_show_line": {
        "en": "{key} = {value}  # from {source}",
        "nl": "{key} = {value}  # uit {source}",
    },
    "source_option": {"en": "the {option} option", "nl": "de optie {option}"},
    "source_config": {"en": "the config file", "nl": "het instellingenbestand"},
    "source_locale": {"en": "the locale", "nl": "de taalinstelling van het systeem"},
    "source_default": {"en": "the default", "nl": "de standaardwaarde"},
    "config_unknown": {
        "en": "unknown setting {key!r}; known: {known}",
        "nl": "onbekende instelling {key!r}; bekend zijn: {known}",
    },
    "config_wrong": {
        "en": "{key!r} must be {expected}, not {value!r}",
        "nl": "{key!r} moet {expected} zijn, niet {value!r}",
    },
    "config_expect_lang": {"en": '"nl" or "en"', "nl": '"nl" of "en"'},
    "config_expect_text": {"en": "a non-empty string", "nl": "een niet-lege tekst"},
    "config_expect_bool": {"en": "true or false", "nl": "true of false"},
    "config_expect_on_off": {"en": "on or off", "nl": "aan of uit (on of off)"},
    "config_expect_weekday": {
        "en": 'a weekday name such as "monday"',
        "nl": 'een weekdag, zoals "monday" of "maandag"',
    },
    "lang_env_bad": {
        "en": "{variable} must be nl or en, not {value!r}",
        "nl": "{variable} moet nl of en zijn, niet {value!r}",
    },
    # command-line mistakes
    "not_a_day": {
        "en": "{text!r} is not a date; use YYYY-MM-DD, for example 2026-11-30",
        "nl": "{text!r} is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-30",
    },
    "not_a_when": {
        "en": "{text!r} is not a day; use YYYY-MM-DD, today, yesterday, vandaag, gisteren, "
        "or a span back such as 7d, 4w, 3m, 1y",
        "nl": "{text!r} is geen dag; gebruik JJJJ-MM-DD, vandaag, gisteren, today, yesterday, "
        "of een periode terug zoals 7d, 4w, 3m, 1j",
    },
    "text_and_edit": {
        "en": "give the answer as TEXT or with --edit, not both",
        "nl": "geef het antwoord als TEXT of met --edit, niet allebei",
    },
    "see_help": {"en": "see '{command}'", "nl": "zie '{command}'"},
    "unexpected": {
        "en": "unexpected error ({error}); run with STEENTJE_DEBUG=1 for details and please "
        "report it",
        "nl": "onverwachte fout ({error}); start met STEENTJE_DEBUG=1 voor details en meld "
        "het alsjeblieft",
    },
    "aborted": {"en": "aborted; nothing was saved", "nl": "afgebroken; er is niets bewaard"},
}

_in_use: list[str] = []


def use(language: str) -> None:
    """Speak *language* from now on (the command line calls this once it knows)."""
    _in_use[:] = [language]


def reset() -> None:
    """Forget the language in use (each command line decides it anew)."""
    _in_use.clear()


def language() -> str:
    """The language in use: as set by ``use``, else from $STEENTJE_LANG or the locale."""
    if _in_use:
        return _in_use[0]
    from steentje.i18n import LANG_ENV, LANGUAGES, language_from_locale

    chosen = os.environ.get(LANG_ENV, "").strip().lower()
    return chosen if chosen in LANGUAGES else language_from_locale(os.environ)


def t(key: str, /, **values: object) -> str:
    """The message *key* in the language in use, filled in with *values*."""
    return MESSAGES[key][language()].format(**values)
