"""LoRA fine-tuning recipe: workspace/pairs -> TRL SFTTrainer + PEFT -> workspace/adapters/<name>/.

Reads top to bottom: load pairs -> load base model -> SFTConfig + LoraConfig -> eval base -> train -> save.

    domainbot train                                   # bundled SmolLM2-135M on CPU: ~36 min for the sample corpora
    domainbot train --epochs 3 --lora-r 32 --base-model Qwen/Qwen2.5-1.5B-Instruct
    domainbot train --resume                          # continue from adapters/<name>/checkpoints/
    accelerate launch -m chatbot.cli train --base-model /models/llama-3.1-8b   # multi-GPU (DDP via Trainer)

Data: pairs/train.jsonl and eval.jsonl rows are conversational prompt/completion
({"prompt": [system, user], "completion": [assistant]}); TRL applies the chat template and computes the
loss on the completion tokens only. (assistant_only_loss is not used: SmolLM2's template has no
{% generation %} markers.)

Output (adapters/<name>/, swapped in atomically, so a crash or Ctrl-C never touches the previous adapter):
    adapter_model.safetensors, adapter_config.json, tokenizer files  -> load_generator() uses these
    README.md (model card), loss.png, training_config.json, metrics.json, checkpoints/ (for --resume)
    merged/ with --merge (a standalone model, e.g. for vLLM without LoRA)
"""
from __future__ import annotations

import json
import math
import os
import resource
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from chatbot.models.load import load_tokenizer, pick_device, resolve_base_model
from core.config import DomainbotError, PromptConfig, TrainConfig, Workspace, parse_duration, save_config
from core.files import atomic_write_text
from ingest.pdf import file_sha256

# -----------------------------------------------------------------------------
# fixed recipe settings (the tunable ones live in TrainConfig)
WARMUP_RATIO = 0.05  # share of steps spent warming the learning rate up
LOGGING_STEPS = 5  # loss line every N optimizer steps
SAVE_TOTAL_LIMIT = 2  # checkpoints kept for --resume
KEEP_COLUMNS = ("prompt", "completion")  # metadata stays in the jsonl, the trainer never sees it
DEFAULT_CPU_BUDGET_S = 15 * 60  # --time-budget auto on a CPU: the sample corpora's full run fits (bench/finetune.py)
BUDGET_RESERVE_S = 30  # saving, the model card, the CTranslate2 conversion
MIN_BUDGET_STEPS = 4  # however short the budget, train a little


def train(ws: Workspace, cfg: TrainConfig) -> dict:
    """Fine-tune cfg.base_model on the workspace pairs; returns the metrics written to metrics.json.

    Raises:
        DomainbotError: no pairs, unknown base model, out of memory, interrupted (Ctrl-C).
    """
    # the chat app shows "preparing" from now on (not nothing while the model loads and the base
    # eval runs), and "failed" or "interrupted" whatever stops the run
    progress = ProgressFile(ws.adapters_dir / f"{cfg.adapter}.progress.json")
    progress.write()
    try:
        return _train(ws, cfg, progress)
    except BaseException as e:
        if progress.state.get("status") not in ("failed", "interrupted"):
            progress.write(status="interrupted" if isinstance(e, KeyboardInterrupt) else "failed",
                           error=type(e).__name__)
        raise


