"""The sentences the score counts: the text's sentences, not its layout.

A page header repeated on every page (a line with no end mark, seen 3 times or more), a
contents line ("Introduction 3"), a short line with no end mark (a title left in the
text) and a list item with no end mark (a fragment
like "- your bus pass") are not sentences, and their words are not counted. A sentence
that runs on into the next row (no end mark, the next row starts in small letters)
counts once. Readability and the score read these sentences, so
the same text scores the same however it is split into rows and lines.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from easyread.checker.analysis import RowText, Sentence

__all__ = ["text_sentences"]

_FRAGMENT_WORDS = 3
"""A line of this many words or fewer with no end mark is a title or label, not a sentence."""
_REPEATED = 3
"""A line with no end mark seen this many times is a page header or footer."""
_LEADS = (":", ",")
_BULLETS = ("\u2022", "\u25aa", "\u25e6", "\u2023")


def text_sentences(rows: list[RowText]) -> list[list[str]]:
    """The words of each sentence in `rows`, joined and filtered as the module says."""
    seen = Counter(line.text.strip() for row in rows for line in row.lines)
    found: list[list[str]] = []
    open_sentence = False  # the last sentence found may still go on
    for row in rows:
        for index, sentence in enumerate(row.sentences):
            words = _before_bullets(sentence)
            if not words:
                continue
            ends = bool(sentence.end_mark)
            line_text = sentence.start.text.strip()
            if not ends and len(sentence.lines) == 1 and seen[line_text] >= _REPEATED:
                continue  # a running header or footer
            if not ends and words[-1][0].isdigit() and not _leads(sentence):
                continue  # a contents line: a title and its page number
            leads = _leads(sentence)
            if not ends and row.kind in ("list", "caption"):
                continue  # a list fragment, or a picture's short caption
            if index == 0 and open_sentence and found and words[0][:1].islower():
                found[-1].extend(words)  # the sentence runs on from the row before
            elif not ends and not leads and len(words) <= _FRAGMENT_WORDS:
                open_sentence = False
                continue  # a title or label left in the text
            else:
                found.append(words)
            open_sentence = not ends and not leads
    return found


def _before_bullets(sentence: Sentence) -> list[str]:
    """The words of `sentence` up to a bullet printed inside its lines (all of them when
    there is none): what follows a bullet is a list fragment."""
    words = sentence.words
    if not any(b in line.masked for line in sentence.lines for b in _BULLETS):
        return [w.text for w in words]
    kept = []
    for word, following in zip(words, [*words[1:], None], strict=True):
        kept.append(word.text)
        if following is not None and following.line is word.line:
            gap = word.line.masked[word.end : following.start]
            if any(b in gap for b in _BULLETS):
                break
    return kept


def _leads(sentence: Sentence) -> bool:
    """True when `sentence` ends with ":" or "," and so leads into what follows."""
    last = sentence.lines[-1].masked.rstrip()
    return last.endswith(_LEADS)
