"""Where steentje keeps its files."""

from collections.abc import Callable
from pathlib import Path

APP_NAME = "steentje"
JOURNAL_FILE = "journal.toml"
JOURNAL_ENV = "STEENTJE_JOURNAL"


def config_dir() -> Path:
    """The platform's per-user config folder for steentje (honours XDG_CONFIG_HOME)."""
    # Imported here: platformdirs is only needed when no --journal is given.
    import platformdirs

    return platformdirs.user_config_path(APP_NAME)


def default_journal_path() -> Path:
    """The journal's path when neither --journal nor STEENTJE_JOURNAL is given."""
    return config_dir() / JOURNAL_FILE


def resolve_journal_path(
    option: Path | None, configured: Callable[[], str | None] = lambda: None
) -> Path:
    """The journal: --journal, else $STEENTJE_JOURNAL, else the config file, else the default."""
    import os

    if option is not None and str(option):
        return option.expanduser()
    from_environment = os.environ.get(JOURNAL_ENV, "")
    if from_environment:
        return Path(from_environment).expanduser()
    from_config = configured()
    if from_config:
        return Path(from_config).expanduser()
    return default_journal_path()
