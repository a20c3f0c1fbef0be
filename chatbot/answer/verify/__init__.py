"""Verification: nothing unverified is shown as a cited fact.

    generated text -> claims (sentences and their [n] markers)
        -> each claim checked against the passage it cites: every number, quantity and date in it
           is in that passage, its words are covered by one or two adjacent sentences there, and
           it does not flip a negation ("are not valid service" vs "can be served by email")
        -> re-pointed to the shown passage that does support it, or dropped
    no supported claim answers the question
        -> the sentence(s) of the shown passages that best answer it, quoted verbatim ("quoted")
    no sentence answers it well enough
        -> the no-answer text, with the nearest passages listed as related, not cited ("refused")

A sentence "answers" a question when it shares the question's informative words (IDF-weighted,
stemmed), is close to it in embedding space, and holds the kind of fact the question asks for (a
duration for "how long", an amount for "how much", ...). The same score picks fallback quotes and
decides whether a supported claim is on the question at all. Everything here is pure text work on
at most k passages, so it costs milliseconds, whichever model generated the answer.

The modules, each using only those above it:
    config    VerifyConfig: the reader's weights and thresholds, a plain dataclass
    tables    the word lists and question-kind rules, as data
    terms     tokens, stems, numbers, quantities, names, numbered items
    pieces    what a passage is read in: sentences, windows of a long one, table rows and their cells
    parts     a compound question's parts, each asked alone, and the sentences that tell its case
    question  what a question asks: the kind of fact, its words, restrictions, values and parts
    sections  a sentence's own section, and the words of its heading and document
    scoring   Passage, Candidate and the Scorer that ranks sentences against a question
    scope     the cases a document leaves out of its scope ("It does not cover children"): refused
    silence   a thing the documents never say, asked of as if they did ("Does chocolate make acne worse?")
    premise   what is quoted against what is asked: a premise's number corrected, another kind's dose
    exception a case's own rule beside the general one, when the question names the case
    support   claims, and whether a passage supports one (numbers, polarity, comparisons, bounds)
    verdict   Verdict, the reader's quotes and AnswerCheck, which checks a generated answer as it streams
"""
from chatbot.answer.verify.config import VerifyConfig
from chatbot.answer.verify.scoring import Candidate, Passage, Scorer
from chatbot.answer.verify.support import Claim, check_claims
from chatbot.answer.verify.verdict import AnswerCheck, Span, Verdict, quoted_answer, verify_answer

__all__ = [
    "AnswerCheck",
    "Candidate",
    "Claim",
    "Passage",
    "Scorer",
    "Span",
    "Verdict",
    "VerifyConfig",
    "check_claims",
    "quoted_answer",
    "verify_answer",
]
