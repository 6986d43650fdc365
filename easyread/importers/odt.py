"""OpenDocument text (.odt) through LibreOffice: checked first, then converted to DOCX."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from easyread.errors import SourceError
from easyread.importers.libreoffice import ConversionError, convert
from easyread.importers.package import read_zip
from easyread.location import Location

__all__ = ["odt_to_docx"]

_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"


def odt_to_docx(source: Path, work: Path) -> bytes:
    """The bytes of `source` converted to DOCX in folder `work`, after the file's checks."""
    where = Location(str(source), 1, 1)
    data = read_zip(source, "OpenDocument text file (.odt)")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        if "mimetype" not in names or archive.read("mimetype").strip() != _MIMETYPE:
            raise SourceError("this is not an OpenDocument text file (.odt)", where,
                              "save the document as .odt or .docx and try again")
        if "content.xml" in names:
            _refuse_outside_content(archive.read("content.xml"), where)
    # LibreOffice reads the copy, so the name it writes is known.
    copy = work / "document.odt"
    copy.write_bytes(data)
    out = work / "out"
    out.mkdir()
    try:
        return read_zip(convert(copy, "docx", out))
    except ConversionError as exc:
        raise SourceError(f"cannot bring in an .odt file here: {exc}", where,
                          "install LibreOffice, or save the document as .docx and import "
                          "that") from None


def _refuse_outside_content(content: bytes, where: Location) -> None:
    """Refuse linked pictures and embedded objects before LibreOffice could load them."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"the file is damaged ({exc.msg})", where,
                          "open it in LibreOffice, save it again and try again") from None
    if next(root.iter(f"{{{_DRAW}}}object", f"{{{_DRAW}}}object-ole"), None) is not None:
        raise SourceError("the document holds an embedded object (such as a spreadsheet, "
                          "chart or file)", where,
                          "delete it, or paste it as a picture, save and try again")
    for element in root.iter(f"{{{_DRAW}}}image"):
        href = element.get(_XLINK_HREF, "")
        if href and not href.startswith(("Pictures/", "./Pictures/")):
            raise SourceError("a picture in the document is linked to a file outside it",
                              where, "in LibreOffice, use Edit > Links to break the link, "
                              "save and try again")
