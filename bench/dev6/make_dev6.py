"""Render the sixth development-set documents (fictional) as PDFs into bench/dev6/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
leisure-club membership agreement with joining-fee bands by age, freezes and cancellation, a small-business
catering-equipment lease with a damage-charge schedule, a data-processing agreement (breach notification,
sub-processors, retention), a parents' FAQ leaflet on paracetamol and ibuprofen for fever with a weight/age
dose table, a day-surgery discharge letter with wound-care instructions by day after surgery, and a renal
dose-adjustment table for an invented antibiotic. Questions: bench/dev6/questions.jsonl. All names,
products and numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev6/make_dev6.py [--check]
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

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 6 (fictional document)", "make_dev6.py", FIXED_DATE)


# =============================================================================
# 1. Leisure-club membership agreement
# =============================================================================
def leisure_membership():
    d = Doc("Brackenfold Leisure Club - Membership Agreement", "Form BLC-MA 2026/2",
            "Brackenfold Leisure Club Ltd, Mill Lane, Quarrington QN4 2LS", font="Times",
            accent=(0, 100, 80), body_size=10.5)
    d.title_block("LEISURE CLUB MEMBERSHIP AGREEMENT",
                  "between Brackenfold Leisure Club Ltd (the \"Club\") and the person or persons named on the "
                  "Membership Form (the \"Member\"). Please read Part C (Freezing) and Part D (Cancellation) "
                  "carefully before you sign.")
    d.h1("Part A - Definitions")
    d.clause("A1", "\"Join Date\" means the date on which the Club accepts the Membership Form. \"Commitment "
             "Period\" means the period in clause B4 during which the Member has agreed to pay monthly fees. "
             "\"Billing Date\" means the 5th day of each calendar month. \"Dependant\" means a child of the Member "
             "aged under 18 who lives at the Member's address. \"Concession\" means a Member who holds a valid "
             "Quarrington Leisure Card.")
    d.clause("A2", "Ages are taken on the Join Date. A Member who moves into a higher age band keeps the joining "
             "fee already paid; the monthly fee changes from the first Billing Date after the birthday.")
    d.h1("Part B - Joining fees, monthly fees and commitment")
    d.clause("B1", "A one-off joining fee is payable on the Join Date. It depends on the Member's age band:")
    d.grid(["Age on Join Date", "Joining fee", "Monthly fee (Standard)", "Monthly fee (Platinum)"],
           [["Under 8 (Dependant only)", "No fee", "GBP 9.00", "not available"],
            ["8 to 12", "GBP 10", "GBP 14.50", "not available"],
            ["13 to 17", "GBP 20", "GBP 21.00", "GBP 29.00"],
            ["18 to 25", "GBP 35", "GBP 36.00", "GBP 47.00"],
            ["26 to 59", "GBP 60", "GBP 44.00", "GBP 58.00"],
            ["60 to 74", "GBP 40", "GBP 34.00", "GBP 45.00"],
            ["75 and over", "GBP 15", "GBP 24.00", "GBP 31.00"]], [52, 32, 42, 42])
    d.clause("B2", "Concession Members pay half the joining fee for their age band. The joining fee is waived "
             "for a second or further adult at the same address who joins within 30 days of the first adult. "
             "Joining fees are not refundable except under clause D1.")
    d.clause("B3", "Standard membership gives use of the gym, pool and group classes. Platinum membership adds "
             "the spa, unlimited racquet-court bookings and 4 guest passes a year. Members aged 8 to 15 must be "
             "supervised by a Member aged 18 or over in the pool; Members aged 8 to 12 may use the gym only "
             "at supervised Junior sessions.")
    d.clause("B4", "The Commitment Period is 12 months from the Join Date for Platinum membership and 3 months for "
             "Standard membership. After the Commitment Period, membership continues month to month until "
             "cancelled under Part D.")
    d.clause("B5", "Fees are collected by Direct Debit on the Billing Date. If a payment fails, the Club will "
             "collect it again 10 days later and add a failed-payment charge of GBP 7.50. Access is suspended "
             "while 2 or more monthly fees are unpaid.")
    d.h1("Part C - Freezing a membership")
    d.clause("C1", "A Member may freeze a membership for at least 1 and at most 3 calendar months in any "
             "membership year, by request at reception or in the app received at least 10 days before the next "
             "Billing Date.")
    d.clause("C2", "A freeze costs GBP 5 a month (Standard) or GBP 8 a month (Platinum). A medical freeze, "
             "supported by a note from a doctor, physiotherapist or midwife, is free and may last up to 6 months. "
             "A maternity freeze is free and may last up to 9 months.")
    d.clause("C3", "The Commitment Period is extended by the length of any freeze, except a medical or maternity "
             "freeze. A frozen membership cannot be used, and guest passes do not accrue while it is frozen.")
    d.h1("Part D - Cancellation")
    d.clause("D1", "Cooling-off. A Member who joined online may cancel within 14 days of the Join Date and receive "
             "a full refund, including the joining fee, less GBP 4 for each visit made.")
    d.clause("D2", "After the Commitment Period a Member may cancel by giving 1 month's written notice, ending on "
             "the day before a Billing Date. Notice may be given in the app, by email to "
             "members@brackenfold-leisure.example or by letter; notice given by telephone is not accepted.")
    d.clause("D3", "A Member who cancels during the Commitment Period must pay the monthly fees for the rest of the "
             "Commitment Period, subject to clause D4.")
    d.clause("D4", "No further fees are payable during the Commitment Period if the Member: (a) provides medical "
             "evidence of being unable to exercise for the rest of the Commitment Period; (b) moves home more "
             "than 15 miles from the Club; or (c) is a Concession Member who stops receiving the benefit on which "
             "the Leisure Card was issued. In each case 1 month's notice is still required.")
    d.clause("D5", "The Club may end a membership on 7 days' notice for repeated breach of the Club Rules, or at "
             "once for violence, threats or letting another person use the Member's card. No joining fee is "
             "refunded.")
    d.h1("Part E - Price changes and closures")
    d.clause("E1", "The Club may change monthly fees on 45 days' notice, but not more than once in any 12 months. "
             "Platinum fees will not rise during the Commitment Period. A Member may cancel without notice "
             "before a rise takes effect.")
    d.clause("E2", "If the pool or gym is closed for more than 14 consecutive days (other than for the annual "
             "maintenance shutdown of up to 7 days in August), the Club will credit a pro-rata share of the "
             "monthly fee to the next Direct Debit.")
    d.h1("Part F - Children and guests")
    d.clause("F1", "Children under 8 may use the pool only with a paying adult Member, with no more than 2 "
             "children under 8 per adult. Children aged 13 to 15 may use the gym unsupervised once they have "
             "completed the Club's junior induction.")
    d.clause("F2", "A Member may bring a guest for GBP 9 a visit (GBP 5 for a guest under 18). Guests may not use "
             "the spa unless accompanied by a Platinum Member using a guest pass.")
    d.signature_block(["Signed for Brackenfold Leisure Club Ltd (Membership Manager)",
                       "Signed by the Member (or, for a Member under 18, by a parent or guardian)"])
    return d.save("legal/membership_agreement_brackenfold_leisure.pdf")


# =============================================================================
# 2. Catering-equipment lease with damage-charge schedule
# =============================================================================
def equipment_lease():
    d = Doc("Hobnail Equipment Leasing - Equipment Hire Agreement", "Agreement HEL/0742/26",
            "Hobnail Equipment Leasing Ltd / Linnet Street Kitchen Ltd", accent=(120, 40, 40))
    d.title_block("EQUIPMENT HIRE AGREEMENT (COMMERCIAL CATERING EQUIPMENT)",
                  "between Hobnail Equipment Leasing Ltd, company no. 09311754 (the \"Owner\") and Linnet Street "
                  "Kitchen Ltd, trading as Linnet Cafe, 12 Linnet Street, Farrowby FB1 3DJ (the \"Hirer\")")
    d.h1("1. Interpretation")
    d.clause("1.1", "\"Equipment\" means the items listed in Schedule 1, with their accessories and manuals. "
             "\"Hire Period\" means the period in clause 2. \"Rental\" means the monthly sums in Schedule 1. "
             "\"Return Condition\" means clean, complete and in working order, fair wear and tear excepted. "
             "\"Fair Wear and Tear\" means deterioration from normal commercial use in line with the "
             "manufacturer's instructions, but not damage listed in Schedule 2.")
    d.clause("1.2", "References to Schedules are to the schedules at the end of this agreement, which form part "
             "of it.")
    d.h1("2. Hire Period")
    d.clause("2.1", "The Hire Period starts on the date of delivery (expected 9 February 2026) and lasts for a "
             "minimum of 24 months. It then continues from month to month until either party gives at least "
             "2 months' written notice.")
    d.clause("2.2", "The Hirer may end the hire during the minimum period by written notice and paying an early "
             "termination sum equal to 60% of the Rental for the remaining months of the minimum period. If the "
             "Hirer's business closes permanently, the sum is reduced to 40%, subject to clause 9.3.")
    d.h1("3. Rental and payment")
    d.clause("3.1", "Rental is payable monthly in advance by Direct Debit on the 1st of each month, plus VAT. The "
             "first payment, due on delivery, is 2 months' Rental; it covers the first month and is held as a "
             "deposit against the final month.")
    d.clause("3.2", "Late payments carry interest at 4% a year above the Bank of England base rate from the due "
             "date. If any Rental is more than 21 days overdue, the Owner may give 7 days' notice to end this "
             "agreement and repossess the Equipment.")
    d.clause("3.3", "Rental is fixed for the first 12 months. After that the Owner may increase it once a year by "
             "up to 5%, on 30 days' notice.")
    d.h1("4. Delivery, installation and use")
    d.clause("4.1", "The Owner delivers and installs the Equipment free of charge on the ground floor. Delivery "
             "above ground floor or through a restricted access costs GBP 85 per item.")
    d.clause("4.2", "The Hirer must keep the Equipment at the address above, use it only for commercial catering by "
             "trained staff, and not move, sub-hire, lend or modify it without the Owner's written consent.")
    d.clause("4.3", "Gas appliances may be connected only by a Gas Safe registered engineer. The Hirer must keep a "
             "copy of the connection certificate and send it to the Owner within 14 days of connection.")
    d.h1("5. Maintenance and breakdowns")
    d.clause("5.1", "The Owner services the Equipment once every 6 months at no charge. The Hirer must clean the "
             "Equipment daily and descale the dishwasher and combination oven at least once a week.")
    d.clause("5.2", "The Hirer reports breakdowns on the Owner's service line. The Owner will attend: for a "
             "refrigeration fault, within 8 working hours; for a cooking appliance fault, by the end of the next "
             "working day; and for any other fault, within 3 working days.")
    d.clause("5.3", "If a fault is not fixed within 5 working days of the report, Rental for that item is reduced "
             "by 50% until it is fixed or a replacement is supplied. Callouts caused by misuse, lack of cleaning "
             "or descaling, or a fault in the Hirer's gas, water or electricity supply are charged at GBP 95 "
             "plus GBP 48 per hour on site.")
    d.h1("6. Risk and insurance")
    d.clause("6.1", "Risk in the Equipment passes to the Hirer on delivery and stays with the Hirer until the Owner "
             "collects it. The Hirer must insure the Equipment for its full replacement value (Schedule 1) "
             "against loss, theft, fire, flood and accidental damage, and note the Owner's interest on the "
             "policy.")
    d.clause("6.2", "The Hirer must tell the Owner of any loss, theft or damage within 48 hours, and of any theft "
             "also report it to the police within 24 hours and give the Owner the crime reference.")
    d.h1("7. Return of the Equipment")
    d.clause("7.1", "At the end of the Hire Period the Owner collects the Equipment on a date agreed with the Hirer, "
             "within 10 working days after the end. The Hirer must make it available in Return Condition, "
             "disconnected and emptied.")
    d.clause("7.2", "The Owner inspects the Equipment on collection, in the Hirer's presence if the Hirer wishes, "
             "and within 5 working days sends a written inspection report. Damage beyond Fair Wear and Tear is "
             "charged under Schedule 2. The Hirer may dispute the report within 14 days of receiving it.")
    d.clause("7.3", "If the Equipment is not available for collection on the agreed date, the Hirer pays a "
             "failed-collection charge of GBP 120 and Rental continues at a daily rate of one thirtieth of the "
             "monthly Rental until collection.")
    d.h1("8. Liability")
    d.clause("8.1", "The Owner's total liability under this agreement is limited to the Rental paid in the 12 "
             "months before the claim. The Owner is not liable for loss of trade, spoiled food or stock, or "
             "other indirect loss, except where caused by its negligence.")
    d.h1("9. Ending the agreement")
    d.clause("9.1", "Either party may end this agreement by notice if the other commits a material breach and does "
             "not remedy it within 14 days of written notice.")
    d.clause("9.2", "On ending, the Hirer must pay any unpaid Rental, charges under Schedule 2 and, where clause "
             "2.2 applies, the early termination sum.")
    d.clause("9.3", "The reduced early termination sum in clause 2.2 does not apply if the business is sold or "
             "transferred to a new owner, who may instead take over this agreement with the Owner's consent "
             "(not to be unreasonably withheld) on payment of a transfer fee of GBP 150.")
    d.h1("Schedule 1 - Equipment and Rental")
    d.grid(["Item", "Model / serial", "Monthly Rental (ex VAT)", "Replacement value"],
           [["6-grid combination oven", "Vantora CX6 / VC6-22871", "GBP 189.00", "GBP 8,400"],
            ["Pass-through dishwasher", "Aquamark PT50 / AP-55310", "GBP 96.00", "GBP 4,150"],
            ["Double-door upright fridge", "Frostline UD1400 / FL-90124", "GBP 54.00", "GBP 2,380"],
            ["Bean-to-cup coffee machine", "Crema Nova 2G / CN-44107", "GBP 112.00", "GBP 5,600"],
            ["Under-counter glass-door chiller", "Frostline UC300 / FL-71835", "GBP 29.00", "GBP 1,120"]],
           [48, 50, 36, 34])
    d.h1("Schedule 2 - Damage charges")
    d.para("Charges per item, ex VAT, for damage found on return inspection (clause 7.2). Where more than one line "
           "applies to the same item, each is charged, up to that item's replacement value in Schedule 1.")
    d.grid(["Condition found on return", "Charge per item"],
           [["Surface scratch, not through the finish", "No charge (Fair Wear and Tear)"],
            ["Dent or scratch through the finish, under 5 cm", "GBP 45"],
            ["Dent 5 cm or longer, or any dent on a door", "GBP 160"],
            ["Cracked or broken glass door or viewing panel", "GBP 285"],
            ["Missing shelf, rack, tray or basket", "GBP 38 each"],
            ["Missing manual, key or control knob", "GBP 22 each"],
            ["Not cleaned or not emptied (food residue, grease)", "GBP 75 cleaning charge"],
            ["Limescale damage (heating element or pump)", "GBP 240"],
            ["Damaged or cut power cable or plug", "GBP 55"],
            ["Seal or door gasket torn", "GBP 65"],
            ["Item beyond economic repair, lost or stolen", "Replacement value less 2% for each full month of hire"]],
           [100, 70])
    d.para("Note: a charge under this Schedule is reduced by any sum the Owner recovers from the Hirer's insurers "
           "for the same damage. Charges are payable within 30 days of the inspection report, unless disputed "
           "under clause 7.2.", size=9, style="I")
    d.signature_block(["Signed for Hobnail Equipment Leasing Ltd by Dara Moy, Operations Director",
                       "Signed for Linnet Street Kitchen Ltd by Priya Sandhu, Director"])
    return d.save("legal/equipment_hire_hobnail_linnet_cafe.pdf")


# =============================================================================
# 3. Data-processing agreement
# =============================================================================
def data_processing():
    d = Doc("Data Processing Agreement - Ferncastle Dental / Quayline", "DPA ref. QL-DPA-118",
            "Quayline Cloud Systems Ltd / Ferncastle Dental Group Ltd - Confidential", accent=(60, 40, 120),
            body_size=9.5)
    d.title_block("DATA PROCESSING AGREEMENT",
                  "between Ferncastle Dental Group Ltd (the \"Controller\") and Quayline Cloud Systems Ltd (the "
                  "\"Processor\"), supplementing the Practice Management Software Agreement dated 14 January 2026 "
                  "(the \"Main Agreement\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Personal Data\" means the personal data processed by the Processor for the Controller under "
             "the Main Agreement, described in Annex 1. \"Personal Data Breach\" means a breach of security "
             "leading to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or "
             "access to, Personal Data. \"Sub-processor\" means any third party engaged by the Processor to "
             "process Personal Data. \"Business Day\" means a day other than a Saturday, Sunday or bank holiday "
             "in England. \"Data Protection Law\" means the UK GDPR and the Data Protection Act 2018.")
    d.h1("2. Processing")
    d.clause("2.1", "The Processor processes Personal Data only on the Controller's documented instructions, "
             "including this agreement, unless required by law, in which case it tells the Controller first "
             "unless the law forbids it.")
    d.clause("2.2", "The Processor tells the Controller within 2 Business Days if it believes an instruction "
             "breaks Data Protection Law.")
    d.clause("2.3", "Processor staff with access to Personal Data are bound by confidentiality, receive data "
             "protection training on joining and every 12 months, and have access only as needed for their role.")
    d.h1("3. Security")
    d.clause("3.1", "The Processor applies the measures in Annex 2, including encryption of Personal Data at rest "
             "and in transit, multi-factor authentication for all administrative access, and an independent "
             "penetration test at least once a year.")
    d.h1("4. Personal Data Breaches")
    d.clause("4.1", "The Processor notifies the Controller of a Personal Data Breach without undue delay and in any "
             "event within 24 hours of becoming aware of it, by telephone to the Controller's data protection "
             "lead and by email to dpo@ferncastle-dental.example.")
    d.clause("4.2", "The notice describes, as far as then known: the nature of the breach; the categories and "
             "approximate number of data subjects and records; likely consequences; and the measures taken or "
             "proposed. Information not available at once is given in phases, with a full written report within "
             "5 Business Days of the breach being discovered.")
    d.clause("4.3", "The Controller decides whether to notify the Information Commissioner (within 72 hours of "
             "becoming aware, where Data Protection Law requires it) and data subjects. The Processor must not "
             "notify the Information Commissioner, data subjects or the press itself unless the law requires it.")
    d.clause("4.4", "The Processor bears the reasonable costs of notifying data subjects where a breach is caused by "
             "its failure to apply Annex 2, up to the cap in clause 10.2.")
    d.h1("5. Sub-processors")
    d.clause("5.1", "The Controller authorises the Sub-processors listed in Annex 3. The Processor gives the "
             "Controller at least 30 days' written notice before adding or replacing a Sub-processor, except in "
             "an emergency affecting the security of the service, when notice is given as soon as possible and "
             "in any event within 5 Business Days after the change.")
    d.clause("5.2", "The Controller may object to a new Sub-processor on reasonable data protection grounds within "
             "14 days of the notice. If the parties cannot resolve the objection within 30 days, the Controller "
             "may end the affected part of the Main Agreement without early termination charges.")
    d.clause("5.3", "The Processor imposes on each Sub-processor terms no less protective than this agreement and "
             "remains fully liable to the Controller for each Sub-processor's performance.")
    d.h1("6. International transfers")
    d.clause("6.1", "Personal Data is stored in the United Kingdom. It may be accessed from outside the UK only by "
             "the Sub-processors marked in Annex 3, under the International Data Transfer Addendum, and never "
             "stored outside the UK without the Controller's prior written consent.")
    d.h1("7. Assistance and data subject requests")
    d.clause("7.1", "The Processor passes any request it receives from a data subject to the Controller within "
             "3 Business Days and does not respond to it except on the Controller's instructions.")
    d.clause("7.2", "The Processor helps the Controller answer data subject requests and carry out data protection "
             "impact assessments. Up to 10 hours of assistance a year is free; further assistance is charged at "
             "GBP 110 an hour.")
    d.h1("8. Audit")
    d.clause("8.1", "The Controller may audit the Processor once in any 12 months, on at least 30 days' notice, "
             "during business hours, at its own cost. After a Personal Data Breach, or where a regulator requires "
             "it, the Controller may audit on 5 Business Days' notice, and the Processor bears the cost if the "
             "audit finds a material failure to comply with this agreement.")
    d.clause("8.2", "The Processor may instead provide its current ISO/IEC 27001 certificate and most recent "
             "independent audit report, unless the audit follows a Personal Data Breach.")
    d.h1("9. Retention, return and deletion")
    d.clause("9.1", "During the Main Agreement the Processor keeps each category of Personal Data for the period "
             "below, unless the Controller instructs a different period in writing:")
    d.grid(["Category of Personal Data", "Retention period in the live system"],
           [["Clinical records and radiographs - adult patients", "11 years after the last treatment"],
            ["Clinical records - patients under 18 at last treatment", "Until the patient's 25th birthday, "
             "or 11 years after the last treatment if longer"],
            ["Appointment history and reminders sent", "3 years after the appointment"],
            ["Payment card tokens", "Deleted 13 months after the last payment"],
            ["Call recordings (reception line)", "90 days"],
            ["System audit logs", "2 years"],
            ["Marketing consents", "Until withdrawn, then 6 months"]], [90, 80])
    d.clause("9.2", "Backups are encrypted, kept in a separate UK data centre and overwritten on a 35-day cycle. "
             "Deleted Personal Data therefore remains in backups for up to 35 days.")
    d.clause("9.3", "When the Main Agreement ends, the Processor, at the Controller's choice, returns all Personal "
             "Data in a standard machine-readable format within 30 days, and then deletes it from the live system "
             "within a further 30 days and from backups within the backup cycle in clause 9.2. The Processor "
             "confirms deletion in writing. A copy may be kept only where the law requires it.")
    d.h1("10. Liability")
    d.clause("10.1", "Each party's liability under this agreement is subject to the limits in the Main Agreement, "
             "except as stated in clause 10.2.")
    d.clause("10.2", "The Processor's total liability for Personal Data Breaches caused by its breach of this "
             "agreement is limited to GBP 750,000 in aggregate, or three times the fees paid under the Main "
             "Agreement in the previous 12 months if greater.")
    d.h1("Annex 1 - Details of processing")
    d.para("Subject matter: hosting and support of the Quayline Dent practice management system for 14 Ferncastle "
           "practices. Data subjects: patients, their parents or guardians, and practice staff. Categories: "
           "identity and contact details, appointment history, clinical notes, radiographs and medical history "
           "(special category data), payment tokens. Duration: the term of the Main Agreement plus the return "
           "and deletion periods in clause 9.3.")
    d.h1("Annex 3 - Authorised Sub-processors")
    d.grid(["Sub-processor", "Service", "Data location", "Access from outside UK"],
           [["Northgate Hosting Ltd", "Primary and backup data centres", "UK (Leeds, Slough)", "No"],
            ["Textwell Messaging Ltd", "SMS and email appointment reminders", "UK", "No"],
            ["Paycurve Payments Ltd", "Card payment tokenisation", "UK", "No"],
            ["Orbis Support Services Pvt Ltd", "Out-of-hours level 1 support", "UK (remote access only)",
             "Yes - India, under IDTA"]], [48, 52, 38, 32])
    d.para("Annex 2 (technical and organisational measures) is supplied as a separate document.", size=8.5,
           style="I")
    return d.save("legal/data_processing_agreement_quayline_ferncastle.pdf")


# =============================================================================
# 4. Parents' FAQ leaflet: paracetamol and ibuprofen for fever
# =============================================================================
def fever_leaflet():
    d = Doc("Fever medicines for children - questions parents ask", "Leaflet PIL-CH-207, issue 4",
            "Wrenfield Children's Centre and Wrenfield Community Pharmacy. Review: October 2028",
            accent=(0, 110, 160), body_size=10)
    d.title_block("Your child has a temperature: paracetamol and ibuprofen",
                  "A leaflet for parents and carers of children aged 3 months to 12 years. It does not replace "
                  "advice from your pharmacist, GP or health visitor.")
    d.two_col([
        ("h", "What counts as a fever?"),
        ("p", "A fever is a temperature of 38 °C or higher. Fever is the body's normal way of fighting "
              "infection and is not harmful in itself. Most fevers get better within 3 days."),
        ("h", "Do I have to give a medicine for every fever?"),
        ("p", "No. Give paracetamol or ibuprofen only if your child is distressed or uncomfortable, not just "
              "to bring the number down. A medicine does not stop febrile seizures (fits)."),
        ("h", "Which thermometer should I use?"),
        ("p", "Under 4 weeks old: a digital thermometer under the armpit. From 4 weeks to 5 years: a digital "
              "armpit thermometer or an ear (infrared) thermometer. Do not use forehead strips or put a "
              "thermometer in the mouth of a child under 5."),
        ("h", "Can I give both medicines together?"),
        ("p", "Do not give both at the same time. Start with one. If your child is still distressed before the "
              "next dose is due, you may try the other medicine instead. Do not keep alternating them unless a "
              "doctor or pharmacist tells you to, and keep a written note of every dose and the time."),
        ("h", "How often can I give paracetamol?"),
        ("p", "Every 4 to 6 hours if needed, no more than 4 doses in 24 hours. Leave at least 4 hours between "
              "doses."),
        ("h", "How often can I give ibuprofen?"),
        ("p", "Three times a day, leaving at least 6 hours between doses, with or after food or milk. A child aged "
              "3 to 6 months may have no more than 3 doses in 24 hours."),
        ("h", "Are there children who should not have ibuprofen?"),
        ("p", "Do not give ibuprofen to a child who has chickenpox, is dehydrated (not drinking, no wet nappy "
              "for 12 hours), has asthma that has been made worse by ibuprofen before, or has kidney problems. "
              "Paracetamol can be given instead. Ask a pharmacist first if your child has any long-term illness."),
    ], size=9.5)
    d.h1("How much do I give? (measure with the syringe in the pack, not a kitchen spoon)")
    d.para("Use your child's weight if you know it; if not, use the age guide. If the weight and the age point to "
           "different rows, use the weight.", size=9.5)
    d.grid(["Weight", "Age guide", "Pyrelin Infant paracetamol 120 mg in 5 mL",
            "Brufadol Junior ibuprofen 100 mg in 5 mL"],
           [["5 to 6.9 kg", "3 to 6 months", "2.5 mL", "2.5 mL (max 3 doses in 24 h)"],
            ["7 to 9.9 kg", "6 to 12 months", "5 mL", "2.5 mL"],
            ["10 to 12.9 kg", "1 to 2 years", "5 mL", "5 mL"],
            ["13 to 15.9 kg", "2 to 4 years", "7.5 mL", "5 mL"],
            ["16 to 19.9 kg", "4 to 6 years", "10 mL", "7.5 mL"],
            ["20 to 24.9 kg", "6 to 8 years", "12.5 mL", "10 mL"],
            ["25 to 31.9 kg", "8 to 10 years", "15 mL", "12.5 mL"],
            ["32 kg and over", "10 to 12 years", "20 mL", "15 mL"]], [28, 30, 56, 56], size=9)
    d.para("For children aged 6 years and over you may use Pyrelin Six Plus (250 mg in 5 mL) instead: give half "
           "the volume shown in the table above for the same row. Never give two paracetamol products at the same "
           "time - many cold and flu remedies already contain paracetamol.", size=9.5)
    d.h1("More questions")
    d.two_col([
        ("h", "My baby is under 3 months. Can I give paracetamol?"),
        ("p", "Only if a doctor advises it, for example after vaccinations at 8 weeks, when one dose of 2.5 mL "
              "Pyrelin Infant may be given and repeated once after 4 to 6 hours. A baby under 3 months with a "
              "temperature of 38 °C or higher must be seen by a doctor the same day."),
        ("h", "What if I give too much by mistake?"),
        ("p", "If you think your child has had more than the dose in the table, even if they seem well, call "
              "the NHS 111 service or go to the nearest emergency department straight away. Take the bottle "
              "with you."),
        ("h", "What if my child vomits the medicine?"),
        ("p", "If your child is sick within 30 minutes of the dose, you can give the same dose once more. If "
              "more than 30 minutes have passed, wait until the next dose is due."),
        ("h", "How long can I keep giving the medicines?"),
        ("p", "Do not give paracetamol for more than 3 days, or ibuprofen for more than 3 days, without asking "
              "a pharmacist or doctor. Once opened, Pyrelin bottles are used within 6 months and Brufadol "
              "bottles within 3 months."),
        ("h", "When should I get help?"),
        ("p", "Call 999 if your child has a fit lasting more than 5 minutes, is floppy or hard to wake, has "
              "blue lips, or a rash that does not fade when you press a glass on it. Contact your GP or NHS 111 "
              "the same day if the fever lasts more than 5 days, your child is under 6 months with a "
              "temperature of 39 °C or higher, is not drinking, or has fewer than 3 wet nappies a day."),
        ("h", "Can my child go to nursery or school?"),
        ("p", "Keep your child at home while they have a fever, and until 24 hours after it has gone without "
              "fever medicine."),
    ], size=9.5)
    return d.save("medical/fever_medicines_parents_faq_wrenfield.pdf")


# =============================================================================
# 5. Day-surgery discharge letter with wound-care instructions
# =============================================================================
def discharge_letter():
    d = Doc("Discharge letter - laparoscopic surgery (Day Surgery Unit)", "Template DSU-DL-05 v2",
            "Harrowfield General Hospital NHS Trust - Day Surgery Unit, Level 2, East Block", accent=(90, 60, 0))
    d.title_block("DISCHARGE LETTER AND WOUND-CARE INSTRUCTIONS",
                  "Keyhole (laparoscopic) gallbladder removal or hernia repair. A copy goes to your GP.")
    d.grid(["Field", "Details (completed by the discharging nurse)"],
           [["Patient name / hospital number", "...................................................."],
            ["Operation and date", "Laparoscopic cholecystectomy / laparoscopic inguinal hernia repair "
             "(delete one) on ..../..../........"],
            ["Wound closure", "Dissolvable stitches / skin glue / metal clips (delete as needed)"],
            ["Dressings", "Waterproof island dressings over each of the 3 or 4 small cuts"],
            ["Medicines to take home", "Paracetamol 1 g four times a day; ibuprofen 400 mg three times a day "
             "with food, for up to 5 days; laxative if needed"],
            ["Follow-up", "Practice nurse wound check on day 7 to 10 if you have clips; otherwise none unless "
             "needed"]], [55, 115])
    d.h1("1. The first 24 hours")
    d.clause("1.1", "You have had a general anaesthetic. For 24 hours do not drive, drink alcohol, operate "
             "machinery, sign legal documents or look after young children on your own. A responsible adult "
             "must stay with you overnight.")
    d.clause("1.2", "Shoulder-tip pain is common for 24 to 48 hours after keyhole surgery. It is caused by the gas "
             "used to inflate your abdomen and eases with walking and painkillers.")
    d.h1("2. What to expect, day by day")
    d.grid(["Days after surgery", "What to expect", "What you can do"],
           [["Day 1 to 2", "Soreness around the cuts, bloating, shoulder-tip pain, tiredness",
             "Keep the dressings on and dry. Short walks every few hours. Eat light meals."],
            ["Day 3 to 5", "Pain easing; some bruising around the cuts, especially the belly button",
             "From 48 hours you may shower; pat the dressings dry. Do not bathe or swim."],
            ["Day 5 to 7", "Small amount of clear or pink ooze is normal",
             "Remove the dressings on day 5 and leave the cuts open to the air if dry."],
            ["Day 7 to 10", "Cuts healing; stitch ends may poke out",
             "Clips are removed by the practice nurse. You may drive once you can do an emergency stop "
             "without pain, usually after 7 to 10 days."],
            ["Day 10 to 14", "Stitches dissolve; slight firmness under the scar",
             "Return to desk work after 10 to 14 days. You may bathe once the cuts have healed."],
            ["Week 3 to 6", "Scars pink and slowly fading over 6 to 12 months",
             "Manual or heavy work after 4 to 6 weeks. No lifting over 5 kg (a full shopping bag) for "
             "4 weeks after hernia repair, or 2 weeks after gallbladder removal."]], [30, 66, 74], size=9)
    d.h1("3. Looking after your wounds")
    d.clause("3.1", "Wash your hands before touching the dressings or wounds. Do not put creams, talc or antiseptic "
             "on the cuts. If a dressing becomes wet or soaked, replace it with one of the spare dressings given "
             "to you.")
    d.clause("3.2", "Skin glue peels off by itself in 7 to 10 days; do not pick it. Dissolvable stitches usually "
             "disappear within 10 to 14 days; if a stitch is still there after 21 days, ask your practice nurse "
             "to remove it.")
    d.clause("3.3", "Swelling of the scrotum or groin is common after hernia repair and settles within 2 weeks. "
             "Wearing supportive underwear helps.")
    d.clause("3.4", "Do not smoke: smoking doubles the risk of a wound infection. Sexual activity can restart when "
             "it is comfortable, usually after 1 to 2 weeks.")
    d.h1("4. When to get help")
    d.grid(["If you notice", "What to do"],
           [["Redness spreading more than 2 cm from a cut, or a cut that is hot, hard or leaking pus",
             "Call the Day Surgery Unit (below) the same day: possible wound infection"],
            ["Temperature of 38 °C or higher, or shivering, on two readings 1 hour apart",
             "Call the Day Surgery Unit the same day"],
            ["Yellowing of the skin or eyes, dark urine or pale stools (after gallbladder removal)",
             "Call the Day Surgery Unit the same day"],
            ["Bleeding that soaks a dressing and does not stop after 10 minutes of firm pressure",
             "Go to the Emergency Department"],
            ["Severe abdominal pain not controlled by your painkillers, or persistent vomiting",
             "Go to the Emergency Department"],
            ["Unable to pass urine for more than 8 hours", "Go to the Emergency Department"],
            ["Chest pain, sudden breathlessness, or a painful swollen calf", "Call 999"],
            ["Constipation for more than 3 days despite the laxative", "Speak to your GP or pharmacist"]],
           [95, 75], size=9)
    d.clause("4.1", "The Day Surgery Unit nurses can be reached on 01632 960 418 from 07:30 to 20:00, Monday to "
             "Friday. At other times, call the Surgical Assessment Unit on 01632 960 455. Either number may be "
             "used for 30 days after your operation; after 30 days please contact your GP.")
    d.clause("4.2", "A nurse will telephone you on the first working day after your operation to see how you are.")
    d.h1("5. Notes for the GP")
    d.para("No routine follow-up in surgical clinic. Histology of the gallbladder is sent to the consultant; the "
           "GP is written to only if the result is abnormal, within 6 weeks. Please arrange a clip removal on "
           "day 7 to 10 where clips were used.")
    return d.save("medical/discharge_letter_wound_care_harrowfield.pdf")


# =============================================================================
# 6. Renal dose-adjustment table for an invented antibiotic
# =============================================================================
def renal_dosing():
    d = Doc("Torvacillin (IV and oral) - dosing in renal impairment", "Antimicrobial guideline AMG-31",
            "Kestrel Valley Hospitals - Antimicrobial Stewardship Group. Approved 4/2026, review 4/2029",
            accent=(130, 20, 70), body_size=9.5)
    d.title_block("TORVACILLIN: DOSE ADJUSTMENT IN RENAL IMPAIRMENT (ADULTS)",
                  "Torvacillin is an invented broad-spectrum beta-lactam antibiotic, cleared mainly by the kidneys. "
                  "For adults aged 18 and over only. Paediatric doses: see guideline AMG-PAED-09.")
    d.h1("1. Before you prescribe")
    d.clause("1.1", "Use the eGFR reported by the laboratory (mL/min/1.73 m2) to choose the band in Table 1, "
             "except in the situations in note [a], where an estimated creatinine clearance (CrCl) by the "
             "Cockcroft-Gault equation must be used instead.")
    d.clause("1.2", "Always give the full loading dose (first dose) of 2 g IV over 30 minutes, whatever the renal "
             "function; reduce only the maintenance doses that follow. See note [b] for dialysis.")
    d.clause("1.3", "Renal function can change quickly in sepsis. Recheck creatinine at least every 48 hours while "
             "on IV torvacillin, and re-band the dose if the eGFR moves into a different band.")
    d.h1("2. Table 1 - Intravenous maintenance doses")
    d.grid(["Renal function", "Standard infections", "Severe infection / Pseudomonas [c]", "Dose interval note"],
           [["eGFR over 80", "1 g every 8 hours", "2 g every 8 hours", "Consider extended infusion over 3 hours "
             "in severe infection"],
            ["eGFR 51 to 80", "1 g every 8 hours", "2 g every 8 hours", "No change"],
            ["eGFR 31 to 50", "1 g every 12 hours", "2 g every 12 hours", "Interval extended"],
            ["eGFR 16 to 30", "500 mg every 12 hours", "1 g every 12 hours", "Dose and interval reduced"],
            ["eGFR 6 to 15", "500 mg every 24 hours", "1 g every 24 hours", "Monitor for neurotoxicity [d]"],
            ["eGFR 5 or less, not on dialysis", "250 mg every 24 hours", "500 mg every 24 hours",
             "Discuss with renal team"],
            ["Intermittent haemodialysis [b]", "500 mg every 24 hours", "1 g every 24 hours",
             "On dialysis days give the dose after the session"],
            ["Peritoneal dialysis", "500 mg every 24 hours", "500 mg every 24 hours",
             "Do not add to dialysis fluid"],
            ["Continuous renal replacement (CVVHDF)", "1 g every 12 hours", "2 g every 12 hours",
             "Effluent rate 25 to 35 mL/kg/h; higher rates: microbiology advice"]],
           [46, 36, 42, 46], size=8.5)
    d.h1("3. Notes to Table 1")
    d.clause("[a]", "Use Cockcroft-Gault CrCl, with actual body weight, instead of eGFR if the patient: weighs "
             "less than 50 kg or has a BMI of 40 or more (use adjusted body weight when BMI is 40 or more); is "
             "aged 75 or over; has an amputation or paraplegia; or is in acute kidney injury with a creatinine "
             "changing by more than 20% a day.", numw=9)
    d.clause("[b]", "Haemodialysis removes about 40% of torvacillin in a 4-hour session. On dialysis days give the "
             "maintenance dose after the session ends. If a dose was given in the 6 hours before dialysis "
             "started, give a supplementary dose of 250 mg after the session.", numw=9)
    d.clause("[c]", "Severe infection means sepsis with organ dysfunction, febrile neutropenia, meningitis, or any "
             "infection with Pseudomonas aeruginosa. For meningitis use the severe-infection dose every 8 hours "
             "down to an eGFR of 31 and seek advice below that.", numw=9)
    d.clause("[d]", "Torvacillin can cause confusion, myoclonus and seizures when it accumulates. If these occur, "
             "stop the drug, check a trough level (target below 20 mg/L) and discuss with microbiology.",
             numw=9)
    d.h1("4. Table 2 - Oral step-down (torvacillin 500 mg tablets)")
    d.para("Switch to oral after 48 hours of IV treatment if the patient is improving, afebrile for 24 hours and "
           "able to swallow and absorb. Oral torvacillin is not suitable for severe infection [c].")
    d.grid(["Renal function (eGFR or CrCl)", "Oral dose", "Maximum daily dose"],
           [["Over 50", "1 g every 8 hours", "3 g"],
            ["31 to 50", "500 mg every 8 hours", "1.5 g"],
            ["16 to 30", "500 mg every 12 hours", "1 g"],
            ["15 or less, or any dialysis", "500 mg every 24 hours (after dialysis on dialysis days)", "500 mg"]],
           [58, 78, 34])
    d.h1("5. Monitoring and interactions")
    d.clause("5.1", "Therapeutic drug monitoring is not routine. Take a trough level (just before a dose) after "
             "the 4th dose in patients on CVVHDF, in patients with an eGFR of 15 or less, or where note [d] "
             "applies. The laboratory reports results within 24 hours on weekdays.")
    d.clause("5.2", "Probenecid raises torvacillin levels by about 50%: do not co-prescribe. Sodium valproate "
             "levels fall by up to 60% within 48 hours of starting torvacillin: use another antibiotic, or "
             "discuss with neurology if there is no alternative.")
    d.clause("5.3", "Each 1 g vial contains 2.9 mmol of sodium. Reconstitute each 1 g vial with 10 mL of water for "
             "injections; once reconstituted use within 6 hours at room temperature or 24 hours in a fridge.")
    d.clause("5.4", "The usual course is 5 to 7 days; for bone and joint infection 6 weeks under the OPAT team. "
             "Review the need for torvacillin at 48 to 72 hours with the culture results.")
    return d.save("medical/torvacillin_renal_dosing_kestrel_valley.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([leisure_membership, equipment_lease, data_processing,
                       fever_leaflet, discharge_letter, renal_dosing], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
