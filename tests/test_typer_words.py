"""typer's and click's own words in Dutch after speak("nl"), and English again after speak("en")."""

from __future__ import annotations

import ast
import re
import struct
import subprocess
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from string import Formatter
from typing import Annotated

import pytest
import typer
import typer.core
import typer.main
from typer._click import exceptions
from typer.testing import CliRunner

from steentje import typer_words
from steentje.typer_words import speak
from tests.conftest import Invoke

CATALOGUE = typer_words._LOCALES / "nl" / "LC_MESSAGES" / typer_words._DOMAIN
TYPER = Path(typer.core.__file__).parent

# Words of typer's English help page that a Dutch one must not show.
ENGLISH_HELP = (
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Show this message",
    "default",
    "required",
    "env var",
)
# Words of the frame around every error (usage line, hint, panel title).
ENGLISH_FRAME = ("Usage", "Try ", "Error", "Invalid value")


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Every test leaves typer speaking English, as the rest of the suite expects."""
    yield
    speak("en")


class Colour(StrEnum):
    red = "red"
    blue = "blue"


def make_app(markup: str | None = "rich") -> typer.Typer:
    """A tiny app with an argument, a choice, a range, an env var, a required option."""
    app = typer.Typer(add_completion=False, rich_markup_mode=markup)  # type: ignore[arg-type]

    @app.command()
    def paint(
        colour: Annotated[Colour, typer.Argument(help="De kleur.")],
        must: Annotated[str, typer.Option(help="Waarmee.")],
        times: Annotated[int, typer.Option(min=1, max=7, help="Hoe vaak.")] = 1,
        name: Annotated[str, typer.Option(envvar="PAINT_NAME", help="Wie.")] = "x",
    ) -> None:
        """Verf iets."""

    @app.command()
    def status(loud: bool = False, ratio: float = 1.0) -> None:
        """Toon de stand."""

    @app.command()
    def stop() -> None:
        """Breek af."""
        raise typer.Abort()

    return app


def invoke(*args: str, markup: str | None = "rich") -> tuple[int, str]:
    """Exit code and output (stdout and stderr) of the tiny app."""
    result = CliRunner().invoke(make_app(markup), list(args), prog_name="verf")
    return result.exit_code, result.output


def flat(text: str) -> str:
    """*text*'s words on one line, without rich's box drawing."""
    return " ".join(re.sub(r"[\u2500-\u257f]", " ", text).split())


# (arguments, English message, Dutch message)
ERRORS = [
    (
        ["stattus"],
        "No such command 'stattus'. Did you mean 'status'?",
        "Onbekende opdracht 'stattus'. Bedoelde je 'status'?",
    ),
    (["--nope"], "No such option: --nope", "Onbekende optie: --nope"),
    (
        ["paint", "red", "--must", "a", "--tims", "3"],
        "No such option: --tims (Possible options: --must, --times)",
        "Onbekende optie: --tims (mogelijke opties: --must, --times)",
    ),
    (
        ["paint"],
        "Missing argument 'colour'. Choose from: red, blue",
        "Argument 'colour' ontbreekt. Kies uit: red, blue",
    ),
    (["paint", "red"], "Missing option '--must'.", "Optie '--must' ontbreekt."),
    (
        ["paint", "green", "--must", "a"],
        "Invalid value for 'colour': 'green' is not one of 'red', 'blue'.",
        "Ongeldige waarde voor 'colour': 'green' is geen geldige keuze; kies uit 'red', 'blue'.",
    ),
    (
        ["paint", "red", "--must", "a", "--times", "9"],
        "Invalid value for '--times': 9 is not in the range 1<=x<=7.",
        "Ongeldige waarde voor '--times': 9 valt buiten het bereik 1<=x<=7.",
    ),
    (
        ["paint", "red", "--must", "a", "--times", "x"],
        "Invalid value for '--times': 'x' is not a valid int range.",
        "Ongeldige waarde voor '--times': 'x' is geen geldig geheel getal.",
    ),
    (
        ["status", "--ratio", "x"],
        "Invalid value for '--ratio': 'x' is not a valid float.",
        "Ongeldige waarde voor '--ratio': 'x' is geen geldig getal.",
    ),
    (
        ["paint", "red", "--must"],
        "Option '--must' requires an argument.",
        "Optie '--must' verwacht een waarde.",
    ),
    (
        ["status", "--loud=ja"],
        "Option '--loud' does not take a value.",
        "Optie '--loud' verwacht geen waarde.",
    ),
    (
        ["paint", "red", "--must", "a", "extra"],
        "Got unexpected extra argument(s) (extra)",
        "Te veel argumenten: extra",
    ),
    ([], "Missing command.", "Opdracht ontbreekt."),
]


def test_dutch_help_has_no_english_words() -> None:
    speak("nl")
    code, group = invoke("--help")
    assert code == 0
    code, command = invoke("paint", "--help")
    assert code == 0
    for word in (
        "Gebruik: verf [OPTIES] OPDRACHT [ARGUMENTEN]...",
        "Opties",
        "Opdrachten",
        "Toon deze hulp en stop.",
    ):
        assert word in group
    for word in ("Argumenten", "[verplicht]", "[standaard: 1]", "[omgevingsvariabele: PAINT_NAME]"):
        assert word in flat(command)
    for word in ENGLISH_HELP:
        assert word.lower() not in group.lower()
        assert word.lower() not in command.lower()


def test_dutch_help_without_rich() -> None:
    speak("nl")
    code, help_page = invoke("paint", "--help", markup=None)
    assert code == 0
    for word in ("Gebruik: verf paint", "Argumenten", "Opties", "standaard: 1", "verplicht"):
        assert word in help_page
    for word in ENGLISH_HELP:
        assert word.lower() not in help_page.lower()


@pytest.mark.parametrize(("arguments", "english", "dutch"), ERRORS)
def test_dutch_errors(arguments: list[str], english: str, dutch: str) -> None:
    speak("nl")
    code, output = invoke(*arguments)
    assert code == 2
    assert dutch in flat(output)
    assert english not in flat(output)
    for word in ENGLISH_FRAME:
        assert word not in output
    assert "─ Fout ─" in output  # the panel's title
    if "Gebruik:" in output:  # not for errors the parser finds before a command exists
        assert "Zie 'verf" in output


@pytest.mark.parametrize(("arguments", "english", "dutch"), ERRORS)
def test_english_again_after_dutch(arguments: list[str], english: str, dutch: str) -> None:
    speak("nl")
    speak("nl")  # twice: nothing is translated twice
    assert dutch in flat(invoke(*arguments)[1])
    speak("en")
    code, output = invoke(*arguments)
    assert code == 2
    assert english in flat(output)
    assert dutch not in flat(output)


def test_english_help_again_after_dutch() -> None:
    speak("nl")
    assert "Opties" in invoke("paint", "--help")[1]
    speak("en")
    assert "Usage: verf [OPTIONS] COMMAND [ARGS]..." in invoke("--help")[1]
    command = flat(invoke("paint", "--help")[1])
    for word in (
        "Usage: verf paint [OPTIONS]",
        "Arguments",
        "Options",
        "Show this message and exit.",
        "[default: 1]",
        "[required]",
        "[env var: PAINT_NAME]",
    ):
        assert word in command
    assert "Gebruik" not in command


def test_aborted() -> None:
    speak("nl")
    assert invoke("stop")[1].strip() == "Afgebroken."
    assert invoke("stop", markup=None)[1].strip() == "Afgebroken!"
    speak("en")
    assert invoke("stop")[1].strip() == "Aborted."


def test_a_kept_help_option_follows_the_language() -> None:
    # A command makes its --help option once; steentje's app object lives on.
    command = typer.main.get_command(make_app())
    context = typer.Context(command)
    speak("nl")
    option = command.get_help_option(context)
    assert option is not None
    assert option.help == "Toon deze hulp en stop."
    speak("en")
    assert command.get_help_option(context) is option
    assert option.help == "Show this message and exit."


def test_speaking_again_wraps_nothing_twice() -> None:
    speak("nl")
    wrapped = (
        vars(exceptions.ClickException)["__init__"],
        vars(exceptions.ClickException)["format_message"],
        vars(exceptions.BadParameter)["format_message"],
    )
    speak("en")
    speak("nl")
    assert wrapped == (
        vars(exceptions.ClickException)["__init__"],
        vars(exceptions.ClickException)["format_message"],
        vars(exceptions.BadParameter)["format_message"],
    )


def test_error_message_itself_is_dutch() -> None:
    # steentje prints "--times: <message>" from error.message, without click's frame.
    command = typer.main.get_command(make_app())
    speak("nl")
    with pytest.raises(exceptions.BadParameter) as raised:
        command.main(["paint", "red", "--must", "a", "--times", "9"], standalone_mode=False)
    assert raised.value.message == "9 valt buiten het bereik 1<=x<=7."


@pytest.mark.slow
def test_rich_utils_imported_after_speak_is_dutch() -> None:
    # speak() must not import typer.rich_utils (some 80 ms); typer imports it for
    # the first help page, and its panel titles must be Dutch all the same.
    program = """
