"""The Streamlit chat app, driven headless with streamlit.testing.v1.AppTest and a fake engine."""
from __future__ import annotations

import json
import shutil

import pytest

from chatbot.answer.engine import Answer, Event
from core.config import DomainbotError, Workspace
from tests.fakes import FakeEngine, FakeGenerator, FakeRetriever, read_chunks

NOTICE_Q = "How many days of notice are needed to terminate the lease?"


def texts(elements) -> list[str]:
    return [str(e.value) for e in elements]


def said(message) -> str:
    """What a chat message shows: its text is escaped HTML (no Markdown)."""
    import html

    return " ".join(html.unescape(str(e.value)) for e in message.html if 'class="db-text"' in str(e.value))


def labels(at) -> list[str]:
    return [e.label for e in at.expander]


def ask(at, question: str):
    return at.chat_input[0].set_value(question).run()


def test_empty_workspace_shows_ingest_hint(tmp_path, run_app):
    at = run_app(Workspace(tmp_path / "empty"))
    assert not at.exception
    assert any("No documents indexed yet" in t and "upload PDFs in the sidebar" in t for t in texts(at.info))
    assert "domainbot ingest FOLDER" in texts(at.code)
    assert at.chat_input[0].disabled
    assert at.sidebar.file_uploader  # uploads are offered even with no index


def test_sidebar_shows_workspace_and_index_stats(indexed_ws, run_app):
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws))
    assert not at.exception
    assert str(indexed_ws.root) in texts(at.sidebar.code)
    metrics = {m.label: m.value for m in at.sidebar.metric}
    assert metrics == {"Documents": "1", "Chunks": "2"}
    assert any(t.startswith("Index built 2026-01-01") for t in texts(at.sidebar.caption))
    assert not at.info  # no ingest hint once something is indexed
    assert not at.chat_input[0].disabled


def test_question_streams_answer_with_citation_and_page(indexed_ws, run_app):
    engine = FakeEngine.from_workspace(indexed_ws)
    at = run_app(indexed_ws, engine=engine)
    at = ask(at, NOTICE_Q)
    assert not at.exception and not at.error
    assistant = at.chat_message[1]
    assert assistant.name == "assistant"
    assert "30 days written notice" in said(assistant)
    assert labels(at) == ["[1] legal/lease.pdf · p. 1 · Section 4. Termination"]
    passage_html = " ".join(texts(at.html))
    # the quoted sentence is marked as one run inside the passage (not repeated, no scattered words)
    assert passage_html.count('<mark class="db-support">') == 1
    assert 'Either party may terminate this lease by giving 30 days written notice to the other party.</mark> ' \
        'Notice must' in passage_html
    assert "Notice must be delivered" in passage_html  # outside the quote: no marks
    # the citation to copy (st.code has a copy button): quote, document, page, section
    assert any("Either party may terminate" in t and "legal/lease.pdf, p. 1, Section 4. Termination" in t
               for t in texts(at.code))
    # the cited page is rendered from the original PDF (poppler) with the quote boxed, else shown as indexed text
    if shutil.which("pdftoppm"):
        pages = [t for t in texts(at.html) if 'class="db-page"' in t]
        assert len(pages) == 1 and 'src="data:image/png;base64,' in pages[0]
        assert pages[0].count('class="db-box"') == 2  # the sentence runs over two lines of the page
        assert any("the quoted text is boxed" in t for t in texts(at.caption))
    else:
        assert any("text as indexed" in t for t in texts(at.caption))
    call = engine.calls[0]
    assert call["question"] == NOTICE_Q and call["history"] == [] and call["cfg"].k == 3


