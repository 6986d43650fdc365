"""write_html: the page read back as a browser and a screen reader would see it."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from easyread.errors import Diagnostic
from easyread.model import Box, Document, HardWord, ListBlock, Section, iter_lines, iter_pictures
from easyread.style import Colours, Style


def parse(data: bytes) -> Any:
    """The page as an lxml tree."""
    return lxml.html.document_fromstring(data)


def text_of(element: Any) -> str:
    """An element's text with spaces tidied."""
    return " ".join(element.text_content().split())


@pytest.fixture
def page(sample_doc: Document, mk: Any) -> Any:
    return parse(mk.render(sample_doc))


def test_head_names_language_title_and_viewport(sample_doc: Document, mk: Any) -> None:
    data = mk.render(sample_doc)
    assert data.startswith(b"<!doctype html>\n")
    tree = parse(data)
    assert tree.get("lang") == "en-GB"
    assert tree.xpath("//head/meta[@charset='utf-8']")
    assert tree.xpath("//head/meta[@name='viewport']/@content") == [
        "width=device-width, initial-scale=1"
    ]
    assert tree.findtext(".//title") == "Using the library \N{EN DASH} Easy read"


def test_page_is_self_contained(page: Any) -> None:
    assert page.xpath("//script | //link | //iframe | //object") == []
    sources = page.xpath("//img/@src")
    assert sources
    assert all(
        src.startswith(("data:image/svg+xml;base64,", "data:image/png;base64,")) for src in sources
    )


def test_skip_link_comes_first_and_reaches_main(page: Any) -> None:
    first = page.xpath("//body/*[1]")[0]
    assert first.tag == "a"
    assert first.get("href") == "#main"
    assert text_of(first) == "Skip to the main text"
    mains = page.xpath("//main")
    assert len(mains) == 1
    assert mains[0].get("id") == "main"


def test_contents_links_to_every_section_heading_and_the_end_pages(page: Any) -> None:
    nav = page.xpath("//nav")[0]
    label_id = nav.get("aria-labelledby")
    assert text_of(page.get_element_by_id(label_id)) == "Contents"
    links = nav.xpath(".//a")
    assert [text_of(a) for a in links] == ["About the library", "Borrowing books", "Word list",
                                           "Who made this booklet"]
    for link in links:
        target = page.get_element_by_id(link.get("href")[1:])
        assert target.tag == "h2"
        assert text_of(target) == text_of(link)


def test_headings_start_at_one_h1_and_never_skip_a_level(page: Any) -> None:
    headings = page.xpath("//h1 | //h2 | //h3 | //h4 | //h5 | //h6")
    levels = [int(h.tag[1]) for h in headings]
    assert levels[0] == 1
    assert levels.count(1) == 1
    assert all(b <= a + 1 for a, b in pairwise(levels))
    assert [(h.tag, text_of(h)) for h in headings] == [
        ("h1", "Using the library"),
        ("h2", "Contents"),
        ("h2", "About the library"),
        ("h3", "When it is open"),
        ("h2", "Borrowing books"),
        ("h2", "Word list"),
        ("h2", "Who made this booklet"),
        ("h3", "Licence details"),
    ]


def test_deep_heading_after_a_section_does_not_skip_levels(mk: Any, sample_doc: Document) -> None:
    section = Section(
        mk.heading(1, "Top", "top"),
        (mk.heading(3, "Deep", "deep"), mk.row("Some words.")),
        mk.loc,
    )
    lead = Section(None, (mk.heading(2, "Before any section", "before"),), mk.loc)
    doc = replace(sample_doc, sections=(lead, section))
    tree = parse(mk.render(doc))
    assert tree.get_element_by_id("before").tag == "h2"
    assert tree.get_element_by_id("top").tag == "h2"
    assert tree.get_element_by_id("deep").tag == "h3"


def test_every_picture_has_its_alt_text(page: Any, sample_doc: Document) -> None:
    alts = page.xpath("//img/@alt")
    assert all(alt.strip() for alt in alts)
    assert alts == [picture.alt for picture in iter_pictures(sample_doc)]


def test_every_sentence_is_its_own_paragraph_in_order(page: Any, sample_doc: Document) -> None:
    paragraphs = [text_of(p) for p in page.xpath("//main//section[@class='section']//p")]
    assert paragraphs == [line.text for line in iter_lines(sample_doc)]


def test_rows_are_picture_then_text_not_tables(page: Any) -> None:
    assert page.xpath("//table") == []
    row = page.xpath("//div[@class='row']")[0]
    assert [child.get("class") for child in row] == ["pic", "text"]
    assert row.xpath("./div[@class='pic']/img/@alt") == ["A building"]


