"""Finding messages in the profile's language: every English template has its translation."""

from __future__ import annotations

import ast
import string
import tomllib
from pathlib import Path

import pytest

from easyread.checker import rules
from easyread.checker.profile import available_profiles, load_profile
from easyread.languages import FOLDER
from tests.checker.helpers import run

RULES_FOLDER = Path(rules.__path__[0])


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == name
    ]


def _say_templates() -> dict[str, str]:
    """Every template the rules pass to `ctx.say`, with the module that uses it."""
    found: dict[str, str] = {}
    for path in sorted(RULES_FOLDER.glob("*.py")):
        for call in _calls(ast.parse(path.read_text("utf-8")), "say"):
            first = call.args[0] if call.args else None
            assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                f"{path.name}:{call.lineno}: ctx.say needs a plain string literal"
            )
            found.setdefault(first.value, path.name)
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _translated_profiles() -> list[str]:
    return [name for name in available_profiles() if load_profile(name).messages]


TEMPLATES = _say_templates()


def test_rules_have_many_templates_and_no_other_message_text() -> None:
    assert len(TEMPLATES) >= 40
    # A message or hint written straight into ctx.finding would never be translated.
    for path in sorted(RULES_FOLDER.glob("*.py")):
        for call in _calls(ast.parse(path.read_text("utf-8")), "finding"):
            named = [k.value for k in call.keywords if k.arg in {"message", "hint"}]
            texts = call.args[1:3] + named
            for node in texts:
                assert not isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp), (
                    f"{path.name}:{node.lineno}: pass the text through ctx.say"
                )


def test_german_profile_has_a_messages_table() -> None:
    assert "de" in _translated_profiles()
    assert not load_profile("en-GB").messages


@pytest.mark.parametrize("name", _translated_profiles())
def test_every_template_has_a_translation_with_the_same_places(name: str) -> None:
    messages = load_profile(name).messages
    missing = sorted(set(TEMPLATES) - set(messages))
    unused = sorted(set(messages) - set(TEMPLATES))
    assert not missing, f"no {name} translation for: {missing}"
    assert not unused, f"{name} translations no rule uses: {unused}"
    for english, translated in messages.items():
        assert _fields(translated) == _fields(english), (english, translated)
        assert translated.strip() and translated != english, english


def test_german_messages_use_german_quotes() -> None:
    # German quotes open low and close high: „Wort“. English closing quotes are a slip.
    raw = tomllib.loads((FOLDER / "de" / "checker.toml").read_text("utf-8"))["messages"]
    for english, german in raw.items():
        assert "\u201d" not in german, german
        assert german.count("\u201e") == german.count("\u201c") == english.count("\u201c")


GERMAN = "---\ntitle: Test\nlanguage: de\n---\n\n"
ENGLISH = "---\ntitle: Test\nlanguage: en-GB\n---\n\n"


def test_german_booklet_gets_german_messages() -> None:
    body = (
        "Das ist nicht kein Problem.\n\n"
        "Bringen Sie z.B. einen Ausweis mit.\n\n"
        "Wir gehen heute mit dem großen Hund und der kleinen Katze in den schönen Park.\n"
    )
    rules = ("TEXT-NEGATIVES", "TEXT-ABBREVIATIONS", "TEXT-SENTENCE-LENGTH")
    report = run(body, *rules, front=GERMAN)
    assert [(f.rule, f.loc.line, f.loc.column, f.message, f.hint) for f in report.findings] == [
        (
            "TEXT-NEGATIVES",
            6,
            9,
            "In diesem Satz steht „nicht“.",
            "Wenn es geht: Sagen Sie lieber, was man tun soll. Oder sagen Sie, was stimmt.",
        ),
        (
            "TEXT-ABBREVIATIONS",
            8,
            13,
            "„z.B.“ ist eine Abkürzung.",
            "Schreiben Sie es ganz aus: „zum Beispiel“.",
        ),
        (
            "TEXT-SENTENCE-LENGTH",
            10,
            1,
            "Dieser Satz hat 15 Wörter. Besser sind 8 Wörter oder weniger.",
            "Machen Sie 2 kurze Sätze daraus. Schreiben Sie jeden Satz in eine eigene Zeile.",
        ),
    ]


def test_english_booklet_keeps_the_english_messages() -> None:
    body = (
        "You can not bring no pets.\n\n"
        "Bring some ID, e.g. a passport.\n\n"
        "We will write to you with the date and the time of your meeting as soon as we can.\n"
    )
    rules = ("TEXT-NEGATIVES", "TEXT-ABBREVIATIONS", "TEXT-SENTENCE-LENGTH")
    report = run(body, *rules, front=ENGLISH)
    assert [(f.rule, f.message, f.hint) for f in report.findings] == [
        (
            "TEXT-NEGATIVES",
            "This sentence has 2 negative words: “not” and “no”.",
            "If you can, say what to do or what is true instead.",
        ),
        ("TEXT-ABBREVIATIONS", "“e.g.” is a short form.", "Write it in full: “for example”."),
        (
            "TEXT-SENTENCE-LENGTH",
            "This sentence has 19 words. Try to use 15 words or fewer.",
            "Split it into 2 short sentences, each on its own line.",
        ),
    ]


def test_every_german_message_of_a_full_check_is_german() -> None:
    body = (
        "# Ihr Termin\n\n"
        "Sie gehen zum Arzt; der Arzt ist nett.\n"
        "Das ist WICHTIG für Sie.\n"
        "Bringen Sie drei Sachen mit.\n"
        "62 Prozent der Leute kommen pünktlich.\n"
        "Der Brief wird geschickt.\n"
        "Kommen Sie morgen?\n\n"
        "Das Auto ist rot. Der Wagen ist blau.\n"
    )
    report = run(body, front=GERMAN)
    english = set(TEMPLATES)
    assert len({f.rule for f in report.findings}) >= 8
    for finding in report.findings:
        assert finding.message not in english and finding.hint not in english, finding
        assert " the " not in f" {finding.message} {finding.hint} ", finding
