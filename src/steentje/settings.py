"""Settings: each value, and where it came from, decided by one rule in one place.

Every setting comes from an option, else the environment, else the config
file, else a default. The resolvers below are the only place that order is
written; ``Settings`` (the context object every command gets) asks them, the
shell reminder asks them, and ``config show`` asks them where each value came
from. The config file is read only when a resolver gets that far, so
``steentje config path`` works with a broken one. Only os and the config
module are imported: the reminder resolves its settings at every shell start.
"""

from __future__ import annotations

import os
from collections import namedtuple
from collections.abc import Callable, Mapping

from steentje import paths
from steentje.config import Config, is_journal_name, journal_path, load_config, switch_from_text
from steentje.errors import SteentjeError
from steentje.words import LANG_ENV, LANGUAGES, language_from_locale, t

# typing.TYPE_CHECKING without importing typing, which the reminder does not need.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

JOURNAL_ENV = "STEENTJE_JOURNAL"
REMIND_ENV = "STEENTJE_REMIND"
PRINCIPLES_ENV = "STEENTJE_PRINCIPLES"

# Where a value came from: kind is "option", "env", "config", "locale" or
# "default"; name is the option or variable (empty for the others); journal
# the name of the journal in the [journals] table it gave, if it gave one.
Source = namedtuple("Source", ["kind", "name", "journal"], defaults=["", ""])
Resolved = namedtuple("Resolved", ["value", "source"])

ConfigReader = Callable[[], Config]


def resolve_language(
    option: str | None, environ: Mapping[str, str], config: ConfigReader
) -> Resolved:
    """--lang, else $STEENTJE_LANG, else the config's lang, else the locale."""
    if option:
        return Resolved(option, Source("option", "--lang"))
    from_environment = environ.get(LANG_ENV, "").strip().lower()
    if from_environment:
        if from_environment not in LANGUAGES:
            raise SteentjeError(t("lang_env_bad", variable=LANG_ENV, value=from_environment))
        return Resolved(from_environment, Source("env", LANG_ENV))
    configured = config().lang
    if configured:
        return Resolved(configured, Source("config"))
    return Resolved(language_from_locale(environ), Source("locale"))


def resolve_journal(
    option: str | None, environ: Mapping[str, str], config: ConfigReader
) -> Resolved:
    """--journal, else $STEENTJE_JOURNAL, else the config's journal, else the default.

    Each of the three may name a journal of the config's [journals] table; a
    value that is no name there is a path, as it always was. Only a value with
    the shape of a name (one word) makes this read the config file.
    """
    if option:
        return _named_or_path(option, Source("option", "--journal"), environ, config)
    from_environment = environ.get(JOURNAL_ENV, "")
    if from_environment:
        return _named_or_path(from_environment, Source("env", JOURNAL_ENV), environ, config)
    configured = config().journal
    if configured:
        return _named_or_path(configured, Source("config"), environ, config)
    return Resolved(paths.default_journal(environ), Source("default"))


def _named_or_path(
    value: str, source: Source, environ: Mapping[str, str], config: ConfigReader
) -> Resolved:
    if is_journal_name(value):
        journals = dict(config().journals)
        named = journals.get(value)
        if named is not None:
            where = journal_path(named, paths.config_dir(environ))
            return Resolved(where, source._replace(journal=value))
        if not os.path.lexists(value):
            # A bare word that names no journal is far likelier a typo of a name than a
            # new journal file meant for the current folder: say so, write nothing.
            from steentje.errors import UsageError
            from steentje.words import t

            names = ", ".join(journals) or t("no_named_journals")
            raise UsageError(t("no_journal_named", name=value, names=names))
    return Resolved(os.path.expanduser(value), source)


def named_journals(environ: Mapping[str, str], config: Config) -> list[tuple[str, str, str]]:
    """The [journals] table: each name, its path as written, and the file it points to."""
    folder = paths.config_dir(environ)
    return [(name, path, journal_path(path, folder)) for name, path in config.journals]


def resolve_editor(environ: Mapping[str, str], config: ConfigReader) -> Resolved:
    """$VISUAL, else $EDITOR, else the config's editor, else vi (notepad on Windows)."""
    for variable in ("VISUAL", "EDITOR"):
        value = environ.get(variable, "").strip()
        if value:
            return Resolved(value, Source("env", variable))
    configured = config().editor
    if configured:
        return Resolved(configured, Source("config"))
    return Resolved("notepad" if os.name == "nt" else "vi", Source("default"))


def resolve_remind(environ: Mapping[str, str], config: ConfigReader) -> Resolved:
    """$STEENTJE_REMIND (an on- or off-word), else the config's remind, else on."""
    from_environment = environ.get(REMIND_ENV, "").strip()
    if from_environment:
        # Anything but an off-word keeps the reminder on: silence needs a clear word.
        return Resolved(switch_from_text(from_environment) is not False, Source("env", REMIND_ENV))
    configured = config().remind
    if configured is not None:
        return Resolved(configured, Source("config"))
    return Resolved(True, Source("default"))


def resolve_week_start(config: ConfigReader) -> Resolved:
    """The weekday principle 1 falls on (0 is Monday): the config's week_starts, else Monday."""
    configured = config().week_starts
    if configured is not None:
        return Resolved(configured, Source("config"))
    return Resolved(0, Source("default"))


