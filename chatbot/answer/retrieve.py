"""Hybrid retrieval: dense (FAISS cosine) + keyword (BM25), fused with reciprocal rank fusion.

Dense search finds paraphrases; BM25 finds exact terms the embedder blurs (clause numbers, drug
codes, "4.5%"). RRF needs no score calibration: score = sum over retrievers of 1 / (rrf_k + rank).

In an estate of many similar documents a question usually names the one it is about ("Acme's
revenue in fiscal 2023", "the lease of Unit 4B"): with RetrieveConfig.route, chatbot/answer/route.py matches
the question against the documents' identities first; one match -> only that document is searched,
several -> their passages get a second fused ranking on top of the global one (so they rank first and
the others stay). `search` returns a list of hits whose `.routed` says what was searched and whose
`.missing` says when the named document is not in the index.
"""
from __future__ import annotations

import re
from typing import Any

import numpy as np

from chatbot.answer.route import DocumentRef, Route, route_query
from chatbot.answer.spelling import english_words
from core.config import DomainbotError, RetrieveConfig, Workspace
from core.schema import Hit
from core.text import keyword_tokens
from ingest.clean import is_table_row
from ingest.index import Index, load_index


class SearchResult(list):
    """The hits, best first (a plain list to every caller), plus how the question was routed."""

    routed: Route | None = None

    @property
    def missing(self) -> str:
        """A note when the question names a document the index does not hold ("" otherwise)."""
        return self.routed.missing if self.routed else ""


def rrf_fuse(dense: list[tuple[int, float]], keyword: list[tuple[int, float]], rrf_k: int) -> list[tuple[int, float]]:
    """Reciprocal-rank fusion of two ranked (row, score) lists: (row, sum of 1 / (rrf_k + rank)),
    best first; ties (a row only one retriever found) broken by the dense score, then by row."""
    fused: dict[int, float] = {}
    for results in (dense, keyword):
        for rank, (i, _) in enumerate(results, 1):
            fused[i] = fused.get(i, 0.0) + 1.0 / (rrf_k + rank)
    dense_score = dict(dense)
    return sorted(fused.items(), key=lambda t: (-t[1], -dense_score.get(t[0], -1.0), t[0]))

_ROW_LABEL = re.compile(r"^(.*?[A-Za-z].*?)\s+[(\-–]?[£$€]?\d")  # the words before a row's first numeric cell


def row_labels(text: str) -> list[list[str]]:
    """The keyword tokens of each table row's label in `text` ("Cash and cash equivalents 41,925 31,013"
    -> ["cash", "cash", "equivalents"]); a label must be specific: two tokens or one of 6+ letters."""
    out = []
    for line in text.split("\n"):
        if is_table_row(line):
            m = _ROW_LABEL.match(line.strip())
            tokens = keyword_tokens(m.group(1)) if m else []
            if len(tokens) >= 2 or (len(tokens) == 1 and len(tokens[0]) >= 6 and tokens[0].isalpha()):
                out.append(tokens)
    return out


def names_a_row(query_tokens: set[str], text: str) -> bool:
    """Whether the question names a table row of `text` (every word of the row's label is in it)."""
    return any(set(label) <= query_tokens for label in row_labels(text))


