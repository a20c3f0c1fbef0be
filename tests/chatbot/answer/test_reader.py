"""The reader: the sentence or row quoted for a question, before any model runs.

Each failure class of the reader issue has a document and question of our own here: a case's value
matched to the band of a table row or the branch of a threshold, a compound question answered part
by part (and the part the documents leave open named), party names that pick the document and not
the sentence, and the parts of a question kept in one document.
"""
import pytest

from chatbot.answer.engine import Engine
from chatbot.answer.asked import question_values
from chatbot.answer.ranges import Value, band_fit, text_bands
from chatbot.answer.verify.question import question_parts
from chatbot.answer.verify.verdict import NOT_ANSWERED, QUOTE_INTRO
from core.config import AnswerConfig
from core.schema import Chunk
from tests.fakes import FakeGenerator, FakeRetriever


def chunk(i, source, page, text, section=""):
    return Chunk(chunk_id=f"{source}:{page}:{i}", source=source, page=page, page_end=page, section=section,
                 start=0, end=len(text), sha256="sha", text=text)


SYRUP = chunk(0, "medical/cough_syrup_leaflet.pdf", 2, (
    "3. How much to give\nGive the dose below every 8 hours. Use the spoon provided.\n"
    "Body weight Dose\n"
    "10 to 15 kg 2.5 mL\n"
    "16 to 25 kg 5 mL\n"
    "26 to 40 kg 7.5 mL\n"
    "over 40 kg 10 mL"), "3. How much to give")
KIDNEY = chunk(1, "medical/renal_guideline.pdf", 4, (
    "5. Potassium\nIf serum potassium is 5.5 to 5.9 mmol/L, repeat the test within 72 hours and review diet. "
    "If serum potassium is above 6.0 mmol/L, stop the ACE inhibitor and send the patient to the emergency "
    "department the same day."), "5. Potassium")
FLAT = chunk(2, "legal/tenancy_rowan_house.pdf", 2, (
    "4. Deposit\n4.1 The Tenant pays a deposit of £1,200 on signing. "
    "4.2 The Landlord returns the deposit within 10 days after the tenancy ends, less any agreed deductions."),
    "4. Deposit")
PARTIES = chunk(3, "legal/supply_kestrel_morrow.pdf", 1, (
    "AGREEMENT between Kestrel Pumps Ltd (the Supplier) and Morrow Water plc (the Customer), dated 2 May 2025.\n"
    "8. Security incidents\n8.3 The Supplier shall notify the Customer of any security incident affecting Customer "
    "data within 24 hours of becoming aware of it."), "8. Security incidents")
OTHER = chunk(4, "legal/office_lease_quay.pdf", 3, (
    "9. Notices\n9.1 Notice to end this lease must be given 3 months in advance in writing."), "9. Notices")


def read(question, chunks):
    """The reader's answer from `chunks` (found in this order); the model is never asked."""
    engine = Engine(FakeRetriever(chunks, ranking=lambda query: chunks), FakeGenerator(has_adapter=False))
    answer = engine.answer(question, cfg=AnswerConfig(k=3, min_relevance=0.0, generate="never"))
    assert engine.generator.calls == []  # the reader answers without the model
    return answer


# --- bands and values ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, band", [
    ("10 to 15 kg 2.5 mL", (10, 15, "kg")),
    ("CrCl 30–50 mL/min: 250 mg", (30, 50, "ml/min")),
    ("between 5 and 10 years", (5, 10, "year")),
    ("above 6.0 mmol/L", (6.0, None, "mmol/l")),
    ("under 12 years", (None, 12, "year")),
    ("99.0% to < 99.5%: 10% credit", (99.0, 99.5, "%")),
    ("12 years and over", (12, None, "year")),
    ("at least 30 days", (30, None, "day")),
])
def test_bands_are_read_with_their_units(text, band):
    [b] = text_bands(text)
    assert (b.low, b.high, b.unit) == band


def test_open_and_closed_ends():
    [under] = text_bands("under 12 years")
    assert under.holds(11.9) and not under.holds(12)
    [at_least] = text_bands("at least 30 days")
    assert at_least.holds(30) and not at_least.holds(29)


