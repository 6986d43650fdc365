"""What ``easyread review FILE.md`` prints: per row who understood it, who was not sure and
why, the hard words picked and the recording; then the totals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from easyread.model import RowReview

__all__ = ["summary_dict", "summary_json", "summary_text"]


def summary_dict(booklet: Path, states: list[RowReview]) -> dict[str, Any]:
    """The review of `booklet` as plain data (what ``--format json`` prints)."""
    rows = []
    for state in states:
        rows.append({
            "key": state.key,
            "line": state.loc.line,
            "text": "\n".join(state.lines),
            "answers": [{"reviewer": a.reviewer, "answer": a.answer, "comment": a.comment,
                         "date": a.date, "stale": a.stale} for a in state.answers],
            "hard_words": [{"word": p.word, "reviewer": p.reviewer, "date": p.date}
                           for p in state.hard_words],
            "recording": (None if state.recording is None else
                          state.recording.relative_to(booklet.parent).as_posix()),
            "recorded_by": None if state.recorded_by is None else state.recorded_by.reviewer,
        })
    return {"booklet": booklet.name, "readers": _readers(states), "rows": rows,
            "totals": _totals(states)}


def summary_json(booklet: Path, states: list[RowReview]) -> str:
    """The review as JSON, one document."""
    return json.dumps(summary_dict(booklet, states), indent=2, ensure_ascii=False) + "\n"


def summary_text(booklet: Path, states: list[RowReview]) -> str:
    """The review in plain words, a few lines a row."""
    out = [f"Review of {booklet.name}", ""]
    for state in states:
        out.append(f"Line {state.loc.line}: {' / '.join(state.lines)}")
        current = [a for a in state.answers if not a.stale]
        understood = [a.reviewer for a in current if a.answer == "understand"]
        if understood:
            out.append(f"  Understood: {', '.join(understood)}")
        for answer in current:
            if answer.answer == "not-sure":
                why = f": “{answer.comment}”" if answer.comment else ""
                out.append(f"  Not sure: {answer.reviewer}{why}")
        older = [a.reviewer for a in state.answers if a.stale]
        if older:
            out.append(f"  Answered before the row changed: {', '.join(older)}")
        if not state.answers:
            out.append("  Nobody has reviewed this row yet.")
        if state.hard_words:
            words = ", ".join(f"{p.word} ({p.reviewer})" for p in state.hard_words)
            out.append(f"  Hard words: {words}")
        if state.recording is not None:
            who = f" by {state.recorded_by.reviewer}" if state.recorded_by else ""
            place = state.recording.relative_to(booklet.parent).as_posix()
            out.append(f"  Recording{who}: {place}")
        out.append("")
    totals = _totals(states)
    readers = _readers(states)
    out.append(
        f"{totals['rows']} rows: {totals['reviewed']} reviewed, "
        f"{totals['understood_by_all']} understood by everyone who answered, "
        f"{totals['not_sure']} with “Not sure”, {totals['not_reviewed']} not reviewed yet "
        f"or changed since. {totals['hard_words']} hard words picked, "
        f"{totals['recordings']} recordings.")
    out.append(f"Readers: {', '.join(readers) if readers else 'none yet'}.")
    return "\n".join(out) + "\n"


def _readers(states: list[RowReview]) -> list[str]:
    names: dict[str, None] = {}
    for state in states:
        for answer in state.answers:
            names.setdefault(answer.reviewer)
        for pick in state.hard_words:
            names.setdefault(pick.reviewer)
        if state.recorded_by is not None:
            names.setdefault(state.recorded_by.reviewer)
    return list(names)


def _totals(states: list[RowReview]) -> dict[str, int]:
    current = [[a for a in s.answers if not a.stale] for s in states]
    return {
        "rows": len(states),
        "reviewed": sum(1 for answers in current if answers),
        "understood_by_all": sum(1 for answers in current
                                 if answers and all(a.answer == "understand" for a in answers)),
        "not_sure": sum(1 for answers in current if any(a.answer == "not-sure" for a in answers)),
        "not_reviewed": sum(1 for answers in current if not answers),
        "hard_words": sum(len(s.hard_words) for s in states),
        "recordings": sum(1 for s in states if s.recording is not None),
    }
