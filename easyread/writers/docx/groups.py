"""A picture group in Word: a layout table with one column per picture (up to GROUP_ACROSS a
line), each cell the picture (with its alt text) and its caption centred under it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from easyread.measures import measures
from easyread.model import PictureGroup
from easyread.style import MM
from easyread.writers.docx import oxml

if TYPE_CHECKING:
    from easyread.writers.docx.blocks import Writer

__all__ = ["group_table"]


def group_table(writer: Writer, group: PictureGroup, page_break: bool) -> str:
    """The `w:tbl` for `group`; each line of pictures is a table row that never splits, and a
    group of up to two lines is kept on one page (as in the PDF)."""
    m = measures(writer.style)
    count = len(group.items)
    across = m.group_columns(count, group.longest_word)
    total = writer.geometry.text_width
    widths = tuple([total // across] * across)
    side_mm = m.group_picture(across) / MM
    lines = (count + across - 1) // across
    parts = [oxml.layout_table_start(widths, writer.layout_caption, writer.layout_description,
                                     (writer.geometry.row_padding, 0,
                                      writer.geometry.row_padding, 0))]
    for start in range(0, count, across):
        keep = lines <= 2 and start + across < count
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for index in range(across):
            parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/>'
                         '<w:vAlign w:val="top"/></w:tcPr>')
            if start + index >= count:
                parts.append(oxml.paragraph_start("GroupCaption") + "</w:p></w:tc>")
                continue
            row = group.items[start + index]
            picture = "" if row.picture is None else writer.images.run(row.picture, side_mm)
            parts.append(oxml.paragraph_start("GroupPicture", keep_next=True,
                                              page_break_before=page_break and start == index == 0)
                         + picture
                         + "</w:p>")
            for number, line in enumerate(row.lines):
                label = oxml.run(f"{row.label} ", bold=True) if number == 0 and row.label else ""
                parts.append(oxml.paragraph_start("GroupCaption", keep_next=keep) + label
                             + writer.add_runs(line.runs) + "</w:p>")
            parts.append("</w:tc>")
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)
