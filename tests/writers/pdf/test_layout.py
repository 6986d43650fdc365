"""Layout is plain geometry: these tests read positioned boxes, not PDF bytes."""

from __future__ import annotations

from easyread.errors import Diagnostic
from easyread.model import Box, Document, ListBlock, PageBreak
from easyread.style import Style
from easyread.writers.booklet import compose
from easyread.writers.pdf.boxes import Page, PictureBox, Shape, TextLine
from easyread.writers.pdf.fonts import load_fonts
from easyread.writers.pdf.layout import Layout, layout
from tests.writers.pdf.conftest import document, heading, loc, row, section


def lay_out(doc: Document) -> Layout:
    """Lay out `doc`, failing on any font diagnostic."""
    found: list[Diagnostic] = []
    fonts = load_fonts(doc.style.font, doc.meta.loc, found.append)
    assert found == []
    return layout(compose(doc), fonts)


def _fail(diagnostic: Diagnostic) -> None:
    raise AssertionError(str(diagnostic))


def lines_of(page: Page) -> list[TextLine]:
    return [item for item in page.items if isinstance(item, TextLine)]


def find_line(result: Layout, text: str) -> tuple[Page, TextLine]:
    for page in result.pages:
        for item in lines_of(page):
            if item.text == text and item.fragments[0].dest is None:
                return page, item
    raise AssertionError(f"no line reads {text!r}")


def body_lines(result: Layout) -> list[str]:
    """Every text line except page numbers, in drawing order."""
    return [item.text for page in result.pages for item in lines_of(page)
            if item.artifact != "Pagination" or item.fragments[0].elem is not None]


def test_picture_sits_left_of_its_text_and_long_text_is_top_aligned() -> None:
    lines = [f"Sentence number {n} beside a house." for n in range(1, 6)]
    result = lay_out(document(section("Start", row(*lines, pic="house.svg"))))
    page, text = find_line(result, lines[0])
    box = next(i for i in page.items if isinstance(i, PictureBox) and i.picture.name == "house")
    geo = result.geometry
    assert box.x == geo.left
    assert box.x + box.size < text.fragments[0].x
    assert text.fragments[0].x == geo.text_x
    # Text taller than the picture: the picture's top edge is level with the tops of the
    # capital letters of the first line.
    cap_top = text.y - 16 * load_fonts("Atkinson Hyperlegible", loc(), _fail).cap_height
    assert abs(box.y - cap_top) < 0.5


def test_text_shorter_than_its_picture_is_centred_on_it() -> None:
    result = lay_out(document(section("Start", row("One short line.", pic="house.svg"))))
    page, text = find_line(result, "One short line.")
    box = next(i for i in page.items if isinstance(i, PictureBox) and i.picture.name == "house")
    leading = result.geometry.style.leading
    line_middle = text.y - (leading + 16 * load_fonts("Atkinson Hyperlegible", loc(),
                                                       _fail).cap_height) / 2 + leading / 2
    assert abs(line_middle - (box.y + box.size / 2)) < 1.0


def test_row_without_picture_keeps_text_in_the_text_column() -> None:
    result = lay_out(document(section("Start", row("No picture here."))))
    _, text = find_line(result, "No picture here.")
    assert text.fragments[0].x == result.geometry.text_x


def test_each_line_is_its_own_paragraph_and_long_lines_wrap_inside_the_column() -> None:
    long = "This sentence is long enough that it has to go over more than one line of text."
    result = lay_out(document(section("Start", row(long, "Short one.", pic="house.svg"))))
    geo = result.geometry
    page = result.pages[2]
    texts = [line for line in lines_of(page) if line.fragments[0].x == geo.text_x]
    joined = " ".join(line.text for line in texts[:-1])
    assert len(texts) > 2
    assert joined == long
    assert texts[-1].text == "Short one."
    for line in texts:
        last = line.fragments[-1]
        assert last.x + last.width <= geo.right + 0.01


def test_unbreakable_word_wraps_by_characters_without_losing_a_letter() -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3
    result = lay_out(document(section("Start", row(word, pic="house.svg"))))
    geo = result.geometry
    pieces = [line for line in lines_of(result.pages[2]) if line.fragments[0].x == geo.text_x]
    assert len(pieces) > 1
    assert "".join(p.text for p in pieces) == word
    for line in pieces:
        assert line.fragments[-1].x + line.fragments[-1].width <= geo.right + 0.01


def test_two_hundred_rows_are_never_split_across_pages() -> None:
    rows = [row(f"Row {n} first line.", f"Row {n} second line.", pic="house.svg")
            for n in range(200)]
    result = lay_out(document(section("Many rows", *rows)))
    where: dict[str, int] = {}
    for page in result.pages:
        for line in lines_of(page):
            where[line.text] = page.number
    for n in range(200):
        assert where[f"Row {n} first line."] == where[f"Row {n} second line."]
    geo = result.geometry
    for page in result.pages:
        for line in lines_of(page):
            if line.artifact == "Pagination" and line.fragments[0].elem is None:
                continue
            assert geo.top <= line.y <= geo.bottom


def test_row_taller_than_a_page_is_split_with_a_warning_and_nothing_lost() -> None:
    texts = [f"Sentence number {n} of a very long row." for n in range(60)]
    tall = row(*texts, pic="house.svg")
    result = lay_out(document(section("Long", tall)))
    found = [line for line in body_lines(result) if line.startswith("Sentence number")]
    assert found == texts
    warnings = [d for d in result.diagnostics if d.loc == tall.loc]
    assert len(warnings) == 1
    assert "too long to fit on one page" in warnings[0].message


