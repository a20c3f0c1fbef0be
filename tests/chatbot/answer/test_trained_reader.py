"""A trained reader in the answer path (Scorer.rerank): it re-orders the hand-tuned scorer's best few
sentences and never raises a score; without one, the scorer ranks as before. A fake reader stands in
for the model (tests/chatbot/training/test_reader_model.py trains and loads a real tiny one)."""
import numpy as np

from chatbot.answer.engine import Engine
from chatbot.answer.verify import Passage, Scorer, VerifyConfig
from core.config import AnswerConfig
from core.schema import Chunk
from tests.fakes import FakeGenerator, FakeRetriever

LEASE = ("4. Deposit\n4.1 The Tenant pays a deposit of 1,200 pounds on signing. "
         "4.2 The Landlord returns the deposit within 10 days after the tenancy ends, less any agreed deductions. "
         "4.3 The deposit is held in a government-approved deposit scheme.")
QUESTION = "When does the landlord return the deposit?"  # (no lay phrase: the reader is asked it as written)
FAVOURITE = "4.1 The Tenant pays"  # what the fake reader prefers: not the lexical best


class FakeReader:
    """Scores 1.0 for sentences starting with `favourite`, else 0.0; records what it was asked."""

    def __init__(self, favourite: str = FAVOURITE):
        self.favourite = favourite
        self.asked: list[tuple[str, list[str]]] = []

    def __call__(self, question: str, sentences: list[str]) -> np.ndarray:
        self.asked.append((question, list(sentences)))
        return np.array([1.0 if s.startswith(self.favourite) else 0.0 for s in sentences], dtype=np.float32)


def scorer(reader=None, **cfg) -> Scorer:
    s = Scorer.from_texts([LEASE], cfg=VerifyConfig(**cfg))
    s.rerank = reader
    return s


def ranked(s: Scorer, question: str = QUESTION):
    passages = [Passage(LEASE, context="legal/lease.pdf 4. Deposit", relevance=0.5)]
    return s.score(question, s.candidates(passages), passages)


def test_without_a_reader_the_ranking_is_the_hand_tuned_one():
    plain = ranked(scorer())
    assert plain[0].text.startswith("4.2")  # "returns the deposit": the lexical best
    off = ranked(scorer(FakeReader(), w_reader=0.0))
    assert [(c.text, c.score) for c in off] == [(c.text, c.score) for c in plain]


def test_the_reader_reorders_the_top_few_and_no_score_rises():
    plain = {c.text: c.score for c in ranked(scorer())}
    reader = FakeReader()
    reread = ranked(scorer(reader, w_reader=1.0, reader_top_k=3))
    assert reread[0].text.startswith(FAVOURITE)
    assert reread[0].score == plain[reread[0].text]  # the reader's favourite keeps its score
    assert all(c.score <= plain[c.text] + 1e-9 for c in reread)  # the others lose theirs: refusals never fall
    assert [c.score for c in reread] == sorted((c.score for c in reread), reverse=True)
    assert len(reader.asked) == 1 and len(reader.asked[0][1]) == 3  # only the top reader_top_k are read
    assert reader.asked[0][0] == QUESTION
    beyond = ranked(scorer(FakeReader("4.3 The deposit"), w_reader=1.0, reader_top_k=3))
    assert beyond[0].text.startswith("4.2")  # 4.3 ranks 4th: the reader never sees it


def test_a_reader_that_favours_the_lexical_best_changes_nothing_at_the_top():
    plain = ranked(scorer())
    reread = ranked(scorer(FakeReader("4.2 The Landlord")))
    assert reread[0].text == plain[0].text and reread[0].score == plain[0].score


def test_the_engine_passes_its_reader_to_the_scorer_it_builds():
    chunk = Chunk(chunk_id="lease:1:0", source="legal/lease.pdf", page=1, page_end=1, section="4. Deposit",
                  start=0, end=len(LEASE), sha256="sha", text=LEASE)
    cfg = AnswerConfig(k=1, min_relevance=0.0, generate="never")
    retriever = FakeRetriever([chunk], ranking=lambda query: [chunk])
    base = Engine(retriever, FakeGenerator(has_adapter=False)).answer(QUESTION, cfg=cfg)
    assert "within 10 days" in base.answer
    agrees = FakeReader("4.2 The Landlord")
    engine = Engine(retriever, FakeGenerator(has_adapter=False), rerank=agrees)
    assert engine.scorer.rerank is agrees
    assert engine.answer(QUESTION, cfg=cfg).answer == base.answer and agrees.asked[0][0] == QUESTION
    # a reader whose favourite the hand-tuned score finds too weak to quote: refused, never quoted
    engine = Engine(retriever, FakeGenerator(has_adapter=False), rerank=FakeReader())
    engine.scorer.cfg.w_reader = 1.0
    assert engine.answer(QUESTION, cfg=cfg).refused
