"""The list of rules, one module each, sorted by id."""

from __future__ import annotations

from types import ModuleType

from easyread.check.rule import Rule
from easyread.check.rules import (
    a11y_alt,
    doc_contact,
    doc_contents,
    doc_length_pages,
    doc_length_words,
    img_every_idea,
    layout_no_italic_underline_caps,
    layout_row_size,
    text_abbreviations,
    text_active_voice,
    text_consistent_terms,
    text_easy_words,
    text_hard_words_explained,
    text_negatives,
    text_no_contractions,
    text_no_percentages,
    text_no_questions_in_body,
    text_numbers_digits,
    text_one_sentence_per_line,
    text_sentence_length,
    text_simple_punctuation,
)

__all__ = ["MODULES", "RULES", "get"]

MODULES: tuple[ModuleType, ...] = tuple(
    sorted(
        (
            a11y_alt,
            doc_contact,
            doc_contents,
            doc_length_pages,
            doc_length_words,
            img_every_idea,
            layout_no_italic_underline_caps,
            layout_row_size,
            text_abbreviations,
            text_active_voice,
            text_consistent_terms,
            text_easy_words,
            text_hard_words_explained,
            text_negatives,
            text_no_contractions,
            text_no_percentages,
            text_no_questions_in_body,
            text_numbers_digits,
            text_one_sentence_per_line,
            text_sentence_length,
            text_simple_punctuation,
        ),
        key=lambda module: module.RULE.id,
    )
)
RULES: dict[str, Rule] = {module.RULE.id: module.RULE for module in MODULES}


def get(rule_id: str) -> ModuleType:
    """The module of rule `rule_id`; KeyError when there is none."""
    for module in MODULES:
        if module.RULE.id == rule_id:
            return module
    raise KeyError(rule_id)
