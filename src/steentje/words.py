"""Every word steentje prints, in Dutch and in English: the one catalogue.

Messages (``t``), labels of the rich screens (``LABELS``), the reminder line,
the names of days and months, and the --help texts of every command and option
all live here, side by side, so that a text is changed in one place for both
languages. tests/test_words.py fails when a text exists in one language only,
or when its placeholders differ between the two.

Kept free of imports from the rest of steentje (and of anything heavy): the
shell reminder loads it at shell start, and every other module may use it.

The language in use is set once, by the entry point, with ``use`` as soon as
the settings have decided it; until then it follows $STEENTJE_LANG or the
locale, so that even an error about the settings speaks the user's language.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

# typing.TYPE_CHECKING without importing typing, which the reminder does not need.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "en"
LANG_ENV = "STEENTJE_LANG"

# A message is one text per language, or, for a message about a count, one text
# per plural form ("zero" is optional, "one" and "other" are required): see t().
Text = str | dict[str, str]

MESSAGES: dict[str, dict[str, Text]] = {
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
        "nl": "{what} is geen geldige UTF-8-tekst; er is niets bewaard",
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
    "not_utf8_text": {"en": "not UTF-8 text", "nl": "geen UTF-8-tekst"},
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
        "en": "{error}; this is not an interrupted write, so nothing was moved: fix it by hand "
        "or restore the .bak file",
        "nl": "{error}; dit is geen onderbroken schrijfactie, dus er is niets verplaatst: "
        "herstel het met de hand of zet het .bak-bestand terug",
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
        "en": "'principle' must be a number from 1 to {count}",
        "nl": "'principle' moet een getal van 1 tot en met {count} zijn",
    },
    "field_name_answer": {"en": "answer", "nl": "het antwoord"},
    "field_name_prompt": {"en": "question", "nl": "de vraag"},
    "field_name_tag": {"en": "tag", "nl": "de tag"},
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
    # the shell reminder
    "remind_line": {
        "en": "steentje · {number}. {title} · answer with: steentje",
        "nl": "steentje · {number}. {title} · antwoord met: steentje",
    },
    "remind_needs_doctor": {
        "en": "steentje: your journal needs attention; run: steentje doctor",
        "nl": "steentje: je dagboek vraagt aandacht; voer uit: steentje doctor",
    },
    # what each setting means (config show, completion)
    "setting_lang": {
        "en": "language of the principles and prompts: nl or en",
        "nl": "taal van de principes en vragen: nl of en",
    },
    "setting_journal": {
        "en": "path of the journal file (~ is your home folder)",
        "nl": "pad van het dagboekbestand (~ is je thuismap)",
    },
    "setting_editor": {
        "en": "editor for --edit and edit, used when $VISUAL and $EDITOR are not set",
        "nl": "editor voor --edit en edit, als $VISUAL en $EDITOR niet zijn ingesteld",
    },
    "setting_remind": {
        "en": "whether the shell reminder speaks: on or off",
        "nl": "of de herinnering in de shell spreekt: aan of uit",
    },
    "setting_week_starts": {
        "en": "the weekday principle 1 falls on, monday to sunday",
        "nl": "de weekdag waarop principe 1 valt, maandag tot en met zondag",
    },
    "clock_bad": {
        "en": "{variable} must be a moment such as 2026-11-30T09:00:00+01:00, not {value!r}",
        "nl": "{variable} moet een moment zijn zoals 2026-11-30T09:00:00+01:00, niet {value!r}",
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
    # the journal as the only truth: kinds of files, links, conflicts, dates, a full disk
    "not_a_regular_file": {
        "en": "{path} is not a regular file (a link, FIFO or device); steentje reads and "
        "writes only regular files",
        "nl": "{path} is geen gewoon bestand (maar een link, FIFO of apparaat); steentje leest "
        "en schrijft alleen gewone bestanden",
    },
    "disk_full": {
        "en": "the disk holding {path} is full; nothing was saved and the file is as it was",
        "nl": "de schijf met {path} is vol; er is niets bewaard en het bestand is ongewijzigd",
    },
    "export_is_steentjes": {
        "en": "{path} is your journal or one of steentje's files beside it; an export never "
        "overwrites those",
        "nl": "{path} is je dagboek of een van de bestanden van steentje ernaast; een export "
        "overschrijft die nooit",
    },
    "export_not_regular": {
        "en": "{path} is not a regular file; --force overwrites regular files only",
        "nl": "{path} is geen gewoon bestand; --force overschrijft alleen gewone bestanden",
    },
    "import_conflict": {
        "en": {
            "one": "{count} entry in {path} has the id of an entry in your journal but other "
            "content ({ids}); nothing was imported. Compare with 'steentje show ID', or add "
            "--keep-both to import it under a new id",
            "other": "{count} entries in {path} have the ids of entries in your journal but "
            "other content ({ids}); nothing was imported. Compare with 'steentje show ID', or "
            "add --keep-both to import them under new ids",
        },
        "nl": {
            "one": "{count} reflectie in {path} heeft de id van een reflectie in je dagboek "
            "maar een andere inhoud ({ids}); er is niets geïmporteerd. Vergelijk met 'steentje "
            "show ID', of voeg --keep-both toe om die met een nieuwe id te importeren",
            "other": "{count} reflecties in {path} hebben de id's van reflecties in je dagboek "
            "maar een andere inhoud ({ids}); er is niets geïmporteerd. Vergelijk met 'steentje "
            "show ID', of voeg --keep-both toe om ze met nieuwe id's te importeren",
        },
    },
    "import_renamed": {
        "en": {
            "one": "{count} entry had an id already in use with other content; it was "
            "imported under a new id: {ids}",
            "other": "{count} entries had ids already in use with other content; they were "
            "imported under new ids: {ids}",
        },
        "nl": {
            "one": "{count} reflectie had een id die al in gebruik was met een andere inhoud; "
            "die is geïmporteerd met een nieuwe id: {ids}",
            "other": "{count} reflecties hadden id's die al in gebruik waren met een andere "
            "inhoud; die zijn geïmporteerd met nieuwe id's: {ids}",
        },
    },
    "import_too_deep": {
        "en": "{path} is nested too deeply to be an export; nothing was imported",
        "nl": "{path} is te diep genest voor een export; er is niets geïmporteerd",
    },
    "edit_conflict": {
        "en": "entry {id} was changed or deleted elsewhere while you were editing it; "
        "nothing was saved. Your text is kept in {saved}",
        "nl": "reflectie {id} is ergens anders gewijzigd of verwijderd terwijl je die aanpaste; "
        "er is niets bewaard. Je tekst staat in {saved}",
    },
    "text_kept": {
        "en": "{error}; your text is kept in {saved}",
        "nl": "{error}; je tekst staat in {saved}",
    },
    "date_in_future": {
        "en": "{day} is after today; a reflection is for today or a day before it",
        "nl": "{day} ligt na vandaag; een reflectie is voor vandaag of een dag ervoor",
    },
    "date_out_of_range": {
        "en": "{text!r} is outside the dates steentje works with ({first} to {last})",
        "nl": "{text!r} valt buiten de datums waarmee steentje werkt ({first} tot en met {last})",
    },
    "field_date_range": {
        "en": "'date' must lie between {first} and {last}",
        "nl": "'date' moet tussen {first} en {last} liggen",
    },
}


# --- names of days and months --------------------------------------------------
# Spelled out here rather than taken from the C library's locale tables, which
# are often missing (a fresh Debian has no nl_NL locale).
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS: dict[str, tuple[str, ...]] = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


# --- labels of the rich screens ------------------------------------------------
LABELS: dict[str, dict[str, Any]] = {
    "nl": {
        "today": "Vraag van vandaag",
        "answer_or_skip": "Jouw antwoord (Enter slaat over)",
        "answer": "Jouw antwoord",
        "log_hint": 'Antwoorden: steentje log "…"',
        "prompts": "Reflectievragen",
        "date": "Datum",
        "principle": "Principe",
        "id": "Id",
        "reflection": "Antwoord",
        "key_phrase": "Kern",
        "principles_title": "Het nieuwe leidinggeven",
        "yes_no": "[j/N]",
        "yes_words": ("j", "ja", "y", "yes"),
        "entries": "Reflecties",
        "days": "Dagen met een reflectie",
        "current_streak": "Huidige reeks",
        "longest_streak": "Langste reeks",
        "day_units": ("dag", "dagen"),
        "per_principle": "Per principe",
        "tags": "Meest gebruikte tags",
        "calendar": "De laatste {weeks} weken",
        "weekdays": ("ma", "di", "wo", "do", "vr", "za", "zo"),
        "months": (
            "jan",
            "feb",
            "mrt",
            "apr",
            "mei",
            "jun",
            "jul",
            "aug",
            "sep",
            "okt",
            "nov",
            "dec",
        ),
        "legend": "minder · ░ ▒ ▓ · meer",
        "nothing": "—",
        "week_title": "Week {week}",
    },
    "en": {
        "today": "Today's question",
        "answer_or_skip": "Your answer (Enter skips)",
        "answer": "Your answer",
        "log_hint": 'To answer: steentje log "…"',
        "prompts": "Reflection prompts",
        "date": "Date",
        "principle": "Principle",
        "id": "Id",
        "reflection": "Answer",
        "key_phrase": "Key phrase",
        "principles_title": "Het nieuwe leidinggeven: the new way of leading",
        "yes_no": "[y/N]",
        "yes_words": ("y", "yes"),
        "entries": "Reflections",
        "days": "Days with a reflection",
        "current_streak": "Current streak",
        "longest_streak": "Longest streak",
        "day_units": ("day", "days"),
        "per_principle": "Per principle",
        "tags": "Most used tags",
        "calendar": "The last {weeks} weeks",
        "weekdays": ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"),
        "months": (
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ),
        "legend": "less · ░ ▒ ▓ · more",
        "nothing": "—",
        "week_title": "Week {week}",
    },
}


# --- help texts ----------------------------------------------------------------
# Every command's help, by its path ('' is steentje itself, 'config set' a subcommand).
HELP_COMMANDS: dict[str, dict[str, str]] = {
    "": {
        "en": """\
