"""The set of principles in use: the bundled one, or the file ``principles = "PATH"`` names.

The one place a principles file of one's own is read (as a regular file, its
links resolved once by ``settings``); its format and checks are ``own_set``'s.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from steentje import paths
from steentje.errors import SteentjeError
from steentje.storage.files import make_private_dirs, read_regular, write_atomic
from steentje.words import os_reason, t, text_in

if TYPE_CHECKING:
    from steentje.principles import Catalog
    from steentje.settings import Settings
    from steentje.storage.doctor import Finding

_NOTED: set[tuple[str, str]] = set()


def read_set_file(path: str, *, configured: bool = True) -> bytes:
    """A principles file's bytes (links followed), or a one-line error naming the file.

    *configured*: the file is the one in use, so a missing one points at the setting.
    """
    try:
        raw = read_regular(os.path.realpath(path))
    except OSError as error:
        raise SteentjeError(t("own_unreadable", file=path, reason=os_reason(error))) from None
    except SteentjeError:  # a folder, a FIFO, a device
        raise SteentjeError(t("own_not_a_file", file=path)) from None
    if raw is None:
        raise SteentjeError(t("own_missing" if configured else "own_no_file", file=path))
    return raw


def catalog_for(settings: Settings, language: str | None = None, *, warn: bool = True) -> Catalog:
    """The set in use, in *language* (default: the settings' language).

    An own set with principles missing in that language shows them in the other
    one; *warn* says so once, in one line on stderr.
    """
    language = language or settings.language
    path = settings.principles
    if path is None:
        from steentje.principles import parse_catalog

        return parse_catalog(_bundled_data(), language)
    from steentje.own_set import own_catalog

    catalog = own_catalog(read_set_file(path), path, language)
    if catalog.fallback and warn and (path, language) not in _NOTED:
        from steentje.errors import print_error

        _NOTED.add((path, language))
        numbers = ", ".join(map(str, catalog.fallback))
        print_error(
            text_in(
                "own_fallback",
                language,
                set=catalog.set_id,
                numbers=numbers,
                count=len(catalog.fallback),
            )
        )
    return catalog


# The bundled principles' data as JSON, beside the text it was read from: exact
# for that text or not used. TOML parsing was most of finding the set in use.
_BUNDLE_CACHE = "bundled-principles.json"


@functools.cache
def _bundled_data() -> dict[str, Any]:
    """The bundled principles file's data: from the cache when it holds this very text."""
    from steentje.principles import parse_bundle, read_bundled_data

    text = read_bundled_data()
    cache = Path(paths.cache_dir()) / _BUNDLE_CACHE
    try:
        kept = json.loads(read_regular(cache) or b"null")
    except (OSError, SteentjeError, ValueError):  # unreadable, no regular file, no JSON
        kept = None
    if isinstance(kept, dict) and kept.get("text") == text and isinstance(kept.get("data"), dict):
        data: dict[str, Any] = kept["data"]
        return data
    data = parse_bundle(text)
    written = json.dumps({"text": text, "data": data}, ensure_ascii=False)
    if json.loads(written)["data"] == data:  # only what JSON holds as TOML does (no dates)
        try:
            make_private_dirs(paths.cache_dir())
            write_atomic(cache, written.encode("utf-8"))
        except (OSError, SteentjeError):
            pass  # a cache only: the next run tries again
    return data


def examine_set(settings: Settings) -> Finding:
    """``doctor``'s word on the principles file in use: ready, or its first problem."""
    from steentje.storage.doctor import Finding

    try:
        catalog = catalog_for(settings, warn=False)
    except SteentjeError as error:
        return Finding(False, str(error))
    path = settings.principles
    return Finding(True, t("own_check_ok", file=path, id=catalog.set_id, count=catalog.count))


def forget_notes() -> None:
    """Note a fallback language again (for a new command line in the same process: tests)."""
    _NOTED.clear()
