"""Render the eighth development-set documents (fictional) as PDFs into bench/dev8/docs/.

A clean validation set, written without reading the reader's code, of kinds the other sets do not have: a
self-storage unit licence agreement, a wedding photography contract, a franchise agreement extract, a
missed contraceptive pill patient guide, a head-injury discharge leaflet and an early-warning-score
escalation protocol. Questions: bench/dev8/questions.jsonl. All names, products and numbers are invented;
the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev8/make_dev8.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2026, 1, 12, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document with this set's metadata; OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 8 (fictional document)", "make_dev8.py", FIXED_DATE)


# =============================================================================
# 1. Self-storage unit licence agreement (definitions first, schedule of fees at the end)
# =============================================================================
def self_storage():
    d = Doc("Stowaway Lockers - Storage Unit Licence", "Licence form SL-7 (2026)",
            "Stowaway Lockers Ltd, Brackley Road Store, Tenby Cross - Customer copy", accent=(150, 70, 0))
    d.title_block("STORAGE UNIT LICENCE AGREEMENT",
                  "between Stowaway Lockers Ltd, company no. 11820457 (\"we\", \"us\") and the person named on the "
                  "Licence Details page (the \"Customer\", \"you\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Unit\" means the storage space allocated to you on the Licence Details page. \"Goods\" means "
             "everything kept in the Unit. \"Licence Fee\" means the weekly fee for the Unit in Schedule 1, paid "
             "4-weekly in advance. \"Access Hours\" means the hours in clause 5.1. \"Due Date\" means the date each "
             "4-weekly payment falls due.")
    d.clause("1.2", "This agreement is a licence to use the Unit. It does not create a tenancy, and you have no "
             "right to exclusive possession of any particular Unit: we may move your Goods to another Unit of the "
             "same size or larger on 14 days' notice, at our cost (clause 9.2).")
    d.h1("2. Term and ending the licence")
    d.clause("2.1", "The licence starts on the Start Date and runs for a minimum period of 4 weeks, then continues "
             "from week to week until ended by either of us.")
    d.clause("2.2", "You may end the licence by giving at least 7 days' notice in writing or through the customer "
             "app. We may end it by giving you at least 28 days' notice in writing, or at once if you breach "
             "clause 6 (Prohibited Goods).")
    d.clause("2.3", "On ending, you must empty the Unit, sweep it clean and remove your padlock. A clearance charge "
             "of GBP 95 applies if we have to remove rubbish or Goods left behind, plus GBP 40 per cubic metre "
             "over 2 cubic metres.")
    d.h1("3. Fees and deposit")
    d.clause("3.1", "The Licence Fee for each Unit size is set out in Schedule 1. Prices include VAT. Promotional "
             "prices (such as 50% off the first 8 weeks) apply only to the first Unit you rent and end if you "
             "move to a different Unit.")
    d.clause("3.2", "A deposit equal to 2 weeks' Licence Fee is payable at the start. We return it within 10 "
             "working days of the end of the licence, less any sums you owe us.")
    d.clause("3.3", "We may increase the Licence Fee on 30 days' notice, but not more than once in any 6 months. "
             "Your first increase cannot take effect until you have stored with us for at least 12 months.")
    d.h1("4. Insurance of Goods")
    d.clause("4.1", "You must insure the Goods for their full replacement value. You may either take our Goods "
             "Protection cover (Schedule 2) or provide evidence of your own policy that covers goods in "
             "self-storage. Our liability for loss of or damage to Goods is otherwise limited as set out in "
             "clause 10.")
    d.clause("4.2", "Goods Protection cover does not cover cash, jewellery, furs, works of art, documents of "
             "value or Goods damaged by moths, vermin or gradual deterioration, and no single item is covered "
             "for more than GBP 2,500.")
    d.h1("5. Access")
    d.clause("5.1", "Access Hours are 06:00 to 22:00, 7 days a week, using your personal PIN. The store office is "
             "staffed 08:30 to 17:30 Monday to Friday and 09:00 to 16:00 on Saturday; it is closed on Sunday and "
             "bank holidays (access by PIN continues).")
    d.clause("5.2", "Out-of-hours access (22:00 to 06:00) is available for business customers only, by "
             "arrangement, at GBP 30 per visit.")
    d.clause("5.3", "We may deny access while any Licence Fee is more than 14 days overdue (see clause 7.2).")
    d.h1("6. Prohibited Goods")
    d.clause("6.1", "You must not store: (a) food or anything perishable, including pet food; (b) living plants or "
             "animals; (c) flammable or explosive materials, including petrol, gas bottles, fireworks and paint "
             "thinners; (d) firearms, ammunition or weapons; (e) drugs or anything illegal or stolen; (f) "
             "asbestos or toxic waste; (g) cash, securities or irreplaceable items of sentimental value.")
    d.clause("6.2", "Motor vehicles, motorcycles and lawnmowers may be stored only if all fuel has been drained and "
             "the battery removed, and only in drive-up Units.")
    d.clause("6.3", "You must not live or sleep in the Unit, run a business open to the public from it, or connect "
             "any electrical appliance to our power supply.")
    d.h1("7. Late payment")
    d.clause("7.1", "If a Licence Fee is not paid on the Due Date, the late-payment fees in the table below are "
             "added. Fees are cumulative: an account 15 days overdue has been charged both the 1-day and the "
             "8-day fee.")
    d.grid(["Days after the Due Date", "Fee added", "What else happens"],
           [["1 to 7 days", "GBP 15", "Reminder by text and email"],
            ["8 to 14 days", "GBP 25", "Second reminder; your PIN is flagged"],
            ["15 to 28 days", "GBP 40", "Access denied (clause 5.3); we fit an over-lock to the Unit"],
            ["29 to 41 days", "GBP 60", "Lien notice sent by recorded delivery (clause 8.2)"],
            ["42 days or more", "GBP 120 sale preparation charge", "Goods may be sold or disposed of (clause 8.3)"]],
           [48, 56, 70])
    d.clause("7.2", "Any over-lock is removed within 1 working day after all sums due are paid in full. Returned "
             "Direct Debits are charged at GBP 12 each, in addition to the fees above.")
    d.h1("8. Lien and sale of Goods")
    d.clause("8.1", "We have a lien over the Goods for all sums you owe us under this agreement. This means we may "
             "keep the Goods, and refuse to release them, until those sums are paid.")
    d.clause("8.2", "Before selling any Goods we will send a lien notice to your last known postal and email "
             "addresses, stating the amount owed and giving you at least 14 days from the date of the notice to "
             "pay in full.")
    d.clause("8.3", "If the sum is still unpaid when that period ends, and the account is at least 42 days overdue, "
             "we may sell the Goods at auction or privately and apply the proceeds to the sums owed and the costs "
             "of sale. Any balance is held for you for 6 years. Goods with no resale value may be disposed of.")
    d.clause("8.4", "Personal papers and photographs are not sold; we keep them for 3 months after the sale and then "
             "destroy them.")
    d.h1("9. Our rights")
    d.clause("9.1", "We may enter the Unit without notice in an emergency, if required by the police or any "
             "authority, or if we reasonably believe it holds Prohibited Goods. Otherwise we give 7 days' notice.")
    d.clause("9.2", "We may move your Goods to another Unit under clause 1.2 on 14 days' notice, at our cost.")
    d.h1("10. Liability")
    d.clause("10.1", "Subject to clause 10.2, our total liability for loss of or damage to Goods is limited to GBP 100 "
             "per Unit, unless caused by our negligence, in which case it is limited to GBP 5,000 per Unit.")
    d.clause("10.2", "Nothing limits our liability for death or personal injury caused by our negligence, "
             "or for fraud.")
    d.h1("Schedule 1 - Unit sizes and Licence Fees")
    d.grid(["Unit size", "Floor area", "Typical contents", "Weekly Licence Fee"],
           [["Locker", "10 sq ft", "A few boxes or a suitcase", "GBP 9.50"],
            ["Small", "25 sq ft", "Contents of a small bedroom", "GBP 18.75"],
            ["Medium", "50 sq ft", "One-bedroom flat", "GBP 31.50"],
            ["Large", "75 sq ft", "Two-bedroom house", "GBP 42.00"],
            ["Extra large", "100 sq ft", "Three-bedroom house", "GBP 54.25"],
            ["Drive-up", "150 sq ft", "Car, van load or business stock", "GBP 72.00"]],
           [28, 26, 70, 40])
    d.para("* Weekly fees before any promotional discount (clause 3.1). Drive-up Units are on the ground floor "
           "with a roller door; all other Units are reached by lift. Floor areas are approximate (+/- 5%).", size=8.5)
    d.h1("Schedule 2 - Goods Protection cover")
    d.grid(["Cover level (value of Goods)", "Weekly charge"],
           [["Up to GBP 1,000", "GBP 1.50"],
            ["GBP 1,001 to GBP 2,500", "GBP 2.75"],
            ["GBP 2,501 to GBP 5,000", "GBP 4.20"],
            ["GBP 5,001 to GBP 10,000", "GBP 7.60"],
            ["Over GBP 10,000", "By quotation"]],
           [70, 40])
    d.para("Claims under Goods Protection cover carry an excess of GBP 100 per claim and must be notified to us "
           "within 7 days of discovering the loss.", size=9)
    d.signature_block(["For Stowaway Lockers Ltd", "Customer"])
    return d.save("legal/storage_licence_stowaway_tenby.pdf")


# =============================================================================
# 2. Wedding and event photography contract
# =============================================================================
def photography():
    d = Doc("Wedding Photography Contract", "Booking WF-26-0418",
            "Juniper & Flint Photography - Terms of booking v5", font="Times", accent=(70, 40, 90), body_size=10.5)
    d.title_block("WEDDING AND EVENT PHOTOGRAPHY CONTRACT",
                  "between Juniper & Flint Photography (Maya Okonedo, trading as Juniper & Flint, the "
                  "\"Photographer\") and the couple named in the booking form (the \"Client\")")
    d.h1("1. The booking")
    d.clause("1.1", "The Photographer will photograph the event on the date and at the venue stated in the booking "
             "form (the \"Event Date\"). The booking is confirmed only when this contract is signed and the "
             "booking deposit under clause 3.1 has been received. Until then the date is not held.")
    d.clause("1.2", "Coverage hours are counted continuously from the agreed start time, including travel between "
             "venues on the day and breaks.")
    d.h1("2. Packages")
    d.grid(["Package", "Coverage", "What is included", "Price"],
           [["Elopement", "2 hours", "1 photographer; 100+ edited images; online gallery", "GBP 650"],
            ["Half Day", "5 hours", "1 photographer; 300+ edited images; online gallery", "GBP 1,350"],
            ["Full Day", "9 hours", "1 photographer; 500+ edited images; online gallery; sneak peek", "GBP 1,950"],
            ["Full Day Duo", "10 hours", "2 photographers; 700+ edited images; online gallery; sneak peek; "
             "engagement shoot", "GBP 2,600"],
            ["Corporate event", "per hour (3 hours minimum)", "1 photographer; 40+ edited images per hour",
             "GBP 180 per hour"]],
           [30, 34, 82, 28], size=9)
    d.clause("2.1", "Optional extras: second photographer GBP 350 (up to 6 hours); 30 x 30 cm linen album with 40 "
             "pages GBP 495 (extra pages GBP 12 per spread); engagement shoot GBP 250 (included in Full Day Duo).")
    d.clause("2.2", "Travel within 30 miles of the Photographer's studio in Wareby is included. Beyond that, travel "
             "is charged at 45p per mile each way. Where the venue is more than 120 miles away, or the coverage "
             "ends after 23:00, the Client also pays for one night's accommodation near the venue.")
    d.h1("3. Deposit and payment schedule")
    d.clause("3.1", "A non-refundable booking deposit of 25% of the package price (minimum GBP 300) is payable on "
             "signing. It secures the date and covers the Photographer's loss of other bookings.")
    d.clause("3.2", "A second payment of 25% of the package price is due 6 months before the Event Date. The balance, "
             "including any extras and travel, is due 6 weeks before the Event Date.")
    d.clause("3.3", "For bookings made less than 6 weeks before the Event Date, the full price is due on signing.")
    d.clause("3.4", "If the balance is not paid 14 days after its due date, the Photographer may treat the booking as "
             "cancelled by the Client under clause 4.")
    d.h1("4. Cancellation and changes by the Client")
    d.clause("4.1", "The Client may cancel by written notice. The Photographer keeps the booking deposit in every "
             "case. In addition, the following share of the package price is payable (less what has already been "
             "paid), according to how long before the Event Date notice is received:")
    d.grid(["Notice received before the Event Date", "Amount payable on cancellation"],
           [["More than 12 months", "Booking deposit only"],
            ["9 to 12 months", "35% of the package price"],
            ["6 to 9 months", "50% of the package price"],
            ["3 to 6 months", "75% of the package price"],
            ["Less than 3 months", "100% of the package price"]],
           [80, 80])
    d.clause("4.2", "Where notice falls exactly on a boundary (for example exactly 6 months before), the lower "
             "amount applies.")
    d.clause("4.3", "Postponement: the Client may move the booking to a new date once, without charge, if the "
             "request is made more than 6 months before the original Event Date and the Photographer is free on "
             "the new date. A later move is treated as a cancellation under clause 4.1 and a new booking, unless "
             "the Photographer agrees otherwise. Payments made transfer to the new date; any price increase since "
             "booking applies.")
    d.h1("5. Cancellation by the Photographer")
    d.clause("5.1", "If the Photographer cannot attend because of illness, injury or emergency, she will try to "
             "arrange a replacement photographer of similar style and experience from the Wareby Wedding "
             "Collective. If the Client does not accept the replacement, or none can be found, all sums paid, "
             "including the booking deposit, are refunded in full within 14 days.")
    d.clause("5.2", "The Photographer's liability for failing to attend, or for loss of images, is limited to "
             "the sums paid under this contract.")
    d.h1("6. On the day and overtime")
    d.clause("6.1", "The Client will give the Photographer a hot meal and soft drinks where the coverage is 6 hours "
             "or more, and a 30-minute break at a time when no key moments are scheduled.")
    d.clause("6.2", "Overtime beyond the package coverage is charged at GBP 150 per hour for one photographer and "
             "GBP 240 per hour for two, in 30-minute blocks. Overtime after midnight is charged at GBP 200 per hour "
             "for one photographer. Overtime must be agreed on the day and is invoiced within 7 days, payable "
             "within 14 days of the invoice.")
    d.clause("6.3", "The Photographer is not responsible for images missed because of venue restrictions (such as "
             "no photography during a religious ceremony), weather, or guests obstructing the view.")
    d.h1("7. Delivery of images")
    d.grid(["Item", "Delivery time after the Event Date"],
           [["Sneak peek (15 to 20 images)", "within 7 days"],
            ["Full online gallery (Half Day and longer)", "within 8 weeks"],
            ["Full online gallery (Elopement)", "within 4 weeks"],
            ["Corporate event gallery", "within 10 working days"],
            ["Album design proof", "within 4 weeks of the Client choosing the images"],
            ["Printed album", "within 6 weeks of the Client approving the proof"]],
           [90, 70])
    d.clause("7.1", "Images are delivered as high-resolution JPEG files in an online gallery that stays open for 12 "
             "months from delivery. Raw (unedited) files are not supplied in any circumstances. The Photographer "
             "keeps a back-up copy for 2 years from the Event Date; a gallery restored after it closes costs GBP 60.")
    d.clause("7.2", "Images are edited in the Photographer's style (colour, exposure and cropping). Retouching beyond "
             "this, such as removing people or objects, is charged at GBP 25 per image.")
    d.h1("8. Copyright and use of images")
    d.clause("8.1", "Copyright in all images stays with the Photographer under the Copyright, Designs and Patents "
             "Act 1988. The Client is granted a personal licence to print, share and display the images for "
             "personal, non-commercial use, including on personal social media.")
    d.clause("8.2", "The Client may not sell the images, enter them into competitions, or licence them to third "
             "parties (including venues and suppliers) without written consent. Images shared online should "
             "credit \"Juniper & Flint\" where practical.")
    d.clause("8.3", "The Photographer may use the images in her portfolio, website and social media, and submit them "
             "for publication, unless the Client ticks the privacy box on the booking form, in which case "
             "images are used only with the Client's written consent. Images of children are never used for "
             "promotion without a parent's consent.")
    d.clause("8.4", "This contract is governed by the law of England and Wales.")
    d.signature_block(["Photographer: Maya Okonedo for Juniper & Flint", "Client"])
    return d.save("legal/wedding_photography_juniper_flint.pdf")


# =============================================================================
# 3. Franchise agreement extract (key terms summary, then clauses)
# =============================================================================
def franchise():
    d = Doc("Crumbwell Bakehouse - Franchise Agreement (extract)", "FA-2026-017 Northfleet",
            "Crumbwell Franchising Ltd - extract for the Franchisee's adviser", accent=(120, 30, 30))
    d.title_block("FRANCHISE AGREEMENT - EXTRACT OF KEY TERMS",
                  "Crumbwell Franchising Ltd (the \"Franchisor\") and Harlow Pike Foods Ltd (the \"Franchisee\"), "
                  "for a Crumbwell Bakehouse outlet in the Territory")
    d.h1("Key terms summary")
    d.grid(["Item", "Term", "Clause"],
           [["Initial Franchise Fee", "GBP 24,000 plus VAT", "4.1"],
            ["Royalty", "Banded % of Gross Sales, paid monthly", "5"],
            ["Marketing levy", "2% of Gross Sales", "6"],
            ["Term", "7 years from the Opening Date", "3.1"],
            ["Renewal", "One renewal of 5 years", "3.2"],
            ["Initial training", "15 training days", "8.1"],
            ["Post-term non-compete", "12 months, 3 miles", "12.2"]],
           [55, 80, 25], size=9)
    d.h1("1. Definitions")
    d.clause("1.1", "\"Gross Sales\" means all revenue from the Outlet, including delivery and catering orders, "
             "excluding VAT, refunds and staff meals. \"Opening Date\" means the day the Outlet first trades to the "
             "public. \"Outlet\" means the premises in the Territory approved under clause 7. \"Territory\" means "
             "the area described in clause 2.1. \"Financial Year\" means each 12 months from 1 April.")
    d.h1("2. Grant and Territory")
    d.clause("2.1", "The Franchisor grants the Franchisee the right to operate one Crumbwell Bakehouse outlet in the "
             "Territory, being the postcode districts NF1, NF2 and NF4 (but not NF3) of Northfleet, as shown on the "
             "map in Schedule 3.")
    d.clause("2.2", "During the Term the Franchisor will not open, or license anyone else to open, a Crumbwell "
             "Bakehouse in the Territory. This exclusivity does not cover: (a) sales through supermarkets, "
             "motorway service areas, railway stations or airports; (b) online sales with national delivery; "
             "(c) pop-up stands open for no more than 14 days in any year.")
    d.clause("2.3", "The Franchisee may deliver outside the Territory only within 2 miles of the Outlet, and may not "
             "actively market outside the Territory.")
    d.h1("3. Term and renewal")
    d.clause("3.1", "This agreement begins on the date of signing and continues for 7 years from the Opening Date "
             "(the \"Term\"). The Outlet must open within 9 months of signing.")
    d.clause("3.2", "The Franchisee may renew once, for a further 5 years, by giving written notice not less than 9 "
             "months and not more than 15 months before the end of the Term, provided that: (a) it is not in "
             "breach; (b) it refits the Outlet to the then current standard; and (c) it signs the Franchisor's "
             "then current form of agreement. A renewal fee of GBP 6,000 plus VAT is payable; no Initial Franchise "
             "Fee is charged on renewal.")
    d.h1("4. Initial Franchise Fee")
    d.clause("4.1", "The Initial Franchise Fee of GBP 24,000 plus VAT is payable as to GBP 8,000 on signing and GBP "
             "16,000 on the earlier of the first day of initial training and 60 days after signing.")
    d.clause("4.2", "The Initial Franchise Fee is not refundable, except that if the Franchisor fails to approve "
             "any premises within 6 months of signing, 50% of it is refunded and either party may end the "
             "agreement. The fee does not include the shopfit, equipment package or opening stock (Schedule 2).")
    d.h1("5. Royalty")
    d.clause("5.1", "The Franchisee pays a royalty on Gross Sales each calendar month, by the 10th day of the "
             "following month. The rate depends on the Gross Sales of that month, applied to the whole month's "
             "Gross Sales (not in slices):")
    d.grid(["Monthly Gross Sales", "Royalty rate"],
           [["Up to GBP 20,000", "7%"],
            ["GBP 20,000.01 to GBP 40,000", "6%"],
            ["GBP 40,000.01 to GBP 65,000", "5.5%"],
            ["Over GBP 65,000", "4.5%"]],
           [80, 40])
    d.clause("5.2", "A minimum royalty of GBP 900 a month is payable from the 7th month after the Opening Date, "
             "whatever the Gross Sales. In the first 3 months after the Opening Date the royalty is reduced by half.")
    d.clause("5.3", "Late payments carry interest at 4% a year above the Bank of England base rate, and a late "
             "reporting fee of GBP 150 applies if the monthly sales report is more than 5 days late.")
    d.h1("6. Marketing levy")
    d.clause("6.1", "The Franchisee pays a marketing levy of 2% of Gross Sales with each royalty payment into the "
             "Crumbwell brand fund, used for national advertising, the website and app. The Franchisor publishes "
             "an audited statement of the fund within 6 months of the end of each Financial Year.")
    d.clause("6.2", "In addition, the Franchisee must spend at least GBP 5,000 on local launch marketing in the 3 "
             "months around the Opening Date, and at least 1% of Gross Sales each Financial Year on local "
             "marketing approved by the Franchisor.")
    d.h1("7. Premises and fit-out")
    d.clause("7.1", "The Franchisee must find premises in the Territory and obtain the Franchisor's written approval "
             "before signing any lease. The lease term must be at least as long as the Term.")
    d.clause("7.2", "The Outlet must be refitted to the then current standard every 5 years from the Opening Date, at "
             "the Franchisee's cost.")
    d.h1("8. Training and support")
    d.clause("8.1", "Before opening, the Franchisor provides 15 training days: 10 days at the Crumbwell Academy in "
             "Halsey for the Franchisee's operating principal and up to 2 managers, and 5 days in the Outlet around "
             "the Opening Date. Travel and accommodation for the academy days are paid by the Franchisee.")
    d.clause("8.2", "Extra training requested by the Franchisee, or required because a trained manager leaves, is "
             "charged at GBP 350 per trainer per day. A new manager must complete the 10-day academy course within "
             "3 months of starting.")
    d.clause("8.3", "The Franchisor provides an area manager who visits the Outlet at least once a quarter, and a "
             "support helpline open 07:00 to 19:00 every day.")
    d.h1("9. Supplies")
    d.clause("9.1", "Dough, fillings and branded packaging must be bought from the Franchisor or its nominated "
             "suppliers. Other goods may be bought from any supplier meeting the Operations Manual specification.")
    d.h1("12. Restrictive covenants")
    d.clause("12.1", "During the Term the Franchisee and its directors must not be involved in any bakery, cafe or "
             "sandwich business anywhere in the United Kingdom other than under a Crumbwell franchise.")
    d.clause("12.2", "For 12 months after the agreement ends, they must not be involved in a competing business "
             "within 3 miles of the Outlet or of any other Crumbwell Bakehouse, and for 6 months must not approach "
             "any Crumbwell employee to work for them. These restrictions do not stop them holding up to 5% of the "
             "shares of a listed company.")
    d.h1("13. Termination")
    d.clause("13.1", "The Franchisor may end this agreement by notice if the Franchisee: (a) fails to pay any sum "
             "within 14 days of a written demand; (b) commits any other breach and does not remedy it within 30 "
             "days of notice; (c) fails an operational audit three times in any 12 months; or (d) becomes insolvent.")
    d.clause("13.2", "The Franchisee may sell the business only to a buyer approved by the Franchisor, which has a "
             "right of first refusal for 30 days. A transfer fee of 10% of the sale price (minimum GBP 5,000) is "
             "payable to the Franchisor.")
    return d.save("legal/franchise_extract_crumbwell_northfleet.pdf")


# =============================================================================
# 4. Missed contraceptive pill patient guide (FAQ-style leaflet)
# =============================================================================
def missed_pill():
    d = Doc("Missed Pills - What To Do", "Leaflet SH-14, January 2026",
            "Larchmoor Sexual Health Service - patient information", accent=(0, 110, 90))
    d.title_block("MISSED CONTRACEPTIVE PILLS: A GUIDE FOR PATIENTS",
                  "For the combined pill (COC) and the progestogen-only pill (POP). Keep this leaflet with your pills.")
    d.h1("Which pill am I taking?")
    d.para("Combined pills contain two hormones and come in packs of 21 pills (followed by a 7-day break) or 28 "
           "pills (with 7 inactive 'dummy' pills). Progestogen-only pills contain one hormone and are taken every "
           "day with no break. There are two kinds of POP: 'traditional' POPs (such as Nortrelle), which have a "
           "3-hour window, and desogestrel POPs (such as Desovra), which have a 12-hour window. Check the name on "
           "your box or ask your pharmacist if you are unsure.")
    d.h1("What counts as a missed pill?")
    d.para("A pill is late when you take it later than your usual time. For combined pills, a pill is missed only "
           "when it is more than 24 hours late, that is, 48 hours or more since you took your last pill. For POPs, "
           "a pill is missed when it is more than 3 hours late (traditional POP) or more than 12 hours late "
           "(desogestrel POP).")
    d.h1("Combined pill: one pill missed")
    d.para("If you have missed ONE pill anywhere in the pack (more than 24 hours late but less than 48 hours "
           "late): take the missed pill as soon as you remember, even if this means taking two pills in one day. "
           "Carry on with the rest of the pack as normal. You are still protected: you do not need extra "
           "contraception and you do not need emergency contraception.")
    d.h1("Combined pill: two or more pills missed")
    d.para("If you have missed TWO OR MORE pills in a row (48 hours or more late): take the most recent missed pill "
           "now and leave any earlier missed pills. Carry on with the pack. Use condoms or avoid sex until you have "
           "taken 7 pills in a row correctly. What else to do depends on the week of the pack:")
    d.grid(["Where in the pack", "Do you need emergency contraception?", "What about the pill-free break?"],
           [["Week 1 (pills 1 to 7)", "Yes, if you had unprotected sex in the pill-free break or in week 1",
             "Not relevant"],
            ["Week 2 (pills 8 to 14)", "No, if you took the 7 pills before the missed ones correctly",
             "Take the break as normal"],
            ["Week 3 (pills 15 to 21)", "No, if you took the 7 pills before the missed ones correctly",
             "Skip the break: finish this pack and start the next pack the next day (28-day packs: leave out "
             "the dummy pills)"],
            ["Dummy pills (28-day packs)", "No - dummy pills contain no hormone",
             "Throw the missed dummy pills away and carry on"]],
           [40, 66, 66], size=9)
    d.para("If you started a new pack 2 or more days late (your pill-free break lasted longer than 7 days), treat "
           "this as 2 or more missed pills in week 1.", size=9.5)
    d.h1("Progestogen-only pill (POP): a late or missed pill")
    d.grid(["How late is the pill?", "Traditional POP (3-hour window)", "Desogestrel POP (12-hour window)"],
           [["Less than 3 hours late", "Take it now. You are protected.", "Take it now. You are protected."],
            ["3 to 12 hours late", "Take it now and the next one at the usual time. Use condoms for 2 days. "
             "Emergency contraception may be needed if you had sex since the pill was due.",
             "Take it now. You are protected."],
            ["More than 12 hours late", "Take it now and the next one at the usual time. Use condoms for 2 days. "
             "Emergency contraception may be needed if you had sex since the pill was due.",
             "Take it now and the next one at the usual time. Use condoms for 2 days. Emergency contraception "
             "may be needed if you had sex since the pill was due."]],
           [38, 68, 68], size=9)
    d.para("If you have missed more than one POP, take only one pill now. 'Condoms for 2 days' means until you have "
           "taken 2 pills in a row on time, 48 hours of protection.")
    d.h1("Vomiting and diarrhoea")
    d.para("If you vomit within 3 hours of taking any pill, take another pill as soon as possible (from the end "
           "of the pack if you use a 21-day pack). If you have severe diarrhoea (6 to 8 watery stools in 24 hours) "
           "for more than 24 hours, count each day of it as a missed pill and follow the advice above.")
    d.h1("Emergency contraception")
    d.para("Emergency contraception (EC) is free from this service, most pharmacies and your GP. The copper coil "
           "(IUD) is the most effective method and can be fitted up to 5 days after sex. The ulipristal pill "
           "(Ellamiv) works up to 120 hours (5 days) after sex; the levonorgestrel pill (Levonelle-style) works up "
           "to 72 hours (3 days) after sex but is less effective the longer you wait. If you take the ulipristal "
           "pill, wait 5 days before restarting your usual pill, and then use condoms for 7 days (combined pill) or "
           "2 days (POP).")
    d.para("Do a pregnancy test 3 weeks after the unprotected sex, even if you have had a period.")
    d.h1("Frequently asked questions")
    d.h2("I missed a pill and then had sex. Should I take EC just in case?")
    d.para("Only if the table above says you may need it. If you missed one combined pill, you do not need EC. If "
           "you are unsure, call our advice line on 0300 555 0142 (Monday to Friday 09:00 to 17:00) or speak to a "
           "pharmacist.")
    d.h2("Will missing pills affect my period?")
    d.para("You may have spotting or breakthrough bleeding. This is not harmful. If you miss your withdrawal bleed "
           "in the pill-free week after missing pills, do a pregnancy test.")
    d.h2("Do antibiotics stop my pill working?")
    d.para("Most antibiotics do not. Rifampicin and rifabutin do, and so do some epilepsy medicines and the herbal "
           "remedy St John's wort: use condoms and ask for advice about a different method.")
    d.h2("I keep forgetting my pill. What else could I use?")
    d.para("Methods that do not depend on you remembering every day include the implant (lasts 3 years), the "
           "injection (every 13 weeks) and the hormonal or copper coil (5 to 10 years). Ask at your next visit.")
    return d.save("medical/missed_pill_guide_larchmoor.pdf")


# =============================================================================
# 5. Head-injury discharge advice leaflet (adults and children)
# =============================================================================
def head_injury():
    d = Doc("Head Injury - Advice After Discharge", "ED leaflet 07, v3.1",
            "Wendholm Royal Infirmary Emergency Department - patient and carer information",
            font="Times", accent=(20, 60, 120), body_size=10.5)
    d.title_block("HEAD INJURY: ADVICE FOR ADULTS AND CHILDREN GOING HOME",
                  "You or your child have been checked in the Emergency Department after a head injury and it is "
                  "safe to go home. Please read this leaflet and keep it for 2 weeks.")
    d.h1("1. Who should stay with you")
    d.clause("1.1", "A responsible adult should stay with you (or your child) for the first 24 hours after the injury "
             "and be able to bring you back to hospital. If you live alone and no one can stay, tell the nurse "
             "before you leave.")
    d.clause("1.2", "It is fine to sleep. You do not need to be woken every hour. For the first night, the adult "
             "with you should check that you are breathing normally and can be woken easily, and should try to "
             "wake a child under 5 once, about 2 hours after they fall asleep.")
    d.h1("2. Come back to the Emergency Department at once, or call 999, if you have:")
    d.bullets(["unconsciousness or a lack of full consciousness, for example difficulty keeping your eyes open;",
               "confusion, not knowing where you are, or getting muddled about what is happening;",
               "drowsiness (feeling sleepy) that goes on for longer than 1 hour when you would normally be awake;",
               "any fit (seizure) or collapse;",
               "vomiting more than once since the injury (in children under 12, vomiting three or more times);",
               "a headache that keeps getting worse and is not helped by paracetamol;",
               "weakness or loss of feeling in an arm or leg, problems speaking, understanding or walking;",
               "problems with your eyesight, such as double vision, or a pupil that looks bigger than the other;",
               "clear fluid coming out of the ear or nose, bleeding from one or both ears, or new deafness;",
               "a child who will not stop crying, will not feed, or is not behaving normally."])
    d.h1("3. Common symptoms: what is normal")
    d.para("In the first 2 weeks you may have a mild headache, feel sick (without vomiting), feel dizzy, irritable, "
           "tired or forgetful, and find it hard to concentrate or sleep. These symptoms usually settle within 2 "
           "weeks. See your GP if they last longer than 2 weeks, or if you are worried about going back to work "
           "or school. Symptoms lasting more than 4 weeks may need a referral to the concussion clinic.")
    d.h1("4. Painkillers")
    d.clause("4.1", "Adults: take paracetamol 1 g (two 500 mg tablets) up to 4 times in 24 hours, at least 4 hours "
             "apart. If you weigh less than 50 kg, take 500 mg (one tablet) per dose.")
    d.clause("4.2", "Children: give paracetamol liquid at the dose on the bottle for your child's age; do not give "
             "more than 4 doses in 24 hours.")
    d.clause("4.3", "Avoid ibuprofen, aspirin and other anti-inflammatory medicines for the first 48 hours unless a "
             "doctor advised them, as they may increase the risk of bleeding. Do not take sleeping tablets or "
             "sedatives, and do not drink alcohol, until you feel completely better and for at least 48 hours. Do "
             "not take codeine-based painkillers, as they cause drowsiness that may hide warning signs.")
    d.clause("4.4", "If you take a blood thinner (such as warfarin, apixaban or rivaroxaban), you should have been "
             "given a separate sheet: a late bleed is more likely, and you should come back for any new headache.")
    d.h1("5. Rest, screens, school and work")
    d.clause("5.1", "Rest for the first 24 to 48 hours, with quiet activities. Limit screens (phones, games, TV) for "
             "the first 48 hours, then build up gradually.")
    d.clause("5.2", "Children may return to school after 2 to 5 days if symptoms allow, starting with shorter days. "
             "Adults may return to work when they feel ready; those doing manual or safety-critical work should "
             "wait until they have had no symptoms for 48 hours.")
    d.h1("6. Return to sport")
    d.para("Follow the stages below. Move to the next stage only if you have had no symptoms for 24 hours at the "
           "current one. If symptoms come back, drop back to the previous stage for at least 24 hours. Do not play "
           "contact sport or return to matches until at least 21 days after the injury (adults) or 23 days "
           "(under 19s), whichever stage you are at, and never on the same day as a head injury.")
    d.grid(["Stage", "Activity", "Earliest start (days after the injury)"],
           [["1. Relative rest", "Normal daily life; short walks", "Day 0 to 2"],
            ["2. Light exercise", "Walking, static cycling; no weights", "Day 3 (adults); day 4 (under 19s)"],
            ["3. Sport-specific exercise", "Running, simple drills; no head impact",
             "Day 7 (adults); day 10 (under 19s)"],
            ["4. Non-contact training", "Harder drills, weights", "Day 14 (adults); day 16 (under 19s)"],
            ["5. Full-contact training", "Normal training, after medical clearance",
             "Day 17 (adults); day 19 (under 19s)"],
            ["6. Return to play", "Matches and competition", "Day 21 (adults); day 23 (under 19s)"]],
           [42, 62, 68], size=9)
    d.para("* Days are counted from the day of the injury (day 0). 'Under 19s' means anyone aged 18 or under on the "
           "day of the injury; school and club rules may be stricter.", size=8.5)
    d.h1("7. Driving")
    d.clause("7.1", "Do not drive for at least 24 hours after a head injury, or while you have any symptoms such as "
             "dizziness, blurred or double vision, or poor concentration.")
    d.clause("7.2", "If you were knocked out (lost consciousness) or had a fit, you must not drive until a doctor says "
             "you may. Car and motorcycle licence holders who had a fit must tell the DVLA. Bus and lorry drivers "
             "(Group 2 licence) must tell the DVLA after any head injury that caused a loss of consciousness and "
             "must not drive those vehicles until cleared.")
    d.h1("8. Contact")
    d.para("Head-injury advice line (ED nurse practitioners): 01632 960 217, 24 hours. For non-urgent advice you can "
           "also call NHS 111. Our concussion clinic sees patients by GP or ED referral only.")
    return d.save("medical/head_injury_discharge_wendholm.pdf")


# =============================================================================
# 6. Early-warning score escalation protocol (NEWS2-style)
# =============================================================================
def early_warning():
    d = Doc("Adult Early Warning Score (AEWS) - Escalation Protocol", "Clinical protocol CP-112, v2",
            "Fairhaven Hospitals NHS Trust - for adult inpatients aged 16 and over", accent=(0, 80, 60))
    d.title_block("ADULT EARLY WARNING SCORE: RECORDING AND ESCALATION PROTOCOL",
                  "Scoring of physiological observations and the response each score requires")
    d.h1("1. Scope")
    d.clause("1.1", "This protocol applies to all adult inpatients aged 16 and over, except: (a) women who are "
             "pregnant or up to 6 weeks after birth, who are scored with the maternity chart (MEOWS); (b) patients "
             "on the spinal injuries unit; (c) patients on an agreed end-of-life care plan, where observations are "
             "reduced or stopped as recorded in the plan. In the emergency department it applies once the patient "
             "has been triaged.")
    d.clause("1.2", "The score supports, and never replaces, clinical judgement. A nurse who is worried about a "
             "patient must escalate whatever the score (clause 5.3).")
    d.h1("2. Scoring the observations")
    d.clause("2.1", "Score each observation from the table below and add the points to give the total AEWS (0 to 20). "
             "Use SpO2 Scale 2 only for patients with confirmed hypercapnic respiratory failure (for example COPD "
             "with a target range of 88 to 92%) when a doctor has recorded this on the chart; all other patients "
             "are scored on Scale 1.")
    d.grid(["Observation", "3", "2", "1", "0", "1", "2", "3"],
           [["Respiration rate (per min)", "8 or less", "", "9 to 11", "12 to 20", "", "21 to 24", "25 or more"],
            ["SpO2 Scale 1 (%)", "91 or less", "92 to 93", "94 to 95", "96 or more", "", "", ""],
            ["SpO2 Scale 2 (%)", "83 or less", "84 to 85", "86 to 87", "88 to 92, or 93+ on air",
             "93 to 94 on oxygen", "95 to 96 on oxygen", "97+ on oxygen"],
            ["Air or oxygen?", "", "Oxygen", "", "Air", "", "", ""],
            ["Systolic BP (mmHg)", "90 or less", "91 to 100", "101 to 110", "111 to 219", "", "", "220 or more"],
            ["Pulse (per min)", "40 or less", "", "41 to 50", "51 to 90", "91 to 110", "111 to 130", "131 or more"],
            ["Consciousness", "", "", "", "Alert", "", "", "New confusion, V, P or U"],
            ["Temperature (C)", "35.0 or less", "", "35.1 to 36.0", "36.1 to 38.0", "38.1 to 39.0",
             "39.1 or more", ""]],
           [36, 19, 19, 19, 25, 19, 19, 18], size=8, align="CENTER")
    d.clause("2.2", "\"V, P or U\" means the patient responds only to voice, only to pain, or is unresponsive. New "
             "confusion, or worsening confusion, scores 3 even if the patient is otherwise alert.")
    d.clause("2.3", "A \"red score\" means a score of 3 in any single observation.")
    d.h1("3. Response to the total score")
    d.grid(["Total AEWS", "Clinical risk", "Minimum observation frequency", "Response"],
           [["0", "Low", "Every 12 hours", "Continue routine monitoring"],
            ["1 to 4", "Low", "Every 4 to 6 hours", "Inform the nurse in charge, who decides whether observations "
             "should be more frequent or a doctor informed"],
            ["3 in one observation (red score)", "Low to medium", "At least every hour",
             "Registered nurse informs the ward doctor or FY2-level clinician, who reviews within 1 hour and "
             "decides whether to escalate"],
            ["5 to 6", "Medium", "At least every hour", "Urgent review by a ward doctor within 30 minutes; "
             "consider referral to the critical care outreach team (CCOT)"],
            ["7 or more", "High", "Continuous monitoring",
             "Emergency review within 15 minutes by a registrar-level doctor or CCOT; consider transfer to "
             "HDU/ICU; senior (consultant) to be informed"]],
           [30, 24, 36, 82], size=8.5)
    d.clause("3.1", "Where a score falls in more than one row, the higher response applies: a total of 4 that "
             "includes a red score needs the red-score response.")
    d.clause("3.2", "Any patient who scores 3 for consciousness, or has a respiration rate of 8 or less, needs an "
             "immediate call to the ward doctor and consideration of a 2222 emergency call, whatever the total.")
    d.h1("4. Timing and recording")
    d.clause("4.1", "A full set of observations is taken on admission or transfer to a ward, and then at the frequency "
             "in the table. Observations are repeated within 1 hour after any escalation, and after each change in "
             "treatment such as fluids or oxygen.")
    d.clause("4.2", "Record the score on the electronic observations chart at the bedside. The chart alerts the "
             "nurse in charge automatically at 5 or more and the outreach team at 7 or more; an automatic alert "
             "does not replace the phone call in section 3.")
    d.clause("4.3", "If a review does not happen within the time set out in section 3, the nurse escalates to the "
             "next level (ward doctor -> registrar -> consultant or CCOT) without waiting further.")
    d.h1("5. Exceptions and clinical judgement")
    d.clause("5.1", "A consultant may set patient-specific parameters (for example a usual systolic BP of 95 mmHg in "
             "a patient with heart failure). These must be written on the chart with the reason and a review date, "
             "no more than 72 hours ahead, after which the standard table applies again.")
    d.clause("5.2", "Patients with a chronic low SpO2 are scored on Scale 2 only as set out in clause 2.1. A change "
             "from Scale 1 to Scale 2 must not be made by a nurse alone.")
    d.clause("5.3", "Nurse concern, family concern, new chest pain, a blood glucose below 4 mmol/L, or a urine output "
             "below 0.5 mL/kg/hour for 2 hours are each escalated as for a score of 5 or more, even if the total "
             "score is lower.")
    d.clause("5.4", "Suspected sepsis: if the total score is 5 or more and infection is possible, start the sepsis "
             "screening tool and give antibiotics within 1 hour of recognition if the screen is positive.")
    d.h1("6. Audit")
    d.para("Compliance is audited monthly on each ward: observations on time, scores added correctly, and escalations "
           "made within the times set out in section 3. Wards below 90% compliance submit an action plan to the "
           "Deteriorating Patient Group.")
    return d.save("medical/early_warning_protocol_fairhaven.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([self_storage, photography, franchise,
                       missed_pill, head_injury, early_warning], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
