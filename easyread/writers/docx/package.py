"""The DOCX package around the content: template clean-up, properties, and a reproducible zip."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from typing import BinaryIO
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

__all__ = [
    "CREDITS_PROPERTY", "build_date", "clean_template", "save_reproducibly", "set_credits",
    "set_properties",
]

CREDITS_PROPERTY = "Picture credits"
"""The custom document property holding the picture sets and their licences."""
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Office uses for user-defined properties; pid numbering starts at 2.
_USER_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

_FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
"""Used when SOURCE_DATE_EPOCH is not set, so two builds give the same bytes."""

# Template parts that describe python-docx's sample document rather than ours.
_DROPPED = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RT.CUSTOM_XML,
    RT.THUMBNAIL,
)


def build_date() -> dt.datetime:
    """The date stamped in the file: SOURCE_DATE_EPOCH if set, else a fixed date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return _FIXED_DATE


def clean_template(doc: DocxDocument) -> None:
    """Drop the template's stale stylesWithEffects part, sample custom XML and thumbnail."""
    for rels in (doc.part.rels, doc.part.package.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype in _DROPPED:
                del rels[rid]


def set_properties(doc: DocxDocument, *, title: str, language: str, author: str) -> None:
    """Set the title, language and author readers and screen readers see; clear the rest."""
    props = doc.core_properties
    props.title = title
    props.language = language
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = props.modified = build_date().replace(tzinfo=None)


def set_credits(doc: DocxDocument, credits: str) -> None:
    """Store the picture `credits` as a custom property (Word: File > Info > Properties >
    Advanced > Custom; LibreOffice: File > Properties > Custom Properties)."""
    if not credits:
        return
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">'
        f'<property fmtid="{_USER_FMTID}" pid="2" name="{escape(CREDITS_PROPERTY)}">'
        f"<vt:lpwstr>{escape(credits)}</vt:lpwstr></property></Properties>"
    )
    package = doc.part.package
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, xml.encode(), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def save_reproducibly(doc: DocxDocument, out: BinaryIO) -> None:
    """Save `doc` to `out` with sorted parts and fixed timestamps, so builds are identical."""
    raw = io.BytesIO()
    doc.save(raw)
    stamp = build_date().timetuple()[:6]
    stamp = (max(stamp[0], 1980), *stamp[1:])
    with zipfile.ZipFile(raw) as source:
        names = sorted(source.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        result = io.BytesIO()
        with zipfile.ZipFile(result, "w", compression=zipfile.ZIP_DEFLATED) as target:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 0
                info.external_attr = 0o600 << 16
                target.writestr(info, source.read(name), compresslevel=6)
    out.write(result.getvalue())
