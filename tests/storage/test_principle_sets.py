"""The bundled set's data comes from a cache exact for the bundled file's text, or is parsed."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from steentje import paths, principles
from steentje.settings import Settings
from steentje.storage import principle_sets
from steentje.storage.principle_sets import catalog_for


@pytest.fixture(autouse=True)
def fresh_process() -> Iterator[None]:
    """As in a new run: nothing remembered from another test's."""
    principle_sets._bundled_data.cache_clear()
    yield
    principle_sets._bundled_data.cache_clear()


def cache_file() -> Path:
    return Path(paths.cache_dir()) / "bundled-principles.json"


def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts parsed with tomllib from now on."""
    seen: list[str] = []
    real = principles.parse_bundle

    def counting(text: str) -> dict[str, object]:
        seen.append(text)
        return real(text)

    monkeypatch.setattr(principles, "parse_bundle", counting)
    return seen


def test_the_second_run_reads_the_cache_and_gets_the_same_catalog(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed = parses(monkeypatch)
    first = catalog_for(Settings("en", None))
    assert len(parsed) == 1 and cache_file().is_file()
    assert cache_file().stat().st_mode & 0o077 == 0
    principle_sets._bundled_data.cache_clear()
    again = catalog_for(Settings("en", None))
    assert len(parsed) == 1  # not parsed again
    assert again == first == principles.load_catalog("en")
    assert catalog_for(Settings("nl", None)) == principles.load_catalog("nl")


def test_a_cache_of_another_text_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another version of the bundled file (an upgrade, an edit in a checkout): parsed anew."""
    catalog_for(Settings("en", None))
    kept = json.loads(cache_file().read_text(encoding="utf-8"))
    kept["text"] += "\n# edited\n"
    cache_file().write_text(json.dumps(kept), encoding="utf-8")
    principle_sets._bundled_data.cache_clear()
    parsed = parses(monkeypatch)
    assert catalog_for(Settings("en", None)) == principles.load_catalog("en")
    assert len(parsed) == 1


def rewrite_cache(edit: Any, *, recheck: bool) -> None:
    """Edit the kept data; with *recheck*, write the checksum steentje would write for it."""
    catalog_for(Settings("en", None))
    kept = json.loads(cache_file().read_text(encoding="utf-8"))
    edit(kept["data"])
    if recheck:
        kept["check"] = principle_sets._check(kept["text"], kept["data"])
    cache_file().write_text(json.dumps(kept), encoding="utf-8")
    principle_sets._bundled_data.cache_clear()


def fresh_cache_written() -> bool:
    kept = json.loads(cache_file().read_text(encoding="utf-8"))
    return bool(kept["data"] == tomllib.loads(principles.read_bundled_data()))


@pytest.mark.parametrize(
    "edit",
    [
        lambda data: data["principles"][0]["en"].update(title="A title of someone else's"),
        lambda data: data.clear(),
        lambda data: data["principles"].pop(),
    ],
)
def test_data_edited_or_damaged_after_it_was_written_is_never_shown(edit: Any) -> None:
    rewrite_cache(edit, recheck=False)
    assert catalog_for(Settings("en", None)) == principles.load_catalog("en")
    assert fresh_cache_written()


@pytest.mark.parametrize("edit", [lambda data: data.clear(), lambda data: data["principles"].pop()])
def test_data_the_catalog_refuses_is_no_cache_even_under_its_checksum(edit: Any) -> None:
    """What the bundled file must pass, its cached data must pass: else it is parsed anew."""
    rewrite_cache(edit, recheck=True)
    assert catalog_for(Settings("en", None)) == principles.load_catalog("en")
    assert fresh_cache_written()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[]",
        b'{"text": 1}',
        b'{"data": []}',
        b"\xff\xfe",
        b'{"text": "x"}',
        b"[" * 100_000,  # nested deeper than the JSON reader goes
        b" " * (2 * 1024 * 1024) + b"{}",  # larger than any cache of steentje's
    ],
)
def test_a_damaged_cache_is_rebuilt_silently(content: bytes) -> None:
    cache_file().parent.mkdir(parents=True, exist_ok=True)
    cache_file().write_bytes(content)
    assert catalog_for(Settings("en", None)) == principles.load_catalog("en")
    kept = json.loads(cache_file().read_text(encoding="utf-8"))
    assert kept["text"] == principles.read_bundled_data()
    assert kept["data"] == tomllib.loads(principles.read_bundled_data())


def test_a_planted_link_is_neither_followed_nor_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    text = principles.read_bundled_data()
    elsewhere.write_text(json.dumps({"text": text, "data": {"principles": []}}), "utf-8")
    cache_file().parent.mkdir(parents=True, exist_ok=True)
    cache_file().symlink_to(elsewhere)
    assert catalog_for(Settings("en", None)) == principles.load_catalog("en")
    assert json.loads(elsewhere.read_text("utf-8"))["data"] == {"principles": []}
    assert not cache_file().is_symlink()  # replaced by a file of steentje's own


def test_a_folder_in_its_place_is_no_problem() -> None:
    cache_file().mkdir(parents=True)
    assert catalog_for(Settings("en", None)) == principles.load_catalog("en")
