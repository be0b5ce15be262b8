"""The tag rule (journal.clean_tags and friends), #words in answers, and the star in the format."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from steentje.errors import UsageError
from steentje.journal import (
    Entry,
    clean_tags,
    edited_entry,
    entry_block,
    entry_problem,
    inline_tags,
    is_tag,
    new_entry,
    normalised_tags,
    starred_entry,
    torn_tail,
)
from steentje.storage.appending import append_entry
from steentje.storage.reading import read_journal
from steentje.storage.rewriting import update_entry

MOMENT = datetime(2026, 11, 26, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def make(answer: str = "An answer.", *, tags: tuple[str, ...] = (), starred: bool = False) -> Entry:
    return new_entry(
        when=MOMENT, principle=2, prompt="?", answer=answer, tags=tags, starred=starred
    )


# --- the rule --------------------------------------------------------------------


def test_a_tag_is_case_folded_without_its_hash_and_counted_once() -> None:
    assert clean_tags(["Team", "team", "#team", " TEAM ", "1on1"]) == ("team", "1on1")
    assert clean_tags(["Straße", "ÉQUIPE", "ну-ка", "チーム", "बातचीत", "a_b-c"]) == (
        "strasse", "équipe", "ну-ка", "チーム", "बातचीत", "a_b-c",
    )  # fmt: skip
    # Composed and decomposed accents are one tag.
    assert clean_tags(["cafe\u0301", "caf\u00e9"]) == ("caf\u00e9",)


@pytest.mark.parametrize(
    "typed", ["two words", "1:1", "a/b", "team!", "#", "##team", "-", "😀", "a\tb", "x\x1b[2J"]
)
def test_what_is_not_one_word_is_refused_as_a_usage_mistake(typed: str) -> None:
    with pytest.raises(UsageError) as caught:
        clean_tags([typed])
    assert caught.value.exit_code == 2
    assert "\n" not in str(caught.value)


def test_an_empty_tag_is_refused() -> None:
    with pytest.raises(UsageError, match="cannot be empty"):
        clean_tags(["  "])


def test_is_tag_is_the_stored_form() -> None:
    assert is_tag("team") and is_tag("1on1") and is_tag("2026") and is_tag("équipe")
    assert not any(is_tag(name) for name in ("Team", "#team", "two words", "", "--", "a.b"))


def test_old_tags_are_normalised_never_refused() -> None:
    assert normalised_tags(["Team", "#team", "two words", "a/b", "!!", "", "Équipe  A"]) == (
        "team", "two-words", "a-b", "équipe-a",
    )  # fmt: skip


# --- #words in an answer ---------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "tags"),
    [
        ("Talked with the #Team about #1on1s.", ("team", "1on1s")),
        ("#retro first, then (#budget) and “#vertrouwen”", ("retro", "budget", "vertrouwen")),
        ("#team and #TEAM again", ("team",)),
        ("a line\n#team on the next", ("team",)),
        ("#équipe #チーム", ("équipe", "チーム")),
        ("ends in #team-", ("team",)),
        # Not tags: inside words, in URLs, numbers, headings, a bare hash.
        ("a#b and C# and F#", ()),
        ("see http://example.com/page#frag or x/#frag", ()),
        ("issue #1 and #42 and #2026", ()),
        ("## Heading and # alone", ()),
        ("no hash at all", ()),
    ],
)
def test_inline_tags(answer: str, tags: tuple[str, ...]) -> None:
    assert inline_tags(answer) == tags
    assert all(is_tag(tag) for tag in inline_tags(answer))


# --- editing tags ----------------------------------------------------------------


def test_editing_normalises_old_tags_and_matches_untag_to_them() -> None:
    old = replace(make(), tags=("Team", "two words", "#budget"))
    changed = edited_entry(old, answer=old.answer, add_tags=["NEW"], remove_tags=["budget"])
    assert changed is not None and changed.tags == ("team", "two-words", "new")
    # Nothing asked to change: nothing changes, however the old tags are written.
    assert edited_entry(old, answer=old.answer) is None


def test_a_new_answer_brings_its_inline_tags_and_drops_the_ones_it_lost() -> None:
    entry = make("Met the #team about #budget.", tags=("team", "budget", "kept"))
    changed = edited_entry(entry, answer="Met the #team about #hiring.", inline=True)
    assert changed is not None and changed.tags == ("team", "kept", "hiring")
    # --tag in the same edit keeps a tag the answer lost.
    again = edited_entry(entry, answer="No hashes now.", add_tags=["budget"], inline=True)
    assert again is not None and again.tags == ("budget", "kept")
    # Without inline tags the answer's words change no tag.
    plain = edited_entry(entry, answer="No hashes now.", inline=False)
    assert plain is not None and plain.tags == ("team", "budget", "kept")


# --- the star in the entry format ------------------------------------------------


def test_the_star_is_written_only_when_set_and_read_back(tmp_path: Path) -> None:
    plain, starred = make("plain"), make("starred", starred=True)
    assert "starred" not in tomllib.loads(entry_block(plain).decode())["entries"][0]
    assert tomllib.loads(entry_block(starred).decode())["entries"][0]["starred"] is True
    journal = tmp_path / "journal.toml"
    append_entry(journal, plain)
    append_entry(journal, starred)
    read = read_journal(journal).entries
    assert [entry.starred for entry in read] == [False, True]
    # A rewrite keeps the star (and adds none).
    update_entry(journal, read[0].id, lambda entry: replace(entry, answer="changed"))
    assert [entry.starred for entry in read_journal(journal).entries] == [False, True]


def test_star_and_unstar_change_only_what_they_must() -> None:
    entry = replace(make(), tags=("Team",))
    starred = starred_entry(entry, True)
    assert starred is not None and starred.starred and starred.tags == ("team",)
    assert starred_entry(starred, True) is None
    unstarred = starred_entry(starred, False)
    assert unstarred is not None and not unstarred.starred


def test_a_starred_value_must_be_a_boolean() -> None:
    table = {"id": "a", "date": MOMENT, "principle": 1, "answer": "x", "tags": []}
    assert entry_problem({**table, "starred": True}) is None
    assert entry_problem({**table, "starred": False}) is None
    assert entry_problem({**table, "starred": "yes"}) == "'starred' must be true or false"


def test_an_entry_without_starred_is_whole_not_torn() -> None:
    # Every key steentje always writes is there: a bad value is damage, not a cut-off append.
    text = (
        'version = 1\n\n[[entries]]\nid = "a"\ndate = 2026-11-26T09:00:00+01:00\n'
        'principle = 32\nprompt = "?"\nanswer = "x"\ntags = []\n'
    )
    assert torn_tail(text.encode()) is None
