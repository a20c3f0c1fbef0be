"""Verification: nothing unverified is shown as a cited fact.

    generated text -> claims (sentences and their [n] markers)
        -> each claim checked against the passage it cites: every number, quantity and date in it
           is in that passage, its words are covered by one or two adjacent sentences there, and
           it does not flip a negation ("are not valid service" vs "can be served by email")
        -> re-pointed to the shown passage that does support it, or dropped
    no supported claim answers the question
        -> the sentence(s) of the shown passages that best answer it, quoted verbatim ("quoted")
    no sentence answers it well enough
        -> the no-answer text, with the nearest passages listed as related, not cited ("refused")

A sentence "answers" a question when it shares the question's informative words (IDF-weighted,
stemmed), is close to it in embedding space, and holds the kind of fact the question asks for (a
duration for "how long", an amount for "how much", ...). The same score picks fallback quotes and
decides whether a supported claim is on the question at all. Everything here is pure text work on
at most k passages, so it costs milliseconds, whichever model generated the answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from chatbot.answer.ranges import text_bands
from chatbot.answer.verify.question import (  # noqa: F401 (re-exported until the package's split is done)
    QUESTION_WORDS,
    QuestionTerms,
    analyse_question,
    expected_type,
    focus_question,
    has_type,
    question_parts,
    typed_numbers,
)
from chatbot.answer.verify.scoring import Candidate, Passage, Scorer, VerifyConfig, as_passages, passage_contexts
from chatbot.answer.verify.tables import (  # noqa: F401
    ALLOW_WORDS,
    ANCHOR_STOP_WORDS,
    FORBID_WORDS,
    FRAME_WORDS,
    LIMIT_WORD_GROUPS,
    NEGATIONS,
    STOPWORDS,
)
from chatbot.answer.verify.terms import (  # noqa: F401
    NUMBER,
    TOKEN,
    Terms,
    is_table_like,
    near,
    normalised_tokens,
    proper_names,
    quantities_within,
    stem,
    stems,
    strip_label,
    support_units,
    table_header,
    terms,
)
from core.text import MARKER, marker_numbers, sentence_spans
from ingest.clean import is_heading

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
        if is_table_like(passage[units[i][0] : units[i][1]]):
            header = table_header(passage, units, i)
            if header is not None:  # a row is read with its column headings ("Total daily dose")
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
        for b in text_bands(text):
            if b.low is not None and b.high is None:
                out.setdefault(b.low, set()).add("min")
            elif b.high is not None and b.low is None:
                out.setdefault(b.high, set()).add("max")
        return out

    c, e = directions(claim), directions(evidence)
    return any(n in e and not (dirs & e[n]) for n, dirs in c.items())


_ITEM_LABEL = re.compile(r"\b(severity|priority|level|grade|stage|tier|day|week|month|category|class|band|step|phase|"
                         r"type|dose|visit|cycle|schedule|option|p)\s*(\d{1,2})\b", re.I)


def numbers_bound_together(claim: str, evidence: str) -> bool:
    """A value the claim gives for a numbered item ("Severity 2 ... within 8 hours") is the one the
    evidence gives after that item's label, before any other number: one row's value does not pass
    for its neighbour's ("Severity 1: 4 hours; Severity 2: 8 hours")."""
    labels = [(m.group(1).lower(), m.group(2)) for m in _ITEM_LABEL.finditer(claim)]
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


# ---------------------------------------------------------------------------------------------
# the verdict: generated (verified claims), quoted (best sentences verbatim) or refused

QUOTE_INTRO = "The documents say:"
NOT_ANSWERED = "The documents do not answer:"  # a part of a compound question that no passage answers
MAX_ADDED_CLAIMS = 3  # the model's sentences kept after the reader's quote: then its answer is complete


@dataclass
class Span:
    n: int  # passage number [n]
    start: int  # [start, end) in that passage's text
    end: int


@dataclass
class Verdict:
    mode: str  # "generated" | "quoted" | "refused"
    text: str  # what is shown, with [n] markers
    spans: list[Span] = field(default_factory=list)  # the supporting text of each shown sentence
    dropped: list[Claim] = field(default_factory=list)  # generated claims not shown, with reasons
    related: list[int] = field(default_factory=list)  # refused: the nearest passages (not citations)
    score: float = 0.0  # answer score of the best supporting sentence
    unchecked: bool = False  # verification was turned off: the model's text as it came

    @property
    def verified(self) -> bool:
        return self.mode in ("generated", "quoted") and bool(self.spans) and not self.unchecked

    @property
    def cited(self) -> list[int]:
        return list(dict.fromkeys(s.n for s in self.spans))