A pebble in your shoe for leaders who live in a terminal.

Every day one of the seven principles of *het nieuwe leidinggeven* asks you one
question about your own last day or week. Answer it in a few lines; steentje
keeps your answers in a plain TOML journal that only you can read.

Run `steentje` without a command to see today's question and answer it.
""",
        "nl": """\
Een steentje in je schoen voor leidinggevenden die in een terminal leven.

Elke dag stelt een van de zeven principes van *het nieuwe leidinggeven* je één vraag
over je eigen afgelopen dag of week. Beantwoord die in een paar regels; steentje bewaart
je antwoorden in een gewoon TOML-dagboek dat alleen jij kunt lezen.

Start `steentje` zonder opdracht om de vraag van vandaag te zien en te beantwoorden.
""",
    },
    "today": {
        "en": """\
Show today's principle and question, then ask for your answer.

On a terminal steentje asks for the answer right away (Enter skips). With
--no-input, or when input is not a terminal, it only shows the question.

Example: `steentje today --date 2026-12-01 --no-input`
""",
        "nl": """\
Toon het principe en de vraag van vandaag, en vraag om je antwoord.

Op een terminal vraagt steentje meteen om het antwoord (Enter slaat over). Met
--no-input, of als de invoer geen terminal is, toont het alleen de vraag.

