"""Synthetic instruction pairs (RAFT style) from the ingested chunks: `domainbot pairs`.

    chunks -> generate Q/A per chunk (rules | llm, cached by chunk) -> curate (grounded, deduped)
           -> assemble prompts: build_messages(question, gold + hard negatives) -> split by section
           -> pairs/train.jsonl, pairs/eval.jsonl, pairs/stats.json

The `rules` generator reads the language of legal and medical text (definitions, obligations,
amounts, durations, doses, table rows, section openings) and writes several question phrasings per
fact, formal and informal. Answers are extractive: the supporting sentence or clause, so every
number and term is copied verbatim, ending with the gold passage's citation marker "[n]".

Negatives come from the project's own hybrid retriever, so the model trains on exactly the kind
of distractors it sees at answer time; a share of examples has no gold passage and teaches the
refusal NO_ANSWER.
"""
from chatbot.training.pairs.assemble import assemble, cite, split_rows  # noqa: F401
from chatbot.training.pairs.curate import curate, supported  # noqa: F401
from chatbot.training.pairs.llm import llm_qas, make_llm_call, parse_llm_output  # noqa: F401
from chatbot.training.pairs.make import make_pairs, print_pairs_report  # noqa: F401
from chatbot.training.pairs.records import KINDS, QA, PairsReport  # noqa: F401
from chatbot.training.pairs.rules import rules_qas  # noqa: F401
from chatbot.training.pairs.text import doc_title  # noqa: F401
