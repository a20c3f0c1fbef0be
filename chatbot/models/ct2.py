"""CTranslate2: the CPU inference engine, batching concurrent requests for the API.

    ensure_converted(ws, base_dir, adapter_dir) -> workspace/ct2/<name>-<hash>/   (once per adapter version)
    CT2Generator(tokenizer, base_dir, tuned_dir, ...)  -> the Generator interface (stream, model_name, ...)

Conversion merges the LoRA adapter into the base weights (PEFT merge_and_unload) and converts the
merged checkpoint with ctranslate2's TransformersConverter (float32 for small models, int8 from about
a billion parameters: see quantization_for), into a folder keyed by the hash of
the adapter's weights (and of the base's config and weights), so a retrain gets a new folder and an
unchanged adapter is never converted twice. The bare base model is converted the same way, for
`--base` answers. Architectures CTranslate2 cannot convert raise UnsupportedModel; the caller falls
back to transformers.

Generation goes through one worker thread per model that takes every request waiting at that moment
and runs them as one `generate_batch` (tokens stream back through its callback): 20 help-desk users
share batches instead of queueing one by one.
"""
from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import shutil
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from chatbot.models.names import ModelNames
from core.config import DomainbotError, Workspace, ct2_threads
from core.files import build_folder_once

MAX_BATCH = 16  # requests per generate_batch
# Small models lose answers to int8: with the bundled 135M model, int8 greedy output differed from
# transformers on 11 of 32 questions and raw key facts fell 6 points, while float32 matched all 32
# (bench/answer.py). Models of a billion parameters and more quantise well and gain the most from it.
INT8_FROM_BYTES = 4 * 10**9  # fp32 weights of ~1B parameters


def quantization_for(base_dir: Path) -> str:
    """float32 below ~1B parameters (exact), int8 above (4x smaller, faster, little loss)."""
    size = sum(p.stat().st_size for p in Path(base_dir).glob("*.safetensors")) or \
        sum(p.stat().st_size for p in Path(base_dir).glob("*.bin"))
    bytes_per_param = 2 if _half_precision(base_dir) else 4
    return "int8" if size * 4 / bytes_per_param >= INT8_FROM_BYTES else "float32"


def _half_precision(base_dir: Path) -> bool:
    try:
        dtype = json.loads((Path(base_dir) / "config.json").read_text()).get("torch_dtype") or ""
    except (OSError, ValueError):
        return False
    return str(dtype) in ("float16", "bfloat16")


class UnsupportedModel(Exception):
    """CTranslate2 has no converter for this architecture (use transformers)."""


def available() -> bool:
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# conversion, cached in the workspace


def _file_digest(path: Path, h) -> None:
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)


def model_key(base_dir: Path, adapter_dir: Path | None = None) -> str:
    """A short hash naming a converted model: the base's config and weight files (by size and mtime:
    hashing gigabytes of weights at every start would cost more than it saves), the adapter's weights
    by content."""
    h = hashlib.sha256()
    base_dir = Path(base_dir)
    h.update((base_dir / "config.json").read_bytes())
    for p in sorted(base_dir.glob("*.safetensors")) + sorted(base_dir.glob("*.bin")):
        st = p.stat()
        h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    if adapter_dir is not None:
        _file_digest(Path(adapter_dir) / "adapter_model.safetensors", h)
        h.update((Path(adapter_dir) / "adapter_config.json").read_bytes())
    h.update(quantization_for(base_dir).encode())
    return h.hexdigest()[:12]


def converted_dir(ws: Workspace, base_dir: Path, adapter_dir: Path | None = None) -> Path:
    name = (Path(adapter_dir).name if adapter_dir is not None else Path(base_dir).name) or "model"
    kind = "adapter" if adapter_dir is not None else "base"
    return ws.root / "ct2" / f"{kind}-{name}-{model_key(base_dir, adapter_dir)}"


