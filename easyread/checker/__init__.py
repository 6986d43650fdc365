"""Check a document against easy read rules: `check(doc) -> Report`.

Every finding points at the line and column of the source. See docs/rules.md for the
rules, the settings and the score.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import replace
from types import ModuleType

from easyread.checker.analysis import Analysis, analyse
from easyread.checker.config import CheckConfig, Settings, resolve
from easyread.checker.finding import Finding, Severity
from easyread.checker.format import format_json, format_sarif, format_summary, format_text
from easyread.checker.pages import estimate_pages
from easyread.checker.readability import measure
from easyread.checker.registry import MODULES, RULES
from easyread.checker.report import Report, RowMeasure, Summary, score
from easyread.checker.rule import RuleContext
from easyread.checker.units import text_sentences
from easyread.checker.vocab import hard_words
from easyread.model import Document

__all__ = [
    "RULES",
    "CheckConfig",
    "Finding",
    "Report",
    "Severity",
    "Summary",
    "check",
    "check_pages",
    "format_json",
    "format_sarif",
    "format_summary",
    "format_text",
]


def check(doc: Document, config: CheckConfig | None = None) -> Report:
    """Check `doc` with every enabled rule and measure it; raise SourceError for bad settings."""
    # The analysis makes several objects per word, and all of them live until the report is
    # made: the cycle collector would walk them again and again and free nothing (it took
    # a third of the time). It runs as usual once the check is over.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _check(doc, config or CheckConfig())
    finally:
        if collecting:
            gc.enable()


def _check(doc: Document, config: CheckConfig) -> Report:
    settings = resolve(doc, config, {rule_id: rule.severity for rule_id, rule in RULES.items()})
    contact_headings = settings.options["DOC-CONTACT"].get("headings", ())
    analysis = analyse(doc, settings.profile, contact_headings)
    analysis.pages_known = settings.pages is not None
    analysis.pages = settings.pages if settings.pages is not None else estimate_pages(doc)
    findings = _run(MODULES, doc, settings, analysis)
    findings.sort(key=Finding.sort_key)
    language = settings.profile.wordfreq_language
    measured = analysis.measured_rows
    row_words = [[[w.text for w in s.words] for s in row.sentences] for row in measured]
    sentence_words = text_sentences(measured)
    warn = settings.options["TEXT-SENTENCE-LENGTH"]["warn_words"]
    hard = hard_words(analysis, settings.options["TEXT-EASY-WORDS"])
    measured_lines = {id(line) for row in measured for line in row.lines}
    hard_count = sum(1 for word in hard if id(word.line) in measured_lines)
    words = sum(len(s) for s in sentence_words)
    long_sentences = sum(1 for s in sentence_words if len(s) > warn)
    rows = []
    for row, row_sentences in zip(measured, row_words, strict=True):
        result = measure(row_sentences, language, settings.profile.readability)
        if result is not None:
            rows.append(RowMeasure(row.row.loc, result))
    found = tuple(findings)
    summary = Summary(
        words=words,
        sentences=len(sentence_words),
        rows=len(analysis.rows),
        pages=analysis.pages,
        pages_estimated=not analysis.pages_known,
        score=score(
            words=words,
            sentences=len(sentence_words),
            long_sentences=long_sentences,
            hard_words=hard_count,
            findings=found,
        ),
        readability=measure(sentence_words, language, settings.profile.readability),
        hard_words=hard_count,
        long_sentences=long_sentences,
        profile=settings.profile.name,
    )
    return Report(found, summary, tuple(rows))


def check_pages(
    doc: Document, report: Report, pages: int, config: CheckConfig | None = None
) -> Report:
    """`report`, made by `check(doc, config)`, for a booklet found to have `pages` pages (its
    built PDF's count), as `check` would make it with that count given.

    Only the rules that use the page count (`Rule.uses_pages`) run again, and only when
    `pages` is not the count `report` was made with; otherwise only the summary changes,
    to say the count is known."""
    s = report.summary
    if pages == s.pages:
        return replace(report, summary=replace(s, pages_estimated=False))
    config = replace(config or CheckConfig(), pages=pages)
    settings = resolve(doc, config, {rule_id: rule.severity for rule_id, rule in RULES.items()})
    paged = [module for module in MODULES if module.RULE.uses_pages]
    redone = {module.RULE.id for module in paged}
    # Those rules read no rows, so the document is not analysed again.
    analysis = Analysis(doc, settings.profile, [], [], set(), set(), pages=pages, pages_known=True)
    findings = [f for f in report.findings if f.rule not in redone]
    findings += _run(paged, doc, settings, analysis)
    findings.sort(key=Finding.sort_key)
    found = tuple(findings)
    again = score(words=s.words, sentences=s.sentences, long_sentences=s.long_sentences,
                  hard_words=s.hard_words, findings=found)
    summary = replace(s, pages=pages, pages_estimated=False, score=again)
    return Report(found, summary, report.rows)


def _run(
    modules: Iterable[ModuleType], doc: Document, settings: Settings, analysis: Analysis
) -> list[Finding]:
    """The findings of the enabled rules among `modules`, less those silenced in the source."""
    findings: list[Finding] = []
    for module in modules:
        rule = module.RULE
        if rule.id not in settings.enabled:
            continue
        ctx = RuleContext(
            rule, settings.severity[rule.id], settings.options[rule.id], analysis, settings.options
        )
        findings.extend(
            f for f in module.check(doc, ctx) if not settings.is_silenced(rule.id, f.loc.line)
        )
    return findings
