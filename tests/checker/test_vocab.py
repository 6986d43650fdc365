"""Our direct read of wordfreq's data gives the same Zipf values as wordfreq itself."""

from __future__ import annotations

import pytest

from easyread.checker.vocab import zipf_of


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