def is_title(text: str) -> bool:
    """A heading or title ("6. INSURANCE", "Rent Review"): quoting one answers nothing. Ingest's
    heading test, less what carries a fact: a label ending in ':' introduces its value ("Effective
    Date:" … "14 March 2025"), and a line with a number past its clause number states one."""
    text = text.strip()
    return is_heading(text) and not text.endswith(":") and not re.search(r"\d", re.sub(r"^\d+(\.\d+)*\.?\s+", "", text))


def format_quote(text: str, start: int, end: int) -> str:
    body = " ".join(text[start:end].split())
    lead = "…" if start > 0 and not text[:start].rstrip().endswith((".", "\n", ";", ":")) and text[start - 1] != "\n" else ""
    tail = "…" if end < len(text) and not body.endswith((".", ";", ":", "!", "?")) and text[end:end + 1] not in ("\n",) else ""
    return f"\u201c{lead}{body}{tail}\u201d"


def quoted_answer(question: str | QuestionTerms, passages: Sequence[Passage | str], scorer: Scorer,
                  ranked: list[Candidate] | None = None, min_score: float | None = None,
                  contexts: dict[int, Terms] | None = None) -> Verdict:
    """The best sentence(s) of the passages, verbatim; refused when none answers well enough.

    A second sentence is quoted when it scores nearly as well as the first, or when it covers what
    the first leaves out of a two-part question ("where ... and under which rules?")."""
    cfg = scorer.cfg
    min_score = cfg.min_answer_score if min_score is None else min_score
    passages = as_passages(passages)
    qa = question if isinstance(question, QuestionTerms) else analyse_question(question)
    if ranked is None:
        ranked = scorer.score(qa, scorer.candidates(passages), passages, contexts)
    ranked = [c for c in ranked if c.typed and not is_title(c.text)]
    if qa.parts and ranked:
        verdict = parts_answer(qa, passages, scorer, min_score, contexts, passages[ranked[0].n - 1].source)
        if verdict is not None:
            return verdict
    if not ranked or ranked[0].score < min_score:
        return Verdict("refused", "", related=list(range(1, len(passages) + 1)),
                       score=ranked[0].score if ranked else 0.0)
    best = ranked[0]
    picked = [best]
    # words that name a document or section ("Ashgrove", "lease") are not what a second quote must add
    naming = set().union(*(terms(p.context).words for p in passages)) | {
        stem(w.lower()) for name in qa.terms.names for w in name.split()}  # "Kestrel Pumps" names, asks nothing
    asked = qa.terms.words - QUESTION_WORDS - naming
    covered = terms(best.text).words & asked
    for c in ranked[1:]:
        if len(picked) >= cfg.max_quotes:
            break
        if any(c.n == p.n and c.start < p.end and p.start < c.end for p in picked):
            continue  # overlaps a quote already taken
        if is_title(c.text):
            continue  # a title line is not an answer
        adds = (terms(c.text).words & asked) - covered
        close = c.score >= cfg.second_quote_ratio * best.score
        complements = bool(adds) and c.score >= cfg.complement_ratio * best.score and sum(scorer.idf(w) for w in adds) >= (
            cfg.complement_share * sum(scorer.idf(w) for w in asked))
        if close or complements:
            picked.append(c)
            covered |= adds
    picked.sort(key=lambda c: (c.n, c.start))
    return quotes_verdict(picked, passages, best.score)


def quotes_verdict(picked: Sequence[Candidate], passages: Sequence[Passage], score: float, tail: str = "") -> Verdict:
    """The picked sentences quoted verbatim, each with its [n] (a table row after its headings)."""
    parts, spans = [], []
    for c in picked:
        text = passages[c.n - 1].text
        if c.header is not None:  # a table row with its column headings
            parts.append(f"{format_quote(text, *c.header)} … {format_quote(text, c.start, c.end)} [{c.n}]")
            spans += [Span(c.n, *c.header), Span(c.n, c.start, c.end)]
        else:
            parts.append(f"{format_quote(text, c.start, c.end)} [{c.n}]")
            spans.append(Span(c.n, c.start, c.end))
    return Verdict("quoted", f"{QUOTE_INTRO} " + " ".join(parts) + tail, spans=spans, score=score)


def parts_answer(qa: QuestionTerms, passages: Sequence[Passage], scorer: Scorer, min_score: float,
                 contexts: dict[int, Terms] | None, source: str = "") -> Verdict | None:
    """A compound question answered part by part: the best sentence for each part, in the question's
    order, and the parts no passage answers named. Every part is answered from `source`, the document
    that answers the whole question best. None when no part is answered."""
    picked: list[Candidate] = []
    missing: list[str] = []
    best = 0.0
    for part in qa.parts:
        ranked = [c for c in scorer.score(part, scorer.candidates(passages), passages, contexts)
                  if c.typed and not is_title(c.text) and passages[c.n - 1].source == source]
        if not ranked or ranked[0].score < min_score:
            missing.append(re.sub(r"\s*\([^)]*\)$", "", part.text).strip(" ?,;"))
            continue
        top = ranked[0]
        best = max(best, top.score)
        if not any(c.n == top.n and c.start < top.end and top.start < c.end for c in picked):
            picked.append(top)
    if not picked:
        return None
    tail = "".join(f' {NOT_ANSWERED} "{m[0].upper() + m[1:]}?"' for m in missing if m)
    return quotes_verdict(picked, passages, best, tail)


