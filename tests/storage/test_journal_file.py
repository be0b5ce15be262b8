"""Storage that never loses a reflection: rewrites, backups, locks, doctor and repair."""

from __future__ import annotations

import json
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
import tomllib
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steentje.errors import SteentjeError
from steentje.journal import new_entry
from steentje.storage.appending import append_entry
from steentje.storage.doctor import examine, repair
from steentje.storage.reading import read_journal
from steentje.storage.rewriting import backup_path, delete_entry, update_entry
from tests.conftest import PINNED_NOW, Invoke

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and signals")
SCRIPT = shutil.which("steentje", path=str(Path(sys.executable).parent))
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def log(path: Path, answer: str, **fields: object) -> str:
    entry = new_entry(
        when=fields.pop("when", NOW),  # type: ignore[arg-type]
        principle=fields.pop("principle", 1),  # type: ignore[arg-type]
        prompt="Whose idea made your plan better?",
        answer=answer,
        tags=fields.pop("tags", ()),  # type: ignore[arg-type]
    )
    append_entry(path, entry)
    return entry.id


def answers(path: Path) -> list[str]:
    return [entry.answer for entry in read_journal(path).entries]


# --- rewrites ----------------------------------------------------------------


def test_update_keeps_a_backup_and_unknown_keys(journal_path: Path) -> None:
    first = log(journal_path, "first")
    log(journal_path, "second")
    text = journal_path.read_text(encoding="utf-8")
    text = text.replace("version = 1\n", 'version = 1\nowner = "Ruud"\n\n[settings]\nmood = true\n')
    text = text.replace('answer = "first"\n', 'answer = "first"\nenergy = 7\nlinks = ["a", "b"]\n')
    journal_path.write_text(text, encoding="utf-8")
    before = journal_path.read_bytes()

    update_entry(journal_path, first, lambda e: replace(e, answer="changed"))

    assert backup_path(journal_path).read_bytes() == before
    data = tomllib.loads(journal_path.read_text(encoding="utf-8"))
    assert data["owner"] == "Ruud"
    assert data["settings"] == {"mood": True}
    assert data["entries"][0]["answer"] == "changed"
    assert data["entries"][0]["energy"] == 7
    assert data["entries"][0]["links"] == ["a", "b"]
    assert data["entries"][1]["answer"] == "second"


