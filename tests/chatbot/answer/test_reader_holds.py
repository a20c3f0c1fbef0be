"""The reader on questions nobody on the team wrote (issue 19): typos, lay words, compound questions,
cases a document leaves out of its scope, tables read by band. Each test is one general reading rule,
on small invented documents (not the dev, blind or sample-corpora texts). The engine runs for real,
reader only: the retriever returns fixed passages and no model is asked."""
import pytest

from chatbot.answer.engine import Engine
from chatbot.answer.route import DocumentRef, route_query
from chatbot.answer.spelling import Speller, edit_distance
from core.config import AnswerConfig
from core.schema import Chunk
from tests.fakes import FakeRetriever


def chunk(i, source, page, text, section=""):
    return Chunk(chunk_id=f"{source}:{page}:{i}", source=source, page=page, page_end=page, section=section,
                 start=i * 1000, end=i * 1000 + len(text), sha256=f"sha-{source}", text=text)


HANDBOOK = "legal/volunteer_handbook_brackley.pdf"
TRIAL = chunk(0, HANDBOOK, 1, (
    "2. Trial placement\n2.1 The first 10 weeks of a placement are a trial placement. The Trust may extend the "
    "trial placement once, by up to 4 weeks.\n2.2 During the trial placement either side may end the "
    "placement by giving 3 days' notice."), "2. Trial placement")
ENDING = chunk(1, HANDBOOK, 2, (
    "9. Ending a placement\n9.1 After the trial placement, the Volunteer must give the Trust 2 weeks' notice to "
    "end the placement.\n9.2 After the trial placement, the Trust must give the Volunteer 4 weeks' notice to end "
    "the placement.\n9.3 The Trust may end a placement without notice for serious misconduct."),
    "9. Ending a placement")
LEAVE = chunk(2, HANDBOOK, 2, (
    "6. Time off\n6.1 A Volunteer may take 15 days' paid holiday in each placement year.\n6.2 Expenses for "
    "travel are repaid within 30 days of a claim."), "6. Time off")

PROTOCOL = "medical/heparin_flush_protocol_oakmere.pdf"
FLUSH_SCOPE = chunk(3, PROTOCOL, 1, (
    "1. Scope\nThis protocol covers flushing of central venous lines with heparin in adults aged 18 and over. It "
    "does not cover children, or patients with heparin-induced thrombocytopenia (see protocol HT-09)."),
    "1. Scope")
FLUSH_DOSE = chunk(4, PROTOCOL, 1, (
    "3. Flush volume\n3.1 Flush each lumen with 5 mL of heparin sodium 10 units/mL after each use.\n3.2 Lines "
    "not in use are flushed every 7 days.\n3.3 Stop flushing when the line is removed, and keep the line clamped "
    "for 11 hours before a planned removal."), "3. Flush volume")
FLUSH_STOP = chunk(5, PROTOCOL, 2, (
    "5. Removing the line\n5.1 Remove the line only once the course of treatment is complete.\n5.2 Press on the "
    "site for 10 minutes after removal."), "5. Removing the line")
CORPUS = [TRIAL, ENDING, LEAVE, FLUSH_SCOPE, FLUSH_DOSE, FLUSH_STOP]


class NoModel:
    has_adapter = True

    def model_name(self, use_adapter=True):
        return "none"

    def stream(self, messages, **kwargs):  # pragma: no cover - the reader alone answers
        raise AssertionError("no model is asked in these tests")


def read(question, hits, corpus=CORPUS):
    """The reader's answer alone (as bench/answer.py --reader-only); `corpus` is the index (word weights)."""
    engine = Engine(FakeRetriever(corpus, dense=0.6, ranking=lambda query: hits), NoModel())
    return engine.answer(question, cfg=AnswerConfig(k=3, min_relevance=0.0, generate="never"))


# --- typos: a misspelt word is read as the index's word, a real word is never "corrected" ---------


def test_edit_distance_counts_a_swap_as_one_edit():
    assert edit_distance("lenght", "length", 2) == 1
    assert edit_distance("notise", "notice", 2) == 1
    assert edit_distance("abc", "xyz123", 1) == 2  # beyond the limit: limit + 1


def test_speller_reads_typos_as_index_words_and_keeps_real_words():
    speller = Speller({"placement": 4, "volunteer": 3, "trial": 2, "holiday": 1, "expenses": 1, "leave": 1},
                      lexicon=frozenset({"lease", "sabbatical", "paid"}))
    assert speller.correct("how long is the trail placment for a volnteer?") == \
        "how long is the trial placement for a volunteer?"
    assert speller.correct("Holliday and Expences") == "Holiday and Expenses"  # case kept
    assert speller.correct("paid sabbatical lease") == "paid sabbatical lease"  # English words stay


def test_speller_reads_a_typo_of_an_everyday_word_the_index_lacks():
    """No index word is near "alloed" or "upadte": the everyday word people write is read ("allowed",
    "update"; "vlue" for "value", a letter left out). A word people write is never changed, even one
    the small lexicon lacks ("statins", "sunbeds"), nor a name."""
    speller = Speller({"placement": 4, "volunteer": 3, "updated": 1}, lexicon=frozenset(
        {"allowed", "allied", "update", "value", "valve", "stations", "sugar"}))
    assert speller.correct("am I alloed to upadte its vlue?") == "am I allowed to update its value?"
    assert speller.correct("are statins or sunbeds ok") == "are statins or sunbeds ok"
    assert speller.correct("Blood suar from Alloed") == "Blood sugar from Alloed"  # a capitalised word may be a name
    # a spelling by sound: "nites" is "nights" (2 edits), not "notes" (1)
    assert Speller({"nights": 2, "notes": 9}, lexicon=frozenset()).correct("how many nites") == "how many nights"
    assert speller.word("placements") is None  # a form of an index word (same stem) is no typo
    assert speller.word("zzyzx") is None  # no neighbour: left as asked


def test_speller_reads_a_sound_alike_word_as_the_one_the_index_uses():
    """A real word written for another ("one coarse of treatment", "a gout flair") is read as the index's
    word, but only where the index never uses the written one; and the short words a typo turns into
    others ("when dose the flight leave", "the cooling of period", "a one of payment", "direct debt")."""
    speller = Speller({"course": 3, "flare": 2, "dose": 4, "cooling": 1, "debit": 1}, lexicon=frozenset())
    assert speller.correct("max dose for one coarse of treatment for a gout flair") == \
        "max dose for one course of treatment for a gout flare"
    assert Speller({"coarse": 1, "course": 3}, lexicon=frozenset()).correct("coarse sand") == "coarse sand"
    assert speller.correct("When dose the flight leave? How long dose Daniel have?") == \
        "When does the flight leave? How long does Daniel have?"
    assert speller.correct("what dose do I take") == "what dose do I take"  # a dose asked
    assert speller.correct("how long is the cooling of period, and a one of payment by direct debt") == \
        "how long is the cooling-off period, and a one-off payment by direct debit"
    assert speller.correct("cooling of the engine") == "cooling of the engine"


def test_typo_question_is_answered_from_the_index_words():
    ans = read("how long is the trial placment at brackley", [TRIAL, ENDING, LEAVE])
    assert not ans.refused and "10 weeks" in ans.answer


# --- routing: "a warning letter" is part of the case, not a document to look in ------------------


def test_a_letter_in_the_case_does_not_ask_for_a_letter_document():
    doc = DocumentRef.make("/docs", "legal/eula_quillfeather.pdf",
                           {"title": "Quillfeather Licence Agreement", "doc_type": "agreement", "company": "",
                            "parties": ["Quillfeather Ltd"], "product": "", "year": 2025})
    other = DocumentRef.make("/docs", "medical/leaflet.pdf", {"title": "Leaflet", "doc_type": "leaflet",
                                                               "company": "", "parties": [], "product": "Zanor"})
    route = route_query("We got a final reminder letter. Can Quillfeather suspend the licence?", [doc, other])
    assert route.missing == ""
    assert route_query("What does the letter from Quillfeather say?", [doc, other]).missing  # a letter asked for
    # an event the case tells: "after that letter", "since the notice"
    told = "Quillfeather wrote to us on 2 March. Within what period after that letter can we object?"
    assert route_query(told, [doc, other]).missing == ""
    assert route_query("Quillfeather sent notice. How long do we have since the letter arrived?", [doc, other]).missing == ""


# --- headings: "8. Bleeding and reversal" is one heading, not the sentence "8." and a title -------


def test_a_heading_number_does_not_end_a_sentence():
    from core.text import sentence_spans

    text = ("5. Removing the line\n5.1 Remove the line only once the course is complete. 6. Aftercare\n"
            "The dose is 2. Then flush.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "5. Removing the line", "5.1 Remove the line only once the course is complete.", "6. Aftercare",
        "The dose is 2.", "Then flush."]


def test_a_heading_is_not_quoted_as_the_answer():
    ans = read("How long is pressure kept on the site after removing the line?", [FLUSH_STOP, FLUSH_DOSE])
    assert "10 minutes" in ans.answer
    assert "“5.”" not in ans.answer and "“Removing the line”" not in ans.answer


# --- the reader's rules (chatbot/answer/verify) ---------------------------------------------------

PAY = chunk(6, HANDBOOK, 3, (
    "7. Shifts\n7.1 Weekday shifts are paid at the basic hourly rate.\n7.2 A shift on a Sunday that the "
    "coordinator approved is paid at 1.5 times the basic hourly rate.\n7.3 Shift swaps must be agreed in "
    "writing."), "7. Shifts")
ESCALATION = chunk(7, PROTOCOL, 2, (
    "6. Problems with the line\n6.1 Report a blocked line to the ward nurse in charge.\n6.2 If the nurse in "
    "charge cannot be reached within 15 minutes, phone the vascular access specialist nurse on bleep 5170.\n"
    "6.3 Record every problem in the line care chart."), "6. Problems with the line")
FLUIDS = chunk(8, PROTOCOL, 2, (
    "4. Fluids\n4.1 Run sodium chloride 0.9% alongside the heparin line at 125 mL/hour.\n4.2 Change the giving "
    "set every 72 hours.\n4.3 Target trough level: 1 to 2 mg/L; 0.5 to 1 mg/L after a bleed."), "4. Fluids")
WEIGHT_TABLE = chunk(9, PROTOCOL, 3, (
    "7. Lock dose\nThe lock volume goes by the patient's weight in kg. Weigh the patient before each lock.\n"
    "Under 40.0 1 mL\n40.0 - 59.9 2 mL\n60.0 - 79.9 3 mL\n80.0 - 120.0 4 mL\n"
    "7.1 Above 120 kg, ask the pharmacist for the lock volume. The lock stays in for 24 hours at most."),
    "7. Lock dose")


def test_contractions_of_stopwords_are_not_content_words():
    from chatbot.answer.verify.terms import terms

    assert terms("what's the fee? I'm sure it doesn't matter").words == {"fee", "sure", "matter"}


def test_compound_part_takes_its_next_best_sentence_when_its_best_is_taken():
    ans = read("How much notice must a volunteer give, and how much notice must the Trust give the volunteer?",
               [ENDING, TRIAL, LEAVE])
    assert "2 weeks" in ans.answer and "4 weeks" in ans.answer


def test_when_can_and_how_long_are_two_parts_and_a_condition_answers_when():
    ans = read("When can the line be removed and how long is pressure kept on the site?", [FLUSH_STOP, FLUSH_DOSE])
    assert "once the course of treatment is complete" in ans.answer and "10 minutes" in ans.answer


def test_every_word_of_a_restriction_must_be_held():
    # "paid" is in the handbook, "sabbatical" nowhere: paid holiday does not answer it
    assert read("How many weeks of paid sabbatical leave does a volunteer get?", [LEAVE, TRIAL, ENDING]).refused


def test_a_case_the_document_leaves_out_of_its_scope_is_refused():
    assert read("What heparin flush volume for a 9 year old?", [FLUSH_DOSE, FLUSH_SCOPE]).refused
    assert read("How much heparin to flush the line of a child?", [FLUSH_DOSE, FLUSH_SCOPE]).refused
    # asked which document to follow instead, the exclusion itself answers
    ans = read("Which protocol should be used for patients with heparin-induced thrombocytopenia?",
               [FLUSH_SCOPE, FLUSH_DOSE])
    assert not ans.refused and "HT-09" in ans.answer
    # an adult's case is in scope
    assert "5 mL" in read("What flush volume for a 40 year old?", [FLUSH_DOSE, FLUSH_SCOPE]).answer


def test_a_number_with_a_unit_matches_only_the_same_unit():
    from chatbot.answer.verify.scoring import Scorer
    from chatbot.answer.verify.terms import terms

    q = terms("how long is the line clamped for an 11 year old")
    assert Scorer().lexical(q, terms("the line is clamped for 11 hours")) < \
        Scorer().lexical(q, terms("the line is clamped on ward 11"))  # a number without a unit may be it


def test_how_much_extra_pay_is_answered_by_a_multiple_of_the_rate():
    ans = read("If the coordinator approves a Sunday shift, how much extra do I get paid per hour?", [PAY, LEAVE])
    assert "1.5 times" in ans.answer


def test_who_do_we_ring_is_answered_by_a_role_or_a_number():
    ans = read("who do we ring if the nurse in charge doesn't pick up about a blocked line?", [ESCALATION, FLUSH_DOSE])
    assert "bleep 5170" in ans.answer


def test_how_fast_is_answered_by_a_rate():
    ans = read("what fluid runs alongside the heparin line and how fast?", [FLUIDS, FLUSH_DOSE])
    assert "125 mL/hour" in ans.answer


def test_a_label_is_quoted_with_its_value():
    ans = read("What is the target trough level?", [FLUIDS, FLUSH_DOSE])
    assert "1 to 2 mg/L" in ans.answer


def test_the_row_whose_band_holds_the_case_value_answers():
    ans = read("The patient weighs 65.5 kg. What lock volume?", [WEIGHT_TABLE, FLUSH_DOSE])
    assert "60.0 - 79.9" in ans.answer and "3 mL" in ans.answer


def test_a_thing_the_documents_never_name_is_not_answered_from_a_near_clause():
    # "officer" is in no document of the index, and no passage says it another way
    assert read("Who is the Trust's data protection officer?", [ENDING, TRIAL, LEAVE]).refused
    assert read("How big a penalty can the Trust charge for a late claim?", [LEAVE, ENDING]).refused
    # a thing the index does name is answered as usual
    assert "3 days" in read("What notice must either side give during the trial placement?", [TRIAL, ENDING]).answer


def test_a_row_band_holds_a_value_only_of_the_unit_its_cell_names():
    from chatbot.answer.ranges import Value
    from chatbot.answer.verify.scoring import row_holds

    row = "Capillary blood glucose (mmol/L) 12.1 - 16.0, Standard scale (units/hour) 4"
    assert row_holds([Value(14.2, "mmol/l")], row)
    assert not row_holds([Value(14.0, "unit")], row)  # "14 units of insulin a day" is not the glucose
    assert not row_holds([Value(14.2, None)], row)  # no unit: could be any column's
    assert row_holds([Value(65.5, "kg")], "60.0 - 79.9 3 mL", above="Lock volume by weight (kg):\n")


def test_a_hyphenated_word_weighs_once_and_what_must_the_person_asks_no_name():
    from chatbot.answer.verify.question import expected_type
    from chatbot.answer.verify.scoring import compound_parts_dropped
    from chatbot.answer.verify.terms import terms

    assert compound_parts_dropped(terms("object to a new sub-processor").words) == {"object", "new", "subprocessor"}
    assert expected_type("what must the person taking the call read back?") is None  # asks what, not who
    assert expected_type("Which insurance company insures the building?").kind == "name"
    assert expected_type("how far ahead do we have to tell them?").kind == "duration"
    assert expected_type("how far before my trip is the jab done?").kind == "duration"


def test_lay_words_for_who_to_ring_when_nobody_picks_up():
    ans = read("who do we ring if the nurse in charge doesn't pick up about a blocked line?", [ESCALATION, FLUSH_DOSE])
    assert "6.2" in ans.answer  # "cannot be reached": the escalation, not the first report


# --- a yes/no question about a thing no shown passage mentions: on topic, but silent ----------------

TENANCY = "legal/tenancy_larch_mews.pdf"
RENT_RISE = chunk(0, TENANCY, 2, (
    "4. Rent\n4.1 The rent is £950 a month, due on the first day of each month by standing order.\n4.2 The "
    "Landlord may raise the rent once a year, and an increase shall not exceed 3% of the rent then payable."),
    "4. Rent")
REPAIRS = chunk(1, TENANCY, 3, (
    "6. Repairs\n6.1 The Landlord keeps the structure, the roof and the boiler in repair.\n6.2 The Tenant reports "
    "any repair needed within 7 days of noticing it."), "6. Repairs")


def test_a_thing_no_shown_passage_mentions_is_refused_not_answered_from_the_topic():
    # the rent clause is the nearest, but says nothing of a penalty or a parking space
    assert read("Is there a penalty if the tenant pays the rent late?", [RENT_RISE, REPAIRS]).refused
    assert read("Does the tenancy include a parking space?", [RENT_RISE, REPAIRS]).refused
    # the thing said in other words is an answer: a cap is a maximum the increase may not exceed
    capped = read("Is there a cap on how much the rent can go up?", [RENT_RISE, REPAIRS])
    assert not capped.refused and "3%" in capped.answer
    # and a thing the passage names is answered as usual
    assert "7 days" in read("Is there a deadline for reporting a repair?", [REPAIRS, RENT_RISE]).answer


def test_a_numbered_item_is_answered_by_its_own_row_not_a_neighbours():
    pay = chunk(9, HANDBOOK, 3, (
        "7. Pay\n7.1 The Coordinator is appointed at Grade C2, step 1, with an allowance of GBP 2,400 a year.\n"
        "Grade, Step 1, Step 2, Step 3\nC2, GBP 2,400, GBP 2,520, GBP 2,650\nC3, GBP 2,800, GBP 2,940, GBP 3,090"),
        "7. Pay")
    ans = read("What is the allowance for grade C3 step 2?", [pay, LEAVE, TRIAL])
    assert not ans.refused and "2,940" in ans.answer and "Grade C2, step 1" not in ans.answer
    from chatbot.answer.verify.terms import other_item, numbered_items
    asked = numbered_items("grade C3 step 2")
    assert other_item(asked, "Grade C2, step 1") and not other_item(asked, "Grade C3 step 2")
    assert not other_item(numbered_items("Severity 2 response time"), "Any incident is logged")  # no label: no verdict


def test_a_yes_no_question_on_a_thing_the_passages_never_name_is_refused_though_its_topic_words_are_there():
    policy = "legal/home_policy_larchfield.pdf"
    damage = chunk(0, policy, 1, (
        "2. Buildings cover\n2.1 We cover damage to your buildings caused by storm, flood or escape of water.\n"
        "2.2 We do not cover damage caused by wear and tear, or damage to fences and gates by storm."),
        "2. Buildings cover")
    claims = chunk(1, policy, 2, (
        "5. Claims\n5.1 Report any damage to us within 30 days.\n5.2 The excess for each claim is GBP 250."),
        "5. Claims")
    leaflet = "medical/cough_syrup_leaflet_pellan.pdf"
    dose = chunk(2, leaflet, 1, (
        "3. How to take Pellan\nAdults take 10 mL three times a day. If you are pregnant, ask your doctor before "
        "taking Pellan. Pellan may make you drowsy: do not drive if it does."), "3. How to take Pellan")
    wording = [damage, claims, chunk(3, policy, 3, "6. Contents\n6.1 Accidental damage to contents is an optional "
                                                  "cover.\n6.2 Damage by pets is not covered."), *CORPUS]

    def ask(question, hits):
        return read(question, hits, corpus=wording + [dose])

    # the passages speak of damage and of taking the syrup, never of solar panels or breastfeeding
    assert ask("Does the policy cover damage to solar panels on the roof?", [damage, claims]).refused
    assert ask("We had a leak. Does the policy say whether it covers damage to carpets?", [damage, claims]).refused
    assert ask("Can Pellan be taken while breastfeeding?", [dose]).refused
    # what they do name is answered
    storm = ask("Does the policy cover storm damage to the buildings?", [damage, claims])
    assert not storm.refused and "storm" in storm.answer
    assert not ask("Can I take Pellan while pregnant?", [dose]).refused
    # a value asked for is not a yes/no question about whether the document says it
    assert not ask("How long do we have to report damage to the insurer?", [claims, damage]).refused


def test_a_dose_tables_age_band_is_no_scope_statement():
    syrup = "medical/fever_syrup_leaflet_tamsin.pdf"
    table = chunk(0, syrup, 1, (
        "3. How much to give\nWeight, Age, Dose\n10 kg to 14.9 kg 1 to 3 years 5 mL three times a day\n"
        "15 kg to 24.9 kg 4 to 6 years 7.5 mL three times a day\n40 kg and over 12 years and over 10 mL three times a day"),
        "3. How much to give")
    ans = read("My daughter is 2 and weighs 13 kg, how many mL is each dose?", [table])
    assert not ans.refused and "5 mL" in ans.answer
    scope = chunk(1, syrup, 1, "1. Scope\nThese dose limits apply to patients aged 16 and over.", "1. Scope")
    assert read("What is the dose for my 10 year old?", [scope, table]).refused  # a scope statement still is


def test_a_restriction_that_names_the_document_and_an_adjective_before_the_counted_thing():
    hire = "legal/van_hire_terms_corrigan.pdf"
    miles = chunk(0, hire, 1, (
        "5. Mileage\n5.1 Vans include 150 miles a day, averaged over the Rental Period.\n5.2 Extra miles are "
        "charged at 35p a mile."), "5. Mileage")
    dates = chunk(1, hire, 1, "3. Key dates\nThe target go-live date is 29 May 2026.", "3. Key dates")
    ans = read("How many free miles a day do I get with a Corrigan van?", [miles, dates])
    assert not ans.refused and "150 miles a day" in ans.answer
    ans = read("What is the target go-live date for Project Corrigan?", [dates, miles])
    assert not ans.refused and "29 May 2026" in ans.answer
    # a restriction the document does not hold still counts, even beside a word of its name
    from chatbot.answer.verify.question import expected_type
    assert expected_type("how many free miles are included?").counted == "mile"


def test_stopwords_and_units_are_not_name_words_of_a_document():
    from ingest.identity import name_words
    words = name_words({"title": "My Asthma Action Plan at Kinmoor", "product": "Tamsin 120 mg/5 mL"}, "my_plan.pdf")
    assert {"asthma", "kinmoor", "tamsin", "120"} <= words and not {"my", "at", "mg", "ml"} & words


def test_an_everyday_word_the_index_never_uses_is_read_as_the_documents_word_near_it():
    """The bundled embedder's word vectors bridge a word no chunk uses to a passage word
    ("liquor" / "alcohol"); a word the index does use, or one with no near word, is left alone."""
    from chatbot.answer.verify import Scorer
    from chatbot.answer.verify.question import analyse_question
    from chatbot.answer.verify.scoring import Passage
    from ingest.embed import load_embedder

    venue = "legal/venue_hire_larkfield_barn.pdf"
    bar = chunk(0, venue, 2, (
        "6. Bar\n6.1 The Hirer may bring their own alcohol for the meal only, at a corkage charge of GBP 12 a "
        "bottle.\n6.2 Music must stop at 11.30 pm."), "6. Bar")
    pets = chunk(1, venue, 2, "7. Animals\n7.1 No dog may be brought into the barn, except assistance dogs.",
                 "7. Animals")
    corpus = [bar, pets, *CORPUS]
    emb = load_embedder()
    scorer = Scorer.from_texts([c.text for c in corpus])
    scorer.word_encode = emb.encode
    passages = [Passage(bar.text, source=venue), Passage(pets.text, source=venue)]
    q = "can we bring our own liquor to the barn?"
    bridges = scorer.bridges(analyse_question(q).terms, q, passages)
    assert "alcohol" in bridges.get("liquor", set())
    assert "music" not in bridges.get("liquor", set()) and "bar" not in bridges  # an index word is no lay word

    engine = Engine(FakeRetriever(corpus, dense=0.6, ranking=lambda query: [bar, pets]), NoModel(), scorer=scorer)
    ans = engine.answer(q, cfg=AnswerConfig(k=3, min_relevance=0.0, generate="never"))
    assert not ans.refused and "own alcohol" in ans.answer
    # a yes/no question on a lay word for a thing the passage names is not "silent"
    labrador = engine.answer("Is my labrador allowed in the barn?", cfg=AnswerConfig(k=3, min_relevance=0.0,
                                                                                     generate="never"))
    assert not labrador.refused and "dog" in labrador.answer


def test_allowed_and_if_questions_and_a_possessed_thing_the_index_never_names_are_refused():
    plan = "medical/asthma_plan_harrowby.pdf"
    care = chunk(0, plan, 1, (
        "5. Reviews\n5.1 Take my inhalers to every review with the asthma nurse.\n5.2 Practice asthma nurse line: "
        "01632 960 214 (weekdays 9 am to 12 noon)."), "5. Reviews")
    doses = chunk(1, plan, 1, (
        "2. Every day\n2.1 Take 2 puffs of my brown preventer inhaler in the morning and 2 at night.\n2.2 If I am "
        "pregnant, I keep taking my preventer."), "2. Every day")
    corpus = [care, doses, *CORPUS]

    def ask(question, hits):
        return read(question, hits, corpus=corpus)

    assert ask("What is the asthma nurse's email address?", [care, doses]).refused  # a phone line, no e-mail
    assert not ask("What is the asthma nurse's line?", [care, doses]).refused  # a thing the plan names
    assert ask("can I keep using my inhalers if I start a new job", [doses, care]).refused
    assert not ask("can I keep using my inhalers if I get pregnant", [doses, care]).refused
    assert ask("Are cats allowed at the review?", [care, doses]).refused
    # "nursing" (breastfeeding) is no "nurse": the asthma nurse does not answer a breastfeeding question
    assert ask("Can I use the preventer while breastfeeding?", [doses, care]).refused


def test_an_age_in_months_picks_its_row_and_the_neighbour_rows_are_not_quoted_beside_it():
    guide = "medical/fever_guideline_oakhurst.pdf"
    table = chunk(0, guide, 2, (
        "5. Paracetamol doses\nAge (typical weight), Paracetamol 120 mg/5 mL\n"
        "3 to 5 months (over 5 kg), 2.5 mL (60 mg), max 4 doses in 24 hours\n"
        "6 to 11 months (7 to 10 kg), 3.75 mL (90 mg), max 4 doses in 24 hours\n"
        "1 to 3 years (10 to 15 kg), 5 mL (120 mg), max 4 doses in 24 hours"), "5. Paracetamol doses")
    ans = read("An 8-month-old weighing 8.5 kg has a fever. How much paracetamol should she have?", [table])
    assert not ans.refused and "3.75 mL" in ans.answer
    assert "2.5 mL" not in ans.answer and "5 mL (120 mg)" not in ans.answer  # the weight fits row 1, the age does not
    from chatbot.answer.asked import question_ages, question_values
    from chatbot.answer.ranges import band_fit
    q = "a 3-week-old of 4 kg"
    assert question_ages(q) == [3 / 52] and question_values(q)[0].unit == "week"
    assert band_fit(question_values("an 8 month old of 8.5 kg"), "3 to 5 months (over 5 kg)") == -1


def test_an_exclusion_whose_list_follows_its_colon_excludes_only_what_it_lists():
    guide = "medical/fever_guideline_oakhurst.pdf"
    scope = chunk(0, guide, 1, (
        "1. Scope\n1.1 This guideline covers children under 5 with a fever. Fever is a temperature of 38.0 C or "
        "above.\n1.2 It does not apply to:\n(a) babies in the neonatal unit;\n(b) children with cancer on "
        "chemotherapy.\n1.3 See the sepsis pathway for those groups."), "1. Scope")
    ans = read("What temperature counts as a fever in the Oakhurst guideline?", [scope])
    assert not ans.refused and "38.0 C" in ans.answer  # "does not apply to:" excludes its list, not everything
    assert read("What temperature counts as a fever for a baby in the neonatal unit?", [scope]).refused


def test_a_list_item_is_read_with_its_lead_in_and_what_is_it_used_for_asks_for_a_purpose():
    leaflet = "medical/anticoagulant_leaflet_merrow.pdf"
    what = chunk(0, leaflet, 1, (
        "1. What Merrovan is and what it is used for\nMerrovan belongs to a group of medicines called "
        "anticoagulants. It is used in adults to:\n- prevent stroke in people with atrial fibrillation;\n"
        "- treat blood clots in the veins of the legs.\nMerrovan is not for people with a mechanical heart valve."),
        "1. What Merrovan is and what it is used for")
    ans = read("What is Merrovan used for?", [what])
    assert not ans.refused and "atrial fibrillation" in ans.answer and "belongs to a group" not in ans.answer
    assert "“It is used in adults to:” … “- treat blood clots" in ans.answer  # the second item, with its lead-in
    from chatbot.answer.verify.pieces import list_lead, support_units
    units = support_units(what.text)
    item = next(i for i, (a, b) in enumerate(units) if what.text[a:b].startswith("- treat"))
    assert what.text[slice(*list_lead(what.text, units, item))] == "It is used in adults to:"
    assert list_lead(what.text, units, len(units) - 1) is None  # prose after the list has no lead-in


def test_the_case_before_a_compound_question_is_no_part_and_each_part_is_asked_of_it():
    from chatbot.answer.verify.question import question_parts
    assert question_parts("For a clot in my leg, what dose do I start on and for how long?") == [
        "what dose do I start on (For a clot in my leg)", "for how long? (For a clot in my leg)"]
    assert question_parts("Larkfield policy: what is the excess for subsidence, and what wind speed is a storm?") == [
        "what is the excess for subsidence (Larkfield policy)", "what wind speed is a storm? (Larkfield policy)"]
    assert question_parts("What is the rent and when?") == ["What is the rent and when?"]  # names nothing to ask of
    leaflet = "medical/anticoagulant_leaflet_merrow.pdf"
    doses = chunk(0, leaflet, 1, (
        "Blood clots in the legs or lungs\nThe usual dose is one 15 mg tablet twice a day for the first 21 days, then "
        "one 20 mg tablet once a day."), "Blood clots in the legs or lungs")
    missed = chunk(1, leaflet, 2, (
        "If you forget to take a dose\n- Twice-a-day dose (first 21 days of treatment for clots): take the missed "
        "tablet as soon as you remember."), "If you forget to take a dose")
    ans = read("For a clot in my leg, what dose do I start on and for how long?", [doses, missed])
    assert not ans.refused and "15 mg tablet twice a day for the first 21 days" in ans.answer
    assert "Blood clots in the legs or lungs”" not in ans.answer  # a heading is no answer to the case


def test_brand_names_of_everyday_medicines_read_as_their_generic_names():
    guide = "medical/fever_guideline_oakhurst.pdf"
    both = chunk(0, guide, 2, (
        "6. Giving medicines\n6.1 Paracetamol and ibuprofen are not used at the same time; switch to the other "
        "only if the child is still distressed before the next dose is due.\n6.2 Give each dose with a drink and "
        "some food together, and keep a note of the time."), "6. Giving medicines")
    ans = read("can my toddler have calpol with nurofen", [both])
    assert not ans.refused and "6.1 Paracetamol and ibuprofen" in ans.answer and "6.2" not in ans.answer


