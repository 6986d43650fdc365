"""The list of rules: every module in easyread/checker/rules/, sorted by rule id.

Adding a rule means adding one module there (with ``RULE`` and ``check``) and nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from easyread.checker import rules
from easyread.checker.rule import Rule

__all__ = ["MODULES", "RULES"]


def _discover() -> tuple[ModuleType, ...]:
    found = [
        importlib.import_module(f"{rules.__name__}.{info.name}")
        for info in pkgutil.iter_modules(rules.__path__)
        if not info.name.startswith("_")
    ]
    return tuple(sorted(found, key=lambda module: module.RULE.id))


MODULES: tuple[ModuleType, ...] = _discover()
RULES: dict[str, Rule] = {module.RULE.id: module.RULE for module in MODULES}
