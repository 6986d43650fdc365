"""Word files for the import tests, made here with python-docx, in our own words."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.shared import Pt
from PIL import Image

# Two sections of easy read rows: (picture colour, description, paragraphs of the words cell).
# A paragraph is a list of (text, bold) pieces.
GARDEN = [
    ("green", "A green garden gate", [[("The garden opens at 9 in the morning.", False)],
                                       [("It closes at 5. Please shut the gate.", False)]]),
    ("blue", "A watering can", [[("You can water the plants.", False)]]),
    ("red", "A red flower", [[("Do not pick the ", False), ("flowers", True), (".", False)],
                             [("They are for everyone.", False)]]),
    ("yellow", "A sun in the sky", [[("Wear a hat when it is sunny.", False)]]),
]
CAFE = [
    ("purple", "A cup of tea", [[("The cafe sells tea and cake.", False)]]),
    ("orange", "A coin", [[("You can pay with a card. You can pay with coins.", False)]]),
    ("grey", "A clock", [[("The cafe shuts at 4.", False)], [("Come early!", False)]]),
]
TITLE = "Our community garden"


def png(colour: str, size: tuple[int, int] = (60, 60)) -> bytes:
    """A small plain picture in `colour`."""
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def add_rows(document: DocxDocument, rows: list) -> None:  # type: ignore[type-arg]
    """A two-column table: a picture with its description left, the words right."""
    table = document.add_table(rows=0, cols=2)
    for colour, alt, paragraphs in rows:
        left, right = table.add_row().cells
        shape = left.paragraphs[0].add_run().add_picture(io.BytesIO(png(colour)))
        shape._inline.docPr.set("descr", alt)
        for index, pieces in enumerate(paragraphs):
            paragraph = right.paragraphs[0] if index == 0 else right.add_paragraph()
            for text, bold in pieces:
                paragraph.add_run(text).bold = bold


def easy_read_docx(path: Path) -> Path:
    """A Word easy read leaflet: a title, two headed tables of picture rows, a word list."""
    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    document.add_heading("The garden", level=1)
    add_rows(document, GARDEN)
    document.add_heading("The cafe", level=1)
    add_rows(document, CAFE)
    document.add_heading("Hard words", level=1)
    term = document.add_paragraph()
    term.add_run("Flowers").bold = True
    document.add_paragraph("The coloured parts of a plant.")
    document.save(str(path))
    return path


PLAIN_PARAGRAPHS = [
    "This report looks at how people use the library. We asked 40 people what they think.",
    "Most people said the library is a friendly place. Some people said it is hard to find "
    "the toilets.",
    "We will put up new signs in the spring.",
]


def plain_docx(path: Path) -> Path:
    """A plain report: a heading, ordinary paragraphs and a bullet list, no pictures."""
    document = docx.Document()
    document.add_paragraph("Library visitors report", style="Title")
    document.add_heading("What we found", level=1)
    for text in PLAIN_PARAGRAPHS[:2]:
        document.add_paragraph(text)
    document.add_heading("What happens next", level=2)
    document.add_paragraph(PLAIN_PARAGRAPHS[2])
    document.add_paragraph("New signs", style="List Bullet")
    document.add_paragraph("A map by the door", style="List Bullet")
    big = document.add_paragraph()
    run = big.add_run("Thank you")
    run.bold, run.font.size = True, Pt(28)
    document.add_paragraph("Thank you for reading.")
    document.save(str(path))
    return path


def emf_box() -> bytes:
    """A Windows metafile (EMF) that draws one rectangle: a header, the rectangle, the end."""
    import struct

    rectangle = struct.pack("<II4i", 43, 24, 10, 10, 90, 90)
    end = struct.pack("<IIIII", 14, 20, 0, 16, 20)
    header = struct.pack("<II4i4i", 1, 88, 0, 0, 100, 100, 0, 0, 2646, 2646)
    header += struct.pack("<IIIIHHIII", 0x464D4520, 0x10000, 88 + 44, 3, 1, 0, 0, 0, 0)
    header += struct.pack("<iiii", 1024, 768, 320, 240)
    return header + rectangle + end


def with_metafile(path: Path) -> Path:
    """A one-row easy read file whose picture is an EMF (python-docx cannot add one, so the
    PNG it adds is swapped in the zip)."""
    import zipfile

    add = docx.Document()
    add_rows(add, [("green", "A square", [[("A row with a drawing.", False)]])])
    add.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts = {name.replace("image1.png", "image1.emf"): data for name, data in parts.items()}
    parts["word/media/image1.emf"] = emf_box()
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(b"image1.png", b"image1.emf")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"<Default Extension=\"png\"", b"<Default Extension=\"emf\" ContentType=\"image/x-emf\"/>"
        b"<Default Extension=\"png\"")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def with_footnote(path: Path) -> Path:
    """A paragraph pointing to a footnote (python-docx cannot add one, so the zip is edited)."""
    import zipfile

    document = docx.Document()
    document.add_paragraph("Footnotes", style="Title")
    document.add_paragraph("The hall has a ramp. FOOTNOTE")
    document.add_paragraph("The next sentence.")
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    reference = (b'</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>')
    parts["word/document.xml"] = parts["word/document.xml"].replace(b" FOOTNOTE", reference)
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve">'
        " The ramp is by the car park. It is open all day.</w:t></w:r></w:p></w:footnote>"
        "</w:footnotes>").encode()
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(b"</Relationships>", (
        b'<Relationship Id="rIdNote" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'))
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path
