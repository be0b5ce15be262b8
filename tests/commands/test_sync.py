"""``merge``, ``merge-driver``, ``sync``, and the conflict copies sync tools leave."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PINNED_NOW, Invoke

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

STYLES = [
    "journal.sync-conflict-20261126-101010-ABCDEF.toml",  # Syncthing
    "journal (Anna's conflicted copy 2026-11-26).toml",  # Dropbox
    "journal (conflicted copy 2026-11-26 101010).toml",  # Nextcloud
]


def entries(run: Invoke, journal: Path | None = None) -> dict[str, dict[str, object]]:
    where = ["--journal", str(journal)] if journal else []
    done = run(*where, "review", "--all", "--format", "json")
    assert done.exit_code == 0, done.stderr
    return {item["id"]: item for item in json.loads(done.stdout or "[]")}


def table(journal: Path) -> str:
    return journal.read_text(encoding="utf-8")


def test_edit_star_and_move_stamp_edited_and_delete_is_recorded(
    run: Invoke, journal_path: Path, given_now
) -> None:
    run("log", "first")
    run("log", "second")
    first, second = list(entries(run))
    assert "edited" not in table(journal_path)
    given_now(PINNED_NOW + timedelta(minutes=5))
    run("star", first)
    assert "edited = 2026-11-26 10:35:00+01:00" in table(journal_path)
    given_now(PINNED_NOW + timedelta(minutes=9))
    run("edit", second, "--answer", "second, again")
    assert "edited = 2026-11-26 10:39:00+01:00" in table(journal_path)
    given_now(PINNED_NOW + timedelta(minutes=12))
    run("edit", first, "--date", "yesterday")  # a move is a change too
    (moved,) = [block for block in table(journal_path).split("\n[[entries]]\n") if first in block]
    assert "edited = 2026-11-26 10:42:00+01:00" in moved
    assert "edited_before = [\n    2026-11-26 10:35:00+01:00,\n]" in moved
    run("delete", first, "--yes")
    assert f"{first} = 2026-11-26 10:42:00+01:00" in table(journal_path)
    assert f'id = "{first}"' not in table(journal_path)
    assert entries(run)[second]["answer"] == "second, again"


def test_merge_takes_a_copys_new_entries_once_and_reports_in_one_line(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    run("log", "mine")
    other = tmp_path / "other.toml"
    shutil.copy(journal_path, other)
    run("--journal", str(other), "log", "theirs")
    done = run("merge", str(other))
    assert done.exit_code == 0, done.stderr
    assert done.stdout == "Merged 1 copy into your journal: 1 new.\n"
    before = table(journal_path)
    again = run("--lang", "nl", "merge", str(other))
    assert again.stdout == "1 kopie samengevoegd met je dagboek: niets veranderd.\n"
    assert table(journal_path) == before
    assert sorted(item["answer"] for item in entries(run).values()) == ["mine", "theirs"]


def test_merge_refuses_what_is_not_a_journal_or_is_newer(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    run("log", "mine")
    before = table(journal_path)
    config = tmp_path / "config.toml"
    config.write_text('lang = "nl"\n', encoding="utf-8")
    newer = tmp_path / "newer.toml"
    newer.write_text("version = 99\n", encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text("version = 1\n[[entries]]\nid = 3\n", encoding="utf-8")
    refused = [
        (config, "is not a steentje journal"),
        (newer, "newer steentje"),
        (broken, "not merged"),
        (tmp_path / "missing.toml", "cannot read"),
    ]
    for path, words in refused:
        done = run("merge", str(path))
        assert done.exit_code == 1
        assert words in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert "Traceback" not in done.stderr
    assert run("merge").exit_code == 2
    assert run("merge", str(journal_path)).exit_code == 1
    assert table(journal_path) == before


def write_conflict_copies(run: Invoke, journal_path: Path) -> None:
    """One shared entry, then a copy in each naming style with one entry of its own."""
    run("log", "shared")
    shared = table(journal_path)
    for number, name in enumerate(STYLES):
        copy = journal_path.parent / name
        copy.write_text(shared, encoding="utf-8")
        run("--journal", str(copy), "log", f"from copy {number}")


def test_conflict_copies_in_three_styles_are_noticed_merged_and_put_away(
    run: Invoke, journal_path: Path, isolated_home: Path
) -> None:
    write_conflict_copies(run, journal_path)
    run("log", "here")
    # A reading command says so in one line on stderr, with the command that fixes it.
    seen = run("review")
    assert seen.exit_code == 0
    notice = [line for line in seen.stderr.splitlines() if "conflict" in line]
    assert notice == [notice[0]] and "steentje merge --conflicts" in notice[0]
    assert "3 conflict copies" in notice[0]
    reminder = run("remind").stdout  # today is written: the copies are all it says
    assert (
        reminder == "steentje · conflict copies beside your journal: steentje merge --conflicts\n"
    )
    doctor = run("doctor")
    assert doctor.exit_code == 1
    assert sum("conflict copy" in line for line in doctor.stdout.splitlines()) == 3
    done = run("merge", "--conflicts")
    assert done.exit_code == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Merged 3 copies into your journal: 3 new."
    state = isolated_home / ".local" / "state" / "steentje" / "merged"
    assert str(state) in done.stdout
    assert sorted(path.name.split("-", 1)[1] for path in state.iterdir()) == sorted(STYLES)
    assert not any((journal_path.parent / name).exists() for name in STYLES)
    answers = sorted(item["answer"] for item in entries(run).values())
    assert answers == ["from copy 0", "from copy 1", "from copy 2", "here", "shared"]
    assert "conflict" not in run("review").stderr
    again = run("merge", "--conflicts")
    assert again.stdout.startswith("There are no conflict copies")


def test_a_link_or_a_lookalike_is_no_conflict_copy(journal_path: Path, tmp_path: Path) -> None:
    from steentje.storage.conflicts import conflict_copies, is_conflict_copy

    journal_path.parent.mkdir(parents=True)
    journal_path.write_text("version = 1\n", encoding="utf-8")
    (journal_path.parent / "journal.toml.bak").write_text("", encoding="utf-8")
    (journal_path.parent / "journal (copy).toml").write_text("", encoding="utf-8")
    (journal_path.parent / STYLES[0]).symlink_to(tmp_path)
    assert conflict_copies(journal_path) == []
    assert all(is_conflict_copy(name, "journal.toml") for name in STYLES)
    assert is_conflict_copy("journal_conflict-20261126-101010.toml", "journal.toml")


def test_the_merge_driver_merges_ancestor_ours_and_theirs(
    run: Invoke, journal_path: Path, tmp_path: Path, given_now
) -> None:
    run("log", "one")
    run("log", "two")
    one, two = list(entries(run))
    ancestor = tmp_path / "O"
    shutil.copy(journal_path, ancestor)
    ours, theirs = tmp_path / "A", tmp_path / "B"
    given_now(PINNED_NOW + timedelta(minutes=1))
    run("edit", one, "--answer", "one, edited here")
    run("log", "three")
    shutil.copy(journal_path, ours)
    shutil.copy(ancestor, journal_path)
    run("delete", two, "--yes")
    run("log", "four")
    shutil.copy(journal_path, theirs)
    done = subprocess.run(
        [sys.executable, "-m", "steentje", "merge-driver", str(ancestor), str(ours), str(theirs)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    merged = entries(run, ours)
    assert sorted(item["answer"] for item in merged.values()) == [
        "four", "one, edited here", "three",
    ]  # fmt: skip
    assert "<<<<<<<" not in ours.read_text(encoding="utf-8")
    ours.write_text("<<<<<<< HEAD\n", encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "steentje", "merge-driver", str(ancestor), str(ours), str(theirs)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert bad.returncode == 1
    assert len(bad.stderr.strip().splitlines()) == 1


# --- git -----------------------------------------------------------------------


@pytest.fixture
def git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Test")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "test@example.org")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def git(folder: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", "-C", str(folder), *arguments], capture_output=True, text=True, check=True
    ).stdout


@needs_git
def test_two_clones_syncing_in_turn_end_with_the_same_journal(
    run: Invoke, tmp_path: Path, given_now, git_identity: None
) -> None:
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    a, b = tmp_path / "a" / "journal.toml", tmp_path / "b" / "journal.toml"
    on_a, on_b = ("--journal", str(a)), ("--journal", str(b))
    run(*on_a, "log", "a0")
    setup = run(*on_a, "sync", "--setup", str(remote))
    assert setup.exit_code == 0, setup.stderr
    assert run(*on_a, "sync").exit_code == 0
    assert run(*on_b, "sync", "--setup", str(remote)).exit_code == 0
    first = run(*on_b, "sync")
    assert first.exit_code == 0, first.stderr
    assert first.stdout == "Synced with origin: sent nothing; received 1 new.\n"
    deleted: set[str] = set()
    created = set(entries(run, a))
    moment = PINNED_NOW
    for round_number in range(3):
        for side, name in ((on_a, "a"), (on_b, "b")):
            moment += timedelta(minutes=7)
            given_now(moment)
            before = set(entries(run, Path(side[1])))
            run(*side, "log", f"{name}{round_number} new")
            present = list(entries(run, Path(side[1])))
            created |= set(present) - before
            run(*side, "edit", present[0], "--answer", f"edited on {name} in {round_number}")
            if len(present) > 3:
                victim = present[-2]
                run(*side, "delete", victim, "--yes")
                deleted.add(victim)
        for side in (on_a, on_b):
            done = run(*side, "sync")
            assert done.exit_code == 0, done.stderr
        assert run(*on_a, "sync").exit_code == 0
        assert a.read_bytes() == b.read_bytes()
        assert "<<<<<<<" not in a.read_text(encoding="utf-8")
    final = entries(run, a)
    assert deleted and not deleted & set(final)
    # Every entry written on either machine is there unless deleted; what else is
    # there is a version of an entry both edited, kept beside it.
    assert created - deleted <= set(final)
    assert all("conflict" in final[extra]["tags"] for extra in set(final) - created)
    # Only the journal and .gitattributes are tracked; the lock and backup stay untracked.
    assert sorted(git(a.parent, "ls-files").split()) == [".gitattributes", "journal.toml"]
    assert git(a.parent, "status", "--porcelain") == ""
    assert oct(a.stat().st_mode & 0o777) == "0o600"
    assert "steentje: " in git(a.parent, "log", "--format=%s")


@needs_git
def test_sync_without_the_remote_commits_here_and_exits_1(
    run: Invoke, journal_path: Path, tmp_path: Path, git_identity: None
) -> None:
    remote = tmp_path / "gone.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    run("log", "one")
    assert run("sync", "--setup", str(remote)).exit_code == 0
    other = journal_path.parent / "notes.txt"
    other.write_text("mine\n", encoding="utf-8")
    shutil.rmtree(remote)
    run("log", "two")
    done = run("--lang", "nl", "sync")
    assert done.exit_code == 1
    assert done.stderr.startswith("Alleen op deze machine bewaard (")
    assert len(done.stderr.strip().splitlines()) == 1
    assert git(journal_path.parent, "log", "-1", "--format=%s") == "steentje: 1 nieuwe\n"
    assert "?? notes.txt" in git(journal_path.parent, "status", "--porcelain")


@needs_git
def test_sync_outside_a_repository_says_how_to_set_it_up(run: Invoke, journal_path: Path) -> None:
    run("log", "one")
    done = run("sync")
    assert done.exit_code == 1
    assert "steentje sync --setup" in done.stderr
    assert run("sync", "origin").exit_code == 2


def test_a_merge_of_copies_written_at_other_moments_keeps_both_versions(
    run: Invoke, journal_path: Path, tmp_path: Path, given_now
) -> None:
    run("log", "shared")
    (entry_id,) = entries(run)
    copy = tmp_path / "copy.toml"
    shutil.copy(journal_path, copy)
    given_now(datetime(2026, 11, 26, 11, 0).astimezone())
    run("--journal", str(copy), "edit", entry_id, "--answer", "there")
    given_now(datetime(2026, 11, 26, 12, 0).astimezone())
    run("edit", entry_id, "--answer", "here, later")
    done = run("merge", str(copy))
    assert "1 conflict" in done.stdout
    assert "steentje review --conflicts" in done.stderr
    kept = entries(run)
    assert kept[entry_id]["answer"] == "here, later"
    assert [item["answer"] for item in kept.values() if "conflict" in item["tags"]] == ["there"]
    shown = run("review", "--conflicts", "--format", "json")
    assert [item["answer"] for item in json.loads(shown.stdout)] == ["there"]
    assert run("review", "--conflicts", "--tag", "other", "--format", "json").stdout.strip() in (
        "",
        "[]",
    )  # with another tag: both, and no entry has both


def test_the_fast_path_and_typer_give_the_same_notice(
    run: Invoke, journal_path: Path, given_now
) -> None:
    run("log", "--date", "yesterday", "earlier")
    (journal_path.parent / STYLES[0]).write_bytes(journal_path.read_bytes())
    fast = subprocess.run(
        [sys.executable, "-m", "steentje", "--lang", "nl", "today", "--no-input"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    slow = run("--lang", "nl", "today", "--no-input")
    assert (fast.returncode, fast.stderr) == (slow.exit_code, slow.stderr)
    assert fast.stderr.startswith("steentje: naast je dagboek staat 1 conflictkopie (")
    # Today is not written: the reminder's one line names the copies at its end.
    reminder = subprocess.run(
        [sys.executable, "-m", "steentje", "remind"], capture_output=True, text=True, check=False
    ).stdout
    assert reminder.count("\n") == 1
    assert reminder.endswith(" · conflict copies: steentje merge --conflicts\n")


@needs_git
def test_sync_where_git_knows_nobody_commits_as_steentje(
    run: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for variable in ("NAME", "EMAIL"):
        for role in ("AUTHOR", "COMMITTER"):
            monkeypatch.delenv(f"GIT_{role}_{variable}", raising=False)
    monkeypatch.setenv("EMAIL", "")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    for name in "ab":
        side = ("--journal", str(tmp_path / name / "journal.toml"))
        run(*side, "log", f"on {name}")
        assert run(*side, "sync", "--setup", str(remote)).exit_code == 0
        done = run(*side, "sync")
        assert done.exit_code == 0, done.stderr
    authors = git(tmp_path / "b", "log", "--format=%an")
    assert set(authors.split()) == {"steentje"}
    assert len(entries(run, tmp_path / "b" / "journal.toml")) == 2


def test_an_entry_you_deleted_is_not_imported_again_unless_keep_both(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    run("log", "keep")
    run("log", "gone, then back")
    export = tmp_path / "export.json"
    export.write_text(run("export", "--format", "json").stdout, encoding="utf-8")
    (gone,) = [key for key, item in entries(run).items() if item["answer"] == "gone, then back"]
    run("delete", gone, "--yes")
    before = table(journal_path)
    done = run("import", str(export))
    assert done.exit_code == 0, done.stderr
    assert done.stdout == (
        "No new entries imported; 1 was already there; 1 you deleted was not imported; "
        "--keep-both brings it back.\n"
    )
    assert table(journal_path) == before
    dutch = run("--lang", "nl", "import", str(export))
    assert "1 die je had verwijderd is niet geïmporteerd; --keep-both haalt die terug" in (
        dutch.stdout
    )
    done = run("import", "--keep-both", str(export))
    assert done.exit_code == 0, done.stderr
    assert done.stdout.startswith("Imported 1 entry; 1 was already there.")
    back = [key for key, item in entries(run).items() if item["answer"] == "gone, then back"]
    assert back and back != [gone]
    assert done.stderr == f"1 entry you deleted is back, under a new id: {back[0]}\n"
    # The copy from before the deletion (the backup) brings back no second one.
    backup = journal_path.with_name("journal.toml.bak")
    assert gone in backup.read_text(encoding="utf-8")
    assert run("merge", str(backup)).exit_code == 0
    assert sorted(item["answer"] for item in entries(run).values()) == ["gone, then back", "keep"]


def test_an_export_carries_edited_so_an_import_elsewhere_merges_without_false_edits(
    run: Invoke, journal_path: Path, tmp_path: Path, given_now
) -> None:
    run("log", "first")
    (first,) = entries(run)
    given_now(PINNED_NOW + timedelta(minutes=5))
    run("edit", first, "--answer", "first, again")
    given_now(PINNED_NOW + timedelta(minutes=9))
    run("edit", first, "--answer", "first, once more")
    exported = run("export", "--format", "json").stdout
    (item,) = json.loads(exported)
    assert item["edited"] == "2026-11-26T10:39:00+01:00"
    assert item["edited_before"] == ["2026-11-26T10:35:00+01:00"]
    export = tmp_path / "export.json"
    export.write_text(exported, encoding="utf-8")
    other = tmp_path / "other" / "journal.toml"
    assert run("--journal", str(other), "import", str(export)).exit_code == 0
    assert entries(run, other)[first]["edited"] == item["edited"]
    done = run("merge", str(other))
    assert done.stdout == "Merged 1 copy into your journal: nothing changed.\n"
    back = run("--journal", str(other), "merge", str(journal_path))
    assert back.stdout == "Merged 1 copy into your journal: nothing changed.\n"


# --- privacy and a remote that does not answer ------------------------------------


@needs_git
def test_a_journal_a_hand_pull_left_readable_by_others_is_private_again(
    run: Invoke, tmp_path: Path, git_identity: None
) -> None:
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    a = tmp_path / "a" / "journal.toml"
    run("--journal", str(a), "log", "on a")
    assert run("--journal", str(a), "sync", "--setup", str(remote)).exit_code == 0
    assert run("--journal", str(a), "sync").exit_code == 0
    clone = tmp_path / "b"
    subprocess.run(["git", "clone", "-q", str(remote), str(clone)], check=True)
    b = clone / "journal.toml"
    b.chmod(0o644)  # as git writes it under the usual umask
    assert set(entries(run, b)) == set(entries(run, a))
    assert oct(b.stat().st_mode & 0o777) == "0o600"
    # sync, after git has written the journal again by a merge
    assert run("--journal", str(b), "sync", "--setup", str(remote)).exit_code == 0
    run("--journal", str(a), "log", "again on a")
    assert run("--journal", str(a), "sync").exit_code == 0
    run("--journal", str(b), "log", "on b")
    b.chmod(0o644)
    import os

    old = os.umask(0o022)
    try:
        done = run("--journal", str(b), "sync")
    finally:
        os.umask(old)
    assert done.exit_code == 0, done.stderr
    assert oct(b.stat().st_mode & 0o777) == "0o600"


FAKE_SSH = """#!{python}
import fcntl, json, os, sys
lock = os.open({lock!r}, os.O_RDWR | os.O_CREAT)
try:
    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    free = True
