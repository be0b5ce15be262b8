"""Named journals: the config's [journals] table, --journal NAME and $STEENTJE_JOURNAL=NAME."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from steentje.config import Config, load_config
from steentje.errors import SteentjeError
from steentje.paths import config_dir, config_file
from steentje.settings import resolve_journal
from tests.commands.test_shell import source, write
from tests.conftest import Invoke


@pytest.fixture
def config_path(isolated_home: Path) -> Path:
    return Path(config_file(os.environ))


@pytest.fixture
def work(run: Invoke, tmp_path: Path) -> Path:
    """A journal named "work" in the config file, outside steentje's folder."""
    journal = tmp_path / "work" / "journal.toml"
    journal.parent.mkdir()
    assert run("config", "set", "journals.work", str(journal)).exit_code == 0
    return journal


def answers_in(journal: Path) -> list[str]:
    import tomllib

    entries = tomllib.loads(journal.read_text(encoding="utf-8")).get("entries", [])
    return [entry["answer"] for entry in entries]


def test_a_name_picks_its_journal_by_option_variable_and_setting(
    run: Invoke, work: Path, journal_path: Path
) -> None:
    assert run("--journal", "work", "log", "Asked the team first").exit_code == 0
    assert answers_in(work) == ["Asked the team first"]
    assert not journal_path.exists()
    assert run("path", env={"STEENTJE_JOURNAL": "work"}).stdout == f"{work}\n"
    assert run("config", "set", "journal", "work").exit_code == 0
    assert run("path").stdout == f"{work}\n"
    # The option still beats the variable, and a path is a path.
    elsewhere = work.parent / "other.toml"
    result = run("--journal", str(elsewhere), "path", env={"STEENTJE_JOURNAL": "work"})
    assert result.stdout == f"{elsewhere}\n"


def test_a_relative_path_in_the_table_is_taken_from_the_config_folder(run: Invoke) -> None:
    assert run("config", "set", "journals.home", "home.toml").exit_code == 0
    assert run("config", "set", "journals.notes", "~/notes.toml").exit_code == 0
    assert run("--journal", "home", "path").stdout == f"{Path(config_dir()) / 'home.toml'}\n"
    assert run("--journal", "notes", "path").stdout == f"{Path('~/notes.toml').expanduser()}\n"


def test_a_word_that_names_no_journal_is_a_path_only_when_that_file_exists(
    run: Invoke, work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("--journal", "notes", "path").exit_code == 2  # a typo of a name, likelier
    (tmp_path / "notes").write_text("version = 1\n", encoding="utf-8")
    assert run("--journal", "notes", "path").stdout == f"{tmp_path / 'notes'}\n"


def test_a_path_never_reads_the_config_file() -> None:
    def broken() -> Config:
        raise SteentjeError("the config file was read")

    for value in ("~/work.toml", "./work", "/tmp/j", "journal.toml"):
        resolved = resolve_journal(value, {}, broken)
        assert resolved.value == os.path.expanduser(value)  # noqa: PTH111 (what it does)
        assert resolved.source.journal == ""
    with pytest.raises(SteentjeError):
        resolve_journal("work", {}, broken)  # the shape of a name: the file decides


@pytest.mark.parametrize(
    ("lang", "heading", "in_use", "source"),
    [
        ("en", "[journals]  # --journal NAME", "in use", "from the --journal option: journal work"),
        ("nl", "[journals]  # kies er een", "in gebruik", "via de optie --journal: dagboek work"),
    ],
)
def test_config_show_lists_the_journals_and_where_each_points(
    run: Invoke, work: Path, lang: str, heading: str, in_use: str, source: str
) -> None:
    assert run("config", "set", "journals.home", "home.toml").exit_code == 0
    lines = run("--lang", lang, "--journal", "work", "config", "show").stdout.splitlines()
    assert f'journal = "{work}"  # {source}' in lines
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    assert lines[start + 1 :] == [
        f'work = "{work}"  # {work}, {in_use}',
        f'home = "home.toml"  # {Path(config_dir()) / "home.toml"}',
    ]


def test_no_table_no_heading(run: Invoke) -> None:
    assert "[journals]" not in run("config", "show").stdout


def test_set_and_unset_a_name(run: Invoke, work: Path, config_path: Path) -> None:
    assert load_config(str(config_path)).journals == (("work", str(work)),)
    result = run("config", "unset", "journals.work")
    assert result.exit_code == 0
    assert "Removed journals.work" in result.stdout
    assert "journals" not in config_path.read_text(encoding="utf-8")  # no empty table left
    again = run("--lang", "nl", "config", "unset", "journals.work")
    assert (again.exit_code, again.stderr.count("\n")) == (0, 1)
    assert "stond niet in" in again.stderr


@pytest.mark.parametrize(
    ("lang", "key", "expected"),
    [
        ("en", "journals", "give the journal's name: 'steentje config set journals.NAME PATH'"),
        ("nl", "journals", "geef de naam van het dagboek: 'steentje config set journals.NAAM PAD'"),
        ("en", "journals.two words", "'journals.two words': a journal's name is one word"),
        ("nl", "journals.a/b", "'journals.a/b': de naam van een dagboek is één woord"),
        ("en", "journals.", "a journal's name is one word"),
    ],
)
def test_set_refuses_a_missing_or_bad_name(run: Invoke, lang: str, key: str, expected: str) -> None:
    result = run("--lang", lang, "config", "set", key, "~/x.toml")
    assert result.exit_code == 2
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1


def test_set_refuses_an_empty_path(run: Invoke) -> None:
    result = run("config", "set", "journals.work", " ")
    assert result.exit_code == 2
    assert "'journals.work' must be text that is not empty" in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('journals = "~/work.toml"\n', "'journals' must be a table of names and paths"),
        ('[journals]\n"two words" = "x.toml"\n', "'journals.two words': a journal's name is"),
        ("[journals]\nwork = 3\n", "'journals.work' must be text that is not empty"),
        ('[journals]\nwork = ""\n', "'journals.work' must be text that is not empty"),
    ],
)
def test_a_hand_written_mistake_names_the_key(
    run: Invoke, config_path: Path, text: str, expected: str
) -> None:
    write(config_path, text)
    result = run("--journal", "work", "path")
    assert result.exit_code == 1
    assert expected in result.stderr
    assert result.stderr.startswith(f"steentje: {config_path}: ")
    assert result.stderr.count("\n") == 1


