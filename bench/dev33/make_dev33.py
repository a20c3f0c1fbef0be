"""Render the thirty-third development-set documents (fictional) as PDFs into bench/dev33/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: hot-air
balloon flight voucher and passenger terms (voucher validity and extensions, a flight price table, an age and
height table, a passenger weight surcharge table in kilograms and stones, a rebooking charge table by notice,
the flying season, weather cancellations, clothing), a home boiler and central heating cover plan (definitions,
a plan level table with a footnote, eligibility and the first inspection, a 30-day waiting period, claim
limits, a replacement contribution table by boiler age, response times, exclusions, missed payments,
cancellation; the customer's plan schedule after the signatures), a lodger agreement for a room in the
householder's home (rent, an unprotected deposit, bills, a house rules section, a notice table by stage, keys
and belongings; the room, rent and inventory schedule after the signatures), a threadworm leaflet for families
in question-and-answer form (what to look for, a treatment table by age and pregnancy with a footnote, hygiene
measures, a price table, nursery and school, pets), an adult once-daily gentamicin dosing and monitoring
guideline (scope, dosing weight and adjusted body weight, a dose band table by dosing weight, a dosing
interval table by creatinine clearance with a footnote, trough levels and a level action table, duration and
cautions), and a child's bedwetting treatment plan for an invented child (a summary table, a daily drinks
table by age and sex, an enuresis alarm, desmopressin melts and a dose step table, fluid rules, treatment
breaks, rewards, when to call).
Questions: bench/dev33/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev33/make_dev33.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 11, 8, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 33 (fictional document)", "make_dev33.py", FIXED_DATE)


# =============================================================================
# 1. Hot-air balloon flight voucher and passenger terms
# =============================================================================
def balloon_terms():
    d = Doc("Skylark Ember Balloon Flights - Voucher and Passenger Terms 2028", "Terms SEB-28, issued 1 December 2027",
            "Skylark Ember Balloon Flights Ltd, Launch Barn, Wexley Downs", accent=(170, 60, 20))
    d.title_block("FLIGHT VOUCHER AND PASSENGER TERMS AND CONDITIONS",
                  "These terms apply to every flight voucher sold and every flight booked with Skylark Ember "
                  "Balloon Flights Ltd (\"Skylark Ember\", \"we\", \"us\") from 1 January 2028. Please read them "
                  "before you buy or book; the pilot's safety instructions on the day form part of them.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Voucher\" means a paper or electronic voucher for one or more Passengers on a stated type of "
             "flight. \"Voucher Holder\" means the person named on the Voucher, or the person to whom it has been "
             "given. \"Passenger\" means each person who flies or is booked to fly.")
    d.clause("1.2", "\"Flight Date\" means the date and time booked for a flight. \"Flight\" means the time in the "
             "air, which is about 1 hour; with the safety briefing, inflation, landing and the return journey the "
             "whole experience usually takes 3 to 4 hours. \"Launch Site\" means the field named in the booking "
             "confirmation.")
    d.clause("1.3", "\"Weather Cancellation\" means a Flight called off by us, at any time up to take-off, because "
             "the wind, rain, cloud, visibility or forecast is not suitable for safe ballooning.")
    d.h1("2. Vouchers")
    d.clause("2.1", "Every Voucher is valid for 24 months from the date of issue shown on it. A Flight Date must be "
             "booked and flown within that period.")
    d.clause("2.2", "A Voucher that is about to expire, or has expired, may be extended for 12 months on payment of "
             "the charge below, once per Voucher:")
    d.grid(["When the extension is bought", "Charge per Passenger"],
           [["Before the Voucher expires", "GBP 45"],
            ["Within 3 months after the Voucher expires", "GBP 75"],
            ["More than 3 months after the Voucher expires", "Extension not available; the Voucher has no value"]],
           [90, 80])
    d.clause("2.3", "If 3 or more booked Flights have been lost to Weather Cancellations, we extend the Voucher by "
             "12 months free of charge, and clause 2.2 does not apply.")
    d.clause("2.4", "A Voucher may be given away or sold on; tell us the new Voucher Holder's name before booking. "
             "Vouchers cannot be exchanged for cash. The buyer may cancel a Voucher within 14 days of purchase "
             "for a full refund if no Flight Date has been booked; after that, Vouchers are non-refundable.")
    d.h1("3. Flights and prices")
    d.clause("3.1", "Prices per Passenger for Vouchers bought in 2028 are:")
    d.grid(["Flight", "When it can be flown", "Adult price"],
           [["Weekday Shared Flight", "Monday to Friday, morning or evening", "GBP 169"],
            ["Anytime Shared Flight", "Any day of the week, morning or evening", "GBP 219"],
            ["Sunrise Shared Flight", "Any day, morning only; meet at the Launch Site at dawn", "GBP 239"],
            ["Private Flight for Two", "Any day, a basket for 2 Passengers and the pilot only",
             "GBP 695 per couple"]], [48, 88, 34])
    d.para("A glass of sparkling wine after landing is included for Passengers aged 18 or over; younger "
           "Passengers are offered a soft drink. A Private Flight includes a bottle of champagne. A flight "
           "certificate is given to every Passenger.", size=8.5, style="I")
    d.clause("3.2", "The flying season for Shared Flights runs from 1 April to 31 October. Private Flights may also "
             "be booked in March and November, weather permitting. We do not fly from December to February.")
    d.h1("4. Who can fly")
    d.clause("4.1", "Age is taken on the Flight Date. Children may fly only as follows:")
    d.grid(["Age on the Flight Date", "Can they fly?", "Conditions", "Price"],
           [["Under 7 years", "No", "-", "-"],
            ["7 to 11 years", "Yes", "At least 1.2 m tall, and flying with a paying adult from the same booking",
             "GBP 129"],
            ["12 to 15 years", "Yes", "Flying with a paying adult from the same booking", "GBP 149"],
            ["16 and 17 years", "Yes", "Consent form signed by a parent or guardian", "Adult price"],
            ["18 years and over", "Yes", "None", "Adult price"]], [36, 22, 80, 32])
    d.clause("4.2", "For the safety of everyone in the basket, each Passenger's weight must be given when booking. "
             "The following surcharges apply, payable before the Flight Date:")
    d.grid(["Passenger weight (kg)", "Passenger weight (stones)", "Surcharge per Flight"],
           [["Up to 105 kg", "Up to 16 st 7 lb", "None"],
            ["Over 105 kg, up to 120 kg", "Over 16 st 7 lb, up to 18 st 13 lb", "GBP 50"],
            ["Over 120 kg, up to 136 kg", "Over 18 st 13 lb, up to 21 st 6 lb", "GBP 100"],
            ["Over 136 kg", "Over 21 st 6 lb", "Private Flight only, by arrangement"]], [55, 65, 50])
    d.para("A Passenger found on the day to weigh more than the weight given may be refused boarding, and the "
           "Flight is then treated as a missed Flight under clause 5.2.", size=8.5, style="I")
    d.clause("4.3", "Every Passenger must be able to climb into the basket using the foot holes (the basket side is "
             "about 1.2 m high), stand for the whole Flight and hold the landing position (knees bent, holding "
             "the rope handles) for up to 2 minutes.")
    d.clause("4.4", "Passengers who are pregnant cannot fly at any stage of pregnancy. A Passenger who has had an "
             "operation or a broken bone in the last 6 months, or who has a heart condition, epilepsy, back or "
             "knee problems, must bring a letter from their GP dated within 28 days before the Flight Date "
             "confirming that they are fit to fly in a hot-air balloon.")
    d.h1("5. Booking, confirming and changing a Flight Date")
    d.clause("5.1", "Flight Dates are booked online or through our office. Every Flight is weather-dependent and must "
             "be confirmed by the Passenger on the Flight Line (01632 960 377): for a morning Flight after 17:00 "
             "the evening before, and for an evening Flight after 12:00 on the day.")
    d.clause("5.2", "The Voucher Holder may move a booked Flight Date by telling us. The charge depends on how much "
             "notice we receive before the Flight Date:")
    d.grid(["Notice before the Flight Date", "Charge"],
           [["15 days or more", "Free"],
            ["7 to 14 days", "GBP 25 per Passenger"],
            ["48 hours to 6 days", "GBP 50 per Passenger"],
            ["Less than 48 hours, or a missed Flight", "The Flight is lost and the Voucher is treated as used"]],
           [80, 90])
    d.clause("5.3", "A Passenger who arrives at the Launch Site after the balloon has begun to inflate will not be "
             "able to fly, and the Flight is treated as a missed Flight.")
    d.h1("6. Weather Cancellations")
    d.clause("6.1", "The pilot alone decides whether it is safe to fly, and may cancel at any point up to take-off. "
             "On average about 4 in 10 scheduled Flights are lost to the weather, so we advise booking early in "
             "the Voucher's life.")
    d.clause("6.2", "After a Weather Cancellation you may rebook free of charge on any date we have available. "
             "Weather Cancellations do not give a right to a refund, and we do not pay travel, hotel or other "
             "costs of a cancelled Flight.")
    d.h1("7. On the day")
    d.clause("7.1", "Wear warm layers, a hat and flat, sturdy shoes or boots that cover the ankle; sandals and "
             "heels are not allowed. The Launch Site and landing field may be muddy. Loose bags are not allowed "
             "in the basket; cameras and phones must be on a strap.")
    d.clause("7.2", "Passengers must not drink alcohol before a Flight. The pilot may refuse to fly any Passenger "
             "who appears unwell or affected by alcohol or drugs, and the Flight is then treated as a missed "
             "Flight. Drones may not be flown at the Launch Site or the landing field.")
    d.clause("7.3", "After landing, Passengers help to pack the balloon if able, and are driven back to the Launch "
             "Site in our retrieve vehicle; the return journey may take up to 90 minutes.")
    d.h1("8. Liability and complaints")
    d.clause("8.1", "We hold passenger liability insurance as required for public transport flights. Our liability "
             "for loss of or damage to personal belongings is limited to GBP 250 per Passenger. Nothing in these "
             "terms limits our liability for death or personal injury caused by our negligence.")
    d.clause("8.2", "Complaints should be made in writing within 28 days after the Flight Date to the Operations "
             "Manager, Ms Kerensa Dallimore, at the address below. We reply within 14 days.")
    return d.save("legal/balloon_flight_terms_skylark_ember.pdf")


# =============================================================================
# 2. Boiler and central heating cover plan
# =============================================================================
def boiler_cover():
    d = Doc("Hearthguard Home Heating Cover - Plan Terms and Schedule", "Plan HG-2028-41873",
            "Hearthguard Heating Services Ltd, 12 Forge Lane, Castle Ambry - Mr D. Ainsworth", font="Times",
            accent=(120, 30, 30), body_size=10.5)
    d.title_block("HOME HEATING COVER: PLAN TERMS",
                  "Between Hearthguard Heating Services Ltd, company no. 09517264 (\"Hearthguard\", \"we\") and "
                  "the customer named in the Schedule (\"you\"). These terms, the Schedule and our confirmation "
                  "letter make up your plan. This is a service plan, not an insurance policy.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Boiler\" means the single gas-fired boiler at your Home named in the Schedule, with an output "
             "of no more than 45 kW, including its flue, controls fitted to it and the condensate pipe. "
             "\"Home\" means the address in the Schedule, which must be your own private residence.")
    d.clause("1.2", "\"Central Heating System\" means the radiators, pipes, valves, pump, hot water cylinder, "
             "programmer and room thermostat connected to the Boiler, but not underfloor heating or any "
             "pipework buried in concrete.")
    d.clause("1.3", "\"Breakdown\" means a sudden failure of the Boiler or Central Heating System that stops it "
             "working, needing repair. \"Annual Service\" means a yearly safety check and service of the "
             "Boiler. \"Plan Year\" means each 12 months from the start date in the Schedule. \"Excess\" means "
             "the amount you pay towards each Breakdown call-out.")
    d.h1("2. Plan levels and prices")
    d.clause("2.1", "You choose one plan level. Monthly prices for the first Plan Year are:")
    d.grid(["Plan level", "What it covers", "Monthly price", "Excess per call-out"],
           [["Boiler Essential", "Boiler Breakdown repairs and the Annual Service", "GBP 14.50", "GBP 0"],
            ["Boiler & Heating", "Boiler Essential, plus Breakdowns of the Central Heating System",
             "GBP 19.75", "GBP 60"],
            ["Complete Home *", "Boiler & Heating, plus internal plumbing, drains and home electrics",
             "GBP 27.90", "GBP 60"]], [36, 74, 28, 32])
    d.para("* Complete Home covers blocked drains within the boundary of your Home only, up to 2 call-outs per "
           "Plan Year for drains. All plan levels include one Annual Service in each Plan Year, with no Excess.",
           size=9, style="I")
    d.h1("3. Eligibility and the first inspection")
    d.clause("3.1", "Your Boiler must be less than 12 years old on the start date, installed by a registered gas "
             "engineer, and in good working order. Back boilers, warm air units and boilers in commercial "
             "premises cannot be covered.")
    d.clause("3.2", "We carry out a first inspection at the first visit (usually the first Annual Service). If the "
             "Boiler or Central Heating System does not meet clause 3.1 or has a fault that existed before the "
             "start date, we may offer to repair it at our standard charges, change the plan or cancel it and "
             "refund all payments you have made.")
    d.clause("3.3", "You cannot make a claim in the first 30 days after the start date, unless you had continuous "
             "cover with another provider immediately before this plan and can show us proof of it.")
    d.h1("4. What we pay for")
    d.clause("4.1", "We pay for the parts and labour to repair a Breakdown covered by your plan level, less the "
             "Excess, up to GBP 1,000 (including VAT) for any one repair and up to GBP 2,500 per Plan Year in "
             "total.")
    d.clause("4.2", "If our engineer decides that the Boiler cannot be repaired economically, or parts are no longer "
             "available, we will tell you in writing and pay a contribution towards a replacement Boiler fitted "
             "by us, based on the Boiler's age at that date:")
    d.grid(["Age of the Boiler", "Contribution towards a replacement"],
           [["Less than 7 years", "GBP 500"],
            ["7 to 11 years", "GBP 300"],
            ["12 years or older", "GBP 150"]], [85, 85])
    d.para("The contribution is paid only if the plan has been held without a break for at least 12 months, and "
           "only towards a replacement fitted by Hearthguard. It is not paid in cash. Your plan ends when the "
           "contribution is paid, and a new plan may be taken out for the new Boiler.", size=9, style="I")
    d.clause("4.3", "Condensate pipe: on Boiler & Heating and Complete Home we thaw a frozen condensate pipe at "
             "no charge and with no Excess, once per Plan Year; further visits for the same reason are charged "
             "at our standard rates.")
    d.h1("5. Making a claim and response times")
    d.clause("5.1", "Call our 24-hour helpline on 0330 011 5417. Engineers visit between 8 am and 8 pm, 7 days a "
             "week. We aim to attend within 24 hours if you have no heating and no hot water, and within 48 "
             "hours for any other Breakdown.")
    d.clause("5.2", "We aim to attend within 12 hours if you have no heating and no hot water and someone living "
             "in the Home is over 75, is under 2 years old, is pregnant or has a serious health condition "
             "recorded on your plan.")
    d.clause("5.3", "Someone aged 18 or over must be at the Home for the visit. If no one is there at the agreed "
             "time, we may charge a missed appointment fee of GBP 40.")
    d.h1("6. What is not covered")
    d.clause("(a)", "Damage caused by sludge, scale or debris in the system. We do not pay for a power flush or "
             "chemical clean, even where our engineer recommends one before making a repair; we can quote for "
             "it separately.", numw=10)
    d.clause("(b)", "Faults that existed before the start date, or that arise in the first 30 days (clause 3.3).",
             numw=10)
    d.clause("(c)", "Replacing radiators, towel rails or the hot water cylinder, cosmetic damage, and any work "
             "needed to meet new regulations.", numw=10)
    d.clause("(d)", "Damage caused by a Breakdown (for example water damage to floors or ceilings); your home "
             "insurance may cover this.", numw=10)
    d.h1("7. Payments")
    d.clause("7.1", "You pay monthly by Direct Debit. If a payment is missed we will write to you and collect it "
             "with the next payment. If 2 payments in a row are missed, your cover is suspended until all "
             "payments due are made; if they are still unpaid 30 days after the second missed payment, we may "
             "cancel the plan.")
    d.clause("7.2", "Your plan renews automatically at the end of each Plan Year. We will write to you at least 21 "
             "days before renewal with the new price; you can cancel at renewal without charge.")
    d.h1("8. Cancelling and moving home")
    d.clause("8.1", "You may cancel within 14 days of the start date (the cooling-off period) and receive a full "
             "refund, less the cost of any repair or Annual Service we have already carried out.")
    d.clause("8.2", "After the cooling-off period you may cancel at any time by telling us; cover ends at the end "
             "of the month you have paid for. No refund is made for part months.")
    d.clause("8.3", "If you move home, we will transfer your plan to your new address free of charge, subject to "
             "a first inspection there under clause 3.2.")
    d.clause("8.4", "Complaints: contact our Customer Relations team in writing. If you are not satisfied with our "
             "final response, or 8 weeks have passed, you may refer your complaint to the Home Services "
             "Ombudsman.")
    d.signature_block(["Signed by Mr Dominic Ainsworth (customer)",
                       "Signed for Hearthguard Heating Services Ltd by Priya Nandakumar, Sales Adviser"])
    d.h1("SCHEDULE - YOUR PLAN")
    d.grid(["Item", "Details"],
           [["Customer", "Mr Dominic Ainsworth"],
            ["Home", "4 Tanyard Close, Castle Ambry CA7 2RB"],
            ["Boiler", "Veltherm Aura 30 combi boiler, 30 kW, installed March 2019"],
            ["Plan level", "Boiler & Heating"],
            ["Start date", "1 February 2028"],
            ["Monthly price", "GBP 19.75 by Direct Debit on the 15th of each month"],
            ["Excess per call-out", "GBP 60"],
            ["First Annual Service and inspection", "Booked for 22 February 2028, morning (8 am to 1 pm)"],
            ["Recorded health conditions", "None recorded"]], [60, 110])
    d.para("Please check these details. If anything is wrong, call us within 14 days: cover is based on the "
           "Boiler and plan level shown here.", size=9.5)
    return d.save("legal/boiler_cover_plan_hearthguard_ainsworth.pdf")


# =============================================================================
# 3. Lodger agreement
# =============================================================================
def lodger_agreement():
    d = Doc("Lodger Agreement - 27 Beacon Row, Harlingford", "Quennell / Adebayo-Strand",
            "Lodger agreement: room in the Householder's home (not a tenancy)", accent=(40, 90, 70))
    d.title_block("LODGER AGREEMENT",
                  "This agreement is made on 28 February 2028 between Mrs Philippa Quennell of 27 Beacon Row, "
                  "Harlingford HF3 9LN (\"the Householder\") and Mr Kayode Adebayo-Strand (\"the Lodger\"). The "
                  "Householder lives at the Property and shares it with the Lodger, so this agreement is a "
                  "licence to occupy a room; it does not create a tenancy.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"the Property\" means 27 Beacon Row, Harlingford HF3 9LN. \"the Room\" means the room "
             "described in the Schedule, which the Lodger has for his own use. \"the Shared Areas\" means the "
             "kitchen, the sitting room, the first-floor bathroom, the hall, stairs and landing, and the back "
             "garden, which the Lodger may use together with the Householder.")
    d.clause("1.2", "\"Rent Period\" means each calendar month. \"the Start Date\" means 5 March 2028. \"the "
             "Settling-in Period\" means the first 8 weeks from the Start Date.")
    d.h1("2. Term")
    d.clause("2.1", "This agreement starts on the Start Date and continues from month to month until it is ended "
             "under clause 9.")
    d.h1("3. Rent")
    d.clause("3.1", "The Lodger pays the Rent shown in the Schedule monthly in advance by standing order. The "
             "first payment, made on the Start Date, covers the period from 5 March to 31 March 2028 and is "
             "GBP 503.13.")
    d.clause("3.2", "If any Rent is more than 14 days late, the Householder may charge interest on it at 3% a "
             "year above the Bank of England base rate from the due date until it is paid.")
    d.h1("4. Deposit")
    d.clause("4.1", "On signing, the Lodger pays a deposit of GBP 600 (\"the Deposit\") against unpaid Rent, damage "
             "beyond fair wear and tear, missing items from the inventory and unreturned keys. Because this is "
             "not a tenancy, the Deposit will not be placed in a tenancy deposit protection scheme; it is held "
             "by the Householder in a separate bank account.")
    d.clause("4.2", "The Householder will return the Deposit within 14 days after the Lodger leaves, less any "
             "deductions, with a written list of the deductions made. The Deposit may not be used by the Lodger "
             "as his last month's Rent.")
    d.h1("5. Bills and services")
    d.clause("5.1", "The Rent includes gas, electricity, water, council tax, broadband and a weekly clean of the "
             "Shared Areas by the Householder's cleaner. The Lodger pays for his own mobile phone and, if he "
             "watches live television in the Room, his own TV licence.")
    d.clause("5.2", "To keep energy use fair, the Lodger may not use an electric heater, air conditioning unit or "
             "tumble dryer of his own at the Property. The washing machine may be used on Tuesdays, Thursdays "
             "and Saturdays.")
    d.clause("5.3", "Meals are not included. The Lodger may cook in the kitchen and has the use of one shelf of "
             "the fridge, one freezer drawer and one kitchen cupboard.")
    d.h1("6. House rules")
    d.clause("6.1", "The Lodger may have visitors in the Shared Areas between 9 am and 10 pm. An overnight guest "
             "may stay for no more than 2 nights in any 7 days, and only with at least 24 hours' notice to the "
             "Householder. Guests must be accompanied by the Lodger at all times.")
    d.clause("6.2", "Quiet hours are 11 pm to 7 am; during them the Lodger must keep noise (including music and "
             "calls) to a level that cannot be heard outside the Room.")
    d.clause("6.3", "Smoking and vaping are not allowed anywhere inside the Property; the Lodger may smoke or "
             "vape in the back garden only, away from the kitchen door. Candles and incense may not be used in "
             "the Room.")
    d.clause("6.4", "No pets may be kept in the Room or brought to the Property. The Householder's cat lives at "
             "the Property and must not be let into the Room.")
    d.clause("6.5", "The Lodger keeps the Room clean and tidy, washes up his own things straight after use and "
             "takes his turn on the bins rota.")
    d.h1("7. The Householder's obligations and access")
    d.clause("7.1", "The Householder keeps the Property, its heating and hot water and the items in the "
             "inventory in good repair, and pays for repairs unless the damage was caused by the Lodger or his "
             "guests.")
    d.clause("7.2", "The Householder may enter the Room to inspect it or carry out repairs after giving at least 24 "
             "hours' notice, or at any time in an emergency.")
    d.clause("7.3", "The Householder's home insurance does not cover the Lodger's belongings. The Lodger is advised "
             "to take out his own contents insurance.")
    d.h1("8. The Lodger's obligations")
    d.clause("8.1", "The Lodger must not make any alterations to the Room, put up shelves or paint, or fix anything "
             "to the walls except with removable adhesive hooks.")
    d.clause("8.2", "The Lodger must tell the Householder about any repair needed as soon as he notices it, and "
             "must tell the Householder if he will be away from the Property for more than 7 nights in a row.")
    d.h1("9. Ending this agreement")
    d.clause("9.1", "Either party may end this agreement by giving written notice (e-mail is enough) of at least "
             "the length below. Notice may end on any day.")
    d.grid(["When notice is given", "Notice by the Lodger", "Notice by the Householder"],
           [["During the Settling-in Period (first 8 weeks)", "7 days", "7 days"],
            ["After the Settling-in Period", "1 month", "1 month"],
            ["Rent more than 1 month late, violence or threats, or illegal drugs at the Property", "-",
             "7 days"]], [80, 45, 45])
    d.clause("9.2", "On the last day the Lodger must remove all his belongings, leave the Room clean and return "
             "both keys. A key that is not returned is charged at GBP 35 per key, which covers changing the "
             "lock where needed.")
    d.clause("9.3", "Belongings left at the Property after the Lodger leaves will be kept for 14 days. The "
             "Householder will try to contact the Lodger, and after that may sell or dispose of them and keep "
             "any reasonable costs from the sale money.")
    d.signature_block(["Signed by Mrs Philippa Quennell (Householder)",
                       "Signed by Mr Kayode Adebayo-Strand (Lodger)"])
    d.h1("SCHEDULE - THE ROOM, RENT AND INVENTORY")
    d.grid(["Item", "Details"],
           [["The Room", "The back bedroom on the first floor (about 3.6 m x 3.1 m), with a lockable door"],
            ["Rent", "GBP 575 per calendar month, payable in advance on the 1st of each month"],
            ["Deposit", "GBP 600, paid on signing"],
            ["Keys given", "2 keys: 1 front door key and 1 Room key"],
            ["Bank account for Rent", "P. Quennell, sort code 40-11-62, account 71839204"]], [50, 120])
    d.para("Inventory of the Room, checked by both parties on the Start Date:", style="B")
    d.grid(["Item", "Condition on the Start Date"],
           [["Double bed frame and mattress (mattress with protector)", "Mattress new, frame good"],
            ["Double wardrobe with mirror", "Good; one door sticks slightly"],
            ["Desk and office chair", "Desk has a small scratch on top; chair good"],
            ["Chest of drawers (4 drawers)", "Good"],
            ["Curtains (lined) and blackout blind", "Good"],
            ["Bedside table and lamp", "Good"],
            ["Carpet (grey)", "Good; faint mark by the window"]], [95, 75])
    return d.save("legal/lodger_agreement_quennell_adebayo_strand.pdf")


# =============================================================================
# 4. Threadworm leaflet for families
# =============================================================================
def threadworm_leaflet():
    d = Doc("Threadworms - a guide for families", "Brightwater Community Pharmacy leaflet BCP-17",
            "Brightwater Community Pharmacy, 3 Mill Street, Brightwater - reviewed November 2027",
            accent=(20, 90, 140))
    d.title_block("Threadworms: a guide for families",
                  "Answers to the questions we are asked most often at the pharmacy counter. Threadworms are "
                  "common, especially in children under 10, and are easy to treat.")
    d.h2("What are threadworms?")
    d.para("Threadworms (also called pinworms) are tiny worms that live in the bowel. They look like small pieces "
           "of white cotton thread, about 1 cm long. At night the female worms come out of the bottom to lay "
           "their eggs on the skin around it, which causes itching.")
    d.h2("What should I look out for?")
    d.para("The main sign is an itchy bottom, which is usually worse at night and can disturb sleep. You may see "
           "worms in your child's poo or around their bottom, often at night or first thing in the morning. "
           "Girls may also have itching around the vagina. Many people with threadworms have no symptoms at "
           "all.")
    d.h2("How do people catch them?")
    d.para("By swallowing the eggs. Scratching puts eggs under the fingernails, and they are passed to the mouth or "
           "onto surfaces, food, towels and bedding. The eggs can survive for up to 2 weeks outside the body, so "
           "a whole family can be infected. Threadworms are not caught from pets: animals do not carry them, so "
           "there is no need to worm your cat or dog.")
    d.h2("How are they treated?")
    d.para("Treatment has two parts: a medicine to kill the worms, and hygiene measures to stop eggs being "
           "swallowed again. The medicine does not kill the eggs, which is why hygiene matters. What you need "
           "depends on who is being treated:")
    d.grid(["Who", "What to do", "Where from"],
           [["Babies under 6 months", "Hygiene measures only, for 6 weeks. Wipe the bottom and wash the hands "
             "of the baby at every nappy change.", "Speak to your GP or health visitor"],
            ["Children from 6 months to under 2 years", "Wormclear is not sold for this age; see your GP, who "
             "may prescribe a medicine, plus hygiene measures for 2 weeks.", "GP prescription"],
            ["Children aged 2 and over, and adults", "One Wormclear 100 mg chewable tablet as a single dose, "
             "plus hygiene measures for 2 weeks.", "Pharmacy, no prescription needed"],
            ["Pregnant women (any stage)", "Do not take Wormclear. Hygiene measures only, for 6 weeks.",
             "Speak to your GP or midwife"],
            ["Breastfeeding mothers", "Hygiene measures only, for 6 weeks, unless your GP advises a medicine.",
             "Speak to the pharmacist"]], [44, 86, 40])
    d.para("* Treat everyone in the household at the same time, even if they have no symptoms. Each person "
           "aged 2 or over needs their own tablet.", size=8.5, style="I")
    d.h2("Do we need a second dose?")
    d.para("If the worms come back, a second Wormclear tablet can be taken 2 weeks after the first. Do not take "
           "more than 2 tablets in one course without speaking to your GP.")
    d.h2("How do I take Wormclear?")
    d.para("Chew the tablet or swallow it whole with a drink of water, at any time of day, with or without food. "
           "For a young child the tablet can be crushed and mixed with a spoonful of yoghurt. The tablets are "
           "orange flavoured.")
    d.h2("What are the hygiene measures?")
    d.bullets(["Everyone in the household washes their hands and scrubs under their nails before eating, after "
               "using the toilet and after changing nappies.",
               "Keep nails short, and try to stop children sucking their thumbs or biting their nails.",
               "Have a bath or shower every morning, washing around the bottom to remove eggs laid overnight.",
               "Wear close-fitting underwear in bed and change it every morning.",
               "On the first day of treatment, wash all bedding, night clothes and towels at 60 degrees C. "
               "Do not shake them before washing, as this spreads eggs.",
               "Do not share towels or flannels. Vacuum and damp-dust the house, especially bedrooms, and clean "
               "the bathroom and toilet seat every day."])
    d.h2("What does the medicine cost?")
    d.grid(["Wormclear 100 mg chewable tablets", "Our price"],
           [["Single pack (1 tablet)", "GBP 4.20"],
            ["Family pack (4 tablets)", "GBP 11.50"]], [100, 70])
    d.para("Medicines prescribed by your GP are free for children under 16. Prices checked November 2027.",
           size=8.5, style="I")
    d.h2("Can my child go to nursery or school?")
    d.para("Yes. There is no need to keep a child off nursery or school with threadworms, but do let the nursery "
           "know so that staff can take extra care with hand washing.")
    d.h2("Are there any side effects?")
    d.para("Side effects are uncommon. Some people have tummy pain, wind or diarrhoea. Rarely, Wormclear causes a "
           "rash or an allergic reaction: stop taking it and get medical advice straight away if there is "
           "swelling of the face or difficulty breathing.")
    d.h2("When should we see a GP?")
    d.bullets(["a child under 2, or anyone who is pregnant, has threadworms;",
               "the worms are still there after a second dose;",
               "the skin around the bottom is broken, red and sore, or there is a discharge from the vagina;",
               "your child is losing weight, is wetting the bed again, or has tummy pain that does not go away."])
    d.para("Brightwater Community Pharmacy: 01632 960 512. Open Monday to Saturday 08:30 to 18:30.", size=9.5,
           style="B")
    return d.save("medical/threadworm_leaflet_brightwater.pdf")


# =============================================================================
# 5. Once-daily gentamicin guideline
# =============================================================================
def gentamicin_guideline():
    d = Doc("Northwold General Hospital - Once-daily Gentamicin in Adults", "Guideline AMG-07, version 4.2",
            "Antimicrobial Stewardship Group - valid until October 2029", font="Times", accent=(60, 40, 110),
            body_size=10.5)
    d.title_block("ONCE-DAILY GENTAMICIN IN ADULTS: DOSING AND MONITORING",
                  "For doctors, pharmacists and nurses prescribing, giving or monitoring intravenous gentamicin "
                  "in adult inpatients. Approved by the Antimicrobial Stewardship Group, October 2027.")
    d.h1("1. Scope")
    d.clause("1.1", "This guideline applies to adults aged 16 and over given gentamicin as a once-daily "
             "(extended-interval) intravenous dose.")
    d.clause("1.2", "It does not apply to: children under 16 (see the paediatric guideline); endocarditis, where "
             "gentamicin is used at low doses for synergy (see the Endocarditis Guideline AMG-12); cystic "
             "fibrosis; burns over 20% of body surface area; pregnancy; patients on haemodialysis or with "
             "ascites. Discuss these patients with the ward pharmacist or the microbiologist.")
    d.clause("1.3", "Do not use gentamicin in patients with myasthenia gravis. Use with caution if the patient "
             "has known hearing loss or a family history of aminoglycoside-related deafness, or is taking "
             "furosemide, vancomycin or ciclosporin.")
    d.h1("2. Dosing weight")
    d.clause("2.1", "Weigh the patient on admission; do not estimate weight. Calculate the ideal body weight "
             "(IBW): men 50 kg, women 45.5 kg, plus 2.3 kg for every inch of height over 5 feet.")
    d.clause("2.2", "Use the actual body weight as the dosing weight, unless the actual weight is more than 120% "
             "of ideal body weight. In that case use the adjusted body weight: ABW = IBW + 0.4 x (actual weight "
             "- IBW).")
    d.h1("3. Dose")
    d.clause("3.1", "The dose is 5 mg/kg of dosing weight, rounded to the bands below, to a maximum of 480 mg. "
             "Give the first dose promptly; do not wait for renal function results.")
    d.grid(["Dosing weight", "Gentamicin dose"],
           [["Under 40 kg", "5 mg/kg, rounded to the nearest 20 mg"],
            ["40 to 49 kg", "220 mg"],
            ["50 to 59 kg", "280 mg"],
            ["60 to 69 kg", "320 mg"],
            ["70 to 79 kg", "360 mg"],
            ["80 to 89 kg", "400 mg"],
            ["90 kg and over", "480 mg (maximum dose)"]], [70, 100])
    d.clause("3.2", "Dilute the dose in 100 mL of sodium chloride 0.9% and give it as an intravenous infusion over "
             "60 minutes. Record the start and finish times on the drug chart.")
    d.h1("4. Dosing interval")
    d.clause("4.1", "Estimate creatinine clearance (CrCl) with the Cockcroft-Gault equation, using the dosing "
             "weight, and choose the interval from the table:")
    d.grid(["Creatinine clearance (CrCl)", "Dosing interval", "First trough level"],
           [["Over 60 mL/min", "Every 24 hours", "Before the second dose"],
            ["40 to 60 mL/min", "Every 36 hours", "Before the second dose"],
            ["20 to 39 mL/min", "Every 48 hours", "Before the second dose"],
            ["Under 20 mL/min", "Single dose only, then discuss with the microbiologist",
             "24 hours after the dose"]], [60, 65, 45])
    d.para("Footnote: do not use eGFR from the laboratory report to choose the interval; it is not validated for "
           "aminoglycoside dosing. If the serum creatinine is below 60 micromol/L, use 60 micromol/L in the "
           "equation.", size=9, style="I")
    d.h1("5. Trough levels")
    d.clause("5.1", "Take the trough level within the hour before the next dose is due, and record the sampling "
             "time on the request form. Do not give the next dose until the result is known.")
    d.clause("5.2", "The target trough level is less than 1 mg/L. Act on the result as follows:")
    d.grid(["Trough level", "Action"],
           [["Less than 1 mg/L", "Give the next dose as scheduled. Repeat the level every 3 days if renal "
             "function is stable."],
            ["1 to 2 mg/L", "Withhold the dose. Repeat the level 12 hours later and give the dose once it is "
             "below 1 mg/L; extend the interval by 12 hours."],
            ["Over 2 mg/L", "Withhold the dose. Repeat the level 24 hours later and discuss with the ward "
             "pharmacist; consider a different antibiotic."]], [40, 130])
    d.clause("5.3", "Check urea and electrolytes daily while the patient is on gentamicin. If the serum creatinine "
             "rises by more than 30% from baseline, withhold the next dose and take a level.")
    d.h1("6. Duration and review")
    d.clause("6.1", "Review the need for gentamicin at 72 hours, with the culture results. Gentamicin should not "
             "be continued for more than 7 days without the approval of a microbiologist.")
    d.clause("6.2", "Ask patients on gentamicin for more than 5 days about ringing in the ears, hearing loss and "
             "dizziness at every ward round; stop gentamicin and refer to audiology if any of these develop.")
    d.clause("6.3", "When switching to oral antibiotics, follow the IV to oral switch guideline (AMG-03).")
    d.h1("7. Contacts")
    d.para("Ward pharmacist: bleep 2274 (08:30 to 17:00). On-call pharmacist out of hours: via switchboard. "
           "Microbiologist: extension 4418, or via switchboard out of hours.")
    return d.save("medical/gentamicin_guideline_northwold.pdf")


# =============================================================================
# 6. A child's bedwetting treatment plan
# =============================================================================
def bedwetting_plan():
    d = Doc("Ashdown Children's Continence Service - Bedwetting Treatment Plan", "Plan for Jasper Linnell",
            "Ashdown Community Health, Children's Continence Service, Meadowbank Clinic", accent=(0, 100, 120))
    d.title_block("Bedwetting (nocturnal enuresis) treatment plan",
                  "Written with Jasper and his parents at the clinic on 6 March 2028. Please keep this plan and "
                  "bring it to every appointment.")
    d.grid(["Plan summary", "Details"],
           [["Name", "Jasper Linnell"],
            ["Date of birth", "14 May 2019 (age 8)"],
            ["Wet nights before treatment", "5 or 6 nights a week; dry in the day"],
            ["Treatment", "1. Bedwetting alarm from 6 March 2028. 2. Desmopressin melts only if the alarm "
             "has not helped (see page 2)."],
            ["Nurse", "Rhiannon Castellane, Children's Continence Nurse"],
            ["Next review", "3 April 2028 (telephone), then 1 May 2028 at the clinic"]], [55, 115],
           bold_first_col=True)
    d.h1("1. Drinks")
    d.para("Children who drink too little in the day often drink a lot in the evening, and a bladder that is "
           "never filled does not learn to hold more. Jasper should have 6 to 8 drinks spread through the day, "
           "including 3 or 4 at school, and his last drink 1 hour before bed. Water and milk are best. Avoid "
           "fizzy drinks, cola, tea, coffee, hot chocolate and energy drinks, which make the kidneys produce "
           "more urine.")
    d.para("How much to drink in a day (all drinks together):", style="B")
    d.grid(["Age", "Girls", "Boys"],
           [["4 to 8 years", "1000 to 1400 ml", "1000 to 1400 ml"],
            ["9 to 13 years", "1200 to 2100 ml", "1400 to 2300 ml"],
            ["14 to 18 years", "1400 to 2500 ml", "2100 to 3200 ml"]], [50, 60, 60])
    d.para("Children who are very active or in hot weather need more.", size=8.5, style="I")
    d.h1("2. Toilet routine")
    d.para("Jasper should wee 4 to 7 times a day, including once just before bed. If he is not sure he has "
           "finished, he can try again after a minute. Constipation makes bedwetting worse: tell us if his poo "
           "is hard or he goes less than 4 times a week.")
    d.h1("3. The bedwetting alarm")
    d.clause("3.1", "The alarm is a small sensor worn in Jasper's pants, connected to a unit on his pyjama top "
             "that sounds and vibrates as soon as it gets wet. Use it every night, including weekends.")
    d.clause("3.2", "When the alarm goes off, wake Jasper fully (he should be able to say his name), switch the "
             "alarm off, take him to the toilet to finish his wee, then change the sheets and reset the alarm. "
             "Many children sleep through the alarm at first; a parent will need to wake him for the first "
             "few weeks. A mattress protector will save washing.")
    d.clause("3.3", "Keep a record on the chart: wet or dry, and whether he woke to the alarm. Stop using the "
             "alarm when Jasper has had 14 dry nights in a row. If there is no improvement after 4 weeks, call "
             "the nurse; we usually stop the alarm if Jasper is not dry after 3 months.")
    d.h1("4. Desmopressin melts (Nocturel)")
    d.para("Desmopressin reduces the amount of urine made at night. It will only be started if the alarm has not "
           "helped, or as a short-term help for sleepovers and school trips. The melt is placed under the "
           "tongue at bedtime, where it dissolves; it is not swallowed with water.")
    d.grid(["Step", "Dose at bedtime", "What happens next"],
           [["Start", "One 120 microgram melt", "Keep the chart for 2 weeks"],
            ["If still wet after 2 weeks", "Two melts (240 micrograms)", "Keep the chart for 4 more weeks"],
            ["If dry on 240 micrograms", "Keep the same dose", "Treatment break every 3 months"],
            ["If still wet after 4 weeks on 240 micrograms", "Stop the melts", "Call the nurse to review"]],
           [55, 55, 60])
    d.h2("Fluid rule with desmopressin - very important")
    d.para("From 1 hour before the melt until 8 hours after it, Jasper must only have small sips of water if he "
           "is thirsty (no more than 200 ml). Drinking more can make the body hold on to too much water, which "
           "can cause headache, sickness and, rarely, fits.")
    d.para("Do not give the melt if Jasper has vomiting or diarrhoea, or a fever; restart when he is well. Stop "
           "and call the nurse or GP if he has a headache that does not go away, or is being sick.")
    d.h2("Treatment breaks")
    d.para("Every 3 months, stop the melts for 1 week to see whether Jasper still needs them. If he is dry during "
           "the week, he can stop for good; if not, restart at the dose that worked.")
    d.h1("5. Rewards")
    d.para("Praise and small rewards help, but reward things Jasper can control - drinking well in the day, "
           "using the toilet before bed, getting up to the alarm, helping to change the bed - and not for dry "
           "nights, which he cannot control yet. Never punish or tease him for a wet night.")
    d.h1("6. When to get in touch sooner")
    d.bullets(["Jasper starts wetting in the day, or it hurts or stings when he wees.",
               "He is very thirsty, drinking a lot more than usual, or losing weight.",
               "He has been dry for 6 months or more and starts wetting again.",
               "The alarm is broken or not working: we will replace it free of charge."])
    d.para("Children's Continence Service, Meadowbank Clinic: 01632 960 284 (Monday to Friday, 09:00 to 16:30). "
           "Out of hours, for urgent problems: NHS 111.", size=9.5, style="B")
    return d.save("medical/bedwetting_plan_linnell.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([balloon_terms, boiler_cover, lodger_agreement,
                       threadworm_leaflet, gentamicin_guideline, bedwetting_plan], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