@posix_only
def test_rewrite_and_backup_are_private(journal_path: Path) -> None:
    entry_id = log(journal_path, "first")
    journal_path.chmod(0o644)
    delete_entry(journal_path, entry_id)
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_path(journal_path).stat().st_mode) == 0o600
    assert answers(journal_path) == []
    leftovers = [p.name for p in journal_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_rewrite_refuses_a_newer_journal(journal_path: Path) -> None:
    entry_id = log(journal_path, "first")
    newer = journal_path.read_text(encoding="utf-8").replace("version = 1", "version = 3")
    journal_path.write_text(newer, encoding="utf-8")
    with pytest.raises(SteentjeError, match="newer version of steentje"):
        delete_entry(journal_path, entry_id)
    assert journal_path.read_text(encoding="utf-8") == newer
    assert not backup_path(journal_path).exists()


def test_rewrite_refuses_a_broken_journal(journal_path: Path) -> None:
    entry_id = log(journal_path, "first")
    broken = journal_path.read_text(encoding="utf-8").replace("principle = 1", "principle = one")
    journal_path.write_text(broken, encoding="utf-8")
    with pytest.raises(SteentjeError, match="line"):
        delete_entry(journal_path, entry_id)
    assert journal_path.read_text(encoding="utf-8") == broken


# --- bad paths ---------------------------------------------------------------


@posix_only
def test_unreadable_journal(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.symlink_to(journal_path.name)  # a link to itself cannot be opened, even by root
    with pytest.raises(SteentjeError, match="not a regular file"):
        read_journal(journal_path)
    with pytest.raises(SteentjeError, match="not a regular file"):
        log(journal_path, "x")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_read_only_location() -> None:
    with pytest.raises(SteentjeError, match="cannot write"):
        log(Path("/proc/steentje/journal.toml"), "x")


# --- property: whatever is written comes back --------------------------------


answer_text = st.text(min_size=1, max_size=300).filter(lambda text: text.strip() != "")
tag_text = st.text(min_size=1, max_size=20).filter(lambda text: text.strip() == text != "")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(answer=answer_text, tags=st.lists(tag_text, max_size=4, unique=True))
def test_any_text_survives_write_then_read(tmp_path: Path, answer: str, tags: list[str]) -> None:
    path = tmp_path / f"journal-{uuid.uuid4().hex}.toml"
    log(path, "before")
    # Any text a journal holds as a tag (written by hand or before the tag rule) is kept.
    entry = new_entry(when=NOW, principle=1, prompt="?", answer=answer)
    append_entry(path, replace(entry, tags=tuple(tags)))
    log(path, "after")
    entries = read_journal(path).entries
    assert [e.answer for e in entries] == ["before", answer, "after"]
    assert list(entries[1].tags) == tags
    # And it survives a rewrite as well.
    delete_entry(path, entries[0].id)
    (kept, _) = read_journal(path).entries
    assert kept.answer == answer and list(kept.tags) == tags


def test_a_megabyte_answer(journal_path: Path) -> None:
    big = ('Een lange reflectie met "quotes", \\ en\nregels. ' * 20_000)[:1_000_000]
    log(journal_path, big)
    log(journal_path, "next")
    assert answers(journal_path) == [big, "next"]


# --- concurrency -------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(SCRIPT is None, reason="steentje is not installed in this venv")
def test_twenty_processes_logging_at_once(journal_path: Path) -> None:
    assert SCRIPT is not None
    processes = [
        subprocess.Popen(
            [SCRIPT, "log", f"answer {number} " + "x" * 5000], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for number in range(20)
    ]  # fmt: skip
    for process in processes:
        _, error = process.communicate(timeout=120)
        assert process.returncode == 0, error
    got = sorted(answer.split()[1] for answer in answers(journal_path))
    assert got == sorted(str(number) for number in range(20))
    assert all(answer.endswith("x" * 5000) for answer in answers(journal_path))


WRITER = """
import os, random, signal, sys
from datetime import datetime, timezone
from pathlib import Path
from steentje.journal import new_entry
from steentje.storage.appending import append_entry

path, tear_after = Path(sys.argv[1]), int(sys.argv[2])
real_fsync, armed = os.fsync, {"size": None}


def fsync_then_maybe_crash(descriptor):
    # Simulates the kernel having written only part of the block when the
    # process died: cut the new bytes short, then really SIGKILL ourselves.
    if armed["size"] is not None:
        grown = os.fstat(descriptor).st_size
        os.ftruncate(descriptor, random.randint(armed["size"] + 1, grown - 1))
        os.kill(os.getpid(), signal.SIGKILL)
    real_fsync(descriptor)


os.fsync = fsync_then_maybe_crash
for number in range(10_000):
    entry = new_entry(when=datetime(2026, 11, 26, 9, tzinfo=timezone.utc), principle=number % 7 + 1,
                      prompt="p", answer=f"{number}:" + "y" * 100_000)
    if number == tear_after:
        armed["size"] = path.stat().st_size if path.exists() else 0
    append_entry(path, entry)
    print(entry.id, flush=True)
"""


@pytest.mark.slow
@posix_only
def test_killed_writers_never_lose_a_confirmed_entry(journal_path: Path) -> None:
    """SIGKILL writers mid-append, again and again: every confirmed entry survives.

    Odd rounds kill at a random moment; even rounds kill inside the append
    after only part of the entry reached the file, which is the torn write
    that a random kill rarely hits.
    """
    confirmed: list[str] = []
    repaired = 0
    chooser = random.Random(20261129)
    for round_number in range(12):
        tear_after = chooser.randint(1, 3) if round_number % 2 == 0 else -1
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(journal_path), str(tear_after)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert writer.stdout is not None
        if tear_after < 0:
            for _ in range(chooser.randint(1, 3)):
                confirmed.append(writer.stdout.readline().strip())
            time.sleep(chooser.random() / 50)
            writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=60)
        assert writer.returncode == -signal.SIGKILL
        # Whatever it printed before dying had been confirmed too.
        confirmed.extend(line.strip() for line in writer.stdout if line.strip())
        try:
            entries = read_journal(journal_path).entries
        except SteentjeError as error:
            assert "doctor --repair" in str(error)
            repair(journal_path, now=PINNED_NOW)
            repaired += 1
            entries = read_journal(journal_path).entries
        ids = [entry.id for entry in entries]
        assert set(confirmed) <= set(ids)
        assert len(ids) == len(set(ids))
        for entry in entries:
            number, _, filler = entry.answer.partition(":")
            assert number.isdigit() and filler == "y" * 100_000
    assert repaired >= 6  # every torn round needed (and got) a repair
    assert len(confirmed) >= 12


# --- doctor ------------------------------------------------------------------


def test_doctor_on_a_healthy_journal(run: Invoke, journal_path: Path) -> None:
    run("log", "one")
    result = run("doctor")
    assert result.exit_code == 0, result.stdout
    assert "problem" not in result.stdout
    assert "parses: 1 entry," in result.stdout


def test_doctor_without_journal(run: Invoke) -> None:
    result = run("doctor")
    assert result.exit_code == 0
    assert "no journal yet" in result.stdout


def tear(path: Path) -> bytes:
    """Cut the journal in the middle of its last answer, as a crash would."""
    raw = path.read_bytes()
    torn = raw[: raw.rindex(b'answer = "') + 14]
    path.write_bytes(torn)
    return raw


def test_doctor_repair_sets_a_torn_tail_aside(run: Invoke, journal_path: Path) -> None:
    for text in ("one", "two", "three is going to be torn"):
        assert run("log", text).exit_code == 0
    tear(journal_path)
    torn = journal_path.read_bytes()

    review = run("review")
    assert review.exit_code == 1
    assert "doctor --repair" in review.stderr

    check = run("doctor")
    assert check.exit_code == 1
    assert "problem:" in check.stdout
    assert "doctor --repair" in check.stderr
    assert journal_path.read_bytes() == torn

    fixed = run("doctor", "--repair")
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    assert "moved the damaged end" in fixed.stdout
    assert answers(journal_path) == ["one", "two"]
    (side,) = journal_path.parent.glob("journal.toml.damaged-*")
    assert torn.endswith(side.read_bytes())
    assert side.read_bytes().startswith(b"[[entries]]")
    # Cut in place: no copy of the journal was needed (a full disk can be repaired).
    assert torn.startswith(journal_path.read_bytes())
    assert not backup_path(journal_path).exists()
    assert run("log", "four").exit_code == 0
    assert answers(journal_path) == ["one", "two", "four"]


def test_repair_of_a_torn_header_line_keeps_the_entry_before(journal_path: Path) -> None:
    log(journal_path, "one")
    log(journal_path, "two")
    journal_path.write_bytes(journal_path.read_bytes() + b"\n[[entr")
    repair(journal_path, now=NOW)
    assert answers(journal_path) == ["one", "two"]


def test_repair_of_an_entry_cut_after_a_whole_line(journal_path: Path) -> None:
    log(journal_path, "one")
    log(journal_path, "two")
    raw = journal_path.read_bytes()
    journal_path.write_bytes(raw[: raw.rindex(b"prompt =")])
    repair(journal_path, now=NOW)
    assert answers(journal_path) == ["one"]


def test_repair_refuses_damage_before_the_end(journal_path: Path) -> None:
    for text in ("one", "two", "three"):
        log(journal_path, text)
    broken = journal_path.read_text(encoding="utf-8").replace('answer = "one"', "answer = one", 1)
    journal_path.write_text(broken, encoding="utf-8")
    with pytest.raises(SteentjeError, match="fix it by hand"):
        repair(journal_path, now=NOW)
    assert journal_path.read_text(encoding="utf-8") == broken


def test_doctor_finds_and_repairs_repeated_ids(run: Invoke, journal_path: Path) -> None:
    first = log(journal_path, "one")
    second = log(journal_path, "two")
    text = journal_path.read_text(encoding="utf-8").replace(second, first)
    journal_path.write_text(text, encoding="utf-8")
    check = run("doctor")
    assert check.exit_code == 1
    assert f"an id is used more than once: {first}" in check.stdout
    assert run("doctor", "--repair").exit_code == 0
    ids = [entry.id for entry in read_journal(journal_path).entries]
    assert ids[0] == first and ids[1] != first
    assert answers(journal_path) == ["one", "two"]


@posix_only
def test_doctor_checks_and_repairs_permissions(run: Invoke, journal_path: Path) -> None:
    log(journal_path, "one")
    journal_path.chmod(0o644)
    journal_path.parent.chmod(0o755)
    check = run("doctor")
    assert check.exit_code == 1
    assert "readable by others" in check.stdout
    assert run("doctor", "--repair").exit_code == 0
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    # A folder is noted but never chmodded: it may be shared, or need a sticky bit.
    assert stat.S_IMODE(journal_path.parent.stat().st_mode) == 0o755
    after = run("doctor")
    assert after.exit_code == 0
    assert f"note: the folder {journal_path.parent} is readable by others" in after.stdout
    assert f"chmod 700 {journal_path.parent}" in after.stdout
    assert f"{journal_path} is private" in after.stdout
    journal_path.parent.chmod(0o700)
    assert "note:" not in run("doctor").stdout


def test_examine_reports_invalid_fields(journal_path: Path) -> None:
    log(journal_path, "one")
    log(journal_path, "two")
    text = journal_path.read_text(encoding="utf-8").replace("principle = 1", "principle = 32", 1)
    journal_path.write_text(text, encoding="utf-8")
    findings = examine(journal_path)
    assert any(not f.ok and "'principle' must be" in f.message for f in findings)


# --- edit and delete through the CLI -------------------------------------------


def test_edit_answer_and_tags(run: Invoke, journal_path: Path) -> None:
    run("log", "first draft", "--tag", "team")
    (entry,) = read_journal(journal_path).entries
    result = run("edit", entry.id, "--answer", "second thought", "--tag", "1on1", "--untag", "team")
    assert result.exit_code == 0, result.stderr
    (changed,) = read_journal(journal_path).entries
    assert (changed.answer, changed.tags) == ("second thought", ("1on1",))
    assert (changed.id, changed.date, changed.prompt) == (entry.id, entry.date, entry.prompt)
    assert backup_path(journal_path).exists()


def test_edit_by_id_prefix(run: Invoke, journal_path: Path) -> None:
    run("log", "first")
    (entry,) = read_journal(journal_path).entries
    assert run("edit", entry.id[:5], "--answer", "by prefix").exit_code == 0
    assert answers(journal_path) == ["by prefix"]


def test_edit_in_the_editor(run: Invoke, journal_path: Path, tmp_path: Path) -> None:
    run("log", "old words")
    (entry,) = read_journal(journal_path).entries
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[-1])\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('old', 'new'), encoding='utf-8')\n",
        encoding="utf-8",
    )
    result = run("edit", entry.id, env={"EDITOR": f'"{sys.executable}" "{editor}"'})
    assert result.exit_code == 0, result.stderr
    assert answers(journal_path) == ["new words"]


