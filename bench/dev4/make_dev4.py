"""Render the fourth development-set documents (fictional) as PDFs into bench/dev4/docs/.

A fourth non-blind set, written as a clean validation set, of kinds that corpora/, bench/blind/ and
bench/dev/, dev2/, dev3/ do not have: a consumer personal-loan agreement with a repayment schedule and
late-payment fee bands, a home-extension building contract with stage payments, retention and liquidated
damages, a day-nursery terms of business with fee bands by age and a sickness-exclusion table, a warfarin
INR dose-adjustment protocol whose table rows are INR bands, a pre-operative fasting and medicines leaflet
in question-and-answer style, and a diabetes sick-day rules card with ketone and glucose bands.
Questions: bench/dev4/questions.jsonl. All names, products and numbers are invented; the clinical content
is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev4/make_dev4.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2026, 1, 12, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 4 (fictional document)", "make_dev4.py", FIXED_DATE)


# =============================================================================
# 1. Consumer personal-loan agreement (key-facts box first, schedule split over a page break)
# =============================================================================
def personal_loan():
    d = Doc("Fairmile Credit - Fixed-Sum Loan Agreement", "Agreement FC-PL-558302",
            "Fairmile Credit Ltd, 40 Quayside Row, Saltmere SM2 4HD - authorised and regulated (fictional)",
            accent=(20, 70, 120), body_size=9.5)
    d.title_block("FIXED-SUM LOAN AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974",
                  "between Fairmile Credit Ltd (\"we\", \"us\", the \"Lender\") and Imogen Castellane, "
                  "27 Orchard Close, Penhallow PN4 7RS (\"you\", the \"Borrower\")")
    d.h1("Key financial information")
    d.grid(["Item", "Detail"],
           [["Amount of credit", "GBP 12,000.00, paid to your bank account within 2 Working Days of the "
                                 "Agreement Date"],
            ["Duration of the agreement", "48 months from the Agreement Date"],
            ["Rate of interest", "9.48% a year, fixed for the whole term, charged daily on the outstanding balance"],
            ["APR", "9.9% APR"],
            ["Monthly repayment", "47 payments of GBP 301.35 followed by a final payment of GBP 301.22"],
            ["Total charge for credit", "GBP 2,464.67 (all interest; there are no arrangement fees)"],
            ["Total amount payable", "GBP 14,464.67"],
            ["Agreement Date", "16 March 2026"],
            ["Repayment day", "The 18th of each month, the first on 18 April 2026 and the last on 18 March 2030"]],
           [50, 124], size=9)
    d.h1("1. Definitions")
    d.clause("1.1", "\"Agreement Date\" means the date we sign this agreement, shown above. \"Working Day\" means "
             "Monday to Friday, except bank holidays in England. \"Arrears\" means any repayment, or part of one, "
             "that is not paid by its due date. \"Settlement Figure\" means the amount needed to repay the loan in "
             "full on a given date, worked out under clause 6.")
    d.h1("2. Repayments")
    d.clause("2.1", "You must make the repayments shown in the Key financial information by direct debit on the "
             "repayment day. If the repayment day is not a Working Day, we collect on the next Working Day and no "
             "extra interest is charged.")
    d.clause("2.2", "You may change your repayment day to any day from the 1st to the 28th of the month, once in any "
             "12 months, free of charge, by telling us at least 10 Working Days before the next repayment. Changing "
             "the day may change the amount of your final repayment.")
    d.clause("2.3", "Each repayment is used first to pay interest due, then to reduce the amount of credit. The "
             "repayment schedule in the Schedule at the end of this agreement shows how selected repayments are "
             "split between interest and capital, assuming every repayment is made on time.")
    d.h1("3. Right to withdraw")
    d.clause("3.1", "You may withdraw from this agreement without giving any reason within 14 calendar days beginning "
             "with the day after the later of: (a) the Agreement Date; and (b) the day you receive your copy of the "
             "signed agreement. Tell us by phone on 0300 555 0182, by email to withdraw@fairmilecredit.example or "
             "in writing.")
    d.clause("3.2", "If you withdraw, you must repay the amount of credit, with interest of GBP 3.12 for each day "
             "from the day the money reached your account until the day you repay it, no later than 30 calendar "
             "days after the day you gave notice of withdrawal. No other charge applies.")
    d.clause("3.3", "If you do not repay within that 30-day period, the agreement continues as if you had not "
             "withdrawn, and we may collect the repayments in the usual way.")
    d.h1("4. Missed and late payments")
    d.clause("4.1", "If a repayment is not made on time, interest continues to be charged daily on the unpaid balance "
             "at the rate of interest. We may also charge the fees in the table below, according to how many days the "
             "repayment has been overdue. Each fee is charged once per missed repayment, subject to clause 4.3.")
    d.grid(["Days the repayment is overdue", "What we do", "Fee"],
           [["1 to 7 days", "Reminder by text and email; we try the direct debit again on day 5", "No fee"],
            ["8 to 20 days", "Letter asking you to pay or call us", "Late payment fee GBP 12"],
            ["21 to 44 days", "Second letter; phone call from our Customer Support team",
             "Arrears handling fee GBP 18"],
            ["45 to 89 days", "Notice of Sums in Arrears and the arrears information sheet",
             "Arrears notice fee GBP 25"],
            ["90 days or more", "Default notice giving you at least 14 days to pay the Arrears", "Default fee GBP 35"]],
           [46, 96, 32], size=9)
    d.clause("4.2", "We report a repayment to credit reference agencies as missed when it is 30 days or more overdue. "
             "This may make it harder or more expensive for you to borrow in future.")
    d.clause("4.3", "Our total fees for any one missed repayment will never be more than GBP 60, and we will not "
             "charge any fee while we have agreed a repayment plan with you and you keep to it. A failed direct "
             "debit on its own is not charged.")
    d.clause("4.4", "If you are in financial difficulty, contact us as early as possible. We will consider a reduced "
             "payment plan for up to 6 months, during which interest continues to be charged.")
    d.h1("5. Ending the agreement because of default")
    d.clause("5.1", "If a default notice expires without the Arrears being paid, we may end this agreement and ask you "
             "to repay the whole outstanding balance. We cannot do so before the date given in the default notice, "
             "which is at least 14 days after you receive it.")
    d.h1("6. Early settlement")
    d.clause("6.1", "You may repay all or part of the loan early at any time. Ask us for a Settlement Figure, which "
             "stays valid for 28 days from the date we give it to you.")
    d.clause("6.2", "When you repay early we reduce the interest you pay. We may also claim compensation for our "
             "costs: 1% of the amount repaid early if more than 12 months remain between the repayment and the "
             "date the agreement would have ended, or 0.5% of the amount repaid early if 12 months or less remain.")
    d.clause("6.3", "We will not claim compensation: (a) if the total repaid early in any 12-month period is GBP 8,000 "
             "or less; (b) if the repayment is made under a payment protection insurance policy; or (c) in any case, "
             "of more than the interest you would have paid between the repayment and the original end date.")
    d.clause("6.4", "After a partial early repayment, we will reduce the number of repayments (so the loan ends "
             "sooner) unless you ask us, within 10 Working Days, to keep the term and reduce the monthly repayment "
             "instead.")
    d.h1("7. Other important terms")
    d.clause("7.1", "This loan is unsecured. We do not take a charge over your home, car or any other property.")
    d.clause("7.2", "We will send you a statement every 12 months. You may ask for a statement of your account at any "
             "time, free of charge.")
    d.clause("7.3", "Complaints: contact us first. If you are unhappy with our final response, you may refer your "
             "complaint to the Financial Ombudsman Service within 6 months of the date of that response.")
    d.clause("7.4", "We may transfer our rights under this agreement to another lender. Your rights, and the terms "
             "of this agreement, will not change as a result.")
    d.signature_block(["Signed by the Borrower, Imogen Castellane",
                       "Signed for Fairmile Credit Ltd by Daniel Okoro-Price, Head of Lending, on 16 March 2026"])
    d.h1("Schedule - repayment schedule (selected repayments)")
    d.para("All amounts in GBP. Interest is worked out on the balance after the previous repayment, assuming each "
           "repayment is made on its due date. Rows between those shown follow the same pattern.", size=9)
    d.grid(["Repayment no.", "Due date", "Repayment", "Interest", "Capital", "Balance after repayment"],
           [["1", "18 April 2026", "301.35", "94.77", "206.58", "11,793.42"],
            ["2", "18 May 2026", "301.35", "93.14", "208.21", "11,585.21"],
            ["3", "18 June 2026", "301.35", "91.50", "209.85", "11,375.36"],
            ["12", "18 March 2027", "301.35", "76.10", "225.25", "9,410.52"],
            ["13", "18 April 2027", "301.35", "74.32", "227.03", "9,183.49"],
            ["24", "18 March 2028", "301.35", "53.80", "247.55", "6,564.66"],
            ["25", "18 April 2028", "301.35", "51.85", "249.50", "6,315.16"],
            ["36", "18 March 2029", "301.35", "29.29", "272.06", "3,437.09"],
            ["37", "18 April 2029", "301.35", "27.15", "274.20", "3,162.89"],
            ["47", "18 February 2030", "301.35", "4.70", "296.65", "298.86"],
            ["48", "18 March 2030", "301.22", "2.36", "298.86", "0.00"]],
           [24, 34, 26, 24, 24, 42], size=9, align="CENTER")
    return d.save("legal/personal_loan_fairmile_castellane.pdf")


# =============================================================================
# 2. Home-extension building contract (definitions first, schedules at the end)
# =============================================================================
def building_contract():
    d = Doc("Building Contract - Rear Extension, 14 Tamsin Lane", "Contract CV-2026-041",
            "Corrie & Vane Builders Ltd / Adeyemi-Hart - contract documents", font="Times",
            accent=(110, 50, 20), body_size=10)
    d.title_block("BUILDING CONTRACT FOR A HOME EXTENSION",
                  "between Tobi and Ellen Adeyemi-Hart, 14 Tamsin Lane, Brackwood BW6 2JE (the \"Employer\") and "
                  "Corrie & Vane Builders Ltd, company no. 09877120 (the \"Contractor\")")
    d.h1("1. Definitions and interpretation")
    d.clause("1.1", "\"Works\" means the single-storey rear extension, kitchen alterations and associated drainage "
             "shown on drawings LP-101 to LP-118 and described in the Specification. \"Contract Administrator\" "
             "means Lisle Patel Architects, who act for the Employer. \"Contract Sum\" means GBP 148,600 excluding "
             "VAT, which is added at the standard rate.")
    d.clause("1.2", "\"Practical Completion\" means the date the Contract Administrator certifies that the Works are "
             "complete except for minor defects that do not stop the Employer using the extension. \"Rectification "
             "Period\" means 12 months starting on the date of Practical Completion.")
    d.clause("1.3", "\"Working Day\" means Monday to Friday, excluding bank holidays. A reference to a Schedule is to "
             "a schedule at the end of this contract.")
    d.h1("2. Dates and working hours")
    d.clause("2.1", "The Contractor will take possession of the site on 2 March 2026 and complete the Works by 24 July "
             "2026 (the \"Completion Date\"), subject to any extension of time under clause 6.")
    d.clause("2.2", "Noisy work may be carried out only from 08:00 to 18:00 Monday to Friday and from 08:00 to 13:00 "
             "on Saturdays. No work is done on Sundays or bank holidays.")
    d.clause("2.3", "The Employer will continue to live in the house. The Contractor will keep one toilet and a cold "
             "water supply working at all times, and will not turn off the electricity for more than 4 hours on any "
             "day without 48 hours' notice.")
    d.h1("3. Payment")
    d.clause("3.1", "The Contract Sum is paid in stages, as set out in Schedule 1. When a stage is complete the "
             "Contractor sends an application; the Contract Administrator issues a payment certificate within 7 "
             "days of receiving it.")
    d.clause("3.2", "The final date for payment is 14 days after the date of the payment certificate. If the Employer "
             "intends to pay less than the certified amount, it must give a pay less notice no later than 5 days "
             "before the final date for payment, saying how much it will pay and why.")
    d.clause("3.3", "Amounts not paid by the final date for payment carry simple interest at 5% a year above the Bank "
             "of England base rate until paid.")
    d.h1("4. Retention")
    d.clause("4.1", "The Employer may retain 5% of the value of each stage payment (the \"Retention\").")
    d.clause("4.2", "Half of the Retention is released within 14 days after the certificate of Practical Completion. "
             "The remaining half is released within 14 days after the Contract Administrator issues the certificate "
             "of making good at the end of the Rectification Period, once all notified defects have been put right.")
    d.clause("4.3", "The Retention is not held in a separate trust account. It does not apply to payments for "
             "variations valued under Schedule 2 as daywork.")
    d.h1("5. Variations")
    d.clause("5.1", "Only the Contract Administrator may instruct a variation, and only in writing. The Contractor "
             "is not paid for changes made on the Employer's verbal request alone.")
    d.clause("5.2", "Before carrying out any variation expected to cost more than GBP 2,500, the Contractor must give "
             "a written quotation within 5 Working Days of the instruction, and must not start the work until the "
             "quotation is accepted in writing.")
    d.clause("5.3", "Other variations are valued using the rates in the priced Specification where the work is similar "
             "and, where it is not, as daywork at the rates in Schedule 2.")
    d.h1("6. Delay and extension of time")
    d.clause("6.1", "The Contractor must notify the Contract Administrator in writing within 10 Working Days of "
             "becoming aware that the Works will be delayed, giving the cause and the expected delay.")
    d.clause("6.2", "The Contract Administrator will give a fair extension of time where the delay is caused by: "
             "(a) a variation; (b) an act or omission of the Employer; (c) exceptionally adverse weather, meaning "
             "weather worse than would be expected once in 10 years at the site; or (d) delay by a statutory "
             "undertaker such as the water or electricity company.")
    d.clause("6.3", "No extension of time is given for delay caused by shortage of the Contractor's labour or "
             "materials, or by the failure of any of its subcontractors.")
    d.h1("7. Liquidated damages")
    d.clause("7.1", "If the Works are not complete by the Completion Date (as extended under clause 6), the Contractor "
             "will pay or allow the Employer liquidated damages at the rate of GBP 850 for each week or part of a "
             "week between the Completion Date and the date of Practical Completion.")
    d.clause("7.2", "The total liquidated damages are capped at 10% of the Contract Sum (GBP 14,860). The Employer may "
             "deduct them from any payment due, after giving notice of its intention to do so.")
    d.h1("8. Defects")
    d.clause("8.1", "The Employer notifies the Contractor in writing of any defects that appear during the "
             "Rectification Period. The Contractor must put them right within 28 days of the notice at no cost to "
             "the Employer.")
    d.clause("8.2", "Emergency defects - a water leak, a dangerous electrical fault, or a door or window that cannot "
             "be secured - must be attended to within 48 hours of notice, at any time of year.")
    d.clause("8.3", "Defects caused by the Employer's misuse, fair wear and tear, or work by others after Practical "
             "Completion are not the Contractor's responsibility.")
    d.h1("9. Insurance")
    d.clause("9.1", "The Contractor keeps public liability insurance of at least GBP 5 million for any one event and "
             "employer's liability insurance of at least GBP 10 million. The Employer must tell its home insurer "
             "about the Works before they start and keep the existing house insured.")
    d.h1("10. Ending the contract")
    d.clause("10.1", "The Employer may end the contract by written notice if the Contractor suspends the Works without "
             "good reason for 14 days or more, or fails to proceed regularly and diligently, and does not put this "
             "right within 7 days of a warning notice.")
    d.clause("10.2", "The Contractor may suspend the Works after giving 7 days' notice if a certified amount is not "
             "paid by the final date for payment, and may end the contract if the non-payment continues for a "
             "further 14 days.")
    d.h1("11. Disputes")
    d.clause("11.1", "Either party may refer a dispute to adjudication at any time. The adjudicator is nominated by "
             "the Royal Institution of Chartered Surveyors. The Employer, as a residential occupier, may instead "
             "take the dispute to court.")
    d.signature_block(["Signed by the Employer, Tobi Adeyemi-Hart and Ellen Adeyemi-Hart",
                       "Signed for Corrie & Vane Builders Ltd by Marcus Vane, Director"])
    d.h1("Schedule 1 - Stage payments")
    d.para("Each stage is paid only when the stage is complete and, where stated, signed off by building control. "
           "Amounts are before deduction of the Retention (clause 4) and exclude VAT.", size=9.5)
    d.grid(["Stage", "Work completed", "% of Contract Sum", "Amount (GBP)"],
           [["1", "Mobilisation: site set-up, hoarding, skip and welfare facilities", "5%", "7,430"],
            ["2", "Foundations and below-ground drainage, inspected by building control", "15%", "22,290"],
            ["3", "Walls built to wall-plate level, including steel beam over the opening", "20%", "29,720"],
            ["4", "Roof structure, covering and rooflights; extension watertight", "20%", "29,720"],
            ["5", "First fix electrics, plumbing, heating and joinery", "15%", "22,290"],
            ["6", "Plastering, second fix and kitchen installation", "15%", "22,290"],
            ["7", "Practical Completion certified", "10%", "14,860"]],
           [14, 100, 30, 30], size=9)
    d.h1("Schedule 2 - Daywork rates")
    d.para("Used only for variations valued as daywork under clause 5.3. Rates exclude VAT and apply to time on "
           "site; travel time is not charged.", size=9.5)
    d.grid(["Resource", "Rate"],
           [["General labourer", "GBP 32 per hour"],
            ["Skilled tradesperson (bricklayer, carpenter, plasterer)", "GBP 45 per hour"],
            ["Electrician or plumber", "GBP 55 per hour"],
            ["Materials", "Invoiced cost plus 12%"],
            ["Plant and equipment hire", "Invoiced cost plus 10%"]],
           [110, 64], size=9)
    return d.save("legal/building_contract_corrie_vane_adeyemi_hart.pdf")


# =============================================================================
# 3. Day nursery terms of business (fee grid by age band, condition-first exclusion table)
# =============================================================================
def nursery_terms():
    d = Doc("Bramblewick Day Nursery - Terms and Conditions 2026/27", "Parent terms BDN-T/2026",
            "Bramblewick Day Nursery Ltd, The Old Chapel, Mill Street, Bramblewick BK9 3LA", font="Times",
            accent=(40, 110, 60), body_size=10)
    d.title_block("PARENT TERMS AND CONDITIONS 2026/27",
                  "These terms apply from 1 September 2026 to every child with a place at Bramblewick Day Nursery. "
                  "\"Parent\" includes anyone with parental responsibility who signs the registration form.")
    d.h1("1. Opening times")
    d.clause("1.1", "The nursery is open 07:30 to 18:30, Monday to Friday, 51 weeks a year. It is closed on bank "
             "holidays and for the week between Christmas Day and New Year's Day, and for 2 staff training days a "
             "year, which are announced by the end of the previous July. No fees are charged for the training days.")
    d.h1("2. Registration and deposit")
    d.clause("2.1", "A non-refundable registration fee of GBP 60 is payable with the registration form.")
    d.clause("2.2", "A deposit of GBP 300 secures the place. It is returned as a credit against the final invoice when "
             "the child leaves, provided full notice has been given under clause 5. The deposit is not returned if "
             "the Parent cancels the place before the start date.")
    d.h1("3. Fees")
    d.clause("3.1", "Daily fees depend on the child's age band and the session booked. They include breakfast, a hot "
             "lunch, tea, snacks and nappies. Parents of babies provide formula milk.")
    d.grid(["Age band", "Full day (07:30-18:30)", "Morning (07:30-13:00)", "Afternoon (13:00-18:30)"],
           [["Under 2 years", "GBP 78.50", "GBP 46.00", "GBP 44.00"],
            ["2 years to 2 years 11 months", "GBP 72.00", "GBP 42.50", "GBP 40.50"],
            ["3 years until starting school", "GBP 66.00", "GBP 39.00", "GBP 37.00"]],
           [54, 40, 40, 40], size=9.5)
    d.clause("3.2", "A child moves to the next age band, and its fee, on the first day of the month after the "
             "child's birthday.")
    d.clause("3.3", "Government-funded hours are offered over 38 term-time weeks only. For each funded session a "
             "consumables charge of GBP 4.75 covers meals, nappies and outings; Parents who do not want to pay it "
             "may provide their child's meals and nappies instead.")
    d.clause("3.4", "A sibling discount of 10% applies to the fees of the older child while two or more siblings "
             "attend at the same time. It does not apply to funded hours or the consumables charge.")
    d.h1("4. Invoices and payment")
    d.clause("4.1", "Fees are invoiced monthly in advance on the 1st of the month and must be paid by the 5th. An "
             "administration fee of GBP 20 is added to any invoice still unpaid 14 days after the due date.")
    d.clause("4.2", "If fees are 2 months in arrears the nursery may withdraw the child's place with 7 days' notice.")
    d.clause("4.3", "Fees are payable in full during the child's holidays and absence through sickness. Children "
             "attending 3 or more days a week may take up to 2 weeks a year at half fees, if the nursery is told in "
             "writing at least 4 weeks in advance.")
    d.h1("5. Notice")
    d.clause("5.1", "To withdraw a child, or to reduce the sessions booked, the Parent must give 2 calendar months' "
             "written notice, starting on the day the nursery receives it. Fees are payable for the notice period "
             "whether or not the child attends.")
    d.clause("5.2", "A child leaving to start school in September needs only 1 calendar month's notice, if it is given "
             "by 1 July.")
    d.clause("5.3", "Extra sessions may be added at any time if a place is available, and are charged at the rates in "
             "clause 3.")
    d.h1("6. Collection and late collection")
    d.clause("6.1", "Children are released only to the Parent or to an adult named on the collection list, who must "
             "give the agreed password. No one under 16 may collect a child.")
    d.clause("6.2", "If a child is collected after the end of the booked session, a late collection charge applies: "
             "GBP 15 for the first 10 minutes or part of them, then GBP 1.50 for each further minute. The charge "
             "is added to the next invoice.")
    d.clause("6.3", "If a child has not been collected by 19:15 and neither the Parent nor any emergency contact can "
             "be reached, the nursery will follow its safeguarding procedure, which includes telling Children's "
             "Social Care.")
    d.h1("7. Illness and exclusion")
    d.clause("7.1", "Children who are unwell should not attend. If a child becomes ill at nursery, the Parent will be "
             "called and must collect the child within 1 hour.")
    d.clause("7.2", "Children must stay away from nursery for the periods below, which follow the nursery's health "
             "protection advice. Where a condition is not listed, the manager will decide, and may ask for a "
             "doctor's advice.")
    d.grid(["Condition", "Child must stay away", "Notes"],
           [["Diarrhoea and/or vomiting", "Until 48 hours after the last episode", "Applies even if the child seems "
             "well"],
            ["Temperature of 38.0 C or above", "Until 24 hours without a fever and without fever-reducing "
             "medicine", ""],
            ["Chickenpox", "Until all the spots have crusted over", "Usually about 5 days after the rash starts"],
            ["Impetigo", "Until the sores have crusted over, or 48 hours after starting antibiotics", ""],
            ["Scarlet fever", "Until 24 hours after starting antibiotics", "Tell the nursery the same day"],
            ["Measles", "Until 4 days after the rash appears", "Tell the nursery the same day"],
            ["Conjunctivitis", "No need to stay away", "Unless the child is unwell"],
            ["Hand, foot and mouth disease", "No need to stay away", "If the child is well enough"],
            ["Head lice", "No need to stay away", "Treat before returning"],
            ["Any new course of antibiotics", "For the first 24 hours of the course", "In case of a reaction"]],
           [52, 76, 46], size=9)
    d.clause("7.3", "Staff may give prescribed medicines only with the Parent's written consent, in the original "
             "pharmacy container. Paracetamol may be given for a temperature only with consent recorded that day, "
             "and the Parent is then called to collect the child.")
    d.h1("8. Changes to these terms")
    d.clause("8.1", "Fees are reviewed once a year, on 1 September. The nursery gives at least 2 months' written "
             "notice of any change to fees or to these terms.")
    return d.save("legal/nursery_terms_bramblewick.pdf")


# =============================================================================
# 4. Warfarin INR dose-adjustment protocol (band rows, footnotes under the table)
# =============================================================================
def warfarin_protocol():
    d = Doc("Warfarin Maintenance Dosing and INR Management", "Protocol ACS-07 v5",
            "Ardenley Community Anticoagulation Service - approved by the Medicines Safety Group, October 2025",
            accent=(150, 30, 40), body_size=9.5)
    d.title_block("WARFARIN MAINTENANCE DOSING AND INR MANAGEMENT PROTOCOL",
                  "For nurses and pharmacists running community anticoagulation clinics")
    d.h1("1. Scope")
    d.clause("1.1", "This protocol applies to adults on long-term warfarin whose dose is already established "
             "(maintenance phase). Starting warfarin follows protocol ACS-03. It does not apply to patients who are "
             "pregnant, to children, or to patients with a mechanical heart valve in the first 3 months after "
             "surgery, who are managed by the cardiology anticoagulation clinic.")
    d.clause("1.2", "Doses are changed as a percentage of the total weekly dose, rounded so that each daily dose can "
             "be made up from 0.5 mg, 1 mg, 3 mg and 5 mg tablets. Tablet colours: 0.5 mg white, 1 mg brown, 3 mg "
             "blue, 5 mg pink.")
    d.h1("2. Target INR by indication")
    d.grid(["Indication", "Target INR", "Acceptable range"],
           [["Atrial fibrillation", "2.5", "2.0 to 3.0"],
            ["Deep vein thrombosis or pulmonary embolism", "2.5", "2.0 to 3.0"],
            ["Recurrent clot while INR was in range on warfarin", "3.5", "3.0 to 4.0"],
            ["Mechanical aortic valve", "3.0", "2.5 to 3.5"],
            ["Mechanical mitral valve", "3.5", "3.0 to 4.0"]],
           [94, 36, 44], size=9)
    d.h1("3. Dose adjustment for patients with a target INR of 2.5")
    d.para("Check first for a reason for the result: missed or extra doses, a new or stopped medicine, illness, a "
           "change in diet or alcohol. A single out-of-range INR with a clear, temporary cause may need no dose "
           "change (see footnote b).")
    d.grid(["INR result", "Action on warfarin dose", "Next INR test"],
           [["Below 1.5", "Increase weekly dose by 15%. Consider low molecular weight heparin if high clot risk (a)",
             "In 5 to 7 days"],
            ["1.5 to 1.9", "Increase weekly dose by 10%", "In 7 to 14 days"],
            ["2.0 to 3.0", "No change", "Per the recall table (section 5)"],
            ["3.1 to 3.9", "Reduce weekly dose by 10% (b)", "In 7 to 14 days"],
            ["4.0 to 4.9, no bleeding", "Omit 1 dose, then reduce weekly dose by 10%", "In 5 to 7 days"],
            ["5.0 to 7.9, no bleeding", "Omit 2 doses, then reduce weekly dose by 15%", "In 2 to 3 days"],
            ["8.0 or above, no bleeding", "Stop warfarin. Give oral vitamin K (phytomenadione) 2 mg. Restart when INR "
             "is below 5.0", "The next day"],
            ["Above 5.0 with minor bleeding (c)", "Stop warfarin. Give intravenous vitamin K 1 to 3 mg. Restart when "
             "INR is below 5.0", "The next day"],
            ["Any INR with major bleeding", "Stop warfarin. Send to the emergency department for intravenous vitamin "
             "K 5 mg and prothrombin complex concentrate", "As directed by the hospital"]],
           [44, 92, 38], size=9)
    d.para("(a) High clot risk: mechanical valve, or a clot within the last 3 months. (b) If the INR is 3.1 to 3.4 "
           "and there is a clear temporary cause, keep the dose the same and retest in 7 days. (c) Minor bleeding: "
           "nosebleeds, bruising, bleeding gums. For patients with a target INR of 3.0 or 3.5, add 0.5 or 1.0 "
           "respectively to each INR value in the first column.", size=8.5)
    d.h1("4. Missed doses and illness")
    d.clause("4.1", "A patient who misses a dose should take it the same day if they remember before midnight; "
             "otherwise leave it out. Never take a double dose the next day. Tell the clinic at the next test.")
    d.clause("4.2", "If a patient starts an antibiotic, antifungal (for example fluconazole) or amiodarone, test the "
             "INR within 3 to 5 days of starting it. If a patient has diarrhoea or vomiting for more than 2 days, "
             "test within 3 days.")
    d.clause("4.3", "Advise patients to keep alcohol below 14 units a week, spread over the week, and not to binge "
             "drink. Cranberry juice and grapefruit juice should be avoided in large amounts.")
    d.h1("5. Recall intervals when the INR is in range")
    d.grid(["Consecutive INRs in range (same dose)", "Next test in"],
           [["1", "1 week"],
            ["2", "2 weeks"],
            ["3", "4 weeks"],
            ["4", "6 weeks"],
            ["5 or more", "8 weeks, up to a maximum of 12 weeks"]],
           [100, 74], size=9)
    d.clause("5.1", "Any dose change, or an INR out of range, restarts the count at zero. The maximum interval "
             "between tests for any patient is 12 weeks.")
    d.h1("6. Procedures and referral")
    d.clause("6.1", "For dental extractions, check the INR within 72 hours before treatment; extractions can go ahead "
             "without stopping warfarin if the INR is below 4.0.")
    d.clause("6.2", "For other surgery, stop warfarin 5 days before and check the INR the day before; follow the "
             "surgical team's bridging plan.")
    d.clause("6.3", "Refer to the anticoagulation pharmacist for review if the patient's time in therapeutic range "
             "is below 60% over the last 6 months, or if there have been 2 or more INRs of 5.0 or above in 6 months, "
             "to consider whether a DOAC would be more suitable.")
    return d.save("medical/warfarin_inr_protocol_ardenley.pdf")


# =============================================================================
# 5. Pre-operative fasting and medicines leaflet (question-and-answer style)
# =============================================================================
def fasting_leaflet():
    d = Doc("Before your operation: eating, drinking and your medicines", "Leaflet KVH-PAU-12",
            "Kestrel Vale Hospital - Pre-operative Assessment Unit. Review date: May 2028",
            accent=(0, 100, 120), body_size=10)
    d.title_block("BEFORE YOUR OPERATION: EATING, DRINKING AND YOUR MEDICINES",
                  "Questions and answers for adults and for parents of children having surgery at Kestrel Vale "
                  "Hospital")
    d.h2("Why do I have to stop eating and drinking?")
    d.para("When you have an anaesthetic your body's reflexes stop working. If there is food or liquid in your stomach "
           "it could come up into your throat and lungs. This is why it is important to follow these instructions. "
           "The times are counted back from your admission time, shown on your admission letter, not from the time "
           "of your operation.")
    d.h2("When must I stop eating and drinking?")
    d.grid(["What you eat or drink", "Stop this long before your admission time", "Morning list (admission 07:00)",
            "Afternoon list (admission 12:00)"],
           [["Food, including snacks, sweets and chewing gum; milk and milky drinks", "6 hours", "Stop at 01:00",
             "Stop at 06:00"],
            ["Formula milk or cow's milk (babies)", "6 hours", "Stop at 01:00", "Stop at 06:00"],
            ["Breast milk (babies)", "4 hours", "Stop at 03:00", "Stop at 08:00"],
            ["Clear fluids: water, squash, black tea or coffee without milk", "1 hour", "Stop at 06:00",
             "Stop at 11:00"],
            ["Alcohol", "24 hours", "Stop at 07:00 the day before", "Stop at 12:00 the day before"]],
           [58, 40, 38, 38], size=9)
    d.h2("Can I have a sip of water with my tablets?")
    d.para("Yes. You may take your usual morning tablets with a small sip of water (up to 30 mL) at any time, even "
           "after your last clear drink.")
    d.h2("I have been given carbohydrate drinks. When do I take them?")
    d.para("If you are on our enhanced recovery programme, drink 2 bottles of the carbohydrate drink the evening "
           "before surgery and 1 bottle 2 hours before your admission time. Do not take these drinks if you have "
           "diabetes, unless the pre-operative assessment nurse has told you to.")
    d.h2("What happens if I forget and eat something?")
    d.para("Tell the nurse when you arrive. Do not hide it: your operation may need to be moved later in the day or "
           "to another day, but it is much safer than having an anaesthetic with food in your stomach.")
    d.h2("Can I smoke or vape on the day?")
    d.para("Please do not smoke or vape from midnight before your operation. Stopping smoking at least 6 weeks before "
           "surgery reduces the risk of chest and wound problems; ask us about free stop-smoking support.")
    d.h2("Which medicines should I stop before my operation?")
    d.para("Most medicines should be taken as normal, including on the morning of your operation. The table lists the "
           "exceptions. \"Days before\" means the number of days before the day of your operation on which you take "
           "your last dose: for example, stopping 7 days before an operation on a Monday means your last dose is on "
           "the Monday of the week before. If your pre-operative assessment nurse has given you different written "
           "instructions, follow those.")
    d.grid(["Medicine", "What to do"],
           [["Aspirin 75 mg taken for your heart or a previous stroke", "Keep taking it unless your surgeon tells you "
             "to stop"],
            ["Clopidogrel or prasugrel", "Stop 7 days before your operation"],
            ["Ticagrelor", "Stop 5 days before your operation"],
            ["Warfarin", "Stop 5 days before your operation; you will have an INR blood test the day before"],
            ["Apixaban, rivaroxaban or edoxaban", "Stop 2 days before your operation"],
            ["Dabigatran", "Stop 3 days before your operation (4 days if you have kidney problems)"],
            ["Metformin", "Take as normal the day before. Morning list: miss the morning dose. Afternoon list: take "
             "the morning dose and miss the lunchtime dose"],
            ["Dapagliflozin, empagliflozin or canagliflozin (\"flozins\")", "Stop 3 days before: take no dose on "
             "the 2 days before the operation or on the day itself"],
            ["Ertugliflozin", "Stop 4 days before your operation"],
            ["Long-acting insulin taken in the evening", "Take 80% of your usual dose the evening before"],
            ["Ramipril, lisinopril, losartan or candesartan", "Do not take on the morning of your operation"],
            ["Water tablets (furosemide, bendroflumethiazide)", "Do not take on the morning of your operation"],
            ["Combined contraceptive pill", "Stop 4 weeks before major surgery or surgery on your leg; use another "
             "method of contraception"],
            ["Hormone replacement therapy (HRT)", "Keep taking it"],
            ["Herbal remedies, fish oil and garlic supplements", "Stop 7 days before your operation"],
            ["St John's wort", "Stop 14 days before your operation"]],
           [72, 102], size=9)
    d.h2("What about my inhalers and other tablets?")
    d.para("Take inhalers, epilepsy medicines, Parkinson's medicines, thyroid tablets and heart tablets not listed "
           "above as normal, with a sip of water. Bring all your medicines, in their boxes, with you on the day.")
    d.h2("What if I feel unwell before my operation?")
    d.para("Phone the Pre-operative Assessment Unit on 01632 960 417 (08:00 to 16:00, Monday to Friday) if, in the 48 "
           "hours before your admission, you develop a cough, cold, fever, diarrhoea or vomiting, or if you think you "
           "might be pregnant. Your operation may need to be postponed.")
    d.h2("Does this apply to my child?")
    d.para("Yes, with the times in the table for babies. Children may have clear fluids until 1 hour before their "
           "admission time, the same as adults; we would rather your child kept drinking until then than arrived "
           "thirsty.")
    return d.save("medical/preop_fasting_medicines_kestrel_vale.pdf")


# =============================================================================
# 6. Diabetes sick-day rules card (card-style two columns, ketone and glucose band tables)
# =============================================================================
def sick_day_rules():
    d = Doc("Sick Day Rules - Adults Using Insulin", "Card MDC-SD-02 (2026)",
            "Marrowfield Diabetes Centre, Marrowfield General Hospital - for adults aged 18 and over",
            accent=(120, 40, 120), body_size=9.5)
    d.title_block("SICK DAY RULES FOR ADULTS WHO USE INSULIN",
                  "Type 1 diabetes, and type 2 diabetes treated with insulin. Keep this card with your meter. "
                  "Children and young people under 18 use the paediatric card MDC-SD-05.")
    d.two_col([
        ("h", "When do these rules apply?"),
        ("p", "When you are ill with a fever, an infection, flu or COVID-19, vomiting or diarrhoea, or after an injury "
              "or dental treatment that stops you eating normally. Illness usually makes blood glucose rise, even if "
              "you are eating less."),
        ("h", "Rule 1 - Never stop your background insulin"),
        ("p", "Keep taking your long-acting (basal) insulin at the usual time and dose, even if you cannot eat. You "
              "may need more insulin, not less, when you are ill."),
        ("h", "Rule 2 - Check more often"),
        ("p", "Check your blood glucose at least every 2 hours, including through the night. Check blood ketones every "
              "2 hours if your glucose is 13.0 mmol/L or above. If you take a flozin (SGLT2 inhibitor), check ketones "
              "even if your glucose is normal, because ketoacidosis can happen at normal glucose levels."),
        ("h", "Rule 3 - Keep drinking"),
        ("p", "Drink at least 100 mL of sugar-free fluid every hour while awake, which is about 2.5 to 3 litres a day. "
              "Sip slowly if you feel sick."),
        ("h", "Rule 4 - Replace meals you cannot eat"),
        ("p", "If you cannot eat, have 15 to 20 g of carbohydrate every 1 to 2 hours instead, for example 150 mL of "
              "fruit juice, 200 mL of milk, or a scoop of ice cream. Keep taking your mealtime insulin for the "
              "carbohydrate you do have."),
    ], size=9)
    d.h1("Extra insulin by blood ketone level")
    d.para("Work out your total daily dose (TDD): add up all the insulin you took yesterday, background and mealtime. "
           "Give the extra insulin as rapid-acting (mealtime) insulin, on top of your usual doses.")
    d.grid(["Blood ketones", "Urine ketones (if no blood meter)", "What to do"],
           [["Below 0.6 mmol/L", "Negative", "Normal. If glucose is 13.0 mmol/L or above, give your usual correction "
             "dose. Recheck glucose in 2 hours"],
            ["0.6 to 1.4 mmol/L", "+ (trace or small)", "Give an extra 10% of your TDD. Recheck glucose and ketones in "
             "2 hours"],
            ["1.5 to 2.9 mmol/L", "++ (moderate)", "Give an extra 20% of your TDD. Recheck glucose and ketones in 2 "
             "hours. Phone the diabetes team now"],
            ["3.0 mmol/L or above", "+++ or more (large)", "Risk of diabetic ketoacidosis (DKA). Go to the emergency "
             "department or phone 999 now"]],
           [38, 44, 92], size=9)
    d.para("Insulin pump users: if ketones are 1.5 mmol/L or above, give the extra insulin by pen or syringe, not "
           "through the pump, then change the cannula and the insulin in the pump.", size=9, style="B")
    d.h1("Extra insulin by blood glucose when ketones are below 0.6 mmol/L")
    d.grid(["Blood glucose", "Extra rapid-acting insulin with each check"],
           [["4.0 to 12.9 mmol/L", "None - usual doses"],
            ["13.0 to 16.9 mmol/L", "2 units (or 5% of TDD if your TDD is over 60 units)"],
            ["17.0 to 21.9 mmol/L", "4 units (or 10% of TDD if your TDD is over 60 units)"],
            ["22.0 mmol/L or above", "6 units (or 15% of TDD if your TDD is over 60 units) and phone the "
             "diabetes team"]],
           [60, 114], size=9)
    d.para("Do not give extra insulin more often than every 2 hours. If your glucose is below 4.0 mmol/L, treat the "
           "hypo first with 15 to 20 g of fast-acting carbohydrate and recheck after 15 minutes.", size=9)
    d.h1("Tablets to pause while you are ill")
    d.para("If you are vomiting, have diarrhoea or cannot drink normally, pause these medicines: metformin; flozins "
           "(dapagliflozin, empagliflozin, canagliflozin); gliclazide and other sulfonylureas, which can cause hypos "
           "when you are not eating; ramipril and other ACE inhibitors; losartan and other ARBs; water tablets "
           "(diuretics); and anti-inflammatory painkillers such as ibuprofen. Restart them 24 to 48 hours after you "
           "are eating and drinking normally. Do not pause your insulin.")
    d.h1("When to get help")
    d.para("Phone the Marrowfield diabetes team on 01632 960 288 (08:30 to 17:00, Monday to Friday; at other times "
           "phone NHS 111) if: your blood ketones are 1.5 mmol/L or above; your glucose stays above 13.0 mmol/L "
           "after 2 extra doses of insulin; you have vomited more than twice in 4 hours or cannot keep fluids down; "
           "your glucose is below 4.0 mmol/L twice in 24 hours; or you are not improving after 24 hours.")
    d.para("Phone 999 or go to the emergency department straight away if your blood ketones are 3.0 mmol/L or above, "
           "or if you have stomach pain, fast or deep breathing, a fruity smell on your breath, or you are very "
           "drowsy or confused.", style="B")
    return d.save("medical/sick_day_rules_insulin_marrowfield.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([personal_loan, building_contract, nursery_terms,
                       warfarin_protocol, fasting_leaflet, sick_day_rules], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
