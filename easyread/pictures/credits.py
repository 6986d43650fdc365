"""Picture credits as one line of text, for the metadata of every output format."""

from __future__ import annotations

from collections.abc import Iterable

from easyread.model import Credit

__all__ = ["rights_text"]


def rights_text(credits: Iterable[Credit]) -> str:
    """Each picture set with its licence exactly as the library lists it, its link and the
    credit line it asks for: ``"OpenMoji: CC BY-SA 4.0 <https://openmoji.org>. ..."``."""
    parts = []
    for credit in credits:
        text = f"{credit.source}: {credit.licence}"
        if credit.url:
            text += f" <{credit.url}>"
        if credit.attribution:
            text += f". {credit.attribution.rstrip('.')}"
        parts.append(text)
    return "; ".join(parts)
