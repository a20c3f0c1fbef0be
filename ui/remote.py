"""API mode: the chat app streams from a running `domainbot serve` instead of local models.

ApiEngine.stream has the Engine's shape (token events, then one done event with an Answer), so
the app has one code path. Citations arrive in the final SSE chunk (top-level "citations").
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Iterator

import httpx

from chatbot.answer import Answer, Citation, Event, Related
from chatbot.config import AnswerConfig, DomainbotError


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
    )


def _related(d: dict) -> Related:
    return Related(source=str(d.get("source", "")), page=int(d.get("page", 0) or 0),
                   section=str(d.get("section", "") or ""), chunk_id=str(d.get("chunk_id", "") or ""),
                   page_end=int(d.get("page_end", 0) or 0))


def _error_message(r: httpx.Response) -> str:
    try:
        body = json.loads(r.read() or b"{}")
        err = body.get("error", body.get("detail", ""))
        msg = err.get("message", "") if isinstance(err, dict) else str(err)
    except (ValueError, AttributeError):
        msg = ""
    return f"API error {r.status_code}" + (f": {msg.splitlines()[0][:200]}" if msg else "")


class ApiEngine:
    """OpenAI-compatible chat completions client with domainbot's citation extension."""

    def __init__(self, base_url: str, api_key: str = "", timeout: float = 300.0):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self.has_adapter = None  # unknown: the server decides

    def stream(self, question: str, history: list[dict] | None = None, cfg: AnswerConfig = AnswerConfig()) -> Iterator[Event]:
        body = {
            "model": "domainbot" if cfg.use_adapter else "domainbot-base",
            "messages": [*(history or []), {"role": "user", "content": question}],
            "stream": True,
            "temperature": cfg.temperature,
            "max_tokens": cfg.max_new_tokens,
        }  # the server picks k itself; the model id selects tuned vs base
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        url = self.base_url + ("/chat/completions" if self.base_url.endswith("/v1") else "/v1/chat/completions")
        t0 = time.perf_counter()
        parts: list[str] = []
        citations: list[Citation] = []
        model, audit_id, refused = "", None, False
        mode, verified, related, dropped = "generated", False, [], []
        try:
            with httpx.stream("POST", url, json=body, headers=headers, timeout=self.timeout) as r:
                if r.status_code != 200:
                    raise DomainbotError(_error_message(r))
                for line in r.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    chunk = json.loads(data)
                    if "error" in chunk:
                        err = chunk["error"]
                        msg = err.get("message", "") if isinstance(err, dict) else str(err)
                        raise DomainbotError(f"API error: {msg.splitlines()[0][:200] if msg else 'unknown'}")
                    extra = chunk.get("domainbot") or {}
                    model = extra.get("model") or model or chunk.get("model", "")
                    audit_id = extra.get("audit_id", audit_id)
                    refused = bool(extra.get("refused", refused))
                    mode = str(extra.get("mode", mode))
                    verified = bool(extra.get("verified", verified))
                    related = [_related(r) for r in extra.get("related") or []] or related
                    dropped = [{"text": "", "reason": str(r)} for r in extra.get("dropped") or []] or dropped
                    if chunk.get("citations"):
                        citations = [_citation(c, i) for i, c in enumerate(chunk["citations"], 1)]
                    for choice in chunk.get("choices") or []:
                        text = (choice.get("delta") or {}).get("content")
                        if text and choice.get("finish_reason"):  # the last piece carries the source list
                            text = text.split(SOURCES_HEADER)[0]
                        if text:
                            parts.append(text)
                            yield Event("token", text=text)
        except httpx.HTTPError as e:
            raise DomainbotError(f"cannot reach {self.base_url} ({type(e).__name__})")
        except json.JSONDecodeError:
            raise DomainbotError(f"{self.base_url} sent a malformed stream")
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