def test_follow_up_passes_history_and_old_answers_keep_citations(indexed_ws, run_app):
    engine = FakeEngine.from_workspace(indexed_ws)
    at = run_app(indexed_ws, engine=engine)
    at = ask(at, NOTICE_Q)
    first_answer = engine.calls and at.session_state["messages"][1]["content"]
    at = ask(at, "And how large is the security deposit?")
    assert not at.exception
    history = engine.calls[1]["history"]
    assert history == [{"role": "user", "content": NOTICE_Q}, {"role": "assistant", "content": first_answer}]
    # the first answer, re-drawn from session history, still shows its citation
    assert labels(at) == [
        "[1] legal/lease.pdf · p. 1 · Section 4. Termination",
        "[1] legal/lease.pdf · p. 2 · Section 7. Deposit",
    ]
    assert len(at.chat_message) == 4


def test_passage_html_is_escaped(indexed_ws, run_app):
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws))
    at = ask(at, "What security deposit does the tenant pay?")
    assert labels(at) == ["[1] legal/lease.pdf · p. 2 · Section 7. Deposit"]
    shown = " ".join(texts(at.html))
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in shown
    assert "<script>" not in shown
    assert 'The tenant pays a security deposit of 1,500 EUR before moving in.</mark>' in shown  # our marks are HTML


def test_feedback_keeps_no_text_unless_text_logging_is_on(indexed_ws, run_app, monkeypatch):
    monkeypatch.setenv("DOMAINBOT_LOG_TEXT", "0")  # the default of `domainbot chat`
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws))
    at = ask(at, NOTICE_Q)
    at = at.feedback[0].set_value(0).run()
    at = at.text_input[0].set_value("Mrs Jane Doe, born 1950, says this is wrong").run()
    raw = indexed_ws.feedback_file.read_text()
    assert "Jane Doe" not in raw and "30 days" not in raw and NOTICE_Q not in raw
    rows = [json.loads(line) for line in raw.splitlines()]
    assert rows[-1]["rating"] == "down" and rows[-1]["has_comment"] is True
    assert rows[-1]["question_chars"] == len(NOTICE_Q) and "lease.pdf" not in raw  # file names are text too
    assert rows[-1]["sources"][0]["chunk_id"] == "feedc0ffee12:1:0" and rows[-1]["sources"][0]["page"] == 1


def test_feedback_writes_jsonl_line(indexed_ws, run_app, monkeypatch):
    monkeypatch.setenv("DOMAINBOT_LOG_TEXT", "1")  # `domainbot chat --log-text`
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws))
    at = ask(at, NOTICE_Q)
    assert not indexed_ws.feedback_file.exists()
    at = at.feedback[0].set_value(1).run()
    rows = [json.loads(line) for line in indexed_ws.feedback_file.read_text().splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert row["rating"] == "up" and row["comment"] == ""
    assert row["question"] == NOTICE_Q and "30 days" in row["answer"]
    assert row["sources"] == [{"n": 1, "source": "legal/lease.pdf", "page": 1, "chunk_id": row["sources"][0]["chunk_id"],
                               "quote": row["sources"][0]["quote"]}]  # the quote: `feedback export` keeps it
    assert "30 days written notice" in row["sources"][0]["quote"]
    assert row["model"] == "fake-135M" and row["ts"] and row["id"]  # no adapter here: base model
    # a comment (optional) appends the same answer's rating again, with the comment
    at = at.text_input[0].set_value("clear and correct").run()
    rows = [json.loads(line) for line in indexed_ws.feedback_file.read_text().splitlines()]
    assert [(r["id"], r["rating"], r["comment"]) for r in rows] == [
        (row["id"], "up", ""), (row["id"], "up", "clear and correct")
    ]
    assert not at.exception


def test_base_model_toggle_passes_use_adapter_false(indexed_ws, run_app):
    adapter = indexed_ws.adapter_dir()
    adapter.mkdir(parents=True)
    (adapter / "adapter_config.json").write_text("{}")
    engine = FakeEngine.from_workspace(indexed_ws)
    at = run_app(indexed_ws, engine=engine)
    toggle = at.sidebar.toggle(key="use_adapter")
    assert toggle.value is True and not toggle.disabled
    at = ask(at, NOTICE_Q)
    at = at.sidebar.toggle(key="use_adapter").set_value(False).run()
    at.sidebar.slider(key="k").set_value(5).run()
    at.sidebar.slider(key="temperature").set_value(0.3).run()
    at = ask(at, NOTICE_Q)
    assert engine.calls[0]["cfg"].use_adapter is True
    cfg = engine.calls[1]["cfg"]
    assert cfg.use_adapter is False and cfg.k == 5 and cfg.temperature == pytest.approx(0.3)
    assert any(t.startswith("fake-135M ·") for t in texts(at.caption))


def test_background_training_shows_its_stage_then_its_steps(indexed_ws, run_app):
    import json
    import time

    progress = indexed_ws.adapters_dir / "default.progress.json"
    progress.parent.mkdir(parents=True, exist_ok=True)
    progress.write_text(json.dumps({"status": "starting", "stage": "measuring the base model", "updated": time.time()}))
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws))
    assert any("preparing (measuring the base model)" in t for t in texts(at.caption) + texts(at.sidebar.caption))
    progress.write_text(json.dumps({"status": "training", "step": 3, "max_steps": 14, "eta_s": 600, "loss": 1.234,
                                    "updated": time.time()}))
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws))
    bars = [b.proto.text for b in at.get("progress")] if at.get("progress") else []
    assert any("step 3/14" in t and "about 10 min left" in t and "loss 1.234" in t for t in bars), bars


