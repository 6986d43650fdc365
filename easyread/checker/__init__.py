"""Check a document against easy read rules: `check(doc) -> Report`.

Every finding points at the line and column of the source. See docs/rules.md for the
rules, the settings and the score.
"""

from __future__ import annotations

import gc

from easyread.checker.analysis import analyse
from easyread.checker.config import CheckConfig, resolve
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
    findings: list[Finding] = []
    for module in MODULES:
        rule = module.RULE
        if rule.id not in settings.enabled:
            continue
        ctx = RuleContext(
            rule, settings.severity[rule.id], settings.options[rule.id], analysis, settings.options
        )
        findings.extend(
            f for f in module.check(doc, ctx) if not settings.is_silenced(rule.id, f.loc.line)
        )
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
