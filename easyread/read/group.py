"""The front matter's ``group:``: the co-production group's own page, with each member's
name, photo, what they did and their own words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from easyread.errors import SourceError
from easyread.location import Location
from easyread.model import GroupMember, Picture

__all__ = ["GroupSource", "group_members", "read_group"]

_MEMBER_KEYS = ("name", "photo", "did", "quote")
_EXAMPLE = ("for example 'group:', then on indented lines '- name: Sam', "
            "'photo: \"![Sam smiling](photos/sam.jpg)\"', 'did: Sam chose the pictures.' "
            "and 'quote: I liked choosing the pictures.'")


@dataclass(frozen=True, slots=True)
class GroupSource:
    """The group as written, before the photos are found."""

    title: str
    members: tuple[dict[str, str], ...]
    loc: Location
    member_locs: tuple[Location, ...]
    """Where each member starts (their ``- name:`` line), so each one's row has its own
    place: the audio keeps each row's sound by its place."""


def read_group(value: Any, where: Callable[[str], Location]) -> GroupSource | None:
    """Check ``group:``: a list of members, or ``title:`` and ``members:`` under it."""
    loc = where("group")
    if value is None or value == []:
        return None
    title = ""
    if isinstance(value, dict):
        unknown = [str(key) for key in value if key not in ("title", "members")]
        if unknown:
            raise SourceError(f"group has no setting {unknown[0]!r}",
                              where(f"group.{unknown[0]}"),
                              "the settings are 'title:' and 'members:'")
        title = value.get("title") or ""
        if not isinstance(title, str):
            raise SourceError("the group's title must be words", where("group.title"))
        value = value.get("members") or []
        listed = "group.members"
    else:
        listed = "group"
    if not isinstance(value, list):
        raise SourceError("group must be a list of the people in it", loc, _EXAMPLE)
    members = []
    for number, member in enumerate(value, 1):
        if isinstance(member, str):
            member = {"name": member}
        if not isinstance(member, dict) or not member.get("name"):
            raise SourceError(f"person {number} in the group needs a name", loc, _EXAMPLE)
        unknown = [str(key) for key in member if key not in _MEMBER_KEYS]
        if unknown:
            raise SourceError(f"person {number} in the group has {unknown[0]!r}, which "
                              "easyread does not know", loc,
                              "each person can have: " + ", ".join(_MEMBER_KEYS))
        for key, text in member.items():
            if not isinstance(text, (str, int, float)) or isinstance(text, bool):
                raise SourceError(f"the {key} of person {number} in the group must be words",
                                  loc, "put it in quotes if it has a colon")
        members.append({key: " ".join(str(text).split()) for key, text in member.items()})
    places = tuple(where(f"{listed}.{index}") for index in range(len(members)))
    return GroupSource(title.strip(), tuple(members), loc, places)


def group_members(source: GroupSource, photo: Callable[[str, Location], Picture]
                  ) -> tuple[GroupMember, ...]:
    """The members with their photos found (`photo` resolves a picture reference)."""
    return tuple(
        GroupMember(
            name=member["name"], loc=place,
            photo=photo(member["photo"], source.loc) if member.get("photo") else None,
            did=member.get("did", ""), quote=member.get("quote", ""),
        )
        for member, place in zip(source.members, source.member_locs, strict=True)
    )