Voorbeeld: `steentje today --date 2026-12-01 --no-input`
""",
    },
    "principles": {
        "en": """\
List the seven principles, or show one in full with its reflection prompts.

Example: `steentje --lang en principles 5`
""",
        "nl": """\
Toon de zeven principes, of één principe helemaal met zijn reflectievragen.

Voorbeeld: `steentje --lang nl principles 5`
""",
    },
    "log": {
        "en": """\
Write down your answer to today's question.

The answer comes from TEXT, else from --edit, else from piped input, else
steentje asks for it. --date backfills another day, with that day's question.

Example: `steentje log "Let Sam run the planning; it went better" -t team`
""",
        "nl": """\
Schrijf je antwoord op de vraag van vandaag op.

Het antwoord komt uit TEXT, anders uit --edit, anders uit de invoer (een pipe), anders
vraagt steentje erom. --date vult een andere dag in, met de vraag van die dag.

Voorbeeld: `steentje log "Sam liet de planning doen; het ging beter" -t team`
""",
    },
    "review": {
        "en": """\
Look back at your reflections, newest first.

Filters combine: --principle 5 --tag team --since 4w shows entries on
principle 5, tagged team, from the last four weeks. Matches of --search are
highlighted. Long output goes through your pager on a terminal.

Example: `steentje review -p 5 --search vertrouwen --since 3m --format full`
""",
        "nl": """\
