"""The running parts of domainbot (index, retriever, model, engine), held by one explicit object.

Each entry point builds its Runtime from its settings: `ask`, `eval` and the benches use one engine
and exit; `serve` and the chat app keep one Runtime for the life of the process and ask it for the
engine per question. `engine()` reloads only what changed on disk: the retriever when a new index
went live (workspace/CURRENT), the generator when the adapter was retrained (its files' times).
The generator it replaces is closed, so a long-running server holds one model, not one per retrain.
Nothing is cached at module level.
"""
from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field

from chatbot.answer.engine import Engine, adapter_prompt
from core.config import Workspace


def adapter_stamp(ws: Workspace, adapter: str | None) -> int:
    """Changes when `domainbot train` writes the adapter again (0: no adapter trained)."""
    folder = ws.adapter_dir(adapter) if adapter else None
    if folder is None or not (folder / "adapter_config.json").is_file():
        return 0
    return max((p.stat().st_mtime_ns for p in folder.glob("adapter_*") if p.is_file()), default=0)


@dataclass
class Runtime:
    ws: Workspace
    adapter: str | None = "default"  # under workspace/adapters/; its training config names its base model
    engine_name: str = "auto"  # auto | ctranslate2 | transformers (chatbot.models.load.pick_backend)
    llm_url: str | None = None  # an OpenAI-compatible generation server instead of a local model
    base_model: str | None = None  # None: the adapter's own base model (or the bundled default)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _retriever: object = field(default=None, repr=False)
    _index_name: str | None = field(default=None, repr=False)
    _generator: object = field(default=None, repr=False)
    _stamp: int | None = field(default=None, repr=False)
    _engine: Engine | None = field(default=None, repr=False)

    def engine(self) -> Engine:
        """The engine for the live index and the adapter as it is on disk now.

        Raises DomainbotError when nothing was ingested, for an unknown adapter, or for a base model
        that is not available here.
        """
        from chatbot.models.load import load_generator
        from chatbot.answer.retrieve import load_retriever

        with self._lock:
            engine = self._engine
            live = self.ws.index_dir()
            name = live.name if live else None
            if self._retriever is None or name != self._index_name:
                retriever = load_retriever(self.ws)  # DomainbotError "no index ... run `domainbot ingest`"
                retriever.search("warm up", k=1)  # loads the query embedder now, not during the first question
                self._retriever, self._index_name, engine = retriever, name, None
            stamp = adapter_stamp(self.ws, self.adapter)
            if self._generator is None or stamp != self._stamp:
                old = self._generator
                self._generator = load_generator(self.ws, base_model=self.base_model, adapter=self.adapter,
                                                 llm_url=self.llm_url, engine=self.engine_name)
                self._stamp = stamp
                if old is not None and hasattr(old, "close"):
                    old.close()  # answers already queued on it still finish
                if not self._generator.has_adapter and self.llm_url is None:
                    print(f"no fine-tuned adapter in {self.ws.adapter_dir(self.adapter or 'default')}: using the "
                          "base model; run `domainbot train`", file=sys.stderr)
            if engine is None or engine.generator is not self._generator:
                # the verification scorer (term weights over the chunks) depends on the index only
                scorer = engine._scorer if engine is not None else None
                engine = Engine(self._retriever, self._generator, scorer, adapter_prompt(self.ws, self.adapter))
            self._engine = engine
            return engine


def load_engine(ws: Workspace, llm_url: str | None = None, adapter: str = "default", engine: str = "auto") -> Engine:
    """An engine for one job (`ask`, `eval`, a bench). Long-running processes keep a
    Runtime instead, which reloads what changes on disk."""
    return Runtime(ws, adapter=adapter, engine_name=engine, llm_url=llm_url).engine()
