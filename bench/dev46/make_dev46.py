"""Render the forty-sixth development-set documents (fictional) as PDFs into bench/dev46/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: an e-scooter
rental scheme's rider terms (an age and licence table, a plan table with unlock fees, per-minute rates and day
passes with footnotes, deposits and pre-authorisations, a speed limit table by zone, a parking penalty table with
a first-breach warning, an account suspension table, and a damage charge schedule by part with a cap and an
optional cover), a yoga studio membership agreement for a named (invented) member (class passes with expiry, a
booking and late-cancellation table by class type, a freeze table by reason and months, minimum term, notice and
early leaving, a health declaration, an under-16s table by age; after the signatures, a schedule of membership
tiers and monthly prices with the member's own choice), a mobile phone repair shop's service terms (a diagnostic
fee, a repair price table by model and part split over the page break with footnotes, an express and priority
surcharge table, a warranty table by repair, data loss, liquid damage, water resistance, uncollected devices), a
kidney stones leaflet in question-and-answer form (a stone size table, fluid per day, pain relief, when to go to
A&E, a lithotripsy recovery table, diet by stone type), a carpal tunnel syndrome hand therapy leaflet (splint
hours and weeks, steroid injections and how many, a surgery recovery table by weeks, a return to work table by
job, driving, an exercise table) and a glaucoma eye drops leaflet (a drop type table with times a day and side
effects, gaps between drops, contact lenses, missed doses by drop, a check-up table by months, driving and the
DVLA). Questions: bench/dev46/questions.jsonl. All names, products and numbers are invented; the clinical content
is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev46/make_dev46.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2028, 3, 6, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 46 (fictional document)", "make_dev46.py", FIXED_DATE)


# =============================================================================
# 1. E-scooter rental rider terms
# =============================================================================
def scooter_terms():
    d = Doc("Voltrabbit Scooters - Rider Terms (Wendlebury Cross trial)", "Version 4.2, 1 April 2028",
            "Voltrabbit Mobility Ltd, 8 Lantern Yard, Wendlebury Cross", accent=(200, 80, 0),
            body_size=9.5)
    d.title_block("RIDER TERMS AND CONDITIONS",
                  "for hiring Voltrabbit e-scooters in the Wendlebury Cross rental trial. These terms apply to "
                  "every Ride you take with the Voltrabbit app. By unlocking a scooter you accept them.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Rider\" means the account holder who unlocks a scooter; only the Rider may ride it. "
             "\"Ride\" means the time from unlocking a scooter until the Ride is ended in the app, including "
             "any time the Ride is paused. \"Plan\" means the price plan chosen in the app (clause 3).")
    d.clause("1.2", "\"Operating Zone\" means the area shown on the app map where scooters may be ridden and "
             "parked. \"Parking Bay\" means a marked bay shown in the app with a purple P. \"Slow Zone\", "
             "\"No-Riding Zone\" and \"No-Parking Zone\" mean the areas shown on the app map in yellow, red "
             "and grey hatching.")
    d.h1("2. Who can ride")
    d.clause("2.1", "You must hold a driving licence and upload it in the app, with a photo of yourself, before "
             "your first Ride. The rules depend on your age on the day of the Ride:")
    d.grid(["Your age", "Licence needed", "Restrictions"],
           [["Under 18", "-", "Not allowed to ride, even with a provisional licence"],
            ["18 to 20", "Full or provisional UK licence with category Q, AM, A or B entitlement",
             "Beginner Mode for your first 5 Rides; Day Passes not available"],
            ["21 and over", "Full or provisional UK licence as above, or a full non-UK licence valid for "
             "driving a car in the UK", "Beginner Mode for your first Ride only"]], [30, 80, 60])
    d.clause("2.2", "You do not need to display L plates when riding on a provisional licence. A licence that "
             "has been suspended or revoked cannot be used; you must tell us within 7 days if your licence "
             "changes.")
    d.h1("3. Plans and prices")
    d.clause("3.1", "Prices include VAT. The unlock fee is charged once per Ride, and the per-minute rate for "
             "every started minute.")
    d.grid(["Plan", "Monthly fee", "Unlock fee", "Per minute", "Day Pass (24 hours)"],
           [["Pay As You Go", "None", "GBP 1.00 per Ride", "GBP 0.21", "GBP 15.00"],
            ["Minute Bundle 200 *", "GBP 24.00 for 200 minutes", "Free", "GBP 0.12 once the bundle is used",
             "GBP 12.00"],
            ["Commuter Monthly", "GBP 44.99", "Free", "First 30 minutes of each Ride free, then GBP 0.10",
             "Not needed"],
            ["Access (concession) **", "None", "Free", "GBP 0.11", "GBP 7.50"]], [36, 36, 28, 42, 28])
    d.para("* Unused bundle minutes expire at the end of the calendar month and do not roll over.\n"
           "** For Riders with a valid student card or receiving Universal Credit or Pension Credit; proof is "
           "checked every 12 months.\n"
           "A night supplement of GBP 0.75 is added to every Ride started between 22:00 and 05:00, on every "
           "Plan.", size=8.5, style="I")
    d.clause("3.2", "A Day Pass gives unlimited Rides for 24 hours from purchase, with no unlock fees. Each Ride "
             "on a Day Pass may last up to 2 hours; after 2 hours the Pay As You Go per-minute rate applies.")
    d.clause("3.3", "You may pause a Ride for up to 20 minutes at a time, at GBP 0.08 per minute on every Plan. "
             "After 20 minutes the pause continues at your normal per-minute rate. The scooter stays locked "
             "and reserved for you while paused.")
    d.h1("4. Deposit and payment")
    d.clause("4.1", "Riders on Pay As You Go and Access pay a refundable deposit of GBP 20 before their first "
             "Ride. It is held in your account and refunded within 10 working days after you close your "
             "account, less any unpaid charges. There is no deposit on Minute Bundle 200 or Commuter Monthly.")
    d.clause("4.2", "When you buy a Day Pass we place a pre-authorisation of GBP 50 on your card. It is released "
             "within 3 working days after the Day Pass ends, less any charges under clauses 6 and 7.")
    d.clause("4.3", "Charges are taken from your card at the end of each Ride. If a payment fails, you cannot "
             "start another Ride until it has been paid.")
    d.h1("5. Riding rules and speed limits")
    d.clause("5.1", "Scooters are limited automatically to the following top speeds:")
    d.grid(["Where", "Top speed", "Shown in the app"],
           [["Roads and cycle lanes in the Operating Zone", "15.5 mph", "Blue"],
            ["Slow Zones (High Street, Riverside Walk and the paths in Wendlebury Park)", "8 mph", "Yellow"],
            ["Beginner Mode (anywhere in the Operating Zone)", "10 mph", "-"],
            ["No-Riding Zones (Market Square, Station Forecourt)", "The scooter slows to a stop; you must "
             "push it", "Red"]], [90, 40, 40])
    d.clause("5.2", "You must ride on roads and cycle lanes only, never on pavements or footpaths outside the "
             "park paths marked as Slow Zones. Only one person may ride a scooter at a time. You must not "
             "ride after drinking alcohol or taking drugs, use a phone while riding, or carry anything "
             "heavier than 5 kg on the handlebars.")
    d.clause("5.3", "Helmets are recommended but not required. Lights come on automatically and must not be "
             "covered.")
    d.h1("6. Parking and penalty fees")
    d.clause("6.1", "You may end a Ride only in a Parking Bay inside the Operating Zone, with the scooter "
             "upright on its kickstand, and you must take an end-of-ride photo in the app. If you do not, we "
             "charge the following fees:")
    d.grid(["What happened", "Fee"],
           [["Ride ended outside a Parking Bay but inside the Operating Zone", "GBP 10"],
            ["Ride ended in a No-Parking Zone", "GBP 25"],
            ["Scooter blocking a pavement, doorway, ramp, dropped kerb or tactile paving", "GBP 30"],
            ["Scooter left outside the Operating Zone", "GBP 45 recovery fee"],
            ["No end-of-ride photo, or the photo does not show the scooter", "GBP 5"],
            ["Scooter left in a river, canal or other water", "GBP 150 plus damage charges (Schedule)"]],
           [120, 50])
    d.clause("6.2", "The first parking fee in any 12-month period is replaced by a warning by e-mail, except the "
             "blocking fee of GBP 30 and the water fee, which are always charged.")
    d.h1("7. Damage, loss and Ride Cover")
    d.clause("7.1", "Check the scooter before you ride and report any damage in the app before unlocking. You "
             "are responsible for damage caused during your Ride and for the scooter until the Ride is ended "
             "correctly. Damage charges by part are set out in the Schedule.")
    d.clause("7.2", "Ride Cover is optional and costs GBP 0.49 per Ride (it is included free in Commuter "
             "Monthly). With Ride Cover you pay no more than GBP 40 in damage charges for any one Ride. Ride "
             "Cover does not cover parking fees, or damage caused while riding with a passenger or after "
             "drinking alcohol or taking drugs.")
    d.h1("8. Account suspension")
    d.clause("8.1", "We may suspend or close an account for breaches of these terms, as follows:")
    d.grid(["Breach", "First time", "Again within 12 months"],
           [["Riding with a passenger", "7-day suspension", "Permanent ban"],
            ["Riding on a pavement (confirmed by camera or a witness report)", "Written warning",
             "14-day suspension"],
            ["Letting another person use your account", "30-day suspension", "Permanent ban"],
            ["Riding after drinking alcohol or taking drugs", "Permanent ban", "-"],
            ["Charges unpaid more than 14 days after they are due", "Suspended until paid", "Suspended until "
             "paid"]], [90, 40, 40])
    d.clause("8.2", "You may appeal a fee or a suspension in the app within 14 days. We decide appeals within 10 "
             "working days, and a suspension continues while an appeal is considered.")
    d.h1("9. Accidents and insurance")
    d.clause("9.1", "Report any accident or injury in the app or on 0800 160 4417 within 24 hours. If anyone is "
             "injured, call 999 first. Every Ride includes third-party liability insurance of up to GBP 5 "
             "million; it does not cover injury to the Rider.")
    d.h1("10. Closing your account and complaints")
    d.clause("10.1", "You may close your account at any time in the app. Commuter Monthly and Minute Bundle 200 "
             "can be cancelled at any time and end at the end of the month already paid for; no part-month "
             "refunds are given.")
    d.clause("10.2", "Complaints: support@voltrabbit.example. These terms are governed by the law of England and "
             "Wales.")
    d.h1("SCHEDULE - DAMAGE CHARGES BY PART")
    d.grid(["Part", "Charge"],
           [["Bell or reflector", "GBP 8"],
            ["Mudguard", "GBP 15"],
            ["Phone holder", "GBP 18"],
            ["Kickstand", "GBP 22"],
            ["Front light or rear light", "GBP 25 each"],
            ["Brake lever or brake cable", "GBP 40"],
            ["Front or rear wheel (including tyre)", "GBP 110 each"],
            ["Handlebar display and lock unit", "GBP 190"],
            ["Frame or stem (bent or cracked)", "GBP 260"],
            ["Battery", "GBP 385"],
            ["Scooter lost, stolen or beyond repair", "GBP 650"]], [110, 50])
    d.para("Damage charges for one Ride never exceed GBP 650 in total. Fair wear and tear (worn tyres, scuffs "
           "shorter than 5 cm) is not charged. We send photos of the damage with every damage charge.",
           size=8.5, style="I")
    return d.save("legal/escooter_rider_terms_voltrabbit.pdf")


# =============================================================================
# 2. Yoga studio membership agreement
# =============================================================================
def yoga_membership():
    d = Doc("Amberlune Yoga - Membership Agreement", "Member no. AY-20418",
            "Amberlune Yoga Ltd, 3 Wharf Lane, Castlebridge - Ms T. Okonjo-Reeve", font="Times",
            accent=(110, 50, 110), body_size=10.5)
    d.title_block("MEMBERSHIP AGREEMENT AND STUDIO TERMS",
                  "Between Amberlune Yoga Ltd (\"the Studio\", \"we\") and Ms Tamsin Okonjo-Reeve of 41 Mill "
                  "Close, Castlebridge CB9 2LT (\"the Member\", \"you\"), signed at the Studio on 24 January "
                  "2028. These terms also apply to class passes bought by anyone.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Tier\" means the membership level set out in Schedule 1. \"Billing Date\" means the day of "
             "each month on which the monthly price is collected by direct debit. \"Minimum Term\" means the "
             "number of months shown for your Tier in Schedule 1, counted from your start date.")
    d.clause("1.2", "\"Studio Class\" means a class of up to 75 minutes in the Main Studio. \"Heated Class\" means "
             "a class in the Ember Room, heated to 34 to 38 degrees C. \"Workshop\" means a session of 2 hours "
             "or more, booked and paid for separately. \"Class Pass\" means a pack of classes bought in advance "
             "(clause 3).")
    d.h1("2. Membership, Minimum Term and notice")
    d.clause("2.1", "Your Tier, price and Minimum Term are shown in Schedule 1. Monthly prices are collected by "
             "direct debit on the Billing Date. If a payment fails we charge GBP 5 and try again 5 days later; "
             "after two failed payments your bookings are paused until the account is paid.")
    d.clause("2.2", "If you joined online you may cancel within 14 days of joining and receive a refund, less "
             "GBP 17 for each class you have attended.")
    d.clause("2.3", "After the Minimum Term your membership continues month to month. To end it you must give "
             "at least 30 days' notice by e-mail to hello@amberlune.example. Notice may be given during the "
             "Minimum Term, but the membership cannot end before the Minimum Term has finished.")
    d.clause("2.4", "If you want to leave before the end of the Minimum Term, you must pay the monthly payments "
             "remaining for the Minimum Term. This does not apply if you move home to more than 20 miles from "
             "the Studio, or if a doctor confirms in writing that you cannot practise yoga for at least 3 "
             "months; in those cases 30 days' notice is enough.")
    d.clause("2.5", "We may change monthly prices by giving at least 30 days' notice, but not during your Minimum "
             "Term.")
    d.h1("3. Class Passes")
    d.clause("3.1", "Class Passes are for people who are not members, or for members who want extra classes. "
             "Each pass expires at the end of the period below, and unused classes are then lost:")
    d.grid(["Pass", "Price", "Valid for"],
           [["Drop-in (single class)", "GBP 17", "The class booked"],
            ["Intro Offer: 3 classes (new students only, once)", "GBP 33", "21 days from your first class"],
            ["5-class pass", "GBP 75", "2 months from purchase"],
            ["10-class pass", "GBP 140", "4 months from purchase"],
            ["20-class pass", "GBP 260", "9 months from purchase"]], [85, 30, 55])
    d.clause("3.2", "Class Passes cannot be refunded or transferred to another person. You may extend a pass "
             "once by 1 month for GBP 10 if you ask before it expires. If you are injured or ill, we extend "
             "it free of charge on receipt of a doctor's or physiotherapist's note.")
    d.h1("4. Booking and late cancellation")
    d.clause("4.1", "Classes must be booked in the Amberlune app. Members may book up to 14 days ahead and Class "
             "Pass holders up to 7 days ahead. The door is closed 5 minutes after a class starts and late "
             "arrivals cannot join.")
    d.clause("4.2", "You may cancel a booking free of charge up to the time shown below. After that a late "
             "cancellation fee applies, and if you do not come at all a no-show fee applies:")
    d.grid(["Type of session", "Cancel free of charge up to", "Late cancellation fee", "No-show fee"],
           [["Studio Class", "6 hours before the start", "GBP 5", "GBP 10"],
            ["Heated Class", "12 hours before the start", "GBP 7", "GBP 12"],
            ["Workshop", "7 days before the start", "50% of the Workshop price", "The full Workshop price"]],
           [40, 50, 40, 40])
    d.clause("4.3", "Class Pass holders, and Members on the Essentials or Flow Tier, lose the class from their "
             "pass or monthly allowance instead of paying the late cancellation or no-show fee for a Studio "
             "Class or Heated Class. Members on the Unlimited, Unlimited Annual and Daytime Tiers pay the fee.")
    d.clause("4.4", "If you are moved into a class from the waiting list less than 6 hours before it starts, you "
             "may cancel free of charge up to 1 hour before the start.")
    d.h1("5. Freezing your membership")
    d.clause("5.1", "You may freeze your membership for whole calendar months. Freezes must be requested at least "
             "7 days before a Billing Date and cannot start in your first month:")
    d.grid(["Reason", "How long", "Fee", "What we need"],
           [["Any reason", "1 or 2 months, once in any 12 months", "GBP 12 per month", "Nothing"],
            ["Injury or illness", "1 to 3 months", "Free", "A letter from a doctor or physiotherapist"],
            ["Pregnancy", "Up to 6 months", "Free", "A MATB1 form or a letter from your midwife"]],
           [35, 55, 30, 50])
    d.clause("5.2", "Your Minimum Term is extended by the number of months frozen. Members on the Unlimited "
             "Annual Tier may freeze only for injury, illness or pregnancy.")
    d.h1("6. Health declaration")
    d.clause("6.1", "Before your first class you must complete the health declaration in the app, and update it "
             "whenever your health changes. Tell the teacher before each class about any injury or condition. "
             "The declaration does not replace advice from your doctor.")
    d.clause("6.2", "You must have written confirmation from your GP before attending Heated Classes if you have a "
             "heart condition, high blood pressure that is not controlled, epilepsy, or have had surgery in the "
             "last 8 weeks.")
    d.clause("6.3", "If you are pregnant you must not attend Heated Classes at any stage. After 14 weeks of "
             "pregnancy you may attend only Pregnancy Yoga and Gentle Flow classes.")
    d.h1("7. Children and young people")
    d.clause("7.1", "Only people aged 16 or over may hold a membership. Younger students may attend as follows "
             "(age on the day of the class):")
    d.grid(["Age", "Classes they may attend", "Who must be with them", "Price"],
           [["Under 4", "None", "-", "-"],
            ["4 to 11", "Family Yoga (Sundays 10:00) only", "A parent or guardian taking part in the same class",
             "GBP 6 per child"],
            ["12 to 15", "Studio Classes (not Heated Classes or Workshops)", "A parent or guardian who is a "
             "Member or Class Pass holder, in the same class", "Half the adult drop-in or pass price"],
            ["16 and 17", "All classes except Heated Classes", "No one; a parental consent form is needed",
             "Adult prices"]], [22, 50, 58, 40])
    d.h1("8. Studio rules and liability")
    d.clause("8.1", "Please arrive 10 minutes before class (15 minutes before your first class). Mats can be hired "
             "for GBP 2. Outdoor shoes and phones are not allowed in the studios. Lockers are free; we are not "
             "responsible for belongings left outside them.")
    d.clause("8.2", "Our liability to you is limited to the fees you have paid in the previous 12 months, except "
             "for death or personal injury caused by our negligence. This agreement is governed by the law of "
             "England and Wales.")
    d.signature_block(["Signed by Ms Tamsin Okonjo-Reeve (Member)",
                       "Signed for Amberlune Yoga Ltd by Rhiannon Castellanos-Pike, Studio Manager"])
    d.h1("SCHEDULE 1 - MEMBERSHIP TIERS AND MONTHLY PRICES")
    d.grid(["Tier", "What is included", "Monthly price", "Minimum Term"],
           [["Essentials", "4 classes each calendar month, Studio Classes only", "GBP 45", "3 months"],
            ["Flow", "8 classes each calendar month, including Heated Classes", "GBP 69", "3 months"],
            ["Unlimited", "Unlimited classes and 10% off Workshops", "GBP 105", "6 months"],
            ["Unlimited Annual", "As Unlimited, paid in 12 monthly payments", "GBP 89", "12 months"],
            ["Daytime *", "Unlimited classes starting between 09:30 and 15:30, Monday to Friday", "GBP 52",
             "3 months"]], [32, 80, 30, 28])
    d.para("* Daytime is for students with a valid student card and people aged 65 or over. Unused classes on "
           "Essentials and Flow do not roll over to the next month. A joining fee of GBP 20 is payable on all "
           "Tiers except Unlimited Annual.", size=9, style="I")
    d.para("The Member's membership: Tier: Flow. Start date: 1 February 2028. Billing Date: the 1st of each "
           "month. Joining fee paid: GBP 20. Minimum Term ends: 30 April 2028.", size=10, style="B")
    return d.save("legal/yoga_membership_agreement_amberlune.pdf")


# =============================================================================
# 3. Mobile phone repair service terms
# =============================================================================
def phone_repair_terms():
    d = Doc("Pinfix Phone Repairs - Repair Terms and Price List", "Effective 1 May 2028",
            "Pinfix Repairs Ltd, 14 Market Arcade, Dunmore Vale", accent=(0, 100, 140))
    d.title_block("REPAIR SERVICE TERMS AND PRICE LIST",
                  "These terms apply to every repair carried out by Pinfix Repairs Ltd (\"Pinfix\", \"we\") in "
                  "our shop or by post. They form part of the Repair Ticket you sign when you leave a Device "
                  "with us.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Device\" means the phone or other device left with us. \"Repair Ticket\" means the form "
             "listing the Device, its condition and the repair agreed. \"Collection Notice\" means our text "
             "message or e-mail telling you the Device is ready.")
    d.clause("1.2", "\"Original\" parts are made by or for the Device maker. \"Standard\" parts are good-quality "
             "compatible parts from other makers; a Standard screen may differ slightly in brightness and "
             "colour.")
    d.clause("1.3", "\"Working Day\" means Monday to Saturday, except bank holidays. The shop is open 09:00 to "
             "17:30 on Working Days; repairs are not collected or carried out on Sundays.")
    d.h1("2. Before you leave your Device")
    d.clause("2.1", "Please remove your SIM card, memory card and case, and turn off any tracking or activation lock "
             "(such as Find My Device) so that we can test the Device after the repair. If a lock is left on, we "
             "may not be able to complete the repair, and the repair time starts only when it is removed.")
    d.clause("2.2", "We check the Device in front of you and record on the Repair Ticket any scratches, dents, "
             "missing buttons or faults that we can see, and whether the Device switches on. Please tell us about "
             "any earlier repairs, as a Device that has been opened before may need extra parts.")
    d.clause("2.3", "Repairs by post: send the Device in a padded box using a tracked and insured service. Return "
             "postage is GBP 8 by tracked next-day delivery. We are not responsible for a Device until it reaches "
             "us. We return Devices only to the address written on the Repair Ticket.")
    d.h1("3. Diagnostic fee")
    d.clause("3.1", "If the fault is not obvious, we charge a diagnostic fee of GBP 20. It is deducted from the "
             "repair price if you go ahead with the repair within 14 days. If we cannot repair the Device, you "
             "pay only the diagnostic fee. Diagnosis usually takes 1 Working Day, and we call you with the result "
             "and the price before any repair is started.")
    d.clause("3.2", "For a Device that has been in water or any other liquid, the assessment fee is GBP 35. It is "
             "not refundable and is not deducted from the repair price (clause 8).")
    d.h1("4. Repair prices")
    d.clause("4.1", "Prices include VAT, the part and fitting. For models not listed, ask for a quote. Prices for "
             "Original parts follow the maker's prices and may change; the price written on your Repair Ticket is "
             "the price you pay. If we find a second fault during the repair, we contact you before doing any "
             "extra work.")
    d.grid(["Model", "Screen (Standard)", "Screen (Original)", "Battery", "Charging port", "Rear glass",
            "Rear camera"],
           [["Corvane Aero 11", "GBP 69", "GBP 119", "GBP 49", "GBP 45", "GBP 59", "GBP 75"],
            ["Corvane Aero 12", "GBP 79", "GBP 139", "GBP 55", "GBP 49", "GBP 69", "GBP 89"],
            ["Corvane Aero 12 Max", "GBP 99", "GBP 179", "GBP 62", "GBP 54", "GBP 79", "GBP 109"],
            ["Talon X6", "GBP 65", "GBP 112", "GBP 46", "GBP 39", "GBP 52", "GBP 68"],
            ["Talon X8 Pro", "GBP 108", "GBP 189", "GBP 58", "GBP 48", "GBP 74", "GBP 118"],
            ["Talon Fold 3 *", "-", "GBP 329", "GBP 79", "GBP 57", "GBP 85", "GBP 129"],
            ["Mirel Note 9", "GBP 58", "GBP 94", "GBP 38", "GBP 35", "- **", "GBP 56"],
            ["Mirel Note 10 Lite", "GBP 63", "GBP 99", "GBP 42", "GBP 36", "GBP 44", "GBP 61"]],
           [34, 23, 23, 22, 23, 22, 23])
    d.para("* Talon Fold 3: the price is for the inner folding screen (Original parts only). The outer screen "
           "costs GBP 139.\n"
           "** The Mirel Note 9 has a plastic back: a replacement back cover costs GBP 25.\n"
           "Parts that are not in stock are ordered in (usually 3 to 5 working days); we ask for a deposit of "
           "50% of the repair price before ordering.", size=8.5, style="I")
    d.h1("5. How quickly we repair")
    d.clause("5.1", "Repair times start when we have the Device and any part needed:")
    d.grid(["Service", "When it is ready", "Surcharge"],
           [["Standard", "Within 2 working days", "None"],
            ["Priority", "By 17:00 on the next working day", "GBP 12 per Device"],
            ["Express (while you wait)", "Within 90 minutes; screens and batteries only, booked before 15:00",
             "GBP 25 per Device"]], [45, 90, 35])
    d.clause("5.2", "If we miss the Priority or Express time, we refund the surcharge. Express and Priority are not "
             "available for liquid damage or circuit board repairs.")
    d.h1("6. Our warranty")
    d.clause("6.1", "Our repairs are guaranteed against faults in the part we fitted and in our workmanship for "
             "the periods below, from the date you collect the Device:")
    d.grid(["Repair", "Warranty"],
           [["Screen (Original)", "12 months"],
            ["Screen (Standard)", "6 months"],
            ["Battery", "6 months"],
            ["Charging port, rear camera", "3 months"],
            ["Rear glass or back cover", "3 months"],
            ["Liquid damage treatment or circuit board repair", "30 days"]], [110, 60])
    d.clause("6.2", "The warranty does not cover new accidental damage (such as a cracked screen or liquid), or "
             "a Device that has since been opened by anyone else. A warranty repair is normally completed "
             "within 5 working days.")
    d.clause("6.3", "We are an independent repairer. A repair by us may affect any warranty you have from the "
             "Device maker.")
    d.h1("7. Your data")
    d.clause("7.1", "Please back up your Device before leaving it with us. Some repairs need us to reset the Device "
             "to factory settings, which deletes all data; we will ask your permission first.")
    d.clause("7.2", "We may ask for your passcode so that we can test the Device after the repair; you may "
             "instead remove the passcode, or we test only what can be tested while locked. We do not look at "
             "your photos, messages or other content.")
    d.clause("7.3", "We are not responsible for loss of data during a repair. We do not offer data recovery.")
    d.h1("8. Liquid damage and water resistance")
    d.clause("8.1", "We cannot promise to repair a Device that has been in liquid. Corrosion may continue after "
             "cleaning, so a Device may fail again later. Ultrasonic cleaning costs GBP 49, plus any parts "
             "needed.")
    d.clause("8.2", "Any repair that opens the Device breaks its factory water seal. We fit a new seal, but we "
             "cannot guarantee the Device's water resistance rating after any repair.")
    d.h1("9. Payment and uncollected Devices")
    d.clause("9.1", "Payment is due when you collect the Device, by card or cash. We may keep the Device until the "
             "bill is paid.")
    d.clause("9.2", "We keep a repaired Device free of charge for 30 days after the Collection Notice and send "
             "reminders after 14 and 30 days. From day 31 we charge storage of GBP 1 per day, up to GBP 60.")
    d.clause("9.3", "If a Device is not collected within 90 days after the Collection Notice, we will write to you "
             "giving 14 days' notice, and then we may sell or recycle it. All data is securely erased first. "
             "Money from a sale, less what you owe us, is held for you for 12 months.")
    d.h1("10. Liability and complaints")
    d.clause("10.1", "We record existing faults and damage on the Repair Ticket, and we are not responsible for "
             "them. If we lose or damage a Device through our negligence, we will repair it or pay its market "
             "value. Nothing in these terms affects your statutory rights.")
    d.clause("10.2", "Complaints: in the shop or at help@pinfix.example. We reply within 5 working days.")
    return d.save("legal/phone_repair_terms_pinfix.pdf")


# =============================================================================
# 4. Kidney stones leaflet (question-and-answer)
# =============================================================================
def kidney_stones_leaflet():
    d = Doc("Kidney stones - information for patients", "Leaflet URO-112, March 2028",
            "Ravensholt General Hospital - Department of Urology", accent=(150, 60, 20), body_size=10.5)
    d.title_block("Kidney stones: your questions answered",
                  "For adults who have been seen in the Emergency Department or the Stone Clinic with a kidney "
                  "or ureteric stone. Please read this with the plan your doctor gave you.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is a kidney stone?",
       "A kidney stone is a hard lump that forms from salts in the urine. Small stones may pass down the ureter "
       "(the tube from the kidney to the bladder) and out in the urine. A stone moving down the ureter can "
       "cause severe pain in the side or back that comes in waves (renal colic), often spreading to the groin.")
    qa("Will my stone pass on its own?",
       "That depends mainly on its size, measured on your CT scan:")
    d.grid(["Stone size", "Chance of passing on its own", "What usually happens"],
           [["Under 5 mm", "About 8 in 10", "Most pass within 4 weeks. Drink plenty, take pain relief and sieve "
             "your urine"],
            ["5 to 10 mm", "About 5 in 10", "You may be offered tamsulosin to help the stone pass, and a "
             "review with an X-ray after 4 to 6 weeks"],
            ["11 to 20 mm", "Less than 1 in 10", "Lithotripsy (shock wave treatment) or ureteroscopy (a thin "
             "telescope passed into the ureter)"],
            ["Over 20 mm", "Very unlikely", "Keyhole surgery through the back (PCNL)"]], [30, 45, 95])
    qa("How much should I drink?",
       "Drink 2.5 to 3 litres of fluid a day, spread through the day, so that you pass at least 2 litres of urine. "
       "Your urine should be pale yellow, like straw; dark urine means you need to drink more. In hot weather or "
       "when you exercise, drink an extra 500 ml for each hour. Water is best; adding fresh lemon juice may help "
       "prevent stones. Limit cola to 1 can a day.")
    qa("Do I need to catch the stone?",
       "Yes, if you can. Pass all your urine through the sieve you were given until the stone comes out, and bring "
       "the stone to the clinic in a clean pot. Knowing what it is made of helps us prevent new stones.")
    qa("What can I take for the pain?",
       "Anti-inflammatory painkillers work best for stone pain. Take ibuprofen 400 mg three times a day with food, "
       "for up to 7 days, unless you have been told not to (for example if you have kidney disease, a stomach "
       "ulcer or are pregnant). You can take paracetamol as well: 1 g up to four times a day, no more than 4 g in "
       "24 hours. If you were given codeine, take it only if the other painkillers are not enough; it can cause "
       "constipation and drowsiness, so do not drive while taking it. A warm hot water bottle on your side may "
       "also help.")
    qa("When should I go to A&E?",
       "Go to your nearest Emergency Department straight away if you have any of these:")
    d.bullets(["a temperature of 38 degrees C or above, or shivering and shaking, with your stone pain - an "
               "infection behind a stone needs treatment the same day",
               "pain that is not controlled by the painkillers you have been given",
               "you have passed little or no urine for 12 hours",
               "you are vomiting and cannot keep fluids down",
               "you have only one working kidney or a kidney transplant and get stone pain"])
    d.para("Contact your GP within a few days if you see blood in your urine for more than 3 days, or if your "
           "pain keeps coming back.")
    qa("What is lithotripsy and how long does recovery take?",
       "Extracorporeal shock wave lithotripsy (ESWL) uses shock waves passed through the skin to break the stone "
       "into small pieces, which then pass in the urine. It is done as an outpatient, takes about 45 minutes and "
       "you go home the same day. Some stones need 2 or 3 treatments, at least 2 weeks apart.")
    d.grid(["After lithotripsy", "What to expect and what to do"],
           [["First 24 hours", "Have an adult with you. Do not drive, as you will have had strong pain relief. "
             "Urine may be pink."],
            ["Days 1 to 3", "Blood in the urine should clear. Bruising on the skin of the back is common. Most "
             "people return to desk work after 2 days"],
            ["Up to 6 weeks", "Stone fragments pass and may cause colicky pain; keep sieving your urine and "
             "take pain relief"],
            ["6 weeks", "X-ray at the Stone Clinic to check the fragments have passed"]], [40, 130])
    qa("Should I change my diet?",
       "Most stones are calcium oxalate. Do not cut down on calcium: eat 2 to 3 portions of dairy food or other "
       "calcium a day, as too little calcium makes stones more likely. Eat less than 6 g of salt a day and do "
       "not eat large amounts of meat. If your stone was calcium oxalate, avoid large amounts of spinach, "
       "rhubarb, beetroot, nuts and chocolate. If your stone was uric acid, cut down on red meat, offal and "
       "shellfish and avoid beer. Vitamin C tablets of more than 1 g a day should be avoided.")
    qa("Will I get another stone?",
       "About half of people who have had one stone have another within 10 years. Drinking enough is the most "
       "important thing you can do. If you have had more than one stone, ask about tests at the Stone Clinic.")
    d.para("Stone Clinic nurses: 01632 960 712 (Mon-Fri 09:00-16:30). Out of hours: NHS 111.", size=9.5,
           style="B")
    return d.save("medical/kidney_stones_leaflet_ravensholt.pdf")


# =============================================================================
# 5. Carpal tunnel syndrome leaflet
# =============================================================================
def carpal_tunnel_leaflet():
    d = Doc("Carpal tunnel syndrome - splints, injections and surgery", "Hand Therapy leaflet HT-09",
            "Orrisford Hand Therapy Service - Orrisford Community Hospital", accent=(20, 100, 90))
    d.title_block("Carpal tunnel syndrome",
                  "Information from the hand therapy team about your treatment choices: wrist splints, steroid "
                  "injections and carpal tunnel release surgery.")
    d.h1("What is carpal tunnel syndrome?")
    d.para("The median nerve runs through a narrow tunnel at the front of the wrist. When it is squeezed, you may "
           "feel tingling, numbness or pain in the thumb, index and middle fingers and half of the ring finger, "
           "often worse at night or when holding a phone or steering wheel. Your grip may be weak and you may drop "
           "things. It is common in pregnancy, when it usually settles within 3 months after the baby is born.")
    d.h1("1. Wrist splints")
    d.clause("1.1", "A wrist splint keeps your wrist straight, which takes pressure off the nerve. Wear it at "
             "night, every night, for at least 6 weeks. Most people notice a difference within 2 to 3 weeks.")
    d.clause("1.2", "You may also wear the splint during the day for activities that bring on your symptoms, but "
             "for no more than 2 hours at a time, so that the wrist does not get stiff. Take it off to wash, and "
             "to do your exercises (section 5).")
    d.clause("1.3", "The splint should feel snug but not tight. Take it off and loosen the straps if your fingers "
             "become swollen, cold or blue. Hand wash the lining in cool water and let it dry away from a "
             "radiator.")
    d.clause("1.4", "If your symptoms have not improved after 8 weeks of wearing the splint, contact the hand "
             "therapy team; you may be offered an injection or referred for surgery.")
    d.h1("2. Steroid injections")
    d.clause("2.1", "A steroid injection into the wrist reduces swelling around the nerve. It works within 1 to 2 "
             "weeks for most people. For some people the benefit lasts for good, but for many the symptoms "
             "come back within a few months.")
    d.clause("2.2", "We give no more than 2 injections into the same wrist, at least 3 months apart. If your "
             "symptoms come back within 3 months of an injection, surgery is usually a better choice.")
    d.clause("2.3", "Rest the hand from heavy use for 2 days after the injection. The wrist may ache for up to "
             "48 hours; paracetamol helps. The skin where the needle went in can become thinner or paler. If "
             "you have diabetes, your blood sugar may be higher for up to 5 days, so check it more often.")
    d.h1("3. Carpal tunnel release surgery")
    d.clause("3.1", "The operation cuts the ligament that forms the roof of the tunnel, to make more room for the "
             "nerve. It is done under local anaesthetic as a day case, takes about 15 minutes, and you go home "
             "the same day with a bulky dressing. Night-time tingling often improves within days, but numbness "
             "that has been there a long time may take months to improve, or may not fully recover.")
    d.clause("3.2", "Recovery after surgery:")
    d.grid(["Time after surgery", "What to do"],
           [["Days 1 to 2", "Keep your hand raised above the level of your heart, in a sling when walking. Move "
             "your fingers gently 10 times every hour while awake"],
            ["Day 3", "Take off the bulky dressing, leaving the small plaster over the wound. Keep it dry"],
            ["Days 10 to 14", "Stitches removed by the practice nurse. You can then get the hand wet and start "
             "scar massage with an unperfumed cream, 5 minutes 3 times a day"],
            ["Weeks 2 to 4", "Light use: dressing, washing up, typing, writing. Avoid heavy lifting and "
             "pressing on the palm"],
            ["Weeks 4 to 6", "Gradually build up grip and lifting. Tenderness at the base of the palm "
             "(pillar pain) is common"],
            ["3 months", "Grip strength is usually back to normal; pillar pain can last up to 6 months"]],
           [38, 132])
    d.h1("4. Driving and returning to work")
    d.clause("4.1", "Do not drive while you have the bulky dressing on. You can drive when you can grip the "
             "steering wheel firmly and make an emergency stop, usually 10 to 14 days after surgery. Check "
             "with your insurer if you are unsure.")
    d.clause("4.2", "When you can go back to work depends on your job and whether the operated hand is your "
             "dominant hand:")
    d.grid(["Type of work", "Usual time off after surgery"],
           [["Office or desk work (typing, phone)", "1 to 2 weeks"],
            ["Light manual work (shop work, care work, cleaning)", "3 to 4 weeks"],
            ["Heavy manual work (building, lifting, using vibrating tools)", "6 to 8 weeks"]], [110, 60])
    d.para("If both hands need surgery, the second hand is usually done at least 6 weeks after the first.",
           size=9, style="I")
    d.h1("5. Exercises")
    d.para("Do these exercises gently while you wait for treatment and from day 3 after surgery. Stop any "
           "exercise that makes your tingling worse and tell your hand therapist.")
    d.grid(["Exercise", "How to do it", "Repetitions", "How often"],
           [["Tendon glides", "Move through 5 hand positions: straight fingers, hook fist, full fist, tabletop, "
             "straight fist. Hold each for 3 seconds", "5 times", "3 times a day"],
            ["Median nerve glide", "Arm out to the side, palm up; gently bend the wrist back and tilt your head "
             "away from the hand. Do not hold the stretch", "5 times", "2 times a day"],
            ["Wrist bends", "Forearm on a table, hand over the edge; bend the wrist up and down slowly",
             "10 times", "3 times a day"],
            ["Thumb opposition", "Touch the tip of the thumb to the tip of each finger in turn", "10 times",
             "3 times a day"]], [35, 85, 22, 28])
    d.h1("6. When to get help")
    d.bullets(["The wound becomes red, hot, swollen or oozes, or you have a temperature of 38 degrees C or above: "
               "contact your GP the same day.",
               "Numbness in the fingers that is worse than before the operation and does not improve after 24 "
               "hours: call the hand unit.",
               "Pain that is not controlled by paracetamol and ibuprofen: call the hand unit."])
    d.para("Hand unit: 01632 960 487 (Mon-Fri 08:30-17:00). Out of hours: NHS 111.", size=9.5, style="B")
    return d.save("medical/carpal_tunnel_leaflet_orrisford.pdf")


# =============================================================================
# 6. Glaucoma eye drops leaflet
# =============================================================================
def glaucoma_drops_leaflet():
    d = Doc("Using your glaucoma eye drops", "Patient information EYE-31",
            "Keswold Eye Unit - Glaucoma Service, Keswold Royal Infirmary", accent=(30, 70, 140))
    d.title_block("Using your glaucoma eye drops",
                  "For adults with glaucoma or raised eye pressure (ocular hypertension) who have been prescribed "
                  "eye drops by the Keswold Glaucoma Service.")
    d.h1("Why do I need drops?")
    d.para("Glaucoma damages the optic nerve, usually because the pressure inside the eye is too high. Lost sight "
           "cannot be restored, but lowering the pressure protects the sight you have. Glaucoma often has no "
           "symptoms, so you need to keep using your drops every day even if your eyes feel fine. For most people "
           "treatment is lifelong.")
    d.h1("Your drops and how often to use them")
    d.para("There are several types of glaucoma drops. Your prescription label shows which you have. Use them at "
           "the same times each day:")
    d.grid(["Type of drop (examples)", "How often", "Best time", "Common side effects"],
           [["Prostaglandin analogues (latanoprost, bimatoprost, travoprost)", "Once a day", "In the evening",
             "Red eyes at first; longer, darker eyelashes; the coloured part of the eye may slowly turn browner"],
            ["Beta blockers (timolol)", "Twice a day (gel: once a day)", "Morning and evening, about 12 hours "
             "apart", "Stinging; can slow the heart and make asthma worse"],
            ["Carbonic anhydrase inhibitors (dorzolamide, brinzolamide)", "3 times a day, or twice a day with "
             "a beta blocker", "Spread through the day", "Stinging, blurred vision for a few minutes, a bitter "
             "taste"],
            ["Alpha agonists (brimonidine)", "Twice a day", "Morning and evening", "Tiredness, dry mouth; an "
             "allergy with red, itchy eyelids can start after months"],
            ["Combination drops (e.g. timolol with dorzolamide)", "Twice a day", "Morning and evening",
             "As for each of the drugs they contain"]], [50, 35, 35, 50])
    d.para("Tell us or your GP before starting drops if you have asthma, COPD or a slow heart rate: beta "
           "blockers are usually not suitable. If you become short of breath or wheezy after starting timolol, "
           "stop it and see your GP the same day.", size=9, style="I")
    d.h1("How to put your drops in")
    d.clause("1.", "Wash your hands. Tilt your head back, gently pull down the lower eyelid and let one drop fall "
             "into the pocket. One drop is enough; if you miss the eye, use another.", numw=8)
    d.clause("2.", "Close your eye and press gently on the inner corner, next to the nose, for 2 minutes. This "
             "keeps more of the drop in the eye and less reaches the rest of your body.", numw=8)
    d.clause("3.", "If you use more than one type of drop, wait at least 5 minutes between them, so that the "
             "second does not wash out the first. If you use an eye gel, put it in last, at least 10 minutes "
             "after your other drops.", numw=8)
    d.clause("4.", "Do not let the tip of the bottle touch your eye or eyelashes. Throw away an opened bottle after "
             "28 days, even if there is some left. Keep unopened latanoprost in the fridge (2 to 8 degrees C); "
             "once opened it can be kept at room temperature up to 25 degrees C.", numw=8)
    d.h1("Contact lenses")
    d.para("Most drops contain a preservative that can be absorbed by soft contact lenses. Take your lenses out "
           "before putting in your drops and wait at least 15 minutes before putting them back in. If your eyes "
           "are sore or dry, or you wear lenses every day, ask about preservative-free drops.")
    d.h1("If you miss a dose")
    d.bullets(["Once-a-day drops: if you forget your evening dose, put it in when you remember that night. If you "
               "only remember the next day, skip the missed dose and carry on at the usual time.",
               "Drops used twice or 3 times a day: put in the missed dose as soon as you remember, unless your "
               "next dose is due within 4 hours; then skip the missed dose.",
               "Never put in two doses to make up for a missed one. Missing the odd dose is not dangerous, but "
               "missing doses often lets the pressure rise."])
    d.h1("Check-ups")
    d.para("Your pressure, optic nerve and field of vision are checked at the Glaucoma Service. Keep using your "
           "drops as usual on the day of your appointment and bring them with you. How often you are seen "
           "depends on your glaucoma:")
    d.grid(["Your situation", "Usual check-up"],
           [["Drops just started or changed", "After 6 to 8 weeks"],
            ["Pressure not yet at target, or the field of vision getting worse", "Every 3 to 4 months"],
            ["Glaucoma stable on treatment", "Every 6 to 12 months"],
            ["Raised eye pressure only, low risk (no damage to the nerve)", "Every 12 to 24 months"]], [110, 60])
    d.h1("Driving and the DVLA")
    d.para("If you drive a car or ride a motorcycle, you must tell the DVLA if you have glaucoma in both eyes. If "
           "you drive a bus, coach or lorry, you must tell the DVLA if you have glaucoma in either eye. The DVLA "
           "may ask you to have a field of vision test for driving. You can be fined up to GBP 1,000 if you do "
           "not tell the DVLA about a condition that affects your driving. If you have glaucoma in one eye only "
           "and a car licence, you do not need to tell the DVLA unless your other eye is affected by another "
           "condition.")
    d.para("Some drops blur your vision for a few minutes: wait until your vision is clear before you drive.")
    d.h1("When to get help")
    d.bullets(["Sudden severe eye pain with a red eye, blurred vision, haloes around lights, headache or "
               "vomiting: go to the Eye Casualty or A&E straight away.",
               "Swollen, itchy or red eyelids, or eyes that are sore every time you use your drops: contact the "
               "Glaucoma Service within a week; do not stop your drops without advice.",
               "Running out of drops: order a repeat prescription from your GP at least 7 days before you run "
               "out."])
    d.para("Glaucoma Service helpline: 01632 960 655 (Mon-Fri 09:00-16:00). Eye Casualty: 01632 960 600.",
           size=9.5, style="B")
    return d.save("medical/glaucoma_eye_drops_leaflet_keswold.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([scooter_terms, yoga_membership, phone_repair_terms,
                       kidney_stones_leaflet, carpal_tunnel_leaflet, glaucoma_drops_leaflet], OUT,
                      check_questions)


if __name__ == "__main__":
    sys.exit(main())
