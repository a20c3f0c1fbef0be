"""Fixtures for the Streamlit app tests: a small indexed workspace (real PDF on disk, hand-written
chunks.jsonl/manifest.json, no faiss needed by the UI) and an AppTest runner with a fake engine."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.config import Workspace
from core.schema import Chunk
from tests.helpers import write_pdf

REPO = Path(__file__).resolve().parents[2]
APP = str(REPO / "ui" / "app.py")

LEASE_PAGES = [
    "Section 4. Termination\nEither party may terminate this lease by giving 30 days written notice to the other party. "
    "Notice must be delivered by registered mail.",
    "Section 7. Deposit\nThe tenant pays a security deposit of 1,500 EUR before moving in. "
    "<script>alert('x')</script> The deposit is returned within 14 days after the keys are handed back.",
]


def build_workspace(tmp: Path) -> Workspace:
    """workspace/ with one live index over docs/legal/lease.pdf (2 pages, one chunk per page)."""
    docs = tmp / "docs"
    write_pdf(docs / "legal" / "lease.pdf", LEASE_PAGES)
    chunks, start = [], 0
    for page, text in enumerate(LEASE_PAGES, 1):
        section = text.split("\n", 1)[0]
        chunks.append(
            Chunk(
                chunk_id=f"feedc0ffee12:{page}:{start}", source="legal/lease.pdf", page=page, page_end=page,
                section=section, start=start, end=start + len(text), sha256="feedc0ffee12" * 4, text=text,
                root=str(docs),
            )
        )
        start += len(text) + 2
    ws = Workspace(tmp / "workspace")
    index = ws.root / "index-20260101T000000-test"
    index.mkdir(parents=True)
    with open(index / "chunks.jsonl", "w", encoding="utf-8") as f:
        for c in chunks:
            f.write(json.dumps(c.to_dict()) + "\n")
    manifest = {"created": "2026-01-01T00:00:00+00:00", "chunks": len(chunks),
                "files": {str(docs): {"legal/lease.pdf": {"sha256": "feedc0ffee12" * 4, "pages": 2}}}}
    (index / "manifest.json").write_text(json.dumps(manifest))
    ws.current_file.write_text(index.name + "\n")
    return ws


@pytest.fixture
def indexed_ws(tmp_path) -> Workspace:
    return build_workspace(tmp_path)


@pytest.fixture
def run_app(monkeypatch):
    """run_app(ws, engine=None, api_url=None, ...) -> a started AppTest; engine replaces the runtime's engine."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from chatbot.models.runtime import Runtime

    monkeypatch.delenv("DOMAINBOT_APP_PASSWORD", raising=False)  # a test sets it after this
    monkeypatch.delenv("DOMAINBOT_COLLECTIONS", raising=False)

    def start(ws: Workspace, engine=None, api_url: str | None = None, address: str | None = "127.0.0.1",
              secrets: dict | None = None, user: dict | None = None) -> AppTest:
        """address: the Streamlit server's bind address the app sees (loopback: no login needed);
        secrets/user: AppTest's st.secrets and st.user (an [auth] section turns the OIDC login on)."""
        from streamlit import config

        config.set_option("server.address", address)
        monkeypatch.setenv("DOMAINBOT_WORKSPACE", str(ws.root))
        if api_url:
            monkeypatch.setenv("DOMAINBOT_API_URL", api_url)
        else:
            monkeypatch.delenv("DOMAINBOT_API_URL", raising=False)
        if engine is not None:  # the runtime's engine: what `domainbot chat` would load from the workspace
            monkeypatch.setattr(Runtime, "engine", lambda _runtime: engine)
        st.cache_resource.clear()  # AppTest shares the process: no engine/index may leak between tests
        st.cache_data.clear()
        at = AppTest.from_file(APP, default_timeout=60)
        if secrets:
            at.secrets.update(secrets)
        if user is not None:
            at.user = user
        return at.run()

    yield start
    from streamlit import config

    config.set_option("server.address", None)
    st.cache_resource.clear()
    st.cache_data.clear()