def test_missing_adapter_falls_back_to_base_and_says_so(indexed_ws, run_app):
    engine = FakeEngine.from_workspace(indexed_ws)
    at = run_app(indexed_ws, engine=engine)
    toggle = at.sidebar.toggle(key="use_adapter")
    assert toggle.value is False and toggle.disabled
    assert any("answering with the base model" in t for t in texts(at.sidebar.caption))
    ask(at, NOTICE_Q)
    assert engine.calls[0]["cfg"].use_adapter is False


class BrokenEngine:
    def __init__(self, error: Exception):
        self.error = error

    def stream(self, question, history=None, cfg=None):
        yield Event("token", text="partial ")
        raise self.error


@pytest.mark.parametrize(
    "error, shown",
    [
        (DomainbotError("no index in /x: run `domainbot ingest FOLDER` first"), "no index in /x: run `domainbot ingest FOLDER` first"),
        (RuntimeError("CUDA out of memory\nTraceback (most recent call last): ..."), "RuntimeError: CUDA out of memory"),
    ],
)
def test_errors_are_one_line_never_a_traceback(indexed_ws, run_app, error, shown):
    at = run_app(indexed_ws, engine=BrokenEngine(error))
    at = ask(at, NOTICE_Q)
    assert not at.exception
    assert texts(at.error) == [shown]
    # the failed turn is kept on screen but not sent back as history
    at = ask(at, "again?")
    assert texts(at.error) == [shown, shown]


def test_engine_load_failure_is_one_line(indexed_ws, run_app, monkeypatch):
    from chatbot.models.runtime import Runtime

    def fail(runtime):
        raise DomainbotError("no fine-tuned model files in /ws/models: run `domainbot train`")

    at = run_app(indexed_ws)
    monkeypatch.setattr(Runtime, "engine", fail)
    at = ask(at, NOTICE_Q)
    assert not at.exception
    assert texts(at.error) == ["no fine-tuned model files in /ws/models: run `domainbot train`"]


def test_refusal_without_citations(indexed_ws, run_app):
    class Refuser:
        def stream(self, question, history=None, cfg=None):
            text = "The documents provided do not answer this."
            yield Event("token", text=text)
            yield Event("done", answer=Answer(answer=text, citations=[], model="m", latency_s=0.1, refused=True))

    at = run_app(indexed_ws, engine=Refuser())
    at = ask(at, "What is the capital of France?")
    assert not at.exception and not at.expander
    assert "do not answer this" in said(at.chat_message[1])


def test_page_falls_back_to_indexed_text_when_pdf_is_gone(indexed_ws, run_app, tmp_path):
    (tmp_path / "docs" / "legal" / "lease.pdf").unlink()
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws))
    at = ask(at, NOTICE_Q)
    assert not any('class="db-page"' in t for t in texts(at.html))
    assert any("original PDF not available" in t for t in texts(at.caption))
    assert any("Either party may terminate" in t for t in texts(at.html))


