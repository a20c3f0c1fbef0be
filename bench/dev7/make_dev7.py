"""Render the seventh development-set documents (fictional) as PDFs into bench/dev7/docs/.

A clean validation set, written without reading the reader's code, of kinds the other sets do not have:
a domestic cleaning and home-care services contract (visit charges by time band, cancellation notice by
hours, price review), a legal case-management software order form with a user-tier price table and an
uptime service-credit schedule, an employment settlement agreement (payment dates, confidentiality,
reference, tax indemnity), an adult asthma action plan (peak-flow zones as % of best), a gestational
diabetes antenatal leaflet (glucose targets, when to phone, appointments by week) and a travel-clinic
vaccination protocol (ages, dose intervals, contraindications, catch-up table).
Questions: bench/dev7/questions.jsonl. All names, products and numbers are invented; the clinical content
is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev7/make_dev7.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document with this set's metadata; OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 7 (fictional document)", "make_dev7.py", FIXED_DATE)


# =============================================================================
# 1. Domestic cleaning and home-care services contract (rates in a schedule at the end)
# =============================================================================
def home_services():
    d = Doc("Brightwell Home Services - Client Agreement", "Agreement BHS/C/4471",
            "Brightwell Home Services Ltd, 12 Tanner's Yard, Ockendale OK4 9RD", font="Times",
            accent=(40, 110, 60), body_size=10.5)
    d.title_block("DOMESTIC CLEANING AND HOME SUPPORT SERVICES AGREEMENT",
                  "between Brightwell Home Services Ltd (\"Brightwell\", \"we\") and Mrs Ingrid Pellow of "
                  "7 Larch Close, Ockendale (the \"Client\", \"you\"). Agreement date: 9 November 2026.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Visit\" means an attendance at the Property by a Worker for a booked length of time. "
             "\"Worker\" means a cleaner or home support worker employed by Brightwell. \"Property\" means the "
             "Client's home at the address above. \"Time Band\" means a period of the week set out in Schedule 1, "
             "Part A, which decides the hourly rate of a Visit. \"Bank Holiday\" means a bank holiday in England, "
             "and also 24 December and 31 December after 16:00.")
    d.clause("1.2", "\"Cleaning Visit\" means a Visit for domestic cleaning, laundry and ironing only. \"Support "
             "Visit\" means a Visit that includes companionship, help with shopping, meal preparation or "
             "prompting to take medicines. Brightwell does not provide personal care (washing, dressing, toileting) "
             "under this agreement.")
    d.h1("2. The Services")
    d.clause("2.1", "Brightwell will provide the Visits set out in the Visit Plan (Schedule 2). The Visit Plan may be "
             "changed by agreement; a change requested by the Client takes effect from the next week that starts "
             "at least 5 days after the request.")
    d.clause("2.2", "The minimum length of a Cleaning Visit is 2 hours. The minimum length of a Support Visit is "
             "1 hour, except a medicines-prompt Support Visit, which may be 30 minutes. Visits are charged in "
             "15-minute units after the minimum length.")
    d.clause("2.3", "Workers will not: (a) climb higher than the second step of a stepladder; (b) clean the outside "
             "of windows above ground-floor level; (c) move furniture heavier than one person can safely lift; "
             "(d) handle cash over GBP 40 for shopping without a receipt; or (e) administer medicines (they may "
             "only prompt).")
    d.clause("2.4", "The Client provides cleaning products and equipment, except that on request Brightwell supplies "
             "products for a charge of GBP 3.50 per Visit (Schedule 1, Part B).")
    d.h1("3. Charges and payment")
    d.clause("3.1", "The charge for each Visit is the hourly rate for the Time Band in which the Visit starts, for the "
             "whole Visit, subject to clause 3.2. Rates are in Schedule 1.")
    d.clause("3.2", "If more than half of a Visit falls in a later Time Band with a higher rate, the higher rate "
             "applies to the whole Visit.")
    d.clause("3.3", "Brightwell invoices every 4 weeks in arrears. The Client pays by Direct Debit 10 days after the "
             "invoice date. Late payment may bear interest at 4% a year above the Bank of England base rate. If an "
             "invoice is unpaid 28 days after its due date, Brightwell may suspend Visits on 7 days' written "
             "notice.")
    d.clause("3.4", "Travel time between Visits is not charged. Mileage driven on the Client's errands "
             "during a Support Visit is charged at 45p per mile.")
    d.h1("4. Cancellation and missed Visits")
    d.clause("4.1", "The Client may cancel a single Visit by telephoning the office or using the client app. The "
             "charge depends on how much notice Brightwell receives before the Visit's booked start time:")
    d.grid(["Notice received before the booked start time", "Charge for the cancelled Visit"],
           [["48 hours or more", "No charge"],
            ["24 hours or more but less than 48 hours", "50% of the Visit charge"],
            ["Less than 24 hours", "100% of the Visit charge"],
            ["Worker turned away or unable to get in at the door", "100% of the Visit charge plus a GBP 12 "
             "call-out fee"]],
           [95, 75])
    d.clause("4.2", "No cancellation charge is payable where the Client (or a close relative) is admitted to hospital "
             "as an emergency, or the Client dies; in those cases the family should tell the office as soon as they "
             "can.")
    d.clause("4.3", "If Brightwell cancels a Visit with less than 24 hours' notice and cannot offer a "
             "replacement Visit within 3 days, the next Visit is charged at half price. Lateness of up to 20 "
             "minutes is not a missed Visit; the Worker stays for the full booked length where the next booking "
             "allows, otherwise the time lost is deducted.")
    d.clause("4.4", "Visits that fall on a Bank Holiday are cancelled automatically unless the Client asks, at least "
             "7 days before, for the Visit to go ahead at the Bank Holiday rate.")
    d.h1("5. Keys, security and breakages")
    d.clause("5.1", "Keys are held in a coded key safe or at the Brightwell office, tagged by reference number only, "
             "never by address. A lost key is replaced at Brightwell's cost, including a lock change if needed.")
    d.clause("5.2", "Brightwell is liable for breakage or damage caused by a Worker's negligence, up to GBP 250 per "
             "item and GBP 2,000 per year in total, subject to clause 5.3. The Client must report it within 7 days "
             "of the Visit.")
    d.clause("5.3", "Brightwell is not liable for: (a) items of sentimental or antique value above GBP 250 not listed "
             "on the Visit Plan as \"do not clean\"; (b) wear and tear or damage from faulty appliances; or (c) "
             "damage caused by following the Client's own instructions on cleaning products.")
    d.h1("6. Price review")
    d.clause("6.1", "Brightwell may review its rates once a year, with effect from 1 April, on at least 28 days' "
             "written notice. An increase will not exceed the percentage rise in the National Living Wage for that "
             "April plus 1.5 percentage points, and never more than 8%.")
    d.clause("6.2", "If the Client does not accept an increase, the Client may end this agreement by giving notice "
             "before the increase takes effect; the old rates apply until the agreement ends.")
    d.h1("7. Ending the agreement")
    d.clause("7.1", "Either party may end this agreement on 14 days' written notice. Brightwell may end it "
             "at once if a Worker is subjected to abuse or harassment at the Property, or if the Property is "
             "unsafe to work in.")
    d.clause("7.2", "A Client who ends the agreement within the first 8 weeks pays no notice period if the Client "
             "was not satisfied with the Services and has first raised the concern with the office.")
    d.h1("8. Complaints and data")
    d.clause("8.1", "Complaints should go to the Care Coordinator. We acknowledge a complaint within 2 "
             "working days and reply in full within 15 working days. Personal information about the Client "
             "is kept for 6 years after the agreement ends.")
    d.h1("Schedule 1 - Charges (from 9 November 2026)")
    d.h2("Part A - Hourly rates by Time Band (per Worker, including VAT)")
    d.grid(["Time Band", "Hours", "Cleaning Visit", "Support Visit"],
           [["Weekday Standard", "Monday to Friday, 08:00 to 18:00", "GBP 21.50", "GBP 26.80"],
            ["Weekday Evening", "Monday to Friday, 18:00 to 21:00", "GBP 24.00", "GBP 29.90"],
            ["Early Morning", "Every day, 07:00 to 08:00", "GBP 24.00", "GBP 31.20"],
            ["Saturday", "Saturday, 08:00 to 21:00", "GBP 25.75", "GBP 32.40"],
            ["Sunday", "Sunday, 08:00 to 21:00", "GBP 28.25", "GBP 35.60"],
            ["Bank Holiday", "Any time on a Bank Holiday", "GBP 40.50", "GBP 53.10"]], [34, 62, 36, 36])
    d.para("No Visits start before 07:00 or after 20:30. A Visit needing two Workers (for example a deep clean) is "
           "charged at the rate per Worker for each Worker.", size=9)
    d.h2("Part B - Other charges")
    d.grid(["Item", "Charge"],
           [["Cleaning products supplied by Brightwell", "GBP 3.50 per Visit"],
            ["One-off deep clean (two Workers)", "Hourly rate per Worker, minimum 4 hours"],
            ["Oven clean", "GBP 65 per oven"],
            ["Key safe supply and fitting", "GBP 48 (once only)"],
            ["Replacement of a key lost by the Client", "GBP 15 plus the cost of cutting"]], [95, 75])
    d.h1("Schedule 2 - Visit Plan")
    d.para("Tuesday 10:00 to 12:00 Cleaning Visit; Friday 14:00 to 15:00 Support Visit (shopping and "
           "companionship). \"Do not clean\": the clock in the hall and the display cabinet in the dining room.")
    d.signature_block(["Signed for Brightwell Home Services Ltd by Tamsin Ferrow, Registered Manager",
                       "Signed by the Client, Ingrid Pellow"])
    return d.save("legal/home_services_brightwell_pellow.pdf")


# =============================================================================
# 2. Software licence / SaaS order form (order details first, schedules after)
# =============================================================================
def saas_order_form():
    d = Doc("Quillmark Case Manager - Order Form", "Order QM-OF-88215",
            "Quillmark Legal Software Ltd - Order Form and Schedules", accent=(90, 40, 120))
    d.title_block("ORDER FORM - QUILLMARK CASE MANAGER (CLOUD)",
                  "This Order Form is made under the Quillmark Master Subscription Terms v6.2 (the \"Terms\"). If the "
                  "Order Form and the Terms conflict, the Order Form prevails.")
    d.grid(["Item", "Detail"],
           [["Supplier", "Quillmark Legal Software Ltd, company no. 11830647"],
            ["Customer", "Penhallow Rees Solicitors LLP"],
            ["Subscription Start Date", "1 January 2027"],
            ["Subscription Term", "24 months from the Subscription Start Date"],
            ["Subscribed Users on the Start Date", "64 Named Users"],
            ["Billing", "Quarterly in advance, on 1 January, 1 April, 1 July and 1 October"],
            ["Payment terms", "45 days from the invoice date"],
            ["Storage included", "25 GB per Named User, pooled across the Customer"],
            ["Hosting region", "Supplier's data centres in Slough and Cardiff"],
            ["Onboarding fee", "GBP 4,800, invoiced on the Subscription Start Date"]], [60, 110])
    d.h1("1. Definitions used in this Order Form")
    d.clause("1.1", "\"Named User\" means an individual who is given a personal login; a login may be moved to a new "
             "individual no more than once a quarter. \"Read-Only User\" means a Named User who can view but not "
             "edit matters and who is charged under clause 3.4. \"Monthly Uptime\" means the total minutes in a "
             "calendar month less Downtime minutes, as a percentage of the total minutes, excluding Planned "
             "Maintenance and the exclusions in Schedule A, paragraph A4.")
    d.clause("1.2", "\"Planned Maintenance\" means maintenance notified at least 72 hours in advance and carried out "
             "between 22:00 on Saturday and 06:00 on Sunday, UK time, for no more than 6 hours a month. "
             "\"Emergency Maintenance\" means urgent security patching notified at least 2 hours in advance; it "
             "counts as Downtime only beyond 2 hours a month.")
    d.h1("2. Licence and use")
    d.clause("2.1", "The Supplier grants the Customer a non-exclusive, non-transferable right for its Named Users to "
             "use the Service for the Customer's internal legal practice during the Subscription Term. The Customer "
             "may not let third parties (including clients and counsel) log in, except through the client portal "
             "module, which is not included in this order.")
    d.clause("2.2", "The Customer may add Named Users at any time; they are charged pro rata from the day they are "
             "added at the Tier price that then applies. Named Users may be reduced only at a renewal, and never "
             "below 50 Named Users during the Subscription Term.")
    d.h1("3. Fees")
    d.clause("3.1", "The subscription fee is charged per Named User per month at the price for the Tier that the "
             "Customer's total number of Named Users falls into, applied to every Named User (Schedule B).")
    d.clause("3.2", "Storage used beyond the included pool is charged at GBP 6 per 100 GB (or part) per month, "
             "measured on the last day of each month.")
    d.clause("3.3", "From the first anniversary of the Subscription Start Date the Supplier may increase the fees on "
             "90 days' notice by up to the CPI rate published for the previous October, capped at 5%. No increase "
             "applies in the first 12 months.")
    d.clause("3.4", "A Read-Only User is charged at 40% of the Tier price and counts as half a Named User when "
             "finding the Tier.")
    d.clause("3.5", "Undisputed invoices unpaid 30 days after the due date bear interest at 3% a year above base "
             "rate. The Supplier may suspend the Service only after 21 days' written notice of non-payment.")
    d.h1("4. Renewal and termination")
    d.clause("4.1", "This order renews for further periods of 12 months unless either party gives notice at least "
             "60 days before the end of the current term. Renewal pricing is the Schedule B price then current, "
             "less any discount agreed in writing.")
    d.clause("4.2", "The Customer may terminate for chronic unavailability under Schedule A, paragraph A5. On "
             "termination the Customer may download its data for 45 days; the Supplier deletes it within 90 days "
             "after that.")
    d.clause("4.3", "Each party's liability is capped at the fees paid in the 12 months before the claim; for data "
             "protection breaches the cap is GBP 750,000.")
    d.h1("Schedule A - Service Levels and Service Credits")
    d.clause("A1", "The Supplier will use commercially reasonable efforts to achieve Monthly Uptime of at least "
             "99.8% (the \"Uptime Commitment\").", numw=10)
    d.clause("A2", "If Monthly Uptime falls below the Uptime Commitment, the Customer may claim a service credit of "
             "the percentage of that month's subscription fee (excluding storage and onboarding fees) shown "
             "below:", numw=10)
    d.grid(["Monthly Uptime", "Service credit", "Example (GBP 2,000 monthly fee)"],
           [["99.8% or higher", "None", "-"],
            ["99.5% to less than 99.8%", "5%", "GBP 100"],
            ["99.0% to less than 99.5%", "10%", "GBP 200"],
            ["98.0% to less than 99.0%", "15%", "GBP 300"],
            ["95.0% to less than 98.0%", "25%", "GBP 500"],
            ["Less than 95.0%", "40%", "GBP 800"]], [60, 40, 70])
    d.clause("A3", "Service credits for any month are capped at 40% of that month's subscription fee. A claim must be "
             "made through the support portal within 21 days after the end of the month; the credit is applied to "
             "the next quarterly invoice.", numw=10)
    d.clause("A4", "Downtime does not include unavailability caused by: (a) Planned Maintenance, and Emergency "
             "Maintenance up to 2 hours a month (clause 1.2); (b) the Customer's equipment, network or third-party "
             "identity provider; (c) suspension under clause 3.5; (d) a beta or trial feature; or (e) force "
             "majeure.", numw=10)
    d.clause("A5", "If Monthly Uptime is below 98.0% in any 3 months within a rolling 6-month period, the Customer may "
             "terminate this order on 30 days' notice given within 60 days of the third such month, and receive a "
             "refund of prepaid fees for the period after termination.", numw=10)
    d.h2("A6. Support response times")
    d.grid(["Severity", "Example", "Response", "Update interval"],
           [["Severity 1", "Service unavailable for all users", "1 hour (24x7)", "Every 2 hours"],
            ["Severity 2", "Key module (e.g. time recording) failing", "4 business hours", "Every business day"],
            ["Severity 3", "Non-critical fault with a workaround", "2 business days", "Weekly"],
            ["Severity 4", "How-to question or feature request", "5 business days", "On resolution"]],
           [28, 72, 36, 34])
    d.h1("Schedule B - Subscription price tiers")
    d.para("Prices per Named User per month, excluding VAT. The Tier is decided by the total Named Users on the "
           "first day of each billing quarter, and the Tier price applies to all Named Users for that quarter.")
    d.grid(["Tier", "Named Users", "Price per Named User per month", "Price if paid annually in advance"],
           [["Tier 1", "1 to 10", "GBP 42.00", "GBP 38.60"],
            ["Tier 2", "11 to 50", "GBP 36.50", "GBP 33.60"],
            ["Tier 3", "51 to 150", "GBP 31.00", "GBP 28.50"],
            ["Tier 4", "151 to 400", "GBP 27.25", "GBP 25.05"],
            ["Tier 5", "401 or more", "By quotation", "By quotation"]], [22, 38, 55, 55])
    d.para("Optional modules (per Named User per month): Document Assembly GBP 6.00; Advanced Time Recording "
           "GBP 4.50; Court Bundle Builder GBP 3.25. Training days: GBP 950 per day on site, GBP 620 per day "
           "remote.", size=9)
    d.signature_block(["Signed for Quillmark Legal Software Ltd by Priya Dallimore, Head of Sales",
                       "Signed for Penhallow Rees Solicitors LLP by Gareth Rees, Partner"])
    return d.save("legal/saas_order_form_quillmark_penhallow.pdf")


# =============================================================================
# 3. Settlement agreement (employment compromise)
# =============================================================================
def settlement_agreement():
    d = Doc("Settlement Agreement - Harrowgate Logistics / D. Oyelaran", "Without prejudice - subject to contract",
            "Harrowgate Logistics Ltd - Strictly private and confidential", accent=(120, 30, 30))
    d.title_block("SETTLEMENT AGREEMENT",
                  "Dated 4 December 2026, between Harrowgate Logistics Ltd, company no. 06721905 (the \"Employer\"), "
                  "and Daniel Oyelaran of 31 Weir Street, Castlemoor (the \"Employee\"). This agreement is "
                  "a settlement agreement for the purposes of section 203(3) of the Employment Rights Act 1996.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Termination Date\" means 31 January 2027. \"Effective Date\" means the date on which the "
             "Employer receives a copy of this agreement signed by the Employee together with the Adviser's "
             "certificate in Schedule 1. \"Adviser\" means Laura Kettering of Kettering Noakes Solicitors. "
             "\"Termination Payment\" means the sum in clause 3.1. \"Group\" means the Employer and its subsidiaries.")
    d.h1("2. Termination of employment")
    d.clause("2.1", "The Employee's employment will end on the Termination Date. Until then the Employee remains "
             "employed on garden leave and must not attend work or contact clients unless asked to by the "
             "Employer.")
    d.clause("2.2", "The Employer will pay the Employee's salary and provide contractual benefits as normal up to the "
             "Termination Date, and pay in the February 2027 payroll: (a) 6.5 days' accrued but untaken holiday, "
             "and (b) payment in lieu of the 12 weeks' notice not worked after the Termination Date, being "
             "GBP 14,820, less tax and National Insurance contributions.")
    d.h1("3. Termination Payment")
    d.clause("3.1", "Subject to clauses 3.3 and 10, the Employer will pay the Employee GBP 42,500 as compensation for "
             "loss of employment (the Termination Payment) within 14 days after the later of the Termination Date "
             "and the Effective Date.")
    d.clause("3.2", "The parties believe that the first GBP 30,000 of the Termination Payment may be paid without "
             "deduction of income tax. The Employer will deduct tax at the basic rate from the balance of "
             "GBP 12,500 and pay the rest to the Employee. The Employee's employer National Insurance liability on "
             "the balance is borne by the Employer.")
    d.clause("3.3", "The Termination Payment is conditional on the Employee: (a) returning all Group property under "
             "clause 7 by 20 January 2027; (b) complying with clauses 5 and 6; and (c) not having committed, before "
             "the Termination Date, a repudiatory breach of contract which would have entitled the Employer to "
             "dismiss without notice.")
    d.clause("3.4", "The Employer will pay, directly to the Adviser, up to GBP 850 plus VAT towards the Employee's "
             "legal fees for advice on this agreement, within 30 days of receiving an invoice addressed to the "
             "Employee and marked payable by the Employer.")
    d.clause("3.5", "The Employer will pay up to GBP 2,000 plus VAT for outplacement support with a provider of the "
             "Employee's choice, if used within 6 months after the Termination Date. No cash alternative is "
             "offered.")
    d.h1("4. Tax indemnity")
    d.clause("4.1", "The Employee will be responsible for any further income tax and employee National Insurance "
             "contributions due on the payments in clauses 3.1 and 3.5 (other than tax the Employer has deducted) "
             "and will indemnify the Employer against such tax and any interest or penalties on it, except interest "
             "and penalties caused by the Employer's own delay or failure.")
    d.clause("4.2", "The Employer will notify the Employee in writing within 21 days of receiving any demand from HMRC "
             "for which it may claim under clause 4.1, and will let the Employee (at the Employee's cost) contest it. "
             "The Employee will pay any sum due under the indemnity within 14 days of the Employer's written demand.")
    d.clause("4.3", "The indemnity in clause 4.1 is limited to the amount of the Termination Payment.")
    d.h1("5. Confidentiality")
    d.clause("5.1", "The Employee will keep the terms of and negotiations leading to this agreement confidential, "
             "subject to clause 5.2, and will not make any derogatory statement about the Group or its directors.")
    d.clause("5.2", "Clause 5.1 does not prevent the Employee from disclosing information: (a) to the Employee's "
             "spouse, civil partner or immediate family, provided they agree to keep it confidential; (b) to the "
             "Adviser, an accountant or HMRC; (c) in a protected disclosure under the Employment Rights Act 1996; "
             "(d) to the police, a regulator or a medical professional; or (e) where required by law or by a court.")
    d.clause("5.3", "The Employer will instruct its directors Susan Marr and Alan Peake not to make derogatory "
             "statements about the Employee. This obligation lasts for as long as they are directors of the "
             "Employer.")
    d.h1("6. Reference and announcement")
    d.clause("6.1", "The Employer will give, on a written request from a prospective employer addressed to the HR "
             "Director, a reference in the form of Schedule 2, and will answer oral enquiries in a way consistent "
             "with it. This clause does not apply to requests made more than 6 years after the Termination Date.")
    d.clause("6.2", "The Employer will announce the Employee's departure to staff and clients using the wording in "
             "Schedule 3 and no other, by 15 January 2027.")
    d.h1("7. Company property and benefits")
    d.clause("7.1", "The Employee will return the laptop, mobile phone, fuel card, security pass and all documents "
             "belonging to the Group by 20 January 2027. The Employee may keep the company car (registration "
             "KD71 WNX) until 28 February 2027 and return it to the Castlemoor depot on that day with a full tank.")
    d.clause("7.2", "Private medical insurance cover continues until 30 April 2027, at the Employer's cost. Life "
             "assurance cover ends on the Termination Date. Options held under the Harrowgate Share Plan lapse on "
             "the Termination Date, except 1,200 options that the Remuneration Committee has agreed will vest on "
             "that date.")
    d.clause("7.3", "The Employer will continue to pay its pension contribution of 8% of salary up to the "
             "Termination Date. No contribution is made on the payment in lieu of notice or the Termination "
             "Payment.")
    d.h1("8. Waiver of claims")
    d.clause("8.1", "The Employee accepts the terms of this agreement in full settlement of all claims against the "
             "Group arising from the employment or its termination, including claims for unfair dismissal, "
             "discrimination, equal pay, unpaid wages and holiday pay, breach of contract and claims under the "
             "Working Time Regulations 1998.")
    d.clause("8.2", "The waiver does not cover: (a) claims for personal injury not known to the Employee at the date "
             "of this agreement; (b) accrued pension rights; (c) the enforcement of this agreement; or (d) any "
             "claim that cannot lawfully be waived.")
    d.h1("9. Restrictive covenants")
    d.clause("9.1", "The restrictions in clause 21 of the Employee's contract of employment continue: for 6 months "
             "after the Termination Date the Employee will not solicit clients of the Group with whom the Employee "
             "dealt in the last 12 months of employment, and for 9 months will not poach senior employees.")
    d.h1("10. Repayment")
    d.clause("10.1", "If the Employee materially breaches clause 5 or 9, GBP 10,000 of the Termination Payment is "
             "repayable on demand as a debt, without affecting the rest of this agreement.")
    d.h1("11. General")
    d.clause("11.1", "This agreement is made without admission of liability, is governed by the law of England and "
             "Wales, and is marked \"without prejudice and subject to contract\" until signed by both parties, when "
             "it becomes open and binding. The offer lapses if the signed agreement is not received by 18 December "
             "2026.")
    d.h1("Schedule 2 - Agreed reference")
    d.para("\"Daniel Oyelaran was employed by Harrowgate Logistics Ltd from 3 March 2014 to 31 January 2027, latterly "
           "as Regional Operations Manager (North). He left following a restructuring of the regional management "
           "team. It is our policy to give factual references only.\"", style="I")
    d.signature_block(["Signed for Harrowgate Logistics Ltd by Susan Marr, HR Director",
                       "Signed by the Employee, Daniel Oyelaran"])
    return d.save("legal/settlement_agreement_harrowgate_oyelaran.pdf")


# =============================================================================
# 4. Adult asthma action plan (zone table whose first column is a condition)
# =============================================================================
def asthma_plan():
    d = Doc("My Asthma Action Plan (adults)", "Kelmscott Respiratory Service",
            "Kelmscott Community Health Trust - leaflet KRS-07, version 3, October 2026", accent=(0, 100, 150),
            body_size=10)
    d.title_block("MY ASTHMA ACTION PLAN - ADULTS (16 AND OVER)",
                  "Fill this in with your asthma nurse or GP. Keep a copy on your phone and show it to anyone treating "
                  "you. This plan is for adults with asthma, not COPD.")
    d.h1("Part 1 - My details and my medicines")
    d.grid(["Item", "Filled in at review on 14 October 2026"],
           [["Name", "Mr Rhodri Asquith"],
            ["My best peak flow", "520 L/min (recorded 2 October 2026)"],
            ["My preventer inhaler", "Brenvolan 100/6 (beclometasone / formoterol), 2 puffs in the morning and "
                                     "2 puffs at night, every day, even when well"],
            ["My reliever inhaler", "Ventrasal 100 micrograms (salbutamol), 1 to 2 puffs when needed"],
            ["Other medicines", "Montelukast 10 mg at night"],
            ["Spacer", "Aerochamber-type spacer, used with the reliever; replaced every 12 months"],
            ["Rescue steroid pack at home", "Prednisolone 5 mg tablets: 40 mg (8 tablets) once a day for 5 days"]],
           [55, 115])
    d.para("Peak flow: blow three times, standing up, and write down the highest of the three. Do it in the morning "
           "before your inhalers and in the evening for 2 weeks after any change of treatment, and whenever you feel "
           "worse. A reading can be lower than you expect if your meter is more than 3 years old.", size=9.5)
    d.h1("Part 2 - What to do in each zone")
    d.para("Your zones are worked out from your best peak flow, not from the 'normal' value for your age and height. "
           "If your symptoms and your peak flow point to different zones, follow the worse one.")
    d.grid(["Zone", "Peak flow (% of my best)", "My readings", "What it means / symptoms"],
           [["GREEN - well", "80% or more", "416 L/min or more",
             "No night waking; reliever needed on 2 days a week or fewer; can do usual activities"],
            ["YELLOW - getting worse", "60% to 79%", "312 to 415 L/min",
             "Cough, wheeze or tight chest; waking at night; reliever needed 3 or more times a week, or a cold "
             "making asthma worse"],
            ["RED - asthma attack", "33% to 59%", "172 to 311 L/min",
             "Reliever not helping or needed every 4 hours or more often; too breathless to finish a sentence"],
            ["EMERGENCY", "Below 33%", "Below 172 L/min",
             "Lips or fingers blue or grey; too breathless to speak; drowsy or confused; exhausted; collapse"]],
           [36, 34, 34, 66], size=8.5)
    d.h2("GREEN zone - every day")
    d.bullets(["Take the preventer, 2 puffs twice a day, even when well. Rinse your mouth after it.",
               "Take 1 to 2 puffs of the reliever when needed. Before exercise you may take 2 puffs 15 minutes "
               "beforehand.",
               "If you need the reliever on 3 or more days a week for 2 weeks running, book an asthma review "
               "within 2 weeks even if your peak flow is in the green zone."])
    d.h2("YELLOW zone - getting worse")
    d.bullets(["Increase the preventer to 4 puffs twice a day (this is the maximum) for 7 days, then go back to "
               "2 puffs twice a day if you are back in the green zone.",
               "Take the reliever, 2 to 4 puffs every 4 hours if needed.",
               "Contact your GP or asthma nurse the same day if you are not improving within 48 hours, or straight "
               "away if you needed the reliever more than 8 puffs in 24 hours on top of the increased preventer.",
               "Do not start the rescue steroid pack in the yellow zone unless your GP or nurse tells you to."])
    d.h2("RED zone - asthma attack")
    d.bullets(["Sit up straight - do not lie down. Try to keep calm.",
               "Take 1 puff of the reliever through the spacer every 30 to 60 seconds, up to 10 puffs.",
               "If you feel worse at any point, or you do not feel better after 10 puffs, call 999 for an "
               "ambulance.",
               "If the ambulance has not arrived within 10 minutes and you are still struggling, repeat the 10 puffs.",
               "If you feel better after 10 puffs, start the rescue steroid pack today and see your GP or nurse "
               "within 24 hours."])
    d.h2("EMERGENCY")
    d.para("Call 999 straight away, then follow the red zone reliever steps while you wait. Do not drive yourself to "
           "hospital.", style="B")
    d.h1("Part 3 - Questions people often ask")
    d.clause("Q1", "How long do I take the rescue steroid pack for? For 5 days, at 40 mg once a day in the morning "
             "with food. You do not need to reduce the dose slowly. Tell your GP if you have used 2 or more packs in "
             "12 months: you will be offered a specialist review.", numw=10)
    d.clause("Q2", "What if I have a chest infection or flu? Start yellow zone treatment as soon as symptoms start, "
             "and have your flu vaccine every autumn. A pneumococcal vaccine is offered once, if you take a "
             "steroid pack 3 or more times a year.", numw=10)
    d.clause("Q3", "After an attack, what then? You should be seen by your GP or asthma nurse within 48 hours of "
             "leaving hospital, or within 2 working days of an attack managed at home, to check this plan.",
             numw=10)
    d.clause("Q4", "How often is my asthma reviewed? At least once every 12 months, and 4 to 8 weeks after any change "
             "of preventer. Bring your inhalers, spacer and peak flow diary.", numw=10)
    d.clause("Q5", "Can I take ibuprofen? Most people with asthma can, but about 1 in 20 adults with asthma get worse "
             "with anti-inflammatory painkillers. Do not take them if they have ever made your asthma worse; use "
             "paracetamol instead.", numw=10)
    d.clause("Q6", "I am pregnant or planning a pregnancy. Keep taking your inhalers as usual: uncontrolled asthma is "
             "a greater risk to the baby than the medicines. Ask for a review in the first 12 weeks.", numw=10)
    d.para("Kelmscott Respiratory Service advice line: 01632 960 418, Monday to Friday 08:30 to 16:30. Outside "
           "these hours call NHS 111, or 999 in an emergency.", size=9)
    return d.save("medical/asthma_action_plan_kelmscott.pdf")


# =============================================================================
# 5. Gestational diabetes antenatal leaflet (question-and-answer layout)
# =============================================================================
def gestational_diabetes():
    d = Doc("Gestational diabetes - information for you", "Marlow Vale Maternity",
            "Marlow Vale Hospitals NHS Trust - Maternity leaflet MAT-GDM-04, review date March 2028", font="Times",
            accent=(150, 40, 100), body_size=10.5)
    d.title_block("GESTATIONAL DIABETES: YOUR PREGNANCY, YOUR BLOOD SUGAR AND YOUR APPOINTMENTS",
                  "For women and birthing people diagnosed with gestational diabetes (GDM) at Marlow Vale. "
                  "If you had diabetes before pregnancy, ask for leaflet MAT-DM-01 instead.")
    d.h2("What is gestational diabetes?")
    d.para("Gestational diabetes is high blood sugar (glucose) that develops during pregnancy and usually goes away "
           "after the birth. It is diagnosed by a glucose tolerance test (OGTT): a fasting level of 5.6 mmol/L or "
           "above, or a 2-hour level of 7.8 mmol/L or above. Most people are tested at 24 to 28 weeks; if you had "
           "gestational diabetes in an earlier pregnancy you are offered early self-monitoring or an OGTT at "
           "16 to 18 weeks, and again at 24 to 28 weeks if the first test is normal.")
    d.h2("How do I check my blood sugar?")
    d.para("You will be given a meter and shown how to use it. Test 4 times a day: when you wake up (before eating or "
           "drinking anything except water), and 1 hour after the start of breakfast, lunch and your evening meal. "
           "If you are on insulin, also test before each meal and before bed. Write every reading in your diary or "
           "the app and bring it to every clinic.")
    d.h2("What should my blood sugar be?")
    d.grid(["When you test", "Target (mmol/L)"],
           [["Fasting (on waking)", "below 5.3"],
            ["Before other meals (if on insulin)", "below 5.8"],
            ["1 hour after starting a meal", "below 7.8"],
            ["2 hours after starting a meal (if your team asks you to test at 2 hours)", "below 6.4"],
            ["At any time, if on insulin or a sulfonylurea", "keep above 4.0"]], [120, 50])
    d.para("One high reading now and then is not a cause for worry. Look for a pattern over several days.")
    d.h2("What treatment will I be offered?")
    d.para("First, changes to diet and activity, such as a 30-minute walk after meals. If your targets are not met "
           "within 1 to 2 weeks, you will be offered metformin, starting with 500 mg once a day with your evening "
           "meal and increasing by 500 mg a week up to a maximum of 2,500 mg a day. If the fasting level is "
           "7.0 mmol/L or above at diagnosis, you will be offered insulin straight away, with or without "
           "metformin.")
    d.h2("When should I phone the diabetes midwife?")
    d.para("Phone the diabetes midwife team on 01632 960 772 (Monday to Friday, 08:00 to 17:00) if:")
    d.bullets(["3 or more readings in a week are above target at the same time of day;",
               "a fasting reading is 7.0 mmol/L or above on 2 days running;",
               "you are sick or vomiting and cannot keep food down for more than 12 hours;",
               "you are on insulin and have a reading below 4.0 mmol/L more than twice in a week."])
    d.para("Call the maternity triage line on 01632 960 700 (24 hours) straight away if your baby is moving less "
           "than usual, you have a reading above 11.0 mmol/L twice in a row 1 hour apart, or you have had a hypo "
           "that needed someone else's help. Do not wait for your next appointment.", style="B")
    d.h2("What if my sugar goes too low (a hypo)?")
    d.para("If you are on insulin and your reading is below 4.0 mmol/L, take 15 to 20 g of fast-acting sugar, for "
           "example 5 glucose tablets or 150 mL of full-sugar fizzy drink. Test again after 15 minutes and repeat "
           "if still below 4.0. When it is above 4.0, eat a starchy snack. Do not drive for 45 minutes after a hypo.")
    d.h2("What appointments will I have?")
    d.grid(["Weeks of pregnancy", "Appointment", "What happens"],
           [["At diagnosis (usually 24 to 28)", "Group education session", "Meter, diet advice, targets; within "
             "1 week of diagnosis"],
            ["Every 1 to 2 weeks from diagnosis", "Joint diabetes-antenatal clinic", "Readings reviewed, treatment "
             "adjusted; every 2 to 4 weeks if diet-controlled and on target"],
            ["28 weeks", "Growth scan", "Baby's growth and the fluid around the baby"],
            ["32 weeks", "Growth scan", "Growth and fluid; blood pressure and urine checked"],
            ["34 weeks", "Midwife appointment", "Discuss feeding and collecting colostrum (from 36 weeks)"],
            ["36 weeks", "Growth scan and birth planning", "Timing and place of birth agreed; insulin plan for "
             "labour if needed"],
            ["38 weeks", "Consultant clinic", "For those on insulin or metformin; induction booked if not yet "
             "in labour"],
            ["40 weeks", "Consultant clinic", "For diet-controlled pregnancies not yet in labour"]],
           [44, 52, 74])
    d.h2("When will my baby be born?")
    d.para("If your gestational diabetes is controlled by diet alone and your baby is growing normally, you will be "
           "offered birth by 40 weeks and 6 days at the latest. If you take metformin or insulin, you will be "
           "offered induction or a planned caesarean between 37 weeks and 38 weeks and 6 days. Gestational diabetes "
           "on its own is not a reason for a caesarean section.")
    d.h2("What happens after the birth?")
    d.para("Stop metformin and insulin as soon as your baby is born. Your blood sugar is checked once before you "
           "leave hospital. Your baby's blood sugar is tested at 2 to 4 hours after birth, before a feed; feed your "
           "baby within 30 minutes of birth and then every 2 to 3 hours. Have a fasting blood test or an HbA1c test "
           "at your GP surgery 13 weeks after the birth (an HbA1c after 13 weeks if it was missed), and an HbA1c "
           "every year after that, because about half of people with gestational diabetes develop type 2 diabetes "
           "within 10 years.")
    d.h2("Will I get it again?")
    d.para("About 4 in 10 people who have had gestational diabetes get it again in a later pregnancy. Losing weight "
           "before the next pregnancy lowers the risk; ask your GP for a referral to the Healthy Futures weight "
           "programme.")
    d.para("Diabetes midwife team, Marlow Vale Hospital, Level 2, Women's Centre. This leaflet is available in large "
           "print and other languages on request.", size=9)
    return d.save("medical/gestational_diabetes_leaflet_marlow_vale.pdf")


# =============================================================================
# 6. Travel-clinic vaccination protocol (schedule tables, contraindication table, catch-up table)
# =============================================================================
def travel_vaccination():
    d = Doc("Travel Clinic Vaccination Protocol", "Protocol TC-VAX-12, v2.1",
            "Fairhaven Road Medical Practice - Nurse-led Travel Clinic - for clinical staff", accent=(20, 80, 40),
            body_size=9.5)
    d.title_block("TRAVEL CLINIC VACCINATION PROTOCOL",
                  "For practice nurses giving travel vaccines under Patient Group Directions (PGDs) at Fairhaven Road "
                  "Medical Practice. Approved 1 September 2026; review by 31 August 2028.", size=15)
    d.h1("1. Scope and booking")
    d.clause("1.1", "This protocol covers adults and children aged 12 months and over. Infants under 12 months are "
             "referred to the GP for an individual plan. Pre-travel appointments should be booked at least 8 weeks "
             "before departure; where a traveller presents with less than 2 weeks to go, use the accelerated "
             "schedules in section 2 and record the reason.")
    d.clause("1.2", "A travel risk assessment (form TRA-3) must be completed at the first appointment. Vaccines not "
             "available on the NHS (rabies, Japanese encephalitis, yellow fever and hepatitis B for travel) are "
             "charged at the private fees in Appendix 1.")
    d.h1("2. Vaccine schedules")
    d.grid(["Vaccine", "Minimum age", "Primary course", "Booster / notes"],
           [["Hepatitis A (adult vaccine)", "16 years", "1 dose", "2nd dose 6 to 12 months later gives long-term "
             "protection; the 2nd dose can be given up to 5 years late"],
            ["Hepatitis A (paediatric vaccine)", "12 months", "1 dose", "2nd dose 6 to 12 months later"],
            ["Hepatitis B - standard", "12 months", "Days 0, 28 and 6 months", "No routine booster"],
            ["Hepatitis B - accelerated", "12 months", "Days 0, 28 and 56; 4th dose at 12 months",
             "Use if travelling within 3 months"],
            ["Hepatitis B - very rapid", "18 years", "Days 0, 7 and 21; 4th dose at 12 months",
             "Only where departure is within 4 weeks"],
            ["Typhoid (Vi polysaccharide injection)", "2 years", "1 dose at least 2 weeks before travel",
             "Booster every 3 years if still at risk"],
            ["Rabies pre-exposure", "12 months", "Days 0 and 7 (2 doses)",
             "3 doses (days 0, 7 and 21 to 28) if immunosuppressed"],
            ["Japanese encephalitis", "2 months*", "Days 0 and 28", "Adults 18 to 65: rapid schedule days 0 and 7; "
             "booster after 12 to 24 months if still at risk"],
            ["Yellow fever", "9 months", "1 dose at least 10 days before entry",
             "One dose is lifelong for most travellers; see section 3"],
            ["Tick-borne encephalitis", "1 year", "Days 0, 1 to 3 months, and 5 to 12 months after the 2nd dose",
             "Rapid: 2nd dose 14 days after the 1st; 1st booster 3 years after the course"]],
           [40, 22, 52, 56], size=8.5)
    d.para("* Given at this clinic from 12 months only (clause 1.1). Yellow fever may be given from 6 months in an "
           "outbreak, only on the advice of a travel medicine specialist; never under 6 months.", size=8.5)
    d.h1("3. Yellow fever")
    d.clause("3.1", "Only nurses who have completed yellow fever centre training in the last 2 years may give it. "
             "The International Certificate of Vaccination is valid from 10 days after vaccination and for life.")
    d.clause("3.2", "A second dose is advised before further travel for people vaccinated when pregnant, people "
             "vaccinated before a stem cell transplant, and people with HIV, if 10 years or more have passed.")
    d.clause("3.3", "First-time vaccinees aged 60 and over have a higher risk of serious adverse events: give only "
             "if the risk of yellow fever at the destination is judged unavoidable, and record the discussion.")
    d.h1("4. Intervals between vaccines")
    d.clause("4.1", "Inactivated vaccines may be given at any interval from each other or from live vaccines.")
    d.clause("4.2", "Two live injected vaccines (for example yellow fever and MMR) should be given on the same day or "
             "at least 4 weeks apart. Yellow fever and MMR given on the same day is not recommended in children "
             "under 2 years; separate them by 4 weeks.")
    d.clause("4.3", "After immunoglobulin or blood products, wait at least 3 months before MMR (yellow fever need "
             "not be delayed). Oral typhoid capsules should not be started within 3 days of antibiotics.")
    d.h1("5. Contraindications and precautions")
    d.grid(["Condition", "Live vaccines (yellow fever, MMR, oral typhoid)", "Inactivated vaccines"],
           [["Acute illness with fever of 38.0 C or above", "Postpone until recovered", "Postpone until recovered"],
            ["Minor illness without fever (e.g. a cold)", "Give as planned", "Give as planned"],
            ["Pregnancy", "Avoid; yellow fever only if travel is unavoidable and the risk is high",
             "Give if indicated (hepatitis B, rabies and hepatitis A can be given)"],
            ["Breastfeeding an infant under 9 months", "Avoid yellow fever unless travel is unavoidable",
             "Give as planned"],
            ["Immunosuppression (including prednisolone 20 mg a day or more for 14 days or more)",
             "Contraindicated; wait 3 months after high-dose steroids stop",
             "Give; response may be reduced - check antibodies after hepatitis B"],
            ["Thymus disorder or thymus removed", "Yellow fever contraindicated", "Give as planned"],
            ["Anaphylaxis to egg", "Yellow fever contraindicated; MMR may be given", "Give as planned"],
            ["Anaphylaxis to a previous dose of the same vaccine", "Contraindicated", "Contraindicated"]],
           [58, 60, 52], size=8.5)
    d.h1("6. Catch-up of routine vaccines before travel")
    d.para("Check routine UK vaccines at every pre-travel appointment. Travellers with unknown or incomplete history "
           "are offered catch-up as below; any documented dose counts and the course is not restarted.")
    d.grid(["Age at first catch-up visit", "MMR", "Tetanus, diphtheria, polio", "MenACWY"],
           [["12 months to under 10 years", "2 doses, 4 weeks apart", "3 doses of DTaP/IPV, 4 weeks apart; "
             "booster 3 years later", "1 dose if travelling to a risk area"],
            ["10 years to under 18 years", "2 doses, 4 weeks apart", "3 doses of Td/IPV, 4 weeks apart; boosters "
             "at 5 and 10 years", "1 dose (single dose also covers the teenage dose)"],
            ["18 years to under 25 years", "2 doses, 4 weeks apart", "3 doses of Td/IPV, 4 weeks apart; boosters "
             "at 5 and 10 years", "1 dose"],
            ["25 years and over", "2 doses, 4 weeks apart (if born in 1970 or later)", "3 doses of Td/IPV, "
             "4 weeks apart; boosters at 5 and 10 years", "1 dose if travelling to a risk area"]],
           [38, 40, 56, 36], size=8.5)
    d.clause("6.1", "A Td/IPV booster is given before travel to countries with limited medical care if the last dose "
             "was more than 10 years ago, even if the traveller has had 5 doses in total.")
    d.clause("6.2", "Hajj and Umrah pilgrims need a MenACWY certificate issued at least 10 days and no more than "
             "5 years before arrival.")
    d.h1("7. Records and adverse events")
    d.clause("7.1", "Record the batch number, expiry date, site and PGD used in the patient record. Observe patients "
             "for 15 minutes after any first dose of a vaccine. Report serious suspected reactions on a Yellow Card "
             "within 48 hours.")
    d.h1("Appendix 1 - Private fees (per dose)")
    d.grid(["Vaccine", "Fee per dose"],
           [["Rabies", "GBP 72"], ["Japanese encephalitis", "GBP 95"], ["Yellow fever (including certificate)",
            "GBP 78"], ["Hepatitis B (travel)", "GBP 48"], ["Tick-borne encephalitis", "GBP 68"]], [80, 40])
    return d.save("medical/travel_vaccination_protocol_fairhaven.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([home_services, saas_order_form, settlement_agreement,
                       asthma_plan, gestational_diabetes, travel_vaccination], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
