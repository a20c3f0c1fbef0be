"""Answering: retrieve -> build the training prompt -> generate -> map [n] markers to citations.

One function serves the CLI, the Streamlit app and the API.
"""
from __future__ import annotations

import re
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Iterator, Literal, Sequence

from chatbot.config import NO_ANSWER, AnswerConfig, Workspace
from chatbot.prompt import build_messages, cited_numbers, content_words, is_refusal, neutralise, select_passage_text
from ingest.schema import Hit


@dataclass
class Citation:
    n: int  # the [n] marker in the answer
    source: str  # relative path, as in `search`
    page: int
    section: str
    text: str  # the passage shown to the model
    quote: str  # the sentence(s) of the passage that best support the answer
    score: float
    chunk_id: str = ""
    page_end: int = 0
    dense_score: float | None = None  # cosine of the passage with the retrieval query

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Answer:
    answer: str
    citations: list[Citation]
    model: str  # e.g. "SmolLM2-135M-Instruct+default" or "SmolLM2-135M-Instruct"
    latency_s: float
    refused: bool = False  # the documents did not answer
    timings: dict = field(default_factory=dict)  # retrieve_s, first_token_s, generate_s, tokens
    question: str = ""
    retrieval_query: str = ""  # what was searched (includes conversation context for follow-ups)

    def to_dict(self) -> dict:
        """The `ask --json` shape."""
        return {
            "answer": self.answer,
            "citations": [c.to_dict() for c in self.citations],
            "model": self.model,
            "latency_s": round(self.latency_s, 3),
            "refused": self.refused,
            "timings": self.timings,
        }


@dataclass
class Event:
    """A streamed step: kind 'token' carries text; kind 'done' carries the final Answer."""

    kind: Literal["token", "done"]
    text: str = ""
    answer: Answer | None = None


# --- retrieval query for follow-ups -------------------------------------------------------------

# A follow-up ("and for children?", "what about its side effects?") lacks its subject; the
# earlier question carries it, so both are searched together.
FOLLOW_UP_STARTS = ("and ", "and?", "what about", "how about", "what if", "also", "but ", "or ", "then ", "same ")
# "that", "there", "one" are left out: they are common in standalone questions ("the fee that ...")
PRONOUNS = frozenset("it its they them their theirs this these those he she him".split())


def is_follow_up(question: str) -> bool:
    q = question.strip().lower()
    words = re.findall(r"[a-z0-9']+", q)
    if not words:
        return False
    return (
        q.startswith(FOLLOW_UP_STARTS)
        or len(words) <= 3  # "for children?", "how often?"
        or len(content_words(q)) <= 1
        or any(w in PRONOUNS for w in words)
    )


def retrieval_query(question: str, history: Sequence[dict] | None = None) -> str:
    """What to search: the question, plus the previous user question(s) when it is a follow-up."""
    earlier = [m["content"].strip() for m in (history or []) if m.get("role") == "user" and str(m.get("content", "")).strip()]
    if not earlier or not is_follow_up(question):
        return question
    return " ".join(earlier[-2:] + [question.strip()])


# --- citations ----------------------------------------------------------------------------------

_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")
_MARKER = re.compile(r"\[([\d,;\s]+)\]")


def strip_markers(text: str) -> str:
    return _MARKER.sub("", text)


def best_quote(passage: str, answer: str, max_sentences: int = 2) -> str:
    """The sentence(s) of the passage sharing most content words with the answer, in passage order."""
    sentences = [s.strip() for s in _SENTENCES.split(passage) if s and s.strip()]
    if not sentences:
        return passage.strip()
    words = content_words(strip_markers(answer))
    scores = [len(words & content_words(s)) for s in sentences]
    best = max(range(len(sentences)), key=lambda i: (scores[i], -i))
    picked = [best]
    # take the neighbour too when it also supports the answer (facts often span two sentences)
    for j in (best + 1, best - 1):
        if len(picked) < max_sentences and 0 <= j < len(sentences) and scores[j] > 0 and scores[best] > 0:
            picked.append(j)
    return " ".join(sentences[i] for i in sorted(picked))


