"""The verdict on an answer: the model's verified claims ("generated"), the passages' best sentences
verbatim ("quoted": the reader), or the no-answer text with the nearest passages ("refused")."""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Sequence

from chatbot.answer.verify.exception import case_rule
from chatbot.answer.verify.parts import describing_words
from chatbot.answer.verify.premise import charged_for_elsewhere, other_kind_quoted, premise_correction
from chatbot.answer.verify.question import (QUESTION_WORDS, QuestionTerms, analyse_question, content_words_of, has_type,
                                            typed_numbers)
from chatbot.answer.verify.scope import asks_for_document, asks_if_included, excluded_case
from chatbot.answer.verify.silence import asked_unsaid, rare_unknown_word, silent_thing, unknown_thing
from chatbot.answer.verify.scoring import Candidate, Passage, Scorer, as_passages
from chatbot.answer.verify.sections import passage_contexts
from chatbot.answer.verify.support import TRAILING_MARKER, Claim, check_claims
from chatbot.answer.verify.tables import FRAME_WORDS
from chatbot.answer.verify.pieces import is_table_like, row_cells, same_table, support_units
from chatbot.answer.verify.terms import Terms, is_title, numbered_items, stem, strip_label, terms, zipf_frequency
from core.text import sentence_spans

# ---------------------------------------------------------------------------------------------
# the verdict: generated (verified claims), quoted (best sentences verbatim) or refused

QUOTE_INTRO = "The documents say:"
NOT_ANSWERED = "The documents do not answer:"  # a part of a compound question that no passage answers
CONTINUES = 1.2  # a part's sentence that follows the previous part's answer and refers back to it ("We return it ...")
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
    scope = scope_answer(qa, passages, ranked, min_score, scorer)
    if scope is not None:  # the document leaves the question's case out ("It does not cover children")
        return scope
    everything = ranked
    typed = [c for c in ranked if c.typed and not is_title(c.text)]
    if qa.parts and ranked:  # each part is typed by its own words: one part's "with lukewarm water" is not the other's
        lead = (typed or ranked)[0]
        verdict = parts_answer(qa, passages, scorer, min_score, contexts, passages[lead.n - 1].source)
        if verdict is not None:
            return verdict
    ranked = [c for c in typed if not other_kind_quoted(qa.text, c.text)]  # a loading dose for a maintenance dose
    if not ranked or ranked[0].score < min_score:
        return Verdict("refused", "", related=list(range(1, len(passages) + 1)),
                       score=ranked[0].score if ranked else 0.0)
    best = ranked[0]
    close = [c for c in ranked[1:4] if c.n == best.n and c.score >= cfg.second_quote_ratio * best.score]
    if charged_for_elsewhere(qa, best, passages, scorer, close) or of_another_year(qa, best, passages):
        return Verdict("refused", "", related=list(range(1, len(passages) + 1)), score=best.score)
    picked = [best]
    # words that name a document or section ("Ashgrove", "lease") are not what a second quote must add
    naming = set().union(*(terms(p.context).words for p in passages)) | {
        stem(w.lower()) for name in qa.terms.names for w in name.split()}  # "Kestrel Pumps" names, asks nothing
    asked = qa.terms.words - QUESTION_WORDS - naming - qa.denied  # ("no signs of sepsis": no word to add)
    bt = terms(best.text)
    covered = bt.words & asked
    for c in ranked[1:]:
        if len(picked) >= cfg.max_quotes or len(picked) >= 2 and (qa.values or qa.bands or numbered_items(qa.text)):
            break  # (a case's values or items pick one row: a third quote would be a neighbour's)
        if any(c.n == p.n and c.start < p.end and p.start < c.end for p in picked):
            continue  # overlaps a quote already taken
        if is_title(c.text):
            continue  # a title line is not an answer
        if other_row_item(best.text, c.text, qa.terms.words - QUESTION_WORDS | describing_words(qa.text)):
            continue  # "Service Next Day Early" beside the "Service Next Day" row asked for: another item
        if c.n == best.n and c.unnamed - best.unnamed:
            continue  # of another named thing: the Brufex answer's neighbour in the Calmadol section
        if best.fit > 0 and c.fit < 0 and is_table_like(strip_label(c.text)):
            continue  # the row whose band holds the case answers; its neighbour rows' bands leave it out
        if any(same_table(strip_label(best.text), line) for line in c.text.splitlines()[1:] if line.strip()):
            continue  # a lead-in read with the table's first row: another row than the one that answers
        ct = terms(c.text)
        if (qa.terms.numbers & bt.numbers) - ct.numbers and same_table(strip_label(best.text), strip_label(c.text)):
            continue  # the row that states the question's number ("the 1,800 mg dose"), not its neighbour
        adds = (ct.words & asked) - covered
        if (not adds and c.n == best.n and bt.words & asked - ct.words
                and (same_table(strip_label(best.text), strip_label(c.text))
                     or not qa.terms.numbers and bt.numbers and ct.numbers and not bt.numbers & ct.numbers
                     and len(bt.words & ct.words & asked) >= 2)):
            # a neighbour row that lacks what the row holds and adds nothing: "aortic" beside "mitral valve";
            # or the same readings at another time: "on admission" beside "on the day of discharge"
            continue
        close = c.score >= cfg.second_quote_ratio * best.score
        complements = bool(adds) and c.score >= cfg.complement_ratio * best.score and sum(scorer.idf(w) for w in adds) >= (
            cfg.complement_share * sum(scorer.idf(w) for w in asked))
        if close or complements:
            picked.append(c)
            covered |= adds
    picked = case_rule(qa, picked, ranked) or picked  # "for patients with heart failure, 250 mL", asked of one
    cont = continuation(best, everything, passages) if ASKS_AGAIN.search(qa.text) else None
    if cont is not None and len(picked) < cfg.max_quotes and not any(
            cont.n == p.n and cont.start < p.end and p.start < cont.end for p in picked):
        picked.append(cont)  # "... what should I do if I get them?": "If you notice any of these, stop ..."
    fix = premise_correction(qa, everything, passages, scorer, passages[best.n - 1].source)
    if (fix is not None and fix.score >= cfg.correction_ratio * best.score
            and not any(fix.n == p.n and fix.start < p.end and p.start < fix.end for p in picked)):
        picked.append(fix)  # beside the answer, the sentence that corrects what the asker believes
    picked.sort(key=lambda c: (c is not fix, c.n, c.start))  # the correction first
    return quotes_verdict(picked, passages, best.score)


