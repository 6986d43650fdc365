"""The EPUB 3 package: the zip, its package document (OPF) and its navigation document."""

from __future__ import annotations

import datetime as dt
import uuid
import zipfile
from collections.abc import Sequence
from html import escape
from typing import BinaryIO

from easyread.writers.booklet import Booklet
from easyread.writers.epub.content import Book, Part

__all__ = ["Extra", "write_package"]

Extra = tuple[str, bytes, str, str]
"""A file the package also holds: (name, bytes, media type, manifest properties)."""

_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
"""


def xhtml(title: str, language: str, body: str) -> str:
    """A whole XHTML content document."""
    lang = escape(language)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
        f'lang="{lang}" xml:lang="{lang}">\n<head>\n<meta charset="UTF-8"/>\n'
        f"<title>{escape(title)}</title>\n"
        '<link rel="stylesheet" type="text/css" href="style.css"/>\n</head>\n'
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _nav(booklet: Booklet, book: Book) -> str:
    toc = "\n".join(f'<li><a href="{part.name}">{escape(part.title)}</a></li>'
                    for part in book.parts)
    pages = "\n".join(f'<li><a href="{target}">{number}</a></li>'
                      for number, target in sorted(book.pages))
    body = (f'<nav epub:type="toc" id="toc" role="doc-toc">\n'
            f"<h1>{escape(booklet.labels.contents)}</h1>\n<ol>\n{toc}\n</ol>\n</nav>\n")
    if pages:
        body += (f'<nav epub:type="page-list" id="page-list" role="doc-pagelist" hidden="hidden">'
                 f"\n<h2>{escape(booklet.labels.page)}</h2>\n<ol>\n{pages}\n</ol>\n</nav>\n")
    landmarks = (
        '<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n<h2>Landmarks</h2>\n<ol>\n'
        f'<li><a epub:type="bodymatter" href="{_first_body(book.parts)}">'
        f"{escape(booklet.title)}</a></li>\n</ol>\n</nav>\n")
    return xhtml(booklet.labels.contents, booklet.language, body + landmarks)


def _first_body(parts: Sequence[Part]) -> str:
    return next((p.name for p in parts if p.kind.startswith("bodymatter")), parts[0].name)


def _metadata(booklet: Booklet, modified: str, audio: float | None,
              overlays: dict[str, float]) -> str:
    meta = booklet.document.meta
    ident = uuid.uuid5(uuid.NAMESPACE_URL, f"easyread:{meta.title}:{meta.author}:{meta.date}")
    lines = [
        f'<dc:identifier id="book-id">urn:uuid:{ident}</dc:identifier>',
        f"<dc:title>{escape(meta.title)}</dc:title>",
        f"<dc:language>{escape(meta.language)}</dc:language>",
        f'<meta property="dcterms:modified">{modified}</meta>',
    ]
    if meta.author:
        lines.append(f"<dc:creator>{escape(meta.author)}</dc:creator>")
    # The page list follows the printed booklet (the PDF easyread makes from the same file).
    lines.append(f'<dc:source id="print">{escape(meta.title)}: the printed easy read booklet '
                 "(PDF)</dc:source>")
    lines.append('<meta refines="#print" property="source-of">pagination</meta>')
    modes = ["textual", "visual"] + (["auditory"] if audio is not None else [])
    lines += [f'<meta property="schema:accessMode">{mode}</meta>' for mode in modes]
    sufficient = ["textual"] + (["auditory"] if audio is not None else [])
    lines += [f'<meta property="schema:accessModeSufficient">{mode}</meta>'
              for mode in sufficient]
    features = ["alternativeText", "structuralNavigation", "tableOfContents", "readingOrder",
                "pageNavigation", "printPageNumbers", "displayTransformability"]
    if audio is not None:
        features.append("synchronizedAudioText")
    lines += [f'<meta property="schema:accessibilityFeature">{name}</meta>' for name in features]
    lines.append('<meta property="schema:accessibilityHazard">none</meta>')
    summary = ("An easy read booklet: each idea is one short sentence beside a picture that "
               "helps to explain it. Every picture has a text description. Headings, a table "
               "of contents and the printed page numbers help you find your way.")
    if audio is not None:
        summary += " The whole book can be read aloud, with each part lit up as it is read."
    lines.append(f'<meta property="schema:accessibilitySummary">{summary}</meta>')
    lines.append('<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 '
                 "Level AA</meta>")
    lines.append('<meta property="a11y:certifiedBy">easyread</meta>')
    if audio is not None:
        # The book's duration is what its overlays play (pauses between rows are not in them).
        lines.append(f'<meta property="media:duration">{_clock(sum(overlays.values()))}</meta>')
        lines += [f'<meta property="media:duration" refines="#{name}">{_clock(seconds)}</meta>'
                  for name, seconds in overlays.items()]
        lines.append('<meta property="media:active-class">-epub-media-overlay-active</meta>')
    return "\n".join(lines)


def _clock(seconds: float) -> str:
    whole, millis = divmod(round(seconds * 1000), 1000)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}.{millis:03d}"


def write_package(booklet: Booklet, book: Book, css: str, out: BinaryIO, *,
                  epoch: int, extras: Sequence[Extra] = (), audio: float | None = None,
                  overlays: dict[str, float] | None = None) -> None:
    """Write the EPUB zip to `out`: `mimetype` first and uncompressed, as the standard asks.

    `overlays` maps each content document's name to its media overlay's length in seconds
    (the overlay files are among `extras`, named like the document with ``.smil``).
    """
    overlays = overlays or {}
    when = dt.datetime.fromtimestamp(epoch, dt.UTC)
    modified = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    manifest = ['<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
                'properties="nav"/>',
                '<item id="css" href="style.css" media-type="text/css"/>']
    spine = []
    files: list[tuple[str, bytes]] = [("EPUB/nav.xhtml", _nav(booklet, book).encode()),
                                      ("EPUB/style.css", css.encode())]
    smil_ids = {}
    for number, part in enumerate(book.parts, 1):
        ident = f"part-{number}"
        overlay = ""
        if part.name in overlays:
            smil_ids[f"mo-{number}"] = overlays[part.name]
            overlay = f' media-overlay="mo-{number}"'
        manifest.append(f'<item id="{ident}" href="{part.name}" '
                        f'media-type="application/xhtml+xml"{overlay}/>')
        spine.append(f'<itemref idref="{ident}"/>')
        files.append((f"EPUB/{part.name}",
                      xhtml(part.title, booklet.language, part.body).encode()))
    for number, (name, (data, kind)) in enumerate(sorted(book.images.items()), 1):
        cover = ' properties="cover-image"' if name == book.cover_image else ""
        manifest.append(f'<item id="img-{number}" href="{name}" media-type="{kind}"{cover}/>')
        files.append((f"EPUB/{name}", data))
    for number, (name, data, kind, properties) in enumerate(extras, 1):
        ident = f"mo-{name.split('-')[-1].split('.')[0]}" if name.endswith(".smil") \
            else f"extra-{number}"
        props = f' properties="{properties}"' if properties else ""
        manifest.append(f'<item id="{ident}" href="{name}" media-type="{kind}"{props}/>')
        files.append((f"EPUB/{name}", data))
    opf = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id"'
        f' xml:lang="{escape(booklet.language)}">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f"{_metadata(booklet, modified, audio, smil_ids)}\n</metadata>\n"
        "<manifest>\n" + "\n".join(manifest) + "\n</manifest>\n"
        "<spine>\n" + "\n".join(spine) + "\n</spine>\n</package>\n"
    )
    files.insert(0, ("EPUB/package.opf", opf.encode()))
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype", stamp), b"application/epub+zip",
                         compress_type=zipfile.ZIP_STORED)
        package.writestr(zipfile.ZipInfo("META-INF/container.xml", stamp), _CONTAINER,
                         compress_type=zipfile.ZIP_DEFLATED)
        for name, data in files:
            package.writestr(zipfile.ZipInfo(name, stamp), data,
                             compress_type=zipfile.ZIP_DEFLATED)
