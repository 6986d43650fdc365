"""The studio page: the booklet's own HTML page, a tool bar, and notes and buttons by each row."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from easyread.checker import Severity
from easyread.formats import FORMATS
from easyread.model import iter_rows
from easyread.serve.slots import fill_slots, without_slots
from easyread.serve.state import Snapshot

__all__ = ["Note", "annotate", "notes_by_row", "sentence", "studio_page"]

@dataclass(frozen=True, slots=True)
class Note:
    """Something the checker or the reader says about a place in the file, in plain words."""

    line: int
    kind: str
    """"error", "warning" or "note"."""
    message: str
    hint: str = ""


_KIND_WORDS = {"error": "Must fix", "warning": "Could be better", "note": "Note"}


def annotate(html: str, tools: list[str]) -> str | None:
    """Put `tools[i]` in the slot after the words of the i-th row of `html` (the page makers
    leave one per row: easyread.serve.slots); None if the slots do not match the rows."""
    return fill_slots(html, tools)


def _notes(snapshot: Snapshot) -> list[Note]:
    notes: list[Note] = []
    findings = snapshot.report.findings if snapshot.report is not None else ()
    for finding in findings:
        kind = "error" if finding.severity is Severity.ERROR else "warning"
        notes.append(Note(finding.loc.line, kind, finding.message, finding.hint))
    for diagnostic in snapshot.warnings:
        notes.append(Note(diagnostic.loc.line, "note", diagnostic.message, diagnostic.hint or ""))
    return notes


def notes_by_row(snapshot: Snapshot) -> tuple[list[list[Note]], list[Note]]:
    """The notes for each row (by the source lines the row covers), and the notes for no row."""
    owner: dict[int, int] = {}
    rows = list(iter_rows(snapshot.doc)) if snapshot.doc is not None else []
    for index, row in enumerate(rows):
        source = snapshot.rows[index] if index < len(snapshot.rows) else None
        lines = {row.loc.line, *(line.loc.line for line in row.lines)}
        if row.picture is not None:
            lines.add(row.picture.loc.line)
        if source is not None:
            lines |= set(range(source.start + 1, source.end + 1))
        for number in lines:
            owner.setdefault(number, index)
    per_row: list[list[Note]] = [[] for _ in rows]
    other: list[Note] = []
    for note in _notes(snapshot):
        found = owner.get(note.line)
        (per_row[found] if found is not None else other).append(note)
    return per_row, other


def _note_html(note: Note, with_line: bool = False) -> str:
    where = f' <span class="studio-where">(line {note.line})</span>' if with_line else ""
    hint = f'<span class="studio-hint">{escape(note.hint)}</span>' if note.hint else ""
    return (f'<li class="studio-note studio-note-{note.kind}"><span class="studio-kind">'
            f"{_KIND_WORDS[note.kind]}:</span> {escape(sentence(note.message))}{where}"
            f"{hint}</li>")


def sentence(text: str) -> str:
    """`text` as a sentence: trimmed, a capital letter first and a full stop at the end."""
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _tools(index: int, snapshot: Snapshot, notes: list[Note]) -> str:
    source = snapshot.rows[index] if index < len(snapshot.rows) else None
    label = f"Row {index + 1}"
    if notes:
        count = len(notes)
        items = "".join(_note_html(note) for note in notes)
        found = (f'<p class="studio-count">{count} thing{"s" if count != 1 else ""} to look '
                 f'at</p><ul class="studio-notes">{items}</ul>')
    else:
        found = '<p class="studio-ok">No problems found.</p>'
    if source is None:
        buttons = ('<p class="studio-fixed">Change this row in the Markdown file.</p>')
    else:
        row = source.row
        picture = row.picture.name or "" if row.picture is not None else ""
        has_picture = row.picture is not None
        buttons = (
            f'<div class="studio-buttons" data-row="{index}" data-text="{escape(source.text)}" '
            f'data-words="{escape(row.text)}" data-picture="{escape(picture)}" '
            f'data-has-picture="{"yes" if has_picture else "no"}">'
            f'<button type="button" data-action="edit" data-row="{index}">Change words'
            f'<span class="studio-hidden"> in row {index + 1}</span></button>'
            f'<button type="button" data-action="picture" data-row="{index}">'
            f'{"Change picture" if has_picture else "Add a picture"}'
            f'<span class="studio-hidden"> in row {index + 1}</span></button>'
            f'<button type="button" data-action="add" data-row="{index}">Add a row below'
            f'<span class="studio-hidden"> row {index + 1}</span></button>'
            f'<button type="button" data-action="remove" data-row="{index}" class="studio-quiet">'
            f'Remove row<span class="studio-hidden"> {index + 1}</span></button></div>'
        )
    return (f'<div class="studio-tools" role="group" aria-label="{label}" id="row-{index + 1}">'
            f'<p class="studio-row-name" aria-hidden="true">{label}</p>{found}{buttons}</div>')


def _summary(snapshot: Snapshot, other: list[Note], name: str) -> str:
    parts = [f'<p class="studio-title">easyread studio: <span class="studio-file">'
             f"{escape(name)}</span></p>"]
    report = snapshot.report
    facts = []
    if report is not None:
        score = report.summary.score
        if score is not None:
            facts.append(f'<p class="studio-fact"><span class="studio-big">{score}</span> '
                         "out of 100: how easy the booklet is to read (higher is easier)</p>")
        findings = report.findings
        errors = report.errors
        must = f" ({errors} must fix)" if errors else ""
        if findings:
            facts.append(f'<p class="studio-fact"><span class="studio-big">{len(findings)}</span>'
                         f" thing{'s' if len(findings) != 1 else ''} to look at{must}</p>")
        else:
            facts.append('<p class="studio-fact">The checker found no problems.</p>')
    elif snapshot.check_problem:
        facts.append(f'<p class="studio-fact">The checker could not run: '
                     f"{escape(snapshot.check_problem)}</p>")
    parts.append('<div class="studio-facts">' + "".join(facts) + "</div>")
    parts.append(
        '<div class="studio-actions">'
        + "".join(f'<a class="studio-button" href="/download/{name}" download>'
                  f"Download {escape(record.label)}</a>" for name, record in FORMATS.items())
        + '<button type="button" data-action="undo" class="studio-quiet">Undo last change'
        '</button><button type="button" data-action="review" class="studio-quiet">Review with '
        "readers</button></div>"
    )
    parts.append('<p id="studio-status" class="studio-status" role="status"></p>')
    if other:
        items = "".join(_note_html(note, with_line=True) for note in other)
        parts.append(f'<details class="studio-other"><summary>{len(other)} more thing'
                     f"{'s' if len(other) != 1 else ''} to look at, not in a row</summary>"
                     f'<ul class="studio-notes">{items}</ul></details>')
    return "".join(parts)


def _error_html(snapshot: Snapshot, has_old: bool) -> str:
    error = snapshot.error
    assert error is not None
    line_text = ""
    lines = snapshot.raw.decode("utf-8", "replace").splitlines()
    if 1 <= error.loc.line <= len(lines):
        line_text = (f'<p>Line {error.loc.line} says: <code class="studio-code">'
                     f"{escape(lines[error.loc.line - 1])}</code></p>")
    hint = f"<p>{escape(sentence(error.hint))}</p>" if error.hint else ""
    old = ("<p>Fix it in the file and save; this page changes by itself. Below is the last "
           "version that worked.</p>" if has_old else
           "<p>Fix it in the file and save; this page changes by itself.</p>")
    where = f"{Path(error.loc.file).name}:{error.loc.line}:{error.loc.column}"
    return (f'<div class="studio-error" role="alert"><p class="studio-error-title">easyread '
            f"cannot read the booklet file right now.</p><p><code>{escape(where)}</code> "
            f"{escape(sentence(error.message))}</p>{line_text}{hint}{old}</div>")


_DIALOGS = """
<dialog id="studio-picture" class="studio-dialog" aria-labelledby="studio-picture-title">
<form method="dialog" class="studio-search" id="studio-search-form">
<h2 id="studio-picture-title">Choose a picture</h2>
<label for="studio-search">Search for a picture. Type a word, like doctor or bus.</label>
<div class="studio-search-line"><input id="studio-search" type="text" autocomplete="off"
 enterkeyhint="search" spellcheck="false"
 aria-describedby="studio-found"><button type="submit" data-action="search">Search</button></div>
