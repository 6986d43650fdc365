"""The Leichte Sprache profile (de): chosen by language, and each adapted rule fires in place."""

from __future__ import annotations

import pytest

from easyread.checker import RULES, CheckConfig, Report, check, format_summary
from easyread.checker.readability import syllables
from easyread.errors import SourceError
from easyread.read import parse
from easyread.read.plaintext import document_from_text

# Body text starts on line 6 (after 5 lines of front matter).
DE = "---\ntitle: Probe\nlanguage: de\n---\n\n"

CLEAN = """\
# Über dieses Heft

:doctor: In diesem Heft geht es um den Arzt.
Sie können eine Freundin um Hilfe bitten.

:calendar: Der Arzt hat am Montag Zeit für Sie.
Der Termin ist um 10.30 Uhr.
Bitte bringen Sie 2 Bilder mit.

# Kontakt

:phone: Unsere Telefon-Nummer ist 030 1234 5678.
Unsere E-Mail ist hilfe@example.de.
"""


def run(body: str, *rules: str, front: str = DE, **settings: object) -> Report:
    """Check `body` under German front matter, with only `rules` enabled when any are given."""
    text = front + body
    enabled: dict[str, object] = dict(settings)
    if rules:
        enabled["disable"] = [r for r in RULES if r not in rules]
    config = CheckConfig(settings=enabled, source_text=text, find_project=False)
    return check(parse(text, source="t.md"), config)


def found(body: str, *rules: str) -> list[str]:
    """Findings as "LINE:COL RULE-ID" strings."""
    return [f"{f.loc.line}:{f.loc.column} {f.rule}" for f in run(body, *rules).findings]


@pytest.mark.parametrize("language", ["de", "de-DE", "de-AT", "DE-ch"])
def test_german_language_picks_the_de_profile(language: str) -> None:
    front = f"---\ntitle: Probe\nlanguage: {language}\n---\n\n"
    assert run("Hallo.\n", front=front).summary.profile == "de"


def test_english_stays_on_en_gb_and_check_profile_wins_over_language() -> None:
    english = "---\ntitle: T\nlanguage: en-GB\n---\n\n"
    assert run("Hello.\n", front=english).summary.profile == "en-GB"
    chosen = "---\ntitle: T\nlanguage: en-GB\ncheck:\n  profile: de-DE\n---\n\n"
    assert run("Hallo.\n", front=chosen).summary.profile == "de"
    doc = parse(english + "Hallo.\n", source="t.md")
    assert check(doc, CheckConfig(profile="de", find_project=False)).summary.profile == "de"


def test_unknown_profile_is_bad_input() -> None:
    front = "---\ntitle: T\ncheck:\n  profile: xx\n---\n\n"
    with pytest.raises(SourceError, match="no checker profile called 'xx'"):
        run("Hallo.\n", front=front)


def test_clean_leichte_sprache_has_no_findings() -> None:
    report = run(CLEAN)
    assert [str(f) for f in report.findings] == []
    assert report.summary.score is not None and report.summary.score >= 90


@pytest.mark.parametrize(
    ("body", "rule", "expected"),
    [
        # 9 words: a warning; 12 words: an error (Leichte Sprache: 8 and 11).
        (
            "Wir schicken Ihnen morgen einen Brief mit allen Terminen.\n",
            "TEXT-SENTENCE-LENGTH",
            ["6:1 TEXT-SENTENCE-LENGTH"],
        ),
        ("Unser Büro ist heute Nachmittag zu.\n", "TEXT-SENTENCE-LENGTH", []),
        (
            "Das ist leicht. Das ist auch gut.\n",
            "TEXT-ONE-SENTENCE-PER-LINE",
            ["6:17 TEXT-ONE-SENTENCE-PER-LINE"],
        ),
        ("Das ist nicht schwer.\n", "TEXT-NEGATIVES", ["6:9 TEXT-NEGATIVES"]),
        ("Wir haben keine Zeit.\n", "TEXT-NEGATIVES", ["6:11 TEXT-NEGATIVES"]),
        ("Das ist leicht.\n", "TEXT-NEGATIVES", []),
        # Passive: "werden" and a participle at the end of the clause.
        ("Der Brief wird morgen geschickt.\n", "TEXT-ACTIVE-VOICE", ["6:11 TEXT-ACTIVE-VOICE"]),
        (
            "Wir wissen, dass der Brief verschickt wurde.\n",
            "TEXT-ACTIVE-VOICE",
            ["6:39 TEXT-ACTIVE-VOICE"],
        ),
        ("Ich werde morgen gehen.\n", "TEXT-ACTIVE-VOICE", []),
        ("Die Katze wird gesund.\n", "TEXT-ACTIVE-VOICE", []),
        (
            "Bringen Sie z.B. einen Ausweis mit.\n",
            "TEXT-ABBREVIATIONS",
            ["6:13 TEXT-ABBREVIATIONS"],
        ),
        (
            "Es gibt Äpfel, Birnen usw. im Laden.\n",
            "TEXT-ABBREVIATIONS",
            ["6:23 TEXT-ABBREVIATIONS"],
        ),
        ("Fragen Sie beim VGX nach.\n", "TEXT-ABBREVIATIONS", ["6:17 TEXT-ABBREVIATIONS"]),
        ("Das Spiel kommt im TV.\n", "TEXT-ABBREVIATIONS", []),
        ("Wir haben drei Katzen.\n", "TEXT-NUMBERS-DIGITS", ["6:11 TEXT-NUMBERS-DIGITS"]),
        ("Wir haben eine Katze und 3 Hunde.\n", "TEXT-NUMBERS-DIGITS", []),
        ("Das sind 40 Prozent.\n", "TEXT-NO-PERCENTAGES", ["6:10 TEXT-NO-PERCENTAGES"]),
        ("Es kostet 1.552 Euro.\n", "TEXT-NO-PERCENTAGES", ["6:11 TEXT-NO-PERCENTAGES"]),
        ("Der Bus kommt um 10.30 Uhr.\nEs kommen 1.500 Gäste.\n", "TEXT-NO-PERCENTAGES", []),
        ("Heute gibt's Kuchen.\n", "TEXT-NO-CONTRACTIONS", ["6:7 TEXT-NO-CONTRACTIONS"]),
        ("Heute gibt es Kuchen im Garten.\n", "TEXT-NO-CONTRACTIONS", []),
        # German nouns have capitals: that is not shouting.
        ("Der Hund und die Katze spielen im Garten.\n", "LAYOUT-NO-ITALIC-UNDERLINE-CAPS", []),
        (
            "Das ist SEHR wichtig.\n",
            "LAYOUT-NO-ITALIC-UNDERLINE-CAPS",
            ["6:9 LAYOUT-NO-ITALIC-UNDERLINE-CAPS"],
        ),
        (
            "Die Oma backt.\nDie Groß·mutter backt.\nDie Großmutter lacht.\n",
            "TEXT-CONSISTENT-TERMS",
            ["8:5 TEXT-CONSISTENT-TERMS"],
        ),
        (
            "Der Arzt kommt.\nDer Doktor lacht.\n",
            "TEXT-CONSISTENT-TERMS",
            ["7:5 TEXT-CONSISTENT-TERMS"],
        ),
        (
            "Wir wandern.\nDer Weg ist steil, nass, kalt.\n",
            "TEXT-SIMPLE-PUNCTUATION",
            ["7:1 TEXT-SIMPLE-PUNCTUATION"],
        ),
        ("Das heißt: Wir wandern morgen.\n", "TEXT-SIMPLE-PUNCTUATION", []),
    ],
)
def test_rule_fires_in_place(body: str, rule: str, expected: list[str]) -> None:
    assert found(body, rule) == expected


