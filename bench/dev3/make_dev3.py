"""Render the third development-set documents (fictional) as PDFs into bench/dev3/docs/.

A third non-blind set, kept as a clean validation set (tune on bench/dev/ and bench/dev2/, measure here),
of kinds that corpora/, bench/blind/, bench/dev/ and bench/dev2/ do not have: a software-as-a-service
subscription agreement with an uptime/service-credit table, a gym membership contract with cancellation
tiers, a residential block management (service-charge) agreement, a DOAC anticoagulant patient leaflet
with a kidney-function dose table, a paediatric fever guideline with age/weight bands and red flags, and a
hospital visiting and patients' property policy. Questions: bench/dev3/questions.jsonl. All names,
products and numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev3/make_dev3.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2025, 12, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 3 (fictional document)", "make_dev3.py", FIXED_DATE)


# =============================================================================
# 1. Software-as-a-service subscription agreement
# =============================================================================
def saas_subscription():
    d = Doc("Tallyloom Payroll Cloud - Subscription Agreement", "Order TL-2026-0193",
            "Tallyloom Software Ltd / Hexley & Marsh LLP - Confidential", accent=(0, 90, 110))
    d.title_block("SOFTWARE-AS-A-SERVICE SUBSCRIPTION AGREEMENT",
                  "between Tallyloom Software Ltd, company no. 10448213 (the \"Provider\") and Hexley & Marsh LLP, "
                  "chartered accountants (the \"Customer\"), for the Tallyloom Payroll Cloud service")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Service\" means the Tallyloom Payroll Cloud payroll processing and payslip portal, hosted by "
             "the Provider. \"Authorised User\" means an employee of the Customer given a login. \"Processed "
             "Employee\" means a person for whom at least one payslip is produced in a calendar month. \"Monthly "
             "Fee\" means the subscription fee for a calendar month under clause 4. \"Working Day\" means Monday "
             "to Friday, excluding bank holidays in England.")
    d.clause("1.2", "\"Availability\" means the percentage of minutes in a calendar month in which the Service can be "
             "logged into and can run a payroll, excluding Excluded Downtime (clause 6.3).")
    d.h1("2. Term and renewal")
    d.clause("2.1", "The Initial Term starts on 1 February 2026 (the \"Commencement Date\") and lasts 36 months.")
    d.clause("2.2", "After the Initial Term the agreement renews automatically for successive periods of 12 months "
             "unless either party gives written notice of non-renewal at least 90 days before the end of the "
             "current term.")
    d.h1("3. Scope of the Service")
    d.clause("3.1", "The Service includes payroll calculation, RTI submissions to HMRC, the employee payslip portal, "
             "auto-enrolment pension files and up to 25 Authorised Users.")
    d.clause("3.2", "The Service does not include: (a) data migration from the Customer's previous payroll "
             "software, which is quoted separately; (b) bespoke reports; (c) the Customer's own payroll decisions, "
             "which remain its responsibility; or (d) support for payroll outside the United Kingdom.")
    d.h1("4. Fees")
    d.clause("4.1", "The Monthly Fee is charged per Processed Employee at the rate for the band that the Customer's "
             "total number of Processed Employees in that month falls into, applied to all of them, subject to the "
             "minimum monthly fee. All fees exclude VAT.")
    d.grid(["Processed Employees in the month", "Fee per Processed Employee per month"],
           [["1 to 250", "GBP 2.40"],
            ["251 to 1,000", "GBP 1.95"],
            ["1,001 to 5,000", "GBP 1.60"],
            ["More than 5,000", "Price on application"]], [80, 70])
    d.clause("4.2", "The minimum monthly fee is GBP 450. Each Authorised User above 25 costs GBP 15 a month.")
    d.clause("4.3", "The Provider invoices monthly in arrears. The Customer pays each invoice within 30 days of the "
             "invoice date. If an undisputed invoice is unpaid 14 days after the Provider sends a written "
             "reminder, the Provider may suspend access to the Service (but not the Customer's right to export its "
             "data) until payment is made.")
    d.clause("4.4", "From the first anniversary of the Commencement Date, the Provider may increase the fees once a "
             "year on 60 days' notice by no more than the CPI rate plus 2 percentage points, and never by more "
             "than 7% in one year.")
    d.h1("5. Support")
    d.clause("5.1", "Support is available by portal and telephone from 08:00 to 18:00 on Working Days, and for "
             "Priority 1 incidents 24 hours a day during the last 5 Working Days of each calendar month.")
    d.grid(["Priority", "Meaning", "First response", "Target fix or workaround"],
           [["P1 - Critical", "Service down, or a payroll run cannot be completed", "30 minutes", "4 hours"],
            ["P2 - High", "Major function failing, payroll can still run", "2 hours", "1 Working Day"],
            ["P3 - Normal", "Minor function failing or a question about use", "1 Working Day", "5 Working Days"],
            ["P4 - Low", "Enhancement request or documentation", "3 Working Days", "Considered for roadmap"]],
           [30, 66, 34, 40])
    d.h1("6. Service level and service credits")
    d.clause("6.1", "The Provider will make the Service available at least 99.9% of each calendar month (the "
             "\"Availability Target\").")
    d.clause("6.2", "If Availability in a month falls below the Availability Target, the Customer is entitled to a "
             "service credit, as a percentage of that month's Monthly Fee, as follows:")
    d.grid(["Availability in the calendar month", "Service credit"],
           [["99.5% or more but below 99.9%", "4% of the Monthly Fee"],
            ["99.0% or more but below 99.5%", "10% of the Monthly Fee"],
            ["97.0% or more but below 99.0%", "18% of the Monthly Fee"],
            ["Below 97.0%", "30% of the Monthly Fee"]], [80, 60])
    d.clause("6.3", "\"Excluded Downtime\" means time the Service is unavailable because of: (a) scheduled "
             "maintenance on Sundays between 01:00 and 05:00 UK time, of which the Provider gives at least 5 "
             "Working Days' notice and which does not exceed 8 hours in a month; (b) a fault in the Customer's own "
             "systems, network or internet connection; (c) suspension under clause 4.3; or (d) a Force Majeure "
             "Event under clause 11.")
    d.clause("6.4", "The Customer must claim a service credit in writing within 30 days after the end of the month "
             "concerned. Credits are deducted from the next invoice and are never paid in cash, except after "
             "termination. Service credits are the Customer's only financial remedy for unavailability, except "
             "under clause 6.5.")
    d.clause("6.5", "If Availability is below 97.0% in any two consecutive months, the Customer may terminate this "
             "agreement by written notice given within 60 days after the second of those months, without paying "
             "for the rest of the term.")
    d.h1("7. Customer data")
    d.clause("7.1", "The Customer owns all payroll data it puts into the Service. The Provider processes it as "
             "processor under the data processing terms in Schedule 2.")
    d.clause("7.2", "The Provider backs up Customer data every 4 hours and keeps each backup for 35 days. In a "
             "disaster, the Provider will restore the Service within 8 hours, with no more than the last 4 hours "
             "of data lost.")
    d.clause("7.3", "For 30 days after this agreement ends, the Customer may export its data in CSV format at no "
             "charge. The Provider then deletes the Customer data from the live Service, and from backups within "
             "a further 60 days.")
    d.h1("8. Liability")
    d.clause("8.1", "Each party's total liability in any contract year is limited to the fees paid and payable in "
             "the 12 months before the event giving rise to the claim. The Provider's liability for HMRC penalties "
             "caused by its own calculation errors is limited to GBP 50,000 in total. Neither party is liable for "
             "loss of profit or indirect loss.")
    d.h1("9. Termination")
    d.clause("9.1", "Either party may terminate this agreement at once by notice if the other commits a material "
             "breach that it does not remedy within 30 days of being asked to, or becomes insolvent.")
    d.clause("9.2", "If the Customer ends this agreement during the Initial Term other than under clause 6.5 or "
             "9.1, it must pay 50% of the minimum monthly fees for the rest of the Initial Term.")
    d.h1("10. Confidentiality")
    d.clause("10.1", "Each party keeps the other's confidential information confidential during this agreement and "
             "for 5 years after it ends.")
    d.h1("11. Force majeure")
    d.clause("11.1", "Neither party is liable for a delay or failure caused by events beyond its reasonable control. "
             "If such an event lasts more than 45 days, either party may terminate by notice.")
    d.signature_block(["Signed for Tallyloom Software Ltd by Owen Treharne, Chief Revenue Officer",
                       "Signed for Hexley & Marsh LLP by Ruth Okafor, Managing Partner"])
    return d.save("legal/saas_subscription_tallyloom_hexley_marsh.pdf")


# =============================================================================
# 2. Gym membership contract
# =============================================================================
def gym_membership():
    d = Doc("Ironbark Fitness - Membership Terms", "Terms IBF-M/2026.1",
            "Ironbark Fitness Ltd, Unit 4, Riverside Retail Park, Wendlebury WB3 8QT", font="Times",
            accent=(170, 60, 0), body_size=10.5)
    d.title_block("MEMBERSHIP CONTRACT AND CLUB TERMS",
                  "These terms, with your membership application, form the contract between you (the \"Member\") and "
                  "Ironbark Fitness Ltd (\"we\", \"us\") for membership of Ironbark Fitness Wendlebury.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Start Date\" means the date your membership starts, shown on your application. \"Minimum "
             "Term\" means the period in clause 3 during which you agreed to stay a member. \"Membership Month\" "
             "means each month starting on the same day of the month as the Start Date. \"Payment Date\" means the "
             "1st day of each calendar month.")
    d.h1("2. Membership options and fees")
    d.grid(["Membership", "Access", "Monthly fee (Flex)", "Monthly fee (12-month)"],
           [["Off-Peak", "Gym only; Mon-Fri 10:00 to 16:00 and weekends after 14:00", "GBP 27.99", "GBP 22.99"],
            ["Anytime", "Gym and group classes, all opening hours", "GBP 38.99", "GBP 32.99"],
            ["Anytime Plus", "Anytime, plus pool, sauna and 2 guest passes a month", "GBP 49.99", "GBP 42.99"],
            ["Student", "Anytime access; full-time student aged 18 to 25 with valid ID", "GBP 26.99", "GBP 21.99"],
            ["Junior (14 to 15)", "Gym only, Mon-Fri 15:30 to 19:00, with induction", "GBP 16.99", "not offered"]],
           [32, 70, 34, 34])
    d.clause("2.1", "A joining fee of GBP 25 is payable on Flex memberships. There is no joining fee on a 12-month "
             "membership.")
    d.clause("2.2", "Members must be aged 16 or over, except Junior members, who need a parent or guardian to sign "
             "the application and must complete an induction before using the gym.")
    d.clause("2.3", "The club is open 06:00 to 22:00 Monday to Friday and 07:00 to 20:00 at weekends and on bank "
             "holidays. It is closed on 25 and 26 December and 1 January.")
    d.h1("3. Minimum term")
    d.clause("3.1", "A Flex membership has no Minimum Term and can be cancelled by giving one month's notice.")
    d.clause("3.2", "A 12-month membership has a Minimum Term of 12 Membership Months from the Start Date. After "
             "the Minimum Term it continues month by month at the 12-month rate until cancelled on one month's "
             "notice.")
    d.h1("4. Cooling-off")
    d.clause("4.1", "If you joined online or by phone, you may cancel within 14 days of the date you joined. We "
             "refund what you paid, less GBP 3.50 for each day on which you visited the club.")
    d.h1("5. Cancelling during the Minimum Term")
    d.clause("5.1", "You may cancel a 12-month membership during the Minimum Term by giving one month's notice and "
             "paying an early cancellation charge based on the Membership Month in which we receive your notice:")
    d.grid(["Notice received in", "Early cancellation charge"],
           [["Membership Months 1 to 4", "GBP 135"],
            ["Membership Months 5 to 8", "GBP 90"],
            ["Membership Months 9 to 11", "GBP 45"],
            ["Membership Month 12", "None (one month's notice only)"]], [70, 70])
    d.clause("5.2", "No early cancellation charge is payable if: (a) you give us a letter from a doctor or "
             "physiotherapist saying you cannot exercise for at least 3 months; (b) you move to a home address "
             "more than 20 miles from any Ironbark club and give us proof of the new address; or (c) you lose your "
             "job involuntarily and give us written evidence.")
    d.clause("5.3", "Notice must be given in writing through the members' app or by email to "
             "membership@ironbark-fitness.example. Notice given verbally at reception is not accepted.")
    d.h1("6. Freezing your membership")
    d.clause("6.1", "You may freeze a membership for 1 to 3 whole months in any 12-month period. The freeze fee is "
             "GBP 6 a month, except for a medical freeze supported by a doctor's letter, which is free.")
    d.clause("6.2", "A freeze request must reach us at least 7 days before the Payment Date on which the freeze is to "
             "start. The Minimum Term is extended by the length of any freeze.")
    d.h1("7. Payments")
    d.clause("7.1", "Fees are paid monthly by Direct Debit on the Payment Date. The first payment covers the rest of "
             "the month in which you join, pro rata, plus the next month.")
    d.clause("7.2", "If a Direct Debit fails we will try to collect it again 7 days later. A second failure on the "
             "same payment adds an administration charge of GBP 12, and your access is suspended until the arrears "
             "are paid. Arrears unpaid for 60 days are passed to a debt collection agency.")
    d.clause("7.3", "We may change the monthly fees by giving at least 30 days' notice. A 12-month member's fee will "
             "not rise during the Minimum Term. If you do not accept a change, you may cancel without a charge by "
             "telling us before it takes effect.")
    d.h1("8. Classes and bookings")
    d.clause("8.1", "Group classes can be booked up to 7 days in advance in the app. If you cancel a booking less "
             "than 2 hours before the class, or do not attend, it counts as a no-show. After 3 no-shows in any 30 "
             "days, you cannot book classes for 7 days.")
    d.clause("8.2", "Personal training is provided by self-employed trainers under separate agreements and is not "
             "part of any membership.")
    d.h1("9. Guests")
    d.clause("9.1", "Anytime Plus members receive 2 guest passes a month, which do not roll over. Other members may "
             "bring a guest for GBP 8 a visit. Guests must be aged 16 or over and must be accompanied by the member.")
    d.h1("10. Club rules and property")
    d.clause("10.1", "Lockers are for use during your visit only. Items left in lockers after closing time are "
             "removed and kept for 14 days, after which they are given to charity.")
    d.clause("10.2", "We are not responsible for loss of or damage to your belongings, except where it is caused by "
             "our negligence.")
    d.clause("10.3", "We may end your membership at once, without refund, for violent or abusive behaviour, for "
             "letting another person use your membership card, or for repeated breaches of the club rules.")
    d.signature_block(["Signed for Ironbark Fitness Ltd (Club Manager)", "Signed by the Member"])
    return d.save("legal/gym_membership_ironbark_wendlebury.pdf")


# =============================================================================
# 3. Residential block management (service-charge) agreement
# =============================================================================
def block_management():
    d = Doc("Calder Wharf - Block Management Agreement", "Agreement ref. PBM/CW/2026",
            "Pennant Block Management Ltd / Calder Wharf RMC Ltd", accent=(40, 100, 50))
    d.title_block("RESIDENTIAL BLOCK MANAGEMENT AGREEMENT",
                  "between Calder Wharf Residents Management Company Ltd (the \"Company\") and Pennant Block "
                  "Management Ltd (the \"Agent\") for Calder Wharf, 1 to 48 Tanners Lane, Ellesby EL2 6HW "
                  "(the \"Development\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Leaseholder\" means the owner of the long lease of a flat in the Development. \"Service Charge "
             "Year\" means 1 April to 31 March. \"Service Charge\" means the Leaseholders' contribution to the costs "
             "of running the Development under their leases. \"Reserve Fund\" means the fund held for major and "
             "cyclical works. \"Working Day\" means Monday to Friday, excluding bank holidays.")
    d.h1("2. Appointment and term")
    d.clause("2.1", "The Company appoints the Agent to manage the common parts of the Development for 3 years from "
             "1 April 2026. After the first 12 months either party may end this agreement by giving 3 months' "
             "written notice.")
    d.clause("2.2", "Either party may end this agreement at once by notice if the other commits a material breach "
             "and does not remedy it within 28 days of a written request.")
    d.h1("3. Scope of services")
    d.clause("3.1", "The Agent will: (a) prepare the annual budget and collect the Service Charge; (b) arrange and "
             "supervise cleaning, gardening, lift and fire-safety contracts; (c) arrange buildings insurance and "
             "handle claims; (d) carry out a site inspection once a month and report to the Company; and "
             "(e) keep accounts and records for the Development.")
    d.clause("3.2", "The Agent will not: (a) manage or repair the inside of any flat, including its windows and "
             "front door, which are the Leaseholder's responsibility under the lease; (b) collect ground rent; "
             "(c) act in any dispute between Leaseholders; or (d) give legal advice.")
    d.h1("4. Service Charge collection")
    d.clause("4.1", "The Agent will send the Company a draft budget by 31 January for the next Service Charge Year. "
             "The Service Charge is payable in two equal half-yearly instalments in advance on 1 April and "
             "1 October.")
    d.clause("4.2", "Each Leaseholder pays the share of the budget set out in their lease, as follows:")
    d.grid(["Flat type", "Flats", "Share of budget per flat", "Share of 2026/27 budget (GBP)"],
           [["1-bedroom flat", "1 to 16", "1.60%", "2,304"],
            ["2-bedroom flat", "17 to 40", "2.15%", "3,096"],
            ["3-bedroom flat", "41 to 46", "2.60%", "3,744"],
            ["Penthouse", "47 and 48", "3.60%", "5,184"]], [40, 26, 48, 52])
    d.para("The 2026/27 budget is GBP 144,000, including a contribution of GBP 21,600 (15% of the budget) to the "
           "Reserve Fund.")
    d.clause("4.3", "Arrears: the Agent sends a reminder 14 days after an instalment is due and a final reminder "
             "after 28 days. After 60 days the Agent may refer the debt to solicitors, but only with the Company's "
             "written approval. An administration charge of GBP 48 is payable by the Leaseholder for each final "
             "reminder, where the lease allows it.")
    d.clause("4.4", "The Agent will prepare the year-end accounts, certified by an independent accountant, within 6 "
             "months after the end of each Service Charge Year. A deficit is charged to Leaseholders as a balancing "
             "charge payable within 30 days; a surplus is credited to the Reserve Fund unless the Company directs "
             "otherwise.")
    d.h1("5. Spending and major works")
    d.clause("5.1", "The Agent may order routine repairs and services within the budget up to GBP 2,000 for any one "
             "item without the Company's approval. Items above that need the written approval of a director of the "
             "Company.")
    d.clause("5.2", "In an emergency that threatens safety or the structure of a building, the Agent may spend up to "
             "GBP 7,500 without approval, and will tell the Company within 1 Working Day.")
    d.clause("5.3", "Where works will cost any one Leaseholder more than GBP 250, or a service contract lasting more "
             "than 12 months will cost any one Leaseholder more than GBP 100 a year, the Agent will carry out the "
             "statutory consultation with Leaseholders before the works or contract are agreed.")
    d.h1("6. Repairs response times")
    d.grid(["Category", "Examples", "Contractor attends within"],
           [["Emergency", "Lift entrapment, flood, fire alarm fault, loss of communal lighting at night",
             "2 hours"],
            ["Urgent", "Lift out of service (no one trapped), door entry failure, roof leak", "24 hours"],
            ["Routine", "Damaged fencing, communal decoration, garden repairs", "10 Working Days"]],
           [30, 100, 40])
    d.h1("7. Fees")
    d.clause("7.1", "The Agent's annual management fee is GBP 285 plus VAT per flat (GBP 13,680 plus VAT in total), "
             "paid quarterly in advance from the Service Charge. It covers the services in clause 3.1.")
    d.clause("7.2", "The following work is charged in addition:")
    d.grid(["Service", "Fee", "Paid by"],
           [["Supervising major works", "10% of the contract sum plus VAT (minimum GBP 600)", "Service Charge"],
            ["Leasehold information pack on a flat sale", "GBP 295 plus VAT", "Selling Leaseholder"],
            ["Registering a notice of assignment or charge", "GBP 90 plus VAT", "Leaseholder"],
            ["Consent to sublet (where the lease requires it)", "GBP 150 plus VAT", "Leaseholder"],
            ["Insurance claim above GBP 5,000", "5% of the settled claim plus VAT", "Service Charge"]],
           [70, 60, 40])
    d.h1("8. Client money and insurance")
    d.clause("8.1", "The Agent holds all Service Charge and Reserve Fund money in a designated client account in "
             "trust for the Company. Interest earned is credited to the Reserve Fund.")
    d.clause("8.2", "The Agent will disclose to the Company and to Leaseholders any commission it receives on the "
             "buildings insurance. The Agent's commission is 8% of the net premium.")
    d.h1("9. Handover")
    d.clause("9.1", "Within 21 days after this agreement ends, the Agent will transfer all funds, the accounts, "
             "contracts, keys and records for the Development to the Company or its new managing agent.")
    d.h1("10. Complaints")
    d.clause("10.1", "A complaint is acknowledged within 3 Working Days and answered within 15 Working Days. If the "
             "complainant remains unhappy, they may refer the complaint to the Property Redress Scheme.")
    d.signature_block(["Signed for Calder Wharf Residents Management Company Ltd by Dilys Ferncombe, Director",
                       "Signed for Pennant Block Management Ltd by Marcus Oyelaran, Head of Block Management"])
    return d.save("legal/block_management_calder_wharf_pennant.pdf")


# =============================================================================
# 4. DOAC anticoagulant patient information leaflet
# =============================================================================
def doac_leaflet():
    d = Doc("Package leaflet: Information for the patient", "Corvaxaban 15 mg and 20 mg film-coated tablets",
            "Halden Pharma UK Ltd - leaflet CVX-PIL-07, revised September 2025", accent=(120, 20, 60))
    d.title_block("CORVAXABAN 15 mg AND 20 mg FILM-COATED TABLETS",
                  "corvaxaban - an anticoagulant (blood thinner) for adults. Read all of this leaflet before you start "
                  "taking this medicine and keep it: you may need to read it again.")
    d.h1("1. What Corvaxaban is and what it is used for")
    d.para("Corvaxaban belongs to a group of medicines called direct oral anticoagulants. It blocks a blood clotting "
           "factor (factor Xa) and so reduces the tendency of the blood to form clots. It is used in adults to:")
    d.bullets(["prevent stroke and blood clots in people with an irregular heartbeat (atrial fibrillation) and at "
               "least one other risk factor;",
               "treat blood clots in the veins of the legs (deep vein thrombosis) or lungs (pulmonary embolism), and "
               "to stop them coming back."])
    d.para("Corvaxaban is not for people with an artificial (mechanical) heart valve. It is not licensed for children "
           "or adolescents under 18 years.")
    d.h1("2. What you need to know before you take Corvaxaban")
    d.clause("2.1", "Do not take Corvaxaban if you are bleeding heavily, have a stomach ulcer that is bleeding now, "
             "have severe liver disease, or are pregnant or breast-feeding.")
    d.clause("2.2", "Tell your doctor or pharmacist if you take any of these, because they change how Corvaxaban "
             "works: ketoconazole or itraconazole (for fungal infections), ritonavir (for HIV), dronedarone (for "
             "heart rhythm), carbamazepine, phenytoin or rifampicin, or the herbal remedy St John's wort.")
    d.clause("2.3", "Painkillers: anti-inflammatory painkillers such as ibuprofen, naproxen or diclofenac, and aspirin "
             "at pain-relief doses, increase the risk of bleeding and should be avoided unless your doctor agrees. "
             "Paracetamol can be taken at normal doses.")
    d.clause("2.4", "Women who could become pregnant should use effective contraception while taking Corvaxaban.")
    d.clause("2.5", "Alcohol: you may drink alcohol in moderation, keeping to no more than 14 units a week. Heavy "
             "drinking increases the risk of bleeding.")
    d.h1("3. How to take Corvaxaban")
    d.para("Always take this medicine exactly as your doctor has told you. Swallow the tablet with water, with a meal "
           "(food helps your body absorb it). If you cannot swallow tablets whole, the tablet may be crushed and "
           "mixed with water or apple puree immediately before you take it.")
    d.h2("Atrial fibrillation: your dose depends on how well your kidneys work")
    d.para("Your doctor works out your kidney function (creatinine clearance, CrCl) from a blood test and your age "
           "and weight.")
    d.grid(["Kidney function (creatinine clearance)", "Usual dose"],
           [["50 mL/min or more", "20 mg once a day, with the evening meal"],
            ["30 to 49 mL/min", "15 mg once a day, with the evening meal"],
            ["15 to 29 mL/min", "15 mg once a day, with extra care; your doctor checks you more often"],
            ["Below 15 mL/min, or on dialysis", "Not recommended - do not take Corvaxaban"]], [80, 90])
    d.h2("Blood clots in the legs or lungs")
    d.para("The usual dose is one 15 mg tablet twice a day for the first 21 days, then one 20 mg tablet once a day. "
           "After at least 6 months of treatment your doctor may lower the dose to 10 mg once a day (using a "
           "different strength).")
    d.h2("If you forget to take a dose")
    d.clause("-", "Once-a-day dose: take the missed tablet as soon as you remember on the same day. If you only "
             "remember the next day, skip the missed dose and take your next dose as usual. Never take two doses "
             "on the same day to make up for a forgotten one.", numw=6)
    d.clause("-", "Twice-a-day dose (first 21 days of treatment for clots): take the missed tablet as soon as you "
             "remember. You may take two 15 mg tablets at the same time to make sure you have 30 mg on that day. "
             "Carry on with one 15 mg tablet twice a day the next day.", numw=6)
    d.h2("If you take more Corvaxaban than you should")
    d.para("Contact your doctor or go to the nearest emergency department straight away, taking the pack with you, "
           "even if you feel well. Taking too much increases the risk of bleeding.")
    d.h2("Kidney blood tests")
    d.para("Your doctor will check your kidney function before you start and then at least once a year. The test is "
           "done every 6 months if you are 75 or over, or frail, or your creatinine clearance is 30 to 49 mL/min, "
           "and every 3 months if it is 15 to 29 mL/min.")
    d.h1("4. Operations, dental treatment and other procedures")
    d.para("Tell every doctor, dentist and nurse that you take Corvaxaban. Do not stop taking it on your own. For a "
           "planned operation, your doctor will usually ask you to take your last dose before the operation as "
           "follows:")
    d.grid(["Kidney function (CrCl)", "Low bleeding-risk procedure", "High bleeding-risk procedure"],
           [["50 mL/min or more", "Last dose at least 24 hours before", "Last dose at least 48 hours before"],
            ["30 to 49 mL/min", "Last dose at least 36 hours before", "Last dose at least 72 hours before"],
            ["15 to 29 mL/min", "Last dose at least 48 hours before", "Last dose at least 96 hours before"]],
           [50, 60, 60])
    d.para("Most dental treatment, including fillings, scale and polish and a simple extraction of up to 3 teeth, can "
           "go ahead without stopping Corvaxaban; your dentist may ask you to miss the morning dose. Cataract "
           "surgery also does not usually need Corvaxaban to be stopped.")
    d.h1("5. Possible side effects")
    d.para("Like all medicines, Corvaxaban can cause side effects, although not everybody gets them. Bleeding is the "
           "most important side effect.")
    d.para("Call 999 or go to an emergency department straight away if you: vomit blood or something that looks "
           "like coffee grounds; pass black, tarry or red stools; cough up blood; have a severe headache, "
           "confusion, weakness on one side or slurred speech; have a nosebleed that does not stop after 10 "
           "minutes of pressure; or have a fall or blow to the head, even if you feel well.", style="B")
    d.para("Common (may affect up to 1 in 10 people): bruising, nosebleeds, bleeding gums, blood in the urine, "
           "heavier periods, tiredness, dizziness, feeling sick, indigestion. Uncommon (up to 1 in 100): itchy "
           "rash, bleeding into a joint, raised liver enzymes in blood tests. Rare (up to 1 in 1,000): yellowing "
           "of the skin or eyes.")
    d.h1("6. How to store Corvaxaban and other information")
    d.para("Store below 30 C. Keep out of the sight and reach of children. Do not use after the expiry date on the "
           "carton. Each tablet contains lactose; if you have been told you cannot tolerate some sugars, talk to "
           "your doctor first. Carry the patient alert card from the pack at all times.")
    d.para("Marketing authorisation holder: Halden Pharma UK Ltd, 9 Fenwright Road, Corley CO7 2LB. "
           "15 mg tablets are red and marked CX15; 20 mg tablets are dark brown and marked CX20. Packs of 28 or 98.")
    return d.save("medical/corvaxaban_doac_leaflet_halden.pdf")


# =============================================================================
# 5. Paediatric fever guideline
# =============================================================================
def fever_guideline():
    d = Doc("Fever in Children Under 5 - Assessment and Antipyretics", "Guideline CG-PAED-014 v3",
            "Hollinsford Children's Hospital - Paediatric Emergency Department. Review date: March 2028",
            accent=(0, 80, 150))
    d.title_block("FEVER IN CHILDREN UNDER 5: ASSESSMENT, ANTIPYRETICS AND SAFETY-NETTING",
                  "Clinical guideline for the paediatric emergency department and urgent treatment centre")
    d.h1("1. Scope")
    d.clause("1.1", "This guideline applies to children aged from birth to their 5th birthday who present with a fever "
             "or a reported fever. Fever is a temperature of 38.0 C or above.")
    d.clause("1.2", "It does not apply to: (a) babies in the neonatal unit; (b) children receiving chemotherapy or "
             "with known immunodeficiency, who follow the febrile neutropenia guideline (CG-ONC-002); (c) children "
             "with sickle cell disease (CG-HAEM-006); or (d) children with a central venous line.")
    d.h1("2. Measuring temperature")
    d.clause("2.1", "Under 4 weeks: use an electronic thermometer in the armpit. From 4 weeks to 5 years: use an "
             "electronic thermometer in the armpit or an infrared tympanic (ear) thermometer. Do not use oral or "
             "rectal thermometers, or forehead chemical strips, in this age group.")
    d.clause("2.2", "A parent's report of a fever must be taken as a fever, even if the child's temperature is normal "
             "on arrival.")
    d.h1("3. Assessment: traffic-light features")
    d.para("Record temperature, heart rate, respiratory rate and capillary refill time in every febrile child. Any "
           "RED feature means high risk of serious illness; any AMBER feature (and no red) means intermediate "
           "risk.")
    d.grid(["", "RED - high risk", "AMBER - intermediate risk"],
           [["Colour", "Pale, mottled, ashen or blue skin, lips or tongue", "Pallor reported by parent or carer"],
            ["Activity", "No response to social cues; does not wake, or does not stay awake; weak, high-pitched or "
             "continuous cry", "Not responding normally to social cues; wakes only with prolonged stimulation; "
             "no smile"],
            ["Breathing", "Grunting; respiratory rate over 60 breaths/min; moderate or severe chest indrawing",
             "Nasal flaring; respiratory rate over 50/min (age 6 to 12 months) or over 40/min (over 12 months); "
             "oxygen saturation 95% or less in air"],
            ["Circulation and fluids", "Reduced skin turgor", "Capillary refill 3 seconds or more; dry mucous "
             "membranes; poor feeding in infants; reduced urine output"],
            ["Other", "Age 0 to 3 months with temperature 38.0 C or above; non-blanching rash; bulging fontanelle; "
             "neck stiffness; seizure lasting over 5 minutes; focal seizure", "Age 3 to 6 months with temperature "
             "39.0 C or above; fever for 5 days or longer; rigors; swelling of a limb or joint"]],
           [28, 72, 72], size=8.5)
    d.h1("4. Management by risk")
    d.clause("4.1", "Any child under 3 months with a temperature of 38.0 C or above: full septic screen (blood "
             "culture, full blood count, CRP, urine; lumbar puncture if under 1 month or unwell) and intravenous "
             "ceftriaxone 80 mg/kg once daily, after senior review. Add amoxicillin if under 1 month, to cover "
             "listeria.")
    d.clause("4.2", "RED features (aged 3 months or over): immediate review by a paediatric registrar or consultant, "
             "senior-led resuscitation if needed, and investigations as for 4.1 guided by clinical findings.")
    d.clause("4.3", "AMBER features only: consider urine, blood tests and chest X-ray by clinical findings. The child "
             "may go home only if a clear diagnosis has been made, a safety-net has been agreed (section 6) and the "
             "child is reviewed by an ST4 or more senior doctor before discharge.")
    d.clause("4.4", "GREEN (no amber or red features): manage at home with written advice and safety-netting.")
    d.h1("5. Antipyretics")
    d.clause("5.1", "Antipyretics are used to relieve distress, not simply to bring the temperature down. They do not "
             "prevent febrile seizures and should not be given for that reason.")
    d.clause("5.2", "Give either paracetamol or ibuprofen. Do not give both at the same time. Consider changing to "
             "the other agent only if the child stays distressed before the next dose is due. Do not give "
             "ibuprofen to a child with chickenpox or who is dehydrated.")
    d.clause("5.3", "Doses by age (use weight-based dosing, paracetamol 15 mg/kg, ibuprofen 10 mg/kg, if the child "
             "is below the 9th centile for weight):")
    d.grid(["Age (typical weight)", "Paracetamol 120 mg/5 mL", "Ibuprofen 100 mg/5 mL"],
           [["3 to 5 months (over 5 kg)", "2.5 mL (60 mg), max 4 doses in 24 hours",
             "2.5 mL (50 mg), max 3 doses in 24 hours"],
            ["6 to 11 months (7 to 10 kg)", "3.75 mL (90 mg), max 4 doses in 24 hours",
             "2.5 mL (50 mg), max 4 doses in 24 hours"],
            ["1 to 2 years (10 to 13 kg)", "5 mL (120 mg), max 4 doses in 24 hours",
             "5 mL (100 mg), max 3 doses in 24 hours"],
            ["3 to 4 years (14 to 18 kg)", "7.5 mL (180 mg), max 4 doses in 24 hours",
             "7.5 mL (150 mg), max 3 doses in 24 hours"]],
           [48, 62, 62], size=8.5)
    d.clause("5.4", "Leave at least 4 hours between doses of paracetamol and at least 6 hours between doses of "
             "ibuprofen. Under 3 months: paracetamol only, and only on the advice of a senior doctor (10 mg/kg "
             "if born before 32 weeks).")
    d.h1("6. Safety-netting and discharge")
    d.clause("6.1", "Give the parent or carer the written leaflet 'Your feverish child' and tell them to return, or "
             "call 999, if the child: has a fit; develops a rash that does not fade when a glass is pressed on it; "
             "becomes harder to wake or floppy; has difficulty breathing; is not drinking or has had no wet nappy "
             "for 12 hours; or if the fever lasts 5 days or more.")
    d.clause("6.2", "Children with amber features who go home are offered a planned review within 24 hours, in the "
             "ambulatory clinic or by phone.")
    d.clause("6.3", "Advise parents to offer regular drinks (breastfeeding continues), to dress the child normally, "
             "and not to sponge the child with tepid water or use a fan.")
    d.clause("6.4", "A child may return to nursery once the fever has settled for 24 hours without antipyretics, "
             "unless the cause needs a longer exclusion.")
    return d.save("medical/fever_under5_guideline_hollinsford.pdf")


# =============================================================================
# 6. Hospital visiting and patients' property policy
# =============================================================================
def visiting_policy():
    d = Doc("Visiting and Patients' Property Policy", "Policy CORP-031, version 4.2",
            "Ashcombe General Hospital NHS Trust - approved by the Patient Experience Committee, June 2025",
            font="Times", accent=(90, 60, 20), body_size=10.5)
    d.title_block("VISITING AND PATIENTS' PROPERTY POLICY",
                  "For all inpatient areas of Ashcombe General Hospital and Ashcombe Community Hospital")
    d.h1("1. Purpose and scope")
    d.clause("1.1", "This policy sets out when and how patients may be visited, and how the Trust looks after "
             "patients' money and belongings. It applies to all inpatient wards. It does not apply to outpatient "
             "clinics or the emergency department, where one companion may stay with each patient, nor to the "
             "secure mental health unit, which has its own policy (MH-009).")
    d.h1("2. Definitions")
    d.clause("2.1", "\"Visitor\" means any person visiting a patient other than a member of staff. \"Nominated "
             "Carer\" means a relative or friend who normally cares for the patient and is named in the patient's "
             "record. \"Valuables\" means cash, bank cards, jewellery, watches, phones, tablets and other items "
             "worth more than GBP 50. \"Nurse in Charge\" means the registered nurse in charge of the ward at the "
             "time.")
    d.h1("3. Visiting times")
    d.grid(["Area", "Visiting times", "Visitors at the bedside"],
           [["Adult wards", "11:00 to 20:00 every day", "2 at a time"],
            ["Critical care (ICU and HDU)", "12:00 to 19:30; rest period 15:00 to 16:00, no visiting",
             "2 at a time; adults only unless agreed"],
            ["Maternity wards", "Birth partner: any time. Other visitors: 14:00 to 19:00", "2 plus birth partner"],
            ["Children's ward (Rowan Ward)", "Parents and carers: any time. Others: 10:00 to 19:00",
             "2 plus parents"],
            ["Ashcombe Community Hospital", "14:00 to 20:00 every day", "3 at a time"]],
           [50, 80, 42])
    d.clause("3.1", "Nominated Carers may visit at any time, and may stay overnight where the Nurse in Charge agrees. "
             "A reclining chair is provided; meals can be bought from the restaurant, which is open 07:30 to 19:00.")
    d.clause("3.2", "A patient who is dying may be visited at any time by as many people as the Nurse in Charge "
             "judges the ward can safely manage.")
    d.clause("3.3", "Children under 12 may visit adult wards only with an adult who is not the patient, and only if "
             "they are well. Children may not visit critical care unless the Nurse in Charge agrees in advance.")
    d.h1("4. Restrictions")
    d.clause("4.1", "During an outbreak of infection (for example norovirus or influenza) the Director of Infection "
             "Prevention and Control may limit visiting on a ward to one visitor per patient a day, except for "
             "Nominated Carers and patients who are dying.")
    d.clause("4.2", "Do not visit if you have had diarrhoea or vomiting in the last 48 hours, or have a fever, "
             "cough or cold symptoms.")
    d.clause("4.3", "Fresh flowers and pot plants are not allowed in critical care, the haematology ward or Rowan "
             "Ward. Latex balloons are not allowed anywhere in the hospital.")
    d.clause("4.4", "The Nurse in Charge may ask a visitor to leave, and security may be called, if the visitor is "
             "aggressive or abusive or under the influence of alcohol or drugs.")
    d.h1("5. Patients' property")
    d.clause("5.1", "Patients are asked to bring in only what they need and to send Valuables home. The Trust accepts "
             "no responsibility for property kept at the bedside, including phones, chargers, glasses, hearing "
             "aids and dentures, unless it is lost or damaged through the negligence of staff.")
    d.clause("5.2", "Valuables that cannot be sent home must be handed to the Nurse in Charge, listed on a property "
             "record signed by two members of staff, and placed in the ward safe. Cash over GBP 100 is taken to "
             "the cashier's office for safekeeping, and the patient is given a receipt.")
    d.clause("5.3", "Cash and Valuables held by the cashier can be collected between 09:30 and 16:00, Monday to "
             "Friday, on showing the receipt. Other items can be collected from the ward at any time.")
    d.clause("5.4", "Property left behind after discharge is kept for 3 months; staff will write to the patient once "
             "during that time. After 3 months, clothing is disposed of and Valuables are handed to the Trust's "
             "finance department, which keeps them for a further 12 months.")
    d.h1("6. Property of patients who die in hospital")
    d.clause("6.1", "Property of a patient who dies is released to the next of kin or executor named in the record, "
             "on proof of identity. Where the total value of cash and Valuables is over GBP 5,000, it is released "
             "only on sight of the grant of probate or letters of administration.")
    d.clause("6.2", "Jewellery the patient was wearing is left on the body when they go to the mortuary, unless the "
             "family asks for it to be removed; it is listed on the property record.")
    d.h1("7. Lost or damaged property: claims")
    d.clause("7.1", "A claim for property lost or damaged while in the Trust's care must be made on form PP-2 to the "
             "Patient Advice and Liaison Service (PALS) within 6 months of the loss.")
    d.clause("7.2", "The Trust pays for property lost through its negligence at its replacement cost less wear and "
             "tear. Claims up to GBP 500 are decided by the ward's matron; claims over GBP 500 go to the Trust's "
             "claims manager. The Trust aims to decide each claim within 28 days.")
    d.clause("7.3", "Lost dentures, glasses and hearing aids are treated as a priority: the ward will arrange a "
             "replacement through the hospital dental, optometry or audiology service where possible, without "
             "waiting for the claim to be decided.")
    d.h1("8. Related documents")
    d.para("Infection Prevention and Control Policy (IPC-001); Safeguarding Adults Policy (SG-004); Complaints "
           "Policy (CORP-012). This policy is reviewed every 3 years.")
    return d.save("medical/visiting_property_policy_ashcombe.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([saas_subscription, gym_membership, block_management,
                       doac_leaflet, fever_guideline, visiting_policy], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
