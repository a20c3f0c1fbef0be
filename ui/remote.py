"""API mode: the chat app streams from a running `domainbot serve` instead of local models.

ApiEngine.stream has the Engine's shape (token events, then one done event with an Answer), so
the app has one code path. It streams with the openai SDK; citations arrive in the final chunk
(top-level "citations"), how the answer was checked in "domainbot".
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Sequence

from chatbot.answer.engine import Answer, Citation, Event, Related
from core.config import AnswerConfig, DomainbotError

if TYPE_CHECKING:
    import openai

SOURCES_HEADER = "\n\nSources:\n"  # the server appends a plain-text source list; the app draws its own


@dataclass
class RemoteAnswer(Answer):
    audit_id: int | None = None  # the server's audit row id, for /v1/feedback


def _citation(d: dict, n: int) -> Citation:
    return Citation(
        n=int(d.get("n", n)),
        source=str(d.get("source", "")),
        page=int(d.get("page", 0) or 0),
        section=str(d.get("section", "") or ""),
        text=str(d.get("text", "") or ""),
        quote=str(d.get("quote", "") or ""),
        score=float(d.get("score", 0.0) or 0.0),
        chunk_id=str(d.get("chunk_id", "") or ""),
        page_end=int(d.get("page_end", 0) or 0),
        spans=[[int(a), int(b)] for a, b in (d.get("spans") or []) if isinstance(a, int) and isinstance(b, int)],
        sha256=str(d.get("sha256", "") or ""),
        page_boxes=d.get("page_boxes") if isinstance(d.get("page_boxes"), dict) else None,
        kind=str(d.get("kind", "text") or "text"),
        caption=str(d.get("caption", "") or ""),
        box=_box(d.get("box")),
    )


def _box(value) -> list[float] | None:
    """A figure's [x0, y0, x1, y1] from the server, or None when absent or malformed."""
    if isinstance(value, list) and len(value) == 4 and all(isinstance(v, (int, float)) for v in value):
        return [float(v) for v in value]
    return None


def _related(d: dict) -> Related:
    return Related(source=str(d.get("source", "")), page=int(d.get("page", 0) or 0),
                   section=str(d.get("section", "") or ""), chunk_id=str(d.get("chunk_id", "") or ""),
                   page_end=int(d.get("page_end", 0) or 0))


def _error_message(e: "openai.APIStatusError") -> str:
    body = e.body if isinstance(e.body, dict) else {}
    err = body.get("error", body) if isinstance(body.get("error", body), dict) else {}
    msg = str(err.get("message", "") or body.get("message", "") or "")
    return f"API error {e.status_code}" + (f": {msg.splitlines()[0][:200]}" if msg else "")


class ApiEngine:
    """The chat app's client for a running `domainbot serve`: the openai SDK's streaming chat
    completions, reading domainbot's extension fields (citations, mode, verified...) from each chunk."""

    def __init__(self, base_url: str, api_key: str = "", timeout: float = 300.0):
        import openai

        self.base_url = base_url.rstrip("/")
        self.api_key = api_key  # this user's own key (the app signs each user in with theirs)
        v1 = self.base_url if self.base_url.endswith("/v1") else self.base_url + "/v1"
        # no key: the server answers 401, shown as one line (the SDK refuses an empty key itself)
        self.client = openai.OpenAI(base_url=v1, api_key=api_key or "no-key", timeout=timeout, max_retries=0)
        self.has_adapter = None  # unknown: the server decides

    def check(self) -> None:
        """Sign-in: one authenticated call (GET /v1/models). Raises DomainbotError on a bad key or no server."""
        import openai

        try:
            self.client.models.list()
        except openai.AuthenticationError:
            raise DomainbotError("invalid or revoked API key") from None
        except openai.APIStatusError as e:
            raise DomainbotError(_error_message(e)) from None
        except (openai.APIConnectionError, openai.APITimeoutError) as e:
            raise DomainbotError(f"cannot reach {self.base_url} ({type(e).__name__})") from None

    def stream(self, question: str, history: list[dict] | None = None, cfg: AnswerConfig = AnswerConfig(),
               images: Sequence[bytes] = ()) -> Iterator[Event]:
        """images: sent as image_url parts (data URLs); the server reads their text."""
        import openai

        from chatbot.models.vision import data_url

        t0 = time.perf_counter()
        parts: list[str] = []
        citations: list[Citation] = []
        model, audit_id, refused = "", None, False
        mode, verified, related, dropped = "generated", False, [], []
        try:
            chunks = self.client.chat.completions.create(  # the server picks k; the model id: tuned or base
                model="domainbot" if cfg.use_adapter else "domainbot-base",
                messages=[*(history or []), {"role": "user", "content": [
                    {"type": "text", "text": question},
                    *({"type": "image_url", "image_url": {"url": data_url(image)}} for image in images),
                ] if images else question}],
                stream=True, temperature=cfg.temperature, max_tokens=cfg.max_new_tokens,
                # `chat --collection`: the server narrows the key's own scope to these (403 outside it)
                extra_body={"collections": list(cfg.collections)} if cfg.collections else None)
            for chunk in chunks:
                extra = chunk.model_extra or {}
                ours = extra.get("domainbot") or {}
                model = ours.get("model") or model or chunk.model or ""
                audit_id = ours.get("audit_id", audit_id)
                refused = bool(ours.get("refused", refused))
                mode = str(ours.get("mode", mode))
                verified = bool(ours.get("verified", verified))
                related = [_related(r) for r in ours.get("related") or []] or related
                dropped = [{"text": "", "reason": str(r)} for r in ours.get("dropped") or []] or dropped
                if extra.get("citations"):
                    citations = [_citation(c, i) for i, c in enumerate(extra["citations"], 1)]
                for choice in chunk.choices:
                    text = choice.delta.content if choice.delta else None
                    if text and choice.finish_reason:  # the last piece carries the source list
                        text = text.split(SOURCES_HEADER)[0]
                    if text:
                        parts.append(text)
                        yield Event("token", text=text)
        except openai.APIStatusError as e:
            raise DomainbotError(_error_message(e)) from None
        except (openai.APIConnectionError, openai.APITimeoutError) as e:
            raise DomainbotError(f"cannot reach {self.base_url} ({type(e).__name__})") from None
        except openai.APIError as e:  # an error event inside the stream
            msg = str(getattr(e, "message", "") or "")
            raise DomainbotError(f"API error: {msg.splitlines()[0][:200] if msg else 'unknown'}") from None
        answer = RemoteAnswer(
            answer="".join(parts),
            citations=citations,
            model=model,
            latency_s=time.perf_counter() - t0,
            refused=refused,
            question=question,
            mode=mode,
            verified=verified,
            related=related,
            dropped=dropped,
            audit_id=audit_id,
        )
        yield Event("done", answer=answer)
