"""Render the forty-seventh development-set documents (fictional) as PDFs into bench/dev47/docs/.

A clean validation set, written blind to the answering method: a domestic garden maintenance agreement (visit
frequencies and prices by garden size and season, seasonal extras by garden size, a hedge trimming table by
height, green waste charges by number of bags, access and pets, weather and missed visits, notice and an annual
price review, and the property schedule after the signatures), a freelance copywriting services agreement
(rates per word, per product and per day, revision rounds included and extra, deadlines and late delivery
deductions, a kill fee table by stage, copyright passing on payment, invoices and a late payment compensation
table by amount, and the project schedule after the signatures), a childminder's contract (an hourly rate table
by age with a birthday footnote, funded hours, a late collection table by minutes, holidays paid and unpaid, an
illness exclusion table, food and nappies, deposit and notice, and the child's schedule after the signatures),
a plantar fasciitis (heel pain) leaflet in question-and-answer form (a stretch table split over the page break,
footwear and insoles, ice, painkillers, activity, steroid injections, shockwave therapy, when to see a GP), a
fixed braces aftercare leaflet in question-and-answer form (a foods-to-avoid table, brushing, elastics hours,
appointments, broken brackets and repair charges, a retainer wear table by months), and an osteoporosis and
weekly alendronic acid leaflet (a DEXA T-score table, how to take the tablet, a calcium and vitamin D table,
jaw and dental work, a drug holiday after 5 years, falls).
Questions: bench/dev47/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev47/make_dev47.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2028, 3, 13, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 47 (fictional document)", "make_dev47.py", FIXED_DATE)


# =============================================================================
# 1. Garden maintenance agreement
# =============================================================================
def garden_agreement():
    d = Doc("Garden Maintenance Agreement - Mossgate Garden Care / Tolliver", "Agreement MGC-2028-061",
            "Mossgate Garden Care Ltd, The Potting Yard, Hatherby Lane, Lower Ambersley", accent=(40, 100, 40),
            body_size=9)
    d.title_block("GARDEN MAINTENANCE AGREEMENT",
                  "between Mossgate Garden Care Ltd, company no. 12840577, of The Potting Yard, Hatherby Lane, "
                  "Lower Ambersley AM6 2RT (\"Mossgate\", \"we\", \"us\") and Mr Oliver and Mrs Frances Tolliver "
                  "of 14 Orchard Rise, Lower Ambersley AM6 4DJ (\"you\"). Start Date: 7 March 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Garden Area\" means the area of lawns, beds and borders we maintain, measured at our survey "
             "and shown in the Schedule (patios, drives and buildings are not counted). \"Garden Size\" means the "
             "band in clause 3 into which the Garden Area falls.")
    d.clause("1.2", "\"Visit\" means one attendance at the Property by one or more of our gardeners on the agreed "
             "visit day. \"Growing Season\" means 1 March to 31 October. \"Dormant Season\" means 1 November to "
             "the last day of February.")
    d.clause("1.3", "\"Green Waste\" means grass cuttings, prunings, leaves and weeds produced by our work. It does "
             "not include soil, rubble, turf, treated timber or waste left by you or others.")
    d.h1("2. What a standard Visit includes")
    d.clause("2.1", "In the Growing Season: mowing lawns and strimming edges, weeding beds and borders by hand or "
             "hoe, deadheading, light pruning of shrubs below 2 metres, and sweeping or blowing the paths and "
             "patios we have worked on.")
    d.clause("2.2", "In the Dormant Season: tidying beds, clearing leaves, winter pruning of roses and fruit bushes. "
             "Lawns are mown then only when the grass is dry and the ground is not frozen.")
    d.clause("2.3", "A standard Visit does not include hedge trimming (clause 5), the seasonal extras in clause 4, "
             "tree work above 3 metres, weedkiller on patios or drives, or watering, unless listed in the "
             "Schedule.")
    d.h1("3. Visit frequencies and prices")
    d.clause("3.1", "How often we visit, and the price per Visit, depend on the Garden Size and the season:")
    d.grid(["Garden Size", "Garden Area", "Growing Season visits", "Price per Visit (Growing)",
            "Dormant Season visits", "Price per Visit (Dormant)"],
           [["Small", "up to 150 m2", "Fortnightly", "GBP 38", "Monthly", "GBP 30"],
            ["Medium", "151 to 400 m2", "Fortnightly", "GBP 56", "Monthly", "GBP 46"],
            ["Large", "401 to 800 m2", "Weekly", "GBP 74", "Fortnightly", "GBP 60"],
            ["Extra Large", "over 800 m2", "By written quotation", "-", "By written quotation", "-"]],
           [24, 30, 30, 30, 30, 30])
    d.para("* Weekly Visits in the Growing Season can be arranged for Small and Medium gardens at the same price "
           "per Visit. Prices include VAT and cover one gardener (two gardeners for Large gardens).", size=8.5,
           style="I")
    d.clause("3.2", "We invoice at the end of each month for the Visits made in that month. Invoices are payable "
             "within 14 days by bank transfer. If an invoice is unpaid 30 days after its due date we may suspend "
             "Visits until it is paid.")
    d.h1("4. Seasonal extras")
    d.clause("4.1", "You may order any of the following extras in the Schedule, or by text or e-mail at least 7 "
             "days before the Visit. Prices are per treatment or per job:")
    d.grid(["Extra", "When we do it", "Small", "Medium", "Large"],
           [["Lawn scarifying and hollow-tine aeration", "September or early October", "GBP 65", "GBP 110",
             "GBP 165"],
            ["Lawn feed and weed treatment", "Up to 4 times a year, March to September", "GBP 22", "GBP 34",
             "GBP 48"],
            ["Spring bed mulching (bark supplied)", "March or April", "GBP 85", "GBP 150", "GBP 240"],
            ["Autumn leaf clearance beyond a standard Visit", "October to December", "GBP 32 an hour",
             "GBP 32 an hour", "GBP 32 an hour"],
            ["Bulb planting (bulbs charged at cost)", "September to November", "GBP 32 an hour",
             "GBP 32 an hour", "GBP 32 an hour"]],
           [52, 50, 24, 24, 24])
    d.clause("4.2", "Children and pets should keep off a lawn after a feed and weed treatment until it has been "
             "watered in or rained on, and for at least 24 hours. We do not apply lawn treatments when heavy "
             "rain is forecast within 48 hours.")
    d.h1("5. Hedges")
    d.clause("5.1", "Hedge trimming is charged per metre of hedge length (both sides and the top), by the height "
             "of the hedge measured from the ground:")
    d.grid(["Hedge height", "Price per metre of hedge", "How we cut it"],
           [["Up to 2 metres", "GBP 2.40", "Hand-held trimmer from the ground or steps"],
            ["Over 2 metres, up to 3.5 metres", "GBP 3.90", "From podium steps or a tower platform"],
            ["Over 3.5 metres", "Not carried out by us", "We can recommend a tree surgeon"]],
           [55, 50, 69])
    d.para("Minimum hedge charge: GBP 35 per Visit. Conifer hedges (such as leylandii) are not cut back into brown "
           "wood, as they will not regrow from it.", size=8.5, style="I")
    d.clause("5.2", "We trim hedges twice a year, once in late June or July and once in September. Before each cut "
             "we check for nesting birds; where an active nest is found we leave that part of the hedge uncut "
             "until the young have left, and we do not charge for the part left uncut.")
    d.h1("6. Green Waste")
    d.clause("6.1", "Up to 2 of our 90-litre bags of Green Waste from each Visit are removed free of charge. Further "
             "Green Waste from the same Visit is charged as follows:")
    d.grid(["Green Waste from one Visit", "Charge"],
           [["Up to 2 bags", "Included in the Visit price"],
            ["3 to 6 bags", "GBP 6 per bag over 2"],
            ["7 to 12 bags", "GBP 45 per Visit (half load)"],
            ["More than 12 bags", "GBP 85 per Visit (full van load)"]],
           [80, 80])
    d.clause("6.2", "If you have a council garden waste bin and tell us so in the Schedule, we fill it first and "
             "take away only what does not fit. We take Green Waste to a licensed composting site; we never burn "
             "waste on site. Soil, rubble and turf are removed only by separate quotation.")
    d.h1("7. Access, keys and pets")
    d.clause("7.1", "You must give us access to the whole garden on the visit day from 08:00. You need not be at "
             "home. Where access is through a locked gate, you may leave a key in a key safe or give us a key, "
             "which we keep in a locked cabinet labelled by number only, never by address.")
    d.clause("7.2", "Dogs must be kept indoors, or away from the area being worked on, during each Visit. Please "
             "clear dog mess from lawns before the visit day. Where we find dog mess on a lawn we will not mow "
             "that area, and we may charge a clean-up fee of GBP 12.")
    d.clause("7.3", "Please tell us about ponds, buried cables or hidden sprinkler heads: we are not responsible "
             "for damage to things we were not told about and could not reasonably see. We need the use of an "
             "outside tap; we bring our own mowers and fuel.")
    d.h1("8. Weather and missed Visits")
    d.clause("8.1", "We do not mow, work on beds or walk on lawns in heavy rain, when the ground is frozen or "
             "waterlogged, or in winds that make hedge or ladder work unsafe. If we call off a Visit because of "
             "the weather we will text you by 09:00 on the visit day and move the Visit to the next suitable "
             "working day. A Visit we cannot make up within 10 days is not charged.")
    d.clause("8.2", "If we miss a Visit for a reason of our own (such as illness), we will offer a replacement "
             "Visit within 7 days; if we cannot, that Visit is not charged.")
    d.clause("8.3", "If you cancel a Visit with at least 48 hours' notice, there is no charge. If you cancel with "
             "less than 48 hours' notice, or we cannot work because the gate is locked or a dog is loose in the "
             "garden, we charge 50% of the Visit price.")
    d.clause("8.4", "You may suspend Visits for holidays for up to 4 weeks in each calendar year at no charge, "
             "giving us 7 days' notice.")
    d.h1("9. Term, notice and price review")
    d.clause("9.1", "There is a minimum period of 3 months from the Start Date, during which you may end this "
             "agreement only if we have broken it.")
    d.clause("9.2", "After the minimum period, either of us may end this agreement by giving 4 weeks' notice in "
             "writing (e-mail is enough). We may end it on 7 days' written notice if an invoice remains unpaid "
             "30 days after its due date.")
    d.clause("9.3", "We review our prices once a year, with effect from 1 March, and will tell you of any change "
             "at least 30 days before it takes effect. If the price per Visit goes up by more than 5%, you may "
             "end this agreement by telling us in writing before the new prices start, without giving the "
             "notice in clause 9.2. The prices in this agreement apply until 28 February 2029.")
    d.h1("10. Liability")
    d.clause("10.1", "We hold public liability insurance of GBP 2,000,000. We are not responsible for plants that die "
             "from drought, frost, pests or disease, or from a lack of watering between Visits.")
    d.signature_block(["Signed by Mr Oliver Tolliver and Mrs Frances Tolliver",
                       "Signed for Mossgate Garden Care Ltd by Ruth Penhallow-Ames, Director"])
    d.h1("SCHEDULE - THE PROPERTY AND THE SERVICES")
    d.grid(["Item", "Details"],
           [["Property", "14 Orchard Rise, Lower Ambersley AM6 4DJ (front and rear gardens)"],
            ["Garden Area", "340 m2, measured at the survey on 21 February 2028: Medium"],
            ["Visit day", "Tuesday. Growing Season: fortnightly. Dormant Season: first Tuesday of the month"],
            ["Price per Visit", "Growing Season GBP 56; Dormant Season GBP 46 (until 28 February 2029)"],
            ["Extras ordered", "Lawn feed and weed treatment 4 times a year (GBP 34 each); scarifying and aeration "
                               "in September (GBP 110)"],
            ["Hedges", "Beech hedge along the rear boundary, 26 metres long and 1.8 metres high, trimmed in July "
                       "and September"],
            ["Green Waste and access", "Council garden waste bin (brown lid) to be filled first. Side gate; key "
                                       "safe by the garage door (code given by phone)"],
            ["Pets and hazards", "One dog (Pepper, a cocker spaniel), kept in the kitchen during Visits. Pond in "
                                 "the rear garden; buried cable to the garden office along the left-hand path"]],
           [40, 134], bold_first_col=True)
    return d.save("legal/garden_maintenance_contract_mossgate_tolliver.pdf")


# =============================================================================
# 2. Freelance copywriting services agreement
# =============================================================================
def copywriting_agreement():
    d = Doc("Copywriting Services Agreement - Inkfield Copy / Brackwater Outdoor", "Ref. IC-0228-BWO",
            "Inkfield Copy - Tamsin Greaves, 3 Saltings Row, Kelvedon Marsh", font="Times", accent=(90, 30, 60),
            body_size=10)
    d.title_block("COPYWRITING SERVICES AGREEMENT",
                  "This agreement is made on 14 February 2028 between Tamsin Greaves, trading as Inkfield Copy, "
                  "of 3 Saltings Row, Kelvedon Marsh KM2 8PL (the \"Copywriter\") and Brackwater Outdoor Ltd, "
                  "company no. 10488263, of Unit 12, Fellgate Trading Estate, Brackwater BW4 1XT (the "
                  "\"Client\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Brief\" means the Client's written description of a piece of work, agreed by both parties, "
             "including its purpose, audience, length and deadline. \"Deliverable\" means each piece of copy "
             "described in a Brief or in Schedule 1.")
    d.clause("1.2", "\"Draft\" means a version of a Deliverable sent to the Client for comments. \"Revision Round\" "
             "means one set of consolidated written comments from the Client on a Draft, and the Copywriter's "
             "revised Draft in response. Comments from several people at the Client count as one Revision Round "
             "only if they are sent together in one document.")
    d.clause("1.3", "\"Final Copy\" means the version of a Deliverable that the Client approves, or is treated as "
             "approving under clause 5.3. \"Working Day\" means Monday to Friday, excluding bank holidays in "
             "England. \"Kill Fee\" means the fee payable under clause 6 if the Client cancels a Deliverable "
             "before it becomes Final Copy.")
    d.h1("2. The services")
    d.clause("2.1", "The Copywriter will research and write the Deliverables in Schedule 1 and any further "
             "Deliverables agreed in a Brief. The Copywriter works remotely; attendance at the Client's premises "
             "is charged at the day rate plus travel under clause 3.4.")
    d.clause("2.2", "The Copywriter writes in UK English and follows the Client's style guide if it is supplied "
             "with the Brief. Proofreading the Client's own text, translation, photography and uploading copy to "
             "the Client's website are not included.")
    d.h1("3. Rates")
    d.clause("3.1", "The Copywriter's rates are:")
    d.grid(["Type of work", "Rate", "Notes"],
           [["Website pages and landing pages", "GBP 0.32 per word", "Minimum GBP 150 per page"],
            ["Blog articles and guides", "GBP 0.24 per word", "Minimum 600 words per article"],
            ["Product descriptions (up to 120 words each)", "GBP 22 per product",
             "Batches of 10 or more: GBP 19 per product"],
            ["E-mail newsletters", "GBP 0.28 per word", "Subject line and preview text included"],
            ["Workshops, interviews and strategy days", "GBP 460 per day", "Half day (up to 4 hours): GBP 250"],
            ["Extra Revision Rounds and changes outside a Brief", "GBP 65 per hour",
             "Charged in 30-minute units"]],
           [66, 44, 64])
    d.para("Per-word rates are charged on the word count of the Final Copy, including headings and calls to "
           "action. Meta titles and descriptions are charged at GBP 6 per page. A day is 7.5 working hours.",
           size=9, style="I")
    d.clause("3.2", "Work requested with a deadline of fewer than 3 Working Days after the Brief is agreed is "
             "charged at the rates above plus 30%.")
    d.clause("3.3", "The Copywriter is not registered for VAT, and no VAT is added to her fees.")
    d.clause("3.4", "Travel to the Client's premises or other locations is charged at 45p per mile from Kelvedon "
             "Marsh, and rail fares at cost. Travel time is not charged.")
    d.h1("4. Revision Rounds")
    d.clause("4.1", "Each Deliverable includes 2 Revision Rounds. Any further Revision Round is charged at the "
             "hourly rate in clause 3.1.")
    d.clause("4.2", "The Client must send its comments on a Draft within 5 Working Days of receiving it. A change "
             "to the purpose, audience or length of a Deliverable after the first Draft is a change to the Brief, "
             "not a Revision Round, and is quoted for separately.")
    d.clause("4.3", "Correcting errors of fact or spelling made by the Copywriter is free and does not count as a "
             "Revision Round.")
    d.h1("5. Deadlines and delivery")
    d.clause("5.1", "The Copywriter will deliver each first Draft by the date in Schedule 1 or in the Brief, and "
             "each revised Draft within 3 Working Days of receiving the Client's comments.")
    d.clause("5.2", "If the Client sends a Brief, information or comments late, every later deadline moves back by "
             "the same number of Working Days.")
    d.clause("5.3", "If the Client sends no comments within 10 Working Days of receiving a Draft, that Draft is "
             "treated as Final Copy and may be invoiced.")
    d.clause("5.4", "If the Copywriter delivers a first Draft late for a reason not caused by the Client, the first "
             "2 Working Days of delay carry no deduction; for each further Working Day of delay the fee for that "
             "Deliverable is reduced by 5%, up to a maximum reduction of 25%. If a first Draft is more than 10 "
             "Working Days late, the Client may cancel that Deliverable without paying a Kill Fee.")
    d.h1("6. Cancellation and Kill Fees")
    d.clause("6.1", "The Client may cancel any Deliverable by e-mail at any time. The Kill Fee depends on the stage "
             "the Deliverable has reached when the Copywriter receives the cancellation:")
    d.grid(["Stage reached when the cancellation is received", "Kill Fee (share of the agreed fee)"],
           [["Brief agreed, research not yet started", "10%"],
            ["Research or writing started, first Draft not yet delivered", "40%"],
            ["First Draft delivered", "70%"],
            ["Revised Draft delivered after a Revision Round", "100%"]],
           [110, 64])
    d.para("The minimum Kill Fee is GBP 75 per Deliverable. A workshop or other day-rate booking cancelled with "
           "less than 2 Working Days' notice is charged at 50% of the day rate.", size=9, style="I")
    d.clause("6.2", "Copyright in any Draft of a cancelled Deliverable stays with the Copywriter, and the Client may "
             "not publish or adapt it, unless the Client pays the full fee for that Deliverable.")
    d.h1("7. Copyright and use")
    d.clause("7.1", "Copyright in the Final Copy of each Deliverable passes to the Client when the Copywriter "
             "receives payment in full of the invoice for that Deliverable. Until then, the Client has a licence "
             "to review Drafts internally only and must not publish them.")
    d.clause("7.2", "The Copywriter waives her moral right to be identified as the author of the Final Copy.")
    d.clause("7.3", "The Copywriter may show published Final Copy in her portfolio and name the Client as a "
             "client from 3 months after publication, unless the Client asks in writing for a Deliverable to be "
             "kept confidential.")
    d.clause("7.4", "The Copywriter confirms that the Final Copy is her original work. The Client is responsible for "
             "checking product claims, prices and legal statements (such as waterproof ratings) before "
             "publishing.")
    d.h1("8. Invoices and payment")
    d.clause("8.1", "Where the total fees in Schedule 1 are more than GBP 2,000, the Copywriter invoices 40% of them "
             "when this agreement is signed, and the balance of each Deliverable's fee when it becomes Final "
             "Copy. Otherwise each Deliverable is invoiced when it becomes Final Copy. Day-rate work is invoiced "
             "at the end of the month in which it is done.")
    d.clause("8.2", "Invoices are payable within 21 days of the invoice date, by bank transfer.")
    d.clause("8.3", "If an invoice is paid late, the Copywriter may charge statutory interest at 8% a year above "
             "the Bank of England base rate, and a fixed sum for the cost of recovering the debt, under the Late "
             "Payment of Commercial Debts (Interest) Act 1998:")
    d.grid(["Amount of the unpaid invoice", "Fixed compensation"],
           [["Up to GBP 999.99", "GBP 40"],
            ["GBP 1,000 to GBP 9,999.99", "GBP 70"],
            ["GBP 10,000 or more", "GBP 100"]],
           [90, 60])
    d.clause("8.4", "If an invoice is more than 30 days overdue, the Copywriter may pause work on all Deliverables "
             "until it is paid; deadlines then move back by the length of the pause.")
    d.h1("9. Confidentiality, ending and liability")
    d.clause("9.1", "Each party keeps confidential the other's business information received under this agreement, "
             "during the agreement and for 2 years after it ends.")
    d.clause("9.2", "Either party may end this agreement by 30 days' written notice. Fees for work done up to the "
             "date of ending, and any Kill Fees under clause 6 for Deliverables in progress, remain payable.")
    d.clause("9.3", "The Copywriter's total liability under this agreement is limited to the fees paid to her in "
             "the 12 months before the claim. This agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed by Tamsin Greaves, trading as Inkfield Copy",
                       "Signed for Brackwater Outdoor Ltd by Petra Lindqvist, Head of Marketing"])
    d.h1("SCHEDULE 1 - PROJECT: AUTUMN 2028 WEBSITE RELAUNCH")
    d.grid(["Deliverable", "Length", "Fee", "First Draft due"],
           [["Tone of voice workshop at Brackwater (1 day)", "-", "GBP 460 plus travel", "28 February 2028"],
            ["Home page", "about 650 words", "GBP 208 (estimate)", "6 March 2028"],
            ["Category pages (6)", "about 300 words each", "GBP 150 each (minimum), GBP 900 in total",
             "13 March 2028"],
            ["Product descriptions (48)", "up to 120 words each", "GBP 912 (48 x GBP 19)", "27 March 2028"],
            ["Blog articles (3)", "1,200 words each", "GBP 288 each, GBP 864 in total",
             "One every 2 weeks from 10 April 2028"]],
           [56, 34, 46, 38])
    d.para("Estimated total fees: GBP 3,344, plus travel. As this is more than GBP 2,000, 40% (GBP 1,337.60) is "
           "invoiced on signature under clause 8.1. Client contact for Briefs and comments: Petra Lindqvist, "
           "petra.lindqvist@brackwater-outdoor.example. Style guide: Brackwater Voice v2 (January 2028).",
           size=9.5)
    return d.save("legal/copywriting_services_agreement_inkfield_brackwater.pdf")


# =============================================================================
# 3. Childminder contract
# =============================================================================
def childminder_contract():
    d = Doc("Childminding Contract - Puddleduck Childminding / Wetherall", "Ofsted URN EY784213",
            "Puddleduck Childminding - Jemima Hartigan, 22 Linnet Close, Farrowby", accent=(150, 60, 90))
    d.title_block("CHILDMINDING CONTRACT AND TERMS",
                  "between Jemima Hartigan, registered childminder trading as Puddleduck Childminding (Ofsted "
                  "unique reference number EY784213), of 22 Linnet Close, Farrowby FB3 9QE (\"the Childminder\") "
                  "and Daniel and Priya Wetherall of 5 Kestrel Mews, Farrowby FB3 2LA (\"the Parents\"), for the "
                  "care of the Child named in the Schedule. Start date: 4 September 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Contracted Hours\" means the days and times in the Schedule for which a place is kept for the "
             "Child. Fees are payable for Contracted Hours whether or not the Child attends, except where this "
             "contract says otherwise.")
    d.clause("1.2", "\"Funded Hours\" means hours of childcare paid for by Farrowby County Council under the "
             "government funded childcare schemes. \"Term Time\" means the 38 weeks a year in the Council's "
             "published school term dates.")
    d.h1("2. Opening hours and collection")
    d.clause("2.1", "Puddleduck Childminding is open Monday to Friday, 07:30 to 18:00. It is closed on bank holidays "
             "and during the Childminder's holidays (clause 6).")
    d.clause("2.2", "The Child will be handed over only to a Parent or to an adult named in the Schedule. Anyone "
             "else collecting the Child must be arranged in advance and give the family password.")
    d.h1("3. Fees")
    d.clause("3.1", "Fees are charged per hour of Contracted Hours at the rate for the Child's age:")
    d.grid(["Age of the Child", "Hourly rate", "Notes"],
           [["Under 2 years", "£7.40", "Parents provide nappies and formula milk (clause 8)"],
            ["2 years", "£7.00", "-"],
            ["3 and 4 years, not yet at school", "£6.60", "Funded Hours may apply (clause 4)"],
            ["School age: before and after school, in Term Time", "£6.20", "Plus £2.50 for each school drop-off "
                                                                           "or collection"],
            ["School age: school holidays", "£6.60", "Full days only, 08:00 to 17:30"]],
           [62, 28, 84])
    d.para("* A new age band's rate applies from the first day of the month after the Child's birthday. Extra "
           "sessions outside the Contracted Hours, if a place is free, are charged at the same hourly rate plus "
           "£1.00 an hour.", size=8.5, style="I")
    d.clause("3.2", "Fees are invoiced on the 25th of each month for the following month and are payable by the 1st "
             "of that month by bank transfer. If fees are paid more than 7 days late, a late payment charge of "
             "£15 is added; if they are more than 14 days late, the Childminder may suspend care until they are "
             "paid.")
    d.h1("4. Funded Hours")
    d.clause("4.1", "Where the Child is eligible, the Childminder claims the Funded Hours shown in the Schedule (15 "
             "or 30 a week) in Term Time only. Funded Hours are not stretched across the year.")
    d.clause("4.2", "Funded Hours are set against the Contracted Hours in each Term Time week, starting with the "
             "first day of the week. Contracted Hours beyond the Funded Hours, and all Contracted Hours in school "
             "holiday weeks, are charged at the hourly rate.")
    d.clause("4.3", "Funded Hours cover childcare only. Meals and nappies are charged as in clause 8. These charges "
             "are voluntary: Parents who do not wish to pay them may send their own food and nappies instead.")
    d.clause("4.4", "The Parents must reconfirm their eligibility code with the Council every 3 months. If funding "
             "stops because the code was not reconfirmed, the hours are charged at the hourly rate from the date "
             "funding stops.")
    d.h1("5. Late collection")
    d.clause("5.1", "If the Child is collected after the end of that day's Contracted Hours, the following charges "
             "apply, timed by the Childminder's register:")
    d.grid(["Time after the end of the Contracted Hours", "Charge"],
           [["1 to 10 minutes", "£5"],
            ["11 to 30 minutes", "£15"],
            ["31 to 60 minutes", "£30"],
            ["More than 60 minutes", "£30, plus £10 for each further 15 minutes or part"]],
           [90, 84])
    d.para("One late collection of up to 10 minutes in each calendar month is not charged if a Parent phones "
           "before the end of the Contracted Hours.", size=8.5, style="I")
    d.clause("5.2", "If the Child has not been collected 60 minutes after the end of the Contracted Hours and the "
             "Childminder cannot reach the Parents or the emergency contacts, she will follow her safeguarding "
             "policy and contact Farrowby Children's Services.")
    d.h1("6. Holidays and closures")
    d.clause("6.1", "The Childminder takes up to 4 weeks' holiday a year, including the week between Christmas and "
             "New Year, and gives at least 6 weeks' notice of the dates. No fees are charged for the "
             "Childminder's holidays or for bank holidays.")
    d.clause("6.2", "The Parents may take up to 2 weeks' holiday a year with the Child (pro rata for part years) at "
             "half fees, if they give at least 4 weeks' notice in writing. All other absences of the Child, "
             "including further holidays, are charged in full.")
    d.clause("6.3", "If the Childminder is ill or has to close unexpectedly, for example because of illness in her "
             "family, no fees are charged for the closed days. She will tell the Parents as early as possible, "
             "and by 07:00 on the day at the latest.")
    d.h1("7. Illness and exclusion")
    d.clause("7.1", "Fees are payable in full when the Child is absent through illness or exclusion. To protect the "
             "other children, a Child who is ill must stay away for the periods below:")
    d.grid(["Illness", "Stay away from the setting"],
           [["Diarrhoea and/or vomiting", "Until 48 hours after the last episode"],
            ["Temperature of 38 degrees C or above", "Until 24 hours without a temperature, without medicine to "
                                                     "bring it down"],
            ["Chickenpox", "Until all the spots have crusted over (usually 5 days after the rash starts)"],
            ["Impetigo", "Until the sores have crusted and healed, or 48 hours after starting antibiotics"],
            ["Scarlet fever", "Until 24 hours after starting antibiotics"],
            ["Conjunctivitis", "No exclusion, unless the Child is unwell"],
            ["Hand, foot and mouth disease", "No exclusion if the Child is well enough"],
            ["Head lice", "No exclusion; treat before the next day of care"]],
           [64, 110])
    d.para("Exclusion periods follow national guidance for childcare settings. A Child who becomes unwell during "
           "the day must be collected within 1 hour of the Childminder's call.", size=8.5, style="I")
    d.clause("7.2", "Prescribed medicines are given only with the Parents' written consent. The Childminder will not "
             "give the first dose of any new medicine: the Child must have had at least one dose at home.")
    d.h1("8. Food, drink and nappies")
    d.clause("8.1", "Meals are cooked by the Childminder and charged at breakfast £1.50, lunch £2.50 and tea £2.00 "
             "per meal. Breakfast is served only before 08:00 and tea after 16:00. Snacks, milk and water are "
             "included in the hourly rate.")
    d.clause("8.2", "Parents may send a packed lunch instead of lunch. Puddleduck is a nut-free setting: please do "
             "not send food containing nuts.")
    d.clause("8.3", "Parents provide nappies, wipes, nappy cream and formula milk, labelled with the Child's name. "
             "If these run out, the Childminder uses her own and charges 50p per nappy used.")
    d.h1("9. Deposit, settling in and notice")
    d.clause("9.1", "A deposit of £200 secures the place. It is repaid with the final invoice when the contract ends "
             "with proper notice, less any fees unpaid. It is not repaid if the Parents withdraw before the start "
             "date.")
    d.clause("9.2", "Two settling-in sessions of 2 hours each are held in the week before the start date and charged "
             "at half the hourly rate.")
    d.clause("9.3", "During the first 4 weeks after the start date either party may end this contract with 1 week's "
             "notice. After that, 4 weeks' notice in writing is needed by either party, or fees in place of "
             "notice. The Childminder may end the contract at once if fees are more than 14 days overdue.")
    d.clause("9.4", "Fees are reviewed once a year, in April; the Childminder gives at least 6 weeks' notice of "
             "any change.")
    d.signature_block(["Signed by Jemima Hartigan (Childminder)",
                       "Signed by Daniel Wetherall and Priya Wetherall (Parents)"])
    d.h1("SCHEDULE - THE CHILD AND THE CONTRACTED HOURS")
    d.grid(["Item", "Details"],
           [["Child", "Maisie Wetherall, date of birth 19 January 2026"],
            ["Contracted Hours", "Monday, Tuesday and Thursday, 08:00 to 17:30 (28.5 hours a week)"],
            ["Hourly rate at the start date", "£7.00 (age 2 years)"],
            ["Funded Hours", "15 a week in Term Time (working parents' entitlement), from 4 September 2028"],
            ["Meals", "Lunch and tea on each day"],
            ["Nappies", "Provided by the Parents; Maisie is not yet toilet trained"],
            ["Authorised to collect", "Mrs Anjali Sethi (grandmother); password given separately"],
            ["Diet and allergies", "Vegetarian; no known allergies"],
            ["Deposit", "£200, paid on 12 July 2028"]],
           [50, 124], bold_first_col=True)
    return d.save("legal/childminder_contract_puddleduck_wetherall.pdf")


# =============================================================================
# 4. Plantar fasciitis leaflet
# =============================================================================
def plantar_fasciitis_leaflet():
    d = Doc("Heel pain (plantar fasciitis) - patient information", "Leaflet PF-02, March 2028",
            "Ashgrove Vale Community MSK Physiotherapy Service", accent=(0, 100, 120))
    d.title_block("Heel pain (plantar fasciitis): looking after your feet",
                  "Information and exercises from your physiotherapist. Most heel pain gets better with the "
                  "simple measures in this leaflet.")
    d.h2("What is plantar fasciitis?")
    d.para("The plantar fascia is a thick band of tissue that runs under your foot from the heel bone to the toes. "
           "Plantar fasciitis is pain where it joins the heel bone, caused by strain. It is most common between "
           "the ages of 40 and 60, and in people who stand for long periods, runners and people who are "
           "overweight. The pain is usually worst with the first steps in the morning or after sitting, eases as "
           "you walk about, and may come back after standing for a long time.")
    d.h2("How long will it take to get better?")
    d.para("Most people notice an improvement within 6 to 8 weeks of starting the exercises, but it can take 6 to "
           "12 months to settle completely. About 9 in 10 people get better without an injection or an "
           "operation.")
    d.h2("What can I do to help myself?")
    d.para("The things that help most are stretching every day, wearing supportive shoes, cutting down the "
           "activities that make the pain worse and, if you are overweight, losing weight. Painkillers and ice "
           "ease the pain while the exercises start to work.")
    d.h2("What shoes should I wear?")
    d.para("Wear shoes with a cushioned sole and a small heel of about 2 to 3 cm, such as trainers or walking "
           "shoes, indoors as well as out. Avoid flat shoes, flip-flops, backless slippers and worn-out shoes, and "
           "do not walk barefoot on hard floors. Running shoes should be replaced after about 500 miles. If you "
           "stand for long periods at work, a cushioned mat and changing position often can help.")
    d.h2("Will insoles help?")
    d.para("Off-the-shelf heel cups or cushioned insoles from a pharmacy or sports shop (usually £10 to £25) help "
           "many people. Wear them in both shoes, even if only one heel hurts. Custom-made insoles (orthotics) are "
           "rarely needed and are not routinely provided by this service.")
    d.h2("Which stretches should I do?")
    d.para("Do these every day, including days when the pain is better. They work best little and often, so "
           "keep a note of the exercises you have done each day. Mild discomfort while stretching is normal; "
           "stop if you feel a sharp pain.")
    d.grid(["Exercise", "How to do it", "Hold or repeat", "How many times a day"],
           [["1. Plantar fascia stretch", "Sit on the edge of the bed, cross the painful foot over the other knee "
             "and pull your toes back towards your shin until you feel a stretch in the arch", "Hold 10 seconds, "
             "10 times", "Before your first steps in the morning, and after sitting for a long time"],
            ["2. Calf stretch against a wall", "Hands on the wall, painful leg straight behind you with the heel on "
             "the floor; lean forwards until you feel the stretch in the calf", "Hold 30 seconds, 3 times",
             "3 times a day"],
            ["3. Bent-knee calf stretch", "As exercise 2, but with the back knee bent", "Hold 30 seconds, 3 times",
             "3 times a day"],
            ["4. Towel stretch", "Sit with your legs out straight, loop a towel round the ball of the foot and pull "
             "it gently towards you", "Hold 30 seconds, 3 times", "Twice a day"],
            ["5. Rolling the arch", "Sitting down, roll the arch of the foot over a frozen bottle of water or a "
             "tennis ball", "2 minutes", "Twice a day, and after activity"],
            ["6. Heel raises (from week 3)", "Stand on a step with a rolled towel under your toes, rise up on both "
             "feet, then lower slowly on the painful foot only", "3 sets of 12", "Every other day (not daily)"],
            ["7. Toe curls", "Sitting, scrunch up a small towel on the floor with your toes, then spread it out again",
             "10 times", "Twice a day"]],
           [36, 74, 28, 36])
    d.para("Start exercise 6 only when the morning pain has begun to ease. If it makes the pain worse the next "
           "day, go back to exercises 1 to 5 for another week.", size=8.5, style="I")
    d.h2("Should I use ice?")
    d.para("Ice can ease the pain after activity. Put an ice pack or a bag of frozen peas wrapped in a damp tea "
           "towel on the heel for up to 15 minutes, up to 4 times a day. Never put ice directly on the skin. Do "
           "not use ice if you have diabetes, poor circulation or reduced feeling in your feet.")
    d.h2("Which painkillers can I take?")
    d.para("Paracetamol can be taken regularly. Ibuprofen tablets, or ibuprofen gel rubbed into the heel, can help "
           "for a short time. Do not take ibuprofen tablets for more than 10 days without speaking to a "
           "pharmacist or GP, and do not take them at all if you have had a stomach ulcer, are pregnant or take a "
           "blood thinner.")
    d.h2("Should I rest?")
    d.para("Cut down on the activities that make the pain worse, such as running, jumping or long walks on hard "
           "ground, for about 4 to 6 weeks. Swimming and cycling keep you fit without straining the heel. Go back "
           "to running gradually, starting at about half your usual distance. If you are overweight, losing "
           "weight reduces the strain on your feet.")
    d.h2("Will I need a steroid injection?")
    d.para("A steroid injection may be offered if the pain is severe and has not improved after at least 3 months "
           "of doing the exercises. It often eases the pain for a few weeks to about 3 months, but it does not "
           "cure the problem, so keep up the stretches. Rest the foot for 48 hours after the injection. We do not "
           "give more than 2 injections into the same heel in 12 months, because repeated injections can weaken "
           "the fascia, which may then tear, and thin the fat pad under the heel.")
    d.h2("What is shockwave therapy?")
    d.para("Extracorporeal shockwave therapy (ESWT) sends pulses of sound energy into the heel through a probe held "
           "against the skin. It is offered when the pain has lasted at least 6 months despite doing the "
           "exercises. A course is usually 3 sessions, 1 week apart; each session takes about 10 minutes and can "
           "be uncomfortable. Do not take ibuprofen for 48 hours before or after each session. ESWT is not "
           "suitable during pregnancy, for people taking a blood thinner such as warfarin, or within 12 weeks of "
           "a steroid injection into the same heel.")
    d.h2("When should I see a GP or physiotherapist?")
    d.bullets(["The pain has not improved at all after 4 weeks of doing the exercises every day.",
               "The pain is stopping you working or sleeping.",
               "You have diabetes and foot pain: ask for your feet to be checked.",
               "You have tingling or numbness in the foot."])
    d.para("Get help the same day (GP, NHS 111 or an urgent treatment centre) if your foot is hot, red and swollen "
           "or you feel feverish, if you felt a snap in the heel followed by sudden severe pain, or if you cannot "
           "put weight on the foot after a fall or injury.", style="B")
    d.para("Physiotherapy self-referral: 01632 960 318 (Monday to Friday, 08:30 to 16:30).", size=9.5)
    return d.save("medical/plantar_fasciitis_leaflet_ashgrove_vale.pdf")


# =============================================================================
# 5. Fixed braces aftercare leaflet
# =============================================================================
def braces_leaflet():
    d = Doc("Looking after your fixed braces - Kilnbrook Orthodontics", "Patient leaflet KO-7 (revised 2028)",
            "Kilnbrook Orthodontic Practice, 41 Mercer Street, Kilnbrook", accent=(60, 60, 150))
    d.title_block("Looking after your fixed braces and retainers",
                  "Answers to the questions our patients ask most. Keep this leaflet until your treatment has "
                  "finished.")
    d.h2("Will my teeth hurt?")
    d.para("Your teeth will feel sore for 3 to 5 days after the brace is fitted, and for 1 to 2 days after each "
           "adjustment. Soft foods such as pasta, soup and yoghurt help. You can take the painkiller you would "
           "normally take for a headache, such as paracetamol or ibuprofen, following the dose on the packet. If "
           "the pain is still severe after a week, contact us.")
    d.h2("The brace is rubbing my cheeks. What can I do?")
    d.para("The inside of your lips and cheeks will toughen up within about 2 weeks. Until then, press a small "
           "ball of orthodontic wax over the part of the brace that rubs. Mouth ulcers usually heal within 10 days; "
           "rinse with warm salty water (half a teaspoon of salt in a glass of warm water) 4 times a day.")
    d.h2("What can't I eat or drink?")
    d.grid(["Type of food or drink", "Examples", "What to do instead"],
           [["Hard foods", "Nuts, boiled sweets, ice cubes, crusty rolls, crackling", "Choose soft bread; never "
             "crunch ice"],
            ["Sticky and chewy foods", "Toffee, chewing gum, caramel bars, chewy sweets", "Avoid completely: they "
             "pull brackets off"],
            ["Foods you bite into", "Whole apples, raw carrots, corn on the cob, ribs on the bone", "Cut into small "
             "pieces and chew with your back teeth"],
            ["Popcorn", "Popcorn of any kind", "Avoid: husks get stuck under the wire"],
            ["Fizzy and sugary drinks", "Cola, energy drinks, squash and fruit juice, including diet and "
             "sugar-free fizzy drinks", "Drink water or milk; keep other drinks to mealtimes and use a straw"]],
           [40, 70, 64])
    d.para("Chewing pens, pencils or fingernails also breaks brackets.", size=8.5, style="I")
    d.h2("How should I clean my teeth?")
    d.para("Brush after every meal and before bed, for at least 2 minutes each time, using a toothpaste with "
           "1,450 ppm fluoride (or the stronger toothpaste we prescribe). Clean between the brackets with "
           "interdental brushes once a day. Use a fluoride mouthwash every day at a different time from "
           "brushing, for example after lunch. Spit out after brushing but do not rinse. If your gums bleed, "
           "brush more carefully, not less. Keep seeing your own dentist for check-ups during treatment.")
    d.h2("How long do I wear my elastics for?")
    d.para("If we give you elastics (small rubber bands) to correct your bite, wear them for 22 hours a day, every "
           "day, including while you sleep. Take them out only to eat and to clean your teeth, and put in fresh "
           "ones after each meal, changing them at least 4 times a day. Wearing them for only part of the day "
           "will not work, and your teeth will ache each time you start again. If an elastic breaks, replace it "
           "straight away. If you run out, phone us and we will post more.")
    d.h2("How often will I have appointments?")
    d.para("Every 6 to 8 weeks while your brace is on. Adjustment appointments take about 20 minutes. Please give "
           "us at least 48 hours' notice if you need to change an appointment. NHS patients who miss 2 "
           "appointments in a row without telling us may have their treatment stopped; we will write to you and "
           "your dentist first.")
    d.h2("A bracket has come loose or a wire is poking. What should I do?")
    d.para("A loose bracket is not an emergency, but phone us on the next working day so we can book a repair; do "
           "not wait for your next routine appointment. Keep any bracket that comes off and bring it with you. If "
           "a wire is poking into your cheek, push it flat with the rubber end of a pencil or cover it with wax; "
           "if that does not help, phone us the same day.")
    d.para("Repairs for NHS patients are free, but breakages slow your treatment, and after 3 breakages we may "
           "talk to you about stopping treatment. Private patients: the first 2 repairs are free; further repairs "
           "are charged at £35 each.")
    d.h2("Can I play sport?")
    d.para("Yes. Wear a mouthguard made for braces for contact sports and any sport with a ball, stick or racket; "
           "we can advise which type.")
    d.h2("When my brace comes off, how long do I wear my retainers?")
    d.para("Teeth try to move back after treatment, so retainers are for life. Wear removable retainers like this:")
    d.grid(["Time since your brace was removed", "How long to wear your removable retainers"],
           [["Months 1 to 6", "All the time (about 22 hours a day): take them out only to eat, to drink anything "
             "except cold water, and to clean them"],
            ["Months 7 to 12", "Every night while you sleep (at least 8 hours)"],
            ["From month 13", "3 nights a week, for as long as you want straight teeth"]],
           [60, 114])
    d.para("Bonded retainers (a thin wire glued behind the front teeth) stay in all the time: clean around them "
           "every day with floss threaders and ask your dentist to check them at every visit.", size=8.5,
           style="I")
    d.para("Clean removable retainers with a soft toothbrush and cold water; hot water bends them. Always keep them "
           "in their case: most lost retainers are wrapped in a tissue at mealtimes and thrown away, and dogs love "
           "to chew them. Retainer checks are at 3, 6 and 12 months after your brace is removed; after that, "
           "looking after your retainers is your responsibility. Replacement retainers are not free on the NHS: "
           "they cost £120 per arch.")
    d.h2("When should I call the practice urgently?")
    d.para("Phone us the same day if you have swelling of the face, severe pain that painkillers do not control, "
           "or a wire that is cutting your mouth. If you swallow or breathe in part of your brace and have any "
           "difficulty breathing, go to A&E. Practice: 01632 960 572. Out of hours: NHS 111.", style="B")
    return d.save("medical/braces_aftercare_leaflet_kilnbrook.pdf")


# =============================================================================
# 6. Osteoporosis and alendronic acid leaflet
# =============================================================================
def osteoporosis_leaflet():
    d = Doc("Osteoporosis and alendronic acid - Stourleigh Bone Health Service", "Leaflet BH-04, January 2028",
            "Stourleigh Primary Care Network - Bone Health and Falls Service", font="Times", accent=(120, 40, 40),
            body_size=10.5)
    d.title_block("Osteoporosis and your weekly alendronic acid tablet",
                  "Information for patients starting treatment to protect their bones")
    d.h1("What is osteoporosis?")
    d.para("Osteoporosis means your bones have become thinner and weaker, so they break (fracture) more easily, "
           "often after a minor fall. The commonest breaks are in the wrist, the hip and the bones of the spine. "
           "Osteoporosis itself is not painful: most people only find out they have it after a fracture or a "
           "DEXA scan.")
    d.h1("What is a DEXA scan?")
    d.para("A DEXA scan is a low-dose X-ray that measures the density of the bones in your hip and lower spine. It "
           "takes 10 to 20 minutes; you lie on your back on a padded table and can stay dressed, but avoid "
           "clothes with metal zips, buckles or buttons. The result is given as a T-score, which compares your "
           "bones with those of a healthy young adult:")
    d.grid(["T-score", "What it means"],
           [["-1.0 or above", "Normal bone density"],
            ["Between -1.0 and -2.5", "Low bone density (osteopenia)"],
            ["-2.5 or below", "Osteoporosis"]],
           [60, 100])
    d.para("Whether you need treatment also depends on your age, any past fractures and other risks, not only on "
           "the T-score. A repeat DEXA scan is usually done after 5 years of treatment, when your GP reviews "
           "whether you need a break from alendronic acid (see below).", size=9.5, style="I")
    d.h1("How do I take alendronic acid?")
    d.para("The usual dose is one 70 mg tablet once a week, on the same day each week. Take it exactly as below, "
           "because the tablet is poorly absorbed and can irritate your food pipe (oesophagus).")
    d.clause("1.", "Take it first thing in the morning, after you get up, on an empty stomach, before any food, "
             "drink or other medicines.", numw=8)
    d.clause("2.", "Swallow the tablet whole with a full glass (at least 200 mL) of plain tap water. Do not take it "
             "with mineral water, tea, coffee, juice or milk. Do not chew or suck it.", numw=8)
    d.clause("3.", "Stay upright - sitting, standing or walking - for at least 30 minutes after taking it. Do not "
             "lie down again.", numw=8)
    d.clause("4.", "Wait at least 30 minutes before eating breakfast, having any drink other than water, or taking "
             "any other tablets, including calcium.", numw=8)
    d.clause("5.", "Never take it at bedtime or before you get up for the day.", numw=8)
    d.h2("What if I forget a dose?")
    d.para("Take it on the morning after you remember, then go back to your usual day the following week. Never "
           "take two tablets on the same day.")
    d.h2("Who should not take alendronic acid?")
    d.para("Tell your GP if you have a narrowing of the food pipe or difficulty swallowing, cannot stay upright for "
           "30 minutes, have a low blood calcium level, or have severe kidney problems (eGFR below 35 mL/min).")
    d.h1("Calcium and vitamin D")
    d.para("Alendronic acid works properly only if you have enough calcium and vitamin D. What you need each day "
           "depends on how much calcium you get from your food:")
    d.grid(["Your diet", "What to take each day"],
           [["Fewer than 3 portions of dairy foods (or calcium-fortified alternatives) a day",
             "Calcium 1,000 mg with vitamin D 800 units, as one chewable tablet"],
            ["3 or more portions of dairy foods a day", "Vitamin D 800 units a day only"],
            ["You have had kidney stones or a high calcium level", "Ask your GP before taking any calcium"]],
           [90, 84])
    d.para("A portion is a 200 mL glass of milk, a 125 g pot of yoghurt or 30 g of hard cheese (about the size of a "
           "matchbox). Take calcium tablets with your evening meal, never in the morning on the day you take "
           "alendronic acid.", size=9.5)
    d.h1("Side effects to look out for")
    d.bullets(["Stop taking alendronic acid and see your GP if you get heartburn or indigestion that is new or "
               "worse, pain when swallowing, or pain behind the breastbone.",
               "Aching in the muscles, bones or joints is common and usually mild.",
               "Tell your GP about any new pain in the thigh, hip or groin: very rarely the thigh bone can break "
               "with little or no injury.",
               "Tell your GP about ear pain, discharge from the ear or an ear infection."])
    d.h1("Your jaw and your dentist")
    d.para("Rarely, alendronic acid can cause osteonecrosis of the jaw: an area of jawbone that does not heal, "
           "usually after a tooth is taken out. Before you start, have a dental check-up and any treatment you "
           "need. Tell your dentist that you take alendronic acid, keep seeing them at least once a year and keep "
           "your teeth and gums clean. You do not usually need to stop alendronic acid for fillings, scaling or "
           "extractions: your dentist will plan your treatment and may contact your GP. See your dentist or GP if "
           "you have a loose tooth, pain or swelling in the jaw, numbness, or bone showing in your mouth.")
    d.h1("How long will I take it? (the 'drug holiday')")
    d.para("After 5 years of treatment your GP will review your fracture risk, usually with a repeat DEXA scan. If "
           "your risk is lower, you may be advised to stop for a 'drug holiday' of about 2 years, because the "
           "medicine stays in the bones and goes on protecting them for a time. Your risk is then reviewed again.")
    d.para("You should carry on for 10 years without a break if you:")
    d.bullets(["are aged 75 or over;",
               "have broken a hip or a bone in your spine, before or during treatment; or",
               "take steroid tablets at a dose of 7.5 mg prednisolone a day or more."])
    d.h1("Preventing falls")
    d.para("Most fractures happen after a fall. To lower your risk:")
    d.bullets(["Join a strength and balance class: at least 2 sessions a week for 6 months. Ask us about our free "
               "Steady Steps classes.",
               "Do weight-bearing exercise, such as brisk walking, for 30 minutes on most days.",
               "Have your eyes tested every year if you are 70 or over.",
               "Remove loose rugs and trailing wires, and use a night light between the bedroom and the bathroom.",
               "Wear well-fitting slippers or shoes with backs.",
               "Ask your GP or pharmacist to review any medicines that make you dizzy or drowsy.",
               "Keep to 14 units of alcohol a week or less, and stop smoking."])
    d.para("Bone Health and Falls Service: 01632 960 447 (Monday to Friday, 09:00 to 16:00).", size=9.5, style="B")
    return d.save("medical/osteoporosis_alendronate_leaflet_stourleigh.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([garden_agreement, copywriting_agreement, childminder_contract,
                       plantar_fasciitis_leaflet, braces_leaflet, osteoporosis_leaflet], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
