"""Widths read from the bundled font's own tables agree with reportlab's, which reads the
same font another way (the PDF is set with reportlab's)."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from easyread.writers.bundled_font import font_file
from easyread.writers.font_widths import line_extent, text_width

SAMPLES = ["Getting ready for your visit", "Riverside Speak Up Group",
           "Café — 0300 123 4567, \u2018quotes\u2019 and ß", "WWW iii"]


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("text", SAMPLES)
def test_widths_agree_with_reportlab(text: str, bold: bool) -> None:
    weight = "Bold" if bold else "Regular"
    name = f"test-atkinson-{weight}"
    registerFont(TTFont(name, str(font_file(weight))))
    assert text_width(text, 20.0, bold) == pytest.approx(stringWidth(text, name, 20.0))


def test_a_width_grows_with_the_size_and_the_letters() -> None:
    assert text_width("ll", 10.0) == pytest.approx(2 * text_width("l", 10.0))
    assert text_width("W", 20.0) == pytest.approx(2 * text_width("W", 10.0))
    assert text_width("W", 10.0) > text_width("i", 10.0)
    assert text_width("Easy", 10.0, bold=True) > text_width("Easy", 10.0)


def test_the_line_extent_is_the_fonts_own() -> None:
    face = TTFont("test-atkinson-extent", str(font_file("Regular"))).face
    ascender, descender = line_extent()
    assert ascender == pytest.approx(face.ascent / 1000)
    assert descender == pytest.approx(-face.descent / 1000)
