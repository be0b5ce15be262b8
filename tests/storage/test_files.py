"""The one atomic writer and private folders, tried as a hostile user would."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from steentje.storage import files

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and links")


def test_write_atomic_replaces_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "journal.toml"
    target.write_bytes(b"old")
    files.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["home", "journal.toml"]


@posix_only
def test_write_atomic_is_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        files.make_private_dirs(tmp_path / "made" / "here")
        files.write_atomic(tmp_path / "made" / "here" / "file", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "made").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "made" / "here").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "made" / "here" / "file").stat().st_mode) == 0o600


@posix_only
def test_an_existing_folder_is_never_chmodded(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    files.make_private_dirs(shared)
    files.write_atomic(shared / "file", b"x")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777


@posix_only
def test_a_planted_link_at_the_temp_name_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    first, second = b"\x01" * 6, b"\x02" * 6
    names = iter([first, second])
    monkeypatch.setattr(files.os, "urandom", lambda _size: next(names))
    planted = tmp_path / f".journal.toml.{first.hex()}.tmp"
    planted.symlink_to(victim)
    files.write_atomic(tmp_path / "journal.toml", b"entries")
    assert victim.read_bytes() == b"precious"
    assert (tmp_path / "journal.toml").read_bytes() == b"entries"
    assert planted.is_symlink()


def test_a_failed_write_keeps_the_target_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "journal.toml"
    target.write_bytes(b"before")

    def full_disk(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        files.write_atomic(target, b"after")
    assert target.read_bytes() == b"before"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["home", "journal.toml"]