def test_one_sentence_per_line_is_an_error_in_leichte_sprache() -> None:
    report = run("Das ist leicht. Das ist gut.\n", "TEXT-ONE-SENTENCE-PER-LINE")
    assert [f.severity.value for f in report.findings] == ["error"]
    english = "---\ntitle: T\n---\n\n"
    report = run("It is easy. It is good.\n", "TEXT-ONE-SENTENCE-PER-LINE", front=english)
    assert [f.severity.value for f in report.findings] == ["warning"]


def test_short_form_does_not_end_the_sentence() -> None:
    report = run("Bringen Sie z.B. einen Ausweis mit.\n", "TEXT-ABBREVIATIONS")
    assert report.summary.sentences == 1


def test_easy_words_judges_nouns_but_not_names() -> None:
    body = (
        "Heute ist die Bundestagswahl.\n"  # an unsplit long compound: hard
        "Die Bundes·tags·wahl ist im Herbst.\n"  # split with mediopoints: easy parts
        "Frau Quastenhuber kauft einen Zwiebelschneider.\n"  # a name; a rare noun
        "Der Hund und die Katze spielen im Garten.\n"  # every noun has a capital
    )
    report = run(body, "TEXT-EASY-WORDS")
    assert [(f.loc.line, f.loc.column, f.message) for f in report.findings] == [
        (6, 15, "„Bundestagswahl“ ist vielleicht ein schweres Wort."),
        (8, 31, "„Zwiebelschneider“ ist vielleicht ein schweres Wort."),
    ]
    assert "Bundes-Tag" in report.findings[0].hint


def test_easy_words_accepts_an_explained_word_and_inflected_forms() -> None:
    body = (
        "Ein Zwiebelschneider ist ein Messer für Zwiebeln.\n"
        "Oma näht eine Hose.\n"
        "Der Wolf schnarcht laut.\n"
    )
    assert found(body, "TEXT-EASY-WORDS") == []


def test_readability_reports_amstad_and_lix_for_german_only() -> None:
    report = run("Der Hund spielt im Garten.\nDie Katze schläft.\n")
    r = report.summary.readability
    assert r is not None
    values = r.as_dict()
    amstad = 180 - r.words_per_sentence - 58.5 * r.syllables_per_word
    assert values["amstad_reading_ease"] == round(amstad, 1)
    assert values["lix"] == round(r.words_per_sentence + 100 * 1 / 8, 1)  # "schläft"
    assert "Amstad reading ease" in format_summary(report)
    english = run("The dog plays.\n", front="---\ntitle: T\n---\n\n").summary.readability
    assert english is not None and "amstad_reading_ease" not in english.as_dict()


def test_mediopoint_compound_counts_as_one_word_with_the_parts_syllables() -> None:
    report = run("Die Groß·mutter backt.\n")
    assert report.summary.words == 3
    assert syllables("Groß·mutter", "de") == syllables("groß", "de") + syllables("mutter", "de")


def test_plain_text_finds_the_german_word_list_and_contact_headings() -> None:
    text = (
        "Unser Heft\n\nWir erklären die Wahl.\n\nWörter-Buch\n\n**Wahl**\n\n"
        "Bei einer Wahl bestimmen wir, wer uns vertritt.\n\nKontakt\n\nRufen Sie uns an.\n"
    )
    doc = document_from_text(text, language="de")
    assert [hw.term for hw in doc.hard_words] == ["Wahl"]
    assert [s.heading.text for s in doc.sections if s.heading] == [
        "Unser Heft",
        "Wörter-Buch",
        "Kontakt",
    ]
    report = check(doc, CheckConfig(find_project=False))
    assert "DOC-CONTACT" not in {f.rule for f in report.findings}
