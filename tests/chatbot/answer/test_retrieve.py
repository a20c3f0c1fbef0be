"""Hybrid retrieval, LangChain adapter, retriever cache and the `domainbot search` command."""
import json

import pytest
from typer.testing import CliRunner

from chatbot.cli import app
from chatbot.answer.retrieve import load_retriever
from core.config import DomainbotError, RetrieveConfig, Workspace
from core.schema import Chunk
from ingest.embed import load_embedder
from ingest.index import Manifest, write_index

TEXTS = [
    ("Termination", "Either party may terminate this lease by giving three months written notice."),
    ("Termination", "Notice of termination must be delivered by registered mail to the landlord."),
    ("Rent", "Rent is payable monthly in advance on the first day of each month."),
    ("Deposit", "The security deposit is returned within thirty days after the tenant leaves."),
    ("Dosage", "The maximum daily dose of paracetamol for adults is four grams."),
    ("Maintenance", "Boiler servicing follows schedule ZX-4471 and is paid by the owner."),
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    ws = Workspace(tmp_path_factory.mktemp("ws"))
    emb = load_embedder()
    chunks = [
        Chunk(chunk_id=f"sha{i}:{i + 1}:0", source="lease.pdf" if i < 4 else "med.pdf", page=i + 1, page_end=i + 1,
              section=sec, start=0, end=len(t), sha256="sha", text=t, root="/docs")
        for i, (sec, t) in enumerate(TEXTS)
    ]
    vecs = emb.encode([c.text for c in chunks])
    write_index(ws, chunks, vecs, Manifest(embedder=emb.name, quantize=True, dim=emb.dim))
    return ws


def test_hybrid_puts_exact_keyword_match_first_even_when_dense_misses(ws):
    r = load_retriever(ws)
    q = "termination notice ZX-4471"
    dense = r.search(q, k=6, mode="dense")
    assert "ZX-4471" not in dense[0].chunk.text  # the embedder ranks the termination clauses higher
    assert "ZX-4471" in r.search(q, k=3, mode="bm25")[0].chunk.text
    hybrid = r.search("ZX-4471", k=3, mode="hybrid")
    assert "ZX-4471" in hybrid[0].chunk.text
    assert [h.rank for h in hybrid] == [1, 2, 3]
    dense_ids = [h.chunk.chunk_id for h in r.search("ZX-4471", k=6, mode="dense")]
    dense_rank = dense_ids.index(hybrid[0].chunk.chunk_id) + 1
    assert hybrid[0].score == pytest.approx(1 / 61 + 1 / (60 + dense_rank))  # RRF: bm25 rank 1 + its dense rank


def test_dense_score_is_the_cosine_for_every_hit(ws):
    r = load_retriever(ws)
    q = "how much paracetamol per day"
    qv = r.embedder.encode([q])[0]
    vecs = r.index.vectors()
    for mode in ("hybrid", "dense", "bm25"):
        hits = r.search(q, k=4, mode=mode)
        assert hits, mode
        for h in hits:
            i = r.chunks.index(h.chunk)
            assert h.dense_score == pytest.approx(float(vecs[i] @ qv), abs=1e-5)
    assert r.search(q, k=1, mode="dense")[0].chunk.section == "Dosage"
    bm = r.search(q, k=4, mode="bm25")
    # only chunks sharing a query word ("paracetamol", "day"); the rare word ranks first
    assert [h.chunk.section for h in bm] == ["Dosage", "Rent"]
    assert all(h.bm25_score == h.score > 0 for h in bm)


def test_semantic_query_finds_paraphrase(ws):
    hits = load_retriever(ws).search("How long until I get my deposit back?", k=2)
    assert hits[0].chunk.section == "Deposit"


def test_langchain_retriever_returns_documents(ws):
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever

    lc = load_retriever(ws).as_langchain(k=2)
    assert isinstance(lc, BaseRetriever)
    docs = lc.invoke("notice period to end the lease")
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    meta = docs[0].metadata
    assert meta["source"] == "lease.pdf" and meta["section"] == "Termination"
    assert {"page", "page_end", "score", "chunk_id"} <= meta.keys()


def test_load_retriever_needs_an_index(ws, tmp_path):
    assert load_retriever(ws, RetrieveConfig(k=2)).search("deposit", k=1)
    with pytest.raises(DomainbotError, match="run `domainbot ingest FOLDER` first"):
        load_retriever(Workspace(tmp_path / "nothing"))


def test_search_cli_text_json_and_queries(ws, tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["search", "maximum daily dose", "-w", str(ws.root), "--k", "2"])
    assert res.exit_code == 0, res.output
    assert "[1] med.pdf p.5  Dosage" in res.output
    res = runner.invoke(app, ["search", "security deposit", "-w", str(ws.root), "--json", "--k", "1"])
    rows = json.loads(res.output)
    assert res.exit_code == 0 and rows[0]["source"] == "lease.pdf" and rows[0]["page"] == 4
    qfile = tmp_path / "q.jsonl"
    qfile.write_text('{"question": "rent due date", "id": 7}\n{"nope": 1}\n')
    res = runner.invoke(app, ["search", "--queries", str(qfile), "-w", str(ws.root), "--k", "1"])
    assert res.exit_code == 0
    out = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert len(out) == 1 and out[0]["id"] == 7 and out[0]["results"][0]["section"] == "Rent"
    res = runner.invoke(app, ["search", "x", "-w", str(tmp_path / "none")])
    assert res.exit_code == 1 and "run `domainbot ingest FOLDER` first" in res.output
    res = runner.invoke(app, ["search", "  ", "-w", str(ws.root)])
    assert res.exit_code == 1 and "non-empty QUERY" in res.output
