"""Does a passage support a claim? The claims of a generated answer (its sentences and their [n]
markers), each checked against the passage it cites: its numbers (with their units, next to its
words), months, words, polarity ("not", "prohibited"), comparisons, bounds and table rows."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from chatbot.answer.ranges import text_bands
from chatbot.answer.verify.config import VerifyConfig
from chatbot.answer.verify.scoring import Passage, as_passages
from chatbot.answer.verify.tables import (
    ALLOW_WORDS,
    ANCHOR_STOP_WORDS,
    FORBID_WORDS,
    FRAME_WORDS,
    LIMIT_WORD_GROUPS,
    NEGATIONS,
    STOPWORDS,
)
from chatbot.answer.verify.pieces import is_table_like, list_lead, support_units, table_header
from chatbot.answer.verify.terms import (
    ITEM_LABEL,
    NUMBER,
    TOKEN,
    near,
    normalised_tokens,
    quantities_within,
    stem,
    stems,
    strip_label,
    terms,
)
from core.text import MARKER, marker_numbers, sentence_spans

TRAILING_MARKER = re.compile(r"(?<!\s)\s*" + MARKER.pattern)  # with the space before it (from the start of a run: linear)
_MARKER_AFTER_STOP = re.compile(r"([.!?;:])((?:\s*\[\d+(?:\s*[,;]\s*\d+)*\])+)")  # "30 days. [1]"


# ---------------------------------------------------------------------------------------------
# claims


@dataclass
class Claim:
    text: str  # the sentence as generated, markers removed
    cited: list[int]  # [n] the model gave it
    n: int | None = None  # the passage that supports it (None: unsupported)
    start: int = 0  # supporting span in that passage's text
    end: int = 0
    coverage: float = 0.0
    reason: str = ""  # why it was dropped: "number 400 not in any passage", ...


def split_claims(answer: str) -> list[Claim]:
    """Sentences of the answer with their [n] markers (a marker after the full stop belongs to the
    sentence before it)."""
    answer = _MARKER_AFTER_STOP.sub(r"\2\1", answer)
    pieces = []
    for start, end in sentence_spans(answer):  # a semicolon joins two claims ("30 days [1]; the deposit ...")
        pieces.extend(p for p in re.split(r"(?<=[;])\s+|(?<=\])\s*;\s*", answer[start:end]) if p.strip())
    claims: list[Claim] = []
    for piece in pieces:
        lead = re.match(r"^(\s*\[\d+(?:\s*[,;]\s*\d+)*\]\s*)+", piece)
        if lead and claims:
            claims[-1].cited += [int(x) for x in re.findall(r"\d+", lead.group(0))]
            piece = piece[lead.end():]
        cited = [n for m in TRAILING_MARKER.finditer(piece) for n in marker_numbers(m)]
        text = TRAILING_MARKER.sub("", piece).strip()
        if text:
            claims.append(Claim(text=text, cited=cited))
        elif cited and claims:
            claims[-1].cited += cited
    for c in claims:
        c.cited = list(dict.fromkeys(c.cited))
    return claims


NEGATION_SCOPE = 3  # content words after "not", "no", "never"... that the negation covers


# bounds and asides that contain a negation word but negate nothing: "not less than 6 months",
# "no later than", "(whether demanded or not)"
_NOT_NEGATIONS = re.compile(r"\b(?:not|no)\s+(?:less|more|later|earlier|fewer|greater|sooner|longer|shorter)\s+than\b"
                            r"|\bor\s+not\b|\bnot\s+exceeding\b|\bnot\s+only\b", re.I)


def negation_scopes(text: str) -> tuple[set[str], set[str]]:
    """(stems under a negation, stems not under one). A leading "Yes"/"No" answers the question and
    is not itself a negation of what follows."""
    text = re.sub(r"^\W*(?:yes\b[\s,.;:!-]*|no\s*[,.;:!-]+\s*)", "", text.strip(), flags=re.I)
    text = _NOT_NEGATIONS.sub(" ", text)
    negated, plain = set(), set()
    left = 0
    for piece in re.split(r"([,;:()]|\bbut\b|\bunless\b|\bexcept\b)", text):
        for tok in TOKEN.findall(piece):
            low = tok.lower()
            if low in NEGATIONS or low.endswith(("n't", "n’t")):
                left = NEGATION_SCOPE
                continue
            if low in STOPWORDS or not low.isalpha():
                continue
            (negated if left > 0 else plain).add(stem(low))
            left = max(0, left - 1)
        left = 0  # a comma or "unless" ends the negation's reach
    return negated, plain


# words that forbid or leave out, and words that allow or include: a claim with one kind against
# evidence with the other says the opposite ("Pets are allowed" / "Pets are prohibited")
_FORBIDS = stems(FORBID_WORDS)
_ALLOWS = stems(ALLOW_WORDS)


def _forbids(text: str) -> tuple[bool, bool]:
    """(says something is forbidden or left out, says something is allowed or included), outside negations."""
    negated, plain = negation_scopes(text)
    words = {stem(t.lower()) for t in TOKEN.findall(text)}
    forbids = bool(words & _FORBIDS) or bool(negated & _ALLOWS)
    allows = bool((plain - negated) & _ALLOWS) and not (words & _FORBIDS)
    return forbids, allows


def polarity_conflict(claim: str, evidence: str) -> bool:
    """A word the claim and its evidence share is negated on one side only ("can be served by email"
    against "sent by email are not valid service"), or one side forbids what the other allows
    ("Dogs are allowed" against "Dogs are prohibited")."""
    c_forbids, c_allows = _forbids(claim)
    e_forbids, e_allows = _forbids(evidence)
    if (c_allows and not c_forbids and e_forbids and not e_allows) or (c_forbids and not c_allows and e_allows and not e_forbids):
        return True
    if c_forbids and e_forbids and not (c_allows or e_allows):
        return False  # "not allowed" and "prohibited" say the same
    c_neg, c_plain = negation_scopes(claim)
    e_neg, e_plain = negation_scopes(evidence)

    def shared(a: set[str], b: set[str]) -> bool:
        return bool(a & b) or any(near(w, b) for w in a if len(w) >= 4)

    return shared(c_neg, e_plain - e_neg) or shared(c_plain - c_neg, e_neg)


ANCHOR_TOKENS = 4  # a claim's number must follow one of the claim's words within this many content tokens


def _content_tokens(text: str) -> list[str]:
    """Normalised tokens without stopwords: stems and numbers, in order (for proximity tests)."""
    return [t for t in normalised_tokens(text) if t not in STOPWORDS and t != "%"]


# words that stand before numbers whatever they count ("every 6 hours", "within 14 days"): no anchor
ANCHOR_STOP = stems(ANCHOR_STOP_WORDS)


def _anchored(tokens: list[str], num: str, words: set[str], table: bool, reach: int = ANCHOR_TOKENS) -> bool:
    """Some occurrence of `num` has one of `words` among the ANCHOR_TOKENS content tokens before it,
    or, in prose, after it ("6 months' written notice"); the number's own unit is not an anchor.
    In a flattened table row ("Security patrols
    and CCTV £31,200.00 £2,262.00 Car park ...") the label comes first and what follows a value is
    the next row's label, so only the words before count."""
    words = words - ANCHOR_STOP
    if not words:
        return num in tokens
    for i, tok in enumerate(tokens):
        if tok != num:
            continue
        if words.intersection(tokens[max(0, i - reach) : i]):
            return True
        if not table:
            after = tokens[i + 1 : i + 1 + reach]
            if words.intersection(after[: next((k for k, t in enumerate(after) if NUMBER.fullmatch(t)), len(after))]):
                return True
    return False


# words that say which quantity a number is: a claim's "maximum dose" is not supported by a passage's
# "usual dose" with the same number. A claim using a word of a group needs a word of that group in
# its supporting span (tables.LIMIT_WORD_GROUPS).
LIMIT_GROUPS = tuple(stems(group.split()) for group in LIMIT_WORD_GROUPS)


def missing_qualifier(claim_words: set[str], span_words: set[str]) -> str | None:
    """The first limit word of the claim ("maximum") whose group the span does not use, else None."""
    for group in LIMIT_GROUPS:
        used = claim_words & group
        if used and not span_words & group:
            return sorted(used)[0]
    return None


def support(claim: str, passage: str, min_coverage: float) -> tuple[bool, int, int, float, str]:
    """Does `passage` support `claim`? (ok, span start, span end, coverage, reason if not).

    The span is one or two adjacent sentences of the passage. It must hold every number of the claim
    (with its unit, and after one of the claim's words), every month it names, enough of its words,
    and the same polarity (a "not" on one side only is a contradiction).
    """
    ct = terms(strip_label(claim))
    words = ct.words - FRAME_WORDS
    if not words and not ct.numbers:
        return False, 0, 0, 0.0, "no fact in the sentence"
    pset = set(normalised_tokens(passage))
    for num in sorted(ct.numbers):
        if num not in pset:
            return False, 0, 0, 0.0, f"{num} is not in the passage"
    units = support_units(passage)
    if not units:
        return False, 0, 0, 0.0, "empty passage"
    best, best_reason = None, ""
    windows = []
    for i in range(len(units)):
        for j in (i, i + 1):
            if j >= len(units) or (j > i and units[j][0] < units[i][1]):
                continue  # windows of one long sentence overlap: take them one at a time
            windows.append((units[i][0], units[j][1], None))
        header = table_header(passage, units, i) if is_table_like(passage[units[i][0] : units[i][1]]) \
            else list_lead(passage, units, i)
        if header is not None:  # a row is read with its column headings ("Total daily dose"), an item with its lead-in
            windows.append((units[i][0], units[i][1], header))
    for start, end, header in windows:
        window = passage[start:end]
        wt = terms(window if header is None else passage[header[0] : header[1]] + "\n" + window)
        toks = normalised_tokens(window)
        # each number is anchored inside its own sentence (two sentences must not lend each other words)
        pieces = [_content_tokens(passage[a:b]) for a, b in units if start <= a and b <= end] or [_content_tokens(window)]
        reason = ""
        if not ct.numbers <= wt.numbers:
            reason = f"{', '.join(sorted(ct.numbers - wt.numbers))} not next to the claim's words"
        elif any(not quantities_within(toks, n, u) for n, u in ct.quantities):
            n, u = next((n, u) for n, u in ct.quantities if not quantities_within(toks, n, u))
            reason = f"'{n} {u}' is not in the passage"
        elif not ct.months <= {m[:3] for m in wt.months}:
            reason = "a date the passage does not give"
        elif missing_qualifier(set(normalised_tokens(claim)), set(toks)):
            reason = f"the passage does not say '{missing_qualifier(set(normalised_tokens(claim)), set(toks))}'"
        elif any(not any(_anchored(content, n, words - {u for m, u in ct.quantities if m == n}, is_table_like(window),
                                   reach=len(content) if header else ANCHOR_TOKENS) for content in pieces)
                 for n in ct.numbers):  # a row under its headings: its label may be several columns back
            reason = "its number belongs to something else in the passage"
        cov = len(words & wt.words) / len(words) if words else 1.0
        key = (reason == "", cov, -(end - start))
        if best is None or key > best[0]:
            best, best_reason = (key, start, end, cov), reason
    (facts_ok, cov, _), start, end, cov = best
    if not facts_ok:
        return False, start, end, cov, best_reason
    if cov < min_coverage:
        return False, start, end, cov, f"only {cov:.0%} of its words are in the passage"
    span = passage[start:end]
    if polarity_conflict(claim, span):
        return False, start, end, cov, "the passage says the opposite (a negation on one side only)"
    if swapped_comparison(claim, span):
        return False, start, end, cov, "the passage compares the other way round"
    if bound_conflict(claim, span):
        return False, start, end, cov, "the passage bounds its number the other way (at least / at most)"
    if not numbers_bound_together(claim, span):
        return False, start, end, cov, "its numbers belong to different items in the passage"
    return True, start, end, cov, ""


# "X is preferred to Y", "X rather than Y": which side is which matters, the words alone do not say
_COMPARISON = re.compile(r"\b(?:preferred\s+(?:to|over)|rather\s+than|instead\s+of|in\s+preference\s+to|"
                         r"(?:better|worse|higher|lower|greater|less|more|safer|stronger|weaker)\s+than|"
                         r"before|after|over)\b", re.I)


def swapped_comparison(claim: str, evidence: str) -> bool:
    """The claim's comparison ("A is preferred to B") stands the other way round in the evidence
    ("B is preferred to A")."""
    m = _COMPARISON.search(claim)
    if not m:
        return False
    word = re.sub(r"\s+", " ", m.group(0).lower())

    def sides(text, a, b):  # the few content words either side: what is compared, not the rest
        return set(_content_tokens(text[:a])[-3:]), set(_content_tokens(text[b:])[:3])

    c_left, c_right = sides(claim, m.start(), m.end())
    for e in _COMPARISON.finditer(evidence):
        if re.sub(r"\s+", " ", e.group(0).lower()) != word:
            continue
        e_left, e_right = sides(evidence, e.start(), e.end())
        own = len(c_left & e_left) + len(c_right & e_right)
        crossed = len(c_left & e_right) + len(c_right & e_left)
        if crossed > own:
            return True
    return False


def bound_conflict(claim: str, evidence: str) -> bool:
    """A number the claim bounds one way ("at least 30 days") is bounded the other way in the
    evidence ("no more than 30 days")."""
    def directions(text):
        out = {}
        for b in text_bands(text, merge=False):
            if b.low is not None and b.high is None:
                out.setdefault(b.low, set()).add("min")
            elif b.high is not None and b.low is None:
                out.setdefault(b.high, set()).add("max")
        return out

    c, e = directions(claim), directions(evidence)
    return any(n in e and not (dirs & e[n]) for n, dirs in c.items())


def numbers_bound_together(claim: str, evidence: str) -> bool:
    """A value the claim gives for a numbered item ("Severity 2 ... within 8 hours") is the one the
    evidence gives after that item's label, before any other number: one row's value does not pass
    for its neighbour's ("Severity 1: 4 hours; Severity 2: 8 hours")."""
    labels = [(m.group(1).lower(), m.group(2)) for m in ITEM_LABEL.finditer(claim)]
    if not labels:
        return True
    values = {t for t in normalised_tokens(claim) if NUMBER.fullmatch(t)} - {n for _, n in labels}
    if not values:
        return True
    tokens = normalised_tokens(evidence)
    for word, n in labels:
        label = stem(word)
        found = False
        for i in range(len(tokens) - 1):
            if tokens[i] == label and tokens[i + 1] == n:
                found = True
                # the item's own values: up to the next item with the same label ("Day 3 10 mg 20 mg 30 mg")
                stop = next((j for j in range(i + 2, len(tokens) - 1) if tokens[j] == label
                             and NUMBER.fullmatch(tokens[j + 1])), len(tokens))
                if values & set(tokens[i + 2 : stop]):
                    break
        else:
            if found:
                return False  # the label is there, but the value after it is another
    return True


def check_claims(answer: str, passages: Sequence[Passage | str], cfg: VerifyConfig | None = None) -> list[Claim]:
    """Each claim of `answer` with the passage that supports it (its own [n] first, then the others in
    the order shown), or n=None and the reason it was dropped."""
    cfg = cfg or VerifyConfig()
    passages = as_passages(passages)
    claims = split_claims(answer)
    for claim in claims:
        order = [n for n in claim.cited if 1 <= n <= len(passages)]
        order += [n for n in range(1, len(passages) + 1) if n not in order]
        first_reason = ""
        for n in order:
            ok, start, end, cov, reason = support(claim.text, passages[n - 1].text, cfg.min_coverage)
            if ok:
                claim.n, claim.start, claim.end, claim.coverage = n, start, end, cov
                break
            first_reason = first_reason or reason
        if claim.n is None:
            claim.reason = first_reason or "no passage supports it"
    return claims

