"""Render the twenty-fifth development-set documents (fictional) as PDFs into bench/dev25/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a swim
school's terms for children's swimming lessons (term fees and teacher ratios by class, sibling discounts,
make-up lessons, withdrawal refunds by days before the term, illness rules, supervision and filming), a
scaffolding erection and hire contract (inspections, alterations, extended hire charges by contract-price
band, cancellation charges by notice, a job, extras and replacement-price schedule after the signatures), a
podcast production agreement (episode fees by running time, revision rounds, approval, cancellation by
stage reached, copyright, music licence, a series and delivery schedule after the signatures), a topical
corticosteroid ladder for atopic eczema for clinicians (severity to potency steps, body-site and age rules,
fingertip units for adults and children by age, weekend therapy, infection and referral), an atorvastatin
patient leaflet in question-and-answer form (starting dose by reason, blood tests, side effects, an
interactions table), and a rabies post-exposure prophylaxis guideline for clinicians (exposure categories,
composite risk table, vaccine schedules by immunisation history, HRIG dose and timing). Questions:
bench/dev25/questions.jsonl. All names, products and numbers are invented; the clinical content is not
advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev25/make_dev25.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 5, 3, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 25 (fictional document)", "make_dev25.py", FIXED_DATE)


# =============================================================================
# 1. Children's swimming lesson terms and conditions
# =============================================================================
def swimming_terms():
    d = Doc("Otterpool Swim School - Terms and Conditions for Parents", "Edition 7, July 2027",
            "Otterpool Swim School Ltd - lessons at Brindlemere Leisure Pool", accent=(0, 95, 140))
    d.title_block("CHILDREN'S SWIMMING LESSONS - TERMS AND CONDITIONS",
                  "These terms apply to every lesson booked with Otterpool Swim School Ltd (\"we\", \"us\") at "
                  "Brindlemere Leisure Pool. By enrolling a child you (the \"Parent\") accept them.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Pupil\" means the child enrolled. \"Parent\" means the parent, guardian or carer who enrols "
             "the Pupil and pays the fees. \"Term\" means a block of 10 weekly lessons; there are four Terms a "
             "year (autumn, winter, spring and summer), with dates published on our website. \"Stage\" means one "
             "of the eight Otter Stages of our learn-to-swim programme, from Otter Stage 1 (water confidence) to "
             "Otter Stage 8 (stroke development and 400 metres of continuous swimming).")
    d.clause("1.2", "\"Lesson Credit\" means a credit for one lesson of the same class type, valid in the current "
             "or the next Term only. \"Make-up Lesson\" means a place in another class of the same Stage in the "
             "same Term.")
    d.h1("2. Enrolment and ages")
    d.clause("2.1", "Group lessons are open to children from their 4th birthday. Younger children may join our "
             "Parent and Baby classes from 3 months to 3 years 11 months, with one adult in the water for each "
             "child.")
    d.clause("2.2", "A one-off registration fee of GBP 18 per family is payable on first enrolment. It is not "
             "refundable, and it is waived for families who re-enrol within 2 Terms of leaving.")
    d.clause("2.3", "New Pupils aged 5 and over take a free 15-minute assessment swim so that we can place them in "
             "the right Stage. Places are offered in waiting-list order; a place not accepted within 72 hours "
             "passes to the next family.")
    d.h1("3. Fees")
    d.clause("3.1", "Fees are payable per Term in advance, at least 14 days before the first lesson of the Term, or "
             "by monthly direct debit (the Term fee split into 3 equal payments). Current Term fees are:")
    d.grid(["Class", "Lesson length", "Ratio (teacher : pupils)", "Term fee (10 lessons)"],
           [["Parent and Baby (3 months to 3 years)", "30 minutes", "1 teacher to 8 pairs", "GBP 72"],
            ["Otter Stages 1 to 3", "30 minutes", "1 teacher to 5 pupils", "GBP 86"],
            ["Otter Stages 4 to 6", "45 minutes", "1 teacher to 8 pupils", "GBP 104"],
            ["Otter Stages 7 and 8", "60 minutes", "1 teacher to 10 pupils", "GBP 121"],
            ["Private lesson (one Pupil)", "30 minutes", "1 teacher to 1 pupil", "GBP 27 per lesson"],
            ["Semi-private lesson (two Pupils)", "30 minutes", "1 teacher to 2 pupils",
             "GBP 16.50 per Pupil per lesson"]], [62, 26, 40, 46])
    d.para("* Sibling discount: 10% off the Term fee of the second child and 15% off the Term fee of the third "
           "and any further child enrolled in group lessons in the same Term, applied to the lower fees. The "
           "discount does not apply to private or semi-private lessons.", size=8.5, style="I")
    d.clause("3.2", "A Pupil who joins after the start of a Term pays only for the lessons left in that Term, at "
             "one tenth of the Term fee per lesson. Fees may change once a year, from the autumn Term, on at "
             "least 6 weeks' notice.")
    d.clause("3.3", "If a direct debit payment fails, we retry it once after 5 days and charge GBP 8 for each "
             "failed payment. A Pupil whose fees are more than 21 days overdue may not attend until they are "
             "paid.")
    d.h1("4. Missed lessons")
    d.clause("4.1", "We do not refund lessons missed by the Pupil. If you tell us at least 24 hours before the "
             "lesson, the Pupil may book a Make-up Lesson, up to 2 Make-up Lessons per Term, subject to space.")
    d.clause("4.2", "If illness or injury makes a Pupil miss 3 or more lessons in a row and you send us a note "
             "from a doctor, nurse or pharmacist, we give a Lesson Credit for each lesson missed (instead of "
             "Make-up Lessons).")
    d.h1("5. Withdrawal and refunds")
    d.clause("5.1", "You may withdraw a Pupil by e-mail to bookings@otterpool.example. The refund of the Term fee "
             "depends on how many days before the first lesson of the Term we receive your e-mail:")
    d.grid(["Notice received", "Refund of the Term fee"],
           [["28 days or more before the first lesson", "100%"],
            ["14 to 27 days before the first lesson", "60%"],
            ["7 to 13 days before the first lesson", "30%"],
            ["Fewer than 7 days before, or after the Term has started", "No refund"]], [100, 60])
    d.clause("5.2", "The registration fee is never refunded. If we move a class to a different day or time after "
             "you have booked the Term and the new time does not suit you, you may withdraw with a full refund "
             "of the lessons not yet taken.")
    d.h1("6. Lessons cancelled by us")
    d.clause("6.1", "If we cancel a lesson (for example because of pool contamination, plant failure, or teacher "
             "illness when no cover is available), we will offer a Make-up Lesson or a Lesson Credit. If the "
             "pool is closed for 3 or more lessons in a Term, you may instead ask for a refund of those "
             "lessons.")
    d.clause("6.2", "We may combine classes of the same Stage or change a class's teacher during a Term.")
    d.h1("7. Progress and badges")
    d.clause("7.1", "Teachers assess Pupils continuously during lessons; there are no tests. A Pupil moves up a "
             "Stage when they have met all of its outcomes. A move during a Term is only made if there is a "
             "space in a class of the next Stage at a time that suits you.")
    d.clause("7.2", "A Stage badge and certificate are given free of charge when a Pupil completes a Stage. "
             "Distance badges (25 metres to 1,500 metres) may be bought at reception.")
    d.h1("8. Health and safety")
    d.clause("8.1", "Pupils must not swim for 48 hours after the last episode of diarrhoea or vomiting, or for 14 "
             "days after the last episode if cryptosporidium has been diagnosed.")
    d.clause("8.2", "Pupils with verrucas may swim if the verruca is covered with a verruca sock. Pupils with an "
             "open or weeping wound should not swim until it has healed.")
    d.clause("8.3", "Please tell us in writing about any medical condition, such as epilepsy, asthma or diabetes, "
             "before the first lesson. A Pupil who uses a reliever inhaler must bring it to the poolside.")
    d.clause("8.4", "Long hair must be tied back or covered by a swim hat. Jewellery must be removed, except stud "
             "earrings covered with tape. Children who are not fully toilet trained must wear a reusable "
             "swim nappy over a disposable one.")
    d.h1("9. Supervision and filming")
    d.clause("9.1", "For Pupils under 8, a Parent or another adult aged 16 or over must stay in the building for "
             "the whole lesson. Pupils aged 8 and over may be dropped off and collected from the viewing "
             "gallery.")
    d.clause("9.2", "Photography and filming are not allowed in the pool hall or the changing areas, except in "
             "Watch Week (the last lesson of each Term), when a Parent may film their own child from the "
             "viewing gallery.")
    d.h1("10. Conduct, liability and complaints")
    d.clause("10.1", "We may remove from a class, without refund, a Pupil whose behaviour puts others at risk, "
             "after one written warning to the Parent.")
    d.clause("10.2", "We are not responsible for property left in lockers or the changing areas. Nothing in these "
             "terms limits our liability for death or personal injury caused by our negligence.")
    d.clause("10.3", "Complaints should be made to the Head of Swimming within 14 days of the matter complained "
             "of. We reply within 10 working days.")
    return d.save("legal/swimming_lesson_terms_otterpool.pdf")


# =============================================================================
# 2. Scaffolding erection and hire contract
# =============================================================================
def scaffolding_contract():
    d = Doc("Scaffolding Contract - Keystage Scaffolding / Marwood", "Quotation KS-4471, 12 April 2027",
            "Keystage Scaffolding Ltd - conditions of contract for erection, hire and dismantling",
            font="Times", accent=(140, 80, 0), body_size=10.5)
    d.title_block("CONTRACT FOR THE ERECTION, HIRE AND DISMANTLING OF SCAFFOLDING",
                  "between Keystage Scaffolding Ltd, company no. 10482276, of Unit 9, Foundry Lane, Halbury "
                  "HB4 2TW (the \"Contractor\"), and the customer named in the Schedule (the \"Customer\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Scaffold\" means the scaffolding, boards, fittings, ladders, sheeting, alarms and other "
             "equipment described in the Schedule. \"Contract Price\" means the price in the Schedule for "
             "delivering, erecting, hiring for the Initial Hire Period and dismantling the Scaffold, excluding "
             "VAT. \"Initial Hire Period\" means the number of weeks stated in the Schedule, counted from the "
             "Handover Date.")
    d.clause("1.2", "\"Handover Date\" means the date on which the Contractor issues the Handover Certificate for "
             "the complete Scaffold. \"Handover Certificate\" means the Contractor's written certificate that "
             "the Scaffold is complete and safe to use, stating its load class. \"Working Day\" means Monday to "
             "Friday, excluding public holidays. \"Strike\" means dismantling and removing the Scaffold.")
    d.h1("2. The works")
    d.clause("2.1", "The Contractor will erect the Scaffold in accordance with the description in the Schedule and "
             "current industry guidance, or to a bespoke design where one is required, starting on the "
             "Erection Date in the Schedule or another date agreed in writing.")
    d.clause("2.2", "The Customer must give clear access to the site, move vehicles and garden furniture from the "
             "working area, and tell the Contractor about overhead cables, fragile roofs, soft ground and "
             "underground services before the Erection Date. A wasted visit caused by lack of access is "
             "charged at GBP 240.")
    d.clause("2.3", "Where the Scaffold stands on a pavement or road, the Contractor applies for the highway "
             "licence from Halbury Borough Council. The council's fee is passed on at cost (currently GBP 185 "
             "for up to 4 weeks and GBP 65 for each further 4 weeks or part).")
    d.h1("3. Inspection and safe use")
    d.clause("3.1", "The Contractor will inspect the Scaffold before handover, at least every 7 days while it is "
             "in use, and after any event likely to have affected its stability, such as winds above 40 mph. "
             "Each inspection is recorded in the register kept in the site box.")
    d.clause("3.2", "The Customer must not alter, adapt or remove any part of the Scaffold, including boards, guard "
             "rails and ties, and must make sure that its builders and other trades do not do so. Alterations "
             "requested by the Customer are made by the Contractor and charged at GBP 58 per man-hour, with a "
             "minimum charge of 2 man-hours.")
    d.clause("3.3", "The Scaffold must not be loaded beyond the load class on the Handover Certificate, and "
             "materials must not be stacked against guard rails. Anyone who finds damage or an unsafe "
             "condition must stop using the Scaffold and telephone the Contractor's 24-hour line on 01632 960 "
             "488; the Contractor attends dangerous occurrences within 4 hours.")
    d.h1("4. Hire period and extended hire")
    d.clause("4.1", "The Contract Price includes hire for the Initial Hire Period. No refund or reduction is given "
             "if the Scaffold is not needed for the whole Initial Hire Period.")
    d.clause("4.2", "If the Scaffold remains on site after the Initial Hire Period, the Customer pays an extended "
             "hire charge for each week or part of a week, according to the Contract Price:")
    d.grid(["Contract Price (excluding VAT)", "Extended hire charge per week"],
           [["Up to GBP 1,500", "GBP 45"],
            ["GBP 1,500.01 to GBP 4,000", "GBP 95"],
            ["GBP 4,000.01 to GBP 10,000", "GBP 210"],
            ["Over GBP 10,000", "2.5% of the Contract Price"]], [80, 70])
    d.clause("4.3", "The Customer must give at least 5 Working Days' notice that the Scaffold can be struck. "
             "Extended hire charges stop on the day that notice expires or the day the Scaffold is struck, "
             "whichever is earlier.")
    d.h1("5. Price and payment")
    d.clause("5.1", "A deposit of 30% of the Contract Price is payable when the Customer accepts the quotation. The "
             "balance of the Contract Price is payable on the Handover Date. Extended hire charges are "
             "invoiced every 4 weeks in arrears.")
    d.clause("5.2", "Invoices are payable within 14 days. If the Customer pays late, the Contractor may charge "
             "interest at 4% a year above the Bank of England base rate and, after giving 7 days' written "
             "notice, may strike the Scaffold. Prices exclude VAT, which is added at the current rate.")
    d.h1("6. Cancellation")
    d.clause("6.1", "If the Customer is a consumer and this contract was signed at the Customer's home or "
             "elsewhere away from the Contractor's premises, the Customer may cancel it within 14 days of the "
             "date it was signed, without giving a reason and at no charge. If the Customer asks for the "
             "Scaffold to be erected within that period, the Customer pays a fair amount for the work done "
             "before cancelling.")
    d.clause("6.2", "Otherwise, if the Customer cancels before the Scaffold is erected, the Contractor charges the "
             "following (deducted first from the deposit), according to the notice given before the Erection "
             "Date:")
    d.grid(["Notice of cancellation", "Cancellation charge"],
           [["10 Working Days or more", "None - the deposit is refunded in full"],
            ["5 to 9 Working Days", "25% of the Contract Price"],
            ["Fewer than 5 Working Days", "40% of the Contract Price"],
            ["After materials have been delivered to site", "60% of the Contract Price"]], [80, 80])
    d.h1("7. Loss and damage")
    d.clause("7.1", "Risk in the Scaffold passes to the Customer on delivery to site and returns to the Contractor "
             "when it is struck. The Customer pays for any part of the Scaffold lost, stolen or damaged (fair "
             "wear and tear excepted) while on site, at the replacement prices in Part C of the Schedule.")
    d.clause("7.2", "The Customer must tell its home or buildings insurer that scaffolding is being erected. A "
             "scaffold alarm is strongly recommended where the Scaffold gives access to upper windows.")
    d.h1("8. Liability")
    d.clause("8.1", "The Contractor holds public liability insurance of at least GBP 10 million and will make good "
             "damage to the Customer's property caused by its negligence. It is not responsible for wear to "
             "lawns, plants or gravel in the working area, or for marks left by base plates, unless caused by "
             "its negligence.")
    d.clause("8.2", "Nothing in this contract limits liability for death or personal injury caused by negligence.")
    d.signature_block(["Signed for Keystage Scaffolding Ltd by Gareth Penhallow, Contracts Manager",
                       "Signed by the Customer, Mrs Imogen Marwood"])
    d.h1("SCHEDULE")
    d.h2("Part A - The job")
    d.grid(["Item", "Details"],
           [["Customer", "Mrs Imogen Marwood, 14 Cressfield Road, Halbury HB2 7QS (a consumer)"],
            ["Description", "Independent scaffold to the front and rear elevations, 3 lifts to eaves height "
                            "(about 8.5 m), with ladder access and a loading platform, for re-covering the roof"],
            ["Erection Date", "Monday 10 May 2027"],
            ["Initial Hire Period", "8 weeks from the Handover Date"],
            ["Contract Price", "GBP 3,680 excluding VAT"],
            ["Deposit", "GBP 1,104 (paid 14 April 2027)"],
            ["Highway licence", "Not required - the Scaffold stands within the property boundary"]],
           [45, 125], bold_first_col=True)
    d.h2("Part B - Optional extras")
    d.grid(["Extra", "Price (excluding VAT)"],
           [["Scaffold alarm (monitored motion sensors)", "GBP 25 per week"],
            ["Debris netting, per elevation", "GBP 60 one-off"],
            ["Additional loading bay", "GBP 180 one-off plus GBP 20 per week"],
            ["Chimney scaffold", "GBP 420 including 4 weeks' hire"],
            ["Temporary roof", "Priced on survey"]], [95, 75])
    d.h2("Part C - Replacement prices for lost or damaged items")
    d.grid(["Item", "Replacement price"],
           [["Steel tube, per metre", "GBP 6.50"],
            ["Scaffold board (3.9 m)", "GBP 24"],
            ["Coupler or fitting", "GBP 4.80"],
            ["Ladder (4 m)", "GBP 110"],
            ["Alarm sensor", "GBP 140"]], [95, 75])
    return d.save("legal/scaffolding_contract_keystage_marwood.pdf")


# =============================================================================
# 3. Podcast production agreement
# =============================================================================
def podcast_agreement():
    d = Doc("Podcast Production Agreement - Loudwater Audio / Brackenfield Botanic Trust", "Ref. LWA-2027-019",
            "Loudwater Audio Ltd - Brackenfield Botanic Trust", accent=(90, 40, 120))
    d.title_block("PODCAST PRODUCTION AGREEMENT",
                  "Dated 2 March 2027, between Loudwater Audio Ltd, company no. 11290437, of 5 Chandlers Yard, "
                  "Tolworth Quay TQ1 4LB (the \"Producer\"), and Brackenfield Botanic Trust, registered charity "
                  "no. 1187302 (the \"Client\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Series\" means the podcast series described in the Schedule. \"Episode\" means one programme "
             "in the Series. \"Running Time\" means the length of the Final Master of an Episode, rounded up to "
             "the next whole minute. \"Raw Recordings\" means all unedited audio recorded for an Episode. "
             "\"First Cut\" means the Producer's first complete edit of an Episode, sent for the Client's "
             "comments. \"Final Master\" means the approved, mixed and mastered audio file of an Episode.")
    d.clause("1.2", "\"Revision Round\" means one consolidated set of written comments from the Client on an "
             "Episode and the Producer's changes in response. \"Series Fee\" means the total of the Episode "
             "Fees for all the Episodes in the Schedule. \"Working Day\" means Monday to Friday, excluding "
             "public holidays in England.")
    d.h1("2. Services")
    d.clause("2.1", "The Producer will plan each Episode with the Client; record the host and guests, in the "
             "Producer's studio or remotely; edit, mix and master each Episode; write show notes of up to 300 "
             "words; produce a full transcript; and deliver the Final Master, show notes and transcript by the "
             "Delivery Date in the Schedule.")
    d.clause("2.2", "Video versions, social media clips (other than 3 audiograms per Episode) and paid advertising "
             "campaigns are not included and will be quoted separately if requested.")
    d.clause("2.3", "The Client publishes each Episode from its own hosting account. If the Client gives it access, "
             "the Producer may upload and schedule Episodes on the Client's behalf at no extra charge.")
    d.h1("3. Recording")
    d.clause("3.1", "Remote recording sessions are included in the Episode Fee. Recording in the Producer's studio "
             "at Tolworth Quay is charged at GBP 85 per hour, including an engineer, with a minimum booking of "
             "2 hours.")
    d.clause("3.2", "Location recording away from the studio is charged at GBP 340 per half day (up to 4 hours), "
             "plus travel at GBP 0.45 per mile beyond 25 miles from Tolworth Quay.")
    d.clause("3.3", "The Client books the guests and obtains each guest's signed release form, in the form "
             "supplied by the Producer, before recording. The Producer will not release an Episode containing "
             "a guest whose release form it has not received.")
    d.h1("4. Fees and payment")
    d.clause("4.1", "Each Episode is charged according to its Running Time:")
    d.grid(["Running Time of the Final Master", "Episode Fee (excluding VAT)"],
           [["Up to 20 minutes", "GBP 450"],
            ["21 to 40 minutes", "GBP 620"],
            ["41 to 60 minutes", "GBP 780"],
            ["Over 60 minutes", "GBP 780 plus GBP 15 for each minute over 60"]], [80, 85])
    d.para("* The Episode Fee includes 2 Revision Rounds. Each further Revision Round is charged at GBP 65. "
           "Changes asked for after the Client has approved a Final Master are charged at GBP 55 per hour.",
           size=8.5, style="I")
    d.clause("4.2", "The Client pays 40% of the Series Fee on signing this agreement, and the balance in equal "
             "instalments on delivery of the Final Master of each Episode. Invoices are payable within 30 days. "
             "All fees exclude VAT.")
    d.h1("5. Approval and delivery")
    d.clause("5.1", "The Producer sends the First Cut of each Episode within 8 Working Days of its recording. The "
             "Client sends any comments within 5 Working Days of receiving the First Cut or a revised cut; if "
             "it sends none within that time, the cut is treated as approved.")
    d.clause("5.2", "Delays caused by late comments or late guest release forms move the Delivery Date by the same "
             "number of Working Days.")
    d.h1("6. Cancellation and postponement")
    d.clause("6.1", "The Client may cancel an Episode by written notice. It then pays the following part of that "
             "Episode's Fee, according to the stage reached when the notice is received, plus any studio or "
             "location charges already incurred:")
    d.grid(["Stage reached", "Part of the Episode Fee payable"],
           [["Before any recording for the Episode", "20%"],
            ["After recording, before the First Cut is sent", "50%"],
            ["After the First Cut has been sent", "100%"]], [95, 70])
    d.clause("6.2", "A recording session postponed by the Client with less than 48 hours' notice is charged at "
             "GBP 120, plus any studio time booked for it.")
    d.h1("7. Intellectual property")
    d.clause("7.1", "On payment in full of the Series Fee, the Producer assigns to the Client the copyright in the "
             "Final Masters, show notes and transcripts. Until then the Client has a licence to publish the "
             "Episodes it has paid for.")
    d.clause("7.2", "The Producer owns the Raw Recordings, which it keeps securely for 12 months after the last "
             "Episode is delivered and then deletes. The Client may ask for a copy of the Raw Recordings "
             "before they are deleted, at GBP 90 per Episode.")
    d.clause("7.3", "The theme tune and background music are licensed from the Producer's production music library "
             "for use in the Series on podcast platforms and on the Client's website and social media only. "
             "Use on radio or television, or in paid advertising, needs a separate licence from the library.")
    d.clause("7.4", "The Producer may use excerpts of up to 60 seconds from any published Episode to promote its "
             "own services, and may name the Client as a client. The show notes of every Episode will include "
             "the credit \"Produced by Loudwater Audio\".")
    d.h1("8. Content, liability and termination")
    d.clause("8.1", "The Client is responsible for the accuracy of the content of each Episode and for taking legal "
             "advice on anything that may be defamatory. The Producer may refuse to release material that it "
             "reasonably believes is unlawful.")
    d.clause("8.2", "Each party's total liability under this agreement is limited to the Series Fee. Nothing limits "
             "liability for death or personal injury caused by negligence, or for fraud.")
    d.clause("8.3", "Either party may end this agreement on 30 days' written notice. The Client then pays for all "
             "Episodes delivered, and for Episodes in progress under clause 6.1.")
    d.signature_block(["Signed for Loudwater Audio Ltd by Priya Castellane, Executive Producer",
                       "Signed for Brackenfield Botanic Trust by Oliver Dunmore, Director of Engagement"])
    d.h1("SCHEDULE - THE SERIES")
    d.grid(["Item", "Details"],
           [["Series title", "Roots and Rhizomes"],
            ["Number of Episodes", "8"],
            ["Target Running Time", "25 to 35 minutes per Episode"],
            ["Host", "Dr Celia Awoyemi, Head of Horticulture"],
            ["Recording", "Remote, except Episodes 1 and 8, recorded in the Producer's studio (3 hours each)"],
            ["Release pattern", "Fortnightly, on Thursdays at 06:00"]],
           [50, 120], bold_first_col=True)
    d.grid(["Episode", "Recording date", "Delivery Date (Final Master)", "Release date"],
           [["1", "29 March 2027", "26 April 2027", "6 May 2027"],
            ["2", "6 April 2027", "10 May 2027", "20 May 2027"],
            ["3", "20 April 2027", "24 May 2027", "3 June 2027"],
            ["4", "4 May 2027", "7 June 2027", "17 June 2027"],
            ["5", "18 May 2027", "21 June 2027", "1 July 2027"],
            ["6", "1 June 2027", "5 July 2027", "15 July 2027"],
            ["7", "15 June 2027", "19 July 2027", "29 July 2027"],
            ["8", "29 June 2027", "2 August 2027", "12 August 2027"]], [25, 45, 55, 45])
    return d.save("legal/podcast_production_loudwater_brackenfield.pdf")


# =============================================================================
# 4. Topical corticosteroid ladder for atopic eczema
# =============================================================================
def steroid_ladder():
    d = Doc("Atopic Eczema - Topical Corticosteroid Ladder", "Harrowby Dermatology Pathway v3.1",
            "Harrowby Integrated Care Board - for prescribers in primary care - review June 2029",
            accent=(150, 60, 30))
    d.title_block("ATOPIC ECZEMA IN CHILDREN AND ADULTS: TOPICAL CORTICOSTEROID LADDER",
                  "Primary care guideline for GPs, practice nurses, pharmacists and health visitors. Use with the "
                  "Harrowby emollient formulary. Applies to children from 3 months of age and to adults.")
    d.h1("1. Key points")
    d.bullets(["Emollients are the foundation of treatment at every step and should continue when the skin is "
               "clear.",
               "Match the potency of the topical corticosteroid (TCS) to the severity of the flare and the body "
               "site, not to the patient's age alone.",
               "Use the lowest potency that controls the flare, once daily, and continue for 48 hours after the "
               "flare has cleared.",
               "Undertreatment is more common than overtreatment: explain the fingertip unit and prescribe enough "
               "to treat the whole affected area."])
    d.h1("2. Assess the severity of the flare")
    d.grid(["Severity", "Features", "Step (potency of TCS)"],
           [["Clear", "Normal skin, no active eczema", "Emollient only"],
            ["Mild", "Areas of dry skin, infrequent itching, with or without small areas of redness",
             "Step 1: mild - hydrocortisone 1%"],
            ["Moderate", "Areas of dry skin, frequent itching, redness, with or without scratch marks and "
                         "localised skin thickening", "Step 2: moderate - clobetasone butyrate 0.05%"],
            ["Severe", "Widespread dry skin, incessant itching, redness, with or without scratch marks, extensive "
                       "skin thickening, bleeding, oozing or cracking",
             "Step 3: potent - betamethasone valerate 0.1% or mometasone furoate 0.1%"]], [22, 88, 64])
    d.para("* Step 4, very potent (clobetasol propionate 0.05%), is for specialist initiation only and must not "
           "be used in children under 12 without dermatology advice.", size=8.5, style="I")
    d.h1("3. Body site and age rules")
    d.clause("3.1", "Face and neck: use Step 1 only. In a severe facial flare a moderate TCS may be used for up to "
             "5 days. Do not use potent or very potent TCS on the face.")
    d.clause("3.2", "Eyelids: hydrocortisone 1% only, for no more than 5 days; refer if eyelid eczema keeps coming "
             "back.")
    d.clause("3.3", "Armpits and groin: Step 2 for up to 7 days, then step down to Step 1.")
    d.clause("3.4", "Palms and soles (thick skin): Step 3 may be used in adults and in children over 12 for up to "
             "14 days.")
    d.clause("3.5", "Children under 12 months: Step 1 only, unless advised by a dermatologist or paediatrician. Do "
             "not use a potent TCS in a child under 12 months without specialist advice.")
    d.h1("4. How to apply")
    d.clause("4.1", "Apply the TCS once daily, usually in the evening, to the inflamed skin only. Twice-daily use is "
             "rarely needed and only with Step 3, for up to 7 days.")
    d.clause("4.2", "Apply the emollient first, then wait about 30 minutes before applying the TCS to the same area "
             "(or apply the TCS at a different time of day).")
    d.clause("4.3", "Carry on until the skin is clear, then continue for 48 hours after the flare has cleared "
             "before stopping.")
    d.clause("4.4", "Review after 7 to 14 days. If there is no improvement, check adherence, the amount used and "
             "for infection before moving up one step. When the flare is controlled, step down one potency at "
             "a time.")
    d.h1("5. How much to use: fingertip units")
    d.para("One fingertip unit (FTU) is the amount of cream or ointment squeezed from a standard 5 mm nozzle along "
           "an adult's index finger, from the tip to the first crease. 1 FTU is about 0.5 g and treats an area "
           "the size of two adult palms.")
    d.grid(["Area treated (adult)", "FTU per application"],
           [["Face and neck", "2.5 FTU"],
            ["One arm", "3 FTU"],
            ["One hand, both sides", "1 FTU"],
            ["One leg", "6 FTU"],
            ["One foot", "2 FTU"],
            ["Front of chest and abdomen", "7 FTU"],
            ["Back and buttocks", "7 FTU"]], [90, 60])
    d.grid(["Child's age", "Face and neck", "One arm and hand", "One leg and foot", "Front of trunk",
            "Back and buttocks"],
           [["3 to 6 months", "1 FTU", "1 FTU", "1.5 FTU", "1 FTU", "1.5 FTU"],
            ["1 to 2 years", "1.5 FTU", "1.5 FTU", "2 FTU", "2 FTU", "3 FTU"],
            ["3 to 5 years", "1.5 FTU", "2 FTU", "3 FTU", "3 FTU", "3.5 FTU"],
            ["6 to 10 years", "2 FTU", "2.5 FTU", "4.5 FTU", "3.5 FTU", "5 FTU"]], [34, 28, 28, 28, 28, 28])
    d.para("Prescribe enough: a 30 g tube of a Step 1 or Step 2 TCS usually treats one flare in a young child; "
           "adults with widespread eczema may need 100 g.")
    d.h1("6. Preventing flares: weekend therapy")
    d.para("For people who have 2 or more flares a month at the same sites, once the flare is controlled consider "
           "applying the TCS that controlled it on 2 consecutive days each week (for example Saturday and Sunday) "
           "to those sites, while continuing emollients every day. Review after 3 months.")
    d.h1("7. Infection, itch and referral")
    d.clause("7.1", "Suspect bacterial infection if there is weeping, crusting or pustules, or rapid worsening with "
             "fever. For widespread infection give oral flucloxacillin for 5 to 7 days (clarithromycin if "
             "allergic to penicillin). Continue the TCS while treating the infection.")
    d.clause("7.2", "Eczema herpeticum (painful clustered blisters or punched-out sores, often with fever): start "
             "oral aciclovir and refer for specialist assessment the same day; if it is around the eyes, also "
             "refer to ophthalmology the same day.")
    d.clause("7.3", "Itch: a sedating antihistamine may be considered for a child over 6 months with severe itch "
             "that disturbs sleep, for up to 2 weeks at a time. Non-sedating antihistamines are not routinely "
             "recommended.")
    d.clause("7.4", "Refer routinely to dermatology if the diagnosis is uncertain; if the eczema is not controlled "
             "after 4 weeks of Step 3 (or after 2 weeks of Step 1 on the face); if a child under 12 months needs "
             "more than Step 1; or if second-line treatment such as a topical calcineurin inhibitor (for "
             "example tacrolimus) or phototherapy is being considered.")
    d.h1("8. Talking about steroid worries")
    d.para("Many patients and parents worry about skin thinning. Thinning is rare when TCS are used as described "
           "here, and stopping too early is the usual reason for flares coming straight back. Give written "
           "instructions naming each product, where to use it and for how long.")
    d.h1("9. Quick reference: potency of common products")
    d.grid(["Potency", "Examples (generic names)", "Step"],
           [["Mild", "Hydrocortisone 0.5%, 1% and 2.5%", "Step 1"],
            ["Moderate", "Clobetasone butyrate 0.05%; fludroxycortide 0.0125%", "Step 2"],
            ["Potent", "Betamethasone valerate 0.1%; mometasone furoate 0.1%; fluticasone propionate 0.05%",
             "Step 3"],
            ["Very potent", "Clobetasol propionate 0.05%", "Step 4 (specialist only)"]], [30, 100, 44])
    d.para("Ointments suit dry, thickened skin; creams suit weeping or hairy areas. Hydrocortisone 1% bought "
           "over the counter is not licensed for the face or for children under 10, so prescribe it for those "
           "uses.", size=9, style="I")
    return d.save("medical/topical_steroid_ladder_harrowby.pdf")


# =============================================================================
# 5. Atorvastatin patient leaflet
# =============================================================================
def atorvastatin_leaflet():
    d = Doc("Atorvastatin - Your Questions Answered", "Fellmoor Medical Practice",
            "Fellmoor Medical Practice - patient information leaflet PI-112, reviewed January 2027",
            accent=(0, 110, 90), body_size=10.5)
    d.title_block("ATORVASTATIN: YOUR QUESTIONS ANSWERED",
                  "For patients starting atorvastatin tablets to lower cholesterol. Keep this leaflet with your "
                  "tablets.")
    d.h2("What is atorvastatin and why have I been given it?")
    d.para("Atorvastatin is a statin. It lowers the amount of cholesterol your liver makes, which slows the fatty "
           "build-up in your arteries and lowers your risk of a heart attack or stroke. It is offered to people "
           "who have already had a heart attack, stroke or angina, and to people whose risk of a heart attack or "
           "stroke in the next 10 years is 10% or more (your QRISK score).")
    d.h2("What dose will I take?")
    d.para("Atorvastatin comes as 10 mg, 20 mg, 40 mg and 80 mg tablets. Your usual starting dose depends on why "
           "you are taking it:")
    d.grid(["Why you take atorvastatin", "Usual starting dose"],
           [["To prevent a first heart attack or stroke (QRISK 10% or more)", "20 mg once a day"],
            ["You have had a heart attack, stroke, mini-stroke (TIA) or angina, or you have peripheral arterial "
             "disease", "80 mg once a day"],
            ["You have chronic kidney disease (eGFR under 60)", "20 mg once a day, increased only on the kidney "
                                                                "team's advice if eGFR is under 30"],
            ["Familial hypercholesterolaemia (inherited high cholesterol)", "Decided by the lipid clinic"]],
           [100, 70])
    d.para("If you are over 85 or take certain other medicines, your doctor may start you on a lower dose.")
    d.h2("When should I take it?")
    d.para("Take one tablet once a day, at any time of day, but try to take it at the same time each day. Swallow "
           "it whole with water, with or without food. Some other statins, such as simvastatin, work best in the "
           "evening; atorvastatin does not need to be taken at night.")
    d.h2("What if I forget to take it?")
    d.para("Take it as soon as you remember, unless it is less than 12 hours until your next dose; in that case "
           "skip the missed dose. Never take 2 doses at the same time to make up for a forgotten one.")
    d.h2("Will I need blood tests?")
    d.para("Yes. You will have a cholesterol test and a liver test (ALT) before you start, then at 3 months and at "
           "12 months. The aim is to lower your non-HDL cholesterol by more than 40% from the level before you "
           "started. If it has not fallen by that much at 3 months, your doctor will check that you are taking "
           "the tablets regularly and may increase the dose. After the first year you will have a cholesterol "
           "check once a year at your annual review.")
    d.h2("Are there side effects?")
    d.grid(["How common", "Side effects"],
           [["Common (up to 1 in 10 people)", "Headache, feeling sick, constipation or diarrhoea, indigestion, "
                                              "nosebleeds, sore throat, muscle and joint aches"],
            ["Uncommon (up to 1 in 100 people)", "Tiredness, poor sleep, dizziness, blurred vision, pins and "
                                                 "needles, raised blood sugar"],
            ["Rare (up to 1 in 1,000 people)", "Muscle damage (myopathy), liver problems, tendon problems, severe "
                                               "skin reactions"],
            ["Very rare (up to 1 in 10,000 people)", "Rhabdomyolysis (serious breakdown of muscle)"]], [62, 108])
    d.para("Stop taking atorvastatin and contact your doctor straight away, or call 111, if you have muscle pain, "
           "tenderness or weakness that you cannot explain, especially if you also feel unwell, have a high "
           "temperature or your urine is dark brown.", style="B")
    d.para("Statins slightly raise the chance of developing type 2 diabetes in people who are already at risk. "
           "The benefit to your heart and circulation is much greater than this risk.")
    d.h2("Can I take other medicines with atorvastatin?")
    d.para("Always tell a doctor, dentist or pharmacist that you take atorvastatin. Some medicines raise the "
           "amount of atorvastatin in your blood and the risk of muscle damage:")
    d.grid(["Medicine", "What to do"],
           [["Clarithromycin or erythromycin (antibiotics)", "Stop atorvastatin during the course and restart it "
                                                             "2 days after the last dose"],
            ["Fusidic acid tablets (for bone or skin infections)", "Stop atorvastatin and restart it 7 days after "
                                                                   "the last dose of fusidic acid"],
            ["Fusidic acid cream or eye drops", "No change needed - keep taking atorvastatin"],
            ["Fluconazole or itraconazole (antifungals)", "Your doctor may lower your dose or pause it for the "
                                                          "course"],
            ["Ciclosporin, and some HIV and hepatitis C medicines", "Your specialist will advise; atorvastatin may "
                                                                    "need to be stopped or changed"]], [80, 90])
    d.h2("Does grapefruit or alcohol matter?")
    d.para("Do not drink large amounts of grapefruit juice (more than 1.2 litres a day) while taking atorvastatin; "
           "a glass with breakfast is fine. Keep alcohol to no more than 14 units a week, spread over 3 or more "
           "days. Heavy drinking raises the risk of liver problems.")
    d.h2("Pregnancy and breastfeeding")
    d.para("Do not take atorvastatin if you are pregnant or breastfeeding. If you are planning a pregnancy, stop "
           "atorvastatin 3 months before you start trying to conceive, and use contraception while you take it. "
           "If you become pregnant while taking it, stop it and speak to your GP.")
    d.h2("How long will I take it for?")
    d.para("Usually for life. Your cholesterol goes back up within weeks of stopping. Do not stop taking "
           "atorvastatin without speaking to your doctor or pharmacist, even if you feel well.")
    d.h2("What else can I do?")
    d.para("Eat less saturated fat, be active for at least 150 minutes a week, stop smoking and keep to a healthy "
           "weight. Store the tablets below 25 degrees C in the original pack.")
    d.para("This leaflet does not replace the manufacturer's leaflet in your pack. Questions: call the practice "
           "pharmacist on 01632 960 614.", size=9, style="I")
    return d.save("medical/atorvastatin_leaflet_fellmoor.pdf")


# =============================================================================
# 6. Rabies post-exposure prophylaxis guideline
# =============================================================================
def rabies_guideline():
    d = Doc("Rabies Post-Exposure Prophylaxis - Clinical Guideline", "Calderwick HPT - CG-HP-09 v2, March 2027",
            "Calderwick Health Protection Team - for emergency departments, urgent care and general practice",
            accent=(120, 20, 20))
    d.title_block("RABIES POST-EXPOSURE RISK ASSESSMENT AND PROPHYLAXIS",
                  "Guideline for clinicians assessing people bitten, scratched or licked by an animal that may "
                  "carry rabies, or who have had any contact with a bat")
    d.h1("1. Immediate actions")
    d.bullets(["Wash the wound or exposed area straight away with soap and running water for 15 minutes, then "
               "apply a virucidal antiseptic such as povidone-iodine.",
               "Avoid primary closure of the wound with sutures. If suturing is essential, infiltrate HRIG first "
               "(where indicated) and delay closure for a few hours.",
               "Assess tetanus immunisation and the need for antibiotics (section 7).",
               "Complete the rabies risk assessment form and telephone the Health Protection Team (HPT) duty room "
               "on 01632 960 350 (09:00 to 17:00), or the on-call health protection consultant through the "
               "switchboard on 01632 960 000 out of hours. The HPT advises on treatment and supplies the vaccine "
               "and HRIG."])
    d.para("Post-exposure prophylaxis (PEP) is urgent but not an emergency: start it as soon as possible, ideally "
           "within 24 hours of the decision to treat. PEP should be given regardless of how long ago the exposure "
           "was, provided the person has no symptoms of rabies.")
    d.h1("2. Categories of exposure")
    d.grid(["Category", "Type of exposure"],
           [["Category 1", "Touching or feeding an animal; licks on intact skin; contact with blood, urine or "
                           "faeces"],
            ["Category 2", "Nibbling of uncovered skin; minor scratches or abrasions without bleeding"],
            ["Category 3", "Single or multiple bites or scratches that break the skin and bleed; licks on broken "
                           "skin; saliva contact with the eyes, nose or mouth; any direct contact with a bat"]],
           [30, 144])
    d.para("Category 1 exposures need no PEP in any country. Any direct contact with a bat, including in the UK, "
           "is treated as Category 3.")
    d.h1("3. Animal and country risk")
    d.clause("3.1", "Country risk is taken from the national rabies risk list, which the HPT checks at the time of "
             "assessment. Countries are classed as No risk, Low risk or High risk for land animals.")
    d.clause("3.2", "Bats are high risk in every country, including the UK.")
    d.clause("3.3", "If a dog, cat or ferret in a No risk or Low risk country can be observed and remains healthy "
             "for 15 days after the exposure, PEP can be stopped. Observation does not apply to bats, monkeys or "
             "animals in High risk countries.")
    d.clause("3.4", "Rodents and rabbits almost never transmit rabies, and PEP is not usually needed after their "
             "bites in any country.")
    d.h1("4. Composite risk and treatment")
    d.para("Combine the category of exposure with the animal and country risk:")
    d.grid(["Animal and country risk", "Category 1", "Category 2", "Category 3"],
           [["No risk (for example a dog in the UK)", "Green", "Green", "Green"],
            ["Low risk", "Green", "Amber", "Amber"],
            ["High risk, or any bat", "Green", "Amber", "Red"]], [62, 37, 37, 38], bold_first_col=True)
    d.grid(["Composite risk", "Treatment"],
           [["Green", "No PEP"],
            ["Amber", "Rabies vaccine only (HRIG as well if the person is immunosuppressed and not previously "
                      "immunised)"],
            ["Red", "Rabies vaccine and human rabies immunoglobulin (HRIG), unless previously fully immunised"]],
           [37, 137])
    d.h1("5. Vaccine schedules")
    d.para("Give rabies vaccine 1 mL intramuscularly into the deltoid (the anterolateral thigh in infants), never "
           "into the buttock.")
    d.grid(["Immunisation history", "Vaccine doses (day 0 = first dose)", "HRIG"],
           [["Not immunised, or an incomplete previous course; immune system normal",
             "4 doses: days 0, 3, 7 and 21", "If Red"],
            ["Not immunised, or an incomplete previous course; immunosuppressed",
             "5 doses: days 0, 3, 7, 14 and 30", "If Amber or Red"],
            ["Fully immunised before (a complete pre-exposure or post-exposure course)",
             "2 doses: days 0 and 3 to 7", "Not needed"]], [74, 62, 38])
    d.para("Immunosuppression includes current chemotherapy, biological or other immunosuppressive drugs, "
           "prednisolone 20 mg a day or more for 2 weeks or longer, HIV with a low CD4 count, and asplenia. If a "
           "dose is delayed, continue the schedule from where it stopped; do not restart the course.")
    d.h1("6. Human rabies immunoglobulin (HRIG)")
    d.clause("6.1", "Dose: 20 IU/kg body weight, whatever the person's age. Infiltrate as much as possible into and "
             "around the wound or wounds, and give any remainder intramuscularly at a site away from the "
             "vaccine.")
    d.clause("6.2", "Give HRIG with the first dose of vaccine. If it was not given then, it can still be given up to "
             "7 days after the first dose of vaccine. After day 7 it is not given, because the response to the "
             "vaccine has started.")
    d.clause("6.3", "If there are several wounds and the volume is too small to infiltrate them all, dilute the "
             "HRIG with sodium chloride 0.9%. Never give more than the calculated dose.")
    d.h1("7. Other treatment")
    d.clause("7.1", "Tetanus: give a tetanus-containing vaccine if immunisation is incomplete or unknown, and "
             "tetanus immunoglobulin as well for a high-risk wound.")
    d.clause("7.2", "Antibiotics: give co-amoxiclav for 5 days after bites that break the skin on the hand, foot "
             "or face, or in people at risk of serious infection (doxycycline with metronidazole if allergic to "
             "penicillin).")
    d.clause("7.3", "Pregnancy and breastfeeding are not contraindications to rabies vaccine or HRIG; give PEP as "
             "for any other patient.")
    d.h1("8. Treatment started abroad")
    d.para("Ask for the vaccination record. If the course was started abroad with a cell-culture vaccine, continue "
           "it on the same schedule with the UK vaccine. If the risk is Red and no immunoglobulin was given "
           "abroad, give HRIG only if it is still within 7 days of the first dose of vaccine.")
    return d.save("medical/rabies_pep_guideline_calderwick.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([swimming_terms, scaffolding_contract, podcast_agreement,
                       steroid_ladder, atorvastatin_leaflet, rabies_guideline], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
