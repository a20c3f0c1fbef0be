"""Render the twenty-third development-set documents (fictional) as PDFs into bench/dev23/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a piano
hire agreement with an option to purchase (monthly charges by instrument category, hire credit by month of
purchase, a delivery and technician schedule after the signatures), a private lawn tennis club's membership
terms (fees by age category, part-year fees by joining date, court booking, guests, floodlights,
resignation and refunds), a campervan conversion contract (staged payments, variations, delay
compensation, cancellation charges by notice, warranty by component, a specification schedule after the
signatures), a coeliac disease gluten-free diet leaflet in question-and-answer form with a prescription
units table by age, a child's methylphenidate titration plan for a named (invented) child, and a cellulitis
antibiotic guideline for clinicians (severity classes, antibiotic choices, vancomycin loading dose by
weight, IV-to-oral switch, recurrent cellulitis). Questions: bench/dev23/questions.jsonl. All names,
products and numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev23/make_dev23.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 2, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 23 (fictional document)", "make_dev23.py", FIXED_DATE)


# =============================================================================
# 1. Piano hire agreement with option to purchase
# =============================================================================
def piano_hire():
    d = Doc("Piano Hire Agreement - Cadenza & Wheelwright", "Agreement no. CW-H-40417",
            "Cadenza & Wheelwright Pianos Ltd - Hire Department", font="Times", accent=(90, 40, 20),
            body_size=10.5)
    d.title_block("PIANO HIRE AGREEMENT (WITH OPTION TO PURCHASE)",
                  "Dated 14 September 2026, between Cadenza & Wheelwright Pianos Ltd, 22 Tanner's Yard, "
                  "Ellesborough EB4 7QT (\"we\", \"us\", the \"Owner\") and Mrs Harriet Penhaligon, 7 Quillet "
                  "Road, Ellesborough EB2 9LN (\"you\", the \"Hirer\")")
    d.grid(["Hire details", ""],
           [["Instrument", "Brunswick B112 upright piano, polished ebony, serial no. 6604127, with matching "
             "adjustable stool"],
            ["Hire category", "Category B (new upright, up to 121 cm high)"],
            ["Monthly hire charge", "GBP 58.00, payable monthly in advance by direct debit"],
            ["Purchase Price (list price at the Start Date)", "GBP 4,890.00"],
            ["Refundable deposit", "GBP 150.00"],
            ["Delivery address and access", "7 Quillet Road; ground floor, 3 steps at the front door"],
            ["Start Date", "Thursday 1 October 2026"]], [62, 108])
    d.h1("1. Definitions")
    d.clause("1.1", "\"Instrument\" means the piano and stool described above, with any parts we fit. \"Start "
             "Date\" means the date of delivery. \"Hire Period\" means the period from the Start Date until "
             "the Instrument is collected or bought. \"Minimum Hire Period\" means the first 6 months of the "
             "Hire Period, or the first 12 months for Categories E and F.")
    d.clause("1.2", "\"Purchase Price\" means the list price shown above, which is fixed for 12 months from the "
             "Start Date and after that is our list price for the same model on the date you exercise the "
             "option. \"Hire Credit\" means the part of the hire charges paid that is deducted from the "
             "Purchase Price under clause 4.")
    d.h1("2. Hire charges")
    d.clause("2.1", "The monthly hire charge depends on the category of instrument:")
    d.grid(["Category", "Instrument", "Monthly hire charge", "Minimum Hire Period"],
           [["A", "Reconditioned upright", "GBP 39.00", "6 months"],
            ["B", "New upright, up to 121 cm high", "GBP 58.00", "6 months"],
            ["C", "New upright, over 121 cm high", "GBP 74.00", "6 months"],
            ["D", "Digital piano with stand and bench", "GBP 32.00", "6 months"],
            ["E", "Baby grand, up to 160 cm long", "GBP 165.00", "12 months"],
            ["F", "Grand, over 160 cm long", "GBP 240.00", "12 months"]], [20, 70, 40, 40])
    d.para("* A teacher discount of 10% off the monthly hire charge applies to Categories A to D while the "
           "Hirer, or a child living with the Hirer, has weekly lessons with a teacher on our Teacher Scheme. "
           "The discount does not apply to grand pianos.", size=8.5, style="I")
    d.clause("2.2", "Hire charges are collected on the 1st of each month. If a payment is more than 7 days late "
             "we charge a late payment fee of GBP 12. If 2 monthly payments are unpaid we may end the hire under "
             "clause 9.3 and collect the Instrument after giving you 14 days' written notice.")
    d.clause("2.3", "We may increase the monthly hire charge once a year, from the first anniversary of the Start "
             "Date, on 30 days' written notice, by no more than 4%.")
    d.h1("3. Deposit")
    d.clause("3.1", "The deposit is held against unpaid charges and damage. It is refunded within 14 days after "
             "the Instrument is collected, less any sums you owe us, or deducted from the Purchase Price if you "
             "buy the Instrument.")
    d.h1("4. Option to purchase")
    d.clause("4.1", "You may buy the Instrument at any time during the Hire Period by paying the Purchase Price "
             "less the Hire Credit. The Hire Credit is a percentage of the hire charges you have paid, which "
             "depends on the month of the Hire Period in which you exercise the option:")
    d.grid(["Option exercised in", "Hire Credit (share of hire charges paid)"],
           [["Months 1 to 6", "100% of hire charges paid"],
            ["Months 7 to 12", "75% of hire charges paid"],
            ["Months 13 to 24", "50% of hire charges paid"],
            ["Month 25 or later", "25% of hire charges paid"]], [70, 100])
    d.para("* The Hire Credit is capped at 40% of the Purchase Price. The delivery charge, late payment fees and "
           "tuning charges are not credited. Digital pianos (Category D) earn Hire Credit for the first 12 "
           "months only.", size=8.5, style="I")
    d.clause("4.2", "Ownership passes to you when we receive the full balance. Our 5-year guarantee on new "
             "instruments runs from the Start Date, not from the date of purchase.")
    d.h1("5. Delivery, where the Instrument is kept, and moving it")
    d.clause("5.1", "You pay the delivery charge in the Schedule before delivery. Our removers need clear access; "
             "if the Instrument cannot be delivered because the access is different from what you told us, "
             "you pay a wasted journey charge of GBP 95.")
    d.clause("5.2", "You must keep the Instrument at the delivery address, indoors, in a room kept between 15 and "
             "24 degrees C with relative humidity between 40% and 65%, at least 1 metre from any radiator, "
             "fire or heater, and out of direct sunlight. It must not be kept in a conservatory, garage or "
             "outbuilding.")
    d.clause("5.3", "You must not move the Instrument, even within the same property, except by our removers at "
             "the rates in the Schedule, and you must never take it outside the United Kingdom.")
    d.h1("6. Tuning and care")
    d.clause("6.1", "We will tune the Instrument free of charge once, between 6 and 8 weeks after delivery (the "
             "\"settling tune\"). After that you arrange tuning with our technicians at the rate in the "
             "Schedule; we recommend tuning every 6 months. Digital pianos need no tuning.")
    d.clause("6.2", "Only our technicians may tune, regulate or repair the Instrument. Do not place drinks, "
             "plants or vases on it.")
    d.h1("7. Loss and damage")
    d.clause("7.1", "The Instrument remains our property until you buy it. You are responsible for its loss or "
             "damage from delivery until collection, except fair wear and tear, and must insure it for its "
             "full Purchase Price under your home contents insurance, telling your insurer that it is on hire.")
    d.clause("7.2", "If the Instrument is damaged, you pay the reasonable cost of repair. If it is lost, stolen "
             "or beyond economic repair, you pay the Purchase Price less the Hire Credit that would apply "
             "under clause 4.1 on that date.")
    d.h1("8. Cancellation")
    d.clause("8.1", "If this agreement was made away from our showroom (for example online or by telephone), you "
             "may cancel it within 14 days after delivery by telling us in writing. We refund the hire charges "
             "and the deposit within 14 days, but you pay the collection charge in the Schedule.")
    d.h1("9. Ending the hire")
    d.clause("9.1", "After the Minimum Hire Period you may end the hire by giving us 1 month's written notice. "
             "You pay the collection charge in the Schedule, and hire charges until the Instrument is "
             "collected.")
    d.clause("9.2", "If you end the hire during the Minimum Hire Period, you must pay the hire charges for the "
             "rest of the Minimum Hire Period as well as the collection charge.")
    d.clause("9.3", "We may end the hire by written notice if you break clause 2.2, 5 or 6 and do not put it "
             "right within 14 days of our written request.")
    d.h1("10. Law")
    d.clause("10.1", "This agreement is governed by the law of England and Wales. Nothing in it affects your "
             "statutory rights as a consumer.")
    d.signature_block(["Signed for Cadenza & Wheelwright Pianos Ltd by Leopold Wheelwright, Director",
                       "Signed by the Hirer, Mrs Harriet Penhaligon"])
    d.h1("SCHEDULE - DELIVERY, MOVING AND TECHNICIAN CHARGES")
    d.para("All charges include VAT. Delivery and collection charges are per journey; one flight means up to 14 "
           "steps.")
    d.grid(["Service", "Upright or digital piano", "Baby grand or grand"],
           [["Delivery or collection, ground floor (up to 10 steps)", "GBP 145", "GBP 260"],
            ["Each further flight of stairs", "GBP 40", "GBP 85"],
            ["Spiral or narrow staircase, crane or window lift", "Quoted after survey", "Quoted after survey"],
            ["Move to another room at the same address", "GBP 90", "GBP 150"],
            ["Move to another address within 25 miles", "GBP 185", "GBP 340"],
            ["Move to another address over 25 miles", "GBP 185 plus GBP 2.10 per mile over 25 miles",
             "GBP 340 plus GBP 3.20 per mile over 25 miles"]], [80, 45, 45])
    d.grid(["Technician service", "Charge"],
           [["Tuning (after the free settling tune)", "GBP 75 per visit"],
            ["Urgent call-out (visit within 48 hours)", "GBP 95 plus parts"],
            ["Regulation or voicing", "GBP 60 per hour"],
            ["Replacement key top or string", "GBP 18 per item plus the visit charge"]], [110, 60])
    d.para("Saturday deliveries carry a supplement of GBP 30. No deliveries on Sundays or public holidays.",
           size=9, style="I")
    return d.save("legal/piano_hire_agreement_cadenza_penhaligon.pdf")


# =============================================================================
# 2. Lawn tennis club membership terms
# =============================================================================
def tennis_club():
    d = Doc("Ashdown Lees Lawn Tennis Club - Membership Terms 2027/28", "Adopted at the AGM, 18 February 2027",
            "Ashdown Lees Lawn Tennis Club (a members' club) - Membership Secretary", accent=(20, 100, 50))
    d.title_block("MEMBERSHIP TERMS AND FEES 2027/28",
                  "These terms apply to every member of Ashdown Lees Lawn Tennis Club (the \"Club\") for the "
                  "Membership Year starting 1 April 2027. They form part of the Club Rules.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Membership Year\" means 1 April to 31 March. \"Playing Member\" means a member in any "
             "category except Social. \"Peak Hours\" means 17:00 to 21:00 Monday to Friday and 08:00 to 13:00 "
             "on Saturdays, Sundays and bank holidays; all other opening hours are \"Off-Peak\". \"Committee\" "
             "means the Club's elected management committee. \"Guest\" means a person who is not a member and "
             "plays with a member under rule 6.")
    d.h1("2. Membership categories and annual fees")
    d.clause("2.1", "The category is decided by the member's age on 1 April of the Membership Year. Fees are "
             "agreed each year at the AGM.")
    d.grid(["Category", "Age on 1 April", "Annual fee", "Joining fee"],
           [["Adult", "26 and over", "GBP 395", "GBP 100"],
            ["Young Adult", "19 to 25", "GBP 210", "GBP 50"],
            ["Junior", "11 to 18", "GBP 95", "None"],
            ["Mini", "10 and under", "GBP 55", "None"],
            ["Family (2 adults and their juniors and minis at one address)", "Any", "GBP 890", "GBP 150"],
            ["Senior Off-Peak (plays Off-Peak only)", "65 and over", "GBP 265", "GBP 50"],
            ["Social (non-playing)", "18 and over", "GBP 45", "None"]], [70, 30, 35, 35])
    d.para("* Full-time students aged 19 to 25 pay the Junior fee on showing a current student card. The joining "
           "fee is waived for a former member who rejoins within 2 years of leaving.", size=8.5, style="I")
    d.h1("3. Paying the fees")
    d.clause("3.1", "Annual fees are due by 30 April. A Playing Member may instead pay by monthly direct debit in "
             "12 instalments, which adds 5% to the annual fee. A member who pays monthly is committed to the "
             "whole Membership Year.")
    d.clause("3.2", "A member whose fee is unpaid on 31 May loses booking rights until it is paid, and is "
             "removed from membership if it is still unpaid on 30 June.")
    d.clause("3.3", "New members joining after the start of the Membership Year pay part of the annual fee, "
             "according to the date their application is accepted, and the joining fee in full:")
    d.grid(["Application accepted", "Share of the annual fee payable"],
           [["1 April to 30 June", "100%"],
            ["1 July to 30 September", "80%"],
            ["1 October to 31 December", "55%"],
            ["1 January to 31 March", "35%"]], [80, 80])
    d.h1("4. Court booking")
    d.clause("4.1", "The Club has 6 courts: courts 1 to 4 are floodlit artificial grass and courts 5 and 6 are "
             "hard courts without lights. Courts are booked through the Club app. Adults may book up to 7 days "
             "ahead; Juniors and Minis up to 3 days ahead.")
    d.clause("4.2", "Bookings are 60 minutes for singles and 90 minutes for doubles. A member may hold no more "
             "than one Peak Hours booking on any day.")
    d.clause("4.3", "A booking not used and not cancelled at least 2 hours before its start is a \"no-show\". A "
             "member with 2 no-shows in any 30 days loses booking rights for 14 days.")
    d.clause("4.4", "Floodlights are paid for through the app at GBP 4.50 per court per hour. Floodlights must "
             "be switched off by 22:00.")
    d.clause("4.5", "Juniors under 14 may play only when an adult member is on site, unless they are taking part "
             "in a coached session.")
    d.h1("5. Club sessions and coaching")
    d.clause("5.1", "Club sessions (mixed doubles) run on Wednesday evenings and Sunday mornings, when courts 1 "
             "to 3 cannot be booked. Coaching is provided by Lees Tennis Academy, an independent business, "
             "which sets and collects its own fees; members have priority for places.")
    d.h1("6. Guests")
    d.clause("6.1", "A Playing Member may bring a Guest to play up to 6 times in a Membership Year. The same Guest "
             "may play no more than 3 times in a Membership Year, whoever invites them.")
    d.clause("6.2", "The guest fee is GBP 8 per visit (GBP 4 for a Guest aged 18 or under), paid through the app "
             "before play. Guests may not play during Peak Hours on Saturdays or on Club tournament days.")
    d.h1("7. Dress and conduct")
    d.clause("7.1", "Tennis shoes with non-marking soles must be worn on all courts; running shoes are not "
             "allowed on the artificial grass. The Club's Code of Conduct and safeguarding policy apply to all "
             "members and Guests.")
    d.h1("8. Fobs and lockers")
    d.clause("8.1", "Each Playing Member is issued with a gate fob on payment of a refundable deposit of GBP 15. "
             "A lost fob is replaced for GBP 20, and the deposit is refunded when the fob is returned on "
             "leaving. Lockers may be rented for GBP 30 a Membership Year.")
    d.h1("9. Resignation and refunds")
    d.clause("9.1", "A member may resign at any time by writing to the Membership Secretary. Fees are not "
             "refundable, except as set out in rules 9.2 and 9.3.")
    d.clause("9.2", "Medical refund: a member who cannot play for 3 months or more because of injury, illness or "
             "pregnancy, and who sends a letter from a doctor or physiotherapist, may choose either a refund "
             "of the fee for the unused whole months, less an administration charge of GBP 20, or to carry "
             "those months forward to the next Membership Year.")
    d.clause("9.3", "A member who moves home more than 30 miles from the Club receives a refund of the fee for "
             "the unused whole quarters of the Membership Year. Joining fees are never refunded.")
    d.h1("10. Discipline")
    d.clause("10.1", "The Committee may suspend a member for up to 3 months, or expel a member by a vote of "
             "two-thirds of the Committee members present, for a breach of the Club Rules or the Code of "
             "Conduct. A member may appeal in writing to the Club President within 14 days of the decision. "
             "No fees are refunded on suspension or expulsion.")
    d.h1("11. Liability")
    d.clause("11.1", "Members and Guests play at their own risk. The Club is not responsible for loss of or "
             "damage to property left at the Club, except where caused by the Club's negligence.")
    d.h1("APPENDIX - OPENING HOURS AND CLUBHOUSE")
    d.grid(["Period", "Courts open", "Clubhouse bar"],
           [["Summer season (1 April to 30 September)", "07:00 to 22:00 every day", "18:00 to 22:30 Tuesday to "
             "Friday; 12:00 to 22:30 Saturday and Sunday"],
            ["Winter season (1 October to 31 March)", "08:00 to 21:30 every day", "19:00 to 22:00 Wednesday "
             "and Friday; 12:00 to 17:00 Sunday"],
            ["Christmas Day and Boxing Day", "Closed", "Closed"]], [60, 45, 65])
    d.para("* Courts 5 and 6 close at dusk. Courts may be closed by the Committee when frozen or waterlogged; "
           "check the app before travelling.", size=8.5, style="I")
    return d.save("legal/tennis_club_membership_ashdown_lees.pdf")


# =============================================================================
# 3. Campervan conversion contract
# =============================================================================
def van_conversion():
    d = Doc("Campervan Conversion Contract - Driftline / Halloway", "Contract DL-2027-018",
            "Driftline Conversions Ltd, Unit 9 Colliers Way, Tregarrick - Ms Kirsty Halloway",
            accent=(0, 90, 110), body_size=10)
    d.title_block("CAMPERVAN CONVERSION CONTRACT",
                  "Dated 2 November 2026, between Driftline Conversions Ltd, company no. 11873025 (the "
                  "\"Converter\") and Ms Kirsty Halloway of 14 Penmarrow Close, Tregarrick (the \"Customer\")")
    d.grid(["Key details", ""],
           [["Base Vehicle", "Customer's long-wheelbase panel van, registration KX22 VNR, first registered "
             "March 2022, 41,300 miles"],
            ["Conversion", "Four-berth-seat, two-berth-bed conversion to the Specification in Schedule 1"],
            ["Contract Price", "GBP 38,600 including VAT"],
            ["Build Slot", "Starts Monday 11 January 2027 (Base Vehicle to be delivered to the workshop by "
             "09:00)"],
            ["Completion Date", "Friday 26 March 2027"]], [40, 130])
    d.h1("1. Definitions")
    d.clause("1.1", "\"Base Vehicle\" means the vehicle described above, supplied by the Customer. \"Works\" "
             "means the conversion of the Base Vehicle to the Specification. \"Specification\" means Schedule "
             "1, as changed by any Variation. \"Variation\" means a change to the Specification agreed in "
             "writing under clause 4. \"First Fix\" means the stage at which insulation, cabling, gas pipework "
             "and water pipework are installed before the furniture is fitted. \"Handover\" means the return "
             "of the converted vehicle to the Customer.")
    d.h1("2. Price and payments")
    d.clause("2.1", "The Contract Price is payable in stages, by bank transfer within 7 days of our invoice:")
    d.grid(["Stage", "When due", "Share", "Amount"],
           [["1. Booking deposit", "On signing this contract", "10%", "GBP 3,860"],
            ["2. Vehicle in", "When the Base Vehicle is delivered to the workshop", "30%", "GBP 11,580"],
            ["3. First Fix", "When First Fix is complete (we send photographs)", "30%", "GBP 11,580"],
            ["4. Balance", "Before Handover, with any Variations", "30%", "GBP 11,580"]], [35, 80, 20, 35])
    d.clause("2.2", "We will not start a stage until the payment for the previous stage has been received. Title "
             "to the parts we fit passes to the Customer when they are paid for. We may keep the vehicle until "
             "the balance is paid.")
    d.h1("3. The Base Vehicle")
    d.clause("3.1", "The Customer must deliver the Base Vehicle on the first day of the Build Slot with a valid "
             "MOT, both keys and the V5C, and free of personal belongings. If it arrives more than 5 working "
             "days late we may move the Works to our next free Build Slot.")
    d.clause("3.2", "We inspect the Base Vehicle on arrival. Rust, mechanical faults or previous damage found are "
             "reported to the Customer with a quote; we are not responsible for them or for delays while the "
             "Customer decides.")
    d.clause("3.3", "While the Base Vehicle is at our premises it is covered by our motor trade insurance for up "
             "to GBP 60,000. The Customer keeps the vehicle taxed. We will weigh the vehicle after First Fix "
             "and tell the Customer if the estimated payload left is less than 300 kg.")
    d.h1("4. Variations")
    d.clause("4.1", "The Customer may ask for changes to the Specification in writing. We will reply with a "
             "Variation note stating the price and any change to the Completion Date; the Variation applies "
             "only when the Customer accepts the note in writing.")
    d.clause("4.2", "Variations asked for after First Fix carry an administration charge of GBP 75 each, in "
             "addition to their price. Parts already fitted and removed because of a Variation are charged at "
             "cost and returned to the Customer.")
    d.h1("5. Completion and delay")
    d.clause("5.1", "We will use reasonable efforts to finish the Works by the Completion Date, as moved by "
             "Variations or by delays caused by the Customer or by events outside our reasonable control.")
    d.clause("5.2", "If the Works are finished more than 14 days after the Completion Date for a reason within "
             "our control, we will pay the Customer GBP 40 for each further day of delay, up to a maximum of "
             "GBP 2,000.")
    d.clause("5.3", "If the delay within our control exceeds 60 days, the Customer may end this contract by "
             "written notice. We then refund all payments for work not yet done and return the Base Vehicle "
             "with the parts already fitted at no charge for their removal.")
    d.h1("6. Cancellation by the Customer")
    d.clause("6.1", "The Customer may cancel this contract by written notice. The cancellation charge depends "
             "on when the notice is received:")
    d.grid(["Notice received", "Cancellation charge"],
           [["More than 90 days before the Build Slot starts", "GBP 500; the rest of the deposit is refunded"],
            ["30 to 90 days before the Build Slot starts", "The whole booking deposit (10%)"],
            ["Fewer than 30 days before the Build Slot starts", "The booking deposit plus 5% of the Contract "
             "Price"],
            ["After the Build Slot has started", "All stage payments due to date, plus the cost of parts "
             "ordered and work done since the last stage"]], [80, 90])
    d.para("* Because the Works are made to the Customer's specification, the 14-day cancellation period for "
           "off-premises contracts ends when the Build Slot starts, if that is sooner, as the Customer has "
           "asked for work to begin.", size=8.5, style="I")
    d.h1("7. Handover")
    d.clause("7.1", "We give the Customer 5 working days' notice that the Works are finished. At Handover we "
             "demonstrate every system and give the Customer a Gas Safe certificate for the LPG installation, "
             "an electrical installation certificate and the user manuals.")
    d.clause("7.2", "If the vehicle is not collected within 10 working days after our notice, we charge storage "
             "of GBP 25 a day.")
    d.clause("7.3", "We will apply to the DVLA to change the body type to \"motor caravan\" if the Customer asks, "
             "for a fee of GBP 120, but we do not guarantee that the DVLA will agree.")
    d.h1("8. Warranty")
    d.clause("8.1", "We warrant the Works against defects in materials and workmanship for the periods below, "
             "from Handover:")
    d.grid(["Part of the Works", "Warranty period"],
           [["Furniture, fixings and upholstery", "3 years"],
            ["12 V and 230 V electrical installation (our wiring)", "2 years"],
            ["Water system, tanks and pump", "12 months"],
            ["Gas installation", "12 months, if it has an annual gas safety check"],
            ["Windows, roof vent and roof fan (fitting and sealing)", "2 years"],
            ["Leisure battery, solar panel, heater and fridge (the appliances)", "The manufacturer's warranty, "
             "which we pass to the Customer"]], [95, 75])
    d.clause("8.2", "The warranty does not cover damage from frost when the water system has not been drained, "
             "changes made by anyone else, off-road use, or normal wear and tear. Warranty work is done at our "
             "workshop; the Customer pays the cost of bringing the vehicle to us.")
    d.h1("9. Liability")
    d.clause("9.1", "Our total liability under this contract is limited to the Contract Price. We are not liable "
             "for faults in the Base Vehicle that were not caused by the Works, or for loss of use or holiday "
             "costs, except for the delay payments in clause 5.2. Nothing in this contract limits the "
             "Customer's statutory rights.")
    d.h1("10. Complaints and law")
    d.clause("10.1", "Complaints should be made in writing to the Converter's director; we reply within 10 working "
             "days. This contract is governed by the law of England and Wales.")
    d.signature_block(["Signed for Driftline Conversions Ltd by Morwenna Pascoe, Director",
                       "Signed by the Customer, Ms Kirsty Halloway"])
    d.h1("SCHEDULE 1 - SPECIFICATION")
    d.grid(["Item", "Specification"],
           [["Insulation and lining", "20 mm closed-cell foam on walls and roof; plywood floor with vinyl; "
             "felt-lined walls"],
            ["Windows and ventilation", "2 bonded side windows, 1 rear window, 1 roof vent with a reversible "
             "12 V fan"],
            ["Seating and bed", "Rock-and-roll bed 120 cm wide, with 2 forward-facing travel seats with 3-point "
             "belts; swivel front passenger seat"],
            ["Kitchen", "2-burner gas hob with glass lid, stainless sink, 70-litre compressor fridge"],
            ["Water", "45-litre fresh water tank inside, 35-litre waste tank under the floor, 12 V pump, no "
             "hot water"],
            ["Electrical", "200 Ah lithium leisure battery, 300 W solar panel, 2,000 W inverter, 30 A "
             "battery-to-battery charger, mains hook-up with 2 sockets, 6 USB points, LED lighting"],
            ["Heating", "2 kW diesel air heater running from the vehicle tank"],
            ["Gas", "One 6 kg refillable LPG cylinder in a sealed, vented locker, with external filler"],
            ["Finish", "Oak-effect cabinets, grey upholstery, blackout blinds on all windows"]], [40, 130])
    d.para("Items not listed (for example an awning, toilet, bike rack or hot water) are not included and can be "
           "added only by a Variation.", size=9, style="I")
    return d.save("legal/campervan_conversion_driftline_halloway.pdf")


# =============================================================================
# 4. Coeliac disease gluten-free diet leaflet (question-and-answer)
# =============================================================================
def coeliac_leaflet():
    d = Doc("Living gluten-free with coeliac disease", "Leaflet DIET-044, reviewed January 2027",
            "Kestrelmoor Community Health Services - Nutrition and Dietetics", accent=(150, 90, 0),
            body_size=10)
    d.title_block("Living gluten-free with coeliac disease",
                  "Information for adults newly diagnosed with coeliac disease, from the Kestrelmoor dietitians. "
                  "Bring this leaflet to your first dietitian appointment.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is coeliac disease?",
       "Coeliac disease is an autoimmune condition. When you eat gluten - a protein found in wheat, barley and "
       "rye - your immune system damages the lining of your small intestine, so food is not absorbed properly. "
       "It is not an allergy or an intolerance, and it is treated by diet alone.")
    qa("Do I have to be gluten-free for life?",
       "Yes. The only treatment is a strict gluten-free diet for life. Even small amounts of gluten eaten "
       "regularly damage the gut, whether or not they give you symptoms, and raise the long-term risk of "
       "thinning bones (osteoporosis) and some cancers of the bowel. Most people feel better within a few "
       "weeks, but the gut lining can take 1 to 2 years to heal fully.")
    qa("How do I read food labels?",
       "Wheat, barley and rye (and spelt and kamut, which are types of wheat) must be shown in bold in the "
       "ingredients list. Foods labelled \"gluten-free\" contain no more than 20 parts per million (ppm) of "
       "gluten and are safe. \"May contain\" warnings are voluntary: avoid foods that say they may contain "
       "gluten. Foods labelled \"very low gluten\" (up to 100 ppm) are not suitable unless your dietitian "
       "says otherwise.")
    qa("Which foods are safe?",
       "Use the table as a guide. Always check the label of any processed food, every time you buy it, because "
       "recipes change.")
    d.grid(["Naturally gluten-free", "Contain gluten - avoid", "Check the label"],
           [["Rice, potatoes, maize (corn), quinoa, buckwheat, millet, polenta",
             "Wheat, barley, rye, spelt, couscous, semolina, bulgur wheat",
             "Sausages, burgers, stock cubes, gravy, soups, sauces"],
            ["Fresh meat, fish, eggs, milk, cheese, plain yoghurt",
             "Ordinary bread, pasta, cakes, biscuits, pastry, breakfast cereals",
             "Ready meals, crisps, chocolate, baking powder"],
            ["Fruit, vegetables, pulses, nuts, seeds",
             "Batter and breadcrumbs, barley water, malted milk drinks",
             "Soy sauce (many contain wheat), salad dressings"],
            ["Wine, cider, spirits, gluten-free beer", "Ordinary beer, lager, ale and stout",
             "Oats (see below)"]], [57, 57, 56], size=8.5)
    d.para("* Malt vinegar is made from barley but is safe, because the amount of gluten left is too small to "
           "matter. Malt extract used in breakfast cereals is not safe.", size=8.5, style="I")
    qa("Can I eat oats?",
       "Oats do not contain gluten, but ordinary oats are usually contaminated with wheat. Only oats labelled "
       "gluten-free are suitable. A small number of people also react to a protein in oats called avenin, so "
       "we advise leaving out all oats until your symptoms have settled, and for at least the first 6 months. "
       "Then try gluten-free oats, up to 50 g a day, and tell your dietitian if symptoms come back.")
    qa("How do I avoid cross-contamination at home?",
       "Crumbs are enough to cause harm. Use a separate toaster, or toaster bags. Keep separate butter, jam and "
       "spreads, or use squeezy bottles. Clean worktops, boards and utensils before preparing your food. Do "
       "not fry food in oil that has been used for battered or breaded foods. Wash up as normal - a dishwasher "
       "or hot soapy water removes gluten.")
    qa("Can I get gluten-free food on prescription?",
       "In the Kestrelmoor area, gluten-free bread and gluten-free flour mixes are available on prescription "
       "from your GP; pasta, biscuits and other foods are not. The amount is counted in units each month, "
       "depending on your age and sex. 1 unit is a 400 g loaf of bread; a 500 g pack of flour mix counts as 2 "
       "units. The usual NHS prescription charge applies unless you are exempt.")
    d.grid(["Person", "Units per month"],
           [["Child aged 1 to 3 years", "10 units"],
            ["Child aged 4 to 6 years", "11 units"],
            ["Child aged 7 to 10 years", "13 units"],
            ["Young person aged 11 to 14 years", "15 units"],
            ["Young person aged 15 to 18 years", "18 units"],
            ["Man aged 19 to 59", "18 units"],
            ["Man aged 60 to 74", "16 units"],
            ["Man aged 75 or over", "12 units"],
            ["Woman aged 19 to 74", "14 units"],
            ["Woman aged 75 or over", "12 units"]], [90, 50])
    d.para("* Add 1 unit a month in the third trimester of pregnancy and 4 units a month while breastfeeding.",
           size=8.5, style="I")
    qa("Do I need extra calcium or vitamins?",
       "Adults with coeliac disease need at least 1,000 mg of calcium a day (most adults need 700 mg). Three "
       "portions of dairy food, or calcium-fortified alternatives, give about 700 mg. Take a vitamin D "
       "supplement of 10 micrograms a day from October to March, or all year if you rarely go outdoors. Your "
       "GP may prescribe calcium tablets if your diet does not provide enough.")
    qa("What follow-up will I have?",
       "You will see a dietitian within 6 weeks of diagnosis, and again at 6 months. A blood test (tTG "
       "antibodies) is repeated at 6 months and 12 months after starting the diet, and then once a year at "
       "your annual review with your GP. A bone density (DEXA) scan is offered at diagnosis if you are a "
       "woman past the menopause, a man aged 55 or over, or have had a fracture after a minor fall. Because "
       "coeliac disease can affect the spleen, you will be offered the pneumococcal vaccine and a yearly flu "
       "vaccine.")
    qa("Should my family be tested?",
       "Your parents, brothers, sisters and children have about a 1 in 10 chance of having coeliac disease "
       "and should be offered a blood test, even without symptoms. They must keep eating gluten before the "
       "test - in more than one meal every day for at least 6 weeks - or the result may be falsely negative.")
    qa("What if my symptoms do not get better?",
       "The most common reason is gluten getting into the diet by mistake. Keep a food and symptom diary for 2 "
       "weeks and contact the dietitian. If symptoms continue after 12 months on a strict gluten-free diet, "
       "your GP will refer you back to the gastroenterologist.")
    qa("Eating out and travelling",
       "Tell the staff that you have coeliac disease, not just that you avoid gluten, and ask how the food is "
       "prepared. When travelling, carry a translation card and some gluten-free snacks.")
    d.para("Dietetics advice line: 01632 960 581 (Monday to Friday 09:00 to 16:00).", size=9.5, style="B")
    return d.save("medical/coeliac_gluten_free_leaflet_kestrelmoor.pdf")


# =============================================================================
# 5. Methylphenidate titration plan for a named child
# =============================================================================
def methylphenidate_plan():
    d = Doc("Starting methylphenidate - titration plan", "Community Paediatrics ADHD Service",
            "Harrowby Children's Community Services - ADHD nurse team", accent=(70, 50, 140), body_size=10)
    d.title_block("STARTING METHYLPHENIDATE: YOUR CHILD'S TITRATION PLAN",
                  "Child: Oscar Venning, date of birth 03/05/2017 (age 9)\n"
                  "Paediatrician: Dr Alisha Marchetti   ADHD nurse: Gemma Oduro-Blake")
    d.grid(["Baseline (clinic, 1 September 2026)", ""],
           [["Weight", "28.4 kg (50th centile)"],
            ["Height", "133 cm (50th centile)"],
            ["Blood pressure", "102/64 mmHg"],
            ["Heart rate", "84 beats per minute"],
            ["Medicine", "Methylphenidate immediate-release 5 mg tablets (can be halved along the score line)"],
            ["School", "Larkfield Primary School (lunchtime doses given by the school office)"]], [65, 105])
    d.h1("1. Why a titration plan?")
    d.para("Titration means starting with a low dose and increasing it step by step, each week, to find the "
           "dose that helps Oscar most with the fewest side effects. The plan lasts 4 weeks; we then review "
           "him and decide on his long-term dose. Many children then change to a once-daily modified-release "
           "tablet.")
    d.h1("2. The dose plan")
    d.grid(["Week", "Starting", "Breakfast dose (about 08:00)", "Lunchtime dose (about 12:30)",
            "Total a day"],
           [["Week 1", "Monday 7 September", "5 mg (1 tablet)", "None", "5 mg"],
            ["Week 2", "Monday 14 September", "5 mg (1 tablet)", "5 mg (1 tablet)", "10 mg"],
            ["Week 3", "Monday 21 September", "10 mg (2 tablets)", "5 mg (1 tablet)", "15 mg"],
            ["Week 4", "Monday 28 September", "10 mg (2 tablets)", "10 mg (2 tablets)", "20 mg"]],
           [18, 38, 42, 42, 30])
    d.clause("2.1", "Move up to the next week's dose only if the side effects at the current dose are mild. If "
             "side effects are troublesome, go back to the previous week's dose and call the ADHD nurse; do not "
             "go any higher. If Oscar is already doing well at a lower step, stay on that dose and tell us.")
    d.clause("2.2", "Give each dose with or after food. Do not give any dose after 14:00, as it can stop him "
             "sleeping. Do not go above 20 mg a day without speaking to the team.")
    d.clause("2.3", "Every Friday, you and Oscar's class teacher each fill in the rating scale we gave you and "
             "send it to the ADHD nurse by e-mail. The nurse will phone you on Tuesday of weeks 2 and 4.")
    d.h1("3. Monitoring")
    d.grid(["Check", "When"],
           [["Blood pressure and heart rate", "Before each dose increase (by the school nurse or at the "
             "clinic), then every 6 months"],
            ["Weight", "At the review after titration, then every 3 months until age 10 and every 6 months "
             "after that"],
            ["Height", "Every 6 months, plotted on his growth chart"],
            ["Sleep, appetite, mood and tics", "At every contact"]], [60, 110])
    d.para("* Contact the ADHD nurse if Oscar's resting heart rate is over 120 beats per minute on two "
           "readings, or if he loses weight.", size=8.5, style="I")
    d.h1("4. Side effects")
    d.clause("4.1", "Common, usually in the first 2 weeks: less appetite at lunchtime, tummy ache, headache, "
             "trouble getting to sleep, and feeling tearful or irritable as the dose wears off in the late "
             "afternoon. Give a good breakfast before the first dose and a snack or supper in the evening, when "
             "his appetite comes back.")
    d.clause("4.2", "Tell the nurse within a few days if he develops new tics or twitches, or his mood is low.")
    d.clause("4.3", "Stop the medicine and get urgent medical help (call 999 or go to A&E) if Oscar has chest "
             "pain, fainting, a racing or pounding heart at rest, sees or hears things that are not there, "
             "or talks about harming himself.")
    d.h1("5. Missed doses")
    d.clause("5.1", "If you forget the breakfast dose and remember before 10:30, give it, and give the "
             "lunchtime dose at the usual time. If you remember after 10:30, leave out the breakfast dose and "
             "give only the lunchtime dose. Never give two doses together or a dose after 14:00.")
    d.h1("6. School, prescriptions and holidays")
    d.clause("6.1", "Methylphenidate is a controlled drug. The school keeps it in a locked cupboard and records "
             "every tablet given. Give the school the tablets in the original pharmacy-labelled box, with no "
             "more than 4 weeks' supply at a time.")
    d.clause("6.2", "Each prescription is for no more than 30 days' supply. It must be dispensed within 28 days "
             "of the date written on it. Ask for the next prescription a week before you run out.")
    d.clause("6.3", "Do not stop the medicine for weekends or holidays during the 4 weeks of titration. After "
             "that, breaks from treatment (for example in the summer holidays) can be discussed at the review.")
    d.clause("6.4", "Travelling abroad: carry the medicine in its original box in hand luggage with a letter "
             "from the team. Taking more than 3 months' supply out of the UK needs a Home Office personal "
             "licence; check the rules of the country you are visiting.")
    d.clause("6.5", "Avoid energy drinks and large amounts of cola, which add caffeine and can worsen side "
             "effects. Tell any doctor, dentist or pharmacist that Oscar takes methylphenidate before he is "
             "given other medicines.")
    d.h1("7. Review and contacts")
    d.para("Review after titration: Tuesday 13 October 2026 at 15:20, Harrowby Child Development Centre, with "
           "Dr Marchetti (bring the rating scales and Oscar's growth chart).")
    d.para("ADHD nurse line: 01632 960 348 (Monday to Friday 08:30 to 16:30; messages answered the next "
           "working day). Out of hours: NHS 111.", style="B")
    return d.save("medical/methylphenidate_titration_plan_venning.pdf")


# =============================================================================
# 6. Cellulitis antibiotic guideline for clinicians
# =============================================================================
def cellulitis_guideline():
    d = Doc("Cellulitis and Erysipelas in Adults - Antibiotic Guideline", "Guideline AB-21, version 4",
            "Merrowby Hospitals NHS Trust and Merrowby Primary Care - Antimicrobial Stewardship Group",
            accent=(160, 30, 30), body_size=9.5)
    d.title_block("CELLULITIS AND ERYSIPELAS IN ADULTS: ASSESSMENT AND ANTIBIOTIC TREATMENT",
                  "For GPs, emergency department and acute medical staff. Approved March 2027; review date "
                  "March 2030.", size=14)
    d.h1("1. Scope")
    d.clause("1.1", "Adults aged 16 and over with cellulitis or erysipelas of the limbs or trunk. This guideline "
             "does NOT cover: infected human or animal bites, diabetic foot infection, surgical wound "
             "infection, or periorbital and orbital cellulitis (refer the same day to ophthalmology or ENT).")
    d.h1("2. Diagnosis")
    d.clause("2.1", "Cellulitis is usually unilateral, with spreading redness, warmth, swelling and tenderness. "
             "Bilateral red legs are rarely cellulitis: consider venous (stasis) eczema, lipodermatosclerosis "
             "or contact dermatitis, which do not need antibiotics.")
    d.clause("2.2", "Mark the edge of the redness with a skin pen and record the date and time, and photograph it "
             "with consent. Record temperature, heart rate, blood pressure, respiratory rate and weight. Look "
             "for a portal of entry, such as a leg ulcer or athlete's foot (tinea pedis) between the toes.")
    d.clause("2.3", "Blood cultures are needed only for Class III and IV or if the patient is immunosuppressed. "
             "Swab only an open wound or a discharging area.")
    d.h1("3. Severity class")
    d.grid(["Class", "Features", "Where to treat"],
           [["Class I", "No signs of systemic illness; no uncontrolled comorbidity", "Oral antibiotics at "
             "home"],
            ["Class II", "Systemically unwell (e.g. fever) but no sepsis criteria, OR a comorbidity that may "
             "delay healing (peripheral arterial disease, chronic venous insufficiency, lymphoedema, body mass "
             "index over 40)", "Oral antibiotics at home if able to take them; otherwise IV via the outpatient "
             "(OPAT) service"],
            ["Class III", "Significant systemic upset (acute confusion, heart rate over 130, respiratory rate "
             "over 25, systolic BP under 100), or an unstable comorbidity, or a limb at risk", "Admit; IV "
             "antibiotics"],
            ["Class IV", "Sepsis with organ dysfunction, or suspected necrotising fasciitis (pain out of "
             "proportion to the signs, rapid spread, crepitus, skin necrosis)", "Admit urgently; IV "
             "antibiotics; same-day surgical review"]], [20, 100, 50], size=8.5)
    d.h1("4. Antibiotic choice")
    d.grid(["Situation", "First choice", "Penicillin allergy"],
           [["Oral (Class I and II)", "Flucloxacillin 1 g four times a day (500 mg four times a day if weight "
             "under 50 kg)", "Doxycycline 200 mg on day 1, then 100 mg once a day; in pregnancy, "
             "clarithromycin 500 mg twice a day"],
            ["Infection near the eyes or nose (adults, not periorbital)", "Co-amoxiclav 500/125 mg three times "
             "a day", "Clarithromycin 500 mg twice a day plus metronidazole 400 mg three times a day"],
            ["IV (Class II via OPAT)", "Ceftriaxone 2 g once a day IV", "Teicoplanin, as the OPAT team "
             "advises"],
            ["IV (Class III and IV)", "Flucloxacillin 2 g four times a day IV; add clindamycin 600 mg four "
             "times a day IV in Class IV", "Vancomycin IV, loading dose by weight (section 5)"],
            ["Known MRSA carrier", "Doxycycline orally, or vancomycin IV if IV treatment is needed", "As first "
             "choice"]], [45, 65, 60], size=8.5)
    d.para("* Take oral flucloxacillin on an empty stomach (1 hour before food or 2 hours after). "
           "Clarithromycin interacts with statins: pause simvastatin or atorvastatin during the course.",
           size=8, style="I")
    d.h1("5. Vancomycin loading dose")
    d.para("Give the loading dose over at least 1 hour per gram (maximum rate 10 mg per minute). Maintenance "
           "doses are prescribed with the pharmacy vancomycin calculator according to creatinine clearance, "
           "starting 12 hours after the loading dose; take a trough level before the 4th dose.")
    d.grid(["Actual body weight", "Loading dose"],
           [["Under 40 kg", "750 mg"],
            ["40 to 59 kg", "1 g"],
            ["60 to 90 kg", "1.5 g"],
            ["Over 90 kg", "2 g (maximum)"]], [70, 60])
    d.h1("6. Review, switching and duration")
    d.clause("6.1", "Review at 48 to 72 hours. Redness may spread in the first 24 to 48 hours even with the right "
             "antibiotic; judge response by fever, pain and heart rate as well as the marked edge. Do not "
             "change antibiotic before 48 hours unless the patient is getting worse.")
    d.clause("6.2", "Switch from IV to oral treatment when all of these apply: temperature below 37.8 degrees C "
             "for 24 hours, heart rate under 100, improving redness and swelling, and able to swallow and absorb "
             "tablets. Use the oral first choice in section 4.")
    d.clause("6.3", "Total course (IV plus oral): 5 days if the infection is clearly improving at day 5; 7 days "
             "if it is improving slowly. Longer courses only on the advice of a microbiologist. Redness may "
             "take 2 to 3 weeks to fade after the course is finished.")
    d.clause("6.4", "Elevate the affected leg above hip level when resting, and treat tinea pedis with topical "
             "terbinafine, as this reduces recurrence.")
    d.h1("7. Kidney function")
    d.clause("7.1", "Flucloxacillin: if eGFR is under 10, give no more than 1 g every 8 hours orally or IV. "
             "Clarithromycin: halve the dose if eGFR is under 30. Doxycycline and ceftriaxone need no change.")
    d.h1("8. Recurrent cellulitis")
    d.clause("8.1", "If a patient has had 2 or more episodes at the same site in 12 months despite treating "
             "predisposing factors (oedema, tinea pedis, leg ulcers), consider prophylaxis with "
             "phenoxymethylpenicillin 250 mg twice a day for 6 months, reviewed at 6 months. In penicillin "
             "allergy use clarithromycin 250 mg once a day.")
    d.clause("8.2", "Refer patients with lymphoedema to the lymphoedema clinic for compression garments once the "
             "acute infection has settled.")
    d.h1("9. Seek urgent senior review if")
    d.bullets(["the patient meets sepsis criteria, or has a lactate of 2 mmol/L or more;",
               "pain is out of proportion to the signs, or the redness spreads by more than 2 cm in 4 hours;",
               "there is blistering, bruising or black skin, or crepitus;",
               "the patient is no better after 72 hours of IV antibiotics."])
    d.para("Microbiology advice (24 hours): via switchboard 01632 960 100, bleep 4412. OPAT team: 01632 960 "
           "277 (daily 08:00 to 18:00).", size=9, style="B")
    return d.save("medical/cellulitis_guideline_merrowby.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([piano_hire, tennis_club, van_conversion,
                       coeliac_leaflet, methylphenidate_plan, cellulitis_guideline], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
