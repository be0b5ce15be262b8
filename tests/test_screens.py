"""The README's pictures are real: docs/screens.py renders them, and they are up to date."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"


def load_screens() -> object:
    spec = importlib.util.spec_from_file_location("screens", DOCS / "screens.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["screens"] = module
    spec.loader.exec_module(module)
    return module


def test_committed_pictures_match_a_fresh_render(tmp_path: Path) -> None:
    screens = load_screens()
    written = screens.main(tmp_path)  # type: ignore[attr-defined]
    assert [path.name for path in written] == ["today.svg", "review.svg", "stats.svg", "week.svg"]
    made_with = (DOCS / "images" / "rich-version.txt").read_text(encoding="utf-8").strip()
    if screens.rich_version() != made_with:  # type: ignore[attr-defined]
        pytest.skip(f"pictures were made with rich {made_with}; this is another release")
    for path in written:
        committed = DOCS / "images" / path.name
        assert committed.read_bytes() == path.read_bytes(), (
            f"{committed.name} is out of date: run .venv/bin/python docs/screens.py"
        )
    today = (tmp_path / "today.svg").read_text(encoding="utf-8").replace("&#160;", " ")
    assert "vrijdag 27 november 2026" in today