def test_edit_unchanged_changes_nothing(run: Invoke, journal_path: Path) -> None:
    run("log", "same")
    (entry,) = read_journal(journal_path).entries
    before = journal_path.read_bytes()
    result = run("edit", entry.id, env={"EDITOR": f'"{sys.executable}" -c "pass"'})
    assert result.exit_code == 0
    assert "is unchanged" in result.stderr
    assert journal_path.read_bytes() == before
    assert not backup_path(journal_path).exists()


def test_edit_emptied_is_refused(run: Invoke, journal_path: Path) -> None:
    run("log", "keep me")
    (entry,) = read_journal(journal_path).entries
    before = journal_path.read_bytes()
    for args in (("--answer", "  "), ()):
        env = {"EDITOR": f'"{sys.executable}" -c "import sys; open(sys.argv[-1], \'w\').close()"'}
        result = run("edit", entry.id, *args, env=env)
        assert result.exit_code == 1
        assert "empty" in result.stderr
    assert journal_path.read_bytes() == before


def test_edit_unknown_tag_or_id(run: Invoke, journal_path: Path) -> None:
    run("log", "x")
    (entry,) = read_journal(journal_path).entries
    before = journal_path.read_bytes()
    assert run("edit", entry.id, "--untag", "nope").exit_code == 1
    missing = run("edit", "zzzzzzzz", "--answer", "y")
    assert missing.exit_code == 1
    assert "no entry with id 'zzzzzzzz'" in missing.stderr
    assert journal_path.read_bytes() == before


