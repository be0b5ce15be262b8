"""The principles: the bundled seven, or a set of one's own, loaded and validated.

The bundled set is checked strictly (it is steentje's own data). A file of
one's own (``principles = "PATH"``) is checked by ``file_problems``, which
names every problem with its line and field, and may hold 1 to
``MAX_PRINCIPLES`` principles, each in one language or both.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from steentje.errors import SteentjeError, UsageError
from steentje.i18n import LANGUAGES
from steentje.rotation import BUNDLED_COUNT, BUNDLED_SET
from steentje.words import LABELS, os_reason, t, toml_problem

MIN_PROMPTS = 3
DATA_FILE = "principles.toml"


class PrinciplesDataError(SteentjeError):
    """The bundled principles are missing or malformed (a packaging bug, not a user error)."""


def _broken(problem: str) -> PrinciplesDataError:
    # The problem itself stays English: it is for whoever packages steentje.
    return PrinciplesDataError(t("principles_broken", file=DATA_FILE, problem=problem))


class NoSuchPrinciple(UsageError):
    """A principle number the set in use does not hold (typed by the user: a usage error)."""


@dataclass(frozen=True)
class Principle:
    """One "verwondering" in one language, with its reflection prompts."""

    number: int
    title: str
    summary: str
    key_phrase: str
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class Conclusion:
    """The article's closing thought."""

    title: str
    text: str


@dataclass(frozen=True)
class Catalog:
    """A set's principles and its conclusion in one language."""

    language: str
    principles: tuple[Principle, ...]
    conclusion: Conclusion  # an own set may have none: an empty title and text
    source: str = ""  # where the principles come from, in a sentence or two
    set_id: str = BUNDLED_SET  # what entries that answer this set store as `set`
    path: str = ""  # the file of an own set ("" for the bundled one)
    # The principles with no text in this language, shown in the other one.
    fallback: tuple[int, ...] = ()

    @property
    def count(self) -> int:
        """How many principles the set holds."""
        return len(self.principles)

    def principle(self, number: int) -> Principle:
        """Return principle *number* (1 to the set's count)."""
        if not 1 <= number <= len(self.principles):
            raise NoSuchPrinciple(t("no_principle", number=number, count=len(self.principles)))
        return self.principles[number - 1]

    def holds(self, set_id: str) -> bool:
        """Whether an entry that stored *set_id* ("" for the bundled set) answered this set."""
        return (set_id or BUNDLED_SET) == self.set_id


def read_bundled_data() -> str:
    """Read the principles file shipped inside the package."""
    # Beside this module, in the package folder: steentje is installed as files
    # (pip never leaves it zipped), and importlib.resources, which would also
    # read from a zip, costs today's question at shell start-up about 3 ms of
    # imports (zipfile, tempfile) for nothing.
    from pathlib import Path

    try:
        return (Path(__file__).parent / "data" / DATA_FILE).read_text(encoding="utf-8")
    except OSError as error:
        raise PrinciplesDataError(
            t("principles_unreadable", file=DATA_FILE, reason=os_reason(error))
        ) from None


@cache
def _parsed_bundle() -> dict[str, Any]:
    return parse_bundle(read_bundled_data())


def parse_bundle(text: str) -> dict[str, Any]:
    """The bundled principles file's data, as tomllib reads *text* (its text)."""
    import tomllib  # here: the set in use usually comes from an exact cache of this

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        where, detail = toml_problem(error)
        raise PrinciplesDataError(
            t("principles_not_toml", file=DATA_FILE, where=where, detail=detail)
        ) from None


def load_catalog(language: str) -> Catalog:
    """Load the bundled principles in *language* ("nl" or "en"), validated.

    The set in use (the bundled one or a file of one's own) comes from
    ``storage.principle_sets.catalog_for``.
    """
    return parse_catalog(_parsed_bundle(), language)


def parse_catalog(data: dict[str, Any], language: str) -> Catalog:
    """Validate the whole data set (both languages) and return one language's catalog."""
    if language not in LANGUAGES:
        raise _broken(f"unknown language {language!r}")
    entries = data.get("principles")
    if not isinstance(entries, list):
        raise _broken("no [[principles]] tables")
    numbers = [entry.get("number") if isinstance(entry, dict) else None for entry in entries]
    if numbers != list(range(1, BUNDLED_COUNT + 1)):
        raise _broken(
            f"expected principles numbered 1 to {BUNDLED_COUNT} in order, found {numbers}"
        )
    if data.get("id", BUNDLED_SET) != BUNDLED_SET:
        raise _broken(f"the bundled set's id must be {BUNDLED_SET!r}")
    by_language = {lang: tuple(_principle(entry, lang) for entry in entries) for lang in LANGUAGES}
    for number in range(1, BUNDLED_COUNT + 1):
        counts = {lang: len(by_language[lang][number - 1].prompts) for lang in LANGUAGES}
        if len(set(counts.values())) != 1:
            raise _broken(
                f"principle {number} has a different number of prompts per language "
                f"({counts}); the rotation pairs them by position"
            )
    conclusions = {lang: _conclusion(data, lang) for lang in LANGUAGES}
    source = data.get("source", {}).get(language, {})
    text = " ".join(source.get("text", "").split()) if isinstance(source, dict) else ""
    return Catalog(language, by_language[language], conclusions[language], text)


def _text(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _broken(f"{where}: {key!r} must be a non-empty string")
    return value.strip()


def _principle(entry: dict[str, Any], language: str) -> Principle:
    number = entry["number"]
    where = f"principle {number} [{language}]"
    table = entry.get(language)
    if not isinstance(table, dict):
        raise _broken(f"{where} is missing")
    prompts = table.get("prompts")
    if not isinstance(prompts, list) or len(prompts) < MIN_PROMPTS:
        raise _broken(f"{where} needs at least {MIN_PROMPTS} prompts")
    for position, prompt in enumerate(prompts, start=1):
        if not isinstance(prompt, str) or not prompt.strip():
            raise _broken(f"{where}: prompt {position} is empty")
    return Principle(
        number=number,
        title=_text(table, "title", where),
        summary=" ".join(_text(table, "summary", where).split()),
        key_phrase=_text(table, "key_phrase", where),
        prompts=tuple(prompt.strip() for prompt in prompts),
    )


def _conclusion(data: dict[str, Any], language: str) -> Conclusion:
    where = f"conclusion [{language}]"
    table = data.get("conclusion", {}).get(language)
    if not isinstance(table, dict):
        raise _broken(f"{where} is missing")
    return Conclusion(
        title=_text(table, "title", where),
        text=" ".join(_text(table, "text", where).split()),
    )


def principle_label(number: int, catalog: Catalog, set_id: str = "") -> str:
    """'5. Title' for a principle number as an entry stores it, with the entry's *set_id*.

    The title only when the entry answered *catalog*'s set ("" is the bundled
    one); another set's principle is named by its number and its set's id,
    '5 (team)', so switching sets never relabels old entries. A number the set
    does not hold is shown alone. A free reflection (principle 0) is named as such.
    """
    from steentje.journal import FREE  # here: showing a question needs no journal module

    if number == FREE:
        return str(LABELS[catalog.language]["free"])
    if not catalog.holds(set_id):
        return f"{number} ({set_id or BUNDLED_SET})"
    if not 1 <= number <= len(catalog.principles):
        return str(number)
    return f"{number}. {catalog.principles[number - 1].title}"
