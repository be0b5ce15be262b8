"""steentje's config and cache folders, found without importing platformdirs where possible.

The shell reminder runs at every shell start, and importing platformdirs costs
about as much as the rest of its work. On Linux and the BSDs the rule is short
(tests check it against platformdirs); on macOS and Windows platformdirs decides.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

APP_NAME = "steentje"
_XDG = {"config": ("XDG_CONFIG_HOME", "~/.config"), "cache": ("XDG_CACHE_HOME", "~/.cache")}


def user_dir(kind: str, environ: Mapping[str, str]) -> str:
    """The per-user "config" or "cache" folder for steentje, as platformdirs gives it."""
    if sys.platform.startswith(("win", "cygwin", "msys")) or sys.platform == "darwin":
        import platformdirs

        if kind == "config":
            return platformdirs.user_config_dir(APP_NAME)
        return platformdirs.user_cache_dir(APP_NAME)
    variable, fallback = _XDG[kind]
    base = environ.get(variable, "")
    if not base.strip():
        base = os.path.expanduser(fallback)
    return os.path.join(base, APP_NAME)