def test_hard_words_are_bold_and_emphasis_is_plain(page: Any) -> None:
    assert [text_of(s) for s in page.xpath("//main//section//strong")] == ["library card"]
    assert page.xpath("//em | //i") == []
    assert "public holidays" in text_of(page.xpath("//div[@role='note']")[0])


def test_box_is_a_note(page: Any) -> None:
    boxes = page.xpath("//div[@role='note']")
    assert len(boxes) == 1
    assert boxes[0].xpath(".//img/@alt") == ["A mobile phone"]


def test_numbered_list_keeps_its_numbers(page: Any, sample_doc: Document, mk: Any) -> None:
    top = page.xpath("//main//ol[contains(@class, 'list')]")[0]
    items = top.xpath("./li")
    assert [li.get("value") for li in items] == ["1", "2", "3"]
    assert [text_of(li.xpath(".//span[@class='marker']")[0]) for li in items] == ["1.", "2.", "3."]
    nested = items[1].xpath("./ul")
    assert len(nested) == 1
    assert [text_of(p) for p in nested[0].xpath(".//p")] == ["A bill is fine."]
    assert nested[0].xpath(".//span[@class='marker']/@aria-hidden") == ["true"]

    later = ListBlock(
        (mk.row("Fourth step.", label="4."), mk.row("Fifth step.", label="5.")),
        ordered=True,
        loc=mk.loc,
    )
    doc = replace(sample_doc, sections=(Section(None, (later,), mk.loc),))
    ol = parse(mk.render(doc)).xpath("//main//ol")[0]
    assert ol.get("start") == "4"
    assert ol.xpath("./li/@value") == ["4", "5"]


def test_word_list_is_a_definition_list(page: Any) -> None:
    dl = page.xpath("//dl")
    assert len(dl) == 1
    assert [text_of(dt) for dt in dl[0].xpath(".//dt")] == ["library card"]
    assert [text_of(p) for p in dl[0].xpath(".//dd/p")] == [
        "A small card with your name on it.",
        "It lets you borrow.",
    ]


def test_a_word_explained_twice_is_one_entry(sample_doc: Document, mk: Any) -> None:
    words = (
        HardWord("rash", (mk.line("Red spots on your skin."),), mk.loc),
        HardWord("rash", (mk.line("It can itch."),), mk.loc),
        HardWord("fever", (mk.line("Your body is too hot."),), mk.loc),
    )
    dl = parse(mk.render(replace(sample_doc, hard_words=words))).xpath("//dl")[0]
    assert [text_of(dt) for dt in dl.xpath(".//dt")] == ["rash", "fever"]
    assert [len(entry.xpath("./dd")) for entry in dl.xpath("./div")] == [2, 1]


def test_links_are_links(page: Any) -> None:
    link = page.xpath("//main//section//a[@href='https://example.org/library']")
    assert [text_of(a) for a in link] == ["our website"]
    assert link[0].get("class") == "show-url"


def test_cover_says_easy_read(page: Any) -> None:
    cover = page.xpath("//header")[0]
    assert text_of(cover.xpath(".//p[@class='easy-read']")[0]) == "Easy read"
    assert text_of(cover.xpath(".//h1")[0]) == "Using the library"
    assert "How to borrow books for free" in text_of(cover)
    assert "May 2025" in text_of(cover)
    assert cover.xpath(".//img/@alt") == ["A book"]


def test_credits_name_people_pictures_and_font(page: Any) -> None:
    footer = page.xpath("//footer")[0]
    text = text_of(footer)
    assert "This booklet was written by Town Library team." in text
    assert [text_of(li) for li in footer.xpath("./ul[1]/li")] == ["Sam Reed", "Priya Shah"]
    assert footer.xpath(".//a/@href")[0] == "https://example.org/library-rules"
    # Easy read words first, the licences after in smaller print.
    assert "The pictures are from Test Shapes." in text
    assert text.index("The pictures are from") < text.index("Licence details")
    small = text_of(footer.xpath('.//ul[@class="small-print"]')[0])
    assert "Test Shapes: CC BY 4.0" in small
    assert "https://example.org/shapes" in footer.xpath(".//a/@href")
    assert "Shapes drawn for the easyread tests" in text
    assert "Atkinson Hyperlegible by the Braille Institute, SIL Open Font License 1.1" in text


