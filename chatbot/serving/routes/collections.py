"""GET /v1/collections: the collections this key may search (a scoped key sees only its own)."""
from __future__ import annotations

from fastapi import APIRouter, Request

from chatbot.serving.deps import Key, ReadyEngine, State, audit_ok, searchable

router = APIRouter(prefix="/v1", tags=["collections"])


@router.get("/collections")
async def collections(request: Request, state: State, key: Key, engine: ReadyEngine):
    # ReadyEngine: while loading, "none" would be a wrong answer
    counts = engine.retriever.collections
    allowed = searchable(engine, key)
    names = sorted(counts) if allowed is None else list(allowed)
    await audit_ok(state, request, key)
    return {"object": "list", "scoped": key.collections is not None,
            "data": [{"id": name, "object": "collection", "chunks": counts.get(name, 0)} for name in names]}
