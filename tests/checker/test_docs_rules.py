"""docs/rules.md is generated from the rule docstrings and must be up to date."""

from __future__ import annotations

from pathlib import Path

from easyread.checker.docs import BEGIN, generate, rule_doc
from easyread.checker.registry import MODULES

DOCS = Path(__file__).parents[2] / "docs" / "rules.md"


def test_rules_md_is_up_to_date() -> None:
    current = DOCS.read_text("utf-8")
    assert BEGIN in current
    assert generate(current) == current, "run: python -m easyread.checker.docs docs/rules.md"


def test_every_rule_documents_what_why_bad_and_good() -> None:
    for module in MODULES:
        doc = rule_doc(module)
        assert doc.id == module.RULE.id
        assert doc.title and doc.what and doc.why and doc.bad and doc.good, doc.id
        assert module.__name__.endswith(doc.id.lower().replace("-", "_"))
