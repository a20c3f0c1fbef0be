"""Fixtures every test folder may use: an offline environment (set at import, before any test module
imports transformers), a fresh workspace folder, and the stand-ins of tests/fakes.py."""
import os

import pytest

# Nothing may reach a model hub from the tests.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture
def workspace(tmp_path):
    """An empty workspace folder (nothing ingested)."""
    from core.config import Workspace

    return Workspace(tmp_path / "workspace")


@pytest.fixture
def model_always_asked(monkeypatch):
    """For tests about what the model writes: the reader is never 'confident enough' to skip it
    (tests/chatbot/answer/test_answer.py tests the skip itself). Use with
    `pytestmark = pytest.mark.usefixtures("model_always_asked")`."""
    from chatbot.answer import engine

    monkeypatch.setattr(engine, "CONFIDENT_QUOTE", float("inf"))


@pytest.fixture
def lease_chunks():
    """Two chunks of a lease (termination, deposit) in collection `legal`."""
    from core.schema import Chunk

    texts = ["Termination. Either party may end this lease. The notice period is 30 days in writing.",
             "Deposit. The tenant pays a security deposit of two months rent. It is returned within 14 days."]
    return [Chunk(chunk_id=f"lease:{page}:0", source="legal/lease.pdf", page=page, page_end=page,
                  section=text.split(".")[0], start=0, end=len(text), sha256="lease", text=text, collection="legal")
            for page, text in enumerate(texts, 1)]


@pytest.fixture
def fake_retriever(lease_chunks):
    from tests.fakes import FakeRetriever

    return FakeRetriever(lease_chunks)


@pytest.fixture
def fake_generator():
    """A model that answers "The notice period is 30 days [1]." in four pieces."""
    from tests.fakes import FakeGenerator

    return FakeGenerator(["The notice ", "period is ", "30 days ", "[1]."])


@pytest.fixture
def fake_engine(lease_chunks):
    """An engine quoting the best-matching lease sentence."""
    from tests.fakes import FakeEngine

    return FakeEngine(lease_chunks)
