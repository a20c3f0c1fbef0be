"""Render the twelfth development-set documents (fictional) as PDFs into bench/dev12/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
coworking membership agreement (plans table, deposit, notice by plan, guests, mail, a meeting-room and extras
schedule after the signatures), a car hire purchase agreement (key financial information, withdrawal,
voluntary termination, protected goods, early settlement, an excess-mileage band table and a schedule of
charges after the signatures), a boat mooring licence (fees per metre by length band, residence limits,
insurance, payment by instalments, leaving early, other charges, the vessel schedule at the end), an
antenatal screening leaflet in question-and-answer form (tests by week, chance-result bands, diagnostic
tests, twins), a COPD rescue-pack leaflet (zones table, prednisolone and antibiotic courses, when to tell the
GP) and a post-operative opioid weaning plan for a named (invented) patient (a week-by-week step-down table,
withdrawal, laxatives, driving, disposal). Questions: bench/dev12/questions.jsonl. All names, products and
numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev12/make_dev12.py [--check]
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
Doc = set_doc(lambda: OUT, "Development set 12 (fictional document)", "make_dev12.py", FIXED_DATE)


# =============================================================================
# 1. Coworking membership agreement
# =============================================================================
def coworking_membership():
    d = Doc("Fernhallow Works - Membership Agreement", "Agreement FW-M-2026-0388",
            "Fernhallow Works Ltd - Tidewell Analytics Ltd", accent=(150, 80, 20))
    d.title_block("COWORKING MEMBERSHIP AGREEMENT",
                  "Between Fernhallow Works Ltd, 14 Ropewalk Yard, Calderbridge (\"we\", \"us\") and Tidewell "
                  "Analytics Ltd, company no. 13390512 (the \"Member\"). Start date: 1 December 2026.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Building\" means Fernhallow Works, 14 Ropewalk Yard. \"Plan\" means the membership plan "
             "chosen in the Order Details and described in clause 2. \"Member User\" means an employee or "
             "contractor of the Member named in the member portal. \"Credits\" means the units used to book "
             "meeting rooms, at the rates in the Schedule. \"Business Day\" means Monday to Friday other than a "
             "bank holiday in England.")
    d.clause("1.2", "Order Details: Plan - Dedicated Desk; number of desks - 5; Minimum Term - 3 months from the "
             "start date.")
    d.h1("2. Plans and fees")
    d.clause("2.1", "The Member pays the monthly fee per Member User for its Plan, monthly in advance by direct "
             "debit on the 1st of each month. Each Plan includes the access and monthly Credits shown below:")
    d.grid(["Plan", "Access", "Monthly fee per person", "Credits per month", "Minimum term"],
           [["Hot Desk Flex", "10 days a month, 08:00 to 18:00", "GBP 149", "4", "1 month"],
            ["Hot Desk Unlimited", "Any day, 24 hours", "GBP 249", "8", "1 month"],
            ["Dedicated Desk", "24 hours, own desk and locked pedestal", "GBP 329", "12", "3 months"],
            ["Private Office (per desk)", "24 hours, lockable office", "GBP 465", "20", "6 months"]],
           [38, 50, 30, 24, 28])
    d.para("* Fees exclude VAT at 20%. Unused Credits do not roll over, except on the Private Office plan, which "
           "may carry up to 10 Credits into the next month.", size=8.5, style="I")
    d.clause("2.2", "Services included in every Plan: Wi-Fi, tea and coffee, use of the kitchen and phone booths, "
             "and printing (charged per page at the rates in the Schedule).")
    d.h1("3. Security deposit")
    d.clause("3.1", "For the Dedicated Desk and Private Office plans the Member pays a Security Deposit equal to 1 "
             "month's fees before the start date. No deposit is taken for the Hot Desk plans.")
    d.clause("3.2", "We return the Security Deposit within 30 days after the membership ends, less any unpaid "
             "fees, the cost of lost access cards (GBP 15 each) and the cost of repairing damage beyond fair "
             "wear and tear.")
    d.h1("4. Guests")
    d.clause("4.1", "Each Member User may bring up to 2 guests at a time, free of charge for up to 3 hours a day. "
             "A guest staying longer must buy a day pass at GBP 25. Guests must be signed in at reception and "
             "accompanied at all times, and may not use hot desks while the Member User is out of the Building.")
    d.h1("5. Mail and business address")
    d.clause("5.1", "A business address service is included in the Dedicated Desk and Private Office plans and "
             "costs GBP 35 per month on the Hot Desk plans. Use of the Building as the Member's registered "
             "office address costs GBP 20 per month on every Plan.")
    d.clause("5.2", "We sign for letters and parcels on the Member's behalf. Parcels are held at reception for 10 "
             "Business Days and then returned to the sender. We do not accept perishable goods or parcels over "
             "25 kg.")
    d.h1("6. Fee changes and late payment")
    d.clause("6.1", "We may increase the fees once in any 12 months by giving at least 60 days' written notice. "
             "An increase may not exceed the rise in CPI over the previous 12 months plus 3%.")
    d.clause("6.2", "If a payment is more than 7 days late we may suspend the Member's access cards until it is "
             "paid. A late payment charge of GBP 30 per failed payment applies.")
    d.h1("7. Ending the membership")
    d.clause("7.1", "Either party may end the membership by giving notice through the member portal: 1 month for "
             "the Hot Desk plans, and 2 months for Dedicated Desk and Private Office. Notice may not expire "
             "before the end of the Minimum Term. Notice given by e-mail to the community manager is not valid.")
    d.clause("7.2", "We may end the membership at once by written notice if the Member fails to pay any sum for "
             "more than 21 days, or a Member User seriously or repeatedly breaks the house rules.")
    d.clause("7.3", "On the last day the Member must clear its desks and pedestals and return all access cards. "
             "Items left behind are kept for 14 days and may then be disposed of.")
    d.h1("8. House rules")
    d.bullets(["The quiet zone on the second floor is for silent working; calls must be taken in the phone "
               "booths or the lounge.",
               "Phone booths may be used for up to 60 minutes at a time when others are waiting.",
               "No smoking or vaping anywhere in the Building, including the roof terrace.",
               "Nothing may be fixed to the walls of a desk area or office without our consent."])
    d.h1("9. Liability and insurance")
    d.clause("9.1", "We are not responsible for the Member's property left in the Building. Our total liability "
             "to the Member in any year is limited to 3 months' fees under this agreement, except for death or "
             "personal injury caused by our negligence.")
    d.clause("9.2", "The Member keeps public liability insurance of at least GBP 2,000,000 while any of its Member "
             "Users has 24-hour access.")
    d.h1("10. Law")
    d.clause("10.1", "This agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed for Fernhallow Works Ltd by Marguerite Oduya, Community Director",
                       "Signed for Tidewell Analytics Ltd by Callum Ashworth-Reyes, Operations Manager"])
    d.h1("SCHEDULE - MEETING ROOMS AND EXTRAS")
    d.para("Meeting rooms are booked through the member portal, using Credits first and then at the hourly rate.")
    d.grid(["Room", "Seats", "Credits per hour", "Hourly rate without Credits", "Day rate"],
           [["Nook booth", "2", "1", "GBP 12", "GBP 70"],
            ["Harbour room", "4", "2", "GBP 25", "GBP 150"],
            ["Foundry room", "8", "4", "GBP 45", "GBP 280"],
            ["Long Room (event space)", "40", "Not bookable with Credits", "GBP 120", "GBP 750"]],
           [45, 18, 37, 40, 30])
    d.para("Cancellations: Credits for a booking cancelled less than 24 hours before its start are not returned. "
           "Long Room bookings cancelled 7 to 14 days before the event are charged at 50% of the booking; those "
           "cancelled less than 7 days before are charged at 100% of the booking.")
    d.grid(["Extra", "Price"],
           [["Locker", "GBP 20 per month"],
            ["Printing", "10p per mono page, 40p per colour page"],
            ["Car parking space (waiting list)", "GBP 110 per month"],
            ["Additional access card", "GBP 15"]], [80, 70])
    return d.save("legal/coworking_membership_fernhallow_tidewell.pdf")


# =============================================================================
# 2. Hire purchase agreement (car finance)
# =============================================================================
def hire_purchase():
    d = Doc("Hire Purchase Agreement regulated by the Consumer Credit Act 1974", "Agreement no. BMF-HP-5518204",
            "Brindlecote Motor Finance Ltd - Ms O. Pemberton-Lisle", font="Times", accent=(20, 50, 100),
            body_size=10.5)
    d.title_block("HIRE PURCHASE AGREEMENT",
                  "Brindlecote Motor Finance Ltd, 2 Tanners Row, Harlow Cross (\"we\", \"us\") and Ms Oonagh "
                  "Pemberton-Lisle, 9 Lark Rise, Ennerdale Vale (\"you\"). Supplying dealer: Moorgate Cars "
                  "(Ennerdale) Ltd. Date of agreement: 3 March 2026.")
    d.h1("Key financial information")
    d.grid(["Item", "Details"],
           [["Goods (the \"Vehicle\")", "2023 Valmont Corsa 1.2 petrol hatchback, registration VK23 LPD"],
            ["Cash price", "GBP 16,495.00"],
            ["Deposit (paid by part exchange)", "GBP 2,000.00"],
            ["Amount of credit", "GBP 14,495.00"],
            ["Interest charges", "GBP 3,418.20"],
            ["Option to Purchase Fee", "GBP 10.00, payable with the last monthly payment"],
            ["Total Amount Payable", "GBP 19,923.20"],
            ["Repayments", "48 monthly payments of GBP 373.40 from 3 April 2026"],
            ["Annual fixed interest rate", "5.14% a year"],
            ["APR", "9.9% APR"],
            ["Mileage allowance", "40,000 miles over the agreement (10,000 a year)"]], [60, 110])
    d.h1("1. Ownership")
    d.clause("1.1", "The Vehicle remains our property until you have paid all sums due under this agreement, "
             "including the Option to Purchase Fee of GBP 10. Until then you may not sell it, part exchange it, "
             "give it as security or take it outside the United Kingdom for more than 30 days without our "
             "written consent.")
    d.clause("1.2", "You must keep the Vehicle insured comprehensively with us named as owner, serviced according "
             "to the manufacturer's schedule, and taxed and with a current MOT certificate. GAP insurance is "
             "offered by the supplying dealer under a separate policy; it is not part of this agreement.")
    d.h1("2. Right of withdrawal")
    d.clause("2.1", "You may withdraw from this agreement within 14 days of the day after the date of agreement, by "
             "telling us in writing or by phone. You must then repay the Amount of credit, with interest at GBP "
             "3.88 per day from the date you received the Vehicle, within 30 days of telling us. Withdrawal does "
             "not by itself cancel your purchase of the Vehicle from the dealer.")
    d.h1("3. Payments and missed payments")
    d.clause("3.1", "Monthly payments are collected by direct debit. If a payment is missed we will write to you and "
             "may add the charges in the Schedule of Charges. Missing payments could make it harder for you to "
             "obtain credit.")
    d.clause("3.2", "If you are in arrears by two or more monthly payments we may serve a default notice giving "
             "you at least 14 days to pay. If you do not, we may end the agreement and ask for the Vehicle back.")
    d.clause("3.3", "Protected goods: once you have paid one third of the Total Amount Payable (GBP 6,641.07), we "
             "cannot take the Vehicle back without a court order unless you agree.")
    d.h1("4. Ending the agreement early (voluntary termination)")
    d.clause("4.1", "You may end this agreement at any time before the last payment falls due by telling us in "
             "writing and returning the Vehicle to us. You must then bring your payments up to one half of the "
             "Total Amount Payable (GBP 9,961.60), including any arrears, unless we tell you that a lower sum "
             "will do.")
    d.clause("4.2", "If the Vehicle has not been taken reasonable care of, you must also pay to put it right. "
             "Charges for fair wear and tear are not made; we follow the BVRLA fair wear and tear guide.")
    d.clause("4.3", "If the Vehicle is returned with a recorded mileage above the mileage allowance (pro rata to "
             "the time it was kept), an excess-mileage charge is made on all the excess miles at the rate for "
             "the band they fall in:")
    d.grid(["Miles above the allowance", "Charge per excess mile"],
           [["Up to 2,000 miles", "6p per mile"],
            ["2,001 to 5,000 miles", "9p per mile"],
            ["More than 5,000 miles", "12p per mile"]], [80, 60])
    d.h1("5. Paying off early (early settlement)")
    d.clause("5.1", "You may pay off all or part of this agreement early at any time. On request we will send a "
             "settlement statement within 7 days. The settlement figure includes a rebate of future interest, "
             "but we may add up to 28 days' interest after the date of settlement. Ownership passes to you when "
             "the settlement figure and the Option to Purchase Fee are paid.")
    d.clause("5.2", "Three settlement statements a year are free; further statements cost GBP 10 each.")
    d.h1("6. Complaints")
    d.clause("6.1", "If you are unhappy with our service, contact our Customer Relations team. If we have not "
             "resolved your complaint within 8 weeks, you may refer it to the Financial Ombudsman Service.")
    d.signature_block(["Signed by the Customer, Oonagh Pemberton-Lisle",
                       "Signed for Brindlecote Motor Finance Ltd by Terrence Mbeki-Holt, Credit Manager"])
    d.h1("SCHEDULE OF CHARGES")
    d.para("These charges reflect our costs and are added to your account if the event happens.")
    d.grid(["Charge", "Amount"],
           [["Late payment letter", "GBP 15"],
            ["Returned or cancelled direct debit", "GBP 25"],
            ["Default notice", "GBP 30"],
            ["Tracing agent fee (if we cannot find you or the Vehicle)", "GBP 75"],
            ["Vehicle collection after termination", "GBP 295"],
            ["Vehicle storage after collection", "GBP 18 per day"],
            ["Fourth and later settlement statement in a year", "GBP 10"]], [110, 50])
    return d.save("legal/hire_purchase_brindlecote_pemberton_lisle.pdf")


# =============================================================================
# 3. Boat mooring licence
# =============================================================================
def mooring_licence():
    d = Doc("Carrowmere Marina - Annual Berth Licence 2026/27", "Licence CM-B-2026-117",
            "Carrowmere Marina Ltd - Mr I. Falconbridge", accent=(0, 90, 110))
    d.title_block("ANNUAL BERTH LICENCE",
                  "Carrowmere Marina Ltd (\"the Marina\") grants Mr Idris Falconbridge (\"the Licensee\") a licence "
                  "to keep the Vessel named in the Schedule at the Marina on these terms. This is a licence; it "
                  "gives no tenancy and no right to any particular berth.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Berth\" means the pontoon berth allocated by the Marina. \"Vessel\" means the boat named in "
             "the Schedule. \"LOA\" means the Vessel's length overall, including bowsprit, davits, bathing "
             "platform and outboard brackets, rounded up to the next 0.1 m. \"Licence Period\" means 1 April 2026 "
             "to 31 March 2027. \"Summer Season\" means 1 April to 30 September.")
    d.h1("2. Berth fees")
    d.clause("2.1", "The berth fee is charged per metre of LOA at the rate for the Vessel's length band. Fees "
             "include VAT.")
    d.grid(["LOA band", "Annual fee per metre", "Summer Season only, per metre"],
           [["Up to 6.99 m", "GBP 285", "GBP 190"],
            ["7.00 to 9.99 m", "GBP 340", "GBP 225"],
            ["10.00 to 12.99 m", "GBP 395", "GBP 265"],
            ["13.00 m and over", "GBP 460", "GBP 310"]], [50, 50, 60])
    d.para("* A minimum LOA of 6 m is charged for every Vessel. Multihulls are charged at 1.5 times the rate.",
           size=8.5, style="I")
    d.clause("2.2", "The fee is payable in full by 1 April, or by 10 monthly direct debits from April to January "
             "with a 5% surcharge on the annual fee.")
    d.h1("3. Use of the Berth")
    d.clause("3.1", "The Licensee may not live aboard. The Licensee and guests may stay aboard for no more than 3 "
             "consecutive nights, and no more than 60 nights in the Licence Period.")
    d.clause("3.2", "The Vessel may not be used for any business, charter or hire without the Marina's written "
             "consent. The Berth may not be sublet or lent to another boat.")
    d.clause("3.3", "The speed limit within the Marina is 4 knots, with no wash. Engines may not be run in gear "
             "while the Vessel is moored, except for a short test.")
    d.clause("3.4", "Keys and pontoon gate fobs are issued by the marina office. A replacement fob costs GBP 20.")
    d.h1("4. Insurance and safety")
    d.clause("4.1", "The Licensee must keep the Vessel insured with third-party liability cover of at least GBP "
             "3,000,000, and send a copy of the certificate to the Marina every year.")
    d.clause("4.2", "Vessels with an inboard engine or gas system must hold a valid Boat Safety Scheme "
             "certificate. Portable generators and barbecues are not allowed on the pontoons.")
    d.h1("5. Electricity and services")
    d.clause("5.1", "Shore power is supplied through metered pontoon pillars, paid for by prepayment card at 32p "
             "per kWh. Shore cables must be disconnected when the Vessel is left unattended for more than 7 "
             "days.")
    d.h1("6. Leaving early and moving berths")
    d.clause("6.1", "The Licensee may end this licence by giving 1 month's written notice. If the licence ends "
             "before 30 September, the Marina refunds the annual fee for the whole months remaining, less 25%. "
             "No refund is given for a licence ending after 30 September or for a Summer Season licence.")
    d.clause("6.2", "The Marina may move the Vessel to another berth of a suitable size for operational reasons, "
             "with 7 days' notice except in an emergency.")
    d.h1("7. Sale of the Vessel")
    d.clause("7.1", "This licence is personal to the Licensee and does not pass to the buyer if the Vessel is "
             "sold. A buyer who wishes to keep the Vessel at the Marina must apply for a new licence.")
    d.clause("7.2", "A Vessel sold privately while at the Marina pays a sale commission of 3% of the sale price, "
             "with a minimum of GBP 350. No commission is payable on sales through Carrowmere Brokerage.")
    d.h1("8. Other charges")
    d.grid(["Service", "Charge"],
           [["Visitor berth", "GBP 3.20 per metre per night"],
            ["Lift-out and relaunch (travel hoist)", "GBP 22 per metre"],
            ["Hardstanding ashore", "GBP 9 per metre per month"],
            ["Pressure wash of the hull", "GBP 4 per metre"],
            ["Holding tank pump-out", "GBP 15 per pump-out"]], [80, 70])
    d.h1("9. Ending the licence by the Marina")
    d.clause("9.1", "The Marina may end this licence on 14 days' notice if fees are unpaid for more than 30 days "
             "or the Licensee breaks clause 3 or 4, and may then move the Vessel ashore at the Licensee's cost.")
    d.signature_block(["Signed for Carrowmere Marina Ltd by Philippa Strand, Marina Manager",
                       "Signed by the Licensee, Idris Falconbridge"])
    d.h1("SCHEDULE - VESSEL AND FEE")
    d.grid(["Item", "Details"],
           [["Vessel name", "Seraphine"],
            ["Type", "Motor cruiser, single inboard diesel engine"],
            ["LOA (as measured by the Marina)", "8.4 m"],
            ["Berth", "C-17 (pontoon C)"],
            ["Annual berth fee", "8.4 m x GBP 340 = GBP 2,856.00"],
            ["Payment method", "In full by 1 April 2026"]], [70, 90])
    return d.save("legal/mooring_licence_carrowmere_falconbridge.pdf")


# =============================================================================
# 4. Antenatal screening leaflet
# =============================================================================
def antenatal_screening():
    d = Doc("Screening tests for you and your baby", "Leaflet MAT-031",
            "Hallowmere Hospitals NHS Trust - Maternity Services", accent=(110, 40, 110), body_size=10.5)
    d.title_block("Screening tests for you and your baby",
                  "Information about the screening tests offered in pregnancy at Hallowmere Maternity Unit. "
                  "Please read it before your booking appointment.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("Do I have to have screening?",
       "No. Every test in this leaflet is your choice. You can accept some tests and decline others, and you can "
       "change your mind at any time. Your midwife will record your decision.")
    qa("Which tests are offered, and when?",
       "The table shows the tests offered to every pregnant woman and person at Hallowmere. Weeks are written as "
       "weeks+days of pregnancy.")
    d.grid(["Test", "When it is done", "What it looks for"],
           [["Blood tests for infections", "At the booking appointment, ideally before 10 weeks",
             "HIV, hepatitis B and syphilis"],
            ["Sickle cell and thalassaemia", "By 10 weeks", "Inherited blood conditions"],
            ["Combined test (scan and blood test)", "11+2 to 14+1 weeks", "Down's, Edwards' and Patau's syndromes"],
            ["Quadruple test (blood test)", "14+2 to 20+0 weeks", "Down's syndrome only"],
            ["Anomaly scan", "18+0 to 20+6 weeks", "11 physical conditions, including spina bifida"]],
           [52, 55, 63])
    qa("What if I am too late for the combined test?",
       "If you are past 14+1 weeks, you can have the quadruple test instead. It screens for Down's syndrome only. "
       "If you are past 20+0 weeks, screening for these syndromes is no longer offered.")
    qa("I am expecting twins. Is screening different?",
       "The combined test is offered in twin pregnancies, and a chance is given for each baby. The quadruple test "
       "is not offered in twin pregnancies. You will have extra scans at the Twins Clinic.")
    qa("How are the results given?",
       "The result is a chance, such as 1 in 40 or 1 in 3,000. A result of 1 in 150 or more (for example 1 in "
       "40) is a higher-chance result. Most results are lower-chance results and are sent by post within 2 "
       "weeks. If your result is higher chance, the screening midwife will phone you within 3 working days.")
    d.grid(["Your chance result", "What it means", "What happens next"],
           [["1 in 2 to 1 in 150", "Higher chance", "You are offered NIPT or a diagnostic test (CVS or "
             "amniocentesis)"],
            ["1 in 151 to 1 in 1,000", "Intermediate chance", "A screening midwife talks the result through with "
             "you within 1 week; no further test is routinely offered"],
            ["1 in 1,001 or lower", "Lower chance", "No further test for these syndromes"]], [45, 40, 85])
    qa("What is NIPT?",
       "NIPT (non-invasive prenatal testing) is a blood test from you that looks at pieces of the baby's DNA in "
       "your blood. It is more accurate than the combined test but it is still a screening test, not a "
       "diagnosis. It is offered free after a higher-chance result. Results take 10 to 14 days.")
    qa("What are the diagnostic tests?",
       "A diagnostic test tells you for certain whether the baby has the condition. CVS (taking a tiny sample "
       "from the placenta) is done from 11 to 14 weeks. Amniocentesis (taking some of the fluid around the baby "
       "with a fine needle through the abdomen) is done from 15 weeks. Both carry a chance of miscarriage of "
       "about 1 in 200. Results of the main conditions are usually back within 3 working days.")
    qa("What does the anomaly scan look for?",
       "The scan looks at the baby's bones, heart, brain, spinal cord, face, kidneys and abdomen. It takes about "
       "30 minutes. If the baby is lying in an awkward position, you will be offered a second scan, which must "
       "be done by 23+0 weeks.")
    qa("Who can I talk to?",
       "The antenatal screening team can be reached on 01632 960 745, Monday to Friday, 09:00 to 16:00.")
    return d.save("medical/antenatal_screening_hallowmere.pdf")


# =============================================================================
# 5. COPD rescue pack leaflet
# =============================================================================
def copd_rescue_pack():
    d = Doc("Your COPD rescue pack", "Leaflet RESP-22",
            "Ashbury Community Respiratory Team", accent=(0, 110, 60), body_size=10.5)
    d.title_block("Your COPD rescue pack",
                  "A guide to using the standby tablets for flare-ups (exacerbations) of chronic obstructive "
                  "pulmonary disease. Keep this leaflet with your pack.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is in my rescue pack?",
       "Your pack contains a steroid and an antibiotic. Prednisolone 5 mg tablets: take 30 mg (6 tablets) once a "
       "day for 5 days. Amoxicillin 500 mg capsules: take one capsule three times a day for 5 days. If you are "
       "allergic to penicillin, your pack contains doxycycline 100 mg instead: take 200 mg on day 1, then 100 mg "
       "once a day for 4 more days.")
    qa("When should I start it?",
       "Use the zones below. Only start the pack when you are in the amber zone. Starting early in a flare-up "
       "can stop it getting worse.")
    d.grid(["Zone", "How you are", "What to do"],
           [["Green", "Your usual breathlessness and your usual phlegm", "Take your usual inhalers as "
             "prescribed"],
            ["Amber 1", "More breathless than usual for 2 days or more, or needing your reliever inhaler more "
             "than 4 times a day, but your phlegm is its usual colour", "Start the prednisolone only"],
            ["Amber 2", "As amber 1, and your phlegm has changed colour (yellow or green) or there is more of it",
             "Start the prednisolone and the antibiotic"],
            ["Red", "Breathless at rest, chest pain, new confusion or drowsiness, or oxygen level below 88% on a "
             "pulse oximeter", "Call 999 now"]], [22, 88, 60])
    qa("How should I take the prednisolone?",
       "Take all 6 tablets together in the morning with food. Steroids can keep you awake if taken later in the "
       "day. Stop after 5 days; there is no need to reduce the dose gradually. If you have diabetes, check your "
       "blood sugar 4 times a day while you take prednisolone.")
    qa("Anything to know about doxycycline?",
       "Swallow the capsules whole with a full glass of water while sitting or standing up. Do not take "
       "indigestion remedies or iron tablets within 2 hours of a dose. Doxycycline can make your skin burn more "
       "easily in the sun.")
    qa("Who do I tell when I start the pack?",
       "Tell your GP practice or the COPD nurse within 2 working days of starting the pack, so that your "
       "symptoms can be checked and a replacement pack prescribed.")
    qa("What if I am not getting better?",
       "If you are not improving 48 hours after starting the pack, contact your GP the same day. If you get "
       "worse at any time, or move into the red zone, call 999. If you use more than 2 rescue packs in 12 "
       "months, you will be offered a review with the COPD nurse.")
    qa("I use home oxygen. Should I change it?",
       "No. Do not increase your oxygen above the flow rate on your oxygen prescription, even when you are more "
       "breathless: too much oxygen can be dangerous in COPD.")
    qa("How do I look after my pack?",
       "Keep the pack in a dry place out of the reach of children. Check the expiry dates every 6 months and ask "
       "for a new pack if they are out of date.")
    qa("Who can I contact?",
       "Ashbury Community Respiratory Team: 01632 960 388, Monday to Friday 08:30 to 16:30. Out of hours, call "
       "NHS 111.")
    return d.save("medical/copd_rescue_pack_ashbury.pdf")


# =============================================================================
# 6. Post-operative opioid weaning plan
# =============================================================================
def opioid_weaning_plan():
    d = Doc("Opioid weaning plan after surgery", "Acute Pain Team, Thornbury Royal Infirmary",
            "Thornbury Royal Infirmary - Acute Pain Team", accent=(140, 30, 30))
    d.title_block("YOUR OPIOID WEANING PLAN",
                  "Patient: Mrs Gwendolyn Tarrasch, date of birth 07/09/1961, hospital no. TR-4418093\n"
                  "Operation: lumbar spinal fusion (L4-L5), 24 November 2026. Discharged: 1 December 2026")
    d.para("You have been sent home on oxycodone, a strong opioid painkiller. Opioids help in the first weeks "
           "after surgery, but taking them for longer than needed can cause harm and dependence. This plan "
           "reduces your dose step by step so that you stop completely by 30 December 2026.")
    d.h1("1. Your reducing plan")
    d.para("Oxycodone MR (modified-release, slow-acting) tablets are taken every 12 hours. Oxycodone IR "
           "(immediate-release, quick-acting) 5 mg capsules are for extra pain, no more often than every 4 hours.")
    d.grid(["Step", "Dates", "Oxycodone MR (slow-acting)", "Oxycodone IR 5 mg (quick-acting), if needed"],
           [["Week 1", "2 to 8 December", "10 mg twice a day", "up to 4 doses a day"],
            ["Week 2", "9 to 15 December", "10 mg morning, 5 mg night", "up to 3 doses a day"],
            ["Week 3", "16 to 22 December", "5 mg twice a day", "up to 2 doses a day"],
            ["Week 4", "23 to 29 December", "5 mg at night only", "up to 1 dose a day"],
            ["Stop", "From 30 December", "Stop", "Stop"]], [22, 40, 50, 58])
    d.clause("1.1", "If you have withdrawal symptoms after a step down (sweating, yawning, runny nose, diarrhoea, "
             "restlessness or aching), stay on the current step for one more week before the next reduction. "
             "Do not go back to a higher step.")
    d.clause("1.2", "If your pain is 7 out of 10 or more despite the quick-acting capsules, contact the Acute Pain "
             "Team before changing anything.")
    d.h1("2. Other painkillers")
    d.clause("2.1", "Keep taking paracetamol 1 g four times a day throughout the plan and for 2 weeks after you stop "
             "oxycodone. Do not take ibuprofen or other anti-inflammatory painkillers for 3 months after spinal "
             "fusion, because they can slow the bone healing.")
    d.h1("3. Constipation")
    d.clause("3.1", "Opioids cause constipation. Take senna 15 mg at night and docusate 100 mg twice a day while you "
             "take oxycodone. If your bowels have not opened for 3 days, contact your GP.")
    d.h1("4. Side effects and safety")
    d.clause("4.1", "Feeling sick is common in the first few days; take the tablets with food. Do not drink "
             "alcohol while taking oxycodone.")
    d.clause("4.2", "Call 999 if you are very hard to wake, are breathing fewer than 8 times a minute, or have "
             "pinpoint pupils.")
    d.clause("4.3", "Driving: do not drive during the first 3 days after any change of dose, or at any time if you "
             "feel drowsy. It is an offence to drive if your driving is impaired by medicines.")
    d.h1("5. Prescriptions and unused medicines")
    d.clause("5.1", "You have been given enough oxycodone to complete this plan. Your GP will not issue repeat "
             "prescriptions for oxycodone; any change must be agreed with the Acute Pain Team.")
    d.clause("5.2", "Return any unused tablets or capsules to any pharmacy for safe disposal. Do not flush them "
             "down the toilet or put them in the bin.")
    d.h1("6. Contacts")
    d.para("Acute Pain Team: 01632 960 418, Monday to Friday 08:00 to 18:00. Out of hours: call NHS 111.")
    d.para("Plan written by Sister Aurelia Penhaligon, Clinical Nurse Specialist, Acute Pain Team, 1 December "
           "2026. Copy sent to the GP, Dr Ibrahim Sorensen, Old Mill Surgery.", size=9, style="I")
    return d.save("medical/opioid_weaning_plan_tarrasch.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([coworking_membership, hire_purchase, mooring_licence,
                       antenatal_screening, copd_rescue_pack, opioid_weaning_plan], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
