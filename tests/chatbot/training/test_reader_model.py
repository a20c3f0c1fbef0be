"""The trained reader: examples from the pairs, question rewrites, training a tiny BERT into a loadable
model; the real MiniLM on real pairs (slow)."""
import json
import random
from pathlib import Path

import numpy as np
import pytest

from chatbot.training.reader import (ReaderConfig, evaluate_reader, lay_words, load_reader, reader_examples,
                                  reader_rows, rewrite_question, train_reader, typos)
from core.config import Workspace

SYSTEM = "Answer only from the numbered passages and cite them like [1]."
GOLD = "The Processor shall notify the Controller of a security incident within 48 hours."


def reader_pair(i: int) -> dict:
    """A RAFT row: the gold passage [2] among a distractor, the answer its second sentence."""
    user = ("Passages:\n\n"
            f"[1] legal/lease.pdf, page {i + 1}, section \"Rent\"\nThe rent is {i + 10} pounds a month. "
            "Rent is paid on the first day of each month.\n\n"
            "[2] legal/dpa.pdf, page 2, section \"Security\"\nThe Processor keeps personal data secure. "
            f"{GOLD} The notice describes the incident.\n\n"
            f"Question: Within how many hours must the Processor notify the Controller (case {i})?")
    return {
        "prompt": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}],
        "completion": [{"role": "assistant", "content": f"{GOLD} [2]"}],
        "metadata": {"chunk_id": f"abc:2:{i}", "source": "legal/dpa.pdf", "page": 2, "section": "Security",
                     "kind": "duration", "gold_index": 2, "question": f"Within how many hours must the Processor "
                     f"notify the Controller (case {i})?", "answer_plain": GOLD},
    }


@pytest.fixture
def reader_ws(tmp_path) -> Workspace:
    ws = Workspace(tmp_path / "ws")
    ws.pairs_dir.mkdir(parents=True)
    no_answer = dict(reader_pair(99), metadata={**reader_pair(99)["metadata"], "gold_index": None})
    for name, rows in (("train.jsonl", [reader_pair(i) for i in range(6)] + [no_answer]),
                       ("eval.jsonl", [reader_pair(i) for i in range(100, 103)])):
        (ws.pairs_dir / name).write_text("".join(json.dumps(r) + "\n" for r in rows))
    return ws


