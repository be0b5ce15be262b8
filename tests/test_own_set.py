"""A principles file of one's own: every problem with its line and field, and its catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from steentje import words
from steentje.errors import SteentjeError
from steentje.own_set import file_problems, key_lines, own_catalog
from steentje.rotation import MAX_PRINCIPLES

TEAM = """\
id = "team"
version = 1

[[principles]]
number = 1

[principles.en]
title = "We say what we see"
prompts = [
  "What did you keep to yourself lately?",
  "Whom did you tell something difficult?",
]

[principles.nl]
title = "We zeggen wat we zien"
key_phrase = "Zeg het zolang het klein is."
prompts = [
  "Wat hield je de laatste tijd voor je?",
  "Wie vertelde je iets lastigs?",
]

[[principles]]
number = 2

[principles.en]
title = "We finish what we start"
prompts = ["What did you finish lately that you almost dropped?"]
"""


def principles_file(count: int) -> str:
    """A valid file of *count* principles, English only."""
    parts = ['id = "many"\n']
    for number in range(1, count + 1):
        parts.append(
            f'[[principles]]\nnumber = {number}\n[principles.en]\ntitle = "P{number}"\n'
            f'prompts = ["Q{number}a?", "Q{number}b?"]\n'
        )
    return "\n".join(parts)


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> str:
    words.use(request.param)
    return str(request.param)


def test_a_valid_file_has_no_problems_and_gives_its_catalog() -> None:
    assert file_problems(TEAM.encode()) == []
    catalog = own_catalog(TEAM.encode(), "team.toml", "nl")
    assert catalog.set_id == "team"
    assert catalog.count == 2
    assert catalog.principle(1).title == "We zeggen wat we zien"
    assert catalog.principle(1).key_phrase == "Zeg het zolang het klein is."
    assert catalog.principle(1).prompts[1] == "Wie vertelde je iets lastigs?"
    # Principle 2 has no Dutch: it is given in English, and the catalog says so.
    assert catalog.principle(2).title == "We finish what we start"
    assert catalog.fallback == (2,)
    assert own_catalog(TEAM.encode(), "team.toml", "en").fallback == ()
    assert catalog.conclusion.title == "" and catalog.source == ""


@pytest.mark.parametrize("count", [1, 3, 7, 8, MAX_PRINCIPLES])
def test_one_to_thirty_one_principles_are_a_set(count: int) -> None:
    assert file_problems(principles_file(count).encode()) == []
    assert own_catalog(principles_file(count).encode(), "f", "en").count == count


def test_thirty_two_principles_are_too_many(language: str) -> None:
    problems = file_problems(principles_file(MAX_PRINCIPLES + 1).encode())
    assert [(problem.line, problem.field) for problem in problems] == [(3, "principles")]
    expected = {"en": "holds 32 principles; a set holds 1 to 31", "nl": "bevat 32 principes"}
    assert expected[language] in problems[0].text


def test_every_problem_is_named_with_its_line_and_field(language: str) -> None:
    broken = """\
id = "Not One Word"
colour = "blue"

[[principles]]
number = 1
[principles.en]
title = ""
prompts = [
  "fine?",
  "",
]
[principles.nl]
titel = "x"
prompts = ["a?"]

