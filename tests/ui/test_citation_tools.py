"""Issue 24 in the app: the thumbs-down reason, and the conversation export (Markdown and PDF)."""
from __future__ import annotations

import json

from chatbot.answer.engine import Answer, Citation
from tests.fakes import FakeEngine

NOTICE_Q = "How many days of notice are needed to terminate the lease?"


def ask(at, question: str):
    return at.chat_input[0].set_value(question).run()


def test_thumbs_down_asks_why_and_keeps_the_reason(indexed_ws, run_app, monkeypatch):
    monkeypatch.setenv("DOMAINBOT_LOG_TEXT", "0")
    at = ask(run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws)), NOTICE_Q)
    assert not at.radio  # nothing to ask before a rating
    at = at.feedback[0].set_value(0).run()
    assert at.radio[0].label == "What was wrong?"
    assert at.radio[0].options == ["Wrong", "Wrong source", "Should have said “not in the documents”", "Incomplete"]
    at = at.radio[0].set_value("Wrong source").run()
    rows = [json.loads(line) for line in indexed_ws.feedback_file.read_text().splitlines()]
    assert rows[-1]["rating"] == "down" and rows[-1]["reason"] == "wrong_source"
    assert NOTICE_Q not in indexed_ws.feedback_file.read_text()  # the reason is a code, the text policy holds
    at = at.feedback[0].set_value(1).run()
    assert not at.radio  # a thumbs up has no reason


def test_sidebar_offers_the_conversation_as_markdown_and_pdf(indexed_ws, run_app):
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws))
    assert not at.get("download_button")  # nothing to export yet
    at = ask(at, NOTICE_Q)
    buttons = at.sidebar.get("download_button")
    assert [b.proto.label for b in buttons] == ["Markdown", "PDF"]


def conversation():
    c = Citation(n=1, source="legal/lease.pdf", page=4, section="Section 4. Termination",
                 text="Either party may terminate this lease by giving 30 days’ written notice.",
                 quote="Either party may terminate this lease by giving 30 days’ written notice.", score=0.9,
                 chunk_id="abc:4:0", page_end=4)
    a = Answer(answer="Either party may terminate this lease by giving 30 days’ written notice [1].", citations=[c],
               model="m", latency_s=0.1, mode="quoted", verified=True,
               dropped=[{"text": "90 days.", "reason": "number not in the passage"}])
    return [{"role": "user", "content": NOTICE_Q},
            {"role": "assistant", "content": a.answer, "answer": a, "question": NOTICE_Q, "id": "x"},
            {"role": "user", "content": "And the deposit?"},
            {"role": "assistant", "content": "", "error": "the model failed", "question": "And the deposit?", "id": "y"}]


def test_markdown_export_holds_question_answer_quote_page_and_notes():
    from ui.export import conversation_markdown

    md = conversation_markdown(conversation())
    assert f"## 1. {NOTICE_Q}" in md
    assert "- [1] legal/lease.pdf, p. 4, Section 4. Termination" in md
    assert "  > Either party may terminate this lease by giving 30 days’ written notice." in md
    assert "*Verification:* Quoted from the documents" in md and "1 sentence(s) of the model not shown" in md
    assert "number not in the passage" in md
    assert "## 2. And the deposit?" in md and "*Error:* the model failed" in md


def test_pdf_export_is_a_pdf_with_the_quote_and_page():
    from pypdf import PdfReader
    import io

    from ui.export import conversation_pdf

    data = conversation_pdf(conversation())
    assert data.startswith(b"%PDF")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    text = " ".join(text.split())
    assert "legal/lease.pdf, p. 4" in text and "30 days’ written notice" in text
    assert "Verification: Quoted from the documents" in text
