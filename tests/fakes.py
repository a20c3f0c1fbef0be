"""The stand-ins tests put at the answer layer's seams (chatbot/answer/seams.py), one of each.

FakeRetriever ranks chunks by shared content words, FakeGenerator yields canned pieces and records
what it was asked, FakeEngine answers without retrieval or a model. tests/chatbot/answer/test_seams.py checks that
they satisfy the Protocols the production code calls.
"""
from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter
from typing import Callable, Iterable, Sequence

import numpy as np

from chatbot.answer.engine import Answer, Citation, Event, figure_fields
from chatbot.answer.prompt import content_words
from chatbot.answer.retrieve import SearchResult
from chatbot.models.names import ModelNames
from core.config import AnswerConfig, DomainbotError, Workspace
from core.schema import Chunk, Hit


class FakeEmbedder:
    """Deterministic bag-of-words vectors (hashed), L2-normalised: identical word sets -> cosine 1."""

    dim = 256

    def __init__(self):
        self.calls = 0

    def encode(self, texts, batch_size=64, show_progress=False):
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in content_words(t):
                out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


class FakeRetriever:
    """Ranks `chunks` by content-word overlap (ties: the shorter passage first, as a cosine would,
    then the chunk id); only chunks sharing a word are found, unless `unmatched` (then the others
    follow, as distractors for pairs). dense_score is the share of query words matched, or `dense`
    for every hit; `routed` (a Route) is put on every result.

    `ranking`, a function of the query giving chunks best first, replaces the word overlap (a test
    that decides what is found); its hits score 1/rank and `dense` (0.6 unless given)."""

    def __init__(self, chunks: list[Chunk], dense: float | None = None, routed=None, unmatched: bool = False,
                 ranking: Callable[[str], list[Chunk]] | None = None):
        self.chunks = list(chunks)
        self.dense = dense
        self.routed = routed
        self.unmatched = unmatched
        self.ranking = ranking
        self.embedder = FakeEmbedder()  # pairs dedup questions with it
        self.calls: list[tuple[str, int | None]] = []  # every search: (query, k)

    def vocabulary(self) -> dict[str, int]:
        return Counter(w for c in self.chunks for w in set(re.findall(r"[a-z]+", c.text.lower())))

    @property
    def collections(self) -> dict[str, int]:
        return dict(Counter(c.collection for c in self.chunks))

    @property
    def queries(self) -> list[str]:
        return [q for q, _ in self.calls]

    def allowed_rows(self, collections):
        if collections is None:
            return None
        known = {c.collection for c in self.chunks}
        unknown = sorted(set(collections) - known)
        if unknown:
            raise DomainbotError(f"unknown collection {unknown[0]!r} (this index has: {', '.join(sorted(known))})")
        return np.array([i for i, c in enumerate(self.chunks) if c.collection in set(collections)], dtype=np.int64)

    def search_rows(self, queries, n):
        row = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        return [[row[h.chunk.chunk_id] for h in self.search(q, k=n)] for q in queries]

    def search(self, query, k=None, mode=None, collections=None) -> SearchResult:
        self.calls.append((query, k))
        rows = self.allowed_rows(collections)
        if self.ranking is not None:
            dense = 0.6 if self.dense is None else self.dense
            found = SearchResult(Hit(c, score=1 / i, rank=i, dense_score=dense)
                                 for i, c in enumerate(self.ranking(query)[: k or 3], 1))
            found.routed = self.routed
            return found
        pool = self.chunks if rows is None else [self.chunks[i] for i in rows]
        q = content_words(query)
        shared = {c.chunk_id: len(q & content_words(c.text)) for c in pool}
        ranked = sorted((c for c in pool if shared[c.chunk_id] or self.unmatched),
                        key=lambda c: (-shared[c.chunk_id], len(content_words(c.text)), c.chunk_id))[: k or 4]
        found = SearchResult(
            Hit(c, score=shared[c.chunk_id] / 10, rank=i,
                dense_score=self.dense if self.dense is not None else shared[c.chunk_id] / max(len(q), 1))
            for i, c in enumerate(ranked, 1))
        found.routed = self.routed
        return found


