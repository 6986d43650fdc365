"""Checker settings: profile defaults, then the project file, then the front matter, then code.

Settings have one shape wherever they are written. In ``easyread.toml`` (found by walking
up from the document's folder) they sit under ``[check]``; in the front matter under
``check:``::

    check:
      profile: en-GB                      # or de (Leichte Sprache); default: from `language`
      disable: [IMG-EVERY-IDEA]
      allow_initials: [DWP, PIP]          # initials your readers know
      easy_words: [tenancy]               # words your readers know
      TEXT-SENTENCE-LENGTH: {warn_words: 12, severity: error}
      TEXT-NEGATIVES: off

The profile also sets the language of each finding's message and hint (German for ``de``,
English otherwise). Rule ids and the summary line stay in English.

One line is silenced with an HTML comment on that line or alone on the line before it:
``<!-- easyread: ignore TEXT-SENTENCE-LENGTH -->`` (no rule ids silences every rule).
Comments are read from the source text: `CheckConfig.source_text`, or the file in
`Document.source`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from easyread.checker.finding import Severity
from easyread.checker.profile import (
    Profile,
    available_profiles,
    find_profile,
    load_profile,
    profile_for,
)
from easyread.errors import SourceError
from easyread.location import Location
from easyread.model import Document

__all__ = ["PROJECT_FILE", "CheckConfig", "Settings", "find_project_file", "resolve", "silenced"]

PROJECT_FILE = "easyread.toml"
ALL = "*"
_IGNORE = re.compile(r"<!--\s*easyread:\s*ignore\b([^>]*?)-->")
_SHORTHAND_LISTS = {"allow_initials": "TEXT-ABBREVIATIONS", "easy_words": "TEXT-EASY-WORDS"}


@dataclass(frozen=True, slots=True)
class CheckConfig:
    """What the caller adds to the document's own settings.

    `settings` has the same shape as the front matter ``check:`` key and wins over it.
    `pages` is the real page count when a PDF was built (otherwise pages are estimated).
    `source_text` is the Markdown source, read for silencing comments; when None the
    checker reads `Document.source` if it is set. `project_file` is an ``easyread.toml``
    to use; when None one is looked for next to the document, unless `find_project` is false.
    """

    profile: str | None = None
    settings: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    pages: int | None = None
    source_text: str | None = None
    project_file: Path | None = None
    find_project: bool = True


@dataclass(frozen=True, slots=True)
class Settings:
    """The settings in force for one run: which rules, how severe, with which options."""

    profile: Profile
    enabled: frozenset[str]
    severity: Mapping[str, Severity]
    options: Mapping[str, Mapping[str, Any]]
    silenced: Mapping[int, frozenset[str]]
    """Source line → rule ids silenced on it ("*" for all)."""
    pages: int | None = None

    def is_silenced(self, rule_id: str, line: int) -> bool:
        """True when a comment silences `rule_id` on source `line`."""
        ids = self.silenced.get(line)
        return ids is not None and (ALL in ids or rule_id in ids)


def find_project_file(start: Path) -> Path | None:
    """The nearest ``easyread.toml`` in `start` or a folder above it."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.resolve(), *folder.resolve().parents):
        path = candidate / PROJECT_FILE
        if path.is_file():
            return path
    return None


def silenced(source_text: str) -> dict[int, frozenset[str]]:
    """Map source lines to the rule ids their ``easyread: ignore`` comments silence."""
    result: dict[int, set[str]] = {}
    lines = source_text.splitlines()
    for number, text in enumerate(lines, start=1):
        for match in _IGNORE.finditer(text):
            ids = set(re.findall(r"[A-Z0-9]+(?:-[A-Z0-9]+)+", match.group(1))) or {ALL}
            result.setdefault(number, set()).update(ids)
            if not _IGNORE.sub("", text).strip():
                # A comment alone on its line silences the next line with text.
                target = number + 1
                while target <= len(lines) and not lines[target - 1].strip():
                    target += 1
                result.setdefault(target, set()).update(ids)
    return {line: frozenset(ids) for line, ids in result.items()}


def resolve(doc: Document, config: CheckConfig, rule_defaults: Mapping[str, Severity]) -> Settings:
    """Merge the profile, project file, front matter and `config` into the run's settings."""
    layers: list[tuple[Mapping[str, Any], Location]] = []
    project = config.project_file
    if project is None and config.find_project and doc.source is not None:
        project = find_project_file(Path(doc.source))
    if project is not None:
        layers.append(_read_project(project))
    if doc.meta.check:
        layers.append((doc.meta.check, doc.meta.loc))
    if config.settings:
        layers.append((config.settings, Location("settings")))
    name = _profile_name(config.profile, Location("settings")) if config.profile else None
    for layer, loc in layers:
        if "profile" in layer and config.profile is None:
            name = _profile_name(layer["profile"], loc)
    profile = load_profile(name) if name else profile_for(doc.meta.language)
    enabled = set(rule_defaults)
    severity = dict(rule_defaults)
    options = {rule: dict(profile.options(rule)) for rule in rule_defaults}
    for rule, values in options.items():
        # A profile can set a rule's severity or turn it off, like a project file.
        if "severity" in values:
            severity[rule] = Severity(values.pop("severity"))
        if not values.pop("enabled", True):
            enabled.discard(rule)
    for layer, loc in layers:
        _apply(layer, loc, enabled, severity, options)
    text = config.source_text
    if text is None and doc.source is not None and Path(doc.source).is_file():
        text = Path(doc.source).read_text("utf-8")
    return Settings(
        profile=profile,
        enabled=frozenset(enabled),
        severity=MappingProxyType(severity),
        options=MappingProxyType({k: MappingProxyType(v) for k, v in options.items()}),
        silenced=MappingProxyType(silenced(text) if text else {}),
        pages=config.pages,
    )


