"""Render the twenty-fourth development-set documents (fictional) as PDFs into bench/dev24/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
commercial office cleaning services agreement (service credits by monthly audit score, a break clause, a
cleaning specification and a charges schedule after the signatures), a bareboat yacht charter agreement
(charter fees by season, skipper qualifications, wind limits, cancellation charges by days before
embarkation, a yacht and extras schedule after the signatures), a marquee hire contract (prices by marquee
size and capacity, site requirements, wind limit and evacuation, cancellation charges by days before the
event, a booking schedule after the signatures), an adult diabetic ketoacidosis (DKA) protocol for clinicians
(diagnosis, severity markers, fluid regimen, potassium by level, insulin targets, resolution and
switch-over), a hormone replacement therapy (HRT) leaflet in question-and-answer form with a breast cancer
risk table, and a sickle cell disease individual care plan for a named (invented) patient (emergency
analgesia, red-flag table, home plan by pain score, transfusion requirements). Questions:
bench/dev24/questions.jsonl. All names, products and numbers are invented; the clinical content is not
advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev24/make_dev24.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 3, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 24 (fictional document)", "make_dev24.py", FIXED_DATE)


# =============================================================================
# 1. Commercial office cleaning services agreement
# =============================================================================
def office_cleaning():
    d = Doc("Commercial Cleaning Services Agreement", "Ref. BCC/2027/114",
            "Brightsheen Commercial Cleaning Ltd - Pendlecross Surveyors LLP", accent=(0, 90, 110))
    d.title_block("COMMERCIAL CLEANING SERVICES AGREEMENT",
                  "Dated 11 January 2027, between Brightsheen Commercial Cleaning Ltd, company no. 10448213, of "
                  "Unit 4, Weavers Yard, Tollbridge TB3 7QA (the \"Contractor\"), and Pendlecross Surveyors LLP, "
                  "of Floors 2 and 3, Ambergate House, 14 Corn Street, Tollbridge TB1 2HS (the \"Client\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Premises\" means Floors 2 and 3 of Ambergate House, including the kitchens and washrooms on "
             "those floors, but not the common parts of the building. \"Commencement Date\" means 1 February "
             "2027. \"Contract Year\" means each period of 12 months starting on the Commencement Date or an "
             "anniversary of it.")
    d.clause("1.2", "\"Regular Services\" means the cleaning tasks at the frequencies in Schedule 1. \"Periodic "
             "Services\" means the tasks in Schedule 1 marked as periodic. \"Additional Services\" means any "
             "cleaning the Client asks for that is not a Regular or Periodic Service, charged under Schedule 2.")
    d.clause("1.3", "\"Audit Score\" means the percentage score from the joint quality audit in clause 7. "
             "\"Monthly Charge\" means the charge in clause 6.1 as adjusted under clause 6.3. \"Working Day\" "
             "means Monday to Friday other than a bank holiday in England.")
    d.h1("2. Term and break")
    d.clause("2.1", "This agreement starts on the Commencement Date and continues for an initial term of 3 years. "
             "After the initial term it continues until either party ends it by giving at least 3 months' "
             "written notice.")
    d.clause("2.2", "The Client may end this agreement at the end of the 18th month, on 31 July 2028, by giving "
             "at least 2 months' written notice. No fee is payable for using this break right.")
    d.h1("3. The Services")
    d.clause("3.1", "The Contractor will provide the Regular Services every Working Day between 18:00 and 21:00, "
             "and the Periodic Services at times agreed with the Client's office manager. No Regular Services "
             "are provided on bank holidays unless booked as Additional Services.")
    d.clause("3.2", "The Contractor supplies all cleaning chemicals, equipment and machinery. Washroom "
             "consumables (toilet rolls, hand towels and soap) are supplied by the Contractor and recharged "
             "monthly at cost plus 15%.")
    d.clause("3.3", "Operatives will not move papers, files or personal items on desks. Desks are damp-wiped "
             "only where the surface is clear. The Client operates a clear-desk policy and will remind its "
             "staff of it.")
    d.clause("3.4", "A Contractor supervisor will inspect the Premises at least once a week during cleaning "
             "hours and will keep a log of issues, which the Client may see at any time.")
    d.h1("4. Staff")
    d.clause("4.1", "All operatives will have a basic DBS check before starting work at the Premises, will wear "
             "a Brightsheen uniform and photo ID badge, and will be paid at least the Real Living Wage.")
    d.clause("4.2", "The Client may, acting reasonably, ask the Contractor to stop using any operative at the "
             "Premises; the Contractor will arrange a replacement within 5 Working Days.")
    d.clause("4.3", "The parties believe that the Transfer of Undertakings (Protection of Employment) "
             "Regulations 2006 apply to 2 operatives employed by the previous contractor, who will transfer to "
             "the Contractor on the Commencement Date.")
    d.h1("5. Keys, fobs and security")
    d.clause("5.1", "The Client will issue the Contractor with 2 sets of keys and access fobs and an alarm code. "
             "If a key or fob issued to the Contractor is lost, the Contractor pays for a replacement fob "
             "(GBP 18 per fob) and, for a lost key, for changing the affected locks.")
    d.clause("5.2", "If an operative sets off the intruder alarm by mistake, the Contractor pays any call-out "
             "charge made by the alarm monitoring company.")
    d.h1("6. Charges and payment")
    d.clause("6.1", "The Monthly Charge for the Regular and Periodic Services in the first Contract Year is "
             "GBP 2,340 plus VAT.")
    d.clause("6.2", "The Contractor invoices the Monthly Charge monthly in advance, and Additional Services and "
             "consumables monthly in arrears. The Client pays each invoice within 30 days of the invoice date.")
    d.clause("6.3", "On each anniversary of the Commencement Date the Monthly Charge is adjusted by the annual "
             "change in CPI, capped at 3.5%. If the statutory National Living Wage rises by more than CPI in "
             "that year, the Contractor may instead pass on the actual increase in its labour costs, with "
             "evidence.")
    d.h1("7. Quality audits and service credits")
    d.clause("7.1", "The Contractor's supervisor and the Client's office manager will carry out a joint quality "
             "audit in the first week of each month, using the Contractor's audit form, and agree an Audit "
             "Score for the previous month. A service credit is deducted from the next invoice as follows:")
    d.grid(["Audit Score for the month", "Service credit"],
           [["90% or above", "No service credit"],
            ["85% to 89%", "A credit of 2% of the Monthly Charge"],
            ["80% to 84%", "A credit of 4% of the Monthly Charge"],
            ["75% to 79%", "A credit of 7% of the Monthly Charge"],
            ["Below 75% (a \"Failed Month\")", "A credit of 10% of the Monthly Charge"]], [70, 90])
    d.para("* Service credits are the Client's only financial remedy for poor cleaning, but do not limit clause "
           "7.3 or clause 10. If no audit is carried out in a month because of the Contractor, the Audit Score "
           "for that month is treated as 80%.", size=8.5, style="I")
    d.clause("7.2", "If the Client reports a missed or poor clean by 10:00 on the next Working Day, the Contractor "
             "will re-clean the area by 12:00 that day at no charge.")
    d.clause("7.3", "Three Failed Months in any rolling period of 6 months is a material breach. The Client may "
             "then end this agreement by giving 1 month's written notice, without waiting for the remedy "
             "period in clause 10.1.")
    d.h1("8. Additional Services")
    d.clause("8.1", "The Client may book Additional Services by e-mail with at least 2 Working Days' notice, or "
             "as an emergency response under Schedule 2. Additional Services are charged at the rates in "
             "Schedule 2.")
    d.h1("9. Insurance and liability")
    d.clause("9.1", "The Contractor will hold public liability insurance of at least GBP 10 million for each "
             "claim and employer's liability insurance of at least GBP 5 million, and will show the "
             "certificates to the Client each year.")
    d.clause("9.2", "The Contractor's liability for loss of or damage to the Client's property is limited to "
             "GBP 500,000 per event. Neither party is liable for loss of profit or indirect loss. Nothing limits "
             "liability for death or personal injury caused by negligence.")
    d.h1("10. Termination")
    d.clause("10.1", "Either party may end this agreement at once by written notice if the other commits a "
             "material breach that is not remedied within 20 Working Days of a written request to remedy it, or "
             "becomes insolvent.")
    d.clause("10.2", "On termination the Contractor returns all keys, fobs and the alarm code within 2 Working "
             "Days and the Client pays for Services provided up to the date of termination.")
    d.h1("11. Non-solicitation")
    d.clause("11.1", "During this agreement and for 6 months after it ends, the Client will not employ any "
             "operative who has worked at the Premises in the previous 6 months. If it does, it pays the "
             "Contractor a fee of GBP 2,500 for each operative.")
    d.h1("12. Law")
    d.clause("12.1", "This agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed for Brightsheen Commercial Cleaning Ltd by Ruth Okafor-Lindley, Operations Director",
                       "Signed for Pendlecross Surveyors LLP by Graham Fenwick-Ashe, Designated Member"])
    d.h1("SCHEDULE 1 - CLEANING SPECIFICATION")
    d.grid(["Area and task", "Frequency"],
           [["Empty desk bins and recycling bins; replace liners", "Every Working Day"],
            ["Vacuum carpeted walkways and reception", "Every Working Day"],
            ["Full vacuum of all carpeted areas, including under desks", "Every Wednesday"],
            ["Clean and sanitise toilets, urinals, basins and taps; mop washroom floors", "Every Working Day"],
            ["Kitchens: wipe worktops and tables, load and run the dishwasher", "Every Working Day"],
            ["Kitchens: clean inside fridges (unlabelled food is thrown away)", "Every Friday"],
            ["Damp-wipe clear desk surfaces and telephones", "Every Monday and Thursday"],
            ["Clean internal glass partitions and door glass", "Every Tuesday"],
            ["High-level dusting (above 2 m), vents and light fittings", "The first Monday of each month"],
            ["Internal window cleaning (periodic)", "Once a quarter"],
            ["Carpet deep clean by hot water extraction (periodic)", "Twice a year, in April and October"]],
           [115, 55])
    d.h1("SCHEDULE 2 - CHARGES")
    d.grid(["Item", "Charge (plus VAT)"],
           [["Monthly Charge, first Contract Year (Regular and Periodic Services)", "GBP 2,340 per month"],
            ["Additional Services, Monday to Friday", "GBP 21.50 per operative hour"],
            ["Additional Services, Saturday", "GBP 29.00 per operative hour"],
            ["Additional Services, Sunday or bank holiday", "GBP 38.00 per operative hour"],
            ["Emergency response (attendance within 4 hours, e.g. flood or spillage)",
             "GBP 95 call-out fee plus the hourly rate"],
            ["Builders' clean after refurbishment works", "Quoted for each job"],
            ["Washroom consumables", "Cost plus 15%"]], [110, 60])
    d.para("Additional Services are charged for a minimum of 3 operative hours per booking, except emergency "
           "responses, which have a minimum of 1 hour after the call-out fee.", size=9, style="I")
    return d.save("legal/office_cleaning_agreement_brightsheen_pendlecross.pdf")


# =============================================================================
# 2. Bareboat yacht charter agreement
# =============================================================================
def yacht_charter():
    d = Doc("Bareboat Charter Agreement - Sea Lark", "Booking SW-27-0382",
            "Saltwhistle Yacht Charters Ltd, Porthmorran Marina", font="Times", accent=(10, 50, 110),
            body_size=10.5)
    d.title_block("BAREBOAT YACHT CHARTER AGREEMENT",
                  "between Saltwhistle Yacht Charters Ltd, Porthmorran Marina, Cornwall (the \"Company\") and "
                  "Mr Callum Drysdale of 22 Hatherleigh Road, Exbury Vale (the \"Charterer\"), for the yacht "
                  "Sea Lark (the \"Yacht\") described in the Schedule")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Charter Period\" means the period of the charter shown in the Booking Details. The Charter "
             "Period starts at 17:00 on the embarkation day and ends at 09:00 on the disembarkation day. "
             "\"Charter Fee\" means the fee for the Charter Period from the table in clause 3.")
    d.clause("1.2", "\"Skipper\" means the person named in the Booking Details as responsible for the Yacht and "
             "her crew. \"Cruising Area\" means the area in clause 5.1. \"Security Deposit\" means the sum in "
             "clause 2.3.")
    d.h1("2. Booking and payment")
    d.clause("2.1", "A payment of 40% of the Charter Fee is due on booking. The balance is due 8 weeks before the "
             "embarkation day; bookings made less than 8 weeks before must be paid in full.")
    d.clause("2.2", "Booking Details: Charter Period Saturday 12 June 2027 to Saturday 19 June 2027 (7 nights, "
             "High season); Charter Fee GBP 2,640; Skipper Mr Callum Drysdale; 5 persons on board.")
    d.clause("2.3", "A Security Deposit of GBP 1,500 is taken by card pre-authorisation at embarkation. It is "
             "released within 14 days after the end of the Charter Period, less the cost of any loss, damage, "
             "missing fuel or cleaning under clauses 6 and 9.")
    d.clause("2.4", "The Charterer may buy a damage waiver for GBP 25 per day of the Charter Period. With the "
             "waiver, the Charterer's liability under clause 9.2 is reduced from the full Security Deposit to "
             "GBP 350 per incident.")
    d.h1("3. Charter fees")
    d.clause("3.1", "Charter Fees depend on the season of the embarkation day and include VAT, berthing at "
             "Porthmorran Marina, gas and the equipment in the Schedule. They do not include fuel, visitor "
             "berths at other harbours or optional extras.")
    d.grid(["Season", "Embarkation dates", "7 nights", "3-night short break"],
           [["Low", "1 November to 31 March", "GBP 1,450", "GBP 780"],
            ["Mid", "April, May and October", "GBP 1,980", "GBP 1,050"],
            ["High", "June and September", "GBP 2,640", "GBP 1,390"],
            ["Peak", "July and August", "GBP 3,180", "Not available"]], [22, 60, 38, 50])
    d.para("* Short breaks run Friday to Monday or Monday to Thursday. A 14-night charter is charged as two "
           "7-night charters in the season of each embarkation week.", size=8.5, style="I")
    d.h1("4. Skipper and crew")
    d.clause("4.1", "The Skipper must hold at least the RYA Day Skipper practical certificate (or an "
             "International Certificate of Competence for inland and coastal waters) and a VHF Short Range "
             "Certificate, and must have skippered a yacht over 10 m in the last 3 years. At least one other "
             "person on board must be able to handle the Yacht under engine and help with mooring.")
    d.clause("4.2", "The Company may carry out a short sea check at embarkation. If it is not satisfied with "
             "the Skipper's competence, it may refuse to hand over the Yacht or require the Charterer to hire "
             "a professional skipper at GBP 175 per day, plus the skipper's food.")
    d.clause("4.3", "The Yacht sleeps 6. No more than 8 persons may be on board while under way, and no more "
             "than 6 overnight. Children under 12 must wear a lifejacket at all times on deck.")
    d.h1("5. Cruising area and weather")
    d.clause("5.1", "The Cruising Area is the coast between Falmouth and Plymouth, within 20 nautical miles of "
             "the shore. The Yacht must not go to the Isles of Scilly, the Channel Islands or France without "
             "the Company's prior written consent.")
    d.clause("5.2", "The Yacht must not leave harbour when the forecast for the Cruising Area is Force 6 or "
             "above on the Beaufort scale, and must not sail between sunset and sunrise in the first 24 hours "
             "of the Charter Period.")
    d.clause("5.3", "If the weather prevents the Yacht returning on time, the Skipper must tell the base by "
             "telephone at once, stay in a safe harbour and follow the Company's instructions. The Company may "
             "recover the Yacht at the Charterer's cost, except where the forecast for the return passage is "
             "Force 6 or above.")
    d.h1("6. Return of the Yacht")
    d.clause("6.1", "The Yacht must be back on her berth at Porthmorran Marina by 17:00 on the day before the "
             "disembarkation day, for inspection; the crew may sleep on board that night.")
    d.clause("6.2", "Late return is charged at GBP 150 per hour or part of an hour, up to the daily rate for the "
             "season, unless clause 5.3 applies and the Company was told in time.")
    d.clause("6.3", "The Yacht is handed over with a full fuel tank. Fuel not replaced is charged at the marina "
             "pump price plus a GBP 30 refuelling fee. A cleaning fee of GBP 90 is charged if the Yacht is "
             "returned in a condition that needs more than normal cleaning.")
    d.h1("7. Cancellation by the Charterer")
    d.clause("7.1", "The Charterer may cancel by written notice. The cancellation charge depends on how many "
             "days before the embarkation day the notice is received:")
    d.grid(["Notice received", "Cancellation charge"],
           [["More than 90 days before embarkation", "40% of the Charter Fee (the booking payment)"],
            ["60 to 90 days before", "60% of the Charter Fee"],
            ["30 to 59 days before", "80% of the Charter Fee"],
            ["Fewer than 30 days before, or no-show", "100% of the Charter Fee"]], [80, 90])
    d.clause("7.2", "If the Company re-lets the Yacht for the same Charter Period, it refunds the amount received "
             "from the new charterer, up to the cancellation charge paid, less an administration fee of GBP 150.")
    d.h1("8. Cancellation by the Company")
    d.clause("8.1", "If the Yacht cannot be provided because of damage or breakdown, the Company will offer a "
             "comparable yacht or a full refund of all sums paid. The Company has no further liability.")
    d.h1("9. Insurance and damage")
    d.clause("9.1", "The Yacht is insured by the Company for hull and third-party liability. The insurance does "
             "not cover the Charterer's personal belongings.")
    d.clause("9.2", "The Charterer is liable for loss of or damage to the Yacht and her equipment during the "
             "Charter Period up to the amount of the Security Deposit, unless the damage waiver in clause 2.4 "
             "was bought. Loss of the dinghy or outboard engine is charged at replacement cost up to the "
             "Security Deposit. Any damage must be reported to the base the same day.")
    d.clause("9.3", "The limits in clauses 2.4 and 9.2 do not apply to damage caused by sailing outside the "
             "Cruising Area, leaving harbour in breach of clause 5.2, or the Skipper being under the influence "
             "of alcohol or drugs; the Charterer is then liable for the full cost.")
    d.h1("10. On board")
    d.clause("10.1", "Smoking is not permitted below deck. One well-behaved dog may be brought by prior "
             "arrangement, for a fee of GBP 60 per charter.")
    d.h1("11. Law")
    d.clause("11.1", "This agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed for Saltwhistle Yacht Charters Ltd by Morwenna Treloar, Base Manager",
                       "Signed by the Charterer, Callum Drysdale"])
    d.h1("SCHEDULE - THE YACHT AND OPTIONAL EXTRAS")
    d.grid(["Yacht details", ""],
           [["Name and model", "Sea Lark, Marlin 38 (built 2019)"],
            ["Length overall / draught", "11.6 m / 1.9 m"],
            ["Engine", "40 hp diesel; fuel tank 150 litres"],
            ["Fresh water", "300 litres"],
            ["Accommodation", "6 berths in 3 double cabins; 2 heads with showers"],
            ["Safety equipment", "8-person liferaft, 8 lifejackets with harnesses, EPIRB, flares, first aid kit"],
            ["Tender", "Inflatable dinghy with 2.5 hp outboard engine"]], [55, 115], bold_first_col=True)
    d.grid(["Optional extra", "Price"],
           [["Professional skipper", "GBP 175 per day"],
            ["Damage waiver (clause 2.4)", "GBP 25 per day"],
            ["Bed linen and towels", "GBP 22 per person"],
            ["Stand-up paddleboard", "GBP 70 per charter"],
            ["Early embarkation from 13:00 (if available)", "GBP 95"]], [110, 60])
    return d.save("legal/yacht_charter_saltwhistle_drysdale.pdf")


# =============================================================================
# 3. Marquee hire contract
# =============================================================================
def marquee_hire():
    d = Doc("Marquee Hire Contract", "Canvas & Crown Marquees Ltd",
            "Canvas & Crown Marquees Ltd, Orrinbury - Hire terms 2027", accent=(110, 70, 20))
    d.title_block("MARQUEE HIRE CONTRACT: TERMS AND CONDITIONS",
                  "These terms apply to every hire by Canvas & Crown Marquees Ltd (the \"Company\"). The "
                  "Customer's booking details are in the Booking Schedule at the end.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Structure\" means the marquee hired, including its frame, roof and wall covers, linings, "
             "matting and any flooring, lighting or heating supplied by the Company. \"Site\" means the land "
             "where the Structure is to be built. \"Event Date\" means the date of the Customer's event in the "
             "Booking Schedule.")
    d.clause("1.2", "\"Hire Charge\" means the total price in the Booking Schedule, including extras and "
             "delivery. \"Wind Limit\" means a mean wind speed of 40 mph or gusts of more than 50 mph at the "
             "Site.")
    d.h1("2. Booking and payment")
    d.clause("2.1", "A booking is confirmed when the Company receives the signed contract and a non-refundable "
             "booking deposit of 30% of the Hire Charge. The balance is due 6 weeks before the Event Date; "
             "bookings made less than 6 weeks before must be paid in full.")
    d.clause("2.2", "If the balance is not paid on time, the Company may treat the booking as cancelled by the "
             "Customer under clause 7.")
    d.h1("3. Prices")
    d.clause("3.1", "Frame marquee prices include delivery within 25 miles of our Orrinbury depot, building and "
             "taking down, white roof linings, wall linings and coir matting:")
    d.grid(["Marquee size", "Seated dining", "Standing reception", "Price"],
           [["6 m x 9 m", "40 guests", "70 guests", "GBP 1,150"],
            ["9 m x 12 m", "80 guests", "140 guests", "GBP 1,890"],
            ["9 m x 18 m", "120 guests", "210 guests", "GBP 2,650"],
            ["12 m x 21 m", "180 guests", "300 guests", "GBP 3,740"],
            ["12 m x 30 m", "250 guests", "420 guests", "GBP 4,980"]], [40, 35, 40, 35])
    d.para("* Seated numbers assume round tables of 8 to 10 and no dance floor. Allow an extra 10 square metres "
           "of floor space for a dance floor; the Company will advise on the right size.", size=8.5, style="I")
    d.clause("3.2", "Extras: wooden flooring GBP 9.50 per square metre; patio heaters GBP 85 each per event; "
             "festoon and chandelier lighting package GBP 240. Delivery to Sites more than 25 miles from the "
             "depot is charged at GBP 2.20 per mile for the whole distance, each way, for each vehicle.")
    d.clause("3.3", "The Company does not supply toilet trailers, generators, catering tents, tables or chairs, "
             "but can give the Customer details of local suppliers.")
    d.h1("4. The Site")
    d.clause("4.1", "The Customer must make sure that the Site is reasonably level (a slope of no more than 1 in "
             "20), that a 7.5 tonne lorry can reach within 30 m of the Site, and that the grass has been cut "
             "within 3 days before the build.")
    d.clause("4.2", "The Structure is secured with steel stakes driven up to 1 m into the ground. The Customer "
             "must mark all underground pipes, cables and drains on a plan before the build, and is liable for "
             "damage to any that were not marked. If stakes cannot be used, ballast weights are charged at "
             "GBP 120 per marquee.")
    d.clause("4.3", "The Customer must obtain the landowner's permission and any licence needed for the event.")
    d.h1("5. Build, use and collection")
    d.clause("5.1", "The Structure is usually built 2 days before the Event Date and taken down the day after. "
             "The Structure is in the Customer's care from handover after the build until the Company starts "
             "to take it down, and the Customer is liable for loss or damage in that time.")
    d.clause("5.2", "There must be no candles or other naked flames inside the Structure, and no barbecue, hog "
             "roast or other open-flame cooking within 6 m of it. Nothing may be fixed to the frame or covers "
             "with nails, tape or staples.")
    d.clause("5.3", "Covers returned stained by red wine, paint, candle wax or smoke are cleaned at cost; torn "
             "linings are replaced at cost. Normal grass staining and dirt are not charged.")
    d.h1("6. Weather")
    d.clause("6.1", "If the wind reaches the Wind Limit, the Company may order the Structure to be evacuated, and "
             "the Customer must make sure everyone leaves it at once and stays at least 10 m away. The Customer "
             "must keep the wall covers closed on the windward side in strong wind and must not let snow build "
             "up on the roof.")
    d.clause("6.2", "If the Met Office issues an amber or red wind warning covering the Site for the build day or "
             "the Event Date, either party may postpone the hire, without charge, to a new date within 12 "
             "months. Rain, cold or other weather below the Wind Limit is not a reason to cancel or postpone, "
             "and no refund is given for it.")
    d.h1("7. Cancellation by the Customer")
    d.clause("7.1", "The Customer may cancel by written notice. The cancellation charge depends on how many days "
             "before the Event Date the notice is received:")
    d.grid(["Notice received", "Cancellation charge"],
           [["More than 120 days before the Event Date", "The booking deposit only"],
            ["60 to 120 days before", "50% of the Hire Charge"],
            ["21 to 59 days before", "75% of the Hire Charge"],
            ["Fewer than 21 days before", "The full Hire Charge"]], [80, 80])
    d.clause("7.2", "Reducing the size of the Structure more than 60 days before the Event Date is free; later "
             "reductions are treated as a cancellation of the difference in price.")
    d.h1("8. Liability")
    d.clause("8.1", "The Company holds public liability insurance of GBP 5 million. Its liability for any loss "
             "arising from the hire is limited to the Hire Charge. The Company is not liable for loss or injury "
             "caused by the Customer's failure to follow an evacuation order or clause 5.2.")
    d.h1("9. Law")
    d.clause("9.1", "This contract is governed by the law of England and Wales.")
    d.signature_block(["Signed for Canvas & Crown Marquees Ltd by Barnaby Quist, Hire Manager",
                       "Signed by the Customer, Mrs Imogen Featherstonhaugh"])
    d.h1("BOOKING SCHEDULE")
    d.grid(["Booking details", ""],
           [["Customer", "Mrs Imogen Featherstonhaugh, Hallow Lane Cottage, Orrinbury"],
            ["Site", "Paddock at Little Orrin Farm, Hallow Lane, Orrinbury (38 miles from the depot by road)"],
            ["Event", "Wedding reception for 110 guests"],
            ["Event Date", "Saturday 4 September 2027"],
            ["Build", "Thursday 2 September 2027, from 08:00"],
            ["Take-down", "Monday 6 September 2027, from 09:00"],
            ["Structure", "9 m x 18 m frame marquee with wooden flooring throughout"],
            ["Hire Charge", "GBP 2,650 marquee; GBP 1,539 flooring (162 square metres); GBP 340 four heaters; "
                            "GBP 167.20 delivery; total GBP 4,696.20 including VAT"]],
           [40, 130], bold_first_col=True)
    return d.save("legal/marquee_hire_canvas_crown_featherstonhaugh.pdf")


# =============================================================================
# 4. Adult diabetic ketoacidosis protocol
# =============================================================================
def dka_protocol():
    d = Doc("Diabetic Ketoacidosis (DKA) in Adults - Management Protocol", "Guideline DM-04, v5",
            "Harrowby & Fenn Valley Hospitals NHS Trust - Diabetes and Acute Medicine", accent=(150, 20, 40),
            body_size=9.5)
    d.title_block("DIABETIC KETOACIDOSIS (DKA) IN ADULTS: MANAGEMENT PROTOCOL",
                  "For doctors and nurses caring for patients aged 18 and over. Children and young people under "
                  "18 follow the paediatric DKA guideline. Review date: March 2029.", size=14)
    d.h1("1. Diagnosis")
    d.clause("1.1", "DKA is diagnosed when all three of the following are present: blood ketones of 3.0 mmol/L "
             "or above (or urine ketones 2+ or more); blood glucose above 11.0 mmol/L or known diabetes; and "
             "venous bicarbonate below 15.0 mmol/L and/or venous pH below 7.3.")
    d.clause("1.2", "Patients taking an SGLT2 inhibitor (for example dapagliflozin or empagliflozin) can have DKA "
             "with a normal blood glucose (euglycaemic DKA). Stop the SGLT2 inhibitor and treat as DKA.")
    d.h1("2. Severity: markers for senior review and Level 2 (HDU) care")
    d.para("Ask the medical registrar to review the patient and consider Level 2 (HDU) care if any of the "
           "following is present on admission:")
    d.grid(["Marker", "Value"],
           [["Blood ketones", "Above 6.0 mmol/L"],
            ["Venous bicarbonate", "Below 5.0 mmol/L"],
            ["Venous pH", "Below 7.0"],
            ["Potassium on admission", "Below 3.5 mmol/L"],
            ["Glasgow Coma Scale", "Below 12"],
            ["Systolic blood pressure", "Below 90 mmHg"],
            ["Pulse", "Above 100 or below 60 beats per minute"],
            ["Oxygen saturation on air", "Below 92%"]], [80, 80])
    d.h1("3. Insulin")
    d.clause("3.1", "Start a fixed-rate intravenous insulin infusion (FRIII) of 0.1 units/kg/hour, using 50 units "
             "of soluble human insulin in 50 mL of 0.9% sodium chloride. Use the patient's actual body weight "
             "(estimate it if needed); the maximum rate is 15 units/hour.")
    d.clause("3.2", "Continue the patient's usual long-acting (basal) insulin at the usual dose and time "
             "throughout treatment. Stop any insulin pump and remove the cannula while the FRIII is running.")
    d.clause("3.3", "Targets: blood ketones falling by at least 0.5 mmol/L/hour, or venous bicarbonate rising by "
             "3.0 mmol/L/hour, and capillary glucose falling by 3.0 mmol/L/hour. If the targets are not met, "
             "check the infusion and increase the insulin rate by 1 unit/hour until they are.")
    d.h1("4. Fluids")
    d.clause("4.1", "If the systolic blood pressure is below 90 mmHg, give 500 mL of 0.9% sodium chloride over 10 "
             "to 15 minutes and repeat once if it stays below 90 mmHg; then call the registrar. Once the "
             "systolic blood pressure is 90 mmHg or above, give 0.9% sodium chloride as follows:")
    d.grid(["Bag", "Fluid", "Give over"],
           [["1st litre", "0.9% sodium chloride", "1 hour"],
            ["2nd litre", "0.9% sodium chloride with potassium chloride", "2 hours"],
            ["3rd litre", "0.9% sodium chloride with potassium chloride", "2 hours"],
            ["4th litre", "0.9% sodium chloride with potassium chloride", "4 hours"],
            ["5th litre", "0.9% sodium chloride with potassium chloride", "4 hours"],
            ["6th litre", "0.9% sodium chloride with potassium chloride", "6 hours"]], [30, 90, 40])
    d.para("* Give fluids more slowly, and review after each litre, in patients aged 18 to 25 (risk of cerebral "
           "oedema), patients over 75, pregnant women and patients with heart or kidney failure.", size=8.5,
           style="I")
    d.clause("4.2", "When capillary glucose falls below 14.0 mmol/L, add 10% glucose at 125 mL/hour alongside the "
             "0.9% sodium chloride, and keep the FRIII running at the same rate.")
    d.h1("5. Potassium")
    d.para("Check potassium on the first venous gas and at 60 minutes, 2 hours and then every 2 hours. Add "
           "potassium chloride to each litre of fluid from the second litre, according to the latest level:")
    d.grid(["Potassium level", "Potassium to add"],
           [["Above 5.5 mmol/L", "None; recheck in 2 hours"],
            ["3.5 to 5.5 mmol/L", "40 mmol per litre of fluid"],
            ["Below 3.5 mmol/L", "Senior review: extra potassium needed, usually in HDU"]], [70, 100])
    d.clause("5.1", "Do not add potassium until the patient has passed urine or a urinary catheter is in place, "
             "unless the level is below 3.5 mmol/L.")
    d.h1("6. Monitoring")
    d.grid(["What", "How often"],
           [["Capillary glucose and blood ketones", "Every hour"],
            ["Venous blood gas (pH, bicarbonate, potassium)", "At 60 minutes, 2 hours, then every 2 hours"],
            ["Fluid balance and urine output", "Every hour; catheterise if no urine after 1 hour"],
            ["Observations and Glasgow Coma Scale", "Every hour for the first 6 hours"]], [80, 90])
    d.h1("7. Resolution and switching to subcutaneous insulin")
    d.clause("7.1", "DKA has resolved when blood ketones are below 0.6 mmol/L and venous pH is above 7.3. If it "
             "has not resolved within 24 hours, ask for senior review.")
    d.clause("7.2", "Do not stop the FRIII until the patient is eating and drinking. Give the usual (or newly "
             "prescribed) subcutaneous rapid-acting insulin with a meal, and stop the FRIII 30 minutes after "
             "the subcutaneous dose.")
    d.h1("8. Referral and discharge")
    d.clause("8.1", "Refer every patient to the diabetes specialist team within 24 hours of admission (next "
             "working day at weekends). Patients with newly diagnosed type 1 diabetes must see a diabetes "
             "specialist nurse before discharge.")
    d.clause("8.2", "Pregnant women with DKA need an immediate obstetric review; fetal monitoring is arranged by "
             "the obstetric team.")
    d.para("Diabetes team bleep 4417 (Mon-Fri 08:30-17:00). Out of hours: on-call medical registrar.", size=9,
           style="B")
    return d.save("medical/dka_protocol_harrowby_fenn.pdf")


# =============================================================================
# 5. Hormone replacement therapy leaflet (question-and-answer)
# =============================================================================
def hrt_leaflet():
    d = Doc("Hormone replacement therapy (HRT) - questions and answers", "Leaflet WH-031",
            "Kelderwick Community Menopause Service", accent=(120, 40, 110), body_size=10)
    d.title_block("Hormone replacement therapy (HRT): your questions answered",
                  "Information for women who are starting HRT, or thinking about it, after talking to the "
                  "Kelderwick Community Menopause Service. Please read it with the leaflet in your medicine "
                  "box.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is HRT?",
       "HRT replaces the oestrogen your ovaries stop making around the menopause. It relieves hot flushes, night "
       "sweats, low mood, poor sleep and vaginal dryness, and helps protect your bones. If you still have your "
       "womb, you will also need a progestogen as well as oestrogen, to protect the lining of the womb from "
       "thickening. If you have had a hysterectomy you will usually need oestrogen only.")
    qa("What forms does HRT come in?",
       "Oestrogen can be taken as a tablet once a day, a patch, a gel or a spray. Patches are changed twice a "
       "week, on the same two days each week. Gel is rubbed into the skin of the arms or thighs once a day; let "
       "it dry for 5 minutes before dressing. The progestogen can be a tablet, part of a combined patch, or a "
       "hormone coil placed in the womb. The coil we use (levonorgestrel 52 mg) protects the womb for 5 years "
       "when used with HRT.")
    qa("Will I have periods on HRT?",
       "It depends on the type. If your last period was less than 12 months ago, you will usually start "
       "cyclical HRT: you take progestogen for 14 days of each 28 days and have a monthly bleed. Once you have "
       "had no periods for 12 months, or after 1 year on cyclical HRT, you can change to continuous combined "
       "HRT, which should not cause bleeds. Irregular bleeding or spotting is common in the first 3 to 6 months "
       "of continuous combined HRT.")
    qa("How soon will it work?",
       "Most women notice that hot flushes improve within 4 weeks, but the full effect can take 3 months. You "
       "will have a review at 3 months, to check how you are getting on and your blood pressure, and then once "
       "a year.")
    qa("What side effects might I get?",
       "Breast tenderness, bloating, feeling sick, headaches and leg cramps are common in the first few weeks "
       "and usually settle. Skin irritation can happen with patches: put each new patch on a different area of "
       "clean, dry skin below the waist.")
    qa("Does HRT increase the risk of breast cancer?",
       "Taking HRT that contains oestrogen and progestogen slightly increases the risk of breast cancer; "
       "oestrogen-only HRT has little or no effect. The extra risk depends on the type of HRT and how long it "
       "is taken, and falls after stopping. The table shows the estimated numbers for women aged 50 to 59 over "
       "5 years:")
    d.grid(["Women aged 50 to 59, over 5 years", "Cases of breast cancer per 1,000 women"],
           [["Not taking HRT", "About 13 cases"],
            ["Oestrogen-only HRT", "About 1 extra case"],
            ["Cyclical combined HRT", "About 5 extra cases"],
            ["Continuous combined HRT", "About 7 extra cases"]], [85, 85])
    d.para("Keep going to breast screening when invited, and check your breasts each month. Being overweight and "
           "drinking alcohol raise the risk more than HRT does.", size=9, style="I")
    qa("What about blood clots and strokes?",
       "HRT tablets slightly increase the risk of blood clots in the legs or lungs and of stroke. Patches, gels "
       "and sprays go through the skin and have not been shown to increase these risks, so they are advised if "
       "you are overweight, have migraines or have had a clot in the past.")
    qa("Who should not take HRT?",
       "HRT is not usually advised if you have had breast cancer, have untreated high blood pressure, active "
       "liver disease or bleeding from the vagina that has not been checked by a doctor. Tell us if you have had "
       "a blood clot: you may still be able to use a patch or gel.")
    qa("What if I forget a dose?",
       "Tablets: take the missed tablet as soon as you remember. If it is more than 12 hours late, leave out the "
       "missed tablet and take the next one at the usual time; do not take two tablets together. Patches: if "
       "you forget to change a patch, change it as soon as you remember and then go back to your usual days. If "
       "a patch falls off, press it back on or put on a new one. You may have some spotting after a missed dose.")
    qa("Is HRT a contraceptive?",
       "No. HRT is not a contraceptive. If you could still get pregnant, use contraception until 2 years after "
       "your last period if you are under 50, or until 1 year after your last period if you are 50 or over. "
       "All women can stop contraception at 55. The hormone coil can provide both contraception and womb "
       "protection.")
    qa("How long can I take HRT for?",
       "There is no set time limit. Most women take it for 2 to 5 years, but some need it for longer. We will "
       "talk through the benefits and risks with you at each yearly review. If you decide to stop, reducing the "
       "dose over 3 months may help stop symptoms coming back.")
    qa("What about vaginal oestrogen?",
       "Vaginal dryness, soreness and urinary symptoms can be treated with a low-dose vaginal oestrogen cream, "
       "tablet or ring. It can be used on its own or with HRT, does not need a progestogen, and can be used for "
       "as long as you need it.")
    qa("What if I need an operation?",
       "Tell the surgical team you take HRT. If you take HRT tablets, you may be asked to stop them 4 weeks "
       "before a major operation, or to switch to a patch. Patches and gels can usually be continued.")
    qa("When should I get help?",
       "See your GP within 2 weeks if you notice a breast lump, or bleeding that continues after 6 months of "
       "continuous combined HRT or starts after a spell without bleeding. Call 999 if you have chest pain, "
       "sudden breathlessness or signs of a stroke. Stop HRT and get same-day advice for a painful, swollen "
       "calf.")
    d.para("Prescriptions: in England, an HRT prescription prepayment certificate costs GBP 19.80 and covers "
           "most HRT medicines for 12 months. Menopause Service advice line: 01632 960 588 (Mon-Thu 09:00-16:00).",
           size=9.5, style="B")
    return d.save("medical/hrt_leaflet_kelderwick.pdf")


# =============================================================================
# 6. Sickle cell disease individual care plan
# =============================================================================
def sickle_cell_plan():
    d = Doc("Individual care plan - sickle cell disease", "Mereborough General Hospital",
            "Mereborough General Hospital - Haemoglobinopathy Service - CONFIDENTIAL", accent=(140, 30, 30),
            body_size=9.5)
    d.title_block("SICKLE CELL DISEASE: INDIVIDUAL CARE PLAN",
                  "For the Emergency Department, the Sickle Cell Day Unit and the patient. Agreed with the patient "
                  "on 8 February 2027. Review by: February 2028.", size=14)
    d.grid(["Patient details", ""],
           [["Name", "Ms Temilade OKONKWO-BARNES"],
            ["Date of birth / hospital no.", "03/07/1998 / MG-5521087"],
            ["Diagnosis", "Sickle cell anaemia (HbSS)"],
            ["Usual haemoglobin", "78 g/L (usual range 72 to 85 g/L)"],
            ["Usual oxygen saturation on air", "96%"],
            ["Weight", "58 kg"],
            ["Regular medicines", "Hydroxycarbamide 1,000 mg once daily; folic acid 5 mg once daily; "
                                  "phenoxymethylpenicillin 250 mg twice daily"],
            ["Allergies and intolerances", "Codeine (severe vomiting). No known drug allergies"],
            ["Blood transfusion", "Red cell antibody anti-E: needs Rh and Kell matched blood (see Part D)"],
            ["Consultant", "Dr Adaeze Nwankwo-Hale, Consultant Haematologist"]], [60, 110], bold_first_col=True)
    d.h1("Part A. Emergency Department: painful crisis")
    d.clause("A1", "Triage within 15 minutes. Give the first dose of pain relief within 30 minutes of arrival. "
             "Believe the patient's report of her pain.", numw=10)
    d.clause("A2", "First dose: morphine 7.5 mg subcutaneously. If she has taken oral morphine at home in the "
             "last 2 hours, give 5 mg subcutaneously instead. Do not give pethidine. Do not give codeine.",
             numw=10)
    d.clause("A3", "Reassess pain, respiratory rate and sedation every 30 minutes until the pain is controlled. "
             "If the pain is not controlled, give further morphine 2.5 mg subcutaneously every 20 minutes, up to "
             "3 doses, then discuss a morphine PCA with the haematology registrar.", numw=10)
    d.clause("A4", "Also give regular paracetamol 1 g four times a day and ibuprofen 400 mg three times a day with "
             "food (her kidney function is normal), with laxatives and an antiemetic while on morphine.",
             numw=10)
    d.clause("A5", "If the respiratory rate is below 10 breaths per minute or the sedation score is 3, stop "
             "opioids and give naloxone 100 micrograms IV, repeated every 2 minutes as needed.", numw=10)
    d.clause("A6", "Fluids: 3 litres a day by mouth, or IV 0.9% sodium chloride if she cannot drink enough. "
             "Oxygen only if oxygen saturation is below 94% on air. Bloods: FBC, reticulocytes, U&E, LFTs, "
             "group and save; blood cultures if the temperature is 38.0 degrees C or above.", numw=10)
    d.clause("A7", "On the ward: incentive spirometry, 10 deep breaths every 2 hours while awake, to help prevent "
             "acute chest syndrome. Continue hydroxycarbamide unless neutrophils are below 2.0 x 10^9/L.",
             numw=10)
    d.h1("Part B. Red flags")
    d.grid(["Sign", "Possible cause", "Action"],
           [["Chest pain, fever, cough or new oxygen saturation below 94%", "Acute chest syndrome",
             "Chest X-ray; call the haematology registrar at once; may need exchange transfusion"],
            ["Temperature 38.0 degrees C or above", "Infection (her spleen does not work)",
             "Blood cultures, then IV antibiotics within 1 hour, even if she is taking penicillin"],
            ["Haemoglobin more than 20 g/L below her usual level (below 58 g/L)",
             "Possible aplastic crisis or sequestration", "Urgent reticulocyte count; call the haematology "
             "registrar"],
            ["Sudden weakness, slurred speech or severe headache", "Stroke",
             "Call the stroke team and haematology at once; urgent exchange transfusion"],
            ["Painful erection lasting more than 2 hours", "Priapism",
             "Contact the on-call urologist immediately"],
            ["Severe tummy pain with a swollen abdomen", "Girdle syndrome or liver sequestration",
             "Surgical review and call the haematology registrar"]], [60, 45, 65], size=8.5)
    d.h1("Part C. Home plan (for the patient)")
    d.para("Score your pain from 0 (no pain) to 10 (worst pain imaginable). At any score: drink at least 3 litres "
           "a day, keep warm and rest.")
    d.grid(["Pain score", "What to do"],
           [["1 to 3", "Paracetamol 1 g four times a day and ibuprofen 400 mg three times a day with food"],
            ["4 to 6", "Add oral morphine solution 10 mg every 4 hours if needed (no more than 6 doses in 24 "
             "hours); call the Day Unit if not settling within 24 hours"],
            ["7 to 10", "Go to the Day Unit (weekdays) or the Emergency Department now; take this plan"]],
           [30, 140])
    d.para("Also go straight to hospital if the pain is not controlled after 2 doses of oral morphine, or if you "
           "have any red flag in Part B. Sickle Cell Day Unit, Ward 12: Monday to Friday 08:00 to 18:00, "
           "telephone 01632 960 342 (ring before coming in). Out of hours: Emergency Department.")
    d.h1("Part D. Blood transfusion")
    d.clause("D1", "Blood must be matched for Rh (C, c, D, E, e) and Kell antigens, and be E negative because of "
             "her anti-E antibody. Tell the blood bank early: matched blood can take up to 24 hours.", numw=10)
    d.clause("D2", "A transfusion is not needed for an uncomplicated painful crisis. Never transfuse to a "
             "haemoglobin above 100 g/L without discussion with the haematology consultant.", numw=10)
    d.para("Plan written by Dr Adaeze Nwankwo-Hale with Ms Okonkwo-Barnes. Haematology registrar on call: via "
           "switchboard 01632 960 000 (24 hours).", size=9, style="I")
    return d.save("medical/sickle_cell_care_plan_okonkwo_barnes.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([office_cleaning, yacht_charter, marquee_hire,
                       dka_protocol, hrt_leaflet, sickle_cell_plan], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