import sys
from steentje.typer_words import speak
from tests.conftest import Invoke
speak("nl")
assert "typer.rich_utils" not in sys.modules, "speak imported rich_utils"
import typer
from typer.testing import CliRunner
app = typer.Typer(add_completion=False)
@app.command()
def one(count: int = 1) -> None: pass
@app.command()
def two() -> None: pass
print(CliRunner().invoke(app, ["--help"]).output)
print(CliRunner().invoke(app, ["one", "--help"]).output)
"""
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    for word in ("Gebruik:", "Opties", "Opdrachten", "[standaard: 1]"):
        assert word in done.stdout
    for word in ENGLISH_HELP:
        assert word.lower() not in done.stdout.lower()


def read_po(path: Path) -> dict[str, str]:
    """msgid to msgstr of a .po file (without plurals or contexts: this one has none)."""
    entries: dict[str, str] = {}
    current: dict[str, str] = {}
    field = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        assert not line.startswith(("msgctxt", "msgid_plural", "#~")), line
        if line.startswith("msgid ") and "msgstr" in current:
            entries[current["msgid"]] = current["msgstr"]
            current = {}
        if line.startswith(("msgid ", "msgstr ")):
            field, _, line = line.partition(" ")
            current[field] = ""
        if line.startswith('"'):
            current[field] += ast.literal_eval(line)
    if "msgstr" in current:
        entries[current["msgid"]] = current["msgstr"]
    return entries


def read_mo(path: Path) -> dict[str, str]:
    """msgid to msgstr of a compiled .mo file (GNU format, either byte order)."""
    data = path.read_bytes()
    order = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    _magic, _revision, count, originals, translations = struct.unpack(f"{order}5I", data[:20])

    def string(table: int, index: int) -> str:
        length, offset = struct.unpack(
            f"{order}2I", data[table + 8 * index : table + 8 * index + 8]
        )
        return data[offset : offset + length].decode("utf-8")

    return {string(originals, index): string(translations, index) for index in range(count)}


def test_compiled_catalogue_matches_the_po() -> None:
    assert read_mo(CATALOGUE.with_suffix(".mo")) == read_po(CATALOGUE.with_suffix(".po")), (
        "the .mo is out of date; in src/steentje/locale/nl/LC_MESSAGES run\n"
        "  msgfmt --check -o steentje-typer.mo steentje-typer.po"
    )


def marked_in_typer() -> set[str]:
    """The strings typer marks for gettext (``_("...")``) where it prints help and errors."""
    marked = set()
    for name in ("core.py", "rich_utils.py"):
        source = (TYPER / name).read_text(encoding="utf-8")
        for literal in re.findall(r'\b_\(\s*("(?:[^"\\]|\\.)*")\s*\)', source):
            marked.add(ast.literal_eval(literal))
    return marked


def test_catalogue_has_exactly_the_words_handled() -> None:
    catalogue = read_po(CATALOGUE.with_suffix(".po"))
    catalogue.pop("")  # the header
    handled = {
        *marked_in_typer(),
        *typer_words._PRINTED,
        *typer_words._METAVARS,
        typer_words._USAGE,
        typer_words._HELP,
    }
    assert handled == set(catalogue)
    assert all(catalogue.values())


def fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in Formatter().parse(text) if name is not None)


def test_translations_keep_every_field() -> None:
    for msgid, msgstr in read_po(CATALOGUE.with_suffix(".po")).items():
        assert fields(msgid) == fields(msgstr), msgid


def test_metavars_are_named_in_the_language_in_use_and_back(run: Invoke) -> None:
    dutch = run("--lang", "nl", "import", "--help")
    assert "BESTAND" in dutch.stdout
    assert "FILE" not in dutch.stdout
    assert "'BESTAND'" in run("--lang", "nl", "import").stderr
    # The same command tree in English afterwards: the English names are back.
    english = run("--lang", "en", "import", "--help")
    assert "FILE" in english.stdout
    assert "BESTAND" not in english.stdout
    assert "[TEKST]" in run("--lang", "nl", "log", "--help").stdout
    assert "[TEXT]" in run("--lang", "en", "log", "--help").stdout
