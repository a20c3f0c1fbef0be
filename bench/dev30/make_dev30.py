"""Render the thirtieth development-set documents (fictional) as PDFs into bench/dev30/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: narrowboat
holiday hire conditions (weekly prices by boat class and season with a short-break footnote, booking deposit and
balance, a cancellation charge table by days before the start, security deposit deductions, skipper and steering
ages, cruising rules, dogs, damage waiver, a booking schedule after the signatures), a roof repair contract
(definitions including Weather Day and Hidden Defect, a staged payment table with retention, scaffold hire,
weather and temporary sheeting, asbestos, a guarantee table by type of work, the works, price and daywork rates
as a schedule after the signatures), a bridal alterations salon's terms (consultation fee, a price list, a rush
surcharge table by weeks before the wedding, fittings, deposit and balance, storage charges, a liability cap,
pressing at the venue), a radiotherapy mouth care leaflet in question-and-answer form (tooth care, salt water
and numbing mouthwashes, a soreness and pain relief table, dry mouth, eating, dentures, jaw exercises), a gluten
challenge protocol for clinicians (daily gluten by age band, a gluten content table, duration and blood tests,
a symptom action table, stopping early, after the challenge) and a severe asthma biologic injection plan for an
invented patient (dose dates, storage, injection sites, missed doses, reactions, reviews and continuation
criteria). Questions: bench/dev30/questions.jsonl. All names, products and numbers are invented; the clinical
content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev30/make_dev30.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 9, 6, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 30 (fictional document)", "make_dev30.py", FIXED_DATE)


# =============================================================================
# 1. Narrowboat holiday hire conditions
# =============================================================================
def narrowboat_hire():
    d = Doc("Tillerbrook Narrowboats - Holiday Hire Conditions", "Season 2028",
            "Tillerbrook Narrowboats Ltd, Kingfisher Wharf, Ashby Leam AL4 9QW", accent=(20, 80, 60))
    d.title_block("HOLIDAY HIRE CONDITIONS - SEASON 2028",
                  "between Tillerbrook Narrowboats Ltd, company no. 09377215 (\"we\", \"us\"), and the Skipper "
                  "named in the Booking Schedule (\"you\"). Please read these conditions before you book.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Boat\" means the narrowboat named in the Booking Schedule, with its equipment and inventory. "
             "\"Hire Period\" means the period from 15:00 on the start day to 09:00 on the last day shown in the "
             "Booking Schedule. \"Week\" means a Hire Period of 7 nights; \"Short Break\" means a Hire Period of 3 "
             "or 4 nights.")
    d.clause("1.2", "\"Skipper\" means the person named in the Booking Schedule who is responsible for the Boat "
             "and the crew throughout the Hire Period; the Skipper must be 21 or over. \"Crew\" means everyone "
             "staying on the Boat. \"Security Deposit\" means the sum in clause 5.1.")
    d.h1("2. Booking and payment")
    d.clause("2.1", "A booking deposit of 25% of the hire charge is payable when you book. The balance is due 8 "
             "weeks before the start day. Bookings made less than 8 weeks before the start day must be paid in "
             "full when made.")
    d.clause("2.2", "If the balance is not paid by the due date we may treat the booking as cancelled by you and "
             "clause 6 applies.")
    d.h1("3. Hire charges")
    d.clause("3.1", "Weekly hire charges depend on the class of Boat and the season in which the Hire Period "
             "starts:")
    d.grid(["Boat class", "Berths and length", "Low season (Nov to Mar)", "Mid season (Apr, May, Sep, Oct)",
            "High season (Jun to Aug)"],
           [["Wren", "2 berths, 45 ft", "GBP 1,120", "GBP 1,390", "GBP 1,680"],
            ["Heron", "4 berths, 57 ft", "GBP 1,340", "GBP 1,655", "GBP 1,995"],
            ["Otter", "6 berths, 62 ft", "GBP 1,560", "GBP 1,920", "GBP 2,310"],
            ["Kingfisher", "8 berths, 69 ft", "GBP 1,790", "GBP 2,210", "GBP 2,640"]], [26, 34, 36, 40, 38])
    d.para("* A Short Break costs 70% of the weekly price. Prices include VAT, bottled gas, bed linen and towels, "
           "a full diesel tank and one toilet pump-out. Diesel used is charged on return at GBP 2.40 per engine "
           "hour, read from the engine hour meter.", size=8.5, style="I")
    d.clause("3.2", "Up to 2 well-behaved dogs may come on Wren, Heron and Otter class Boats for GBP 40 per dog per "
             "hire. No other animals are allowed. Dogs must not go on beds or seating and must not be left alone "
             "on the Boat.")
    d.clause("3.3", "A damage waiver costs GBP 45 per hire. It reduces the amount you pay for accidental damage "
             "to the Boat from the full Security Deposit to GBP 100 per incident. It does not cover damage to the "
             "propeller or rudder, loss of inventory, or damage caused while the person steering was under the "
             "influence of alcohol or drugs.")
    d.h1("4. Handover")
    d.clause("4.1", "The Skipper must attend the handover at Kingfisher Wharf at 15:00 on the start day, including "
             "a safety briefing and a trial run through Ashby Lock that takes about 45 minutes. We may refuse to "
             "hand over the Boat if we are not satisfied that the Skipper can handle it safely, and no refund is "
             "then due.")
    d.clause("4.2", "The Boat must be returned to Kingfisher Wharf by 09:00 on the last day, clean, with the "
             "inventory complete. Late return is charged under clause 5.2.")
    d.h1("5. Security Deposit")
    d.clause("5.1", "A Security Deposit of GBP 350 (Boats up to 57 ft) or GBP 450 (Boats over 57 ft) is taken by "
             "card at handover. It is refunded within 7 days after the Hire Period ends, less any of the following "
             "deductions:")
    d.grid(["Item", "Deduction from the Security Deposit"],
           [["Windlass lost or dropped in the canal", "GBP 18"],
            ["Mooring pin or mallet lost", "GBP 12"],
            ["Engineer call-out to free the propeller of rope, wire or debris", "GBP 85"],
            ["Boat returned late", "GBP 60 per hour or part of an hour"],
            ["Boat returned without being cleaned", "GBP 90"],
            ["Smoking or vaping inside the Boat", "The full Security Deposit"],
            ["Accidental damage to the Boat", "The cost of repair, up to the Security Deposit (GBP 100 with "
             "the damage waiver)"]], [100, 70])
    d.h1("6. Cancellation by you")
    d.clause("6.1", "You may cancel by telling us in writing. The cancellation charge depends on how many days "
             "before the start day we receive your notice:")
    d.grid(["Notice received", "Cancellation charge"],
           [["85 days or more before the start day", "The booking deposit (25% of the hire charge)"],
            ["57 to 84 days before", "50% of the hire charge"],
            ["29 to 56 days before", "75% of the hire charge"],
            ["28 days or fewer before, or no notice", "100% of the hire charge"]], [90, 80])
    d.clause("6.2", "If we re-hire the Boat for the same dates, we refund what you have paid for those dates, less "
             "an administration fee of GBP 50. We strongly recommend holiday cancellation insurance.")
    d.h1("7. Cancellation, breakdown and stoppages")
    d.clause("7.1", "If we cannot provide the Boat or a Boat of the same class or larger, we refund everything you "
             "have paid. We are not liable for travel or other costs.")
    d.clause("7.2", "In a breakdown, call our 24-hour boater line. Between 08:00 and 18:00 an engineer aims to "
             "reach you within 4 hours. If the Boat cannot be used for more than 24 hours because of a fault that "
             "is not caused by you, we refund the hire charge for each full day lost.")
    d.clause("7.3", "Canal closures, low water and lock repairs by the navigation authority are outside our "
             "control. No refund is given if you can still use the Boat, even if your planned route is not open.")
    d.h1("8. Crew, safety and cruising rules")
    d.clause("8.1", "The number of people sleeping on the Boat must not be more than its berths. Up to 2 day "
             "visitors may be on board between 08:00 and 20:00, but not overnight.")
    d.clause("8.2", "Only the Skipper and Crew members aged 16 or over may steer. Crew members aged 12 to 15 may "
             "steer only under the direct supervision of an adult standing at the tiller. Children under 12 may "
             "not steer or work the locks.")
    d.clause("8.3", "Life jackets are provided for every Crew member, including children's sizes (please give "
             "children's weights when you book). Children under 12 must wear a life jacket at all times when "
             "outside the cabin, and non-swimmers of any age whenever they are on deck or working a lock.")
    d.clause("8.4", "The maximum speed on the canal is 4 mph. Cruise only between 08:00 and 19:00 and never in "
             "the dark. Stay within the hire limits of Foxley Junction to the north and Cramley Wharf to the "
             "south. Do not enter the River Avern section if the level board at Avern Lock shows red.")
    d.h1("9. Your belongings and liability")
    d.clause("9.1", "We are not responsible for loss of or damage to your belongings, except where caused by our "
             "negligence. Nothing in these conditions limits liability for death or personal injury caused by "
             "negligence, or your statutory rights.")
    d.clause("9.2", "Please tell us about any problem during the holiday so we can put it right. Complaints made "
             "after the holiday must be in writing within 28 days after the Hire Period ends.")
    d.signature_block(["Signed for Tillerbrook Narrowboats Ltd by Mr Declan Ferrow, Bookings Manager",
                       "Signed by the Skipper, Mr Gareth Lindqvist-Pryce"])
    d.h1("BOOKING SCHEDULE")
    d.grid(["Item", "Details"],
           [["Skipper", "Mr Gareth Lindqvist-Pryce, 22 Copperbeech Close, Wyndle WY3 8PL"],
            ["Boat", "\"Meadowsweet\", Heron class, 4 berths, 57 ft"],
            ["Hire Period", "Saturday 12 August 2028 (15:00) to Saturday 19 August 2028 (09:00), 7 nights"],
            ["Crew", "2 adults, 2 children (aged 9 and 13), 1 dog"],
            ["Hire charge", "GBP 1,995 (Heron class, high season week)"],
            ["Extras", "Damage waiver GBP 45; one dog GBP 40"],
            ["Total", "GBP 2,080"],
            ["Booking deposit", "GBP 498.75, paid 3 January 2028"],
            ["Balance", "GBP 1,581.25, due by Saturday 17 June 2028"],
            ["Security Deposit", "GBP 350, taken by card at handover"]], [40, 130], bold_first_col=True)
    return d.save("legal/narrowboat_hire_conditions_tillerbrook.pdf")


# =============================================================================
# 2. Roof repair contract
# =============================================================================
def roof_repair_contract():
    d = Doc("Roofing Works Contract - Ridgeline Roofing and Leadwork", "Contract RR-2027-0418",
            "Ridgeline Roofing and Leadwork Ltd, Unit 7 Tanner's Yard, Corbridge Vale CV6 2LD", accent=(110, 50, 30))
    d.title_block("CONTRACT FOR ROOFING WORKS",
                  "between Ridgeline Roofing and Leadwork Ltd, company no. 10462873 (the \"Contractor\", \"we\"), "
                  "and the customer named in the Schedule (the \"Customer\", \"you\"), for the works at the "
                  "Property described in the Schedule.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Works\" means the roofing works described in Part 1 of the Schedule. \"Contract Price\" means "
             "the price in Part 1 of the Schedule, including VAT. \"Start Date\" and \"Completion Date\" mean the "
             "dates in Part 1 of the Schedule, as extended under clause 5. \"Completion\" means the day the Works "
             "are finished and the scaffold has been taken down.")
    d.clause("1.2", "\"Working Day\" means Monday to Friday, excluding public holidays. \"Weather Day\" means a "
             "Working Day on which work on the roof cannot safely be done because of rain, snow, ice or wind "
             "speeds over 30 mph. \"Hidden Defect\" means a defect in the roof structure that could not be seen "
             "at the survey, such as rotten rafters, battens or sarking boards.")
    d.h1("2. The Works and the price")
    d.clause("2.1", "We will carry out the Works with reasonable skill and care, using new materials of the type "
             "stated in the Schedule, and in line with the manufacturers' instructions and Building Regulations.")
    d.clause("2.2", "The Contract Price is fixed for the Works. It will change only for a Hidden Defect (clause "
             "2.3), extra work you ask for in writing, or scaffold hire beyond the Scaffold Period (clause 4.2).")
    d.clause("2.3", "If we find a Hidden Defect we will stop, photograph it and explain it to you. Repairs are "
             "charged at the daywork and materials rates in Part 2 of the Schedule. We will not carry out repairs "
             "to a Hidden Defect costing more than GBP 250 without your written agreement (a text message or "
             "e-mail is enough).")
    d.clause("2.4", "If we find material that may contain asbestos, we will stop work in that area. It will be "
             "tested and, if needed, removed by a licensed asbestos contractor at your cost, and the Completion "
             "Date is extended by the time this takes.")
    d.h1("3. Payment")
    d.clause("3.1", "The Contract Price is paid in stages:")
    d.grid(["Stage", "Payment"],
           [["On signing this contract (deposit)", "10% of the Contract Price"],
            ["Scaffold erected and the roof stripped", "40% of the Contract Price"],
            ["Completion", "45% of the Contract Price, plus any agreed extras"],
            ["Retention, released 30 days after Completion if no defects are reported",
             "5% of the Contract Price"]], [100, 70])
    d.para("* No deposit is payable where the Contract Price is under GBP 1,500; the whole price is then due on "
           "Completion. Your deposit is held in our client account until the Start Date.", size=8.5, style="I")
    d.clause("3.2", "Invoices are payable within 7 days. Late payments carry interest at 3% a year above the Bank "
             "of England base rate from the due date until paid.")
    d.clause("3.3", "If a defect is reported within the 30 days, we may keep the retention until it has been put "
             "right.")
    d.h1("4. Scaffolding and access")
    d.clause("4.1", "The Contract Price includes scaffolding for a Scaffold Period of 4 weeks from the day it is "
             "erected. You must obtain any permission needed from neighbours for the scaffold to stand on or "
             "over their land; we will apply for any licence needed to put it on the pavement.")
    d.clause("4.2", "If the scaffold has to stay up beyond the Scaffold Period because you have asked for extra "
             "work or because of a delay you have caused, scaffold hire is charged at GBP 85 per week or part of "
             "a week. No charge is made for delays caused by us or by Weather Days.")
    d.clause("4.3", "You will give us access to the Property from 08:00 to 17:00 on Working Days, and use of an "
             "outside tap and electrical socket. We will not work on Saturdays without your agreement.")
    d.h1("5. Timing and weather")
    d.clause("5.1", "We will start on the Start Date and aim to achieve Completion by the Completion Date. The "
             "Completion Date is extended by one Working Day for each Weather Day, and for any delay caused by "
             "extra work or a Hidden Defect.")
    d.clause("5.2", "While the roof is open we will cover it with temporary sheeting at the end of every working "
             "day and whenever rain is forecast, so that it stays watertight overnight.")
    d.h1("6. Cancellation")
    d.clause("6.1", "If you signed this contract at your home, you may cancel it within 14 days after the day you "
             "signed, for any reason, and your deposit is refunded in full within 14 days. If you ask us in "
             "writing to start within that time and then cancel, you pay for the work done up to cancellation.")
    d.clause("6.2", "If you cancel after that, you pay our losses: normally the deposit, the cost of materials "
             "ordered that cannot be returned, and, once the scaffold is erected, its erection and dismantling "
             "charge of GBP 650.")
    d.h1("7. Guarantee")
    d.clause("7.1", "When the Contract Price has been paid in full, we guarantee our workmanship and the "
             "materials we supply against failure for the periods below, from Completion:")
    d.grid(["Type of work", "Guarantee period"],
           [["Re-slating or re-tiling a whole roof slope", "10 years"],
            ["Flat roof, EPDM rubber membrane", "20 years"],
            ["Flat roof, three-layer torch-on felt", "15 years"],
            ["Leadwork (flashings, valleys, bay roofs)", "15 years"],
            ["Chimney rebuilding or repointing", "5 years"],
            ["Guttering, fascias and soffits", "5 years"],
            ["Repairs to an existing roof (slipped slates, patch repairs)", "12 months"]], [110, 60])
    d.clause("7.2", "The guarantee does not cover damage by storms with gusts over 60 mph, falling trees, "
             "blocked gutters you have not cleared, or work by anyone else on the roof. It passes to a new owner "
             "of the Property once, for a transfer fee of GBP 35.")
    d.h1("8. Waste, insurance and complaints")
    d.clause("8.1", "We remove all waste from the Works and leave the site clean and tidy at Completion. Sound "
             "slates or tiles removed from the roof belong to us unless the Schedule says otherwise.")
    d.clause("8.2", "We hold public liability insurance of GBP 5 million and employer's liability insurance of GBP "
             "10 million, and will show you the certificates on request.")
    d.clause("8.3", "Complaints should be made to our office first; we will reply within 10 Working Days. We are "
             "members of the Federation of Approved Roofing Traders, whose free conciliation service you may use "
             "if we cannot agree.")
    d.signature_block(["Signed for Ridgeline Roofing and Leadwork Ltd by Mr Owen Tregarthen, Director",
                       "Signed by the Customer, Mrs Abena Osei-Whitlock"])
    d.h1("SCHEDULE")
    d.h2("Part 1 - The Works and the Contract Price")
    d.grid(["Item", "Details"],
           [["Customer", "Mrs Abena Osei-Whitlock"],
            ["Property", "14 Larchmere Road, Corbridge Vale CV6 4RT"],
            ["Date signed", "Thursday 9 September 2027, at the Property"],
            ["Works", "Strip and re-slate the rear roof slope (about 38 square metres) in natural Spanish slate on "
             "new battens and breathable membrane; new code 4 lead flashing to the chimney; replace 11 metres "
             "of guttering in black uPVC"],
            ["Contract Price", "GBP 9,460 including VAT"],
            ["Deposit", "GBP 946, paid on signing"],
            ["Start Date", "Monday 4 October 2027"],
            ["Completion Date", "Friday 22 October 2027"]], [40, 130], bold_first_col=True)
    d.h2("Part 2 - Daywork and materials rates (Hidden Defects and extra work)")
    d.grid(["Item", "Rate (including VAT)"],
           [["Roofer, per day", "GBP 280"],
            ["Labourer, per day", "GBP 190"],
            ["Replacement rafter, supplied and fixed", "GBP 65 per linear metre"],
            ["Replacement sarking boards, supplied and fixed", "GBP 38 per square metre"],
            ["Extra skip (8 cubic yards)", "GBP 295"]], [110, 60])
    return d.save("legal/roof_repair_contract_ridgeline_osei_whitlock.pdf")


# =============================================================================
# 3. Bridal alterations terms
# =============================================================================
def bridal_alterations():
    d = Doc("Silk and Thimble - Bridal Alterations Terms and Conditions", "Effective 1 March 2027",
            "Silk and Thimble Bridal Alterations, 3 Draper's Row, Hollingcote HC1 5ER", accent=(140, 40, 100))
    d.title_block("BRIDAL ALTERATIONS: TERMS AND CONDITIONS",
                  "These terms apply to all alterations of bridal gowns, bridesmaid dresses and other garments by "
                  "Silk and Thimble (\"we\", \"us\") for the customer named on the booking form (\"you\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Garment\" means each item you leave with us for alteration. \"Wedding Date\" means the date "
             "of the event for which the Garment is worn, as given on the booking form. \"Fitting\" means an "
             "appointment at which the Garment is tried on and pinned; the \"Final Fitting\" is the last Fitting, "
             "at which the finished Garment is tried on and approved.")
    d.clause("1.2", "\"Rush Order\" means alterations that we agree to finish fewer than 6 weeks before the Wedding "
             "Date.")
    d.h1("2. Consultation and Fittings")
    d.clause("2.1", "The first consultation costs GBP 35. It is deducted from the price of the alterations if you "
             "book them within 30 days of the consultation.")
    d.clause("2.2", "The price of the alterations includes up to 3 Fittings. Each further Fitting costs GBP 25. We "
             "recommend the first Fitting 8 to 10 weeks before the Wedding Date. Please bring the shoes and "
             "underwear you will wear on the day to every Fitting.")
    d.clause("2.3", "If your body shape or weight changes after the first Fitting, any further alterations needed "
             "are charged at the prices in clause 3.")
    d.h1("3. Prices")
    d.grid(["Alteration (bridal gown unless stated)", "Price"],
           [["Hem, single layer", "GBP 95"],
            ["Hem, multi-layer (up to 4 layers of skirt or tulle)", "GBP 160"],
            ["Hem with lace or beaded edging removed and re-applied", "GBP 220"],
            ["Take in or let out side seams", "GBP 85"],
            ["Take in the bodice (including boning adjustment)", "GBP 120"],
            ["Bustle, up to 3 points", "GBP 65"],
            ["Each extra bustle point", "GBP 12"],
            ["Add straps", "GBP 55"],
            ["Shorten straps", "GBP 30"],
            ["Bridesmaid dress hem", "GBP 45"]], [120, 50])
    d.para("* Prices are for one Garment. Beading or lace added by hand is charged at GBP 30 per hour. Silk and "
           "velvet Garments cost 20% more for hems and seams.", size=8.5, style="I")
    d.clause("3.1", "Rush Orders are accepted only if we have time in our diary, and carry a surcharge on the "
             "price of the alterations, according to how long before the Wedding Date we agree to take the "
             "order:")
    d.grid(["Order agreed", "Rush surcharge"],
           [["6 weeks or more before the Wedding Date", "No surcharge"],
            ["4 weeks to less than 6 weeks before", "25% surcharge"],
            ["2 weeks to less than 4 weeks before", "50% surcharge"],
            ["Less than 2 weeks before", "75% surcharge, by agreement only"]], [100, 70])
    d.h1("4. Payment")
    d.clause("4.1", "A 50% deposit of the quoted price is payable at the first Fitting. The balance, and the "
             "price of any extra Fittings, is payable at the Final Fitting, before the Garment is released.")
    d.clause("4.2", "If you cancel before any cutting or sewing has started, we refund the deposit less GBP 35. "
             "Once work has started, the deposit is not refundable, and if the work done is worth more than the "
             "deposit, you pay for the work done.")
    d.h1("5. Collection and storage")
    d.clause("5.1", "Please collect the Garment within 7 days after the Final Fitting. We store finished Garments "
             "free for 14 days after the Final Fitting in a breathable cover; after that, storage costs GBP 5 per "
             "day.")
    d.clause("5.2", "If a Garment is not collected within 90 days after the Final Fitting, we will write to you at "
             "the address on the booking form. If it is still not collected 28 days after that letter, we may "
             "sell or dispose of it and keep from the proceeds what you owe us.")
    d.h1("6. Pressing and steaming")
    d.clause("6.1", "A final press is included in the price. We can press and steam the Garment at your venue or "
             "home on the morning of the Wedding Date for GBP 90 within 10 miles of our studio (GBP 120 on a "
             "Sunday or bank holiday), subject to availability.")
    d.h1("7. Care of your Garment and our liability")
    d.clause("7.1", "We take great care of every Garment. Before starting, we note on the booking form any marks, "
             "tears or loose beading already present; we are not responsible for those, or for fabric that "
             "shrinks, puckers or marks under normal pressing because of the way it was made.")
    d.clause("7.2", "If a Garment is lost or damaged while in our care through our fault, our liability is "
             "limited to the lower of the price you paid for the Garment (shown by a receipt) and GBP 1,500. "
             "We recommend that you add expensive Garments to your wedding or home insurance.")
    d.h1("8. Complaints")
    d.clause("8.1", "Please check the Garment carefully at the Final Fitting. Any problem found after collection "
             "must be reported to us within 48 hours of collection, and before the Garment is worn, so that we "
             "can put it right free of charge.")
    return d.save("legal/bridal_alterations_terms_silk_thimble.pdf")


# =============================================================================
# 4. Radiotherapy mouth care leaflet (question-and-answer)
# =============================================================================
def mouth_care_leaflet():
    d = Doc("Looking after your mouth during radiotherapy", "Leaflet RT-HN-04",
            "Thornhallow Cancer Centre - Head and Neck Radiotherapy Team", accent=(0, 90, 130), body_size=10.5)
    d.title_block("Looking after your mouth during radiotherapy to the head and neck",
                  "Information for patients having radiotherapy, with or without chemotherapy, to the mouth, "
                  "throat or neck at Thornhallow Cancer Centre.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("Why does radiotherapy affect my mouth?",
       "Radiotherapy to the head and neck affects the lining of the mouth and throat and the glands that make "
       "saliva. The lining becomes red, sore and may ulcerate; this is called mucositis. Soreness usually starts "
       "around week 2 of treatment, is at its worst in weeks 5 and 6 and for about 2 weeks after the last "
       "treatment, and then heals over 3 to 6 weeks.")
    qa("Do I need to see a dentist before treatment?",
       "Yes. You will have a dental check with our restorative dentist at least 2 weeks before radiotherapy "
       "starts. Any teeth that are unlikely to last are taken out at least 10 days before the first treatment, "
       "so that the gums can heal.")
    qa("How should I clean my teeth?",
       "Brush gently twice a day with a soft, small-headed toothbrush, and use the high-fluoride toothpaste we "
       "prescribe (5,000 ppm fluoride). Spit out after brushing but do not rinse, so the fluoride keeps working. "
       "Use interdental brushes once a day unless your gums are bleeding or very sore. Keep using the "
       "high-fluoride toothpaste for life after treatment.")
    qa("What about my dentures?",
       "Leave your dentures out as much as you can, as they can rub the sore lining of your mouth. Take them out "
       "at night and clean them after every meal. If they become loose or painful, leave them out and tell your "
       "team: they will often not fit well again until a few months after treatment.")
    qa("Which mouthwashes should I use?",
       "Rinse with salt water 4 times a day and after meals: dissolve 1 level teaspoon of salt in 500 ml of warm "
       "water, which makes enough for the day. Swish it round your mouth for 1 minute and spit it out. Do not "
       "use mouthwashes that contain alcohol, as they sting and dry the mouth. When your mouth becomes sore, "
       "your team will prescribe benzydamine mouthwash: rinse with 15 ml for 30 seconds every 1.5 to 3 hours as "
       "needed, and dilute it with the same amount of water if it stings.")
    d.h2("How will my soreness be treated?")
    d.para("Tell the radiographers or your review nurse how your mouth feels at every visit. Treatment is stepped "
           "up as the soreness gets worse:")
    d.grid(["How your mouth feels", "What to use"],
           [["Mild soreness; you can eat normally", "Salt water rinses and benzydamine mouthwash"],
            ["Moderate soreness; you can only eat soft food",
             "Add paracetamol liquid 1 g four times a day (no more than 4 g in 24 hours)"],
            ["Severe soreness; you cannot eat solids or swallowing is very painful",
             "Contact your review nurse: stronger painkillers such as morphine liquid, and a dietitian review"],
            ["You cannot swallow fluids or your own saliva", "Call the 24-hour line the same day: you may need "
             "to be admitted for fluids or a feeding tube"]], [75, 95])
    qa("My mouth is very dry. What can help?",
       "Take frequent sips of water and carry a water bottle with you. A saliva substitute gel (Hydrelle gel) can "
       "be used as often as you need, especially at night. Sugar-free chewing gum may help if you still make "
       "some saliva. Avoid sugary sweets and drinks, which cause tooth decay in a dry mouth. Dryness often "
       "improves over 6 to 12 months after treatment, but may be permanent.")
    qa("What should I eat and drink?",
       "Choose soft, moist foods with sauces and gravy. Avoid spicy, salty, crunchy and acidic foods (such as "
       "citrus fruit and tomatoes), and very hot food and drinks. Drink at least 2 litres of fluid a day. You "
       "will be weighed every week; tell your team if you lose 2 kg or more in a week, as you may need "
       "nutritional drinks or a feeding tube.")
    qa("What if I see white patches in my mouth?",
       "White patches or a furry tongue may be thrush (a fungal infection). Tell your review nurse, as you may "
       "need antifungal treatment. Keep cleaning your teeth and dentures as usual.")
    qa("Can I smoke or drink alcohol?",
       "Smoking makes mucositis worse and makes radiotherapy work less well. Please stop smoking: ask us for a "
       "referral to the stop smoking service. Avoid alcohol during treatment, as it stings and dries the mouth.")
    qa("Why do I need to do jaw exercises?",
       "Radiotherapy can make the jaw muscles stiff so that the mouth does not open fully (trismus). From the "
       "first week of treatment, open your mouth as wide as you comfortably can and hold it for 5 seconds, 10 "
       "times, 3 times a day. Keep doing the exercises for at least 12 months after treatment.")
    qa("What happens after treatment finishes?",
       "See your own dentist every 6 months for life and tell them you have had radiotherapy to the head and "
       "neck. Teeth in the treated area heal poorly after radiotherapy, so any tooth extraction must be "
       "planned by a dentist who knows about your treatment, working with our restorative dentist.")
    d.h2("When should I get help straight away?")
    d.para("Call the 24-hour acute oncology line on 01632 960 880 if you have a temperature of 38 degrees C or "
           "above (37.5 degrees C or above if you are also having chemotherapy), you cannot swallow fluids, or "
           "bleeding from your mouth does not stop after 10 minutes of pressure.", style="B")
    d.para("Head and neck review nurses (Mon-Fri 08:30-17:00): 01632 960 874.", size=9.5)
    return d.save("medical/radiotherapy_mouth_care_leaflet_thornhallow.pdf")


# =============================================================================
# 5. Gluten challenge protocol (for clinicians)
# =============================================================================
def gluten_challenge_protocol():
    d = Doc("Gluten Challenge Protocol before Coeliac Disease Testing", "Protocol GI-DT-11, v2",
            "Wellsmoor Integrated Care Board - Gastroenterology and Dietetics", accent=(120, 90, 0), body_size=9.5)
    d.title_block("GLUTEN CHALLENGE PROTOCOL BEFORE TESTING FOR COELIAC DISEASE",
                  "For GPs, practice nurses, dietitians and gastroenterology teams. Applies to adults and children "
                  "aged 3 and over. Review date: March 2030.", size=14)
    d.h1("1. Purpose")
    d.clause("1.1", "Coeliac serology (tTG-IgA) and duodenal biopsy are only reliable while the patient is eating "
             "gluten. Patients who have already cut down or stopped gluten must reintroduce it (a gluten "
             "challenge) before testing, or a negative result cannot be relied on.")
    d.clause("1.2", "Always measure total IgA with the tTG-IgA test. If total IgA is low, request IgG-based "
             "tests (DGP-IgG or tTG-IgG) instead.")
    d.h1("2. Before starting")
    d.clause("2.1", "Do not start a gluten challenge in pregnancy, in children under 3 without advice from "
             "paediatric gastroenterology, or where previous gluten exposure caused severe symptoms (repeated "
             "vomiting, bloody diarrhoea or weight loss of more than 5%). Discuss these patients with "
             "gastroenterology, who may consider HLA-DQ2/DQ8 testing: a negative result makes coeliac disease "
             "very unlikely.")
    d.clause("2.2", "Give the patient the food and symptom diary (form GI-DT-11a) and explain that the challenge "
             "must be completed before they go back to a gluten-free diet.")
    d.h1("3. How much gluten, and for how long")
    d.clause("3.1", "The patient eats at least the daily amount below, spread over more than one meal, every day "
             "for at least 6 weeks. Blood for serology is taken at the end of week 6, while still eating gluten.")
    d.grid(["Age", "Daily gluten", "For example"],
           [["3 to 10 years", "at least 5 g a day", "2 medium slices of wheat bread"],
            ["11 to 17 years", "at least 8 g a day", "3 medium slices of wheat bread"],
            ["18 years and over", "at least 10 g a day", "4 medium slices of wheat bread"]], [50, 50, 70])
    d.para("* Children under 11 who weigh less than 25 kg: aim for 0.2 g of gluten per kg of body weight a day, "
           "with a minimum of 3 g, and ask a paediatric dietitian to advise.", size=8.5, style="I")
    d.clause("3.2", "Approximate gluten content of common foods (wheat foods are preferred, because their gluten "
             "content is known):")
    d.grid(["Food and portion", "Gluten (approximate)"],
           [["1 medium slice of wheat bread (36 g)", "2.5 g"],
            ["75 g dry wheat pasta (a main-meal portion)", "7.5 g"],
            ["2 wheat cereal biscuits (40 g)", "3.0 g"],
            ["1 plain digestive biscuit (15 g)", "0.7 g"],
            ["1 wheat flour tortilla wrap (60 g)", "4.5 g"],
            ["1 tablespoon (8 g) plain wheat flour in a sauce", "0.8 g"]], [110, 60])
    d.clause("3.3", "Oats do not count towards the daily gluten amount. Barley and rye count, but their gluten "
             "content varies, so they should not make up most of the daily amount.")
    d.h1("4. Managing symptoms during the challenge")
    d.grid(["Symptoms", "Action"],
           [["Mild: bloating, wind, loose stools, tiredness", "Continue; spread the gluten over 3 meals; review "
             "by phone at 2 weeks"],
            ["Moderate: daily diarrhoea or abdominal pain affecting work or school",
             "Reduce to half the daily amount for up to 1 week, then return to the full amount; the challenge "
             "is extended by the number of days at the lower amount"],
            ["Severe: repeated vomiting, bloody diarrhoea, signs of dehydration, or weight loss of more than 5%",
             "Stop the challenge and refer urgently to gastroenterology"]], [70, 100])
    d.clause("4.1", "If the patient cannot continue, take blood for serology at the time of stopping, provided they "
             "have eaten gluten for at least 2 weeks, and refer to gastroenterology with the diary. A negative "
             "result after a shortened challenge does not exclude coeliac disease.")
    d.h1("5. After the challenge")
    d.clause("5.1", "If serology is positive, refer to gastroenterology for biopsy; the target is a biopsy within "
             "6 weeks of referral. The patient must continue eating gluten until the biopsy has been done. Do "
             "not advise a gluten-free diet before the specialist confirms the diagnosis.")
    d.clause("5.2", "If serology is negative after a full 6-week challenge and symptoms continue, consider other "
             "causes (irritable bowel syndrome, lactose intolerance, inflammatory bowel disease) and refer if "
             "there are red flags. The patient may then choose to return to their previous diet.")
    d.clause("5.3", "Children: check weight and height at the start and at the end of the challenge, and involve a "
             "paediatric dietitian throughout.")
    d.h1("6. Contacts")
    d.para("Gastroenterology advice and guidance via the e-referral service; dietetics department 01632 960 533 "
           "(Mon-Fri 09:00-16:00).")
    return d.save("medical/gluten_challenge_protocol_wellsmoor.pdf")


# =============================================================================
# 6. Severe asthma biologic injection plan (invented patient)
# =============================================================================
def biologic_injection_plan():
    d = Doc("Severe asthma biologic - home injection plan", "Severe Asthma Service, Hallowfield Royal",
            "Hallowfield Royal Infirmary - Regional Severe Asthma Service", accent=(60, 60, 140))
    d.title_block("YOUR HOME INJECTION PLAN: TEZAVANT (TEZARIMAB) FOR SEVERE ASTHMA",
                  "Patient: Ms Imogen Hargreaves, date of birth 27/04/1984, hospital no. HR-3391852\n"
                  "Consultant: Dr Samuel Adeyinka-Ross  -  Specialist nurse: Charge Nurse Felix Morrow")
    d.grid(["Item", "Details"],
           [["Medicine", "Tezavant (tezarimab) 210 mg pre-filled pen, injected under the skin"],
            ["Dose", "One 210 mg pen every 4 weeks"],
            ["First dose", "Monday 21 June 2027, in clinic (doses 1 to 3 given in clinic)"],
            ["First home dose", "Monday 13 September 2027 (dose 4)"],
            ["Delivered by", "Medilink Homecare, 2 pens every 8 weeks"],
            ["Other asthma medicines", "Preventer inhaler (Fostrel 200/6, 2 puffs twice a day); prednisolone 5 mg "
             "once a day"]], [45, 125])
    d.h1("1. Your next home doses")
    d.grid(["Dose", "Date", "Where"],
           [["Dose 4", "Monday 13 September 2027", "Home (first self-injection, nurse visits)"],
            ["Dose 5", "Monday 11 October 2027", "Home"],
            ["Dose 6", "Monday 8 November 2027", "Home"],
            ["Dose 7", "Monday 6 December 2027", "Home"],
            ["Dose 8", "Monday 3 January 2028", "Home"]], [30, 60, 80])
    d.h1("2. Storing your pens")
    d.clause("2.1", "Keep the pens in the fridge (2 to 8 degrees C) in their box to protect them from light. Do "
             "not freeze them, and do not use a pen that has been frozen.")
    d.clause("2.2", "If needed, for example when travelling, a pen may be kept out of the fridge at room "
             "temperature (up to 25 degrees C) for up to 30 days. Once out, it must not go back in the fridge; "
             "write the date you took it out on the box, and throw it away if not used within the 30 days.")
    d.h1("3. Giving your injection")
    d.clause("3.1", "Take the pen out of the fridge 30 minutes before injecting, to reach room temperature. Do "
             "not warm it in any other way. Check the expiry date and that the liquid is clear to pale yellow.")
    d.clause("3.2", "Inject into the front of your thigh or your abdomen, keeping 5 cm away from your belly "
             "button. The back of the upper arm may be used only if someone else gives the injection. Use a "
             "different site each time, and do not inject into skin that is bruised, tender or scarred.")
    d.clause("3.3", "Press the pen firmly against the skin and hold it there until the window has turned fully "
             "yellow, then lift it away. Put the used pen straight into your sharps bin. Return full sharps "
             "bins to Medilink Homecare when they deliver.")
    d.h1("4. If you miss a dose")
    d.clause("4.1", "If you forget an injection, give it as soon as you remember, then carry on every 4 weeks "
             "from the new date. If you are more than 14 days late, phone the severe asthma nurses before "
             "injecting. Never give two doses to make up for a missed one.")
    d.h1("5. Side effects and reactions")
    d.clause("5.1", "Common side effects are redness, swelling or itching where you injected (usually gone within "
             "2 days), headache and a sore throat.")
    d.clause("5.2", "Allergic reactions are rare and can happen up to several days after an injection. For an itchy "
             "rash or hives without any breathing problems, take cetirizine 10 mg and phone the severe asthma "
             "nurses the same day. Call 999 if you have swelling of the lips, tongue or throat, difficulty "
             "breathing or feel faint, and use your reliever inhaler while you wait.")
    d.h1("6. Your other asthma medicines")
    d.clause("6.1", "Tezavant is an add-on treatment. Keep taking your preventer inhaler every day, and carry your "
             "reliever inhaler. Do not stop or reduce your prednisolone tablets yourself: if your asthma improves, "
             "your team will reduce them slowly, with blood tests, at your clinic reviews.")
    d.clause("6.2", "Tell us before having any live vaccine (for example yellow fever). Other vaccines, including "
             "the yearly flu vaccine, can be given as usual.")
    d.h1("7. Reviews and continuing treatment")
    d.clause("7.1", "Your first review is 16 weeks after your first dose, on Monday 11 October 2027, in the severe "
             "asthma clinic (bring your pen for dose 5 to the clinic). A further review is at 12 months, in June "
             "2028.")
    d.clause("7.2", "Tezavant is continued after 12 months only if the number of asthma attacks needing steroid "
             "tablets has fallen by at least 50%, or your daily prednisolone dose has been reduced by at least "
             "50%, compared with the year before you started.")
    d.clause("7.3", "Tell us straight away if you are pregnant or planning a pregnancy, or if you are starting "
             "treatment for a worm (parasite) infection.")
    d.h1("8. Contacts")
    d.para("Severe asthma nurses (Mon-Fri 08:00-16:00): 01632 960 357. Medilink Homecare deliveries: 0800 015 "
           "4412. In an emergency, call 999.", style="B")
    d.para("Plan agreed with Ms Hargreaves on 16 August 2027 by Charge Nurse Felix Morrow, Severe Asthma Clinical "
           "Nurse Specialist.", size=9, style="I")
    return d.save("medical/biologic_injection_plan_hargreaves.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([narrowboat_hire, roof_repair_contract, bridal_alterations,
                       mouth_care_leaflet, gluten_challenge_protocol, biologic_injection_plan], OUT,
                      check_questions)


if __name__ == "__main__":
    sys.exit(main())
