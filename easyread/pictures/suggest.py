"""Suggest pictures for a sentence: lemmas, keywords, IDF weights and an easy read synonym table.

Everything runs offline from the picture index; a matcher is built once per library and
language. The words it needs (stop words, weak words, synonyms) come from the language's pack
(easyread/languages/). In English it reads the pictures' names, aliases, keywords, alt text
and tags; in another language, the keywords the picture index has in that language
(``keywords_by_language``), and the language's synonym table, which names pictures.
"""

from __future__ import annotations

import math
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from easyread.languages import DEFAULT_LANGUAGE, language_code, picture_words
from easyread.pictures.focus import focus
from easyread.pictures.library import LibraryPicture, PictureLibrary
from easyread.pictures.patterns import read_patterns
from easyread.pictures.phrases import runs, without
from easyread.pictures.salience import read_salience
from easyread.pictures.senses import load_senses
from easyread.pictures.words import Lemmatiser, tokens

__all__ = ["Matcher", "Suggestion", "load_synonyms", "suggest"]

# How much a word counts, by where the picture lists it.
FIELD_WEIGHTS = {"name": 3.0, "alias": 2.6, "keyword": 2.0, "alt": 0.7, "tag": 0.6}
# A word that is only part of a longer name or alias counts for less than the whole.
PART_FACTOR = 0.5
SYNONYM_FACTOR = 0.7
MAX_PHRASE = 5
# Everyday words (the language's weak_words) count for less.
WEAK_FACTOR = 0.5
# Easy read sentences usually name their subject first: later words count a little less.
POSITION_STEP = 0.08
POSITION_FLOOR = 0.6
# A picture that only the set's loose tags or its alt text match is a weak guess.
STRONG_FIELD = FIELD_WEIGHTS["keyword"] * PART_FACTOR
WEAK_ONLY_FACTOR = 0.6
VERB_MARK = "to-"
"""How the picture index names the verb drawing of a word that also has a noun drawing
("to-work" beside "work", see docs/pictures.md)."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One picture suggested for a text, with the score that ranked it."""

    name: str
    aliases: tuple[str, ...]
    alt: str
    licence: str
    score: float
    """In words: 1.0 is one content word naming the picture and no other (see Matcher)."""
    because: str = ""
    """The words that counted most for this picture, as lemmas ("doctor", "give us a bell"),
    or "#" and a pattern ("#phone"). Rows with the same ones share an idea."""


def load_synonyms(
    text: str | None = None, language: str = DEFAULT_LANGUAGE
) -> list[tuple[list[str], list[str]]]:
    """The synonym table as (phrases, targets) pairs; `text` defaults to the language's."""
    if text is None:
        text = picture_words(language)[1].synonyms
    table: list[tuple[list[str], list[str]]] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        left, right = line.split("=", 1)
        phrases = [p.strip().lower() for p in left.split(",") if p.strip()]
        # "= -" marks a phrase that shows nothing, so its words do not count on their own.
        targets = [t for t in right.split() if t != "-"]
        if phrases and (targets or right.strip() == "-"):
            table.append((phrases, targets))
    return table


