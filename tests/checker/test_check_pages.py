"""check_pages: a report made on the estimated page count, judged again on the real one."""

from __future__ import annotations

import inspect

import pytest

import easyread
from easyread.checker import CheckConfig, check, check_pages
from easyread.checker.registry import MODULES

TEXT = """---
title: Trip
check:
  DOC-LENGTH-PAGES: {max_pages: 5, severity: error}
  DOC-CONTENTS: {min_pages: 6}
---

# The day

:bus: We go by coach to the seaside.
"""


@pytest.mark.parametrize("pages", [1, 5, 6, 34])
def test_the_page_rules_run_again_as_a_check_with_that_count_would(pages: int) -> None:
    doc = easyread.parse(TEXT)
    estimated = check(doc)
    assert estimated.summary.pages == 4
    assert not {f.rule for f in estimated.findings} & {"DOC-LENGTH-PAGES", "DOC-CONTENTS"}
    counted = check_pages(doc, estimated, pages)
    assert counted == check(doc, CheckConfig(pages=pages))
    paged = {"DOC-LENGTH-PAGES", "DOC-CONTENTS"}
    assert {f.rule for f in counted.findings} & paged == (paged if pages > 5 else set())
    assert counted.errors == estimated.errors + (pages > 5)


def test_the_right_estimate_only_says_the_count_is_known() -> None:
    doc = easyread.parse(TEXT)
    estimated = check(doc)
    counted = check_pages(doc, estimated, 4)
    assert counted.findings == estimated.findings
    assert counted.summary.pages == 4 and not counted.summary.pages_estimated


def test_every_rule_that_reads_the_page_count_says_so() -> None:
    for module in MODULES:
        reads = "analysis.pages" in inspect.getsource(module)
        assert module.RULE.uses_pages == reads, module.RULE.id
