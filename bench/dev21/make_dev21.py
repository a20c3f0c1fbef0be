"""Render the twenty-first development-set documents (fictional) as PDFs into bench/dev21/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
domestic window cleaning service agreement (prices by property type and frequency, extras, missed visits,
re-cleans, a customer schedule after the signatures), a wedding catering contract (per-head packages,
children's prices, final numbers, a payment timetable, cancellation charges by notice, a menu schedule after
the signatures), a dry stack boat storage agreement (annual fees by boat length, launches, launch hours by
season, arrears and lien), a diabetic foot care leaflet in question-and-answer form with a risk category
table, a scabies (permethrin cream) leaflet in question-and-answer form with an amount-by-age table, and a
hip fracture anticoagulation guideline for clinicians (warfarin, DOAC timing by drug and kidney function,
antiplatelets, post-operative prophylaxis by weight). Questions: bench/dev21/questions.jsonl. All names,
products and numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev21/make_dev21.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 2, 8, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 21 (fictional document)", "make_dev21.py", FIXED_DATE)


# =============================================================================
# 1. Window cleaning service agreement
# =============================================================================
def window_cleaning():
    d = Doc("Window Cleaning Service Agreement - Clearwell Pane", "Ref. CWP-DOM-2027",
            "Clearwell Pane Services Ltd - Domestic Window Cleaning Agreement", accent=(20, 90, 140))
    d.title_block("DOMESTIC WINDOW CLEANING SERVICE AGREEMENT",
                  "Between Clearwell Pane Services Ltd, company no. 12874401, of Unit 3, Mardle Yard, Ashdown "
                  "Ridge (\"we\", \"us\"), and the customer named in the Schedule (\"you\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Round\" means our regular cleaning route for your area. \"Visit\" means one attendance at "
             "your property on the Round. \"Frequency\" means how often we visit, chosen in the Schedule: every "
             "4 weeks, every 8 weeks or every 12 weeks. \"Standard Clean\" means cleaning the outside of all "
             "windows, frames and sills that can be reached from the ground or with a water-fed pole.")
    d.clause("1.2", "\"Water-fed Pole\" means a telescopic pole supplying purified water through a brush, used "
             "from the ground up to a working height of 18 metres. No ladders are used above the first floor. "
             "\"Extras\" means the additional services in clause 4.")
    d.h1("2. The service")
    d.clause("2.1", "We will carry out a Standard Clean at each Visit. You do not need to be at home, but side "
             "gates must be left unlocked and any dogs kept indoors. Inside cleaning is not part of the "
             "Standard Clean and is quoted separately.")
    d.clause("2.2", "We send a text message the day before each Visit. Visits take place between 07:30 and 17:00, "
             "Monday to Saturday. We do not give a set time of day.")
    d.h1("3. Prices")
    d.clause("3.1", "The price of each Standard Clean depends on the type of property and the Frequency:")
    d.grid(["Property type", "Every 4 weeks", "Every 8 weeks", "Every 12 weeks"],
           [["Flat or maisonette (up to 6 windows)", "GBP 12", "GBP 15", "GBP 18"],
            ["2-bedroom terraced or semi-detached house", "GBP 16", "GBP 21", "GBP 26"],
            ["3-bedroom semi-detached house", "GBP 19", "GBP 24", "GBP 29"],
            ["3-bedroom detached house or bungalow", "GBP 23", "GBP 29", "GBP 35"],
            ["4-bedroom detached house", "GBP 28", "GBP 35", "GBP 42"],
            ["5 or more bedrooms", "GBP 36", "GBP 45", "GBP 54"]], [70, 33, 33, 33])
    d.para("* Prices include frames and sills. Each window pane over 16 panes in total is charged at GBP 1.20 per "
           "Visit. Georgian-style (small-pane) windows are charged at 1.5 times the price above. First cleans "
           "after more than 6 months without cleaning are charged at double the price.", size=8.5, style="I")
    d.clause("3.2", "We may increase prices once in any 12 months, by giving you at least 30 days' notice by text "
             "or e-mail. You may end this agreement without charge before the increase takes effect.")
    d.h1("4. Extras")
    d.clause("4.1", "Extras are booked separately and carried out on a Visit or on a date agreed with you:")
    d.grid(["Extra", "Price"],
           [["Conservatory roof, up to 3 m x 3 m", "GBP 40"],
            ["Conservatory roof, over 3 m x 3 m up to 4 m x 5 m", "GBP 60"],
            ["Conservatory roof, larger than 4 m x 5 m", "GBP 85"],
            ["Gutter clearing (vacuum), bungalow", "GBP 50"],
            ["Gutter clearing (vacuum), two-storey house", "GBP 70"],
            ["Gutter clearing (vacuum), three-storey house", "GBP 95"],
            ["Fascias and soffits wash", "GBP 45"],
            ["Solar panels, per panel (minimum GBP 30)", "GBP 3"]], [110, 40])
    d.h1("5. Missed visits and weather")
    d.clause("5.1", "If we cannot reach the windows because a gate is locked, a vehicle or scaffold blocks access, "
             "or a dog is loose in the garden, we will charge 50% of the Visit price (a \"Call-out Charge\") and "
             "you will not get a free return visit.")
    d.clause("5.2", "We do not clean in winds above 30 mph, in lightning or when the temperature is below 2 "
             "degrees C. Visits missed because of weather are moved to the next working day that is suitable, "
             "at no charge. Light rain does not stop cleaning, and rain after a clean is not a reason for a "
             "re-clean.")
    d.clause("5.3", "To skip a single Visit, tell us at least 24 hours before it by text or e-mail. A Visit "
             "skipped with less notice is charged as a Call-out Charge. You may skip no more than 2 Visits in a "
             "row; after that we may remove you from the Round.")
    d.h1("6. Quality and re-cleans")
    d.clause("6.1", "If you are not happy with a clean, tell us within 3 days of the Visit, with a photograph if "
             "possible. We will return to re-clean the windows concerned free of charge within 5 working days. "
             "We do not refund the Visit price unless we fail to re-clean within that time.")
    d.h1("7. Payment")
    d.clause("7.1", "We send an invoice by e-mail after each Visit. Payment is due within 7 days, by bank "
             "transfer, card link or Direct Debit. We do not accept cash or cheques.")
    d.clause("7.2", "If an invoice is unpaid 14 days after it was due, we add a late payment fee of GBP 7.50 and "
             "suspend Visits until it is paid. Unpaid invoices over 60 days old are passed to a debt recovery "
             "agent, and their costs are added to the debt.")
    d.h1("8. Damage and liability")
    d.clause("8.1", "We hold public liability insurance of GBP 5 million. You must report any damage caused by "
             "us within 48 hours of the Visit. We are not responsible for damage caused by existing defects, "
             "such as failed sealed units, rotten frames or loose putty, or for marks that cannot be removed by "
             "normal cleaning, such as scratches or hard-water staining.")
    d.clause("8.2", "Our liability for any one Visit is limited to GBP 2,500, except for death or personal "
             "injury caused by our negligence.")
    d.h1("9. Ending the agreement")
    d.clause("9.1", "There is no minimum term. You may end this agreement at any time by giving notice before "
             "your next Visit by text, e-mail or letter; you pay only for Visits already carried out.")
    d.clause("9.2", "We may end this agreement by giving you 14 days' notice, or at once if invoices are unpaid "
             "for more than 30 days or our staff are threatened or abused.")
    d.clause("9.3", "If you made this agreement away from our premises, you may cancel it within 14 days without "
             "giving a reason. If you ask us to clean within those 14 days, you pay for Visits carried out.")
    d.signature_block(["Signed for Clearwell Pane Services Ltd by Marcus Ojukwu-Hale, Operations Manager",
                       "Signed by the Customer"])
    d.h1("SCHEDULE - CUSTOMER DETAILS")
    d.grid(["Item", "Details"],
           [["Customer", "Mrs Priya Halloway"],
            ["Property", "14 Quarry Bank Road, Ashdown Ridge"],
            ["Property type", "3-bedroom semi-detached house (14 panes)"],
            ["Frequency", "Every 8 weeks"],
            ["Round", "Ashdown Ridge East - Tuesdays"],
            ["First Visit", "Tuesday 16 March 2027"],
            ["Extras booked", "Conservatory roof (3 m x 4 m), each spring Visit"],
            ["Access notes", "Side gate code 4471; cat flap, no dogs"]], [50, 110])
    return d.save("legal/window_cleaning_agreement_clearwell_pane.pdf")


# =============================================================================
# 2. Wedding catering contract
# =============================================================================
def wedding_catering():
    d = Doc("Wedding Catering Contract - Sorrel & Thyme", "Contract WC-27-114",
            "Sorrel & Thyme Events Catering Ltd - Wedding Catering Terms", font="Times", accent=(120, 70, 20),
            body_size=10.5)
    d.title_block("WEDDING CATERING CONTRACT: TERMS AND CONDITIONS",
                  "Between Sorrel & Thyme Events Catering Ltd (the \"Caterer\") and the couple named in the "
                  "booking form (the \"Client\"), for the wedding at Thornleigh Tithe Barn on Saturday 11 "
                  "September 2027 (the \"Event\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Day Guest\" means a guest who attends the wedding breakfast. \"Evening Guest\" means a "
             "guest who attends only the evening reception. \"Package\" means the Classic, Signature or Grand "
             "wedding breakfast menu described in the Schedule. \"Estimated Total\" means the price in the "
             "booking confirmation, based on the estimated numbers. \"Final Numbers\" means the confirmed "
             "numbers of Day Guests and Evening Guests under clause 4.")
    d.clause("1.2", "\"Child\" means a guest aged 3 to 12 on the date of the Event. Children under 3 are not "
             "charged for and are not given a meal unless the Client orders one.")
    d.h1("2. Minimum numbers")
    d.clause("2.1", "The minimum number of adult Day Guests for a Saturday Event is 70, and for any other day 50. "
             "If fewer adult Day Guests are confirmed, the Client pays for the minimum number.")
    d.clause("2.2", "The evening food must be ordered for at least 80% of the total number of Day Guests and "
             "Evening Guests.")
    d.h1("3. Prices")
    d.clause("3.1", "Prices per head are in the Schedule and include VAT, crockery, cutlery, linen napkins and "
             "service staff at one member of staff per 10 Day Guests. A Child's meal is charged at 50% of the "
             "adult Package price, or the Client may choose the children's menu at GBP 19.50 per Child.")
    d.clause("3.2", "Prices are fixed for Events up to 31 December 2027. For later Events, prices may be "
             "increased by no more than the increase in the Consumer Prices Index, notified at least 6 months "
             "before the Event.")
    d.h1("4. Final Numbers and dietary requirements")
    d.clause("4.1", "The Client must confirm Final Numbers, the table plan and all dietary requirements no later "
             "than 21 days before the Event. Final Numbers may be increased (but not reduced) up to 7 days "
             "before the Event. No reduction in the price is made for guests who do not attend.")
    d.clause("4.2", "We cater for vegetarian, vegan, gluten-free and dairy-free diets and for the 14 major "
             "allergens. Our kitchen handles nuts, and we cannot guarantee any dish is free from traces of "
             "nuts.")
    d.h1("5. Payment")
    d.clause("5.1", "Payments are due as follows:")
    d.grid(["Payment", "Amount", "When due"],
           [["Booking deposit", "25% of the Estimated Total", "On signing, to secure the date"],
            ["Second payment", "50% of the Estimated Total", "90 days before the Event"],
            ["Balance", "The price for the Final Numbers, less payments made", "21 days before the Event"],
            ["Late additions and extras", "In full", "Within 7 days after the Event"]], [40, 65, 60])
    d.para("* The booking deposit is not refundable except under clause 7. A refundable damage deposit of GBP "
           "300 is also payable with the balance and returned within 14 days after the Event.",
           size=8.5, style="I")
    d.h1("6. Cancellation by the Client")
    d.clause("6.1", "The Client may cancel by written notice. The cancellation charge depends on how long before "
             "the Event the notice is received, and sums already paid are set against it:")
    d.grid(["Notice of cancellation received", "Cancellation charge"],
           [["More than 12 months before the Event", "The booking deposit only"],
            ["6 to 12 months before", "40% of the Estimated Total"],
            ["3 to 6 months before", "60% of the Estimated Total"],
            ["1 to 3 months before", "85% of the Estimated Total"],
            ["Less than 1 month before", "100% of the Estimated Total"]], [80, 80])
    d.clause("6.2", "Moving the Event to a new date is treated as a cancellation unless the new date is within "
             "12 months of the original date and is available, in which case a date change fee of GBP 250 is "
             "charged and all payments are transferred.")
    d.h1("7. Cancellation by the Caterer")
    d.clause("7.1", "If we cannot cater for the Event for any reason within our control, we refund all sums paid "
             "and will try to recommend another caterer. Our liability is limited to the sums paid by the "
             "Client.")
    d.h1("8. Tasting")
    d.clause("8.1", "A menu tasting for 2 people is included for Signature and Grand Packages and is held on set "
             "dates between January and April. Further guests may attend at GBP 35 per person. Classic Package "
             "clients may book a tasting at GBP 35 per person.")
    d.h1("9. Drinks and corkage")
    d.clause("9.1", "The Client may supply their own wine and sparkling wine. We charge corkage of GBP 9 per 75 cl "
             "bottle of wine or sparkling wine, which covers chilling, glassware and pouring. Spirits are not "
             "permitted. All drinks must be delivered to the venue by 12:00 on the day before the Event.")
    d.h1("10. On the day")
    d.clause("10.1", "Our staff are on site for 12 hours from arrival. Staff needed after midnight are charged at "
             "GBP 26 per member of staff per hour or part hour.")
    d.clause("10.2", "For food safety reasons, leftover food from the wedding breakfast or evening buffet may not "
             "be taken away by the Client or guests, except the top tier of the wedding cake.")
    d.clause("10.3", "The Client is responsible for breakages and losses of our equipment caused by guests, "
             "charged at replacement cost and deducted from the damage deposit.")
    d.signature_block(["Signed for Sorrel & Thyme Events Catering Ltd by Oriel Fanshawe, Events Director",
                       "Signed by the Client"])
    d.h1("SCHEDULE - MENUS AND PRICES 2027")
    d.grid(["Menu", "What is included", "Price per adult"],
           [["Classic Package", "Three courses, served; glass of sparkling wine for the toast", "GBP 62"],
            ["Signature Package", "Canapes (3 per guest), three courses, half a bottle of wine per guest, "
             "sparkling wine for the toast", "GBP 79"],
            ["Grand Package", "Canapes (5 per guest), four courses including an intermediate sorbet, half a "
             "bottle of wine per guest, sparkling wine reception and toast", "GBP 104"],
            ["Evening: stone-baked pizza", "Three pizzas per 10 guests, with salads", "GBP 14"],
            ["Evening: hog roast in a bap", "With stuffing, apple sauce and coleslaw", "GBP 17"],
            ["Evening: bacon and sausage rolls", "One roll per guest, vegetarian option", "GBP 9.50"]],
           [45, 85, 30])
    return d.save("legal/wedding_catering_contract_sorrel_thyme.pdf")


# =============================================================================
# 3. Dry stack boat storage agreement
# =============================================================================
def dry_stack():
    d = Doc("Dry Stack Storage Agreement - Penwithy Cove Marina", "Agreement DS-2027",
            "Penwithy Cove Marina Ltd - Dry Stack Boat Storage", accent=(0, 80, 90))
    d.title_block("DRY STACK BOAT STORAGE AGREEMENT",
                  "Between Penwithy Cove Marina Ltd (the \"Marina\") and the boat owner named in the Schedule "
                  "(the \"Owner\"), for storage of the Owner's boat in the covered dry stack racking building.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Boat\" means the boat named in the Schedule, with its engine and fixed equipment. "
             "\"Length\" means the length overall including the engine leg, bow fittings and bathing platform, "
             "measured by the Marina. \"Rack Space\" means the space allocated to the Boat in the racking "
             "building. \"Launch\" means lifting the Boat from its Rack Space by forklift and placing it in the "
             "water at the pontoon; \"Recovery\" means the reverse. A Launch and its Recovery on the same day "
             "count as one Launch.")
    d.clause("1.2", "\"Summer Season\" means 1 April to 31 October; \"Winter Season\" means 1 November to 31 "
             "March. \"Storage Year\" means 12 months from the start date in the Schedule.")
    d.h1("2. Boats accepted")
    d.clause("2.1", "The racking accepts motor boats and RIBs with a Length of no more than 9.0 metres, a beam of "
             "no more than 3.0 metres and a lifted weight (with fuel and equipment) of no more than 3.5 tonnes. "
             "Sailing boats, boats with fixed keels and boats with inboard shaft drives are not accepted.")
    d.clause("2.2", "The Owner must keep the Boat insured against third party liability of at least GBP 3 "
             "million, and give the Marina a copy of the certificate each year.")
    d.h1("3. Storage fees")
    d.clause("3.1", "The annual storage fee depends on the Length of the Boat:")
    d.grid(["Length of the Boat", "Annual fee", "Launches included per Storage Year"],
           [["Up to 6.0 m", "GBP 2,450", "40"],
            ["Over 6.0 m up to 7.5 m", "GBP 3,180", "50"],
            ["Over 7.5 m up to 9.0 m", "GBP 3,960", "60"]], [60, 40, 60])
    d.para("* Fees include VAT, a freshwater hull wash after each Recovery and free use of the pontoon for up to "
           "2 hours before and after each Launch. Winter-only storage (Winter Season) is charged at 45% of the "
           "annual fee, with 8 Launches included.", size=8.5, style="I")
    d.clause("3.2", "Launches beyond those included are charged at GBP 28 each. Unused Launches cannot be carried "
             "over to the next Storage Year and are not refunded.")
    d.clause("3.3", "The annual fee is payable in advance. Alternatively, the Owner may pay by 10 monthly Direct "
             "Debits starting on the start date, in which case a 6% surcharge is added to the annual fee.")
    d.h1("4. Launches")
    d.clause("4.1", "The Owner must request each Launch through the Penwithy Cove app or by telephone at least "
             "24 hours in advance (48 hours for a Launch on a Saturday, Sunday or bank holiday). Requests made "
             "with less notice are met if possible and charged a short-notice fee of GBP 15.")
    d.clause("4.2", "Launches and Recoveries take place only during the launch hours in the Schedule. A Boat not "
             "back at the pontoon by the end of launch hours stays in the water overnight on a visitor berth at "
             "the visitor berth rate, and is recovered the next morning.")
    d.clause("4.3", "The Marina may refuse or delay a Launch when the wind is above Force 6 at the pontoon, in "
             "fog, or at low water springs when the depth at the pontoon is less than 1.2 metres.")
    d.h1("5. Condition of the Boat and works")
    d.clause("5.1", "When the Boat is in its Rack Space, fuel tanks must be no more than three-quarters full, "
             "batteries isolated and all gas cylinders removed. Outboard engines must be tilted up.")
    d.clause("5.2", "No work may be carried out on the Boat while it is in the racking. Maintenance may be done "
             "in the wash-down bay by prior booking, at GBP 40 per half day, or by the Marina's own engineers. "
             "Antifouling is not needed for a Boat kept in the dry stack and may only be applied in the "
             "boatyard.")
    d.clause("5.3", "The Owner may visit the Boat in its Rack Space only with a member of staff; no one may climb "
             "the racking.")
    d.h1("6. Marina's liability")
    d.clause("6.1", "The Marina is liable for damage to the Boat caused by the negligence of its staff while "
             "lifting, moving or storing it, up to GBP 100,000 for any one incident. The Marina is not liable for "
             "loss of personal items left on board or for weather damage while the Boat is in the water.")
    d.h1("7. Unpaid fees, lien and sale")
    d.clause("7.1", "If any fee is unpaid 14 days after it is due, the Marina may refuse Launches until it is paid "
             "and charge interest at 4% a year above the Bank of England base rate.")
    d.clause("7.2", "The Marina has a lien over the Boat for all unpaid sums and may keep it until they are paid. "
             "If sums remain unpaid for 3 months, the Marina may sell the Boat after giving the Owner 28 days' "
             "written notice to the last known address, and will pay the Owner the proceeds of sale less the "
             "debt and the costs of sale.")
    d.h1("8. Ending the agreement")
    d.clause("8.1", "The Owner may end this agreement at any time on 30 days' written notice. A refund of the "
             "annual fee is given for each full month remaining of the Storage Year, at one-twelfth of the "
             "annual fee per month, less an administration fee of GBP 75. No refund is made in respect of the "
             "Winter Season.")
    d.clause("8.2", "If the Owner sells the Boat, the Rack Space cannot be transferred to the buyer, but the Owner "
             "may store a replacement boat of the same Length band for the rest of the Storage Year for a fee "
             "of GBP 50.")
    d.signature_block(["Signed for Penwithy Cove Marina Ltd by Delphine Kerrow, Marina Manager",
                       "Signed by the Owner"])
    d.h1("SCHEDULE - BOAT, TERM AND LAUNCH HOURS")
    d.grid(["Item", "Details"],
           [["Owner", "Mr Callum Trevennick"],
            ["Boat", "Aquila Marine 705 Sport, \"Kittiwake II\", Length 7.3 m, 2.1 tonnes lifted"],
            ["Start date", "1 April 2027"],
            ["Rack Space", "Bay C, level 3"]], [50, 110])
    d.grid(["Period", "Launch hours", "Last Launch"],
           [["April, May, September, October", "08:00 to 18:00 daily", "16:30"],
            ["June, July and August", "07:00 to 20:00 daily", "18:30"],
            ["Winter Season", "09:00 to 16:00, Thursday to Sunday only", "14:00"]], [60, 60, 40])
    d.para("Launch hours may be extended for club race days by arrangement. The pontoon has fuel (diesel and "
           "unleaded) from 08:30 to 17:30 during the Summer Season.", size=9, style="I")
    return d.save("legal/dry_stack_storage_penwithy_cove.pdf")


# =============================================================================
# 4. Diabetic foot care leaflet
# =============================================================================
def foot_care():
    d = Doc("Looking after your feet when you have diabetes", "Leaflet POD-017",
            "Hollinsmere Community Podiatry Service", accent=(20, 100, 60), body_size=10.5)
    d.title_block("Diabetes and your feet: questions and answers",
                  "For adults with type 1 or type 2 diabetes. Your podiatrist or practice nurse will tell you "
                  "your foot risk category at your annual foot check.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("Why does diabetes affect my feet?",
       "Over time, high blood glucose can damage the nerves in your feet (neuropathy), so that you may not feel "
       "a cut, a blister or a burn, and can narrow the blood vessels, so that wounds heal slowly. A small injury "
       "can then become a foot ulcer or an infection.")
    qa("What is my foot risk category and how often will my feet be checked?",
       "Everyone with diabetes should have their feet checked at least once a year. After the check you are "
       "given a risk category:")
    d.grid(["Risk category", "What it means", "Foot checks and care"],
           [["Low risk", "Normal feeling and pulses, no deformity", "Annual foot check at your GP practice"],
            ["Moderate risk", "Reduced feeling or reduced pulses, or deformity", "Podiatry review every 3 to 6 "
             "months"],
            ["High risk", "Previous ulcer or amputation, or reduced feeling with deformity or hard skin, or on "
             "kidney dialysis", "Podiatry review every 1 to 3 months"],
            ["Active foot problem", "Ulcer, spreading infection or Charcot foot", "Seen by the Foot Protection "
             "Team within 1 working day"]], [35, 75, 60])
    qa("How should I check my feet?",
       "Look at both feet every day, including the soles and between the toes, in good light. Use a mirror, or "
       "ask someone to help, if you cannot see the soles. Look for cuts, blisters, redness, swelling, cracks in "
       "the skin and any colour change.")
    qa("How should I wash my feet?",
       "Wash your feet every day in warm water and dry them well, especially between the toes. Test the water "
       "with your elbow or a thermometer first: it should be below 37 degrees C. Do not soak your feet for more "
       "than 5 minutes, as this makes the skin soft and more easily damaged.")
    qa("Should I use cream?",
       "Yes, use a moisturising cream on dry skin every day, but not between your toes. A cream containing 10% "
       "urea helps with cracked heels.")
    qa("How should I cut my toenails?",
       "Cut or file your nails after washing, when they are softer. Cut straight across, following the shape of "
       "the end of the toe, and do not cut down the sides. If you cannot see or reach your nails, or they are "
       "thick, ask your podiatrist. If you are high risk, your nails should be cut by a podiatrist.")
    qa("Can I treat corns and hard skin myself?",
       "Do not use corn plasters, corn paints or blades: they contain acid or can cut the skin, and can cause "
       "ulcers. You may gently use a foot file or pumice stone on hard skin once a week if you are low risk. "
       "Otherwise, see your podiatrist.")
    qa("What shoes and socks should I wear?",
       "Wear shoes that fit well, with a fastening (laces, strap or Velcro), a deep and wide toe box and a low "
       "heel. Shop for shoes in the afternoon, when feet are largest. Wear new shoes for 1 hour a day at first. "
       "Check inside your shoes for stones before putting them on. Wear seam-free socks and change them every "
       "day. Never walk barefoot, even indoors or on the beach.")
    qa("Can I warm my feet with a hot water bottle?",
       "No. Do not use hot water bottles, electric blankets on your feet, or sit with your feet close to a fire "
       "or radiator. Wear bed socks instead. You may not feel a burn until the damage is done.")
    qa("When should I get help urgently?",
       "Contact the Foot Protection Team the same day (01632 960 744, Monday to Friday 08:30 to 16:30), or "
       "out of hours go to your nearest emergency department, if you notice:")
    d.bullets(["a new ulcer, or a break in the skin that is weeping, getting bigger or has black skin around it;",
               "a foot that is red, hot or swollen, or a change in shape of the foot;",
               "pus, a bad smell, or red streaks spreading up from the foot;",
               "feeling unwell with a temperature above 38 degrees C and a foot wound."])
    qa("What if I find a small cut or blister?",
       "Clean it with saline or cooled boiled water, cover it with a sterile, non-sticky dressing, and take the "
       "pressure off it. Do not burst blisters. Check it every day. If it is not healing after 3 days, contact "
       "your podiatrist or practice nurse.")
    qa("Does smoking matter?",
       "Yes. Smoking narrows the blood vessels and reduces blood flow to your feet, which makes ulcers and "
       "amputation more likely. Ask your practice about the stop smoking service.")
    qa("What about holidays?",
       "Take extra care on holiday: protect your feet from sunburn with sun cream, wear footwear on the beach and "
       "in the pool, and take a first aid kit with sterile dressings. On long journeys, walk around or move your "
       "feet and ankles every hour.")
    return d.save("medical/diabetic_foot_care_leaflet_hollinsmere.pdf")


# =============================================================================
# 5. Scabies (permethrin cream) leaflet
# =============================================================================
def scabies_leaflet():
    d = Doc("Scabies - treating it with permethrin cream", "Leaflet DERM-044",
            "Larchfield Health Centre - Patient Information", font="Times", accent=(110, 30, 90), body_size=10.5)
    d.title_block("Scabies and permethrin 5% cream: your questions answered",
                  "For people with scabies and the people they live with. The cream in this leaflet is "
                  "permethrin 5% cream (brand: Dermaquell), in 30 g tubes.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is scabies?",
       "Scabies is an infestation of the skin with tiny mites that burrow under the skin and lay eggs. It causes "
       "an intensely itchy rash, often worse at night, usually between the fingers, on the wrists, armpits, "
       "waist, buttocks and genitals. It is spread by prolonged skin-to-skin contact, and less often by sharing "
       "bedding or clothes. It has nothing to do with poor hygiene.")
    qa("Who needs to be treated?",
       "Everyone in your household and your sexual partners must be treated on the same day as you, even if they "
       "have no itch or rash, because it can take up to 8 weeks for symptoms to appear. Otherwise the mites are "
       "passed back and forth.")
    qa("How do I use the cream?",
       "Apply the cream to cool, dry skin, not after a hot bath. Cover the whole body from the neck down, "
       "including between the fingers and toes, under the nails, the soles of the feet, the groin and genitals. "
       "In children under 2 years and adults over 65, also apply it to the scalp, face, neck and ears, avoiding "
       "the eyes and mouth. Leave the cream on for 8 to 12 hours (overnight is easiest), then wash it off.")
    qa("What if I wash my hands while the cream is on?",
       "Put more cream on your hands straight away. Do the same for any other area you wash during the 8 to 12 "
       "hours.")
    qa("How much cream should I use?",
       "Use the amount for the person's age. One 30 g tube is enough for one adult application for most people; "
       "larger adults may need up to 2 tubes.")
    d.grid(["Age", "Amount for one application", "About"],
           [["Under 2 months", "Not recommended - ask your doctor", "-"],
            ["2 months to 1 year", "Up to one-eighth of a tube", "3.75 g"],
            ["1 to 5 years", "Up to a quarter of a tube", "7.5 g"],
            ["6 to 12 years", "Up to half a tube", "15 g"],
            ["13 years and over, and adults", "One tube (up to 2 tubes for a large adult)", "30 g to 60 g"]],
           [55, 80, 30])
    qa("Do I need a second treatment?",
       "Yes. Repeat the whole treatment 7 days after the first, in the same way, to kill mites that hatch from "
       "eggs after the first treatment. Everyone treated the first time should be treated the second time.")
    qa("What should I do with bedding and clothes?",
       "On the day of the first treatment, wash bedding, towels and clothes worn in the last 3 days at 50 degrees "
       "C or higher and dry them on a hot cycle. Items that cannot be washed should be sealed in a plastic bag "
       "for 72 hours. You do not need to clean carpets or furniture specially.")
    qa("How long will the itch last?",
       "The itch often continues for up to 4 weeks after successful treatment, while the skin settles. This does "
       "not mean the treatment has failed. A soothing cream or an antihistamine at night may help. See your GP if "
       "the itch lasts longer than 4 weeks, or new burrows appear more than a week after the second treatment.")
    qa("When can I go back to work or school?",
       "Adults and children can go back to work, school or nursery the day after the first treatment.")
    qa("Can I use permethrin when pregnant or breastfeeding?",
       "Yes, permethrin can be used in pregnancy and while breastfeeding. If you are breastfeeding, wash the cream "
       "off your breasts before feeding and reapply it afterwards.")
    qa("Are there side effects?",
       "Some people get mild burning, stinging or tingling where the cream is applied. This is usually short "
       "lived. Do not use permethrin if you are allergic to chrysanthemums or to permethrin.")
    qa("What if someone has crusted scabies?",
       "Crusted (Norwegian) scabies causes thick, crusted skin and is very contagious. It is more common in older "
       "people and people with a weakened immune system. It needs treatment arranged by a doctor, usually with "
       "tablets as well as cream, and is not suitable for treatment with this leaflet alone.")
    qa("Scabies in care homes",
       "If a resident of a care home or a member of staff has scabies, the home must tell the local health "
       "protection team, which will arrange for all residents and staff to be treated at the same time.")
    return d.save("medical/scabies_permethrin_leaflet_larchfield.pdf")


# =============================================================================
# 6. Hip fracture anticoagulation guideline
# =============================================================================
def hip_fracture_guideline():
    d = Doc("Anticoagulants and antiplatelets in hip fracture", "Guideline ORTHO-HF-07, version 3",
            "Ravensholm University Hospitals - Orthogeriatrics and Anaesthesia", accent=(40, 40, 120))
    d.title_block("MANAGING ANTICOAGULANT AND ANTIPLATELET MEDICINES IN PATIENTS WITH HIP FRACTURE",
                  "For orthopaedic, orthogeriatric and anaesthetic staff. Approved by the Thrombosis Committee, "
                  "January 2027. Review date January 2030.", size=13)
    d.h1("1. Principles")
    d.clause("1.1", "Surgery should take place on the day of admission or the day after, and within 36 hours of "
             "admission. Anticoagulant or antiplatelet treatment alone is not a reason to delay surgery beyond "
             "36 hours; the choice of anaesthetic may change instead.")
    d.clause("1.2", "On admission record the medicine, dose, indication and the date and time of the last dose. "
             "Send FBC, U&E (with creatinine clearance by Cockcroft-Gault, using actual body weight), coagulation "
             "screen and group and save.")
    d.h1("2. Warfarin")
    d.clause("2.1", "Stop warfarin on admission. Check the INR on arrival. If the INR is above 1.5, give "
             "phytomenadione (vitamin K) 5 mg intravenously and recheck the INR after 6 hours.")
    d.clause("2.2", "Surgery under general anaesthesia may proceed if the INR is 1.8 or less. A spinal anaesthetic "
             "requires an INR of 1.5 or less.")
    d.clause("2.3", "Do not use prothrombin complex concentrate to reverse warfarin for hip fracture surgery "
             "unless there is life-threatening bleeding. Patients with a mechanical heart valve: discuss with "
             "the on-call haematologist before giving vitamin K.")
    d.clause("2.4", "Restart warfarin at the usual dose on the evening after surgery if there is no bleeding "
             "concern, with prophylactic low molecular weight heparin (LMWH) continued until the INR is 2.0 or "
             "more.")
    d.h1("3. Direct oral anticoagulants (DOACs)")
    d.clause("3.1", "Stop the DOAC on admission. Do not give reversal agents routinely. The minimum time from the "
             "last dose to a spinal anaesthetic depends on the drug and the creatinine clearance (CrCl):")
    d.grid(["DOAC", "CrCl 50 ml/min or more", "CrCl 30 to 49 ml/min", "CrCl below 30 ml/min"],
           [["Apixaban", "48 hours", "48 hours", "72 hours"],
            ["Rivaroxaban", "48 hours", "48 hours", "72 hours"],
            ["Edoxaban", "48 hours", "48 hours", "72 hours"],
            ["Dabigatran", "48 hours", "72 hours", "96 hours"]], [36, 45, 45, 45])
    d.para("* General anaesthesia may proceed 24 hours after the last dose of apixaban, rivaroxaban or edoxaban "
           "if CrCl is 30 ml/min or more, without waiting for the times above.", size=8.5, style="I")
    d.clause("3.2", "Patients on dabigatran who need surgery urgently (for example, an open fracture) may be given "
             "idarucizumab 5 g intravenously after discussion with a consultant haematologist.")
    d.clause("3.3", "Restart the DOAC at the full treatment dose 48 hours after surgery if haemostasis is secure. "
             "Until then give prophylactic LMWH, starting 12 hours after surgery; give the last LMWH dose no "
             "later than 24 hours before the first DOAC dose.")
    d.h1("4. Antiplatelet medicines")
    d.clause("4.1", "Continue aspirin 75 mg throughout. Aspirin alone is not a reason to avoid a spinal "
             "anaesthetic.")
    d.clause("4.2", "Clopidogrel, prasugrel and ticagrelor: withhold on admission but do not delay surgery. A "
             "spinal anaesthetic should not be given within 7 days of the last dose of clopidogrel (5 days for "
             "ticagrelor, 7 days for prasugrel); use general anaesthesia instead. Platelet transfusion is only "
             "given for bleeding during surgery.")
    d.clause("4.3", "Patients with a coronary stent placed in the last 12 months must not have dual antiplatelet "
             "therapy stopped without discussion with the on-call cardiologist.")
    d.h1("5. Thromboprophylaxis after surgery")
    d.clause("5.1", "Give LMWH (enoxaparin) subcutaneously once daily, the first dose 12 hours after surgery, for "
             "a total of 28 days, unless the patient is taking therapeutic anticoagulation. Dose by weight and "
             "kidney function:")
    d.grid(["Patient", "Enoxaparin prophylactic dose"],
           [["Weight under 50 kg", "20 mg once daily"],
            ["Weight 50 to 100 kg", "40 mg once daily"],
            ["Weight 101 to 150 kg", "40 mg twice daily"],
            ["Weight over 150 kg", "60 mg twice daily"],
            ["CrCl below 30 ml/min (any weight)", "20 mg once daily"]], [80, 70])
    d.clause("5.2", "Fit anti-embolism stockings on the other leg on admission unless the patient has peripheral "
             "arterial disease or a diabetic foot ulcer. Check the platelet count on day 5 to 7 of LMWH if the "
             "patient has had heparin in the last 100 days.")
    d.clause("5.3", "Patients who decline injections may be given aspirin 150 mg once daily for 28 days instead, "
             "after discussion of the lower protection it gives.")
    d.h1("6. Neuraxial catheters and nerve blocks")
    d.clause("6.1", "A fascia iliaca block may be given in the emergency department to any patient, whatever "
             "their anticoagulant. Epidural catheters are not used for hip fracture in this Trust.")
    d.clause("6.2", "After a spinal anaesthetic, the first LMWH dose is given no sooner than 4 hours after the "
             "spinal injection, and no sooner than 12 hours after surgery as in clause 5.1.")
    return d.save("medical/hip_fracture_anticoagulation_ravensholm.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([window_cleaning, wedding_catering, dry_stack,
                       foot_care, scabies_leaflet, hip_fracture_guideline], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