Kijk terug op je reflecties, de nieuwste eerst.

Filters combineren: --principle 5 --tag team --since 4w toont reflecties op principe 5,
met de tag team, uit de laatste vier weken. Treffers van --search worden gemarkeerd.
Lange uitvoer gaat op een terminal door je pager.

Voorbeeld: `steentje review -p 5 --search vertrouwen --since 3m --format full`
""",
    },
    "show": {
        "en": """\
Show one entry whole: its day, principle, the question as asked, and your answer.

Example: `steentje show k3f9`
""",
        "nl": """\
Toon één reflectie helemaal: de dag, het principe, de vraag zoals gesteld en je antwoord.

Voorbeeld: `steentje show k3f9`
""",
    },
    "stats": {
        "en": """\
Your patterns: totals, streaks, entries per principle, tags, and a calendar.

The current streak counts the days in a row with a reflection up to today
(or yesterday, while today's is still to come). Which principle have you
been avoiding?

Example: `steentje stats --weeks 52`
""",
        "nl": """\
Je patronen: totalen, reeksen, reflecties per principe, tags en een kalender.

De huidige reeks telt de dagen op rij met een reflectie tot en met vandaag (of gisteren,
zolang die van vandaag nog komt). Welk principe ontloop je?

Voorbeeld: `steentje stats --weeks 52`
""",
    },
    "week": {
        "en": """\
A weekly review on one screen: the week's seven principles and your answers.

Monday to Sunday of the week that holds --date (default: this week), each
day's question and what you wrote, or a dash; then the article's closing
thought. Good before a 1:1 or a team retrospective.

Example: `steentje week --date 2026-11-23`
""",
        "nl": """\
Een weekoverzicht op één scherm: de zeven principes van de week en je antwoorden.

De week waarin --date valt (standaard: deze week), met per dag de vraag en wat je
schreef, of een streepje; daarna de slotgedachte van het artikel. Handig voor een
één-op-één of een teamretro.

Voorbeeld: `steentje week --date 2026-11-23`
""",
    },
    "export": {
        "en": """\
Take your reflections out, oldest first: Markdown grouped by week, or JSON.

Takes the same filters as review. A file written with --output is readable
by you alone; an existing one is only replaced with --force.

Example: `steentje export --since 3m -o kwartaal.md`
""",
        "nl": """\
Haal je reflecties eruit, de oudste eerst: Markdown per week, of JSON.

Kent dezelfde filters als review. Een bestand dat --output schrijft is alleen voor jou
leesbaar; een bestaand bestand wordt alleen met --force vervangen.

Voorbeeld: `steentje export --since 3m -o kwartaal.md`
""",
    },
    "import": {
        "en": """\
Bring in entries from a JSON export (from another machine, say).

Entries already in your journal (the same id, or the same date and answer)
are skipped; a malformed file changes nothing.

Example: `steentje import laptop.json`
""",
        "nl": """\
Haal reflecties binnen uit een JSON-export (van een andere computer, bijvoorbeeld).

Reflecties die je al hebt (zelfde id, of zelfde datum en antwoord) worden overgeslagen;
een kapot bestand verandert niets.

Voorbeeld: `steentje import laptop.json`
""",
    },
    "edit": {
        "en": """\
Change an entry's answer in your editor, or its tags.

Without --answer, --tag or --untag the answer opens in $VISUAL or $EDITOR;
leaving it unchanged changes nothing, emptying it is refused. The previous
journal is kept as journal.toml.bak.

Example: `steentje edit k3f9x2ab --tag 1on1 --untag team`
""",
        "nl": """\
Verander het antwoord van een reflectie in je editor, of haar tags.

Zonder --answer, --tag of --untag opent het antwoord in $VISUAL of $EDITOR; laat je het
staan, dan verandert er niets, en een leeg antwoord wordt geweigerd. Het vorige dagboek
blijft bewaard als journal.toml.bak.

Voorbeeld: `steentje edit k3f9x2ab --tag 1op1 --untag team`
""",
    },
    "delete": {
        "en": """\
Delete an entry, after asking on a terminal.

The previous journal is kept as journal.toml.bak, so one delete can be undone.

Example: `steentje delete k3f9x2ab --yes`
""",
        "nl": """\
Verwijder een reflectie, na een vraag op de terminal.

Het vorige dagboek blijft bewaard als journal.toml.bak, zodat één verwijdering terug
te draaien is.

Voorbeeld: `steentje delete k3f9x2ab --yes`
""",
    },
    "doctor": {
        "en": """\
Check the journal: it parses, every entry is valid, ids are unique, files are private.

Exits 1 when something needs attention. With --repair, a last entry torn by
an interrupted write is moved to a side file (every intact entry stays) and
the previous journal is kept as journal.toml.bak.

Example: `steentje doctor --repair`
""",
        "nl": """\
Controleer het dagboek: leesbaar, elke reflectie geldig, ids uniek, bestanden privé.

Stopt met code 1 als iets aandacht nodig heeft. Met --repair wordt een laatste reflectie
die door een onderbroken schrijfactie kapot is in een apart bestand gezet (elke hele
reflectie blijft), en het vorige dagboek bewaard als journal.toml.bak.

Voorbeeld: `steentje doctor --repair`
""",
    },
    "remind": {
        "en": """\
Print one line while today's reflection is due; nothing once it is written.

Meant for shell start-up (see shell-init): it always exits 0, and
STEENTJE_REMIND=off silences it.

Example: `steentje remind`
""",
        "nl": """\
Print één regel zolang de reflectie van vandaag nog moet; niets als ze er is.

Bedoeld voor het starten van een shell (zie shell-init): stopt altijd met code 0, en
STEENTJE_REMIND=off zet het uit.

Voorbeeld: `steentje remind`
""",
    },
    "shell-init": {
        "en": """\
Print the shell snippet that reminds you until today's reflection is written.

Write it to a file once and source that file from your rc file: then a new
shell starts no Python at all once today is done (an `eval "$(steentje
shell-init bash)"` line would start Python in every shell).

Example: `steentje shell-init bash > ~/.config/steentje/remind.bash`
""",
        "nl": """\
Print het shellfragment dat je herinnert tot de reflectie van vandaag er is.

Schrijf het één keer naar een bestand en laad dat bestand vanuit je rc-bestand: dan
start een nieuwe shell geen Python meer zodra vandaag klaar is (een regel
`eval "$(steentje shell-init bash)"` zou in elke shell Python starten).

Voorbeeld: `steentje shell-init bash > ~/.steentje.bash`
""",
    },
    "path": {
        "en": """\
Print where your journal is.

Example: `$EDITOR "$(steentje path)"`
""",
        "nl": """\
Print waar je dagboek staat.

Voorbeeld: `$EDITOR "$(steentje path)"`
""",
    },
    "config": {
        "en": """\
Show, find and change your settings (config.toml in your config folder).
""",
        "nl": """\
Toon, vind en verander je instellingen (config.toml in je instellingenmap).
""",
    },
    "config path": {
        "en": """\
Print where the config file is (or would be); works even when it is broken.

Example: `$EDITOR "$(steentje config path)"`
""",
        "nl": """\
Print waar het instellingenbestand staat (of zou staan); werkt ook als het kapot is.

Voorbeeld: `$EDITOR "$(steentje config path)"`
""",
    },
    "config show": {
        "en": """\
Show every setting in effect and where it comes from.

Settings come from an option, else the environment, else the config file,
else the default.

Example: `steentje config show`
""",
        "nl": """\
Toon elke instelling die geldt en waar ze vandaan komt.

Instellingen komen van een optie, anders uit de omgeving, anders uit het
instellingenbestand, anders de standaardwaarde.

Voorbeeld: `steentje config show`
""",
    },
    "config set": {
        "en": """\
Store a setting in the config file.

lang nl|en; journal PATH; editor COMMAND; remind on|off; week_starts monday..sunday.

Example: `steentje config set lang nl`
""",
        "nl": """\
Bewaar een instelling in het instellingenbestand.

lang nl|en; journal PAD; editor OPDRACHT; remind on|off; week_starts maandag..zondag.

Voorbeeld: `steentje config set lang nl`
""",
    },
    "config unset": {
        "en": """\
Remove a setting from the config file, so its default applies again.

Example: `steentje config unset week_starts`
""",
        "nl": """\
Haal een instelling uit het instellingenbestand, zodat de standaardwaarde weer geldt.

Voorbeeld: `steentje config unset week_starts`
""",
    },
}
HELP_EPILOG = {
    "en": "Exit codes: 0 ok, 1 error, 2 wrong usage, 130 interrupted.",
    "nl": "Exitcodes: 0 in orde, 1 fout, 2 verkeerd gebruik, 130 onderbroken.",
}

# Option and argument help by parameter name; the same name means the same thing
# in every command that has it.
HELP_PARAMETERS: dict[str, dict[str, str]] = {
    "value": {"en": "The new value.", "nl": "De nieuwe waarde."},
    "lang": {
        "en": "Language of the principles and prompts (default: Dutch when your locale is "
        "Dutch, else English).",
        "nl": "Taal van de principes en vragen (standaard: Nederlands als je systeem "
        "Nederlands is, anders Engels).",
    },
    "journal": {
        "en": "Use this journal file instead of the one in your config folder "
        "(or $STEENTJE_JOURNAL).",
        "nl": "Gebruik dit dagboekbestand in plaats van dat in je instellingenmap "
        "(of $STEENTJE_JOURNAL).",
    },
    "version": {
        "en": "Show the version.",
        "nl": "Toon de versie.",
    },
    "install_completion": {
        "en": "Install completion for the current shell.",
        "nl": "Installeer aanvullen met Tab voor je huidige shell.",
    },
    "show_completion": {
        "en": "Show completion for the current shell, to copy it or customize the installation.",
        "nl": "Toon het aanvullen voor je huidige shell, om te kopiëren of aan te passen.",
    },
    "day": {
        "en": "Another day instead of today.",
        "nl": "Een andere dag dan vandaag.",
    },
    "no_input": {
        "en": "Only show the question; do not ask for an answer.",
        "nl": "Toon alleen de vraag; vraag niet om een antwoord.",
    },
    "number": {
        "en": "Show this principle (1-7) in full.",
        "nl": "Toon dit principe (1-7) helemaal.",
    },
    "text": {
        "en": "Your answer. Without it: piped input, --edit, or a prompt.",
        "nl": "Je antwoord. Zonder: uit een pipe, --edit, of een vraag op de terminal.",
    },
    "edit": {
        "en": "Write the answer in $VISUAL or $EDITOR.",
        "nl": "Schrijf het antwoord in $VISUAL of $EDITOR.",
    },
    "tags": {
        "en": "Add a tag (repeat for more).",
        "nl": "Voeg een tag toe (herhaal voor meer).",
    },
    "limit": {
        "en": "Show at most N entries.",
        "nl": "Toon hoogstens N reflecties.",
    },
    "show_all": {
        "en": "Show every entry.",
        "nl": "Toon alle reflecties.",
    },
    "principle": {
        "en": "Only this principle (repeat for more).",
        "nl": "Alleen dit principe (herhaal voor meer).",
    },
    "tag": {
        "en": "Only entries with this tag (repeat for more).",
        "nl": "Alleen reflecties met deze tag (herhaal voor meer).",
    },
    "search": {
        "en": "Only entries whose answer or prompt holds TEXT (case and accents ignored).",
        "nl": "Alleen reflecties waarvan antwoord of vraag TEXT bevat (hoofdletters en "
        "accenten tellen niet).",
    },
    "since": {
        "en": "Only entries on or after this day: YYYY-MM-DD, today, yesterday, 7d, 4w, 3m, 1y.",
        "nl": "Alleen reflecties op of na deze dag: JJJJ-MM-DD, vandaag, gisteren, 7d, 4w, 3m, 1j.",
    },
    "until": {
        "en": "Only entries on or before this day (the same forms as --since).",
        "nl": "Alleen reflecties op of voor deze dag (dezelfde vormen als --since).",
    },
    "output": {
        "en": "table, full (each entry whole), markdown or json.",
        "nl": "table, full (elke reflectie helemaal), markdown of json.",
    },
    "no_pager": {
        "en": "Print everything at once, without a pager.",
        "nl": "Print alles in één keer, zonder pager.",
    },
    "entry_id": {
        "en": "The entry's id (as review shows it) or its first letters.",
        "nl": "De id van de reflectie (zoals review die toont) of de eerste letters.",
    },
    "weeks": {
        "en": "Weeks in the calendar.",
        "nl": "Aantal weken in de kalender.",
    },
    "output_format": {
        "en": "markdown or json.",
        "nl": "markdown of json.",
    },
    "force": {
        "en": "Overwrite FILE if it exists.",
        "nl": "Vervang FILE als het al bestaat.",
    },
    "source": {
        "en": "A JSON export of steentje.",
        "nl": "Een JSON-export van steentje.",
    },
    "keep_both": {
        "en": "When an entry's id is taken by one with other content, import it under a new id.",
        "nl": "Heeft een reflectie de id van een reflectie met een andere inhoud, importeer "
        "die dan met een nieuwe id.",
    },
    "answer": {
        "en": "The new answer, instead of opening the editor.",
        "nl": "Het nieuwe antwoord, in plaats van de editor te openen.",
    },
    "untags": {
        "en": "Remove a tag (repeat for more).",
        "nl": "Haal een tag weg (herhaal voor meer).",
    },
    "yes": {
        "en": "Do not ask; for scripts.",
        "nl": "Vraag niets; voor scripts.",
    },
    "repair": {
        "en": "Set a damaged last entry aside, renumber repeated ids, make the files private.",
        "nl": "Zet een kapotte laatste reflectie apart, vervang dubbele ids, maak de "
        "bestanden privé.",
    },
    "shell": {
        "en": "bash, zsh or fish.",
        "nl": "bash, zsh of fish.",
    },
    "key": {
        "en": "lang, journal, editor, remind or week_starts.",
        "nl": "lang, journal, editor, remind of week_starts.",
    },
}
# Where one parameter name means different things in different commands.
HELP_SPECIFIC: dict[tuple[str, str], dict[str, str]] = {
    ("stats", "output"): {"en": "text or json.", "nl": "text of json."},
    ("export", "output"): {
        "en": "Write to FILE instead of stdout.",
        "nl": "Schrijf naar FILE in plaats van naar de standaarduitvoer.",
    },
}


# --- the language in use -------------------------------------------------------

_in_use: list[str] = []


def language_from_locale(environ: Mapping[str, str]) -> str:
    """Return "nl" when the POSIX locale variables ask for Dutch, else English."""
    # POSIX precedence: the first of these that is set and non-empty wins.
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def use(language: str) -> None:
    """Speak *language* from now on (the entry point calls this once it knows)."""
    _in_use[:] = [language]


def reset() -> None:
    """Forget the language in use (each command line decides it anew)."""
    _in_use.clear()


def language() -> str:
    """The language in use: as set by ``use``, else from $STEENTJE_LANG or the locale."""
    if _in_use:
        return _in_use[0]
    chosen = os.environ.get(LANG_ENV, "").strip().lower()
    return chosen if chosen in LANGUAGES else language_from_locale(os.environ)


def plural_form(count: object) -> str:
    """The plural form a count asks for: "zero", "one" or "other" (Dutch and English agree)."""
    if count == 0:
        return "zero"
    return "one" if count == 1 else "other"


def text_in(key: str, language: str, /, **values: object) -> str:
    """The message *key* in *language*, filled in with *values*.

    A message with plural forms picks the one that ``count`` asks for.
    """
    text = MESSAGES[key][language]
    if isinstance(text, dict):
        form = plural_form(values.get("count"))
        if form not in text:
            form = "other"  # "zero" falls back to "other" where no text of its own is given
        text = text[form]
    return text.format(**values)


def t(key: str, /, **values: object) -> str:
    """The message *key* in the language in use, filled in with *values*."""
    return text_in(key, language(), **values)
