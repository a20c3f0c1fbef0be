"""Render the fortieth development-set documents (fictional) as PDFs into bench/dev40/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a driving
school lesson agreement with a named pupil (lesson packages and prices by manual and automatic car with
footnotes, package validity, a 48-hour cancellation rule and a charge table by notice, refunds of unused
lessons before and after passing, test-day car hire prices and a car hire cancellation table, the pupil's
package in a schedule after the signatures), glamping site booking terms (pods, bell tents and a shepherd's
hut priced per night by season, deposit and balance due dates, a cancellation table by days before arrival,
children's ages, pets, quiet hours and campfires), a mobile phone airtime contract for a named customer (a
tariff table by contract length with footnotes, data caps and add-ons, a roaming zone table, annual price
rises, an early termination charge table by months remaining, lost phones, the customer's plan in a schedule
after the signatures), an adult intravenous magnesium and phosphate replacement protocol (serum level bands,
doses, infusion rates, a phosphate dose table by weight band, renal impairment caveats, monitoring and
toxicity, a products table), a renal colic emergency department guideline (red flags, an analgesia table,
imaging, a stone size table, referral and discharge criteria), and a vitamin B12 injection leaflet in
question-and-answer form (loading and maintenance schedules, self-injection, missed doses, diet, side
effects). Questions: bench/dev40/questions.jsonl. All names, products and numbers are invented; the clinical
content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev40/make_dev40.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2028, 2, 7, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 40 (fictional document)", "make_dev40.py", FIXED_DATE)


# =============================================================================
# 1. Driving school lesson agreement
# =============================================================================
def driving_agreement():
    d = Doc("Pupil Lesson Agreement - Carrowfield School of Motoring", "Agreement CSM-2028-0613",
            "Carrowfield School of Motoring Ltd, 14 Brindle Parade, Oxley Fen", accent=(160, 60, 0))
    d.title_block("PUPIL LESSON AGREEMENT",
                  "Between Carrowfield School of Motoring Ltd, company no. 09918270 (\"the School\", \"we\"), and "
                  "the pupil named in the Schedule (\"the Pupil\", \"you\"). Your instructor is Mr Declan "
                  "Fairweather-Oss, Approved Driving Instructor no. 508812.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Lesson\" means 60 minutes of tuition, starting and ending at the agreed pick-up point. A "
             "\"Double Lesson\" is two Lessons taken one after the other. \"Package\" means a block of Lessons "
             "paid for in advance, as listed in clause 3.")
    d.clause("1.2", "\"Unused Lesson\" means a Lesson in a paid Package that has not been taken, has not expired "
             "under clause 3.4 and has not been forfeited under clause 4. \"Test Day\" means the day of your "
             "practical driving test.")
    d.clause("1.3", "\"Notice\" means a text message to your instructor's mobile number or a message through the "
             "Carrowfield app. Voicemail messages and messages on social media do not count as Notice.")
    d.h1("2. Before your first Lesson")
    d.clause("2.1", "You must hold a valid provisional driving licence and show it to your instructor at the "
             "start of your first Lesson. At that Lesson your instructor will ask you to read a number plate "
             "from 20 metres in good daylight. If you cannot, the Lesson ends and is charged in full.")
    d.clause("2.2", "Lessons are given in the School's dual-controlled cars: a manual Vauxhall Corsa or an "
             "automatic Toyota Yaris Hybrid. You choose manual or automatic when you book and may switch between "
             "them once per Package.")
    d.h1("3. Lesson packages and prices")
    d.clause("3.1", "Our prices from 1 January 2028 are:")
    d.grid(["Package", "Lessons", "Manual car", "Automatic car", "Valid for"],
           [["Single Lesson (pay as you go)", "1", "GBP 42", "GBP 45", "-"],
            ["Starter Pack *", "3", "GBP 99", "GBP 108", "2 months"],
            ["Block of 10", "10", "GBP 395", "GBP 425", "6 months"],
            ["Block of 20", "20", "GBP 760", "GBP 820", "9 months"],
            ["Intensive Week", "25 (5 days of 5 Lessons)", "GBP 1,050", "GBP 1,125", "The booked week only"]],
           [44, 36, 28, 30, 32])
    d.para("* The Starter Pack is for new pupils only, one per pupil, and is not refundable.\n"
           "Evenings and Sundays: add GBP 5 per Lesson for any Lesson starting after 18:00 or on a Sunday, "
           "including Lessons in a Package (payable on the day). Pick-up points more than 5 miles from Oxley Fen "
           "Market Cross: add a travel supplement of GBP 4 per Lesson.", size=8.5, style="I")
    d.clause("3.2", "Packages are paid in full before the first Lesson of the Package. Single Lessons are paid at "
             "least 24 hours before the Lesson. We accept card and bank transfer; we do not accept cash.")
    d.clause("3.3", "The Intensive Week needs a deposit of GBP 250 when you book it. The balance is due 14 days "
             "before the week starts. The deposit is not refundable if you cancel the Intensive Week less than "
             "21 days before it starts.")
    d.clause("3.4", "The Lessons in a Package must be taken within the period shown under \"Valid for\", counted "
             "from the date of the first Lesson of the Package. Lessons not taken by the end of that period "
             "expire, unless we were unable to offer you Lessons, in which case we extend the period by the time "
             "lost.")
    d.h1("4. Cancelling and moving Lessons")
    d.clause("4.1", "You may cancel or move a Lesson free of charge if you give at least 48 hours' Notice before "
             "its start time (the 48-hour rule). If you give less Notice, we charge as follows:")
    d.grid(["Notice you give before the Lesson start time", "Charge"],
           [["48 hours or more", "No charge"],
            ["24 to 47 hours", "50% of the Single Lesson price (GBP 21 manual, GBP 22.50 automatic)"],
            ["Less than 24 hours, or you are not at the pick-up point within 15 minutes of the start time",
             "The full Single Lesson price; for a Package Lesson, the Lesson is forfeited"]], [85, 85])
    d.clause("4.2", "If you are ill and give Notice before the start time, we waive the charge in clause 4.1 once "
             "in any 3 months. A second late cancellation for illness in the same 3 months is charged.")
    d.clause("4.3", "If we cancel a Lesson with less than 48 hours' notice (other than under clause 4.4), you "
             "receive a free Lesson of the same length. If your instructor is more than 15 minutes late, the "
             "Lesson is extended to its full length or, if you prefer, the time lost is refunded.")
    d.clause("4.4", "We may cancel Lessons without charge to either side if there is snow or ice on the roads, "
             "or if the Met Office has issued a weather warning for the area.")
    d.h1("5. Refunds of Unused Lessons")
    d.clause("5.1", "You may end this agreement at any time by Notice and ask for a refund of your Unused "
             "Lessons. If you have not passed your practical test, each Lesson already taken from the Package "
             "is recharged at the Single Lesson price, and an administration fee of GBP 25 is deducted; we "
             "refund the rest of what you paid for the Package.")
    d.clause("5.2", "If you pass your practical test with Unused Lessons left, we refund them at the Package rate "
             "per Lesson (for example GBP 39.50 for each Unused Lesson in a manual Block of 10), with no "
             "administration fee. Instead of a refund you may use them for motorway or Pass Plus lessons "
             "within 6 months of passing.")
    d.clause("5.3", "Expired Lessons and forfeited Lessons are not refunded. Refunds are paid within 14 days to "
             "the card or account you paid from.")
    d.h1("6. Your test and Test Day car hire")
    d.clause("6.1", "You book your own practical test with the DVSA and must tell us the date, time and test "
             "centre within 48 hours of booking it, so that we can reserve the car.")
    d.clause("6.2", "You may use the School's car for your test only if your instructor agrees that you are "
             "ready. Your instructor may refuse to supply the car if, in their reasonable opinion, you are not "
             "ready to pass or would be unsafe; the car hire fee is then refunded in full, but we cannot "
             "refund the DVSA test fee.")
    d.clause("6.3", "Test Day car hire is paid at least 7 days before the test. The prices are:")
    d.grid(["Test Day package", "What it includes", "Manual car", "Automatic car"],
           [["Car hire only", "The car for the test and a 30-minute drive beforehand", "GBP 95", "GBP 105"],
            ["Car hire with 1-hour warm-up", "A 1-hour Lesson just before the test, then the test",
             "GBP 120", "GBP 132"],
            ["Car hire with 2-hour warm-up", "A Double Lesson just before the test, then the test",
             "GBP 155", "GBP 170"]], [44, 70, 28, 28])
    d.para("Test centres more than 15 miles from Oxley Fen (Harlow Moss and Stennet Bridge): add GBP 30. "
           "Tests starting before 08:30: add GBP 15.", size=8.5, style="I")
    d.clause("6.4", "If you cancel Test Day car hire, we refund: the full fee if you tell us more than 10 working "
             "days before the test; 50% of the fee if you tell us 3 to 10 working days before; nothing if you "
             "tell us less than 3 working days before. If the DVSA cancels or moves your test, we refund the "
             "car hire fee in full or move it to the new date.")
    d.h1("7. Conduct and safety")
    d.clause("7.1", "Mobile phones must be switched off during Lessons. You must not take a Lesson under the "
             "influence of alcohol or drugs; if your instructor reasonably believes you are, the Lesson ends "
             "and is charged in full.")
    d.clause("7.2", "Our cars have a forward-facing dash camera. Footage is kept for 30 days and then deleted, "
             "unless it is needed for an insurance claim.")
    d.h1("8. Insurance and damage")
    d.clause("8.1", "The School's cars are insured for Lessons and tests. You are not liable for damage to the "
             "car during a Lesson, except damage caused deliberately or while you were under the influence of "
             "alcohol or drugs, when you must pay the insurance excess of up to GBP 500.")
    d.h1("9. Complaints")
    d.clause("9.1", "Please raise any complaint with the School's director, Mrs Ffion Haldane-Ruiz, in writing "
             "within 28 days. If you are not satisfied with our reply, you may complain to the DVSA's ADI "
             "Registrar. Nothing in this agreement affects your statutory rights.")
    d.signature_block(["Signed by the Pupil: Miss Tamsin Oyelaran-Pike",
                       "Signed for Carrowfield School of Motoring Ltd by Mrs Ffion Haldane-Ruiz, Director"])
    d.h1("SCHEDULE - PUPIL AND PACKAGE DETAILS")
    d.grid(["Item", "Details"],
           [["Pupil", "Miss Tamsin Oyelaran-Pike, date of birth 11/04/2011"],
            ["Pick-up point", "7 Wrenfield Close, Oxley Fen OF3 2PL (within 5 miles: no travel supplement)"],
            ["Car", "Manual"],
            ["Package bought", "Block of 20, manual car: GBP 760, paid by card on 9 May 2028"],
            ["First Lesson of the Package", "Tuesday 16 May 2028, 17:00"],
            ["Package valid until", "15 February 2029"],
            ["Regular Lessons", "Tuesdays and Thursdays, 17:00 to 18:00"],
            ["Practical test", "Not yet booked"]], [55, 115])
    d.para("Signed on 9 May 2028 at the School's office, 14 Brindle Parade, Oxley Fen.", size=9.5)
    return d.save("legal/driving_lesson_agreement_carrowfield_oyelaran.pdf")


# =============================================================================
# 2. Glamping site booking terms
# =============================================================================
def glamping_terms():
    d = Doc("Larkspur Hollow Glamping - Booking Terms 2028", "Terms LH-2028",
            "Larkspur Hollow Glamping, Tresillian Down Farm - Larkspur Leisure LLP", font="Times",
            accent=(30, 100, 50), body_size=10.5)
    d.title_block("BOOKING TERMS AND SITE RULES 2028",
                  "These terms apply to every stay at Larkspur Hollow Glamping, Tresillian Down Farm, operated by "
                  "Larkspur Leisure LLP (\"we\", \"us\"). By paying a deposit the Lead Guest accepts them for the "
                  "whole Party.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Lead Guest\" means the person who makes the booking, who must be at least 21 years old and "
             "must stay for the whole Stay. \"Party\" means everyone named on the booking. \"Unit\" means a Pod, "
             "a Bell Tent or the Shepherd's Hut. \"Arrival Date\" means the first night booked, and \"Stay\" "
             "means all the nights booked.")
    d.clause("1.2", "\"Total Price\" means the price of the Stay including any extras booked (dogs, firewood, "
             "extra cars), but not the hot tub damage deposit in clause 3.4.")
    d.h1("2. Units, seasons and prices")
    d.clause("2.1", "Seasons for 2028:")
    d.grid(["Season", "Dates (nights)"],
           [["Low season", "1 March to 22 May, and 9 September to 31 October"],
            ["Mid season", "23 May to 18 July, and 1 to 8 September"],
            ["High season", "19 July to 31 August, and the Easter weekend (Thursday to Sunday nights, 13 to 16 "
             "April)"]], [45, 125])
    d.clause("2.2", "Prices per Unit per night, including VAT:")
    d.grid(["Unit", "Sleeps", "Low season", "Mid season", "High season"],
           [["Hazel Pod", "2 adults and 1 child under 12", "GBP 65", "GBP 80", "GBP 95"],
            ["Rowan Pod (private hot tub)", "4", "GBP 110", "GBP 135", "GBP 160"],
            ["Bell Tent (5 m) *", "4", "GBP 70", "GBP 90", "GBP 115"],
            ["Family Bell Tent (6 m) *", "6", "GBP 90", "GBP 115", "GBP 140"],
            ["Shepherd's Hut", "2", "GBP 85", "GBP 100", "GBP 120"]], [50, 45, 25, 25, 25])
    d.para("* Bell Tents are pitched only from 1 April to 30 September. Pods and the Shepherd's Hut are open "
           "throughout the season (1 March to 31 October).\n"
           "Minimum stay: 2 nights, or 3 nights in high season. Stays of 7 nights or more: 10% off the nightly "
           "prices (not on extras).\n"
           "The Rowan Pod hot tubs are filled and heated before you arrive and may be used until 22:00 each "
           "night.", size=8.5, style="I")
    d.clause("2.3", "Prices are for the Unit per night, not per person, and are the same on every night of the "
             "week. Extras are charged as booked: dogs (clause 7.1), firewood (clause 8.2) and extra cars "
             "(clause 6.3). Prices for 2029 will be published on 1 October 2028; bookings already paid for are "
             "not affected by later price changes. If you book more than one Unit, each Unit is priced and "
             "charged separately.")
    d.clause("2.4", "Children are welcome. The number a Unit sleeps includes children, except as shown below "
             "(age on the Arrival Date):")
    d.grid(["Age", "Counts towards the number a Unit sleeps?", "Rules"],
           [["Under 2", "No", "Free, in your own travel cot (we do not supply cots)"],
            ["2 to 11", "Yes", "May use the child bed in a Hazel Pod; must be supervised by an adult at all times "
             "near the fire pits and hot tubs"],
            ["12 to 17", "Yes, as an adult", "Must stay in the same Unit as an adult member of the Party; may use "
             "the hot tubs only with an adult present"],
            ["18 to 20", "Yes", "Welcome as part of a Party whose Lead Guest is 21 or over; may not book "
             "as the Lead Guest"]], [25, 60, 85])
    d.h1("3. Booking, deposit and balance")
    d.clause("3.1", "To book, the Lead Guest pays a deposit of 25% of the Total Price or GBP 100, whichever is "
             "greater (or the Total Price, if that is less than GBP 100).")
    d.clause("3.2", "The balance is due 42 days before the Arrival Date. If you book 42 days or less before the "
             "Arrival Date, you pay the Total Price when you book.")
    d.clause("3.3", "We send a reminder 7 days before the balance is due. If the balance is still unpaid 7 days "
             "after the due date, we may cancel the booking, and clause 4 applies as if you had cancelled on "
             "that date.")
    d.clause("3.4", "For the Rowan Pods we take a hot tub damage deposit of GBP 150 by card pre-authorisation 7 "
             "days before arrival. It is released within 5 working days after departure, unless the hot tub "
             "needs extra cleaning or repair.")
    d.h1("4. If you cancel or change your booking")
    d.clause("4.1", "Cancellations must be made in writing (e-mail to stay@larkspurhollow.example). The charge "
             "depends on how many days before the Arrival Date we receive it:")
    d.grid(["Days before the Arrival Date", "Cancellation charge"],
           [["More than 42 days", "You lose your deposit only"],
            ["29 to 42 days", "50% of the Total Price"],
            ["8 to 28 days", "75% of the Total Price"],
            ["7 days or fewer, or you do not arrive", "100% of the Total Price"]], [80, 90])
    d.clause("4.2", "If we re-let the Unit for the same nights, we refund what we recover, less an administration "
             "fee of GBP 30. We strongly recommend holiday cancellation insurance.")
    d.clause("4.3", "You may move your booking to other dates in 2028 or 2029 once, free of charge, if you ask more "
             "than 42 days before the Arrival Date; later changes cost GBP 25 and depend on availability. Any "
             "difference in price is payable or refunded.")
    d.clause("4.4", "Leaving early does not entitle you to a refund for the nights not used.")
    d.h1("5. If we cancel, and the weather")
    d.clause("5.1", "Bad weather is part of outdoor holidays and does not by itself entitle you to a refund. If "
             "the Met Office issues an amber or red warning for wind covering the site, we may close the Bell "
             "Tents. We will then move you to a Pod or the Shepherd's Hut at no extra cost if one is free, or "
             "refund the nights affected in full.")
    d.clause("5.2", "If we have to cancel a booking for any other reason, we refund everything you have paid. We "
             "are not liable for travel costs or other expenses.")
    d.h1("6. Arrival and departure")
    d.clause("6.1", "Check-in is from 15:00. Guests arriving after 20:00 must tell us in advance; we will leave "
             "the key in a key safe and send the code on the day. Please drive at walking pace on the farm "
             "track: the limit is 5 mph.")
    d.clause("6.2", "Please leave your Unit by 10:30 on the day of departure. A late departure until 13:00 costs "
             "GBP 25 and must be booked the evening before, when the Unit is not needed that day.")
    d.clause("6.3", "One car per Unit may park beside it. Other cars use the main car park at GBP 5 per car per "
             "night. Day visitors are welcome only if booked in advance, at GBP 5 per adult (children free), and "
             "must leave the site by 21:00.")
    d.h1("7. Pets")
    d.clause("7.1", "Up to 2 well-behaved dogs may stay in the Hazel Pods and the 5 m Bell Tents, at GBP 20 per "
             "dog per Stay, booked in advance. Dogs are not allowed in the Rowan Pods, the Family Bell Tents or "
             "the Shepherd's Hut. Assistance dogs are welcome in any Unit free of charge.")
    d.clause("7.2", "Dogs must be kept on a lead everywhere on the site, must not be left alone in a Unit and "
             "must not go on the beds. The fields around the site are grazed by sheep. No other pets are "
             "allowed.")
    d.h1("8. Quiet hours, fires and behaviour")
    d.clause("8.1", "Quiet hours are 22:30 to 07:30. Music must never be heard beyond your own pitch, and not at "
             "all during quiet hours. Groups of more than 3 Units booked together, and hen and stag parties, "
             "are not accepted.")
    d.clause("8.2", "Fires are allowed only in the fire pit beside each Unit, and must be put out by 23:00. A bag "
             "of kiln-dried logs costs GBP 8. Disposable barbecues must not be used on the grass; use them only "
             "on the fire pit.")
    d.clause("8.3", "If any member of the Party seriously breaks these rules or behaves in a way that disturbs "
             "other guests, we may ask the whole Party to leave without a refund.")
    d.h1("9. Damage, liability and complaints")
    d.clause("9.1", "The Lead Guest is responsible for damage to the Unit and its contents beyond normal wear, "
             "and for the cost of cleaning beyond normal use (GBP 40 for each extra hour of cleaning).")
    d.clause("9.2", "We are not liable for loss of or damage to your belongings unless caused by our negligence. "
             "Please tell the site manager, Mr Kit Aldous-Penrose, about any problem during your Stay so we can "
             "put it right; complaints after departure must be made in writing within 28 days.")
    return d.save("legal/glamping_booking_terms_larkspur_hollow.pdf")


# =============================================================================
# 3. Mobile phone airtime contract
# =============================================================================
def airtime_contract():
    d = Doc("Airtime Contract - Quillon Mobile / Petrossian-Hale", "Account QM-5529-0417",
            "Quillon Mobile Ltd, Harbour Court, Westbray - airtime terms v6.2", accent=(90, 30, 120))
    d.title_block("AIRTIME CONTRACT (SIM ONLY)",
                  "Between Quillon Mobile Ltd, company no. 13377401 (\"Quillon\", \"we\") and Mr Anand "
                  "Petrossian-Hale (\"you\"). This contract covers your mobile airtime only; you own your handset.")
    d.h1("Contract summary")
    d.grid(["Item", "Your contract"],
           [["Plan", "Quillon Flex 30GB"],
            ["Minimum Term", "24 months from 12 June 2028"],
            ["Monthly Charge", "GBP 16.00 (see clause 5 for the yearly increase)"],
            ["Allowance", "30GB of UK data, unlimited UK minutes and texts each Billing Month"],
            ["Roaming", "Zone 1 at GBP 2.25 per day; Zone 2 Roam Pass GBP 6.00 per day"],
            ["Early termination", "An Early Termination Charge applies during the Minimum Term (clause 7)"]],
           [45, 125])
    d.h1("1. Definitions")
    d.clause("1.1", "\"Minimum Term\" means the minimum period you agreed to stay on your Plan. \"Monthly Charge\" "
             "means the fixed monthly price of your Plan. \"Billing Month\" runs from the 12th of one month to "
             "the 11th of the next. \"Allowance\" means the data, minutes and texts included in the Monthly "
             "Charge. \"Zone\" means a roaming zone listed in clause 4.")
    d.h1("2. Plans and prices")
    d.clause("2.1", "Monthly Charges for SIM-only plans taken out from 1 April 2028, by contract length:")
    d.grid(["Plan", "UK data", "24 months", "12 months", "30-day rolling"],
           [["Quillon Lite 5GB *", "5GB", "GBP 8.00", "GBP 9.50", "GBP 11.00"],
            ["Quillon Flex 30GB", "30GB", "GBP 16.00", "GBP 18.00", "GBP 20.00"],
            ["Quillon Max 100GB", "100GB", "GBP 22.00", "GBP 24.50", "GBP 27.00"],
            ["Quillon Unlimited", "Unlimited (fair use 650GB)", "GBP 28.00", "GBP 31.00", "GBP 34.00"]],
           [46, 44, 27, 27, 26])
    d.para("All plans include unlimited calls and texts to UK numbers starting 01, 02, 03 and 07 (not 070, 076, "
           "084, 087 or 09 numbers, or calls abroad). * 5G is included on every plan except Quillon Lite 5GB. "
           "Tethering (sharing your data with other devices) is allowed up to your Allowance, and up to 20GB a "
           "month on Quillon Unlimited.", size=8.5, style="I")
    d.h1("3. Data caps and add-ons")
    d.clause("3.1", "We text you when you have used 80% and 100% of your data Allowance. Once your Allowance is "
             "used up, your data stops until the next Billing Month begins: we never charge for UK data beyond "
             "your Allowance. Unused data does not carry over to the next Billing Month.")
    d.clause("3.2", "You can buy a Data Add-on in the Quillon app: 2GB for GBP 4 or 10GB for GBP 10. An Add-on "
             "lasts until the end of the Billing Month in which you buy it.")
    d.clause("3.3", "Spend cap: charges outside your Monthly Charge (such as roaming, premium numbers and Add-ons) "
             "are limited to your spend cap each Billing Month. The spend cap is GBP 20 unless you choose a "
             "different amount between GBP 0 and GBP 100; when it is reached, those services stop.")
    d.h1("4. Roaming")
    d.clause("4.1", "Roaming is switched on for Zone 1 and Zone 2. Use abroad is charged as follows:")
    d.grid(["Zone", "Countries", "How it works and what it costs"],
           [["Zone 1", "EU countries, Iceland, Liechtenstein, Norway, Switzerland, Gibraltar",
             "Use your UK Allowance, with up to 15GB of data a Billing Month. GBP 2.25 per day on Lite and Flex "
             "plans; included on Max and Unlimited plans. Data above 15GB: GBP 3.50 per GB."],
            ["Zone 2", "USA, Canada, Australia, New Zealand, Turkey", "Roam Pass: GBP 6.00 per day on all plans; "
             "use your UK Allowance, with data up to 2GB per day."],
            ["Zone 3", "All other countries", "Pay as you use: calls GBP 1.80 per minute, texts GBP 0.50, data "
             "GBP 7.50 per 100MB. Roaming in Zone 3 is barred until you ask us to switch it on."]],
           [20, 55, 95])
    d.clause("4.2", "A daily charge is made only on days when you use your phone abroad (make or receive a call, "
             "send a text or use data). A day means midnight to midnight UK time.")
    d.clause("4.3", "Networks on ships and aircraft are not in any Zone. Calls cost GBP 3.00 per minute and data "
             "GBP 8.00 per MB, and count towards your spend cap.")
    d.h1("5. Price changes")
    d.clause("5.1", "Each April, starting in April 2029, your Monthly Charge goes up by GBP 1.50 (GBP 1.00 on "
             "Quillon Lite 5GB). The increase is set out in this contract, so it does not give you a right to "
             "leave without paying the Early Termination Charge.")
    d.clause("5.2", "We will give you at least 30 days' notice of any other change to your prices or this "
             "contract. If the change is to your material disadvantage, you may end the contract within 30 days "
             "of our notice without paying an Early Termination Charge. This right does not apply to the annual "
             "April increase in clause 5.1.")
    d.h1("6. Paying your bill")
    d.clause("6.1", "You pay by monthly direct debit. If a payment fails, we charge a late payment fee of GBP "
             "7.50. If your bill is still unpaid 14 days after the due date, we may bar outgoing calls and data "
             "until it is paid.")
    d.h1("7. Ending your contract")
    d.clause("7.1", "You may end this contract at any time by giving us 30 days' notice. If your notice ends "
             "during the Minimum Term, you pay an Early Termination Charge (\"ETC\"), based on the Monthly "
             "Charges for the months of the Minimum Term remaining when your notice ends:")
    d.grid(["Months of the Minimum Term remaining", "Early Termination Charge"],
           [["13 to 24 months", "80% of the Monthly Charges for the months remaining"],
            ["7 to 12 months", "70% of the Monthly Charges for the months remaining"],
            ["1 to 6 months", "60% of the Monthly Charges for the months remaining"],
            ["Minimum Term ended", "No charge; 30 days' notice still applies"]], [75, 95])
    d.para("Example: with 15 months remaining at a Monthly Charge of GBP 16.00, the ETC is 80% of GBP 240.00 = "
           "GBP 192.00.", size=9, style="I")
    d.clause("7.2", "You pay no ETC if you cancel within 14 days of the start date when you took the contract "
             "online or by phone (you pay only for what you have used), or if, within the first 30 days, our "
             "coverage check shows no indoor 4G coverage at your home address (our coverage promise).")
    d.clause("7.3", "To switch to another provider and keep your number, text PAC to 65075; to leave without "
             "keeping it, text STAC to 75075. Both are free. The ETC still applies during the Minimum Term.")
    d.h1("8. Lost or stolen phones")
    d.clause("8.1", "Tell us straight away if your phone or SIM is lost or stolen, and we will bar it. You are "
             "liable for charges made before you told us, up to GBP 100; we cover any charges after that. A "
             "replacement SIM or eSIM is free.")
    d.h1("9. Complaints")
    d.clause("9.1", "Complain by phone on 0300 555 0417, in the app or in writing. If we have not resolved your "
             "complaint within 8 weeks, or we give you a deadlock letter, you may take it free of charge to the "
             "alternative dispute resolution scheme named on your bill.")
    d.signature_block(["Signed by the customer: Mr Anand Petrossian-Hale",
                       "Signed for Quillon Mobile Ltd by Bronwen Achterberg, Sales Adviser (store 118, Westbray)"])
    d.h1("SCHEDULE - YOUR PLAN AND CHARGES")
    d.grid(["Item", "Details"],
           [["Mobile number", "07700 900 418"],
            ["Plan", "Quillon Flex 30GB, 24-month Minimum Term"],
            ["Start date", "12 June 2028"],
            ["Minimum Term ends", "11 June 2030"],
            ["Monthly Charge", "GBP 16.00 to March 2029; GBP 17.50 from April 2029; GBP 19.00 from April 2030"],
            ["Add-ons", "International Saver, GBP 5.00 a month (300 minutes to landlines in 50 countries), "
             "30-day rolling, can be removed at any time"],
            ["Spend cap", "GBP 25, chosen by the customer"],
            ["Bill date", "The 14th of each month, by direct debit"]], [45, 125])
    return d.save("legal/airtime_contract_quillon_petrossian_hale.pdf")


# =============================================================================
# 4. IV magnesium and phosphate replacement protocol
# =============================================================================
def electrolyte_protocol():
    d = Doc("Adult IV magnesium and phosphate replacement protocol", "Protocol PH-ELY-07, version 3.1",
            "Wendlebury Royal Infirmary - Pharmacy and Clinical Biochemistry", accent=(0, 80, 130))
    d.title_block("INTRAVENOUS MAGNESIUM AND PHOSPHATE REPLACEMENT IN ADULTS",
                  "Protocol for doctors, nurses and pharmacists on adult wards. Approved by the Drugs and "
                  "Therapeutics Committee, January 2028. Review date: January 2031.")
    d.h1("1. Scope")
    d.para("This protocol applies to adults aged 16 years and over on general wards. It does not apply to: "
           "critical care (use the critical care electrolyte protocol); magnesium for pre-eclampsia or "
           "eclampsia (use the obstetric guideline); diabetic ketoacidosis, where phosphate is not routinely "
           "replaced; or the first 72 hours of refeeding in patients at high risk of refeeding syndrome (use "
           "the refeeding guideline, which may refer back to the doses here).")
    d.h1("2. General principles")
    d.bullets(["Reference ranges: serum magnesium 0.70 to 1.00 mmol/L; serum phosphate 0.80 to 1.50 mmol/L.",
               "Use the oral route for mild deficiency if the patient can swallow and absorb. Oral magnesium often "
               "causes diarrhoea; if it does, use the IV route.",
               "Always check potassium and corrected calcium at the same time. Low magnesium makes low potassium "
               "and low calcium hard to correct, so replace magnesium first or together (see the potassium "
               "protocol for potassium doses).",
               "Prescribe magnesium and phosphate in mmol, never in grams or mL alone.",
               "Look for and treat the cause: for example diuretics, proton pump inhibitors, alcohol, diarrhoea "
               "or refeeding.",
               "Low magnesium may cause tremor, muscle cramps, tetany, confusion, seizures or arrhythmias; low "
               "phosphate may cause muscle weakness, breathlessness, confusion or difficulty weaning from a "
               "ventilator. Many patients have no symptoms: treat by the level and the symptoms together.",
               "Give IV infusions through a volumetric pump, and record each dose and the time it started on the "
               "electrolyte replacement chart.",
               "Do not replace electrolytes for a result that may be wrong (for example a haemolysed sample or a "
               "sample taken from a drip arm): repeat the test first unless the patient has symptoms."])
    d.h1("3. Magnesium replacement")
    d.para("Magnesium sulfate 50% contains 2 mmol of magnesium per mL (1 g of magnesium sulfate = 4 mmol). It "
           "must be diluted to 20% or less before peripheral IV use. Except for the arrhythmia dose, do not "
           "give more than 10 mmol per hour.")
    d.grid(["Serum magnesium", "Severity", "Treatment"],
           [["0.50 to 0.69 mmol/L", "Mild", "Oral magnesium glycerophosphate 4 mmol tablets: 2 tablets three "
             "times a day for 5 days. If nil by mouth or oral not tolerated: IV magnesium sulfate 10 mmol in "
             "100 mL sodium chloride 0.9% over 2 hours"],
            ["0.40 to 0.49 mmol/L", "Moderate", "IV magnesium sulfate 20 mmol in 250 mL sodium chloride 0.9% or "
             "glucose 5% over 4 hours"],
            ["Below 0.40 mmol/L, or symptoms (tetany, seizures, arrhythmia)", "Severe",
             "IV magnesium sulfate 40 mmol in 500 mL sodium chloride 0.9% or glucose 5% over 12 hours; may be "
             "repeated once the next day after checking the level"],
            ["Torsades de pointes or other life-threatening arrhythmia", "Emergency",
             "IV magnesium sulfate 8 mmol in 100 mL over 15 minutes with cardiac monitoring, then as for "
             "severe"]], [45, 25, 100])
    d.para("Renal impairment: if eGFR is 30 to 59 mL/min/1.73m2, give the dose in the table and recheck the "
           "level 6 hours after the infusion ends. If eGFR is below 30 or the patient is on dialysis, halve the "
           "dose, recheck after each infusion and do not give more than 20 mmol in 24 hours without advice from "
           "the renal team.", size=8.5, style="I")
    d.h1("4. Phosphate replacement")
    d.clause("4.1", "Mild hypophosphataemia (serum phosphate 0.60 to 0.79 mmol/L): oral sodium acid phosphate "
             "effervescent tablets, 16.1 mmol phosphate each: 1 tablet twice a day for 5 days, dissolved in half "
             "a glass of water. Reduce to 1 tablet a day if diarrhoea occurs.", numw=8)
    d.clause("4.2", "Moderate (0.30 to 0.59 mmol/L) or severe (below 0.30 mmol/L) hypophosphataemia, or mild "
             "hypophosphataemia in a patient who is nil by mouth: IV sodium glycerophosphate, dose by weight "
             "from the table below.", numw=8)
    d.grid(["Patient weight", "Moderate (0.30 to 0.59 mmol/L)", "Severe (below 0.30 mmol/L)"],
           [["Under 40 kg", "8 mmol", "15 mmol"],
            ["40 to 59 kg", "10 mmol", "20 mmol"],
            ["60 to 79 kg", "15 mmol", "30 mmol"],
            ["80 kg and over", "20 mmol", "40 mmol (maximum single dose)"]], [50, 60, 60])
    d.clause("4.3", "Dilute the dose in 500 mL sodium chloride 0.9% or glucose 5% and infuse over 12 hours; do not "
             "infuse faster than 4 mmol of phosphate per hour. Never give phosphate in the same line as a "
             "calcium-containing fluid (they precipitate). Each 1 mmol of sodium glycerophosphate also gives "
             "2 mmol of sodium: take care in heart failure.", numw=8)
    d.clause("4.4", "Use potassium dihydrogen phosphate instead of sodium glycerophosphate only if the serum "
             "potassium is below 3.5 mmol/L, and never if the eGFR is below 30.", numw=8)
    d.clause("4.5", "Renal impairment: if eGFR is below 30, halve the dose in the table and recheck phosphate, "
             "calcium and potassium 6 hours after the infusion ends. Do not give IV phosphate if the corrected "
             "calcium is above 2.60 mmol/L; discuss with the renal team.", numw=8)
    d.h1("5. Monitoring")
    d.bullets(["Recheck magnesium or phosphate the morning after an infusion, or 6 hours after it ends for "
               "severe deficiency or renal impairment. Stop replacement once the level is in the reference "
               "range.",
               "Signs of too much magnesium: flushing, low blood pressure, loss of tendon reflexes, drowsiness "
               "and slow breathing. Stop the infusion, check the level and give calcium gluconate 10%, 10 mL IV "
               "over 10 minutes, if the patient has symptoms.",
               "Too much phosphate can lower calcium: check calcium after IV phosphate and watch for tingling or "
               "muscle cramps."])
    d.h1("6. Products")
    d.grid(["Product", "Contains", "Notes"],
           [["Magnesium sulfate 50% injection, 10 mL ampoule", "20 mmol magnesium", "Dilute before use"],
            ["Magnesium glycerophosphate tablets", "4 mmol magnesium per tablet", "Unlicensed; pharmacy stock"],
            ["Sodium acid phosphate effervescent tablets", "16.1 mmol phosphate per tablet",
             "Also contain 20.4 mmol sodium and 3.1 mmol potassium"],
            ["Sodium glycerophosphate 21.6%, 20 mL vial", "20 mmol phosphate and 40 mmol sodium",
             "Dilute before use"],
            ["Potassium dihydrogen phosphate 13.6%, 10 mL ampoule", "10 mmol phosphate and 10 mmol potassium",
             "Only under clause 4.4"]], [65, 55, 50])
    d.h1("7. Switching to oral treatment and discharge")
    d.para("Switch to oral treatment once the patient can take it and the level is above the IV threshold. "
           "Patients discharged on oral magnesium or phosphate need a supply for the rest of the 5-day course "
           "and a note in the discharge letter asking the GP to recheck the level in 1 to 2 weeks. Do not "
           "continue oral replacement long term without a reason recorded in the letter.")
    d.para("Advice: ward pharmacist, or the on-call pharmacist via switchboard out of hours.", size=9.5, style="B")
    return d.save("medical/iv_magnesium_phosphate_protocol_wendlebury.pdf")


# =============================================================================
# 5. Renal colic emergency department guideline
# =============================================================================
def renal_colic_guideline():
    d = Doc("Suspected renal colic in adults - ED guideline", "Guideline ED-URO-04, version 2",
            "Ferncastle University Hospitals - Emergency Department and Urology", font="Times",
            accent=(120, 20, 40), body_size=10.5)
    d.title_block("SUSPECTED RENAL COLIC (KIDNEY OR URETERIC STONES) IN ADULTS",
                  "Emergency Department guideline. Authors: Dr Saoirse Blakemore-Idowu (Emergency Medicine) and "
                  "Mr Ravindra Lockhart (Urology). Approved March 2028.")
    d.h1("1. Scope")
    d.para("Adults aged 18 and over with suspected renal colic. Young people aged 16 and 17 are managed with this "
           "guideline, but have ultrasound first instead of CT. Pregnant women: ultrasound first, no NSAIDs, and "
           "refer to the on-call urology and obstetric teams. Children under 16 are seen in the children's "
           "emergency department.")
    d.h1("2. Red flags: immediate senior review")
    d.bullets(["Temperature 38.0 degrees C or above, or other signs of sepsis, with a suspected stone: this may "
               "be an infected obstructed kidney. Take blood cultures, start IV antibiotics and contact urology "
               "at once; the patient must be seen by urology within 1 hour for urgent drainage.",
               "A solitary kidney or a transplanted kidney with suspected obstruction, or stones in both ureters.",
               "Acute kidney injury: creatinine 50% or more above the baseline.",
               "Age 60 or over with a first episode and no previous stones: exclude an abdominal aortic aneurysm "
               "with bedside ultrasound of the aorta before treating as renal colic.",
               "Pain not controlled after step 3 of the analgesia table."])
    d.h1("3. Analgesia")
    d.para("Give analgesia within 30 minutes of arrival. Work down the table until the pain is controlled.")
    d.grid(["Step", "Drug and dose", "Notes"],
           [["1", "NSAID: diclofenac 75 mg IM or IV, or diclofenac 100 mg rectally; ibuprofen 400 mg orally if "
             "the pain is mild", "Avoid if eGFR below 30, active peptic ulcer, NSAID-sensitive asthma, "
             "pregnancy or anticoagulation. Maximum diclofenac 150 mg in 24 hours by all routes."],
            ["2", "IV paracetamol 1 g over 15 minutes (15 mg/kg if under 50 kg)", "Give with step 1, or alone if "
             "an NSAID cannot be used"],
            ["3", "IV morphine 2 mg every 5 minutes, titrated to pain, up to 10 mg (1 mg every 5 minutes if aged "
             "over 70 or frail)", "Give an antiemetic: ondansetron 4 mg IV or cyclizine 50 mg IV"]],
           [14, 80, 76])
    d.para("Do not use hyoscine butylbromide: it does not reduce renal colic pain. Do not give IV fluids only to "
           "'flush the stone through'; give them only if the patient is dehydrated or vomiting.")
    d.h1("4. Investigations")
    d.bullets(["Urine dipstick (blood is absent in about 1 in 10 patients with a stone, so a negative dipstick "
               "does not rule it out), and a pregnancy test in women who could be pregnant.",
               "Bloods: full blood count, urea and electrolytes, CRP, calcium and urate; blood cultures if "
               "febrile.",
               "Imaging: low-dose non-contrast CT KUB within 24 hours of presentation. Do the CT before the "
               "patient leaves the department if they have a red flag or the diagnosis is uncertain. Pregnant "
               "women and patients aged 16 or 17: ultrasound first."])
    d.h1("5. Management by stone size")
    d.para("Use the largest diameter of the stone measured on CT.")
    d.grid(["Stone size", "Chance of passing on its own", "ED management (no red flags)"],
           [["Less than 5 mm", "High (about 4 in 5)", "Discharge with oral analgesia when the pain is controlled. "
             "GP follow-up; no stone clinic referral needed for a first stone"],
            ["5 to 10 mm", "Moderate (about 1 in 2)", "Tamsulosin 400 micrograms once daily for up to 4 weeks "
             "if the stone is in the lower (distal) ureter. Refer to the virtual stone clinic, to be seen "
             "within 2 weeks"],
            ["More than 10 mm", "Low", "Refer to urology on call the same day for ureteroscopy or lithotripsy "
             "within 48 hours"]], [30, 45, 95])
    d.para("A stone measuring exactly 5 mm or exactly 10 mm is in the 5 to 10 mm band. Stones in the kidney "
           "that are not causing obstruction: routine referral to the stone clinic.", size=9, style="I")
    d.h1("6. Refer to urology on call the same day")
    d.bullets(["Any red flag in section 2 (within 1 hour for an infected obstructed kidney).",
               "Stone more than 10 mm.",
               "Pain not controlled by the analgesia table, or needing a second dose of IV morphine within 4 "
               "hours.",
               "Persistent vomiting and unable to take oral fluids or medicines.",
               "Pregnancy (with the obstetric team)."])
    d.h1("7. Discharge")
    d.para("Patients may go home when the pain has been controlled on oral analgesia for at least 2 hours, they "
           "have no fever and they can drink. Discharge medicines:")
    d.bullets(["Naproxen 500 mg twice a day with food for up to 7 days (not if an NSAID should be avoided; add "
               "omeprazole 20 mg once daily if aged 65 or over).",
               "Paracetamol 1 g four times a day when needed.",
               "Tamsulosin if indicated in section 5. Avoid codeine routinely: it causes constipation and "
               "vomiting."])
    d.para("Give the patient a urine sieve and ask them to strain their urine and bring any stone to the GP for "
           "analysis. Advise 2.5 to 3 litres of fluid a day. Tell them to return at once if they have a fever "
           "or shivering, pain not controlled by the tablets, vomiting, or they pass little or no urine.")
    return d.save("medical/renal_colic_ed_guideline_ferncastle.pdf")


# =============================================================================
# 6. Vitamin B12 injection leaflet (question-and-answer)
# =============================================================================
def b12_leaflet():
    d = Doc("Vitamin B12 injections - patient information", "Leaflet HV-031",
            "Holmbury Vale Surgery - information for patients", accent=(160, 30, 90), body_size=10.5)
    d.title_block("Your vitamin B12 injections",
                  "Information for patients starting hydroxocobalamin injections at Holmbury Vale Surgery. "
                  "Please keep this leaflet and bring your injection record card to every appointment.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is vitamin B12 and why do I need injections?",
       "Vitamin B12 helps your body make red blood cells and keeps your nerves healthy. Low levels can cause "
       "tiredness, breathlessness, a sore tongue, pins and needles, and memory problems. Most people who need "
       "injections cannot absorb B12 from food, for example because of pernicious anaemia (an autoimmune "
       "condition) or after stomach or bowel surgery. Injections put the vitamin straight into your muscle, so "
       "it does not need to be absorbed from the gut.")
    qa("What is in the injection?",
       "Hydroxocobalamin 1 mg in 1 mL. It is injected into a muscle, usually at the top of your arm, by a "
       "nurse.")
    qa("How often will I have injections?",
       "You start with a course of loading injections to build up your body's stores, then have maintenance "
       "injections to keep them up. How often depends on whether you have nerve symptoms such as pins and "
       "needles, numbness, unsteadiness or memory problems:")
    d.grid(["", "Loading (the first weeks)", "Maintenance"],
           [["No nerve symptoms", "1 mg three times a week for 2 weeks (6 injections)",
             "1 mg every 3 months"],
            ["Nerve symptoms", "1 mg on alternate days until your symptoms stop improving (for up to 3 weeks, "
             "then reviewed by the doctor)", "1 mg every 2 months"]], [40, 75, 55])
    d.para("Your first maintenance injection is due 3 months after the last loading injection (2 months if you "
           "have nerve symptoms). If the cause is pernicious anaemia or surgery, you will need injections for "
           "life.", size=9.5, style="I")
    qa("My B12 is low because of my diet. Do I need injections?",
       "Usually not. If you absorb B12 normally and your level is low because you eat few or no animal foods "
       "(for example a vegan diet), you will usually be offered cyanocobalamin tablets, 50 to 150 micrograms "
       "a day, instead of injections.")
    qa("Can I give the injections myself?",
       "After your loading injections, if you have had no reaction, a nurse can teach you or a carer to give "
       "the maintenance injections at home. You will need a sharps bin, which we provide on prescription.")
    qa("What if I miss an injection?",
       "Book it as soon as you remember. You do not need to start the loading injections again: just have the "
       "missed injection and carry on from there. If you are going away, an injection can be given up to 2 "
       "weeks early or late.")
    qa("Will I need blood tests?",
       "We check your full blood count 8 weeks after you start, to make sure your anaemia is improving. Your "
       "B12 level is not rechecked routinely, because it is always high after injections. Tell us if your "
       "symptoms come back before your next injection is due: some people need injections every 2 months.")
    qa("What about my diet?",
       "B12 is found in meat, fish, eggs, milk and cheese, and is added to some breakfast cereals and yeast "
       "extract. If you have pernicious anaemia, eating more of these foods will not raise your B12, because "
       "you cannot absorb it: you still need injections for life. If your folate is also low, you may be "
       "prescribed folic acid 5 mg a day for 4 months, started only after your B12 injections have begun.")
    qa("Are there side effects?",
       "Most people have none. Some have soreness or redness where the injection went in, mild diarrhoea, "
       "itching or a hot flush. Your urine may turn pink or red for a day or two after an injection: this is "
       "harmless. A few people get spots like acne. If your anaemia was severe, we may check your potassium in "
       "the first week of treatment.")
    qa("When should I get help straight away?",
       "Call 999 if you have swelling of your lips, face or throat, difficulty breathing or a widespread rash "
       "after an injection: this may be a serious allergic reaction. This is rare.")
    qa("Do other medicines affect B12?",
       "Metformin and medicines that reduce stomach acid (such as omeprazole or lansoprazole) can lower B12 "
       "levels over several years, which is why some people taking them are tested. The antibiotic "
       "chloramphenicol can stop the injections working properly; tell the doctor if you are prescribed it.")
    qa("How should I store injections at home?",
       "Keep the ampoules in their box, below 25 degrees C, to protect them from light. Do not freeze them. "
       "Take used needles and ampoules back to the surgery in your sharps bin when it is three-quarters full.")
    qa("Can I have injections if I am pregnant or breastfeeding?",
       "Yes. Hydroxocobalamin is safe in pregnancy and when breastfeeding, and you should keep having your "
       "injections.")
    d.para("Questions: practice nurse team, Holmbury Vale Surgery, 01632 960 712 (Mon-Fri 08:30-18:00).",
           size=9.5, style="B")
    return d.save("medical/vitamin_b12_injections_leaflet_holmbury_vale.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([driving_agreement, glamping_terms, airtime_contract,
                       electrolyte_protocol, renal_colic_guideline, b12_leaflet], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
