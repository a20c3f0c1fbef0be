"""Commands that teach the model the documents: `pairs` (instruction pairs from the chunks), `train` (LoRA)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from chatbot.cli.common import WorkspaceOpt, cli_errors, config_from, option
from core.config import PairsConfig, TrainConfig, Workspace


@cli_errors
def pairs(
    workspace: Path = WorkspaceOpt,
    generator: str = option(PairsConfig, "generator"),
    base_url: Optional[str] = option(PairsConfig, "base_url"),
    model: Optional[str] = option(PairsConfig, "model"),
    api_key_env: str = option(PairsConfig, "api_key_env"),
    passages: int = option(PairsConfig, "passages"),
    max_passage_chars: int = option(PairsConfig, "max_passage_chars"),
    no_answer_fraction: float = option(PairsConfig, "no_answer_fraction"),
    eval_fraction: float = option(PairsConfig, "eval_fraction"),
    max_per_chunk: int = option(PairsConfig, "max_per_chunk"),
    gold_position: str = option(PairsConfig, "gold_position"),
    seed: int = option(PairsConfig, "seed"),
):
    """Derive grounded instruction pairs (with citations) from the ingested chunks.

    Writes workspace/pairs/train.jsonl and eval.jsonl (prompt/completion format).

    Examples:

      domainbot pairs

      domainbot pairs --generator llm --base-url http://localhost:8001/v1 --model qwen2.5-7b
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from chatbot.training.pairs import make_pairs, print_pairs_report

    cfg = config_from(PairsConfig, options)
    print_pairs_report(make_pairs(Workspace(workspace), cfg))


@cli_errors
def train(
    workspace: Path = WorkspaceOpt,
    base_model: str = option(TrainConfig, "base_model"),
    adapter: str = option(TrainConfig, "adapter"),
    epochs: float = option(TrainConfig, "epochs"),
    learning_rate: float = option(TrainConfig, "learning_rate", "--lr", "--learning-rate"),
    lora_r: int = option(TrainConfig, "lora_r"),
    lora_alpha: int = option(TrainConfig, "lora_alpha"),
    lora_dropout: float = option(TrainConfig, "lora_dropout"),
    lora_targets: str = option(TrainConfig, "lora_targets"),
    lora_layers: str = option(TrainConfig, "lora_layers"),
    max_length: int = option(TrainConfig, "max_length"),
    batch_size: int = option(TrainConfig, "batch_size"),
    grad_accum: int = option(TrainConfig, "grad_accum"),
    packing: bool = option(TrainConfig, "packing", "--packing/--no-packing"),
    max_steps: int = option(TrainConfig, "max_steps"),
    time_budget: str = option(TrainConfig, "time_budget"),
    run_eval: bool = option(TrainConfig, "eval", "--eval/--no-eval"),
    merge: bool = option(TrainConfig, "merge", "--merge"),
    resume: bool = option(TrainConfig, "resume", "--resume"),
    seed: int = option(TrainConfig, "seed"),
    reader: bool = option(TrainConfig, "reader", "--reader/--no-reader"),
):
    """LoRA fine-tune the base model on workspace/pairs (TRL SFTTrainer + PEFT); --reader: then a reader model.

    Examples:

      domainbot train                                   # fits 15 minutes on a CPU

      domainbot train --time-budget none                # every pair, however long it takes

      domainbot train --adapter qwen --base-model /models/Qwen2.5-1.5B-Instruct   # then: ask --adapter qwen

      domainbot train --epochs 3 --lora-r 32 --base-model Qwen/Qwen2.5-1.5B-Instruct

      domainbot train --reader                          # also the experimental sentence-scorer cross-encoder

      accelerate launch -m chatbot.cli train --base-model /models/llama-3.1-8b   # multi-GPU
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from chatbot.training.reader import ReaderConfig, train_reader
    from chatbot.training.train import train as run_train

    cfg = config_from(TrainConfig, options, eval=run_eval)
    run_train(Workspace(workspace), cfg)
    if cfg.reader:  # after the adapter: the chat app switches to it without waiting for the reader
        train_reader(Workspace(workspace), ReaderConfig(seed=cfg.seed))
