"""What the pair stages pass along: one Q/A, the run's report, and the shared limits."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

# the rules' own source code versions the cache: editing a rule regenerates every chunk's Q/A
RULES_VERSION = "rules-" + hashlib.sha256(b"".join(p.read_bytes() for p in sorted(Path(__file__).parent.glob("*.py")))).hexdigest()[:12]
MAX_ANSWER_CHARS = 400
MAX_QUESTION_CHARS = 300
MIN_SUPPORT = 0.8  # share of the answer's content words that must appear in its chunk
DUP_COSINE = 0.95  # questions closer than this (embedding cosine) count as duplicates
KINDS = ("definition", "obligation", "amount", "duration", "dose", "table", "summary", "no_answer", "llm")


@dataclass
class QA:
    """One generated question/answer, grounded in one chunk. `answer` carries no citation marker."""

    question: str
    answer: str
    kind: str
    chunk_id: str = ""
    fact: str = ""  # the key span (number, term) the answer must keep; "" when none


@dataclass
class PairsReport:
    generator: str
    chunks: int = 0
    chunks_generated: int = 0  # chunks sent to the generator this run (the rest came from the cache)
    generated: int = 0
    kept: int = 0
    dropped: dict = field(default_factory=dict)  # reason -> count
    per_kind: dict = field(default_factory=dict)  # kind -> rows written (train + eval)
    per_source: dict = field(default_factory=dict)  # source -> rows written
    train: int = 0
    eval: int = 0
    no_answer: int = 0
    avg_prompt_chars: float = 0.0
    train_path: str = ""
    eval_path: str = ""
    stale_adapter: bool = False
    seconds: float = 0.0
    timings: dict = field(default_factory=dict)


