"""steentje as users run it: the installed script, python -m, a source checkout, a wheel, a pty."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

import pytest

import steentje

REPO = Path(__file__).resolve().parent.parent
SCRIPT = shutil.which("steentje", path=str(Path(sys.executable).parent))

needs_script = pytest.mark.skipif(SCRIPT is None, reason="steentje is not installed in this venv")


def steentje_command(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    assert SCRIPT is not None
    return subprocess.run(
        [SCRIPT, *args], capture_output=True, text=True, encoding="utf-8", check=False, **kwargs
    )  # type: ignore[call-overload]


@needs_script
def test_installed_script_logs_and_reviews(tmp_path: Path) -> None:
    logged = steentje_command("--lang", "en", "log", "From a real process", "-t", "e2e")
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout.startswith("Saved ")
    review = steentje_command("review", "--format", "json")
    assert review.returncode == 0
    (item,) = json.loads(review.stdout)
    assert item["answer"] == "From a real process"
    assert item["tags"] == ["e2e"]
    journal = Path(steentje_command("path").stdout.strip())
    assert Path(os.environ["XDG_CONFIG_HOME"]) in journal.parents


@needs_script
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("principles", "9"), 2),
        (("log", "--date", "2026-02-30", "x"), 2),
        (("review", "--format", "yaml"), 2),
        (("--journal", "/", "log", "x"), 1),
        (("log", "   "), 1),
        (("no-such-command",), 2),
    ],
)
def test_bad_input_gives_one_line_and_no_traceback(args: tuple[str, ...], code: int) -> None:
    result = steentje_command(*args)
    assert result.returncode == code
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("steentje: ")
    assert "Traceback" not in result.stderr


@needs_script
def test_piped_output_has_no_colour_codes() -> None:
    result = steentje_command("principles")
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "steentje", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"steentje {steentje.__version__}"


def test_source_checkout_loads_data_through_the_symlink(tmp_path: Path) -> None:
    code = (
        "import steentje, pathlib; from steentje.principles import load_catalog; "
        "print(steentje.__file__); print(load_catalog('nl').principle(7).key_phrase)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    module_file, key_phrase = result.stdout.splitlines()
    assert Path(module_file).is_relative_to(REPO / "src")
    assert key_phrase == "Vertrouw op kennis en kunde, niet op controle."
    assert (REPO / "src" / "steentje" / "data").resolve() == (REPO / "data").resolve()


def test_editable_install_reads_the_repository_data() -> None:
    from importlib import metadata, resources

    direct_url = metadata.distribution("steentje").read_text("direct_url.json")
    if not direct_url or not json.loads(direct_url).get("dir_info", {}).get("editable"):
        pytest.skip("steentje is not installed in editable mode here")
    resource = resources.files("steentje") / "data" / "principles.toml"
    assert Path(str(resource)).resolve() == (REPO / "data" / "principles.toml").resolve()


@pytest.mark.slow
def test_built_wheel_carries_the_data(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-w", str(wheels), str(REPO)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("steentje-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "steentje/data/principles.toml" in names
        packaged = archive.read("steentje/data/principles.toml")
    assert packaged == (REPO / "data" / "principles.toml").read_bytes()
    assert tomllib.loads(packaged.decode("utf-8"))["version"] == 1

    # Unpacked as an installer would, and imported from there rather than from src/.
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c",
         "import steentje; print(steentje.__file__)"],
        capture_output=True, text=True, cwd=tmp_path, env=env, check=False,
    )  # fmt: skip
    assert Path(result.stdout.strip()).is_relative_to(site), result.stderr
    shown = subprocess.run(
        [sys.executable, "-m", "steentje", "--lang", "en", "principles", "4"],
        capture_output=True, text=True, cwd=tmp_path, env=env, check=False,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    from steentje.principles import load_catalog

    assert load_catalog("en").principle(4).title in shown.stdout


@needs_script
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
def test_interactive_answer_in_a_terminal(tmp_path: Path) -> None:
    """The whole pebble: reminded, panel, typed answer, entry lands, reminder goes quiet."""
    import pty

    assert steentje_command("remind").stdout.startswith("steentje · ")

    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "90", "LINES": "30"}
    assert SCRIPT is not None
    process = subprocess.Popen(
        [SCRIPT, "--lang", "en"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        close_fds=True,
    )
    os.close(follower)
    screen = _read_until(leader, b"Your answer")
    assert b"Today's question" in screen
    os.write(leader, "Typed in a real terminal 🪨\r\r".encode())  # Enter on an empty line ends
    screen += _read_until(leader, b"What will you try?")
    _wait_until_reading_the_terminal(process.pid)
    os.write(leader, b"Ask first\r\r")
    screen += _read_until(leader, b"Saved ")
    assert process.wait(timeout=20) == 0
    os.close(leader)
    journal = Path(steentje_command("path").stdout.strip())
    (entry,) = tomllib.loads(journal.read_text(encoding="utf-8"))["entries"]
    assert entry["answer"] == "Typed in a real terminal 🪨"
    assert entry["intention"] == "Ask first"
    assert steentje_command("remind").stdout == ""


@needs_script
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty and signals")
def test_ctrl_c_at_the_prompt_exits_130_and_saves_nothing(tmp_path: Path) -> None:
    import pty
    import signal

    assert steentje_command("log", "an earlier answer").returncode == 0
    journal = Path(steentje_command("path").stdout.strip())
    before = journal.read_bytes()
    for arguments in (["--lang", "en"], ["log"], ["today"]):
        leader, follower = pty.openpty()
        assert SCRIPT is not None
        process = subprocess.Popen(
            [SCRIPT, *arguments], stdin=follower, stdout=follower, stderr=follower,
            env={**os.environ, "TERM": "xterm"}, close_fds=True, start_new_session=True,
        )  # fmt: skip
        os.close(follower)
        _read_until(leader, b"Your answer")
        os.write(leader, b"half an answer")
        _wait_until_reading_the_terminal(process.pid)
        os.killpg(process.pid, signal.SIGINT)
        # Both ways in (the fast path and typer) say so in one line, on a line of its own.
        screen = _without_escapes(_read_until(leader, b"saved"))
        assert b"\nsteentje: aborted; nothing was saved" in screen, arguments
        assert process.wait(timeout=20) == 130, arguments
        os.close(leader)
        assert journal.read_bytes() == before


READING_THE_TERMINAL = ("wait_woken", "n_tty_read", "do_epoll_wait", "ep_poll", "do_select")


def _without_escapes(screen: bytes) -> bytes:
    """*screen* without the terminal's control sequences (cursor moves, colours, modes)."""
    import re

    return re.sub(rb"\x1b(\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])", b"", screen).replace(b"\r", b"")


