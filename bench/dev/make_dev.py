"""Render the development-set documents (fictional) as PDFs into bench/dev/docs/.

A second, non-blind set to tune the reader on, in a different style from corpora/ and bench/blind/:
an employment contract, a data-processing agreement, a software licence (EULA), an enoxaparin
(anticoagulant) dosing protocol, a variable-rate insulin protocol and a lab critical-value escalation
protocol. Questions: bench/dev/questions.jsonl. All names, products and numbers are invented.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev/make_dev.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2025, 9, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set (fictional document)", "make_dev.py", FIXED_DATE)


# =============================================================================
# 1. Employment contract
# =============================================================================
def employment_contract():
    d = Doc("Contract of Employment - Corvane Robotics Ltd / M. Okafor", "Ref. HR-EMP-2291",
            "Corvane Robotics Ltd - Private and confidential")
    d.title_block("CONTRACT OF EMPLOYMENT",
                  "between Corvane Robotics Ltd (company no. 11830457), Unit 4 Fenwick Park, Leeds LS11 8QT "
                  "(the \"Employer\") and Ms Mirela Okafor (the \"Employee\")")
    d.para("This contract sets out the main terms and conditions of the Employee's employment and is the written "
           "statement of particulars required by the Employment Rights Act 1996. It takes effect on the Start Date.")
    d.h1("1. Definitions")
    d.clause("1.1", "In this contract: \"Start Date\" means 3 November 2025; \"Continuous Service\" means service with "
             "the Employer counted from the Start Date; \"Working Day\" means Monday to Friday excluding public holidays "
             "in England; \"Grade\" means the salary grade in Schedule 1.")
    d.clause("1.2", "Headings are for convenience only. A reference to a clause or schedule is to a clause of or "
             "schedule to this contract.")
    d.h1("2. Role and place of work")
    d.clause("2.1", "The Employee is employed as Senior Controls Engineer, reporting to the Head of Automation.")
    d.clause("2.2", "The normal place of work is the Employer's Leeds site. The Employee may work from home for up to "
             "2 days in each working week with the prior agreement of their line manager, subject to clause 2.3.")
    d.clause("2.3", "Home working is not available during the first 12 weeks of employment or during any period in "
             "which the Employee is on a performance improvement plan.")
    d.h1("3. Probationary period")
    d.clause("3.1", "The first 6 months of employment are a probationary period. The Employer may extend the "
             "probationary period once, by up to 3 months, by giving written notice before it ends.")
    d.clause("3.2", "During the probationary period either party may end the employment by giving 2 weeks' written "
             "notice; clause 11 does not apply until the probationary period has been completed successfully.")
    d.h1("4. Hours of work")
    d.clause("4.1", "Normal working hours are 37.5 hours a week, between 8.00 am and 6.00 pm, Monday to Friday, with an "
             "unpaid lunch break of 30 minutes each day.")
    d.clause("4.2", "Overtime is paid only where it has been authorised in advance in writing by the Head of "
             "Automation. Authorised overtime on a Working Day is paid at 1.5 times the Employee's basic hourly rate; "
             "authorised overtime on a Saturday, Sunday or public holiday is paid at 2 times the basic hourly rate.")
    d.clause("4.3", "Employees at Grade E4 and above are not eligible for paid overtime and instead may take time off "
             "in lieu, at the rate of one hour for each hour worked, within 3 months of the overtime.")
    d.h1("5. Salary and pay")
    d.clause("5.1", "The Employee is appointed at Grade E3, step 2, with a basic salary of GBP 48,600 a year, paid "
             "monthly in arrears on the 25th day of each month by bank transfer.")
    d.clause("5.2", "Salary is reviewed annually with effect from 1 April. A review does not mean an increase will be "
             "given. Progression between steps within a Grade follows Schedule 1.")
    d.clause("5.3", "The Employer may deduct from salary any sums the Employee owes it, including any overpayment and "
             "any unreturned equipment valued at its replacement cost.")
    d.h1("6. Holidays")
    d.clause("6.1", "The holiday year runs from 1 January to 31 December. The Employee is entitled to 27 Working Days' "
             "paid holiday in each holiday year, plus public holidays in England, pro rata in the first and last years.")
    d.clause("6.2", "After 5 years of Continuous Service the entitlement in clause 6.1 rises to 30 Working Days.")
    d.clause("6.3", "Up to 5 days of untaken holiday may be carried forward to the next holiday year and must be taken "
             "by 31 March of that year, after which they are lost. No other holiday may be carried forward except "
             "where the law requires (for example after sickness or family leave).")
    d.clause("6.4", "On termination, untaken accrued holiday is paid at 1/260th of annual basic salary per day; holiday "
             "taken in excess of accrued entitlement will be deducted from final pay at the same rate.")
    d.h1("7. Sickness absence")
    d.clause("7.1", "The Employee must notify their line manager by 9.30 am on the first day of absence. For absences "
             "of more than 7 calendar days a fit note from a doctor must be provided.")
    d.clause("7.2", "Subject to compliance with clause 7.1, the Employee will receive company sick pay according to the "
             "following scale in any rolling 12-month period, inclusive of statutory sick pay:")
    d.grid(["Continuous Service", "Full basic pay", "Then half basic pay"],
           [["Less than 6 months", "Statutory sick pay only", "-"],
            ["6 months to less than 2 years", "4 weeks", "4 weeks"],
            ["2 years to less than 5 years", "8 weeks", "8 weeks"],
            ["5 years or more", "13 weeks", "13 weeks"]], [60, 50, 50])
    d.h1("8. Pension")
    d.clause("8.1", "The Employee will be enrolled in the Corvane Group Personal Pension. The Employer contributes 6% of "
             "basic salary where the Employee contributes at least 4%; where the Employee contributes the statutory "
             "minimum only, the Employer contributes the statutory minimum.")
    d.h1("9. Confidentiality and intellectual property")
    d.clause("9.1", "The Employee must not, during or after employment, disclose any Confidential Information of the "
             "Employer except as required by law or as needed to perform their duties.")
    d.clause("9.2", "All inventions, designs, software and other works created by the Employee in the course of "
             "employment belong to the Employer. Works created wholly outside working hours, without the Employer's "
             "equipment or information and unrelated to its business, remain the Employee's.")
    d.h1("10. Restrictions after employment")
    d.clause("10.1", "For 6 months after the employment ends, the Employee must not solicit or deal with any customer of "
             "the Employer with whom they had material dealings in the last 12 months of employment.")
    d.clause("10.2", "For 9 months after the employment ends, the Employee must not solicit any employee of the Employer "
             "at Grade E3 or above to leave the Employer. Any period of garden leave under clause 11.4 is deducted "
             "from the periods in this clause 10.")
    d.h1("11. Notice and termination")
    d.clause("11.1", "After the probationary period, the Employee must give the Employer 3 months' written notice to "
             "end the employment.")
    d.clause("11.2", "After the probationary period, the Employer must give the Employee 1 month's written notice, "
             "increasing to 1 week for each complete year of Continuous Service from 5 years onwards, up to a "
             "maximum of 12 weeks.")
    d.clause("11.3", "The Employer may end the employment without notice for gross misconduct, including theft, "
             "serious breach of safety rules, or working while under the influence of alcohol or drugs.")
    d.clause("11.4", "During all or part of any notice period the Employer may require the Employee not to attend work "
             "(garden leave), during which salary and benefits continue.")
    d.h1("12. Grievance and disciplinary")
    d.clause("12.1", "The disciplinary and grievance procedures are in the Staff Handbook and do not form part of this "
             "contract. A grievance should be raised in writing with the Head of People within 20 Working Days of "
             "the matter complained of.")
    d.add_page()
    d.h1("Schedule 1 - Engineering salary grades (from 1 April 2025)")
    d.grid(["Grade", "Step 1", "Step 2", "Step 3", "Overtime"],
           [["E2", "GBP 36,200", "GBP 38,900", "GBP 41,300", "Paid"],
            ["E3", "GBP 45,400", "GBP 48,600", "GBP 51,750", "Paid"],
            ["E4", "GBP 56,800", "GBP 60,150", "GBP 63,900", "Time off in lieu"],
            ["E5", "GBP 69,500", "GBP 73,200", "GBP 77,000", "Time off in lieu"]], [25, 35, 35, 35, 40])
    d.para("Progression from one step to the next within a Grade is normally after 12 months at a step, subject to a "
           "satisfactory performance review. Promotion between Grades is by application only.")
    d.signature_block(["Signed for Corvane Robotics Ltd by Dana Whitlow, Head of People",
                       "Signed by the Employee, Mirela Okafor"])
    return d.save("legal/employment_contract_corvane.pdf")


# =============================================================================
# 2. Data-processing agreement
# =============================================================================
def data_processing_agreement():
    d = Doc("Data Processing Addendum - Lattice Cloud Services", "Version 3.2 (July 2025)",
            "Lattice Cloud Services B.V. - DPA v3.2", font="Times", accent=(60, 40, 90), body_size=10.5)
    d.title_block("DATA PROCESSING ADDENDUM",
                  "to the Lattice Cloud Master Subscription Agreement, between the Customer (controller) and "
                  "Lattice Cloud Services B.V., Keizersgracht 212, Amsterdam (processor)")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Personal Data\", \"Processing\", \"Controller\", \"Processor\" and \"Data Subject\" have the "
             "meanings in the GDPR. \"Customer Data\" means Personal Data processed by Lattice on the Customer's "
             "behalf under the Agreement.")
    d.clause("1.2", "\"Personal Data Breach\" means a breach of security leading to the accidental or unlawful "
             "destruction, loss, alteration, unauthorised disclosure of, or access to, Customer Data.")
    d.clause("1.3", "\"Sub-processor\" means any third party engaged by Lattice to process Customer Data. \"Business "
             "Day\" means a day other than a Saturday, Sunday or public holiday in the Netherlands.")
    d.h1("2. Scope and instructions")
    d.clause("2.1", "Lattice shall process Customer Data only on the Customer's documented instructions, which are "
             "this Addendum, the Agreement and the Customer's use of the service settings, unless Union or Member "
             "State law requires otherwise; in that case Lattice will inform the Customer before processing unless "
             "that law prohibits it.")
    d.clause("2.2", "Lattice shall inform the Customer without delay if, in its opinion, an instruction infringes the "
             "GDPR, and may suspend the affected processing until the instruction is confirmed or changed.")
    d.h1("3. Sub-processors")
    d.clause("3.1", "The Customer gives general authorisation for Lattice to engage the Sub-processors listed at "
             "trust.lattice.example/subprocessors.")
    d.clause("3.2", "Lattice shall give the Customer at least 30 days' notice by e-mail before adding or replacing a "
             "Sub-processor. The Customer may object on reasonable data-protection grounds within 14 days of the "
             "notice. If the parties cannot resolve the objection, the Customer may terminate the affected service "
             "and receive a pro-rata refund of prepaid fees; this is the Customer's sole remedy for the objection.")
    d.clause("3.3", "In an emergency affecting the security or availability of the service, the notice in clause 3.2 "
             "is reduced to 5 Business Days.")
    d.h1("4. Security")
    d.clause("4.1", "Lattice shall implement the technical and organisational measures in Annex 2, including "
             "encryption of Customer Data at rest using AES-256 and in transit using TLS 1.2 or higher.")
    d.clause("4.2", "Lattice personnel with access to Customer Data are bound by confidentiality and receive security "
             "training at least once every 12 months.")
    d.h1("5. Personal Data Breaches")
    d.clause("5.1", "Lattice shall notify the Customer of a Personal Data Breach without undue delay and in any event "
             "within 36 hours of becoming aware of it.")
    d.clause("5.2", "The notice shall describe, so far as then known, the nature of the breach, the categories and "
             "approximate number of Data Subjects and records concerned, the likely consequences and the measures "
             "taken. Information not then available shall be provided in phases as it becomes available.")
    d.clause("5.3", "Notifying the supervisory authority and Data Subjects remains the Customer's responsibility; "
             "Lattice shall provide reasonable assistance.")
    d.h1("6. Audits")
    d.clause("6.1", "Lattice shall make available its current ISO/IEC 27001 certificate and SOC 2 Type II report on "
             "request.")
    d.clause("6.2", "Where those documents are not sufficient to demonstrate compliance, the Customer may carry out an "
             "on-site audit not more than once in any 12-month period, on at least 45 days' written notice, during "
             "Business Days and at the Customer's cost. An additional audit is permitted after a Personal Data "
             "Breach or where a supervisory authority requires it.")
    d.h1("7. International transfers")
    d.clause("7.1", "Customer Data is hosted in the European Economic Area (Frankfurt and Dublin regions). Lattice shall "
             "not transfer Customer Data outside the EEA except to a country with an adequacy decision or under the "
             "Standard Contractual Clauses (Module 3) incorporated by reference.")
    d.h1("8. Return and deletion")
    d.clause("8.1", "On expiry or termination of the Agreement the Customer may export Customer Data through the "
             "service for 30 days. Lattice shall then delete Customer Data from production systems within a further "
             "60 days, and from backups within 180 days of termination, unless law requires retention.")
    d.clause("8.2", "Lattice shall confirm deletion in writing on request.")
    d.h1("9. Liability")
    d.clause("9.1", "Each party's liability under this Addendum is subject to the limits in clause 14 of the Agreement, "
             "except that the limit for Lattice's breach of clause 4 or clause 5 is raised to 3 times the fees paid in "
             "the 12 months before the event giving rise to the claim.")
    d.add_page()
    d.h1("Annex 1 - Details of processing")
    d.grid(["Item", "Description"],
           [["Subject matter", "Hosting and processing of Customer Data for the Lattice workflow service"],
            ["Duration", "The term of the Agreement plus the deletion periods in clause 8"],
            ["Data Subjects", "Customer's employees, contractors and end customers"],
            ["Categories of data", "Names, business contact details, account identifiers, usage logs"],
            ["Special categories", "None, unless the Customer uploads them; the service is not designed for health data"],
            ["Log retention", "Access logs kept for 13 months, then deleted"]], [45, 129])
    d.h1("Annex 2 - Support response times")
    d.grid(["Severity", "Example", "First response", "Updates"],
           [["P1 - Critical", "Service unavailable for all users", "1 hour", "Every 2 hours"],
            ["P2 - High", "Major feature unavailable", "4 hours", "Every 8 hours"],
            ["P3 - Normal", "Minor defect with workaround", "1 Business Day", "Every 3 Business Days"],
            ["P4 - Low", "Question or feature request", "3 Business Days", "On resolution"]], [32, 62, 38, 42])
    return d.save("legal/dpa_lattice_cloud.pdf")


# =============================================================================
# 3. Software licence (EULA)
# =============================================================================
def eula():
    d = Doc("Pinnacle Rota - End User Licence Agreement", "EULA 2025-04", "Pinnacle Rota Software Ltd",
            accent=(20, 90, 70))
    d.title_block("PINNACLE ROTA END USER LICENCE AGREEMENT",
                  "Please read carefully before installing or using the Software. By clicking \"I accept\" you "
                  "agree to these terms on behalf of the organisation you represent (the \"Licensee\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Software\" means the Pinnacle Rota staff-scheduling application, in object code, and its "
             "documentation and updates. \"Named User\" means an individual authorised by the Licensee to use the "
             "Software, identified by a unique login. \"Subscription Term\" means the period in the Order Form.")
    d.clause("1.2", "\"Site\" means one physical workplace address of the Licensee.")
    d.h1("2. Licence grant")
    d.clause("2.1", "Subject to payment of the fees, Pinnacle grants the Licensee a non-exclusive, non-transferable "
             "licence during the Subscription Term to install and use the Software for its internal business "
             "purposes, for the number of Named Users in its tier (clause 5).")
    d.clause("2.2", "A Named User login may not be shared. A login may be reassigned to a different individual no more "
             "than once in any 90-day period, except where the original user has left the Licensee's employment.")
    d.clause("2.3", "The Licensee may make one copy of the Software for backup purposes only.")
    d.h1("3. Restrictions")
    d.clause("3.1", "The Licensee shall not (a) copy the Software except under clause 2.3; (b) modify, translate or "
             "create derivative works; (c) rent, lease or sublicense it; (d) use it to provide a bureau or managed "
             "scheduling service to third parties.")
    d.clause("3.2", "The Licensee shall not reverse engineer, decompile or disassemble the Software, except to the "
             "extent that applicable law expressly permits it for the purpose of achieving interoperability, and then "
             "only after first asking Pinnacle in writing for the interface information and allowing 30 days for a reply.")
    d.h1("4. Trial")
    d.clause("4.1", "A free trial lasts 21 days for up to 10 Named Users. Data entered during the trial is kept for "
             "14 days after the trial ends and then deleted unless the Licensee subscribes.")
    d.h1("5. Tiers and fees")
    d.clause("5.1", "Fees are per Named User per month, billed annually in advance, according to the tier that covers "
             "the Licensee's total number of Named Users:")
    d.grid(["Tier", "Named Users", "Fee per user / month", "Sites included", "Support"],
           [["Starter", "1 - 25", "GBP 6.50", "1", "E-mail, next Business Day"],
            ["Team", "26 - 100", "GBP 5.20", "3", "E-mail and phone, 8 hours"],
            ["Business", "101 - 500", "GBP 4.10", "10", "Phone, 4 hours"],
            ["Enterprise", "501 or more", "By quotation", "Unlimited", "Dedicated manager, 1 hour"]],
           [26, 30, 38, 28, 52])
    d.clause("5.2", "Additional Sites above those included in the tier cost GBP 40 per Site per month.")
    d.clause("5.3", "Named Users added during the Subscription Term are charged pro rata for the rest of the term. "
             "Named Users may not be reduced until the next renewal.")
    d.clause("5.4", "Invoices are payable within 30 days. Pinnacle may charge interest on late payment at 4% a year "
             "above the Bank of England base rate and, after 45 days overdue and written warning, suspend access.")
    d.clause("5.5", "Pinnacle may increase fees on renewal by giving at least 60 days' notice before the end of the "
             "Subscription Term; an increase will not exceed 7% in any 12 months.")
    d.h1("6. Warranty")
    d.clause("6.1", "Pinnacle warrants that for 90 days from first delivery the Software will perform substantially in "
             "accordance with its documentation. The Licensee's sole remedy for breach of this warranty is, at "
             "Pinnacle's option, correction of the defect or a refund of fees paid for the affected period.")
    d.clause("6.2", "The warranty does not apply to defects caused by modification, misuse, or use with hardware or "
             "software not listed in the documentation.")
    d.h1("7. Liability")
    d.clause("7.1", "Nothing limits liability for death or personal injury caused by negligence, or for fraud.")
    d.clause("7.2", "Pinnacle is not liable for loss of profits, revenue, goodwill or data, or for indirect or "
             "consequential loss.")
    d.clause("7.3", "Subject to clauses 7.1 and 7.2, Pinnacle's total liability in any contract year is limited to the "
             "fees paid by the Licensee in that year, or GBP 5,000 if greater.")
    d.h1("8. Term and termination")
    d.clause("8.1", "The Subscription Term is 12 months and renews automatically for further 12-month terms unless "
             "either party gives notice at least 30 days before the renewal date.")
    d.clause("8.2", "Either party may terminate immediately if the other commits a material breach not remedied within "
             "21 days of written notice.")
    d.clause("8.3", "On termination the licence ends and the Licensee must uninstall the Software. Pinnacle will keep "
             "the Licensee's rota data available for export for 30 days.")
    d.h1("9. General")
    d.clause("9.1", "This agreement is governed by the law of England and Wales and the courts of England have "
             "exclusive jurisdiction.")
    return d.save("legal/eula_pinnacle_rota.pdf")


# =============================================================================
# 4. Enoxaparin (anticoagulant) dosing protocol
# =============================================================================
def enoxaparin_protocol():
    d = Doc("Enoxaparin Prescribing Protocol - Westmarsh Hospitals NHS Trust", "Protocol MM-042 v5",
            "Westmarsh Hospitals - Medicines Management Committee", accent=(120, 30, 30))
    d.title_block("ENOXAPARIN (LOW MOLECULAR WEIGHT HEPARIN) PRESCRIBING PROTOCOL FOR ADULT INPATIENTS",
                  "Approved by the Medicines Management Committee, 12 May 2025. Review date: May 2027.")
    d.h1("1. Scope")
    d.para("This protocol covers the prevention (prophylaxis) and treatment of venous thromboembolism (VTE) with "
           "enoxaparin in adults aged 18 and over. It does not cover pregnant patients (see obstetric protocol OB-11), "
           "children, patients with mechanical heart valves, or patients on haemodialysis.")
    d.h1("2. Before prescribing")
    d.clause("2.1", "Record the patient's actual body weight in kilograms (weighed, not estimated) and calculate "
             "creatinine clearance (CrCl) using the Cockcroft-Gault equation.")
    d.clause("2.2", "Check a baseline full blood count. Do not start enoxaparin if the platelet count is below "
             "75 x 10^9/L without discussion with a haematologist.")
    d.clause("2.3", "Contraindications include active bleeding, a history of heparin-induced thrombocytopenia (HIT) in "
             "the past 100 days, and acute bacterial endocarditis.")
    d.h1("3. VTE prophylaxis - dose by weight")
    d.para("Give once daily by subcutaneous injection at 18:00, starting within 14 hours of admission. For patients "
           "with CrCl below 30 mL/min, use section 5.")
    d.grid(["Body weight", "Prophylactic dose", "Notes"],
           [["Under 50 kg", "20 mg once daily", ""],
            ["50 - 100 kg", "40 mg once daily", "Standard dose"],
            ["101 - 150 kg", "40 mg twice daily", "Check anti-Xa after 3rd dose"],
            ["Over 150 kg", "60 mg twice daily", "Discuss with pharmacy"]], [40, 50, 84])
    d.h1("4. Treatment of confirmed DVT or PE")
    d.clause("4.1", "The treatment dose is 1.5 mg/kg once daily, rounded to the nearest prefilled syringe, as below. "
             "Use 1 mg/kg twice daily instead for patients with active cancer or body weight over 120 kg.")
    d.grid(["Body weight", "Once-daily treatment dose (1.5 mg/kg)", "Syringe"],
           [["40 - 49 kg", "60 mg", "60 mg / 0.6 mL"],
            ["50 - 59 kg", "80 mg", "80 mg / 0.8 mL"],
            ["60 - 69 kg", "100 mg", "100 mg / 1 mL"],
            ["70 - 79 kg", "120 mg", "120 mg / 0.8 mL"],
            ["80 - 89 kg", "120 mg", "120 mg / 0.8 mL"],
            ["90 - 99 kg", "150 mg", "150 mg / 1 mL"],
            ["100 - 120 kg", "150 mg plus 20 mg", "Two syringes; discuss with pharmacy"]], [40, 80, 54])
    d.clause("4.2", "Continue treatment for at least 5 days and until the INR has been 2 or more for 2 consecutive "
             "days where the patient is also starting warfarin.")
    d.h1("5. Renal impairment")
    d.clause("5.1", "For CrCl 15 to 29 mL/min: prophylaxis 20 mg once daily; treatment 1 mg/kg once daily.")
    d.clause("5.2", "For CrCl below 15 mL/min enoxaparin is not recommended; use unfractionated heparin per protocol "
             "MM-043.")
    d.h1("6. Monitoring")
    d.clause("6.1", "Routine anti-Xa monitoring is not needed. Measure a peak anti-Xa level 4 hours after the 3rd dose "
             "in patients over 150 kg, in renal impairment (CrCl under 30 mL/min), and in unexpected bleeding.")
    d.clause("6.2", "Target peak anti-Xa range: 0.5 to 1.0 units/mL for once- or twice-daily treatment; 0.2 to 0.5 "
             "units/mL for prophylaxis.")
    d.clause("6.3", "Check the platelet count on day 5 to 7 and then weekly while treatment continues if the patient "
             "has received any heparin in the previous 100 days. A fall in platelets of more than 50% from baseline "
             "suggests HIT: stop enoxaparin and contact haematology the same day.")
    d.h1("7. Procedures and neuraxial anaesthesia")
    d.clause("7.1", "Give the last prophylactic dose at least 12 hours, and the last treatment dose at least 24 hours, "
             "before a spinal or epidural procedure or removal of an epidural catheter.")
    d.clause("7.2", "After catheter removal wait at least 4 hours before the next dose.")
    d.h1("8. Bleeding and reversal")
    d.clause("8.1", "For major bleeding stop enoxaparin and seek haematology advice. Protamine partially reverses "
             "enoxaparin: if the last dose was within 8 hours, give 1 mg protamine per 1 mg enoxaparin (maximum 50 mg); "
             "if 8 to 12 hours ago, give 0.5 mg protamine per 1 mg enoxaparin. Protamine is not usually needed more "
             "than 12 hours after the last dose.")
    d.h1("9. Discharge")
    d.clause("9.1", "Patients going home on enoxaparin must be shown how to self-inject, given a sharps bin and a "
             "supply for the full course, and have their GP informed in the discharge summary of the dose, "
             "indication and planned stop date.")
    return d.save("medical/enoxaparin_protocol_westmarsh.pdf")


# =============================================================================
# 5. Variable-rate intravenous insulin protocol
# =============================================================================
def insulin_protocol():
    d = Doc("Variable Rate Intravenous Insulin Infusion (VRIII) - Adults", "Diabetes Team DT-07",
            "Kestrel Valley University Hospital - Diabetes Inpatient Team", font="Times", accent=(0, 80, 130),
            body_size=10.5)
    d.title_block("VARIABLE RATE INTRAVENOUS INSULIN INFUSION (VRIII) FOR ADULT INPATIENTS",
                  "For use when a patient with diabetes cannot eat or drink, e.g. around surgery or during acute "
                  "illness. Not for diabetic ketoacidosis (use the DKA protocol DT-03) or hyperosmolar state (DT-04).")
    d.h1("1. Preparation")
    d.clause("1.1", "Make up 50 units of soluble human insulin (Actrapid) in 49.5 mL of sodium chloride 0.9% in a 50 mL "
             "syringe, giving 1 unit/mL. Label the syringe and change it every 24 hours.")
    d.clause("1.2", "Give a substrate fluid at the same time through the same cannula with a one-way valve: glucose 5% "
             "in sodium chloride 0.45% with potassium chloride 0.15% at 83 mL/hour (2 litres a day) unless the "
             "potassium is above 5.0 mmol/L, when potassium should be omitted.")
    d.clause("1.3", "Continue long-acting basal insulin (e.g. glargine, degludec) at 80% of the usual dose while on the "
             "VRIII. Stop short-acting mealtime insulin and oral diabetes medicines while the infusion runs.")
    d.h1("2. Infusion rates")
    d.para("Check capillary blood glucose (CBG) every hour. Choose the scale by the rules in 2.1 and set the rate:")
    d.grid(["Capillary blood glucose (mmol/L)", "Reduced rate scale (units/hour)", "Standard scale (units/hour)",
            "Increased rate scale (units/hour)"],
           [["Below 4.0", "0 - treat hypoglycaemia", "0 - treat hypoglycaemia", "0 - treat hypoglycaemia"],
            ["4.0 - 5.9", "0.2", "0.5", "1"],
            ["6.0 - 8.0", "0.5", "1", "2"],
            ["8.1 - 12.0", "1", "2", "4"],
            ["12.1 - 16.0", "2", "4", "6"],
            ["16.1 - 20.0", "3", "5", "7"],
            ["Above 20.0", "4 and call doctor", "6 and call doctor", "8 and call doctor"]], [50, 42, 40, 42], size=8.5)
    d.clause("2.1", "Start on the standard scale. Use the reduced rate scale for patients on less than 24 units of "
             "insulin a day or known to be insulin sensitive. Move to the increased rate scale if the CBG is not "
             "falling by at least 1 mmol/L per hour for 2 consecutive hours, or in patients on more than 100 units a "
             "day.")
    d.clause("2.2", "Aim for a CBG between 6.0 and 10.0 mmol/L. Check blood ketones if the CBG is above 12.0 mmol/L in a "
             "patient with type 1 diabetes; if ketones are 3.0 mmol/L or more, switch to the DKA protocol.")
    d.h1("3. Hypoglycaemia on the infusion")
    d.clause("3.1", "If the CBG is below 4.0 mmol/L, stop the insulin for 20 minutes and give 150 mL of glucose 10% "
             "intravenously (or 4 glucose tablets if able to swallow safely). Recheck after 15 minutes and repeat "
             "until the CBG is 4.0 or above, then restart the infusion one scale lower. Do not stop the infusion for "
             "longer than 20 minutes in type 1 diabetes.")
    d.h1("4. Stopping the VRIII")
    d.clause("4.1", "Stop only when the patient is eating and drinking, and give the usual subcutaneous short-acting "
             "insulin with a meal. Continue the infusion for 30 minutes after the subcutaneous injection, and for "
             "60 minutes if the patient uses a premixed insulin.")
    d.clause("4.2", "Restart oral diabetes medicines with the first meal, except metformin after iodinated contrast: "
             "withhold for 48 hours and check the creatinine first.")
    d.clause("4.3", "Refer every patient who needed a VRIII for more than 24 hours to the Diabetes Inpatient Team "
             "(bleep 4417, 8 am to 6 pm on weekdays).")
    return d.save("medical/insulin_vriii_kestrel.pdf")


# =============================================================================
# 6. Laboratory critical-value escalation protocol
# =============================================================================
def lab_escalation():
    d = Doc("Critical Results Communication Policy - Pathology", "PATH-POL-19 rev. 4",
            "Northbridge Pathology Network - Clinical Biochemistry and Haematology", accent=(90, 60, 20))
    d.title_block("COMMUNICATION OF CRITICAL AND URGENT LABORATORY RESULTS",
                  "Applies to results from inpatients, emergency departments and primary care requests.")
    d.h1("1. Purpose and definitions")
    d.clause("1.1", "A \"critical result\" is a result that indicates an immediate risk to life and must be phoned "
             "to a clinician within 30 minutes of validation. An \"urgent result\" is significantly abnormal but not "
             "immediately life-threatening and must be communicated within 4 hours of validation.")
    d.clause("1.2", "\"Responsible clinician\" means the requesting doctor, or for primary care out of hours, the GP "
             "out-of-hours service (ExtraCare, 0300 555 0192).")
    d.h1("2. Who to call and how")
    d.clause("2.1", "The biomedical scientist phones the result to the responsible clinician or a registered nurse "
             "caring for the patient. Results must not be left on voicemail or given to reception staff.")
    d.clause("2.2", "The receiver reads back the patient's name, date of birth, test and value. The call, the receiver's "
             "name and the time are recorded in the laboratory system.")
    d.clause("2.3", "If the responsible clinician cannot be reached within 30 minutes for a critical result, escalate "
             "to the on-call consultant for the requesting specialty; if still unreached after a further 30 minutes, "
             "inform the duty consultant chemical pathologist, who decides whether to contact the patient directly.")
    d.h1("3. Critical limits - clinical biochemistry (adults)")
    d.grid(["Test", "Critical low", "Urgent range", "Critical high"],
           [["Potassium (mmol/L)", "Below 2.5", "2.5 - 2.9 or 6.0 - 6.4", "6.5 or above"],
            ["Sodium (mmol/L)", "Below 120", "120 - 124 or 155 - 159", "160 or above"],
            ["Glucose (mmol/L)", "Below 2.5", "25.0 - 29.9", "30.0 or above"],
            ["Corrected calcium (mmol/L)", "Below 1.80", "1.80 - 1.99 or 3.00 - 3.49", "3.50 or above"],
            ["Creatinine (umol/L)", "-", "Rise of 1.5 to 2 times baseline", "Over 3 times baseline or over 500"],
            ["Troponin T, high sensitivity (ng/L)", "-", "15 - 51 (first result)", "52 or above"]],
           [52, 30, 56, 36], size=8.5)
    d.para("Potassium results from samples that are haemolysed or more than 6 hours old are not phoned as critical; "
           "the laboratory reports them as unreliable and requests a repeat sample.")
    d.h1("4. Critical limits - haematology and coagulation (adults)")
    d.grid(["Test", "Critical low", "Critical high"],
           [["Haemoglobin (g/L)", "Below 70", "Above 200"],
            ["Platelets (x 10^9/L)", "Below 30", "Above 1000"],
            ["Neutrophils (x 10^9/L)", "Below 0.5", "-"],
            ["INR (patients on warfarin)", "-", "8.0 or above"],
            ["INR (not on warfarin)", "-", "5.0 or above"]], [70, 50, 50])
    d.clause("4.1", "A neutrophil count below 0.5 x 10^9/L in a patient receiving chemotherapy is phoned to the acute "
             "oncology hotline (extension 6620) rather than the GP, at any hour.")
    d.h1("5. Repeat results")
    d.clause("5.1", "A critical result need not be phoned again if the same test was phoned as critical for the same "
             "patient within the previous 24 hours and the new value is not worse, except for potassium, which is "
             "phoned every time.")
    d.h1("6. Children")
    d.clause("6.1", "These limits apply to patients aged 16 and over. Paediatric limits are in policy PATH-POL-20.")
    d.h1("7. Audit")
    d.clause("7.1", "Compliance is audited quarterly. The standard is that 95% of critical results are communicated "
             "within 30 minutes; breaches are reported as incidents.")
    return d.save("medical/critical_results_northbridge.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([employment_contract, data_processing_agreement, eula,
                       enoxaparin_protocol, insulin_protocol, lab_escalation], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
