"""How well a sentence answers a question: the verifier's settings, the passages and candidate
sentences (table rows with their headings) it reads, and the Scorer that ranks them."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import numpy as np

from chatbot.answer.cells import asked_key_fit, header_column, held_cell, held_clause, named_by_numbers, named_clause, ordinal_row
from chatbot.answer.clock import asked_days, clock_cell, day_cell, day_fit
from chatbot.answer.pressure import pressure_fit, pressure_readings
from chatbot.answer.ranges import Value, band_fit, text_bands
from chatbot.answer.verify.config import VerifyConfig
from chatbot.answer.verify.sections import block_context, passage_contexts, section_starts, source_words
from chatbot.answer.verify.question import QUESTION_WORDS, QuestionTerms, analyse_question, has_type
from chatbot.answer.verify.tables import DOCUMENT_KIND_WORDS
from chatbot.answer.verify.pieces import (
    is_table_like,
    key_named_rows,
    label_end,
    list_lead,
    named_after,
    named_alternative,
    named_cell,
    negated_words,
    row_cells,
    row_headings,
    support_units,
    table_header,
)
from chatbot.answer.verify.terms import (
    LAY_TERMS,
    UNITS,
    Terms,
    narrower_case,
    near,
    numbered_items,
    opposite,
    other_item,
    other_of_family,
    stem,
    strip_label,
    terms,
)

DOCUMENT_KINDS = frozenset(stem(w) for w in DOCUMENT_KIND_WORDS)


# ---------------------------------------------------------------------------------------------
# scoring sentences against a question


@dataclass
class Passage:
    """A passage as the verifier sees it."""

    text: str
    context: str = ""  # its file name and section title: words that say which document and topic it is
    relevance: float = 0.0  # cosine of the question with the passage (the retriever's dense score)
    source: str = ""  # the document it comes from: a compound question's parts stay in one document
    title: str = ""  # its document's title and parties: "for the Case Manager service" names the document


@dataclass
class Candidate:
    n: int  # passage number [n]
    start: int  # offsets in the passage text
    end: int
    text: str
    score: float = 0.0
    lexical: float = 0.0
    dense: float = 0.0
    typed: bool = True
    header: tuple[int, int] | None = None  # a table row's column headings, read with it
    fit: int = 0  # ranges.band_fit: 1 its bands hold the case's value, -1 they leave it out, 0 no bands
    cell: tuple[int, int] | None = None  # of a table row, the one cell whose band holds the case (offsets in `text`)
    unnamed: frozenset[str] = frozenset()  # the question's names neither it nor its section says ("Brufex")
    lead: int | None = None  # with `cell`, of a sentence: where its lead-in ends ("A freeze costs" | "GBP 5 (Standard)")


def as_passages(passages: Sequence[Passage | str]) -> list[Passage]:
    return [p if isinstance(p, Passage) else Passage(p) for p in passages]


class Scorer:
    """How well a sentence answers a question: IDF-weighted coverage of the question's words (IDF over
    the index's chunks), the passage's cosine with the question, and the kind of fact asked for;
    optionally a sentence encoder (texts -> unit vectors) for paraphrases, and a trained reader
    (`rerank`: question, sentences -> one score each, higher is better; chatbot/training/reader.py)
    that re-orders the best few."""

    def __init__(self, doc_freq: dict[str, int] | None = None, n_docs: int = 0,
                 encode: Callable[[list[str]], np.ndarray] | None = None, cfg: VerifyConfig | None = None,
                 word_encode: Callable[[list[str]], np.ndarray] | None = None,
                 rerank: Callable[[str, list[str]], np.ndarray] | None = None):
        self.doc_freq = doc_freq or {}
        self.n_docs = n_docs
        self.encode = encode
        self.cfg = cfg or VerifyConfig()
        self.rerank = rerank
        self.word_encode = word_encode  # words -> unit vectors (the embedder): bridges lay words
        self._word_vectors: dict[str, np.ndarray] = {}

    def word_vectors(self, words: Iterable[str]) -> dict[str, np.ndarray]:
        """Unit vectors of words, cached (a question's passages repeat the documents' words)."""
        todo = sorted({w for w in words if w not in self._word_vectors})
        if todo and self.word_encode is not None:
            if len(self._word_vectors) > 50_000:
                self._word_vectors.clear()
            for w, v in zip(todo, self.word_encode(todo)):
                self._word_vectors[w] = np.asarray(v, dtype=np.float32)
        return {w: self._word_vectors[w] for w in words if w in self._word_vectors}

    def bridges(self, q: Terms, question: str, passages: Sequence[Passage],
                min_cosine: float | None = None) -> dict[str, set[str]]:
        """For each content word of the question that no chunk of the index uses ("liquor", "labrador"),
        the stems of the passages' words whose vectors are within bridge_min_cosine of it ("alcohol",
        "dog"): the everyday word the documents say otherwise. Empty without a word encoder."""
        if self.word_encode is None:
            return {}
        unknown = {}
        for m in re.finditer(r"[A-Za-z][a-z]{2,}", question):
            w = m.group(0).lower()
            st = stem(w)
            if st in q.words and st not in QUESTION_WORDS and self.doc_freq.get(st, 0) == 0 and not LAY_TERMS.get(st):
                unknown[w] = st
        if not unknown:
            return {}
        surface = {}
        for p in passages:
            for m in re.finditer(r"[A-Za-z][a-z]{2,}", p.text):
                w = m.group(0).lower()
                if w not in surface:
                    surface[w] = stem(w)
        vecs = self.word_vectors(list(unknown) + list(surface))
        out: dict[str, set[str]] = {}
        for w, st in unknown.items():
            if w not in vecs:
                continue
            near_ = {surface[o] for o in surface if o in vecs and o[:4] != w[:4] and not opposite(o, w)
                     and float(vecs[o] @ vecs[w]) >= (min_cosine or self.cfg.bridge_min_cosine)}
            if near_:
                out[st] = near_
        return out

    @classmethod
    def from_bm25(cls, bm25, encode=None, cfg: VerifyConfig | None = None) -> "Scorer":
        """Document frequencies from a bm25s index (its CSC matrix has one column run per token),
        folded onto stems (max over a stem's word forms)."""
        indptr = np.asarray(bm25.scores["indptr"])
        counts = np.diff(indptr)
        df: dict[str, int] = {}
        for word, i in bm25.vocab_dict.items():
            if not isinstance(word, str) or not word or i >= len(counts):
                continue
            for w in terms(word).words:
                df[w] = max(df.get(w, 0), int(counts[i]))
        return cls(df, int(bm25.scores.get("num_docs", 0) or 0), encode, cfg)

    @classmethod
    def from_texts(cls, texts: Iterable[str], encode=None, cfg: VerifyConfig | None = None) -> "Scorer":
        df: dict[str, int] = {}
        n = 0
        for text in texts:
            n += 1
            for w in terms(text).words:
                df[w] = df.get(w, 0) + 1
        return cls(df, n, encode, cfg)

    def idf(self, stem_: str) -> float:
        # unseen words are the most informative (and the likeliest sign of an unanswerable question)
        df = self.doc_freq.get(stem_, 0)
        return math.log((self.n_docs + 1) / (df + 0.5)) + 1.0

    def lexical(self, q: Terms, s: Terms, context: Terms | None = None, held: set[str] = frozenset(),
                naming: set[str] = frozenset(), bridges: dict[str, set[str]] | None = None) -> float:
        """IDF-weighted share of the question's words (and numbers) that the sentence holds; a word
        found only in the passage around it counts `context_weight`, a word matched only loosely
        (owner / owns) half. Words that name the passage's document (`naming`: its file name's words,
        and names of the question the passage holds: "Ashgrove", "Kestrel Pumps") choose the
        document, not the sentence: every sentence of it gets the same context credit for them."""
        words = compound_parts_dropped(q.words - QUESTION_WORDS)
        total = sum(self.idf(w) for w in words) + 2.0 * len(q.numbers)
        if total <= 0:
            return 0.0
        cw = self.cfg.context_weight
        have = 2.0 * len(q.numbers & (same_quantity(q, s) | held))
        for w in words:
            if w in naming:
                have += cw * self.idf(w)  # the same for every sentence of the document it names
            elif w in s.words:
                have += self.idf(w)
            elif context is not None and w in context.words:
                have += cw * self.idf(w)
            elif near(w, s.words):
                have += 0.5 * self.idf(w)
            elif LAY_TERMS.get(w, frozenset()) & s.words:
                have += self.cfg.lay_weight * self.idf(w)
            elif bridges and bridges.get(w, frozenset()) & s.words:
                have += self.cfg.bridge_weight * self.idf(w)
            elif context is not None and LAY_TERMS.get(w, frozenset()) & context.words:
                have += cw * self.cfg.lay_weight * self.idf(w)  # "IV" of a section headed "Intravenous"
        if context is not None:
            have += cw * 2.0 * len((q.numbers & same_quantity(q, context)) - s.numbers - held)
        return have / total

    def restricts(self, restriction: set[str], words: set[str]) -> bool:
        """Does text with `words` hold a restriction of the question ("of paid paternity leave": its
        first two words)? Each of them: "paid" alone is not "paid paternity". A lay word matches the
        document's word for it ("the drip" / "infusion", "a pregnant woman" / "pregnant patients")."""
        # a hyphenated word's joined form ("tidewaterrestrict") is not a word of its own
        own = {w for w in restriction if not any(o != w and len(o) >= 3 and w.startswith(o) for o in restriction)}
        return all(w in words or near(w, words) or bool(LAY_TERMS.get(w, frozenset()) & words)
                   for w in own or restriction)

    def candidates(self, passages: Sequence[Passage | str]) -> list[Candidate]:
        """Sentences of the passages; long ones cut into overlapping word windows."""
        out = []
        for n, p in enumerate(as_passages(passages), 1):
            units = support_units(p.text)
            for i, (start, end) in enumerate(units):
                body = p.text[start:end]
                t = terms(strip_label(body))
                if t.words or t.numbers:
                    # a table row is read with its column headings, a list item with its lead-in
                    header = table_header(p.text, units, i) if is_table_like(body) else list_lead(p.text, units, i)
                    if header is None:  # a label is read with its value
                        end = label_end(p.text, start, end)
                    out.append(Candidate(n, start, end, p.text[start:end], header=header))
        return out

    def score(self, question: str | QuestionTerms, cands: list[Candidate], passages: Sequence[Passage | str],
              contexts: dict[int, Terms] | None = None) -> list[Candidate]:
        """Fill each candidate's answer score; returns them best first. A candidate whose passage
        leaves out a restriction of the question ("for dogs") does not answer it (typed=False)."""
        if not cands:
            return []
        cfg = self.cfg
        passages = as_passages(passages)
        qa = question if isinstance(question, QuestionTerms) else analyse_question(question)
        q = qa.terms
        if contexts is None:
            contexts = passage_contexts(passages)
        dense = None
        if self.encode is not None and cfg.w_dense > 0:
            vecs = self.encode([qa.text] + [strip_label(c.text) for c in cands])
            dense = vecs[1:] @ vecs[0]
        names = {stem(w.lower()) for name in q.names for w in name.replace("-", " ").split() + [name.replace("-", "")] if " " not in w}
        # ("Kestrel Pumps", "Ashgrove"; "Fennimore-Achebe" also as one word, as terms() reads it)
        asked_raw = set(re.findall(r"[a-z]{6,}", qa.text.lower()))  # medicines named as written: "rizatriptan"
        items = numbered_items(qa.text)  # "grade E4 step 3": a row of grade E3 answers another item
        action = time_action(qa.text)  # "how long do we have to object": the time of objecting
        act = _OWN_ACT.search(qa.text)  # "if I cancel": the asker's act, not the provider's ("if we have to cancel")
        theirs = re.compile(rf"\b(?:if|when)\s+we\s+(?:have\s+to\s+|need\s+to\s+|must\s+)?{act.group(1)}", re.I) if act else None
        free_asked = "free of charge" in qa.text.lower()  # (plain_words adds it for "for free", "without being charged")
        bridges = self.bridges(q, qa.text, passages)
        # a restriction may be held anywhere in the document's shown passages: a defined term is used elsewhere
        held_by: dict[str, set[str]] = {}
        blocks: dict[int, list[int]] = {}  # passage -> where its later sections start
        for n, p in enumerate(passages, 1):
            held_by.setdefault(p.source, set()).update(contexts[n].words | terms(p.title).words)
        keys = {i: terms(t[: row_cells(t)[0][1]]).words for i, c in enumerate(cands)
                if row_headings(t := strip_label(c.text)) and len(t[: row_cells(t)[0][1]].split()) <= 6}
        shared = Counter(w for words in keys.values() for w in words)  # a column's heading, in every row's key
        named_rows = key_named_rows(keys, shared, q.words, {i: strip_label(cands[i].text) for i in keys})
        sex = sex_words(qa.text)  # "how much should she drink": the Girls column
        pressures = pressure_readings(qa.text)  # "my average was 152/88": a pair, read against "150/95 to 179/119"
        table_name = {stem(m.lower()) for m in _TABLE_NAME.findall(qa.text)}  # "the severity table": no "Severe" cell
        days = asked_days(qa.text)  # "on a Saturday": the row or column of the days that hold it
        for i, c in enumerate(cands):
            text = strip_label(c.text)
            if c.header is not None:
                text = passages[c.n - 1].text[c.header[0] : c.header[1]] + "\n" + text
            s = terms(text)
            if c.n not in blocks:
                blocks[c.n] = section_starts(passages[c.n - 1])
            ctx = block_context(passages[c.n - 1], contexts[c.n], blocks[c.n], c.start)
            naming = source_words(passages[c.n - 1].source) | (names & ctx.words)
            c.unnamed = frozenset(names - ctx.words - s.words - naming)
            is_row = bool(row_headings(strip_label(c.text)))
            fit = c.fit = band_fit(qa.values, text, qa.bands, row=is_row) or (asked_key_fit(qa.bands, strip_label(c.text)) if is_row else 0)
            if pressures and (pf := pressure_fit(pressures, text, qa.text)):
                fit = c.fit = pf
            if days and is_row and not fit:
                fit = c.fit = day_fit(days, text)
            if is_row and fit and any((f"{v.number:g}", v.unit) in s.quantities and not any(
                    v.number in (b.low, b.high) for b in text_bands(text)) for v in qa.values if v.unit):
                fit = c.fit = 1  # the row that states the value itself ("the 1,800 mg dose"), whatever its bands say
            if is_row and not fit and any(v.unit is None and v.label and stem(v.label) in s.words and f"{v.number:g}" in terms(
                    (t := strip_label(c.text))[: row_cells(t)[0][1]]).numbers for v in qa.values):
                fit = c.fit = 1  # "Team 4 Players, ..." for "a team of 4": the row keyed by the case's count
            c.cell = held_cell(qa.values, c.text) if fit > 0 and is_row else None
            if not is_row and (alt := named_alternative(q.words - QUESTION_WORDS, c.text)):
                c.lead, *cell = alt  # "GBP 3,000 plus VAT (Multi-Agency)" of "... (Sole Agency) or ... (Multi-Agency)"
                c.cell = tuple(cell)
            elif not is_row and fit > 0 and (clause := held_clause(qa.values, c.text)):
                c.lead, *cell = clause  # "... 7 to 14 days before ... 50%; those cancelled less than 7 days ... 100%"
                c.cell = tuple(cell)
            if c.cell is None and not is_row and c.header is None and (
                    col := header_column(qa.text, passages[c.n - 1].text, c.start, c.end)):
                c.header, c.lead, c.cell = col  # "Lifetime 10000" of "... GBP 800 GBP 1,250 GBP 2,250"
            if c.cell is None and (clause := named_clause(q.words - QUESTION_WORDS, c.text, lambda t: terms(t).words)):
                c.lead, *cell = clause  # "... late: suits GBP 15 per garment per day; gowns GBP 40 per gown per day"
                c.cell = tuple(cell)
            if c.cell is None and (alt := named_after(q.words - QUESTION_WORDS - negated_words(qa.text), c.text)):
                c.lead, *cell = alt  # "GBP 31 posted" of "... for GBP 24 collected from the studio or GBP 31 posted"
                c.cell = tuple(cell)
            if c.cell is None and is_row:  # the column the question names: "as a multi-agency", "admission at 12:00"
                c.cell = named_cell(q.words - QUESTION_WORDS - negated_words(qa.text) - table_name | sex, c.text) or named_by_numbers(qa.text, c.text) or clock_cell(
                    [v.number for v in qa.values if v.unit == "clock"], c.text, row_cells(c.text)) or day_cell(days, c.text, row_cells(c.text))
            # a row or branch whose band holds the case's value ("15 to 20 kg" for 17 kg) holds its number
            held = {n for n in q.numbers if float(n) in {v.number for v in qa.values}} if fit > 0 else set()
            # a table row whose band holds the case's value ("12.1 - 16.0" for 14.2 mmol/L) is read with
            # its table: the words that say what its columns are stand around it, not in it
            row = s
            above = passages[c.n - 1].text[: c.start]
            if fit > 0 and is_table_like(strip_label(c.text)) and row_holds(qa.values, strip_label(c.text), above):
                row = Terms(words=s.words | ctx.words, numbers=s.numbers, quantities=s.quantities)
            c.lexical = self.lexical(q, row, ctx, held, naming, bridges)
            c.dense = float(dense[i]) if dense is not None else 0.0
            # a restriction is held by the passage's words, where the question's names ("for Project
            # Lanternfish") count as held when one of them names the passage's document
            held_words = held_by[passages[c.n - 1].source] | s.words
            # a dose is of its own drug (a one-word restriction), named by the sentence or its section: "the
            # dose of aciclovir" is no chlorphenamine dose of a leaflet naming aciclovir elsewhere
            own = s.words | ctx.words if qa.kind is not None and qa.kind.kind == "dose" else held_words
            if names & naming:
                held_words, own = held_words | names, own | names
            c.typed = has_type(s, qa.kind, q) and all(self.restricts(r, own if len(r) == 1 else held_words)
                                                      for r in qa.restrictions
                                                      if not (r & naming and r - naming <= DOCUMENT_KINDS)) and (
                not qa.timed or self.restricts(qa.timed - naming, s.words))  # (in the sentence itself)
            c.score = (cfg.w_lexical * c.lexical + cfg.w_relevance * max(passages[c.n - 1].relevance, 0.0)
                       + cfg.w_dense * max(c.dense, 0.0))
            if not c.typed:
                c.score *= cfg.type_penalty
            if fit < 0:
                c.score *= cfg.band_penalty  # its bands are of the case's quantity, and none holds the value
            elif fit > 0 and not _SETS_SCOPE.search(text):
                c.score *= cfg.band_bonus  # not "This protocol covers adults aged 18 and over": a scope, no answer
            if qa.subject and qa.subject <= sentence_subject(text):
                c.score *= cfg.subject_bonus  # "3.2 The final date for payment is ..." for "when is the final date"
            elif {w for w in q.words & keys.get(i, set()) if len(w) > 3 and w not in UNITS and shared[w] < 2} - QUESTION_WORDS or i in named_rows:
                c.score *= cfg.subject_bonus  # the row of the item the question names ("Medicine Velorix" for "of Velorix")
            if qa.denied & s.words and not any(re.search(rf"\b(?:non[-\s]?|not\s+(?:an?\s+)?|no\s+){re.escape(w)}", text, re.I)
                                               for w in qa.denied & s.words):
                c.score *= cfg.band_penalty  # a case the asker says is not theirs ("Emergency defects ..." for "not an emergency")
            if (o := ordinal_row(qa.text, passages[c.n - 1].text, c.start)) is not None:
                c.score *= cfg.band_bonus if o else cfg.band_penalty  # "the second stage": row 2
            if other_item(items, text) or other_of_family(asked_raw, text):
                c.score *= cfg.band_penalty  # another item's row or clause ("Severity 1" for "Severity 2"), another triptan
            if qa.kind is not None and qa.kind.kind == "dose" and other_of_family(asked_raw, f"{passages[c.n - 1].context}\n{text}"):
                c.typed = False  # another triptan's dose, named by the sentence or its section ("How do I take sumatriptan?")
            if free_asked:  # "to cancel without being charged": the row that says "No charge", not its "50%" neighbour
                c.score *= cfg.band_bonus if _SAYS_FREE.search(text) else cfg.action_penalty
            if narrower_case(text, q.words):
                c.score *= cfg.action_penalty  # "Claims for storm damage must be reported ..." for any claim
            if not_the_case(text, q.words):
                c.score *= cfg.band_penalty  # "adults who are not of Black African or African-Caribbean family
                # origin" for a woman "of Black Caribbean family origin": the others' branch
            if theirs is not None and theirs.search(text):
                c.score *= cfg.action_penalty  # "If we have to cancel a Game, ..." (the provider) for "if I cancel"
            if action and action not in s.words and not near(action, s.words) and not LAY_TERMS.get(action, frozenset()) & s.words:
                c.score *= cfg.action_penalty  # a time limit of another act ("30 days' notice" for "to object")
            c.score += cfg.rank_bonus / c.n
        # (rounded: a sum over a set's words differs in its last bits from run to run: a tie flipped)
        ranked = sorted(cands, key=lambda c: -round(c.score, 9))
        if self.rerank is not None and len(ranked) > 1 and cfg.w_reader > 0:
            ranked = self.reread(qa.text, ranked)
        return ranked

    def reread(self, question: str, ranked: list[Candidate]) -> list[Candidate]:
        """The trained reader's say on the top `reader_top_k` candidates: each loses `w_reader` times
        its gap to the reader's favourite among them. No score rises, so a quote is never shown that
        the lexical score would have refused (bench/dev/diagnose.py --trained-reader measures it)."""
        head = ranked[: self.cfg.reader_top_k]
        said = np.asarray(self.rerank(question, [c.text for c in head]), dtype=np.float32)
        for c, x in zip(head, said):
            c.score -= self.cfg.w_reader * float(said.max() - x)
        return sorted(ranked, key=lambda c: -c.score)


_SUBJECT = re.compile(r"^\s*(?:\(?\d+(?:\.\d+)*\)?\.?\s+)?(.{3,80}?)\s+(?:is|are|means|costs?|will\s+be|shall\s+be)\b", re.I | re.S)


# a branch for those a case is not: "for adults who are not of Black African or African-Caribbean family origin"
_NOT_THOSE = re.compile(r"\b(?:who|that|which)\s+(?:are|is|were|was|have|has)\s+not\s+((?:[\w'-]+\s+){0,6}[\w'-]+)", re.I)


def not_the_case(text: str, asked: set[str]) -> bool:
    """The sentence's branch is for those who are not what the question's case is: two or more of the
    question's words describe whom it leaves out."""
    for m in _NOT_THOSE.finditer(text):
        words = terms(m.group(1).replace("-", " ")).words
        if len(words & asked) >= 2:
            return True
    return False


_SHE = re.compile(r"\b(?:she|her|hers|herself|daughters?|sisters?|wife|mum|mother|girls?|granddaughter|niece|woman|women|lady)\b", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself|sons?|brothers?|husband|dad|father|boys?|grandson|nephew|man|men)\b", re.I)


def sex_words(question: str) -> set[str]:
    """A table's column for the case's sex ("Girls", "Women", "Female") when the question says only one."""
    she, he = bool(_SHE.search(question)), bool(_HE.search(question))
    return set() if she == he else {stem(w) for w in ("girls women woman female" if she else "boys men man male").split()}


def sentence_subject(text: str) -> set[str]:
    """Stems of what a sentence is about when it says "X is ...": "3.2 The final date for payment is 14
    days after ..." -> final, date, payment. Empty when it does not open so."""
    m = _SUBJECT.match(strip_label(text).splitlines()[-1] if text.strip() else text)
    return terms(m.group(1)).words if m and "," not in m.group(1) else set()


_OWN_ACT = re.compile(r"\b(?:if|when|once)\s+(?:i|we)\s+(?:have\s+to\s+|need\s+to\s+|want\s+to\s+|decide\s+to\s+)?([a-z]{4,})\b", re.I)
_TABLE_NAME = re.compile(r"\b([a-z]+)\s+(?:table|chart|grid)\b", re.I)
_SAYS_FREE = re.compile(r"\b(?:no\s+(?:charge|fee|cost)|free\s+of\s+charge|without\s+(?:charge|cost)|not\s+charged|nothing\s+to\s+pay|"
                        r"full\s+refund|refund(?:ed)?\s+(?:\w+\s+){0,3}?in\s+full|free)\b", re.I)
_SETS_SCOPE = re.compile(r"\b(?:appl(?:y|ies)|covers?|intended|suitable|licensed)\b", re.I)
_TIME_ACTION = re.compile(r"\bhow\s+(?:long|many\s+days|many\s+weeks|much\s+time|soon)\s+(?:do|does|did|will|would|have|has|is|are)?"
                          r"\s*(?:\w+\s+){0,2}?(?:have|get|got)\s+to\s+([a-z]+)", re.I)


def time_action(question: str) -> str:
    """The act a time limit is asked for: "How long do we have to object ..." -> "object" (stemmed)."""
    m = _TIME_ACTION.search(question)
    if not m:
        return ""
    w = stem(m.group(1).lower())
    return "" if w in QUESTION_WORDS else w


def compound_parts_dropped(words: set[str]) -> set[str]:
    """A hyphenated word is one word: "sub-processor" gives the stems sub, processor and subprocessor,
    and only the joined one is weighed (not three times the weight of "object")."""
    parts = {a for a in words for b in words if a != b and len(b) > len(a) + 1
             and (b.startswith(a) and b[len(a):] in words or b.endswith(a) and b[: -len(a)] in words)}
    return words - parts


def same_quantity(q: Terms, s: Terms) -> set[str]:
    """The numbers of `s` that may be the question's: where both give the number a unit, the same
    unit ("a 12 year old" is not "12 hours")."""
    out = set()
    for n in q.numbers & s.numbers:
        q_units = {u for m, u in q.quantities if m == n}
        s_units = {u for m, u in s.quantities if m == n}
        if not q_units or not s_units or q_units & s_units:
            out.add(n)
    return out


def row_holds(values: list[Value], row: str, above: str = "") -> bool:
    """A table row states a band that holds a measured value of the case: of the value's unit, or a
    closed band without one whose cell names that unit before it ("Capillary blood glucose (mmol/L)
    12.1 - 16.0" for glucose 14.2 mmol/L, not for "18 units of insulin a day"); an open band ("Below
    70") or a value without a unit (a score, a ratio) could be any column's. A bare row ("60.0 - 79.9
    3 mL") takes its unit from the text `above` it (the table's headings)."""
    def cell_names(v: Value, b) -> bool:
        cell = row[: b.start].rsplit(",", 1)[-1].lower()
        if not re.search(r"[a-z]", cell):
            cell = above[-300:].lower()
        return bool(v.unit) and v.unit.lower() in cell

    return any(v.unit is not None and b.holds(v.number) and (b.unit == v.unit or (
        b.unit is None and b.low is not None and b.high is not None and cell_names(v, b)))
        for v in values for b in text_bands(row))