def test_highlight_escapes_before_marking():
    from ui.render import highlight, support_words

    words = support_words("The fee is 30 EUR [1]")
    assert words == {"fee", "30", "eur"}  # no stopwords, no citation markers
    out = highlight('Fee: 30 EUR <img src=x onerror="alert(1)"> & more', words)
    assert out == '<mark>Fee</mark>: <mark>30 EUR</mark> &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more'


def test_citation_label_escapes_markdown_from_documents():
    from chatbot.answer.engine import Citation
    from ui.render import citation_label

    c = Citation(n=1, source="legal/lease.pdf", page=2, section="[click](http://evil.example) ![x](y)", text="t",
                 quote="q", score=0.5)
    label = citation_label(c)
    assert label.startswith("[1] legal/lease.pdf · p. 2 · ")
    assert "](" not in label and "\\[click\\]\\(http://evil.example\\)" in label


def test_answer_text_is_shown_as_plain_text(indexed_ws, run_app):
    class Linker:
        def stream(self, question, history=None, cfg=None):
            text = "Pay $500 and $600 here: [click](javascript:alert(1)) ![x](http://evil/x.png) [1]"
            yield Event("token", text=text)
            yield Event("done", answer=Answer(answer=text, citations=[], model="m", latency_s=0.1))

    at = run_app(indexed_ws, engine=Linker())
    at = ask(at, "# $x$ question [see](http://evil.example) <b>bold</b>")
    assert not at.chat_message[1].markdown and not at.chat_message[0].markdown  # no Markdown anywhere
    answer_html = " ".join(str(e.value) for e in at.chat_message[1].html)
    assert "Pay $500 and $600 here: [click](javascript:alert(1)) ![x](http://evil/x.png) [1]" in answer_html
    question_html = " ".join(str(e.value) for e in at.chat_message[0].html)
    assert "# $x$ question [see](http://evil.example) &lt;b&gt;bold&lt;/b&gt;" in question_html
    assert "\\" not in question_html and "<a " not in question_html + answer_html  # no stray backslash, no live link


def test_upload_saves_pdfs_ingests_and_refreshes_stats(tmp_path, run_app, monkeypatch):
    """Real run_ingest (bundled embedder) on an uploaded PDF: the index appears, the hint goes; the
    upload lands in the collection `chat --collection` names, under its name plus a content hash."""
    from tests.helpers import write_pdf
    from tests.ui.conftest import LEASE_PAGES

    from ingest.index import read_manifest
    from ui.uploads import stored_name

    pdf = tmp_path / "lease.pdf"
    write_pdf(pdf, LEASE_PAGES)
    ws = Workspace(tmp_path / "workspace")
    monkeypatch.setenv("DOMAINBOT_COLLECTIONS", "hr")
    at = run_app(ws)
    assert at.info  # the ingest hint
    at.sidebar.file_uploader[0].set_value([("../My Lease (v2).pdf", pdf.read_bytes(), "application/pdf")])
    at = at.run()
    at = at.sidebar.button[0].click().run(timeout=180)
    assert not at.exception and not at.error
    name = stored_name("My Lease (v2).pdf", pdf.read_bytes())
    assert name.startswith("My Lease _v2_-") and name.endswith(".pdf")  # plain name + hash, inside uploads/hr/
    assert (ws.root / "uploads" / "hr" / name).is_file()
    assert ws.index_dir() is not None
    [(root, entries)] = read_manifest(ws).files.items()
    assert entries[name]["collection"] == "hr" and entries[name]["redacted"] is False
    assert {m.label: m.value for m in at.sidebar.metric} == {"Documents": "1", "Chunks": "2"}
    assert any("Indexed 1 file(s)" in t for t in texts(at.sidebar.success))
    assert not at.info and not at.chat_input[0].disabled


