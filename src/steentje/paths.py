"""Where steentje keeps its files: the platform's config and cache folders.

The shell reminder runs at every shell start, and importing platformdirs (or
pathlib) costs about as much as the rest of its work. On Linux and the BSDs the
rule is short (tests check it against platformdirs); on macOS and Windows
platformdirs decides. Paths are plain strings here for the same reason.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

APP_NAME = "steentje"
JOURNAL_FILE = "journal.toml"
CONFIG_FILE = "config.toml"
_XDG = {
    "config": ("XDG_CONFIG_HOME", "~/.config"),
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
    "state": ("XDG_STATE_HOME", "~/.local/state"),
}


def user_dir(kind: str, environ: Mapping[str, str] = os.environ) -> str:
    """The per-user "config", "cache" or "state" folder for steentje, as platformdirs gives it."""
    if sys.platform.startswith(("win", "cygwin", "msys")) or sys.platform == "darwin":
        import platformdirs

        if kind == "config":
            return platformdirs.user_config_dir(APP_NAME)
        if kind == "state":
            return platformdirs.user_state_dir(APP_NAME)
        return platformdirs.user_cache_dir(APP_NAME)
    variable, fallback = _XDG[kind]
    base = environ.get(variable, "")
    if not base.strip():
        base = os.path.expanduser(fallback)
    return os.path.join(base, APP_NAME)


def config_dir(environ: Mapping[str, str] = os.environ) -> str:
    """steentje's config folder (honours XDG_CONFIG_HOME)."""
    return user_dir("config", environ)


def cache_dir(environ: Mapping[str, str] = os.environ) -> str:
    """steentje's cache folder (honours XDG_CACHE_HOME)."""
    return user_dir("cache", environ)


def state_dir(environ: Mapping[str, str] = os.environ) -> str:
    """steentje's state folder (honours XDG_STATE_HOME): conflict copies once merged."""
    return user_dir("state", environ)


def default_journal(environ: Mapping[str, str] = os.environ) -> str:
    """The journal's path when no option, environment variable or setting names one."""
    return os.path.join(config_dir(environ), JOURNAL_FILE)


def config_file(environ: Mapping[str, str] = os.environ) -> str:
    """Where the config file is: config.toml in steentje's config folder."""
    return os.path.join(config_dir(environ), CONFIG_FILE)