def _train(ws: Workspace, cfg: TrainConfig, progress: "ProgressFile") -> dict:
    import torch
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM
    from trl import SFTConfig, SFTTrainer

    t_start = time.time()
    top_layers = parse_lora_layers(cfg.lora_layers)  # a typo fails before any model is loaded
    resolve_budget(cfg.time_budget, on_gpu=False)  # so does a bad --time-budget
    out_dir = ws.adapter_dir(cfg.adapter)
    ckpt_dir = out_dir / "checkpoints"

    # --- data ----------------------------------------------------------------
    train_file, eval_file = ws.pairs_dir / "train.jsonl", ws.pairs_dir / "eval.jsonl"
    train_ds = load_pairs(train_file)
    eval_ds = load_pairs(eval_file) if _has_rows(eval_file) else None

    # --- model ---------------------------------------------------------------
    base_path = resolve_base_model(cfg.base_model, ws)
    device, dtype = pick_device()
    tokenizer = load_tokenizer(base_path)
    model = AutoModelForCausalLM.from_pretrained(base_path, dtype=dtype)
    model.config.pad_token_id = tokenizer.pad_token_id

    on_gpu = device == "cuda"
    budget = resolve_budget(cfg.time_budget, on_gpu) if cfg.max_steps <= 0 and not cfg.resume and not cfg.packing else None
    if budget is None and cfg.time_budget not in ("auto", "none") and (cfg.resume or cfg.packing):
        print(f"time budget  --time-budget {cfg.time_budget} is not applied with "
              f"{'--resume' if cfg.resume else '--packing'}: the run trains every step", flush=True)
    targets = cfg.lora_targets if cfg.lora_targets == "all-linear" else [t.strip() for t in cfg.lora_targets.split(",")]
    n_layers = model.config.num_hidden_layers
    layers = list(range(n_layers - top_layers, n_layers)) if top_layers and top_layers < n_layers else None  # None: all
    if layers is not None and targets == "all-linear":
        # PEFT wants module names when layers are restricted: every linear layer but the LM head
        targets = sorted({n.rsplit(".", 1)[-1] for n, m in model.named_modules()
                          if isinstance(m, torch.nn.Linear) and "lm_head" not in n})
    lora = LoraConfig(
        r=cfg.lora_r,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=cfg.lora_dropout,
        target_modules=targets,
        layers_to_transform=layers,
        task_type="CAUSAL_LM",
    )
    args = SFTConfig(
        output_dir=str(ckpt_dir),
        # data
        max_length=cfg.max_length,  # longer examples are truncated (the answer is at the end: keep prompts short)
        packing=cfg.packing,  # bfd packing implies padding-free batches
        completion_only_loss=True,  # loss on the assistant answer only
        dataset_num_proc=None,
        # optimisation
        num_train_epochs=cfg.epochs,
        max_steps=cfg.max_steps,
        per_device_train_batch_size=cfg.batch_size,
        per_device_eval_batch_size=cfg.batch_size,
        gradient_accumulation_steps=cfg.grad_accum,
        learning_rate=cfg.learning_rate,
        lr_scheduler_type="cosine",
        warmup_steps=WARMUP_RATIO,  # a float < 1 is a ratio of the total steps
        seed=cfg.seed,
        # system: bf16 + gradient checkpointing on GPU; fp32 and no recomputation on CPU (speed over memory)
        use_cpu=not on_gpu,
        bf16=on_gpu,
        activation_checkpointing=on_gpu,  # a.k.a. gradient checkpointing
        dataloader_num_workers=0,
        # logging / eval / checkpoints
        logging_steps=LOGGING_STEPS,
        logging_first_step=True,
        # under a time budget the eval loss is measured once, at the end, not after every epoch
        eval_strategy="epoch" if eval_ds is not None and cfg.eval and not budget else "no",
        save_strategy="epoch",
        save_total_limit=SAVE_TOTAL_LIMIT,
        include_num_input_tokens_seen="non_padding",
        report_to="none",
    )
    trainer = SFTTrainer(
        model=model,
        args=args,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        processing_class=tokenizer,
        peft_config=lora,
    )
    _swap_progress_callback(trainer)

    # --- the derived numbers ----------------------------------------------------
    n_train = len(trainer.train_dataset)
    tokens_per_epoch = sum(len(ids) for ids in trainer.train_dataset["input_ids"])
    world = args.world_size
    per_step = cfg.batch_size * cfg.grad_accum * world
    steps = cfg.max_steps if cfg.max_steps > 0 else optimizer_steps(n_train, cfg, world)
    trainable, total = trainer.model.get_nb_trainable_parameters()
    if trainer.is_world_process_zero():
        print(f"base model   {cfg.base_model} ({total / 1e6:.0f}M params, LoRA r={cfg.lora_r} trains {trainable / 1e6:.2f}M)")
        print(f"data         {len(train_ds)} train pairs from {train_file}, {len(eval_ds) if eval_ds else 0} eval pairs")
        print(f"tokens       {tokens_per_epoch:,} per epoch ({'packed' if cfg.packing else 'padded'} rows: {n_train}, max_length {cfg.max_length})")
        print(f"steps        {steps} x {per_step} examples/step (batch {cfg.batch_size} x accum {cfg.grad_accum} x {world} device(s))")
        print(f"device       {device} ({'bf16' if on_gpu else 'fp32'}, {torch.get_num_threads()} CPU threads)")

    # --- eval loss of the untrained model (LoRA B starts at zero, so this is the base model) ---
    base_eval = None
    if eval_ds is not None and cfg.eval:
        progress.write(stage="measuring the base model")
        base_eval = cached_base_eval(ws, trainer, base_path, eval_file, is_main=trainer.is_world_process_zero())

    # --- time budget: measure a step, then fit the data to the budget -------------------------
    if budget:
        progress.write(stage="timing a step")
        plan = plan_to_budget(trainer, cfg, budget, spent=time.time() - t_start, n_eval=len(eval_ds or []),
                              metadata=pair_metadata(train_file))
        if trainer.is_world_process_zero():
            print(plan.summary)
        if plan.keep is not None:  # a trainer over the kept pairs (the model already carries its LoRA)
            trainer = SFTTrainer(model=trainer.model, args=args, train_dataset=train_ds.select(plan.keep),
                                 eval_dataset=eval_ds, processing_class=tokenizer)
            _swap_progress_callback(trainer)
            steps = plan.steps
    trainer.add_callback(progress.callback())

    # --- train -------------------------------------------------------------------
    resume = None
    if cfg.resume:
        resume = _last_checkpoint(ckpt_dir)
        if resume is None:
            print(f"no checkpoint in {ckpt_dir}: starting from scratch")
    try:
        result = trainer.train(resume_from_checkpoint=resume)
    except KeyboardInterrupt:
        progress.write(status="interrupted")
        where = "no checkpoint yet (nothing trained)"
        if trainer.state.global_step > 0:
            trainer._save_checkpoint(trainer.model, trial=None)  # model + optimizer + scheduler + RNG, for --resume
            where = f"last checkpoint at {_last_checkpoint(ckpt_dir)}"
        raise DomainbotError(f"interrupted: {where}; resume with `domainbot train --resume`; "
                             f"the previous adapter in {out_dir} is untouched") from None
    except RuntimeError as e:  # torch.cuda.OutOfMemoryError is a RuntimeError too
        progress.write(status="failed", error=type(e).__name__)
        if "out of memory" in str(e).lower():
            raise DomainbotError(f"out of memory while training {cfg.base_model}: "
                                 "lower --batch-size (raise --grad-accum to compensate) or --max-length") from None
        raise
    tuned_eval = None
    if eval_ds is not None and cfg.eval:
        last_eval = [h for h in trainer.state.log_history if "eval_loss" in h]
        if last_eval and last_eval[-1].get("step") == trainer.state.global_step:
            tuned_eval = last_eval[-1]["eval_loss"]
        else:
            tuned_eval = trainer.evaluate()["eval_loss"]

    # --- metrics -------------------------------------------------------------------
    wall = time.time() - t_start
    train_s = result.metrics.get("train_runtime", wall)
    seen = trainer.state.num_input_tokens_seen or tokens_per_epoch * (trainer.state.epoch or 0)
    metrics = {
        "train_loss": result.training_loss,
        "eval_loss_base": base_eval,
        "eval_loss_tuned": tuned_eval,
        "steps": trainer.state.global_step,
        "epochs": trainer.state.epoch,
        "train_examples": len(train_ds),
        "pairs_used": len(trainer.train_dataset),  # fewer under a time budget
        "eval_examples": len(eval_ds) if eval_ds is not None else 0,
        "tokens_per_epoch": tokens_per_epoch,
        "train_tokens_seen": int(seen),
        "train_tokens_per_s": seen / train_s if train_s else None,
        "train_runtime_s": train_s,
        "wall_time_s": wall,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # Linux reports KiB
        "peak_gpu_mb": torch.cuda.max_memory_allocated() / 2**20 if on_gpu else None,
        "device": device,
        "resumed_from": resume,
        "data_sha256": file_sha256(train_file),
    }
    if not trainer.is_world_process_zero():
        return metrics

    # --- save: build the new adapter folder beside the old one, then swap -------------------
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    trainer.model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    save_config(cfg, tmp / "training_config.json")
    (PromptConfig.read(ws.pairs_dir) or PromptConfig()).save(tmp)  # answers show passages as the pairs did
    (tmp / "metrics.json").write_text(json.dumps(metrics, indent=2))
    plot_loss(trainer.state.log_history, tmp / "loss.png")
    (tmp / "README.md").write_text(model_card(cfg, metrics, trainer.state.log_history))
    if cfg.merge:
        merged = trainer.model.merge_and_unload()  # folds B@A into the base weights (done last: it mutates the model)
        merged.save_pretrained(tmp / "merged")
        tokenizer.save_pretrained(tmp / "merged")
    _swap_dir(tmp, out_dir, keep=("checkpoints",))
    print(f"adapter saved to {out_dir} in {wall / 60:.1f} min "
          f"(eval loss {_fmt(base_eval)} -> {_fmt(tuned_eval)}, {metrics['train_tokens_per_s'] or 0:.0f} train tokens/s)")
    convert_for_inference(ws, base_path, out_dir)
    progress.write(status="done", minutes=round((time.time() - t_start) / 60, 1))
    return metrics


