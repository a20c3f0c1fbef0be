"""Render the thirty-ninth development-set documents (fictional) as PDFs into bench/dev39/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: an
independent day school's parent contract (registration fee and acceptance deposit, a year group table by age on
31 August split over the page break, a fees table by section with footnotes, a sibling discount table, a term's
notice and fees in lieu, extras, a schedule with the family's fees and term dates after the signatures), a
village hall's hire terms for private parties (hire charges by room and day with footnotes, a damage deposit
table by kind of party, a cancellation table, finishing times, noise limiter, alcohol and Temporary Event
Notices, prohibited items, bouncy castles, clearing up), a mobile car valeting subscription agreement (plans,
a monthly price table by size band with footnotes, minimum term, weather, pausing, missed visits, damage claims,
the customer's subscription and an extras price list as schedules after the signatures), an adult inpatient
supplemental (correction-dose) insulin chart for an invented patient (scale choice, a correction dose table by
capillary glucose band and scale, bedtime and 4-hour rules, a ketone action table, hypoglycaemia, an
administration record split over the page break), a lower back pain self-management leaflet in
question-and-answer form (bed rest, scans, painkillers, heat and ice, work and fit notes, an exercise table, a
what-to-do-when table by weeks since the pain started, red flags), and an adult community-acquired pneumonia
guideline (scope, CURB-65 criteria and severity tables, investigations, an antibiotic table by severity and
penicillin allergy with footnotes, IV to oral switch, oxygen targets, discharge and a recovery table).
Questions: bench/dev39/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev39/make_dev39.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2028, 2, 7, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 39 (fictional document)", "make_dev39.py", FIXED_DATE)


# =============================================================================
# 1. Independent day school parent contract
# =============================================================================
def school_contract():
    d = Doc("Pellworth House School - Parent Contract (Day Pupils)", "Contract PHS/PC/2028",
            "Pellworth House School Trust Ltd, Upper Lanscombe, Wendleford WD9 4PQ", font="Times",
            accent=(90, 20, 40), body_size=10)
    d.title_block("PARENT CONTRACT: TERMS AND CONDITIONS FOR DAY PUPILS",
                  "between Pellworth House School Trust Ltd, a registered charity no. 1098834 (\"the School\"), "
                  "and the Parents named in the Schedule. This contract applies to Pupils joining the School "
                  "from September 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Parent\" means each person who signs this contract; each Parent is responsible for the "
             "whole of the Fees, together and separately. \"Pupil\" means the child named in the Schedule. "
             "\"Head\" means the Head of the School, currently Mrs Harriet Oyelowo-Brandt.")
    d.clause("1.2", "\"Term\" means one of the three terms of the school year (Autumn, Spring and Summer) shown "
             "in the Schedule, including its half-term holiday. \"Fees\" means the tuition fees and lunch "
             "charges in clause 4, together with any Extras. \"Extras\" means charges for optional services "
             "such as individual music lessons, Breakfast Club, Late Stay and residential trips.")
    d.clause("1.3", "\"Term's Notice\" means written notice given to the Head before the first day of the Term "
             "at the end of which the Pupil is to leave.")
    d.h1("2. Registration and acceptance")
    d.clause("2.1", "A registration fee of GBP 150 is payable with the registration form. It is not refundable "
             "and is not credited against the Fees.")
    d.clause("2.2", "An offer of a place is accepted by signing this contract and paying an Acceptance Deposit "
             "of GBP 2,000 per Pupil within 21 days of the date of the offer letter. If both are not received "
             "in that time, the School may offer the place to another child.")
    d.clause("2.3", "The Acceptance Deposit is held by the School, without interest, while the Pupil is at the "
             "School. When the Pupil leaves it is credited against the final account and any balance is "
             "refunded within 28 days. If a Parent withdraws acceptance before the Pupil starts, the Acceptance "
             "Deposit is forfeited, and a Term's tuition fee may also be payable under clause 7.1.")
    d.h1("3. Year groups")
    d.clause("3.1", "Pupils are placed in the year group for their age on 31 August before the start of the school "
             "year. The Head may place a Pupil in a different year group only in exceptional cases, after "
             "discussion with the Parents. The School takes Pupils from Reception to Year 11 and has no Sixth "
             "Form.")
    d.grid(["Age on 31 August", "Year group", "Section", "School day"],
           [["4 years", "Reception", "Pre-Prep", "08:30 to 15:15"],
            ["5 years", "Year 1", "Pre-Prep", "08:30 to 15:15"],
            ["6 years", "Year 2", "Pre-Prep", "08:30 to 15:15"],
            ["7 years", "Year 3", "Prep", "08:20 to 16:00"],
            ["8 years", "Year 4", "Prep", "08:20 to 16:00"],
            ["9 years", "Year 5", "Prep", "08:20 to 16:00"],
            ["10 years", "Year 6", "Prep", "08:20 to 16:00"],
            ["11 years", "Year 7", "Senior", "08:15 to 16:30"],
            ["12 years", "Year 8", "Senior", "08:15 to 16:30"],
            ["13 years", "Year 9", "Senior", "08:15 to 16:30"],
            ["14 years", "Year 10", "Senior", "08:15 to 16:45"],
            ["15 years", "Year 11", "Senior", "08:15 to 16:45"]], [40, 40, 40, 50])
    d.h1("4. Fees for 2028-29")
    d.clause("4.1", "The Fees for the school year 2028-29 are, per Term:")
    d.grid(["Section and year groups", "Tuition fee per Term", "Lunch per Term"],
           [["Pre-Prep (Reception to Year 2)", "GBP 4,260", "Included in the tuition fee"],
            ["Prep (Years 3 to 6)", "GBP 5,385", "GBP 310"],
            ["Senior (Years 7 to 9)", "GBP 6,470", "GBP 345"],
            ["Senior (Years 10 and 11)", "GBP 6,695", "GBP 345"]], [70, 50, 50])
    d.para("* Fees include VAT at the standard rate. The Years 10 and 11 fee includes GCSE examination entry "
           "fees for up to 10 subjects.\n"
           "* Lunch is compulsory in Pre-Prep and Prep. A Senior Pupil may bring a packed lunch instead if a "
           "Parent tells the Bursar in writing before the first day of the Term; the lunch charge is then not "
           "made for that Term.", size=8.5, style="I")
    d.h1("5. Payment")
    d.clause("5.1", "The Fees for each Term are payable in full before the first day of the Term. Instead, "
             "Parents may join the Monthly Scheme: the Fees for the school year are paid by 10 equal direct "
             "debits on the 1st of each month from July to April, with an administration charge of GBP 45 per "
             "school year.")
    d.clause("5.2", "Interest of 1% per month is charged on Fees more than 14 days overdue. If the Fees for a "
             "Term are still unpaid 28 days after the first day of the Term, the Head may suspend the Pupil's "
             "attendance until they are paid, and the School may withhold references and examination "
             "certificates.")
    d.clause("5.3", "Fees are not reduced for absence, including absence through illness, holidays in term time "
             "or suspension. If a Pupil is absent through illness for 3 or more weeks in a row, the lunch "
             "charge for that period is refunded pro rata if a Parent asks the Bursar.")
    d.h1("6. Sibling discount")
    d.clause("6.1", "Where brothers and sisters attend the School at the same time, a discount is given on the "
             "tuition fee (not on lunch or Extras). The eldest child pays the full fee, and each younger child "
             "receives the discount below by order of age:")
    d.grid(["Child at the School, by age", "Discount"],
           [["Eldest child", "None (full tuition fee)"],
            ["Second child", "5% off the tuition fee"],
            ["Third child", "10% off the tuition fee"],
            ["Fourth and each further child", "20% off the tuition fee"]], [85, 85])
    d.para("The sibling discount is worked out again at the end of the Term in which an older sibling leaves. "
           "It cannot be combined with a bursary or a staff fee reduction; the larger single reduction applies.",
           size=8.5, style="I")
    d.clause("6.2", "Parents who pay the Fees for a whole school year in one payment before 1 August receive a "
             "discount of 2.5% on that year's tuition fees. This may be combined with the sibling discount.")
    d.h1("7. Notice to leave")
    d.clause("7.1", "A Term's Notice is needed to take a Pupil out of the School. If less than a Term's Notice is "
             "given, a full Term's tuition fee is payable in lieu of notice (lunch is not charged). This also "
             "applies if a Parent withdraws acceptance of a place before the Pupil starts.")
    d.clause("7.2", "Notice must be given in writing to the Head; an e-mail to head@pellworth.example counts once "
             "the School has acknowledged it. Notice given by one Parent binds both.")
    d.clause("7.3", "For a Pupil leaving at the end of Year 6, notice must be received by 31 January of Year 6, "
             "because places in Year 7 are offered to new pupils in February. No notice is needed for a Pupil "
             "leaving at the end of Year 11, the last year group of the School.")
    d.h1("8. Extras")
    d.clause("8.1", "Individual music lessons: 10 lessons of 30 minutes each Term at GBP 26.50 per lesson, billed "
             "in arrears. To stop lessons, a Parent must give half a Term's notice to the Director of Music; "
             "otherwise 5 lessons are charged.")
    d.clause("8.2", "Breakfast Club runs from 07:30 in the dining hall at GBP 6 per morning. Late Stay runs in the "
             "library until 18:00 at GBP 11 per session, booked by 12:00 on the day. A Pupil not collected by "
             "18:00 incurs a late collection charge of GBP 10 for each 10 minutes or part of 10 minutes.")
    d.clause("8.3", "The School runs minibus routes from surrounding villages. Routes, stops and charges are "
             "published separately each year and are not part of the Fees.")
    d.h1("9. Property and law")
    d.clause("9.1", "Pupils in Pre-Prep and Prep may not bring mobile phones to school. The School is not liable "
             "for loss of or damage to phones, musical instruments or other personal property unless caused by "
             "its negligence. This contract is governed by the law of England and Wales.")
    d.signature_block(["Signed by the Parents: Mr Tobias Fennimore-Achebe and Dr Imogen Fennimore-Achebe",
                       "Signed for the School by Mr Leonard Quist, Bursar"])
    d.h1("SCHEDULE - PUPIL, FEES AND TERM DATES")
    d.grid(["Item", "Details"],
           [["Pupil", "Wren Fennimore-Achebe, date of birth 14 March 2020"],
            ["Entry", "Wednesday 6 September 2028, Year 4 (Prep)"],
            ["Sibling at the School", "Arlo Fennimore-Achebe, Year 8 (Senior), at the School since "
             "September 2027"],
            ["Tuition fee per Term", "GBP 5,385 less sibling discount of 5% (GBP 269.25) = GBP 5,115.75"],
            ["Lunch per Term", "GBP 310"],
            ["Total per Term for Wren", "GBP 5,425.75"],
            ["Acceptance Deposit", "GBP 2,000, received on 12 April 2028"],
            ["Payment method", "Monthly Scheme (10 direct debits, July to April)"]], [55, 115])
    d.grid(["Term", "Dates", "Half term"],
           [["Autumn Term 2028", "Wednesday 6 September to Friday 15 December 2028",
             "Monday 23 October to Friday 3 November"],
            ["Spring Term 2029", "Tuesday 9 January to Friday 23 March 2029", "Monday 12 to Friday 16 February"],
            ["Summer Term 2029", "Tuesday 17 April to Friday 6 July 2029", "Monday 28 May to Friday 1 June"]],
           [40, 75, 55])
    return d.save("legal/day_school_parent_contract_pellworth_house.pdf")


# =============================================================================
# 2. Village hall hire terms for private parties
# =============================================================================
def village_hall_terms():
    d = Doc("Little Hembury Village Hall - Hire Terms for Private Parties", "Issue 7, January 2028",
            "Little Hembury Village Hall Trust, registered charity no. 1023761", accent=(20, 90, 50))
    d.title_block("CONDITIONS OF HIRE: PRIVATE PARTIES AND CELEBRATIONS",
                  "These conditions apply to every booking of Little Hembury Village Hall, Church Lane, Little "
                  "Hembury, for a private party (a birthday, anniversary, christening, wake or similar "
                  "gathering). Regular classes and club bookings have separate terms.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Hirer\" means the person who signs the booking form. The Hirer must be aged 21 or over, is "
             "responsible for the hire and must be present throughout the Hire Period. \"Trustees\" means the "
             "trustees of the Little Hembury Village Hall Trust. \"Booking Secretary\" means Mrs Pauline "
             "Ashdown-Rees, tel. 01632 960 274.")
    d.clause("1.2", "\"Hire Period\" means the times on the booking form, which must include the time needed to "
             "set up and to clear away. \"Main Hall\" means the large hall with the stage. \"Garden Room\" "
             "means the smaller room opening onto the rear garden. \"Kitchen\" means the kitchen between them.")
    d.h1("2. Booking and payment")
    d.clause("2.1", "A provisional booking is held for 7 days. It is confirmed when the Booking Secretary "
             "receives the signed booking form and the first payment.")
    d.clause("2.2", "50% of the hire charge is paid when booking. The balance and the Damage Deposit are due 28 "
             "days before the event. A booking made less than 28 days before the event is paid in full, with "
             "the Damage Deposit, when booking.")
    d.h1("3. Hire charges")
    d.grid(["Room", "Monday to Thursday", "Friday after 17:00, Saturday and Sunday", "Minimum booking"],
           [["Main Hall (with stage)", "GBP 19 per hour", "GBP 26 per hour", "3 hours"],
            ["Garden Room", "GBP 12 per hour", "GBP 15 per hour", "2 hours"],
            ["Kitchen (only with the Main Hall or Garden Room)", "GBP 10 per booking", "GBP 10 per booking", "-"],
            ["Whole building (Main Hall, Garden Room and Kitchen)", "GBP 30 per hour", "GBP 40 per hour",
             "4 hours"]], [58, 34, 50, 28])
    d.para("* Residents of Little Hembury parish receive a 20% discount on hire charges (not on the Damage "
           "Deposit or on any extra charges).\n"
           "* Christmas Eve, Christmas Day, Boxing Day and New Year's Eve are charged at double the rates above.",
           size=8.5, style="I")
    d.h1("4. Damage Deposit")
    d.clause("4.1", "A Damage Deposit is payable for every party, depending on the kind of party:")
    d.grid(["Kind of party", "Damage Deposit"],
           [["Children's party (all guests under 16 apart from the supervising adults), no alcohol", "GBP 75"],
            ["Adult party without alcohol", "GBP 150"],
            ["Adult party with alcohol", "GBP 250"],
            ["18th or 21st birthday party", "GBP 450"]], [120, 50])
    d.para("18th and 21st birthday parties are accepted only if the Hirer is aged 25 or over, and amplified "
           "music must end by 23:00.", size=8.5, style="I")
    d.clause("4.2", "The Damage Deposit is returned within 14 days after the event, less the cost of any "
             "cleaning (charged at GBP 25 per hour), repairs or replacements, time beyond the Hire Period, lost "
             "keys (GBP 40 per key) and any fire alarm call-out charge.")
    d.h1("5. Cancellation")
    d.clause("5.1", "The Hirer may cancel by telling the Booking Secretary in writing. The refund of hire charges "
             "paid depends on when the cancellation is received:")
    d.grid(["Cancellation received", "Refund of hire charges paid"],
           [["More than 8 weeks before the event", "Full refund, less an administration charge of GBP 15"],
            ["4 to 8 weeks before the event", "50% of the hire charge"],
            ["Less than 4 weeks before the event", "No refund of the hire charge"]], [85, 85])
    d.clause("5.2", "The Damage Deposit is always refunded in full on cancellation.")
    d.clause("5.3", "The Trustees may cancel a booking if the hall is needed as a polling station or in an "
             "emergency. The Hirer then receives a full refund of all payments, but the Trustees are not "
             "liable for any other costs, such as catering or entertainers already booked.")
    d.h1("6. Finishing times and noise")
    d.clause("6.1", "Parties must end (music off and guests leaving) by 23:30 on Friday and Saturday and by 22:30 "
             "on other days. The building must be cleared and locked by midnight on Friday and Saturday and by "
             "23:00 on other days.")
    d.clause("6.2", "The Main Hall has a noise limiter set at 90 dB. If the level goes above it for more than 10 "
             "seconds, the power to the stage sockets is cut. The limiter must not be covered or tampered with.")
    d.clause("6.3", "Doors and windows must be kept closed after 21:00 while music is playing. The Hirer must ask "
             "guests to leave quietly, as the hall is close to houses. Fireworks are not allowed.")
    d.h1("7. Capacity and safety")
    d.clause("7.1", "The maximum numbers are: Main Hall, 150 standing, 100 seated at tables or 120 seated in rows; "
             "Garden Room, 40 standing or 30 seated. The Hirer must check the fire exits on arrival and keep "
             "them clear. A first aid kit is kept in the Kitchen.")
    d.clause("7.2", "The following are not allowed anywhere in the building: candles or other naked flames (except "
             "candles on a birthday cake), smoke or haze machines, confetti, glitter, sky lanterns and "
             "indoor fireworks. Smoke and haze set off the fire alarm, which calls the fire service "
             "automatically; a call-out charge of GBP 95 is deducted from the Damage Deposit.")
    d.clause("7.3", "Bouncy castles and other inflatables may be used in the Main Hall only, up to 3.5 metres high, "
             "on the crash mats kept in the store, and supervised by an adult at all times. The supplier must "
             "hold public liability insurance of at least GBP 5 million.")
    d.h1("8. Alcohol")
    d.clause("8.1", "Selling alcohol, including a pay bar or alcohol included in a ticket price, needs a "
             "Temporary Event Notice (TEN). The Hirer must give the TEN to Wendleford District Council at "
             "least 10 working days before the event and give the Booking Secretary a copy.")
    d.clause("8.2", "Alcohol given free to guests at a private party does not need a TEN. Alcohol must not be "
             "given to anyone under 18.")
    d.h1("9. Kitchen, decorations and clearing up")
    d.clause("9.1", "The Hirer is responsible for food hygiene. Deep fat fryers are not allowed, and barbecues "
             "must be at least 5 metres from the building. Crockery and cutlery for 100 people are included "
             "with the Kitchen; breakages are charged at replacement cost.")
    d.clause("9.2", "Decorations must hang from the hooks on the picture rail. Pins, tape, staples and Blu-Tack "
             "must not be used on the walls, doors or stage.")
    d.clause("9.3", "By the end of the Hire Period the Hirer must stack the tables and chairs in the store, sweep "
             "the floors, clean the Kitchen and take away all rubbish and recycling. The hall has no bins for "
             "hirers' rubbish.")
    d.h1("10. Insurance, liability and keys")
    d.clause("10.1", "The Trustees insure the building and hold public liability insurance for the hall. "
             "Property brought in by the Hirer or guests is at their own risk. Professional entertainers and "
             "caterers must hold their own public liability insurance of at least GBP 5 million.")
    d.clause("10.2", "The Booking Secretary sends the code for the key safe by text the day before the event. The "
             "key must be returned to the key safe at the end of the Hire Period.")
    d.signature_block(["Hirer: I have read and accept these conditions of hire."])
    return d.save("legal/village_hall_hire_terms_little_hembury.pdf")


# =============================================================================
# 3. Mobile car valeting subscription agreement
# =============================================================================
def valeting_subscription():
    d = Doc("Gleamrunner Mobile Valeting - Subscription Agreement", "Agreement GMV-S-30917",
            "Gleamrunner Valeting Ltd, 14 Furnace Lane, Castlebridge CB6 2RT", accent=(0, 80, 140))
    d.title_block("MOBILE VALETING SUBSCRIPTION AGREEMENT",
                  "between Gleamrunner Valeting Ltd, company no. 12660471 (\"Gleamrunner\", \"we\", \"us\") and "
                  "the customer named in Schedule 1 (\"you\"). Agreed online on 1 March 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Plan\" means the subscription plan you choose in Schedule 1. \"Visit\" means one visit by "
             "our valeter to clean the Vehicle as described for your Plan. \"Vehicle\" means the vehicle named "
             "in Schedule 1. \"Size Band\" means the band in clause 2.2 that the Vehicle falls into, by its type "
             "and overall length.")
    d.clause("1.2", "\"Service Area\" means the area we cover, as shown on the map on our website. \"Billing "
             "Date\" means the 1st of each month. \"Minimum Term\" means the first 3 months of your "
             "subscription, counted from the date of your first Visit.")
    d.h1("2. Plans and prices")
    d.clause("2.1", "We offer three Plans:")
    d.grid(["Plan", "What each Visit includes", "Visits"],
           [["Refresh", "Exterior hand wash, wheels and tyres, glass inside and out, quick interior vacuum",
             "1 per month"],
            ["Shine", "Refresh plus full vacuum including the boot, wipe-down of dashboard and door panels, "
             "tyre dressing", "2 per month, every other week"],
            ["Showroom", "Shine Visits plus one Full Valet every 3 months (hand polish and wax, seat "
             "shampoo, leather conditioning)", "2 per month plus the Full Valet"]], [30, 100, 40])
    d.clause("2.2", "The monthly price depends on the Plan and the Size Band of the Vehicle:")
    d.grid(["Size Band", "Examples", "Refresh", "Shine", "Showroom"],
           [["Small", "City cars and superminis, up to 4.1 m long", "GBP 24", "GBP 42", "GBP 69"],
            ["Medium", "Hatchbacks, saloons and estates, over 4.1 m and up to 4.8 m", "GBP 29", "GBP 49",
             "GBP 79"],
            ["Large", "SUVs, 7-seaters, pick-ups and vans, over 4.8 m and up to 5.3 m", "GBP 36", "GBP 59",
             "GBP 95"]], [24, 74, 24, 24, 24])
    d.para("* Prices are per month and include VAT. Vehicles over 5.3 m long, motorhomes and sign-written "
           "commercial vehicles are quoted individually.\n"
           "* If we find at the first Visit that the Vehicle is in a higher Size Band than you told us, we will "
           "move you to the correct price from the next Billing Date.", size=8.5, style="I")
    d.h1("3. Minimum Term, cancellation and changes")
    d.clause("3.1", "Your subscription continues from month to month after the Minimum Term. You may cancel at "
             "any time by giving us 30 days' notice by e-mail or in your online account. If your notice ends "
             "during the Minimum Term, you must pay the monthly charges for the rest of the Minimum Term.")
    d.clause("3.2", "You may cancel within 14 days of the day you agreed to this subscription without giving a "
             "reason. If you asked us to carry out a Visit in that period, you pay for that Visit at the price "
             "for a single extra Visit in Schedule 2.")
    d.clause("3.3", "You may move to a higher Plan from the next Billing Date at any time, or to a lower Plan "
             "after the Minimum Term.")
    d.clause("3.4", "We may change our prices by giving you at least 30 days' notice. If we do, you may cancel "
             "before the new price applies without paying for the rest of the Minimum Term.")
    d.h1("4. Payment")
    d.clause("4.1", "You pay monthly in advance by direct debit on the Billing Date. Extras are added to the next "
             "direct debit. If a direct debit fails we charge a failed payment fee of GBP 8 and collect again "
             "after 5 days. If a payment is still unpaid 14 days after the Billing Date, we may suspend Visits "
             "until it is paid.")
    d.h1("5. Visits")
    d.clause("5.1", "We text you the day before each Visit with a 2-hour arrival slot. You do not need to be at "
             "home, but the Vehicle must be there, unlocked or with the key left as agreed in Schedule 1.")
    d.clause("5.2", "Our vans carry their own water and power. The Vehicle must be parked with at least 1 metre "
             "of clear space on each side, and our van must be able to park within 30 metres of it. We cannot "
             "wash a Vehicle parked on a main road or a red route. In a multi-storey or underground car park we "
             "clean the interior only, and only where the car park owner allows it.")
    d.clause("5.3", "You may move a Visit free of charge up to 18:00 on the day before. A Visit missed because "
             "the Vehicle was not there or we could not get access counts as a used Visit and is not refunded. "
             "Unused Visits cannot be carried over to a later month.")
    d.h1("6. Weather")
    d.clause("6.1", "We do not carry out exterior washing in heavy rain or when the air temperature is below 2 "
             "degrees C, because water freezes on paintwork and glass. In that case we will offer an "
             "interior-only Visit or move the Visit to another day within 5 working days.")
    d.clause("6.2", "If we cannot rearrange a Visit missed because of the weather within 5 working days, it is "
             "added to your account as a credit for a future Visit. Weather does not give a right to a cash "
             "refund.")
    d.h1("7. Pausing your subscription")
    d.clause("7.1", "You may pause your subscription for up to 2 months in any 12 months, for example while you "
             "are away, by telling us at least 7 days before the Billing Date. You pay nothing while it is "
             "paused, and the Minimum Term is extended by the length of the pause.")
    d.h1("8. Damage and claims")
    d.clause("8.1", "Our valeters check the Vehicle for existing damage and photograph it at the first Visit. If "
             "you think we have damaged the Vehicle, you must tell us within 48 hours of the Visit, with "
             "photographs.")
    d.clause("8.2", "We are not responsible for stone chips, loose trim, damage that was there before the Visit, "
             "aftermarket paint, wraps or film, or roof boxes and bike racks, which we do not wash. Our "
             "liability for any one Visit is limited to the reasonable cost of putting right damage we caused.")
    d.h1("9. Moving home and ending by us")
    d.clause("9.1", "If you move out of the Service Area, you may end the subscription by giving 30 days' notice, "
             "without paying for the rest of the Minimum Term.")
    d.clause("9.2", "We may end your subscription with 30 days' notice, or at once if a payment is more than 30 "
             "days overdue or our staff are treated abusively.")
    d.h1("10. Your information and law")
    d.clause("10.1", "We use your details only to provide the service and take payments. This agreement is "
             "governed by the law of England and Wales. Your statutory rights are not affected.")
    d.signature_block(["Customer: Mr Desmond Okoro-Lindqvist (accepted online)",
                       "For Gleamrunner Valeting Ltd: Ms Carys Mottram-Ebo, Operations Manager"])
    d.h1("SCHEDULE 1 - YOUR SUBSCRIPTION")
    d.grid(["Item", "Details"],
           [["Customer", "Mr Desmond Okoro-Lindqvist, 6 Larch Rise, Castlebridge CB6 4HN"],
            ["Vehicle", "Marrick Tessera estate, registration KT25 WDX, 4.66 m long"],
            ["Size Band and Plan", "Medium, Shine"],
            ["Monthly price", "GBP 49, collected on the 1st of each month"],
            ["First Visit", "Wednesday 8 March 2028"],
            ["Minimum Term ends", "7 June 2028"],
            ["Visit day and slot", "Alternate Wednesdays, 09:00 to 11:00 preferred"],
            ["Parking", "Driveway at home; outside tap not needed"],
            ["Key arrangement", "Key left in the key safe by the front door; code sent by text"],
            ["Regular extra", "Pet hair removal at every Visit (dog travels in the boot)"]], [50, 120])
    d.h1("SCHEDULE 2 - EXTRAS")
    d.grid(["Extra", "Price"],
           [["Pet hair removal", "GBP 18 (Small and Medium), GBP 25 (Large)"],
            ["Seat shampoo", "GBP 12 per seat"],
            ["Odour treatment (ozone)", "GBP 35"],
            ["Child seat clean", "GBP 10 per child seat"],
            ["Engine bay clean", "GBP 20"],
            ["Heavily soiled interior (mud, sand, vomit)", "From GBP 25, agreed before we start"],
            ["Single extra Visit at your Plan's level", "GBP 30 (Small), GBP 35 (Medium), GBP 42 (Large)"]],
           [90, 80])
    d.para("Extras are booked by text or in your online account at least 24 hours before the Visit.", size=9,
           style="I")
    return d.save("legal/car_valeting_subscription_gleamrunner.pdf")


# =============================================================================
# 4. Supplemental (correction-dose) insulin chart
# =============================================================================
def insulin_chart():
    d = Doc("Supplemental (correction dose) insulin chart - adult inpatients", "Chart DM-09, version 3",
            "Kingsferry General Hospital - Diabetes Inpatient Team", accent=(120, 30, 30))
    d.title_block("SUPPLEMENTAL (CORRECTION DOSE) INSULIN CHART",
                  "For adults with diabetes on general wards. Use with the main medicines chart. Not for use in "
                  "diabetic ketoacidosis, hyperosmolar state, pregnancy or with a variable rate intravenous "
                  "insulin infusion (VRIII).")
    d.grid(["Patient", "Details"],
           [["Name", "Mr Cedric Oyediran-Halse"],
            ["Date of birth / hospital no.", "03/11/1957 / KG-4471902"],
            ["Ward", "Ward 14, Acute Medicine"],
            ["Weight", "88 kg"],
            ["Diabetes", "Type 2 diabetes, on insulin for 6 years"],
            ["Reason for admission", "Cellulitis of the left lower leg, on IV flucloxacillin"],
            ["Usual insulin", "Insulin glargine 30 units once daily at 21:00 (continue on the main chart)"],
            ["Target glucose", "6.0 to 10.0 mmol/L"]], [60, 110])
    d.h1("1. Choosing the correction scale")
    d.para("The prescriber chooses one scale from the table in section 2 using the patient's total daily "
           "insulin dose (TDD) before admission:")
    d.bullets(["Scale 1 (Sensitive): TDD under 20 units, or eGFR below 30, or weight under 50 kg, or frail and "
               "eating poorly.",
               "Scale 2 (Standard): TDD 20 to 60 units, or not on insulin before admission.",
               "Scale 3 (Resistant): TDD over 60 units, or taking prednisolone 20 mg or more a day (or an "
               "equivalent steroid dose)."])
    d.para("Prescribed for Mr Oyediran-Halse: Scale 2 (Standard). Insulin: insulin aspart (rapid-acting), "
           "subcutaneous injection. If the patient's steroid dose, kidney function or eating changes, the "
           "prescriber must review the scale.", style="B")
    d.h1("2. Correction doses")
    d.grid(["Capillary blood glucose (mmol/L)", "Scale 1 Sensitive", "Scale 2 Standard", "Scale 3 Resistant"],
           [["Below 4.0", "No insulin: follow the hypoglycaemia steps in section 5", "No insulin", "No insulin"],
            ["4.0 to 10.9", "0 units", "0 units", "0 units"],
            ["11.0 to 13.9", "1 unit", "2 units", "3 units"],
            ["14.0 to 16.9", "2 units", "4 units", "6 units"],
            ["17.0 to 19.9", "3 units", "6 units", "8 units"],
            ["20.0 to 24.9", "4 units", "8 units", "10 units"],
            ["25.0 or above, or meter reads HI", "5 units and call the doctor", "10 units and call the doctor",
             "12 units and call the doctor"]], [55, 40, 38, 37])
    d.para("Send a laboratory glucose if the meter reads HI or LO. Check blood ketones whenever the capillary "
           "glucose is 14.0 mmol/L or above (section 4).", size=8.5, style="I")
    d.h1("3. When to check and give")
    d.clause("3.1", "Check capillary blood glucose before breakfast (07:30), before lunch (12:00), before the "
             "evening meal (17:30) and at bedtime (22:00). Give any correction dose at these times only, "
             "together with any mealtime insulin on the main chart.")
    d.clause("3.2", "Never give correction doses less than 4 hours apart, because doses given closer together "
             "stack up and can cause hypoglycaemia.")
    d.clause("3.3", "At bedtime (22:00) give half the scale dose, rounded down to a whole unit, and only if the "
             "glucose is 14.0 mmol/L or above. After any bedtime correction dose, check the glucose again at "
             "03:00.")
    d.clause("3.4", "If the patient is nil by mouth, correction doses may still be given at the usual times. If "
             "the patient is expected to miss more than one meal, ask the doctor whether a VRIII is needed.")
    d.clause("3.5", "Ask the doctor to review the basal insulin dose if correction doses are needed at 3 checks "
             "in a row, or if the glucose is 20.0 mmol/L or above at 2 checks in a row.")
    d.h1("4. Blood ketones")
    d.grid(["Blood ketones (mmol/L)", "Action"],
           [["Below 0.6", "Normal. Continue the chart."],
            ["0.6 to 1.4", "Give the correction dose, recheck ketones in 2 hours and tell the nurse in charge."],
            ["1.5 to 2.9", "Give the correction dose and ask the doctor to see the patient within 30 minutes."],
            ["3.0 or above", "Call the doctor immediately: assess for diabetic ketoacidosis, which needs the "
             "DKA protocol instead of this chart."]], [50, 120])
    d.h1("5. Hypoglycaemia (glucose below 4.0 mmol/L)")
    d.clause("5.1", "If the patient can swallow, give 15 to 20 g of fast-acting carbohydrate, for example 150 to "
             "200 ml of pure orange juice or 5 glucose tablets. Recheck the glucose after 15 minutes and repeat "
             "up to 3 times. If the glucose is still below 4.0 after 3 treatments, or the patient cannot "
             "swallow, call the doctor urgently.")
    d.clause("5.2", "Once the glucose is 4.0 or above, give a snack with starchy carbohydrate (such as 2 "
             "biscuits or a slice of toast) if the next meal is more than an hour away.")
    d.clause("5.3", "Do not stop or omit the basal insulin because of one low reading; tell the doctor, who may "
             "reduce the dose. Record every hypoglycaemia episode in the record below and on the ward's "
             "incident system.")
    d.h1("6. Prescription")
    d.para("Insulin aspart by Scale 2 (Standard), from 14 May 2028. Prescriber: Dr Mei-Lin Yeung, FY2, bleep "
           "2716. Review by: 17 May 2028 (diabetes inpatient nurse Mr Rhodri Ashgrove, ext. 4483).", size=9.5)
    d.h1("7. Administration record")
    d.grid(["Date", "Time", "Glucose (mmol/L)", "Ketones", "Dose given", "Given by", "Comments"],
           [["14/05", "12:00", "9.8", "-", "0 units", "AK", "-"],
            ["14/05", "17:30", "15.6", "0.3", "4 units", "AK", "-"],
            ["14/05", "22:00", "14.8", "0.2", "2 units", "PT", "Half dose at bedtime"],
            ["15/05", "03:00", "8.9", "-", "-", "PT", "Bedtime recheck"],
            ["15/05", "07:30", "9.4", "-", "0 units", "JM", "-"],
            ["15/05", "12:00", "18.3", "0.4", "6 units", "JM", "-"],
            ["15/05", "17:30", "21.2", "0.7", "8 units", "AK", "Nurse in charge told; ketones rechecked 19:30: "
             "0.4"],
            ["15/05", "22:00", "20.4", "0.4", "4 units", "PT", "Half dose at bedtime. 2nd reading of 20.0 or above "
             "in a row: Dr Yeung informed; glargine to be increased to 34 units from 16/05"],
            ["16/05", "03:00", "11.8", "-", "-", "PT", "Bedtime recheck"],
            ["16/05", "07:30", "3.6", "-", "Not given", "JM", "Hypo: 200 ml orange juice; 07:45 recheck 5.9; "
             "toast given. Dr Yeung informed"],
            ["16/05", "12:00", "10.2", "-", "0 units", "JM", "-"],
            ["16/05", "17:30", "13.0", "-", "2 units", "AK", "-"],
            ["16/05", "22:00", "11.6", "-", "0 units", "PT", "-"]], [16, 14, 22, 18, 20, 16, 64])
    d.para("Initials: AK = Staff Nurse Amara Kowalczyk; PT = Staff Nurse Piotr Tennant; JM = Staff Nurse Jonah "
           "Madaki.", size=8.5, style="I")
    return d.save("medical/correction_insulin_chart_oyediran_halse.pdf")


# =============================================================================
# 5. Lower back pain self-management leaflet (question-and-answer)
# =============================================================================
def back_pain_leaflet():
    d = Doc("Looking after your lower back pain", "Leaflet MSK-114",
            "Tarnbrook Community MSK Service - patient information, reviewed January 2028", accent=(70, 40, 120))
    d.title_block("LOOKING AFTER YOUR LOWER BACK PAIN",
                  "Information and exercises for adults with new lower back pain, from the physiotherapists of "
                  "the Tarnbrook Community MSK Service")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is non-specific lower back pain?",
       "Most lower back pain is called non-specific, which means it comes from the muscles, ligaments and joints "
       "of the back rather than from any serious disease or damage. It can be very painful, but pain does not "
       "mean your back is harmed. It often starts after lifting, bending or twisting, but it can also come on for "
       "no obvious reason.")
    qa("Do I need an X-ray or a scan?",
       "Usually not. Scans are rarely helpful for lower back pain: many people with no pain at all have 'wear "
       "and tear' or bulging discs on a scan, so the results rarely change the treatment. A scan is only "
       "arranged if a specialist thinks you may need an operation or another serious cause is suspected.")
    qa("Should I rest in bed until it gets better?",
       "No. Bed rest for longer than a day or two slows recovery and makes your back stiffer. Keep moving as "
       "normally as you can, even if you have to do things more slowly. Change position at least every 30 "
       "minutes when sitting.")
    qa("How long will it last?",
       "Most people feel much better within 2 weeks, and most back pain settles within 6 weeks. It is common "
       "for back pain to come back: about 1 in 3 people have another episode within a year. The exercises in "
       "this leaflet help to reduce this.")
    qa("What painkillers can I take?",
       "If it is safe for you, take ibuprofen 400 mg up to three times a day with food, for up to 2 weeks. Do "
       "not take ibuprofen if you have had a stomach ulcer, if anti-inflammatory medicines make your asthma "
       "worse, if you have kidney or heart problems or if you are pregnant; ask a pharmacist first if you are "
       "over 65. Paracetamol on its own does not help much with back pain. Codeine is not recommended: it gives "
       "little extra relief and often causes constipation and drowsiness.")
    qa("Should I use heat or ice?",
       "Use whichever you find helps. Heat, such as a hot water bottle wrapped in a towel, can ease muscle "
       "spasm: use it for up to 20 minutes at a time, 3 or 4 times a day. In the first 2 days some people prefer "
       "an ice pack wrapped in a damp tea towel, for up to 10 minutes at a time. Never put heat or ice directly "
       "on your skin or fall asleep with a hot water bottle.")
    qa("Should I stay off work?",
       "Staying at work, or going back early, helps recovery. Ask your employer about lighter duties for a "
       "while if your job involves heavy lifting. If you do need time off, you can self-certify for up to 7 "
       "days; after that you will need a fit note from your GP or physiotherapist, which can suggest changes "
       "to your work rather than time off.")
    qa("How should I sleep?",
       "Lie on your side with a pillow between your knees, or on your back with one or two pillows under your "
       "knees. There is no need to buy a new or firmer mattress.")
    qa("Can I drive?",
       "Yes, once you can turn to look over your shoulder and do an emergency stop without pain stopping you. "
       "On long journeys stop at least every hour to get out and walk around.")
    qa("Will a back support or brace help?",
       "We do not recommend back supports or corsets. Worn for long periods they can weaken the muscles that "
       "support your back, and they do not speed up recovery.")
    d.h1("Exercises for your back")
    d.para("Start gently and do the exercises on a mat or on your bed. Some discomfort is normal. Stop an "
           "exercise if it makes the pain much worse or if the extra pain lasts more than an hour afterwards, "
           "and try it again in a few days.")
    d.grid(["Exercise", "How to do it", "Repetitions", "How often"],
           [["1. Knee rolls", "Lie on your back with your knees bent and feet flat. Keeping your knees together, "
             "roll them slowly from side to side", "10 each side", "3 times a day"],
            ["2. Pelvic tilts", "Lie on your back with your knees bent. Tighten your tummy and flatten your lower "
             "back into the floor; hold 5 seconds", "10", "3 times a day"],
            ["3. Knee to chest", "Lie on your back. Hug one knee towards your chest and hold 20 seconds; then "
             "the other knee", "3 each leg", "2 times a day"],
            ["4. Cat and camel", "On your hands and knees, slowly arch your back up, then let it sag down", "10",
             "2 times a day"],
            ["5. Bridge", "Lie on your back with your knees bent. Lift your bottom off the floor; hold 5 seconds",
             "10", "2 times a day"],
            ["6. Walking", "Start with 10 minutes on the flat and add 5 minutes every 2 or 3 days", "-",
             "Every day"]], [32, 90, 24, 24])
    d.h1("What to do and when")
    d.grid(["Time since your back pain started", "What we suggest"],
           [["Up to 2 weeks", "Follow the advice and exercises in this leaflet."],
            ["2 to 6 weeks and not getting better", "Refer yourself to the Tarnbrook MSK physiotherapy service "
             "(details below)."],
            ["More than 6 weeks", "Book a review with your GP or physiotherapist if you have not already."],
            ["More than 12 weeks", "Ask your GP or physiotherapist about our back pain management programme."]],
           [70, 100])
    d.h1("When to get help urgently")
    d.para("Go to A&E immediately (or call 999) if you have back pain with any of these, which can be signs of "
           "cauda equina syndrome, a rare emergency where the nerves at the bottom of the spine are squashed:",
           style="B")
    d.bullets(["numbness or tingling around your genitals or bottom (the saddle area);",
               "difficulty passing urine, or not being able to feel when your bladder is full;",
               "loss of control of your bladder or bowels;",
               "weakness in both legs, or a change in sexual function."])
    d.para("Contact your GP the same day if you have back pain with a high temperature, weight loss you cannot "
           "explain, a past history of cancer, pain after a bad fall, or pain that is worse at night and stops "
           "you sleeping.")
    d.h1("Referring yourself to physiotherapy")
    d.para("Adults aged 16 or over who are registered with a Tarnbrook GP practice can refer themselves to the "
           "MSK physiotherapy service without seeing a GP: complete the online form at "
           "tarnbrookmsk.example/refer or phone 01632 960 733 (Monday to Friday, 08:30 to 16:30). We aim to "
           "contact you within 5 working days.")
    return d.save("medical/lower_back_pain_leaflet_tarnbrook.pdf")


# =============================================================================
# 6. Adult community-acquired pneumonia guideline
# =============================================================================
def pneumonia_guideline():
    d = Doc("Community-acquired pneumonia in adults - antimicrobial guideline", "Guideline AMG-017, version 4",
            "Eddington Hospitals NHS Trust - Antimicrobial Stewardship Group, approved March 2028", font="Times",
            accent=(0, 60, 100), body_size=10.5)
    d.title_block("COMMUNITY-ACQUIRED PNEUMONIA (CAP) IN ADULTS",
                  "Assessment of severity and empirical antibiotic treatment in the Emergency Department, Acute "
                  "Medical Unit and wards. Review date: March 2030.")
    d.h1("1. Scope")
    d.clause("1.1", "This guideline applies to adults aged 18 and over with pneumonia that started in the "
             "community or within 48 hours of admission to hospital.")
    d.clause("1.2", "It does not cover: hospital-acquired pneumonia (starting 48 hours or more after admission), "
             "for which see guideline AMG-018; aspiration pneumonia; patients who are severely "
             "immunocompromised (neutropenia, transplant, chemotherapy in the last 4 weeks); or COVID-19 "
             "pneumonia. Children are covered by the paediatric guideline.")
    d.h1("2. Diagnosis and timing")
    d.clause("2.1", "CAP is diagnosed when a patient has symptoms and signs of a lower respiratory tract "
             "infection and new shadowing on a chest X-ray that has no other explanation. The chest X-ray "
             "should be done within 4 hours of arrival.")
    d.clause("2.2", "Give the first dose of antibiotic within 4 hours of diagnosis, or within 1 hour if sepsis "
             "is suspected (follow the sepsis pathway). Take blood cultures before the first dose when they "
             "are indicated (section 4), but do not delay antibiotics to obtain them.")
    d.h1("3. Assessing severity: CURB-65")
    d.para("Score 1 point for each of the following that is present at assessment:")
    d.grid(["Criterion", "Scores 1 point if"],
           [["C - Confusion", "New confusion: abbreviated mental test (AMT) score of 8 or less, or new "
             "disorientation in person, place or time"],
            ["U - Urea", "Blood urea above 7 mmol/L"],
            ["R - Respiratory rate", "30 breaths per minute or more"],
            ["B - Blood pressure", "Systolic below 90 mmHg, or diastolic 60 mmHg or less"],
            ["65 - Age", "65 years or older"]], [45, 125])
    d.grid(["CURB-65 score", "Severity", "30-day mortality", "Place of care"],
           [["0 or 1", "Low severity", "Under 3%", "Consider treatment at home"],
            ["2", "Moderate severity", "About 9%", "Consider a short hospital stay or hospital-supervised "
             "treatment at home"],
            ["3, 4 or 5", "High severity", "15 to 40%", "Admit. At 4 or 5, assess for critical care (HDU or "
             "ICU)"]], [30, 35, 35, 70])
    d.para("Clinical judgement overrides the score. Admit any patient with SpO2 below 92% on air, whatever the "
           "score, and take account of frailty, other illnesses and social circumstances. In general practice "
           "CRB-65 (without urea) may be used.", size=9, style="I")
    d.h1("4. Investigations")
    d.grid(["Severity", "Investigations"],
           [["Low severity", "Chest X-ray, FBC, U&E, CRP. No routine microbiology."],
            ["Moderate severity", "As for low, plus blood cultures, sputum culture and urinary pneumococcal "
             "antigen."],
            ["High severity", "As for moderate, plus urinary Legionella antigen and arterial blood gas if SpO2 "
             "is below 94%."]], [40, 130])
    d.para("Test for Legionella at any severity if there is recent travel with a hotel stay, or contact with "
           "hot tubs or cooling systems.", size=9, style="I")
    d.h1("5. Empirical antibiotics")
    d.clause("5.1", "Choose by CURB-65 severity and penicillin allergy status. A non-severe penicillin allergy is "
             "a rash only (no blistering or skin peeling). A severe allergy is anaphylaxis, angioedema, "
             "breathing difficulty or a severe skin reaction.")
    d.grid(["Severity", "No penicillin allergy", "Non-severe penicillin allergy", "Severe penicillin allergy",
            "Total course"],
           [["Low (CURB-65 0 or 1)", "Amoxicillin 500 mg orally 8-hourly",
             "Doxycycline 200 mg orally on day 1, then 100 mg once daily", "Doxycycline 200 mg orally on day 1, "
             "then 100 mg once daily", "5 days"],
            ["Moderate (CURB-65 2)", "Amoxicillin 500 mg orally 8-hourly, plus clarithromycin 500 mg orally "
             "12-hourly if an atypical pathogen is suspected", "Doxycycline 200 mg orally on day 1, then 100 mg "
             "once daily", "Doxycycline 200 mg orally on day 1, then 100 mg once daily", "5 days"],
            ["High (CURB-65 3 to 5)", "Co-amoxiclav 1.2 g IV 8-hourly plus clarithromycin 500 mg IV 12-hourly",
             "Ceftriaxone 2 g IV once daily plus clarithromycin 500 mg IV 12-hourly",
             "Levofloxacin 500 mg IV 12-hourly (a)", "5 days; review at 48 hours"]], [28, 38, 38, 40, 26])
    d.para("(a) Levofloxacin: use only when other antibiotics are unsuitable, because of the risk of tendon "
           "damage and aortic aneurysm. If eGFR is 20 to 50 mL/min, give 500 mg for the first dose, then 250 mg "
           "12-hourly.\n"
           "(b) Clarithromycin: check for interactions and QT prolongation. Withhold simvastatin and "
           "atorvastatin during the course. Doxycycline is the alternative for atypical cover.\n"
           "(c) Doxycycline must not be used in pregnancy: discuss pregnant patients with the on-call "
           "microbiologist.\n"
           "(d) Confirmed Legionella pneumonia: discuss with microbiology; the course is usually 14 days.",
           size=8.5, style="I")
    d.h1("6. Review at 48 hours and IV to oral switch")
    d.clause("6.1", "Review every patient on IV antibiotics at 48 hours. Switch to oral treatment when all of "
             "these apply: temperature 37.8 degrees C or below for 24 hours, heart rate 100 per minute or less, "
             "respiratory rate 24 per minute or less, systolic blood pressure 90 mmHg or more, SpO2 90% or more "
             "on air, normal mental state and able to take oral medicines.")
    d.grid(["IV antibiotic", "Oral switch"],
           [["Co-amoxiclav 1.2 g IV 8-hourly", "Co-amoxiclav 625 mg orally 8-hourly"],
            ["Ceftriaxone 2 g IV once daily", "Doxycycline 100 mg orally once daily"],
            ["Levofloxacin 500 mg IV 12-hourly", "Levofloxacin 500 mg orally 12-hourly"],
            ["Clarithromycin 500 mg IV 12-hourly", "Clarithromycin 500 mg orally 12-hourly"]], [85, 85])
    d.clause("6.2", "The total course (IV and oral together) is 5 days. Stop antibiotics after 5 days if the "
             "patient has had no fever for 48 hours and has no more than one sign of clinical instability. A "
             "longer course needs a documented reason.")
    d.h1("7. Oxygen and escalation")
    d.clause("7.1", "Aim for SpO2 94 to 98%, or 88 to 92% in patients at risk of hypercapnic respiratory failure "
             "(for example COPD).")
    d.clause("7.2", "Contact the critical care outreach team (bleep 4420) for a CURB-65 score of 4 or 5, SpO2 "
             "below 92% despite 40% oxygen, or systolic blood pressure below 90 mmHg despite fluids.")
    d.h1("8. Discharge and follow-up")
    d.clause("8.1", "Do not discharge a patient who, in the past 24 hours, has had 2 or more of: temperature "
             "above 37.5 degrees C, respiratory rate 24 per minute or more, heart rate above 100 per minute, "
             "systolic blood pressure 90 mmHg or less, SpO2 below 90% on air, abnormal mental state, or "
             "inability to eat without help.")
    d.clause("8.2", "Explain to patients how long symptoms usually take to improve:")
    d.grid(["Time after starting treatment", "What to expect"],
           [["1 week", "Fever should have gone"],
            ["4 weeks", "Chest pain and sputum production much reduced"],
            ["6 weeks", "Cough and breathlessness much reduced"],
            ["3 months", "Most symptoms gone, but tiredness may still be present"],
            ["6 months", "Most people feel back to normal"]], [70, 100])
    d.clause("8.3", "Arrange a follow-up chest X-ray at 6 weeks only for patients whose symptoms or signs have not "
             "resolved, or who have a higher risk of lung cancer (smokers and ex-smokers aged over 50).")
    return d.save("medical/pneumonia_guideline_eddington.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([school_contract, village_hall_terms, valeting_subscription,
                       insulin_chart, back_pain_leaflet, pneumonia_guideline], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
