"""Render the ninth development-set documents (fictional) as PDFs into bench/dev9/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: event
ticketing terms and conditions (refund bands by days before the event, transfer and resale fees, age rules
by event type, access tickets, postponement versus cancellation), a freelance translation and consultancy
services agreement with a rate schedule by urgency at the end, a borough parking permit scheme (permit
prices by emissions band, visitor permits, penalty charges and discounts, appeals), a weekly methotrexate
monitoring protocol for clinicians (monitoring by phase, an action table whose first column is a result),
a lithium patient leaflet in question-and-answer form, and a hip-replacement discharge plan for a named
(invented) patient. Questions: bench/dev9/questions.jsonl. All names, products and numbers are invented;
the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev9/make_dev9.py [--check]
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
Doc = set_doc(lambda: OUT, "Development set 9 (fictional document)", "make_dev9.py", FIXED_DATE)


# =============================================================================
# 1. Event ticketing terms and conditions
# =============================================================================
def ticketing_terms():
    d = Doc("Quaymoor Tickets - Ticket Terms and Conditions", "Version 4.2, 1 September 2026",
            "Quaymoor Tickets Ltd, trading for Saltreach Arena", accent=(120, 30, 80))
    d.title_block("TICKET TERMS AND CONDITIONS",
                  "for tickets sold by Quaymoor Tickets Ltd (\"we\", \"us\") for events at Saltreach Arena "
                  "and Saltreach Quayside Hall. By buying a ticket you (the \"Buyer\") accept these terms.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Event\" means the concert, show, match or other performance named on the ticket. \"Event "
             "Date\" means the date printed on the ticket, or the new date of a Rescheduled Event. \"Face "
             "Value\" means the price printed on the ticket, excluding the Booking Fee and any delivery "
             "charge. \"Booking Fee\" means the per-ticket fee in clause 3.2. \"Promoter\" means the person "
             "responsible for staging the Event.")
    d.clause("1.2", "\"Cancelled Event\" means an Event that does not take place and is not given a new date "
             "within 90 days. \"Rescheduled Event\" means an Event moved to a new date, time or venue that "
             "we announce; an Event moved by 90 days or more is treated as a Cancelled Event.")
    d.h1("2. Buying tickets")
    d.clause("2.1", "Tickets are limited to 6 per Buyer per Event (4 per Buyer for Events marked \"high "
             "demand\"). We may cancel orders above the limit without notice and refund them in full.")
    d.clause("2.2", "Tickets are personal to the Buyer named on the order unless transferred under clause 5. "
             "Proof of identity matching the name on the ticket may be asked for at the door.")
    d.h1("3. Prices and fees")
    d.clause("3.1", "Prices include VAT. The Face Value is set by the Promoter.")
    d.clause("3.2", "A Booking Fee is charged per ticket according to its Face Value:")
    d.grid(["Face Value of the ticket", "Booking Fee per ticket"],
           [["Up to GBP 20.00", "GBP 1.75"],
            ["GBP 20.01 to GBP 45.00", "GBP 3.25"],
            ["GBP 45.01 to GBP 90.00", "GBP 5.50"],
            ["Over GBP 90.00", "7.5% of the Face Value"]], [80, 70])
    d.para("* No Booking Fee is charged on Personal Assistant tickets (clause 9.2). Booking Fees are capped at "
           "GBP 15.00 per ticket.", size=8.5, style="I")
    d.clause("3.3", "An order processing charge of GBP 2.00 per order applies to postal delivery only. E-tickets "
             "and box office collection are free.")
    d.h1("4. Refunds when you cannot attend")
    d.clause("4.1", "Except under clauses 7 and 8, tickets are not refundable as of right. As a goodwill scheme, "
             "the Buyer may return tickets for a Standard Event through their account, and is refunded a "
             "percentage of the Face Value according to how many whole days before the Event Date the "
             "return is made:")
    d.grid(["Return made", "Refund of Face Value", "Booking Fee"],
           [["60 days or more before the Event Date", "90%", "Refunded"],
            ["30 to 59 days before", "75%", "Not refunded"],
            ["14 to 29 days before", "50%", "Not refunded"],
            ["7 to 13 days before", "25%", "Not refunded"],
            ["Fewer than 7 days before", "No refund", "Not refunded"]], [70, 50, 40])
    d.clause("4.2", "Tickets for Festival Events, VIP packages and Events marked \"non-returnable\" are excluded "
             "from clause 4.1. The refund is paid to the original payment card within 10 working days.")
    d.h1("5. Transfer and resale")
    d.clause("5.1", "The Buyer may transfer a ticket to a named friend or family member through their account up "
             "to 48 hours before the doors open. A name-change fee of GBP 4.00 per ticket applies (GBP 2.50 "
             "if the transfer is made 30 days or more before the Event Date).")
    d.clause("5.2", "Tickets may be resold only through the Quaymoor Fan Exchange, at no more than the Face Value "
             "plus the original Booking Fee. We charge the seller a resale fee of 10% of the resale price, "
             "deducted from the payout, which is paid within 5 working days after the Event.")
    d.clause("5.3", "Tickets resold on any other website, or for more than the limit in clause 5.2, may be "
             "cancelled without refund and the holder refused entry.")
    d.h1("6. Age restrictions")
    d.clause("6.1", "Minimum ages depend on the type of Event, as shown on the Event page and below. Photo "
             "identification may be requested from anyone who appears to be under 25.")
    d.grid(["Type of Event", "Minimum age", "Must be accompanied by an adult (18+)"],
           [["Standing concert (general admission floor)", "14 years", "Under 16s"],
            ["Seated concert or family show", "No minimum", "Under 14s"],
            ["Comedy night", "16 years", "Under 18s"],
            ["Boxing and combat sports", "12 years", "Under 16s"],
            ["Late-night club event (ends after 01:00)", "18 years", "Not applicable"]], [80, 30, 60])
    d.clause("6.2", "Each adult may accompany no more than 4 children. Children under 2 do not need a ticket for "
             "seated Events if they sit on an adult's lap, but every person on a standing floor needs a ticket.")
    d.h1("7. Cancellation")
    d.clause("7.1", "If an Event becomes a Cancelled Event, we refund the Face Value and the Booking Fee in full "
             "automatically, within 28 days of the announcement. Postal delivery charges are not refunded. We "
             "are not liable for travel, accommodation or other costs.")
    d.h1("8. Postponement and changes")
    d.clause("8.1", "If an Event becomes a Rescheduled Event, tickets remain valid for the new date. The Buyer may "
             "instead ask for a refund of the Face Value (but not the Booking Fee) within 14 days of our "
             "announcement of the new date; after that the ticket is only valid for the new date.")
    d.clause("8.2", "A change of support act, running order or a single performer in a multi-artist line-up is not "
             "a Rescheduled Event or a Cancelled Event and gives no right to a refund. If the headline act is "
             "replaced, clause 8.1 applies as if the Event had been rescheduled.")
    d.clause("8.3", "If an Event is stopped after it has started, it is treated as having taken place if more than "
             "50% of the scheduled performance time has elapsed; otherwise clause 7.1 applies.")
    d.h1("9. Accessible tickets")
    d.clause("9.1", "Buyers who need a wheelchair space, a step-free seat or a personal assistant may apply to the "
             "Access Register once, with evidence such as a PIP award letter, Blue Badge or a letter from a GP. "
             "Membership of the Access Register lasts 3 years.")
    d.clause("9.2", "A member of the Access Register may book one free Personal Assistant ticket with each paid "
             "ticket. Personal Assistant tickets are not transferable and are cancelled if the paid ticket is "
             "returned or resold. Access bookings open 48 hours before general sale.")
    d.clause("9.3", "Wheelchair spaces are limited to 24 per Event at Saltreach Arena and 6 at Saltreach Quayside "
             "Hall. Assistance dogs are welcome in all areas.")
    d.h1("10. Entry and conduct")
    d.clause("10.1", "Bags larger than A4 size are not allowed into the venue. Re-entry is not permitted once the "
             "ticket has been scanned. We may refuse entry, or remove anyone, without refund, for unsafe or "
             "abusive behaviour or intoxication.")
    d.h1("11. Liability")
    d.clause("11.1", "Our total liability to a Buyer for any order is limited to the total price paid for that "
             "order. Nothing in these terms limits liability for death or personal injury caused by negligence "
             "or a Buyer's statutory rights.")
    d.clause("11.2", "Complaints must be made within 30 days after the Event Date to care@quaymoor.example.")
    return d.save("legal/ticket_terms_quaymoor_saltreach.pdf")


# =============================================================================
# 2. Freelance translation and consultancy services agreement
# =============================================================================
def translation_agreement():
    d = Doc("Freelance Services Agreement - Orlova / Brenthaven Medical", "Ref. BMS-FL-2026-071",
            "Anneliese Orlova t/a Lindqvist Language Services - Brenthaven Medical Systems Ltd",
            font="Times", accent=(30, 70, 40), body_size=10.5)
    d.title_block("FREELANCE TRANSLATION AND CONSULTANCY SERVICES AGREEMENT",
                  "Dated 3 August 2026, between Anneliese Orlova, trading as Lindqvist Language Services (the "
                  "\"Consultant\"), and Brenthaven Medical Systems Ltd, company no. 09817264 (the \"Client\")")
    d.h1("1. Definitions and interpretation")
    d.clause("1.1", "\"Services\" means translation, revision and proofreading of the Client's documents between "
             "English, German and Swedish, and language consultancy, as requested in Work Orders. \"Work Order\" "
             "means a written request by the Client, accepted by the Consultant by e-mail, stating the documents, "
             "language pair, word count and Delivery Date. \"Source Words\" means the words in the source "
             "document as counted by the Consultant's CAT tool. \"Deliverables\" means the translated documents "
             "and any reports produced under a Work Order.")
    d.clause("1.2", "\"Fees\" means the charges calculated under clause 4 and the Schedule. \"Working Day\" means "
             "Monday to Friday other than a public holiday in England. References to the Schedule are to the "
             "Rate Schedule at the end of this agreement.")
    d.h1("2. Term")
    d.clause("2.1", "This agreement starts on 1 September 2026 and continues until terminated under clause 11. "
             "The Consultant is an independent contractor and not an employee or worker of the Client.")
    d.h1("3. Work Orders and delivery")
    d.clause("3.1", "The Consultant will deliver each Deliverable by 17:00 UK time on the Delivery Date. The "
             "urgency of a Work Order is set by the number of Working Days between acceptance and the Delivery "
             "Date, as defined in the Schedule.")
    d.clause("3.2", "The Client may cancel a Work Order at any time. If it cancels after the Consultant has started, "
             "it pays for the work done, and no less than 25% of the quoted Fee if it cancels within 24 hours "
             "of the Delivery Date.")
    d.clause("3.3", "The Consultant will correct genuine errors in a Deliverable free of charge if the Client "
             "reports them within 20 Working Days of delivery. Changes of preference, terminology that the "
             "Client did not supply in advance, or changes to the source document are charged at the hourly "
             "rate in the Schedule.")
    d.h1("4. Fees")
    d.clause("4.1", "Translation is charged per 1,000 Source Words at the rate for the urgency band in the "
             "Schedule, with a minimum charge of GBP 45 per Work Order. Consultancy is charged per day or per "
             "half day (up to 4 hours). Repetitions and 100% matches from the Client's translation memory are "
             "charged at 30% of the applicable rate.")
    d.clause("4.2", "Rates are fixed until 31 August 2027 and may then be increased once a year on 2 months' "
             "written notice, by no more than 5%.")
    d.clause("4.3", "Reasonable travel expenses for on-site consultancy outside Greater Manchester are reimbursed "
             "at cost if approved in advance; car mileage is paid at GBP 0.45 per mile.")
    d.h1("5. Invoicing and payment")
    d.clause("5.1", "The Consultant invoices at the end of each calendar month for Work Orders delivered in that "
             "month. The Client pays each undisputed invoice within 30 days of the invoice date. A Work Order "
             "with Fees over GBP 3,000 may be invoiced 40% on acceptance and 60% on delivery.")
    d.clause("5.2", "If the Client disputes part of an invoice, it must say so in writing within 10 Working Days of "
             "receiving it and pay the undisputed part on time.")
    d.clause("5.3", "If the Client pays late, the Consultant may charge interest on the overdue sum at 8 percentage "
             "points above the Bank of England base rate, from the due date until payment, and a fixed "
             "recovery sum under the Late Payment of Commercial Debts (Interest) Act 1998. If an invoice is "
             "more than 45 days overdue the Consultant may suspend work on open Work Orders on 5 Working Days' "
             "notice.")
    d.h1("6. Quality and confidentiality")
    d.clause("6.1", "Regulatory documents (instructions for use, labelling and clinical evaluation reports) are "
             "revised by a second qualified linguist before delivery; the revision is included in the rate.")
    d.clause("6.2", "The Consultant keeps the Client's information confidential during this agreement and for 5 "
             "years after it ends, and deletes Client documents within 90 days of the end of this agreement "
             "unless the Client asks for their return. Machine translation engines that store text may not be "
             "used on Client documents.")
    d.h1("7. Intellectual property")
    d.clause("7.1", "Copyright in each Deliverable passes to the Client on payment in full of the Fees for the "
             "Work Order concerned. Until then the Client has a licence to use the Deliverable for internal "
             "review only.")
    d.clause("7.2", "The Consultant keeps ownership of her glossaries, style guides and translation memories built "
             "before this agreement, and grants the Client a perpetual, royalty-free licence to use any of them "
             "incorporated in a Deliverable. Translation memories created only from Client documents belong to "
             "the Client and are handed over on request.")
    d.h1("8. Liability")
    d.clause("8.1", "The Consultant's total liability under each Work Order is limited to 2 times the Fees paid or "
             "payable for that Work Order, and her total liability under this agreement in any 12-month period "
             "is limited to 1.5 times the Fees paid in that period, subject to clause 8.3.")
    d.clause("8.2", "The Consultant is not liable for loss caused by the Client publishing a Deliverable without "
             "the in-country review required by the Client's own quality procedures, or for indirect loss or "
             "loss of profit.")
    d.clause("8.3", "Nothing limits liability for fraud, or for death or personal injury caused by negligence. The "
             "Consultant will hold professional indemnity insurance of at least GBP 500,000 for each claim.")
    d.h1("9. Non-solicitation")
    d.clause("9.1", "Neither party will solicit the other's staff or subcontractors for 6 months after this "
             "agreement ends.")
    d.h1("10. Subcontracting")
    d.clause("10.1", "The Consultant may not subcontract translation without the Client's written consent, except "
             "the revision under clause 6.1; she remains responsible for her subcontractors' work.")
    d.h1("11. Termination")
    d.clause("11.1", "Either party may terminate this agreement by giving 30 days' written notice. Work Orders "
             "accepted before notice is given are completed and paid for unless the Client cancels them under "
             "clause 3.2.")
    d.clause("11.2", "Either party may terminate at once by written notice if the other commits a material breach "
             "not remedied within 14 days of a written request, or becomes insolvent.")
    d.clause("11.3", "On termination the Client pays for all Work Orders delivered, and clauses 6.2, 7, 8 and 9 "
             "continue to apply.")
    d.h1("12. Law")
    d.clause("12.1", "This agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed by Anneliese Orlova, t/a Lindqvist Language Services",
                       "Signed for Brenthaven Medical Systems Ltd by Dominic Faraday-Ives, Head of Regulatory Affairs"])
    d.h1("SCHEDULE - RATE SCHEDULE")
    d.para("Urgency is measured from acceptance of the Work Order to the Delivery Date. All rates exclude VAT; the "
           "Consultant is not currently VAT-registered.")
    d.grid(["Urgency band", "Delivery time for up to 3,000 Source Words", "Rate per 1,000 Source Words"],
           [["Standard", "5 Working Days or more", "GBP 95"],
            ["Priority", "3 or 4 Working Days", "GBP 115"],
            ["Urgent", "2 Working Days", "GBP 140"],
            ["Express", "Next Working Day", "GBP 170"],
            ["Same day", "Same Working Day (accepted before 10:00)", "GBP 210"]], [35, 80, 55])
    d.para("For Work Orders over 3,000 Source Words, add 1 Working Day per further 2,500 Source Words to find the "
           "band. Proofreading only (no translation) is charged at 40% of the Standard rate.")
    d.grid(["Consultancy and other work", "Rate"],
           [["Language consultancy, full day (up to 8 hours)", "GBP 520"],
            ["Language consultancy, half day (up to 4 hours)", "GBP 290"],
            ["Consultancy on a Saturday, Sunday or public holiday", "1.5 times the day or half-day rate"],
            ["Hourly work (terminology, changes under clause 3.3)", "GBP 48 per hour"],
            ["Certified translation statement", "GBP 25 per document"]], [110, 60])
    d.para("Rates for a language pair not listed in clause 1.1 are agreed per Work Order.", size=9, style="I")
    return d.save("legal/translation_services_orlova_brenthaven.pdf")


# =============================================================================
# 3. Parking permit scheme rules
# =============================================================================
def parking_permits():
    d = Doc("Parking Permit Scheme Rules 2026/27", "Kestleigh Borough Council",
            "Kestleigh Borough Council - Parking Services", accent=(0, 80, 140))
    d.title_block("CONTROLLED PARKING ZONES: PERMIT SCHEME RULES 2026/27",
                  "These rules apply from 1 April 2026 to every Controlled Parking Zone (CPZ) in the borough, "
                  "zones KA to KH. They are made under the Kestleigh (Controlled Parking Zones) Order 2019.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Resident\" means a person whose main home is an address inside a CPZ. \"Business\" means "
             "an organisation with premises in a CPZ that pays business rates there. \"Vehicle\" means a car, "
             "van up to 3.5 tonnes or motorcycle registered to the applicant, or for which the applicant can "
             "show a company car or lease agreement. \"Emissions Band\" means the band in rule 3 for the "
             "Vehicle's CO2 emissions in g/km as shown on its V5C registration certificate.")
    d.h1("2. Who can apply")
    d.clause("2.1", "A Resident may hold up to 3 resident permits per household. A Business may hold up to 2 "
             "business permits per premises, or 4 if it employs more than 20 people there. Properties in "
             "developments built after 1 January 2018 marked \"car-free\" in their planning permission are not "
             "eligible for resident or business permits, but may buy visitor permits.")
    d.clause("2.2", "Applicants must give proof of address dated within the last 3 months and the V5C. A permit is "
             "valid only for the Vehicle and zone printed on it.")
    d.h1("3. Resident permit prices")
    d.clause("3.1", "Annual resident permit prices depend on the Emissions Band and on how many permits the "
             "household already holds. Vehicles registered before 1 March 2001 without a CO2 figure are charged "
             "by engine size (rule 3.3).")
    d.grid(["Emissions Band", "CO2 (g/km)", "First permit", "Second permit", "Third permit"],
           [["A", "0 (fully electric)", "GBP 25", "GBP 25", "GBP 60"],
            ["B", "1 to 100", "GBP 80", "GBP 120", "GBP 175"],
            ["C", "101 to 140", "GBP 145", "GBP 195", "GBP 260"],
            ["D", "141 to 185", "GBP 210", "GBP 275", "GBP 350"],
            ["E", "186 to 225", "GBP 290", "GBP 365", "GBP 450"],
            ["F", "226 and over", "GBP 385", "GBP 470", "GBP 560"]], [28, 38, 34, 34, 34])
    d.para("* \"First\", \"second\" and \"third\" count the permits the household already holds when it applies, "
           "in any band; a free Blue Badge permit under rule 3.4 is not counted.", size=8.5, style="I")
    d.clause("3.2", "A diesel surcharge of GBP 50 a year is added for each diesel Vehicle registered before 1 "
             "September 2015. Permits for 6 months cost 55% of the annual price; no other periods are sold.")
    d.clause("3.3", "Vehicles without a CO2 figure are charged as Band D if the engine is up to 1,549 cc and as "
             "Band F if it is over 1,549 cc. Motorcycles are charged at Band B first-permit price whatever their "
             "emissions.")
    d.clause("3.4", "A Resident who holds a Blue Badge and lives at the address pays nothing for one permit. Carer "
             "permits for professional carers visiting a Resident are free and issued to the care agency.")
    d.h1("4. Business permits")
    d.clause("4.1", "Business permits cost GBP 495 a year for each of the first 2 permits and GBP 720 for each "
             "further permit, whatever the Emissions Band, with the diesel surcharge in rule 3.2.")
    d.h1("5. Visitor permits")
    d.clause("5.1", "Residents may buy visitor permits as virtual sessions through the Kestleigh Parking app. Each "
             "household may buy up to 120 hours of visitor parking per calendar month.")
    d.grid(["Visitor permit", "Price", "Notes"],
           [["1 hour", "GBP 0.90", "Minimum purchase 1 hour"],
            ["4 hours", "GBP 3.20", ""],
            ["All day (08:00 to 20:00)", "GBP 6.50", "Not valid in zone KC on match days"],
            ["Book of 10 all-day scratch cards", "GBP 52.00", "For Residents without a smartphone"]],
           [60, 30, 80])
    d.clause("5.2", "Residents aged 65 or over receive 50 free visitor hours a year, in addition to the monthly "
             "allowance. Visitor permits may not be used for a Vehicle registered to anyone living at the address.")
    d.h1("6. Changes and refunds")
    d.clause("6.1", "A resident or business permit may be surrendered for a refund of GBP 10 for each whole month "
             "left to run, less a GBP 15 administration fee. No refund is given for visitor permits or when less "
             "than 2 whole months remain.")
    d.clause("6.2", "Changing the Vehicle on a permit costs GBP 12; if the new Vehicle is in a higher Emissions "
             "Band, the difference for the remaining months is also payable. Moving home within the same CPZ "
             "is free; moving to another CPZ needs a new application.")
    d.h1("7. Penalty charges")
    d.clause("7.1", "A Penalty Charge Notice (PCN) may be issued to a Vehicle parked in a permit bay without a "
             "valid permit, or in breach of any other restriction. The amount depends on the level of the "
             "contravention:")
    d.grid(["Contravention", "Level", "Penalty charge", "If paid within 14 days", "After Charge Certificate"],
           [["Parked in a resident or business bay without a valid permit", "Higher", "GBP 110", "GBP 55",
             "GBP 165"],
            ["Parked on yellow lines during restricted hours", "Higher", "GBP 110", "GBP 55", "GBP 165"],
            ["Visitor session expired, or permit for the wrong zone", "Lower", "GBP 70", "GBP 35", "GBP 105"],
            ["Permit not clearly displayed (paper permits only)", "Lower", "GBP 70", "GBP 35", "GBP 105"]],
           [62, 18, 28, 32, 30])
    d.clause("7.2", "The discount in rule 7.1 applies if the PCN is paid within 14 days of the date it was issued "
             "(21 days if it was sent by post after a camera detected the contravention). If a challenge is "
             "made within the discount period and rejected, the discount is offered again for a further 14 days "
             "from the date of the rejection letter.")
    d.clause("7.3", "If the PCN is not paid or challenged within 28 days of the Notice to Owner, a Charge "
             "Certificate increases the charge by 50%. If it is still unpaid 14 days after the Charge "
             "Certificate, the Council may register the debt at the Traffic Enforcement Centre.")
    d.h1("8. Challenges and appeals")
    d.clause("8.1", "An informal challenge may be made online within 14 days of the PCN, before a Notice to Owner "
             "is sent. A formal representation may be made within 28 days of the Notice to Owner. The Council "
             "replies to formal representations within 56 days; if it does not, the representation is treated "
             "as accepted.")
    d.clause("8.2", "If a formal representation is rejected, the owner may appeal to the independent Traffic "
             "Penalty Tribunal within 28 days of the Notice of Rejection. An appeal to the Tribunal is free.")
    d.clause("8.3", "The Council will cancel a PCN where the permit was valid but not visible because it had "
             "fallen, if a copy is sent with the challenge, once per permit year only.")
    d.h1("9. Misuse")
    d.clause("9.1", "A permit obtained with false information, or copied or altered, is cancelled without refund, "
             "and the holder may not apply for a permit for 12 months.")
    return d.save("legal/parking_permit_rules_kestleigh.pdf")


# =============================================================================
# 4. Methotrexate monitoring protocol
# =============================================================================
def methotrexate_protocol():
    d = Doc("Shared-Care Protocol: Oral Methotrexate (Weekly)", "Protocol SC-RH-07, v3",
            "Orrinford & Vale Integrated Care Board - Rheumatology / Dermatology / Gastroenterology",
            accent=(130, 60, 0), body_size=9.5)
    d.title_block("SHARED-CARE MONITORING PROTOCOL: ORAL METHOTREXATE ONCE WEEKLY",
                  "For hospital specialists and GP practices. Indications: rheumatoid and psoriatic arthritis, "
                  "psoriasis, Crohn's disease. Review date: October 2028.", size=14)
    d.h1("1. Safety essentials")
    d.clause("1.1", "Methotrexate is taken ONCE A WEEK on the same day. Prescribe 2.5 mg tablets only; do not "
             "prescribe 10 mg tablets. The weekly day must be written on every prescription.")
    d.clause("1.2", "Usual dose range 7.5 mg to 25 mg once weekly; start at 7.5 to 15 mg and increase by 2.5 to 5 mg "
             "every 2 to 6 weeks as tolerated. Doses above 25 mg weekly are specialist-only and should be "
             "given subcutaneously.")
    d.clause("1.3", "Folic acid 5 mg once a week, taken on a different day from methotrexate (usually 3 days "
             "after), is prescribed for every patient. The specialist may increase it to 5 mg six days a week "
             "(not on the methotrexate day) if nausea, mouth ulcers or raised ALT persist.")
    d.h1("2. Responsibilities")
    d.clause("2.1", "The specialist does baseline tests, starts treatment, and monitors until the dose has been "
             "stable for at least 6 weeks, then asks the GP to take over. The GP prescribes, arranges blood "
             "tests at the frequencies below and acts on results using section 4.")
    d.clause("2.2", "Baseline (before starting): FBC, U&E with eGFR and creatinine, LFTs including albumin, CRP, "
             "height, weight, blood pressure, chest X-ray if not done in the last 6 months, hepatitis B and C "
             "and HIV serology, and varicella status if no history of chickenpox.")
    d.h1("3. Monitoring frequency")
    d.grid(["Phase of treatment", "FBC, U&E (eGFR), LFTs"],
           [["Starting, or after any dose increase", "Every 2 weeks until the dose has been stable for 6 weeks"],
            ["Stable dose, first 3 months", "Every month"],
            ["Stable dose, after 3 months (first year)", "Every 3 months (12 weeks)"],
            ["Stable dose for 12 months or more, results normal", "Every 3 months; may be extended to every "
             "4 months by the specialist"],
            ["eGFR 30 to 59, age 75 or over, or other DMARD with it", "Every month, at any phase"]],
           [75, 95])
    d.para("If a blood test is 2 or more weeks overdue, the GP should not issue a further prescription until "
           "the test has been done.", size=9, style="I")
    d.h1("4. Action when results cross thresholds")
    d.para("Take into account the trend of results as well as a single value. A sudden fall or a steady fall "
           "over 3 tests should prompt discussion with the specialist team even within the ranges below.")
    d.grid(["Result", "Action"],
           [["WBC below 3.5 x 10^9/L", "Withhold methotrexate; repeat within 1 week; discuss with specialist"],
            ["Neutrophils below 1.6 x 10^9/L", "Withhold; repeat within 1 week; discuss with specialist"],
            ["Neutrophils below 1.0 x 10^9/L", "Withhold; discuss urgently the same day; check for infection"],
            ["Lymphocytes below 0.5 x 10^9/L", "Continue; discuss with specialist at next routine contact"],
            ["Platelets below 140 x 10^9/L", "Withhold; repeat within 1 week; discuss with specialist"],
            ["Platelets below 50 x 10^9/L", "Withhold; seek same-day advice from haematology"],
            ["MCV above 105 fL", "Check B12, folate and TSH; continue if results normal and discuss"],
            ["ALT or AST more than 2 times the upper limit of normal (ULN)",
             "Repeat within 1 week; if still above 2 times ULN, reduce the dose by 2.5 mg and discuss"],
            ["ALT or AST more than 3 times ULN", "Withhold; repeat within 1 week; discuss with specialist"],
            ["Albumin below 30 g/L (unexplained)", "Withhold; discuss with specialist"],
            ["eGFR 30 to 59 mL/min/1.73m2", "Reduce the dose by 50% and monitor monthly; discuss with specialist"],
            ["eGFR below 30 mL/min/1.73m2", "Stop methotrexate; discuss with specialist"],
            ["Creatinine rise of more than 30% over 12 months", "Check eGFR and repeat; discuss with specialist"],
            ["Rash or oral ulceration", "Withhold until discussed with specialist"],
            ["New or increasing dry cough or breathlessness", "Withhold; chest X-ray; discuss urgently "
             "(possible pneumonitis)"],
            ["Unexplained bruising, sore throat, fever", "Urgent FBC; withhold until results known"]],
           [70, 100], size=8.5)
    d.h1("5. Interactions")
    d.clause("5.1", "Trimethoprim and co-trimoxazole must not be prescribed with methotrexate: together they can "
             "cause fatal bone-marrow suppression. Choose another antibiotic.")
    d.clause("5.2", "NSAIDs may be used if the patient is stable and renal function is normal, with monitoring "
             "unchanged; avoid high-dose aspirin. Proton pump inhibitors may raise methotrexate levels at high "
             "doses only and need no action at the doses in this protocol.")
    d.clause("5.3", "Avoid live vaccines (for example yellow fever, oral typhoid, MMR). The non-live shingles "
             "vaccine, annual influenza and pneumococcal vaccines are recommended. Alcohol should be kept within "
             "14 units a week.")
    d.clause("5.4", "Other interacting drugs: leflunomide (hepatotoxicity; monitor monthly), ciclosporin, "
             "probenecid, penicillins (reduced clearance; monitor FBC), acitretin (avoid: hepatotoxicity).")
    d.h1("6. Pregnancy, infection and surgery")
    d.clause("6.1", "Methotrexate is teratogenic. Women and men should use effective contraception during treatment "
             "and for 6 months after stopping (3 months for men if the specialist advises). Stop at least 3 "
             "months before a planned conception and continue folic acid.")
    d.clause("6.2", "During an acute infection needing antibiotics, withhold methotrexate until the patient has "
             "recovered, usually for 1 to 2 weeks. For elective surgery, methotrexate is usually continued.")
    d.clause("6.3", "Chickenpox or shingles contact in a non-immune patient: seek advice the same day; varicella "
             "zoster immunoglobulin may be needed within 10 days of exposure.")
    d.h1("7. Contacts")
    d.para("Rheumatology advice line 01632 960 441 (Mon-Fri 09:00-16:30). Out of hours: on-call medical "
           "registrar via hospital switchboard 01632 960 000.")
    return d.save("medical/methotrexate_shared_care_orrinford.pdf")


# =============================================================================
# 5. Lithium patient leaflet (question-and-answer)
# =============================================================================
def lithium_leaflet():
    d = Doc("Taking lithium safely - a guide for patients and carers", "Leaflet MH-112",
            "Wrenfield Mental Health NHS Foundation Trust - Pharmacy", accent=(60, 40, 120), body_size=10.5)
    d.title_block("Taking lithium safely",
                  "Information for people starting or taking lithium (Priadel-style tablets, brand Lithoryn XL) "
                  "and their families. Keep this leaflet with your purple lithium record book.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is lithium for?",
       "Lithium is a mood stabiliser. It is used to prevent or treat episodes of mania and depression in bipolar "
       "disorder, and sometimes with an antidepressant for depression that has not got better. It usually "
       "takes 1 to 3 weeks to start working, and the full effect in preventing relapse can take 6 to 12 months.")
    qa("Why do I need blood tests?",
       "The amount of lithium that works is close to the amount that is harmful. A blood test measures the "
       "level of lithium in your blood so the dose can be kept in a safe range. For most people the target "
       "level is 0.4 to 1.0 mmol/L. Your team will usually aim for 0.6 to 0.8 mmol/L when you first start. "
       "Older people (over 65) are usually kept at 0.4 to 0.7 mmol/L. A level above 1.0 mmol/L is only used on "
       "the advice of a specialist, for a short time, to treat mania.")
    qa("When should I have the blood test?",
       "Have the blood taken 12 hours after your last dose (for example, take your tablet at 10 pm and have the "
       "test at 10 am the next morning). Do not take your morning dose before the test if you take lithium twice "
       "a day. A test taken too soon after a dose will give a falsely high result.")
    qa("How often will I have blood tests?",
       "After starting lithium, or after any change of dose: one week later, and then every week until the level "
       "is steady in the target range on two tests in a row. For the first year: every 3 months. After the first "
       "year: every 6 months, if your levels are steady. Some people need a test every 3 months for as long as "
       "they take lithium: people aged 65 or over, those taking medicines that interact with lithium, people with "
       "kidney or thyroid problems, and people whose last level was above 0.8 mmol/L. Your kidneys, thyroid and "
       "calcium are checked every 6 months, and your weight at least once a year.")
    qa("What side effects are common?",
       "Feeling thirsty, passing more urine, a fine shake of the hands, a metallic taste and mild stomach upset "
       "are common in the first few weeks. Weight gain can happen. Tell your team if the shake in your hands "
       "gets worse, or if you notice swelling in your neck (thyroid).")
    qa("What are the signs that my lithium level is too high?",
       "Early signs of too much lithium (toxicity) include: being sick or having diarrhoea, a coarse shake of "
       "the hands (worse than usual), feeling very sleepy or confused, unsteadiness on your feet, slurred speech "
       "and blurred vision. If you notice any of these, stop taking lithium and contact your GP or mental health "
       "team the same day for an urgent blood test. If you have fits, muscle twitching, cannot stay awake or "
       "become very confused, call 999 or go to A&E, and take your lithium record book.")
    qa("How much should I drink?",
       "Drink 2.5 to 3 litres of fluid a day, spread over the day, and more in hot weather or when you exercise "
       "hard. Water, squash, tea and coffee all count, but try to keep the amount of tea and coffee the same "
       "from week to week, because a big change in caffeine can change your lithium level. Do not start a very "
       "low-salt diet or take salt tablets without talking to your team: a sudden change in the salt you eat "
       "changes the lithium level.")
    qa("What if I am ill with sickness, diarrhoea or a fever?",
       "Losing fluid (dehydration) can make your lithium level rise quickly. If you have been sick or had "
       "diarrhoea for more than 24 hours, or have a high temperature and cannot drink enough, stop your lithium "
       "and contact your GP for advice and a blood test. Restart only when you are eating and drinking normally "
       "again and your doctor agrees.")
    qa("What if I forget a dose?",
       "If you take lithium once a day and remember within 3 hours of the usual time, take it. If it is more "
       "than 3 hours late, miss out that dose and take the next one at the usual time. If you take it twice a "
       "day, miss out the forgotten dose if it is nearly time for the next one. Never take two doses together "
       "to make up for a forgotten one. If you miss doses for 3 days or more, speak to your team before "
       "starting again.")
    qa("Which other medicines should I be careful with?",
       "Some medicines raise lithium levels. Do not take ibuprofen, naproxen or other anti-inflammatory "
       "painkillers (NSAIDs) you buy yourself; paracetamol is safe. Water tablets (diuretics) and some blood "
       "pressure tablets (ACE inhibitors such as ramipril, and ARBs such as losartan) can also raise the level: "
       "if one of these is started, you should have a lithium test within 1 week. Always tell the pharmacist "
       "you take lithium.")
    qa("Can I drink alcohol?",
       "Small amounts are usually fine once your level is stable, but alcohol can make you dehydrated and "
       "sleepy. Avoid binge drinking, and drink extra water.")
    qa("Pregnancy and breastfeeding",
       "Lithium can affect a baby's heart early in pregnancy. If you might become pregnant, use reliable "
       "contraception and talk to your team before trying for a baby. Do not stop lithium suddenly if you find "
       "you are pregnant - contact your team within 2 days. Breastfeeding is not usually advised while taking "
       "lithium.")
    qa("Can I stop taking lithium?",
       "Do not stop suddenly unless you have signs of toxicity. Stopping quickly raises the risk of mania "
       "coming back. If you and your doctor decide to stop, the dose is lowered slowly over at least 4 weeks, "
       "and ideally over 3 months.")
    qa("Driving and travel",
       "You must tell the DVLA if you have bipolar disorder that affects your driving. Lithium itself does not "
       "stop you driving, but do not drive if you feel sleepy or shaky. When travelling to hot countries, drink "
       "more and take your record book and enough tablets for 2 extra weeks.")
    d.para("Advice line (pharmacy, Mon-Fri 09:00-17:00): 01632 960 712. Crisis line (24 hours): 0800 015 3377.",
           size=9.5, style="B")
    return d.save("medical/lithium_leaflet_wrenfield.pdf")


# =============================================================================
# 6. Hip replacement discharge letter and plan
# =============================================================================
def hip_discharge():
    d = Doc("Discharge letter and recovery plan - total hip replacement", "Ward 9 (Orthopaedics), Ferrisby General",
            "Ferrisby General Hospital - Department of Orthopaedics", accent=(0, 100, 90))
    d.title_block("DISCHARGE LETTER AND RECOVERY PLAN",
                  "Patient: Mr Desmond Achterberg, date of birth 14/02/1955, hospital no. FG-7730418\n"
                  "GP: Dr Priya Ramaswamy, Hollins Lane Surgery\nConsultant: Mr Tobias Kendrew, FRCS (Orth)")
    d.grid(["Item", "Details"],
           [["Operation", "Left total hip replacement (posterior approach), cemented stem, uncemented cup"],
            ["Date of operation", "Monday 12 October 2026"],
            ["Date of discharge", "Thursday 15 October 2026 (3 days after surgery)"],
            ["Weight bearing", "Full weight bearing as pain allows, with 2 elbow crutches"],
            ["Allergies", "Penicillin (rash)"],
            ["Wound closure", "Skin clips (staples), 24 clips; waterproof dressing"]], [45, 125])
    d.h1("1. Hip precautions (for 6 weeks after the operation)")
    d.para("Your hip was replaced from the back (posterior approach). Until Monday 23 November 2026 (6 weeks "
           "after surgery) you must follow these precautions to reduce the risk of the new hip dislocating:")
    d.bullets(["Do not bend your hip more than 90 degrees (a right angle): do not sit on low chairs, sofas or "
               "toilets without your raised seat, and do not bend down to pick things up.",
               "Do not cross your legs or ankles, lying, sitting or standing.",
               "Do not twist your operated leg inwards (keep your toes pointing forwards or slightly out).",
               "Sleep on your back for the first 6 weeks, with a pillow between your knees. You may lie on your "
               "operated (left) side after 6 weeks, and on the other side with a pillow between the knees "
               "from 4 weeks."])
    d.para("The occupational therapist has supplied a raised toilet seat, a perching stool, a helping hand "
           "(grabber) and a long-handled sock aid. Keep using them for 6 weeks.")
    d.h1("2. Wound care and clip removal")
    d.clause("2.1", "Keep the dressing on and dry. You may shower with the waterproof dressing on; do not bathe "
             "or swim until the wound is fully healed, and not before 6 weeks.")
    d.clause("2.2", "Your clips are to be removed by the practice nurse on day 14 after the operation, Monday 26 "
             "October 2026. The clip remover has been given to you; please take it to the appointment.")
    d.clause("2.3", "A small amount of clear or blood-stained ooze in the first 5 days is normal. Ooze that "
             "continues after 7 days, or any pus, needs to be seen.")
    d.h1("3. Blood clot prevention")
    d.clause("3.1", "Take rivaroxaban 10 mg once a day for 35 days after the operation in total. Your last dose "
             "will be on Sunday 15 November 2026. 31 tablets have been supplied to complete the course.")
    d.clause("3.2", "Wear the anti-embolism stockings on both legs day and night until you are walking normally, "
             "for no longer than 6 weeks.")
    d.h1("4. Pain relief")
    d.clause("4.1", "Paracetamol 1 g four times a day for 2 weeks, then as needed. Codeine 30 mg up to four times "
             "a day as needed for up to 10 days (may cause constipation: take the laxative supplied). No "
             "anti-inflammatory (ibuprofen) while on rivaroxaban.")
    d.h1("5. Exercise and walking plan")
    d.grid(["Stage", "When", "What to do"],
           [["Stage 1", "Weeks 0 to 2", "Ankle pumps and buttock squeezes 10 times every hour awake; heel "
             "slides and hip abduction in lying 3 times a day; walk with 2 crutches, 5 minutes 4 to 6 times "
             "a day"],
            ["Stage 2", "Weeks 2 to 6", "Add standing hip exercises (kick back, side lift, march) 3 times a "
             "day; stairs with one rail and one crutch; walk outdoors, building up to 20 minutes"],
            ["Stage 3", "Weeks 6 to 12", "Change to one crutch or a stick in the opposite (right) hand as "
             "advised by your physiotherapist; exercise bike without resistance; swimming (not breaststroke "
             "kick) once the wound has healed"],
            ["Stage 4", "From 12 weeks", "Walk without aids; return to golf, dancing, gardening and cycling; no "
             "running or contact sport in the first year"]], [22, 30, 118])
    d.clause("5.1", "Outpatient physiotherapy starts in week 2 at Ferrisby Community Therapy Unit; you will "
             "receive the appointment by post.")
    d.h1("6. Driving, flying and returning to normal activities")
    d.clause("6.1", "Driving: you must not drive for at least 6 weeks after the operation. After that you may "
             "drive when you can do an emergency stop and get in and out of the car comfortably, and not while "
             "taking codeine. Tell your insurer about the operation.")
    d.clause("6.2", "Flying: avoid flights of more than 4 hours for 12 weeks after the operation because of the "
             "risk of blood clots. Short-haul flights (up to 4 hours) are allowed after 6 weeks. A metal "
             "detector at the airport may detect your new hip.")
    d.clause("6.3", "Sexual activity may be resumed after 6 weeks, lying on your back. Light office work may be "
             "resumed after 6 weeks; manual work usually after 12 weeks.")
    d.h1("7. Follow-up")
    d.clause("7.1", "Review in the orthopaedic clinic with an X-ray at 6 weeks, on Tuesday 24 November 2026 at "
             "10:40 (Clinic 3). A further review will be at 1 year.")
    d.h1("8. When to get help")
    d.para("Call Ward 9 on 01632 960 219 (24 hours) for up to 6 weeks after discharge if you have:")
    d.bullets(["a temperature over 38 degrees C, or redness, heat, increasing pain or pus at the wound;",
               "wound ooze continuing after 7 days;",
               "pain, swelling or tenderness in the calf or thigh (possible blood clot);",
               "new pain in the groin after a twist or fall, or your leg looks shorter or turned (possible "
               "dislocation) - do not try to stand; call 999."])
    d.para("Call 999 for chest pain or sudden breathlessness, or if you cough up blood. Bleeding from the "
           "gums or nose lasting more than 10 minutes, or black stools, while taking rivaroxaban: contact the "
           "ward or your GP the same day.", style="B")
    d.para("Letter written by Dr Hannah Oyelaran, FY2 Orthopaedics, on behalf of Mr Tobias Kendrew, "
           "15 October 2026.", size=9, style="I")
    return d.save("medical/hip_replacement_discharge_achterberg.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([ticketing_terms, translation_agreement, parking_permits,
                       methotrexate_protocol, lithium_leaflet, hip_discharge], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
