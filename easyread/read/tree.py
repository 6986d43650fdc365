"""A light tree over markdown-it's block tokens, with only what the builder reads.

markdown-it's own ``SyntaxTreeNode`` also builds nodes for every inline token and looks each
attribute up through a property; for a long booklet that took as long as the builder itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from markdown_it.token import Token

__all__ = ["Node", "block_tree"]


class Node:
    """One block: a container (its opening token's fields) or a single token (``token``)."""

    __slots__ = ("children", "content", "info", "map", "markup", "tag", "token", "type")

    def __init__(self, token: Token, container: bool) -> None:
        self.type = token.type.removesuffix("_open") if container else token.type
        self.tag = token.tag
        self.map = token.map
        self.info = token.info
        self.markup = token.markup
        self.content = token.content
        self.token: Token | None = None if container else token
        self.children: list[Node] = []


def block_tree(tokens: Iterable[Token]) -> Node:
    """The root node of `tokens` (markdown-it always closes what it opens)."""
    root = Node(Token("root", "", 0), container=True)
    open_nodes = [root]
    for token in tokens:
        if token.nesting == 1:
            node = Node(token, container=True)
            open_nodes[-1].children.append(node)
            open_nodes.append(node)
        elif token.nesting == -1:
            open_nodes.pop()
        else:
            open_nodes[-1].children.append(Node(token, container=False))
    return root
