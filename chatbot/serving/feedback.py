"""Ratings -> evaluation questions: `domainbot feedback export` grows a team's own test set from use.

    domainbot feedback export --out workspace/feedback-questions.jsonl
    domainbot eval workspace/feedback-questions.jsonl

The ratings come from the chat app (workspace/feedback.jsonl, last line per answer id) and from the
API's audit log (workspace/server.db, rows with feedback). Each becomes a line in `domainbot eval`'s
format (chatbot/training/evaluate.py read_questions) where the rating says what the right answer is:

  - thumbs up on a cited answer: the cited page is the gold page; the answer's numbers must appear;
  - thumbs up on a refusal, or thumbs down "should have said not in the documents": unanswerable
    (source and page null);
  - thumbs down for another reason (wrong, wrong source, incomplete): the right page is not known
    yet, so the question goes to a review file with what was cited, for a person to complete.

Questions are only in the logs when text logging was on (`domainbot chat --log-text`, `domainbot
serve --log-text`): they may hold patient data. Without the text a rating cannot become a question;
those are counted, never guessed.
"""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from core.config import Workspace
from core.text import strip_markers

# thumbs-down reasons: code -> what the app offers
REASONS = {
    "wrong": "Wrong",
    "wrong_source": "Wrong source",
    "not_in_documents": "Should have said “not in the documents”",
    "incomplete": "Incomplete",
}
MAX_MUST_INCLUDE = 3
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?:\s?%)?")


@dataclass
class Rating:
    """One rated answer, from either log."""

    question: str  # "" when the text was not logged
    rating: str  # up | down
    reason: str = ""  # REASONS code, for thumbs down
    answer: str = ""
    comment: str = ""
    mode: str = ""  # generated | quoted | refused
    sources: list[dict] = field(default_factory=list)  # {"source", "page", "quote"?} as cited
    origin: str = "app"  # app | api


@dataclass
class FeedbackExport:
    questions: list[dict] = field(default_factory=list)  # eval rows
    review: list[dict] = field(default_factory=list)  # rated wrong: a person adds source, page, must_include
    no_text: int = 0  # ratings whose question was not logged


def read_app_ratings(path: Path) -> list[Rating]:
    """workspace/feedback.jsonl: the last line per answer id (each change of a rating appends one)."""
    last: dict[str, dict] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    for line in lines:
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut by a crash: the others still count
        if isinstance(row, dict) and row.get("id"):
            last[row["id"]] = row
    return [Rating(question=str(r.get("question") or ""), rating=str(r.get("rating", "")),
                   reason=str(r.get("reason") or ""), answer=str(r.get("answer") or ""),
                   comment=str(r.get("comment") or ""), mode=str(r.get("mode") or ""),
                   sources=[s for s in r.get("sources", []) if isinstance(s, dict)], origin="app")
            for r in last.values()]


def read_api_ratings(db: Path) -> list[Rating]:
    """The API's audit rows that were rated (a read-only look: the server may be running)."""
    if not Path(db).is_file():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10.0)
    conn.row_factory = sqlite3.Row
    try:
        cols = {r[1] for r in conn.execute("PRAGMA table_info(audit)")}
        if "feedback" not in cols:
            return []
        reason = "feedback_reason" if "feedback_reason" in cols else "NULL"
        rows = conn.execute(f"SELECT question, answer, citations, mode, feedback, feedback_comment, {reason} AS reason "
                            "FROM audit WHERE feedback IS NOT NULL ORDER BY id").fetchall()
    finally:
        conn.close()
    out = []
    for r in rows:
        try:
            cites = json.loads(r["citations"] or "[]")
        except json.JSONDecodeError:
            cites = []
        out.append(Rating(question=r["question"] or "", rating="up" if r["feedback"] == 1 else "down",
                          reason=r["reason"] or "", answer=r["answer"] or "", comment=r["feedback_comment"] or "",
                          mode=r["mode"] or "", sources=[c for c in cites if isinstance(c, dict)], origin="api"))
    return out


def answer_numbers(answer: str) -> list[str]:
    """The numbers an approved answer states (its facts a later answer must keep), markers left out."""
    found = []
    for m in _NUMBER.finditer(strip_markers(answer)):
        if m.group(0) not in found:
            found.append(m.group(0))
    return found[:MAX_MUST_INCLUDE]


def to_questions(ratings: list[Rating]) -> FeedbackExport:
    """Eval rows and review rows; the last rating of a question wins."""
    out = FeedbackExport()
    latest: dict[str, Rating] = {}
    for r in ratings:
        if not r.question.strip():
            out.no_text += 1
            continue
        latest[" ".join(r.question.split()).lower()] = r
    for r in latest.values():
        cited = [s for s in r.sources if s.get("source") and s.get("page")]
        base = {"question": r.question.strip(), "origin": f"feedback:{r.origin}", "rating": r.rating}
        if r.rating == "up" and r.mode == "refused" or r.rating == "down" and r.reason == "not_in_documents":
            out.questions.append({**base, "source": None, "page": None, "must_include": [],
                                  **({"reason": r.reason} if r.reason else {})})
        elif r.rating == "up" and cited:
            gold = cited[0]
            out.questions.append({**base, "source": gold["source"], "page": int(gold["page"]),
                                  "must_include": answer_numbers(r.answer),
                                  **({"quote": gold["quote"]} if gold.get("quote") else {})})
        elif r.rating == "down":
            out.review.append({**base, "reason": r.reason or "unspecified", "answer": r.answer, "comment": r.comment,
                               "cited": [{"source": s["source"], "page": s["page"]} for s in cited],
                               "todo": "set source, page and must_include to the right answer, then move the line "
                                       "to the questions file"})
    return out


def export_feedback(ws: Workspace) -> FeedbackExport:
    return to_questions(read_app_ratings(ws.feedback_file) + read_api_ratings(ws.server_db))


def write_jsonl(path: Path, rows: list[dict]) -> None:
    """Owner-only, like the logs it comes from: the questions may hold patient data."""
    import os

    from core.files import atomic_write_jsonl

    atomic_write_jsonl(Path(path), rows)
    os.chmod(path, 0o600)
