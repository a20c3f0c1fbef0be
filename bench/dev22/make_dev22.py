"""Render the twenty-second development-set documents (fictional) as PDFs into bench/dev22/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
chimney sweeping service agreement (prices per flue by appliance, a travel charge by distance, extras,
nesting birds, cancellation charges by notice, an annual sweep plan, sweeping frequency by fuel, a customer
schedule after the signatures), a horse livery agreement (weekly fees by livery type with a multi-horse
discount, extras with clipping by height, deposit, lien and sale, vaccinations and worming, emergencies, a
horse schedule after the signatures), a private dental treatment plan with fees and payment terms (fee guide
with root canal by tooth type, deposit, patient finance by term, cancellation charges, guarantees, the
itemised treatment plan as a schedule after the signatures), a shingles and aciclovir leaflet in
question-and-answer form with a dose-times table and a kidney-function table, a valproate pregnancy
prevention guide (risk table, contraception table, pregnancy tests, annual review, men), and a neonatal
jaundice phototherapy guideline for clinicians (threshold table by age in hours and gestation, monitoring,
stopping and rebound, prolonged jaundice). Questions: bench/dev22/questions.jsonl. All names, products and
numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev22/make_dev22.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 2, 22, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 22 (fictional document)", "make_dev22.py", FIXED_DATE)


# =============================================================================
# 1. Chimney sweeping service agreement
# =============================================================================
def chimney_sweep():
    d = Doc("Chimney Sweeping Service Agreement - Sootwell & Daughters", "Ref. SWD-SA-2027",
            "Sootwell & Daughters Chimney Sweeps Ltd - Service Agreement", accent=(90, 50, 30), body_size=9.5)
    d.title_block("CHIMNEY SWEEPING SERVICE AGREEMENT",
                  "Between Sootwell & Daughters Chimney Sweeps Ltd, company no. 10934721, of Unit 7, Tanner's "
                  "Yard, Harrowby Fen (\"we\", \"us\"), and the customer named in the Schedule (\"you\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Appliance\" means an open fire, stove, range cooker or boiler connected to a Flue. \"Flue\" "
             "means one passage that carries smoke or fumes from one Appliance to the outside, including any "
             "liner. \"Visit\" means one attendance at the Property on one day. \"Certificate of Sweeping\" "
             "means our written record of the Flues swept, their condition and any advice, issued at the end "
             "of each Visit. \"Extras\" means any item in the table in clause 4.1. \"Sweep Plan\" means the "
             "annual plan in clause 6. \"Base\" means our yard at Tanner's Yard, Harrowby Fen.")
    d.clause("1.2", "\"Warning Notice\" means a written notice that an Appliance or Flue is, in our opinion, "
             "unsafe to use, given under clause 7.")
    d.h1("2. Booking and preparing for a Visit")
    d.clause("2.1", "Visits are booked by telephone or online. We confirm a 2-hour arrival window by text message "
             "the day before the Visit.")
    d.clause("2.2", "You must not light the Appliance for at least 12 hours before the Visit (24 hours for a range "
             "cooker or boiler), so that the Flue and Appliance are cool. Please clear ornaments and furniture "
             "from 2 metres around the fireplace and give us access to the loft and any soot door.")
    d.clause("2.3", "We sweep from inside the Property with brushes, rods and a sealed vacuum. If a Flue cannot be "
             "swept from below, we may sweep from the roof with your agreement (roof access charge, clause 4.1).")
    d.h1("3. Prices")
    d.clause("3.1", "Sweeping is priced per Flue, according to the Appliance the Flue serves:")
    d.grid(["Appliance", "First Flue on a Visit", "Each further Flue on the same Visit"],
           [["Open fire (brick or stone chimney)", "GBP 68", "GBP 40"],
            ["Wood-burning or multi-fuel stove", "GBP 78", "GBP 45"],
            ["Solid-fuel range cooker", "GBP 95", "GBP 55"],
            ["Oil-fired boiler or cooker", "GBP 88", "GBP 50"]], [70, 45, 55])
    d.para("* Where more than one Flue is swept on one Visit, the Flue with the highest price is charged as the "
           "First Flue and every other Flue at the further-Flue price. Thatched properties: add GBP 20 per Flue "
           "for the extra fire-safety checks.", size=8.5, style="I")
    d.clause("3.2", "Prices include VAT and the Certificate of Sweeping. They are reviewed each 1 January.")
    d.clause("3.3", "Prices cover Properties within 10 miles of our Base by road. For a Property further away, a "
             "travel charge is added to each Visit:")
    d.grid(["Distance from our Base by road", "Travel charge per Visit"],
           [["Up to 10 miles", "No charge"],
            ["Over 10 and up to 20 miles", "GBP 12"],
            ["Over 20 and up to 30 miles", "GBP 22"],
            ["Over 30 miles", "By quotation before booking"]], [80, 60])
    d.h1("4. Extras")
    d.clause("4.1", "We will not carry out Extras costing more than GBP 50 in total without your agreement on the "
             "day. Extras are charged as follows:")
    d.grid(["Extra", "Price"],
           [["Smoke test (each Flue)", "GBP 35"],
            ["CCTV camera survey of a Flue, with written report", "GBP 110"],
            ["Bird's nest removal, first hour", "GBP 45"],
            ["Bird's nest removal, each further hour or part", "GBP 30"],
            ["Bird guard, supplied and fitted to one pot", "GBP 65"],
            ["Chimney cowl, supplied and fitted", "from GBP 120"],
            ["Roof access (sweeping from the roof by ladder or tower)", "GBP 48"],
            ["Cleaning a soot door or register plate", "GBP 15"]], [110, 50])
    d.clause("4.2", "Nesting birds are protected by law. We will not remove a nest that is in active use (with "
             "eggs or young birds in it). Between 1 March and 31 August we first inspect the Flue with a camera, "
             "free of charge; if the nest is active we come back, at no extra charge, once it is vacated.")
    d.h1("5. Cancelling or moving a Visit")
    d.clause("5.1", "You may cancel or move a Visit free of charge if you tell us at least 48 hours before the "
             "start of the arrival window. Otherwise we charge:")
    d.grid(["Notice you give us before the arrival window", "Charge"],
           [["48 hours or more", "No charge"],
            ["24 hours or more, but less than 48 hours", "GBP 20"],
            ["Less than 24 hours", "GBP 40"],
            ["No access when we arrive, or the Appliance is still alight", "GBP 40, and the Visit is rebooked"]],
           [110, 60])
    d.h1("6. Annual Sweep Plan")
    d.clause("6.1", "The Sweep Plan costs GBP 6.50 a month for each Flue, paid by Direct Debit. It includes one "
             "sweep of each Flue in every 12 months of the plan, the Certificate of Sweeping, priority booking in "
             "September and October, and a 10% discount on Extras. Travel charges under clause 3.3 still apply.")
    d.clause("6.2", "The Sweep Plan has a minimum term of 12 months, and then continues from month to month until "
             "either of us ends it with 1 month's notice. If you end it within the minimum term after your sweep "
             "has been carried out, you pay the remaining Direct Debits for the minimum term.")
    d.clause("6.3", "We send a reminder 4 weeks before your sweep is due. We may change the Sweep Plan price once "
             "a year by giving you 30 days' notice; you may end the Sweep Plan without charge before the change "
             "takes effect.")
    d.clause("6.4", "If you agreed to the Sweep Plan online, by telephone or away from our premises, you may cancel "
             "it within 14 days without giving a reason.")
    d.h1("7. Safety and Warning Notices")
    d.clause("7.1", "We check that each Flue draws and look for visible defects. If we find a Flue or Appliance "
             "unsafe - for example a blocked or damaged Flue, fumes entering the room, or no carbon monoxide "
             "alarm where one is required - we give you a Warning Notice and advise you not to use the Appliance "
             "until it has been repaired. We do not carry out building or repair work.")
    d.clause("7.2", "We recommend sweeping at these intervals. Keep your Certificates of Sweeping, as your home "
             "insurer may ask for them.")
    d.grid(["Fuel burned", "How often to sweep"],
           [["Smokeless coal", "At least once a year"],
            ["Wood", "Up to four times a year while in use"],
            ["Bituminous (house) coal", "At least twice a year"],
            ["Oil", "Once a year"],
            ["Gas", "Once a year, unless the Flue is designed not to need it"]], [60, 100])
    d.h1("8. Payment")
    d.clause("8.1", "Payment is due at the end of the Visit by card. Landlords and letting agents may pay by bank "
             "transfer within 7 days of our invoice; we may add a late payment fee of GBP 10 to an invoice unpaid "
             "14 days after it was due. We do not accept cheques.")
    d.h1("9. Liability")
    d.clause("9.1", "We hold public liability insurance of GBP 2 million. Please tell us about any soot damage or "
             "mess within 24 hours of the Visit so that we can come back and put it right.")
    d.clause("9.2", "We are not responsible for damage caused by existing defects in the chimney, such as loose "
             "bricks, cracked pots, failed mortar or an unlined Flue, where we have taken reasonable care. Our "
             "liability for any one Visit is limited to GBP 1,000, except for death or personal injury caused by "
             "our negligence or anything else that cannot be limited by law.")
    d.signature_block(["Signed for Sootwell & Daughters Chimney Sweeps Ltd by Rosamund Sootwell, Director",
                       "Signed by the Customer"])
    d.h1("SCHEDULE - CUSTOMER AND APPLIANCES")
    d.grid(["Item", "Details"],
           [["Customer", "Mr Olumide Okonjo-Bright and Mrs Carys Okonjo-Bright"],
            ["Property", "The Old Forge, 3 Sallow Lane, Wickham Brome"],
            ["Distance from our Base", "14 miles by road"],
            ["Flue 1", "Wood-burning stove, sitting room (lined Flue, 2 storeys)"],
            ["Flue 2", "Open fire, dining room (unlined brick chimney)"],
            ["Sweep Plan", "Yes - 2 Flues, starting 1 March 2027"],
            ["Monthly Direct Debit", "GBP 13.00, on the 1st of each month"],
            ["Preferred sweep month", "September"],
            ["Access notes", "Loft hatch in the landing cupboard; park on the drive"]], [50, 110])
    return d.save("legal/chimney_sweep_agreement_sootwell.pdf")


# =============================================================================
# 2. Horse livery agreement
# =============================================================================
def livery_agreement():
    d = Doc("Livery Agreement - Whinmoor Equestrian Centre", "Agreement WEC-L-27",
            "Whinmoor Equestrian LLP - Livery Agreement", font="Times", accent=(30, 90, 50), body_size=10.5)
    d.title_block("LIVERY AGREEMENT",
                  "Between Whinmoor Equestrian LLP, of Whinmoor Equestrian Centre, Fellgate Lane, Upper Harnby "
                  "(\"the Yard\", \"we\"), and the owner named in the Schedule (\"the Owner\", \"you\"), for the "
                  "horse named in the Schedule (\"the Horse\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Full Livery\" means the Yard provides all daily care of the Horse: stabling, bedding, hay, "
             "hard feed from the Yard's standard ration, turnout and bringing in, mucking out, rugging, and "
             "holding the Horse for the farrier and vet. Exercise is not included and is charged as an Extra.")
    d.clause("1.2", "\"Part Livery\" means the Yard provides a stable, hay and the morning duties every day "
             "(breakfast feed, rug change and turnout); the Owner does the evening duties (bringing in, mucking "
             "out and the evening feed) and provides bedding and hard feed.")
    d.clause("1.3", "\"DIY Livery\" means the Yard provides a stable, grazing and use of the facilities; the Owner "
             "provides all care, feed and bedding. \"Grass Livery\" means grazing only, with a field shelter and "
             "water, for a Horse living out all year; the Owner provides all care.")
    d.clause("1.4", "\"Working Livery\" means Full Livery at a reduced fee, where the Yard may use the Horse in its "
             "riding lessons for up to 8 hours a week, if the Horse passes the Yard's assessment. \"Summer "
             "Grazing\" means 1 April to 31 October, and \"Winter\" means 1 November to 31 March.")
    d.h1("2. Fees and Extras")
    d.clause("2.1", "Livery fees are charged per Horse per week:")
    d.grid(["Livery type", "Weekly fee", "Hay", "Bedding", "Hard feed"],
           [["DIY Livery", "GBP 45", "Owner", "Owner", "Owner"],
            ["Grass Livery", "GBP 38", "Yard, in Winter", "Not applicable", "Owner"],
            ["Part Livery", "GBP 115", "Yard", "Owner", "Owner"],
            ["Full Livery", "GBP 185", "Yard", "Yard", "Yard (standard ration)"],
            ["Working Livery", "GBP 130", "Yard", "Yard", "Yard (standard ration)"]], [38, 28, 32, 32, 40])
    d.para("* Second Horse with the same Owner: 10% off its weekly fee; third and each further Horse: 15% off. "
           "These discounts do not apply to Working Livery or to Extras.", size=9, style="I")
    d.clause("2.2", "Fees are reviewed each 1 April. We will give at least 8 weeks' written notice of any increase.")
    d.clause("2.3", "Extras are charged as follows:")
    d.grid(["Extra", "Price"],
           [["Bringing in or turning out (DIY and Grass Livery)", "GBP 4 per occasion"],
            ["Rug change", "GBP 2.50 per occasion"],
            ["Holding for the farrier, vet or equine dentist", "GBP 8 per visit"],
            ["Exercise: lunge or ride, 30 minutes", "GBP 18"],
            ["Holiday cover for DIY Livery (all care)", "GBP 24 per day"],
            ["Full clip, Horse up to 15.2hh", "GBP 50"],
            ["Full clip, Horse over 15.2hh", "GBP 62"],
            ["Trace or blanket clip (any height)", "GBP 42"]], [110, 50])
    d.h1("3. Payment, deposit and unpaid fees")
    d.clause("3.1", "Livery fees are paid monthly in advance by standing order on the 1st of each month. Extras are "
             "invoiced at the end of each month and must be paid within 14 days.")
    d.clause("3.2", "A deposit equal to 4 weeks' livery fee is payable before the Horse arrives. It is returned "
             "within 14 days after the Horse leaves, less any unpaid fees and the cost of repairing damage "
             "caused by the Horse beyond fair wear and tear.")
    d.clause("3.3", "If any payment is more than 7 days late, a late payment fee of GBP 25 is added, and interest "
             "at 1.5% a month runs on the unpaid amount until it is paid.")
    d.clause("3.4", "If any fees are unpaid for more than 60 days, the Yard may keep the Horse (exercise a lien) "
             "until all sums due are paid, and may refuse to let it leave the Yard. If fees are still unpaid "
             "after 90 days, the Yard may, after giving the Owner 14 days' written notice, sell the Horse and "
             "use the proceeds to pay the debt and the costs of sale, paying any balance to the Owner.")
    d.h1("4. Health and welfare")
    d.clause("4.1", "The Horse must arrive with its passport, a current vaccination record and a negative strangles "
             "blood test taken within the last 30 days. New arrivals are kept in the isolation block for 14 days "
             "before mixing with other horses.")
    d.clause("4.2", "The Owner must keep the Horse vaccinated against equine influenza and tetanus. Influenza "
             "boosters must be given every 12 months (every 6 months if the Horse competes under rules that "
             "require it).")
    d.clause("4.3", "Worming is based on a faecal egg count every 8 to 12 weeks from March to October, and a "
             "tapeworm saliva test every 6 months. The Yard arranges the tests for all liveries and charges "
             "GBP 16 per test.")
    d.clause("4.4", "The Horse must be seen by a farrier at least every 8 weeks and by an equine dentist at least "
             "once a year.")
    d.clause("4.5", "In an emergency, if the Owner cannot be contacted within 1 hour, the Yard may call the Owner's "
             "vet (or the Yard's vet if the Owner's vet is not available) and authorise treatment up to GBP 750. "
             "The Owner pays all veterinary fees. The Yard will never agree to the Horse being put down unless a "
             "vet certifies that it is needed on humane grounds and the Owner cannot be reached.")
    d.h1("5. Turnout and grazing")
    d.clause("5.1", "During Summer Grazing the Horse is turned out daily in a shared field of no more than 6 "
             "horses, with mares and geldings kept apart. In Winter, turnout is limited to 4 hours a day in the "
             "winter paddocks, and may be stopped when the ground is waterlogged or frozen.")
    d.clause("5.2", "The Yard may separate a Horse that kicks or bullies other horses and turn it out alone, for "
             "an extra GBP 10 a week.")
    d.h1("6. Using the Yard")
    d.clause("6.1", "The Owner and anyone they bring must follow the Yard Rules displayed in the tack room. The "
             "arena may be used from 07:00 to 21:00, except on Mondays from 12:00 to 14:00, when it is closed "
             "for harrowing. Riding hats to a current safety standard must be worn when mounted, and riders "
             "under 16 must be supervised by an adult.")
    d.clause("6.2", "Outside instructors may teach at the Yard if they hold public liability insurance of at least "
             "GBP 5 million and give the Yard a copy of the certificate.")
    d.h1("7. Insurance and liability")
    d.clause("7.1", "The Owner must keep third-party (public) liability insurance of at least GBP 3 million "
             "covering the Horse. Insurance of the Horse itself (vet fees, loss of use or death) is the Owner's "
             "choice and cost.")
    d.clause("7.2", "The Yard is not liable for injury to, or illness or death of, the Horse unless caused by the "
             "Yard's negligence, nor for loss of or damage to tack left at the Yard, which the Owner should "
             "insure. The Yard's liability for loss of or injury to the Horse is limited to GBP 5,000 or the "
             "Horse's insured value, whichever is lower. Nothing in this agreement limits liability for death "
             "or personal injury caused by negligence.")
    d.h1("8. Ending the agreement")
    d.clause("8.1", "Either party may end this agreement by giving 4 weeks' written notice (2 weeks for DIY Livery "
             "and Grass Livery). Fees are payable until the end of the notice period, whether or not the Horse "
             "has left.")
    d.clause("8.2", "The Yard may end the agreement on 7 days' notice if the Owner seriously or repeatedly breaks "
             "the Yard Rules or the Horse is dangerous to handle, and at once if the Horse has a contagious "
             "disease that puts other horses at risk.")
    d.signature_block(["Signed for Whinmoor Equestrian LLP by Gideon Threlfall, Yard Manager",
                       "Signed by the Owner"])
    d.h1("SCHEDULE - OWNER AND HORSE")
    d.grid(["Item", "Details"],
           [["Owner", "Ms Freya Lindgren-Oakes, 22 Copse View, Upper Harnby"],
            ["Horse", "Marram Blue, grey Irish Draught cross gelding, 9 years old, 16.2hh"],
            ["Passport and microchip", "UELN 826019834112457; chip 985141000773921"],
            ["Livery type", "Part Livery"],
            ["Stable", "Stable 14, east barn"],
            ["Weekly fee", "GBP 115"],
            ["Deposit", "GBP 460, received 26 February 2027"],
            ["Start date", "Monday 1 March 2027"],
            ["Owner's vet", "Harnby Equine Vets, 01632 961 404"],
            ["Emergency contact", "Mr Joel Lindgren-Oakes, 07700 900 318"]], [50, 110])
    return d.save("legal/livery_agreement_whinmoor.pdf")


# =============================================================================
# 3. Private dental treatment plan, fees and payment terms
# =============================================================================
def dental_plan():
    d = Doc("Private Dental Treatment - Terms, Fees and Payment", "Fernleigh Row Dental Practice",
            "Fernleigh Row Dental Practice - Private Treatment Terms", accent=(20, 100, 130))
    d.title_block("PRIVATE DENTAL TREATMENT: TERMS, FEES AND PAYMENT",
                  "Fernleigh Row Dental Practice, 41 Fernleigh Row, Castlebridge (\"the Practice\", \"we\"). "
                  "These terms apply to the private Treatment Plan in the Schedule. Please read them before you "
                  "sign.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Treatment Plan\" means the treatment recommended for you after your examination, listed in "
             "the Schedule. \"Estimate\" means the total fee for the Treatment Plan shown in the Schedule. "
             "\"Laboratory Fee\" means the fee a dental laboratory charges us for a crown, bridge, denture, "
             "veneer or implant part made for you. \"Course of Treatment\" means the appointments needed to "
             "complete the Treatment Plan.")
    d.clause("1.2", "An Estimate is valid for 90 days from the date of the examination. If you start treatment "
             "after that, we may need to examine you again and give you a new Estimate.")
    d.h1("2. Fees")
    d.clause("2.1", "Our fees for common private treatments are:")
    d.grid(["Treatment", "Fee"],
           [["New patient examination, with up to 2 small X-rays", "GBP 70"],
            ["Hygienist appointment (30 minutes)", "GBP 82"],
            ["White (composite) filling, one or two surfaces", "GBP 145 to GBP 195"],
            ["Root canal treatment, front tooth (incisor or canine)", "GBP 390"],
            ["Root canal treatment, premolar", "GBP 490"],
            ["Root canal treatment, molar", "GBP 640"],
            ["Crown, porcelain bonded to metal", "GBP 595"],
            ["Crown, all-ceramic", "GBP 695"],
            ["Crown, gold", "GBP 780"],
            ["Single implant placement (surgical stage)", "GBP 2,150"],
            ["Crown on an implant, including the abutment", "GBP 1,050"],
            ["Intravenous (IV) sedation, per session", "GBP 295"]], [120, 45])
    d.para("* Fees include Laboratory Fees. Re-treating a root canal filled elsewhere is charged at the fee for "
           "the tooth plus 25%.", size=8.5, style="I")
    d.clause("2.2", "If we find during treatment that the Treatment Plan needs to change, we will explain why and "
             "give you a revised Estimate before doing any extra work. An increase of more than 10% of the "
             "Estimate needs your written agreement.")
    d.h1("3. Paying for your treatment")
    d.clause("3.1", "For a Treatment Plan with an Estimate over GBP 1,000, a deposit of 20% of the Estimate is "
             "payable when you accept it. The rest is paid at each appointment for the treatment done at it, and "
             "any balance must be paid before the final crown, bridge or denture is fitted.")
    d.clause("3.2", "Treatment Plans from GBP 600 to GBP 12,000 can be paid in monthly instalments through "
             "Brightmouth Finance Ltd, subject to status, after a minimum deposit of 10%:")
    d.grid(["Repayment period", "Interest rate", "Monthly payment on GBP 2,000 borrowed"],
           [["6 months", "0% APR", "GBP 333.33"],
            ["12 months", "0% APR", "GBP 166.67"],
            ["24 months", "9.9% APR", "GBP 91.81"],
            ["36 months", "9.9% APR", "GBP 64.04"],
            ["48 months", "14.9% APR", "GBP 54.62"]], [50, 40, 75])
    d.clause("3.3", "We accept card payments and bank transfers; we do not accept cheques. Balances unpaid 30 days "
             "after treatment may be passed to a debt collection agency.")
    d.h1("4. Appointments and cancellations")
    d.clause("4.1", "If you cannot attend, please tell us as early as you can. We charge for late cancellations and "
             "missed appointments, because the time was reserved for you:")
    d.grid(["Notice you give us", "Charge"],
           [["48 hours or more before the appointment", "No charge"],
            ["24 to 48 hours before", "GBP 30"],
            ["Less than 24 hours before", "GBP 60"],
            ["Missed appointment, no notice given", "GBP 75"]], [100, 60])
    d.clause("4.2", "For implant surgery and IV sedation appointments, less than 48 hours' notice, or a missed "
             "appointment, is charged at GBP 150, and any Laboratory Fee already incurred is payable.")
    d.clause("4.3", "IV sedation: you must bring a responsible adult to take you home and stay with you. For 24 "
             "hours after sedation you must not drive, drink alcohol, operate machinery or sign legal documents.")
    d.h1("5. Guarantees")
    d.clause("5.1", "If a restoration we have provided fails within the period below, we will repair or replace it "
             "free of charge:")
    d.grid(["Treatment", "Guarantee period"],
           [["Fillings", "1 year"],
            ["Root canal treatment", "Not guaranteed (success rate about 85%)"],
            ["Crowns, bridges and veneers", "5 years"],
            ["Dental implants (implant and crown)", "5 years (2 years if you smoke)"]], [80, 80])
    d.clause("5.2", "The guarantees apply only if you attend examinations at least every 12 months and hygienist "
             "appointments as advised. They do not cover damage from accidents or sports injuries, grinding "
             "without wearing the night guard we provided, or treatment by another dentist.")
    d.h1("6. Ending treatment and refunds")
    d.clause("6.1", "You may stop the Course of Treatment at any time. We will refund, within 14 days, any money "
             "paid for treatment not yet carried out, less any Laboratory Fee already incurred for you. The "
             "deposit under clause 3.1 is refundable on the same basis.")
    d.clause("6.2", "We may stop providing private treatment if you are abusive to staff or do not pay fees that "
             "are due; we will still complete any emergency treatment needed to make you comfortable.")
    d.h1("7. Complaints")
    d.clause("7.1", "Please make any complaint to our Practice Manager, Mrs Helen Saroyan. We acknowledge "
             "complaints within 3 working days and aim to reply in full within 10 working days. If you are not "
             "satisfied, you may contact the Dental Complaints Service, which handles complaints about private "
             "dental care.")
    d.signature_block([("Signed by the patient: I have read these terms and accept the Treatment Plan and "
                        "Estimate in the Schedule"),
                       "Signed for Fernleigh Row Dental Practice by Dr Ines Valcourt-Amadi, BDS"])
    d.h1("SCHEDULE - TREATMENT PLAN AND ESTIMATE")
    d.para("Patient: Ms Tamsin Ruddock, date of birth 03/09/1986. Examined on 11 January 2027 by Dr Ines "
           "Valcourt-Amadi. This Estimate is valid until 11 April 2027.")
    d.grid(["Visit", "Treatment", "Tooth", "Fee"],
           [["1", "Hygienist appointment", "-", "GBP 82"],
            ["1", "White filling, two surfaces", "UL5", "GBP 195"],
            ["2", "Root canal treatment (molar)", "UR6", "GBP 640"],
            ["3", "All-ceramic crown", "UR6", "GBP 695"],
            ["4", "Implant placement under IV sedation", "LL6", "GBP 2,150 + GBP 295"],
            ["5", "Crown on implant, about 12 weeks after placement", "LL6", "GBP 1,050"],
            ["", "Total Estimate", "", "GBP 5,107"]], [16, 90, 20, 44])
    d.para("Deposit (20%) payable on acceptance: GBP 1,021.40. Payment option chosen: paying at each appointment "
           "(no finance).", style="B")
    return d.save("legal/dental_treatment_terms_fernleigh_row.pdf")


# =============================================================================
# 4. Shingles and aciclovir leaflet (question-and-answer)
# =============================================================================
def shingles_leaflet():
    d = Doc("Shingles and aciclovir tablets - patient information", "Leaflet PCN-SH-04",
            "Kelworth Primary Care Network - Tannery Lane Surgery and PCN pharmacy team", accent=(150, 40, 40),
            body_size=10)
    d.title_block("Shingles and aciclovir tablets",
                  "Information for patients who have shingles, and for their families. Please read it together "
                  "with the leaflet inside your medicine box.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is shingles?",
       "Shingles is an infection of a nerve and the skin around it. It is caused by the same virus as chickenpox "
       "(the varicella zoster virus). After chickenpox the virus stays in the body and can become active again "
       "years later, often when immunity is lower because of age, illness or some medicines. It usually causes a "
       "painful rash of blisters in a band on one side of the body, most often the chest or tummy, and sometimes "
       "the face. Tingling, burning or pain often starts 2 to 3 days before the rash appears.")
    qa("Is shingles catching?",
       "You cannot catch shingles from someone with shingles. But someone who has never had chickenpox or the "
       "chickenpox vaccine can catch chickenpox from you through contact with the fluid in the blisters. You are "
       "infectious until all the blisters have crusted over, usually 5 to 7 days after the rash first appeared. "
       "Until then, keep the rash covered and keep away from pregnant women who have not had chickenpox, babies "
       "under 1 month old and anyone with a weakened immune system.")
    qa("Do I need antiviral tablets?",
       "Antiviral medicine (usually aciclovir) can shorten the illness and lower the risk of long-lasting pain. "
       "It works best if it is started within 72 hours (3 days) of the rash first appearing. Your GP or "
       "pharmacist may still offer it up to 7 days after the rash appeared if you are aged 50 or over, the rash "
       "is on your face or near an eye, you have a weakened immune system, or new blisters are still forming. "
       "Younger, otherwise healthy people with a mild rash on the body that started more than 3 days ago may "
       "not need it.")
    qa("How do I take aciclovir?",
       "The usual dose for adults is 800 mg five times a day for 7 days, about 4 hours apart during the day, with "
       "a break overnight. For example:")
    d.grid(["Dose", "1st", "2nd", "3rd", "4th", "5th"],
           [["800 mg", "7 am", "11 am", "3 pm", "7 pm", "11 pm"]], [30, 25, 25, 25, 25, 25], align="CENTER")
    d.para("Swallow the tablets with a glass of water, with or without food. Drink plenty of fluids (about 2 litres "
           "a day) while you take them. Finish the course even if you feel better. Some people are given "
           "valaciclovir instead; the dose is 1 g three times a day for 7 days.")
    qa("What if I have kidney problems?",
       "Aciclovir is removed from the body by the kidneys. If your kidneys do not work well, your prescriber "
       "will choose a lower dose according to your kidney function (eGFR) from your last blood test:")
    d.grid(["Kidney function (eGFR, mL/min)", "Aciclovir dose for shingles"],
           [["More than 25", "800 mg five times a day"],
            ["10 to 25", "800 mg three times a day"],
            ["Less than 10", "800 mg twice a day"]], [70, 70])
    qa("What if I miss a dose?",
       "Take it as soon as you remember, unless your next dose is due within 2 hours; then leave out the missed "
       "dose. Never take two doses together to make up for a forgotten one.")
    qa("Does aciclovir have side effects?",
       "Most people have none. The most common are feeling sick, diarrhoea, headache and dizziness. Call 999 if "
       "you get a swollen face, lips or tongue, or difficulty breathing. Tell your doctor if you become confused "
       "or see or hear things that are not there - this is rare, and more likely in older people and people with "
       "kidney problems.")
    qa("How can I ease the pain and the rash?",
       "Paracetamol or ibuprofen can help. If they do not, your GP may prescribe a stronger painkiller or a "
       "medicine for nerve pain such as amitriptyline. Keep the rash clean and dry, wear loose cotton clothes, "
       "and use a cool compress (a cloth cooled in water, not ice) a few times a day. Do not put sticking "
       "plasters on the blisters; use a non-stick dressing if the rash needs to be covered.")
    qa("When should I get help urgently?",
       "Contact your GP the same day, or call 111, if the rash is on your forehead, around an eye or on the tip "
       "of your nose, or your eye is red or painful or your vision changes; if you are pregnant; if you have a "
       "weakened immune system (for example from chemotherapy or steroid tablets); if the rash is widespread or "
       "on both sides of the body; or if the skin around the rash becomes hot, red and swollen. Call 999 if you "
       "have a severe headache with a stiff neck, confusion, weakness of the face or a fit.")
    qa("Can I go to work or school?",
       "You can go to work or school if the rash can be covered and you feel well enough. Stay off if the rash "
       "is weeping and cannot be covered. If you work with pregnant women, newborn babies or people with a "
       "weakened immune system (for example in a hospital or care home), stay off until all the blisters have "
       "crusted over.")
    qa("How long will it last?",
       "The rash usually crusts over within 7 to 10 days and heals in 2 to 4 weeks. Some people have pain that "
       "lasts for more than 3 months after the rash has healed. This is called postherpetic neuralgia, and it is "
       "more common in people over 60. Your GP can prescribe medicines to help with it.")
    qa("Can shingles be prevented?",
       "A non-live shingles vaccine is offered by the NHS to everyone when they turn 65, to people aged 70 to 79 "
       "who have not yet had it, and to people aged 50 or over with a severely weakened immune system. It is "
       "given as two doses, 6 to 12 months apart (8 weeks to 6 months apart if your immune system is weakened). "
       "If you have had shingles, wait until at least 1 year after the rash before having the vaccine.")
    d.para("Tannery Lane Surgery: 01632 962 180. Out of hours: NHS 111.", size=9.5, style="B")
    return d.save("medical/shingles_aciclovir_leaflet_kelworth.pdf")


# =============================================================================
# 5. Valproate pregnancy prevention guide
# =============================================================================
def valproate_guide():
    d = Doc("Valproate and pregnancy - a guide for patients", "Leaflet PH-VPA-3",
            "Harlowmere Hospitals NHS Trust - Neurology, Psychiatry and Pharmacy", accent=(110, 30, 110),
            body_size=10)
    d.title_block("Valproate and pregnancy: what you need to know",
                  "For girls and women who could become pregnant, their parents and carers, and men, taking any "
                  "medicine that contains valproate (sodium valproate, valproic acid or semisodium valproate, for "
                  "example Valpirex Chrono tablets) for epilepsy or bipolar disorder.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("Why is valproate a risk in pregnancy?",
       "Valproate taken during pregnancy can seriously harm an unborn baby. The risk is there at any dose, though "
       "it is higher at higher doses, and it starts in the first weeks of pregnancy, often before you know you "
       "are pregnant.")
    d.grid(["Risk for a baby exposed to valproate in the womb", "With valproate", "Without valproate"],
           [["Physical birth defects (for example spina bifida, cleft lip and palate, heart or limb defects)",
             "about 11 in 100 babies", "2 to 3 in 100 babies"],
            ["Problems with development and learning (walking, talking, memory, lower IQ)",
             "up to 40 in 100 children", "about 5 in 100 children"],
            ["Autism spectrum disorder", "about 3 times as likely", "about 1 in 100 children"]], [90, 40, 40])
    qa("Who does the pregnancy prevention programme apply to?",
       "Every girl and woman taking valproate who could become pregnant, from her first menstrual period "
       "(menarche) until a specialist confirms she has reached the menopause. Parents or carers of a girl taking "
       "valproate should tell her specialist within 4 weeks of her first menstrual period, so that the programme "
       "can start. New patients under 55 years of age, men and women, should only start valproate if two "
       "specialists independently agree that no other treatment is suitable.")
    qa("What contraception do I need?",
       "You must use highly effective contraception all the time you take valproate, without a break, even if "
       "you are not having sex at the moment, unless your specialist agrees there is a compelling reason not "
       "to. Not every method is enough on its own:")
    d.grid(["Method of contraception", "Is it enough with valproate?"],
           [["Contraceptive implant", "Yes, on its own"],
            ["Hormonal coil (IUS) or copper coil (IUD)", "Yes, on its own"],
            ["Sterilisation (tubal occlusion)", "Yes, on its own"],
            ["Contraceptive injection (every 13 weeks)", "Yes, if every injection is on time"],
            ["Combined hormonal contraception (tablets, patch or vaginal ring)", "Only together with condoms"],
            ["Progestogen-only tablets", "Only together with condoms"],
            ["Condoms or a cap", "Not enough on its own"]], [100, 70])
    d.para("If you use the injection and it is more than 14 weeks since your last one, use condoms as well, do a "
           "pregnancy test and contact your GP or sexual health clinic straight away.", size=9.5, style="I")
    qa("Will I need pregnancy tests?",
       "Yes. You need a negative pregnancy test before your first prescription. After that, if you use a "
       "long-acting method (implant, coil or sterilisation), you need a test only if you think you might be "
       "pregnant. If you use tablets, a patch, a ring or the injection, your GP practice will arrange a "
       "pregnancy test every 3 months.")
    qa("What happens at my annual review?",
       "You must see your specialist at least once a year to check whether valproate is still the right "
       "medicine for you. At this review you and your specialist sign the Annual Risk Acknowledgement Form, and "
       "a copy is sent to your GP. Your pharmacist will give you a Patient Card, and valproate is always "
       "supplied in the maker's original pack, with the warning on the box.")
    qa("What if I am planning a pregnancy?",
       "Do not stop your contraception or your valproate. Talk to your specialist first: you will need to change "
       "to another medicine before you stop contraception, and the change can take several months. Take folic "
       "acid 5 mg a day (on prescription) from when you start trying for a baby.")
    qa("What if I think I am pregnant?",
       "Do not stop taking valproate - stopping suddenly can cause seizures or a relapse of bipolar disorder, "
       "which can harm you and your baby. Do a pregnancy test and contact your GP or specialist straight away. "
       "You will be offered an urgent appointment with your specialist within 2 weeks to discuss your treatment "
       "and your options, and a referral for specialist pregnancy care and scans.")
    qa("Information for men",
       "There may be a small increase in the risk of problems with development in children whose father was "
       "taking valproate around the time they were conceived. Men taking valproate and their partners should "
       "use effective contraception during treatment and for 3 months after stopping valproate. Do not donate "
       "sperm during treatment or for 3 months after stopping. If you would like to have a child, talk to your "
       "specialist first.")
    qa("Can I stop taking valproate?",
       "Never stop valproate suddenly unless your specialist tells you to. If it is stopped, the dose is lowered "
       "gradually, usually over several weeks or months, while a new medicine is started.")
    d.para("Epilepsy nurse advice line: 01632 963 550. Perinatal mental health team: 01632 963 610. Medicines "
           "information (pharmacy): 01632 963 702.", size=9.5, style="B")
    return d.save("medical/valproate_pregnancy_guide_harlowmere.pdf")


# =============================================================================
# 6. Neonatal jaundice phototherapy guideline
# =============================================================================
def neonatal_jaundice():
    d = Doc("Neonatal Jaundice: Assessment and Phototherapy", "Guideline NN-14, version 2",
            "Castlemere Maternity and Neonatal Services - Clinical Guideline", accent=(180, 120, 0), body_size=9.5)
    d.title_block("NEONATAL JAUNDICE: ASSESSMENT AND PHOTOTHERAPY (35 WEEKS AND OVER)",
                  "For midwives, neonatal nurses and doctors on the postnatal ward, in transitional care and in "
                  "the community. Review date: March 2029.", size=14)
    d.h1("1. Scope")
    d.clause("1.1", "Babies born at 35 weeks' gestation or more, in the first 28 days of life. For babies born "
             "before 35 weeks, use the neonatal unit's gestation-specific treatment charts, not this guideline.")
    d.h1("2. Recognition and risk factors")
    d.clause("2.1", "Look for jaundice at every contact, in good natural light, by blanching the skin; in babies "
             "with darker skin also check the sclerae and gums. Do not rely on visual inspection to estimate the "
             "bilirubin level.")
    d.clause("2.2", "Risk factors for significant jaundice: gestational age under 38 weeks; a previous sibling who "
             "needed phototherapy; the mother's intention to breastfeed exclusively; visible jaundice in the "
             "first 24 hours.")
    d.h1("3. Measuring bilirubin")
    d.clause("3.1", "Jaundice in the first 24 hours of life is always abnormal: measure the serum bilirubin (SBR) "
             "within 2 hours and arrange a same-day medical review.")
    d.clause("3.2", "In babies of 35 weeks or more who are over 24 hours old, use a transcutaneous bilirubinometer "
             "(TcB) first. Measure the SBR instead if the TcB reading is over 250 micromol/L, or if the baby "
             "has had phototherapy.")
    d.clause("3.3", "Use the total SBR with the threshold table; do not subtract the conjugated bilirubin. When "
             "starting phototherapy also send blood group and direct antiglobulin test (DAT), full blood count, "
             "and a G6PD level if the family history or ethnic origin suggests it.")
    d.h1("4. Treatment thresholds")
    d.para("Plot every SBR on the treatment chart. If the baby's age falls between two rows, use the threshold "
           "for the younger age (the row above).")
    d.grid(["Age (hours)", "Phototherapy, 38 weeks or more", "Phototherapy, 35 to 37+6 weeks",
            "Exchange transfusion (35 weeks or more)"],
           [["12", "150 micromol/L", "130 micromol/L", "210 micromol/L"],
            ["24", "200 micromol/L", "180 micromol/L", "320 micromol/L"],
            ["36", "225 micromol/L", "205 micromol/L", "390 micromol/L"],
            ["48", "250 micromol/L", "230 micromol/L", "430 micromol/L"],
            ["60", "275 micromol/L", "255 micromol/L", "450 micromol/L"],
            ["72", "300 micromol/L", "280 micromol/L", "450 micromol/L"],
            ["84", "325 micromol/L", "295 micromol/L", "450 micromol/L"],
            ["96 and over", "350 micromol/L", "310 micromol/L", "450 micromol/L"]], [28, 48, 48, 50],
           align="CENTER")
    d.para("If the SBR is below the phototherapy threshold but within 50 micromol/L of it, repeat the SBR within "
           "18 hours (within 12 hours if the baby has a risk factor in 2.2).", size=8.5, style="I")
    d.h1("5. Phototherapy")
    d.clause("5.1", "Start single (conventional blue-light) phototherapy when the SBR is at or above the threshold "
             "for the baby's age and gestation. Change to multiple (intensified) phototherapy if the SBR is "
             "rising by more than 8.5 micromol/L per hour, is within 50 micromol/L of the exchange transfusion "
             "threshold, or is still rising after 6 hours of single phototherapy.")
    d.clause("5.2", "Place the baby on its back with eye protection and a nappy on, and check the temperature every "
             "4 hours. Measure the SBR 4 to 6 hours after starting phototherapy, then every 6 to 12 hours while "
             "the level is stable or falling.")
    d.clause("5.3", "Breastfeeding continues during phototherapy. With single phototherapy, the baby may come "
             "out for breaks of up to 30 minutes for feeds, nappy changes and cuddles. Do not interrupt multiple "
             "phototherapy; give feeds by cup or tube if needed. Do not give water or dextrose routinely; add "
             "expressed breast milk or formula only if weight loss is more than 10% or the baby is dehydrated.")
    d.clause("5.4", "Stop phototherapy when the SBR has fallen to more than 50 micromol/L below the phototherapy "
             "threshold. Check for rebound with an SBR 12 to 18 hours after stopping; the baby does not need to "
             "stay in hospital for this if feeding well.")
    d.h1("6. Exchange transfusion")
    d.clause("6.1", "Transfer to the neonatal unit and prepare for exchange transfusion if the SBR reaches the "
             "exchange threshold, or at any level if there are signs of acute bilirubin encephalopathy "
             "(lethargy, high-pitched cry, arching of the back, poor feeding).")
    d.clause("6.2", "If the DAT is positive and the SBR keeps rising by more than 8.5 micromol/L per hour despite "
             "multiple phototherapy, give intravenous immunoglobulin 500 mg/kg over 4 hours.")
    d.h1("7. Prolonged jaundice")
    d.clause("7.1", "Jaundice is prolonged if it lasts more than 14 days in babies born at 37 weeks or more, or more "
             "than 21 days in babies born before 37 weeks.")
    d.clause("7.2", "For prolonged jaundice, check the conjugated bilirubin, full blood count, blood group and DAT, "
             "and urine culture, and confirm the newborn blood spot (thyroid) result. Ask about stool and urine "
             "colour. A conjugated bilirubin over 25 micromol/L needs same-day discussion with the paediatric "
             "liver team; pale chalky stools or dark urine that stains the nappy need urgent referral.")
    d.h1("8. Discharge and information for parents")
    d.clause("8.1", "Give parents the leaflet \"Jaundice in your baby\". Ask them to contact their midwife the same "
             "day if the baby becomes more yellow, is sleepy and not waking for feeds, or has pale stools.")
    return d.save("medical/neonatal_jaundice_guideline_castlemere.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([chimney_sweep, livery_agreement, dental_plan,
                       shingles_leaflet, valproate_guide, neonatal_jaundice], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
