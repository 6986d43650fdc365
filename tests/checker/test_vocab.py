"""Our direct read of wordfreq's data gives the same Zipf values as wordfreq itself."""

from __future__ import annotations

import pytest

from easyread.checker.vocab import zipf_of
from tests.checker.helpers import run


@pytest.mark.parametrize("language", ["en", "de"])
def test_zipf_matches_wordfreq(language: str) -> None:
    wordfreq = pytest.importorskip("wordfreq")
    # The checker looks up words made of letters (with - or ' inside), never "z.b." or "3rd".
    words = [w for w in wordfreq.top_n_list(language, 3000, wordlist="small")[::7]
             if w.replace("-", "").replace("'", "").isalpha()]
    words += ["co-production", "self-advocacy", "wheelchair", "physiotherapist",
              "xqzvbn", "don't", "Hospital", "NHS", "GP's"]
    for word in words:
        assert zipf_of(word, language) == wordfreq.zipf_frequency(word, language, "small"), word


def test_one_booklets_easy_words_do_not_change_the_next_booklet() -> None:
    # The same words checked in one process: the studio and the API check many booklets.
    body = "We pay the remittance's fee.\nThe remittance is late.\n"
    knows = "---\ntitle: A\ncheck:\n  TEXT-EASY-WORDS:\n    easy_words: [remittance]\n---\n\n"

    def hard(front: str) -> list[str]:
        report = run(body, "TEXT-EASY-WORDS", front=front)
        return [f"{f.loc.line}:{f.loc.column} {f.rule}" for f in report.findings]

    first = hard(knows)
    second = hard("---\ntitle: B\n---\n\n")
    again = hard(knows)
    assert first == again == []
    assert second == ["5:12 TEXT-EASY-WORDS", "6:5 TEXT-EASY-WORDS"]
