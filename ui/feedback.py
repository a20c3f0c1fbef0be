"""Thumbs up/down (+ optional comment) on an answer: a JSON line in workspace/feedback.jsonl,
or, in API mode, a POST to the server's /v1/feedback (which ties it to its audit record).

Each change appends one line carrying the answer's `id`; readers keep the last line per id.
"""
from __future__ import annotations

import json
from pathlib import Path

import httpx

from chatbot.answer.engine import Answer
from core.config import DomainbotError
from ui.resources import now_iso

RATINGS = {0: "down", 1: "up"}  # st.feedback("thumbs") values


def feedback_record(answer_id: str, question: str, answer: Answer, rating: str, comment: str = "",
                    log_text: bool = False, reason: str = "") -> dict:
    """One feedback line. Like the server's audit log, it holds the question, the answer, the comment
    and the cited files' names only when text logging is on (`domainbot chat --log-text`): they may
    hold patient data (a letter is often named after its patient). The chunk id (a content hash, the
    page and the offset) still says which passage was cited."""
    record = {
        "id": answer_id,
        "ts": now_iso(),
        "sources": [{"n": c.n, "page": c.page, "chunk_id": c.chunk_id, **({"source": c.source} if log_text else {})}
                    for c in answer.citations],
        "rating": rating,
        "reason": reason,
        "model": answer.model,
        "mode": getattr(answer, "mode", ""),
    }
    if log_text:
        cited = zip(record["sources"], answer.citations)
        record.update(question=question, answer=answer.answer, comment=comment,
                      sources=[{**s, "source": c.source, "quote": c.quote} for s, c in cited])
    else:
        record.update(question_chars=len(question), has_comment=bool(comment))
    return record


def save_feedback(path: Path, record: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False) + "\n"
    with open(path, "a", encoding="utf-8") as f:  # one write per record: lines do not interleave
        f.write(line)


def send_feedback(api_url: str, api_key: str, audit_id: str, rating: str, comment: str = "", reason: str = "") -> None:
    """POST /v1/feedback; raises DomainbotError with a one-line reason."""
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    try:
        r = httpx.post(
            api_url.rstrip("/") + "/v1/feedback",
            json={"id": audit_id, "rating": rating, "comment": comment, **({"reason": reason} if reason else {})},
            headers=headers,
            timeout=15,
        )
    except httpx.HTTPError as e:
        raise DomainbotError(f"feedback not sent: {api_url} unreachable ({type(e).__name__})")
    if r.status_code >= 400:
        raise DomainbotError(f"feedback not sent: server answered {r.status_code}")
