"""POST /v1/chat/completions: a question (with the conversation so far) answered from the documents,
plain or streamed (SSE), with citations; every answer leaves one audit row.

Flow: key + rate limit -> body size -> schema -> request checks (images: data URLs within the size
limits) -> engine ready -> scope -> admission -> the images' text joins the question -> engine (in a
worker thread, never on the event loop) -> audit -> response."""
from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, StreamingResponse

from chatbot.answer.images import ImageError, ImageTooLarge, check_image, question_with_image
from chatbot.serving.deps import Key, ReadyEngine, State, client_address, for_key, parse_body, read_body, requested_scope
from chatbot.serving.schemas import (
    MODEL_BASE,
    MODEL_TUNED,
    ApiError,
    ChatRequest,
    base64_length,
    chunk_body,
    completion_body,
    error_body,
    error_json,
    image_from_data_url,
)
from chatbot.serving.state import ServerState
from chatbot.serving.store import KeyInfo
from core.config import AnswerConfig, DomainbotError, ServeConfig

log = logging.getLogger("domainbot.api")

router = APIRouter(prefix="/v1", tags=["chat"])

SOURCES_HEADER = "\n\nSources:\n"
GENERATE_WHILE_IN_FLIGHT = 2  # requests in flight (this one included) up to which the model may write


# ---------------------------------------------------------------- the request


@dataclass(frozen=True)
class ChatInput:
    """A checked chat request: the question, the conversation before it, and the question's images
    (decoded, within the size limits; their text is read after admission)."""

    request: ChatRequest
    question: str
    history: list[dict]
    images: list[bytes] = field(default_factory=list)


def image_allowance(cfg: ServeConfig) -> int:
    """Bytes a body may carry beyond max_body_bytes for its images (data URLs, base64)."""
    return cfg.max_images * (base64_length(cfg.max_image_bytes) + 64)


async def chat_request(request: Request, state: State) -> ChatRequest:
    """The body as a ChatRequest: max_body_bytes of text, and up to max_images images on top."""
    cfg = state.cfg
    allowance = image_allowance(cfg)
    limit_text = f"{cfg.max_body_bytes} plus {cfg.max_images} image(s)" if allowance else None
    body = await read_body(request, cfg.max_body_bytes + allowance, limit_text)
    req = parse_body(ChatRequest, body)
    text_bytes = len(body) - sum(len(url) for m in req.messages for url in m.image_urls())
    if text_bytes > cfg.max_body_bytes:
        raise ApiError(413, f"request body is {text_bytes} bytes without its images; the limit is {cfg.max_body_bytes}",
                       code="body_too_large")
    return req


def question_images(cfg: ServeConfig, urls: list[str]) -> list[bytes]:
    """The last message's images, decoded and checked against the limits (header only: the pixels
    are decoded by the OCR, after admission)."""
    if not urls:
        return []
    if cfg.max_images == 0:
        raise ApiError(400, "this server takes no images (serve --max-images is 0)", code="images_disabled")
    if len(urls) > cfg.max_images:
        raise ApiError(400, f"{len(urls)} images; the limit is {cfg.max_images} per question", code="too_many_images")
    images = []
    for n, url in enumerate(urls, 1):
        data = image_from_data_url(url, cfg.max_image_bytes, n)
        which = f"image {n}: " if len(urls) > 1 else ""
        try:
            check_image(data, cfg.max_image_bytes, cfg.max_image_pixels)
        except ImageTooLarge as e:
            raise ApiError(413, f"{which}{e}", code="image_too_large")
        except ImageError as e:
            raise ApiError(400, f"{which}{e}", code="invalid_image")
        images.append(data)
    return images