@pytest.fixture(scope="session")
def tiny_bert(tmp_path_factory) -> Path:
    """A tiny randomly initialised BERT (2 layers, hidden 32) with the bundled MiniLM's tokenizer."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertModel

    from ingest.embed import resolve_embedder_path
    from core.config import DEFAULT_EMBEDDER

    tokenizer = AutoTokenizer.from_pretrained(resolve_embedder_path(DEFAULT_EMBEDDER))
    torch.manual_seed(0)
    model = BertModel(BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=32, intermediate_size=64,
                                 num_hidden_layers=2, num_attention_heads=2, max_position_embeddings=256))
    out = tmp_path_factory.mktemp("tiny-bert")
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def test_rows_find_the_gold_sentence(reader_ws):
    rows = reader_rows(reader_ws.pairs_dir / "train.jsonl")
    assert len(rows) == 6  # the no-answer row is left out
    row = rows[0]
    assert [row.candidates[i].text for i in row.gold] == [GOLD]
    assert row.gold_n == 2 and len(row.passages) == 2
    assert row.passages[1].context.startswith("legal/dpa.pdf")


def test_examples_have_the_gold_positive_and_same_passage_negatives(reader_ws):
    examples = reader_examples(reader_ws, ReaderConfig(rewrites=0, negatives=3))
    first = [e for e in examples if e[0].endswith("(case 0)?")]
    assert [s for _, s, y in first if y == 1.0] == [GOLD]
    negatives = [s for _, s, y in first if y == 0.0]
    assert len(negatives) == 3
    assert "The Processor keeps personal data secure." in negatives  # same passage
    assert any("rent" in s.lower() for s in negatives)  # another passage
    # rewrites add copies of each question with the same sentences
    more = reader_examples(reader_ws.pairs_dir / "train.jsonl", ReaderConfig(rewrites=2, negatives=3))
    assert len(more) == 3 * len(examples)


def test_rewrites_change_words():
    assert lay_words("The tenant may terminate the lease.") == "The renter may end the lease."
    assert lay_words("Renal or hepatic impairment in paediatric patients") == (
        "kidney or liver impairment in child people")
    assert "how fast" in lay_words("Within how many days must they notify us?")
    assert "tell" in lay_words("Within how many days must they notify us?")
    rng = random.Random(0)
    slipped = typos("remuneration commencement contraindicated", rng, n=2)
    assert slipped != "remuneration commencement contraindicated"
    assert len(slipped.split()) == 3
    q = "When does the Tenant's remuneration commence under the commercial lease ashgrove?"
    rewritten = {rewrite_question(q, random.Random(s)) for s in range(5)}
    assert all(r != q and "remuneration" not in r for r in rewritten)
    assert len(rewritten) > 1  # scenarios and typos vary


def test_training_writes_a_loadable_reader(reader_ws, tiny_bert):
    import torch

    torch.set_num_threads(1)
    assert load_reader(reader_ws) is None  # nothing trained yet
    metrics = train_reader(reader_ws, ReaderConfig(max_length=64, batch_size=8, epochs=1.0), base_model=str(tiny_bert))
    assert metrics["steps"] >= 1 and metrics["examples"] > 0
    assert (reader_ws.root / "reader" / "reader.json").is_file()
    assert not list(reader_ws.root.glob(".reader.*"))  # the temporary folder was swapped in
    reader = load_reader(reader_ws, threads=1)
    scores = reader.score("How fast must they tell us?", ["a", "b c", GOLD])
    assert scores.shape == (3,) and scores.dtype == np.float32
    assert ((scores >= 0) & (scores <= 1)).all()
    assert reader.score("q", []).shape == (0,)
    table = evaluate_reader(reader_ws, reader)
    assert table["n"] == 3 and set(table["plain"]) == {"lexical", "cross", "combined", "rerank"}
    # rerank: the lexical top k rescored with the reader, the rest after them
    from chatbot.training.reader import prompt_passages, rerank
    from chatbot.answer.verify import Scorer

    passages = prompt_passages(reader_pair(0)["prompt"][1]["content"])
    scorer = Scorer.from_texts(p.text for p in passages)
    q = "How fast must the Processor tell the Controller?"
    ranked = scorer.score(q, scorer.candidates(passages), passages)
    texts = [c.text for c in ranked]
    out = rerank(q, ranked, reader, top_k=2)
    assert sorted(c.text for c in out[:2]) == sorted(texts[:2]) and [c.text for c in out[2:]] == texts[2:]
    # in the answer path: the loaded reader as the Scorer's rerank (each of the top few only loses score)
    plain = {c.text: c.score for c in scorer.score(q, scorer.candidates(passages), passages)}
    scorer.rerank = reader.score
    reread = scorer.score(q, scorer.candidates(passages), passages)
    assert sorted(c.text for c in reread) == sorted(plain)
    assert all(c.score <= plain[c.text] + 1e-9 for c in reread) and reread[0].score >= reread[-1].score
    # a retrain replaces the folder whole
    train_reader(reader_ws, ReaderConfig(max_length=64, batch_size=8, max_examples=8), base_model=str(tiny_bert))
    assert json.loads((reader_ws.root / "reader" / "reader.json").read_text())["examples"] == 8


@pytest.mark.slow
def test_real_reader_trains_on_real_pairs_loads_and_is_measured(tmp_path):
    """The bundled MiniLM trained briefly on the sample corpora's pairs: saved, loaded, scoring any
    sentences, and measured on the held-out pairs and the sample questions beside the lexical scorer.
    Its accuracy is reported, not asserted: in ~40 CPU steps the cross-encoder stays close to a constant
    predictor (bench/results/reader/answers.md), so whether it lands above chance flips with a
    changed line of the corpora (it did: 1.6x chance, then 0 after a table row kept its semicolon as
    a comma); the reader model is off by default for that reason."""
    import shutil
    import subprocess
    import sys

    import torch

    torch.set_num_threads(1)
    ws = Workspace(tmp_path / "ws")
    root = Path(__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-m", "chatbot.cli", "ingest", str(root / "corpora"), "--workspace", str(ws.root)],
                   check=True, cwd=root, capture_output=True)
    train_reader(ws, ReaderConfig(max_examples=600, time_budget_s=90))
    info = json.loads((ws.root / "reader" / "reader.json").read_text())
    assert info["steps"] >= 1 and info["examples"] == 600 and 0 < info["positives"] < 600
    reader = load_reader(ws, threads=1)
    scores = reader.score("How long is the deposit held?", ["The deposit is held for 30 days.", "Rent is monthly."])
    assert len(scores) == 2 and all(0.0 <= s <= 1.0 for s in scores)
    table = evaluate_reader(ws, reader)
    chance = 1 / table["sentences_per_question"]
    # the measurement itself is sound: the hand-tuned scorer finds the gold sentence far above chance
    assert table["n"] >= 20 and table["plain"]["lexical"] > 3 * chance, table
    assert 0.0 <= table["plain"]["cross"] <= 1.0
    from chatbot.training.reader import evaluate_questions

    human = evaluate_questions(ws, root / "corpora" / "questions.jsonl", reader)
    assert human["n"] >= 20 and human["questions"]["lexical"] > 3 / human["sentences_per_question"], human
    print(f"reader model: cross {table['plain']['cross']:.2f} vs lexical {table['plain']['lexical']:.2f} "
          f"(chance {chance:.2f}) on {table['n']} held-out pairs")
    shutil.rmtree(ws.root, ignore_errors=True)


@pytest.mark.parametrize("flag,trained", [(["--reader"], True), ([], False)])
def test_train_command_trains_the_reader_after_the_adapter(monkeypatch, reader_ws, flag, trained):
    import chatbot.training.reader as reader_mod
    import chatbot.training.train as train_mod
    from typer.testing import CliRunner

    from chatbot.cli import app

    calls = []
    monkeypatch.setattr(train_mod, "train", lambda ws, cfg: calls.append("adapter"))
    monkeypatch.setattr(reader_mod, "train_reader", lambda ws, cfg: calls.append(("reader", cfg.seed)))
    r = CliRunner().invoke(app, ["train", "-w", str(reader_ws.root), "--seed", "3", *flag])
    assert r.exit_code == 0, r.output
    assert calls == (["adapter", ("reader", 3)] if trained else ["adapter"])