def overlap(answer: str, passage: str) -> int:
    return len(content_words(strip_markers(answer)) & content_words(passage))


class MarkerFilter:
    """Streams text through, dropping [n] markers outside 1..k as soon as the bracket closes.

    Text after an unclosed '[' is held back (at most a few characters) so the streamed text is
    exactly the final answer.
    """

    def __init__(self, k: int):
        self.k = k
        self.pending = ""

    def _fix(self, m: re.Match) -> str:
        nums = [t for t in re.split(r"[,;\s]+", m.group(1)) if t.isdigit() and 1 <= int(t) <= self.k]
        return f"[{', '.join(nums)}]" if nums else ""

    def feed(self, text: str) -> str:
        buf = self.pending + text
        cut = buf.rfind("[")
        if cut != -1 and "]" not in buf[cut:] and len(buf) - cut <= 12 and re.fullmatch(r"\[[\d,;\s]*", buf[cut:]):
            self.pending, buf = buf[cut:], buf[:cut]  # maybe an unfinished marker: wait for more
        else:
            self.pending = ""
        return _MARKER.sub(self._fix, buf)

    def flush(self) -> str:
        out, self.pending = self.pending, ""
        return out


def make_citation(n: int, hit: Hit, shown: str, answer: str) -> Citation:
    c = hit.chunk
    return Citation(
        n=n,
        source=c.source,
        page=c.page,
        section=c.section,
        text=shown,
        quote=best_quote(shown, answer),
        score=round(float(hit.score), 6),
        chunk_id=c.chunk_id,
        page_end=c.page_end or c.page,
        dense_score=None if hit.dense_score is None else round(float(hit.dense_score), 4),
    )


def cite(answer: str, hits: Sequence[Hit], shown: Sequence[str]) -> tuple[list[Citation], int | None]:
    """Citations for the [n] markers of `answer`. When the answer cites nothing, the passage with
    the highest word overlap (ties: best retrieval rank) is cited; its number is returned as `added`."""
    cited = cited_numbers(answer, len(hits))
    added = None
    if not cited and hits:
        added = max(range(len(hits)), key=lambda i: (overlap(answer, shown[i]), -i)) + 1
        cited = [added]
    return [make_citation(n, hits[n - 1], shown[n - 1], answer) for n in cited], added


# --- the engine ---------------------------------------------------------------------------------


