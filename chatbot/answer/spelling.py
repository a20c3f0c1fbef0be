"""Misspelt question words read as the index's own words: "probaton period lenght" -> "probation
period length". A typo is a word the index never uses; when one word the index does use is a letter
away (two for long words: a dropped, added, changed or swapped pair of letters) and starts with the
same letter, the question means that word. A real word is never a typo (but for a sound-alike of an
index word: "coarse" for "course", SOUND_ALIKE), even one the index lacks
("leave" is not "lease", "regulator" not "regulation"): neither is an English word (the bundled
embedder's whole-word vocabulary) nor a form of an index word (the same stem). A word with no close
neighbour stays as asked: it may name something the documents do not hold ("paternity leave"), and
the reader should see that.

    speller = Speller.from_retriever(retriever)
    speller.correct("troponin levle that counts as critcal")  # -> "troponin level that counts as critical"
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from functools import lru_cache

from chatbot.answer.verify.terms import REAL_WORD_ZIPF, stem, zipf_frequency

MIN_LENGTH = 5  # shorter words have too many neighbours one letter away ("fine" / "five" / "find")
LONG_WORD = 8  # from this length, two edits are still one word ("enoxparin" / "enoxaparin")
MAX_LOOKUPS = 12  # unknown words looked up per question
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (insert, delete, substitute, swap two neighbours), or
    limit + 1 once it is certain to exceed `limit` (O(len(a) * len(b)), words only)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Whole English words of the bundled embedder's WordPiece vocabulary (~20,000); empty when it is
    not installed (then only the index's own word forms count as real words)."""
    try:
        from ingest.embed import DEFAULT_EMBEDDER, resolve_embedder_path

        path = os.path.join(resolve_embedder_path(DEFAULT_EMBEDDER), "vocab.txt")
        with open(path, encoding="utf-8") as f:
            return frozenset(w for w in (line.strip() for line in f) if w.isalpha() and w.islower())
    except Exception:  # no bundled embedder: a smaller lexicon, not an error
        return frozenset()


# contractions written without their apostrophe ("im allergic", "dont", "whats"): read with it, so they are
# the stopwords and negations they are ("id", "ill", "were", "its", "lets" are words of their own)
CONTRACTIONS = {w.replace("'", ""): w for w in (
    "i'm i've don't doesn't didn't can't won't isn't aren't wasn't weren't hasn't haven't hadn't "
    "couldn't shouldn't wouldn't mustn't needn't what's that's there's it's he's she's they're you're "
    "they've you've we've who's where's how's let's").split() if w.replace("'", "") not in ("its", "lets")}


# a real word written for another that sounds alike ("one coarse of treatment", "a gout flair"): read as
# the index's word, but only where the index never uses the written one ("coarse sand" stays)
SOUND_ALIKE = {"coarse": "course", "flair": "flare", "loose": "lose", "brake": "break", "principle": "principal",
               "stationary": "stationery", "advice": "advise", "advise": "advice",
               "breath": "breathe", "breathe": "breath"}

# phrases a typo of one short word turns into others: "when dose the", "cooling of period", "direct debt"
_MEANT = ((re.compile(r"\b((?i:when|why|where|how(?:\s+(?:long|much|many|often|soon|far))?)\s+)dose(?=\s+(?:the|my|a|an|he|she|it|they|this|that|his|her|our|their|your|[A-Z]))"),
           r"\1does"),
          (re.compile(r"\b(cooling)[\s-]+of\b(?!\s+(?:the|a|an|my|your|our|their|its)\b)", re.I), r"\1-off"),
          (re.compile(r"\b(one)[\s-]+of\s+(?=(?:payment|fee|charge|cost|sum|price)s?\b)", re.I), r"\1-off "),
          (re.compile(r"\b(direct)\s+debt\b", re.I), r"\1 debit"))

VOWEL_SLIP = 6  # from this length, two wrong vowels with every consonant in place is one word ("seperete")


def _consonants(word: str) -> str:
    return re.sub(r"[aeiouy]", "", word)


# informal spellings by sound, at a word's end: "nite" / "night", "lite", "thru" / "through"
SOUND_SPELLINGS = (("ite", "ight"), ("thru", "through"), ("nite", "night"))


