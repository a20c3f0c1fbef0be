"""Render the fourteenth development-set documents (fictional) as PDFs into bench/dev14/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
managed IT support agreement with a service-level schedule (priority levels, response and resolution
targets, service credits by the share of incidents fixed on time) after the signatures, a parish council
allotment tenancy agreement (rent by plot size and concession, cultivation, sheds, hens, bonfires, notice)
with the tenant's plot schedule at the end, dog boarding kennel terms and conditions (nightly prices by the
dog's weight, second-dog and peak rates, vaccinations, a cancellation table by notice, collection times), an
inpatient alcohol withdrawal guideline for clinicians (a withdrawal score with an action table by score band,
fixed reducing chlordiazepoxide regimens, thiamine), a children's diarrhoea and dehydration leaflet in
question-and-answer form (oral rehydration amounts by age, signs of dehydration), and a weekly alendronic
acid patient leaflet. Questions: bench/dev14/questions.jsonl. All names, products and numbers are invented;
the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev14/make_dev14.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 1, 18, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 14 (fictional document)", "make_dev14.py", FIXED_DATE)


# =============================================================================
# 1. Managed IT support agreement with a service-level schedule
# =============================================================================
def it_support_agreement():
    d = Doc("Managed IT Support Agreement - Harbourlight / Penrose & Vail", "Ref. HL-MSA-2027-0193",
            "Harbourlight IT Services Ltd - Penrose & Vail LLP", font="Times", accent=(20, 50, 100),
            body_size=10)
    d.title_block("MANAGED IT SUPPORT AGREEMENT",
                  "Dated 11 January 2027, between Harbourlight IT Services Ltd, company no. 10488275, of 3 Dockside "
                  "Yard, Carrowby CB4 9TE (\"Harbourlight\"), and Penrose & Vail LLP, chartered accountants, of "
                  "17 Minster Row, Carrowby CB1 2HW (the \"Client\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Incident\" means a fault or failure of a Supported Device or Supported Service, or a request "
             "for help, logged with the Harbourlight service desk by telephone, e-mail or the client portal. "
             "\"Priority\" means the priority level given to an Incident under Schedule 2.")
    d.clause("1.2", "\"Response Time\" means the time from the logging of an Incident until an engineer has "
             "contacted the Client and started work on it. \"Resolution Time\" means the time from logging "
             "until the Incident is fixed or a workaround is in place. Time outside Support Hours does not count, "
             "except for Priority 1 Incidents.")
    d.clause("1.3", "\"Support Hours\" means 08:00 to 18:00 on Working Days. \"Working Day\" means Monday to Friday "
             "other than a bank holiday in England. \"Monthly Charge\" means the total charges for a calendar month "
             "under Schedule 1. \"Service Credit\" means a reduction of the Monthly Charge under clause 7.")
    d.clause("1.4", "\"Supported Devices\" means the desktop and laptop computers, servers, printers and network "
             "equipment listed on the Harbourlight portal as supported, as updated from time to time.")
    d.h1("2. Term")
    d.clause("2.1", "This agreement starts on 1 February 2027 and runs for an initial term of 36 months. It then "
             "renews automatically for further periods of 12 months unless either party gives at least 90 days' "
             "written notice before the end of the current term.")
    d.h1("3. The services")
    d.clause("3.1", "Harbourlight will provide: (a) an unlimited remote service desk during Support Hours; (b) "
             "24-hour monitoring of servers and internet connections; (c) endpoint protection and patching of "
             "Supported Devices, with critical security patches applied within 72 hours of release; (d) nightly "
             "backup of servers and Microsoft 365 mailboxes, retained for 30 days; and (e) one scheduled on-site "
             "visit of up to 4 hours each month.")
    d.clause("3.2", "Further on-site visits requested by the Client are charged at the hourly rate in Schedule 1, "
             "with a minimum charge of 1 hour. Work that the Client asks to be carried out outside Support Hours "
             "(other than on Priority 1 Incidents) is charged at 1.5 times the hourly rate.")
    d.h1("4. Charges")
    d.clause("4.1", "The Client pays the charges in Schedule 1, based on the number of users and servers recorded "
             "on the first day of each month, subject to a minimum of 15 users.")
    d.clause("4.2", "Charges are fixed for the first 12 months. From each 1 April after that, Harbourlight may "
             "increase them by the annual rise in the Consumer Prices Index, but by no more than 4% in any year.")
    d.h1("5. Payment")
    d.clause("5.1", "Harbourlight invoices the Monthly Charge monthly in advance, and other charges monthly in "
             "arrears. The Client pays each invoice within 14 days of its date by direct debit.")
    d.clause("5.2", "If an undisputed invoice is more than 30 days overdue, Harbourlight may suspend the services, "
             "other than backups and monitoring, after giving 7 days' written notice.")
    d.h1("6. The Client's responsibilities")
    d.clause("6.1", "The Client will name two contacts authorised to log Incidents, keep its software licences up "
             "to date, not install software on Supported Devices without Harbourlight's approval, and give "
             "engineers reasonable access to its premises during Support Hours.")
    d.h1("7. Service levels and Service Credits")
    d.clause("7.1", "Harbourlight will meet the Response Times and Resolution Times in Schedule 2. Performance is "
             "measured each calendar month and reported to the Client within 10 Working Days after the month ends.")
    d.clause("7.2", "If Harbourlight fails to meet the service levels, the Client is entitled to the Service Credits "
             "in Schedule 2. Service Credits must be claimed in writing within 30 days after the monthly report "
             "and are deducted from the next invoice. The total Service Credits for any month are capped at 20% "
             "of the Monthly Charge for that month.")
    d.clause("7.3", "Service Credits are the Client's only financial remedy for failure to meet the service levels, "
             "but if the Resolution Time of 3 or more Priority 1 Incidents is missed in any rolling period of 3 "
             "months, the Client may terminate this agreement at once by written notice, with no early "
             "termination fee.")
    d.h1("8. Exclusions")
    d.clause("8.1", "The service levels do not apply to Incidents caused by: (a) failure of a telecommunications "
             "line or internet connection supplied by a third party, although Harbourlight will report the fault "
             "to the provider and chase it on the Client's behalf; (b) software installed by the Client without "
             "approval; (c) equipment that is not a Supported Device or is more than 6 years old; or (d) events "
             "beyond Harbourlight's reasonable control.")
    d.h1("9. Liability")
    d.clause("9.1", "Harbourlight's total liability in any contract year is limited to 125% of the charges paid in "
             "the 12 months before the claim arose, except that its liability for loss or corruption of data is "
             "limited to the cost of restoring it from the latest backup, up to GBP 250,000.")
    d.clause("9.2", "Neither party is liable for loss of profit, loss of business or indirect loss. Nothing in this "
             "agreement limits liability for death or personal injury caused by negligence, or for fraud.")
    d.h1("10. Termination")
    d.clause("10.1", "After the first 12 months of the initial term, the Client may end this agreement early on "
             "6 months' written notice, by paying an early termination fee equal to 50% of the Monthly "
             "Charges that would have been payable for the rest of the initial term after the notice expires.")
    d.clause("10.2", "Either party may terminate at once by written notice if the other commits a material breach "
             "that is not remedied within 30 days of a written request, or becomes insolvent.")
    d.h1("11. Exit")
    d.clause("11.1", "On termination Harbourlight will hand over all passwords, documentation and the Client's "
             "data within 10 Working Days, and provide up to 20 hours of exit assistance free of charge. Further "
             "exit assistance is charged at the hourly rate in Schedule 1.")
    d.h1("12. Law")
    d.clause("12.1", "This agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed for Harbourlight IT Services Ltd by Oskar Lindgren-Hale, Managing Director",
                       "Signed for Penrose & Vail LLP by Marguerite Penrose, Managing Partner"])
    d.h1("SCHEDULE 1 - CHARGES")
    d.para("All charges exclude VAT. The per-user price depends on the number of users on the first day of the "
           "month and applies to every user.")
    d.grid(["Number of users", "Price per user per month", "Includes"],
           [["15 to 24 users", "GBP 46", "Service desk, monitoring, patching, backups"],
            ["25 to 49 users", "GBP 42", "As above"],
            ["50 to 99 users", "GBP 38", "As above, plus a second monthly on-site visit"],
            ["100 users or more", "GBP 35", "As above, plus a named account manager"]], [45, 45, 80])
    d.grid(["Other charges", "Price"],
           [["Each server (physical or virtual)", "GBP 95 per server per month"],
            ["Additional on-site visits and exit assistance", "GBP 85 per hour"],
            ["Work outside Support Hours at the Client's request", "1.5 times the hourly rate"]], [100, 70])
    d.h1("SCHEDULE 2 - SERVICE LEVELS")
    d.para("Harbourlight sets the Priority when the Incident is logged, and will raise it if the Client shows that "
           "the impact is greater. Priority 1 Incidents are handled 24 hours a day, 7 days a week, and must be "
           "logged by telephone.")
    d.grid(["Priority", "Definition", "Response Time", "Resolution Time"],
           [["Priority 1 (Critical)", "The whole office, a server or the internet connection is down, or "
             "a suspected security breach", "30 minutes", "4 hours"],
            ["Priority 2 (High)", "Several users or a key business system affected; no workaround", "1 hour",
             "8 Support Hours"],
            ["Priority 3 (Medium)", "One user unable to work, or several users affected with a workaround",
             "4 Support Hours", "2 Working Days"],
            ["Priority 4 (Low)", "Requests, new users, minor faults and questions", "1 Working Day",
             "5 Working Days"]], [34, 76, 28, 32])
    d.para("Service Credits are based on the percentage of Priority 1 and Priority 2 Incidents in the month whose "
           "Resolution Time was met:")
    d.grid(["Priority 1 and 2 Incidents resolved within the Resolution Time", "Service Credit"],
           [["95% or more", "None"],
            ["90% to 94.9%", "3% of the Monthly Charge"],
            ["85% to 89.9%", "6% of the Monthly Charge"],
            ["80% to 84.9%", "10% of the Monthly Charge"],
            ["Below 80%", "15% of the Monthly Charge"]], [100, 70])
    d.para("* In addition, each Priority 1 Incident whose Response Time is missed earns a Service Credit of 2% of "
           "the Monthly Charge, subject to the cap in clause 7.2. Months with fewer than 5 Priority 1 and 2 "
           "Incidents are measured together with the following month.", size=8.5, style="I")
    return d.save("legal/it_support_agreement_harbourlight_penrose.pdf")


# =============================================================================
# 2. Allotment tenancy agreement
# =============================================================================
def allotment_tenancy():
    d = Doc("Allotment Tenancy Agreement - Mill Lane Allotments", "Thornbury Vale Parish Council",
            "Thornbury Vale Parish Council - Allotments", accent=(40, 90, 30))
    d.title_block("ALLOTMENT TENANCY AGREEMENT",
                  "between Thornbury Vale Parish Council (the \"Council\") and the person named in the Schedule "
                  "(the \"Tenant\"), for an allotment garden at Mill Lane Allotments, Thornbury Vale")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Plot\" means the allotment garden let to the Tenant and shown on the site plan, with the "
             "number and size given in the Schedule. \"Rent Year\" means the year from 1 October to 30 September. "
             "\"Site Representative\" means the volunteer appointed by the Council to oversee the site.")
    d.clause("1.2", "\"Concession\" means the reduced rent available to a Tenant aged 65 or over on 1 October, or "
             "who receives a means-tested benefit, on showing evidence each year.")
    d.h1("2. Term of the tenancy")
    d.clause("2.1", "The tenancy starts on the date in the Schedule and continues from year to year until it is "
             "ended under clause 10. The Plot is let for use as an allotment garden only, for growing fruit, "
             "vegetables and flowers for the use of the Tenant and their family, and not for any trade or business.")
    d.h1("3. Rent and other charges")
    d.clause("3.1", "The yearly rent depends on the size of the Plot:")
    d.grid(["Plot size", "Area", "Standard rent per year", "Concession rent per year"],
           [["Quarter plot", "Up to 65 square metres", "GBP 28", "GBP 14"],
            ["Half plot", "66 to 150 square metres", "GBP 52", "GBP 26"],
            ["Full plot", "151 to 260 square metres", "GBP 96", "GBP 48"]], [32, 50, 44, 44])
    d.para("* A water charge of GBP 12 per Plot per year is added to the rent. The Concession does not apply to the "
           "water charge.", size=8.5, style="I")
    d.clause("3.2", "Rent and the water charge are due in advance on 1 October each year. For a tenancy starting part "
             "way through a Rent Year, the first year's rent is reduced in proportion to the whole months remaining.")
    d.clause("3.3", "A deposit of GBP 50 is payable at the start of the tenancy. It is repaid within 28 days after the "
             "tenancy ends if the Plot is left clear of rubbish and structures that the Council has not agreed may "
             "stay; otherwise the cost of clearing it is deducted.")
    d.clause("3.4", "The Council may change the rent by giving at least 12 months' written notice.")
    d.h1("4. Cultivation")
    d.clause("4.1", "The Tenant must bring at least 75% of the Plot into cultivation within 6 months of the start of "
             "the tenancy and keep it cultivated and reasonably free from weeds afterwards. Paths, sheds and "
             "compost bins do not count as cultivated area.")
    d.clause("4.2", "The Site Representative inspects the site in March, June and September. If a Plot is not "
             "properly cultivated, the Council will send a non-cultivation notice giving the Tenant 28 days to put "
             "it right.")
    d.clause("4.3", "Fruit trees must be grown on dwarfing rootstocks and kept below 2.5 metres in height. No other "
             "trees may be planted. Carpet, tyres and railway sleepers may not be brought onto the site.")
    d.h1("5. Sheds, greenhouses and other structures")
    d.clause("5.1", "The Tenant may put up one shed of no more than 2.4 m by 1.8 m, and one greenhouse of no more "
             "than 3.0 m by 2.4 m, each no more than 2.1 m high, without asking permission. Structures must stand "
             "on slabs or bearers and not on concrete foundations.")
    d.clause("5.2", "Polytunnels, fruit cages over 2 m high and any other structure need the Council's written "
             "permission before they are put up. The Council may ask for any structure in poor repair to be "
             "removed.")
    d.h1("6. Animals")
    d.clause("6.1", "With the Council's written permission the Tenant may keep up to 6 hens on a full or half Plot, "
             "in a secure run covering no more than 10% of the Plot. Cockerels are not allowed.")
    d.clause("6.2", "Bees may be kept only with the Council's written permission and after the Tenant has completed "
             "a recognised beekeeping course. No other livestock may be kept. Dogs must be kept on a lead and "
             "their mess removed.")
    d.h1("7. Bonfires and water")
    d.clause("7.1", "Bonfires may be lit only between 1 November and the last day of February, on weekdays, and must "
             "be put out before dusk. Only dry plant material grown on the site may be burnt; plastics and treated "
             "wood may never be burnt.")
    d.clause("7.2", "Water is supplied from the site troughs from 1 April to 31 October only. Hosepipes may be used "
             "only to fill water butts, and must not be left running. Sprinklers are not permitted at any time.")
    d.h1("8. Use of the Plot")
    d.clause("8.1", "The Tenant must not sublet, assign or part with possession of the Plot. The Tenant may name one "
             "co-worker on the Schedule to help cultivate the Plot; the co-worker has no right to take over the "
             "tenancy, but will be offered the next vacant Plot ahead of the waiting list.")
    d.clause("8.2", "The Tenant must not cause a nuisance to other tenants or neighbours, and must keep paths next to "
             "the Plot trimmed to a width of at least 0.6 m. Vehicles may be parked only in the car park by the "
             "gate, and the gate must be locked at all times.")
    d.h1("9. Access and inspection")
    d.clause("9.1", "Any member or officer of the Council, and the Site Representative, may enter the Plot at any "
             "reasonable time to inspect it.")
    d.h1("10. Ending the tenancy")
    d.clause("10.1", "The Tenant may end the tenancy at any time by giving the Council at least 1 month's written "
             "notice. No rent is refunded if the Tenant ends the tenancy part way through a Rent Year.")
    d.clause("10.2", "The Council may end the tenancy by giving 12 months' written notice expiring on or before 6 "
             "April or on or after 29 September in any year.")
    d.clause("10.3", "The Council may end the tenancy by giving 1 month's written notice if the rent is unpaid 40 "
             "days after it is due, or if the Tenant has not complied with a non-cultivation notice or has broken "
             "any other term of this agreement, after the tenancy has lasted at least 3 months.")
    d.clause("10.4", "When the tenancy ends the Tenant must leave the Plot in a clean and tidy condition. Crops and "
             "structures left on the Plot 14 days after the tenancy ends may be removed by the Council.")
    d.signature_block(["Signed by the Tenant", "Signed for Thornbury Vale Parish Council by the Clerk, Mr Ambrose "
                       "Teller-Wight"])
    d.h1("SCHEDULE - PLOT AND CHARGES 2026/27")
    d.grid(["Item", "Details"],
           [["Tenant", "Mrs Gwendolyn Ashdown-Price, 4 Orchard Close, Thornbury Vale TV3 6QS"],
            ["Co-worker", "Mr Felix Ashdown-Price"],
            ["Plot", "Plot 14B (half plot), 120 square metres"],
            ["Start of tenancy", "1 October 2026"],
            ["Concession", "Yes (aged 65 or over; evidence seen)"],
            ["Rent 2026/27", "GBP 26 (concession) plus water charge GBP 12: total GBP 38"],
            ["Deposit", "GBP 50, paid 14 September 2026"],
            ["Permissions granted", "None"]], [45, 125])
    return d.save("legal/allotment_tenancy_mill_lane_thornbury_vale.pdf")


# =============================================================================
# 3. Dog boarding kennel terms and conditions
# =============================================================================
def kennel_terms():
    d = Doc("Larkbarrow Boarding Kennels - Terms and Conditions", "Issue 7, January 2027",
            "Larkbarrow Boarding Kennels, Lower Larkbarrow Farm, Ellerdown EL9 4PR", accent=(130, 70, 20))
    d.title_block("BOARDING TERMS AND CONDITIONS",
                  "These terms apply to every booking with Larkbarrow Boarding Kennels (\"we\", \"us\"). Licensed "
                  "by Ellerdown District Council under the Animal Welfare (Licensing of Activities Involving "
                  "Animals) (England) Regulations 2018, licence no. ELD/AB/0427.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Owner\" means the person who makes the booking and signs the booking form. \"Stay\" means the "
             "period from arrival to collection. \"Night\" means each night of the Stay. \"Peak Period\" means the "
             "Ellerdown school holidays and 20 December to 3 January.")
    d.h1("2. Bookings and deposits")
    d.clause("2.1", "A booking is confirmed when we receive a deposit of 30% of the total price of the Stay. The "
             "balance is payable on collection, by card or bank transfer. Bookings for the Peak Period must be paid "
             "in full 28 days before arrival.")
    d.clause("2.2", "Dogs from the same household may share a kennel if the Owner agrees, up to 3 dogs in a family "
             "kennel, at the sharing price in clause 3.1.")
    d.h1("3. Prices")
    d.clause("3.1", "Prices are per dog per Night and depend on the dog's weight on arrival:")
    d.grid(["Size of dog", "Weight", "Price per Night", "Second or third dog sharing a kennel"],
           [["Small", "Up to 10 kg", "GBP 22.00", "GBP 16.50"],
            ["Medium", "10.1 to 25 kg", "GBP 26.00", "GBP 19.50"],
            ["Large", "25.1 to 40 kg", "GBP 30.00", "GBP 22.50"],
            ["Giant", "Over 40 kg", "GBP 35.00", "GBP 26.25"]], [30, 35, 40, 65])
    d.para("* During the Peak Period a surcharge of GBP 4.00 per dog per Night is added. Prices include VAT.",
           size=8.5, style="I")
    d.clause("3.2", "Medicines given by mouth or in food are charged at GBP 2.00 per day. Insulin injections can "
             "be given by arrangement at GBP 5.00 per day. Dogs on special diets supplied by the Owner are fed at no "
             "extra charge.")
    d.h1("4. Cancellations")
    d.clause("4.1", "If the Owner cancels, the deposit is dealt with according to how much notice is given before "
             "the arrival date:")
    d.grid(["Notice given before the arrival date", "Deposit"],
           [["More than 28 days", "Refunded in full, less a GBP 10 administration fee"],
            ["14 to 28 days", "50% of the deposit refunded"],
            ["Fewer than 14 days", "No refund"]], [70, 100])
    d.clause("4.2", "Peak Period bookings paid in full are refunded in full, less the deposit, if cancelled more than "
             "14 days before arrival; after that no refund is given. Shortening a Stay after arrival gives no "
             "refund for the unused Nights.")
    d.h1("5. Health and vaccinations")
    d.clause("5.1", "Every dog must be fully vaccinated against distemper, hepatitis, parvovirus and leptospirosis, "
             "with a booster given within the last 12 months, and at least 14 days before arrival if it is a first "
             "course. The vaccination card must be shown at every arrival; dogs without one cannot be accepted.")
    d.clause("5.2", "Every dog must also have had a kennel cough vaccine (intranasal or oral) within the last 12 "
             "months, given at least 14 days before arrival.")
    d.clause("5.3", "Dogs must have been treated for fleas and worms within the 30 days before arrival. Any dog "
             "found with fleas is treated at the Owner's cost (GBP 15.00).")
    d.clause("5.4", "Bitches in season cannot be boarded. If a bitch comes into season during a Stay she is moved to "
             "our isolation block, and a charge of GBP 5.00 per Night is added.")
    d.h1("6. Veterinary treatment")
    d.clause("6.1", "If a dog becomes ill or injured we will take it to Ellerdown Veterinary Centre (or the Owner's "
             "own vet if within 10 miles). We are authorised to agree treatment costing up to GBP 250 without "
             "contacting the Owner; above that we will try to contact the Owner or the emergency contact first.")
    d.clause("6.2", "The Owner pays all veterinary fees and a transport charge of GBP 20.00 per visit. Our insurance "
             "does not cover illness or existing conditions.")
    d.h1("7. Arrivals and collections")
    d.clause("7.1", "Arrivals and collections are by appointment, Monday to Saturday, between 10:00 and 12:00 or "
             "between 15:00 and 17:00. We are closed for arrivals and collections on Sundays and bank holidays.")
    d.clause("7.2", "A dog collected after 12:00 is charged a late collection fee of half the nightly price. If a dog "
             "is not collected within 7 days of the agreed date and we cannot contact the Owner or the emergency "
             "contact, we may pass it to a rehoming charity, and the Owner remains liable for the charges.")
    d.h1("8. Care while boarding")
    d.clause("8.1", "Each dog has its own heated kennel with an outdoor run, and is exercised in our secure paddocks "
             "every day. A complete dry food is provided; Owners may bring their dog's usual food instead. Owners "
             "may bring one bed or blanket and one toy, which we cannot replace if damaged.")
    d.clause("8.2", "Dogs that show aggression to people or other dogs may be refused, or exercised alone. The Owner "
             "must tell us about any behaviour problems, illness or medication when booking.")
    d.h1("9. Liability")
    d.clause("9.1", "We take all reasonable care of every dog, but are not liable for illness, injury, loss or death "
             "unless caused by our negligence. Our liability for any one dog is limited to GBP 1,000.")
    d.clause("9.2", "Complaints should be made to the kennel manager within 7 days after collection.")
    d.signature_block(["Owner's signature (I have read and accept these terms)"])
    return d.save("legal/kennel_terms_larkbarrow.pdf")


# =============================================================================
# 4. Alcohol withdrawal guideline (inpatients)
# =============================================================================
def alcohol_withdrawal_guideline():
    d = Doc("Alcohol withdrawal in adult inpatients - clinical guideline", "CG-112, version 3",
            "Ashmere Valley Hospitals NHS Trust - Drug and Alcohol Liaison Team", accent=(110, 20, 40))
    d.title_block("MANAGEMENT OF ALCOHOL WITHDRAWAL IN ADULT INPATIENTS",
                  "For doctors, nurses and pharmacists on all adult wards. Approved by the Medicines Committee, "
                  "December 2026; review date December 2029. Not for use in pregnancy or under 18s: contact the "
                  "Drug and Alcohol Liaison Team (DALT).")
    d.h1("1. Assessment on admission")
    d.clause("1.1", "Ask every adult admitted about alcohol, and record the average units a day and the time of the "
             "last drink. Patients at risk of withdrawal are those drinking more than 15 units a day, or those with "
             "a history of withdrawal seizures or delirium tremens (DTs), whatever their current intake.")
    d.clause("1.2", "Withdrawal symptoms usually start 6 to 12 hours after the last drink and are worst at 24 to 72 "
             "hours. Seizures are most likely at 12 to 48 hours; DTs usually start at 48 to 72 hours.")
    d.clause("1.3", "Score withdrawal with the Ashmere Alcohol Withdrawal Score (AAWS) on admission and at the "
             "intervals in section 3. Check blood glucose, U&Es, LFTs, magnesium and phosphate on admission.")
    d.h1("2. The Ashmere Alcohol Withdrawal Score (AAWS)")
    d.grid(["Item", "0", "1", "2", "3"],
           [["Tremor", "None", "Felt on touching fingertips", "Visible, arms outstretched", "Severe, at rest"],
            ["Sweating", "None", "Moist palms", "Beads on forehead", "Drenching"],
            ["Agitation", "Calm", "Restless", "Pacing, fidgeting", "Cannot stay still"],
            ["Hallucinations", "None", "Vague, fleeting", "Clear, occasional", "Continuous"],
            ["Orientation", "Fully oriented", "Unsure of date", "Disoriented to place", "Disoriented to person"]],
           [30, 28, 38, 38, 36], size=8.5)
    d.para("Add the five items for a total of 0 to 15. A patient who cannot be scored (sedated, unable to "
           "communicate) needs a medical review.", size=9, style="I")
    d.h1("3. Symptom-triggered treatment")
    d.clause("3.1", "All patients at risk have the AAWS recorded, and are given chlordiazepoxide as needed according "
             "to the score:")
    d.grid(["AAWS score", "Action", "Re-score"],
           [["0 to 3", "No as-needed dose; continue any fixed regimen", "Every 4 hours"],
            ["4 to 7", "Give chlordiazepoxide 20 mg orally", "Every 2 hours"],
            ["8 to 10", "Give chlordiazepoxide 30 mg orally; inform the ward doctor", "Every hour"],
            ["11 to 15", "Give chlordiazepoxide 40 mg orally; urgent medical review; if unable to take oral "
             "medicines, give lorazepam 1 to 2 mg IV or IM", "Every 30 minutes"]], [25, 110, 35])
    d.clause("3.2", "Do not give more than 250 mg of chlordiazepoxide in 24 hours (fixed and as-needed doses "
             "together) without a senior review by a registrar or consultant.")
    d.h1("4. Fixed reducing regimen")
    d.clause("4.1", "Start a fixed reducing regimen, in addition to symptom-triggered doses, for patients drinking "
             "more than 15 units a day who are showing withdrawal (AAWS 4 or more) or whose last drink was less than "
             "24 hours ago. Patients drinking 15 units a day or less, with no history of seizures or DTs, receive "
             "symptom-triggered treatment only.")
    d.clause("4.2", "Use the severe regimen for patients drinking more than 25 units a day, or with a history of "
             "withdrawal seizures or DTs; otherwise use the moderate regimen.")
    d.grid(["Day", "Moderate (16 to 25 units a day)", "Severe (over 25 units a day, or previous seizures or DTs)"],
           [["Day 1", "20 mg four times a day", "30 mg four times a day"],
            ["Day 2", "15 mg four times a day", "25 mg four times a day"],
            ["Day 3", "10 mg four times a day", "20 mg four times a day"],
            ["Day 4", "10 mg twice a day", "15 mg four times a day"],
            ["Day 5", "10 mg at night, then stop", "10 mg four times a day"],
            ["Day 6", "-", "10 mg twice a day"],
            ["Day 7", "-", "10 mg at night, then stop"]], [20, 65, 85])
    d.clause("4.3", "Liver impairment: in patients with decompensated cirrhosis (jaundice, ascites or "
             "encephalopathy), use lorazepam instead of chlordiazepoxide, on advice from the DALT or the liver team. "
             "Patients aged over 70 or weighing less than 50 kg: halve the doses in the table.")
    d.clause("4.4", "Omit a dose if the patient is drowsy or the respiratory rate is below 10 breaths a minute, and "
             "inform the ward doctor.")
    d.h1("5. Thiamine (vitamin B1)")
    d.clause("5.1", "Every patient at risk of withdrawal needs thiamine to prevent Wernicke's encephalopathy. Give "
             "Pabrinex intravenously before any glucose-containing fluid, because glucose can bring on Wernicke's "
             "encephalopathy in a thiamine-deficient patient.")
    d.grid(["Situation", "Pabrinex dose", "Then"],
           [["Prevention (all patients at risk)", "1 pair of ampoules IV once a day for 3 to 5 days",
             "Oral thiamine"],
            ["Suspected Wernicke's encephalopathy (confusion, unsteadiness, eye signs)",
             "2 pairs of ampoules IV three times a day for 3 to 5 days", "Review with the medical team"]],
           [70, 65, 35])
    d.clause("5.2", "After Pabrinex, give oral thiamine 100 mg three times a day while in hospital and on discharge.")
    d.h1("6. Complications")
    d.clause("6.1", "Withdrawal seizure: give lorazepam 2 mg IV, repeated once after 10 minutes if the seizure "
             "continues, and call the medical registrar. Request a CT head scan after a first seizure, a focal "
             "seizure or a head injury. Phenytoin is not effective for withdrawal seizures.")
    d.clause("6.2", "Delirium tremens: senior medical review within 1 hour; nurse in a quiet, well-lit side room; "
             "consider transfer to the high dependency unit. Haloperidol may be added for hallucinations not "
             "controlled by benzodiazepines, after an ECG.")
    d.h1("7. Discharge")
    d.clause("7.1", "Complete the reducing regimen in hospital where possible. If a patient is discharged before it "
             "ends, supply no more than the remaining doses of the regimen, and refer to the community alcohol "
             "service. Offer every patient a referral to the DALT before discharge.")
    return d.save("medical/alcohol_withdrawal_guideline_ashmere.pdf")


# =============================================================================
# 5. Children's diarrhoea and dehydration leaflet (question-and-answer)
# =============================================================================
def diarrhoea_leaflet():
    d = Doc("Diarrhoea and vomiting in children - advice for parents and carers", "Leaflet CED-41",
            "Brookhollow Children's Emergency Department - Brookhollow Hospital", accent=(0, 110, 140),
            body_size=10.5)
    d.title_block("Diarrhoea and vomiting in children",
                  "Advice for parents and carers of children aged 3 months to 16 years who have been seen in the "
                  "Children's Emergency Department and are well enough to be looked after at home.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What causes diarrhoea and vomiting?",
       "Most diarrhoea and vomiting in children is caused by a tummy bug (gastroenteritis), usually a virus. It "
       "spreads very easily. Antibiotics do not help. The vomiting usually stops within 1 to 2 days, and the "
       "diarrhoea usually stops within 5 to 7 days.")
    qa("What is dehydration?",
       "Dehydration means the body has lost more fluid than it has taken in. Babies and young children become "
       "dehydrated more quickly than adults. The table shows the signs to look for.")
    d.grid(["Sign", "Mild dehydration: see your GP the same day", "Severe dehydration: go to A&E now"],
           [["Wet nappies or wees", "Fewer than 4 wet nappies in 24 hours", "No wee for 12 hours or more"],
            ["Behaviour", "Irritable, more tired than usual", "Very drowsy, floppy or hard to wake"],
            ["Mouth and eyes", "Dry lips, fewer tears when crying", "Sunken eyes, no tears"],
            ["Skin", "Normal colour", "Pale or mottled skin, cold hands and feet"],
            ["Baby's soft spot (fontanelle)", "Normal", "Sunken"]], [45, 60, 65])
    qa("How do I give oral rehydration solution (ORS)?",
       "Oral rehydration solution is a powder that you mix with water. It replaces the water, sugar and salts "
       "lost in diarrhoea and vomiting. You can buy the sachets from a pharmacy; mix each one with the amount "
       "of water on the packet, using tap water (boiled and cooled for babies under 1 year). Give ORS after "
       "every watery poo, as well as the child's usual drinks:")
    d.grid(["Child's age", "ORS after each watery poo", "ORS after each vomit"],
           [["Under 1 year", "50 ml (10 teaspoons)", "Start again with small sips"],
            ["1 to 2 years", "50 to 100 ml", "Start again with small sips"],
            ["2 to 10 years", "100 to 200 ml", "Start again with small sips"],
            ["Over 10 years", "As much as they want, up to 400 ml", "Start again with small sips"]],
           [40, 70, 60])
    d.para("If the doctor said your child is mildly dehydrated, aim to give 50 ml of ORS for each kilogram of your "
           "child's weight over the first 4 hours, as well as the amounts in the table.")
    qa("What if my child keeps being sick?",
       "Give small amounts often: 5 ml every 1 to 2 minutes, using a spoon or an oral syringe. Most children "
       "can keep this down even when they are vomiting. If they are sick, wait 10 minutes and start again. "
       "Increase the amount slowly once they have not vomited for an hour.")
    qa("Can I still feed my child?",
       "Yes. Carry on breastfeeding as usual, and offer extra feeds. If your baby has formula, carry on with "
       "full-strength formula: do not dilute it. Older children can eat normally if they want to; do not worry "
       "if they do not want to eat for a day or two, as long as they are drinking.")
    qa("Which drinks should I avoid?",
       "Do not give fizzy drinks or fruit juice, even if they are flat or diluted: the sugar in them can make "
       "diarrhoea worse. Plain water, milk and ORS are best.")
    qa("Can I give medicines?",
       "Do not give medicines to stop diarrhoea, such as loperamide, to children under 12. Paracetamol or "
       "ibuprofen can be given for a temperature or tummy ache if your child is distressed, following the "
       "instructions on the packet.")
    qa("How long should my child stay off nursery or school?",
       "Keep your child away from nursery, school or childminders until 48 hours after the last episode of "
       "diarrhoea or vomiting. Do not let them go swimming for 2 weeks after the diarrhoea has stopped.")
    qa("How do I stop it spreading?",
       "Wash your hands and your child's hands with soap and warm water after using the toilet or changing "
       "nappies, and before eating or preparing food. Do not share towels. Clean toilet seats, flush handles "
       "and taps every day.")
    qa("When should I get help?",
       "See your GP if diarrhoea lasts more than 7 days, or vomiting lasts more than 3 days, or if your child "
       "shows signs of mild dehydration. Call 111 if you are worried and cannot see your GP.")
    d.para("Call 999 or go to A&E now if your child has any sign of severe dehydration, blood in their poo, green "
           "or yellow-green vomit, a swollen tummy or severe tummy pain, or is under 3 months old with a "
           "temperature of 38 degrees C or more.", style="B")
    d.para("Children's Emergency Department, Brookhollow Hospital: 01632 961 404 (24 hours).", size=9, style="I")
    return d.save("medical/child_diarrhoea_dehydration_leaflet_brookhollow.pdf")


# =============================================================================
# 6. Weekly alendronic acid leaflet
# =============================================================================
def alendronic_acid_leaflet():
    d = Doc("Alendronic acid 70 mg once a week - patient information", "Leaflet FLS-07",
            "Wexcombe Fracture Liaison Service - Wexcombe Community Health", accent=(90, 60, 130))
    d.title_block("Your weekly alendronic acid tablet",
                  "Information from the Wexcombe Fracture Liaison Service for people starting alendronic acid "
                  "70 mg once a week to protect their bones (osteoporosis).")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is alendronic acid for?",
       "Alendronic acid is a bisphosphonate. It slows down the breakdown of bone, making your bones stronger and "
       "lowering the chance of breaking a bone (a fracture), especially in the spine and hip. It does not make you "
       "feel any different, so keep taking it even if you feel well.")
    qa("How do I take it?",
       "Take one tablet once a week, on the same day each week. Choose a day that suits your routine and write it "
       "on your calendar. The tablet only works if it is taken in the right way:")
    d.bullets(["Take it first thing in the morning, as soon as you get up, on an empty stomach.",
               "Swallow it whole with a full glass (at least 200 ml) of plain tap water. Take it only with plain "
               "tap water: not mineral water, tea, coffee, juice or milk.",
               "Sit or stand upright for at least 30 minutes after taking it. Do not lie down.",
               "Then wait at least 30 minutes before eating, drinking anything other than tap water, or taking any "
               "other medicines, including antacids and calcium."])
    qa("Can I take it at night instead?",
       "No. Never take it at bedtime or before you get up for the day, because lying down with the tablet in your "
       "gullet can cause irritation and ulcers.")
    qa("Do I need calcium and vitamin D as well?",
       "Your bones need enough calcium and vitamin D for alendronic acid to work. Take your supplement at a "
       "different time of day from alendronic acid, for example at lunchtime or in the evening. The supplement "
       "depends on how much calcium you get from your diet (one portion is about 200 ml of milk, a small pot of "
       "yoghurt or 30 g of cheese):")
    d.grid(["Calcium in your diet", "Supplement advised"],
           [["Fewer than 3 portions of dairy a day (less than 700 mg of calcium)",
             "Calcicolex D3 chewable tablet, one tablet twice a day"],
            ["3 portions of dairy a day or more (700 mg of calcium or more)",
             "Vitamin D only: Vitacolex 800 unit capsule once a day"]], [90, 80])
    qa("What if I forget my tablet?",
       "If you forget to take it on your usual day, take one tablet the morning after you remember. Then go back "
       "to taking it once a week on your usual day. Never take two tablets on the same day.")
    qa("What side effects can it cause?",
       "Heartburn, indigestion, stomach ache and constipation or diarrhoea are the most common. Some people get "
       "aching muscles or joints. If you get difficulty or pain when swallowing, chest pain, or new or worse "
       "heartburn, stop taking alendronic acid and contact your doctor, as these can be signs of irritation of "
       "the gullet.")
    qa("Are there any rare side effects I should know about?",
       "Very rarely, bisphosphonates can cause a problem with healing of the jaw bone (osteonecrosis of the jaw), "
       "usually after a tooth is taken out. Have a dental check-up before you start if you can, keep up good mouth "
       "care, and tell your dentist that you take alendronic acid before any dental treatment. Rarely, an unusual "
       "break of the thigh bone can happen: tell your doctor if you get new pain in your thigh, hip or groin. Tell "
       "your doctor about any ear pain or discharge from the ear.")
    qa("Who should not take it?",
       "Alendronic acid is not suitable for people whose kidney function is low (eGFR below 35), people who cannot "
       "sit or stand upright for 30 minutes, people with a narrowing of the gullet, or people with low calcium "
       "levels that have not been corrected.")
    qa("How long will I take it for?",
       "Your doctor will review your treatment after 5 years. If you are at high risk of fracture, you will "
       "usually continue for up to 10 years. High risk means being aged 75 or over, having had a hip or spine "
       "fracture, or taking prednisolone 7.5 mg a day or more. Otherwise your doctor may suggest a break from treatment, and will check "
       "your fracture risk again during the break.")
    qa("Will I have any tests?",
       "A bone density (DXA) scan is not usually repeated while you take alendronic acid, unless your doctor "
       "needs it to decide about stopping. A blood test to check your kidneys and calcium is done before you "
       "start.")
    d.para("Fracture Liaison Service, Wexcombe Community Health: 01632 962 318 (Mon-Fri 09:00-16:00).", size=9,
           style="B")
    return d.save("medical/alendronic_acid_leaflet_wexcombe.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([it_support_agreement, allotment_tenancy, kennel_terms,
                       alcohol_withdrawal_guideline, diarrhoea_leaflet, alendronic_acid_leaflet], OUT,
                      check_questions)


if __name__ == "__main__":
    sys.exit(main())
