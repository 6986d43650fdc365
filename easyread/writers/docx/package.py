"""The DOCX package around the content: parts, relationships, properties and a reproducible zip.

The parts python-docx's default template gives every document (theme, font table, web
settings, app properties, settings) are read from that template; the rest are written here.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import BinaryIO

from easyread.writers.docx.fonts import FONT_CONTENT_TYPE, EmbeddedFonts
from easyread.writers.docx.oxml import DECLARATION, attr, check_text, text
from easyread.writers.output import build_epoch

__all__ = ["CREDITS_PROPERTY", "Package", "build_date", "settings_xml"]

CREDITS_PROPERTY = "Picture credits"
"""The custom document property holding the picture sets and their licences."""
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Office uses for user-defined properties; pid numbering starts at 2.
_USER_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006"
_REL = f"{_OFFICE}/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

# Template parts kept as they are: (part name, relationship type, content type).
_FROM_TEMPLATE = (
    ("word/webSettings.xml", f"{_REL}/webSettings", f"{_WML}.webSettings+xml"),
    ("word/fontTable.xml", f"{_REL}/fontTable", f"{_WML}.fontTable+xml"),
    ("word/theme/theme1.xml", f"{_REL}/theme", "application/vnd.openxmlformats-officedocument"
     ".theme+xml"),
)
_APP = "docProps/app.xml"
_EXTERNAL = ' TargetMode="External"'


def build_date() -> dt.datetime:
    """The date stamped in the file: SOURCE_DATE_EPOCH if set, else the build time."""
    return dt.datetime.fromtimestamp(build_epoch(), tz=dt.UTC)


@cache
def _template() -> dict[str, bytes]:
    """The parts of python-docx's default template that every file carries unchanged."""
    # Found without importing python-docx, which takes longer than writing a whole booklet.
    spec = find_spec("docx")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("python-docx is needed to write DOCX files; it is not installed")
    path = Path(next(iter(spec.submodule_search_locations)), "templates", "default.docx")
    names = [name for name, _, _ in _FROM_TEMPLATE] + [_APP, "word/settings.xml"]
    with zipfile.ZipFile(path) as template:
        return {name: template.read(name) for name in names}


@cache
def settings_xml(language: str, embed_fonts: bool = False) -> bytes:
    """The template's settings with automatic hyphenation off, fields updated on opening,
    no revision ids, `language` as the theme language and, with `embed_fonts`, the flag that
    tells Word to keep the fonts embedded in the file when it saves it."""
    from lxml import etree  # only here: everything else is written as text

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    settings = etree.fromstring(_template()["word/settings.xml"], parser)
    for tag in ("autoHyphenation", "updateFields", "rsids", "embedTrueTypeFonts"):
        for old in settings.findall(w + tag):
            settings.remove(old)
    # autoHyphenation sits early in CT_Settings, after the view and zoom settings.
    hyphenation = etree.Element(w + "autoHyphenation", {w + "val": "false"}, nsmap=settings.nsmap)
    anchor = settings.find(w + "defaultTabStop")
    if anchor is not None:
        anchor.addnext(hyphenation)
    else:
        settings.insert(0, hyphenation)
    update = etree.Element(w + "updateFields", {w + "val": "true"}, nsmap=settings.nsmap)
    following = settings.find(w + "compat")
    if following is not None:
        following.addprevious(update)
    else:
        settings.append(update)
    if embed_fonts:
        # embedTrueTypeFonts follows the view and zoom settings in CT_Settings.
        embed = etree.Element(w + "embedTrueTypeFonts", nsmap=settings.nsmap)
        before = [settings.find(w + tag) for tag in ("zoom", "view", "writeProtection")]
        found = next((element for element in before if element is not None), None)
        if found is not None:
            found.addnext(embed)
        else:
            settings.insert(0, embed)
    theme_lang = settings.find(w + "themeFontLang")
    if theme_lang is not None:
        theme_lang.attrib.clear()
        theme_lang.set(w + "val", language)
    data: bytes = etree.tostring(settings, encoding="UTF-8", standalone=True)
    return data


def _rels_xml(rels: list[tuple[str, str, str, bool]]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{attr(target)}"'
        f"{_EXTERNAL if external else ''}/>"
        for rid, kind, target, external in rels)
    return f'{DECLARATION}<Relationships xmlns="{_PKG_REL}">{items}</Relationships>'


