"""Where the stamp lives: steentje's cache folder, keyed by the journal's real path."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from steentje.paths import cache_dir
from steentje.storage.stamps import quiet_path, stamp_path, stamped_days, write_stamp
from tests.conftest import TODAY, Invoke


def test_a_journal_elsewhere_gets_no_files_of_steentjes_beside_it(
    run: Invoke, tmp_path: Path
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    journal = folder / "work.toml"
    assert run("--journal", str(journal), "log", "Asked before deciding").exit_code == 0
    assert run("--journal", str(journal), "remind").stdout == ""
    # The journal and its lock, which every writer of the file must share; nothing else.
    assert sorted(p.name for p in folder.iterdir()) == ["work.toml", "work.toml.lock"]
    stamp = Path(stamp_path(journal))
    assert stamp.parent == Path(cache_dir()) / "stamps"
    assert stamp.read_text(encoding="ascii").splitlines()[0] == TODAY.isoformat()
    assert Path(quiet_path(journal)).is_file()


def test_every_name_of_one_journal_shares_its_stamp(tmp_path: Path) -> None:
    journal = tmp_path / "real.toml"
    journal.write_text("version = 1\n", encoding="utf-8")
    linked = tmp_path / "linked.toml"
    linked.symlink_to(journal)
    assert stamp_path(linked) == stamp_path(journal)
    assert stamp_path(tmp_path / "other.toml") != stamp_path(journal)
    write_stamp(linked, {TODAY}, TODAY)
    assert stamped_days(journal) == {TODAY}


def test_a_stamp_of_an_older_steentje_beside_the_journal_is_cleared_away(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "journals"
    folder.mkdir()
    journal = folder / "journal.toml"
    journal.write_text("version = 1\n", encoding="utf-8")
    for suffix in (".last-entry", ".quiet-until"):
        (folder / f"journal.toml{suffix}").write_text("2026-01-01\n", encoding="ascii")
    write_stamp(journal, {TODAY - timedelta(days=1)}, TODAY)
    assert sorted(p.name for p in folder.iterdir()) == ["journal.toml"]
    assert stamped_days(journal) == {TODAY - timedelta(days=1)}


def test_an_unwritable_cache_folder_leaves_no_stamp_and_no_error(
    run: Invoke, tmp_path: Path
) -> None:
    Path(cache_dir()).parent.mkdir(parents=True, exist_ok=True)
    Path(cache_dir()).write_text("not a folder", encoding="utf-8")
    journal = tmp_path / "journal.toml"
    result = run("--journal", str(journal), "log", "Still kept")
    assert result.exit_code == 0, result.stderr
    assert stamped_days(journal) is None