except OSError:
    free = False
with open({record!r}, "a") as out:
    out.write(json.dumps({{"arguments": sys.argv[1:], "lock_free": free}}) + "\\n")
sys.stderr.write("ssh: connect to host example.invalid port 22: Connection timed out\\n")
sys.exit(255)
"""


@pytest.fixture
def fake_ssh(tmp_path: Path, journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An ssh on PATH that notes how it was called and whether the journal's lock was free."""
    from steentje.storage.lock import lock_path

    record = tmp_path / "ssh-calls.jsonl"
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "ssh"
    script.write_text(
        FAKE_SSH.format(python=sys.executable, lock=str(lock_path(journal_path)),
                        record=str(record)),
        encoding="utf-8",
    )  # fmt: skip
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:{__import__('os').environ['PATH']}")
    for variable in ("GIT_SSH_COMMAND", "GIT_SSH"):
        monkeypatch.delenv(variable, raising=False)
    return record


@needs_git
def test_sync_gives_ssh_a_time_limit_and_holds_no_lock_while_git_reaches_the_remote(
    run: Invoke, journal_path: Path, fake_ssh: Path, git_identity: None
) -> None:
    run("log", "one")
    assert run("sync", "--setup", "ssh://example.invalid/journal.git").exit_code == 0
    run("log", "two")
    done = run("sync")
    assert done.exit_code == 1
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Connection timed out" in done.stderr
    assert git(journal_path.parent, "log", "-1", "--format=%s") == "steentje: 1 new\n"
    calls = [json.loads(line) for line in fake_ssh.read_text(encoding="utf-8").splitlines()]
    assert calls and all(call["lock_free"] for call in calls)
    assert all(
        call["arguments"][:4] == ["-o", "ConnectTimeout=10", "-o", "BatchMode=yes"]
        for call in calls
    )


