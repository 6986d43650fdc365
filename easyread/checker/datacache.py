"""Keep data that is slow to parse (hyphenation patterns, profiles) as JSON; find packages.

The JSON copy sits in the cache folder (easyread.cache), named after the source file's
name, size and time, so a changed source file is parsed again. It is data only (no
pickle), and anything wrong with it means parsing the source again, never an error.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["cached_json", "package_folder"]


def package_folder(name: str) -> Path | None:
    """The folder of the installed package `name`, found without importing it; or None."""
    # find_spec locates the package without running its __init__ (often the slow part).
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def cached_json(
    source: Path, kind: str, parse: Callable[[], Any], valid: Callable[[Any], bool]
) -> Any:
    """`parse()` of `source`, or the JSON copy stored by an earlier run when `valid` likes it."""
    from easyread.cache import cache_folder, store

    folder = cache_folder(kind)
    if folder is None:
        return parse()
    try:
        stat = source.stat()
    except OSError:
        return parse()
    cached = folder / f"{source.stem}-{stat.st_size}-{stat.st_mtime_ns}.v2.json"
    try:
        data = json.loads(cached.read_text(encoding="utf-8"))
        if valid(data):
            return data
    except (OSError, ValueError):
        pass
    data = parse()
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return data  # not plain JSON data (a TOML date, say): parse it every time
    store(cached, text.encode("utf-8"))
    _remove_older(folder, source.stem, keep=cached)
    return data


def _remove_older(folder: Path, stem: str, keep: Path) -> None:
    """Delete copies made from earlier versions of the same source (a reinstall changes its
    time), so the cache folder does not fill up with files nothing reads."""
    with contextlib.suppress(OSError):
        for old in folder.glob(f"{stem}-*.json"):
            if old != keep and old.name.removeprefix(f"{stem}-").split("-", 1)[0].isdigit():
                old.unlink(missing_ok=True)
