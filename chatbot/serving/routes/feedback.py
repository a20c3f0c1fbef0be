"""POST /v1/feedback: a rating (and, with text logging on, a comment) on an answer this key was given."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from chatbot.serving.deps import Key, State, audit_ok, json_body
from chatbot.serving.schemas import ApiError, FeedbackRequest
from chatbot.serving.store import parse_rating
from core.config import DomainbotError

router = APIRouter(prefix="/v1", tags=["feedback"])


@router.post("/feedback")
async def feedback(request: Request, state: State, key: Key,
                   fb: Annotated[FeedbackRequest, Depends(json_body(FeedbackRequest))]):
    try:
        parse_rating(fb.rating)
    except DomainbotError as e:
        raise ApiError(400, str(e), code="invalid_rating")
    comment = fb.comment if state.cfg.log_text else None  # the audit log's text policy holds for comments too
    try:  # a key can only rate the answers it was given
        await run_in_threadpool(state.store.set_feedback, fb.id, fb.rating, comment, key.key_id, fb.reason)
    except DomainbotError as e:
        raise ApiError(404, str(e), code="not_found")
    await audit_ok(state, request, key, reason=f"feedback on {fb.id}")
    return {"status": "ok", "id": fb.id}
