"""Render the thirty-seventh development-set documents (fictional) as PDFs into bench/dev37/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: escape room
booking terms (definitions, a price table per player by team size and day with a footnote, deposits for large
groups, late arrival, an age and supervision table, a cancellation refund table by hours before the game,
changing team size, gift vouchers, hints, lockers, doors and safety, damage, accessibility), a domestic garden
maintenance agreement for named clients (growing and winter seasons, visit charges, weather, access, dogs,
weedkiller consent, nesting birds, a visit cancellation table by notice, term and notice, liability; an order
schedule and an extra work price list with hedge height and lawn area bands after the signatures), wedding
dress and suit hire terms (a hire price and security deposit table with a footnote, booking fees, fittings and
size changes, collection and return times, late return fees, a damage charge table, a cancellation table by days
before the event), a once-weekly GLP-1 injection (an invented product) dose titration plan for a named patient
(dose steps by week and date, when not to step up, missed doses by days late, changing the injection day,
injecting, storage, sickness, a blood glucose action table with gliclazide, the 26-week review), a urinary
catheter care leaflet in question-and-answer form (balloon, changes, a supplies table, leg and night bags,
washing, drinking, a urine colour table, not draining, bypassing, infection), and an adult sepsis screening and
escalation tool for ward nurses (when to screen, a red and amber flag observation table split over a page break,
actions by risk with review and antibiotic times, the sepsis six, fluid boluses, special groups, re-screening).
Questions: bench/dev37/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev37/make_dev37.py [--check]
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
Doc = set_doc(lambda: OUT, "Development set 37 (fictional document)", "make_dev37.py", FIXED_DATE)


# =============================================================================
# 1. Escape room booking terms
# =============================================================================
def escape_room_terms():
    d = Doc("Puzzlewick Escape Rooms - Booking Terms and Conditions", "Version 4, 1 January 2028",
            "Puzzlewick Escape Rooms Ltd, 14 Candle Lane, Wrexcombe WX1 4DT", accent=(110, 40, 120))
    d.title_block("BOOKING TERMS AND CONDITIONS",
                  "These terms apply to every game booked with Puzzlewick Escape Rooms Ltd (\"Puzzlewick\", "
                  "\"we\", \"us\") at 14 Candle Lane, Wrexcombe. By completing a booking the Lead Booker accepts "
                  "them on behalf of every Player in the team.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Lead Booker\" means the person who makes the booking and pays for it. \"Player\" means each "
             "person who takes part in a Game, including the Lead Booker if they play. \"Team\" means all the "
             "Players booked into one room at one Session Start Time.")
    d.clause("1.2", "\"Game\" means one attempt at one of our rooms. Every Game lasts 60 minutes of \"Game Time\", "
             "counted from the moment the Game Master closes the room door. \"Session Start Time\" means the "
             "start time shown on the booking confirmation.")
    d.h1("2. Our rooms")
    d.grid(["Room", "Story", "Team size", "Difficulty"],
           [["The Clockmaker's Attic", "Find the clockmaker's lost key before midnight strikes", "2 to 6 Players",
             "3 out of 5"],
            ["The Vault", "Break into the Wrexcombe Savings Bank vault", "2 to 8 Players", "4 out of 5"],
            ["The Crypt of St Oswin", "Escape the crypt before the candles burn out (dim light, sudden noises, "
             "strobe effects)", "3 to 6 Players", "5 out of 5"]], [42, 76, 28, 28])
    d.h1("3. Prices")
    d.clause("3.1", "Prices are per Player, per Game, and depend on the number of Players in the Team and the "
             "day of the Game:")
    d.grid(["Players in the Team", "Monday to Thursday", "Friday to Sunday and bank holidays"],
           [["2 Players", "GBP 34 per Player", "GBP 38 per Player"],
            ["3 Players", "GBP 29 per Player", "GBP 33 per Player"],
            ["4 Players", "GBP 26 per Player", "GBP 30 per Player"],
            ["5 or 6 Players", "GBP 23 per Player", "GBP 27 per Player"],
            ["7 or 8 Players (The Vault only)", "GBP 21 per Player", "GBP 25 per Player"]], [60, 50, 64])
    d.para("* Students and NHS staff receive 10% off Monday to Thursday Games on showing a valid card; the "
           "discount cannot be combined with any other offer or used with a gift voucher. Every Team receives a "
           "free digital team photo by e-mail after the Game.", size=8.5, style="I")
    d.h1("4. Booking and payment")
    d.clause("4.1", "Bookings for up to 6 Players are paid in full when booking online or by phone. Phone "
             "bookings carry a booking fee of GBP 2; online bookings have no booking fee.")
    d.clause("4.2", "For a Team of 7 or 8 Players, and for any booking of more than one room at the same time "
             "(group and corporate bookings), the Lead Booker pays a deposit of GBP 50 per room when booking, "
             "and the balance is due 7 days before the Session Start Time. If the balance is not paid by then "
             "we may cancel the booking and keep the deposit.")
    d.h1("5. Arriving for your Game")
    d.clause("5.1", "Please arrive 15 minutes before the Session Start Time for the safety briefing. All bags, "
             "coats, mobile phones, smartwatches and cameras must be kept in the free lockers in the lounge "
             "during the Game, so that nobody can photograph the puzzles.")
    d.clause("5.2", "If the Team arrives late, the Game still ends at the time it would have ended had it started "
             "on time, so the Team has less Game Time. A Team that arrives more than 20 minutes after the "
             "Session Start Time may be refused entry, in which case the booking counts as a no-show under "
             "clause 7.1.")
    d.clause("5.3", "We may refuse entry to any Player who appears to be under the influence of alcohol or drugs. "
             "No refund is given to that Player, and the rest of the Team may play if the team size allows.")
    d.h1("6. Age rules")
    d.clause("6.1", "Children under 8 are not admitted to any room. Age is taken on the day of the Game, and we "
             "may ask for proof of age. The rules for younger Players are:")
    d.grid(["Age on the day of the Game", "Who must be with them"],
           [["8 to 11 years", "At least one paying adult (18 or over) playing in the same room for every 3 "
             "children"],
            ["12 to 15 years", "May play as a Team without an adult in the room, if a parent or guardian signs "
             "our consent form and stays on the premises for the whole Game"],
            ["16 and 17 years", "May play without an adult; a parent or guardian must sign our consent form "
             "before the Game"],
            ["18 years and over", "No restrictions"]], [54, 120])
    d.clause("6.2", "The Crypt of St Oswin is not suitable for anyone under 16, whoever they are with, because of "
             "its dim light and sudden noises.")
    d.h1("7. If you cancel or change your booking")
    d.clause("7.1", "The Lead Booker may cancel or move a booking by phone or by e-mail to "
             "play@puzzlewick.example. What happens depends on how long before the Session Start Time we hear "
             "from you:")
    d.grid(["Notice before the Session Start Time", "Cancelling", "Moving to another date"],
           [["More than 72 hours", "Full refund", "Free"],
            ["24 to 72 hours", "Refund of 50% of the price paid", "Free, once per booking"],
            ["Less than 24 hours, or a no-show", "No refund", "GBP 8 per Player, if a slot is free"]],
           [62, 56, 56])
    d.clause("7.2", "The number of Players may be reduced free of charge up to 48 hours before the Session Start "
             "Time, and the difference is refunded at the price for the new team size. After that, the price "
             "for the booked number of Players is charged. Players may be added on the day if the room allows, "
             "and the whole Team then pays the price for the new team size.")
    d.clause("7.3", "If we have to cancel a Game (for example because of a technical fault or staff illness), we "
             "offer a new date or a full refund. We are not liable for travel costs.")
    d.h1("8. Gift vouchers")
    d.clause("8.1", "Gift vouchers are valid for 12 months from the date of issue and can be used for any room "
             "and any day. A voucher may be extended once, by 3 months, for a fee of GBP 10 if we are asked "
             "before it expires. Vouchers are not exchangeable for cash and no change is given.")
    d.h1("9. During the Game")
    d.clause("9.1", "Your Game Master watches every Game on camera and speaks to the Team through a screen in the "
             "room. Each Team may ask for 3 free hints during a Game; further hints are given but the Team is "
             "then not placed on our leaderboard. Camera recordings are deleted after 30 days.")
    d.clause("9.2", "The room doors are never locked. Any Player may leave at any time by pressing the green "
             "button beside the door, and may come back in to continue the Game. In an emergency the Game "
             "Master will open the room at once.")
    d.clause("9.3", "No puzzle needs force, climbing or lifting furniture. Players must not climb, force locks or "
             "move anything marked with a red sticker.")
    d.clause("9.4", "The Lead Booker is responsible for any damage to the room or props caused deliberately or "
             "by ignoring clause 9.3, up to GBP 250 per booking. Accidental damage during normal play is not "
             "charged.")
    d.h1("10. Accessibility and health")
    d.clause("10.1", "The Vault is on the ground floor and is step-free. The Clockmaker's Attic and the Crypt "
             "of St Oswin are reached by 14 stairs and have no lift. Please tell us about any access needs "
             "when booking so that we can suggest a suitable room.")
    d.clause("10.2", "The Crypt of St Oswin uses strobe lighting. Players with photosensitive epilepsy should not "
             "book it; ask us about playing the Crypt with the strobe switched off.")
    d.h1("11. Liability and complaints")
    d.clause("11.1", "Our liability for any booking is limited to the price paid for it. Nothing in these terms "
             "limits liability for death or personal injury caused by negligence or affects your statutory "
             "rights.")
    d.clause("11.2", "Please send any complaint within 14 days of the Game to the General Manager, Ms Perpetua "
             "Okonjo-Hale, at play@puzzlewick.example. We reply within 7 working days.")
    return d.save("legal/escape_room_terms_puzzlewick.pdf")


# =============================================================================
# 2. Domestic garden maintenance agreement
# =============================================================================
def garden_agreement():
    d = Doc("Garden Maintenance Agreement - Greenfurrow Garden Care / Ottaway", "Agreement GF-28-0317",
            "Greenfurrow Garden Care Ltd, Yew Tree Barns, Barrowden BD6 2RQ", font="Times", accent=(30, 90, 40),
            body_size=10.5)
    d.title_block("DOMESTIC GARDEN MAINTENANCE AGREEMENT",
                  "between Greenfurrow Garden Care Ltd, company no. 10457732, of Yew Tree Barns, Barrowden BD6 "
                  "2RQ (\"Greenfurrow\", \"we\") and Mr Anselm Ottaway and Mrs Priya Ottaway of The Laurels, 8 "
                  "Wickham Rise, Barrowden BD6 4LN (the \"Client\", \"you\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Garden\" means the front and rear gardens at The Laurels described in Schedule 1. "
             "\"Visit\" means a scheduled visit by our gardeners to carry out the Services. \"Services\" means "
             "the regular work listed in Schedule 1. \"Extra Work\" means any work that is not part of the "
             "Services, priced in Schedule 2 or by quotation.")
    d.clause("1.2", "\"Growing Season\" means 1 March to 31 October in each year. \"Winter Season\" means 1 "
             "November to the last day of February. \"Start Date\" means 1 March 2028.")
    d.clause("1.3", "\"Green Waste\" means grass cuttings, hedge clippings, prunings, leaves and weeds produced "
             "by the Services.")
    d.h1("2. The Services and Visits")
    d.clause("2.1", "In the Growing Season we visit every 2 weeks; in the Winter Season we visit once a month. "
             "Each Visit is made by a team of 2 gardeners working for 1.5 hours each (3 gardener-hours in "
             "total). We will send you the dates of the next month's Visits by the 25th of each month.")
    d.clause("2.2", "The main hedge cuts take place in the first half of September. Before cutting any hedge we "
             "check it for nesting birds; if we find an active nest, we leave that section uncut and return to "
             "it when the nest is no longer in use, at no extra charge.")
    d.clause("2.3", "We do not mow when the lawn is frozen or waterlogged, or cut hedges in heavy rain. If a "
             "Visit cannot go ahead because of the weather, we will rearrange it within 7 days; if that is not "
             "possible, the Visit Charge for it is credited against your next payment.")
    d.h1("3. Charges and payment")
    d.clause("3.1", "The Visit Charge is GBP 105 per Visit, including VAT. Extra time on a Visit that you ask for "
             "is charged at GBP 32 per gardener-hour, in units of 15 minutes.")
    d.clause("3.2", "The annual charge for the Visits in Schedule 1 is spread over 12 equal monthly payments by "
             "direct debit. Any Extra Work is invoiced separately and is payable within 14 days of the invoice.")
    d.clause("3.3", "We remove up to 4 bags of Green Waste per Visit free of charge, and take it to a licensed "
             "composting site. Further Green Waste is charged as shown in Schedule 2. We will not take away "
             "household rubbish, soil, rubble or treated timber.")
    d.clause("3.4", "We may change our prices from each 1 March by giving you at least 30 days' written notice. "
             "If you do not accept the new prices you may end this agreement under clause 7.2 without waiting "
             "for the first 3 months to pass.")
    d.h1("4. Your responsibilities")
    d.clause("4.1", "You will give our gardeners access to the Garden at the agreed time, including unlocking the "
             "side gate, and allow them to use an outside tap and, where needed, an outdoor power socket.")
    d.clause("4.2", "Dogs must be kept indoors during Visits. Please clear any dog mess from the lawn before a "
             "Visit; if our gardeners have to clear it before mowing, we charge GBP 15 per Visit.")
    d.clause("4.3", "You must tell us about any hidden hazards, such as buried cables, sprinkler heads, ponds or "
             "glass, before the first Visit and whenever they change. We are not responsible for damage to "
             "hidden items that you have not told us about.")
    d.h1("5. Weedkillers and chemicals")
    d.clause("5.1", "We use weedkillers and lawn treatments only with your written consent for each area of the "
             "Garden, and only products approved for amateur or professional garden use, applied by staff "
             "holding the relevant certificate. Where you prefer, we weed by hand only.")
    d.clause("5.2", "After a lawn treatment, children and pets should be kept off the lawn until it has dried, "
             "and for at least 6 hours.")
    d.h1("6. Cancelling a Visit")
    d.clause("6.1", "If you need to cancel a single Visit, please tell us by phone or e-mail. The charge depends "
             "on the notice we receive before the start of the Visit:")
    d.grid(["Notice before the Visit", "Charge"],
           [["48 hours or more", "No charge"],
            ["Less than 48 hours", "50% of the Visit Charge"],
            ["No notice, or we cannot get into the Garden when we arrive", "The full Visit Charge"]], [95, 75])
    d.clause("6.2", "A cancelled Visit is not rearranged unless we agree. Up to 2 Visits a year cancelled with 48 "
             "hours' notice or more may instead be added to the end of the Growing Season.")
    d.h1("7. Term and ending the agreement")
    d.clause("7.1", "This agreement starts on the Start Date and continues for 12 months, then from month to "
             "month until either party ends it.")
    d.clause("7.2", "After the first 3 months, either party may end this agreement by giving 28 days' notice in "
             "writing. We may end it at once if any payment is more than 30 days overdue.")
    d.h1("8. Liability and insurance")
    d.clause("8.1", "We hold public liability insurance of GBP 5 million and will repair or pay for damage to "
             "your property caused by our negligence. We are not responsible for plants that fail because of "
             "drought, frost, pests or disease, or for damage caused by the weather.")
    d.clause("8.2", "If you give us a key or a gate code, we keep it securely, label it with a reference number "
             "only, and return it when this agreement ends.")
    d.clause("8.3", "This agreement is governed by the law of England and Wales. Nothing in it affects your "
             "statutory rights.")
    d.signature_block(["Signed by Mr Anselm Ottaway and Mrs Priya Ottaway (the Client)",
                       "Signed for Greenfurrow Garden Care Ltd by Ms Morwenna Tredinnick-Bale, Director"])
    d.h1("SCHEDULE 1 - THE GARDEN AND THE SERVICES")
    d.grid(["Item", "Details"],
           [["Garden", "Front garden: lawn about 45 m2, two shrub borders. Rear garden: lawn about 135 m2 (total "
             "lawn about 180 m2), mixed borders, a vegetable bed (not maintained by us), beech hedge 22 m long "
             "and 1.8 m high, laurel hedge 9 m long and 2.6 m high"],
            ["Growing Season Services (every 2 weeks)", "Mow and edge lawns, weed borders, deadhead, sweep paths "
             "and patio, remove Green Waste"],
            ["Winter Season Services (monthly)", "Clear leaves, cut back perennials, prune shrubs and roses, "
             "weed borders, remove Green Waste"],
            ["Hedge cutting", "Beech hedge and laurel hedge cut once a year, in September (included)"],
            ["Visits per year", "17 in the Growing Season and 4 in the Winter Season (21 Visits)"],
            ["Annual charge", "21 Visits x GBP 105 = GBP 2,205.00"],
            ["Monthly direct debit", "GBP 183.75, collected on the 5th of each month, starting 5 March 2028"]],
           [55, 119])
    d.h1("SCHEDULE 2 - EXTRA WORK PRICE LIST")
    d.para("Extra Work is carried out only when you ask for it, at a Visit or on a separate day. Prices include "
           "VAT.")
    d.grid(["Extra Work", "Band", "Price"],
           [["Additional hedge cutting (price per metre of hedge length, both sides and top)", "Up to 2 m high",
             "GBP 4.50 per metre"],
            ["", "Over 2 m and up to 3 m high", "GBP 7.00 per metre"],
            ["", "Over 3 m high", "By quotation (a platform or tower is needed)"],
            ["Lawn feed and weed treatment (per application)", "Lawn up to 100 m2", "GBP 38"],
            ["", "101 to 250 m2", "GBP 55"],
            ["", "251 to 500 m2", "GBP 79"],
            ["", "Over 500 m2", "By quotation"],
            ["Lawn scarifying and aeration (autumn)", "Any size up to 250 m2", "GBP 120"],
            ["Extra Green Waste removal", "Each bag above the 4 free bags", "GBP 6 per bag"],
            ["Leaf clearance visit (October to December)", "Per visit", "GBP 65"]], [80, 54, 40])
    d.para("Hedge height is measured from the ground on the Garden side. Lawn sizes are those in Schedule 1 unless "
           "we measure otherwise.", size=8.5, style="I")
    return d.save("legal/garden_maintenance_agreement_greenfurrow_ottaway.pdf")


# =============================================================================
# 3. Wedding dress and suit hire terms
# =============================================================================
def formalwear_hire_terms():
    d = Doc("Ellery & Crane Bridal and Formal Hire - Hire Terms", "Terms EC-H7, from 1 February 2028",
            "Ellery & Crane Ltd, 31 Market Row, Thornfield TF3 8AG", accent=(120, 80, 60))
    d.title_block("WEDDING DRESS AND SUIT HIRE: TERMS AND CONDITIONS",
                  "Please read these terms before you reserve. They apply to every hire of bridal gowns, "
                  "bridesmaid dresses, suits and accessories from Ellery & Crane Ltd (\"we\", \"us\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Hirer\" means the person who signs the hire form and pays for the hire; the Hirer is "
             "responsible for every Garment on the hire form, whoever wears it. \"Garment\" means each gown, "
             "dress, suit part or accessory hired. \"Event Date\" means the date of the wedding or event shown "
             "on the hire form.")
    d.clause("1.2", "\"Hire Period\" means the period from collection to return set out in clause 5. \"Security "
             "Deposit\" means the sum held against loss of or damage to Garments under clause 6.")
    d.h1("2. Hire prices and Security Deposits")
    d.grid(["Garment", "Hire price", "Security Deposit"],
           [["Bridal gown - Signature collection (includes 2 fittings)", "GBP 395", "GBP 200"],
            ["Bridal gown - Classic collection (includes 2 fittings)", "GBP 265", "GBP 150"],
            ["Bridesmaid dress", "GBP 55", "GBP 40"],
            ["Lounge suit (jacket, waistcoat, trousers)", "GBP 79", "GBP 50"],
            ["Morning suit (tailcoat, waistcoat, trousers)", "GBP 99", "GBP 60"],
            ["Dinner suit (jacket and trousers)", "GBP 85", "GBP 55"],
            ["Page boy suit (ages 2 to 12)", "GBP 45", "GBP 30"],
            ["Veil, cravat, tie, cufflinks or top hat (each)", "GBP 12", "None"]], [94, 40, 40])
    d.para("* The groom's suit is free of charge when 5 or more adult suits, including the groom's own, are hired "
           "for the same wedding (page boy suits do not count). Hire prices include professional cleaning after "
           "the hire. Shirts and shoes are for sale only, not for hire.", size=8.5, style="I")
    d.h1("3. Reserving and paying")
    d.clause("3.1", "A gown is reserved for your Event Date when you pay a non-refundable booking fee of GBP 50 "
             "per gown. Suits are reserved with a non-refundable booking fee of GBP 20 per suit. Booking fees "
             "are deducted from the hire price.")
    d.clause("3.2", "The balance of the hire price is due 28 days before the Event Date. If it is not paid by "
             "then, we may release the Garments and clause 7 applies as if you had cancelled on that day.")
    d.clause("3.3", "The Security Deposit is taken by card when the Garments are collected, and refunded within "
             "7 days of their return once we have inspected them, less any charges under clause 6.")
    d.h1("4. Fittings, measurements and sizes")
    d.clause("4.1", "Gowns: two fittings are included, the first when you reserve and the second 2 to 3 weeks "
             "before the Event Date. A third or later fitting costs GBP 20. We make temporary alterations only "
             "(tacked hems, clips and laced backs); we never shorten or take in a gown permanently.")
    d.clause("4.2", "Suits: each wearer must be measured in our shop, or send us measurements on our form, at "
             "least 8 weeks before the Event Date. Sizes may be changed free of charge up to 14 days before "
             "the Event Date; after that a size change costs GBP 10 per Garment, if the size is in stock.")
    d.clause("4.3", "The Hirer must not alter, cut, pin through, tape or sew any Garment. Any such alteration is "
             "charged as damage under clause 6.")
    d.h1("5. Collection and return")
    d.clause("5.1", "For a Saturday wedding, Garments are collected from our shop from 10:00 on the Thursday "
             "before, and must be returned by 16:00 on the Monday after (or the Tuesday after a bank holiday "
             "Monday). For other days, the Hire Period is 4 days, agreed on the hire form.")
    d.clause("5.2", "Garments returned late are charged a late return fee for each day, or part of a day, they "
             "are late: suits and other Garments GBP 15 per garment per day; gowns GBP 40 per gown per day. "
             "A Garment more than 7 days late is treated as lost.")
    d.h1("6. Care, damage and loss")
    d.clause("6.1", "Please do not wash, dry clean, iron or steam any Garment: our cleaning is included in the "
             "hire price, and home cleaning can shrink or mark the fabric. Return every Garment on its hanger "
             "and in its cover.")
    d.clause("6.2", "We inspect Garments on return and charge for damage as follows. Charges are taken first "
             "from the Security Deposit; any amount above it is invoiced and payable within 14 days.")
    d.grid(["Condition on return", "Charge"],
           [["Normal marks that come out in our standard cleaning", "No charge"],
            ["Heavy staining needing specialist cleaning (for example red wine, grass, fake tan or candle wax)",
             "GBP 35 per Garment; GBP 75 per gown"],
            ["Small tear, split seam or lost button that we can repair", "GBP 20 per repair"],
            ["Burn, large tear, permanent stain or alteration (clause 4.3), or a lost Garment", "The replacement "
             "value of the Garment (see clause 6.3)"]], [100, 74])
    d.clause("6.3", "Replacement values are: Signature gown GBP 1,450; Classic gown GBP 950; bridesmaid dress GBP "
             "180; lounge or dinner suit jacket GBP 180; morning tailcoat GBP 220; waistcoat GBP 45; trousers GBP "
             "70; page boy suit GBP 90; each accessory GBP 25.")
    d.h1("7. Cancellation and changes by you")
    d.clause("7.1", "You may cancel all or part of a hire in writing. The amount you lose depends on how many "
             "days before the Event Date we receive your cancellation:")
    d.grid(["Days before the Event Date", "What you lose"],
           [["More than 90 days", "The booking fee only; anything else you have paid is refunded"],
            ["29 to 90 days", "50% of the hire price"],
            ["28 days or fewer", "The full hire price"]], [80, 94])
    d.clause("7.2", "If your wedding is postponed, we will move the hire to the new date once, free of charge, if "
             "you tell us more than 28 days before the original Event Date and the Garments are free on the new "
             "date.")
    d.clause("7.3", "We strongly recommend wedding insurance. Our liability is limited to the hire price paid, "
             "except for death or personal injury caused by our negligence. Nothing in these terms affects your "
             "statutory rights.")
    d.para("Ellery & Crane Ltd, 31 Market Row, Thornfield TF3 8AG. Telephone 01632 960 417. "
           "hire@elleryandcrane.example. Shop open Tuesday to Saturday, 10:00 to 17:30.", size=9, style="B")
    d.signature_block(["Signed by the Hirer, Mr Thaddeus Omondi-Reyes, who has read and accepts these terms",
                       "Signed for Ellery & Crane Ltd by Mrs Clemency Ellery, Director"])
    d.h1("HIRE FORM - ORDER EC-28-0612")
    d.grid(["Item", "Details"],
           [["Hirer", "Mr Thaddeus Omondi-Reyes, 5 Larchfield Close, Thornfield TF2 6NW"],
            ["Event", "Wedding, Saturday 17 June 2028, St Brannoc's Church, Thornfield"],
            ["Collection", "Thursday 15 June 2028, from 10:00"],
            ["Return", "By 16:00 on Monday 19 June 2028"]], [40, 134])
    d.grid(["Wearer", "Garment", "Size", "Hire price", "Security Deposit"],
           [["Thaddeus Omondi-Reyes (groom)", "Morning suit, dove grey", "42R jacket, 34R trousers",
             "GBP 0.00 (free: 5 adult suits)", "GBP 60.00"],
            ["Jerome Omondi-Reyes (best man)", "Morning suit, dove grey", "44L jacket, 36R trousers", "GBP 99.00",
             "GBP 60.00"],
            ["Callum Pryor (usher)", "Morning suit, dove grey", "40R jacket, 32S trousers", "GBP 99.00",
             "GBP 60.00"],
            ["Devan Mistry (usher)", "Morning suit, dove grey", "46R jacket, 38R trousers", "GBP 99.00",
             "GBP 60.00"],
            ["Oisin Farrelly (father of the bride)", "Morning suit, dove grey", "48L jacket, 40L trousers",
             "GBP 99.00", "GBP 60.00"],
            ["Reuben Omondi-Reyes (page boy, aged 6)", "Page boy suit, dove grey", "Age 6", "GBP 45.00",
             "GBP 30.00"],
            ["All of the above except Reuben", "Cravat, sage green (5)", "-", "GBP 60.00", "None"],
            ["", "Total", "", "GBP 501.00", "GBP 330.00"]], [46, 40, 34, 30, 24])
    d.para("Booking fees paid on 9 February 2028 (6 suits x GBP 20): GBP 120.00. Balance of GBP 381.00 due by 20 "
           "May 2028. Security Deposit of GBP 330.00 to be taken by card at collection. Measurements taken in our "
           "shop on 9 February 2028.", size=9.5)
    return d.save("legal/formalwear_hire_terms_ellery_crane.pdf")


# =============================================================================
# 4. Once-weekly GLP-1 injection titration plan
# =============================================================================
def glp1_titration_plan():
    d = Doc("Your Glyvora dose plan - Ms B. Kilbride-Osei", "Pellingford Specialist Weight Management Service",
            "Pellingford General Hospital - Specialist Weight Management Service (Tier 3)", accent=(0, 100, 110))
    d.title_block("GLYVORA (velmaglutide) ONCE-WEEKLY INJECTION: YOUR DOSE PLAN",
                  "Patient: Ms Bernadette Kilbride-Osei, date of birth 14/02/1974, hospital no. PG-3308142\n"
                  "Specialist nurse: Mr Kwabena Asante-Lowther, Weight Management Nurse Specialist")
    d.grid(["Item", "Details"],
           [["Why you are taking Glyvora", "Weight management, with type 2 diabetes"],
            ["Starting weight", "118.4 kg (height 1.68 m, BMI 41.9)"],
            ["Injection day", "Sunday, once a week, at any time of day"],
            ["First injection", "Sunday 7 May 2028, with the nurse in clinic"],
            ["Other diabetes medicines", "Metformin 1 g twice a day (no change). Gliclazide reduced from 80 mg "
             "twice a day to 40 mg twice a day from 7 May 2028"]], [55, 119])
    d.h1("1. Your dose steps")
    d.para("Glyvora is started at a low dose and increased every 4 weeks, to let your stomach get used to it. "
           "Each pen gives 4 weekly doses of one strength, so you will use one pen for each step.")
    d.grid(["Weeks", "Dates (Sundays)", "Weekly dose", "Pen label"],
           [["1 to 4", "7 May to 28 May 2028", "0.25 mg", "Grey"],
            ["5 to 8", "4 June to 25 June 2028", "0.5 mg", "Yellow"],
            ["9 to 12", "2 July to 23 July 2028", "1 mg", "Blue"],
            ["13 to 16", "30 July to 20 August 2028", "1.7 mg", "Purple"],
            ["17 onwards", "From 27 August 2028", "2.4 mg (maintenance dose)", "Green"]], [30, 60, 50, 34])
    d.para("* Do not move up to the next dose if, at your current dose, you have been sick (vomited) or had "
           "diarrhoea in the last 7 days, or you cannot eat normally. Stay on your current dose for a further 4 "
           "weeks and phone the nurse; you will be sent another pen of the same strength.", size=8.5,
           style="I")
    d.h1("2. If you miss a dose")
    d.grid(["When you remember", "What to do"],
           [["Up to 5 days after your usual Sunday", "Inject the missed dose as soon as you remember, then "
             "inject the next dose on your usual Sunday"],
            ["More than 5 days after your usual Sunday", "Skip the missed dose and inject the next dose on your "
             "usual Sunday. Do not inject two doses to make up"],
            ["You have missed 2 or more doses in a row", "Do not inject. Phone the nurse before your next dose: "
             "you may need to restart at a lower dose"]], [62, 112])
    d.clause("2.1", "You may change your injection day if you need to, as long as there are at least 3 days (72 "
             "hours) between two doses. Tell the nurse at your next call.", numw=9)
    d.h1("3. How to inject")
    d.clause("3.1", "Inject under the skin of your tummy (abdomen), the front of the thigh or the upper arm. Use "
             "a different place each week, at least 5 cm from the last one.", numw=9)
    d.clause("3.2", "Fit a new needle each time. Press the dose button and keep it pressed until the counter "
             "shows 0, then count slowly to 6 before taking the needle out of the skin. Put used needles in "
             "your yellow sharps bin.", numw=9)
    d.h1("4. Storing your pens")
    d.clause("4.1", "Before first use, keep pens in the fridge (2 to 8 degrees C). Once you have started a pen "
             "it can be kept out of the fridge below 30 degrees C, or in the fridge, for up to 6 weeks. Never "
             "freeze Glyvora, and do not use a pen that has been frozen.", numw=9)
    d.h1("5. Feeling sick and other side effects")
    d.para("Feeling sick, tummy ache, burping, constipation or diarrhoea are common, especially in the first few "
           "days after each dose increase, and usually settle. It helps to eat smaller meals, stop eating as "
           "soon as you feel full, eat slowly and avoid fatty or fried food.")
    d.grid(["If you have", "What to do"],
           [["Severe tummy pain that does not go away, sometimes spreading to the back, with or without "
             "vomiting", "Stop Glyvora and go to A&E: this may be inflammation of the pancreas (pancreatitis)"],
            ["Vomiting or diarrhoea so that you cannot keep fluids down for more than 24 hours", "Stop metformin "
             "until you are eating and drinking normally, sip fluids, and phone the nurse the same day"],
            ["Pain in the upper right tummy, a high temperature or yellow skin or eyes", "Contact your GP the "
             "same day (possible gallstones)"],
            ["Constipation for more than 3 days", "Drink more water and phone the nurse for advice"]], [80, 94])
    d.h1("6. Blood glucose and gliclazide")
    d.para("Glyvora lowers blood glucose, and with gliclazide it can cause hypos (low blood glucose). This is why "
           "your gliclazide has been reduced. Check your finger-prick glucose before breakfast every day and "
           "whenever you feel shaky, sweaty or confused.")
    d.grid(["Your glucose reading", "What to do"],
           [["Below 4.0 mmol/L (a hypo)", "Treat the hypo at once with 15 to 20 g of fast-acting sugar (for "
             "example 5 glucose tablets or 150 mL of non-diet fizzy drink), recheck after 15 minutes, then phone "
             "the nurse the same day"],
            ["4.0 to 5.9 mmol/L before breakfast on 2 or more days in a week", "Phone the nurse: your gliclazide "
             "may need to be reduced again or stopped"],
            ["6.0 to 10.0 mmol/L", "On target: carry on"],
            ["Above 15.0 mmol/L on 2 days in a row", "Phone the nurse or your GP practice within 2 working days"]],
           [62, 112])
    d.h1("7. Reviews and what happens next")
    d.clause("7.1", "The nurse will phone you 2 weeks after each dose increase, and you will be seen in clinic "
             "at weeks 8, 16 and 26, when you will be weighed.", numw=9)
    d.clause("7.2", "Glyvora is continued after 26 weeks only if you have lost at least 5% of your starting "
             "weight, that is if you weigh 112.5 kg or less at the week 26 review. Otherwise Glyvora will "
             "usually be stopped and other options discussed.", numw=9)
    d.clause("7.3", "If you are having an operation or a procedure that needs you to be sedated or put to sleep, "
             "tell the team doing it that you take Glyvora: you may be asked to miss one dose before it.",
             numw=9)
    d.para("Weight management nurse line: 01632 960 284 (Mon-Fri 08:30-16:30). Out of hours: NHS 111.",
           size=9.5, style="B")
    return d.save("medical/glp1_titration_plan_glyvora_kilbride_osei.pdf")


# =============================================================================
# 5. Urinary catheter care leaflet (question-and-answer)
# =============================================================================
def catheter_leaflet():
    d = Doc("Living with a long-term urinary catheter", "Leaflet CONT-112",
            "Ravelston Community Continence Service - information for patients and carers", accent=(20, 80, 140),
            body_size=10.5)
    d.title_block("Living with a long-term urinary catheter",
                  "For adults who have a catheter in the bladder through the urethra (the tube you pass urine "
                  "through) that stays in for weeks at a time, and for the people who look after them.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is a catheter and how does it stay in?",
       "A catheter is a thin, soft tube that drains urine from your bladder into a bag. It is held in the "
       "bladder by a small balloon at its tip, filled with 10 mL of sterile water after it is put in. Your "
       "long-term catheter is made of silicone.")
    qa("How often will my catheter be changed, and by whom?",
       "A long-term catheter is usually changed every 12 weeks by your district nurse, at home. It may be "
       "changed sooner if it blocks or leaks. Each change is written in your catheter passport; please keep "
       "the passport with you and show it to any nurse or doctor who treats you.")
    qa("What other equipment will I use, and how often is it changed?",
       "During the day the catheter drains into a leg bag strapped to your thigh or calf. At night a larger "
       "night bag is connected to the outlet of the leg bag, so the leg bag stays attached. Some people use "
       "a catheter valve instead of a leg bag during the day.")
    d.grid(["Equipment", "How often to change it"],
           [["Long-term silicone catheter", "Every 12 weeks (by the district nurse)"],
            ["Leg bag", "Every 7 days, or sooner if it is damaged or smells"],
            ["Night bag (single use)", "Use a new one every night and throw it away in the morning"],
            ["Catheter valve", "Every 5 to 7 days"],
            ["Leg bag straps or sleeve", "Wash and reuse; replace when they lose their stretch"]], [70, 104])
    qa("Where should the bag be?",
       "Always keep the bag below the level of your bladder, so urine drains downhill: at night the night bag "
       "goes on a stand on the floor beside the bed, not on the bed. Make sure the tubing is not kinked or "
       "squashed, and that the leg bag straps are not too tight.")
    qa("When should I empty the leg bag?",
       "Empty it when it is about two-thirds full, before it gets heavy and pulls on the catheter, and before "
       "you go to bed. Wash your hands before and after, and do not let the tap touch the toilet or the floor.")
    qa("How do I keep the catheter clean?",
       "Wash around the place where the catheter enters your body once a day with mild soap and water, and "
       "after opening your bowels. Wash away from the body along the tube, never towards it. Do not use talc, "
       "creams or antiseptic wipes there. You can shower with the leg bag on; do not disconnect the bag to "
       "wash.")
    qa("How much should I drink?",
       "Unless your doctor has told you to limit fluids, drink 1.5 to 2 litres a day (about 6 to 8 mugs), "
       "spread through the day. Water, squash, milk, tea and coffee all count. Your urine should be a pale "
       "straw colour. Avoid constipation: a full bowel can press on the catheter and stop it draining.")
    d.grid(["Colour of your urine", "What it usually means", "What to do"],
           [["Pale straw", "You are drinking enough", "Carry on"],
            ["Dark yellow or orange", "You need to drink more", "Drink an extra 2 to 3 mugs over the next few "
             "hours"],
            ["Pink or red, or with small clots", "Blood in the urine", "Drink more and phone the district "
             "nursing team the same day"],
            ["Red with large clots, or the catheter has stopped draining", "Possible blockage", "Follow the "
             "advice below"]], [48, 52, 74])
    qa("What if no urine is draining into the bag?",
       "First check that the tubing is not kinked, the bag is below your bladder and is not full, and that "
       "you are not constipated. Change position or walk around. If no urine has drained for 2 hours after "
       "these checks, and especially if your lower tummy feels full or painful, call the district nursing "
       "team on 01632 960 512 straight away (24 hours a day). Do not try to pull the catheter out.")
    qa("Urine is leaking around the catheter. What should I do?",
       "This is called bypassing. It can be caused by bladder spasms, constipation or a blocked catheter. "
       "Check the drainage as above. If bypassing happens more than once a day, tell your district nurse, who "
       "may change the catheter or suggest medicine for spasms.")
    qa("How do I know if I have an infection?",
       "Contact your GP or NHS 111 the same day if you have a temperature of 38 degrees C or more, shivering, "
       "pain in your side or lower back, or new confusion. Call 999 if you are very unwell and drowsy. Cloudy "
       "urine or a strong smell on its own does not mean you need antibiotics: drink more, and tell your "
       "nurse if it lasts more than 48 hours. Do not send a urine sample unless a nurse or doctor asks for "
       "one.")
    qa("How do I get more supplies?",
       "Catheters, bags and valves are prescribed by your GP and delivered by our appliance supplier. Order "
       "when you have about 2 weeks' supply left. Keep at least one spare catheter at home for the district "
       "nurse.")
    d.para("District nursing team (24 hours): 01632 960 512. Continence Service (Mon-Fri 09:00-17:00): 01632 "
           "960 519.", size=9.5, style="B")
    return d.save("medical/urinary_catheter_care_leaflet_ravelston.pdf")


# =============================================================================
# 6. Adult sepsis screening and escalation tool for ward nurses
# =============================================================================
def sepsis_tool():
    d = Doc("Adult Inpatient Sepsis Screening and Escalation Tool", "Holmbridge General Hospital - CG-SEP-04",
            "Holmbridge General Hospital NHS Trust - for use by registered nurses on adult wards",
            accent=(150, 20, 20), body_size=10)
    d.title_block("ADULT INPATIENT SEPSIS SCREENING AND ESCALATION TOOL",
                  "For registered nurses on adult inpatient wards. Version 4, approved by the Deteriorating "
                  "Patient Group, March 2028. Review date March 2030.")
    d.h1("1. Scope")
    d.clause("1.1", "This tool applies to adults aged 16 and over on inpatient wards. It does not apply to "
             "patients who are pregnant or up to 6 weeks after giving birth (use the maternity sepsis tool), or "
             "in the Emergency Department or critical care units, which have their own tools.")
    d.clause("1.2", "For patients receiving end-of-life care, or with a treatment escalation plan that limits "
             "treatment, screen and escalate only in line with that plan.")
    d.h1("2. Step 1 - When to screen")
    d.para("Screen a patient for sepsis whenever any of the following apply:")
    d.bullets(["the total Holmbridge Early Warning Score (HEWS) is 5 or more, or any single parameter scores 3;",
               "the patient looks unwell, or you, the patient or a relative is worried about them;",
               "the patient has new confusion or is newly drowsy;",
               "the patient has had chemotherapy in the last 6 weeks and feels unwell or has a temperature of "
               "38.0 degrees C or more (go straight to the neutropenic sepsis pathway: antibiotics within 1 "
               "hour, whatever the other observations)."])
    d.h1("3. Step 2 - Could this be an infection?")
    d.para("Consider chest, urine, abdominal, wound, line, skin and soft tissue, and brain infection. A normal "
           "temperature does not rule out sepsis: older adults and patients taking steroids or "
           "immunosuppressants may have a normal or low temperature. If infection is likely or possible, go to "
           "Step 3.")
    d.h1("4. Step 3 - Red and amber flags")
    d.para("Look for flags using the current observations. Heart rate may not rise in patients taking "
           "beta-blockers, so use the other flags for them.")
    d.grid(["Observation", "Red flag (any one)", "Amber flag"],
           [["Respiratory rate", "25 or more breaths per minute", "21 to 24 breaths per minute"],
            ["Oxygen", "New need for 40% or more oxygen to keep SpO2 at 92% or above (88% in COPD)",
             "New need for any oxygen"],
            ["Systolic blood pressure", "90 mmHg or less, or more than 40 mmHg below the patient's usual",
             "91 to 100 mmHg"],
            ["Heart rate", "More than 130 beats per minute", "91 to 130 beats per minute, or a new irregular "
             "rhythm"],
            ["Urine output", "None in the last 18 hours, or less than 0.5 mL/kg/hour if catheterised",
             "None in the last 12 to 18 hours"],
            ["Temperature", "-", "Below 36.0 degrees C"],
            ["Mental state", "New confusion, or responds only to voice or pain, or unresponsive", "Relatives "
             "report a change in behaviour or mental state"],
            ["Skin", "Mottled or ashen skin, blue lips, or a non-blanching rash", "Redness, swelling or "
             "discharge at a wound or line site"],
            ["Venous lactate", "4.0 mmol/L or more", "2.0 to 3.9 mmol/L"],
            ["Other", "-", "Trauma or surgery in the last 6 weeks; reduced mobility or function"]],
           [36, 70, 68])
    d.h1("5. Step 4 - Act on the result")
    d.grid(["Screening result", "Escalate", "Treatment and observations"],
           [["Any red flag: suspected sepsis, high risk", "Review by a doctor (FY2 or above) within 30 minutes. "
             "Inform the nurse in charge and call the Critical Care Outreach Team (bleep 2277)", "Start the "
             "Sepsis Six (section 6) with IV antibiotics within 1 hour of time zero. Observations every 30 "
             "minutes"],
            ["2 or more amber flags", "Review by a doctor (FY1 or above) within 1 hour. Inform the nurse in "
             "charge", "Take bloods including lactate and blood cultures. If lactate is 2.0 mmol/L or more or "
             "there is acute kidney injury, treat as a red flag. Observations every hour"],
            ["1 amber flag", "Inform the nurse in charge", "Repeat observations within 1 hour and re-screen; "
             "ask for a doctor's review if you are still concerned"],
            ["No flags", "-", "Continue observations as set by the HEWS score; re-screen if the patient gets "
             "worse"]], [42, 64, 68])
    d.clause("5.1", "Time zero is the time at which the first red flag was found. Record it on the sepsis "
             "sticker in the patient's notes, with the time of each step of the Sepsis Six.")
    d.h1("6. The Sepsis Six (complete within 1 hour for any red flag)")
    d.clause("1.", "Give oxygen if SpO2 is low, aiming for 94 to 98%, or 88 to 92% for patients with COPD or at "
             "risk of carbon dioxide retention.", numw=8)
    d.clause("2.", "Take blood cultures, ideally before antibiotics. If blood cultures cannot be taken quickly, "
             "do not delay antibiotics.", numw=8)
    d.clause("3.", "Give IV antibiotics as prescribed, following the Trust antimicrobial guideline for the "
             "likely source of infection.", numw=8)
    d.clause("4.", "Give IV fluids if systolic blood pressure is below 90 mmHg or lactate is 2.0 mmol/L or more: "
             "a bolus of 500 mL of crystalloid over 15 minutes, then reassess. For patients with heart failure "
             "or on dialysis, give 250 mL boluses and ask for a senior review before a second bolus. Do not give "
             "more than 30 mL/kg in total without a senior review.", numw=8)
    d.clause("5.", "Measure venous lactate and full blood count, and repeat lactate within 2 hours if it was "
             "2.0 mmol/L or more.", numw=8)
    d.clause("6.", "Measure urine output hourly: consider a catheter, and start a fluid balance chart.", numw=8)
    d.h1("7. Afterwards")
    d.clause("7.1", "Ask for a critical care review if, after the first fluid bolus, systolic blood pressure "
             "stays below 90 mmHg, lactate stays at 4.0 mmol/L or more, or the patient is not improving.")
    d.clause("7.2", "A patient screened as having no flags or 1 amber flag must be re-screened if the HEWS "
             "score rises or you are worried, even if the last screen was less than 1 hour ago.")
    d.para("Critical Care Outreach Team: bleep 2277 (24 hours). Sepsis nurse specialist: extension 4519 "
           "(Mon-Fri 08:00-18:00).", size=9.5, style="B")
    return d.save("medical/adult_sepsis_screening_tool_holmbridge.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([escape_room_terms, garden_agreement, formalwear_hire_terms,
                       glp1_titration_plan, catheter_leaflet, sepsis_tool], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
