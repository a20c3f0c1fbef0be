"""The whole job with the real bundled models: ingest -> pairs -> train (a few steps) -> answer.

Slow (about two minutes on 2 idle cores: ingest, 3 training steps, the CTranslate2 conversion, one
answer) but it is the one test that proves the product works as a user runs it. CI always runs it.
"""
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chatbot.cli import app

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


@pytest.mark.slow
def test_ingest_train_ask_with_citations(tmp_path):
    docs = tmp_path / "docs"
    # one legal and one medical sample document keep it quick; names with spaces on purpose
    for sub in ("legal", "medical"):
        first = sorted((CORPORA / sub).glob("*.pdf"))[0]
        (docs / sub).mkdir(parents=True)
        shutil.copy(first, docs / sub / first.name.replace("_", " "))
    ws = tmp_path / "ws"
    runner = CliRunner()

    r = runner.invoke(app, ["ingest", str(docs), "--workspace", str(ws)])
    assert r.exit_code == 0, r.output
    train_rows = (ws / "pairs" / "train.jsonl").read_text().splitlines()
    assert len(train_rows) >= 20
    row = json.loads(train_rows[0])
    assert row["metadata"]["source"].split("/")[0] in ("legal", "medical")

    r = runner.invoke(app, ["train", "--workspace", str(ws), "--max-steps", "3", "--batch-size", "2", "--grad-accum", "1",
                            "--no-eval", "--no-reader"])
    assert r.exit_code == 0, r.output
    adapter = ws / "adapters" / "default"
    assert (adapter / "adapter_config.json").exists()

    # ask a question whose gold answer is in the corpus' own evaluation set
    questions = [json.loads(l) for l in (CORPORA / "questions.jsonl").read_text().splitlines() if l.strip()]
    ingested = {f"{s}/{p.name}" for s in ("legal", "medical") for p in (docs / s).glob("*.pdf")}
    q = next(q for q in questions if q["source"] and q["source"].replace("_", " ") in ingested)

    # CTranslate2 (the CPU default, converted at the end of training) answers; every shown sentence is
    # verified and each citation carries the span of its passage that supports it
    r = runner.invoke(app, ["ask", q["question"], "--json", "--workspace", str(ws)])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output[r.output.index("{"):])
    assert set(out) >= {"answer", "citations", "model", "latency_s", "mode", "verified"}
    assert out["answer"].strip()
    assert "+default" in out["model"]  # the tuned adapter was used
    assert any(p.name.startswith("adapter-default-") for p in (ws / "ct2").iterdir())
    if out["mode"] != "refused":
        assert out["citations"] and out["verified"], "every non-refusal answer is verified and cited"
    for c in out["citations"]:
        assert c["source"] in ingested and c["page"] >= 1 and c["text"]
        for start, end in c["spans"]:  # a real span of the passage; a quote is the span itself (whitespace folded)
            assert 0 <= start < end <= len(c["text"])
            if out["mode"] == "quoted":
                assert " ".join(c["text"][start:end].split()) in " ".join(out["answer"].split())

    # retrieval found the gold document for that question
    r = runner.invoke(app, ["search", q["question"], "--json", "--k", "5", "--workspace", str(ws)])
    hits = json.loads(r.output[r.output.index("["):])
    assert q["source"].replace("_", " ") in {h["source"] for h in hits}

    # the saved adapter loads and changes what the model computes
    import torch

    from chatbot.models.load import load_generator
    from core.config import Workspace

    gen = load_generator(Workspace(ws), engine="transformers")
    assert gen.has_adapter
    inputs = gen.encode_chat([{"role": "user", "content": q["question"]}])
    with torch.no_grad():
        tuned = gen.model(**inputs).logits
        with gen.model.disable_adapter():
            base = gen.model(**inputs).logits
    assert not torch.allclose(tuned, base), "the trained adapter must change the model's output"