class FakeGenerator(ModelNames):
    """Yields `tokens` (the canned pieces) for every request, or what `tokens(messages, use_adapter)`
    gives when it is a function, and records each request in `calls`. Named "<base_name>+default"
    with an adapter; count_tokens counts the pieces the last request took."""

    def __init__(self, tokens: Sequence[str] | Callable[[list[dict], bool], Iterable[str]] = (),
                 has_adapter: bool = True, base_name: str = "Fake-135M"):
        self.tokens = tokens if callable(tokens) else list(tokens)
        self.base_name = base_name
        self.adapter_name = "default" if has_adapter else None
        self.calls: list[dict] = []
        self.pieces_taken = 0

    def stream(self, messages, max_new_tokens=160, temperature=0.0, use_adapter=True):
        self.calls.append({"messages": messages, "max_new_tokens": max_new_tokens, "use_adapter": use_adapter})
        self.pieces_taken = 0
        for piece in (self.tokens(messages, use_adapter) if callable(self.tokens) else self.tokens):
            self.pieces_taken += 1
            yield piece

    def generate(self, messages, max_new_tokens=160, temperature=0.0, use_adapter=True) -> str:
        return "".join(self.stream(messages, max_new_tokens, temperature, use_adapter))

    def count_tokens(self, text: str) -> int:
        return self.pieces_taken


LEASE_TOKENS = ["Either party ", "may terminate ", "with 30 days' ", "written notice [1]."]
LEASE_CLAUSE = "Either party may terminate this lease with 30 days' written notice."


class FakeEngine:
    """The answer interface (stream / answer) without retrieval or a model; serialises like the real one.

    With `chunks` it quotes the best sentence of the chunk sharing most words with the question, with
    a [1] marker (the app tests: answers from the workspace's own chunks). Without, it streams
    `tokens` with one fixed lease citation (the API tests). `block`: requests wait for it (held in
    flight); a question containing "explode" raises, as a crashing engine would."""

    def __init__(self, chunks: list[Chunk] | None = None, tokens=LEASE_TOKENS, block: threading.Event | None = None,
                 generator: FakeGenerator | None = None):
        self.chunks = chunks
        self.tokens = list(tokens)
        self.block = block
        self.generator = generator or FakeGenerator(base_name="fake-135M")
        lease = Chunk(chunk_id="ab12cd34ef56:3:0", source="legal/lease.pdf", page=3, page_end=4, start=0, end=68,
                      section="12. Termination", text=LEASE_CLAUSE, sha256="f00d" * 16)
        self.retriever = FakeRetriever(chunks if chunks is not None else [lease])  # the API asks its collections
        self.calls: list[dict] = []  # every request: question, history, cfg
        self.lock = threading.Lock()

    @classmethod
    def from_workspace(cls, ws: Workspace) -> "FakeEngine":
        """Answers from the chunks of the workspace's live index (what `domainbot chat` would load)."""
        return cls(read_chunks(ws))

    def _make(self, question: str, cfg: AnswerConfig) -> Answer:
        if "explode" in question:
            raise RuntimeError("secret document text must not reach the log")
        model = self.generator.model_name(cfg.use_adapter)
        if self.chunks is None:
            cite = Citation(n=1, source="legal/lease.pdf", page=3, section="12. Termination", text=LEASE_CLAUSE,
                            quote=LEASE_CLAUSE, score=0.83, chunk_id="ab12cd34ef56:3:0", page_end=4, spans=[[0, 68]],
                            sha256="f00d" * 16)
            return Answer(answer="".join(self.tokens), citations=[cite], model=model, latency_s=0.01,
                          question=question, mode="generated", verified=True,
                          dropped=[{"text": "A sentence no passage supports.", "reason": "9 is not in the passage"}])
        q = content_words(question)
        best = sorted(self.chunks, key=lambda c: -len(q & content_words(c.text)))[0]
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", best.text) if s.strip()]
        quote = max(sentences, key=lambda s: len(q & content_words(s)))
        citation = Citation(n=1, source=best.source, page=best.page, section=best.section, text=best.text,
                            quote=quote, score=0.87, chunk_id=best.chunk_id, page_end=best.page_end,
                            **figure_fields(best))
        return Answer(answer=f"{quote} [1]", citations=[citation], model=model, latency_s=0.01, question=question)

    def _pieces(self, answer: Answer) -> list[str]:
        return self.tokens if self.chunks is None else re.findall(r"\S+\s*", answer.answer)

    def answer(self, question, history=None, cfg=None) -> Answer:
        with self.lock:
            self.calls.append({"question": question, "history": list(history or []), "cfg": cfg or AnswerConfig()})
            if self.block is not None:
                self.block.wait(10)
            return self._make(question, cfg or AnswerConfig())

    def stream(self, question, history=None, cfg=None):
        with self.lock:
            self.calls.append({"question": question, "history": list(history or []), "cfg": cfg or AnswerConfig()})
            answer = self._make(question, cfg or AnswerConfig())
            for piece in self._pieces(answer):
                yield Event("token", piece)
            yield Event("done", answer=answer)


def read_chunks(ws: Workspace) -> list[Chunk]:
    """The live chunks of the workspace's current index."""
    from ingest.index import Manifest, read_live_chunks

    index_dir = ws.index_dir()
    return read_live_chunks(index_dir, Manifest.read(index_dir))
