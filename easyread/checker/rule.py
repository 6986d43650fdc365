"""What a rule is: its metadata, and the context it runs in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from easyread.checker.finding import Finding, Severity
from easyread.location import Location

if TYPE_CHECKING:
    from easyread.checker.analysis import Analysis
    from easyread.model import Document

__all__ = ["Rule", "RuleContext"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule's metadata: its stable `id`, default `severity`, `source` and `settings`."""

    id: str
    severity: Severity
    source: str
    """The guidelines the rule comes from, by key in the standards note (e.g. "GOVUK; DH09")."""
    settings: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    """Every setting the rule has, with its default. A language's profile changes some (its
    word lists start empty here); a project or a booklet can change any of them."""
    uses_pages: bool = False
    """True for a rule judged on the page count: it reads nothing of the analysis but
    `pages`, `pages_known` and the profile's messages, so `check_pages` can run it again
    alone when a built PDF has more or fewer pages than the estimate."""


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What a rule sees while it runs: the document analysis and the rule's settings."""

    rule: Rule
    severity: Severity
    """The severity for this run: the rule default, or what the config sets."""
    options: Mapping[str, Any]
    analysis: Analysis
    shared: Mapping[str, Mapping[str, Any]]
    """Every rule's options, for rules that share a list (such as allowed initials)."""

    @property
    def doc(self) -> Document:
        """The document being checked."""
        return self.analysis.doc

    def option(self, name: str) -> Any:
        """The value of setting `name` for this rule (from the profile, project or document)."""
        return self.options[name]

    def option_of(self, rule_id: str, name: str) -> Any:
        """The value of setting `name` of another rule, `rule_id`."""
        return self.shared[rule_id][name]

    def say(self, template: str, /, **values: object) -> str:
        """English `template` in the profile's language, with `values` put in its {places}.

        Rules write messages and hints in English, as plain literals: a profile's
        ``[messages]`` table maps each one to its translation (tests check that none is missing).
        """
        return self.analysis.profile.messages.get(template, template).format(**values)

    def finding(
        self, loc: Location, message: str, hint: str = "", severity: Severity | None = None
    ) -> Finding:
        """A finding of this rule at `loc`."""
        return Finding(self.rule.id, severity or self.severity, loc, message, hint)
