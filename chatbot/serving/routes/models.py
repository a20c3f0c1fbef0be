"""GET /v1/models: the served models, and every adapter in the workspace with the base model it needs."""
from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from chatbot.serving.deps import Key, State, audit_ok
from chatbot.serving.schemas import MODEL_BASE, MODEL_TUNED, model_entry

router = APIRouter(prefix="/v1", tags=["models"])


@router.get("/models")
async def models(request: Request, state: State, key: Key):
    """`domainbot serve --adapter NAME` serves another adapter as "domainbot"."""
    from chatbot.models.load import list_adapters

    cfg = state.cfg
    tuned = state.has_adapter()
    created = int(state.started)
    base_name = state.base_model_name()
    adapters = await run_in_threadpool(list_adapters, state.ws)
    await audit_ok(state, request, key)
    return {"object": "list", "data": [
        model_entry(MODEL_TUNED, created, adapter=cfg.adapter if tuned else None, base_model=base_name,
                    description=f"fine-tuned (LoRA adapter {cfg.adapter!r})" if tuned
                    else "base model (no adapter trained yet)"),
        model_entry(MODEL_BASE, created, base_model=base_name, description="base model without the adapter"),
    ], "adapters": [{**a.to_dict(), "served": a.name == cfg.adapter and tuned} for a in adapters]}
