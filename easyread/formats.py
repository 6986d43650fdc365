"""The output formats: one record per format, read by everything that names a format.

The command line (``--format``, its help and its messages), the Python API, the studio's
download buttons and the docs all read :data:`FORMATS`, so adding a format is one record here
and one writer package (``easyread.writers.NAME``).

This module is imported by ``easyread --help``: keep it free of heavy imports (no dataclasses,
no typing).
"""

from __future__ import annotations

__all__ = ["FORMATS", "OutputFormat", "default_formats", "format_named", "names_in_words"]


class OutputFormat:
    """What easyread knows about one output format."""

    __slots__ = ("default", "label", "media_type", "name", "suffix", "writer")

    def __init__(
        self, name: str, *, suffix: str, media_type: str, label: str, writer: str,
        default: bool = False,
    ) -> None:
        self.name = name
        """The name people type: ``--format pdf`` and ``easyread.render(doc, "pdf", ...)``."""
        self.suffix = suffix
        """The file name's ending, without the dot."""
        self.media_type = media_type
        """The MIME type, for the studio's downloads."""
        self.label = label
        """What the format is called in plain words ("Word", "web page")."""
        self.writer = writer
        """The writer function as ``module:function``, imported only when the format is made."""
        self.default = default
        """Made by ``easyread build`` when no ``--format`` is given."""

    def __repr__(self) -> str:
        return f"OutputFormat({self.name!r})"

    def file_name(self, stem: str) -> str:
        """The file this format makes for a booklet called `stem`."""
        return f"{stem}.{self.suffix}"


FORMATS: dict[str, OutputFormat] = {
    record.name: record
    for record in (
        OutputFormat("pdf", suffix="pdf", media_type="application/pdf", label="PDF",
                     writer="easyread.writers.pdf:write_pdf", default=True),
        OutputFormat("docx", suffix="docx", label="Word",
                     media_type="application/vnd.openxmlformats-officedocument"
                     ".wordprocessingml.document",
                     writer="easyread.writers.docx:write_docx", default=True),
        OutputFormat("html", suffix="html", media_type="text/html; charset=utf-8",
                     label="web page", writer="easyread.writers.html:write_html"),
        OutputFormat("audio", suffix="mp3", media_type="audio/mpeg", label="audio",
                     writer="easyread.writers.audio:write_audio"),
        OutputFormat("epub", suffix="epub", media_type="application/epub+zip",
                     label="e-book", writer="easyread.writers.epub:write_epub"),
    )
}
"""Every output format by name, in the order the studio and the help list them."""


def default_formats() -> tuple[str, ...]:
    """The formats ``easyread build`` makes when none is named."""
    return tuple(name for name, record in FORMATS.items() if record.default)


def format_named(name: str) -> OutputFormat:
    """The record for `name`; raises ValueError naming the formats there are."""
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}: use {names_in_words()}") from None


def names_in_words() -> str:
    """The format names for a message: "pdf, docx or html"."""
    names = list(FORMATS)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
