"""The bundled questions follow the rules in the header of data/principles.toml."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from importlib import resources
from typing import Any

import pytest

from steentje.principles import load_catalog
from tests.conftest import Invoke

LANGUAGES = ("nl", "en")
MIN_QUESTIONS = 8

# Words that open an open question, in either language ("Waarvoor", "Waarmee" count as "waar").
OPEN_WORDS = {
    "nl": re.compile(r"\b(wie|wiens|wat|waar\w*|wanneer|welke?|hoe)\b", re.IGNORECASE),
    "en": re.compile(r"\b(who|whom|whose|what|where|when|which|how)\b", re.IGNORECASE),
}
# A question that opens with a verb is a yes/no question ("Heb je...?", "Did you...?").
YES_NO_OPENERS = {
    "nl": re.compile(
        r"^(ben|bent|is|was|waren|heb|hebt|heeft|had|kun|kan|kon|zou|wil|wilde|doe|deed|"
        r"vind|vond|voel|voelde|ga|ging|mag|moet|weet|zag|liet)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|may|might)\b",
        re.IGNORECASE,
    ),
}
THIS_WEEK = {"nl": "deze week", "en": "this week"}
LISTENING_OR_INSPIRING = {
    "nl": re.compile(r"luister|hoorde|inspir", re.IGNORECASE),
    "en": re.compile(r"listen|hear|inspir", re.IGNORECASE),
}


def _raw_bundle() -> dict[str, Any]:
    resource = resources.files("steentje") / "data" / "principles.toml"
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def _all_questions(language: str) -> list[tuple[int, str]]:
    return [
        (principle.number, prompt)
        for principle in load_catalog(language).principles
        for prompt in principle.prompts
    ]


def _normalised(question: str) -> str:
    return " ".join(question.casefold().split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_least_eight_questions_per_principle(language: str) -> None:
    for principle in load_catalog(language).principles:
        assert len(principle.prompts) >= MIN_QUESTIONS, (
            f"principle {principle.number} [{language}] has {len(principle.prompts)} questions"
        )


def test_languages_have_the_same_number_of_questions_per_principle() -> None:
    dutch, english = load_catalog("nl"), load_catalog("en")
    for nl, en in zip(dutch.principles, english.principles, strict=True):
        assert len(nl.prompts) == len(en.prompts), f"principle {nl.number}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_question_is_one_question_ending_in_a_question_mark(language: str) -> None:
    for number, question in _all_questions(language):
        assert question.endswith("?"), f"principle {number}: {question!r}"
        assert question.count("?") == 1, f"principle {number} asks two things: {question!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_question_says_this_week(language: str) -> None:
    # Principle 1 falls on Monday: "this week" is then hours old.
    for number, question in _all_questions(language):
        assert THIS_WEEK[language] not in question.casefold(), f"principle {number}: {question!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_duplicate_questions(language: str) -> None:
    counts = Counter(_normalised(question) for _, question in _all_questions(language))
    duplicates = [question for question, count in counts.items() if count > 1]
    assert not duplicates


@pytest.mark.parametrize("language", LANGUAGES)
def test_questions_are_open(language: str) -> None:
    for number, question in _all_questions(language):
        assert OPEN_WORDS[language].search(question), f"principle {number}: {question!r}"
        assert not YES_NO_OPENERS[language].match(question), f"principle {number}: {question!r}"


def test_english_questions_offer_no_either_or_choice() -> None:
    for number, question in _all_questions("en"):
        assert not re.search(r"\bor\b", question, re.IGNORECASE), (
            f"principle {number}: {question!r}"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_principle_asks_about_listening_or_inspiring(language: str) -> None:
    for principle in load_catalog(language).principles:
        assert any(LISTENING_OR_INSPIRING[language].search(p) for p in principle.prompts), (
            f"principle {principle.number} [{language}]"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_names_the_source(language: str) -> None:
    # The loader does not read [source] yet, so read the data file itself.
    source = _raw_bundle().get("source", {}).get(language, {})
    text = source.get("text") if isinstance(source, dict) else None
    assert isinstance(text, str) and text.strip()
    for name in ("Ruud Kleijnen", "Guido Braam", "Gemeente.nu", "Het nieuwe leidinggeven"):
        assert name in text


def test_principles_command_says_where_the_seven_come_from(run: Invoke) -> None:
    for language in ("en", "nl"):
        shown = " ".join(run("--lang", language, "principles").stdout.split())
        assert "Ruud Kleijnen" in shown and "Guido Braam" in shown and "Gemeente.nu" in shown
