"""The API's wire format: the request bodies it accepts (pydantic, with limits), and its answers
built on the openai SDK's own response types, so they are what OpenAI clients parse; domainbot's
additions (citations, verification, audit id) ride along as extra fields, as the SDK allows."""
from __future__ import annotations

import base64
import binascii
import math
import re
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


def error_body(message: str, type: str = "invalid_request_error", code: str | None = None) -> dict:
    return {"error": {"message": message, "type": type, "param": None, "code": code}}


def error_json(status: int, message: str, type: str = "invalid_request_error", code: str | None = None,
               headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(message, type, code), status_code=status, headers=headers)


# ---------------------------------------------------------------- request schemas


class ImageUrl(BaseModel):
    model_config = ConfigDict(extra="ignore")
    url: str  # a data: URL (data:image/png;base64,...): the server never fetches a remote image
    detail: str | None = None  # OpenAI's low/high/auto: accepted, not used


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: str
    text: str | None = None
    image_url: ImageUrl | None = None  # type "image_url"


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: Union[str, list[ContentPart], None] = None

    def text(self) -> str:
        if isinstance(self.content, list):  # OpenAI "content parts": keep the text ones
            return "".join(p.text or "" for p in self.content if p.type == "text")
        return self.content or ""

    def image_urls(self) -> list[str]:
        """The URLs of its image_url parts ('' for a part without one), in order."""
        if not isinstance(self.content, list):
            return []
        return [p.image_url.url if p.image_url else "" for p in self.content if p.type == "image_url"]


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
    reason: Literal["wrong", "wrong_source", "not_in_documents", "incomplete"] | None = None  # a thumbs down's why


_DATA_URL = re.compile(r"data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<params>(?:;[\w.+-]+=[^;,]*)*)(?P<b64>;base64)?,", re.I)


def base64_length(n_bytes: int) -> int:
    """Characters of n_bytes in base64 (what an image of that size adds to a JSON body)."""
    return 4 * math.ceil(n_bytes / 3)


def image_from_data_url(url: str, max_bytes: int, n: int) -> bytes:
    """The image bytes of a `data:image/...;base64,...` URL; ApiError 400 for any other URL (the
    server fetches nothing) or bad base64, 413 over max_bytes. n: the image's number, for messages."""
    m = _DATA_URL.match(url)
    if m is None:
        where = url.split(":", 1)[0][:10] + ":" if ":" in url[:12] else "a URL"
        raise ApiError(400, f"image {n}: only data URLs (data:image/png;base64,...) are accepted, not {where} "
                       "(the server fetches no remote images)", code="invalid_image_url")
    if not m.group("b64") or not (m.group("mime") or "").lower().startswith("image/"):
        raise ApiError(400, f"image {n}: the data URL must be base64 of an image (data:image/png;base64,...)",
                       code="invalid_image_url")
    payload = url[m.end():]
    if base64_length(max_bytes) < len(payload) - 2:  # checked before decoding
        raise ApiError(413, f"image {n} is about {len(payload) * 3 // 4} bytes; the limit is {max_bytes}",
                       code="image_too_large")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(400, f"image {n}: the data URL's base64 is not valid", code="invalid_image_url") from None
    if len(data) > max_bytes:
        raise ApiError(413, f"image {n} is {len(data)} bytes; the limit is {max_bytes}", code="image_too_large")
    return data


def validation_message(e: ValidationError) -> str:
    errs = e.errors()
    first = errs[0]
    where = ".".join(str(p) for p in first["loc"]) or "body"
    more = f" (and {len(errs) - 1} more problem{'s' if len(errs) > 2 else ''})" if len(errs) > 1 else ""
    return f"invalid request: {where}: {first['msg']}{more}"


# ---------------------------------------------------------------- responses (the openai SDK's types)


def completion_body(id: str, created: int, model: str, content: str, **extra) -> dict:
    """A `chat.completion` object: one assistant choice, plus domainbot's extra fields."""
    from openai.types.chat import ChatCompletion, ChatCompletionMessage
    from openai.types.chat.chat_completion import Choice

    message = ChatCompletionMessage(role="assistant", content=content)
    return ChatCompletion(id=id, object="chat.completion", created=created, model=model, **extra,
                          choices=[Choice(index=0, message=message, finish_reason="stop", logprobs=None)],
                          ).model_dump(exclude_unset=True)


def chunk_body(id: str, created: int, model: str, delta: dict, finish_reason: str | None = None, **extra) -> dict:
    """One `chat.completion.chunk` of a stream."""
    from openai.types.chat import ChatCompletionChunk
    from openai.types.chat.chat_completion_chunk import Choice, ChoiceDelta

    choice = Choice(index=0, delta=ChoiceDelta(**delta), finish_reason=finish_reason, logprobs=None)
    return ChatCompletionChunk(id=id, object="chat.completion.chunk", created=created, model=model, choices=[choice],
                               **extra).model_dump(exclude_unset=True)


def model_entry(id: str, created: int, **extra) -> dict:
    """One entry of GET /v1/models."""
    from openai.types import Model

    return Model(id=id, object="model", created=created, owned_by="domainbot", **extra).model_dump(exclude_unset=True)
