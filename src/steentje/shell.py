"""The rc-file snippets behind ``steentje shell-init``.

Each snippet compares the journal's stamp (the newest day with an entry; its
path, in steentje's cache folder, is written into the snippet) with today's
date in the shell itself, so a new shell starts no Python once today's
reflection is written; only while it is due, or when the journal is newer than
its stamp, does it run ``steentje remind``, which checks the stamp exactly.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Sequence

from steentje.config import OFF_WORDS
from steentje.settings import JOURNAL_ENV, REMIND_ENV
from steentje.storage.stamps import quiet_path, stamp_path

SHELLS = ("bash", "zsh", "fish")

_HEADER = """\
# steentje: the pebble in your shoe. Every new interactive shell reminds you
# until today's reflection is written; after that it starts no Python at all.
# Made by `steentje shell-init {shell}`: write it to a file once and source that
# file from your rc file. Set {remind}=off to silence it.
"""

_POSIX = """\
if {interactive}; then
  __steentje_journal={journal}
  __steentje_stamp={stamp}
{env_check}\
  __steentje_day=
  # The stamp counts only while the journal is not newer (a hand edit, a sync);
  # otherwise `steentje remind` asks the journal itself.
  if [ -n "$__steentje_journal" ] && [ -f "$__steentje_stamp" ] && [ -f "$__steentje_journal" ] \
    && ! [ "$__steentje_journal" -nt "$__steentje_stamp" ]; then
    IFS= read -r __steentje_day < "$__steentje_stamp"
  fi
  {today}
  if [ "$__steentje_day" != "$__steentje_today" ]; then
    case "${{{remind}:-on}}" in
      {off_pattern}) ;;
      *) if [ -n "$__steentje_journal" ]; then {command} --journal "$__steentje_journal" remind
         else {command} remind; fi ;;
    esac
  fi
  unset __steentje_journal __steentje_stamp __steentje_day __steentje_today
fi
"""
# The journal and its stamp (in steentje's cache folder, keyed by the journal's
# real path) are the ones shell-init found. Another $STEENTJE_JOURNAL when the
# shell starts (a name, or another path) is left to steentje, which knows both.
_POSIX_ENV = (
    "  # Another ${env} than when this was made: steentje finds that journal itself.\n"
    '  [ "${{{env}:-}}" = {then} ] || __steentje_journal=\n'
)

# bash 4.2+ formats dates itself; older bash (macOS) falls back to date(1).
_BASH_TODAY = (
    "printf -v __steentje_today '%(%Y-%m-%d)T' -1 2>/dev/null || __steentje_today=$(date +%Y-%m-%d)"
)
# zsh's prompt expansion formats the date without starting a process.
_ZSH_TODAY = "__steentje_today=${(%):-%D{%Y-%m-%d}}"

# fish has no date builtin; `path mtime --relative` (fish 3.5+) is negative while the
# quiet-until file's mtime, the next midnight after the newest entry, lies ahead.
_FISH = """\
if status is-interactive
    set -l __steentje_journal {journal}
    set -l __steentje_stamp {stamp}
{env_check}\
    set -l __steentje_due 1
    if test -z "$__steentje_journal"
        # steentje decides
    else if builtin -q path
        # Quiet only while the journal is not newer than its stamp (a hand edit, a sync).
        set -l __steentje_times (path mtime -- $__steentje_journal $__steentje_stamp 2>/dev/null)
        set -l __steentje_left (path mtime --relative -- {quiet} 2>/dev/null)
        and test (count $__steentje_times) -eq 2
        and test "$__steentje_times[1]" -le "$__steentje_times[2]"
        and test "$__steentje_left" -lt 0
        and set __steentje_due 0
    else
        set -l __steentje_day ''
        test -f "$__steentje_stamp"
        and read -l __steentje_day < "$__steentje_stamp"
        and test "$__steentje_day" = (date +%Y-%m-%d)
        and set __steentje_due 0
    end
    set -l __steentje_remind (string lower -- "${remind}")
    if test $__steentje_due = 1
        switch "$__steentje_remind"
            case {off_words}
            case '*'
                if test -n "$__steentje_journal"
                    {command} --journal "$__steentje_journal" remind
                else
                    {command} remind
                end
        end
    end
end
"""
_FISH_ENV = (
    "    # Another ${env} than when this was made: steentje finds that journal itself.\n"
    '    test "${env}" = {then}; or set __steentje_journal ""\n'
)


def _any_case(word: str) -> str:
    """A shell glob that matches *word* in any case: off -> [Oo][Ff][Ff]."""
    return "".join(f"[{char.upper()}{char}]" if char.isalpha() else char for char in word)


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def snippet(
    shell: str,
    *,
    journal: str,
    explicit_journal: bool,
    command: Sequence[str],
    journal_variable: str = "",
) -> str:
    """The snippet for *shell*: *command* runs steentje, *journal* is the journal's real path.

    Unless the journal was given explicitly, $STEENTJE_JOURNAL still wins when
    the shell starts, as it does for steentje itself: while it says what it said
    when the snippet was made (*journal_variable*, empty when unset), the stamp
    of *journal* counts; otherwise ``steentje remind`` decides.
    """
    header = _HEADER.format(shell=shell, remind=REMIND_ENV)
    stamp, quiet = stamp_path(journal), quiet_path(journal)
    if shell == "fish":
        return header + _FISH.format(
            journal=_fish_quote(journal),
            stamp=_fish_quote(stamp),
            quiet=_fish_quote(quiet),
            env_check=""
            if explicit_journal
            else _FISH_ENV.format(env=JOURNAL_ENV, then=_fish_quote(journal_variable)),
            remind=REMIND_ENV,
            off_words=" ".join(OFF_WORDS),
            command=" ".join(_fish_quote(part) for part in command),
        )
    if shell not in SHELLS:
        raise ValueError(f"unknown shell {shell!r}")
    return header + _POSIX.format(
        interactive="[[ -o interactive ]]" if shell == "zsh" else "[[ $- == *i* ]]",
        journal=shlex.quote(journal),
        stamp=shlex.quote(stamp),
        env_check=""
        if explicit_journal
        else _POSIX_ENV.format(env=JOURNAL_ENV, then=shlex.quote(journal_variable)),
        today=_ZSH_TODAY if shell == "zsh" else _BASH_TODAY,
        remind=REMIND_ENV,
        off_pattern="|".join(_any_case(word) for word in OFF_WORDS),
        command=" ".join(shlex.quote(part) for part in command),
    )


def steentje_command() -> list[str]:
    """How the snippet should start steentje: this executable's absolute path if possible."""
    running = sys.argv[0]
    if os.path.basename(running) in ("steentje", "steentje.exe") and os.path.isfile(running):
        return [os.path.abspath(running)]
    found = shutil.which("steentje")
    if found:
        return [found]
    return [sys.executable, "-m", "steentje"]