@dataclass
class Package:
    """The parts of one DOCX file and the document's relationships, in the order they are made.

    Relationship ids follow python-docx's template: the ids of its dropped sample parts are
    reused first, so files match those python-docx made.
    """

    rels: list[tuple[str, str, str, bool]] = field(default_factory=lambda: [
        ("rId3", f"{_REL}/styles", "styles.xml", False),
        ("rId5", f"{_REL}/settings", "settings.xml", False),
        ("rId6", f"{_REL}/webSettings", "webSettings.xml", False),
        ("rId7", f"{_REL}/fontTable", "fontTable.xml", False),
        ("rId8", f"{_REL}/theme", "theme/theme1.xml", False),
        ("rId2", f"{_REL}/numbering", "numbering.xml", False),
        ("rId1", f"{_REL}/footer", "footer1.xml", False),
    ])
    """(id, type, target, external) of each relationship of the main document part."""
    media: dict[bytes, str] = field(default_factory=dict)
    """PNG bytes to relationship id: the same picture is stored once."""
    _links: dict[str, str] = field(default_factory=dict)
    _next: int = 1

    def _new_rid(self) -> str:
        used = {rid for rid, _, _, _ in self.rels}
        while f"rId{self._next}" in used:
            self._next += 1
        return f"rId{self._next}"

    def add_image(self, png: bytes) -> str:
        """The relationship id of the picture `png`, stored once however often it is used."""
        rid = self.media.get(png)
        if rid is None:
            rid = self.media[png] = self._new_rid()
            self.rels.append((rid, f"{_REL}/image", f"media/image{len(self.media)}.png", False))
        return rid

    def add_link(self, url: str) -> str:
        """The relationship id of a link to the web address `url`."""
        rid = self._links.get(url)
        if rid is None:
            rid = self._links[url] = self._new_rid()
            self.rels.append((rid, f"{_REL}/hyperlink", url, True))
        return rid

    def save(self, out: BinaryIO, *, document: str, styles: str, numbering: str, footer: str,
             settings: bytes, core: str, credits: str,
             fonts: EmbeddedFonts | None = None) -> None:
        """Write the package to `out`: sorted parts with fixed timestamps, so builds match;
        with `fonts`, the typeface goes in the file too."""
        template = _template()
        overrides = {
            "/docProps/app.xml": "application/vnd.openxmlformats-officedocument"
                                 ".extended-properties+xml",
            "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
            "/word/document.xml": f"{_WML}.document.main+xml",
            "/word/footer1.xml": f"{_WML}.footer+xml",
            "/word/numbering.xml": f"{_WML}.numbering+xml",
            "/word/settings.xml": f"{_WML}.settings+xml",
            "/word/styles.xml": f"{_WML}.styles+xml",
        } | {f"/{name}": kind for name, _, kind in _FROM_TEMPLATE}
        package_rels = [
            ("rId3", f"{_PKG_REL}/metadata/core-properties", "docProps/core.xml", False),
            ("rId4", f"{_REL}/extended-properties", "docProps/app.xml", False),
            ("rId1", f"{_REL}/officeDocument", "word/document.xml", False),
        ]
        parts: dict[str, bytes | str] = {
            "word/document.xml": document, "word/styles.xml": styles,
            "word/numbering.xml": numbering, "word/footer1.xml": footer,
            "word/settings.xml": settings, "docProps/core.xml": core,
            "word/_rels/document.xml.rels": _rels_xml(self.rels),
        }
        for name in (*(name for name, _, _ in _FROM_TEMPLATE), _APP):
            parts[name] = template[name]
        if credits:
            parts["docProps/custom.xml"] = _custom_xml(credits)
            overrides["/docProps/custom.xml"] = ("application/vnd.openxmlformats-officedocument"
                                                 ".custom-properties+xml")
            package_rels.append(("rId2", f"{_REL}/custom-properties", "docProps/custom.xml",
                                 False))
        parts["_rels/.rels"] = _rels_xml(package_rels)
        if fonts is not None:
            table = template["word/fontTable.xml"]
            parts["word/fontTable.xml"] = table.replace(b"</w:fonts>",
                                                        fonts.font_entry.encode() + b"</w:fonts>")
            parts["word/_rels/fontTable.xml.rels"] = _rels_xml(list(fonts.rels))
            parts.update(fonts.parts)
        for number, png in enumerate(self.media, 1):
            parts[f"word/media/image{number}.png"] = png
        defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml",
                    "xml": "application/xml"} | ({"png": "image/png"} if self.media else {})
        if fonts is not None:
            defaults["odttf"] = FONT_CONTENT_TYPE
        parts["[Content_Types].xml"] = (
            f'{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types">'
            + "".join(f'<Default Extension="{ext}" ContentType="{defaults[ext]}"/>'
                      for ext in sorted(defaults))
            + "".join(f'<Override PartName="{name}" ContentType="{overrides[name]}"/>'
                      for name in sorted(overrides))
            + "</Types>")
        encoded = {name: data.encode() if isinstance(data, str) else data
                   for name, data in parts.items()}
        for name, data in parts.items():
            if isinstance(data, str):  # the parts written here: check before writing any
                check_text(encoded[name])
        _write_zip(out, encoded)


def _write_zip(out: BinaryIO, parts: dict[str, bytes]) -> None:
    stamp = build_date().timetuple()[:6]
    stamp = (max(stamp[0], 1980), *stamp[1:])
    names = sorted(parts, key=lambda n: (n != "[Content_Types].xml", n))
    # Built in memory first: zipfile writes other bytes to a stream it cannot seek in.
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o600 << 16
            # The fonts are the largest parts: the fastest level keeps builds quick.
            level = 1 if name.endswith(".odttf") else 6
            target.writestr(info, parts[name], compresslevel=level)
    out.write(result.getvalue())


def core_xml(*, title: str, language: str, author: str) -> str:
    """The title, language and author readers and screen readers see; the rest left empty.

    Kept whole however long: the format sets no limit (python-docx's 255 characters is its own).
    """
    date = build_date().strftime("%Y-%m-%dT%H:%M:%SZ")
    w3c = 'xsi:type="dcterms:W3CDTF"'
    title, language, author = text(title), text(language), text(author)
    return (
        f"{DECLARATION}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{title}</dc:title><dc:subject></dc:subject><dc:creator>{author}</dc:creator>"
        "<cp:keywords></cp:keywords><dc:description></dc:description>"
        f"<cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f"<dcterms:created {w3c}>{date}</dcterms:created>"
        f"<dcterms:modified {w3c}>{date}</dcterms:modified>"
        f"<cp:category></cp:category><dc:language>{language}</dc:language></cp:coreProperties>"
    )


def _custom_xml(credits: str) -> str:
    """The picture `credits` as a custom property (Word: File > Info > Properties >
    Advanced > Custom; LibreOffice: File > Properties > Custom Properties)."""
    return (
        f'{DECLARATION}<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">'
        f'<property fmtid="{_USER_FMTID}" pid="2" name="{attr(CREDITS_PROPERTY)}">'
        f"<vt:lpwstr>{text(credits)}</vt:lpwstr></property></Properties>"
    )
