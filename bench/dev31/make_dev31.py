"""Render the thirty-first development-set documents (fictional) as PDFs into bench/dev31/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: beekeeping
course booking terms (a course price table, an age table with junior prices by age on the start date, deposits,
a cancellation refund table by days before the course, transfers and substitutes, weather and practical
sessions, sting allergy and protective clothing, nucleus colony orders), a window blinds supply and fitting
contract (survey and customer measurements, a cancellation charge table by stage, deposit and balance, access
and failed visits, height and scaffold towers, cord safety, a guarantee table by product, an order schedule and
an alteration charge table by width after the signatures), a cycle workshop's repair terms (estimates and
quotes, a service package table for standard bikes and e-bikes with a footnote, approval of extra work, labour
rates, customer parts, a storage charge table by days after the collection notice, late cancellation), a home
exercise plan after a knee replacement for an invented patient (targets by week, an exercise table, a pain score
action table, swelling and elevation, kneeling, stairs, driving), a peak flow diary leaflet in
question-and-answer form (how to blow, when to record, a predicted peak flow table by height, a variability
table, work diaries, when to get help), and an eczema wet wrapping guide for parents (when not to wrap, steps,
an emollient and garment size table by age with a footnote, how long, overnight care, troubleshooting).
Questions: bench/dev31/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev31/make_dev31.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 10, 4, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 31 (fictional document)", "make_dev31.py", FIXED_DATE)


# =============================================================================
# 1. Beekeeping course booking terms
# =============================================================================
def beekeeping_terms():
    d = Doc("Hollowmead Apiary School - Course Booking Terms 2028", "Terms HAS-03, issued 1 November 2027",
            "Hollowmead Apiary School CIC, Stoke Warrender", accent=(150, 100, 0))
    d.title_block("COURSE BOOKING TERMS AND CONDITIONS 2028",
                  "These terms apply to every course, workshop and lesson run by Hollowmead Apiary School CIC "
                  "(\"we\", \"us\") at Hollowmead Apiary, Stoke Warrender, from 1 January 2028. Please read them "
                  "before you book; by paying a deposit or fee you accept them.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Booker\" means the person who makes and pays for a booking. \"Participant\" means each "
             "person named on a booking who attends a Course; the Booker may also be a Participant. \"Course\" "
             "means any course, workshop, Taster Day or Private Hive Lesson listed in clause 2.")
    d.clause("1.2", "\"Course Start Date\" means the date of the first session of a Course (for a Taster Day or "
             "Private Hive Lesson, the date of the day or lesson itself). \"Practical Session\" means a session "
             "held at the open hives, in protective clothing. \"Classroom Session\" means a session held indoors "
             "in the Hollowmead study barn.")
    d.h1("2. Courses and prices")
    d.clause("2.1", "Adult prices for 2028 are set out below. Prices include VAT, the loan of protective clothing "
             "(clause 7.2), course notes and refreshments.")
    d.grid(["Course", "What it includes", "Adult price"],
           [["Taster Day", "One Saturday, 10:00 to 16:00: a talk on the honey bee year and one hive opening",
             "GBP 85"],
            ["Beginners' Course", "6 weekly evening Classroom Sessions (Tuesdays, February and March) and 2 "
             "Practical Sessions (Saturdays in May)", "GBP 295"],
            ["Improvers' Course *", "4 Practical Sessions (May to July): swarm control, disease checks, "
             "preparing for winter", "GBP 240"],
            ["Queen Rearing Workshop *", "2 consecutive days in June", "GBP 180"],
            ["Private Hive Lesson", "2 hours at our hives with a tutor, for up to 3 people", "GBP 140 per lesson"]],
           [42, 98, 30])
    d.para("* The Improvers' Course and the Queen Rearing Workshop are open only to Participants who have "
           "completed a beginners' course (ours or another) or have kept bees for at least one full season.",
           size=8.5, style="I")
    d.clause("2.2", "Members of the Hollowmead Beekeepers' Association receive a 10% discount on Course prices. "
             "The discount does not apply to Taster Days or Private Hive Lessons, and only one discount may be "
             "used per booking.")
    d.h1("3. Booking and payment")
    d.clause("3.1", "A place is confirmed when we receive payment. For the Beginners' Course the Booker pays a "
             "deposit of 30% of the fee when booking, and the balance is due 28 days before the Course Start "
             "Date. All other Courses are paid in full when booking.")
    d.clause("3.2", "If the balance is not paid by the due date, we will send a reminder; if it is still unpaid "
             "7 days later, we may release the place and clause 5.1 applies as if the Booker had cancelled on "
             "the date the place was released.")
    d.h1("4. Age rules")
    d.clause("4.1", "Age is taken on the Course Start Date. Younger Participants are welcome, subject to the "
             "following rules for each age band:")
    d.grid(["Age on the Course Start Date", "Courses open to them", "Price", "Adult in the apiary"],
           [["Under 10 years", "None", "-", "-"],
            ["10 to 13 years", "Taster Day and Private Hive Lesson only", "50% of the adult price",
             "A booked adult, one adult per child"],
            ["14 to 17 years", "All Courses", "75% of the adult price", "A booked adult, up to 2 children each"],
            ["18 years and over", "All Courses", "Adult price", "Not required"]], [42, 50, 36, 42])
    d.clause("4.2", "A Participant aged 16 or 17 needs a consent form signed by a parent or guardian, even if the "
             "booked adult is not the parent. Children may not be left in the apiary without their booked adult "
             "at any time.")
    d.h1("5. If you cancel or change a booking")
    d.clause("5.1", "The Booker may cancel by e-mail to bookings@hollowmead.example. The refund depends on how many "
             "whole days before the Course Start Date we receive the cancellation:")
    d.grid(["Cancellation received", "Refund of the fees paid"],
           [["42 days or more before the Course Start Date", "Full refund, less an administration fee of GBP 20 "
             "per booking"],
            ["21 to 41 days before", "50% of the fees paid"],
            ["8 to 20 days before", "25% of the fees paid"],
            ["7 days or fewer before, or failure to attend", "No refund"]], [80, 90])
    d.clause("5.2", "Instead of cancelling, the Booker may transfer a booking to the same Course on a later date "
             "in the same or the next year, once per booking. A transfer made 21 days or more before the Course "
             "Start Date is free; a later transfer costs GBP 15 per Participant. A transferred booking cannot "
             "later be refunded.")
    d.clause("5.3", "The Booker may name another person to take a Participant's place at any time before the "
             "Course starts, at no charge, provided the new Participant meets the age rules in clause 4 and any "
             "experience requirement in clause 2.")
    d.h1("6. Weather and changes we make")
    d.clause("6.1", "Bees are only handled in suitable weather. A Practical Session goes ahead only if the air "
             "temperature at the apiary is at least 15 degrees C and it is dry, with wind below 20 mph. We "
             "decide by 08:00 on the day and tell Participants by text message.")
    d.clause("6.2", "A Practical Session called off because of the weather is rescheduled to another date before "
             "30 September of the same year. A Participant who cannot attend the rescheduled date receives a "
             "credit note for the value of that session, valid for 12 months; weather changes do not give a "
             "right to a cash refund.")
    d.clause("6.3", "If we cancel a whole Course for any reason, the Booker may choose a full refund of all fees "
             "paid or a place on another date. We are not liable for travel or accommodation costs.")
    d.h1("7. Health, safety and protective clothing")
    d.clause("7.1", "Stings are a normal part of beekeeping; even in protective clothing Participants may be "
             "stung. Every Participant must tell us when booking about any known allergy to insect stings. A "
             "Participant who has had a severe allergic reaction to a bee or wasp sting may attend Classroom "
             "Sessions but may attend Practical Sessions only if they bring two adrenaline auto-injectors and a "
             "letter from their GP confirming they may take part.")
    d.clause("7.2", "A bee suit with veil and a pair of gloves are provided free of charge on every Course. "
             "Participants who bring their own suit must let the tutor inspect it before the session; torn "
             "suits or veils will not be allowed. Participants must wear wellington boots or other boots that "
             "cover the ankle; boots are not provided.")
    d.clause("7.3", "A qualified first aider is present at every Practical Session. Participants must follow the "
             "tutor's instructions at the hives, must not drink alcohol before a Practical Session, and must "
             "not use perfume or aftershave on the day. Dogs are not allowed in the apiary.")
    d.h1("8. Nucleus colonies and equipment")
    d.clause("8.1", "Participants on the Beginners' Course may order a nucleus colony (a small colony of bees on "
             "5 frames with a laying queen) for GBP 225, with a non-refundable deposit of GBP 75 when "
             "ordering. Nucleus colonies are supplied in May or June when available; we confirm the collection "
             "date 7 days ahead and cannot guarantee supply.")
    d.clause("8.2", "Participants on any Course receive a 15% discount on equipment bought from the Hollowmead "
             "shop until 31 December of the year of the Course.")
    d.h1("9. Liability and complaints")
    d.clause("9.1", "Our total liability to a Booker for any booking is limited to the fees paid for that booking. "
             "Nothing in these terms limits our liability for death or personal injury caused by our negligence "
             "or the Booker's statutory rights.")
    d.clause("9.2", "Complaints should be made in writing within 14 days after the Course to the School Manager, "
             "Ms Eleri Vantongeren, at the address above. We reply within 10 working days.")
    return d.save("legal/beekeeping_course_terms_hollowmead.pdf")


# =============================================================================
# 2. Window blinds supply and fitting contract
# =============================================================================
def blinds_contract():
    d = Doc("Supply and Fitting Contract - Lumenfold Blinds / Brannagh", "Order LF-27-4418",
            "Lumenfold Blinds Ltd, Unit 4 Carrick Way, Pendlesham - Mrs O. Brannagh", font="Times",
            accent=(40, 60, 110), body_size=10.5)
    d.title_block("MADE-TO-MEASURE BLINDS: SUPPLY AND FITTING CONTRACT",
                  "Between Lumenfold Blinds Ltd, company no. 11873305 (\"Lumenfold\", \"we\") and Mrs Ottilie "
                  "Brannagh of 27 Quarry Bank Road, Pendlesham PN4 7HW (\"you\"). Signed at your home on 3 "
                  "March 2028 following our survey visit.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Goods\" means the blinds and fittings listed in Schedule 1, all of which are made to measure "
             "for your windows. \"Contract Price\" means the total price in Schedule 1, including VAT and the "
             "fitting charge. \"Survey\" means the visit at which our surveyor measures your windows and agrees "
             "the Goods with you. \"Fitting Date\" means the date agreed for fitting the Goods. \"Working Day\" "
             "means Monday to Friday, except bank holidays.")
    d.clause("1.2", "\"Manufacture\" starts when the fabric or slats for any item are cut. We will tell you by "
             "text message on the day Manufacture starts.")
    d.h1("2. Survey and measurements")
    d.clause("2.1", "Our surveyor measures every window and is responsible for those measurements. If a blind we "
             "measured does not fit, we remake it free of charge.")
    d.clause("2.2", "If you give us your own measurements for any item, you are responsible for any errors in "
             "them. A blind made to your measurements that does not fit can be remade at 60% of the item price "
             "shown in Schedule 1.")
    d.h1("3. Price and payment")
    d.clause("3.1", "You pay a deposit of 30% of the Contract Price when you sign. The balance is payable within 7 "
             "days after fitting is completed, by bank transfer or card. We do not charge for card payments.")
    d.clause("3.2", "If the balance is paid late we may charge interest at 3% a year above the Bank of England "
             "base rate from the due date until payment.")
    d.clause("3.3", "The Goods remain ours until the Contract Price has been paid in full, but they are at your "
             "risk once fitted.")
    d.h1("4. Cancellation")
    d.clause("4.1", "Because this contract was signed at your home, you have a cooling-off period of 14 days from "
             "the day you signed. Manufacture does not normally start until the cooling-off period has ended; "
             "you may ask us in writing to start earlier. The charges if you cancel are:")
    d.grid(["When you cancel", "What you pay"],
           [["Within 14 days of signing, before Manufacture has started", "Nothing: your deposit is refunded in "
             "full within 14 days"],
            ["Within 14 days of signing, after you asked us in writing to start Manufacture early", "The cost of "
             "work done, up to 40% of the Contract Price"],
            ["More than 14 days after signing, before Manufacture has started", "25% of the Contract Price"],
            ["After Manufacture has started", "The full price of the Goods (the fitting charge is not payable)"]],
           [85, 85])
    d.clause("4.2", "To cancel, tell us in writing (the cancellation form on our website, a letter or an e-mail "
             "to orders@lumenfold.example). Any balance of the deposit due to you is refunded to the card or "
             "account you paid from.")
    d.h1("5. Delivery and fitting")
    d.clause("5.1", "Made-to-measure Goods are normally ready 15 to 20 Working Days after Manufacture starts. We "
             "will agree the Fitting Date with you at least 5 Working Days in advance.")
    d.clause("5.2", "You must give our fitter clear access to each window on the Fitting Date, with windowsills "
             "cleared, and a power socket within 5 metres. If we cannot get in at the agreed time, or cannot "
             "fit because access was not clear, we charge a failed visit charge of GBP 45 and agree a new "
             "date.")
    d.clause("5.3", "Our fitting charge covers fitting with ladders up to a working height of 3.5 metres. Where "
             "any window or roof is higher than 3.5 metres, a scaffold tower is needed, charged at GBP 60 per "
             "day; it is not included in the Contract Price unless it is listed in Schedule 1.")
    d.clause("5.4", "We fix into plaster, brick, timber and uPVC frames. We are not responsible for damage to "
             "tiles or plaster that was loose or cracked before fitting, but we will tell you if we see any.")
    d.h1("6. Child safety")
    d.clause("6.1", "All blinds with cords or chains are supplied with safety devices meeting BS EN 13120. Our "
             "fitter fixes every cord or chain tidy (cleat) at least 1.5 m above the floor, and will explain "
             "how to use it. You must not remove safety devices or move cleats lower. Motorised blinds have no "
             "cords.")
    d.h1("7. Guarantee")
    d.clause("7.1", "We guarantee the Goods against defects in materials and manufacture for the periods below, "
             "from the Fitting Date. We will repair or replace a faulty blind free of charge.")
    d.grid(["Product", "Guarantee"],
           [["Roller blinds (fabric and PVC)", "5 years"],
            ["Vertical blinds", "3 years"],
            ["Aluminium venetian blinds", "3 years"],
            ["Wooden and faux-wood venetian blinds", "2 years"],
            ["Pleated blinds and conservatory roof blinds", "3 years"],
            ["Motorised blinds", "5 years on the motor; 1 year on the remote control, charger and batteries"]],
           [85, 85])
    d.clause("7.2", "Our fitting workmanship is guaranteed for 12 months from the Fitting Date. The guarantee does "
             "not cover fading of fabric in sunlight, damage by pets or misuse, or fabric blinds fitted in "
             "bathrooms or over sinks against our advice (PVC roller blinds are suitable for wet areas).")
    d.h1("8. Complaints, liability and law")
    d.clause("8.1", "Please tell us about any problem within 7 days of fitting if you can, so that we can put it "
             "right quickly. Our liability is limited to the Contract Price, except for death or personal injury "
             "caused by our negligence and your statutory rights, which are not affected.")
    d.clause("8.2", "This contract is governed by the law of England and Wales.")
    d.signature_block(["Signed by Mrs Ottilie Brannagh (customer)",
                       "Signed for Lumenfold Blinds Ltd by Callum Ferrier-Oduya, Surveyor"])
    d.h1("SCHEDULE 1 - ORDER DETAILS")
    d.grid(["Room", "Product", "Size (width x drop)", "Operation", "Price"],
           [["Lounge bay (3 windows)", "Wooden venetian, 50 mm slats, Ashgrove Oak (3 blinds)", "88 x 140 cm each",
             "Cord tilt and lift", "GBP 537.00"],
            ["Kitchen", "PVC roller, Marlow Sage", "104 x 120 cm", "Side chain", "GBP 96.00"],
            ["Main bedroom", "Blackout roller, Nightfall Slate, motorised", "162 x 150 cm",
             "Rechargeable motor, remote control", "GBP 348.00"],
            ["Bathroom", "PVC roller, Aqua White", "58 x 90 cm", "Side chain", "GBP 64.00"],
            ["Conservatory roof", "Pleated roof blinds, Solis Pearl (4 panels)", "70 x 210 cm each",
             "Telescopic pole", "GBP 568.00"],
            ["", "Fitting charge (all rooms)", "", "", "GBP 95.00"],
            ["", "Contract Price (including VAT)", "", "", "GBP 1,708.00"]], [30, 55, 30, 33, 22])
    d.para("Deposit paid on signing (30%): GBP 512.40. Balance due after fitting: GBP 1,195.60. Measurements "
           "taken by Lumenfold at the Survey on 3 March 2028. Provisional Fitting Date: week beginning 10 April "
           "2028.", size=9.5)
    d.h1("SCHEDULE 2 - ALTERATION CHARGES")
    d.para("If, after fitting, you ask us to change the size of a blind that was made and fitted correctly "
           "(for example because you have new windows or want a different width), the charge per blind is:")
    d.grid(["Width of the blind after alteration", "Charge per blind"],
           [["Up to 120 cm", "GBP 35"],
            ["121 to 200 cm", "GBP 55"],
            ["Over 200 cm", "GBP 80"]], [85, 60])
    d.para("Alteration charges include collecting and refitting the blind. Motorised blinds: add GBP 30 per blind "
           "for re-setting the motor limits. Wooden venetian blinds can be made narrower but not shorter.",
           size=9, style="I")
    return d.save("legal/blinds_fitting_contract_lumenfold_brannagh.pdf")


# =============================================================================
# 3. Cycle workshop repair terms
# =============================================================================
def cycle_workshop():
    d = Doc("Spokewright Cycles - Workshop Terms and Price List", "Effective 1 March 2028",
            "Spokewright Cycles Ltd, 9 Tanner's Yard, Ellerbridge", accent=(0, 110, 60))
    d.title_block("WORKSHOP TERMS AND CONDITIONS",
                  "for repairs and servicing of bicycles by Spokewright Cycles Ltd (\"we\", \"us\", \"the "
                  "workshop\"). These terms form part of every job sheet you sign when you leave a Bike with us.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Bike\" means any pedal cycle left with us, including electrically assisted bikes "
             "(\"e-bikes\"), cargo bikes and tandems. \"Job Sheet\" means the form you sign when leaving the Bike, "
             "listing the work requested. \"Collection Notice\" means our text message or e-mail telling you the "
             "Bike is ready to collect.")
    d.clause("1.2", "An \"Estimate\" is our best guess of the cost; the final bill may be different. A \"Quote\" is "
             "a fixed price for the work described, valid for 14 days. We give a Quote only if you ask for one "
             "and we have inspected the Bike.")
    d.h1("2. Booking and leaving your Bike")
    d.clause("2.1", "Work is booked by appointment online or in the shop. Bikes are dropped off between 08:30 and "
             "10:00 on the booked day. Please remove lights, cycle computers, bags, pumps and child seats before "
             "leaving the Bike; we are not responsible for accessories left on it.")
    d.clause("2.2", "You may cancel or move a booking free of charge if you tell us at least 24 hours before the "
             "drop-off time. Otherwise, or if you do not bring the Bike, we charge a late cancellation fee of "
             "GBP 15, which we deduct from your next job.")
    d.clause("2.3", "If you are not sure what is wrong, we charge an assessment fee of GBP 20, which is deducted "
             "from the bill if you then ask us to do the work.")
    d.h1("3. Service packages")
    d.grid(["Package", "What it includes", "Standard bike", "E-bike"],
           [["Safety Check", "Brakes and gears adjusted, tyres inflated, bolts checked, test ride", "GBP 35",
             "GBP 45"],
            ["Standard Service", "Safety Check plus drivetrain cleaned, wheels trued in the bike, bearings "
             "adjusted, cables lubricated", "GBP 75", "GBP 90"],
            ["Full Service", "Standard Service plus the Bike stripped, cleaned and rebuilt, bearings regreased, "
             "new gear and brake cables fitted", "GBP 145", "GBP 175"],
            ["Suspension fork service", "Lower legs removed, seals cleaned, oil changed", "GBP 65", "GBP 65"]],
           [36, 88, 23, 23])
    d.para("* Package prices are for labour and do not include parts, except cables in the Full Service.\n"
           "* Cargo bikes and tandems: add GBP 20 to any package. Same-day service: add GBP 25 if the Bike is "
           "dropped off before 09:30.\n"
           "* E-bike packages include a motor and battery software check where the maker allows it.",
           size=8.5, style="I")
    d.h1("4. Extra work and approval")
    d.clause("4.1", "If we find that more work is needed than is on the Job Sheet, we will do extra work costing up "
             "to GBP 25 in total (parts and labour) without asking you, so the Bike is safe to ride. We will not "
             "carry out extra work costing more than GBP 25 without your approval by phone, text or e-mail; if "
             "we cannot reach you within 2 working days, we finish only the work on the Job Sheet.")
    d.clause("4.2", "We will not return a Bike with brakes that we consider unsafe without telling you in writing; "
             "if you refuse the repair, you ride it at your own risk.")
    d.h1("5. Labour rates and other jobs")
    d.clause("5.1", "Work outside the packages is charged at GBP 48 per hour, in units of 15 minutes, with a "
             "minimum charge of 15 minutes. E-bike electrical fault finding is charged at GBP 60 per hour.")
    d.grid(["Common job (labour only)", "Price"],
           [["Puncture repair (inner tube extra if needed)", "GBP 12 per wheel"],
            ["Fit a tyre or inner tube", "GBP 10 per wheel"],
            ["Hydraulic brake bleed", "GBP 35 per brake"],
            ["Fit new brake pads", "GBP 12 per brake"],
            ["Wheel true (off the bike)", "GBP 20 per wheel"],
            ["Fit chain", "GBP 12"],
            ["Fit chain and cassette", "GBP 22"],
            ["Replace a gear or brake cable", "GBP 18 per cable"]], [110, 50])
    d.clause("5.2", "We will fit parts you bring in yourself at our labour rates, if we consider them new, suitable "
             "and safe. Parts supplied by the customer carry no guarantee from us, and our labour guarantee does "
             "not apply where the fault is in such a part. We do not fit used brake parts.")
    d.h1("6. Our guarantee")
    d.clause("6.1", "Our labour is guaranteed for 30 days from the date you collect the Bike: if a fault is caused "
             "by our work, bring the Bike back and we will put it right free of charge. Parts we supply carry "
             "the maker's guarantee. Tyres, brake pads, chains and cassettes wear out with use; wear is not a "
             "defect.")
    d.clause("6.2", "Free gear and brake adjustment is offered within 6 weeks after a Standard Service or Full "
             "Service, because new cables stretch.")
    d.h1("7. E-bikes and batteries")
    d.clause("7.1", "We do not open or repair e-bike batteries. A battery that is swollen, cracked or has been in "
             "water will not be accepted into the workshop. We may remove batteries and store them in our "
             "fireproof cabinet while the Bike is with us, and we do not leave batteries charging overnight.")
    d.h1("8. Payment, collection and storage")
    d.clause("8.1", "Payment is due in full when you collect the Bike; we may keep the Bike until the bill is paid. "
             "We accept card and bank transfer, not cheques.")
    d.clause("8.2", "When the Bike is ready we send a Collection Notice. Storage is free for 7 days after the "
             "Collection Notice; after that we charge for storage as shown below, and the charge must be paid "
             "before the Bike is released.")
    d.grid(["Days after the Collection Notice", "Storage charge"],
           [["1 to 7 days", "Free"],
            ["8 to 28 days", "GBP 2 per day, from day 8"],
            ["29 to 90 days", "GBP 3 per day, from day 29"],
            ["More than 90 days", "We may sell or dispose of the Bike after giving you 14 days' written notice "
             "(Torts (Interference with Goods) Act 1977)"]], [70, 100])
    d.clause("8.3", "If we sell an uncollected Bike, we keep the money owed to us, including storage and our costs "
             "of sale, and hold the rest for you for 6 years.")
    d.h1("9. Special orders and wheel builds")
    d.clause("9.1", "Parts we order specially for you (for example a frame, a groupset or a wheel build) need a "
             "deposit of 50% of their price when ordered. Specially ordered parts cannot be returned once they "
             "have arrived, unless they are faulty.")
    d.clause("9.2", "Hand-built wheels are normally ready in 5 to 10 working days and include a free spoke "
             "re-tension within 3 months of collection.")
    d.h1("10. Your information")
    d.clause("10.1", "We keep your name, contact details and Job Sheets for 2 years so that we can deal with "
             "guarantee claims. We send service reminders only if you ask us to.")
    d.h1("11. Liability and complaints")
    d.clause("11.1", "We take care of Bikes while they are with us and are liable for loss or damage caused by our "
             "negligence, up to the value of the Bike. We are not liable for wear, rust or damage that was "
             "there before the Bike was left with us; we note visible damage on the Job Sheet.")
    d.clause("11.2", "Please raise any complaint with the workshop manager, Mr Teodor Ashbrook-Lennox, in the shop or "
             "at workshop@spokewright.example. Nothing in these terms affects your statutory rights.")
    return d.save("legal/cycle_workshop_terms_spokewright.pdf")


# =============================================================================
# 4. Home exercise plan after a knee replacement
# =============================================================================
def knee_plan():
    d = Doc("Home exercise plan after knee replacement", "Physiotherapy, Harrowdene Community Hospital",
            "Harrowdene Community Hospital - Physiotherapy Department", accent=(0, 90, 120))
    d.title_block("YOUR HOME EXERCISE PLAN AFTER A KNEE REPLACEMENT",
                  "Patient: Mrs Rosalind Quaintance, date of birth 22/08/1951, hospital no. HD-5520917\n"
                  "Physiotherapist: Ms Aoife Brennard-Kaur, Band 6 Physiotherapist")
    d.grid(["Item", "Details"],
           [["Operation", "Right total knee replacement, Tuesday 7 March 2028"],
            ["Date home", "Friday 10 March 2028"],
            ["Knee bend (flexion) on discharge", "80 degrees"],
            ["Knee straightening on discharge", "10 degrees short of straight"],
            ["Walking aid", "2 elbow crutches; Zimmer frame for night-time trips to the toilet"],
            ["Weight bearing", "Full weight as pain allows"]], [60, 110])
    d.h1("1. Your targets")
    d.para("Bending and straightening your new knee early is the most important part of your recovery. These "
           "are the targets we will check at your appointments:")
    d.grid(["Time after the operation", "Knee bend target", "Straightening target", "Walking"],
           [["2 weeks", "90 degrees", "Within 5 degrees of straight", "2 crutches indoors and for short walks "
             "outdoors"],
            ["6 weeks", "110 degrees", "Fully straight (0 degrees)", "1 crutch or a stick outdoors, no aid "
             "indoors"],
            ["12 weeks", "120 degrees", "Fully straight", "No walking aids"]], [40, 32, 44, 54])
    d.h1("2. Your exercises")
    d.para("Take your painkillers about 30 minutes before you exercise. Do each exercise slowly and with "
           "control. Exercises 7 and 8 are started from week 3, once your physiotherapist agrees.")
    d.grid(["Exercise", "How to do it", "Repetitions", "How often"],
           [["1. Ankle pumps", "Lying or sitting, bend your ankles up and down briskly", "20", "Every hour you "
             "are awake"],
            ["2. Static quads", "Lying with legs straight, tighten your thigh and push the back of your knee into "
             "the bed; hold 5 seconds", "10", "4 times a day"],
            ["3. Straight leg raise", "Lying, tighten your thigh, keep the knee straight and lift the leg 15 cm; "
             "hold 5 seconds", "10", "3 times a day"],
            ["4. Heel slides", "Lying, slide your heel towards your bottom, bending the knee as far as you can",
             "10", "3 times a day"],
            ["5. Inner range quads", "Knee over a rolled towel, straighten the knee to lift the heel; hold 5 "
             "seconds", "10", "3 times a day"],
            ["6. Knee bend in sitting", "Sitting, slide your foot back under the chair as far as you can; hold 10 "
             "seconds", "10", "3 times a day"],
            ["7. Sit to stand (from week 3)", "Stand up from a firm chair without using your hands if you can",
             "10", "2 times a day"],
            ["8. Step-ups (from week 3)", "Step up onto the bottom stair with the operated leg, holding the rail",
             "10", "2 times a day"]], [38, 84, 22, 26])
    d.h1("3. Pain during exercise")
    d.para("Some discomfort is expected. Score your pain from 0 (none) to 10 (the worst you can imagine):")
    d.grid(["Your pain score", "What to do"],
           [["0 to 3 during the exercise", "Carry on: this is normal"],
            ["4 to 6 during the exercise", "Do fewer repetitions and make sure you take your painkillers 30 "
             "minutes before exercising"],
            ["7 or more, or pain that lasts more than 2 hours after exercising", "Stop that exercise, rest and "
             "use ice, and tell your physiotherapist at your next appointment"]], [70, 100])
    d.h1("4. Swelling, ice and resting")
    d.clause("4.1", "Swelling is normal for up to 3 months. Use an ice pack or a bag of frozen peas wrapped in a "
             "damp tea towel for 15 to 20 minutes at a time, up to every 2 hours. Never put ice directly on your "
             "skin, and keep the wound dressing dry.")
    d.clause("4.2", "Rest with your leg up for 30 minutes, 3 times a day, lying down with your foot higher than "
             "your hip. Keep your knee straight when resting. Never put a pillow under your knee: "
             "it feels comfortable but lets the knee stiffen in a bent position.")
    d.h1("5. Everyday activities")
    d.clause("5.1", "Stairs: go up with the good (left) leg first and down with the operated (right) leg first, "
             "holding the rail.")
    d.clause("5.2", "Washing: you may shower 48 hours after your clips have been removed. Do not soak the knee in "
             "a bath until the wound has fully healed. Your clips will be removed by the practice nurse.")
    d.clause("5.3", "Kneeling: do not kneel on the operated knee before 12 weeks, and then kneel on a soft cushion. "
             "Some people always find kneeling uncomfortable.")
    d.clause("5.4", "Driving: because your right knee was replaced, you must not drive for at least 6 weeks, and "
             "only when you can do an emergency stop and are not taking painkillers that make you drowsy.")
    d.h1("6. Appointments")
    d.clause("6.1", "Outpatient physiotherapy: Tuesdays at 10:15 from 21 March 2028, in the Physiotherapy "
             "Department, Harrowdene Community Hospital (6 sessions). Orthopaedic clinic review at 6 weeks; the "
             "letter will come by post.")
    d.h1("7. When to get help")
    d.bullets(["Pain, swelling or redness in your calf, or swelling of the whole leg (possible blood clot): "
               "contact your GP or NHS 111 the same day.",
               "Redness, heat, oozing or a bad smell from the wound, or a temperature over 38 degrees C: call "
               "the ward on 01632 960 588.",
               "Your knee bend is getting less, or you cannot do a straight leg raise: call the physiotherapy "
               "department on 01632 960 591 (Mon-Fri 08:30-16:30).",
               "Chest pain or sudden breathlessness: call 999."])
    return d.save("medical/knee_replacement_exercise_plan_quaintance.pdf")


# =============================================================================
# 5. Peak flow diary leaflet (question-and-answer)
# =============================================================================
def peak_flow_leaflet():
    d = Doc("Keeping a peak flow diary", "Leaflet RESP-027",
            "Brackenmoor Respiratory Service - information for patients", accent=(120, 40, 40), body_size=10.5)
    d.title_block("Keeping a peak flow diary",
                  "For adults who have been asked to record their peak flow to help find out whether they have "
                  "asthma. Bring this leaflet, your diary and your meter to your next appointment.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is peak flow?",
       "Your peak flow is how fast you can blow air out of your lungs in one hard breath. It is measured in "
       "litres per minute (L/min) with a small hand-held peak flow meter. When the airways are narrowed, as in "
       "asthma, the reading goes down.")
    qa("Why have I been asked to keep a diary?",
       "In asthma, peak flow usually changes a lot from day to day and between morning and evening. A diary "
       "of readings shows whether yours changes more than normal. Most people keep it for 2 weeks, and your "
       "nurse may ask you to carry on for up to 4 weeks if the results are not clear.")
    qa("How do I take a reading?",
       "Stand up if you can, or sit up straight. Move the pointer to zero. Take a deep breath in, put the "
       "mouthpiece in your mouth and close your lips tightly around it. Blow as hard and as fast as you can, "
       "in a short, sharp blast - like blowing out candles, not a long slow breath. Do this three times, "
       "resetting the pointer each time. Write down the highest of the three readings, not the average. If the "
       "three readings are more than 40 L/min apart, do two more blows.")
    qa("When should I take readings?",
       "Twice a day: in the morning when you get up, and in the evening between 6 pm and 8 pm. Take the reading "
       "before using your reliever inhaler. If your nurse has asked you to test whether your reliever helps, "
       "take another reading 15 minutes after using it and write both down.")
    qa("What else should I write in the diary?",
       "Next to each reading, note any symptoms (cough, wheeze, tight chest, waking at night), the number of "
       "puffs of reliever you used, and anything that might have affected you, such as a cold, exercise, "
       "smoke or pets.")
    qa("What if my nurse thinks my work may be the cause?",
       "If asthma caused by work is suspected, you will be asked to record at least 4 readings a day (for "
       "example on waking, at the start of work, mid-shift and at bedtime) for at least 3 weeks, including "
       "days off work, and to write down the hours you worked each day.")
    qa("What is a normal reading?",
       "A normal peak flow depends on your age, height and sex. The table shows typical predicted values for "
       "adults aged 30 to 49. Your own readings when you are well matter more than the table.")
    d.grid(["Height", "Women (L/min)", "Men (L/min)"],
           [["Under 160 cm", "390", "480"],
            ["160 to 169 cm", "420", "530"],
            ["170 to 179 cm", "445", "575"],
            ["180 cm and over", "470", "615"]], [60, 50, 50])
    d.para("* From age 50, predicted values fall by about 20 L/min for every 10 years. Readings above 80% of the "
           "predicted value are usually normal. Under 30: ask your nurse for your value.", size=8.5, style="I")
    qa("How will my readings be used?",
       "For each day, your nurse works out the variability: the difference between your highest and lowest "
       "reading, divided by the average of the two, as a percentage. For example, readings of 380 and 440 "
       "differ by 60, the average is 410, and the variability is 15%.")
    d.grid(["Daily variability", "What it usually means"],
           [["Less than 10%", "Normal: asthma is less likely"],
            ["10% to 20%", "Borderline: you may need more tests, such as spirometry or FeNO"],
            ["More than 20% on 3 or more days a week", "Supports a diagnosis of asthma"]], [70, 100])
    qa("When should I get help?",
       "Do not wait for your appointment if you become unwell. If your reading is less than half of your best "
       "reading in the diary, or your reliever is not helping, contact your GP the same day or call NHS 111. "
       "If your reading is less than a third of your best, or you are too breathless to speak, eat or sleep, "
       "call 999.")
    qa("How do I look after my meter?",
       "Wash it once a month in warm soapy water and let it dry in the air. Replace it every 12 months, or "
       "sooner if it has been dropped or the pointer sticks. Meters are supplied on prescription; do not share "
       "yours.")
    d.para("Questions about your diary: practice nurse team, Brackenmoor Health Centre, 01632 960 330 "
           "(Mon-Fri 08:00-18:00).", size=9.5, style="B")
    return d.save("medical/peak_flow_diary_leaflet_brackenmoor.pdf")


# =============================================================================
# 6. Eczema wet wrapping guide for parents
# =============================================================================
def wet_wrapping_guide():
    d = Doc("Wet wrapping for eczema - a guide for parents and carers", "Paediatric Dermatology, PD-14",
            "Kellingworth Children's Hospital - Paediatric Dermatology Nursing Team", accent=(70, 110, 40))
    d.title_block("Wet wrapping for eczema",
                  "A guide for parents and carers of children whose dermatology nurse has shown them how to wet "
                  "wrap. Use it with the written plan you were given in clinic.")
    d.h1("What is wet wrapping?")
    d.para("Wet wrapping means putting two layers of tubular bandage or special garments over a thick layer of "
           "emollient (moisturiser): a damp inner layer and a dry outer layer. The wraps cool and soothe the "
           "skin, help the emollient soak in and protect the skin from scratching. They are used during a "
           "flare of eczema, usually overnight.")
    d.h1("How long can we use them?")
    d.para("Use wet wraps for 3 to 7 nights at a time, until the flare settles. Do not wet wrap for more than 14 "
           "nights in a row without a review by the dermatology nurse. Wraps may also be used for 1 to 2 hours "
           "during the day if your nurse has advised this.")
    d.h1("When not to wet wrap")
    d.bullets(["Do not wet wrap skin that looks infected: weeping, yellow crusts, pus or spreading redness. "
               "Contact your GP the same day.",
               "If your child suddenly has painful, clustered blisters or punched-out sores, with a fever or "
               "feeling unwell, this may be eczema herpeticum: remove the wraps and seek urgent medical advice "
               "the same day.",
               "Babies under 1 year: wet wrap only if the dermatology team has advised it.",
               "Do not put a steroid cream or ointment under wet wraps unless it is on your written plan. "
               "Steroids work more strongly under wraps; only mild or moderate steroids are used this way, for "
               "no more than 7 nights."])
    d.h1("How to wet wrap: step by step")
    d.clause("1.", "Bath your child in lukewarm water for no more than 10 minutes, using an emollient as a soap "
             "substitute. Pat the skin dry with a soft towel; do not rub.", numw=8)
    d.clause("2.", "If a steroid is on your plan, apply it thinly to the red, itchy areas first, then wait 20 "
             "minutes before applying the emollient.", numw=8)
    d.clause("3.", "Apply the emollient thickly, smoothing it on in the direction the hair grows. Do not rub it "
             "in.", numw=8)
    d.clause("4.", "Soak the inner layer in warm water, then wring it out until it is damp but not dripping. Put "
             "it on straight away.", numw=8)
    d.clause("5.", "Put the dry outer layer on top. Garments join at the waist; bandages on the arms and legs "
             "should be fixed with the ties, never with tape or pins.", numw=8)
    d.clause("6.", "Overnight, you do not need to re-wet the wraps: let your child sleep. During the day, the "
             "inner layer can be re-wet with a water spray every 2 to 3 hours.", numw=8)
    d.h1("How much emollient and which size?")
    d.grid(["Age of child", "Emollient per week when wet wrapping the whole body", "Garment size"],
           [["1 to 2 years", "250 g", "Size A"],
            ["3 to 5 years", "400 g", "Size B"],
            ["6 to 10 years", "500 g", "Size C"],
            ["11 to 16 years", "750 g", "Size D"]], [45, 85, 40])
    d.para("* For arms and legs only, use about half these amounts. You will be given 2 sets of garments on "
           "prescription, so one set can be washed while the other is worn.", size=8.5, style="I")
    d.h1("Keeping your child comfortable and safe")
    d.clause("-", "Keep the bedroom at about 18 degrees C and use light bedding, as wraps can make a child feel "
             "cold at first. If they feel chilly, add pyjamas over the wraps.", numw=6)
    d.clause("-", "Fabric soaked in emollient catches fire easily. Keep your child away from fires, candles and "
             "cigarettes while wearing wraps, and wash garments at 60 degrees C.", numw=6)
    d.clause("-", "If small red spots appear around the hair follicles, stop wet wrapping and tell your nurse: a "
             "lighter emollient may be needed.", numw=6)
    d.clause("-", "If your child will not tolerate full wraps, start with the arms and legs only, or with the "
             "worst area.", numw=6)
    d.h1("Questions parents often ask")
    d.h2("My child scratches through the wraps at night. What can we do?")
    d.para("Keep nails short. For babies and toddlers, cotton mittens or an outer garment with fold-over cuffs "
           "can help. Scratching usually settles as the flare improves.")
    d.h2("Can my child wear the wraps to nursery or school?")
    d.para("Wraps are not usually worn to nursery or school. Use them overnight, and at weekends during the day "
           "only if your nurse has advised it.")
    d.h2("How long do the garments last?")
    d.para("Replace garments when they lose their stretch, usually after about 3 months of regular use. Ask your "
           "GP practice for a repeat prescription.")
    d.para("Dermatology nurse advice line: 01632 960 845 (Mon-Fri 09:00-16:00). Out of hours: NHS 111.",
           size=9.5, style="B")
    return d.save("medical/wet_wrapping_guide_kellingworth.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([beekeeping_terms, blinds_contract, cycle_workshop,
                       knee_plan, peak_flow_leaflet, wet_wrapping_guide], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
