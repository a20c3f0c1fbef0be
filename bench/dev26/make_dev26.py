"""Render the twenty-sixth development-set documents (fictional) as PDFs into bench/dev26/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a car
subscription agreement (monthly fees by vehicle category and commitment, mileage options and excess-mileage
charges, early-return charges by month, insurance excess, a subscription schedule after the signatures), a
shared ownership lease key information document (share, rent and service charge, rent by share owned,
rent review, staircasing and fees, repairs allowance, selling and the nomination period, subletting), a
skip hire terms and conditions (skip sizes with prices and weight limits, overweight and surcharge items,
road permits, hire period and extensions, cancellation), a peritoneal dialysis exit-site care guide for
patients (daily care steps, an exit-site score table and the action by total score, showering and
swimming, peritonitis), an adult inpatient hypoglycaemia protocol for clinicians (treatment by patient
state, repeat cycles, follow-on carbohydrate, action by glucose result, insulin and sulfonylureas,
reporting), and a children's tonsillectomy aftercare leaflet in question-and-answer form (pain relief doses
by age, eating, bleeding, school, swimming and flying). Questions: bench/dev26/questions.jsonl. All names,
products and numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev26/make_dev26.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 5, 10, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 26 (fictional document)", "make_dev26.py", FIXED_DATE)


# =============================================================================
# 1. Car subscription agreement
# =============================================================================
def car_subscription():
    d = Doc("Drivora Flex - Car Subscription Agreement", "Agreement no. DRV-2026-448193",
            "Drivora Mobility Ltd, registered in England no. 12930475", accent=(20, 90, 130))
    d.title_block("CAR SUBSCRIPTION AGREEMENT",
                  "between Drivora Mobility Ltd (\"Drivora\", \"we\") and the subscriber named in the Schedule "
                  "(\"you\"). This is not a hire-purchase or lease agreement: you never own the Vehicle.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Vehicle\" means the car we supply to you, or any replacement car supplied under clause 9. "
             "\"Vehicle Category\" means one of the categories in clause 3 (City, Family, Electric SUV or "
             "Premium). \"Delivery Date\" means the date the Vehicle is first delivered to you.")
    d.clause("1.2", "\"Subscription Month\" means each period of one calendar month starting on the Delivery Date "
             "or on the same day of a later month. \"Plan\" means the commitment you choose: Flex (no minimum "
             "term), a 6-month Plan or a 12-month Plan. \"Monthly Fee\" means the fee for your Vehicle Category "
             "and Plan, plus any extras shown in the Schedule.")
    d.clause("1.3", "\"Mileage Allowance\" means the number of miles you may drive in each Subscription Month, as "
             "chosen in the Schedule. \"Named Driver\" means you and any other driver we have approved in "
             "writing and listed in the Schedule.")
    d.h1("2. Term and ending the subscription")
    d.clause("2.1", "This agreement starts on the Delivery Date. On the Flex Plan you may end it at any time by "
             "giving 30 days' notice in the Drivora app. On a 6-month or 12-month Plan it continues for the "
             "committed period and then rolls on as a Flex Plan at the Flex price unless you choose a new Plan.")
    d.clause("2.2", "If you return the Vehicle before the end of a 6-month or 12-month Plan, you must pay an early "
             "return charge, based on the Subscription Month in which the Vehicle is returned:")
    d.grid(["Vehicle returned in", "12-month Plan", "6-month Plan"],
           [["Subscription Months 1 to 3", "3 Monthly Fees", "2 Monthly Fees"],
            ["Subscription Months 4 to 6", "2 Monthly Fees", "1 Monthly Fee"],
            ["Subscription Months 7 to 9", "1 Monthly Fee", "Not applicable"],
            ["Subscription Months 10 to 12", "50% of one Monthly Fee", "Not applicable"]], [70, 50, 50])
    d.para("* No early return charge is payable if you return the Vehicle because of the death of the main "
           "Named Driver, or because a doctor has advised that you must not drive for 3 months or more.",
           size=8.5, style="I")
    d.h1("3. Monthly Fees")
    d.clause("3.1", "The Monthly Fee is paid in advance by direct debit on the first day of each Subscription Month. "
             "It includes insurance (clause 6), road tax, servicing, tyres, breakdown cover in the UK and a "
             "Mileage Allowance of 1,000 miles. Fees include VAT.")
    d.grid(["Vehicle Category", "Typical models", "Flex", "6-month Plan", "12-month Plan"],
           [["City", "Vireo C1, Pasco 3 or similar", "GBP 389", "GBP 349", "GBP 319"],
            ["Family", "Tallis Estate, Marant 5 or similar", "GBP 479", "GBP 439", "GBP 409"],
            ["Electric SUV", "Kaimoto eX5 or similar", "GBP 569", "GBP 519", "GBP 484"],
            ["Premium", "Arbeck S-Line or similar", "GBP 749", "GBP 689", "GBP 645"]], [30, 58, 26, 28, 28])
    d.para("* We do not accept drivers under 21, or drivers who have held a full licence for less than 2 years. "
           "Named Drivers aged 21 to 24 add a young driver charge of GBP 65 per Subscription Month each.",
           size=8.5, style="I")
    d.clause("3.2", "We may increase the Flex price on 30 days' notice. Prices on a 6-month or 12-month Plan are "
             "fixed for the committed period.")
    d.h1("4. Mileage")
    d.clause("4.1", "You may choose a higher Mileage Allowance: 1,500 miles for GBP 45 or 2,000 miles for GBP 85 "
             "per Subscription Month on top of the Monthly Fee. You may change the allowance from the start of "
             "the next Subscription Month. Unused miles are not carried over to the next Subscription Month.")
    d.clause("4.2", "Miles driven over the Mileage Allowance in a Subscription Month are charged at the excess "
             "mileage rate for the Vehicle Category: City GBP 0.16 per mile, Family GBP 0.19 per mile, Electric "
             "SUV GBP 0.22 per mile and Premium GBP 0.34 per mile. Excess mileage is charged with the next "
             "Monthly Fee.")
    d.h1("5. Deposit")
    d.clause("5.1", "You pay a refundable deposit of GBP 500 (GBP 1,000 for Premium Vehicles) before delivery. We "
             "return it within 10 working days after the Vehicle is returned, less any sums you owe us.")
    d.h1("6. Insurance and accidents")
    d.clause("6.1", "The Vehicle is insured fully comprehensive for Named Drivers only, for social, domestic and "
             "commuting use. The excess is GBP 1,000 for each claim, or GBP 1,500 if the driver at the time was "
             "under 25. You may reduce the excess to GBP 250 for each claim by adding excess cover at GBP 25 per "
             "Subscription Month.")
    d.clause("6.2", "You must report any accident, theft or damage to us within 24 hours in the app, and to the "
             "police where the law requires. Windscreen repairs are covered with no excess.")
    d.h1("7. Using the Vehicle")
    d.clause("7.1", "You must not use the Vehicle for hire or reward, including taxi, ride-hailing or food delivery "
             "work, for racing, or for towing unless the Schedule says it has a tow bar. Smoking and vaping in "
             "the Vehicle are not allowed; if the Vehicle needs specialist cleaning we charge GBP 150. Pets may "
             "travel in a secured crate or with a dog guard.")
    d.clause("7.2", "You may take the Vehicle to the EU, Switzerland or Norway for up to 30 days in each 12 months "
             "if you buy a Europe Travel Pack (GBP 49 per trip), which gives the insurance documents and "
             "European breakdown cover. The Vehicle must not be taken to any other country.")
    d.clause("7.3", "Electric Vehicles must be returned with at least 20% battery charge, and other Vehicles with "
             "at least the fuel level at delivery. Otherwise we charge GBP 35 for recharging, or fuel at GBP 2.10 "
             "per litre plus a GBP 20 refuelling fee. We do not supply or install home chargers.")
    d.clause("7.4", "Parking and traffic penalties, tolls and congestion charges incurred during the subscription "
             "are your responsibility. If we receive a penalty notice we pass on your details or pay it and "
             "recharge you, with an administration fee of GBP 25 per notice.")
    d.h1("8. Servicing and breakdowns")
    d.clause("8.1", "We book all servicing and MOTs and collect and return the Vehicle from your address. If the "
             "Vehicle cannot be driven for more than 48 hours because of a fault that is not your fault, we "
             "provide a replacement or credit one thirtieth of the Monthly Fee for each further day.")
    d.h1("9. Swapping Vehicles")
    d.clause("9.1", "After the first 3 Subscription Months you may swap to another Vehicle in the same Vehicle "
             "Category once in every 3 Subscription Months free of charge. Other swaps cost GBP 99 each. Moving "
             "to a higher Vehicle Category changes the Monthly Fee from the next Subscription Month.")
    d.h1("10. Return and damage")
    d.clause("10.1", "On return we inspect the Vehicle against the Drivora Fair Wear Guide. Scratches up to 25 mm "
             "that have not gone through the paint, and stone chips, are fair wear. We charge for other damage "
             "at our published repair prices, and send photographs within 5 working days.")
    d.h1("11. Our right to end the agreement")
    d.clause("11.1", "We may end this agreement and collect the Vehicle if a Monthly Fee is more than 14 days "
             "overdue, if a Named Driver loses their licence, or if the Vehicle is used in breach of clause 7. "
             "Early return charges under clause 2.2 then apply.")
    d.h1("12. Law")
    d.clause("12.1", "This agreement is governed by the law of England and Wales. Your statutory right to cancel "
             "within 14 days of the agreement being made is explained in the Drivora app; if you cancel in that "
             "time you pay only for the days you had the Vehicle.")
    d.signature_block(["Signed for Drivora Mobility Ltd by Harriet Oyinlola-Brandt, Customer Contracts Manager",
                       "Signed by the subscriber, Imogen Prescott-Rahman"])
    d.h1("SCHEDULE - SUBSCRIPTION DETAILS")
    d.grid(["Item", "Details"],
           [["Subscriber (main Named Driver)", "Imogen Prescott-Rahman, 27 Laxton Crescent, Harlingford HF4 2QT"],
            ["Other Named Driver", "Oliver Prescott-Rahman (aged 23)"],
            ["Vehicle", "Kaimoto eX5 Long Range (Electric SUV), registration KM26 XPZ, no tow bar"],
            ["Plan", "12-month Plan"],
            ["Delivery Date", "Tuesday 2 March 2027"],
            ["End of committed period", "Thursday 2 March 2028"],
            ["Mileage Allowance", "1,500 miles per Subscription Month"],
            ["Monthly Fee", "GBP 484 (Electric SUV, 12-month Plan) + GBP 45 (1,500 miles) + GBP 65 (young "
             "driver charge) = GBP 594"],
            ["Excess cover", "Not taken"],
            ["Deposit", "GBP 500, paid 20 February 2027"],
            ["Direct debit date", "2nd of each month"]], [55, 115])
    return d.save("legal/car_subscription_drivora_prescott_rahman.pdf")


# =============================================================================
# 2. Shared ownership lease - key information document
# =============================================================================
def shared_ownership():
    d = Doc("Key Information Document - Shared Ownership", "Flat 14, Wharfside Court, Hollinbrook",
            "Meridale Homes (a registered provider of social housing)", font="Times", accent=(90, 40, 20),
            body_size=10.5)
    d.title_block("SHARED OWNERSHIP: KEY INFORMATION DOCUMENT",
                  "Flat 14, Wharfside Court, Canal Street, Hollinbrook HB2 6RW. This summary is given to you "
                  "before you reserve the home. It does not replace the lease, which you should read with your "
                  "solicitor. Where this summary and the lease differ, the lease applies.")
    d.grid(["Item", "Details"],
           [["Landlord", "Meridale Homes"],
            ["Full market value (Market Value at the start)", "GBP 320,000"],
            ["Share you are buying (initial share)", "40% for GBP 128,000"],
            ["Rent on the share you do not own", "GBP 5,280 a year (GBP 440.00 a month)"],
            ["Service charge (including buildings insurance)", "GBP 118.50 a month (see section 6)"],
            ["Ground rent", "None (peppercorn)"],
            ["Lease length", "990 years from 1 April 2027"],
            ["Minimum and maximum initial share", "10% to 75%"],
            ["Reservation fee", "GBP 500, deducted from the price on completion"]], [85, 85])
    d.h1("1. Definitions")
    d.clause("1.1", "\"Share\" means the percentage of the home you own. \"Unsold Share\" means the percentage "
             "still owned by Meridale Homes. \"Market Value\" means the value of the whole home on the open "
             "market, as set by a RICS surveyor we appoint. \"Staircasing\" means buying more shares. "
             "\"Nomination Period\" means the time we have to find a buyer when you sell (section 5). \"Initial "
             "Repair Period\" means the first 10 years of the lease.")
    d.h1("2. Rent")
    d.clause("2.1", "You pay rent on the Unsold Share at 2.75% of the value of the Unsold Share each year, paid "
             "monthly in advance on the 1st of the month. As your Share goes up, your rent goes down:")
    d.grid(["Share you own", "Unsold Share", "Yearly rent", "Monthly rent"],
           [["25%", "75%", "GBP 6,600", "GBP 550.00"],
            ["40% (your initial share)", "60%", "GBP 5,280", "GBP 440.00"],
            ["50%", "50%", "GBP 4,400", "GBP 366.67"],
            ["60%", "40%", "GBP 3,520", "GBP 293.33"],
            ["75%", "25%", "GBP 2,200", "GBP 183.33"],
            ["100%", "None", "No rent", "No rent"]], [55, 35, 40, 40])
    d.para("* Figures use the Market Value at the start of GBP 320,000 and the rent before any review. After "
           "Staircasing the rent is recalculated on the Market Value used for that purchase.", size=9, style="I")
    d.clause("2.2", "Rent is reviewed every year on 1 April, starting on 1 April 2028. It rises by the Consumer "
             "Prices Index (CPI) for the previous September plus 1%. If CPI is negative, the rent stays the same; "
             "it never goes down at a review.")
    d.h1("3. Buying more shares (Staircasing)")
    d.clause("3.1", "You may buy further shares of 5% or more at any time, up to 100%. The price is the percentage "
             "bought times the Market Value at the time, set by a valuation that is valid for 3 months. You pay "
             "the surveyor's fee (typically GBP 350 to GBP 450) and our fees in the table below.")
    d.clause("3.2", "In each of the first 15 years of the lease you may also buy 1% a year. The price is based on "
             "the Market Value at the start, adjusted by the House Price Index for the region; no valuation is "
             "needed.")
    d.grid(["Staircasing transaction", "Meridale Homes fee"],
           [["1% yearly purchase (clause 3.2)", "No fee"],
            ["5% or more, but less than 100%", "GBP 250 administration fee"],
            ["Buying the final share to own 100%", "GBP 400 administration fee"]], [100, 70])
    d.para("* You also pay your own solicitor and any stamp duty. Once you own 100% of the home, the "
           "freehold of a flat stays with Meridale Homes and you continue to pay the service charge.",
           size=9, style="I")
    d.h1("4. Repairs and maintenance")
    d.clause("4.1", "You are responsible for repairs inside the flat. During the Initial Repair Period Meridale "
             "Homes will reimburse the cost of essential repairs inside the flat (such as the boiler, the "
             "electrical wiring or the windows) up to GBP 500 in each year of the lease. Unused allowance cannot "
             "be carried forward. Claims are made online with the invoice within 3 months of the repair. After "
             "the Initial Repair Period you pay for all repairs inside the flat.")
    d.clause("4.2", "The structure, roof and communal areas are repaired by Meridale Homes and paid for through "
             "the service charge. The new-build defects warranty from the builder covers the first 10 years, "
             "but only the first 2 years for defects caused by poor workmanship.")
    d.clause("4.3", "You need our written consent before making any alteration to the structure, windows, "
             "kitchen or bathroom, or laying laminate or wooden floors. Each application costs GBP 75.")
    d.h1("5. Selling your home")
    d.clause("5.1", "If you want to sell before you own 100%, you must tell us in writing. We then have a "
             "Nomination Period of 4 weeks to find a buyer from our waiting list at the Market Value of your "
             "Share. If we have not found a buyer by the end of it, you may sell your Share on the open market "
             "to any buyer.")
    d.clause("5.2", "If we find the buyer, our resale fee is 1% of the Market Value of the whole home, plus VAT. "
             "There is no fee if you sell on the open market after the Nomination Period.")
    d.clause("5.3", "Once you own 100% of a house you may sell it freely; for a flat you still pay the service "
             "charge.")
    d.h1("6. Service charge")
    d.clause("6.1", "The service charge is estimated each year and adjusted to the actual cost in the accounts, "
             "which are sent to you by 30 September. The estimate for 2027/28 is:")
    d.grid(["Service", "Monthly"],
           [["Buildings insurance", "GBP 21.40"],
            ["Cleaning of communal areas", "GBP 18.25"],
            ["Lift maintenance", "GBP 14.10"],
            ["Reserve (sinking) fund for major works", "GBP 25.00"],
            ["Grounds and bin store", "GBP 9.00"],
            ["Communal electricity", "GBP 10.00"],
            ["Management fee", "GBP 20.75"],
            ["Total", "GBP 118.50"]], [100, 50])
    d.h1("7. Living in the home")
    d.clause("7.1", "The home must be your only home. You may not sublet the whole home except with our written "
             "consent in exceptional cases (such as a temporary job move or a posting in the armed forces), for "
             "no more than 2 years, and at a rent no higher than your rent plus service charge. Short-term and "
             "holiday lets are not allowed. You may take in one lodger without our consent if you live in the "
             "home.")
    d.clause("7.2", "You may keep one cat or one small dog with our written consent. Consent is not needed for "
             "caged birds or fish.")
    d.clause("7.3", "If rent or service charge is more than 14 days late, we charge interest at 4% above the "
             "Bank of England base rate. Serious or repeated arrears can lead to possession proceedings, and you "
             "may lose the money you paid for your Share.")
    d.h1("8. Mortgages")
    d.clause("8.1", "Any mortgage must be with a lender that accepts shared ownership. You may remortgage to "
             "raise money only to buy more shares or for essential repairs, with our consent.")
    return d.save("legal/shared_ownership_kid_wharfside_court.pdf")


# =============================================================================
# 3. Skip hire terms and conditions
# =============================================================================
def skip_hire():
    d = Doc("Brannock Skips - Skip Hire Terms and Conditions", "Effective 1 January 2027",
            "Brannock Skips Ltd, Unit 6 Quarry Lane, Tarrowby TB7 3LE - waste carrier reg. CBDU 418207",
            accent=(150, 80, 0))
    d.title_block("SKIP HIRE TERMS AND CONDITIONS",
                  "These terms apply to every skip hired from Brannock Skips Ltd (\"we\") by a customer "
                  "(\"you\"). By booking a skip you accept them.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Hire Period\" means 14 days from the day the skip is delivered. \"Maximum Weight\" means the "
             "weight limit for the skip size in clause 3. \"Permit\" means a licence from the highway authority "
             "to place a skip on a road, pavement or grass verge. \"Surcharge Item\" means an item in clause 5.2.")
    d.h1("2. Booking and cancellation")
    d.clause("2.1", "Bookings are made by phone or online and paid in full when booked. We deliver between 07:00 "
             "and 17:00 on the day booked; we cannot promise a time.")
    d.clause("2.2", "You may cancel free of charge before 15:00 on the working day before delivery. After that a "
             "cancellation fee of GBP 50 is charged. If we cannot deliver or collect because access is blocked "
             "or unsafe, we charge a wasted journey fee of GBP 75.")
    d.h1("3. Skip sizes and prices")
    d.clause("3.1", "Prices include delivery, collection, the Hire Period and disposal of up to the Maximum Weight. "
             "They include VAT and apply within 10 miles of our Tarrowby depot.")
    d.grid(["Skip size", "Holds about", "Price (14-day hire)", "Maximum Weight"],
           [["2-yard mini", "20 to 25 bin bags", "GBP 165", "1 tonne"],
            ["4-yard midi", "35 to 45 bin bags", "GBP 225", "2 tonnes"],
            ["6-yard builders", "55 to 65 bin bags", "GBP 285", "3 tonnes"],
            ["8-yard builders", "70 to 80 bin bags", "GBP 330", "4 tonnes"],
            ["12-yard maxi (light waste only)", "100 to 120 bin bags", "GBP 395", "2.5 tonnes"]],
           [55, 40, 40, 35])
    d.para("* The 12-yard maxi skip may not be used for soil, rubble, concrete or hardcore, and may not be "
           "placed on a road. Heavy waste in a 12-yard skip is charged by weight under clause 4.2 and the skip "
           "may be left uncollected until it is reduced.", size=8.5, style="I")
    d.clause("3.2", "Deliveries more than 10 miles from our depot cost GBP 3.00 for each extra mile, counted one "
             "way. We do not deliver more than 30 miles from the depot.")
    d.h1("4. Hire Period, extensions and weight")
    d.clause("4.1", "You may keep the skip beyond the Hire Period for GBP 6 a day, up to a total of 28 days. If you "
             "want to keep it longer, we exchange it. An exchange (taking away the full skip and leaving an "
             "empty one of the same size) costs the skip price less GBP 25.")
    d.clause("4.2", "Each skip is weighed at our transfer station. Waste over the Maximum Weight is charged at "
             "GBP 98 for each tonne or part of a tonne. We send a copy of the weighbridge ticket with the "
             "invoice.")
    d.clause("4.3", "Waste must not be above the level of the skip's sides. We may refuse to collect an "
             "overloaded skip until the waste is levelled, and charge a wasted journey fee.")
    d.h1("5. What you can put in the skip")
    d.clause("5.1", "Prohibited waste, which must never be put in a skip: asbestos, gas bottles and cylinders, "
             "liquids and wet paint, oil, batteries, clinical waste, fluorescent tubes and any hazardous waste. "
             "If we find prohibited waste we may return it to you and charge our costs of removing it, with a "
             "minimum charge of GBP 120.")
    d.clause("5.2", "Surcharge Items are accepted for an extra charge each:")
    d.grid(["Surcharge Item", "Charge"],
           [["Mattress (any size)", "GBP 35 each"],
            ["Fridge or freezer", "GBP 45 each"],
            ["Car or van tyre", "GBP 10 each"],
            ["Sofa or armchair with fabric (upholstered seating)", "GBP 40 per seat"],
            ["Television or computer monitor", "GBP 20 each"],
            ["Plasterboard (must be bagged separately)", "GBP 30 per bag"]], [110, 50])
    d.para("* Upholstered seating is charged per seat: a three-seater sofa is 3 seats. Tyres larger than a van "
           "tyre are not accepted.", size=8.5, style="I")
    d.h1("6. Placing the skip")
    d.clause("6.1", "On private land (such as a drive) no Permit is needed. We place boards under the skip on "
             "request, but the skip is placed at your risk, and we are not liable for damage to drives, paths "
             "or lawns unless caused by our negligence.")
    d.clause("6.2", "A skip on a road or pavement needs a Permit. We apply for it for you. The Permit costs the "
             "council's fee plus our administration charge of GBP 20, and takes about 3 working days. Skips "
             "bigger than 8 yards cannot be placed on a road. The Permit usually lasts 14 days; extensions are "
             "charged at the council's fee.")
    d.clause("6.3", "A skip on a road must have its lights lit at night and cones around it. We supply 4 cones "
             "and 2 lamps with each road skip; you must keep the lamps lit from sunset to sunrise. Fines for a "
             "skip without a Permit, or without lights, are your responsibility.")
    d.h1("7. Payment, liability and complaints")
    d.clause("7.1", "Extra charges (extensions, weight, Surcharge Items, wasted journeys) are invoiced after "
             "collection and payable within 14 days. Late invoices carry a GBP 15 reminder fee.")
    d.clause("7.2", "We are not liable for any loss caused by delay in delivery or collection. Our total "
             "liability for any hire is limited to 3 times the skip price, except for death or personal "
             "injury caused by our negligence.")
    d.clause("7.3", "We recycle at least 85% of the waste we collect. Complaints should be made within 7 days "
             "of collection to hello@brannockskips.example.")
    return d.save("legal/skip_hire_terms_brannock.pdf")


# =============================================================================
# 4. Peritoneal dialysis exit-site care guide
# =============================================================================
def pd_exit_site():
    d = Doc("Looking after your PD exit site", "Patient guide RU-PD-07, version 3",
            "Wyndham Renal Unit, St Aldric's Hospital - Home Therapies Team", accent=(0, 90, 110),
            body_size=10.5)
    d.title_block("Looking after your peritoneal dialysis (PD) exit site",
                  "For people on peritoneal dialysis (CAPD or APD) and their carers. The exit site is where "
                  "your PD catheter comes out through the skin of your tummy.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("Why does the exit site matter?",
       "Germs can get into the body along the catheter. An exit-site infection can spread down the tunnel under "
       "the skin and cause peritonitis (infection inside the tummy), which can mean losing the catheter. Good "
       "daily care is the best way to prevent this.")
    qa("What about a new catheter?",
       "For the first 6 weeks after your catheter is put in, do not get the dressing wet and do not change it "
       "yourself. A PD nurse changes it once a week, or sooner if it becomes wet or soiled. Do not shower "
       "until the nurse tells you the exit site has healed, which usually takes about 6 weeks. Keep the "
       "catheter taped down at all times so that it does not pull.")
    qa("How do I care for a healed exit site?",
       "Do your exit-site care once a day, and also after any shower or if the dressing gets wet or dirty:")
    d.clause("1.", "Wash your hands with soap and water for at least 30 seconds and dry them on a clean towel.",
             numw=8)
    d.clause("2.", "Remove the old dressing. Never use scissors near the catheter.", numw=8)
    d.clause("3.", "Look at the exit site and press gently on the skin over the tunnel. Work out the exit-site "
             "score using the table below and write it in your PD diary.", numw=8)
    d.clause("4.", "Clean around the exit site with a new gauze and 0.9% saline (or the cleanser from your "
             "unit), working outwards from the catheter in circles. Do not remove scabs that are stuck; let "
             "them fall off.", numw=8)
    d.clause("5.", "Pat dry, then apply a thin layer of mupirocin 2% ointment around the exit site (gentamicin "
             "0.1% cream if you are allergic to mupirocin).", numw=8)
    d.clause("6.", "Cover with a clean dressing and tape the catheter down in a loop so that it does not pull.",
             numw=8)
    d.h2("Exit-site score")
    d.grid(["Sign", "0 points", "1 point", "2 points"],
           [["Swelling", "None", "At the exit site only, under 0.5 cm", "Over 0.5 cm, or along the tunnel"],
            ["Crust", "None", "Under 0.5 cm", "Over 0.5 cm"],
            ["Redness", "None", "Under 0.5 cm around the catheter", "Over 0.5 cm around the catheter"],
            ["Pain when pressed", "None", "Slight", "Severe"],
            ["Discharge (fluid)", "None", "Clear fluid", "Pus (thick, yellow or green)"]], [34, 26, 56, 58])
    d.h2("What should I do about my score?")
    d.grid(["Total score", "What it may mean", "What to do"],
           [["0 or 1", "Healthy exit site", "Carry on with daily care"],
            ["2 or 3 (no pus)", "Possible early infection", "Phone the PD unit within 24 hours; a nurse will "
             "take a swab; do exit-site care twice a day until seen"],
            ["4 or more, or any pus", "Exit-site infection likely", "Phone the PD unit today, before 4 pm if "
             "you can; you will usually be started on antibiotics"]], [30, 50, 94])
    d.para("A small crust with no redness is common and scores 1 point only. Always phone if your score goes "
           "up 2 days in a row, even if it is still 3 or less.", size=9.5, style="I")
    qa("Can I have a shower or a bath?",
       "Once the exit site has healed you may shower every day. Shower with the dressing on or off, then do "
       "your exit-site care straight away. Do not have baths, use a hot tub or jacuzzi, or sit in water that "
       "covers the exit site.")
    qa("Can I go swimming?",
       "Swimming in rivers, lakes, ponds and public swimming pools is not allowed, because of the risk of "
       "infection. Swimming in the sea or in a private, well-chlorinated pool may be possible once the exit "
       "site has been healed for at least 3 months and your PD nurse agrees: cover the exit site with a "
       "waterproof stoma bag and do exit-site care straight after.")
    qa("What are the signs of peritonitis?",
       "Cloudy PD fluid when you drain out is the most important sign. You may also have tummy pain, a high "
       "temperature, feeling sick or being sick. If your drained fluid is cloudy, phone the PD unit "
       "straight away, day or night, and bring the cloudy bag with you (keep it in a clean plastic bag).")
    qa("What if my catheter is damaged or leaking?",
       "If the catheter is cut, split or leaking, clamp it between the damage and your tummy with the blue "
       "clamp from your emergency kit, cover the damaged part with sterile gauze and phone the PD unit at "
       "once. Do not do an exchange through a damaged catheter.")
    qa("What else helps?",
       "Avoid tight belts or waistbands over the exit site. Avoid constipation, because it can make the "
       "catheter move and drain poorly. Order your dressings and ointment with your monthly delivery; keep "
       "at least 2 weeks' spare supplies. Tell the PD unit before any trip abroad, at least 8 weeks ahead, so "
       "that fluid can be delivered to where you are staying.")
    d.para("PD unit (Mon-Sun 08:00-20:00): 01632 960 584. Out of hours: renal ward, 01632 960 590.",
           size=10, style="B")
    return d.save("medical/pd_exit_site_care_wyndham.pdf")


# =============================================================================
# 5. Adult inpatient hypoglycaemia protocol
# =============================================================================
def hypo_protocol():
    d = Doc("Hypoglycaemia in adult inpatients - treatment protocol", "Clinical guideline CG-DM-04, v5",
            "Hardcastle Vale Hospitals NHS Trust - Diabetes and Endocrinology", accent=(140, 20, 40))
    d.title_block("MANAGEMENT OF HYPOGLYCAEMIA IN ADULT INPATIENTS",
                  "For doctors, nurses and midwives caring for adults (18 and over) in hospital. Not for use in "
                  "children, or in the emergency department for patients not yet admitted. Review date: "
                  "March 2029.")
    d.h1("1. Definitions")
    d.clause("1.1", "Hypoglycaemia is a capillary blood glucose (CBG) below 4.0 mmol/L, with or without "
             "symptoms. A CBG below 3.0 mmol/L is clinically significant hypoglycaemia. Severe hypoglycaemia "
             "means the patient needs help from another person to treat it.")
    d.clause("1.2", "Any patient with symptoms of hypoglycaemia (sweating, tremor, hunger, confusion, odd "
             "behaviour) and a CBG from 4.0 to 4.9 mmol/L should be given a small carbohydrate snack, such as "
             "one slice of toast, and rechecked after 30 minutes.")
    d.h1("2. Action by CBG result")
    d.para("For patients on insulin or a sulfonylurea (gliclazide, glimepiride):")
    d.grid(["CBG (mmol/L)", "Action"],
           [["Below 4.0", "Treat as hypoglycaemia now (section 3), whatever the time of day"],
            ["4.0 to 5.9 at bedtime", "Give a snack of 20 g long-acting carbohydrate; recheck at 03:00"],
            ["4.0 to 5.9 at other times", "No treatment if no symptoms; recheck before the next meal"],
            ["6.0 to 11.9", "Usual target range; no action"],
            ["12.0 or above", "Follow the hyperglycaemia guideline CG-DM-05"]], [45, 125])
    d.h1("3. Treatment by the patient's state")
    d.grid(["Patient's state", "Treatment"],
           [["A. Conscious, orientated and able to swallow",
             "15 to 20 g quick-acting carbohydrate: 150 to 200 ml pure fruit juice, or 5 to 6 glucose tablets "
             "(4 g each), or 4 to 5 jelly sweets"],
            ["B. Conscious but confused, drowsy or uncooperative, and able to swallow",
             "1.5 to 2 tubes (25 g each) of 40% glucose gel squeezed between the teeth and gums, or glucagon "
             "1 mg IM if the gel is refused"],
            ["C. Unconscious, fitting or very aggressive, or nil by mouth",
             "Check airway, breathing and circulation; call the doctor. Glucose 10% IV 150 ml over 10 to 15 "
             "minutes, or glucagon 1 mg IM if there is no IV access"]], [62, 108])
    d.para("* Do not give anything by mouth to a patient who cannot swallow safely. Glucose 50% must not be "
           "used on wards: it damages veins and is kept only in the emergency department and theatres.",
           size=8.5, style="I")
    d.h1("4. After the first treatment")
    d.clause("4.1", "Recheck the CBG after 10 to 15 minutes. If it is still below 4.0 mmol/L, repeat the same "
             "treatment, up to 3 times in all. If the CBG is still below 4.0 mmol/L after 3 cycles, or 45 "
             "minutes, call the doctor and start glucose 10% IV at 100 ml an hour.")
    d.clause("4.2", "Glucagon may be given only once. It may not work in patients with liver disease, "
             "malnutrition or alcohol excess, or in hypoglycaemia caused by a sulfonylurea; use IV glucose "
             "instead.")
    d.clause("4.3", "Once the CBG is 4.0 mmol/L or above, give 20 g of long-acting carbohydrate, such as two "
             "digestive biscuits, one slice of bread or a glass of milk (200 ml), or the next meal if it is due "
             "within 20 minutes. Patients on enteral feeding: restart the feed, or give 50 ml of glucose 10% "
             "through the tube if the feed has stopped.")
    d.clause("4.4", "Continue to check the CBG every hour for the next 4 hours. If the hypoglycaemia was caused "
             "by a sulfonylurea, check every hour for 24 hours, because it can come back.")
    d.h1("5. Insulin and other diabetes medicines")
    d.clause("5.1", "Never omit insulin in a patient with type 1 diabetes, even after a hypo: give the next "
             "dose when it is due, and ask the diabetes team to review it. Patients on a variable rate insulin "
             "infusion (VRII) must not have the infusion stopped for more than 20 minutes.")
    d.clause("5.2", "Review the insulin or sulfonylurea dose the same day. After a CBG below 3.0 mmol/L, or two "
             "hypos within 24 hours, reduce the relevant insulin dose by 10 to 20% unless a specialist advises "
             "otherwise.")
    d.h1("6. Reporting and referral")
    d.clause("6.1", "Record each episode on the hypoglycaemia chart. Report on the incident system every CBG "
             "below 3.0 mmol/L, every severe hypoglycaemia, and every episode treated with glucagon or IV "
             "glucose.")
    d.clause("6.2", "Refer to the inpatient diabetes team within 1 working day after severe hypoglycaemia, or "
             "after 2 or more hypos in one admission. Before discharge, the patient should know how to treat a "
             "hypo at home, and a driver must be told not to drive until they have been reviewed.")
    d.clause("6.3", "Each ward keeps a hypo box with glucose tablets, juice, glucose gel and glucagon. The nurse "
             "in charge checks the box every week and after each use.")
    return d.save("medical/hypoglycaemia_protocol_hardcastle_vale.pdf")


# =============================================================================
# 6. Children's tonsillectomy aftercare leaflet (question-and-answer)
# =============================================================================
def tonsillectomy_leaflet():
    d = Doc("Your child's tonsillectomy - going home", "Leaflet ENT-C-12",
            "Pellingham Children's Hospital - Ear, Nose and Throat (ENT) Department", accent=(40, 110, 60),
            body_size=10.5)
    d.title_block("Your child's tonsillectomy: going home",
                  "Information for parents and carers after a child's tonsils have been taken out. Most "
                  "children go home the same day or the next morning.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("How much pain will my child have?",
       "A sore throat is expected for up to 2 weeks. It often gets worse around day 3 to day 6 before it gets "
       "better. Earache is common and does not mean an ear infection: the throat and ears share nerves.")
    qa("Which pain medicines should I give?",
       "Give paracetamol and ibuprofen together, regularly, by the clock, for the first 7 days, even if your "
       "child seems comfortable, and then only as needed. Give a dose about 30 minutes before meals. Use the "
       "doses in the table below for your child's age; they may be higher than the doses on the bottle, as "
       "agreed by your child's surgeon.")
    d.grid(["Age", "Paracetamol: every 6 hours (4 times a day)", "Ibuprofen: every 8 hours (3 times a day)"],
           [["2 to 3 years", "180 mg", "100 mg"],
            ["4 to 5 years", "240 mg", "150 mg"],
            ["6 to 7 years", "320 mg", "200 mg"],
            ["8 to 9 years", "400 mg", "250 mg"],
            ["10 to 11 years", "500 mg", "300 mg"],
            ["12 years and over", "750 mg", "400 mg"]], [40, 70, 64])
    d.para("* Do not give ibuprofen if your child has asthma that got worse with ibuprofen before, or if the "
           "ward told you not to. Never give medicines containing codeine to a child under 12, or to any child "
           "after a tonsillectomy for sleep apnoea.", size=9, style="I")
    qa("What should my child eat and drink?",
       "Normal food, including crunchy food like toast and cereal, helps the throat heal and lowers the risk of "
       "infection. Soft food only is not needed. Plenty of drinks are important: water, milk or squash, but "
       "avoid fizzy and acidic drinks such as orange juice for 2 weeks because they sting. Chewing gum may help "
       "the pain.")
    qa("What will the back of the throat look like?",
       "White or yellow patches where the tonsils were are normal scabs, not an infection, and come away "
       "between day 5 and day 10. Bad breath is also common.")
    qa("What if there is bleeding?",
       "A small amount of bleeding can happen up to 2 weeks after the operation, most often between day 5 and "
       "day 10. Any fresh red blood from the mouth or nose, even a small amount or streaks in the spit, must be "
       "checked: bring your child straight to the Emergency Department, or call 999 if the bleeding is more "
       "than a teaspoon, does not stop, or your child is pale or drowsy. Do not drive a bleeding child "
       "yourself if you are alone with them.")
    qa("When should I contact the ward?",
       "Phone Kittiwake Ward (24 hours, for 2 weeks after the operation) if your child: has a temperature of "
       "38.5 degrees C or above that does not come down with paracetamol; will not drink, or has not passed "
       "urine for 12 hours; or has pain that is not helped by the medicines in the table.")
    qa("When can my child go back to school or nursery?",
       "Keep your child off school or nursery for 2 weeks, and away from people with coughs and colds. They "
       "should rest at home but need not stay in bed.")
    qa("When can my child swim, do sport or fly?",
       "No swimming, PE or rough play for 2 weeks. Avoid flying for 2 weeks after the operation, because there "
       "is no help on a plane if the throat bleeds. Check with the ward before any trip abroad in the first "
       "month.")
    qa("Will there be a follow-up appointment?",
       "Most children do not need a hospital appointment. A nurse will phone you about 2 weeks after the "
       "operation. If the tonsils were taken out because of a lump or for tests, the surgeon will see your "
       "child in clinic in 6 weeks.")
    d.para("Kittiwake Ward (24 hours): 01632 960 377. ENT nurse specialist (Mon-Fri 09:00-17:00): "
           "01632 960 380.", size=10, style="B")
    return d.save("medical/tonsillectomy_aftercare_pellingham.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([car_subscription, shared_ownership, skip_hire,
                       pd_exit_site, hypo_protocol, tonsillectomy_leaflet], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
