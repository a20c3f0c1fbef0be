"""End to end with a second architecture: a tiny random Qwen2 model built here is the base of an adapter
trained with `domainbot train --base-model DIR --adapter NAME`; `ask --adapter NAME` then answers with
that base (not the bundled SmolLM2), through transformers and through CTranslate2."""
import json

import pytest
from typer.testing import CliRunner

from chatbot.cli import app
from tests.helpers import write_pdf


@pytest.fixture(scope="module")
def tiny_qwen(tmp_path_factory, smollm2_tokenizer):
    import torch
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(smollm2_tokenizer)
    config = Qwen2Config(vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=2048,
                         tie_word_embeddings=True, bos_token_id=tokenizer.bos_token_id,
                         eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    torch.manual_seed(0)
    out = tmp_path_factory.mktemp("models") / "tiny-qwen2"
    Qwen2ForCausalLM(config).save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def test_adapter_on_another_architecture_answers_through_both_engines(tiny_qwen, tmp_path):
    docs, ws = tmp_path / "docs", tmp_path / "ws"
    write_pdf(docs / "lease.pdf", [
        "1. TERMINATION\n1.1 Either party may terminate this lease by giving 30 days' written notice.",
        "2. DEPOSIT\n2.1 The tenant pays a deposit of 1,500 EUR, returned within 14 days after the end of the lease.",
    ])
    run = CliRunner().invoke
    r = run(app, ["ingest", str(docs), "-w", str(ws)])
    assert r.exit_code == 0, r.output
    r = run(app, ["train", "-w", str(ws), "--base-model", str(tiny_qwen), "--adapter", "qwen", "--max-steps", "2",
                  "--batch-size", "2", "--grad-accum", "1", "--max-length", "512", "--lora-r", "4", "--lora-alpha", "8",
                  "--no-eval", "--no-reader"])
    assert r.exit_code == 0, r.output
    config = json.loads((ws / "adapters" / "qwen" / "training_config.json").read_text())
    assert config["base_model"] == str(tiny_qwen)

    for engine in ("transformers", "ctranslate2"):
        r = run(app, ["ask", "How much notice ends the lease?", "--adapter", "qwen", "--engine", engine, "--json",
                      "-w", str(ws)])
        assert r.exit_code == 0, r.output
        out = json.loads(r.stdout)
        assert out["model"] == "tiny-qwen2+qwen"  # the adapter's own base, not the bundled SmolLM2
        # a random model's words never verify: the passage that answers is quoted instead
        assert out["mode"] == "quoted", out
        assert out["citations"] and all(c["spans"] for c in out["citations"])
    assert any(p.name.startswith("adapter-qwen-") for p in (ws / "ct2").iterdir())

    r = run(app, ["ask", "How much notice ends the lease?", "--adapter", "missing", "-w", str(ws)])
    assert r.exit_code == 1 and "no adapter 'missing'" in r.stderr and r.stderr.count("\n") == 1
