"""Print a Report: compiler-style text, JSON, or SARIF 2.1.0 for code hosts."""

from __future__ import annotations

import json
from typing import Any

from easyread.checker.finding import Finding, Severity
from easyread.checker.report import Report

__all__ = ["format_finding", "format_json", "format_sarif", "format_summary", "format_text",
           "report_dict"]

_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

_SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def format_summary(report: Report) -> str:
    """One line: errors, warnings, counts, score and the reading-ease formula."""
    s = report.summary
    pages = f"{'about ' if s.pages_estimated else ''}{s.pages} pages"
    score = "no score (no text)" if s.score is None else f"score {s.score}/100 (higher is easier)"
    text = (
        f"{_count(report.errors, 'error')}, {_count(report.warnings, 'warning')}; "
        f"{_count(s.words, 'word')}, {_count(s.sentences, 'sentence')}, "
        f"{_count(s.rows, 'row')}, {pages}; {score}"
    )
    if s.readability is not None:
        r = s.readability
        # Shown on their scales and in words; --format json keeps the raw numbers.
        text += (
            f"; Flesch reading ease {_ease(r.flesch_reading_ease)}, "
            f"grade {max(0.0, r.flesch_kincaid_grade):.1f}"
        )
        if "amstad_reading_ease" in r.formulas:
            text += f", Amstad reading ease {_ease(r.amstad_reading_ease)}"
        if "lix" in r.formulas:
            text += f", LIX {r.lix:.0f} ({_lix_words(r.lix)})"
        text += " (for information)"
    return text


# Flesch's own bands for reading ease (Amstad uses the same scale).
_EASE_WORDS = ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "plain"),
               (50, "fairly hard"), (30, "hard"), (0, "very hard"))  # fmt: skip
_LIX_WORDS = ((25, "very easy"), (35, "easy"), (45, "medium"), (55, "hard"))


def _ease(value: float) -> str:
    """A reading-ease number clamped to its 0 to 100 scale, with its band in words."""
    clamped = max(0.0, min(100.0, value))
    words = next(name for floor, name in _EASE_WORDS if clamped >= floor)
    return f"{clamped:.0f} of 100 ({words})"


def _lix_words(value: float) -> str:
    return next((name for ceiling, name in _LIX_WORDS if value < ceiling), "very hard")


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def format_finding(finding: Finding) -> str:
    """``FILE:LINE:COL: warning RULE-ID: message``, and its hint indented on the next line."""
    return str(finding) + (f"\n    {finding.hint}" if finding.hint else "")


def format_text(report: Report) -> str:
    """``FILE:LINE:COL: warning RULE-ID: message`` lines with indented hints, then the summary."""
    lines = [format_finding(finding) for finding in report.findings]
    lines.append(format_summary(report))
    return "\n".join(lines) + "\n"


def _finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "file": finding.loc.file,
        "line": finding.loc.line,
        "column": finding.loc.column,
        "message": finding.message,
        "hint": finding.hint,
    }


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain data, in the shape `--format json` prints."""
    s = report.summary
    summary: dict[str, Any] = {
        "words": s.words,
        "sentences": s.sentences,
        "rows": s.rows,
        "pages": s.pages,
        "pages_estimated": s.pages_estimated,
        "score": s.score,
        "hard_words": s.hard_words,
        "long_sentences": s.long_sentences,
        "errors": report.errors,
        "warnings": report.warnings,
        "profile": s.profile,
        "readability": s.readability.as_dict() if s.readability is not None else None,
    }
    rows = [
        {"file": r.loc.file, "line": r.loc.line, "column": r.loc.column, **r.readability.as_dict()}
        for r in report.rows
    ]
    return {
        "findings": [_finding_dict(f) for f in report.findings],
        "summary": summary,
        "rows": rows,
    }


def format_json(report: Report) -> str:
    """The report as JSON."""
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"


def format_sarif(report: Report) -> str:
    """The report as a SARIF 2.1.0 log, for code hosts that show findings on lines."""
    from easyread import __version__
    from easyread.checker.docs import rule_doc
    from easyread.checker.registry import MODULES

    rules = []
    for module in MODULES:
        doc = rule_doc(module)
        rules.append(
            {
                "id": module.RULE.id,
                "shortDescription": {"text": doc.title},
                "fullDescription": {"text": doc.what},
                "help": {"text": f"{doc.why} Bad: {doc.bad} Good: {doc.good}"},
                "defaultConfiguration": {"level": _SARIF_LEVEL[module.RULE.severity]},
            }
        )
    index = {rule["id"]: n for n, rule in enumerate(rules)}
    results = [
        {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f"{f.message} {f.hint}".strip()},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.loc.file},
                        "region": {"startLine": f.loc.line, "startColumn": f.loc.column},
                    }
                }
            ],
        }
        for f in report.findings
    ]
    log = {
        "$schema": _SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "easyread",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
