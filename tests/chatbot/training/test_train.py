"""The LoRA recipe on a tiny random Llama: artifacts, resume, errors."""
import json
import shutil

import pytest
import torch
from safetensors.torch import load_file

from chatbot.training.train import train
from core.config import DomainbotError, PromptConfig, TrainConfig, Workspace


def tiny_cfg(tiny_model, **kw) -> TrainConfig:
    base = dict(base_model=str(tiny_model), max_steps=3, batch_size=2, grad_accum=1, max_length=256,
                learning_rate=1e-2, lora_r=4, lora_alpha=8)
    base.update(kw)
    return TrainConfig(**base)


def test_train_writes_adapter_card_plot_and_metrics(tiny_model, pairs_ws):
    PromptConfig(k=2, max_passage_chars=500).save(pairs_ws.pairs_dir)  # as `domainbot pairs --passages 2` writes it
    metrics = train(pairs_ws, tiny_cfg(tiny_model, merge=True))
    out = pairs_ws.adapter_dir("default")
    # the adapter keeps the prompt it was trained on, and answers read it back
    from chatbot.answer.engine import adapter_prompt

    assert PromptConfig.read(out) == adapter_prompt(pairs_ws, "default") == PromptConfig(k=2, max_passage_chars=500)
    assert adapter_prompt(pairs_ws, "other") == PromptConfig()
    for name in ("adapter_config.json", "adapter_model.safetensors", "README.md", "loss.png", "metrics.json",
                 "training_config.json", "tokenizer_config.json"):
        assert (out / name).is_file(), name
    assert (out / "loss.png").read_bytes()[:4] == b"\x89PNG"
    saved = json.loads((out / "metrics.json").read_text())
    assert saved["steps"] == metrics["steps"] == 3
    assert saved["train_examples"] == 8 and saved["eval_examples"] == 4
    assert saved["eval_loss_base"] > 0 and saved["eval_loss_tuned"] > 0
    assert saved["eval_loss_tuned"] != saved["eval_loss_base"]
    assert saved["train_tokens_per_s"] > 0
    card = (out / "README.md").read_text()
    assert str(tiny_model) in card and saved["data_sha256"] in card
    assert json.loads((out / "training_config.json").read_text())["base_model"] == str(tiny_model)
    assert not list(pairs_ws.adapters_dir.glob(".*tmp*")), "temporary folder left behind"
    progress = json.loads((pairs_ws.adapters_dir / "default.progress.json").read_text())  # what the app shows
    assert progress["status"] == "done" and progress["step"] == 3 and progress["max_steps"] == 3

    # --merge: a standalone model equal to base + adapter
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    ids = torch.tensor([[1, 2, 3, 4, 5]])
    merged = AutoModelForCausalLM.from_pretrained(out / "merged")
    with_adapter = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model), str(out))
    with torch.no_grad():
        assert torch.allclose(merged(ids).logits, with_adapter(ids).logits, atol=1e-4)


def test_the_steps_planned_are_the_steps_run(tiny_model, pairs_ws, capsys):
    """8 rows, batch 2, accumulation 3, 2 epochs: 4 batches make 2 optimizer steps an epoch, so 4 steps (the
    Trainer rounds each epoch up; the time budget plans with the same count)."""
    import re

    from chatbot.training.train import optimizer_steps
    metrics = train(pairs_ws, tiny_cfg(tiny_model, max_steps=-1, epochs=2, grad_accum=3, time_budget="none"))
    planned = int(re.search(r"^steps\s+(\d+) x", capsys.readouterr().out, re.M).group(1))
    assert planned == metrics["steps"] == 4
    assert optimizer_steps(10, tiny_cfg(tiny_model, batch_size=2, grad_accum=2, epochs=2)) == 6


def test_completion_only_loss_masks_the_prompt(tiny_model, pairs_ws):
    """Only the answer tokens carry labels: the prompt (system + passages + question) is masked."""
    from trl import SFTConfig, SFTTrainer

    from chatbot.models.load import load_tokenizer
    from chatbot.training.train import load_pairs

    tok = load_tokenizer(str(tiny_model))
    ds = load_pairs(pairs_ws.pairs_dir / "train.jsonl")
    assert ds.column_names == ["prompt", "completion"]  # metadata dropped
    from transformers import AutoModelForCausalLM

    trainer = SFTTrainer(
        model=AutoModelForCausalLM.from_pretrained(tiny_model),
        args=SFTConfig(output_dir=str(pairs_ws.root / "x"), completion_only_loss=True, use_cpu=True, bf16=False,
                       report_to="none", max_length=256),
        train_dataset=ds, processing_class=tok,
    )
    row = trainer.train_dataset[0]
    labelled = [t for t, label in zip(row["input_ids"], row["labels"]) if label != -100]
    text = tok.decode(labelled)
    assert text.startswith("The tenant must give 1 months notice [1].")
    assert "Question" not in text and "<|im_end|>" in text  # the model learns to stop


