"""Render the second development-set documents (fictional) as PDFs into bench/dev2/docs/.

A second non-blind set to tune the reader on, of kinds that corpora/, bench/blind/ and bench/dev/ do not
have: an IT consultancy statement of work, a vehicle hire agreement, a wedding/events venue hire
agreement, a patient-held asthma action plan, colonoscopy bowel-preparation instructions and a travel
clinic vaccine schedule. Questions: bench/dev2/questions.jsonl. All names, products and numbers are
invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev2/make_dev2.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2025, 11, 3, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 2 (fictional document)", "make_dev2.py", FIXED_DATE)


# =============================================================================
# 1. IT consultancy statement of work
# =============================================================================
def statement_of_work():
    d = Doc("Statement of Work No. 3 - Project Lanternfish", "MSA ref. QDC-MSA-0417",
            "Quillon Digital Consulting Ltd / Merebrook Building Society - Commercial in confidence",
            accent=(60, 40, 110))
    d.title_block("STATEMENT OF WORK No. 3: BROKER PORTAL REPLATFORMING (PROJECT LANTERNFISH)",
                  "issued under the Master Services Agreement dated 2 June 2024 (the \"MSA\") between Quillon Digital "
                  "Consulting Ltd (the \"Supplier\") and Merebrook Building Society (the \"Client\")")
    d.para("This Statement of Work (\"SOW\") forms part of the MSA. If this SOW conflicts with the MSA, the MSA "
           "prevails except for clauses 5 (Acceptance) and 7 (Fees and invoicing) of this SOW, which prevail for "
           "this SOW only.")
    d.h1("1. Scope")
    d.clause("1.1", "The Supplier will design, build, test and migrate the Client's mortgage broker portal from the "
             "on-premises BrokerLink 6 system to the Client's Azure tenancy, and will provide support during the "
             "Warranty Period.")
    d.clause("1.2", "Out of scope: (a) cleansing or correcting legacy broker and case records; (b) penetration "
             "testing, which the Client will procure separately; (c) end-user training beyond 2 train-the-trainer "
             "sessions of up to 4 hours each; (d) changes to the Client's core mortgage servicing system; and "
             "(e) any support after the Warranty Period, which requires a separate support agreement.")
    d.h1("2. Definitions")
    d.clause("2.1", "\"Business Day\" means a day other than a Saturday, Sunday or bank holiday in England. "
             "\"Deliverable\" means an item listed in the milestone table in clause 4. \"Go-Live\" means the date on "
             "which the replatformed portal is first used by brokers in production. \"Warranty Period\" means the "
             "60 days after Go-Live. \"Defect\" means a failure of a Deliverable to meet its acceptance criteria, "
             "classified by severity under clause 5.5.")
    d.h1("3. Term and key dates")
    d.clause("3.1", "Work starts on 12 January 2026 (the \"Start Date\"). The target Go-Live date is 29 May 2026.")
    d.clause("3.2", "The Client will give the Supplier access to its development and test environments by "
             "26 January 2026. For each Business Day of delay in that access, the milestone dates after it move "
             "back by one Business Day and the Supplier is not in breach.")
    d.h1("4. Milestones and fees")
    d.para("The fees are fixed prices, exclusive of VAT. Each fee becomes payable on Acceptance of the milestone "
           "under clause 5, subject to the retention in clause 7.3.")
    d.grid(["Milestone", "Deliverable", "Due date", "Fee (GBP)"],
           [["M1", "Discovery report and migration plan", "13 February 2026", "38,500"],
            ["M2", "Solution design approved", "20 March 2026", "46,200"],
            ["M3", "Build complete; system integration testing passed", "24 April 2026", "92,400"],
            ["M4", "User acceptance testing exit report", "15 May 2026", "30,800"],
            ["M5", "Go-Live", "29 May 2026", "23,100"],
            ["M6", "End of Warranty Period; handover to support", "28 July 2026", "15,400"],
            ["", "Total", "", "246,400"]], [18, 88, 38, 30])
    d.h1("5. Acceptance")
    d.clause("5.1", "The Supplier will notify the Client in writing when a Deliverable is ready for acceptance "
             "testing. The Client has 10 Business Days from that notice (the \"Test Period\") to test it.")
    d.clause("5.2", "A Deliverable passes acceptance if, at the end of the Test Period, there is no open Severity 1 or "
             "Severity 2 Defect and no more than 5 open Severity 3 Defects. The Client then signs an Acceptance "
             "Certificate within 3 Business Days.")
    d.clause("5.3", "If the Deliverable fails, the Client gives a rejection notice listing the Defects. The Supplier "
             "corrects them and resubmits the Deliverable within 5 Business Days, and a new Test Period of 5 "
             "Business Days applies to the corrected Deliverable.")
    d.clause("5.4", "If the Client neither signs an Acceptance Certificate nor gives a rejection notice by the end of "
             "the Test Period, the Deliverable is deemed accepted. If a Deliverable is rejected a third time, the "
             "Client may end this SOW by notice and recover the fees paid for that milestone.")
    d.clause("5.5", "Defects are classified and corrected as follows:")
    d.grid(["Severity", "Meaning", "Response", "Correction"],
           [["Severity 1 - Critical", "Portal unavailable or data corrupted", "1 hour", "1 Business Day"],
            ["Severity 2 - High", "Key function fails, no workaround", "4 hours", "3 Business Days"],
            ["Severity 3 - Medium", "Function fails, workaround exists", "Next Business Day", "10 Business Days"],
            ["Severity 4 - Low", "Cosmetic or documentation error", "5 Business Days", "Next planned release"]],
           [40, 62, 36, 36])
    d.h1("6. Change control")
    d.clause("6.1", "Either party may request a change in writing. The Supplier will provide an impact assessment "
             "(effort, cost and effect on the milestone dates) within 5 Business Days of the request.")
    d.clause("6.2", "A change costing less than GBP 10,000 may be approved by the Client's project manager; a larger "
             "change must be approved by the Project Steering Committee, which meets every second Tuesday.")
    d.clause("6.3", "Work on a change is charged at the following day rates unless the change note fixes a price. "
             "A day is 7.5 hours; part days are charged pro rata in half-day units.")
    d.grid(["Role", "Day rate (GBP)"],
           [["Principal consultant", "1,250"],
            ["Senior consultant", "950"],
            ["Consultant", "720"],
            ["Analyst", "540"]], [70, 40])
    d.h1("7. Fees and invoicing")
    d.clause("7.1", "The Supplier invoices each milestone fee on Acceptance. The Client pays valid invoices within "
             "30 days of receipt. Undisputed sums paid late carry interest at 4% a year above the Bank of England "
             "base rate.")
    d.clause("7.2", "Expenses are charged at cost only where travel is more than 50 miles from the Supplier's Bristol "
             "office and the Client approved it in advance. Hotel costs are capped at GBP 140 a night.")
    d.clause("7.3", "The Client may retain 10% of each milestone fee until the end of the Warranty Period. The "
             "retained sums are invoiced with milestone M6.")
    d.h1("8. Delay")
    d.clause("8.1", "If Go-Live is later than the target date in clause 3.1 for a reason attributable to the "
             "Supplier, the Supplier gives a credit of 2% of the total fixed fees for each full week of delay, up "
             "to a maximum of 10% of the total fixed fees. The credits are the Client's only financial remedy for "
             "delay, without affecting its right to end this SOW under clause 5.4.")
    d.h1("9. Personnel")
    d.clause("9.1", "The Supplier's key personnel are the engagement lead (Priya Anand) and the technical architect "
             "(Tomasz Wrobel). The Supplier will not replace key personnel without the Client's consent, except for "
             "illness or leaving the Supplier's employment, and will give at least 20 Business Days' notice of a "
             "replacement. The first 5 days of any handover are not charged.")
    d.h1("10. Termination for convenience")
    d.clause("10.1", "The Client may end this SOW at any time on 30 days' written notice. The Client then pays the "
             "fees for accepted milestones and, for work in progress on the next milestone, the time spent at the "
             "day rates in clause 6.3, capped at that milestone's fee.")
    d.signature_block(["Signed for Quillon Digital Consulting Ltd by Priya Anand, Engagement Lead",
                       "Signed for Merebrook Building Society by Helen Cartwright, Chief Operating Officer"])
    return d.save("legal/sow_lanternfish_quillon_merebrook.pdf")


# =============================================================================
# 2. Vehicle hire agreement (rental terms)
# =============================================================================
def vehicle_hire():
    d = Doc("Brackenridge Vehicle Hire - Rental Terms and Conditions", "Terms BVH-T/2025.2",
            "Brackenridge Vehicle Hire Ltd - 24-hour assistance 0800 046 7713", font="Times", accent=(140, 30, 30),
            body_size=10.5)
    d.title_block("CAR AND VAN RENTAL TERMS AND CONDITIONS",
                  "These terms, with your rental agreement form, are the contract between you (the \"Hirer\") and "
                  "Brackenridge Vehicle Hire Ltd (\"we\", \"us\"). They apply to rentals starting in the United Kingdom.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Rental Period\" means the period from collection to return shown on the rental agreement form. "
             "\"Damage\" means any damage to the vehicle, its keys or accessories, whether accidental or malicious "
             "(including vandalism), and includes theft and attempted theft. \"Damage Excess\" means the most you pay "
             "us for Damage in any one incident, as set out in clause 6. \"Additional Driver\" means a driver other "
             "than the Hirer who is named on the rental agreement form.")
    d.h1("2. Who may drive")
    d.clause("2.1", "Every driver must be aged between 23 and 75 and have held a full driving licence for at least "
             "2 years. Drivers aged 21 or 22 may hire cars in groups A to C only and pay a young driver surcharge of "
             "GBP 18 a day.")
    d.clause("2.2", "A driver with more than 6 penalty points, or any conviction for drink or drug driving in the last "
             "5 years, may not drive the vehicle.")
    d.clause("2.3", "Each Additional Driver costs GBP 12 a day, up to a maximum of GBP 120 per driver per rental, and "
             "must show their licence at collection.")
    d.h1("3. Collection, return and late return")
    d.clause("3.1", "Rental is charged in 24-hour periods from the time of collection. You may return the vehicle up to "
             "29 minutes late without charge; after that, each further period of up to 24 hours is charged as a "
             "full extra day at the daily rate plus GBP 25.")
    d.clause("3.2", "Out-of-hours returns are at your risk until we inspect the vehicle on the next opening day.")
    d.h1("4. Fuel and charging")
    d.clause("4.1", "Vehicles are supplied with a full tank and must be returned full. If not, we refuel the vehicle at "
             "GBP 2.45 per litre plus a service fee of GBP 20. Electric vehicles are supplied at least 80% charged and "
             "must be returned with at least 20%; otherwise a recharging fee of GBP 45 applies.")
    d.h1("5. Mileage")
    d.clause("5.1", "Cars include 200 miles a day and vans include 150 miles a day, averaged over the Rental Period. "
             "Extra miles are charged at 25p a mile for cars and 35p a mile for vans.")
    d.h1("6. Damage Excess and Excess Reduction")
    d.clause("6.1", "You are responsible for Damage during the Rental Period up to the Damage Excess (or, for theft, "
             "the Theft Excess) for the vehicle group, and for the full cost of Damage excluded under clause 7.")
    d.grid(["Vehicle group", "Damage Excess (GBP)", "Theft Excess (GBP)", "With Excess Reduction (GBP)"],
           [["A - B (city and small cars)", "1,200", "1,500", "250"],
            ["C - D (family cars)", "1,500", "1,800", "300"],
            ["E - F (premium and estate cars)", "2,000", "2,500", "400"],
            ["V (vans up to 3.5 tonnes)", "2,250", "2,500", "500"]], [58, 38, 38, 40])
    d.clause("6.2", "Excess Reduction costs GBP 14.50 a day (GBP 19.50 for vans), charged for at most 28 days in any "
             "rental, and reduces the Damage Excess and Theft Excess to the amount in the last column.")
    d.clause("6.3", "Damage to windscreens, windows and tyres is charged at GBP 150 per item in addition to the Damage "
             "Excess, unless you took Tyre and Glass Cover at GBP 6 a day.")
    d.clause("6.4", "A security deposit is held on the Hirer's credit card at collection: GBP 250 for cars and GBP 500 "
             "for vans. Debit cards are not accepted for the deposit. The deposit is released within 10 working days "
             "after the vehicle is returned.")
    d.h1("7. Exclusions")
    d.clause("7.1", "The Damage Excess, the Theft Excess and Excess Reduction do not limit what you pay for Damage "
             "caused by or resulting from:")
    d.clause("(a)", "driving under the influence of alcohol or drugs, or by a driver not allowed under clause 2;",
             indent=6)
    d.clause("(b)", "driving into a bridge, barrier or car park with a height restriction lower than the vehicle, "
             "or damage to the roof or underside;", indent=6)
    d.clause("(c)", "filling the vehicle with the wrong fuel;", indent=6)
    d.clause("(d)", "driving off public roads, on beaches or on unmade tracks;", indent=6)
    d.clause("(e)", "leaving the vehicle unlocked or the keys in or on it, or losing the keys;", indent=6)
    d.clause("(f)", "damage to the interior, including burns, stains and pet hair needing specialist cleaning;",
             indent=6)
    d.clause("(g)", "taking the vehicle outside the United Kingdom without our written permission under clause 9.",
             indent=6)
    d.h1("8. Accidents, theft, vandalism and breakdown")
    d.clause("8.1", "If the vehicle is damaged by a third party, stolen or vandalised, you must report it to the police "
             "and obtain a crime reference number, and tell us within 24 hours. If you do not, the exclusions in "
             "clause 7 apply as if the Damage were excluded.")
    d.clause("8.2", "After an accident, do not admit liability. Take the names, addresses, registration numbers and "
             "insurance details of everyone involved and complete our accident report form within 48 hours.")
    d.clause("8.3", "For breakdown, call our 24-hour assistance line on 0800 046 7713. Do not arrange repairs yourself; "
             "we will not refund repairs costing more than GBP 50 that we did not authorise.")
    d.h1("9. Taking the vehicle abroad")
    d.clause("9.1", "Cars (not vans) may be taken to the Republic of Ireland and countries of the European Union with "
             "our written permission, requested at least 5 days before collection. A Foreign Use Pack costs GBP 65 per "
             "rental and includes breakdown cover and the documents needed.")
    d.h1("10. Fines, tolls and charges")
    d.clause("10.1", "You are responsible for all fines, tolls, congestion and clean-air zone charges during the Rental "
             "Period. For each penalty notice we deal with, we charge an administration fee of GBP 35.")
    d.h1("11. Cancelling a booking")
    d.clause("11.1", "Prepaid bookings cancelled more than 48 hours before the collection time are refunded in full "
             "less GBP 25. Cancellations within 48 hours of collection are refunded less one day's rental. If you do "
             "not collect the vehicle and do not cancel, no refund is given.")
    return d.save("legal/vehicle_hire_terms_brackenridge.pdf")


# =============================================================================
# 3. Wedding and private events venue hire agreement
# =============================================================================
def venue_hire():
    d = Doc("The Old Granary at Holloway Farm - Venue Hire Agreement", "Bookings VH-2026",
            "Holloway Farm Events LLP, Holloway Lane, Wickerby WB4 7JD", accent=(80, 100, 40))
    d.title_block("WEDDING AND PRIVATE EVENTS VENUE HIRE AGREEMENT",
                  "between Holloway Farm Events LLP (the \"Venue\") and the person named on the booking form "
                  "(the \"Hirer\")")
    d.h1("1. Scope and definitions")
    d.clause("1.1", "This agreement applies to the hire of the Old Granary barn, the Courtyard and the Orchard lawn for "
             "weddings, civil partnership celebrations and private parties. It does not apply to camping or glamping "
             "in the Long Meadow, which is let under a separate licence.")
    d.clause("1.2", "\"Event\" means the event described on the booking form; \"Event Date\" means the date of the "
             "Event; \"Hire Fee\" means the fee for the Event Date in clause 3; \"Exclusive Use\" means that no other "
             "event takes place at the Venue on the Event Date.")
    d.h1("2. Booking and payment")
    d.clause("2.1", "A booking is confirmed when the Venue receives the signed booking form and a booking deposit of "
             "GBP 2,000. The booking deposit forms part of the Hire Fee and is not refundable except under clause 10.")
    d.clause("2.2", "Half of the remaining Hire Fee is due 6 months before the Event Date. The balance of the Hire Fee "
             "and of any catering and bar package is due 8 weeks before the Event Date.")
    d.clause("2.3", "Final guest numbers and the table plan must be given to the Venue 21 days before the Event Date. "
             "Numbers may go up, but not down, after that date.")
    d.h1("3. Hire fees")
    d.para("The Hire Fee includes Exclusive Use from 10.00 am on the Event Date to 12.30 am, tables, chairs, the "
           "house PA system and a duty manager. Fees for 2026 (VAT included):")
    d.grid(["Season", "Monday to Thursday", "Friday or Sunday", "Saturday or bank holiday"],
           [["Peak (May to September)", "GBP 4,500", "GBP 6,200", "GBP 7,800"],
            ["Shoulder (April and October)", "GBP 3,600", "GBP 5,100", "GBP 6,500"],
            ["Off-peak (November to March, except December)", "GBP 2,900", "GBP 4,100", "GBP 5,400"],
            ["December", "GBP 3,400", "GBP 5,600", "GBP 6,600"]], [62, 36, 36, 40])
    d.h1("4. Timings, capacity and noise")
    d.clause("4.1", "Amplified music must end by 11.30 pm and the bar closes at 11.45 pm. All guests must have left the "
             "Venue by 12.30 am. If guests remain after 12.30 am, the Venue charges GBP 300 for each part of 30 "
             "minutes.")
    d.clause("4.2", "The barn holds 140 guests seated for a meal and 180 guests in total for an evening reception. "
             "These limits are set by the fire risk assessment and cannot be exceeded.")
    d.clause("4.3", "A sound limiter in the barn is set at 95 dB. If it is exceeded for more than 10 seconds the power "
             "to the stage sockets is cut for 2 minutes.")
    d.h1("5. Security deposit")
    d.clause("5.1", "A security deposit of GBP 750 is payable with the balance under clause 2.2. It is returned within "
             "14 days after the Event, less the cost of any damage, extra cleaning or overstay charges.")
    d.h1("6. Catering, bar and suppliers")
    d.clause("6.1", "Catering is provided by one of the Venue's approved caterers. The Hirer may use another caterer only "
             "with the Venue's written consent, in which case a kitchen fee of GBP 12 per guest is payable.")
    d.clause("6.2", "The bar is run by the Venue. The Hirer may supply their own wine for the meal only, at a corkage "
             "charge of GBP 15 per 75 cl bottle; no other drinks may be brought onto the Venue.")
    d.clause("6.3", "Every supplier the Hirer engages (for example photographers, bands and florists) must hold public "
             "liability insurance of at least GBP 5 million and send a copy of it to the Venue 14 days before the "
             "Event Date.")
    d.h1("7. Decorations and restrictions")
    d.clause("7.1", "Decorations must be free-standing or hung from the hooks provided. Nails, screws, pins and tape "
             "must not be used on the beams or walls.")
    d.clause("7.2", "The following are not permitted anywhere at the Venue: confetti other than dried flower petals "
             "used outdoors; sky lanterns; fireworks; smoke or haze machines; and candles with a naked flame unless "
             "inside a glass holder taller than the flame.")
    d.clause("7.3", "Smoking and vaping are permitted only in the Courtyard smoking shelter.")
    d.h1("8. Liability")
    d.clause("8.1", "The Hirer is responsible for the behaviour of guests and suppliers and for any damage they cause to "
             "the Venue, its grounds or equipment.")
    d.clause("8.2", "The Venue is not responsible for loss of or damage to property left at the Venue, including "
             "wedding gifts, cards and suppliers' equipment, unless caused by the Venue's negligence.")
    d.h1("9. Cancellation or postponement by the Hirer")
    d.clause("9.1", "The Hirer may cancel by written notice. The following cancellation charges apply, measured from the "
             "date the Venue receives the notice to the Event Date; sums already paid above the charge are refunded "
             "within 30 days:")
    d.grid(["Notice given before the Event Date", "Cancellation charge"],
           [["More than 12 months", "Booking deposit only"],
            ["12 months to more than 6 months", "50% of the Hire Fee"],
            ["6 months to more than 8 weeks", "75% of the Hire Fee"],
            ["8 weeks or less", "100% of the Hire Fee and of any catering and bar package"]], [70, 104])
    d.clause("9.2", "Instead of cancelling, the Hirer may postpone the Event once to another available date within 12 "
             "months of the original Event Date, by giving more than 6 months' notice. An administration fee of GBP "
             "500 applies and the Hire Fee for the new date is payable.")
    d.h1("10. Cancellation by the Venue")
    d.clause("10.1", "If the Venue cannot hold the Event for a reason within its control, it refunds all sums paid. If "
             "the Event is prevented by events beyond its reasonable control (such as fire, flood or a government "
             "order), the Venue offers another date and, if none suits the Hirer, refunds all sums paid. The Venue's "
             "liability is limited to the sums paid by the Hirer.")
    d.signature_block(["Signed for Holloway Farm Events LLP", "Signed by the Hirer"])
    return d.save("legal/venue_hire_old_granary_holloway.pdf")


# =============================================================================
# 4. Patient-held asthma action plan (adult)
# =============================================================================
def asthma_action_plan():
    d = Doc("My Asthma Action Plan (adults)", "Kinmoor Respiratory Service - form KRS-AAP-3",
            "Keep this plan with you. Review it at every asthma appointment.", accent=(0, 110, 110))
    d.title_block("MY ASTHMA ACTION PLAN",
                  "Name: Daniel Whitlock     Plan agreed with: Sister A. Mensah, asthma nurse     Date: 14 October 2025")
    d.para("This plan is for adults aged 18 and over with asthma. It tells you what to take every day and what to do "
           "when your asthma gets worse. It is not for chronic obstructive pulmonary disease (COPD).")
    d.h1("1. My medicines")
    d.grid(["Medicine", "What it is for", "How much and when"],
           [["Corvent 100 preventer inhaler (brown)", "Reduces swelling in the airways; works over weeks",
             "2 puffs in the morning and 2 puffs at night, every day, even when well"],
            ["Salvora 100 reliever inhaler (blue)", "Opens the airways within minutes",
             "1 to 2 puffs when needed for cough, wheeze or tight chest"],
            ["Spacer (large volume)", "Gets more medicine into the lungs", "Use with both inhalers"]],
           [56, 56, 62])
    d.para("Rinse your mouth and spit after using your preventer inhaler. Wash the spacer once a month in warm soapy "
           "water and let it air-dry; replace it every 12 months.")
    d.h1("2. My peak flow")
    d.para("My best peak flow is 500 L/min. Measure it each morning before taking your inhalers: stand up, blow 3 times "
           "and write down the highest of the 3 readings. Use the zones below together with your symptoms.")
    d.grid(["Zone", "Peak flow (L/min)", "Share of my best", "What to do"],
           [["Green - asthma under control", "400 or more", "80% or more",
             "Take my preventer every day. Use my reliever only if needed."],
            ["Yellow - asthma getting worse", "300 - 399", "60% - 79%",
             "Follow section 3. Keep using my preventer."],
            ["Red - asthma attack", "200 - 299", "40% - 59%",
             "Follow section 4 now."],
            ["Emergency", "Below 200", "Below 40%",
             "Call 999 for an ambulance, then follow section 4 while waiting."]],
           [40, 30, 30, 74])
    d.h1("3. When my asthma is getting worse (yellow zone)")
    d.clause("3.1", "Signs: I am waking at night with asthma, I need my reliever 3 or more times a day, or I cannot do "
             "my usual activities.")
    d.clause("3.2", "Increase my Corvent preventer to 4 puffs in the morning and 4 puffs at night for 7 days, then go "
             "back to my usual dose.")
    d.clause("3.3", "Take my reliever 2 to 4 puffs every 4 hours if needed.")
    d.clause("3.4", "If my peak flow stays in the yellow zone for 48 hours, or I am getting worse, start my rescue pack "
             "of prednisolone: 40 mg (8 tablets of 5 mg) once a day, in the morning with breakfast, for 5 days. Tell "
             "the practice the same day that I have started it.")
    d.h1("4. Asthma attack (red zone or emergency)")
    d.clause("4.1", "Sit up straight and keep calm. Take 1 puff of my reliever through the spacer every 30 to 60 "
             "seconds, up to 10 puffs.")
    d.clause("4.2", "If I feel worse at any point, or I do not feel better after 10 puffs, call 999. If the ambulance "
             "takes longer than 15 minutes, repeat step 4.1.")
    d.clause("4.3", "Even if I feel better, I must see my GP or asthma nurse within 48 hours of an attack, and "
             "straight away if I have needed my rescue pack twice in 12 months.")
    d.h1("5. Looking after my asthma")
    d.clause("5.1", "My triggers: cold air, house dust, cats, and colds and flu. Have the flu vaccine every autumn.")
    d.clause("5.2", "If I use my reliever 3 or more times a week when I am otherwise well, my asthma is not controlled: "
             "book a review with the asthma nurse within 2 weeks.")
    d.clause("5.3", "Take my inhalers to every review so that my technique can be checked. My next annual review is "
             "due in October 2026.")
    d.clause("5.4", "Practice asthma nurse line: 01632 960 214 (weekdays 9 am to 12 noon). Out of hours, call NHS 111.")
    return d.save("medical/asthma_action_plan_kinmoor.pdf")


# =============================================================================
# 5. Colonoscopy bowel preparation instructions
# =============================================================================
def bowel_preparation():
    d = Doc("Colonoscopy - Preparing Your Bowel with PuraClear", "Endoscopy leaflet END-07 v5",
            "Ravensford General Hospital - Endoscopy Unit, Level 2, Blue Zone", font="Times", accent=(20, 70, 140),
            body_size=10.5)
    d.title_block("YOUR COLONOSCOPY: HOW TO PREPARE YOUR BOWEL",
                  "Instructions for adults taking PuraClear bowel cleansing powder (2 sachets)")
    d.h1("1. About these instructions")
    d.clause("1.1", "For your colonoscopy your bowel must be completely empty so that the lining can be seen. Please read "
             "all of these instructions at least 7 days before your appointment.")
    d.clause("1.2", "These instructions are for adults having a colonoscopy. They do not apply to flexible "
             "sigmoidoscopy (you will use an enema at home instead, see leaflet END-12). If you have a stoma, or "
             "kidney disease with an eGFR below 30, do not use PuraClear: phone the unit, as a different "
             "preparation is needed.")
    d.h1("2. Seven days before")
    d.clause("2.1", "Stop taking iron tablets and fibre supplements (such as ispaghula husk) 7 days before your "
             "appointment. Stop loperamide and codeine 3 days before. Keep taking all your other medicines unless "
             "this leaflet or the unit tells you otherwise.")
    d.clause("2.2", "If you take a medicine to thin your blood, follow the table below. If you take warfarin or "
             "clopidogrel, phone the unit at least 7 days before your appointment.")
    d.grid(["Blood thinner", "What to do"],
           [["Aspirin 75 mg", "Keep taking it."],
            ["Warfarin", "Phone the unit. You will need an INR blood test 1 to 2 days before."],
            ["Clopidogrel", "Phone the unit. Stop 7 days before only if the unit tells you to."],
            ["Apixaban, rivaroxaban or edoxaban", "Do not take it for 2 days (48 hours) before your appointment."]],
           [60, 114])
    d.clause("2.3", "If you have diabetes, see the table in section 5.")
    d.h1("3. Two days before: low-fibre diet")
    d.clause("3.1", "For the 2 days before your appointment eat only low-fibre foods: white bread, white rice, white "
             "pasta, potatoes without skins, eggs, chicken, white fish, cheese, butter and plain biscuits.")
    d.clause("3.2", "Do not eat: wholemeal or granary bread, brown rice, cereals, fruit, vegetables, salad, nuts, seeds, "
             "beans, lentils or red meat.")
    d.h1("4. The day before: clear fluids and PuraClear")
    d.clause("4.1", "Have a light low-fibre breakfast before 8 am. After that, take clear fluids only until your "
             "appointment: water, squash (not red or purple), clear apple juice, black tea or coffee, clear soup, "
             "fizzy drinks and jelly (not red or purple). Do not drink milk or alcohol.")
    d.clause("4.2", "Make up each sachet of PuraClear in 1 litre of cold water and drink it over 1 hour. After each "
             "sachet, drink at least 500 mL of other clear fluids. Take the sachets at the times in the table for your "
             "appointment time:")
    d.grid(["", "Morning appointment (before 12 noon)", "Afternoon appointment (12 noon or later)"],
           [["Sachet 1", "5 pm on the day before", "8 pm on the day before"],
            ["Sachet 2", "9 pm on the day before", "7 am on the day of your appointment"],
            ["Last clear fluids", "2 hours before your appointment", "2 hours before your appointment"]],
           [34, 70, 70])
    d.clause("4.3", "You will start to go to the toilet often, usually within 1 to 3 hours of the first sachet, so stay "
             "near a toilet. A barrier cream such as zinc oxide helps if your bottom gets sore.")
    d.clause("4.4", "If you take the contraceptive pill, it may not work for 7 days after you start PuraClear. Use "
             "condoms or another barrier method for those 7 days.")
    d.clause("4.5", "Take any essential medicines at least 1 hour before, or 1 hour after, each sachet, as they may "
             "not be absorbed while the bowel is being cleared.")
    d.h1("5. If you have diabetes")
    d.grid(["Diabetes medicine", "Day before (clear fluids)", "Day of the colonoscopy"],
           [["Metformin", "Take as usual", "Do not take until you are eating normally"],
            ["Gliclazide or other sulfonylurea", "Do not take", "Do not take until you are eating normally"],
            ["SGLT2 inhibitor (e.g. dapagliflozin)", "Do not take", "Do not take; restart the day after"],
            ["Long-acting insulin", "Take 80% of your usual dose", "Take your usual dose with your first meal"],
            ["Mealtime insulin", "Do not take", "Take with your first meal after the test"]], [60, 54, 60])
    d.clause("5.1", "Check your blood glucose at least 4 times a day while on clear fluids. If it is below 4.0 mmol/L, "
             "drink 150 mL of a sugary fizzy drink (not diet) and recheck after 15 minutes.")
    d.h1("6. On the day and afterwards")
    d.clause("6.1", "Bring a list of your medicines and a dressing gown. Allow up to 4 hours at the unit.")
    d.clause("6.2", "If you have sedation, a responsible adult must collect you and stay with you for 12 hours. For 24 "
             "hours after sedation do not drive, drink alcohol, operate machinery or sign legal documents. If you have "
             "gas and air (Entonox) only, you may drive 30 minutes after the test.")
    d.clause("6.3", "It is normal to feel bloated and pass wind for a few hours. Phone the unit (or NHS 111 out of "
             "hours) if you have severe tummy pain, a temperature of 38 C or more, or pass more than an egg-cup of "
             "blood.")
    d.clause("6.4", "If you need to cancel or change your appointment, please give at least 5 working days' notice by "
             "phoning 01632 960 481 (8 am to 5 pm, Monday to Friday).")
    return d.save("medical/bowel_prep_puraclear_ravensford.pdf")


# =============================================================================
# 6. Travel clinic vaccine schedule
# =============================================================================
def travel_vaccines():
    d = Doc("Travel Vaccines - Schedules, Timing and Fees", "Portside Travel Health Clinic - TH-02 (2026)",
            "Portside Travel Health Clinic, 18 Quay Street, Tarnmouth TM1 3AZ", accent=(150, 80, 0))
    d.title_block("TRAVEL VACCINES: SCHEDULES, TIMING AND FEES",
                  "Information for travellers aged 12 and over. Children under 12 follow the clinic's paediatric "
                  "schedule (TH-05).")
    d.h1("1. Planning your appointment")
    d.clause("1.1", "Book your first appointment at least 8 weeks before you travel. Some courses take 4 weeks or more "
             "to complete, and most vaccines need about 2 weeks after the last dose to give protection.")
    d.clause("1.2", "The consultation fee is GBP 25. It is deducted from the cost of any vaccines given at the same "
             "visit.")
    d.clause("1.3", "Bring your vaccination record. If you have lost it, the clinic will give a course again only where "
             "records cannot be found from your GP.")
    d.h1("2. Vaccine schedules")
    d.grid(["Vaccine", "Doses and schedule", "Last dose before travel", "Protection lasts", "Fee per dose (GBP)"],
           [["Hepatitis A (Havonex)", "1 dose; booster 6 to 12 months later", "2 weeks", "25 years after booster", "55"],
            ["Hepatitis B (Bevaxin)", "Standard: days 0, 28 and 6 months. Rapid: days 0, 7 and 21, "
             "booster at 12 months", "2 weeks after dose 2 gives partial cover", "Long-term after full course", "45"],
            ["Typhoid injection (Typhigard)", "1 dose", "2 weeks", "3 years", "40"],
            ["Rabies (Lyssavac)", "2 doses, days 0 and 7", "Course complete before travel", "Booster only if bitten",
             "75"],
            ["Japanese encephalitis (Encevax)", "2 doses, 28 days apart (ages 18 to 65: 7 days apart)", "1 week",
             "1 to 2 years; booster then", "95"],
            ["Yellow fever (Flavimune)", "1 dose", "10 days", "Life", "85 (certificate included)"],
            ["Cholera, by mouth (Vibrodral)", "2 doses, 1 to 6 weeks apart", "1 week", "2 years", "30"]],
           [36, 50, 32, 30, 26], size=8.5)
    d.h1("3. Timing rules")
    d.clause("3.1", "Inactivated vaccines may be given on the same day as each other or at any interval.")
    d.clause("3.2", "Two live vaccines (yellow fever, and measles, mumps and rubella) must be given on the same day or at "
             "least 28 days apart.")
    d.clause("3.3", "If a dose of a course is missed or late, do not restart the course: give the next dose as soon as "
             "possible and keep to the intervals after it.")
    d.clause("3.4", "Do not eat or drink for 1 hour before and 1 hour after each dose of the cholera vaccine.")
    d.h1("4. Yellow fever certificate")
    d.clause("4.1", "The International Certificate of Vaccination becomes valid 10 days after the vaccination and is "
             "valid for life. A replacement certificate costs GBP 20 and is issued only from the clinic's own "
             "records.")
    d.clause("4.2", "People aged 60 and over having their first yellow fever vaccine need a longer assessment, because "
             "serious side effects are more likely; a medical exemption letter may be given instead.")
    d.h1("5. When vaccines are not given or are delayed")
    d.clause("5.1", "Yellow fever vaccine is not given in pregnancy unless travel to a high-risk area cannot be avoided. "
             "Avoid becoming pregnant for 28 days after it.")
    d.clause("5.2", "Live vaccines are not given to people with a weakened immune system, including those taking "
             "prednisolone 20 mg a day or more for 2 weeks or longer, or who have had chemotherapy in the last "
             "6 months.")
    d.clause("5.3", "A vaccine is delayed if you have a fever of 38 C or above on the day. A mild cold is not a reason "
             "to delay.")
    d.h1("6. After your vaccines")
    d.clause("6.1", "Wait in the clinic for 15 minutes after your vaccines. A sore arm, mild fever or aching for 1 to 2 "
             "days is common; paracetamol can help.")
    d.clause("6.2", "Malaria is not prevented by any vaccine. Antimalarial tablets are prescribed after a separate "
             "risk assessment and are charged as a private prescription.")
    d.clause("6.3", "Cancellations with less than 24 hours' notice, or missed appointments, are charged GBP 15.")
    return d.save("medical/travel_vaccines_portside.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([statement_of_work, vehicle_hire, venue_hire,
                       asthma_action_plan, bowel_preparation, travel_vaccines], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
