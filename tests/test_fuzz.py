"""Hostile text cannot stall question analysis, claim checking, summary detection or page cleaning.

Every regex that sees a question, an answer or document text must run in linear time: a backtracking
pattern turns a 60-character question into days of CPU. Hypothesis feeds random and adversarial
strings (long digit runs, repeated "for x ", nested brackets, unicode, 5-20k characters) through each
entry point and fails any call that takes a second.
"""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatbot.answer.asked import question_bands, question_values
from chatbot.answer.ranges import band_fit
from chatbot.answer.summarise import summary_request
from chatbot.answer.verify.question import analyse_question, expected_type, focus_question
from chatbot.answer.verify.silence import silent_thing
from chatbot.answer.verify.support import check_claims, support
from chatbot.answer.verify.terms import proper_names
from ingest.clean import clean_page, is_heading, is_list_item, join_hyphenation, reflow, strip_furniture

LIMIT_S = 1.0

# pieces that made (or could make) a backtracking regex blow up, repeated thousands of times
PUMPS = ["1", "1.", "1 ", "1,", "a", "A", "Ab ", "aA", " ", "\n", "-", "-\n", ".", "(", "[", "[1", "[1,", "(a) ",
         "(i) ", "• ", "for x ", "for ", "of ", "how much ", "what is ", "what ", "which ", "who ", "x", "xx-",
         "Summarise ", "<|", "'", "\"", ": ", "\t", "é", "𝟙", "\u200b", "?", "! ", "1 mL/", "1 per ", "aged 1 ",
         "does not cover ", "when the ", "what's ", "probaton "]
EDGES = ["", "!", "?", ".", "1.", "for ", "Summarise ", "What is the dose for ", "[", "(", "Hello", " x\n"]

adversarial = st.builds(
    lambda pre, pump, n, post: pre + pump * n + post,
    st.sampled_from(EDGES), st.sampled_from(PUMPS), st.integers(5_000, 20_000), st.sampled_from(EDGES),
).map(lambda s: s[:20_000])
mixed = st.lists(st.sampled_from(PUMPS) | st.text(max_size=20), min_size=1, max_size=2_000).map("".join)
hostile = adversarial | mixed | st.text(max_size=2_000)

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)


def timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    took = time.perf_counter() - t0
    assert took < LIMIT_S, f"{getattr(fn, '__name__', fn)} took {took:.2f} s on {args[0][:80]!r}... ({len(args[0])} chars)"
    return out


@FUZZ
@given(hostile)
def test_question_analysis_is_fast(text):
    timed(proper_names, text)
    timed(focus_question, text)
    timed(expected_type, text)
    timed(analyse_question, text)


@FUZZ
@given(hostile, hostile)
def test_scope_and_spelling_are_fast(question, passage):
    from chatbot.answer.spelling import Speller
    from chatbot.answer.verify.scope import excluded_case
    from chatbot.answer.verify.silence import silent_thing, unknown_thing
    from chatbot.answer.verify.scoring import Passage

    qa = timed(analyse_question, question[:2_000])
    timed(lambda text: excluded_case(qa, [Passage(text, source="a.pdf")], "a.pdf"), passage)
    timed(lambda text: unknown_thing(text, lambda w: False, set()), question)
    timed(lambda text: silent_thing(text, set(), set()), question)
    speller = Speller({"probation": 3, "period": 2, "length": 1}, lexicon=frozenset({"the"}))
    timed(speller.correct, question)


@FUZZ
@given(hostile, hostile)
def test_claim_checking_is_fast(answer, passage):
    timed(check_claims, answer[:5_000] + " [1]", [passage])
    timed(support, answer[:5_000], passage, 0.6)


@FUZZ
@given(hostile)
def test_summary_intent_is_fast(text):
    timed(summary_request, text, ["legal/lease.pdf", "medical/dose.pdf"])
    timed(summary_request, "Summarise " + text, ["legal/lease.pdf"])


@FUZZ
@given(hostile)
def test_pair_fact_patterns_are_fast(text):
    from chatbot.training.pairs import text as pairs_text

    for rx in (pairs_text.AMOUNT, pairs_text.PERCENT, pairs_text.DOSE, pairs_text.DURATION, pairs_text.FREQUENCY):
        timed(lambda t: list(rx.finditer(t)), text)


@FUZZ
@given(hostile)
def test_page_cleaning_is_fast(text):
    timed(clean_page, text)
    timed(reflow, text)
    timed(join_hyphenation, text)
    timed(strip_furniture, text)
    for line in text.split("\n")[:200]:
        timed(is_heading, line, "previous line.")
        timed(is_list_item, line)


# inputs that ran for seconds to days before the regexes were rewritten
@pytest.mark.parametrize("fn, text", [
    (proper_names, "Summarise " + "1" * 40 + "! Hello"),  # 2^n: days
    (analyse_question, "What is the dose for " + "x" * 200 + " !?"),  # O(n^4): 20 s at 200 characters
    (is_heading, "1." + "1" * 97 + "a"),  # 2^n splits of the digit run
    (expected_type, "how much " * 2_222),  # O(n^2): 10 s (found by this file's fuzzing)
    (lambda answer: check_claims(answer, ["A passage."]), "[" + "\U0001d7d9" * 5_000),  # O(n^2) on "[" + unicode digits: 1.5 s (found by fuzzing)
    (analyse_question, "1" * 5_000),  # a band's number restarted inside a digit run: O(n^2), 5 s (found by fuzzing)
    (analyse_question, "!" + "\t" * 5_560 + "a?"),  # compound-question breaks scanned whitespace runs: 1 s (fuzzing)
    (lambda q: summary_request(q, ["legal/a.pdf", "medical/b.pdf"]), "Summarise " + "for x " * 3_300),  # 3.8 s (fuzzing)
    (lambda q: summary_request(q, ["legal/a.pdf"]), "Summarise " + "1." * 6_254),  # 1 s (fuzzing)
    (lambda q: silent_thing(q, set(), set()), "can " * 5_000 + "?"),  # a lazy gap to "while": O(n^2), 2 s
    (analyse_question, "a, " * 6_000 + "what?"),
    (analyse_question, "for x " * 3_333),  # each restriction searched its whole prefix: O(n^2), 1.8 s (found by fuzzing)  # the case before the first asking clause, one slice a comma
    (lambda q: band_fit(question_values(q), q), "2 pm to " * 500 + "flat 23 " * 500),  # times and labels (8,000 chars)
    (lambda q: band_fit(question_values(q), q, question_bands(q)), "ratio below 5% " * 500),  # asked bands x mentions: 5.5 s
    (lambda q: band_fit(question_values(q), q), "half three at " * 600 + "my ratio is 1.7 " * 300),  # spoken times, labels
])
def test_known_bad_inputs_are_fast(fn, text):
    timed(fn, text)
