"""Text helpers every layer shares."""
from __future__ import annotations

import re

# --- words ----------------------------------------------------------------------------------------
# One word reader for overlap scoring (prompt trimming, training pairs, highlighting) and one for the
# keyword (BM25) index. They differ on purpose: the index's tokens must stay what existing indexes
# were built with (a change to keyword_tokens or KEYWORD_STOPWORDS needs an index MANIFEST_VERSION bump).

WORD = re.compile(r"[a-z0-9]+(?:[.,/%][a-z0-9%]+)*", re.I)  # "4.5%", "mg/kg", "1,000" stay one word
STOPWORDS = frozenset(
    "a an the of to in on for at by with from and or is are was were be been being what which who whom "
    "how when where why does do did can could should would may might must shall will this that these "
    "those it its as into about under over than then there their they them he she his her we our you "
    "your i me my not no any all each per if".split()
)


def words(text: str) -> list[str]:
    """Lower-cased words and numbers of `text`, in order."""
    return [m.group(0).lower() for m in WORD.finditer(text)]


def content_words(text: str) -> set[str]:
    """Lower-cased words and numbers of `text`, without stopwords (used for overlap scoring)."""
    return {w for w in words(text) if w not in STOPWORDS}


# Keyword tokens: words, numbers and joined forms such as "4.5%", "mg/kg", "zx-4471", "1,000".
_KEYWORD = re.compile(r"[a-z0-9]+(?:(?:[./\-]|(?<=\d),(?=\d))[a-z0-9]+)*%?")
_KEYWORD_PARTS = re.compile(r"[./\-,%]+")
# bm25s's English list (bm25s.stopwords.STOPWORDS_EN), which every keyword index so far was built with;
# only the commonest function words: "shall", "must", "may" and question words stay searchable
KEYWORD_STOPWORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their then there "
    "these they this to was will with".split()
)


def keyword_tokens(text: str) -> list[str]:
    """Lowercase word tokens minus KEYWORD_STOPWORDS, for the keyword index and its queries. A joined
    token ("zx-4471") also yields its parts, so both the exact code and its pieces match."""
    out = []
    for tok in _KEYWORD.findall(text.lower()):
        if tok in KEYWORD_STOPWORDS:
            continue
        out.append(tok)
        if not tok.isalnum():
            out.extend(p for p in _KEYWORD_PARTS.split(tok)
                       if p and p != tok and p not in KEYWORD_STOPWORDS and (len(p) > 1 or p.isdigit()))
    return out


# a citation marker as models write it: "[1]", "[1, 2]", "[2;3]", "[ 1 ]" (group 1: the numbers)
# each digit with the separators before it (not "[\d,;\s]*\d[\d,;\s]*": quadratic on "[" + many digits)
MARKER = re.compile(r"\[((?:[,;\s]*\d)+[,;\s]*)\]")


def marker_numbers(marker: re.Match) -> list[int]:
    """The numbers of one MARKER match, in order: "[1, 3]" -> [1, 3]."""
    return [int(n) for n in re.findall(r"\d+", marker.group(1))]


def strip_markers(text: str) -> str:
    """The text without its [n] markers."""
    return MARKER.sub("", text)


# --- sentences ----------------------------------------------------------------------------------
# One splitter for prompts (passage trimming), verification (claims and quotes) and training pairs.
# A sentence ends at an end mark followed by space and a capital, digit, bracket, quote or bullet,
# or at a line break that does not continue the line; "3.1" never ends one, nor does a common
# abbreviation or an initial ("max. 6", "e.g. COPD", "Dr. Vesely", "J. Smith").

ABBREVIATIONS = frozenset(
    "max min approx e.g i.e etc no nos vs v cf fig figs incl excl dr mr mrs ms prof st para paras art arts "
    "sec ref refs vol est jr sr co corp inc ltd plc cl p pp al resp".split()
)
_SENTENCE_ENDS: dict[str, re.Pattern] = {}


def _sentence_end(enders: str) -> re.Pattern:
    if enders not in _SENTENCE_ENDS:
        # group 1: a closing quote or bracket that still belongs to the sentence
        _SENTENCE_ENDS[enders] = re.compile(rf"(?<=[{re.escape(enders)}])([\"”’)]?)\s+(?=[A-Z0-9(\"“•])|\n+")
    return _SENTENCE_ENDS[enders]


def _ends_abbreviation(text: str, end: int) -> bool:
    before = text[max(0, end - 16) : end]
    m = re.search(r"(?:^|[^A-Za-z.])([A-Za-z.]+)\.$", before)
    if m and (m.group(1).lower() in ABBREVIATIONS or len(m.group(1)) == 1):
        return True
    return bool(re.search(r"\b(Table|Figure|Fig|Box|Chart)\s+\d+\.$", before))  # "Table 2. Empirical ..."


def _lines(text: str) -> list[tuple[int, int]]:
    """Lines of `text`, with the pieces of a wrapped line or table cell joined back: a line without a
    full stop continues when the next one starts in lower case, when a bracket is still open, or when
    it is only a short label ("Moderate" / "(CURB-65 2)" / "Amoxicillin 1 g orally three times")."""
    raw = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    out: list[list[int]] = []
    for start, end in raw:
        line = text[start:end].strip()
        if out:
            prev = text[out[-1][0] : out[-1][1]].rstrip()
            last = prev.split("\n")[-1].strip()
            open_bracket = prev.count("(") > prev.count(")")
            label = len(prev) < 25 and (not re.search(r"\d", last) or last.startswith("("))  # not a table row
            continues = not prev.endswith((".", "!", "?", ";", ":")) and (
                line[:1].islower() or open_bracket or label
            ) and not re.match(r"(•|\d+\.\d+\s|\(?[a-z]\)\s)", line)
            if continues:
                out[-1][1] = end
                continue
        out.append([start, end])
    return [(a, b) for a, b in out]


_CLAUSE_LABEL = re.compile(r"\s*\d{1,3}(?:\.\d{1,3})*\.")  # "8." at a sentence's start numbers it, it ends nothing


def sentence_spans(text: str, enders: str = ".!?;:") -> list[tuple[int, int]]:
    """[start, end) of each sentence of `text`; a line break ends one too (table rows, list items).
    `enders`: the marks that may end a sentence (".!?" keeps clauses joined by ";" and ":")."""
    pattern = _sentence_end(enders)
    spans = []
    for lo, hi in _lines(text):
        start = lo
        for m in pattern.finditer(text, lo, hi):
            if "\n" in m.group(0) or _ends_abbreviation(text, m.start()) or _CLAUSE_LABEL.fullmatch(text, start, m.start()):
                continue  # a joined line break, "max. 6", or a heading's number ("8. Bleeding and reversal")
            end = m.end(1) if m.group(1) else m.start()
            if text[start:end].strip():
                spans.append(_trim(text, start, end))
            start = m.end()
        if text[start:hi].strip():
            spans.append(_trim(text, start, hi))
    return spans


def split_sentences(text: str, enders: str = ".!?;:") -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, enders)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
