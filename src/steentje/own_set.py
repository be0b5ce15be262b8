"""A principles file of one's own: its format, every problem in it, and the catalog it gives.

The schema is the bundled ``data/principles.toml``'s: an ``id`` (one word,
stored with every entry that answers the set), then 1 to ``MAX_PRINCIPLES``
``[[principles]]`` tables numbered 1, 2, 3 ... in order, each with a table per
language (``[principles.nl]``, ``[principles.en]``, one or both) holding a
``title`` and ``prompts`` (at least one question), and optionally a
``summary`` and a ``key_phrase``; optionally a ``[conclusion.LANG]`` (title,
text) and a ``[source.LANG]`` (text). No file access here: the bytes come from
``storage/principle_sets.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from steentje.errors import SteentjeError
from steentje.i18n import LANGUAGES
from steentje.principles import Catalog, Conclusion, Principle
from steentje.rotation import BUNDLED_SET, MAX_PRINCIPLES, SET_ID_LENGTH, is_set_id
from steentje.steering import first_steering
from steentje.words import t, toml_problem

SCHEMA_VERSION = 1
_TOP_KEYS = ("id", "version", "principles", "conclusion", "source")
_PRINCIPLE_KEYS = ("number", *LANGUAGES)
_TEXT_KEYS = ("title", "summary", "key_phrase", "prompts")
_TOML_LINE = re.compile(r"at line (\d+)")

Where = tuple[object, ...]


@dataclass(frozen=True)
class Problem:
    """One problem in a principles file: its line, the field it is in, and what is wrong."""

    line: int
    field: str
    text: str

    def described(self, name: str) -> str:
        """The problem as one line: ``FILE:LINE: FIELD: PROBLEM``."""
        if self.field:
            return t("own_problem", file=name, line=self.line, field=self.field, problem=self.text)
        return t("own_problem_no_field", file=name, line=self.line, problem=self.text)


def file_problems(raw: bytes) -> list[Problem]:
    """Every problem in a principles file's bytes, in the order of the file's lines."""
    return _checked(raw)[1]


def _checked(raw: bytes) -> tuple[dict[str, Any], list[Problem]]:
    """The file's data and its problems (lines are looked up only when there are any)."""
    data, problem = _data(raw)
    if problem is not None or data is None:
        return {}, [problem] if problem is not None else []
    wrong: list[tuple[Where, str]] = []
    _check_top(data, lambda where, message: wrong.append((where, message)))
    if not wrong:
        return data, []
    lines = key_lines(raw.decode("utf-8"))
    found = [Problem(_line(lines, where), _field(where), message) for where, message in wrong]
    return data, sorted(found, key=lambda problem: problem.line)


def _data(raw: bytes) -> tuple[dict[str, Any] | None, Problem | None]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return None, Problem(line, "", t("own_not_utf8"))
    import tomllib

    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        _, detail = toml_problem(error)
        return None, Problem(int(found.group(1)) if found else 1, "", detail)