def resolve_inline_tags(config: ConfigReader) -> Resolved:
    """Whether an answer's #words become tags: the config's inline_tags, else on."""
    configured = config().inline_tags
    if configured is not None:
        return Resolved(configured, Source("config"))
    return Resolved(True, Source("default"))


def resolve_principles(environ: Mapping[str, str], config: ConfigReader) -> Resolved:
    """The principles file in use: $STEENTJE_PRINCIPLES, else the config's principles, else None.

    None is the bundled set. A relative path in the config file is taken from the
    config folder (as a [journals] path is); in the environment, from the
    current folder.
    """
    from_environment = environ.get(PRINCIPLES_ENV, "")
    if from_environment.strip():
        return Resolved(os.path.expanduser(from_environment), Source("env", PRINCIPLES_ENV))
    configured = config().principles
    if configured:
        return Resolved(journal_path(configured, paths.config_dir(environ)), Source("config"))
    return Resolved(None, Source("default"))


def resolve_show_last_answer(config: ConfigReader) -> Resolved:
    """Whether today's question shows the last answer to it: the config's show_last_answer,
    else on."""
    configured = config().show_last_answer
    if configured is not None:
        return Resolved(configured, Source("config"))
    return Resolved(True, Source("default"))


class Settings:
    """What the global options decided, handed to every command (the context object).

    Everything is worked out on first use, so the config file is read only by
    commands that need a setting from it.
    """

    def __init__(
        self,
        lang_option: str | None = None,
        journal_option: str | None = None,
        environ: Mapping[str, str] = os.environ,
        *,
        warn: bool = True,
    ) -> None:
        self.lang_option = lang_option
        # Whether to name unknown config keys on stderr (the shell reminder never does).
        self.warn = warn
        self.journal_option = journal_option
        self.environ = environ
        self._config: Config | None = None
        self._language: Resolved | None = None
        self._journal: Resolved | None = None

    @property
    def config_file(self) -> str:
        """Where the config file is (or would be)."""
        return paths.config_file(self.environ)

    @property
    def config(self) -> Config:
        """The config file's settings, read on first use."""
        if self._config is None:
            self._config = load_config(self.config_file)
            if self._config.unknown and self.warn:
                from steentje.config import warn_unknown

                warn_unknown(self._config, self.config_file, self.language)
        return self._config

    def _read_config(self) -> Config:
        return self.config

    @property
    def language(self) -> str:
        """The language to speak."""
        if self._language is None:
            self._language = resolve_language(self.lang_option, self.environ, self._read_config)
        return str(self._language.value)

    def check_language_variable(self) -> None:
        """Fail now, before any output, when $STEENTJE_LANG names no language steentje speaks.

        Without --lang the variable decides the language; a command that has
        printed half its work before finding out would fail halfway. The
        config file is not read here: a command that does not need it works
        even when it is broken.
        """
        if not self.lang_option:
            resolve_language(None, self.environ, Config)

    @property
    def journal_name(self) -> str:
        """The journal's real path, as a string: links resolved once, here.

        A journal kept in a synced folder is often a symlink. Resolving it once
        means every command reads, locks and writes the one real file (and the
        lock and stamps beside it), so a rewrite keeps the link a link and two
        paths to one journal share one lock.
        """
        if self._journal is None:
            self._journal = resolve_journal(self.journal_option, self.environ, self._read_config)
            self._journal = Resolved(os.path.realpath(self._journal.value), self._journal.source)
        return str(self._journal.value)

    @property
    def journal(self) -> Path:
        """The journal's path."""
        from pathlib import Path

        return Path(self.journal_name)

    @property
    def editor(self) -> str:
        """The editor command line."""
        return str(resolve_editor(self.environ, self._read_config).value)

    @property
    def remind(self) -> bool:
        """Whether the shell reminder speaks."""
        return bool(resolve_remind(self.environ, self._read_config).value)

    @property
    def week_start(self) -> int:
        """The weekday principle 1 falls on (0 is Monday)."""
        return int(resolve_week_start(self._read_config).value)

    @property
    def principles(self) -> str | None:
        """The real path of the principles file in use, or None for the bundled set.

        Links are resolved once, here, as the journal's are.
        """
        path = resolve_principles(self.environ, self._read_config).value
        return None if path is None else os.path.realpath(path)

    @property
    def inline_tags(self) -> bool:
        """Whether an answer's #words become tags."""
        return bool(resolve_inline_tags(self._read_config).value)

    @property
    def show_last_answer(self) -> bool:
        """Whether today's question shows the last answer to it (from an earlier time)."""
        return bool(resolve_show_last_answer(self._read_config).value)

    def described(self) -> list[tuple[str, object, Source]]:
        """Each setting's value in effect and where it came from, for ``config show``."""
        return [
            ("lang", *resolve_language(self.lang_option, self.environ, self._read_config)),
            ("journal", *resolve_journal(self.journal_option, self.environ, self._read_config)),
            ("editor", *resolve_editor(self.environ, self._read_config)),
            ("remind", *resolve_remind(self.environ, self._read_config)),
            ("week_starts", *resolve_week_start(self._read_config)),
            ("inline_tags", *resolve_inline_tags(self._read_config)),
            ("show_last_answer", *resolve_show_last_answer(self._read_config)),
            ("principles", *resolve_principles(self.environ, self._read_config)),
        ]