# -----------------------------------------------------------------------------
# time budget, base eval cache, progress (for the chat app), conversion


def resolve_budget(spec: str, on_gpu: bool) -> float | None:
    """Seconds, or None for no limit. auto: 15 minutes on a CPU (a laptop run), none on a GPU."""
    if str(spec).strip().lower() == "auto":
        return None if on_gpu else DEFAULT_CPU_BUDGET_S
    try:
        return parse_duration(spec)
    except ValueError as e:
        raise DomainbotError(str(e)) from None


@dataclass
class BudgetPlan:
    steps: int  # optimizer steps that fit
    keep: list[int] | None  # train rows to use (None: all of them)
    summary: str


def pair_metadata(path: Path) -> list[dict]:
    """(source, section) of each train row, in file order (load_pairs drops these columns)."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                meta = json.loads(line).get("metadata") or {}
                out.append({"source": meta.get("source", ""), "section": meta.get("section", "")})
    return out


def spread_by_section(metadata: list[dict], n: int, seed: int) -> list[int]:
    """n row indices taken round-robin over documents, and within a document over its sections, so a
    short budget still covers every document (and as many sections as it can)."""
    import random

    rng = random.Random(seed)
    by_doc: dict[str, dict[str, list[int]]] = {}
    for i, m in enumerate(metadata):
        by_doc.setdefault(m["source"], {}).setdefault(m["section"], []).append(i)
    queues = []
    for doc in sorted(by_doc):
        sections = [rng.sample(rows, len(rows)) for _, rows in sorted(by_doc[doc].items())]
        order = []  # this document's rows, one section after another, round-robin
        while any(sections):
            for rows in sections:
                if rows:
                    order.append(rows.pop())
        queues.append(order)
    picked = []
    while len(picked) < n and any(queues):
        for q in queues:
            if q and len(picked) < n:
                picked.append(q.pop(0))
    return sorted(picked)


def time_one_step(trainer, grad_accum: int) -> float:
    """Seconds of one optimizer step: forward and backward passes on real batches, the first one
    only warming up (allocations, thread pools), the second timed and counted grad_accum times. The
    gradients are thrown away; LoRA's B starts at zero, so nothing is learnt or lost."""
    model = trainer.model
    model.train()
    batches = iter(trainer.get_train_dataloader())
    timed = []
    for _ in range(2):
        try:
            batch = next(batches)
        except StopIteration:
            break
        t0 = time.perf_counter()
        loss = trainer.compute_loss(model, trainer._prepare_inputs(batch))
        loss.backward()
        timed.append(time.perf_counter() - t0)
    model.zero_grad(set_to_none=True)
    return timed[-1] * grad_accum if timed else 0.0


