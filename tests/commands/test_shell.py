"""The shell-init snippets, sourced by real bash, zsh and fish."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from steentje.shell import snippet
from steentje.storage.stamps import stamp_path, write_stamp
from tests.conftest import PINNED_NOW, TODAY, Invoke

SHELLS = {
    "bash": ["bash", "--norc", "--noprofile", "-i", "-c"],
    "zsh": ["zsh", "-f", "-i", "-c"],
    "fish": ["fish", "--no-config", "-i", "-c"],
}


def tool_or_skip(tool: str) -> None:
    if shutil.which(tool) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing in CI; .ci/run should have installed it")
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")


def shell_or_skip(shell: str) -> list[str]:
    """The shell's command line, run at the pinned moment: the snippet reads the shell's clock."""
    tool_or_skip(shell)
    tool_or_skip("faketime")
    # The pinned moment on this machine's wall clock, frozen (libfaketime's absolute form).
    wall_clock = PINNED_NOW.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return ["faketime", wall_clock, *SHELLS[shell]]


def source(shell: str, script: Path, env: dict[str, str], *, interactive: bool = True) -> str:
    command = shell_or_skip(shell)
    if not interactive:
        command = [part for part in command if part != "-i"]
    verb = "source" if shell == "fish" else "."
    # A faked clock around the whole test run (.ci/run) must not leak into ours.
    env = {k: v for k, v in env.items() if not k.startswith("FAKETIME") and k != "LD_PRELOAD"}
    result = subprocess.run(
        [*command, f"{verb} '{script}'"], capture_output=True, text=True, env=env, timeout=30,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # Nothing from the snippet on stderr (an interactive shell without a terminal
    # complains about job control; that is the test's doing, not the snippet's).
    noise = (
        "cannot set terminal process group", "no job control", "Inappropriate ioctl",
        # fish without $TERM (env -i): its own warnings about the terminal
        "Could not set up terminal", "TERM environment variable not set", "fallback terminal",
    )  # fmt: skip
    assert [line for line in result.stderr.splitlines() if not any(n in line for n in noise)] == []
    return result.stdout


@pytest.fixture
def fake_steentje(tmp_path: Path) -> tuple[Path, Path]:
    """A stand-in for steentje that records how it was called: no Python starts when unused."""
    calls = tmp_path / "calls.log"
    fake = tmp_path / "bin" / "fake steentje"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{calls}"\necho REMINDER\n')
    fake.chmod(0o755)
    return fake, calls


def set_mtimes(journal: Path, stamp: str, *, journal_first: bool) -> None:
    """Give the journal and its stamp fixed modification times, one a minute after the other."""
    early, late = 1_780_000_000, 1_780_000_060
    os.utime(journal, (early, early) if journal_first else (late, late))
    os.utime(stamp, (late, late) if journal_first else (early, early))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_snippet_in_a_real_shell(
    shell: str, tmp_path: Path, fake_steentje: tuple[Path, Path]
) -> None:
    fake, calls = fake_steentje
    journal = tmp_path / "my journal's folder" / "journal.toml"
    journal.parent.mkdir()
    script = write(
        tmp_path / f"remind.{shell}",
        snippet(shell, journal=str(journal), explicit_journal=False, command=[str(fake)]),
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("STEENTJE_")}

    # No stamp yet: due, so steentje is asked for the reminder line.
    assert source(shell, script, env) == "REMINDER\n"
    assert calls.read_text().splitlines() == [f"--journal {journal} remind"]

    # Today is done: silent, and steentje is not started at all.
    journal.write_text("version = 1\n", encoding="utf-8")
    write_stamp(journal, {TODAY}, TODAY)
    # File times fixed by hand (the shells compare them): the stamp is the newer.
    set_mtimes(journal, stamp_path(journal), journal_first=True)
    calls.unlink()
    assert source(shell, script, env) == ""
    assert not calls.exists()

    # The journal changed after the stamp (a hand edit, a sync): steentje decides.
    set_mtimes(journal, stamp_path(journal), journal_first=False)
    assert source(shell, script, env) == "REMINDER\n"

    # An older stamp: due again.
    write_stamp(journal, {TODAY - timedelta(days=1)}, TODAY - timedelta(days=1))
    set_mtimes(journal, stamp_path(journal), journal_first=True)
    assert source(shell, script, env) == "REMINDER\n"

    # A stamp that is a folder: due, and not a word from the shell itself.
    Path(stamp_path(journal)).unlink()
    Path(stamp_path(journal)).mkdir()
    assert source(shell, script, env) == "REMINDER\n"
    Path(stamp_path(journal)).rmdir()

    # Switched off, in any spelling.
    for value in ("off", "OFF", "0", "false", "uit", "Nee"):
        assert source(shell, script, {**env, "STEENTJE_REMIND": value}) == ""

    # A non-interactive shell (a script sourcing the rc file) stays quiet.
    assert source(shell, script, env, interactive=False) == ""

    # The stamp is steentje's own file: nothing was left beside the journal.
    assert sorted(p.name for p in journal.parent.iterdir()) == ["journal.toml"]

    # Another $STEENTJE_JOURNAL than when the snippet was made (a path, a name):
    # steentje finds that journal and its stamp itself.
    for value in (str(tmp_path / "other.toml"), "work"):
        calls.unlink(missing_ok=True)
        assert source(shell, script, {**env, "STEENTJE_JOURNAL": value}) == "REMINDER\n"
        assert calls.read_text().splitlines() == ["remind"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_variable_the_snippet_was_made_with_keeps_the_shell_fast(
    shell: str, tmp_path: Path, fake_steentje: tuple[Path, Path]
) -> None:
    fake, calls = fake_steentje
    journal = write(tmp_path / "work" / "journal.toml", "version = 1\n")
    text = snippet(
        shell, journal=str(journal), explicit_journal=False, command=[str(fake)],
        journal_variable="work",
    )  # fmt: skip
    script = write(tmp_path / f"remind.{shell}", text)
    env = {k: v for k, v in os.environ.items() if not k.startswith("STEENTJE_")}
    write_stamp(journal, {TODAY}, TODAY)
    set_mtimes(journal, stamp_path(journal), journal_first=True)
    assert source(shell, script, {**env, "STEENTJE_JOURNAL": "work"}) == ""
    assert not calls.exists()
    # Unset since: the configured or default journal, which steentje finds.
    assert source(shell, script, env) == "REMINDER\n"
    assert calls.read_text().splitlines() == ["remind"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_init_output_works_with_the_real_steentje(
    shell: str, run: Invoke, tmp_path: Path
) -> None:
    steentje = shutil.which("steentje", path=str(Path(sys.executable).parent))
    if steentje is None:
        pytest.skip("steentje is not installed in this venv")
    result = run("shell-init", shell)
    assert result.exit_code == 0
    script = write(tmp_path / f"remind.{shell}", result.stdout)
    env = dict(os.environ)
    before = source(shell, script, env)
    assert before.startswith("steentje · ")
    assert run("log", "Reflected before opening a new shell").exit_code == 0
    assert source(shell, script, env) == ""


def test_shell_init_embeds_an_explicit_journal(run: Invoke, tmp_path: Path) -> None:
    chosen = tmp_path / "elsewhere.toml"
    text = run("--journal", str(chosen), "shell-init", "bash").stdout
    assert f"__steentje_journal={chosen}" in text
    assert "STEENTJE_JOURNAL" not in text.split("remind ;;")[0].split("\n", 5)[-1]


def test_unknown_shell_is_a_usage_error(run: Invoke) -> None:
    result = run("shell-init", "tcsh")
    assert result.exit_code == 2
    assert "bash" in result.stderr


def test_shell_init_carries_an_explicit_language(run: Invoke) -> None:
    assert "--lang nl --journal" in run("--lang", "nl", "shell-init", "bash").stdout
    assert "--lang" not in run("shell-init", "fish").stdout


def test_the_snippet_of_a_dutch_shell_init_reminds_in_dutch(run: Invoke, tmp_path: Path) -> None:
    steentje = shutil.which("steentje", path=str(Path(sys.executable).parent))
    if steentje is None:
        pytest.skip("steentje is not installed in this venv")
    result = run("--lang", "nl", "shell-init", "bash")
    script = write(tmp_path / "remind.bash", result.stdout)
    env = {**os.environ, "LANG": "en_GB.UTF-8"}  # an English locale: only --lang says Dutch
    assert "antwoord met: steentje" in source("bash", script, env)
