"""Render the sixteenth development-set documents (fictional) as PDFs into bench/dev16/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: prepaid
funeral plan terms and conditions with a plan schedule after the signatures (plan prices and disbursement
allowances, instalment surcharges by term, cancellation fees by time held), a tenancy guarantor deed with a
schedule (liability cap, guarantor income test by guarantor type, arrears timetable by days overdue), private
music lesson terms and conditions (fees by lesson length, missed lessons by notice, exam entry fees by grade,
instrument hire, term dates), a vitamin D deficiency guideline for clinicians (action by serum level band,
loading regimens, children's doses by age band), a migraine patient leaflet in question-and-answer form
(medication-overuse limits by medicine, triptan rules) and a paracetamol overdose guideline for emergency
departments (treatment line by hours since ingestion, acetylcysteine doses by weight band). Questions:
bench/dev16/questions.jsonl. All names, products and numbers are invented; the clinical content is not
advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev16/make_dev16.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2026, 11, 23, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 16 (fictional document)", "make_dev16.py", FIXED_DATE)


# =============================================================================
# 1. Prepaid funeral plan terms and conditions
# =============================================================================
def funeral_plan():
    d = Doc("Evenmere Prepaid Funeral Plans - Terms and Conditions", "Edition 7, 1 July 2026",
            "Evenmere Funeral Plans Ltd - authorised and regulated by the Financial Conduct Authority",
            accent=(70, 50, 100))
    d.title_block("PREPAID FUNERAL PLAN: TERMS AND CONDITIONS",
                  "These terms form the contract between Evenmere Funeral Plans Ltd (\"Evenmere\", \"we\") and the "
                  "person who buys the plan (the \"Purchaser\"). The plan details are in the Plan Schedule at the "
                  "end, after the signatures.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Plan Holder\" means the person whose funeral the plan is for; the Plan Holder and the "
             "Purchaser may be the same person. \"Funeral Director\" means the member of the Evenmere network "
             "named in the Plan Schedule who will carry out the funeral. \"Plan Documents\" means these terms, "
             "the Plan Schedule and the welcome letter.")
    d.clause("1.2", "\"Funeral Director's Services\" means the services the Funeral Director provides itself, "
             "as listed for each plan in clause 2. \"Disbursements\" means fees paid to third parties on the "
             "Plan Holder's behalf, such as the cremation fee, burial fees, the minister's or celebrant's fee "
             "and doctors' certificate fees. \"Disbursement Allowance\" means the fixed sum in clause 2 that "
             "the plan contributes towards the Disbursements.")
    d.h1("2. The plans")
    d.clause("2.1", "The Funeral Director's Services are guaranteed in full whenever the funeral takes place, "
             "provided the plan has been paid for. Disbursements are covered up to the Disbursement Allowance "
             "for the plan chosen:")
    d.grid(["Plan", "Price (single payment)", "Funeral Director's Services included", "Disbursement Allowance"],
           [["Direct Cremation", "GBP 1,895", "Collection, care, simple coffin, cremation at a time chosen by "
             "us; no funeral service and no mourners at the crematorium", "GBP 1,050"],
            ["Essential", "GBP 3,650", "As Direct Cremation, plus a service at the crematorium or graveside, "
             "hearse, and viewing by appointment", "GBP 1,250"],
            ["Traditional", "GBP 4,450", "As Essential, plus one limousine, choice of veneered coffin, "
             "service at a place of worship and a printed order of service", "GBP 1,400"],
            ["Heritage", "GBP 5,980", "As Traditional, plus a second limousine, solid wood coffin, "
             "floral tribute and a notice in one local newspaper", "GBP 1,650"]], [26, 30, 82, 32], size=8.5)
    d.para("* The purchase of a new grave (the exclusive right of burial) and any memorial or headstone are "
           "not covered by any plan. If the Disbursements are more than the Disbursement Allowance, the estate "
           "pays the difference.", size=8.5, style="I")
    d.clause("2.2", "If the Disbursements cost less than the Disbursement Allowance, any unused part of the "
             "allowance is refunded to the Plan Holder's estate within 30 days after the funeral.")
    d.clause("2.3", "Collection of the Plan Holder from anywhere in mainland England, Wales and Scotland is "
             "included. If death occurs more than 50 miles from the Funeral Director's branch, a mileage charge "
             "of GBP 2.20 per mile is payable for each mile beyond the first 50 miles, one way. Repatriation "
             "from outside the United Kingdom is not included.")
    d.h1("3. Paying for the plan")
    d.clause("3.1", "The plan may be paid for in a single payment or by a deposit of GBP 250 followed by monthly "
             "instalments by direct debit. An instalment surcharge is added to the balance after the deposit:")
    d.grid(["Instalment term", "Surcharge on the balance", "Who can choose it"],
           [["12 monthly instalments", "None", "Any Plan Holder"],
            ["24 monthly instalments", "6%", "Any Plan Holder"],
            ["60 monthly instalments", "15%", "Plan Holder aged 80 or under when the plan starts"],
            ["120 monthly instalments", "24%", "Plan Holder aged under 75 when the plan starts"]], [50, 50, 70])
    d.clause("3.2", "If the Plan Holder dies before all the instalments have been paid, the Funeral Director will "
             "carry out the funeral once the outstanding balance has been paid by the estate, without the part "
             "of the surcharge for months not yet reached. If the death is the result of an accident, the "
             "outstanding balance is waived and the plan is treated as fully paid.")
    d.clause("3.3", "If two instalments in a row are missed, we will write to the Purchaser allowing 28 days to "
             "pay the arrears. If they are not paid, the plan is cancelled and the payments made are refunded "
             "less the cancellation fee in clause 4.2.")
    d.h1("4. Cooling-off and cancellation")
    d.clause("4.1", "The Purchaser may cancel within 30 days of receiving the Plan Documents and will receive a "
             "full refund of everything paid.")
    d.clause("4.2", "After the cooling-off period the Purchaser may cancel at any time before the funeral by "
             "writing to us. We refund all payments made, including any surcharge, less a cancellation fee "
             "that depends on how long the plan has been held:")
    d.grid(["Plan cancelled", "Cancellation fee"],
           [["Within 30 days of receiving the Plan Documents", "No fee (full refund)"],
            ["After 30 days and up to 5 years from the plan start date", "GBP 395"],
            ["More than 5 years after the plan start date", "GBP 250"],
            ["After the death of the Plan Holder", "Not possible; the funeral is carried out"]], [100, 70])
    d.clause("4.3", "Only the Purchaser may cancel the plan. If the Purchaser has died, the Plan Holder may cancel "
             "it. Refunds are paid within 14 days of receiving the cancellation request.")
    d.h1("5. Changes to the plan")
    d.clause("5.1", "The plan may be upgraded at any time by paying the difference between the current price of "
             "the existing plan and the current price of the new plan. A plan cannot be downgraded.")
    d.clause("5.2", "The plan may be transferred to another Funeral Director in the Evenmere network free of "
             "charge. If the Plan Holder moves to an area without a network member, the plan may be transferred "
             "to a funeral director outside the network for an administration fee of GBP 150; we then pay that "
             "funeral director the plan price paid, and the price guarantee in clause 2.1 ends.")
    d.clause("5.3", "The Plan Holder's wishes (for example music, readings, burial or cremation and what is to "
             "happen to the ashes) are recorded in the Plan Schedule and may be changed free of charge by "
             "writing to us, if the change does not need a different plan.")
    d.h1("6. How your money is protected")
    d.clause("6.1", "All plan payments, less an administration charge of GBP 295 per plan, are held in the "
             "Evenmere Funeral Plan Trust, which is independent of Evenmere. The trustees pay the Funeral "
             "Director after the funeral. If Evenmere or the Funeral Director ceases trading, the trust arranges "
             "for another funeral director to carry out the funeral as planned.")
    d.h1("7. Complaints")
    d.clause("7.1", "Complaints should be sent to complaints@evenmere.example. We reply within 8 weeks. If the "
             "Purchaser is not satisfied with our final response, they may refer the complaint to the Financial "
             "Ombudsman Service within 6 months of that response.")
    d.h1("8. Law")
    d.clause("8.1", "These terms are governed by the law of England and Wales.")
    d.signature_block(["Signed by the Purchaser: Alan Tresize",
                       "Signed for Evenmere Funeral Plans Ltd by Joanna Pellew, Plans Manager"])
    d.h1("PLAN SCHEDULE")
    d.grid(["Item", "Details"],
           [["Plan number", "EVM-2026-118204"],
            ["Plan Holder", "Mrs Gwendolyn Tresize, born 3 April 1949, of 7 Chapel Terrace, Penwithick"],
            ["Purchaser", "Mr Alan Tresize (son), of 22 Roskear Road, Camborne"],
            ["Plan", "Traditional, price GBP 4,450; Disbursement Allowance GBP 1,400"],
            ["Plan start date", "1 August 2026"],
            ["Payment", "Deposit GBP 250 paid; 60 monthly instalments of GBP 80.50 from 1 September 2026 "
             "(balance GBP 4,200 plus 15% surcharge)"],
            ["Funeral Director", "Hollisford & Daughters, Penwithick branch, Fore Street"],
            ["Wishes", "Cremation at Glynn Valley Crematorium; service at St Austell Methodist Church; hymn "
             "\"Guide me, O thou great Redeemer\"; ashes to be scattered at Carlyon Bay"]], [40, 130])
    return d.save("legal/funeral_plan_terms_evenmere_tresize.pdf")


# =============================================================================
# 2. Tenancy guarantor deed
# =============================================================================
def guarantor_deed():
    d = Doc("Deed of Guarantee - 14 Cobbler's Row, Aldermoor", "Ref. ASH/GTR/2026/0417",
            "Ashdown & Pryce Lettings, agents for the Landlord", font="Times", accent=(20, 60, 90),
            body_size=10.5)
    d.title_block("DEED OF GUARANTEE FOR AN ASSURED SHORTHOLD TENANCY",
                  "Dated 18 August 2026, between the Landlord, the Guarantor and the Tenant named in the Schedule "
                  "at the end of this deed")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Tenancy Agreement\" means the joint assured shorthold tenancy agreement of the Property "
             "described in the Schedule, made between the Landlord and the Tenant with the other tenants named "
             "there. \"Rent\" means the total rent for the Property under the Tenancy Agreement. \"Fixed Term\" "
             "means the fixed term stated in the Schedule.")
    d.clause("1.2", "\"Tenant's Share\" means the share of the Rent and of any other sum due under the Tenancy "
             "Agreement that is stated in the Schedule as the Tenant's Share. \"Guaranteed Obligations\" means "
             "the Tenant's obligations to pay the Tenant's Share of the Rent on time and to perform the "
             "Tenant's other obligations under the Tenancy Agreement.")
    d.clause("1.3", "\"Statutory Periodic Tenancy\" means the monthly tenancy that arises by law if the Tenant "
             "stays in the Property after the Fixed Term ends without a new tenancy agreement.")
    d.h1("2. The guarantee")
    d.clause("2.1", "In return for the Landlord granting the tenancy to the Tenant, the Guarantor guarantees the "
             "Guaranteed Obligations and agrees to pay the Landlord on demand any sum the Tenant owes under "
             "them, and to make good any loss the Landlord suffers because the Tenant does not perform them.")
    d.clause("2.2", "Before making a demand on the Guarantor, the Landlord must first write to the Tenant asking "
             "for payment and give the Tenant 14 days to pay. The Landlord does not have to take court "
             "action against the Tenant before making a demand on the Guarantor.")
    d.clause("2.3", "The Guarantor is liable only for the Tenant's Share. The Guarantor is not liable for Rent "
             "or other sums owed by any other tenant named in the Tenancy Agreement, even though the tenants "
             "are jointly liable to the Landlord.")
    d.h1("3. Limit of liability")
    d.clause("3.1", "The Guarantor's total liability under this deed is limited to the Liability Cap stated in "
             "the Schedule, which equals 12 months of the Tenant's Share of the Rent. The Landlord's "
             "reasonable legal costs of enforcing this deed are payable in addition, up to GBP 750.")
    d.clause("3.2", "Claims for damage or cleaning are met first from the tenancy deposit. The Landlord may claim "
             "from the Guarantor only for amounts above the Tenant's share of the deposit, after the deposit has "
             "been released by the deposit protection scheme or its adjudication is complete.")
    d.h1("4. How long the guarantee lasts")
    d.clause("4.1", "This guarantee covers the Fixed Term and any Statutory Periodic Tenancy that follows it, for "
             "no more than 6 months after the end of the Fixed Term. It does not cover any new tenancy of the "
             "Property, or a renewal of the Fixed Term, unless the Guarantor signs a new deed.")
    d.clause("4.2", "If the Rent is increased during the period covered, the Guarantor is liable for the increased "
             "Tenant's Share only if the increase is no more than 5% in any 12 months, or the Guarantor has "
             "agreed to it in writing. Otherwise the Guarantor's liability stays at the Tenant's Share before "
             "the increase.")
    d.clause("4.3", "During a Statutory Periodic Tenancy the Guarantor may end the guarantee for the future by "
             "giving the Landlord at least 3 months' written notice. The Guarantor remains liable for sums that "
             "fell due before the notice ends.")
    d.clause("4.4", "The Guarantor is released if the Tenant leaves and the Landlord accepts a replacement "
             "tenant, with a new guarantor where required, in the Tenant's place.")
    d.h1("5. Rent arrears")
    d.clause("5.1", "The Landlord will keep the Guarantor informed of arrears of the Tenant's Share as follows:")
    d.grid(["Tenant's Share overdue by", "What the Landlord (or agent) does"],
           [["7 days", "Reminder to the Tenant by e-mail and text message"],
            ["14 days", "Letter to the Tenant asking for payment within 14 days (clause 2.2), copied to the "
             "Guarantor"],
            ["28 days", "Written demand on the Guarantor for the arrears, with a statement of account"],
            ["2 months or more", "Possible notice seeking possession; the Guarantor is told within 7 days "
             "of any notice being served"]], [50, 120])
    d.clause("5.2", "The Guarantor must pay a written demand within 14 days of receiving it. Payments by the "
             "Guarantor are applied first to the oldest arrears.")
    d.h1("6. Who can be a guarantor")
    d.clause("6.1", "The Guarantor must live in the United Kingdom, be aged 21 or over, and pass the agent's "
             "credit and identity checks. The Guarantor must also meet the income test for their "
             "circumstances:")
    d.grid(["Guarantor", "Income test (gross, per year)", "Evidence"],
           [["Employed", "At least 30 times the Tenant's Share of the monthly Rent",
             "3 months' payslips and an employer reference"],
            ["Self-employed", "At least 36 times the Tenant's Share of the monthly Rent",
             "2 years' accounts or tax calculations"],
            ["Retired", "Pension income of at least 30 times the Tenant's Share",
             "Pension statements"],
            ["Homeowner with no qualifying income", "Not available; a homeowner must still meet one of the "
             "income tests above", ""]], [45, 70, 55])
    d.h1("7. Death or insolvency of the Guarantor")
    d.clause("7.1", "If the Guarantor dies or becomes bankrupt, the Tenant must tell the Landlord within 1 month "
             "and find a replacement guarantor acceptable to the Landlord within 28 days of being asked. The "
             "Guarantor's estate remains liable for sums that fell due before the death.")
    d.h1("8. General")
    d.clause("8.1", "The Guarantor's liability is not reduced if the Landlord gives the Tenant more time to pay or "
             "agrees to vary the Tenancy Agreement, except as set out in clause 4.2.")
    d.clause("8.2", "Notices to the Guarantor may be sent by e-mail to the address in the Schedule. This deed is "
             "governed by the law of England and Wales.")
    d.signature_block(["Executed as a deed by the Guarantor, Owain Calloway, in the presence of a witness "
                       "(name, address and occupation of witness):",
                       "Executed as a deed by the Landlord, Marguerite Fenlow, acting by her agent Ashdown & Pryce "
                       "Lettings",
                       "Signed by the Tenant, Rhys Calloway, to confirm he has read this deed"])
    d.h1("SCHEDULE")
    d.grid(["Item", "Details"],
           [["Property", "14 Cobbler's Row, Aldermoor AM3 7QL (five-bedroom house, four tenants)"],
            ["Landlord", "Marguerite Fenlow, c/o Ashdown & Pryce Lettings, 3 Market Place, Aldermoor"],
            ["Tenant", "Rhys Calloway (student), one of four joint tenants"],
            ["Guarantor", "Owain Calloway (father), 9 Heol y Nant, Carmarthen; owain.calloway@example.com"],
            ["Fixed Term", "12 months from 1 September 2026 to 31 August 2027"],
            ["Rent", "GBP 2,380 per month for the whole Property"],
            ["Tenant's Share", "GBP 595 per month (one quarter of the Rent)"],
            ["Tenant's share of the deposit", "GBP 686"],
            ["Liability Cap", "GBP 7,140"]], [50, 120])
    return d.save("legal/guarantor_deed_cobblers_row_calloway.pdf")


# =============================================================================
# 3. Private music lessons terms and conditions
# =============================================================================
def music_lessons():
    d = Doc("Stavewood School of Music - Terms and Conditions for Lessons", "2026/27",
            "Stavewood School of Music, 41 Linden Parade, Harrowfold", accent=(140, 40, 40))
    d.title_block("TERMS AND CONDITIONS FOR INDIVIDUAL AND SHARED LESSONS",
                  "Applies from September 2026 to all pupils of Stavewood School of Music, at our studios, online "
                  "and at pupils' homes. Please read these terms before you return the enrolment form.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Pupil\" means the person taking lessons. \"Parent\" means the person who enrols the Pupil "
             "and pays the fees; an adult Pupil may be their own Parent. \"Term\" means one of the three terms "
             "in the Term Dates at the end of these conditions. \"Teacher\" means the tutor allocated to the "
             "Pupil by the School.")
    d.h1("2. Fees")
    d.clause("2.1", "Each Term contains 10 lessons. Fees are charged for the whole Term in advance:")
    d.grid(["Lesson", "Fee per lesson", "Fee per Term (10 lessons)"],
           [["Individual, 30 minutes", "GBP 21.00", "GBP 210"],
            ["Individual, 45 minutes", "GBP 30.50", "GBP 305"],
            ["Individual, 60 minutes", "GBP 39.00", "GBP 390"],
            ["Shared (2 pupils), 45 minutes", "GBP 17.00 per pupil", "GBP 170 per pupil"],
            ["Home visit supplement (within 5 miles)", "GBP 6.00", "GBP 60"]], [70, 50, 50])
    d.para("* Online lessons are charged at 10% less than the fees above. Where two or more children from the "
           "same family have lessons, a 10% sibling discount applies to the fees of the second and each further "
           "child (the lower fees).", size=8.5, style="I")
    d.clause("2.2", "Fees are due by the first day of Term. If fees are not paid within 14 days after they are due, "
             "a late payment charge of GBP 15 is added, and lessons may be suspended until the fees are paid.")
    d.clause("2.3", "Fees are reviewed each year. Any increase takes effect in September and is notified at least "
             "one Term in advance.")
    d.h1("3. Missed and cancelled lessons")
    d.clause("3.1", "What happens when a lesson does not take place depends on who cancels and how much notice "
             "is given:")
    d.grid(["Lesson cancelled by", "Notice given", "What happens"],
           [["Parent or Pupil", "48 hours or more", "One make-up lesson per Term, at a time the Teacher offers"],
            ["Parent or Pupil", "Less than 48 hours, or no-show", "Lesson charged in full; no make-up lesson"],
            ["Parent or Pupil (school trip, exam)", "2 weeks or more, in writing", "Lesson rearranged; no "
             "limit per Term"],
            ["Teacher", "Any", "Make-up lesson, or the fee for that lesson is refunded or credited to the next "
             "Term"],
            ["School closure (snow, power cut)", "Any", "Lesson given online at the usual time"]], [55, 45, 70])
    d.clause("3.2", "Make-up lessons not taken by the end of the Term lapse; they cannot be carried over.")
    d.h1("4. Stopping lessons")
    d.clause("4.1", "Either the Parent or the School may end lessons by giving at least 6 weeks' written notice. "
             "Fees for lessons within the notice period are payable whether or not the lessons are attended; "
             "fees already paid for lessons after the notice period ends are refunded.")
    d.clause("4.2", "The School may end lessons at once, with a refund of fees for lessons not given, if the "
             "Pupil or Parent behaves abusively towards a Teacher.")
    d.h1("5. Graded exams")
    d.clause("5.1", "Teachers will suggest when a Pupil is ready for a graded practical exam. The School enters "
             "Pupils for the spring and summer exam sessions; entry closes 8 weeks before the session. The "
             "Parent pays the exam entry fee and, for instruments other than piano and drum kit, an official "
             "accompanist fee that includes one rehearsal:")
    d.grid(["Practical grade", "Exam entry fee", "Accompanist fee"],
           [["Grades 1 and 2", "GBP 52", "GBP 35"],
            ["Grades 3 and 4", "GBP 61", "GBP 35"],
            ["Grade 5", "GBP 68", "GBP 35"],
            ["Grades 6 and 7", "GBP 82", "GBP 55"],
            ["Grade 8", "GBP 99", "GBP 55"]], [60, 50, 50])
    d.clause("5.2", "Entry fees are not refundable once the entry has been submitted, even if the Pupil withdraws. "
             "An administration charge of GBP 8 per entry is added.")
    d.h1("6. Instrument hire")
    d.clause("6.1", "Violins, violas, cellos, flutes, clarinets and trumpets may be hired for GBP 14 per month, "
             "with a refundable deposit of GBP 60, for a minimum of 3 months. The hirer must insure the "
             "instrument or pay for repairs. After 18 months of hire, half of the hire fees paid may be put "
             "towards buying a new instrument from our partner shop.")
    d.h1("7. Safeguarding and lessons at home")
    d.clause("7.1", "For lessons at the Pupil's home, an adult aged 18 or over must be in the home throughout the "
             "lesson for any Pupil under 16. Teachers hold an enhanced DBS certificate renewed every 3 years.")
    d.clause("7.2", "Lessons are not recorded without the Parent's written consent. Online lessons for Pupils "
             "under 16 are given only through the School's video platform, with the Parent in the house.")
    d.h1("8. Trial lessons, joining and concerts")
    d.clause("8.1", "A first trial lesson of 30 minutes costs GBP 15, which is deducted from the first Term's fees "
             "if the Pupil enrols. A Pupil who joins after the start of a Term pays only for the lessons left in "
             "that Term.")
    d.clause("8.2", "Pupils may perform in the School's end-of-Term concerts free of charge. Audience tickets cost "
             "GBP 5 for adults; children under 16 are admitted free.")
    d.h1("9. Complaints")
    d.clause("9.1", "Complaints should be made to the Head of School, Ms Ingrid Solvang, who will reply within "
             "10 working days.")
    d.signature_block(["Signed by the Parent (or adult Pupil), on behalf of the Pupil named on the enrolment form"])
    d.h1("TERM DATES 2026/27")
    d.grid(["Term", "Lessons", "Half-term break (no lessons)"],
           [["Autumn Term", "7 September to 11 December 2026", "26 to 30 October 2026"],
            ["Spring Term", "4 January to 26 March 2027", "15 to 19 February 2027"],
            ["Summer Term", "12 April to 9 July 2027", "31 May to 4 June 2027"]], [40, 70, 60])
    d.para("There are no lessons on bank holidays; a Term always has 10 lessons for each Pupil.", size=9, style="I")
    return d.save("legal/music_lesson_terms_stavewood.pdf")


# =============================================================================
# 4. Vitamin D deficiency guideline
# =============================================================================
def vitamin_d_guideline():
    d = Doc("Vitamin D deficiency: testing and treatment", "Guideline CG-114, v2",
            "Marlingford Area Prescribing Committee - for primary care", accent=(160, 110, 0), body_size=9.5)
    d.title_block("VITAMIN D DEFICIENCY IN ADULTS AND CHILDREN: TESTING AND TREATMENT",
                  "For GPs, practice nurses and community pharmacists. Approved March 2026; review March 2029.",
                  size=14)
    d.h1("1. Scope")
    d.para("Adults and children over 1 month old in primary care. It does not cover patients with eGFR below 30 "
           "or on dialysis, patients with hypercalcaemia, or pregnancy with a level below 25 nmol/L: refer these "
           "to the relevant specialist team. Doses are given in international units (1 microgram = 40 units).")
    d.h1("2. Who to test")
    d.clause("2.1", "Test serum 25-hydroxyvitamin D (25-OHD) only if the patient has symptoms or signs that "
             "suggest deficiency (bone pain, proximal muscle weakness, osteomalacia on X-ray), has a disease in "
             "which correction is needed (osteoporosis before starting an antiresorptive, malabsorption, "
             "hyperparathyroidism), or has raised alkaline phosphatase with low calcium or phosphate.")
    d.clause("2.2", "Do not test people without symptoms just because they are at higher risk (dark skin, little "
             "sun exposure, covering clothes, care home residents); advise a daily supplement instead.")
    d.h1("3. Interpreting the result")
    d.grid(["Serum 25-OHD", "Status", "Action"],
           [["Below 25 nmol/L", "Deficient", "Treat with a loading regimen (section 4), then maintenance"],
            ["25 to 50 nmol/L", "Insufficient", "Loading regimen if symptomatic or starting an antiresorptive; "
             "otherwise maintenance alone without a loading dose"],
            ["51 to 150 nmol/L", "Adequate", "No treatment; general advice on sunlight and a winter supplement"],
            ["151 to 220 nmol/L", "High", "Stop any supplement over 1,000 units a day; recheck not needed"],
            ["Above 220 nmol/L", "Possible toxicity", "Stop all vitamin D; check adjusted calcium the same day"]],
           [35, 30, 105])
    d.h1("4. Loading regimens for adults")
    d.para("Give one of the following colecalciferol courses (total about 300,000 units). Capsules and tablets "
           "are used in preference to liquid preparations.")
    d.grid(["Regimen", "Dose", "Duration", "Total dose"],
           [["A (preferred)", "50,000 units once weekly", "6 weeks", "300,000 units"],
            ["B", "20,000 units twice weekly", "7 weeks", "280,000 units"],
            ["C (if weekly doses are not suitable)", "4,000 units daily", "10 weeks", "280,000 units"]],
           [55, 50, 30, 35])
    d.clause("4.1", "Start maintenance 1 month after the loading course finishes: 800 to 2,000 units daily, "
             "occasionally up to 4,000 units daily, or 50,000 units once a month. Maintenance is usually "
             "lifelong if the cause of deficiency persists.")
    d.clause("4.2", "Adjusted serum calcium must be checked before loading and 1 month after completing the "
             "loading regimen, because treatment can unmask primary hyperparathyroidism. If adjusted calcium is "
             "above 2.60 mmol/L, stop vitamin D and check PTH; refer to endocrinology if PTH is not suppressed.")
    d.clause("4.3", "Do not routinely re-check 25-OHD levels. Re-test after 3 to 6 months only if symptoms "
             "persist, the patient has malabsorption, or adherence is in doubt.")
    d.h1("5. Children")
    d.para("Treat deficiency in children (25-OHD below 25 nmol/L, or 25 to 50 nmol/L with symptoms) with "
           "colecalciferol for 8 to 12 weeks, then give the maintenance dose:")
    d.grid(["Age", "Treatment dose (8 to 12 weeks)", "Maintenance dose"],
           [["1 month to under 6 months", "3,000 units daily", "400 units daily"],
            ["6 months to under 12 years", "6,000 units daily", "400 to 600 units daily"],
            ["12 to 18 years", "10,000 units daily", "800 units daily"]], [55, 60, 55])
    d.para("Alternatively, children aged 12 to 18 may take 50,000 units once weekly for 6 weeks. Check calcium "
           "and alkaline phosphatase at 1 month in children with rickets.", size=9, style="I")
    d.h1("6. Cautions and interactions")
    d.clause("6.1", "Sarcoidosis, primary hyperparathyroidism, metastatic cancer and a history of kidney stones: "
             "seek specialist advice before treating, as vitamin D can cause hypercalcaemia.")
    d.clause("6.2", "Thiazide diuretics raise the risk of hypercalcaemia: check adjusted calcium 1 month after "
             "starting. Carbamazepine, phenytoin, rifampicin and orlistat reduce vitamin D levels.")
    d.clause("6.3", "Pregnant and breastfeeding women with levels of 25 nmol/L or more should take 400 units "
             "daily throughout pregnancy and breastfeeding.")
    d.h1("7. Prevention advice for everyone")
    d.para("Everyone aged over 4 years should consider a 400 units (10 micrograms) daily supplement from October "
           "to March. People who are rarely outdoors, or who cover their skin, should take it all year. Oily "
           "fish, eggs and fortified cereals contain some vitamin D, but diet alone rarely provides enough.")
    d.h1("8. Prescribing")
    d.para("Colecalciferol for maintenance in adults should be bought over the counter where possible; prescribe "
           "loading courses and treatment for children. Most products contain gelatin: vegetarian products are "
           "available on request.")
    return d.save("medical/vitamin_d_guideline_marlingford.pdf")


# =============================================================================
# 5. Migraine patient leaflet (question-and-answer)
# =============================================================================
def migraine_leaflet():
    d = Doc("Migraine: treating and preventing attacks", "Leaflet NEU-031",
            "Ashvale Community Headache Service", accent=(0, 90, 120), body_size=10.5)
    d.title_block("Migraine: treating and preventing attacks",
                  "Information for adults with migraine, from the Ashvale Community Headache Service. Please "
                  "keep this leaflet and bring your headache diary to every appointment.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is migraine?",
       "Migraine is a common condition that causes attacks of moderate or severe headache, often on one side, "
       "with feeling sick, and dislike of light and noise. An attack usually lasts 4 to 72 hours. About 1 in 3 "
       "people with migraine have an aura before the headache: flashing or zigzag lights, blind spots, or "
       "tingling in one hand or the face, lasting 5 to 60 minutes.")
    qa("How should I treat an attack?",
       "Take your treatment as early as possible once the headache starts. Start with one of: aspirin 900 mg, "
       "ibuprofen 400 mg, or paracetamol 1 g, and add an anti-sickness medicine (metoclopramide 10 mg or "
       "prochlorperazine) if you feel sick. Soluble tablets work faster. If this is not enough on its own, a "
       "triptan can be taken with ibuprofen or paracetamol.")
    qa("How do I take sumatriptan?",
       "Take sumatriptan 50 mg when the headache starts, not during the aura. Your doctor may increase this to "
       "100 mg. If the first dose does not help at all, do not take a second dose for the same attack. If the "
       "headache goes away and then comes back, you can take a second dose at least 2 hours after the first. "
       "Do not take more than 300 mg in 24 hours. Try a triptan on 3 separate attacks before deciding it does "
       "not work for you: another triptan, such as zolmitriptan, rizatriptan or naratriptan, may suit you "
       "better.")
    qa("Can I take codeine or other opioid painkillers?",
       "Codeine, dihydrocodeine, tramadol and other opioids are not recommended for migraine. They work less "
       "well than the treatments above, make sickness worse and are a common cause of medication overuse "
       "headache.")
    qa("What is medication overuse headache?",
       "Taking painkillers or triptans too often can make headaches more frequent - a daily or near-daily "
       "headache that gets better only when the tablets are stopped. To avoid it, keep to these limits:")
    d.grid(["Medicine", "Risk of medication overuse headache if taken on"],
           [["Paracetamol, aspirin, ibuprofen or other simple painkillers", "15 or more days a month"],
            ["Triptans (for example sumatriptan)", "10 or more days a month"],
            ["Codeine or other opioids, or combination painkillers (for example co-codamol)",
             "10 or more days a month"],
            ["A mix of the above (counting every day any of them is taken)", "10 or more days a month"]],
           [105, 65])
    d.para("If you already have medication overuse headache, stopping the overused medicine completely for at "
           "least 1 month usually helps. Headaches often get worse for 1 to 2 weeks before they improve.")
    qa("Should I take a daily medicine to prevent attacks?",
       "Prevention is worth considering if you have 4 or more migraine days a month, or if attacks are long or "
       "disabling despite treatment. The usual choices are propranolol (starting at 80 mg a day; not if you "
       "have asthma), amitriptyline (10 mg at night, increased slowly to 30 mg or more), topiramate or "
       "candesartan. A preventive medicine takes 6 to 8 weeks to start working, so give it a fair trial. If it "
       "helps, keep taking it for 6 months and then talk to your doctor about reducing it.")
    qa("Topiramate and pregnancy",
       "Topiramate can harm an unborn baby. If you could become pregnant you must use highly effective "
       "contraception while taking it and for 4 weeks after stopping, and you will be asked to sign a yearly "
       "risk form.")
    qa("Can I take the contraceptive pill?",
       "If you have migraine with aura, you must not take the combined pill (or use the combined patch or "
       "ring), because it increases the risk of stroke. The progestogen-only pill, implant, injection or a coil "
       "can be used. If you have migraine without aura, the combined pill is usually fine, but tell your "
       "doctor if your attacks get worse or you develop aura.")
    qa("What about migraine around my period?",
       "If your attacks happen mainly in the 2 days before and 3 days after a period starts, your doctor may "
       "suggest taking frovatriptan 2.5 mg twice a day, starting 2 days before your period is due and "
       "continuing for 6 days in total.")
    qa("What can I do myself?",
       "Keep a headache diary for at least 8 weeks to find triggers and count your headache days. Regular "
       "sleep, regular meals, enough water and regular exercise help. Keep caffeine below 200 mg a day (about "
       "2 mugs of coffee). Do not drive during an aura or while an attack is affecting your vision.")
    qa("When should I get urgent help?",
       "Call 999 if you have a sudden, very severe headache that reaches its worst within 5 minutes (a "
       "'thunderclap' headache), or a headache with weakness of an arm or leg, slurred speech or a drooping "
       "face. Get an urgent GP or NHS 111 appointment the same day for a headache with fever and a stiff neck "
       "or rash, a new headache after the age of 50, an aura lasting more than 1 hour, or a headache that "
       "wakes you from sleep and is worse on coughing.")
    d.para("Headache nurse line (Mon-Fri 09:00-16:00): 01632 960 388. This leaflet does not replace advice "
           "from your doctor.", size=9.5, style="B")
    return d.save("medical/migraine_leaflet_ashvale.pdf")


# =============================================================================
# 6. Paracetamol overdose guideline
# =============================================================================
def paracetamol_overdose():
    d = Doc("Paracetamol overdose: assessment and acetylcysteine", "ED guideline ED-TOX-04, v5",
            "Thornbury General Hospital - Emergency Department and Acute Medicine", accent=(150, 20, 20),
            body_size=9.5)
    d.title_block("PARACETAMOL OVERDOSE IN PATIENTS AGED 12 AND OVER",
                  "Emergency Department guideline. For children under 12, use the paediatric poisoning guideline. "
                  "Contact the poisons information service for mixed or unusual overdoses.", size=14)
    d.h1("1. Assessment")
    d.clause("1.1", "Establish the time of ingestion, the amount taken in mg/kg, and whether it was a single "
             "acute ingestion (all taken within 1 hour) or a staggered overdose (taken over more than 1 hour). "
             "Use the patient's actual body weight, capped at 110 kg for all calculations.")
    d.clause("1.2", "An acute ingestion of less than 75 mg/kg needs no treatment if the patient is well. An acute "
             "ingestion of 75 mg/kg or more needs a paracetamol concentration taken at 4 hours or later.")
    d.clause("1.3", "Activated charcoal 50 g may be given if the patient presents within 1 hour of taking 150 "
             "mg/kg or more and can protect their airway.")
    d.h1("2. When to start acetylcysteine without waiting for the level")
    d.bullets(["the patient presents 8 to 24 hours after an acute ingestion of 75 mg/kg or more;",
               "the overdose was staggered, or the time of ingestion is unknown;",
               "the patient presents more than 24 hours after ingestion and is jaundiced, has liver tenderness, "
               "or has a raised ALT or detectable paracetamol."])
    d.para("In these patients start acetylcysteine immediately, and take bloods (paracetamol, ALT, INR, "
           "creatinine, venous gas and glucose) at the same time. Acetylcysteine can be stopped if the level is "
           "below the line and ALT is normal.")
    d.h1("3. The treatment line")
    d.para("For a single acute ingestion with a known time, compare the plasma paracetamol concentration with "
           "the treatment line below. Treat if the concentration is on or above the line. Concentrations taken "
           "before 4 hours after ingestion cannot be interpreted.")
    d.grid(["Hours since ingestion", "Treatment line (mg/L)", "Hours since ingestion", "Treatment line (mg/L)"],
           [["4 hours", "100 mg/L", "11 hours", "30 mg/L"],
            ["5 hours", "84 mg/L", "12 hours", "25 mg/L"],
            ["6 hours", "71 mg/L", "13 hours", "21 mg/L"],
            ["7 hours", "59 mg/L", "14 hours", "18 mg/L"],
            ["8 hours", "50 mg/L", "15 hours", "15 mg/L"],
            ["9 hours", "42 mg/L", "16 hours", "13 mg/L"],
            ["10 hours", "35 mg/L", "Over 16 hours", "See footnote"]], [40, 45, 40, 45])
    d.para("* After 16 hours the line is unreliable: treat if paracetamol is detectable (10 mg/L or more) or "
           "ALT is above the upper limit of normal. If the time of ingestion falls between two rows, use the "
           "later row (the lower line).",
           size=8.5, style="I")
    d.h1("4. Acetylcysteine: 12-hour two-bag regimen")
    d.para("Bag 1: 100 mg/kg over 2 hours in 200 mL glucose 5%. Bag 2: 200 mg/kg over 10 hours in 1,000 mL "
           "glucose 5% (or sodium chloride 0.9%). Use the weight-band doses below; prescribe both bags at the "
           "start.")
    d.grid(["Weight band", "Bag 1 (over 2 hours)", "Bag 2 (over 10 hours)"],
           [["40 to 49 kg", "4,500 mg", "9,000 mg"],
            ["50 to 59 kg", "5,500 mg", "11,000 mg"],
            ["60 to 69 kg", "6,500 mg", "13,000 mg"],
            ["70 to 79 kg", "7,500 mg", "15,000 mg"],
            ["80 to 89 kg", "8,500 mg", "17,000 mg"],
            ["90 to 99 kg", "9,500 mg", "19,000 mg"],
            ["100 to 109 kg", "10,500 mg", "21,000 mg"],
            ["110 kg or more", "11,000 mg", "22,000 mg"]], [55, 55, 60])
    d.para("Patients under 40 kg: calculate the dose in mg/kg and use half the fluid volumes.", size=9, style="I")
    d.h1("5. Reactions to acetylcysteine")
    d.clause("5.1", "Flushing, itching, rash, wheeze or low blood pressure are usually non-allergic reactions and "
             "occur mostly in the first bag. Stop the infusion, give chlorphenamine 10 mg IV (and salbutamol if "
             "wheezy), and restart once the symptoms have settled. A previous reaction is not a reason to "
             "withhold acetylcysteine.")
    d.h1("6. At the end of bag 2")
    d.clause("6.1", "Take paracetamol, ALT, INR and creatinine 1 hour before the end of bag 2.")
    d.clause("6.2", "Continue acetylcysteine (repeat bag 2 at 200 mg/kg over 10 hours) if ALT is more than "
             "twice the value on arrival and above the upper limit of normal, the INR is above 1.3, or "
             "paracetamol is still 10 mg/L or more. Repeat the bloods before the end of each further bag.")
    d.clause("6.3", "The patient may be discharged, after a psychosocial assessment, if they are well, ALT is "
             "normal or less than twice the value on arrival, and the INR is 1.3 or below. Advise them to return "
             "if they develop abdominal pain or vomiting.")
    d.h1("7. Liver unit referral")
    d.clause("7.1", "Discuss with the regional liver unit if any of: arterial pH below 7.30 after fluids; INR above "
             "3.0 at 48 hours or above 4.5 at any time; creatinine above 200 micromol/L; hypoglycaemia; lactate "
             "above 3.5 mmol/L after fluids; or encephalopathy. Do not give fresh frozen plasma or vitamin K to "
             "correct the INR unless the liver unit advises.")
    d.h1("8. Special situations")
    d.clause("8.1", "Pregnancy: treat as for other adults; use the pre-pregnancy weight if known. Acetylcysteine "
             "is not harmful to the baby.")
    d.clause("8.2", "Repeated supratherapeutic ingestion (more than 4 g a day, or more than 75 mg/kg a day in "
             "people under 50 kg, for more than 1 day): treat as a staggered overdose.")
    return d.save("medical/paracetamol_overdose_guideline_thornbury.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([funeral_plan, guarantor_deed, music_lessons,
                       vitamin_d_guideline, migraine_leaflet, paracetamol_overdose], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
