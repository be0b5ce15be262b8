"""Every command of the tree, not a handful: help in both languages, and one clean run each."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from steentje.main import app
from tests.conftest import Invoke


def command_paths() -> list[tuple[str, ...]]:
    paths: list[tuple[str, ...]] = []

    def walk(command: object, path: tuple[str, ...]) -> None:
        paths.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return paths


ALL = command_paths()
# One ordinary call of each command against a journal with one entry in it.
CALLS = {
    (): ["--no-such-option-at-all"],
    ("today",): ["today", "--no-input"],
    ("principles",): ["principles", "3"],
    ("log",): ["log", "another answer"],
    ("review",): ["review", "--no-pager"],
    ("show",): ["show", "{id}", "--no-pager"],
    ("followup",): ["followup", "{id}", "it went well"],
    ("stats",): ["stats"],
    ("week",): ["week"],
    ("export",): ["export", "--format", "json"],
    ("import",): ["import", "{export}"],
    ("edit",): ["edit", "{id}", "--tag", "extra"],
    ("star",): ["star", "{id}"],
    ("unstar",): ["unstar", "{id}"],
    ("tags",): ["tags"],
    ("delete",): ["delete", "{id}", "--yes"],
    ("doctor",): ["doctor"],
    ("remind",): ["remind"],
    ("shell-init",): ["shell-init", "bash"],
    ("path",): ["path"],
    ("config",): ["config", "show"],
    ("config", "path"): ["config", "path"],
    ("config", "show"): ["config", "show"],
    ("config", "set"): ["config", "set", "week_starts", "sunday"],
    ("config", "unset"): ["config", "unset", "week_starts"],
    ("merge",): ["merge", "{copy}"],
    ("merge-driver",): ["merge-driver", "{copy}", "{copy}", "{copy}"],
    ("sync",): ["sync", "--setup"],
}


def test_the_table_of_calls_covers_every_command() -> None:
    assert set(CALLS) == set(ALL)


@pytest.mark.parametrize("path", ALL, ids=lambda path: " ".join(path) or "steentje")
@pytest.mark.parametrize("language", ["en", "nl"])
def test_help_of_every_command(run: Invoke, path: tuple[str, ...], language: str) -> None:
    result = run("--lang", language, *path, "--help")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    if path and path != ("config",):
        assert ("Example" if language == "en" else "Voorbeeld") in result.stdout


@pytest.mark.parametrize("path", ALL, ids=lambda path: " ".join(path) or "steentje")
def test_every_command_runs_cleanly(run: Invoke, tmp_path: Path, path: tuple[str, ...]) -> None:
    saved = run("--lang", "en", "log", "the first answer", "-t", "team", "-i", "ask first")
    entry_id = saved.stdout.split()[1]
    export = tmp_path / "export.json"
    export.write_text(run("export", "--format", "json").stdout, encoding="utf-8")
    copy = tmp_path / "copy.toml"  # another copy of the journal, for merge
    copy.write_bytes(Path(run("path").stdout.strip()).read_bytes())
    arguments = [part.format(id=entry_id, export=export, copy=copy) for part in CALLS[path]]
    result = run("--lang", "en", *arguments)
    if not path:
        assert result.exit_code == 2  # a usage mistake: one line, exit 2
    else:
        assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 1, result.stderr
