"""Render the forty-third development-set documents (fictional) as PDFs into bench/dev43/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a business
account agreement with a private hire taxi firm (bookings, free waiting and waiting time, a cancellation fee
table by notice, a soiling charge, monthly invoicing, credit limit and late payment, a volume discount; after
the signatures, a fare schedule by mileage band and vehicle class with waiting, extra stop and supplement
tables (night, bank holiday, premium days) and the account details), a shop signage design and installation
contract (design proofs and revisions, a price table by sign type and width band, projecting signs by size,
window graphics, advertisement consent and listed buildings, deposit and stage payments, access equipment,
removal of old signs and asbestos, a warranty table for panels, letters, LEDs and drivers with a footnote,
cancellation; after the signatures, the order with the payment amounts), a furniture upholstery and restoration
business's terms (quotations and hidden damage, a price table per piece type for modern and traditional work
with fabric quantities, a fabric band table, customer's own fabric and fire safety, a collection and delivery
charge table by distance, lead times, deposits, a storage charge table for uncollected pieces, sale after
notice, show-wood restoration, guarantee), a teenage and adult acne leaflet in question-and-answer form
(self-care, a cream and gel table with how long each takes to work, antibiotic tablets and their length, the
pill, isotretinoin and pregnancy prevention, when to see a GP), a measles contact guideline for clinicians
(infectious period, significant exposure, an immunity table, MMR within 72 hours, immunoglobulin within 6
days with a dose table by age and weight, an exclusion table, notification and testing), and a cold sores
pharmacy leaflet in question-and-answer form (a product table with how often, how long and age limits,
infection and school, babies, sores near the eyes, when to see a GP).
Questions: bench/dev43/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev43/make_dev43.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 11, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 43 (fictional document)", "make_dev43.py", FIXED_DATE)


# =============================================================================
# 1. Business account agreement with a private hire taxi firm
# =============================================================================
def taxi_account():
    d = Doc("Business Account Agreement - Swiftline Cars / Orrinsford Architects", "Account SC-B-2291",
            "Swiftline Cars (Ostlebury) Ltd - licensed private hire operator, licence PHO/0417",
            accent=(20, 80, 120), body_size=9.5)
    d.title_block("BUSINESS ACCOUNT AGREEMENT",
                  "Between Swiftline Cars (Ostlebury) Ltd, company no. 08812264 (\"Swiftline\", \"we\") and "
                  "Orrinsford Architects Ltd, company no. 10554719, of 3 Quayside Chambers, Ostlebury OB2 4RT "
                  "(the \"Account Holder\"). Account start date: 1 February 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Authorised Booker\" means a person named in Schedule 2 who may make Bookings on the "
             "account. \"Passenger\" means anyone travelling on a Booking. \"Booking\" means a request for a "
             "journey that we have confirmed by text message or e-mail. \"Pick-up Time\" means the time stated "
             "in the Booking confirmation.")
    d.clause("1.2", "\"Vehicle Class\" means one of: Saloon (up to 4 passengers), Executive (a premium saloon for "
             "up to 3 passengers, driver in business dress) or MPV (up to 7 passengers).")
    d.clause("1.3", "\"Night Period\" means 23:00 to 05:59. \"Bank Holiday\" means a bank holiday in England. "
             "Christmas Day, Boxing Day and New Year's Day are \"Premium Days\" and are charged as set out in "
             "Schedule 1, not as Bank Holidays.")
    d.h1("2. Bookings")
    d.clause("2.1", "Authorised Bookers may book through the Swiftline app, by e-mail to "
             "accounts@swiftline.example or by phone on 01632 961 200. Each Booking must quote the Account "
             "Holder's cost centre code from Schedule 2; a journey booked without one is still carried out but "
             "appears on the invoice as \"no reference\".")
    d.clause("2.2", "Executive and MPV journeys must be booked at least 2 hours before the Pick-up Time. Saloons "
             "are supplied as available, usually within 15 minutes inside the Ostlebury town boundary.")
    d.clause("2.3", "For airport pick-ups the Authorised Booker must give the flight number. We follow the "
             "flight and move the Pick-up Time to match its actual landing time at no extra charge.")
    d.h1("3. Fares")
    d.clause("3.1", "Fares are worked out from Schedule 1 by Vehicle Class and the mileage of the journey. For "
             "journeys over 30 miles we give a fixed quote at the time of Booking, based on Schedule 1, and "
             "that quote is the fare.")
    d.clause("3.2", "Parking charges, tolls, clean air zone charges and airport drop-off fees are added to the "
             "fare at cost and shown separately on the invoice.")
    d.clause("3.3", "Swiftline is registered for VAT. All charges in this agreement exclude VAT, which is added "
             "at the standard rate on each invoice. We may change Schedule 1 once a year, on 1 April, after "
             "giving the Account Holder 30 days' written notice.")
    d.h1("4. Waiting time")
    d.clause("4.1", "The driver waits free of charge for 5 minutes after the Pick-up Time. For airport pick-ups "
             "the free wait is 45 minutes from the flight's actual landing time. After the free wait, waiting "
             "time is charged by the minute at the rates in Schedule 1.")
    d.clause("4.2", "Waiting that a Passenger asks for during a journey (for example outside a client's office or "
             "a shop) is charged from the first minute.")
    d.clause("4.3", "If a Passenger has not appeared 20 minutes after the free wait has ended and cannot be "
             "reached by phone, the driver may leave. This is a \"No-show\" and is charged under clause 6.")
    d.h1("5. Supplements")
    d.clause("5.1", "Journeys in the Night Period, on Bank Holidays and on Premium Days carry the supplements "
             "shown in Schedule 1. The supplement is decided by the Pick-up Time and applies to the whole "
             "fare, even if the journey ends outside that period.")
    d.h1("6. Cancellations and No-shows")
    d.clause("6.1", "An Authorised Booker may cancel a Booking in the app or by phone. The fee depends on how "
             "much notice we receive before the Pick-up Time:")
    d.grid(["Notice before the Pick-up Time", "Cancellation fee"],
           [["2 hours or more", "No charge"],
            ["30 minutes to less than 2 hours", "GBP 8.00 (Saloon); GBP 15.00 (Executive or MPV)"],
            ["Less than 30 minutes, or after the vehicle has set off", "The minimum fare for the Vehicle Class "
             "booked"],
            ["No-show (clause 4.3)", "The full fare for the booked journey, plus waiting time"]], [80, 90])
    d.clause("6.2", "For airport journeys and journeys over 30 miles, cancellation is free only with at least 24 "
             "hours' notice. With less notice the fee is 50% of the quoted fare, or the full quoted fare if "
             "the vehicle has set off.")
    d.h1("7. Passengers and soiling")
    d.clause("7.1", "Passengers must wear seat belts and must not smoke or vape in the vehicle. Drivers may "
             "refuse to carry a Passenger who is abusive or so drunk that the driver considers the journey "
             "unsafe; the minimum fare for the Vehicle Class is then charged.")
    d.clause("7.2", "If a Passenger soils the vehicle (for example by being sick or spilling food or drink) so "
             "that it must be taken off the road for cleaning, we charge a soiling charge of GBP 120 for a "
             "Saloon or MPV, or GBP 180 for an Executive vehicle. The charge covers valeting and the driver's "
             "lost earnings, and we send photographs with the invoice. Damage to the vehicle is charged at the "
             "cost of repair.")
    d.h1("8. Invoicing and credit terms")
    d.clause("8.1", "We invoice by e-mail on the 3rd working day of each month for all journeys in the previous "
             "calendar month. Each invoice has a statement listing every journey: date, Passenger, pick-up and "
             "drop-off, cost centre and charges.")
    d.clause("8.2", "The Account Holder must pay each invoice within 30 days of the invoice date by bank "
             "transfer. We do not accept cheques.")
    d.clause("8.3", "The credit limit on the account is GBP 3,000 of charges not yet paid (invoiced or not). If "
             "the limit is reached we may ask for payment before accepting further Bookings.")
    d.clause("8.4", "Any query about an invoiced journey must be raised in writing within 14 days of the invoice "
             "date. The Account Holder must pay the part of the invoice that is not disputed by the due date.")
    d.clause("8.5", "We may charge interest on late payments at 8% a year above the Bank of England base rate "
             "under the Late Payment of Commercial Debts (Interest) Act 1998. If any invoice is still unpaid 14 "
             "days after its due date, we may suspend the account after giving 48 hours' notice by e-mail.")
    d.clause("8.6", "Volume discount: where the fares on the account in a calendar month (before supplements, "
             "waiting time, other charges and VAT) total more than GBP 1,500, a discount of 5% on those fares "
             "is shown on that month's invoice.")
    d.h1("9. Lost property and liability")
    d.clause("9.1", "Property left in a vehicle is kept at our office at 11 Station Approach, Ostlebury for 28 "
             "days and then given to charity or disposed of. We can return it by courier at cost.")
    d.clause("9.2", "Our liability for loss of or damage to luggage is limited to GBP 250 per journey. If a "
             "Passenger misses a train or flight because we were late, our liability is limited to the fare "
             "for that journey; we are not liable for delays caused by traffic, weather or road closures.")
    d.h1("10. Term and ending the account")
    d.clause("10.1", "This agreement continues until either party ends it by giving 30 days' written notice. We "
             "may close the account at once if an invoice remains unpaid 30 days after its due date.")
    d.signature_block(["Signed for Swiftline Cars (Ostlebury) Ltd by Danuta Pollexfen, Accounts Manager",
                       "Signed for Orrinsford Architects Ltd by Gideon Marchbank-Oyelaran, Practice Director"])
    d.h1("SCHEDULE 1 - FARES AND CHARGES (excluding VAT)")
    d.grid(["Journey mileage", "Saloon", "Executive", "MPV"],
           [["Minimum fare (covers up to 2 miles)", "GBP 7.50", "GBP 12.00", "GBP 14.00"],
            ["2.1 to 10 miles", "GBP 2.60 per mile", "GBP 3.40 per mile", "GBP 3.80 per mile"],
            ["10.1 to 30 miles", "GBP 2.20 per mile", "GBP 2.90 per mile", "GBP 3.30 per mile"],
            ["Over 30 miles (fixed quote)", "GBP 1.90 per mile", "GBP 2.50 per mile", "GBP 2.80 per mile"]],
           [62, 36, 36, 36])
    d.para("* The rate per mile for the band applies to the whole journey, not just the miles in that band: a "
           "12-mile Saloon journey costs 12 x GBP 2.20 = GBP 26.40. No fare is less than the minimum fare. "
           "Mileage is measured from pick-up to drop-off and rounded up to the next tenth of a mile.",
           size=8.5, style="I")
    d.grid(["Charge", "Saloon", "Executive", "MPV"],
           [["Waiting time after the free wait (clause 4)", "GBP 0.35 per minute", "GBP 0.50 per minute",
             "GBP 0.50 per minute"],
            ["Each extra stop to pick up or drop off", "GBP 3.00", "GBP 4.00", "GBP 4.00"]],
           [62, 36, 36, 36])
    d.grid(["When the journey starts (Pick-up Time)", "Supplement on the fare"],
           [["Night Period, 23:00 to 05:59", "+ 25%"],
            ["Bank Holiday (all day)", "+ 50%"],
            ["24 December and 31 December, from 18:00", "+ 50%"],
            ["Premium Days: Christmas Day, Boxing Day, New Year's Day (all day)", "+ 100% (double fare)"]],
           [110, 60])
    d.para("* Only one supplement applies to a journey: if more than one could apply, the highest is charged. "
           "Supplements apply to the fare only, not to waiting time, extra stops or soiling charges.",
           size=8.5, style="I")
    d.h1("SCHEDULE 2 - ACCOUNT DETAILS")
    d.grid(["Item", "Details"],
           [["Credit limit", "GBP 3,000"],
            ["Authorised Bookers", "Nell Ashcombe (office manager); Priya Devasahayam (PA to the directors); "
             "Gideon Marchbank-Oyelaran (Practice Director)"],
            ["Cost centre codes", "ORR-100 Studio and office; ORR-200 Site visits; ORR-300 Client meetings "
             "and events"],
            ["Preferred Vehicle Class", "Saloon, except Executive for client meetings (ORR-300)"]], [50, 120])
    return d.save("legal/business_account_agreement_swiftline_cars.pdf")


# =============================================================================
# 2. Shop signage design and installation contract
# =============================================================================
def signage_contract():
    d = Doc("Sign Design and Installation Contract - Vantry Signcraft / Hartsmere Bakehouse",
            "Contract VS-2028-061", "Vantry Signcraft Ltd, 22 Foundry Lane, Dunholt DN3 9PE", font="Times",
            accent=(110, 30, 70), body_size=10)
    d.title_block("SHOP SIGNAGE: DESIGN, MANUFACTURE AND INSTALLATION CONTRACT",
                  "Between Vantry Signcraft Ltd, company no. 09377512 (\"Vantry\", \"we\") and Hartsmere "
                  "Bakehouse Ltd, company no. 13020846, trading from 14 Market Row, Dunholt DN1 2AB (the "
                  "\"Client\"). Dated 17 January 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Signs\" means the signs listed in Schedule 1. \"Old Signs\" means the existing signs at the "
             "Premises listed for removal in Schedule 1. \"Premises\" means 14 Market Row, Dunholt. \"Works\" "
             "means the design, manufacture and installation of the Signs and the removal of the Old Signs.")
    d.clause("1.2", "\"Design Proof\" means the scaled drawing and colour visual of the Signs that we send for "
             "approval. \"Advertisement Consent\" means consent from the local planning authority to display a "
             "sign. \"Handover\" means the day on which installation is complete and we give the Client our "
             "handover sheet. \"Business Day\" means Monday to Friday, except bank holidays.")
    d.h1("2. Design")
    d.clause("2.1", "We send the first Design Proof within 10 Business Days after we receive the deposit and the "
             "Client's logo in vector format (for example EPS, AI or PDF).")
    d.clause("2.2", "The price includes the first Design Proof and up to 2 rounds of changes. Each further round "
             "of changes is charged at GBP 55. Changes asked for after the Client has approved the Design Proof "
             "in writing, which need any part of a Sign to be remade, are charged at cost plus 20%.")
    d.clause("2.3", "Copyright in the Design Proofs stays with us until the Contract Price has been paid in full. "
             "After that the Client may use the designs for its own business without further charge.")
    d.h1("3. Sign types and prices")
    d.clause("3.1", "Our prices for fascia signs depend on the sign type and the width of the fascia band:")
    d.grid(["Fascia sign type", "Up to 2.0 m wide", "2.1 to 4.0 m wide", "4.1 to 6.0 m wide"],
           [["Flat aluminium panel, printed or vinyl lettering (non-illuminated)", "GBP 520", "GBP 890",
             "GBP 1,260"],
            ["Aluminium panel with built-up acrylic letters (non-illuminated)", "GBP 760", "GBP 1,340",
             "GBP 1,910"],
            ["Trough-lit panel (LED light bar above the panel)", "GBP 940", "GBP 1,610", "GBP 2,280"],
            ["Aluminium panel with halo-lit stainless steel letters (LED)", "GBP 1,280", "GBP 2,240",
             "GBP 3,150"]], [74, 32, 32, 32])
    d.clause("3.2", "Projecting (hanging) signs are double-sided and priced by size:")
    d.grid(["Projecting sign", "500 x 500 mm", "600 x 600 mm", "800 x 800 mm"],
           [["Non-illuminated, with painted wall bracket", "GBP 310", "GBP 380", "GBP 495"],
            ["Internally illuminated (LED light box)", "GBP 520", "GBP 610", "GBP 780"]], [74, 32, 32, 32])
    d.clause("3.3", "Window graphics (printed or cut vinyl) are charged at GBP 42 per square metre, with a "
             "minimum charge of GBP 150 per order.")
    d.para("* All prices exclude VAT and include installation at a working height of up to 4 metres. Fascias "
           "wider than 6.0 m, and curved or shaped fascias, are priced individually. Illuminated prices include "
           "the LED modules, drivers and a 7-day timer, but not the Client's electrical supply (clause 7.2).",
           size=8.5, style="I")
    d.h1("4. Advertisement Consent and other permissions")
    d.clause("4.1", "Illuminated Signs, and projecting signs any part of which is more than 4.6 metres above the "
             "ground, normally need Advertisement Consent. We prepare and submit the application for the "
             "Client for a fee of GBP 295. The council's own application fee is paid by the Client directly.")
    d.clause("4.2", "If the Premises are a listed building or are in a conservation area, the Client must also "
             "obtain any listed building consent needed. We will not start installation at a listed building "
             "until the Client has sent us a copy of every consent.")
    d.clause("4.3", "If the Premises are leased, the Client must obtain the landlord's written consent to the "
             "Signs before we start manufacture.")
    d.clause("4.4", "We will not install an illuminated Sign before Advertisement Consent has been granted. "
             "Councils normally decide within 8 weeks. If consent is refused, the Client may choose a "
             "non-illuminated version of that Sign at the price in clause 3, or cancel that Sign and pay only "
             "the design fee of GBP 180 and our application fee.")
    d.h1("5. Price and payment")
    d.clause("5.1", "The Contract Price is set out in Schedule 1 and is paid in three stages:")
    d.grid(["Stage", "Amount", "When it is due"],
           [["Deposit", "40% of the Contract Price", "On signing this contract"],
            ["Stage payment", "40% of the Contract Price", "When we tell the Client the Signs are made and "
             "ready to install, and before installation"],
            ["Final payment", "20% of the Contract Price", "Within 14 days after Handover"]], [40, 55, 75])
    d.clause("5.2", "We may charge interest on late payments at 4% a year above the Bank of England base rate, and "
             "we may put installation back until the stage payment has been received.")
    d.h1("6. Installation")
    d.clause("6.1", "We install between 07:00 and 18:00, Monday to Saturday. Installation outside those hours at "
             "the Client's request carries a surcharge of 35% on the installation element shown in Schedule 1.")
    d.clause("6.2", "Where we must work more than 4 metres above the ground, or the pavement is too narrow for "
             "ladders, we use a mobile elevating work platform (cherry picker) or a scaffold tower, charged at "
             "GBP 240 per day. Any pavement licence or road closure fee is paid by the Client.")
    d.h1("7. Old Signs and electrical work")
    d.clause("7.1", "Removal and disposal of the Old Signs listed in Schedule 1 is included in the price, "
             "together with filling the fixing holes in the fascia. Repainting the fascia is not included. "
             "Removal of any other sign is charged at GBP 85 per sign.")
    d.clause("7.2", "Before our removal day, the Client's electrician must disconnect any illuminated Old Sign "
             "and make the supply safe. The Client's electrician must also provide a switched fused spur within "
             "1 metre of each new illuminated Sign. We connect the Signs to the spur and certify our part of "
             "the work.")
    d.clause("7.3", "If we find material behind an Old Sign that we suspect contains asbestos, we stop work in "
             "that area. The Client arranges and pays for a survey and for any removal by a licensed "
             "contractor, and each extra visit this makes necessary is charged at GBP 150.")
    d.h1("8. Warranty")
    d.clause("8.1", "We warrant the Signs against defects in materials and manufacture for the periods below, "
             "from Handover, and will repair or replace faulty parts free of charge within 5 Business Days of "
             "being told.")
    d.grid(["Part of the Sign", "Warranty period"],
           [["Aluminium panels, trays and brackets (structure and paint finish)", "10 years"],
            ["Built-up acrylic and stainless steel letters", "10 years"],
            ["LED modules and light bars", "5 years"],
            ["Printed panel faces and window graphics (fading and peeling)", "3 years"],
            ["LED drivers (power supplies) and timers", "2 years"],
            ["Installation workmanship and fixings", "12 months"]], [110, 60])
    d.para("* The LED warranties apply only if the Sign is run on its timer for no more than 18 hours a day. "
           "No warranty covers damage by vandalism, vehicles or storms, cleaning with solvents or pressure "
           "washers, or work on the Sign by anyone else.", size=8.5, style="I")
    d.clause("8.2", "A call-out for a fault not covered by the warranty is charged at GBP 95 plus parts.")
    d.h1("9. Cancellation by the Client")
    d.clause("9.1", "The Client may cancel by written notice. Before the Design Proof is approved, the Client "
             "pays the design fee of GBP 180. After approval but before manufacture starts, the Client pays the "
             "design fee plus 20% of the Contract Price. After manufacture has started, the Client pays the full "
             "price of the Signs less the installation element. Any balance of the payments made is refunded "
             "within 14 days.")
    d.h1("10. Liability and insurance")
    d.clause("10.1", "We hold public liability insurance of GBP 5,000,000. Our total liability under this "
             "contract is limited to the Contract Price, except for death or personal injury caused by our "
             "negligence.")
    d.signature_block(["Signed for Vantry Signcraft Ltd by Imelda Ferrabee, Director",
                       "Signed for Hartsmere Bakehouse Ltd by Tobias Aldersey, Director"])
    d.h1("SCHEDULE 1 - THE SIGNS, OLD SIGNS AND CONTRACT PRICE")
    d.grid(["Item", "Description", "Size", "Price (excl. VAT)"],
           [["S1", "Fascia: Ash Grey aluminium panel with halo-lit stainless steel letters \"HARTSMERE "
             "BAKEHOUSE\"", "3.8 m x 0.6 m", "GBP 2,240"],
            ["S2", "Projecting sign, internally illuminated, wheatsheaf logo both sides", "600 x 600 mm",
             "GBP 610"],
            ["S3", "Window graphics: frosted vinyl band with opening hours (minimum charge)", "3.5 square metres",
             "GBP 150"],
            ["-", "Advertisement Consent application for S1 and S2 (clause 4.1)", "-", "GBP 295"],
            ["", "Contract Price (excluding VAT)", "", "GBP 3,295.00"],
            ["", "VAT at 20%", "", "GBP 659.00"],
            ["", "Contract Price (including VAT)", "", "GBP 3,954.00"]], [14, 96, 30, 30])
    d.para("Installation element included in S1 and S2 (for clause 6.1 and clause 9): GBP 420. Old Signs to be "
           "removed: (1) painted timber fascia board \"Pell's Cafe\", 4.2 m wide; (2) internally illuminated "
           "projecting box sign, to be disconnected by the Client's electrician first; (3) old vinyl window "
           "lettering.", size=9.5)
    d.para("Payments: deposit paid on signing GBP 1,581.60; stage payment GBP 1,581.60; final payment GBP 790.80.", size=9.5)
    return d.save("legal/signage_contract_vantry_hartsmere.pdf")


# =============================================================================
# 3. Furniture upholstery and restoration terms
# =============================================================================
def upholstery_terms():
    d = Doc("Thimbleby & Crane Upholstery - Terms of Business and Price Guide", "Issue 7, from 1 March 2028",
            "Thimbleby & Crane Upholstery, The Old Tannery, Hollinford HF5 3LR", accent=(100, 60, 30))
    d.title_block("TERMS OF BUSINESS AND PRICE GUIDE",
                  "for reupholstery, re-covering and restoration of furniture. These terms apply to every order "
                  "placed with Thimbleby & Crane Upholstery (\"we\", \"the workshop\") and form part of your "
                  "written Quotation.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Piece\" means each item of furniture we work on; each chair in a set of dining chairs is a "
             "separate Piece. \"Quotation\" means our written price for the work, valid for 60 days from its "
             "date. \"COM\" (customer's own material) means fabric that you buy and supply to us yourself. "
             "\"Completion Notice\" means our message telling you that a Piece is finished and ready.")
    d.clause("1.2", "\"Traditional\" work uses springs, hessian, horsehair or fibre stuffing and hand-stitched "
             "edges. \"Modern\" work uses foam and fibre wrap on webbing or a sprung base.")
    d.h1("2. Quotations and hidden damage")
    d.clause("2.1", "We quote after seeing the Piece, at the workshop or at your home. Home visits are free within "
             "10 miles of the workshop; further away we charge GBP 25, which is deducted from your order. A "
             "price given from photographs is an estimate only.")
    d.clause("2.2", "Broken frame joints, woodworm and failed springs may only be found once a Piece has been "
             "stripped. We will phone you with a price before doing any such extra work. Frame repairs are "
             "charged at GBP 44 per hour.")
    d.h1("3. Prices per Piece")
    d.clause("3.1", "Our labour prices include stripping, new foam or stuffing, wadding, lining and making up. "
             "Fabric is charged separately (section 4).")
    d.grid(["Piece type", "Modern", "Traditional", "Plain fabric needed"],
           [["Drop-in dining chair seat", "GBP 48", "GBP 75", "0.6 m"],
            ["Dining chair, seat and back", "GBP 110", "GBP 165", "1.2 m"],
            ["Footstool or pouffe", "GBP 120", "GBP 175", "1.5 m"],
            ["Nursing or bedroom chair", "GBP 260", "GBP 380", "3.5 m"],
            ["Armchair", "GBP 450", "GBP 690", "7 m"],
            ["Wing chair", "GBP 520", "GBP 780", "8 m"],
            ["Two-seater sofa", "GBP 740", "GBP 1,080", "12 m"],
            ["Three-seater sofa", "GBP 920", "GBP 1,350", "15 m"],
            ["Chaise longue", "GBP 780", "GBP 1,150", "10 m"],
            ["Headboard (up to super king size)", "GBP 190", "Not offered", "3 m"]], [70, 30, 30, 40])
    d.para("* Patterned and striped fabrics need extra fabric for matching: add 20% to the fabric needed. Deep "
           "buttoning: GBP 5 per button. New feather-wrapped foam interior for a seat cushion: GBP 65 per "
           "cushion.", size=8.5, style="I")
    d.h1("4. Fabric bands")
    d.clause("4.1", "Fabrics from our pattern books are grouped in price bands:")
    d.grid(["Band", "Price per metre", "Typical fabrics"],
           [["A", "GBP 24", "Plain cottons and cotton-linen mixes"],
            ["B", "GBP 39", "Textured weaves, cotton velvets and chenilles"],
            ["C", "GBP 58", "Wools, printed linens and stain-resistant performance fabrics"],
            ["D", "GBP 82", "Designer ranges, mohair and silk velvets"]], [20, 40, 110])
    d.para("* Band D prices, and fabrics not in our books, are confirmed when you order. All our book fabrics "
           "meet the fire safety rules for domestic upholstery.", size=8.5, style="I")
    d.clause("4.2", "Fabric we order for you is cut from the roll to your order and cannot be returned. If you "
             "cancel after we have ordered it, the fabric cost is payable.")
    d.h1("5. Fabric you supply yourself (COM)")
    d.clause("5.1", "We are happy to work with COM. We charge a COM handling fee of GBP 35 per order, for "
             "checking, measuring and storing your fabric.")
    d.clause("5.2", "COM must reach the workshop at least 10 working days before the booked start date. We check "
             "the length and look for flaws before cutting; once the fabric has been cut, we cannot accept "
             "responsibility for flaws, shading or shrinkage in it.")
    d.clause("5.3", "If there is not enough COM, you must buy more from the same dye batch; we are not responsible "
             "for any delay this causes.")
    d.clause("5.4", "Fabric for domestic upholstery must meet the Furniture and Furnishings (Fire) (Safety) "
             "Regulations 1988. If your fabric has no fire certificate, we fit a fire-retardant barrier "
             "interliner under it at GBP 7 per metre. We may refuse curtain or dress fabrics as unsuitable.")
    d.clause("5.5", "Offcuts of COM are returned with the Piece. Our workmanship guarantee applies to Pieces made "
             "up in COM, but we give no guarantee for the fabric itself.")
    d.h1("6. Collection and delivery")
    d.clause("6.1", "Our two-person van team collects and delivers. Each collection and each delivery is a "
             "separate trip, charged by road distance from the workshop:")
    d.grid(["Road distance from the workshop", "Charge per trip"],
           [["Up to 5 miles", "GBP 18"],
            ["5.1 to 15 miles", "GBP 35"],
            ["15.1 to 30 miles", "GBP 60"],
            ["30.1 to 50 miles", "GBP 95"],
            ["Over 50 miles", "Quoted individually"]], [90, 60])
    d.para("* Collection and delivery are free within 15 miles for orders over GBP 1,500 (labour and fabric). "
           "Several Pieces from one address count as one trip. Carrying up or down more than one flight of "
           "stairs: GBP 25 extra per trip.", size=8.5, style="I")
    d.clause("6.2", "You may drop off and collect Pieces yourself free of charge, Monday to Friday 09:00 to 17:00 "
             "and Saturday 09:00 to 12:00.")
    d.h1("7. Lead times")
    d.clause("7.1", "Lead times run from the day we have both the Piece and the fabric. Fabric from our suppliers "
             "normally arrives within 7 to 10 working days of ordering.")
    d.grid(["Piece", "Normal lead time"],
           [["Drop-in seats and footstools", "2 to 3 weeks"],
            ["Dining chairs (seat and back), nursing chairs and headboards", "3 to 5 weeks"],
            ["Armchairs and wing chairs", "5 to 7 weeks"],
            ["Sofas and chaise longues", "6 to 9 weeks"]], [110, 60])
    d.clause("7.2", "Traditional work adds about 2 weeks to these times. If our diary allows, we can finish sooner "
             "for an express charge of 25% of the labour price; please ask when you order.")
    d.h1("8. Payment")
    d.clause("8.1", "A deposit of 50% of the Quotation is payable when you confirm the order; we do not order "
             "fabric until the deposit has been paid. The balance is due when we send the Completion Notice and "
             "must be paid before delivery or collection. We accept bank transfer and debit or credit cards, "
             "but not cheques.")
    d.h1("9. Uncollected Pieces and storage")
    d.clause("9.1", "After the Completion Notice we store a finished Piece free of charge for 14 days. After that "
             "we charge storage for each Piece for each week or part of a week:")
    d.grid(["Piece", "Storage charge per week"],
           [["Dining chair, footstool or headboard", "GBP 6"],
            ["Armchair, wing chair or nursing chair", "GBP 12"],
            ["Sofa or chaise longue", "GBP 20"]], [110, 60])
    d.clause("9.2", "If a Piece has not been paid for and collected within 3 months of the Completion Notice, we "
             "will write to you giving at least 28 days' notice that we intend to sell it under the Torts "
             "(Interference with Goods) Act 1977. We keep what you owe us, including storage and the costs of "
             "sale, and pay you the balance.")
    d.h1("10. Show-wood restoration")
    d.clause("10.1", "Cleaning and waxing of exposed wood (legs, arms and frames) is included in our labour "
             "prices. French polishing is charged at GBP 52 per hour and woodworm treatment at GBP 40 per Piece. "
             "We do not guarantee an exact colour match to existing wood on antiques.")
    d.h1("11. Guarantee and cancellation")
    d.clause("11.1", "Our workmanship is guaranteed for 2 years from delivery or collection, and springing in "
             "Traditional work for 5 years. The guarantee does not cover fabric wear, pilling or fading, or "
             "damage by pets.")
    d.clause("11.2", "You may cancel before work has started; we refund your deposit less the cost of any "
             "fabric already ordered. After work has started, you pay for the work done and the fabric. Nothing "
             "in these terms affects your statutory rights.")
    d.para("Workshop manager: Mr Lorcan Thimbleby - 01632 963 118 - workshop@thimblebycrane.example",
           size=9.5, style="B")
    return d.save("legal/upholstery_terms_thimbleby_crane.pdf")


# =============================================================================
# 4. Acne treatment leaflet (question-and-answer)
# =============================================================================
def acne_leaflet():
    d = Doc("Acne - treatments that work", "Patient leaflet DERM-A12",
            "Fernholt Community Dermatology Service - information for patients", accent=(150, 60, 110))
    d.title_block("Acne: treatments that work",
                  "For teenagers and adults with acne, and parents of teenagers. It explains the creams, gels "
                  "and tablets your pharmacist or GP may suggest, how long they take, and when to come back.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What causes acne?",
       "Acne happens when hair follicles get blocked with oil (sebum) and dead skin cells. This causes blackheads, "
       "whiteheads and spots. Bacteria can then make the spots red and inflamed, and in severe acne deep, painful "
       "lumps called nodules or cysts form. Acne is not caused by dirt or poor hygiene. Most people have some "
       "acne between the ages of 12 and 25, but it can start or carry on in adult life.")
    qa("What can I do myself?",
       "Wash the affected skin no more than twice a day with a mild soap-free cleanser and lukewarm water; "
       "scrubbing and washing more often can make acne worse. Do not squeeze or pick spots, as this can leave "
       "scars. Use oil-free make-up and sun cream labelled \"non-comedogenic\", and take make-up off before bed.")
    qa("Which creams and gels are used?",
       "Mild acne is treated with a cream or gel on the skin. Benzoyl peroxide can be bought from a pharmacy; "
       "the others need a prescription.")
    d.grid(["Treatment", "How to use it", "How long before it works", "Things to know"],
           [["Benzoyl peroxide 5% gel or wash", "Once or twice a day", "4 to 6 weeks",
             "Can bleach hair, towels and clothes; may sting at first"],
            ["Adapalene 0.1% gel", "Once a day at night, a thin layer", "8 to 12 weeks",
             "Not in pregnancy; skin burns more easily in the sun"],
            ["Adapalene with benzoyl peroxide gel", "Once a day in the evening", "6 to 8 weeks",
             "Not in pregnancy"],
            ["Azelaic acid 15% gel or 20% cream", "Twice a day", "8 weeks",
             "Can be used in pregnancy on your GP's advice"],
            ["Clindamycin with benzoyl peroxide gel", "Once a day in the evening", "6 to 8 weeks",
             "Contains an antibiotic: use for up to 12 weeks at a time"]], [48, 40, 32, 50])
    d.para("* Apply to the whole area where spots appear, not just to each spot. If your skin gets dry or red, "
           "use the treatment every other day until it settles.", size=8.5, style="I")
    qa("How long before it works?",
       "Acne treatments work slowly. You will not see much change for the first few weeks, and your skin may "
       "look slightly worse in the first 2 weeks. Keep going: give each treatment at least 12 weeks before "
       "deciding that it has not worked. Once your skin is clear, carry on with a cream or gel to stop the acne "
       "coming back.")
    qa("When are antibiotic tablets used?",
       "For moderate or severe acne, or acne on the back and chest that is hard to reach with a cream, your GP "
       "may prescribe an antibiotic tablet: lymecycline 408 mg once a day or doxycycline 100 mg once a day. "
       "Antibiotic tablets are always used together with a cream or gel (usually adapalene or benzoyl peroxide), "
       "never on their own, to stop bacteria becoming resistant. A course normally lasts 3 months. Your GP will "
       "review you at 12 weeks, and a course should not go on for more than 6 months. These antibiotics are not "
       "suitable in pregnancy, when breastfeeding or for children under 12 years.")
    qa("How do I take doxycycline?",
       "Swallow it with a full glass of water while sitting or standing, and do not lie down for 30 minutes "
       "afterwards. Doxycycline makes your skin burn more easily, so use a sun cream of SPF 30 or higher. Take "
       "it 2 hours apart from indigestion remedies and iron or zinc supplements.")
    qa("Can the contraceptive pill help?",
       "For women, a combined contraceptive pill can improve acne, usually over 3 to 6 months. Co-cyprindiol is "
       "used only for moderate or severe acne that has not got better with other treatments, and it is stopped "
       "3 months after the acne has cleared because it carries a higher risk of blood clots.")
    qa("What is isotretinoin?",
       "Isotretinoin capsules are a very effective treatment for severe acne, acne that is leaving scars, or "
       "acne that has not improved after at least 2 courses of treatment including an antibiotic tablet. It can "
       "only be prescribed by a consultant dermatologist, not by your GP. A course usually lasts 16 to 24 weeks. "
       "Common side effects are dry lips, skin and eyes, nosebleeds and aching muscles. Do not have waxing, "
       "laser treatment or dermabrasion during treatment or for 6 months after it, and do not give blood during "
       "treatment or for 4 weeks after the last capsule.")
    qa("Isotretinoin and pregnancy",
       "Isotretinoin causes serious birth defects. Anyone who could become pregnant must follow the Pregnancy "
       "Prevention Programme: use at least one highly effective method of contraception (an implant, a coil or "
       "the injection), or two other methods together, starting at least 4 weeks before the first capsule, "
       "throughout treatment and for 4 weeks after the last capsule. You will have a pregnancy test before you "
       "start, every 4 weeks during treatment and 4 weeks after stopping. Each prescription lasts up to 30 days "
       "and must be collected within 7 days of being written. If you think you might be pregnant, stop taking "
       "isotretinoin and contact your dermatologist straight away.")
    qa("Isotretinoin and mood",
       "A few people feel low, anxious or irritable while taking isotretinoin. Tell your dermatologist about "
       "any mood changes. If you have thoughts of harming yourself, stop taking it and get help the same day "
       "(your GP or NHS 111, or 999 if you are in danger).")
    qa("When should I see a GP?",
       "Make an appointment if:")
    d.bullets(["you have used a pharmacy treatment such as benzoyl peroxide for 12 weeks and it has not helped",
               "your acne is moderate or severe, has painful lumps under the skin, or is leaving scars or dark "
               "marks",
               "your acne is making you feel low or anxious, or stopping you going out",
               "you are a woman whose acne started suddenly after the age of 25, with irregular periods or extra "
               "hair on the face or body",
               "you get swelling of the face or lips, or a rash all over, after starting a new treatment (call "
               "999 if you have trouble breathing)"])
    d.para("Fernholt Community Dermatology Service, Lyndale Health Centre - nurse advice line 01632 964 270 "
           "(Mon-Fri 09:00-16:00).", size=9.5, style="B")
    return d.save("medical/acne_treatment_leaflet_fernholt.pdf")


# =============================================================================
# 5. Measles exposure guideline for clinicians
# =============================================================================
def measles_guideline():
    d = Doc("Measles: assessment and management of contacts", "Guideline HP-MEA-04, version 3.1",
            "Wessmoor Health Protection Team - for clinicians in primary and secondary care", font="Times",
            accent=(140, 20, 20), body_size=10)
    d.title_block("MEASLES: ASSESSMENT AND MANAGEMENT OF CONTACTS",
                  "Guideline for GPs, emergency departments, paediatric and maternity teams and occupational "
                  "health. Discuss every contact who is pregnant, immunosuppressed or under 12 months old with "
                  "the Health Protection Team (HPT): 01632 962 400, 24 hours.")
    d.h1("1. Definitions")
    d.clause("1.1", "Infectious period: from 4 days before the onset of the rash to 4 days after it. The day the "
             "rash appears is day 0.")
    d.clause("1.2", "Significant exposure: face-to-face contact of any length with a case during the infectious "
             "period; or being in the same room as the case (a household, classroom, waiting room or hospital "
             "bay) for 15 minutes or more; or entering a room within 2 hours after the case has left it.")
    d.clause("1.3", "Timings for post-exposure prophylaxis (PEP) are counted from the first significant "
             "exposure, which is day 0. Timings for exclusion are counted as stated in section 5.")
    d.h1("2. Who is immune?")
    d.clause("2.1", "Assess every contact with a significant exposure against the table below. Use documented "
             "evidence (GP record, red book, occupational health record) wherever possible.")
    d.grid(["Contact", "Assessment", "Action"],
           [["Two documented doses of a measles-containing vaccine, both given on or after the first birthday",
             "Immune", "No PEP"],
            ["Born before 1970 and not immunosuppressed", "Presumed immune", "No PEP; test IgG if pregnant"],
            ["Measles IgG positive on blood taken before day 6 after the exposure", "Immune", "No PEP"],
            ["One documented dose of MMR on or after the first birthday", "Not fully protected",
             "Give a second dose of MMR now"],
            ["No record of vaccination, or a history of measles without a laboratory test", "Susceptible",
             "Assess for PEP (section 3)"],
            ["Severely immunosuppressed, whatever the vaccine history", "Susceptible",
             "Discuss with the HPT the same day"]], [80, 34, 56])
    d.para("* A dose of MMR given before the first birthday does not count towards the two doses. For healthcare "
           "workers, a verbal or self-reported history of vaccination is not accepted: a written record is "
           "needed.", size=8.5, style="I")
    d.clause("2.2", "For pregnant women and immunosuppressed contacts without two documented doses, send blood "
             "for urgent measles IgG. The laboratory reports within 48 hours. Do not delay immunoglobulin beyond "
             "day 6 while waiting for the result.")
    d.h1("3. Post-exposure prophylaxis")
    d.clause("3.1", "MMR vaccine: give MMR to susceptible contacts aged 6 months and over as soon as possible and "
             "within 72 hours of the first exposure, unless they are pregnant or severely immunosuppressed. MMR "
             "given after 72 hours will not protect against this exposure, but should still be offered for "
             "future protection to those who can have it.")
    d.clause("3.2", "Infants aged 6 to 11 months who receive MMR as PEP still need the two routine doses, at 12 "
             "months and at 3 years 4 months.")
    d.clause("3.3", "Human normal immunoglobulin (HNIG): give within 6 days of the first exposure to susceptible "
             "contacts at high risk of severe measles:")
    d.bullets(["infants under 6 months old;",
               "infants aged 6 to 8 months who did not receive MMR within 72 hours;",
               "pregnant women who are not immune (IgG negative, or no result by day 6);",
               "severely immunosuppressed children and adults, whatever their vaccine history."])
    d.clause("3.4", "Immunoglobulin doses:")
    d.grid(["Contact", "Weight", "Product and route", "Dose"],
           [["Infant under 9 months (clause 3.3)", "Up to 4.9 kg", "HNIG intramuscular", "3 mL"],
            ["Infant under 9 months (clause 3.3)", "5 to 7.4 kg", "HNIG intramuscular", "4.5 mL"],
            ["Infant under 9 months (clause 3.3)", "7.5 kg and over", "HNIG intramuscular", "6 mL"],
            ["Severely immunosuppressed child (9 months and over) or adult", "Any", "IVIG intravenous",
             "0.15 g/kg"],
            ["Pregnant woman, not immune", "Any", "IVIG intravenous", "0.15 g/kg"]], [64, 30, 40, 36])
    d.para("* In infants, intramuscular volumes over 3 mL are split between two sites (both thighs). IVIG is "
           "given in a day unit, rounded to the nearest whole vial. Immunoglobulin protects for about 3 weeks: a "
           "new exposure more than 3 weeks after a dose needs another dose. Do not give immunoglobulin after day "
           "6; give advice about symptoms instead.", size=8.5, style="I")
    d.clause("3.5", "After HNIG, MMR vaccine should be delayed for at least 3 months, and after IVIG for at least "
             "8 months, because the antibodies stop the vaccine from working.")
    d.h1("4. Suspected cases in healthcare settings")
    d.clause("4.1", "Patients with a fever and rash who may have measles should be seen at the end of a session "
             "or taken straight to a side room; they must not wait in a shared waiting area. A room used by a "
             "suspected case must not be used for 2 hours after they leave.")
    d.clause("4.2", "Only staff with two documented doses of MMR should assess a suspected case. Susceptible "
             "inpatient contacts should be nursed in a single room from day 5 to day 21 after the exposure.")
    d.h1("5. Exclusion")
    d.clause("5.1", "Exclude cases and contacts from work, nursery and school as follows:")
    d.grid(["Person", "Exclusion", "May return on"],
           [["Case (any age or setting)", "From diagnosis until 4 full days after the rash appeared",
             "Day 5 after rash onset"],
            ["Healthcare worker contact without evidence of immunity", "From day 5 after the first exposure to "
             "day 21 after the last exposure, even if MMR was given", "Day 22 after the last exposure"],
            ["Healthcare worker contact given HNIG or IVIG", "From day 5 after the first exposure to day 28 after "
             "the last exposure", "Day 29 after the last exposure"],
            ["Child contact who is immune, or had MMR within 72 hours", "No exclusion", "-"],
            ["Child contact who is not immune and had no MMR within 72 hours", "From day 5 to day 21 after the "
             "last exposure (nursery and school)", "Day 22 after the last exposure"]], [56, 74, 40])
    d.h1("6. Notification and testing")
    d.clause("6.1", "Measles is a notifiable disease. Notify the HPT by phone on clinical suspicion, the same day; "
             "do not wait for laboratory confirmation.")
    d.clause("6.2", "Take a throat or mouth swab for measles PCR within the first 5 days after rash onset. The "
             "HPT will also post an oral fluid kit to the patient's home.")
    d.clause("6.3", "Advise all contacts to watch for fever, cough, runny nose and red eyes, followed by a rash, "
             "from day 7 to day 21 after the exposure, and to phone before attending any healthcare setting.")
    d.para("Approved by the Wessmoor Health Protection Team, 2 October 2027. Review date: October 2029.",
           size=9, style="I")
    return d.save("medical/measles_contacts_guideline_wessmoor.pdf")


# =============================================================================
# 6. Cold sores pharmacy leaflet (question-and-answer)
# =============================================================================
def cold_sores_leaflet():
    d = Doc("Cold sores - advice from your pharmacy", "Self-care leaflet PH-19",
            "Pellbrook Pharmacy Group - self-care leaflet", accent=(0, 100, 130), body_size=10.5)
    d.title_block("Cold sores: advice from your pharmacy",
                  "Most cold sores can be treated at home with advice from your pharmacist. This leaflet "
                  "explains which creams you can buy, how to use them, and when you need to see a doctor.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is a cold sore?",
       "A cold sore is a group of small fluid-filled blisters on or around the lips, caused by the herpes simplex "
       "virus. Once you have the virus it stays in your body, and sunlight, cold wind, a cold or flu, tiredness, "
       "stress or periods can set off another cold sore. Most cold sores clear up on their own within 7 to 10 "
       "days.")
    qa("How do I know one is starting?",
       "Many people feel a tingling, itching or burning in the lip 1 to 2 days before the blisters appear. This "
       "is the best time to start using a cream.")
    qa("Which creams and patches can I buy?",
       "These are the main cold sore treatments sold in our pharmacies:")
    d.grid(["Product", "How often", "For how long", "Who can use it"],
           [["Aciclovir 5% cream (for example Zoravel Cold Sore Cream)", "5 times a day, about every 4 hours, "
             "not during the night", "5 days; if not healed, another 5 days (10 days in total)",
             "Adults and children aged 1 year and over"],
            ["Penciclovir 1% cream (for example Labrisa Cream)", "Every 2 hours while awake", "4 days",
             "Adults and children aged 12 and over"],
            ["Cold sore patches (hydrocolloid)", "Put on a new patch when the old one comes off",
             "Until the cold sore has healed", "Adults aged 18 and over"]], [48, 42, 44, 36])
    d.para("* Creams work best started at the first tingle. They can shorten a cold sore by 1 to 2 days but do "
           "not get rid of the virus or stop future cold sores. Do not use a cream and a patch at the same time.",
           size=8.5, style="I")
    qa("How do I use the cream?",
       "Wash your hands before and after. Dab the cream gently onto the cold sore and the skin around it with a "
       "clean cotton bud rather than rubbing it in. Do not put it inside your mouth or near your eyes, and do "
       "not share your cream, towels, cups or lip balm.")
    qa("Can I go to work or school with a cold sore?",
       "Yes. You do not need to stay off work, school or nursery. Cold sores are most catching when the blisters "
       "burst, but you can pass the virus on until the sore has completely healed, so avoid kissing and oral "
       "sex until then.")
    qa("Can I stop cold sores coming back?",
       "Use a lip balm with sunscreen of SPF 15 or higher in sunny or cold, windy weather. If you get cold sores "
       "more than 6 times a year, speak to your GP, who may prescribe aciclovir tablets to take every day.")
    qa("What about babies?",
       "Newborn babies can become very ill if they catch the cold sore virus. If you have a cold sore, do not "
       "kiss babies, and wash your hands before feeding or changing them. If a baby under 4 weeks old has a "
       "cold sore or blisters, or a baby with a cold sore seems unwell, floppy or is not feeding, call your GP "
       "urgently or NHS 111 the same day; call 999 if the baby is very unwell. Cold sore creams should not be "
       "used for babies under 1 year unless a doctor advises it. If you are breastfeeding and have a cold sore "
       "on your breast, do not feed from that side until you have seen your GP.")
    qa("What if the cold sore is near my eye?",
       "Do not put cold sore cream in or near your eye. If you have a sore near your eye, or your eye becomes "
       "red, painful, watery or sensitive to light, see your GP, an optometrist or an urgent eye service the "
       "same day: the virus can infect the eye and damage your sight. Do not wear contact lenses until your eye "
       "has been checked.")
    qa("When should I see a GP?", "See your GP if:")
    d.bullets(["your cold sore has not started to heal after 10 days",
               "the cold sore is very large or painful, or sores are spreading to other parts of your face",
               "you have a weakened immune system, for example because of chemotherapy or HIV",
               "you are pregnant and this is your first cold sore",
               "your child has a sore mouth with many ulcers and swollen gums, or will not drink",
               "you have eczema and the skin around the cold sore becomes painful, with spreading blisters"])
    qa("Can I use cold sore cream if I am pregnant or breastfeeding?",
       "Speak to your pharmacist first. Aciclovir cream is usually the one suggested; penciclovir cream is not "
       "recommended in pregnancy unless a doctor advises it.")
    d.para("Pellbrook Pharmacy Group - ask in any branch, or call our pharmacist line on 01632 965 040 "
           "(Mon-Sat 09:00-18:00).", size=9.5, style="B")
    return d.save("medical/cold_sores_leaflet_pellbrook.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([taxi_account, signage_contract, upholstery_terms,
                       acne_leaflet, measles_guideline, cold_sores_leaflet], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