def test_a_dutch_hand_written_mistake(run: Invoke, config_path: Path) -> None:
    write(config_path, "[journals]\nwerk = false\n")
    result = run("--lang", "nl", "config", "show")
    assert result.exit_code == 1
    assert "False is geen geldige waarde voor 'journals.werk'" in result.stderr


def test_the_quick_reader_reads_a_journals_table(config_path: Path) -> None:
    from steentje.config import simple_toml

    text = 'lang = "nl"\n\n[journals]\nwerk = "~/werk.toml"  # het werk\nthuis-2 = "t.toml"\n'
    assert simple_toml(text) == {
        "lang": "nl",
        "journals": {"werk": "~/werk.toml", "thuis-2": "t.toml"},
    }
    assert simple_toml("[journals]\n[journals]\n") is None  # tomllib says what is wrong


def test_completion_offers_the_names(run: Invoke, work: Path) -> None:
    from steentje.main import _complete_journal

    assert run("config", "set", "journals.home", "home.toml").exit_code == 0
    assert _complete_journal("w") == [("work", str(work))]
    assert [name for name, _ in _complete_journal("")] == ["work", "home"]


def test_completion_is_quiet_about_a_broken_config(config_path: Path) -> None:
    from steentje.main import _complete_journal

    write(config_path, "[journals]\nwork = 3\n")
    assert _complete_journal("") == []


def test_the_shell_snippet_made_for_a_named_journal_stays_quiet_once_written(
    run: Invoke, work: Path, tmp_path: Path
) -> None:
    if shutil.which("steentje", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("steentje is not installed in this venv")
    made = run("shell-init", "bash", env={"STEENTJE_JOURNAL": "work"})
    assert made.exit_code == 0
    assert f"__steentje_journal={work}" in made.stdout
    script = write(tmp_path / "remind.bash", made.stdout)
    env = {**os.environ, "STEENTJE_JOURNAL": "work"}
    assert source("bash", script, env).startswith("steentje · ")
    assert run("--journal", "work", "log", "Before the new shell").exit_code == 0
    assert source("bash", script, env) == ""
    # The default journal, not the work one, is still due.
    del env["STEENTJE_JOURNAL"]
    assert source("bash", script, env).startswith("steentje · ")


def test_unset_removes_a_wrong_journal_entry_that_locks_everything_out(run: Invoke) -> None:
    Path(config_dir()).mkdir(parents=True, exist_ok=True)
    Path(config_file()).write_text("[journals]\nbad = 1\n", encoding="utf-8")
    assert run("review").exit_code != 0  # named, in one line
    removed = run("config", "unset", "journals.bad")
    assert removed.exit_code == 0, removed.stderr
    assert run("review").exit_code == 0


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "no journal is named 'wrok'"), ("nl", "geen dagboek heet 'wrok'")],
)
def test_a_mistyped_name_is_refused_and_writes_nothing(
    run: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, words: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path(config_dir()).mkdir(parents=True, exist_ok=True)
    Path(config_file()).write_text('[journals]\nwork = "work.toml"\n', encoding="utf-8")
    for how in (["--journal", "wrok"], []):
        env = {} if how else {"STEENTJE_JOURNAL": "wrok"}
        result = run("--lang", language, *how, "log", "typo", env=env)
        assert result.exit_code == 2
        assert words in result.stderr
        assert "work" in result.stderr
        assert not (tmp_path / "wrok").exists()
    assert run("--journal", "./wrok", "log", "meant").exit_code == 0
    assert (tmp_path / "wrok").exists()
