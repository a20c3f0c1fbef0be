"""The API's wire format: OpenAI-shaped errors and the request bodies it accepts (pydantic)."""
from __future__ import annotations

from typing import Literal, Union

from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError

MODEL_TUNED = "domainbot"  # base + LoRA adapter when workspace/adapters/default exists
MODEL_BASE = "domainbot-base"  # AnswerConfig(use_adapter=False)
MAX_TOKENS_CAP = 1024  # upper bound a client may ask for with max_tokens


# ---------------------------------------------------------------- errors (OpenAI shape)


class ApiError(Exception):
    """Answered as {"error": {"message", "type", "code"}} like the OpenAI API, so clients show it."""

    def __init__(self, status: int, message: str, type: str = "invalid_request_error", code: str | None = None,
                 headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.type, self.code, self.headers = status, message, type, code, headers


def error_json(status: int, message: str, type: str = "invalid_request_error", code: str | None = None,
               headers: dict | None = None) -> JSONResponse:
    body = {"error": {"message": message, "type": type, "param": None, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)


# ---------------------------------------------------------------- request schemas


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: Union[str, list[ContentPart], None] = None

    def text(self) -> str:
        if isinstance(self.content, list):  # OpenAI "content parts": keep the text ones
            return "".join(p.text or "" for p in self.content if p.type == "text")
        return self.content or ""


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")  # n, top_p, user, stream_options...: accepted, not used
    model: str = MODEL_TUNED
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    max_tokens: int | None = Field(None, ge=1, le=MAX_TOKENS_CAP)
    max_completion_tokens: int | None = Field(None, ge=1, le=MAX_TOKENS_CAP)
    # search only these collections (within what the key may search; see /v1/collections)
    collections: list[str] | None = Field(None, min_length=1, max_length=32)


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: StrictInt
    rating: Union[StrictInt, StrictStr]
    comment: str | None = Field(None, max_length=2000)


def validation_message(e: ValidationError) -> str:
    errs = e.errors()
    first = errs[0]
    where = ".".join(str(p) for p in first["loc"]) or "body"
    more = f" (and {len(errs) - 1} more problem{'s' if len(errs) > 2 else ''})" if len(errs) > 1 else ""
    return f"invalid request: {where}: {first['msg']}{more}"