@needs_git
def test_sync_leaves_a_users_own_ssh_command_alone(
    run: Invoke, journal_path: Path, fake_ssh: Path, git_identity: None
) -> None:
    run("log", "one")
    assert run("sync", "--setup", "ssh://example.invalid/journal.git").exit_code == 0
    git(journal_path.parent, "config", "core.sshCommand", "ssh -o ConnectTimeout=3")
    fake_ssh.unlink()
    assert run("sync").exit_code == 1
    calls = [json.loads(line) for line in fake_ssh.read_text(encoding="utf-8").splitlines()]
    assert calls
    assert all("BatchMode=yes" not in call["arguments"] for call in calls)
    assert all(call["arguments"][:2] == ["-o", "ConnectTimeout=3"] for call in calls)


def test_git_gets_http_time_limits_only_where_the_user_set_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, git_identity: None
) -> None:
    from steentje.storage.git import network

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    for variable in ("GIT_SSH_COMMAND", "GIT_SSH", "GIT_HTTP_LOW_SPEED_LIMIT"):
        monkeypatch.delenv(variable, raising=False)
    reach = network(tmp_path)
    assert "http.lowSpeedLimit=1000" in reach.options
    assert "http.lowSpeedTime=20" in reach.options
    assert reach.environment["GIT_SSH_COMMAND"].startswith("ssh -o ConnectTimeout=10")
    git(tmp_path, "config", "http.lowSpeedTime", "600")
    monkeypatch.setenv("GIT_HTTP_LOW_SPEED_LIMIT", "5")
    monkeypatch.setenv("GIT_SSH_COMMAND", "my-ssh")
    assert network(tmp_path) == type(reach)((), {})