def _read_project(path: Path) -> tuple[Mapping[str, Any], Location]:
    import tomllib  # only a project file needs it: most runs have none

    loc = Location(str(path), 1, 1)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise SourceError(f"{PROJECT_FILE} cannot be read: {err}", loc) from err
    table = data.get("check", {})
    if not isinstance(table, Mapping):
        raise SourceError("[check] in easyread.toml must be a table", loc)
    return table, loc


def _profile_name(value: Any, loc: Location) -> str:
    found = find_profile(value) if isinstance(value, str) else None
    if found is None:
        names = ", ".join(available_profiles())
        raise SourceError(
            f"there is no checker profile called {value!r}", loc, f"use one of: {names}"
        )
    return found


def _rule_id(key: str, known: Mapping[str, Any], loc: Location) -> str:
    if key in known:
        return key
    import difflib  # only for this error message

    close = difflib.get_close_matches(key, list(known), n=1)
    hint = f"did you mean {close[0]}?" if close else "see docs/rules.md for the rule names"
    raise SourceError(f"check setting {key!r} is not a rule name", loc, hint)


def _apply(
    layer: Mapping[str, Any],
    loc: Location,
    enabled: set[str],
    severity: dict[str, Severity],
    options: dict[str, dict[str, Any]],
) -> None:
    for key, value in layer.items():
        if key == "profile":
            continue
        if key in ("disable", "enable"):
            for rule in _as_list(value, key, loc):
                rule = _rule_id(str(rule), severity, loc)
                (enabled.discard if key == "disable" else enabled.add)(rule)
        elif key in _SHORTHAND_LISTS:
            rule = _SHORTHAND_LISTS[key]
            existing = list(options[rule].get(key, ()))
            options[rule][key] = existing + [str(v) for v in _as_list(value, key, loc)]
        elif key == "rules":
            if not isinstance(value, Mapping):
                raise SourceError("check setting 'rules' must be a table of rule names", loc)
            for rule, setting in value.items():
                _apply_rule(_rule_id(rule, severity, loc), setting, loc, enabled, severity, options)
        else:
            _apply_rule(_rule_id(key, severity, loc), value, loc, enabled, severity, options)


def _apply_rule(
    rule: str,
    value: Any,
    loc: Location,
    enabled: set[str],
    severity: dict[str, Severity],
    options: dict[str, dict[str, Any]],
) -> None:
    if value is False or value == "off":
        enabled.discard(rule)
        return
    if value is True or value == "on":
        enabled.add(rule)
        return
    if isinstance(value, str):
        value = {"severity": value}
    if not isinstance(value, Mapping):
        raise SourceError(f"check setting {rule} must be off, on, warning, error or a table", loc)
    enabled.add(rule)
    for name, setting in value.items():
        if name == "severity":
            try:
                severity[rule] = Severity(setting)
            except ValueError:
                raise SourceError(
                    f"{rule} severity {setting!r} is not known", loc, "use warning or error"
                ) from None
        elif name == "enabled":
            (enabled.add if setting else enabled.discard)(rule)
        elif name not in options[rule]:
            known = ", ".join(sorted(options[rule])) or "none"
            raise SourceError(f"{rule} has no setting {name!r}", loc, f"its settings are: {known}")
        else:
            options[rule][name] = _same_type(options[rule][name], setting, f"{rule}.{name}", loc)


def _same_type(default: Any, value: Any, key: str, loc: Location) -> Any:
    if isinstance(default, bool) or default is None:
        return value
    if (
        isinstance(default, int | float)
        and isinstance(value, int | float)
        and not isinstance(value, bool)
    ):
        return type(default)(value) if isinstance(default, float) else value
    if isinstance(default, list | tuple) and isinstance(value, list | tuple):
        return list(value)
    if isinstance(default, Mapping) and isinstance(value, Mapping):
        return {**default, **value}
    if isinstance(default, str) and isinstance(value, str):
        return value
    raise SourceError(f"{key} {value!r} has the wrong type", loc, f"the default is {default!r}")


def _as_list(value: Any, key: str, loc: Location) -> list[Any]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return list(value)
    raise SourceError(f"check setting {key!r} must be a list", loc)