def test_contents_page_numbers_match_the_pages_the_headings_are_on() -> None:
    rows = [row(f"Line {n}.", pic="house.svg") for n in range(30)]
    doc = document(section("First part", *rows), section("Second part", *rows),
                   section("Third part", row("End.")))
    result = lay_out(doc)
    contents = result.pages[1]
    shown = {}
    for line in lines_of(contents):
        if line.fragments[0].dest:
            shown.setdefault(line.fragments[0].dest, []).append(line.text)
    for title in ("First part", "Second part", "Third part"):
        _, line = find_line(result, title)
        page = next(p for p in result.pages if line in lines_of(p))
        key = "er-" + title.lower().replace(" ", "-")
        assert shown[key] == [title, str(page.number)]


def test_contents_page_numbers_are_filled_in_right_aligned_on_their_title_line() -> None:
    rows = [row(f"Line {n}.", pic="house.svg") for n in range(40)]
    long_title = "A part with a long title that has to wrap onto a second line of the contents"
    doc = document(section("First part", *rows), section(long_title, *rows))
    result = lay_out(doc)
    geo = result.geometry
    numbers = [line for line in lines_of(result.pages[1])
               if line.fragments[0].dest and line.text.isdigit()]
    assert len(numbers) == 3  # two parts, then the credits
    for line in numbers:
        assert type(line) is TextLine  # the placeholder is gone
        assert abs(line.fragments[-1].x + line.fragments[-1].width - geo.right) < 0.01
    title_lines = [line for line in lines_of(result.pages[1])
                   if line.fragments[0].dest == numbers[1].fragments[0].dest]
    assert len(title_lines) == 3  # two lines of title, then the number on the first one's baseline
    assert numbers[1].y == title_lines[0].y


def test_page_numbers_count_from_the_cover_in_the_same_place() -> None:
    doc = document(section("One", row("a.")), section("Two", row("b.")))
    result = lay_out(doc)
    folios = {}
    for page in result.pages:
        numbers = [line for line in lines_of(page) if line.fragments[0].elem is None]
        folios[page.number] = numbers
    assert folios[1] == []
    places = set()
    for number, numbers in list(folios.items())[1:]:
        (line,) = numbers
        assert line.text == str(number)
        assert line.fragments[0].size == doc.style.font_size
        places.add((round(line.y, 2), round(line.fragments[0].x + line.fragments[-1].width / 2)))
    assert len({y for y, _ in places}) == 1


def test_level_one_sections_start_new_pages_and_page_breaks_force_one() -> None:
    first = section("One", row("a."), PageBreak(loc()), row("b."))
    doc = document(first, section("Two", row("c.")))
    result = lay_out(doc)
    pages = {text: find_line(result, text)[0].number for text in ("a.", "b.", "c.", "One", "Two")}
    assert pages == {"One": 3, "a.": 3, "b.": 4, "Two": 5, "c.": 5}
    together = lay_out(document(section("One", row("a.")), section("Two", row("c.")),
                                style=Style(section_new_page=False)))
    assert find_line(together, "a.")[0].number == find_line(together, "c.")[0].number


def test_list_labels_come_before_the_text_and_nested_lists_indent() -> None:
    inner = ListBlock((row("Inner item.", label="•"),), False, loc(), depth=1)
    outer = ListBlock((row("First item.", label="1."), inner, row("Second item.", label="2.")),
                      True, loc())
    result = lay_out(document(section("Lists", outer)))
    geo = result.geometry
    page = result.pages[2]
    by_text = {line.text: line for line in lines_of(page)}
    assert by_text["1."].fragments[0].x == geo.text_x
    assert by_text["First item."].fragments[0].x > by_text["1."].fragments[0].x
    assert by_text["•"].fragments[0].x == by_text["First item."].fragments[0].x
    assert by_text["Inner item."].fragments[0].x > by_text["•"].fragments[0].x
    assert by_text["1."].y == by_text["First item."].y


def test_box_has_a_filled_bordered_background_behind_its_rows() -> None:
    doc = document(section("Boxes", Box((row("Inside the box.", pic="house.svg"),), loc())))
    result = lay_out(doc)
    page = result.pages[2]
    style = doc.style
    shapes = [i for i in page.items if isinstance(i, Shape) and i.fill == style.colours.box]
    (shape,) = shapes
    assert shape.stroke == style.colours.accent
    _, text = find_line(result, "Inside the box.")
    assert page.items.index(shape) < page.items.index(text)
    assert shape.y < text.y < shape.y + shape.height
    assert shape.x < text.fragments[0].x < shape.x + shape.width


def test_heading_with_picture_puts_it_in_the_picture_column() -> None:
    result = lay_out(document(section("Start", heading("Money", 2, pic="sun.svg"), row("x."))))
    page, line = find_line(result, "Money")
    box = next(i for i in page.items if isinstance(i, PictureBox) and i.picture.name == "sun")
    assert box.x == result.geometry.left
    assert line.fragments[0].x == result.geometry.text_x
    assert line.fragments[0].size == Style().heading_sizes[1]


def test_a5_and_letter_pages_use_their_own_size() -> None:
    for size, width in (("A5", 148), ("letter", 215.9)):
        result = lay_out(document(section("S", row("x.")), style=Style(page_size=size)))
        assert abs(result.geometry.width - width * 72 / 25.4) < 0.01
