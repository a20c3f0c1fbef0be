"""Render the eleventh development-set documents (fictional) as PDFs into bench/dev11/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
domestic energy supply contract (principal terms with exit fees by months left, credit refunds, back-billing,
a guaranteed-standards payment table and the tariff by region as a schedule at the end), a pet insurance
policy schedule and wording (benefit limits by cover level, co-payment by the pet's age, waiting periods,
exclusions), a school residential trip letter with its terms, payment plan, cancellation charges by date and
a consent form after the signature, a dental extraction aftercare leaflet in question-and-answer form, a
paediatric sepsis screening and triage tool for an emergency department (heart and breathing rate bands by
age, red and amber flags, actions by time), and a gout flare and urate-lowering treatment guide for primary
care (colchicine by kidney function, allopurinol titration). Questions: bench/dev11/questions.jsonl. All
names, products and numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev11/make_dev11.py [--check]
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
Doc = set_doc(lambda: OUT, "Development set 11 (fictional document)", "make_dev11.py", FIXED_DATE)


# =============================================================================
# 1. Domestic energy supply contract
# =============================================================================
def energy_contract():
    d = Doc("Lanterngate Energy - Domestic Supply Contract", "Principal Terms, edition 7 (June 2026)",
            "Lanterngate Energy Supply Ltd - registered in England no. 11470382", accent=(200, 110, 0))
    d.title_block("DOMESTIC ELECTRICITY AND GAS SUPPLY CONTRACT: PRINCIPAL TERMS",
                  "These terms apply to homes supplied with electricity, gas or both by Lanterngate Energy "
                  "Supply Ltd (\"we\", \"us\"). Your tariff and prices are in the Tariff Schedule at the end.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Fixed Term\" means the period during which the unit rates and standing charges of a fixed "
             "tariff do not change, ending on the Tariff End Date. \"Exit Fee\" means the charge in clause 9.2 "
             "for ending a fixed tariff early. \"Fuel\" means electricity or gas; a dual fuel customer has two "
             "Fuels.")
    d.clause("1.2", "\"Cooling-off Period\" means the 14 days starting on the day after you agree this contract. "
             "\"Credit Balance\" means money in your account that is more than the charges you owe. \"Priority "
             "Services Register\" means our free register of customers who need extra help because of age, "
             "health, disability or other circumstances.")
    d.h1("2. Starting your supply")
    d.clause("2.1", "You may cancel this contract during the Cooling-off Period without giving a reason and "
             "without paying an Exit Fee. If you ask us to start supplying you during the Cooling-off Period, "
             "you pay for the energy used until you cancel.")
    d.clause("2.2", "We will complete the switch within 5 working days after the Cooling-off Period ends, unless "
             "you ask for a later date or your current supplier objects because you owe it money.")
    d.h1("3. Prices")
    d.clause("3.1", "Our prices include VAT at 5%. On a fixed tariff your unit rates and standing charges stay the "
             "same until the Tariff End Date, except for changes in VAT or other taxes. On our variable tariff "
             "we give you at least 30 days' written notice of any price increase.")
    d.clause("3.2", "We will write to you between 42 and 49 days before your Tariff End Date with our renewal "
             "offers. If you do not choose a new tariff, you move to our Flexi Standard variable tariff, which "
             "has no Exit Fee.")
    d.h1("4. Meter readings and bills")
    d.clause("4.1", "If you do not have a working smart meter, please give us a meter reading within 5 days of "
             "our monthly reminder. We will estimate your bill if you do not. We must read your meter at least "
             "once every 2 years and you must let us in to do so.")
    d.clause("4.2", "Back-billing: we will not charge you for energy used more than 12 months before we first "
             "bill you for it, unless you obstructed us from reading your meter or acted fraudulently.")
    d.h1("5. Paying us")
    d.clause("5.1", "You can pay by fixed monthly Direct Debit, by variable monthly Direct Debit (the amount of "
             "each bill), or on receipt of a quarterly bill. Customers who pay on receipt of a bill pay GBP 6.50 "
             "more per Fuel each quarter to cover the cost of collecting payment.")
    d.clause("5.2", "We review fixed monthly Direct Debits every 6 months. We will tell you at least 10 working "
             "days before a new amount is collected.")
    d.clause("5.3", "Credit Balances: at each review, if your Credit Balance is more than GBP 150 we refund the "
             "amount above GBP 150 automatically. You can ask for a Credit Balance to be refunded at any time; "
             "we pay it within 10 working days unless we reasonably think it will be needed for charges due "
             "in the next 2 months.")
    d.h1("6. If you fall behind with payments")
    d.clause("6.1", "If you do not pay a bill within 14 days of the bill date we will contact you to agree a "
             "payment plan that you can afford. We may also offer to fit a prepayment meter, but we will not "
             "force-fit one for a customer on the Priority Services Register aged 75 or over.")
    d.clause("6.2", "We will not disconnect a customer of pensionable age who lives alone or with other "
             "pensioners or children under 18 between 1 October and 31 March. Late payment charges are "
             "limited to GBP 12 per bill.")
    d.h1("7. Access, smart meters and safety")
    d.clause("7.1", "We will offer you a smart meter free of charge; you do not have to accept one. Installation "
             "appointments are offered in a 4-hour morning or afternoon slot, Monday to Saturday.")
    d.clause("7.2", "If you smell gas, leave the property and call the National Gas Emergency line on 0800 111 999 "
             "at once. For a power cut, call 105.")
    d.h1("8. Guaranteed standards of service")
    d.clause("8.1", "If we fail to meet one of these standards we pay you the amount below automatically, within "
             "10 working days of the failure (or credit it to your account if you have moved to us):")
    d.grid(["Standard", "Payment to you"],
           [["We miss a meter or smart meter appointment, or cancel it with less than 24 hours' notice",
             "GBP 40"],
            ["Your switch to us is not completed within 5 working days of the end of the Cooling-off Period",
             "GBP 30"],
            ["You are switched to us without your agreement (erroneous transfer)", "GBP 30"],
            ["We do not send your final bill within 6 weeks of the switch away or of moving out", "GBP 30"],
            ["We do not refund your final Credit Balance within 14 days of the final bill", "GBP 30"],
            ["We do not reply to a complaint within 5 working days", "GBP 25"]], [130, 35])
    d.h1("9. Ending your contract")
    d.clause("9.1", "You may switch to another supplier at any time by giving your new supplier your details. If "
             "you move home, tell us at least 2 working days before you move and give us a final meter reading "
             "on the day you move.")
    d.clause("9.2", "If you leave a fixed tariff before the Tariff End Date you pay an Exit Fee for each Fuel, "
             "according to how long is left of the Fixed Term on the day your supply ends:")
    d.grid(["Time left of the Fixed Term", "Exit Fee per Fuel"],
           [["More than 12 months", "GBP 75"],
            ["More than 6 months, up to 12 months", "GBP 50"],
            ["50 days to 6 months", "GBP 25"],
            ["The last 49 days", "No Exit Fee"]], [90, 50])
    d.clause("9.3", "No Exit Fee is payable if you move home and take your tariff with you, if we have told you "
             "of a change to these terms that is to your significant disadvantage, or if you die or move into "
             "permanent care.")
    d.h1("10. Complaints")
    d.clause("10.1", "Please contact us first on 0330 088 4417 or complaints@lanterngate.example. If we have not "
             "resolved your complaint within 8 weeks, or you are unhappy with our final response, you can ask "
             "the Energy Ombudsman to look at it free of charge within 12 months of our final response.")
    d.h1("11. Liability")
    d.clause("11.1", "We are not liable for losses caused by a power cut or failure of the gas network, which the "
             "network operators manage. Our liability to you for other losses we could foresee is limited to "
             "GBP 10,000 for each event, except for death or personal injury caused by our negligence.")
    d.signature_block(["Agreed online by the customer: Mrs Rosalind Kettering, 22 Pilgrim's Walk, Harrowden "
                       "HW4 7QT, on 3 June 2026 (account no. LE-55081946)"])
    d.h1("TARIFF SCHEDULE - LANTERNGATE FIX 18 (JUNE 2026)")
    d.para("Fixed for 18 months from your Supply Start Date. Rates include VAT at 5%. Unit rates are in pence per "
           "kWh (p/kWh); standing charges are in pence per day (p/day) and are charged whether or not you use "
           "any energy. Prices depend on the region where your home is.")
    d.grid(["Region", "Electricity unit rate", "Electricity standing charge", "Gas unit rate",
            "Gas standing charge"],
           [["North West", "24.18 p/kWh", "53.62 p/day", "5.91 p/kWh", "31.04 p/day"],
            ["Yorkshire", "23.74 p/kWh", "50.88 p/day", "5.86 p/kWh", "30.47 p/day"],
            ["East Midlands", "23.92 p/kWh", "47.35 p/day", "5.88 p/kWh", "30.92 p/day"],
            ["London", "25.06 p/kWh", "44.19 p/day", "5.97 p/kWh", "29.83 p/day"],
            ["South West", "25.41 p/kWh", "52.70 p/day", "6.02 p/kWh", "30.16 p/day"]], [32, 34, 36, 32, 36])
    d.para("* Dual fuel discount: GBP 2.00 per month off your electricity charges while we supply both Fuels. "
           "Exit Fees: see clause 9.2 (GBP 75 / 50 / 25 per Fuel). Payment on receipt of bill: see clause 5.1.",
           size=8.5, style="I")
    return d.save("legal/energy_supply_lanterngate.pdf")


# =============================================================================
# 2. Pet insurance policy schedule and wording
# =============================================================================
def pet_insurance():
    d = Doc("Hartwood Pet Insurance - Policy Schedule and Wording", "Lifetime Cover, policy wording HPI-LT-0426",
            "Hartwood Pet Insurance is a trading name of Hartwood General Ltd", font="Times",
            accent=(90, 40, 120), body_size=10.5)
    d.title_block("LIFETIME PET INSURANCE - YOUR POLICY SCHEDULE",
                  "Please read this schedule with the policy wording that follows. Together they form your "
                  "contract of insurance.")
    d.grid(["Policy details", ""],
           [["Policyholder", "Mr Callum Brightside, 9 Orchard Row, Dunmere DN2 6LP"],
            ["Policy number", "HPI-7720-41935"],
            ["Pet", "Biscuit, Cocker Spaniel (dog), male, neutered"],
            ["Pet's date of birth", "18 March 2019 (age 7 at the start of this policy year)"],
            ["Cover level", "Lifetime 6000"],
            ["Period of insurance", "1 May 2026 to 30 April 2027"],
            ["Fixed excess", "GBP 95 for each condition in each period of insurance"],
            ["Co-payment", "10% of each claim after the fixed excess (see section 3)"],
            ["Premium", "GBP 41.86 a month by Direct Debit (GBP 502.32 for the year)"],
            ["Endorsements", "Excludes any condition of the left ear (ear infection treated 11/2025)"]],
           [45, 125])
    d.h1("1. Definitions")
    d.clause("1.1", "\"Condition\" means an illness or injury, and any related signs, symptoms or diagnoses, "
             "whatever part of the body is affected. \"Pre-existing Condition\" means a Condition that first "
             "showed signs, or was treated, before the start of the policy or during a Waiting Period.")
    d.clause("1.2", "\"Waiting Period\" means the time after your policy first starts during which no cover is "
             "given: 14 days for illness, 48 hours for injury and 6 months for cruciate ligament conditions in "
             "either hind leg. There is no Waiting Period at renewal.")
    d.clause("1.3", "\"Vet Fees\" means the reasonable cost of examination, diagnostic tests, surgery, medicines, "
             "hospitalisation and nursing provided by a vet or a vet-referred specialist.")
    d.h1("2. What is covered - benefit limits")
    d.para("The most we will pay under each section depends on your cover level. Limits for Vet Fees renew "
           "at the start of each period of insurance, for as long as you keep renewing without a break.")
    d.grid(["Section and benefit", "Lifetime 3000", "Lifetime 6000", "Lifetime 10000"],
           [["A. Vet Fees, per period of insurance", "GBP 3,000", "GBP 6,000", "GBP 10,000"],
            ["B. Complementary treatment (within A)", "GBP 500", "GBP 1,000", "GBP 1,500"],
            ["C. Death from illness or injury", "GBP 750", "GBP 1,000", "GBP 1,500"],
            ["D. Advertising and reward if lost or stolen", "GBP 500", "GBP 1,000", "GBP 1,500"],
            ["E. Boarding fees if you are in hospital", "GBP 800", "GBP 1,250", "GBP 2,250"],
            ["F. Third party liability (dogs only)", "GBP 2,000,000", "GBP 2,000,000", "GBP 3,000,000"],
            ["G. Holiday cancellation", "Not covered", "GBP 1,500", "GBP 2,500"]], [70, 33, 33, 34])
    d.para("* Section C is paid only if your pet was under 9 years old (cats: under 11) when the period of "
           "insurance started. Section E applies only if you are in hospital for more than 4 days in a row.",
           size=9, style="I")
    d.h1("3. What you pay towards a claim")
    d.clause("3.1", "You pay the fixed excess shown in your schedule for each Condition in each period of "
             "insurance. Then you pay a co-payment, a percentage of the rest of the claim, set by your pet's age "
             "at the start of each period of insurance:")
    d.grid(["Pet's age at the start of the period", "Co-payment: dogs", "Co-payment: cats"],
           [["Under 6 years", "None", "None"],
            ["6 to 8 years", "10%", "None"],
            ["9 to 10 years", "20%", "10%"],
            ["11 years and over", "30%", "20%"]], [75, 45, 45])
    d.h1("4. What is not covered")
    d.para("We will not pay for:")
    d.bullets(["Pre-existing Conditions, and any Condition named in an endorsement on your schedule.",
               "Routine and preventive care: vaccinations, flea and worm treatment, neutering, nail clipping, "
               "grooming and microchipping.",
               "Dental illness, unless your pet had a dental check by a vet in the 12 months before the "
               "treatment and any treatment recommended was carried out. Dental injury after an accident is "
               "covered.",
               "Pregnancy, giving birth, and any Condition caused by them.",
               "Food, including prescription diets, except a prescription diet for up to 3 months to dissolve "
               "bladder stones.",
               "Behavioural treatment, unless recommended by your vet and given by a member of an approved "
               "behaviour association, up to GBP 400 within section A.",
               "Any claim arising from your dog being used for racing, guarding or breeding."])
    d.h1("5. Making a claim")
    d.clause("5.1", "Send your claim with the vet's invoice within 6 months of the date of treatment. Claims sent "
             "later are not paid. We can pay your vet directly for claims over GBP 200 if your vet agrees.")
    d.clause("5.2", "For treatment expected to cost more than GBP 1,000 (other than emergencies) please ask your vet "
             "to send us an estimate first. Referral to a specialist must be recommended by your vet.")
    d.clause("5.3", "Section C claims need a vet's certificate of the cause of death. We pay the price you paid for "
             "your pet, or a donation price if it was a gift or a rescue, up to the limit.")
    d.h1("6. Your policy and premium")
    d.clause("6.1", "You may cancel within 14 days of receiving your documents for a full refund if you have not "
             "claimed. After that you may cancel at any time; we refund the premium for the unused months, less "
             "GBP 15, unless a claim has been paid in the current period.")
    d.clause("6.2", "If you miss a monthly payment we will try to collect it again within 14 days. If it is still "
             "unpaid after 30 days the policy ends from the date of the missed payment.")
    d.clause("6.3", "Your premium at renewal may rise because of your pet's age, vet fee inflation and claims. We "
             "will tell you the new premium at least 21 days before renewal.")
    d.h1("7. Complaints")
    d.clause("7.1", "Call 0345 210 6638. If you are not happy with our final response, or we have not replied "
             "within 8 weeks, you may refer your complaint to the Financial Ombudsman Service.")
    return d.save("legal/pet_insurance_hartwood.pdf")


# =============================================================================
# 3. School residential trip: terms, payment plan and consent
# =============================================================================
def school_trip():
    d = Doc("Year 8 Residential - Ravensgill Outdoor Centre", "Letter ref. AVA/TRIPS/2027/04",
            "Ashcombe Vale Academy, Dunstan Road, Ashcombe AC3 9NE", accent=(20, 110, 60))
    d.title_block("YEAR 8 RESIDENTIAL TRIP TO RAVENSGILL OUTDOOR CENTRE",
                  "Letter to parents and carers, terms and conditions, and consent form\n"
                  "Trip leader: Mr Owen Pritchard (Head of Year 8)")
    d.para("Dear Parent or Carer, we are delighted to offer every Year 8 student a place on our residential trip "
           "to Ravensgill Outdoor Centre in Cumbria. Places are limited to 96 and are given in the order that "
           "deposits are received.")
    d.grid(["Trip summary", ""],
           [["Dates", "Wednesday 9 June to Friday 11 June 2027 (2 nights)"],
            ["Departure", "Coach leaves the school front car park at 07:30; please arrive by 07:10"],
            ["Return", "About 17:30 on Friday 11 June; we will text you when the coach is 30 minutes away"],
            ["Total cost", "GBP 289 per student (coach, full board, activities, instructors, insurance)"],
            ["Deposit", "GBP 50, non-refundable, by Friday 4 December 2026"],
            ["Activities", "Gorge walking, canoeing, rock climbing, high ropes, orienteering, night walk"]],
           [40, 130])
    d.h1("1. Payment plan")
    d.clause("1.1", "Payments are made through ParentPay. You may pay in full at any time, or by the instalments "
             "below. The balance must be paid by Friday 30 April 2027.")
    d.grid(["Payment", "Due by", "Amount", "Total paid"],
           [["Deposit", "Friday 4 December 2026", "GBP 50", "GBP 50"],
            ["Instalment 1", "Friday 15 January 2027", "GBP 80", "GBP 130"],
            ["Instalment 2", "Friday 5 March 2027", "GBP 80", "GBP 210"],
            ["Final balance", "Friday 30 April 2027", "GBP 79", "GBP 289"]], [35, 55, 30, 30])
    d.clause("1.2", "Students eligible for free school meals, or for Pupil Premium funding, pay 50% of the total "
             "cost (deposit GBP 25). Families with two children on the trip receive a sibling discount of GBP 20 "
             "on the second place. Please speak to Mrs Aldous in the finance office in confidence if cost is a "
             "barrier: no student will miss the trip for financial reasons.")
    d.h1("2. Terms and conditions")
    d.clause("2.1", "Cancellation by you: if you withdraw your child, please tell the school office in writing. "
             "The deposit is never refunded. Refunds of other payments depend on the date we receive your "
             "notice:")
    d.grid(["Written notice received", "What we refund"],
           [["By Friday 15 January 2027", "All payments except the deposit"],
            ["16 January to 5 March 2027", "50% of payments made, except the deposit"],
            ["After 5 March 2027", "Nothing, unless the place is filled from the waiting list"]], [70, 95])
    d.clause("2.2", "If the place is filled from the waiting list, we refund everything you have paid except the "
             "deposit and a GBP 15 administration fee. Withdrawals for illness may be claimed on the school's "
             "travel insurance with a doctor's letter; the insurance excess is GBP 50 per claim.")
    d.clause("2.3", "Cancellation by the school: if the school or the centre cancels the trip, for any reason, all "
             "payments including the deposit are refunded in full within 30 days.")
    d.clause("2.4", "Behaviour: students must follow the school's behaviour policy and the centre's safety rules. A "
             "student whose behaviour puts others at risk may be sent home; parents must collect them, or pay "
             "for a taxi with a member of staff, and no refund is given. A student who has had a suspension in "
             "the 2026/27 school year may only go if the Head of Year agrees.")
    d.clause("2.5", "Medical needs and medicines: all medicines must be handed to Mr Pritchard at the coach in the "
             "original pharmacy packaging with the dose label, in a named clear bag. Students with an asthma "
             "inhaler or adrenaline pens must carry their own and give a spare to staff. Non-prescription "
             "medicines such as paracetamol can be given by staff only if you tick the box on the consent form.")
    d.clause("2.6", "Canoeing: students must be able to swim 25 metres. Students who cannot swim can still take "
             "part in all the other activities. All water activities use buoyancy aids and qualified "
             "instructors.")
    d.clause("2.7", "Phones and money: mobile phones may be brought but are handed in to staff at 21:00 each evening "
             "and returned at breakfast. Pocket money should be no more than GBP 20, for the centre tuck shop and "
             "gift shop. The school is not responsible for lost or damaged phones or valuables.")
    d.clause("2.8", "Dietary needs: the centre caters for vegetarian, vegan, halal and allergy-free diets if told "
             "by Friday 30 April 2027 on the consent form.")
    d.para("Yours faithfully,\nMr Owen Pritchard, Head of Year 8, and Mrs Lena Ferraby, Educational Visits "
           "Coordinator")
    d.h1("CONSENT FORM - please return by Friday 4 December 2026 with the deposit")
    d.para("Student name: ........................................   Tutor group: ..........")
    d.bullets(["I give consent for my child to take part in the Year 8 residential trip, including all the "
               "activities listed, and I have read and accept the terms and conditions above.",
               "I agree that staff may give paracetamol or antihistamine as directed on the packet.  YES / NO",
               "I consent to staff authorising emergency medical treatment, including an anaesthetic, if I cannot "
               "be contacted.",
               "My child can swim 25 metres.  YES / NO",
               "Medical conditions, medicines, allergies and dietary needs: ........................................"])
    d.signature_block(["Signed (parent or carer with parental responsibility): ..................................",
                       "Emergency contact names and phone numbers (two please): ....................................."])
    d.add_page()
    d.h1("SCHEDULE - KIT LIST")
    d.para("Pack in one soft holdall or rucksack (no hard suitcases) clearly labelled, no heavier than 12 kg. "
           "Please label every item of clothing with your child's name. The centre has no laundry for students.")
    d.grid(["Item", "Quantity", "Notes"],
           [["Old trainers (will get wet and muddy)", "2 pairs", "No open-toed shoes or sandals for activities"],
            ["Waterproof jacket and trousers", "1 each", "Can be borrowed from the school: ask by 30 April"],
            ["Warm fleece or hoodie", "2", "Evenings in Cumbria can be cold even in June"],
            ["Tracksuit bottoms or leggings (not jeans)", "3", "Jeans are not allowed for activities"],
            ["Towels", "2", "One for showers, one for after water activities"],
            ["Torch", "1", "Needed for the night walk"],
            ["Sleeping bag and pillowcase", "1 each", "The centre provides pillows and fitted sheets"],
            ["Small day rucksack and water bottle", "1 each", "Carried on all activities"],
            ["Sun cream and a sun hat", "1 each", "Students apply their own sun cream"],
            ["Socks and underwear", "4 sets", "Plus 2 pairs of thick walking socks"]],
           [65, 25, 80])
    d.para("Not allowed: energy drinks, aerosols (roll-on deodorant only), valuables, knives or multi-tools.",
           size=9, style="I")
    d.h1("Keeping in touch during the trip")
    d.para("The trip mobile (07700 900 418) is staffed 24 hours a day from departure to return; please use it only "
           "for urgent matters. Updates and photographs are posted on the school's trips page each evening. If "
           "your child is ill or injured we will phone you straight away; if they need to come home early, we "
           "will agree the arrangements with you.")
    return d.save("legal/school_trip_ravensgill_ashcombe.pdf")


# =============================================================================
# 4. Dental extraction aftercare leaflet (questions and answers)
# =============================================================================
def dental_aftercare():
    d = Doc("After your tooth extraction - patient information", "Leaflet PSD-07, reviewed March 2026",
            "Pelham Street Dental Practice, 41 Pelham Street, Corvingham CV1 2RA", accent=(0, 110, 150))
    d.title_block("AFTER YOUR TOOTH EXTRACTION",
                  "How to look after your mouth at home. Please read this today and keep it for the next week.")
    d.para("Your dentist: .........................   Tooth or teeth removed: .........................   "
           "Stitches: dissolving / none")

    def qa(question, answer):
        d.h2(question)
        d.para(answer)

    qa("What should I do about bleeding?",
       "Some oozing is normal for the first 24 hours and your saliva may look pink. If the socket bleeds, roll "
       "a clean gauze pad (or a clean cotton handkerchief), put it over the socket and bite on it firmly for "
       "30 minutes without checking it. Sit upright and do not lie flat. If the bleeding has not stopped after "
       "two goes of 30 minutes, contact us, or NHS 111 out of hours. A damp tea bag can be used instead of "
       "gauze.")
    qa("When can I eat and drink?",
       "Wait until the numbness has worn off before eating, usually 2 to 4 hours, so that you do not bite your "
       "cheek, lip or tongue. Avoid hot drinks and hot food for the rest of the day. Eat soft food such as "
       "pasta, soup (warm, not hot), eggs and yoghurt for the first 2 to 3 days, chewing on the other side. Do "
       "not drink through a straw for 24 hours, because sucking can pull the clot out.")
    qa("When can I rinse my mouth and brush my teeth?",
       "Do not rinse your mouth at all for the first 24 hours. From the next day, rinse gently with warm salty "
       "water (half a teaspoon of salt in a glass of warm water) four times a day, after meals and before bed, "
       "for one week. Brush your other teeth as normal tonight, but keep away from the socket for 3 days. Do "
       "not use a shop-bought mouthwash for the first week unless your dentist prescribed one.")
    qa("Can I smoke, vape or drink alcohol?",
       "Smoking greatly increases the risk of a painful dry socket. Do not smoke or vape for at least 72 hours "
       "(3 days), and longer if you can. Do not drink alcohol for 24 hours, or while you are taking any "
       "painkiller that says not to.")
    qa("How should I manage pain?",
       "Some pain is normal for 2 to 3 days. Take your first painkiller before the numbness wears off. Unless "
       "your dentist has told you otherwise, adults can take the medicines below; do not take more than the "
       "maximum in 24 hours. Do not take ibuprofen if you have a stomach ulcer, are pregnant, or have been told "
       "not to take anti-inflammatory medicines; if you have asthma ask your pharmacist first.")
    d.grid(["Medicine (adults and children 16 and over)", "Dose", "How often", "Maximum in 24 hours"],
           [["Paracetamol 500 mg tablets", "2 tablets (1 g)", "Every 4 to 6 hours", "8 tablets (4 g)"],
            ["Ibuprofen 200 mg tablets", "2 tablets (400 mg)", "Every 8 hours, with food", "6 tablets (1.2 g)"],
            ["Paracetamol, weight under 50 kg", "15 mg per kg", "Every 4 to 6 hours", "4 doses"]],
           [62, 35, 40, 33])
    d.para("Paracetamol and ibuprofen can be taken together or alternated. For children under 16, follow the "
           "dose on the children's medicine for their age. Do not take aspirin for pain after an extraction: it "
           "can make the socket bleed.", size=9.5, style="I")
    qa("What about swelling and bruising?",
       "Swelling is usually worst 48 hours after the extraction and then settles over a week, especially after "
       "a wisdom tooth. For the first 24 hours, hold a cold pack wrapped in a tea towel against your cheek for "
       "20 minutes at a time, with 20 minutes off in between. After 24 hours, warmth can help instead. Some "
       "bruising of the cheek or jaw can appear and fades within 2 weeks.")
    qa("What is a dry socket, and how do I know if I have one?",
       "A dry socket happens when the blood clot is lost from the socket and the bone underneath is exposed. It "
       "causes a throbbing pain that gets worse, not better, 2 to 4 days after the extraction, often spreading "
       "to the ear, with a bad taste or smell. It is not an infection and antibiotics do not help. Contact us: "
       "we can clean the socket and place a soothing dressing, and there is no charge for this visit within "
       "2 weeks of your extraction.")
    qa("What about stitches?",
       "If you have stitches they will dissolve by themselves within 7 to 14 days. You do not need to come back "
       "to have them removed. If a loose stitch is annoying you after 7 days, you may ask us to take it out.")
    qa("When can I go back to work, sport or exercise?",
       "Rest for the rest of the day. Most people go back to work or school the next day. Avoid strenuous "
       "exercise, swimming and heavy lifting for 48 hours, because raising your blood pressure can restart "
       "bleeding. Wear a mouthguard for contact sports for the first 4 weeks.")
    qa("I take a blood thinner - is there anything else?",
       "If you take warfarin, apixaban, rivaroxaban, edoxaban, dabigatran or clopidogrel, keep taking it "
       "unless your dentist or doctor told you otherwise. Use the gauze for longer (up to 1 hour) if needed, "
       "and contact us the same day if bleeding does not stop.")
    d.h1("When to get help")
    d.bullets(["Bleeding that does not stop after two goes of biting on gauze for 30 minutes: contact us, or NHS "
               "111 out of hours. If blood is pouring out, go to A&E.",
               "Contact us the same day for swelling that keeps getting bigger after 3 days, a temperature of 38 "
               "degrees C or more, or pus.",
               "Swelling that spreads to your eye or neck, or difficulty breathing or swallowing: call 999 or go "
               "to A&E at once.",
               "Numbness of the lip, chin or tongue lasting more than 24 hours after a wisdom tooth removal: "
               "call us within 2 working days."])
    d.para("Practice: 01632 960 484 (Monday to Friday 08:30 to 18:00, Saturday 09:00 to 13:00). Emergency slots "
           "are kept each weekday morning for our patients. Out of hours: NHS 111.", style="B")
    return d.save("medical/tooth_extraction_aftercare_pelham.pdf")


# =============================================================================
# 5. Paediatric sepsis screening and triage tool (emergency department)
# =============================================================================
def sepsis_triage():
    d = Doc("Paediatric Sepsis Screening and Triage Tool - ED", "Version 3.1, approved January 2026",
            "Hollingbrook Children's Emergency Department - Clinical Guideline CG-PED-112",
            accent=(170, 20, 30), body_size=9.5)
    d.title_block("PAEDIATRIC SEPSIS: SCREENING, TRIAGE AND FIRST-HOUR ACTIONS",
                  "For triage nurses and clinicians in the Children's Emergency Department. Ages 0 to 15 years. "
                  "Not for neonates still on the neonatal unit.")
    d.h1("1. When to screen")
    d.clause("1.1", "Screen every child at triage who has a suspected infection, a temperature of 38 degrees C or "
             "more or below 36 degrees C, or who looks unwell to the parent or nurse (\"parental concern\"), "
             "or who has had chemotherapy in the last 6 weeks. Screening is done within 15 minutes of arrival.")
    d.clause("1.2", "A child with any RED flag is \"sepsis likely\": start the Red pathway (section 4). A child with "
             "no red flag but 2 or more AMBER flags is \"sepsis possible\": start the Amber pathway (section 5). "
             "A child with 1 amber flag is reviewed by a clinician within 1 hour. Any child who has had "
             "chemotherapy in the last 6 weeks and a temperature of 38 degrees C or more goes on the Red pathway "
             "(neutropenic sepsis).")
    d.h1("2. Heart rate and respiratory rate by age")
    d.para("Use the child's age in completed years (months for infants). A heart rate at or above the red value, "
           "or below the bradycardia value, is a red flag. A value in the amber range is an amber flag.")
    d.grid(["Age", "Heart rate AMBER (/min)", "Heart rate RED (/min)", "Resp. rate AMBER (/min)",
            "Resp. rate RED (/min)"],
           [["Under 1 year", "150 to 159", "160 or more, or below 90", "50 to 59", "60 or more"],
            ["1 to 2 years", "140 to 149", "150 or more, or below 80", "40 to 49", "50 or more"],
            ["3 to 4 years", "130 to 139", "140 or more, or below 70", "35 to 39", "40 or more"],
            ["5 years", "120 to 129", "130 or more, or below 60", "24 to 28", "29 or more"],
            ["6 to 7 years", "110 to 119", "120 or more, or below 60", "24 to 26", "27 or more"],
            ["8 to 11 years", "105 to 114", "115 or more, or below 60", "22 to 24", "25 or more"],
            ["12 to 15 years", "100 to 109", "110 or more, or below 50", "21 to 23", "24 or more"]],
           [27, 34, 40, 34, 35], bold_first_col=True)
    d.h1("3. Other flags")
    d.grid(["Sign", "RED flag", "AMBER flag"],
           [["Behaviour", "Not responding normally, only responds to pain, or no wakening", "Reduced activity, "
             "sleepy, parents worried the child is behaving differently"],
            ["Skin", "Mottled, ashen or blue; non-blanching rash", "Pale or flushed"],
            ["Oxygen saturation (in air)", "Below 90%", "90% to 91%"],
            ["Capillary refill time", "-", "3 seconds or more"],
            ["Temperature", "Under 3 months: 38 degrees C or more; any age: below 36 degrees C",
             "3 to 6 months: 39 degrees C or more"],
            ["Urine output", "-", "No wet nappy or urine in the last 12 hours"],
            ["Lactate (venous)", "Above 4 mmol/L", "2 to 4 mmol/L"]], [40, 65, 65])
    d.para("* A fever that does not come down with paracetamol or ibuprofen is not on its own a sign of sepsis, and "
           "a fever that does come down does not rule sepsis out. Record the temperature but judge the child, "
           "not the thermometer.", size=8.5, style="I")
    d.h1("4. RED pathway - sepsis likely")
    d.para("Call the paediatric registrar now (bleep 4412) and move the child to resuscitation. Complete every step "
           "within 1 hour of the red flag being found:")
    d.clause("1.", "Give high-flow oxygen if saturation is below 92% or the child is in shock.", numw=7)
    d.clause("2.", "Obtain IV or intraosseous (IO) access and take blood cultures, venous gas with lactate and "
             "glucose, FBC, CRP, U&E and clotting. Do not delay antibiotics for more than 10 minutes for access.",
             numw=7)
    d.clause("3.", "Give IV ceftriaxone 80 mg/kg (maximum 4 g) as a single daily dose; for infants under 1 month "
             "give cefotaxime 50 mg/kg with amoxicillin 50 mg/kg instead. For neutropenic sepsis give "
             "piperacillin with tazobactam 90 mg/kg (maximum 4.5 g) every 6 hours.", numw=7)
    d.clause("4.", "If there are signs of shock or the lactate is above 2 mmol/L, give a fluid bolus of sodium "
             "chloride 0.9% (or Plasma-Lyte 148) 10 mL/kg over 5 to 10 minutes and reassess after each bolus. "
             "Call the PICU retrieval team if the child still needs fluid after 40 mL/kg in total.", numw=7)
    d.clause("5.", "Check glucose; if below 3 mmol/L, give glucose 10% 2 mL/kg IV.", numw=7)
    d.clause("6.", "Reassess observations every 15 minutes and record the time each step was done on the sepsis "
             "sticker.", numw=7)
    d.h1("5. AMBER pathway - sepsis possible")
    d.clause("5.1", "The child must be reviewed by an ST3 or more senior clinician within 1 hour. Take blood tests "
             "including lactate. If the lactate is 2 mmol/L or more, or the child gets worse, or there is no "
             "clear alternative diagnosis, start the Red pathway and give antibiotics within 1 hour.")
    d.clause("5.2", "If the review finds a clear cause that needs no IV treatment and the flags settle, the child may "
             "be discharged with written safety-net advice after a period of observation of at least 4 hours.")
    d.h1("6. Handover, documentation and audit")
    d.clause("6.1", "Use SBAR handover and record the sepsis screen on the electronic triage form. Every Red pathway "
             "case is audited for time to antibiotics (target: 90% within 1 hour of the red flag) and time to "
             "first fluid bolus.")
    d.clause("6.2", "Tell parents that sepsis is suspected, what is being done and why. Give the \"Sepsis in "
             "children\" leaflet before discharge to every child screened on the Amber pathway.")
    return d.save("medical/paediatric_sepsis_triage_hollingbrook.pdf")


# =============================================================================
# 6. Gout: flare treatment and urate-lowering therapy (primary care)
# =============================================================================
def gout_guide():
    d = Doc("Gout - Flare Treatment and Urate-Lowering Therapy", "Primary care guideline, version 2 (April 2026)",
            "Kelbourne Integrated Care Board - Medicines Optimisation Team", accent=(60, 90, 40))
    d.title_block("GOUT IN ADULTS: TREATING FLARES AND LOWERING URATE",
                  "Guidance for GPs, practice pharmacists and nurse prescribers. Doses are for adults.")
    d.h1("1. Key messages")
    d.bullets(["Treat a flare as early as possible, ideally within 24 hours of the first symptoms.",
               "Do not stop urate-lowering therapy (ULT) during a flare if the patient already takes it.",
               "Offer ULT to everyone with 2 or more flares in 12 months, tophi, gouty arthritis on X-ray, or "
               "chronic kidney disease stages 3 to 5.",
               "Treat to target: serum urate below 360 micromol/L; below 300 micromol/L if there are tophi or "
               "frequent flares."])
    d.h1("2. Treating a flare")
    d.clause("2.1", "Choose one of the first-line options below, taking into account kidney function, other "
             "conditions and the patient's preference. Rest and raise the joint and apply an ice pack for 20 "
             "minutes at a time.")
    d.grid(["Option", "Dose", "Notes"],
           [["Colchicine", "500 micrograms two to four times a day until the pain settles; maximum 6 mg per "
             "course", "Do not repeat a course within 3 days. Stop if diarrhoea or vomiting. See dose by eGFR"],
            ["Naproxen", "500 mg twice a day for 5 to 7 days, with a proton pump inhibitor (omeprazole 20 mg "
             "once a day)", "Avoid in heart failure, eGFR below 30, active peptic ulcer, or with anticoagulants"],
            ["Prednisolone", "30 mg once a day for 5 days", "Useful when colchicine and NSAIDs are unsuitable; "
             "check glucose in diabetes"],
            ["Joint injection", "Methylprednisolone acetate 40 mg into a large joint (knee)", "If one large joint "
             "is affected; exclude septic arthritis first"]], [28, 72, 70])
    d.clause("2.2", "If a single hot swollen joint does not improve within 48 hours, or the patient has a fever or "
             "is systemically unwell, consider septic arthritis and refer the same day for joint aspiration.")
    d.h1("3. Colchicine dose by kidney function")
    d.grid(["eGFR (mL/min/1.73 m2)", "Colchicine for a flare", "Colchicine as prophylaxis"],
           [["60 or more", "500 micrograms up to four times a day (max 6 mg per course)", "500 micrograms twice a day"],
            ["30 to 59", "500 micrograms up to twice a day (max 3 mg per course)", "500 micrograms once a day"],
            ["15 to 29", "500 micrograms once a day (max 1.5 mg per course)", "500 micrograms every other day"],
            ["Below 15", "Do not use", "Do not use"]], [40, 70, 60])
    d.para("* Interactions: never prescribe colchicine with clarithromycin. With erythromycin, ciclosporin, "
           "verapamil, diltiazem or other strong CYP3A4 inhibitors, halve the colchicine dose. Statins with "
           "colchicine: warn about muscle pain.", size=8.5, style="I")
    d.h1("4. Starting urate-lowering therapy")
    d.clause("4.1", "Discuss ULT with the patient after a first flare and offer it to those in section 1. Start ULT "
             "2 to 4 weeks after a flare has settled; if flares are frequent it may be started during a flare.")
    d.clause("4.2", "Allopurinol is the first-line ULT. Start at the dose in the table and increase by 100 mg every "
             "4 weeks, checking serum urate before each increase, until the target is reached. The usual maximum "
             "is 900 mg a day.")
    d.grid(["eGFR (mL/min/1.73 m2)", "Allopurinol starting dose", "Increase by"],
           [["60 or more", "100 mg once a day", "100 mg every 4 weeks"],
            ["30 to 59", "50 mg once a day", "50 mg every 4 weeks"],
            ["Below 30", "50 mg on alternate days", "Seek renal or rheumatology advice"]], [50, 60, 60])
    d.clause("4.3", "Before starting allopurinol, test for HLA-B*5801 in patients of Han Chinese, Thai or Korean "
             "descent, because of the higher risk of severe skin reactions. Tell every patient to stop "
             "allopurinol and seek advice at once if a rash develops.")
    d.clause("4.4", "Give flare prophylaxis when ULT is started: colchicine at the prophylaxis dose above for up to "
             "6 months, or, if colchicine is unsuitable, naproxen 250 mg twice a day with a proton pump "
             "inhibitor.")
    d.clause("4.5", "Febuxostat is second-line: 80 mg once a day, increased to 120 mg after 4 weeks if the target "
             "is not reached. Avoid febuxostat in patients with established cardiovascular disease unless no other "
             "option is suitable. Allopurinol must not be given with azathioprine or mercaptopurine without "
             "specialist advice.")
    d.h1("5. Monitoring and follow-up")
    d.grid(["When", "What to check"],
           [["Before ULT", "Serum urate, U&E and eGFR, LFTs, FBC, HbA1c and lipids"],
            ["Every 4 weeks while increasing the dose", "Serum urate (and eGFR if below 60)"],
            ["Once at target", "Serum urate and eGFR once a year"]], [60, 110])
    d.clause("5.1", "Refer to rheumatology if the target is not reached on the maximum tolerated dose, if the "
             "patient cannot take allopurinol or febuxostat, or if gout occurs under the age of 25.")
    d.h1("6. Lifestyle advice")
    d.clause("6.1", "Encourage weight loss if overweight, and regular exercise. Limit alcohol, especially beer and "
             "spirits, and avoid sugar-sweetened drinks. Cherries and vitamin C are not recommended as "
             "treatment. Diet alone rarely lowers urate by more than 60 micromol/L.")
    return d.save("medical/gout_guideline_kelbourne.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([energy_contract, pet_insurance, school_trip,
                       dental_aftercare, sepsis_triage, gout_guide], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
