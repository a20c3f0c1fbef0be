"""Render the seventeenth development-set documents (fictional) as PDFs into bench/dev17/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
will-writing company's terms of business (fee table, travel charge by distance, refund by stage reached,
will storage), a garage's servicing and repair terms (service prices by engine size, labour rates, estimates,
warranty, storage charges by vehicle), a web hosting and domain services agreement (plans, domain prices and
expiry stages, a service-level schedule after the signatures), a primary-care guideline on constipation in
children (disimpaction and maintenance laxative doses by age, fluids by age), a heart failure self-management
plan for a named (invented) patient (daily weights, traffic-light zones, a furosemide table by weight) and a
chickenpox leaflet for parents in question-and-answer form (antihistamine dose by age). Questions:
bench/dev17/questions.jsonl. All names, products and numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev17/make_dev17.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 1, 11, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 17 (fictional document)", "make_dev17.py", FIXED_DATE)


# =============================================================================
# 1. Will-writing company terms of business
# =============================================================================
def will_writing_terms():
    d = Doc("Corrington Will Writers - Terms of Business", "Edition 7, 1 July 2026",
            "Corrington Will Writers Ltd, 14 Market Row, Saxby Wold", accent=(70, 40, 100))
    d.title_block("TERMS OF BUSINESS FOR WILLS AND LASTING POWERS OF ATTORNEY",
                  "Corrington Will Writers Ltd (\"we\", \"us\"), company no. 10447381. These terms apply to every "
                  "instruction we accept on or after 1 July 2026. Please read them with your Fee Quotation.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Client\" means the person who instructs us (or each of the two people, for Mirror Wills). "
             "\"Will\" means a will prepared by us. \"Mirror Wills\" means two Wills for a married couple, civil "
             "partners or cohabiting partners in matching terms, each leaving their estate to the other first. "
             "\"LPA\" means a Lasting Power of Attorney for property and financial affairs or for health and "
             "welfare. \"OPG\" means the Office of the Public Guardian.")
    d.clause("1.2", "\"Instruction Meeting\" means the meeting, at our office, at the Client's home or by video "
             "call, at which we take the Client's instructions. \"Draft\" means the first version of a Will or LPA "
             "sent to the Client for approval. \"Working Day\" means Monday to Friday except public holidays in "
             "England.")
    d.h1("2. Who we are")
    d.clause("2.1", "We are a will-writing company, not a firm of solicitors, and we are not regulated by the "
             "Solicitors Regulation Authority. We are members of the Guild of Registered Will Writers and follow "
             "its code of practice.")
    d.clause("2.2", "Where an estate is likely to exceed the inheritance tax threshold, we will recommend that the "
             "Client takes advice from a tax adviser or solicitor. Tax advice is not part of our service.")
    d.h1("3. How a Will is prepared")
    d.clause("3.1", "We send the Draft within 15 Working Days of the Instruction Meeting, or within 2 Working Days "
             "for the Urgent Will service in clause 4.1.")
    d.clause("3.2", "The Client must check the Draft and approve it, or ask for changes, within 30 days of the date "
             "we send it. Two rounds of amendments are included in the fee; each further round costs GBP 35. If "
             "we hear nothing within 30 days we write once more; if there is still no reply after a further 30 "
             "days, we close the file and fees paid are not refunded.")
    d.clause("3.3", "A Will must be signed by the Client in the presence of two witnesses who are present at the "
             "same time, are aged 18 or over, and are not beneficiaries under the Will or the spouse or civil "
             "partner of a beneficiary. A gift to a witness, or to a witness's spouse or civil partner, fails. We "
             "do not accept witnessing by video link.")
    d.clause("3.4", "We offer a supervised signing appointment at our office, with our staff as witnesses, for "
             "GBP 60 per Client. If the Client signs at home, the signed Will must be returned to us within 28 "
             "days so that we can check it has been signed and witnessed correctly; this check is free.")
    d.clause("3.5", "Marriage or forming a civil partnership cancels an existing Will in England and Wales, unless "
             "the Will says it was made expecting that particular marriage or civil partnership. Divorce does not "
             "cancel a Will, but gifts to the former spouse fail. We recommend reviewing a Will every 5 years and "
             "after any marriage, divorce, birth or death in the family.")
    d.clause("3.6", "Within 12 months of signing, we make one change of executor or guardian free of charge. Other "
             "changes are made by codicil or by a new Will at the fees in clause 4.1.")
    d.h1("4. Fees")
    d.clause("4.1", "Our fees are fixed for each service and include VAT at 20%:")
    d.grid(["Service", "Fee"],
           [["Single Will", "GBP 195"],
            ["Mirror Wills (two Wills)", "GBP 295"],
            ["Will with a discretionary trust (one Client)", "GBP 395"],
            ["Mirror Wills with property protection trusts", "GBP 595"],
            ["Codicil (a change to an existing Will)", "GBP 75"],
            ["Lasting Power of Attorney, one type, one donor", "GBP 275"],
            ["Both types of LPA for one donor", "GBP 480"],
            ["Urgent Will service (Draft within 2 Working Days)", "add GBP 120"]], [110, 50])
    d.para("* The OPG registration fee of GBP 92 for each LPA is not included in our fee and is paid directly to "
           "the OPG. A reduced fee or an exemption may apply to donors on a low income or on certain benefits.",
           size=8.5, style="I")
    d.clause("4.2", "There is no travel charge for an Instruction Meeting at our office or by video call. For a home "
             "visit, a travel charge applies according to the distance by road, one way, from our office:")
    d.grid(["Distance from our office", "Travel charge per visit"],
           [["Up to 15 miles", "Free"],
            ["15.1 to 30 miles", "GBP 28"],
            ["30.1 to 50 miles", "GBP 46"],
            ["Over 50 miles", "Video call only"]], [80, 60])
    d.para("A home visit that starts after 18:00, or at a weekend, costs GBP 30 extra.", size=8.5, style="I")
    d.clause("4.3", "A deposit of 50% of the fee is payable when the Instruction Meeting is booked. The balance is "
             "payable before the final Will or LPA is sent for signing. We accept bank transfer and debit cards.")
    d.h1("5. Cancellation")
    d.clause("5.1", "If the contract is made at the Client's home or at a distance, the Client may cancel within 14 "
             "days of booking without giving a reason and receive a full refund, unless the Client asked us to "
             "start work within that period, in which case clause 5.2 applies.")
    d.clause("5.2", "If the Client cancels after the 14 days, or after asking us to start work, the refund of fees "
             "paid depends on the stage reached when we receive the notice of cancellation:")
    d.grid(["Stage reached", "Refund of fees paid"],
           [["Before the Instruction Meeting", "Full refund"],
            ["After the Instruction Meeting, before the Draft is sent", "60% refund"],
            ["After the Draft is sent, before the final documents are sent for signing", "25% refund"],
            ["After the final Will or LPA is sent for signing", "No refund"]], [110, 50])
    d.h1("6. Storage of Wills")
    d.clause("6.1", "We keep original Wills in a fireproof, secure document store. Storage is free for the first "
             "year after signing. After that it costs GBP 25 per year per Will, or GBP 40 per year for Mirror "
             "Wills, or a single payment of GBP 150 per Will for lifetime storage.")
    d.clause("6.2", "The Client may withdraw a stored Will at any time on a signed written request. We send it by "
             "special delivery for GBP 20, or it can be collected from our office free of charge. If annual "
             "storage fees are unpaid for 2 years, we may return the Will to the Client's last known address.")
    d.clause("6.3", "After the Client's death we release the Will to a named executor on sight of the death "
             "certificate and proof of identity, free of charge.")
    d.h1("7. Our responsibilities")
    d.clause("7.1", "We hold professional indemnity insurance of GBP 2,000,000 for each claim. Our liability for any "
             "one Will or LPA is limited to GBP 1,000,000. Nothing limits liability for death or personal injury "
             "caused by negligence, or for fraud.")
    d.clause("7.2", "We are not responsible for loss caused by a Will being signed or witnessed other than as we "
             "instructed, by a Client not telling us about assets or family members, or by changes in the law "
             "after signing.")
    d.h1("8. Records")
    d.clause("8.1", "We keep the Client's file for 15 years after the Will is signed, or until 6 years after the "
             "Client's death if we are told of it, and then destroy it securely.")
    d.h1("9. Complaints")
    d.clause("9.1", "Complaints should be made in writing to our Complaints Manager. We acknowledge a complaint "
             "within 5 Working Days and reply in full within 8 weeks. A Client who is not satisfied may refer the "
             "complaint to the Guild's independent disputes service within 6 months of our final reply.")
    d.h1("10. Law")
    d.clause("10.1", "These terms are governed by the law of England and Wales.")
    d.signature_block(["Accepted by the Client(s): .........................................................",
                       "For Corrington Will Writers Ltd: Helena Marchbank, Director"])
    return d.save("legal/will_writing_terms_corrington.pdf")


# =============================================================================
# 2. Garage servicing and repair terms
# =============================================================================
def garage_terms():
    d = Doc("Tallowfield Motor Works - Servicing and Repair Terms", "Form TMW-T3 (2026)",
            "Tallowfield Motor Works Ltd, Unit 4 Brickkiln Road, Tallowfield", font="Times",
            accent=(150, 50, 20), body_size=10.5)
    d.title_block("TERMS AND CONDITIONS FOR VEHICLE SERVICING AND REPAIRS",
                  "Tallowfield Motor Works Ltd (\"we\", \"us\"), a member of the Motor Repair Standards Code. "
                  "These terms apply to all work booked with us from 1 March 2026.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Customer\" means the person who books the work or leaves the Vehicle with us. \"Vehicle\" "
             "means the car, van (up to 3.5 tonnes), motorhome or motorcycle left with us. \"Estimate\" means our "
             "best assessment of the likely cost, which may change once work starts. \"Quotation\" means a fixed "
             "price for the work described in it, valid for 28 days from its date.")
    d.clause("1.2", "\"Additional Work\" means any work not included in the Estimate, Quotation or booking. "
             "\"Authorisation\" means the Customer's consent given by phone, text message, e-mail or in person.")
    d.h1("2. Bookings")
    d.clause("2.1", "Vehicles should be dropped off between 08:00 and 09:30 on the booked day. Keys left in our key "
             "box outside opening hours are left at the Customer's risk.")
    d.clause("2.2", "Cancelling a booking with less than 24 hours' notice, or not bringing the Vehicle, incurs a fee "
             "of GBP 25. Parts ordered specially for the Vehicle are charged in full if the work is cancelled, "
             "unless the supplier accepts their return, in which case we charge a restocking fee of 20%.")
    d.h1("3. Estimates and Additional Work")
    d.clause("3.1", "The final price of work done on an Estimate may exceed the Estimate by up to 10% or GBP 75, "
             "whichever is less, without further Authorisation. We will not go beyond that without Authorisation.")
    d.clause("3.2", "If we find that Additional Work is needed, we contact the Customer with its cost before doing "
             "it. If we cannot reach the Customer within 1 Working Day, we reassemble the Vehicle and charge only "
             "for the work done. If the Customer declines work that we consider necessary for the Vehicle to be "
             "safe to drive, we ask the Customer to sign a note that the advice was given.")
    d.clause("3.3", "Fault-finding (diagnostics) is charged at GBP 48 for the first 30 minutes and then at the "
             "standard labour rate. The diagnostic charge is deducted from the cost of the repair if the Customer "
             "authorises the repair within 14 days.")
    d.h1("4. Prices")
    d.clause("4.1", "Labour is charged in units of a quarter of an hour at these rates, including VAT:")
    d.grid(["Type of work", "Rate per hour"],
           [["Standard mechanical and electrical work", "GBP 78"],
            ["High-voltage work on hybrid and electric vehicles", "GBP 96"],
            ["Motorcycles", "GBP 66"]], [110, 50])
    d.clause("4.2", "Servicing is at fixed prices, including VAT, parts and labour for the items on our service "
             "checklist, oil and filters:")
    d.grid(["Vehicle", "Interim service (6,000 miles or 6 months)", "Full service (12,000 miles or 12 months)",
            "Major service (24,000 miles or 24 months)"],
           [["Petrol or diesel, engine up to 1,400 cc", "GBP 129", "GBP 189", "GBP 279"],
            ["Petrol or diesel, engine 1,401 to 2,000 cc", "GBP 149", "GBP 219", "GBP 319"],
            ["Petrol or diesel, engine over 2,000 cc", "GBP 169", "GBP 249", "GBP 359"],
            ["Hybrid (any engine size)", "GBP 159", "GBP 239", "GBP 339"],
            ["Fully electric", "GBP 99", "GBP 145", "GBP 229"]], [62, 37, 37, 38], size=9)
    d.para("* Vans over 2.5 tonnes add GBP 30 to any service. Prices include up to 5 litres of standard oil; extra "
           "or special oil is charged at cost. Spark plugs and brake fluid are replaced only in the Major service.",
           size=8.5, style="I")
    d.clause("4.3", "A class 4 MOT test (cars and light vans) costs GBP 54.85 and can be booked with any service.")
    d.h1("5. Parts")
    d.clause("5.1", "We fit new parts of original-equipment quality unless the Customer agrees to reconditioned "
             "parts. Replaced parts are kept for the Customer to inspect or take away if asked for before work "
             "starts; otherwise we dispose of them.")
    d.clause("5.2", "We will fit parts supplied by the Customer at the Customer's risk. We give no warranty on parts "
             "supplied by the Customer, and the labour to fit them is charged at the standard rate plus 15%.")
    d.h1("6. Warranty")
    d.clause("6.1", "Parts we supply and fit are guaranteed for 12 months or 12,000 miles, whichever comes first. "
             "Our workmanship is guaranteed for 12 months.")
    d.clause("6.2", "To claim, the Customer must bring the Vehicle back to us. If the Vehicle breaks down more than "
             "30 miles from our garage because of a fault covered by the warranty, we pay the reasonable costs of "
             "another VAT-registered garage, at up to our own labour rate, if we authorise the work before it is "
             "done.")
    d.clause("6.3", "The warranty does not cover wear and tear, misuse, accident damage or parts supplied by the "
             "Customer.")
    d.h1("7. Collection, storage and payment")
    d.clause("7.1", "We tell the Customer when the work is complete. The Vehicle must be collected within 3 Working "
             "Days after that; after that, a storage charge applies for each day or part of a day until it is "
             "collected:")
    d.grid(["Vehicle", "Storage charge per day"],
           [["Motorcycle", "GBP 8"],
            ["Car", "GBP 17"],
            ["Van or motorhome", "GBP 26"]], [80, 60])
    d.clause("7.2", "Payment in full is due before the Vehicle is released, and we may keep the Vehicle until we are "
             "paid.")
    d.clause("7.3", "If the Vehicle is not collected within 90 days after we tell the Customer the work is complete, "
             "we may sell it after giving 14 days' written notice to the Customer's last known address, under the "
             "Torts (Interference with Goods) Act 1977, and keep from the proceeds what we are owed, including "
             "storage charges.")
    d.h1("8. Courtesy cars, collection and delivery")
    d.clause("8.1", "Courtesy cars are subject to availability and must be booked in advance. The driver must be "
             "aged 25 to 75 and have held a full UK licence for at least 2 years. The Customer pays for the fuel "
             "used, any fines or tolls, and the first GBP 500 of any damage to the courtesy car.")
    d.clause("8.2", "Collection and delivery is free within 5 miles of the garage and costs GBP 20 for 5 to 10 "
             "miles. It is not offered beyond 10 miles.")
    d.h1("9. Road tests and belongings")
    d.clause("9.1", "We may drive the Vehicle on public roads for up to 10 miles to test it. Please remove "
             "valuables; our liability for personal items left in the Vehicle is limited to GBP 100 unless we "
             "were negligent.")
    d.h1("10. Liability and complaints")
    d.clause("10.1", "Nothing in these terms affects the Customer's statutory rights under the Consumer Rights Act "
             "2015 or limits liability for death or personal injury caused by negligence. We are not liable for "
             "faults that existed before the Vehicle was left with us and were not part of the work.")
    d.clause("10.2", "Complaints should be made within 30 days of collecting the Vehicle. We reply within 10 Working "
             "Days. If the complaint is not resolved, the Customer may use the Motor Repair Standards Code's free "
             "conciliation service within 8 weeks of our reply.")
    return d.save("legal/garage_repair_terms_tallowfield.pdf")


# =============================================================================
# 3. Web hosting and domain services agreement (service-level schedule after the signatures)
# =============================================================================
def hosting_agreement():
    d = Doc("Hosting and Domain Services Agreement - Nimbuscove / Quillhaven", "Order NCH-24-88173",
            "Nimbuscove Hosting Ltd - Quillhaven Pottery Ltd", accent=(0, 90, 130), body_size=10)
    d.title_block("WEB HOSTING AND DOMAIN SERVICES AGREEMENT",
                  "Dated 9 March 2026, between Nimbuscove Hosting Ltd, company no. 11402958 (the \"Provider\"), and "
                  "Quillhaven Pottery Ltd, company no. 08876120 (the \"Customer\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Services\" means the Hosting Plan, Domain registrations and add-ons set out in the Order. "
             "\"Hosting Plan\" means the plan chosen in the Order from clause 3. \"Domain\" means each internet "
             "domain name registered or transferred to the Provider for the Customer. \"Renewal Date\" means the "
             "date on which a Domain registration expires or a Hosting Plan renews.")
    d.clause("1.2", "\"Availability\" means the percentage of minutes in a calendar month in which the Customer's "
             "website responds to the Provider's monitoring from two locations, excluding Scheduled Maintenance "
             "and the exclusions in the Schedule. \"Scheduled Maintenance\" means maintenance notified by e-mail "
             "at least 48 hours in advance, of no more than 8 hours in a calendar month, carried out between "
             "22:00 and 06:00 UK time. \"Service Credit\" means a credit under the Schedule.")
    d.h1("2. Term")
    d.clause("2.1", "This agreement starts on 1 April 2026 (the \"Start Date\"). Monthly plans renew each month; "
             "annual plans renew each year on the anniversary of the Start Date unless cancelled under clause 8.")
    d.h1("3. Hosting Plans")
    d.clause("3.1", "The Provider offers the following Hosting Plans. The Customer has ordered the Business plan, "
             "billed annually.")
    d.grid(["Plan", "Monthly price", "Annual price", "Websites", "Storage", "Mailboxes", "Backups kept"],
           [["Starter", "GBP 6", "GBP 60", "1", "10 GB", "5", "7 days"],
            ["Business", "GBP 14", "GBP 140", "5", "50 GB", "25", "14 days"],
            ["Pro", "GBP 29", "GBP 290", "20", "150 GB", "100", "30 days"],
            ["Dedicated", "GBP 189", "GBP 1,890", "Unlimited", "2 TB", "Unlimited", "60 days"]],
           [26, 26, 26, 22, 22, 24, 28])
    d.para("* Annual prices are paid in advance and equal 10 months of the monthly price. All prices exclude VAT.",
           size=8.5, style="I")
    d.clause("3.2", "Backups are taken daily and kept for the period shown above. The Customer may ask the Provider "
             "to restore its website or mailboxes from a backup: the first 2 restores in each calendar month are "
             "free, and each further restore costs GBP 30. Backups are a convenience, and the Customer should "
             "keep its own copies of its content.")
    d.clause("3.3", "Bandwidth is unmetered, subject to fair use. If the Customer's website uses resources in a way "
             "that affects other customers, the Provider may ask the Customer to move to a larger plan, giving 7 "
             "days' notice except in an emergency.")
    d.clause("3.4", "Websites are hosted on servers in Manchester; backups are stored in a second data centre in "
             "Leeds.")
    d.h1("4. Domains")
    d.clause("4.1", "The Provider registers Domains for 1 to 10 years, as the Customer orders, at these prices per "
             "year:")
    d.grid(["Domain ending", "Registration and renewal, per year", "Transfer in"],
           [[".co.uk and .uk", "GBP 9.99", "Free"],
            [".com", "GBP 14.99", "GBP 14.99 (includes 1 year)"],
            [".org", "GBP 16.49", "GBP 16.49 (includes 1 year)"],
            [".io", "GBP 49.00", "GBP 49.00 (includes 1 year)"]], [50, 60, 60])
    d.clause("4.2", "Automatic renewal is switched on for every Domain unless the Customer switches it off. The "
             "Provider sends reminders 60, 30 and 7 days before the Renewal Date. If payment fails, the Domain "
             "expires on its Renewal Date.")
    d.clause("4.3", "A Domain that has expired can be recovered as follows:")
    d.grid(["Time since the Renewal Date", "Status", "To recover the Domain"],
           [["Days 1 to 30", "Grace period: website and e-mail stop working", "Renew at the normal price"],
            ["Days 31 to 60", "Redemption period", "Restoration fee GBP 95 plus the renewal price"],
            ["After day 60", "Released to the public", "Cannot be recovered by the Provider"]], [50, 60, 60])
    d.clause("4.4", "On request from the registrant, the Provider gives the authorisation code needed to move a "
             "Domain to another registrar within 5 Working Days, free of charge. A .com, .org or .io Domain cannot "
             "be moved within 60 days of its registration or of a previous transfer.")
    d.clause("4.5", "The Customer is the registrant of its Domains and must keep its contact details accurate. A "
             "Domain may be suspended by the registry if the Customer does not answer a verification e-mail "
             "within 15 days.")
    d.h1("5. Support")
    d.clause("5.1", "Support is available by ticket at any time and by phone Monday to Friday, 08:00 to 18:00. "
             "Target response times are in the Schedule.")
    d.h1("6. Acceptable use")
    d.clause("6.1", "The Customer must not use the Services to send unsolicited bulk e-mail, host malware or "
             "illegal content, or mine cryptocurrency. The Provider may suspend the Services without notice for a "
             "serious breach of this clause.")
    d.h1("7. Fees and payment")
    d.clause("7.1", "Fees are invoiced in advance. If an invoice is more than 14 days overdue, the Provider may "
             "suspend the Services after giving 3 days' warning by e-mail. A reconnection fee of GBP 25 applies "
             "after suspension.")
    d.clause("7.2", "The Provider may change its prices from a Renewal Date by giving 30 days' notice.")
    d.h1("8. Cancellation and termination")
    d.clause("8.1", "A monthly plan may be cancelled by the Customer on 30 days' notice by support ticket.")
    d.clause("8.2", "If the Customer cancels an annual plan within 30 days after the Start Date, the hosting fee "
             "is refunded in full (Domain fees are not refunded). After that, an annual plan may be cancelled "
             "with effect from its next Renewal Date, and there is no refund for the unused part of the year.")
    d.clause("8.3", "Either party may terminate this agreement for a material breach not remedied within 14 days of "
             "written notice.")
    d.clause("8.4", "On termination, website files, databases and mailboxes are kept for 30 days and then deleted "
             "permanently; the Customer should download them before then. Domains remain the Customer's and may "
             "be moved under clause 4.4.")
    d.h1("9. Liability")
    d.clause("9.1", "The Provider's total liability in any year is limited to the fees paid by the Customer in the "
             "previous 12 months. The Provider is not liable for loss of profit or indirect loss. Service Credits "
             "are the Customer's only remedy for a failure to meet the Availability target.")
    d.h1("10. Law")
    d.clause("10.1", "This agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed for Nimbuscove Hosting Ltd by Idris Pennock-Shaw, Operations Director",
                       "Signed for Quillhaven Pottery Ltd by Maren Castellane, Director"])
    d.h1("SCHEDULE - SERVICE LEVELS")
    d.clause("S1", "Availability target: 99.9% in each calendar month. If Availability in a month is below the "
             "target, the Customer may claim a Service Credit:")
    d.grid(["Availability in the month", "Service Credit"],
           [["99.0% to below 99.9%", "10% of the monthly fee"],
            ["98.0% to below 99.0%", "25% of the monthly fee"],
            ["95.0% to below 98.0%", "50% of the monthly fee"],
            ["Below 95.0%", "100% of the monthly fee"]], [80, 70])
    d.clause("S2", "Service Credits must be claimed by support ticket within 30 days after the end of the month. "
             "They are applied to the next invoice and are not paid in cash. For annual plans, the monthly fee is "
             "one twelfth of the annual price.")
    d.clause("S3", "Downtime caused by Scheduled Maintenance, by the Customer's own code, plugins or content, or by a "
             "denial of service attack on the Customer's website does not count against Availability.")
    d.clause("S4", "Target first response times for support tickets:")
    d.grid(["Priority", "Example", "First response target"],
           [["P1 Critical", "Website or e-mail completely down", "30 minutes, 24 hours a day"],
            ["P2 High", "Part of a service not working, such as a checkout page error", "2 hours, 08:00 to 18:00 "
             "Monday to Friday"],
            ["P3 Normal", "Questions and configuration changes", "1 Working Day"]], [30, 80, 60])
    return d.save("legal/hosting_domain_agreement_nimbuscove_quillhaven.pdf")


# =============================================================================
# 4. Constipation in children: primary care guideline
# =============================================================================
def constipation_guideline():
    d = Doc("Constipation in Children and Young People - Primary Care Guideline", "Guideline PCG-14, v2.1",
            "Elmstead Valley Integrated Care Board - Children's Medicines Group", accent=(20, 100, 60),
            body_size=9.5)
    d.title_block("IDIOPATHIC CONSTIPATION IN CHILDREN AND YOUNG PEOPLE: PRIMARY CARE GUIDELINE",
                  "For GPs, practice nurses, health visitors, school nurses and community pharmacists. Ages 1 to 17 "
                  "years. Approved May 2026; review May 2029.", size=14)
    d.h1("1. Scope")
    d.clause("1.1", "This guideline covers children aged 1 to 17 years with constipation that has no underlying "
             "cause (idiopathic constipation). Infants under 1 year, children with a neurological disability and "
             "children with any red flag in section 3 should be discussed with or referred to the paediatric "
             "team.")
    d.h1("2. Recognising constipation")
    d.clause("2.1", "Constipation is likely if a child has two or more of: fewer than 3 complete stools a week "
             "(type 1 or 2 on the Bristol Stool Form Scale); large, hard stools that may block the toilet; small "
             "hard pellets (\"rabbit droppings\"); overflow soiling (loose, very smelly stool passed without the "
             "child knowing); pain or bleeding on passing stool; straining; withholding (standing on tiptoe, "
             "crossing the legs, arching the back); poor appetite that improves after passing a large stool.")
    d.clause("2.2", "Faecal impaction is likely if there are severe symptoms with overflow soiling and a faecal mass "
             "is felt on abdominal examination. Digital rectal examination should be done only by a specialist.")
    d.h1("3. Red flags: refer the same day")
    d.bullets(["constipation starting at birth or in the first few weeks of life;",
               "meconium passed more than 48 hours after birth (baby born at term);",
               "ribbon stools, or abdominal distension with vomiting;",
               "leg weakness, abnormal gait, or an abnormal appearance of the anus or lower spine (for example a "
               "sacral dimple or tuft of hair);",
               "faltering growth, or any concern about child maltreatment."])
    d.h1("4. Disimpaction")
    d.clause("4.1", "Use macrogol (polyethylene glycol 3350 with electrolytes) oral powder. Paediatric sachets "
             "contain 6.9 g and adult sachets 13.8 g. Dissolve each paediatric sachet in 62.5 mL of water and each "
             "adult sachet in 125 mL. Escalate the dose as follows:")
    d.grid(["Age", "Day 1", "Then", "Maximum daily dose"],
           [["1 to 4 years", "2 paediatric sachets", "Increase by 2 sachets every 2 days", "8 sachets a day"],
            ["5 to 11 years", "4 paediatric sachets", "Increase by 2 sachets every day", "12 sachets a day"],
            ["12 to 17 years", "4 adult sachets", "Increase by 2 adult sachets every day", "8 adult sachets a day"]],
           [30, 40, 60, 44])
    d.para("* The daily dose may be divided through the day and should all be taken within 12 hours. Continue the "
           "maximum dose until disimpaction (watery stool with no solid pieces), then start maintenance.",
           size=8.5, style="I")
    d.clause("4.2", "If disimpaction has not happened after 2 weeks of macrogol, add a stimulant laxative (senna or "
             "sodium picosulfate, doses in section 5), or use a stimulant alone if macrogol is not tolerated. "
             "Review the child by phone within 1 week of starting disimpaction.")
    d.clause("4.3", "Warn families that disimpaction may at first cause more soiling and abdominal pain. This is a "
             "sign that the treatment is working, and the dose should not be reduced.")
    d.clause("4.4", "Do not use enemas or suppositories in primary care; rectal treatment is for specialists only.")
    d.h1("5. Maintenance")
    d.clause("5.1", "Start maintenance at about half the disimpaction dose (or straight away if there was no "
             "impaction), and adjust the dose to produce a soft stool (type 4) every day or two:")
    d.grid(["Age", "Macrogol", "Senna syrup 7.5 mg/5 mL", "Sodium picosulfate elixir 5 mg/5 mL", "Lactulose"],
           [["1 to 4 years", "1 to 3 paediatric sachets a day", "2.5 mL to 7.5 mL at night (from 2 years)",
             "Specialist advice", "2.5 mL to 10 mL twice a day"],
            ["5 to 11 years", "2 to 4 paediatric sachets a day", "5 mL to 10 mL at night", "2.5 mL to 5 mL at night",
             "5 mL to 20 mL twice a day"],
            ["12 to 17 years", "1 to 2 adult sachets a day", "10 mL to 20 mL at night", "5 mL to 15 mL at night",
             "10 mL to 30 mL twice a day"]], [26, 36, 38, 38, 36], size=8.5)
    d.para("* Lactulose is a second choice when macrogol is not tolerated. Senna under 2 years: specialist advice "
           "only.", size=8.5, style="I")
    d.clause("5.2", "Continue the maintenance dose for at least 4 weeks after a regular bowel habit has been "
             "established. Then reduce the dose gradually over a period of months, guided by stool consistency "
             "and frequency. Many children need laxatives for several months; do not stop them abruptly.")
    d.clause("5.3", "Review the child at least every 6 weeks while on maintenance treatment. Refer to the "
             "paediatric team if there is no response after 3 months of optimum treatment in primary care.")
    d.h1("6. Diet, fluids and toileting")
    d.clause("6.1", "Do not use dietary changes alone as first-line treatment. Advise a balanced diet with fruit, "
             "vegetables, high-fibre bread and cereals, and enough to drink:")
    d.grid(["Age", "Total drinks per day (approximate)"],
           [["1 to 3 years", "1,300 mL"],
            ["4 to 8 years", "1,600 mL"],
            ["9 to 13 years", "2,000 mL (girls), 2,300 mL (boys)"],
            ["14 to 17 years", "2,200 mL (girls), 2,600 mL (boys)"]], [60, 90])
    d.clause("6.2", "Scheduled toileting: the child sits on the toilet for up to 5 minutes after each meal, with the "
             "feet supported on a step.")
    d.clause("6.3", "Rewards should be given for agreed behaviours, such as sitting on the toilet after meals or "
             "taking the medicine, and not for having clean underwear or opening the bowels, which the child "
             "cannot control.")
    d.clause("6.4", "Ask the family to keep a bowel diary, using the Bristol Stool Form Scale pictures, recording "
             "stools, soiling and doses, and to bring it to each review.")
    d.h1("7. School and nursery")
    d.clause("7.1", "With the family's agreement, write to the school nurse to ask for free access to the toilet "
             "during lessons and a discreet place to change.")
    return d.save("medical/childhood_constipation_guideline_elmstead.pdf")


# =============================================================================
# 5. Heart failure self-management plan for a named (invented) patient
# =============================================================================
def heart_failure_plan():
    d = Doc("My heart failure self-management plan", "Kingsmere Community Heart Failure Service",
            "Kingsmere Community Heart Failure Service - patient-held plan", accent=(160, 20, 40), body_size=10)
    d.title_block("MY HEART FAILURE SELF-MANAGEMENT PLAN",
                  "Patient: Mrs Rosalind Thackeray, date of birth 03/07/1949, hospital no. KM-5520937\n"
                  "Heart failure nurse: Gareth Ellery-Dunne. Plan agreed 21 September 2026; next review 14 "
                  "December 2026")
    d.grid(["My details", ""],
           [["Diagnosis", "Heart failure with reduced ejection fraction (ejection fraction 30%), after a heart "
             "attack in 2024"],
            ["My dry weight (target weight)", "68.4 kg"],
            ["My fluid allowance", "1.5 litres a day"],
            ["Salt", "No more than 6 g (one level teaspoon) a day in total; no salt added at the table"],
            ["My usual blood pressure and pulse", "About 112/70; pulse 62 to 70 beats a minute"]], [60, 110])
    d.grid(["My medicines", "Dose", "What it is for"],
           [["Furosemide 40 mg", "1 tablet in the morning", "Water tablet (diuretic): removes extra fluid"],
            ["Bisoprolol 5 mg", "1 tablet in the morning", "Slows and protects the heart"],
            ["Ramipril 5 mg", "1 capsule at night", "Lowers blood pressure; protects the heart and kidneys"],
            ["Spironolactone 25 mg", "1 tablet in the morning", "Protects the heart; keeps potassium in the body"],
            ["Dapagliflozin 10 mg", "1 tablet in the morning", "Protects the heart and kidneys"]], [50, 50, 70])
    d.h1("1. Weigh myself every day")
    d.para("Every morning after passing urine and before breakfast, wearing similar clothes, on the same scales "
           "standing on a hard floor. I write the weight in my diary and bring the diary to every appointment.")
    d.h1("2. My traffic-light plan")
    d.grid(["Zone", "What I notice", "What I do"],
           [["GREEN", "Weight within 1 kg of my dry weight; breathing as usual; ankles no more swollen than usual",
             "Carry on with my usual medicines and activity"],
            ["AMBER", "Weight up by 1.5 kg or more over 3 days, or by 2 kg in a week; more breathless when walking; "
             "needing more pillows at night; ankles or tummy more swollen",
             "Change my furosemide using the table in section 3; phone my heart failure nurse if no better "
             "in 3 days"],
            ["RED", "Breathless at rest, or waking up gasping; chest pain not eased by my GTN spray; fainting; "
             "coughing up pink, frothy spit", "Call 999"]], [22, 88, 60])
    d.h1("3. Changing my furosemide dose")
    d.para("Agreed with my heart failure nurse. Use my weight this morning, compared with my dry weight of 68.4 kg:")
    d.grid(["My weight this morning", "Above my dry weight by", "What I take"],
           [["Up to 69.4 kg", "Up to 1.0 kg", "Usual dose: 40 mg in the morning"],
            ["69.5 to 70.4 kg", "1.1 to 2.0 kg", "40 mg in the morning and 40 mg at 2 pm, for 3 days, then back "
             "to the usual dose if my weight is down"],
            ["70.5 to 71.4 kg", "2.1 to 3.0 kg", "80 mg in the morning and 40 mg at 2 pm, and phone my nurse the "
             "same day"],
            ["71.5 kg or more", "More than 3.0 kg", "Phone my nurse or GP urgently today; if breathless at rest, "
             "call 999"]], [45, 45, 80])
    d.para("I do not take furosemide after 4 pm, or I will be up in the night passing urine.", size=9, style="I")
    d.clause("3.1", "If my weight falls more than 1.5 kg below my dry weight (to 66.8 kg or less) and I feel dizzy, "
             "lightheaded when I stand up, or very thirsty, I may be too dry: miss one dose of furosemide and "
             "phone my nurse.")
    d.h1("4. When I am unwell (sick day rules)")
    d.para("If I am vomiting, have diarrhoea, or have a fever with sweats and shaking, and cannot eat and drink "
           "normally: stop ramipril, spironolactone, dapagliflozin and furosemide until I am well. Keep taking "
           "bisoprolol unless I feel dizzy or my pulse is below 50. Restart the stopped medicines 24 to 48 hours "
           "after I am eating and drinking normally again. If I am still unwell after 48 hours, contact my GP.")
    d.h1("5. Fluids and salt")
    d.clause("5.1", "My 1.5 litres includes all drinks. Foods that are liquid at room temperature count too: soup, "
             "jelly, ice cream and custard all count. Tips: use a small cup, spread drinks through the day, and "
             "suck ice cubes or frozen fruit pieces when thirsty.")
    d.clause("5.2", "Salt substitutes (low-sodium salts) contain potassium and must not be used, because "
             "spironolactone and ramipril already raise the potassium level.")
    d.clause("5.3", "Alcohol: no more than 1 small drink a day, counted in my fluid allowance.")
    d.h1("6. Blood tests and checks")
    d.clause("6.1", "Kidney function and potassium are checked 1 to 2 weeks after starting or increasing ramipril, "
             "spironolactone or dapagliflozin, then every 6 months if stable. My nurse tells me the results and "
             "whether a dose changes.")
    d.clause("6.2", "I check my blood pressure and pulse at home twice a week. I phone my nurse if my pulse is below "
             "50, or my top blood pressure number is below 90 and I feel dizzy.")
    d.h1("7. Activity and vaccines")
    d.clause("7.1", "Walk every day, building up slowly. Cardiac rehabilitation: 8-week course, 2 sessions a week "
             "at Kingsmere Leisure Centre, starting 5 October 2026.")
    d.clause("7.2", "Flu vaccine every autumn and COVID-19 boosters when offered. Pneumococcal vaccine: given in 2025, "
             "not needed again.")
    d.h1("8. Contacts")
    d.para("Heart failure nurse line 01632 960 584, Monday to Friday 08:30 to 16:30 (answerphone checked twice a "
           "day). Out of hours: NHS 111. Emergencies: 999.", style="B")
    return d.save("medical/heart_failure_plan_thackeray.pdf")


# =============================================================================
# 6. Chickenpox leaflet for parents (question-and-answer)
# =============================================================================
def chickenpox_leaflet():
    d = Doc("Chickenpox - a guide for parents and carers", "Leaflet CH-031",
            "Ousebridge Health Visiting and School Nursing Service", font="Times", accent=(0, 110, 110),
            body_size=10.5)
    d.title_block("Chickenpox: a guide for parents and carers",
                  "How to look after your child at home, and when to get help. Reviewed August 2026.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is chickenpox?",
       "Chickenpox is a common illness caused by the varicella zoster virus. Most children catch it before they are "
       "10. It starts with a fever and feeling unwell, then itchy red spots appear that turn into blisters full of "
       "fluid and then dry into scabs. Spots can appear anywhere on the body, including inside the mouth. New spots "
       "keep appearing for 3 to 5 days.")
    qa("How does it spread, and how soon after contact does it start?",
       "It spreads very easily in coughs and sneezes and by touching the fluid in the blisters. The time from "
       "catching it to the first spots (the incubation period) is 10 to 21 days, usually 14 to 16 days.")
    qa("When is my child infectious?",
       "From 2 days before the spots appear until all the spots have crusted over. This is usually about 5 days "
       "after the first spots appeared.")
    qa("When can my child go back to nursery or school?",
       "Keep your child at home until all the spots have crusted over. There is no need to wait for the scabs to "
       "fall off. Tell the nursery or school, because staff who are pregnant need to know.")
    qa("How can I ease the symptoms?",
       "Give paracetamol for fever or pain, following the dose on the pack for your child's age. Do not give "
       "ibuprofen to a child with chickenpox unless a doctor tells you to, because it can increase the risk of "
       "serious skin infections. Never give aspirin to children under 16. Calamine lotion or cooling gels can "
       "soothe the skin. Dress your child in loose cotton clothes, keep nails short, and put socks or mittens on "
       "babies at night to stop scratching. Give plenty of drinks; ice lollies help if the mouth is sore.")
    qa("Can I give an antihistamine for the itching?",
       "Chlorphenamine oral solution 2 mg/5 mL can help the itching and sleep in children aged 1 year and over. It "
       "can make children sleepy or, sometimes, overexcited. Give the dose for your child's age:")
    d.grid(["Age", "Dose of chlorphenamine 2 mg/5 mL", "Maximum in 24 hours"],
           [["1 year to under 2 years", "1 mg (2.5 mL) twice a day", "2 doses"],
            ["2 to 5 years", "1 mg (2.5 mL) every 4 to 6 hours", "6 mg (15 mL)"],
            ["6 to 11 years", "2 mg (5 mL) every 4 to 6 hours", "12 mg (30 mL)"],
            ["12 years and over", "4 mg (10 mL) every 4 to 6 hours", "24 mg (60 mL)"]], [50, 70, 50])
    d.para("Not for babies under 1 year. Ask a pharmacist first if your child takes any other medicines.", size=9,
           style="I")
    qa("Does my child need antiviral medicine?",
       "Most healthy children do not. A doctor may prescribe aciclovir for young people aged 14 and over, for "
       "children with another skin condition such as severe eczema, or for children with a weakened immune "
       "system, ideally starting within 24 hours of the rash appearing.")
    qa("When should I get medical help?",
       "Call 999 or go to A&E if your child has difficulty breathing, has a fit, is floppy, very drowsy or hard to "
       "wake, or has a rash that does not fade when you press a glass on it and seems very unwell.")
    d.para("Contact your GP or NHS 111 the same day if:")
    d.bullets(["the skin around the blisters becomes red, hot, swollen or painful (it may be infected), or your child "
               "seemed to be getting better and then gets worse;",
               "your child is not drinking, or has passed little or no urine for 12 hours;",
               "spots are in or very close to the eyes;",
               "your baby is under 4 weeks old, or your child has a weakened immune system (for example because of "
               "chemotherapy or high-dose steroids)."])
    qa("I am pregnant and have been near someone with chickenpox. What should I do?",
       "If you are pregnant and have not had chickenpox, or are not sure, contact your midwife or GP straight away, "
       "even if you feel well. A blood test can check whether you are immune and, if needed, treatment is best "
       "given within 10 days of contact. The same applies to babies under 4 weeks and to people with a weakened "
       "immune system.")
    qa("Can my child get chickenpox twice?",
       "It is rare. After chickenpox the virus stays in the body and can come back years later as shingles. "
       "Someone with shingles can pass chickenpox to a person who has not had it, but you cannot catch shingles "
       "from someone with chickenpox.")
    qa("Will the spots leave scars?",
       "Most spots heal without scarring. Scratching, or spots that become infected, can leave small scars, so try "
       "to stop your child scratching.")
    qa("Is there a vaccine?",
       "Yes. The chickenpox vaccine is now part of the routine childhood programme, given with MMR as the MMRV "
       "vaccine at 12 months and 18 months. Children who have already had chickenpox still have MMRV at the usual "
       "ages.")
    d.para("Health visitor duty line: 01632 960 377 (Monday to Friday 09:00 to 17:00).", size=9.5, style="B")
    return d.save("medical/chickenpox_leaflet_ousebridge.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([will_writing_terms, garage_terms, hosting_agreement,
                       constipation_guideline, heart_failure_plan, chickenpox_leaflet], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
