"""Render the eighteenth development-set documents (fictional) as PDFs into bench/dev18/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
driving school's lesson terms and conditions (lesson prices by manual/automatic, cancellation charges by
notice, block-booking refunds, test-car hire), a home solar PV and battery installation contract (cooling-off,
cancellation charges by stage, staged payments, warranty table, the system specification and price as a
schedule after the signatures), car park season ticket terms (prices by car park and period, surrender
refunds, replacement cards, parking charges and appeals), a hay fever self-care leaflet in
question-and-answer form (an over-the-counter dose table by age), an iron (ferrous sulfate) tablets leaflet
in question-and-answer form (a table of gaps around other medicines and foods), and a postoperative nausea
and vomiting (PONV) guideline for anaesthetists (risk scores, prophylaxis by number of risk factors, adult
doses, children's doses by weight band, rescue). Questions: bench/dev18/questions.jsonl. All names,
products and numbers are invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev18/make_dev18.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 3, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 18 (fictional document)", "make_dev18.py", FIXED_DATE)


# =============================================================================
# 1. Driving school lesson terms and conditions
# =============================================================================
def driving_school_terms():
    d = Doc("Kettlewick School of Motoring - Lesson Terms", "Terms version 7, 1 January 2027",
            "Kettlewick School of Motoring Ltd, 4 Tanner's Yard, Kettlewick", accent=(150, 60, 0))
    d.title_block("DRIVING LESSON TERMS AND CONDITIONS",
                  "Kettlewick School of Motoring Ltd (\"the School\", \"we\") gives driving lessons through "
                  "its approved driving instructors. These terms apply to every lesson booked from 1 January "
                  "2027. Please read them before your first lesson.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Pupil\" means the person taking the lessons, or the parent or guardian who books for a "
             "Pupil aged under 18. \"Instructor\" means the DVSA-approved driving instructor (ADI) or trainee "
             "instructor that the School allocates to the Pupil. \"Lesson\" means a period of tuition of 60 "
             "minutes, or 120 minutes for a double lesson, measured from the agreed pick-up time.")
    d.clause("1.2", "\"Block Booking\" means a number of Lesson hours paid for in advance at a reduced price. "
             "\"Test Car\" means the Instructor's dual-controlled car used for a practical driving test. "
             "\"Notice\" means notice given by phone call or text to the School office number, not to the "
             "Instructor's own phone.")
    d.h1("2. Before your first lesson")
    d.clause("2.1", "The Pupil must hold a valid provisional driving licence and be at least 17 years old (16 "
             "if the Pupil receives the enhanced rate of the mobility component of Personal Independence "
             "Payment). The Pupil must show the photocard licence at the first Lesson.")
    d.clause("2.2", "At the start of the first Lesson the Instructor will check that the Pupil can read a car "
             "number plate from 20 metres, wearing glasses or contact lenses if needed. If the Pupil cannot, "
             "the Lesson will not go ahead and will be charged at half the Lesson fee.")
    d.h1("3. Lesson prices")
    d.clause("3.1", "Current prices, which include VAT, are:")
    d.grid(["Lesson or package", "Manual car", "Automatic car"],
           [["Introductory offer: first 2 hours (new Pupils only, once)", "GBP 55", "GBP 60"],
            ["Single 1-hour Lesson", "GBP 38", "GBP 42"],
            ["Double Lesson (2 hours)", "GBP 74", "GBP 82"],
            ["Block Booking of 10 hours", "GBP 350", "GBP 390"],
            ["Block Booking of 20 hours", "GBP 680", "GBP 760"],
            ["Motorway Lesson (2 hours, full licence holders)", "GBP 90", "GBP 98"]], [90, 40, 40])
    d.para("* Lessons that start before 07:30 or end after 20:00, and Lessons on a Sunday or a bank holiday, "
           "cost an extra GBP 6 per hour. Pick-up and drop-off within 5 miles of Kettlewick Market Cross are "
           "free; further away, a travel charge of GBP 1 per mile beyond 5 miles applies each way.",
           size=8.5, style="I")
    d.clause("3.2", "We may change our prices on 28 days' notice on our website. Hours in a Block Booking "
             "already paid for are not affected.")
    d.h1("4. Paying for lessons")
    d.clause("4.1", "Single and double Lessons are paid for by card or bank transfer before the Lesson starts; "
             "Instructors do not accept cash. Block Bookings are paid in full before the first Lesson of the "
             "block and must be used within 12 months of the date of payment, after which unused hours expire.")
    d.clause("4.2", "A Pupil who stops lessons may ask for a refund of an unused Block Booking within its 12 "
             "months. The hours already taken are recharged at the single 1-hour Lesson price, and the rest "
             "of the amount paid is refunded, less an administration fee of GBP 15. Introductory offer hours "
             "are not refundable.")
    d.h1("5. Cancelling or moving a lesson (by the Pupil)")
    d.clause("5.1", "The Pupil may cancel or move a Lesson by giving Notice. The charge depends on how much "
             "Notice is given before the Lesson's start time:")
    d.grid(["Notice given before the Lesson", "Charge"],
           [["48 hours or more", "No charge"],
            ["24 hours to less than 48 hours", "50% of the Lesson fee"],
            ["Less than 24 hours, or no Notice", "Full Lesson fee"]], [90, 70])
    d.clause("5.2", "If the Pupil is not at the pick-up point, the Instructor will wait for 15 minutes and try "
             "to phone. After 15 minutes the Lesson is treated as cancelled without Notice. If the Pupil "
             "arrives within the 15 minutes, the Lesson still ends at its booked time.")
    d.clause("5.3", "Once in each Block Booking, a late cancellation because of illness is not charged if the "
             "Pupil sends a fit note or a pharmacist's note within 7 days.")
    d.h1("6. Cancellation by the School")
    d.clause("6.1", "We will try to give at least 24 hours' notice if an Instructor has to cancel. If we cancel "
             "with less than 24 hours' notice for any reason other than the weather, the Pupil's next 1-hour "
             "Lesson is free.")
    d.clause("6.2", "If snow, ice, fog or flooding makes a Lesson unsafe, the Instructor may cancel or shorten "
             "it on the day, and neither side pays any charge for the time not given.")
    d.h1("7. Driving tests")
    d.clause("7.1", "The Pupil books and pays for the theory and practical tests with the DVSA. The Pupil should "
             "agree the test date with the Instructor before booking it.")
    d.clause("7.2", "Use of the Test Car for a practical test costs GBP 135 (manual) or GBP 145 (automatic), "
             "including a 1-hour warm-up Lesson immediately before the test. It is paid at least 7 days "
             "before the test.")
    d.clause("7.3", "The Instructor may refuse to provide the Test Car if the Pupil is not ready for the test, by "
             "telling the Pupil in writing at least 10 working days before the test. The Pupil can then move "
             "the test free of charge with the DVSA.")
    d.clause("7.4", "If the DVSA cancels the test, the Test Car fee is refunded in full, or kept as a credit for "
             "the new test date if the Pupil prefers. If the test does not go ahead because the Pupil forgot "
             "the licence or the Pupil's eyesight check fails, the full Test Car fee is charged.")
    d.h1("8. Conduct and safety")
    d.clause("8.1", "The Instructor will end a Lesson at once, and the full fee is charged, if the Pupil appears "
             "to be under the influence of alcohol or drugs, or uses a mobile phone while driving.")
    d.clause("8.2", "Pupils must wear suitable footwear: no flip-flops, high heels or bare feet. A Pupil wearing "
             "unsuitable shoes may be asked to change them, and the Lesson time lost is not made up.")
    d.h1("9. Insurance and damage")
    d.clause("9.1", "The School insures the Instructor's car for Pupils during Lessons. The Pupil is not asked to "
             "pay for accidental damage during a Lesson, but must pay the insurance excess of up to GBP 250 "
             "if damage is caused deliberately or while ignoring the Instructor's instructions.")
    d.h1("10. Complaints")
    d.clause("10.1", "Complaints should be made to the School office within 28 days of the Lesson. We reply "
             "within 10 working days. If you are not satisfied, you may complain to the DVSA about an "
             "Instructor's conduct.")
    d.h1("11. Intensive courses")
    d.clause("11.1", "An intensive course is a set number of Lesson hours on consecutive working days, ending "
             "with a practical test that the School books for the Pupil. Course prices include the Test Car "
             "but not the DVSA test fee:")
    d.grid(["Intensive course", "Manual car", "Automatic car"],
           [["15 hours over 1 week", "GBP 640", "GBP 700"],
            ["25 hours over 2 weeks", "GBP 1,020", "GBP 1,120"],
            ["35 hours over 2 weeks", "GBP 1,390", "GBP 1,530"]], [90, 40, 40])
    d.clause("11.2", "A deposit of GBP 200 is paid on booking and the balance 14 days before the course starts. "
             "If the Pupil cancels more than 21 days before the start, the deposit is refunded less GBP 50; if "
             "the Pupil cancels 21 days or fewer before the start, the deposit is kept.")
    d.clause("11.3", "The Pupil must have passed the theory test before the course starts.")
    d.h1("12. Your personal data")
    d.clause("12.1", "We keep a Pupil's contact details, licence number and lesson records for 2 years after "
             "the last Lesson, and then delete them.")
    return d.save("legal/driving_lesson_terms_kettlewick.pdf")


# =============================================================================
# 2. Home solar PV and battery installation contract
# =============================================================================
def solar_contract():
    d = Doc("Solar PV and Battery Installation Contract", "Contract no. BFS-27-0418",
            "Brightfold Solar Ltd - Mrs Imogen Tallack", font="Times", accent=(20, 90, 40), body_size=10.5)
    d.title_block("HOME SOLAR PV AND BATTERY INSTALLATION CONTRACT",
                  "Dated 9 February 2027, between Brightfold Solar Ltd, company no. 11840362, of Unit 6, Hexham "
                  "Road Trading Estate, Pellmouth (the \"Installer\"), and Mrs Imogen Tallack of 14 Weyford Close, "
                  "Pellmouth PL9 4RT (the \"Customer\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"System\" means the solar panels, inverter, battery, mounting system, cabling and meter "
             "described in Schedule 1. \"Contract Price\" means the total price in Schedule 1. \"Installation "
             "Date\" means the date agreed for the start of work on site. \"Commissioning\" means the testing "
             "and switching on of the System and handover of the certificates listed in clause 6.3.")
    d.clause("1.2", "\"Cooling-off Period\" means the 14 days starting on the day after the Customer signs this "
             "contract. \"Working Day\" means Monday to Friday other than a bank holiday.")
    d.h1("2. Cooling-off and cancellation")
    d.clause("2.1", "The Customer may cancel this contract for any reason during the Cooling-off Period by "
             "telling the Installer in writing or by e-mail. The Installer will refund every payment made "
             "within 14 days of being told.")
    d.clause("2.2", "The Installer will not start work during the Cooling-off Period unless the Customer asks "
             "it to in writing. If the Customer asks for work to start and then cancels within the Cooling-off "
             "Period, the Customer pays for the work done up to cancellation.")
    d.clause("2.3", "After the Cooling-off Period the Customer may still cancel, but must pay a cancellation "
             "charge, as a percentage of the Contract Price, to cover the Installer's losses:")
    d.grid(["When the Customer cancels", "Cancellation charge"],
           [["More than 28 days before the Installation Date", "10% of the Contract Price"],
            ["8 to 28 days before the Installation Date", "25% of the Contract Price"],
            ["7 days or fewer before the Installation Date", "40% of the Contract Price"],
            ["After the scaffolding has been put up", "60% of the Contract Price"]], [100, 60])
    d.clause("2.4", "The cancellation charge is deducted from payments already made, and any balance is refunded "
             "or invoiced within 14 days. No cancellation charge is payable if the Customer cancels under "
             "clause 3.3 or 4.2.")
    d.h1("3. Price and payment")
    d.clause("3.1", "The Contract Price is fixed and includes VAT at the rate that applies to the installation of "
             "energy-saving materials. It is payable in three stages, as set out in Schedule 1: a deposit of "
             "25% on signing, 65% when the equipment is delivered to site, and the final 10% on Commissioning.")
    d.clause("3.2", "The deposit is protected by an insurance policy with Tamarind Deposit Protection, which "
             "repays it if the Installer stops trading before the System is installed.")
    d.clause("3.3", "If the roof survey under clause 4.1 shows that the roof needs structural work, the "
             "Installer will send a revised quotation. If the Customer does not accept it within 14 days, "
             "either party may cancel and the deposit is refunded in full, less a survey fee of GBP 180.")
    d.h1("4. Survey, permissions and grid connection")
    d.clause("4.1", "The Installer will carry out a roof and electrical survey within 21 days of the end of the "
             "Cooling-off Period. Planning permission is not expected to be needed; if the property is in a "
             "conservation area or is a listed building, the Customer must tell the Installer before signing.")
    d.clause("4.2", "The Installer will apply to the local distribution network operator (DNO) for approval to "
             "connect the System. If the DNO refuses or imposes an export limit below 3.68 kW, the Customer "
             "may cancel without charge within 14 days of being told.")
    d.h1("5. Installation")
    d.clause("5.1", "Installation is expected to take 2 Working Days after the scaffolding is put up. The "
             "Customer will give access to the loft, the consumer unit and the meter, and space to park a van.")
    d.clause("5.2", "The Installer will replace, at its own cost, any roof tiles broken during the work. It is "
             "not responsible for defects in the roof that existed before the work, which it will report to the "
             "Customer with photographs.")
    d.clause("5.3", "The electricity supply will be switched off for up to 4 hours on the second day.")
    d.h1("6. Performance and handover")
    d.clause("6.1", "The estimated generation of the System is 4,260 kWh a year, calculated by the standard MCS "
             "method. This is an estimate, not a guarantee: actual generation depends on the weather, shading "
             "and how the System is used.")
    d.clause("6.2", "If the System generates less than 80% of the estimated generation in its first 12 months, "
             "the Installer will inspect it free of charge and repair any fault it finds in the System.")
    d.clause("6.3", "On Commissioning the Installer will hand over the MCS certificate, the electrical "
             "installation certificate, the DNO notification and the user manuals, and will register the "
             "System so that the Customer can apply for a Smart Export Guarantee tariff.")
    d.h1("7. Guarantees")
    d.clause("7.1", "The following guarantees apply from the date of Commissioning:")
    d.grid(["Part of the System", "Guarantee period", "Given by"],
           [["Solar panels (product defects)", "25 years", "Manufacturer"],
            ["Solar panels (output)", "At least 84% of rated output after 25 years", "Manufacturer"],
            ["Inverter", "10 years", "Manufacturer"],
            ["Battery", "10 years or 6,000 full cycles, whichever comes first", "Manufacturer"],
            ["Mounting system and fixings", "15 years", "Manufacturer"],
            ["Workmanship, including roof weatherproofing", "10 years", "Installer (insurance-backed)"]],
           [60, 70, 40])
    d.clause("7.2", "The guarantees do not cover damage from storms, fire, animals, or work on the System by "
             "anyone other than the Installer. Bird mesh is included to protect the panels from nesting birds.")
    d.h1("8. Liability and complaints")
    d.clause("8.1", "The Installer's liability for loss or damage caused by its work is limited to GBP "
             "2,000,000 for each event, the amount of its public liability insurance. Nothing limits liability "
             "for death or personal injury caused by negligence, or the Customer's statutory rights.")
    d.clause("8.2", "Complaints should be made in writing. The Installer will reply within 10 Working Days. "
             "If the complaint is not settled within 8 weeks, the Customer may refer it to the Home Renewables "
             "Consumer Code's free independent arbitration service.")
    d.h1("9. Law")
    d.clause("9.1", "This contract is governed by the law of England and Wales.")
    d.signature_block(["Signed for Brightfold Solar Ltd by Callum Ferreira-Doyle, Sales Director",
                       "Signed by the Customer, Mrs Imogen Tallack"])
    d.h1("SCHEDULE 1 - SYSTEM SPECIFICATION AND PRICE")
    d.grid(["Item", "Specification"],
           [["Solar panels", "12 x Helioraft HR-440 all-black panels, 440 W each (5.28 kWp in total), on the "
             "south-west roof"],
            ["Inverter", "Voltwren HX5 hybrid inverter, 5.0 kW, in the garage"],
            ["Battery", "Voltwren Cella 9.5 kWh battery, in the garage"],
            ["Other", "Bird mesh, generation meter, isolators, monitoring app"],
            ["Not included", "EV charger, replacement of the consumer unit, tree cutting"]], [40, 130])
    d.grid(["Price and payments", "Amount"],
           [["Equipment and installation", "GBP 10,920"],
            ["Scaffolding", "GBP 640"],
            ["Bird mesh", "GBP 340"],
            ["Contract Price (VAT at 0%)", "GBP 11,900"],
            ["Deposit (25%) on signing", "GBP 2,975"],
            ["Second payment (65%) on delivery of equipment", "GBP 7,735"],
            ["Final payment (10%) on Commissioning", "GBP 1,190"]], [100, 50])
    d.para("Planned Installation Date: Tuesday 13 April 2027 (scaffolding on Monday 12 April 2027).", size=9,
           style="I")
    return d.save("legal/solar_installation_contract_brightfold_tallack.pdf")


# =============================================================================
# 3. Car park season ticket terms
# =============================================================================
def season_ticket_terms():
    d = Doc("Season Ticket Terms and Conditions", "Cindergate Parking Ltd - 2027 edition",
            "Cindergate Parking Ltd - Tollerby car parks", accent=(40, 40, 120))
    d.title_block("CAR PARK SEASON TICKETS: TERMS AND CONDITIONS",
                  "These terms apply to season tickets for the car parks run by Cindergate Parking Ltd (\"we\", "
                  "\"us\") in Tollerby, for tickets starting on or after 1 April 2027.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Season Ticket\" means a virtual permit, linked to the registration numbers on the "
             "account, that allows parking in one named Car Park for the Valid Period. \"Holder\" means the "
             "person who buys the Season Ticket. \"Valid Period\" means 1, 3 or 12 calendar months from the "
             "start date chosen by the Holder.")
    d.clause("1.2", "\"Car Park\" means Tollerby Station Multi-storey, Wharf Street Car Park or Riverside Long "
             "Stay. A \"Weekday\" ticket is valid Monday to Friday only; a \"7-day\" ticket is valid every "
             "day.")
    d.h1("2. Prices")
    d.clause("2.1", "Season Ticket prices, including VAT, are:")
    d.grid(["Car Park and ticket type", "1 month", "3 months", "12 months"],
           [["Tollerby Station Multi-storey, 7-day", "GBP 148", "GBP 420", "GBP 1,520"],
            ["Tollerby Station Multi-storey, Weekday", "GBP 124", "GBP 350", "GBP 1,260"],
            ["Wharf Street Car Park, 7-day", "GBP 88", "GBP 250", "GBP 900"],
            ["Riverside Long Stay, 7-day", "GBP 62", "GBP 175", "GBP 640"]], [80, 30, 30, 30])
    d.para("* Motorcycles in marked motorcycle bays pay 50% of these prices. Blue Badge holders receive a "
           "discount of 30% on any Season Ticket. A 12-month ticket may instead be paid by 12 monthly direct "
           "debits of one twelfth of the price plus 6%.", size=8.5, style="I")
    d.clause("2.2", "We may change prices on 30 days' notice. A change does not affect a Season Ticket already "
             "bought until it expires.")
    d.h1("3. Using your Season Ticket")
    d.clause("3.1", "A Season Ticket does not reserve a particular space and does not guarantee that a space "
             "will be free. Up to 2 vehicles may be registered on one Season Ticket, but only one of them may "
             "be in the Car Park at any time.")
    d.clause("3.2", "Vehicles may stay for no more than 72 hours at a time. Wharf Street Car Park is closed "
             "from 00:00 to 06:00 and vehicles left there overnight may be locked in. Tollerby Station "
             "Multi-storey has a height limit of 2.1 metres.")
    d.clause("3.3", "Season Ticket Holders may use the electric vehicle charging bays only while charging, and "
             "pay for the electricity at the tariff shown on the charger. Parking in a disabled bay needs a "
             "Blue Badge on display as well as the Season Ticket.")
    d.clause("3.4", "The registration number on the account may be changed online free of charge up to 4 times "
             "in a Valid Period; each further change costs GBP 5. A Holder who still uses a paper or card "
             "permit may have a replacement for a lost or damaged one for GBP 12.")
    d.h1("4. Cancelling and refunds")
    d.clause("4.1", "A 3-month or 12-month Season Ticket may be surrendered at any time by cancelling it in the "
             "account. We then recalculate the part already used at the 1-month price for each month or part "
             "month used, and refund the rest of the price paid, less an administration fee of GBP 10. If the "
             "recalculated amount is more than the price paid, no refund is due.")
    d.clause("4.2", "1-month Season Tickets cannot be refunded. A Holder who bought online may cancel within 14 "
             "days of buying for a full refund if the Valid Period has not started.")
    d.clause("4.3", "If we close a Car Park for more than 5 days in a row for works, we add the days of closure "
             "to the end of the Valid Period, or refund them pro rata if the Holder asks.")
    d.h1("5. Parking charges")
    d.clause("5.1", "A Parking Charge Notice (PCN) of GBP 100 may be issued to a vehicle that parks without a "
             "valid Season Ticket or pay-and-display ticket, outside a marked bay, in a disabled bay without a "
             "Blue Badge, or in an electric vehicle charging bay while not charging. The charge is reduced to "
             "GBP 60 if paid within 14 days of the date of issue.")
    d.clause("5.2", "Appeals must be made in writing within 28 days of the date of issue. We will reply within "
             "35 days; while an appeal is open the reduced charge stays available. If we reject the appeal, "
             "the Holder may appeal to Parking Appeals Panel Ltd, an independent service, within 28 days of "
             "our decision.")
    d.clause("5.3", "A PCN issued because the registration on the account was wrong by one character will be "
             "cancelled on the Holder's first appeal.")
    d.h1("6. Ending a Season Ticket")
    d.clause("6.1", "We may cancel a Season Ticket without refund if the Holder lets an unregistered vehicle use "
             "it, sells it on, or gives false information to buy it, and we may refuse to sell the Holder "
             "another Season Ticket for 12 months.")
    d.h1("7. Liability")
    d.clause("7.1", "Vehicles and their contents are left at the owner's risk. We are not liable for loss of or "
             "damage to a vehicle unless it is caused by our negligence or by a defect in the Car Park we "
             "knew about.")
    d.clause("7.2", "Customer service: 0161 496 0731 (Monday to Friday 08:00 to 18:00) or "
             "seasons@cindergate.example.")
    return d.save("legal/season_ticket_terms_cindergate_tollerby.pdf")


# =============================================================================
# 4. Hay fever self-care leaflet (question-and-answer)
# =============================================================================
def hay_fever_leaflet():
    d = Doc("Hay fever - treating it and when to get help", "Leaflet PH-27",
            "Ashcott Lane Community Pharmacies - patient information", accent=(120, 100, 0), body_size=10.5)
    d.title_block("Hay fever: treating it yourself and when to get help",
                  "Information from your pharmacist for adults and children with hay fever (seasonal allergic "
                  "rhinitis). Ask at the counter if you have any questions.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is hay fever?",
       "Hay fever is an allergy to pollen. It causes sneezing, a runny or blocked nose, and itchy, red or watery "
       "eyes. Tree pollen is highest from late March to mid-May, grass pollen from mid-May to July, and weed "
       "pollen from the end of June to September. Most people with hay fever react to grass pollen.")
    qa("What can I buy from the pharmacy?",
       "There are three main types of treatment: antihistamine tablets or liquids, steroid nasal sprays, and eye "
       "drops. Non-drowsy antihistamines such as cetirizine and loratadine are usually tried first. Steroid nasal "
       "sprays work best for a blocked nose. The table shows doses of the medicines we sell.")
    d.grid(["Medicine", "Adults and children 12 and over", "Children 6 to 11 years", "Children 2 to 5 years"],
           [["Cetirizine (tablets or liquid)", "10 mg once a day", "5 mg twice a day", "2.5 mg twice a day "
             "(liquid)"],
            ["Loratadine (tablets or liquid)", "10 mg once a day", "10 mg once a day if over 30 kg; 5 mg once a "
             "day if 30 kg or under", "5 mg once a day (liquid)"],
            ["Chlorphenamine (causes drowsiness)", "4 mg every 4 to 6 hours, maximum 24 mg a day",
             "2 mg every 4 to 6 hours, maximum 12 mg a day", "1 mg every 4 to 6 hours, maximum 6 mg a day"],
            ["Beclometasone nasal spray", "Adults 18 and over: 2 sprays in each nostril twice a day",
             "Prescription only", "Prescription only"],
            ["Sodium cromoglicate eye drops", "1 or 2 drops in each eye 4 times a day", "1 or 2 drops in each "
             "eye 4 times a day", "Ask the GP"]], [40, 46, 46, 38], size=8.5)
    d.para("Children under 2 years should not be given any of these medicines without advice from a doctor.",
           size=9, style="B")
    qa("How do I use a steroid nasal spray?",
       "Start using it 2 weeks before your hay fever season usually starts, and use it every day, not just when "
       "you have symptoms. It can take up to 2 weeks to work fully. Shake the bottle, tilt your head slightly "
       "forward, put the nozzle just inside the nostril and point it towards the outside of your nose, away from "
       "the middle. Sniff gently. Once your symptoms are under control you can reduce to 1 spray in each "
       "nostril twice a day.")
    qa("Will antihistamines make me sleepy?",
       "Chlorphenamine often makes people drowsy, and the effect can last into the next day. Do not drive, "
       "cycle or use machinery if you feel sleepy, and do not drink alcohol with it. Cetirizine makes a few "
       "people drowsy; loratadine very rarely does.")
    qa("Can I take hay fever medicines if I am pregnant or breastfeeding?",
       "Speak to the pharmacist or GP first. Loratadine is the antihistamine usually preferred in pregnancy and "
       "when breastfeeding. Avoid chlorphenamine in the last month of pregnancy. Beclometasone nasal spray can "
       "be used in pregnancy on a GP's advice.")
    qa("What else can I do to help?",
       "Put a little petroleum jelly around your nostrils to trap pollen. Wear wraparound sunglasses outdoors. "
       "Shower and change your clothes after you have been outside, and keep windows and doors shut when the "
       "pollen count is high. Do not dry washing outside on high-pollen days. Check the pollen forecast, and "
       "stay indoors where you can when the count is very high.")
    qa("When should I see a GP?",
       "See your GP if your symptoms are not better after 2 weeks of using a pharmacy treatment properly, if "
       "your child is under 2, or if your nose is blocked on one side only. Get an urgent appointment if you "
       "have wheezing, a tight chest or shortness of breath, because hay fever can set off asthma. Stop the "
       "nasal spray and see the pharmacist if you have nosebleeds that keep coming back.")
    qa("Can I have a hay fever injection?",
       "Steroid injections for hay fever are not recommended, because they can cause serious side effects and "
       "are not offered by the NHS. For very severe hay fever that does not respond to treatment, a specialist "
       "may offer immunotherapy (desensitisation), which is usually taken for 3 years.")
    d.para("Ashcott Lane Pharmacy, Tollerby: 0161 496 0418. This leaflet was reviewed in February 2027.",
           size=9, style="I")
    return d.save("medical/hay_fever_leaflet_ashcott_lane.pdf")


# =============================================================================
# 5. Iron (ferrous sulfate) tablets leaflet (question-and-answer)
# =============================================================================
def iron_tablets_leaflet():
    d = Doc("Iron tablets (ferrous sulfate) - your questions answered", "Leaflet HAEM-09",
            "Gildersby Hospitals NHS Trust - Haematology and Pharmacy", accent=(140, 30, 30), body_size=10.5)
    d.title_block("Iron tablets (ferrous sulfate 200 mg): your questions answered",
                  "For adults who have been prescribed iron tablets for iron deficiency anaemia. Your own "
                  "prescription label always comes first.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("Why have I been given iron tablets?",
       "Your blood test shows that you do not have enough iron. Iron is needed to make haemoglobin, the part "
       "of red blood cells that carries oxygen. Without enough iron you may feel tired, short of breath or dizzy, "
       "and look pale. Your doctor may also arrange tests to find out why your iron is low.")
    qa("How should I take them?",
       "The usual dose is one ferrous sulfate 200 mg tablet (containing 65 mg of iron) once a day. Some people are "
       "asked to take one tablet every other day, which can be absorbed just as well and cause fewer side "
       "effects; follow the instructions on your label. Take the tablet with water or orange juice on an empty "
       "stomach, 1 hour before breakfast. Vitamin C in orange juice helps your body absorb the iron. If the "
       "tablets upset your stomach, you may take them with or just after food instead.")
    qa("What should I not take at the same time?",
       "Some foods, drinks and medicines stop iron being absorbed, and iron can stop some medicines working. "
       "Leave these gaps:")
    d.grid(["Food, drink or medicine", "Gap from your iron tablet"],
           [["Tea, coffee, milk and other dairy foods", "At least 1 hour before or 2 hours after"],
            ["Indigestion remedies (antacids) and calcium tablets", "At least 2 hours either side"],
            ["Levothyroxine (for the thyroid)", "At least 4 hours either side"],
            ["Ciprofloxacin, levofloxacin, doxycycline, tetracycline", "Take the antibiotic 2 hours before or "
             "6 hours after the iron"],
            ["Zinc supplements", "At least 2 hours either side"],
            ["Omeprazole or lansoprazole", "No gap needed, but tell your doctor: they can reduce absorption"]],
           [85, 85])
    qa("What side effects might I get?",
       "Iron tablets can cause feeling sick, stomach pain, constipation or diarrhoea. These are often mild and "
       "settle after a few weeks. Your poo (stools) will probably turn black or very dark green: this is normal "
       "and harmless. If side effects bother you, talk to your pharmacist or GP; taking the tablet every other "
       "day or with food often helps. Do not simply stop taking the tablets.")
    qa("When should I get help urgently?",
       "Contact your GP the same day, or call 111, if your stools are black and sticky like tar, or contain red "
       "blood, and you have tummy pain or feel faint, because this could be bleeding in the gut rather than the "
       "iron. Call 999 if you vomit blood.")
    qa("How long will I need to take them?",
       "You will usually start to feel better within a week or two. Your haemoglobin should rise by about 20 g/L "
       "every 3 to 4 weeks. You will have a blood test 4 weeks after starting, to check that the tablets are "
       "working. Once your haemoglobin is back to normal, keep taking the tablets for a further 3 months to "
       "refill your iron stores, and then stop unless your doctor says otherwise.")
    qa("What if I forget a dose?",
       "Take it as soon as you remember on the same day. If you do not remember until the next day, skip the "
       "missed dose and take the next one as normal. Never take 2 doses to make up for a missed one.")
    qa("Are iron tablets dangerous to children?",
       "Yes. Even a few adult iron tablets can cause serious poisoning in a young child. Keep them locked away "
       "out of the sight and reach of children. If a child swallows any, take them to A&E straight away with "
       "the packet, even if they seem well.")
    qa("Can I take iron tablets if I am pregnant?",
       "Yes. Iron deficiency is common in pregnancy and iron tablets are safe to take. Your midwife will check "
       "your haemoglobin at booking and at 28 weeks.")
    qa("What if I cannot swallow tablets, or they do not work?",
       "Ask your pharmacist about a liquid iron such as ferrous fumarate syrup. If your haemoglobin has not "
       "risen after 4 weeks of taking iron properly, or you cannot take any iron by mouth, your doctor may "
       "refer you for an iron infusion (iron given into a vein).")
    qa("Which foods contain iron?",
       "Red meat, liver, beans and lentils, dark green leafy vegetables, dried apricots and fortified breakfast "
       "cereals. Iron from meat is absorbed best. Avoid liver if you are pregnant.")
    d.para("Haematology nurse advice line: 01904 555 0172 (Monday to Friday 09:00 to 16:00).", size=9.5,
           style="B")
    return d.save("medical/iron_tablets_leaflet_gildersby.pdf")


# =============================================================================
# 6. Postoperative nausea and vomiting guideline
# =============================================================================
def ponv_guideline():
    d = Doc("Postoperative nausea and vomiting (PONV)", "Guideline ANA-031, version 3",
            "Stanmere General Hospital - Department of Anaesthesia", accent=(0, 90, 120))
    d.title_block("PREVENTION AND TREATMENT OF POSTOPERATIVE NAUSEA AND VOMITING (PONV)",
                  "For anaesthetists, recovery staff and ward teams caring for adults and children having "
                  "surgery. Approved by the Drugs and Therapeutics Committee, January 2027; review January 2030.")
    d.h1("1. Scope")
    d.clause("1.1", "This guideline applies to adults and to children weighing 10 kg or more having elective or "
             "emergency surgery under general or regional anaesthesia. It does not cover caesarean section "
             "(see the obstetric anaesthesia guideline) or nausea caused by chemotherapy.")
    d.clause("1.2", "For children under 10 kg, discuss antiemetic doses with the consultant paediatric "
             "anaesthetist.")
    d.h1("2. Assessing the risk")
    d.clause("2.1", "Adults: count one point for each of the following risk factors: female sex; non-smoker; "
             "history of PONV or motion sickness; opioids expected after surgery. Record the score (0 to 4) on "
             "the anaesthetic chart.")
    d.clause("2.2", "Children: count one point for each of: surgery lasting 30 minutes or more; age 3 years or "
             "older; strabismus (squint) surgery; history of postoperative vomiting, or PONV in a parent or "
             "sibling.")
    d.h1("3. Prophylaxis by risk score")
    d.grid(["Number of risk factors", "Approximate risk of PONV (adults)", "Prophylaxis"],
           [["0", "10%", "None routinely"],
            ["1", "20%", "One agent: dexamethasone at induction"],
            ["2", "40%", "Two agents: dexamethasone at induction and ondansetron at the end of surgery"],
            ["3 or 4", "60% to 80%", "Two agents as above, plus a third agent (cyclizine or droperidol) and "
             "consider total intravenous anaesthesia (TIVA) with propofol; avoid nitrous oxide"]],
           [40, 45, 85])
    d.clause("3.1", "For children, give ondansetron and dexamethasone if there are 2 or more risk factors, and "
             "ondansetron alone if there is 1.")
    d.clause("3.2", "Reduce baseline risk in every patient where possible: use regional anaesthesia and "
             "opioid-sparing analgesia (paracetamol, NSAIDs, local anaesthetic infiltration), keep the patient "
             "well hydrated, and avoid long fasting from clear fluids.")
    d.h1("4. Adult doses")
    d.grid(["Drug", "Adult dose", "When to give", "Cautions"],
           [["Dexamethasone", "6.6 mg IV", "At induction", "Raises blood glucose: see 6.3. Not as rescue"],
            ["Ondansetron", "4 mg IV", "At the end of surgery", "QT prolongation; maximum 16 mg in 24 hours"],
            ["Cyclizine", "50 mg IV or IM", "At the end of surgery or as rescue", "Maximum 150 mg in 24 hours; "
             "avoid in severe heart failure"],
            ["Droperidol", "0.625 mg to 1.25 mg IV", "At the end of surgery", "QT prolongation; avoid in "
             "Parkinson's disease"],
            ["Prochlorperazine", "12.5 mg IM", "Rescue only", "Not IV; avoid in Parkinson's disease"]],
           [32, 36, 42, 60])
    d.h1("5. Children's doses by weight")
    d.para("Use the child's measured weight on the day of surgery. Doses are rounded to volumes that can be "
           "measured.")
    d.grid(["Weight", "Ondansetron IV (0.1 mg/kg, maximum 4 mg)", "Dexamethasone IV (0.15 mg/kg, maximum "
            "6.6 mg)"],
           [["10 to 14 kg", "1 mg", "1.5 mg"],
            ["15 to 19 kg", "1.5 mg", "2.2 mg"],
            ["20 to 29 kg", "2 mg", "3.3 mg"],
            ["30 to 39 kg", "3 mg", "4.4 mg"],
            ["40 kg and over", "4 mg", "6.6 mg"]], [40, 65, 65])
    d.para("* Cyclizine and droperidol are not used for children in this hospital. Rescue for children: a "
           "second dose of ondansetron may be given if more than 6 hours have passed since the first; otherwise "
           "call the anaesthetist.", size=8.5, style="I")
    d.h1("6. Treating PONV after surgery (rescue)")
    d.clause("6.1", "First look for a cause: pain, low blood pressure, low oxygen saturation, a full bladder, "
             "blood in the stomach or opioid side effects. Treat the cause as well as the nausea.")
    d.clause("6.2", "Give an antiemetic from a different class from any given as prophylaxis. Do not repeat "
             "ondansetron within 6 hours of the last dose. Do not use dexamethasone as a rescue drug. If no "
             "prophylaxis was given, give ondansetron 4 mg IV first.")
    d.clause("6.3", "Dexamethasone raises blood glucose. In patients with diabetes, check capillary glucose "
             "before the patient leaves recovery and every 4 hours for 24 hours after the dose.")
    d.clause("6.4", "If nausea or vomiting continues after two rescue drugs from different classes, call the "
             "anaesthetist on call to review the patient.")
    d.h1("7. Day surgery and discharge")
    d.clause("7.1", "A day-case patient who is still vomiting, or cannot drink, 4 hours after surgery must be "
             "reviewed by the anaesthetist before discharge and may need an overnight stay.")
    d.clause("7.2", "Adults with 3 or more risk factors may be given ondansetron 4 mg orodispersible tablets to "
             "take home, one every 8 hours when needed, for up to 3 days (maximum 9 tablets).")
    d.h1("8. Special groups")
    d.clause("8.1", "Parkinson's disease: avoid droperidol, prochlorperazine and metoclopramide. Ondansetron and "
             "cyclizine may be used.")
    d.clause("8.2", "Long QT: do not give ondansetron or droperidol if the QTc is over 470 ms in men or over 480 "
             "ms in women; use cyclizine instead and discuss with the anaesthetist.")
    d.clause("8.3", "Pregnancy (non-obstetric surgery): ondansetron and cyclizine may be used; discuss "
             "dexamethasone with the obstetric team.")
    d.para("Author: Dr Rosalind Achebe-Moyle, consultant anaesthetist. Pharmacy: Tomasz Wieczorek, "
           "theatres pharmacist.", size=9, style="I")
    return d.save("medical/ponv_guideline_stanmere.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([driving_school_terms, solar_contract, season_ticket_terms,
                       hay_fever_leaflet, iron_tablets_leaflet, ponv_guideline], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