def chat_input(state: State, req: Annotated[ChatRequest, Depends(chat_request)]) -> ChatInput:
    cfg = state.cfg
    if req.model not in (MODEL_TUNED, MODEL_BASE):
        raise ApiError(404, f"model {req.model!r} not found: use {MODEL_TUNED!r} or {MODEL_BASE!r}",
                       code="model_not_found")
    if len(req.messages) > cfg.max_messages:
        raise ApiError(400, f"{len(req.messages)} messages; the limit is {cfg.max_messages} "
                       "(drop older turns)", code="too_many_messages")
    last = req.messages[-1]
    question = last.text().strip()
    urls = last.image_urls() if last.role == "user" else []
    if last.role != "user" or not (question or urls):
        raise ApiError(400, "the last message must be a non-empty user message (the question)",
                       code="no_question")
    if len(question) > cfg.max_question_chars:
        raise ApiError(400, f"question is {len(question)} characters; the limit is {cfg.max_question_chars}",
                       code="question_too_long")
    images = question_images(cfg, urls)
    # system/developer messages are ignored: the engine has its own instructions; earlier images too
    history = [{"role": m.role, "content": strip_sources(m.text()) if m.role == "assistant" else m.text()}
               for m in req.messages[:-1] if m.role in ("user", "assistant") and m.text().strip()]
    return ChatInput(req, question, history, images)


async def read_images(state: ServerState, chat: ChatInput) -> str:
    """The question with its images' text (OCR, and the vision model's description when one is
    configured), read in an engine worker: 400 for an image nothing can read."""
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(state.executor(), question_with_image, chat.question, chat.images,
                                          state.vision)
    except ImageError as e:
        raise ApiError(400, str(e), code="invalid_image")


def admit(state: ServerState, key: KeyInfo) -> None:
    """Take an admission slot for this key, or 429 (the key holds its share) / 503 (the server is full).
    Not a yield-dependency: the slot is released by the engine's worker when generation ends, which
    for a stream is before or after the response ends."""
    refused = state.admission.try_enter(key.key_id)
    if refused == "key_busy":
        raise ApiError(429, f"key {key.name!r} already has {state.admission.per_key} request(s) in flight; "
                       "retry when one is answered", "rate_limit_error", "too_many_in_flight", {"Retry-After": "1"})
    if refused:
        raise ApiError(503, "busy, retry", "server_error", "busy", {"Retry-After": "1"})