def ensure_converted(ws: Workspace, base_dir: Path, adapter_dir: Path | None = None, quiet: bool = False) -> Path:
    """The CTranslate2 folder for base (+ adapter, merged), converting it once. Safe to call from several
    processes at once (a file lock), and atomic (a crash leaves no half-written model).

    Raises UnsupportedModel when CTranslate2 cannot convert the architecture.
    """
    out = converted_dir(ws, base_dir, adapter_dir)
    what = f"adapter {Path(adapter_dir).name} merged into {Path(base_dir).name}" if adapter_dir else Path(base_dir).name
    t0 = time.time()

    def convert(tmp: Path) -> None:
        quantization = quantization_for(base_dir)
        if not quiet:
            print(f"converting {what} for CTranslate2 ({quantization}, once)...", file=sys.stderr, flush=True)
        merged = out.parent / f".{out.name}.merged-{os.getpid()}"
        try:
            source = _merge(base_dir, adapter_dir, merged) if adapter_dir is not None else Path(base_dir)
            _convert(source, tmp, quantization)
            tokenizer_files(source, tmp)
            (tmp / "domainbot.json").write_text(json.dumps({
                "base": str(base_dir), "adapter": str(adapter_dir) if adapter_dir else None,
                "quantization": quantization, "seconds": round(time.time() - t0, 1)}, indent=2))
        finally:
            shutil.rmtree(merged, ignore_errors=True)

    if build_folder_once(out, convert):
        # older conversions of the same adapter/base are dead weight
        # (exactly "<stem>-<12 hex>": adapter "default" must not delete adapter "default-v2")
        stem = out.name.rsplit("-", 1)[0]
        for old in out.parent.glob(f"{stem}-*"):
            if old != out and old.is_dir() and re.fullmatch(rf"{re.escape(stem)}-[0-9a-f]{{12}}", old.name):
                shutil.rmtree(old, ignore_errors=True)
        if not quiet:
            print(f"converted in {time.time() - t0:.1f}s: {out}", file=sys.stderr, flush=True)
    return out


