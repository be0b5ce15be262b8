"""The shell reminder: due, done, switched off, broken; fast path and slow path agree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from steentje.principles import load_catalog
from steentje.remind import principle_titles, reminder
from steentje.rotation import principle_number_for
from steentje.settings import Settings
from steentje.storage.stamps import stamp_path
from tests.conftest import Invoke

SCRIPT = shutil.which("steentje", path=str(Path(sys.executable).parent))
needs_script = pytest.mark.skipif(SCRIPT is None, reason="steentje is not installed in this venv")
from tests.conftest import TODAY  # noqa: E402


def expected_line(language: str = "en") -> str:
    number = principle_number_for(TODAY)
    title = load_catalog(language).principle(number).title
    verb = "answer with" if language == "en" else "antwoord met"
    return f"steentje · {number}. {title} · {verb}: steentje"


def stamped_day(journal: Path) -> str:
    """The day on the stamp's first line, the one the shell snippets read."""
    return Path(stamp_path(journal)).read_text(encoding="ascii").splitlines()[0]


def test_due_without_a_journal(run: Invoke, journal_path: Path) -> None:
    result = run("remind")
    assert result.exit_code == 0
    assert result.stdout == expected_line() + "\n"
    assert not journal_path.exists()


def test_dutch_reminder(run: Invoke) -> None:
    assert run("remind", env={"LANG": "nl_NL.UTF-8"}).stdout == expected_line("nl") + "\n"


def test_silent_once_today_is_written(run: Invoke, journal_path: Path) -> None:
    assert run("log", "done").exit_code == 0
    assert stamped_day(journal_path) == TODAY.isoformat()
    result = run("remind")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_a_backfill_does_not_count_for_today(run: Invoke, journal_path: Path) -> None:
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    assert run("log", "--date", yesterday, "late").exit_code == 0
    assert run("remind").stdout == expected_line() + "\n"
    assert run("log", "today").exit_code == 0
    assert run("log", "--date", yesterday, "another late one").exit_code == 0
    assert stamped_day(journal_path) == TODAY.isoformat()
    assert run("remind").stdout == ""


def test_deleting_todays_entry_makes_it_due_again(run: Invoke, journal_path: Path) -> None:
    run("log", "--date", (TODAY - timedelta(days=3)).isoformat(), "older")
    run("log", "today")
    today_id = run("review", "-n", "1", "-f", "json").stdout.split('"id": "')[1][:8]
    assert run("delete", today_id, "--yes").exit_code == 0
    assert stamped_day(journal_path) == (TODAY - timedelta(days=3)).isoformat()
    assert run("remind").stdout == expected_line() + "\n"


@pytest.mark.parametrize("value", ["off", "0", "no", "false", "OFF"])
def test_switched_off(run: Invoke, value: str) -> None:
    assert run("remind", env={"STEENTJE_REMIND": value}).stdout == ""


