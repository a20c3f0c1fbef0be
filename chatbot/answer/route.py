"""Which document a question names: match its names, types and periods against the documents'
identities (ingest/identity.py, kept in the index manifest).

    route_query("What was Acme's net revenue in fiscal 2023?", documents)
    -> Route(how="filtered", documents=[acme 10-K 2023], named=["acme", "2023"], missing="")

1. Names: each document's name words (company, parties, product, title, file name, minus generic
   words) are weighted by rarity across the estate (idf: "acme" names 3 reports of 90, "street" half
   the leases), and by how much of the word's use is inside the documents it names: "Property" in
   "Northgate Property Limited" names one lease, but most chunks that say "property" are other
   documents' balance sheets, so it weighs little; "Borealis" occurs only in Borealis's reports.
   The documents scoring at least RELATIVE of the best score are the named ones; a best score below
   the weight of a word held by half the documents names nothing.
2. Type ("the 10-K", "under the lease") narrows the named documents to that type when some have it.
3. Period ("fiscal 2022", "FY22", "Q3") narrows them to that year/quarter when they are periodic
   reports or span several years; none left means the named document is not in the index: `missing`
   says so and the named company's other documents are still searched (ranked first).
4. One document left -> "filtered" (only its chunks are searched); several -> "boosted" (their
   chunks rank first, the rest stay); none named -> "none", unless a type alone picks out a few
   documents (boosted) or the question names, beside a type or period, a capitalised name that occurs
   nowhere in the index (`missing`: "no document in the index names Zenith").
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ingest.identity import DOC_NOUNS, name_words, proper_names, query_periods, query_types

# a document is named when its matched words weigh at least one word held by half the documents
# (idf = log((n + 1) / df)): "acme" among 3 of 90 reports names them, "street" in half the leases does not
RELATIVE = 0.75  # documents within this fraction of the best name score are named too
PERIODIC = {"annual report", "quarterly report", "earnings release"}
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'\-]*")


@dataclass
class DocumentRef:
    """One indexed document, as routing sees it."""

    key: tuple[str, str]  # (root, source)
    source: str
    identity: dict
    words: set[str] = field(default_factory=set)  # name words (ingest.identity.name_words)
    proper: set[str] = field(default_factory=set)  # of company / parties / product alone
    collection: str = "default"
    chunks: int = 0  # how many chunks it has in the index

    @classmethod
    def make(cls, root: str, source: str, identity: dict, collection: str = "default", chunks: int = 0) -> "DocumentRef":
        return cls((root, source), source, identity, name_words(identity, source), proper_names(identity),
                   collection, chunks)

    def card(self) -> dict:
        """The small dict shown with hits and citations."""
        i = self.identity
        out = {"source": self.source, "title": i.get("title", ""), "type": i.get("doc_type", ""),
               "period": i.get("period", "")}
        if i.get("company"):
            out["company"] = i["company"]
        if i.get("parties"):
            out["parties"] = list(i["parties"])
        if i.get("product"):
            out["product"] = i["product"]
        if i.get("date"):
            out["date"] = i["date"]
        return out


@dataclass
class Route:
    """How a question was routed: read it from `Retriever.search(...).routed`."""

    how: str = "none"  # none | filtered (only `documents` searched) | boosted (`documents` ranked first)
    documents: list[DocumentRef] = field(default_factory=list)
    named: list[str] = field(default_factory=list)  # the question's words, types and periods that matched
    missing: str = ""  # the question names a document the index does not hold (say so in the answer)
    everyday: bool = False  # named only by everyday words: trusted when the unrouted search agrees

    def to_dict(self) -> dict:
        return {"how": self.how, "documents": [d.card() for d in self.documents], "named": self.named,
                "missing": self.missing}


def question_words(query: str) -> set[str]:
    out = set()
    for w in _WORD.findall(query.lower()):
        w = w.strip("'-")
        if w.endswith("'s"):
            w = w[:-2]
        out.add(w)
    return out


def _matches_period(identity: dict, years: set[int], quarter: int | None) -> bool:
    """Covers one of the years asked (fiscal or calendar) and, when a quarter is asked, is that quarter's
    report or a document with no quarter (an annual report)."""
    if years and not ({identity.get("fiscal_year"), identity.get("year")} & years):
        return False
    return quarter is None or identity.get("quarter") in (None, quarter)


def _label(docs: list[DocumentRef]) -> str:
    i = docs[0].identity
    return i.get("company") or " and ".join(i.get("parties") or []) or i.get("product") or i.get("title") or docs[0].source


_LINK_WORDS = frozenset("the of our my your his her their this that a an".split())


def ordinary_words(query: str, lexicon: frozenset[str]) -> set[str]:
    """The question's everyday English words that are not part of a name: in `lexicon`, never
    capitalised past a sentence's first word, and not next to a document noun ("home blood pressure
    readings" names no "HomeGuard Home Insurance"; "the home insurance policy" may)."""
    if not lexicon:
        return set()
    tokens = [(m.group(0), m.start()) for m in _WORD.finditer(query)]
    out, named = set(), set()
    for k, (w, start) in enumerate(tokens):
        low = w.lower().removesuffix("'s")
        sentence_start = k == 0 or query[:start].rstrip()[-1:] in ".?!:;"
        if w[:1].isupper() and not sentence_start:
            named.add(low)
            continue
        if low not in lexicon:
            continue
        near = [t.lower() for t, _ in tokens[max(0, k - 2): k + 3] if t.lower() not in _LINK_WORDS]
        if any(DOC_NOUNS.fullmatch(t) for t in near if t != low):
            continue
        out.add(low)
    return out - named