class Engine:
    """retrieve -> build_messages -> generate (streamed) -> citations. Shared by CLI, app and API."""

    def __init__(self, retriever, generator):
        self.retriever = retriever
        self.generator = generator

    def answer(self, question: str, history: Sequence[dict] | None = None, cfg: AnswerConfig | None = None) -> Answer:
        for event in self.stream(question, history, cfg):
            if event.kind == "done":
                return event.answer
        raise RuntimeError("stream ended without a done event")  # cannot happen: stream always ends with done

    def stream(
        self, question: str, history: Sequence[dict] | None = None, cfg: AnswerConfig | None = None
    ) -> Iterator[Event]:
        cfg = cfg or AnswerConfig()
        t0 = time.perf_counter()
        query = retrieval_query(question, history)
        hits = list(self.retriever.search(query, k=cfg.k))[: cfg.k]
        retrieve_s = time.perf_counter() - t0
        model = self.generator.model_name(cfg.use_adapter)
        timings = {"retrieve_s": round(retrieve_s, 4)}

        def done(text: str, citations: list[Citation], refused: bool) -> Event:
            ans = Answer(
                answer=text,
                citations=citations,
                model=model,
                latency_s=time.perf_counter() - t0,
                refused=refused,
                timings=timings,
                question=question,
                retrieval_query=query,
            )
            return Event("done", answer=ans)

        dense = [h.dense_score for h in hits if h.dense_score is not None]
        # dense_score is None only for bm25-only retrieval: then there is no cosine to gate on
        if not hits or (dense and max(dense) < cfg.min_relevance):
            timings["best_relevance"] = round(max(dense), 4) if dense else None
            yield Event("token", NO_ANSWER)
            yield done(NO_ANSWER, [], True)
            return

        messages = build_messages(question, hits, history, cfg.max_passage_chars)
        shown = [neutralise(select_passage_text(h.chunk.text, question, cfg.max_passage_chars)) for h in hits]
        markers = MarkerFilter(len(hits))
        parts: list[str] = []
        tokens, first_token_s = 0, None
        t_gen = time.perf_counter()
        for piece in self.generator.stream(
            messages, max_new_tokens=cfg.max_new_tokens, temperature=cfg.temperature, use_adapter=cfg.use_adapter
        ):
            tokens += 1
            if first_token_s is None:
                first_token_s = time.perf_counter() - t0
            text = markers.feed(piece)
            if text:
                parts.append(text)
                yield Event("token", text)
        tail = markers.flush()
        if tail:
            parts.append(tail)
            yield Event("token", tail)
        generate_s = time.perf_counter() - t_gen
        count = getattr(self.generator, "count_tokens", None)  # streamed pieces are words, not tokens
        if callable(count) and parts:
            tokens = count("".join(parts))
        timings.update(
            first_token_s=round(first_token_s if first_token_s is not None else generate_s, 4),
            generate_s=round(generate_s, 4),
            tokens=tokens,
            tokens_per_s=round(tokens / generate_s, 2) if generate_s > 0 else 0.0,
        )
        text = "".join(parts).strip()
        if not text or is_refusal(text):
            if not text:
                yield Event("token", NO_ANSWER)
            yield done(text or NO_ANSWER, [], True)
            return
        citations, added = cite(text, hits, shown)
        if added is not None:
            # the model answered without a marker: show which passage supports it
            yield Event("token", f" [{added}]")
            text += f" [{added}]"
        yield done(text, citations, False)


# --- loading (cached per process) ---------------------------------------------------------------

_ENGINES: dict[tuple, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def load_engine(ws: Workspace, llm_url: str | None = None) -> Engine:
    """The engine for a workspace's live index, cached per (workspace, index version, llm_url);
    a newly trained adapter swaps in a new generator.

    Raises DomainbotError when nothing was ingested. Without a fine-tuned adapter it answers with
    the base model and says so once on stderr.
    """
    from chatbot.models import load_generator
    from ingest.retrieve import load_retriever

    index_dir = ws.index_dir()
    key = (str(ws.root), index_dir.name if index_dir else None, llm_url)
    with _ENGINES_LOCK:
        cached = _ENGINES.get(key)
        if cached is not None:
            # load_generator is itself cached on the adapter files' mtime: a retrain returns a new
            # generator, which must replace the one this engine holds
            generator = load_generator(ws, llm_url=llm_url)
            if generator is cached.generator:
                return cached
            engine = _ENGINES[key] = Engine(cached.retriever, generator)
            return engine
        retriever = load_retriever(ws)  # DomainbotError "no index ... run `domainbot ingest`"
        retriever.search("warm up", k=1)  # loads the query embedder now, not during the first question
        generator = load_generator(ws, llm_url=llm_url)
        if not generator.has_adapter and llm_url is None:
            print(
                f"no fine-tuned adapter in {ws.adapter_dir()}: using the base model; run `domainbot train`",
                file=sys.stderr,
            )
        # a new index version replaces the old engine for this workspace
        for old in [k for k in _ENGINES if k[0] == key[0] and k[2] == llm_url]:
            del _ENGINES[old]
        engine = _ENGINES[key] = Engine(retriever, generator)
        return engine
