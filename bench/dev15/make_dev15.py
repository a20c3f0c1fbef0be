"""Render the fifteenth development-set documents (fictional) as PDFs into bench/dev15/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: dog and
cat boarding kennel terms (daily rates by dog size and season, deposit, cancellation by notice before
arrival, vaccinations), holiday cottage booking conditions (cancellation charges by days before arrival,
damage deposit by property size, pets, extras), a business fibre broadband agreement with a schedule of
charges after the signatures (early termination by contract month, service credits by restoration time,
speed guarantee), an inpatient alcohol withdrawal guideline for clinicians (symptom-triggered
chlordiazepoxide by CIWA-Ar score band, a fixed reducing regimen by day and severity), an alendronic acid
patient leaflet in question-and-answer form, and a cataract surgery discharge letter for a named (invented)
patient (eye-drop schedule by week). Questions: bench/dev15/questions.jsonl. All names, products and numbers
are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev15/make_dev15.py [--check]
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
Doc = set_doc(lambda: OUT, "Development set 15 (fictional document)", "make_dev15.py", FIXED_DATE)


# =============================================================================
# 1. Boarding kennels and cattery terms and conditions
# =============================================================================
def kennel_terms():
    d = Doc("Hollowbrook Kennels & Cattery - Boarding Terms", "Terms of boarding, edition 7 (March 2026)",
            "Hollowbrook Kennels & Cattery, Ashenford Lane, Ashenford", accent=(90, 60, 20))
    d.title_block("BOARDING TERMS AND CONDITIONS",
                  "Hollowbrook Kennels & Cattery (\"we\", \"us\"), licensed by Ashenford District Council for "
                  "the boarding of dogs and cats, licence no. ADC/AB/0412. These terms apply to every booking "
                  "made by the owner or the person bringing the pet (the \"Owner\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Boarding Day\" means each calendar day on which your pet is in our care, including the day "
             "of arrival and the day of collection; each Boarding Day is charged as a full day. \"Booked "
             "Fees\" means the total boarding fees for the booked dates, including extras. \"Peak Period\" "
             "means 1 July to 31 August, the Easter weekend, the October half-term week and 20 December to "
             "3 January.")
    d.clause("1.2", "\"Pet\" means a dog or cat accepted for boarding. We do not board rabbits, birds or other "
             "animals.")
    d.h1("2. Bookings and deposit")
    d.clause("2.1", "A booking is confirmed when we receive a deposit of 25% of the Booked Fees, subject to a "
             "minimum GBP 30 per booking, within 7 days of the provisional booking. Provisional bookings "
             "without a deposit are released after 7 days.")
    d.clause("2.2", "Bookings that include any day in the Peak Period must be for at least 5 Boarding Days.")
    d.clause("2.3", "Puppies must be at least 16 weeks old and kittens at least 12 weeks old on the day of "
             "arrival. Bitches in season are not accepted; if a bitch comes into season during her stay she is "
             "moved to an isolation kennel at a surcharge of GBP 5 per day.")
    d.h1("3. Boarding fees")
    d.clause("3.1", "Daily rates per Boarding Day for dogs depend on the dog's weight, measured on our scales "
             "on arrival, and on whether the day falls in the Peak Period:")
    d.grid(["Size of dog", "Weight on arrival", "Standard daily rate", "Peak daily rate"],
           [["Small", "Up to 10 kg", "GBP 24", "GBP 28"],
            ["Medium", "10.1 kg to 25 kg", "GBP 27", "GBP 32"],
            ["Large", "25.1 kg to 40 kg", "GBP 31", "GBP 36"],
            ["Giant", "Over 40 kg", "GBP 35", "GBP 41"]], [30, 45, 45, 45])
    d.para("* Cats: GBP 16 per Boarding Day all year round. A second dog of the same household sharing a kennel "
           "is charged at its size rate less 30%; a second cat sharing a chalet is charged GBP 9 per day.",
           size=8.5, style="I")
    d.clause("3.2", "Owners may bring their pet's usual food. This makes no reduction in the daily rate. Raw "
             "diets must be supplied frozen in labelled daily portions, and a handling charge of GBP 2.50 "
             "per day applies.")
    d.clause("3.3", "We give tablets and liquid medicines once or twice a day free of charge. Injections (for "
             "example insulin) are charged at GBP 3 per day. A bath before collection can be booked at "
             "reception.")
    d.h1("4. Cancellation by the Owner")
    d.clause("4.1", "If the Owner cancels a confirmed booking, the following charges apply according to how many "
             "days before the arrival date we receive notice of cancellation:")
    d.grid(["Notice given before the arrival date", "Cancellation charge"],
           [["28 days or more", "Deposit refunded less a GBP 10 administration fee"],
            ["14 to 27 days", "Deposit kept; nothing further to pay"],
            ["7 to 13 days", "50% of the Booked Fees (the deposit counts towards this)"],
            ["Fewer than 7 days, or the Pet is not brought", "100% of the Booked Fees"]], [75, 95])
    d.clause("4.2", "If the Owner collects the Pet early, the Booked Fees remain payable in full.")
    d.h1("5. Arrival and collection")
    d.clause("5.1", "Arrivals and collections are by appointment only, at these times:")
    d.bullets(["Monday to Saturday: 08:00 to 11:00 and 15:00 to 18:00;",
               "Sunday: 10:00 to 12:00 (collections only);",
               "closed for arrivals and collections on 25 and 26 December and 1 January."])
    d.clause("5.2", "If a Pet is not collected within 7 days after the booked collection date and we have been "
             "unable to contact the Owner or the emergency contact, we may treat the Pet as abandoned and, "
             "after a further 14 days, rehome it through a registered rescue. Fees continue to accrue until "
             "then.")
    d.h1("6. Vaccinations and parasites")
    d.clause("6.1", "Dogs must be vaccinated against distemper, hepatitis and parvovirus (booster within the last "
             "3 years) and leptospirosis (booster within the last 12 months). The kennel cough vaccine must "
             "have been given at least 14 days before arrival and within the last 12 months.")
    d.clause("6.2", "Cats must be vaccinated against cat flu and feline enteritis, with a booster within the last "
             "12 months; a first (primary) course must have been completed at least 7 days before arrival.")
    d.clause("6.3", "The vaccination certificate must be shown at every arrival. A Pet without valid vaccinations "
             "will be refused and the Booked Fees charged in full under clause 4.1. Pets found with fleas are "
             "treated at a charge of GBP 12.")
    d.h1("7. Health and veterinary treatment")
    d.clause("7.1", "We use Ashenford Veterinary Centre. If your Pet becomes unwell we will try to contact you or "
             "your emergency contact. If we cannot reach either of you, the Owner authorises us to arrange "
             "veterinary treatment costing up to GBP 500 without further consent, and more than that only if "
             "the vet advises it is needed to relieve suffering.")
    d.clause("7.2", "All veterinary fees and the cost of taking the Pet to the vet are paid by the Owner on "
             "collection. Pet insurance claim forms may be left with us for the vet to complete.")
    d.clause("7.3", "Pets over 12 years of age, or with a known medical condition, are accepted only with a "
             "completed health form signed by the Owner.")
    d.h1("8. Exercise and care")
    d.clause("8.1", "Dogs are walked individually on our own fields twice a day. Group play is offered only with "
             "the Owner's written consent and only for neutered dogs over 6 months old that have passed our "
             "temperament check.")
    d.h1("9. Payment and liability")
    d.clause("9.1", "The balance of the Booked Fees, and any extras, must be paid on collection by card or bank "
             "transfer. We do not accept cheques. We may keep the Pet until all fees are paid, charging the "
             "daily rate meanwhile.")
    d.clause("9.2", "We take all reasonable care but, except where caused by our negligence, we are not liable "
             "for illness, injury or death of a Pet, including stress-related illness. Our liability for any "
             "other loss is limited to the Booked Fees for the booking.")
    d.clause("9.3", "Complaints should be made to the kennel manager at collection, or in writing within 14 days "
             "to bookings@hollowbrook.example.")
    return d.save("legal/kennel_boarding_terms_hollowbrook.pdf")


# =============================================================================
# 2. Holiday cottage booking conditions
# =============================================================================
def cottage_booking():
    d = Doc("Penvarra Cottages - Booking Conditions 2027", "Booking conditions for holidays in 2027",
            "Penvarra Holiday Cottages Ltd, Harbour Row, St Corwenna", font="Times", accent=(20, 80, 100),
            body_size=10.5)
    d.title_block("BOOKING CONDITIONS",
                  "These booking conditions form the contract between Penvarra Holiday Cottages Ltd (\"we\", "
                  "\"us\"), acting as agent for the owners of the properties, and the person who makes the "
                  "booking (the \"Lead Guest\") on behalf of everyone in the Party.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Property\" means the holiday cottage, apartment or lodge named on the booking "
             "confirmation. \"Party\" means everyone staying at the Property, including children and infants. "
             "\"Holiday Price\" means the price for the Property for the booked dates, excluding extras, pet "
             "charges and the Damage Deposit. \"Arrival Date\" means the first day of the holiday.")
    d.h1("2. Booking and payment")
    d.clause("2.1", "To book, the Lead Guest pays a deposit of 30% of the Holiday Price. The contract is made "
             "when we send the booking confirmation.")
    d.clause("2.2", "The balance is due 8 weeks before the Arrival Date. Bookings made less than 8 weeks before "
             "the Arrival Date must be paid in full at the time of booking. If the balance is not paid on time, "
             "we may treat the booking as cancelled by the Lead Guest, and the cancellation charges in clause "
             "4 apply.")
    d.clause("2.3", "The Holiday Price includes bed linen and towels, electricity, heating and wifi. Logs for "
             "wood burners, hot tubs and other extras are charged as shown in the Extras table.")
    d.clause("2.4", "Short breaks are for a minimum of 3 nights. In July and August most Properties are let by "
             "the week only, with a Saturday changeover day.")
    d.h1("3. The Party")
    d.clause("3.1", "The number of people in the Party must not exceed the maximum shown for the Property. "
             "Infants under 2 years do not count towards the maximum, up to one infant per Property. We may "
             "refuse entry to any extra people without refund.")
    d.clause("3.2", "At least one member of the Party must be aged 21 or over and must stay at the Property for "
             "the whole holiday. Bookings for single-sex groups, hen or stag parties are accepted only with "
             "our written agreement.")
    d.h1("4. Cancellation by the Lead Guest")
    d.clause("4.1", "Cancellation must be made in writing. The charge depends on how many days before the "
             "Arrival Date we receive it:")
    d.grid(["Days before the Arrival Date", "Cancellation charge"],
           [["More than 84 days", "Loss of the deposit"],
            ["56 to 84 days", "50% of the Holiday Price"],
            ["29 to 55 days", "75% of the Holiday Price"],
            ["28 days or fewer, or no-show", "100% of the Holiday Price"]], [70, 90])
    d.clause("4.2", "If we re-let the Property for the same dates, we refund the money received for the re-let, "
             "up to the amount paid, less an administration fee of GBP 40. We strongly recommend that the "
             "Lead Guest takes out holiday cancellation insurance at the time of booking.")
    d.clause("4.3", "The Lead Guest may change the dates of a booking once, up to 56 days before the Arrival "
             "Date, for a fee of GBP 35, subject to availability. Any difference in the Holiday Price is "
             "payable or refundable.")
    d.h1("5. Cancellation or changes by us")
    d.clause("5.1", "If we have to cancel a booking (for example, because the Property is sold or badly "
             "damaged), we will offer a comparable Property or a full refund of all money paid. We are not "
             "liable for travel costs already incurred, except that if we cancel within 14 days of the "
             "Arrival Date we also pay compensation of 10% of the Holiday Price.")
    d.h1("6. Damage Deposit")
    d.clause("6.1", "A refundable Damage Deposit is taken from the Lead Guest's card 7 days before the Arrival "
             "Date:")
    d.grid(["Property sleeps", "Damage Deposit"],
           [["Up to 7 people", "GBP 200"],
            ["8 people or more", "GBP 300"]], [70, 60])
    d.clause("6.2", "The Damage Deposit is refunded within 10 days after departure, less the cost of any "
             "breakages, damage, extra cleaning or missing items. Where the cost is more than the Damage "
             "Deposit, the Lead Guest pays the difference.")
    d.h1("7. Pets")
    d.clause("7.1", "Dogs are allowed only in Properties marked as pet-friendly, up to a maximum of 2 dogs. The "
             "pet charge is GBP 30 per dog per week (GBP 20 per dog for a short break). Dogs must not be left "
             "alone in the Property, or be allowed on beds or upstairs. Cats and other pets are not "
             "allowed. Assistance dogs are welcome in any Property at no charge.")
    d.h1("8. Arrival and departure")
    d.clause("8.1", "The Property is available from 16:00 on the Arrival Date and must be vacated by 10:00 on "
             "the day of departure. Late departure may be arranged with the key holder at GBP 25 per hour, "
             "subject to the next booking. Early arrival is not guaranteed.")
    d.clause("8.2", "Smoking and vaping are not permitted inside any Property. Breach of this clause may lead to "
             "a deep-cleaning charge taken from the Damage Deposit.")
    d.h1("9. Complaints and liability")
    d.clause("9.1", "Any problem during the holiday must be reported to the key holder or our office at once, so "
             "that it can be put right. Complaints not resolved during the stay must be made in writing within "
             "28 days after the end of the holiday.")
    d.clause("9.2", "Our liability to the Lead Guest and the Party is limited to the Holiday Price, except for "
             "death or personal injury caused by our negligence. We are not responsible for interruptions to "
             "wifi, mobile signal or public services outside our control.")
    d.h1("Extras (2027 prices)")
    d.grid(["Extra", "Price", "Notes"],
           [["Travel cot and highchair", "Free", "Request at booking"],
            ["Log basket", "GBP 12 per basket", "Properties with a wood burner"],
            ["Hot tub", "GBP 75 per stay", "Where fitted; cleaned between stays"],
            ["Additional mid-stay clean", "GBP 60", "Book at least 48 hours ahead"],
            ["Electric vehicle charging", "At cost", "Metered at the charger"]], [60, 45, 65])
    return d.save("legal/holiday_cottage_booking_penvarra.pdf")


# =============================================================================
# 3. Business fibre broadband agreement (schedule of charges after the signatures)
# =============================================================================
def broadband_agreement():
    d = Doc("Business Fibre Agreement - Brightline Fibre / Pennock & Daughters", "Agreement no. BLF-B-448213",
            "Brightline Fibre Ltd - Business Services", accent=(0, 90, 60))
    d.title_block("BUSINESS FIBRE BROADBAND AGREEMENT",
                  "Dated 2 March 2026, between Brightline Fibre Ltd, company no. 11204578 (\"Brightline\"), and "
                  "Pennock & Daughters Bakery Ltd, company no. 08840127, of 14 Mill Street, Ashenford (the "
                  "\"Customer\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Service Start Date\" means the date the Service is first live at the Premises. "
             "\"Minimum Term\" means 24 months from the Service Start Date. \"Monthly Charge\" means the charge "
             "for the Package and any monthly add-ons. \"Working Hours\" means 08:00 to 18:00, Monday to "
             "Friday, excluding public holidays in England. \"Fault\" means a total loss of the Service at the "
             "Premises not caused by the Customer.")
    d.h1("2. The Service and packages")
    d.clause("2.1", "Brightline provides full-fibre broadband to the Premises on the Package chosen below. The "
             "Customer has chosen Fibre 500 with one static IP address.")
    d.grid(["Package", "Download speed (up to)", "Minimum guaranteed download speed", "Monthly Charge"],
           [["Fibre 150", "150 Mbps", "75 Mbps", "GBP 38"],
            ["Fibre 500", "500 Mbps", "250 Mbps", "GBP 52"],
            ["Fibre 900", "900 Mbps", "450 Mbps", "GBP 68"]], [35, 45, 55, 35])
    d.para("* Prices exclude VAT. There are no data caps or traffic management on any Package.", size=8.5,
           style="I")
    d.clause("2.2", "Speed guarantee: if the Customer's download speed, measured with Brightline's speed test "
             "over a wired connection, is below the minimum guaranteed download speed on 3 consecutive days, "
             "the Customer may report it. Brightline has 30 days from the report to restore the speed. If it "
             "does not, the Customer may end the Agreement without an early termination charge.")
    d.h1("3. Charges and price changes")
    d.clause("3.1", "The Monthly Charge is billed monthly in advance by direct debit. One-off charges are set out "
             "in the Schedule.")
    d.clause("3.2", "On 1 April each year the Monthly Charge increases by GBP 3 per month. This fixed increase is "
             "agreed now and does not give the Customer a right to end the Agreement. Any other increase "
             "will be notified at least 30 days in advance and the Customer may then end the Agreement "
             "without charge.")
    d.clause("3.3", "If a payment is overdue, a late payment fee is charged for each overdue invoice. If any "
             "amount is 21 days overdue, Brightline may suspend the Service until payment, and a reconnection "
             "fee applies.")
    d.h1("4. Faults and service credits")
    d.clause("4.1", "Brightline aims to restore a Fault within 16 Working Hours of it being reported (the "
             "\"Target Restoration Time\"). If it does not, the Customer is entitled to a service credit "
             "against the next invoice:")
    d.grid(["Fault restored", "Service credit"],
           [["Within 16 Working Hours", "None"],
            ["More than 16 and up to 24 Working Hours", "10% of the Monthly Charge"],
            ["More than 24 and up to 48 Working Hours", "25% of the Monthly Charge"],
            ["More than 48 Working Hours", "50% of the Monthly Charge"]], [90, 70])
    d.clause("4.2", "Service credits must be claimed within 30 days of the Fault being restored and are capped "
             "at 100% of one Monthly Charge in any 12-month period. They are the Customer's only remedy for "
             "delay in restoring a Fault.")
    d.h1("5. Ending the Agreement")
    d.clause("5.1", "After the Minimum Term, the Agreement continues month to month until either party gives 30 "
             "days' written notice.")
    d.clause("5.2", "If the Customer ends the Agreement before the end of the Minimum Term (other than under "
             "clauses 2.2 or 3.2), an early termination charge is payable, depending on the month of the "
             "Minimum Term in which the Agreement ends:")
    d.grid(["Agreement ends in", "Early termination charge"],
           [["Months 1 to 6", "All remaining Monthly Charges plus the installation charge"],
            ["Months 7 to 12", "All remaining Monthly Charges"],
            ["Months 13 to 24", "50% of the remaining Monthly Charges"]], [60, 110])
    d.clause("5.3", "As a business customer, the Customer has no statutory cooling-off right. The Customer may "
             "cancel without charge before the Service Start Date only if installation is more than 30 days "
             "later than the date first agreed.")
    d.h1("6. Equipment and moving premises")
    d.clause("6.1", "The router remains Brightline's property. It must be returned in the prepaid bag within 30 "
             "days after the Agreement ends; otherwise the non-return charge in the Schedule is payable.")
    d.clause("6.2", "If the Customer moves premises within the Minimum Term, Brightline will move the Service "
             "where its network is available, for the relocation fee in the Schedule, and a new Minimum Term "
             "of 12 months starts on the new Service Start Date. Where the network is not available, clause "
             "5.2 applies.")
    d.h1("7. Liability and law")
    d.clause("7.1", "Brightline's total liability in any contract year is limited to the greater of GBP 5,000 "
             "and the charges paid by the Customer in that year. Brightline is not liable for loss of "
             "profits, sales or business.")
    d.clause("7.2", "This Agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed for Brightline Fibre Ltd by Ravinder Okafor-Lees, Business Sales Manager",
                       "Signed for Pennock & Daughters Bakery Ltd by Margaret Pennock, Director"])
    d.h1("SCHEDULE - ONE-OFF AND OPTIONAL CHARGES")
    d.para("All charges exclude VAT and apply from the date of this Agreement.")
    d.grid(["Item", "Charge"],
           [["Installation", "GBP 150 (waived on a 24-month Minimum Term)"],
            ["Static IP address (each)", "GBP 5 per month"],
            ["4G backup service", "GBP 12 per month"],
            ["Engineer visit where no Fault is found", "GBP 85"],
            ["Missed engineer appointment", "GBP 60"],
            ["Late payment fee", "GBP 10 per overdue invoice"],
            ["Reconnection after suspension", "GBP 30"],
            ["Relocation to new premises", "GBP 120"],
            ["Router not returned within 30 days", "GBP 95"]], [100, 70])
    return d.save("legal/business_broadband_brightline_pennock.pdf")


# =============================================================================
# 4. Alcohol withdrawal guideline (clinicians)
# =============================================================================
def alcohol_withdrawal():
    d = Doc("Management of Alcohol Withdrawal in Adult Inpatients", "Clinical guideline CG-071, version 3",
            "Calderbrook Hospitals NHS Trust - Drug and Therapeutics Committee", accent=(110, 30, 30))
    d.title_block("ALCOHOL WITHDRAWAL IN ADULT INPATIENTS",
                  "Guideline for doctors, nurses and pharmacists. Approved September 2026; review September "
                  "2029.")
    d.h1("1. Scope")
    d.clause("1.1", "For adults aged 18 and over admitted to any ward who are dependent on alcohol or are "
             "showing signs of alcohol withdrawal. Not for use in pregnancy (contact the obstetric team and "
             "the alcohol liaison team) or in people under 18 (contact the paediatric team).")
    d.h1("2. Assessment on admission")
    d.clause("2.1", "Record the usual daily alcohol intake in units, the time of the last drink, any past "
             "withdrawal seizures or delirium tremens, and a breath alcohol reading. Send full blood count, "
             "U&E, LFT, magnesium, phosphate and glucose.")
    d.clause("2.2", "Score withdrawal with the CIWA-Ar scale on admission and then as set out in section 4. Do "
             "not start a benzodiazepine while the breath alcohol is above 0.5 mg/L unless there are signs of "
             "withdrawal.")
    d.clause("2.3", "Severity of dependence for a fixed regimen (section 5): moderate = 15 to 25 units a day; "
             "severe = more than 25 units a day, or a history of withdrawal seizures or delirium tremens at any "
             "intake. People drinking under 15 units a day with no history of complicated withdrawal do not "
             "usually need a regimen; score them every 4 hours for 24 hours.")
    d.h1("3. Thiamine")
    d.clause("3.1", "Give every patient oral thiamine 100 mg three times a day for the whole admission.")
    d.clause("3.2", "Give IV Pabrinex (vitamins B and C) instead, 2 pairs of ampoules three times a day for 3 to 5 "
             "days, to patients with any sign of Wernicke's encephalopathy (confusion, ataxia, "
             "ophthalmoplegia or nystagmus, unexplained hypothermia or low blood pressure) and to malnourished "
             "patients. Give it before any glucose infusion.")
    d.h1("4. Symptom-triggered chlordiazepoxide (first choice)")
    d.para("Use on wards where nurses can score CIWA-Ar at the intervals below. Dose according to the score:")
    d.grid(["CIWA-Ar score", "Action", "Next score"],
           [["Under 10", "No chlordiazepoxide", "Reassess every 4 hours"],
            ["10 to 15", "Chlordiazepoxide 20 mg orally", "Reassess after 2 hours"],
            ["16 to 20", "Chlordiazepoxide 30 mg orally", "Reassess after 1 hour"],
            ["Over 20", "Chlordiazepoxide 40 mg orally and inform the medical registrar",
             "Reassess after 1 hour"]], [30, 95, 45])
    d.clause("4.1", "Do not give more than 250 mg in 24 hours without a review by a specialty registrar or "
             "consultant. Stop scoring when the score has been under 10 for 24 hours without medication.")
    d.clause("4.2", "Hold doses if the patient is drowsy (sedation score 2 or more) or the respiratory rate is "
             "below 10 per minute.")
    d.add_page()  # the fixed regimen starts a page of its own, so its table is not split
    d.h1("5. Fixed reducing regimen (when symptom-triggered dosing is not possible)")
    d.para("Choose the column by the severity of dependence (clause 2.3). Doses are chlordiazepoxide orally; QDS "
           "= four times a day, TDS = three times a day, BD = twice a day, ON = at night.")
    d.grid(["Day", "Moderate dependence", "Severe dependence"],
           [["Day 1", "20 mg QDS", "30 mg QDS"],
            ["Day 2", "15 mg QDS", "25 mg QDS"],
            ["Day 3", "10 mg QDS", "20 mg QDS"],
            ["Day 4", "10 mg TDS", "15 mg QDS"],
            ["Day 5", "5 mg QDS", "10 mg QDS"],
            ["Day 6", "5 mg BD", "10 mg TDS"],
            ["Day 7", "Stop", "5 mg TDS"],
            ["Day 8", "-", "5 mg ON, then stop"]], [30, 70, 70])
    d.clause("5.1", "Continue CIWA-Ar scoring every 4 hours on a fixed regimen; give an extra 10 mg to 20 mg of "
             "chlordiazepoxide (maximum 4 extra doses in 24 hours) if the score is 10 or more.")
    d.h1("6. Liver disease, the elderly and complications")
    d.clause("6.1", "In decompensated liver disease (jaundice, ascites or encephalopathy) use lorazepam instead "
             "of chlordiazepoxide: 1 mg of lorazepam for each 25 mg of chlordiazepoxide in the tables above, "
             "and discuss with the gastroenterology team.")
    d.clause("6.2", "In people aged 75 and over, start with half the doses in section 4 or 5.")
    d.clause("6.3", "Withdrawal seizure: give lorazepam 4 mg IV (or buccal midazolam 10 mg if there is no IV "
             "access), then check glucose. A first seizure always needs a medical review.")
    d.clause("6.4", "Delirium tremens (confusion, hallucinations and agitation with tremor and sweating) is a "
             "medical emergency: inform the medical registrar, nurse in a quiet side room where possible and "
             "give oral lorazepam 1 mg to 2 mg, repeated hourly if needed (maximum 8 mg in 24 hours).")
    d.h1("7. Discharge")
    d.clause("7.1", "Chlordiazepoxide is not supplied on discharge except to complete a reducing regimen already "
             "started on the ward, and then for no more than 3 days. Refer every patient to the alcohol "
             "liaison team before discharge; relapse-prevention medicines (acamprosate, naltrexone) are "
             "started by that team.")
    d.para("Alcohol liaison team: bleep 4417 (Mon-Fri 08:30-17:00). Out of hours: on-call medical registrar.",
           size=9, style="I")
    return d.save("medical/alcohol_withdrawal_guideline_calderbrook.pdf")


# =============================================================================
# 5. Alendronic acid patient leaflet (question-and-answer)
# =============================================================================
def alendronate_leaflet():
    d = Doc("Alendronic acid for your bones - patient information", "Leaflet BH-204",
            "Harrowmead Fracture Liaison Service - Harrowmead Community Health", accent=(40, 70, 130),
            body_size=10.5)
    d.title_block("Alendronic acid 70 mg once a week",
                  "Information for people starting alendronic acid to protect their bones. Please keep this "
                  "leaflet with your medicines.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is alendronic acid for?",
       "Alendronic acid is a bisphosphonate. It slows down the breakdown of bone and helps to keep bones strong. "
       "It is used to treat osteoporosis (thinning of the bones) and lowers the risk of breaking a bone, "
       "particularly the hip and the spine.")
    qa("How do I take it?",
       "Take one 70 mg tablet once a week, on the same day each week. Take it first thing in the morning, as "
       "soon as you get up, on an empty stomach. Swallow the tablet whole with a full glass of plain tap water "
       "(at least 200 ml). Do not take it with mineral water, tea, coffee, juice or milk, as these stop it "
       "being absorbed. Do not chew or suck the tablet.")
    qa("Why must I stay upright afterwards?",
       "After taking the tablet, stay upright (sitting, standing or walking) for at least 30 minutes and do not "
       "lie down again. This stops the tablet irritating your food pipe (oesophagus). Wait at least 30 minutes "
       "before you have breakfast, any other drink or any other medicine.")
    qa("What about my calcium and vitamin D tablets?",
       "Most people are also given a calcium and vitamin D tablet to take every day. On the day you take "
       "alendronic acid, take your calcium at least 4 hours after it, for example at lunchtime or in the "
       "evening. Calcium taken at the same time stops alendronic acid working.")
    qa("What if I forget a dose?",
       "If you forget your tablet on your usual day, take one tablet the next morning after you remember. Then "
       "go back to taking it on your usual day. Do not take two tablets on the same day.")
    qa("What side effects might I get?",
       "The most common side effects are indigestion, heartburn, stomach pain, wind, constipation or "
       "diarrhoea, and aching muscles or joints. Stop taking alendronic acid and contact your GP if you get "
       "pain on swallowing, difficulty swallowing, new or worsening heartburn, or pain behind the breastbone.")
    qa("Are there any rare but important side effects?",
       "Tell your doctor if you get new pain, weakness or discomfort in the thigh, hip or groin: rarely this is "
       "a sign of an unusual fracture of the thigh bone. Very rarely, alendronic acid can cause damage to the "
       "jaw bone (osteonecrosis of the jaw); tell your doctor or dentist about loose teeth, pain, swelling or a "
       "sore that does not heal in the mouth. Ear pain or discharge from the ear is also rare.")
    qa("Do I need to see a dentist?",
       "Have a dental check-up before starting if you can, and tell your dentist you take alendronic acid. Keep "
       "your teeth and gums healthy by brushing twice a day and having regular check-ups.")
    qa("Can everyone take it?",
       "Alendronic acid is not recommended if your kidney function is low (eGFR is below 35), if you have a "
       "low blood calcium level, if you have problems with your food pipe, or if you cannot sit or stand "
       "upright for 30 minutes. If you cannot take it, your doctor may offer another treatment, such as a "
       "yearly zoledronic acid drip at the hospital.")
    qa("How long will I take it for?",
       "Your treatment will be reviewed after 5 years. Many people can then have a treatment break (sometimes "
       "called a drug holiday) of 18 months to 3 years, because the effect on bone lasts after stopping. People "
       "at higher risk - for example those aged 75 or over, those who have broken a hip or a bone in the spine, "
       "or those taking steroid tablets - may be advised to continue for up to 10 years.")
    qa("Who can I contact?",
       "Harrowmead Fracture Liaison Service: 01632 960 774 (Monday to Friday, 09:00 to 16:00). For urgent "
       "problems out of hours, call NHS 111.")
    return d.save("medical/alendronic_acid_leaflet_harrowmead.pdf")


# =============================================================================
# 6. Cataract surgery discharge letter for a named (invented) patient
# =============================================================================
def cataract_discharge():
    d = Doc("Discharge information after cataract surgery", "Thornbury Eye Unit",
            "Thornbury Eye Unit, Thornbury General Hospital", accent=(20, 60, 110))
    d.title_block("AFTER YOUR CATARACT OPERATION",
                  "Personal discharge information for Mrs Philippa Ravensworth-Oduya. Please bring this sheet "
                  "and your eye drops to every appointment.")
    d.grid(["Item", "Details"],
           [["Patient", "Mrs Philippa Ravensworth-Oduya, date of birth 09/03/1949, hospital no. TEU-5518204"],
            ["Operation", "Right cataract removal (phacoemulsification) with lens implant"],
            ["Date of operation", "Wednesday 14 October 2026"],
            ["Anaesthetic", "Local anaesthetic drops and a small injection around the eye"],
            ["Lens implanted", "Monofocal lens, 21.5 dioptres, set for distance vision"],
            ["Surgeon", "Ms Adaeze Fairclough-Nunn, Consultant Ophthalmologist"],
            ["Complications", "None"]], [40, 130])
    d.h1("1. Your eye drops")
    d.para("Start the drops on the evening of your operation, in your RIGHT eye only. Wash your hands first. If "
           "you use two different drops, leave at least 5 minutes between them. Week 1 starts on the day of "
           "your operation.")
    d.grid(["Eye drop", "Weeks 1 and 2", "Week 3", "Week 4", "After week 4"],
           [["Dexamethasone 0.1% (steroid, to settle inflammation)", "4 times a day", "3 times a day",
             "2 times a day", "Stop"],
            ["Chloramphenicol 0.5% (antibiotic)", "4 times a day", "Stop", "-", "-"]],
           [62, 28, 27, 27, 26])
    d.clause("1.1", "Last chloramphenicol drops: Tuesday 27 October 2026 (2 weeks only). Last dexamethasone "
             "drops: Tuesday 10 November 2026.")
    d.clause("1.2", "Do not stop the dexamethasone early, even if the eye feels fine, unless the eye unit tells "
             "you to.")
    d.h1("2. Protecting your eye")
    d.clause("2.1", "Wear the plastic eye shield at night for 1 week, so that you do not rub the eye while "
             "asleep. During the day you may wear your usual glasses or sunglasses.")
    d.clause("2.2", "You may shower and wash your hair from the day after surgery, keeping your eye closed and "
             "not letting soapy water into it. Do not rub or press on the eye.")
    d.clause("2.3", "Avoid swimming for 2 weeks. Do not wear eye make-up for 4 weeks. Avoid dusty work such as "
             "gardening or sweeping for 2 weeks, and heavy lifting or strenuous exercise for 1 week.")
    d.h1("3. Driving, reading and work")
    d.clause("3.1", "Do not drive until you can read a car number plate at 20 metres with both eyes open "
             "(wearing glasses if you need them) and you feel confident. For most people this is not before "
             "the first week. Check with your optician if you are unsure.")
    d.clause("3.2", "Your vision may be blurred for a few days. You can read and watch television straight away. "
             "Your old glasses may no longer be right for the operated eye; you can take the lens out of that "
             "side until you have new glasses.")
    d.clause("3.3", "New glasses: have an eye test at your optician 4 to 6 weeks after the operation, not sooner, "
             "as your eye is still settling. Most people can return to office work after 1 week.")
    d.h1("4. Follow-up")
    d.clause("4.1", "Your post-operative check is with your optician, Wardle & Finch Opticians, Ashby Road, on "
             "Thursday 12 November 2026 at 14:20. You will not need a routine hospital appointment unless your "
             "optician refers you back.")
    d.clause("4.2", "Your left eye also has a cataract. You remain on the waiting list for surgery on the left "
             "eye; the eye unit will write to you with a date.")
    d.h1("5. When to get help")
    d.para("Contact Thornbury Eye Casualty on 01632 960 588 (24 hours) the same day if you have:")
    d.bullets(["pain that gets worse or is not eased by paracetamol;",
               "vision that gets worse instead of better;",
               "increasing redness or stickiness of the eye;",
               "new floaters, flashing lights or a shadow or curtain across your vision."])
    d.para("Information given by Staff Nurse Tobias Hennessey-Clarke, Thornbury Eye Unit, 14 October 2026.",
           size=9, style="I")
    return d.save("medical/cataract_discharge_ravensworth_oduya.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([kennel_terms, cottage_booking, broadband_agreement,
                       alcohol_withdrawal, alendronate_leaflet, cataract_discharge], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