def test_question_values_are_the_cases_measurements_not_codes_or_clauses():
    assert question_values("My daughter weighs 17kg, how much?") == [Value(17.0, "kg")]
    assert question_values("my son is 7, can he take it?") == [Value(7.0, "year")]
    assert question_values("potassium is 6.3, what now?") == [Value(6.3, None, "potassium")]
    assert question_values("What does CG-117 say in clause 4.2 by day 3?") == []


def test_band_fit():
    v = question_values("weighs 17 kg")
    assert band_fit(v, "16 to 25 kg 5 mL") == 1
    assert band_fit(v, "10 to 15 kg 2.5 mL") == -1
    assert band_fit(v, "Use the spoon provided.") == 0
    assert band_fit(v, "under 12 years") == 0  # another quantity: nothing to compare


def test_a_bare_value_is_not_held_by_another_quantitys_band():
    # "bedtime glucose is 16.2": "TDD under 20 units" and "weight under 50 kg" are bands of other things
    v = question_values("His bedtime glucose is 16.2. How much correction insulin should he get?")
    assert v and v[0].unit is None
    assert band_fit(v, "TDD under 20 units, or eGFR below 30, or weight under 50 kg, or frail.") == 0
    assert band_fit(v, "Give it only if the glucose is 14.0 mmol/L or above.") == 1
    assert band_fit(v, "12.0 to 16.9 3 units 6 units") == 1


# --- the reader ----------------------------------------------------------------------------------


def test_a_childs_weight_gets_the_row_whose_band_holds_it():
    ans = read("My little boy weighs 19 kg. How much syrup should I give him?", [SYRUP])
    assert ans.mode == "quoted" and "16 to 25 kg 5 mL" in ans.answer
    assert "10 to 15 kg 2.5 mL" not in ans.answer.replace("Body weight Dose", "")
    ans = read("she is 31kg, what dose?", [SYRUP])
    assert "26 to 40 kg 7.5 mL" in ans.answer and "16 to 25 kg" not in ans.answer


def test_a_lab_value_gets_the_branch_above_its_threshold():
    ans = read("Patient's potassium is 6.4 on the ACE inhibitor. What should we do?", [KIDNEY])
    assert "above 6.0 mmol/L" in ans.answer and "emergency department" in ans.answer
    assert "repeat the test within 72 hours" not in ans.answer
    ans = read("Potassium came back at 5.7 mmol/L, what now?", [KIDNEY])
    assert "repeat the test within 72 hours" in ans.answer


def test_every_part_of_a_compound_question_is_answered():
    assert question_parts("How big is the deposit, and how long to return it?") == [
        "How big is the deposit", "how long to return it? (deposit)"]
    ans = read("How big is the deposit at Rowan House, and how long does the landlord have to return it?", [FLAT])
    assert "£1,200" in ans.answer and "within 10 days" in ans.answer
    assert ans.answer.startswith(QUOTE_INTRO) and ans.verified


def test_the_part_the_documents_do_not_answer_is_named():
    ans = read("What is the deposit at Rowan House and can I paint the walls?", [FLAT])
    assert "£1,200" in ans.answer
    assert f'{NOT_ANSWERED} "Can I paint the walls?"' in ans.answer


def test_a_list_of_names_is_not_split():
    assert question_parts("When did the agreement between Kestrel and Morrow start?") == [
        "When did the agreement between Kestrel and Morrow start?"]
    assert question_parts("What are the terms and conditions?") == ["What are the terms and conditions?"]


def test_party_names_pick_the_document_not_the_parties_block():
    ans = read("We're Morrow Water. If Kestrel Pumps gets hacked and our data leaks, how fast must Kestrel tell us?",
               [PARTIES])
    assert "within 24 hours" in ans.answer and "AGREEMENT between" not in ans.answer


def test_the_parts_of_a_question_stay_in_the_document_that_answers_it():
    ans = read("How big is the Rowan House deposit and how much notice ends it?", [FLAT, OTHER])
    assert "£1,200" in ans.answer
    assert "3 months" not in ans.answer  # the other lease's notice clause does not answer for this tenancy
    assert {c.source for c in ans.citations} == {FLAT.source}