# --- merge: one bad copy, copies that cannot be moved, a cut-off FILE -----------------

CUT_OFF = '\n[[entries]]\nid = "zzzz9999"\ndate = 2026-11-26 10:00:00+01:00\nprinc'


def test_one_cut_off_conflict_copy_keeps_none_of_the_others_out(
    run: Invoke, journal_path: Path, isolated_home: Path
) -> None:
    write_conflict_copies(run, journal_path)
    bad = journal_path.parent / STYLES[1]
    with bad.open("a", encoding="utf-8") as file:
        file.write(CUT_OFF)
    for language in ("en", "nl"):
        done = run("--lang", language, "merge", "--conflicts")
        assert done.exit_code == 1
        refusals = [line for line in done.stderr.splitlines() if STYLES[1] in line]
        assert len(refusals) == 1 and "doctor" not in refusals[0]
    answers = sorted(item["answer"] for item in entries(run).values())
    assert answers == ["from copy 0", "from copy 2", "shared"]
    assert bad.exists()  # not merged: left where it is
    assert not (journal_path.parent / STYLES[0]).exists()


def test_a_cut_off_file_is_refused_without_advice_to_repair_ones_own_journal(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    run("log", "mine")
    other = tmp_path / "other.toml"
    other.write_text(table(journal_path) + CUT_OFF, encoding="utf-8")
    before = table(journal_path)
    for language in ("en", "nl"):
        done = run("--lang", language, "merge", str(other))
        assert done.exit_code == 1
        assert len(done.stderr.strip().splitlines()) == 1
        assert str(other) in done.stderr and "doctor" not in done.stderr
    assert table(journal_path) == before


def test_a_copy_that_cannot_be_moved_after_the_merge_says_the_journal_was_merged(
    run: Invoke, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("log", "shared")
    copy = journal_path.parent / STYLES[0]
    copy.write_text(table(journal_path), encoding="utf-8")
    run("--journal", str(copy), "log", "from the copy")

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "rename", refuse)
    done = run("merge", "--conflicts")
    assert done.exit_code == 1
    assert "nothing was saved" not in done.stderr
    assert f"Your journal was merged; {copy} stays where it is" in done.stderr
    assert "from the copy" in table(journal_path)
    assert copy.exists()
    dutch = run("--lang", "nl", "merge", "--conflicts")
    assert "er is niets bewaard" not in dutch.stderr
    assert f"Je dagboek is samengevoegd; {copy} blijft staan" in dutch.stderr


@needs_git
def test_setup_keeps_the_mode_of_an_existing_gitattributes_and_says_how_to_change_a_remote(
    run: Invoke, journal_path: Path, tmp_path: Path, git_identity: None
) -> None:
    run("log", "one")
    folder = journal_path.parent
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    attributes = folder / ".gitattributes"
    attributes.write_text("*.png binary\n", encoding="utf-8")
    attributes.chmod(0o644)
    assert run("sync", "--setup", "/somewhere/one.git").exit_code == 0
    assert oct(attributes.stat().st_mode & 0o777) == "0o644"
    assert attributes.read_text(encoding="utf-8").startswith("*.png binary\n")
    done = run("sync", "--setup", "/somewhere/else.git")
    assert done.exit_code == 1
    assert "git remote set-url origin /somewhere/else.git" in done.stderr
    assert (
        "git remote set-url origin /somewhere/else.git"
        in run("--lang", "nl", "sync", "--setup", "/somewhere/else.git").stderr
    )


def test_doctor_names_an_entry_restored_by_hand_whose_id_is_still_deleted(
    run: Invoke, journal_path: Path
) -> None:
    run("log", "keep")
    run("log", "restored by hand")
    (back,) = [key for key, item in entries(run).items() if item["answer"] == "restored by hand"]
    saved = table(journal_path)
    run("delete", back, "--yes")
    deleted_lines = table(journal_path).split("\n[deleted]\n", 1)[1]
    journal_path.write_text(saved.rstrip("\n") + "\n\n[deleted]\n" + deleted_lines)
    assert back in entries(run)
    for language, words in (("en", "remove its line under [deleted]"),
                            ("nl", "haal dan haar regel onder [deleted] weg")):  # fmt: skip
        done = run("--lang", language, "doctor")
        assert done.exit_code == 1
        named = [line for line in done.stdout.splitlines() if back in line]
        assert len(named) == 1 and words in named[0]


def test_copies_already_tagged_conflict_count_as_new_in_an_empty_journal(
    run: Invoke, journal_path: Path, tmp_path: Path, given_now
) -> None:
    other = tmp_path / "other.toml"
    on_other = ("--journal", str(other))
    run(*on_other, "log", "one")
    (first,) = entries(run, other)
    copy = tmp_path / "copy.toml"
    shutil.copy(other, copy)
    given_now(PINNED_NOW + timedelta(minutes=5))
    run(*on_other, "edit", first, "--answer", "one, here")
    given_now(PINNED_NOW + timedelta(minutes=9))
    run("--journal", str(copy), "edit", first, "--answer", "one, there")
    done = run(*on_other, "merge", str(copy))
    assert done.stdout == "Merged 1 copy into your journal: 1 edited, 1 conflict.\n"
    run(*on_other, "log", "two")
    done = run("merge", str(other))
    assert done.stdout == "Merged 1 copy into your journal: 3 new.\n"
    assert "conflict" not in done.stderr
