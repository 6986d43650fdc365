"""Build the PDF/UA structure tree and metadata with pikepdf after reportlab has drawn.

Painting records, page by page, which structure element each marked-content id (MCID)
and each link annotation belongs to. This pass turns that record into the StructTreeRoot,
ParentTree, Link OBJRs, language, XMP metadata, page labels and fixed ToUnicode maps.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import BinaryIO

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from easyread.writers.pdf.boxes import Tree

__all__ = ["Marks", "add_structure"]


@dataclass(slots=True)
class Marks:
    """What painting tells the tagger about the content it drew."""

    mcids: list[list[int]] = field(default_factory=list)
    """Per page, the structure element of each MCID in order."""
    links: list[list[tuple[int, str]]] = field(default_factory=list)
    """Per page, (Link element, description) of each link annotation in order."""
    bboxes: dict[int, tuple[float, float, float, float]] = field(default_factory=dict)
    """Figure element to the box its picture was drawn in, in PDF coordinates."""

    def start_page(self) -> None:
        """Begin recording a new page."""
        self.mcids.append([])
        self.links.append([])

    def next_mcid(self, elem: int) -> int:
        """The MCID for new content of `elem` on the current page."""
        self.mcids[-1].append(elem)
        return len(self.mcids[-1]) - 1


@dataclass(frozen=True, slots=True)
class Info:
    """Document facts for the catalog, Info dictionary and XMP."""

    title: str
    language: str
    author: str
    epoch: int
    """Creation time in seconds since 1970, fixed so the same booklet gives the same bytes."""
    rights: str = ""
    """The picture credits (sets, licences, links), written as dc:rights and Info /Rights."""


def escape(text: str) -> str:
    """`text` safe inside XML character data (xml.sax.saxutils would import urllib and http)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _pdf_date(moment: datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def _xmp(info: Info) -> bytes:
    moment = datetime.fromtimestamp(info.epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    title, lang = escape(info.title), escape(info.language)
    author = (
        f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>"
        if info.author else ""
    )
    rights = (
        '<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{escape(info.rights)}</rdf:li></rdf:Alt></dc:rights>"
        if info.rights else ""
    )
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>'
        f"{author}{rights}<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>"
        '<dc:format>application/pdf</dc:format>'
        f"<xmp:CreateDate>{moment}</xmp:CreateDate><xmp:ModifyDate>{moment}</xmp:ModifyDate>"
        "<xmp:CreatorTool>easyread</xmp:CreatorTool><pdf:Producer>easyread</pdf:Producer>"
        "<pdfuaid:part>1</pdfuaid:part>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


_BAD_BFCHAR = re.compile(rb"<[0-9A-Fa-f]{2}> <0000>\r?\n?")
_BFCHAR_BLOCK = re.compile(rb"(\d+) beginbfchar\s*(.*?)endbfchar", re.S)


def fix_tounicode(data: bytes) -> bytes:
    """Drop the code-to-U+0000 lines reportlab writes for codes 0-31, keeping counts right."""

    def block(match: re.Match[bytes]) -> bytes:
        body = _BAD_BFCHAR.sub(b"", match.group(2))
        count = len(re.findall(rb"<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>", body))
        return b"%d beginbfchar\n%sendbfchar" % (count, body) if count else b""

    return _BFCHAR_BLOCK.sub(block, data)


def _fix_fonts(pdf: pikepdf.Pdf) -> None:
    for obj in pdf.objects:
        if isinstance(obj, Dictionary) and "/ToUnicode" in obj:
            stream = obj.ToUnicode
            fixed = fix_tounicode(stream.read_bytes())
            stream.write(fixed)


def _build_tree(pdf: pikepdf.Pdf, tree: Tree, marks: Marks) -> Dictionary:
    """Make structure elements for every node that has content, and the ParentTree."""
    pages = pdf.pages
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    objs: dict[int, Dictionary] = {}
    kids: dict[int, list[object]] = {}

    def element(index: int) -> Dictionary:
        found = objs.get(index)
        if found is not None:
            return found
        node = tree.nodes[index]
        obj = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.tag)))
        if node.alt is not None:
            obj.Alt = String(node.alt)
        objs[index] = obj
        kids[index] = []
        if node.parent is None:
            obj.P = root
        else:
            obj.P = element(node.parent)
            kids[node.parent].append(obj)
        return obj

    parent_nums: list[object] = []
    for page_index, elems in enumerate(marks.mcids):
        page = pages[page_index].obj
        for mcid, index in enumerate(elems):
            element(index)
            kids[index].append(Dictionary(Type=Name.MCR, Pg=page, MCID=mcid))
        if elems:
            page.StructParents = page_index
            parent_nums += [page_index, pdf.make_indirect(Array([objs[i] for i in elems]))]
        page.Tabs = Name.S
    next_key = len(pages)
    for page_index, links in enumerate(marks.links):
        page = pages[page_index].obj
        annots = [a for a in page.get("/Annots", Array()) if a.get("/Subtype") == Name.Link]
        if len(annots) != len(links):
            raise RuntimeError("link annotations and recorded links do not match")
        for annot, (index, text) in zip(annots, links, strict=True):
            element(index)
            annot.StructParent = next_key
            annot.Contents = String(text)
            kids[index].append(Dictionary(Type=Name.OBJR, Obj=annot, Pg=page))
            parent_nums += [next_key, objs[index]]
            next_key += 1
    for index, box in marks.bboxes.items():
        if index in objs:
            objs[index].A = Dictionary(O=Name.Layout, BBox=Array(list(box)))
    for index, obj in objs.items():
        obj.K = Array(kids[index])
    root.K = Array([objs[0]]) if 0 in objs else Array()
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=Array(parent_nums)))
    root.ParentTreeNextKey = next_key
    return root


def add_structure(data: bytes, out: BinaryIO, tree: Tree, marks: Marks, info: Info) -> None:
    """Write `data` (reportlab's PDF) to `out` as a tagged PDF/UA-1 document."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.Root.StructTreeRoot = _build_tree(pdf, tree, marks)
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.Lang = String(info.language)
        pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        pdf.Root.PageLabels = Dictionary(Nums=Array([0, Dictionary(S=Name.D)]))
        metadata = pdf.make_stream(_xmp(info))
        metadata.Type, metadata.Subtype = Name.Metadata, Name.XML
        pdf.Root.Metadata = metadata
        date = _pdf_date(datetime.fromtimestamp(info.epoch, UTC))
        docinfo = {
            "/Title": String(info.title), "/Creator": String("easyread"),
            "/Producer": String("easyread"), "/CreationDate": String(date),
            "/ModDate": String(date),
        }
        if info.author:
            docinfo["/Author"] = String(info.author)
        if info.rights:
            docinfo["/Rights"] = String(info.rights)
        pdf.docinfo = pdf.make_indirect(Dictionary(docinfo))
        _fix_fonts(pdf)
        pdf.save(out, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
