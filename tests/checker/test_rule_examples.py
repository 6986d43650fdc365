"""Every rule's docstring examples run: its Bad example is found, its Good example is not.

The examples are the ones docs/rules.md shows (see easyread.checker.docs.example_source for
how one line of the docstring stands for a booklet).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from easyread.checker import CheckConfig, check
from easyread.checker.docs import example_review, example_source, rule_doc
from easyread.checker.registry import MODULES
from easyread.pictures.library import PictureLibrary
from easyread.read import parse
from easyread.review import add_answer, add_hard_word, row_states

FRONT = "---\ntitle: Going to the park\nlanguage: en-GB\n---\n\n"


def _findings(module: ModuleType, example: str, folder: Path) -> list[str]:
    body = example_source(example)
    # Pictures named by file ("![](doctor.svg)") are copied in from the bundled library.
    for name in re.findall(r"\]\(([\w-]+\.svg)\)", body):
        found = PictureLibrary().resolve(name.removesuffix(".svg"))
        assert found is not None, name
        shutil.copy(found.path, folder / name)
    text = FRONT + body
    source = folder / "t.md"
    doc = parse(text, base_dir=folder, source=source)
    # What readers said goes into the review file beside the booklet, as review mode saves it.
    rows = {state.loc.line: state.key for state in row_states(source, doc)}
    front_lines = FRONT.count("\n")
    for said in example_review(example):
        key = rows[front_lines + said.line]
        if said.kind == "hard-word":
            add_hard_word(source, doc, reviewer=said.reviewer, key=key, word=said.text)
        else:
            add_answer(source, doc, reviewer=said.reviewer, key=key, answer=said.kind,
                       comment=said.text)
    if example_review(example):
        doc = parse(text, base_dir=folder, source=source)
    config = CheckConfig(profile="en-GB", source_text=text, find_project=False)
    return [f.message for f in check(doc, config).findings if f.rule == module.RULE.id]


@pytest.mark.parametrize("module", MODULES, ids=[m.RULE.id for m in MODULES])
def test_bad_example_is_found_and_good_is_not(module: ModuleType, tmp_path: Path) -> None:
    doc = rule_doc(module)
    assert doc.bad and doc.good, f"{module.RULE.id} needs a Bad and a Good example"
    assert _findings(module, doc.bad, tmp_path), f"{module.RULE.id}: Bad finds nothing"
    assert not _findings(module, doc.good, tmp_path), f"{module.RULE.id}: Good finds something"


def test_example_source_reads_the_notation() -> None:
    example = ":bus: Take the bus. (new line) Pay. ... # Home ... :house: Hi. (2 times)"
    source = example_source(example)
    assert source == ":bus: Take the bus.\nPay.\n\n# Home\n\n:house: Hi.\n\n:house: Hi.\n"


def test_example_review_reads_what_readers_said() -> None:
    example = ":bus: Go by bus. [Sam: understand] ... # Home ... :house: Rest. (new line) Eat." \
        " [Ana: not sure: “Eat what?”] [Ana: hard word: “rest”]"
    assert example_source(example) == ":bus: Go by bus.\n\n# Home\n\n:house: Rest.\nEat.\n"
    assert [(a.line, a.reviewer, a.kind, a.text) for a in example_review(example)] == [
        (1, "Sam", "understand", ""), (5, "Ana", "not-sure", "Eat what?"),
        (5, "Ana", "hard-word", "rest")]
