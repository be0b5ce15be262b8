"""The journal attacked as a hostile or careless user would: links, odd files, races, a full disk.

Each test names the class of attack it covers (issue 10); the journal must come
out of every one of them whole, and steentje must say what happened in one line.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from steentje.storage.stamps import quiet_path, stamp_path
from tests.conftest import TODAY, Invoke

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links, FIFOs and modes")
STEENTJE = [sys.executable, "-m", "steentje"]


def entries(journal: Path) -> list[dict[str, object]]:
    """The journal's entries as a full tomllib parse gives them: the only truth."""
    import tomllib

    return list(tomllib.loads(journal.read_text(encoding="utf-8")).get("entries", []))


def answers(journal: Path) -> list[str]:
    return [str(entry["answer"]) for entry in entries(journal)]


def ids(run: Invoke) -> list[str]:
    result = run("review", "--all", "-f", "json")
    assert result.exit_code == 0, result.stderr
    return [item["id"] for item in json.loads(result.stdout)]


def one_line_error(result: object, *fragments: str) -> None:
    """A failure reads as one line on stderr, non-zero, and no traceback."""
    assert result.exit_code != 0  # type: ignore[attr-defined]
    stderr = result.stderr  # type: ignore[attr-defined]
    assert stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    for fragment in fragments:
        assert fragment in stderr, stderr


# --- links -------------------------------------------------------------------


@posix_only
def test_a_symlinked_journal_stays_a_link_through_every_rewrite(
    run: Invoke, tmp_path: Path
) -> None:
    synced = tmp_path / "Sync" / "journal.toml"
    synced.parent.mkdir()
    link = tmp_path / "link.toml"
    link.symlink_to(synced)
    env = {"STEENTJE_JOURNAL": str(link)}
    for text in ("one", "two", "three"):
        assert run("log", text, env=env).exit_code == 0
    first, second, _ = [entry["id"] for entry in entries(synced)]
    assert run("edit", str(first), "--answer", "ONE", env=env).exit_code == 0
    assert run("delete", str(second), "--yes", env=env).exit_code == 0
    assert run("doctor", "--repair", env=env).exit_code in (0, 1)
    assert link.is_symlink()
    assert answers(synced) == ["ONE", "three"]
    # The lock and the backup live beside the real file, for every path to it; the
    # stamp in steentje's cache folder, one for every path to it.
    assert (synced.parent / "journal.toml.bak").is_file()
    assert Path(stamp_path(link)) == Path(stamp_path(synced))
    assert Path(stamp_path(synced)).is_file()
    assert not (tmp_path / "link.toml.bak").exists()


@posix_only
def test_logging_through_a_link_while_editing_through_the_real_path_loses_nothing(
    tmp_path: Path,
) -> None:
    real = tmp_path / "real" / "journal.toml"
    real.parent.mkdir()
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    base = {k: v for k, v in os.environ.items() if k != "STEENTJE_JOURNAL"}
    subprocess.run([*STEENTJE, "--journal", str(real), "log", "first"], env=base, check=True)
    first = str(entries(real)[0]["id"])
    writers = []
    for number in range(12):
        writers.append(
            subprocess.Popen(
                [*STEENTJE, "--journal", str(link), "log", f"through the link {number}"], env=base
            )
        )
        writers.append(
            subprocess.Popen(
                [*STEENTJE, "--journal", str(real), "edit", first, "-t", f"tag{number}"], env=base
            )
        )
    assert [writer.wait(timeout=60) for writer in writers] == [0] * len(writers)
    found = entries(real)
    assert len(found) == 13
    assert set(found[0]["tags"]) == {f"tag{number}" for number in range(12)}  # type: ignore[arg-type]
    assert link.is_symlink()


