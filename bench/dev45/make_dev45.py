"""Render the forty-fifth development-set documents (fictional) as PDFs into bench/dev45/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a cake
studio's celebration cake order terms (a price table by tiers with finger and dessert portions and a footnote,
a design deposit and balance, design approval, tasting fees and when they are deducted, a delivery charge table
by distance with set-up and waiting charges, changes and a cancellation table by weeks before the event, an
allergen disclaimer, non-edible items, damage after delivery, complaints and cake stand hire), a commercial
printing services contract between a printer and a garden centre chain (artwork and proofs, colour tolerance,
a rush surcharge table, delivery, reprints for printer's errors, storage of plates, files and stock, late
payment with a fixed-sum table; after the signatures, a leaflet price schedule by run size and paper weight and
a finishing table), a spray tanning and beauty salon's treatment terms (deposits, a patch test table by
treatment with how long before, an age limit table, spray tan preparation and aftercare, late arrival and a
cancellation and no-show table, a course package table with expiry, refunds and reactions), a vertigo (BPPV)
patient leaflet (the Epley manoeuvre, a home exercise table, driving, falls, a medicines table with how long,
when to go to A&E), a tinnitus self-help leaflet in question-and-answer form (when to see a GP urgently,
pulsatile tinnitus, a sound therapy table, hearing aids, sleep, a questionnaire score table, support groups)
and an athlete's foot and fungal nail infection pharmacy leaflet in question-and-answer form (a cream table by
weeks and age, diabetes, nail lacquer by months, terbinafine tablets with liver tests and a children's weight
table). Questions: bench/dev45/questions.jsonl. All names, products and numbers are invented; the clinical
content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev45/make_dev45.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2028, 2, 14, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 45 (fictional document)", "make_dev45.py", FIXED_DATE)


# =============================================================================
# 1. Celebration cake order terms
# =============================================================================
def cake_terms():
    d = Doc("Marchpane & Lace Cake Studio - Celebration Cake Order Terms", "Terms ML-2028/1",
            "Marchpane & Lace Cake Studio Ltd, 14 Tallow Lane, Wrenbury Cross", accent=(160, 50, 100))
    d.title_block("CELEBRATION CAKE ORDER TERMS",
                  "These terms apply to every wedding, birthday and celebration cake ordered from Marchpane & Lace "
                  "Cake Studio Ltd (\"we\", \"us\") for events from 1 January 2028. Your order is accepted when we "
                  "send you our written order confirmation.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Event Date\" means the date of the celebration stated on your order confirmation. \"Quoted "
             "Price\" means the price of the cake in your order confirmation, including decorations but not "
             "tasting fees, delivery or set-up charges. \"Design\" means the drawing and written description of "
             "the cake that you approve under clause 4.")
    d.clause("1.2", "A \"finger portion\" is a slice about 1 inch by 1 inch, usually served with coffee at a "
             "wedding. A \"dessert portion\" is a slice about 2 inches by 1 inch, served on a plate as a pudding. "
             "A cake gives about twice as many finger portions as dessert portions.")
    d.h1("2. Cakes and prices")
    d.clause("2.1", "Our 2028 prices for round sponge cakes covered in sugarpaste or buttercream, with a simple "
             "decoration, are:")
    d.grid(["Cake", "Tier sizes", "Finger portions", "Dessert portions", "Price from"],
           [["1 tier", "8 inch", "40", "20", "GBP 95"],
            ["2 tiers", "6 and 8 inch", "70", "35", "GBP 225"],
            ["3 tiers", "6, 8 and 10 inch", "120", "60", "GBP 385"],
            ["4 tiers", "6, 8, 10 and 12 inch", "190", "95", "GBP 560"],
            ["5 tiers", "6, 8, 10, 12 and 14 inch", "280", "140", "GBP 780"]], [24, 50, 32, 32, 32])
    d.para("* Square cakes give about 25% more portions and cost 15% more. Rich fruit cake tiers: add GBP 30 per "
           "tier. Sugar flowers are priced in your quote, from GBP 14 per stem. A kitchen cutting cake "
           "(undecorated, kept out of sight and cut by the venue) costs GBP 4 per 10 dessert portions.",
           size=8.5, style="I")
    d.clause("2.2", "Cupcakes cost GBP 3.50 each and are boxed in twelves, with a minimum order of 24.")
    d.clause("2.3", "\"Price from\" is the price for a simple design. Your Quoted Price depends on the Design and "
             "is fixed once you have paid the Design Deposit.")
    d.h1("3. Design Deposit and payment")
    d.clause("3.1", "Your Event Date is reserved only when you pay a design deposit of 25% of the Quoted Price, or "
             "GBP 75 if that is more (the \"Design Deposit\"). The Design Deposit counts towards the Quoted Price "
             "and is not refundable, except under clause 7.4.")
    d.clause("3.2", "The balance of the Quoted Price, with any delivery and set-up charges, is due 4 weeks before "
             "the Event Date. Orders placed less than 4 weeks before the Event Date must be paid in full when "
             "ordering. We do not start decorating a cake until it has been paid for in full.")
    d.h1("4. Design consultations and approval")
    d.clause("4.1", "Your first design consultation, of up to 45 minutes in the studio or by video call, is free. "
             "Further consultations cost GBP 30 each.")
    d.clause("4.2", "We send you a Design within 7 days after the consultation. Two rounds of changes to the "
             "drawing are included; each further redraw costs GBP 20. You must approve the final Design in "
             "writing no later than 6 weeks before the Event Date.")
    d.h1("5. Tastings")
    d.clause("5.1", "Tasting box: 4 flavours of your choice, each a 2-inch cube of sponge with its filling, for GBP "
             "24 collected from the studio or GBP 31 posted (UK mainland, sent by tracked post on Tuesdays).")
    d.clause("5.2", "Studio tasting: a 45-minute sitting in the studio with 6 flavours, coffee and a design chat, "
             "for up to 2 people, GBP 40. Each extra person costs GBP 12 (4 people at most); children under 5 "
             "are free.")
    d.clause("5.3", "Tasting fees are deducted from the Quoted Price if you pay the Design Deposit within 30 days "
             "after the tasting; otherwise they are not refundable. A studio tasting cancelled with less than "
             "48 hours' notice is charged in full.")
    d.h1("6. Collection, delivery and set-up")
    d.clause("6.1", "Collection from the studio is free. Cakes of 3 or more tiers must be delivered and set up by "
             "us; we do not allow them to be collected, because stacked tiers can slip in a car.")
    d.clause("6.2", "Delivery charges depend on the distance by road from our studio to the venue:")
    d.grid(["Distance by road from our studio", "Delivery charge"],
           [["Up to 10 miles", "GBP 20"],
            ["11 to 25 miles", "GBP 40"],
            ["26 to 40 miles", "GBP 65"],
            ["41 to 60 miles", "GBP 90"],
            ["Over 60 miles", "GBP 90 plus GBP 1.50 for each mile over 60"]], [80, 80])
    d.clause("6.3", "Set-up at the venue (placing the cake, stacking the tiers on site, adding flowers and the "
             "topper) is free for cakes of 1 or 2 tiers and costs GBP 45 for cakes of 3 or more tiers.")
    d.clause("6.4", "We deliver between 08:00 and 17:00. A delivery outside these hours, or on a bank holiday, "
             "costs an extra GBP 35. If we have to wait more than 20 minutes at the venue because the room or "
             "the cake table is not ready, we charge GBP 15 for each further 30 minutes or part of it.")
    d.clause("6.5", "The cake table must be level and sturdy and kept away from radiators, doors and windows in "
             "direct sun. In warm weather (above 24 degrees C) buttercream cakes must be kept indoors and out of "
             "direct sun until served; for summer marquee weddings we may advise a sugarpaste finish.")
    d.h1("7. Changes and cancellation")
    d.clause("7.1", "You may increase the number of portions up to 3 weeks before the Event Date if we can fit the "
             "work in, paying the difference in price. You may reduce the number of portions, or change "
             "flavours, up to 6 weeks before the Event Date; after that the cake is made as ordered and charged "
             "in full.")
    d.clause("7.2", "You may move the Event Date once without charge if you tell us at least 12 weeks before the "
             "original Event Date and we are free on the new date. Any other change of date is treated as a "
             "cancellation and a new order.")
    d.clause("7.3", "To cancel, tell us in writing. What you pay depends on how many weeks before the Event Date "
             "we receive your cancellation:")
    d.grid(["Cancellation received", "What you pay"],
           [["More than 12 weeks before the Event Date", "The Design Deposit only; anything else you have paid is "
             "refunded"],
            ["8 to 12 weeks before", "50% of the Quoted Price"],
            ["4 to 7 weeks before", "75% of the Quoted Price"],
            ["Less than 4 weeks before", "The full Quoted Price"]], [80, 90])
    d.para("Delivery and set-up charges are refunded in full if you cancel at any time before the day of "
           "delivery.", size=9, style="I")
    d.clause("7.4", "If we have to cancel because of illness or events beyond our control, we refund everything "
             "you have paid, including the Design Deposit, and will try to recommend another baker. Our "
             "liability is limited to the amounts you have paid us.")
    d.h1("8. Allergens and ingredients")
    d.clause("8.1", "Our kitchen handles all 14 major allergens, including peanuts, tree nuts, gluten, eggs, milk, "
             "soya and sesame. Although we take care, we cannot guarantee that any cake is free from any "
             "allergen or from traces of nuts.")
    d.clause("8.2", "Our gluten-free sponge is made with gluten-free ingredients, but in the same kitchen as our "
             "other cakes, so we cannot guarantee that it is free from gluten. Marzipan (made with almonds) is "
             "used under the sugarpaste on fruit cake tiers only.")
    d.clause("8.3", "Every cake comes with an allergen sheet listing the allergens in each tier. It is your "
             "responsibility to tell your guests and the venue about the allergens in the cake.")
    d.clause("8.4", "Tiered cakes contain wooden or plastic dowels and cake boards, sugar flowers contain wires, "
             "and decorations may include ribbons, pins and toppers. All of these must be removed before the "
             "cake is cut and served. We place fresh flowers only if they are supplied by your florist, at your "
             "own risk.")
    d.h1("9. After delivery")
    d.clause("9.1", "When we have delivered and set up the cake, we ask you or a venue representative to check it "
             "and sign the delivery note. From that moment the cake is your responsibility, and we are not "
             "responsible for damage after delivery, including damage caused by moving the cake, heat, the table "
             "giving way, guests, children or pets.")
    d.clause("9.2", "A collected cake is your responsibility from the moment it leaves the studio. Carry it flat "
             "in the boot or in a footwell, never on a seat.")
    d.clause("9.3", "If a cake is damaged after delivery, we may be able to come back and repair it if we are "
             "free, for a call-out fee of GBP 50 plus the delivery charge for the distance.")
    d.clause("9.4", "Keep the cake in a cool room (below 20 degrees C) and out of direct sunlight. Do not put "
             "sugarpaste cakes in the fridge. Sponge cakes are best eaten within 3 days of delivery.")
    d.clause("9.5", "Complaints about the cake itself (taste, texture, or a cake that does not match the approved "
             "Design) must be made within 48 hours after the Event Date, with photographs. Please keep at least "
             "one slice from each tier until we reply. Any refund is limited to the Quoted Price.")
    d.h1("10. Cake stands")
    d.clause("10.1", "Cake stands can be hired for GBP 15 each, with a refundable deposit of GBP 50. The stand must "
             "be returned to the studio within 7 days after the Event Date, or the deposit is kept.")
    return d.save("legal/cake_order_terms_marchpane_lace.pdf")


# =============================================================================
# 2. Commercial printing services contract
# =============================================================================
def printing_contract():
    d = Doc("Print Services Contract - Pressmark Litho / Harebell Garden Centres", "Contract PML/HGC/2028",
            "Pressmark Litho Ltd, Unit 7 Foundry Road, Calverleigh", font="Times", accent=(30, 30, 30))
    d.title_block("COMMERCIAL PRINTING SERVICES CONTRACT",
                  "Between Pressmark Litho Ltd, company no. 08814526, of Unit 7 Foundry Road, Calverleigh CV9 3PT "
                  "(the \"Printer\", \"we\") and Harebell Garden Centres Ltd, company no. 10367742, of Harebell "
                  "House, Amblecote Road, Stenford SF2 8LW (the \"Customer\"). Dated 17 January 2028.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Artwork\" means the print-ready files supplied by the Customer. \"Job\" means each order for "
             "printed matter placed under this Contract by purchase order. \"Run\" means the number of finished "
             "copies of one item ordered in a Job. \"Proof\" means a PDF proof sent by e-mail (a \"PDF Proof\") "
             "or a printed colour proof on the paper to be used (a \"Hard Proof\"). \"Plates\" means the printing "
             "plates made for a Job. \"Working Day\" means Monday to Friday, except bank holidays.")
    d.clause("1.2", "\"Printer's Error\" means a difference between the delivered Job and the approved Proof, or a "
             "printing or finishing defect, caused by the Printer. An error that appears in the approved Proof "
             "is not a Printer's Error.")
    d.h1("2. Term, orders and prices")
    d.clause("2.1", "This Contract starts on 1 February 2028 and runs for 2 years. After that it continues until "
             "either party gives 3 months' written notice.")
    d.clause("2.2", "The Customer orders each Job by purchase order stating the item, Run, paper, finishing and "
             "delivery address. Prices are set out in Schedule 1 and exclude VAT.")
    d.clause("2.3", "Runs of fewer than 1,000 copies are charged as 1,000.")
    d.clause("2.4", "By trade custom, up to 3% more or fewer copies than the Run may be delivered. Extra copies "
             "within 3% are not charged and a shortfall within 3% is not credited; a shortfall of more than 3% "
             "is credited pro rata.")
    d.h1("3. Artwork and proofs")
    d.clause("3.1", "Artwork must be supplied as a PDF in CMYK, with images at 300 dpi and 3 mm bleed on every "
             "edge. We check every file for technical problems free of charge. Correcting Artwork that does not "
             "meet this specification costs GBP 35 per file, and we ask before doing it.")
    d.clause("3.2", "We send a PDF Proof for every Job free of charge within 1 Working Day after receiving the "
             "Artwork. A Hard Proof costs GBP 45 per item and takes 2 Working Days.")
    d.clause("3.3", "We do not start printing until the Customer approves the Proof in writing (e-mail is "
             "enough). The Customer is responsible for checking the Proof, including spelling, prices, dates, "
             "telephone numbers and barcodes; errors in an approved Proof are not Printer's Errors.")
    d.clause("3.4", "If a Proof has not been approved within 30 days, we may cancel the Job and charge for the "
             "Artwork work and Proofs done.")
    d.h1("4. Colour")
    d.clause("4.1", "Colours on screens and office printers differ from printed colours, and a PDF Proof is not a "
             "colour proof. Where the Customer has approved a Hard Proof, the printed sheets will match it "
             "within a colour difference of Delta E 4.0. Where only a PDF Proof was approved, no colour match is "
             "guaranteed.")
    d.clause("4.2", "On a repeat Job printed on the same paper, colours will match the previous Run within Delta "
             "E 5.0. Differences within the tolerances in this clause 4 are not defects.")
    d.clause("4.3", "Pantone (spot) colours are printed as an extra colour at GBP 60 per colour per Job.")
    d.h1("5. Turnaround and rush work")
    d.clause("5.1", "Our standard turnaround is 7 Working Days from Proof approval to dispatch. Faster turnaround "
             "is available, subject to capacity, for a surcharge on the price of the Job (Schedule 1 price and "
             "finishing):")
    d.grid(["Service", "Dispatched", "Available for", "Surcharge"],
           [["Standard", "7 Working Days after Proof approval", "All Runs", "None"],
            ["Express", "4 Working Days after Proof approval", "All Runs", "25%"],
            ["Next Day", "The next Working Day after Proof approval", "Runs of up to 5,000", "50%"],
            ["Same Day", "The same day, if the Proof is approved by 10:00", "Runs of up to 1,000, with no "
             "finishing other than trimming", "100%"]], [26, 58, 58, 26])
    d.clause("5.2", "If we miss a rush dispatch date through our own delay, the surcharge is refunded in full. We "
             "are not responsible for delays caused by late Proof approval or late Artwork.")
    d.h1("6. Delivery and inspection")
    d.clause("6.1", "Delivery to one address on the UK mainland is included for Jobs over GBP 250; smaller Jobs "
             "are charged GBP 18 for delivery. Each extra delivery address costs GBP 18. Risk passes to the "
             "Customer on delivery; ownership passes when the Job has been paid for.")
    d.clause("6.2", "The Customer must inspect each delivery and tell us in writing of any Printer's Error or "
             "shortage within 5 Working Days after delivery, with samples or photographs, and must keep the "
             "goods until we have inspected them.")
    d.h1("7. Reprints and Printer's Errors")
    d.clause("7.1", "If a Job is affected by a Printer's Error, we will at our choice reprint the affected copies "
             "free of charge within 5 Working Days or credit their price. If more than 10% of the copies in a "
             "Run are affected, the Customer may instead choose a full credit for the Job.")
    d.clause("7.2", "Differences within the colour tolerances in clause 4, overs and unders within clause 2.4, and "
             "variations in trimming of up to 1.5 mm are not Printer's Errors.")
    d.clause("7.3", "Our liability for a Job is limited to the price of that Job. We are not liable for loss of "
             "profit or sales, missed events or promotions, or any indirect loss.")
    d.h1("8. Storage of Plates, files and stock")
    d.clause("8.1", "Plates remain our property. We keep the Plates for each Job for 6 months after dispatch, so a "
             "repeat Job within that time needs no new Plates. After 6 months the Plates are destroyed, and a "
             "repeat Job carries a plate charge of GBP 16 per plate.")
    d.clause("8.2", "We keep the Customer's Artwork files and Proofs for 2 years after the last Job that used "
             "them and then delete them without notice. The Customer should keep its own copies.")
    d.clause("8.3", "Finished stock held for call-off deliveries is stored free for 4 weeks after printing; after "
             "that, storage costs GBP 7 per pallet per week or part week. Stock held for more than 6 months may "
             "be delivered to the Customer at its cost after 14 days' notice.")
    d.h1("9. Payment")
    d.clause("9.1", "We invoice each Job on dispatch. Invoices are payable within 30 days of the invoice date. The "
             "Customer's credit limit is GBP 12,000 across all unpaid invoices.")
    d.clause("9.2", "If an invoice is paid late, we may charge interest at 8% a year above the Bank of England "
             "base rate from the due date, and a fixed sum for each late invoice:")
    d.grid(["Amount of the late invoice", "Fixed sum"],
           [["Less than GBP 1,000", "GBP 40"],
            ["GBP 1,000 to GBP 9,999.99", "GBP 70"],
            ["GBP 10,000 or more", "GBP 100"]], [80, 50])
    d.clause("9.3", "If any invoice is more than 14 days overdue, or the credit limit is exceeded, we may hold "
             "Jobs in progress and stop deliveries until payment is made; rush dispatch dates then no longer "
             "apply.")
    d.clause("9.4", "The Customer must tell us of any dispute about an invoice within 7 days of receiving it, and "
             "must pay the undisputed part on time.")
    d.h1("10. Cancelling a Job")
    d.clause("10.1", "The Customer may cancel a Job before Proof approval by paying for the Artwork work and "
             "Proofs done. After Proof approval, the Customer pays for the work done, paper ordered and Plates "
             "made, up to the full price of the Job.")
    d.h1("11. Ending the Contract and law")
    d.clause("11.1", "Either party may end this Contract at once if the other becomes insolvent. We may end it on "
             "30 days' notice if any invoice is more than 60 days overdue.")
    d.clause("11.2", "This Contract is governed by the law of England and Wales.")
    d.signature_block(["Signed for Pressmark Litho Ltd by Dorian Pettigrew-Lake, Director",
                       "Signed for Harebell Garden Centres Ltd by Amara Ffoulkes, Head of Marketing"])
    d.h1("SCHEDULE 1 - PRICES")
    d.para("Part A. A4 leaflets printed in full colour on both sides, trimmed and packed in boxes. Price for the "
           "whole Run in GBP, excluding VAT:")
    d.grid(["Run (copies)", "130 gsm silk", "170 gsm silk", "250 gsm silk", "350 gsm board"],
           [["1,000", "GBP 142", "GBP 158", "GBP 186", "GBP 224"],
            ["2,500", "GBP 236", "GBP 268", "GBP 321", "GBP 398"],
            ["5,000", "GBP 368", "GBP 420", "GBP 512", "GBP 640"],
            ["10,000", "GBP 590", "GBP 676", "GBP 834", "GBP 1,052"],
            ["25,000", "GBP 1,240", "GBP 1,425", "GBP 1,780", "GBP 2,260"]], [34, 34, 34, 34, 34])
    d.para("Part B. Finishing, added to the Part A price:")
    d.grid(["Finishing", "Price per 1,000 copies", "Minimum charge per Job"],
           [["Folding (letter or Z fold)", "GBP 14", "GBP 25"],
            ["Matt or gloss lamination, one side", "GBP 38", "GBP 60"],
            ["Drilling (1 or 2 holes)", "GBP 9", "GBP 20"],
            ["Creasing (required for 250 gsm and heavier before folding)", "GBP 16", "GBP 25"]], [80, 45, 45])
    d.para("* Paper prices are reviewed every 6 months and we give 30 days' notice of any change. Prices for "
           "other items are quoted for each Job.", size=8.5, style="I")
    return d.save("legal/printing_services_contract_pressmark_harebell.pdf")


# =============================================================================
# 3. Spray tanning and beauty salon treatment terms
# =============================================================================
def salon_terms():
    d = Doc("Bronze & Bloom Beauty Rooms - Treatment Terms", "Terms BB-T3, from 1 April 2028",
            "Bronze & Bloom Beauty Rooms, 3 Pelican Arcade, Halverley", accent=(170, 100, 30))
    d.title_block("TREATMENT TERMS AND CONDITIONS",
                  "for spray tanning and beauty treatments at Bronze & Bloom Beauty Rooms (\"we\", \"us\", \"the "
                  "salon\"). By booking a Treatment you agree to these terms.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Treatment\" means any beauty treatment we provide, including spray tanning. \"Client\" "
             "means the person receiving the Treatment. \"Appointment Time\" means the start time of a booked "
             "Treatment. \"Course\" means a package of pre-paid Treatments of the same type, listed in clause 7.")
    d.clause("1.2", "\"Patch Test\" means putting a small amount of the product on the skin behind the ear or "
             "inside the elbow to check for a reaction before the Treatment.")
    d.h1("2. Booking, deposits and your health")
    d.clause("2.1", "You can book online, by phone or at reception. A deposit is taken when you book: GBP 10 for "
             "Treatments under GBP 50, and 30% of the price for Treatments of GBP 50 or more. The deposit is "
             "deducted from the price on the day.")
    d.clause("2.2", "Every Client fills in a consultation form at the first visit and updates it every 12 months, "
             "or sooner if their health or medicines change. Please tell us if you are pregnant or "
             "breastfeeding, or have a skin condition, allergy or any medicine applied to the skin.")
    d.clause("2.3", "We cannot wax or use a chemical peel on skin while you take isotretinoin tablets, or for 6 "
             "months after you stop them.")
    d.h1("3. Patch Tests")
    d.clause("3.1", "A Patch Test is needed before the Treatments below, at least the stated time before the "
             "Appointment Time:")
    d.grid(["Treatment", "Patch Test needed", "How long before the Treatment"],
           [["Spray tan", "At the first visit, and if your last spray tan with us was more than 6 months ago",
             "At least 24 hours"],
            ["Eyelash or eyebrow tint", "Before the first tint, then every 6 months, and whenever we change the "
             "product", "At least 48 hours"],
            ["Lash lift", "Before the first lash lift, then every 6 months", "At least 48 hours"],
            ["Hot wax (face and body)", "At the first visit only", "At least 24 hours"],
            ["Chemical peel", "Before each Course or single peel", "At least 72 hours, and no more than 30 days"]],
           [40, 85, 45])
    d.clause("3.2", "Patch Tests are free and take about 10 minutes at reception. We will not carry out a "
             "Treatment without a required Patch Test, even if you have had the Treatment elsewhere, and we "
             "cannot accept a signed waiver instead.")
    d.clause("3.3", "If a Patch Test causes redness, itching or swelling, the Treatment will not go ahead and your "
             "deposit is refunded in full. If you arrive for a Treatment without having had a required Patch "
             "Test in time, the Treatment will not go ahead and the deposit is kept.")
    d.h1("4. Age limits")
    d.clause("4.1", "Age is your age on the day of the Treatment. We may ask for photo ID.")
    d.grid(["Treatment", "Minimum age", "Clients under 18"],
           [["Spray tan", "16 years", "Written consent from a parent or guardian at 16 and 17"],
            ["Eyelash and eyebrow tint, lash lift", "16 years", "Written consent from a parent or guardian at 16 "
             "and 17"],
            ["Waxing (not intimate areas)", "14 years", "At 14 and 15 a parent or guardian must stay in the "
             "room; written consent at 16 and 17"],
            ["Intimate waxing", "18 years", "Not available"],
            ["Chemical peels and microneedling", "18 years", "Not available"],
            ["Manicure and pedicure", "8 years", "A parent or guardian must stay in the salon if the Client is "
             "under 16"]], [55, 30, 85])
    d.h1("5. Spray tanning")
    d.clause("5.1", "Before your tan: exfoliate the day before, and shave or wax at least 24 hours before. On the "
             "day, do not use moisturiser, deodorant, perfume or make-up. Wear loose, dark clothes and bring "
             "flip-flops.")
    d.clause("5.2", "After a Classic tan, do not shower, swim or exercise for 8 hours. After a Rapid tan, rinse "
             "off after 2 hours for a light shade, 3 hours for a medium shade or 4 hours for a dark shade.")
    d.clause("5.3", "A tan lasts 5 to 7 days. A spray tan gives no protection from the sun, so keep using sun "
             "cream. During pregnancy we offer spray tans only after the first 12 weeks.")
    d.h1("6. Late arrival, cancellation and no-shows")
    d.clause("6.1", "Please arrive 5 minutes before your Appointment Time. If you arrive late, we will do what we "
             "can in the time left and charge the full price. If you arrive more than 15 minutes late, we may "
             "treat the appointment as a no-show.")
    d.clause("6.2", "If you cancel or move an appointment, the charge depends on how much notice you give before "
             "the Appointment Time:")
    d.grid(["Notice before the Appointment Time", "Charge"],
           [["48 hours or more", "None: the deposit is moved to your new appointment or refunded"],
            ["24 to 47 hours", "The deposit is kept"],
            ["Less than 24 hours", "50% of the Treatment price (the deposit counts towards this)"],
            ["No-show, or more than 15 minutes late", "100% of the Treatment price; for a Course, one Treatment "
             "is used up"]], [70, 100])
    d.clause("6.3", "After 2 no-shows within 12 months, we will ask for full payment in advance for future "
             "bookings.")
    d.h1("7. Courses")
    d.clause("7.1", "Courses are paid for in full in advance and must be used within the time shown, counted from "
             "the date of purchase:")
    d.grid(["Course", "Course price", "Single Treatment price", "Use within"],
           [["Spray tan Course (6 Classic tans)", "GBP 140", "GBP 28", "6 months"],
            ["Lash lift and tint Course (3)", "GBP 126", "GBP 48", "6 months"],
            ["Brow shape and tint Course (5)", "GBP 85", "GBP 19.50", "9 months"],
            ["Chemical peel Course (6)", "GBP 390", "GBP 75", "12 months"]], [70, 30, 40, 30])
    d.clause("7.2", "A Course is for the named Client only and cannot be transferred or shared. Treatments not "
             "used by the end of the Course are lost, without refund.")
    d.clause("7.3", "A Course can be extended once, by up to 3 months, for pregnancy or for medical reasons "
             "confirmed by a letter from your doctor.")
    d.h1("8. Refunds")
    d.clause("8.1", "A Treatment cannot be refunded once it has been carried out. If you are unhappy with the "
             "result, tell us within 72 hours of the Treatment, or within 48 hours for a spray tan. If we agree "
             "that the result is not of the standard expected (for example a patchy tan or uneven tint), we will "
             "offer a free correction within 7 days of your report.")
    d.clause("8.2", "You may cancel a Course within 14 days of purchase for a full refund if you have not used any "
             "of it. After that, or once a Treatment has been used, we refund the Course price less each "
             "Treatment used at the single Treatment price and an administration fee of GBP 15.")
    d.clause("8.3", "Gift vouchers are valid for 12 months from issue and cannot be refunded or exchanged for "
             "cash.")
    d.h1("9. Reactions")
    d.clause("9.1", "A Patch Test lowers, but does not remove, the risk of a reaction. Mild redness or itching "
             "after waxing or tinting is common and usually settles within 24 hours.")
    d.clause("9.2", "If you have a reaction after leaving the salon, rinse the area with cool water and do not "
             "apply make-up or other products to it. A pharmacist can advise on an antihistamine for itching. "
             "Contact us within 24 hours so that we can record the reaction and advise you. If your eyes are "
             "affected, rinse them with cool water and see a pharmacist or optician the same day.")
    d.clause("9.3", "If your face, lips, tongue or throat swell, or you have difficulty breathing, call 999 at "
             "once.")
    d.clause("9.4", "We are not responsible for a reaction if you did not tell us about something relevant on "
             "your consultation form, or did not follow our aftercare advice.")
    d.h1("10. Complaints")
    d.clause("10.1", "Please raise any complaint with the salon manager, Ms Kerensa Vallely-Obi, in person or at "
             "hello@bronzeandbloom.example. We reply within 5 working days. Nothing in these terms affects your "
             "statutory rights.")
    return d.save("legal/salon_treatment_terms_bronze_bloom.pdf")


# =============================================================================
# 4. Vertigo (BPPV) patient leaflet
# =============================================================================
def bppv_leaflet():
    d = Doc("Benign paroxysmal positional vertigo (BPPV)", "Leaflet ENT-112",
            "Ashworth Vale Hospitals - ENT and Balance Service", accent=(30, 90, 140))
    d.title_block("Dizziness when you move your head: BPPV",
                  "Information for adults with benign paroxysmal positional vertigo (BPPV), after an "
                  "appointment with the ENT and Balance Service at Ashworth Vale Hospitals.")
    d.h1("What is BPPV?")
    d.para("BPPV is the most common cause of vertigo, the feeling that you or the room is spinning. It happens "
           "when tiny calcium crystals in the inner ear come loose and move into one of the fluid-filled balance "
           "canals. Moving your head then moves the crystals, which sends the wrong signals to your brain.")
    d.para("Each attack of spinning is short, usually less than 1 minute, and is brought on by moving your head: "
           "rolling over in bed, getting out of bed, looking up at a high shelf or bending down. You may feel "
           "sick and off-balance for some hours afterwards. BPPV is not serious and does not damage hearing. It "
           "is most common over the age of 50 and can follow a head injury, but often there is no clear cause.")
    d.h1("The Epley manoeuvre")
    d.para("The Epley manoeuvre is a treatment done by a doctor or physiotherapist. It moves your head and body "
           "through 4 positions, each held for 30 to 60 seconds, to move the crystals out of the canal. It takes "
           "about 15 minutes. You may feel dizzy and sick during it, so please bring someone to drive you home.")
    d.para("It works for about 8 in 10 people after one or two treatments. If you are still dizzy, it can be "
           "repeated after 1 week; most people need no more than 3 treatments.")
    d.h2("After the Epley manoeuvre")
    d.para("For the rest of that day, avoid bending down, looking up and lying flat. You can sleep as you "
           "normally do that night: you do not need to sleep sitting up or wear a collar. Some people feel "
           "unsteady for a few days.")
    d.h1("Exercises at home")
    d.para("Your physiotherapist will tick the exercises you should do. Sit down if you feel very dizzy.")
    d.grid(["Exercise", "How to do it", "How many", "How often", "For how long"],
           [["Brandt-Daroff exercises", "Sit on the edge of the bed. Lie quickly on one side with your head "
             "turned halfway up towards the ceiling; stay for 30 seconds or until the dizziness stops. Sit up for "
             "30 seconds, then repeat on the other side.", "5 to each side", "3 times a day",
             "2 weeks, or until you have had 2 days in a row without vertigo"],
            ["Self-Epley", "Only if your physiotherapist has taught you, for your affected side", "3 cycles",
             "Once a day, at bedtime", "Until you have had 24 hours without vertigo"],
            ["Gaze stabilisation", "Look at a letter on the wall and turn your head from side to side, keeping "
             "the letter in focus", "1 minute", "3 times a day", "4 weeks"],
            ["Walking practice", "Walk outdoors, turning your head to look around as you go", "10 minutes",
             "Once a day", "6 weeks"]], [30, 62, 22, 24, 32])
    d.para("* Stop an exercise if you feel faint, have neck pain or are sick. If you have neck or back problems, "
           "tell your physiotherapist before starting Brandt-Daroff exercises.", size=8.5, style="I")
    d.h1("Driving")
    d.bullets(["Do not drive while you are having vertigo or feel unsteady, and not for 24 hours after an Epley "
               "manoeuvre.",
               "Car and motorcycle licence: you do not need to tell the DVLA about BPPV if your dizziness only "
               "comes on when you move your head. If you have sudden dizziness without warning at other times, "
               "stop driving and tell the DVLA.",
               "Bus, coach or lorry licence: you must tell the DVLA, and you must not drive these vehicles "
               "until you have had no vertigo for 3 months."])
    d.h1("Staying safe at home and at work")
    d.bullets(["Get up slowly: sit on the edge of the bed for 1 minute before you stand up, especially at night. "
               "Use a night light and keep a clear path to the toilet.",
               "Do not climb ladders, work at heights or use dangerous machinery until you have had no vertigo "
               "for 2 weeks.",
               "If you are over 65, live alone or have fallen, ask your GP about a falls assessment."])
    d.h1("Medicines")
    d.para("Medicines do not cure BPPV. If you feel very sick, a short course of an anti-sickness medicine can "
           "help:")
    d.grid(["Medicine", "Usual adult dose", "How long for"],
           [["Prochlorperazine tablets", "5 mg to 10 mg up to 3 times a day", "Up to 3 days"],
            ["Prochlorperazine buccal tablets (dissolve between the gum and upper lip)",
             "3 mg to 6 mg twice a day", "Up to 3 days"],
            ["Cinnarizine tablets", "30 mg 3 times a day", "Up to 7 days"],
            ["Betahistine", "Not recommended for BPPV: it does not help", "-"]], [70, 60, 40])
    d.para("* Using these medicines for longer slows your brain's natural recovery from dizziness. They can make "
           "you drowsy: do not drive if you are affected, and avoid alcohol.", size=8.5, style="I")
    d.h1("When to get help")
    d.h2("Call 999 or go to A&E straight away if your dizziness comes with:")
    d.bullets(["weakness or numbness in your face, arm or leg, a drooping face or slurred speech",
               "double vision or loss of vision",
               "a sudden, severe headache",
               "being unable to stand or walk, or dizziness that started after a head injury."])
    d.h2("Contact your GP the same day or call NHS 111 if:")
    d.bullets(["the spinning does not stop when you keep your head still",
               "you also have sudden hearing loss or ringing in one ear",
               "you are being sick and cannot keep fluids down."])
    d.h2("See your GP (routine appointment) if:")
    d.bullets(["you are no better after 4 weeks of exercises, or the vertigo keeps coming back."])
    d.h1("Will it come back?")
    d.para("About half of people have BPPV again within 5 years. The same treatment usually works again. Keep "
           "this leaflet and your exercise sheet.")
    d.para("Balance clinic: 01632 961 204 (Mon-Fri 09:00-16:30).", size=9.5, style="B")
    return d.save("medical/bppv_vertigo_leaflet_ashworth_vale.pdf")


# =============================================================================
# 5. Tinnitus self-help leaflet (question-and-answer)
# =============================================================================
def tinnitus_leaflet():
    d = Doc("Tinnitus: a self-help guide", "Leaflet AUD-031", "Carnbrook Audiology Service - patient information",
            font="Times", accent=(90, 50, 130), body_size=10.5)
    d.title_block("Tinnitus: a self-help guide",
                  "For adults with tinnitus who have been seen by their GP or by Carnbrook Audiology Service.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is tinnitus?",
       "Tinnitus is hearing a sound that does not come from outside your body: ringing, buzzing, hissing, "
       "humming or whistling. It can be in one ear, both ears or in your head. About 1 in 7 adults has tinnitus "
       "at some time. It is often linked with hearing loss, ear wax, an ear infection, loud noise or stress, "
       "but sometimes no cause is found. Tinnitus on its own is rarely a sign of serious illness.")
    qa("Will it go away?",
       "Tinnitus that starts after a cold or a loud concert often fades within a few weeks. Long-standing "
       "tinnitus usually becomes less noticeable over 6 to 12 months, as your brain learns to ignore it.")
    d.h2("When should I get help urgently?")
    d.bullets(["Call 999 or go to A&E if tinnitus comes with weakness of one side of your face or body, slurred "
               "speech, a sudden severe headache or loss of vision.",
               "See a GP or call NHS 111 the same day if tinnitus comes with sudden hearing loss in one or both "
               "ears (over a few hours or up to 3 days), after a head injury, or with severe spinning (vertigo). "
               "Sudden hearing loss may need to be seen by an ear, nose and throat specialist within 24 hours.",
               "Book a GP appointment within 2 weeks if your tinnitus is in one ear only, if it is pulsatile "
               "(see below), or if it is affecting your sleep, mood or work.",
               "If tinnitus makes you feel hopeless or that you might harm yourself, speak to your GP the same "
               "day, call NHS 111, or call Samaritans on 116 123 at any time."])
    qa("What is pulsatile tinnitus?",
       "Pulsatile tinnitus is a rhythmic whooshing or thumping in time with your heartbeat. It is less common "
       "and can be caused by changes in blood flow near the ear, for example with high blood pressure or "
       "anaemia, and rarely by a problem with a blood vessel. Always see your GP about pulsatile tinnitus: they "
       "will check your blood pressure and may refer you for a scan. If it comes with a sudden severe headache, "
       "go to A&E.")
    qa("What is sound therapy?",
       "Sound therapy means adding a gentle background sound so that your tinnitus stands out less. Set the "
       "sound slightly quieter than your tinnitus, so that you can still hear both; it should never be loud "
       "enough to cover the tinnitus completely.")
    d.grid(["Option", "How to use it", "How to get it"],
           [["Fan, radio or open window", "In quiet rooms during the day", "At home, free"],
            ["Sound app on your phone", "Choose rain, waves or 'pink noise'; set a timer at night",
             "Free or low-cost apps"],
            ["Bedside sound generator", "At night, on a timer of 30 to 60 minutes or all night",
             "Buy one yourself: about GBP 25 to GBP 60"],
            ["Pillow speaker", "Under your pillow, so your partner is not disturbed",
             "Buy one yourself: about GBP 15 to GBP 30"],
            ["Wearable sound generator", "A small device worn behind the ear for 4 to 6 hours a day",
             "Free from our clinic, if recommended after an assessment"]], [45, 70, 55])
    qa("Will hearing aids help?",
       "If you have hearing loss, hearing aids help tinnitus for about 6 in 10 people, because they make outside "
       "sounds louder. NHS hearing aids are free. Adults aged 50 or over can refer themselves to our clinic "
       "without seeing a GP; if you are under 50, ask your GP to refer you. Wear your hearing aids all your "
       "waking hours, not just when your tinnitus is bad. We review you 6 to 10 weeks after fitting.")
    qa("How can I sleep better?",
       "Keep your bedroom quiet but not silent: use a sound generator, app or fan. Go to bed and get up at the "
       "same times every day, including weekends. Avoid caffeine after 2 pm and do not use screens for 1 hour "
       "before bed. If you cannot sleep after 20 minutes, get up and do something relaxing in another room "
       "until you feel sleepy. Sleeping tablets are not recommended for tinnitus.")
    qa("Should I avoid noise?",
       "Protect your ears from loud noise, such as concerts, motorsport and power tools, with ear plugs or "
       "ear defenders. Do not wear ear plugs in quiet places or at night: silence makes tinnitus stand out more.")
    qa("Can medicines help or cause tinnitus?",
       "No medicine cures tinnitus, and we do not recommend ginkgo or other supplements. Some medicines can cause "
       "or worsen tinnitus, including high doses of aspirin, some antibiotics and water tablets, and quinine. Do "
       "not stop a prescribed medicine without talking to your GP or pharmacist.")
    qa("What is tinnitus CBT?",
       "Cognitive behavioural therapy (CBT) for tinnitus helps you change how you think about and react to the "
       "sound. It is given as 6 to 8 weekly sessions with a hearing therapist, by referral from our clinic.")
    qa("What does my questionnaire score mean?",
       "At your first clinic appointment you fill in the 25-question Tinnitus Impact Questionnaire. Scores go "
       "from 0 to 100, in steps of 2. We use your score to plan your care:")
    d.grid(["Score", "Grade", "What we usually offer"],
           [["0 to 16", "Slight", "This leaflet and self-help"],
            ["18 to 36", "Mild", "Self-help and our 2-hour tinnitus information group"],
            ["38 to 56", "Moderate", "An appointment with a hearing therapist"],
            ["58 to 76", "Severe", "A hearing therapist and a referral for CBT"],
            ["78 to 100", "Catastrophic", "As for severe, and a GP review of your mood within 1 week"]],
           [30, 35, 105])
    qa("Where can I find support?",
       "Carnbrook Tinnitus Support Group meets on the second Wednesday of each month, 7 pm to 8.30 pm, at "
       "Carnbrook Central Library (Room 2). It is free, there is no need to book, and partners are welcome. "
       "Contact Mrs Helga Orrell on 01632 961 477. The Tinnitus Alliance UK helpline, 0808 157 0921, is open "
       "Monday to Friday, 10 am to 4 pm.")
    d.para("Carnbrook Audiology Service: 01632 961 300 (Mon-Fri 08:30-17:00), audiology@carnbrook.example",
           size=9.5, style="B")
    return d.save("medical/tinnitus_self_help_leaflet_carnbrook.pdf")


# =============================================================================
# 6. Athlete's foot and fungal nail infection pharmacy leaflet (question-and-answer)
# =============================================================================
def fungal_foot_leaflet():
    d = Doc("Athlete's foot and fungal nail infections", "Pharmacy leaflet GL-09",
            "Greystoke Lane Pharmacy, 41 Greystoke Lane, Pellingham", accent=(0, 110, 110))
    d.title_block("Athlete's foot and fungal nail infections",
                  "Advice from your pharmacist at Greystoke Lane Pharmacy. Ask us if you are not sure which "
                  "treatment is right for you.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What is athlete's foot?",
       "Athlete's foot is a fungal skin infection, usually between the toes. The skin is itchy, white, soggy or "
       "cracked, and may burn or sting. It can spread to the soles, which become dry and scaly, and to the "
       "toenails. It is caught from damp floors in changing rooms and showers and spreads easily in families.")
    qa("What can I buy from the pharmacy?",
       "Creams, a one-off liquid film and powders are available without a prescription:")
    d.grid(["Treatment", "How often", "How long", "Who can use it"],
           [["Terbinafine 1% cream", "Once or twice a day", "1 week", "16 and over"],
            ["Terbinafine 1% film-forming liquid", "Once only, on both feet", "A single application",
             "18 and over"],
            ["Clotrimazole 1% cream", "2 or 3 times a day", "Until the skin looks normal, then for 2 more weeks",
             "1 year and over"],
            ["Miconazole 2% cream", "Twice a day", "Until the skin looks normal, then for 10 more days",
             "1 year and over"],
            ["Tolnaftate 1% powder", "Twice a day, between the toes and into socks and shoes",
             "Up to 6 weeks; also helps to stop it coming back", "12 and over"]], [45, 45, 50, 30])
    d.para("* Babies under 1 year: see your GP. If a cream makes your skin sore, stop using it and ask us.",
           size=8.5, style="I")
    qa("How do I use a cream?",
       "Wash your feet and dry them well, especially between the toes. Apply the cream to the affected skin and "
       "the skin around it, then wash your hands. Keep using it for the full time, even if your skin looks "
       "better sooner. Use your own towel.")
    qa("Can my child still go to school and go swimming?",
       "Yes - children with athlete's foot can still go to school and go swimming. They should wear flip-flops "
       "or pool socks in changing rooms and showers and should not share towels.")
    qa("When should I see a GP?",
       "See your GP if your skin is no better after 2 weeks of using a pharmacy treatment, or if the infection "
       "keeps coming back. Get an appointment the same day if your foot becomes red, hot, swollen and painful, "
       "as this may be a skin infection that needs antibiotics.")
    qa("I have diabetes. What should I do?",
       "Foot infections in people with diabetes can become serious. You can use pharmacy creams for athlete's "
       "foot, but see your GP or podiatrist if the skin is broken, bleeding, red or swollen. If you think you "
       "have a fungal nail infection, do not treat nails yourself: see your GP or podiatrist. Check your feet "
       "every day.")
    qa("What is a fungal nail infection?",
       "The nail becomes thick, discoloured (white, yellow or brown), brittle or crumbly, and may lift off the "
       "nail bed. Toenails are affected more often than fingernails. Treatment is slow, and if the infection is "
       "mild and does not bother you, you may choose not to treat it.")
    qa("Can I buy a nail lacquer?",
       "Amorolfine 5% nail lacquer can be bought from the pharmacy if you are 18 or over, no more than 2 nails "
       "are affected, and the infection covers less than half of the nail without reaching the base of the "
       "nail near the cuticle. It is not sold to people who are pregnant or breastfeeding, or who have "
       "diabetes. Before each application, file down the affected nail with one of the disposable files and "
       "clean it with a swab. Do not wear nail varnish or false nails during treatment.")
    d.grid(["Nails affected", "How often", "How long"],
           [["Fingernails", "Once a week", "6 months"],
            ["Toenails", "Once a week", "9 to 12 months"]], [55, 55, 55])
    d.para("* See your GP if the nail is no better after 3 months of lacquer. A nail only looks normal once it "
           "has grown out, which takes 12 to 18 months for a big toenail.", size=8.5, style="I")
    qa("What about terbinafine tablets?",
       "If a lacquer is not suitable, your GP may prescribe terbinafine 250 mg tablets, taken once a day: for 6 "
       "weeks for fingernails or 12 weeks for toenails. Your GP may first send a nail clipping to the "
       "laboratory to confirm that the infection is fungal. Terbinafine can, rarely, harm the liver, so you "
       "will have a liver blood test before you start and again after 4 weeks. Stop the tablets and contact "
       "your GP at once if you have yellow skin or eyes, dark urine, pale stools, sickness that does not go "
       "away, unusual tiredness or a blistering rash. A change in taste is a common side effect and can last "
       "some weeks.")
    qa("Can children take terbinafine tablets?",
       "Only if a doctor prescribes them. The dose depends on the child's weight:")
    d.grid(["Child's weight", "Terbinafine dose"],
           [["Under 20 kg", "62.5 mg once a day"],
            ["20 to 40 kg", "125 mg once a day"],
            ["Over 40 kg", "250 mg once a day (the adult dose)"]], [60, 80])
    qa("How can I stop it coming back?",
       "Dry well between your toes after washing. Wear cotton socks and change them every day; wash socks and "
       "towels at 60 degrees C. Let shoes dry out for 48 hours between wearings, and wear flip-flops in "
       "communal showers. Do not share towels, socks or shoes.")
    d.para("Greystoke Lane Pharmacy: 01632 962 118. Open Mon-Sat 08:30-18:30.", size=9.5, style="B")
    return d.save("medical/athletes_foot_fungal_nail_leaflet_greystoke.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([cake_terms, printing_contract, salon_terms,
                       bppv_leaflet, tinnitus_leaflet, fungal_foot_leaflet], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
