"""One policy for a picture that cannot be drawn (a broken or missing file), in every format.

The booklet keeps the picture's place: the picture's description (its alt text) in a box
with a dashed border in the accent colour. The writer reports one message, the same in every
format, and the rest of the booklet is made as usual.
"""

from __future__ import annotations

from easyread.errors import Diagnostic
from easyread.model import Picture

__all__ = ["DASH", "missing_picture"]

DASH = (4.0, 3.0)
"""The placeholder's border: 4 points drawn, 3 left out (PDF), or Word's and CSS's dashes."""


def missing_picture(picture: Picture, error: BaseException) -> Diagnostic:
    """The message for `picture`, which could not be drawn because of `error`."""
    reason = str(error) or type(error).__name__
    return Diagnostic(
        f"the picture {picture.path.name} could not be drawn ({reason})",
        picture.loc,
        "its description is shown in a dashed box in its place; check that the file is a "
        "working picture",
    )
