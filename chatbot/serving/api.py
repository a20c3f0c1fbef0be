"""The internal help-desk HTTP API: OpenAI-compatible chat completions with citations.

    domainbot keys create helpdesk          # prints a key once
    domainbot serve --port 8000             # then point any OpenAI client at http://127.0.0.1:8000/v1

Endpoints: GET /health, GET /ready (no auth); GET /v1/models, POST /v1/chat/completions,
POST /v1/feedback (Authorization: Bearer <key>). Every answered request leaves one audit row in
workspace/server.db. Request flow: auth -> rate limit -> body size -> schema -> admission -> engine
(in a worker thread, never on the event loop) -> audit -> response.
"""
from __future__ import annotations

import asyncio
import json
import logging
import math
import re
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from chatbot.serving.limits import Admission, RateLimiter, WarnEvery
from chatbot.serving.schemas import (
    MODEL_BASE,
    MODEL_TUNED,
    ApiError,
    ChatRequest,
    FeedbackRequest,
    chunk_body,
    completion_body,
    error_body,
    error_json,
    model_entry,
    validation_message,
)
from chatbot.serving.store import KeyInfo, Store, parse_rating
from core.config import AnswerConfig, DomainbotError, ServeConfig, Workspace

log = logging.getLogger("domainbot.api")

MAX_PENDING = 32  # chat requests admitted at once (generating + waiting for the model); more -> 503
RELOAD_CHECK_S = 2.0  # how often a request may start a background check for a new index or adapter
NOT_LOADED = "the model or index failed to load (see the server log)"  # what clients hear; details: the log
SOURCES_HEADER = "\n\nSources:\n"


# ---------------------------------------------------------------- server state


@dataclass
class ServerState:
    ws: Workspace
    cfg: ServeConfig
    store: Store
    engine: Any = None  # chatbot.answer.engine.Engine (or anything with answer()/stream())
    runtime: Any = None  # chatbot.models.runtime.Runtime: reloads the engine when the index or adapter changes
    engine_error: str | None = None  # why loading failed: logged; clients are told NOT_LOADED only
    limiter: RateLimiter = None
    admission: Admission = None
    pool: ThreadPoolExecutor | None = None  # engine calls; one thread per admitted request
    loader: threading.Thread | None = None
    reloader: threading.Thread | None = None  # the background check for a new index or adapter
    reload_every_s: float = RELOAD_CHECK_S
    last_check: float = float("-inf")
    unauthenticated: WarnEvery = field(default_factory=WarnEvery)  # counted, never audited one by one
    started: float = field(default_factory=time.time)

    def executor(self) -> ThreadPoolExecutor:
        if self.pool is None:
            self.pool = ThreadPoolExecutor(max_workers=self.admission.limit, thread_name_prefix="domainbot-engine")
        return self.pool

    def current_engine(self):
        """The loaded engine, at once. A new index or a retrained adapter (an ingest or a training run
        while the server runs) is picked up by a check in a background thread, started here at most
        every reload_every_s: the request never waits for a reload, and if one fails, the loaded engine
        keeps answering."""
        now = time.monotonic()
        if (self.runtime is not None and self.engine is not None and now - self.last_check >= self.reload_every_s
                and (self.reloader is None or not self.reloader.is_alive())):
            self.last_check = now
            self.reloader = threading.Thread(target=self._reload, name="domainbot-reload", daemon=True)
            self.reloader.start()
        return self.engine

    def _reload(self) -> None:
        try:
            self.engine = self.runtime.engine()  # cheap when nothing changed on disk
        except Exception as e:  # noqa: BLE001 - logged; answers go on with what is loaded
            # the message may name a document: only with text logging on
            log.error("reload failed, answering with the loaded engine: %s%s", type(e).__name__,
                      f": {e}" if self.cfg.log_text else "")

    def has_adapter(self) -> bool:
        gen = getattr(self.engine, "generator", None)
        if gen is not None and hasattr(gen, "has_adapter"):
            return bool(gen.has_adapter)
        return self.ws.adapter_dir(self.cfg.adapter).is_dir()


