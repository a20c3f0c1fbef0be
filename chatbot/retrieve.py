"""Hybrid retrieval: dense (FAISS cosine) + keyword (BM25), fused with reciprocal rank fusion.

Dense search finds paraphrases; BM25 finds exact terms the embedder blurs (clause numbers, drug
codes, "4.5%"). RRF needs no score calibration: score = sum over retrievers of 1 / (rrf_k + rank).
"""
from __future__ import annotations

from typing import Any

import numpy as np

from core.config import DomainbotError, RetrieveConfig, Workspace
from core.schema import Hit
from ingest.index import Index, load_index, tokenize


def rrf_fuse(dense: list[tuple[int, float]], keyword: list[tuple[int, float]], rrf_k: int) -> list[tuple[int, float]]:
    """Reciprocal-rank fusion of two ranked (row, score) lists: (row, sum of 1 / (rrf_k + rank)),
    best first; ties (a row only one retriever found) broken by the dense score, then by row."""
    fused: dict[int, float] = {}
    for results in (dense, keyword):
        for rank, (i, _) in enumerate(results, 1):
            fused[i] = fused.get(i, 0.0) + 1.0 / (rrf_k + rank)
    dense_score = dict(dense)
    return sorted(fused.items(), key=lambda t: (-t[1], -dense_score.get(t[0], -1.0), t[0]))

class Retriever:
    def __init__(self, index: Index, cfg: RetrieveConfig | None = None, embedder=None):
        self.index = index
        self.cfg = cfg or RetrieveConfig()
        self._embedder = embedder
        self._collections: dict[str, int] | None = None
        self._rows: dict[tuple, np.ndarray] = {}

    @property
    def chunks(self):
        return self.index.chunks

    @property
    def embedder(self):
        """The embedder the index was built with (same model and quantisation, else cosines drift)."""
        if self._embedder is None:
            from ingest.embed import load_embedder

            m = self.index.manifest
            self._embedder = load_embedder(m["embedder"], bool(m.get("quantize", True)), m.get("embed_engine", "torch"))
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

    def dense_candidates(self, qvec: np.ndarray, n: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The n rows closest to qvec; with `rows`, only those are searched (filtered before ranking)."""
        n = min(n, len(self.chunks) if rows is None else len(rows))
        if n <= 0:
            return []
        return self.index.search_dense(qvec, n, rows)

    def bm25_candidates(self, query: str, n: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The n best BM25 rows (each index segment scores with its own term statistics: Index.bm25_scores)."""
        tokens = tokenize(query)
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

    def search(self, query: str, k: int | None = None, mode: str | None = None,
               collections=None) -> list[Hit]:
        """The k best chunks for `query`, searched only within `collections` when given."""
        k = k or self.cfg.k
        mode = mode or self.cfg.mode
        if mode not in ("hybrid", "dense", "bm25"):
            raise ValueError(f"mode must be hybrid, dense or bm25, not {mode!r}")
        if not self.chunks or not query.strip():
            return []
        rows = self.allowed_rows(collections)
        if rows is not None and not len(rows):
            return []
        n_cand = max(self.cfg.candidates, k)
        qvec = self.embed_query(query)
        dense = self.dense_candidates(qvec, n_cand, rows) if mode in ("hybrid", "dense") else []
        keyword = self.bm25_candidates(query, n_cand, rows) if mode in ("hybrid", "bm25") else []
        dense_score = dict(dense)
        bm25_score = dict(keyword)
        if mode == "dense":
            ranked = dense
        elif mode == "bm25":
            ranked = keyword
        else:
            ranked = rrf_fuse(dense, keyword, self.cfg.rrf_k)
        hits = []
        for rank, (i, score) in enumerate(ranked[:k], 1):
            cos = dense_score.get(i)
            if cos is None:  # came from BM25 only: the cosine is still useful (answer refusal threshold)
                cos = float(self.index.vector(i) @ qvec)
            hits.append(
                Hit(chunk=self.chunks[i], score=float(score), rank=rank, dense_score=cos, bm25_score=bm25_score.get(i))
            )
        return hits

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
    """A retriever over the live index (chatbot.runtime.Runtime keeps one and reloads it when a new
    index goes live)."""
    return Retriever(load_index(ws), cfg or RetrieveConfig())  # DomainbotError "no index ... run `domainbot ingest`"