def of_another_year(qa: QuestionTerms, best: Candidate, passages: Sequence[Passage]) -> bool:
    """"What will the fee be for the 2028 season?" answered by "Pitch Fee 2027 ... GBP 5,100": the best
    sentence states the figure of an earlier year, and no passage says the later year asked about (a year
    before the document's, "my 2013 diesel", is the case's own, not a period asked about)."""
    said = terms(best.text).years
    later = {y for y in qa.terms.years if said and int(y) > max(map(int, said))}
    return bool(later) and not any(y in p.text for y in later for p in passages)


def other_row_item(best: str, other: str, asked: set[str]) -> bool:
    """Two rows of one table where the other row's key is the best row's, named by the question, plus
    words the question does not say: another item ("Next Day Early" beside the "Next Day" asked for)."""
    best, other = strip_label(best), strip_label(other)
    if not same_table(best, other):
        return False
    kb, ko = (terms(t[: row_cells(t)[0][1]]).words for t in (best, other))
    if (kb - ko) & asked and not (ko - kb) & asked:
        return True  # "Drug Amlodipine" beside the "Drug Ramipril" row asked for
    return bool(kb & asked) and kb < ko and not (ko - kb) & asked


def quotes_verdict(picked: Sequence[Candidate], passages: Sequence[Passage], score: float, tail: str = "") -> Verdict:
    """The picked sentences quoted verbatim, each with its [n] (a table row after its headings)."""
    parts, spans = [], []
    for c in picked:
        text = passages[c.n - 1].text
        # a row's cells: all of them, or its first cell and the one cell whose band holds the case (the
        # afternoon column for a 2.30 pm appointment, not the morning one beside it)
        cells = [(c.start, c.end)]
        if c.cell is not None:
            lead = c.lead if c.lead is not None else row_cells(c.text)[0][1]
            cells = [(c.start, c.start + lead)] if lead else []  # (no lead: the sentence's first clause holds the case)
            cells.append((c.start + c.cell[0], c.start + c.cell[1]))
        if c.header is not None:  # a table row with its column headings
            cells = [c.header, *cells]
        parts.append(" … ".join(format_quote(text, a, b) for a, b in cells) + f" [{c.n}]")
        spans += [Span(c.n, a, b) for a, b in cells]
    return Verdict("quoted", f"{QUOTE_INTRO} " + " ".join(parts) + tail, spans=spans, score=score)


