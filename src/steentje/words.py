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

import errno
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
        "nl": "het antwoord is leeg; de reflectie is niet gewijzigd",
    },
    "text_not_utf8": {
        "en": "the {what} is not valid UTF-8 text; nothing was saved",
        "nl": "{what} is geen geldige UTF-8-tekst; er is niets bewaard",
    },
    "tag_empty": {"en": "a tag cannot be empty", "nl": "een tag mag niet leeg zijn"},
    "tag_missing": {  # counts the tags that are missing
        "en": {
            "one": "entry {id} has no tag {tags}; nothing was changed",
            "other": "entry {id} has none of the tags {tags}; nothing was changed",
        },
        "nl": {
            "one": "reflectie {id} heeft de tag {tags} niet; er is niets gewijzigd",
            "other": "reflectie {id} heeft de tags {tags} niet; er is niets gewijzigd",
        },
    },
    "stdin_not_utf8": {
        "en": "the piped input is not UTF-8 text (invalid byte at position {offset}); nothing "
        "was saved",
        "nl": "de invoer is geen UTF-8-tekst (ongeldige byte op positie {offset}); er is niets "
        "bewaard",
    },
    "editor_missing": {
        "en": "editor {editor!r} not found; set $VISUAL or $EDITOR, or choose one with "
        "'steentje config set editor COMMAND'",
        "nl": "de editor {editor!r} is niet gevonden; stel $VISUAL of $EDITOR in, of kies er een "
        "met 'steentje config set editor OPDRACHT'",
    },
    "editor_failed": {
        "en": "the editor stopped with exit code {status}; nothing was saved",
        "nl": "de editor stopte met afsluitcode {status}; er is niets bewaard",
    },
    "editor_not_utf8": {
        "en": "the file from the editor is not UTF-8 text; nothing was saved",
        "nl": "het bestand uit de editor is geen UTF-8-tekst; er is niets bewaard",
    },
    "editor_instructions_new": {
        "en": "Write your answer below these lines; save an empty file to cancel.",
        "nl": "Schrijf je antwoord onder deze regels; sla een leeg bestand op om te annuleren.",
    },
    "editor_instructions_edit": {
        "en": "Edit the answer below these lines; leave it as it is to change nothing.",
        "nl": "Pas het antwoord onder deze regels aan; laat je het zoals het is, dan verandert er "
        "niets.",
    },
    "editor_entry_header": {
        "en": "Entry {id} from {day}, principle {principle}.",
        "nl": "Reflectie {id} van {day}, principe {principle}.",
    },
    # finding entries
    "no_entry": {
        "en": "no entry with id {id!r}; 'steentje review' shows the ids",
        "nl": "geen reflectie met id {id!r}; 'steentje review' toont de id's",
    },
    "ambiguous_id": {
        "en": "id {id!r} is ambiguous: {ids} all start with it; type a few more characters",
        "nl": "id {id!r} is niet eenduidig: {ids} beginnen er allemaal mee; typ een paar tekens "
        "meer",
    },
    "no_principle": {
        "en": "there is no principle {number}; choose 1 to {count}",
        "nl": "er is geen principe {number}; kies 1 tot en met {count}",
    },
    # a principles file of your own (issue 13, part B)
    "own_problem": {
        "en": "{file}:{line}: {field}: {problem}",
        "nl": "{file}:{line}: {field}: {problem}",
    },
    "own_problem_no_field": {"en": "{file}:{line}: {problem}", "nl": "{file}:{line}: {problem}"},
    "own_field_principle": {"en": "principle {number}", "nl": "principe {number}"},
    "own_not_utf8": {"en": "this line is not UTF-8 text", "nl": "deze regel is geen UTF-8-tekst"},
    "own_unknown_key": {
        "en": "unknown key (known here: {known})",
        "nl": "onbekende sleutel (hier bekend: {known})",
    },
    "own_bad_id": {
        "en": "needs an id of one word: a-z, 0-9, - and _, at most {length} characters, "
        'like id = "team"',
        "nl": "heeft een id van één woord nodig: a-z, 0-9, - en _, hoogstens {length} tekens, "
        'zoals id = "team"',
    },
    "own_bundled_id": {
        "en": "{id!r} is the id of the bundled principles; give your set its own",
        "nl": "{id!r} is de id van de meegeleverde principes; geef je eigen set een eigen id",
    },
    "own_bad_version": {"en": "version must be {version}", "nl": "version moet {version} zijn"},
    "own_no_principles": {
        "en": "needs 1 to {most} [[principles]] tables",
        "nl": "heeft 1 tot en met {most} [[principles]]-tabellen nodig",
    },
    "own_count": {
        "en": {
            "one": "holds {count} principle; a set holds 1 to {most}",
            "other": "holds {count} principles; a set holds 1 to {most}",
        },
        "nl": {
            "one": "bevat {count} principe; een set bevat er 1 tot en met {most}",
            "other": "bevat {count} principes; een set bevat er 1 tot en met {most}",
        },
    },
    "own_number": {
        "en": "must be {number}: principles are numbered 1, 2, 3 … in the file's order",
        "nl": "moet {number} zijn: de principes zijn genummerd 1, 2, 3 … in de volgorde van het "
        "bestand",
    },
    "own_no_language": {
        "en": "needs a table for at least one language ({languages}), like [principles.en]",
        "nl": "heeft een tabel nodig voor minstens één taal ({languages}), zoals [principles.nl]",
    },
    "own_not_table": {"en": "must be a table", "nl": "moet een tabel zijn"},
    "own_control": {
        "en": "holds a control character ({code}), which would steer the terminal",
        "nl": "bevat een stuurteken ({code}), dat de terminal zou besturen",
    },
    "own_need_text": {"en": "must be text, not empty", "nl": "moet tekst zijn, niet leeg"},
    "own_no_prompts": {
        "en": "needs prompts: a list of at least one question",
        "nl": "heeft prompts nodig: een lijst met minstens één vraag",
    },
    "own_empty_prompt": {
        "en": "question {number} is empty or not text",
        "nl": "vraag {number} is leeg of geen tekst",
    },
    "own_prompt_counts": {
        "en": "the languages have a different number of questions ({counts}); question N in "
        "one language asks what question N asks in the other",
        "nl": "de talen hebben een verschillend aantal vragen ({counts}); vraag N in de ene taal "
        "vraagt wat vraag N in de andere vraagt",
    },
    "own_more_problems": {
        "en": {
            "one": "{problem} (and {count} more problem: steentje principles --check {file})",
            "other": "{problem} (and {count} more problems: steentje principles --check {file})",
        },
        "nl": {
            "one": "{problem} (en nog {count} probleem: steentje principles --check {file})",
            "other": "{problem} (en nog {count} problemen: steentje principles --check {file})",
        },
    },
    "own_unreadable": {
        "en": "your principles file {file} cannot be read: {reason}",
        "nl": "je principesbestand {file} is niet te lezen: {reason}",
    },
    "own_missing": {
        "en": "your principles file {file} does not exist; check 'principles' in "
        "'steentje config show'",
        "nl": "je principesbestand {file} bestaat niet; kijk bij 'principles' in "
        "'steentje config show'",
    },
    "own_no_file": {"en": "there is no file {file}", "nl": "er is geen bestand {file}"},
    "own_not_a_file": {
        "en": "{file} is not a principles file: a folder, a pipe or a device",
        "nl": "{file} is geen principesbestand: een map, een pipe of een apparaat",
    },
    "own_fallback": {
        "en": {
            "one": "set {set}: principle {numbers} has no English text, so it is shown in Dutch",
            "other": "set {set}: principles {numbers} have no English text, so they are shown "
            "in Dutch",
        },
        "nl": {
            "one": "set {set}: principe {numbers} heeft geen Nederlandse tekst en staat er "
            "daarom in het Engels",
            "other": "set {set}: principes {numbers} hebben geen Nederlandse tekst en staan er "
            "daarom in het Engels",
        },
    },
    "own_check_ok": {
        "en": {
            "one": "{file}: set {id}, {count} principle, ready to use",
            "other": "{file}: set {id}, {count} principles, ready to use",
        },
        "nl": {
            "one": "{file}: set {id}, {count} principe, klaar voor gebruik",
            "other": "{file}: set {id}, {count} principes, klaar voor gebruik",
        },
    },
    "own_check_failed": {
        "en": {
            "one": "{file}: {count} problem; nothing in it is used until it is solved",
            "other": "{file}: {count} problems; nothing in it is used until they are solved",
        },
        "nl": {
            "one": "{file}: {count} probleem; er wordt niets uit gebruikt tot het is opgelost",
            "other": "{file}: {count} problemen; er wordt niets uit gebruikt tot ze zijn opgelost",
        },
    },
    "own_check_alone": {
        "en": "--check and --template each go alone, without a principle's number",
        "nl": "--check en --template staan elk op zichzelf, zonder nummer van een principe",
    },
    "remind_broken_set": {
        "en": "steentje: your principles need attention: {problem}",
        "nl": "steentje: je principes hebben aandacht nodig: {problem}",
    },
    "setting_principles": {
        "en": "a principles file of your own (a path); without it, the bundled seven",
        "nl": "een eigen principesbestand (een pad); zonder dit de meegeleverde zeven",
    },
    "config_principles_bundled": {
        "en": "the bundled seven (set steentje)",
        "nl": "de meegeleverde zeven (set steentje)",
    },
    "stats_other_sets": {
        "en": {
            "one": "{count} reflection answers another set of principles than {set}.",
            "other": "{count} reflections answer another set of principles than {set}.",
        },
        "nl": {
            "one": "{count} reflectie beantwoordt een andere set principes dan {set}.",
            "other": "{count} reflecties beantwoorden een andere set principes dan {set}.",
        },
    },
    "own_template": {
        "en": """\
# A set of principles of your own for steentje: a team's values, another
# article, your own. Use it with:  steentje config set principles PATH
# (or STEENTJE_PRINCIPLES=PATH).  Check it with:  steentje principles --check PATH
#
# The set's id: one word (a-z, 0-9, - and _). Every answer keeps it, so your
# earlier answers keep their own question whatever set you use later. Keep the
# id while you improve this set; give a new set a new id.
id = "my-team"
version = 1

# 1 to {most} principles, numbered 1, 2, 3 … in this order. With 7, principle 1
# falls on the first day of your week (week_starts); with any other number,
# one principle a day in order, and a principle's next question each time it
# comes back.
#
# Each principle has a table per language: [principles.en], [principles.nl],
# or both. A principle in one language only is shown in that language.
#   title       needed     the principle, in one line
#   prompts     needed     one question or more; with both languages,
#                          question N in one asks what question N asks in the other
#   summary     optional   a few sentences about it
#   key_phrase  optional   one line to remember it by
[[principles]]
number = 1

[principles.en]
title = "We say what we see"
summary = \"\"\"What you notice early is small and easy to say. Said late, it has \\
grown into a problem.\"\"\"
key_phrase = "Say it while it is small."
prompts = [
  "What did you notice in the past week that you kept to yourself?",
  "When did someone tell you something you would rather not hear, and how did you respond?",
]

# The next principle starts with [[principles]] and number = 2.

# Optional: a closing thought under the list of principles, and where they come from.
# [conclusion.en]
# title = "Trust"
# text = "What holds the principles together."
# [source.en]
# text = "Written by our team, 2026."
""",
        "nl": """\
# Een eigen set principes voor steentje: de waarden van je team, een ander
# artikel, je eigen. Gebruik het met:  steentje config set principles PAD
# (of STEENTJE_PRINCIPLES=PAD).  Controleer het met:  steentje principles --check PAD
#
# De id van de set: één woord (a-z, 0-9, - en _). Elk antwoord onthoudt hem,
# zodat je eerdere antwoorden hun eigen vraag houden, welke set je later ook
# gebruikt. Houd de id zolang je deze set verbetert; geef een nieuwe set een nieuwe id.
id = "mijn-team"
version = 1

# 1 tot en met {most} principes, genummerd 1, 2, 3 … in deze volgorde. Bij 7 valt
# principe 1 op de eerste dag van je week (week_starts); bij elk ander aantal
# komt er elke dag één principe aan de beurt, op volgorde, en stelt een principe
# elke keer dat het terugkomt zijn volgende vraag.
#
# Elk principe heeft een tabel per taal: [principles.nl], [principles.en], of
# allebei. Een principe in maar één taal verschijnt in die taal.
#   title       nodig      het principe, in één regel
#   prompts     nodig      één vraag of meer; met beide talen vraagt vraag N in
#                          de ene taal wat vraag N in de andere vraagt
#   summary     mag        een paar zinnen erover
#   key_phrase  mag        één regel om het te onthouden
[[principles]]
number = 1

[principles.nl]
title = "We zeggen wat we zien"
summary = \"\"\"Wat je vroeg opmerkt, is klein en makkelijk te zeggen. Zeg je het laat, \\
dan is het uitgegroeid tot een probleem.\"\"\"
key_phrase = "Zeg het zolang het klein is."
prompts = [
  "Wat zag je de afgelopen week dat je voor je hield?",
  "Wanneer vertelde iemand je iets wat je liever niet hoorde, en hoe reageerde je?",
]

# Het volgende principe begint met [[principles]] en number = 2.

# Mag: een slotgedachte onder de lijst met principes, en waar ze vandaan komen.
# [conclusion.nl]
# title = "Vertrouwen"
# text = "Wat de principes bij elkaar houdt."
# [source.nl]
# text = "Geschreven door ons team, 2026."
""",
    },
    # reviewing
    "no_journal_yet": {
        "en": "No reflections yet. Start with: steentje",
        "nl": "Nog geen reflecties. Begin met: steentje",
    },
    "no_match": {"en": "No entries match.", "nl": "Geen reflecties gevonden."},
    # changing entries
    "updated": {"en": "Updated entry {id}.", "nl": "Reflectie {id} is gewijzigd."},
    "no_changes": {
        "en": "Entry {id} is unchanged.",
        "nl": "Reflectie {id} is niet gewijzigd.",
    },
    "confirm_delete": {
        "en": "Delete entry {id} from {day} ({summary})?",
        "nl": "Reflectie {id} van {day} verwijderen ({summary})?",
    },
    "delete_needs_yes": {
        "en": "not deleting entry {id} without confirmation; add --yes to confirm",
        "nl": "reflectie {id} wordt niet verwijderd zonder bevestiging; voeg --yes toe om te "
        "bevestigen",
    },
    "nothing_deleted": {"en": "Nothing was deleted.", "nl": "Er is niets verwijderd."},
    "deleted": {
        "en": "Deleted entry {id}; the previous version of your journal is kept as {backup}.",
        "nl": "Reflectie {id} is verwijderd; de vorige versie van je dagboek staat in {backup}.",
    },
    # issue 14, fresh-eyes fixes: deleted ids, cut-off copies, stats without conflict copies
    "doctor_deleted_present": {
        "en": "entry {id} is in the journal but its id is recorded as deleted, so the next "
        "merge deletes it again; to keep it, remove its line under [deleted]",
        "nl": "reflectie {id} staat in het dagboek, maar haar id staat bij de verwijderde, dus "
        "de volgende samenvoeging verwijdert haar weer; wil je haar houden, haal dan haar regel "
        "onder [deleted] weg",
    },
    "copy_cut_off": {
        "en": "not merged: {path} ends in an entry cut off by an interrupted write or sync; "
        "let the sync finish, or merge another copy",
        "nl": "niet samengevoegd: {path} eindigt in een reflectie die is afgebroken door "
        "onderbroken schrijven of synchroniseren; laat de synchronisatie afmaken, of voeg een "
        "andere kopie samen",
    },
    "merge_copy_refused": {
        "en": "steentje: {problem}",
        "nl": "steentje: {problem}",
    },
    "merge_not_put_away": {
        "en": "Your journal was merged; {path} stays where it is ({problem}).",
        "nl": "Je dagboek is samengevoegd; {path} blijft staan waar het staat ({problem}).",
    },
    "import_deleted_skipped": {
        "en": {
            "one": "{count} you deleted was not imported; --keep-both brings it back",
            "other": "{count} you deleted were not imported; --keep-both brings them back",
        },
        "nl": {
            "one": "{count} die je had verwijderd is niet geïmporteerd; --keep-both haalt die "
            "terug",
            "other": "{count} die je had verwijderd zijn niet geïmporteerd; --keep-both haalt "
            "ze terug",
        },
    },
    "import_deleted_back": {
        "en": {
            "one": "{count} entry you deleted is back, under a new id: {ids}",
            "other": "{count} entries you deleted are back, under new ids: {ids}",
        },
        "nl": {
            "one": "{count} reflectie die je had verwijderd is terug, met een nieuwe id: {ids}",
            "other": "{count} reflecties die je had verwijderd zijn terug, met nieuwe id's: {ids}",
        },
    },
    "stats_conflict_copies": {
        "en": {
            "one": "{count} conflict copy waits, not counted here: steentje review --conflicts",
            "other": "{count} conflict copies wait, not counted here: steentje review --conflicts",
        },
        "nl": {
            "one": "{count} conflictkopie wacht op je, hier niet meegeteld: steentje review "
            "--conflicts",
            "other": "{count} conflictkopieën wachten op je, hier niet meegeteld: steentje "
            "review --conflicts",
        },
    },
    # issue 14: a journal that travels between machines (merge, merge-driver, sync)
    "field_edited": {
        "en": "'edited' must be a date and time",
        "nl": "'edited' moet een datum met tijd zijn",
    },
    "field_edited_before": {
        "en": "'edited_before' must be a list of dates and times",
        "nl": "'edited_before' moet een lijst van datums met tijd zijn",
    },
    "deleted_not_table": {
        "en": "{path}: the [deleted] table must give each deleted id the moment it was deleted",
        "nl": "{path}: de tabel [deleted] moet bij elk verwijderd id het moment van verwijderen "
        "geven",
    },
    "changes_nothing": {"en": "nothing changed", "nl": "niets veranderd"},
    "changes_new": {
        "en": {"one": "{count} new", "other": "{count} new"},
        "nl": {"one": "{count} nieuwe", "other": "{count} nieuwe"},
    },
    "changes_edited": {
        "en": {"one": "{count} edited", "other": "{count} edited"},
        "nl": {"one": "{count} gewijzigd", "other": "{count} gewijzigd"},
    },
    "changes_conflicts": {
        "en": {"one": "{count} conflict", "other": "{count} conflicts"},
        "nl": {"one": "{count} conflict", "other": "{count} conflicten"},
    },
    "changes_deleted": {
        "en": {"one": "{count} deleted", "other": "{count} deleted"},
        "nl": {"one": "{count} verwijderd", "other": "{count} verwijderd"},
    },
    "merged": {
        "en": {
            "one": "Merged {count} copy into your journal: {changes}.",
            "other": "Merged {count} copies into your journal: {changes}.",
        },
        "nl": {
            "one": "{count} kopie samengevoegd met je dagboek: {changes}.",
            "other": "{count} kopieën samengevoegd met je dagboek: {changes}.",
        },
    },
    "merge_conflicts_kept": {
        "en": {
            "one": "The other version of {count} entry is kept beside it, tagged conflict; "
            "see it with: steentje review --conflicts",
            "other": "The other versions of {count} entries are kept beside them, tagged "
            "conflict; see them with: steentje review --conflicts",
        },
        "nl": {
            "one": "De andere versie van {count} reflectie staat ernaast, met de tag conflict; "
            "bekijk die met: steentje review --conflicts",
            "other": "De andere versies van {count} reflecties staan ernaast, met de tag "
            "conflict; bekijk die met: steentje review --conflicts",
        },
    },
    "merge_put_away": {
        "en": "The merged copies are kept in {folder}.",
        "nl": "De samengevoegde kopieën staan nu in {folder}.",
    },
    "merge_no_conflict_copies": {
        "en": "There are no conflict copies beside {path}.",
        "nl": "Naast {path} staan geen conflictkopieën.",
    },
    "merge_needs_files": {
        "en": "name one or more copies of your journal to merge, or use --conflicts",
        "nl": "noem een of meer kopieën van je dagboek om samen te voegen, of gebruik --conflicts",
    },
    "merge_itself": {
        "en": "{path} is your journal itself; name another copy of it",
        "nl": "{path} is je dagboek zelf; noem een andere kopie ervan",
    },
    "cannot_read_copy": {
        "en": "cannot read {path}: {reason}; nothing was merged",
        "nl": "kan {path} niet lezen: {reason}; er is niets samengevoegd",
    },
    "not_a_journal": {
        "en": "{path} is not a steentje journal; nothing was merged",
        "nl": "{path} is geen dagboek van steentje; er is niets samengevoegd",
    },
    "not_a_journal_because": {
        "en": "not merged: {problem}",
        "nl": "niet samengevoegd: {problem}",
    },
    "copy_newer": {
        "en": "{path} was written by a newer steentje (journal version {version}; this one "
        "knows up to {known}); update steentje to merge it; nothing was merged",
        "nl": "{path} is geschreven door een nieuwere steentje (dagboekversie {version}; deze "
        "kent tot en met {known}); werk steentje bij om het samen te voegen; er is niets "
        "samengevoegd",
    },
    "conflict_copies_notice": {
        "en": {
            "one": "{count} conflict copy of your journal lies beside it ({names}); merge it "
            "with: steentje merge --conflicts",
            "other": "{count} conflict copies of your journal lie beside it ({names}); merge "
            "them with: steentje merge --conflicts",
        },
        "nl": {
            "one": "naast je dagboek staat {count} conflictkopie ({names}); voeg die samen met: "
            "steentje merge --conflicts",
            "other": "naast je dagboek staan {count} conflictkopieën ({names}); voeg die samen "
            "met: steentje merge --conflicts",
        },
    },
    "remind_conflicts": {
        "en": "conflict copies: steentje merge --conflicts",
        "nl": "conflictkopieën: steentje merge --conflicts",
    },
    "remind_conflicts_alone": {
        "en": "steentje · conflict copies beside your journal: steentje merge --conflicts",
        "nl": "steentje · conflictkopieën naast je dagboek: steentje merge --conflicts",
    },
    "doctor_conflict_copy": {
        "en": "a conflict copy lies beside the journal: {path}; merge it with: steentje merge "
        "--conflicts",
        "nl": "naast het dagboek staat een conflictkopie: {path}; voeg die samen met: steentje "
        "merge --conflicts",
    },
    "git_missing": {
        "en": "git is not installed (or not on your PATH); steentje sync needs it",
        "nl": "git is niet geïnstalleerd (of staat niet in je PATH); steentje sync heeft het nodig",
    },
    "git_failed": {
        "en": "git {command} failed: {message}",
        "nl": "git {command} is mislukt: {message}",
    },
    "sync_not_repo": {
        "en": "{folder} is not a git repository; set it up with: steentje sync --setup [REMOTE]",
        "nl": "{folder} is geen git-repository; richt die in met: steentje sync --setup [REMOTE]",
    },
    "sync_not_set_up": {
        "en": "{folder} is not set up for steentje sync yet; run: steentje sync --setup",
        "nl": "{folder} is nog niet ingericht voor steentje sync; voer uit: steentje sync --setup",
    },
    "sync_other_remote": {
        "en": "the remote {remote} is already {url}; nothing was changed; to change it: "
        "git remote set-url {remote} {wanted}",
        "nl": "de remote {remote} is al {url}; er is niets veranderd; om die te veranderen: "
        "git remote set-url {remote} {wanted}",
    },
    "sync_remote_needs_setup": {
        "en": "a remote is given with --setup: steentje sync --setup REMOTE",
        "nl": "een remote geef je op met --setup: steentje sync --setup REMOTE",
    },
    "sync_detached": {
        "en": "the journal's repository is on no branch (a detached HEAD); check out a branch "
        "first",
        "nl": "de repository van je dagboek staat op geen enkele branch (een losse HEAD); "
        "check eerst een branch uit",
    },
    "sync_no_remote": {
        "en": "there is no remote to sync with; add one with: steentje sync --setup REMOTE",
        "nl": "er is geen remote om mee te synchroniseren; voeg er een toe met: steentje sync "
        "--setup REMOTE",
    },
    "sync_unreachable": {
        "en": "{remote} could not be reached: {message}",
        "nl": "{remote} is niet bereikbaar: {message}",
    },
    "sync_not_pushed": {
        "en": "could not send to {remote}: {message}",
        "nl": "versturen naar {remote} is mislukt: {message}",
    },
    "sync_kept_here": {
        "en": "Kept on this machine only ({sent}); {problem}",
        "nl": "Alleen op deze machine bewaard ({sent}); {problem}",
    },
    "synced": {
        "en": "Synced with {remote}: sent {sent}; received {received}.",
        "nl": "Gesynchroniseerd met {remote}: verstuurd {sent}; ontvangen {received}.",
    },
    "sync_nothing": {"en": "nothing", "nl": "niets"},
    "sync_commit": {"en": "steentje: {changes}", "nl": "steentje: {changes}"},
    "sync_setup_commit": {
        "en": "steentje: set up sync",
        "nl": "steentje: synchroniseren ingericht",
    },
    "sync_repo_made": {
        "en": "Made {folder} a git repository.",
        "nl": "{folder} is nu een git-repository.",
    },
    "sync_set_up": {
        "en": "Ready: steentje merges your journal in git ({attributes}). Sync with: steentje sync",
        "nl": "Klaar: steentje voegt je dagboek samen in git ({attributes}). Synchroniseer met: "
        "steentje sync",
    },
    "sync_set_up_remote": {
        "en": "Ready: steentje merges your journal in git ({attributes}), with the remote "
        "{remote} ({url}). Sync with: steentje sync",
        "nl": "Klaar: steentje voegt je dagboek samen in git ({attributes}), met de remote "
        "{remote} ({url}). Synchroniseer met: steentje sync",
    },
    # export and import
    "exported": {
        "en": {
            "zero": "No entries matched; {path} contains none.",
            "one": "Exported {count} entry to {path}.",
            "other": "Exported {count} entries to {path}.",
        },
        "nl": {
            "zero": "Geen reflecties gevonden; {path} bevat dus geen reflecties.",
            "one": "{count} reflectie geëxporteerd naar {path}.",
            "other": "{count} reflecties geëxporteerd naar {path}.",
        },
    },
    # "imported", then "; " and "import_skipped" when some were skipped, then ".".
    "imported": {
        "en": {
            "zero": "No new entries imported",
            "one": "Imported {count} entry",
            "other": "Imported {count} entries",
        },
        "nl": {
            "zero": "Geen nieuwe reflecties geïmporteerd",
            "one": "{count} reflectie geïmporteerd",
            "other": "{count} reflecties geïmporteerd",
        },
    },
    "import_skipped": {
        "en": {"one": "{count} was already there", "other": "{count} were already there"},
        "nl": {"one": "{count} had je al", "other": "{count} had je al"},
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
        "en": "{path}: not a JSON list of entries (as 'steentje export --format json' writes "
        "it); nothing was imported",
        "nl": "{path}: dit is geen JSON-lijst van reflecties (zoals 'steentje export --format "
        "json' die maakt); er is niets geïmporteerd",
    },
    "import_bad_entry": {
        "en": "{path}: entry {number}: {problem}; nothing was imported",
        "nl": "{path}: reflectie {number}: {problem}; er is niets geïmporteerd",
    },
    "import_not_object": {"en": "not a JSON object", "nl": "geen JSON-object"},
    "import_field_date": {
        "en": "'date' must be an ISO 8601 date and time with a UTC offset, such as "
        "2026-11-30T08:15:00+01:00",
        "nl": "'date' moet een datum met tijd en tijdzone zijn (ISO 8601), zoals "
        "2026-11-30T08:15:00+01:00",
    },
    "import_field_answer": {
        "en": "'answer' must be text, and not empty",
        "nl": "'answer' moet een tekst zijn en mag niet leeg zijn",
    },
    "export_exists": {
        "en": "{path} already exists; add --force to overwrite it",
        "nl": "{path} bestaat al; voeg --force toe om het te overschrijven",
    },
    "export_no_folder": {
        "en": "cannot write {path}: the folder {folder} does not exist",
        "nl": "kan {path} niet schrijven: de map {folder} bestaat niet",
    },
    # the journal file
    "is_directory": {
        "en": "{path} is a folder, not a journal file",
        "nl": "{path} is een map, geen dagboekbestand",
    },
    "path_is_directory": {"en": "{path} is a folder", "nl": "{path} is een map"},
    "cannot_read_journal": {
        "en": "cannot read the journal {path}: {reason}",
        "nl": "kan het dagboek {path} niet lezen: {reason}",
    },
    "cannot_write": {
        "en": "cannot write {path}: {reason}; nothing was saved",
        "nl": "kan {path} niet schrijven: {reason}; er is niets bewaard",
    },
    "not_a_folder": {
        "en": "cannot write the journal: {path} is not a folder",
        "nl": "kan het dagboek niet schrijven: {path} is geen map",
    },
    "locked": {  # counts seconds
        "en": {
            "one": "the journal {path} has been locked by another steentje command for over "
            "{count} second; try again, or remove {lock} if no steentje is running",
            "other": "the journal {path} has been locked by another steentje command for over "
            "{count} seconds; try again, or remove {lock} if no steentje is running",
        },
        "nl": {
            "one": "het dagboek {path} is al meer dan {count} seconde vergrendeld door een "
            "andere steentje-opdracht; probeer het opnieuw, of verwijder {lock} als er geen "
            "steentje meer draait",
            "other": "het dagboek {path} is al meer dan {count} seconden vergrendeld door een "
            "andere steentje-opdracht; probeer het opnieuw, of verwijder {lock} als er geen "
            "steentje meer draait",
        },
    },
    "newer_version": {
        "en": "{path} was written by a newer version of steentje (journal version {version}; "
        "this version knows up to {known}); you can read it, but upgrade steentje to write to "
        "it",
        "nl": "{path} is geschreven door een nieuwere versie van steentje (dagboekversie "
        "{version}; deze versie kent tot en met {known}); je kunt het lezen, maar werk "
        "steentje bij om erin te schrijven",
    },
    "no_journal_at": {
        "en": "there is no journal at {path} yet",
        "nl": "er staat nog geen dagboek op {path}",
    },
    "not_utf8_file": {
        "en": "{path}, line {line}: not UTF-8 text; the file was left as it is",
        "nl": "{path}, regel {line}: geen UTF-8-tekst; het bestand is niet gewijzigd",
    },
    "not_toml": {
        "en": "{path}, {where}: not valid TOML: {detail}; the file was left as it is",
        "nl": "{path}, {where}: geen geldige TOML: {detail}; het bestand is niet gewijzigd",
    },
    "last_entry_damaged": {
        "en": "{path}, line {line}: the last entry is damaged, probably by an interrupted "
        "write ({detail}); run 'steentje doctor --repair' to set it aside; the file was left "
        "as it is",
        "nl": "{path}, regel {line}: de laatste reflectie is beschadigd, waarschijnlijk doordat "
        "het schrijven werd onderbroken ({detail}); 'steentje doctor --repair' zet die apart; "
        "het bestand is niet gewijzigd",
    },
    "last_entry_incomplete": {
        "en": "{where}: the last entry is incomplete ({problem}), probably cut off by an "
        "interrupted write; run 'steentje doctor --repair' to set it aside; the file was "
        "left as it is",
        "nl": "{where}: de laatste reflectie is onvolledig ({problem}), waarschijnlijk doordat "
        "het schrijven werd onderbroken; 'steentje doctor --repair' zet die apart; het "
        "bestand is niet gewijzigd",
    },
    "bad_entry": {
        "en": "{where}: entry {number}: {problem}; the file was left as it is",
        "nl": "{where}: reflectie {number}: {problem}; het bestand is niet gewijzigd",
    },
    "where_line": {"en": "{path}, line {line}", "nl": "{path}, regel {line}"},
    "entries_not_array": {
        "en": "{path}: 'entries' must be an array of [[entries]] tables",
        "nl": "{path}: 'entries' moet een lijst van [[entries]]-tabellen zijn",
    },
    "bad_version": {
        "en": "{path}: 'version' must be a positive whole number",
        "nl": "{path}: 'version' moet een positief geheel getal zijn",
    },
    "damaged_before_end_no_backup": {
        "en": "{error}; this is not an interrupted write, so nothing was moved: fix it by hand",
        "nl": "{error}; dit is geen onderbroken schrijfactie, dus er is niets verplaatst: "
        "herstel het met de hand",
    },
    "damaged_before_end": {
        "en": "{error}; this is not an interrupted write, so nothing was moved: fix it by hand "
        "or restore the .bak file",
        "nl": "{error}; dit is geen onderbroken schrijfactie, dus er is niets verplaatst: "
        "herstel het met de hand of zet het .bak-bestand terug",
    },
    # one entry's fields
    "field_id": {
        "en": "'id' must be text, and not empty",
        "nl": "'id' moet een tekst zijn en mag niet leeg zijn",
    },
    "field_date": {
        "en": "'date' must be a date-time such as 2026-11-30T08:15:00+01:00",
        "nl": "'date' moet een datum met tijd zijn, zoals 2026-11-30T08:15:00+01:00",
    },
    "field_principle": {
        "en": "'principle' must be a number from 1 to {count}, or 0 for a free reflection",
        "nl": "'principle' moet een getal van 1 tot en met {count} zijn, of 0 voor een vrije "
        "reflectie",
    },
    "field_set": {
        "en": "'set' must be the id of a set of principles (one word: a-z, 0-9, - and _)",
        "nl": "'set' moet de id van een set principes zijn (één woord: a-z, 0-9, - en _)",
    },
    "field_outcome_alone": {
        "en": "'outcome' tells how an intention went, so it needs an 'intention'",
        "nl": "'outcome' vertelt hoe een voornemen ging, dus er hoort een 'intention' bij",
    },
    "field_name_answer": {"en": "answer", "nl": "het antwoord"},
    "field_name_prompt": {"en": "question", "nl": "de vraag"},
    "field_name_tag": {"en": "tag", "nl": "de tag"},
    "field_prompt": {"en": "'prompt' must be text", "nl": "'prompt' moet een tekst zijn"},
    "field_answer": {"en": "'answer' must be text", "nl": "'answer' moet een tekst zijn"},
    "field_tags": {
        "en": "'tags' must be a list of texts",
        "nl": "'tags' moet een lijst van teksten zijn",
    },
    "not_a_table": {"en": "not a table", "nl": "geen tabel"},
    # doctor
    "doctor_ok": {"en": "ok: {message}", "nl": "in orde: {message}"},
    "doctor_problem": {"en": "problem: {message}", "nl": "probleem: {message}"},
    "doctor_repaired": {"en": "repaired: {message}", "nl": "hersteld: {message}"},
    "doctor_no_journal": {
        "en": "no journal yet at {path}; 'steentje log' starts one",
        "nl": "er staat nog geen dagboek op {path}; met 'steentje log' begin je er een",
    },
    "doctor_parses": {  # counts the entries
        "en": {
            "zero": "{path} parses: no entries yet, version {version}",
            "one": "{path} parses: {count} entry, version {version}",
            "other": "{path} parses: {count} entries, version {version}",
        },
        "nl": {
            "zero": "{path} is geldig: nog geen reflecties, dagboekversie {version}",
            "one": "{path} is geldig: {count} reflectie, dagboekversie {version}",
            "other": "{path} is geldig: {count} reflecties, dagboekversie {version}",
        },
    },
    "doctor_newer": {
        "en": "journal version {version} is too new for this version of steentje (it knows up "
        "to {known}); it stays read-only until you upgrade steentje",
        "nl": "dagboekversie {version} is te nieuw voor deze versie van steentje (die kent tot "
        "en met {known}); je kunt het alleen lezen tot je steentje bijwerkt",
    },
    "doctor_repeated_ids": {  # counts the ids that are repeated
        "en": {
            "one": "an id is used more than once: {ids}",
            "other": "ids used more than once: {ids}",
        },
        "nl": {
            "one": "een id komt meer dan één keer voor: {ids}",
            "other": "id's die meer dan één keer voorkomen: {ids}",
        },
    },
    "doctor_unique_ids": {"en": "every id is unique", "nl": "alle id's zijn uniek"},
    "doctor_loose": {
        "en": "{path} is readable by others (mode {mode} instead of {wanted})",
        "nl": "{path} is leesbaar voor anderen (rechten {mode} in plaats van {wanted})",
    },
    "doctor_note": {"en": "note: {message}", "nl": "let op: {message}"},
    "doctor_folder_loose": {
        "en": "the folder {path} is readable by others (mode {mode}); steentje changes the "
        "mode only of folders it made; to change it yourself: chmod 700 {path}",
        "nl": "de map {path} is leesbaar voor anderen (rechten {mode}); steentje past alleen "
        "de rechten aan van mappen die het zelf maakte; wil je dat wel: chmod 700 {path}",
    },
    "doctor_private": {
        "en": "{path} is private (mode {mode})",
        "nl": "{path} is privé (rechten {mode})",
    },
    "repair_moved": {  # counts bytes
        "en": {
            "one": "moved the damaged end ({count} byte) to {path}",
            "other": "moved the damaged end ({count} bytes) to {path}",
        },
        "nl": {
            "one": "het beschadigde einde ({count} byte) verplaatst naar {path}",
            "other": "het beschadigde einde ({count} bytes) verplaatst naar {path}",
        },
    },
    "repair_ids": {"en": "gave duplicate ids new ones", "nl": "dubbele id's vervangen door nieuwe"},
    "repair_private": {
        "en": "made {path} private (mode {mode})",
        "nl": "{path} privé gemaakt (rechten {mode})",
    },
    "doctor_can_repair": {
        "en": "'steentje doctor --repair' can fix this.",
        "nl": "'steentje doctor --repair' kan dit herstellen.",
    },
    # config
    "config_set": {"en": "{key} = {value}  (in {path})", "nl": "{key} = {value}  (in {path})"},
    "config_removed": {"en": "Removed {key} from {path}.", "nl": "{key} is verwijderd uit {path}."},
    "config_not_set": {
        "en": "{key} was not set in {path}; nothing to remove.",
        "nl": "{key} stond niet in {path}; er is niets verwijderd.",
    },
    "config_is_directory": {
        "en": "{path} is a folder, not a config file",
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
        "en": "{path}, {where}: not valid TOML: {detail}; fix or remove this file",
        "nl": "{path}, {where}: geen geldige TOML: {detail}; herstel of verwijder dit bestand",
    },
    "config_show_line": {
        "en": "{key} = {value}  # {source}",
        "nl": "{key} = {value}  # {source}",
    },
    "source_option": {"en": "from the {option} option", "nl": "via de optie {option}"},
    "source_env": {"en": "from {variable}", "nl": "uit {variable}"},
    "source_config": {"en": "from the config file", "nl": "uit het instellingenbestand"},
    "source_locale": {"en": "from your locale", "nl": "uit de taalinstelling van je systeem"},
    "source_default": {"en": "default", "nl": "standaardwaarde"},
    "config_file_header": {
        "en": "# steentje settings; 'steentje config show' shows them and where they come from.",
        "nl": "# instellingen van steentje; 'steentje config show' toont ze en waar ze vandaan "
        "komen.",
    },
    "config_unknown": {
        "en": "unknown setting {key!r}; known: {known}",
        "nl": "onbekende instelling {key!r}; kies uit {known}",
    },
    "config_wrong": {
        "en": "{key!r} must be {expected}, not {value!r}",
        "nl": "{value!r} is geen geldige waarde voor {key!r}; verwacht: {expected}",
    },
    "config_expect_lang": {"en": '"nl" or "en"', "nl": '"nl" of "en"'},
    "config_expect_text": {"en": "text that is not empty", "nl": "een tekst die niet leeg is"},
    "config_expect_bool": {"en": "true or false (or on/off)", "nl": "true of false (of aan/uit)"},
    "config_expect_on_off": {"en": "on or off", "nl": "aan of uit (of on/off)"},
    "config_expect_weekday": {
        "en": 'a weekday name such as "monday"',
        "nl": 'een weekdag, zoals "maandag" of "monday"',
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
        "en": "steentje: your journal needs attention; check it with: steentje doctor",
        "nl": "steentje: je dagboek heeft aandacht nodig; controleer het met: steentje doctor",
    },
    # what each setting means (config show, completion)
    "setting_lang": {
        "en": "language for questions, principles and messages: nl or en",
        "nl": "taal van vragen, principes en meldingen: nl of en",
    },
    "setting_journal": {
        "en": "path of the journal file (~ is your home folder)",
        "nl": "pad van het dagboekbestand (~ is je thuismap)",
    },
    "setting_editor": {
        "en": "editor for 'log --edit' and 'edit', used when $VISUAL and $EDITOR are not set",
        "nl": "editor voor 'log --edit' en 'edit', als $VISUAL en $EDITOR niet zijn ingesteld",
    },
    "setting_remind": {
        "en": "the reminder in new shells: on or off",
        "nl": "herinnering in een nieuwe shell: aan of uit",
    },
    "setting_week_starts": {
        "en": "the weekday principle 1 falls on: monday to sunday",
        "nl": "de weekdag waarop principe 1 valt: maandag tot en met zondag",
    },
    "clock_bad": {
        "en": "{variable} must be a moment such as 2026-11-30T09:00:00+01:00, not {value!r}",
        "nl": "{variable} moet een moment zijn zoals 2026-11-30T09:00:00+01:00, niet {value!r}",
    },
    # command-line mistakes
    "not_a_when": {
        "en": "{text!r} is not a day steentje knows; use a date YYYY-MM-DD, today, yesterday, "
        "a weekday (friday: the most recent one, today included; last friday: before today), "
        "3 days ago, 2 weeks ago, or a span back (7d, 4w, 3m, 1y); log and edit also take a "
        "time of day: 'yesterday 15:00', 'friday 3pm', '9:30'",
        "nl": "{text!r} is geen dag die steentje kent; gebruik een datum JJJJ-MM-DD, vandaag, "
        "gisteren, eergisteren, een weekdag (vrijdag: de laatste, vandaag meegerekend; vorige "
        "vrijdag: vóór vandaag), 3 dagen geleden, 2 weken geleden of een periode terug (7d, 4w, "
        "3m, 1j); log en edit nemen ook een tijd: 'gisteren 15:00', 'vrijdag 15u', '9:30'",
    },
    "text_and_edit": {
        "en": "give the answer as TEXT or with --edit, not both",
        "nl": "geef het antwoord als TEKST of met --edit, niet allebei",
    },
    "see_help": {"en": "see '{command}'", "nl": "zie '{command}'"},
    "unexpected": {
        "en": "unexpected error ({error}); run the command again with STEENTJE_DEBUG=1 for "
        "details, and please report it",
        "nl": "onverwachte fout ({error}); voer de opdracht opnieuw uit met STEENTJE_DEBUG=1 "
        "voor details, en meld de fout alsjeblieft",
    },
    "aborted": {"en": "aborted; nothing was saved", "nl": "afgebroken; er is niets bewaard"},
    # issue 12, last polish
    "day_ahead": {
        "en": "'{text}' is a day still to come; steentje looks back: a reflection is for today "
        "or a day before it",
        "nl": "'{text}' is een dag die nog moet komen; steentje kijkt terug: een reflectie is "
        "voor vandaag of een dag ervoor",
    },
    "import_from_terminal": {
        "en": "Reading JSON from the terminal: paste it, then press Ctrl-D (Ctrl-C stops).",
        "nl": "JSON wordt van de terminal gelezen: plak het en druk dan op Ctrl-D (Ctrl-C stopt).",
    },
    "import_empty": {
        "en": "{path}: there is nothing in it to import; nothing was imported",
        "nl": "{path}: er staat niets in om te importeren; er is niets geïmporteerd",
    },
    # intentions, their follow-up, and your own words from last time (issue 13, part A)
    "field_name_intention": {"en": "intention", "nl": "het voornemen"},
    "field_name_outcome": {"en": "outcome", "nl": "de uitkomst"},
    "field_text": {"en": "{field!r} must be text", "nl": "{field!r} moet een tekst zijn"},
    "field_outcome_date": {
        "en": "'outcome_date' must be a date such as 2026-11-30",
        "nl": "'outcome_date' moet een datum zijn, zoals 2026-11-30",
    },
    "no_intention": {
        "en": "entry {id} has no intention to follow up; set one with "
        '\'steentje log "…" --intention "…"\'',
        "nl": "reflectie {id} heeft geen voornemen om op terug te komen; leg er een vast met "
        '\'steentje log "…" --intention "…"\'',
    },
    "outcome_empty": {
        "en": "the outcome is empty; nothing was saved (let the intention go with --drop)",
        "nl": "de uitkomst is leeg; er is niets bewaard (laat het voornemen los met --drop)",
    },
    "outcome_and_drop": {
        "en": "give the outcome or --drop, not both",
        "nl": "geef de uitkomst of --drop, niet allebei",
    },
    "outcome_saved": {
        "en": "Noted how it went: {id} · {when}",
        "nl": "Genoteerd hoe het ging: {id} · {when}",
    },
    "intention_empty": {
        "en": "the intention is empty; nothing was saved (leave out --intention to save "
        "the answer alone)",
        "nl": "het voornemen is leeg; er is niets bewaard (laat --intention weg om alleen "
        "het antwoord te bewaren)",
    },
    "outcome_there": {
        "en": "entry {id} has an outcome already ({outcome}), so yours was not saved "
        "({yours}); change it with 'steentje followup {id} --edit'",
        "nl": "reflectie {id} heeft al een uitkomst ({outcome}), dus die van jou is niet "
        "bewaard ({yours}); pas hem aan met 'steentje followup {id} --edit'",
    },
    "outcome_unchanged": {
        "en": "Entry {id} has this outcome already; nothing was changed.",
        "nl": "Reflectie {id} heeft deze uitkomst al; er is niets gewijzigd.",
    },
    "intention_dropped": {
        "en": "Let go of the intention of {id}; steentje will not ask about it again.",
        "nl": "Het voornemen van {id} is losgelaten; steentje vraagt er niet meer naar.",
    },
    "intention_dropped_already": {
        "en": "The intention of {id} was let go already; nothing was changed.",
        "nl": "Het voornemen van {id} was al losgelaten; er is niets gewijzigd.",
    },
    "intention_followed_up": {
        "en": "the intention of {id} was followed up already, so it cannot be let go; nothing "
        "was changed",
        "nl": "het voornemen van {id} is al opgevolgd en kan dus niet meer losgelaten worden; er "
        "is niets gewijzigd",
    },
    "outcome_skipped": {
        "en": "Skipped; steentje asks again another day (let it go: steentje followup {id} "
        "--drop).",
        "nl": "Overgeslagen; steentje vraagt het een andere dag opnieuw (loslaten: steentje "
        "followup {id} --drop).",
    },
    "intention_kept": {
        "en": "Intention kept: from the next day on, steentje asks how it went.",
        "nl": "Voornemen bewaard: vanaf de volgende dag vraagt steentje hoe het ging.",
    },
    "no_intentions_yet": {
        "en": "No intentions yet. After an answer, tell steentje what you will try, or use "
        '\'steentje log "…" --intention "…"\'.',
        "nl": "Nog geen voornemens. Vertel steentje na een antwoord wat je gaat proberen, of "
        'gebruik \'steentje log "…" --intention "…"\'.',
    },
    "setting_show_last_answer": {
        "en": "whether today's question shows your last answer to it: on or off",
        "nl": "of de vraag van vandaag je vorige antwoord erop toont: aan of uit",
    },
    # looking back (issue 12): a long answer cut short in the week
    "week_read_on": {
        "en": "… more: steentje show {id}",
        "nl": "… verder: steentje show {id}",
    },
    # named journals (issue 12)
    "no_journal_named": {
        "en": "no journal is named {name!r}; the named journals are: {names} (for a new file "
        "of that name here, give ./{name})",
        "nl": "geen dagboek heet {name!r}; de dagboeken met een naam zijn: {names} (voor een "
        "nieuw bestand met die naam hier: ./{name})",
    },
    "no_named_journals": {"en": "none yet", "nl": "nog geen"},
    "config_expect_table": {
        "en": 'a table of names and paths, such as [journals] work = "~/work.toml"',
        "nl": 'een tabel van namen en paden, zoals [journals] werk = "~/werk.toml"',
    },
    "config_journal_name": {
        "en": "{key!r}: a journal's name is one word (letters, digits, - and _), not {name!r}",
        "nl": "{key!r}: de naam van een dagboek is één woord (letters, cijfers, - en _), "
        "niet {name!r}",
    },
    "config_journal_key_name": {"en": "NAME", "nl": "NAAM"},
    "source_named_journal": {"en": "{source}: journal {name}", "nl": "{source}: dagboek {name}"},
    "config_show_journals": {
        "en": "[journals]  # --journal NAME or $STEENTJE_JOURNAL=NAME picks one",
        "nl": "[journals]  # kies er een met --journal NAAM of $STEENTJE_JOURNAL=NAAM",
    },
    "config_show_journal": {
        "en": "{name} = {value}  # {path}",
        "nl": "{name} = {value}  # {path}",
    },
    "config_show_journal_in_use": {
        "en": "{name} = {value}  # {path}, in use",
        "nl": "{name} = {value}  # {path}, in gebruik",
    },
    "config_journals_needs_name": {
        "en": "give the journal's name: 'steentje config set journals.NAME PATH'",
        "nl": "geef de naam van het dagboek: 'steentje config set journals.NAAM PAD'",
    },
    # free reflections and jrnl imports (issue 12)
    "free_prompt_header": {
        "en": "Free reflection: not an answer to today's question",
        "nl": "Vrije reflectie: geen antwoord op de vraag van vandaag",
    },
    "import_looks_like_jrnl": {
        "en": "{path} looks like a jrnl journal; import it with "
        "'steentje import --from jrnl {path}'; nothing was imported",
        "nl": "{path} lijkt een jrnl-dagboek; importeer het met "
        "'steentje import --from jrnl {path}'; er is niets geïmporteerd",
    },
    "saved_free": {
        "en": "Saved {id} · free reflection · {when}",
        "nl": "Bewaard: {id} · vrije reflectie · {when}",
    },
    "editor_free_header": {
        "en": "Free reflection {id} from {day}.",
        "nl": "Vrije reflectie {id} van {day}.",
    },
    "jrnl_not_a_journal": {
        "en": "{where}: not a jrnl journal: its entries start with a line such as "
        "'[2026-11-20 09:15:00 AM] Title' (or give jrnl's 'jrnl --export json'); "
        "nothing was imported",
        "nl": "{where}: geen jrnl-dagboek: de notities daarin beginnen met een regel als "
        "'[2026-11-20 09:15:00 AM] Titel' (of geef de uitvoer van 'jrnl --export json'); "
        "er is niets geïmporteerd",
    },
    "jrnl_encrypted": {
        "en": "{path} is an encrypted jrnl journal; decrypt it first with "
        "'jrnl --decrypt FILE', or give 'jrnl --export json'; nothing was imported",
        "nl": "{path} is een versleuteld jrnl-dagboek; ontsleutel het eerst met "
        "'jrnl --decrypt BESTAND', of geef de uitvoer van 'jrnl --export json'; "
        "er is niets geïmporteerd",
    },
    "jrnl_bad_date": {
        "en": "{where}: cannot read the date {text!r}; steentje reads jrnl's time formats "
        "{forms}; nothing was imported",
        "nl": "{where}: de datum {text!r} kan steentje niet lezen; steentje leest jrnl's "
        "tijdnotaties {forms}; er is niets geïmporteerd",
    },
    "jrnl_bad_entry": {
        "en": "{where}: {problem}; nothing was imported",
        "nl": "{where}: {problem}; er is niets geïmporteerd",
    },
    "jrnl_not_an_export": {
        "en": '{path}: not a jrnl export: expected an object with "entries", as '
        "'jrnl --export json' writes it; nothing was imported",
        "nl": '{path}: geen jrnl-export: verwacht is een object met "entries", zoals '
        "'jrnl --export json' dat maakt; er is niets geïmporteerd",
    },
    "jrnl_bad_item": {
        "en": "{path}: jrnl entry {number}: {problem}; nothing was imported",
        "nl": "{path}: jrnl-notitie {number}: {problem}; er is niets geïmporteerd",
    },
    "jrnl_field_text": {
        "en": "'title' and 'body' must be text",
        "nl": "'title' en 'body' moeten tekst zijn",
    },
    "jrnl_field_date": {
        "en": "'date' and 'time' must read like 2026-11-20 and 09:15",
        "nl": "'date' en 'time' moeten eruitzien als 2026-11-20 en 09:15",
    },
    # dates and moments (issue 12): what a day option cannot take, and moving an entry
    "no_time_here": {
        "en": "{text!r} has a time of day, and this option takes a day only: leave out the time",
        "nl": "{text!r} bevat een tijd, en deze optie neemt alleen een dag: laat de tijd weg",
    },
    "moment_in_future": {
        "en": "{moment} has not come yet; a reflection is about what already happened",
        "nl": "{moment} is nog niet geweest; een reflectie gaat over wat al gebeurd is",
    },
    "entry_moved": {
        "en": "Moved entry {id} to {when}; its principle and question stay as they were asked.",
        "nl": "Reflectie {id} is verplaatst naar {when}; principe en vraag blijven zoals ze "
        "gesteld zijn.",
    },
    # tags and stars (issue 12)
    "tag_not_a_word": {
        "en": "{tag!r} is not a tag: a tag is one word of letters, digits, - and _, such as "
        "team or 1on1",
        "nl": "{tag!r} is geen tag: een tag is één woord van letters, cijfers, - en _, zoals "
        "team of 1op1",
    },
    "field_starred": {
        "en": "'starred' must be true or false",
        "nl": "'starred' moet true of false zijn",
    },
    "all_tags_needs_tag": {
        "en": "--all-tags needs the tags to look for: give them with --tag",
        "nl": "--all-tags heeft tags nodig om naar te zoeken: geef die met --tag",
    },
    "entry_starred": {"en": "Starred entry {id}.", "nl": "Reflectie {id} heeft nu een ster."},
    "entry_unstarred": {
        "en": "Took the star off entry {id}.",
        "nl": "De ster is van reflectie {id} gehaald.",
    },
    "already_starred": {
        "en": "Entry {id} already has a star; nothing was changed.",
        "nl": "Reflectie {id} had al een ster; er is niets gewijzigd.",
    },
    "not_starred": {
        "en": "Entry {id} has no star; nothing was changed.",
        "nl": "Reflectie {id} heeft geen ster; er is niets gewijzigd.",
    },
    "no_tags_yet": {
        "en": "No tags yet. Add one with 'steentje log \"…\" -t team', or write #team in an "
        "answer.",
        "nl": "Nog geen tags. Voeg er een toe met 'steentje log \"…\" -t team', of schrijf "
        "#team in een antwoord.",
    },
    "setting_inline_tags": {
        "en": "whether #words in an answer become tags: on or off",
        "nl": "of #woorden in een antwoord tags worden: aan of uit",
    },
    # typing an answer, and a day already answered (issue 12)
    "add_another": {
        "en": "You answered this already. Add another answer?",
        "nl": "Je hebt deze vraag al beantwoord. Wil je nog een antwoord toevoegen?",
    },
    "more_answers": {
        "en": "… and earlier ones: {command}",
        "nl": "… en eerdere: {command}",
    },
    # the journal as the only truth: kinds of files, links, conflicts, dates, a full disk
    "not_a_regular_file": {
        "en": "{path} is not a regular file (a link, FIFO or device); steentje reads and "
        "writes only regular files",
        "nl": "{path} is geen gewoon bestand (maar een link, FIFO of apparaat); steentje leest "
        "en schrijft alleen gewone bestanden",
    },
    "disk_full": {
        "en": "the disk holding {path} is full; nothing was saved and the file is as it was",
        "nl": "de schijf met {path} is vol; er is niets bewaard en het bestand is niet gewijzigd",
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
    "all_and_limit": {
        "en": "--all shows every entry: leave out -n/--limit, or --all",
        "nl": "--all toont alle reflecties: laat -n/--limit weg, of --all",
    },
    "since_after_until": {
        "en": "--since {since} is after --until {until}: no day lies between them",
        "nl": "--since {since} ligt na --until {until}: er ligt geen dag tussen",
    },
    "id_too_short": {
        "en": "{id!r} is too short to find an entry by: give at least {minimum} characters of "
        "its id ('steentje review' shows the ids)",
        "nl": "{id!r} is te kort om een reflectie mee te vinden: geef minstens {minimum} tekens "
        "van de id ('steentje review' toont de id's)",
    },
    "config_unknown_ignored": {
        "en": "{path}: unknown setting {key!r} ignored (known: {known}); "
        "'steentje config unset {key}' removes it",
        "nl": "{path}: onbekende instelling {key!r} genegeerd (bekend: {known}); "
        "'steentje config unset {key}' haalt die weg",
    },
    "field_date_range": {
        "en": "'date' must lie between {first} and {last}",
        "nl": "'date' moet tussen {first} en {last} liggen",
    },
    "field_moment_range": {
        "en": "{field!r} must lie between {first} and {last}",
        "nl": "{field!r} moet tussen {first} en {last} liggen",
    },
    # why the system could not read or write a file (see os_reason)
    "reason_not_found": {
        "en": "no such file or folder",
        "nl": "het bestand of de map bestaat niet",
    },
    "reason_no_access": {"en": "permission denied", "nl": "geen toegang"},
    "reason_is_folder": {"en": "it is a folder", "nl": "het is een map"},
    "reason_not_folder": {
        "en": "part of the path is not a folder",
        "nl": "een deel van het pad is geen map",
    },
    "reason_disk_full": {"en": "the disk is full", "nl": "de schijf is vol"},
    "reason_read_only": {
        "en": "the file system is read-only",
        "nl": "het bestandssysteem is alleen-lezen",
    },
    "reason_too_long": {"en": "the name is too long", "nl": "de naam is te lang"},
    "reason_io": {"en": "input/output error", "nl": "lees- of schrijffout van het apparaat"},
    # Any other error number: the system's own words (English) as a quote.
    "reason_other": {
        "en": "system error {number}: {detail}",
        "nl": "systeemfout {number}: {detail}",
    },
    # the bundled principles (a packaging error, but the user sees it)
    "principles_unreadable": {
        "en": "the bundled principles ({file}) cannot be read: {reason}; reinstall steentje",
        "nl": "de meegeleverde principes ({file}) zijn niet te lezen: {reason}; installeer "
        "steentje opnieuw",
    },
    "principles_not_toml": {
        "en": "the bundled {file} is not valid TOML ({where}: {detail}); reinstall steentje",
        "nl": "het meegeleverde {file} is geen geldige TOML ({where}: {detail}); installeer "
        "steentje opnieuw",
    },
    "principles_broken": {
        "en": "the bundled {file} is damaged ({problem}); reinstall steentje",
        "nl": "het meegeleverde {file} is beschadigd ({problem}); installeer steentje opnieuw",
    },
    # the comment at the top of the journal file (written in the language of its writer)
    "journal_preamble": {
        "en": "# steentje journal: one [[entries]] table per reflection.\n"
        "# Plain TOML that you own; edit it by hand if you like.\n",
        "nl": "# steentje-dagboek: één [[entries]]-tabel per reflectie.\n"
        "# Gewone TOML, en van jou: je mag het gerust met de hand bewerken.\n",
    },
    # stats
    "stats_days": {
        "en": {"one": "{count} day", "other": "{count} days"},
        "nl": {"one": "{count} dag", "other": "{count} dagen"},
    },
    "stats_calendar": {
        "en": {"one": "This week", "other": "The last {count} weeks"},
        "nl": {"one": "Deze week", "other": "De laatste {count} weken"},
    },
}