def optimizer_steps(n_rows: int, cfg: TrainConfig, world: int = 1) -> int:
    """The optimizer steps the Trainer runs on `n_rows` rows: an epoch's batches rounded up to whole
    accumulated steps, then times the epochs (10 rows, batch 2, accum 2, 2 epochs: 3 + 3 = 6, not 5)."""
    batches = math.ceil(n_rows / (cfg.batch_size * world))
    return math.ceil(math.ceil(batches / cfg.grad_accum) * cfg.epochs)


def plan_to_budget(trainer, cfg: TrainConfig, budget: float, spent: float, n_eval: int,
                   metadata: list[dict]) -> BudgetPlan:
    """How much training fits in `budget` seconds: one measured step gives the step time; eval passes
    (forward only, about a third of a step per batch) and saving/conversion are set aside. When the
    full run does not fit, the pairs are thinned evenly across documents and sections, keeping the
    number of epochs (each kept pair is still seen cfg.epochs times)."""
    per_step = cfg.batch_size * cfg.grad_accum * trainer.args.world_size
    n_train = len(metadata)  # the pairs file's rows: kept indices select from them
    full_steps = optimizer_steps(len(trainer.train_dataset), cfg, trainer.args.world_size)
    print(f"time budget  {budget / 60:.0f} min: timing one step ...", flush=True)
    step_s = time_one_step(trainer, cfg.grad_accum)
    eval_s = math.ceil(n_eval / per_step) * step_s / 3  # one pass, at the end (no per-epoch eval under a budget)
    reserve = BUDGET_RESERVE_S + 0.05 * budget  # saving, the model card, the CTranslate2 conversion
    left = budget - spent - step_s - eval_s - reserve
    steps = max(MIN_BUDGET_STEPS, int(left / step_s)) if left > 0 else MIN_BUDGET_STEPS
    full_min = (full_steps * step_s + eval_s) / 60
    if steps >= full_steps:
        return BudgetPlan(full_steps, None, f"time budget  {budget / 60:.0f} min: a step takes {step_s:.1f} s; "
                          f"the full {full_steps} steps (~{full_min:.0f} min) fit")
    n_pairs = max(per_step, int(steps * per_step / cfg.epochs))
    keep = spread_by_section(metadata, n_pairs, cfg.seed)
    docs = len({metadata[i]["source"] for i in keep})
    sections = len({(metadata[i]["source"], metadata[i]["section"]) for i in keep})
    new_steps = optimizer_steps(len(keep), cfg, trainer.args.world_size)
    return BudgetPlan(new_steps, keep, (
        f"time budget  {budget / 60:.0f} min: a step takes {step_s:.1f} s, so {new_steps} of {full_steps} steps fit "
        f"(the full run would take ~{full_min:.0f} min): training on {len(keep)} of {n_train} pairs, spread over "
        f"{docs} documents and {sections} sections (--time-budget none trains on all of them)"))


