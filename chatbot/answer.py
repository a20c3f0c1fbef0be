"""Answering: retrieve -> build the training prompt -> generate -> map [n] markers to citations.

One function serves the CLI, the Streamlit app and the API.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Iterator, Literal


@dataclass
class Citation:
    n: int  # the [n] marker in the answer
    source: str  # relative path, as in `search`
    page: int
    section: str
    text: str  # the passage shown to the model
    quote: str  # the sentence(s) of the passage that best support the answer
    score: float
    chunk_id: str = ""
    page_end: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Answer:
    answer: str
    citations: list[Citation]
    model: str  # e.g. "SmolLM2-135M-Instruct+default" or "SmolLM2-135M-Instruct"
    latency_s: float
    refused: bool = False  # the documents did not answer
    timings: dict = field(default_factory=dict)  # retrieve_s, first_token_s, generate_s, tokens
    question: str = ""
    retrieval_query: str = ""  # what was searched (includes conversation context for follow-ups)

    def to_dict(self) -> dict:
        """The `ask --json` shape."""
        return {
            "answer": self.answer,
            "citations": [c.to_dict() for c in self.citations],
            "model": self.model,
            "latency_s": round(self.latency_s, 3),
            "refused": self.refused,
            "timings": self.timings,
        }


@dataclass
class Event:
    """A streamed step: kind 'token' carries text; kind 'done' carries the final Answer."""

    kind: Literal["token", "done"]
    text: str = ""
    answer: Answer | None = None