# --- the placeholders in usage lines and help (metavars) --------------------------
# What an option or argument takes, as --help and click's own errors name it.
# English is how they are written in main.py; Dutch readers get Dutch names.
METAVARS: dict[str, dict[str, str]] = {
    "en": {},
    "nl": {
        "YYYY-MM-DD": "JJJJ-MM-DD", "WHEN": "WANNEER", "NAME": "NAAM", "FILE": "BESTAND",
        "PATH": "PAD", "TEXT": "TEKST", "KEY": "INSTELLING", "VALUE": "WAARDE",
    },
}  # fmt: skip


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
        "other_day": "Vraag van de dag",
        "answer": "Je antwoord",
        "answer_how": "in een paar regels (klaar: Enter op een lege regel of Ctrl-D)",
        "answer_how_or_skip": "in een paar regels "
        "(klaar: Enter op een lege regel of Ctrl-D; overslaan: meteen Enter)",
        "answered": "Je antwoord van vandaag",
        "answered_other_day": "Je antwoord van die dag",
        "answered_many": "Je antwoorden van vandaag",
        "answered_other_day_many": "Je antwoorden van die dag",
        "log_hint": 'Antwoord met: {command} "…"',
        "prompts": "Reflectievragen",
        "date": "Datum",
        "principle": "Principe",
        "free": "Vrije reflectie",
        "id": "Id",
        "reflection": "Antwoord",
        "tag_column": "Tags",
        "key_phrase": "Kern",
        "principles_title": "Het nieuwe leidinggeven",
        "yes_no": "[j/N]",
        "yes_words": ("j", "ja", "y", "yes"),
        "entries": "Reflecties",
        "days": "Dagen met een reflectie",
        "current_streak": "Huidige reeks",
        "longest_streak": "Langste reeks",
        "per_principle": "Per principe",
        "free_count": "Vrije reflecties",
        "tags": "Meest gebruikte tags",
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
        # intentions and your own words from last time (issue 13, part A)
        "meant_to": "Je nam je voor ({when}):",
        "how_did_it_go": "Hoe ging het?",
        "followup_hint": 'Vertel het met: steentje followup {id} "…"',
        "outcome": "Hoe ging het",
        "outcome_how": "in een paar regels (klaar: Enter op een lege regel of Ctrl-D; "
        "overslaan: meteen Enter, dan vraagt steentje het een andere dag)",
        "intention": "Wat ga je proberen?",
        "intention_how": "Een regel of een paar (klaar: Enter op een lege regel of Ctrl-D; "
        "overslaan: meteen Enter)",
        "last_time": "Vorige keer, {when}:",
        "intention_heading": "Voornemen",
        "outcome_heading": "Uitkomst",
        "open": "open",
        "dropped": "losgelaten",
        "intentions": "Voornemens",
        "intentions_set": "Vastgelegd",
        "intentions_followed": "Opgevolgd",
        "intentions_dropped": "Losgelaten",
        "intentions_open": "Nog open",
    },
    "en": {
        "today": "Today's question",
        "other_day": "Question of the day",
        "answer": "Your answer",
        "answer_how": "in a few lines (done: Enter on an empty line or Ctrl-D)",
        "answer_how_or_skip": "in a few lines "
        "(done: Enter on an empty line or Ctrl-D; skip: Enter right away)",
        "answered": "Your answer today",
        "answered_other_day": "Your answer that day",
        "answered_many": "Your answers today",
        "answered_other_day_many": "Your answers that day",
        "log_hint": 'Answer with: {command} "…"',
        "prompts": "Reflection questions",
        "date": "Date",
        "principle": "Principle",
        "free": "Free reflection",
        "id": "ID",
        "reflection": "Answer",
        "tag_column": "Tags",
        "key_phrase": "Key phrase",
        "principles_title": "Het nieuwe leidinggeven: the new way of leading",
        "yes_no": "[y/N]",
        "yes_words": ("y", "yes"),
        "entries": "Reflections",
        "days": "Days with a reflection",
        "current_streak": "Current streak",
        "longest_streak": "Longest streak",
        "per_principle": "Per principle",
        "free_count": "Free reflections",
        "tags": "Most used tags",
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
        # intentions and your own words from last time (issue 13, part A)
        "meant_to": "You meant to ({when}):",
        "how_did_it_go": "How did it go?",
        "followup_hint": 'Tell it with: steentje followup {id} "…"',
        "outcome": "How did it go",
        "outcome_how": "in a few lines (done: Enter on an empty line or Ctrl-D; "
        "skip: Enter right away, and steentje asks another day)",
        "intention": "What will you try?",
        "intention_how": "A line or a few (done: Enter on an empty line or Ctrl-D; "
        "skip: Enter right away)",
        "last_time": "Last time, {when}:",
        "intention_heading": "Intention",
        "outcome_heading": "Outcome",
        "open": "open",
        "dropped": "let go",
        "intentions": "Intentions",
        "intentions_set": "Set",
        "intentions_followed": "Followed up",
        "intentions_dropped": "Let go",
        "intentions_open": "Still open",
    },
}