def cached_base_eval(ws: Workspace, trainer, base_path: str, eval_file: Path, is_main: bool = True) -> float:
    """The base model's eval loss, computed once per (base model, eval set) and kept in
    workspace/adapters/.base_eval.json: later trainings on the same pairs skip the pass."""
    key = f"{base_path}:{file_sha256(eval_file)}"
    cache_file = ws.adapters_dir / ".base_eval.json"
    try:
        cache = json.loads(cache_file.read_text())
    except (OSError, ValueError):
        cache = {}
    if key in cache:
        if is_main:
            print(f"base eval    {cache[key]:.4f} (cached)")
        return cache[key]
    if is_main:
        print(f"base eval    measuring the base model on {len(trainer.eval_dataset)} eval pairs "
              "(once per eval set; --no-eval skips it) ...", flush=True)
    loss = trainer.evaluate(metric_key_prefix="base")["base_loss"]
    cache[key] = loss
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(cache_file, json.dumps(cache, indent=2), fsync=False)
    return loss


class ProgressFile:
    """workspace/adapters/<name>.progress.json: step, ETA and loss while training (the chat app shows it)."""

    def __init__(self, path: Path):
        self.path = path
        self.started = time.time()
        self.state: dict = {"status": "starting", "started": self.started}

    def write(self, **fields) -> None:
        self.state.update(fields, updated=time.time())
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps(self.state), fsync=False)
        except OSError:
            pass  # progress is a courtesy: never fail a training run over it

    def callback(self):
        from transformers import TrainerCallback

        progress = self

        class Progress(TrainerCallback):
            def on_step_end(self, args, state, control, **kwargs):
                if not state.is_world_process_zero:
                    return
                elapsed = time.time() - progress.started
                per_step = elapsed / max(state.global_step, 1)
                progress.write(status="training", step=state.global_step, max_steps=state.max_steps,
                               eta_s=round(per_step * (state.max_steps - state.global_step)))

            def on_log(self, args, state, control, logs=None, **kwargs):
                if state.is_world_process_zero and logs and "loss" in logs:
                    progress.write(loss=round(float(logs["loss"]), 4))

        return Progress()


