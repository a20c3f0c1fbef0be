"""Render the twentieth development-set documents (fictional) as PDFs into bench/dev20/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
self-build plot reservation agreement (reservation fee bands by plot price, refunds of the fee by reason, a
design code, a schedule of plots after the signatures), a festival trader pitch licence (pitch fees by
frontage and trader type, cancellation refunds by date, gas and generator rules, wristbands), tutoring agency
terms for parents (hourly rates by level, cancellation charges by notice, introduction fee), a nosebleed
first-aid leaflet in question-and-answer form, a bronchiolitis guideline for clinicians with oxygen and
feeding thresholds and a fluid-rate table by weight, and a levothyroxine tablet leaflet in
question-and-answer form. Questions: bench/dev20/questions.jsonl. All names, products and numbers are
invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev20/make_dev20.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 1, 11, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 20 (fictional document)", "make_dev20.py", FIXED_DATE)


# =============================================================================
# 1. Self-build plot reservation agreement
# =============================================================================
def plot_reservation():
    d = Doc("Plot Reservation Agreement - Hazelcombe Meadows", "Ref. HM-RES-2027",
            "Hazelcombe Meadows Custom Build Ltd - Plot Reservation Agreement", accent=(70, 90, 30))
    d.title_block("SELF-BUILD PLOT RESERVATION AGREEMENT",
                  "Hazelcombe Meadows custom and self-build site, Orchard Lane, Hazelcombe. Between Hazelcombe "
                  "Meadows Custom Build Ltd, company no. 11480236 (the \"Developer\"), and the person named in "
                  "the Reservation Form (the \"Buyer\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Plot\" means the serviced building plot identified in the Reservation Form and shown in the "
             "Schedule. \"Plot Price\" means the price in the Schedule for that Plot. \"Reservation Fee\" means "
             "the fee in clause 3.1. \"Reservation Period\" means 12 weeks from the date the Developer receives "
             "the Reservation Fee, as extended under clause 4.2.")
    d.clause("1.2", "\"Plot Passport\" means the document for each Plot setting out the permitted footprint, "
             "height and design rules under the Design Code. \"Exchange\" means exchange of contracts for the "
             "sale of the Plot. \"Completion\" means completion of that sale. \"Cooling-off Period\" means 14 days "
             "from the date of this agreement.")
    d.h1("2. Reservation")
    d.clause("2.1", "On receipt of the Reservation Fee the Developer will take the Plot off the market and will "
             "not offer it to anyone else during the Reservation Period, and will not increase the Plot Price "
             "during that period.")
    d.clause("2.2", "One Plot only may be reserved by each Buyer. A reservation may not be transferred to another "
             "person, except to a spouse or civil partner who is added as a joint Buyer.")
    d.h1("3. Reservation Fee")
    d.clause("3.1", "The Reservation Fee depends on the Plot Price and is payable by bank transfer on signing:")
    d.grid(["Plot Price", "Reservation Fee", "Credited against the Plot Price at Completion"],
           [["Up to GBP 120,000", "GBP 2,000", "Yes, in full"],
            ["GBP 120,001 to GBP 180,000", "GBP 3,500", "Yes, in full"],
            ["GBP 180,001 to GBP 250,000", "GBP 5,000", "Yes, in full"],
            ["Over GBP 250,000", "2.5% of the Plot Price", "Yes, in full"]], [60, 50, 60])
    d.para("* The Reservation Fee is held by the Developer's solicitors, Penhallow Greaves LLP, in a client "
           "account and does not earn interest for the Buyer.", size=8.5, style="I")
    d.h1("4. Reservation Period and Exchange")
    d.clause("4.1", "The Buyer must exchange contracts before the end of the Reservation Period. The Buyer will "
             "instruct solicitors within 7 days of signing and apply for a self-build mortgage (if needed) within "
             "21 days.")
    d.clause("4.2", "The Buyer may extend the Reservation Period once, by 6 weeks, by written request made before "
             "it ends and payment of an extension fee of GBP 750. The extension fee is not credited against the "
             "Plot Price and is not refundable.")
    d.clause("4.3", "If contracts are not exchanged by the end of the Reservation Period (as extended), the "
             "reservation ends automatically and the Developer may sell the Plot to anyone. Clause 5 sets out "
             "what happens to the Reservation Fee.")
    d.h1("5. Refund of the Reservation Fee")
    d.clause("5.1", "If the reservation ends before Exchange, the Reservation Fee is refunded as follows:")
    d.grid(["Reason the reservation ends", "Refund of the Reservation Fee"],
           [["Buyer withdraws within the Cooling-off Period", "In full, less GBP 250 administration"],
            ["Buyer withdraws after the Cooling-off Period", "50%"],
            ["Buyer's self-build mortgage application refused (with the lender's letter)", "75%"],
            ["Reservation Period ends without Exchange for any other reason", "50%"],
            ["Developer withdraws the Plot, or cannot give good title", "In full, plus GBP 500 towards costs"],
            ["Plot Passport changed by the Developer after signing", "In full"]], [110, 60])
    d.clause("5.2", "Refunds are paid within 20 working days of the reservation ending, to the account the fee "
             "came from. Apart from clause 5.1, the Developer is not liable for the Buyer's legal, survey, "
             "architect's or mortgage fees.")
    d.h1("6. Design Code and building obligations")
    d.clause("6.1", "The Buyer's home must follow the Plot Passport and the Hazelcombe Meadows Design Code. In "
             "particular: no more than 2 storeys above ground; a ridge height of no more than 8.5 metres above "
             "finished ground level; walls in brick, render or timber cladding from the approved palette; and at "
             "least 2 off-road parking spaces, with an electric vehicle charging point.")
    d.clause("6.2", "Plans must be submitted to the Developer's design panel for a Design Code compliance "
             "certificate before they are submitted for planning permission. The panel replies within 15 working "
             "days; the first review is free and each resubmission costs GBP 180.")
    d.clause("6.3", "After Completion the Buyer must start building within 12 months (the foundations must be "
             "laid) and make the home weathertight within 24 months, and obtain the building control completion "
             "certificate within 36 months. If the Buyer does not start within 12 months, the Developer may "
             "buy back the Plot at the Plot Price paid, less 5%.")
    d.clause("6.4", "Site working hours for the Buyer's contractors are 08:00 to 18:00 Monday to Friday and 08:00 "
             "to 13:00 on Saturday. No work on Sundays or bank holidays. Skips must be kept within the Plot.")
    d.h1("7. Services and estate charge")
    d.clause("7.1", "Each Plot is provided with water, foul drainage, electricity and fibre broadband to a point "
             "at the Plot boundary. There is no mains gas on the site; homes must use heat pumps or another "
             "low-carbon heating system.")
    d.clause("7.2", "From Completion the Buyer pays an annual estate charge for the roads, open space and "
             "attenuation pond, currently GBP 340 a year, to Hazelcombe Meadows Management Company Ltd, of which "
             "each Buyer becomes a member.")
    d.h1("8. General")
    d.clause("8.1", "This agreement is not a contract for the sale of land and does not oblige either party to "
             "exchange contracts. It is governed by the law of England and Wales.")
    d.signature_block(["Signed for Hazelcombe Meadows Custom Build Ltd by Rosalind Achebe-Marsh, Director",
                       "Signed by the Buyer"])
    d.h1("SCHEDULE - PLOTS AND PRICES (PHASE 2)")
    d.grid(["Plot", "Plot area", "Max. footprint (Plot Passport)", "Plot Price", "Status"],
           [["Plot 14", "410 sq m", "110 sq m", "GBP 118,500", "Available"],
            ["Plot 15", "465 sq m", "125 sq m", "GBP 134,000", "Available"],
            ["Plot 16", "520 sq m", "140 sq m", "GBP 162,000", "Reserved"],
            ["Plot 17", "610 sq m", "160 sq m", "GBP 189,500", "Available"],
            ["Plot 18", "780 sq m", "190 sq m", "GBP 236,000", "Available"],
            ["Plot 19", "1,020 sq m", "230 sq m", "GBP 284,000", "Available"]], [22, 28, 50, 35, 35])
    d.para("Plots 18 and 19 back onto the woodland buffer and may not have windows above ground floor level on "
           "the north elevation. Prices are fixed until 30 June 2027.", size=9, style="I")
    return d.save("legal/plot_reservation_hazelcombe_meadows.pdf")


# =============================================================================
# 2. Festival trader pitch licence
# =============================================================================
def trader_licence():
    d = Doc("Trader Pitch Licence - Brackmoor Green Festival 2027", "Licence terms TPL-27",
            "Brackmoor Green Events CIC - Trader Pitch Licence", font="Times", accent=(150, 60, 0),
            body_size=10.5)
    d.title_block("TRADER PITCH LICENCE: TERMS AND CONDITIONS",
                  "Brackmoor Green Festival, Brackmoor Park, Friday 23 to Sunday 25 July 2027. Between Brackmoor "
                  "Green Events CIC (the \"Organiser\") and the trader named in the booking confirmation (the "
                  "\"Trader\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Pitch\" means the area of ground allocated to the Trader, measured by its frontage (the "
             "side facing the walkway) and a standard depth of 6 metres. \"Festival\" means the event named "
             "above. \"Build-up\" means the period before the gates open when Traders set up; \"Breakdown\" "
             "means the period after the Festival ends when they clear their Pitches.")
    d.clause("1.2", "\"Hot Food Trader\" means a Trader cooking or heating food on the Pitch. \"Retail Trader\" "
             "means a Trader selling goods other than food or drink. \"Bar\" means a Trader selling alcohol under "
             "the Organiser's premises licence.")
    d.h1("2. Nature of this licence")
    d.clause("2.1", "This is a licence to occupy the Pitch for the Festival only. It does not create a tenancy. "
             "The Organiser may move the Pitch to another location of the same size for safety or operational "
             "reasons.")
    d.h1("3. Pitch fees")
    d.clause("3.1", "The pitch fee for the whole Festival depends on the frontage of the Pitch and the type of "
             "Trader, and is payable in addition to the commission in clause 3.3:")
    d.grid(["Frontage", "Retail Trader", "Hot Food Trader", "Bar"],
           [["Up to 3 m", "GBP 280", "GBP 540", "Not available"],
            ["Over 3 m up to 6 m", "GBP 450", "GBP 890", "GBP 1,400"],
            ["Over 6 m up to 9 m", "GBP 620", "GBP 1,250", "GBP 2,100"],
            ["Over 9 m", "GBP 620 plus GBP 60 per extra metre", "GBP 1,250 plus GBP 130 per extra metre",
             "By arrangement"]], [40, 45, 50, 35])
    d.para("* Charities registered in England and Wales pay 50% of the Retail Trader fee for a Pitch up to 3 m. "
           "Electricity is not included: see clause 6.", size=8.5, style="I")
    d.clause("3.2", "A deposit of 30% of the pitch fee is payable on booking and the balance by 31 May 2027. If "
             "the balance is not paid by that date the Organiser may re-let the Pitch and keep the deposit.")
    d.clause("3.3", "Hot Food Traders and Bars also pay commission of 12% of their gross takings (including VAT) "
             "over the three days, declared on the Organiser's takings form by 6 August 2027. Retail Traders "
             "pay no commission.")
    d.h1("4. Cancellation by the Trader")
    d.clause("4.1", "The Trader may cancel by e-mail to traders@brackmoorgreen.example. Refunds of the pitch fee "
             "paid are:")
    d.grid(["Notice of cancellation received", "Refund"],
           [["On or before 31 March 2027", "All money paid, less the deposit"],
            ["1 April to 31 May 2027", "50% of the pitch fee paid, less the deposit"],
            ["After 31 May 2027", "No refund"]], [90, 80])
    d.clause("4.2", "A Trader who does not arrive by 10:00 on the first day of the Festival without telling the "
             "Organiser is treated as having cancelled after 31 May 2027, and the Pitch may be re-let.")
    d.h1("5. Cancellation or curtailment by the Organiser")
    d.clause("5.1", "If the Organiser cancels the Festival before the gates open for any reason, including severe "
             "weather, it refunds the pitch fee in full, less an administration charge of GBP 50. If the "
             "Festival is stopped after the gates open, no refund is given for any part of the Festival that "
             "has already taken place; if it is stopped on the first day, the Organiser refunds 50% of the "
             "pitch fee.")
    d.clause("5.2", "The Organiser is not liable for the Trader's loss of profit, stock, travel or staff costs.")
    d.h1("6. Electricity, gas and generators")
    d.clause("6.1", "Electricity is supplied from the Organiser's site network at GBP 95 per 16 amp supply and "
             "GBP 180 per 32 amp supply for the Festival, booked and paid with the balance. Private generators "
             "are not allowed on the site, except for Traders trading from a vehicle more than 150 metres from "
             "the site network, who may use one silent inverter generator of up to 3 kW.")
    d.clause("6.2", "Traders using LPG must hold a current Gas Safe certificate for their appliances, dated within "
             "the last 12 months, and send a copy by 30 June 2027. No more than 2 spare gas cylinders may be "
             "kept on the Pitch, and they must be stored upright, outside, away from the public.")
    d.clause("6.3", "Each Hot Food Trader must keep a 2 kg dry powder fire extinguisher and a fire blanket on the "
             "Pitch, and a CO2 extinguisher if it uses electric fryers.")
    d.h1("7. Documents and standards")
    d.clause("7.1", "The Trader must hold public liability insurance of at least GBP 5 million and, if it employs "
             "staff, employers' liability insurance of at least GBP 10 million. Hot Food Traders must be "
             "registered with their local authority and have a food hygiene rating of 4 or 5, and send their "
             "allergen information and risk assessment by 30 June 2027.")
    d.clause("7.2", "All serving ware must be reusable or home-compostable. Single-use plastic bottles and "
             "plastic straws may not be sold or given away.")
    d.h1("8. Build-up, trading hours and breakdown")
    d.clause("8.1", "Build-up runs from 12:00 on Thursday 22 July to 09:00 on Friday 23 July 2027. Vehicles must "
             "be off the arena by 09:00 each day and may not move on site between 09:00 and 23:30 while the "
             "public are present.")
    d.clause("8.2", "Pitches must be open and trading from 11:00 to 22:00 on each Festival day. Bars stop serving "
             "at 23:00. Breakdown starts at 23:30 on Sunday and all Pitches must be clear by 14:00 on Monday 26 "
             "July 2027.")
    d.clause("8.3", "Each Pitch receives 3 trader wristbands for a Pitch up to 6 m and 5 for a larger Pitch; "
             "extra wristbands cost GBP 45 each. One vehicle pass per Pitch is included.")
    d.h1("9. Waste and damage")
    d.clause("9.1", "A waste and damage bond of GBP 150 is paid with the balance. It is refunded within 21 days "
             "after the Festival if the Pitch is left clean and undamaged, with cooking oil and grey water "
             "taken to the marked disposal points. Ground damage is charged at cost.")
    d.h1("10. Law")
    d.clause("10.1", "This licence is governed by the law of England and Wales.")
    return d.save("legal/trader_pitch_licence_brackmoor_green.pdf")


# =============================================================================
# 3. Tutoring agency terms for parents
# =============================================================================
def tutoring_terms():
    d = Doc("Terms and Conditions for Parents - Quillbridge Tutors", "Effective 1 January 2027",
            "Quillbridge Tutors Ltd - Terms for Parents", accent=(20, 60, 130))
    d.title_block("TERMS AND CONDITIONS FOR PARENTS",
                  "These terms apply when a parent or guardian (\"you\") books private tuition for a child (the "
                  "\"Pupil\") through Quillbridge Tutors Ltd (\"we\", \"us\"), an introduction and booking agency.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Tutor\" means a self-employed tutor introduced by us. \"Lesson\" means a tuition session "
             "of 60 minutes unless the booking says otherwise, in person at your home or online. \"Introduction\" "
             "means our giving you a Tutor's details or arranging a first Lesson with that Tutor. \"Term\" means "
             "one of our three booking terms: autumn (September to December), spring (January to March) and "
             "summer (April to July).")
    d.h1("2. Registration")
    d.clause("2.1", "A one-off registration fee of GBP 45 is payable for each family when you first book. It is "
             "not refundable, but is waived if you book a block of 10 or more Lessons at the same time.")
    d.clause("2.2", "Every Tutor has an enhanced DBS check renewed at least every 3 years (or is on the DBS Update "
             "Service), two references and proof of their qualifications checked by us. A parent or another "
             "adult must be at home for in-person Lessons with a Pupil under 16.")
    d.h1("3. Fees")
    d.clause("3.1", "Lesson fees depend on the level being taught and are set out below. Fees are for a 60-minute "
             "Lesson; 90-minute Lessons are charged at 1.5 times the rate.")
    d.grid(["Level", "In person (per Lesson)", "Online (per Lesson)"],
           [["Primary (Key Stage 1 and 2)", "GBP 42", "GBP 36"],
            ["11+ and independent school entrance", "GBP 52", "GBP 46"],
            ["Key Stage 3 (Years 7 to 9)", "GBP 46", "GBP 40"],
            ["GCSE (Years 10 and 11)", "GBP 55", "GBP 48"],
            ["A level and IB", "GBP 64", "GBP 56"],
            ["Oxbridge and medicine admissions", "GBP 85", "GBP 78"]], [75, 45, 45])
    d.para("* A travel supplement of GBP 6 per Lesson applies to in-person Lessons more than 5 miles from the "
           "Tutor's base. Group Lessons (2 or 3 siblings) are charged at the rate plus 25%.", size=8.5, style="I")
    d.clause("3.2", "If you pay for a block of 10 Lessons in advance you receive a 5% discount on the block; a "
             "block of 20 Lessons receives 8%. Blocks must be used within 6 months of payment; unused Lessons "
             "after that are refunded at the full (undiscounted) rate, less the discount already given.")
    d.clause("3.3", "Lessons not paid in advance are invoiced at the end of each month and must be paid within "
             "7 days. We may suspend Lessons if an invoice is more than 14 days overdue.")
    d.h1("4. Cancelling and rearranging a Lesson")
    d.clause("4.1", "You may cancel or rearrange a Lesson through your account or by telling the Tutor. The charge "
             "depends on how much notice you give before the Lesson was due to start:")
    d.grid(["Notice given", "Charge"],
           [["48 hours or more", "No charge"],
            ["24 hours to less than 48 hours", "50% of the Lesson fee"],
            ["Less than 24 hours, or the Pupil is not there", "Full Lesson fee"]], [90, 70])
    d.clause("4.2", "No charge is made if the Pupil is ill and you tell the Tutor before the Lesson starts, up to "
             "twice in a Term; after that clause 4.1 applies. If the Tutor cancels with less than 24 hours' "
             "notice, the next Lesson is free.")
    d.clause("4.3", "The Tutor will wait 15 minutes for an in-person Lesson. Online Lessons start at the booked "
             "time and are not extended if the Pupil joins late.")
    d.h1("5. Introduction fee")
    d.clause("5.1", "Our fees cover the cost of finding and checking Tutors. If, within 12 months of the last "
             "Lesson booked through us, you engage a Tutor we introduced directly (not through us), or pass "
             "their details to another family who does, you must pay an introduction fee of GBP 750, or 20 "
             "times the hourly Lesson fee for that level if that is higher.")
    d.h1("6. Online Lessons")
    d.clause("6.1", "Online Lessons take place on our Quillbridge Classroom platform only. They are recorded for "
             "safeguarding; recordings are kept for 30 days and are then deleted, unless needed for a "
             "safeguarding concern. Parents may ask to see a recording within that time.")
    d.h1("7. Progress reports and exams")
    d.clause("7.1", "The Tutor sends a short progress note after each Lesson and a written report at the end of "
             "each Term. We do not guarantee any exam result or school place.")
    d.h1("8. Ending the arrangement")
    d.clause("8.1", "You may stop Lessons at any time by telling us; Lessons within the next 48 hours are charged "
             "under clause 4.1. Unused paid Lessons are refunded within 14 days under clause 3.2.")
    d.clause("8.2", "We may end the arrangement at once if a Pupil or parent behaves in an abusive or unsafe way "
             "towards a Tutor. If you are unhappy with a Tutor, we will offer a replacement Tutor and the first "
             "Lesson with the replacement is free.")
    d.h1("9. Complaints and law")
    d.clause("9.1", "Complaints should be sent to care@quillbridgetutors.example; we reply within 10 working days. "
             "These terms are governed by the law of England and Wales. Nothing in them affects your statutory "
             "rights, including your right to cancel within 14 days of booking online (you pay for any Lessons "
             "already given).")
    return d.save("legal/tutoring_agency_terms_quillbridge.pdf")


# =============================================================================
# 4. Nosebleed first-aid leaflet (question-and-answer)
# =============================================================================
def nosebleed_leaflet():
    d = Doc("Nosebleeds - first aid and aftercare", "Leaflet ENT-031",
            "Larkhollow Hospitals NHS Trust - Ear, Nose and Throat Department", accent=(150, 20, 40),
            body_size=10.5)
    d.title_block("Nosebleeds: what to do and when to get help",
                  "Information for adults and children, and for patients going home after treatment for a "
                  "nosebleed (epistaxis) in our emergency department or ENT clinic.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("Why do nosebleeds happen?",
       "Most nosebleeds come from small blood vessels just inside the front of the nose. They are common in "
       "children and older adults and can be brought on by picking the nose, colds, dry air, hay fever or blowing "
       "the nose hard. Medicines that thin the blood, such as warfarin, apixaban, clopidogrel or aspirin, make "
       "bleeding last longer.")
    qa("How do I stop a nosebleed?",
       "Sit down and lean forward, with your mouth open, so the blood runs out of your nose and not down your "
       "throat. Pinch the soft part of your nose, just above the nostrils (not the bony bridge), firmly for 15 "
       "minutes by the clock without letting go to check. Breathe through your mouth and spit out any blood. "
       "An ice pack or a bag of frozen peas wrapped in a tea towel on the bridge of the nose may help. Do not "
       "lie down or tip your head back.")
    qa("What if it is still bleeding after 15 minutes?",
       "Pinch for another 15 minutes. If the bleeding has not stopped after 30 minutes of pressure in total, "
       "go to the emergency department or call 111. Call 999 if the bleeding is very heavy, you feel faint or "
       "short of breath, or blood is pouring down the back of your throat.")
    d.h2("When should I get medical help?")
    d.grid(["Situation", "What to do"],
           [["Bleeding lasts more than 30 minutes despite pressure", "Go to the emergency department"],
            ["Nosebleed after a blow to the head, or with a headache or confusion", "Go to the emergency "
             "department"],
            ["Child under 2 years with any nosebleed", "See a GP the same day"],
            ["Taking a blood thinner and the bleed lasts more than 10 minutes", "Call 111 or your anticoagulant "
             "clinic the same day"],
            ["More than 3 nosebleeds in a month, or bleeding from one side only that keeps coming back",
             "See your GP (routine appointment)"],
            ["Short nosebleeds that stop with first aid", "Treat at home"]], [105, 65])
    qa("Should I stop my blood thinner?",
       "No. Do not stop or miss a dose of warfarin, apixaban, rivaroxaban, clopidogrel or aspirin because of a "
       "nosebleed unless a doctor tells you to. If you take warfarin and have a nosebleed lasting more than 10 "
       "minutes, have your INR checked within 2 days.")
    qa("I have had packing or cautery. What should I do at home?",
       "If your nose was sealed (cauterised) with a silver nitrate stick or packed, you can help it heal by "
       "following these rules for 1 week: do not blow or pick your nose; sneeze with your mouth open; avoid hot "
       "drinks, hot baths and spicy food for the first 24 hours; avoid heavy lifting, straining and hard "
       "exercise for 2 weeks; and do not drink alcohol or smoke for 1 week. You may feel a crust in your nose "
       "for up to 10 days; do not pull it off.")
    qa("How do I use the nose cream?",
       "If you have been given Naseptin-style antiseptic cream, apply a small "
       "amount to the inside of each nostril 4 times a day for 10 days, using a clean finger or cotton bud. Do "
       "not use this cream if you are allergic to peanuts or soya, because it contains arachis (peanut) oil; "
       "ask for petroleum jelly instead.")
    qa("What about children?",
       "Children often have nosebleeds at night, when their nose is dry or after a cold. Sit your child on your "
       "lap, leaning forward, and pinch their nose for 10 minutes (15 minutes for children over 12). Keep "
       "their nails short and discourage nose picking. A nosebleed in a baby under 1 year is unusual and should "
       "always be checked by a doctor.")
    qa("How can I prevent nosebleeds?",
       "Keep the inside of your nose moist with a little petroleum jelly twice a day in dry weather. Use a "
       "humidifier or a bowl of water near a radiator in winter. Treat hay fever, and use steroid nasal sprays "
       "as directed, aiming the spray away from the middle of the nose (the septum).")
    qa("When might I need more treatment?",
       "If nosebleeds keep coming back, an ENT doctor can seal the bleeding vessel in clinic under local "
       "anaesthetic. Very rarely, an operation to tie off a blood vessel is needed. Nosebleeds in adults with "
       "a blocked nose on one side, or crusting and facial pain, should be checked by an ENT specialist within "
       "2 weeks.")
    d.para("ENT advice line (Mon-Fri 08:30-17:00): 01632 960 558. Out of hours: NHS 111.", size=9.5, style="B")
    return d.save("medical/nosebleed_leaflet_larkhollow.pdf")


# =============================================================================
# 5. Bronchiolitis guideline (clinicians)
# =============================================================================
def bronchiolitis_guideline():
    d = Doc("Bronchiolitis in infants - assessment and management", "Guideline CH-RESP-07 v3",
            "Ferncombe Children's Services - Clinical Guideline", accent=(0, 90, 120), body_size=9.5)
    d.title_block("BRONCHIOLITIS IN INFANTS: ASSESSMENT AND MANAGEMENT",
                  "For doctors and nurses in the emergency department, children's assessment unit and children's "
                  "ward. Applies to infants and children under 2 years. Review date: October 2029.", size=14)
    d.h1("1. Diagnosis")
    d.clause("1.1", "Diagnose bronchiolitis clinically in a child under 2 years (most commonly 3 to 6 months) with "
             "a coryzal prodrome of 1 to 3 days followed by persistent cough and either tachypnoea or chest "
             "recession, and either wheeze or crackles on auscultation. Symptoms usually peak at day 3 to 5; the "
             "cough may last 3 weeks or more.")
    d.clause("1.2", "Consider pneumonia if the temperature is 39 degrees C or higher or there are persistent focal "
             "crackles. Consider viral-induced wheeze or asthma in children over 1 year with wheeze but no "
             "crackles, particularly with previous episodes or atopy.")
    d.h1("2. Risk factors for severe disease")
    d.bullets(["age under 3 months (corrected for gestation);",
               "born before 32 weeks of gestation;",
               "chronic lung disease (including bronchopulmonary dysplasia);",
               "haemodynamically significant congenital heart disease;",
               "immunodeficiency, neuromuscular disorders or Down syndrome."])
    d.h1("3. Severity assessment")
    d.grid(["Feature", "Mild", "Moderate", "Severe"],
           [["Respiratory rate (breaths/min)", "Under 50", "50 to 70", "Over 70, or slow and irregular"],
            ["SpO2 in air", "92% or more", "88% to 91%", "Under 88%, or needs oxygen over 50%"],
            ["Work of breathing", "Mild recession", "Moderate recession, nasal flaring",
             "Marked recession, grunting, head bobbing"],
            ["Feeding", "More than 75% of usual volume", "50% to 75% of usual volume",
             "Less than 50% of usual volume, or unable to feed"],
            ["Apnoea", "None", "None, or brief self-resolving", "Any apnoea needing stimulation"]],
           [42, 38, 45, 45], size=8.5)
    d.clause("3.1", "Grade by the most severe feature present. Measure SpO2 in every child with suspected "
             "bronchiolitis, using a probe suitable for the child's age.")
    d.h1("4. Admission and referral")
    d.clause("4.1", "Admit if the child has any of: apnoea (observed or reported); persistent SpO2 below the "
             "oxygen threshold in section 5 in air; oral intake under 50% of usual volume in the previous 24 "
             "hours; or moderate or severe work of breathing. Have a lower threshold for admission in a child "
             "with a risk factor in section 2, or when the parents' ability to cope, distance from the hospital "
             "or the time of day (symptoms are often worse at night) are a concern.")
    d.clause("4.2", "Refer to the paediatric high-dependency team or PICU outreach if the child has recurrent "
             "apnoea, signs of exhaustion, SpO2 below 92% despite 50% oxygen, or a capillary blood gas with pH "
             "below 7.25 or pCO2 above 8 kPa.")
    d.h1("5. Oxygen")
    d.clause("5.1", "Give oxygen if the SpO2 is persistently below 90% in a child aged 6 weeks or over, or below "
             "92% in a baby under 6 weeks or a child with a risk factor in section 2. Aim for SpO2 of 92% to 96% "
             "once oxygen is started. Use nasal cannulae at up to 2 litres/min, or humidified high-flow at 2 "
             "litres/kg/min (maximum 25 litres/min) if work of breathing is moderate or severe.")
    d.clause("5.2", "\"Persistently\" means for longer than 10 minutes while awake and settled, not brief dips "
             "during feeds or sleep.")
    d.h1("6. Feeding and fluids")
    d.clause("6.1", "Offer small, frequent feeds. If oral intake falls below 50% of usual, start nasogastric (NG) "
             "feeds with the child's usual milk at two-thirds of maintenance; use the hourly rates below. Use "
             "orogastric feeds in babies who need nasal high-flow if the NG tube interferes with the seal.")
    d.grid(["Weight", "Two-thirds maintenance (NG or IV), ml per hour"],
           [["3.0 to 3.9 kg", "14 ml/h"],
            ["4.0 to 4.9 kg", "18 ml/h"],
            ["5.0 to 5.9 kg", "22 ml/h"],
            ["6.0 to 7.9 kg", "28 ml/h"],
            ["8.0 to 9.9 kg", "36 ml/h"],
            ["10.0 to 12.0 kg", "44 ml/h"]], [50, 90])
    d.clause("6.2", "Use IV fluids (0.9% sodium chloride with 5% glucose) only if NG feeds are not tolerated or the "
             "child is in severe respiratory distress. Check sodium and glucose at the start and every 24 hours "
             "on IV fluids.")
    d.h1("7. Treatments not to use")
    d.para("Do not use antibiotics (unless secondary bacterial infection is suspected), salbutamol, ipratropium, "
           "adrenaline (nebulised), hypertonic saline, oral or inhaled corticosteroids, or montelukast. Do not "
           "perform chest physiotherapy unless there is a relevant comorbidity such as spinal muscular atrophy. "
           "Nasal suction: use only for children with respiratory distress or feeding difficulty caused by "
           "upper airway secretions; do not use routine deep suction.")
    d.h1("8. Investigations")
    d.para("Do not routinely perform a chest X-ray, blood tests or a blood gas. Send a nasopharyngeal aspirate "
           "for RSV and other viruses on admission for cohorting. Perform a capillary blood gas if the child "
           "is in severe respiratory distress or needs more than 50% oxygen.")
    d.h1("9. Discharge")
    d.clause("9.1", "The child is ready for discharge when clinically stable, taking at least 75% of usual "
             "feeds orally, and has maintained SpO2 of 92% or more in air for at least 4 hours, including a "
             "period of sleep.")
    d.clause("9.2", "Give the parents the bronchiolitis safety-netting leaflet and tell them to return if the "
             "child has pauses in breathing, a blue tinge to the lips, is exhausted, or takes less than half "
             "of usual feeds over 12 hours or has no wet nappy for 12 hours. Advise that the cough may last up "
             "to 4 weeks.")
    d.h1("10. Palivizumab")
    d.para("Eligible high-risk infants (criteria in the regional RSV prophylaxis protocol) receive palivizumab "
           "15 mg/kg intramuscularly once a month during the RSV season, up to 5 doses.")
    return d.save("medical/bronchiolitis_guideline_ferncombe.pdf")


# =============================================================================
# 6. Levothyroxine tablet leaflet (question-and-answer)
# =============================================================================
def levothyroxine_leaflet():
    d = Doc("Levothyroxine tablets - questions and answers", "Leaflet PH-219",
            "Corrowdale Primary Care Network - Medicines Information", accent=(100, 40, 110), body_size=10.5)
    d.title_block("Taking levothyroxine: your questions answered",
                  "For adults with an underactive thyroid (hypothyroidism) who have been prescribed levothyroxine "
                  "tablets (brand in this leaflet: Thyrovane). Keep this leaflet with your medicines.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is levothyroxine for?",
       "Your thyroid gland makes a hormone called thyroxine that controls how fast your body uses energy. "
       "Levothyroxine is a man-made copy of this hormone and replaces what your thyroid cannot make. Most people "
       "need to take it for the rest of their life. You should start to feel better within 2 to 3 weeks, but it "
       "can take several months to feel fully well.")
    qa("How should I take it?",
       "Take your tablet once a day, with a glass of water, on an empty stomach: at least 30 minutes before "
       "breakfast or any drink other than water (60 minutes if your doctor has said so). Take it at about the "
       "same time every day. Coffee, including decaffeinated coffee, and soya milk can reduce how much you "
       "absorb, so wait at least 30 minutes before having them.")
    qa("What dose will I take?",
       "Most adults start on 50 to 100 micrograms a day. If you are over 65 or have heart disease you will "
       "usually start on 25 micrograms a day. Your dose is changed in steps of 25 micrograms, guided by blood "
       "tests, until your thyroid level is right. The usual long-term dose is 75 to 150 micrograms a day. "
       "The tablets come in different strengths, each a different colour:")
    d.grid(["Tablet strength", "Colour (Thyrovane)"],
           [["25 micrograms", "White"], ["50 micrograms", "Pale pink"], ["75 micrograms", "Lilac"],
            ["100 micrograms", "Cream"], ["125 micrograms", "Pale green"]], [60, 60])
    d.para("Check the strength on the box each time you collect a prescription. Tell your pharmacist if the "
           "brand or colour of your tablets changes and you notice a difference in how you feel.", size=9.5)
    qa("When will I have blood tests?",
       "Your blood is tested for TSH (thyroid-stimulating hormone) 6 to 8 weeks after starting levothyroxine "
       "and 6 to 8 weeks after any change of dose. Once your dose is stable, you will have a test once a year. "
       "Most people feel best with a TSH between 0.4 and 4.0 mU/L. Take your tablet as usual on the day of the "
       "test unless you are told otherwise.")
    qa("Are there other medicines or supplements I should keep apart from it?",
       "Yes. Some products stop levothyroxine being absorbed. Take calcium tablets, iron tablets (ferrous "
       "sulfate or fumarate), antacids such as Gaviscon, and multivitamins containing calcium or iron at least "
       "4 hours apart from your levothyroxine. Orlistat should also be taken at least 4 hours apart. If you take "
       "a biotin supplement (often in hair and nail products), stop it for 2 days before a thyroid blood test, "
       "as it can give a false result.")
    qa("What if I forget a dose?",
       "If you remember later the same day, take it then. If you do not remember until the next day, skip the "
       "missed dose and take your usual dose. Do not take two doses together. Missing one dose will not harm "
       "you, because levothyroxine stays in the body for about a week.")
    qa("What are the signs that my dose is too high or too low?",
       "Too high: a fast or irregular heartbeat (palpitations), shaking, sweating, feeling anxious or unable to "
       "sleep, diarrhoea or losing weight without trying. Too low: tiredness, feeling cold, constipation, dry "
       "skin or weight gain. Contact your GP if you have these symptoms; you may need a blood test. If you have "
       "chest pain, call 999.")
    qa("I am pregnant or planning a pregnancy. What should I do?",
       "Keep taking levothyroxine: your baby needs it. As soon as you have a positive pregnancy test, increase "
       "your dose by 25 micrograms a day and contact your GP within 1 week for a blood test. You will have "
       "thyroid tests every 4 weeks until 20 weeks of pregnancy, and your dose usually goes back to your "
       "pre-pregnancy dose straight after the birth. Levothyroxine is safe while breastfeeding.")
    qa("Do I have to pay for my prescriptions?",
       "In England, people taking levothyroxine for an underactive thyroid can get free prescriptions for all "
       "their medicines with a medical exemption certificate. Ask your GP surgery for form FP92A. The "
       "certificate lasts 5 years.")
    qa("Can I stop taking it?",
       "Do not stop taking levothyroxine unless your doctor tells you to. Your symptoms will slowly come back "
       "over several weeks if you stop.")
    d.para("Medicines advice (Corrowdale PCN pharmacists, Mon-Fri 09:00-17:00): 01632 960 873. "
           "Out of hours: NHS 111.", size=9.5, style="B")
    return d.save("medical/levothyroxine_leaflet_corrowdale.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([plot_reservation, trader_licence, tutoring_terms,
                       nosebleed_leaflet, bronchiolitis_guideline, levothyroxine_leaflet], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
