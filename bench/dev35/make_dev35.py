"""Render the thirty-fifth development-set documents (fictional) as PDFs into bench/dev35/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a film and
television location agreement between a production company and the owners of a house (definitions of Prep,
Shoot, Standby and Strike Days, a location fee table with overtime and a night supplement, crew and vehicle
limits, care of the property, damage notice and reinstatement, a cancellation fee table by days of notice,
and a schedule of dates and permitted areas after the signatures), a veterinary practice's pet health plan
terms (eligibility by age, a monthly fee table by species and dog weight band with a footnote on moving band,
a Senior Add-on by age, an allowance table per plan year split over the page break, discounts and
out-of-hours exclusions, payments, minimum term and a balancing charge, and a member's application after
the declaration), a vending machine placement agreement between an operator and a sixth form college (a
commission table by quarterly net takings with a footnote, healthy vending rules, price changes, a breakdown
response table, customer refunds, termination and removal, and schedules of machines and electricity
allowances after the signatures), a home blood pressure monitoring leaflet in question-and-answer form (a
cuff size table by arm circumference, how and when to measure, which readings to leave out, a results table
by home average with an age footnote, which arm, irregular heartbeat symbols), a children's maintenance
intravenous fluids guideline for ward clinicians (scope and exclusions, fluid choice, the daily volume rule, an
hourly rate table by weight band split over the page break with a footnote, fluid restriction, monitoring, a
sodium action table, potassium and glucose, stepping down), and a family's malaria prevention plan from a
travel pharmacy (a traveller table with tablets, doses and start and last dates, start and stop rules, a
children's dose table by weight band with a footnote, how to take the tablets, missed doses and vomiting,
bite avoidance, costs, fever after return).
Questions: bench/dev35/questions.jsonl. All names, products, places and numbers are invented; the clinical
content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev35/make_dev35.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2028, 2, 14, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 35 (fictional document)", "make_dev35.py", FIXED_DATE)


# =============================================================================
# 1. Film and television location agreement
# =============================================================================
def location_agreement():
    d = Doc("Location Agreement - Tallowmere Pictures / Ashcroft Lodge", "Production ref. TP-GHY-0412",
            "Tallowmere Pictures Ltd - \"The Glasshouse Year\" (Series 2) - Location: Ashcroft Lodge", font="Times",
            accent=(90, 30, 60), body_size=10.5)
    d.title_block("LOCATION AGREEMENT",
                  "for the use of Ashcroft Lodge, Windle Lane, Pelsham Cross PX3 9RT, in the filming of the "
                  "television drama series \"The Glasshouse Year\" (Series 2)")
    d.para("THIS AGREEMENT is made on 6 March 2028 between (1) TALLOWMERE PICTURES LIMITED, company number "
           "10482279, of 14 Canal Wharf, Brisworth BW1 4ND (the \"Production\"); and (2) DR HELENA MARCHBANK and "
           "MR TOBIAS MARCHBANK of Ashcroft Lodge, Windle Lane, Pelsham Cross PX3 9RT (together the \"Owners\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Property\" means the house, gardens, outbuildings, driveway and paddock at Ashcroft Lodge. "
             "\"Permitted Areas\" means the parts of the Property listed as permitted in Schedule 2; every other "
             "part of the Property is out of bounds to the Production.")
    d.clause("1.2", "\"Prep Day\" means a day on which the Production's art department dresses the Permitted Areas "
             "or builds sets, with no filming. \"Shoot Day\" means a day on which filming takes place. \"Strike "
             "Day\" means a day on which the Production removes its equipment and dressing and reinstates the "
             "Property. \"Standby Day\" means a booked Shoot Day on which the Production decides not to film, "
             "for example because of the weather.")
    d.clause("1.3", "\"Unit Base\" means the area in the paddock used for the Production's trucks, generator, "
             "catering and dressing-room trailers. \"Location Fees\" means the fees in clause 3.")
    d.h1("2. Dates and hours")
    d.clause("2.1", "The Prep, Shoot and Strike Days are set out in Schedule 1. The Production may work on the "
             "Property between 07:00 and 21:00. A Shoot Day is up to 12 hours on the Property, including a "
             "one-hour meal break.")
    d.clause("2.2", "Work after 21:00 (\"night work\") needs the Owners' written consent, requested at least 48 "
             "hours in advance, and is paid at the night shoot supplement in clause 3.1.")
    d.h1("3. Location Fees and payment")
    d.clause("3.1", "The Production shall pay the Owners the following Location Fees:")
    d.grid(["Day or item", "Fee"],
           [["Prep Day", "GBP 650 per day"],
            ["Shoot Day (up to 12 hours)", "GBP 1,800 per day"],
            ["Standby Day", "GBP 900 per day"],
            ["Strike Day", "GBP 650 per day"],
            ["Overtime: time on the Property beyond 12 hours on a Shoot Day *", "GBP 150 per hour or part of an hour"],
            ["Night shoot supplement (any work after 21:00)", "GBP 400 per night"]], [110, 60])
    d.para("* Overtime is measured from the time the first member of the crew arrives on the Property to the time "
           "the last vehicle leaves the Unit Base. Overtime and the night shoot supplement may both be payable "
           "for the same evening.", size=8.5, style="I")
    d.clause("3.2", "On signing this Agreement the Production shall pay an advance of 50% of the Prep Day and Shoot "
             "Day fees for the dates in Schedule 1. The balance of all Location Fees is payable within 21 days "
             "after the last Strike Day, against the Owners' invoice.")
    d.clause("3.3", "The Location Fees are paid without any deduction. The Owners are responsible for any tax due "
             "on them.")
    d.h1("4. Crew, vehicles and conduct")
    d.clause("4.1", "No more than 45 crew and cast members may be on the Property at any one time, including the "
             "Unit Base.")
    d.clause("4.2", "No more than 6 vehicles may be parked on the driveway at any one time. All other vehicles, "
             "trucks and trailers must use the Unit Base, which the Production will lay with trackway matting "
             "and remove on the Strike Day.")
    d.clause("4.3", "The Production's generator must be placed in the Unit Base at least 30 metres from the "
             "house.")
    d.clause("4.4", "Smoking and vaping are not permitted anywhere inside the house or outbuildings. The "
             "Production will provide a designated smoking area at the paddock gate and remove all litter "
             "daily.")
    d.clause("4.5", "The Production will write to the occupiers of every property within 200 metres of Ashcroft "
             "Lodge at least 7 days before the first Shoot Day, giving the dates and a contact number. The "
             "Production, not the Owners, deals with any complaint from neighbours.")
    d.h1("5. Care of the Property")
    d.clause("5.1", "Before the first Prep Day the Production will carry out a photographic survey of the "
             "Permitted Areas with the Owners. The Production will lay protective coverings on all floors and "
             "stairs in the Permitted Areas used by crew.")
    d.clause("5.2", "Only the Production's art department may move the Owners' furniture and belongings, and must "
             "photograph each item's position first and return it at the Strike. Fragile and valuable items will "
             "be packed by the Owners and kept in the locked study, which is out of bounds.")
    d.clause("5.3", "The Owners may continue to live at the Property during the Production, but agree to stay "
             "out of the Permitted Areas while filming is taking place and to keep their pets away from the "
             "crew and the Unit Base.")
    d.h1("6. Damage and reinstatement")
    d.clause("6.1", "The Production shall reinstate the Property to the condition recorded in the photographic "
             "survey within 7 days after the last Strike Day, fair wear and tear excepted.")
    d.clause("6.2", "The Owners must notify the Production in writing of any damage they believe was caused by the "
             "Production within 14 days after the last Strike Day. The Production will repair or pay for the "
             "damage it has caused; if the parties cannot agree the cost, it will be assessed by an independent "
             "loss adjuster whose fee the Production pays.")
    d.clause("6.3", "The Production holds public liability insurance of at least GBP 10 million and will show the "
             "Owners the certificate before the first Prep Day.")
    d.h1("7. Cancellation and postponement")
    d.clause("7.1", "The Production may cancel this Agreement by written notice. If it does, it shall pay the "
             "following cancellation fee, based on how many days before the first Prep Day the notice is "
             "received:")
    d.grid(["Notice received before the first Prep Day", "Cancellation fee"],
           [["More than 28 days", "No fee; the advance is repaid to the Production"],
            ["15 to 28 days", "25% of the total Location Fees in Schedule 1"],
            ["7 to 14 days", "50% of the total Location Fees in Schedule 1"],
            ["Fewer than 7 days", "100% of the Prep Day and Shoot Day fees in Schedule 1"]], [80, 90])
    d.clause("7.2", "The Production may postpone the dates once without a cancellation fee, if the new dates are "
             "agreed with the Owners and fall within 3 months of the original first Shoot Day. The advance is "
             "then carried forward to the new dates.")
    d.h1("8. Use of the Property on screen")
    d.clause("8.1", "The Production may show the Property under any fictional name and may use the footage in any "
             "media worldwide without time limit. The Production will not reveal the address of the Property or "
             "film the house number or the name sign.")
    d.clause("8.2", "The Owners will not post photographs of the sets, cast or scripts on social media before the "
             "series is first broadcast.")
    d.h1("9. Law")
    d.clause("9.1", "This Agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed for Tallowmere Pictures Limited by Nadia Okonedo-Price, Location Manager",
                       "Signed by Dr Helena Marchbank", "Signed by Mr Tobias Marchbank"])
    d.h1("SCHEDULE 1 - DATES")
    d.grid(["Date", "Day", "Notes"],
           [["Wednesday 14 June 2028", "Prep Day", "Art department only; kitchen and hall dressed"],
            ["Thursday 15 June 2028", "Prep Day", "Greenhouse set built in the walled garden"],
            ["Monday 19 June 2028", "Shoot Day", "Kitchen and hall"],
            ["Tuesday 20 June 2028", "Shoot Day", "Walled garden and greenhouse (exterior)"],
            ["Wednesday 21 June 2028", "Shoot Day", "Drawing room; possible night work (clause 2.2)"],
            ["Thursday 22 June 2028", "Shoot Day", "Reserve weather day for garden scenes"],
            ["Friday 23 June 2028", "Strike Day", "All equipment, dressing and matting removed"]], [50, 30, 90])
    d.para("Total Location Fees for these dates: GBP 9,150 (2 Prep Days, 4 Shoot Days, 1 Strike Day). Advance "
           "paid on signing: GBP 4,250.", size=9.5)
    d.h1("SCHEDULE 2 - PERMITTED AREAS")
    d.grid(["Area", "Status"],
           [["Kitchen, entrance hall and drawing room (ground floor)", "Permitted"],
            ["Walled garden and greenhouse", "Permitted"],
            ["Paddock (Unit Base)", "Permitted"],
            ["Downstairs cloakroom", "Permitted: crew toilet"],
            ["Study (valuables store)", "Out of bounds - locked"],
            ["All bedrooms, bathrooms and the first floor", "Out of bounds"],
            ["Stable block and orchard", "Out of bounds"]], [110, 60])
    return d.save("legal/location_agreement_tallowmere_ashcroft_lodge.pdf")


# =============================================================================
# 2. Veterinary pet health plan terms
# =============================================================================
def pet_health_plan():
    d = Doc("Fernbrook Veterinary Centre - PetCare Plus Plan Terms", "Terms PCP-4, from 1 January 2028",
            "Fernbrook Veterinary Centre Ltd, 22 Lydgate Road, Ashwick AK5 2PW", accent=(0, 100, 100))
    d.title_block("PETCARE PLUS PLAN: TERMS AND CONDITIONS",
                  "Our monthly preventive health plan for dogs, cats and rabbits. These terms apply to every "
                  "PetCare Plus Plan taken out at Fernbrook Veterinary Centre (\"we\", \"us\") from 1 January "
                  "2028. The Plan is not insurance.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Plan\" means the PetCare Plus Plan. \"Member Pet\" means a pet registered on the Plan. "
             "\"Plan Year\" means each period of 12 months starting on the date the Member Pet joins. \"Monthly "
             "Fee\" means the fee in clause 3 for the Member Pet's species and band.")
    d.clause("1.2", "\"Normal Opening Hours\" means 08:00 to 19:00 Monday to Friday and 08:30 to 13:00 on "
             "Saturday. Any other time is out of hours.")
    d.h1("2. Who can join")
    d.clause("2.1", "Dogs and cats may join from 8 weeks of age and rabbits from 10 weeks of age. Each pet has its "
             "own Plan and its own Monthly Fee.")
    d.clause("2.2", "Every pet has a joining health check with a vet, free of charge, before its first Monthly Fee "
             "is taken. Pets with existing illnesses may join, but the Plan does not pay for treating any "
             "illness or injury.")
    d.h1("3. Monthly Fees")
    d.clause("3.1", "The Monthly Fees, including VAT, are:")
    d.grid(["Member Pet", "Monthly Fee"],
           [["Cat (any size)", "GBP 14.50"],
            ["Rabbit", "GBP 9.75"],
            ["Dog up to 10 kg *", "GBP 15.90"],
            ["Dog 10.1 to 25 kg *", "GBP 18.40"],
            ["Dog 25.1 to 40 kg *", "GBP 21.60"],
            ["Dog over 40 kg *", "GBP 25.80"],
            ["Senior Add-on (optional, see clause 3.3)", "GBP 6.00 extra"]], [100, 50])
    d.para("* A dog is placed in a weight band at its joining health check. If its weight at a later health check "
           "is in a different band, the Monthly Fee for the new band applies from the next Monthly Fee. Dogs are "
           "not moved to a lower band while under 12 months of age.", size=8.5, style="I")
    d.clause("3.2", "Monthly Fees are collected by direct debit on the 1st of each month. The first collection "
             "includes a part-month payment for the days from joining to the end of that month.")
    d.clause("3.3", "The Senior Add-on is available for dogs aged 8 years and over. For cats it is available from "
             "11 years of age. It adds one blood test and one urine test in each Plan Year, with a "
             "blood pressure check for cats.")
    d.h1("4. What the Plan includes")
    d.clause("4.1", "In each Plan Year a Member Pet receives:")
    d.grid(["Included", "Allowance per Plan Year"],
           [["Health check with a vet", "2 (about 6 months apart)"],
            ["Annual booster vaccination (dogs: distemper, hepatitis, parvovirus, leptospirosis; cats: cat flu and "
             "enteritis; rabbits: myxomatosis and RHD)", "1"],
            ["Kennel cough vaccination (dogs only)", "1"],
            ["Feline leukaemia (FeLV) vaccination (cats that go outdoors)", "1"],
            ["Flea and tick treatment (dogs and cats)", "12 monthly doses"],
            ["Worming treatment (dogs and cats)", "4 doses, one every 3 months"],
            ["Nurse clinics: nail clips, weight checks, anal glands, dental advice", "Unlimited, by appointment"],
            ["Rabbit nail clip and teeth check", "4"],
            ["Discount on other treatment (clause 5)", "10%"],
            ["Discount on food and accessories bought at reception", "5%"]], [120, 50])
    d.clause("4.2", "Flea, tick and worming treatments are chosen by our vets for the Member Pet's species and "
             "weight. They are collected from reception in 3-month batches, or posted to you free of charge. "
             "Member Pets must be weighed at least every 6 months so that the dose is right.")
    d.clause("4.3", "Allowances that are not used in a Plan Year do not carry over to the next Plan Year and are not "
             "refunded.")
    d.h1("5. Discounts and what is not included")
    d.clause("5.1", "The 10% discount applies to consultations, operations, dental procedures, X-rays and our "
             "in-house laboratory tests during Normal Opening Hours. The discount does not apply to out-of-hours "
             "fees, referral to other practices, cremation or pet insurance excesses.")
    d.clause("5.2", "Microchipping is not included in the Plan; Plan members pay GBP 15.00 per pet. Prescriptions "
             "for medicines dispensed elsewhere are charged at GBP 12.00 each.")
    d.clause("5.3", "Out-of-hours emergencies are seen by our partner practice, Ashwick Vets Now, and are charged "
             "at their full prices. Out of hours means after 19:00 on weekdays, after 13:00 on Saturdays, all day "
             "on Sundays and on bank holidays.")
    d.h1("6. Payments")
    d.clause("6.1", "If a direct debit fails we will collect it again 10 days later and charge a failed payment fee "
             "of GBP 7.50. If two Monthly Fees in a row are not paid, the Plan is suspended and no benefits are "
             "available until all missed Monthly Fees are paid.")
    d.clause("6.2", "We may change the Monthly Fees once in each calendar year. We will write to you at least 30 "
             "days before a change, and you may then cancel without a balancing charge.")
    d.h1("7. Minimum term and cancellation")
    d.clause("7.1", "The Plan has a minimum term of 12 months. If you cancel during the first Plan Year, we will "
             "compare the full price of the benefits the Member Pet has received with the Monthly Fees paid, and "
             "you pay the difference (the \"balancing charge\"). The balancing charge is never more than the "
             "Monthly Fees left to pay in the first Plan Year.")
    d.clause("7.2", "After the first Plan Year you may cancel at any time by giving one month's notice in writing "
             "or by e-mail.")
    d.clause("7.3", "There is no balancing charge if the Member Pet dies, or if you move to an address more than 25 "
             "miles from the practice and send us proof of the new address.")
    d.clause("7.4", "If you rehome a Member Pet, the Plan may be transferred to the new owner, if they register the "
             "pet with us within 30 days.")
    d.h1("8. Complaints and law")
    d.clause("8.1", "Please raise any concern with the Practice Manager, Ms Odile Brannock. If we cannot resolve it, "
             "you may contact the Veterinary Client Mediation Service. These terms are governed by the law of "
             "England and Wales.")
    d.para("Declaration: I have read and accept the PetCare Plus Plan terms and authorise Fernbrook Veterinary "
           "Centre to collect the Monthly Fees by direct debit.", style="B")
    d.signature_block(["Signed by Ms Grainne Holloway-Achebe (owner)"])
    d.h1("PLAN APPLICATION - MEMBER PETS")
    d.grid(["Pet", "Species and breed", "Age at joining", "Weight at joining", "Band and Monthly Fee"],
           [["Biscuit", "Cat, British Shorthair", "4 years", "4.6 kg", "Cat: GBP 14.50"],
            ["Moss", "Dog, Border Collie", "7 years 3 months", "18.6 kg", "Dog 10.1 to 25 kg: GBP 18.40"],
            ["Juniper", "Rabbit, Netherland Dwarf", "1 year", "1.1 kg", "Rabbit: GBP 9.75"]],
           [22, 42, 30, 30, 46])
    d.para("Plans start: 9 February 2028. Owner: Ms Grainne Holloway-Achebe, 5 Orchard Rise, Ashwick AK5 3LT. "
           "Monthly total: GBP 42.65.", size=9.5)
    return d.save("legal/pet_health_plan_terms_fernbrook.pdf")


# =============================================================================
# 3. Vending machine placement agreement
# =============================================================================
def vending_agreement():
    d = Doc("Vending Placement Agreement - Crankwell Vending / Thistledown College", "Agreement CV-TSC-2028",
            "Crankwell Vending Services Ltd and Thistledown Sixth Form College", accent=(120, 60, 0))
    d.title_block("VENDING MACHINE PLACEMENT AGREEMENT",
                  "Between Crankwell Vending Services Ltd, company no. 08831457, of Unit 9 Foundry Park, "
                  "Stenbury SB2 6QA (the \"Operator\") and Thistledown Sixth Form College, Beacon Road, "
                  "Stenbury SB4 1HE (the \"Host\"). Dated 24 July 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Machines\" means the vending machines listed in Schedule 1 and any replacement agreed under "
             "this Agreement. \"Sites\" means the places in the Host's buildings where the Machines stand.")
    d.clause("1.2", "\"Gross Takings\" means all money received from sales through the Machines, by cash, card "
             "or phone, including VAT. \"Net Takings\" means Gross Takings less VAT. \"Quarter\" means each period "
             "of three months ending on 30 November, 28 or 29 February, 31 May and 31 August.")
    d.clause("1.3", "\"Working Day\" means Monday to Friday except bank holidays. \"Term Time\" means the Host's "
             "published college terms; all other weeks are holidays.")
    d.h1("2. Term")
    d.clause("2.1", "This Agreement starts on 1 September 2028 and lasts for an initial term of 3 years. It then "
             "continues until either party ends it by giving at least 3 months' notice in writing.")
    d.h1("3. The Sites and power")
    d.clause("3.1", "The Host provides floor space at each Site and a switched 13-amp socket within 2 metres of "
             "each Machine, and keeps the Machines switched on at all times, including holidays.")
    d.clause("3.2", "The Operator pays the Host a monthly electricity allowance for each Machine at the rates in "
             "Schedule 2, with each commission payment.")
    d.clause("3.3", "The Operator owns, installs, insures and maintains the Machines. The Host may not move a "
             "Machine without the Operator's agreement.")
    d.h1("4. Products and prices")
    d.clause("4.1", "The Operator will follow the Host's Healthy Vending Policy: at least half of the products in "
             "every snack machine must be Healthier Choices (no more than 5 g of sugar per 100 g, or fruit, nuts "
             "or seeds with no added sugar), no drink may contain more than 5 g of added sugar per 100 ml, and "
             "no energy drinks or other high-caffeine drinks may be sold.")
    d.clause("4.2", "The Operator sets the selling prices. It must give the Host at least 30 days' written notice "
             "of any price increase, and may increase prices not more than once in each academic year.")
    d.h1("5. Commission")
    d.clause("5.1", "The Operator pays the Host commission on the Net Takings of all the Machines in each Quarter, "
             "at the rate shown below for that Quarter's total Net Takings:")
    d.grid(["Net Takings in the Quarter (all Machines)", "Commission rate *"],
           [["Up to GBP 2,500", "8%"],
            ["GBP 2,500.01 to GBP 6,000", "12%"],
            ["GBP 6,000.01 to GBP 10,000", "15%"],
            ["Over GBP 10,000", "18%"]], [110, 50])
    d.para("* The rate applies to the whole of the Net Takings for the Quarter, not only to the part above each "
           "threshold. Takings from the hot drinks machine in the staff room are excluded from commission, as "
           "the Host subsidises its prices (Schedule 1).", size=8.5, style="I")
    d.clause("5.2", "Commission is paid by bank transfer within 30 days after the end of each Quarter, with a "
             "statement showing the Net Takings of each Machine.")
    d.clause("5.3", "If the Net Takings of a single Machine are below GBP 300 in two Quarters in a row, either "
             "party may have that Machine removed on 30 days' notice without ending this Agreement.")
    d.h1("6. Restocking and breakdowns")
    d.clause("6.1", "The Operator restocks and cleans every Machine at least twice a week in Term Time and at "
             "least once a fortnight in the holidays, and checks the use-by date of every chilled product at each "
             "visit.")
    d.clause("6.2", "The Host reports faults to the Operator's service desk on 01632 960 412 or through the QR "
             "code on each Machine. The Operator will attend within the times below:")
    d.grid(["Fault", "Operator attends"],
           [["Chiller failure (chilled product at risk)", "Same Working Day if reported before 11:00; otherwise "
             "by 10:00 the next Working Day. Chilled stock is removed at the visit."],
            ["Machine not vending at all", "By the end of the next Working Day"],
            ["Card reader not working (cash still accepted)", "Within 2 Working Days"],
            ["Cosmetic damage, lights or signage", "Within 10 Working Days"]], [70, 100])
    d.h1("7. Refunds to customers")
    d.clause("7.1", "A customer who loses money in a Machine can claim a refund through the QR code or by calling "
             "the service desk. Card refunds are made within 5 Working Days.")
    d.clause("7.2", "The Operator gives the Host's reception a cash float of GBP 20 for refunds. Reception staff "
             "may refund up to GBP 3 per claim, recording it on the refund sheet, and the Operator tops the "
             "float back up at its next visit.")
    d.h1("8. Damage and theft")
    d.clause("8.1", "The Operator bears the risk of loss of or damage to the Machines and their contents, unless "
             "it was caused by the Host's staff deliberately or through their negligence.")
    d.clause("8.2", "If a Machine is broken into twice in any 12 months, the Operator may, after consulting the "
             "Host, move it to a more supervised Site or remove it.")
    d.h1("9. Ending the Agreement")
    d.clause("9.1", "Either party may end this Agreement at once by written notice if the other commits a serious "
             "breach and does not put it right within 14 days of being asked to in writing.")
    d.clause("9.2", "When this Agreement ends, the Operator removes the Machines within 10 Working Days and makes "
             "good any damage caused by removal. The Host keeps the Machines powered until they are removed. "
             "Commission is paid up to the day of removal.")
    d.h1("10. Law")
    d.clause("10.1", "This Agreement is governed by the law of England and Wales.", numw=14)
    d.signature_block(["Signed for Crankwell Vending Services Ltd by Marcus Delahunt, Operations Director",
                       "Signed for Thistledown Sixth Form College by Dr Rosalind Emecheta, Finance Director"])
    d.h1("SCHEDULE 1 - MACHINES AND SITES")
    d.grid(["Machine", "Type", "Site", "Payment", "Price range"],
           [["CV-1041", "Chilled drinks (glass front)", "Main Atrium, Block A", "Card and contactless only",
             "GBP 0.90 to GBP 1.60"],
            ["CV-1042", "Snacks (spiral)", "Main Atrium, Block A", "Card and contactless only",
             "GBP 0.70 to GBP 1.40"],
            ["CV-1043", "Hot drinks (bean to cup)", "Staff room, Block C", "Cash and card",
             "GBP 0.60 to GBP 1.10 (subsidised)"],
            ["CV-1044", "Combination snacks and chilled drinks", "Sports Hall foyer", "Card and contactless only",
             "GBP 0.70 to GBP 1.60"]], [20, 40, 38, 38, 34])
    d.h1("SCHEDULE 2 - ELECTRICITY ALLOWANCE")
    d.grid(["Machine type", "Allowance per Machine per month"],
           [["Snacks (ambient, no chiller)", "GBP 6.00"],
            ["Chilled drinks, or combination with a chiller", "GBP 14.00"],
            ["Hot drinks", "GBP 11.00"]], [100, 60])
    d.para("The allowance is paid for every month in which the Machine is on the Site for at least 15 days, "
           "including holiday months.", size=9)
    return d.save("legal/vending_placement_agreement_crankwell_thistledown.pdf")


# =============================================================================
# 4. Home blood pressure monitoring leaflet (question-and-answer)
# =============================================================================
def home_bp_leaflet():
    d = Doc("Checking your blood pressure at home", "Patient leaflet PL-112, version 3",
            "Millbrook Health Centre, 40 Carding Street, Hollinsfield HF2 8DS", accent=(150, 20, 40))
    d.title_block("CHECKING YOUR BLOOD PRESSURE AT HOME",
                  "Information for adults asked to check their blood pressure at home, from the nurses and GPs "
                  "at Millbrook Health Centre")
    d.h2("Why have I been asked to check my blood pressure at home?")
    d.para("Blood pressure is often higher in the surgery than at home, because people feel anxious (the \"white "
           "coat effect\"). A week of home readings gives a truer picture. We use them to find out whether you "
           "have high blood pressure (hypertension) or, if you are already on treatment, whether your medicines "
           "are working.")
    d.h2("What kind of monitor should I use?")
    d.para("Use an automatic monitor with a cuff that goes around your upper arm, and check that it is listed as "
           "clinically validated for home use. Wrist monitors are not recommended, because the reading changes "
           "with the position of your wrist. If you do not have a monitor, reception can lend you one for 7 days "
           "free of charge. A monitor should be checked or replaced every 2 years.")
    d.h2("Which size of cuff do I need?")
    d.para("A cuff that is too small gives readings that are too high. Measure around the middle of your upper "
           "arm, halfway between your shoulder and your elbow, with a tape measure:")
    d.grid(["Arm measurement (around the upper arm)", "Cuff size"],
           [["18 to 21.9 cm", "Small adult"],
            ["22 to 31.9 cm", "Standard adult"],
            ["32 to 41.9 cm", "Large adult"],
            ["42 to 50 cm", "Extra large (thigh) cuff"]], [90, 70])
    d.para("If your arm measures more than 50 cm, please speak to the practice nurse before you buy a monitor.",
           size=9, style="I")
    d.h2("How do I take a reading?")
    for n, t in [("1.", "For 30 minutes before, do not smoke, exercise, or drink tea, coffee or other drinks with "
                        "caffeine. Empty your bladder first."),
                 ("2.", "Sit on a chair at a table, with your back supported and both feet flat on the floor. Do "
                        "not cross your legs. Rest quietly for at least 5 minutes."),
                 ("3.", "Put the cuff on your bare arm (not over clothes), with its lower edge 2 to 3 cm above the "
                        "crease of your elbow. Rest your arm on the table so that the cuff is level with your "
                        "heart."),
                 ("4.", "Stay still and do not talk while the monitor is measuring."),
                 ("5.", "Take two readings, 1 minute apart, and write both down. Record the top number (systolic), "
                        "the bottom number (diastolic) and the time.")]:
        d.clause(n, t, numw=7)
    d.h2("Which arm should I use?")
    d.para("The first time, measure both arms. If the top number differs by more than 15 mmHg between your arms, "
           "use the arm with the higher reading from then on, and tell the nurse. Otherwise use your "
           "non-dominant arm (the left arm if you are right-handed).")
    d.h2("When should I take my readings, and for how long?")
    d.para("Take your two readings twice a day, in the morning before breakfast and before taking any blood "
           "pressure tablets, and in the evening before your evening meal. Do this for 7 days in a row; we need "
           "at least 4 days of readings to work out an average.")
    d.h2("How is the average worked out?")
    d.para("Leave out all the readings from the first day, as they are usually higher while you get used to the "
           "monitor. Add up all the other top numbers and divide by how many there are, then do the same for the "
           "bottom numbers. If you prefer, send us your readings and we will work out the average for you. "
           "Return your reading sheet to reception, or use the online form on our website, by the 8th day.")
    d.h2("What do my results mean?")
    d.para("This table is for adults who are not yet on treatment for blood pressure. If either your top or your "
           "bottom average is in a higher row, use the higher row.")
    d.grid(["Your home average", "What it means", "What to do"],
           [["Below 135/85", "Normal home blood pressure", "No action. Have it checked again in 5 years, or "
                                                           "sooner if you are at higher risk."],
            ["135/85 to 149/94", "Stage 1 hypertension", "Book a routine appointment with the practice nurse "
                                                          "within 4 weeks"],
            ["150/95 to 179/119", "Stage 2 hypertension", "Book an appointment with a GP within 7 days"],
            ["180/120 or higher *", "Severe hypertension", "Phone the surgery the same day"]], [40, 50, 80])
    d.para("* If any single reading is 180/120 or higher and you have chest pain, a severe headache, confusion, "
           "blurred vision or weakness, call 999. If you are 80 or over, your nurse or GP will use a home "
           "average target of below 145/85 instead of 135/85.", size=8.5, style="I")
    d.h2("What if one reading is very high?")
    d.para("Sit quietly for 5 minutes and measure again. If your top number is still 180 or higher, or your bottom "
           "number is still 120 or higher, phone the surgery the same day, or NHS 111 when we are closed.")
    d.h2("What if my reading is low?")
    d.para("A reading below 90/60 is low. It is not usually a problem if you feel well. If you feel dizzy or faint, "
           "especially when you stand up, speak to a GP or the practice pharmacist.")
    d.h2("My monitor shows a small heart symbol. What does that mean?")
    d.para("Many monitors show a symbol if they detect an irregular heartbeat. If this appears on more than one "
           "reading, tell the practice within a few days: it can be a sign of atrial fibrillation, and automatic "
           "monitors may not measure accurately when the heartbeat is irregular.")
    d.para("Practice nurse line: 01632 960 233 (Monday to Friday, 14:00 to 16:00).", size=9.5, style="B")
    return d.save("medical/home_bp_monitoring_leaflet_millbrook.pdf")


# =============================================================================
# 5. Children's maintenance intravenous fluids guideline
# =============================================================================
def iv_fluids_guideline():
    d = Doc("Maintenance IV Fluids in Children - Clinical Guideline", "Kestlebury Children's Hospital, CG-P041 v5",
            "Kestlebury Children's Hospital NHS Trust - Paediatric Guidelines Group - review due March 2030",
            accent=(20, 70, 130), body_size=10)
    d.title_block("MAINTENANCE INTRAVENOUS FLUIDS IN CHILDREN AGED 1 MONTH TO 16 YEARS",
                  "Clinical guideline for doctors, nurses and pharmacists on the general paediatric and paediatric "
                  "surgical wards")
    d.h1("1. Scope")
    d.clause("1.1", "This guideline covers routine maintenance intravenous (IV) fluids for children aged 1 month "
             "to 16 years who cannot take enough fluid by mouth or by tube.")
    d.clause("1.2", "It does not apply to: neonates (use the Neonatal Unit fluid guideline); resuscitation and "
             "replacement of deficits (use the fluid bolus and dehydration guideline); diabetic ketoacidosis; "
             "burns; children with renal failure or on dialysis; children with heart failure; or children in "
             "the Paediatric Intensive Care Unit (PICU).")
    d.h1("2. Key principles")
    d.clause("2.1", "Use the enteral route (oral or tube feeds) whenever it is safe. IV fluids are a drug: prescribe "
             "them on the IV fluid chart with the fluid, the rate and the reason.")
    d.clause("2.2", "Weigh the child before starting IV fluids and every day while they continue. Use the measured "
             "weight, not an estimated weight, except in an emergency.")
    d.clause("2.3", "A doctor must review the prescription, fluid balance and blood results at least every 12 hours.")
    d.h1("3. Which fluid")
    d.clause("3.1", "The standard maintenance fluid is sodium chloride 0.9% with glucose 5%. From the ward stock, "
             "use the bag with potassium chloride 10 mmol in 500 mL once the child has passed urine and plasma "
             "potassium is 5.0 mmol/L or below; otherwise use the bag without potassium.")
    d.clause("3.2", "Hypotonic fluids such as sodium chloride 0.45% with glucose 5%, or glucose 5% alone, must not "
             "be used for maintenance, because of the risk of hyponatraemia. They are not stocked on the wards.")
    d.h1("4. How much: the daily volume")
    d.clause("4.1", "Calculate full maintenance from the child's weight:")
    d.grid(["Part of the child's weight", "Volume per 24 hours"],
           [["First 10 kg", "100 mL/kg"],
            ["Next 10 kg (from 10 to 20 kg)", "50 mL/kg"],
            ["Each kg above 20 kg", "20 mL/kg"]], [90, 60])
    d.clause("4.2", "Maximum maintenance volume: 2,500 mL in 24 hours for boys and 2,000 mL in 24 hours for girls, "
             "whatever the weight.")
    d.clause("4.3", "Include all other IV and enteral fluids (feeds, IV drugs and flushes of more than 10 mL) in the "
             "total, and reduce the maintenance rate to allow for them.")
    d.h1("5. Hourly rates (quick reference)")
    d.para("Rates are rounded down from the lower weight of each band. Use the restricted rate for children in "
           "section 6.")
    d.grid(["Measured weight", "Full maintenance rate", "Restricted rate (two-thirds)"],
           [["3 to 4.9 kg", "12 mL/hour", "8 mL/hour"],
            ["5 to 9.9 kg", "20 mL/hour", "13 mL/hour"],
            ["10 to 14.9 kg", "40 mL/hour", "26 mL/hour"],
            ["15 to 19.9 kg", "50 mL/hour", "33 mL/hour"],
            ["20 to 24.9 kg", "60 mL/hour", "40 mL/hour"],
            ["25 to 29.9 kg", "65 mL/hour", "43 mL/hour"],
            ["30 to 39.9 kg", "70 mL/hour", "46 mL/hour"],
            ["40 to 49.9 kg", "80 mL/hour", "53 mL/hour"],
            ["50 to 59.9 kg", "90 mL/hour", "60 mL/hour"],
            ["60 kg and over: boys", "100 mL/hour", "66 mL/hour"],
            ["60 kg and over: girls", "83 mL/hour", "55 mL/hour"]], [60, 55, 55])
    d.para("* For a child above the 98th centile for weight, calculate the rate from the weight expected for their "
           "height and discuss it with the registrar. A rate from this table never exceeds full maintenance for the "
           "child's measured weight.", size=8.5, style="I")
    d.h1("6. When to restrict fluids")
    d.clause("6.1", "Give two-thirds of full maintenance to children at risk of a raised antidiuretic hormone "
             "(ADH) level, including those with: meningitis or encephalitis; bronchiolitis or pneumonia; a head "
             "injury; severe pain, nausea or vomiting; and all children in the first 24 hours after surgery.")
    d.h1("7. Monitoring")
    d.clause("7.1", "Check plasma sodium, potassium, urea, creatinine and glucose before starting IV fluids (or "
             "within 4 hours of starting, if a sample is not already available), then at least every 24 hours "
             "while IV fluids continue.")
    d.clause("7.2", "Keep an hourly fluid balance chart, including all intake and all losses. Report urine output "
             "below 1 mL/kg/hour over 4 hours to the doctor.")
    d.clause("7.3", "Act on the plasma sodium as follows:")
    d.grid(["Plasma sodium (mmol/L)", "Action"],
           [["135 to 145", "Continue; recheck in 24 hours"],
            ["130 to 134", "Restrict to two-thirds of maintenance and recheck U&E in 6 hours"],
            ["Below 130, no symptoms", "Restrict to half of maintenance, inform the registrar and recheck U&E in "
                                       "4 hours"],
            ["Below 130 with headache, vomiting, confusion, drowsiness or a seizure", "Emergency: give 2 mL/kg of "
             "2.7% sodium chloride IV over 10 to 15 minutes (maximum 100 mL), call the registrar and PICU "
             "outreach"],
            ["Above 145", "Inform the registrar, review fluid losses and recheck U&E in 6 hours"]], [65, 105])
    d.h1("8. Potassium and glucose")
    d.clause("8.1", "If plasma potassium is above 5.0 mmol/L, stop any fluid containing potassium and inform the "
             "registrar.")
    d.clause("8.2", "Check capillary blood glucose at least every 12 hours. If it is below 3.0 mmol/L, give 2 mL/kg "
             "of glucose 10% IV and recheck after 15 minutes.")
    d.h1("9. Stepping down")
    d.clause("9.1", "Encourage oral fluids as soon as the child is able. When the child is drinking at least half of "
             "their maintenance volume by mouth, halve the IV rate; stop IV fluids when they drink their full "
             "maintenance volume, or sooner if the team is happy.")
    d.clause("9.2", "When IV fluids are stopped, remove the cannula unless it is needed for IV drugs in the next "
             "24 hours, and continue the fluid balance chart until the child has passed urine normally.")
    d.h1("10. Children waiting for theatre")
    d.clause("10.1", "Children may drink clear fluids until 1 hour before anaesthesia unless the anaesthetist has "
             "said otherwise. Start maintenance IV fluids if a child is expected to be nil by mouth for more than "
             "6 hours, or sooner if they are under 6 months old or have vomiting or diarrhoea.", numw=14)
    d.clause("10.2", "After surgery, use the restricted rate for the first 24 hours (section 6) and include "
             "losses from drains and nasogastric tubes in the fluid balance chart. Replace nasogastric losses above "
             "2 mL/kg/hour, volume for volume, with sodium chloride 0.9% with potassium chloride 10 mmol in "
             "500 mL, prescribed separately from maintenance.", numw=14)
    d.h1("11. Audit standards")
    d.para("Compliance with this guideline is audited every year by the Paediatric Guidelines Group against the "
           "standards below. Results are presented at the paediatric clinical governance meeting.")
    d.grid(["Standard", "Target"],
           [["Weight measured and recorded before IV fluids are started", "100%"],
            ["Fluid, rate and reason prescribed on the IV fluid chart", "100%"],
            ["U&E checked within 24 hours of starting and every 24 hours after", "95%"],
            ["Restricted rate used for children in section 6", "90%"],
            ["No hypotonic fluid used for maintenance", "100%"],
            ["Sodium below 130 mmol/L reported to the registrar within 1 hour", "95%"]], [120, 50])
    d.h1("12. Related guidelines")
    d.bullets(["Fluid bolus and dehydration in children (CG-P038)",
               "Diabetic ketoacidosis in children and young people (CG-P017)",
               "Neonatal Unit fluid and electrolyte guideline (NNU-012)",
               "Management of hyponatraemia in children (CG-P044)"])
    d.para("Authors: Dr Imogen Thackwray (Consultant Paediatrician) and Sian Pellow (Lead Paediatric Pharmacist). "
           "Approved by the Paediatric Guidelines Group, March 2028.", size=8.5)
    return d.save("medical/maintenance_iv_fluids_children_kestlebury.pdf")


# =============================================================================
# 6. A family's malaria prevention plan
# =============================================================================
def malaria_plan():
    d = Doc("Malaria prevention plan - Penrice family", "Harbourside Travel Pharmacy, Wexley",
            "Harbourside Travel Pharmacy, 3 Quay Parade, Wexley WX9 1AB - travel clinic 01632 960 587",
            accent=(0, 110, 80))
    d.title_block("YOUR MALARIA PREVENTION PLAN",
                  "Prepared by Farah Quenby, pharmacist independent prescriber, at the travel clinic on 18 July "
                  "2028")
    d.grid(["Trip details", ""],
           [["Travellers", "Mr Daniel Penrice, Mrs Amara Penrice, Theo Penrice, Isla Penrice"],
            ["Destination", "Coastal Kenya: Mombasa and Diani Beach (malaria risk area)"],
            ["Arrive in the risk area", "Saturday 12 August 2028"],
            ["Leave the risk area", "Saturday 26 August 2028"]], [55, 115])
    d.h1("1. Your tablets")
    d.grid(["Traveller", "Age and weight", "Tablet", "Dose", "First dose", "Last dose"],
           [["Daniel", "44 years, 82 kg", "Atovaquone/proguanil 250 mg/100 mg (adult tablet)", "1 tablet once a day",
             "11 August 2028", "2 September 2028"],
            ["Amara", "41 years, 64 kg", "Doxycycline 100 mg capsule", "1 capsule once a day", "10 August 2028",
             "23 September 2028"],
            ["Theo", "9 years, 29 kg", "Atovaquone/proguanil 62.5 mg/25 mg (paediatric tablet)", "2 tablets once a day",
             "11 August 2028", "2 September 2028"],
            ["Isla", "5 years, 19 kg", "Atovaquone/proguanil 62.5 mg/25 mg (paediatric tablet)", "1 tablet once a day",
             "11 August 2028", "2 September 2028"]], [18, 26, 44, 28, 27, 27])
    d.h1("2. When to start and stop")
    d.clause("2.1", "Atovaquone/proguanil: start 1 day before you arrive in the risk area, take it every day while "
             "you are there, and keep taking it for 7 days after leaving.", numw=9)
    d.clause("2.2", "Doxycycline: start 2 days before you arrive in the risk area, take it every day while you are "
             "there, and keep taking it for 4 weeks after leaving. Amara chose doxycycline because of its lower "
             "cost; it must not be taken in pregnancy, so tell us at once if she may be pregnant.", numw=9)
    d.clause("2.3", "It is important to finish the course after you come home, even if you feel well: the tablets "
             "kill malaria parasites that may still be developing in the liver.", numw=9)
    d.h1("3. Children's doses by weight")
    d.para("Children's doses of atovaquone/proguanil depend on weight, not age. If a child's weight changes before "
           "you travel, use this table and tell us, as the number of tablets supplied may need to change.")
    d.grid(["Child's weight", "Daily dose of atovaquone/proguanil"],
           [["5 to 7.9 kg", "Half a paediatric tablet"],
            ["8 to 10.9 kg", "Three-quarters of a paediatric tablet"],
            ["11 to 20.9 kg", "1 paediatric tablet"],
            ["21 to 30.9 kg", "2 paediatric tablets"],
            ["31 to 40.9 kg", "3 paediatric tablets"],
            ["41 kg and over", "1 adult tablet"]], [70, 100])
    d.para("* Not suitable for babies under 5 kg: ask us about other ways to protect them. Doxycycline is not given "
           "to children under 12 years.", size=8.5, style="I")
    d.h1("4. How to take the tablets")
    d.clause("4.1", "Take atovaquone/proguanil at the same time each day with food or a milky drink, which helps the "
             "body absorb it. If you are sick within 1 hour of taking a dose, take another dose.", numw=9)
    d.clause("4.2", "Swallow doxycycline whole with a full glass of water while sitting or standing. Do not take it "
             "within 1 hour of going to bed, as it can irritate the gullet. Do not take indigestion remedies, iron "
             "or zinc within 2 hours of a dose. Doxycycline makes the skin burn more easily in the sun: use a "
             "sunscreen of SPF 30 or more.", numw=9)
    d.clause("4.3", "If you forget a dose, take it as soon as you remember, then carry on at the usual time the next "
             "day. Never take two doses on the same day.", numw=9)
    d.h1("5. Avoiding mosquito bites")
    d.clause("5.1", "No antimalarial tablet is 100% effective, so you also need to avoid bites. The mosquitoes that "
             "carry malaria bite mainly between dusk and dawn.", numw=9)
    d.clause("5.2", "Use an insect repellent containing 50% DEET on exposed skin; it is suitable for children from "
             "2 months of age. Put sunscreen on first and the repellent about 20 minutes later.", numw=9)
    d.clause("5.3", "Sleep under a mosquito net treated with insecticide unless your room is air-conditioned and "
             "sealed. Wear long sleeves and trousers in the evening.", numw=9)
    d.h1("6. Costs")
    d.grid(["Item", "Quantity", "Price"],
           [["Atovaquone/proguanil adult tablets (Daniel)", "24 tablets", "GBP 52.80"],
            ["Doxycycline 100 mg capsules (Amara)", "46 capsules", "GBP 18.40"],
            ["Atovaquone/proguanil paediatric tablets (Theo and Isla)", "72 tablets", "GBP 86.40"],
            ["Travel clinic consultation", "Adults GBP 15 each; children under 16 free", "GBP 30.00"],
            ["Total paid on 18 July 2028", "", "GBP 187.60"]], [90, 50, 30])
    d.para("Tablets for preventing malaria are not available on the NHS and are supplied on a private "
           "prescription. Your vaccines are recorded separately on your travel vaccination record.", size=9.5)
    d.h1("7. If you become unwell")
    d.clause("7.1", "Malaria can develop up to a year after you leave the risk area, most often in the first 3 "
             "months. If you have a fever or flu-like illness during this time, see a doctor the same day and "
             "say that you have been to a malaria area, even if you took all your tablets.", numw=9)
    d.clause("7.2", "While abroad, a fever of 38 degrees C or more 7 days or more after arriving needs an urgent "
             "blood test for malaria at a clinic.", numw=9)
    return d.save("medical/malaria_prevention_plan_penrice.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([location_agreement, pet_health_plan, vending_agreement,
                       home_bp_leaflet, iv_fluids_guideline, malaria_plan], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