def _merge(base_dir: Path, adapter_dir: Path, out: Path) -> Path:
    """base + LoRA -> one plain checkpoint (fp32) in `out`."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    model = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
    model.save_pretrained(out)
    AutoTokenizer.from_pretrained(adapter_dir if (Path(adapter_dir) / "tokenizer_config.json").is_file() else base_dir
                                  ).save_pretrained(out)
    return out


def _convert(source: Path, out: Path, quantization: str) -> None:
    from ctranslate2.converters import TransformersConverter

    try:
        TransformersConverter(str(source), low_cpu_mem_usage=True).convert(
            str(out), quantization=None if quantization == "float32" else quantization, force=True)
    except ValueError as e:  # "No conversion is registered for the model configuration ..."
        if "No conversion" in str(e) or "not supported" in str(e).lower():
            raise UnsupportedModel(str(e).splitlines()[0]) from None
        raise


def tokenizer_files(source: Path, out: Path) -> None:
    for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja",
                 "generation_config.json"):
        if (Path(source) / name).is_file():
            shutil.copy2(Path(source) / name, out / name)


# ---------------------------------------------------------------------------------------------
# tokenizer without transformers: `ask` starts in a second instead of waiting for torch to import


class ChatTokenizer:
    """The model's fast tokenizer (tokenizer.json, via the `tokenizers` library) and its chat template
    (rendered with jinja2 exactly as transformers does: sandboxed, trim_blocks, lstrip_blocks), with the
    few methods the generator needs. Reads what `save_pretrained` wrote into the converted folder."""

    def __init__(self, folder: Path):
        from tokenizers import Tokenizer

        folder = Path(folder)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        config = json.loads((folder / "tokenizer_config.json").read_text()) if (folder / "tokenizer_config.json").is_file() else {}
        template = config.get("chat_template")
        if (folder / "chat_template.jinja").is_file():
            template = (folder / "chat_template.jinja").read_text()
        if not template:
            raise DomainbotError(f"{folder}: the tokenizer has no chat template (an instruct model is needed)")
        self.special = {k: _token_text(config.get(k)) for k in ("bos_token", "eos_token", "pad_token", "unk_token")}
        self.eos_token = self.special["eos_token"]
        self._template = _compile_template(template)

    def apply_chat_template(self, messages: list[dict], add_generation_prompt: bool = True, tokenize: bool = True,
                            **_) -> list[int] | str:
        text = self._template.render(messages=messages, add_generation_prompt=add_generation_prompt,
                                     bos_token=self.special["bos_token"] or "", eos_token=self.eos_token or "")
        return self.tokenizer.encode(text, add_special_tokens=False).ids if tokenize else text

    def convert_ids_to_tokens(self, ids: list[int]) -> list[str]:
        return [self.tokenizer.id_to_token(i) for i in ids]

    def decode(self, ids: list[int], skip_special_tokens: bool = True) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=skip_special_tokens)

    def get_vocab(self) -> dict[str, int]:
        return self.tokenizer.get_vocab()

    def __call__(self, text: str, add_special_tokens: bool = False) -> dict:
        return {"input_ids": self.tokenizer.encode(text, add_special_tokens=add_special_tokens).ids}


def _token_text(value) -> str | None:
    if isinstance(value, dict):  # {"content": "<|im_end|>", ...}
        return value.get("content")
    return value


def _compile_template(template: str):
    from jinja2.exceptions import TemplateError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message):
        raise TemplateError(message)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"])
    env.globals.update(raise_exception=raise_exception,
                       strftime_now=lambda fmt: time.strftime(fmt))
    return env.from_string(template)


# ---------------------------------------------------------------------------------------------
# generation


@dataclass
class _Request:
    tokens: list[str]
    max_new_tokens: int
    temperature: float
    static: tuple[str, ...] = ()  # the shared system-prompt prefix, computed once and cached by CTranslate2
    out: queue.Queue = field(default_factory=queue.Queue)  # token ids, then None (end) or an exception
    cancelled: threading.Event = field(default_factory=threading.Event)
    produced: int = 0


class _Batcher:
    """One worker thread per model: it takes all requests waiting (same sampling settings) and runs
    them as one generate_batch, streaming each token to its request's queue."""

    def __init__(self, model_dir: Path, end_tokens: list[str], threads: int):
        import ctranslate2

        try:
            quantization = json.loads((Path(model_dir) / "domainbot.json").read_text())["quantization"]
        except (OSError, ValueError, KeyError):
            quantization = "default"  # what the folder holds
        self.model = ctranslate2.Generator(str(model_dir), device="cpu", compute_type=quantization,
                                           intra_threads=threads, inter_threads=1)
        self.end_tokens = end_tokens
        self.pending: queue.Queue[_Request] = queue.Queue()
        self.batches = 0  # batches run so far, and the largest (for bench/load.py and tests)
        self.largest = 0
        self._thread = threading.Thread(target=self._run, name=f"ct2-{Path(model_dir).name}", daemon=True)
        self._thread.start()

    def submit(self, req: _Request) -> None:
        self.pending.put(req)

    def close(self) -> None:
        """Finish the requests already queued, then stop the thread and free the model."""
        self.pending.put(None)

    def _run(self) -> None:
        while True:
            first = self.pending.get()
            if first is None:  # close()
                break
            batch, held, stop = [first], [], False
            while len(batch) < MAX_BATCH:
                try:
                    req = self.pending.get_nowait()
                except queue.Empty:
                    break
                if req is None:
                    stop = True
                    break
                same = req.temperature == batch[0].temperature and req.static == batch[0].static
                (batch if same else held).append(req)
            for req in held:  # another sampling setting: next batch
                self.pending.put(req)
            if stop:
                self.pending.put(None)  # stop after the held requests too
            batch = [r for r in batch if not r.cancelled.is_set()]
            if batch:
                self._generate(batch)
        self.model = None  # the weights go with the last reference

    def _generate(self, batch: list[_Request]) -> None:
        self.batches += 1
        self.largest = max(self.largest, len(batch))
        temperature = batch[0].temperature

        def on_token(step) -> bool:
            req = batch[step.batch_id]
            if req.cancelled.is_set():
                return True  # stop this one
            if step.token not in self.end_tokens:
                req.out.put(step.token_id)
                req.produced += 1
            return req.produced >= req.max_new_tokens

        kwargs = dict(max_length=max(r.max_new_tokens for r in batch), include_prompt_in_result=False,
                      end_token=self.end_tokens, callback=on_token, beam_size=1)
        if batch[0].static:
            kwargs.update(static_prompt=list(batch[0].static), cache_static_prompt=True)
        if temperature > 0:
            kwargs.update(sampling_temperature=temperature, sampling_topk=50, sampling_topp=0.95)
        else:
            kwargs.update(sampling_topk=1)
        try:
            self.model.generate_batch([r.tokens for r in batch], **kwargs)
        except Exception as e:  # noqa: BLE001 - handed to every waiting consumer
            for r in batch:
                r.out.put(e)
            return
        for r in batch:
            r.out.put(None)


