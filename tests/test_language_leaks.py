"""No English in a Dutch run, no Dutch in an English one: every --help and the common mistakes.

The commands come from the typer app itself (click's command tree), so a new
command or option is checked without anyone adding it here. What is code
rather than language (options, metavars, paths, quoted values and examples,
command names, choice values) is stripped first; what remains is prose, and
must not hold a word from the other language's short list below.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer._click import types as click_types
from typer._types import TyperChoice

from steentje.config import KEYS
from steentje.main import app

from .conftest import Invoke

# Words that are English and never Dutch, and the other way round: one hit is a leak.
ENGLISH = {
    "the", "and", "usage", "options", "arguments", "commands", "show", "print", "entry",
    "entries", "journal", "not", "with", "missing", "error", "try", "you", "your", "such",
    "invalid", "required", "default", "only", "this", "from", "mean", "did", "unexpected",
    "must", "cannot", "file", "folder", "directory", "found", "aborted", "choose", "valid",
    "which", "where", "without", "question", "answer", "setting", "message", "exit", "got",
    "possible", "requires", "does", "take", "value", "unknown", "there", "nothing", "was",
    "has", "day", "days", "use", "see", "for", "shows", "every", "one",
}  # fmt: skip
DUTCH = {
    "het", "de", "een", "niet", "reflectie", "reflecties", "dagboek", "gebruik", "opties",
    "opdrachten", "argumenten", "opdracht", "toon", "geen", "van", "voor", "met", "je",
    "jouw", "zijn", "wordt", "bestand", "instelling", "instellingen", "vraag", "antwoord",
    "ontbreekt", "onbekende", "fout", "zie", "verplicht", "standaard", "uit", "waar", "dag",
    "dagen", "vandaag", "gisteren", "bedoelde", "kies", "geldig", "geldige", "niets",
}  # fmt: skip

LOCALES = {"nl": "nl_NL.UTF-8", "en": "en_GB.UTF-8"}
ROOT = typer.main.get_command(app)


def commands(
    command: Any = ROOT, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command and group under steentje, with its path: (), ("log",), ("config", "set")."""
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from commands(sub, (*path, name))


COMMANDS = list(commands())
NAMES = {name for path, _ in COMMANDS for name in path}
CHOICES = {
    str(choice)
    for _, command in COMMANDS
    for parameter in command.params
    if isinstance(parameter.type, TyperChoice)
    for choice in parameter.type.choices
}
# What the user types, not what steentje says: command names and choice values.
CODE_WORDS = {word.lower() for word in NAMES | CHOICES}
# Names are names in either language: the article's and its themes', the event's.
NAMES_OF_THINGS = re.compile(
    r"het nieuwe (?:leidinggeven|werken)|dag van de ambtenaar", re.IGNORECASE
)
KEY_LISTS = re.compile(
    r"\b(?:"
    + "|".join(KEYS)
    + r")\b(?=(?:,| =| (?:of|or) | (?:PAD|PATH|OPDRACHT|COMMAND|nl|aan|on)\b))"
)


def prose(text: str) -> list[str]:
    """The words of *text* that are language: code, names and quotes stripped."""
    text = " ".join(text.split())  # a name or a quote may wrap
    text = NAMES_OF_THINGS.sub(" ", text)
    text = KEY_LISTS.sub(" ", text)
    text = re.sub(r"`[^`]*`", " ", text)  # examples
    text = re.sub(r'"[^"\n]*"|“[^”]*”|‘[^’]*’', " ", text)  # quotes, titles and key phrases
    text = re.sub(r"(?<![\w])'[^'\n]*'(?![\w])", " ", text)  # quoted values; not id's
    words = []
    for token in re.split(r"[\s│╭╮╰╯─|,;:()\[\]{}<>*]+", text):
        token = token.strip(".?!…")
        if (
            not token
            or token[0] in "-$~#"
            or any(char in token for char in "/._=@0123456789")
            or (token.isupper() and len(token) > 1)
            or token.lower() in CODE_WORDS
        ):
            continue
        words.append(token.lower())
    return words


def leaks(text: str, language: str) -> set[str]:
    forbidden = ENGLISH if language == "nl" else DUTCH
    found = set(prose(text)) & forbidden
    if language == "nl":  # click's usage placeholders are upper case, so checked as they are
        found |= {word for word in ("[OPTIONS]", "COMMAND", "[ARGS]") if word in text}
    return found


def mistakes() -> Iterator[tuple[str, ...]]:
    """Command lines that are wrong in the ways people get them wrong."""
    yield ("bogus",)
    yield ("revieuw",)  # did you mean
    yield ("--lang", "xx", "review")
    yield ("--lang",)
    for path, command in COMMANDS:
        yield (*path, "--bogus")
        if hasattr(command, "commands"):  # a group
            yield (*path, "bogus")
            continue
        arguments = [p for p in command.params if p.param_type_name == "argument"]
        if any(argument.required for argument in arguments):
            yield path  # a missing argument
        elif not arguments:
            yield (*path, "extra")
        for parameter in command.params:
            given = _values_for(parameter)
            if parameter.param_type_name == "argument":
                yield from ((*path, value) for value in given)
                continue
            option = parameter.opts[0]
            if parameter.is_flag:
                if option not in ("--help", "--version"):
                    yield (*path, f"{option}=x")  # a flag takes no value
                continue
            yield (*path, option)  # an option without its value
            yield from ((*path, option, value) for value in given)


