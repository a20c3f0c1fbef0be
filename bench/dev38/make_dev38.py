"""Render the thirty-eighth development-set documents (fictional) as PDFs into bench/dev38/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a
children's party entertainer's booking terms (a package table with an extra-children and weekend footnote, a
non-refundable deposit and balance, a travel charge table by miles, the performance space, outdoor parties
and the bubble show, a cancellation table by days before the party, an infectious illness move, the
entertainer's illness, adult supervision and balloons, latex-free balloons, late starts and extra time,
photographs), a holiday let property management agreement between a cottage owner and a letting agency
(definitions, term and notice, service levels and commission, Owner Weeks, pricing and late discounts,
payments to the owner, a repair approval limit and emergencies, safety certificates, guest security deposits,
dogs; after the signatures, a property schedule with a minimum weekly price table by season and a
changeover charges schedule), a photography studio's hire terms (a studio rate table with an evening and
weekend surcharge and a cyclorama repaint footnote, deposit and balance, holds, overtime, a cancellation
table by days before the hire, an equipment hire table, occupancy, banned confetti and glitter, animals,
smoke machines and the fire alarm, chaperones, insurance and the damage deposit), a pregnancy sickness and
hyperemesis gravidarum leaflet in question-and-answer form (self-help, a medicines table with a footnote, a
PUQE score table, when to get help, the day unit, thiamine, blood clots, vitamins, work), an adult clozapine
initiation and blood monitoring protocol (baseline checks, a titration table split over the page break,
observations and action thresholds, the blood test schedule, a green/amber/red neutrophil band table with a
benign ethnic neutropenia footnote, missed doses, constipation, hypersalivation, plasma levels and smoking),
and a children's plaster cast care leaflet after a fracture (plaster of Paris vs fibreglass, swelling and
finger or toe checks, a warning signs table, keeping it dry, itching, a painkiller table by age and typical
weight, activities, flying, typical time in a cast, removal).
Questions: bench/dev38/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev38/make_dev38.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 11, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 38 (fictional document)", "make_dev38.py", FIXED_DATE)


# =============================================================================
# 1. Children's party entertainer booking terms
# =============================================================================
def party_entertainer_terms():
    d = Doc("Mister Marmalade's Magic Parties - Booking Terms 2028", "Terms MMP-2028, issued 6 December 2027",
            "Wobblebottom Entertainments Ltd t/a Mister Marmalade's Magic Parties, Thrushcombe",
            accent=(200, 90, 0))
    d.title_block("CHILDREN'S PARTY ENTERTAINMENT: BOOKING TERMS AND CONDITIONS",
                  "These terms apply to every party booked with Wobblebottom Entertainments Ltd, trading as "
                  "Mister Marmalade's Magic Parties (\"we\", \"us\"), for a party date from 1 January 2028. "
                  "Please read them before paying your deposit.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Client\" means the person who makes the booking and pays for it. \"Party\" means the "
             "event at which we perform. \"Party Date\" means the date of the Party. \"Entertainer\" means the "
             "performer we send, who may be Mister Marmalade himself or one of our other trained entertainers. "
             "\"Venue\" means the home, hall or other place where the Party is held.")
    d.clause("1.2", "\"Package\" means one of the party packages in clause 2. \"Show Time\" means the time the "
             "Package is booked to start, as shown on the booking confirmation. \"Guest Child\" means each child "
             "attending the Party, including the birthday child.")
    d.h1("2. Packages and prices")
    d.clause("2.1", "Our 2028 Packages are set out below. Prices are for the Entertainer's time at the Party; "
             "travel may be charged in addition under clause 4.")
    d.grid(["Package", "What happens", "Best for ages", "Guest Children included", "Price"],
           [["Mini Magic", "45 minutes: a magic show with puppets, and a balloon animal for the birthday child",
             "3 to 5", "Up to 15", "GBP 140"],
            ["Classic Party", "1 hour 30 minutes: magic show, party games with prizes, music and a balloon "
             "model for every Guest Child", "4 to 8", "Up to 25", "GBP 210"],
            ["Super Sparkle Party", "2 hours: everything in the Classic Party plus the giant bubble show and "
             "a party bag for every Guest Child", "4 to 8", "Up to 30", "GBP 285"],
            ["Disco and Games", "1 hour 30 minutes: DJ, disco lights, dance games and a limbo contest",
             "7 to 11", "Up to 35", "GBP 230"],
            ["Face painting (add-on)", "1 hour of face painting alongside another Package, by a second "
             "entertainer", "3 and over", "Up to 15 faces", "GBP 75"]],
           [30, 70, 20, 26, 20])
    d.para("* Extra Guest Children above the number included: GBP 5 per child, up to 10 extra children; larger "
           "groups need a second entertainer (price on request).\n"
           "* Parties on Saturdays, Sundays and bank holidays: add GBP 20 to the Package price.",
           size=8.5, style="I")
    d.h1("3. Booking and payment")
    d.clause("3.1", "A booking is confirmed when we receive a deposit of GBP 50 per Package. The deposit is "
             "non-refundable, except as set out in clauses 6.3 and 7.")
    d.clause("3.2", "The balance is due 14 days before the Party Date. For a booking made less than 14 days "
             "before the Party Date, the full price is payable when booking. We accept bank transfer and card "
             "payments; we cannot accept cash or cheques on the day.")
    d.clause("3.3", "If the balance has not been paid 7 days before the Party Date we may treat the booking as "
             "cancelled by the Client, and clause 6 applies.")
    d.h1("4. Travel")
    d.clause("4.1", "Travel is charged by the road distance from our base in Thrushcombe to the Venue, using the "
             "shortest route shown by an online route planner:")
    d.grid(["Road distance from Thrushcombe", "Travel charge"],
           [["Up to 10 miles", "Free"],
            ["11 to 20 miles", "GBP 15"],
            ["21 to 35 miles", "GBP 30"],
            ["More than 35 miles", "By quotation only"]], [80, 60])
    d.clause("4.2", "Where parking at the Venue is not free, the Client pays the parking charge for the "
             "Entertainer's vehicle or arranges a space close to the entrance.")
    d.h1("5. The Venue and setting up")
    d.clause("5.1", "The Client must provide a clear performance area of at least 3 metres by 3 metres, with a "
             "standard power socket within 10 metres. The Entertainer arrives about 30 minutes before Show Time "
             "to set up and needs access to the performance area from then.")
    d.clause("5.2", "Outdoor Parties: the Entertainer performs outdoors only on a dry, level surface and under a "
             "gazebo or other cover provided by the Client. If it rains or the wind makes it unsafe, the "
             "Client must provide an indoor space; if none is available, the Entertainer performs a shortened "
             "show under cover where possible and no refund is due.")
    d.clause("5.3", "The giant bubble show in the Super Sparkle Party can only be performed outdoors or on a "
             "hard floor. It is not performed on carpets or polished wooden floors, which the bubble solution "
             "can mark or make slippery; a balloon modelling session is given instead.")
    d.h1("6. If the Client cancels or changes the booking")
    d.clause("6.1", "The Client may cancel by e-mail or text message. What the Client pays depends on how many "
             "whole days before the Party Date we receive the cancellation:")
    d.grid(["Cancellation received", "What the Client pays"],
           [["29 days or more before the Party Date", "Nothing more: the deposit may be moved to another date "
             "within 12 months, or is kept"],
            ["15 to 28 days before", "The deposit is kept"],
            ["8 to 14 days before", "The deposit and 50% of the balance"],
            ["7 days or fewer before, or the Party does not go ahead on the day", "The full Package price"]],
           [80, 90])
    d.clause("6.2", "The Client may move a booking to another date once without charge if told at least 29 days "
             "before the Party Date, subject to availability. A later move is treated as a cancellation.")
    d.clause("6.3", "If the Party is called off because the birthday child has chickenpox, measles or another "
             "infectious illness, and the Client tells us before 9:00 on the Party Date, we will move the Party "
             "once to a new date within 6 months at no charge. If no date can be agreed, we refund all payments "
             "except the deposit.")
    d.clause("6.4", "The number of Guest Children may be increased up to 48 hours before Show Time. Reducing the "
             "number of Guest Children does not reduce the Package price.")
    d.h1("7. If we cancel")
    d.clause("7.1", "If the booked Entertainer is ill or cannot attend, we will send another of our entertainers "
             "with the same Package. If no entertainer is available, we will refund all payments, including the "
             "deposit, within 5 working days. We are not liable for Venue hire or catering costs.")
    d.h1("8. Safety and supervision")
    d.clause("8.1", "The Entertainer is not responsible for supervising children. The Client must make sure that "
             "at least one adult for every 10 Guest Children stays in the room or garden for the whole Party. "
             "Guest Children under 3 years must be accompanied by their own parent or carer.")
    d.clause("8.2", "All our entertainers hold an enhanced DBS certificate, which the Client may ask to see, and "
             "a first aid certificate.")
    d.clause("8.3", "Our modelling balloons are made of natural latex. Balloon models are not given to children "
             "under 3 years, as burst balloons are a choking hazard; the Client should collect burst balloon "
             "pieces during the Party. Latex-free foil balloons can be supplied instead for GBP 10 per Party if "
             "requested at least 7 days before the Party Date.")
    d.clause("8.4", "Party bags and prizes contain sweets that may contain nuts, milk or gluten. The Client must "
             "tell us about any Guest Child with a food allergy at least 7 days before the Party Date, and we "
             "will supply allergy-safe prizes (stickers and small toys) instead.")
    d.h1("9. Timing and extra time")
    d.clause("9.1", "The Package starts at Show Time. If the Party cannot start at Show Time for a reason that "
             "is not our fault, the Package still finishes at the booked time.")
    d.clause("9.2", "If the Client asks for the Party to run longer on the day, the Entertainer may agree if "
             "their diary allows, at GBP 40 for each extra 30 minutes or part of 30 minutes, payable by card on "
             "the day.")
    d.h1("10. Photographs and videos")
    d.clause("10.1", "The Client and guests may take photographs and videos of the show for personal use. We "
             "photograph Parties for our website and social media only with the Client's written consent, and "
             "never show a child's face without the consent of that child's parent.")
    d.h1("11. Liability and complaints")
    d.clause("11.1", "We hold public liability insurance of GBP 5 million. Our liability for any Party is limited "
             "to the price paid for it, except for death or personal injury caused by our negligence, and the "
             "Client's statutory rights are not affected.")
    d.clause("11.2", "Complaints should be sent within 7 days of the Party to our office manager, Mrs Hattie "
             "Quillfeather, at hello@mistermarmalade.example. We reply within 10 working days.")
    return d.save("legal/party_entertainer_terms_mister_marmalade.pdf")


# =============================================================================
# 2. Holiday let property management agreement
# =============================================================================
def holiday_let_agreement():
    d = Doc("Holiday Let Management Agreement - Seabright Coastal Lets / Fairweather-Lusk",
            "Agreement SCL-2028-117", "Seabright Coastal Lets Ltd, 2 Harbour Steps, Polbrennick - "
            "Mr G. Fairweather-Lusk", font="Times", accent=(20, 80, 120), body_size=10)
    d.title_block("HOLIDAY LET PROPERTY MANAGEMENT AGREEMENT",
                  "Dated 10 January 2028. Between Mr Gideon Fairweather-Lusk of 18 Ashcombe Rise, Trevellan "
                  "TV3 8PL (\"the Owner\") and Seabright Coastal Lets Ltd, company no. 09924471, of 2 Harbour "
                  "Steps, Polbrennick PB1 4QE (\"the Agency\"), for the letting of Larkspur Cottage.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Property\" means Larkspur Cottage, 4 Quay Lane, Polbrennick PB1 4RD, with its contents "
             "and garden, described in Schedule 1. \"Booking\" means a holiday booking of the Property by a "
             "Guest. \"Guest\" means any person who books or stays at the Property under a Booking, other than "
             "the Owner.")
    d.clause("1.2", "\"Gross Booking Income\" means the rent paid by Guests for Bookings, excluding security "
             "deposits, dog fees and any booking fee the Agency charges to Guests. \"Owner Week\" means a week "
             "reserved for use of the Property by the Owner, his family or friends, for which no rent is paid.")
    d.clause("1.3", "\"Peak Season\", \"Mid Season\" and \"Low Season\" have the dates given in Schedule 1. A "
             "\"Changeover\" is the cleaning and preparation of the Property between one stay and the next.")
    d.h1("2. Appointment and term")
    d.clause("2.1", "The Owner appoints the Agency as sole letting agent for the Property. The Owner will not let "
             "the Property through any other agent or website while this agreement lasts, except to people he "
             "knows personally, and then only in Owner Weeks.")
    d.clause("2.2", "This agreement starts on 1 February 2028 and runs for an initial term of 12 months. After "
             "that it continues until either party ends it by giving at least 3 months' written notice.")
    d.clause("2.3", "If the Owner ends this agreement so that it ends during the initial term, other than under "
             "clause 11.1, the Owner pays the Agency an early termination fee of GBP 750.")
    d.clause("2.4", "Bookings taken before notice is given are honoured after this agreement ends, and the "
             "Agency is paid its commission on them.")
    d.h1("3. The Agency's services")
    d.clause("3.1", "The Agency will provide the services of the Service Level chosen in Schedule 1:")
    d.grid(["Service Level", "What the Agency does", "Commission on Gross Booking Income"],
           [["Let Only", "Photography, advertising on the Agency's website and booking portals, taking "
             "Bookings and payments, Guest enquiries before arrival", "15% plus VAT"],
            ["Fully Managed", "Everything in Let Only, plus key handover, the 24-hour Guest helpline, "
             "Changeovers and laundry (charged under Schedule 2), inspections and arranging repairs",
             "22% plus VAT"]],
           [30, 105, 35])
    d.clause("3.2", "Under Fully Managed, the Agency inspects the Property at least once every 4 weeks when it "
             "is occupied and sends the Owner a short report with photographs.")
    d.h1("4. Owner Weeks")
    d.clause("4.1", "The Owner may reserve up to 6 Owner Weeks in each calendar year, of which no more than 2 may "
             "be in Peak Season. Owner Weeks must be requested in writing by 31 October of the year before; "
             "later requests are accepted only for dates that are still free.")
    d.clause("4.2", "No commission is charged for Owner Weeks, but the Owner pays the Changeover charge in "
             "Schedule 2 for each Owner Week under Fully Managed.")
    d.h1("5. Prices and discounts")
    d.clause("5.1", "The Agency sets the weekly prices each year after consulting the Owner, and will not let "
             "the Property below the minimum weekly prices in Schedule 1 without the Owner's approval.")
    d.clause("5.2", "For a Booking made within 21 days of the arrival date, the Agency may reduce the price by "
             "up to 20% without the Owner's approval, even if this takes it below the minimum weekly price. "
             "Any larger discount needs the Owner's approval by e-mail.")
    d.clause("5.3", "Short breaks of 3 or 4 nights may be let in Mid Season and Low Season only, at 70% of the "
             "weekly price. In Peak Season the Property is let by the week, Saturday to Saturday.")
    d.h1("6. Money and payments to the Owner")
    d.clause("6.1", "The Agency collects all Guest payments into its client account. Guests pay a deposit of 25% "
             "when booking and the balance 8 weeks before arrival.")
    d.clause("6.2", "By the 15th day of the month after each Guest's departure, the Agency pays the Owner the "
             "Gross Booking Income for that Booking, less commission, VAT and any charges under Schedule 2, "
             "with a statement. Dog fees are paid to the Owner in full, without commission.")
    d.clause("6.3", "If a Guest cancels, any cancellation charge kept from the Guest is treated as Gross Booking "
             "Income and shared in the same way.")
    d.h1("7. Repairs and maintenance")
    d.clause("7.1", "The Owner keeps the Property, its furniture and equipment in good repair and to the "
             "Agency's published standards, and pays for all repairs and replacements.")
    d.clause("7.2", "Under Fully Managed, the Agency may arrange any repair or replacement costing up to GBP 250 "
             "(including VAT) without asking the Owner. Work costing more needs the Owner's approval, except in "
             "an emergency (loss of heating or hot water, a water leak, a security risk or a danger to Guests), "
             "when the Agency may spend up to GBP 750 without approval and will tell the Owner within 24 hours.")
    d.clause("7.3", "The Owner keeps a maintenance float of GBP 500 with the Agency, from which repair costs are "
             "paid; the Agency tops it up from the next payment to the Owner.")
    d.h1("8. Safety, certificates and insurance")
    d.clause("8.1", "The Owner is responsible for the safety of the Property and must, at his own cost, provide "
             "the Agency with copies of: a gas safety certificate renewed every 12 months; an electrical "
             "installation condition report renewed every 5 years; portable appliance tests every 12 months; "
             "and a written fire risk assessment, reviewed every year. There must be a working smoke alarm on "
             "every floor and a carbon monoxide alarm in every room with a fuel-burning appliance.")
    d.clause("8.2", "The Agency will not accept new Bookings, and may move existing Guests at the Owner's cost, "
             "while any certificate in clause 8.1 has expired.")
    d.clause("8.3", "The Owner must insure the Property with a holiday let policy covering buildings and contents "
             "and public liability of at least GBP 5 million, and send the Agency a copy each year.")
    d.h1("9. Guest security deposits and damage")
    d.clause("9.1", "Guests pay a security deposit of GBP 150 for each Booking, or GBP 250 if they bring a dog. "
             "The Agency inspects the Property within 24 hours after each departure and returns the security "
             "deposit within 7 days unless it claims for damage, breakages or extra cleaning.")
    d.clause("9.2", "Where damage costs more than the security deposit, the Agency will pursue the Guest on the "
             "Owner's behalf but does not guarantee recovery.")
    d.h1("10. Dogs and house rules")
    d.clause("10.1", "Up to 2 well-behaved dogs may stay, at a dog fee of GBP 30 per dog per stay, paid by the "
             "Guest. Dogs are not allowed upstairs or on furniture. No other pets are accepted. Smoking and "
             "vaping are not allowed anywhere in the Property.")
    d.h1("11. Ending this agreement")
    d.clause("11.1", "Either party may end this agreement at once by written notice if the other commits a "
             "serious breach and has not put it right within 14 days of being asked to, or becomes insolvent.")
    d.clause("11.2", "This agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed by Mr Gideon Fairweather-Lusk (Owner)",
                       "Signed for Seabright Coastal Lets Ltd by Ms Morwenna Tregidgo-Blake, Lettings Director"])
    d.h1("SCHEDULE 1 - THE PROPERTY, SERVICE LEVEL AND MINIMUM PRICES")
    d.grid(["Item", "Details"],
           [["Property", "Larkspur Cottage, 4 Quay Lane, Polbrennick PB1 4RD: a stone cottage with 3 bedrooms "
             "(1 double, 1 twin, 1 bunk room) and 2 bathrooms, sleeping 6, with an enclosed garden"],
            ["Service Level", "Fully Managed"],
            ["Parking", "One parking permit for the Quay Lane residents' car park"],
            ["Wood-burning stove", "Yes: chimney to be swept by the Owner every year before 1 October"]],
           [45, 125])
    d.grid(["Season", "Dates in 2028", "Minimum weekly price (clause 5.1)"],
           [["Peak Season", "15 July to 1 September", "GBP 1,450"],
            ["Mid Season", "1 April to 14 July, and 2 September to 31 October", "GBP 960"],
            ["Low Season", "1 January to 31 March, and 1 November to 22 December", "GBP 620"],
            ["Christmas and New Year", "23 December 2028 to 5 January 2029", "GBP 1,150"]], [45, 85, 40])
    d.h1("SCHEDULE 2 - CHANGEOVER AND OTHER CHARGES (FULLY MANAGED)")
    d.grid(["Charge", "Amount"],
           [["Changeover cleaning (3-bedroom property)", "GBP 85 per Changeover"],
            ["Laundry of bed linen and towels", "GBP 16 per bed made up, per Changeover"],
            ["Welcome hamper", "GBP 12 per Booking"],
            ["Deep clean (once a year, in Low Season)", "GBP 240"],
            ["Key cutting or lock change after keys are lost by a Guest", "Cost, recharged to the Guest"],
            ["Visit outside office hours (for example to let in a contractor)", "GBP 35 per visit"]],
           [110, 60])
    d.para("Schedule 2 charges are plus VAT, deducted under clause 6.2, and may change once a year on 3 months' "
           "notice.", size=9, style="I")
    return d.save("legal/holiday_let_management_seabright_larkspur.pdf")


# =============================================================================
# 3. Photography studio hire terms
# =============================================================================
def photo_studio_terms():
    d = Doc("Northlight Loft Studios - Studio Hire Terms", "Version 4, 1 February 2028",
            "Northlight Loft Studios Ltd, Unit 7 Mercer's Wharf, Haddlestone", accent=(60, 60, 60))
    d.title_block("STUDIO HIRE TERMS AND CONDITIONS",
                  "These terms apply to every hire of the studios and equipment at Northlight Loft Studios, Unit 7 "
                  "Mercer's Wharf, Haddlestone (\"we\", \"us\"). The person or company who books (\"the Hirer\") "
                  "accepts them when paying the deposit.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Studio\" means Studio A (the Daylight Room) or Studio B (the Cyclorama), or both, as "
             "booked. \"Hire Period\" means the booked hours, which include the time needed for setting up, "
             "hair and make-up, packing away and leaving the Studio clean. \"Equipment\" means any lighting, "
             "backdrop or other item hired from us. \"Crew\" means everyone who attends with the Hirer, "
             "including models, clients and assistants.")
    d.clause("1.2", "\"Standard Hours\" means 08:00 to 18:00, Monday to Friday. Any other time is \"Evening and "
             "Weekend Hours\".")
    d.h1("2. Studios and rates")
    d.grid(["Studio", "Description", "Hourly (minimum 2 hours)", "Half day (4 hours)", "Full day (8 hours)"],
           [["Studio A - Daylight Room", "80 square metres, north-facing windows with blackout blinds, white "
             "walls, wooden floor", "GBP 55", "GBP 180", "GBP 320"],
            ["Studio B - Cyclorama", "110 square metres, white infinity cove 6 m wide and 4 m high, drive-in "
             "loading door", "GBP 75", "GBP 260", "GBP 460"],
            ["Studios A and B together", "Both studios, the green room and the kitchen", "-", "GBP 400",
             "GBP 700"]],
           [38, 62, 24, 23, 23])
    d.para("* Evening and Weekend Hours: add 25% to the rate for those hours.\n"
           "* Cyclorama floor repaint: GBP 70 per hire of Studio B, not charged for a full day. Painting the cove "
           "a colour is by arrangement only, at GBP 240 plus the repaint to white.\n"
           "* All rates include the green room, wi-fi, tea and coffee, and two parking spaces in the yard.",
           size=8.5, style="I")
    d.h1("3. Booking and payment")
    d.clause("3.1", "We may hold a date provisionally for 48 hours. If another hirer asks for the same date, we "
             "give the first hirer 24 hours to confirm.")
    d.clause("3.2", "A booking is confirmed when we receive a deposit of 50% of the hire fee. The balance, and "
             "the Equipment hire, must be paid at least 48 hours before the Hire Period starts. Bookings made "
             "less than 7 days ahead are paid in full when booking.")
    d.clause("3.3", "A damage deposit of GBP 200 is pre-authorised on the Hirer's card on arrival and released "
             "within 5 working days after the hire, less any charges under clauses 6 and 8.")
    d.h1("4. The Hire Period and overtime")
    d.clause("4.1", "The Hire Period starts at the booked time, whether or not the Hirer has arrived. The Studio "
             "must be empty and clean at the end of the Hire Period.")
    d.clause("4.2", "We allow 15 minutes' grace at the end of the Hire Period. After that, overtime is charged "
             "in blocks of 30 minutes at 1.5 times the hourly rate of the Studio, if the Studio is not booked "
             "by someone else.")
    d.h1("5. Cancelling and moving a booking")
    d.clause("5.1", "The Hirer may cancel by e-mail to bookings@northlightloft.example. The charge depends on the "
             "notice we receive before the Hire Period starts:")
    d.grid(["Notice before the Hire Period starts", "Cancellation charge"],
           [["More than 14 days", "None: the deposit is refunded in full"],
            ["7 to 14 days", "25% of the hire fee"],
            ["48 hours to 6 days", "50% of the hire fee"],
            ["Less than 48 hours, or no-show", "The full hire fee"]], [80, 80])
    d.clause("5.2", "A booking may be moved to another date once, free of charge, if we are told more than 7 "
             "days before the Hire Period and the new date is within 3 months. Later moves are treated as a "
             "cancellation and a new booking.")
    d.clause("5.3", "If we have to cancel because the Studio cannot be used (for example a power cut or a "
             "flood), we refund all payments for that booking. We are not liable for the Hirer's other costs, "
             "such as models' or crew fees.")
    d.h1("6. Equipment hire")
    d.clause("6.1", "Equipment is hired by the day (or part of a day) and must be booked with the Studio. Our "
             "technician will show the Crew how to use it at the start of the hire.")
    d.grid(["Equipment", "Hire charge"],
           [["Flash kit: 2 Brightvane 500 heads, stands, softbox and beauty dish", "GBP 45 per day"],
            ["Flash kit: 3 Brightvane 500 heads and accessories", "GBP 60 per day"],
            ["LED panel (bi-colour) with stand", "GBP 30 per day"],
            ["Paper backdrop, 2.72 m wide (choice of 20 colours)", "GBP 12 per metre used"],
            ["Tethering laptop and 10 m cable", "GBP 20 per day"],
            ["Haze or smoke machine (see clause 7.4)", "GBP 25 per day"],
            ["Technician to assist all day", "GBP 220 per day"]], [110, 50])
    d.clause("6.2", "The Hirer is responsible for Equipment from the start to the end of the Hire Period and pays "
             "the full cost of repairing or replacing any Equipment that is lost or damaged, apart from fair "
             "wear and tear. Flash tubes broken by misuse are charged at GBP 85 each.")
    d.h1("7. Studio rules")
    d.clause("7.1", "No more than 15 people may be in Studio A, and no more than 25 in Studio B, at any time, "
             "including the Hirer.")
    d.clause("7.2", "Confetti, glitter, powder paint, sand and feathers are not allowed in either Studio. If "
             "they are used, a cleaning charge of GBP 150 is made. Candles and other naked flames are not "
             "allowed.")
    d.clause("7.3", "Animals may take part in shoots by arrangement, at an animal fee of GBP 40 per hire, with "
             "their handler present at all times. Food and drink, other than bottled water, are allowed only "
             "in the green room and the kitchen.")
    d.clause("7.4", "The Studios have smoke detectors. A haze or smoke machine may be used only if booked at "
             "least 48 hours ahead, so that we can arrange for the fire alarm to be isolated, at a fee of GBP 40. "
             "If the fire alarm is set off by haze or smoke and the fire service attends, the Hirer pays any "
             "charge the fire service makes.")
    d.clause("7.5", "Models under 16 years must be accompanied by a parent or a chaperone named by their parent "
             "for the whole Hire Period. Shoots involving nudity are allowed only in Studio A with the blinds "
             "closed and must be declared when booking.")
    d.clause("7.6", "Music must be kept at a reasonable level, and the Studios must be left by 23:00.")
    d.h1("8. Damage and cleaning")
    d.clause("8.1", "The Studio is inspected with the Hirer before and after the hire. The Hirer pays for any "
             "damage to the Studio, the walls or the cove, and a cleaning charge of GBP 60 if the Studio is "
             "not left clean and tidy.")
    d.h1("9. Insurance and liability")
    d.clause("9.1", "Hirers using the Studio for commercial work must hold public liability insurance of at least "
             "GBP 2 million and send us a copy at least 48 hours before the hire. Private hirers (for example "
             "a family portrait session) are covered by our own public liability policy.")
    d.clause("9.2", "The Hirer's own cameras, equipment and belongings are at the Hirer's risk. Our liability "
             "is limited to the hire fee, except for death or personal injury caused by our negligence.")
    d.h1("10. Images")
    d.clause("10.1", "We claim no rights in images made in the Studio. We may take behind-the-scenes photographs "
             "for our own social media only with the Hirer's agreement.")
    return d.save("legal/photo_studio_hire_terms_northlight.pdf")


# =============================================================================
# 4. Pregnancy sickness and hyperemesis gravidarum leaflet (question-and-answer)
# =============================================================================
def pregnancy_sickness_leaflet():
    d = Doc("Sickness in pregnancy and hyperemesis gravidarum", "Leaflet MAT-061",
            "Fernleigh Maternity Unit - Pregnancy Day Unit", accent=(130, 40, 100), body_size=10.5)
    d.title_block("Sickness in pregnancy and hyperemesis gravidarum (HG)",
                  "Information for pregnant women and people who feel sick or are being sick in early "
                  "pregnancy, and for their families. Please keep it with your pregnancy notes.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("How common is sickness in pregnancy?",
       "Feeling sick (nausea) or being sick (vomiting) affects about 7 in every 10 pregnant women. It usually "
       "starts between 4 and 7 weeks of pregnancy, is often worst at around 9 weeks, and gets better by 16 to "
       "20 weeks for most women. About 1 in 10 still feel sick after 20 weeks. Despite the name 'morning "
       "sickness', it can happen at any time of day or night.")
    qa("What is hyperemesis gravidarum?",
       "Hyperemesis gravidarum (HG) is a severe form of sickness in pregnancy. It affects about 1 to 3 in every "
       "100 pregnant women. It is diagnosed when you are being sick so much that you cannot keep food or drink "
       "down, you become dehydrated, and you have lost more than 5% of your weight from before pregnancy. It is "
       "not caused by anything you have done, and it is not 'all in the mind'.")
    qa("Will the sickness harm my baby?",
       "Ordinary pregnancy sickness does not harm your baby. HG that is treated is unlikely to harm your baby, "
       "but if you cannot keep fluids down, you need treatment quickly to stop you becoming dehydrated.")
    qa("What can I do to help myself?",
       "Eat small amounts often, every 2 to 3 hours, rather than three large meals. Plain, dry foods such as "
       "crackers or toast, and cold foods (which smell less), are often easier. Sip fluids little and often "
       "between meals rather than with them, aiming for about 2 litres a day; ice lollies and ice chips count. "
       "Ginger biscuits or ginger tea help some women. Rest as much as you can, avoid smells that set you off, "
       "and get up slowly in the morning. Acupressure wristbands are safe to try.")
    qa("Should I keep taking my pregnancy vitamins?",
       "Keep taking folic acid 400 micrograms a day until you are 12 weeks pregnant, and vitamin D 10 "
       "micrograms a day. Multivitamins and tablets containing iron can make sickness worse: if they do, stop "
       "them until the sickness improves, but carry on with the folic acid on its own.")
    qa("Which medicines can help?",
       "Anti-sickness medicines (antiemetics) are safe to use in pregnancy and work best taken regularly, not "
       "only when you are sick. Your GP, midwife or the Pregnancy Day Unit may prescribe:")
    d.grid(["Medicine", "Usual adult dose", "When it is used"],
           [["Cyclizine tablets", "50 mg up to 3 times a day", "First choice"],
            ["Promethazine tablets", "25 mg at night, up to 100 mg a day", "First choice"],
            ["Prochlorperazine tablets or buccal tablets", "5 mg to 10 mg up to 3 times a day", "First choice"],
            ["Doxylamine with pyridoxine (Nausabel 10/10)", "2 tablets at bedtime, up to 4 tablets a day",
             "First choice"],
            ["Ondansetron tablets", "4 mg to 8 mg up to twice a day", "Second choice *"],
            ["Metoclopramide tablets", "10 mg up to 3 times a day, for no longer than 5 days",
             "Second choice **"]], [60, 70, 40])
    d.para("* Ondansetron can cause constipation. Your doctor will talk to you about a small possible increase in "
           "the chance of cleft lip or palate if it is taken in the first 12 weeks.\n"
           "** Stop metoclopramide and get advice if you have muscle spasms or twitching of the face, tongue or "
           "neck.", size=8.5, style="I")
    qa("How do we measure how bad the sickness is?",
       "We use the PUQE score (Pregnancy-Unique Quantification of Emesis). You answer three questions about the "
       "last 24 hours: how long you felt sick for, how many times you vomited, and how many times you retched "
       "without bringing anything up. Each answer scores 1 to 5, giving a total of 3 to 15.")
    d.grid(["PUQE score", "Severity", "What usually happens"],
           [["3 to 6", "Mild", "Self-help measures; your GP or midwife may suggest a first-choice medicine"],
            ["7 to 11", "Moderate", "Regular anti-sickness medicine from your GP; check your urine for ketones; "
             "review in 2 to 3 days"],
            ["12 to 15", "Severe", "Assessment at the Pregnancy Day Unit on the same day"]], [30, 30, 110])
    qa("When should I get help urgently?",
       "Contact the Pregnancy Day Unit, or Maternity Triage out of hours, the same day if:")
    d.bullets(["you cannot keep any food or drink down for 24 hours",
               "you have not passed urine for 8 hours or more, or your urine is very dark",
               "you feel faint or dizzy when you stand up",
               "you have a urine ketone result of 2+ or more on a home test",
               "you are losing weight",
               "there is blood in your vomit, or you have tummy pain or a temperature of 38 degrees C or more"])
    qa("What happens at the Pregnancy Day Unit?",
       "We check your pulse, blood pressure, weight and urine, and take blood tests. Most women are given a "
       "drip of fluids (usually 2 to 3 litres over the day) and anti-sickness medicine by injection, and go home "
       "the same evening once they can drink. You may be admitted to the ward if you still have ketones after "
       "the fluids, cannot keep tablets down, or your blood tests are abnormal. Some women come back for fluids "
       "once or twice a week for a few weeks.")
    qa("What is thiamine and why might I need it?",
       "Thiamine is vitamin B1. Long-lasting vomiting can use up your body's supply. If you have been vomiting "
       "for 3 weeks or more, or are admitted with HG, you will be given thiamine tablets (or an injection if you "
       "cannot keep tablets down) to prevent a rare but serious brain condition called Wernicke's "
       "encephalopathy.")
    qa("Does HG affect my risk of blood clots?",
       "Yes. Dehydration and lying in bed raise the risk of a blood clot in the legs or lungs. If you are "
       "admitted with HG you will usually be offered daily heparin injections until you go home, and "
       "compression stockings.")
    qa("What about heartburn and constipation?",
       "Both are common. Your GP can prescribe an antacid or omeprazole for heartburn. For constipation, drink "
       "as much as you can and ask about a gentle laxative such as lactulose.")
    qa("Can I get time off work?",
       "Yes. Sickness caused by pregnancy should be recorded separately from other sickness absence by your "
       "employer. You can self-certify for the first 7 days; after that your GP can give you a fit note.")
    qa("Can being sick damage my teeth?",
       "Stomach acid softens the enamel of your teeth. After you have been sick, rinse your mouth with water "
       "or a fluoride mouthwash, and wait at least 1 hour before brushing your teeth. NHS dental treatment is "
       "free while you are pregnant and for 12 months after your baby is born, so see your dentist.")
    qa("What if I am still being sick later in pregnancy?",
       "If you are still being sick after 20 weeks, or have needed admission with HG, your midwife will refer "
       "you to the antenatal clinic, and you will be offered extra scans to check your baby's growth at 28 and "
       "34 weeks. You may need to carry on with your medicines until your baby is born.")
    qa("Where can I find support?",
       "HG can make you feel low, isolated and anxious. Tell your midwife or GP if you are struggling. The "
       "Hollyhock HG Helpline (0300 555 0148, every day 10:00 to 22:00) offers peer support from women who have "
       "had HG themselves.")
    d.para("Pregnancy Day Unit, Fernleigh Maternity Unit: 01632 961 220 (Mon-Fri 08:00-20:00, Sat-Sun "
           "09:00-17:00). Out of hours: Maternity Triage 01632 961 200 (24 hours).", size=9.5, style="B")
    return d.save("medical/pregnancy_sickness_hg_leaflet_fernleigh.pdf")


# =============================================================================
# 5. Adult clozapine initiation and blood monitoring protocol
# =============================================================================
def clozapine_protocol():
    d = Doc("Clozapine initiation and blood monitoring in adults", "Protocol MH-CLZ-04, version 3",
            "Ravensmoor Partnership NHS Foundation Trust - Pharmacy and Mental Health Services",
            accent=(40, 90, 60), body_size=9.5)
    d.title_block("CLOZAPINE: INITIATION (TITRATION) AND BLOOD MONITORING IN ADULTS",
                  "For inpatient wards and the home treatment team. Approved by the Drugs and Therapeutics "
                  "Committee, March 2028. Review date March 2030.")
    d.h1("1. Scope")
    d.clause("1.1", "This protocol covers adults aged 18 to 64 with treatment-resistant schizophrenia who are "
             "starting clozapine, or restarting it after a break, on a ward or at home. For patients aged 65 and "
             "over, use protocol MH-CLZ-07 (older adults).")
    d.clause("1.2", "Every patient must be registered with the ClozaTrack monitoring service before the first "
             "dose, and clozapine is dispensed only against a green (or amber) ClozaTrack result.")
    d.clause("1.3", "Clozapine is started only by a consultant psychiatrist, after the patient (or, where they "
             "lack capacity, their nearest relative or advocate) has been given the Trust's clozapine leaflet and "
             "the plan has been discussed. Record consent, or the best interests decision, in the notes.")
    d.clause("1.4", "Home initiation needs a daily visit from the home treatment team for the first 14 days, "
             "someone else at home overnight for the first 7 days, and a patient who can get to the clinic for "
             "weekly blood tests. Otherwise start on a ward.")
    d.h1("2. Before the first dose")
    d.clause("2.1", "Baseline checks: full blood count (FBC) with an absolute neutrophil count (ANC) of at least "
             "2.0 x 10^9/L and a white cell count of at least 3.5 x 10^9/L; ECG (the QTc must be under 470 ms "
             "in women and under 450 ms in men); blood pressure lying and standing, pulse, temperature, weight "
             "and waist measurement; HbA1c, lipids, liver function, kidney function, troponin and C-reactive "
             "protein (CRP). Do not start clozapine if the baseline troponin is raised until a cardiologist "
             "has been consulted.")
    d.clause("2.2", "Ask about bowel habit and record it, and start the constipation plan in section 8 on day 1. "
             "Ask whether the patient smokes and how many cigarettes a day (section 9).")
    d.h1("3. Titration schedule")
    d.clause("3.1", "Start with 12.5 mg at night. On a ward, follow the standard schedule below. At home, or for "
             "patients who are frail, have a low body weight or had marked side effects with other "
             "antipsychotics, use the slow schedule: increase by no more than 25 mg every 2 days.")
    d.grid(["Day", "Morning dose", "Evening dose", "Total daily dose"],
           [["1", "-", "12.5 mg", "12.5 mg"],
            ["2", "12.5 mg", "12.5 mg", "25 mg"],
            ["3", "12.5 mg", "25 mg", "37.5 mg"],
            ["4", "25 mg", "25 mg", "50 mg"],
            ["5", "25 mg", "50 mg", "75 mg"],
            ["6", "50 mg", "50 mg", "100 mg"],
            ["7", "50 mg", "75 mg", "125 mg"],
            ["8", "75 mg", "75 mg", "150 mg"],
            ["9", "75 mg", "100 mg", "175 mg"],
            ["10", "100 mg", "100 mg", "200 mg"],
            ["11", "100 mg", "125 mg", "225 mg"],
            ["12", "125 mg", "125 mg", "250 mg"],
            ["13", "125 mg", "150 mg", "275 mg"],
            ["14", "150 mg", "150 mg", "300 mg"]], [25, 45, 45, 45])
    d.clause("3.2", "After day 14, increase by no more than 50 mg a week, guided by response, side effects and "
             "plasma levels. The usual target is 300 mg to 450 mg a day; the maximum is 900 mg a day. Doses "
             "above 200 mg a day may be split unequally, with the larger dose at night.")
    d.clause("3.3", "Do not increase the dose on any day when the observations in section 4 reach an action "
             "threshold; hold the dose at the previous day's level and discuss with the prescriber.")
    d.h1("4. Physical observations during titration")
    d.clause("4.1", "Record temperature, pulse, and blood pressure lying and standing: on day 1 before the first "
             "dose and at 1, 3 and 6 hours after it; on days 2 to 14 twice a day, before the morning and "
             "evening doses; in weeks 3 and 4 once a day.")
    d.grid(["Observation", "Action threshold", "What to do"],
           [["Temperature", "38.0 degrees C or above", "Urgent FBC, troponin and CRP; look for infection; "
             "inform the prescriber the same day"],
            ["Resting pulse", "Above 120 beats per minute, or a rise of 30 or more from baseline",
             "ECG, troponin and CRP the same day (possible myocarditis)"],
            ["Blood pressure", "Systolic below 90 mmHg, or a fall of more than 20 mmHg on standing",
             "Hold the next increase; advise the patient to get up slowly"],
            ["Breathing", "Breathless, chest pain or a cough with fever", "Medical review the same day"]],
           [30, 60, 80])
    d.h1("5. Blood monitoring schedule")
    d.clause("5.1", "FBC: weekly for the first 18 weeks; then every 2 weeks until the end of week 52; then every "
             "4 weeks for as long as the patient takes clozapine, and for 4 weeks after it is stopped.")
    d.clause("5.2", "Troponin and CRP: at baseline and then weekly for the first 4 weeks (on days 7, 14, 21 and "
             "28). A troponin above twice the upper limit of normal, or a CRP above 100 mg/L, means stop "
             "clozapine and get an urgent cardiology opinion.")
    d.clause("5.3", "Weight, waist, blood pressure, HbA1c and lipids: at 3 months, at 6 months and then every "
             "year.")
    d.h1("6. Neutrophil count bands")
    d.para("Each FBC result is classified by the ClozaTrack service. Act on the lower band if the ANC and the "
           "white cell count fall into different bands.")
    d.grid(["Band", "ANC (x 10^9/L)", "White cell count (x 10^9/L)", "Action"],
           [["Green", "2.0 or above", "3.5 or above", "Continue clozapine. Routine monitoring."],
            ["Amber", "1.5 to 1.9", "3.0 to 3.4", "Continue clozapine. Repeat FBC twice a week until back in "
             "green. Check for infection."],
            ["Red", "Below 1.5", "Below 3.0", "Stop clozapine at once. Daily FBC until green. Do not restart "
             "without the agreement of the consultant and ClozaTrack."]], [18, 32, 40, 80])
    d.para("* Benign ethnic neutropenia (BEN): when a haematologist has confirmed BEN, ClozaTrack applies lower "
           "bands to the ANC: green 1.5 or above, amber 1.0 to 1.4, red below 1.0. Any ANC below 0.5 x 10^9/L "
           "(severe neutropenia) needs same-day discussion with haematology and reverse barrier nursing.",
           size=8.5, style="I")
    d.h1("7. Missed doses and restarting")
    d.clause("7.1", "If fewer than 48 hours have passed since the last dose, give the next dose as usual. If 48 "
             "hours or more have passed, do not restart at the previous dose: restart at 12.5 mg and titrate "
             "again, more quickly if the first doses are tolerated, with the observations in section 4.")
    d.clause("7.2", "A break of 72 hours or more also needs a new baseline FBC and may change the monitoring "
             "frequency; tell ClozaTrack.")
    d.h1("8. Side effects")
    d.clause("8.1", "Constipation is common and can be life-threatening (bowel obstruction). Start senna 15 mg "
             "at night and docusate 100 mg twice a day on day 1, keep a bowel chart, and ask about bowel "
             "movements every day. If the patient has not opened their bowels for 3 days, or has abdominal "
             "pain or vomiting, get a medical review the same day.")
    d.clause("8.2", "Hypersalivation (drooling, especially at night): use a towel over the pillow; hyoscine "
             "hydrobromide 300 micrograms up to 3 times a day may be prescribed.")
    d.clause("8.3", "Sedation and dizziness are common in the first weeks. A mild fever in the first 3 weeks "
             "is common and usually settles, but always follow the temperature action in section 4.")
    d.h1("9. Plasma levels and smoking")
    d.clause("9.1", "Check a trough plasma clozapine level (12 hours after the evening dose) once the dose has "
             "been stable for 1 week. The target range is 0.35 to 0.5 mg/L. At levels above 0.6 mg/L consider "
             "a seizure prophylaxis review; above 1.0 mg/L reduce the dose and discuss with pharmacy.")
    d.clause("9.2", "Cigarette smoke (not nicotine) speeds up the breakdown of clozapine. If a patient stops "
             "smoking, for example on admission to a smoke-free ward, clozapine levels can rise by up to 50% "
             "within 2 weeks: reduce the dose by 25% over the first week and check a level after 1 week. If a "
             "patient starts smoking again, the level falls and the dose may need to go back up.")
    d.para("Clozapine clinic: 01632 962 400 (Mon-Fri 09:00-17:00). Out of hours: on-call pharmacist via "
           "switchboard 01632 962 000.", size=9, style="B")
    return d.save("medical/clozapine_initiation_protocol_ravensmoor.pdf")


# =============================================================================
# 6. Children's plaster cast care leaflet
# =============================================================================
def plaster_cast_leaflet():
    d = Doc("Caring for your child's plaster cast", "Leaflet FC-09",
            "Willowbrook Children's Hospital - Children's Fracture Clinic", accent=(0, 100, 150))
    d.title_block("Caring for your child's plaster cast",
                  "Your child has broken a bone and has had a cast put on to hold it still while it heals. This "
                  "leaflet explains how to look after the cast at home and when to get help.")
    d.h1("Which kind of cast does my child have?")
    d.grid(["Type of cast", "What it is like", "Setting time"],
           [["Plaster of Paris (white)", "Heavier; used for the first few days while swelling settles",
             "Takes 48 hours to dry fully; do not rest it on hard surfaces or edges while it dries"],
            ["Fibreglass (coloured)", "Lighter and stronger; often used once swelling has gone down",
             "Hard within 30 minutes"]], [40, 70, 60])
    d.h1("Swelling: the first 48 hours")
    d.para("A broken bone swells, and the cast does not stretch. For the first 48 hours keep the arm or leg "
           "raised above the level of the heart as much as possible: an arm in the sling during the day and on "
           "pillows at night, a leg on pillows or a footstool. Encourage your child to wiggle their fingers or "
           "toes often.")
    d.para("Check the fingers or toes every 4 hours for the first 48 hours, including once during the night. "
           "They should be pink, warm and able to move, and your child should be able to feel you touching them.")
    d.h1("Warning signs")
    d.grid(["What you notice", "What to do"],
           [["Fingers or toes that are blue, white or cold; numbness or pins and needles; pain that keeps "
             "getting worse even with painkillers", "Raise the limb for 30 minutes. If it is not better, go to "
             "the Emergency Department straight away"],
            ["A bad smell or fluid coming from the cast, or a temperature of 38 degrees C or more",
             "Phone the Fracture Clinic the same day (out of hours: the Emergency Department)"],
            ["The cast is cracked, soft, loose or rubbing, or something has been pushed inside it",
             "Phone the Fracture Clinic on the next working day"]], [95, 75])
    d.h1("Keeping the cast dry")
    d.para("Casts must not get wet. Wash your child with a sponge or shower them with the cast in a waterproof "
           "cast cover (available from chemists); a plastic bag is not watertight. No swimming or paddling until "
           "the cast is off. If a plaster of Paris cast gets wet it can go soft: phone the Fracture Clinic. If a "
           "fibreglass cast gets a little damp, dry it with a hairdryer on the cool setting.")
    d.h1("Itching")
    d.para("Itching under the cast is common. Never push anything such as a ruler, pencil or knitting needle "
           "down the cast to scratch: it can break the skin and cause an infection. Blowing cool air into the "
           "cast with a hairdryer on the cool setting can help. Do not put powder or cream inside the cast.")
    d.h1("Pain relief")
    d.para("Pain is usually worst in the first 2 to 3 days. You can give paracetamol and ibuprofen, either alone "
           "or both together if one is not enough. Use the doses below for your child's age. If your child is "
           "much lighter than the typical weight for their age, ask a pharmacist for the dose by weight.")
    d.grid(["Age", "Typical weight", "Paracetamol", "Ibuprofen (100 mg in 5 ml)"],
           [["2 to 3 years", "12 to 15 kg", "7.5 ml of 120 mg in 5 ml", "5 ml"],
            ["4 to 5 years", "16 to 19 kg", "10 ml of 120 mg in 5 ml", "7.5 ml"],
            ["6 to 7 years", "20 to 24 kg", "5 ml of 250 mg in 5 ml", "7.5 ml"],
            ["8 to 9 years", "25 to 29 kg", "7.5 ml of 250 mg in 5 ml", "10 ml"],
            ["10 to 11 years", "30 to 39 kg", "10 ml of 250 mg in 5 ml", "15 ml"],
            ["12 to 15 years", "40 kg and over", "500 mg (tablets or liquid)", "200 mg to 400 mg"]],
           [30, 35, 55, 50])
    d.para("* Paracetamol: up to 4 doses in 24 hours, at least 4 hours apart. Ibuprofen: up to 3 doses in 24 "
           "hours, at least 6 hours apart, with food. Do not give ibuprofen to a child with chickenpox, or "
           "whose asthma has been made worse by ibuprofen before.", size=8.5, style="I")
    d.h1("School, sport and activities")
    d.para("Your child can go back to school or nursery when the pain is controlled, usually after 2 or 3 days. "
           "Let the school know about the cast; your child may need help with writing, PE and carrying bags. "
           "While the cast is on: no PE, games, swimming, trampolines, bouncy castles, bikes or scooters. After "
           "the cast comes off, wait a further 4 weeks before contact sports (such as football, rugby or "
           "martial arts), trampolines and climbing frames, as the bone is still weak.")
    d.para("Leg casts: use the crutches as you were shown. Do not put weight on the leg unless the Fracture "
           "Clinic has told you that it is a walking cast. Do not let your child walk on a plaster of Paris cast "
           "even when it feels dry.")
    d.h1("Travelling and flying")
    d.para("Do not fly for 48 hours after a cast has been put on, because of swelling at altitude. For a "
           "flight after that, ask the Fracture Clinic for a letter, as some airlines ask for one, and for a "
           "flight of more than 4 hours the cast may need to be split first. Check with your travel insurer.")
    d.h1("How long will the cast stay on?")
    d.grid(["Injury", "Usual time in a cast"],
           [["Greenstick fracture of the forearm", "4 to 6 weeks"],
            ["Broken wrist (not a buckle fracture)", "4 weeks"],
            ["Broken elbow (stable)", "3 weeks"],
            ["Toddler's fracture of the shin bone", "3 to 4 weeks"],
            ["Broken shin bone in an older child", "6 to 8 weeks"]], [100, 60])
    d.para("Buckle (torus) fractures of the wrist are usually treated with a removable splint for 3 weeks "
           "instead of a cast, and do not need a Fracture Clinic follow-up.", size=9, style="I")
    d.h1("Taking the cast off")
    d.para("The cast is removed in the Fracture Clinic with a cast saw. The saw is noisy and vibrates, but it "
           "does not spin and will not cut your child's skin. Afterwards the skin is often dry and flaky: wash it "
           "gently and use a plain moisturiser; do not pick or scrub it. The joint will feel stiff for a few "
           "weeks, and your child should use it normally to loosen it.")
    d.para("Children's Fracture Clinic, Willowbrook Children's Hospital: 01632 963 100 (Mon-Fri 08:30-17:00). "
           "Out of hours: Emergency Department or NHS 111.", size=9.5, style="B")
    return d.save("medical/plaster_cast_care_leaflet_willowbrook.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([party_entertainer_terms, holiday_let_agreement, photo_studio_terms,
                       pregnancy_sickness_leaflet, clozapine_protocol, plaster_cast_leaflet], OUT,
                      check_questions)


if __name__ == "__main__":
    sys.exit(main())
