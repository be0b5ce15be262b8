"""The bundled principles: present, complete in both languages, validated on load."""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from typing import Any

import pytest

from steentje.principles import (
    MIN_PROMPTS,
    PrinciplesDataError,
    load_catalog,
    parse_catalog,
    read_bundled_data,
)
from steentje.rotation import BUNDLED_COUNT


@pytest.fixture
def bundle() -> dict[str, Any]:
    return tomllib.loads(read_bundled_data())


def test_data_is_a_package_resource() -> None:
    resource = resources.files("steentje") / "data" / "principles.toml"
    assert resource.is_file()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_catalog_has_seven_principles_with_prompts(language: str) -> None:
    catalog = load_catalog(language)
    assert [p.number for p in catalog.principles] == list(range(1, BUNDLED_COUNT + 1))
    for principle in catalog.principles:
        assert principle.title.endswith("?")
        assert principle.summary and principle.key_phrase
        assert len(principle.prompts) >= MIN_PROMPTS
        assert all(prompt.strip() for prompt in principle.prompts)
    assert catalog.conclusion.title


def test_languages_differ_and_pair_up() -> None:
    dutch, english = load_catalog("nl"), load_catalog("en")
    assert dutch.principle(5).title == "Waarom laat je mensen niet doen waar ze goed in zijn?"
    assert english.principle(5).title == "Why not let people do what they are good at?"
    for nl, en in zip(dutch.principles, english.principles, strict=True):
        assert len(nl.prompts) == len(en.prompts)
        assert nl.prompts != en.prompts
    assert dutch.conclusion.title == "Vertrouwen in plaats van controle"
    assert "steentje in je schoen" in dutch.conclusion.text


def test_summaries_are_joined_into_one_paragraph() -> None:
    for principle in load_catalog("en").principles:
        assert "\n" not in principle.summary
        assert "  " not in principle.summary


def test_unknown_principle_number_is_a_user_error() -> None:
    from steentje.errors import SteentjeError

    with pytest.raises(SteentjeError, match="no principle 8"):
        load_catalog("en").principle(8)


def _break(bundle: dict[str, Any], change: Any) -> dict[str, Any]:
    broken = copy.deepcopy(bundle)
    change(broken)
    return broken


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["principles"].pop(), "numbered 1 to 7"),
        (lambda d: d["principles"][2].update(number=9), "numbered 1 to 7"),
        (lambda d: d["principles"][0].pop("en"), r"principle 1 \[en\] is missing"),
        (lambda d: d["principles"][3]["nl"].update(title="  "), "'title' must be a non-empty"),
        (lambda d: d["principles"][4]["en"]["prompts"].__setitem__(1, " "), "prompt 2 is empty"),
        (lambda d: d["principles"][5]["nl"].update(prompts=["a", "b"]), "at least 3 prompts"),
        (lambda d: d["principles"][6]["en"]["prompts"].append("extra?"), "different number"),
        (lambda d: d["conclusion"].pop("nl"), r"conclusion \[nl\] is missing"),
        (lambda d: d.pop("principles"), "no \\[\\[principles\\]\\]"),
    ],
)
def test_broken_data_fails_loudly(bundle: dict[str, Any], change: Any, message: str) -> None:
    # Validation covers both languages, whichever one is asked for.
    for language in ("nl", "en"):
        with pytest.raises(PrinciplesDataError, match=message):
            parse_catalog(_break(bundle, change), language)


def test_valid_bundle_parses(bundle: dict[str, Any]) -> None:
    assert parse_catalog(bundle, "nl").language == "nl"
