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
from tests.fakes import FakeEngine, FakeGenerator, FakeRetriever

PROTOCOLS = {seams.Retriever: [Retriever, FakeRetriever], seams.Generator: [Generator, RemoteGenerator, LazyGenerator,
             CT2Generator, FakeGenerator], seams.AnswerEngine: [Engine, FakeEngine]}


def protocol_methods(protocol) -> list[str]:
    return [name for name, value in vars(protocol).items() if inspect.isfunction(value) and not name.startswith("_")]


@pytest.mark.parametrize("protocol,classes", PROTOCOLS.items(), ids=[p.__name__ for p in PROTOCOLS])
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


def test_the_fakes_are_instances_of_the_protocols(fake_retriever, fake_generator, fake_engine):
    assert isinstance(fake_retriever, seams.Retriever) and isinstance(fake_generator, seams.Generator)
    assert isinstance(fake_engine, seams.AnswerEngine)
    assert isinstance(Engine(fake_retriever, fake_generator), seams.AnswerEngine)
    found = fake_retriever.search("notice period", k=2)
    assert isinstance(found, SearchResult) and found.routed is None and found.missing == ""
    assert found[0].chunk.section == "Termination"
    with pytest.raises(DomainbotError, match="unknown collection 'hr'"):
        fake_retriever.search("notice period", collections=["hr"])
    pieces = fake_generator.stream([{"role": "user", "content": "?"}])
    assert next(pieces) == "The notice " and fake_generator.count_tokens("The notice ") == 1
    pieces.close()  # what the engine does when it stops early


def test_the_engine_runs_on_the_fakes(fake_retriever, fake_generator):
    """What the Protocols promise is all the engine needs: a cited, verified answer from the fakes."""
    from core.config import AnswerConfig

    answer = Engine(fake_retriever, fake_generator).answer("What is the notice period?",
                                                           cfg=AnswerConfig(generate="always", min_relevance=0.0))
    assert answer.citations and answer.citations[0].source == "legal/lease.pdf" and "30 days" in answer.answer
    assert fake_generator.calls and answer.timings["tokens"] == 4  # the generator's count, not a probe