<p id="studio-found" class="studio-found" role="status"></p>
<ul id="studio-results" class="studio-results"></ul>
<div class="studio-buttons">
<button type="button" data-action="use-picture" id="studio-use" disabled>Use this picture</button>
<button type="button" data-action="no-picture" id="studio-no-picture" class="studio-quiet">
Take the picture away</button>
<button type="button" data-action="close" class="studio-quiet">Cancel</button>
</div></form></dialog>
<dialog id="studio-ask" class="studio-dialog" aria-labelledby="studio-ask-title"
 aria-describedby="studio-ask-text">
<h2 id="studio-ask-title"></h2><p id="studio-ask-text"></p>
<div class="studio-buttons"><button type="button" id="studio-ask-yes"></button>
<button type="button" id="studio-ask-no" class="studio-quiet"></button></div></dialog>
"""


def studio_page(snapshot: Snapshot, good: Snapshot | None, token: str, name: str) -> str:
    """The whole studio page for the file's current state."""
    shown = snapshot if snapshot.doc is not None else good
    head_extra = (f'<meta name="easyread-token" content="{escape(token)}">'
                  f'<meta name="easyread-hash" content="{snapshot.hash}">'
                  f'<meta name="easyread-version" content="{snapshot.version}">'
                  '<link rel="icon" href="data:,">'
                  '<link rel="stylesheet" href="/studio/studio.css">'
                  '<script src="/studio/studio.js" defer></script>')
    error = _error_html(snapshot, shown is not None) if snapshot.error is not None else ""
    if shown is None:
        return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta '
                f'name="viewport" content="width=device-width, initial-scale=1">\n<title>'
                f"{escape(name)}: easyread studio</title>\n{head_extra}\n</head>\n"
                f'<body class="studio studio-broken">\n<main id="main"><h1>easyread studio</h1>'
                f'<section class="studio-bar" aria-label="easyread studio">'
                f'<p id="studio-status" class="studio-status" role="status"></p>{error}'
                "</section></main>\n</body>\n</html>\n")
    per_row, other = notes_by_row(shown)
    editable = shown is snapshot
    tools = [_tools(i, shown, notes) if editable else _frozen(i, notes)
             for i, notes in enumerate(per_row)]
    html = annotate(shown.html, tools)
    if html is None:  # the page's rows did not line up with the document's: show it plain
        html = without_slots(shown.html)
    bar = (f'<section class="studio-bar" aria-label="easyread studio">'
           f"{error}{_summary(shown, other, name)}</section>")
    html = html.replace("</head>", head_extra + "\n</head>", 1)
    html = re.sub(r"<body([^>]*)>", lambda m: f'<body{m.group(1)} class="studio">', html, count=1)
    skip = re.search(r'<a class="skip-link"[^>]*>.*?</a>', html)
    at = skip.end() if skip else html.index(">", html.index("<body")) + 1
    html = html[:at] + "\n" + bar + html[at:]
    return html.replace("</body>", _DIALOGS + "</body>", 1)


def _frozen(index: int, notes: list[Note]) -> str:
    items = "".join(_note_html(note) for note in notes)
    listed = f'<ul class="studio-notes">{items}</ul>' if items else ""
    return (f'<div class="studio-tools" role="group" aria-label="Row {index + 1}">'
            f"{listed}</div>")


def page_json(snapshot: Snapshot) -> dict[str, Any]:
    """A short state for scripts and tests: hash, version and the reader's error if any."""
    return {
        "hash": snapshot.hash,
        "version": snapshot.version,
        "error": str(snapshot.error) if snapshot.error is not None else None,
        "rows": len(snapshot.rows),
    }
