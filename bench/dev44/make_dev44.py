"""Render the forty-fourth development-set documents (fictional) as PDFs into bench/dev44/docs/.

A clean validation set, written blind to the answering method: a TV aerial and satellite dish installation
contract for a named customer (a price table by job type and roof height band with a footnote, access towers,
scaffold and cherry pickers, a signal guarantee by equipment and retuning visits, a callout fee and a
cancellation charge table, a parts warranty table, broken roof tiles and chimneys, the job and an extras list in
schedules after the signatures), a clothing alterations and bespoke tailoring shop's terms (an alteration price
list split over a page break with a leather footnote, rush surcharges by working days, fittings, bespoke prices
and deposits, cloth shrinkage, an uncollected garments table by days after the collection notice), a driving
lessons agreement with a named pupil (lesson and block booking prices for manual and automatic cars, a pupil
cancellation table, instructor lateness and cancellation, the test car package and its cancellation, refunds of
unused hours, the pupil's booking record after the signatures), a psoriasis treatment leaflet in
question-and-answer form (emollient amounts by body area, steroid strength by body area with a footnote,
fingertip units, vitamin D creams, scalp treatment, phototherapy sessions, when to see a GP), an ankle sprain and
strain self-care leaflet (ice and rest timings, painkiller doses by age band with a footnote, when an X-ray is
needed, crutches and stairs, a grade table with return to sport) and a clinicians' guideline on monitoring
hypothyroidism (reference ranges, subclinical disease, starting doses by age, cardiac disease and weight band, a
TSH action table on treatment with footnotes, test intervals, pregnancy targets by trimester, an interactions
table split over a page break with iron and calcium, referral).
Questions: bench/dev44/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev44/make_dev44.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2028, 2, 7, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 44 (fictional document)", "make_dev44.py", FIXED_DATE)


# =============================================================================
# 1. TV aerial and satellite dish installation contract
# =============================================================================
def aerial_contract():
    d = Doc("Installation Contract - Kestrel Rooftop Signal / Okonedo-Marsh", "Job KRS-28-0193",
            "Kestrel Rooftop Signal Ltd, 5 Ropewalk Yard, Thornbury Vale - Mrs P. Okonedo-Marsh", font="Times",
            accent=(20, 70, 120), body_size=10)
    d.title_block("TV AERIAL AND SATELLITE DISH INSTALLATION CONTRACT",
                  "Between Kestrel Rooftop Signal Ltd, trading as Kestrel Aerials, company no. 12406618 "
                  "(\"Kestrel\", \"the Installer\") and Mrs Philippa Okonedo-Marsh of 14 Larchbank Rise, Thornbury "
                  "Vale TV6 3RE (\"the Customer\"). Signed at the Property on 18 January 2028 after a survey visit.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Job\" means the work described in Schedule 1. \"Property\" means the Customer's address "
             "above. \"Roof Height\" means the vertical height from the ground at the foot of the ladder to the "
             "highest fixing point of the aerial or dish, as measured by the Installer at the survey. \"Access "
             "Equipment\" means any equipment other than the Installer's own ladders and roof ladders, such as "
             "an access tower, scaffolding or a mobile elevating work platform (\"cherry picker\"). \"Working "
             "Day\" means Monday to Friday, except bank holidays.")
    d.clause("1.2", "\"Completion\" means the day the Installer finishes the Job and demonstrates the picture on "
             "each TV point to the Customer. \"Signal Guarantee Period\" has the meaning in clause 4.2.")
    d.h1("2. Survey and prices")
    d.clause("2.1", "Before any Job, the Installer tests the signal at the Property with a calibrated signal "
             "meter. If a satisfactory signal cannot be received at the Property, the Job will not go ahead and "
             "the Customer pays only the callout fee in clause 5.1.")
    d.clause("2.2", "Prices depend on the type of job and the Roof Height band. Prices include VAT, the Installer's "
             "ladders and the standard parts listed.")
    d.grid(["Job type", "Band A: up to 5 m", "Band B: 5.1 to 8 m", "Band C: 8.1 to 11 m"],
           [["New roof-mounted TV aerial, bracket and up to 15 m of cable", "GBP 165", "GBP 195", "GBP 245"],
            ["Realign or repair an existing TV aerial", "GBP 85", "GBP 110", "GBP 150"],
            ["New satellite dish (Zone 1 dish, quad LNB) and up to 20 m of cable", "GBP 180", "GBP 210",
             "GBP 260"],
            ["Realign a dish or replace its LNB", "GBP 80", "GBP 105", "GBP 140"],
            ["Remove an old aerial or dish and make good the fixings", "GBP 60", "GBP 75", "GBP 95"],
            ["Each extra TV point (wall plate and internal cable)", "GBP 55", "GBP 55", "GBP 55"]],
           [70, 34, 34, 34])
    d.para("* Loft aerials (no roof access needed): GBP 120 at any height. Work with a Roof Height above 11 m, on "
           "thatched roofs, or on a chimney the Installer judges unsafe is priced by written quote after a survey "
           "visit costing GBP 40, which is deducted from the price if the Customer accepts the quote.",
           size=8.5, style="I")
    d.h1("3. Access equipment")
    d.clause("3.1", "The prices in clause 2.2 include work from the Installer's ladders and roof ladders up to a "
             "Roof Height of 11 m. Where a ladder cannot be footed safely (for example over a conservatory, a "
             "glass roof or a steep drive), Access Equipment is needed even below 11 m and is charged as follows:")
    d.grid(["Access Equipment", "Charge"],
           [["Access tower (the Installer's own)", "GBP 95 per day"],
            ["Scaffolding (hired in by the Installer)", "Hire cost plus 10%, minimum GBP 350"],
            ["Cherry picker", "GBP 230 per half day (4 hours); GBP 380 per day"],
            ["Pavement or road permit, where the council requires one", "Passed on at cost"]], [90, 80])
    d.clause("3.2", "If ladders must stand on a neighbour's land, the Customer must get the neighbour's permission "
             "before the appointment. The Installer will not work on a roof in winds above 30 mph, in thunder or "
             "lightning, or when the roof is icy; the appointment is then rearranged at no charge.")
    d.h1("4. Signal guarantee and retuning")
    d.clause("4.1", "At Completion, the Installer guarantees that each TV point installed receives every digital "
             "terrestrial or satellite channel available at the Property with a signal quality of at least 70% on "
             "the Installer's meter.")
    d.clause("4.2", "The \"Signal Guarantee Period\" is 12 months from Completion for a TV aerial and 6 months from "
             "Completion for a satellite dish. If the picture is lost during that period because the aerial or "
             "dish has moved or the installed work is faulty, the Installer will revisit within 3 Working Days "
             "and restore the signal free of charge.")
    d.clause("4.3", "If broadcasters change frequencies, the Customer can usually retune their own TV from its "
             "menu. The Installer will make one free retuning visit within 90 days of Completion. Later retuning "
             "visits are charged at GBP 45 for the first TV and GBP 15 for each extra TV on the same visit.")
    d.clause("4.4", "The signal guarantee does not cover loss of signal caused by heavy rain or snow on a dish, "
             "trees or new buildings blocking the signal, work at the transmitter or satellite, faults in the "
             "Customer's TV, recorder or set-top box, or cables moved or damaged by others.")
    d.h1("5. Callout fee and cancellation")
    d.clause("5.1", "A visit that does not lead to a Job (for example a survey only, no usable signal, or a fault "
             "found in the Customer's own equipment) is charged a callout fee of GBP 55 on Working Days between "
             "08:00 and 18:00, and GBP 80 in the evening or on a Saturday. The Installer does not work on Sundays "
             "or bank holidays. The callout fee is waived if the Customer goes ahead with a Job on the same "
             "visit.")
    d.clause("5.2", "If the Customer cancels or moves an appointment, the charge depends on when the Installer is "
             "told:")
    d.grid(["Notice given by the Customer", "Charge"],
           [["2 Working Days or more before the appointment", "No charge"],
            ["Less than 2 Working Days before, but before 08:00 on the day", "GBP 30"],
            ["After 08:00 on the day, or no access when the Installer arrives", "The callout fee in clause 5.1"]],
           [100, 70])
    d.clause("5.3", "Hire charges for Access Equipment already booked for the Customer are also payable if the "
             "Customer cancels less than 2 Working Days before the appointment. This contract was signed at the "
             "Property, so the Customer also has the statutory right to cancel within 14 days of signing; if the "
             "Customer asked for work to start within those 14 days, the Customer pays for work already done.")
    d.h1("6. Warranty on equipment and workmanship")
    d.clause("6.1", "Parts supplied by the Installer are guaranteed from Completion for the periods below. A "
             "faulty part is replaced free of charge, including labour, during its warranty.")
    d.grid(["Item", "Warranty"],
           [["Coaxial and satellite cable, connectors and wall plates", "2 years"],
            ["Wall brackets, chimney lashing kits and masts", "5 years"],
            ["TV aerials", "3 years"],
            ["Satellite dishes", "3 years"],
            ["LNBs, amplifiers and splitters", "1 year"],
            ["Installation workmanship", "12 months"]], [110, 60])
    d.para("* The warranty does not cover damage by storms with gusts above 60 mph, lightning, birds or animals, "
           "or parts supplied by the Customer. Parts supplied by the Customer are fitted at the Customer's risk; "
           "only the Installer's workmanship is guaranteed for them.", size=8.5, style="I")
    d.h1("7. Damage to the roof and the Property")
    d.clause("7.1", "The Installer uses roof ladders and crawl boards. Tiles or slates broken by the Installer "
             "during the Job are replaced free of charge. Where the "
             "tile or slate is no longer made, the Installer fits the closest available match unless the "
             "Customer supplies matching tiles.")
    d.clause("7.2", "The Installer is not responsible for tiles or slates that were already cracked, slipped or "
             "porous, or for damage caused by hidden defects such as rotten battens, loose chimney pots or "
             "failed mortar. The Installer will not fix to a chimney stack that leans or has loose mortar; a "
             "wall bracket is then used instead at no extra cost where possible.")
    d.clause("7.3", "The Customer must report any damage within 14 days of Completion, with photographs if "
             "possible. The Installer's liability for damage to the Property is limited to GBP 5,000 per Job, "
             "except for death or personal injury caused by negligence.")
    d.h1("8. Payment")
    d.clause("8.1", "The price is payable on Completion by card, or by bank transfer within 7 days of Completion. "
             "A reminder fee of GBP 15 may be charged for each reminder sent after the price is 14 days overdue. "
             "Parts remain the Installer's property until paid for.")
    d.signature_block(["Signed by Mrs Philippa Okonedo-Marsh (Customer)",
                       "Signed for Kestrel Rooftop Signal Ltd by Declan Forsythe-Amadi, Senior Installer"])
    d.h1("SCHEDULE 1 - THE JOB")
    d.grid(["Item", "Details", "Price"],
           [["Appointment", "Tuesday 1 February 2028, 08:00 to 12:00", ""],
            ["Roof Height (survey)", "7.4 m at the rear wall: Band B", ""],
            ["New satellite dish", "Zone 1 dish on a wall bracket at the rear, quad LNB", "GBP 210"],
            ["Extra TV points", "2 points: main bedroom and study", "GBP 110"],
            ["Remove old aerial", "Old aerial and lashing on the chimney stack", "GBP 75"],
            ["Access tower", "1 day (conservatory below the rear wall)", "GBP 95"],
            ["Total price", "Including VAT, payable on Completion", "GBP 490"]], [45, 95, 30])
    d.para("Signal Guarantee Period for the dish: 6 months from Completion. The existing TV aerial on the front "
           "gable is kept and is not part of this Job.", size=9.5)
    d.h1("SCHEDULE 2 - EXTRAS PRICE LIST")
    d.grid(["Extra", "Price (fitted, including VAT)"],
           [["Masthead amplifier (weak signal areas)", "GBP 65"],
            ["Distribution amplifier for up to 4 TVs", "GBP 70"],
            ["Second cable run to a recorder (twin feed)", "GBP 40"],
            ["Wall-mount a TV up to 55 inches (bracket supplied)", "GBP 85"],
            ["Bird spikes on an aerial or dish", "GBP 25"]], [110, 60])
    return d.save("legal/aerial_satellite_installation_contract_kestrel.pdf")


# =============================================================================
# 2. Clothing alterations and bespoke tailoring terms
# =============================================================================
def tailoring_terms():
    d = Doc("Marrowgate & Finch - Alterations and Bespoke Tailoring Terms", "Terms MF-2028, from 1 March 2028",
            "Marrowgate & Finch Tailors Ltd, 22 Coppergate Arcade, Wendlebury", accent=(90, 40, 70))
    d.title_block("TERMS OF BUSINESS: ALTERATIONS AND BESPOKE TAILORING",
                  "These terms apply to every garment left with Marrowgate & Finch Tailors Ltd (\"we\", \"us\") "
                  "for alteration and to every bespoke order. Your ticket number and Ready Date are on the "
                  "receipt we give you.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Alteration\" means any change we make to an existing garment. \"Bespoke Garment\" means a "
             "garment cut and made by us to your measurements. \"Fitting\" means an appointment at which the "
             "garment is tried on and pinned or chalked. \"Ready Date\" means the date on your ticket.")
    d.clause("1.2", "\"Collection Notice\" means our text message or e-mail telling you a garment is ready. "
             "\"Working Day\" means Tuesday to Saturday, except bank holidays; the shop is closed on Sundays and "
             "Mondays.")
    d.h1("2. Alteration prices")
    d.clause("2.1", "Prices per garment from 1 March 2028 (including VAT):")
    d.grid(["Garment", "Alteration", "Price"],
           [["Trousers", "Shorten or lengthen, plain hem", "GBP 14"],
            ["Trousers", "Shorten, with turn-ups", "GBP 19"],
            ["Jeans", "Shorten, keeping the original hem", "GBP 20"],
            ["Trousers or skirt", "Take in or let out waist and seat", "GBP 24"],
            ["Trousers", "Taper the legs", "GBP 26"],
            ["Trousers or skirt", "Replace zip", "GBP 18"],
            ["Skirt", "Shorten, unlined", "GBP 20"],
            ["Skirt", "Shorten, lined", "GBP 27"],
            ["Dress", "Shorten, unlined", "GBP 26"],
            ["Dress", "Shorten, lined", "GBP 34"],
            ["Dress", "Take in at the side seams", "GBP 32"],
            ["Shirt", "Shorten sleeves", "GBP 16"],
            ["Shirt", "Take in body (darts or side seams)", "GBP 18"],
            ["Jacket", "Shorten sleeves, plain cuffs", "GBP 30"],
            ["Jacket", "Shorten sleeves, working cuff buttons", "GBP 48"],
            ["Jacket", "Take in or let out back seam and sides", "GBP 42"],
            ["Jacket", "Replace lining", "GBP 85"],
            ["Coat", "Shorten, lined", "GBP 45"],
            ["Coat", "Shorten sleeves", "GBP 36"],
            ["Coat", "Take in or let out sides", "GBP 52"],
            ["Coat", "Replace zip", "GBP 38"],
            ["Waistcoat", "Take in or let out back", "GBP 22"],
            ["Jeans", "Replace zip", "GBP 20"],
            ["Any garment", "Repair a seam or small tear", "GBP 12"],
            ["Any garment", "Sew on or replace buttons", "GBP 3 per button"]], [45, 90, 35])
    d.para("* Leather, suede, sequinned, beaded and bridal garments: add 50% to these prices. Alterations not "
           "listed are priced when we see the garment. We recommend that new cotton and linen garments are "
           "washed once before they are shortened, as they may shrink by up to 5%.", size=8.5, style="I")
    d.clause("2.2", "Alterations are paid for in full when the garment is left with us, except where a Fitting is "
             "needed first, in which case they are paid for at the Fitting.")
    d.h1("3. Turnaround and rush service")
    d.clause("3.1", "Our standard turnaround is 8 Working Days from the day the garment is left, or from the "
             "Fitting if one is needed.")
    d.clause("3.2", "If you need a garment sooner, we add a rush surcharge to the alteration price:")
    d.grid(["Ready within", "Rush surcharge"],
           [["5 to 7 Working Days", "20% of the alteration price"],
            ["3 to 4 Working Days", "40% of the alteration price"],
            ["1 to 2 Working Days", "75% of the alteration price"],
            ["Same day (left before 10:00, hems and zips only)", "100% of the alteration price"]], [90, 80])
    d.clause("3.3", "Rush service is not available for Bespoke Garments, replacement linings, or leather and "
             "suede, and depends on our workload; we will confirm the Ready Date before accepting a rush job.")
    d.h1("4. Fittings")
    d.clause("4.1", "Alterations that need pinning include one Fitting at no charge. A further Fitting needed "
             "because of our error is free; a further Fitting needed because your size has changed or you "
             "change your mind is charged at GBP 10.")
    d.clause("4.2", "The price of a Bespoke Garment includes three Fittings (baste, forward and finished). "
             "Additional Fittings needed to correct the fit are free. Additional Fittings needed because your "
             "measurements have changed since the first Fitting are charged at GBP 35 each.")
    d.clause("4.3", "If you miss a Fitting without giving at least 24 hours' notice, we charge a missed "
             "appointment fee of GBP 15.")
    d.h1("5. Bespoke tailoring")
    d.clause("5.1", "Bespoke prices start from the amounts below, in our house cloths. Premium cloths are quoted "
             "when you choose them.")
    d.grid(["Bespoke Garment", "From"],
           [["Two-piece suit", "GBP 1,180"],
            ["Three-piece suit", "GBP 1,460"],
            ["Jacket or blazer", "GBP 820"],
            ["Trousers", "GBP 340"],
            ["Waistcoat", "GBP 290"],
            ["Overcoat", "GBP 1,350"]], [90, 50])
    d.clause("5.2", "A deposit of 50% of the price is payable when you place a bespoke order, and the balance "
             "when you collect the finished garment. The deposit is refunded in full if you cancel within 7 days "
             "of ordering and before your cloth is cut. Once the cloth has been cut, the deposit is not "
             "refundable.")
    d.clause("5.3", "If you bring your own cloth, the making-up price is 75% of the listed price. Bespoke "
             "Garments are normally ready 8 to 12 weeks after the first measurement.")
    d.h1("6. Cloth and shrinkage")
    d.clause("6.1", "We inspect cloth you supply but are not liable for flaws in it, colour running or shrinkage. "
             "We recommend that your cloth is sponged (pre-shrunk) before cutting; we offer sponging at GBP 25 "
             "per length.")
    d.clause("6.2", "If a Bespoke Garment made in cloth we supplied shrinks by more than 2% within 12 months of "
             "collection, and it has been cleaned as its care label says, we will remake the affected garment "
             "free of charge. We are not liable for shrinkage caused by washing a garment marked dry clean only, "
             "or by tumble drying.")
    d.clause("6.3", "We are not liable for shrinkage of altered garments after you have collected them.")
    d.h1("7. Collection and uncollected garments")
    d.clause("7.1", "We send a Collection Notice when a garment is ready. What happens to garments that are not "
             "collected depends on the time since the Collection Notice:")
    d.grid(["Days after the Collection Notice", "What happens"],
           [["1 to 30 days", "Stored free of charge"],
            ["31 to 60 days", "Storage charge of GBP 2 per garment per week"],
            ["61 to 90 days", "Storage charge continues; we send a final notice by post"],
            ["More than 90 days", "We may donate the garment to charity or dispose of it, with no compensation; "
             "any unpaid alteration price remains payable"]], [70, 100])
    d.clause("7.2", "A finished Bespoke Garment not collected within 6 months of the Collection Notice may be "
             "sold; we keep the deposit and, from the sale price, the unpaid balance and our costs, and pay you "
             "anything left over.")
    d.h1("8. Problems and liability")
    d.clause("8.1", "Please try on or check your garment when you collect it. Tell us about any problem with an "
             "Alteration within 14 days of collection and we will re-alter it free of charge.")
    d.clause("8.2", "If a garment is lost or damaged while in our care, our liability is limited to the lower of "
             "its value (allowing for age and wear) and GBP 400. We are not responsible for items left in "
             "pockets.")
    return d.save("legal/tailoring_alterations_terms_marrowgate_finch.pdf")


# =============================================================================
# 3. Driving lessons agreement
# =============================================================================
def driving_agreement():
    d = Doc("Greenlight Motoring School - Pupil Agreement - Carrodus", "Pupil no. GMS-5521",
            "Greenlight Motoring School Ltd, Unit 3 Quarry Lane Business Centre, Hollins Cross", accent=(0, 100, 50))
    d.title_block("DRIVING TUITION AGREEMENT",
                  "Between Greenlight Motoring School Ltd (\"the School\"), acting through its instructor Mr "
                  "Rajan Elsworth, approved driving instructor no. 7730412 (\"the Instructor\"), and Miss Niamh "
                  "Carrodus of 8 Fallowfield Close, Hollins Cross HX9 2LE (\"the Pupil\"). Dated 6 January 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Lesson\" means a period of tuition of 60 minutes, or 90 or 120 minutes where booked, "
             "starting and ending at the agreed pick-up point. \"Block Booking\" means a number of hours of "
             "tuition bought and paid for in advance. \"Unused Hours\" means hours of a Block Booking not yet "
             "taken.")
    d.clause("1.2", "\"Notice\" means a text message to the Instructor's mobile or a message in the School's "
             "app; notice counts from the time it is received. \"Test Car\" means the Instructor's dual-controlled "
             "car used for the Pupil's practical driving test. \"Working Day\" means Monday to Friday, except bank "
             "holidays.")
    d.h1("2. Prices")
    d.clause("2.1", "Prices from 1 January 2028, including VAT:")
    d.grid(["Tuition", "Manual car", "Automatic car"],
           [["Single 1-hour Lesson", "GBP 40", "GBP 44"],
            ["90-minute Lesson", "GBP 58", "GBP 64"],
            ["2-hour Lesson", "GBP 76", "GBP 84"],
            ["Block Booking of 10 hours (5% discount)", "GBP 380", "GBP 418"],
            ["Block Booking of 20 hours (10% discount)", "GBP 720", "GBP 792"],
            ["Block Booking of 30 hours (15% discount)", "GBP 1,020", "GBP 1,122"]], [90, 40, 40])
    d.para("* Introductory offer: the first 2 hours for GBP 60 (manual or automatic), once per new Pupil; it "
           "cannot be combined with a Block Booking. Motorway Lessons for full licence holders: GBP 95 for 2 "
           "hours.", size=8.5, style="I")
    d.clause("2.2", "A Block Booking is paid in full in advance and may be used for Lessons of any length. Unused "
             "Hours expire 12 months after the date of payment. Single Lessons are paid in advance or at the "
             "start of the Lesson by card or bank transfer; the Instructor does not accept cash.")
    d.h1("3. Cancellation by the Pupil")
    d.clause("3.1", "The Pupil may cancel or move a Lesson by Notice. The charge depends on how long before the "
             "start of the Lesson the Notice is received:")
    d.grid(["Notice received", "Charge"],
           [["48 hours or more before the start", "No charge"],
            ["24 to 48 hours before the start", "50% of the Lesson price"],
            ["Less than 24 hours before the start", "The full Lesson price"],
            ["Pupil not at the pick-up point within 15 minutes of the start", "The full Lesson price"]],
           [100, 70])
    d.clause("3.2", "For a Pupil with a Block Booking, the charge is taken from the Unused Hours (half or the whole "
             "of the Lesson's length). The first late cancellation because of illness in any 6 months is free of "
             "charge if the Pupil sends Notice before the start of the Lesson.")
    d.clause("3.3", "If the Pupil arrives late, the Lesson still ends at the booked time.")
    d.h1("4. Instructor lateness and cancellation")
    d.clause("4.1", "If the Instructor arrives late, the Pupil receives the full booked time; if the Pupil cannot "
             "stay, the lost time is credited to the Pupil's next Lesson.")
    d.clause("4.2", "If the Instructor is more than 20 minutes late, the Pupil may cancel that Lesson without charge "
             "and also receives a credit of 30 minutes' tuition.")
    d.clause("4.3", "If the School cancels a Lesson with less than 24 hours' notice, the Pupil's next 1-hour Lesson "
             "is free, unless the cancellation is because of the Instructor's sudden illness, a breakdown of the "
             "car, or snow or ice making the roads unsafe.")
    d.clause("4.4", "If the Instructor is unable to teach for more than 2 weeks, the School will offer a "
             "replacement instructor of the same gender if the Pupil asks, or a refund under clause 6.4.")
    d.h1("5. The practical driving test")
    d.clause("5.1", "The Pupil books the practical test and pays the test fee directly to the testing authority. "
             "The test fee is not part of this Agreement, and the School has no control over its refund.")
    d.clause("5.2", "The Test Car package costs GBP 140 for a manual car and GBP 150 for an automatic car. It "
             "includes a 1-hour Lesson immediately before the test, use of the Test Car for the test and the "
             "Instructor's time. It is payable at least 10 Working Days before the test.")
    d.clause("5.3", "The Instructor will carry out a mock test at least 3 weeks before the test date. If the "
             "Instructor judges that the Pupil is not ready to pass safely, the School may decline to provide "
             "the Test Car; the Test Car package is then refunded in full.")
    d.clause("5.4", "If the Pupil cancels the Test Car package, the refund is:")
    d.grid(["Pupil cancels", "Refund of the Test Car package"],
           [["More than 10 Working Days before the test", "Full refund"],
            ["4 to 10 Working Days before the test", "50% refund"],
            ["3 Working Days or less before the test", "No refund"]], [100, 70])
    d.clause("5.5", "If the testing authority cancels the test at short notice (for example because no examiner "
             "is available or because of bad weather), the Test Car package is moved to the new test date free "
             "of charge.")
    d.h1("6. Refund of unused lessons")
    d.clause("6.1", "The Pupil may ask for a refund of Unused Hours at any time before they expire.")
    d.clause("6.2", "The refund is the amount paid for the Block Booking, less the hours already taken charged at "
             "the single 1-hour Lesson price, less an administration fee of GBP 25. The block discount is "
             "therefore lost on a refund.")
    d.clause("6.3", "The introductory offer is not refundable, and no refund is made for Unused Hours after they "
             "have expired.")
    d.clause("6.4", "If the School cannot provide Lessons for more than 4 weeks, or closes, the Pupil may have "
             "Unused Hours refunded at the rate paid, without the administration fee.")
    d.h1("7. The Pupil's responsibilities")
    d.clause("7.1", "The Pupil must show a valid provisional licence at the first Lesson and must be able to read "
             "a number plate from 20 metres, with glasses or contact lenses if needed.")
    d.clause("7.2", "The Instructor may end a Lesson if the Pupil appears unfit to drive through alcohol, drugs or "
             "tiredness; the full Lesson price is then charged.")
    d.clause("7.3", "Penalties for offences committed by the Pupil while driving are the Pupil's responsibility. "
             "The Pupil must tell the School of any medical condition that may affect driving.")
    d.signature_block(["Signed by Miss Niamh Carrodus (Pupil)",
                       "Signed for Greenlight Motoring School Ltd by Rajan Elsworth (Instructor)"])
    d.h1("SCHEDULE - PUPIL BOOKING RECORD")
    d.grid(["Item", "Details"],
           [["Car", "Automatic (Instructor's car: dual-controlled hatchback)"],
            ["Block Booking", "20 hours, paid GBP 792 on 6 January 2028"],
            ["Unused Hours expire", "6 January 2029"],
            ["Pick-up point", "Home address, or Hollins Cross College main gate on Wednesdays"],
            ["Usual Lesson time", "Saturdays 09:00 to 11:00 (2-hour Lesson) and Wednesdays 16:30 to 17:30"],
            ["Practical test", "Not yet booked; mock test planned after about 15 hours"]], [50, 120])
    d.h2("Lessons taken from the Block Booking")
    d.grid(["Date", "Length", "Notes", "Unused Hours after"],
           [["8 January 2028", "2 hours", "Controls, moving off and stopping", "18"],
            ["12 January 2028", "1 hour", "Junctions", "17"],
            ["15 January 2028", "2 hours", "Roundabouts; dual carriageway", "15"],
            ["19 January 2028", "0.5 hour", "Cancelled by the Pupil 30 hours before: 50% charged", "14.5"],
            ["22 January 2028", "2 hours", "Parking manoeuvres", "12.5"]], [36, 24, 80, 30])
    return d.save("legal/driving_lessons_agreement_greenlight_carrodus.pdf")


# =============================================================================
# 4. Psoriasis treatment leaflet (question and answer)
# =============================================================================
def psoriasis_leaflet():
    d = Doc("Psoriasis - your treatment guide", "Leaflet DERM-22, reviewed January 2028",
            "Brindlecombe Community Dermatology Service - patient information", accent=(150, 60, 30))
    d.title_block("Psoriasis: your treatment guide",
                  "Answers to the questions patients most often ask about creams, scalp treatment and light "
                  "treatment. Please keep this leaflet with your treatment plan.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    d.h1("About psoriasis")
    qa("What is psoriasis?",
       "Psoriasis is a long-term skin condition in which skin cells are replaced too quickly, causing raised, "
       "red or darker patches (plaques) covered with silvery scale. It is not an infection and you cannot catch "
       "it from someone else or pass it on by touch.")
    qa("Can it be cured?",
       "There is no cure, but treatment can clear or greatly improve the plaques. Psoriasis often comes and goes "
       "in flares. Common triggers are stress, throat infections, smoking, alcohol and some medicines; tell any "
       "doctor who prescribes for you that you have psoriasis.")
    d.h1("Emollients (moisturisers)")
    qa("Why do I need to use a moisturiser every day?",
       "Emollients soften scale, reduce itching and help other treatments work. Use them at least twice a day, "
       "even when your skin is clear. Greasy ointments work best on thick scale. Smooth the emollient on in the "
       "direction the hair grows; do not rub it in. Leave 30 minutes between applying an emollient and applying "
       "a steroid or vitamin D treatment.")
    qa("How much emollient should I use?",
       "Most people use far too little. For an adult applying emollient twice a day, a week's supply is about:")
    d.grid(["Body area", "Emollient per week (adult)"],
           [["Face and neck", "15 to 30 g"],
            ["Both hands", "25 to 50 g"],
            ["Scalp", "50 to 100 g"],
            ["Both arms", "100 to 150 g"],
            ["Both legs", "150 to 250 g"],
            ["Trunk (front and back)", "300 to 400 g"],
            ["Groin and genitals", "15 to 25 g"]], [90, 70])
    d.para("Fire warning: emollients soak into clothing, dressings and bedding and make them catch fire easily. "
           "Do not smoke or go near naked flames, and wash fabrics often at a high temperature.", size=9,
           style="B")
    d.h1("Steroid creams and ointments")
    qa("How strong a steroid will I be given?",
       "Steroids come in four strengths: mild, moderate, potent and very potent. Thin skin absorbs more, so the "
       "strength depends on where the psoriasis is. Use a steroid once a day, on the plaques only.")
    d.grid(["Body area", "Strength usually prescribed", "Longest course before review"],
           [["Face, ears and neck", "Mild (such as hydrocortisone 1%)", "2 weeks"],
            ["Skin folds (armpits, under the breasts) and genitals", "Mild or moderate", "2 weeks"],
            ["Scalp", "Potent (scalp lotion or shampoo)", "4 weeks"],
            ["Trunk, arms and legs", "Potent", "4 weeks"],
            ["Palms of the hands and soles of the feet", "Potent or very potent", "4 weeks"]], [68, 62, 44])
    d.para("* After a course, take a break of at least 4 weeks before using a potent or very potent steroid on "
           "the same area again. Never use a very potent steroid on more than 10% of your skin, or on the face.",
           size=8.5, style="I")
    qa("How much steroid should I put on?",
       "Steroids are measured in fingertip units (FTU): a line of cream squeezed from the tip of an adult's "
       "index finger to the first crease, about 0.5 g. One FTU covers an area the size of two adult hands with "
       "the fingers together. One hand (both sides) needs 1 FTU; the face and neck 2.5 FTU; one arm 3 FTU; one "
       "foot 2 FTU; one leg 6 FTU; the front of the trunk 7 FTU; the back and buttocks 7 FTU.")
    d.h1("Vitamin D creams")
    qa("How do vitamin D creams work and how do I use them?",
       "Vitamin D creams and ointments, such as calcipotriol, slow down the growth of skin cells. They are used "
       "once or twice a day on plaques on the body and limbs, but not on the face or in skin folds, where they "
       "irritate. Do not use more than 100 g in any week, because larger amounts can raise the calcium in your "
       "blood. Wash your hands after applying them.")
    qa("What is a combined gel?",
       "A combined gel contains a vitamin D cream and a potent steroid. It is used once a day for up to 4 weeks "
       "on the body, or up to 8 weeks on the scalp, and then usually replaced by vitamin D alone on weekdays "
       "with the combined gel at weekends.")
    d.h1("Scalp psoriasis")
    qa("My scalp is thick and flaky. What should I use first?",
       "Thick scale must be softened first, or other treatments cannot get through. Massage a coconut oil or "
       "salicylic acid scalp ointment into the scale, leave it on for at least 1 hour (or overnight under a "
       "shower cap), then wash it out with a coal tar shampoo. Repeat daily until the scale has lifted, usually "
       "for up to 7 days. Do not pick or comb off scale, as this can cause flares.")
    qa("And after the scale has lifted?",
       "Use the steroid scalp lotion once a day for up to 4 weeks, parted through the hair onto the scalp. Coal "
       "tar shampoo can be used twice a week to keep the scalp clear. Tar shampoos can stain blonde, grey or "
       "dyed hair. Any hair loss caused by scalp psoriasis usually grows back once it is controlled.")
    d.h1("Phototherapy (light treatment)")
    qa("What does light treatment involve?",
       "If creams have not worked, your dermatologist may offer narrowband UVB light treatment at Brindlecombe "
       "Hospital. You stand in a cabinet for a few seconds at first, building up to a few minutes. Sessions are "
       "2 or 3 times a week, and a course is usually 18 to 30 sessions (about 8 to 10 weeks). You must wear the "
       "goggles provided, and men wear a genital shield.")
    qa("Is there anything I need to avoid during a course?",
       "Do not sunbathe or use sunbeds during a course. Tell the phototherapy nurse before each session about "
       "any new medicine or herbal remedy (including St John's wort), as some make the skin burn more easily. "
       "If you miss more than 2 sessions in a row, your dose is lowered. Your total number of sessions is "
       "recorded, and your dermatologist reviews the benefits and risks once you have had more than 200 "
       "sessions in your lifetime, because the risk of skin cancer rises.")
    d.h1("When to see your GP or get urgent help")
    d.grid(["If you have", "What to do"],
           [["Psoriasis no better after 4 weeks of a steroid or 8 weeks of a vitamin D cream",
             "Book a routine GP appointment"],
            ["Painful, swollen or stiff joints, or stiffness on waking that lasts more than 30 minutes",
             "See your GP within 2 weeks: this may be psoriatic arthritis"],
            ["Psoriasis affecting your sleep, work or mood", "Book a routine GP appointment"],
            ["Red, inflamed skin over most of the body, with shivering or feeling very hot or cold",
             "Contact your GP the same day, or call 111 out of hours"],
            ["Widespread pus-filled spots on red skin, with a fever", "Call 999 or go to A&E"]], [100, 74])
    d.para("Dermatology nurse advice line: 01632 960 412 (Monday to Friday, 09:00 to 16:00).", size=9.5,
           style="B")
    return d.save("medical/psoriasis_treatment_leaflet_brindlecombe.pdf")


# =============================================================================
# 5. Ankle sprain and strain self-care leaflet
# =============================================================================
def ankle_leaflet():
    d = Doc("Ankle sprains and strains - looking after yourself", "Patient leaflet UTC-09 (version 4)",
            "Ferncliffe Urgent Treatment Centre - Minor Injuries Team", accent=(0, 90, 130))
    d.title_block("Ankle sprains and strains: looking after yourself at home",
                  "For adults and children seen at Ferncliffe Urgent Treatment Centre with a soft tissue ankle "
                  "injury. Your clinician has ticked your grade in the table on page 2.")
    d.h1("Sprain or strain?")
    d.para("A sprain is an injury to a ligament, the tough bands that hold the bones of a joint together. A "
           "strain is an injury to a muscle or tendon. Most ankle injuries are sprains of the ligaments on the "
           "outside of the ankle, caused by the foot rolling inwards. Both usually heal well with the care in "
           "this leaflet.")
    d.h1("The first 72 hours: protect, rest, ice, compress, elevate")
    d.clause("-", "Protect: wear the ankle support you were given during the day, and take it off in bed.", numw=6)
    d.clause("-", "Rest: rest the ankle for the first 48 to 72 hours, but move your toes and gently move the "
             "ankle up and down every hour while you are awake.", numw=6)
    d.clause("-", "Ice: wrap crushed ice or a bag of frozen peas in a damp tea towel and hold it on the ankle for "
             "15 to 20 minutes every 2 to 3 hours while you are awake, for the first 72 hours. Never put ice "
             "directly on the skin. If you have diabetes or poor circulation, ask before using ice.", numw=6)
    d.clause("-", "Compress: a tubular bandage can help with swelling during the day; take it off at night.",
             numw=6)
    d.clause("-", "Elevate: when sitting, rest the foot on cushions so the ankle is higher than your hip.",
             numw=6)
    d.para("For the first 72 hours avoid heat (hot baths, heat packs), alcohol, running and massage, as they can "
           "increase bleeding and swelling.", style="B")
    d.h1("Painkillers")
    d.para("Paracetamol helps the pain. Do not take ibuprofen for the first 48 hours after the injury, as it may "
           "slow healing; after that it can help with pain and swelling. Take painkillers regularly for the "
           "first few days rather than waiting for the pain to get bad.")
    d.grid(["Age", "Paracetamol (each dose)", "Ibuprofen (each dose, from 48 hours)"],
           [["6 to 7 years", "240 mg, up to 4 times in 24 hours", "150 mg, up to 3 times in 24 hours"],
            ["8 to 9 years", "360 mg, up to 4 times in 24 hours", "200 mg, up to 3 times in 24 hours"],
            ["10 to 11 years", "480 mg, up to 4 times in 24 hours", "300 mg, up to 3 times in 24 hours"],
            ["12 to 15 years", "500 mg to 750 mg, up to 4 times in 24 hours", "300 mg to 400 mg, up to 3 times "
                                                                               "in 24 hours"],
            ["16 years and over", "500 mg to 1 g, up to 4 times in 24 hours", "200 mg to 400 mg, up to 3 times "
                                                                              "in 24 hours"]], [36, 68, 70])
    d.para("* Leave at least 4 hours between doses of paracetamol and at least 6 hours between doses of "
           "ibuprofen. Children under 6: ask a pharmacist. Do not take ibuprofen if you are pregnant, have had a "
           "stomach ulcer, have kidney problems, or have asthma that gets worse with anti-inflammatory "
           "painkillers. Do not give aspirin to anyone under 16.", size=8.5, style="I")
    d.h1("Do I need an X-ray?")
    d.para("Most ankle injuries do not need an X-ray. Our clinicians use the ankle rules: an X-ray is needed only "
           "if you could not take 4 steps (limping counts) both straight after the injury and when you were "
           "examined, or if there is tenderness when the clinician presses on the back edge or tip of either "
           "ankle bone (the bottom 6 cm), on the bone on the outside of the foot (the base of the fifth "
           "metatarsal), or on the bone on the inner side of the midfoot (the navicular).")
    d.para("The rules are not used for children under 5, or for anyone who is intoxicated, has numbness in the "
           "leg or has other injuries; they are assessed individually. If you were not X-rayed and you still "
           "cannot take 4 steps after 5 days, or the pain is getting worse, come back to the centre.")
    d.h1("Your grade and getting back to sport")
    d.grid(["Grade", "What it means", "Usual recovery", "Return to sport"],
           [["Grade 1 (mild)", "Ligament stretched; mild swelling; you can walk", "1 to 3 weeks",
             "Light training after 1 week; full sport from 2 to 3 weeks"],
            ["Grade 2 (moderate)", "Ligament partly torn; bruising; walking is painful", "3 to 6 weeks",
             "Full sport from 4 to 6 weeks"],
            ["Grade 3 (severe)", "Ligament completely torn; you cannot put weight on the foot", "3 to 6 months",
             "Not before 12 weeks, after physiotherapy"]], [32, 60, 30, 52])
    d.para("Before going back to sport at any grade, you should be able to walk and jog without a limp, hop 10 "
           "times on the injured leg without pain, and run in a figure of eight. Wear an ankle brace or strapping "
           "for sport for at least 6 months after the injury.")
    d.h1("Exercises")
    d.para("After 48 to 72 hours, start gentle exercises 3 times a day: draw circles and the letters of the "
           "alphabet in the air with your foot; then, when you can stand comfortably, practise balancing on the "
           "injured leg for 30 seconds, holding a worktop at first.")
    d.h1("Crutches: questions patients ask")
    d.h2("How long will I need crutches?")
    d.para("Most people with a grade 1 or 2 injury need crutches for only a few days. Put as much weight on the "
           "foot as is comfortable, and stop using the crutches once you can walk without limping badly.")
    d.h2("How do I manage stairs?")
    d.para("Going up: step up with the good leg first, then bring up the crutches and the injured leg. Going "
           "down: put the crutches and the injured leg down first, then the good leg. Use the handrail if there "
           "is one, holding both crutches in the other hand.")
    d.h2("Do I have to give the crutches back?")
    d.para("Yes, please return them to the reception desk at the centre when you no longer need them. We ask for "
           "a refundable deposit of 15 pounds, which is returned when the crutches are brought back within 8 "
           "weeks.")
    d.h1("When to get help")
    d.bullets(["Go to A&E now if your foot becomes numb, cold, or pale or blue, or if the pain becomes severe "
               "despite painkillers.",
               "Contact your GP or NHS 111 the same day if your calf becomes hot, red, swollen and painful, or if "
               "you have a fever.",
               "If your ankle is no better after 2 weeks, see your GP or refer yourself to the physiotherapy "
               "service (self-referral form at reception)."])
    d.para("Ferncliffe Urgent Treatment Centre, open 08:00 to 22:00 every day. Telephone 01632 960 588.",
           size=9.5, style="B")
    return d.save("medical/ankle_sprain_self_care_leaflet_ferncliffe.pdf")


# =============================================================================
# 6. Hypothyroidism monitoring guideline for clinicians
# =============================================================================
def thyroid_guideline():
    d = Doc("Primary hypothyroidism in adults: levothyroxine and monitoring", "Guideline CG-END-07 v3.1",
            "Ashmore Vale Area Prescribing Committee - for primary care clinicians - review due March 2030",
            accent=(60, 60, 120), body_size=9.5)
    d.title_block("Primary hypothyroidism in adults: starting levothyroxine and monitoring treatment",
                  "Clinical guideline for GPs, practice pharmacists and nurse prescribers. Approved by the Ashmore "
                  "Vale Area Prescribing Committee, February 2028.", size=14)
    d.h1("1. Scope")
    d.para("This guideline covers adults aged 18 and over with primary hypothyroidism. It does not cover "
           "children, hypothyroidism after treatment for thyroid cancer, or suspected secondary (pituitary) "
           "hypothyroidism, which should be referred (section 8).")
    d.h1("2. Diagnosis and reference ranges")
    d.para("Local laboratory reference ranges: TSH 0.4 to 4.0 mU/L; free T4 (FT4) 11 to 22 pmol/L. Do not test "
           "thyroid function during an acute illness; wait at least 6 weeks after recovery.")
    d.clause("2.1", "Overt hypothyroidism: TSH above 4.0 mU/L with FT4 below 11 pmol/L. Offer levothyroxine.",
             numw=10)
    d.clause("2.2", "Subclinical hypothyroidism: TSH above 4.0 mU/L with a normal FT4. Repeat TSH and FT4 after 3 "
             "months before deciding on treatment, and check thyroid peroxidase antibodies once.", numw=10)
    d.grid(["Subclinical: TSH on two tests 3 months apart", "Age under 65", "Age 65 and over"],
           [["4.1 to 9.9 mU/L", "Consider a 6-month trial of levothyroxine if symptomatic; stop if no benefit",
             "Do not usually treat; repeat TSH every 12 months"],
            ["10.0 mU/L or above", "Offer levothyroxine", "Offer levothyroxine if symptomatic; discuss with the "
                                                         "patient if aged 80 or over"]], [56, 60, 58])
    d.h1("3. Starting levothyroxine")
    d.grid(["Patient group", "Starting dose", "Titration"],
           [["Under 65 with no cardiac disease", "Full dose: 1.6 micrograms/kg/day (weight bands below)",
             "Adjust by TSH at 6 to 8 weeks (section 5)"],
            ["65 to 79 years, or any age with cardiac disease", "25 to 50 micrograms once daily",
             "Increase by 25 micrograms every 6 to 8 weeks"],
            ["80 years and over, or angina or heart failure", "12.5 to 25 micrograms once daily",
             "Increase by 12.5 to 25 micrograms every 8 weeks"],
            ["Subclinical hypothyroidism (when treated)", "25 to 50 micrograms once daily",
             "Adjust by TSH at 6 to 8 weeks"]], [56, 62, 56])
    d.grid(["Body weight (under 65, no cardiac disease)", "Full starting dose"],
           [["Under 55 kg", "75 micrograms daily"],
            ["55 to 69 kg", "100 micrograms daily"],
            ["70 to 84 kg", "125 micrograms daily"],
            ["85 to 99 kg", "150 micrograms daily"],
            ["100 kg and over", "175 micrograms daily"]], [90, 60])
    d.para("* Use ideal body weight if the BMI is 35 kg/m2 or more. Advise the patient to take levothyroxine "
           "with water on an empty stomach, 30 to 60 minutes before breakfast or other medicines, at the same "
           "time each day.", size=8.5, style="I")
    d.h1("4. Test intervals")
    d.clause("4.1", "Check TSH (and FT4 if TSH is abnormal) 6 to 8 weeks after starting levothyroxine and 6 to 8 "
             "weeks after every dose change. Do not change the dose again sooner than 6 weeks.", numw=10)
    d.clause("4.2", "Once TSH is in the reference range on two consecutive tests, recheck after 6 months, then "
             "every 12 months. The annual test can be taken at any time of day; the patient should take the usual "
             "dose after the blood sample on that day.", numw=10)
    d.h1("5. TSH on treatment: dose changes")
    d.para("For non-pregnant adults on a stable dose who have taken levothyroxine regularly for at least 6 weeks:")
    d.grid(["TSH (mU/L)", "Action", "Recheck"],
           [["Below 0.1", "Reduce by 25 micrograms daily (by 12.5 micrograms if aged 80 or over); ask about "
                          "palpitations and check the pulse for atrial fibrillation", "6 to 8 weeks"],
            ["0.1 to 0.39", "No change if well; reduce by 12.5 to 25 micrograms if aged 65 or over, or with atrial "
                            "fibrillation or osteoporosis", "3 months (6 to 8 weeks if changed)"],
            ["0.4 to 4.0", "No change", "12 months"],
            ["4.1 to 9.9", "Check adherence, timing and interacting medicines; then increase by 25 micrograms "
                           "daily", "6 to 8 weeks"],
            ["10.0 or above", "Increase by 25 to 50 micrograms daily (25 micrograms if aged 65 or over or with "
                              "cardiac disease)", "6 to 8 weeks"]], [28, 110, 36])
    d.para("* In patients aged 80 or over, a TSH up to 6.0 mU/L is acceptable and need not prompt a dose "
           "increase.\n** If TSH stays raised despite dose increases above 150 micrograms daily, check adherence "
           "and consider coeliac disease, interacting medicines and timing before increasing further.", size=8.5,
           style="I")
    d.h1("6. Pregnancy and planning a pregnancy")
    d.clause("6.1", "Women on levothyroxine planning a pregnancy should aim for a TSH below 2.5 mU/L before "
             "conceiving.", numw=10)
    d.clause("6.2", "As soon as pregnancy is confirmed, increase the daily dose by 25 to 50 micrograms without "
             "waiting for a blood test, and refer to the antenatal endocrine clinic.", numw=10)
    d.clause("6.3", "Check TSH and FT4 every 4 weeks until 20 weeks, then once at 28 weeks. Trimester-specific "
             "TSH targets:", numw=10)
    d.grid(["Trimester", "TSH target"],
           [["First (up to 13 weeks)", "0.1 to 2.5 mU/L"],
            ["Second (14 to 27 weeks)", "0.2 to 3.0 mU/L"],
            ["Third (28 weeks to delivery)", "0.3 to 3.0 mU/L"]], [90, 60])
    d.clause("6.4", "After delivery, return to the pre-pregnancy dose and check TSH 6 weeks after the birth. "
             "Levothyroxine is safe while breastfeeding.", numw=10)
    d.h1("7. Interactions and absorption")
    d.para("Many medicines and supplements reduce absorption of levothyroxine or increase its clearance. Check "
           "TSH 6 to 8 weeks after any of these is started or stopped unless stated otherwise.")
    d.grid(["Medicine or food", "Effect", "Advice"],
           [["Iron salts (ferrous sulfate, ferrous fumarate)", "Reduce absorption",
             "Take at least 4 hours apart from levothyroxine"],
            ["Calcium carbonate, including calcium and vitamin D supplements", "Reduce absorption",
             "Take at least 4 hours apart from levothyroxine"],
            ["Antacids, sucralfate, orlistat", "Reduce absorption", "Take at least 4 hours apart"],
            ["Proton pump inhibitors (such as omeprazole)", "May reduce absorption",
             "Check TSH 6 to 8 weeks after starting"],
            ["Oestrogens (combined pill, HRT)", "Increase thyroxine-binding globulin; dose may need to rise",
             "Check TSH 12 weeks after starting"],
            ["Carbamazepine, phenytoin, rifampicin", "Increase clearance", "Check TSH 4 to 6 weeks after "
                                                                           "starting or stopping"],
            ["Amiodarone", "Can cause under- or overactive thyroid", "Check TSH every 6 months"],
            ["Warfarin", "A rise in thyroid hormone increases the anticoagulant effect",
             "Check INR after each levothyroxine dose change"],
            ["Coffee, soya, high-fibre breakfast", "Reduce absorption",
             "Take levothyroxine 30 to 60 minutes before breakfast, with water only"]], [60, 56, 58])
    d.h1("8. Referral to endocrinology")
    d.bullets(["All pregnant women with hypothyroidism (joint antenatal endocrine clinic).",
               "Suspected secondary hypothyroidism: low or normal TSH with a low FT4.",
               "Hypothyroidism caused by amiodarone or lithium, or after radioiodine.",
               "Dose needed above 200 micrograms daily despite good adherence, or TSH still above 10.0 mU/L after "
               "three dose increases.",
               "Ischaemic heart disease where starting levothyroxine has caused angina."])
    d.h1("9. Changing formulation")
    d.para("Prescribe levothyroxine tablets generically. If a patient reports symptoms after a change of "
           "manufacturer, prescribe a consistent product and check TSH after 6 to 8 weeks. Liquid levothyroxine "
           "is reserved for patients who cannot swallow tablets.")
    return d.save("medical/hypothyroidism_monitoring_guideline_ashmore_vale.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([aerial_contract, tailoring_terms, driving_agreement,
                       psoriasis_leaflet, ankle_leaflet, thyroid_guideline], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