def test_same_named_uploads_never_replace_each_other(tmp_path):
    from ui.uploads import store_upload

    folder = tmp_path / "uploads" / "default"
    first = store_upload(folder, "letter.pdf", b"%PDF- patient A")
    second = store_upload(folder, "letter.pdf", b"%PDF- patient B")  # another user's file, same name
    assert first != second and first.read_bytes() == b"%PDF- patient A" and second.read_bytes() == b"%PDF- patient B"
    assert store_upload(folder, "../x/letter.pdf", b"%PDF- patient A") == first  # the same file again: kept as is
    first.write_bytes(b"tampered")  # a different file already under the name: refused, not replaced
    with pytest.raises(DomainbotError, match="not replaced"):
        store_upload(folder, "letter.pdf", b"%PDF- patient A")
    assert first.read_bytes() == b"tampered" and sorted(p.name for p in folder.iterdir()) == sorted([first.name, second.name])


def test_uploads_follow_the_workspace_settings(indexed_ws, monkeypatch):
    """A workspace ingested with --redact (the manifest says so per file) redacts its uploads too, with the
    live index's chunking; without Presidio the upload is refused rather than indexed unredacted."""
    import ingest.redact
    from ui.uploads import upload_config

    monkeypatch.setattr(ingest.redact, "available", lambda: True)
    cfg = upload_config(indexed_ws, "hr")
    assert (cfg.collection, cfg.redact) == ("hr", False)
    assert upload_config(indexed_ws, None, redact=True).redact  # `chat --redact`
    index = indexed_ws.index_dir()
    manifest = json.loads((index / "manifest.json").read_text())
    for entries in manifest["files"].values():
        for entry in entries.values():
            entry["redacted"] = True
    manifest.update(chunk_size=800, chunk_overlap=80)
    (index / "manifest.json").write_text(json.dumps(manifest))
    cfg = upload_config(indexed_ws, "clinic")
    assert (cfg.collection, cfg.redact, cfg.chunk_size, cfg.chunk_overlap) == ("clinic", True, 800, 80)
    monkeypatch.setattr(ingest.redact, "available", lambda: False)
    with pytest.raises(DomainbotError, match="uploads are refused"):
        upload_config(indexed_ws, "clinic")


def test_upload_in_a_redacting_workspace_without_presidio_is_refused(indexed_ws, run_app, monkeypatch, tmp_path):
    import ingest.redact

    index = indexed_ws.index_dir()
    manifest = json.loads((index / "manifest.json").read_text())
    next(iter(manifest["files"].values()))["legal/lease.pdf"]["redacted"] = True
    (index / "manifest.json").write_text(json.dumps(manifest))
    monkeypatch.setattr(ingest.redact, "available", lambda: False)
    monkeypatch.setenv("DOMAINBOT_COLLECTIONS", "legal,hr")
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws))
    assert at.sidebar.selectbox[0].options == ["legal", "hr"]  # several collections: the user picks one
    at.sidebar.file_uploader[0].set_value([("Jane Doe.pdf", b"%PDF-1.4 not really", "application/pdf")])
    at = at.run()
    at = at.sidebar.button[0].click().run()
    assert not at.exception
    assert any("uploads are refused" in t for t in texts(at.sidebar.error))
    assert not (indexed_ws.root / "uploads").exists()  # nothing stored, nothing indexed
    assert indexed_ws.index_dir() == index


@pytest.fixture
def api_server(indexed_ws):
    """The real chatbot/serving/api.py app (fake engine) on a local port, and a key for it."""
    import socket
    import threading
    import time

    import uvicorn

    from chatbot.serving.api import create_app
    from chatbot.serving.store import Store
    from core.config import ServeConfig

    key = Store(indexed_ws.server_db).create_key("ui-test")[1]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(indexed_ws, ServeConfig(port=port), engine=FakeEngine.from_workspace(indexed_ws))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}", key
    server.should_exit = True
    thread.join(timeout=10)


def sign_in(at, secret: str):
    """Fill the app's one sign-in form (password or API key) and submit it."""
    at.text_input[0].set_value(secret)
    return at.button[0].click().run()


