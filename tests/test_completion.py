"""Shell completion through typer: installed for bash, completing principles and entry ids."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from steentje.storage.reading import read_journal

from .conftest import Invoke

BIN = Path(sys.executable).parent
SCRIPT = shutil.which("steentje", path=str(BIN))
pytestmark = pytest.mark.skipif(
    SCRIPT is None or shutil.which("bash") is None, reason="needs the installed script and bash"
)


def complete_in_bash(home: Path, *words: str) -> list[str]:
    """Complete the last of *words* the way bash does, with the installed completion."""
    line = " ".join(f'"{word}"' for word in words)
    script = (
        f"source {home}/.bash_completions/steentje.sh\n"
        f"COMP_WORDS=(steentje {line}); COMP_CWORD={len(words)}\n"
        '_steentje_completion steentje; printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", script],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    return [line for line in result.stdout.splitlines() if line]


def test_install_and_complete_in_bash(run: Invoke, isolated_home: Path, journal_path: Path) -> None:
    assert SCRIPT is not None
    installed = subprocess.run(
        [SCRIPT, "--install-completion", "bash"], capture_output=True, text=True, check=False,
        env={**os.environ, "SHELL": "/bin/bash"},
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    assert "steentje.sh" in (isolated_home / ".bashrc").read_text(encoding="utf-8")

    assert complete_in_bash(isolated_home, "sh") == ["show", "shell-init"]
    assert complete_in_bash(isolated_home, "principles", "") == [str(n) for n in range(1, 8)]
    assert complete_in_bash(isolated_home, "review", "--principle", "") == [
        str(n) for n in range(1, 8)
    ]

    run("log", "--date", "2026-11-01", "first")
    run("log", "--date", "2026-11-02", "second")
    first, second = (entry.id for entry in read_journal(journal_path).entries)
    for command in ("show", "edit", "delete"):
        assert complete_in_bash(isolated_home, command, "") == [second, first]
        assert complete_in_bash(isolated_home, command, first[:3]) == [first]


def test_journal_completion_offers_the_configured_names(run: Invoke, isolated_home: Path) -> None:
    assert SCRIPT is not None
    installed = subprocess.run(
        [SCRIPT, "--install-completion", "bash"], capture_output=True, text=True, check=False,
        env={**os.environ, "SHELL": "/bin/bash"},
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout
    assert run("config", "set", "journals.work", "~/work.toml").exit_code == 0
    assert run("config", "set", "journals.home", "home.toml").exit_code == 0
    assert run("config", "set", "journals.wiki", "wiki.toml").exit_code == 0
    assert complete_in_bash(isolated_home, "--journal", "") == ["work", "home", "wiki"]
    assert complete_in_bash(isolated_home, "--journal", "w") == ["work", "wiki"]