def test_times_of_day_are_values_and_bands_of_their_own():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import band_fit, text_bands

    bands = [(b.low, b.high, b.unit) for b in text_bands("Mon-Fri 10:00 to 16:00 and weekends after 2 pm")]
    assert bands == [(10.0, 16.0, "clock"), (14.0, None, "clock")]  # no "00 to 16" band of anything
    assert question_values("My appointment is at 2.30 pm. When do I stop eating?") == [
        question_values("at 14:30")[0]]
    at_half_two = question_values("My appointment is at 2.30 pm")
    assert band_fit(at_half_two, "Afternoon appointment (12 noon or later): 11 am on the day") == 1
    assert band_fit(at_half_two, "Morning appointment (before 12 noon): 7 am on the day") == -1
    prep = "medical/bowel_prep_larkfield.pdf"
    times = chunk(0, prep, 1, (
        "4. Your second dose\n4.1 Morning appointment (before 12 noon): take the second dose at 6 am.\n"
        "4.2 Afternoon appointment (12 noon or later): take the second dose at 10 am."), "4. Your second dose")
    ans = read("My colonoscopy is at 2.30 pm on Thursday. When do I take the second dose?", [times])
    assert not ans.refused and "10 am" in ans.answer and "6 am" not in ans.answer


def test_a_numbered_flat_or_month_falls_in_its_rows_labelled_range():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import band_fit
    assert band_fit(question_values("I own flat 23"), "2-bedroom flats 17 to 40, share 2.15%") == 1
    assert band_fit(question_values("I own flat 23"), "1-bedroom flats 1 to 16, share 1.60%") == -1
    assert band_fit(question_values("5 months into the contract"), "Notice received in Membership Months 5 to 8, charge GBP 90.") == 1
    block = "legal/block_management_larkfield.pdf"
    shares = chunk(0, block, 1, (
        "4. Shares of the budget\nFlat type, Flats, Share, 2026/27 (GBP)\n1-bedroom flat, flats 1 to 16, 1.60%, 2,304\n"
        "2-bedroom flat, flats 17 to 40, 2.15%, 3,096\n3-bedroom flat, flats 41 to 48, 2.90%, 4,176"), "4. Shares")
    ans = read("I own flat 23. What is my share of the 2026/27 service charge budget?", [shares])
    assert not ans.refused and "3,096" in ans.answer and "2,304" not in ans.answer and "4,176" not in ans.answer


def test_a_premise_the_asker_states_restricts_nothing():
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("Since the warranty runs for a full year, when does it end?").restrictions == []
    assert analyse_question("When does the warranty for a refurbished unit end?").restrictions == [{"refurbish", "unit"}]


def test_how_long_to_do_something_is_answered_by_the_time_for_that_act():
    dpa = "legal/dpa_larkfield_cloud.pdf"
    subs = chunk(0, dpa, 1, (
        "3. Sub-processors\n3.2 The Provider shall give the Customer at least 30 days' notice by e-mail before adding "
        "a Sub-processor. The Customer may object on reasonable grounds within 14 days of the notice."), "3. Sub-processors")
    ans = read("How long do we have to object to a new sub-processor?", [subs])
    assert not ans.refused and "within 14 days" in ans.answer and "30 days" not in ans.answer
    from chatbot.answer.verify.scoring import time_action
    assert time_action("how long have I got to report a claim?") == "report" and time_action("How long is it?") == ""


def test_a_value_without_a_unit_is_read_against_the_band_its_label_names():
    from chatbot.answer.asked import question_ages, question_values
    from chatbot.answer.ranges import band_fit
    q = "My eGFR is 40 and I'm having a knee operation. When do I take my last Heltrasan?"
    assert question_ages(q) == []  # "is 40" of a measurement is no age ("my son is 7" is)
    assert question_ages("I'll be 25 on 1 April. What fee?") == [25] == question_ages("My son will be 25 in May.")
    assert question_values("I'll be 25 on 1 April. What fee?") == question_values("I'll be 25.")  # the day of the age
    assert question_values(q) == [question_values("my eGFR is 40")[0]] and question_values(q)[0].label == "egfr"
    rows = ["Kidney function (eGFR) 60 mL/min or more, Last dose at least 24 hours before.",
            "Kidney function (eGFR) 30 to 59 mL/min, Last dose at least 48 hours before."]
    assert [band_fit(question_values(q), r) for r in rows] == [-1, 1]  # not "at least 24 hours" for 40
    # a label's row with several bands of its unit: "Urgent range 120 - 124 or 155 - 159" holds 157
    assert band_fit(question_values("A sodium of 157, is that urgent?"),
                    "Test Sodium (mmol/L), Critical low Below 120, Urgent range 120 - 124 or 155 - 159, Critical high "
                    "160 or above.") == 1
    leaflet = "medical/heltrasan_leaflet_marsh.pdf"
    table = chunk(0, leaflet, 2, (
        "4. Before an operation\nYour last dose before the operation depends on your kidney function:\n"
        "Kidney function (eGFR) 60 mL/min or more, Last dose at least 24 hours before.\n"
        "Kidney function (eGFR) 30 to 59 mL/min, Last dose at least 48 hours before."), "4. Before an operation")
    ans = read(q, [table])
    assert not ans.refused and "48 hours" in ans.answer and "24 hours" not in ans.answer


def test_a_band_the_question_names_picks_the_row_of_that_band():
    from chatbot.answer.asked import question_bands
    from chatbot.answer.ranges import band_fit, text_bands
    # a lower and an upper bound of one row are one band
    assert [(b.low, b.high, b.unit) for b in text_bands("Uptime 95.0% or more but below 98.0%, credit 10%")] == [
        (95.0, 98.0, "%")]
    assert [(b.low, b.high, b.unit) for b in text_bands("children over 12 years and under 18 years")] == [
        (12.0, 18.0, "year")]  # not "12 years and under"
    asked = question_bands("What credit do we get if uptime in a month is below 95%?")
    assert band_fit([], "Uptime 95.0% or more but below 98.0%, credit 10%", asked) == -1
    assert band_fit([], "Uptime below 95.0%, credit 25%", asked) == 1
    assert question_bands("Can I take more than 4 tablets a day?") == []  # a count of no named quantity
    sla = "legal/hosting_sla_tarnbrook.pdf"
    table = chunk(0, sla, 1, (
        "6. Service credits\nMonthly uptime, Service credit\nUptime 98.0% or more but below 99.5%, credit 5% of the fee.\n"
        "Uptime 95.0% or more but below 98.0%, credit 10% of the fee.\nUptime below 95.0%, credit 25% of the fee."),
        "6. Service credits")
    ans = read("What credit do we get if uptime in a month is below 95%?", [table])
    assert not ans.refused and "25%" in ans.answer and "10% of" not in ans.answer


def test_spoken_times_sums_and_distances_are_values():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import band_fit, text_bands
    assert [v.number for v in question_values("can I visit at half three in the afternoon?")] == [15.5]
    assert [v.number for v in question_values("at quarter to four")] == [15.75]
    assert question_values("Take 2 in the morning and 1 in the evening") == []  # tablets, not times
    assert band_fit(question_values("can I visit at half three?"), "rest period 15:00 to 16:00, no visiting") == 1
    assert question_values("my share is around 1,300 quid") == question_values("my share is £1,300")
    assert [(b.low, b.unit) for b in text_bands("works costing more than GBP 250 need consultation")] == [(250.0, "money")]
    assert band_fit(question_values("I moved 60 miles away"), "a new home more than 20 miles from the club") == 1


def test_a_row_is_read_by_its_own_band_and_a_neighbour_row_that_adds_nothing_is_not_quoted():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import band_fit
    assert question_values("my ketones are 3.2 and i feel sick")[0].label == "ketones"
    assert question_values("on 18 units a day, sugar now 7.2")[-1] == question_values("sugar is 7.2")[0]  # "now 7.2"
    assert question_values("My peak flow this morning was 340")[0].label == "peak flow"  # not "morning"
    ratio = question_values("the ratio is 1.7 with no obvious cause")
    # the row's own band decides, not a later "restart when the ratio is below 5.0" (which leaves it undecided)
    assert band_fit(ratio, "Ratio result 8.0 or above, Action Stop, Restart when the ratio is below 5.0.") == 0
    assert band_fit(ratio, "Ratio result 8.0 or above, Action Stop, Restart after 2 days.") == -1
    assert band_fit(ratio, "Ratio result 1.5 to 1.9, Action Increase the dose by 10%, Next test in 7 days.") == 1
    guide = "medical/anticoagulation_targets_elmbridge.pdf"
    table = chunk(0, guide, 1, (
        "2. Targets\nIndication Metal aortic valve, Target ratio 3.0, Acceptable range 2.5 to 3.5.\n"
        "Indication Metal mitral valve, Target ratio 3.5, Acceptable range 3.0 to 4.0.\n"
        "Indication Atrial fibrillation, Target ratio 2.5, Acceptable range 2.0 to 3.0."), "2. Targets")
    ans = read("What ratio range should we aim for with a metal mitral valve?", [table])
    assert not ans.refused and "3.0 to 4.0" in ans.answer and "2.5 to 3.5" not in ans.answer


def test_what_the_case_lacks_and_an_amount_of_a_medicine_restrict_nothing():
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("A patient on 35 mg of heltrasan a week has a ratio of 1.7 with no obvious cause. "
                            "How should the dose change?").restrictions == []
    assert analyse_question("My son has a rash, so he stays off school for 48 hours like with a tummy bug, "
                            "doesn't he?").restrictions == []  # "like with ...": a comparison
    assert analyse_question("What is the dose for dogs?").restrictions == [{"dog"}]  # a restriction still


def test_is_it_safe_to_pay_by_and_say_who_questions_on_a_thing_never_named_are_refused():
    card = "medical/sick_day_card_ellerby.pdf"
    rules = chunk(0, card, 1, (
        "1. When you are ill\n1.1 Check your glucose every 2 hours while you are ill.\n1.2 Drink at least 100 mL of "
        "water every hour.\n1.3 Keep taking your long-acting insulin even if you cannot eat."), "1. When you are ill")
    terms_doc = "legal/childminder_terms_ellerby.pdf"
    fees = chunk(1, terms_doc, 1, (
        "4. Fees\n4.1 Fees are invoiced monthly and paid by bank transfer within 7 days.\n4.2 Fees are payable "
        "during the child's holidays and sickness."), "4. Fees")
    works = chunk(2, terms_doc, 1, (
        "2. The works\n2.1 The Builder carries out the works shown on the drawings.\n2.2 The Owner gives the "
        "Builder access to the site from 8 am."), "2. The works")
    corpus = [rules, fees, works, *CORPUS]

    def ask(question, hits):
        return read(question, hits, corpus=corpus)

    assert ask("Is it safe to drive while I'm ill and my glucose is high?", [rules]).refused  # driving: never said
    assert not ask("Is it ok to keep taking my long-acting insulin while I'm ill?", [rules]).refused
    assert ask("Can I pay the fees through salary sacrifice vouchers?", [fees]).refused  # never said
    assert not ask("Can I pay the fees by bank transfer?", [fees]).refused
    assert ask("Does the contract say who has to get planning permission for the works?", [works]).refused
    assert not ask("Does the contract say who gives the Builder access to the site?", [works]).refused


def test_a_table_row_is_read_by_its_first_cell_and_the_row_holding_the_case_comes_first():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import band_fit, text_bands
    case = question_values("Glucose 18.4 mmol/L and I use 40 units a day")
    row = "Blood glucose 17.0 to 21.9 mmol/L, Extra insulin 4 units (or 10% of TDD if your TDD is over 60 units)."
    assert band_fit(case, row, row=True) == 1  # the first cell holds the glucose; "over 60 units" is another column
    assert band_fit(case, row.replace("17.0 to 21.9", "13.0 to 16.9"), row=True) == -1
    late = question_values("my repayment is 25 days late")
    row = "Days overdue 90 days or more, What we do Default notice giving you at least 14 days to pay, Fee GBP 35."
    assert band_fit(late, row, row=True) == -1  # not "at least 14 days"
    assert band_fit(question_values("picked up at 18:52"), "Children attending 3 or more days a week") == 0
    assert [b.unit for b in text_bands("for adults aged 18 and over")] == ["year"]
    loan = "legal/car_loan_terms_wexcombe.pdf"
    fees = chunk(0, loan, 2, (
        "4. Missed payments\n"
        "Days overdue 8 to 20 days, What we do Letter, Fee Late payment fee GBP 12.\n"
        "Days overdue 21 to 44 days, What we do Second letter and a call, Fee Arrears fee GBP 18.\n"
        "Days overdue 45 days or more, What we do Default notice giving you at least 14 days to pay, Fee Default fee GBP 35.\n"
        "4.2 The fee in the table is not charged while a repayment plan we agreed with you is kept to, and our total "
        "fees for a late payment are never more than GBP 60."), "4. Missed payments")
    ans = read("My payment is now 25 days late and I have not agreed a plan. Which fee does the table say applies?", [fees])
    # the row that holds the case comes first (band_bonus); the clause near its topic may follow it
    assert not ans.refused and ans.answer.index("GBP 18") < ans.answer.index("GBP 60") and "GBP 35" not in ans.answer


def test_what_strength_asks_for_a_value_not_a_thing_the_index_must_name():
    leaflet = "medical/tablet_guide_wexcombe.pdf"
    colours = chunk(0, leaflet, 1, (
        "1. Tablets\nTablet colours: 0.5 mg white, 1 mg brown, 3 mg blue, 5 mg pink.\n"
        "Doses are made up from these tablets."), "1. Tablets")
    ans = read("What strength is the blue tablet?", [colours], corpus=[colours, *CORPUS])
    assert not ans.refused and "3 mg blue" in ans.answer


def test_a_case_the_asker_says_is_not_theirs_is_answered_by_the_other_rule():
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("how long do they have to fix it, its not an emergency").denied == {"emergenc"}
    assert analyse_question("Is it an emergency?").denied == set()
    contract = "legal/kitchen_refit_contract_wexcombe.pdf"
    defects = chunk(0, contract, 2, (
        "8. Defects\n8.1 The Fitter must put right any defect reported in the first 12 months.\n"
        "8.2 Emergency defects - a water leak or a dangerous electrical fault - must be attended to within 24 hours of notice.\n"
        "8.3 The Fitter must put other defects right within 21 days of the notice."), "8. Defects")
    ans = read("how long does the fitter have to fix a defect after we report it? its not an emergency", [defects])
    assert not ans.refused and "21 days" in ans.answer and "24 hours" not in ans.answer


def test_what_is_the_x_is_answered_by_the_sentence_that_says_the_x_is_and_each_part_keeps_its_frame():
    from chatbot.answer.verify.question import question_parts
    assert question_parts("What should I do about my aspirin and my HRT before surgery?") == [
        "What should I do about my aspirin", "What should I do about my HRT before surgery?"]
    contract = "legal/garden_works_contract_wexcombe.pdf"
    pay = chunk(0, contract, 1, (
        "3. Payment\n3.1 When a stage is complete the Gardener sends an invoice; the Surveyor issues a payment "
        "certificate within 7 days of receiving it.\n"
        "3.2 If the Owner intends to pay less than the certified amount, it must give notice no later than 5 days "
        "before the final date for payment, saying how much it will pay and why.\n"
        "3.3 The final date for payment is 21 days after the date of the payment certificate."), "3. Payment")
    ans = read("Once the gardener sends an invoice for a stage, how long does the surveyor have to issue the payment "
               "certificate, and when is the final date for us to pay?", [pay])
    assert not ans.refused and "7 days" in ans.answer and "21 days" in ans.answer and "5 days" not in ans.answer


def test_what_happens_if_and_how_much_is_the_x_for_a_case_or_thing_never_named_are_refused():
    loan = "legal/home_improvement_loan_wexcombe.pdf"
    missed = chunk(0, loan, 2, (
        "5. Missed payments\n5.1 If you miss a payment we send a letter and charge a fee of GBP 12.\n"
        "5.2 If a default notice expires without the arrears being paid, we may end this agreement.\n"
        "5.3 We will not claim compensation if the repayment is made under a payment protection insurance policy."),
        "5. Missed payments")
    corpus = [missed, *CORPUS]

    def ask(question):
        return read(question, [missed], corpus=corpus)

    assert ask("What happens to the loan if the borrower dies before it is paid off?").refused
    assert not ask("What happens if I miss a payment?").refused
    assert ask("How much is the monthly premium for payment protection insurance on the loan?").refused
    assert not ask("How much is the fee for a missed payment?").refused


def test_a_document_is_silent_on_a_thing_only_another_shown_document_names():
    venue = chunk(0, "legal/barn_hire_wexcombe.pdf", 2, (
        "6. Restrictions\n6.1 Music must end at 23:30.\n6.2 Confetti may be used in the courtyard only.\n"
        "6.3 The Hirer may bring its own wine for the wedding breakfast."), "6. Restrictions")
    policy = chunk(1, "medical/visiting_policy_wexcombe.pdf", 1, (
        "4. Visitors\n4.1 Assistance dogs are welcome on all wards.\n4.2 Flowers are not allowed in critical care."),
        "4. Visitors")
    corpus = [venue, policy, *CORPUS]
    assert read("Are dogs allowed at the wedding in the barn?", [venue, policy], corpus=corpus).refused
    assert not read("Are assistance dogs allowed on the wards?", [policy, venue], corpus=corpus).refused


def test_one_part_of_a_compound_question_keeps_its_own_with_phrase():
    from chatbot.answer.verify.question import analyse_question
    q = "When can my boy go back to school after a fever, and should I cool him with a cold flannel?"
    qa = analyse_question(q)
    assert [p.restrictions for p in qa.parts][0] == []  # "with a cold flannel" is the second part's act
    leaflet = "medical/fever_leaflet_wexcombe.pdf"
    advice = chunk(0, leaflet, 2, (
        "6. At home\n6.1 Offer regular drinks and dress the child normally.\n"
        "6.2 A child may return to school once the fever has settled for 24 hours without fever medicines."),
        "6. At home")
    ans = read(q, [advice])
    assert not ans.refused and "24 hours" in ans.answer


def test_everyday_phrases_are_read_with_the_documents_word_and_an_analogy_is_not_the_question():
    from chatbot.answer.verify.question import analyse_question, plain_words
    assert plain_words("we have to call off the party") == "we have to call off (cancel) the party"
    assert plain_words("a bad dose of D&V") == "a bad dose of D&V (diarrhoea vomiting)"
    assert plain_words("call of duty") == "call of duty"  # a phrase, not its words anywhere
    assert plain_words("can I pop in at 3?") == "can I pop in (visit) at 3?"
    assert plain_words("after the sleepy drug") == "after the sleepy drug (sedation)"
    assert "bug" not in analyse_question("He stays off for 48 hours like with a tummy bug, doesn't he?").terms.words
    contract = "legal/loft_conversion_contract_wexcombe.pdf"
    retention = chunk(0, contract, 1, (
        "4. Retention\n4.1 The Employer may retain 5% of the value of each stage payment until Practical "
        "Completion.\n4.2 Amounts not paid by the final date carry interest at 5% a year."), "4. Retention")
    interest = chunk(1, contract, 1, (
        "3. Payment\n3.1 Each stage payment is due 14 days after the invoice.\n3.2 Late payments carry interest "
        "at 5% a year above base rate until the job is paid."), "3. Payment")
    corpus = [retention, interest, *CORPUS]
    ans = read("How much of each payment to the builders are we allowed to hang on to until the job is finished?",
               [interest, retention], corpus=corpus)
    assert not ans.refused and "retain 5%" in ans.answer


def test_a_band_without_a_unit_is_no_period_time_or_sum():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import band_fit
    baby = question_values("a 4-month-old baby")
    assert band_fit(baby, "Capillary refill 3 seconds or more, poor feeding") == 0  # seconds, not months
    assert band_fit(baby, "Fever in Children Under 5 - Assessment") == 0  # "Under 5" says no months
    # nor percentages: a band of them writes its "%" ("3 or more incidents" does not hold 88%)
    assert band_fit(question_values("they fixed 88% on time"), "If 3 or more incidents are missed, you may end it") == 0
    assert band_fit(question_values("I weigh 60 kg"), "Weight under 70, dose 2 tablets") == 1  # a unitless weight band


def test_a_row_whose_columns_split_the_case_is_quoted_by_its_key_and_the_column_that_holds_it():
    from chatbot.answer.cells import held_cell
    from chatbot.answer.asked import question_values
    row = ("Dose 2, Morning appointment (before 12 noon) 9 pm on the day before, Afternoon appointment (12 noon "
           "or later) 7 am on the day.")
    start, end = held_cell(question_values("my appointment is at 2.30 pm"), row)
    assert row[start:end] == "Afternoon appointment (12 noon or later) 7 am on the day."
    # two bands of one unit that do not split one quantity are no columns to choose between
    assert held_cell(question_values("I'm 34"), "Vaccine Encevax, Schedule 2 doses (ages 18 to 65), "
                                                "Protection lasts 1 to 2 years, Fee 95.") is None
    prep = "medical/bowel_prep_wexcombe.pdf"
    table = chunk(0, prep, 1, (
        "4. Your doses\nDose 1, Morning appointment (before 12 noon) 5 pm on the day before, Afternoon appointment "
        "(12 noon or later) 8 pm on the day before.\nDose 2, Morning appointment (before 12 noon) 9 pm on the day "
        "before, Afternoon appointment (12 noon or later) 7 am on the day."), "4. Your doses")
    ans = read("My colonoscopy is at 2.30 pm. When do I take dose 2?", [table])
    assert not ans.refused and "7 am on the day" in ans.answer and "9 pm" not in ans.answer
    assert len(ans.citations) == 1


def test_a_phrase_of_the_story_is_no_restriction_of_what_is_asked():
    from chatbot.answer.verify.question import analyse_question
    story = "My lodger broke the window catch in the bay of the lounge. How much do we charge him?"
    assert analyse_question(story).restrictions == []  # "of the lounge" is the story, not what is asked
    assert analyse_question("How much do we charge for a broken window catch?").restrictions == [{"break", "window"}]
    # a compound part's "(the deposit)" is the subject its pronoun stands for, no story
    from chatbot.answer.verify.question import scene_spans
    assert scene_spans("when do we get it back? (the deposit for the flat)") == []
    assert scene_spans("It broke. When is it fixed?") == [(0, 9)]
    deposit = chunk(0, "legal/room_let_wexcombe.pdf", 1, (
        "3. Charges\nBroken window catch, Charge GBP 45.\nLost front-door key, Charge GBP 30.\n"
        "Carpet cleaning at the end of the let, Charge GBP 60."), "3. Charges")
    ans = read(story, [deposit])
    assert not ans.refused and "GBP 45" in ans.answer


def test_a_table_cut_into_chunks_brings_the_chunk_beside_that_holds_the_case():
    chart = "medical/oral_dosing_chart_wexcombe.pdf"
    section = "2. Cefalorin suspension"
    head = chunk(0, chart, 1, (
        "2. Cefalorin suspension\nWeight band 6.0 to 9.9 kg, Dose (twice a day) 2.5 mL.\n"
        "Weight band 10.0 to 14.9 kg, Dose (twice a day) 4 mL."), section)
    middle = chunk(1, chart, 1, "Weight band 15.0 to 19.9 kg, Dose (twice a day) 5.5 mL.", section)
    tail = chunk(2, chart, 2, ("Weight band 20.0 to 29.9 kg, Dose (twice a day) 7.5 mL.\n"
                               "Weight band 30.0 kg and over, Dose (twice a day) 10 mL."), section)
    other = chunk(3, "medical/other_chart_wexcombe.pdf", 1, "Weight band 15.0 to 19.9 kg, Dose 40 mL.", section)
    corpus = [head, middle, tail, other, *CORPUS]
    ans = read("My girl weighs 17 kg. How much Cefalorin do I give?", [head, tail], corpus=corpus)
    assert not ans.refused and "5.5 mL" in ans.answer and "40 mL" not in ans.answer
    assert [c.page for c in ans.citations] == [1] and ans.citations[0].chunk_id == middle.chunk_id
    # a retrieved row that already holds the case brings nothing beside it
    ans = read("My girl weighs 24 kg. How much Cefalorin do I give?", [head, tail], corpus=corpus)
    assert "7.5 mL" in ans.answer and all(c.chunk_id != middle.chunk_id for c in ans.citations)


def test_a_row_is_read_with_its_own_sections_words_when_a_chunk_holds_two_sections():
    chart = "medical/antibiotic_chart_wexcombe.pdf"
    two = chunk(0, chart, 2, (
        "3. Cefalorin (cefalorin 125 mg/5 mL suspension)\nFor ear infections.\n"
        "Weight band Dose (twice a day) Volume\n6.0 to 12.5 kg 125 mg 5 mL\n12.6 to 20.0 kg 250 mg 10 mL\n"
        "4. Nauzeron (nauzeron 4 mg/5 mL oral solution) - for sickness\nA single dose before an oral "
        "rehydration trial.\nAge 6 months and over, 8.0 to 15.0 kg, 2 mg = 2.5 mL."),
        "3. Cefalorin (cefalorin 125 mg/5 mL suspension)")
    scope = chunk(1, chart, 1, (
        "1. How to use this chart\n1.1 Weigh every child on the day.\n1.2 This chart does NOT apply to babies "
        "under 1 month - use the neonatal formulary."), "1. How to use this chart")
    ans = read("A toddler weighing 12 kg keeps being sick. How much Nauzeron do we give?", [two, scope],
               corpus=[two, scope, *CORPUS])
    # the Cefalorin row holds 12 kg too, but Nauzeron is the next section's word; and an exclusion of
    # babies under 1 month leaves a toddler in the chart's scope
    assert not ans.refused and "2.5 mL" in ans.answer and "125 mg 5 mL" not in ans.answer


def test_a_yes_no_question_about_a_thing_taken_is_silent_when_no_passage_names_it():
    chart = "medical/antibiotic_chart_wexcombe.pdf"
    notes = chunk(0, chart, 3, (
        "6. Notes\n6.1 Two nurses check every oral antibiotic dose given to a child under 5 years.\n"
        "6.2 Give antibiotics at evenly spaced times."), "6. Notes")
    assert read("Can a child have the flu vaccine while taking antibiotics?", [notes]).refused
    assert not read("Can a child under 5 have an antibiotic dose checked by two nurses?", [notes]).refused


def test_a_result_written_straight_before_its_number_is_the_case():
    from chatbot.answer.asked import question_values
    assert [(v.number, v.label) for v in question_values("torvacilin dose for egfr 40 standard infecton")] == [(40.0, "egfr")]
    assert question_values("what does clause 7 say") == []  # a clause number is no measurement
    renal = chunk(0, "medical/renal_dosing_wexcombe.pdf", 1, (
        "2. Table 1 - dose by renal function\nRenal function eGFR over 80, Dose 1 g every 8 hours.\n"
        "Renal function eGFR 31 to 80, Dose 1 g every 12 hours.\nRenal function eGFR 30 or less, Dose 500 mg every 24 hours."),
        "2. Table 1 - dose by renal function")
    ans = read("dose for egfr 40", [renal], corpus=[renal, *CORPUS])
    assert not ans.refused and "1 g every 12 hours" in ans.answer and "every 8 hours" not in ans.answer


def test_an_option_for_older_children_is_no_limit_on_who_the_leaflet_covers():
    leaflet = "medical/fever_leaflet_wexcombe.pdf"
    table = chunk(0, leaflet, 1, (
        "Weight Age guide Calmadol Infant 120 mg in 5 mL\n10 to 12.9 kg 1 to 2 years 5 mL\n13 to 15.9 kg 2 to 4 years 7.5 mL"))
    option = chunk(1, leaflet, 1, (
        "For children aged 6 years and over you may use Calmadol Six Plus instead: give half the volume.\n"
        "What if I give too much by mistake?\nCall NHS 111 straight away."))
    ans = read("My 18-month-old weighs 14 kg. How much Calmadol Infant does he get?", [table, option],
               corpus=[table, option, *CORPUS])
    assert not ans.refused and "7.5 mL" in ans.answer


def test_a_leaflets_question_heads_its_answer_and_is_never_quoted_as_one():
    leaflet = chunk(0, "medical/fever_leaflet_wexcombe.pdf", 1, (
        "Fever medicines\nHow often can I give Calmadol?\nLeave at least 4 hours between doses.\n"
        "How often can I give Brufex?\nLeave at least 6 hours between doses, with food."))
    ans = read("How many hours should I leave between Brufex doses?", [leaflet], corpus=[leaflet, *CORPUS])
    assert not ans.refused and "6 hours" in ans.answer and "4 hours" not in ans.answer and "?" not in ans.answer
    faq = chunk(1, "medical/fever_leaflet_wexcombe.pdf", 1, (
        "Questions parents ask\nWhat counts as a fever in a child?\nA temperature of 38 C or higher.\n"
        "When should I call 111?\nIf your child is under 3 months."))
    ans = read("What counts as a fever in a child?", [faq], corpus=[faq, leaflet, *CORPUS])
    assert not ans.refused and "38 C" in ans.answer and "What counts" not in ans.answer


def test_a_lay_word_is_matched_by_the_section_that_says_it_the_documents_way():
    from chatbot.answer.verify.question import plain_words
    assert plain_words("the cafe is closing for good") == "the cafe is closing for good (permanently)"
    assert plain_words("when do the dressings come off?") == "when do the dressings come off (remove)?"
    assert plain_words("he threw up his medicine") == "he threw up (vomit) his medicine"
    guide = "medical/renal_dosing_wexcombe.pdf"
    iv = chunk(0, guide, 1, "Renal function eGFR 6 to 15, Dose 1 g every 24 hours.\nRenal function eGFR 16 to 30, Dose 1 g every 12 hours.",
               "2. Table 1 - Intravenous maintenance dose")
    oral = chunk(1, guide, 2, "Renal function eGFR 15 or less, Dose 500 mg every 24 hours.\nRenal function eGFR 16 to 50, Dose 500 mg every 12 hours.",
                 "4. Table 2 - Oral step-down")
    ans = read("Patient with an eGFR of 12. What IV dose should I prescribe?", [oral, iv], corpus=[iv, oral, *CORPUS])
    assert not ans.refused and "1 g every 24 hours" in ans.answer and "500 mg" not in ans.answer
    leaflet = chunk(2, "medical/antibiotic_leaflet_wexcombe.pdf", 1, (
        "6. Storing your medicine\nKeep the Cefalorin bottle out of the sight and reach of children.\n"
        "Keep Cefalorin liquid in a refrigerator between 2 and 8 C.\nThrow it away after 7 days."),
        "6. Storing your medicine")
    ans = read("Does the Cefalorin bottle go in the fridge?", [leaflet], corpus=[leaflet, *CORPUS])
    assert not ans.refused and "refrigerator" in ans.answer


