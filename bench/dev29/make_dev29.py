"""Render the twenty-ninth development-set documents (fictional) as PDFs into bench/dev29/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a hearing
aid supply and aftercare agreement (prices by technology range with a single-aid rule, deposit, a refund table
by days after fitting during the trial, aftercare packages, a repair and replacement charges table, home-visit
cancellation, an order schedule after the signatures), a kitchen supply and fitting contract (staged payments,
cancellation charges by stage, worktop lead times by material, gas and electrical work, hidden defects and the
day rate, delay compensation, guarantees, a specification schedule after the signatures), an au pair placement
agreement (duty hours, pocket money bands by weekly hours, babysitting, holidays, sickness, language course and
travel contributions, driving, a notice table, a placement schedule after the signatures), an impetigo leaflet
for parents in question-and-answer form (treatment by extent, an oral flucloxacillin dose table by age,
returning to school, stopping the spread), a colostomy care plan for an invented patient (appliance and
template size, a monthly supplies table, a problems table with when to call, lifting, follow-up), and a
labetalol in pregnancy leaflet (dose steps, home blood pressure checks, a reading-band action table with a
higher-band rule, missed doses, warning signs, after the birth). Questions: bench/dev29/questions.jsonl. All
names, products and numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev29/make_dev29.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 8, 16, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 29 (fictional document)", "make_dev29.py", FIXED_DATE)


# =============================================================================
# 1. Hearing aid supply and aftercare agreement
# =============================================================================
def hearing_aid_agreement():
    d = Doc("Hearing Aid Supply and Aftercare Agreement", "Quietbrook Hearing",
            "Quietbrook Hearing Ltd, 6 Pargeter Street, Lowenbury LW2 4TS", accent=(20, 90, 120))
    d.title_block("HEARING AID SUPPLY AND AFTERCARE AGREEMENT",
                  "between Quietbrook Hearing Ltd, company no. 11820453 (\"Quietbrook\", \"we\", \"us\"), and the "
                  "client named in the Schedule (the \"Client\", \"you\"). Version 3, April 2027.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Hearing Aids\" means the hearing aids, chargers and accessories listed in the Schedule. "
             "\"Range\" means the technology level of the Hearing Aids (Essential, Advanced or Premium). "
             "\"Fitting Date\" means the date on which the Hearing Aids are first fitted and programmed for you. "
             "\"Price\" means the total price in the Schedule.")
    d.clause("1.2", "\"Trial Period\" means the 45 days starting on the Fitting Date. \"Aftercare Period\" means "
             "the 4 years starting on the Fitting Date. \"Consumables\" means batteries, domes, wax filters and "
             "tubes. \"Audiologist\" means a hearing aid dispenser or audiologist registered with the Health and "
             "Care Professions Council.")
    d.h1("2. Hearing assessment")
    d.clause("2.1", "Your hearing assessment is free and places you under no obligation to buy. The Audiologist "
             "will examine your ears, test your hearing and explain the results and your options, including "
             "hearing aids available free of charge through the NHS.")
    d.clause("2.2", "The Audiologist will refer you to your GP, and will not supply Hearing Aids until you have been "
             "seen, if you have sudden hearing loss in the last 30 days, discharge from an ear, ear pain, "
             "dizziness, or hearing loss in one ear only.")
    d.h1("3. Prices")
    d.clause("3.1", "Prices for a pair of Hearing Aids depend on the Range:")
    d.grid(["Range", "Suited to", "Price for a pair"],
           [["Essential", "Quiet settings, one-to-one conversation, television", "GBP 1,495"],
            ["Advanced", "Small groups, restaurants, meetings", "GBP 2,495"],
            ["Premium", "Busy and changing settings, music, streaming from two devices", "GBP 3,495"],
            ["Rechargeable option (any Range)", "Lithium-ion batteries and charging case", "Add GBP 200 per pair"]],
           [48, 86, 40])
    d.para("* A single Hearing Aid costs 55% of the price of a pair in the same Range. Prices include the fitting, "
           "the Standard Aftercare package for the Aftercare Period, and VAT where it applies. Custom earmoulds "
           "are GBP 60 each.", size=8.5, style="I")
    d.clause("3.2", "A deposit of 20% of the Price is payable when you sign this agreement. The balance is payable "
             "on the Fitting Date. For a Price over GBP 1,000 you may instead pay the balance in 12 equal monthly "
             "instalments with no interest, by direct debit, starting one month after the Fitting Date.")
    d.h1("4. Trial Period and returns")
    d.clause("4.1", "During the Trial Period you may return the Hearing Aids for a refund if you are not satisfied "
             "with them. They must be returned in person, clean, undamaged and with all accessories. The amount "
             "we keep depends on how many days after the Fitting Date they are returned:")
    d.grid(["Hearing Aids returned", "Refund"],
           [["Within 14 days of the Fitting Date", "Price less GBP 95"],
            ["15 to 30 days after the Fitting Date", "Price less GBP 250"],
            ["31 to 45 days after the Fitting Date", "Price less 15% of the Price"],
            ["More than 45 days after the Fitting Date", "No refund"]], [90, 80])
    d.clause("4.2", "Custom earmoulds are made to measure and are not refunded. Refunds are paid to the card used, "
             "within 14 days of the return. Instead of a refund, you may exchange the Hearing Aids once for "
             "another Range during the Trial Period and pay or be refunded the difference in price.")
    d.h1("5. Aftercare")
    d.clause("5.1", "The Standard Aftercare package is included in the Price for the Aftercare Period. It covers "
             "follow-up appointments 2 weeks and 3 months after the Fitting Date, a hearing check every 12 "
             "months, fine-tuning and adjustments whenever you need them, and a clean and check every 6 months.")
    d.clause("5.2", "The Plus Aftercare package costs GBP 12 per month for both Hearing Aids, by direct debit, and "
             "may be cancelled on 1 month's notice. In addition to the Standard Aftercare package it covers all "
             "Consumables, posted to you every 3 months, and loss and accidental damage cover under clause 7.")
    d.clause("5.3", "Home visits for aftercare appointments are available within 15 miles of our centre for GBP 40 "
             "per visit, or free for Plus Aftercare clients aged 80 or over.")
    d.h1("6. Warranty and repairs")
    d.clause("6.1", "The Hearing Aids carry the manufacturer's warranty against faults for 3 years from the Fitting "
             "Date. Chargers carry a warranty for 2 years. The warranty does not cover loss, physical damage, "
             "or damage caused by moisture, hairspray or earwax that has not been cleaned away.")
    d.clause("6.2", "Repairs are charged as follows:")
    d.grid(["Repair", "Charge"],
           [["In-clinic repair (domes, tubes, wax filters, cleaning)", "No charge during the Aftercare Period"],
            ["Manufacturer repair, within 3 years of the Fitting Date", "No charge"],
            ["Manufacturer repair, after 3 years", "GBP 165 per Hearing Aid"],
            ["Replacement receiver (speaker wire), after 3 years", "GBP 45 per receiver"],
            ["Replacement charger, after 2 years", "GBP 95"]], [110, 60])
    d.clause("6.3", "A loan hearing aid is provided free while a Hearing Aid is away for manufacturer repair.")
    d.h1("7. Loss and accidental damage")
    d.clause("7.1", "If you have the Plus Aftercare package and a Hearing Aid is lost or damaged beyond repair, we "
             "will replace it with the same or an equivalent model for an excess of GBP 250 per Hearing Aid. We "
             "replace each Hearing Aid no more than once under this clause in the Aftercare Period. Losses must "
             "be reported to us within 30 days.")
    d.clause("7.2", "Without the Plus Aftercare package, loss and damage are not covered, and a replacement "
             "Hearing Aid costs 55% of our current price for a pair in the same Range. We recommend adding your "
             "Hearing Aids to your home contents insurance.")
    d.h1("8. Your right to cancel")
    d.clause("8.1", "If you sign this agreement at your home or anywhere other than our centre, you may cancel it "
             "for any reason within 14 days after the day you sign, and your deposit is repaid within 14 days. If "
             "you asked us to make custom earmoulds within that time, GBP 60 per earmould is kept.")
    d.clause("8.2", "This right to cancel is separate from, and in addition to, the Trial Period in clause 4.")
    d.h1("9. Complaints")
    d.clause("9.1", "Please tell the centre manager first. We acknowledge complaints within 3 working days and send "
             "a full reply within 20 working days. If you are still unhappy, you may contact the Health and Care "
             "Professions Council about an Audiologist's conduct.")
    d.signature_block(["Signed for Quietbrook Hearing Ltd by Ms Farah Delacroix-Obi, Audiologist (HCPC HAD04417)",
                       "Signed by the Client, Mr Leonard Whitethorn"])
    d.h1("SCHEDULE - ORDER")
    d.grid(["Item", "Details"],
           [["Client", "Mr Leonard Whitethorn, 3 Coopers Yard, Lowenbury LW2 7HE; born 9 May 1946"],
            ["Date signed", "Friday 7 May 2027, at the Client's home"],
            ["Hearing Aids", "Pair, Advanced Range, Orvella Lumen 7 receiver-in-canal, silver, rechargeable"],
            ["Price", "GBP 2,695 (Advanced pair GBP 2,495 plus rechargeable option GBP 200)"],
            ["Deposit", "GBP 539, paid by card on 7 May 2027"],
            ["Balance", "GBP 2,156, in 12 monthly instalments of GBP 179.67"],
            ["Fitting Date", "Tuesday 25 May 2027, 10:30, Lowenbury centre"],
            ["Aftercare", "Plus Aftercare package from the Fitting Date"],
            ["Notes", ("Wears glasses; prefers appointments in the morning. Daughter (Mrs Anita Cole) to attend "
                       "the fitting.")]], [40, 130], bold_first_col=True)
    return d.save("legal/hearing_aid_agreement_quietbrook_whitethorn.pdf")


# =============================================================================
# 2. Kitchen supply and fitting contract
# =============================================================================
def kitchen_fitting_contract():
    d = Doc("Kitchen Supply and Fitting Contract", "Contract no. AB-27-0915",
            "Ashlar & Birch Kitchens Ltd, 18 Millrace Road, Hensworth HN5 1QJ", font="Times",
            accent=(70, 50, 30), body_size=10.5)
    d.title_block("KITCHEN SUPPLY AND FITTING CONTRACT",
                  "between Ashlar & Birch Kitchens Ltd, company no. 08734519 (\"Ashlar & Birch\", \"we\", \"us\"), "
                  "and the customer named in the Schedule (the \"Customer\", \"you\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Kitchen\" means the units, worktops, appliances, sinks, taps and fittings in the "
             "Specification. \"Specification\" means the signed design drawings and the list of items in the "
             "Schedule. \"Works\" means supplying the Kitchen, removing your existing kitchen and fitting the "
             "Kitchen at the Property. \"Property\" means the address in the Schedule.")
    d.clause("1.2", "\"Contract Price\" means the total price in the Schedule. \"Start Date\" means the date the "
             "fitters are due to start at the Property. \"Completion\" means the day we tell you the Works are "
             "finished, apart from minor snags. \"Completion Date\" means the planned date of Completion in the "
             "Schedule. \"Variation\" means any change to the Specification or the Works that you ask for after "
             "the final measure. \"Working Day\" means Monday to Friday, except bank holidays.")
    d.h1("2. Final measure and design sign-off")
    d.clause("2.1", "Before any items are ordered, our designer visits the Property to carry out a final measure "
             "and you sign the final design drawings. Units are ordered within 5 Working Days after you sign them.")
    d.clause("2.2", "Variations are agreed in writing with a price before the work is done. Variations may change "
             "the Completion Date.")
    d.h1("3. Payment")
    d.clause("3.1", "The Contract Price is paid in stages:")
    d.grid(["Stage", "Payment due"],
           [["When you sign this contract (deposit)", "20% of the Contract Price"],
            ["On delivery of the units to the Property", "40% of the Contract Price"],
            ["When the worktops are fitted", "30% of the Contract Price"],
            ["Within 7 days of Completion", "The remaining 10% of the Contract Price"]], [100, 70])
    d.clause("3.2", "You may hold back from the final payment a fair amount for any snags listed in writing at "
             "Completion, but no more than 2.5% of the Contract Price, until the snags are put right. We will "
             "put right listed snags within 10 Working Days.")
    d.clause("3.3", "Your deposit is protected by the Kitchen Deposit Protection Scheme up to GBP 5,000 if we stop "
             "trading before the units are delivered.")
    d.h1("4. Cancellation")
    d.clause("4.1", "You may cancel this contract without giving any reason within 14 days of signing, and we will "
             "refund your deposit in full within 14 days.")
    d.clause("4.2", "If you cancel after that, we charge the following, which reflects our losses and is deducted "
             "from what you have paid:")
    d.grid(["When you cancel", "Cancellation charge"],
           [["More than 14 days after signing, before the units are ordered", "GBP 350 design fee"],
            ["After the units are ordered, before delivery", "35% of the Contract Price"],
            ["After the units are delivered", "65% of the Contract Price"]], [110, 60])
    d.h1("5. Worktops")
    d.clause("5.1", "Stone and solid-surface worktops are made to a template taken by our stonemason after the base "
             "units are fitted. The time from templating to fitting depends on the material:")
    d.grid(["Worktop material", "Templated", "Time from templating to fitting"],
           [["Laminate", "No", "Fitted with the units"],
            ["Solid oak", "No", "3 Working Days after the base units are fitted"],
            ["Quartz", "Yes", "10 Working Days"],
            ["Sintered stone", "Yes", "15 Working Days"]], [60, 30, 80])
    d.para("* Until stone worktops are fitted we fit a temporary chipboard top over the base units, and the sink "
           "can be connected to it on request. Oak worktops must be oiled by you 3 times in the first week and "
           "then every 3 months.", size=8.5, style="I")
    d.h1("6. Your responsibilities")
    d.clause("6.1", "You must clear the room and empty the existing units before the Start Date, give the fitters "
             "access between 08:00 and 17:30 on Working Days, and provide water, electricity and a working "
             "toilet. Removal and disposal of your old kitchen is included in the Contract Price.")
    d.clause("6.2", "Gas work is not included in the Contract Price. A Gas Safe registered engineer must disconnect "
             "and connect any gas hob or cooker; we can arrange one for GBP 95 per appliance.")
    d.clause("6.3", "Electrical work is carried out by our NICEIC registered electrician and notified to building "
             "control, and you will receive the certificate within 30 days after Completion. New circuits are "
             "charged at GBP 185 each.")
    d.h1("7. Hidden problems")
    d.clause("7.1", "If we find rot, damp, unsafe wiring or anything that may contain asbestos once the old "
             "kitchen is removed, we will stop the affected work and tell you. An asbestos survey, and any "
             "removal by a licensed contractor, is at your cost.")
    d.clause("7.2", "Extra work to put right hidden problems, such as replastering or replacing floorboards, is "
             "charged as a Variation at GBP 280 per fitter per day, plus materials at cost.")
    d.h1("8. Delay")
    d.clause("8.1", "If Completion is more than 5 Working Days after the Completion Date, for reasons other than "
             "Variations, hidden problems or events outside our control, we pay you GBP 40 for each further "
             "Working Day of delay, up to GBP 1,200 in total, deducted from the final payment.")
    d.h1("9. Guarantees")
    d.clause("9.1", "We guarantee the cabinet carcasses for 10 years, doors, drawers and hinges for 5 years, and "
             "our workmanship for 2 years, in each case from Completion.")
    d.clause("9.2", "Appliances, sinks and taps are covered only by the manufacturer's warranty, which we register "
             "for you. Guarantees do not cover damage from misuse, leaks from your own plumbing, or wear and "
             "tear.")
    d.h1("10. Complaints")
    d.clause("10.1", "Tell us about any complaint in writing. If we cannot resolve it within 8 weeks, you may refer "
             "it to the Furnishing and Kitchen Disputes Service, whose decision we accept.")
    d.signature_block(["Signed for Ashlar & Birch Kitchens Ltd by Mr Owain Prothero, Design Manager",
                       "Signed by the Customer, Ms Harriet Quenby"])
    d.h1("SCHEDULE - SPECIFICATION AND PRICE")
    d.grid(["Item", "Details"],
           [["Customer", "Ms Harriet Quenby and Mr Tomasz Wielgosz"],
            ["Property", "27 Sallow Bank, Hensworth HN5 3WD"],
            ["Units", "Hollins Shaker range, painted sage green, 14 units, soft-close hinges"],
            ["Worktops", "Quartz, 30 mm, Alpine White, with undermount sink cut-out"],
            ["Appliances", "Single oven, induction hob, extractor, integrated dishwasher and fridge freezer"],
            ["Contract Price", "GBP 18,640 (including VAT)"],
            ["Deposit", "GBP 3,728, paid 14 June 2027"],
            ["Start Date", "Monday 6 September 2027"],
            ["Completion Date", "Friday 24 September 2027"],
            ["Notes", "Induction hob: no gas work needed. One new 32 A cooker circuit: GBP 185 (included above)."]],
           [40, 130], bold_first_col=True)
    return d.save("legal/kitchen_fitting_contract_ashlar_birch_quenby.pdf")


# =============================================================================
# 3. Au pair placement agreement
# =============================================================================
def au_pair_agreement():
    d = Doc("Au Pair Placement Agreement", "Host family: Harcourt-Mensah",
            "Prepared with the Lindenhall Au Pair Agency model agreement, 2027 edition", accent=(110, 40, 110))
    d.title_block("AU PAIR PLACEMENT AGREEMENT",
                  "between the host family named in the Schedule (the \"Host Family\") and the au pair named in the "
                  "Schedule (the \"Au Pair\"). This agreement sets out what each side can expect.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Placement\" means the Au Pair's stay with the Host Family from the start date to the end date "
             "in the Schedule. \"Duty Hours\" means the hours the Au Pair spends on childcare and light housework "
             "each week, including included babysitting evenings. \"Pocket Money\" means the weekly allowance in "
             "clause 4. \"Trial Period\" means the first 4 weeks of the Placement.")
    d.clause("1.2", "\"Light housework\" means tidying the children's rooms and toys, the children's laundry, "
             "loading the dishwasher and preparing the children's meals. It does not include cleaning the whole "
             "house, gardening or caring for pets other than feeding them.")
    d.h1("2. The Placement")
    d.clause("2.1", "The Au Pair is a member of the household, not an employee or a servant, and takes part in "
             "family life, including family meals. The Au Pair's main purpose is to learn English and experience "
             "life in the United Kingdom.")
    d.clause("2.2", "The Host Family will give the Au Pair a weekly timetable at least 1 week in advance, and will "
             "not change it at less than 48 hours' notice except in an emergency.")
    d.h1("3. Duty Hours")
    d.clause("3.1", "Duty Hours are no more than 30 hours a week, spread over no more than 5 days, and no more than "
             "6 hours on any one day. The Au Pair has at least 2 full days off each week, one of them normally a "
             "Sunday.")
    d.clause("3.2", "Up to 2 babysitting evenings a week, each ending by 23:00, are included in the Duty Hours. "
             "Any other babysitting is optional and is paid at GBP 9 per hour, or GBP 12 per hour after midnight, "
             "on top of the Pocket Money.")
    d.h1("4. Pocket Money")
    d.clause("4.1", "The Host Family pays Pocket Money every Friday, by bank transfer, according to the Duty Hours "
             "agreed in the timetable for that week:")
    d.grid(["Duty Hours in the week", "Weekly Pocket Money"],
           [["Up to 20 hours", "GBP 110"],
            ["21 to 25 hours", "GBP 135"],
            ["26 to 30 hours", "GBP 160"]], [80, 70])
    d.para("* Pocket Money is paid in full during the Host Family's own holidays, whether or not the Au Pair goes "
           "with them, and during the Au Pair's paid holiday. It is not reduced for weeks in which the Host Family "
           "asks for fewer hours than the timetable.", size=8.5, style="I")
    d.h1("5. Holidays and sickness")
    d.clause("5.1", "The Au Pair has 2 weeks of paid holiday for each 6 months of the Placement, taken at times "
             "agreed with the Host Family with at least 4 weeks' notice, plus all bank holidays off.")
    d.clause("5.2", "If the Au Pair is ill, full Pocket Money is paid for up to 5 days of sickness in the Placement; "
             "after that, half Pocket Money is paid for up to 2 further weeks. The Host Family will help the Au "
             "Pair to register with a GP in the first 2 weeks.")
    d.h1("6. Room, meals and house rules")
    d.clause("6.1", "The Au Pair has a private, heated bedroom with a lock, a desk and wifi, and shares a bathroom "
             "with the children. All meals are provided, including when the Au Pair is off duty at home.")
    d.clause("6.2", "There are no overnight guests without the Host Family's consent. The Au Pair does not smoke or "
             "vape in the house, the garden or the car, or anywhere in front of the children. Phones are not used "
             "while driving or while the children are in the bath or swimming.")
    d.h1("7. Study and travel")
    d.clause("7.1", "The Au Pair may study English for up to 2 mornings a week, and the timetable will allow for "
             "it. The Host Family contributes GBP 300 per term towards the course fees, for up to 3 terms, paid "
             "directly to the school.")
    d.clause("7.2", "If the Au Pair completes the Placement, the Host Family pays for the journey home, up to GBP "
             "350. If the Placement ends early, this contribution is paid only if the Host Family ends it other "
             "than for serious misconduct.")
    d.h1("8. Driving")
    d.clause("8.1", "The Au Pair may drive the family car with the children only after 4 weeks in the Placement and "
             "a test drive with a parent. The Host Family insures the Au Pair as a named driver and pays for "
             "fuel used on family duties. The Au Pair pays any parking or speeding fine incurred while driving, "
             "and the first GBP 250 of the insurance excess for an accident that is the Au Pair's fault.")
    d.clause("8.2", "Child car seats are used for every journey as the Host Family shows the Au Pair.")
    d.h1("9. Ending the Placement")
    d.clause("9.1", "Either side may end the Placement by giving notice as follows:")
    d.grid(["When notice is given", "Notice needed"],
           [["During the Trial Period", "1 week"],
            ["After the Trial Period", "2 weeks"],
            ["Serious misconduct (for example, leaving the children alone, violence, theft)", "None - ends at once"]],
           [120, 50])
    d.clause("9.2", "During the notice period Pocket Money is paid as usual. If the Host Family asks the Au Pair to "
             "leave the house before the notice period ends, other than for serious misconduct, it pays the "
             "Pocket Money for the rest of the notice period and a night's hotel stay where needed.")
    d.clause("9.3", "Disagreements should first be talked through at the weekly family meeting. Either side may ask "
             "the Lindenhall Au Pair Agency to mediate; the agency may help find a new family.")
    d.signature_block(["Signed by the Host Family: Mrs Efua Harcourt-Mensah and Mr Daniel Harcourt-Mensah",
                       "Signed by the Au Pair: Ms Ines Valderrama"])
    d.h1("SCHEDULE - PLACEMENT DETAILS")
    d.grid(["Item", "Details"],
           [["Host Family", "Mrs Efua and Mr Daniel Harcourt-Mensah, 5 Quillet Close, Saxby Heath SH4 2BN"],
            ["Children", "Kofi (8), Ama (5) and Theo (2)"],
            ["Au Pair", "Ms Ines Valderrama, from Valladolid, Spain; aged 21"],
            ["Start date", "Wednesday 1 September 2027"],
            ["End date", "Friday 30 June 2028"],
            ["Usual timetable", ("Monday to Friday, 07:00 to 09:00 and 15:00 to 18:00 (25 hours a week), with "
                                 "babysitting on Thursday evenings")],
            ["English course", "Saxby Heath Language Centre, Tuesday and Friday mornings"],
            ["Pets", "One cat (feeding only)"],
            ["Agency contact", "Lindenhall Au Pair Agency, Ms Corinna Abbott, 01632 960 507"]],
           [40, 130], bold_first_col=True)
    return d.save("legal/au_pair_agreement_harcourt_mensah_valderrama.pdf")


# =============================================================================
# 4. Impetigo leaflet for parents (question-and-answer form)
# =============================================================================
def impetigo_leaflet():
    d = Doc("Impetigo - information for parents and carers", "Leaflet DERM-14",
            "Fallowmere Health Centre and Pharmacy, Fallowmere", accent=(180, 100, 0), body_size=10)
    d.title_block("Impetigo: information for parents and carers",
                  "What it is, how it is treated, and when your child can go back to school or nursery")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is impetigo?",
       "Impetigo is a common skin infection caused by bacteria. It usually starts as red sores or blisters, often "
       "around the nose and mouth or on the hands, which burst and leave golden-brown crusts. It can be itchy but "
       "is not usually painful. A less common type, bullous impetigo, causes larger fluid-filled blisters.")
    qa("Is impetigo caused by poor hygiene?",
       "No. Impetigo is not a sign of poor hygiene. The bacteria live harmlessly on many people's skin and get in "
       "through a scratch, an insect bite or skin affected by eczema. You do not need to bath your child more "
       "often than usual.")
    qa("Is it catching?",
       "Yes. Impetigo spreads easily by touching the sores or sharing towels, flannels and bedding. Without "
       "treatment it stays catching until the sores have dried and crusted over, which can take 2 to 3 weeks. "
       "Symptoms usually start 4 to 10 days after contact.")
    qa("How is it treated?",
       "Treatment depends on how much skin is affected and how your child is:")
    d.grid(["How much skin is affected", "Usual treatment", "How long"],
           [["Localised: 3 patches or fewer, and your child is otherwise well",
             "Hydrogen peroxide 1% cream, applied 2 or 3 times a day", "5 days"],
            ["Localised, but hydrogen peroxide is not suitable or has not worked",
             "Fusidic acid 2% cream, applied 3 times a day", "5 days"],
            ["Widespread (4 patches or more), bullous impetigo, or your child is unwell",
             "Flucloxacillin by mouth, 4 times a day", "5 days (7 days if severe)"]], [66, 70, 38])
    d.para("Before putting cream on, gently wash off the crusts with warm soapy water and pat dry. Wash your hands "
           "before and after.")
    d.para("Penicillin allergy: the antibiotic by mouth will be clarithromycin, taken twice a day for 5 days.")
    qa("How much flucloxacillin does my child need?",
       "Flucloxacillin oral solution (liquid) is given 4 times a day, spread through the day. The usual dose for "
       "impetigo depends on age:")
    d.grid(["Age", "Dose, 4 times a day", "Liquid (125 mg in 5 ml)"],
           [["1 month to 23 months", "62.5 mg", "2.5 ml"],
            ["2 to 9 years", "125 mg", "5 ml"],
            ["10 to 17 years", "250 mg", "10 ml (or one 250 mg capsule)"],
            ["18 years and over", "500 mg", "One 500 mg capsule"]], [55, 50, 65])
    d.para("* Give flucloxacillin on an empty stomach: 1 hour before food or 2 hours after. Finish the course even "
           "if the skin looks better. The liquid is kept in the fridge and thrown away after 7 days.",
           size=8.5, style="I")
    qa("When can my child go back to school or nursery?",
       "Keep your child off school or nursery until 48 hours after starting antibiotic treatment (cream or "
       "medicine), or until the sores have dried and crusted over if no treatment is used. Adults who handle food, "
       "or who work with young children or in healthcare, should stay off work for the same time.")
    qa("How can we stop it spreading?",
       "Keep the sores clean and, if you can, loosely covered. Try to stop your child scratching, and keep their "
       "nails short. Use a separate towel and flannel for your child and wash towels, flannels and bedding at 60 "
       "degrees. Do not share cups or toys that go in the mouth. Avoid swimming pools and contact sports until "
       "the sores have healed.")
    qa("When should I go back to the doctor or nurse?",
       "Book an appointment if the skin has not started to improve after 7 days of treatment, if the sores are "
       "spreading despite treatment, or if impetigo keeps coming back. If your child has had 3 or more episodes "
       "in a year, the nurse will take a swab from inside the nose to look for bacteria that can be treated with "
       "a nasal cream.")
    qa("When is it urgent?",
       "Get same-day advice from your GP or NHS 111 if your child has a high temperature, is very tired or "
       "floppy, or the skin around the sores becomes red, hot, swollen and painful (this can mean a deeper "
       "infection called cellulitis). Babies under 3 months with any signs of impetigo should be seen the same "
       "day.")
    qa("Can my child get impetigo again?",
       "Yes. Having impetigo does not make your child immune. Treating eczema well and cleaning cuts and insect "
       "bites helps to prevent it.")
    d.para("Fallowmere Health Centre: 01632 960 344 (Mon-Fri 08:00-18:30). Fallowmere Pharmacy: 01632 960 391. "
           "Out of hours: NHS 111.", size=9.5, style="B")
    return d.save("medical/impetigo_leaflet_fallowmere.pdf")


# =============================================================================
# 5. Colostomy care plan for a named patient
# =============================================================================
def colostomy_care_plan():
    d = Doc("Stoma care plan - colostomy", "Stoma Care Service, Kelderby General",
            "Kelderby General Hospital - Colorectal and Stoma Care Service", accent=(0, 110, 110))
    d.title_block("YOUR STOMA CARE PLAN: COLOSTOMY",
                  "Patient: Mr Callum Trethewey, date of birth 03/11/1961, hospital no. KG-5580271\n"
                  "Stoma care nurse: Sister Naomi Achterlonie  -  GP: Dr Ruth Abernethy, Tolley Road Surgery")
    d.grid(["Item", "Details"],
           [["Operation", "Hartmann's procedure (end colostomy) for perforated diverticulitis"],
            ["Date of operation", "Saturday 3 July 2027"],
            ["Date of discharge", "Tuesday 13 July 2027"],
            ["Stoma", "End colostomy, left lower abdomen; measured 35 mm across on 12 July 2027"],
            ["Appliance", "Calderis Comfort one-piece closed bag, cut-to-fit (15 to 55 mm), code CC-4471"],
            ["Template", "Cut the bag opening to 38 mm (3 mm larger than the stoma)"]], [45, 125])
    d.h1("1. Your stoma in the first weeks")
    d.para("Your stoma will be swollen after the operation and will shrink over the next 6 to 8 weeks. For the "
           "first 8 weeks, re-measure your stoma once a week with the measuring guide and cut the bag opening 3 "
           "mm larger than the stoma. An opening that is too big lets output reach the skin; one that is too "
           "small can rub and cut the stoma.")
    d.para("A healthy stoma is moist and red or pink, like the inside of your mouth. It has no feeling, so it will "
           "not hurt if you touch it. It may bleed a little when you clean it; this is normal.")
    d.h1("2. Changing your bag")
    d.clause("2.1", "Closed bags are changed when they are one-third to half full, usually 1 to 3 times a day. Empty "
             "bags are not re-used.")
    d.clause("2.2", "Peel the bag off gently from the top down, using the adhesive remover spray. Clean the skin "
             "around the stoma with warm water only and dry wipes, and pat it completely dry. Do not use wet "
             "wipes, soap, baby wipes or creams, which stop the bag sticking.")
    d.clause("2.3", "Put used bags in a disposal bag and then in your normal household waste. Do not flush bags "
             "down the toilet.")
    d.h1("3. Your supplies")
    d.para("Your supplies are prescribed by your GP and delivered by Harbourline Home Delivery. Order by phone or "
           "online at least 7 days before you run out. As you have a permanent stoma, you are entitled to free "
           "prescriptions: ask your GP for a medical exemption certificate (form FP92A).")
    d.grid(["Item", "Product", "Amount each month"],
           [["Closed bags", "Calderis Comfort, cut-to-fit, CC-4471", "90 bags"],
            ["Adhesive remover spray", "Calderis Release, 50 ml", "2 cans"],
            ["Dry wipes", "Non-woven dry wipes", "300 wipes"],
            ["Disposal bags", "Scented, tie-handle", "90 bags"],
            ["Barrier film wipes", "Calderis Shield (only if the skin is sore)", "30 wipes"]], [50, 80, 40])
    d.h1("4. Eating and drinking")
    d.para("You can go back to a normal, varied diet: no foods are banned for people with a colostomy. For the "
           "first 6 weeks eat small, regular meals and chew well. Some foods (onions, beans, fizzy drinks) cause "
           "more wind; try them in small amounts. Drink at least 1.5 to 2 litres of fluid a day to keep your "
           "output soft.")
    d.h1("5. Problems and what to do")
    d.grid(["Problem", "What to do", "Call the stoma team if"],
           [["No output into the bag", "Drink more, walk about, eat fruit and vegetables",
             "No output for 3 days, or any tummy pain, swelling or vomiting"],
            ["Loose or watery output", "Drink extra fluids and use a rehydration drink",
             "It lasts more than 2 days, or you feel dizzy or pass little urine"],
            ["Sore, red or broken skin around the stoma", "Check the opening size; use barrier film wipes",
             "Not better after 1 week, or the bag keeps leaking"],
            ["Stoma turns dark purple, grey or black", "Do not wait", "Call the stoma team the same day"],
            ["A bulge around the stoma", "Wear your support belt when active", "It becomes painful or hard"]],
           [45, 60, 65], size=8.5)
    d.para("If you have severe tummy pain with vomiting and no output, or heavy bleeding from inside the stoma, go "
           "to the Emergency Department or call 999.", style="B")
    d.h1("6. Activity and lifting")
    d.clause("6.1", "Walk every day and build up gently. Do not lift anything heavier than 5 kg (a full kettle or a "
             "small bag of shopping) for 12 weeks after the operation, to lower the risk of a hernia around the "
             "stoma (a bulge).")
    d.clause("6.2", "You will be measured for a support belt at your 6-week clinic visit. Wear it for lifting, "
             "gardening and sport for life.")
    d.clause("6.3", "Driving: when you can do an emergency stop comfortably and wear a seat belt, usually after 4 to "
             "6 weeks; check with your insurer. Swimming: after 8 weeks, once the wound has healed, with a smaller "
             "bag.")
    d.clause("6.4", "Some people with a colostomy later choose to manage it by irrigation (washing out the bowel "
             "through the stoma) instead of wearing a bag all the time. This can be discussed at your 3-month "
             "review; it is not started before then.")
    d.h1("7. Follow-up")
    d.clause("7.1", "Your stoma care nurse will visit you at home on day 3 and day 10 after discharge, and see you in "
             "the stoma clinic 6 weeks after the operation, then at 3 months and 1 year.")
    d.clause("7.2", "Stoma Care Service, Kelderby General: 01632 960 655 (Mon-Fri 08:30-16:30). Out of hours, "
             "Ward 12 (Colorectal): 01632 960 610.")
    d.para("Plan agreed with Mr Trethewey on 12 July 2027 by Sister Naomi Achterlonie, Clinical Nurse Specialist, "
           "Stoma Care.", size=9, style="I")
    return d.save("medical/colostomy_care_plan_trethewey.pdf")


# =============================================================================
# 6. Labetalol in pregnancy leaflet
# =============================================================================
def labetalol_leaflet():
    d = Doc("Labetalol for high blood pressure in pregnancy", "Leaflet MAT-22",
            "Wrayburn Maternity Unit - information for patients", font="Times", accent=(150, 30, 60),
            body_size=10.5)
    d.title_block("Labetalol for high blood pressure in pregnancy",
                  "Your doctor or midwife has prescribed labetalol tablets to lower your blood pressure. This "
                  "leaflet explains how to take them and how to check your blood pressure at home.")
    d.h1("Why have I been given labetalol?")
    d.para("High blood pressure in pregnancy can reduce the blood supply to your baby and can be a sign of "
           "pre-eclampsia. Labetalol is the medicine most often used to lower blood pressure in pregnancy. It has "
           "been used by pregnant women for many years and is not known to harm the baby.")
    d.para("Labetalol is not suitable for everyone. Tell your doctor if you have asthma or have ever had wheezing "
           "with a medicine like this: you will be offered a different tablet instead.")
    d.h1("How do I take it?")
    d.para("The usual starting dose is 100 mg twice a day, with or just after food. Your dose may be increased "
           "every few days, in steps, until your blood pressure is on target: 200 mg twice a day, then 200 mg three "
           "times a day, then 300 mg three times a day. Only change your dose when your midwife or doctor tells "
           "you to. Swallow the tablets whole with water.")
    d.h1("If you forget a dose")
    d.para("Take it as soon as you remember, unless your next dose is due within 4 hours. In that case, leave out "
           "the missed dose and take the next one at the usual time. Do not take two doses together to make up "
           "for a missed one.")
    d.h1("Checking your blood pressure at home")
    d.para("You will be lent a validated home blood pressure monitor. Check your blood pressure twice a day, in the "
           "morning and the evening, before your tablets. Sit down with your back supported and your arm resting "
           "at the level of your heart, and rest for 5 minutes before you start. Write every reading in your "
           "blood pressure diary and bring it to each appointment.")
    d.h2("What to do with your reading")
    d.para("The top number is the systolic pressure and the bottom number is the diastolic pressure. Find each "
           "number in the table below:")
    d.grid(["Top number", "Bottom number", "What it means", "What to do"],
           [["Below 110", "Below 70", "Lower than needed",
             "Call your community midwife the same day before taking your next dose"],
            ["110 to 149", "70 to 99", "On target", "Carry on with your usual dose"],
            ["150 to 159", "100 to 109", "High",
             ("Rest and check again after 15 minutes; if it is still in this band, call the Maternity "
              "Assessment Unit the same day")],
            ["160 or more", "110 or more", "Very high",
             "Call the Maternity Assessment Unit straight away: you need to be seen within 1 hour"]],
           [28, 30, 32, 80])
    d.para("* If the top number and the bottom number fall in different bands, follow the higher band. For "
           "example, 145/104 means High and 165/95 means Very high.", size=9, style="I")
    d.h1("Side effects")
    d.para("Most people have no problems. You may feel dizzy or light-headed when you stand up, especially in the "
           "first few days: stand up slowly. A tingling scalp is common in the first weeks and is harmless. Other "
           "side effects include tiredness, a blocked nose and cold hands. Call your midwife if you become "
           "wheezy or short of breath, or your skin or eyes turn yellow.")
    d.h1("Warning signs of pre-eclampsia")
    d.para("Call the Maternity Assessment Unit straight away, whatever your blood pressure reading, if you have a "
           "severe headache that does not go away with paracetamol, problems with your vision such as blurring "
           "or flashing lights, severe pain just below your ribs, vomiting, or sudden swelling of your face, "
           "hands or feet.", style="B")
    d.h1("Appointments while you take labetalol")
    d.para("You will be seen in the antenatal clinic every 1 to 2 weeks, with a urine test for protein at each "
           "visit, blood tests every 2 weeks and a scan to check your baby's growth every 2 to 4 weeks.")
    d.h1("After your baby is born")
    d.para("Keep taking labetalol after the birth until you are told to change it. You can breastfeed while "
           "taking labetalol: only small amounts pass into breast milk. Your baby's blood sugar will be checked "
           "for the first 24 hours, as labetalol can lower it in some babies.")
    d.para("Your blood pressure will be checked on day 3 and day 5 after the birth. Your dose will be reduced once "
           "your blood pressure is below 140/90, and most women can stop labetalol within 6 weeks of the birth. "
           "Your GP will check your blood pressure again at your 6 to 8 week postnatal review.")
    d.para("Maternity Assessment Unit (24 hours): 01632 960 820. Community midwives (08:00-17:00): "
           "01632 960 833.", style="B")
    return d.save("medical/labetalol_pregnancy_leaflet_wrayburn.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([hearing_aid_agreement, kitchen_fitting_contract, au_pair_agreement,
                       impetigo_leaflet, colostomy_care_plan, labetalol_leaflet], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