def convert_for_inference(ws: Workspace, base_path: str, adapter_dir: Path) -> None:
    """Merge and convert the new adapter for CTranslate2 now, so the first answer does not wait for it."""
    from chatbot.models.load import pick_backend

    try:
        if pick_backend("auto") != "ctranslate2":
            return
        from chatbot.models import ct2

        ct2.ensure_converted(ws, Path(base_path), adapter_dir)
    except Exception as e:  # noqa: BLE001 - inference converts (or falls back) on its own later
        print(f"note: CTranslate2 conversion skipped ({type(e).__name__}: {str(e).splitlines()[0][:120] if str(e) else ''})")


# -----------------------------------------------------------------------------
# helpers


def parse_lora_layers(spec: str) -> int | None:
    """--lora-layers: None = every layer, else how many top layers get LoRA. Fewer layers train
    faster on CPU (backpropagation stops at the lowest adapted layer) but learn less: bench/finetune.py."""
    return None if spec == "all" else int(spec)  # TrainConfig checked the form


def _has_rows(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as f:
            return any(line.strip() for line in f)
    except OSError:
        return False


def load_pairs(path: Path):
    """pairs jsonl -> datasets.Dataset with only prompt/completion columns."""
    from datasets import load_dataset

    if not _has_rows(path):
        raise DomainbotError(f"no training pairs in {path}: run `domainbot ingest FOLDER` or `domainbot pairs` first")
    try:
        ds = load_dataset("json", data_files=str(path), split="train")
    except Exception as e:  # malformed JSON lines, mixed schemas
        raise DomainbotError(f"{path}: cannot read pairs ({type(e).__name__})") from None
    missing = [c for c in KEEP_COLUMNS if c not in ds.column_names]
    if missing:
        raise DomainbotError(f"{path}: rows need 'prompt' and 'completion' (missing {', '.join(missing)})")
    return ds.remove_columns([c for c in ds.column_names if c not in KEEP_COLUMNS])


def _last_checkpoint(ckpt_dir: Path) -> str | None:
    from transformers.trainer_utils import get_last_checkpoint

    return get_last_checkpoint(str(ckpt_dir)) if ckpt_dir.is_dir() else None


def _swap_dir(new: Path, target: Path, keep: tuple[str, ...] = ()) -> None:
    """Replace `target` by `new` in one atomic rename (core.files.publish_folder: adapters/NAME is a
    symlink to a versioned folder), carrying over the `keep` subfolders (checkpoints) of the old one."""
    from core.files import publish_folder

    publish_folder(new, target, keep=keep)


def _swap_progress_callback(trainer) -> None:
    """Keep Trainer's tqdm bar (ETA) but print compact loss lines instead of raw dicts."""
    from transformers.trainer_callback import ProgressCallback

    class LossLines(ProgressCallback):
        def on_log(self, args, state, control, logs=None, **kwargs):
            if not (state.is_world_process_zero and self.training_bar is not None and logs):
                return
            parts = [f"step {state.global_step}/{state.max_steps}", f"epoch {state.epoch or 0:.2f}"]
            for key, label, fmt in (("loss", "loss", ".4f"), ("eval_loss", "eval_loss", ".4f"),
                                    ("learning_rate", "lr", ".2e"), ("grad_norm", "grad_norm", ".2f")):
                if key in logs:
                    parts.append(f"{label} {logs[key]:{fmt}}")
            if len(parts) > 2:
                self.training_bar.write(" | ".join(parts))

    trainer.remove_callback(ProgressCallback)
    trainer.add_callback(LossLines())


def plot_loss(log_history: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt

    train_pts = [(h["step"], h["loss"]) for h in log_history if "loss" in h]
    eval_pts = [(h["step"], h["eval_loss"]) for h in log_history if "eval_loss" in h]
    fig, ax = plt.subplots(figsize=(6, 3.5))
    if train_pts:
        ax.plot(*zip(*train_pts), label="train loss")
    if eval_pts:
        ax.plot(*zip(*eval_pts), "o-", label="eval loss")
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("loss (completion tokens)")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _fmt(x) -> str:
    return "n/a" if x is None else f"{x:.4f}"


def model_card(cfg: TrainConfig, metrics: dict, log_history: list[dict]) -> str:
    curve = "\n".join(
        f"| {h['step']} | {h.get('loss', '')} | {h.get('eval_loss', '')} |"
        for h in log_history if "loss" in h or "eval_loss" in h
    )
    config_json = json.dumps({k: (str(v) if isinstance(v, Path) else v) for k, v in vars(cfg).items()}, indent=2)
    return f"""---
library_name: peft
base_model: {cfg.base_model}
tags: [lora, sft, trl, domainbot]
---

# domainbot adapter `{cfg.adapter}`

LoRA adapter for **{cfg.base_model}**, trained by `domainbot train` (TRL SFTTrainer + PEFT) on grounded
question/answer pairs derived from the workspace documents (loss on the answer tokens only).

| | |
|---|---|
| base model | {cfg.base_model} |
| train data | pairs/train.jsonl, sha256 `{metrics['data_sha256']}` ({metrics['train_examples']} pairs) |
| eval data | {metrics['eval_examples']} pairs |
| eval loss, base model | {_fmt(metrics['eval_loss_base'])} |
| eval loss, with adapter | {_fmt(metrics['eval_loss_tuned'])} |
| train loss (mean) | {_fmt(metrics['train_loss'])} |
| steps / epochs | {metrics['steps']} / {metrics['epochs'] or 0:.2f} |
| train tokens/s | {metrics['train_tokens_per_s'] or 0:.0f} on {metrics['device']} |
| wall time | {metrics['wall_time_s'] / 60:.1f} min |

![loss](loss.png)

## Config

```json
{config_json}
```

## Loss curve

| step | train loss | eval loss |
|---|---|---|
{curve}

## Use

```
domainbot ask "..."            # uses adapters/{cfg.adapter} automatically
domainbot ask "..." --base     # the base model, for comparison
```
"""