def scope_answer(qa: QuestionTerms, passages: Sequence[Passage], ranked: list[Candidate],
                 min_score: float, scorer: Scorer) -> Verdict | None:
    """A refusal when the document that answers best leaves the question's case out of its scope (or
    the exclusion itself, when the question asks which document to follow instead); None when the
    case is in scope (verify/scope.py)."""
    if not ranked:
        return None
    shown = set().union(*(terms(f"{p.context}\n{p.text}").words for p in passages))
    if unknown_thing(qa.text, lambda w: scorer.doc_freq.get(w, 0) > 0, shown):
        return Verdict("refused", "", related=list(range(1, len(passages) + 1)), score=ranked[0].score)
    naming = set().union(*(terms(p.context).words for p in passages)) | {
        stem(w.lower()) for name in qa.terms.names for w in name.split()}
    said_otherwise = set(scorer.bridges(qa.terms, qa.text, passages, scorer.cfg.silent_bridge_min_cosine))
    # silent is said of the document that would answer: another document's "assistance dogs" does not
    # make a block-management agreement say anything about pets
    source = passages[ranked[0].n - 1].source
    own = set().union(*(terms(f"{p.context}\n{p.text}").words for p in passages if p.source == source))
    seen = lambda w: scorer.doc_freq.get(w, 0) > 0  # noqa: E731  (a word some indexed passage uses)
    # the words of each of its sentences, read only when a thing of several words is weighed (silence._unsaid)
    units = functools.cache(lambda: [terms(f"{p.context}\n{p.text[a:b]}").words for p in passages
                                     if p.source == source for a, b in support_units(p.text)])
    if not qa.parts and (silent_thing(qa.text, own, naming, scorer.idf, said_otherwise, seen, units)
                         or asked_unsaid(qa.text, own, naming, scorer.idf, said_otherwise, seen, units)
                         or rare_unknown_word(qa.text, seen, own, naming, said_otherwise, zipf_frequency())):
        return Verdict("refused", "", related=list(range(1, len(passages) + 1)), score=ranked[0].score)
    if qa.parts and silent_thing(qa.parts[0].text, own, naming, scorer.idf, said_otherwise, seen, units) and all(
            p.text.endswith(")") or not content_words_of(p.text) for p in qa.parts[1:]):
        # "Does the club offer personal training, and what does it cost?": the rest asks of what is not there
        return Verdict("refused", "", related=list(range(1, len(passages) + 1)), score=ranked[0].score)
    excluded = excluded_case(qa, passages, passages[ranked[0].n - 1].source)
    if not excluded:
        return None
    if asks_for_document(qa.text) or asks_if_included(qa.text):
        says = [c for c in ranked if any(c.n == n and a <= c.start and c.end <= b for n, a, b in excluded)]
        if says and says[0].score >= min_score:
            return quotes_verdict(says[:1], passages, says[0].score)
    return Verdict("refused", "", related=list(range(1, len(passages) + 1)), score=ranked[0].score)


def parts_answer(qa: QuestionTerms, passages: Sequence[Passage], scorer: Scorer, min_score: float,
                 contexts: dict[int, Terms] | None, source: str = "") -> Verdict | None:
    """A compound question answered part by part: the best sentence for each part, in the question's
    order, and the parts no passage answers named. Every part is answered from `source`, the document
    that answers the whole question best. None when no part is answered."""
    rankings = [[c for c in scorer.score(part, scorer.candidates(passages), passages, contexts)
                 if c.typed and not is_title(c.text) and passages[c.n - 1].source == source] for part in qa.parts]
    for i in range(1, len(rankings)):  # "... the deposit, and how soon do I get it back?": "We return it within ..."
        cont = continuation(rankings[i - 1][0], rankings[i], passages) if rankings[i - 1] else None
        if cont is not None:
            cont.score *= CONTINUES
            rankings[i].sort(key=lambda c: -round(c.score, 9))
    missing = [_part_text(part) for part, ranked in zip(qa.parts, rankings) if not ranked or ranked[0].score < min_score]

    def choose(order) -> dict[int, Candidate]:
        # a part whose best sentence another part already quoted takes its own next best, when that
        # still answers it ("how much notice do I give, and how much does the company give?")
        chosen: dict[int, Candidate] = {}
        for i in order:
            fresh = [c for c in rankings[i] if not any(p.n == c.n and p.start < c.end and c.start < p.end
                                                       for p in chosen.values())]
            if fresh and fresh[0].score >= min_score:
                chosen[i] = fresh[0]
        return chosen

    # the parts take turns in the question's order, unless another order answers more of them: "how long
    # ... to give a final response, and who can I go to" leaves the Ombudsman sentence to the part that asks who
    orders = itertools.permutations(range(len(qa.parts))) if len(qa.parts) <= 3 else [range(len(qa.parts))]  # (6! is 720)
    chosen = max((choose(order) for order in orders), key=len)
    picked = [chosen[i] for i in sorted(chosen)]
    best = max((r[0].score for r in rankings if r and r[0].score >= min_score), default=0.0)
    if not picked:
        return None
    tail = "".join(f' {NOT_ANSWERED} "{m[0].upper() + m[1:]}?"' for m in missing if m)
    return quotes_verdict(picked, passages, best, tail)


def _part_text(part: QuestionTerms) -> str:
    return re.sub(r"\s*\([^)]*\)$", "", part.text).strip(" ?,;")


# a second question joined to the first ("..., and what should I do if I get them?")
ASKS_AGAIN = re.compile(r"\band\s+(?:what|how|when|where|who|which|why|can|could|should|do|does|is|are|will|would)\b", re.I)
# "If you notice any of these, stop ...", "After that you may drive when ...", "We return it within ...": a
# sentence that refers back to the one before it
_REFERS_BACK = re.compile(r"^\W*(?:[\w'-]+\s+){0,5}?(?:these|this|that|those|it|they|them|such)\b", re.I)


def continuation(c: Candidate, ranked: Sequence[Candidate], passages: Sequence[Passage]) -> Candidate | None:
    """The sentence right after `c` in its paragraph when it refers back to it (it goes on answering)."""
    text = passages[c.n - 1].text
    after = [o for o in ranked if o.n == c.n and o.start >= c.end and not text[c.end : o.start].strip()]
    o = min(after, key=lambda o: o.start, default=None)
    if o is None or "\n" in text[c.end : o.start] or is_title(o.text) or not _REFERS_BACK.match(strip_label(o.text)):
        return None
    return o


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
