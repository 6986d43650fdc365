"""Build docs/rules.md from the rule docstrings, so the docs cannot drift from the code.

The generated part sits between two marker comments; text outside them (such as the
measured results) is kept as it is. Run ``python -m easyread.checker.docs docs/rules.md``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from easyread.checker import config, report
from easyread.checker.profile import DEFAULT_PROFILE, available_profiles, load_profile
from easyread.checker.registry import MODULES

__all__ = [
    "BEGIN",
    "END",
    "ExampleAnswer",
    "RuleDoc",
    "example_review",
    "example_source",
    "generate",
    "render_rules",
    "rule_doc",
    "update",
]

BEGIN = "<!-- rules:begin (generated from the rule docstrings; do not edit) -->"
END = "<!-- rules:end -->"
_FIELDS = ("What it checks", "Why", "Bad", "Good", "Settings")


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """The parts of a rule's docstring."""

    id: str
    title: str
    what: str
    why: str
    bad: str
    good: str
    settings: str


def rule_doc(module: ModuleType) -> RuleDoc:
    """Split a rule module's docstring into its fixed parts."""
    text = module.__doc__ or ""
    head, _, body = text.strip().partition("\n")
    rule_id, _, title = head.partition(": ")
    parts: dict[str, str] = {}
    pattern = r"^(" + "|".join(_FIELDS) + r"): "
    chunks = re.split(pattern, body.strip(), flags=re.MULTILINE)
    for name, value in zip(chunks[1::2], chunks[2::2], strict=True):
        parts[name] = " ".join(value.split())
    return RuleDoc(
        id=rule_id,
        title=title.rstrip("."),
        what=parts.get("What it checks", ""),
        why=parts.get("Why", ""),
        bad=parts.get("Bad", ""),
        good=parts.get("Good", ""),
        settings=parts.get("Settings", ""),
    )


_REVIEW = re.compile(r"\s*\[([^:\]]+): (understand|not sure|hard word)(?:: “([^”]*)”)?\]")
"""What a reader said about a row in an example: "[Sam: understand]", "[Sam: not sure:
“What is a depot?”]" or "[Sam: hard word: “depot”]", at the end of the row."""


@dataclass(frozen=True, slots=True)
class ExampleAnswer:
    """One thing a reader said about a row of an example (see :func:`example_source`)."""

    line: int
    """The row's first line in the example's Markdown."""
    reviewer: str
    kind: str
    """"understand", "not-sure" or "hard-word"."""
    text: str


def example_source(example: str) -> str:
    """The booklet Markdown a docstring's Bad or Good example stands for.

    Examples are Markdown written on one line: " ... " starts a new block (a row, a heading or
    a word list entry), "(new line)" a new line in the same row, and "(N times)" at the end
    of a block repeats it N times. What readers said in review ends a row in square brackets
    (see :func:`example_review`). tests/checker/test_rule_examples.py checks every rule's
    Bad example finds something and its Good example finds nothing.
    """
    return "\n\n".join(_blocks(example)) + "\n"


def example_review(example: str) -> list[ExampleAnswer]:
    """What readers said about the example's rows: "[Sam: understand]", "[Sam: not sure:
    “What is a depot?”]", "[Sam: hard word: “depot”]" at the end of a row."""
    found = []
    line = 1
    for block in example.split(" ... "):
        for who, kind, text in _REVIEW.findall(block):
            found.append(ExampleAnswer(line, who.strip(), kind.replace(" ", "-"), text))
        line += len(_blocks(block)[0].split("\n")) + 1
    return found


def _blocks(example: str) -> list[str]:
    blocks = []
    for block in example.split(" ... "):
        block = _REVIEW.sub("", block)
        repeat = re.fullmatch(r"(.*?)\s*\((\d+) times\)", block)
        text, times = (repeat.group(1), int(repeat.group(2))) if repeat else (block, 1)
        text = re.sub(r"\s*\(new line\)\s*", "\n", text.strip())
        blocks.extend([text] * times)
    return blocks


def _scalars(options: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: value
        for name, value in options.items()
        if isinstance(value, int | float | str) and not isinstance(value, bool)
    }


def _defaults(rule_id: str, profile: str = DEFAULT_PROFILE) -> str:
    """The numbers and words `profile` sets for the rule; for other profiles, only changes."""
    options = _scalars(load_profile(profile).options(rule_id))
    if profile != DEFAULT_PROFILE:
        base = _scalars(load_profile(DEFAULT_PROFILE).options(rule_id))
        options = {k: v for k, v in options.items() if base.get(k) != v and v != ""}
    return ", ".join(f"`{name} = {value}`" for name, value in options.items())


def render_rules() -> str:
    """The generated part of docs/rules.md: the score, the settings and one page per rule."""
    out = [BEGIN, "", "## The score", ""]
    out += (report.__doc__ or "").strip().splitlines()[2:]
    out += ["", "## Settings and silencing", "", "```text"]
    out += (config.__doc__ or "").strip().splitlines()
    out += ["```", "", "## Rules", ""]
    out += [f"- [{m.RULE.id}](#{m.RULE.id.lower()}): {rule_doc(m).title}" for m in MODULES]
    for module in MODULES:
        doc, rule = rule_doc(module), module.RULE
        out += ["", f"### {rule.id}", "", f"**{doc.title[:1].upper()}{doc.title[1:]}.**", ""]
        out += [f"- Default: {rule.severity.value}. Source: {rule.source}."]
        defaults = _defaults(rule.id)
        if defaults:
            out += [f"- Default settings ({DEFAULT_PROFILE}): {defaults}."]
        for name in available_profiles():
            changed = _defaults(rule.id, name) if name != DEFAULT_PROFILE else ""
            if changed:
                out += [f"- In the {name} profile: {changed}."]
        out += [
            f"- What it checks: {doc.what}",
            f"- Why: {doc.why}",
            f"- Bad: {doc.bad}",
            f"- Good: {doc.good}",
        ]
        if doc.settings:
            out += [f"- Settings: {doc.settings}"]
    out += ["", END]
    return "\n".join(out) + "\n"


def generate(current: str) -> str:
    """`current` docs text with its generated part replaced (or added at the top)."""
    block = render_rules()
    if BEGIN in current and END in current:
        before = current.split(BEGIN, 1)[0]
        after = current.split(END, 1)[1].lstrip("\n")
        return before + block + ("\n" + after if after else "")
    title = "# Easy read checker rules\n\n"
    return title + block + ("\n" + current if current else "")


def update(path: Path) -> bool:
    """Rewrite `path` if its generated part is stale; return True when it changed."""
    current = path.read_text("utf-8") if path.exists() else ""
    new = generate(current)
    if new != current:
        path.write_text(new, "utf-8")
    return new != current


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules.md")
    print(f"{target}: {'updated' if update(target) else 'up to date'}")
