"""The test stand-ins (tests/fakes.py) have the shape of the seams the production code calls
(chatbot/answer/seams.py), and so do the real classes: a Protocol change shows here first."""
import inspect

import pytest

from chatbot.answer import seams
from chatbot.answer.engine import Engine
from chatbot.answer.retrieve import Retriever, SearchResult
from chatbot.models.ct2 import CT2Generator
from chatbot.models.load import Generator, LazyGenerator, RemoteGenerator
from core.config import DomainbotError
from core.schema import Chunk
from tests.fakes import FakeEngine, FakeGenerator, FakeRetriever

PROTOCOLS = {seams.Retriever: [Retriever, FakeRetriever], seams.Generator: [Generator, RemoteGenerator, LazyGenerator,
             CT2Generator, FakeGenerator], seams.AnswerEngine: [Engine, FakeEngine]}


def protocol_methods(protocol) -> list[str]:
    return [name for name, value in vars(protocol).items() if inspect.isfunction(value) and not name.startswith("_")]


@pytest.mark.parametrize("protocol,classes", PROTOCOLS.items(), ids=lambda p: getattr(p, "__name__", ""))
def test_every_class_has_the_protocols_methods_and_parameters(protocol, classes):
    for cls in classes:
        for name in protocol_methods(protocol):
            method = getattr(cls, name, None)
            assert callable(method), f"{cls.__name__} has no {name}()"
            wanted = list(inspect.signature(getattr(protocol, name)).parameters)
            params = inspect.signature(method).parameters
            takes_any = any(p.kind == p.VAR_KEYWORD for p in params.values())
            missing = [p for p in wanted if p not in params and not takes_any]
            assert not missing, f"{cls.__name__}.{name} lacks {missing}"


def test_the_fakes_are_instances_of_the_protocols():
    text = "The notice period is 30 days."
    chunks = [Chunk(chunk_id="c:1:0", source="legal/lease.pdf", page=1, page_end=1, section="", start=0,
                    end=len(text), sha256="c", text=text, collection="legal")]
    retriever, generator = FakeRetriever(chunks), FakeGenerator(["30 days [1]."])
    assert isinstance(retriever, seams.Retriever) and isinstance(generator, seams.Generator)
    assert isinstance(FakeEngine(chunks), seams.AnswerEngine)
    assert isinstance(Engine(retriever, generator), seams.AnswerEngine)
    found = retriever.search("notice period", k=2)
    assert isinstance(found, SearchResult) and found.routed is None and found.missing == ""
    with pytest.raises(DomainbotError, match="unknown collection 'hr'"):
        retriever.search("notice period", collections=["hr"])
    pieces = generator.stream([{"role": "user", "content": "?"}])
    assert list(pieces) == ["30 days [1]."] and generator.count_tokens("30 days [1].") == 1
    pieces.close()  # what the engine does when it stops early
