"""Render the thirty-sixth development-set documents (fictional) as PDFs into bench/dev36/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a personal
training package agreement between a self-employed trainer based at a health club and a named client
(definitions, the club's part and the guest fee, a package table with validity periods and a footnote, age and
health screening, a late cancellation table by hours of notice, lateness, freezing, refunds and transfers, and
the client's package schedule after the signatures), a driveway block paving contract for named householders
(works specification, planning and drainage, deposit and stage payments, a cancellation table by stage, weather,
unforeseen ground conditions, a table of when the new driveway may be used, a guarantee table, and a price
breakdown and a variation rate table after the signatures), a golf club's membership terms and fees (a
subscription table by category and age on 1 April with a footnote on affiliation fees, a table of mid-year
joining percentages, direct debits, resignation, suspension, guests and guest green fees, buggies, lockers and
the bar card), a conjunctivitis leaflet for parents in question-and-answer form (cleaning
the eyes, school, an age table for who to see, a chloramphenicol table, contact lenses, allergic eyes, urgent
signs), an enoxaparin self-injection plan after bowel surgery for an invented patient (a summary table, a dose
table by weight and kidney function, injection steps, a 28-day diary split over the page break, missed doses,
a when-to-get-help table, other medicines, sharps), and an adult acute kidney injury guideline for ward
clinicians (baseline creatinine, a staging table by creatinine and urine output, a urine output threshold table
by weight, the care bundle, a monitoring table by stage, renal referral criteria, a medicines table, follow-up
blood tests after discharge by stage).
Questions: bench/dev36/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev36/make_dev36.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2028, 1, 17, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 36 (fictional document)", "make_dev36.py", FIXED_DATE)


# =============================================================================
# 1. Personal training package agreement
# =============================================================================
def personal_training():
    d = Doc("Personal Training Package Agreement - Pellicane PT / Okafor-Lindley", "Agreement PPT-0142",
            "Pellicane PT, at Copperleigh Health Club, Brantwick - Ms H. Okafor-Lindley", accent=(160, 40, 40))
    d.title_block("PERSONAL TRAINING PACKAGE AGREEMENT",
                  "Between Jordan Pellicane, trading as Pellicane PT (\"the Trainer\"), and Ms Harriet "
                  "Okafor-Lindley of 8 Wharton Rise, Brantwick BW3 9LT (\"the Client\"). Dated 8 January 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Club\" means Copperleigh Health Club, Station Road, Brantwick, where the Trainer rents "
             "floor space. The Club is not a party to this agreement.")
    d.clause("1.2", "\"Session\" means one 60-minute personal training session with the Trainer at the Club. "
             "\"Express Session\" means a 30-minute session. \"Package\" means a number of Sessions bought and "
             "paid for in advance, as listed in clause 3.")
    d.clause("1.3", "\"Start Date\" means the date of the Client's first Session in a Package. \"Expiry Date\" "
             "means the last day on which Sessions in that Package can be used, worked out from the validity "
             "period in clause 3.1. \"PAR-Q\" means the physical activity readiness questionnaire the Client "
             "completes under clause 4.")
    d.h1("2. The Trainer and the Club")
    d.clause("2.1", "The Trainer is self-employed and is not an employee or agent of the Club. The Trainer holds a "
             "Level 3 personal training qualification, a current first aid certificate and public liability "
             "insurance of GBP 5,000,000.")
    d.clause("2.2", "Package prices cover the Trainer's time only. The Client must hold a current Club "
             "membership or pay the Club's guest fee of GBP 9 per visit to the Club, which is not included in "
             "the Package price and is paid to the Club, not to the Trainer.")
    d.h1("3. Packages and prices")
    d.clause("3.1", "The Packages available from 1 January 2028 are:")
    d.grid(["Package", "Sessions", "Price", "Price per Session", "Must be used within"],
           [["Pay as you go", "1 Session", "GBP 45", "GBP 45", "4 weeks"],
            ["Starter", "5 Sessions", "GBP 210", "GBP 42", "8 weeks"],
            ["Momentum", "10 Sessions", "GBP 390", "GBP 39", "14 weeks"],
            ["Transform", "20 Sessions", "GBP 720", "GBP 36", "26 weeks"],
            ["Express", "10 Express Sessions", "GBP 230", "GBP 23", "12 weeks"],
            ["Duo *", "10 Sessions for two people training together", "GBP 540", "GBP 54 (for both)",
             "14 weeks"]], [32, 48, 24, 34, 32])
    d.para("* Both Duo clients must sign this agreement and complete a PAR-Q. Every Package includes a free "
           "45-minute initial consultation with body measurements and a written programme; the consultation "
           "does not count as a Session.", size=8.5, style="I")
    d.clause("3.2", "Packages are paid in full before the first Session, by card or bank transfer. The Transform "
             "Package may instead be paid in 2 equal instalments of GBP 360: the first before the first Session "
             "and the second before the 11th Session.")
    d.clause("3.3", "Sessions not used by the Expiry Date are lost and are not refunded, unless the Package has "
             "been frozen under clause 7.")
    d.h1("4. Age and health screening")
    d.clause("4.1", "The Client must be 16 or over. A Client aged 16 or 17 needs a parent or guardian to sign this "
             "agreement, and the parent or guardian must attend the initial consultation.")
    d.clause("4.2", "Before the first Session the Client completes the PAR-Q. If the Client answers \"yes\" to any "
             "question, the Trainer may ask for a letter from the Client's GP confirming that the Client can "
             "exercise before training starts. The Client must tell the Trainer before a Session about any new "
             "injury, illness, medication or pregnancy.")
    d.h1("5. Booking, cancelling and lateness")
    d.clause("5.1", "Sessions are booked through the Pellicane PT app, up to 4 weeks ahead. Sessions are "
             "available Monday to Friday 06:00 to 21:00 and Saturday 08:00 to 14:00.")
    d.clause("5.2", "The Client may cancel or move a booked Session through the app. What happens depends on how "
             "much notice the Client gives before the Session start time:")
    d.grid(["Notice given by the Client", "What happens"],
           [["24 hours or more", "No charge; the Session stays in the Package"],
            ["12 hours to less than 24 hours", "A late cancellation fee of GBP 15; the Session stays in the "
             "Package"],
            ["Less than 12 hours, or the Client does not turn up", "The Session counts as used"]], [70, 100])
    d.clause("5.3", "Illness is not an exception to clause 5.2, but the Trainer will waive the fee or the lost "
             "Session once per Package where the Client sends a message before the Session starts.")
    d.clause("5.4", "If the Client arrives late, the Session still ends at its booked finish time. If the Client "
             "has not arrived 20 minutes after the start time, the Trainer may leave and the Session counts as "
             "used.")
    d.clause("5.5", "If the Trainer cancels a Session with less than 24 hours' notice, or arrives more than 10 "
             "minutes late, the Session is rebooked at no cost and one free Express Session is added to the "
             "Client's Package.")
    d.h1("6. Training, progress and advice")
    d.clause("6.1", "The Trainer writes the Client's programme and reviews progress every 6 Sessions. Progress "
             "photographs are taken only with the Client's written consent and are never shared.")
    d.clause("6.2", "The Trainer will work towards the goals in the Schedule but does not guarantee any result, "
             "such as a loss of weight or a race time.")
    d.clause("6.3", "The Trainer may give general healthy eating guidance in line with public health advice. The "
             "Trainer is not a dietitian and does not give meal plans for medical conditions or advice on "
             "supplements.")
    d.h1("7. Freezing, refunds and transfers")
    d.clause("7.1", "Medical freeze: if illness, injury or pregnancy stops the Client training, the Client may "
             "freeze the Package once, for up to 8 weeks, by sending a doctor's or physiotherapist's note. The "
             "Expiry Date moves back by the length of the freeze.")
    d.clause("7.2", "Holiday freeze: the Client may also freeze the Package once for up to 2 weeks, with at least "
             "7 days' notice; no note is needed.")
    d.clause("7.3", "Packages are not refundable, except that:")
    d.clause("(a)", "if a medical condition means the Client can no longer train, the Trainer refunds the unused "
             "Sessions at the Package's price per Session, less an administration fee of GBP 20, on receipt of "
             "a GP letter; and", indent=12, numw=9)
    d.clause("(b)", "if the Trainer stops working at the Club and cannot offer Sessions at another gym within 5 "
             "miles, the Trainer refunds all unused Sessions in full.", indent=12, numw=9)
    d.clause("7.4", "The Client may transfer the unused Sessions in a Package to another person once, for a fee of "
             "GBP 10, if that person completes the PAR-Q and is a member of the Club. The Expiry Date does not "
             "change.")
    d.h1("8. Safety during Sessions")
    d.clause("8.1", "The Client must wear suitable trainers and bring water. The Client must tell the Trainer at "
             "once about chest pain, dizziness or unusual breathlessness; the Trainer may stop or change any "
             "Session for safety reasons. The Client must not train within 8 hours of drinking alcohol.")
    d.h1("9. Liability")
    d.clause("9.1", "The Trainer is liable for injury caused by the Trainer's negligence. For any other loss the "
             "Trainer's liability is limited to the price of the Package. The Trainer is not responsible for "
             "the Club's equipment, premises or lockers, or for the Client's belongings.")
    d.h1("10. Ending this agreement and your information")
    d.clause("10.1", "This agreement ends when all Sessions have been used or on the Expiry Date, whichever is "
             "first. The Trainer may end it at once if the Client is abusive or violent, and will then refund "
             "the unused Sessions.")
    d.clause("10.2", "The Trainer keeps the Client's PAR-Q, programme and session notes for 2 years after the last "
             "Session, then deletes them.")
    d.signature_block(["Signed by Jordan Pellicane (the Trainer)", "Signed by Ms Harriet Okafor-Lindley (the "
                                                                    "Client)"])
    d.h1("SCHEDULE - THE CLIENT'S PACKAGE")
    d.grid(["Item", "Details"],
           [["Package", "Transform (20 Sessions)"],
            ["Price", "GBP 720, in 2 instalments: GBP 360 paid on 8 January 2028; GBP 360 due before the "
             "11th Session"],
            ["Start Date", "Tuesday 11 January 2028"],
            ["Expiry Date", "Monday 10 July 2028"],
            ["Regular slots", "Tuesdays 07:00 and Thursdays 18:30"],
            ["Club membership number", "CHC-40917 (Off-Peak membership)"],
            ["PAR-Q", "\"Yes\" to question 5 (joint problems: lower back). GP letter received 5 January 2028."],
            ["Goals", "Run 10 km without stopping by June 2028; improve core strength; no exercises lying flat "
             "on the back after 20 minutes (GP letter)"]], [50, 120])
    d.para("Changes to the Schedule are agreed in the app and confirmed by e-mail.", size=9, style="I")
    return d.save("legal/personal_training_agreement_pellicane_okafor_lindley.pdf")


# =============================================================================
# 2. Driveway block paving contract
# =============================================================================
def block_paving():
    d = Doc("Driveway Contract - Greystone Driveways / Verhoeven-Clarke", "Contract GD-28-0612",
            "Greystone Driveways Ltd, Kiln Lane Yard, Wendlebridge WB2 5RA", font="Times", accent=(70, 70, 70),
            body_size=10)
    d.title_block("DRIVEWAY RESURFACING AND BLOCK PAVING CONTRACT",
                  "Between Greystone Driveways Ltd, company no. 10448271 (\"Greystone\", \"we\") and Mr Tobias "
                  "Verhoeven-Clarke and Mrs Aylin Verhoeven-Clarke of 14 Larchmere Close, Wendlebridge WB6 3QS "
                  "(\"the Customer\", \"you\"). Signed on 11 April 2028 after our survey on 4 April 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Works\" means the work described in clause 2 and Schedule 1. \"Site\" means the front "
             "driveway and path at the address above. \"Contract Price\" means the total price in Schedule 1, "
             "including VAT. \"Start Date\" means 15 May 2028 or any other date we agree in writing. "
             "\"Completion\" means the day we hand the finished driveway over to you. \"Working Day\" means "
             "Monday to Friday, except bank holidays.")
    d.clause("1.2", "\"Variation\" means any change to the Works agreed in writing. \"Unforeseen Ground "
             "Conditions\" means soft or waterlogged ground, buried concrete, rubble, old foundations or tree "
             "roots that could not be seen at the survey.")
    d.h1("2. The Works")
    d.clause("2.1", "We will break out and remove the existing tarmac, excavate the Site to 230 mm below the "
             "finished level, lay a geotextile membrane, and lay and compact 150 mm of Type 1 sub-base in two "
             "layers. The blocks are laid on a 30 mm bed of grit and jointed with grit.")
    d.clause("2.2", "The paving is Castlegate Permeable Sett, 50 mm thick, colour Autumn Gold, laid in a "
             "herringbone pattern over 58 square metres, with Heritage kerb edging in Charcoal.")
    d.clause("2.3", "Rainwater drains through the joints of the permeable blocks into the ground, so no planning "
             "permission is needed for the new surface. If you later ask us to use non-permeable blocks over "
             "more than 5 square metres of the front garden, you must obtain planning permission before work "
             "starts.")
    d.clause("2.4", "A dropped kerb (vehicle crossover) on the public footway needs the council's approval and is "
             "not part of the Works. You are responsible for applying to the council for it.")
    d.h1("3. Price and payment")
    d.clause("3.1", "You pay the Contract Price in three stages: a deposit of 10% when you sign; a stage payment "
             "of 40% when the sub-base has been laid and you (or we, if you are out) have photographed it; and "
             "the balance of 50% within 5 Working Days after Completion.")
    d.clause("3.2", "You may hold back up to GBP 250 from the balance until we have put right any snagging items "
             "you list in writing within 7 days after Completion.")
    d.clause("3.3", "If you pay late, we may charge interest at 4% a year above the Bank of England base rate.")
    d.h1("4. Cancellation")
    d.clause("4.1", "You have a cooling-off period of 14 days from the day you signed this contract. We do not "
             "start work during that period unless you ask us to in writing. If you cancel:")
    d.grid(["When you cancel", "What you pay"],
           [["During the cooling-off period, before any work", "Nothing; your deposit is refunded within 14 "
             "days"],
            ["During the cooling-off period, after asking us in writing to start", "The value of work done and "
             "materials delivered"],
            ["After the cooling-off period, more than 10 Working Days before the Start Date", "We keep your "
             "deposit"],
            ["After the cooling-off period, 10 Working Days or fewer before the Start Date", "20% of the "
             "Contract Price"],
            ["After work has started", "The value of work done and materials ordered, plus 15% of the "
             "remaining Contract Price"]], [95, 75])
    d.h1("5. Start date, weather and delays")
    d.clause("5.1", "We expect the Works to take 6 Working Days from the Start Date.")
    d.clause("5.2", "We do not lay the grit bed or blocks in heavy rain or when the air temperature is below 3 "
             "degrees C. Days lost to weather are added to the time for the Works at no extra cost to you.")
    d.clause("5.3", "If we have not started within 15 Working Days after the Start Date for any reason other than "
             "weather or your own delay, you may cancel by written notice and we will refund your deposit in "
             "full.")
    d.h1("6. Access and your responsibilities")
    d.clause("6.1", "You must move all vehicles off the driveway before 08:00 on the Start Date and keep them off "
             "until Completion, and let us use an outside tap and power socket.")
    d.clause("6.2", "We obtain and pay for the council permit for our skips on the road. You must tell us where "
             "any underground pipes, cables or drains that you know about are. We scan the Site with a cable "
             "avoidance tool before digging. If we damage a pipe or cable that you did not tell us about and "
             "that the tool could not detect, the cost of repair is charged to you at cost.")
    d.h1("7. Unforeseen Ground Conditions")
    d.clause("7.1", "If we find Unforeseen Ground Conditions we will stop, show you and explain what is needed "
             "before continuing. Extra work is a Variation and is charged at the rates in Schedule 2.")
    d.clause("7.2", "We will not cut any tree root thicker than 50 mm without your written consent, as cutting "
             "large roots can harm the tree.")
    d.h1("8. Using your new driveway")
    d.grid(["Use", "When"],
           [["Walking on the paving", "Straight away"],
            ["Cars and vans up to 3.5 tonnes", "After 48 hours"],
            ["Vehicles over 3.5 tonnes (for example skip lorries or large motorhomes)", "Not recommended at any "
             "time; damage is not covered by the guarantee"],
            ["Pressure washing", "Not in the first 6 months; afterwards use a fan nozzle at least 30 cm from the "
             "surface"],
            ["Topping up the jointing grit", "After 3 months, and then once a year"]], [95, 75])
    d.clause("8.1", "White deposits (efflorescence) may appear on new blocks in the first months. They are "
             "natural salts from the concrete, weather away and are not a defect. Weeds growing in the joints "
             "from windblown seeds are not a defect.")
    d.h1("9. Guarantee")
    d.clause("9.1", "We guarantee our work from the date of Completion as follows:")
    d.grid(["What is covered", "Guarantee"],
           [["Sub-base: sinking of the paving by more than 10 mm under a 1 m straight edge", "10 years"],
            ["Laying of blocks and kerbs: loose, rocking or lifting blocks", "5 years"],
            ["Drainage channel and its connection to the soakaway", "2 years"],
            ["Colour of the blocks", "The block maker's guarantee only"]], [110, 60])
    d.clause("9.2", "The guarantee does not cover oil or fuel stains, damage from vehicles over 3.5 tonnes, "
             "damage by tree roots, or ground movement outside the Site. It can be transferred once to a new "
             "owner of the property if you tell us within 3 months of the sale, for a fee of GBP 50.")
    d.h1("10. Complaints and law")
    d.clause("10.1", "Please report any problem in writing to our office. We visit within 10 Working Days and "
             "reply in writing. Our liability is limited to the Contract Price, except for death or personal "
             "injury caused by our negligence and your statutory rights. English law applies.")
    d.signature_block(["Signed for Greystone Driveways Ltd by Mr Ruairi Castellane, Contracts Manager",
                       "Signed by Mr Tobias Verhoeven-Clarke and Mrs Aylin Verhoeven-Clarke"])
    d.h1("SCHEDULE 1 - PRICE BREAKDOWN (prices include VAT at 20%)")
    d.grid(["Item", "Price"],
           [["Break out and dispose of existing tarmac, 58 square metres", "GBP 1,160.00"],
            ["Excavation to 230 mm and removal of spoil (4 skips)", "GBP 1,420.00"],
            ["Geotextile membrane and 150 mm Type 1 sub-base", "GBP 1,740.00"],
            ["Castlegate Permeable Sett, Autumn Gold, 58 square metres, supplied and laid", "GBP 3,190.00"],
            ["Heritage kerb edging, Charcoal, 31 linear metres", "GBP 620.00"],
            ["Linear drainage channel at the garage door, 4.5 m, connected to the existing soakaway",
             "GBP 410.00"],
            ["Raise 2 inspection chamber covers to the new level", "GBP 170.00"],
            ["Contract Price", "GBP 8,710.00"]], [130, 40])
    d.para("Payments: deposit (10%) GBP 871.00, paid on signing; stage payment (40%) GBP 3,484.00, after the "
           "sub-base; balance (50%) GBP 4,355.00, within 5 Working Days after Completion. Not included: dropped "
           "kerb, garden walls, gates, and turf or plants along the new edges.", size=9.5)
    d.h1("SCHEDULE 2 - VARIATION RATES")
    d.grid(["Extra work", "Rate (including VAT)"],
           [["Extra excavation and sub-base, for each additional 100 mm of depth", "GBP 42 per square metre"],
            ["Additional block paving (same block and pattern)", "GBP 64 per square metre"],
            ["Additional kerb edging", "GBP 22 per linear metre"],
            ["Removing buried concrete, rubble or old foundations", "GBP 58 per hour, plus GBP 295 per extra "
             "skip"],
            ["Raising or lowering an inspection chamber cover", "GBP 85 per cover"],
            ["Cutting back tree roots (with your written consent)", "GBP 58 per hour"]], [110, 60])
    d.para("Rates apply until 31 December 2028. We will always give you a written price for a Variation before "
           "doing the work.", size=9, style="I")
    return d.save("legal/block_paving_contract_greystone_verhoeven_clarke.pdf")


# =============================================================================
# 3. Golf club membership terms and fees
# =============================================================================
def golf_membership():
    d = Doc("Harrowcombe Park Golf Club - Membership Terms and Fees 2028-29", "Approved at the AGM, 2 March 2028",
            "Harrowcombe Park Golf Club Ltd, Heron Lane, Harrowcombe", accent=(20, 90, 50))
    d.title_block("MEMBERSHIP TERMS AND FEES 2028-29",
                  "These terms apply to all members of Harrowcombe Park Golf Club (\"the Club\") for the "
                  "Subscription Year starting 1 April 2028. They are read together with the Club's Articles and "
                  "Bye-laws.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Subscription Year\" means 1 April to the following 31 March. \"Board\" means the Club's "
             "board of directors. \"Heron Course\" means the Club's 18-hole course and \"Spinney Course\" its "
             "9-hole course. \"Affiliation Fees\" means the fees the Club collects for England Golf and the "
             "county union for each playing member.")
    d.clause("1.2", "A member's age for the whole Subscription Year is their age on 1 April 2028. A member whose "
             "birthday moves them into another category during the year stays in their category until the "
             "next 1 April.")
    d.h1("2. Membership categories and subscriptions")
    d.clause("2.1", "The annual subscriptions for 2028-29, as approved at the AGM, are:")
    d.grid(["Category", "Who can join", "Playing rights", "Annual subscription", "Joining fee"],
           [["Full 7-Day", "Age 30 and over", "Both courses, any day", "GBP 1,640", "GBP 500"],
            ["5-Day", "Age 30 and over", "Both courses, Monday to Friday (not bank holidays)", "GBP 1,260",
             "GBP 350"],
            ["Young Adult 25-29", "Age 25 to 29", "As Full 7-Day", "GBP 1,080", "Nil"],
            ["Young Adult 18-24", "Age 18 to 24", "As Full 7-Day", "GBP 620", "Nil"],
            ["Country", "Age 30 and over, living more than 50 miles from the Club", "Both courses, any day; "
             "up to 24 rounds a year", "GBP 740", "GBP 250"],
            ["Spinney", "Age 18 and over", "Spinney Course only, any day", "GBP 480", "Nil"],
            ["Junior", "Age 12 to 17", "Both courses; Heron Course not before 11:00 at weekends", "GBP 260",
             "Nil"],
            ["Cadet", "Age 8 to 11", "Spinney Course only, with an adult member", "GBP 90", "Nil"],
            ["Social", "Age 18 and over", "None; use of the clubhouse only", "GBP 95", "Nil"]],
           [30, 40, 50, 26, 24], size=8.5)
    d.para("* Subscriptions include VAT. Affiliation Fees of GBP 23.50 a year (England Golf GBP 14.50 and the "
           "Vale Counties Golf Union GBP 9.00) are added for every playing category except Cadet. Members "
           "moving up from Junior or Young Adult categories never pay a joining fee.", size=8.5, style="I")
    d.clause("2.2", "The joining fee may be spread over 3 years in equal instalments added to the subscription. "
             "A member who leaves before all instalments are paid must pay the rest on leaving.")
    d.h1("3. Joining during the year")
    d.clause("3.1", "New members elected after the start of the Subscription Year pay part of the annual "
             "subscription, depending on the date of election, and the full joining fee:")
    d.grid(["Date of election", "Subscription payable for 2028-29"],
           [["1 April to 30 September 2028", "100% of the annual subscription"],
            ["1 October to 31 December 2028", "60% of the annual subscription"],
            ["1 January to 31 March 2029", "30% of the annual subscription"]], [80, 90])
    d.h1("4. Paying your subscription")
    d.clause("4.1", "Subscriptions are due on 1 April. Members may pay in full by 30 April, or by 10 monthly "
             "direct debits from April to January, in which case a credit charge of 4% of the subscription is "
             "added.")
    d.clause("4.2", "A member who has not paid, or set up a direct debit, by 31 May may not play or enter "
             "competitions until payment is made. Membership lapses if the subscription is still unpaid on 30 "
             "June, and a lapsed member who rejoins pays the joining fee again.")
    d.h1("5. Resigning and suspending membership")
    d.clause("5.1", "A member who wishes to resign must write to the Club Secretary. Notice received before 1 March "
             "takes effect at the end of the Subscription Year; a member whose notice is received on or after "
             "1 March must pay the next year's subscription in full.")
    d.clause("5.2", "Subscriptions are not refunded for part of a year. However, a member who cannot play for at "
             "least 3 months in a row because of illness or injury may apply, with a doctor's letter, to "
             "suspend their membership for up to 6 months. The subscription for the months suspended is "
             "credited against the next year's subscription.")
    d.h1("6. Tee times and guests")
    d.clause("6.1", "Members book tee times through the Club app up to 8 days ahead. On Saturdays and Sundays the "
             "Heron Course is reserved for competitions between 07:30 and 10:30.")
    d.clause("6.2", "A member may bring up to 3 guests a day, and the same guest may play as a member's guest no "
             "more than 6 times in a Subscription Year. The member must play with their guests, and guests must "
             "hold a Handicap Index of 54 or less. Guest green fees for 2028-29 are:")
    d.grid(["Guest green fee (playing with a member)", "Monday to Friday", "Saturday, Sunday and bank holidays"],
           [["Heron Course, adult guest", "GBP 32", "GBP 45"],
            ["Heron Course, guest under 18", "GBP 12", "GBP 12"],
            ["Spinney Course, any guest", "GBP 14", "GBP 18"]], [70, 45, 55])
    d.h1("7. Buggies and trolleys")
    d.clause("7.1", "Members may use their own buggy on the Heron Course with a buggy permit costing GBP 150 a year "
             "and proof of third-party insurance of at least GBP 2,000,000. Club buggies can be hired for GBP 30 "
             "per 18 holes. Electric trolleys may be used free of charge.")
    d.clause("7.2", "When the course notice reads \"trolleys only\", buggies may be used only by members who hold "
             "a medical buggy pass from the Club Secretary. When the course is closed to buggies, no buggies may "
             "be used.")
    d.h1("8. Lockers, bar card and clubhouse")
    d.clause("8.1", "Lockers are let for GBP 60 a year, from a waiting list held by the Club Secretary.")
    d.clause("8.2", "Each playing member aged 18 or over loads GBP 100 onto a bar card with the first subscription "
             "payment. The balance can be spent in the bar and the restaurant. Any balance left on 31 March is "
             "not refunded or carried forward.")
    d.clause("8.3", "Smart casual clothing is required in the clubhouse; golf shoes may not be worn in the "
             "restaurant. On the course, denim and sports shirts without collars are not permitted; tailored "
             "shorts may be worn all year.")
    d.h1("9. Conduct and discipline")
    d.clause("9.1", "The Board may suspend or expel a member whose conduct is unacceptable, after giving the "
             "member the chance to be heard. A member who is expelled receives no refund of subscriptions.")
    d.clause("9.2", "Subscriptions for future years are set each year at the AGM. Members are sent the new fees "
             "at least 28 days before the Subscription Year starts.")
    d.h1("10. Declaration")
    d.para("I apply for membership of Harrowcombe Park Golf Club in the category shown and agree to be bound by "
           "these terms, the Articles and the Bye-laws.")
    d.signature_block(["Applicant's name and category: ......................................................",
                       "Proposed by (member): ......................................................"])
    return d.save("legal/golf_membership_terms_harrowcombe_park.pdf")


# =============================================================================
# 4. Conjunctivitis leaflet for parents (question-and-answer)
# =============================================================================
def conjunctivitis_leaflet():
    d = Doc("Sticky and red eyes (conjunctivitis) in children", "Leaflet CH-112, reviewed January 2028",
            "Wrenmoor Primary Care Network - information for parents and carers", accent=(0, 100, 140),
            body_size=10.5)
    d.title_block("Sticky and red eyes (conjunctivitis): questions parents ask",
                  "For parents and carers of babies and children. Produced by the Wrenmoor Primary Care "
                  "Network pharmacists and GPs.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is conjunctivitis?",
       "Conjunctivitis is inflammation of the conjunctiva, the thin clear layer that covers the white of the eye "
       "and the inside of the eyelids. The eye looks red or pink and may feel gritty, itchy or watery. With an "
       "infection there is often a sticky yellow or green discharge, and the eyelashes may be stuck together when "
       "your child wakes up. It usually starts in one eye and spreads to the other within a day or two.")
    qa("What causes it, and is it catching?",
       "Most conjunctivitis in children is caused by a virus or by bacteria, and this kind spreads easily by "
       "touch and by sharing towels, flannels and pillows. Conjunctivitis caused by an allergy (for example to "
       "pollen) is not catching.")
    qa("Does my child need to stay off nursery or school?",
       "No. There is no need to keep your child off nursery, school or the childminder because of "
       "conjunctivitis, unless they feel unwell or the setting has an outbreak and asks you to.")
    qa("How do I clean my child's eyes?",
       "Boil some water and let it cool. Soak a cotton wool pad in the cooled boiled water and gently wipe the "
       "eye from the inner corner (next to the nose) outwards. Use a fresh pad for each wipe and for each eye, "
       "and wash your hands before and afterwards. Clean the eyes whenever they are sticky, and before putting in "
       "any drops.")
    qa("How long will it last?",
       "Most infective conjunctivitis gets better on its own within 7 to 14 days without any treatment. "
       "Conjunctivitis caused by a virus can last up to 3 weeks.")
    qa("Does my child need antibiotic eye drops?",
       "Usually not: antibiotics shorten infective conjunctivitis by only about a day. A pharmacist or GP may "
       "suggest them if the discharge is heavy or the eye is no better after 7 days. Who to see depends on your "
       "child's age:")
    d.grid(["Age of your child", "Who to see about red or sticky eyes"],
           [["Under 28 days (newborn)", "Contact your GP practice or NHS 111 the same day. Sticky eyes in a "
             "newborn can be a sign of an infection caught at birth."],
            ["28 days to under 2 years", "Book a GP appointment. Pharmacists cannot sell antibiotic eye "
             "treatment for children under 2."],
            ["2 years and over", "Ask a pharmacist first. Chloramphenicol eye drops or ointment can be bought "
             "without a prescription."]], [50, 120])
    qa("How do we use chloramphenicol?",
       "Use one product or both, as your pharmacist or GP advises:")
    d.grid(["Product", "How much", "How often"],
           [["Chloramphenicol 0.5% eye drops", "1 drop into the affected eye", "Every 2 hours for the first "
             "48 hours, then 4 times a day while awake"],
            ["Chloramphenicol 1% eye ointment", "A 1 cm strip inside the lower eyelid", "3 to 4 times a day, or "
             "at bedtime only if you are also using the drops"]], [55, 50, 65])
    d.para("* Carry on for 48 hours after the eye looks normal, but do not use for more than 5 days in total "
           "without seeing a doctor. Keep the drops in the fridge and throw the bottle away 5 days after "
           "opening.", size=9, style="I")
    qa("How do I put drops into a toddler's eyes?",
       "Lie your child down and ask them to close their eyes. Put the drop in the inner corner of the eye; when "
       "they open their eyes the drop will run in. Wrapping a baby or toddler snugly in a towel helps keep their "
       "hands out of the way. Try not to touch the eye or eyelashes with the dropper.")
    qa("My child wears contact lenses. What should they do?",
       "Stop wearing contact lenses until the eyes are better and for 24 hours after the last dose of any eye "
       "drops or ointment. Throw away daily lenses and the lens case used while the eye was infected.")
    qa("Their eyes are itchy and watery every summer. Is that conjunctivitis too?",
       "Itchy, watery eyes in both eyes at the same time, often with sneezing, are usually allergic "
       "conjunctivitis (hay fever). It is not catching and there is no sticky discharge. A pharmacist can "
       "suggest antihistamine medicine or sodium cromoglicate 2% eye drops (1 to 2 drops in each eye 4 times a "
       "day) for children aged 6 years and over. For younger children, speak to your GP.")
    qa("How can we stop it spreading in the family?",
       "Wash hands often, especially after touching the eyes. Give your child their own towel and flannel, and "
       "wash pillowcases and towels at 60 degrees C. Do not share eye make-up or eye drops.")
    qa("When should I get urgent help?",
       "Go to A&E or call 999, or contact NHS 111 the same day, if your child has:")
    d.bullets(["eye pain (not just grittiness) or finds light painful to look at;",
               "any change in their vision, or a very red eye on one side only;",
               "a swollen, red and tender eyelid or skin around the eye, especially with a high temperature "
               "(this may be an infection spreading around the eye);",
               "an eye injury, or chemicals splashed in the eye;",
               "sticky or red eyes and they are under 28 days old."])
    d.para("Wrenmoor pharmacists' advice line: 01632 960 318 (Mon-Sat 09:00-18:00). Out of hours: NHS 111.",
           size=9.5, style="B")
    return d.save("medical/conjunctivitis_leaflet_wrenmoor.pdf")


# =============================================================================
# 5. Enoxaparin self-injection plan after surgery (named patient)
# =============================================================================
def enoxaparin_plan():
    d = Doc("Your enoxaparin injection plan - Mr Idris Pennefather", "Hospital no. CG-7730158",
            "Calderholme General Hospital - Colorectal Surgery and Pharmacy", accent=(90, 40, 120))
    d.title_block("YOUR ENOXAPARIN INJECTION PLAN AFTER SURGERY",
                  "Patient: Mr Idris Pennefather, date of birth 14/02/1961, hospital no. CG-7730158\n"
                  "Taught by: Staff Nurse Keziah Montrose-Abara, Ward 14, on 8 March 2028")
    d.grid(["Item", "Details"],
           [["Operation", "Laparoscopic anterior resection (bowel surgery), Monday 6 March 2028"],
            ["Why you need injections", "To lower the risk of blood clots in the legs (DVT) or lungs (pulmonary "
             "embolism) for 28 days after major bowel surgery for cancer"],
            ["Medicine", "Clarivex (enoxaparin sodium) 40 mg in 0.4 mL pre-filled syringe"],
            ["Your dose", "40 mg once a day, injected under the skin at about 6 pm"],
            ["First and last dose", "First dose 6 March 2028 on the ward; last dose Sunday 2 April 2028"],
            ["Supplied on discharge (9 March)", "25 pre-filled syringes and a yellow sharps bin"],
            ["Weight and kidney function", "88 kg; creatinine clearance 74 mL/min"]], [55, 115])
    d.h1("1. How your dose was chosen")
    d.para("The usual dose depends on body weight and on how well the kidneys are working (creatinine "
           "clearance, CrCl). Your doctors will check your dose again if your weight or kidney function changes.")
    d.grid(["Body weight", "CrCl 30 mL/min or more", "CrCl under 30 mL/min"],
           [["Under 50 kg", "20 mg once a day", "20 mg once a day"],
            ["50 to 100 kg", "40 mg once a day", "20 mg once a day"],
            ["101 to 150 kg", "40 mg twice a day", "40 mg once a day"],
            ["Over 150 kg", "60 mg twice a day", "Dose set by the haematology team"]], [50, 60, 60])
    d.h1("2. How to give your injection")
    d.clause("1.", "Wash and dry your hands. Check the syringe is Clarivex 40 mg and that it is in date.", numw=8)
    d.clause("2.", "Choose a site on your tummy at least 5 cm from your belly button and away from your wound and "
             "any scars or bruises. Use the left side and the right side on alternate days.", numw=8)
    d.clause("3.", "Remove the needle cap. Do not push out the air bubble: it helps make sure you get the whole "
             "dose.", numw=8)
    d.clause("4.", "Gently pinch a fold of skin between your finger and thumb. Push the whole needle straight in "
             "at a right angle (90 degrees).", numw=8)
    d.clause("5.", "Press the plunger slowly until the syringe is empty, then pull the needle straight out and "
             "let go of the skin fold. Press the plunger firmly to make the safety shield cover the needle.",
             numw=8)
    d.clause("6.", "Do not rub the site afterwards, as this makes bruising worse. Put the syringe straight into "
             "the yellow sharps bin.", numw=8)
    d.h1("3. Your injection diary")
    d.para("Tick each dose when you have given it and write down the side you used (L or R).")
    start = datetime.date(2028, 3, 6)
    rows = []
    for day in range(1, 29):
        when = start + datetime.timedelta(days=day - 1)
        note = "Given on Ward 14" if day <= 3 else ""
        if day == 28:
            note = "Last dose"
        rows.append([f"Day {day}", when.strftime("%a %d %B %Y").replace(" 0", " "), "6 pm", "", note])
    d.grid(["Day", "Date", "Time", "Side (L/R) and tick", "Notes"], rows, [22, 52, 20, 40, 36], size=8.5)
    d.h1("4. If you miss a dose")
    d.para("If you remember within 12 hours of your usual time, inject the missed dose straight away and take "
           "the next one at the usual time. If it is more than 12 hours since your usual time, leave out the "
           "missed dose and take the next one at the usual time. Never inject two doses to make up for a "
           "missed one. Write it in your diary and tell the colorectal nurse at your next call.")
    d.h1("5. Side effects and when to get help")
    d.grid(["If you notice", "What to do"],
           [["Small bruises or a small hard lump where you inject", "This is common. Carry on with your "
             "injections and use a different spot"],
            ["An itchy red rash spreading around the injection sites", "Phone the colorectal nurse before your "
             "next dose"],
            ["Bleeding from your wound that does not stop after 10 minutes of firm pressure, blood in your urine, "
             "black tarry stools or vomiting blood", "Phone the Surgical Assessment Unit on 01632 960 455 "
             "straight away"],
            ["Pain, swelling or warmth in your calf, sudden breathlessness, chest pain or coughing up blood",
             "Call 999: these can be signs of a blood clot"]], [100, 70])
    d.h1("6. Other medicines, storage and sharps")
    d.clause("6.1", "Do not take ibuprofen, naproxen or aspirin while you are having these injections unless a "
             "doctor has prescribed them, as they increase the risk of bleeding. Paracetamol is safe to take for "
             "pain.")
    d.clause("6.2", "Store the syringes at room temperature, below 25 degrees C; do not put them in the fridge or "
             "freezer. Keep them out of the reach and sight of children.")
    d.clause("6.3", "When the sharps bin is full to the line, close the lid until it clicks and take it to the "
             "Calderholme General Hospital pharmacy. Never put used syringes in your household bin.")
    d.h1("7. Who to contact")
    d.para("Colorectal nurse specialist, Sister Mairead Okonjo-Fell: 01632 960 217 (Monday to Friday 08:00 to "
           "16:00). She will phone you on 16 March 2028. Out of hours: Ward 14 on 01632 960 400.",
           size=9.5, style="B")
    return d.save("medical/enoxaparin_injection_plan_pennefather.pdf")


# =============================================================================
# 6. Acute kidney injury guideline for ward clinicians
# =============================================================================
def aki_guideline():
    d = Doc("Acute kidney injury (AKI) in adults - ward guideline", "Guideline CG-REN-04, version 4.1",
            "Ormsgate Teaching Hospitals - Renal Medicine and Acute Medicine. Review date: February 2030",
            accent=(0, 70, 110))
    d.title_block("ACUTE KIDNEY INJURY (AKI) IN ADULTS: RECOGNITION AND MANAGEMENT ON THE WARDS",
                  "For doctors, nurses, advanced practitioners and pharmacists on adult inpatient wards. "
                  "Approved by the Medicines and Clinical Guidelines Group, February 2028.")
    d.h1("1. Scope")
    d.para("This guideline applies to adults aged 18 and over on adult wards. It does not apply to patients on "
           "maintenance dialysis, kidney transplant recipients within 3 months of transplant (contact the "
           "transplant team directly), or pregnant women (see the obstetric AKI guideline).")
    d.h1("2. Recognising AKI")
    d.clause("2.1", "AKI is present if any of the following applies: serum creatinine rises by 26 micromol/L or "
             "more within 48 hours; serum creatinine rises to 1.5 times baseline or more within 7 days; or urine "
             "output is less than 0.5 mL/kg/hour for more than 6 consecutive hours.")
    d.clause("2.2", "Baseline creatinine is the lowest value in the previous 7 days. If there is none, use the "
             "median of the values from 8 to 365 days before admission. If there is no earlier value at all, "
             "treat the first value as the baseline and repeat the test within 24 hours.")
    d.clause("2.3", "Calculate urine output using actual body weight. If the BMI is 40 or more, use ideal body "
             "weight instead.")
    d.h1("3. Staging")
    d.para("Stage the AKI using whichever criterion gives the higher stage:")
    d.grid(["Stage", "Serum creatinine", "Urine output"],
           [["1", "Rise of 26 micromol/L or more within 48 hours, or 1.5 to 1.9 times baseline",
             "Less than 0.5 mL/kg/hour for more than 6 hours"],
            ["2", "2.0 to 2.9 times baseline", "Less than 0.5 mL/kg/hour for more than 12 hours"],
            ["3", "3.0 times baseline or more, or 354 micromol/L or more with an acute rise, or renal "
             "replacement therapy started", "Less than 0.3 mL/kg/hour for 24 hours, or no urine (anuria) for 12 "
             "hours"]], [16, 84, 70])
    d.para("Urine output thresholds by body weight (per hour):", style="B")
    d.grid(["Body weight", "0.5 mL/kg/hour", "0.3 mL/kg/hour"],
           [["50 kg", "25 mL/hour", "15 mL/hour"],
            ["60 kg", "30 mL/hour", "18 mL/hour"],
            ["70 kg", "35 mL/hour", "21 mL/hour"],
            ["80 kg", "40 mL/hour", "24 mL/hour"],
            ["90 kg", "45 mL/hour", "27 mL/hour"],
            ["100 kg", "50 mL/hour", "30 mL/hour"]], [50, 60, 60])
    d.h1("4. The AKI care bundle (complete within 6 hours of recognition)")
    d.clause("4.1", "Assess for sepsis and calculate the NEWS2 score. Call the critical care outreach team if "
             "NEWS2 is 7 or more.")
    d.clause("4.2", "Assess fluid status. If the patient is hypovolaemic, give a 500 mL bolus of Hartmann's "
             "solution or sodium chloride 0.9% over 15 minutes and reassess. Seek senior review before giving "
             "more than 2,000 mL in boluses.")
    d.clause("4.3", "Dipstick the urine before any catheter is inserted, and send a urine sample for culture if "
             "the dipstick shows nitrites or leucocytes.")
    d.clause("4.4", "Review all medicines (section 7). Avoid iodinated contrast unless the scan is essential; "
             "discuss with the radiologist.")
    d.clause("4.5", "Request a kidney ultrasound within 24 hours if obstruction is suspected or no cause is found, "
             "and within 6 hours if an infected obstructed kidney (pyonephrosis) is suspected.")
    d.clause("4.6", "Insert a urinary catheter only if hourly urine output measurement is needed; start a fluid "
             "balance chart for every patient with AKI.")
    d.h1("5. Monitoring by stage")
    d.grid(["", "Stage 1", "Stage 2", "Stage 3"],
           [["Creatinine and potassium", "Every 24 hours", "Every 12 hours", "Every 6 hours until improving"],
            ["Observations (NEWS2)", "At least every 4 hours", "At least every 2 hours", "At least every hour"],
            ["Urine output", "Fluid balance chart", "Hourly", "Hourly"],
            ["Senior review", "Registrar within 24 hours", "Registrar within 12 hours", "Consultant informed "
             "within 1 hour"]], [46, 38, 38, 48])
    d.h1("6. When to refer to the renal team")
    d.clause("6.1", "Refer urgently to the on-call renal registrar (via switchboard) if any of the following:")
    d.clause("(a)", "potassium of 6.5 mmol/L or more that does not fall with treatment;", indent=12, numw=9)
    d.clause("(b)", "metabolic acidosis with a pH below 7.15;", indent=12, numw=9)
    d.clause("(c)", "fluid overload or pulmonary oedema not responding to diuretics;", indent=12, numw=9)
    d.clause("(d)", "complications of uraemia, such as pericarditis or encephalopathy;", indent=12, numw=9)
    d.clause("(e)", "stage 3 AKI without a clear cause; or", indent=12, numw=9)
    d.clause("(f)", "possible glomerulonephritis: blood 2+ or more and protein 2+ or more on dipstick, without "
             "a urinary tract infection or catheter trauma.", indent=12, numw=9)
    d.clause("6.2", "Discuss (non-urgently) with the renal team any stage 2 AKI that is not improving after 48 "
             "hours of treatment.")
    d.h1("7. Medicines in AKI")
    d.grid(["Medicine", "Action in AKI"],
           [["ACE inhibitors and angiotensin receptor blockers", "Withhold; restart when creatinine is within "
             "30% of baseline and blood pressure allows"],
            ["Diuretics (for example furosemide)", "Withhold unless the patient is fluid overloaded"],
            ["NSAIDs (for example ibuprofen, naproxen)", "Stop"],
            ["Metformin", "Withhold; restart 48 hours after creatinine has returned to baseline"],
            ["SGLT2 inhibitors (for example dapagliflozin)", "Withhold until eating and drinking normally and "
             "AKI has resolved"],
            ["Gentamicin and vancomycin", "Follow the antimicrobial levels guideline; consider an alternative"],
            ["Enoxaparin (prophylactic dose)", "If CrCl is under 30 mL/min, reduce to 20 mg once a day"],
            ["Morphine", "Avoid; use oxycodone at a reduced dose and frequency"]], [75, 95])
    d.h1("8. Recovery and discharge")
    d.clause("8.1", "Record in the discharge summary the AKI stage, the baseline and discharge creatinine, the "
             "likely cause, and which medicines were stopped and when they should be restarted.")
    d.clause("8.2", "Ask the GP to repeat creatinine and potassium after discharge:")
    d.grid(["Worst stage during admission", "Repeat blood test after discharge"],
           [["Stage 1", "Within 14 days"],
            ["Stage 2 or 3", "Within 7 days"],
            ["Any stage, creatinine not back to baseline at discharge", "Within 7 days, and renal clinic follow-up "
             "if still not back to baseline at 3 months"]], [85, 85])
    d.para("Contacts: renal registrar via switchboard (bleep 2417); AKI nurse specialist 01632 960 733, Monday to "
           "Friday 08:00 to 17:00.", size=9.5, style="B")
    return d.save("medical/aki_guideline_ormsgate.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([personal_training, block_paving, golf_membership,
                       conjunctivitis_leaflet, enoxaparin_plan, aki_guideline], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