def route_query(query: str, documents: list[DocumentRef], known_word=lambda w: True, chunk_count=None,
                lexicon: frozenset[str] = frozenset()) -> Route:
    """The Route for `query` over `documents` (those the search may see). `known_word(w)` says whether
    a word occurs anywhere in the index (detects a named company the index lacks); `chunk_count(w)`,
    in how many chunks of the index it occurs (None: not known, every name word weighs its idf);
    `lexicon`, everyday English words: one of them in lower case names no document by itself."""
    if not documents:
        return Route()
    qwords = question_words(query)
    years, quarter = query_periods(query)
    types = query_types(query)
    n = len(documents)
    df: dict[str, int] = {}
    for d in documents:
        for w in d.words & qwords:
            df[w] = df.get(w, 0) + 1
    idf = {w: math.log((n + 1) / c) for w, c in df.items()}
    if chunk_count is not None:  # a word used mostly outside the documents it names is a word, not a name
        for w in idf:
            inside = sum(d.chunks for d in documents if w in d.words)
            used = chunk_count(w)
            if used and inside:
                idf[w] *= min(1.0, inside / used)
    scores = [sum(idf[w] for w in d.words & qwords) for d in documents]
    best = max(scores)
    named_words = sorted({w for d, s in zip(documents, scores) if s >= RELATIVE * best and s > 0 for w in d.words & qwords})
    named_extra = sorted(types) + [str(y) for y in sorted(years)] + ([f"Q{quarter}"] if quarter else [])

    cands = [d for d, s in zip(documents, scores) if s >= RELATIVE * best]
    # a company, party or product named, not a title word, nor a name's everyday word written as one ("at
    # the marina" names no "Carrowmere Marina Ltd": "my boat policy" then asks of no missing policy of it)
    ordinary = ordinary_words(query, lexicon)
    by_name = any((d.proper & qwords) - ordinary for d in cands)
    if best > 0 and types and not by_name and not any(d.identity.get("doc_type") in types for d in cands):
        best = 0.0  # "the HT-400 unit under the supply contract": "unit" of a lease's title names nothing
    if best <= 0 or best < math.log((n + 1) / max(1, n // 2)) - 1e-9:  # no document named: a type alone may still pick out a few documents
        unknown = _unknown_name(query, known_word)
        if unknown and (types or years):
            return Route(named=[unknown] + named_extra,
                         missing=f"no document in the index names {unknown}")
        typed = [d for d in documents if d.identity.get("doc_type") in types]
        if typed and len(typed) < n:
            if years:
                typed = [d for d in typed if _matches_period(d.identity, years, quarter)] or typed
            return Route(how="boosted", documents=typed, named=named_extra)
        return Route()

    missing = ""
    if types:
        typed = [d for d in cands if d.identity.get("doc_type") in types]
        if typed:
            cands = typed
        elif not any(d.identity.get("doc_type") for d in cands):
            pass  # types unknown for these documents: keep them
        else:
            missing = f"no {' or '.join(sorted(types))} of {_label(cands)} in the index " \
                      f"(it holds: {', '.join(sorted({d.identity.get('doc_type') or 'document' for d in cands}))})"
    if (years or quarter) and not missing:
        distinct = {(d.identity.get("fiscal_year") or d.identity.get("year"), d.identity.get("quarter")) for d in cands}
        periodic = any(d.identity.get("doc_type") in PERIODIC for d in cands)
        if periodic or len(distinct) > 1:
            timed = [d for d in cands if _matches_period(d.identity, years, quarter)]
            if timed:
                cands = timed
            elif by_name or periodic:
                held = sorted({d.identity.get("period") or str(d.identity.get("year") or "?") for d in cands})
                what = f"{' or '.join(sorted(types)) or 'document'} of {_label(cands)}"
                asked = ", ".join([str(y) for y in sorted(years)] + ([f"Q{quarter}"] if quarter else []))
                missing = f"no {what} for {asked} in the index (it holds: {', '.join(held)})"
    how = "filtered" if len(cands) == 1 and not missing else "boosted"
    # named only by everyday words ("home" of "HomeGuard Home Insurance" in "home blood pressure readings"):
    # the search checks the documents are also among the unrouted hits before it trusts the route
    everyday = not types and bool(named_words) and set(named_words) <= ordinary
    return Route(how=how, documents=cands, named=named_words + named_extra, missing=missing, everyday=everyday)


_SKIP_CAPS = frozenset("what which who whom whose when where why how is are was were does do did can could should "
                       "would will the a an in on of for under per and or if i mr mrs ms dr".split()
                       + ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                          "january", "february", "march", "april", "june", "july", "august", "september", "october",
                          "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                          "sunday"])


def _unknown_name(query: str, known_word) -> str:
    """A capitalised word (not the question's first) that occurs nowhere in the index: a name the
    index lacks ("... the 2019 annual report of Zenith")."""
    words = _WORD.findall(query)
    for k, w in enumerate(words):
        base = w[:-2] if w.endswith("'s") else w
        if k == 0 or not base[:1].isupper() or base.lower() in _SKIP_CAPS or len(base) < 3 or not base.isalpha():
            continue  # (codes such as HT-400 or U&Es are not names)
        if base.isupper() and len(base) <= 4:
            continue  # acronyms (NDA, VAT, FY) are seldom names of documents
        if not known_word(base.lower()):
            return base
    return ""
