"""Render the tenth development-set documents (fictional) as PDFs into bench/dev10/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
three-party software source-code escrow agreement (release events and release procedure, verification, with
the fee schedule by deposit size after the signatures), a holiday-park pitch licence for a privately owned
static caravan (pitch fees by location band, refund by the date notice is given, sale commission by price,
permitted period by grade in a schedule after the signatures), a solicitor's engagement letter for a house
purchase (fixed fee by price band, hourly rates by grade, Land Registry fee bands, abortive-transaction
charges, complaints), an oral capecitabine patient diary and dose table (dose by body surface area, a
side-effect action table, cycle dates for an invented patient), a nicotine replacement therapy dosing guide
for stop-smoking advisers (patch strength by cigarettes a day, short-acting strength by time to first
cigarette), and a child's allergy and anaphylaxis action plan for school (auto-injector dose by weight).
Questions: bench/dev10/questions.jsonl. All names, products and numbers are invented; the clinical content
is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev10/make_dev10.py [--check]
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
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]  # not strftime: no locale
Doc = set_doc(lambda: OUT, "Development set 10 (fictional document)", "make_dev10.py", FIXED_DATE)


# =============================================================================
# 1. Software source-code escrow agreement
# =============================================================================
def escrow_agreement():
    d = Doc("Source Code Escrow Agreement - LedgerWave", "Agreement no. VES-2026-0418",
            "Vantmoor Escrow Services Ltd - Pellworth Systems Ltd - Ashcombe Building Society",
            font="Times", accent=(40, 50, 110), body_size=10.5)
    d.title_block("SINGLE BENEFICIARY SOURCE CODE ESCROW AGREEMENT",
                  "Dated 14 September 2026, between (1) Vantmoor Escrow Services Ltd (the \"Agent\"), (2) "
                  "Pellworth Systems Ltd (the \"Depositor\") and (3) Ashcombe Building Society (the "
                  "\"Beneficiary\"), relating to the LedgerWave core banking software")
    d.h1("Background")
    d.para("(A) The Depositor has licensed the LedgerWave software to the Beneficiary under a software licence "
           "and support agreement dated 2 June 2026 (the \"Licence\"). (B) The parties wish the source code of "
           "the software to be held by the Agent so that the Beneficiary can maintain the software itself if "
           "a Release Event occurs.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Deposit Material\" means the source code of the Licensed Software, with the build "
             "scripts, third-party component list, database schemas and the written instructions needed for a "
             "reasonably skilled programmer to compile it. \"Licensed Software\" means LedgerWave version 7 and "
             "every later version supplied under the Licence. \"Major Release\" means a version whose first or "
             "second version number changes (for example 7.2 to 7.3).")
    d.clause("1.2", "\"Integrity Test\" means the Agent's check that a deposit can be read, is free of viruses "
             "and matches the Depositor's deposit form. \"Full Verification\" means a Level 1 or Level 2 test "
             "described in the Schedule. \"Working Day\" means a day other than a Saturday, Sunday or public "
             "holiday in England.")
    d.h1("2. Deposits")
    d.clause("2.1", "The Depositor will make the first deposit of the Deposit Material within 30 days of the "
             "date of this agreement, by upload to the Agent's secure portal or on an encrypted storage device "
             "delivered by hand or by tracked courier.")
    d.clause("2.2", "The Depositor will deposit an updated copy of the Deposit Material within 20 Working Days "
             "after each Major Release, and in any event at least every 6 months. Each deposit replaces the "
             "previous one, which the Agent keeps for a further 12 months and then destroys.")
    d.clause("2.3", "The Agent carries out an Integrity Test on every deposit within 10 Working Days of receipt "
             "and reports the result to the Depositor and the Beneficiary. The Integrity Test is included in "
             "the annual fee.")
    d.h1("3. Full Verification")
    d.clause("3.1", "The Beneficiary may ask the Agent to carry out a Full Verification of the latest deposit at "
             "any time, on paying the fee in the Schedule. The Depositor will make a member of its development "
             "staff available to answer questions during the test.")
    d.clause("3.2", "If the Deposit Material fails Full Verification, the Depositor pays the verification fee "
             "instead of the Beneficiary and must make a corrected deposit within 20 Working Days of the "
             "Agent's report. A second failure is a Release Event.")
    d.h1("4. Release Events")
    d.clause("4.1", "Each of the following is a \"Release Event\":")
    d.clause("(a)", "the Depositor enters administration or liquidation, makes an arrangement with its creditors, "
             "or a receiver is appointed over any of its assets;", indent=8)
    d.clause("(b)", "the Depositor stops carrying on business in the ordinary course;", indent=8)
    d.clause("(c)", "the Depositor fails to remedy a material failure to provide the support services under the "
             "Licence within 30 days of written notice from the Beneficiary;", indent=8)
    d.clause("(d)", "the Depositor assigns the intellectual property in the Licensed Software to a third party "
             "that does not take over the Licence within 60 days; or", indent=8)
    d.clause("(e)", "a second failure of Full Verification under clause 3.2.", indent=8)
    d.h1("5. Release procedure")
    d.clause("5.1", "To claim a release the Beneficiary sends the Agent a Release Notice saying which Release "
             "Event has occurred, supported by a statutory declaration by one of its directors and copies of "
             "any evidence. The Agent sends a copy to the Depositor the same Working Day.")
    d.clause("5.2", "The Depositor may object by sending the Agent a counter-notice within 10 Working Days of "
             "receiving the copy. If no counter-notice is received in that time, the Agent releases the Deposit "
             "Material to the Beneficiary within 5 Working Days after that period ends.")
    d.clause("5.3", "If a counter-notice is received, the dispute is referred to an independent expert with "
             "experience of software licensing, who decides within 20 Working Days of appointment whether a "
             "Release Event has occurred. The expert's decision is final, and the expert's costs are paid by "
             "the party the decision goes against.")
    d.h1("6. Use of released material")
    d.clause("6.1", "The Beneficiary may use the released Deposit Material only to support, maintain, correct "
             "and modify the Licensed Software for its own business, for the remaining term of the Licence. It "
             "may engage a contractor to do so if the contractor signs a confidentiality undertaking. It may not "
             "sell, license or publish the source code.")
    d.h1("7. Fees")
    d.clause("7.1", "The Beneficiary pays the annual fee and the release fee; the Depositor pays for any extra "
             "deposits. Fees are set out in the Schedule, are payable yearly in advance and exclude VAT.")
    d.clause("7.2", "If a fee is unpaid 60 days after the invoice date, the Agent will tell the other parties, "
             "either of whom may pay it. If it is still unpaid after 90 days, the Agent may terminate this "
             "agreement on 30 days' notice and return the Deposit Material to the Depositor.")
    d.h1("8. The Agent's liability")
    d.clause("8.1", "The Agent is not liable for the contents, quality or completeness of the Deposit Material, "
             "except as reported in a Full Verification. The Agent's total liability under this agreement is "
             "limited to 10 times the annual fee, or GBP 250,000 if less, except for fraud or death or personal "
             "injury caused by negligence.")
    d.h1("9. Term and termination")
    d.clause("9.1", "This agreement has an initial term of 3 years from its date and then renews automatically "
             "for further periods of 12 months until terminated under this clause.")
    d.clause("9.2", "The Beneficiary may terminate this agreement at any time on 30 days' written notice to the "
             "other parties. The Depositor may not terminate it while the Licence continues. The Agent may "
             "resign on 90 days' written notice, and will transfer the Deposit Material to a replacement agent "
             "chosen by the Beneficiary.")
    d.clause("9.3", "When this agreement ends other than by release, the Agent returns the Deposit Material to "
             "the Depositor or, if the Depositor asks, destroys it and certifies that it has done so.")
    d.h1("10. Law")
    d.clause("10.1", "This agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed for Vantmoor Escrow Services Ltd by Harriet Quennell, Operations Director",
                       "Signed for Pellworth Systems Ltd by Ravi Solanki-Hart, Chief Technology Officer",
                       "Signed for Ashcombe Building Society by Fiona MacBrayne, Chief Information Officer"])
    d.h1("SCHEDULE - FEES AND VERIFICATION LEVELS")
    d.para("The annual fee depends on the size of the latest deposit (compressed) on the renewal date. It "
           "covers up to 2 deposits a year and an Integrity Test of each.")
    d.grid(["Deposit size (compressed)", "Annual fee (excl. VAT)"],
           [["Up to 5 GB", "GBP 1,450"],
            ["Over 5 GB and up to 25 GB", "GBP 2,300"],
            ["Over 25 GB and up to 100 GB", "GBP 3,600"],
            ["Over 100 GB", "By quotation"]], [85, 60])
    d.grid(["Other fees", "Amount (excl. VAT)"],
           [["Each extra deposit in a year (third and later)", "GBP 150"],
            ["Level 1 verification: build test (up to 3 engineer days)", "GBP 4,750"],
            ["Level 2 verification: full usability test (up to 6 engineer days)", "GBP 9,800"],
            ["Extra engineer days in any verification", "GBP 1,250 per day"],
            ["Release fee", "GBP 1,000"]], [110, 45])
    d.para("Level 1 checks that the Deposit Material compiles into working executables using only the deposited "
           "instructions. Level 2 also installs the compiled software in a test environment and runs the "
           "Beneficiary's test scripts against it.", size=9)
    d.para("* Fees are reviewed on 1 April each year and may rise by no more than the change in the Retail "
           "Prices Index over the previous 12 months, capped at 4%.", size=8.5, style="I")
    return d.save("legal/source_code_escrow_ledgerwave.pdf")


# =============================================================================
# 2. Holiday park pitch licence
# =============================================================================
def pitch_licence():
    d = Doc("Holiday Home Pitch Licence Agreement", "Brackenholt Holiday Park, 2027 edition",
            "Brackenholt Leisure Parks Ltd - Brackenholt Holiday Park, Saltfleet Road", accent=(20, 100, 60))
    d.title_block("HOLIDAY HOME PITCH LICENCE AGREEMENT",
                  "between Brackenholt Leisure Parks Ltd (the \"Park Owner\") and the owner of the Holiday Home "
                  "named in the Schedule (the \"Licensee\"), for a pitch at Brackenholt Holiday Park. This is "
                  "a licence for holiday use only; it does not give security of tenure.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Holiday Home\" means the static caravan or lodge owned by the Licensee and sited on the "
             "Pitch. \"Pitch\" means the numbered plot shown in the Schedule. \"Pitch Fee\" means the annual fee "
             "in clause 4. \"Season\" means 1 March to 15 January each year; the Park is closed from 16 "
             "January to the last day of February (the \"Closed Period\").")
    d.clause("1.2", "The age of a Holiday Home is counted from 1 January of the year of manufacture shown on its "
             "manufacturer's plate. \"Grade\" means the Standard, Premier or Lodge grade given to the Holiday "
             "Home at its last inspection.")
    d.h1("2. Permitted Period")
    d.clause("2.1", "The Licensee may keep the Holiday Home on the Pitch until the end of the Season in which it "
             "reaches the maximum age for its Grade shown in the Schedule (the \"Permitted Period\").")
    d.clause("2.2", "At the end of the Permitted Period the Park Owner may extend the licence one Season at a "
             "time, for up to 5 further Seasons, if the Holiday Home passes an independent condition "
             "inspection. The inspection fee is paid by the Licensee.")
    d.h1("3. Use of the Holiday Home")
    d.clause("3.1", "The Holiday Home is for holiday use only and must not be used as a main or permanent "
             "residence. Each year the Licensee must give the Park Owner proof of a main home address elsewhere, "
             "such as a council tax bill. Nobody may sleep in the Holiday Home during the Closed Period.")
    d.clause("3.2", "The Holiday Home may be used by the Licensee, family members and guests staying free of "
             "charge. It may be let to paying guests only through the Park's Letting Scheme, which keeps 30% of "
             "the letting income.")
    d.clause("3.3", "No more than 2 dogs may be kept at each Holiday Home. Dogs must be kept on a lead at all "
             "times on the Park and are not allowed in the clubhouse. Quiet hours are 23:00 to 07:00.")
    d.clause("3.4", "No more than 2 vehicles may be parked at a Pitch. The speed limit on Park roads is 5 mph.")
    d.h1("4. Pitch Fee")
    d.clause("4.1", "The Pitch Fee for the 2027 Season depends on the location band of the Pitch:")
    d.grid(["Location band", "Pitches", "Pitch Fee 2027 (incl. VAT)"],
           [["Standard", "Meadow and Woodland areas", "GBP 4,250"],
            ["Lakeside", "Lake view pitches, Heron Walk", "GBP 5,100"],
            ["Premier", "Sea view terraces", "GBP 5,950"],
            ["Lodge plot", "Heron Reach lodge plots", "GBP 6,800"]], [35, 75, 55])
    d.para("* The Pitch Fee includes business rates on the Pitch, water and sewerage, refuse collection and use "
           "of the clubhouse and pool. Gas and electricity are metered and charged separately every quarter.",
           size=8.5, style="I")
    d.clause("4.2", "The Pitch Fee is payable in full by 1 March, or by 10 monthly instalments by direct debit "
             "from 1 February with an instalment charge of GBP 95. The Pitch Fee is reviewed each 1 January and "
             "may not rise by more than the Retail Prices Index plus 2%.")
    d.clause("4.3", "If any Pitch Fee instalment is more than 30 days overdue, the Park Owner may withdraw the "
             "Licensee's use of the Holiday Home until it is paid.")
    d.h1("5. Ending the licence and refunds")
    d.clause("5.1", "The Licensee may end this licence by written notice and remove the Holiday Home from the Park "
             "at their own cost. The Pitch Fee for the current year is refunded according to the date the notice "
             "is received:")
    d.grid(["Notice received", "Refund of the year's Pitch Fee"],
           [["Before 1 March", "100%, less an administration fee of GBP 250"],
            ["1 March to 30 June", "50%"],
            ["1 July to 30 September", "25%"],
            ["After 30 September", "No refund"]], [70, 85])
    d.clause("5.2", "The Park Owner may end this licence on 28 days' notice if the Licensee commits a serious "
             "breach of this agreement that is not put right within 28 days of a written warning, or if the "
             "Pitch Fee is more than 60 days overdue.")
    d.h1("6. Selling the Holiday Home")
    d.clause("6.1", "The Licensee may sell the Holiday Home to remain on the Pitch only to a buyer approved by the "
             "Park Owner, who must sign a new licence agreement. Approval is not unreasonably withheld. The "
             "Park Owner charges commission on the sale price, paid by the seller on completion:")
    d.grid(["Sale price of the Holiday Home", "Commission"],
           [["Up to GBP 20,000", "15%"],
            ["GBP 20,001 to GBP 50,000", "12.5%"],
            ["Over GBP 50,000", "10%"]], [80, 40])
    d.clause("6.2", "Instead, the Licensee may sell the Holiday Home to the Park Owner, or remove it from the Park; "
             "no commission is then payable. The buyer of a Holiday Home pays the Pitch Fee from the date of "
             "completion, and the seller is refunded the Pitch Fee for each whole month remaining.")
    d.h1("7. Maintenance, safety and insurance")
    d.clause("7.1", "The Licensee must keep the Holiday Home in good repair and clean condition, and the Pitch "
             "tidy. Decking, sheds and fences need the Park Owner's written consent before they are built.")
    d.clause("7.2", "The Holiday Home must have an annual gas safety check by the Park's Gas Safe registered "
             "engineer before it is used each Season. The Park charges GBP 85 for the check, plus parts.")
    d.clause("7.3", "The Licensee must insure the Holiday Home for its full replacement value and hold public "
             "liability cover of at least GBP 2 million, and send the Park Owner a copy of the policy each "
             "Season.")
    d.clause("7.4", "A replacement Holiday Home brought onto the Pitch must be new or less than 5 years old. The "
             "Park Owner's siting fee for it is GBP 3,500, covering the base, services connection and skirting.")
    d.h1("8. Complaints")
    d.clause("8.1", "Complaints should be made to the Park Manager in writing. The Park Owner replies within 14 "
             "days. If the Licensee is not satisfied, either party may refer the complaint to mediation.")
    d.signature_block(["Signed for Brackenholt Leisure Parks Ltd by Carys Penhaligon, Park Manager",
                       "Signed by the Licensee"])
    d.h1("SCHEDULE")
    d.para("Licensee: Mr Alan and Mrs Bethan Treharne. Pitch: 112 (Lakeside band). Holiday Home: Willerby "
           "Seasons 2012, 36 ft x 12 ft, two bedrooms, Grade: Standard.")
    d.grid(["Grade of Holiday Home", "Maximum age on the Park"],
           [["Standard", "15 years"],
            ["Premier", "20 years"],
            ["Lodge", "25 years"]], [70, 60])
    d.para("The Grade is reviewed at each inspection and may be lowered if the Holiday Home is not kept in good "
           "repair.", size=9, style="I")
    return d.save("legal/pitch_licence_brackenholt.pdf")


# =============================================================================
# 3. Solicitor's engagement letter (house purchase)
# =============================================================================
def engagement_letter():
    d = Doc("Client care and engagement letter", "Our ref. GF/CAS/26-1187",
            "Marlowe Tansy LLP, Solicitors - 3 Abbey Yard, Kirkbridge", accent=(90, 20, 40), body_size=10)
    d.title_block("CLIENT CARE AND ENGAGEMENT LETTER",
                  "Mrs Imogen Castellane, 27 Larchfield Close, Kirkbridge\n"
                  "Your purchase of 14 Sedgefield Row, Kirkbridge (freehold) for GBP 412,500 - 9 November 2026")
    d.para("Dear Mrs Castellane, thank you for asking us to act for you. This letter and our Terms of Business "
           "set out the work we will do, who will do it and what it will cost. Please read them, sign the "
           "enclosed copy of this letter and return it to us.")
    d.h1("1. The work we will do")
    d.para("We will act for you in the purchase of 14 Sedgefield Row: checking the contract pack from the "
           "seller's solicitors, ordering and reviewing searches, raising enquiries, reporting to you on the "
           "title and the contract, acting for your mortgage lender (Ferncastle Bank), exchanging contracts, "
           "completing, paying Stamp Duty Land Tax (SDLT) for you and registering you as owner at HM Land "
           "Registry.")
    d.para("Work outside this scope is not included in the fixed fee and will be charged at the hourly rates "
           "in paragraph 4. This includes, for example, dealing with missing planning or building regulation "
           "consents, a defective title, a shared driveway dispute, or a second set of enquiries after the "
           "price is renegotiated. We will tell you before any such work starts.")
    d.h1("2. Who will do the work")
    d.para("Your matter will be handled by Tobias Wren, Senior Associate, with help from Keeley Amankwah, "
           "paralegal. The work is supervised by Gideon Farrant, Partner, who is responsible overall for your "
           "matter.")
    d.h1("3. Our fixed fee")
    d.para("Our fee for a purchase depends on the price of the property:")
    d.grid(["Purchase price", "Fixed fee (excl. VAT)"],
           [["Up to GBP 250,000", "GBP 1,150"],
            ["GBP 250,001 to GBP 500,000", "GBP 1,450"],
            ["GBP 500,001 to GBP 1,000,000", "GBP 1,950"],
            ["Over GBP 1,000,000", "0.25% of the price"]], [80, 60])
    d.para("Supplements (excl. VAT): leasehold property GBP 395; new-build property GBP 300; Lifetime ISA "
           "GBP 75; SDLT return GBP 120. VAT is added at 20%.", size=9)
    d.h1("4. Hourly rates")
    d.grid(["Grade of fee earner", "Hourly rate (excl. VAT)"],
           [["Partner", "GBP 320"],
            ["Senior Associate", "GBP 265"],
            ["Solicitor", "GBP 220"],
            ["Trainee solicitor or paralegal", "GBP 140"]], [80, 55])
    d.h1("5. If the purchase does not go ahead")
    d.para("If the purchase does not proceed for any reason, we will charge part of the fixed fee according to "
           "the stage reached, plus any disbursements already paid:")
    d.grid(["Stage reached when the purchase stops", "Charge"],
           [["Before we receive the contract pack", "GBP 250"],
            ["Contract pack received, before our report on title", "50% of the fixed fee"],
            ["Report on title sent, before exchange of contracts", "75% of the fixed fee"],
            ["After exchange of contracts", "The full fixed fee"]], [95, 60])
    d.h1("6. Disbursements")
    d.para("Disbursements are payments we make to others for you. HM Land Registry charges a registration fee "
           "according to the price:")
    d.grid(["Price paid", "Land Registry fee"],
           [["Up to GBP 80,000", "GBP 20"],
            ["GBP 80,001 to GBP 200,000", "GBP 45"],
            ["GBP 200,001 to GBP 500,000", "GBP 135"],
            ["GBP 500,001 to GBP 1,000,000", "GBP 270"],
            ["Over GBP 1,000,000", "GBP 455"]], [80, 50])
    d.para("Other disbursements (searches, the Land Registry official copies, bank transfer fees) are shown in "
           "the estimate in the Schedule.")
    d.h1("7. Money on account and completion funds")
    d.clause("7.1", "Please pay GBP 450 on account before we order the searches. We will not order searches until "
             "we have received it.")
    d.clause("7.2", "The balance of the purchase money and our final bill must reach our client account as "
             "cleared funds at least 2 Working Days before completion. If they are not, completion may be delayed and "
             "you may have to pay interest to the seller under the contract.")
    d.clause("7.3", "We hold your money in a client account. We will pay you interest on it if the interest "
             "worked out under our Terms of Business would be more than GBP 40.")
    d.h1("8. Protecting your money from fraud")
    d.para("We will never tell you about a change to our bank details by e-mail or text. Before sending us "
           "money, please telephone us on 01632 960 845 to check our account details. We will not be liable "
           "for money sent to the wrong account because of a fraudulent message.", style="B")
    d.h1("9. Bills")
    d.para("Our bill is payable on completion from the money we hold. Any other bill is payable within 14 days. "
           "We may charge interest at 4% above the Bank of England base rate on a bill unpaid after 30 days.")
    d.h1("10. Complaints")
    d.para("If you are unhappy with our service, please contact our Complaints Partner, Ruth Okonedo, at the "
           "address above. We will acknowledge your complaint within 5 Working Days and send our final "
           "response within 8 weeks. If you are still not satisfied, you may complain to the Legal Ombudsman. "
           "Complaints to the Ombudsman must be made within 6 months of our final response, and no more "
           "than 1 year from the date of the problem (or from when you should have known about it).")
    d.h1("11. Other matters")
    d.para("Our liability to you is limited to GBP 3 million for any claim. We keep your file for at least 7 "
           "years after the matter ends and may then destroy it without further notice. You may end our "
           "instructions at any time by writing to us; you will then pay for the work done under paragraph 5.")
    d.para("Yours sincerely,\nGideon Farrant, Partner, for Marlowe Tansy LLP")
    d.para("I have read and agree to this letter and the Terms of Business.\n"
           "Signed: ......................................    Date: ....................")
    d.h1("SCHEDULE - ESTIMATE OF COSTS")
    d.grid(["Item", "Amount"],
           [["Our fixed fee (price GBP 412,500)", "GBP 1,450.00"],
            ["SDLT return", "GBP 120.00"],
            ["VAT at 20% on our fees", "GBP 314.00"],
            ["Search pack (local, drainage and water, environmental)", "GBP 395.00"],
            ["Land Registry fee", "GBP 135.00"],
            ["Land Registry official copies and searches", "GBP 27.00"],
            ["Bank transfer fees (2 transfers)", "GBP 60.00"],
            ["Total estimate (excluding SDLT)", "GBP 2,501.00"]], [110, 45])
    d.para("The estimate does not include the Stamp Duty Land Tax payable on the purchase, which we will confirm "
           "once the price is agreed and your circumstances are checked.", size=9, style="I")
    return d.save("legal/engagement_letter_marlowe_tansy.pdf")


# =============================================================================
# 4. Oral capecitabine patient diary and dose table
# =============================================================================
def capecitabine_diary():
    d = Doc("Capecitabine tablets - your treatment diary", "Cycle 1, Halvergate Cancer Centre",
            "Halvergate University Hospitals - Oncology Pharmacy", accent=(110, 30, 110), body_size=10)
    d.title_block("CAPECITABINE (ORAL CHEMOTHERAPY) - PATIENT DIARY",
                  "Patient: Mrs Lorna Pettifer, date of birth 03/07/1961, hospital no. HV-2204871\n"
                  "Consultant: Dr Samuel Achebe-Lowry. 24-hour chemotherapy hotline: 01632 960 333")
    d.h1("1. Your treatment")
    d.grid(["Item", "Details"],
           [["Medicine", "Capecitabine 500 mg and 150 mg tablets"],
            ["Your dose", "2,150 mg twice a day: four 500 mg tablets and one 150 mg tablet each time"],
            ["How long", "14 days of tablets, then 7 days without tablets (one 21-day cycle)"],
            ["Cycle 1", "First dose morning of Monday 7 December 2026; last dose evening of Sunday 20 December "
             "2026"],
            ["Cycle 2", "Starts Monday 28 December 2026 if your blood test on 23 December is satisfactory"],
            ["Planned course", "8 cycles (about 6 months)"]], [35, 135])
    d.clause("1.1", "Take your tablets twice a day, morning and evening, about 12 hours apart. Take each dose "
             "with water within 30 minutes after a meal (breakfast and evening meal), swallowed whole. Do "
             "not crush or chew them.")
    d.clause("1.2", "Your dose was worked out from your body surface area (BSA), 1.71 m2, using the table "
             "below. The dose is 1,250 mg/m2 twice a day, rounded to the nearest tablet combination. Your "
             "doctor may lower the dose if you have side effects.")
    d.grid(["Body surface area (m2)", "Dose each time (twice a day)", "Tablets each time"],
           [["1.26 or less", "1,500 mg", "3 x 500 mg"],
            ["1.27 to 1.38", "1,650 mg", "3 x 500 mg + 1 x 150 mg"],
            ["1.39 to 1.52", "1,800 mg", "3 x 500 mg + 2 x 150 mg"],
            ["1.53 to 1.66", "2,000 mg", "4 x 500 mg"],
            ["1.67 to 1.78", "2,150 mg", "4 x 500 mg + 1 x 150 mg"],
            ["1.79 to 1.92", "2,300 mg", "4 x 500 mg + 2 x 150 mg"],
            ["1.93 to 2.06", "2,500 mg", "5 x 500 mg"],
            ["2.07 to 2.18", "2,650 mg", "5 x 500 mg + 1 x 150 mg"],
            ["2.19 or more", "2,800 mg", "5 x 500 mg + 2 x 150 mg"]], [50, 55, 60])
    d.h1("2. If you forget or are sick after a dose")
    d.clause("2.1", "If you forget a dose, do not take the missed dose. Take your next dose at the usual time and "
             "write the missed dose in your diary. Never take a double dose.\nDo not take extra tablets at the "
             "end of the course to make up for missed ones: stop on day 14 as planned.")
    d.clause("2.2", "If you are sick (vomit) after taking a dose, do not take another dose until the next one is "
             "due.")
    d.h1("3. Side effects: what to do")
    d.para("Ring the 24-hour hotline straight away, day or night, if your temperature is 37.5 degrees C "
           "or above, or below 36 degrees C, or if you feel suddenly unwell, shivery or confused, even if your "
           "temperature is normal. Do not take paracetamol before you have spoken to us, because it can hide a "
           "fever. You may have an infection that needs treatment within an hour.", style="B")
    d.grid(["Side effect", "What you notice", "What to do"],
           [["Diarrhoea", "Up to 3 more bowel movements a day than is normal for you",
             "Carry on; take loperamide as prescribed and drink at least 2 litres a day"],
            ["Diarrhoea", "4 or more more than normal, or any at night",
             "Stop capecitabine and ring the hotline now"],
            ["Sickness", "Sick once in 24 hours", "Carry on; take your anti-sickness tablets"],
            ["Sickness", "Sick 2 or more times in 24 hours, or cannot keep fluids down",
             "Stop capecitabine and ring the hotline today"],
            ["Hands and feet", "Redness, tingling or dry skin that is not painful",
             "Carry on; use the urea cream 3 times a day"],
            ["Hands and feet", "Painful redness or swelling, blisters, or difficulty walking or holding things",
             "Stop capecitabine; ring the hotline the same day"],
            ["Mouth", "Soreness, but you can eat and drink normally", "Carry on; use the mouthwash after meals"],
            ["Mouth", "Ulcers that stop you eating or drinking", "Stop capecitabine and ring the hotline today"],
            ["Chest", "Chest pain or tightness", "Stop capecitabine and call 999"]], [28, 72, 70], size=8.5)
    d.para("Start using the urea cream on your hands and feet twice a day from day 1, and keep your hands and "
           "feet cool. Avoid hot baths during the 14 days of tablets.")
    d.h1("4. Other medicines")
    d.clause("4.1", "Tell us before you start any new medicine, including herbal remedies. If you take warfarin, "
             "your INR will be checked every week during treatment, as capecitabine can increase its effect. "
             "Phenytoin levels also need checking. Do not take folic acid supplements.")
    d.clause("4.2", "Before you started, you had a blood test for DPD deficiency, a condition that makes "
             "capecitabine side effects much more severe. Your result was normal.")
    d.h1("5. Handling and storing your tablets")
    d.clause("5.1", "Keep the tablets in their original packet below 30 degrees C, out of the sight and reach of "
             "children. Wash your hands after touching them. Anyone else handling your tablets should wear "
             "disposable gloves. Do not flush unused tablets or put them in the bin; return them to the hospital "
             "pharmacy.")
    d.clause("5.2", "Women who could become pregnant must use effective contraception during treatment and for 6 "
             "months after the last dose; men must use condoms during treatment and for 3 months after.")
    d.h1("6. Your diary - cycle 1")
    d.para("Tick each dose when you take it and write any side effects. Bring this diary and any unused tablets "
           "to every clinic appointment.", size=9)
    rows, day0 = [], datetime.date(2026, 12, 7)
    for i in range(14):
        day = day0 + datetime.timedelta(days=i)
        rows.append([str(i + 1), f"{WEEKDAYS[day.weekday()]} {day.day} Dec", "", "", ""])
    d.grid(["Day", "Date", "Morning dose taken", "Evening dose taken", "Side effects / notes"],
           rows, [14, 30, 35, 35, 56], size=8.5)
    d.para("Days 15 to 21 (21 to 27 December 2026): no tablets. Blood test: Wednesday 23 December 2026 at your GP "
           "surgery.", size=9)
    return d.save("medical/capecitabine_diary_pettifer.pdf")


# =============================================================================
# 5. Nicotine replacement therapy dosing guide
# =============================================================================
def nrt_guide():
    d = Doc("Nicotine Replacement Therapy (NRT) - Dosing Guide for Advisers", "Caldermoor Stop Smoking Service",
            "Caldermoor Stop Smoking Service - Guide SS-04, version 2 (2026)", accent=(0, 90, 120), body_size=10)
    d.title_block("NICOTINE REPLACEMENT THERAPY: DOSING GUIDE",
                  "For stop-smoking advisers and community pharmacists supplying NRT through the Caldermoor Stop "
                  "Smoking Service (adults and young people aged 12 and over).")
    d.h1("1. Principles")
    d.clause("1.1", "Offer combination NRT (a patch plus a faster acting product such as gum, lozenge or mouth "
             "spray) to every smoker, unless they prefer a single product. Combination NRT roughly doubles the "
             "chance of stopping compared with a single product.")
    d.clause("1.2", "A standard course lasts 12 weeks from the quit date. It may be extended to 9 months for "
             "people who feel at risk of relapse. Advise the client to stop smoking completely on the quit date; "
             "NRT can also be used to cut down first, with a quit date within 6 months.")
    d.clause("1.3", "Assess dependence by the number of cigarettes smoked each day and by the time from waking to "
             "the first cigarette.")
    d.h1("2. Patch strength (24 hour patches)")
    d.grid(["Cigarettes a day", "Weeks 1 to 8", "Weeks 9 and 10", "Weeks 11 and 12"],
           [["More than 20", "21 mg/24 h", "14 mg/24 h", "7 mg/24 h"],
            ["10 to 20", "14 mg/24 h", "7 mg/24 h", "7 mg/24 h"],
            ["Fewer than 10", "7 mg/24 h", "7 mg/24 h", "Stop the patch"]], [45, 40, 40, 40])
    d.para("* Hand-rolled tobacco: count each 25 g a week as 5 cigarettes a day. Apply the patch to clean, "
           "hairless skin on the upper arm, chest or hip, and use a different site each day, not returning to "
           "the same site for 7 days.", size=8.5, style="I")
    d.h1("3. Faster acting products")
    d.para("Choose the strength of gum or lozenge by the time to the first cigarette after waking:")
    d.grid(["First cigarette of the day", "Gum or lozenge strength", "Usual use"],
           [["Within 30 minutes of waking", "4 mg gum or 4 mg lozenge", "1 piece every 1 to 2 hours"],
            ["More than 30 minutes after waking", "2 mg gum or 2 mg lozenge", "1 piece every 1 to 2 hours"]],
           [55, 55, 55])
    d.clause("3.1", "Gum: chew slowly until the taste becomes strong, then rest it between the cheek and gum "
             "(\"chew and park\"), and chew again when the taste fades, for about 30 minutes. Use no more than 15 "
             "pieces a day of either strength. Avoid acidic drinks such as coffee or fizzy drinks for 15 "
             "minutes before and during use.")
    d.clause("3.2", "Mouth spray (1 mg a spray): 1 or 2 sprays when a craving starts; no more than 2 sprays at a "
             "time, no more than 4 sprays an hour and no more than 64 sprays a day.")
    d.clause("3.3", "Inhalator (15 mg cartridge): up to 6 cartridges a day, each used for short puffs over about "
             "20 minutes at a time.")
    d.h1("4. Side effects")
    d.clause("4.1", "Skin irritation under the patch: rotate sites as above; a mild steroid cream is not supplied "
             "by the service. Vivid dreams or trouble sleeping: remove the patch at bedtime and put a new one on "
             "when getting up.")
    d.clause("4.2", "Hiccups, indigestion or a sore jaw with gum: the gum is being chewed too fast; use the chew "
             "and park method. Sore throat with the mouth spray usually settles within the first week.")
    d.h1("5. Special groups")
    d.clause("5.1", "Pregnancy: NRT is much safer than smoking and should be offered. Use patches worn for 16 "
             "hours only, taken off at bedtime, with a faster acting product if needed. Offer 4 weeks of "
             "supply at a time and review weekly.")
    d.clause("5.2", "Young people aged 12 to 17 may use NRT in the same doses as adults if they are dependent "
             "smokers; a course longer than 12 weeks needs a GP review.")
    d.clause("5.3", "Heart disease: NRT may be used in stable heart disease. For a heart attack, stroke or unstable "
             "angina in the last 4 weeks, start with a faster acting product and discuss patches with the GP or "
             "cardiology team.")
    d.h1("6. Supply and follow-up")
    d.clause("6.1", "Supply 1 week of NRT at each visit for the first 4 weeks, then 2 weeks at a time. Supply is "
             "free for people exempt from prescription charges; others pay the prescription charge for each "
             "product.")
    d.clause("6.2", "Measure carbon monoxide (CO) at every visit. A CO reading below 10 ppm at 4 weeks after the "
             "quit date confirms the quit. A client who smokes in the first 2 weeks after the quit date should "
             "set a new quit date rather than stop NRT.")
    return d.save("medical/nrt_dosing_guide_caldermoor.pdf")


# =============================================================================
# 6. Allergy and anaphylaxis action plan for school
# =============================================================================
def anaphylaxis_plan():
    d = Doc("Allergy and Anaphylaxis Action Plan", "Tamsworth Primary School - medical room copy",
            "Ellerby Children's Allergy Service - School plan, reviewed yearly", accent=(170, 30, 30),
            body_size=10)
    d.title_block("ALLERGY AND ANAPHYLAXIS ACTION PLAN",
                  "Name: Oskar Delacourt-Finch    Date of birth: 11/05/2017    Class: Year 4 (Willow)\n"
                  "Weight: 31 kg (September 2026)    Plan review date: September 2027")
    d.grid(["Item", "Details"],
           [["Known allergens", "Peanut, cashew nut and sesame"],
            ["Adrenaline auto-injector", "Ellepen 300 micrograms (2 pens prescribed, 2 spare pens held at school)"],
            ["Antihistamine", "Cetirizine 10 mg (10 mL of 1 mg/mL liquid)"],
            ["Asthma", "Yes - salbutamol (blue) inhaler, 2 puffs as needed"],
            ["Parent contacts", "Marta Delacourt 07700 900 214; Lewis Finch 07700 900 586"]], [50, 120])
    d.h1("1. Mild to moderate allergic reaction")
    d.para("Signs: swollen lips, face or eyes; itchy or tingling mouth; hives or itchy rash; tummy pain or "
           "vomiting; a sudden change in behaviour.")
    d.bullets(["Stay with Oskar and call for help if needed.",
               "Give cetirizine 10 mg by mouth.",
               "Phone a parent. Watch Oskar closely for at least 4 hours for signs of anaphylaxis."])
    d.h1("2. Anaphylaxis: look for ABC")
    d.para("A - Airway: persistent cough, hoarse voice, difficulty swallowing, swollen tongue. "
           "B - Breathing: difficult or noisy breathing, wheeze or persistent cough. "
           "C - Consciousness: pale and floppy, suddenly sleepy, collapse or unconscious.", style="B")
    d.para("If ANY ONE of these signs is present:")
    d.clause("1.", "Lie Oskar flat with his legs raised. If he is struggling to breathe, allow him to sit up with "
             "his legs out straight. Do not make him stand or walk, even if he feels better.", numw=8)
    d.clause("2.", "Use the adrenaline auto-injector without delay, into the outer thigh.", numw=8)
    d.clause("3.", "Dial 999, ask for an ambulance and say \"anaphylaxis\".", numw=8)
    d.clause("4.", "If there is no improvement after 5 minutes, give a second adrenaline pen in the other thigh.",
             numw=8)
    d.clause("5.", "Phone a parent. Write down the time each pen was given and send the used pens with the "
             "ambulance crew.", numw=8)
    d.para("If in doubt, give adrenaline. If Oskar is wheezing and you are not sure whether it is asthma or "
           "anaphylaxis, give adrenaline first, then his blue inhaler. Anyone who has been given adrenaline "
           "must go to hospital by ambulance, even if they feel better; they will be observed for at least 6 hours.")
    d.h1("3. How to use the Ellepen")
    d.bullets(["Remove the blue safety cap. Hold the pen in your fist with the orange tip pointing down.",
               "Push the orange tip firmly into the outer thigh, at a right angle, until it clicks. It can be "
               "given through clothing.",
               "Hold it in place for 5 seconds, then remove it and massage the area for 10 seconds."])
    d.h1("4. Carrying and storing pens")
    d.clause("4.1", "Oskar must have 2 pens with him at all times, including on school trips, where they are "
             "carried by a member of staff trained in this plan. The 2 spare pens are kept in the medical room, "
             "in the red box labelled with his name and photograph.")
    d.clause("4.2", "Store the pens at room temperature; do not keep in a fridge or a car. Check the expiry dates "
             "and that the liquid in the window is clear each month. The school will tell the parents when a pen "
             "needs replacing.")
    d.h1("5. Adrenaline dose by weight")
    d.para("The dose of auto-injector is chosen by the allergy service by body weight and is reviewed at each "
           "annual review:")
    d.grid(["Body weight", "Auto-injector dose"],
           [["Under 15 kg", "150 micrograms, only if prescribed by an allergy specialist"],
            ["15 to 30 kg", "150 micrograms"],
            ["Over 30 kg", "300 micrograms"],
            ["Over 60 kg (adults and teenagers)", "300 or 500 micrograms, as prescribed"]], [70, 100])
    d.para("Parent consent: I agree to this plan being shared with the staff who look after my child. "
           "Signed (parent): Marta Delacourt, 8 September 2026. Clinician: Dr Ines Warrender, Paediatric "
           "Allergy Consultant.", size=9, style="I")
    return d.save("medical/anaphylaxis_plan_delacourt_finch.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([escrow_agreement, pitch_licence, engagement_letter,
                       capecitabine_diary, nrt_guide, anaphylaxis_plan], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