# --- help texts ----------------------------------------------------------------
# Every command's help, by its path ('' is steentje itself, 'config set' a subcommand).
HELP_COMMANDS: dict[str, dict[str, str]] = {
    "": {
        "en": """\
A pebble in your shoe for leaders who live in a terminal.

Every day one of the seven principles of *het nieuwe leidinggeven* (or of
your own: see `steentje principles --help`) asks you one question about your
past day or week. Answer it in a few lines; steentje
keeps your answers in a plain TOML journal that only you can read.

Run `steentje` without a command to see today's question and answer it.
""",
        "nl": """\
Een steentje in je schoen, voor leidinggevenden die de hele dag in de terminal zitten.

Elke dag stelt een van de zeven principes van *het nieuwe leidinggeven* (of van
je eigen principes: zie `steentje principles --help`) je één vraag over je
afgelopen dag of week. Beantwoord die in een paar regels; steentje bewaart je
antwoorden in een gewoon TOML-bestand, je dagboek, dat alleen jij kunt lezen.

Start `steentje` zonder opdracht om de vraag van vandaag te zien en te beantwoorden.
""",
    },
    "today": {
        "en": """\
Show today's principle and question, then ask for your answer.

On a terminal steentje asks for the answer right away: a few lines, edited
with the arrow keys, Home, End and Backspace. Enter on an empty line or
Ctrl-D finishes, Enter right away skips, Ctrl-C cancels (nothing is saved).
Once the day has an answer, it is shown under the question, and steentje
asks whether to add another. With --no-input, or when input is not a
terminal, it only shows the question and the day's answers.

Example: `steentje today --date 2026-12-01 --no-input`
""",
        "nl": """\
Toon het principe en de vraag van vandaag, en vraag om je antwoord.

Op een terminal vraagt steentje meteen om je antwoord: een paar regels, die je bewerkt
met de pijltjestoetsen, Home, End en Backspace. Enter op een lege regel of Ctrl-D rondt
af, meteen Enter slaat over, Ctrl-C breekt af (er wordt niets bewaard). Heeft de dag al
een antwoord, dan staat dat onder de vraag en vraagt steentje of je er nog een wilt
toevoegen. Met --no-input, of als de invoer geen terminal is, toont steentje alleen de
vraag en de antwoorden van die dag.

Voorbeeld: `steentje today --date 2026-12-01 --no-input`
""",
    },
    "principles": {
        "en": """\
List the principles in use, or show one in full, with its reflection questions.

By default these are the article's seven. To use principles of your own (a
team's values, another article), write a file like `steentje principles
--template` prints (1 to 31 principles, in English, Dutch or both), check it
with `--check`, then set `principles = "PATH"` in the config file or
$STEENTJE_PRINCIPLES. Each answer keeps the id of the set it answered, so
earlier answers keep their own question.

Example: `steentje --lang en principles 5`
""",
        "nl": """\
Toon de principes die je gebruikt, of één principe volledig, met zijn reflectievragen.

Standaard zijn dat de zeven uit het artikel. Wil je eigen principes (de waarden
van je team, een ander artikel), schrijf dan een bestand zoals `steentje
principles --template` het laat zien (1 tot en met 31 principes, in het
Nederlands, het Engels of allebei), controleer het met `--check` en zet
`principles = "PAD"` in het instellingenbestand of $STEENTJE_PRINCIPLES. Elk
antwoord onthoudt de id van zijn set, zodat eerdere antwoorden hun eigen vraag houden.

Voorbeeld: `steentje --lang nl principles 5`
""",
    },
    "log": {
        "en": """\
Write down your answer to today's question.

The answer comes from TEXT, else from your editor (--edit), else from piped
input; else steentje asks for it: a few lines, finished with Enter on an
empty line or Ctrl-D. With --date you write for another day, with that day's
question, and at a time of day if you give one (--date "yesterday 15:00").
A #word in the answer becomes a tag too (turn that off with
`steentje config set inline_tags off`); --star marks the entry.
--free writes a free reflection: one that answers no principle and no question
(today's question stays open, and so does its reminder). --intention keeps what
you will try; from the next day on steentje asks how it went (when you type
the answer at the prompt, steentje asks for it: Enter skips).

Example: `steentje log "I left the planning to Sam; it went better" -t team`

Example: `steentje log "I decided alone again" -i "Ask the team first on Monday"`

Example: `steentje log --free "A quiet walk cleared my head"`
""",
        "nl": """\
Schrijf je antwoord op de vraag van vandaag op.

Het antwoord komt uit TEKST, anders uit je editor (--edit), anders uit de invoer (een
pipe); anders vraagt steentje erom: een paar regels, af te ronden met Enter op een lege
regel of met Ctrl-D. Met --date schrijf je voor een andere dag, met de vraag van die dag,
en op een tijdstip als je dat noemt (--date "gisteren 15:00").
Een #woord in je antwoord wordt ook een tag (zet dat uit met
`steentje config set inline_tags uit`); met --star geef je de reflectie een ster.
Met --free schrijf je een vrije reflectie: die beantwoordt geen principe en geen vraag
(de vraag van vandaag blijft open, en de herinnering ook). Met --intention leg je vast
wat je gaat proberen; vanaf de volgende dag vraagt steentje hoe het ging (typ je het
antwoord achter de prompt, dan vraagt steentje er zelf naar: Enter slaat over).

Voorbeeld: `steentje log "Ik liet de planning aan Sam over; het ging beter" -t team`

Voorbeeld: `steentje log "Ik besliste weer alleen" -i "Maandag eerst het team vragen"`

Voorbeeld: `steentje log --free "Een rustige wandeling maakte mijn hoofd leeg"`
""",
    },
    "review": {
        "en": """\
Look back at your reflections, newest first.

Filters combine: --principle 5 --tag team --since 4w shows entries for
principle 5, tagged team, from the last four weeks. Several --tag values
mean any of them, with --all-tags all of them; --not-tag leaves a tag out;
--starred shows only entries with a star. Matches of --search are
highlighted. --intentions lists what you meant to try and how it went, the
open ones first. On a terminal, long output goes through your pager.

Example: `steentje review -p 5 --search vertrouwen --since 3m --format full`
""",
        "nl": """\
Kijk terug op je reflecties, de nieuwste eerst.

Je kunt filters combineren: --principle 5 --tag team --since 4w toont reflecties bij
principe 5, met de tag team, uit de laatste vier weken. Meerdere keren --tag betekent
een van die tags, met --all-tags allemaal; --not-tag laat een tag weg; --starred toont
alleen reflecties met een ster. Wat --search vindt, wordt gemarkeerd. --intentions
toont wat je wilde proberen en hoe het ging, de open voornemens eerst. Op een terminal
gaat lange uitvoer door je pager (zoals less).

Voorbeeld: `steentje review -p 5 --search vertrouwen --since 3m --format full`
""",
    },
    "show": {
        "en": """\
Show one entry in full: its day, its principle, the question as it was asked, and your answer.

Example: `steentje show k3f9`
""",
        "nl": """\
Toon één reflectie volledig: de dag, het principe, de vraag zoals die gesteld werd en je antwoord.

Voorbeeld: `steentje show k3f9`
""",
    },
    "followup": {
        "en": """\
Tell how an intention went: what you meant to try after an answer.

The outcome comes from TEXT, else from your editor (--edit), else from piped
input; else steentje shows the intention and asks. Bare `steentje` asks too,
from the day after the intention on (Enter skips it for that day). --drop
lets an intention go: steentje will not ask about it again.
`steentje review --intentions` lists them all, the open ones first.

Example: `steentje followup k3f9 "Sanne took the lead; the plan got better"`
""",
        "nl": """\
Vertel hoe een voornemen ging: wat je na een antwoord wilde proberen.

De uitkomst komt uit TEKST, anders uit je editor (--edit), anders uit de invoer (een
pipe); anders toont steentje het voornemen en vraagt ernaar. Ook `steentje` zelf vraagt
ernaar, vanaf de dag na het voornemen (Enter slaat het die dag over). Met --drop laat
je een voornemen los: steentje vraagt er dan niet meer naar.
`steentje review --intentions` toont ze allemaal, de open voornemens eerst.

Voorbeeld: `steentje followup k3f9 "Sanne nam het voortouw; het plan werd beter"`
""",
    },
    "stats": {
        "en": """\
Your patterns: totals, streaks, entries per principle, tags, and a calendar.

The current streak counts the days in a row with a reflection up to today
(or up to yesterday, while today's is still to come). Which principle have
you been avoiding?

Example: `steentje stats --weeks 52`
""",
        "nl": """\
Je patronen: totalen, reeksen, reflecties per principe, tags en een kalender.

De huidige reeks telt de dagen op rij met een reflectie, tot en met vandaag (of tot en
met gisteren, zolang je die van vandaag nog niet hebt geschreven). Welk principe laat je
liggen?

Voorbeeld: `steentje stats --weeks 52`
""",
    },
    "week": {
        "en": """\
A weekly review on one screen: the week's principles and your answers.

The seven days of the week that holds --date (default: this week), each
day's question and what you wrote, or a dash; then the closing thought of
the principles in use. Days still to come show only their principle; an answer longer than
four lines shows its start and the id to read it whole with `steentje show`.
Longer than your terminal, it goes through your pager (--no-pager: all at
once). Useful before a one-on-one or a team retrospective.

Example: `steentje week --date 2026-11-23`
""",
        "nl": """\
Een weekoverzicht op één scherm: de principes van de week en je antwoorden.

De week waarin --date valt (standaard: deze week), met per dag de vraag en wat je
schreef, of een streepje; daarna de slotgedachte van de principes die je gebruikt. Dagen die nog
komen tonen alleen hun principe; van een antwoord langer dan vier regels zie je
het begin en de id om het helemaal te lezen met `steentje show`. Past het niet op
je scherm, dan gaat het door je pager (--no-pager: alles in één keer). Handig als
voorbereiding op een één-op-één of een retro met je team.

Voorbeeld: `steentje week --date 2026-11-23`
""",
    },
    "export": {
        "en": """\
Export your entries, oldest first: Markdown grouped by week, or JSON.

Accepts the same filters as review. A file written with --output is readable
only by you; an existing one is only overwritten with --force.

Example: `steentje export --since 3m -o kwartaal.md`
""",
        "nl": """\
Exporteer je reflecties, de oudste eerst: als Markdown per week, of als JSON.

Werkt met dezelfde filters als review. Een bestand dat je met --output maakt, kan
alleen jij lezen; een bestaand bestand wordt alleen met --force overschreven.

Voorbeeld: `steentje export --since 3m -o kwartaal.md`
""",
    },
    "import": {
        "en": """\
Import entries from a steentje export (another computer, say) or a jrnl journal.

Entries already in your journal (the same id and content, or the same date
and answer) are skipped. An entry whose id your journal uses for something
else is a conflict: nothing is imported, unless --keep-both gives it a new id.
An entry you deleted is not imported again; --keep-both brings it back under a
new id. A malformed file changes nothing.

--from jrnl reads a jrnl journal: its journal file (journal.txt) or
`jrnl --export json`. Each entry keeps its date and time, its title and body (as
the answer), its @tags and #tags and its star, and becomes a free reflection.
Importing the same jrnl journal again adds nothing.

Example: `steentje import laptop.json`

Example: `steentje import --from jrnl ~/.local/share/jrnl/journal.txt`
""",
        "nl": """\
Importeer reflecties uit een steentje-export (van een andere computer) of een jrnl-dagboek.

Reflecties die je al hebt (zelfde id en inhoud, of zelfde datum en antwoord) worden
overgeslagen. Gebruikt je dagboek de id van een reflectie al voor iets anders, dan is dat
een conflict: er wordt niets geïmporteerd, tenzij --keep-both die een nieuwe id geeft.
Een reflectie die je hebt verwijderd, wordt niet opnieuw geïmporteerd; --keep-both haalt
die terug met een nieuwe id. Is het bestand beschadigd of ongeldig, dan verandert er niets.

Met --from jrnl lees je een jrnl-dagboek: het dagboekbestand (journal.txt) of de
uitvoer van `jrnl --export json`. Elke notitie houdt datum en tijd, titel en
tekst (als antwoord), @tags en #tags en ster, en wordt een vrije reflectie. Importeer je
hetzelfde jrnl-dagboek nog eens, dan komt er niets bij.

Voorbeeld: `steentje import laptop.json`

Voorbeeld: `steentje import --from jrnl ~/.local/share/jrnl/journal.txt`
""",
    },
    "edit": {
        "en": """\
Change an entry's answer (in your editor), its tags or its day.

--date moves it to another day or moment; its principle and question stay
what was asked. Without --answer, --tag, --untag or --date, steentje opens
the answer in $VISUAL or $EDITOR; if you leave it as it is, nothing changes; an empty answer is
refused. The previous version of your journal is kept as journal.toml.bak.

Example: `steentje edit k3f9x2ab --tag 1on1 --untag team`
""",
        "nl": """\
Pas het antwoord, de tags of de dag van een reflectie aan.

--date verplaatst haar naar een andere dag of een ander moment; principe en vraag
blijven zoals ze gesteld zijn. Zonder --answer, --tag, --untag of --date opent
steentje het antwoord in $VISUAL of $EDITOR.
Laat je het zoals het is, dan verandert er niets; een leeg antwoord wordt geweigerd.
De vorige versie van je dagboek blijft bewaard als journal.toml.bak.

Voorbeeld: `steentje edit k3f9x2ab --tag 1op1 --untag team`
""",
    },
    "star": {
        "en": """\
Give an entry a star, to find it again with `review --starred`.

Example: `steentje star k3f9`
""",
        "nl": """\
Geef een reflectie een ster, zodat je die terugvindt met `review --starred`.

Voorbeeld: `steentje star k3f9`
""",
    },
    "unstar": {
        "en": """\
Take an entry's star away.

Example: `steentje unstar k3f9`
""",
        "nl": """\
Haal de ster van een reflectie weg.

Voorbeeld: `steentje unstar k3f9`
""",
    },
    "tags": {
        "en": """\
List every tag with the number of entries that carry it, most used first.

Tags are one word each (letters, digits, - and _), stored in lower case
without the #: `-t Team` and `-t '#team'` are both the tag team.

Example: `steentje tags --format json`
""",
        "nl": """\
Toon al je tags, elk met het aantal reflecties met die tag; de meest gebruikte eerst.

Een tag is één woord (letters, cijfers, - en _), bewaard in kleine letters en zonder #:
`-t Team` en `-t '#team'` zijn allebei de tag team.

Voorbeeld: `steentje tags --format json`
""",
    },
    "delete": {
        "en": """\
Delete an entry; on a terminal, steentje asks first.

The previous version of your journal is kept as journal.toml.bak, so you can
undo a delete by restoring that file.

Example: `steentje delete k3f9x2ab --yes`
""",
        "nl": """\
Verwijder een reflectie; op een terminal vraagt steentje eerst om bevestiging.

De vorige versie van je dagboek blijft bewaard als journal.toml.bak: zet je dat bestand
terug, dan is de verwijdering ongedaan gemaakt.

Voorbeeld: `steentje delete k3f9x2ab --yes`
""",
    },
    "merge": {
        "en": """\
Merge other copies of your journal into it: entries by id, nothing lost.

An entry only a copy has is added; an entry changed on both sides keeps the
later change, and the other version stays beside it with the tag conflict
(`steentje review --conflicts`); an entry deleted on either side stays
deleted. Merging the same copy twice changes nothing. With --conflicts, the
conflict copies a sync tool (Syncthing, Dropbox, Nextcloud) left beside your
journal are merged and moved to steentje's state folder.

Example: `steentje merge --conflicts`
""",
        "nl": """\
Voeg andere kopieën van je dagboek samen met je dagboek: per reflectie, zonder dat er
iets verloren gaat.

Een reflectie die alleen in een kopie staat komt erbij; een reflectie die aan beide kanten
veranderd is houdt de laatste wijziging, en de andere versie blijft ernaast staan met de
tag conflict (`steentje review --conflicts`); wat aan een van beide kanten verwijderd
is, blijft verwijderd. Twee keer dezelfde kopie samenvoegen verandert niets. Met
--conflicts voegt steentje de conflictkopieën samen die een synchronisatieprogramma
(Syncthing, Dropbox, Nextcloud) naast je dagboek achterliet, en zet ze in de statusmap
van steentje.

Voorbeeld: `steentje merge --conflicts`
""",
    },
    "merge-driver": {
        "en": """\
git's merge driver for the journal: merges THEIRS into OURS, given their ANCESTOR.

`steentje sync --setup` registers it; git calls it, you need not.

Example: `git config merge.steentje.driver "steentje merge-driver %O %A %B"`
""",
        "nl": """\
De samenvoeger van git voor je dagboek: voegt THEIRS samen met OURS, met hun ANCESTOR.

`steentje sync --setup` meldt hem aan bij git; git roept hem aan, jij hoeft dat niet.

Voorbeeld: `git config merge.steentje.driver "steentje merge-driver %O %A %B"`
""",
    },
    "sync": {
        "en": """\
Sync your journal through git: commit it, fetch, merge and push.

The journal's folder must be a git repository; `steentje sync --setup [REMOTE]`
makes it one (or uses the one it is in), lets steentje merge the journal and adds
the remote. Only the journal and .gitattributes are committed. Without a network
the journal is committed here, and sync exits with exit code 1.

Example: `steentje sync --setup git@example.org:me/journal.git`
""",
        "nl": """\
Synchroniseer je dagboek via git: vastleggen, ophalen, samenvoegen en versturen.

De map van je dagboek moet een git-repository zijn; `steentje sync --setup [REMOTE]`
maakt er een (of gebruikt de repository waarin de map staat), laat steentje het dagboek
samenvoegen en voegt de remote toe. Alleen het dagboek en .gitattributes worden
vastgelegd. Zonder netwerk legt steentje het dagboek hier vast en eindigt sync met
afsluitcode 1.

Voorbeeld: `steentje sync --setup git@example.org:ik/dagboek.git`
""",
    },
    "doctor": {
        "en": """\
Check the journal: it parses, every entry is valid, ids are unique, files are private.

Exits with exit code 1 when something needs attention. With --repair, a
last entry damaged by an interrupted write is moved to a separate file
(every intact entry stays), duplicate ids get new ones and the files are
made private; the previous version of your journal is kept as
journal.toml.bak.

Example: `steentje doctor --repair`
""",
        "nl": """\
Controleer je dagboek: is het geldig, is elke reflectie in orde, zijn de id's uniek en
kun alleen jij de bestanden lezen?

Eindigt met afsluitcode 1 als er iets aandacht nodig heeft. Met --repair zet steentje
een laatste reflectie die bij een onderbroken schrijfactie beschadigd raakte in een apart
bestand (alle onbeschadigde reflecties blijven staan), vervangt dubbele id's en maakt de
bestanden privé; de vorige versie van je dagboek blijft bewaard als journal.toml.bak.

Voorbeeld: `steentje doctor --repair`
""",
    },
    "remind": {
        "en": """\
Print one line while today's reflection is due; nothing once it is written.

Meant for shell start-up (see shell-init): it always exits with exit code 0,
and STEENTJE_REMIND=off silences it.

Example: `steentje remind`
""",
        "nl": """\
Toon één regel zolang je de reflectie van vandaag nog niet hebt geschreven; daarna niets.

Bedoeld voor het opstarten van een shell (zie shell-init): eindigt altijd met
afsluitcode 0, en STEENTJE_REMIND=off zet de herinnering uit.

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
Toon het shellfragment dat je aan de reflectie van vandaag herinnert, tot je die hebt
geschreven.

Schrijf het één keer naar een bestand en laad dat bestand in je rc-bestand (met
`source`): dan start een nieuwe shell helemaal geen Python meer zodra je reflectie van
vandaag er staat. Een regel `eval "$(steentje shell-init bash)"` zou in elke shell
Python starten.

Voorbeeld: `steentje shell-init bash > ~/.config/steentje/remind.bash`
""",
    },
    "path": {
        "en": """\
Print where your journal is.

Example: `$EDITOR "$(steentje path)"`
""",
        "nl": """\
Toon waar je dagboek staat.

Voorbeeld: `$EDITOR "$(steentje path)"`
""",
    },
    "config": {
        "en": """\
Show, locate and change your settings (config.toml in your config folder).
""",
        "nl": """\
Bekijk en wijzig je instellingen (config.toml in je instellingenmap).
""",
    },
    "config path": {
        "en": """\
Print where the config file is (or would be); works even when it is damaged.

Example: `$EDITOR "$(steentje config path)"`
""",
        "nl": """\
Toon waar het instellingenbestand staat (of komt te staan); werkt ook als het bestand \
beschadigd is.

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
Toon alle instellingen die nu gelden, en waar elke instelling vandaan komt.

Een instelling komt van een optie, anders uit een omgevingsvariabele, anders uit het
instellingenbestand; anders geldt de standaardwaarde.

Voorbeeld: `steentje config show`
""",
    },
    "config set": {
        "en": """\
Store a setting in the config file.

lang nl|en; journal PATH; editor COMMAND; remind on|off; week_starts monday..sunday;
inline_tags on|off; show_last_answer on|off; journals.NAME PATH names a journal for
`--journal NAME` (a relative path is taken from the config folder;
`config unset journals.NAME` forgets it).

Example: `steentje config set lang nl`, `steentje config set journals.work ~/work.toml`
""",
        "nl": """\
Bewaar een instelling in het instellingenbestand.

lang nl|en; journal PAD; editor OPDRACHT; remind aan|uit; week_starts maandag..zondag;
inline_tags aan|uit; show_last_answer aan|uit; journals.NAAM PAD geeft een dagboek een
naam voor `--journal NAAM` (een relatief pad geldt vanaf de instellingenmap;
`config unset journals.NAAM` vergeet het).

Voorbeeld: `steentje config set lang nl`, `steentje config set journals.werk ~/werk.toml`
""",
    },
    "config unset": {
        "en": """\
Remove a setting from the config file, so its default applies again.

Example: `steentje config unset week_starts`
""",
        "nl": """\
Haal een instelling uit het instellingenbestand, zodat weer de standaardwaarde geldt.

Voorbeeld: `steentje config unset week_starts`
""",
    },
}
HELP_EPILOG = {
    "en": "Exit codes: 0 success, 1 error, 2 usage error, 130 interrupted, 141 output "
    "closed by its reader.",
    "nl": "Afsluitcodes: 0 gelukt, 1 fout, 2 verkeerd gebruik, 130 onderbroken, 141 uitvoer "
    "gesloten door wie hem las.",
}

