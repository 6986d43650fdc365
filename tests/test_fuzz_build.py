"""Random booklets built from the format's pieces go through the whole build, every format.

The only exception allowed is SourceError (a mistake in the input); a writer must never
crash on something the reader accepted. The budget is fixed so CI time stays predictable.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import easyread
from easyread.errors import Diagnostic, SourceError

PIECES = [
    "# A section", "## A part", "# :home: Section with a picture", "Plain sentence.",
    ":doctor: A row with a picture.", ":bus: First line.\nSecond line.", "1. :phone: Call us.",
    "2. Second item.", "- A bullet.", "   - Nested bullet.", "> :warning: A box.",
    "> Second line of the box.", "---", "A **hard** word.", "Hard\n: Not easy.",
    "*Soft* emphasis.", "`code`", "[A link](https://example.org)", "<!-- a comment -->",
    "    code block", "Emoji 🙂, 中文, עברית, العربية.", "Long" + "x" * 200 + "word.",
    "Very long row line." * 12, "", "| a | b |", "![](pic.png) Own picture, no alt text.",
    "![A square](pic.png)\nPicture alone on the first line.",
    "::: side-by-side\n- :home: At home\n- :bus: On the bus\n:::",
    "::: stages\n1. :star: First\n2. No picture\n3. :home: Third\n4. :bus: Four\n"
    "5. :cat: Five\n:::",
    "::: side-by-side", ":::", ":::: stages\n:home: A stage\n\n![A square](pic.png) Own\n::::",
]
FRONTS = [
    "---\ntitle: Fuzz\n---\n",
    "---\ntitle: Fuzz\nsubtitle: Sub\ncover: star\nchecked_by: [A, B]\nlanguage: de\n---\n",
    "---\ntitle: Fuzz\nstyle:\n  page_size: A5\n  font_size: 20\n  picture_size: 20\n---\n",
    "---\ntitle: Fuzz\nstyle:\n  section_new_page: false\n  line_spacing: 2\n---\n",
]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(front=st.sampled_from(FRONTS), body=st.lists(st.sampled_from(PIECES), max_size=25))
def test_whole_build_never_crashes(tmp_path: Path, front: str, body: list[str]) -> None:
    from PIL import Image

    Image.new("RGB", (30, 20), "purple").save(tmp_path / "pic.png")
    seen: list[Diagnostic] = []
    try:
        doc = easyread.parse(front + "\n\n".join(body) + "\n", base_dir=tmp_path,
                             report=seen.append)
    except SourceError:
        return
    easyread.check(doc)
    for fmt in ("pdf", "docx", "html"):
        data = easyread.render_bytes(doc, fmt, report=seen.append)
        assert data[:4] in (b"%PDF", b"PK\x03\x04", b"<!do")