def test_api_mode_streams_from_server_and_sends_feedback(indexed_ws, run_app, api_server, monkeypatch):
    from chatbot.serving.store import Store

    url, key = api_server
    monkeypatch.setenv("DOMAINBOT_API_KEY", "dbk_the_apps_own_key_is_never_used")
    at = run_app(indexed_ws, api_url=url)
    assert not at.chat_input and "API key" in [t.label for t in at.text_input]  # each user signs in first
    at = sign_in(at, key)
    assert not at.exception and not at.error
    assert not at.sidebar.file_uploader  # uploads go through the CLI/server in API mode
    at = ask(at, NOTICE_Q)
    assert not at.exception and not at.error
    shown = said(at.chat_message[1])
    assert "30 days written notice" in shown and "Sources:" not in shown  # the server's text list is dropped
    assert labels(at) == ["[1] legal/lease.pdf · p. 1 · Section 4. Termination"]
    answer = at.session_state["messages"][1]["answer"]
    assert answer.audit_id is not None and answer.model == "fake-135M+default"
    at = at.feedback[0].set_value(0).run()
    at = at.text_input[0].set_value("wrong page").run()
    row = Store(indexed_ws.server_db).get_audit(answer.audit_id)
    assert (row["feedback"], row["feedback_comment"]) == (-1, None)  # the server logs no text by default
    assert row["key_name"] == "ui-test"  # the audit follows the signed-in user's key
    assert not indexed_ws.feedback_file.exists()  # API mode: the server keeps the feedback


def test_api_mode_bad_key_is_one_line(indexed_ws, run_app, api_server):
    url, _ = api_server
    at = run_app(indexed_ws, api_url=url)
    at = sign_in(at, "dbk_wrong")
    assert not at.exception and not at.chat_input  # still at the door
    [error] = texts(at.error)
    assert error == "invalid or revoked API key"


def test_api_mode_key_scope_and_chat_collection_reach_the_server(indexed_ws, run_app, api_server, monkeypatch):
    """`chat --collection hr` is sent with each question; a key scoped to legal gets the server's 403."""
    from chatbot.serving.store import Store

    url, _ = api_server
    scoped = Store(indexed_ws.server_db).create_key("legal-desk", ["legal"])[1]
    monkeypatch.setenv("DOMAINBOT_COLLECTIONS", "hr")
    at = sign_in(run_app(indexed_ws, api_url=url), scoped)
    at = ask(at, NOTICE_Q)
    [error] = texts(at.error)
    assert error.startswith("API error 403") and "may not search the requested collections" in error
    rows = Store(indexed_ws.server_db).audit_rows()
    assert (rows[-1]["key_name"], rows[-1]["http_status"], rows[-1]["reason"]) == ("legal-desk", 403, "collection_forbidden")


def test_password_door(indexed_ws, run_app, monkeypatch):
    monkeypatch.setenv("DOMAINBOT_APP_PASSWORD", "correct horse")
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws), address="0.0.0.0")
    assert not at.chat_input and not at.sidebar.metric  # nothing of the workspace before sign-in
    at = sign_in(at, "wrong")
    assert texts(at.error) == ["Wrong password."] and not at.chat_input
    at = sign_in(at, "correct horse")
    assert not at.exception and not at.error and at.chat_input and at.session_state["signed_in"]
    at = ask(at, NOTICE_Q)
    assert "30 days written notice" in said(at.chat_message[1])


def test_no_login_refuses_beyond_loopback(indexed_ws, run_app):
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws), address="0.0.0.0")
    [error] = texts(at.error)
    assert "without a login" in error and "\n" not in error
    assert not at.chat_input and not at.sidebar.metric
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws), address="127.0.0.1")  # a laptop: no door
    assert not at.error and at.chat_input