def _values_for(parameter: Any) -> list[str]:
    """Wrong values for a parameter, by its type: a bad choice, a number out of range, ..."""
    kind = parameter.type
    if isinstance(kind, TyperChoice):
        return ["xml"]
    if isinstance(kind, click_types.IntRange):
        return ["0", "999", "abc"]
    if getattr(parameter, "metavar", None) in ("YYYY-MM-DD", "WHEN"):
        return ["ooit", "2026-02-30"]
    return []


# Mistakes about steentje's own things rather than the command line's.
OWN_MISTAKES = [
    ("show", "zzzz"),
    ("show", "zz"),
    ("edit", "zzzz", "--answer", "x"),
    ("delete", "zzzz"),
    ("log", "   "),
    ("log", "x", "--edit"),
    ("import", "nergens.json"),
    ("config", "set", "colour", "x"),
    ("config", "unset", "colour"),
    ("config", "set", "week_starts", "zondagochtend"),
    ("config", "set", "remind", "misschien"),
    ("config", "set", "lang", "de"),
    ("config", "set", "journal", ""),
    ("today", "--date", "2026-13-01"),
]
# And plain runs, which print messages of their own ({tmp} is a folder of the test's,
# where the journal already holds two entries).
PLAIN_RUNS = [
    ("review", "--format", "full"),
    ("stats",),
    ("doctor",),
    ("export", "--output", "{tmp}/out.md"),
    ("export", "--output", "{tmp}/out.md"),  # exists already
    ("export", "--format", "json", "--output", "{tmp}/out.json"),
    ("export", "--tag", "nergens", "--output", "{tmp}/none.md"),
    ("import", "{tmp}/out.json"),
    ("import", "{tmp}/out.md"),
    ("edit", "{id}", "--untag", "nergens"),
    ("edit", "{id}", "--tag", "team"),
    ("delete", "{id}"),
    ("--journal", "{tmp}", "review"),
    ("today", "--date", "2026-12-01", "--no-input"),
]
# The same before there is a journal.
EMPTY_RUNS = [
    ("principles",),
    ("principles", "4"),
    ("review",),
    ("review", "--tag", "nergens"),
    ("stats",),
    ("week",),
    ("doctor",),
    ("config", "show"),
    ("config", "unset", "editor"),
    ("today", "--no-input"),
    ("today", "--date", "2026-12-01", "--no-input"),
]


def command_lines() -> list[tuple[str, ...]]:
    helps = [(*path, "--help") for path, _ in COMMANDS]
    return helps + list(dict.fromkeys(mistakes())) + OWN_MISTAKES + EMPTY_RUNS


def test_the_command_tree_is_walked() -> None:
    # A sanity check of the walk itself: it finds the commands and subcommands.
    paths = {path for path, _ in COMMANDS}
    assert {(), ("log",), ("review",), ("config",), ("config", "set"), ("shell-init",)} <= paths
    lines = command_lines()
    assert ("config", "set", "--help") in lines
    assert ("review", "--format", "xml") in lines and ("principles", "999") in lines
    assert ("review", "--since", "ooit") in lines and ("today", "--no-input=x") in lines


def test_the_stripping_keeps_the_language_and_drops_the_code() -> None:
    # "steentje" is code too: a choice of `import --from`.
    assert prose("Usage: steentje log [OPTIONS] [TEXT]") == ["usage"]
    assert prose("Toon de id's van `steentje review --all` in /tmp/x.toml") == [
        "toon", "de", "id's", "van", "in",
    ]  # fmt: skip
    assert leaks("Kies uit lang, journal, editor, remind of week_starts", "nl") == set()
    assert leaks("het dagboek is not gevonden", "nl") == {"not"}
    assert leaks("the entry is geen reflectie", "en") == {"geen", "reflectie"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_word_of_the_other_language(run: Invoke, language: str) -> None:
    found: dict[str, set[str]] = {}
    for line in command_lines():
        if line[0] == "--lang":  # a mistake in --lang itself: the locale speaks
            result = run(*line, env={"LANG": LOCALES[language]})
        else:
            result = run("--lang", language, *line)
        if line[-1:] == ("--help",):
            assert result.exit_code == 0, (line, result.output)
        text = result.stdout + result.stderr
        assert text.strip() or line[0] in ("config",), line
        leaked = leaks(text, language)
        if leaked:
            found[" ".join(line)] = leaked
    assert not found, found


ANSWERS = {
    "nl": ("Ik liet de planning aan Sam over; het ging beter", "Ik luisterde eerst"),
    "en": ("I left the planning to Sam; it went better", "I listened first"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_word_of_the_other_language_with_a_journal(
    run: Invoke, tmp_path: Path, language: str
) -> None:
    first, second = ANSWERS[language]
    logged = run("--lang", language, "log", first, "--tag", "team")
    assert logged.exit_code == 0
    run("--lang", language, "log", second, "--date", "2026-11-20")
    entry_id = logged.stdout.split()[1]
    found: dict[str, set[str]] = {}
    for line in PLAIN_RUNS:
        filled = tuple(part.format(tmp=tmp_path, id=entry_id) for part in line)
        result = run("--lang", language, *filled)
        text = (result.stdout + result.stderr).replace(str(tmp_path), "/tmp")
        assert text.strip(), filled
        leaked = leaks(text, language)
        if leaked:
            found[" ".join(line)] = leaked
    assert not found, found