def _check_top(data: Mapping[str, Any], report: Any) -> None:
    for key, value in data.items():
        if key == "principles" and isinstance(value, list):
            for position, principle in enumerate(value, start=1):
                _steering(principle, ("principles", position), report)
        else:
            _steering(value, (key,), report)
    for key in data:
        if key not in _TOP_KEYS:
            report((key,), t("own_unknown_key", known=", ".join(_TOP_KEYS)))
    set_id = data.get("id")
    if not isinstance(set_id, str) or not is_set_id(set_id):
        report(("id",), t("own_bad_id", length=SET_ID_LENGTH))
    elif set_id == BUNDLED_SET:
        report(("id",), t("own_bundled_id", id=BUNDLED_SET))
    version = data.get("version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION or isinstance(version, bool):
        report(("version",), t("own_bad_version", version=SCHEMA_VERSION))
    principles = data.get("principles")
    if not isinstance(principles, list) or not all(isinstance(p, dict) for p in principles):
        report(("principles",), t("own_no_principles", most=MAX_PRINCIPLES))
        principles = []
    elif not 1 <= len(principles) <= MAX_PRINCIPLES:
        report(("principles",), t("own_count", count=len(principles), most=MAX_PRINCIPLES))
    for position, principle in enumerate(principles, start=1):
        _check_principle(principle, position, report)
    for table, keys in (("conclusion", ("title", "text")), ("source", ("text",))):
        _check_closing(data, table, keys, report)


def _check_principle(principle: Mapping[str, Any], position: int, report: Any) -> None:
    where: Where = ("principles", position)
    for key in principle:
        if key not in _PRINCIPLE_KEYS:
            report((*where, key), t("own_unknown_key", known=", ".join(_PRINCIPLE_KEYS)))
    number = principle.get("number")
    if number != position or isinstance(number, bool):
        report((*where, "number"), t("own_number", number=position))
    languages = [lang for lang in LANGUAGES if lang in principle]
    if not languages:
        report(where, t("own_no_language", languages=", ".join(LANGUAGES)))
    counts = {}
    for lang in languages:
        table = principle[lang]
        if not isinstance(table, dict):
            report((*where, lang), t("own_not_table"))
            continue
        for key in table:
            if key not in _TEXT_KEYS:
                report((*where, lang, key), t("own_unknown_key", known=", ".join(_TEXT_KEYS)))
        if not _is_text(table.get("title")):
            report((*where, lang, "title"), t("own_need_text"))
        for key in ("summary", "key_phrase"):
            if key in table and not _is_text(table[key]):
                report((*where, lang, key), t("own_need_text"))
        prompts = table.get("prompts")
        if not isinstance(prompts, list) or not prompts:
            report((*where, lang, "prompts"), t("own_no_prompts"))
            continue
        for item, prompt in enumerate(prompts, start=1):
            if not _is_text(prompt):
                report((*where, lang, "prompts", item), t("own_empty_prompt", number=item))
        counts[lang] = len(prompts)
    if len(set(counts.values())) > 1:
        told = ", ".join(f"{lang} {count}" for lang, count in counts.items())
        report((*where, languages[-1], "prompts"), t("own_prompt_counts", counts=told))


def _check_closing(data: Mapping[str, Any], table: str, keys: tuple[str, ...], report: Any) -> None:
    closing = data.get(table)
    if closing is None:
        return
    if not isinstance(closing, dict):
        report((table,), t("own_not_table"))
        return
    for lang, texts in closing.items():
        if lang not in LANGUAGES:
            report((table, lang), t("own_unknown_key", known=", ".join(LANGUAGES)))
        elif not isinstance(texts, dict):
            report((table, lang), t("own_not_table"))
        else:
            for key in keys:
                if not _is_text(texts.get(key)):
                    report((table, lang, key), t("own_need_text"))


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _steering(data: object, where: Where, report: Any) -> None:
    """Report every text in *data* that holds a character that would steer the terminal."""
    if isinstance(data, dict):
        for key, value in data.items():
            _steering(value, (*where, key), report)
    elif isinstance(data, list):
        for position, value in enumerate(data, start=1):
            _steering(value, (*where, position), report)
    elif isinstance(data, str):
        found = first_steering(data)
        if found is not None:
            report(where, t("own_control", code=f"U+{ord(found):04X}"))


def _field(where: Where) -> str:
    """A field as the user finds it: ``principle 3, en.prompts[2]``, ``id``, ``conclusion.nl``."""
    if len(where) >= 2 and where[0] == "principles":
        rest = [str(part) for part in where[2:]]
        if len(rest) >= 3:  # a prompt's position
            rest = [*rest[:-2], f"{rest[-2]}[{rest[-1]}]"]
        named = t("own_field_principle", number=where[1])
        return f"{named}, {'.'.join(rest)}" if rest else named
    return ".".join(str(part) for part in where)


def _line(lines: Mapping[Where, int], where: Where) -> int:
    """The line of *where*, else of the nearest table or key that holds it, else 1."""
    for end in range(len(where), 0, -1):
        if where[:end] in lines:
            return lines[where[:end]]
    return 1


_ARRAY_HEADER = re.compile(r"\[\[\s*([A-Za-z0-9_.\s-]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"\[\s*([A-Za-z0-9_.\s-]+?)\s*\]")
_KEY = re.compile(r"([A-Za-z0-9_-]+)\s*=\s*(.*)")


def key_lines(text: str) -> dict[Where, int]:
    """Where each table, key and prompt of a principles file starts, by line.

    Made for the layout the template and the bundled file use (a header per
    table, a key per line, a prompt per line); anything else is found at the
    nearest table or key that holds it.
    """
    found: dict[Where, int] = {}
    table: Where = ()
    principles = 0
    closing = ""  # the quotes that end a multi-line string we are in
    array: Where | None = None
    items = 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if closing:
            if closing in stripped:
                closing = ""
            continue
        if array is not None:
            if stripped.startswith(('"', "'")):
                items += 1
                found.setdefault((*array, items), number)
            if stripped.startswith("]") or stripped.rstrip(", ").endswith("]"):
                array = None
                continue
            if _KEY.match(stripped) is None:
                continue
            array = None
        if not stripped or stripped.startswith("#"):
            continue
        header = _ARRAY_HEADER.fullmatch(stripped.split("#")[0].strip())
        if header is not None:
            parts = tuple(part.strip() for part in header.group(1).split("."))
            if parts == ("principles",):
                principles += 1
                table = ("principles", principles)
                found.setdefault(parts, number)  # the array itself: where it starts
            else:
                table = parts
            found.setdefault(table, number)
            continue
        header = _TABLE_HEADER.fullmatch(stripped.split("#")[0].strip())
        if header is not None:
            parts = tuple(part.strip() for part in header.group(1).split("."))
            table = ("principles", principles, *parts[1:]) if parts[0] == "principles" else parts
            found.setdefault(table, number)
            continue
        key = _KEY.match(stripped)
        if key is None:
            continue
        found.setdefault((*table, key.group(1)), number)
        value = key.group(2).strip()
        for quotes in ('"""', "'''"):
            if value.startswith(quotes) and value.count(quotes) == 1:
                closing = quotes
        if value.startswith("[") and not value.split("#")[0].rstrip().endswith("]"):
            array, items = (*table, key.group(1)), 0
    return found


def own_catalog(raw: bytes, name: str, language: str) -> Catalog:
    """The catalog a principles file gives in *language*; a one-line error when it has problems.

    A principle with no text in *language* is given in the other one (the
    catalog's ``fallback`` names them).
    """
    data, problems = _checked(raw)
    if problems:
        first = problems[0].described(name)
        if len(problems) > 1:
            first = t("own_more_problems", problem=first, count=len(problems) - 1, file=name)
        raise SteentjeError(first)
    other = next(lang for lang in LANGUAGES if lang != language)
    principles = []
    fallback = []
    for entry in data["principles"]:
        table = entry.get(language)
        if table is None:
            table = entry[other]
            fallback.append(entry["number"])
        principles.append(
            Principle(
                number=entry["number"],
                title=" ".join(table["title"].split()),
                summary=" ".join(table.get("summary", "").split()),
                key_phrase=table.get("key_phrase", "").strip(),
                prompts=tuple(prompt.strip() for prompt in table["prompts"]),
            )
        )
    return Catalog(
        language,
        tuple(principles),
        _conclusion(data.get("conclusion", {}), language, other),
        _closing_text(data.get("source", {}), language, other),
        set_id=data["id"],
        path=name,
        fallback=tuple(fallback),
    )


def _conclusion(tables: Mapping[str, Any], language: str, other: str) -> Conclusion:
    table = tables.get(language) or tables.get(other) or {}
    return Conclusion(
        " ".join(table.get("title", "").split()), " ".join(table.get("text", "").split())
    )


def _closing_text(tables: Mapping[str, Any], language: str, other: str) -> str:
    table = tables.get(language) or tables.get(other) or {}
    return " ".join(table.get("text", "").split())