def test_oidc_login_when_auth_is_configured(indexed_ws, run_app):
    auth = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                     "client_id": "id", "client_secret": "s",
                     "server_metadata_url": "https://id.example/.well-known/openid-configuration"}}
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws), address="0.0.0.0", secrets=auth,
                 user={"is_logged_in": False})
    assert not at.chat_input and [b.label for b in at.button] == ["Log in"]
    at = run_app(indexed_ws, engine=FakeEngine.from_workspace(indexed_ws), address="0.0.0.0", secrets=auth,
                 user={"is_logged_in": True, "email": "dr.who@clinic.example"})
    assert not at.exception and not at.error and at.chat_input
    assert "Log out" in [b.label for b in at.sidebar.button]


def test_chat_command_refuses_to_listen_openly_without_a_login(tmp_path, monkeypatch):
    import subprocess

    from typer.testing import CliRunner

    from chatbot.cli import app as cli_app

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("DOMAINBOT_APP_PASSWORD", raising=False)
    calls = []
    monkeypatch.setattr(subprocess, "call", lambda cmd, env: calls.append(env) or 0)
    runner = CliRunner()
    w = ["--workspace", str(tmp_path / "ws")]
    r = runner.invoke(cli_app, ["chat", "--host", "0.0.0.0", *w])
    assert r.exit_code == 1 and "without a login" in r.output and not calls
    r = runner.invoke(cli_app, ["chat", "--host", "0.0.0.0", "--password-env", "NOPE", *w])
    assert r.exit_code == 1 and "NOPE" in r.output and not calls
    monkeypatch.setenv("TEAM_PW", "s3cret")
    r = runner.invoke(cli_app, ["chat", "--host", "0.0.0.0", "--password-env", "TEAM_PW", "-c", "hr", *w])
    assert r.exit_code == 0, r.output
    assert calls[-1]["DOMAINBOT_APP_PASSWORD"] == "s3cret" and calls[-1]["DOMAINBOT_COLLECTIONS"] == "hr"
    r = runner.invoke(cli_app, ["chat", *w])  # 127.0.0.1: no login needed
    assert r.exit_code == 0 and "DOMAINBOT_APP_PASSWORD" not in calls[-1]


def test_quoted_fallback_is_marked_and_its_exact_span_highlighted(indexed_ws, run_app):
    """The real Engine over the real index: the model's unsupported claim is not shown; the app says the
    answer is quoted and shades exactly the quoted sentence in the passage."""
    from chatbot.answer.engine import Engine

    wrong = FakeGenerator(["Either party may terminate the lease by email with 90 days notice [1]."],
                          has_adapter=False, base_name="wrong-model")
    chunks = read_chunks(indexed_ws)  # the index's own chunks, ranked as the lease question needs (no embedder here)
    at = run_app(indexed_ws, engine=Engine(FakeRetriever(chunks, ranking=lambda query: chunks), wrong))
    at = ask(at, "How much notice is needed to terminate the lease?")
    assert not at.exception and not at.error
    shown = said(at.chat_message[1])
    assert "90 days" not in shown and "30 days written notice" in shown
    assert any("Quoted from the documents" in t for t in texts(at.caption))
    passage_html = " ".join(texts(at.html))
    assert passage_html.count('<mark class="db-support">') == 1
    assert '<mark class="db-support">Either party may terminate this lease by giving 30 days written notice' in \
        passage_html


def test_refusal_lists_the_nearest_passages_as_related_not_cited(indexed_ws, run_app):
    from chatbot.answer.engine import Related

    class Refuser:
        def stream(self, question, history=None, cfg=None):
            text = "The documents provided do not answer this."
            yield Event("token", text=text)
            yield Event("done", answer=Answer(
                answer=text, citations=[], model="m", latency_s=0.1, refused=True, mode="refused",
                related=[Related("legal/lease.pdf", 2, "Section 7. Deposit", "x:2:0", 2)]))

    at = run_app(indexed_ws, engine=Refuser())
    at = ask(at, "What is the landlord's bank account number?")
    assert not at.exception and not at.expander  # related passages are not citations
    captions = " ".join(texts(at.caption))
    assert "Not found in the documents" in captions
    assert "Nearest passages (they do not answer it): legal/lease.pdf p. 2 (Section 7. Deposit)" in captions.replace("\\", "")