def load_engine_in_background(state: ServerState) -> None:
    """Load retriever + model off the event loop so /health answers at once and /ready says when."""

    def load():
        t0 = time.perf_counter()
        try:
            from chatbot.models.runtime import Runtime

            runtime = Runtime(state.ws, adapter=state.cfg.adapter, engine_name=state.cfg.engine,
                              llm_url=state.cfg.llm_url)
            state.engine, state.runtime = runtime.engine(), runtime
            log.info("engine ready in %.1f s", time.perf_counter() - t0)
        except DomainbotError as e:
            state.engine_error = str(e)
            log.error("engine failed to load: %s", e)
        except Exception as e:  # noqa: BLE001 - reported through /ready instead of killing the server
            state.engine_error = f"{type(e).__name__}: {e}"
            log.exception("engine failed to load")

    state.loader = threading.Thread(target=load, name="domainbot-load-engine", daemon=True)
    state.loader.start()


# ---------------------------------------------------------------- response pieces


def searchable(engine, key: KeyInfo) -> tuple[str, ...] | None:
    """What a key may search: None (everything) for an unscoped key; for a scoped key its collections
    that this index has, possibly none (then nothing is found). Never a message naming the others."""
    if key.collections is None:
        return None
    known = getattr(getattr(engine, "retriever", None), "collections", None)
    if known is None:
        return tuple(key.collections)
    return tuple(c for c in key.collections if c in known)


def for_key(message: str, engine, key: KeyInfo) -> str:
    """An engine's error message as a key may read it: a scoped key never learns the names of the
    collections outside its scope (an index loaded after its scope was checked may list them)."""
    if key.collections is None:
        return message
    known = getattr(getattr(engine, "retriever", None), "collections", None) or {}
    others = [c for c in known if c not in key.collections]
    if any(re.search(rf"(?<![\w.-]){re.escape(c)}(?![\w.-])", message) for c in others) or "collection" in message:
        return "this key's collections cannot answer this request now (GET /v1/collections lists them)"
    return message


def requested_scope(engine, key: KeyInfo, asked: list[str] | None) -> tuple[str, ...] | None:
    """The collections one request searches: the key's own, narrowed by the request's `collections`.
    Asking for one outside the key's scope is a 403 that does not say whether it exists."""
    scope = searchable(engine, key)
    if asked is None:
        return scope
    asked = list(dict.fromkeys(asked))
    if key.collections is not None and set(asked) - set(key.collections):
        raise ApiError(403, "this key may not search the requested collections (GET /v1/collections lists "
                       "what it may search)", code="collection_forbidden")
    known = getattr(getattr(engine, "retriever", None), "collections", None)
    unknown = [c for c in asked if known is not None and c not in known]
    if unknown and key.collections is None:
        raise ApiError(404, f"unknown collection {unknown[0]!r} (GET /v1/collections lists them)",
                       code="collection_not_found")
    return tuple(c for c in asked if known is None or c in known)


def client_address(request: Request) -> str | None:
    """The peer's address (behind a proxy this is the proxy: run uvicorn with --proxy-headers)."""
    return request.client.host if request.client else None


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
             "chunk_id": c.chunk_id, "sha256": getattr(c, "sha256", ""), "spans": getattr(c, "spans", [])}
        if log_text:
            d.update(source=c.source, section=c.section, quote=c.quote)
        out.append(d)
    return out


GENERATE_WHILE_IN_FLIGHT = 2  # requests in flight (this one included) up to which the model may write


def domainbot_extra(answer, latency_s: float, audit_id: int, reader_only: bool = False) -> dict:
    """Beside `citations`: how the answer was checked. mode is generated (verified model sentences
    after the reader's quote), quoted (the documents' own sentences) or refused; `generation` says
    whether and why the model wrote; `reader_only` is true when the server was busy and answered from
    the reader alone; `related` lists the nearest passages of a refusal; `dropped` gives why model
    sentences were not shown (their text is not sent)."""
    return {"refused": bool(answer.refused), "latency_s": round(latency_s, 3), "audit_id": audit_id,
            "generation": answer.timings.get("generation", ""), "reader_only": reader_only,
            "routed": getattr(answer, "routed", None),
            "model": answer.model, "mode": getattr(answer, "mode", "generated"),
            "verified": bool(getattr(answer, "verified", False)),
            "related": [r.to_dict() for r in getattr(answer, "related", [])],
            "dropped": [d["reason"] for d in getattr(answer, "dropped", [])]}


# ---------------------------------------------------------------- the app