class Retriever:
    def __init__(self, index: Index, cfg: RetrieveConfig | None = None, embedder=None):
        self.index = index
        self.cfg = cfg or RetrieveConfig()
        self._embedder = embedder
        self._collections: dict[str, int] | None = None
        self._rows: dict[tuple, np.ndarray] = {}
        self._documents: list[DocumentRef] | None = None
        self._doc_rows: dict[tuple[str, str], np.ndarray] | None = None
        self._routed_rows: dict[tuple, np.ndarray] = {}  # (document keys, id of the collection rows) -> rows

    @property
    def chunks(self):
        return self.index.chunks

    def vocabulary(self) -> dict[str, int]:
        """Every keyword of the index -> how many chunks use it (the speller reads questions against it)."""
        vocab: dict[str, int] = {}
        for seg in self.index.segments:
            for word, n in seg.keyword_vocabulary().items():
                vocab[word] = vocab.get(word, 0) + n
        return vocab

    @property
    def embedder(self):
        """The embedder the index was built with (same model and quantisation, else cosines drift)."""
        if self._embedder is None:
            from ingest.embed import load_embedder

            m = self.index.manifest
            self._embedder = load_embedder(m.embedder, True if m.quantize is None else m.quantize, m.embed_engine)
        return self._embedder

    def embed_query(self, query: str) -> np.ndarray:
        return self.embedder.encode([query])[0]

    @property
    def collections(self) -> dict[str, int]:
        """Collection name -> number of chunks in it."""
        if self._collections is None:
            counts: dict[str, int] = {}
            for c in self.chunks:
                counts[c.collection] = counts.get(c.collection, 0) + 1
            self._collections = counts
        return self._collections

    def allowed_rows(self, collections) -> np.ndarray | None:
        """Row ids of the chunks in `collections` (None: no restriction). An unknown name is an error,
        never "everything": a typo must not widen what a search may see."""
        if collections is None:
            return None
        wanted = tuple(sorted(set(collections)))
        unknown = [c for c in wanted if c not in self.collections]
        if unknown:
            known = ", ".join(sorted(self.collections)) or "none"
            raise DomainbotError(f"unknown collection {unknown[0]!r} (this index has: {known})")
        if wanted not in self._rows:
            allowed = set(wanted)
            self._rows[wanted] = np.array([i for i, c in enumerate(self.chunks) if c.collection in allowed],
                                          dtype=np.int64)
        return self._rows[wanted]

    @property
    def documents(self) -> list[DocumentRef]:
        """The indexed documents with their identities (from the manifest), in row order."""
        if self._documents is None:
            files = self.index.manifest.files
            seen: dict[tuple[str, str], DocumentRef] = {}
            for c in self.chunks:
                key = (c.root, c.source)
                if key not in seen:
                    identity = files.get(c.root, {}).get(c.source, {}).get("identity") or {}
                    seen[key] = DocumentRef.make(c.root, c.source, identity, c.collection)
                seen[key].chunks += 1
            self._documents = list(seen.values())
        return self._documents

    def document_rows(self, docs: list[DocumentRef], rows: np.ndarray | None = None) -> np.ndarray:
        """Row ids of the chunks of `docs`, within `rows` when given. The same documents give the same
        array object, so the index's per-array search filters are built once, not per question."""
        key = (tuple(sorted(d.key for d in docs)), None if rows is None else id(rows))
        cached = self._routed_rows.get(key)
        if cached is not None:
            return cached
        if len(self._routed_rows) >= 64:
            self._routed_rows.pop(next(iter(self._routed_rows)))
        self._routed_rows[key] = self._document_rows(docs, rows)
        return self._routed_rows[key]

    def _document_rows(self, docs: list[DocumentRef], rows: np.ndarray | None) -> np.ndarray:
        if self._doc_rows is None:
            by_doc: dict[tuple[str, str], list[int]] = {}
            for i, c in enumerate(self.chunks):
                by_doc.setdefault((c.root, c.source), []).append(i)
            self._doc_rows = {k: np.array(v, dtype=np.int64) for k, v in by_doc.items()}
        picked = np.unique(np.concatenate([self._doc_rows.get(d.key, np.zeros(0, np.int64)) for d in docs]
                                          or [np.zeros(0, np.int64)]))
        return picked if rows is None else np.intersect1d(picked, rows)

    def _known_word(self, word: str) -> bool:
        """Whether `word` occurs anywhere in the index (its keyword vocabulary)."""
        tokens = keyword_tokens(word)
        return not tokens or any(seg.bm25 is not None and t in seg.bm25.vocab_dict
                                 for seg in self.index.segments for t in tokens)

    def _chunk_count(self, word: str) -> int:
        """In how many chunks `word` occurs (from the keyword index's postings; deleted rows included)."""
        return sum(seg.keyword_count(token) for token in keyword_tokens(word)[:1] for seg in self.index.segments)

    def route(self, query: str, collections=None) -> Route:
        """Which documents `query` names, among those in `collections` (chatbot/answer/route.py)."""
        allowed = None if collections is None else set(collections)
        docs = [d for d in self.documents if allowed is None or d.collection in allowed]
        return route_query(query, docs, self._known_word, self._chunk_count, english_words())

    def dense_candidates(self, qvec: np.ndarray, n: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The n rows closest to qvec; with `rows`, only those are searched (filtered before ranking)."""
        n = min(n, len(self.chunks) if rows is None else len(rows))
        if n <= 0:
            return []
        return self.index.search_dense(qvec, n, rows)

    def bm25_candidates(self, query: str, n: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The n best BM25 rows (each index segment scores with its own term statistics: Index.bm25_scores)."""
        tokens = keyword_tokens(query)
        if not tokens:
            return []
        scores = self.index.bm25_scores(tokens)
        if not len(scores):
            return []
        if rows is not None:
            masked = np.full_like(scores, -1.0)
            masked[rows] = scores[rows]
            scores = masked
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def _ranked(self, query: str, qvec: np.ndarray, mode: str, n_cand: int, rows) -> tuple[list, dict, dict]:
        """(ranked (row, score), dense scores, bm25 scores) of one search within `rows`."""
        dense = self.dense_candidates(qvec, n_cand, rows) if mode in ("hybrid", "dense") else []
        keyword = self.bm25_candidates(query, n_cand, rows) if mode in ("hybrid", "bm25") else []
        if mode == "dense":
            ranked = dense
        elif mode == "bm25":
            ranked = keyword
        else:
            ranked = rrf_fuse(dense, keyword, self.cfg.rrf_k)
        return ranked, dict(dense), dict(keyword)

    def search(self, query: str, k: int | None = None, mode: str | None = None,
               collections=None) -> SearchResult:
        """The k best chunks for `query`, searched only within `collections` when given. The result is
        a list of hits; its `.routed` (a Route) says which documents the question named and were
        searched, `.missing` when it names one the index lacks."""
        k = k or self.cfg.k
        mode = mode or self.cfg.mode
        if mode not in ("hybrid", "dense", "bm25"):
            raise ValueError(f"mode must be hybrid, dense or bm25, not {mode!r}")
        result = SearchResult()
        if not self.chunks or not query.strip():
            return result
        rows = self.allowed_rows(collections)
        if rows is not None and not len(rows):
            return result
        route = self.route(query, collections) if self.cfg.route else Route()
        n_cand = max(self.cfg.candidates, k)
        qvec = self.embed_query(query)
        unrouted = None
        if route.everyday and route.how != "none":
            # named by everyday words only: trusted when the best unrouted hit is in a named document
            unrouted = self._ranked(query, qvec, mode, n_cand, rows)
            best = unrouted[0][:1]
            if best and (self.chunks[best[0][0]].root, self.chunks[best[0][0]].source) not in {d.key for d in route.documents}:
                route = Route()
        result.routed = route
        if route.how == "filtered":
            rows, unrouted = self.document_rows(route.documents, rows), None
        # the unrouted search of the check above is this search unless the route filters
        ranked, dense_score, bm25_score = unrouted or self._ranked(query, qvec, mode, n_cand, rows)
        if route.how == "boosted":
            # the named documents' own ranking is added on top: their passages rank first, others stay
            boosted, d2, b2 = self._ranked(query, qvec, mode, n_cand, self.document_rows(route.documents, rows))
            fused = dict(ranked) if mode == "hybrid" else {i: 1.0 / (self.cfg.rrf_k + r) for r, (i, _) in enumerate(ranked, 1)}
            for rank, (i, _) in enumerate(boosted, 1):
                fused[i] = fused.get(i, 0.0) + 1.0 / (self.cfg.rrf_k + rank)
            dense_score, bm25_score = {**d2, **dense_score}, {**b2, **bm25_score}
            ranked = sorted(fused.items(), key=lambda t: (-t[1], -dense_score.get(t[0], -1.0), t[0]))
        if self.cfg.table_rows and ranked:
            # a line item named in the question ("capital expenditures", "year 2") lifts the passages
            # whose table has that row: statements and schedules repeat the same words in prose
            qtokens = set(keyword_tokens(query))
            top = ranked[: max(2 * k, 10)]
            bonus = 0.5 / (self.cfg.rrf_k + 1)
            lifted = [(i, s + bonus if names_a_row(qtokens, self.chunks[i].text) else s) for i, s in top]
            ranked = sorted(lifted, key=lambda t: (-t[1], -dense_score.get(t[0], -1.0), t[0])) + ranked[len(top):]
        cards = {d.key: d.card() for d in self.documents if d.identity}
        hits = result
        for rank, (i, score) in enumerate(ranked[:k], 1):
            cos = dense_score.get(i)
            if cos is None:  # came from BM25 only: the cosine is still useful (answer refusal threshold)
                cos = float(self.index.vector(i) @ qvec)
            c = self.chunks[i]
            hits.append(Hit(chunk=c, score=float(score), rank=rank, dense_score=cos, bm25_score=bm25_score.get(i),
                            document=cards.get((c.root, c.source))))
        return hits

    def search_rows(self, queries: list[str], n: int) -> list[list[int]]:
        """Rows of the top-n hybrid results of each query, as `search` fuses them (same RRF), without
        routing, table-row lift or collection scope. All queries are embedded in one call: ~5x
        faster than a `search` each (pairs search every generated question)."""
        if not queries:
            return []
        qvecs = self.embedder.encode(queries, batch_size=128)
        cand = max(self.cfg.candidates, n)
        return [[i for i, _ in rrf_fuse(self.dense_candidates(v, cand), self.bm25_candidates(q, cand), self.cfg.rrf_k)[:n]]
                for q, v in zip(queries, qvecs)]

    def as_langchain(self, k: int | None = None, mode: str | None = None, collections: list[str] | None = None):
        """A langchain_core BaseRetriever over this index (Documents carry source/page/section/score);
        `collections` scopes it like `search` does (an unknown name is an error)."""
        if collections is not None:
            self.allowed_rows(collections)  # fail now, not at the first query
        return _make_langchain_retriever(self, k or self.cfg.k, mode or self.cfg.mode, collections)


def _make_langchain_retriever(retriever: Retriever, k: int, mode: str, collections: list[str] | None = None):
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever

    class DomainbotRetriever(BaseRetriever):
        retriever: Any
        k: int = 4
        mode: str = "hybrid"
        collections: list[str] | None = None

        def _get_relevant_documents(self, query: str, *, run_manager=None) -> list[Document]:
            docs = []
            for h in self.retriever.search(query, k=self.k, mode=self.mode, collections=self.collections):
                c = h.chunk
                meta = {
                    "collection": c.collection,
                    "source": c.source,
                    "page": c.page,
                    "page_end": c.page_end,
                    "section": c.section,
                    "score": h.score,
                    "dense_score": h.dense_score,
                    "chunk_id": c.chunk_id,
                }
                docs.append(Document(page_content=c.text, metadata=meta))
            return docs

    return DomainbotRetriever(retriever=retriever, k=k, mode=mode, collections=list(collections) if collections else None)


def load_retriever(ws: Workspace, cfg: RetrieveConfig | None = None) -> Retriever:
    """A retriever over the live index (chatbot.models.runtime.Runtime keeps one and reloads it when a new
    index goes live)."""
    return Retriever(load_index(ws), cfg or RetrieveConfig())  # DomainbotError "no index ... run `domainbot ingest`"