class CT2Generator(ModelNames):
    """The Generator interface (stream, generate, model_name, count_tokens, has_adapter) on CTranslate2.

    `tuned_dir` is the base merged with the adapter; `base_dir` the bare base, loaded on the first
    `use_adapter=False` call (the app's base/tuned switch, `ask --base`).
    """

    backend = "ctranslate2"

    def __init__(self, tokenizer, base_dir: Path | None, tuned_dir: Path | None, base_name: str,
                 adapter_name: str | None, threads: int | None = None):
        if base_dir is None and tuned_dir is None:
            raise ValueError("need a base or a tuned model")
        self.tokenizer = tokenizer
        self.base_dir, self.tuned_dir = base_dir, tuned_dir
        self.base_name, self.adapter_name = base_name, adapter_name if tuned_dir is not None else None
        self.threads = ct2_threads(threads)
        self._batchers: dict[bool, _Batcher] = {}
        self._lock = threading.Lock()
        self._static: dict[str, tuple[str, ...]] = {}  # system prompt -> its tokens
        end = tokenizer.eos_token or "</s>"
        self.end_tokens = sorted({end, "<|im_end|>", "<|endoftext|>", "<end_of_turn>", "<|eot_id|>"}
                                 & (set(tokenizer.get_vocab()) | {end}))

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def close(self) -> None:
        """Stop the batch threads once their queued requests are answered (a retrained adapter
        replaced this generator): a long-running server must not keep every old model."""
        with self._lock:
            for batcher in self._batchers.values():
                batcher.close()
            self._batchers.clear()

    def batcher(self, use_adapter: bool) -> _Batcher:
        tuned = use_adapter and self.tuned_dir is not None
        with self._lock:
            if tuned not in self._batchers:
                folder = self.tuned_dir if tuned else self.base_dir
                if folder is None:
                    raise DomainbotError("the base model was not converted for CTranslate2")
                self._batchers[tuned] = _Batcher(folder, self.end_tokens, self.threads)
            return self._batchers[tuned]

    def prompt_tokens(self, messages: list[dict]) -> tuple[tuple[str, ...], list[str]]:
        """(static prefix, the rest): the system turn is the same for every question, so CTranslate2
        keeps its computed state and each prompt pays only for its passages and question."""
        ids = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
        tokens = self.tokenizer.convert_ids_to_tokens(list(ids))
        static: tuple[str, ...] = ()
        if messages and messages[0].get("role") == "system" and len(messages) > 1:
            key = messages[0]["content"]
            prefix = self._static.get(key)
            if prefix is None:
                only = self.tokenizer.apply_chat_template(messages[:1], add_generation_prompt=False, tokenize=True)
                prefix = self._static[key] = tuple(self.tokenizer.convert_ids_to_tokens(list(only)))
            if prefix and tuple(tokens[: len(prefix)]) == prefix and len(tokens) > len(prefix):
                static, tokens = prefix, tokens[len(prefix):]
        return static, tokens

    def stream(self, messages: list[dict], max_new_tokens: int = 160, temperature: float = 0.0,
               use_adapter: bool = True) -> Iterator[str]:
        static, tokens = self.prompt_tokens(messages)
        req = _Request(tokens, max_new_tokens, temperature, static)
        self.batcher(use_adapter).submit(req)
        ids: list[int] = []
        sent = ""
        try:
            while True:
                item = req.out.get()
                if item is None:
                    break
                if isinstance(item, Exception):
                    raise item
                ids.append(item)
                text = self.tokenizer.decode(ids, skip_special_tokens=True)
                if text.endswith("\ufffd"):
                    continue  # half a UTF-8 character: wait for the rest
                if len(text) > len(sent):
                    yield text[len(sent):]
                    sent = text
        finally:
            req.cancelled.set()  # the consumer walked away: the batch stops this one

    def generate(self, messages: list[dict], max_new_tokens: int = 160, temperature: float = 0.0,
                 use_adapter: bool = True) -> str:
        return "".join(self.stream(messages, max_new_tokens, temperature, use_adapter))