def test_a_scope_stated_once_at_the_top_refuses_a_case_it_leaves_out():
    leaflet = "medical/cough_leaflet_wexcombe.pdf"
    top = chunk(0, leaflet, 1, (
        "Cough medicines - questions parents ask\nA leaflet for parents of children aged 1 to 11 years.\n"
        "It does not replace advice from your pharmacist."))
    doses = chunk(1, leaflet, 1, (
        "How much Tussaline do I give?\nGive 5 mL three times a day.\nDo not give more than 3 doses in 24 hours."))
    corpus = [top, doses, *CORPUS]
    assert read("How much Tussaline can I give my 14-year-old?", [doses], corpus=corpus).refused
    assert not read("How much Tussaline can I give my 6-year-old?", [doses], corpus=corpus).refused
    guide = "medical/renal_dosing_wexcombe.pdf"
    intro = chunk(2, guide, 1, "DOSING IN RENAL IMPAIRMENT (ADULTS)\nFor adults aged 18 and over only. Paediatric doses: see AMG-09.")
    table = chunk(3, guide, 1, "Renal function eGFR 31 to 50, Dose 1 g every 12 hours.\nRenal function eGFR 30 or less, Dose 500 mg daily.",
                  "2. Table 1")
    corpus = [intro, table, *CORPUS]
    assert read("What dose should a 6-year-old with an eGFR of 40 get?", [table], corpus=corpus).refused
    assert not read("What dose should a 60-year-old with an eGFR of 40 get?", [table], corpus=corpus).refused


def test_a_compound_question_whose_first_part_asks_of_what_is_not_there_is_refused():
    club = chunk(0, "legal/club_membership_wexcombe.pdf", 1, (
        "B. Fees\nB1 The monthly fee is GBP 44 (Standard) or GBP 58 (Platinum).\n"
        "B2 Platinum membership adds the spa and 4 guest passes a year."), "B. Fees")
    corpus = [club, *CORPUS]
    assert read("Does the club offer personal training sessions, and what do they cost?", [club], corpus=corpus).refused
    ans = read("Does the club offer a spa, and what does Platinum cost?", [club], corpus=corpus)
    assert not ans.refused and "GBP 58" in ans.answer


def test_a_yes_no_question_is_silent_on_its_whole_thing_not_its_first_words():
    dpa = chunk(0, "legal/data_processing_wexcombe.pdf", 1, (
        "2. Processing\n2.1 The Processor uses Personal Data of patients only to host and support the booking "
        "system.\n2.2 Processor staff receive data protection training every 12 months."), "2. Processing")
    corpus = [dpa, *CORPUS]
    assert read("Does the agreement allow the Processor to use our patient data to train AI models?", [dpa], corpus=corpus).refused
    assert not read("Does the agreement allow the Processor to use patient data to host the booking system?",
                    [dpa], corpus=corpus).refused
    letter = chunk(1, "medical/day_surgery_letter_wexcombe.pdf", 1, (
        "4. Going home\n4.1 An adult must take you home and stay with you for 24 hours.\n"
        "4.2 A nurse will telephone you on the first working day after your operation."), "4. Going home")
    assert read("Does the hospital arrange transport home after day surgery?", [letter], corpus=[letter, *CORPUS]).refused


def test_the_column_a_question_names_is_quoted_with_its_rows_key_and_a_million_is_one_number():
    from chatbot.answer.ranges import text_bands
    from chatbot.answer.verify.terms import terms
    from chatbot.answer.verify.pieces import named_cell, row_cells
    assert [(b.low, b.high) for b in text_bands("Sale price Over GBP 1,000,000, rate 0.95%")] == [(1000000.0, None)]
    assert [(b.low, b.high) for b in text_bands("GBP 500,001 to GBP 1,000,000")] == [(500001.0, 1000000.0)]
    row = "Medicine Dapagliflozin, empagliflozin or canagliflozin, What to do Stop 3 days before, take no dose."
    assert [row[a:b] for a, b in row_cells(row)] == [
        "Medicine Dapagliflozin, empagliflozin or canagliflozin", "What to do Stop 3 days before, take no dose."]
    rate = "Sale price GBP 500,001 to GBP 1,000,000, Sole Agency rate 1.10%, Multi-Agency rate 1.75%."
    a, b = named_cell(terms("as a multi-agency, what rate?").words, rate)
    assert rate[a:b] == "Multi-Agency rate 1.75%."
    assert named_cell(terms("what rate will they charge?").words, rate) is None  # no column named
    fees = chunk(0, "legal/estate_agency_wexcombe.pdf", 1, (
        "3. Our fee\nSale price Up to GBP 500,000, Sole Agency rate 1.25%, Multi-Agency rate 2.00%.\n" + rate + "\n"
        "Sale price Over GBP 1,000,000, Sole Agency rate 0.95%, Multi-Agency rate 1.50%."), "3. Our fee")
    ans = read("We are on multi-agency and agreed a sale price of GBP 620,000. What rate is our fee?", [fees],
               corpus=[fees, *CORPUS])
    assert not ans.refused and "1.75%" in ans.answer and "1.10%" not in ans.answer and "1.50%" not in ans.answer


def test_the_number_a_premise_states_is_corrected_by_the_sentence_that_says_it():
    from chatbot.answer.verify.question import premise_of
    assert premise_of("The club can raise fees by 10% a year, so how much could mine go up?") == \
        "The club can raise fees by 10% a year"
    assert premise_of("I have to give 3 months notice, right?") == "I have to give 3 months notice"
    assert premise_of("How much is the fee - and when is it due?") == ""  # a question, no claim
    hire = chunk(0, "legal/equipment_hire_wexcombe.pdf", 1, (
        "3. Rental and payment\n3.1 Rental is payable monthly in advance.\n3.2 Late payments carry interest at 4% "
        "a year.\n3.3 Rental is fixed for the first 12 months. After that the Owner may increase it once a year by "
        "up to 5%, on 30 days' notice."), "3. Rental and payment")
    ans = read("The Owner can raise the rental by 10% every year after the first year, so how much could the oven "
               "rental go up?", [hire], corpus=[hire, *CORPUS])
    assert not ans.refused and ans.answer.startswith("The documents say: “After that the Owner may increase it once a year by up to 5%")
    loan = chunk(1, "legal/personal_loan_wexcombe.pdf", 1, (
        "2. The loan\n2.1 This loan is unsecured: it is not secured against your home, car or other property.\n"
        "2.2 If you miss 2 payments in a row we may send you a default notice.\n2.3 Interest is charged at 9.9% a year."),
        "2. The loan")
    ans = read("My loan is secured against my car, so they can take the car if I fall behind - how many missed payments "
               "before they do that?", [loan], corpus=[loan, hire, *CORPUS])
    assert not ans.refused and ans.answer.startswith("The documents say: “2.1 This loan is unsecured")


def test_a_month_or_a_weekday_restricts_nothing_and_a_dropped_letter_is_the_likelier_typo():
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("What service credit can we claim for June?").restrictions == []  # when, not what
    assert analyse_question("What do we pay for Saturday bookings?").restrictions == [{"saturday", "book"}]
    from chatbot.answer.spelling import Speller  # "gests" is "guests" (a letter dropped), not "gets"
    assert Speller({"guests": 2, "gets": 9}, lexicon=frozenset()).correct("how many gests") == "how many guests"


def test_a_price_asked_for_one_thing_is_not_answered_by_the_price_of_another():
    agent = chunk(0, "legal/estate_agency_wexcombe.pdf", 2, (
        "5. Extra services\nExtra service Accompanied viewing on a Sunday, Charge GBP 40 per viewing.\n"
        "Extra service Professional floor plan, Charge GBP 95.\n5.2 Each seller pays GBP 30 for an identity check."),
        "5. Extra services")
    club = chunk(1, "legal/club_membership_wexcombe.pdf", 1, (
        "C. Freezing\nC1 A Member may freeze a membership for 1 to 3 months.\nC2 A freeze costs GBP 5 a month."),
        "C. Freezing")
    corpus = [agent, club, *CORPUS]
    assert read("What do they charge for an accompanied viewing on a bank holiday?", [agent], corpus=corpus).refused
    assert read("How much do they charge to manage a property that I want to let out?", [agent], corpus=corpus).refused
    assert read("How much does a professional drone survey cost?", [agent], corpus=corpus).refused
    ans = read("How much does a professional floor plan cost?", [agent], corpus=corpus)
    assert not ans.refused and "GBP 95" in ans.answer
    ans = read("What do they charge for an accompanied viewing on a Sunday?", [agent], corpus=corpus)
    assert not ans.refused and "GBP 40" in ans.answer
    ans = read("How much does it cost to put my membership on hold for a month?", [club], corpus=corpus)
    assert not ans.refused and "GBP 5 a month" in ans.answer


def test_the_days_of_the_week_pick_the_column_or_row_that_holds_them():
    from chatbot.answer.clock import asked_days, days_named
    assert days_named("Friday to Sunday and bank holidays") == {4, 5, 6} and days_named("Mon-Fri") == set(range(5))
    assert days_named("Sun - Tue") == {6, 0, 1} and days_named("at weekends") == {5, 6}
    assert days_named("I sat down in the sun on the wedding day") == set()  # no short form in lower case
    assert asked_days("I rang on Monday to cancel Tuesday's session") == set()  # two days: neither picks a price
    hall = chunk(0, "legal/room_hire_wexcombe.pdf", 1, (
        "3. Hire charges\nRoom Main hall, Monday to Thursday GBP 28 per hour, Friday to Sunday and bank holidays "
        "GBP 41 per hour.\nRoom Committee room, Monday to Thursday GBP 12 per hour, Friday to Sunday and bank "
        "holidays GBP 19 per hour."), "3. Hire charges")
    cleaning = chunk(1, "legal/cleaning_terms_wexcombe.pdf", 2, (
        "6. Extra hours\nExtra cleaning, Monday to Saturday, Charge GBP 17.50 per cleaner hour.\n"
        "Extra cleaning, Sunday or bank holiday, Charge GBP 26.00 per cleaner hour."), "6. Extra hours")
    corpus = [hall, cleaning, *CORPUS]
    ans = read("How much does the main hall cost per hour if we hire it on a Saturday?", [hall], corpus=corpus)
    assert not ans.refused and "GBP 41" in ans.answer and "GBP 28" not in ans.answer
    ans = read("What does the committee room cost on a Tuesday evening?", [hall], corpus=corpus)
    assert not ans.refused and "GBP 12" in ans.answer and "GBP 19" not in ans.answer
    ans = read("We need the cleaners for an extra two hours on a Sunday. What will each hour cost?", [cleaning],
               corpus=corpus)
    assert not ans.refused and "GBP 26.00" in ans.answer and "GBP 17.50" not in ans.answer


def test_things_counted_in_a_question_are_placed_in_the_rows_band_of_them():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import Value
    assert question_values("The gardener filled 5 of their bags at the last visit.") == [Value(5.0, "bag")]
    assert question_values("We need 40 copies of the leaflet") == [Value(40.0, "copy")]
    waste = chunk(0, "legal/garden_care_wexcombe.pdf", 2, (
        "7. Garden waste\nGarden waste from one visit Up to 2 sacks, Charge Included.\nGarden waste from one visit "
        "3 to 6 sacks, Charge GBP 5 per sack over 2.\nGarden waste from one visit 7 to 12 sacks, Charge GBP 40 per "
        "visit."), "7. Garden waste")
    corpus = [waste, *CORPUS]
    ans = read("The gardener filled 4 of their sacks with waste last time. What will they charge for taking it away?",
               [waste], corpus=corpus)
    assert not ans.refused and "GBP 5 per sack" in ans.answer and "GBP 40" not in ans.answer


def test_everyday_words_for_removing_something_read_as_removal():
    from chatbot.answer.verify.question import plain_words
    assert plain_words("Will they take the boiler away?") == "Will they take the boiler away (remove)?"
    assert "(remove)" in plain_words("do I have to get rid of the rubble myself")
    boiler = chunk(0, "legal/boiler_install_wexcombe.pdf", 1, (
        "4. Old equipment\n4.1 We remove and recycle your old boiler and tank at no extra cost.\n4.2 Asbestos is "
        "removed only by a licensed contractor, at your cost."), "4. Old equipment")
    ans = read("Do I have to get rid of the old boiler myself?", [boiler], corpus=[boiler, *CORPUS])
    assert not ans.refused and "recycle your old boiler" in ans.answer


def test_the_row_whose_key_the_question_says_in_full_is_quoted_alone():
    from chatbot.answer.verify.parts import describing_words
    assert describing_words("How large is a large plot?") == {"larg"}  # "how large" asks; "a large plot" names
    lawns = chunk(0, "legal/lawn_care_wexcombe.pdf", 1, (
        "3. Prices\n3.1 The price per treatment depends on the lawn size:\n\n"
        "Lawn size Small, Lawn area up to 100 m2, Treatments a year 4, Price per treatment GBP 24.\n"
        "Lawn size Medium, Lawn area 101 to 300 m2, Treatments a year 4, Price per treatment GBP 35.\n"
        "Lawn size Large, Lawn area 301 to 600 m2, Treatments a year 5, Price per treatment GBP 49.\n"
        "Lawn size Extra large, Lawn area over 600 m2, Treatments a year 5, Price per treatment GBP 66."),
        "3. Prices")
    ans = read("How much is each treatment for a large lawn?", [lawns], corpus=[lawns, *CORPUS])
    assert not ans.refused and "GBP 49" in ans.answer
    assert not any(f"GBP {x}" in ans.answer for x in (24, 35, 66))


def test_a_case_told_in_several_rows_words_picks_no_row_by_its_key():
    from collections import Counter
    from chatbot.answer.verify.pieces import key_named_rows
    rows = {0: "Feature Breathing rate (breaths/min), Mild Under 50, Moderate 50 to 70, Severe Over 70.",
            1: "Feature Oxygen in air, Mild 92% or more, Moderate 88 to 91%, Severe Under 88%.",
            2: "Feature Feeding, Mild More than 75% of usual, Moderate 50 to 75% of usual, Severe Under 50%."}
    keys = {0: {"featur", "breath", "rate", "min"}, 1: {"featur", "oxygen", "air"}, 2: {"featur", "feed"}}
    shared = Counter(w for k in keys.values() for w in k)
    assert key_named_rows(keys, shared, {"oxygen", "air", "rate"}, rows) == {1}
    assert key_named_rows(keys, shared, {"oxygen", "air", "feed", "rate"}, rows) == set()  # two rows said in full


def test_an_everyday_word_the_index_never_uses_is_searched_as_the_documents_word_too():
    from chatbot.answer.spelling import stem
    from chatbot.answer.verify.terms import lay_search_words
    vocab = {"ibuprofen": 2, "naproxen": 1, "lithium": 9, "paracetamol": 3}
    stems = frozenset(stem(w) for w in vocab)
    assert lay_search_words("Can I take Nurofen with lithium?", vocab, stems) == ["ibuprofen"]
    assert lay_search_words("Can I take ibuprofen with lithium?", vocab, stems) == []  # the index says it already
    leaflet = chunk(0, "medical/lithium_leaflet_wexcombe.pdf", 2, (
        "6. Other medicines\nDo not take ibuprofen or other anti-inflammatory painkillers you buy yourself; "
        "paracetamol is safe."), "6. Other medicines")
    retriever = FakeRetriever([leaflet, *CORPUS], ranking=lambda query: [leaflet] if "ibuprofen" in query else [])
    engine = Engine(retriever, NoModel())
    ans = engine.answer("Can I have Nurofen with my lithium?", cfg=AnswerConfig(k=3, min_relevance=0.0, generate="never"))
    assert retriever.queries and "ibuprofen" in retriever.queries[-1]
    assert not ans.refused and "Do not take ibuprofen" in ans.answer, ans.answer


def test_a_negative_value_is_placed_in_the_band_of_negative_values_that_holds_it():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import text_bands
    assert [v.number for v in question_values("Her Z-score was -1.7 at the last scan.")] == [-1.7]
    assert [(b.low, b.high) for b in text_bands("Z-score Between -1.0 and -2.0, Meaning Below the expected range.")] == [(-2.0, -1.0)]
    assert [(b.low, b.high) for b in text_bands("Age 5-10 years")] == [(5.0, 10.0)]  # a range's dash is no minus
    scans = chunk(0, "medical/bone_scan_leaflet_wexcombe.pdf", 1, (
        "3. Your result\nThe result is a Z-score, which compares your bones with people of your age:\n\n"
        "Z-score Above -1.0, Meaning Within the expected range.\n"
        "Z-score Between -1.0 and -2.0, Meaning Below the expected range.\n"
        "Z-score -2.0 or below, Meaning Well below the expected range."), "3. Your result")
    ans = read("My daughter's scan gave a Z-score of -1.7. What does it mean?", [scans], corpus=[scans, *CORPUS])
    assert not ans.refused and "Below the expected range" in ans.answer
    assert "Within the expected range" not in ans.answer and "Well below" not in ans.answer


def test_a_length_said_tall_or_long_is_read_against_the_band_of_that_dimension():
    from chatbot.answer.asked import question_values
    assert [(v.number, v.label) for v in question_values("The fence is 1.6 metres high and 25 metres long.")] == [
        (1.6, "height"), (25.0, "length")]
    fences = chunk(0, "legal/fence_painting_wexcombe.pdf", 1, (
        "4. Prices\nPainting is charged per metre of fence length, by the height of the fence:\n\n"
        "Fence height Up to 1.2 metres, Price per metre GBP 4.50.\n"
        "Fence height Over 1.2 metres, up to 2 metres, Price per metre GBP 6.20.\n"
        "Fence height Over 2 metres, Price per metre By quotation."), "4. Prices")
    ans = read("Our fence is 1.6 metres high and 25 metres long. What is the price per metre to paint it?", [fences],
               corpus=[fences, *CORPUS])
    assert not ans.refused and "GBP 6.20" in ans.answer and "GBP 4.50" not in ans.answer, ans.answer