@router.post("/chat/completions")
async def chat_completions(request: Request, state: State, key: Key,
                           chat: Annotated[ChatInput, Depends(chat_input)], engine: ReadyEngine):
    # the dependencies run in this order: the key, the body, then the engine the scope is checked against
    t0 = time.perf_counter()
    req = chat.request
    acfg = AnswerConfig(use_adapter=req.model == MODEL_TUNED, collections=requested_scope(engine, key, req.collections))
    if req.temperature is not None:
        acfg = replace(acfg, temperature=req.temperature)
    if req.max_completion_tokens or req.max_tokens:
        acfg = replace(acfg, max_new_tokens=req.max_completion_tokens or req.max_tokens)

    admit(state, key)
    question = chat.question
    if chat.images:  # OCR takes a CPU for up to seconds: it holds the admission slot like an answer
        try:
            question = await read_images(state, chat)
        except BaseException:
            state.admission.leave(key.key_id)
            raise
    # The generator serves one answer at a time: with others in flight this one would wait seconds
    # for it, so it is answered from the reader alone (milliseconds), and says so.
    reader_only = state.admission.count > GENERATE_WHILE_IN_FLIGHT and acfg.generate != "never"
    if reader_only:
        acfg = replace(acfg, generate="never")

    job = ChatJob(state, engine, key, req.model, question, chat.history, acfg, t0, client_address(request))
    job.reader_only = reader_only
    if req.stream:
        # the engine starts now, not when the response does: its worker releases the slot even
        # if the client is gone before the first chunk (a generator never started has no finally)
        job.start_stream()
        return StreamingResponse(job.sse(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    return await job.complete()


# ---------------------------------------------------------------- response pieces


def sources_text(citations) -> str:
    """'\\n\\nSources:\\n[1] legal/x.pdf, p. 3' lines appended to the answer text ('' when none)."""
    if not citations:
        return ""
    lines = []
    for c in citations:
        pages = f"pp. {c.page}-{c.page_end}" if c.page_end and c.page_end != c.page else f"p. {c.page}"
        lines.append(f"[{c.n}] {c.source}, {pages}")
    return SOURCES_HEADER + "\n".join(lines)


def strip_sources(text: str) -> str:
    """Clients send our earlier answers back as history: drop the Sources block we appended."""
    i = text.rfind(SOURCES_HEADER)
    return text[:i] if i >= 0 else text


def audit_citations(citations, log_text: bool) -> list[dict]:
    """Where the answer came from, without passage text. The file's name and section title (often a
    patient's name) and the quote are kept only when text is logged; the chunk id and the file's
    sha256 identify the passage either way."""
    out = []
    for c in citations:
        d = {"n": c.n, "page": c.page, "page_end": c.page_end, "score": round(float(c.score), 4),
             "chunk_id": c.chunk_id, "sha256": c.sha256, "spans": c.spans}
        if log_text:
            d.update(source=c.source, section=c.section, quote=c.quote)
        out.append(d)
    return out


def domainbot_extra(answer, latency_s: float, audit_id: int, reader_only: bool = False) -> dict:
    """Beside `citations`: how the answer was checked. mode is generated (verified model sentences
    after the reader's quote), quoted (the documents' own sentences) or refused; `generation` says
    whether and why the model wrote; `reader_only` is true when the server was busy and answered from
    the reader alone; `related` lists the nearest passages of a refusal; `dropped` gives why model
    sentences were not shown (their text is not sent)."""
    return {"refused": bool(answer.refused), "latency_s": round(latency_s, 3), "audit_id": audit_id,
            "generation": answer.timings.get("generation", ""), "reader_only": reader_only,
            "routed": answer.routed, "model": answer.model, "mode": answer.mode, "verified": bool(answer.verified),
            "related": [r.to_dict() for r in answer.related], "dropped": [d["reason"] for d in answer.dropped]}


# ---------------------------------------------------------------- one admitted request


class ChatJob:
    """One admitted chat request: runs the engine in a worker thread, writes its audit row, and
    releases its admission slot when the engine is done (not when the client is)."""

    def __init__(self, state: ServerState, engine, key: KeyInfo, model_id: str, question: str,
                 history: list[dict], acfg: AnswerConfig, t0: float, client: str | None = None):
        self.state, self.engine, self.key, self.model_id = state, engine, key, model_id
        self.client = client
        self.question, self.history, self.acfg, self.t0 = question, history, acfg, t0
        self.reader_only = False  # answered without the model because the server was busy
        self.id = "chatcmpl-" + uuid.uuid4().hex[:24]
        self.created = int(time.time())

    def audit(self, answer, error: str | None, http_status: int | None = None) -> int:
        log_text = self.state.cfg.log_text
        return self.state.store.log_audit(
            key_name=self.key.name,
            key_id=self.key.key_id,
            client=self.client,
            http_status=http_status or (200 if error in (None, "client_disconnected") else 500),
            mode=answer.mode if answer is not None else None,
            refused=bool(answer.refused) if answer is not None else None,
            question=self.question if log_text else None,
            answer=answer.answer if (answer is not None and log_text) else None,
            citations=audit_citations(answer.citations, log_text) if answer is not None else [],
            model=answer.model if answer is not None else self.model_id,
            latency_s=time.perf_counter() - self.t0,
            status="ok" if error is None else "error",
            error=error,
        )

    def error_for(self, e: Exception) -> ApiError:
        if isinstance(e, DomainbotError):
            return ApiError(400, for_key(str(e), self.engine, self.key), code="engine_error")
        log.error("%s: engine failed: %s", self.id, type(e).__name__)  # type only: messages may quote documents
        return ApiError(500, "the model failed on this request (see the server log)", "server_error", "engine_error")

    # ---- non-streaming

    def _answer(self):
        try:
            try:
                answer = self.engine.answer(self.question, history=self.history, cfg=self.acfg)
            except Exception as e:
                self.audit(None, type(e).__name__, http_status=400 if isinstance(e, DomainbotError) else 500)
                raise
            return answer, self.audit(answer, None)
        finally:
            self.state.admission.leave(self.key.key_id)

    async def complete(self) -> JSONResponse:
        loop = asyncio.get_running_loop()
        try:
            answer, audit_id = await loop.run_in_executor(self.state.executor(), self._answer)
        except Exception as e:  # noqa: BLE001 - already audited in _answer: answered here, not re-audited
            err = self.error_for(e)
            return error_json(err.status, err.message, err.type, err.code, err.headers)
        latency = time.perf_counter() - self.t0
        return JSONResponse(completion_body(self.id, self.created, self.model_id,
                                            answer.answer + sources_text(answer.citations),
                                            citations=[c.to_dict() for c in answer.citations],
                                            domainbot=domainbot_extra(answer, latency, audit_id, self.reader_only)))

    # ---- streaming

    def _stream_into(self, push, cancelled: threading.Event) -> None:
        """Worker thread: engine events -> push(). Runs to the end even if the client reads slowly,
        so the model lock is released as soon as generation is over."""
        answer, error, gen = None, None, None
        try:
            gen = self.engine.stream(self.question, history=self.history, cfg=self.acfg)
            for ev in gen:
                if cancelled.is_set():
                    error = "client_disconnected"
                    break
                if ev.kind == "done":
                    answer = ev.answer
                    break
                push(("token", ev.text))
            if answer is None and error is None:
                error = "no_final_answer"
        except Exception as e:  # noqa: BLE001 - reported to the client as an SSE error event
            error = type(e).__name__
            push(("error", self.error_for(e)))
        finally:
            if gen is not None:
                gen.close()  # lets the engine release its generation lock early on disconnect
            try:
                audit_id = self.audit(answer, error)
            except Exception as e:  # noqa: BLE001
                log.error("%s: audit write failed: %s", self.id, type(e).__name__)
                audit_id = None
            self.state.admission.leave(self.key.key_id)
        if answer is not None:
            push(("done", answer, audit_id))
        elif error == "no_final_answer":
            push(("error", ApiError(500, "the model ended without an answer", "server_error", "engine_error")))

    def chunk(self, delta: dict, finish_reason: str | None = None, **extra) -> str:
        body = chunk_body(self.id, self.created, self.model_id, delta, finish_reason, **extra)
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    def start_stream(self) -> None:
        """Start the engine in a worker thread; sse() then reads what it pushes. The worker holds the
        admission slot and releases it when generation ends, whatever the client does."""
        loop = asyncio.get_running_loop()
        self.queue: asyncio.Queue = asyncio.Queue()  # unbounded: at most max_new_tokens small items per request
        self.cancelled = threading.Event()
        cancelled, queue = self.cancelled, self.queue

        def push(item):
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # event loop already closed (server shutting down)
                cancelled.set()

        try:
            loop.run_in_executor(self.state.executor(), self._stream_into, push, cancelled)
        except BaseException:  # the worker never started: nothing else would release the slot
            self.state.admission.leave(self.key.key_id)
            raise

    async def sse(self):
        queue, cancelled = self.queue, self.cancelled
        streamed = ""
        try:
            yield self.chunk({"role": "assistant", "content": ""})
            while True:
                item = await queue.get()
                if item[0] == "token":
                    streamed += item[1]
                    if item[1]:
                        yield self.chunk({"content": item[1]})
                elif item[0] == "done":
                    answer, audit_id = item[1], item[2]
                    # the engine may tidy the text after streaming (e.g. drop a bad marker): send what is missing
                    rest = answer.answer[len(streamed):] if answer.answer.startswith(streamed) else ""
                    yield self.chunk(
                        {"content": rest + sources_text(answer.citations)}, "stop",
                        citations=[c.to_dict() for c in answer.citations],
                        domainbot=domainbot_extra(answer, time.perf_counter() - self.t0, audit_id, self.reader_only),
                    )
                    break
                else:
                    e: ApiError = item[1]
                    yield f"data: {json.dumps(error_body(e.message, e.type, e.code))}\n\n"
                    break
            yield "data: [DONE]\n\n"
        finally:
            cancelled.set()  # no-op when generation already finished
