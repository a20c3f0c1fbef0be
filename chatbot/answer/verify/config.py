"""The reader's weights and thresholds as one plain dataclass (verify/scoring.py scores with them; bench/
scripts and tests override them)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class VerifyConfig:
    min_coverage: float = 0.8  # share of a claim's content words found in its supporting sentence(s)
    min_answer_score: float = 0.30  # below: no sentence answers the question -> refuse (0.30-0.33 trade the two errors about one for one)
    min_relative_score: float = 0.8  # a generated claim's span must score this close to the best sentence
    quote_over_refusal: float = 0.4  # the answer score a quote needs to overrule the model's own refusal (bench/answer.py: the 135M model's refusals add little)
    second_quote_ratio: float = 0.9  # a second sentence is quoted when it scores this close to the best,
    complement_ratio: float = 0.5  # or this close when it holds question words the first lacks
    complement_share: float = 0.15  # (at least this share of the question's IDF weight)
    correction_ratio: float = 0.4  # the sentence that corrects a question's premise: this close to the best
    max_quotes: int = 3  # (2 where the question states a case: its values pick one row)
    context_weight: float = 0.5  # a question word found in the passage or its title, not the sentence
    w_lexical: float = 0.7  # answer score = w_lexical * lexical + w_relevance * passage cosine (+ w_dense * sentence cosine)
    w_relevance: float = 0.3
    w_dense: float = 0.0  # sentence embeddings: better on paraphrases, ~10 ms a sentence on a CPU
    type_penalty: float = 0.5  # score multiplier when the sentence lacks the kind of fact asked for
    lay_weight: float = 0.8  # a question word matched through LAY_TERMS ("hacked" / "security incident")
    bridge_min_cosine: float = 0.55  # a question word the index never uses matches a passage word this close
    bridge_weight: float = 0.5  # (the embedder's word vectors: "liquor" / "alcohol", "labrador" / "dog") at this weight
    silent_bridge_min_cosine: float = 0.57  # closer still to say a thing in other words (labrador / dog 0.60, juice / alcohol 0.52)
    band_penalty: float = 0.5  # score multiplier when the sentence's bands (10-15 kg) leave out the case's value
    band_bonus: float = 1.1  # score multiplier when they hold it: the row for the case, over a clause near its topic
    subject_bonus: float = 1.1  # score multiplier for "The X is ..." when the question asks "What is the X"
    action_penalty: float = 0.8  # "how long ... to object": a sentence that does not name objecting
    rank_bonus: float = 0.02  # tie-break towards the retriever's order
    w_reader: float = 0.3  # a trained reader's say (Scorer.rerank): the top reader_top_k candidates each lose
    reader_top_k: int = 5  # w_reader * (the reader's best score - theirs); its favourite keeps its score
