"""Render the forty-second development-set documents (fictional) as PDFs into bench/dev42/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: an
emergency locksmith's call-out terms and price list (time bands set by the arrival time, a call-out charge
table by time of day and day of week with further labour per 15 minutes, late arrival reductions, proof of
residence, non-destructive and destructive entry, a lock and cylinder price table split over the page break
with a footnote, damage to doors and boarding, payment on completion, a guarantee table by item), a
pawnbroking pledge loan agreement for a named (invented) customer (key facts, a monthly interest rate table by
loan amount band, loan-to-valuation limits by item, redemption, renewal, lost receipts, notice before sale of
unredeemed goods, the sale, surplus and shortfall, the pledged goods schedule after the signatures), a CCTV
installation and monitoring contract for a shop (camera packages, a recording retention table by package, a
monitoring response time table by alarm type, keyholders and false alarms, maintenance visits, data protection
duties, term and payment, the order and camera positions after the signatures), a children's ear infection
(acute otitis media) leaflet in question-and-answer form (pain relief doses by age and weight, when antibiotics
are given, when to see a doctor, glue ear, grommets and swimming), an adult head injury and concussion advice
sheet (red-flag symptoms, who should stay and for how long, things to avoid, graded return to work and to sport
by days), and a hospital guideline on blood clot (VTE) prevention after surgery (risk assessment, an
enoxaparin dose table by weight and kidney function, timing, duration by type of operation split over the page
break, when not to give it, neuraxial blocks, anti-embolism stockings, monitoring).
Questions: bench/dev42/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev42/make_dev42.py [--check]
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
Doc = set_doc(lambda: OUT, "Development set 42 (fictional document)", "make_dev42.py", FIXED_DATE)


# =============================================================================
# 1. Emergency locksmith call-out terms and price list
# =============================================================================
def locksmith_terms():
    d = Doc("Tumblewell Locksmiths - Emergency Call-Out Terms and Price List", "Price list TL-2028/1",
            "Tumblewell Locksmiths Ltd, 14 Sallowfield Road, Castlemoor CM4 2RE", accent=(120, 60, 0))
    d.title_block("EMERGENCY CALL-OUT TERMS AND PRICE LIST",
                  "Valid from 1 January 2028 for lockouts, lock changes and emergency repairs by Tumblewell "
                  "Locksmiths Ltd (\"Tumblewell\", \"we\") at homes and small businesses. All prices include "
                  "VAT.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Call-Out\" means a visit to your property that you ask for. "
             "\"Call-Out Charge\" means the fixed charge for a Call-Out in clause 3; it covers travel within our "
             "Service Area and the first 30 minutes of labour on site. \"Service Area\" means postcodes CM1 to "
             "CM9.")
    d.clause("1.2", "\"Time Band\" means one of the bands in the table in clause 3. The Time Band is set by the time "
             "the locksmith arrives at your property, not the time you called us. Bank holiday rates also apply "
             "on 24 December, 26 December and 31 December.")
    d.h1("2. Booking and arrival")
    d.clause("2.1", "When you book we give you an estimated arrival time. We aim to arrive within 60 minutes "
             "anywhere in the Service Area. Outside the Service Area we charge GBP 1.20 per mile for every mile "
             "beyond 15 miles from our Castlemoor base, each way.")
    d.clause("2.2", "If the locksmith arrives more than 30 minutes after the latest estimated arrival time we gave "
             "you, the Call-Out Charge is reduced by 50%. If we cannot come at all, you pay "
             "nothing.")
    d.clause("2.3", "You may cancel free of charge before the locksmith sets off. If you cancel after the locksmith "
             "has set off, a cancellation fee of GBP 35 is payable; if nobody is at the property when the "
             "locksmith arrives and you cannot be reached for 20 minutes, the full Call-Out Charge is payable.")
    d.clause("2.4", "Before opening any door the locksmith must see proof of residence: photo identification and a "
             "document showing your name at that address (for example a utility bill, council tax bill or "
             "tenancy agreement, including one on your phone). If you cannot show proof of residence, the "
             "locksmith may refuse to open the door, and the Call-Out Charge is still payable. A tenant who asks "
             "us to change a lock must confirm that the landlord agrees.")
    d.h1("3. Call-out charges")
    d.clause("3.1", "The Call-Out Charge depends on the Time Band in which the locksmith arrives:")
    d.grid(["Time Band", "When", "Call-Out Charge (includes the first 30 minutes)", "Each further 15 minutes"],
           [["Standard", "Monday to Friday, 08:00 to 18:00", "GBP 69", "GBP 15"],
            ["Evening", "Monday to Friday, 18:00 to 22:00", "GBP 95", "GBP 20"],
            ["Weekend", "Saturday and Sunday, 08:00 to 22:00", "GBP 110", "GBP 22"],
            ["Night", "Any day, 22:00 to 08:00", "GBP 135", "GBP 28"],
            ["Bank holiday", "Bank holidays and the days in clause 1.2, 08:00 to 22:00", "GBP 150", "GBP 30"]],
           [26, 62, 50, 32])
    d.para("* Further labour is charged in whole units of 15 minutes after the first 30 minutes on site. Parts "
           "(clause 4) are charged in addition to the Call-Out Charge and labour.", size=8.5, style="I")
    d.h1("4. Locks and cylinders (supplied and fitted)")
    d.clause("4.1", "The prices below are for the part and the time to fit it, and are added to the Call-Out "
             "Charge.")
    d.grid(["Item", "Price"],
           [["Euro cylinder, standard (sizes up to 45/45 mm)", "GBP 45"],
            ["Euro cylinder, anti-snap 3-star (Ravelok Sentry) *", "GBP 89"],
            ["Euro cylinder of either kind, sizes over 45/45 mm", "add GBP 15"],
            ["Nightlatch (rim cylinder lock), standard", "GBP 75"],
            ["Nightlatch, British Standard deadlocking (Ravelok Guardian) *", "GBP 165"],
            ["5-lever mortice deadlock, British Standard (BS 3621) *", "GBP 120"],
            ["5-lever mortice sashlock, British Standard (BS 3621) *", "GBP 135"],
            ["3-lever mortice lock (internal doors and sheds only)", "GBP 55"],
            ["uPVC door multipoint gearbox (centre case) replacement", "GBP 170"],
            ["uPVC door full multipoint mechanism", "GBP 265"],
            ["Window lock or handle, uPVC or timber", "GBP 28 each"],
            ["Padlock or bicycle lock cut off (labour only)", "GBP 30"],
            ["Extra keys cut on site: standard / high-security", "GBP 6 / GBP 18 per key"]], [120, 50])
    d.para("* Meets the standard that most home insurers ask for on final exit doors. Check your own policy: "
           "some insurers ask for a 3-star cylinder on every external uPVC or composite door.", size=8.5, style="I")
    d.h1("5. Getting you in")
    d.clause("5.1", "We always try non-destructive entry first (picking or bypassing the lock). Most lockouts are "
             "opened this way without damage.")
    d.clause("5.2", "If non-destructive entry has not worked after 20 minutes, the locksmith will explain the "
             "options and will only drill a lock or remove a cylinder with your agreement. A lock that has been "
             "drilled cannot be reused and must be replaced; you pay for the new lock at the prices in clause 4.")
    d.h1("6. Damage to doors, frames and glass")
    d.clause("6.1", "We take reasonable care, but entry can occasionally damage a door, frame or glazing. We are not "
             "liable for damage caused by a method of entry that you agreed to under clause 5.2, unless the "
             "damage was caused by our negligence.")
    d.clause("6.2", "If your door has been damaged by a break-in or by forced entry by the police or fire service, "
             "we can make it secure the same night. Temporary boarding of a door or window costs GBP 85 per "
             "opening up to 1.2 m wide and 2.1 m high, plus the Call-Out Charge; larger openings are quoted on "
             "site.")
    d.clause("6.3", "We repair timber doors and frames (for example splicing a split frame) at our labour rates. "
             "Damaged uPVC and composite door panels are not repaired on a Call-Out: we make the door secure and "
             "give you a written quote for repair or replacement within 3 working days.")
    d.h1("7. Price, payment and receipts")
    d.clause("7.1", "Before starting any work beyond opening the door, the locksmith will tell you the total price. "
             "No further work is done unless you agree to it.")
    d.clause("7.2", "Payment is due on completion of the work, before the locksmith leaves. We accept debit and "
             "credit cards and bank transfer. Cash is accepted up to GBP 100. We do not accept cheques.")
    d.clause("7.3", "We e-mail a VAT receipt within 24 hours. If payment is not made on completion, we charge an "
             "administration fee of GBP 25 for each reminder letter, and the parts remain ours until paid for.")
    d.clause("7.4", "If you asked us to start work straight away in an emergency, you lose your right to cancel "
             "within 14 days once the work has been completed, but this does not affect your other statutory "
             "rights.")
    d.h1("8. Guarantees")
    d.clause("8.1", "The guarantee periods below run from the date of fitting. During the guarantee we repair or "
             "replace a faulty part or fitting free of charge, including the Call-Out Charge if you call us out "
             "during Standard hours.")
    d.grid(["What is guaranteed", "Guarantee period"],
           [["Our workmanship on any lock we fit", "12 months"],
            ["Standard euro cylinders and standard nightlatches", "12 months"],
            ["Anti-snap 3-star cylinders and British Standard nightlatches", "5 years"],
            ["British Standard mortice locks", "2 years"],
            ["uPVC gearboxes and multipoint mechanisms", "2 years"],
            ["Locks you bought yourself and we fitted", "3 months (labour only)"],
            ["Temporary boarding", "No guarantee"]], [120, 50])
    d.clause("8.2", "The guarantees do not cover damage from forced entry or attempted break-in, keys cut elsewhere, "
             "or faults caused by a door that has dropped or is out of alignment. We will tell you if your door "
             "needs adjusting.")
    d.h1("9. Complaints and liability")
    d.clause("9.1", "Please tell us about any complaint within 28 days of the work, by e-mail to "
             "office@tumblewell.example or by phone on 01632 961 404. We reply within 5 working days.")
    d.clause("9.2", "Our liability for any Call-Out is limited to GBP 5,000, except for death or personal injury "
             "caused by our negligence, which is not limited.")
    return d.save("legal/locksmith_callout_terms_tumblewell.pdf")


# =============================================================================
# 2. Pawnbroking pledge loan agreement
# =============================================================================
def pawn_agreement():
    d = Doc("Pledge Agreement - Ashgrove & Finch Pawnbrokers / T. Maraslian", "Pawn receipt AF-28-07731",
            "Ashgrove & Finch Pawnbrokers Ltd, 3 Cornhill Arcade, Wendlebury WB2 9LH", font="Times",
            accent=(90, 30, 70), body_size=10.5)
    d.title_block("PLEDGE AGREEMENT (PAWN LOAN)",
                  "Between Ashgrove & Finch Pawnbrokers Ltd, company no. 08815462 (\"Ashgrove & Finch\", \"we\") "
                  "and Mr Teodor Maraslian of Flat 6, 41 Vellacott Street, Wendlebury WB3 1AP (\"you\"). Made at "
                  "our Cornhill Arcade branch on 14 February 2028.")
    d.h1("KEY FACTS")
    d.grid(["Item", "Detail"],
           [["Amount of the loan", "GBP 640.00"],
            ["Monthly interest rate", "6.5% (fixed for the Redemption Period)"],
            ["Interest for each full month", "GBP 41.60"],
            ["Redemption Period", "6 months: 14 February 2028 to 14 August 2028"],
            ["Total amount payable if you redeem on the last day of the Redemption Period", "GBP 889.60"],
            ["Annual percentage rate (APR)", "112.9%"]], [105, 65])
    d.h1("1. Definitions")
    d.clause("1.1", "\"Goods\" means the items you have given us as security for the loan, listed in the Schedule. "
             "\"Pawn Receipt\" means the numbered receipt we give you for the Goods. \"Redeem\" means paying "
             "what you owe under this agreement and collecting the Goods. \"Redemption Period\" means the period "
             "in the Key Facts, during which you may redeem at any time.")
    d.h1("2. The loan and interest")
    d.clause("2.1", "The monthly interest rate depends on the amount of the loan, as follows:")
    d.grid(["Amount of the loan", "Monthly interest rate"],
           [["GBP 25 to GBP 99", "9.5%"],
            ["GBP 100 to GBP 499", "7.5%"],
            ["GBP 500 to GBP 999", "6.5%"],
            ["GBP 1,000 to GBP 2,499", "5.0%"],
            ["GBP 2,500 and over", "3.9%"]], [85, 60])
    d.para("* Interest is charged for a minimum of one month. After the first month it is charged for each day "
           "until you redeem. Interest is simple interest on the amount of the loan only: it is not compounded. "
           "There are no arrangement fees.", size=9, style="I")
    d.clause("2.2", "We lend a percentage of our valuation of the Goods, which is based on their second-hand "
             "resale value, not the price you paid or an insurance valuation. The most we will lend is:")
    d.grid(["Type of goods", "Maximum loan (% of our valuation)"],
           [["Gold and platinum jewellery, valued by weight", "70%"],
            ["Diamond and gem-set jewellery", "50%"],
            ["Watches with original box and papers", "60%"],
            ["Watches without original box and papers", "45%"],
            ["Silverware and coins", "55%"]], [105, 65])
    d.para("We do not accept phones, computers, games consoles or other electronic goods as security.", size=9.5)
    d.h1("3. Redeeming your goods")
    d.clause("3.1", "You may redeem at any time during the Redemption Period by paying the loan and the interest to "
             "the date you redeem. There is no charge for redeeming early.")
    d.clause("3.2", "Only you, or a person who brings the Pawn Receipt, a letter signed by you and their own photo "
             "identification, may redeem the Goods. We may refuse to hand over the Goods if we are not satisfied "
             "about the identity of the person redeeming.")
    d.clause("3.3", "If you lose the Pawn Receipt, tell us straight away. You will need to sign a statement of "
             "loss at the branch; for loans over GBP 75 it must be witnessed by a solicitor or a magistrate. We "
             "charge no fee for this.")
    d.clause("3.4", "You may extend the loan by paying all the interest due to date; we then issue a new agreement "
             "for a further Redemption Period of 6 months at our rates on that date. A loan may be extended no "
             "more than 3 times.")
    d.h1("4. If you do not redeem")
    d.clause("4.1", "If the loan was GBP 75 or less and you have not redeemed by the end of the Redemption Period, "
             "ownership of the Goods passes to us and you owe us nothing more.")
    d.clause("4.2", "If the loan was more than GBP 75, the Goods remain yours after the Redemption Period ends and "
             "you may still redeem them until they are sold; interest continues at the same monthly rate. We "
             "will not sell the Goods until we have sent you written notice of our intention to sell, at least "
             "14 days before the sale, to your last address known to us. The notice will tell you the amount "
             "owed and the expected sale price.")
    d.clause("4.3", "We sell unredeemed Goods either at public auction or through our own shop at their true "
             "market value. We deduct from the sale price the loan, the interest to the date of sale and our "
             "sale charges: 15% of the sale price at auction, or a fixed GBP 25 for a sale through our shop.")
    d.clause("4.4", "Within 20 working days of the sale we will write to you with the sale price, our deductions "
             "and the result. Any surplus belongs to you and will be paid to you on request. If you do not "
             "claim it, we keep it for you for 6 years.")
    d.clause("4.5", "If the sale price is less than the amount owed plus the sale charges, you must pay us the "
             "shortfall within 28 days of our letter.")
    d.h1("5. Looking after the Goods")
    d.clause("5.1", "We keep the Goods in our strongroom and insure them for their full valuation against loss, "
             "theft, fire and flood while they are with us. We do not clean, repair or resize the Goods.")
    d.clause("5.2", "If the Goods are lost or damaged while we hold them, we will pay you their valuation in the "
             "Schedule, less anything you owe us under this agreement.")
    d.h1("6. Your right to withdraw")
    d.clause("6.1", "You may withdraw from this agreement within 14 days after the day it was made, without giving "
             "a reason. You must repay the loan and interest for each day from the date of the loan, and we then "
             "return the Goods.")
    d.h1("7. General")
    d.clause("7.1", "Tell us in writing if you change your address; we send every notice under this agreement to "
             "your last known address. This agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed by Mr Teodor Maraslian (borrower)",
                       "Signed for Ashgrove & Finch Pawnbrokers Ltd by Marisol Eddington-Pryce, Branch Manager"])
    d.h1("SCHEDULE - THE GOODS")
    d.grid(["No.", "Description", "Weight / detail", "Our valuation"],
           [["1", "18ct yellow gold curb chain, 50 cm", "22.4 g", "GBP 610.00"],
            ["2", "9ct gold signet ring, engraved \"TM\"", "6.1 g", "GBP 120.00"],
            ["3", "Vantorre Meridian automatic wristwatch, steel, without box or papers", "Serial VM-44190-R",
             "GBP 550.00"],
            ["", "Total valuation", "", "GBP 1,280.00"]], [12, 80, 40, 38])
    d.para("Loan of GBP 640.00 agreed at 50% of the total valuation. The Goods were examined and photographed in "
           "your presence. Keep your Pawn Receipt safe: you will need it to redeem.", size=9.5)
    return d.save("legal/pawn_pledge_agreement_ashgrove_finch.pdf")


# =============================================================================
# 3. CCTV installation and monitoring contract for a shop
# =============================================================================
def cctv_contract():
    d = Doc("CCTV Installation and Monitoring Contract - Sentinel Peak / Marigold & Rye",
            "Contract SP-CM-2028-0219", "Sentinel Peak Security Systems Ltd - Marigold & Rye Delicatessen",
            accent=(20, 80, 90))
    d.title_block("CCTV INSTALLATION AND REMOTE MONITORING CONTRACT",
                  "Between Sentinel Peak Security Systems Ltd, company no. 10447213, of Unit 9 Harbourgate Trading "
                  "Estate, Pellingford PF6 3TD (\"Sentinel Peak\", \"we\") and Marigold & Rye Delicatessen Ltd, of "
                  "17 Market Row, Pellingford PF1 2AW (\"the Customer\"). Dated 21 February 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"System\" means the cameras, recorder, cabling and signs we install at the Premises. "
             "\"Premises\" means the Customer's shop at 17 Market Row. \"Monitoring Centre\" means our remote "
             "video monitoring centre, staffed 24 hours a day, every day of the year. \"Activation\" means an "
             "alarm signal from the System received at the Monitoring Centre.")
    d.clause("1.2", "\"Response Time\" means the time from receipt of an Activation at the Monitoring Centre until "
             "an operator has viewed the cameras and started the action in clause 5. \"Retention Period\" means "
             "the number of days recordings are kept on the recorder before being overwritten.")
    d.h1("2. Camera packages")
    d.clause("2.1", "The Customer has chosen the package shown in Schedule 1. Our packages are:")
    d.grid(["Package", "Cameras and recorder", "Installed price", "Monitoring per month"],
           [["Essential", "4 dome cameras (4 MP), 2 TB recorder", "GBP 1,450", "GBP 29"],
            ["Plus", "8 cameras (6 dome, 2 bullet, 4 MP), 4 TB recorder", "GBP 2,380", "GBP 42"],
            ["Premier", "12 cameras (10 dome, 1 bullet, 1 pan-tilt-zoom, 8 MP), 8 TB recorder",
             "GBP 3,960", "GBP 65"]], [24, 86, 30, 30])
    d.para("* Prices exclude VAT. Extra cameras: GBP 185 each, installed. Cable runs longer than 40 metres: GBP 4 "
           "per extra metre. Installation outside the Customer's trading hours: add GBP 150.", size=8.5, style="I")
    d.h1("3. Installation")
    d.clause("3.1", "We install the System within 15 working days of the date of this contract, on a date agreed "
             "with the Customer, and test it with the Customer before handover (\"Commissioning\").")
    d.clause("3.2", "The Customer must give us access to the Premises, a power socket near the recorder and a "
             "broadband connection with an upload speed of at least 5 Mbps for remote monitoring.")
    d.h1("4. Recording and retention")
    d.clause("4.1", "The System records continuously. It also saves event clips (recordings of movement or "
             "Activations) separately. The Retention Periods are:")
    d.grid(["Package", "Continuous recording kept for", "Event clips kept for"],
           [["Essential", "14 days", "30 days"],
            ["Plus", "21 days", "45 days"],
            ["Premier", "31 days", "90 days"]], [50, 60, 60])
    d.para("* Retention Periods are based on recording at 15 frames per second. Recording at 25 frames per second "
           "shortens them by about 40%. At the end of the Retention Period recordings are overwritten "
           "automatically unless they have been exported.", size=8.5, style="I")
    d.clause("4.2", "The Customer may export recordings for an incident using the recorder or ask us to do it. We "
             "export up to 4 incidents a month free of charge; further exports cost GBP 20 each. We provide an "
             "export within 48 hours of the Customer's request.")
    d.h1("5. Remote monitoring")
    d.clause("5.1", "Monitoring starts on the day of Commissioning. Outside the trading hours the Customer sets, "
             "the Monitoring Centre responds to Activations within the target Response Times below:")
    d.grid(["Type of Activation", "Target Response Time", "What the operator does"],
           [["Personal attack (panic button)", "30 seconds", "Views the cameras and calls the police at once"],
            ["Intruder (movement detected out of hours)", "90 seconds", "Views the cameras, gives a spoken warning "
             "through the loudspeaker, calls the keyholder and, if an intruder is seen, the police"],
            ["Fire or smoke detector", "60 seconds", "Calls the fire and rescue service and the keyholder"],
            ["Camera offline or tampered with", "15 minutes", "Sends a text message to the keyholder"],
            ["Recorder or hard disk fault", "4 hours", "Arranges an engineer visit under clause 6.2"]],
           [50, 35, 85])
    d.para("* We meet the target Response Time for at least 95% of Activations each month. If we do not, the "
           "Customer receives a credit of 10% of that month's monitoring charge.", size=8.5, style="I")
    d.clause("5.2", "The Customer must give us the names and mobile numbers of at least 2 keyholders who can reach "
             "the Premises within 20 minutes, and keep them up to date. If no keyholder can be reached, we send "
             "a guard from our response partner at GBP 75 per attendance.")
    d.clause("5.3", "A false alarm is an Activation that the operator finds was not caused by an intruder, attack, "
             "fire or fault, for example a door left open or stock falling. The first 3 false alarms in any "
             "rolling 28 days are free; each further false alarm in that period is charged at GBP 40.")
    d.h1("6. Maintenance")
    d.clause("6.1", "We carry out preventive maintenance visits (cleaning cameras, checking images, recorder health "
             "and recording times): 1 visit a year for Essential, 2 visits a year for Plus and Premier. Visits "
             "are booked at least 7 days ahead.")
    d.clause("6.2", "If the System develops a fault, we attend within 8 working hours of the fault being reported "
             "or detected. Parts that fail through normal use are replaced free of charge for 3 years from "
             "Commissioning. Other work (for example moving a camera or damage by vandalism) is charged at GBP 68 "
             "per hour plus parts.")
    d.h1("7. Data protection")
    d.clause("7.1", "The Customer is the controller of the images recorded by the System, and we are its processor. "
             "We process the recordings only on the Customer's written instructions and keep them confidential.")
    d.clause("7.2", "The Customer must: (a) display the CCTV signs we supply (4 signs are included) at each "
             "entrance, showing the Customer's name and contact details; (b) make sure no camera views toilets, "
             "changing areas or the inside of neighbouring homes; (c) decide who may view recordings and keep a "
             "log of every viewing and export; and (d) answer requests from people for copies of their images "
             "within one month.")
    d.clause("7.3", "The cameras can record sound, but audio recording is switched off on installation and we will "
             "only switch it on if the Customer confirms in writing that it has assessed the need for it.")
    d.clause("7.4", "We help the Customer with requests for images within 5 working days of being asked. We notify "
             "the Customer of any personal data breach affecting the recordings within 24 hours of becoming "
             "aware of it. Recordings are held only on the recorder at the Premises; the Monitoring Centre views "
             "live images and does not store them.")
    d.h1("8. Term, payment and ending the contract")
    d.clause("8.1", "The Customer pays 40% of the installed price when signing and the balance on Commissioning. "
             "Monitoring charges are paid monthly in advance by direct debit.")
    d.clause("8.2", "Monitoring runs for a minimum term of 36 months from Commissioning and then continues until "
             "either party gives 90 days' written notice. If the Customer ends monitoring during the minimum "
             "term, it must pay 50% of the monthly charges remaining in the minimum term.")
    d.clause("8.3", "Ownership of the System passes to the Customer when the installed price has been paid in full.")
    d.signature_block(["Signed for Marigold & Rye Delicatessen Ltd by Ms Priya Castellane, Director",
                       "Signed for Sentinel Peak Security Systems Ltd by Owain Trethewey, Sales Manager"])
    d.h1("SCHEDULE 1 - THE CUSTOMER'S ORDER")
    d.grid(["Item", "Detail", "Price (ex VAT)"],
           [["Package", "Plus (8 cameras, 4 TB recorder)", "GBP 2,380.00"],
            ["Extra cameras", "2 dome cameras (cameras 9 and 10)", "GBP 370.00"],
            ["Extra cable", "12 metres beyond 40 metres", "GBP 48.00"],
            ["Installed price", "", "GBP 2,798.00"],
            ["Deposit paid on signing (40%)", "", "GBP 1,119.20"],
            ["Monitoring", "Plus package, from Commissioning", "GBP 42.00 per month"]], [55, 80, 35])
    d.h2("Camera positions")
    d.grid(["Camera", "Position", "Type"],
           [["1", "Front entrance, facing the door from inside", "Dome"],
            ["2", "Till point, above and behind the counter", "Dome"],
            ["3", "Deli counter and cheese room door", "Dome"],
            ["4", "Wine aisle", "Dome"],
            ["5", "Chilled aisle", "Dome"],
            ["6", "Stockroom", "Dome"],
            ["7", "Rear yard and bins, outside", "Bullet"],
            ["8", "Rear delivery door, outside", "Bullet"],
            ["9", "Office, facing the safe", "Dome"],
            ["10", "Upstairs café seating area", "Dome"]], [20, 110, 40])
    d.para("Trading hours set by the Customer: Monday to Saturday 08:00 to 19:00, Sunday 10:00 to 16:00. "
           "Keyholders: Priya Castellane and Joel Abernethy-Roux.", size=9.5)
    return d.save("legal/cctv_monitoring_contract_sentinel_peak.pdf")


# =============================================================================
# 4. Children's ear infection leaflet (question-and-answer)
# =============================================================================
def ear_infection_leaflet():
    d = Doc("Ear infections in children (acute otitis media)", "Leaflet CH-ENT-09",
            "Fernhollow Children's Community Health Service - information for parents", accent=(0, 100, 130),
            body_size=10)
    d.title_block("Ear infections in children",
                  "Acute otitis media: a guide for parents and carers of children aged 3 months to 11 years.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is an ear infection?",
       "An infection of the middle ear, the space behind the eardrum. It often starts after a cold, and is most "
       "common in children under 5. Signs include earache, pulling or rubbing the ear (in babies), a high "
       "temperature, being irritable or off their food, and not hearing as well as usual.")
    qa("How long does it last?",
       "Most children get better within 3 days, and nearly all within 7 days. Most ear infections get better "
       "without antibiotics.")
    qa("How can I ease the pain?",
       "Give regular paracetamol or ibuprofen. Paracetamol may be given up to 4 times in 24 hours, at least 4 "
       "hours apart. Ibuprofen may be given up to 3 times in 24 hours, at least 6 hours apart, with food or "
       "milk. If one medicine has not helped after 2 hours, you may also give the other, but never give more "
       "than the maximum number of doses of either in 24 hours. A warm flannel held over the ear may also help. "
       "Do not put oil, cotton buds or anything else into the ear.")
    d.grid(["Age", "Usual weight", "Paracetamol 120 mg/5 ml (per dose)", "Ibuprofen 100 mg/5 ml (per dose)"],
           [["3 to 5 months", "5 to 7 kg", "2.5 ml", "2.5 ml (only if over 5 kg)"],
            ["6 to 11 months", "7 to 10 kg", "5 ml", "2.5 ml"],
            ["1 to 3 years", "10 to 15 kg", "7.5 ml", "5 ml"],
            ["4 to 6 years", "15 to 21 kg", "10 ml", "7.5 ml"],
            ["7 to 9 years", "21 to 29 kg", "15 ml", "10 ml"],
            ["10 to 11 years", "29 to 36 kg", "20 ml", "15 ml"]], [30, 30, 55, 55])
    d.para("* If your child weighs less than the usual weight for their age, give the dose for the row that "
           "matches their weight instead. Do not give ibuprofen to a child with chickenpox, or if it has made "
           "their asthma worse before. Babies under 3 months must see a doctor before having any pain relief.",
           size=8.5, style="I")
    qa("Will my child need antibiotics?",
       "Usually not: antibiotics only shorten earache by about a day and can cause diarrhoea and rashes. The "
       "doctor may prescribe an antibiotic straight away if your child is under 2 with infection in both ears, "
       "has discharge coming out of the ear, or is very unwell. Otherwise the doctor may give a \"back-up\" "
       "prescription, to be collected only if your child is not starting to improve after 3 days, or gets worse "
       "at any time. The usual antibiotic is amoxicillin for 5 days; children allergic to penicillin are given "
       "clarithromycin instead.")
    qa("What if fluid or pus comes out of the ear?",
       "Sometimes pressure behind the eardrum makes a small hole in it, and yellow or bloody fluid runs out. "
       "The pain often eases when this happens. Wipe away the discharge but do not plug the ear. See your GP "
       "within 24 hours: the hole usually heals on its own within 6 weeks, but the doctor will want to check "
       "it and may prescribe an antibiotic.")
    d.h2("When should I get help?")
    d.bullets(["Call 999 if your child has a stiff neck, a rash that does not fade when a glass is pressed on it, "
               "a fit, or is floppy or very hard to wake.",
               "Go to A&E or call NHS 111 straight away if there is a painful red swelling behind the ear, or the "
               "ear is pushed outwards.",
               "See a GP the same day if your baby is under 3 months with a temperature of 38 degrees C or higher, "
               "or 3 to 6 months with a temperature of 39 degrees C or higher.",
               "See a GP if the earache is no better after 3 days, if your child is being sick or will not drink, "
               "or if hearing still seems poor 6 weeks after the infection.",
               "Ask your GP about a referral if your child has 3 or more ear infections in 6 months, or 4 or more "
               "in 12 months."])
    qa("What is glue ear?",
       "After an infection, sticky fluid can stay behind the eardrum for several weeks and muffle hearing. This "
       "is glue ear. It usually clears on its own within 3 months. Speak clearly and face your child when "
       "talking, and tell their nursery or school.")
    qa("What are grommets?",
       "Grommets are tiny tubes put into the eardrum under a short general anaesthetic, to let air into the "
       "middle ear. They may be offered if glue ear in both ears lasts longer than 3 months and affects "
       "hearing. Most children go home the same day. Grommets fall out on their own, usually after 6 to 12 "
       "months, as the eardrum heals.")
    qa("Can my child swim with grommets?",
       "Yes. Your child can swim on the surface of a chlorinated pool from 2 weeks after the operation. They "
       "should not dive, or swim more than 60 cm under the water, and should not swim in lakes, rivers or the "
       "sea until the grommets have come out. Soapy bath water gets into the ear more easily than pool water: "
       "use cotton wool coated in petroleum jelly in the outer ear when washing hair, and do not put the head "
       "under the bath water.")
    qa("Can my child go to nursery or school?",
       "Yes, once they feel well enough and have had no temperature for 24 hours. An ear infection itself does "
       "not need time off, and other children cannot catch it from the ear.")
    qa("Can ear infections be prevented?",
       "Keep your child away from cigarette smoke, keep their vaccinations up to date, and try not to use a dummy "
       "after 6 months of age.")
    d.para("Children's Community Nursing Team, Fernhollow Health Centre: 01632 960 772 (Mon-Fri 08:30-17:00). "
           "Out of hours: NHS 111.", size=9.5, style="B")
    return d.save("medical/ear_infection_children_leaflet_fernhollow.pdf")


# =============================================================================
# 5. Adult head injury and concussion advice sheet
# =============================================================================
def head_injury_sheet():
    d = Doc("Head injury and concussion: advice for adults", "ED-INFO-31, review due March 2030",
            "Ridgemount General Hospital - Emergency Department", accent=(150, 20, 40), body_size=10)
    d.title_block("Head injury and concussion: advice for adults going home",
                  "You have been seen in the Emergency Department after a head injury. We have checked you and "
                  "think it is safe for you to go home. Please read this sheet with the person who will be "
                  "staying with you.")
    d.h1("What to expect")
    d.para("Many people have some symptoms of concussion after a head injury: headache, feeling dizzy or sick, "
           "tiredness, poor concentration or memory, irritability, and trouble sleeping. These usually get better "
           "over 2 weeks. Recovery is slower if you go back to full activity too soon.")
    d.h1("Red-flag symptoms: get help immediately")
    d.para("Call 999, or come straight back to the Emergency Department, if you have any of these:", style="B")
    d.bullets(["becoming unconscious, or drowsiness when you would normally be awake, or being hard to wake;",
               "confusion, or not knowing where you are;",
               "difficulty speaking or understanding what people say;",
               "weakness, numbness or loss of balance in an arm or leg, or problems walking;",
               "blurred or double vision;",
               "a headache that keeps getting worse or is not helped by painkillers;",
               "vomiting more than once since the injury;",
               "a fit (seizure);",
               "clear fluid coming from the ear or nose, or bleeding from one or both ears;",
               "new deafness in one or both ears."])
    d.h1("Who should stay with you")
    d.para("A responsible adult should stay with you for the first 24 hours after the injury. If you are 65 or "
           "over, or you take a blood thinner (an anticoagulant such as warfarin, apixaban or rivaroxaban), they "
           "should stay with you for 48 hours. If nobody can stay with you, tell the nurse before you leave: you "
           "may need to stay in hospital for observation.")
    d.para("You can go to sleep as usual. You do not need to be woken up every hour. The person staying with "
           "you should check, when they go to bed and once during the night, that you are breathing normally, "
           "lying comfortably and can be woken easily. Call 999 if they cannot wake you.")
    d.h1("Things to avoid")
    d.bullets(["Alcohol: none until all your symptoms have gone, and in any case not for at least 48 hours.",
               "Sleeping tablets and recreational drugs: do not take them unless a doctor has prescribed them.",
               "Painkillers: take paracetamol for a headache. Do not take aspirin or ibuprofen for the first 48 "
               "hours unless a doctor has told you to.",
               "Driving: do not drive for at least 24 hours, and only when you feel fully recovered. If you were "
               "knocked out or had a fit, do not drive until your GP says you may.",
               "Screens: limit phone, computer and television use for the first 48 hours; short periods are fine.",
               "Contact sport: see the return-to-sport table. Do not play while you still have symptoms."])
    d.h1("Graded return to work or study")
    d.para("Move on to the next stage only if you have had no new or worse symptoms for 24 hours at the current "
           "stage. If symptoms come back, go back to the previous stage for 24 hours and then try again.")
    d.grid(["Stage", "Earliest start", "What you can do"],
           [["1. Relative rest", "Days 1 and 2", "Rest at home; short walks; light reading and screens for up to "
             "15 minutes at a time"],
            ["2. Light activity at home", "Day 3", "Housework, walks of 30 minutes, screens for up to 30 minutes "
             "at a time"],
            ["3. Part-time or home working", "Day 5", "Half days, or working from home, with a break every hour; "
             "no driving for work"],
            ["4. Full normal work", "Day 8", "Full hours. Ask your employer about lighter duties for the first "
             "week back"]], [50, 30, 90])
    d.para("If you do heavy manual work, or work at height or with machinery, do not return to those tasks until "
           "you have had no symptoms for 7 days.")
    d.h1("Graded return to sport")
    d.para("The same 24-hour rule applies to each stage. Do not start stage 2 while you have any symptoms at rest.")
    d.grid(["Stage", "Earliest start", "Activity"],
           [["1. Everyday activity only", "Days 1 and 2", "No exercise beyond walking around the home"],
            ["2. Light aerobic exercise", "Day 3", "Walking or exercise bike for 10 to 15 minutes; no weights"],
            ["3. Running and sport-specific exercise", "Day 7", "Running, swimming or ball drills; no contact or "
             "heading the ball"],
            ["4. Non-contact training", "Day 10", "Harder training drills and light weights"],
            ["5. Full contact training", "Day 14", "Only after you have seen your GP or club doctor and been "
             "cleared"],
            ["6. Competitive matches", "Day 21", "Return to matches and competition"]], [60, 30, 80])
    d.para("* Never return to competitive contact sport (for example rugby, football, boxing or martial arts) "
           "earlier than 21 days after the injury, even if you feel completely well.", size=8.5, style="I")
    d.h1("Follow-up")
    d.para("See your GP if your symptoms have not settled after 2 weeks, or if they stop you working. If you "
           "still have symptoms 4 weeks after the injury, your GP can refer you to the Ridgemount Post-Concussion "
           "Clinic. You will not be sent a follow-up appointment by the Emergency Department.")
    d.para("Emergency Department, Ridgemount General Hospital: 01632 960 120 (24 hours).", size=9.5, style="B")
    return d.save("medical/head_injury_concussion_advice_ridgemount.pdf")


# =============================================================================
# 6. Hospital guideline on VTE prevention after surgery
# =============================================================================
def vte_guideline():
    d = Doc("Clinical Guideline CG-VTE-07: VTE prevention in adult surgical patients", "Version 4.1",
            "Calderbrook Hospitals Trust - Thrombosis Committee. Approved 12 September 2027; review September 2030",
            font="Times", accent=(40, 40, 120), body_size=10.5)
    d.title_block("Prevention of venous thromboembolism (VTE) after surgery",
                  "Clinical Guideline CG-VTE-07 for doctors, nurses and pharmacists caring for adult surgical "
                  "inpatients at Calderbrook Hospitals Trust")
    d.h1("1. Scope")
    d.clause("1.1", "This guideline applies to patients aged 16 and over admitted for surgery. It does not cover "
             "pregnant women or women up to 6 weeks after giving birth (see guideline CG-OBS-12), or patients "
             "already taking an anticoagulant at treatment dose.")
    d.clause("1.2", "Venous thromboembolism (VTE) means deep vein thrombosis (a blood clot in a deep vein, usually "
             "in the leg) and pulmonary embolism (a clot that has travelled to the lungs).")
    d.h1("2. Risk assessment")
    d.clause("2.1", "Every patient must have a VTE and bleeding risk assessment on the Trust's electronic form on "
             "admission, or within 24 hours of admission for emergencies. Repeat it 24 hours after surgery and "
             "whenever the patient's clinical condition changes.")
    d.clause("2.2", "Offer prophylaxis to every patient whose VTE risk outweighs their bleeding risk. All patients "
             "and carers are given the leaflet \"Reducing your risk of blood clots\" and told the signs of DVT "
             "and pulmonary embolism.")
    d.h1("3. Enoxaparin dose")
    d.clause("3.1", "The first-line drug is enoxaparin, a low molecular weight heparin (LMWH), given by "
             "subcutaneous injection. Choose the dose from the patient's actual body weight and creatinine "
             "clearance (CrCl):")
    d.grid(["Body weight", "CrCl 30 ml/min or more", "CrCl 15 to 29 ml/min", "CrCl under 15 ml/min or dialysis"],
           [["Under 50 kg", "20 mg once daily", "20 mg once daily", "Unfractionated heparin 5,000 units twice daily"],
            ["50 to 100 kg", "40 mg once daily", "20 mg once daily", "Unfractionated heparin 5,000 units twice daily"],
            ["101 to 150 kg", "40 mg twice daily", "40 mg once daily",
             "Unfractionated heparin 5,000 units three times daily"],
            ["Over 150 kg", "60 mg twice daily", "Discuss with haematology", "Discuss with haematology"]],
           [30, 45, 45, 50])
    d.para("* Calculate CrCl with the Cockcroft-Gault equation using actual body weight. Do not use eGFR instead "
           "of CrCl in patients under 50 kg or over 120 kg. Weigh the patient on admission; do not use a "
           "stated or estimated weight.", size=9, style="I")
    d.clause("3.2", "Give the first post-operative dose 6 to 12 hours after surgery, provided there is no "
             "bleeding concern; then give once-daily doses at 18:00 (twice-daily doses at 06:00 and 18:00).")
    d.clause("3.3", "Patients going home on enoxaparin are taught to inject themselves, or a carer or district "
             "nurse is arranged, before discharge. Give a sharps bin and the full supply for the remaining "
             "duration.")
    d.h1("4. Duration by type of operation")
    d.clause("4.1", "Continue pharmacological prophylaxis for the duration below, counted from the day of "
             "surgery, including after discharge:")
    d.grid(["Type of operation", "Enoxaparin duration", "Mechanical prophylaxis"],
           [["Elective total hip replacement", "28 days", "Stockings until discharge"],
            ["Elective total knee replacement", "14 days", "Stockings until discharge"],
            ["Hip fracture surgery", "28 days", "Stockings until discharge"],
            ["Major abdominal or pelvic surgery for cancer", "28 days", "Stockings until usual mobility"],
            ["Other major abdominal surgery (more than 45 minutes)", "Until discharge, for at least 7 days",
             "Stockings until usual mobility"],
            ["Bariatric surgery", "10 days", "Intermittent pneumatic compression in theatre and until mobile"],
            ["Spinal surgery", "Only if the surgeon agrees in writing; from 24 hours after surgery",
             "Stockings or intermittent pneumatic compression until mobile"],
            ["Cranial neurosurgery", "None in the first 48 hours; then only with the neurosurgeon's agreement",
             "Intermittent pneumatic compression until mobile"],
            ["Day-case and minor surgery (under 45 minutes, mobile the same day)",
             "None, unless the risk assessment shows additional risk factors", "None"],
            ["Lower limb immobilised in a plaster cast", "For as long as the limb is immobilised", "Not applicable"],
            ["Laparoscopic cholecystectomy", "Until discharge", "Stockings until discharge"],
            ["Varicose vein surgery", "7 days if the risk assessment shows additional risk factors",
             "Stockings for 7 days"]], [65, 60, 45])
    d.h1("5. When not to give enoxaparin")
    d.clause("5.1", "Do not give enoxaparin (or unfractionated heparin) to a patient with:")
    for n, t in [("(a)", "active bleeding, or an acquired bleeding disorder such as acute liver failure;"),
                 ("(b)", "a platelet count below 50 x 10^9/L;"),
                 ("(c)", "an intracranial haemorrhage or acute stroke within the last 14 days, unless the stroke "
                         "team advises otherwise;"),
                 ("(d)", "uncontrolled high blood pressure of 230/120 mmHg or higher;"),
                 ("(e)", "a history of heparin-induced thrombocytopenia (HIT): use mechanical prophylaxis and "
                         "discuss with haematology, who may advise fondaparinux."),
                 ]:
        d.clause(n, t, indent=12, numw=9)
    d.clause("5.2", "Spinal and epidural anaesthesia: do not give enoxaparin within 12 hours before a spinal or "
             "epidural is inserted or an epidural catheter is removed, and give the next dose at least 4 hours "
             "after insertion or removal.")
    d.h1("6. Anti-embolism stockings")
    d.clause("6.1", "Use thigh-length graduated anti-embolism stockings, or knee-length if thigh-length are "
             "unsuitable or the patient cannot wear them. Measure the legs and choose the size from the "
             "manufacturer's chart; re-measure if the legs swell.")
    d.clause("6.2", "Do not use anti-embolism stockings in patients with:")
    d.bullets(["peripheral arterial disease, or an ankle brachial pressure index below 0.8;",
               "peripheral neuropathy or loss of sensation in the legs, for example from diabetes;",
               "severe leg oedema, or fragile skin, dermatitis, ulcers or recent skin grafts on the legs;",
               "a leg deformity or unusual leg shape that stops correct fitting;",
               "acute stroke."], indent=12)
    d.clause("6.3", "Where stockings cannot be used, offer intermittent pneumatic compression instead. Stockings "
             "are worn day and night until the patient is back to their usual level of mobility. Remove them "
             "daily for washing and to check the skin, for no more than 30 minutes.")
    d.h1("7. Monitoring")
    d.clause("7.1", "Check a full blood count, clotting screen and renal function before the first dose. If the "
             "patient is on unfractionated heparin, check the platelet count every 2 to 3 days from day 4 to day "
             "14.")
    d.clause("7.2", "Measure anti-Xa levels 4 hours after the third dose in patients over 150 kg or with CrCl "
             "under 30 ml/min who stay on enoxaparin for more than 5 days.")
    d.clause("7.3", "If a patient develops a platelet count fall of more than 50%, or new thrombosis, while on "
             "heparin, stop it and contact the on-call haematologist the same day.")
    d.h1("Appendix A - Risk factors (summary of the Trust form)")
    d.grid(["VTE risk factors", "Bleeding risk factors"],
           [["Age over 60", "Active bleeding or a bleeding disorder (for example haemophilia)"],
            ["Body mass index over 30 kg/m2", "Platelet count below 75 x 10^9/L"],
            ["Active cancer or cancer treatment", "Acute stroke"],
            ["Previous VTE, or VTE in a parent, brother or sister", "Uncontrolled blood pressure (230/120 mmHg or "
             "higher)"],
            ["Combined hormonal contraception or hormone replacement therapy", "Lumbar puncture, epidural or spinal "
             "anaesthesia expected within the next 12 hours or in the last 4 hours"],
            ["Total anaesthetic and surgical time over 90 minutes, or over 60 minutes for surgery on the pelvis "
             "or leg", "Liver disease with an INR over 1.5"],
            ["Expected reduced mobility for 3 days or more", "Untreated inherited or acquired bleeding disorder"],
            ["Critical care admission, dehydration or significant medical illness", ""]], [85, 85])
    d.para("Women taking combined hormonal contraception or hormone replacement therapy should be advised to "
           "stop it 4 weeks before planned major surgery, and given advice on other contraception.")
    d.h1("Appendix B - What to tell patients going home")
    d.bullets(["Keep moving and drink plenty of fluids.",
               "Inject enoxaparin at the same time each day, into the skin of the tummy, changing sides each day.",
               "Seek help the same day for pain, swelling, heat or redness in the calf or thigh.",
               "Call 999 for sudden breathlessness, chest pain or coughing up blood.",
               "Tell the ward or your GP if you notice unusual bruising or bleeding, such as blood in the urine or "
               "black stools."])
    return d.save("medical/vte_prevention_surgery_guideline_calderbrook.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([locksmith_terms, pawn_agreement, cctv_contract,
                       ear_infection_leaflet, head_injury_sheet, vte_guideline], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
