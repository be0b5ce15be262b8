"""The bundled set's data comes from a cache exact for the bundled file's text, or is parsed."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from pathlib import Path

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
    kept["data"]["principles"][0]["en"]["title"] = "Stale title"
    cache_file().write_text(json.dumps(kept), encoding="utf-8")
    principle_sets._bundled_data.cache_clear()
    assert catalog_for(Settings("en", None)).principles[0].title == "Stale title"  # same text
    kept["text"] += "\n# edited\n"
    cache_file().write_text(json.dumps(kept), encoding="utf-8")
    principle_sets._bundled_data.cache_clear()
    parsed = parses(monkeypatch)
    assert catalog_for(Settings("en", None)) == principles.load_catalog("en")
    assert len(parsed) == 1


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[]", b'{"text": 1}', b'{"data": []}', b"\xff\xfe", b'{"text": "x"}'],
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
