"""The performance targets of issue 7, each worked out as a ratio from one benchmark run."""

from __future__ import annotations

from typing import Any

__all__ = ["check_targets"]

Result = dict[str, Any]


def _find(results: list[Result], name: str, rows: int = 0) -> Result | None:
    for r in results:
        if r["name"] == name and r["rows"] == rows and not r["skipped"]:
            return r
    return None


def _target(text: str, value: float | None, limit: float, unit: str, *,
            at_most: bool = True, extra: str = "") -> dict[str, Any]:
    if value is None:
        return {"target": text, "value": None, "limit": limit, "met": None,
                "measured": "not measured in this run"}
    met = value <= limit if at_most else value >= limit
    shown = f"{value:,.0f} {unit}" if unit in ("words/s", "MB") else f"{value:.2f}{unit}"
    return {"target": text, "value": value, "limit": limit, "met": met,
            "measured": shown + (f" ({extra})" if extra else "")}


def _tree_peak(result: Result | None) -> float | None:
    if result is None:
        return None
    return float(max(result.get("tree_peak_mb", 0.0), result["peak_mb"]))


def _ratio(a: Result | None, b: Result | None) -> float | None:
    return a["median"] / b["median"] if a and b else None


def check_targets(results: list[Result], sizes: list[int]) -> list[dict[str, Any]]:
    """Each target with its measured value and whether it is met (None: not measured)."""
    big, small = max(sizes), min(sizes)
    middle = 300 if 300 in sizes else None
    bare = _find(results, "python -c pass")
    pandoc_big = _find(results, "pandoc docx", big)
    pandoc_small = _find(results, "pandoc docx", small)
    targets = [
        _target(f"DOCX of {big:,} rows no slower than pandoc's DOCX",
                _ratio(_find(results, "build docx", big), pandoc_big), 1.0, "x pandoc"),
        _target(f"PDF of {big:,} rows within 12 times the PDF of 300 rows",
                _ratio(_find(results, "build pdf", big), _find(results, "build pdf", middle or -1)),
                12.0, "x the 300-row time"),
        _target(f"peak memory of PDF and DOCX of {big:,} rows together under 400 MB",
                _tree_peak(_find(results, "build pdf,docx", big)), 400.0, "MB",
                extra="the build and its child processes together"),
        _target("easyread --version within 4 times a bare Python start",
                _ratio(_find(results, "easyread --version"), bare), 4.0, "x bare Python"),
        _target("easyread --help within 4 times a bare Python start",
                _ratio(_find(results, "easyread --help"), bare), 4.0, "x bare Python"),
    ]
    for name, how in (("check", "whole process"), ("check (in process)", "checker alone")):
        check = _find(results, name, big)
        targets.append(_target(
            f"checker at 20,000 words a second or more ({how}, {big:,} rows)",
            check["words_per_second"] if check else None, 20000.0, "words/s", at_most=False))
    both = _find(results, "build pdf,docx", small)
    targets.append(_target(
        f"PDF and DOCX of {small} rows within 8 times pandoc's DOCX alone",
        _ratio(both, pandoc_small), 8.0, "x pandoc"))
    targets.append(_target(
        f"audio of {small} rows, every row spoken (empty cache), within 3 times PDF and DOCX",
        _ratio(_find(results, "build audio (empty cache)", small), both), 3.0,
        "x PDF and DOCX"))
    return targets
