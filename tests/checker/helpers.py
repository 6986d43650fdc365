"""Build documents from Markdown and collect findings as short text, for the checker tests."""

from __future__ import annotations

from easyread.checker import CheckConfig, Report, check
from easyread.model import Document
from easyread.read import parse

FRONT = "---\ntitle: Test booklet\n---\n\n"


def read(body: str, front: str = FRONT) -> Document:
    """A Document from Markdown `body` under a plain front matter; `body` starts on line 5."""
    return parse(front + body, source="t.md")


def run(body: str, *rules: str, front: str = FRONT, **settings: object) -> Report:
    """Check `body`, with only `rules` enabled when any are given."""
    text = front + body
    enabled: dict[str, object] = dict(settings)
    if rules:
        from easyread.checker import RULES

        enabled["disable"] = [r for r in RULES if r not in rules]
    config = CheckConfig(settings=enabled, source_text=text, find_project=False)
    return check(parse(text, source="t.md"), config)


def found(body: str, *rules: str, **settings: object) -> list[str]:
    """Findings of `rules` on `body` as "LINE:COL RULE-ID" strings."""
    return [f"{f.loc.line}:{f.loc.column} {f.rule}" for f in run(body, *rules, **settings).findings]
