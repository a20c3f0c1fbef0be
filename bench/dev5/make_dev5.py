"""Render the fifth development-set documents (fictional) as PDFs into bench/dev5/docs/.

A clean validation set, written blind to the reader, of kinds that corpora/, bench/blind/ and the other
development sets do not have: courier conditions of carriage (liability per kg by service, claim time
limits, prohibited items, surcharges), an estate agency's terms of business for sellers (commission bands,
tie-in period, withdrawal fees, sole and multi-agency), a student residence licence agreement (instalment
dates, deposit deductions, guests, early release), a paediatric oral antibiotic and antiemetic dosing chart
(weight bands, a table split over a page break), an iron infusion patient leaflet and consent form (FAQ
style) and a community pharmacy emergency contraception and minor-ailment protocol (eligibility, exclusion
and referral tables). Questions: bench/dev5/questions.jsonl. All names, products and numbers are invented;
the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev5/make_dev5.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2026, 12, 6, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 5 (fictional document)", "make_dev5.py", FIXED_DATE)


# =============================================================================
# 1. Courier conditions of carriage
# =============================================================================
def courier_terms():
    d = Doc("Swiftbarrow Parcels - Conditions of Carriage (UK and International)", "Edition SP-CC 2026/2",
            "Swiftbarrow Parcels Ltd, Depot 7, Coldharbour Way, Ketterby KT9 4RS", accent=(150, 40, 20))
    d.title_block("CONDITIONS OF CARRIAGE",
                  "These conditions apply to every consignment that Swiftbarrow Parcels Ltd (\"Swiftbarrow\", "
                  "\"we\") agrees to carry for a business or private sender (the \"Sender\"), from 1 March 2026.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Parcel\" means a single package with its own label. \"Consignment\" means all Parcels sent "
             "under one booking reference. \"Declared Value\" means the value of the contents stated by the Sender "
             "at booking, which must not exceed their replacement cost. \"Chargeable Weight\" means the actual "
             "weight or the volumetric weight (length x width x height in cm divided by 5,000), whichever is "
             "greater. \"Working Day\" means Monday to Friday except bank holidays in England.")
    d.clause("1.2", "\"Enhanced Cover\" means the extra liability cover bought under clause 6. \"Packaging "
             "Standard\" means the packaging requirements in Schedule 1.")
    d.h1("2. Services")
    d.grid(["Service", "Delivery target", "Maximum Parcel weight", "Liability without Enhanced Cover"],
           [["Economy 48", "2 Working Days", "30 kg", "GBP 10 per kg, up to GBP 100 per Parcel"],
            ["Next Day", "Next Working Day by 18:00", "30 kg", "GBP 15 per kg, up to GBP 250 per Parcel"],
            ["Next Day Early", "Next Working Day by 10:30", "25 kg", "GBP 20 per kg, up to GBP 500 per Parcel"],
            ["Same Day Courier", "Within 4 hours, within 50 miles", "70 kg", "GBP 25 per kg, up to GBP 1,000 "
             "per Consignment"],
            ["Europe Road", "3 to 6 Working Days", "30 kg", "8.33 SDR per kg (CMR Convention)"]],
           [32, 46, 30, 62])
    d.clause("2.1", "Delivery targets are estimates, not guarantees, except for Next Day Early, where we refund the "
             "carriage charge (but no other loss) if the Parcel is delivered after 10:30 for a reason within our "
             "control. A refund claim for late delivery must reach us within 10 Working Days of the target date.")
    d.clause("2.2", "Parcels over 30 kg, or with any side longer than 120 cm, are accepted only on Same Day "
             "Courier or by prior written agreement.")
    d.h1("3. Prohibited and restricted items")
    d.clause("3.1", "We will not carry: cash, banknotes or bearer instruments; firearms, ammunition and replica "
             "weapons; explosives, fireworks and flares; live animals; human remains or ashes; controlled drugs; "
             "flammable liquids with a flashpoint below 60 C (including petrol, paint thinners and aerosols over "
             "500 mL); loose lithium batteries; perishable food needing refrigeration; and any item whose carriage "
             "is illegal.")
    d.clause("3.2", "Restricted items are carried only on the terms stated, and never on Europe Road: (a) lithium "
             "batteries installed in equipment, packed so they cannot switch on, up to 2 batteries per Parcel; "
             "(b) alcohol over 24% ABV, by business Senders only, in the original sealed bottles, up to 12 litres "
             "per Parcel; (c) perfume and nail varnish, up to 500 mL per Parcel on road services only.")
    d.clause("3.3", "If a Parcel contains a prohibited item we may refuse it, return it at the Sender's cost or hand "
             "it to the authorities, and we have no liability for it at all.")
    d.h1("4. Sender's obligations")
    d.clause("4.1", "The Sender must pack each Parcel to the Packaging Standard, label it with a full address and "
             "postcode, and declare the correct weight and dimensions. Each Parcel must be able to withstand a "
             "drop of 1.2 metres.")
    d.clause("4.2", "If the Chargeable Weight or size we measure is greater than declared, we charge the difference "
             "at the tariff rate plus the re-measurement surcharge in clause 5.")
    d.h1("5. Charges and surcharges")
    d.clause("5.1", "Carriage charges are those in the tariff at booking. The following surcharges are added per "
             "Parcel unless stated otherwise (all exclude VAT):")
    d.grid(["Surcharge", "When it applies", "Amount"],
           [["Fuel surcharge", "All services; reviewed monthly", "8.5% of the carriage charge"],
            ["Remote area", "Scottish Highlands and Islands, Isle of Man, Isles of Scilly", "GBP 6.50"],
            ["Northern Ireland", "Delivery to a BT postcode", "GBP 4.75"],
            ["Oversize", "Any side longer than 100 cm (up to 120 cm)", "GBP 12.00"],
            ["Heavy Parcel", "Chargeable Weight over 25 kg", "GBP 9.00"],
            ["Saturday delivery", "Next Day and Next Day Early only", "GBP 9.50"],
            ["Address correction", "Wrong or incomplete address that we correct", "GBP 4.50"],
            ["Re-measurement", "Weight or size more than 10% above declared", "GBP 3.25"],
            ["Return to sender", "Undeliverable after 3 attempts", "Carriage charge again"]],
           [38, 90, 42])
    d.clause("5.2", "We attempt delivery up to 3 times (Economy 48: twice). After the last failed attempt the "
             "Parcel is held at the local depot for 7 days and then returned to the Sender.")
    d.clause("5.3", "Invoices to account customers are payable within 30 days of the invoice date. We may charge "
             "interest on late payment at 4% a year above the Bank of England base rate.")
    d.h1("6. Liability and Enhanced Cover")
    d.clause("6.1", "Subject to clauses 3.3, 6.4 and 6.5, our liability for loss of or damage to a Parcel is limited "
             "to the amount in the table in clause 2 for the service used, calculated on the Chargeable Weight of "
             "the Parcel lost or damaged, and never more than the Declared Value.")
    d.clause("6.2", "For UK services the Sender may buy Enhanced Cover at booking, which replaces the limit in "
             "clause 2 with the Declared Value, up to GBP 5,000 per Parcel:")
    d.grid(["Declared Value of the Parcel", "Enhanced Cover charge per Parcel"],
           [["Up to GBP 300", "GBP 2.50"],
            ["GBP 300.01 to GBP 1,000", "GBP 5.95"],
            ["GBP 1,000.01 to GBP 2,500", "GBP 14.50"],
            ["GBP 2,500.01 to GBP 5,000", "GBP 29.00"],
            ["Over GBP 5,000", "Not available - use a specialist insurer"]], [80, 70])
    d.clause("6.3", "Enhanced Cover does not apply to: jewellery, watches, precious metals and stones; works of art "
             "and antiques; mobile phones sent by private Senders; and items in clause 3.2(b). For these, liability "
             "stays at the limit in clause 2.")
    d.clause("6.4", "For glass, ceramics, musical instruments and other fragile items we are liable for breakage "
             "only if the Parcel was packed to the Packaging Standard and marked \"Fragile\"; otherwise we are "
             "liable only for loss of the whole Parcel.")
    d.clause("6.5", "We are never liable for: indirect or consequential loss, loss of profit or market; delay, "
             "except under clause 2.1; or damage caused by inadequate packing or by the nature of the goods.")
    d.h1("7. Claims")
    d.clause("7.1", "Damage or partial loss of contents must be reported to us within 7 days of delivery, with "
             "photographs of the Parcel and its packaging. The packaging must be kept for inspection for 28 days.")
    d.clause("7.2", "Non-delivery of a whole Parcel must be reported within 21 days of the date of collection.")
    d.clause("7.3", "For Europe Road, damage must be reported within 7 days of delivery, and non-delivery within 60 "
             "days of collection, as the CMR Convention requires.")
    d.clause("7.4", "Within 60 days of collection the Sender must send a completed claim form with proof of value "
             "(an invoice or receipt). A claim not made within these time limits is barred.")
    d.clause("7.5", "Only the Sender may claim. Carriage charges must be paid in full before a claim is considered "
             "and may not be deducted from them. We aim to decide a claim within 30 days of a complete claim form.")
    d.h1("Schedule 1 - Packaging Standard")
    d.clause("S1.1", "Use a new double-walled cardboard box for Parcels over 5 kg. Leave at least 5 cm of cushioning "
             "between the contents and every side of the box. Wrap fragile items individually.", numw=14)
    d.clause("S1.2", "Liquids must be in sealed leak-proof containers inside a sealed plastic bag, with enough "
             "absorbent material to soak up the whole contents. Padded envelopes are accepted only for items up to "
             "1 kg that are not fragile.", numw=14)
    d.clause("S1.3", "Remove or cover all old labels and barcodes. Do not use string, straps or brown paper on the "
             "outside of a Parcel.", numw=14)
    return d.save("legal/courier_conditions_swiftbarrow.pdf")


# =============================================================================
# 2. Estate agency terms of business (sellers)
# =============================================================================
def estate_agency_terms():
    d = Doc("Harrowgate & Pell - Terms of Business for Sellers", "Ref. HP-SALES-TOB-2026",
            "Harrowgate & Pell Estate Agents LLP, 22 Market Hill, Ambridge Vale AV4 1LD", font="Times",
            accent=(20, 70, 40), body_size=10.5)
    d.title_block("TERMS OF BUSINESS: SELLING YOUR PROPERTY",
                  "Please read these terms carefully. When you sign the instruction form you agree to them, and "
                  "you will pay our fee in the circumstances described below.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Sole Agency\": you may instruct no other agent during the Tie-in Period, but you owe no fee "
             "to us if you find a buyer yourself without our involvement.")
    d.clause("1.2", "\"Multi-Agency\": you may instruct other agents at the same time. You pay us only if the buyer "
             "is introduced by us, at the Multi-Agency rate.")
    d.clause("1.3", "\"Sole Selling Rights\" is not offered by us: you will never pay a fee to us for a buyer you "
             "find yourself without our involvement.")
    d.clause("1.4", "\"Ready, Willing and Able Purchaser\" means a buyer who is prepared and able to exchange "
             "contracts on your terms. If you withdraw after we introduce one, clause 6.3 applies.")
    d.clause("1.5", "\"Completion\" means the date the sale completes and the price is paid. \"Tie-in Period\" "
             "means the minimum period of a Sole Agency in clause 4.1.")
    d.h1("2. Our services")
    d.clause("2.1", "Our fee includes: a market appraisal; professional photographs; a floor plan; listing on our "
             "website and two national property portals; accompanied viewings, including on Saturdays; negotiating "
             "offers; and progressing the sale to Completion.")
    d.clause("2.2", "Before marketing starts you must provide an Energy Performance Certificate (EPC) and the "
             "material information forms. We can arrange the EPC for you (clause 5.2).")
    d.h1("3. Our fee")
    d.clause("3.1", "Our fee is a percentage of the agreed sale price, according to the band in which the whole "
             "sale price falls, with the rate for the type of agency you choose. VAT at 20% is added to the fee.")
    d.grid(["Agreed sale price", "Sole Agency rate", "Multi-Agency rate"],
           [["Up to GBP 250,000", "1.50%", "2.25%"],
            ["GBP 250,001 to GBP 500,000", "1.25%", "2.00%"],
            ["GBP 500,001 to GBP 1,000,000", "1.10%", "1.75%"],
            ["Over GBP 1,000,000", "0.95%", "1.50%"]], [70, 45, 45])
    d.clause("3.2", "The minimum fee is GBP 2,250 plus VAT (Sole Agency) or GBP 3,000 plus VAT (Multi-Agency), "
             "whatever the sale price.")
    d.clause("3.3", "The fee becomes payable on Completion and is taken from the sale proceeds by your solicitor. "
             "If it is unpaid 14 days after Completion, interest runs at 3% a year above the Bank of England base "
             "rate.")
    d.clause("3.4", "Our fee is also payable if, within 6 months after our agency ends, you exchange contracts with "
             "a buyer we introduced or who viewed through us during our agency. If you have instructed another "
             "agent by then, the fee is payable only if our introduction was the effective cause of the sale.")
    d.h1("4. Tie-in Period and ending our agency")
    d.clause("4.1", "A Sole Agency has a Tie-in Period of 16 weeks from the date we first market the property. "
             "After the Tie-in Period, either of us may end the agency by giving 14 days' written notice.")
    d.clause("4.2", "A Multi-Agency has no Tie-in Period and may be ended by either of us on 7 days' written "
             "notice.")
    d.clause("4.3", "If you change from Sole Agency to Multi-Agency during the Tie-in Period, we may charge the "
             "withdrawal fee in clause 6.1, and the Multi-Agency rate applies from the change.")
    d.clause("4.4", "You may cancel within 14 days of signing the instruction form without any charge if you signed "
             "it at your home or away from our office. If you ask us to start marketing within those 14 days and "
             "then cancel, you pay only for services already provided (clause 5).")
    d.h1("5. Extra services")
    d.clause("5.1", "The following are not included in our fee and are charged whether or not the property sells:")
    d.grid(["Extra service", "Charge (including VAT)"],
           [["Drone photography", "GBP 180"],
            ["Video walk-through tour", "GBP 240"],
            ["Premium portal listing (first 4 weeks)", "GBP 150"],
            ["Printed brochure (per 50 copies)", "GBP 95"],
            ["'For Sale' board", "Free of charge"],
            ["Accompanied viewing on a Sunday", "GBP 40 per viewing"]], [90, 60])
    d.clause("5.2", "An EPC arranged by us costs GBP 85 including VAT, payable when it is ordered.")
    d.h1("6. Withdrawal fees")
    d.clause("6.1", "If you withdraw a Sole Agency instruction during the Tie-in Period, you pay a withdrawal fee of "
             "GBP 650 plus VAT to cover marketing costs, unless clause 6.4 applies.")
    d.clause("6.2", "If you withdraw after the Tie-in Period on proper notice, no withdrawal fee is payable, subject "
             "to clauses 3.4 and 6.3.")
    d.clause("6.3", "If you withdraw from a sale after we have introduced a Ready, Willing and Able Purchaser whose "
             "offer you accepted, you pay 50% of the fee that would have been due on Completion, with a minimum of "
             "GBP 1,500 plus VAT.")
    d.clause("6.4", "No withdrawal fee is payable if you withdraw because of the death or serious illness of an owner, "
             "or because we have materially breached these terms.")
    d.h1("7. Your obligations")
    d.clause("7.1", "You confirm that you own the property or are authorised to sell it, and you will tell us "
             "about any fact that a buyer would need to know, including flooding, disputes with neighbours, works "
             "without consent and any short lease (under 85 years).")
    d.clause("7.2", "We must check the identity of every seller and buyer under the money laundering regulations. "
             "Each seller pays GBP 30 including VAT for our electronic identity check.")
    d.clause("7.3", "You agree that we may put up a 'For Sale' board and, on exchange, a 'Sold' board, unless you "
             "tell us in writing that you do not want one.")
    d.h1("8. Referrals and conflicts")
    d.clause("8.1", "We may recommend conveyancers, mortgage brokers and removal firms. If you use them we may "
             "receive a referral fee of up to GBP 250 from the firm, which we will tell you about before you "
             "agree to use it.")
    d.clause("8.2", "We will tell you in writing if any of our staff, or a person connected with them, wishes to "
             "buy your property.")
    d.h1("9. Complaints")
    d.clause("9.1", "Send complaints to our Complaints Partner. We acknowledge them within 3 working days and give "
             "a final response within 15 working days. If you remain unhappy, you may refer the complaint to The "
             "Property Ombudsman within 12 months of our final response.")
    d.signature_block(["Signed for Harrowgate & Pell Estate Agents LLP", "Signed by the Seller(s)"])
    return d.save("legal/estate_agency_terms_harrowgate_pell.pdf")


# =============================================================================
# 3. Student residence licence agreement
# =============================================================================
def student_licence():
    d = Doc("Marlow Quay Residences - Licence Agreement 2026/27", "University of Ellerby Accommodation Office",
            "University of Ellerby - Residences Licence RL-2026/27", accent=(70, 30, 120))
    d.title_block("STUDENT RESIDENCE LICENCE AGREEMENT 2026/27",
                  "between the University of Ellerby (the \"University\") and the student named on the booking "
                  "confirmation (the \"Resident\") for a room at Marlow Quay Residences, Ellerby EY1 5QJ")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Licence Period\" means 43 weeks from 12:00 on Saturday 19 September 2026 to 10:00 on "
             "Saturday 17 July 2027. \"Licence Fee\" means the fee for the room for the Licence Period. "
             "\"Flat\" means the group of rooms sharing a kitchen. \"Exam Period\" means the University's "
             "published examination weeks: 11 to 22 January 2027 and 10 May to 11 June 2027.")
    d.clause("1.2", "This is a licence, not a tenancy: the Resident has no exclusive possession, and the "
             "University may move the Resident to another room of the same type on 7 days' notice where this is "
             "needed for management reasons.")
    d.h1("2. Licence Fee and instalments")
    d.clause("2.1", "The Licence Fee is payable in three instalments on the dates below. The amount of each "
             "instalment depends on the room type:")
    d.grid(["Room type", "Weekly rate", "Instalment 1 - 25 Sept 2026", "Instalment 2 - 8 Jan 2027",
            "Instalment 3 - 23 Apr 2027"],
           [["Standard en-suite", "GBP 168", "GBP 2,352", "GBP 2,352", "GBP 2,520"],
            ["Premium en-suite", "GBP 184", "GBP 2,576", "GBP 2,576", "GBP 2,760"],
            ["Accessible en-suite", "GBP 168", "GBP 2,352", "GBP 2,352", "GBP 2,520"],
            ["Studio", "GBP 229", "GBP 3,206", "GBP 3,206", "GBP 3,435"],
            ["Twin studio (per person)", "GBP 151", "GBP 2,114", "GBP 2,114", "GBP 2,265"]],
           [40, 24, 36, 36, 36], size=8.5)
    d.clause("2.2", "A Resident may instead pay in 9 monthly instalments by Direct Debit on the 1st of each month "
             "from October 2026 to June 2027. A Resident who has a University hardship award may ask the "
             "Accommodation Office for a payment plan.")
    d.clause("2.3", "The Licence Fee includes heating, electricity and water, Wi-Fi, contents insurance up to "
             "GBP 5,000 per Resident and a fortnightly clean of the Flat's kitchen. It does not include a "
             "TV licence.")
    d.clause("2.4", "If an instalment is unpaid 14 days after its due date, a late payment charge of GBP 30 is "
             "added. If any sum is unpaid 28 days after the due date, the University may withhold exam results "
             "under its fees regulations, but it will not prevent the Resident sitting exams.")
    d.h1("3. Deposit")
    d.clause("3.1", "A deposit of GBP 300 is paid on booking. It is returned within 28 days after the end of the "
             "Licence Period, less any deductions under clause 3.2, to the account the Resident gives.")
    d.clause("3.2", "Deductions are made for the following, on top of the cost of repairing any damage caused by "
             "the Resident or their guests:")
    d.grid(["Item", "Deduction"],
           [["Lost room key", "GBP 60"],
            ["Lost or damaged key fob", "GBP 35"],
            ["Room left unclean at departure", "GBP 25 per hour of cleaning"],
            ["Removing belongings or rubbish left behind", "GBP 40 per bag or item"],
            ["Blu-tack or nail damage to walls", "GBP 20 per wall"],
            ["Fire alarm set off by tampering with a detector", "GBP 150"],
            ["Smoking or vaping in the building", "GBP 100 first time; GBP 200 each later time"],
            ["Flat kitchen left unclean (shared equally by the Flat)", "GBP 15 per Resident per visit"]],
           [100, 70])
    d.clause("3.3", "Damage in a shared area that cannot be traced to a Resident is divided equally between the "
             "Residents of the Flat. The Resident may appeal a deduction to the Residences Manager within 14 days "
             "of being told of it.")
    d.h1("4. Guests")
    d.clause("4.1", "A Resident may have up to 2 guests at a time. Guests must be signed in at reception and are the "
             "Resident's responsibility.")
    d.clause("4.2", "An overnight guest must be aged 18 or over, registered at reception by 22:00, and may stay no "
             "more than 3 nights in any 7 days. No overnight guests are allowed during the Exam Period.")
    d.clause("4.3", "A guest who is under 18 may visit only between 10:00 and 20:00 and only with the agreement of "
             "the Residences Manager.")
    d.h1("5. Conduct and quiet hours")
    d.clause("5.1", "Quiet hours are 23:00 to 07:00 every day, and all day during the Exam Period.")
    d.clause("5.2", "Candles, incense, fairy lights not bought in the UK, portable heaters, air fryers and "
             "pets (except assistance dogs agreed in advance) are not allowed in rooms.")
    d.clause("5.3", "Staff may enter a room on 24 hours' notice for inspection or repairs, and without notice in an "
             "emergency or to investigate a fire alarm.")
    d.h1("6. Early release")
    d.clause("6.1", "The Resident is liable for the whole Licence Fee, except as follows.")
    d.clause("6.2", "A Resident who withdraws from or suspends their studies at the University is released 28 days "
             "after giving written notice and proof of withdrawal, with an administration fee of GBP 75.")
    d.clause("6.3", "Any other Resident may ask to be released. Release is given only from the date a replacement "
             "student, not already living in University accommodation, takes the room. The administration fee is "
             "GBP 150 if the request is made before 31 January 2027 and GBP 250 after that date.")
    d.clause("6.4", "No administration fee is charged where the University moves the Resident under clause 1.2 or "
             "where release is agreed on medical grounds supported by the University Wellbeing Service.")
    d.clause("6.5", "A Resident who leaves without being released remains liable for the Licence Fee for the rest of "
             "the Licence Period, and the University may relet the room.")
    d.h1("7. The University's obligations")
    d.clause("7.1", "The University will keep the building and the room in repair. Repairs reported through the "
             "Residences app are attended within 4 hours for emergencies (no heating or hot water in winter, a "
             "flood, a security risk), 3 working days for urgent repairs and 10 working days for others.")
    d.clause("7.2", "If the heating or hot water is out of use for more than 48 hours for reasons within the "
             "University's control, the Resident receives a refund of GBP 10 a day from the third day.")
    d.h1("8. Ending the licence by the University")
    d.clause("8.1", "The University may end this licence on 28 days' notice if the Resident stops being a registered "
             "student, or on 7 days' notice for a serious breach such as violence, dealing drugs or deliberately "
             "setting off fire alarms.")
    d.clause("8.2", "On departure the Resident must return all keys and fobs to reception by 10:00 on the last day, "
             "and leave the room clean and empty. Items left behind are kept for 14 days and then disposed of.")
    d.signature_block(["Signed for the University of Ellerby (Accommodation Office)", "Signed by the Resident"])
    return d.save("legal/student_licence_marlow_quay_ellerby.pdf")


# =============================================================================
# 4. Paediatric oral antibiotic and antiemetic dosing chart
# =============================================================================
def dosing_chart():
    d = Doc("Oral Antibiotic and Antiemetic Dosing Chart - Children", "Chart PHARM-PAED-022 v5",
            "Ravenmoor Children's Hospital - Pharmacy and Paediatrics. Review date: September 2028",
            accent=(0, 100, 90), body_size=9.5)
    d.title_block("PAEDIATRIC ORAL DOSING CHART: AMOXAPEN, CLARIMYCIN, CEFAROXIN AND ONDAVETRON",
                  "For children aged 1 month to 17 years on the wards, in the children's emergency department and in "
                  "the paediatric assessment unit. For use by prescribers, pharmacists and nurses.")
    d.h1("1. How to use this chart")
    d.clause("1.1", "Weigh every child on the day of prescribing, in kg to one decimal place. Do not use a weight "
             "more than 7 days old or a weight estimated from age, except in resuscitation.")
    d.clause("1.2", "Find the row whose weight band contains the child's weight. If the weight is exactly on a band "
             "edge, use the LOWER band. Give doses with an oral syringe; volumes are rounded to the nearest 0.5 mL.")
    d.clause("1.3", "For a child whose weight is above the 98th centile for age, prescribe by the weight for the "
             "child's age on the 50th centile, unless a consultant advises otherwise.")
    d.clause("1.4", "This chart does NOT apply to: (a) babies under 1 month (corrected age) - use the neonatal "
             "formulary; (b) children with a creatinine clearance under 30 mL/min/1.73 m2 - ask the pharmacist; or "
             "(c) children with cystic fibrosis, whose doses are higher (CF unit protocol CF-07).")
    d.clause("1.5", "Before the first dose, record the allergy status on the drug chart and check it with the parent "
             "or carer. A prescription without a completed allergy box must not be dispensed or given.")
    d.clause("1.6", "Two registered nurses check every oral antibiotic dose given to a child under 5 years, or any dose "
             "of more than 10 mL; one nurse checks other doses. Shake the bottle well before measuring.")
    d.clause("1.7", "Switch from intravenous to oral treatment once the child has been apyrexial for 24 hours, is "
             "taking fluids and has a falling CRP, on the advice of the treating team. The total course length "
             "includes the intravenous days.")
    d.clause("1.8", "Where a dose from this chart differs from the dose on a discharge letter from another hospital, "
             "check the weight used and discuss with the ward pharmacist before the next dose is due.")
    d.clause("1.9", "Doses for children discharged home: supply the whole course in the original bottle with an oral "
             "syringe, and write the dose in mL as well as mg on the label. Show the parent or carer how to measure "
             "the dose and ask them to show it back before they leave.")
    d.clause("1.10", "Report any suspected adverse reaction on the Trust incident system and to the national "
             "reporting scheme. Record a new allergy in the electronic record and tell the child's GP in the "
             "discharge summary.")
    d.h1("2. Amoxapen (amoxapen 250 mg/5 mL oral suspension)")
    d.para("Standard dose 30 mg/kg/day in 3 divided doses (three times a day). High dose (severe pneumonia, "
           "suspected pneumococcus, or treatment failure): 60 mg/kg/day in 3 doses, maximum 1 g per dose. Do not use "
           "in penicillin allergy - use Clarimycin (section 3).")
    d.grid(["Weight band", "Typical age", "Standard dose (three times a day)", "High dose (three times a day)"],
           [["4.0 to 6.0 kg", "1 to 3 months", "62.5 mg = 1.25 mL", "125 mg = 2.5 mL"],
            ["6.1 to 8.0 kg", "3 to 6 months", "75 mg = 1.5 mL", "150 mg = 3 mL"],
            ["8.1 to 10.0 kg", "6 to 12 months", "100 mg = 2 mL", "200 mg = 4 mL"],
            ["10.1 to 12.5 kg", "1 to 2 years", "125 mg = 2.5 mL", "250 mg = 5 mL"],
            ["12.6 to 15.0 kg", "2 to 3 years", "150 mg = 3 mL", "300 mg = 6 mL"],
            ["15.1 to 18.0 kg", "3 to 5 years", "175 mg = 3.5 mL", "350 mg = 7 mL"],
            ["18.1 to 21.0 kg", "5 to 6 years", "200 mg = 4 mL", "400 mg = 8 mL"],
            ["21.1 to 25.0 kg", "6 to 8 years", "250 mg = 5 mL", "500 mg = 10 mL"],
            ["25.1 to 30.0 kg", "8 to 9 years", "300 mg = 6 mL", "600 mg = 12 mL"],
            ["30.1 to 35.0 kg", "9 to 11 years", "350 mg = 7 mL", "700 mg = 14 mL"],
            ["35.1 to 40.0 kg", "11 to 12 years", "400 mg = 8 mL", "800 mg = 16 mL"],
            ["40.1 to 50.0 kg", "12 to 14 years", "500 mg = 10 mL", "1 g = 20 mL (500 mg capsules x 2)"],
            ["Over 50.0 kg", "14 years and over", "500 mg (capsule)", "1 g (2 capsules)"]],
           [32, 32, 50, 56], size=8.5)
    d.para("Usual course: 5 days (chest infection, tonsillitis); 7 days (acute otitis media only if under 2 years, "
           "or with discharge from the ear); 3 days (uncomplicated urinary tract infection, under 3 years: 7 days).",
           size=8.5)
    d.h1("3. Clarimycin (clarimycin 125 mg/5 mL and 250 mg/5 mL oral suspension)")
    d.para("First choice in penicillin allergy. 7.5 mg/kg twice a day, maximum 500 mg per dose. Use the 125 mg/5 mL "
           "strength up to 20.0 kg and the 250 mg/5 mL strength above 20.0 kg; check the strength on the bottle "
           "before every dose. Interacts with several medicines (for example some anti-epileptics): ask the "
           "pharmacist before prescribing with any regular medicine.")
    d.grid(["Weight band", "Dose (twice a day)", "Volume", "Strength to use"],
           [["Under 8.0 kg", "7.5 mg/kg", "calculate: 0.3 mL per kg", "125 mg/5 mL"],
            ["8.0 to 11.0 kg", "62.5 mg", "2.5 mL", "125 mg/5 mL"],
            ["11.1 to 14.0 kg", "100 mg", "4 mL", "125 mg/5 mL"],
            ["14.1 to 20.0 kg", "125 mg", "5 mL", "125 mg/5 mL"],
            ["20.1 to 29.0 kg", "187.5 mg", "3.75 mL", "250 mg/5 mL"],
            ["29.1 to 40.0 kg", "250 mg", "5 mL", "250 mg/5 mL"],
            ["Over 40.0 kg", "500 mg", "10 mL (or 500 mg tablet)", "250 mg/5 mL"]],
           [38, 40, 52, 40], size=8.5)
    d.para("Usual course: 5 days. Stop and review at 48 hours if there is no improvement.", size=8.5)
    d.h1("4. Cefaroxin (cefaroxin 125 mg/5 mL oral suspension)")
    d.para("For urinary tract infection when Amoxapen cannot be used, or on microbiology advice. 12.5 mg/kg twice a "
           "day (maximum 500 mg per dose). Can be given in non-severe penicillin allergy (rash only), but NOT after "
           "anaphylaxis or angioedema with any penicillin.")
    d.grid(["Weight band", "Dose (twice a day)", "Volume of 125 mg/5 mL"],
           [["5.0 to 7.5 kg", "62.5 mg", "2.5 mL"],
            ["7.6 to 12.5 kg", "125 mg", "5 mL"],
            ["12.6 to 17.5 kg", "187.5 mg", "7.5 mL"],
            ["17.6 to 25.0 kg", "250 mg", "10 mL"],
            ["Over 25.0 kg", "Use 250 mg tablets: 250 mg to 500 mg", "-"]], [50, 60, 60], size=8.5)
    d.h1("5. Ondavetron (ondavetron 4 mg/5 mL oral solution and 4 mg orodispersible tablets) - antiemetic")
    d.para("For vomiting with gastroenteritis in children aged 6 months and over who are failing oral fluids, as a "
           "single dose before an oral rehydration trial. A second dose may be given once, no sooner than 8 hours "
           "after the first, on senior advice. Not for children under 6 months or with suspected bowel obstruction, "
           "head injury or a known long QT interval.")
    d.grid(["Age or weight", "Single dose", "Volume of 4 mg/5 mL", "Maximum in 24 hours"],
           [["6 months and over, 8.0 to 15.0 kg", "2 mg", "2.5 mL", "2 doses (4 mg)"],
            ["15.1 to 30.0 kg", "4 mg", "5 mL", "2 doses (8 mg)"],
            ["Over 30.0 kg, or age 12 years and over", "8 mg", "10 mL (or 2 x 4 mg tablets)", "2 doses (16 mg)"]],
           [58, 28, 46, 38], size=8.5)
    d.para("Observe for 30 minutes after the dose, then start oral rehydration solution at 5 mL every 5 minutes. If "
           "the child vomits within 15 minutes of the dose, it may be repeated once; if vomiting happens later, do not "
           "repeat.", size=8.5)
    d.h1("6. Notes")
    d.clause("6.1", "Missed doses: give the missed dose as soon as remembered unless the next dose is due within 2 "
             "hours (Amoxapen) or 4 hours (Clarimycin, Cefaroxin); never give two doses together.")
    d.clause("6.2", "Reconstituted suspensions: Amoxapen and Cefaroxin - store in the fridge, discard after 14 days. "
             "Clarimycin - store at room temperature, do NOT refrigerate, discard after 14 days.")
    d.clause("6.3", "Penicillin allergy: record the type of reaction. Rash only = non-severe; anaphylaxis, "
             "angioedema, or a severe skin reaction = severe.")
    return d.save("medical/paediatric_oral_dosing_chart_ravenmoor.pdf")


# =============================================================================
# 5. Iron infusion patient information leaflet and consent form (FAQ style)
# =============================================================================
def iron_infusion_leaflet():
    d = Doc("Having an iron infusion - patient information", "Leaflet PIL-HAEM-118",
            "Bramwell Valley Hospitals NHS Trust - Haematology Day Unit, tel. 01632 960 418", font="Times",
            accent=(140, 30, 30), body_size=10.5)
    d.title_block("YOUR IRON INFUSION WITH FERROVEL (FERRIC CARBOXYLATE)",
                  "Information for patients and carers, and consent form. Please read this before your appointment "
                  "and bring it with you.")
    d.h2("Why have I been offered an iron infusion?")
    d.para("You have iron deficiency anaemia and iron tablets have not worked, have caused side effects you could "
           "not manage, or would not raise your iron quickly enough (for example before an operation or in the last "
           "weeks of pregnancy). Ferrovel is given into a vein through a small cannula in your hand or arm.")
    d.h2("How much will I have?")
    d.para("Your dose depends on your weight and your haemoglobin (Hb) result:")
    d.grid(["Your weight", "Hb 100 g/L or more", "Hb below 100 g/L"],
           [["Under 35 kg", "500 mg in one visit", "500 mg in one visit"],
            ["35 kg to 69 kg", "1,000 mg in one visit", "1,500 mg: 1,000 mg, then 500 mg a week later"],
            ["70 kg and over", "1,500 mg: 1,000 mg, then 500 mg a week later",
             "2,000 mg: 1,000 mg, then 1,000 mg a week later"]], [40, 60, 70])
    d.para("No more than 1,000 mg is given in one visit. A second visit is at least 7 days after the first.")
    d.h2("Who cannot have Ferrovel?")
    d.bullets(["anyone who has had a serious allergic reaction (anaphylaxis) to any iron injection or infusion;",
               "women in the first 3 months (first trimester) of pregnancy;",
               "people with anaemia not caused by lack of iron, or with iron overload (haemochromatosis);",
               "people with an infection causing a fever on the day - your appointment will be moved;",
               "children under 14 - they are treated by the children's team."])
    d.para("Tell us before the infusion if you have asthma, eczema or other allergies, severe liver disease, or have "
           "reacted to any medicine before. You can still usually have the infusion, but we will watch you for longer "
           "(see 'How long will I be in the unit?').")
    d.h2("Do I need to stop my iron tablets?")
    d.para("Yes. Stop iron tablets 1 day before the infusion and do not restart them unless your doctor tells you to. "
           "You can take all your other medicines as usual, and you can eat and drink normally beforehand.")
    d.h2("How long will I be in the unit?")
    d.para("The infusion itself takes about 15 minutes for doses up to 1,000 mg. After it we check your blood "
           "pressure and pulse, and you stay for observation for 30 minutes. If you have asthma, severe allergies, or "
           "had any reaction to an earlier infusion, you stay for 60 minutes. Allow about 1 hour 30 minutes for the "
           "whole appointment.")
    d.h2("What side effects or reactions can happen, and what should I do?")
    d.grid(["What you notice", "When", "What to do"],
           [["Itching, flushing, a rash or feeling hot", "During the infusion", "Tell the nurse at once. The "
             "infusion is paused and then restarted more slowly if it settles."],
            ["Wheeze, chest tightness, swollen lips or tongue, feeling faint", "During or soon after",
             "Tell the nurse at once. The infusion is stopped and a doctor will treat you."],
            ["Brown staining of the skin around the cannula", "During the infusion", "Tell the nurse at once - the "
             "infusion is stopped. The staining can last for months or be permanent."],
            ["Headache, aching muscles or joints, mild fever", "1 to 2 days after", "Rest and take paracetamol. "
             "Call the unit if it lasts more than 3 days."],
            ["Tiredness or muscle weakness that gets worse", "2 to 6 weeks after", "This can be a low phosphate "
             "level. Contact the unit or your GP for a blood test."],
            ["Swelling of the face or throat, or difficulty breathing", "After you have gone home",
             "Call 999 and say you have had an iron infusion."]], [52, 36, 82])
    d.para("Serious allergic reactions are rare: about 1 in every 1,000 to 10,000 people. All nurses in the unit are "
           "trained to treat them.")
    d.h2("Can I drive home?")
    d.para("Yes, if you feel well after the observation time. If you had any reaction, even a mild one, please do not "
           "drive for the rest of the day - bring someone with you or arrange a lift.")
    d.h2("I am pregnant or breastfeeding - can I have it?")
    d.para("From 14 weeks of pregnancy (the second and third trimesters) Ferrovel can be given if your midwife or "
           "obstetrician agrees; the baby's heart rate is checked before and after the infusion if you are over 24 "
           "weeks. You can breastfeed as normal.")
    d.h2("When will I feel better, and will I have another blood test?")
    d.para("Most people feel less tired within 2 to 3 weeks. You will have a blood test 4 weeks after your last "
           "infusion to check your Hb and iron levels; the result goes to the doctor who referred you. Your stools "
           "will not turn black with an infusion, unlike with tablets.")
    d.h2("If you cannot come")
    d.para("Please call the unit at least 48 hours before your appointment so it can be given to another patient. "
           "The unit is open 08:00 to 18:00, Monday to Friday; outside these hours call NHS 111.")
    d.h1("Consent form - iron infusion (Ferrovel)")
    d.para("Patient name: ................................................    Hospital number: ......................")
    d.para("Planned dose: ............ mg in ............ visit(s).")
    d.para("I have read this leaflet. The intended benefits (raising my iron and haemoglobin) and the risks (skin "
           "staining, allergic reaction including a serious reaction in about 1 in every 1,000 to 10,000 people, "
           "flu-like symptoms, low phosphate) have been explained to me. I understand I can refuse or stop the "
           "treatment at any time, and that iron tablets are an alternative.")
    d.para("Patient signature: ...............................................    Date: ....................")
    d.para("Health professional (name, role, signature): .......................................................")
    d.para("If you need an interpreter, or the patient lacks capacity to consent, use consent form 4 (best "
           "interests) and record it in the notes.", size=9, style="I")
    return d.save("medical/iron_infusion_leaflet_bramwell.pdf")


# =============================================================================
# 6. Community pharmacy emergency contraception and minor-ailment protocol
# =============================================================================
def pharmacy_protocol():
    d = Doc("Community Pharmacy Service Protocol - Emergency Contraception and UTI", "Protocol CPS-11 v2.3",
            "Northmere Integrated Care Board - Community Pharmacy Services. Valid 1 April 2026 to 31 March 2028",
            accent=(30, 70, 140))
    d.title_block("PHARMACY PROTOCOL: EMERGENCY HORMONAL CONTRACEPTION AND UNCOMPLICATED URINARY TRACT INFECTION",
                  "For accredited pharmacists working in community pharmacies commissioned by Northmere ICB. This "
                  "protocol is not a prescription; supply is free of charge to eligible patients.")
    d.h1("Part A - Emergency hormonal contraception (EHC)")
    d.h2("A1. Medicines covered")
    d.clause("A1.1", "Levonorgel 1.5 mg tablet (levonorgel) and Ulipraxa 30 mg tablet (ulipraxa). Both are taken as "
             "a single dose by mouth, as soon as possible after unprotected sexual intercourse (UPSI).", numw=14)
    d.h2("A2. Eligibility by age and time since UPSI")
    d.grid(["Patient", "Time since the earliest UPSI in this cycle", "Supply"],
           [["Aged 16 or over", "Up to 72 hours", "Levonorgel 1.5 mg or Ulipraxa 30 mg"],
            ["Aged 16 or over", "Over 72 hours, up to 120 hours", "Ulipraxa 30 mg only"],
            ["Aged 13 to 15, judged competent (Fraser)", "Up to 72 hours", "Levonorgel 1.5 mg or Ulipraxa 30 mg"],
            ["Aged 13 to 15, judged competent (Fraser)", "Over 72 hours, up to 120 hours", "Ulipraxa 30 mg only"],
            ["Any age", "Over 120 hours", "No supply - refer for a copper intrauterine device (IUD)"],
            ["Under 13", "Any time", "No supply - refer the same day and follow safeguarding procedure SG-2"]],
           [52, 60, 62])
    d.clause("A2.1", "Always offer a copper IUD first, as the most effective method: it can be fitted up to 120 hours "
             "(5 days) after the first UPSI, or up to 5 days after the earliest expected date of ovulation. If the "
             "patient wants one, give EHC as well and refer to the sexual health clinic.", numw=14)
    d.clause("A2.2", "Weight: if the patient weighs over 70 kg or has a BMI over 26 kg/m2, give Ulipraxa 30 mg, or, "
             "if Ulipraxa is unsuitable, a double dose of Levonorgel (3 mg, two tablets).", numw=14)
    d.h2("A3. Exclusions and actions")
    d.para("The first column is the patient's situation; if any row applies, take the action in the second column "
           "instead of supplying under this protocol.")
    d.grid(["Situation", "Action"],
           [["Previous allergic reaction to levonorgel or ulipraxa", "No supply of that medicine; the other may be "
             "supplied if suitable"],
            ["Known or suspected pregnancy (period more than 7 days late or abnormal)", "Do a pregnancy test; no "
             "supply if positive; refer to GP or sexual health clinic"],
            ["Severe asthma controlled by oral steroids", "No Ulipraxa; Levonorgel may be supplied"],
            ["Taking an enzyme-inducing medicine now or in the last 4 weeks (e.g. some epilepsy or HIV medicines, "
             "St John's wort)", "No Ulipraxa; offer copper IUD or a double dose of Levonorgel (3 mg)"],
            ["Took Levonorgel in the last 7 days", "Ulipraxa is not to be given; Levonorgel may be repeated"],
            ["Took Ulipraxa in the last 5 days", "Levonorgel is not to be given; Ulipraxa may be repeated"],
            ["Severe liver disease", "No supply; refer to GP or sexual health clinic"],
            ["Patient is not the person who will take the medicine", "No supply - the patient must attend in person"]],
           [85, 89], size=8.5)
    d.h2("A4. Advice at supply")
    d.clause("A4.1", "If the patient vomits within 3 hours of taking either tablet, a further dose is needed; she "
             "should return to the pharmacy.", numw=14)
    d.clause("A4.2", "After Levonorgel, hormonal contraception may be started straight away, with condoms for 7 "
             "days (9 days for the combined pill Qlaira-type regimens). After Ulipraxa, wait 5 days before starting "
             "hormonal contraception, and use condoms until it is effective.", numw=14)
    d.clause("A4.3", "Do a pregnancy test 3 weeks after the UPSI if the next period is more than 7 days late, lighter "
             "than usual or unusual.", numw=14)
    d.clause("A4.4", "Ulipraxa: breastfeeding should be avoided for 1 week after the dose (express and discard the "
             "milk). Levonorgel: breastfeeding may continue.", numw=14)
    d.h1("Part B - Uncomplicated urinary tract infection (UTI) in women")
    d.h2("B1. Inclusion")
    d.clause("B1.1", "Women aged 16 to 64 who are not pregnant, with two or more of: pain or burning on passing "
             "urine; new need to pass urine at night; or cloudy urine, and no signs of a more serious infection.",
             numw=14)
    d.clause("B1.2", "Supply: Nitrovantin 100 mg modified-release capsules, one twice a day for 3 days (6 capsules). "
             "Not to be supplied if eGFR is known to be under 45 mL/min.", numw=14)
    d.h2("B2. Referral criteria")
    d.grid(["Finding", "Refer to", "How soon"],
           [["Temperature 38.0 C or above, rigors, loin pain or vomiting (possible kidney infection)",
             "GP or NHS 111", "Same day"],
            ["Confusion, or signs of sepsis (very fast breathing, mottled skin, not passing urine for 18 hours)",
             "Call 999", "Immediately"],
            ["Pregnant, or male", "GP", "Same day"],
            ["Visible blood in the urine", "GP", "Within 48 hours"],
            ["Third UTI in 12 months, or second in 6 months", "GP", "Within 7 days (supply may still be made)"],
            ["Vaginal discharge or itch", "Sexual health clinic or GP", "Within 7 days"],
            ["Urinary catheter", "GP or community nursing team", "Same day"],
            ["Symptoms not better 48 hours after starting Nitrovantin", "GP", "Same day"]],
           [92, 46, 36], size=8.5)
    d.h1("Part C - Records and governance")
    d.clause("C1", "Record every consultation, including when no supply is made, on the pharmacy service system "
             "within 24 hours. Records are kept for 8 years, or until age 25 for a patient under 18 (whichever is "
             "longer).", numw=14)
    d.clause("C2", "Consultations must take place in the consultation room. A chaperone may be offered but the "
             "patient may decline.", numw=14)
    d.clause("C3", "Pharmacists must complete the accredited training and a declaration of competence every 2 "
             "years. A locum may supply under this protocol only with a current declaration.", numw=14)
    return d.save("medical/pharmacy_ehc_uti_protocol_northmere.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([courier_terms, estate_agency_terms, student_licence,
                       dosing_chart, iron_infusion_leaflet, pharmacy_protocol], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