def test_the_column_headed_by_the_cases_time_of_day_is_quoted():
    from chatbot.answer.clock import clock_cell
    from chatbot.answer.verify.pieces import row_cells
    row = ("What you eat or drink Breast milk, Stop this long before 4 hours, Morning list (admission 07:00) "
           "Stop at 03:00, Afternoon list (admission 12:00) Stop at 08:00.")
    a, b = clock_cell([12.0], row, row_cells(row))
    assert row[a:b] == "Afternoon list (admission 12:00) Stop at 08:00."
    assert clock_cell([9.0], row, row_cells(row)) is None  # no column is headed 09:00
    leaflet = chunk(0, "medical/fasting_leaflet_wexcombe.pdf", 1, "When must I stop eating?\n" + row)
    ans = read("My baby is breastfed and her admission time is 12:00. What time is her last breast feed?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert not ans.refused and "Stop at 08:00" in ans.answer and "03:00" not in ans.answer


def test_compound_parts_share_out_the_sentences_so_that_each_part_is_answered():
    complaints = chunk(0, "legal/letting_agency_wexcombe.pdf", 3, (
        "9. Complaints\n9.1 Send complaints to our Complaints Partner.\n9.2 We acknowledge them within 3 working "
        "days and give a final response within 15 working days. If you remain unhappy, you may refer the complaint "
        "to The Property Ombudsman within 12 months of our final response."), "9. Complaints")
    ans = read("How long will the agent take to give a final response to a complaint, and who can I go to if I'm "
               "still unhappy?", [complaints], corpus=[complaints, *CORPUS])
    assert not ans.refused and "15 working days" in ans.answer and "The Property Ombudsman" in ans.answer


def test_a_patients_aches_and_normal_are_the_leaflets_pain_and_common():
    letter = chunk(0, "medical/day_surgery_letter_wexcombe.pdf", 1, (
        "1. The first 24 hours\n1.1 Do not raise your arm above your shoulder for 2 weeks after keyhole surgery.\n"
        "1.2 Shoulder-tip pain is common for 24 to 48 hours after keyhole surgery."), "1. The first 24 hours")
    ans = read("My shoulder really aches since my keyhole op. Is that normal?", [letter], corpus=[letter, *CORPUS])
    assert not ans.refused and "Shoulder-tip pain is common" in ans.answer and "raise your arm" not in ans.answer


def test_a_row_whose_key_adds_words_the_question_does_not_say_is_another_item():
    services = chunk(0, "legal/courier_terms_wexcombe.pdf", 1, (
        "2. Services\nService Next Day, Delivery target next working day by 18:00, Liability GBP 15 per kg, "
        "up to GBP 250 per Parcel.\nService Next Day Early, Delivery target next working day by 10:30, Liability "
        "GBP 20 per kg, up to GBP 500 per Parcel."), "2. Services")
    ans = read("What is the liability limit for a Next Day parcel?", [services], corpus=[services, *CORPUS])
    assert not ans.refused and "GBP 250" in ans.answer and "GBP 500" not in ans.answer
    from chatbot.answer.verify.terms import terms
    from chatbot.answer.verify.verdict import other_row_item
    day, early = services.text.splitlines()[1:]
    assert other_row_item(day, early, terms("liability for a Next Day parcel").words)
    assert not other_row_item(early, day, terms("liability for a Next Day parcel").words)  # fewer words: no other item


def test_words_that_name_the_document_by_its_title_restrict_nothing():
    support = chunk(0, "legal/order_form_ferncombe_lytham.pdf", 2, (
        "Schedule 2 - Service levels\nS1 The Supplier will use reasonable efforts to achieve Monthly Availability of at "
        "least 99.5%.\nS2 A Priority 1 ticket is answered within 2 hours."), "Schedule 2 - Service levels")
    from dataclasses import replace
    titled = replace(support, context="Ferncombe Rota Planner - Order Form | Ferncombe Software Ltd and Lytham Dental LLP")
    ans = read("What monthly availability does Ferncombe commit to for the Rota Planner service?",
               [titled], corpus=[titled, *CORPUS])
    assert not ans.refused and "at least 99.5%" in ans.answer
    # without the title, "Rota Planner" is a thing no passage says
    assert read("What monthly availability does Ferncombe commit to for the Rota Planner service?",
                [support], corpus=[support, *CORPUS]).refused


def test_the_column_the_question_mostly_names_is_quoted_and_brackets_hold_one_cell():
    from chatbot.answer.verify.terms import terms
    from chatbot.answer.verify.pieces import named_cell, row_cells
    row = ("Band C, Staff 21 to 60, Price per seat per month GBP 19.40, Price if paid yearly in advance GBP 17.90, "
           "Notes (setup, training and 2 audits) included.")
    a, b = named_cell(terms("What is the Band C price per seat if we pay yearly in advance?").words, row)
    assert row[a:b] == "Price if paid yearly in advance GBP 17.90"  # "pay" is not "paid": two of three words
    a, b = named_cell(terms("What is the Band C price per seat per month?").words, row)
    assert row[a:b] == "Price per seat per month GBP 19.40"
    assert named_cell(terms("What is the Band C price?").words, row) is None  # no column named
    assert [row[a:b] for a, b in row_cells(row)][-1] == "Notes (setup, training and 2 audits) included."


def test_a_two_column_tables_neighbour_row_is_not_quoted_and_fasting_is_no_asking_word():
    targets = chunk(0, "medical/glucose_leaflet_wexcombe.pdf", 1, (
        "What should my sugar levels be?\nWhen you check Fasting (before breakfast), Aim for (mmol/L) below 5.5.\n"
        "When you check Before other meals, Aim for (mmol/L) below 6.0.\n"
        "When you check 1 hour after a meal, Aim for (mmol/L) below 7.6."), "What should my sugar levels be?")
    ans = read("What is the fasting sugar level to aim for?", [targets], corpus=[targets, *CORPUS])
    assert not ans.refused and "below 5.5" in ans.answer and "6.0" not in ans.answer
    ans = read("How fast should my sugar be below 7.6 after a meal?", [targets], corpus=[targets, *CORPUS])
    assert not ans.refused and "1 hour after a meal" in ans.answer  # "how fast" still asks for a time


def test_will_someone_get_a_thing_and_is_a_thing_offered_ask_whether_it_is_said():
    hits = [LEAVE, ENDING, TRIAL]
    assert read("Will a Brackley volunteer still get a Christmas hamper after the trial placement?", hits).refused
    assert read("Is a free uniform offered to volunteers at Brackley?", hits).refused
    ans = read("Will a Brackley volunteer get paid holiday after the trial placement?", hits)
    assert not ans.refused and "15 days' paid holiday" in ans.answer
    ans = read("Is paid holiday given to volunteers at Brackley?", hits)
    assert not ans.refused and "15 days' paid holiday" in ans.answer


def test_carry_on_with_a_medicine_asks_about_the_medicine_and_restricts_nothing():
    after = chunk(0, "medical/pregnancy_sugar_leaflet_wexcombe.pdf", 2, (
        "After the birth\nStop insulin and glibenclamide as soon as your baby is born.\n"
        "Your own sugar is checked once before you go home."), "After the birth")
    ans = read("Once the baby's here, do I carry on with my glibenclamide tablets?", [after], corpus=[after, *CORPUS])
    assert not ans.refused and "Stop insulin and glibenclamide" in ans.answer


def test_a_leading_when_or_if_clause_is_the_case_and_the_question_after_it_says_what_is_asked():
    from chatbot.answer.verify.question import expected_type
    assert expected_type("When my son has a fever, how much paracetamol can he have?").kind == "number"
    assert expected_type("If we end the contract, how long do we have to take our data out?").kind == "duration"
    assert expected_type("When the lease ends, when must the tenant leave?").kind == "date"
    course = chunk(0, "medical/steroid_course_leaflet_wexcombe.pdf", 1, (
        "Your steroid course\nTake 6 steroid tablets (30 mg) once a day, in the morning, for 5 days.\n"
        "You do not need to reduce the dose slowly at the end of the course.\nStore below 25 C."), "Your steroid course")
    ans = read("When I get to the end of my steroid tablets, do I have to cut them down slowly?", [course],
               corpus=[course, *CORPUS])
    assert not ans.refused and "You do not need to reduce the dose slowly" in ans.answer


def test_a_count_of_users_is_read_against_a_tiers_user_band():
    tiers = chunk(0, "legal/booking_software_order_wexcombe.pdf", 3, (
        "Schedule B - Prices\nTier A, Named Users 1 to 25, Price per Named User per month GBP 18.00.\n"
        "Tier B, Named Users 26 to 100, Price per Named User per month GBP 15.50.\n"
        "Tier C, Named Users 101 to 300, Price per Named User per month GBP 12.75."), "Schedule B - Prices")
    ans = read("We have 64 users at the practice. What is the price per user per month?", [tiers],
               corpus=[tiers, *CORPUS])
    assert not ans.refused and "GBP 15.50" in ans.answer and "GBP 18.00" not in ans.answer
    from chatbot.answer.asked import question_values
    assert question_values("What is the Tier 4 price per user?") == []  # a row's name, no count of users


def test_a_defined_terms_value_is_read_from_the_definitions_when_the_question_names_the_term():
    sale = "legal/boat_sale_agreement_wexcombe.pdf"
    defined = chunk(0, sale, 1, (
        '1. Definitions\n1.1 "Handover Date" means 30 June 2027. "Deposit" means the sum in clause 3.1. '
        '"Buyer" means Rhys Holt.'), "1. Definitions")
    handover = chunk(1, sale, 2, (
        "5. Handover\n5.1 The Seller delivers the Boat at the marina on the Handover Date.\n5.2 The mooring fee "
        "is paid by the Seller up to the Handover Date and in the July 2027 invoice."), "5. Handover")
    corpus = [defined, handover, *CORPUS]
    ans = read("What is Rhys Holt's handover date under the boat sale agreement?", [handover], corpus=corpus)
    assert not ans.refused and "30 June 2027" in ans.answer and "July 2027" not in ans.answer
    from chatbot.answer.verify.question import asked_subject
    assert asked_subject("What is Rhys Holt's handover date?") == asked_subject("What is the handover date?") != set()


def test_a_since_premise_is_corrected_by_the_sentence_that_says_it_is_not_so():
    birth = chunk(0, "medical/pregnancy_sugar_leaflet_wexcombe.pdf", 2, (
        "When will my baby be born?\nIf you take insulin, you will be offered induction or a planned caesarean between "
        "37 and 38 weeks.\nIf your sugar is controlled by diet alone, you will be offered birth by 41 weeks.\n"
        "Diabetes in pregnancy on its own is not a reason for a caesarean section."), "When will my baby be born?")
    ans = read("Since I've got diabetes in pregnancy I'll have to have a caesarean - at how many weeks do they book it?",
               [birth], corpus=[birth, *CORPUS])
    assert not ans.refused and "is not a reason for a caesarean section" in ans.answer
    from chatbot.answer.verify.question import premise_of
    assert premise_of("Since the warranty runs for a year, what does it cover?") == "the warranty runs for a year"



def test_a_price_whose_thing_is_named_by_the_row_quoted_beside_it_is_answered():
    from chatbot.answer.verify.premise import charged_for_elsewhere
    from chatbot.answer.verify.question import analyse_question
    from chatbot.answer.verify.scoring import Candidate, Passage, Scorer
    text = ("Schedule 1 - Rates\nWork BSL video interpreting, full day (up to 7 hours), Rate GBP 410.\n"
            "Work Interpreting on a Saturday, Sunday or bank holiday, Rate 1.5 times the day rate.")
    first, saturday = text.splitlines()[1:]
    rows = [Candidate(1, text.index(row), text.index(row) + len(row), row) for row in (first, saturday)]
    qa = analyse_question("What do they charge for BSL video interpreting if it is done on a Saturday?")
    passages = [Passage(text, source="legal/interpreting_terms_wexcombe.pdf")]
    assert charged_for_elsewhere(qa, rows[1], passages, Scorer())  # alone, the Saturday row prices "interpreting"
    assert not charged_for_elsewhere(qa, rows[1], passages, Scorer(), beside=[rows[0]])  # quoted with the row it adds to
    from chatbot.answer.verify.question import expected_type
    assert expected_type("What does sign-language interpreting cost if it is done on a Saturday?").kind == "money"


def test_how_long_a_benefit_carries_on_is_answered_by_the_date_it_runs_until():
    benefits = chunk(0, "legal/exit_agreement_wexcombe.pdf", 2, (
        "7. Benefits\n7.1 The company car is returned by 28 February 2027.\n7.2 Dental cover continues until "
        "30 April 2027, at the Employer's cost.\n7.3 Pension contributions stop on the Leaving Date."), "7. Benefits")
    ans = read("How long does my dental cover carry on, and what happens to my pension contributions?", [benefits],
               corpus=[benefits, *CORPUS])
    assert not ans.refused and "until 30 April 2027" in ans.answer and "stop on the Leaving Date" in ans.answer


def test_a_sentence_giving_one_value_per_named_case_is_quoted_for_the_case_asked():
    fees = chunk(0, "legal/allotment_rules_wexcombe.pdf", 1, (
        "4. Rents\n4.1 The yearly rent is GBP 48 (Full Plot) or GBP 26 (Half Plot), due on 1 October.\n"
        "4.2 A water charge of GBP 9 a year is added to every plot."), "4. Rents")
    ans = read("What is the yearly rent for a half plot?", [fees], corpus=[fees, *CORPUS])
    assert not ans.refused and "GBP 26 (Half Plot)" in ans.answer and "GBP 48" not in ans.answer
    ans = read("What is the yearly rent for a plot?", [fees], corpus=[fees, *CORPUS])  # no case named: both
    assert not ans.refused and "GBP 48 (Full Plot) or GBP 26 (Half Plot)" in ans.answer


def test_what_a_thing_will_cost_is_answered_by_rows_whose_passage_names_the_thing():
    from chatbot.answer.verify.premise import charged_for_elsewhere
    from chatbot.answer.verify.question import analyse_question
    from chatbot.answer.verify.scoring import Candidate, Passage, Scorer
    rows = "Fuel Petrol car, First permit GBP 40.\nFuel Diesel car, First permit GBP 65."
    qa = analyse_question("My car runs on diesel. What will the yearly resident permit cost me?")
    for lead, priced_elsewhere in (("3.1 Yearly resident permit prices depend on the fuel.\n", False),
                                   ("3.1 Visitor vouchers are sold in books of ten.\n", True)):
        text = "3. Prices\n" + lead + rows
        diesel = text.index("Fuel Diesel")
        best = Candidate(1, diesel, len(text), text[diesel:])
        assert charged_for_elsewhere(qa, best, [Passage(text, source="legal/parking_wexcombe.pdf")], Scorer()) \
            is priced_elsewhere


def test_a_band_from_a_sum_with_pence_and_a_sum_written_as_40k_are_read():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import text_bands
    band, = text_bands("Monthly takings GBP 30,000.01 to GBP 55,000, Levy 2.5%.")
    assert (band.low, band.high, band.unit) == (30000.01, 55000.0, "money")
    assert question_values("we took £45k last month") == question_values("we took £45,000 last month")
    levy = chunk(0, "legal/franchise_levy_wexcombe.pdf", 2, (
        "6. Marketing levy\nThe levy depends on the month's takings:\nMonthly takings Up to GBP 30,000, Levy 3%.\n"
        "Monthly takings GBP 30,000.01 to GBP 55,000, Levy 2.5%.\nMonthly takings Over GBP 55,000, Levy 2%."),
        "6. Marketing levy")
    ans = read("Our shop took exactly GBP 30,000 in takings in June. What levy applies?", [levy], corpus=[levy, *CORPUS])
    assert not ans.refused and "Levy 3%" in ans.answer and "2.5%" not in ans.answer
    ans = read("what levy if monthly takings are about 40k", [levy], corpus=[levy, *CORPUS])
    assert not ans.refused and "Levy 2.5%" in ans.answer and "Levy 3%" not in ans.answer


def test_the_time_between_two_dates_in_the_case_is_read_against_a_tables_bands():
    from chatbot.answer.clock import date_gap
    assert date_gap("booked for 3 June 2027, cancelled on 1 March 2027") == [(94.0, "day"), (13.43, "week"), (3.09, "month")]
    assert date_gap("on 3 June") == []  # one date: no gap
    cancel = chunk(0, "legal/band_booking_terms_wexcombe.pdf", 2, (
        "5. Cancellation by the Client\nNotice received before the Event Date More than 6 months, Payable 10% of the fee.\n"
        "Notice received before the Event Date Less than 3 months, Payable 100% of the fee.\n"
        "Notice received before the Event Date 3 to 6 months, Payable 40% of the fee."), "5. Cancellation by the Client")
    ans = read("Our party is on 14 June 2027 and we cancelled by letter on 20 February 2027. How much of the fee do we pay?",
               [cancel], corpus=[cancel, *CORPUS])
    assert not ans.refused and "40% of the fee" in ans.answer and "10% of the fee" not in ans.answer \
        and "100% of the fee" not in ans.answer


def test_paying_up_front_is_the_deposit_and_keeping_it_going_is_renewing():
    terms_ = chunk(0, "legal/dj_booking_terms_wexcombe.pdf", 1, (
        "3. Payment\n3.1 The Client pays GBP 900 for the DJ package, which includes 5 hours of music.\n3.2 A deposit of "
        "20% of the package price secures the date.\n3.3 The balance is due 4 weeks before the event.\n4. Term\n4.1 This "
        "agreement lasts 3 years. The Client may renew it once, for a further 2 years, by notice given 6 months before "
        "it ends.\n4.2 Either party may end it at any time with 3 months' notice."), "3. Payment")
    ans = read("How much do we pay up front for the DJ package?", [terms_], corpus=[terms_, *CORPUS])
    assert not ans.refused and "A deposit of 20%" in ans.answer
    ans = read("If the nights go well, can we keep it going after the first 3 years?", [terms_], corpus=[terms_, *CORPUS])
    assert not ans.refused and "for a further 2 years" in ans.answer


def test_a_renal_table_by_band_columns_quotes_the_named_medicines_cell_for_the_case():
    """Columns split a quantity (eGFR bands), rows are medicines: the row the question names, its cell
    for the case's value (with the cell's ", max ..." kept), no other medicine's row; the case's own
    measurement before a dash ("eGFR 35 mL/min - ...") is no claim to correct."""
    table = chunk(0, "medical/renal_dosing_wexcombe.pdf", 2, (
        "Table 2. Doses by kidney function\n"
        "Medicine Velorix, eGFR above 50 mL/min 200 mg twice daily, eGFR 20 to 50 mL/min 100 mg twice daily, max 150 mg "
        "daily, eGFR below 20 mL/min Avoid.\n"
        "Medicine Tamsiprine, eGFR above 50 mL/min No change, eGFR 20 to 50 mL/min 5 mg once daily, eGFR below 20 mL/min "
        "2.5 mg once daily.\n"
        "Medicine Orvadil, eGFR above 50 mL/min 40 mg daily, eGFR 20 to 50 mL/min No change, eGFR below 20 mL/min Not "
        "studied."), "Table 2. Doses by kidney function")
    ans = read("eGFR 35 mL/min - what's the max daily dose of velorix?", [table], corpus=[table, *CORPUS])
    assert not ans.refused and "100 mg twice daily, max 150 mg daily" in ans.answer
    assert "200 mg" not in ans.answer and "Tamsiprine" not in ans.answer and "Orvadil" not in ans.answer
    ans = read("My eGFR is 12 mL/min, what dose of Tamsiprine do I take?", [table], corpus=[table, *CORPUS])
    assert not ans.refused and "2.5 mg once daily" in ans.answer and "Velorix" not in ans.answer


def test_rows_of_one_table_share_headings_by_place():
    from chatbot.answer.verify.pieces import same_table
    a = "Medicine Velorix, eGFR above 50 mL/min 200 mg, eGFR 20 to 50 mL/min 100 mg, eGFR below 20 mL/min Avoid."
    b = "Medicine Orvadil, eGFR above 50 mL/min 40 mg, eGFR 20 to 50 mL/min No change, eGFR below 20 mL/min Avoid."
    assert same_table(a, b) and not same_table(a, "Medicine Orvadil is taken with food, at night, with water.")


def test_a_cell_under_a_heading_with_its_currency_or_unit_holds_that_kind():
    from chatbot.answer.verify.terms import terms
    assert terms("Boiler service, Fee (GBP, incl. VAT) 95.00.").money == {"95"}
    assert ("250", "mg") in terms("Dose (mg) 250 twice daily").quantities
    assert not terms("Clause (b) 2024").money  # a bracket without a currency or unit says nothing
    prices = chunk(0, "legal/heating_service_plan_wexcombe.pdf", 3, (
        "Schedule 2 - Charges\nAnnual boiler service, Unit per visit, Fee (GBP, incl. VAT) 95.00.\n"
        "Emergency call-out, Unit per visit, Fee (GBP, incl. VAT) 140.00."), "Schedule 2 - Charges")
    ans = read("What's the price of an annual boiler service under the Wexcombe plan?", [prices], corpus=[prices, *CORPUS])
    assert not ans.refused and "95.00" in ans.answer and "140.00" not in ans.answer


def test_when_the_case_happens_and_how_many_restrict_nothing():
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("how much to swap the name on a ticket for next week's gig").restrictions == []
    assert analyse_question("What is the fee for a single booking?").restrictions == [{"book"}]
    swap = chunk(0, "legal/gig_tickets_wexcombe.pdf", 1, (
        "6. Changes\n6.1 A name change costs GBP 3.50 per ticket.\n6.2 Tickets cannot be exchanged for another event."),
        "6. Changes")
    ans = read("how much to swap the name on a ticket for next week's gig", [swap], corpus=[swap, *CORPUS])
    assert not ans.refused and "GBP 3.50" in ans.answer


def test_everyday_phrases_for_a_refund_utilities_and_blood_sugar_are_read_the_documents_way():
    from chatbot.answer.verify.question import plain_words
    assert "(refund)" in plain_words("can I get my money back?")
    assert "(utilities)" in plain_words("does the rent include the water bill?")
    assert "(glucose)" in plain_words("my blood sugar is 19")
    assert plain_words("I've had the runs since Tuesday") == "I've had diarrhoea since Tuesday"  # an idiom: replaced
    rent = chunk(0, "legal/room_licence_wexcombe.pdf", 1, (
        "4. Rent\n4.1 The Rent is GBP 640 a month, due on the 3rd.\n4.2 The Rent does not include utilities, which "
        "the Licensee pays to the suppliers.\n4.3 The Rent is reviewed each April."), "4. Rent")
    ans = read("does the rent include the water bill?", [rent], corpus=[rent, *CORPUS])
    assert not ans.refused and "does not include utilities" in ans.answer


def test_an_exclusion_answers_a_question_about_what_is_included():
    """"Does the cover include X?" answered by "It does not cover X": the exclusion is the answer, not a
    case the document leaves out of its scope (which refuses)."""
    cover = chunk(0, "legal/gadget_cover_wexcombe.pdf", 1, (
        "2. What is covered\n2.1 The cover includes accidental damage and breakdown after the maker's guarantee.\n"
        "2.2 The cover does not include loss or theft.\n2.3 Claims are made online."), "2. What is covered")
    ans = read("Does the gadget cover include theft?", [cover], corpus=[cover, *CORPUS])
    assert not ans.refused and "does not include loss or theft" in ans.answer


def test_a_yes_no_question_about_a_thing_no_document_ever_names_is_refused():
    """"Is it safe to eat liquorice while ...": the leaflet speaks of eating and drinking, never of liquorice,
    and says it no other way: it is silent, and its nearest sentence is no answer."""
    leaflet = chunk(0, "medical/tervasone_leaflet_wexcombe.pdf", 2, (
        "4. Food and drink\n4.1 Take Tervasone with food and drink plenty of water.\n4.2 Avoid drinking alcohol while "
        "taking Tervasone."), "4. Food and drink")
    for question in ("Is it safe to eat liquorice while taking Tervasone?",
                     "Does the leaflet say patients taking Tervasone should avoid alcohol-free sunbeds?"):
        assert read(question, [leaflet], corpus=[leaflet, *CORPUS]).refused, question
    ans = read("Is it safe to drink alcohol while taking Tervasone?", [leaflet], corpus=[leaflet, *CORPUS])
    assert not ans.refused and "Avoid drinking alcohol" in ans.answer
    # the rule itself: held words that outweigh the thing ("drink ... juice", juice said otherwise) do not make a
    # word no indexed passage uses ("grapefruit") said
    from chatbot.answer.verify.silence import silent_thing
    from chatbot.answer.verify.terms import terms
    shown = terms("Avoid drinking alcohol while taking Tervasone, and drink plenty of water.").words
    idf = {"grapefruit": 3.0}.get  # (light enough that weight alone would call it said)
    ask = "Is it safe to drink grapefruit juice while taking Tervasone?"
    assert silent_thing(ask, shown, set(), lambda w: idf(w, 4.0), {"juic"}) == ""
    assert silent_thing(ask, shown, set(), lambda w: idf(w, 4.0), {"juic"}, seen=lambda w: w != "grapefruit")


def test_a_cause_the_documents_never_name_is_silence():
    """"Does eating chocolate make acne worse?" asks whether a thing causes it: a leaflet that never names
    chocolate is silent, though it says what else "can make acne worse"."""
    leaflet = chunk(0, "medical/rosacea_leaflet_tamberly.pdf", 1, (
        "What makes it worse?\nHot drinks, alcohol and strong sunlight can make rosacea worse. Wash with a mild "
        "cleanser once a day."), "What makes it worse?")
    ans = read("Does eating chocolate make my rosacea worse?", [leaflet], corpus=[leaflet, *CORPUS])
    assert ans.refused, ans.answer
    ans = read("Does alcohol make rosacea worse?", [leaflet], corpus=[leaflet, *CORPUS])
    assert not ans.refused and "can make rosacea worse" in ans.answer, ans.answer


def test_what_the_asker_believes_before_so_restricts_nothing():
    """"GPs always give antibiotics for a chesty cold, so should my son have them?": the belief before "so"
    may be false; its "for a chesty cold" is no case the answer must name (the correction answers it). A
    question before " - " is no belief: "Who pays for X - do we get charged?" still asks about X."""
    leaflet = chunk(0, "medical/common_cold_leaflet_brackwater.pdf", 1, (
        "Do I need antibiotics?\nAntibiotics do not work for colds, so your GP will not prescribe them for a cold. "
        "Most colds get better on their own within 7 to 10 days."), "Do I need antibiotics?")
    ans = read("GPs always give antibiotics for a chesty cold, so should my son have them?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert not ans.refused and "Antibiotics do not work for colds" in ans.answer, ans.answer
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("Who pays for the carer's parking when she visits - do we get charged?").restrictions


def test_a_past_form_is_read_as_its_verb():
    from chatbot.answer.verify.terms import stem
    assert stem("held") == stem("hold") and stem("paid") == stem("pay") and stem("woken") == stem("wake")
    assert stem("left") != stem("leave")  # also a direction ("left hip"): left as it is
    pen = chunk(0, "medical/glucagon_kit_wexcombe.pdf", 1, (
        "3. Giving the injection\n- Push the needle straight into the outer thigh.\n- Hold it in place for 10 seconds, "
        "then remove it.\n- Turn the person onto their side.\n4. Afterwards\nCall 999 if they do not wake within 15 "
        "minutes."), "3. Giving the injection")
    ans = read("How long is the glucagon needle held in the thigh?", [pen], corpus=[pen, *CORPUS])
    assert not ans.refused and "Hold it in place for 10 seconds" in ans.answer


def test_the_row_that_states_the_asked_value_answers_a_reverse_lookup():
    """"Which weight band gets the 1,200 mg dose?": the row stating 1,200 mg, not its neighbours; "2 x 500 mg +
    1 x 200 mg" is a sum of tablets, no band "500 mg or more"."""
    from chatbot.answer.ranges import text_bands
    assert text_bands("Tablets 2 x 500 mg + 1 x 200 mg.") == [] and text_bands("Aged 65+")[0].low == 65
    doses = chunk(0, "medical/velbracin_dosing_wexcombe.pdf", 1, (
        "Table 1. Dose by body weight\n"
        "Body weight (kg) 40 to 49, Dose each time 1,000 mg, Tablets 2 x 500 mg.\n"
        "Body weight (kg) 50 to 64, Dose each time 1,200 mg, Tablets 2 x 500 mg + 1 x 200 mg.\n"
        "Body weight (kg) 65 or more, Dose each time 1,500 mg, Tablets 3 x 500 mg."), "Table 1. Dose by body weight")
    ans = read("Which body weight range gets the 1,200 mg velbracin dose?", [doses], corpus=[doses, *CORPUS])
    assert not ans.refused and "50 to 64" in ans.answer and "40 to 49" not in ans.answer and "65 or more" not in ans.answer


def test_a_date_in_the_case_is_read_against_a_tables_bands_of_dates():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import text_bands
    band, = text_bands("Notice received 1 July to 30 September, Refund 25%.")
    assert (band.low, band.high, band.unit) == (182.0, 273.0, "date")  # days of the year, no "1 to 30" band
    assert question_values("we give notice on 14 August")[0].unit == "date"
    refunds = chunk(0, "legal/allotment_licence_wexcombe.pdf", 2, (
        "7. Giving up the plot\nThe yearly rent is refunded by the date your notice is received:\n"
        "Notice received Before 1 April, Refund of the yearly rent 75%.\n"
        "Notice received 1 April to 31 July, Refund of the yearly rent 40%.\n"
        "Notice received 1 August or later, Refund of the yearly rent none."), "7. Giving up the plot")
    ans = read("If our notice reaches them on 3 June, how much of the yearly rent do we get refunded?", [refunds],
               corpus=[refunds, *CORPUS])
    assert not ans.refused and "40%" in ans.answer and "75%" not in ans.answer


def test_a_running_footer_is_never_quoted():
    from chatbot.answer.verify.terms import is_title
    assert is_title("Wexcombe Travel Clinic - Patient guide TG-2, version 3 (2026) Page 1 of 2")
    assert not is_title("Take 2 tablets a day for 7 days, then stop.")


def test_the_column_a_question_names_with_its_numbers_is_quoted_with_the_rows_key():
    from chatbot.answer.cells import named_by_numbers
    row = "Daily cigarettes Over 25, Weeks 1 to 6 25 mg patch, Weeks 7 and 8 15 mg patch, Weeks 9 and 10 10 mg patch."
    a, b = named_by_numbers("which patch in weeks 7 and 8 if I smoke over 25?", row)
    assert row[a:b] == "Weeks 7 and 8 15 mg patch"
    assert named_by_numbers("which patch do I start on?", row) is None
    plans = "Plan Kestrel Max, 24 months GBP 17.00, 12 months GBP 19.00, 30-day rolling GBP 21.00."
    a, b = named_by_numbers("how much is kestrel max on a 12 month contract", plans)  # "12 month": "12 months"
    assert plans[a:b] == "12 months GBP 19.00"
    a, b = named_by_numbers("Kestrel Max on a 30 day rolling plan?", plans)  # "30 day": "30-day"
    assert plans[a:b].rstrip(".") == "30-day rolling GBP 21.00"
    table = chunk(0, "medical/patch_guide_wexcombe.pdf", 1, (
        "2. Patch strength\nDaily cigarettes Over 25, Weeks 1 to 6 25 mg patch, Weeks 7 and 8 15 mg patch, Weeks 9 "
        "and 10 10 mg patch.\nDaily cigarettes 10 to 25, Weeks 1 to 6 15 mg patch, Weeks 7 and 8 10 mg patch, Weeks 9 "
        "and 10 5 mg patch."), "2. Patch strength")
    ans = read("I smoke 30 a day - which patch strength do I use in weeks 7 and 8?", [table], corpus=[table, *CORPUS])
    assert not ans.refused and "15 mg patch" in ans.answer and "25 mg patch" not in ans.answer


def test_a_figure_for_an_earlier_year_does_not_answer_a_later_one():
    fees = chunk(0, "legal/marina_berth_licence_wexcombe.pdf", 3, (
        "Schedule 1 - Berth fees\nBerth size Up to 8 m, Berth Fee 2027 (incl. VAT) GBP 2,400.\n"
        "Berth size Over 8 m, Berth Fee 2027 (incl. VAT) GBP 3,150.\nFees are reviewed each November."),
        "Schedule 1 - Berth fees")
    assert read("What will the berth fee for a 7 m boat be in 2029?", [fees], corpus=[fees, *CORPUS]).refused
    ans = read("What is the berth fee for a 7 m boat in 2027?", [fees], corpus=[fees, *CORPUS])
    assert not ans.refused and "GBP 2,400" in ans.answer
    ans = read("My boat was built in 2019 and is 7 m long. What is its berth fee?", [fees], corpus=[fees, *CORPUS])
    assert not ans.refused and "GBP 2,400" in ans.answer  # an earlier year is the case's own


def test_how_much_of_a_thing_someone_will_pay_is_refused_when_only_another_thing_is_priced():
    letter = chunk(0, "legal/conveyancing_quote_wexcombe.pdf", 1, (
        "Your purchase of 3 Mill Lane for GBP 310,000.\nOur fixed fee for the purchase is GBP 1,150 plus VAT. "
        "We will pay Land Tax to the authority for you on completion."), "Your purchase")
    assert read("How much land tax will Mr Ode pay on 3 Mill Lane?", [letter], corpus=[letter, *CORPUS]).refused
    ans = read("How much of a fixed fee will Mr Ode pay for the purchase?", [letter], corpus=[letter, *CORPUS])
    assert not ans.refused and "GBP 1,150" in ans.answer


def test_a_reading_over_100_is_never_read_against_a_percentage_band():
    """"My peak flow is 320" is a reading in L/min, not "Peak flow (% of best) 80% or more": the row whose
    readings band holds it answers, alone."""
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import band_fit
    row = "Zone GREEN, Peak flow (% of best) 80% or more, My readings 400 L/min or more."
    assert band_fit(question_values("my peak flow was 300 this morning"), row, row=True) < 1  # not "80% or more"
    zones = chunk(0, "medical/copd_plan_wexcombe.pdf", 1, (
        "My zones\nZone GREEN, Peak flow (% of best) 80% or more, My readings 400 L/min or more, What to do Usual inhalers.\n"
        "Zone AMBER, Peak flow (% of best) 60% to 79%, My readings 300 to 399 L/min, What to do Start the rescue pack.\n"
        "Zone RED, Peak flow (% of best) below 60%, My readings below 300 L/min, What to do Call 999."), "My zones")
    ans = read("My peak flow is 320 today. What should I do?", [zones], corpus=[zones, *CORPUS])
    assert not ans.refused and "Start the rescue pack" in ans.answer
    assert "Usual inhalers" not in ans.answer and "Call 999" not in ans.answer


def test_an_ordinal_names_the_numbered_item():
    """"the second instalment" is "Instalment 2": the other instalments' rows are another item's."""
    from chatbot.answer.verify.terms import numbered_items
    assert numbered_items("When is the second instalment due?") == {"instalment": {"2"}}
    assert numbered_items("her 3rd dose") == {"dose": {"3"}}
    plan = chunk(0, "legal/choir_tour_terms_wexcombe.pdf", 1, (
        "4. Paying for the tour\nPayment Instalment 1, Due by Monday 11 January 2027, Amount GBP 120.\n"
        "Payment Instalment 2, Due by Monday 8 March 2027, Amount GBP 120.\n"
        "Payment Instalment 3, Due by Monday 10 May 2027, Amount GBP 95."), "4. Paying for the tour")
    ans = read("When is the second instalment for the choir tour due?", [plan], corpus=[plan, *CORPUS])
    assert not ans.refused and "8 March 2027" in ans.answer
    assert "11 January" not in ans.answer and "10 May" not in ans.answer


def test_a_reading_without_a_unit_picks_the_cell_its_label_heads():
    """"a heart rate of 142" against cells headed "Heart rate AMBER (/min)" and "Heart rate RED (/min)":
    the cell whose band holds it is quoted with the row's key, not the neighbouring cells' bands."""
    tool = chunk(0, "medical/child_triage_wexcombe.pdf", 1, (
        "Table 2 - Flags by age\n"
        "Age 1 to 2 years, Heart rate AMBER (/min) 140 to 149, Heart rate RED (/min) 150 or more, Resp. rate AMBER "
        "(/min) 40 to 49, Resp. rate RED (/min) 50 or more.\n"
        "Age 3 to 5 years, Heart rate AMBER (/min) 125 to 134, Heart rate RED (/min) 135 or more, Resp. rate AMBER "
        "(/min) 30 to 34, Resp. rate RED (/min) 35 or more."), "Table 2 - Flags by age")
    ans = read("A 4-year-old has a heart rate of 138. Is that an amber or a red flag?", [tool], corpus=[tool, *CORPUS])
    assert not ans.refused and "135 or more" in ans.answer
    assert "125 to 134" not in ans.answer and "150 or more" not in ans.answer
    ans = read("A 4-year-old has a respiratory rate of 32. Is that an amber or a red flag?", [tool], corpus=[tool, *CORPUS])
    assert not ans.refused and "30 to 34" in ans.answer and "35 or more" not in ans.answer  # "Resp." heads it


def test_a_row_keyed_by_one_age_is_not_quoted_beside_the_band_that_holds_the_case():
    """"Age 5 years" leaves a 9-year-old out as "Age 8 to 11 years" holds them: the one row is quoted."""
    tool = chunk(0, "medical/child_flags_wexcombe.pdf", 1, (
        "Table 3 - Breathing flags by age\n"
        "Age 5 years, Resp. rate AMBER (/min) 24 to 28, Resp. rate RED (/min) 29 or more, Heart rate RED (/min) 130 "
        "or more, or below 60.\n"
        "Age 8 to 11 years, Resp. rate AMBER (/min) 22 to 24, Resp. rate RED (/min) 25 or more, Heart rate RED (/min) "
        "115 or more, or below 60."), "Table 3 - Breathing flags by age")
    ans = read("My 9-year-old has a breathing rate of 23. Amber or red on the breathing flags table?", [tool],
               corpus=[tool, *CORPUS])
    assert not ans.refused and "22 to 24" in ans.answer and "24 to 28" not in ans.answer


def test_the_sentence_that_refers_back_answers_the_second_question():
    """"What are the signs ..., and what should I do if I get them?": the sentence after the signs, which
    refers back to them ("If you notice any of these, ..."), answers the second question."""
    leaflet = chunk(0, "medical/digoxin_leaflet_wexcombe.pdf", 1, (
        "Too much digoxin\nSigns of too much digoxin include feeling sick, loss of appetite, blurred or yellow "
        "vision and a slow pulse. If you notice any of these, miss your next dose and ring your surgery the same "
        "day. Keep all medicines out of the sight and reach of children."), "Too much digoxin")
    ans = read("What are the signs of too much digoxin, and what should I do if I get them?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert not ans.refused and "slow pulse" in ans.answer
    assert "miss your next dose" in ans.answer and "out of the sight" not in ans.answer
    lockers = chunk(2, "legal/locker_licence_wexcombe.pdf", 1, (
        "3. Fees and deposit\n3.1 Fees for each locker size are in Schedule 2. Discounted prices (such as 30% off the "
        "first 6 weeks) apply only to your first locker and end if you move to another locker.\n3.2 A deposit equal to "
        "3 weeks' locker fee is payable at the start. We return it within 7 working days of the end of the licence, "
        "less any sums you owe us.\n3.3 We may increase the fees on 30 days' notice, but not more than once in any 6 "
        "months."), "3. Fees and deposit")
    ans = read("How big is the deposit on a locker and how soon do I get it back after I leave?", [lockers],
               corpus=[lockers, *CORPUS])
    assert not ans.refused and "3 weeks' locker fee" in ans.answer and "within 7 working days" in ans.answer
    assert "Discounted prices" not in ans.answer


def test_what_the_asker_does_not_choose_restricts_nothing():
    """"by direct debit instead of up front": "up front" is what is not chosen, no restriction the answer must hold."""
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("If I pay by card instead of up front, what is the surcharge?").restrictions == []
    fees = chunk(0, "legal/allotment_tenancy_wexcombe.pdf", 1, (
        "2. Rent\n2.1 The rent is set each October.\n2.2 The rent is payable in full by 1 May, or by 8 monthly "
        "direct debits from May to December with a 4% surcharge."), "2. Rent")
    ans = read("If I pay the rent by direct debit instead of up front, what's the surcharge?", [fees],
               corpus=[fees, *CORPUS])
    assert not ans.refused and "4% surcharge" in ans.answer


def test_a_chance_written_1_in_n_is_read_against_bands_of_chances():
    """"1 in 90" is held by "1 in 2 to 1 in 150", not by "1 in 151 to 1 in 1,000": that row alone is quoted."""
    results = chunk(0, "medical/newborn_screening_wexcombe.pdf", 1, (
        "What your result means\nYour chance 1 in 2 to 1 in 150, Meaning Higher chance, Next step Offered a diagnostic "
        "test.\nYour chance 1 in 151 to 1 in 1,000, Meaning Intermediate chance, Next step Offered a second screen.\n"
        "Your chance 1 in 1,001 or lower, Meaning Lower chance, Next step No further tests."), "What your result means")
    ans = read("My screening result came back as 1 in 90. What happens next?", [results], corpus=[results, *CORPUS])
    assert not ans.refused and "diagnostic test" in ans.answer
    assert "second screen" not in ans.answer and "No further tests" not in ans.answer


def test_the_clause_whose_band_holds_the_case_is_quoted_alone():
    """"cancelled 14 to 28 days before ... 25%; those cancelled less than 14 days before ... 60%": a case of
    20 days quotes the first clause only; one of 5 days the sentence's lead and the second clause."""
    terms_ = chunk(0, "legal/function_room_terms_wexcombe.pdf", 2, (
        "6. Cancelling\n6.1 Function room bookings cancelled 14 to 28 days before the event are charged at 25% of "
        "the hire fee; those cancelled less than 14 days before are charged at 60% of the hire fee.\n6.2 We refund "
        "deposits within 10 days."), "6. Cancelling")
    ans = read("We have to cancel our function room booking 20 days before. What will we be charged?", [terms_],
               corpus=[terms_, *CORPUS])
    assert not ans.refused and "25% of the hire fee" in ans.answer and "60%" not in ans.answer
    ans = read("We have to cancel our function room booking 5 days before. What will we be charged?", [terms_],
               corpus=[terms_, *CORPUS])
    assert not ans.refused and "60% of the hire fee" in ans.answer and "25%" not in ans.answer
    assert "Function room bookings cancelled" in ans.answer  # the sentence's lead, then the clause


def test_coming_off_a_medicine_is_stopping_it_and_slowly_is_gradually():
    """"come off the steroid tablets" is stopping them ("when do the dressings come off?" is still their
    removal), and "slowly" is the leaflet's "gradually": the course's own sentence answers."""
    from chatbot.answer.verify.question import plain_words
    assert plain_words("when do the dressings come off?") == "when do the dressings come off (remove)?"
    assert plain_words("can I come off my tablets?") == "can I come off (stop) my tablets?"
    pack = chunk(0, "medical/asthma_rescue_pack_wexcombe.pdf", 1, (
        "Your steroid course\nTake 8 prednisolone tablets together each morning for 5 days. Stop after 5 days; "
        "there is no need to reduce the dose gradually. Steroids can upset your stomach, so take them with food."),
        "Your steroid course")
    ans = read("Do I have to come off the steroid tablets slowly at the end of my rescue course?", [pack],
               corpus=[pack, *CORPUS])
    assert not ans.refused and "no need to reduce the dose gradually" in ans.answer


def test_interest_asked_for_may_be_an_amount():
    """"what interest do I pay?" is answered by "interest at GBP 2.10 per day" as well as by a rate."""
    from chatbot.answer.verify.question import expected_type
    assert "money" in {t.kind for t in expected_type("what interest do I pay?").also}
    assert not expected_type("what interest rate do they charge?").also
    loan = chunk(0, "legal/scooter_finance_wexcombe.pdf", 1, (
        "2. Changing your mind\n2.1 You may withdraw within 14 days of signing. 2.2 You must then repay the credit "
        "with interest at GBP 2.10 per day from the day you received the scooter.\n2.3 Late payments cost GBP 12."),
        "2. Changing your mind")
    ans = read("If I withdraw, what interest do I pay?", [loan], corpus=[loan, *CORPUS])
    assert not ans.refused and "GBP 2.10 per day" in ans.answer


def test_a_dose_rows_age_band_is_no_scope_of_the_document():
    """"Body weight 40 kg and over, Age 12 years and over, Dose 500 mg" is a row of the table, read with its
    headings: its "12 years and over" does not leave a 2-year-old out of the leaflet."""
    chart = chunk(0, "medical/cough_syrup_wexcombe.pdf", 1, (
        "Dose by weight\nBody weight 10 kg to 15.9 kg, Age (guide only) 1 to 3 years, Dose 2.5 mL three times a day.\n"
        "Body weight 40 kg and over, Age (guide only) 12 years and over, Dose 10 mL three times a day."),
        "Dose by weight")
    ans = read("My son is 2 and weighs 14 kg. How many mL of the syrup each dose?", [chart], corpus=[chart, *CORPUS])
    assert not ans.refused and "2.5 mL three times a day" in ans.answer


def test_a_value_asked_of_a_thing_the_answering_document_never_says_is_refused():
    studio = "legal/rehearsal_studio_hire_tollgate.pdf"
    rooms = chunk(0, studio, 1, (
        "3. Rooms and equipment\n3.1 Every booking includes a PA system, two microphones and a drum kit.\n"
        "3.2 Rooms are hired by the hour at GBP 18 per hour, or GBP 110 for a full day.\n"
        "3.3 Cancellations made less than 48 hours before a booking are charged in full."), "3. Rooms and equipment")
    corpus = [rooms, *CORPUS]
    # the studio lists its kit and prices but never a brand, a wattage or a deposit account
    assert read("Which brand of drum kit does Tollgate supply?", [rooms], corpus=corpus).refused
    assert read("What wattage PA system is in the rooms at Tollgate?", [rooms], corpus=corpus).refused
    assert read("How much is the security deposit for a full day at Tollgate?", [rooms], corpus=corpus).refused
    # a word for the kind of value ("price", "time") or a lay word for what is said is not a thing unsaid
    day = read("What is the price of a full day at Tollgate?", [rooms], corpus=corpus)
    assert not day.refused and "GBP 110" in day.answer
    hour = read("What is the hourly rate at Tollgate?", [rooms], corpus=corpus)
    assert not hour.refused and "GBP 18 per hour" in hour.answer
    kit = read("What is supplied with every booking at Tollgate?", [rooms], corpus=corpus)  # "supplied" is no thing
    assert not kit.refused and "drum kit" in kit.answer
    mics = read("Which microphones are included in every booking at Tollgate?", [rooms], corpus=corpus)
    assert not mics.refused and "two microphones" in mics.answer


def test_a_yes_no_question_naming_its_document_with_a_slash_or_ampersand_is_still_read_for_its_thing():
    deal = "legal/catering_agreement_hollis_and_rowe.pdf"
    terms_ = chunk(0, deal, 1, (
        "5. Service\n5.1 The Caterer shall provide all serving staff, crockery and linen for each event.\n"
        "5.2 The Caterer shall keep all kitchen areas clean and hand them back in the condition found."), "5. Service")
    corpus = [terms_, *CORPUS]
    assert read("Does the Hollis & Rowe / Brantwood agreement require the Caterer to hold a food hygiene rating of 5?",
                [terms_], corpus=corpus).refused
    staff = read("Does the Hollis & Rowe / Brantwood agreement require the Caterer to provide serving staff?",
                 [terms_], corpus=corpus)
    assert not staff.refused and "serving staff" in staff.answer


def test_readings_asked_at_one_time_are_not_shown_beside_the_same_readings_at_another():
    letter = "medical/haematology_letter_pell_hawksmoor.pdf"
    course = chunk(0, letter, 1, (
        "Clinical course\nOn admission haemoglobin was 82 g/L and ferritin 9 micrograms/L after a week of heavy "
        "bleeding. She was given two units of blood and an iron infusion. At discharge haemoglobin was 104 g/L and "
        "ferritin 240 micrograms/L. She will see her GP in 4 weeks."), "Clinical course")
    corpus = [course, *CORPUS]
    # "and" in "haemoglobin and ferritin" is no unknown thing, and the admission readings are another time's
    ans = read("What were Mrs Pell's haemoglobin and ferritin at discharge?", [course], corpus=corpus)
    assert not ans.refused and "104 g/L" in ans.answer and "82 g/L" not in ans.answer


def test_a_case_counted_in_people_hours_or_months_picks_its_band_however_the_table_words_it():
    from chatbot.answer.asked import question_values
    assert [(v.number, v.unit) for v in question_values("There are 12 of us.")] == [(12.0, "person")]
    assert question_values("Our 5 US offices share it.") == []  # "US" is no count of people
    assert [(v.number, v.unit) for v in question_values("It took 30 working hours.")] == [(30.0, "hour")]
    # an age in months is also an age in years, except beside a weight, which a dose goes by first
    assert (1.5, "year") in [(v.number, v.unit) for v in question_values("My 18-month-old has a cough.")]
    assert (1.5, "year") not in [(v.number, v.unit) for v in question_values("My 18-month-old weighs 14 kg.")]
    from chatbot.answer.ranges import band_fit  # an area is no age: a 68-year-old is in no band of square metres
    assert band_fit(question_values("I'm 68 and rent a plot."), "Plot Half plot, Area 66 to 150 square metres, Rent GBP 52") == 0
    # a length spelt out is a length: "a 7.5 metre frontage" is in the band over 6 m up to 9 m
    assert [(v.number, v.unit) for v in question_values("I need a 7.5 metre frontage.")] == [(7.5, "m")]
    assert band_fit(question_values("I need a 7.5 metre frontage."), "Frontage Over 6 m up to 9 m, Fee GBP 620") == 1
    assert band_fit(question_values("I need a 7.5 metre frontage."), "Frontage Over 9 m, Fee GBP 620 plus GBP 60") == -1
    deal = "legal/payroll_bureau_terms_wexcombe.pdf"
    fees = chunk(0, deal, 1, (
        "4. Fees\nNumber of users 1 to 20 users, Fee per user per month GBP 9.\nNumber of users 21 to 60 users, Fee "
        "per user per month GBP 7.\nNumber of users 61 users or more, Fee per user per month GBP 5."), "4. Fees")
    repair = chunk(1, deal, 2, (
        "6. Service credits\nFault fixed Within 8 Working Hours, Credit None.\nFault fixed More than 8 and up to 24 "
        "Working Hours, Credit 10% of the monthly fee.\nFault fixed More than 24 Working Hours, Credit 25% of the "
        "monthly fee."), "6. Service credits")
    corpus = [fees, repair, *CORPUS]
    price = read("We have 35 staff on the Wexcombe payroll service. What do we pay per user?", [fees], corpus=corpus)
    assert "GBP 7" in price.answer and "GBP 9" not in price.answer and "GBP 5" not in price.answer
    credit = read("Our payroll portal was down for 30 working hours. What credit do we get?", [repair], corpus=corpus)
    assert "25%" in credit.answer and "10%" not in credit.answer


def test_what_an_exclusion_says_to_do_instead_is_not_what_it_leaves_out():
    guide = "medical/nicotine_patch_guide_wexcombe.pdf"
    rules = chunk(0, guide, 1, (
        "2. Who it is for\nNot for use in pregnancy or under 16s: refer to the Specialist Smoking Cessation "
        "Team.\n3. Patches\n3.1 After the first 8 weeks on the 21 mg patch, step down to the 14 mg patch for 2 weeks."),
        "2. Who it is for")
    corpus = [rules, *CORPUS]
    # "smoking cessation" follows the colon: the team to refer to, not a case the guide leaves out
    ans = read("What patch follows the 21 mg patch in smoking cessation?", [rules], corpus=corpus)
    assert not ans.refused and "14 mg" in ans.answer
    assert read("What patch should a pregnant woman use?", [rules], corpus=corpus).refused


def test_a_lowercase_document_named_by_its_kind_restricts_nothing_and_swapped_keys_are_read_back():
    assert Speller({"contact": 50, "contract": 10, "number": 20}).word("contarct") == "contract"  # two keys swapped
    deal = "legal/window_cleaning_agreement_wexcombe.pdf"
    term = chunk(0, deal, 1, (
        "2. Term\n2.1 The Customer pays Wexcombe Window Care for a minimum of 6 visits a year, whatever the weather.\n"
        "2.2 Either party may end this agreement on 30 days' notice after the first year."), "2. Term")
    corpus = [term, *CORPUS]
    ans = read("whats the minimum number of visits we pay for on the wexcombe contract", [term], corpus=corpus)
    assert not ans.refused and "6 visits" in ans.answer


def test_everyday_words_for_a_balance_a_season_and_a_bonfire_reach_the_documents_words():
    from chatbot.answer.verify.question import plain_words
    assert plain_words("when do I pay the rest?") == "when do I pay the rest (balance)?"
    assert plain_words("my bitch will be on heat") == "my bitch will be in season"  # ("heat" would read "heated")
    assert plain_words("can I burn garden rubbish in July?") == "can I burn garden rubbish (bonfire) in July?"
    assert plain_words("the rest of the week") == "the rest of the week"  # no money: no balance


def test_opposites_made_from_one_root_are_never_a_bridge_to_the_documents_word():
    from chatbot.answer.verify.terms import opposite as _opposite
    # "upload speed" is not said by "Download speed", however close a word encoder puts them
    assert _opposite("upload", "download") and _opposite("increase", "decrease") and _opposite("maximum", "minimum")
    assert not _opposite("vaccination", "immunisation") and not _opposite("labrador", "dog")


def test_a_branch_for_those_the_case_is_not_and_a_case_written_as_notes_are_read_against_it():
    from chatbot.answer.verify.question import denied_case
    assert denied_case("58yo woman, confirmed HTN, not diabetic - which drug?") == {"diabet"}
    assert denied_case("stage 2 hypertension, no diabetes. Which drug?") == {"diabet"}
    guide = "medical/lipid_guideline_wexcombe.pdf"
    branches = chunk(0, guide, 1, (
        "4. First-line treatment\n4.1 For adults who are not of South Asian family origin, offer Alvarin 10 mg.\n"
        "4.2 For adults of South Asian family origin, offer Belvaxin 5 mg.\n"
        "4.3 For adults with diabetes, offer Corvitan 20 mg."), "4. First-line treatment")
    corpus = [branches, *CORPUS]
    ans = read("60-year-old man of South Asian family origin - which first-line drug?", [branches], corpus=corpus)
    assert "Belvaxin" in ans.answer and "Alvarin" not in ans.answer
    # the row that says "no translation" itself is the asker's case, not one it denies
    rates = chunk(1, "legal/translation_terms_wexcombe.pdf", 1, (
        "3. Rates\nService Translation and proofreading, Rate GBP 0.12 per word.\n"
        "Service Proofreading only (no translation), Rate GBP 0.03 per word."), "3. Rates")
    rate = read("What is the rate for proofreading, no translation?", [rates], corpus=[rates, *corpus])
    assert "GBP 0.03" in rate.answer and "GBP 0.12" not in rate.answer


def test_a_column_ruled_out_by_non_or_not_a_lab_band_in_g_per_l_and_a_headcount_are_read_in_a_row():
    fees = chunk(0, "legal/grooming_parlour_terms_astbury.pdf", 1, (
        "4. Daily rates\nCoat Short, Length Under 2 cm, Standard rate GBP 22, Peak rate GBP 29.\n"
        "Coat Long, Length 2 cm or more, Standard rate GBP 27, Peak rate GBP 34."), "4. Daily rates")
    ans = read("What is the standard (non-peak) rate for a long coat?", [fees], corpus=[fees, *CORPUS])
    assert "GBP 27" in ans.answer and "GBP 34" not in ans.answer
    plans = chunk(1, "legal/case_software_order_form_astbury.pdf", 1, (
        "2. Fees\nBand A, Named Users 1 to 20, Monthly price per user GBP 40.00, Price if paid yearly in advance "
        "GBP 36.00.\nBand B, Named Users 21 to 80, Monthly price per user GBP 33.00, Price if paid yearly in "
        "advance GBP 29.50."), "2. Fees")
    ans = read("We have 45 fee earners and pay each quarter, not yearly in advance. What is the price per user per "
               "month?", [plans], corpus=[plans, *CORPUS])
    assert "GBP 33.00" in ans.answer and "GBP 29.50" not in ans.answer and "GBP 40.00" not in ans.answer
    doses = chunk(2, "medical/ferric_infusion_leaflet_astbury.pdf", 1, (
        "3. Your dose\nYour weight 50 kg and over, Hb 110 g/L or more 1,000 mg in one visit, Hb below 110 g/L "
        "1,500 mg over two visits."), "3. Your dose")
    ans = read("I weigh 64 kg and my Hb is 98 g/L. What dose will I get?", [doses], corpus=[doses, *CORPUS])
    assert "1,500 mg" in ans.answer and "1,000 mg" not in ans.answer


def test_a_table_laid_out_in_spaces_gives_the_value_under_the_heading_the_question_names():
    limits = chunk(0, "legal/cat_insurance_schedule_astbury.pdf", 1, (
        "2. Benefit limits\nThe most we pay depends on your cover level.\n\n"
        "Benefit Essential 2000 Essential 5000 Essential 9000\n"
        "A. Vet fees per year GBP 2,000 GBP 5,000 GBP 9,000\n"
        "D. Cattery fees if you are in hospital GBP 300 GBP 650 GBP 1,100\n"
        "F. Holiday cancellation Not covered GBP 900 GBP 1,800\n\n"
        "Section D applies only after 4 days in hospital."), "2. Benefit limits")
    ans = read("What is the limit for cattery fees on the Essential 5000 cover?", [limits],
               corpus=[limits, *CORPUS])
    assert "GBP 650" in ans.answer and "Essential 5000" in ans.answer
    assert "GBP 300" not in ans.answer and "GBP 1,100" not in ans.answer
    # the same rows, a question that names no one column: the whole row, nothing cut
    ans = read("What is the limit for cattery fees?", [limits], corpus=[limits, *CORPUS])
    assert "GBP 300 GBP 650 GBP 1,100" in ans.answer


def test_a_verb_after_a_restriction_how_many_can_and_everyday_words_for_fever_chickenpox_and_a_lad():
    from chatbot.answer.verify.question import analyse_question, expected_type, plain_words
    # "dose of acetylcysteine goes in bag 1": the restriction is the drug, not "goes"
    assert analyse_question("What dose of heparin goes in the second syringe?").restrictions == [{"heparin"}]
    # "how many can I take?" counts nothing called "can"
    assert expected_type("how many can I take in a day?") is None
    assert expected_type("how many tablets can I take?").counted == "tablet"
    assert plain_words("while he's got chicken pox") == "while he's got chicken pox (chickenpox)"
    leaflet = chunk(0, "medical/measles_leaflet_astbury.pdf", 1, (
        "Can I give ibuprofen?\nGive paracetamol for fever, following the dose on the pack. Do not give "
        "ibuprofen to a child with measles unless a doctor tells you to.\n"
        "When can my child go back to nursery or school?\nKeep your child at home for 4 days after the rash "
        "first appears."), "Can I give ibuprofen?")
    corpus = [leaflet, *CORPUS]
    ans = read("Can I give my lad Nurofen for his temperature while he has measles?", [leaflet], corpus=corpus)
    assert "Do not give ibuprofen" in ans.answer
    ans = read("When can my lad go back to playgroup after measles?", [leaflet], corpus=corpus)
    assert "4 days after the rash" in ans.answer


def test_an_allowance_need_not_be_money_getting_it_back_prices_no_new_thing_and_an_adverb_or_verb_ends_a_restriction():
    from chatbot.answer.verify.question import analyse_question
    plan = chunk(0, "medical/kidney_diet_plan_astbury.pdf", 1, (
        "My details\nDiagnosis chronic kidney disease stage 4 (eGFR 22), after a kidney infection in 2023\n"
        "My fluid allowance 1.2 litres a day\nMy salt limit 5 g a day"), "My details")
    ans = read("What is Mr Astbury's fluid allowance?", [plan], corpus=[plan, *CORPUS])
    assert "1.2 litres a day" in ans.answer
    domains = chunk(1, "legal/domain_registrar_terms_astbury.pdf", 1, (
        "6. Expired domains\nDays since expiry 0 to 30, Status Grace period, To recover Renew at the usual price.\n"
        "Days since expiry 31 to 60, Status Redemption, To recover Recovery fee GBP 80 plus the renewal price."),
        "6. Expired domains")
    ans = read("Our domain lapsed 40 days ago. What will it cost to get it back?", [domains],
               corpus=[domains, *CORPUS])
    assert "GBP 80" in ans.answer
    # "the cost of the damage straight from me": the restriction is the damage
    assert {"damag"} in analyse_question("Can he take the cost of the damage straight from me?").restrictions
    # "a child with croup keep ...": the restriction is croup; what the child must keep is asked, not a case
    assert analyse_question("For how long must a child with croup keep a steady SpO2 before discharge?").restrictions == [{"croup"}]


def test_a_dose_is_of_its_own_drug_not_of_another_named_in_the_same_leaflet():
    from chatbot.answer.verify.terms import other_of_family
    leaflet = chunk(0, "medical/shingles_leaflet_astbury.pdf", 1, (
        "How is shingles treated?\nA doctor may prescribe valaciclovir for young people aged 14 and over, or for "
        "shingles near the eye, ideally within 3 days of the rash.\n"), "How is shingles treated?")
    itch = chunk(1, "medical/shingles_leaflet_astbury.pdf", 2, (
        "What helps the itching?\nCetirizine oral solution 5 mg/5 mL can help the itching and sleep in children "
        "aged 2 years and over.\nAge 2 to 5 years, Dose 2.5 mg twice a day\nAge 6 years and over, Dose 10 mg once "
        "a day"), "What helps the itching?")
    corpus = [leaflet, itch, *CORPUS]
    # the leaflet names valaciclovir, but gives only cetirizine doses: none of them is shown as its dose
    ans = read("What dose of valaciclovir would my 15-year-old be prescribed for shingles?", [itch, leaflet],
               corpus=corpus)
    assert "10 mg" not in ans.answer and "2.5 mg" not in ans.answer
    # the drug is named where its dose is; what the dose is for may be said anywhere in the guideline
    scope = chunk(2, "medical/antiemetic_guideline_astbury.pdf", 1, (
        "1. Scope\nThis guideline covers PONV prophylaxis in adults having general anaesthesia."), "1. Scope")
    drugs = chunk(3, "medical/antiemetic_guideline_astbury.pdf", 2, (
        "4. Drugs\nDrug Dexamethasone, Adult dose 6.6 mg IV, When to give At induction.\n"
        "Drug Ondansetron, Adult dose 4 mg IV, When to give At the end of surgery."), "4. Drugs")
    ans = read("What is the adult dose of dexamethasone for PONV prophylaxis?", [drugs, scope],
               corpus=[scope, drugs, *corpus])
    assert "6.6 mg" in ans.answer and "4 mg IV" not in ans.answer
    # a sentence about another medicine of the family asked of is its neighbour, not the answer
    assert other_of_family({"rizatriptan"}, "Take sumatriptan 50 mg when the headache starts.")
    assert not other_of_family({"rizatriptan"}, "Rizatriptan 10 mg, or sumatriptan 50 mg.")
    assert not other_of_family({"bendroflumethiazide"}, "Thiazide diuretics raise the risk of hypercalcaemia.")


def test_a_thing_said_only_in_other_words_or_only_word_by_word_apart_is_not_said():
    from chatbot.answer.verify.silence import silent_thing
    from chatbot.answer.verify.terms import terms
    sentences = ["There are no lessons on bank holidays; a Term always has 10 lessons for each Pupil.",
                 "Term Summer Term, Lessons 12 April to 9 July 2027."]
    shown = set().union(*(terms(t).words for t in sentences))
    units = [terms(t).words for t in sentences]
    flat = lambda w: 4.0  # noqa: E731
    ask = "Does Astbury run a holiday orchestra course in the summer?"
    # "orchestra" is near "music" for a word encoder (bridged); "holiday" and "summer" are said, each on its own
    assert silent_thing(ask, shown, set(), flat, {"orchestra"}) == ""  # the whole document's words: said
    assert silent_thing(ask, shown, set(), flat, {"orchestra"}, units=units)  # sentence by sentence: not
    # a word said only in other words weighs half: "holiday orchestra coaching" against "bank holidays"
    idf = {"coach": 5.0}.get
    ask = "Does Astbury offer holiday orchestra coaching?"
    assert silent_thing(ask, shown, set(), lambda w: idf(w, 4.0), {"orchestra"})
    assert silent_thing(ask, shown, set(), lambda w: idf(w, 4.0), {"orchestra", "coach"}) == ""


def test_a_remedy_asked_of_is_a_thing_the_document_must_say():
    from chatbot.answer.verify.silence import silent_thing
    from chatbot.answer.verify.terms import terms
    text = ("Treat deficiency with a course of colecalciferol capsules, 20,000 units weekly. Most products contain "
            "gelatin: vegetarian products are available on request. Laxatives are advised for constipation.")
    shown = terms(text).words
    flat = lambda w: 4.0  # noqa: E731
    assert silent_thing("Does acupuncture help prevent migraines?", shown, set(), flat)
    assert silent_thing("Do laxatives help constipation?", shown, set(), flat) == ""


def test_whose_thing_it_is_the_whole_of_it_and_a_generic_check_restrict_nothing():
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("Do the fees for Mum's funeral come back to us?").restrictions == [{"funer"}]
    assert analyse_question("How much is taken off for the whole stay?").restrictions == [{"stay"}]
    assert analyse_question("What do you charge for a diagnostic check?").restrictions == [{"diagnost"}]
    assert analyse_question("Can I take it with my morning cup of tea?").restrictions == [{"morn"}, {"tea"}]
    assert analyse_question("Can we send him out with a week's supply?").restrictions == [{"suppli"}]


def test_everyday_phrases_for_being_sick_breathless_bust_and_evicted_reach_the_documents_words():
    from chatbot.answer.verify.question import plain_words
    assert plain_words("I'm out of breath sitting down") == "I'm out of breath (breathlessness) sitting down"
    assert plain_words("if the supplier goes bust") == "if the supplier goes bust (insolvency)"
    assert plain_words("can they kick us out?") == "can they kick us out (evict)?"
    assert plain_words("he is bunged up") == "he is bunged up (constipation)"
    assert plain_words("will you fix it for nothing?") == "will you fix it for nothing (free of charge)?"


def test_an_ordinal_the_question_says_picks_the_cell_it_heads():
    from chatbot.answer.verify.terms import terms
    from chatbot.answer.verify.pieces import named_cell
    row = "Size of dog Small, Weight Up to 10 kg, Price per Night GBP 22.00, Second or third dog sharing a kennel GBP 16.50."
    span = named_cell(terms("What's the nightly price for the second one?").words, row)
    assert span is not None and row[span[0] : span[1]].endswith("GBP 16.50.")
    span = named_cell(terms("What's the price per night?").words, row)
    assert span is None or "22.00" in row[span[0] : span[1]]


def test_a_rule_for_a_narrower_case_the_asker_never_names_gives_way_to_the_general_rule():
    claims = chunk(0, "legal/boat_insurance_policy_astbury.pdf", 2, (
        "6. Making a claim\n6.1 Tell us of a claim as soon as you can, and in any event within 21 days of discovering the loss "
        "or damage.\n6.2 Claims for storm damage must be reported within 7 days so that we can check weather "
        "records."), "6. Making a claim")
    corpus = [claims, *CORPUS]
    ans = read("How long have I got to report a claim?", [claims], corpus=corpus)
    assert ans.answer.index("21 days") < (ans.answer.index("7 days") if "7 days" in ans.answer else len(ans.answer))
    # the narrower case, when it is the asker's, still answers
    assert "7 days" in read("How long have I got to report a claim for storm damage?", [claims], corpus=corpus).answer


def test_a_column_named_by_its_band_gives_its_value_but_a_band_of_the_case_is_no_value():
    from chatbot.answer.cells import named_by_numbers
    row = ("Medicine Loratadine, Adults and children 12 and over 10 mg once a day, Children 6 to 11 years 5 mg once "
           "a day, Children 2 to 5 years 2.5 mg once a day.")
    span = named_by_numbers("What dose of loratadine is given to children aged 6 to 11 years?", row)
    assert span is not None and row[span[0] : span[1]] == "Children 6 to 11 years 5 mg once a day"
    plan = ("My weight this morning 60.5 to 61.4 kg, Above my usual weight by 2.1 to 3.0 kg, What I take 80 mg in the "
            "morning.")
    assert named_by_numbers("What do I take if I am 2.1 to 3.0 kg above my usual weight?", plan) is None


# --- a yes/no question about a rare thing no document uses: silent, not the nearest clause --------

CATTERY = "legal/cattery_terms_whiskerwood.pdf"
CAT_JABS = chunk(0, CATTERY, 1, (
    "3. Vaccinations\n3.1 Every cat must be vaccinated against cat flu and enteritis at least 14 days before "
    "arrival.\n3.2 Bring the vaccination card on arrival."), "3. Vaccinations")
CAT_TIMES = chunk(1, CATTERY, 1, (
    "4. Arrivals and collections\n4.1 Cats arrive and are collected between 09:00 and 11:00, Monday to Saturday."
    "\n4.2 A cat collected on a Sunday is charged one extra night at the nightly rate."), "4. Arrivals and collections")
CAT_CORPUS = [CAT_JABS, CAT_TIMES] + CORPUS


def test_a_yes_no_question_about_a_rare_thing_no_document_uses_is_refused():
    # "groom" is in no document and is no everyday word: the collection clause only looks like an answer
    ans = read("Can Whiskerwood groom my cat before I collect her?", [CAT_TIMES, CAT_JABS], CAT_CORPUS)
    assert ans.refused, ans.answer
    # everyday words, an owner and a word the asker explains are how people talk, not what they ask about
    ans = read("Is it legit to collect my stepdaughter's cat on a Sunday?", [CAT_TIMES, CAT_JABS], CAT_CORPUS)
    assert not ans.refused and "one extra night" in ans.answer
    ans = read("Does my cat need her jabs (vaccinated) before she arrives?", [CAT_JABS, CAT_TIMES], CAT_CORPUS)
    assert not ans.refused and "14 days before" in ans.answer


def test_a_typo_the_speller_left_is_no_rare_thing():
    from chatbot.answer.verify.silence import rare_unknown_word
    from chatbot.answer.verify.terms import zipf_frequency
    shown = {"count", "stay", "cat", "night"}
    zipf = zipf_frequency()
    assert rare_unknown_word("Does that count agaiost her stay?", shown.__contains__, shown, set(), set(), zipf) == ""
    assert rare_unknown_word("Does that count towards her stay?", shown.__contains__, shown, set(), set(), zipf) == ""
    assert rare_unknown_word("Can you cut her claws?", shown.__contains__, shown, set(), set(), zipf) == "claws"
    assert rare_unknown_word("Can she have HRT?", shown.__contains__, shown, set(), set(), zipf) == "HRT"
    assert rare_unknown_word("What does HRT cost?", shown.__contains__, shown, set(), set(), zipf) == ""  # asks a value


def test_an_exception_in_brackets_with_its_own_value_leaves_the_case_to_the_rule():
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import band_fit
    rule = "Press on the nose for 10 minutes (15 minutes for children over 12)."
    assert band_fit(question_values("My 8-year-old has a nosebleed."), rule) == 0  # the 10 minutes are his
    assert band_fit(question_values("My 14-year-old has a nosebleed."), rule) == 1
    assert band_fit(question_values("My 8-year-old has a rash."), "Cream twice a day (over 12 years).") == -1  # a bare band rules


def test_an_exception_to_a_ban_is_no_scope_that_leaves_the_case_out():
    fair = "legal/craft_fair_stall_terms_ambleford.pdf"
    power = chunk(0, fair, 1, (
        "5. Power\n5.1 Mains power costs GBP 40 per stall for the weekend.\n5.2 Generators are not allowed on the field, "
        "except for stallholders more than 100 metres from the mains supply, who may use one quiet generator of up "
        "to 2 kW."), "5. Power")  # (the exception names the generator too: it is no case the terms leave out)
    ans = read("Can I bring my own generator to the craft fair?", [power], corpus=[power, *CORPUS])
    assert not ans.refused and "Generators are not allowed" in ans.answer, ans.answer


def test_a_contraction_without_its_apostrophe_is_read_with_it():
    speller = Speller({"allergic": 3, "cream": 2})
    assert speller.correct("can i use the cream if im allergic, whats in it") == "can i use the cream if I'm allergic, what's in it"
    assert speller.correct("its fine, ill come") == "its fine, ill come"  # "its" and "ill" are words of their own
    leaflet = chunk(0, "medical/eczema_cream_leaflet_farrow.pdf", 1, (
        "Who should not use it?\nDo not use this cream if you are allergic to lanolin; ask your pharmacist for "
        "another emollient instead."), "Who should not use it?")
    ans = read("can i use the cream if im allergic to lanolin", [leaflet], corpus=[leaflet, *CORPUS])
    assert not ans.refused and "ask your pharmacist" in ans.answer, ans.answer  # "im" is no unknown thing


def test_a_price_may_be_a_fraction_of_another_and_picking_up_is_collecting():
    charges = chunk(2, CATTERY, 2, (
        "5. Charges\n5.1 The nightly rate is GBP 18 per cat, including food.\n5.2 A cat collected after 18:00 is "
        "charged a late fee of half the nightly rate."), "5. Charges")
    ans = read("whats the charge for picking up late?", [charges], [charges] + CAT_CORPUS)
    assert not ans.refused and "half the nightly rate" in ans.answer and "GBP 18" not in ans.answer, ans.answer


def test_a_row_that_only_touches_the_asked_band_at_one_end_is_a_neighbour():
    from chatbot.answer.asked import question_bands
    from chatbot.answer.ranges import band_fit
    asked = question_bands("What's the commission if monthly takings are between 40k and 65k?")
    assert band_fit([], "Monthly takings GBP 40,000.01 to GBP 65,000, Commission 5.5%.", asked) == 1
    assert band_fit([], "Monthly takings GBP 20,000.01 to GBP 40,000, Commission 6%.", asked) == -1
    assert band_fit([], "Monthly takings Over GBP 65,000, Commission 5%.", asked) == -1
    # an open band ("up to 7.0") touches nothing: "6.5 or above" still overlaps it
    assert band_fit([], "Potassium 6.5 mmol/L or above, Action Stop", question_bands("Is potassium up to 7.0 mmol/L safe?")) != -1


def test_the_word_that_names_a_table_names_no_column_of_it():
    scores = chunk(0, "medical/croup_guideline_tamworth.pdf", 1, (
        "3. Severity assessment\nFeature SpO2 in air, Mild 94% or more, Moderate 90% to 93%, Severe Under 90%.\n"
        "Feature Stridor, Mild Only when upset, Moderate At rest, Severe At rest with distress."), "3. Severity assessment")
    ans = read("In the severity table, what SpO2 in air counts as moderate?", [scores], corpus=[scores, *CORPUS])
    assert "90% to 93%" in ans.answer and "94% or more" not in ans.answer, ans.answer  # "severity" is not the Severe cell


def test_a_row_keyed_by_the_values_label_gives_the_cell_that_holds_it():
    scores = chunk(0, "medical/croup_guideline_tamworth.pdf", 1, (
        "3. Severity assessment\nFeature Heart rate (beats/min), Mild Under 120, Moderate 120 to 160, Severe Over 160.\n"
        "Feature Stridor, Mild Only when upset, Moderate At rest, Severe At rest with distress."), "3. Severity assessment")
    ans = read("My son's heart rate is 140 beats a minute. Which severity band is that?", [scores], corpus=[scores, *CORPUS])
    assert "Moderate 120 to 160" in ans.answer and "Under 120" not in ans.answer, ans.answer
    # "band" names the kind of answer, not a thing the guideline must say
    ans = read("My son has a heart rate of 140. Which band does his heart rate fall in?", [scores], corpus=[scores, *CORPUS])
    assert "Moderate 120 to 160" in ans.answer, ans.answer


def test_a_concentrations_volume_and_a_childs_age_are_no_amount_the_question_states():
    from chatbot.answer.verify.terms import terms
    assert ("5", "ml") not in terms("She has Calpex 250 mg/5 mL.").quantities  # the strength's own 5 mL
    assert ("5", "ml") in terms("250 mg 5 mL three times a day").quantities
    table = chunk(0, "medical/calpex_suspension_leaflet_orrin.pdf", 1, (
        "How much to give\nThe table shows the usual dose by body weight.\n"
        "10 kg to 15.9 kg 1 to 3 years 125 mg 2.5 mL three times a day\n"
        "16 kg to 24.9 kg 4 to 6 years 250 mg 5 mL three times a day"), "How much to give")
    ans = read("My 5 year old weighs 20 kg and has Calpex 250 mg/5 mL - how many mL per dose?", [table],
               corpus=[table, *CORPUS])
    assert "250 mg 5 mL three times a day" in ans.answer and "2.5 mL" not in ans.answer, ans.answer


def test_a_discount_is_a_reduction():
    terms_ = chunk(0, "legal/swim_school_terms_pellow.pdf", 1, (
        "4. Fees\n4.1 Lessons cost GBP 9 each, paid by the term.\n4.2 A reduction of 10% applies to the fees of a "
        "second child from the same family."),
        "4. Fees")
    ans = read("My two boys both want lessons. Is there a discount for the second one?", [terms_], corpus=[terms_, *CORPUS])
    assert not ans.refused and "reduction of 10%" in ans.answer, ans.answer


def test_a_relative_the_asker_names_is_no_thing_the_document_must_say():
    leaflet = chunk(0, "medical/head_injury_advice_dunmere.pdf", 1, (
        "After a knock to the head\nIt is fine to let them sleep, but wake them every 2 hours for the first night."),
        "After a knock to the head")
    ans = read("Is it ok to let my husband sleep after he banged his head?", [leaflet], corpus=[leaflet, *CORPUS])
    assert not ans.refused and "wake them every 2 hours" in ans.answer, ans.answer


def test_two_wrong_vowels_with_every_consonant_in_place_are_one_typo():
    speller = Speller({"vinegar": 1, "gluten": 3, "barley": 2}, lexicon=frozenset({"safe", "malt"}))
    assert speller.correct("is malt vinager safe") == "is malt vinegar safe"
    assert speller.correct("is malt vinaker safe") == "is malt vinaker safe"  # a consonant wrong too: two edits


def test_what_time_is_answered_by_a_time_of_day():
    plan = chunk(0, "medical/melatonin_plan_ashby.pdf", 1, (
        "3. Giving the tablets\nGive one tablet with a drink of water. Keep the tablets for 3 months at most once "
        "opened. Do not give any dose after 19:30, as it can leave him drowsy at school.\n"
        "4. Weighing\nWeigh him every morning before breakfast, on the same scales."), "3. Giving the tablets")
    ans = read("The tablets seem to leave him drowsy. What's the latest time he can have one?", [plan],
               corpus=[plan, *CORPUS])
    assert not ans.refused and "after 19:30" in ans.answer and "3 months" not in ans.answer, ans.answer
    ans = read("What time of day should he be weighed?", [plan], corpus=[plan, *CORPUS])
    assert not ans.refused and "every morning before breakfast" in ans.answer, ans.answer


def test_money_knocked_off_is_a_reduction():
    terms_ = chunk(0, "legal/swim_school_terms_pellow.pdf", 1, (
        "4. Fees\n4.1 Lessons cost GBP 9 each, paid by the term.\n4.2 A reduction of 10% applies to the fees of a "
        "second child from the same family."),
        "4. Fees")
    ans = read("Our second child is starting lessons too. Do we get anything knocked off?", [terms_],
               corpus=[terms_, *CORPUS])
    assert not ans.refused and "reduction of 10%" in ans.answer, ans.answer


def test_a_scope_that_leaves_out_one_kind_of_a_thing_keeps_the_others():
    guide = chunk(0, "medical/impetigo_guideline_tolworth.pdf", 1, (
        "1. Scope\n1.1 Adults with impetigo. This guideline does not cover: diabetic foot infection, surgical wound "
        "infection, or infected eczema.\n"
        "2. Treatment\n2.1 Localised non-bullous impetigo is treated with hydrogen peroxide 1% cream for 5 days; a "
        "widespread rash needs oral flucloxacillin for 5 days."), "1. Scope")
    ans = read("My arm has a crusty skin infection, a widespread rash. What treatment is needed?", [guide],
               corpus=[guide, *CORPUS])
    assert not ans.refused and "oral flucloxacillin" in ans.answer, ans.answer
    ans = read("What treatment is needed for a surgical wound infection after my operation?", [guide],
               corpus=[guide, *CORPUS])
    assert ans.refused, ans.answer  # the kind it leaves out, named with its qualifier


def test_people_kept_away_from_work_are_no_case_the_guideline_leaves_out():
    """"Exclude contacts from work, nursery and school as follows" keeps people away from places (a
    public-health exclusion); it is no scope the question's "back to work" falls outside."""
    guide = chunk(0, "medical/mumps_contacts_guideline_hollin.pdf", 2, (
        "6. Exclusion\n6.1 Exclude cases and staff contacts from work, nursery and school as follows:\n"
        "6.2 A case stays off for 5 days after the swelling started.\n"
        "6.3 A staff contact who is not immune stays off from day 10 to day 25 after the contact, and may return "
        "after 25 days."), "6. Exclusion")
    ans = read("A porter on our unit was near a mumps case and is not immune. When can he come back to work?",
               [guide], corpus=[guide, *CORPUS])
    assert not ans.refused and "after 25 days" in ans.answer, ans.answer


def test_an_ordinal_day_answers_when():
    """"On the 3rd working day of each month" says when, though it has no month name or unit: each part
    of "when ... and how long ..." gets its own sentence."""
    terms_ = chunk(0, "legal/courier_account_terms_quillby.pdf", 2, (
        "6. Invoices\n6.1 We invoice by e-mail on the 2nd working day of each month for the previous month's "
        "deliveries.\n6.2 The Customer must pay each invoice within 21 days of the invoice date.\n"
        "6.3 A volume discount of 4% applies where a month's deliveries total more than GBP 900."), "6. Invoices")
    ans = read("When does Quillby send us the monthly invoice, and how long do we have to pay it?", [terms_],
               corpus=[terms_, *CORPUS])
    assert "2nd working day" in ans.answer and "within 21 days" in ans.answer, ans.answer


def test_a_time_set_by_an_event_answers_when_but_not_how_long():
    """"When is the balance due?" is answered by "on completion, once the tuning is signed off" (a time set
    by an event, no date in it), not by a charge that has numbers; "how long" still wants a length."""
    terms_ = chunk(0, "legal/piano_restoration_terms_velmoor.pdf", 3, (
        "7. Payment\n7.1 A deposit of 40% of the Quotation is payable with your order. The balance is payable once "
        "the tuning is signed off.\n7.2 We store a finished piano free of charge for 10 days."), "7. Payment")
    ans = read("When exactly should the balance be paid for my piano restoration at Velmoor?", [terms_],
               corpus=[terms_, *CORPUS])
    assert "once the tuning is signed off" in ans.answer, ans.answer
    from chatbot.answer.verify.question import AnswerType, has_type
    from chatbot.answer.verify.terms import terms
    assert not has_type(terms("Rinse your mouth after using your inhaler."), AnswerType("duration"))


def test_a_part_of_a_thing_or_a_time_spent_on_it_restricts_nothing():
    rules = chunk(0, "legal/bowls_club_rules_fenbury.pdf", 1, (
        "9. Refunds\n9.1 Fees are not refundable, except as set out in rule 9.2.\n9.2 A member who cannot play for "
        "3 months or more because of injury receives a refund of the fee for the unused whole months."), "9. Refunds")
    ans = read("I hurt my knee and can't play for 4 months. Can I get some of my subscription back?", [rules],
               corpus=[rules, *CORPUS])
    assert not ans.refused and "refund of the fee for the unused whole months" in ans.answer, ans.answer
    ans = read("After a couple of years of renting, can I get a refund of the fee if I am injured?",
               [rules], corpus=[rules, *CORPUS])
    assert not ans.refused and "unused whole months" in ans.answer, ans.answer


def test_how_many_counts_the_head_of_a_compound_and_a_year_counts_nothing():
    from chatbot.answer.verify.question import analyse_question
    from chatbot.answer.verify.terms import terms
    assert analyse_question("How many gluten-free prescription units is she allowed?").kind.counted == "unit"
    assert analyse_question("How many puffs do I take?").kind.counted == "puff"
    assert not terms("Sick Day Card SD-02 (2026) Tablets to pause while you are ill").counted  # a title's year
    leaflet = chunk(0, "medical/coeliac_diet_leaflet_brindle.pdf", 1, (
        "Living gluten-free Leaflet DIET-09, reviewed 2027 Living gluten-free\n"
        "Gluten-free food on prescription\nThe amount is counted in units each month, by age.\n"
        "Person Child aged 7 to 10 years, Units per month 13 units."), "Gluten-free food on prescription")
    ans = read("My son is 8. How many gluten-free prescription units is he allowed a month?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert not ans.refused and "13 units" in ans.answer, ans.answer


def test_how_much_is_a_thing_per_hour_asks_for_money():
    rules = chunk(0, "legal/squash_club_rules_amberly.pdf", 1, (
        "4. Courts\n4.1 The Club has 5 courts: courts 1 to 3 are glass-backed and courts 4 and 5 have no lights.\n"
        "4.2 Court lights are paid for at the desk at GBP 3.20 per court per hour."), "4. Courts")
    ans = read("how much are the court lights per hour on the glass-backed courts", [rules], corpus=[rules, *CORPUS])
    assert not ans.refused and "GBP 3.20" in ans.answer and "5 courts" not in ans.answer, ans.answer


def test_a_missed_dose_is_a_forgotten_one_and_at_11_is_a_time_of_day():
    from chatbot.answer.clock import clock_times
    assert [h for _, _, h in clock_times("I only noticed at 11, should I give it?")] == [11.0]
    assert clock_times("take 2 at 11 weeks") == []  # a number with its unit is no time
    plan = chunk(0, "medical/melatonin_plan_ashby.pdf", 1, (
        "5. Doses left out\n5.1 If you forget the breakfast dose and remember before 10:30, give it, and give the "
        "evening dose at the usual time.\nIf you remember after 10:30, leave out the breakfast dose and give only "
        "the evening dose.\n5.2 Keep the tablets for 3 months at most once opened."), "5. Doses left out")
    ans = read("He missed his breakfast tablet and I only noticed at 11, should I still give it?", [plan],
               corpus=[plan, *CORPUS])
    assert not ans.refused and "leave out the breakfast dose" in ans.answer and "remember before" not in ans.answer, ans.answer
    from chatbot.answer.verify.terms import LAY_TERMS, stem
    assert stem("forget") in LAY_TERMS[stem("missed")]  # "if you forget a dose" answers "I missed a dose"


def test_the_second_stage_is_the_tables_second_row_or_the_row_numbered_2():
    by_place = chunk(0, "legal/loft_conversion_contract_pellow.pdf", 1, (
        "2. Payments\n2.1 The price is paid in stages:\n\n"
        "Stage Deposit, When due On signing, Amount GBP 2,000.\n"
        "Stage Scaffold up, When due When the scaffold is erected, Amount GBP 6,500.\n"
        "Stage Roof on, When due When the roof is watertight, Amount GBP 7,200.\n\n"
        "2.2 Late payments carry interest at 4% a year."), "2. Payments")
    ans = read("When is the second stage payment due?", [by_place], corpus=[by_place, *CORPUS])
    assert "scaffold is erected" in ans.answer and "Roof on" not in ans.answer, ans.answer
    ans = read("When is the last stage payment due?", [by_place], corpus=[by_place, *CORPUS])
    assert "roof is watertight" in ans.answer and "scaffold" not in ans.answer, ans.answer
    by_number = chunk(0, "legal/ski_trip_letter_harwood.pdf", 1, (
        "3. Paying for the trip\n\n"
        "Payment Deposit, Due by 10 January 2027, Amount GBP 100.\n"
        "Payment Instalment 1, Due by 12 February 2027, Amount GBP 150.\n"
        "Payment Instalment 2, Due by 12 March 2027, Amount GBP 150.\n\n"
        "3.1 Payments are made online."), "3. Paying for the trip")
    ans = read("When is the second instalment due?", [by_number], corpus=[by_number, *CORPUS])
    assert "12 March 2027" in ans.answer and "12 February" not in ans.answer, ans.answer


def test_what_the_case_has_no_sign_of_is_no_word_a_second_quote_adds():
    guide = chunk(0, "medical/erysipelas_guideline_marden.pdf", 1, (
        "3. Severity\n"
        "Class I, Features No systemic upset, Where to treat Home, oral antibiotics.\n"
        "Class II, Features Systemic upset (heart rate over 100), Where to treat Home or clinic.\n"
        "Class III, Features Significant upset (heart rate over 130), Where to treat Admit, IV antibiotics.\n"
        "Class IV, Features Sepsis, or suspected necrotising fasciitis, Where to treat Admit urgently, surgical review."),
        "3. Severity")
    ans = read("Heart rate 136, alert, no signs of necrotising fasciitis. Which severity class is he?", [guide],
               corpus=[guide, *CORPUS])
    assert "Class III" in ans.answer and "Class IV" not in ans.answer, ans.answer


def test_a_loading_dose_is_no_answer_to_a_maintenance_dose():
    guide = chunk(0, "medical/teicoplanin_guideline_rowan.pdf", 1, (
        "6. Teicoplanin\n6.1 Loading dose 12 mg/kg every 12 hours for 3 doses, given intravenously.\n"
        "6.2 Maintenance doses are set by the pharmacy team from the trough level on day 5."), "6. Teicoplanin")
    ans = read("What maintenance dose of teicoplanin should be given after loading?", [guide], corpus=[guide, *CORPUS])
    assert ans.refused, ans.answer  # the guideline gives no maintenance dose, only the loading dose
    ans = read("What loading dose of teicoplanin is given?", [guide], corpus=[guide, *CORPUS])
    assert not ans.refused and "12 mg/kg" in ans.answer, ans.answer
    tariff = chunk(1, "legal/water_supply_terms_carrick.pdf", 1, (
        "3. Prices\n3.1 Fixed tariff, Unit rate 2.10 per cubic metre, Standing charge 41p a day.\n"
        "3.2 Variable tariff, Unit rate 2.35 per cubic metre, Standing charge 38p a day."), "3. Prices")
    ans = read("What is the unit rate on the variable tariff?", [tariff], corpus=[tariff, *CORPUS])
    assert "2.35" in ans.answer and "2.10" not in ans.answer, ans.answer


def test_how_many_grams_reads_g_and_how_many_fingertip_units_reads_ftu():
    from chatbot.answer.units import abbreviates
    assert abbreviates("FTU", "fingertip units") and abbreviates("PRN", "pro re nata")
    assert not abbreviates("FTU", "full units") and not abbreviates("U", "units")
    chart = chunk(0, "medical/emollient_chart_tarrant.pdf", 2, (
        "4. How much cream\nArea One arm, Amount per application 3 FTU.\nArea One leg, Amount per application 6 FTU.\n"
        "A fingertip unit is the cream squeezed along the end segment of an adult's finger; 1 FTU is about 0.5 g."),
        "4. How much cream")
    ans = read("How many fingertip units does one leg need?", [chart], corpus=[chart, *CORPUS])
    assert not ans.refused and "6 FTU" in ans.answer and "3 FTU" not in ans.answer, ans.answer
    ans = read("How many grams of cream is one fingertip unit?", [chart], corpus=[chart, *CORPUS])
    assert not ans.refused and "0.5 g" in ans.answer, ans.answer


def test_the_extra_time_is_the_extended_hire():
    terms_ = chunk(0, "legal/trench_shoring_hire_corbel.pdf", 1, (
        "4. Hire charges\n4.1 The Price includes hire for the first 6 weeks.\n"
        "Price up to GBP 2,000, Extended hire charge per week GBP 60.\n"
        "Price GBP 2,000.01 to GBP 5,000, Extended hire charge per week GBP 110.\n"
        "4.2 Extended hire is invoiced monthly."), "4. Hire charges")
    ans = read("We were quoted GBP 2,900 and need the shoring for 2 weeks longer. What is the weekly charge for the "
               "extra time?", [terms_], corpus=[terms_, *CORPUS])
    assert not ans.refused and "GBP 110" in ans.answer and "GBP 60" not in ans.answer, ans.answer


def test_a_phrase_ends_where_a_pronoun_starts_its_relative_clause():
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("Can I get credits for the weeks she misses?").restrictions == []  # "the weeks": when
    assert analyse_question("Can I get credits for the lessons she misses?").restrictions != []
    rules = chunk(0, "legal/judo_club_terms_wrenfield.pdf", 1, (
        "5. Missed sessions\n5.1 Sessions are not refunded.\n5.2 If a member misses sessions through illness and "
        "sends a doctor's note, each session missed is credited to the next term."), "5. Missed sessions")
    ans = read("My son has glandular fever. Can I get credits for the weeks he misses?", [rules],
               corpus=[rules, *CORPUS])
    assert not ans.refused and "credited to the next term" in ans.answer, ans.answer


def test_a_body_parts_adjective_is_the_body_part():
    guide = chunk(0, "medical/acne_gel_leaflet_morrow.pdf", 1, (
        "3. Where to use it\n3.1 Do not use the gel for spots on the face of a child under 12.\n3.2 Wash your hands after use."),
        "3. Where to use it")
    ans = read("can my 10 year old use the gel for facial spots?", [guide], corpus=[guide, *CORPUS])
    assert not ans.refused and "on the face of a child under 12" in ans.answer, ans.answer


def test_when_is_answered_by_a_named_date_or_an_event():
    terms_ = chunk(0, "legal/loft_ladder_fitting_terms_hale.pdf", 1, (
        "6. Payment\n6.1 A deposit of 20% of the Price is payable when the Customer signs the order.\n"
        "6.2 Invoices for extra work are payable within 30 days.\n"
        "6.3 The balance of the Price is payable on the Completion Date."), "6. Payment")
    ans = read("When is the rest of the price due?", [terms_], corpus=[terms_, *CORPUS])
    assert "Completion Date" in ans.answer and "30 days" not in ans.answer, ans.answer
    ip = chunk(1, "legal/logo_design_agreement_quell.pdf", 2, (
        "7. Ownership\n7.1 The Designer keeps the draft sketches for 12 months after the last delivery.\n"
        "7.2 On payment in full of the Fee, the Designer assigns to the Client the copyright in the Final Logo."),
        "7. Ownership")
    ans = read("When does the copyright in the logo pass to us?", [ip], corpus=[ip, *CORPUS])
    assert "On payment in full" in ans.answer and "12 months" not in ans.answer, ans.answer


def test_signs_suggest_asks_and_come_down_is_lower():
    leaflet = chunk(0, "medical/ezetimibe_leaflet_corran.pdf", 1, (
        "3. Tests\nYou will have a cholesterol test before you start and again at 3 months.\n"
        "The aim is to lower your LDL cholesterol by at least 30%.\n"
        "Tell your doctor if you notice muscle pain."), "3. Tests")
    ans = read("How far should my cholesterol come down on ezetimibe?", [leaflet], corpus=[leaflet, *CORPUS])
    assert "at least 30%" in ans.answer and "3 months" not in ans.answer, ans.answer
    guide = chunk(1, "medical/eczema_guideline_tarn.pdf", 1, (
        "4. Eczema: infection and itch\n4.1 Itch: non-sedating antihistamines are not routinely recommended.\n"
        "4.2 Suspect infection if there are signs such as golden crusting or weeping."), "4. Eczema: infection and itch")
    ans = read("What signs suggest eczema has become infected?", [guide], corpus=[guide, *CORPUS])
    assert "golden crusting" in ans.answer and "recommended" not in ans.answer, ans.answer


def test_a_stage_number_is_placed_in_a_band_of_stages_and_a_stitch_is_a_suture():
    fees = chunk(0, "legal/gymnastics_class_terms_orwell.pdf", 1, (
        "3. Fees\nClass Tumblers Stages 1 to 3, Session length 45 minutes, Term fee GBP 90.\n"
        "Class Tumblers Stages 4 to 6, Session length 60 minutes, Term fee GBP 115.\n"
        "3.1 Fees are paid before the first session."), "3. Fees")
    ans = read("My son has just moved up to Tumblers Stage 5. What will a term cost?", [fees], corpus=[fees, *CORPUS])
    assert "GBP 115" in ans.answer and "GBP 90" not in ans.answer, ans.answer
    wound = chunk(1, "medical/dog_bite_guideline_fenby.pdf", 1, (
        "2. Wound care\n2.1 Irrigate the wound with tap water for 10 minutes.\n"
        "2.2 Leave puncture wounds open; do not close them with sutures."), "2. Wound care")
    ans = read("Should we stitch the puncture wound?", [wound], corpus=[wound, *CORPUS])
    assert "with sutures" in ans.answer, ans.answer


def test_how_many_children_is_answered_by_a_count_of_pupils():
    classes = chunk(0, "legal/climbing_wall_club_terms_brant.pdf", 1, (
        "2. Sessions\nGroup Juniors, Session 60 minutes, Ratio 1 instructor to 6 pupils.\n"
        "2.1 Sessions run on 10 Saturdays a term."), "2. Sessions")
    ans = read("How many children does each instructor have in the Juniors group?", [classes], corpus=[classes, *CORPUS])
    assert not ans.refused and "6 pupils" in ans.answer, ans.answer


def test_a_lead_in_read_with_the_first_row_is_no_second_quote_and_a_cells_comma_keeps_its_table():
    fees = chunk(0, "legal/video_production_terms_gale.pdf", 1, (
        "8. Cancelling a video\n8.1 If the Client drops a video, it owes this part of the video fee, by the stage "
        "reached when the notice is received:\n\n"
        "Stage reached Before filming, Part of the video fee payable 25%.\n"
        "Stage reached After filming, before the first edit is sent, Part of the video fee payable 60%.\n"
        "Stage reached After the first edit is sent, Part of the video fee payable 100%."), "8. Cancelling a video")
    ans = read("We filmed video 3 last week but now want to drop it, and the first edit has not been sent yet. How "
               "much of the video fee do we owe?", [fees], corpus=[fees, *CORPUS])
    assert "60%" in ans.answer and "25%" not in ans.answer, ans.answer  # not the lead-in with the first row
    from chatbot.answer.verify.pieces import same_table
    assert same_table("Rent overdue by 28 days, What we do Written demand on the Guarantor, with a statement.",
                      "Rent overdue by 14 days, What we do Letter to the Tenant (clause 2.2), copied to the Guarantor.")
    assert not same_table("Rent overdue by 28 days, What we do Written demand.", "Deposit held by 14 days, What we do Refund.")


def test_a_scene_told_before_a_compound_question_is_asked_of_each_part():
    from chatbot.answer.verify.question import question_parts
    parts = question_parts("I forgot my rosuvastatin this morning. Can I take it later, and can I take two tomorrow?")
    assert len(parts) == 2 and all("forgot my rosuvastatin" in p for p in parts), parts
    leaflet = chunk(0, "medical/rosuvastatin_leaflet_hale.pdf", 1, (
        "5. Doses\nIf you forget a dose, take it as soon as you remember, unless your next dose is due within 12 hours.\n"
        "Never take 2 doses together to make up for a forgotten one.\n"
        "If you take clarithromycin, stop rosuvastatin and restart it 2 days after the course."), "5. Doses")
    ans = read("I forgot my rosuvastatin this morning. Can I take it later, and can I take two tomorrow?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert "as soon as you remember" in ans.answer and "Never take 2 doses" in ans.answer, ans.answer
    assert "clarithromycin" not in ans.answer, ans.answer


def test_a_wide_rows_cell_is_picked_by_the_heading_the_question_names_when_cells_count_a_thing():
    chart = chunk(0, "medical/emollient_dose_chart_wyre.pdf", 2, (
        "6. Cream for children\n"
        "Child's age 1 to 2 years, Face and neck 1.5 FTU, One arm and hand 1.5 FTU, One leg and foot 2 FTU.\n"
        "Child's age 3 to 5 years, Face and neck 1.5 FTU, One arm and hand 2 FTU, One leg and foot 3 FTU."),
        "6. Cream for children")
    ans = read("My daughter is 4 and needs cream on one leg and foot. How many FTU?", [chart], corpus=[chart, *CORPUS])
    assert "One leg and foot 3 FTU" in ans.answer and "2 FTU" not in ans.answer, ans.answer


def test_kept_awake_is_about_sleep():
    plan = chunk(0, "medical/atomoxetine_plan_dunmore.pdf", 1, (
        "3. Giving the capsules\n3.1 Give the capsule with breakfast.\n"
        "3.2 Do not give a dose after 15:00, as it can stop her sleeping."), "3. Giving the capsules")
    ans = read("Her capsules are keeping her awake. What's the latest time she can have one?", [plan], corpus=[plan, *CORPUS])
    assert not ans.refused and "15:00" in ans.answer, ans.answer


def test_will_a_long_remedy_help_is_silent_when_no_passage_says_it():
    leaflet = chunk(0, "medical/eczema_leaflet_pembrey.pdf", 1, (
        "2. Treating eczema\n2.1 Use an emollient at least twice a day, even when the skin is clear.\n"
        "2.2 Use the steroid cream on flares only, for up to 7 days."), "2. Treating eczema")
    ans = read("Will cutting eggs out of my son's diet help his eczema?", [leaflet], corpus=[leaflet, *CORPUS])
    assert ans.refused, ans.answer  # the leaflet says nothing about diet
    ans = read("Will the emollient help his eczema if he uses it twice a day?", [leaflet], corpus=[leaflet, *CORPUS])
    assert not ans.refused and "twice a day" in ans.answer, ans.answer


def test_does_a_medicine_cause_an_effect_is_silent_when_no_passage_names_the_effect():
    leaflet = chunk(0, "medical/risedronate_leaflet_pembrey.pdf", 1, (
        "4. Side effects\n4.1 Risedronate can cause heartburn and stomach pain; take it with a full glass of water.\n"
        "4.2 Rarely, it can cause problems with the jaw bone after a tooth is taken out."), "4. Side effects")
    corpus = [leaflet, *CORPUS]
    ans = read("Can risedronate cause hair loss?", [leaflet], corpus=corpus)
    assert ans.refused, ans.answer  # the leaflet names no hair
    ans = read("Does risedronate make your hair fall out?", [leaflet], corpus=corpus)
    assert ans.refused, ans.answer
    ans = read("Can risedronate cause heartburn?", [leaflet], corpus=corpus)
    assert not ans.refused and "heartburn" in ans.answer, ans.answer


def test_an_exclusion_of_them_is_of_a_thing_named_before_not_the_questions_case():
    prices = chunk(0, "legal/cat_sitting_terms_morrow.pdf", 1, (
        "3. Prices\n3.1 Visits on bank holidays cost 50% more. The weekly discount in clause 3.2 does not apply to them.\n"
        "Service Standard visit, Length 30 minutes, Price GBP 12.00.\n"
        "Service Long visit, Length 1 hour, Price GBP 19.00."), "3. Prices")
    ans = read("How much is a 1-hour long visit?", [prices], corpus=[prices, *CORPUS])
    assert not ans.refused and "GBP 19.00" in ans.answer, ans.answer


def test_what_treatment_is_a_tables_action_and_a_cooling_off_period_is_the_cancellation_period():
    guide = chunk(0, "medical/leg_ulcer_guideline_tamar.pdf", 1, (
        "5. Categories\nCategory 1, Skin intact, Action Barrier cream, reposition.\n"
        "Category 2, Shallow open wound, Action Foam dressing, review weekly."), "5. Categories")
    ans = read("What treatment does the guideline give for a Category 2 ulcer?", [guide], corpus=[guide, *CORPUS])
    assert not ans.refused and "Foam dressing" in ans.answer, ans.answer
    terms_ = chunk(1, "legal/boiler_service_plan_terms_cray.pdf", 1, (
        "4. Cancelling\n4.1 You have 14 days from the day after you sign to cancel, for any reason."), "4. Cancelling")
    ans = read("how long is the cooling off period on the boiler plan?", [terms_], corpus=[terms_, *CORPUS])
    assert not ans.refused and "14 days" in ans.answer, ans.answer


def test_what_happens_to_the_deposit_asks_for_an_outcome_and_tea_is_a_drink():
    from chatbot.answer.verify.question import expected_type
    assert expected_type("If she cancels on 1 March, what happens to her deposit?") is None
    assert expected_type("What deposit do I pay?").kind == "money"
    leaflet = chunk(0, "medical/gastric_band_diet_kerr.pdf", 1, (
        "4. Eating and drinking\n4.1 Eat slowly, over about 20 minutes.\n"
        "4.2 Wait 30 minutes after a meal before drinking."), "4. Eating and drinking")
    ans = read("How long after eating do I wait before I can have a cup of tea?", [leaflet], corpus=[leaflet, *CORPUS])
    assert not ans.refused and "Wait 30 minutes" in ans.answer, ans.answer


def test_who_is_answered_by_a_party_the_contract_defines_and_what_temperature_asks_for_a_number():
    from chatbot.answer.verify.question import expected_type
    assert expected_type("At what temperature should the syringes be kept?").kind == "number"
    terms_ = chunk(0, "legal/mural_commission_terms_oake.pdf", 2, (
        "9. Designs\nThese terms apply to every mural booked with Oake Murals.\n"
        "9.1 The copyright in each Design stays with the Painter.\n9.2 Version 4, March 2027."), "9. Designs")
    ans = read("Who owns the copyright in my mural design?", [terms_], corpus=[terms_, *CORPUS])
    assert not ans.refused and "stays with the Painter" in ans.answer, ans.answer


def test_not_a_sleeve_rules_out_its_column_and_a_cells_own_clause_keeps_its_table():
    from chatbot.answer.verify.terms import stem
    from chatbot.answer.verify.pieces import negated_words, same_table
    assert stem("sleeve") in negated_words("I had a gastric bypass, not a sleeve.")
    assert same_table("Supplement Multivitamin (A to Z), chewable at first, Sleeve 1 tablet daily, Bypass 2 tablets daily.",
                      "Supplement Calcium with vitamin D, Sleeve 1 tablet twice a day, Bypass 1 tablet three times a day.")
    chart = chunk(0, "medical/weight_loss_surgery_supplements_lune.pdf", 1, (
        "5. Supplements\n"
        "Supplement Multivitamin (A to Z), chewable at first, Sleeve 1 tablet daily, Bypass 2 tablets daily.\n"
        "Supplement Calcium with vitamin D, Sleeve 1 tablet twice a day, Bypass 1 tablet three times a day."),
        "5. Supplements")
    ans = read("I had a bypass, not a sleeve. How many multivitamin tablets should I take each day?", [chart],
               corpus=[chart, *CORPUS])
    assert "Bypass 2 tablets daily" in ans.answer and "1 tablet daily" not in ans.answer, ans.answer
    assert "Calcium" not in ans.answer, ans.answer


def test_how_often_is_no_price_a_frequency_is_not_a_multiple_of_one():
    """Money may be answered by an amount against another ("2 times the basic rate"), but "4 times a
    day" is how often, no price: "how much does a tube cost?" is refused on a leaflet's dosing row."""
    from chatbot.answer.verify.question import expected_type, has_type
    from chatbot.answer.verify.terms import terms
    money = expected_type("How much does a tube of Orvalin cream cost?")
    assert has_type(terms("Overtime is paid at 2 times the basic rate."), money)
    assert not has_type(terms("Adults apply a thin layer three times a day."), money)
    leaflet = chunk(0, "medical/orvalin_cream_leaflet_ferry.pdf", 1, (
        "3. How to use Orvalin\nAge 12 and over, Amount a thin layer, How often 4 times a day, Maximum 10 days.\n"
        "Age 2 to 11 years, Amount a thin layer, How often 2 times a day, Maximum 5 days."), "3. How to use Orvalin")
    ans = read("How much does a tube of Orvalin cream cost at the pharmacy?", [leaflet], corpus=[leaflet, *CORPUS])
    assert ans.refused, ans.answer


def test_the_kitchen_job_is_the_kitchen_and_extra_decking_is_decking():
    """"At which stage of the decking job" restricts to decking, not to a "job" the contract never
    names; "for extra staining" is staining (what is extra is the asker's, the contract says "other")."""
    stages = chunk(0, "legal/decking_contract_larchmere.pdf", 1, (
        "3. Payment\n3.1 The Price of the decking is paid in stages:\n"
        "Stage When you sign, Payment due 25% of the Price.\n"
        "Stage When the frame is built, Payment due 50% of the Price.\n"
        "Stage On completion, Payment due 25% of the Price.\n"
        "3.2 Any other staining is optional and is charged at GBP 30 per hour."), "3. Payment")
    ans = read("At which stage of the decking job is 50% of the Price due?", [stages], corpus=[stages, *CORPUS])
    assert "When the frame is built" in ans.answer and "When you sign" not in ans.answer, ans.answer
    ans = read("How much do you charge for extra staining?", [stages], corpus=[stages, *CORPUS])
    assert "GBP 30 per hour" in ans.answer, ans.answer


def test_changing_your_mind_is_cancelling_and_swapping_one_row_for_another_asks_the_other():
    terms_ = chunk(0, "legal/blinds_fitting_terms_harrow.pdf", 1, (
        "5. Cancelling\n5.1 If you signed at home you may cancel within 14 days after the day you sign.\n"
        "6. Lead times\nFabric Roller blind, Lead time 10 Working Days.\n"
        "Fabric Wooden venetian, Lead time 20 Working Days.\n"
        "Fabric Vertical blind, Lead time 5 Working Days."), "5. Cancelling")
    ans = read("Mum signed up for blinds at her kitchen table and is having second thoughts. Can she back out?",
               [terms_], corpus=[terms_, *CORPUS])
    assert "within 14 days after the day you sign" in ans.answer, ans.answer
    ans = read("If we swapped our roller blinds for wooden venetians, how long would the lead time be?", [terms_],
               corpus=[terms_, *CORPUS])
    assert "20 Working Days" in ans.answer and "10 Working Days" not in ans.answer, ans.answer


def test_before_midnight_ends_at_midnight():
    from chatbot.answer.ranges import clock_bands
    before, = clock_bands("any night before midnight")
    assert before.high == 24.0
    evening, = clock_bands("the evening rate runs from 18:00 to midnight")
    assert (evening.low, evening.high) == (18.0, 24.0)


def test_how_much_does_a_plan_cost_is_answered_where_the_plan_costs_and_the_final_payment_is_the_last_row():
    """"How much does the Gold Cover plan cost?" asks what the plan costs ("The Gold Cover plan costs GBP 8"),
    not what a repair costs without it. "The final payment" is the last row of the stages, even when each
    row has only its stage and its payment."""
    cover = chunk(0, "legal/bike_repair_cover_terms_velo.pdf", 1, (
        "5. Gold Cover\n5.1 Gold Cover can be added when you buy your bike.\n"
        "5.2 Without the Gold Cover plan, breakage is not covered, and a repair costs 40% of the bike price.\n"
        "5.3 The Gold Cover plan costs GBP 8 per month and may be cancelled at any time."), "5. Gold Cover")
    ans = read("How much does Velo's Gold Cover plan cost, and what does a repair cost without it?", [cover],
               corpus=[cover, *CORPUS])  # (each part is answered in turn: the plan's price first)
    assert ans.answer.index("GBP 8 per month") < ans.answer.index("40%"), ans.answer
    stages = chunk(1, "legal/garden_room_contract_oakly.pdf", 1, (
        "4. Paying\n4.1 The Price is paid in stages:\n"
        "Stage When you sign, Payment due 20% of the Price.\n"
        "Stage When the kit is delivered, Payment due 50% of the Price.\n"
        "Stage Within 7 days of handover, Payment due 30% of the Price."), "4. Paying")
    ans = read("When is the final payment for the garden room due?", [stages], corpus=[stages, *CORPUS])
    assert "Within 7 days of handover" in ans.answer and "When the kit" not in ans.answer, ans.answer


def test_how_often_is_answered_by_twice_a_day_or_every_week():
    from chatbot.answer.verify.terms import terms
    assert terms("Check it twice a day.").rate and terms("Re-measure it every week.").rate
    leaflet = chunk(0, "medical/digoxin_pulse_leaflet_tarn.pdf", 1, (
        "3. Checking your pulse\nSit quietly for 5 minutes before you start.\n"
        "Check your pulse twice a day, before your tablets.\nYour nurse reviews your chart at each visit."),
        "3. Checking your pulse")
    ans = read("How often should I check my pulse on digoxin?", [leaflet], corpus=[leaflet, *CORPUS])
    assert "twice a day" in ans.answer and "5 minutes" not in ans.answer, ans.answer


def test_what_share_asks_a_percentage_delivered_is_delivery_and_for_christmas_is_when():
    """"What share of the price" asks a percentage (the word "share" is no thing the contract must say);
    "were delivered" matches "On delivery"; "to go home for Christmas" restricts nothing."""
    from chatbot.answer.verify.terms import stem
    assert stem("delivery") == stem("delivered")
    stages = chunk(0, "legal/conservatory_contract_pell.pdf", 1, (
        "3. Payment\n3.1 The Price of the conservatory is paid in stages:\n"
        "Stage When you sign, Payment due 10% of the Price.\n"
        "Stage On delivery of the frames, Payment due 60% of the Price.\n"
        "Stage When the roof is on, Payment due 30% of the Price."), "3. Payment")
    ans = read("The frames were delivered this morning. What share of the price do we owe now?", [stages],
               corpus=[stages, *CORPUS])
    assert "60% of the Price" in ans.answer and "10%" not in ans.answer, ans.answer
    nanny = chunk(1, "legal/nanny_agreement_rowe.pdf", 1, (
        "5. Holidays\n5.1 The Nanny has 4 weeks of paid holiday a year, taken at times agreed with the Family."),
        "5. Holidays")
    ans = read("Does the nanny get paid holiday if she wants to go home for Christmas?", [nanny],
               corpus=[nanny, *CORPUS])
    assert "4 weeks of paid holiday" in ans.answer, ans.answer


def test_fitters_are_installers_a_crack_is_damage_and_a_fee_back_is_a_refund():
    terms_ = chunk(0, "legal/heat_pump_installation_contract_brae.pdf", 1, (
        "5. The work\n5.1 The Installer will make good any plaster damaged while fitting the pipes.\n"
        "5.2 The Installer will replace, at its own cost, any floor tiles broken during the work.\n"
        "6. Ending early\n6.1 If you end this contract before the Start Date, we refund the survey fee, less 20%."),
        "5. The work")
    ans = read("What happens if the fitters crack some of our floor tiles?", [terms_], corpus=[terms_, *CORPUS])
    assert "any floor tiles broken" in ans.answer, ans.answer
    ans = read("We've pulled out before the start date. Do we get any of our fee back?", [terms_],
               corpus=[terms_, *CORPUS])
    assert "we refund the survey fee, less 20%" in ans.answer, ans.answer


def test_without_being_charged_asks_for_the_no_charge_row_and_how_much_notice_is_no_price():
    from chatbot.answer.verify.question import expected_type
    assert expected_type("How much notice do I give to cancel without being charged?").kind == "duration"
    assert expected_type("How much notice avoids the fee for a drop-off?").kind == "duration"  # ("drop-off": no drop)
    terms_ = chunk(0, "legal/riding_lesson_terms_brook.pdf", 1, (
        "5. Cancelling a lesson\nThe charge depends on how much notice you give before the lesson:\n"
        "Notice given 24 hours to less than 48 hours, Charge 50% of the lesson fee.\n"
        "Notice given 48 hours or more, Charge No charge.\n"
        "Notice given Less than 24 hours, Charge The full lesson fee."), "5. Cancelling a lesson")
    ans = read("How much notice do I need to give to cancel a riding lesson without being charged?", [terms_],
               corpus=[terms_, *CORPUS])
    assert "48 hours or more, Charge No charge" in ans.answer and "50%" not in ans.answer, ans.answer


def test_a_count_of_patches_or_lessons_is_placed_in_its_band():
    """"5 patches" is read against "3 patches or fewer" and "4 patches or more" (one data table of
    counted things, units.UNITS), as "12 lessons" is against a block's band."""
    leaflet = chunk(0, "medical/ringworm_leaflet_cole.pdf", 1, (
        "3. Treatment\nHow much skin is affected Small, 3 patches or fewer, Usual treatment Terbinafine cream once a day.\n"
        "How much skin is affected Widespread, 4 patches or more, Usual treatment Terbinafine tablets, see your GP."),
        "3. Treatment")
    ans = read("My daughter has ringworm with 5 patches on her arms. Will a cream do?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert "Terbinafine tablets" in ans.answer and "cream once a day" not in ans.answer, ans.answer
    lessons = chunk(1, "legal/guitar_lesson_terms_pike.pdf", 1, (
        "4. Blocks\nBlock 5 to 9 lessons, Discount 5% off the lesson fee.\n"
        "Block 10 lessons or more, Discount 10% off the lesson fee."), "4. Blocks")
    ans = read("If I book 12 lessons at once, what discount do I get?", [lessons], corpus=[lessons, *CORPUS])
    assert "10% off" in ans.answer and "5% off" not in ans.answer, ans.answer


def test_staying_over_is_an_overnight_guest_pins_and_needles_tingle_and_a_fridge_is_an_appliance():
    rules = chunk(0, "legal/lodger_agreement_fenn.pdf", 1, (
        "6. House rules\n6.1 The Lodger keeps the room clean and tidy.\n"
        "6.2 There are no overnight guests without the Householder's consent.\n"
        "7. Repairs\n7.1 Appliances in the kitchen are repaired by the Householder within 7 days of a fault.\n"
        "7.2 A fault with the boiler is repaired within 24 hours."),
        "6. House rules")
    ans = read("Can my girlfriend stay over at the weekend?", [rules], corpus=[rules, *CORPUS])
    assert "no overnight guests" in ans.answer, ans.answer
    ans = read("Our fridge has a fault. How quickly must it be repaired?", [rules], corpus=[rules, *CORPUS])
    assert "within 7 days of a fault" in ans.answer and "24 hours" not in ans.answer, ans.answer
    leaflet = chunk(1, "medical/finasteride_leaflet_hale.pdf", 1, (
        "Side effects\nYou may feel tired in the first weeks.\nWash your hands after touching a broken tablet.\n"
        "Tingling in the hands is common at first and is harmless.\nSee your GP if your breasts become tender."),
        "Side effects")
    ans = read("I keep getting pins and needles since I started finasteride. Should I stop it?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert "Tingling in the hands" in ans.answer, ans.answer


def test_how_long_does_a_thing_take_is_answered_by_a_sentence_that_names_the_thing():
    """"How long does the eye examination take?" is not answered by another sentence of the same section that
    gives a time ("Glasses are ready within 10 days"); the one that names the examination is."""
    terms_ = chunk(0, "legal/optician_terms_lark.pdf", 1, (
        "2. Your visit\n2.1 Glasses are usually ready within 10 days of your order.\n"
        "2.2 Contact lens checks are booked every 12 months."), "2. Your visit")
    ans = read("How long does the eye examination at Lark Opticians take?", [terms_], corpus=[terms_, *CORPUS])
    assert ans.refused, ans.answer
    named = chunk(1, "legal/optician_terms_lark.pdf", 1, (
        "3. Eye examinations\n3.1 An eye examination takes about 30 minutes.\n3.2 Glasses are usually ready within 10 days."),
        "3. Eye examinations")
    ans = read("How long does the eye examination at Lark Opticians take?", [named], corpus=[named, *CORPUS])
    assert "about 30 minutes" in ans.answer and "10 days" not in ans.answer, ans.answer


def test_the_lowest_temperature_asks_a_temperature_a_cushion_is_a_pillow_and_getting_down_on_your_knees_is_kneeling():
    terms_ = chunk(0, "legal/bowls_club_terms_hale.pdf", 1, (
        "4. Weather\n4.1 A coached session goes ahead only if the air temperature is at least 8 degrees C.\n"
        "4.2 Sessions called off are moved to another date."), "4. Weather")
    ans = read("What is the lowest air temperature at which a coached session goes ahead?", [terms_],
               corpus=[terms_, *CORPUS])
    assert "at least 8 degrees C" in ans.answer, ans.answer
    plan = chunk(1, "medical/hip_exercise_plan_dove.pdf", 1, (
        "5. At home\n5.1 Use an ice pack on your hip for 15 minutes at a time.\n"
        "5.2 Never put a pillow under your hip.\n"
        "5.3 Do not kneel on the operated side before 12 weeks."), "5. At home")
    ans = read("Dad says his new hip feels better with a cushion tucked under it at night. Is that OK?", [plan],
               corpus=[plan, *CORPUS])
    assert "Never put a pillow under your hip" in ans.answer, ans.answer
    ans = read("When can Dad get down on his knees in the garden after his hip op?", [plan], corpus=[plan, *CORPUS])
    assert "before 12 weeks" in ans.answer and "ice pack" not in ans.answer, ans.answer


def test_another_clause_set_aside_is_no_case_the_document_leaves_out():
    """"..., and clause 3.2 does not apply" sets another clause aside; it leaves no case out of the
    document's scope, so the sentence before it still answers."""
    terms_ = chunk(0, "legal/spa_day_voucher_terms_ferrow.pdf", 1, (
        "3. Vouchers\n3.1 Every gift voucher is valid for 18 months from the date of purchase.\n"
        "3.2 An expired voucher may be extended once for 6 months for a fee of GBP 20.\n"
        "3.3 If the spa closes on a booked date, we extend the voucher by 6 months free of charge, and clause 3.2 "
        "does not apply."), "3. Vouchers")
    ans = read("How long is a Ferrow spa gift voucher valid for?", [terms_], corpus=[terms_, *CORPUS])
    assert "18 months from the date of purchase" in ans.answer, ans.answer


def test_for_a_birthday_says_why_not_which_case():
    """"Can I book one for my husband's birthday in January?": the birthday is why, not a case the document
    must name; the season that rules January out answers."""
    terms_ = chunk(0, "legal/river_cruise_terms_wendle.pdf", 1, (
        "3. Cruises\n3.1 Evening cruises run from 1 May to 30 September.\n"
        "3.2 Private charters may be booked on any day."), "3. Cruises")
    ans = read("Wendle evening cruises run all year, so I can book one for my wife's birthday in February, can't I?",
               [terms_], corpus=[terms_, *CORPUS])
    assert "1 May to 30 September" in ans.answer, ans.answer


def test_at_what_temperature_is_answered_by_degrees_and_the_rest_of_the_family_restricts_nothing():
    """"At what temperature" is a kind of value: a leaflet says "60 degrees C", not the word; "along with the
    rest of the family" names no case the leaflet must name."""
    leaflet = chunk(0, "medical/scabies_leaflet_orme.pdf", 1, (
        "How do we stop it spreading?\n- On the day of treatment, wash all bedding and towels at 60 degrees C.\n"
        "- Everyone in the family is treated on the same day, even without an itch."), "How do we stop it spreading?")
    ans = read("At what temperature should sheets be washed for scabies?", [leaflet], corpus=[leaflet, *CORPUS])
    assert "60 degrees C" in ans.answer, ans.answer
    ans = read("My son has scabies. Should I be treated on the same day along with the rest of the family even if I don't itch?",
               [leaflet], corpus=[leaflet, *CORPUS])
    assert "Everyone in the family is treated" in ans.answer, ans.answer


def test_a_row_whose_column_heading_asks_is_read_as_one_row():
    """A table whose heading is a question ("Can they ride?") is rendered "..., Can they ride? Yes, ..."; the
    row is one row, so the band that holds the child's age gives its conditions."""
    terms_ = chunk(0, "legal/pony_trek_terms_hallam.pdf", 1, (
        "4. Riders\n4.1 Age is taken on the day of the trek.\n\n"
        "Age Under 6 years, Can they ride? No, Conditions -, Price -.\n"
        "Age 6 to 10 years, Can they ride? Yes, Conditions At least 1.1 m tall and led by a guide, Price GBP 30.\n"
        "Age 11 years and over, Can they ride? Yes, Conditions None, Price GBP 45."), "4. Riders")
    ans = read("My daughter is 8. Can she go on a Hallam pony trek?", [terms_], corpus=[terms_, *CORPUS])
    assert "At least 1.1 m tall" in ans.answer and "GBP 45" not in ans.answer, ans.answer


def test_how_high_asks_a_height_or_level_and_a_weight_in_kg_counts_no_passengers():
    """"How high does the airship go?" is answered by a height ("2,000 feet"), not by a weight table's kg;
    "105 kg, Passenger weight" counts kilograms, not passengers."""
    weights = chunk(0, "legal/airship_ride_terms_pellow.pdf", 1, (
        "4. Weight\n4.1 Each Passenger's weight must be given when booking:\n\n"
        "Weight (kg) Up to 105 kg, Passenger weight (stones) Up to 16 st 7 lb, Surcharge None.\n"
        "Weight (kg) Over 105 kg, Passenger weight (stones) Over 16 st 7 lb, Surcharge GBP 60.\n"
        "4.2 Wear flat shoes and warm clothes."), "4. Weight")
    for question in ("How high does the Pellow airship go on a ride?", "How many passengers ride in the Pellow airship?"):
        ans = read(question, [weights], corpus=[weights, *CORPUS])
        assert ans.refused, (question, ans.answer)
    height = chunk(1, "legal/airship_ride_terms_pellow.pdf", 2, (
        "5. The ride\n5.1 The airship cruises at up to 2,000 feet for about 40 minutes.\n"
        "5.2 Up to 12 Passengers ride in the gondola."), "5. The ride")
    ans = read("How high does the Pellow airship go on a ride?", [height, weights], corpus=[height, weights, *CORPUS])
    assert "2,000 feet" in ans.answer, ans.answer


def test_a_private_row_is_no_answer_for_a_shared_one():
    """"How many riders share a shared trek?" is not answered by the private trek's "for 2 riders": shared and
    private are kinds of one thing (CONTRAST_KINDS)."""
    treks = chunk(0, "legal/pony_trek_terms_hallam.pdf", 1, (
        "3. Treks\n3.1 Prices for 2029:\n\nTrek Private Trek, Who A guide and 2 riders only, Price GBP 120.\n"
        "Trek Shared Trek, Who Any riders aged 11 and over, Price GBP 45."), "3. Treks")
    ans = read("How many riders go out together on a Hallam shared trek?", [treks], corpus=[treks, *CORPUS])
    assert ans.refused, ans.answer


def test_is_there_a_thing_at_a_place_asks_of_the_thing_and_go_swimming_is_the_act_asked_about():
    """"Are there toilets at the start point?" asks about toilets, not the start point the terms name often;
    "Can she go swimming while she has scabies?" asks about swimming, which the leaflet never mentions."""
    terms_ = chunk(0, "legal/fell_walk_terms_brack.pdf", 1, (
        "5. On the day\n5.1 Meet at the Start Point at 08:30.\n5.2 The Start Point car park may be muddy.\n"
        "5.3 Walkers are driven back to the Start Point by minibus."), "5. On the day")
    ans = read("Are there toilets at the Brack fell walk start point?", [terms_], corpus=[terms_, *CORPUS])
    assert ans.refused, ans.answer
    leaflet = chunk(1, "medical/scabies_leaflet_orme.pdf", 1, (
        "Can my child go to school?\nThere is no need to keep a child with scabies off school once the first "
        "treatment has been used."), "Can my child go to school?")
    ans = read("Can my daughter still go swimming while she has scabies?", [leaflet], corpus=[leaflet, *CORPUS])
    assert ans.refused, ans.answer


def test_she_picks_the_girls_column_of_a_row():
    """"My niece is 10: how much should she drink?" gives the Girls cell of the 9 to 13 row, not the Boys
    one beside it."""
    plan = chunk(0, "medical/drinks_plan_fenn.pdf", 1, (
        "2. Drinks each day\n\nAge 4 to 8 years, Girls 1000 to 1400 ml, Boys 1000 to 1400 ml.\n"
        "Age 9 to 13 years, Girls 1200 to 2100 ml, Boys 1400 to 2300 ml."), "2. Drinks each day")
    ans = read("My niece is 10. How much should she drink each day?", [plan], corpus=[plan, *CORPUS])
    assert "1200 to 2100 ml" in ans.answer and "1400 to 2300" not in ans.answer, ans.answer
    ans = read("My nephew is 10. How much should he drink each day?", [plan], corpus=[plan, *CORPUS])
    assert "1400 to 2300 ml" in ans.answer and "1200 to 2100" not in ans.answer, ans.answer


def test_an_age_written_without_years_beside_one_written_with_them_holds_the_case():
    """"someone in the home is over 75, or is under 2 years old": an 81-year-old is over 75, though only the
    second band says "years"; the 12-hour clause answers, not the 24-hour one for everyone."""
    plan = chunk(0, "legal/heat_pump_cover_tarrant.pdf", 1, (
        "5. Response times\n5.1 We aim to attend within 24 hours if you have no heating.\n"
        "5.2 We aim to attend within 8 hours if you have no heating and someone living in the Home is over 75, "
        "is under 2 years old or is pregnant."), "5. Response times")
    ans = read("The heating is off and my dad, who is 81, lives with us. How quickly should Tarrant get an engineer "
               "to us?", [plan], corpus=[plan, *CORPUS])
    assert "within 8 hours" in ans.answer and "24 hours" not in ans.answer, ans.answer


def test_the_date_of_a_thing_is_said_with_the_thing():
    """"On what date will Mr Hale's stitches be taken out?" is not answered by the plan's "Date home" row; the
    sentence that names the stitches is."""
    plan = chunk(0, "medical/hernia_discharge_hale.pdf", 1, (
        "Summary\nDate home Monday 4 June 2029\nFollow-up clinic Tuesday 19 June 2029"), "Summary")
    ans = read("On what date will Mr Hale's stitches be taken out?", [plan], corpus=[plan, *CORPUS])
    assert ans.refused, ans.answer
    said = chunk(1, "medical/hernia_discharge_hale.pdf", 1, (
        "Your wound\nYour stitches will be taken out by the practice nurse on Monday 11 June 2029.\n"
        "Date home Monday 4 June 2029"), "Your wound")
    ans = read("On what date will Mr Hale's stitches be taken out?", [said], corpus=[said, *CORPUS])
    assert "11 June 2029" in ans.answer, ans.answer


def test_which_brand_of_a_thing_is_refused_by_a_document_that_names_no_brand():
    """"Which brand of sun cream should she use?" of a leaflet that says how to use sun cream but names no
    brand, make or model: the leaflet does not say, and its sun cream sentence is only near the topic."""
    leaflet = chunk(0, "medical/eczema_sun_leaflet_orme.pdf", 1, (
        "Sun care\nUse a sun cream of SPF 30 or more, 20 minutes before going out.\n"
        "Reapply it every 2 hours and after swimming."), "Sun care")
    # (the index knows the words: another document of it names brands and models)
    goods = chunk(1, "legal/appliance_rental_terms_dunn.pdf", 1, (
        "4. Goods\n4.1 We may supply another brand or model of the same size and rating."), "4. Goods")
    for question in ("Which brand of sun cream should my daughter use?", "What make and model of sun hat is best?"):
        ans = read(question, [leaflet], corpus=[leaflet, goods, *CORPUS])
        assert ans.refused, (question, ans.answer)
    ans = read("How often should she reapply sun cream?", [leaflet], corpus=[leaflet, *CORPUS])
    assert "every 2 hours" in ans.answer, ans.answer


def test_what_time_a_thing_starts_is_said_with_the_thing():
    """"What time do the Thursday evening classes start?" is not answered by another course's "10:00 to 16:00";
    the sentence that names the classes is."""
    terms_ = chunk(0, "legal/pottery_course_terms_wren.pdf", 1, (
        "2. Courses\nCourse Taster Day, What it includes One Saturday, 10:00 to 16:00, Price GBP 60.\n"
        "Course Ten-week Course, What it includes 10 Thursday evening sessions at the studio, Price GBP 240."),
        "2. Courses")
    ans = read("What time do the Thursday evening classes of the Wren ten-week course start?", [terms_],
               corpus=[terms_, *CORPUS])
    assert ans.refused, ans.answer
    said = chunk(1, "legal/pottery_course_terms_wren.pdf", 1, (
        "3. Classes\nThursday evening classes run from 19:00 to 21:00.\nCourse Taster Day runs 10:00 to 16:00."),
        "3. Classes")
    ans = read("What time do the Thursday evening classes start?", [said], corpus=[said, *CORPUS])
    assert "19:00" in ans.answer and "10:00" not in ans.answer, ans.answer


def test_by_how_much_something_can_go_up_is_said_with_an_increase():
    """"By how much can the pitch fee go up each year?" is not answered by the late-payment interest's "3% a
    year"; a sentence that says how the fee may be increased is."""
    terms_ = chunk(0, "legal/caravan_pitch_licence_orme.pdf", 1, (
        "3. Pitch fee\n3.1 The pitch fee is GBP 2,400 a year, paid monthly.\n"
        "3.2 If any fee is more than 14 days late, interest is charged at 3% a year above base rate."), "3. Pitch fee")
    ans = read("By how much can Orme Park put the pitch fee up each year?", [terms_], corpus=[terms_, *CORPUS])
    assert ans.refused, ans.answer
    said = chunk(1, "legal/caravan_pitch_licence_orme.pdf", 1, (
        "3. Pitch fee\n3.1 The pitch fee is GBP 2,400 a year.\n3.3 The pitch fee may be increased once a year by "
        "no more than 4%.\n3.2 Late fees carry interest at 3% a year."), "3. Pitch fee")
    ans = read("By how much can the pitch fee go up each year?", [said], corpus=[said, *CORPUS])
    assert "no more than 4%" in ans.answer, ans.answer


def test_a_wedding_breakfast_is_a_meal_and_whats_the_max_dose_asks_a_dose():
    """"How many guests can the hall seat for the wedding breakfast?" is answered by "seated for a meal";
    "what's the max dose" asks a dose as "what is the max dose" does."""
    venue = chunk(0, "legal/village_hall_hire_orme.pdf", 1, (
        "4. Capacity\n4.1 For weddings the hall holds 90 guests seated for a meal and 150 guests standing.\n"
        "4.2 Music must end by 23:00."), "4. Capacity")
    ans = read("How many guests can Orme village hall seat for the wedding breakfast?", [venue],
               corpus=[venue, *CORPUS])
    assert "90 guests seated for a meal" in ans.answer, ans.answer
    from chatbot.answer.verify.question import expected_type
    assert expected_type("what's the max dose of colchicine for a flare?").kind == "dose"


def test_the_house_on_a_named_street_is_the_document_s_own_not_a_case():
    """"Does the rent for the house on Mill Lane include the water bill?": "the house on Mill Lane" names
    the let property; the lease that says "the Property" answers, though it never says "house"."""
    lease = chunk(0, "legal/tenancy_mill_lane_orme.pdf", 1, (
        "2. Rent\n2.1 The Tenant pays the Rent monthly in advance.\n"
        "2.4 The Rent does not include any utilities or council tax."), "2. Rent")
    ans = read("Does the rent for the house on Mill Lane include the water bill?", [lease], corpus=[lease, *CORPUS])
    assert "does not include any utilities" in ans.answer, ans.answer
    from chatbot.answer.verify.question import analyse_question
    assert {"dog"} in analyse_question("Is there a charge for dogs on Sundays?").restrictions  # a day is no place


def test_a_few_days_or_half_a_tank_says_how_much_not_which_case():
    """"stop it for a few days before, won't I?" and "back with half a tank": how much or how long, not a
    case the document must name ("few" and "half" restrict nothing; the tank still does)."""
    leaflet = chunk(0, "medical/zelvaxan_leaflet_orme.pdf", 1, (
        "6. Dental treatment\n6.1 Most dental treatment, including a simple extraction, can go ahead without "
        "stopping Zelvaxan; your dentist may ask you to miss the morning dose.\n"
        "6.2 Do not stop taking it on your own."), "6. Dental treatment")
    ans = read("I'm having a tooth pulled next week, so I'll need to stop Zelvaxan for a few days before, won't I?",
               [leaflet], corpus=[leaflet, *CORPUS])
    assert "can go ahead without stopping Zelvaxan" in ans.answer, ans.answer
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("I brought the van back with half a tank, what is the charge?").restrictions == [{"tank"}]


def test_how_many_worming_treatments_counts_treatments_and_doses_count_as_treatments():
    """"How many worming treatments a year ...?" counts treatments (the head of "worming treatments"),
    and a row's "4 doses" counts them: a dose is a treatment given."""
    plan = chunk(0, "legal/pet_care_plan_orme.pdf", 2, (
        "4. What the Plan includes\n4.1 In each Plan Year a Member Pet receives:\n\n"
        "Included Health check with a vet, Allowance per Plan Year 2.\n"
        "Included Flea treatment (dogs and cats), Allowance per Plan Year 12 monthly doses.\n"
        "Included Worming treatment (dogs and cats), Allowance per Plan Year 4 doses, one every 3 months.\n\n"
        "4.2 Worming treatments are chosen by our vets for the pet's weight."), "4. What the Plan includes")
    ans = read("How many worming treatments a year come with the Orme pet care plan?", [plan], corpus=[plan, *CORPUS])
    assert "4 doses, one every 3 months" in ans.answer and "12 monthly" not in ans.answer, ans.answer
    from chatbot.answer.verify.question import expected_type
    assert expected_type("How many swimming lessons are left?").counted == "lesson"


def test_rain_is_weather_and_a_cigarette_is_smoking():
    """Everyday words for what a contract says in its own: heavy rain is weather, a vape is smoking."""
    build = chunk(0, "legal/building_contract_orme.pdf", 2, (
        "7. Delays\n7.1 The Builder may claim extra time only for delays caused by exceptionally adverse "
        "weather, and must give written notice within 5 days of the delay starting."), "7. Delays")
    ans = read("Can the builder get extra time because of the rain?", [build], corpus=[build, *CORPUS])
    assert "exceptionally adverse weather" in ans.answer, ans.answer
    from chatbot.answer.verify.terms import LAY_TERMS
    assert "smoke" in LAY_TERMS["vape"] and "insid" in LAY_TERMS["indoor"]


def test_how_many_childrens_tablets_counts_tablets_of_the_weight_band():
    """"how many children's Velorix tablets a day" counts tablets, not children ("children under 16
    free" is no answer), and "2 paediatric tablets" counts them with a word between."""
    plan = chunk(0, "medical/travel_tablets_orme.pdf", 1, (
        "3. Children's doses by weight\n"
        "Child's weight 11 to 20.9 kg, Daily dose of Velorix 1 paediatric tablet.\n"
        "Child's weight 21 to 30.9 kg, Daily dose of Velorix 2 paediatric tablets.\n"
        "Child's weight 31 to 40.9 kg, Daily dose of Velorix 3 paediatric tablets."), "3. Children's doses by weight")
    costs = chunk(1, "medical/travel_tablets_orme.pdf", 2, (
        "6. Costs\nTravel clinic consultation, Quantity Adults GBP 15 each, children under 16 free, Price GBP 30.00."),
        "6. Costs")
    ans = read("Our son is 7 and weighs 23 kg. How many children's Velorix tablets a day would he take?", [plan, costs],
               corpus=[plan, costs, *CORPUS])
    assert "2 paediatric tablets" in ans.answer and "under 16" not in ans.answer, ans.answer


def test_half_a_tablet_and_one_adult_tablet_are_doses():
    """A dose written as a fraction ("Three-quarters of a paediatric tablet") or with a word between the
    number and its unit ("1 adult tablet") is a dose: the weight band's row answers "what daily dose"."""
    table = chunk(0, "medical/travel_tablets_orme.pdf", 1, (
        "3. Children's doses by weight\n"
        "Child's weight 5 to 7.9 kg, Daily dose of Velorix Half a paediatric tablet.\n"
        "Child's weight 8 to 10.9 kg, Daily dose of Velorix Three-quarters of a paediatric tablet.\n"
        "Child's weight 11 to 20.9 kg, Daily dose of Velorix 1 paediatric tablet.\n"
        "Child's weight 41 kg and over, Daily dose of Velorix 1 adult tablet."), "3. Children's doses by weight")
    family = chunk(1, "medical/travel_tablets_orme.pdf", 1, (
        "1. Your tablets\nTraveller Theo, Age and weight 9 years, 29 kg, Tablet Velorix 62.5 mg (paediatric "
        "tablet), Dose 2 tablets once a day."), "1. Your tablets")
    ans = read("Friends have a baby who weighs 9 kg. What daily dose of Velorix would she need?", [family, table],
               corpus=[family, table, *CORPUS])
    assert "Three-quarters of a paediatric tablet" in ans.answer and "Theo" not in ans.answer, ans.answer
    from chatbot.answer.verify.terms import terms
    assert ("1", "tablet") in terms("1 adult tablet").quantities


def test_a_blood_pressure_reading_falls_in_the_band_of_its_higher_part():
    """"My average came out at 152/88": the row "150/95 to 179/119" holds it (152 is in it, 88 is not
    above it), not "135/85 to 149/94" (88 is in it but 152 is above it); where a row has a clinic and a
    home column, the column the question names is read."""
    leaflet = chunk(0, "medical/home_bp_leaflet_orme.pdf", 2, (
        "6. What your results mean\n"
        "Your home average Below 135/85, What to do No action; check again in 5 years.\n"
        "Your home average 135/85 to 149/94, What to do Book a routine nurse appointment within 4 weeks.\n"
        "Your home average 150/95 to 179/119, What to do See a GP within 7 days.\n"
        "Your home average 180/120 or higher, What to do Phone the surgery the same day."), "6. What your results mean")
    ans = read("My home average came out at 152/88 and I'm not on any tablets. What should I do?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert "within 7 days" in ans.answer and "4 weeks" not in ans.answer, ans.answer
    from chatbot.answer.pressure import pressure_fit, pressure_readings
    q = "Home average 152/96 - which stage is that?"
    stage1 = "Stage 1, Clinic BP 140/90 to 159/99 mmHg, Home average 135/85 to 149/94 mmHg"
    assert pressure_readings(q) == [(152.0, 96.0)] and pressure_fit(pressure_readings(q), stage1, q) == -1
    assert pressure_readings("Take it on 12/05 and 15/08") == []  # dates are no readings


def test_does_the_provider_do_or_fit_or_give_a_thing_the_terms_never_name():
    """"Does Orme Vets do home visits?", "Can Orme Garage fit a tow bar?": a service the terms never name
    is one they are silent on; "Can I give another dose?" asks about the medicine, which is named."""
    vets = chunk(0, "legal/orme_vets_plan_terms.pdf", 1, (
        "4. What the Plan includes\n4.1 Each Member Pet receives two health checks a year and its annual booster "
        "vaccination.\n4.2 Members get 10% off consultations and operations during opening hours."),
        "4. What the Plan includes")
    ans = read("Does Orme Vets do home visits for plan members?", [vets], corpus=[vets, *CORPUS])
    assert ans.answer.startswith("The documents provided do not answer"), ans.answer
    dose = chunk(1, "medical/nausea_guideline_orme.pdf", 2, (
        "3. Repeat doses\n3.1 Do not repeat ondansetron within 6 hours of the last dose; give cyclizine instead."),
        "3. Repeat doses")
    ans = read("She had ondansetron an hour ago and is vomiting again. Can I give another dose of ondansetron?",
               [dose], corpus=[dose, *CORPUS])
    assert "within 6 hours of the last dose" in ans.answer, ans.answer


def test_a_dose_under_another_triptans_heading_is_not_the_asked_triptans_dose():
    """"What dose of rizatriptan?" of a leaflet whose section "How do I take sumatriptan?" names
    rizatriptan only as another choice: "Your doctor may increase this to 100 mg" is sumatriptan's dose."""
    leaflet = chunk(0, "medical/migraine_leaflet_orme.pdf", 1, (
        "How do I take sumatriptan?\nThe usual dose is sumatriptan 50 mg when a migraine attack starts. Your doctor may increase "
        "this to 100 mg. Do not take more than 300 mg in 24 hours. If it does not work for you, another "
        "triptan, such as zolmitriptan or rizatriptan, may suit you better."), "How do I take sumatriptan?")
    ans = read("What dose of rizatriptan should I take for a migraine attack?", [leaflet], corpus=[leaflet, *CORPUS])
    assert ans.answer.startswith("The documents provided do not answer"), ans.answer
    ans = read("What dose of sumatriptan should I take for a migraine attack?", [leaflet], corpus=[leaflet, *CORPUS])
    assert "50 mg" in ans.answer, ans.answer


def test_a_percentage_answers_a_price_only_as_a_share_of_one():
    """"How much does a tube of the cream cost?" is not answered by "Hydrogen peroxide 1% cream" (a
    strength); "50% of the fee" or "10% off" still answer a money question."""
    leaflet = chunk(0, "medical/impetigo_leaflet_orme.pdf", 1, (
        "3. Treatment\nLocalised patches, Usual treatment Hydrogen peroxide 1% cream, applied 2 or 3 times a day "
        "for 5 days.\nSpreading patches, Usual treatment Flucloxacillin liquid for 7 days."), "3. Treatment")
    ans = read("How much does a tube of hydrogen peroxide cream cost at Orme Pharmacy?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert ans.answer.startswith("The documents provided do not answer"), ans.answer
    from chatbot.answer.verify.question import expected_type, has_type
    from chatbot.answer.verify.terms import terms
    money = expected_type("How much will they charge if I cancel a week before?")
    assert has_type(terms("Cancellations 7 to 14 days before: 50% of the fee."), money)
    assert not has_type(terms("Hydrogen peroxide 1% cream, applied twice a day."), money)


def test_how_long_does_a_break_from_it_usually_last_times_the_break():
    """"How long does a break from Ostevra usually last?" times the break: "continue for up to 10 years"
    names no break and does not answer; "how many hours does X last" times X as "how long" does."""
    leaflet = chunk(0, "medical/ostevra_leaflet_orme.pdf", 1, (
        "How long will I take it?\nYour doctor will review your treatment after 5 years. If you are at high risk "
        "of fracture, you will usually continue for up to 10 years."), "How long will I take it?")
    ans = read("How long does a break from Ostevra usually last?", [leaflet], corpus=[leaflet, *CORPUS])
    assert ans.answer.startswith("The documents provided do not answer"), ans.answer
    from chatbot.answer.verify.question import analyse_question
    assert analyse_question("How many hours does a full charge last?").timed == {"charg"}


def test_a_case_named_by_the_question_takes_its_own_rule_not_the_general_one():
    """"A patient with kidney failure: what infusion volume?" is answered by "For patients with kidney
    failure or on dialysis, give 200 mL infusions" alone, not with the general 400 mL beside it; a
    question that names no case keeps the general rule first."""
    guide = chunk(0, "medical/dehydration_tool_orme.pdf", 1, (
        "4. Fluids\n3. Give IV fluids if the systolic blood pressure is below 95 mmHg: an infusion of 400 mL of "
        "saline over 20 minutes, then reassess. For patients with kidney failure or on dialysis, give 200 mL "
        "infusions and ask for a senior review before a second infusion."), "4. Fluids")
    ans = read("My patient has known kidney failure and a systolic of 88. What infusion volume should be given?",
               [guide], corpus=[guide, *CORPUS])
    assert "200 mL" in ans.answer and "400 mL" not in ans.answer, ans.answer
    ans = read("What infusion volume should be given if the systolic is 88?", [guide], corpus=[guide, *CORPUS])
    assert ans.answer.index("400 mL") < ans.answer.find("200 mL") or "200 mL" not in ans.answer, ans.answer
    from chatbot.answer.verify.exception import case_of
    assert case_of("Patients on warfarin should have their INR checked in 5 days.") == [{"warfarin"}]
    assert case_of("Give 500 mL over 15 minutes.") == []


def test_a_team_of_four_reads_the_row_keyed_by_four_players():
    """"The price per person for a team of 4" is the "4 Players" row of a price table, not the lead-in
    read with its first row ("2 Players")."""
    terms_ = chunk(0, "legal/laser_tag_terms_orme.pdf", 1, (
        "3. Prices\n3.1 Prices are per Player, per Session, and depend on the number of Players in the Squad:\n\n"
        "Players in the Squad 2 Players, Weekdays GBP 31 per Player, Weekends GBP 35 per Player.\n"
        "Players in the Squad 3 Players, Weekdays GBP 27 per Player, Weekends GBP 30 per Player.\n"
        "Players in the Squad 4 Players, Weekdays GBP 24 per Player, Weekends GBP 28 per Player.\n"
        "Players in the Squad 5 or 6 Players, Weekdays GBP 21 per Player, Weekends GBP 25 per Player."), "3. Prices")
    ans = read("What's the price per person at Orme Laser for a squad of 4?", [terms_], corpus=[terms_, *CORPUS])
    assert "GBP 24" in ans.answer and "GBP 31" not in ans.answer and "GBP 35" not in ans.answer, ans.answer


def test_one_items_clause_of_a_semicolon_list_answers_for_that_item():
    """"Late fee for suits" quotes "suits and other items GBP 12 per item per day", not the gowns' GBP 35
    beside it; clauses that set conditions ("if 8 to 12 hours ago, ...") are no list of items."""
    terms_ = chunk(0, "legal/costume_hire_terms_orme.pdf", 1, (
        "5. Returns\n5.2 Items returned late are charged a late fee for each day they are late: suits and other "
        "items GBP 12 per item per day; gowns GBP 35 per gown per day."), "5. Returns")
    ans = read("We brought three hired suits back to Orme Costumes two days late. What's the late fee?", [terms_],
               corpus=[terms_, *CORPUS])
    assert "GBP 12" in ans.answer and "GBP 35" not in ans.answer, ans.answer
    from chatbot.answer.cells import named_clause
    from chatbot.answer.verify.terms import terms
    words = lambda t: terms(t).words  # noqa: E731
    assert named_clause({"dose", "hour"}, "Reverse it: if the last dose was within 8 hours, give 1 mg; if 8 to 12 "
                        "hours ago, give 0.5 mg.", words) is None


def test_an_observation_written_before_its_number_is_the_case_s_value():
    """"Respiratory rate 26" (as a nurse writes it) is the case's value: the red-flag cell "25 or more"
    answers, not its amber neighbour "21 to 24" in the same row."""
    tool = chunk(0, "medical/deterioration_tool_orme.pdf", 1, (
        "3. Flags\nObservation Respiratory rate, Red flag 25 or more breaths per minute, Amber flag 21 to 24 "
        "breaths per minute.\nObservation Heart rate, Red flag More than 130 beats per minute, Amber flag 91 to "
        "130 beats per minute."), "3. Flags")
    ans = read("Patient on the ward: respiratory rate 26, other obs normal. Is that a red or an amber flag?", [tool],
               corpus=[tool, *CORPUS])
    assert "25 or more" in ans.answer and "21 to 24" not in ans.answer, ans.answer


def test_hand_in_is_giving_not_a_hand():
    """"Do we have to hand in our phones?" asks what the terms say of phones ("kept in the lockers"), not
    of a hand the terms never name."""
    terms_ = chunk(0, "legal/climbing_wall_terms_orme.pdf", 1, (
        "5. Arriving\n5.1 Please arrive 15 minutes early for the safety talk. All bags, mobile phones and cameras "
        "must be kept in the lockers by the entrance during the session."), "5. Arriving")
    ans = read("Do we have to hand in our phones before we start climbing at Orme, or can we keep them on us?",
               [terms_], corpus=[terms_, *CORPUS])
    assert "lockers" in ans.answer, ans.answer


def test_queasy_is_feeling_sick():
    """"Is it normal to feel queasy?" is answered by "Feeling sick is common", not its headache neighbour."""
    leaflet = chunk(0, "medical/ostevra_injection_leaflet_orme.pdf", 1, (
        "4. Side effects\nA headache is common: take paracetamol. Feeling sick is common "
        "in the first weeks: eat smaller meals. Dizziness can happen when you stand up: stand up slowly."), "4. Side effects")
    ans = read("Is it normal to feel queasy after an Ostevra injection?", [leaflet], corpus=[leaflet, *CORPUS])
    assert "Feeling sick" in ans.answer and "headache" not in ans.answer, ans.answer


def test_one_items_part_of_an_and_list_answers_for_that_item():
    """"From what age can a kitten join?" quotes "Dogs and cats may join from 8 weeks of age", not the
    rabbits' 10 weeks joined to it by "and"; "starts on 1 May and runs for 36 months" is one item's two facts."""
    plan = chunk(0, "legal/pet_plan_terms_orme.pdf", 1, (
        "2. Joining\n2.1 Dogs and cats may join from 8 weeks of age and rabbits from 12 weeks of age.\n"
        "2.2 The Plan Year starts on the date the pet joins."), "2. Joining")
    ans = read("From what age can a kitten join the Orme pet plan?", [plan], corpus=[plan, *CORPUS])
    assert "8 weeks" in ans.answer and "12 weeks" not in ans.answer, ans.answer
    from chatbot.answer.cells import named_clause
    from chatbot.answer.verify.terms import terms
    words = lambda t: terms(t).words  # noqa: E731
    assert named_clause({"initi", "term"}, "2.1 The Initial Term starts on 1 May 2026 and runs for 36 months.", words) is None


def test_what_does_it_look_like_asks_for_an_appearance():
    """"My son keeps scratching at night; what would the lice look like?" is answered by the sentence that
    says how they look, not by the itching one that shares the question's scene."""
    leaflet = chunk(0, "medical/head_lice_leaflet_orme.pdf", 1, (
        "What are head lice?\nHead lice are tiny insects that live in hair. They look like small grey-brown "
        "specks, about the size of a sesame seed.\nWhat should I look out for?\nThe main sign is an itchy scalp, "
        "which is often worse at night when your son or daughter keeps scratching."), "What are head lice?")
    ans = read("My son keeps scratching his head at night. If it's head lice, what would they actually look like?",
               [leaflet], corpus=[leaflet, *CORPUS])
    assert "sesame seed" in ans.answer and "itchy" not in ans.answer, ans.answer


def test_if_i_cancel_is_not_the_providers_if_we_have_to_cancel():
    """"If I cancel a week before, do I get my money back?" of terms that say "you" for the customer and
    "we" for the provider: "If we have to cancel a class, we give a full refund" is the provider's case."""
    terms_ = chunk(0, "legal/pottery_class_terms_orme.pdf", 1, (
        "7. Cancelling\n7.1 If we have to cancel a Class, for example because the tutor is ill, we give you a full "
        "refund.\n7.2 If you cancel a Class at least 7 days before it starts, we refund 50% of the fee."), "7. Cancelling")
    ans = read("If I cancel my Orme pottery class a week before, do I get my money back?", [terms_],
               corpus=[terms_, *CORPUS])
    assert "50%" in ans.answer and "full refund" not in ans.answer, ans.answer


def test_a_possessive_irregular_plural_is_its_word():
    """"a kids party" is the case of "Children's parties": "children's" is read as "children" (child), as
    "women's" is "women", so the lay word for it matches and the question is answered, not refused."""
    from chatbot.answer.verify.terms import stem
    assert stem("children's") == stem("children") == stem("child") and stem("women's") == stem("women")
    hall = chunk(0, "legal/church_hall_hire_orme.pdf", 1, (
        "6. Finishing times\n6.1 Children's parties must finish by 19:00, and the hall must be empty by 19:30.\n"
        "6.2 Adult parties must finish by 23:00, and amplified music must stop at 22:30.\n"
        "6.3 The Hirer must leave the hall clean and tidy."), "6. Finishing times")
    ans = read("What time does a kids party at the Orme church hall have to finish?", [hall], corpus=[hall, *CORPUS])
    assert "19:00" in ans.answer, ans.answer


def test_what_is_the_maximum_height_asks_for_a_height():
    """"What's the maximum height for a trampoline?" is answered by the sentence with a height in it ("up to 3
    metres high"), not by "The maximum numbers are: 150 standing", which shares only "maximum"."""
    rules = chunk(0, "legal/sports_hall_hire_orme.pdf", 2, (
        "7. Capacity and safety\n7.1 The maximum numbers are: Main Hall, 150 standing or 100 seated; Studio, 40 "
        "standing.\n7.2 Trampolines may be used in the Main Hall only, up to 3 metres high, on the mats provided."),
        "7. Capacity and safety")
    ans = read("What's the maximum height for a trampoline at the Orme sports hall?", [rules], corpus=[rules, *CORPUS])
    assert "3 metres high" in ans.answer and "150 standing" not in ans.answer, ans.answer


def test_should_they_be_offered_a_thing_the_documents_never_name():
    """"Should patients be offered the pneumococcal vaccine before they go home?" asks whether the guideline
    says to offer a vaccine; it names the pneumococcal antigen test, never a vaccine: silent, not quoted."""
    guide = chunk(0, "medical/bronchitis_guideline_orme.pdf", 2, (
        "4. Investigations\n4.1 Moderate severity: blood cultures, sputum culture and urinary pneumococcal antigen.\n"
        "4.2 High severity: as for moderate, plus arterial blood gas.\n5. Discharge\n5.1 Patients go home once "
        "they are eating and drinking and their oxygen saturation is 94% or more on air."), "4. Investigations")
    ans = read("Should patients be offered the pneumococcal vaccine before they go home?", [guide],
               corpus=[guide, *CORPUS])
    assert ans.refused, ans.answer


def test_a_hyphenated_name_picks_the_record_not_the_sentence():
    """"What kind of lens was put in Mrs Pellow-Quist's eye?": her name chooses the letter; the row that
    names the lens answers, not the patient row that repeats "Pellow-Quist" (read also as one word)."""
    from chatbot.answer.engine import passages_for
    letter = chunk(0, "medical/cataract_letter_orme.pdf", 1, (
        "Patient details\nPatient Mrs Ada Pellow-Quist, Hospital number OR-55120, Consultant Mr T. Fenwick-Rao\n"
        "Operation details\nOperation Right cataract surgery, Lens implanted Monofocal acrylic lens, Anaesthetic "
        "Local."), "Patient details")
    engine = Engine(FakeRetriever([letter, *CORPUS], dense=0.6, ranking=lambda query: [letter]), NoModel())
    question = "What kind of lens was put in Mrs Pellow-Quist's eye?"
    passages = passages_for(engine.retriever.search(question, k=3))
    best = engine.scorer.score(question, engine.scorer.candidates(passages), passages)[0]
    assert "Monofocal" in best.text, best.text



def test_how_much_is_a_thing_each_term_asks_its_price():
    """"..., and how much is lunch each term?" asks a price by its period though it names no money word: the
    part is a money question, so a pupil row's year and date (numbers that name the pupil) cannot answer it."""
    from chatbot.answer.verify.question import analyse_question, expected_type
    qa = analyse_question("For Tomas, what is the tuition fee per term, and how much is lunch each term?")
    assert [p.kind.kind for p in qa.parts] == ["money", "money"]
    assert expected_type("How much is parking a night?").kind == "money"
    assert expected_type("How much is the dose each week?").kind == "dose"  # a dose is no price
    assert expected_type("How much is lunch?").kind == "number"  # no period: a price or a portion


def test_an_alternative_in_brackets_with_its_own_condition_does_not_leave_the_case_out():
    """"4 units (or 10% of TDD if your TDD is over 60 units)": the bracket is another case's rule; a TDD of 40
    is the main rule's case, so the row still holds a glucose of 18.4."""
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import band_fit
    row = ("Blood glucose 17.0 to 21.9 mmol/L, Extra insulin with each check 4 units (or 10% of TDD if your TDD "
           "is over 60 units).")
    values = question_values("My glucose is 18.4 mmol/L and I use about 40 units of insulin a day. How much extra?")
    assert band_fit(values, row, row=True) == 1
    assert band_fit(question_values("I use 40 units a day"), "Give 4 units (unless the TDD is over 60 units).") == 0


def test_nights_are_not_held_by_a_band_of_another_count():
    """"2 nights in a pod" is no child "under 12": a count of nights is only held by a band of nights."""
    from chatbot.answer.asked import question_values
    from chatbot.answer.ranges import band_fit
    values = question_values("We're booking 2 nights in the Alder Pod. How much is the deposit?")
    assert band_fit(values, "Unit Alder Pod, Sleeps 2 adults and 1 child under 12, Low season GBP 65.") == 0
    assert band_fit(values, "Stays of 3 nights or more get 10% off.") == -1


def test_the_rest_of_the_money_glossed_is_an_amount_and_what_am_i_meant_to_do_names_nothing():
    """"pay off the rest (balance) of the money": a part of a sum, no case "of the money" that the answer must
    name; "what am I meant to do about ...": "am I meant to" asks, it is no thing the documents must say."""
    from chatbot.answer.verify.question import analyse_question
    from chatbot.answer.verify.silence import asked_unsaid
    assert analyse_question("When do I pay off the rest (balance) of the money for our yurt?").restrictions == [{"yurt"}]
    terms_ = chunk(0, "legal/yurt_booking_terms_orme.pdf", 2, (
        "3. Deposit and balance\n3.1 A deposit of 30% is paid on booking.\n3.2 The balance is due 56 days before "
        "the Arrival Date."), "3. Deposit and balance")
    ans = read("When do I have to pay off the rest of the money for the yurt?", [terms_], corpus=[terms_, *CORPUS])
    assert "56 days before the Arrival Date" in ans.answer, ans.answer
    assert asked_unsaid("When I get home, what am I meant to do about my dressing?", {"dressing", "home"}, set()) == ""


def test_a_band_asked_in_the_askers_words_picks_the_row_whose_key_it_holds():
    """"smoked more than 20 a day" names no "Cigarettes a day" column, yet the rows are keyed by that count:
    the "More than 20" row answers, and the "10 to 20" and "Fewer than 10" rows leave the case out."""
    from chatbot.answer.cells import asked_key_fit
    from chatbot.answer.asked import question_bands
    rows = ["Cigarettes a day More than 20, Weeks 1 to 8 21 mg/24 h, Weeks 9 and 10 14 mg/24 h.",
            "Cigarettes a day 10 to 20, Weeks 1 to 8 14 mg/24 h, Weeks 9 and 10 7 mg/24 h.",
            "Cigarettes a day Fewer than 10, Weeks 1 to 8 7 mg/24 h, Weeks 9 and 10 5 mg/24 h."]
    asked = question_bands("For someone who smoked more than 20 a day, what patch strength in weeks 9 and 10?")
    assert [asked_key_fit(asked, r) for r in rows] == [1, -1, -1]
    guide = chunk(0, "medical/patch_guide_orme.pdf", 1, "2. Patch strength\n" + "\n".join(rows), "2. Patch strength")
    ans = read("For someone who smoked more than 20 a day, what patch strength is used in weeks 9 and 10?", [guide],
               corpus=[guide, *CORPUS])
    assert "More than 20" in ans.answer and "10 to 20" not in ans.answer and "Fewer" not in ans.answer, ans.answer


def test_what_is_given_asks_for_a_dose():
    """"..., and what is given if the patient has symptoms?": a treatment given, its dose, not the sentence
    that repeats "symptoms" ("Many patients have no symptoms")."""
    from chatbot.answer.verify.question import analyse_question
    qa = analyse_question("What are the signs of too much potassium, and what is given if the patient has symptoms?")
    assert qa.parts[1].kind.kind == "dose"
    guide = chunk(0, "medical/potassium_protocol_orme.pdf", 2, (
        "5. Toxicity\nMany patients have no symptoms: treat by the level.\n- Signs of toxicity: weakness and "
        "palpitations.\n- If the patient has symptoms, give calcium gluconate 10% 10 mL IV over 10 minutes."),
        "5. Toxicity")
    ans = read("What are the signs of toxicity, and what is given if the patient has symptoms?", [guide],
               corpus=[guide, *CORPUS])
    assert "calcium gluconate" in ans.answer and "no symptoms" not in ans.answer, ans.answer


def test_a_light_verb_is_not_the_thing_a_yes_no_question_asks_about():
    # "let ... go" carries the act; "sleep" is the thing, and the leaflet says it
    leaflet = chunk(0, "medical/minor_head_injury_advice_tolland.pdf", 1, (
        "3. At home\n3.1 The person can go to sleep as normal once home; there is no need to keep them awake.\n"
        "3.2 Do not drink alcohol for at least 48 hours."), "3. At home")
    ans = read("Is it ok to let my wife go to sleep after she hit her head?", [leaflet], corpus=[leaflet, *CORPUS])
    assert not ans.refused and "go to sleep as normal" in ans.answer, ans.answer
    ans = read("Is it ok to let my wife go swimming after she hit her head?", [leaflet], corpus=[leaflet, *CORPUS])
    assert ans.refused, ans.answer  # the leaflet never says swimming


def test_a_products_strength_in_the_question_is_no_case_to_place_in_a_row():
    def table(strength: str, volumes: tuple[str, str, str]):
        rows = [("4 kg to 7.9 kg", "1 to 5 months", "62.5 mg"), ("8 kg to 11.9 kg", "6 to 11 months", "125 mg"),
                ("12 kg to 15.9 kg", "1 to 3 years", "187.5 mg")]
        return chunk(0, "medical/amoxil_suspension_leaflet_brea.pdf", 1, "3. How much to give\n" + "\n".join(
            f"Body weight {w}, Age (guide only) {a}, Amount per dose {d}, Volume of Brealox {strength} per dose {v}."
            for (w, a, d), v in zip(rows, volumes)), "3. How much to give")

    # every row prints the strength its heading names ("250 mg/5 mL"): no value of the child's, so the weight
    # and age pick the row
    leaflet = table("250 mg/5 mL", ("1.25 mL", "2.5 mL", "3.75 mL"))
    ans = read("My baby is 10 months old and weighs 9 kg. How much Brealox 250 mg/5 mL do I give per dose?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert not ans.refused and "8 kg to 11.9 kg" in ans.answer and "1.25 mL" not in ans.answer, ans.answer
    # (nor is it a fact asked for: the right row's dose is "125 mg" of a "125 mg/5 mL" product, still an answer)
    leaflet = table("125 mg/5 mL", ("2.5 mL", "5 mL", "7.5 mL"))
    ans = read("My baby is 10 months old and weighs 9 kg. How much Brealox 125 mg/5 mL do I give per dose?", [leaflet],
               corpus=[leaflet, *CORPUS])
    assert not ans.refused and "8 kg to 11.9 kg" in ans.answer and "2.5 mL" not in ans.answer, ans.answer


def test_a_value_for_each_case_said_after_it_quotes_the_case_asked():
    terms_ = chunk(0, "legal/bakery_terms_fennick.pdf", 2, (
        "5. Samples\n5.1 Sample box: 3 flavours of your choice, each a 2-inch slice, for GBP 18 collected from the shop "
        "or GBP 26 posted (tracked).\n5.2 Refunds: tell us within 5 days of collection, or within 2 days for fresh cream cakes."),
        "5. Samples")
    ans = read("how much is the sample box if they post it to me rather than me collecting it?", [terms_], corpus=[terms_, *CORPUS])
    assert not ans.refused and "GBP 26 posted" in ans.answer and "GBP 18" not in ans.answer, ans.answer
    ans = read("How long have I got to complain about a fresh cream cake?", [terms_], corpus=[terms_, *CORPUS])
    assert not ans.refused and "within 2 days" in ans.answer and "5 days" not in ans.answer, ans.answer
    # (what a bracket defines is no case: "... or GBP 60 if that is more (the \"design deposit\")")
    terms_ = chunk(0, "legal/bakery_terms_fennick.pdf", 1, (
        "3. Deposit\n3.1 We reserve your date when you pay a design deposit of 20% of the Quoted Price, or GBP 60 if that is "
        "more (the \"design deposit\").\n3.2 The balance is due 3 weeks before the event."), "3. Deposit")
    ans = read("How big is the design deposit?", [terms_], corpus=[terms_, *CORPUS])
    assert not ans.refused and "20% of the Quoted Price" in ans.answer, ans.answer


def test_payable_is_what_is_paid_and_a_starting_price_is_a_price_from():
    from chatbot.answer.verify.terms import stem
    assert stem("payable") == stem("pay") and stem("refundable") == stem("refund") and stem("table") != stem("tab")
    ending = chunk(0, "legal/printing_contract_quarrel.pdf", 3, (
        "11. Ending the contract\n11.1 We may end the contract on 30 days' notice if any invoice is more than 60 days "
        "overdue."), "11. Ending the contract")
    payment = chunk(1, "legal/printing_contract_quarrel.pdf", 2, (
        "9. Payment\n9.1 Invoices are payable within 21 days of the invoice date."), "9. Payment")
    ans = read("How long do we have to pay an invoice?", [ending, payment], corpus=[ending, payment, *CORPUS])
    assert not ans.refused and "within 21 days" in ans.answer, ans.answer
    prices = chunk(0, "legal/cake_terms_oriel.pdf", 1, (
        "2. Prices\nCake 2 tiers, Portions 70, Price from GBP 210.\nCake 3 tiers, Portions 120, Price from GBP 365."), "2. Prices")
    ans = read("What is the starting price of a 3-tier cake?", [prices], corpus=[prices, *CORPUS])
    assert not ans.refused and "GBP 365" in ans.answer, ans.answer