def test_missing_pairs_is_a_clear_error(tiny_model, tmp_path):
    ws = Workspace(tmp_path / "empty")
    with pytest.raises(DomainbotError, match=r"no training pairs in .*train\.jsonl: run `domainbot ingest"):
        train(ws, tiny_cfg(tiny_model))
    ws.pairs_dir.mkdir(parents=True)
    (ws.pairs_dir / "train.jsonl").write_text("\n\n")
    with pytest.raises(DomainbotError, match="no training pairs"):
        train(ws, tiny_cfg(tiny_model))
    # the chat app is told the run failed, not left showing "preparing"
    progress = json.loads((ws.adapters_dir / "default.progress.json").read_text())
    assert progress["status"] == "failed" and progress["error"] == "DomainbotError"


def test_malformed_pairs_name_the_file(tiny_model, pairs_ws):
    (pairs_ws.pairs_dir / "train.jsonl").write_text('{"question": "no prompt field"}\n')
    with pytest.raises(DomainbotError, match=r"train\.jsonl: rows need 'prompt' and 'completion'"):
        train(pairs_ws, tiny_cfg(tiny_model))


def test_resume_continues_from_the_checkpoint(tiny_model, pairs_ws, tmp_path):
    train(pairs_ws, tiny_cfg(tiny_model, max_steps=2, learning_rate=1e-2))
    ckpt = pairs_ws.adapter_dir("default") / "checkpoints" / "checkpoint-2"
    assert (ckpt / "adapter_model.safetensors").is_file()
    resumed = train(pairs_ws, tiny_cfg(tiny_model, max_steps=4, learning_rate=1e-4, resume=True))
    assert resumed["steps"] == 4 and resumed["resumed_from"] == str(ckpt)
    assert ckpt.is_dir(), "the checkpoints must survive the swap of the adapter folder"
    # a fresh run with the resumed run's settings ends elsewhere: its first 2 steps used lr 1e-4, not 1e-2
    fresh_ws = Workspace(tmp_path / "fresh")
    shutil.copytree(pairs_ws.pairs_dir, fresh_ws.pairs_dir)
    train(fresh_ws, tiny_cfg(tiny_model, max_steps=4, learning_rate=1e-4))
    a = load_file(pairs_ws.adapter_dir() / "adapter_model.safetensors")
    b = load_file(fresh_ws.adapter_dir() / "adapter_model.safetensors")
    assert a.keys() == b.keys()
    assert any(not torch.allclose(a[k], b[k]) for k in a)


def test_resume_without_checkpoint_starts_fresh(tiny_model, pairs_ws, capsys):
    metrics = train(pairs_ws, tiny_cfg(tiny_model, max_steps=1, resume=True))
    assert metrics["steps"] == 1 and metrics["resumed_from"] is None
    assert "no checkpoint in" in capsys.readouterr().out


def test_ctrl_c_saves_a_checkpoint_and_keeps_the_old_adapter(tiny_model, pairs_ws, monkeypatch):
    from transformers import TrainerCallback

    import chatbot.training.train as recipe

    old = pairs_ws.adapter_dir()
    old.mkdir(parents=True)
    (old / "adapter_config.json").write_text("{}")  # stands for the previous adapter

    class CtrlC(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step == 2:
                raise KeyboardInterrupt

    real = recipe._swap_progress_callback
    monkeypatch.setattr(recipe, "_swap_progress_callback", lambda trainer: (real(trainer), trainer.add_callback(CtrlC())))
    with pytest.raises(DomainbotError, match=r"interrupted: last checkpoint at .*checkpoint-2"):
        train(pairs_ws, tiny_cfg(tiny_model, max_steps=4))
    assert (old / "adapter_config.json").read_text() == "{}"
    assert (old / "checkpoints" / "checkpoint-2" / "optimizer.pt").is_file()


def test_lora_layers_restricts_the_adapter_to_the_top_layers(tiny_model, pairs_ws):
    train(pairs_ws, tiny_cfg(tiny_model, max_steps=1, lora_layers="1"))  # the tiny model has 2 layers
    keys = load_file(pairs_ws.adapter_dir() / "adapter_model.safetensors").keys()
    assert keys and all(".layers.1." in k for k in keys), sorted(keys)[:4]

    train(pairs_ws, tiny_cfg(tiny_model, max_steps=1))  # the default: every layer
    keys = load_file(pairs_ws.adapter_dir() / "adapter_model.safetensors").keys()
    assert any(".layers.0." in k for k in keys) and any(".layers.1." in k for k in keys)

    with pytest.raises(ValueError, match="lora_layers must be all or a number"):
        tiny_cfg(tiny_model, max_steps=1, lora_layers="top")