def create_app(ws: Workspace, cfg: ServeConfig, engine=None, max_pending: int = MAX_PENDING,
               max_per_key: int | None = None) -> FastAPI:
    """The FastAPI app. With engine=None the real one is loaded in a background thread at startup.
    max_per_key: admission slots one key may hold (default: a quarter of max_pending, at least 1)."""
    state = ServerState(ws=ws, cfg=cfg, store=Store(ws.server_db), engine=engine,
                        limiter=RateLimiter(cfg.rate_limit_per_minute), admission=Admission(max_pending, max_per_key))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if state.engine is None and state.loader is None:
            load_engine_in_background(state)
        yield
        # uvicorn's timeout_graceful_shutdown has already let in-flight requests finish
        if state.pool is not None:
            state.pool.shutdown(wait=False, cancel_futures=True)
            state.pool = None

    # no /docs, /redoc or /openapi.json: every route but /health and /ready needs a key
    app = FastAPI(title="domainbot", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None, description="OpenAI-compatible answers with citations from your documents.")
    app.state.server = state

    async def audit_rejected(request: Request, status: int, reason: str | None) -> None:
        """A refused request with a valid key leaves an audit row too: who (key id), from where, what
        status and why. Requests without a valid key are counted in memory and logged at most once a
        minute instead (one row each would let anyone fill the disk and hold the database lock).
        Probes (/health, /ready) are not audited."""
        if request.url.path in ("/health", "/ready"):
            return
        key = getattr(request.state, "key", None)
        if key is None:
            n = state.unauthenticated.count()
            if n is not None:
                log.warning("%d request(s) without a valid API key refused (%d since start; last: %s %s from %s)",
                            n, state.unauthenticated.total, status, reason, client_address(request))
            return
        try:
            await run_in_threadpool(
                state.store.log_audit, key_name=key.name if key else "", question=None, answer=None, citations=[],
                model="", latency_s=time.perf_counter() - getattr(request.state, "t0", time.perf_counter()),
                status="rejected", key_id=key.key_id if key else None, endpoint=request.url.path,
                client=client_address(request), http_status=status, reason=reason)
        except Exception as e:  # noqa: BLE001 - a broken audit write must not hide the answer's error
            log.error("audit write failed: %s", type(e).__name__)

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, e: ApiError):
        await audit_rejected(request, e.status, e.code or e.type)
        return error_json(e.status, e.message, e.type, e.code, e.headers)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, e: StarletteHTTPException):
        await audit_rejected(request, e.status_code, "not_found" if e.status_code == 404 else "http_error")
        return error_json(e.status_code, str(e.detail), code=None, headers=getattr(e, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, e: RequestValidationError):
        await audit_rejected(request, 400, "invalid_request")
        return error_json(400, f"invalid request: {(e.errors() or [{}])[0].get('msg', 'bad input')}")

    @app.exception_handler(Exception)
    async def on_crash(request: Request, e: Exception):
        log.error("unhandled %s on %s", type(e).__name__, request.url.path)  # no bodies in the log
        await audit_rejected(request, 500, type(e).__name__)
        return error_json(500, "internal server error (see the server log)", "server_error")

    async def authenticate(request: Request) -> KeyInfo:
        """The key (id and name), after the key check and the per-key rate limit."""
        request.state.t0 = time.perf_counter()
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "missing API key: send 'Authorization: Bearer <key>' "
                           "(create one with `domainbot keys create NAME`)", code="invalid_api_key",
                           headers={"WWW-Authenticate": "Bearer"})
        key = await run_in_threadpool(state.store.verify_key, token.strip())
        if key is None:
            raise ApiError(401, "invalid or revoked API key", code="invalid_api_key",
                           headers={"WWW-Authenticate": "Bearer"})
        request.state.key = key
        name = key.name
        wait = state.limiter.retry_after(key.key_id)
        if wait is not None:
            secs = max(1, math.ceil(wait))
            raise ApiError(429, f"rate limit of {cfg.rate_limit_per_minute} requests per minute reached for key "
                           f"{name!r}; retry in {secs} s", "rate_limit_error", "rate_limit_exceeded",
                           {"Retry-After": str(secs)})
        return key

    async def read_json(request: Request) -> Any:
        """The JSON body, refusing more than cfg.max_body_bytes whether or not Content-Length says so."""
        limit = cfg.max_body_bytes
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                raise ApiError(400, "invalid Content-Length header")
            if int(declared) > limit:
                raise ApiError(413, f"request body is {declared} bytes; the limit is {limit}", code="body_too_large")
        body = bytearray()
        async for piece in request.stream():
            body += piece
            if len(body) > limit:
                raise ApiError(413, f"request body is over the {limit}-byte limit", code="body_too_large")
        if not body:
            raise ApiError(400, "empty request body: send a JSON object")
        try:
            return json.loads(bytes(body))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise ApiError(400, f"request body is not valid JSON ({getattr(e, 'msg', 'bad encoding')})",
                           code="invalid_json")

    def parse(model_cls, data):
        try:
            return model_cls.model_validate(data)
        except ValidationError as e:
            raise ApiError(400, validation_message(e), code="invalid_request")

    # ---- health

    @app.get("/health")
    async def health():
        return {"status": "ok"}

    @app.get("/ready")
    async def ready():
        if state.engine is not None:
            return {"status": "ready"}
        if state.engine_error:  # the reason is in the server log: it may name files of the workspace
            return JSONResponse({"status": "error", "error": NOT_LOADED}, status_code=503)
        return JSONResponse({"status": "loading"}, status_code=503, headers={"Retry-After": "5"})

    # ---- models

    @app.get("/v1/models")
    async def models(request: Request, key: KeyInfo = Depends(authenticate)):
        """The served models, and every adapter in the workspace with the base model it needs
        (`domainbot serve --adapter NAME` serves another one as "domainbot")."""
        from chatbot.models.load import list_adapters

        tuned = state.has_adapter()
        created = int(state.started)
        gen = getattr(state.engine, "generator", None)
        base_name = gen.model_name(False) if gen is not None and hasattr(gen, "model_name") else None
        adapters = await run_in_threadpool(list_adapters, state.ws)
        await run_in_threadpool(state.store.log_audit, key_name=key.name, question=None, answer=None, citations=[],
                                model="", latency_s=time.perf_counter() - request.state.t0, key_id=key.key_id,
                                endpoint="/v1/models", client=client_address(request), http_status=200)
        return {"object": "list", "data": [
            model_entry(MODEL_TUNED, created, adapter=cfg.adapter if tuned else None, base_model=base_name,
                        description=f"fine-tuned (LoRA adapter {cfg.adapter!r})" if tuned
                        else "base model (no adapter trained yet)"),
            model_entry(MODEL_BASE, created, base_model=base_name, description="base model without the adapter"),
        ], "adapters": [{**a.to_dict(), "served": a.name == cfg.adapter and tuned} for a in adapters]}

    # ---- chat

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request, key: KeyInfo = Depends(authenticate)):
        t0 = time.perf_counter()
        req: ChatRequest = parse(ChatRequest, await read_json(request))
        if req.model not in (MODEL_TUNED, MODEL_BASE):
            raise ApiError(404, f"model {req.model!r} not found: use {MODEL_TUNED!r} or {MODEL_BASE!r}",
                           code="model_not_found")
        if len(req.messages) > cfg.max_messages:
            raise ApiError(400, f"{len(req.messages)} messages; the limit is {cfg.max_messages} "
                           "(drop older turns)", code="too_many_messages")
        last = req.messages[-1]
        question = last.text().strip()
        if last.role != "user" or not question:
            raise ApiError(400, "the last message must be a non-empty user message (the question)",
                           code="no_question")
        if len(question) > cfg.max_question_chars:
            raise ApiError(400, f"question is {len(question)} characters; the limit is {cfg.max_question_chars}",
                           code="question_too_long")
        # system/developer messages are ignored: the engine has its own instructions
        history = [{"role": m.role, "content": strip_sources(m.text()) if m.role == "assistant" else m.text()}
                   for m in req.messages[:-1] if m.role in ("user", "assistant") and m.text().strip()]
        engine = ready_engine()  # the scope is checked against the engine that answers
        acfg = AnswerConfig(use_adapter=req.model == MODEL_TUNED,
                            collections=requested_scope(engine, key, req.collections))
        if req.temperature is not None:
            acfg = replace(acfg, temperature=req.temperature)
        if req.max_completion_tokens or req.max_tokens:
            acfg = replace(acfg, max_new_tokens=req.max_completion_tokens or req.max_tokens)

        refused = state.admission.try_enter(key.key_id)
        if refused == "key_busy":
            raise ApiError(429, f"key {key.name!r} already has {state.admission.per_key} request(s) in flight; "
                           "retry when one is answered", "rate_limit_error", "too_many_in_flight", {"Retry-After": "1"})
        if refused:
            raise ApiError(503, "busy, retry", "server_error", "busy", {"Retry-After": "1"})
        # The generator serves one answer at a time: with others in flight this one would wait seconds
        # for it, so it is answered from the reader alone (milliseconds), and says so.
        reader_only = state.admission.count > GENERATE_WHILE_IN_FLIGHT and acfg.generate != "never"
        if reader_only:
            acfg = replace(acfg, generate="never")

        job = ChatJob(state, engine, key, req.model, question, history, acfg, t0, client_address(request))
        job.reader_only = reader_only
        if req.stream:
            # the engine starts now, not when the response does: its worker releases the slot even
            # if the client is gone before the first chunk (a generator never started has no finally)
            job.start_stream()
            return StreamingResponse(job.sse(), media_type="text/event-stream",
                                     headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        return await job.complete()

    # ---- collections

    def ready_engine():
        """The loaded engine, or 503 not_ready (still loading, or failed to load)."""
        if state.engine is not None:
            return state.current_engine()
        if state.engine_error:
            raise ApiError(503, f"not ready: {NOT_LOADED}", "server_error", "not_ready")
        raise ApiError(503, "model is still loading; retry shortly", "server_error", "not_ready", {"Retry-After": "5"})

    @app.get("/v1/collections")
    async def collections(request: Request, key: KeyInfo = Depends(authenticate)):
        """The collections this key may search (a scoped key sees only its own)."""
        engine = ready_engine()  # while loading, "none" would be a wrong answer
        counts = getattr(getattr(engine, "retriever", None), "collections", None) or {}
        allowed = searchable(engine, key)
        names = sorted(counts) if allowed is None else list(allowed)
        await run_in_threadpool(state.store.log_audit, key_name=key.name, question=None, answer=None, citations=[],
                                model="", latency_s=time.perf_counter() - request.state.t0, key_id=key.key_id,
                                endpoint="/v1/collections", client=client_address(request), http_status=200)
        return {"object": "list", "scoped": key.collections is not None,
                "data": [{"id": name, "object": "collection", "chunks": counts.get(name, 0)} for name in names]}

    # ---- feedback

    @app.post("/v1/feedback")
    async def feedback(request: Request, key: KeyInfo = Depends(authenticate)):
        fb: FeedbackRequest = parse(FeedbackRequest, await read_json(request))
        try:
            parse_rating(fb.rating)
        except DomainbotError as e:
            raise ApiError(400, str(e), code="invalid_rating")
        comment = fb.comment if cfg.log_text else None  # the audit log's text policy holds for comments too
        try:  # a key can only rate the answers it was given
            await run_in_threadpool(state.store.set_feedback, fb.id, fb.rating, comment, key.key_id, fb.reason)
        except DomainbotError as e:
            raise ApiError(404, str(e), code="not_found")
        await run_in_threadpool(state.store.log_audit, key_name=key.name, question=None, answer=None, citations=[],
                                model="", latency_s=time.perf_counter() - request.state.t0, key_id=key.key_id,
                                endpoint="/v1/feedback", client=client_address(request), http_status=200,
                                reason=f"feedback on {fb.id}")
        return {"status": "ok", "id": fb.id}

    return app


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
            mode=getattr(answer, "mode", None) if answer is not None else None,
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
            if gen is not None and hasattr(gen, "close"):
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


def serve(ws: Workspace, cfg: ServeConfig) -> None:
    """`domainbot serve`: check the workspace, say how to connect, run uvicorn until Ctrl-C."""
    import uvicorn

    if ws.index_dir() is None:
        raise DomainbotError(f"no index in {ws.root}: run `domainbot ingest FOLDER` first")
    store = Store(ws.server_db)
    has_keys = store.has_active_keys()
    store.close()
    shown_host = "127.0.0.1" if cfg.host in ("0.0.0.0", "::") else cfg.host
    base = f"http://{shown_host}:{cfg.port}"
    print(f"domainbot API: {base}  (OpenAI base_url {base}/v1, readiness {base}/ready)", flush=True)
    if not has_keys:
        print("No API keys yet. Create one (the running server accepts it at once):\n"
              f"  domainbot keys create NAME --workspace {ws.root}", flush=True)
    if cfg.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"Listening on {cfg.host}: keys travel in clear text, put a TLS proxy in front.", flush=True)
    uvicorn.run(create_app(ws, cfg), host=cfg.host, port=cfg.port, timeout_graceful_shutdown=30,
                log_level="info")
