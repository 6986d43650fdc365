"""Embed the bundled typeface in the Word file, obfuscated as Word does it, so Word and
LibreOffice show the booklet in Atkinson Hyperlegible without the font being installed.

ECMA-376 Part 1, 17.8.1 (font embedding) and 17.8.3.3: each font is stored as an .odttf part
whose first 32 bytes are XORed with the 16 bytes of its font key GUID, read in reverse order.
The key is made from the font's own bytes, so two builds of a booklet stay identical.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from functools import cache

from easyread.writers.bundled_font import FAMILY, WEIGHTS, font_bytes
from easyread.writers.docx.oxml import attr

__all__ = ["FONT_CONTENT_TYPE", "EmbeddedFonts", "embedded_fonts", "obfuscate"]

FONT_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"


@dataclass(frozen=True, slots=True)
class EmbeddedFonts:
    """What the package needs to carry a typeface: its font table entry and its parts."""

    font_entry: str
    """A `w:font` for the font table, pointing at the embedded files."""
    rels: tuple[tuple[str, str, str, bool], ...]
    """The font table's relationships: (id, type, target, external)."""
    parts: tuple[tuple[str, bytes], ...]
    """(part name, obfuscated font) for each weight."""


def obfuscate(font: bytes, key: str) -> bytes:
    """`font` with its first 32 bytes XORed with the GUID `key` ("{XXXXXXXX-...}") reversed.

    The same operation turns an .odttf back into the font.
    """
    guid = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(byte ^ guid[index % 16] for index, byte in enumerate(font[:32]))
    return head + font[32:]


@cache
def embedded_fonts(family: str) -> EmbeddedFonts | None:
    """The embedded regular and bold faces of `family`, or None for a font we do not ship."""
    if family != FAMILY:
        return None
    embeds, rels, parts = [], [], []
    for number, (weight, _) in enumerate(WEIGHTS, start=1):
        font, tag = font_bytes(weight), f"embed{weight}"
        key = "{" + str(uuid.UUID(bytes=hashlib.sha256(font).digest()[:16])).upper() + "}"
        rid, name = f"rId{number}", f"fonts/font{number}.odttf"
        embeds.append(f'<w:{tag} r:id="{rid}" w:fontKey="{key}"/>')
        rels.append((rid, _FONT_REL, name, False))
        parts.append((f"word/{name}", obfuscate(font, key)))
    entry = (f'<w:font w:name="{attr(family)}"><w:charset w:val="00"/>'
             '<w:family w:val="swiss"/><w:pitch w:val="variable"/>'
             f"{''.join(embeds)}</w:font>")
    return EmbeddedFonts(entry, tuple(rels), tuple(parts))