def _wait_until_reading_the_terminal(pid: int, timeout: float = 20.0) -> None:
    """Wait until *pid* sleeps in a read of its terminal.

    A SIGINT that lands after the prompt is printed but before the read starts
    is noted by Python and acted on only after the read returns: the process
    would wait for input forever (that made this test flaky). A person pressing
    Ctrl-C at a prompt always presses it during the read.
    """
    wchan = Path(f"/proc/{pid}/wchan")
    if not wchan.exists():
        time.sleep(0.5)  # no /proc (macOS): give it time to reach the read
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # A plain read of the terminal, or prompt_toolkit's event loop waiting for a key.
        if wchan.read_text(encoding="ascii", errors="replace") in READING_THE_TERMINAL:
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} never started reading its terminal")


def _read_until(descriptor: int, marker: bytes, timeout: float = 20.0) -> bytes:
    import select

    seen = b""
    deadline = time.monotonic() + timeout
    while marker not in seen:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"timed out waiting for {marker!r}; screen: {seen!r}")
        ready, _, _ = select.select([descriptor], [], [], remaining)
        if ready:
            try:
                chunk = os.read(descriptor, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def _run_in_pty(arguments: list[str], env: dict[str, str]) -> bytes:
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    assert SCRIPT is not None
    process = subprocess.Popen(
        [SCRIPT, *arguments], stdin=follower, stdout=follower, stderr=follower, env=env,
        close_fds=True,
    )  # fmt: skip
    os.close(follower)
    screen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
    assert process.wait(timeout=30) == 0
    os.close(leader)
    return screen


@needs_script
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
def test_long_review_goes_through_the_pager(tmp_path: Path) -> None:
    from datetime import date, timedelta

    for offset in range(40):
        day = (date(2026, 11, 1) - timedelta(days=offset)).isoformat()
        assert steentje_command("log", "--date", day, f"reflection number {offset}").returncode == 0
    paged = tmp_path / "paged.txt"
    pager = tmp_path / "pager.sh"
    pager.write_text(f'#!/bin/sh\ncat > "{paged}"\n', encoding="utf-8")
    pager.chmod(0o755)
    env = {**os.environ, "PAGER": str(pager), "TERM": "xterm"}
    env.pop("COLUMNS", None)

    screen = _run_in_pty(["review", "--all"], env)
    text = paged.read_text(encoding="utf-8")
    assert "reflection number 0" in text and "reflection number 39" in text
    assert b"reflection number 39" not in screen

    paged.unlink()
    screen = _run_in_pty(["review", "--all", "--no-pager"], env)
    assert not paged.exists()
    assert b"reflection number 39" in screen

    # Short output stays on the screen, as with less -F.
    screen = _run_in_pty(["review", "-n", "3"], env)
    assert not paged.exists()
    assert b"reflection number 2" in screen


@needs_script
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
def test_delete_asks_in_the_chosen_language(tmp_path: Path) -> None:
    import pty

    assert steentje_command("log", "first").returncode == 0
    assert steentje_command("log", "second").returncode == 0
    journal = Path(steentje_command("path").stdout.strip())
    first, second = (e["id"] for e in tomllib.loads(journal.read_text("utf-8"))["entries"])
    for language, entry_id, reply, prompt, kept in (
        ("nl", first, "n", b"[j/N]", 2),
        ("nl", first, "j", b"[j/N]", 1),
        ("en", second, "yes", b"[y/N]", 0),
    ):
        leader, follower = pty.openpty()
        assert SCRIPT is not None
        process = subprocess.Popen(
            [SCRIPT, "--lang", language, "delete", entry_id], stdin=follower, stdout=follower,
            stderr=follower, env={**os.environ, "TERM": "xterm"}, close_fds=True,
        )  # fmt: skip
        os.close(follower)
        screen = _read_until(leader, prompt)
        assert entry_id.encode() in screen
        os.write(leader, f"{reply}\r".encode())
        _read_until(leader, b"\n")
        assert process.wait(timeout=20) == 0
        os.close(leader)
        left = tomllib.loads(journal.read_text("utf-8")).get("entries", [])
        assert len(left) == kept, (language, reply)


@pytest.mark.parametrize("module", ["zipfile", "secrets", "importlib.resources", "typer"])
def test_todays_question_at_shell_start_leaves_out_what_it_does_not_use(module: str) -> None:
    """Start-up cost of `today --no-input`: no zip reader, no id maker, no typer."""
    from tests.conftest import imports_module

    assert not imports_module(module, ["today", "--no-input"])
