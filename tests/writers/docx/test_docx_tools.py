"""Outside tools open our DOCX: the openxml-audit schema check and LibreOffice's PDF export."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import IN_CI, require_tool
from tests.writers.docx.conftest import Maker, big_document, build


def _validator():  # type: ignore[no-untyped-def]
    try:
        from openxml_audit import OpenXmlValidator
    except ImportError:
        if IN_CI:
            pytest.fail("openxml-audit is needed in CI but is not installed")
        pytest.skip("openxml-audit is not installed")
    return OpenXmlValidator()


def test_sample_passes_the_openxml_schema_check(sample_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "sample.docx"
    path.write_bytes(sample_bytes)
    result = _validator().validate(path)
    assert [str(error) for error in result.errors] == []


def test_long_booklet_passes_the_openxml_schema_check(make: Maker, tmp_path: Path) -> None:
    path = tmp_path / "long.docx"
    path.write_bytes(build(big_document(make, 90)))
    assert [str(error) for error in _validator().validate(path).errors] == []


def test_libreoffice_turns_it_into_a_pdf(sample_bytes: bytes, tmp_path: Path) -> None:
    soffice = require_tool("soffice")
    source = tmp_path / "sample.docx"
    source.write_bytes(sample_bytes)
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False)
    pdf = tmp_path / "sample.pdf"
    assert done.returncode == 0, done.stderr
    assert pdf.exists(), done.stdout
    reader = PdfReader(pdf)
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    # cover, contents, two sections (the second with a page break), word list, credits
    assert len(pages) == 8
    assert "Taking the bus to the market" in pages[0]
    assert "Easy read" in pages[0]
    assert "Contents" in pages[1]
    # LibreOffice fills in the contents page numbers from the PAGEREF fields.
    assert pages[1].split("Getting ready")[1].strip(". ").startswith("3")
    on_the_bus = next(n for n, text in enumerate(pages, 1) if "Find a seat." in text)
    assert f"On the bus{'.' * 3}" in pages[1]
    assert pages[1].split("On the bus")[1].strip(". ").startswith(f"{on_the_bus}")
    assert "timetable" in pages[-2]
    assert "Bus Buddies" in pages[-1]
    assert pages[2].strip().endswith("3")  # the page number in the footer
    assert reader.metadata.title == "Taking the bus to the market"