@posix_only
def test_a_planted_lock_link_is_refused_and_its_target_untouched(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    assert run("log", "one").exit_code == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    lock = journal_path.with_name("journal.toml.lock")
    lock.unlink()
    lock.symlink_to(victim)
    result = run("log", "two")
    one_line_error(result, "not a regular file")
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert answers(journal_path) == ["one"]


@posix_only
def test_planted_links_beside_the_journal_are_replaced_never_written_through(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    assert run("log", "one").exit_code == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    beside = [journal_path.with_name("journal.toml" + suffix) for suffix in (".bak", ".last-entry")]
    for planted in [*beside, Path(stamp_path(journal_path)), Path(quiet_path(journal_path))]:
        planted.unlink(missing_ok=True)
        planted.symlink_to(victim)
    (entry_id,) = [str(entry["id"]) for entry in entries(journal_path)]
    assert run("edit", entry_id, "--answer", "uno").exit_code == 0
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not journal_path.with_name("journal.toml.bak").is_symlink()


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_journal_that_is_not_a_regular_file_is_refused_at_once(
    run: Invoke, journal_path: Path, kind: str
) -> None:
    journal_path.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(journal_path)
    elif kind == "device":
        journal_path.symlink_to("/dev/null")
    else:
        journal_path.mkdir()
    before = journal_path.stat().st_mode
    env = {"STEENTJE_JOURNAL": str(journal_path)}
    for command in (["review"], ["show", "abcd"], ["stats"], ["log", "x"], ["doctor", "--repair"]):
        # A FIFO must not make anything wait for a writer: the runner would hang.
        result = run(*command, env=env)
        assert result.exit_code != 0, (command, result.stdout)
        assert "Traceback" not in result.stderr + result.stdout
    assert journal_path.stat().st_mode == before  # never chmodded


@posix_only
def test_folders_steentje_makes_are_private_whatever_the_umask(
    run: Invoke, journal_path: Path
) -> None:
    old = os.umask(0)
    try:
        assert run("log", "one").exit_code == 0
        assert run("review").exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(journal_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600


@posix_only
def test_repair_never_chmods_a_folder_it_did_not_make(run: Invoke, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # a shared folder with the sticky bit
    journal = shared / "journal.toml"
    env = {"STEENTJE_JOURNAL": str(journal)}
    assert run("log", "one", env=env).exit_code == 0
    run("doctor", "--repair", env=env)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777


# --- overwrites ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["journal.toml", "journal.toml.bak", "journal.toml.lock", "journal.toml.last-entry"]
)
def test_export_never_overwrites_the_journal_or_its_sidecars(
    run: Invoke, journal_path: Path, name: str
) -> None:
    assert run("log", "one").exit_code == 0
    assert run("edit", str(entries(journal_path)[0]["id"]), "--answer", "uno").exit_code == 0
    target = journal_path.with_name(name)
    before = target.read_bytes() if target.exists() else None
    result = run("export", "--output", str(target), "--force")
    one_line_error(result, "never overwrites")
    assert (target.read_bytes() if target.exists() else None) == before
    assert answers(journal_path) == ["uno"]


@posix_only
def test_export_force_replaces_regular_files_only(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    assert run("log", "one").exit_code == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    one_line_error(run("export", "--output", str(fifo), "--force"), "regular")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    old = tmp_path / "old.md"
    old.write_text("old\n", encoding="utf-8")
    assert run("export", "--output", str(old), "--force").exit_code == 0
    assert "one" in old.read_text(encoding="utf-8")


# --- a full disk -------------------------------------------------------------


def test_a_full_disk_leaves_the_journal_byte_for_byte(
    run: Invoke, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("log", "one").exit_code == 0
    before = journal_path.read_bytes()
    real_write = os.write
    calls: list[int] = []

    def write_until_full(descriptor: int, data: bytes | memoryview) -> int:
        # Half of the entry lands, then the disk is full: the worst case.
        calls.append(descriptor)
        if len(calls) == 1:
            return real_write(descriptor, bytes(data)[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", write_until_full)
    for language, words in (("en", "disk holding"), ("nl", "schijf met")):
        calls.clear()
        result = run("--lang", language, "log", "two, on a full disk")
        one_line_error(result, words)
        assert journal_path.read_bytes() == before
    monkeypatch.setattr(os, "write", real_write)
    assert run("log", "three").exit_code == 0
    assert answers(journal_path) == ["one", "three"]


@pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0, reason="mounts a small tmpfs as root"
)
def test_a_really_full_disk(tmp_path: Path) -> None:
    disk = tmp_path / "small"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        journal = disk / "journal.toml"
        env = {**os.environ, "STEENTJE_JOURNAL": str(journal)}
        subprocess.run([*STEENTJE, "log", "first"], env=env, check=True)
        # Fill what is left, so that the next entry cannot fit.
        filler = disk / "filler"
        descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(descriptor, b"x" * 512)
        except OSError:
            pass
        finally:
            os.close(descriptor)
        before = journal.read_bytes()
        result = subprocess.run(
            [*STEENTJE, "log", "second " + "y" * 8000],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 1
        assert "disk holding" in result.stderr
        assert result.stderr.count("\n") == 1
        assert journal.read_bytes() == before
        filler.unlink()
        doctor = subprocess.run([*STEENTJE, "doctor"], env=env, capture_output=True, check=False)
        assert doctor.returncode == 0
    finally:
        subprocess.run(["umount", str(disk)], check=False)


# --- races -------------------------------------------------------------------


def test_two_imports_of_one_file_at_once_add_each_entry_once(
    journal_path: Path, tmp_path: Path
) -> None:
    export = tmp_path / "laptop.json"
    items = [
        {
            "id": f"imp{number:05d}",
            "date": f"2026-10-{number % 28 + 1:02d}T08:00:00+01:00",
            "principle": number % 7 + 1,
            "prompt": "?",
            "answer": f"answer {number}",
            "tags": [],
        }
        for number in range(40)
    ]
    export.write_text(json.dumps(items), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "STEENTJE_JOURNAL"}
    importers = [
        subprocess.Popen([*STEENTJE, "import", str(export)], env=env, stdout=subprocess.DEVNULL)
        for _ in range(4)
    ]
    assert [importer.wait(timeout=60) for importer in importers] == [0, 0, 0, 0]
    assert sorted(str(entry["id"]) for entry in entries(journal_path)) == sorted(
        str(item["id"]) for item in items
    )


def test_two_edits_of_one_entry_at_once_both_land(journal_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "STEENTJE_JOURNAL"}
    subprocess.run([*STEENTJE, "log", "one"], env=env, check=True)
    entry_id = str(entries(journal_path)[0]["id"])
    editors = [
        subprocess.Popen([*STEENTJE, "edit", entry_id, "-t", f"tag{number}"], env=env)
        for number in range(8)
    ]
    assert [editor.wait(timeout=60) for editor in editors] == [0] * 8
    assert sorted(entries(journal_path)[0]["tags"]) == sorted(  # type: ignore[type-var]
        f"tag{number}" for number in range(8)
    )


def test_an_editor_left_open_while_the_entry_changes_keeps_the_typed_text(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    assert run("log", "one").exit_code == 0
    entry_id = str(entries(journal_path)[0]["id"])
    # The "editor" changes the entry from another shell, then saves its own text.
    editor = tmp_path / "editor.py"
    editor.write_text(
        textwrap.dedent(
            f"""
            import subprocess, sys
            subprocess.run({[*STEENTJE, "edit", entry_id, "--answer", "from elsewhere"]!r},
                           check=True)
            with open(sys.argv[1], "a", encoding="utf-8") as file:
                file.write("\\ntyped in the editor")
            """
        ),
        encoding="utf-8",
    )
    result = run("edit", entry_id, env={"EDITOR": f'"{sys.executable}" "{editor}"'})
    one_line_error(result, "changed or deleted elsewhere")
    assert answers(journal_path) == ["from elsewhere"]
    (kept,) = journal_path.parent.glob(f"journal.toml.unsaved-{entry_id}-*.txt")
    assert "typed in the editor" in kept.read_text(encoding="utf-8")
    assert str(kept) in result.stderr
    if sys.platform != "win32":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600


# --- imports ------------------------------------------------------------------


def test_an_import_with_a_known_id_and_other_content_is_a_conflict(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    assert run("log", "mine").exit_code == 0
    mine = entries(journal_path)[0]
    theirs = {**mine, "date": mine["date"].isoformat(), "answer": "theirs"}  # type: ignore[attr-defined]
    export = tmp_path / "other.json"
    export.write_text(json.dumps([theirs]), encoding="utf-8")
    before = journal_path.read_bytes()
    result = run("import", str(export))
    one_line_error(result, "other content", str(mine["id"]), "--keep-both")
    assert journal_path.read_bytes() == before

    kept = run("import", str(export), "--keep-both")
    assert kept.exit_code == 0, kept.stderr
    assert sorted(answers(journal_path)) == ["mine", "theirs"]
    assert len({entry["id"] for entry in entries(journal_path)}) == 2
    assert "new id" in kept.stderr
    # The same file again: both are there now, so nothing new and no conflict.
    for again in (run("import", str(export), "--keep-both"), run("import", str(export))):
        assert again.exit_code == 0, again.stderr
        assert len(entries(journal_path)) == 2


def test_a_deeply_nested_import_is_refused_in_one_line(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    export = tmp_path / "deep.json"
    export.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    one_line_error(run("import", str(export)), "nested too deeply")
    assert not journal_path.exists()


# --- hostile text on the terminal ----------------------------------------------


@pytest.mark.parametrize(
    "command", [["review"], ["review", "--all", "-f", "full"], ["show", "ID"], ["week"]]
)
def test_escape_codes_in_an_answer_are_shown_not_obeyed(
    run: Invoke, journal_path: Path, command: list[str]
) -> None:
    hostile = "calm\x1b]0;owned\x07 \x1b[2J\x9b31m\u202eevil"
    assert run("log", hostile).exit_code == 0
    entry_id = str(entries(journal_path)[0]["id"])
    result = run(*[entry_id if part == "ID" else part for part in command])
    assert result.exit_code == 0, result.stderr
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in result.stdout
    assert "^[" in result.stdout
    assert answers(journal_path) == [hostile]  # the journal keeps what was given


def test_json_output_escapes_what_could_steer_a_terminal(run: Invoke, journal_path: Path) -> None:
    hostile = "a\x1b[2Jb\x9bc\u202ed"
    assert run("log", hostile).exit_code == 0
    result = run("review", "-f", "json")
    assert not any(raw in result.stdout for raw in ("\x1b", "\x9b", "\u202e"))
    assert json.loads(result.stdout)[0]["answer"] == hostile


# --- dates -------------------------------------------------------------------


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31"])
def test_dates_outside_the_range_are_refused_before_anything_is_written(
    run: Invoke, journal_path: Path, day: str
) -> None:
    one_line_error(run("log", "--date", day, "x"), "outside the dates")
    assert not journal_path.exists()
    for command in (["week", "--date", day], ["today", "--date", day, "--no-input"]):
        one_line_error(run(*command), "outside the dates")
    one_line_error(run("review", "--since", day), "outside the dates")


def test_a_day_after_today_is_refused_for_an_answer(run: Invoke, journal_path: Path) -> None:
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    one_line_error(run("log", "--date", tomorrow, "x"), "after today")
    assert not journal_path.exists()


def test_a_hand_written_entry_far_in_the_future_is_named_not_crashed_on(
    run: Invoke, journal_path: Path
) -> None:
    assert run("log", "one").exit_code == 0
    with journal_path.open("a", encoding="utf-8") as file:
        file.write(
            '\n[[entries]]\nid = "future12"\ndate = 9999-12-31T08:00:00Z\nprinciple = 1\n'
            'prompt = "?"\nanswer = "far"\ntags = []\n'
        )
    for command in (["review"], ["stats"], ["week"], ["export"]):
        one_line_error(run(*command), "entry 2: 'date' must lie between")


# --- stamps: exact or absent ----------------------------------------------------


def test_a_hand_deleted_entry_with_its_mtime_restored_makes_today_due(
    run: Invoke, journal_path: Path
) -> None:
    assert run("log", "--date", (TODAY - timedelta(days=1)).isoformat(), "yesterday").exit_code == 0
    assert run("log", "today").exit_code == 0
    assert run("remind").stdout == ""
    info = journal_path.stat()
    raw = journal_path.read_bytes()
    journal_path.write_bytes(raw[: raw.rindex(b"\n[[entries]]")] + b"\n")
    os.utime(journal_path, ns=(info.st_atime_ns, info.st_mtime_ns))  # covering the tracks
    assert run("remind").stdout.startswith("steentje · ")


def test_a_future_dated_entry_counts_only_on_its_day(
    run: Invoke, journal_path: Path, given_now: object
) -> None:
    from tests.conftest import PINNED_NOW

    assert run("log", "today").exit_code == 0
    later = TODAY + timedelta(days=3)
    with journal_path.open("a", encoding="utf-8") as file:  # synced from a machine ahead
        file.write(
            f'\n[[entries]]\nid = "ahead123"\ndate = {later.isoformat()}T08:00:00+01:00\n'
            'principle = 1\nprompt = "?"\nanswer = "ahead"\ntags = []\n'
        )
    assert run("remind").stdout == ""  # today is written
    given_now(PINNED_NOW + timedelta(days=1))  # type: ignore[operator]
    assert run("remind").stdout.startswith("steentje · ")  # the day after: not yet
    given_now(PINNED_NOW + timedelta(days=3))  # type: ignore[operator]
    assert run("remind").stdout == ""  # its own day: written


def test_a_moved_journal_does_not_leave_today_done(run: Invoke, journal_path: Path) -> None:
    assert run("log", "today").exit_code == 0
    journal_path.rename(journal_path.with_name("elsewhere.toml"))
    assert run("remind").stdout.startswith("steentje · ")
    assert Path(stamp_path(journal_path)).exists()  # stale, and not trusted


def test_a_stamp_that_is_a_folder_or_garbage_is_not_trusted(
    run: Invoke, journal_path: Path
) -> None:
    assert run("log", "--date", (TODAY - timedelta(days=1)).isoformat(), "yesterday").exit_code == 0
    stamp = Path(stamp_path(journal_path))
    stamp.write_text(f"{TODAY.isoformat()}\nnot a fingerprint\n\n", encoding="ascii")
    assert run("remind").stdout.startswith("steentje · ")
    stamp.unlink(missing_ok=True)
    stamp.mkdir()
    result = run("remind")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.startswith("steentje · ")


# --- doctor tells the truth ------------------------------------------------------


def test_a_typo_in_the_first_entry_is_not_called_a_damaged_last_entry(
    run: Invoke, journal_path: Path
) -> None:
    for text in ("one", "two", "three"):
        assert run("log", text).exit_code == 0
    broken = journal_path.read_text(encoding="utf-8").replace('answer = "one"', 'answer = "one', 1)
    journal_path.write_text(broken, encoding="utf-8")
    result = run("review")
    one_line_error(result, "line")
    assert "last entry" not in result.stderr
    assert "--repair" not in result.stderr


def test_repair_leaves_a_complete_last_entry_with_a_typo_where_it_is(
    run: Invoke, journal_path: Path
) -> None:
    for text in ("one", "two"):
        assert run("log", text).exit_code == 0
    broken = journal_path.read_text(encoding="utf-8").replace('answer = "two"', "answer = two")
    journal_path.write_text(broken, encoding="utf-8")
    before = journal_path.read_bytes()
    result = run("doctor", "--repair")
    one_line_error(result, "not an interrupted write")
    assert journal_path.read_bytes() == before
    assert not list(journal_path.parent.glob("journal.toml.damaged-*"))
