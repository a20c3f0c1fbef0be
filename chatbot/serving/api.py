"""The internal help-desk HTTP API: OpenAI-compatible chat completions with citations.

    domainbot keys create helpdesk          # prints a key once
    domainbot serve --port 8000             # then point any OpenAI client at http://127.0.0.1:8000/v1

Endpoints: GET /health, GET /ready (no auth); GET /v1/models, GET /v1/collections,
POST /v1/chat/completions, POST /v1/feedback (Authorization: Bearer <key>). One router per resource
(chatbot/serving/routes/); what they share (state, key check, bodies, engine) is in deps.py. Every
answered request leaves one audit row in workspace/server.db, and so does a refused one with a valid key.
"""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from chatbot.serving.deps import client_address
from chatbot.serving.routes import chat, collections, feedback, health, models
from chatbot.serving.routes.chat import GENERATE_WHILE_IN_FLIGHT  # noqa: F401 - tests and benches read it here
from chatbot.serving.schemas import ApiError, error_json
from chatbot.serving.state import MAX_PENDING, ServerState
from chatbot.serving.store import Store
from core.config import DomainbotError, ServeConfig, Workspace

log = logging.getLogger("domainbot.api")


def create_app(ws: Workspace, cfg: ServeConfig, engine=None, max_pending: int = MAX_PENDING,
               max_per_key: int | None = None) -> FastAPI:
    """The FastAPI app. With engine=None the real one is loaded in a background thread at startup.
    max_per_key: admission slots one key may hold (default: a quarter of max_pending, at least 1)."""
    state = ServerState.open(ws, cfg, engine, max_pending, max_per_key)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if state.engine is None and state.loader is None:
            state.load_in_background()
        yield
        state.close()

    # no /docs, /redoc or /openapi.json: every route but /health and /ready needs a key
    app = FastAPI(title="domainbot", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None, description="OpenAI-compatible answers with citations from your documents.")
    app.state.server = state
    for handled, handler in ERROR_HANDLERS.items():
        app.add_exception_handler(handled, handler)
    for module in (health, models, collections, chat, feedback):
        app.include_router(module.router)
    return app


# ---------------------------------------------------------------- errors


async def audit_rejected(request: Request, status: int, reason: str | None) -> None:
    """A refused request with a valid key leaves an audit row too: who (key id), from where, what
    status and why. Requests without a valid key are counted in memory and logged at most once a
    minute instead (one row each would let anyone fill the disk and hold the database lock).
    Probes (/health, /ready) are not audited."""
    if request.url.path in ("/health", "/ready"):
        return
    state: ServerState = request.app.state.server
    key = getattr(request.state, "key", None)  # set by the key check, when it ran and passed
    if key is None:
        n = state.unauthenticated.count()
        if n is not None:
            log.warning("%d request(s) without a valid API key refused (%d since start; last: %s %s from %s)",
                        n, state.unauthenticated.total, status, reason, client_address(request))
        return
    try:
        await run_in_threadpool(
            state.store.log_audit, key_name=key.name, question=None, answer=None, citations=[],
            model="", latency_s=time.perf_counter() - request.state.t0, status="rejected", key_id=key.key_id,
            endpoint=request.url.path, client=client_address(request), http_status=status, reason=reason)
    except Exception as e:  # noqa: BLE001 - a broken audit write must not hide the answer's error
        log.error("audit write failed: %s", type(e).__name__)


async def on_api_error(request: Request, e: ApiError):
    await audit_rejected(request, e.status, e.code or e.type)
    return error_json(e.status, e.message, e.type, e.code, e.headers)


async def on_http_error(request: Request, e: StarletteHTTPException):
    await audit_rejected(request, e.status_code, "not_found" if e.status_code == 404 else "http_error")
    return error_json(e.status_code, str(e.detail), code=None, headers=e.headers)


async def on_validation_error(request: Request, e: RequestValidationError):
    await audit_rejected(request, 400, "invalid_request")
    return error_json(400, f"invalid request: {(e.errors() or [{}])[0].get('msg', 'bad input')}")


async def on_crash(request: Request, e: Exception):
    log.error("unhandled %s on %s", type(e).__name__, request.url.path)  # no bodies in the log
    await audit_rejected(request, 500, type(e).__name__)
    return error_json(500, "internal server error (see the server log)", "server_error")


ERROR_HANDLERS = {ApiError: on_api_error, StarletteHTTPException: on_http_error,
                  RequestValidationError: on_validation_error, Exception: on_crash}


# ---------------------------------------------------------------- `domainbot serve`


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