class Matcher:
    """A keyword index over one library's pictures, for sentences in one language."""

    def __init__(
        self, library: PictureLibrary, synonyms: str | None = None, language: str = "en",
        senses: str | None = None, salience: str | None = None,
    ) -> None:
        self.language, self.words = picture_words(language)
        pictures = self._distinct(library.pictures)
        self.pictures = pictures
        table = load_synonyms(synonyms if synonyms is not None else self.words.synonyms)
        vocabulary = {w for p in pictures for w in self._texts(p)}
        vocabulary.update(w for phrases, _ in table for p in phrases for w in self._words(p))
        self.lemmatiser = Lemmatiser(vocabulary, self.words)
        postings: dict[str, dict[int, float]] = defaultdict(dict)
        for number, picture in enumerate(pictures):
            # A private term per picture, so synonym targets reach exactly that picture.
            postings["@" + picture.name][number] = FIELD_WEIGHTS["name"]
            for term, weight in self._terms(picture):
                if weight > postings[term].get(number, 0.0):
                    postings[term][number] = weight
        # A soft document frequency: a word in a picture's tags counts less than one in its name,
        # so the set's long tag lists do not make core words like "hospital" look common.
        count = len(pictures) or 1
        top = FIELD_WEIGHTS["name"]
        self.idf = {t: math.log(1 + count / sum(w / top for w in p.values()))
                    for t, p in postings.items()}
        # Scores are given in "words": one content word that is the name of exactly one
        # picture scores 1, in a set of any size, so thresholds mean the same in every set.
        self.word_score = top * math.log(1 + count)
        self.postings = dict(postings)
        self.own_phrases = frozenset(
            self._phrase(name) for p in pictures if not p.bundled
            for name in (p.name, *p.aliases))
        self.senses = load_senses(lambda text: tuple(self._phrase(text).split()),
                                  senses if senses is not None else self.words.senses)
        self.salience = read_salience(salience if salience is not None else self.words.salience)
        self.opposite_terms = {picture: self._target(library, picture)
                               for picture in self.senses.opposites.values()}
        self.pattern_terms = {name: self._target(library, name)
                              for name in ("phone", "email", "website", "calendar", "clock")}
        self.synonyms: dict[str, list[str]] = {}
        self.surface_synonyms: dict[str, list[str]] = {}
        """Single words the table lists as written, because their base form is another word:
        "broke" (no money) is not "break", "canned" is not "can"."""
        for phrases, targets in table:
            # Targets are named best first across the sets: the first one this set has leads.
            terms = [term for term in (self._target(library, t) for t in targets) if term]
            for phrase in phrases:
                key = self._phrase(phrase)
                written = self._words(phrase)
                if len(written) == 1 and key != written[0] and (
                        written[0] in self.words.irregular or key in self.words.stop_words):
                    self.surface_synonyms.setdefault(written[0], []).extend(terms)
                else:
                    self.synonyms.setdefault(key, []).extend(terms)
        # The lengths of the known phrases by their first word, to skip hopeless n-grams;
        # and each phrase under its words without the small ones a sentence may add or drop
        # ("brush your teeth" is brush-teeth), for runs that step over such words.
        heads: dict[str, set[int]] = defaultdict(set)
        skip = self.words.phrase_skip
        self.bare_phrases: dict[str, str] = {}
        for phrase in (*self.synonyms, *self.postings):
            parts = phrase.split()
            if len(parts) > 1:
                heads[parts[0]].add(len(parts))
                bare = without(parts, skip)
                if " " in bare:
                    self.bare_phrases.setdefault(bare, phrase)
                    heads[bare.split()[0]].add(bare.count(" ") + 1)
        self.phrase_sizes = {head: frozenset(sizes) for head, sizes in heads.items()}

    @staticmethod
    def _distinct(pictures: Iterable[LibraryPicture]) -> list[LibraryPicture]:
        # A user's picture hides a bundled one of the same name, as in PictureLibrary.resolve.
        seen: set[str] = set()
        out = []
        for picture in pictures:
            if picture.name not in seen:
                seen.add(picture.name)
                out.append(picture)
        return out

    def _words(self, value: str) -> list[str]:
        return tokens(value.replace("-", " "), self.words.elisions)

    def _fields(self, picture: LibraryPicture) -> list[tuple[str, tuple[str, ...]]]:
        """The picture's words by field, in the matcher's language."""
        if self.language != DEFAULT_LANGUAGE:
            # English names would match look-alikes: "pain" is bread in French.
            return [("keyword", picture.keywords_by_language.get(self.language, ()))]
        return [("name", (picture.name,)), ("alias", picture.aliases),
                ("keyword", picture.keywords), ("tag", picture.tags)]

    def _texts(self, picture: LibraryPicture) -> list[str]:
        values = [v for _, field in self._fields(picture) for v in field]
        if self.language == DEFAULT_LANGUAGE:
            values.append(picture.alt)
        return [w for v in values for w in self._words(v)]

    def _target(self, library: PictureLibrary, target: str) -> str:
        """The term a synonym target reaches: its picture, or its words when no set has a
        picture of that name; "" for a picture that only another set has."""
        picture = library.resolve(target)
        if picture is None:
            return self._phrase(target)
        # By name: a name means one thing in every set (the picture build sees to that).
        return "@" + picture.name if "@" + picture.name in self.postings else ""

    def _phrase(self, value: str) -> str:
        return " ".join(self.lemmatiser.lemma(w) for w in self._words(value))

    def _lemma_of(self, picture: LibraryPicture) -> Callable[[str], str]:
        """How the picture's own words are read. A picture the set marks as a noun keeps the
        words the irregular table would turn into verbs: Mulberry's "saw" is the tool, not
        the past of "see", and "left" is the side, not the past of "leave"."""
        if "noun" not in picture.tags:
            return self.lemmatiser.lemma
        irregular = self.words.irregular
        return lambda word: word if word in irregular else self.lemmatiser.lemma(word)

    def _terms(self, picture: LibraryPicture) -> Iterable[tuple[str, float]]:
        stop = self.words.stop_words
        lemma = self._lemma_of(picture)
        for field, values in self._fields(picture):
            weight = FIELD_WEIGHTS[field]
            for value in values:
                if field == "tag" and value in self.words.tag_ignore:
                    continue  # the set's catalogue ("noun", "general"), not the picture
                words = [lemma(w) for w in self._words(value)]
                if field == "name" and value.startswith(VERB_MARK) and len(words) > 1:
                    words = words[1:]  # "to-work" draws the verb "work", not "to work"
                content = [w for w in words if w not in stop]
                if not content:
                    continue
                yield " ".join(words), weight
                if len(words) > 1:
                    for word in content:
                        if word not in self.words.part_ignore:
                            yield word, weight * PART_FACTOR
        if self.language != DEFAULT_LANGUAGE:
            return  # alt text is English
        for word in self._words(picture.alt):
            base = lemma(word)
            if (base not in stop and base not in self.words.alt_ignore
                    and base not in self.words.part_ignore):
                yield base, FIELD_WEIGHTS["alt"]

    def query_terms(self, text: str) -> list[tuple[str, float, int, str]]:
        """The weighted terms of `text` (content lemmas, phrases, synonym targets), each with
        the index of the word it comes from and those words (or the pattern) themselves."""
        text, patterns = read_patterns(text)
        words = focus(text, self.words)
        stop, weak = self.words.stop_words, self.words.weak_words
        lemmas = [self.lemmatiser.lemma(w) for w, _ in words]
        # The place of each word among the content words, for the position weight.
        order, seen = [], 0
        for lemma in lemmas:
            order.append(seen)
            seen += lemma not in stop
        reading = self.senses.read(lemmas, lambda lemma: lemma not in stop)
        found: dict[str, tuple[float, int, str]] = {}

        def add(term: str, weight: float, start: int, source: str) -> None:
            if weight > found.get(term, (0.0, 0, ""))[0]:
                found[term] = (weight, start, source)

        covered: set[int] = set()  # words inside a matched phrase do not count again alone
        for run in runs(lemmas, self.words.phrase_skip, MAX_PHRASE):
            size, start, end = len(run), run[0], run[-1] + 1
            if size > 1 and size not in self.phrase_sizes.get(lemmas[start], ()):
                continue  # no known phrase starts here: skip the join
            gram = [lemmas[index] for index in run]
            phrase = " ".join(gram)
            if end - start > size:  # the run steps over small words: the phrase it may be
                phrase = self.bare_phrases.get(phrase, "")
                if not phrase:
                    continue
            surface = self.surface_synonyms.get(words[start][0], []) if size == 1 else []
            if (gram[0] in stop and (size == 1 or gram[-1] in stop)
                    and phrase not in self.synonyms and not surface):
                continue
            if size == 1 and (start in covered or len(phrase) < 2):
                continue  # inside a phrase already matched, or a lone letter ("o'clock")
            if size > 1 and phrase in self.synonyms:
                covered.update(range(start, end))
            weight = max(POSITION_FLOOR, 1.0 - POSITION_STEP * order[start])
            weight *= max(factor for _, factor in words[start:end])
            weight *= reading.factor(start, end - start)
            if size == 1 and phrase in weak:
                weight *= WEAK_FACTOR
            # A phrase in the synonym table shows what the table says ("post it" is
            # posting, not a sticky note), not a bundled picture that shares its name;
            # a group's own picture of that name still wins.
            if (size == 1 and start not in reading.unconfirmed) or (
                    size > 1 and phrase in self.postings
                    and (phrase not in self.synonyms or phrase in self.own_phrases)):
                add(phrase, weight, start, phrase)
            for rank, target in enumerate([*self.synonyms.get(phrase, ()), *surface]):
                add(target, weight * SYNONYM_FACTOR * (1.0 if rank == 0 else 0.8), start,
                    phrase)
        # "not safe" shows danger: the opposite counts as the word itself would have.
        for index, picture in reading.opposites:
            weight = max(POSITION_FLOOR, 1.0 - POSITION_STEP * order[index]) * words[index][1]
            add(self.opposite_terms[picture], weight, index, "not " + lemmas[index])
        # A phone number, an address, a date or a time: each counts as one more word.
        for offset, (name, weight) in enumerate(patterns):
            add(self.pattern_terms[name], weight, len(lemmas) + offset, "#" + name)
        return [(term, weight * self._salience_of(source), start, source)
                for term, (weight, start, source) in found.items()]

    def _salience_of(self, source: str) -> float:
        """How much the words `source` count by the learned table: words whose picture is
        seldom the row's picture count for less. A word that names one of the group's own
        pictures counts as one whose picture is always right: they chose it for that word."""
        if source in self.own_phrases:
            return self.salience.best
        return self.salience.factor(source)

    def _routes(self, text: str) -> Iterator[tuple[int, int, str, float, float]]:
        """Every way a term of `text` reaches a picture: (picture number, index of the word,
        the words as ``Suggestion.because`` names them, value, the picture's field weight)."""
        for term, weight, start, source in self.query_terms(text):
            posting = self.postings.get(term)
            if not posting:
                continue
            idf = self.idf[term]
            for number, field_weight in posting.items():
                yield number, start, source, weight * idf * field_weight, field_weight

    def best_pictures(self, text: str) -> dict[str, str]:
        """Each term of `text` that reaches a picture (as ``Suggestion.because`` names it),
        and the picture it reaches best on its own: what scripts/learn_salience.py counts."""
        best: dict[str, tuple[float, int]] = {}
        for number, _, source, value, _ in self._routes(text):
            if value > best.get(source, (0.0, -1))[0]:
                best[source] = (value, number)
        return {source: self.pictures[number].name for source, (_, number) in best.items()}

    def _scores(self, text: str) -> tuple[dict[int, float], dict[int, str]]:
        """Each matching picture's score, and the words that counted most for it."""
        # One word counts once per picture: its best route there (itself or a synonym),
        # so a synonym that names the picture the word already names adds nothing.
        best: dict[tuple[int, int], tuple[float, str]] = {}
        strong: set[int] = set()
        for number, start, source, value, field_weight in self._routes(text):
            if value > best.get((number, start), (0.0, ""))[0]:
                best[(number, start)] = (value, source)
            if field_weight >= STRONG_FIELD:
                strong.add(number)
        totals: dict[int, float] = defaultdict(float)
        lead: dict[int, tuple[float, str]] = {}
        for (number, _), (value, term) in best.items():
            totals[number] += value
            if value > lead.get(number, (0.0, ""))[0]:
                lead[number] = (value, term)
        for number in totals:
            if number not in strong:
                totals[number] *= WEAK_ONLY_FACTOR
        return totals, {number: term for number, (_, term) in lead.items()}

    def suggest(self, text: str, limit: int = 5) -> list[Suggestion]:
        """The best `limit` pictures for `text`, best first."""
        totals, lead = self._scores(text)
        ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:limit]
        out = []
        for number, score in ranked:
            picture = self.pictures[number]
            out.append(Suggestion(
                name=picture.name,
                aliases=picture.aliases,
                alt=picture.alt,
                licence=picture.credit.licence if picture.credit else "",
                score=round(score / self.word_score, 4),
                because=lead[number],
            ))
        return out


_MATCHERS: weakref.WeakKeyDictionary[PictureLibrary, dict[str, Matcher]] = (
    weakref.WeakKeyDictionary()
)


def matcher_for(library: PictureLibrary, language: str = DEFAULT_LANGUAGE) -> Matcher:
    """The matcher of `library` for sentences in `language` (a BCP 47 tag), built on first use."""
    matchers = _MATCHERS.setdefault(library, {})
    code = language_code(language)
    matcher = matchers.get(code)
    if matcher is None:
        matcher = matchers[code] = Matcher(library, language=code)
    return matcher


def suggest(
    text: str, library: PictureLibrary, limit: int = 5, language: str = DEFAULT_LANGUAGE
) -> list[Suggestion]:
    """Up to `limit` pictures for `text` in `language`, best first; [] when nothing matches."""
    return matcher_for(library, language).suggest(text, limit)
