"""Shared fixtures: every test runs against a private, temporary config folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from steentje.cli import app

_USER_VARIABLES = (
    "STEENTJE_JOURNAL",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "LANGUAGE",
    "VISUAL",
    "EDITOR",
    "NO_COLOR",
    "FORCE_COLOR",
)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every platform folder at a temporary one; the real user's config is never read."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    for name in _USER_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    # A fixed width keeps rich's layout the same on every machine.
    monkeypatch.setenv("COLUMNS", "100")
    from steentje import messages

    messages.reset()
    return home


@pytest.fixture
def journal_path(isolated_home: Path) -> Path:
    """Where steentje keeps the journal by default inside the isolated home."""
    from steentje.paths import default_journal_path

    path = default_journal_path()
    assert isolated_home in path.parents
    return path


Invoke = Callable[..., Result]


@pytest.fixture
def run() -> Invoke:
    """Run the steentje CLI in-process; returns click's Result (stdout and stderr apart)."""
    runner = CliRunner()

    def invoke(
        *args: str, input: str | bytes | None = None, env: dict[str, str] | None = None
    ) -> Result:
        return runner.invoke(app, list(args), input=input, env=env, prog_name="steentje")

    return invoke