def test_same_booklet_gives_identical_bytes(sample_doc: Document, mk: Any) -> None:
    assert mk.render(sample_doc) == mk.render(sample_doc)


def test_ids_are_unique_even_when_a_heading_is_called_main(sample_doc: Document, mk: Any) -> None:
    section = Section(mk.heading(1, "Main", "main"), (mk.row("Hello."),), mk.loc)
    tree = parse(mk.render(replace(sample_doc, sections=(section,))))
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids))
    main_id = tree.xpath("//main/@id")[0]
    assert main_id != "main"
    assert tree.xpath("//a[@class='skip-link']/@href") == [f"#{main_id}"]


def test_text_is_escaped(sample_doc: Document, mk: Any) -> None:
    meta = replace(sample_doc.meta, title="Fish & <chips>")
    row = mk.row("Use <b>this</b> & that.")
    doc = replace(sample_doc, meta=meta, sections=(Section(None, (row,), mk.loc),))
    data = mk.render(doc)
    assert b"Fish &amp; &lt;chips&gt;" in data
    assert b"<b>" not in data
    assert text_of(parse(data).xpath("//main//p")[0]) == "Use <b>this</b> & that."


def test_unsafe_link_is_reported_and_not_linked(sample_doc: Document, mk: Any) -> None:
    found: list[Diagnostic] = []
    row = mk.row("Do not [click here](javascript:alert(1)) please.")
    doc = replace(sample_doc, sections=(Section(None, (row,), mk.loc),))
    tree = parse(mk.render(doc, found.append))
    assert tree.xpath("//main//a") == []
    assert "click here" in text_of(tree.xpath("//main")[0])
    assert len(found) == 1
    assert "javascript:" in found[0].message
    assert found[0].loc.column == 9


def test_missing_picture_is_reported_and_described(
    sample_doc: Document, mk: Any, picture: Any, picture_dir: Path
) -> None:
    gone = picture("photo", "A photo of the desk")
    (picture_dir / "photo.png").unlink()
    row = mk.row("Here is the desk.", picture=gone)
    doc = replace(sample_doc, sections=(Section(None, (Box((row,), mk.loc),), mk.loc),))
    found: list[Diagnostic] = []
    tree = parse(mk.render(doc, found.append))
    assert [text_of(p) for p in tree.xpath("//p[@class='picture-missing']")] == [
        "A photo of the desk"
    ]
    assert len(found) == 1
    assert "photo.png" in found[0].message


def test_stylesheet_follows_the_style(sample_doc: Document, mk: Any) -> None:
    colours = Colours(text="#000000", link="#00008b")
    style = Style(font="Arial", font_size=18, line_spacing=1.6, page_size="A5", colours=colours)
    css = mk.render(replace(sample_doc, style=style)).decode("utf-8")
    assert "--body-size: 1.5rem;" in css  # 18 pt is 24 px
    assert "--line: 1.6;" in css
    assert "--text: #000000;" in css
    assert "--link: #00008b;" in css
    assert "size: 148mm 210mm" in css
    assert re.search(r'--font: "Arial", "Liberation Sans", Arimo, Helvetica, sans-serif;', css)
    assert "@font-face" not in css


def test_bundled_font_is_embedded_with_its_licence(sample_doc: Document, mk: Any) -> None:
    css = mk.render(sample_doc).decode("utf-8")
    assert css.count("@font-face") == 2
    assert "SIL Open Font License" in css
    assert '--font: "Atkinson Hyperlegible", Arial,' in css


def test_labels_follow_the_language(sample_doc: Document, mk: Any) -> None:
    meta = replace(sample_doc.meta, language="de-DE")
    tree = parse(mk.render(replace(sample_doc, meta=meta)))
    assert tree.get("lang") == "de-DE"
    assert text_of(tree.xpath("//p[@class='easy-read']")[0]) == "Leichte Sprache"
    assert text_of(tree.xpath("//a[@class='skip-link']")[0]) == "Zum Haupt-Text springen"
    assert text_of(tree.xpath("//nav//h2")[0]) == "Inhalt"


def test_print_keeps_rows_whole_and_starts_sections_on_new_pages(
    sample_doc: Document, mk: Any
) -> None:
    css = mk.render(sample_doc).decode("utf-8")
    assert "@media print { .section { break-before: page; } }" in css
    assert re.search(r"\.row, [^{]*\{ break-inside: avoid; \}", css)
    flowing = replace(sample_doc, style=replace(sample_doc.style, section_new_page=False))
    assert ".section { break-before: page; }" not in mk.render(flowing).decode("utf-8")
