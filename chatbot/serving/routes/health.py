"""GET /health (the process answers) and GET /ready (the engine is loaded): no key, never audited."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from chatbot.serving.deps import State
from chatbot.serving.state import NOT_LOADED

router = APIRouter(tags=["health"])


@router.get("/health")
async def health():
    return {"status": "ok"}


@router.get("/ready")
async def ready(state: State):
    if state.engine is not None:
        return {"status": "ready"}
    if state.engine_error:  # the reason is in the server log: it may name files of the workspace
        return JSONResponse({"status": "error", "error": NOT_LOADED}, status_code=503)
    return JSONResponse({"status": "loading"}, status_code=503, headers={"Retry-After": "5"})
