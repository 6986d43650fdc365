"""--format epub: an EPUB 3 that epubcheck and Ace by DAISY accept; with audio, media overlays
that cover every row."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import easyread
from easyread.cli import main
from easyread.errors import Diagnostic
from easyread.model import Picture, Row, iter_pictures
from easyread.pictures.render import PictureRenderer
from easyread.writers.booklet import compose
from easyread.writers.bundled_font import font_bytes, font_file
from easyread.writers.epub.content import book_parts
from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "examples" / "health-appointment.md"
XHTML = {"x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops",
         "smil": "http://www.w3.org/ns/SMIL", "opf": "http://www.idpf.org/2007/opf"}


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example as an EPUB alone, and as an EPUB made with its audio (and the PDF)."""
    os.environ.setdefault("EASYREAD_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    plain, spoken = tmp_path_factory.mktemp("epub"), tmp_path_factory.mktemp("epub-audio")
    assert main(["build", str(EXAMPLE), "-f", "epub,pdf", "-o", str(plain), "-q"]) == 0
    require_tool("espeak-ng")
    assert main(["build", str(EXAMPLE), "-f", "epub,audio", "-o", str(spoken), "-q"]) == 0
    return {"plain": plain / "health-appointment.epub", "pdf": plain / "health-appointment.pdf",
            "audio": spoken / "health-appointment.epub"}


def _parts(book: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(book) as package:
        return {name: package.read(name) for name in package.namelist()}


def _epubcheck(book: Path) -> str:
    require_tool("java")
    done = subprocess.run([sys.executable, "-m", "epubcheck", str(book)],
                          capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert not re.search(r"^(ERROR|FATAL)", output, re.M), output
    return output


def test_the_epub_passes_epubcheck(books: dict[str, Path]) -> None:
    _epubcheck(books["plain"])


def test_the_epub_with_audio_passes_epubcheck(books: dict[str, Path]) -> None:
    _epubcheck(books["audio"])


def test_the_epub_passes_ace_without_serious_problems(
    books: dict[str, Path], tmp_path: Path
) -> None:
    ace = ROOT / "node_modules" / ".bin" / "ace-puppeteer"
    if not ace.exists():
        require_tool("ace-puppeteer")  # skips, or fails in CI
    chromium = require_tool("chromium")
    env = {**os.environ, "PUPPETEER_EXECUTABLE_PATH": chromium}
    for name in ("plain", "audio"):
        out = tmp_path / name
        subprocess.run([str(ace), "-s", "-o", str(out), str(books[name])], env=env,
                       check=True, capture_output=True, timeout=300)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        found = [(test["earl:test"]["earl:impact"], test["earl:test"]["dct:title"])
                 for group in report["assertions"] for test in group["assertions"]]
        assert not [f for f in found if f[0] in ("critical", "serious")], found


def test_mimetype_comes_first_and_is_not_compressed(books: dict[str, Path]) -> None:
    with zipfile.ZipFile(books["plain"]) as package:
        first = package.infolist()[0]
    assert first.filename == "mimetype"
    assert first.compress_type == zipfile.ZIP_STORED
    assert _parts(books["plain"])["mimetype"] == b"application/epub+zip"


def test_language_and_accessibility_metadata(books: dict[str, Path]) -> None:
    opf = etree.fromstring(_parts(books["plain"])["EPUB/package.opf"])
    assert opf.findtext(".//{http://purl.org/dc/elements/1.1/}language") == "en-GB"
    metas: dict[str, list[str]] = {}
    for meta in opf.iterfind(".//opf:meta", XHTML):
        metas.setdefault(meta.get("property", ""), []).append(meta.text or "")
    assert metas["schema:accessMode"] == ["textual", "visual"]
    assert metas["schema:accessModeSufficient"] == ["textual"]
    assert {"alternativeText", "structuralNavigation", "pageNavigation"} <= \
        set(metas["schema:accessibilityFeature"])
    assert metas["schema:accessibilityHazard"] == ["none"]
    assert metas["schema:accessibilitySummary"][0].startswith("An easy read booklet")
    with_audio = etree.fromstring(_parts(books["audio"])["EPUB/package.opf"])
    features = [m.text for m in with_audio.iterfind(".//opf:meta", XHTML)
                if m.get("property") == "schema:accessibilityFeature"]
    assert "synchronizedAudioText" in features


def test_the_cover_image_is_the_cover_pages_picture(books: dict[str, Path]) -> None:
    parts = _parts(books["plain"])
    opf = etree.fromstring(parts["EPUB/package.opf"])
    marked = [item.get("href") for item in opf.iterfind(".//opf:item", XHTML)
              if "cover-image" in (item.get("properties") or "").split()]
    images = [item for item in opf.iterfind(".//opf:item", XHTML)
              if (item.get("media-type") or "").startswith("image/")]
    assert len(images) > 1  # one picture sorted first by chance would not prove it
    cover = etree.fromstring(parts["EPUB/cover.xhtml"])
    picture = cover.find(".//x:img", XHTML)
    assert picture is not None and marked == [picture.get("src")]


def test_the_book_carries_the_bundled_font_as_the_web_page_names_it(
    books: dict[str, Path],
) -> None:
    parts = _parts(books["plain"])
    css = parts["EPUB/style.css"].decode("utf-8")
    assert css.startswith("/* Atkinson Hyperlegible: Copyright 2020 Braille Institute")
    assert "SIL Open Font License" in css
    for weight_name, weight in (("Regular", 400), ("Bold", 700)):
        name = f"fonts/AtkinsonHyperlegible-{weight_name}.ttf"
        assert parts[f"EPUB/{name}"] == font_file(weight_name).read_bytes()  # type: ignore[arg-type]
        assert f'font-weight: {weight}; font-style: normal; src: url("{name}")' in css
    assert font_bytes("Bold") is font_bytes("Bold")  # read once a process


def test_rows_are_pictures_and_text_under_real_headings(books: dict[str, Path]) -> None:
    parts = _parts(books["plain"])
    section = etree.fromstring(parts["EPUB/section-2.xhtml"])
    heading = section.find(".//x:h2", XHTML)
    assert heading is not None and "".join(heading.itertext()) == "Before your appointment"
    rows = section.findall(".//*[@class='row']", XHTML)
    assert len(rows) == 8
    first = rows[0]
    image = first.find(".//x:img", XHTML)
    first_row = easyread.load(EXAMPLE).sections[1].blocks[0]
    assert isinstance(first_row, Row) and first_row.picture is not None
    assert image is not None and image.get("alt") == first_row.picture.alt
    assert f"EPUB/{image.get('src')}" in parts
    assert parts[f"EPUB/{image.get('src')}"].startswith(b"\x89PNG")


def test_the_page_list_matches_the_printed_pages(books: dict[str, Path]) -> None:
    from pypdf import PdfReader

    parts = _parts(books["plain"])
    nav = etree.fromstring(parts["EPUB/nav.xhtml"])
    entries = nav.findall(".//x:nav[@epub:type='page-list']//x:a", XHTML)
    printed = PdfReader(books["pdf"]).pages
    assert [int(a.text or 0) for a in entries] == list(range(1, len(printed) + 1))
    for entry in entries[2:]:  # after the cover and the contents: each page's first words
        name, _, ident = (entry.get("href") or "").partition("#")
        doc = etree.fromstring(parts[f"EPUB/{name}"])
        marker = doc.find(f".//*[@id='{ident}']")
        assert marker is not None
        parent = marker.getparent()
        assert parent is not None
        after = " ".join(re.findall(r"\w+", "".join(parent.itertext()))[:4])
        page_text = " ".join(re.findall(r"\w+", printed[int(entry.text or 0) - 1].extract_text()))
        assert after in page_text, (entry.text, after)


def test_media_overlays_cover_every_row(books: dict[str, Path]) -> None:
    parts = _parts(books["audio"])
    rows = {(name[5:], row.get("id")) for name, data in parts.items()
            if name.endswith(".xhtml") and name != "EPUB/nav.xhtml"
            for row in etree.fromstring(data).iterfind(".//*[@class='row']", XHTML)}
    assert len(rows) == 25
    spoken: set[tuple[str, str | None]] = set()
    last = 0.0
    # In the book's order: overlay-2.smil before overlay-10.smil.
    for name in sorted((n for n in parts if n.endswith(".smil")),
                       key=lambda n: int(re.sub(r"\D", "", n))):
        for par in etree.fromstring(parts[name]).iterfind(".//smil:par", XHTML):
            text, audio = par.find("smil:text", XHTML), par.find("smil:audio", XHTML)
            assert text is not None and audio is not None
            file, _, ident = (text.get("src") or "").partition("#")
            spoken.add((file, ident))
            start = float((audio.get("clipBegin") or "").rstrip("s"))
            end = float((audio.get("clipEnd") or "").rstrip("s"))
            assert last <= start < end
            last = end
            assert audio.get("src") == "audio/booklet.mp3"
    assert rows <= spoken
    assert {("cover.xhtml", "booklet-title"), ("words.xhtml", "word-list"),
            ("words.xhtml", "word-4")} <= spoken  # the title and the word list are read too
    assert {("credits.xhtml", "credits-checked-by"), ("back-cover.xhtml", "back-cover-2"),
            ("cover.xhtml", "cover-date")} <= spoken  # and the pages a listener needs
    assert "EPUB/audio/booklet.mp3" in parts
    assert "media-overlay=" in parts["EPUB/package.opf"].decode()


class _NoPng(PictureRenderer):
    """A renderer that cannot make PNGs: of the pictures named in `unreadable`, not even SVG."""

    def __init__(self, unreadable: str) -> None:
        super().__init__()
        self.unreadable = unreadable

    def png(self, picture: Picture, width_px: int) -> bytes:
        raise OSError("no PNG here")

    def svg(self, picture: Picture) -> bytes | None:
        if picture.path.name.startswith(self.unreadable):
            raise OSError("no SVG either")
        return super().svg(picture)


def test_a_picture_with_no_png_goes_in_as_its_svg_and_an_unreadable_one_as_its_words() -> None:
    doc = easyread.parse("---\ntitle: Ring us\ncover: doctor\n---\n\n# Phone\n\n"
                         ":phone: Ring us.\n")
    found: list[Diagnostic] = []
    pictures = _NoPng(unreadable="telephone")
    book = book_parts(compose(doc), pictures, found.append)
    cover = next(p for p in iter_pictures(doc) if p.path.name.startswith("doctor"))
    svg = pictures.svg(cover)
    assert svg is not None
    name = f"images/{hashlib.sha256(svg).hexdigest()[:16]}.svg"
    assert book.images == {name: (svg, "image/svg+xml")}  # the bytes themselves, once
    assert book.cover_image == name
    assert f'src="{name}"' in book.parts[0].body
    assert [d.message for d in found] == [
        "the picture telephone-mobile.svg could not be drawn (no SVG either)"]
    assert '<p class="picture-missing">' in book.parts[1].body
