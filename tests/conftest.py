"""Shared fixtures: every test runs against a private, temporary config folder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from steentje.main import app

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


# Every test runs at this moment unless it pins another (``given_now``): never
# at the real clock's, so no test depends on the day or the hour it runs.
PINNED_NOW = datetime(2026, 11, 26, 10, 30, tzinfo=timezone(timedelta(hours=1)))  # a Thursday
TODAY = PINNED_NOW.date()


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
    monkeypatch.setenv("STEENTJE_NOW", PINNED_NOW.isoformat())
    # A fixed width keeps rich's layout the same on every machine.
    monkeypatch.setenv("COLUMNS", "100")
    from steentje import config, words
    from steentje.storage import principle_sets

    words.reset()
    config.forget_warnings()
    principle_sets.forget_notes()
    return home


@pytest.fixture
def journal_path(isolated_home: Path) -> Path:
    """Where steentje keeps the journal by default inside the isolated home."""
    from steentje.paths import default_journal

    path = Path(default_journal())
    assert isolated_home in path.parents
    return path


@pytest.fixture
def given_now(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], datetime]:
    """Pin steentje's clock (in this process and the ones it starts) to another moment."""

    def pin(moment: datetime) -> datetime:
        monkeypatch.setenv("STEENTJE_NOW", moment.isoformat())
        return moment

    return pin


@pytest.fixture
def local_amsterdam() -> Iterator[None]:
    """Make the system's local zone Amsterdam's (+01:00, +02:00 in summer), then put it back.

    A POSIX TZ rule, so that it needs no tz database.
    """
    with local_zone("CET-1CEST,M3.5.0,M10.5.0/3"):
        yield


@contextmanager
def local_zone(rule: str) -> Iterator[None]:
    """The system's local zone set by a TZ *rule* for a while (in child processes too)."""
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = rule
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


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


_IMPORT_PROBE = """
import sys
module, sys.argv = sys.argv[1], ["steentje", *sys.argv[2:]]
from steentje.launcher import main
try:
    main()
except SystemExit:
    pass
print("IMPORTED:" + str(module in sys.modules))
"""


def imports_module(module: str, arguments: list[str], *, piped: str = "") -> bool:
    """Whether running steentje with *arguments* (in a new process) imports *module*.

    For start-up cost: what the reminder and today's question must never load.
    """
    import subprocess
    import sys

    probe = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE, module, *arguments],
        input=piped, capture_output=True, text=True, check=True,
    )  # fmt: skip
    last = probe.stdout.splitlines()[-1]
    assert last.startswith("IMPORTED:"), probe.stdout + probe.stderr
    return last == "IMPORTED:True"
