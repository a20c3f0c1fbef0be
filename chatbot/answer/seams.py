"""The seams of the answer layer: what the Engine (and pairs) need of a retriever and a generator, and what the
CLI, the app and the API need of an engine. Tests put stand-ins there (tests/fakes.py); the
production code calls what these promise, never `getattr` probes for what a stand-in might lack.

Protocols, not base classes: the real classes (chatbot.answer.retrieve.Retriever,
chatbot.models.load.Generator / RemoteGenerator / LazyGenerator, chatbot.models.ct2.CT2Generator,
chatbot.answer.engine.Engine) match them by shape. runtime_checkable lets tests check a fake with
isinstance (which sees that the names exist, not their signatures).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generator as PieceStream, Iterator, Protocol, Sequence, runtime_checkable

if TYPE_CHECKING:  # for the annotations only
    from chatbot.answer.engine import Answer, Event
    from chatbot.answer.retrieve import SearchResult
    from core.config import AnswerConfig
    from core.schema import Chunk


@runtime_checkable
class Retriever(Protocol):
    """Finds the passages a question is answered from."""

    chunks: Sequence[Chunk]  # every live chunk, row i of the index is chunks[i] (summaries read them)
    collections: dict[str, int]  # chunks per collection (the API lists them and checks keys against them)
    embedder: Any  # the sentence encoder: .encode(texts) -> unit vectors (pairs dedup with it, the reader bridges words)

    def search(self, query: str, k: int | None = None, mode: str | None = None,
               collections: Sequence[str] | None = None) -> SearchResult:
        """The k best hits, best first; `.routed` says which documents the question named (None when
        not routed), `.missing` the named document the index lacks ("" when none)."""

    def search_rows(self, queries: list[str], n: int) -> list[list[int]]:
        """Rows (indexes into `chunks`) of each query's top-n hits, in one batch (pairs search every
        generated question)."""

    def vocabulary(self) -> dict[str, int]:
        """Every word of the index -> how many chunks use it (misspelt question words are read against it)."""

    def allowed_rows(self, collections: Sequence[str] | None):
        """Rows of the chunks in `collections` (None: all); an unknown collection is a DomainbotError."""


@runtime_checkable
class Generator(Protocol):
    """Writes text for chat messages: a base model, optionally with a fine-tuned adapter
    (chatbot.models.names.ModelNames gives the naming)."""

    has_adapter: bool

    def model_name(self, use_adapter: bool = True) -> str:
        """"base" or "base+adapter": what the answer, the audit log and the app say wrote it."""

    def stream(self, messages: list[dict], max_new_tokens: int = 160, temperature: float = 0.0,
               use_adapter: bool = True) -> PieceStream[str, None, None]:
        """Text pieces as generated; closing the generator stops the backend's work for this request."""

    def generate(self, messages: list[dict], max_new_tokens: int = 160, temperature: float = 0.0,
                 use_adapter: bool = True) -> str:
        """The whole text at once."""

    def count_tokens(self, text: str) -> int:
        """Tokens of `text` in the model's tokenizer (streamed pieces may be words, not tokens)."""


@runtime_checkable
class AnswerEngine(Protocol):
    """Answers a question from the documents: what the CLI, the app and the API call."""

    generator: Generator
    retriever: Retriever

    def stream(self, question: str, history: Sequence[dict] | None = None,
               cfg: AnswerConfig | None = None) -> Iterator[Event]:
        """Token events (verified text only), then one 'done' event carrying the Answer."""

    def answer(self, question: str, history: Sequence[dict] | None = None, cfg: AnswerConfig | None = None) -> Answer:
        """The final Answer of `stream`."""
