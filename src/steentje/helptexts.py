"""The --help texts in Dutch.

The English texts live with the commands in cli.py (docstrings and help=);
for a Dutch reader, ``translate`` swaps in these before click shows help.
Usage lines and panel titles come from typer and click and stay English.
tests/test_messages.py checks that every command and option has a Dutch text.
"""

from __future__ import annotations

from typing import Any

COMMANDS: dict[str, str] = {
    "": """\
Een steentje in je schoen voor leidinggevenden die in een terminal leven.

Elke dag stelt een van de zeven principes van *het nieuwe leidinggeven* je één vraag
over je eigen afgelopen dag of week. Beantwoord die in een paar regels; steentje bewaart
je antwoorden in een gewoon TOML-dagboek dat alleen jij kunt lezen.

Start `steentje` zonder opdracht om de vraag van vandaag te zien en te beantwoorden.
""",
    "today": """\
Toon het principe en de vraag van vandaag, en vraag om je antwoord.

Op een terminal vraagt steentje meteen om het antwoord (Enter slaat over). Met
--no-input, of als de invoer geen terminal is, toont het alleen de vraag.

Voorbeeld: `steentje today --date 2026-12-01 --no-input`
""",
    "principles": """\
Toon de zeven principes, of één principe helemaal met zijn reflectievragen.

Voorbeeld: `steentje --lang nl principles 5`
""",
    "log": """\
Schrijf je antwoord op de vraag van vandaag op.

Het antwoord komt uit TEXT, anders uit --edit, anders uit de invoer (een pipe), anders
vraagt steentje erom. --date vult een andere dag in, met de vraag van die dag.

Voorbeeld: `steentje log "Sam liet de planning doen; het ging beter" -t team`
""",
    "review": """\
Kijk terug op je reflecties, de nieuwste eerst.

Filters combineren: --principle 5 --tag team --since 4w toont reflecties op principe 5,
met de tag team, uit de laatste vier weken. Treffers van --search worden gemarkeerd.
Lange uitvoer gaat op een terminal door je pager.

Voorbeeld: `steentje review -p 5 --search vertrouwen --since 3m --format full`
""",
    "show": """\
Toon één reflectie helemaal: de dag, het principe, de vraag zoals gesteld en je antwoord.

Voorbeeld: `steentje show k3f9`
""",
    "stats": """\
Je patronen: totalen, reeksen, reflecties per principe, tags en een kalender.

De huidige reeks telt de dagen op rij met een reflectie tot en met vandaag (of gisteren,
zolang die van vandaag nog komt). Welk principe ontloop je?

Voorbeeld: `steentje stats --weeks 52`
""",
    "week": """\
Een weekoverzicht op één scherm: de zeven principes van de week en je antwoorden.

De week waarin --date valt (standaard: deze week), met per dag de vraag en wat je
schreef, of een streepje; daarna de slotgedachte van het artikel. Handig voor een
één-op-één of een teamretro.

Voorbeeld: `steentje week --date 2026-11-23`
""",
    "export": """\
Haal je reflecties eruit, de oudste eerst: Markdown per week, of JSON.

Kent dezelfde filters als review. Een bestand dat --output schrijft is alleen voor jou
leesbaar; een bestaand bestand wordt alleen met --force vervangen.

Voorbeeld: `steentje export --since 3m -o kwartaal.md`
""",
    "import": """\
Haal reflecties binnen uit een JSON-export (van een andere computer, bijvoorbeeld).

Reflecties die je al hebt (zelfde id, of zelfde datum en antwoord) worden overgeslagen;
een kapot bestand verandert niets.

Voorbeeld: `steentje import laptop.json`
""",
    "edit": """\
Verander het antwoord van een reflectie in je editor, of haar tags.

Zonder --answer, --tag of --untag opent het antwoord in $VISUAL of $EDITOR; laat je het
staan, dan verandert er niets, en een leeg antwoord wordt geweigerd. Het vorige dagboek
blijft bewaard als journal.toml.bak.

Voorbeeld: `steentje edit k3f9x2ab --tag 1op1 --untag team`
""",
    "delete": """\
Verwijder een reflectie, na een vraag op de terminal.

Het vorige dagboek blijft bewaard als journal.toml.bak, zodat één verwijdering terug
te draaien is.

Voorbeeld: `steentje delete k3f9x2ab --yes`
""",
    "doctor": """\
Controleer het dagboek: leesbaar, elke reflectie geldig, ids uniek, bestanden privé.

Stopt met code 1 als iets aandacht nodig heeft. Met --repair wordt een laatste reflectie
die door een onderbroken schrijfactie kapot is in een apart bestand gezet (elke hele
reflectie blijft), en het vorige dagboek bewaard als journal.toml.bak.

Voorbeeld: `steentje doctor --repair`
""",
    "remind": """\
Print één regel zolang de reflectie van vandaag nog moet; niets als ze er is.

Bedoeld voor het starten van een shell (zie shell-init): stopt altijd met code 0, en
STEENTJE_REMIND=off zet het uit.

Voorbeeld: `steentje remind`
""",
    "shell-init": """\
Print het shellfragment dat je herinnert tot de reflectie van vandaag er is.

Schrijf het één keer naar een bestand en laad dat bestand vanuit je rc-bestand: dan
start een nieuwe shell geen Python meer zodra vandaag klaar is (een regel
`eval "$(steentje shell-init bash)"` zou in elke shell Python starten).

Voorbeeld: `steentje shell-init bash > ~/.steentje.bash`
""",
    "path": """\
Print waar je dagboek staat.

Voorbeeld: `$EDITOR "$(steentje path)"`
""",
    "config": "Toon, vind en verander je instellingen (config.toml in je instellingenmap).",
    "config path": """\
Print waar het instellingenbestand staat (of zou staan); werkt ook als het kapot is.

Voorbeeld: `$EDITOR "$(steentje config path)"`
""",
    "config show": """\
Toon elke instelling die geldt en waar ze vandaan komt.

Instellingen komen van een optie, anders uit de omgeving, anders uit het
instellingenbestand, anders de standaardwaarde.

Voorbeeld: `steentje config show`
""",
    "config set": """\
Bewaar een instelling in het instellingenbestand.

lang nl|en; journal PAD; editor OPDRACHT; remind on|off; week_starts maandag..zondag.

Voorbeeld: `steentje config set lang nl`
""",
    "config unset": """\
Haal een instelling uit het instellingenbestand, zodat de standaardwaarde weer geldt.

Voorbeeld: `steentje config unset week_starts`
""",
}

