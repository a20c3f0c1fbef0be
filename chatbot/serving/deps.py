"""The API's shared needs as FastAPI dependencies: the server state, the key check (with the per-key
rate limit), a size-limited JSON body parsed into its pydantic schema, the loaded engine, and the
collections a key may search. Routers declare them with Depends; tests may swap them through
app.dependency_overrides."""
from __future__ import annotations

import json
import math
import re
import time
from typing import Annotated, Any, Callable, TypeVar

from fastapi import Depends, Request
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool

from chatbot.serving.schemas import ApiError, validation_message
from chatbot.serving.state import NOT_LOADED, ServerState
from chatbot.serving.store import KeyInfo

Body = TypeVar("Body", bound=BaseModel)


def get_state(request: Request) -> ServerState:
    return request.app.state.server


State = Annotated[ServerState, Depends(get_state)]


async def authenticate(request: Request, state: State) -> KeyInfo:
    """The key (id and name), after the key check and the per-key rate limit."""
    request.state.t0 = time.perf_counter()
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing API key: send 'Authorization: Bearer <key>' "
                       "(create one with `domainbot keys create NAME`)", code="invalid_api_key",
                       headers={"WWW-Authenticate": "Bearer"})
    key = await run_in_threadpool(state.store.verify_key, token.strip())
    if key is None:
        raise ApiError(401, "invalid or revoked API key", code="invalid_api_key", headers={"WWW-Authenticate": "Bearer"})
    request.state.key = key
    wait = state.limiter.retry_after(key.key_id)
    if wait is not None:
        secs = max(1, math.ceil(wait))
        raise ApiError(429, f"rate limit of {state.cfg.rate_limit_per_minute} requests per minute reached for key "
                       f"{key.name!r}; retry in {secs} s", "rate_limit_error", "rate_limit_exceeded",
                       {"Retry-After": str(secs)})
    return key


Key = Annotated[KeyInfo, Depends(authenticate)]


async def read_body(request: Request, limit: int, limit_text: str | None = None) -> bytes:
    """The raw body, refusing more than `limit` bytes whether or not Content-Length says so
    (limit_text: how the limit is worded in the 413, when it is more than one number)."""
    said = limit_text or str(limit)
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "invalid Content-Length header")
        if int(declared) > limit:
            raise ApiError(413, f"request body is {declared} bytes; the limit is {said}", code="body_too_large")
    body = bytearray()
    async for piece in request.stream():
        body += piece
        if len(body) > limit:
            raise ApiError(413, f"request body is over the limit of {said} bytes", code="body_too_large")
    if not body:
        raise ApiError(400, "empty request body: send a JSON object")
    return bytes(body)


def parse_body(schema: type[Body], body: bytes) -> Body:
    """A JSON body as `schema`: 400 invalid_json or invalid_request with a one-line reason."""
    try:
        data = json.loads(body)
    except json.JSONDecodeError as e:
        raise ApiError(400, f"request body is not valid JSON ({e.msg})", code="invalid_json")
    except UnicodeDecodeError:
        raise ApiError(400, "request body is not valid JSON (bad encoding)", code="invalid_json")
    try:
        return schema.model_validate(data)
    except ValidationError as e:
        raise ApiError(400, validation_message(e), code="invalid_request")


def json_body(schema: type[Body]) -> Callable:
    """A dependency: the request's JSON body (size-limited by cfg.max_body_bytes) as `schema`. Not
    FastAPI's own body parsing, which reads any size and words its errors differently."""

    async def parsed(request: Request, state: State) -> Body:
        return parse_body(schema, await read_body(request, state.cfg.max_body_bytes))

    return parsed


def ready_engine(state: State):
    """The loaded engine, or 503 not_ready (still loading, or failed to load)."""
    if state.engine is not None:
        return state.current_engine()
    if state.engine_error:
        raise ApiError(503, f"not ready: {NOT_LOADED}", "server_error", "not_ready")
    raise ApiError(503, "model is still loading; retry shortly", "server_error", "not_ready", {"Retry-After": "5"})


ReadyEngine = Annotated[Any, Depends(ready_engine)]


def client_address(request: Request) -> str | None:
    """The peer's address (behind a proxy this is the proxy: run uvicorn with --proxy-headers)."""
    return request.client.host if request.client else None


async def audit_ok(state: ServerState, request: Request, key: KeyInfo, reason: str | None = None) -> None:
    """The audit row of an answered request that is not a chat (models, collections, feedback)."""
    await run_in_threadpool(state.store.log_audit, key_name=key.name, question=None, answer=None, citations=[],
                            model="", latency_s=time.perf_counter() - request.state.t0, key_id=key.key_id,
                            endpoint=request.url.path, client=client_address(request), http_status=200,
                            reason=reason)


# ---------------------------------------------------------------- what a key may search


def searchable(engine, key: KeyInfo) -> tuple[str, ...] | None:
    """What a key may search: None (everything) for an unscoped key; for a scoped key its collections
    that this index has, possibly none (then nothing is found). Never a message naming the others."""
    if key.collections is None:
        return None
    known = engine.retriever.collections
    return tuple(c for c in key.collections if c in known)


def for_key(message: str, engine, key: KeyInfo) -> str:
    """An engine's error message as a key may read it: a scoped key never learns the names of the
    collections outside its scope (an index loaded after its scope was checked may list them)."""
    if key.collections is None:
        return message
    others = [c for c in engine.retriever.collections if c not in key.collections]
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
    known = engine.retriever.collections
    unknown = [c for c in asked if c not in known]
    if unknown and key.collections is None:
        raise ApiError(404, f"unknown collection {unknown[0]!r} (GET /v1/collections lists them)",
                       code="collection_not_found")
    return tuple(c for c in asked if c in known)
