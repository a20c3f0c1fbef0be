"""core/text.py: the one sentence splitter that prompts, verification and training pairs share."""
from core.text import sentence_spans, split_sentences


def test_sentences_end_at_marks_not_at_abbreviations_numbers_or_initials():
    text = ("The Tenant shall pay rent monthly; the deposit is £5,000. See cl. 4.2 for details. "
            "Dr. J. Smith said “Stop.” Then (a) the lease ends. Take max. 6 tablets.")
    assert split_sentences(text) == [
        "The Tenant shall pay rent monthly; the deposit is £5,000.", "See cl. 4.2 for details.",
        "Dr. J. Smith said “Stop.”", "Then (a) the lease ends.", "Take max. 6 tablets."]


def test_semicolons_and_colons_end_a_claim_unless_the_caller_keeps_clauses_whole():
    text = "Notice is 30 days; Rent is due monthly: Both apply."
    assert split_sentences(text) == ["Notice is 30 days;", "Rent is due monthly:", "Both apply."]
    assert split_sentences(text, enders=".!?") == [text]


def test_lines_end_sentences_but_wrapped_lines_are_joined():
    text = "Table 2. Doses\nAdults 1 g every 6 hours\nthen 500 mg daily.\n• Children: see 4.1"
    assert split_sentences(text) == ["Table 2. Doses", "Adults 1 g every 6 hours\nthen 500 mg daily.",
                                     "• Children: see 4.1"]


def test_spans_index_the_original_text():
    text = "  First one.  Second [1].\n\nThird"
    assert [text[a:b] for a, b in sentence_spans(text)] == ["First one.", "Second [1].", "Third"]
    assert split_sentences("Stop. [1] is a marker, not a sentence.") == ["Stop. [1] is a marker, not a sentence."]


def test_content_words_are_lowercased_words_and_numbers_without_stopwords():
    from core.text import content_words, words

    assert words("The dose is 4.5% of 10 mg/kg, 1,000 units.") == ["the", "dose", "is", "4.5%", "of", "10", "mg/kg",
                                                                   "1,000", "units"]
    assert content_words("What is the dose of Amoxicillin?") == {"dose", "amoxicillin"}


def test_keyword_stopwords_are_the_ones_existing_indexes_were_built_with():
    """The keyword index stores keyword_tokens' output: its stopwords changing would make old indexes
    miss query words (that needs a MANIFEST_VERSION bump, so old indexes are rebuilt)."""
    from bm25s.stopwords import STOPWORDS_EN

    from core.text import KEYWORD_STOPWORDS

    assert KEYWORD_STOPWORDS == frozenset(STOPWORDS_EN)