def test_journal_written_by_hand_today_without_stamp(run: Invoke, journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_text(
        f'version = 1\n\n[[entries]]\nid = "byhand12"\ndate = {TODAY.isoformat()}T08:00:00\n'
        'principle = 1\nprompt = "?"\nanswer = "by hand"\n',
        encoding="utf-8",
    )
    assert run("remind").stdout == ""
    assert stamped_day(journal_path) == TODAY.isoformat()


def test_journal_changed_after_the_stamp_is_looked_at(run: Invoke, journal_path: Path) -> None:
    run("log", "--date", (TODAY - timedelta(days=1)).isoformat(), "yesterday")
    time.sleep(0.01)
    with journal_path.open("a", encoding="utf-8") as file:  # a sync from another machine
        file.write(
            f'\n[[entries]]\nid = "synced12"\ndate = {TODAY.isoformat()}T07:00:00Z\n'
            'principle = 1\nprompt = "?"\nanswer = "synced"\ntags = []\n'
        )
    assert run("remind").stdout == ""


def test_broken_journal_says_one_line_about_doctor(run: Invoke, journal_path: Path) -> None:
    run("log", "--date", (TODAY - timedelta(days=1)).isoformat(), "yesterday")
    time.sleep(0.01)
    with journal_path.open("a", encoding="utf-8") as file:
        file.write('\n[[entries]]\nid = "torn"\nanswer = "cut sh')
    result = run("remind")
    assert result.exit_code == 0
    assert result.stdout == (
        "steentje: your journal needs attention; check it with: steentje doctor\n"
    )


def test_journal_that_is_a_directory_stays_silent_and_exits_0(run: Invoke, tmp_path: Path) -> None:
    result = run("--journal", str(tmp_path), "remind")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_titles_cache_is_rebuilt_when_missing_or_wrong(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    titles = principle_titles("en", str(cache))
    assert titles == [p.title for p in load_catalog("en").principles]
    (cached,) = cache.iterdir()
    cached.write_text("only\ntwo\n", encoding="utf-8")
    assert principle_titles("en", str(cache)) == titles
    assert len(cached.read_text(encoding="utf-8").splitlines()) == 7


def test_reminder_function_is_deterministic_for_a_day(tmp_path: Path) -> None:
    day = date(2026, 11, 30)
    settings = Settings("en", str(tmp_path / "none.toml"), {"XDG_CACHE_HOME": str(tmp_path)})
    title = load_catalog("en").principle(1).title
    assert reminder(settings, day) == f"steentje · 1. {title} · answer with: steentje"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG shortcut is for Linux")
@pytest.mark.parametrize("value", [None, "", "   ", "/somewhere/else"])
def test_xdg_shortcut_agrees_with_platformdirs(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    import platformdirs

    from steentje.paths import cache_dir, default_journal

    for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    assert default_journal(os.environ) == str(
        platformdirs.user_config_path("steentje") / "journal.toml"
    )
    assert cache_dir(os.environ) == platformdirs.user_cache_dir("steentje")


@needs_script
def test_fast_path_matches_the_full_command(run: Invoke, journal_path: Path) -> None:
    assert SCRIPT is not None
    fast = subprocess.run([SCRIPT, "--lang", "nl", "remind"], capture_output=True, text=True)
    assert fast.returncode == 0
    assert fast.stdout == run("--lang", "nl", "remind").stdout == expected_line("nl") + "\n"


PROBE = """
import sys
sys.argv = ["steentje", *sys.argv[1:]]
from steentje.launcher import main
try:
    main()
except SystemExit:
    pass
heavy = [m for m in ("typer", "rich", "pathlib", "tomllib", "platformdirs", "filelock", "typing",
                      "prompt_toolkit")
         if m in sys.modules]
print("HEAVY:" + ",".join(heavy))
"""


def test_reminder_path_loads_nothing_heavy(run: Invoke) -> None:
    # First runs build the titles cache and the stamp; then the everyday path.
    run("log", "--date", (TODAY - timedelta(days=2)).isoformat(), "earlier")
    run("remind")
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, "remind"], capture_output=True, text=True, check=True
    )
    lines = probe.stdout.splitlines()
    assert lines[0] == expected_line()
    assert lines[-1] == "HEAVY:"
    # A config file as 'config set' writes it is read without tomllib too.
    run("config", "set", "lang", "nl")
    run("config", "set", "remind", "on")
    run("remind")  # builds the Dutch titles cache
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, "remind"], capture_output=True, text=True, check=True
    )
    lines = probe.stdout.splitlines()
    assert lines[0] == expected_line("nl")
    assert lines[-1] == "HEAVY:"


def test_quiet_until_marks_the_next_local_midnight(journal_path: Path) -> None:
    from datetime import datetime

    from steentje.storage.stamps import quiet_path, write_stamp

    journal_path.parent.mkdir(parents=True)
    journal_path.write_text("version = 1\n", encoding="utf-8")
    write_stamp(journal_path, {date(2026, 3, 28)}, date(2026, 3, 28))
    quiet = Path(quiet_path(journal_path))
    midnight = datetime(2026, 3, 29).astimezone()
    assert quiet.stat().st_mtime == midnight.timestamp()
    assert datetime.fromisoformat(quiet.read_text(encoding="ascii").strip()) == midnight
    write_stamp(journal_path, None, date(2026, 3, 28))
    assert not quiet.exists()
    assert not Path(stamp_path(journal_path)).exists()


@pytest.mark.parametrize(
    "environment",
    [
        {"STEENTJE_LANG": "de"},
        {"STEENTJE_NOW": "not a moment"},
        {"STEENTJE_REMIND": "misschien"},
    ],
)
def test_remind_exits_0_on_every_path(
    run: Invoke, journal_path: Path, environment: dict[str, str]
) -> None:
    config = journal_path.parent / "config.toml"
    for broken_config in (False, True):
        if broken_config:
            config.parent.mkdir(parents=True, exist_ok=True)
            config.write_text("lang = [broken\n", encoding="utf-8")
        typer_path = run("remind", env=environment)
        assert typer_path.exit_code == 0, (environment, broken_config)
        if SCRIPT is not None:
            fast = subprocess.run(
                [SCRIPT, "remind"], capture_output=True, text=True, check=False,
                env={**os.environ, **environment},
            )  # fmt: skip
            assert fast.returncode == 0
            assert fast.stdout == typer_path.stdout
            assert fast.stderr == typer_path.stderr == ""


def test_an_unknown_config_key_does_not_disturb_the_one_line(run: Invoke) -> None:
    from steentje.paths import config_file

    Path(config_file()).parent.mkdir(parents=True, exist_ok=True)
    Path(config_file()).write_text('colour = "red"\n', encoding="utf-8")
    result = run("remind")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == expected_line() + "\n"