def adds_fact(claim: str, question: str) -> bool:
    """The claim says something the question did not: a word or a number beyond restating it."""
    c, q = terms(strip_label(claim)), terms(question)
    return bool((c.words - FRAME_WORDS - q.words) or (c.numbers - q.numbers))




class AnswerCheck:
    """Verifies a generated answer claim by claim, while it streams.

        check = AnswerCheck(question, passages, scorer)
        for piece in generation: shown += check.feed(piece)   # each kept claim, once complete
        shown += check.finish(); verdict = check.verdict

    A supported claim is kept when it adds a fact to the question, holds the kind of fact asked for,
    and its supporting span answers the question nearly as well as the best sentence of the passages
    (so a true but beside-the-point sentence does not pass for the answer). When no claim is kept,
    `finish` returns the quoted fallback or nothing (a refusal).
    """

    def __init__(self, question: str, passages: Sequence[Passage | str], scorer: Scorer):
        self.question, self.scorer, self.cfg = question, scorer, scorer.cfg
        self.passages = as_passages(passages)
        self.qa = analyse_question(question)
        self.contexts = passage_contexts(self.passages)
        self.ranked = scorer.score(self.qa, scorer.candidates(self.passages), self.passages, self.contexts)
        typed = [c for c in self.ranked if c.typed]
        self.top = typed[0].score if typed else 0.0
        # the values the best sentences give: a generated claim giving only other values contradicts them
        near_top = [c for c in typed if c.score >= self.cfg.min_relative_score * self.top]
        self.values = set().union(*(terms(c.text).numbers for c in near_top)) if near_top else set()
        self.kept: list[Claim] = []
        self.dropped: list[Claim] = []
        self.best = 0.0
        self.verdict: Verdict | None = None
        self._buffer = ""
        self._pending: list[Claim] = []  # kept, not yet shown: waiting for a sentence that gives the fact
        self._answered = self.qa.kind is None  # some kept sentence gives the kind of fact asked for
        self._shown = 0
        self.quote: Verdict | None = None  # the reader's answer, when it was shown before the model's text
        self.stop = False  # the model's text stopped adding: a sentence failed, or the answer is complete

    def reader(self) -> Verdict:
        """The reader's answer, ready before the model starts: the best sentences quoted, or a refusal.
        Once taken, the model's sentences are kept only where they add to it."""
        self.quote = quoted_answer(self.qa, self.passages, self.scorer, self.ranked, contexts=self.contexts)
        if self.quote.mode == "quoted":
            self._answered, self._shown = True, 1
        return self.quote

    def feed(self, text: str) -> str:
        """Add generated text; returns the text of the claims completed and kept so far."""
        self._buffer += text
        spans = sentence_spans(self._buffer)
        if len(spans) < 2:
            return ""
        done, self._buffer = self._buffer[: spans[-1][0]], self._buffer[spans[-1][0] :]
        if TRAILING_MARKER.match(self._buffer):  # "... 40 mg. [1] The" : the marker belongs to the sentence before
            m = re.match(r"(\s*\[[\d,;\s]+\])+", self._buffer)
            done, self._buffer = done + m.group(0), self._buffer[m.end() :]
        return self._claims(done)

    def finish(self, model_refused: bool = False) -> str:
        """The rest of the answer; sets `verdict`. When the model itself said the documents do not
        answer, a quote must clear a higher bar (`quote_over_refusal`) to overrule it."""
        shown = self._claims(self._buffer)
        self._buffer = ""
        if self.kept and not self._answered:  # true sentences, but none gives what was asked
            for c in self.kept:
                c.reason, c.n = f"no sentence of the answer gives the {self.qa.kind.kind} asked for", None
            self.dropped += self.kept
            self.kept = []
        if self.quote is not None:  # shown first: the model's kept sentences follow it
            q = self.quote
            added = [cited_sentence(c.text, c.n) for c in self.kept]
            self.verdict = Verdict("generated" if added else q.mode, " ".join([q.text, *added]).strip(),
                                   spans=q.spans + [Span(c.n, c.start, c.end) for c in self.kept],
                                   dropped=self.dropped, related=q.related, score=q.score)
            return shown
        if self.kept:
            self.verdict = Verdict("generated", " ".join(cited_sentence(c.text, c.n) for c in self.kept),
                                   spans=[Span(c.n, c.start, c.end) for c in self.kept], dropped=self.dropped,
                                   score=self.best)
            return shown
        bar = self.cfg.quote_over_refusal if model_refused else None
        self.verdict = quoted_answer(self.qa, self.passages, self.scorer, self.ranked, min_score=bar,
                                     contexts=self.contexts)
        self.verdict.dropped = self.dropped
        return self.verdict.text

    def _claims(self, text: str) -> str:
        """Check the complete sentences in `text`; return the kept ones that may be shown now. A kept
        sentence waits until some sentence of the answer gives the kind of fact asked for (a date,
        an amount...), so nothing is shown of an answer that never gives it."""
        shown = ""
        for claim in check_claims(text, self.passages, self.cfg):
            if not self.keep(claim):
                continue
            self._pending.append(claim)
            if self._answered:
                for c in self._pending:
                    shown += (" " if self._shown else "") + cited_sentence(c.text, c.n)
                    self._shown += 1
                self._pending = []
        return shown

    def complements(self, span: Candidate) -> bool:
        """A later sentence of a two-part answer: its span scores at least `complement_ratio` of the
        best and holds question words that the sentences kept so far do not."""
        cfg = self.cfg
        if span.score < max(cfg.min_answer_score, cfg.complement_ratio * self.top):
            return False
        asked = self.qa.terms.words - QUESTION_WORDS
        shown = [(c.n, c.start, c.end) for c in self.kept] + [(s.n, s.start, s.end) for s in (self.quote.spans if self.quote else [])]
        covered = set().union(*(terms(self.passages[n - 1].text[a:b]).words for n, a, b in shown))
        adds = (terms(span.text).words & asked) - covered
        return sum(self.scorer.idf(w) for w in adds) >= cfg.complement_share * sum(self.scorer.idf(w) for w in asked)

    def keep(self, claim: Claim) -> bool:
        if claim.n is not None:
            span = Candidate(claim.n, claim.start, claim.end, self.passages[claim.n - 1].text[claim.start : claim.end])
            span = self.scorer.score(self.qa, [span], self.passages, self.contexts)[0]
            ct, q = terms(claim.text), self.qa.terms
            strict = span.score >= max(self.cfg.min_answer_score, self.cfg.min_relative_score * self.top) or any(
                self.scorer.score(part, [Candidate(span.n, span.start, span.end, span.text)], self.passages,
                                  self.contexts)[0].score >= self.cfg.min_answer_score
                for part in self.qa.parts)  # it answers one part of a compound question
            values = typed_numbers(ct, self.qa.kind) - q.numbers
            if not adds_fact(claim.text, self.qa.text):
                claim.reason = "restates the question"
            elif self.quote is not None and any(s.n == claim.n and s.start < claim.end and claim.start < s.end
                                                for s in self.quote.spans):
                claim.reason = "already quoted"
            elif self.quote is not None and self.passages[claim.n - 1].source not in {
                    self.passages[s.n - 1].source for s in self.quote.spans}:
                claim.reason = "from another document than the one that answers"
            elif len(ct.words - FRAME_WORDS) < 2 or is_title(claim.text):
                claim.reason = "states no fact (a bare number, a heading)"
            elif not strict and not ((self.kept or self.quote is not None) and self.complements(span)):
                claim.reason = "its passage does not answer the question"
            elif strict and values and not values & self.values:
                claim.reason = "its value is not the one the best-matching sentences give"
            if claim.reason:
                claim.n = None
            else:
                self.best = max(self.best, span.score)
                self._answered = self._answered or has_type(ct, self.qa.kind, q)
        if claim.n is None:
            self.dropped.append(claim)
            # a sentence that fails: a small model rarely recovers after one (a restated quote is no failure)
            self.stop = self.stop or claim.reason != "already quoted"
            return False
        self.kept.append(claim)
        self.stop = len(self.kept) >= MAX_ADDED_CLAIMS
        return True


def verify_answer(question: str, generated: str, passages: Sequence[Passage | str], scorer: Scorer) -> Verdict:
    """The verdict on a whole generated answer (the non-streaming form of AnswerCheck)."""
    check = AnswerCheck(question, passages, scorer)
    check.feed(generated)
    check.finish()
    return check.verdict


def cited_sentence(text: str, n: int) -> str:
    """'The notice period is 30 days.' + 1 -> 'The notice period is 30 days [1].' A clause label the
    model copied ("4.2 Give ...") is dropped: it was not checked, and may be another clause's number."""
    text = strip_label(text.strip()).strip() or text.strip()
    body = text.rstrip(".!?;: ")
    end = text[len(body):].strip()[:1] or "."
    return f"{body} [{n}]{'.' if end in ';:' else end}"
