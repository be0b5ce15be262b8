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
# The bundled data is about 50 KB as JSON: a larger file is no cache of steentje's.
_MOST_CACHE_BYTES = 1024 * 1024


@functools.cache
def _bundled_data() -> dict[str, Any]:
    """The bundled principles file's data: from the cache when it holds this very text."""
    from steentje.principles import parse_bundle, read_bundled_data

    text = read_bundled_data()
    cache = Path(paths.cache_dir()) / _BUNDLE_CACHE
    data = _kept_data(cache, text)
    if data is not None:
        return data
    data = parse_bundle(text)
    written = json.dumps({"text": text, "check": _check(text, data), "data": data})
    if json.loads(written)["data"] == data:  # only what JSON holds as TOML does (no dates)
        try:
            make_private_dirs(paths.cache_dir())
            write_atomic(cache, written.encode("utf-8"))
        except (OSError, SteentjeError):
            pass  # a cache only: the next run tries again
    return data


def _kept_data(cache: Path, text: str) -> dict[str, Any] | None:
    """The data the cache keeps for *text*, when it is there, whole and as written; else None.

    Anything else (no regular file, too large, no JSON, nested too deep, of
    another text, edited or damaged, refused by the catalog's own checks) is
    no cache: the text is parsed and the cache written anew.
    """
    from steentje.principles import parse_catalog

    try:
        raw = read_regular(cache, _MOST_CACHE_BYTES) or b""
        kept = json.loads(raw) if 0 < len(raw) <= _MOST_CACHE_BYTES else None
    except (OSError, SteentjeError, ValueError, RecursionError):
        return None
    if not isinstance(kept, dict) or kept.get("text") != text:
        return None
    data = kept.get("data")
    if not isinstance(data, dict) or kept.get("check") != _check(text, data):
        return None
    try:
        parse_catalog(data, "en")  # what the bundled file's data must pass, both languages
    except SteentjeError:
        return None
    return data


def _check(text: str, data: dict[str, Any]) -> int:
    """A checksum of the text and its data, so that an edit or damage to the data shows."""
    import zlib  # here: only the bundled set's cache needs it

    canonical = json.dumps([text, data], sort_keys=True, ensure_ascii=False)
    return zlib.crc32(canonical.encode("utf-8"))


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