class Speller:
    """Corrects a question's words against a vocabulary (word -> how many chunks use it)."""

    def __init__(self, vocab: dict[str, int], lexicon: frozenset[str] | None = None):
        self._stem = stem  # the reader's stems: a form of an index word is no typo
        self.vocab = {w: n for w, n in vocab.items() if w.isalpha()}
        self.stems = frozenset(stem(w) for w in self.vocab)
        self.lexicon = english_words() if lexicon is None else lexicon
        self._by_start: dict[str, list[str]] = defaultdict(list)
        for w in self.vocab:
            self._by_start[w[0]].append(w)
        self._english_by_start: dict[str, list[str]] = defaultdict(list)
        for w in self.lexicon:
            self._english_by_start[w[0]].append(w)
        self._cache: dict[tuple[str, bool], str | None] = {}

    @classmethod
    def from_retriever(cls, retriever) -> "Speller":
        """The retriever's index vocabulary (its keyword index's words, with their chunk counts)."""
        return cls(retriever.vocabulary())

    def word(self, word: str) -> str | None:
        """The index word `word` misspells, or None (known, short, or no single close neighbour)."""
        low = word.lower()
        key = (low, word.islower())  # a name ("Fairweathr") is read only against the index's words
        if key in self._cache:
            return self._cache[key]
        fixed = None
        if (len(low) == MIN_LENGTH - 1 and word.islower() and low.isalpha() and low not in self.vocab
                and low not in self.lexicon):
            fixed = self._everyday(low, 1, dropped_only=True)  # "suar", "vlue", "ofen": a letter left out
        elif (len(low) >= MIN_LENGTH and low.isalpha() and low not in self.vocab and low not in self.lexicon
                and self._stem(low) not in self.stems):
            # "nites" is "nights" (2 edits), not "notes" (1)
            said = [s for a, b in SOUND_SPELLINGS if (s := re.sub(rf"{a}(s?)$", rf"{b}\1", low)) != low and s in self.vocab]
            fixed = said[0] if said else None
            limit = 2 if len(low) >= LONG_WORD else 1
            best: list[tuple[int, bool, bool, int, str]] = []
            for w in self._by_start.get(low[0], ()) if fixed is None else ():
                if len(w) < MIN_LENGTH - 1:
                    continue
                if abs(len(w) - len(low)) <= limit:
                    d = edit_distance(low, w, limit)
                elif len(low) >= LONG_WORD and len(w) > len(low):  # "probaton" of "probationary"
                    d = 1 + min(edit_distance(low, w[: len(low) + k], 1) for k in (0, 1))
                else:
                    continue
                # "vinager" / "vinegar": two vowels written wrong, every consonant in place
                slip = d > limit and len(w) == len(low) >= VOWEL_SLIP and _consonants(w) == _consonants(low)
                if d <= limit or slip:  # at one distance, a word one letter longer first: a dropped letter is the commonest
                    # typo; then one of the same letters ("contarct" is "contract", two keys swapped, not "contact")
                    best.append((2 if slip else d, len(w) <= len(low), sorted(w) != sorted(low), -self.vocab[w], w))
            if best:
                best.sort()
                fixed = best[0][-1]
            elif fixed is None and word.islower():
                fixed = self._everyday(low, limit)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = fixed
        return fixed

    def _everyday(self, low: str, limit: int, dropped_only: bool = False) -> str | None:
        """The everyday word a typo the index has no neighbour of misspells ("alloed" is "allowed",
        "upadte" is "update"), the commonest of those as close; None for a word people write ("statins",
        "sunbeds": real words the lexicon lacks) or no close one. Read as itself, its stem may still match."""
        freq = zipf_frequency()
        if freq is None or freq(low) >= REAL_WORD_ZIPF:
            return None
        near_ = [(d, len(w) <= len(low), -freq(w), w) for w in self._english_by_start.get(low[0], ())
                 if (len(w) == len(low) + 1 if dropped_only else abs(len(w) - len(low)) <= limit)
                 and (d := edit_distance(low, w, limit)) <= limit]
        return min(near_)[-1] if near_ else None

    def correct(self, text: str) -> str:
        """`text` with each misspelt word replaced by the index's word (its case kept when capitalised).
        At most MAX_LOOKUPS unknown words are looked up: a question has a few typos, not hundreds (each
        lookup scans the index words with its first letter)."""
        lookups = 0
        for pattern, meant in _MEANT:
            text = pattern.sub(meant, text)

        def fix(m: re.Match) -> str:
            nonlocal lookups
            w = m.group(0)
            low = w.lower()
            if low in CONTRACTIONS:
                new = CONTRACTIONS[low]
                return "I" + new[1:] if new.startswith("i'") else new.capitalize() if w[:1].isupper() else new
            if low in SOUND_ALIKE and low not in self.vocab and SOUND_ALIKE[low] in self.vocab:
                new = SOUND_ALIKE[low]
                return new.capitalize() if w[:1].isupper() else new
            if len(low) < MIN_LENGTH - 1 or low in self.vocab or low in self.lexicon:
                return w  # no lookup needed
            if (low, w.islower()) not in self._cache:
                if lookups >= MAX_LOOKUPS:
                    return w
                lookups += 1
            new = self.word(w)
            if new is None:
                return w
            return new.capitalize() if w[:1].isupper() else new

        return _WORD.sub(fix, text)
