"""List the common words of a language that reach no picture in a picture set.

The words are wordfreq's (a dependency already: the checker reads its frequencies), most
frequent first, one per base form. A word "reaches" a picture when the language's synonym table
lists it, or a picture's name, alias or keyword is that word (a word met only in alt text or
loose tags does not count). Stop words and one- and two-letter words are left out.

The list is where a vocabulary pass starts: readers map each word to the pictures that show it
(or to none) from the set's catalogue alone, never from labelled rows, and the result goes into
the language's synonyms.txt (see docs/pictures.md).

Run from the repository root:
    python scripts/uncovered_words.py [--top 10000] [--set mulberry] [--language en]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from easyread.pictures.library import PictureLibrary  # noqa: E402
from easyread.pictures.suggest import STRONG_FIELD, Matcher  # noqa: E402


def uncovered(words: list[str], matcher: Matcher) -> list[str]:
    """The words of `words` (in order) whose base form reaches no picture, each base form once,
    as first written."""
    seen: set[str] = set()
    out = []
    for word in words:
        if not word.isalpha() or len(word) < 3:
            continue
        lemma = matcher.lemmatiser.lemma(word)
        if lemma in seen or lemma in matcher.words.stop_words:
            continue
        seen.add(lemma)
        posting = matcher.postings.get(lemma, {})
        if lemma not in matcher.synonyms and max(posting.values(), default=0.0) < STRONG_FIELD:
            out.append(word)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=10000, help="how many common words to read")
    parser.add_argument("--set", default=None, help="the picture set (default: mulberry)")
    parser.add_argument("--language", default="en")
    args = parser.parse_args(argv)
    from wordfreq import top_n_list

    matcher = Matcher(PictureLibrary(picture_set=args.set), language=args.language)
    for word in uncovered(top_n_list(args.language, args.top, wordlist="small"), matcher):
        print(word)
    return 0


if __name__ == "__main__":
    sys.exit(main())
