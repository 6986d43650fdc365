"""Front matter: required title, checked values, warnings with suggestions, errors at key lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from easyread.errors import Diagnostic, SourceError
from easyread.read import parse


def doc_with(front: str) -> str:
    return f"---\n{front}---\n\nA row.\n"


def test_values_are_read(tmp_path: Path) -> None:
    doc = parse(doc_with(
        "title: Bus trips\nsubtitle: Out and about\nlanguage: cy\ndate: 2026-01-31\n"
        "checked_by:\n  - Ana\n  - Ben\nstyle:\n  font_size: 18\n  page_size: A5\n"
        "  picture_size: 30\n"
    ), base_dir=tmp_path)
    meta = doc.meta
    assert (meta.title, meta.subtitle, meta.language, meta.date) == (
        "Bus trips", "Out and about", "cy", "2026-01-31")
    assert meta.checked_by == ("Ana", "Ben")
    assert (doc.style.font_size, doc.style.page_size, doc.style.picture_size_mm) == (18, "A5", 30)


def test_defaults(tmp_path: Path) -> None:
    doc = parse(doc_with("title: T\n"), base_dir=tmp_path)
    assert doc.meta.language == "en-GB"
    assert doc.style.font_size == 16 and doc.style.page_size == "A4"


def test_unknown_key_warns_with_nearest_name(tmp_path: Path) -> None:
    seen: list[Diagnostic] = []
    parse(doc_with("title: T\nsubtitel: S\n"), base_dir=tmp_path, source="x.md",
          report=seen.append)
    (warning,) = seen
    assert str(warning.loc) == "x.md:3:1"
    assert "subtitel" in warning.message and warning.hint == "did you mean 'subtitle'?"


@pytest.mark.parametrize(
    ("front", "where", "words"),
    [
        ("title: T\nstyle:\n  font_size: 12\n", "x.md:4:3", "font_size 12 is too small"),
        ("title: T\nstyle:\n  page_size: A3\n", "x.md:4:3", "page_size 'A3'"),
        ("title: T\nstyle:\n  colours:\n    text: '#bbbbbb'\n", "x.md:5:5", "contrast"),
        ("title: T\nlanguage: english please\n", "x.md:3:1", "not a language code"),
        ("subtitle: S\n", "x.md:1:1", "needs a title"),
        ("title: [oops\n", "x.md:2:13", "cannot be read"),
        ("- just\n- a list\n", "x.md:2:1", "key: value"),
    ],
)
def test_bad_values_are_errors_at_their_key(tmp_path: Path, front: str, where: str,
                                            words: str) -> None:
    with pytest.raises(SourceError) as caught:
        parse(doc_with(front), base_dir=tmp_path, source="x.md")
    assert str(caught.value.loc) == where
    assert words in caught.value.message


def test_unclosed_front_matter(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="closing ---"):
        parse("---\ntitle: T\n\nA row.\n", base_dir=tmp_path)


def test_a_yaml_alias_inside_itself_is_read_once(tmp_path: Path) -> None:
    # Walking the keys' places went round such an alias until Python gave up.
    doc = parse(doc_with("title: T\nstyle: &x {a: *x}\n"), base_dir=tmp_path)
    assert doc.meta.title == "T"
    with pytest.raises(SourceError, match="check must be a list of settings"):
        parse(doc_with("title: T\ncheck: &x [*x]\n"), base_dir=tmp_path)


def test_each_group_member_has_their_own_place(tmp_path: Path) -> None:
    front = "title: T\ngroup:\n  - name: Ana\n  - name: Ben\n    did: Ben drew.\n"
    doc = parse(doc_with(front), base_dir=tmp_path)
    assert [(m.name, m.loc.line) for m in doc.meta.group] == [("Ana", 4), ("Ben", 5)]
