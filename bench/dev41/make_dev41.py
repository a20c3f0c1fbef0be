"""Render the forty-first development-set documents (fictional) as PDFs into bench/dev41/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a garden
landscaping and maintenance contract for a named customer (definitions, stage payments, materials and the plant
guarantee, a variations clause with unforeseen ground conditions, a visit frequency table by season, a price
band table by garden size with a footnote, missed visits, term and notice; the works and payment schedule and an
extra work price list after the signatures), a language school's enrolment terms for adult courses (a course
table with levels, lessons and hours, enrolment and materials fees, deposits, visa letters and visa refusal, a
refund table by weeks before the start, holidays, attendance and lateness, class sizes, homestay), a
bookkeeping services engagement letter for a small business (scope and what is out of scope, a fee band table
by annual turnover with a footnote, payroll, a VAT return deadline table by quarter, late records, the
liability cap, notice; the client's details in a schedule after the signatures), an adult hyponatraemia
management guideline (sodium bands, acute vs chronic, a symptom table, first tests, hypertonic saline boluses,
a fluid restriction table by sodium, maximum correction rates per 24 and 48 hours with high-risk patients,
monitoring, tolvaptan, follow-up), an adult women's cystitis leaflet in question-and-answer form with a
pharmacy treatment pathway (key symptoms, an eligibility table by age and situation, red flags, the
antibiotic course, self-care, when to see a GP) and a children's gastroenteritis leaflet in
question-and-answer form (an oral rehydration table by weight, how to give it when vomiting, feeding, a
red-flag and amber sign table, how long it lasts, nursery and school).
Questions: bench/dev41/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev41/make_dev41.py [--check]
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
Doc = set_doc(lambda: OUT, "Development set 41 (fictional document)", "make_dev41.py", FIXED_DATE)


# =============================================================================
# 1. Garden landscaping and maintenance contract
# =============================================================================
def landscaping_contract():
    d = Doc("Landscaping and Garden Maintenance Contract - Bramblecote Landscapes / Pethybridge",
            "Contract BL-2028-0417", "Bramblecote Landscapes Ltd, Yard 2 Kilnworth Lane, Lytchley",
            font="Times", accent=(30, 90, 40), body_size=10.5)
    d.title_block("LANDSCAPING AND GARDEN MAINTENANCE CONTRACT",
                  "Between Bramblecote Landscapes Ltd, company no. 12604418 (\"Bramblecote\", \"we\", \"us\") and "
                  "Dr Imogen Pethybridge of 14 Orchard Rise, Lytchley LY3 9QT (\"the Customer\", \"you\"). "
                  "Dated 14 February 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Landscaping Works\" means the one-off design and construction work described in Schedule 1 "
             "(hard landscaping, planting and turfing). \"Landscaping Price\" means the price of the Landscaping "
             "Works in Schedule 1, including VAT.")
    d.clause("1.2", "\"Maintenance Services\" means the regular garden care visits described in clause 6. A "
             "\"Visit\" is one attendance by our gardeners for the time shown for your Garden Size Band.")
    d.clause("1.3", "\"Garden Area\" means the area of the garden in square metres (m2) measured by us, including "
             "lawns, beds, paths and patios but excluding the footprint of the house, garages and sheds. "
             "\"Garden Size Band\" means the band in clause 7 into which the Garden Area falls.")
    d.clause("1.4", "\"Completion\" means the day we notify you in writing that the Landscaping Works are finished. "
             "\"Working Day\" means Monday to Friday, except bank holidays.")
    d.clause("1.5", "\"Seasons\": Spring is March to May, Summer is June to August, Autumn is September to November "
             "and Winter is December to February.")
    d.h1("2. The Landscaping Works")
    d.clause("2.1", "We will start the Landscaping Works on the start date in Schedule 1 and expect them to take "
             "about 15 Working Days. Dates may move because of weather; we will keep you informed.")
    d.clause("2.2", "You pay the Landscaping Price in three stages: a deposit of 25% when you sign this contract; "
             "40% when the hard landscaping (patio, paths and sleeper beds) is finished; and the balance of "
             "35% within 7 days of Completion.")
    d.clause("2.3", "If any payment is late we may pause the work, and we may charge interest at 4% a year above "
             "the Bank of England base rate on the overdue amount.")
    d.h1("3. Materials")
    d.clause("3.1", "We supply all materials listed in Schedule 1. Natural stone varies in colour and texture "
             "from batch to batch; the sample you approved is a guide only and a variation in shade is not a "
             "defect.")
    d.clause("3.2", "Surplus materials of up to 5% of the quantity ordered remain our property and are taken away "
             "when the work is finished. Surplus above 5% may be left with you at your request at cost price.")
    d.clause("3.3", "If you supply any materials or plants yourself, we will fit or plant them, but we give no "
             "guarantee for them and we are not responsible for delays if they arrive late.")
    d.h1("4. Guarantees")
    d.clause("4.1", "Hard landscaping (patios, paths, edging and sleeper beds) is guaranteed against defects in "
             "workmanship for 5 years from Completion. Fencing and gates are guaranteed for 2 years.")
    d.clause("4.2", "Plants we supply that die within 6 months of planting will be replaced free of charge once, "
             "provided they have been watered as set out in our aftercare sheet. Turf is guaranteed for 4 "
             "weeks from laying only. The plant guarantee does not cover damage by pets, wildlife or drought "
             "during a hosepipe ban.")
    d.h1("5. Variations")
    d.clause("5.1", "You may ask us to change the Landscaping Works (a \"Variation\"). We will give you a written "
             "Variation Quote, including any change to the timetable, within 5 Working Days of your request.")
    d.clause("5.2", "No Variation is carried out until you have accepted the Variation Quote in writing. A "
             "Variation worth less than GBP 150 may be agreed on site by text message to the site supervisor.")
    d.clause("5.3", "If we find unforeseen ground conditions (for example buried rubble, old foundations, large "
             "roots or unmarked pipes or cables), we will stop work in the affected area and tell you the same "
             "day. Extra work needed is charged at our day rate of GBP 340 per two-person team per day, plus "
             "materials and skip hire at cost, and is treated as a Variation.")
    d.clause("5.4", "Variations are paid with the next stage payment under clause 2.2.")
    d.h1("6. Maintenance Services")
    d.clause("6.1", "Maintenance Services start 4 weeks after Completion and include lawn mowing and edging, "
             "weeding of beds, pruning of shrubs and removal of green waste. The number of Visits depends on "
             "the Season:")
    d.grid(["Season", "Months", "Visits", "Main tasks"],
           [["Spring", "March to May", "Every 2 weeks", "Lawn feed and scarifying (once), weeding, mulching beds"],
            ["Summer", "June to August", "Every week", "Mowing, deadheading, hedge trim (once, in late June)"],
            ["Autumn", "September to November", "Every 2 weeks", "Leaf clearance, lawn feed (once), hedge trim "
             "(once, in September)"],
            ["Winter", "December to February", "Once a month", "Pruning, tidying beds, checking fences and paths"]],
           [22, 42, 30, 80])
    d.clause("6.2", "Hedges are cut only outside the main bird nesting period unless we have checked that no "
             "birds are nesting. We do not cut hedges over 2 metres tall as part of a Visit (see Schedule 2).")
    d.h1("7. Maintenance charges")
    d.clause("7.1", "The price of each Visit depends on your Garden Size Band:")
    d.grid(["Garden Size Band", "Garden Area", "Gardener-hours per Visit", "Price per Visit *"],
           [["Small", "Up to 150 m2", "1.5 hours", "GBP 48"],
            ["Medium", "151 to 400 m2", "3 hours", "GBP 92"],
            ["Large", "401 to 800 m2", "5 hours", "GBP 150"],
            ["Extra large", "Over 800 m2", "By survey", "Quoted separately"]], [38, 38, 48, 44])
    d.para("* Prices include VAT and the removal of up to 6 bags of green waste per Visit. Each extra bag is "
           "GBP 4. Winter Visits are charged at the same price.", size=8.5, style="I")
    d.clause("7.2", "We invoice Maintenance Services monthly in arrears, payable within 14 days. We may review "
             "Visit prices once a year on 1 April, giving at least 30 days' written notice; an increase may not "
             "exceed 6% in any year.")
    d.clause("7.3", "If the ground is frozen or waterlogged, or it is unsafe to work, we will move the Visit to "
             "another day within 7 days. You are not charged for a Visit we do not make.")
    d.clause("7.4", "If you cancel a Visit with less than 48 hours' notice, or we cannot get into the garden at "
             "the agreed time, we charge 50% of the Visit price.")
    d.h1("8. Your responsibilities")
    d.clause("8.1", "You must give us access to the garden on Visit days, an outside tap and a power socket, and "
             "keep pets indoors while we work. You must tell us before work starts about any buried pipes, "
             "cables, drains or septic tanks you know of.")
    d.clause("8.2", "You are responsible for watering new plants and turf between Visits, as set out in the "
             "aftercare sheet we give you at Completion.")
    d.h1("9. Cancellation, term and ending the contract")
    d.clause("9.1", "You may cancel this contract within 14 days of signing it and receive a full refund of the "
             "deposit, unless you asked us in writing to start work within that period, in which case you pay "
             "for the work done. After 14 days, if you cancel the Landscaping Works we may keep the cost of "
             "materials ordered and work done, plus 10% of the remaining Landscaping Price.")
    d.clause("9.2", "The Maintenance Services run for an initial term of 12 months from the first Visit and then "
             "continue month to month. After the initial term either party may end them by giving 30 days' "
             "written notice.")
    d.h1("10. Liability and insurance")
    d.clause("10.1", "We hold public liability insurance of GBP 5 million. Our total liability under this "
             "contract is limited to the Landscaping Price, except for death or personal injury caused by our "
             "negligence and your statutory rights.")
    d.clause("10.2", "We are not liable for damage to underground pipes or cables that you did not tell us about "
             "under clause 8.1, or for plants that die because they were not watered.")
    d.signature_block(["Signed by Dr Imogen Pethybridge (Customer)",
                       "Signed for Bramblecote Landscapes Ltd by Aled Ruthven-Moss, Director"])
    d.h1("SCHEDULE 1 - THE WORKS, GARDEN AND PAYMENTS")
    d.para("Garden: rear and side garden at 14 Orchard Rise, Lytchley. Garden Area measured on 7 February 2028: "
           "380 m2 (Medium band). Start date: 6 March 2028. Estimated Completion: 24 March 2028.", size=9.5)
    d.grid(["Item", "Specification", "Price (incl. VAT)"],
           [["Patio", "Indian sandstone, Harvest Buff, 24 m2 on a full mortar bed", "GBP 3,120"],
            ["Path", "Golden gravel on a membrane with steel edging, 18 m long", "GBP 990"],
            ["Raised beds", "3 oak sleeper beds, 2.4 m x 1.2 m, 2 sleepers high", "GBP 1,260"],
            ["Lawn", "New turf, 90 m2, including soil preparation", "GBP 810"],
            ["Planting", "60 shrubs and perennials to the approved planting plan", "GBP 1,140"],
            ["", "Landscaping Price", "GBP 7,320"]], [30, 104, 36])
    d.para("Payments: deposit on signing GBP 1,830; second payment when hard landscaping is finished GBP 2,928; "
           "balance within 7 days of Completion GBP 2,562.", size=9.5)
    d.h1("SCHEDULE 2 - EXTRA WORK PRICE LIST")
    d.grid(["Extra work (not part of a Visit)", "Price"],
           [["Cutting hedges over 2 metres tall", "GBP 38 per gardener-hour"],
            ["Jet washing patios and paths", "GBP 3 per m2 (minimum GBP 60)"],
            ["Lawn aeration (hollow tining)", "GBP 0.45 per m2"],
            ["Removing tree stumps up to 30 cm across", "GBP 85 per stump"],
            ["Extra green waste bags (over 6 per Visit)", "GBP 4 per bag"]], [100, 70])
    return d.save("legal/landscaping_maintenance_contract_bramblecote_pethybridge.pdf")


# =============================================================================
# 2. Language school enrolment terms (adult courses)
# =============================================================================
def language_school_terms():
    d = Doc("Merrowgate Language Centre - Enrolment Terms for Adult Courses 2028", "Terms MLC-A/2028",
            "Merrowgate Language Centre Ltd, 22 Pennant Street, Brackwell", accent=(120, 30, 80))
    d.title_block("ENROLMENT TERMS AND CONDITIONS - ADULT COURSES 2028",
                  "These terms apply to all adult English courses starting between 1 January and 31 December "
                  "2028 at Merrowgate Language Centre (\"the Centre\", \"we\"). By enrolling you accept them.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Student\" means the person enrolled on a Course. \"Course\" means a course listed in clause "
             "2. \"Course Start Date\" means the first Monday of the Course. \"Lesson\" means a teaching period of "
             "45 minutes. \"Week\" means a teaching week of Monday to Friday.")
    d.clause("1.2", "\"Fees\" means the Tuition Fee, the Enrolment Fee and the Materials Fee. \"Level\" means a "
             "level of the Common European Framework (A1 beginner to C1 advanced).")
    d.h1("2. Courses, levels and hours")
    d.clause("2.1", "Our 2028 adult Courses are:")
    d.grid(["Course", "Levels", "Lessons per Week", "Hours per Week", "Tuition Fee"],
           [["General English Standard", "A1 to C1", "20", "15 hours", "GBP 265 per Week"],
            ["General English Intensive", "A2 to C1", "28", "21 hours", "GBP 345 per Week"],
            ["IELTS Preparation *", "B1 and above", "24", "18 hours", "GBP 320 per Week"],
            ["Evening English", "A1 to B2", "4 (two evenings)", "3 hours", "GBP 390 per 10-week term"],
            ["Business English One-to-One", "B1 and above", "10", "7.5 hours", "GBP 620 per Week"]],
           [52, 28, 30, 28, 36])
    d.para("* IELTS Preparation runs in blocks of 4 Weeks and needs a placement test result of B1 or above. The "
           "IELTS exam fee is not included.", size=8.5, style="I")
    d.clause("2.2", "Students booking 12 Weeks or more of General English or IELTS Preparation at one time receive "
             "a 10% discount on the Tuition Fee. The discount does not apply to Evening English or One-to-One "
             "lessons.")
    d.clause("2.3", "Every new Student takes a placement test on the morning of the Course Start Date, from "
             "08:45. Students may move Level after 4 Weeks if their teacher recommends it.")
    d.clause("2.4", "Adult Courses are for Students aged 18 or over on the Course Start Date. Students aged 17 may "
             "join General English courses starting in July or August only, with a consent form signed by a "
             "parent or guardian.")
    d.h1("3. Fees and payment")
    d.clause("3.1", "An Enrolment Fee of GBP 80 is payable once per Student per calendar year. It is not "
             "refundable except under clause 4.3 or clause 9.2.")
    d.clause("3.2", "The Materials Fee is GBP 15 per Week (maximum GBP 120 per Course) and covers the course book "
             "and online workbook. Evening English students pay a single Materials Fee of GBP 35 per term.")
    d.clause("3.3", "For Courses of 4 Weeks or more, a deposit of GBP 300 is payable on enrolment and the "
             "balance is due 4 weeks before the Course Start Date. Courses of less than 4 Weeks are paid in full "
             "on enrolment.")
    d.h1("4. Visa letters")
    d.clause("4.1", "The Centre is not a licensed Student visa sponsor. Students who need a visa may study with "
             "us as visitors for up to 6 months. We cannot enrol a visitor on Courses totalling more than 6 "
             "months.")
    d.clause("4.2", "We issue a visa support letter only after we have received the Enrolment Fee and the full "
             "Tuition Fee for the Course. The letter is e-mailed free of charge; an original sent by courier "
             "costs GBP 40. A replacement letter for new dates costs GBP 25.")
    d.clause("4.3", "If a visa is refused, we refund all Fees paid less an administration fee of GBP 150, provided "
             "we receive a copy of the refusal letter before the Course Start Date. Clause 5 does not apply to "
             "visa refusals.")
    d.h1("5. If you cancel")
    d.clause("5.1", "Cancellation must be made by e-mail to enrol@merrowgate.example. The refund depends on how "
             "many whole weeks before the Course Start Date we receive it:")
    d.grid(["Notice received before the Course Start Date", "Refund"],
           [["8 weeks or more", "All Fees paid, less the Enrolment Fee"],
            ["4 to 7 weeks", "70% of the Tuition Fee paid"],
            ["1 to 3 weeks", "40% of the Tuition Fee paid"],
            ["Less than 1 week, or after the Course has started", "No refund of the Tuition Fee"]], [90, 80])
    d.para("The Materials Fee is refunded in full for any cancellation before the Course Start Date. Homestay "
           "placement fees (clause 8) are not refundable.", size=8.5, style="I")
    d.clause("5.2", "After a Course has started, a Student who cannot continue may, once only, postpone the unused "
             "Weeks to a later Course starting within 12 months, with 2 weeks' written notice. Unused Weeks "
             "cannot be refunded or transferred to another person.")
    d.h1("6. Holidays and closures")
    d.clause("6.1", "Students booked for 8 Weeks or more may take 1 Week of holiday for every 8 Weeks booked, "
             "with at least 2 weeks' notice. The end date of the Course is extended by the holiday Weeks.")
    d.clause("6.2", "There are no lessons on UK bank holidays, and the Centre is closed from 23 December 2028 to "
             "2 January 2029. Group lessons missed on these days are not made up or refunded; One-to-One "
             "lessons are rescheduled.")
    d.h1("7. Attendance and conduct")
    d.clause("7.1", "Students must attend at least 80% of their Lessons in each calendar month. A Student whose "
             "attendance falls below 80% receives a written warning. A Student whose attendance is below 70% "
             "for 4 weeks in a row may be withdrawn from the Course without a refund.")
    d.clause("7.2", "A Student who arrives more than 15 minutes after the start of a Lesson is recorded as absent "
             "for that Lesson but may join the class.")
    d.clause("7.3", "A certificate of attendance is given at the end of a Course to Students with at least 80% "
             "attendance who have taken the end-of-course test. A replacement certificate costs GBP 20.")
    d.clause("7.4", "Group classes have a maximum of 12 Students. If fewer than 4 Students are enrolled at a "
             "Level, we may teach them as a mini-group of 15 Lessons per Week at the same Tuition Fee, or move "
             "them to the nearest Level.")
    d.h1("8. Accommodation")
    d.clause("8.1", "We can arrange homestay accommodation with local hosts at GBP 215 per week (single room, "
             "breakfast and evening meal) plus a placement fee of GBP 60. Students must give 2 weeks' notice to "
             "leave a homestay early.")
    d.h1("9. Our changes, liability and complaints")
    d.clause("9.1", "We may change teachers, classrooms and timetables. Lessons may be timetabled in the morning "
             "(09:00 to 12:30) or afternoon (13:30 to 17:00).")
    d.clause("9.2", "If we cancel a Course, Students may choose a full refund of all Fees, including the "
             "Enrolment Fee, or a place on another Course.")
    d.clause("9.3", "Complaints should be made first to the Director of Studies, Ms Oriane Castellow-Briggs. We "
             "reply in writing within 7 working days.")
    return d.save("legal/language_school_enrolment_terms_merrowgate.pdf")


# =============================================================================
# 3. Bookkeeping services engagement letter
# =============================================================================
def bookkeeping_letter():
    d = Doc("Engagement Letter - Quillon Hart Bookkeeping / Saffron Moth Bakery Ltd", "Ref. QHB/ENG/2028/031",
            "Quillon Hart Bookkeeping Ltd, 5 Cordwainer Court, Ebbsworth EB2 4RS", font="Times",
            accent=(60, 60, 60), body_size=10.5)
    d.set_font("Times", "B", 13)
    d.cell(0, 7, "Quillon Hart Bookkeeping Ltd", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9.5)
    d.multi_cell(0, 4.5, "5 Cordwainer Court, Ebbsworth EB2 4RS\nTelephone 01632 960 512 - "
                 "hello@quillonhart.example", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("Times", "", 10.5)
    d.multi_cell(0, 5, "Ms Delphine Arkwright, Director\nSaffron Moth Bakery Ltd\n3 Market Steps\nEbbsworth EB1 "
                 "7HN\n\n17 January 2028", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("Dear Ms Arkwright,")
    d.title_block("LETTER OF ENGAGEMENT: BOOKKEEPING, VAT AND PAYROLL SERVICES", None, size=12)
    d.para("Thank you for choosing Quillon Hart Bookkeeping Ltd. This letter and the attached schedule set out "
           "the services we will provide to Saffron Moth Bakery Ltd (\"you\", \"the Client\"), what you will do, "
           "our fees and the other terms of our engagement, starting on 1 February 2028.")
    d.h1("1. Our services")
    d.clause("1.1", "Monthly bookkeeping: recording sales and purchase invoices, reconciling your business bank "
             "accounts and card accounts to your bookkeeping software each month, and sending you a monthly "
             "profit and loss report by the 15th of the following month.")
    d.clause("1.2", "VAT returns: preparing your quarterly VAT return from the bookkeeping records and, after you "
             "have approved it, submitting it to HMRC using Making Tax Digital software.")
    d.clause("1.3", "Payroll (if shown in the Schedule): running your monthly payroll, payslips and RTI "
             "submissions, and the auto-enrolment pension contributions file.")
    d.clause("1.4", "Year-end: preparing a trial balance and year-end working papers and sending them to your "
             "accountant within 6 weeks of your financial year end.")
    d.h1("2. What is not included")
    d.clause("2.1", "The following are outside the scope of this engagement and, if you want them, will be quoted "
             "separately or carried out by your accountant:")
    d.bullets(["annual statutory accounts and filing them at Companies House;",
               "corporation tax returns and personal self-assessment tax returns for directors;",
               "tax advice or planning, including advice on whether to register for or leave any VAT scheme;",
               "audit, or any assurance on the accuracy of the records you give us;",
               "dealing with HMRC enquiries, compliance checks or VAT inspections on your behalf;",
               "paying HMRC, suppliers or staff: we never make payments from your bank accounts."])
    d.h1("3. Fees")
    d.clause("3.1", "Our monthly fee depends on your annual turnover and includes the number of bank and card "
             "transactions shown:")
    d.grid(["Annual turnover (excluding VAT) *", "Monthly bookkeeping fee", "Quarterly VAT return",
            "Transactions included per month"],
           [["Up to GBP 85,000", "GBP 110", "GBP 90 per return", "Up to 100"],
            ["GBP 85,001 to GBP 250,000", "GBP 185", "GBP 90 per return", "Up to 250"],
            ["GBP 250,001 to GBP 600,000", "GBP 290", "Included", "Up to 500"],
            ["GBP 600,001 to GBP 1,000,000", "GBP 420", "Included", "Up to 900"],
            ["Over GBP 1,000,000", "Quoted individually", "Included", "By agreement"]], [52, 40, 38, 44])
    d.para("* Turnover in your last filed accounts or, for a business less than a year old, your own estimate for "
           "the first 12 months. We re-band you each year on 1 May. Transactions above the monthly allowance are "
           "charged at GBP 0.60 each. All fees are subject to VAT.", size=8.5, style="I")
    d.clause("3.2", "Payroll is charged at GBP 30 per month for up to 5 employees, plus GBP 5 per month for each "
             "further employee.")
    d.clause("3.3", "Work outside the monthly allowance, such as bringing records up to date for periods before "
             "1 February 2028 (catch-up bookkeeping), is charged at GBP 48 per hour, and we will estimate the "
             "cost before we start.")
    d.clause("3.4", "Fees are invoiced monthly in advance and collected by direct debit on the 1st of each month. "
             "If any invoice is unpaid for 60 days, we may stop work until it is paid.")
    d.h1("4. VAT return deadlines")
    d.clause("4.1", "Your VAT quarters end on 31 March, 30 June, 30 September and 31 December. For each quarter "
             "you must send us all sales and purchase records, receipts and bank statements by the 10th day of "
             "the month after the quarter ends. We will send you the draft return at least 5 working days before "
             "the HMRC deadline, and you must approve it within 3 working days.")
    d.grid(["VAT quarter ending", "Your records to us by", "Draft return to you by", "HMRC filing and payment "
            "deadline"],
           [["31 March 2028", "10 April 2028", "28 April 2028", "7 May 2028"],
            ["30 June 2028", "10 July 2028", "31 July 2028", "7 August 2028"],
            ["30 September 2028", "10 October 2028", "31 October 2028", "7 November 2028"],
            ["31 December 2028", "10 January 2029", "31 January 2029", "7 February 2029"]], [40, 42, 42, 50])
    d.clause("4.2", "If your records reach us after the 20th day of the month after the quarter ends, a late "
             "records fee of GBP 65 applies and we cannot promise to file by the deadline. You are responsible for "
             "paying the VAT due to HMRC by the deadline and for any penalties or interest caused by late or "
             "incomplete records.")
    d.h1("5. Your responsibilities")
    d.clause("5.1", "You are responsible for the accuracy and completeness of the records you give us, for "
             "keeping your business records for at least 6 years, and for giving us read-only access to your "
             "bank feeds. Before we start, each director must give us photo identification and proof of address "
             "for our anti-money laundering checks.")
    d.h1("6. Liability")
    d.clause("6.1", "Our total liability to you for all claims arising from this engagement is limited to three "
             "times the fees you paid us in the 12 months before the claim, or GBP 25,000, whichever is lower. We "
             "are not liable for penalties, interest or losses caused by records that were late, incomplete or "
             "wrong when you gave them to us.")
    d.clause("6.2", "Any claim must be brought within 2 years of the date you became aware of the problem. Nothing "
             "in this letter limits liability for fraud or for death or personal injury caused by negligence.")
    d.h1("7. Ending the engagement")
    d.clause("7.1", "Either of us may end this engagement by giving 2 months' written notice. We will hand over "
             "your records and a final trial balance within 14 days after the notice period ends, once all our "
             "invoices have been paid.")
    d.clause("7.2", "We are members of the Association of Licensed Bookkeepers (fictional) and follow its code "
             "of conduct. Complaints should go first to our director, Mr Teodor Vance-Ilesanmi.")
    d.para("Please sign and return a copy of this letter to confirm that you agree to these terms.")
    d.para("Yours sincerely,\n\nTeodor Vance-Ilesanmi, Director, Quillon Hart Bookkeeping Ltd")
    d.signature_block(["Agreed for and on behalf of Saffron Moth Bakery Ltd by Delphine Arkwright, Director"])
    d.h1("SCHEDULE - CLIENT DETAILS AND AGREED FEES")
    d.grid(["Item", "Details"],
           [["Client", "Saffron Moth Bakery Ltd (company no. 10933217), VAT registered"],
            ["Start date", "1 February 2028"],
            ["Annual turnover (accounts to 31 August 2027)", "GBP 212,400"],
            ["Fee band", "GBP 85,001 to GBP 250,000"],
            ["Monthly bookkeeping fee", "GBP 185 per month"],
            ["VAT returns", "GBP 90 per quarterly return"],
            ["Payroll", "7 employees: GBP 40 per month"],
            ["Bookkeeping software", "Client's own licence; Quillon Hart added as a user"],
            ["Financial year end", "31 August"]], [70, 100], bold_first_col=True)
    return d.save("legal/bookkeeping_engagement_letter_quillon_hart_saffron_moth.pdf")


# =============================================================================
# 4. Adult hyponatraemia guideline
# =============================================================================
def hyponatraemia_guideline():
    d = Doc("Kestrelford Royal Infirmary - Hyponatraemia in Adults: Clinical Guideline", "CG-ENDO-027 v3",
            "Approved by the Medicines and Clinical Guidelines Group, October 2027. Review October 2030.",
            accent=(0, 80, 120), body_size=9.5)
    d.title_block("MANAGEMENT OF HYPONATRAEMIA IN ADULTS",
                  "Clinical guideline for inpatients aged 18 and over. Not for use in children, in pregnancy "
                  "(discuss with the obstetric team) or in patients on dialysis (discuss with the renal team).",
                  size=14)
    d.h1("1. Definitions and severity")
    d.para("Hyponatraemia is a serum sodium below 135 mmol/L (normal range 135 to 145 mmol/L). Classify it by "
           "the sodium level, by how quickly it developed and by the symptoms.")
    d.grid(["Band", "Serum sodium", "Usual first action"],
           [["Mild", "130 to 134 mmol/L", "Find and treat the cause; no urgent treatment"],
            ["Moderate", "125 to 129 mmol/L", "Investigate the same day; treat the cause"],
            ["Severe (profound)", "Below 125 mmol/L", "Medical review within 1 hour; see sections 4 to 6"]],
           [40, 40, 94])
    d.para("Acute hyponatraemia has developed within 48 hours. Chronic hyponatraemia has been present for 48 "
           "hours or more. If the duration is not known, treat it as chronic.")
    d.h1("2. Symptoms")
    d.grid(["Symptom severity", "Symptoms"],
           [["Moderately severe", "Nausea without vomiting, headache, confusion"],
            ["Severe", "Vomiting, seizures, drowsiness, reduced consciousness (GCS 8 or below), "
             "cardiorespiratory distress"]], [44, 130])
    d.para("Symptom severity, not the sodium level alone, decides whether emergency treatment (section 4) is "
           "needed. Mild hyponatraemia can still cause falls and unsteadiness in older patients.")
    d.h1("3. First investigations")
    d.para("Before giving any treatment other than emergency hypertonic saline, send:")
    d.bullets(["serum osmolality, glucose, urea, creatinine, potassium and TSH, and a 09:00 cortisol;",
               "paired urine osmolality and urine sodium (a spot sample is enough);",
               "a review of drugs that lower sodium: thiazide diuretics, SSRIs, carbamazepine, proton pump "
               "inhibitors, opioids and desmopressin."])
    d.para("Assess volume status (hypovolaemic, euvolaemic or hypervolaemic). A serum glucose above 15 mmol/L "
           "lowers the sodium reading: add 2.4 mmol/L to the sodium for every 10 mmol/L of glucose above 5.5 "
           "mmol/L before classifying.")
    d.h1("4. Emergency treatment: severe symptoms")
    d.clause("4.1", "Give 150 mL of 3% sodium chloride intravenously over 20 minutes. Check the sodium 20 minutes "
             "after the end of the bolus.", numw=10)
    d.clause("4.2", "Repeat the 150 mL bolus up to 2 more times (3 boluses in total) until the sodium has risen by "
             "5 mmol/L or the symptoms improve. Then stop hypertonic saline.", numw=10)
    d.clause("4.3", "Hypertonic saline must be prescribed by a registrar or consultant, and the patient must be "
             "nursed in a high dependency or critical care bed.", numw=10)
    d.h1("5. Treatment without severe symptoms")
    d.clause("5.1", "Hypovolaemic: give 0.9% sodium chloride 500 mL over 1 hour and recheck the sodium after 6 "
             "hours. Stop diuretics. A rapid rise in sodium after fluids means the patient is at risk of "
             "over-correction: see section 6.", numw=10)
    d.clause("5.2", "Euvolaemic (SIADH likely): stop causative drugs and restrict fluids as below. Fluid "
             "restriction includes all drinks, soups and intravenous fluids.", numw=10)
    d.grid(["Serum sodium", "Daily fluid restriction (SIADH)", "Review"],
           [["130 to 134 mmol/L", "1.5 litres per 24 hours", "Sodium every 2 to 3 days"],
            ["125 to 129 mmol/L", "1 litre per 24 hours", "Sodium daily"],
            ["Below 125 mmol/L, no severe symptoms", "800 mL per 24 hours", "Sodium every 6 hours for the first 24 "
             "hours"]], [56, 62, 56])
    d.para("If the urine osmolality is above 500 mOsm/kg, fluid restriction alone is unlikely to work: discuss "
           "with the endocrinology team. Do not restrict fluids in hypovolaemic patients or in subarachnoid "
           "haemorrhage.", size=8.5, style="I")
    d.clause("5.3", "Hypervolaemic (heart failure, cirrhosis, nephrotic syndrome): restrict fluids to 1 to 1.5 "
             "litres per 24 hours and treat the underlying condition. Seek advice before stopping heart failure "
             "drugs.", numw=10)
    d.h1("6. Maximum rates of correction")
    d.para("Correcting chronic hyponatraemia too fast can cause osmotic demyelination syndrome, which may be "
           "fatal. Whatever the treatment, the sodium must not rise faster than:")
    d.grid(["Patient group", "Maximum rise in any 24 hours", "Maximum rise in any 48 hours", "Aim for"],
           [["Standard risk", "10 mmol/L", "16 mmol/L", "4 to 6 mmol/L in 24 hours"],
            ["High risk **", "8 mmol/L", "14 mmol/L", "4 to 6 mmol/L in 24 hours"]], [40, 46, 46, 42])
    d.para("** High risk: starting sodium of 105 mmol/L or below, alcohol excess, malnutrition, hypokalaemia or "
           "advanced liver disease.", size=8.5, style="I")
    d.clause("6.1", "If the limit has been reached or exceeded, stop all sodium-containing fluids and hypertonic "
             "saline and ask for consultant advice the same day. Re-lowering the sodium with 5% glucose and "
             "desmopressin 2 micrograms intravenously may be advised.", numw=10)
    d.clause("6.2", "Monitoring: after hypertonic saline, check the sodium every 4 hours for the first 24 hours; "
             "during intravenous 0.9% sodium chloride, every 6 hours; on fluid restriction alone, as in the table "
             "in section 5. Record urine output hourly if the patient has a catheter; a urine output above 100 mL "
             "per hour for 2 hours in a row suggests rapid correction.", numw=10)
    d.h1("7. Tolvaptan")
    d.para("Tolvaptan may be used for SIADH only on the advice of an endocrinology consultant. Do not use it in "
           "hypovolaemic hyponatraemia or in liver disease. The starting dose is 7.5 mg once daily in the "
           "morning; check the sodium 6 hours after the first dose. Do not combine it with fluid restriction in "
           "the first 24 hours.")
    d.h1("8. Discharge and follow-up")
    d.para("Patients discharged with a sodium below 130 mmol/L need a repeat sodium within 1 week, arranged "
           "before discharge. Write the cause, the lowest sodium and any stopped drugs in the discharge summary. "
           "Patients who had severe symptoms should be offered an endocrinology clinic appointment within 6 "
           "weeks.")
    d.para("Guideline lead: Dr Saoirse Lindqvist-Amadi, Consultant Endocrinologist. Bleep 4471 (in hours); "
           "on-call medical registrar out of hours.", size=9, style="B")
    return d.save("medical/hyponatraemia_guideline_kestrelford.pdf")


# =============================================================================
# 5. Cystitis leaflet with a pharmacy pathway
# =============================================================================
def cystitis_leaflet():
    d = Doc("Cystitis in Women: Your Pharmacist Can Help - Lowmoor Community Pharmacies", "Leaflet LCP-UTI-04",
            "Lowmoor Community Pharmacies, Harrowden - produced January 2028, review January 2030",
            accent=(170, 60, 40))
    d.title_block("CYSTITIS IN WOMEN: YOUR PHARMACIST CAN HELP",
                  "Information for women about bladder infections (cystitis) and the Lowmoor pharmacy treatment "
                  "pathway. Ask any member of the pharmacy team for a private consultation.")
    d.h2("What is cystitis?")
    d.para("Cystitis is an infection of the bladder, usually caused by bacteria from the bowel. It is common in "
           "women and is not usually serious. Mild cystitis often gets better on its own within 3 days.")
    d.h2("What are the signs?")
    d.para("The pharmacist will ask about the three key symptoms of cystitis:")
    d.bullets(["burning or pain when you pass urine (a wee);",
               "needing to pass urine at night more than usual (new, not something you always have);",
               "cloudy urine that you can see with the naked eye."])
    d.para("You may also need to wee more often or urgently, or have pain low in your tummy.")
    d.h2("Can the pharmacist treat me?")
    d.para("Under the Lowmoor pathway, a pharmacist can assess and treat cystitis, without a GP appointment, "
           "for women who are not pregnant. Who can use the pathway:")
    d.grid(["Your situation", "Where to be seen"],
           [["Woman aged 16 to 64, not pregnant, no red flag signs", "Pharmacist (this pathway)"],
            ["Under 16 years old", "GP practice"],
            ["Aged 65 or over", "GP practice"],
            ["Pregnant, or could be pregnant", "GP practice, the same day"],
            ["Had cystitis 2 or more times in the last 6 months, or 3 or more times in the last 12 months",
             "GP practice"],
            ["Have a urinary catheter, or had a UTI treated in the last 4 weeks", "GP practice"],
            ["Men, of any age", "GP practice"]], [110, 64])
    d.h2("What are the red flag signs?")
    d.para("Do not wait for the pharmacy pathway. Contact your GP the same day, or call NHS 111, if you have: a "
           "temperature of 38 degrees C or above, or shivering and shaking; pain in your back or side, under the "
           "ribs; feeling or being sick; blood in your urine that you can see; or new confusion or drowsiness. "
           "These can be signs of a kidney infection.", style="B")
    d.h2("What will the pharmacist offer?")
    d.para("The pharmacist will ask how many of the three key symptoms you have, and check that you have no "
           "red flag signs and no vaginal discharge or itch (which suggest a different cause).")
    d.grid(["Key symptoms", "What the pharmacist offers"],
           [["None", "Cystitis is unlikely: the pharmacist will talk about other causes and may refer you to your GP"],
            ["1", "Self-care and pain relief; come back if you are not better in 48 hours"],
            ["2 or 3", "A course of antibiotic (nitrofurantoin), if it is suitable for you, with self-care"]],
           [36, 138])
    d.h2("Which antibiotic, and how do I take it?")
    d.para("The pharmacist can supply nitrofurantoin 100 mg modified-release capsules. Take one capsule twice a "
           "day for 3 days (6 capsules in total), with food or a glass of milk. Finish the course even if you "
           "feel better. Nitrofurantoin may turn your urine dark yellow or brown; this is harmless.")
    d.para("Nitrofurantoin is not suitable if you have kidney disease, or if you have had a reaction to it "
           "before. If it is not suitable, the pharmacist cannot offer a different antibiotic and will refer you "
           "to your GP. It does not affect the contraceptive pill.")
    d.para("The consultation is free. If you are supplied an antibiotic, the usual NHS prescription charge "
           "applies (GBP 9.90 per item in 2028) unless you are exempt.")
    d.h2("What can I do to help myself?")
    d.bullets(["Take paracetamol or ibuprofen for pain, following the packet instructions.",
               "Drink enough fluid to pass pale urine regularly during the day; you do not need to drink extra "
               "large amounts.",
               "Cranberry products and sachets that make the urine less acidic are not recommended: there is no "
               "good evidence that they treat cystitis.",
               "Rest, and avoid sex until you feel better."])
    d.h2("When should I see my GP?")
    d.para("See your GP if your symptoms are not improving 48 hours after starting the antibiotic, if they have "
           "not gone after 7 days, or if they come back within 4 weeks of finishing treatment. Go sooner if any "
           "red flag sign appears.")
    d.h2("Can I stop it happening again?")
    d.para("Wipe from front to back after going to the toilet, pass urine as soon as you can after sex, and do "
           "not hold on when you need to go. Wear cotton underwear. If you keep getting cystitis, your GP can "
           "discuss other options.")
    d.para("Lowmoor Community Pharmacies: Harrowden High Street 01632 960 318 - Ferris Lane 01632 960 327 - "
           "open Monday to Saturday 08:30 to 18:30.", size=9, style="B")
    return d.save("medical/cystitis_pharmacy_leaflet_lowmoor.pdf")


# =============================================================================
# 6. Children's gastroenteritis leaflet
# =============================================================================
def gastroenteritis_leaflet():
    d = Doc("Diarrhoea and Vomiting in Children - Pellingford Children's Emergency Department",
            "Parent leaflet PCED-17",
            "Pellingford General Hospital NHS Trust - Children's Emergency Department - issued November 2027",
            accent=(0, 100, 130))
    d.title_block("DIARRHOEA AND VOMITING (GASTROENTERITIS) IN CHILDREN",
                  "Caring for your child at home after a visit to the Children's Emergency Department. This "
                  "leaflet is for children aged 3 months to 12 years.")
    d.h2("What is gastroenteritis?")
    d.para("Gastroenteritis is a tummy bug, usually caused by a virus. It causes diarrhoea (runny or watery poo), "
           "often with vomiting. Antibiotics do not help. The main risk is dehydration: losing more fluid than "
           "your child takes in.")
    d.h2("How long will it last?")
    d.para("Vomiting usually stops within 1 or 2 days and nearly always within 3 days. Diarrhoea usually lasts 5 "
           "to 7 days and usually stops within 2 weeks.")
    d.h2("How much oral rehydration solution (ORS) should my child drink?")
    d.para("Your doctor or nurse has recommended oral rehydration solution (ORS), such as Hydrelle sachets. Make "
           "up one sachet in 200 mL of drinking water (boiled and cooled water for babies under 1 year). Do not "
           "add it to juice or milk. Made-up ORS can be kept in the fridge for up to 24 hours.")
    d.grid(["Child's weight", "ORS over the first 4 hours", "Extra ORS after each large watery poo"],
           [["Under 5 kg", "Ask your doctor", "Ask your doctor"],
            ["5 to 7.9 kg", "300 mL", "50 mL"],
            ["8 to 11.9 kg", "500 mL", "100 mL"],
            ["12 to 17.9 kg", "750 mL", "150 mL"],
            ["18 to 24.9 kg", "1,000 mL (1 litre)", "200 mL"],
            ["25 kg and over", "1,250 mL", "250 mL"]], [50, 62, 62])
    d.para("After the first 4 hours, let your child drink as they wish, and keep giving the extra ORS after each "
           "large watery poo. If your child has been sick, give an extra 2 mL per kg of body weight after each "
           "vomit.", size=9, style="I")
    d.h2("My child keeps being sick. How do I give it?")
    d.para("Give small amounts often: 5 mL (one teaspoon or a syringe) every 2 minutes. If your child vomits, "
           "wait 10 minutes and then start again, more slowly. Most children keep small sips down even when "
           "they are vomiting.")
    d.h2("Can my child eat and drink normally?")
    d.para("Keep breastfeeding throughout, including during rehydration. Formula-fed babies should restart "
           "full-strength formula after the first 4 hours of ORS; do not water it down. Offer food when your "
           "child is hungry. Avoid fruit juice and fizzy drinks until the diarrhoea has stopped, as they can make "
           "it worse.")
    d.h2("Can I give medicines?")
    d.para("Do not give medicines to stop diarrhoea (such as loperamide) to children under 12. Paracetamol or "
           "ibuprofen can be given for a fever or tummy ache if your child is drinking, following the dose on the "
           "packet.")
    d.h2("When should I get help?")
    d.grid(["Sign", "What to do"],
           [["Green (bile) vomit; blood in the poo or vomit; very sleepy, floppy or hard to wake; a rash that does "
             "not fade when you press a glass on it; fast or difficult breathing; severe tummy pain; cold hands "
             "and feet with pale or blotchy skin; a sunken soft spot on a baby's head; no wee for 12 hours or "
             "more", "RED: call 999 or go to the Emergency Department now"],
            ["Fewer wet nappies or weeing much less than usual; not drinking, or vomiting back every drink for 4 "
             "hours or more; vomiting for more than 2 days; diarrhoea for more than 7 days; a baby under 6 "
             "months with a temperature of 38 degrees C or above; signs of dehydration getting worse",
             "AMBER: call your GP or NHS 111 the same day"]], [124, 50])
    d.h2("When can my child go back to nursery or school?")
    d.para("Keep your child off nursery, school or childminding until 48 hours after the last episode of "
           "diarrhoea or vomiting. Children should not swim in a pool for 2 weeks after the last episode of "
           "diarrhoea.")
    d.h2("How do we stop it spreading?")
    d.para("Wash hands with soap and water (alcohol gel does not kill all the viruses) after using the toilet, "
           "changing nappies and before preparing food. Do not share towels. Wash soiled clothes and bedding on a "
           "hot wash at 60 degrees C.")
    d.para("Children's Emergency Department: 01632 960 640 (24 hours). For advice you can also call NHS 111.",
           size=9.5, style="B")
    return d.save("medical/child_gastroenteritis_leaflet_pellingford.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([landscaping_contract, language_school_terms, bookkeeping_letter,
                       hyponatraemia_guideline, cystitis_leaflet, gastroenteritis_leaflet], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
