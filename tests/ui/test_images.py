"""An image attached to the chat app's question: shown in the user's message, its text read (locally by
OCR, in API mode by the server) and answered from the documents with the same pipeline."""
from __future__ import annotations

import io
import shutil

import pytest
from tests.fakes import FakeEngine
from tests.helpers import text_image

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract binary")

DEPOSIT_LABEL = ["Security deposit", "tenant pays 1,500 EUR"]


def png(lines=DEPOSIT_LABEL) -> bytes:
    out = io.BytesIO()
    text_image(lines, size=(900, 260)).save(out, format="PNG")
    return out.getvalue()


def test_an_attached_image_is_shown_read_and_answered(indexed_ws, run_app):
    engine = FakeEngine.from_workspace(indexed_ws)
    at = run_app(indexed_ws, engine=engine)
    at = at.chat_input[0].upload("label.png", png(), "image/png").set_value("How much is this?").run()
    assert not at.exception and not at.error
    question = engine.calls[0]["question"]
    assert question.startswith("How much is this?") and "1,500 EUR" in question  # the OCR text joined it
    first = at.session_state["messages"][0]
    assert first["content"] == "How much is this?" and first["images"] == [png()]  # kept, and shown with it
    assert at.chat_message[0].get("image"), "the image is shown in the user's message"
    assert [e.label for e in at.expander] == ["[1] legal/lease.pdf · p. 2 · Section 7. Deposit"]
    # an image alone asks too; a file that is not an image is one line, nothing asked
    at = at.chat_input[0].upload("label.png", png(), "image/png").run()
    assert len(engine.calls) == 2 and "Security deposit" in engine.calls[1]["question"]
    at = at.chat_input[0].upload("x.png", b"not a picture", "image/png").set_value("and this?").run()
    assert [str(e.value) for e in at.error] == ["not an image (unknown format; send PNG, JPEG or WebP)"]
    assert len(engine.calls) == 2 and not at.exception


def test_api_mode_sends_the_image_to_the_server(indexed_ws, run_app, monkeypatch):
    """The app sends image_url parts; the server (the real API app, fake engine) reads the text."""
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
    engine = FakeEngine.from_workspace(indexed_ws)
    server = uvicorn.Server(uvicorn.Config(create_app(indexed_ws, ServeConfig(port=port), engine=engine),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    try:
        at = run_app(indexed_ws, api_url=f"http://127.0.0.1:{port}")
        at.text_input[0].set_value(key)
        at = at.button[0].click().run()
        at = at.chat_input[0].upload("label.png", png(), "image/png").set_value("How much is this?").run()
        assert not at.exception and not at.error, [e.value for e in at.error]
        assert "1,500 EUR" in engine.calls[0]["question"]  # read by the server's OCR
        assert [e.label for e in at.expander] == ["[1] legal/lease.pdf · p. 2 · Section 7. Deposit"]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
