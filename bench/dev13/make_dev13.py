"""Render the thirteenth development-set documents (fictional) as PDFs into bench/dev13/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
residential care home residence and fees agreement (weekly fees by care type, charges during absences,
notice, a schedule of extras after the signatures), a domestic removals contract (postponement charges by
notice, extended cover premium by declared value, claims, storage, a price schedule at the end), a
freelance graphic design services agreement (revision rounds, kill fee by project stage, copyright on
payment, a fee schedule after the signatures), a prednisolone reducing-dose card with steroid sick day
rules for a named (invented) patient, a childhood immunisation schedule leaflet in question-and-answer
form, and an adult hyperkalaemia management guideline for hospital clinicians. Questions:
bench/dev13/questions.jsonl. All names, products and numbers are invented; the clinical content is not
advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev13/make_dev13.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2026, 11, 16, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 13 (fictional document)", "make_dev13.py", FIXED_DATE)


# =============================================================================
# 1. Care home residence and fees agreement
# =============================================================================
def care_home_agreement():
    d = Doc("Residence and Fees Agreement - Larkspur House", "Ref. LH-RA-2026-0193",
            "Larkspur House Care Home, Tillingham - Harrowmere Care Ltd", accent=(90, 50, 110))
    d.title_block("RESIDENCE AND FEES AGREEMENT (PRIVATELY FUNDED RESIDENTS)",
                  "Between Harrowmere Care Ltd, operating Larkspur House Care Home, Church Lane, Tillingham (the "
                  "\"Home\"), and Mrs Winifred Ashdown-Pryce (the \"Resident\"), with Mr Graham Pryce as her "
                  "attorney under a registered lasting power of attorney (the \"Representative\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Weekly Fee\" means the fee for the Resident's accommodation and care in clause 4, which "
             "includes meals, laundry (except dry cleaning), heating, lighting, activities and the care set out "
             "in the Care Plan. \"Care Type\" means the level of care assessed under clause 3. \"Extras\" means "
             "the optional services in the Schedule, charged on top of the Weekly Fee.")
    d.clause("1.2", "\"FNC\" means NHS-funded nursing care: the weekly contribution paid by the NHS directly to "
             "the Home for a Resident assessed as needing nursing care. \"Trial Period\" means the first 4 weeks "
             "of residence. \"Room\" means room 14 (ground floor, en-suite).")
    d.h1("2. Trial Period")
    d.clause("2.1", "During the Trial Period either party may end this agreement by giving 7 days' notice in "
             "writing. At the end of the Trial Period the Home will review the Care Plan with the Resident and "
             "the Representative and confirm the Care Type in writing.")
    d.h1("3. Assessment and Care Type")
    d.clause("3.1", "The Home's manager assesses the Resident before admission, at the end of the Trial Period, "
             "every 6 months and whenever the Resident's needs change significantly. If the assessed Care Type "
             "changes, the new Weekly Fee applies from the Monday after written notice of the change.")
    d.h1("4. Fees")
    d.clause("4.1", "The Weekly Fee from 1 April 2026 depends on the Care Type and the type of room:")
    d.grid(["Care Type", "Standard room", "En-suite room", "Garden suite"],
           [["Residential care", "GBP 1,085", "GBP 1,160", "GBP 1,290"],
            ["Residential dementia care", "GBP 1,165", "GBP 1,240", "GBP 1,370"],
            ["Nursing care", "GBP 1,395", "GBP 1,470", "GBP 1,600"],
            ["Nursing dementia care", "GBP 1,475", "GBP 1,550", "GBP 1,680"]], [60, 35, 35, 35])
    d.para("* For Nursing care and Nursing dementia care the Weekly Fee shown is before the FNC. The FNC (GBP "
           "254.06 a week from 1 April 2026) is paid by the NHS to the Home and deducted from the Weekly Fee "
           "the Resident pays. The Weekly Fee is not subject to VAT.", size=8.5, style="I")
    d.clause("4.2", "The Weekly Fee is payable 4 weeks in advance by direct debit on the first Monday of each "
             "4-week period. The first payment, made on admission, covers the period to the next billing date.")
    d.clause("4.3", "A deposit equal to one Weekly Fee is paid on admission. It is refunded, less any unpaid "
             "fees or Extras, within 30 days after this agreement ends.")
    d.clause("4.4", "If any sum is unpaid 14 days after it is due, the Home may charge interest at 3% a year "
             "above the Bank of England base rate from the due date until payment.")
    d.h1("5. Fee reviews")
    d.clause("5.1", "The Weekly Fee is reviewed once a year with effect from 1 April. The Home will give at "
             "least 28 days' written notice of the new Weekly Fee and will explain the reasons for any increase "
             "above the Consumer Prices Index for the previous December.")
    d.clause("5.2", "If the Resident does not accept an increase, the Resident may end this agreement by giving "
             "notice before the new fee takes effect, and the old Weekly Fee applies during the notice period.")
    d.h1("6. Absences from the Home")
    d.clause("6.1", "The Room is kept for the Resident during an absence. The Weekly Fee during an absence is "
             "charged as follows:")
    d.grid(["Reason for absence", "Period of absence", "Charge"],
           [["Hospital admission", "Days 1 to 28", "100% of the Weekly Fee"],
            ["Hospital admission", "Days 29 to 56", "80% of the Weekly Fee"],
            ["Hospital admission", "Day 57 onwards", "Room kept only by agreement, at 80% of the Weekly Fee"],
            ["Holiday or visit to family", "Any length", "Weekly Fee less a food allowance of GBP 45 a week"]],
           [55, 40, 75])
    d.para("* The FNC is not paid by the NHS during a hospital admission; the Resident pays the full Weekly Fee "
           "shown in clause 4.1 (before the FNC) for nursing care while in hospital.", size=8.5, style="I")
    d.h1("7. Funding and capital")
    d.clause("7.1", "The Resident or the Representative must tell the Home and the local authority when the "
             "Resident's capital (savings and investments, and property unless disregarded) is expected to "
             "fall below GBP 23,250, at least 3 months before it does, so that a needs assessment can be "
             "arranged.")
    d.clause("7.2", "If the local authority then funds the Resident's care at a rate below the Weekly Fee, the "
             "Resident may stay in the Room only if a third party agrees in writing to pay the difference (a "
             "\"Top-up\"). Otherwise the Home will offer a Standard room at the local authority rate, where one "
             "is available.")
    d.h1("8. Ending this agreement")
    d.clause("8.1", "After the Trial Period the Resident or the Representative may end this agreement by giving "
             "28 days' written notice. The Home may end it by giving 28 days' written notice only if it can no "
             "longer meet the Resident's assessed needs, fees are more than 8 weeks in arrears, or the Home "
             "closes; the Home will first consult the Resident, the Representative and the care team.")
    d.clause("8.2", "If the Resident dies, this agreement ends on the date of death. Fees are payable until the "
             "Room has been cleared of the Resident's belongings, for no more than 3 days after the date of "
             "death. Belongings not collected within 14 days are stored and may be disposed of after a further "
             "28 days' written notice to the Representative.")
    d.h1("9. Personal belongings and money")
    d.clause("9.1", "The Resident may bring personal furniture and possessions if they meet fire-safety "
             "standards. Electrical items must be PAT tested by the Home before use; the first 5 items are "
             "tested free. The Home's insurance covers belongings up to GBP 3,000 in total, and no more than "
             "GBP 500 for a single item; valuable items should be insured separately.")
    d.clause("9.2", "The Home can hold up to GBP 200 in cash for the Resident's personal spending, with a "
             "signed record of each transaction. It does not act as an appointee or handle bank cards.")
    d.h1("10. Visiting")
    d.clause("10.1", "Visitors are welcome between 09:00 and 20:00 every day; visits outside those hours can be "
             "arranged with the nurse in charge. Relatives may join the Resident for lunch for GBP 6.50 a meal.")
    d.h1("11. Complaints")
    d.clause("11.1", "Complaints are acknowledged within 3 working days and answered in full within 28 days. If "
             "the Resident is not satisfied, the complaint may be taken to the Local Government and Social Care "
             "Ombudsman.")
    d.signature_block(["Signed for Harrowmere Care Ltd by Bernadette Oduya, Registered Manager",
                       "Signed by Mr Graham Pryce, attorney for Mrs Winifred Ashdown-Pryce"])
    d.h1("SCHEDULE - EXTRAS")
    d.para("Extras are charged on the next 4-weekly invoice. Prices from 1 April 2026.")
    d.grid(["Extra", "Price"],
           [["Hairdresser (visits Tuesday and Friday): wash and set", "GBP 14.00"],
            ["Hairdresser: cut and blow-dry", "GBP 19.50"],
            ["Chiropody (private, every 6 to 8 weeks)", "GBP 28.00 per visit"],
            ["Escort by a carer to a hospital or dental appointment", "GBP 18.00 per hour (first hour free "
             "once a month)"],
            ["Newspapers and magazines", "At cost"],
            ["Private telephone line in the Room", "GBP 9.00 a month plus calls"],
            ["Dry cleaning", "At cost plus GBP 2.00 per item"],
            ["Outings arranged by the Home", "Transport at cost; admission paid by the Resident"]], [110, 60])
    d.para("Toiletries are not included in the Weekly Fee: the Home supplies a basic range at cost, or "
           "families may bring their own.", size=9, style="I")
    return d.save("legal/care_home_residence_agreement_larkspur.pdf")


# =============================================================================
# 2. Domestic removals contract
# =============================================================================
def removals_contract():
    d = Doc("Conditions of Removal and Storage - Fenwick & Daughters", "Edition 7, January 2026",
            "Fenwick & Daughters Removals Ltd, Hexby Road Depot, Dunsmere", font="Times",
            accent=(20, 80, 60), body_size=10.5)
    d.title_block("CONDITIONS OF CONTRACT FOR HOUSEHOLD REMOVAL AND STORAGE",
                  "These conditions form part of every quotation we give for a household removal or storage. "
                  "\"We\" and \"us\" are Fenwick & Daughters Removals Ltd; \"you\" are the customer named in the "
                  "quotation.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Goods\" means the furniture and belongings to be moved or stored. \"Removal Day\" means the "
             "day agreed for loading. \"Removal Charge\" means the total price in the quotation, including any "
             "packing service but excluding Extended Cover and storage. \"Extended Cover\" means the optional "
             "cover in condition 8. \"Working Day\" means Monday to Friday except bank holidays.")
    d.h1("2. The quotation")
    d.clause("2.1", "Our quotation is based on the survey of your home and the volume of Goods recorded there. "
             "It is valid for 28 days from its date and for a Removal Day within 6 months. If you add Goods, or "
             "access at either address is harder than described, we may adjust the price before the Removal "
             "Day.")
    d.clause("2.2", "You accept the quotation by paying a deposit of 20% of the Removal Charge. The balance is "
             "due no later than 3 Working Days before the Removal Day, by bank transfer or card.")
    d.h1("3. Postponement and cancellation")
    d.clause("3.1", "If you postpone or cancel the removal, a charge is payable depending on how much notice "
             "you give, counted in Working Days before the Removal Day:")
    d.grid(["Notice given", "Postponement charge", "Cancellation charge"],
           [["More than 10 Working Days", "Nothing", "Nothing (deposit refunded)"],
            ["5 to 10 Working Days", "15% of the Removal Charge", "30% of the Removal Charge"],
            ["2 to 4 Working Days", "30% of the Removal Charge", "60% of the Removal Charge"],
            ["Less than 2 Working Days", "50% of the Removal Charge", "100% of the Removal Charge"]],
           [55, 55, 60])
    d.para("* A postponement is a change of Removal Day to a new date agreed with us within 3 months. A "
           "postponement to a date more than 3 months later is treated as a cancellation.", size=8.5, style="I")
    d.clause("3.2", "If completion of your property sale or purchase is delayed by someone else in the chain, "
             "the postponement charge is waived once, if you tell us by 12:00 on the Working Day before the "
             "Removal Day.")
    d.h1("4. Your responsibilities")
    d.clause("4.1", "You must arrange any parking permits or bay suspensions needed at both addresses and pay "
             "for them; we will tell you how much kerb space our vehicles need. Any penalty charge caused by a "
             "missing permit is yours to pay.")
    d.clause("4.2", "You must have the Goods ready for loading by 08:00 on the Removal Day, empty and defrost "
             "freezers at least 24 hours in advance, and disconnect washing machines and cookers.")
    d.clause("4.3", "If we cannot load or unload because the property or the keys are not available, waiting "
             "time is charged at GBP 85 per hour (or part hour) after the first hour. If we cannot deliver the "
             "same day, the Goods are kept overnight in our secure depot at GBP 120 per night.")
    d.h1("5. Goods we will not move")
    d.clause("5.1", "Unless agreed in writing, we will not move or store: jewellery, watches, cash, securities or "
             "personal documents; perishable food; plants in storage; pets or other live animals; firearms and "
             "ammunition; and dangerous goods such as gas bottles, paint thinners, petrol or fireworks.")
    d.h1("6. Access and long carries")
    d.clause("6.1", "The price includes a carry of up to 20 metres from the vehicle to the door and up to 3 "
             "floors by stairs. Each extra 10 metres of carry, and each extra floor without a lift, is charged "
             "at GBP 45.")
    d.h1("7. Our liability")
    d.clause("7.1", "Without Extended Cover, our liability for loss or damage is limited to GBP 100 for any one "
             "item (a set or pair counts as one item) and to GBP 5,000 for the removal in total.")
    d.clause("7.2", "We are not liable for breakage of, or damage to, Goods you packed yourself unless the "
             "packaging was visibly damaged while in our care, or for mechanical or electrical faults in "
             "appliances unless there is external damage.")
    d.h1("8. Extended Cover")
    d.clause("8.1", "You may buy Extended Cover, which raises our liability to the declared replacement value of "
             "the Goods in the inventory you give us at least 5 Working Days before the Removal Day. The "
             "premium depends on the total declared value:")
    d.grid(["Total declared value", "Extended Cover premium"],
           [["Up to GBP 25,000", "GBP 65"],
            ["GBP 25,001 to GBP 50,000", "GBP 110"],
            ["GBP 50,001 to GBP 100,000", "GBP 190"],
            ["Over GBP 100,000", "0.2% of the declared value"]], [80, 70])
    d.clause("8.2", "Each claim under Extended Cover is subject to an excess of GBP 50. Any single item worth "
             "more than GBP 2,500 must be listed separately in the inventory, or cover for it is limited to GBP "
             "2,500.")
    d.h1("9. Claims")
    d.clause("9.1", "Loss or damage visible at delivery must be noted on the delivery sheet. Any other loss or "
             "damage must be reported to us in writing within 7 days of delivery, and a written claim with "
             "photographs sent within 21 days of delivery. Items must be kept for inspection and not repaired "
             "or thrown away until we agree.")
    d.clause("9.2", "We may repair or replace a damaged item, or pay the cost of repair, instead of paying its "
             "value. We are not liable for loss of value of a set caused by damage to one piece.")
    d.h1("10. Storage")
    d.clause("10.1", "Goods are stored in sealed wooden containers at our Dunsmere depot. Storage is charged per "
             "container every 4 weeks in advance; at least 4 weeks must be paid even if the Goods are collected "
             "sooner. You may visit your containers by appointment, with 2 Working Days' notice; each access "
             "visit costs GBP 40.")
    d.clause("10.2", "Either party may end storage by giving 14 days' notice. If storage charges are 2 months in "
             "arrears we may, after giving you 28 days' written notice, sell Goods to recover what is owed and "
             "pay you any balance.")
    d.h1("11. Complaints")
    d.clause("11.1", "Complaints are answered within 10 Working Days. We belong to an independent dispute "
             "resolution scheme for the removals industry, which you may use free of charge after our final "
             "reply.")
    d.signature_block(["Customer: Mr Ravi and Mrs Joanne Castellanos-Reid, 7 Quarry Row, Dunsmere",
                       "For Fenwick & Daughters Removals Ltd: Hattie Fenwick, Operations Director"])
    d.h1("SCHEDULE - PRICE SCHEDULE AND QUOTATION Q-26-4471")
    d.para("Removal from 7 Quarry Row, Dunsmere to 2 Saltings Close, Holm Bay (38 miles). Removal Day: Friday "
           "19 June 2026. Volume 1,150 cubic feet (about a 3-bedroom house).")
    d.grid(["Item", "Price (VAT included)"],
           [["Removal: 1 vehicle, 4 crew, loading and delivery the same day", "GBP 1,480.00"],
            ["Full packing service (day before the Removal Day)", "GBP 395.00"],
            ["Dismantling and reassembly of 2 beds and 1 wardrobe", "GBP 60.00"],
            ["Removal Charge (total)", "GBP 1,935.00"],
            ["Extended Cover (declared value GBP 42,000) - optional", "GBP 110.00"],
            ["Storage container (250 cubic feet), per 4 weeks - if needed", "GBP 38.00 per container"]],
           [115, 55])
    d.grid(["Packing materials for self-packing", "Price"],
           [["Large carton (sold in packs of 10)", "GBP 26.00 per pack"],
            ["Book carton (sold in packs of 10)", "GBP 19.00 per pack"],
            ["Wardrobe carton (hire, returned after the move)", "GBP 9.50 each"],
            ["Acid-free tissue, 500 sheets", "GBP 12.00"]], [115, 55])
    d.para("Extra crew for a day: GBP 240 per person. Sunday and bank holiday removals: Removal Charge plus 25%.",
           size=9, style="I")
    return d.save("legal/removals_contract_fenwick_castellanos.pdf")


# =============================================================================
# 3. Freelance graphic design services agreement
# =============================================================================
def design_agreement():
    d = Doc("Design Services Agreement - Foxglove Studio / Pellbury Brewing", "Project FS-0412",
            "Foxglove Studio (Tamsin Okafor-Reyes) - Pellbury Craft Brewing Co. Ltd", accent=(160, 70, 20))
    d.title_block("GRAPHIC DESIGN SERVICES AGREEMENT",
                  "Dated 9 March 2026, between Tamsin Okafor-Reyes, trading as Foxglove Studio (the "
                  "\"Designer\"), and Pellbury Craft Brewing Co. Ltd, company no. 11408753 (the \"Client\"), "
                  "for a new brand identity and beer labels (the \"Project\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Brief\" means the Client's written description of the Project dated 2 March 2026. "
             "\"Concepts\" means the initial design routes presented at Stage 1. \"Final Artwork\" means the "
             "approved designs supplied as print-ready and digital files. \"Round of Revisions\" means one set "
             "of consolidated changes sent by the Client in a single written list.")
    d.clause("1.2", "\"Project Fee\" means the total of the fees in the Schedule for the deliverables ordered. "
             "\"Third-Party Materials\" means fonts, stock photographs and illustrations licensed from others.")
    d.h1("2. Stages and approvals")
    d.clause("2.1", "The Project runs in four stages: Stage 1 Concepts (three design routes), Stage 2 "
             "Development (one chosen route), Stage 3 Final Artwork, and Stage 4 Handover. The Client approves "
             "each stage in writing before the next starts.")
    d.clause("2.2", "The Project Fee includes 2 Rounds of Revisions at Stage 1 and 3 Rounds of Revisions at "
             "Stage 2. Further Rounds of Revisions, and changes at Stage 3 that are not corrections of the "
             "Designer's errors, are charged as set out in the Schedule.")
    d.clause("2.3", "If the Client does not give feedback or approval within 15 Working Days of a request, the "
             "Designer may invoice for the stage reached and reschedule the remaining work.")
    d.h1("3. Fees and payment")
    d.clause("3.1", "The Client pays a deposit of 40% of the Project Fee on signing, 30% on approval of Stage 2 "
             "and the remaining 30% on delivery of the Final Artwork. Each invoice is payable within 14 days.")
    d.clause("3.2", "Late invoices carry interest at 8% a year above the Bank of England base rate. The Designer "
             "may pause work while any invoice is more than 30 days overdue.")
    d.clause("3.3", "Printing, proofs and Third-Party Materials are paid for by the Client at cost, with the "
             "Client's prior approval for any item over GBP 150.")
    d.h1("4. Cancellation (kill fee)")
    d.clause("4.1", "The Client may cancel the Project at any time by written notice. The Client then pays a "
             "kill fee of a percentage of the Project Fee according to the stage reached, less any amounts "
             "already paid above it:")
    d.grid(["Stage reached when notice is given", "Kill fee (% of the Project Fee)"],
           [["Before the Concepts are presented", "25%"],
            ["Concepts presented (Stage 1)", "50%"],
            ["Development route approved (Stage 2)", "75%"],
            ["Final Artwork delivered (Stage 3 or later)", "100%"]], [90, 80])
    d.clause("4.2", "The deposit is not refundable except where the Designer cancels. The Designer may cancel on "
             "14 days' written notice and refund any fees paid for work not done.")
    d.h1("5. Copyright and licences")
    d.clause("5.1", "Copyright in the Final Artwork is assigned to the Client when the Project Fee has been paid "
             "in full. Until then the Client may use the designs only for internal review and market testing.")
    d.clause("5.2", "Concepts and development routes not chosen remain the Designer's property and may be "
             "reused by her for other clients, but not with the Client's name or marks.")
    d.clause("5.3", "Third-Party Materials are licensed to the Client in its own name; the Designer will tell "
             "the Client which licences are needed. The Designer does not warrant that a logo can be "
             "registered as a trade mark; the Client should take its own advice before launch.")
    d.clause("5.4", "The Designer may show the work in her portfolio and on social media after the Client's "
             "public launch, or 6 months after delivery of the Final Artwork if sooner.")
    d.h1("6. Liability and termination")
    d.clause("6.1", "The Designer's total liability is limited to the Project Fee. The Client is responsible for "
             "checking all text, ABV figures, allergen statements and legal labelling on proofs before "
             "printing; the Designer is not liable for print runs approved by the Client.")
    d.clause("6.2", "Either party may terminate at once if the other commits a material breach not remedied "
             "within 10 Working Days of written notice. This agreement is governed by the law of England and "
             "Wales.")
    d.signature_block(["Signed by Tamsin Okafor-Reyes, t/a Foxglove Studio",
                       "Signed for Pellbury Craft Brewing Co. Ltd by Owain Threlfall, Managing Director"])
    d.h1("SCHEDULE - FEES AND TIMETABLE")
    d.grid(["Deliverable", "Fee (no VAT charged)"],
           [["Brand identity: logo, colour palette, type pairing, 12-page brand guidelines", "GBP 3,800"],
            ["Core range beer label, per label (first 3 labels)", "GBP 650 per label"],
            ["Core range beer label, per label (4th and later labels)", "GBP 480 per label"],
            ["Seasonal label adapted from an approved core label", "GBP 260 per label"],
            ["Pump clip and keg badge set", "GBP 340"],
            ["Extra Round of Revisions (any stage)", "GBP 320 per round"],
            ["Hourly work (changes at Stage 3, artwork for other items)", "GBP 55 per hour"]], [120, 50])
    d.para("Rush fee: if the Client asks for Final Artwork in fewer than 10 Working Days from approval of Stage 2, "
           "25% is added to the fees for the deliverables concerned.", size=9.5)
    d.grid(["Stage", "Target date"],
           [["Stage 1 Concepts presented", "Thursday 2 April 2026"],
            ["Stage 2 Development approved", "Friday 8 May 2026"],
            ["Stage 3 Final Artwork delivered", "Friday 29 May 2026"],
            ["Stage 4 Handover of files and brand guidelines", "Friday 5 June 2026"]], [100, 70])
    d.para("Ordered: brand identity and 5 core range labels. The Designer is not VAT-registered.", size=9,
           style="I")
    return d.save("legal/design_services_foxglove_pellbury.pdf")


# =============================================================================
# 4. Prednisolone reducing-dose card with steroid sick day rules
# =============================================================================
def prednisolone_card():
    d = Doc("Prednisolone reducing plan and steroid sick day rules", "Rheumatology, Pendlebrook Hospital",
            "Pendlebrook Hospitals NHS Trust - Rheumatology Nurse Specialists", accent=(150, 30, 30),
            body_size=10)
    d.title_block("YOUR PREDNISOLONE REDUCING PLAN",
                  "Patient: Mrs Ingrid Halloran, date of birth 03/09/1951, NHS no. 943 551 2087\n"
                  "Condition: polymyalgia rheumatica (PMR). Prescriber: Dr Samuel Achebe-Lowry, consultant "
                  "rheumatologist. Plan started: Monday 5 October 2026.")
    d.h1("1. How to take prednisolone")
    d.bullets(["Take the whole day's dose once a day in the morning, with or after breakfast.",
               "Your tablets are 1 mg and 5 mg. Check the strength on the box: the tablets look alike.",
               "Do not stop taking prednisolone suddenly. After more than 3 weeks of treatment your body makes "
               "less of its own steroid hormone (cortisol), and stopping suddenly can make you very unwell.",
               "Carry your red Steroid Emergency Card at all times and show it to any doctor, nurse, dentist "
               "or paramedic who treats you."])
    d.h1("2. Your reducing plan")
    d.para("Reduce the dose on the Monday at the start of each step. If your PMR symptoms (pain and stiffness "
           "in the shoulders or hips) come back at any step, go back to the previous dose and phone the "
           "rheumatology nurse line.")
    d.grid(["Step", "Dates (Monday to Sunday)", "Daily dose", "Tablets each morning"],
           [["1", "5 Oct to 1 Nov 2026 (4 weeks)", "15 mg", "Three 5 mg"],
            ["2", "2 Nov to 29 Nov 2026 (4 weeks)", "12.5 mg", "Two 5 mg and two 1 mg, plus half a 1 mg*"],
            ["3", "30 Nov 2026 to 24 Jan 2027 (8 weeks)", "10 mg", "Two 5 mg"],
            ["4", "25 Jan to 21 Mar 2027 (8 weeks)", "9 mg", "One 5 mg and four 1 mg"],
            ["5", "22 Mar to 16 May 2027 (8 weeks)", "8 mg", "One 5 mg and three 1 mg"],
            ["6", "17 May to 11 Jul 2027 (8 weeks)", "7 mg", "One 5 mg and two 1 mg"],
            ["7", "From 12 Jul 2027", "Reduce by 1 mg every 8 weeks", "As agreed at clinic"]],
           [12, 62, 40, 56])
    d.para("* 1 mg tablets are scored and can be halved. Your GP may instead prescribe 2.5 mg tablets for step 2.",
           size=8.5, style="I")
    d.para("Blood tests (full blood count, ESR/CRP, blood glucose) are due at the end of steps 1, 2 and 3, then "
           "every 3 months. Clinic review: Tuesday 19 January 2027.")
    d.h1("3. Steroid sick day rules")
    d.para("When you are ill, your body needs more steroid than usual. Follow these rules while you take "
           "prednisolone and for 12 months after you stop, if you have taken it for longer than 4 weeks.")
    d.grid(["Situation", "What to do"],
           [["Illness with a fever (temperature 37.5 C or higher), or needing antibiotics, or needing to stay "
             "in bed", "Double your usual daily dose (take the extra dose in the afternoon) until you are better, "
             "for up to 3 days. Then go back to your usual dose."],
            ["Ill for more than 3 days, or not improving", "Contact your GP or the nurse line the same day."],
            ["Vomiting, or diarrhoea with fluid loss, and unable to keep your tablets down",
             "Use your hydrocortisone emergency injection if you have one, and call 999 or go to A&E. Tell them "
             "you are steroid dependent."],
            ["Minor illness without fever (a cold without fever, a sore throat)", "No change to your dose."]],
           [70, 100])
    d.para("If you have an operation, a procedure under sedation, a colonoscopy or dental surgery under general "
           "anaesthetic, tell the team at least 2 weeks before: you may need extra steroid cover on the day.")
    d.h1("4. Side effects and protecting your bones")
    d.clause("4.1", "Common side effects include indigestion, increased appetite and weight gain, difficulty "
             "sleeping if the dose is taken late in the day, mood changes, bruising and raised blood sugar. Tell "
             "your GP if you feel very thirsty or pass a lot of urine.")
    d.clause("4.2", "Take alendronic acid 70 mg once a week (Sunday), on an empty stomach with a full glass of "
             "water, at least 30 minutes before breakfast or other medicines, staying upright for 30 minutes. "
             "Take the calcium and vitamin D tablet (Adcal-D3 style) twice a day, but not within 4 hours of "
             "the alendronic acid.")
    d.clause("4.3", "Take omeprazole 20 mg once a day while your dose is above 7.5 mg, to protect your stomach. "
             "Do not take ibuprofen or other anti-inflammatory painkillers without asking your GP.")
    d.h1("5. Infections and vaccines")
    d.clause("5.1", "Prednisolone can make infections worse. If you have not had chickenpox and you are in contact "
             "with someone with chickenpox or shingles, see your GP within 3 days: you may need treatment to "
             "prevent it.")
    d.clause("5.2", "Have the yearly flu vaccine and the pneumococcal vaccine. Do not have live vaccines (for "
             "example yellow fever) while your dose is 20 mg a day or more, or for 3 months after a dose at that "
             "level. The non-live shingles vaccine can be given.")
    d.h1("6. Contacts")
    d.para("Rheumatology nurse line: 01632 961 306 (Mon-Fri 08:30-16:30, answerphone; calls returned within 1 "
           "working day). Out of hours: NHS 111. New sudden headache, scalp pain or problems with your sight: "
           "go to A&E immediately, as this may be giant cell arteritis.", style="B")
    return d.save("medical/prednisolone_reducing_card_halloran.pdf")


# =============================================================================
# 5. Childhood immunisation schedule leaflet (question-and-answer)
# =============================================================================
def immunisation_leaflet():
    d = Doc("Your child's immunisations - birth to 14 years", "Leaflet CH-204 (2026)",
            "Carrowmere Health Board - Child Health and Immunisation Team", accent=(0, 110, 140),
            body_size=10)
    d.title_block("Your child's immunisations: a guide for parents",
                  "The routine vaccines offered free to every child in Carrowmere, when they are given, and "
                  "answers to the questions parents ask most.")
    d.h1("When are the vaccines given?")
    d.grid(["Age", "Vaccines", "How given"],
           [["8 weeks", "6-in-1 (1st dose); rotavirus (1st dose); MenB (1st dose)", "2 injections in the thigh; "
             "rotavirus drops by mouth"],
            ["12 weeks", "6-in-1 (2nd dose); pneumococcal (PCV, 1st dose); rotavirus (2nd dose)", "2 injections; "
             "drops by mouth"],
            ["16 weeks", "6-in-1 (3rd dose); MenB (2nd dose)", "2 injections in the thigh"],
            ["1 year (on or after the first birthday)", "Hib/MenC; MMR (1st dose); PCV booster; MenB (3rd dose)",
             "4 injections, thigh or upper arm"],
            ["18 months", "MMRV (MMR 2nd dose with chickenpox); 6-in-1 booster", "2 injections in the upper arm"],
            ["Every autumn from age 2 to school Year 11", "Flu vaccine", "Nasal spray"],
            ["3 years 4 months", "4-in-1 pre-school booster", "1 injection in the upper arm"],
            ["12 to 13 years (school Year 8)", "HPV (one dose)", "1 injection, given at school"],
            ["14 years (school Year 9)", "3-in-1 teenage booster; MenACWY", "2 injections, given at school"]],
           [42, 78, 50])
    d.para("Premature babies have their vaccines at the same ages after birth as other babies, not by their "
           "due date.", size=9, style="I")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("Why does my baby need paracetamol after the MenB vaccine?",
       "Fever is common after the MenB vaccine at 8 and 16 weeks. Give 3 doses of infant paracetamol liquid "
       "(120 mg/5 ml): the first as soon as possible after the vaccination, the second 4 to 6 hours after the "
       "first, and the third 4 to 6 hours after the second. For babies of 8 and 16 weeks each dose is 2.5 ml. "
       "You do not need to give paracetamol after the 1-year MenB dose unless your child has a fever.")
    qa("Is there an age limit for the rotavirus drops?",
       "Yes. The first dose cannot be given after 15 weeks of age and the second cannot be given after 24 weeks, "
       "so try not to miss the 8 and 12 week appointments. The virus from the vaccine is passed in the baby's "
       "poo for a few weeks, so wash your hands well after changing nappies.")
    qa("What if my child missed a vaccine?",
       "It is never too late to catch up for most vaccines. Your child does not need to start the course "
       "again: contact your GP practice to book the missed doses. The practice will work out a catch-up plan; "
       "doses in a course need to be at least 4 weeks apart.")
    qa("Can my baby be vaccinated with a cold?",
       "Yes. A minor illness such as a cold, without a fever, is not a reason to delay. If your child has a "
       "fever or is acutely unwell, the nurse will postpone the vaccine until they are better.")
    qa("What reactions are normal?",
       "Redness, swelling or a small hard lump where the needle went in, and being irritable or off their feed "
       "for a day or two. A rash and mild fever can appear 6 to 11 days after MMR, and a few children get "
       "swelling of the face and neck about 3 weeks after it. These are not infectious.")
    qa("When should I get help after a vaccine?",
       "Phone your GP or NHS 111 if your baby is under 3 months and has a temperature of 38 C or more (other "
       "than in the 2 days after MenB, if they are otherwise well), or if any child has a temperature of 39 C or "
       "more, a fit, or is floppy or very sleepy. Serious allergic reactions are very rare and happen within "
       "minutes; the nurse is trained to treat them.")
    qa("My child has an egg allergy. Can they have MMR and the flu spray?",
       "Yes, MMR is safe for children with egg allergy. The flu nasal spray can also be given, unless your "
       "child has needed intensive care for a severe reaction to egg. Children with severe asthma needing "
       "oral steroids in the last 2 weeks get a flu injection instead.")
    qa("Does the flu nasal spray contain pork gelatine?",
       "Yes, it contains a highly processed form of porcine gelatine. If you do not want your child to have "
       "it for this reason, ask for the injected flu vaccine, which does not contain gelatine.")
    qa("What about other children in the house and pregnancy?",
       "Vaccinated children are not a risk to pregnant women in the home. Pregnant women are offered whooping "
       "cough vaccine from 16 weeks of pregnancy, which also protects the baby in its first weeks.")
    d.para("Immunisation team: 01632 962 580 (Mon-Fri 09:00-17:00). Keep the red book record of every vaccine.",
           size=9.5, style="B")
    return d.save("medical/childhood_immunisation_leaflet_carrowmere.pdf")


# =============================================================================
# 6. Hyperkalaemia management guideline (adults, hospital)
# =============================================================================
def hyperkalaemia_guideline():
    d = Doc("Guideline: Emergency Management of Hyperkalaemia in Adults", "Guideline MED-031, v4",
            "Brackwater Royal Infirmary - Acute Medicine and Renal Medicine", accent=(40, 40, 130),
            body_size=9.5)
    d.title_block("EMERGENCY MANAGEMENT OF HYPERKALAEMIA IN ADULTS",
                  "For doctors, nurses and pharmacists in adult inpatient areas and the emergency department. "
                  "Not for children, or for patients on renal dialysis units (see MED-032). Review date: "
                  "March 2028.", size=14)
    d.h1("1. Definitions and severity")
    d.para("Hyperkalaemia is a serum potassium (K+) of 5.5 mmol/L or more. Severity is graded on the laboratory "
           "value:")
    d.grid(["Severity", "Serum K+ (mmol/L)", "Where to treat"],
           [["Mild", "5.5 to 5.9", "Ward; treat the cause; repeat K+ within 24 hours"],
            ["Moderate", "6.0 to 6.4", "Ward with cardiac monitoring if ECG changes; repeat K+ within 6 hours"],
            ["Severe", "6.5 or above", "Resuscitation area or level 2 bed; continuous cardiac monitoring"]],
           [30, 40, 100])
    d.para("* Any K+ of 5.5 or more WITH ECG changes (peaked T waves, flattened or absent P waves, broad QRS, "
           "bradycardia, sine wave) is treated as severe, whatever the value.", size=8.5, style="I")
    d.h1("2. First steps for every patient")
    d.clause("2.1", "Exclude a falsely high result: a haemolysed sample, a delayed sample, or a very high white "
             "cell or platelet count. If the sample is haemolysed and the patient is well, repeat it urgently "
             "without a tourniquet, but do not delay treatment if K+ is 6.5 or more.")
    d.clause("2.2", "Record a 12-lead ECG for every K+ of 6.0 or more, and for any K+ of 5.5 or more in a "
             "patient who is unwell, has kidney injury or takes digoxin.")
    d.clause("2.3", "Stop potassium supplements and potassium-containing fluids, and review drugs that raise "
             "potassium: ACE inhibitors, angiotensin receptor blockers, spironolactone and eplerenone, "
             "trimethoprim, NSAIDs, heparin and potassium-sparing diuretics such as amiloride.")
    d.h1("3. Emergency treatment (K+ 6.5 or above, or ECG changes)")
    d.clause("3.1", "Protect the heart: give calcium gluconate 10%, 30 ml IV over 10 minutes, if there are ECG "
             "changes. Repeat the ECG after 5 to 10 minutes; give a further dose if changes persist, up to a "
             "total of 90 ml. Calcium does not lower the K+. If the patient takes digoxin, give the calcium "
             "over 20 minutes.")
    d.clause("3.2", "Shift potassium into cells: give 10 units of soluble insulin (Actrapid) in 25 g of glucose "
             "(50 ml of glucose 50%) IV over 15 minutes. If eGFR is below 30 or the patient weighs under 50 kg, "
             "use 5 units of insulin with the same glucose. Insulin-glucose may be repeated once if K+ is still "
             "6.5 or more after 1 hour.")
    d.clause("3.3", "If the blood glucose before treatment was below 7.0 mmol/L, start glucose 10% IV at 50 ml "
             "per hour for 5 hours after the insulin-glucose, to prevent hypoglycaemia. Do not give "
             "insulin-glucose if the blood glucose is above 15 mmol/L without discussing with a senior; give "
             "insulin alone.")
    d.clause("3.4", "Salbutamol 10 mg nebulised may be added if K+ is 6.5 or more. Do not use it alone, and avoid "
             "it in patients with a tachyarrhythmia or ischaemic heart disease.")
    d.clause("3.5", "Remove potassium: start sodium zirconium cyclosilicate 10 g orally three times a day for up "
             "to 72 hours; then 5 g once a day if the cause persists. Calcium resonium is no longer used in "
             "acute care.")
    d.h1("4. Blood glucose and potassium monitoring after insulin-glucose")
    d.grid(["Check", "When"],
           [["Capillary blood glucose", "Before treatment, then at 15, 30, 60, 90, 120, 180, 240, 300 and 360 "
             "minutes"],
            ["Serum K+", "At 1, 2, 4, 6 and 24 hours after treatment"],
            ["ECG or cardiac monitor", "Continuously while K+ is 6.5 or more, or while ECG changes persist"]],
           [50, 120])
    d.para("If the capillary blood glucose falls below 4.0 mmol/L, give 100 ml of glucose 20% (or 200 ml of "
           "glucose 10%) IV over 15 minutes and recheck after 10 minutes.")
    d.h1("5. Moderate and mild hyperkalaemia")
    d.clause("5.1", "Moderate (6.0 to 6.4) without ECG changes: give insulin-glucose as in 3.2 and 3.3; "
             "salbutamol is not needed. Start sodium zirconium cyclosilicate as in 3.5. Calcium gluconate is not "
             "given without ECG changes.")
    d.clause("5.2", "Mild (5.5 to 5.9): no emergency treatment. Treat the cause, review medicines, give dietary "
             "advice, and consider sodium zirconium cyclosilicate if K+ stays at 5.5 or more on repeat.")
    d.h1("6. When to call for help")
    d.clause("6.1", "Contact the renal registrar (bleep 4471) if K+ is still 6.5 or more after 2 rounds of "
             "insulin-glucose, if there is anuria or severe acute kidney injury, or if the patient is on "
             "dialysis or has a kidney transplant. Refer to critical care for cardiac arrhythmia, a K+ of 7.5 or "
             "more, or a patient too unwell for the ward.")
    d.clause("6.2", "In cardiac arrest with hyperkalaemia, follow the advanced life support algorithm: give "
             "calcium chloride 10%, 10 ml IV by rapid bolus, and insulin-glucose; consider dialysis during "
             "resuscitation.")
    d.h1("7. Before discharge")
    d.clause("7.1", "Document the cause and the medicines stopped. If an ACE inhibitor or angiotensin receptor "
             "blocker was stopped, the discharge letter must say whether and when it should be restarted, with a "
             "repeat K+ 1 week after restarting.")
    return d.save("medical/hyperkalaemia_guideline_brackwater.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([care_home_agreement, removals_contract, design_agreement,
                       prednisolone_card, immunisation_leaflet, hyperkalaemia_guideline], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
