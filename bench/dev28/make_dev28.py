"""Render the twenty-eighth development-set documents (fictional) as PDFs into bench/dev28/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
bouncy castle and soft play hire firm's terms (hire prices by equipment and hire length with a weekend
footnote, delivery bands by distance, a deposit, weather rules, a cancellation table by days before the hire
date, a damage waiver, a user-limits schedule after the signatures), a private home care (domiciliary care)
agency's service user agreement (hourly and visit rates by time band, cancellation charges by notice, late
and missed visits, hospital stays, gifts and money, ending the agreement, a visit-pattern schedule after the
signatures), an electric vehicle charge point installation contract for a homeowner (a standard
installation defined, survey, deposit and balance, cooling-off and cancellation, abortive visits, warranty,
an additional-works price list with cable-run bands after the signatures), a hospital policy on
time-critical Parkinson's medicines for clinicians (timing standards, nil by mouth, a rotigotine patch table
by levodopa-equivalent band, medicines to avoid with safer alternatives), a hand, foot and mouth disease
leaflet for parents in question-and-answer form (a drinks-by-age table, school and nursery, spreading it,
when to get help), and a child's preventer inhaler step-down plan (criteria, a step table with dates and
doses, stepping back up, reviews, spacer and inhaler care). Questions: bench/dev28/questions.jsonl. All
names, products and numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev28/make_dev28.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 6, 14, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 28 (fictional document)", "make_dev28.py", FIXED_DATE)


# =============================================================================
# 1. Bouncy castle and soft play hire terms
# =============================================================================
def inflatable_hire_terms():
    d = Doc("Hopscotch Hall Inflatables - Hire Terms and Conditions", "Edition 7, 1 March 2027",
            "Hopscotch Hall Inflatables Ltd, Unit 4 Tannery Yard, Dunmere Vale", accent=(170, 40, 90))
    d.title_block("BOUNCY CASTLE AND SOFT PLAY HIRE: TERMS AND CONDITIONS",
                  "These terms apply to every hire of equipment from Hopscotch Hall Inflatables Ltd (\"we\", "
                  "\"us\"). They form a contract with the person named on the Booking Confirmation (the "
                  "\"Hirer\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Equipment\" means the bouncy castles, inflatable games, soft play, blowers, generators, "
             "safety mats and other items listed on the Booking Confirmation. \"Hire Date\" means the date of "
             "the event shown on the Booking Confirmation. \"Site\" means the garden, hall or other place where "
             "the Equipment is set up.")
    d.clause("1.2", "\"Hire Period\" means the time from the end of our set-up to the collection time on the "
             "Booking Confirmation. \"Supervisor\" means a responsible adult aged 18 or over, named by the "
             "Hirer, who watches the Equipment at all times while it is in use.")
    d.h1("2. Booking and deposit")
    d.clause("2.1", "A booking is made when we send the Booking Confirmation and receive the deposit. The deposit "
             "is 30% of the hire charge, with a minimum of GBP 40. The balance is due 7 days before the Hire "
             "Date; a booking made less than 7 days before the Hire Date is paid in full when it is made.")
    d.clause("2.2", "The Hirer must be 18 or over and must tell us about any steps, narrow gates or distance from "
             "the parking place to the Site when booking.")
    d.h1("3. Hire charges")
    d.clause("3.1", "Hire charges depend on the Equipment and the length of the hire:")
    d.grid(["Equipment", "Up to 4 hours", "Full day (until 19:00)", "Overnight (collected by 10:00 next day)"],
           [["Standard bouncy castle (12 ft x 12 ft)", "GBP 75", "GBP 95", "GBP 125"],
            ["Large castle with slide (15 ft x 18 ft)", "GBP 110", "GBP 140", "GBP 180"],
            ["Inflatable assault course (40 ft)", "GBP 190", "GBP 240", "Not available"],
            ["Soft play package (under 5s)", "GBP 85", "GBP 105", "GBP 135"],
            ["Adult bouncy castle", "GBP 150", "GBP 185", "Not available"]], [62, 30, 36, 46])
    d.para("* Saturdays, Sundays and bank holidays: add 15% to the hire charge. A petrol generator is GBP 35 "
           "extra and is required if there is no mains socket within 25 metres of the Site.", size=8.5,
           style="I")
    d.h1("4. Delivery and collection")
    d.clause("4.1", "The delivery charge covers delivery, set-up and collection, and depends on the road distance "
             "from our depot to the Site:")
    d.grid(["Road distance from the depot", "Delivery charge"],
           [["Up to 10 miles", "Free"],
            ["10.1 to 20 miles", "GBP 15"],
            ["20.1 to 30 miles", "GBP 30"],
            ["Over 30 miles", "GBP 1.20 per mile, minimum GBP 40"]], [80, 70])
    d.clause("4.2", "If nobody is at the Site at the collection time, we wait 30 minutes free of charge and then "
             "charge a waiting fee of GBP 20 for each further 30 minutes or part of 30 minutes.")
    d.h1("5. The Site")
    d.clause("5.1", "The Site must be flat and clear, with a safety zone of 1.5 metres beyond the Equipment's "
             "footprint on every side, and an access route at least 1 metre wide. Inflatables are not set up "
             "on gravel, or on a slope steeper than 1 in 20. On concrete or tarmac we lay safety mats, which "
             "are included in the price.")
    d.clause("5.2", "For indoor hire the Hirer must obtain the venue's permission, and the ceiling must be at "
             "least 1 metre above the highest point of the Equipment.")
    d.h1("6. Weather")
    d.clause("6.1", "Inflatables must not be used in rain or when the wind speed is above 24 mph, because they "
             "can become slippery or lift. If the Met Office forecast for the Site at 08:00 on the Hire Date "
             "shows a mean wind speed above 24 mph or heavy rain, either party may cancel, and the Hirer may "
             "choose a full refund or a free move to another date within 12 months.")
    d.clause("6.2", "If the weather changes after the Equipment has been set up, the Supervisor must switch off "
             "the blower and clear the Equipment. Once the Equipment has been set up no refund is given for "
             "weather.")
    d.h1("7. Cancellation by the Hirer")
    d.clause("7.1", "Except under clause 6.1, if the Hirer cancels, the following charges apply, according to how "
             "many days before the Hire Date we receive notice:")
    d.grid(["Notice of cancellation", "Cancellation charge"],
           [["More than 28 days", "Deposit refunded, less a GBP 15 administration fee"],
            ["14 to 28 days", "The deposit is kept"],
            ["7 to 13 days", "50% of the hire charge (the deposit counts towards it)"],
            ["Fewer than 7 days, or on the Hire Date", "100% of the hire charge"]], [70, 100])
    d.clause("7.2", "If we arrive and the Hirer turns the Equipment away, the full hire charge and the delivery "
             "charge are payable.")
    d.h1("8. Safety and supervision")
    d.clause("8.1", "A Supervisor must watch the Equipment at all times while it is inflated. The Hirer must keep "
             "to the user limits in the Schedule and the safety card attached to each inflatable. Users of "
             "very different sizes must not use the Equipment together.")
    d.clause("8.2", "Adults may not use children's inflatables or the soft play, except the Adult bouncy castle "
             "and the assault course. No shoes, glasses, food, drink, face paint, silly string or sharp "
             "objects on the Equipment, and nobody may stay on an inflatable while the blower is off.")
    d.h1("9. Cleaning, damage and the Damage Waiver")
    d.clause("9.1", "The Hirer is responsible for the Equipment from delivery until collection. A cleaning charge "
             "of GBP 45 applies if the Equipment is returned soiled with food, drink, mud, face paint or "
             "bodily fluids. Damage is charged at the cost of repair or, if it cannot be repaired, replacement.")
    d.clause("9.2", "The Hirer may buy a Damage Waiver for GBP 12 per booking. It limits the Hirer's liability "
             "for accidental damage to GBP 100. It does not cover deliberate damage, silly string, theft, or "
             "damage caused by using the Equipment against clause 6 or clause 8.")
    d.h1("10. Liability and insurance")
    d.clause("10.1", "We hold public liability insurance of GBP 5 million. We are not liable for injury or loss "
             "caused by the Hirer's failure to follow these terms or the safety card. Nothing in these terms "
             "limits liability for death or personal injury caused by our negligence.")
    d.clause("10.2", "Complaints must be made within 7 days of the Hire Date to hello@hopscotchhall.example.")
    d.signature_block(["Hirer: ........................................ (print name)",
                       "For Hopscotch Hall Inflatables Ltd: Gemma Truscott-Lowe, Director"])
    d.h1("SCHEDULE - USER LIMITS")
    d.para("The limits below apply at all times. They are also printed on the safety card attached to each "
           "inflatable.")
    d.grid(["Equipment", "Maximum users at one time", "Maximum user height", "Ages"],
           [["Standard bouncy castle", "8", "1.5 m", "3 to 12 years"],
            ["Large castle with slide", "10", "1.6 m", "4 to 14 years"],
            ["Inflatable assault course", "6 (3 per lane)", "1.9 m", "6 years and over (adults allowed)"],
            ["Soft play package", "10", "1.1 m", "Walking children under 5 years"],
            ["Adult bouncy castle", "6", "1.9 m", "12 years and over (maximum 110 kg each)"]],
           [52, 38, 34, 50])
    return d.save("legal/inflatable_hire_terms_hopscotch_hall.pdf")


# =============================================================================
# 2. Home care (domiciliary care) service user agreement
# =============================================================================
def home_care_agreement():
    d = Doc("Home Care Service User Agreement - Brightharbour / Alcott", "Ref. BHC-SU-2027-0318",
            "Brightharbour Home Care Ltd - private (self-funded) home care", font="Times", accent=(20, 80, 110),
            body_size=10.5)
    d.title_block("HOME CARE SERVICE USER AGREEMENT",
                  "Dated 18 March 2027, between Brightharbour Home Care Ltd, 2 Chandlers Court, Wexmouth "
                  "(the \"Agency\"), and Mrs Winifred Alcott of 14 Rowan Crescent, Wexmouth (the \"Service "
                  "User\"), whose daughter Ms Helen Alcott-Price acts for her under a lasting power of attorney.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Care Plan\" means the written plan, agreed with the Service User, of the support to be "
             "given and the times of Care Visits. \"Care Visit\" means a visit by a Care Worker to the Service "
             "User's home under the Care Plan. \"Care Worker\" means a person employed by the Agency to provide "
             "care.")
    d.clause("1.2", "\"Planned Time\" means the start time of a Care Visit in the Care Plan. \"Bank Holiday\" "
             "means a public holiday in England; Christmas Day, Boxing Day and New Year's Day are \"Special "
             "Days\".")
    d.h1("2. Assessment and the Care Plan")
    d.clause("2.1", "The Agency's first assessment visit is free. The Care Plan is reviewed within 6 weeks of the "
             "start date, and then at least every 12 months, after any hospital stay, or sooner if the Service "
             "User's needs change.")
    d.clause("2.2", "The shortest Care Visit is 30 minutes, except a medication prompt visit of 15 minutes. "
             "Care Workers arrive within 30 minutes either side of the Planned Time.")
    d.h1("3. Charges")
    d.clause("3.1", "Care Visits are charged at the rate for the time band in which the visit starts:")
    d.grid(["Time band", "Rate per hour", "30-minute visit", "45-minute visit"],
           [["Monday to Friday, 07:00 to 19:00", "GBP 29.50", "GBP 16.50", "GBP 23.25"],
            ["Monday to Friday, 19:00 to 22:00", "GBP 32.00", "GBP 17.75", "GBP 25.00"],
            ["Saturday and Sunday, 07:00 to 22:00", "GBP 33.50", "GBP 18.50", "GBP 26.25"],
            ["Bank Holiday, 07:00 to 22:00", "GBP 44.25", "GBP 24.50", "GBP 34.50"],
            ["Special Days, 07:00 to 22:00", "GBP 59.00", "GBP 32.50", "GBP 46.00"]], [62, 36, 36, 36])
    d.para("* A medication prompt visit (15 minutes) is GBP 11.00 at any time. Overnight care, 22:00 to 07:00: "
           "sleeping night GBP 140 per night; waking night GBP 215 per night.", size=9, style="I")
    d.clause("3.2", "Where a Care Worker drives the Service User to appointments or shops, mileage is charged at "
             "GBP 0.45 per mile in addition to the time.")
    d.clause("3.3", "We will give you at least 4 weeks' written notice of any increase in charges. Charges are "
             "reviewed once a year, and any change takes effect on 1 April.")
    d.h1("4. Invoices and payment")
    d.clause("4.1", "The Agency invoices every 4 weeks in arrears. Invoices are paid by direct debit within 14 "
             "days of the invoice date. Interest on late payments is charged at 3% a year above the Bank of "
             "England base rate.")
    d.clause("4.2", "If 2 invoices are unpaid, the Agency may suspend Care Visits after giving 14 days' written "
             "notice, but only after telling the local authority's adult social care team.")
    d.h1("5. Cancelling Care Visits")
    d.clause("5.1", "The Service User may cancel a Care Visit by telephoning the office. The charge depends on the "
             "notice given before the Planned Time:")
    d.grid(["Notice given before the Planned Time", "Charge"],
           [["48 hours or more", "No charge"],
            ["24 hours to less than 48 hours", "50% of the visit charge"],
            ["Less than 24 hours, or the Care Worker cannot get in", "Full visit charge"]], [90, 70])
    d.clause("5.2", "Hospital stays: no charge is made for Care Visits after the Agency is told of an admission, "
             "but Care Visits on the day of admission are charged if the Agency is told after 09:00 that day. "
             "We will hold your visit times free of charge for up to 14 days while you are in hospital. After "
             "14 days we will hold them only if you ask, at 50% of the usual charge for the visits held.")
    d.h1("6. Late and missed visits")
    d.clause("6.1", "If a Care Worker arrives more than 45 minutes after the Planned Time without the office "
             "calling you first, that visit is free of charge. If the Agency misses a Care Visit altogether, it "
             "is not charged and a credit of GBP 20 is added to the next invoice.")
    d.h1("7. Keys, money and gifts")
    d.clause("7.1", "Care Workers do not hold keys. Where a key safe is needed it is fitted at the Service User's "
             "cost, and the code is kept in the Agency's secure records, not in the Care Plan.")
    d.clause("7.2", "Care Workers may shop for the Service User, spending no more than GBP 50 per trip, and will "
             "keep every receipt in the financial record sheet. They may not borrow or lend money, sign any "
             "document for the Service User, or be named in a will.")
    d.clause("7.3", "Care Workers may not accept gifts worth more than GBP 10, or any gift of money, from the "
             "Service User or the family. Gifts of lower value must be recorded with the office.")
    d.h1("8. Medicines")
    d.clause("8.1", "Care Workers give medicines only from the pharmacy's original packs or monitored dosage packs, "
             "as listed on the medication record (MAR) chart. They do not give injections, except insulin pens "
             "where the Care Plan says so and the Care Worker has been trained by the district nurse.")
    d.h1("9. Ending this agreement")
    d.clause("9.1", "The Service User may end this agreement by giving 7 days' written notice. The Agency may end "
             "it by giving 28 days' written notice, or at once if a Care Worker's safety is at serious risk.")
    d.clause("9.2", "If the Service User dies, the agreement ends on that day and only Care Visits already "
             "provided are charged. If the Service User moves into a care home, 7 days' notice is not needed "
             "and charges stop on the day of the move.")
    d.h1("10. Complaints")
    d.clause("10.1", "Complaints are acknowledged within 3 working days and answered in full within 20 working "
             "days. If the Service User is not satisfied, they may ask the Local Government and Social Care "
             "Ombudsman to review the complaint.")
    d.h1("11. Insurance and law")
    d.clause("11.1", "The Agency holds employer's liability and public liability insurance of GBP 10 million. This "
             "agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed for Brightharbour Home Care Ltd by Marcus Adeyinka-Shaw, Registered Manager",
                       "Signed by Helen Alcott-Price, attorney for Mrs Winifred Alcott"])
    d.h1("SCHEDULE 1 - AGREED VISIT PATTERN")
    d.para("Agreed at the assessment on 11 March 2027. Start date: Monday 22 March 2027.")
    d.grid(["Visit", "Planned Time", "Length", "Main tasks"],
           [["Morning", "08:00", "45 minutes", "Help to wash and dress, breakfast, morning medicines"],
            ["Lunch", "12:30", "30 minutes", "Prepare lunch, drink, check skin on heels"],
            ["Tea", "17:00", "30 minutes", "Prepare tea, evening medicines, close curtains"],
            ["Bed", "20:30", "30 minutes", "Help to undress and get into bed, leave a drink"],
            ["Shopping (Thursdays)", "10:00", "1 hour", "Escort to Wexmouth market; mileage charged"]],
           [36, 26, 26, 86])
    d.para("Key safe fitted by the family on 19 March 2027. Main contact: Helen Alcott-Price.", size=9, style="I")
    return d.save("legal/home_care_agreement_brightharbour_alcott.pdf")


# =============================================================================
# 3. Electric vehicle charge point installation contract
# =============================================================================
def ev_charger_contract():
    d = Doc("Home Charge Point Installation Contract - Voltwise / Ostrowski", "Contract VW-H-27-1184",
            "Voltwise Charging Ltd - home charge point supply and installation", accent=(0, 110, 90))
    d.title_block("HOME ELECTRIC VEHICLE CHARGE POINT: SUPPLY AND INSTALLATION CONTRACT",
                  "Dated 2 April 2027, between Voltwise Charging Ltd, company no. 11402795 (\"Voltwise\", "
                  "\"we\"), and Mr Callum Ostrowski of 9 Larch Hollow, Pennington Brook (the \"Customer\", "
                  "\"you\"). Installation date booked: Friday 7 May 2027.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Charge Point\" means one Voltwise HomeCharge 7 kW charge point with a tethered Type 2 cable "
             "of 7.5 metres. \"Cable Run\" means the total length of supply cable from your consumer unit (fuse "
             "box) to the Charge Point, measured along the route it follows.")
    d.clause("1.2", "\"Standard Installation\" means fitting the Charge Point on an outside wall of your home with "
             "a Cable Run of up to 10 metres, drilling through one wall, a new dedicated circuit with its own "
             "protection device, an earth rod if needed, testing, registering the Charge Point with the "
             "network operator, and setting up the app. Anything else is \"Additional Works\", priced in the "
             "Schedule.")
    d.clause("1.3", "\"Commissioning Date\" means the day the Charge Point is tested, handed over and shown to "
             "charge your vehicle.")
    d.h1("2. Survey")
    d.clause("2.1", "A remote survey from your photographs is free. If an on-site survey is needed it costs GBP 60, "
             "which is deducted from the price if you go ahead within 30 days of the survey.")
    d.h1("3. Price and payment")
    d.clause("3.1", "The price of the Charge Point with a Standard Installation is GBP 949, including VAT. The price "
             "for your installation, including the Additional Works found at the survey, is GBP 1,159 (Standard "
             "Installation plus a Cable Run of 21 metres).")
    d.clause("3.2", "The balance is due within 7 days of the Commissioning Date. A deposit of GBP 200 is payable "
             "when you sign this contract. Title to the Charge Point passes to you when it has been paid for in "
             "full.")
    d.h1("4. Your right to cancel")
    d.clause("4.1", "You may cancel this contract for any reason within 14 days of the day it was made (the "
             "cooling-off period) and we will give you a full refund of the deposit within 14 days of your "
             "notice. If you ask us to start work within the cooling-off period and then cancel, you pay for "
             "the work done up to the time you tell us.")
    d.clause("4.2", "After the cooling-off period, if you cancel more than 7 days before the installation date we "
             "keep the deposit. If you cancel 7 days or fewer before the installation date, we keep the deposit "
             "and you also pay for any parts we have specially ordered for you.")
    d.h1("5. Installation day")
    d.clause("5.1", "You must give clear access to the consumer unit and the Charge Point position, and move any "
             "vehicle off the drive. The Charge Point needs a Wi-Fi signal of at least -70 dBm where it is "
             "fitted; we will check this at the survey, and a Wi-Fi extender can be supplied (Schedule).")
    d.clause("5.2", "If the installation cannot be done because of something you did not tell us about or that we "
             "could not see at the survey (for example an older consumer unit, asbestos, or a looped supply), "
             "we may charge an abortive visit fee of GBP 110, and we will quote for the extra work.")
    d.clause("5.3", "If the network operator must separate a looped supply or upgrade your main fuse, we will "
             "apply for this for you at no charge, but we cannot control how long the operator takes.")
    d.h1("6. Smart charging")
    d.clause("6.1", "The Charge Point is set up to charge outside the peak hours of 08:00 to 11:00 and 16:00 to "
             "22:00 by default; you can change this in the app. It also applies a random delay of up to 10 "
             "minutes to the start of each charge, as the smart charging regulations require.")
    d.h1("7. Warranty")
    d.clause("7.1", "The Charge Point unit is covered by a warranty of 3 years parts and labour from the "
             "Commissioning Date. Our workmanship is guaranteed for 2 years.")
    d.clause("7.2", "The tethered cable is covered for 12 months against manufacturing defects. Damage from the "
             "cable being driven over, trapped in a door or cut is not covered.")
    d.clause("7.3", "An extended warranty adding 2 further years to the Charge Point warranty can be bought for "
             "GBP 79 at any time before the first warranty ends.")
    d.h1("8. Your responsibilities after installation")
    d.clause("8.1", "Do not open the Charge Point. Press the test button of its protection device every 6 months. "
             "We recommend an inspection by a qualified electrician once a year.")
    d.h1("9. Liability")
    d.clause("9.1", "Our total liability under this contract is limited to the price you have paid, except for "
             "death or personal injury caused by our negligence, or where the law does not allow a limit. We "
             "are not responsible if a vehicle without a Type 2 socket cannot use the Charge Point.")
    d.h1("10. Complaints")
    d.clause("10.1", "Please contact care@voltwise.example first. If we cannot resolve your complaint within 8 "
             "weeks, you may refer it to the Home Energy Installers Dispute Service, an independent scheme, at "
             "no cost to you.")
    d.signature_block(["Signed for Voltwise Charging Ltd by Anita Kovacs-Reid, Installations Manager",
                       "Signed by Callum Ostrowski (Customer)"])
    d.h1("SCHEDULE - ADDITIONAL WORKS PRICE LIST")
    d.para("Prices include VAT at 20%. Cable Run prices replace (do not add to) each other: choose the band for "
           "the total Cable Run.")
    d.grid(["Total Cable Run", "Extra price"],
           [["Up to 10 metres", "Included in the Standard Installation"],
            ["10.1 to 15 metres", "GBP 95"],
            ["15.1 to 25 metres", "GBP 210"],
            ["25.1 to 40 metres", "GBP 385"],
            ["Over 40 metres", "Quoted after an on-site survey"]], [70, 90])
    d.grid(["Other Additional Works", "Price"],
           [["Trenching through soft ground (lawn, flower bed)", "GBP 38 per metre"],
            ["Trenching through paving, concrete or tarmac", "GBP 65 per metre"],
            ["Each extra wall drilled through", "GBP 45"],
            ["Ground-mounted post (instead of a wall)", "GBP 180"],
            ["Consumer unit upgrade", "GBP 420"],
            ["Wi-Fi extender, supplied and set up", "GBP 55"]], [100, 60])
    return d.save("legal/ev_charger_installation_voltwise_ostrowski.pdf")


# =============================================================================
# 4. Time-critical Parkinson's medicines: inpatient policy
# =============================================================================
def parkinsons_policy():
    d = Doc("Policy: Time-Critical Medicines in Parkinson's Disease", "Policy MM-041, v2.3",
            "Northcombe and Dray Valley Hospitals NHS Trust - Medicines Management Committee",
            accent=(90, 40, 110), body_size=9.5)
    d.title_block("TIME-CRITICAL MEDICINES IN PARKINSON'S DISEASE: ADULT INPATIENT POLICY",
                  "For doctors, nurses, pharmacists and theatre staff. Applies to all adult inpatients with "
                  "Parkinson's disease or parkinsonism taking dopaminergic medicines. Review date: January 2030.",
                  size=14)
    d.h1("1. Why timing matters")
    d.para("Levodopa and the other dopaminergic medicines wear off within hours. A delayed or missed dose can "
           "cause rigidity, falls, swallowing difficulty and aspiration within hours, and stopping them "
           "suddenly can cause parkinsonism-hyperpyrexia syndrome, which can be fatal. Parkinson's medicines "
           "must not be omitted or stopped suddenly because a patient is nil by mouth.")
    d.h1("2. Standards")
    d.clause("2.1", "Each dose must be given within 30 minutes of the time the patient takes it at home. A dose "
             "given more than 30 minutes late, or missed, must be reported as an incident on the Trust's "
             "incident system and the prescriber told.")
    d.clause("2.2", "Medicines reconciliation for Parkinson's medicines must be completed within 2 hours of "
             "arrival at hospital, and the first dose due must not be missed while this is done. The patient's "
             "own supply should be used if it is in date and labelled.")
    d.clause("2.3", "Prescribe at the patient's own times (for example 06:30, 10:00, 13:30, 17:00), not at the "
             "ward's standard drug-round times, and mark each dose \"time critical\" on the electronic "
             "prescribing system. Patients who are able should be assessed for self-administration.")
    d.clause("2.4", "Do not switch modified-release levodopa to immediate-release levodopa, or between brands, "
             "without advice from the Parkinson's nurse specialist or a pharmacist.")
    d.clause("2.5", "Emergency stock of co-careldopa, co-beneldopa (including dispersible tablets), ropinirole, "
             "pramipexole and rotigotine patches is kept in the Emergency Department, the Acute Medical Unit "
             "and the theatre recovery area.")
    d.h1("3. Patients who cannot swallow or are nil by mouth")
    d.clause("3.1", "Before oral medicines are given, a patient with new swallowing difficulty needs a water "
             "swallow screen by a trained nurse and, if it is failed, a speech and language therapy assessment "
             "within 24 hours.")
    d.clause("3.2", "If a nasogastric tube is in place, or can be placed and used within 4 hours of the missed "
             "dose, give dispersible co-beneldopa via the tube at the same levodopa dose and times. Do not crush "
             "modified-release tablets.")
    d.clause("3.3", "If there is no enteral route within 4 hours, start a rotigotine patch using the table below. "
             "First calculate the total daily levodopa equivalent dose (LEDD) from all the patient's "
             "Parkinson's medicines (clause 3.4).")
    d.grid(["Total daily LEDD", "Rotigotine patch dose (changed every 24 hours)"],
           [["Up to 200 mg", "4 mg/24 hours"],
            ["201 to 400 mg", "8 mg/24 hours"],
            ["401 to 600 mg", "12 mg/24 hours"],
            ["601 to 800 mg", "16 mg/24 hours"],
            ["More than 800 mg", "16 mg/24 hours (maximum); discuss with the Parkinson's team"]], [60, 110])
    d.para("* If the patient is aged 80 or over, or has confusion or hallucinations, use half the dose in the table "
           "(no more than 8 mg/24 hours) and review daily. Round to the nearest patch strength (2, 4, 6 or 8 mg).",
           size=8.5, style="I")
    d.clause("3.4", "LEDD: count each 100 mg of immediate-release levodopa as 100 mg; multiply modified-release "
             "levodopa by 0.75; if entacapone is taken, add one third of the levodopa dose taken with it; "
             "ropinirole 1 mg counts as 20 mg; pramipexole (salt) 1 mg counts as 100 mg; rasagiline 1 mg "
             "counts as 100 mg.")
    d.clause("3.5", "Apply the patch to clean, dry, intact skin on the abdomen, thigh, hip or upper arm, using a "
             "different site each day. Remove the patch before MRI scanning or cardioversion, because it has "
             "an aluminium backing. Stop the patch when the first oral dose is given, and restart the usual "
             "oral medicines at the usual times as soon as the patient can swallow.")
    d.h1("4. Medicines to avoid")
    d.para("Many antiemetics and antipsychotics block dopamine and can severely worsen Parkinson's. Use the safer "
           "alternatives:")
    d.grid(["Use", "Avoid", "Safer alternative"],
           [["Nausea and vomiting", "Metoclopramide, prochlorperazine, droperidol",
             "Domperidone 10 mg three times a day (check ECG for QT first) or ondansetron 4 mg (not with "
             "apomorphine)"],
            ["Psychosis, delirium or severe agitation", "Haloperidol, risperidone, olanzapine",
             "Quetiapine 12.5 mg at night (maximum 50 mg a day) or lorazepam 0.5 mg"],
            ["Pain with a MAO-B inhibitor (rasagiline, selegiline)", "Pethidine, tramadol",
             "Paracetamol, then morphine at a low dose"]], [48, 52, 70], size=8.5)
    d.h1("5. Devices and theatre")
    d.clause("5.1", "Apomorphine pumps should be continued during admission and surgery unless the anaesthetist "
             "and Parkinson's team agree otherwise; the patient's own pump settings are used.")
    d.clause("5.2", "Patients with deep brain stimulation must not have monopolar diathermy or MRI without "
             "advice from the neurosurgical team. Do not switch the stimulator off unless advised.")
    d.clause("5.3", "Patients having surgery should have their usual dose on the morning of the operation and be "
             "placed first on the list where possible.")
    d.h1("6. Contacts")
    d.para("Parkinson's nurse specialists: extension 4417, Monday to Friday 08:30 to 16:30. Out of hours: on-call "
           "neurology registrar via switchboard. Medicines information: extension 3350.")
    return d.save("medical/parkinsons_medicines_policy_northcombe.pdf")


# =============================================================================
# 5. Hand, foot and mouth disease leaflet (question-and-answer)
# =============================================================================
def hfmd_leaflet():
    d = Doc("Hand, foot and mouth disease - information for parents and carers", "Leaflet CH-207",
            "Ravenhurst Health Visiting and School Nursing Service", accent=(200, 90, 20), body_size=10.5)
    d.title_block("Hand, foot and mouth disease",
                  "Information for parents and carers of babies and children. Please keep this leaflet; it "
                  "tells you how to look after your child at home and when to get help.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is hand, foot and mouth disease?",
       "Hand, foot and mouth disease is a common, mild illness caused by a virus. It mostly affects children "
       "under 10, but older children and adults can catch it too. It usually lasts 7 to 10 days and gets better "
       "on its own.")
    qa("What are the signs?",
       "For the first day or two your child may have a sore throat, a high temperature and not want to eat. "
       "Then painful mouth ulcers appear, followed by a rash of spots on the hands and feet, and sometimes on "
       "the bottom, legs or groin. The spots can turn into small blisters. On brown and black skin the spots "
       "may be harder to see and can look grey, purple or darker than the skin around them.")
    qa("My child's nails are coming off - is that normal?",
       "Yes. A few weeks after the illness, some children lose one or more fingernails or toenails. This is not "
       "painful, and the nails grow back normally without treatment.")
    qa("How does it spread, and how soon do symptoms start?",
       "The virus spreads in coughs and sneezes, in the fluid from the blisters, and in poo. Symptoms usually "
       "start 3 to 5 days after catching it. Your child is most infectious in the first 5 days of symptoms, but "
       "the virus can stay in their poo for several weeks after they are better.")
    qa("Does my child need to stay off nursery or school?",
       "There is no need to keep your child off nursery or school once they feel well enough to go, even if "
       "they still have spots or blisters. Keep them at home while they have a high temperature or feel too "
       "unwell to join in. Let the nursery or school know, so they can watch for other cases.")
    qa("How can I look after my child at home?",
       "There is no medicine that cures it. Antibiotics will not help, because it is caused by a virus. You "
       "can give paracetamol or ibuprofen to ease pain and fever, following the dose on the packet for your "
       "child's age. Never give aspirin to children under 16. Mouth ulcer gels that contain choline salicylate "
       "are not suitable for children under 16; ask your pharmacist about a mouth spray instead. Offer soft, "
       "cool foods such as yoghurt, and avoid acidic or salty foods and drinks, such as orange juice and "
       "crisps, which sting the ulcers.")
    qa("How much should my child drink?",
       "A sore mouth can stop children drinking. Offer small drinks often, through a straw if that is easier. "
       "Cool water and milk are best. As a guide, aim for these amounts over a day:")
    d.grid(["Age", "Aim to drink each day", "Signs they are drinking enough"],
           [["6 to 12 months", "Breast or formula milk as usual, plus sips of cooled boiled water",
             "At least 6 wet nappies in 24 hours"],
            ["1 to 3 years", "About 1 litre (5 cups)", "Wet nappies or a wee every 4 to 6 hours"],
            ["4 to 8 years", "About 1.2 litres (6 cups)", "Pale yellow wee every 4 to 6 hours"],
            ["9 to 13 years", "About 1.6 litres (8 cups)", "Pale yellow wee every 4 to 6 hours"]],
           [32, 78, 60])
    qa("How can we stop it spreading?",
       "Wash hands with soap and water for at least 20 seconds, especially after using the toilet, changing "
       "nappies and before eating. Do not share towels, cups or cutlery. Wash bedding at 60 degrees. Do not "
       "burst the blisters; they dry up on their own.")
    qa("I am pregnant - should I worry?",
       "Usually it causes no harm to you or your baby. If you catch it in the last 3 weeks before your baby is "
       "due, tell your midwife, because your baby may have a mild form of the illness after birth.")
    qa("Can my child get it again?",
       "Yes. Several different viruses cause it, so it is possible to have it more than once.")
    d.h1("When to get help")
    d.grid(["What you notice", "What to do"],
           [["Your child is eating and drinking a little and is alert between doses of paracetamol",
             "Look after them at home"],
            ["Symptoms have not started to get better after 10 days; your child is drinking much less or has "
             "had no wee for 12 hours; a baby under 3 months has a temperature of 38 degrees C or more",
             "Call your GP practice or NHS 111 the same day"],
            ["Your child has a fit, a stiff neck, is very floppy or hard to wake, or has difficulty breathing",
             "Call 999 or go to A&E"]], [110, 60])
    d.para("Health visiting duty line (Monday to Friday, 09:00 to 17:00): 01632 960 358.", size=9.5, style="B")
    return d.save("medical/hand_foot_mouth_leaflet_ravenhurst.pdf")


# =============================================================================
# 6. A child's preventer inhaler step-down plan
# =============================================================================
def step_down_plan():
    d = Doc("Preventer inhaler step-down plan - Amara Whitlock", "Tallowmead Surgery, Children's Asthma Clinic",
            "Tallowmead Surgery - Practice Nurse Asthma Clinic", accent=(30, 100, 160), body_size=10)
    d.title_block("Stepping down Amara's preventer inhaler",
                  "A plan for Amara and her parents, agreed at the asthma clinic on Monday 1 March 2027. "
                  "Keep it with Amara's asthma action plan.")
    d.grid(["About Amara", "Details"],
           [["Name", "Amara Whitlock"],
            ["Date of birth", "14 September 2018 (8 years)"],
            ["Weight", "27 kg"],
            ["Preventer", "Beclometasone 100 micrograms per puff inhaler, always used with her spacer"],
            ["Reliever", "Salbutamol 100 micrograms per puff inhaler, with her spacer, when needed"],
            ["Other medicines", "Cetirizine 5 mg once a day from April to August (hay fever)"],
            ["Asthma nurse", "Fenella Ashdown, Tallowmead Surgery, 01632 960 644"]], [40, 130],
           bold_first_col=True)
    d.h1("Why are we stepping down?")
    d.para("Amara's asthma has been well controlled for more than 6 months. When asthma is well controlled, we "
           "try to find the lowest dose of preventer that keeps it controlled. Stepping down is done slowly, one "
           "step at a time, with a check before each step.")
    d.h1("Before each step down, check that in the last 12 weeks Amara has:")
    d.bullets(["needed her reliever on no more than 2 days a week;",
               "not woken at night with cough or wheeze;",
               "not needed a course of steroid tablets or an urgent visit for asthma;",
               "not missed school because of asthma."])
    d.para("Do not step down within 4 weeks of a cold or chest infection. If any of the checks is not met, stay "
           "on the current step and ring the asthma nurse.")
    d.h1("The steps")
    d.grid(["Step", "Dates", "Preventer dose", "Total per day"],
           [["Step 3 (now)", "Until Saturday 6 March 2027", "2 puffs twice a day", "400 micrograms"],
            ["Step 2", "Sunday 7 March to Saturday 29 May 2027 (12 weeks)", "1 puff twice a day",
             "200 micrograms"],
            ["Step 1", "From Sunday 30 May 2027, if the checks are met at the review", "1 puff at night",
             "100 micrograms"]], [28, 68, 40, 34])
    d.para("* Keep giving the reliever when needed at every step. Do not stop the preventer completely without a "
           "review: at Step 1 the nurse will decide with you whether to carry on at that dose.", size=9,
           style="I")
    d.h1("Reviews")
    d.clause("R1", "End of Step 2: review with Fenella Ashdown on Thursday 27 May 2027 at 16:10 (height, weight, "
             "inhaler technique, and whether to move to Step 1).", numw=10)
    d.clause("R2", "12 weeks into Step 1: review on Thursday 19 August 2027 at 16:10.", numw=10)
    d.h1("When to step back up")
    d.para("If Amara needs her reliever on 3 or more days a week for 2 weeks in a row, or wakes at night with "
           "cough or wheeze more than once in a week, go back to the previous step and book a review within 2 "
           "weeks. Do not go higher than Step 3 without speaking to the nurse or GP.")
    d.para("Amara's hay fever usually makes June and July harder. If her asthma gets worse in the pollen season, "
           "go back to the previous step; you do not need to wait for the review.")
    d.h1("If Amara has an asthma attack")
    d.para("Signs: her reliever is not helping, or she needs it more than every 4 hours; she is too breathless "
           "to talk, eat or sleep; her breathing is fast or her chest is sucking in.", style="B")
    d.bullets(["Sit her up and give 1 puff of reliever through the spacer every 30 to 60 seconds, up to 10 puffs.",
               "If she is not better after 10 puffs, or you are worried at any time, call 999.",
               "If the ambulance has not arrived in 10 minutes, give another 10 puffs in the same way.",
               "Even if she gets better, she needs to be seen by a GP or nurse the same day. She may need a "
               "short course of steroid tablets."])
    d.h1("Looking after the inhalers and spacer")
    d.bullets(["After each dose of preventer, Amara should rinse her mouth with water or brush her teeth, to "
               "help prevent a hoarse voice and oral thrush.",
               "Wash the spacer once a month in warm soapy water and let it dry in the air without rinsing or "
               "wiping it. Replace the spacer every 12 months.",
               "Check the dose counter and get a new preventer inhaler when it reads 20.",
               "School keeps a reliever and spacer in the office; her school asthma card has been updated "
               "with this plan."])
    return d.save("medical/ics_step_down_plan_whitlock.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([inflatable_hire_terms, home_care_agreement, ev_charger_contract,
                       parkinsons_policy, hfmd_leaflet, step_down_plan], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