[[principles]]
number = 3
"""
    found = [(problem.line, problem.field) for problem in file_problems(broken.encode())]
    principle = {"en": "principle", "nl": "principe"}[language]
    assert found == [
        (1, "id"),
        (2, "colour"),
        (7, f"{principle} 1, en.title"),
        (8, f"{principle} 1, en.prompts"),  # 2 questions in English, 1 in Dutch
        (10, f"{principle} 1, en.prompts[2]"),
        (12, f"{principle} 1, nl.title"),
        (13, f"{principle} 1, nl.titel"),
        (16, f"{principle} 2"),  # no language at all
        (17, f"{principle} 2, number"),
    ]


def test_a_problem_reads_as_one_line_with_file_line_and_field(language: str) -> None:
    problem = file_problems(TEAM.replace('id = "team"', 'id = "steentje"').encode())[0]
    line = problem.described("team.toml")
    assert line.startswith("team.toml:1: id: ")
    assert "'steentje'" in line and "\n" not in line


def test_toml_and_utf8_mistakes_are_one_problem_with_their_line(language: str) -> None:
    (not_toml,) = file_problems(b'id = "x"\n\n[[principles]\n')
    assert not_toml.line == 3 and not_toml.field == ""
    (not_text,) = file_problems(b'id = "x"\n# caf\xe9\n')
    assert not_text.line == 2
    assert "UTF-8" in not_text.text


def test_a_file_with_problems_gives_a_one_line_error_naming_how_many_more(language: str) -> None:
    with pytest.raises(SteentjeError) as raised:
        own_catalog(b'id = "X"\nprinciples = 3\n', "mine.toml", language)
    message = str(raised.value)
    assert message.startswith("mine.toml:1: id: ")
    assert "steentje principles --check mine.toml" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda text: text.replace("version = 1", "version = 2"), "version"),
        (lambda text: text.replace('prompts = ["What did', 'prompts = [3, "What did'), "prompts"),
        (lambda text: text.replace('prompts = ["What did you finish lately', 'x = ["'), "x"),
        (lambda text: text + '\n[conclusion.en]\ntitle = "T"\n', "conclusion"),
        (lambda text: text + '\n[source.fr]\ntext = "T"\n', "source.fr"),
        (lambda text: text.replace("number = 2", "number = true"), "number"),
    ],
)
def test_each_rule_is_checked(change: object, field: str) -> None:
    problems = file_problems(change(TEAM).encode())  # type: ignore[operator]
    assert problems
    assert any(problem.field.endswith(field) or field in problem.field for problem in problems)


def test_a_closing_thought_and_source_are_optional_and_fall_back_too() -> None:
    text = TEAM + '\n[conclusion.en]\ntitle = "Trust"\ntext = "It holds."\n'
    text += '\n[source.en]\ntext = "Our team, 2026."\n'
    assert file_problems(text.encode()) == []
    catalog = own_catalog(text.encode(), "f", "nl")
    assert catalog.conclusion.title == "Trust"
    assert catalog.source == "Our team, 2026."


def test_key_lines_follow_tables_keys_and_prompts() -> None:
    lines = key_lines(TEAM)
    assert lines[("id",)] == 1
    assert lines[("principles", 1)] == 4
    assert lines[("principles", 1, "en", "title")] == 8
    assert lines[("principles", 1, "en", "prompts", 2)] == 11
    assert lines[("principles", 1, "nl", "key_phrase")] == 16
    assert lines[("principles", 2, "en", "prompts")] == 27


@pytest.mark.parametrize("language_name", ["en", "nl"])
def test_the_template_passes_its_own_check(language_name: str) -> None:
    from steentje.words import text_in

    template = text_in("own_template", language_name, most=MAX_PRINCIPLES)
    assert file_problems(template.encode()) == []
    catalog = own_catalog(template.encode(), "t", language_name)
    assert catalog.count == 1
    assert catalog.fallback == ()  # its example speaks the language it is written in


@pytest.mark.parametrize(
    ("planted", "code"),
    [("\\u001b[2J", "U+001B"), ("\\u202e", "U+202E"), ("\\u2066", "U+2066"), ("\\u009b", "U+009B")],
)
def test_a_character_that_would_steer_the_terminal_is_a_problem(
    language: str, planted: str, code: str
) -> None:
    """Escape sequences, C1 controls and the bidirectional overrides that reorder text."""
    text = TEAM.replace("We finish what we start", f"We finish{planted} what we start")
    (problem,) = file_problems(text.encode())
    principle = {"en": "principle", "nl": "principe"}[language]
    assert (problem.line, problem.field) == (26, f"{principle} 2, en.title")
    assert code in problem.text


# --- the journal: an entry's set, and an append cut off around it ---------------------


def test_an_entry_keeps_its_set_through_the_journal_and_the_caches(tmp_path: Path) -> None:
    from datetime import datetime, timedelta, timezone

    from steentje.journal import (
        entry_block,
        entry_problem,
        journal_header,
        new_entry,
        parse_journal,
    )
    from steentje.storage.reading import all_entries

    moment = datetime(2026, 11, 26, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    own = new_entry(when=moment, principle=12, prompt="Q?", answer="A", principle_set="team")
    bundled = new_entry(when=moment, principle=3, prompt="Q?", answer="B", principle_set="steentje")
    assert bundled.principle_set == "" and bundled.set_id == "steentje"
    path = tmp_path / "journal.toml"
    path.write_bytes(journal_header() + entry_block(own) + entry_block(bundled))
    parsed = parse_journal(path.read_text(encoding="utf-8"), path).entries
    assert [(e.principle_set, e.set_id) for e in parsed] == [("team", "team"), ("", "steentje")]
    for _ in range(2):  # built, then read from the cache
        assert all_entries(path) == parsed
    table = own.to_table()
    assert list(table)[-1] == "set"
    assert entry_problem({**table, "set": ""}) is not None
    assert entry_problem({**table, "set": 3}) is not None
    assert entry_problem({**table, "principle": 32}) is not None


def test_an_append_cut_off_at_or_in_the_set_line_is_a_torn_tail(tmp_path: Path) -> None:
    from datetime import datetime, timedelta, timezone

    from steentje.journal import entry_block, journal_header, new_entry, torn_tail

    moment = datetime(2026, 11, 26, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    own = new_entry(when=moment, principle=2, prompt="Q?", answer="A", principle_set="team")
    head = journal_header() + entry_block(own)
    block = entry_block(new_entry(when=moment, principle=2, prompt="Q?", answer="B",
                                  principle_set="team", starred=True))  # fmt: skip
    whole = head + block
    assert torn_tail(whole) is None
    # Cut inside the set line: the entry goes whole (without it, it would read as the
    # bundled set's), the entry before it stays.
    cut_in_set = whole[: whole.rindex(b'"team"') + 3]
    assert cut_in_set.endswith(b'set = "te')
    assert torn_tail(cut_in_set) == whole.rindex(b"[[entries]]")
    # Cut inside the starred line, before the set line was begun: only the cut line
    # goes, as for any entry (what was never written cannot be told apart).
    cut_in_star = whole[: whole.rindex(b"starred = ") + 4]
    assert torn_tail(cut_in_star) == whole.rindex(b"starred = ")
