"""A deterministic stand-in for chatbot.answer.Engine, for UI tests only.

It answers from the workspace's chunks.jsonl: the chunk sharing most words with the question,
quoting its best sentence with a [1] marker. The app tests put it in place of the runtime's engine
(tests/ui/conftest.py run_app).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from chatbot.answer import Answer, Citation, Event, figure_fields
from chatbot.prompt import content_words
from core.config import AnswerConfig, Workspace
from core.schema import Chunk


@dataclass
class FakeGenerator:
    name: str = "fake-135M"
    has_adapter: bool = True


@dataclass
class FakeEngine:
    chunks: list[Chunk]
    generator: FakeGenerator = field(default_factory=FakeGenerator)
    calls: list[dict] = field(default_factory=list)  # every stream() call: question, history, cfg

    def stream(self, question: str, history=None, cfg: AnswerConfig = AnswerConfig()):
        self.calls.append({"question": question, "history": list(history or []), "cfg": cfg})
        q = content_words(question)
        ranked = sorted(self.chunks, key=lambda c: -len(q & content_words(c.text)))[: cfg.k]
        best = ranked[0]
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", best.text) if s.strip()]
        quote = max(sentences, key=lambda s: len(q & content_words(s)))
        text = f"{quote} [1]"
        for word in re.findall(r"\S+\s*", text):
            yield Event("token", text=word)
        citation = Citation(
            n=1, source=best.source, page=best.page, section=best.section, text=best.text, quote=quote,
            score=0.87, chunk_id=best.chunk_id, page_end=best.page_end, **figure_fields(best),
        )
        model = self.generator.name + ("+default" if cfg.use_adapter and self.generator.has_adapter else "")
        yield Event("done", answer=Answer(answer=text, citations=[citation], model=model, latency_s=0.01, question=question))


def read_chunks(ws: Workspace) -> list[Chunk]:
    from ingest.index import read_live_chunks

    index_dir = ws.index_dir()
    return read_live_chunks(index_dir, json.loads((index_dir / "manifest.json").read_text()))


def make_engine(ws: Workspace, llm_url=None) -> FakeEngine:
    return FakeEngine(read_chunks(ws))
