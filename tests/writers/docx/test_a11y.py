"""Our DOCX accessibility checker finds each problem it claims to find."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import docx
import pytest
from docx.shared import Pt

from tests.writers.docx.a11y import check_docx


def mutate(data: bytes, part: str, change: Callable[[str], str]) -> bytes:
    """`data` with the XML of `part` changed by `change`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == part:
                changed = change(content.decode("utf-8"))
                assert changed != content.decode("utf-8"), "the change did not apply"
                content = changed.encode("utf-8")
            target.writestr(name, content)
    return out.getvalue()


def test_a_plain_python_docx_file_fails_in_several_ways() -> None:
    document = docx.Document()
    document.add_heading("A heading two levels down", level=2)
    document.add_paragraph("")
    document.add_paragraph("Small text.").runs[0].font.size = Pt(11)
    document.add_paragraph("More.").runs[0].italic = True
    out = io.BytesIO()
    document.save(out)
    problems = check_docx(out.getvalue())
    assert "The document has no title." in problems
    assert "Heading 'A heading two levels down' jumps from level 0 to level 2." in problems
    assert "Text 'Small text.' is 11 pt, under 14 pt." in problems
    assert "Text 'More.' is in italics." in problems
    assert any("empty paragraph" in p for p in problems)


DOCUMENT = "word/document.xml"


@pytest.mark.parametrize(
    ("part", "old", "new", "expected"),
    [
        ("docProps/core.xml", "<dc:title>Taking the bus to the market</dc:title>",
         "<dc:title></dc:title>", "The document has no title."),
        ("word/styles.xml", 'w:val="en-GB"', 'w:val=""', "The document has no default language."),
        (DOCUMENT, 'descr="a key"', 'descr=""', "has no alt text"),
        (DOCUMENT, 'descr="a key"', 'descr="key.png"', "contains a file name"),
        (DOCUMENT, '<w:tcW w:w="2438" w:type="dxa"/>',
         '<w:tcW w:w="2438" w:type="dxa"/><w:gridSpan w:val="2"/>', "merged cells"),
        (DOCUMENT, '<w:tblStyle w:val="TableNormal"/>', '<w:tblStyle w:val="TableGrid"/>',
         "neither a Table Normal layout table nor has a header row"),
        (DOCUMENT, "<w:tblCaption", "<w:tblCaptionX", "has no caption"),
        (DOCUMENT, '<w:pStyle w:val="Heading2"/>', '<w:pStyle w:val="Heading3"/>',
         "jumps from level 1 to level 3"),
        (DOCUMENT, "<w:t xml:space=\"preserve\">Coins are best.</w:t>",
         "<w:t xml:space=\"preserve\"></w:t>", "empty paragraph"),
        (DOCUMENT, '<w:pStyle w:val="RowText"/></w:pPr>',
         '<w:pStyle w:val="RowText"/><w:jc w:val="both"/></w:pPr>', "is justified"),
        (DOCUMENT, "<w:b/><w:bCs/>", "<w:i/><w:u w:val=\"single\"/>", "is in italics"),
        (DOCUMENT, "<w:b/><w:bCs/>", "<w:u w:val=\"single\"/>", "underlined but is not a link"),
        (DOCUMENT, "<w:b/><w:bCs/>", "<w:sz w:val=\"24\"/>", "is 12 pt, under 14 pt"),
        (DOCUMENT, "Find a seat.", "Find   a seat.", "repeated spaces"),
        ("word/footer1.xml", "<w:r><w:t", '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t',
         "under 14 pt"),
    ],
)
def test_the_checker_finds(
    sample_bytes: bytes, part: str, old: str, new: str, expected: str
) -> None:
    broken = mutate(sample_bytes, part, lambda xml: xml.replace(old, new, 1))
    problems = check_docx(broken)
    assert any(expected in problem for problem in problems), problems


def test_the_checker_finds_a_floating_picture(sample_bytes: bytes) -> None:
    def float_first(xml: str) -> str:
        return xml.replace("<wp:inline", "<wp:anchor", 1).replace("</wp:inline>",
                                                                   "</wp:anchor>", 1)

    problems = check_docx(mutate(sample_bytes, DOCUMENT, float_first))
    assert any("floats instead of inline" in p for p in problems)
