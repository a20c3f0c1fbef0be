"""`domainbot feedback export`: rated answers (chat app and API) -> `domainbot eval` questions."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from chatbot.cli import app
from chatbot.training.evaluate import read_questions
from chatbot.serving.store import Store
from core.config import Workspace


def app_line(i: str, question: str | None, rating: str, reason: str = "", mode: str = "quoted", answer: str = "",
             sources=()) -> str:
    row = {"id": i, "ts": "2026-01-01T00:00:00+00:00", "rating": rating, "reason": reason, "model": "m", "mode": mode,
           "sources": list(sources)}
    if question is None:  # the app ran without --log-text
        row.update(question_chars=20, has_comment=False)
    else:
        row.update(question=question, answer=answer, comment="")
    return json.dumps(row) + "\n"


LEASE = {"n": 1, "page": 3, "chunk_id": "abc:3:0", "source": "legal/lease.pdf", "quote": "giving 30 days notice"}


def test_feedback_export_writes_eval_questions_and_a_review_file(tmp_path):
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    ws.feedback_file.write_text(
        app_line("a", "Notice period of the lease?", "down", "wrong")  # changed its mind: the last line counts
        + app_line("a", "Notice period of the lease?", "up", answer="The notice is 30 days [1], see 4.2.",
                   sources=[LEASE])
        + app_line("b", "Is there a car allowance?", "down", "not_in_documents", sources=[LEASE])
        + app_line("c", "What is the deposit?", "down", "wrong_source", sources=[LEASE])
        + app_line("d", "Dose for dogs?", "up", mode="refused")
        + app_line("e", None, "up", sources=[{"n": 1, "page": 2, "chunk_id": "abc:2:0"}])  # no text kept
        + "{not json\n"
    )
    store = Store(ws.server_db)  # the API with --log-text: its rated audit rows count too
    audit_id = store.log_audit("helpdesk", "How long is the probation period?", "Six months [1].",
                               [{"n": 1, "page": 5, "source": "hr/contract.pdf", "quote": "six months"}], "m", 0.1,
                               mode="quoted")
    store.set_feedback(audit_id, "down", None, reason="incomplete")
    quiet = store.log_audit("helpdesk", None, None, [{"n": 1, "page": 1}], "m", 0.1)  # --no-log-text
    store.set_feedback(quiet, "up")

    out = tmp_path / "team.jsonl"
    r = CliRunner().invoke(app, ["feedback", "export", "--out", str(out), "-w", str(ws.root)])
    assert r.exit_code == 0, r.output
    assert "wrote 3 question(s)" in r.output and "2 rated wrong to review" in r.output
    assert "2 rating(s) without question text skipped" in r.output

    questions = read_questions(out)  # eval reads them as they are
    by_q = {q.question: q for q in questions}
    assert set(by_q) == {"Notice period of the lease?", "Is there a car allowance?", "Dose for dogs?"}
    notice = by_q["Notice period of the lease?"]
    assert (notice.source, notice.page, notice.must_include) == ("legal/lease.pdf", 3, ["30", "4.2"])
    assert notice.row["quote"] == "giving 30 days notice" and notice.row["origin"] == "feedback:app"
    assert not by_q["Is there a car allowance?"].answerable and not by_q["Dose for dogs?"].answerable

    review = [json.loads(line) for line in out.with_suffix(".review.jsonl").read_text().splitlines()]
    assert {(r["question"], r["reason"]) for r in review} == {
        ("What is the deposit?", "wrong_source"), ("How long is the probation period?", "incomplete")}
    deposit = next(r for r in review if r["reason"] == "wrong_source")
    assert deposit["cited"] == [{"source": "legal/lease.pdf", "page": 3}] and "todo" in deposit
    assert oct(out.stat().st_mode & 0o777) == "0o600"  # the questions may hold patient data


def test_feedback_export_prints_to_stdout_without_out(tmp_path):
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    ws.feedback_file.write_text(app_line("d", "Dose for dogs?", "up", mode="refused"))
    r = CliRunner().invoke(app, ["feedback", "export", "-w", str(ws.root)])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    assert rows == [{"question": "Dose for dogs?", "origin": "feedback:app", "rating": "up", "source": None,
                     "page": None, "must_include": []}]