def test_delete(run: Invoke, journal_path: Path) -> None:
    run("log", "one")
    run("log", "two")
    first, second = read_journal(journal_path).entries
    refused = run("delete", first.id)
    assert refused.exit_code == 1
    assert "--yes" in refused.stderr
    assert answers(journal_path) == ["one", "two"]
    result = run("delete", first.id, "--yes")
    assert result.exit_code == 0
    assert answers(journal_path) == ["two"]
    assert json.loads(run("review", "-f", "json").stdout)[0]["id"] == second.id
    unknown = run("delete", first.id, "--yes")
    assert unknown.exit_code == 1
    assert "no entry with id" in unknown.stderr


def test_delete_without_journal(run: Invoke) -> None:
    result = run("delete", "abcd1234", "--yes")
    assert result.exit_code == 1
    assert "no entry with id" in result.stderr


def test_read_error_is_not_hidden_by_a_lock_that_cannot_be_had(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log(journal_path, "one")
    journal_path.write_text(journal_path.read_text(encoding="utf-8") + "\n[[entries]\n")

    def no_lock(path: Path) -> None:
        raise SteentjeError(f"cannot write {path}.lock: Read-only file system")

    monkeypatch.setattr("steentje.storage.reading.journal_lock", no_lock)
    with pytest.raises(SteentjeError, match="line") as caught:
        read_journal(journal_path)
    assert "lock" not in str(caught.value)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_a_lock_file_that_cannot_be_created_is_named_not_taken_for_contention() -> None:
    # Before, filelock retried until its timeout and steentje said "locked by another".
    with pytest.raises(SteentjeError, match=r"cannot write /proc/steentje\.toml\.lock") as caught:
        log(Path("/proc/steentje.toml"), "x")
    assert "another steentje" not in str(caught.value)
