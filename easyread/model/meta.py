"""What the front matter says about a booklet: its title, people, cover, style and settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from easyread.location import Location
from easyread.model.blocks import Picture

__all__ = ["BackCover", "GroupMember", "Meta"]


@dataclass(frozen=True, slots=True)
class GroupMember:
    """A member of the co-production group (front matter ``group:``): their name, their own
    photo, what they did, and what they say about it in their own words."""

    name: str
    loc: Location
    photo: Picture | None = None
    did: str = ""
    quote: str = ""


@dataclass(frozen=True, slots=True)
class BackCover:
    """The optional last page (front matter ``back_cover:``): how to get in touch, and that
    the booklet can be had in other formats."""

    contact: tuple[str, ...] = ()
    """Lines of contact details (address, phone, email, website), in the order written."""


@dataclass(frozen=True, slots=True)
class Meta:
    """Facts about the booklet, from the front matter."""

    title: str
    loc: Location
    language: str = "en-GB"
    subtitle: str = ""
    author: str = ""
    date: str = ""
    cover: Picture | None = None
    logo: Picture | None = None
    """The organisation's logo, shown small on the cover."""
    organisation: str = ""
    """The organisation that made the booklet, named on the cover."""
    full_version: str = ""
    """A link to the standard (not easy read) version of the same document."""
    checked_by: tuple[str, ...] = ()
    """The people who checked the booklet, named on the credits page."""
    picture_dirs: tuple[Path, ...] = ()
    check: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    """Checker settings from the front matter ``check:`` key, passed on unread."""
    word_list_title: str | None = None
    """The heading of the word list, taken from the section the definitions were in; None
    when they had no section of their own (writers then use the booklet language's word)."""
    voice: str = ""
    """The voice of the audio version: an espeak-ng voice name or a Piper ``.onnx`` file
    (resolved to a full path); empty for the booklet language's usual voice."""
    voice_loc: Location | None = None
    """Where the voice was chosen (the front matter line, or the command line)."""
    say: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """The pronunciation table (front matter ``say:``): written word -> words to say."""
    back_cover: BackCover | None = None
    """The back cover, when the front matter asks for one."""
    group: tuple[GroupMember, ...] = ()
    """The co-production group, shown on a page of its own after the body."""
    group_title: str = ""
    """The heading of the group's page; empty for the booklet language's words."""
