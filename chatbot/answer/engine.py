"""Answering: retrieve -> the reader's verified quote -> (where it can add) generate and verify -> citations.

One function serves the CLI, the Streamlit app and the API.
"""
from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field
from typing import Iterator, Literal, Sequence

from chatbot.answer.beside import definition_beside, row_beside, scope_beside
from chatbot.answer.citing import add_page_boxes
from chatbot.answer.prompt import build_messages, cited_numbers, content_words, is_refusal, neutralise
from chatbot.answer.seams import Generator, Retriever
from chatbot.answer.spelling import Speller
from chatbot.answer.verify import AnswerCheck, Passage, Scorer, Verdict
from chatbot.answer.verify.question import plain_words
from chatbot.answer.verify.terms import lay_search_words
from core.config import BUNDLED_PREFIX, DEFAULT_LLM, NO_ANSWER, AnswerConfig, PromptConfig, Workspace, check_question
from core.schema import Hit
from core.text import MARKER, marker_numbers


@dataclass
class Citation:
    n: int  # the [n] marker in the answer
    source: str  # relative path, as in `search`
    page: int
    section: str
    text: str  # the passage (the whole chunk; the model saw the part around the question's words)
    quote: str  # the supporting text: the passage's sentences that the cited claims rest on
    score: float
    chunk_id: str = ""
    page_end: int = 0
    dense_score: float | None = None  # cosine of the passage with the retrieval query
    spans: list[list[int]] = field(default_factory=list)  # [start, end) of the supporting text in `text`
    sha256: str = ""  # of the document file: which version of it was cited
    page_boxes: dict | None = None  # where the spans sit on the PDF page, in points (chatbot/answer/citing.py)
    document: dict | None = None  # what the document is (title, type, company/parties, period): Hit.document
    kind: str = "text"  # "figure" | "table": the passage is the text read inside a picture on the page
    caption: str = ""  # a figure's caption
    box: list[float] | None = None  # a figure's region on the page: [x0, y0, x1, y1] in points, origin top-left

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Related:
    """A passage near the question that did not answer it (listed with a refusal, never cited)."""

    source: str
    page: int
    section: str
    chunk_id: str
    page_end: int = 0

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
    mode: str = "generated"  # generated (verified model claims) | quoted (document sentences) | refused
    verified: bool = False  # every sentence shown as a cited fact was checked against its passage
    dropped: list[dict] = field(default_factory=list)  # model sentences not shown: {"text", "reason"}
    related: list[Related] = field(default_factory=list)  # refused: the nearest passages, not citations
    intent: str = "answer"  # answer | summary (one quoted bullet per clause) | overview (key terms) | compare
    abstract: dict | None = None  # overview: chatbot.answer.abstract.Abstract.to_dict() (the app shows it as a table)
    routed: dict | None = None  # the documents the question named and was searched in, or the one it lacks

    def to_dict(self) -> dict:
        """The `ask --json` shape."""
        return {
            "answer": self.answer,
            "mode": self.mode,
            "verified": self.verified,
            "intent": self.intent,
            **({"abstract": self.abstract} if self.abstract is not None else {}),
            "citations": [c.to_dict() for c in self.citations],
            "related": [r.to_dict() for r in self.related],
            "dropped": self.dropped,
            "model": self.model,
            "latency_s": round(self.latency_s, 3),
            "refused": self.refused,
            "timings": self.timings,
            "routed": self.routed,
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



class MarkerFilter:
    """Streams text through, dropping [n] markers outside 1..k as soon as the bracket closes.

    Text after an unclosed '[' is held back (at most a few characters) so the streamed text is
    exactly the final answer.
    """

    def __init__(self, k: int):
        self.k = k
        self.pending = ""

    def _fix(self, m: re.Match) -> str:
        nums = [str(n) for n in marker_numbers(m) if 1 <= n <= self.k]
        return f"[{', '.join(nums)}]" if nums else ""

    def feed(self, text: str) -> str:
        buf = self.pending + text
        cut = buf.rfind("[")
        if cut != -1 and "]" not in buf[cut:] and len(buf) - cut <= 12 and re.fullmatch(r"\[[\d,;\s]*", buf[cut:]):
            self.pending, buf = buf[cut:], buf[:cut]  # maybe an unfinished marker: wait for more
        else:
            self.pending = ""
        return MARKER.sub(self._fix, buf)

    def flush(self) -> str:
        out, self.pending = self.pending, ""
        return out


def passages_for(hits: Sequence[Hit]) -> list[Passage]:
    """What the verifier checks claims against: each hit's whole chunk (neutralised, as shown)."""
    return [
        Passage(neutralise(h.chunk.text), context=f"{h.chunk.source} {h.chunk.section}",
                relevance=float(h.dense_score) if h.dense_score is not None else 0.0, source=h.chunk.source,
                title=getattr(h.chunk, "context", "") or "")
        for h in hits
    ]


def citations_for(verdict: Verdict, hits: Sequence[Hit], passages: Sequence[Passage]) -> list[Citation]:
    """One citation per passage the verdict rests on, with its supporting spans."""
    by_n: dict[int, list[list[int]]] = {}
    for span in verdict.spans:
        by_n.setdefault(span.n, [])
        if [span.start, span.end] not in by_n[span.n]:
            by_n[span.n].append([span.start, span.end])
    out = []
    for n, spans in by_n.items():
        hit, text = hits[n - 1], passages[n - 1].text
        c = hit.chunk
        out.append(Citation(
            n=n, source=c.source, page=c.page, section=c.section, text=text,
            quote=" … ".join(text[a:b] for a, b in sorted(spans)), score=round(float(hit.score), 6),
            chunk_id=c.chunk_id, page_end=c.page_end or c.page,
            dense_score=None if hit.dense_score is None else round(float(hit.dense_score), 4),
            spans=sorted(spans), sha256=c.sha256, document=hit.document, **figure_fields(c),
        ))
    return out


def figure_fields(c) -> dict:
    """A figure chunk's kind, caption and box for its Citation ({} for a text chunk)."""
    if c.kind == "text":
        return {}
    return {"kind": c.kind, "caption": c.caption, "box": list(c.box) if c.box else None}


def related_for(hits: Sequence[Hit], numbers: Sequence[int] | None = None) -> list[Related]:
    chosen = [hits[n - 1] for n in numbers] if numbers else list(hits)
    return [Related(h.chunk.source, h.chunk.page, h.chunk.section, h.chunk.chunk_id, h.chunk.page_end or h.chunk.page)
            for h in chosen[:3]]


def make_scorer(retriever: Retriever, rerank=None) -> Scorer:
    """The verifier's word statistics for this index: document frequencies over its live chunks
    (the same IDF the reader model is trained with: chatbot/training/reader.py); `rerank`: a trained
    reader's scores (`load_reader(ws).score`), or None for the hand-tuned score alone."""
    scorer = Scorer.from_texts(c.text for c in retriever.chunks)
    scorer.word_encode = lambda words: retriever.embedder.encode(words, batch_size=256)  # lay words (Scorer.bridges)
    scorer.rerank = rerank
    return scorer


# --- the engine ---------------------------------------------------------------------------------


class Engine:
    """retrieve -> the reader's quote (or refusal), shown at once -> where the model can add:
    build_messages -> generate (streamed) -> verify each claim -> citations. Shared by the CLI, the app
    and the API."""

    def __init__(self, retriever: Retriever, generator: Generator, scorer: Scorer | None = None,
                 prompt: PromptConfig | None = None, rerank=None):
        self.retriever = retriever
        self.generator = generator
        self._scorer = scorer
        self.rerank = rerank  # a trained reader's (question, sentences) -> scores, for the scorer built here
        self._speller: Speller | None = None
        self.prompt = prompt or PromptConfig()  # as the adapter was trained: k and passage length
        self._documents: dict[str, list] | None = None  # source -> its chunks (for summaries)
        self._chunk_rows: dict[str, int] | None = None

    @property
    def chunk_rows(self) -> dict[str, int]:
        """chunk_id -> its row in the index (the chunks beside a retrieved one)."""
        if self._chunk_rows is None:
            self._chunk_rows = {c.chunk_id: i for i, c in enumerate(self.retriever.chunks)}
        return self._chunk_rows

    @property
    def documents(self) -> dict[str, list]:
        if self._documents is None:
            docs: dict[str, list] = {}
            for c in self.retriever.chunks:
                docs.setdefault(c.source, []).append(c)
            self._documents = docs
        return self._documents

    def summarise(self, question: str, cfg: AnswerConfig) -> Answer | None:
        """The summary answer when the question asks for one and the named document (or every one)
        has matching sections; None otherwise (the question is then answered as usual)."""
        from chatbot.answer.summarise import summarise_question

        t0 = time.perf_counter()
        docs = self.documents
        if cfg.collections is not None:  # a scoped search never summarises another collection's documents
            self.retriever.allowed_rows(cfg.collections)  # an unknown collection is an error, never "all"
            allowed = set(cfg.collections)
            docs = {src: [c for c in chunks if c.collection in allowed] for src, chunks in docs.items()}
            docs = {src: chunks for src, chunks in docs.items() if chunks}
        summary = summarise_question(question, docs)
        if summary is None:
            return None
        by_id = {c.chunk_id: c for chunks in docs.values() for c in chunks}
        citations = []
        for i, q in enumerate(summary.quotes, 1):
            c = by_id[q.chunk_id]
            citations.append(Citation(n=i, source=c.source, page=q.page, section=c.section, text=c.text, quote=q.text,
                                      score=1.0, chunk_id=c.chunk_id, page_end=c.page_end or c.page,
                                      spans=[[q.start, q.end]], sha256=c.sha256, **figure_fields(c)))
        return Answer(answer=summary.text, citations=citations, model=self.generator.model_name(cfg.use_adapter),
                      latency_s=time.perf_counter() - t0, question=question, retrieval_query=question,
                      mode="refused" if summary.refused else "quoted", verified=not summary.refused,
                      refused=summary.refused, intent=summary.intent, abstract=summary.abstract,
                      timings={"summary_s": round(time.perf_counter() - t0, 4)})

    @property
    def scorer(self) -> Scorer:
        if self._scorer is None:
            self._scorer = make_scorer(self.retriever, self.rerank)
        return self._scorer

    @property
    def speller(self) -> Speller:
        """Reads a misspelt question word as the index's word (chatbot/answer/spelling.py)."""
        if self._speller is None:
            self._speller = Speller.from_retriever(self.retriever)
        return self._speller

    def answer(self, question: str, history: Sequence[dict] | None = None, cfg: AnswerConfig | None = None) -> Answer:
        for event in self.stream(question, history, cfg):
            if event.kind == "done":
                return event.answer
        raise RuntimeError("stream ended without a done event")  # cannot happen: stream always ends with done

    def stream(
        self, question: str, history: Sequence[dict] | None = None, cfg: AnswerConfig | None = None
    ) -> Iterator[Event]:
        """Token events, then one 'done' event with the final Answer.

        Only verified text is streamed: first the reader's quote of the passages (or the refusal), in
        milliseconds; then, where the model may add (`generation_plan`), each of its sentences once it
        is complete and its cited passage supports it.
        """
        check_question(question)  # before any text analysis: raises a one-line DomainbotError
        cfg = (cfg or AnswerConfig()).with_prompt(self.prompt)
        summary = self.summarise(question, cfg) if cfg.summaries else None
        if summary is not None:
            add_page_boxes(summary.citations, (cs[0] for cs in self.documents.values()), summary.timings)
            yield Event("token", summary.answer)
            yield Event("done", answer=summary)
            return
        t0 = time.perf_counter()
        # "probaton period lenght" searched and read as "probation period length"; "call off" as "call off (cancel)"
        read = plain_words(self.speller.correct(question))
        # (and "Nurofen" searched as "ibuprofen" too, where the index never says Nurofen)
        query = retrieval_query(" ".join([read, *lay_search_words(read, self.speller.vocab, self.speller.stems)]), history)
        scope = {"collections": cfg.collections} if cfg.collections is not None else {}
        found = self.retriever.search(query, k=cfg.k, **scope)
        hits = list(found)[: cfg.k]
        beside = row_beside(hits, read, self.retriever.chunks, self.chunk_rows) if hits else None
        if beside is not None:
            hits.append(beside)
        opening = scope_beside(hits, read, self.documents) if hits else None
        if opening is not None:
            hits.append(opening)
        defined = definition_beside(hits, read, self.documents) if hits else None
        if defined is not None:
            hits.append(defined)
        route = found.routed  # which documents the question named (chatbot/answer/route.py)
        retrieve_s = time.perf_counter() - t0
        model = self.generator.model_name(cfg.use_adapter)
        timings = {"retrieve_s": round(retrieve_s, 4)}

        def done(text: str, verdict: Verdict | None, passages: Sequence[Passage]) -> Event:
            mode = verdict.mode if verdict is not None else "refused"
            ans = Answer(
                answer=text,
                citations=citations_for(verdict, hits, passages) if verdict is not None and mode != "refused" else [],
                model=model,
                latency_s=time.perf_counter() - t0,
                refused=mode == "refused",
                timings=timings,
                question=question,
                retrieval_query=query,
                mode=mode,
                verified=verdict.verified if verdict is not None else False,
                dropped=[{"text": c.text, "reason": c.reason} for c in (verdict.dropped if verdict else [])],
                related=related_for(hits, verdict.related if verdict else None) if mode == "refused" else [],
                routed=route.to_dict() if route is not None else None,
            )
            add_page_boxes(ans.citations, (h.chunk for h in hits), timings)
            return Event("done", answer=ans)

        if route is not None and route.missing:  # "the 2019 report of X" when the index holds 2021-2023
            text = f"{NO_ANSWER[:-1]}: {route.missing}."
            yield Event("token", text)
            yield done(text, None, [])
            return
        dense = [h.dense_score for h in hits if h.dense_score is not None]
        # dense_score is None only for bm25-only retrieval: then there is no cosine to gate on
        if not hits or (dense and max(dense) < cfg.min_relevance):
            timings["best_relevance"] = round(max(dense), 4) if dense else None
            yield Event("token", NO_ANSWER)
            yield done(NO_ANSWER, None, [])
            return

        passages = passages_for(hits)
        t_check = time.perf_counter()
        check = AnswerCheck(read, passages, self.scorer) if cfg.verify else None
        shown: list[str] = []
        first_shown_s = None

        def show(text: str):
            nonlocal first_shown_s
            if text:
                if first_shown_s is None:
                    first_shown_s = time.perf_counter() - t0
                shown.append(text)
                return Event("token", text)
            return None

        # The reader's verified quote (or refusal) is ready in milliseconds: it is shown first, and the
        # model only runs where it can add to it (generation_plan).
        reader = check.reader() if check is not None else None
        verify_s = time.perf_counter() - t_check
        small_base = not (self.generator.has_adapter and cfg.use_adapter) and (
            self.generator.model_name(False) == DEFAULT_LLM.removeprefix(BUNDLED_PREFIX))
        generate, why = generation_plan(cfg, reader, small_base)
        timings.update(generation=why, reader_s=round(verify_s, 4))
        if reader is not None and reader.mode == "quoted":
            yield show(reader.text)
        if not generate:
            if reader is None or reader.mode == "refused":
                yield show(NO_ANSWER)
            check.finish()
            timings.update(verify_s=round(time.perf_counter() - t_check, 4),
                           first_shown_s=round(first_shown_s, 4))
            yield done("".join(shown).strip(), check.verdict, passages)
            return

        messages = build_messages(question, hits, history, cfg.max_passage_chars)
        markers = MarkerFilter(len(hits))
        parts: list[str] = []  # the raw generation (markers filtered)
        tokens, first_token_s = 0, None
        t_gen = time.perf_counter()
        pieces = self.generator.stream(messages, max_new_tokens=min(cfg.max_new_tokens, MAX_ADDED_TOKENS) if check
                                       else cfg.max_new_tokens, temperature=cfg.temperature, use_adapter=cfg.use_adapter)
        try:
            for piece in pieces:
                tokens += 1
                if first_token_s is None:
                    first_token_s = time.perf_counter() - t0
                text = markers.feed(piece)
                if not text:
                    continue
                parts.append(text)
                t = time.perf_counter()
                event = show(check.feed(text) if check is not None else text)
                verify_s += time.perf_counter() - t if check is not None else 0.0
                if event:
                    yield event
                if check is not None and check.stop:
                    break  # a sentence failed, or the answer is complete: the rest would be discarded
        finally:
            pieces.close()  # the backend stops generating for this request
        tail = markers.flush()
        if tail:
            parts.append(tail)
        generate_s = time.perf_counter() - t_gen
        raw = "".join(parts).strip()
        if check is not None:
            t = time.perf_counter()
            if tail and not check.stop:
                event = show(check.feed(tail))
                if event:
                    yield event
            rest = check.finish(model_refused=not raw or is_refusal(raw))
            verify_s += time.perf_counter() - t
            verdict = check.verdict
        else:
            rest = tail
            verdict = unverified(raw, len(hits))
        if raw:  # streamed pieces may be words, not tokens
            tokens = self.generator.count_tokens(raw)
        timings.update(
            first_token_s=round(first_token_s if first_token_s is not None else generate_s, 4),
            generate_s=round(generate_s, 4),
            tokens=tokens,
            tokens_per_s=round(tokens / generate_s, 2) if generate_s > 0 else 0.0,
            verify_s=round(verify_s, 4),
        )
        if verdict.mode == "refused" and not shown:
            rest = NO_ANSWER  # nothing was shown before a refusal: no claim was kept
        if rest:
            yield show(rest)
        timings["first_shown_s"] = round(first_shown_s if first_shown_s is not None else time.perf_counter() - t0, 4)
        yield done("".join(shown).strip(), verdict, passages)


MAX_ADDED_TOKENS = 96  # after the reader's quote the model adds a sentence or two (answers are ~25 tokens)


def generation_plan(cfg: AnswerConfig, reader: Verdict | None, small_base: bool) -> tuple[bool, str]:
    """Whether the model writes after the reader, and why: recorded in `timings["generation"]`.

    `never`: the reader alone. `always`: the model runs whenever the reader found an answer (it
    cannot add to a refusal: its sentences must rest on a passage that answers the question).
    `auto`: as `always`, except for the bundled 135M model without an adapter (`small_base`), whose
    verified sentences added next to nothing to the reader's quotes, and where the reader is
    confident (its answer score >= CONFIDENT_QUOTE): on 113 replayed questions, 50 of the 54 quotes
    that confident were right and the tuned model's sentences mended one; below it, seconds of
    generation can help (bench/answer.py --replay).
    """
    if reader is None:
        return True, "unverified"
    if cfg.generate == "never":
        return False, "off"
    if reader.mode == "refused":
        return False, "skipped: nothing to add to a refusal"
    if cfg.generate == "auto" and small_base:
        return False, "skipped: base model adds nothing to the quote"
    if cfg.generate == "auto" and reader.score >= CONFIDENT_QUOTE:
        return False, "skipped: the quote answers with confidence"
    return True, "after the quote"


CONFIDENT_QUOTE = 0.7  # the reader's answer score above which the model is not asked to add (auto)


def unverified(raw: str, k: int) -> Verdict:
    """`AnswerConfig(verify=False)`: the model's text as it is (for measuring the raw model). Markers
    are cited whole-passage; nothing is marked verified."""
    from chatbot.answer.verify import Span

    if not raw or is_refusal(raw):
        return Verdict("refused", "")
    return Verdict("generated", raw, spans=[Span(n, 0, 0) for n in cited_numbers(raw, k)] or [Span(1, 0, 0)],
                   unchecked=True)


# --- loading ------------------------------------------------------------------------------------

def adapter_prompt(ws: Workspace, adapter: str | None) -> PromptConfig:
    """How the adapter was shown its passages (its prompt.json), else the defaults."""
    return (PromptConfig.read(ws.adapter_dir(adapter)) if adapter else None) or PromptConfig()