# Option and argument help by parameter name; the same name means the same thing
# in every command that has it.
HELP_PARAMETERS: dict[str, dict[str, str]] = {
    "value": {"en": "The new value.", "nl": "De nieuwe waarde."},
    "lang": {
        "en": "Language for questions, principles and messages: nl or en (default: from "
        "$STEENTJE_LANG, the config file or your locale).",
        "nl": "Taal van vragen, principes en meldingen: nl of en (standaard: uit "
        "$STEENTJE_LANG, het instellingenbestand of de taal van je systeem).",
    },
    "journal": {
        "en": "Use this journal file instead of the default one in your config folder "
        "(or $STEENTJE_JOURNAL); a name from the [journals] table of the config file "
        "picks that journal.",
        "nl": "Gebruik dit dagboekbestand in plaats van het standaardbestand in je "
        "instellingenmap (of $STEENTJE_JOURNAL); een naam uit de tabel [journals] van het "
        "instellingenbestand kiest dat dagboek.",
    },
    "version": {
        "en": "Show the version and exit.",
        "nl": "Toon de versie en stop.",
    },
    "install_completion": {
        "en": "Install completion for the current shell.",
        "nl": "Installeer tabaanvulling voor je huidige shell.",
    },
    "show_completion": {
        "en": "Show completion for the current shell, to copy it or customize the installation.",
        "nl": "Toon de tabaanvulling voor je huidige shell, om te kopiëren of aan te passen.",
    },
    "day": {
        "en": "Another day instead of today: YYYY-MM-DD, yesterday, friday, 3 days ago, 7d.",
        "nl": "Een andere dag dan vandaag: JJJJ-MM-DD, gisteren, vrijdag, 3 dagen geleden, 7d.",
    },
    "no_input": {
        "en": "Only show the question; do not ask for an answer.",
        "nl": "Toon alleen de vraag; vraag niet om een antwoord.",
    },
    "number": {
        "en": "Show principle N of the set in use in full.",
        "nl": "Toon principe N van de set die je gebruikt volledig.",
    },
    "check_path": {
        "en": "Check the principles file PATH: every problem, with its line and field.",
        "nl": "Controleer het principesbestand PAD: elk probleem, met zijn regel en veld.",
    },
    "print_template": {
        "en": "Print a starter file for principles of your own, with comments.",
        "nl": "Toon een startbestand voor eigen principes, met uitleg.",
    },
    "text": {
        "en": "Your answer. Without TEXT, the answer comes from a pipe or --edit, or steentje "
        "asks for it.",
        "nl": "Je antwoord. Zonder TEKST komt het uit een pipe of --edit, of vraagt steentje erom.",
    },
    "edit": {
        "en": "Write the answer in your editor ($VISUAL or $EDITOR).",
        "nl": "Schrijf het antwoord in je editor ($VISUAL of $EDITOR).",
    },
    "tags": {
        "en": "Add a tag (repeat for more).",
        "nl": "Voeg een tag toe (herhaal voor meer).",
    },
    "star": {
        "en": "Give the entry a star.",
        "nl": "Geef de reflectie een ster.",
    },
    "free": {
        "en": "A free reflection: it answers no principle and no question (today's question "
        "still waits for its answer).",
        "nl": "Een vrije reflectie: die beantwoordt geen principe en geen vraag (de vraag van "
        "vandaag wacht nog op je antwoord).",
    },
    "intention": {
        "en": "What you will try; from the next day on steentje asks how it went.",
        "nl": "Wat je gaat proberen; vanaf de volgende dag vraagt steentje hoe het ging.",
    },
    "drop": {
        "en": "Let the intention go: steentje will not ask about it again.",
        "nl": "Laat het voornemen los: steentje vraagt er niet meer naar.",
    },
    "intentions": {
        "en": "List intentions and how they went, the open ones first.",
        "nl": "Toon voornemens en hoe ze gingen, de open voornemens eerst.",
    },
    "conflicts": {
        "en": "Only the versions a merge kept because the same entry was changed on two "
        "machines (tagged 'conflict').",
        "nl": "Alleen de versies die een samenvoeging bewaarde omdat dezelfde reflectie op twee "
        "machines is gewijzigd (tag 'conflict').",
    },
    "limit": {
        "en": "Show at most N entries.",
        "nl": "Toon maximaal N reflecties.",
    },
    "show_all": {
        "en": "Show every entry.",
        "nl": "Toon alle reflecties.",
    },
    "principle": {
        "en": "Only entries for this principle (repeat for more).",
        "nl": "Alleen reflecties bij dit principe (herhaal voor meer).",
    },
    "tag": {
        "en": "Only entries with this tag (repeat for more).",
        "nl": "Alleen reflecties met deze tag (herhaal voor meer).",
    },
    "all_tags": {
        "en": "Only entries with every --tag given, instead of any of them.",
        "nl": "Alleen reflecties met elke opgegeven --tag, in plaats van een ervan.",
    },
    "not_tags": {
        "en": "Leave out entries with this tag (repeat for more).",
        "nl": "Laat reflecties met deze tag weg (herhaal voor meer).",
    },
    "starred": {
        "en": "Only entries with a star.",
        "nl": "Alleen reflecties met een ster.",
    },
    "search": {
        "en": "Only entries whose answer or question contains TEXT (ignoring case and accents).",
        "nl": "Alleen reflecties waarvan het antwoord of de vraag TEKST bevat (hoofdletters en "
        "accenten maken niet uit).",
    },
    "since": {
        "en": "Only entries from this day on: YYYY-MM-DD, today, yesterday, monday, 3 days ago, "
        "7d, 4w, 3m, 1y.",
        "nl": "Alleen reflecties van deze dag of later: JJJJ-MM-DD, vandaag, gisteren, maandag, "
        "3 dagen geleden, 7d, 4w, 3m, 1j.",
    },
    "until": {
        "en": "Only entries up to and including this day (same forms as --since).",
        "nl": "Alleen reflecties van deze dag of eerder (dezelfde vormen als --since).",
    },
    "output": {
        "en": "table, full (each entry in full), markdown or json.",
        "nl": "table, full (elke reflectie volledig), markdown of json.",
    },
    "no_pager": {
        "en": "Print everything at once, without a pager.",
        "nl": "Toon alles in één keer, zonder pager.",
    },
    "entry_id": {
        "en": "The entry's id (as review shows it), or its first few characters (at least 4).",
        "nl": "De id van de reflectie (zoals review die toont), of het begin ervan (minstens 4 "
        "tekens).",
    },
    "weeks": {
        "en": "Number of weeks in the calendar.",
        "nl": "Aantal weken in de kalender.",
    },
    "output_format": {
        "en": "markdown or json.",
        "nl": "markdown of json.",
    },
    "force": {
        "en": "Overwrite FILE if it exists.",
        "nl": "Overschrijf BESTAND als het al bestaat.",
    },
    "source": {
        "en": "A JSON file from 'steentje export --format json' (with --from jrnl: a jrnl "
        "journal file or 'jrnl --export json'); - reads standard input.",
        "nl": "Een JSON-bestand van 'steentje export --format json' (met --from jrnl: een "
        "jrnl-dagboekbestand of 'jrnl --export json'); - leest de standaardinvoer.",
    },
    "keep_both": {
        "en": "When an entry's id is taken by one with other content, or is one you deleted, "
        "import it under a new id.",
        "nl": "Heeft een reflectie de id van een reflectie met een andere inhoud, of van een "
        "die je verwijderde, importeer die dan met een nieuwe id.",
    },
    "origin": {
        "en": "steentje (an export) or jrnl (a jrnl journal, plain text or JSON; its entries "
        "become free reflections).",
        "nl": "steentje (een export) of jrnl (een jrnl-dagboek, als tekst of JSON; de notities "
        "worden vrije reflecties).",
    },
    "answer": {
        "en": "The new answer, instead of opening the editor.",
        "nl": "Het nieuwe antwoord, in plaats van de editor te openen.",
    },
    "untags": {
        "en": "Remove a tag (repeat for more).",
        "nl": "Verwijder een tag (herhaal voor meer).",
    },
    "when": {
        "en": "Move the entry to another day or moment, as log --date takes it ('yesterday', "
        "'friday 15:00'); without a time it keeps its time of day. Its principle and question "
        "stay as they were asked.",
        "nl": "Verplaats de reflectie naar een andere dag of een ander moment, zoals log --date "
        "die neemt ('gisteren', 'vrijdag 15:00'); zonder tijd houdt die haar tijdstip. "
        "Principe en vraag blijven zoals ze gesteld zijn.",
    },
    "yes": {
        "en": "Do not ask for confirmation (for scripts).",
        "nl": "Vraag niet om bevestiging (voor scripts).",
    },
    "repair": {
        "en": "Set a damaged last entry aside, give duplicate ids new ones, and make the files "
        "private.",
        "nl": "Zet een beschadigde laatste reflectie apart, vervang dubbele id's en maak de "
        "bestanden privé.",
    },
    "shell": {
        "en": "bash, zsh or fish.",
        "nl": "bash, zsh of fish.",
    },
    "key": {
        "en": "lang, journal, editor, remind, week_starts, inline_tags or show_last_answer.",
        "nl": "lang, journal, editor, remind, week_starts, inline_tags of show_last_answer.",
    },
}
# Where one parameter name means different things in different commands.
HELP_SPECIFIC: dict[tuple[str, str], dict[str, str]] = {
    ("stats", "output"): {"en": "text or json.", "nl": "text of json."},
    ("log", "day"): {
        "en": "The day you answer for, with a time if you like: YYYY-MM-DD, yesterday, "
        "'yesterday 15:00', 'friday 3pm', '2 days ago' (default: now).",
        "nl": "De dag waarvoor je antwoordt, als je wilt met een tijd: JJJJ-MM-DD, gisteren, "
        "'gisteren 15:00', 'vrijdag 15u', '2 dagen geleden' (standaard: nu).",
    },
    ("tags", "output"): {"en": "text or json.", "nl": "text of json."},
    ("followup", "text"): {
        "en": "How it went. Without TEXT, it comes from a pipe or --edit, or steentje asks.",
        "nl": "Hoe het ging. Zonder TEKST komt het uit een pipe of --edit, of vraagt steentje "
        "erom.",
    },
    ("followup", "edit"): {
        "en": "Write the outcome in your editor ($VISUAL or $EDITOR).",
        "nl": "Schrijf de uitkomst in je editor ($VISUAL of $EDITOR).",
    },
    ("export", "output"): {
        "en": "Write to FILE instead of stdout.",
        "nl": "Schrijf naar BESTAND in plaats van naar het scherm (standaarduitvoer).",
    },
    ("merge", "files"): {
        "en": "Other copies of your journal (another machine's, a sync tool's conflict copy).",
        "nl": "Andere kopieën van je dagboek (van een andere machine, een conflictkopie).",
    },
    ("merge", "conflicts"): {
        "en": "Merge the conflict copies beside your journal and move them to steentje's "
        "state folder.",
        "nl": "Voeg de conflictkopieën naast je dagboek samen en zet ze in de statusmap van "
        "steentje.",
    },
    ("merge-driver", "ancestor"): {
        "en": "The common ancestor (git's %O).",
        "nl": "De gemeenschappelijke voorganger (%O van git).",
    },
    ("merge-driver", "ours"): {
        "en": "Our version, replaced by the merge (git's %A).",
        "nl": "Onze versie, vervangen door de samenvoeging (%A van git).",
    },
    ("merge-driver", "theirs"): {
        "en": "Their version (git's %B).",
        "nl": "Hun versie (%B van git).",
    },
    ("sync", "setup"): {
        "en": "Make the journal's folder ready for sync: a git repository, steentje as merge "
        "driver, and REMOTE as origin.",
        "nl": "Maak de map van je dagboek klaar voor sync: een git-repository, steentje als "
        "samenvoeger, en REMOTE als origin.",
    },
    ("sync", "remote"): {
        "en": "With --setup: the repository to sync with (a URL or a path).",
        "nl": "Met --setup: de repository om mee te synchroniseren (een URL of een pad).",
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


# The system's reasons for a failed read or write, by error number. The C
# library's own text (strerror) is always English.
_REASONS = {
    "ENOENT": "reason_not_found",
    "EACCES": "reason_no_access",
    "EPERM": "reason_no_access",
    "EISDIR": "reason_is_folder",
    "ENOTDIR": "reason_not_folder",
    "ENOSPC": "reason_disk_full",
    "EDQUOT": "reason_disk_full",
    "EROFS": "reason_read_only",
    "ENAMETOOLONG": "reason_too_long",
    "EIO": "reason_io",
}


# tomllib's messages (English, without their position), in words a person can act on.
_TOML_DETAILS: dict[str, dict[str, str]] = {
    "Unterminated string": {
        "en": "a quoted text is not closed",
        "nl": "een tekst tussen aanhalingstekens is niet afgesloten",
    },
    "Illegal character '\\n'": {
        "en": "a quoted text runs past the end of the line",
        "nl": "een tekst tussen aanhalingstekens loopt door na het einde van de regel",
    },
    "Invalid value": {
        "en": "this is not a valid value (text needs quotation marks)",
        "nl": "dit is geen geldige waarde (tekst hoort tussen aanhalingstekens)",
    },
    "Expected '=' after a key in a key/value pair": {
        "en": "'=' is missing after a key",
        "nl": "na een sleutel ontbreekt '='",
    },
    "Expected ']]' at the end of an array declaration": {
        "en": "']]' is missing at the end of a table header",
        "nl": "aan het eind van een tabelkop ontbreekt ']]'",
    },
    "Expected ']' at the end of a table declaration": {
        "en": "']' is missing at the end of a table header",
        "nl": "aan het eind van een tabelkop ontbreekt ']'",
    },
    "Cannot overwrite a value": {
        "en": "a key is given twice",
        "nl": "een sleutel staat er twee keer",
    },
    "Invalid initial character for a key part": {
        "en": "a key starts with a character that is not allowed there",
        "nl": "een sleutel begint met een teken dat daar niet mag",
    },
    "Unclosed array": {
        "en": "a list ([…]) is not closed",
        "nl": "een lijst ([…]) is niet afgesloten",
    },
    "Unclosed inline table": {
        "en": "an inline table ({…}) is not closed",
        "nl": "een inline-tabel ({…}) is niet afgesloten",
    },
    "Invalid date or datetime": {
        "en": "this is not a valid date or date-time",
        "nl": "dit is geen geldige datum of datum met tijd",
    },
    "Expected newline or end of document after a statement": {
        "en": "something follows a value on the same line",
        "nl": "na een waarde staat nog iets op dezelfde regel",
    },
    "Unescaped '\\' in a string": {
        "en": "a backslash in a quoted text is not escaped (write \\\\)",
        "nl": "een backslash in een tekst tussen aanhalingstekens moet dubbel (schrijf \\\\)",
    },
}
_TOML_PATTERNS = (
    (r"Cannot declare .* twice", "Cannot overwrite a value"),
    (r"Duplicate inline table key .*", "Cannot overwrite a value"),
)
_TOML_POSITION = r" \(at (?:line (\d+), column (\d+)|end of document)\)$"
_TOML_WHERE = {
    "en": ("line {line}, column {column}", "the end of the file"),
    "nl": ("regel {line}, kolom {column}", "het einde van het bestand"),
}


def toml_problem(error: Exception) -> tuple[str, str]:
    """Where tomllib stopped and why, in the language in use: ({where}, {detail}).

    A message this catalogue has no words for is quoted as tomllib gave it.
    """
    import re  # here: the reminder imports this module and never needs it

    message = str(error)
    position = re.search(_TOML_POSITION, message)
    text = message[: position.start()] if position else message
    chosen = language()
    line_form, end_form = _TOML_WHERE[chosen]
    if position is None or position.group(1) is None:
        where = end_form
    else:
        where = line_form.format(line=position.group(1), column=position.group(2))
    for pattern, known in _TOML_PATTERNS:
        if re.fullmatch(pattern, text):
            text = known
    detail = _TOML_DETAILS.get(text, {}).get(chosen, f"TOML: {text}")
    return where, detail


def os_reason(error: OSError) -> str:
    """Why the system refused, in the language in use: the one home for {reason}."""
    name = errno.errorcode.get(error.errno or 0, "")
    if name in _REASONS:
        return t(_REASONS[name])
    detail = error.strerror or str(error)
    return t("reason_other", number=error.errno, detail=detail) if error.errno else detail