EPILOG = "Exitcodes: 0 in orde, 1 fout, 2 verkeerd gebruik, 130 onderbroken."

# Option and argument help by parameter name; the same name means the same thing
# in every command that has it.
PARAMETERS: dict[str, str] = {
    "lang": "Taal van de principes en vragen (standaard: Nederlands als je systeem "
    "Nederlands is, anders Engels).",
    "journal": "Gebruik dit dagboekbestand in plaats van dat in je instellingenmap.",
    "version": "Toon de versie.",
    "install_completion": "Installeer aanvullen met Tab voor je huidige shell.",
    "show_completion": "Toon het aanvullen voor je huidige shell, om te kopiëren of aan te passen.",
    "day": "Een andere dag dan vandaag.",
    "no_input": "Toon alleen de vraag; vraag niet om een antwoord.",
    "number": "Toon dit principe (1-7) helemaal.",
    "text": "Je antwoord. Zonder: uit een pipe, --edit, of een vraag op de terminal.",
    "edit": "Schrijf het antwoord in $VISUAL of $EDITOR.",
    "tags": "Voeg een tag toe (herhaal voor meer).",
    "untags": "Haal een tag weg (herhaal voor meer).",
    "limit": "Toon hoogstens N reflecties.",
    "show_all": "Toon alle reflecties.",
    "principle": "Alleen dit principe (herhaal voor meer).",
    "tag": "Alleen reflecties met deze tag (herhaal voor meer).",
    "search": "Alleen reflecties waarvan antwoord of vraag TEXT bevat (hoofdletters en "
    "accenten tellen niet).",
    "since": "Alleen reflecties op of na deze dag: JJJJ-MM-DD, vandaag, gisteren, 7d, 4w, 3m, 1j.",
    "until": "Alleen reflecties op of voor deze dag (dezelfde vormen als --since).",
    "output": "table, full (elke reflectie helemaal), markdown of json.",
    "help": "Toon deze hulp en stop.",
    "no_pager": "Print alles in één keer, zonder pager.",
    "entry_id": "De id van de reflectie (zoals review die toont) of de eerste letters.",
    "weeks": "Aantal weken in de kalender.",
    "output_format": "markdown of json.",
    "force": "Vervang FILE als het al bestaat.",
    "source": "Een JSON-export van steentje.",
    "answer": "Het nieuwe antwoord, in plaats van de editor te openen.",
    "yes": "Vraag niets; voor scripts.",
    "repair": "Zet een kapotte laatste reflectie apart, vervang dubbele ids, maak de "
    "bestanden privé.",
    "shell": "bash, zsh of fish.",
    "key": "lang, journal, editor, remind of week_starts.",
    "value": "De nieuwe waarde.",
}

# Where one parameter name means different things in different commands.
SPECIFIC: dict[tuple[str, str], str] = {
    ("stats", "output"): "text of json.",
    ("export", "output"): "Schrijf naar FILE in plaats van naar de standaarduitvoer.",
}


def translate(command: Any, language: str, path: str = "") -> None:
    """Put the Dutch help texts on a click command tree (nothing to do for English)."""
    if language != "nl":
        return
    if path in COMMANDS:
        command.help = COMMANDS[path]
    if not path:
        command.epilog = EPILOG
    for parameter in command.params:
        text = SPECIFIC.get((path, parameter.name)) or PARAMETERS.get(parameter.name)
        if text is not None and hasattr(parameter, "help"):
            parameter.help = text
    for name, sub in getattr(command, "commands", {}).items():
        translate(sub, language, f"{path} {name}".strip())
