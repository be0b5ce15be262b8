"""config.toml: set, unset, show, path; precedence option > environment > config > default."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from steentje.config import load_config
from steentje.daily import daily_prompt
from steentje.errors import SteentjeError
from steentje.paths import config_file
from steentje.principles import load_catalog
from steentje.rotation import principle_number_for
from steentje.week import days_of_week as week_of
from tests.conftest import Invoke


@pytest.fixture
def config_path(isolated_home: Path) -> Path:
    return Path(config_file(os.environ))


def test_path_is_in_the_config_folder(run: Invoke, config_path: Path, journal_path: Path) -> None:
    assert run("config", "path").stdout.strip() == str(config_path)
    assert config_path.parent == journal_path.parent


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG shortcut is for Linux")
def test_config_folder_agrees_with_platformdirs() -> None:
    import platformdirs

    assert Path(config_file(os.environ)).parent == platformdirs.user_config_path("steentje")


def test_set_show_unset(run: Invoke, config_path: Path) -> None:
    assert run("config", "set", "lang", "nl").exit_code == 0
    assert run("config", "set", "remind", "uit").exit_code == 0
    assert run("config", "set", "week_starts", "Zondag").exit_code == 0
    assert run("config", "set", "editor", "code --wait").exit_code == 0
    text = config_path.read_text(encoding="utf-8")
    assert 'lang = "nl"' in text and "remind = false" in text
    assert 'week_starts = "sunday"' in text and 'editor = "code --wait"' in text
    if sys.platform != "win32":
        assert stat.S_IMODE(config_path.stat().st_mode) == 0o600
    shown = run("config", "show").stdout  # in Dutch: lang is nl by now
    assert 'lang = "nl"  # uit het instellingenbestand' in shown
    assert "remind = false  # uit het instellingenbestand" in shown
    assert 'week_starts = "sunday"  # uit het instellingenbestand' in shown
    english = run("config", "show", env={"STEENTJE_LANG": "en"}).stdout
    assert 'lang = "en"  # from $STEENTJE_LANG' in english
    assert 'editor = "code --wait"  # from the config file' in english
    assert run("config", "unset", "week_starts").exit_code == 0
    assert "week_starts" not in config_path.read_text(encoding="utf-8")
    assert 'week_starts = "monday"  # standaardwaarde' in run("config", "show").stdout
    again = run("config", "unset", "week_starts")
    assert again.exit_code == 0 and "stond niet in" in again.stderr  # lang is nl by now


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("set", "colour", "red"), "'colour'"),
        (("set", "lang", "de"), "'lang'"),
        (("set", "remind", "maybe"), "'remind'"),
        (("set", "week_starts", "someday"), "'week_starts'"),
        (("set", "journal", " "), "'journal'"),
        (("unset", "colour"), "'colour'"),
    ],
)
def test_bad_keys_and_values_name_the_key(
    run: Invoke, config_path: Path, args: tuple[str, ...], named: str
) -> None:
    result = run("config", *args)
    assert result.exit_code == 2
    assert named in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not config_path.exists()


def test_hand_written_mistakes_name_file_and_key(config_path: Path) -> None:
    config_path.parent.mkdir(parents=True)
    for content, message in (
        ("remind = 1\n", "'remind' must be true or false"),
        ('week_starts = "someday"\n', "'week_starts' must be a weekday name"),
    ):
        config_path.write_text(content, encoding="utf-8")
        with pytest.raises(SteentjeError, match=message) as caught:
            load_config(str(config_path))
        assert str(config_path) in str(caught.value)


def test_dutch_weekday_in_the_file(config_path: Path) -> None:
    config_path.parent.mkdir(parents=True)
    config_path.write_text('week_starts = "Zaterdag"\n', encoding="utf-8")
    assert load_config(str(config_path)).week_starts == 5


def test_malformed_config_names_the_line_and_path_still_works(
    run: Invoke, config_path: Path
) -> None:
    config_path.parent.mkdir(parents=True)
    config_path.write_text('lang = "nl"\nremind = \n', encoding="utf-8")
    for args in (("review",), ("today", "--no-input"), ("--lang", "en", "log", "x"), ()):
        result = run(*args)
        assert result.exit_code == 1, args
        assert str(config_path) in result.stderr and "line 2" in result.stderr
    assert run("config", "path").stdout.strip() == str(config_path)
    assert run("config", "set", "lang", "en").exit_code == 1  # nothing overwritten
    assert config_path.read_text(encoding="utf-8") == 'lang = "nl"\nremind = \n'


def test_language_precedence(run: Invoke, config_path: Path) -> None:
    def title(*args: str, env: dict[str, str] | None = None) -> str:
        out = run(*args, "today", "--date", "2026-11-30", "--no-input", env=env).stdout
        return "nl" if "maandag 30 november" in out else "en"

    assert title() == "en"  # no locale: English
    assert title(env={"LANG": "nl_NL.UTF-8"}) == "nl"  # the locale
    run("config", "set", "lang", "en")
    assert title(env={"LANG": "nl_NL.UTF-8"}) == "en"  # config over locale
    assert title(env={"STEENTJE_LANG": "nl"}) == "nl"  # environment over config
    assert title("--lang", "en", env={"STEENTJE_LANG": "nl"}) == "en"  # option over all
    bad = run("today", env={"STEENTJE_LANG": "de"})
    assert bad.exit_code == 1 and "STEENTJE_LANG" in bad.stderr


def test_journal_precedence(run: Invoke, tmp_path: Path, journal_path: Path) -> None:
    from_config = tmp_path / "from-config.toml"
    run("config", "set", "journal", str(from_config))
    assert run("path").stdout.strip() == str(from_config)
    env = {"STEENTJE_JOURNAL": str(tmp_path / "from-env.toml")}
    assert run("path", env=env).stdout.strip() == env["STEENTJE_JOURNAL"]
    assert run("--journal", str(tmp_path / "o.toml"), "path", env=env).stdout.strip() == str(
        tmp_path / "o.toml"
    )
    shown = run("--lang", "en", "config", "show", env=env).stdout
    assert f'journal = "{env["STEENTJE_JOURNAL"]}"  # from $STEENTJE_JOURNAL' in shown
    run("log", "into the configured journal")
    assert from_config.exists() and not journal_path.exists()
    run("config", "set", "journal", "~/reflections/journal.toml")
    assert run("path").stdout.strip() == str(Path.home() / "reflections" / "journal.toml")


def test_editor_from_config_after_visual_and_editor(
    run: Invoke, journal_path: Path, tmp_path: Path
) -> None:
    marker = tmp_path / "used.txt"
    editor = tmp_path / "my editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        f"pathlib.Path({str(marker)!r}).write_text(sys.argv[1], encoding='utf-8')\n"
        "p = pathlib.Path(sys.argv[-1])\n"
        "p.write_text(p.read_text(encoding='utf-8') + 'from the editor', encoding='utf-8')\n",
        encoding="utf-8",
    )
    run("config", "set", "editor", f'"{sys.executable}" "{editor}" --flag')
    assert run("log", "--edit").exit_code == 0
    assert marker.read_text(encoding="utf-8") == "--flag"
    assert (
        run(
            "log", "--edit", env={"EDITOR": f'"{sys.executable}" -c "raise SystemExit(4)"'}
        ).exit_code
        == 1
    )


def test_remind_off_in_config(run: Invoke) -> None:
    assert run("remind").stdout != ""
    run("config", "set", "remind", "off")
    assert run("remind").stdout == ""
    assert run("remind", env={"STEENTJE_REMIND": "on"}).stdout != ""  # environment over config


def test_week_starts_moves_the_rotation(run: Invoke) -> None:
    sunday = date(2026, 11, 29)
    assert principle_number_for(sunday) == 7
    assert principle_number_for(sunday, week_start=6) == 1
    for start in range(7):
        days = week_of(sunday, start)
        assert days[0].weekday() == start and sunday in days
        assert [principle_number_for(day, start) for day in days] == list(range(1, 8))
    run("config", "set", "week_starts", "sunday")
    catalog = load_catalog("en")
    shown = run("--lang", "en", "today", "--date", "2026-11-29", "--no-input").stdout
    assert catalog.principle(1).title in shown
    week = run("--lang", "en", "week", "--date", "2026-11-30", env={"COLUMNS": "200"}).stdout
    assert week.index("Sunday 29 November") < week.index("Monday 30 November")
    expected = daily_prompt(catalog, sunday + timedelta(days=1), 6)
    # A day still to come shows its principle, not yet its question.
    assert f"Monday 30 November 2026 · 2. {expected.principle.title}" in week
    assert expected.prompt not in week


# --- the reminder's tomllib-free reading of simple config files ----------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from steentje.config import simple_toml  # noqa: E402

_lines = st.one_of(
    st.builds(
        lambda key, value, comment: f"{key} = {value}{comment}",
        st.sampled_from(
            ["lang", "journal", "editor", "remind", "week_starts", "x_1", "a.b", '"q"', "work-2"]
        ),
        st.one_of(
            st.text(max_size=12).map(lambda text: '"' + text + '"'),
            st.sampled_from(["true", "false", "1", "[1]", "'lit'", '"""m"""', "tru"]),
        ),
        st.sampled_from(["", " # note", "#", "  # é", "\t"]),
    ),
    st.sampled_from(
        [
            "",
            "# comment",
            "   ",
            "[table]",
            "key",
            "= 1",
            "\r",
            'a = "b" c',
            "[journals]",
            " [ journals ]  # named",
            "[journals.x]",
            "[[journals]]",
        ]
    ),
    st.text(max_size=10),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_lines, max_size=6), st.sampled_from(["\n", "\r\n"]))
def test_simple_reader_agrees_with_tomllib(lines: list[str], ending: str) -> None:
    import tomllib

    text = ending.join(lines)
    simple = simple_toml(text)
    if simple is None:
        return  # tomllib decides, as it always did
    assert simple == tomllib.loads(text)


def test_simple_reader_reads_what_config_set_writes(run: Invoke, config_path: Path) -> None:
    import tomllib

    run("config", "set", "lang", "nl")
    run("config", "set", "remind", "off")
    run("config", "set", "journal", "~/mijn dagboek/journal.toml")
    run("config", "set", "journals.werk", "~/werk/journal.toml")
    run("config", "set", "journals.thuis-2", "thuis.toml")
    text = config_path.read_text(encoding="utf-8")
    assert simple_toml(text) == tomllib.loads(text)
    assert simple_toml(text) is not None


def test_an_unknown_key_is_named_once_and_ignored(run: Invoke, config_path: Path) -> None:
    config_path.parent.mkdir(parents=True)
    config_path.write_text('colour = "red"\nlang = "nl"\n', encoding="utf-8")
    result = run("review")
    assert result.exit_code == 0
    (warning,) = [line for line in result.stderr.splitlines() if "colour" in line]
    assert "genegeerd" in warning  # the rest of the file still counts: lang = "nl"
    assert "config unset colour" in warning
    removed = run("config", "unset", "colour")
    assert removed.exit_code == 0, removed.stderr
    assert config_path.read_text(encoding="utf-8").count("colour") == 0
    assert "colour" not in run("review").stderr
    # A key that is neither known nor in the file is still a mistake.
    assert run("config", "unset", "colour").exit_code == 2


@pytest.mark.parametrize(
    ("written", "expected"),
    [("true", True), ('"off"', False), ('"aan"', True), ('"uit"', False), ("false", False)],
)
def test_a_switch_in_the_config_file_takes_the_words_config_set_takes(
    config_path: Path, written: str, expected: bool
) -> None:
    """The README calls them on/off; the file takes those words as well as true/false."""
    config_path.parent.mkdir(parents=True, exist_ok=True)
    config_path.write_text(f"remind = {written}\nshow_last_answer = {written}\n", encoding="utf-8")
    loaded = load_config(config_path)
    assert (loaded.remind, loaded.show_last_answer) == (expected, expected)


def test_a_switch_that_is_neither_is_named(run: Invoke, config_path: Path) -> None:
    config_path.parent.mkdir(parents=True, exist_ok=True)
    config_path.write_text('remind = "maybe"\n', encoding="utf-8")
    result = run("--lang", "en", "review")
    assert result.exit_code == 1
    assert "'remind' must be true or false (or on/off), not 'maybe'" in result.stderr
