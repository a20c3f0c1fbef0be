"""Render the thirty-second development-set documents (fictional) as PDFs into bench/dev32/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a tree
surgery works contract for a named customer (definitions, protected trees and consents, deposit by contract
value, weather and nesting birds, access and the failed visit charge, wood and chippings, stump grinding, a
cancellation table by working days before the start date; the works schedule and a stump grinding price table
by diameter with a footnote come after the signatures), a children's holiday club's booking terms (an age group
table with ratios, a price table with extended-day supplements and footnotes, deposits, a cancellation refund
table, late collection charges, collectors and walking home alone, illness and medicines, swimming), a domestic
pest control agreement for a named customer (a job schedule, a treatment price table with an out-of-hours and
honey bee footnote, a guarantee table by pest split over the page break, rearranged visits, a staying-out table
after treatments, proofing, dead rodents, cancellation), a ticks and Lyme disease leaflet in question-and-answer
form (removing a tick, no antibiotics after a bite, a symptom table by time after the bite, blood tests, an
insect repellent table by age with a footnote), a vasectomy discharge sheet for an invented patient (a recovery
table by activity, pain relief, the semen test with its date, count and lab drop-off, when to get help) and a
blood donor eligibility guide (age limits, a minimum weight table by height for young donors, intervals and
haemoglobin, a waiting-time table split over the page break with footnotes, the day of donation).
Questions: bench/dev32/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev32/make_dev32.py [--check]
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
Doc = set_doc(lambda: OUT, "Development set 32 (fictional document)", "make_dev32.py", FIXED_DATE)


# =============================================================================
# 1. Tree surgery works contract
# =============================================================================
def tree_works_contract():
    d = Doc("Tree Works Contract - Oakhurst Arboriculture / Rudge", "Contract OA-28-0617",
            "Oakhurst Arboriculture Ltd, The Yard, Coppins Lane, Ashby Marlow - Mr and Mrs Rudge", font="Times",
            accent=(40, 80, 30), body_size=10.5)
    d.title_block("TREE WORKS CONTRACT",
                  "Between Oakhurst Arboriculture Ltd, company no. 10384472, of The Yard, Coppins Lane, Ashby "
                  "Marlow AM3 9TD (\"Oakhurst\", \"we\") and Mr Gideon Rudge and Mrs Harriet Rudge of 14 Hawthorn "
                  "Rise, Little Carwood LC2 5QP (\"you\"). Signed at your home on 2 May 2028 after our site survey.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Works\" means the tree works described in Schedule 1. \"Site\" means your property at the "
             "address above. \"Contract Price\" means the total price in Schedule 1, including VAT. \"Start Date\" "
             "means the date in Schedule 1 on which we plan to begin the Works. \"Working Day\" means Monday to "
             "Friday, except bank holidays.")
    d.clause("1.2", "\"Arisings\" means the branches, logs, leaves, hedge clippings and other material produced by "
             "the Works. \"Protected Tree\" means a tree covered by a Tree Preservation Order (TPO) or standing in "
             "a Conservation Area.")
    d.h1("2. Protected Trees and consents")
    d.clause("2.1", "Before the Start Date we check with the local planning authority whether any tree in Schedule 1 "
             "is a Protected Tree. We will not carry out any work to a Protected Tree until the necessary consent "
             "has been given.")
    d.clause("2.2", "For a tree covered by a TPO, we will apply for consent on your behalf. For a tree in a "
             "Conservation Area, we will give the authority the 6 weeks' notice required before work can start. "
             "We charge an administration fee of GBP 45 for each application or notice.")
    d.clause("2.3", "If consent is refused, or granted only for less work than Schedule 1 describes, we will "
             "remove or reduce the item and its price, and you pay only the administration fee for that tree.")
    d.h1("3. Price and payment")
    d.clause("3.1", "No deposit is payable where the Contract Price is under GBP 1,000. Where the Contract Price is "
             "GBP 1,000 or more, you pay a deposit of 20% of the Contract Price when you sign this contract.")
    d.clause("3.2", "We invoice the balance when the Works are finished. The balance is payable within 14 days of "
             "the invoice date, by bank transfer or card. We do not accept cash.")
    d.clause("3.3", "If the balance is paid late, we may charge interest at 4% a year above the Bank of England base "
             "rate from the due date until payment, and a reminder fee of GBP 25.")
    d.clause("3.4", "Extra work you ask for on the day, and which we agree to carry out, is charged at GBP 65 per "
             "hour for each member of the crew, in units of 30 minutes.")
    d.h1("4. Start Date, weather and wildlife")
    d.clause("4.1", "We will confirm the Start Date 5 Working Days before it. The Works in Schedule 1 are expected to "
             "take the number of days shown there.")
    d.clause("4.2", "For safety we do not climb trees or use a mobile elevating work platform in winds above 25 mph, "
             "in lightning or where branches are icy. If the Works are postponed because of the weather, we will "
             "agree a new date with you without charge.")
    d.clause("4.3", "Nesting birds are protected by law. Between 1 March and 31 August we inspect each tree and hedge "
             "for active nests before starting work on it. If we find an active nest, work on that tree or hedge "
             "is postponed until the young birds have left the nest, and the rest of the Works go ahead as "
             "planned. Postponement for nesting birds is free of charge.")
    d.clause("4.4", "If bats or a bat roost are found, we stop work on that tree and tell you; the work can only "
             "continue after a licensed ecologist has advised, at your cost.")
    d.h1("5. Access and your responsibilities")
    d.clause("5.1", "You must give us clear access to the Site from 08:00 on each working day of the Works, "
             "including a gateway or path at least 1 metre wide for our equipment, and move vehicles, garden "
             "furniture and pots from the work area. Please keep children and pets indoors while we are working.")
    d.clause("5.2", "You are responsible for telling us about underground pipes, cables and septic tanks, and for "
             "telling your neighbours about the Works. If we cannot start work on the agreed day because access is "
             "blocked, we charge a failed visit charge of GBP 150.")
    d.clause("5.3", "We will only cut back branches that overhang your boundary from a neighbour's tree up to the "
             "boundary line, and will not go onto a neighbour's land without the neighbour's permission.")
    d.h1("6. Arisings, wood and chippings")
    d.clause("6.1", "Unless Schedule 1 says otherwise, all Arisings are removed from the Site on the day they are "
             "produced, and the price includes disposal at a licensed green waste site.")
    d.clause("6.2", "If you ask us to, we will leave logs from felled trees cut to 40 cm lengths and stacked on the "
             "Site, and the price of that item is reduced by 10%. Wood chippings can also be left for use as "
             "mulch, at no reduction in price.")
    d.h1("7. Stumps")
    d.clause("7.1", "When a tree is felled, the stump is left about 10 cm above ground level unless stump grinding is "
             "listed in Schedule 1. Stump grinding is priced by the diameter of the stump (Schedule 2).")
    d.clause("7.2", "We grind stumps to 150 mm below ground level. Roots beyond the edge of the stump are not "
             "removed. The hole is backfilled with the wood chippings produced by grinding; we do not supply "
             "topsoil or turf, and the chippings will settle as they rot down.")
    d.h1("8. Damage and insurance")
    d.clause("8.1", "We hold public liability insurance of GBP 10 million. We will make good any damage we cause to "
             "the Site, except damage to lawns from our equipment, which we rake level, and damage to "
             "underground services you did not tell us about.")
    d.clause("8.2", "All work is carried out in accordance with British Standard BS 3998:2010, Tree work - "
             "Recommendations.")
    d.h1("9. Cancellation")
    d.clause("9.1", "As this contract was signed at your home, you may cancel it within 14 days of signing without "
             "giving a reason, and your deposit is refunded in full (less any administration fee under clause 2.2 "
             "for an application already made). After that, if you cancel, the following applies:")
    d.grid(["Notice you give before the Start Date", "What happens to your deposit"],
           [["More than 10 Working Days", "Refunded in full, less any administration fees already incurred"],
            ["3 to 10 Working Days", "We keep 50% of the deposit and refund the rest"],
            ["Fewer than 3 Working Days", "We keep the whole deposit"]], [80, 94])
    d.clause("9.2", "We may cancel this contract if consent is refused for every tree in Schedule 1, in which case "
             "your deposit is refunded in full less the administration fees.")
    d.h1("10. Complaints and law")
    d.clause("10.1", "Please tell us about any complaint in writing within 28 days after the Works are finished. "
             "This contract is governed by the law of England and Wales.", numw=13)
    d.signature_block(["Signed by Mr Gideon Rudge and Mrs Harriet Rudge (customers)",
                       "Signed for Oakhurst Arboriculture Ltd by Tamsin Gillow-Rhys, Surveyor (ND Arboriculture)"])
    d.h1("SCHEDULE 1 - THE WORKS")
    d.grid(["Item", "Tree and location", "Work", "Price"],
           [["T1", "English oak, front garden (Protected Tree: TPO 14/2009)",
             "Crown reduction by up to 2 metres; remove deadwood over 25 mm", "GBP 780.00"],
            ["T2", "Leyland cypress hedge, rear boundary (22 metres long)",
             "Reduce height to 2.5 metres and trim both faces", "GBP 620.00"],
            ["T3", "Silver birch, rear lawn", "Fell to ground level in sections", "GBP 540.00"],
            ["T4", "Bramley apple, rear garden", "Formative prune and crown thin by 15%", "GBP 180.00"],
            ["T5", "Stump of T3 (about 70 cm across)", "Stump grinding (Schedule 2)", "GBP 220.00"],
            ["", "", "Contract Price (including VAT)", "GBP 2,340.00"]], [12, 62, 70, 30])
    d.para("Deposit paid on signing (20%): GBP 468.00. Balance payable after completion: GBP 1,872.00. "
           "Start Date: 9 June 2028. Expected duration: 2 days. Arisings from T1 to T4 removed; logs from T3 to be "
           "left stacked by the rear shed (price of T3 already reduced).", size=9.5)
    d.h1("SCHEDULE 2 - STUMP GRINDING PRICES")
    d.grid(["Diameter of the stump at ground level", "Price per stump"],
           [["Up to 30 cm", "GBP 95"],
            ["31 to 60 cm", "GBP 160"],
            ["61 to 90 cm", "GBP 220"],
            ["Over 90 cm", "Priced on survey"]], [90, 60])
    d.para("* Diameter is measured across the widest point of the stump at ground level. Add GBP 40 per stump where "
           "the stump is within 1 metre of a wall, fence or building, as a hand-guided grinder must be used. "
           "Several stumps on one Site: 10% off the second and each further stump.", size=8.5, style="I")
    return d.save("legal/tree_works_contract_oakhurst_rudge.pdf")


# =============================================================================
# 2. Children's holiday club booking terms
# =============================================================================
def holiday_club_terms():
    d = Doc("Camp Kestrel Holiday Club - Booking Terms, Summer 2028", "Terms CK-S28",
            "Kestrel Active Holidays Ltd - Camp Kestrel at Brookfield Primary School, Wexley", accent=(0, 100, 130))
    d.title_block("CAMP KESTREL HOLIDAY CLUB: BOOKING TERMS AND CONDITIONS",
                  "Summer 2028, Monday 24 July to Friday 25 August, at Brookfield Primary School, Orchard Road, "
                  "Wexley. Run by Kestrel Active Holidays Ltd (\"Camp Kestrel\", \"we\"), registered with Ofsted on "
                  "the Childcare Register. By booking you accept these terms.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Parent\" means the person with parental responsibility who makes the booking. \"Child\" means "
             "each child named on the booking. \"Camp Day\" means 09:00 to 15:30 on a weekday in a camp week. "
             "\"Extended Day\" means early drop-off from 08:00 and/or late collection until 17:30, booked in "
             "advance. \"Authorised Collector\" means a person named on the booking form as allowed to collect "
             "the Child.")
    d.h1("2. Age groups")
    d.clause("2.1", "Children are placed in a group by their age on the Monday of each week booked. We cannot take "
             "children under 4 years, and every Child must be toilet-trained.")
    d.grid(["Age on the Monday of the week", "Group", "Staff to children", "Notes"],
           [["4 to 5 years", "Kestrel Chicks", "1 to 6", "Must have completed a year in Reception; quiet room "
             "and rest time after lunch"],
            ["6 to 8 years", "Explorers", "1 to 8", "Sports, crafts and den building"],
            ["9 to 11 years", "Trailblazers", "1 to 10", "Sports, cooking and a weekly swimming session"],
            ["12 to 14 years", "Young Leaders", "1 to 12", "Leadership programme and one off-site trip each "
             "week"]], [42, 32, 30, 70])
    d.clause("2.2", "If your Child has additional needs, please tell us when booking. Where a Child needs one-to-one "
             "support, we need at least 4 weeks' notice to arrange it; there is no extra charge for this support.")
    d.h1("3. Prices")
    d.grid(["Booking", "Kestrel Chicks, Explorers and Trailblazers", "Young Leaders"],
           [["One Camp Day", "GBP 38", "GBP 42"],
            ["Full week (5 Camp Days)", "GBP 170", "GBP 190"],
            ["Early drop-off from 08:00 (per day)", "GBP 6", "GBP 6"],
            ["Late collection until 17:30 (per day)", "GBP 9", "GBP 9"]], [62, 70, 42])
    d.para("* Sibling discount: 10% off the price for the second and each further Child from the same family "
           "booked for the same week, applied to the lower-priced booking. It does not apply to Extended Day "
           "supplements.\n* We accept Tax-Free Childcare and employer childcare vouchers; payments by these "
           "routes must reach us by the balance due date.", size=8.5, style="I")
    d.h1("4. Booking and payment")
    d.clause("4.1", "A place is confirmed when we receive payment. For bookings made 21 days or more before the "
             "Monday of the week booked, a deposit of GBP 25 per Child per week is payable when booking, and the "
             "balance is due 21 days before that Monday. Bookings made later must be paid in full when booking.")
    d.clause("4.2", "If the balance is not received by the due date, we may release the place without further "
             "notice and keep the deposit.")
    d.clause("4.3", "Extended Day sessions must be booked at least 48 hours in advance and are subject to space. A "
             "Child still at camp after 15:30 without an Extended Day booking is charged the late collection fee "
             "in clause 6.3, not the Extended Day price.")
    d.h1("5. Cancellation by the Parent")
    d.clause("5.1", "Cancellations must be made by e-mail to bookings@campkestrel.example. The refund depends on "
             "how many days before the first booked Camp Day we receive the e-mail:")
    d.grid(["Cancellation received", "Refund"],
           [["29 days or more before", "Full refund, less an administration fee of GBP 10 per Child"],
            ["15 to 28 days before", "A refund of 50% of the fees paid, or a full credit for another week this "
             "summer"],
            ["14 days or fewer before", "No refund or credit"]], [70, 104])
    d.clause("5.2", "Days missed because of illness are not refunded, but if you tell us before 09:00 on the day "
             "and send a doctor's or pharmacist's note, we will give a credit for the missed days, to be used "
             "before the end of the summer 2028 camp.")
    d.h1("6. Drop-off and collection")
    d.clause("6.1", "Children must be signed in and out by an adult at the school's main gate. We will release a "
             "Child only to a Parent or an Authorised Collector aged 16 or over, who must give the password on "
             "the booking form.")
    d.clause("6.2", "A Child aged 11 or over may walk home alone at the end of the Camp Day only if the Parent has "
             "given written consent on the booking form. Children under 11 may never leave alone.")
    d.clause("6.3", "If a Child is collected after 15:30 (or after 17:30 on an Extended Day), we charge a late "
             "collection fee of GBP 10 for every 10 minutes or part of 10 minutes. If a Child has not been "
             "collected 30 minutes after the end of the day and we cannot reach the Parent or an Authorised "
             "Collector, we may contact the local authority's children's services.")
    d.h1("7. Health, medicines and allergies")
    d.clause("7.1", "Please keep a Child at home if they have a temperature of 38 degrees C or above, and for 48 "
             "hours after the last episode of diarrhoea or vomiting. A Child who becomes unwell at camp must be "
             "collected within 1 hour of our call.")
    d.clause("7.2", "Staff will give medicines only if the Parent has completed and signed a medicines form, and "
             "the medicine is in its original container with the pharmacy label. Children with asthma must bring "
             "their reliever inhaler every day; children prescribed adrenaline must bring two auto-injectors "
             "every day, or they cannot attend that day.")
    d.clause("7.3", "Camp Kestrel is a nut-free site. Children bring a packed lunch and a named water bottle each "
             "day; we provide a fruit snack in the afternoon.")
    d.h1("8. Activities, swimming and sun")
    d.clause("8.1", "Trailblazers swim once a week in the school's pool with a lifeguard. A Child must be able to "
             "swim 25 metres unaided to use the deep end; other children stay in the shallow end with a float.")
    d.clause("8.2", "Please apply sun cream before camp and send a named sun hat. Staff will help children under 8 "
             "to re-apply sun cream after lunch.")
    d.clause("8.3", "Young Leaders' off-site trips are by coach, and each Parent must sign a separate trip consent "
             "form by the Friday before the trip.")
    d.clause("8.4", "We take photographs of activities for our records. We use a photograph of a Child on our website "
             "or social media only if the Parent has given consent on the booking form.")
    d.h1("9. Behaviour and exclusion")
    d.clause("9.1", "We follow a three-step behaviour policy: a reminder, time out with a team leader and a call to "
             "the Parent. Where a Child's behaviour puts others at risk we may exclude the Child for the rest of "
             "the week, and no refund or credit is given.")
    d.h1("10. Our liability and complaints")
    d.clause("10.1", "We are not responsible for loss of or damage to clothing, toys or electronic items brought to "
             "camp. Nothing in these terms limits our liability for death or personal injury caused by our "
             "negligence. Complaints should be sent to the Camp Manager, Mr Ashwin Pellacott, who will reply "
             "within 5 working days.", numw=13)
    d.clause("10.2", "Please label all clothing and belongings. Lost property is kept until the last day of the "
             "summer camp and is then given to charity.", numw=13)
    return d.save("legal/holiday_club_terms_camp_kestrel.pdf")


# =============================================================================
# 3. Domestic pest control agreement
# =============================================================================
def pest_control_agreement():
    d = Doc("Domestic Pest Control Agreement - Shieldwell Pest Solutions / Marchetti", "Job SPS-28-1142",
            "Shieldwell Pest Solutions Ltd, 6 Kiln Lane Trading Estate, Hollins Green HG1 4PA", font="Helvetica",
            accent=(90, 70, 20), body_size=9.5)
    d.title_block("DOMESTIC PEST CONTROL AGREEMENT",
                  "Job Schedule and Terms and Conditions between Shieldwell Pest Solutions Ltd, company no. "
                  "12250917 (\"Shieldwell\", \"we\"), and the customer below (\"you\"), agreed by telephone on 9 "
                  "February 2028.")
    d.h1("Job Schedule")
    d.grid(["", ""],
           [["Customer", "Mr Tobias Marchetti"],
            ["Property", "22 Cobden Terrace, Hollins Green HG3 7LB (3-bedroom terraced house)"],
            ["Pest", "Brown rats: activity in the loft and under the kitchen floor"],
            ["Treatment", "Rodent Programme: 3 visits over up to 21 days, with locked bait boxes"],
            ["First Visit", "14 February 2028, between 08:00 and 12:00"],
            ["Price", "GBP 195.00 including VAT, payable in full at the First Visit"],
            ["Proofing", "Optional: quoted separately after the First Visit (clause 6)"]], [40, 134], size=9,
           bold_first_col=True)
    d.h1("1. Definitions")
    d.clause("1.1", "\"Treatment\" means the pest control work described in the Job Schedule. \"Programme\" means a "
             "Treatment made up of several visits at a single price. \"First Visit\" means the first visit of a "
             "Treatment and \"Follow-up Visit\" means any later visit that forms part of the same Programme. "
             "\"Technician\" means the qualified Shieldwell employee who carries out the Treatment.")
    d.clause("1.2", "\"Guarantee Period\" means the period in clause 3 during which we will return free of charge "
             "if the pest is still active. \"Proofing\" means work to block the holes and gaps through which "
             "pests get into the Property.")
    d.h1("2. Treatments and prices")
    d.grid(["Service", "What is included", "Price (incl. VAT)"],
           [["Wasp or hornet nest", "One visit; treatment of one nest", "GBP 68 (each further nest treated on "
             "the same visit: GBP 20)"],
            ["Rodent Programme (rats or mice)", "3 visits over up to 21 days; bait boxes supplied, locked and "
             "removed at the last visit", "GBP 195"],
            ["Bed bugs", "2 visits, 14 days apart", "GBP 160 for the first room; GBP 60 for each further room"],
            ["Fleas", "1 visit, whole Property up to 4 bedrooms", "GBP 125"],
            ["Cockroaches", "3 visits over up to 6 weeks", "GBP 210"],
            ["Squirrels in the loft", "3 visits; live-catch traps", "GBP 230"]], [46, 66, 62], size=9)
    d.para("* Out-of-hours visits (after 18:00 on weekdays, at weekends and on bank holidays): add GBP 45 per visit. "
           "We do not treat honey bees, which are not pests: for a swarm, we will pass your details to a local "
           "beekeepers' association, free of charge.", size=8.5, style="I")
    d.h1("3. Our guarantee")
    d.clause("3.1", "If the pest is still active during the Guarantee Period, we will return and treat again free of "
             "charge. The Guarantee Period runs from the last visit of the Treatment:")
    d.grid(["Pest", "Guarantee Period", "Conditions"],
           [["Wasps and hornets", "7 days", "Wasps may fly in and out of a treated nest for up to 2 days; "
             "please do not block the entrance"],
            ["Rats and mice", "3 months", "Only if you carry out the Proofing we recommend, or have it done by us"],
            ["Bed bugs", "30 days", "Only if you follow the preparation sheet for every visit"],
            ["Fleas", "14 days", "Pets must be treated with a vet's flea product before our visit"],
            ["Cockroaches", "30 days", "None"],
            ["Squirrels", "None, unless we carry out the Proofing", "12 months where we carry out the Proofing"]],
           [40, 50, 84], size=9)
    d.clause("3.2", "The guarantee covers the same pest at the same Property only. It does not cover a new "
             "infestation brought in after the Treatment, for example bed bugs in second-hand furniture.")
    d.h1("4. Booking and payment")
    d.clause("4.1", "The price of a Programme includes all its Follow-up Visits. Payment is due in full at the First "
             "Visit, by card or bank transfer. We do not accept cheques.")
    d.clause("4.2", "You may rearrange a visit free of charge if you give us at least 24 hours' notice. If you give "
             "less notice, or we cannot get into the Property at the agreed time, we charge a late cancellation "
             "fee of GBP 30 for that visit.")
    d.h1("5. Safety and staying out of treated areas")
    d.clause("5.1", "We use only products approved for use in homes, applied by trained Technicians. We will give "
             "you a written record of each visit, with the products used. Please follow these rules:")
    d.grid(["Treatment", "What you must do"],
           [["Bed bug or flea spray", "Keep people and pets out of treated rooms for 4 hours, until surfaces are "
             "dry. Cover fish tanks and switch off their pumps during spraying"],
            ["Fleas, after the visit", "Vacuum daily, but do not wash or mop floors for 14 days"],
            ["Wasp nest dust", "Keep children and pets away from the nest entrance for 24 hours"],
            ["Rodent bait boxes", "Do not move or open the boxes. Keep pets away and tell us if a box is damaged"]],
           [44, 130], size=9)
    d.clause("5.2", "Pregnant women and babies under 6 months should stay out of sprayed rooms for 24 hours.")
    d.h1("6. Proofing")
    d.clause("6.1", "After the First Visit of a Rodent Programme or a squirrel Treatment, the Technician will tell you "
             "where pests are getting in and give you a written quote for Proofing. You may do the Proofing "
             "yourself or use another contractor, but the rats and mice guarantee applies only if the work we "
             "recommend is done before the last visit.")
    d.h1("7. What you must do")
    d.clause("7.1", "You must give the Technician access to all areas to be treated, including lofts and under "
             "floors, clear of stored items, and follow the preparation sheet we send for bed bug, flea and "
             "cockroach Treatments.")
    d.clause("7.2", "For bed bugs, do not move beds, bedding or furniture between rooms before or between visits, "
             "and wash bedding and clothing from treated rooms at 60 degrees C.")
    d.h1("8. What we are not responsible for")
    d.clause("8.1", "We remove dead rodents that we can reach safely. We are not responsible for smells from rodents "
             "that die in places we cannot reach, such as wall cavities, or for damage caused by the pests "
             "themselves, such as gnawed cables or pipes.")
    d.clause("8.2", "Nothing in these terms limits our liability for death or personal injury caused by our "
             "negligence, or your statutory rights.")
    d.h1("9. Cancellation")
    d.clause("9.1", "As this agreement was made by telephone, you may cancel it within 14 days without giving a "
             "reason. If you ask us to start within those 14 days, you must pay for any visit already carried "
             "out. Once the First Visit of a Programme has taken place, its price is not refundable if you "
             "cancel the rest of the Programme.")
    d.h1("10. Complaints and law")
    d.clause("10.1", "Please tell us about any complaint within 28 days of the visit concerned, by e-mail to "
             "care@shieldwell.example. We reply within 10 working days. This agreement is governed by the law "
             "of England and Wales.", numw=13)
    return d.save("legal/pest_control_agreement_shieldwell_marchetti.pdf")


# =============================================================================
# 4. Ticks and Lyme disease leaflet
# =============================================================================
def tick_leaflet():
    d = Doc("Ticks and Lyme disease - what you need to know", "Wyebridge Valley PCN, leaflet WV-31",
            "Wyebridge Valley Primary Care Network - Ticks and Lyme disease - for walkers, campers and families",
            accent=(30, 100, 60))
    d.title_block("Ticks and Lyme disease: what you need to know",
                  "Information from the Wyebridge Valley Primary Care Network for walkers, campers, dog owners "
                  "and families who spend time in the countryside.")
    d.h1("What are ticks?")
    d.para("Ticks are tiny spider-like creatures that feed on the blood of animals and people. Before they feed "
           "they are 1 to 3 mm long, about the size of a poppy seed; once full of blood they can swell to about "
           "1 cm. They live in long grass, bracken and woodland, and are most active from March to October.")
    d.h1("What is Lyme disease?")
    d.para("Lyme disease is a bacterial infection that some ticks carry. Most tick bites do not cause it, and the "
           "risk is lower if the tick is removed quickly. It is treated with antibiotics, and most people make a "
           "full recovery.")
    d.h1("How do I remove a tick?")
    d.para("Remove the tick as soon as possible: the risk of infection rises the longer it stays attached, "
           "especially after 24 hours.")
    d.clause("1.", "Use fine-tipped tweezers or a tick-removal tool (sold by pharmacies and vets).", numw=8)
    d.clause("2.", "Grip the tick as close to the skin as you can. With tweezers, pull upwards slowly and "
             "steadily without squeezing the tick's body. With a tool, follow the maker's instructions.", numw=8)
    d.clause("3.", "Do not burn the tick, or cover it with petroleum jelly, alcohol or nail varnish.", numw=8)
    d.clause("4.", "Clean the bite with antiseptic or soap and water, and wash your hands. Write down the date of "
             "the bite.", numw=8)
    d.para("If the mouthparts stay in the skin, leave them: they will come out on their own, like a splinter.")
    d.h1("Do I need antibiotics after a bite?")
    d.para("No. Antibiotics are not given after a tick bite if you have no symptoms, even if the tick was "
           "attached for a long time. Instead, watch for symptoms for 3 months after the bite.")
    d.h1("What symptoms should I look out for?")
    d.grid(["Symptom", "When it may appear", "What to do"],
           [["A small red bump at the bite that fades", "Within 2 days", "Nothing: this is a normal reaction to "
             "the bite"],
            ["A spreading circular red rash, sometimes like a bull's-eye, 5 cm or more across", "3 to 30 days "
             "after the bite", "See your GP within 2 working days. Do not wait for a blood test"],
            ["Flu-like illness: fever, headache, tiredness, aching muscles and joints", "Up to 3 months after the "
             "bite", "See your GP and tell them about the bite"],
            ["Drooping of one side of the face, numbness or tingling, or a racing or irregular heartbeat",
             "Weeks to months after the bite", "Get medical help the same day: call your GP or NHS 111"]],
           [66, 44, 64], size=9)
    d.h1("Do I need a blood test?")
    d.para("Blood tests are not useful in the first 4 weeks after a bite, because the body takes time to make "
           "antibodies. A typical spreading rash is treated without a test. Your GP may arrange a test later if "
           "you have other symptoms.")
    d.h1("How can I avoid tick bites?")
    d.bullets(["Keep to paths and avoid brushing against long grass and bracken.",
               "Wear long trousers tucked into socks, and light-coloured clothes so ticks are easier to see.",
               "Use an insect repellent (see the table below).",
               "Check your skin and your children's skin at the end of each day, especially the hairline, behind "
               "the ears, armpits, groin and behind the knees. Check pets too, as they can bring ticks into the "
               "house."])
    d.grid(["Age", "Insect repellent for ticks"],
           [["Under 2 months", "No repellent. Cover the skin with clothing and use a net over the pram or "
             "carrier"],
            ["2 months to 11 years", "DEET up to 30%, or icaridin 20%. An adult should apply it, avoiding the "
             "hands, eyes and mouth"],
            ["12 years and over, and adults", "DEET up to 50%, or icaridin 20%"],
            ["Pregnant or breastfeeding *", "DEET up to 50%, or icaridin 20%"]], [52, 122], size=9)
    d.para("* Apply sunscreen first and the repellent at least 20 minutes later. Repellents last about 4 to 6 hours; "
           "reapply after swimming or heavy sweating.", size=8.5, style="I")
    d.para("Wyebridge Valley PCN: ask at your practice reception, or call NHS 111 out of hours.", size=9.5,
           style="B")
    return d.save("medical/tick_bite_lyme_leaflet_wyebridge.pdf")


# =============================================================================
# 5. Vasectomy discharge sheet
# =============================================================================
def vasectomy_discharge():
    d = Doc("After your vasectomy - discharge information", "Kingsmere Community Vasectomy Service",
            "Kingsmere Community Vasectomy Service, Lowther Health Centre, Kingsmere - CONFIDENTIAL",
            accent=(20, 70, 120))
    d.title_block("After your no-scalpel vasectomy",
                  "Discharge information. Please keep this sheet until you have received your clearance letter.")
    d.grid(["Patient details", ""],
           [["Name", "Mr Callum THISTLEWOOD"],
            ["Date of birth", "19/08/1989"],
            ["NHS number", "943 502 7716 (invented)"],
            ["Procedure", "No-scalpel vasectomy under local anaesthetic"],
            ["Date of procedure", "14 March 2028"],
            ["Surgeon", "Dr Petra Hollingsby, GP with extended role"],
            ["Semen test", "Not before 4 July 2028 (see section 5)"]], [45, 129], size=9.5, bold_first_col=True)
    d.h1("1. Today and the first 48 hours")
    d.para("Go home and rest for the rest of today, with your feet up. Someone should drive you home. The local "
           "anaesthetic wears off after 1 to 2 hours, and your scrotum will then feel sore and may be bruised.")
    d.para("Wear the close-fitting supportive underwear you brought with you day and night for 48 hours, then "
           "during the day for the next 7 days. The small puncture wound has no stitches and usually heals within "
           "7 days. Keep the dressing on and dry for 24 hours, then remove it.")
    d.h1("2. Pain relief")
    d.grid(["What", "How", "Notes"],
           [["Paracetamol", "1 g up to four times a day", "Maximum 4 g in 24 hours"],
            ["Ibuprofen", "400 mg three times a day with food, for up to 5 days", "Do not take if you have a "
             "stomach ulcer, kidney disease or asthma made worse by ibuprofen"],
            ["Ice pack", "Wrapped in a cloth, 20 minutes at a time", "Several times a day for the first 2 days"]],
           [32, 72, 70], size=9)
    d.h1("3. Getting back to normal")
    d.grid(["Activity", "When you can start again"],
           [["Shower", "After 24 hours"],
            ["Bath", "After 5 days"],
            ["Driving", "After 48 hours, if you can make an emergency stop without pain"],
            ["Desk or office work", "After 1 to 2 days"],
            ["Heavy manual work or lifting", "After 7 days"],
            ["Sex and masturbation", "After 7 days, or when comfortable"],
            ["Swimming", "After 7 days, when the wound has healed"],
            ["Running, cycling, gym and contact sports", "After 2 weeks"]], [80, 94], size=9.5)
    d.para("A small, firm, tender lump at the site of the operation is common and usually settles within a few "
           "weeks. Some blood in the semen for the first few ejaculations is normal.")
    d.h1("4. Contraception")
    d.para("You are not sterile straight away. Sperm stay in the tubes above the cut for several weeks, so you must "
           "keep using another method of contraception until you receive a letter confirming that your semen test "
           "shows you are clear.", style="B")
    d.h1("5. Your semen test")
    d.para("You need one semen test. The sample must be produced at least 16 weeks after the procedure AND after "
           "at least 20 ejaculations, whichever is later. For you, this means not before 4 July 2028.")
    d.clause("5.1", "Collect the whole sample by masturbation into the pot you were given. Do not use a condom or "
             "lubricant. Label the pot with your name, date of birth and the time of collection.")
    d.clause("5.2", "Keep the pot warm, in an inside pocket, and take it to Kingsmere Pathology Reception, Kingsmere "
             "General Hospital, within 4 hours of collection. Samples are accepted Monday to Thursday, 08:30 to "
             "12:00 only (not on bank holidays).")
    d.clause("5.3", "We will write to you and your GP within 3 weeks. If no sperm are seen, or only a few "
             "non-moving sperm, you can stop using other contraception. If any moving sperm are seen, you will be "
             "asked for a repeat sample 4 weeks later, and if they are still present we will offer you a review "
             "appointment.")
    d.para("Even after clearance, about 1 in 2,000 men become fertile again later because the tubes rejoin.",
           size=9.5)
    d.h1("6. When to get help")
    d.para("Contact the service (or NHS 111 out of hours) if you have:")
    d.bullets(["bleeding from the wound that has not stopped after 10 minutes of firm pressure",
               "swelling of the scrotum that keeps getting bigger, or is larger than a golf ball",
               "a temperature of 38 degrees C or above, or pus or spreading redness around the wound",
               "pain that is not controlled by the painkillers above"])
    d.para("Kingsmere Community Vasectomy Service: 01632 960 388 (Mon-Fri 08:30-17:00).", size=9.5, style="B")
    return d.save("medical/vasectomy_discharge_kingsmere_thistlewood.pdf")


# =============================================================================
# 6. Blood donor eligibility guide
# =============================================================================
def blood_donor_guide():
    d = Doc("Can I give blood? - donor eligibility guide", "Northvale Blood Service, DON-07 (2028)",
            "Northvale Blood Service - donor eligibility guide - version 7", accent=(160, 20, 40))
    d.title_block("Can I give blood?",
                  "A guide for new and regular whole blood and platelet donors at Northvale Blood Service donor "
                  "centres and community sessions. Our staff make the final decision at every session.")
    d.h1("Who can give blood?")
    d.para("Most people can give blood if they are fit and healthy, weigh at least 50 kg (7 stone 12 lb) and are "
           "aged:")
    d.bullets(["17 to 65 to give blood for the first time: you need to give your first donation before your 66th "
               "birthday",
               "up to 70 as a regular donor",
               "over 70, if you have given blood in the last 2 years and pass the health check at each session"])
    d.h2("Younger donors: minimum weight by height")
    d.para("Donors aged 17 to 19 have a smaller blood volume, so they must weigh at least the amount below for their "
           "height as well as 50 kg:")
    d.grid(["Height", "Minimum weight (donors aged 17 to 19)"],
           [["1.50 m to 1.54 m (4 ft 11 in to 5 ft 0 in)", "57 kg"],
            ["1.55 m to 1.59 m (5 ft 1 in to 5 ft 2 in)", "55 kg"],
            ["1.60 m to 1.64 m (5 ft 3 in to 5 ft 4 in)", "53 kg"],
            ["1.65 m (5 ft 5 in) or taller", "50 kg"]], [90, 84], size=9)
    d.para("Donors under 1.50 m tall who are aged 17 to 19 cannot give blood.", size=8.5, style="I")
    d.h1("How often can I give?")
    d.grid(["Donation", "Minimum time between donations"],
           [["Whole blood, men", "Every 12 weeks"],
            ["Whole blood, women", "Every 16 weeks"],
            ["Platelets", "At least 14 days apart, and no more than 24 donations a year"]], [90, 84], size=9)
    d.para("Each whole blood donation is 470 mL. The appointment takes about an hour, of which the donation itself "
           "takes 5 to 10 minutes.")
    d.h1("The haemoglobin check")
    d.para("Before every donation we check your haemoglobin (iron level) with a finger-prick test. The minimum "
           "level to donate is 135 g/L for men and 125 g/L for women. If yours is lower, we will ask you to wait "
           "at least 3 months and may suggest you see your GP.")
    d.h1("When do I need to wait?")
    d.para("Some treatments, events and illnesses mean you need to wait before donating. The most common are below; "
           "if yours is not listed, call us before you book.")
    d.grid(["If you have had...", "How long to wait before donating"],
           [["A cold, sore throat or flu", "Until you are fully well"],
            ["A cold sore", "Until it has healed"],
            ["Antibiotics for an infection", "7 days after finishing the course, if the infection has cleared"],
            ["A dental check-up, filling or scale and polish", "24 hours"],
            ["A tooth extraction or root canal treatment", "7 days, if healed and no antibiotics were needed"],
            ["A tattoo, semi-permanent make-up or a body piercing", "4 months"],
            ["Acupuncture by a registered practitioner *", "No wait"],
            ["A flu vaccine", "No wait, if you are well"],
            ["A live vaccine (for example yellow fever or shingles)", "4 weeks"],
            ["An endoscopy (camera test) **", "4 months"],
            ["Minor surgery (for example removal of a mole) under local anaesthetic", "7 days, once the wound has "
             "healed"],
            ["Major surgery with a general anaesthetic", "6 months"],
            ["Pregnancy, miscarriage or termination", "6 months after the end of the pregnancy"],
            ["A visit to a malaria area", "4 months after you return, if you had no fever ***"],
            ["A blood transfusion since 1 January 1980", "You cannot give blood"]], [90, 84], size=9)
    d.para("* Acupuncture by anyone else: wait 4 months.  ** Wait 4 months from the date of the test, even if "
           "nothing was found.  *** If you had a fever while away or within 4 months of returning, wait 6 months "
           "from your recovery. If you were born in or lived in a malaria area for 6 months or more, we test your "
           "blood before each donation.", size=8.5, style="I")
    d.h1("On the day")
    d.bullets(["Eat a meal within 3 hours before your appointment.",
               "Drink 500 mL of water just before you donate; we will give you a drink at the session.",
               "Afterwards, rest for at least 15 minutes and have a drink and a snack before you leave.",
               "Avoid heavy lifting, hard exercise and alcohol for the rest of the day.",
               "If you fly a plane, drive a bus, lorry or train, work at heights or do another hazardous job or "
               "hobby, wait 12 hours before doing it."])
    d.para("Northvale Blood Service donor line: 0300 555 0719 (8 am to 8 pm, 7 days a week). Book online at "
           "northvaleblood.example.", size=9.5, style="B")
    return d.save("medical/blood_donor_eligibility_northvale.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([tree_works_contract, holiday_club_terms, pest_control_agreement,
                       tick_leaflet, vasectomy_discharge, blood_donor_guide], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
