"""Render the nineteenth development-set documents (fictional) as PDFs into bench/dev19/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a city
bicycle hire scheme's terms of use (plans, ride charges by length of ride, fees and damage charges), a dog
grooming salon's terms and conditions with a price schedule by size and coat after the signatures, an office
photocopier (multifunction device) lease with click charges and a settlement table, a head lice patient
leaflet in question-and-answer form, an ear wax patient leaflet (drops, irrigation and microsuction), and a
childhood croup guideline for clinicians (severity by score, dexamethasone by weight, nebulised adrenaline,
admission and discharge). Questions: bench/dev19/questions.jsonl. All names, products and numbers are
invented; the clinical content is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev19/make_dev19.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 3, 8, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 19 (fictional document)", "make_dev19.py", FIXED_DATE)


# =============================================================================
# 1. City bicycle hire scheme terms of use
# =============================================================================
def bike_hire_terms():
    d = Doc("Cycle Marrowby - Terms of Use", "Version 3.1, 1 February 2027",
            "Cycle Marrowby is run by Pedalgate Mobility Ltd for Marrowby City Council", accent=(0, 110, 60))
    d.title_block("CYCLE MARROWBY: TERMS OF USE",
                  "for the public bicycle hire scheme in Marrowby, including standard bikes and e-bikes. These "
                  "terms are an agreement between you (the \"Rider\") and Pedalgate Mobility Ltd (\"we\", \"us\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Bike\" means a standard pedal bicycle of the scheme. \"E-bike\" means an electrically "
             "assisted bicycle of the scheme, with a motor that stops assisting at 15.5 mph. \"Dock\" means a "
             "scheme docking point, and \"Docking Station\" a group of Docks. \"Ride\" means the time from "
             "unlocking a Bike or E-bike until it is locked into a Dock and the app or Dock confirms the return.")
    d.clause("1.2", "\"Plan\" means the access plan the Rider has bought under clause 3. \"Account\" means the "
             "Rider's account in the Cycle Marrowby app. \"Operating Area\" means the area shown on the map in "
             "the app; the City Centre Zone is the part of the Operating Area inside the inner ring road.")
    d.h1("2. Who may ride")
    d.clause("2.1", "Riders must be 16 or over to hold an Account and 18 or over to ride an E-bike. A Rider may "
             "hire up to 4 Bikes at once on one Account for people riding with them, and is responsible for "
             "each of them; every person riding must be at least 14.")
    d.clause("2.2", "Riders must give a valid payment card. A pre-authorisation of GBP 50 is placed on the card "
             "when an Account is opened and released within 7 days if no charge is due.")
    d.h1("3. Plans and ride charges")
    d.clause("3.1", "Every Ride is charged under the Rider's Plan. Ride time is counted in whole minutes, "
             "rounded up.")
    d.grid(["Plan", "Price", "Included ride time (standard Bike)", "Extra time (standard Bike)"],
           [["Pay as you go", "No fee; unlock GBP 1.00 per Ride", "None", "GBP 0.10 per minute"],
            ["Day Pass", "GBP 5.00 for 24 hours", "First 45 minutes of each Ride", "GBP 1.50 per 30 minutes"],
            ["Monthly", "GBP 12.00 a month", "First 45 minutes of each Ride", "GBP 1.50 per 30 minutes"],
            ["Annual", "GBP 95.00 a year", "First 60 minutes of each Ride", "GBP 1.00 per 30 minutes"],
            ["Concession Annual (*)", "GBP 35.00 a year", "First 60 minutes of each Ride",
             "GBP 1.00 per 30 minutes"]], [38, 50, 48, 38])
    d.para("(*) Concession Annual: for Riders who receive Universal Credit, Pension Credit or a student "
           "bursary, or who hold a Marrowby Leisure Card. Evidence is checked every 12 months.", size=8.5,
           style="I")
    d.clause("3.2", "E-bikes cost an extra GBP 0.15 per minute for the whole Ride on every Plan, including any "
             "included ride time. Rides that start between 00:00 and 05:00 are charged at pay-as-you-go rates "
             "whatever the Plan.")
    d.clause("3.3", "Monthly and Annual Plans renew automatically. The Rider may cancel in the app at any time "
             "before the renewal date; no refund is given for part of a period, except that an Annual Plan "
             "cancelled within 14 days of purchase is refunded in full if it has not been used for a Ride.")
    d.h1("4. Returning a Bike")
    d.clause("4.1", "A Ride ends only when the Bike or E-bike is locked into a working Dock and the Dock shows a "
             "green light or the app confirms the return. If a Docking Station is full, the Rider may ask for "
             "15 minutes of free extra time in the app and ride to the nearest station with a free Dock.")
    d.clause("4.2", "A Bike or E-bike left outside a Dock inside the Operating Area is charged a GBP 20 "
             "recovery fee; outside the Operating Area the fee is GBP 75.")
    d.clause("4.3", "A Ride longer than 24 hours is treated as a lost Bike unless the Rider contacts us before the "
             "24 hours end. The Rider is then charged the replacement charge in clause 6.2, less any part of the "
             "Bike later recovered in good condition.")
    d.h1("5. Using the Bike safely")
    d.clause("5.1", "Before each Ride the Rider checks the brakes, tyres, lights and bell, and reports any fault "
             "in the app before riding. Helmets are recommended but not provided. The Rider must follow the "
             "Highway Code, must not carry a passenger, and must not ride on a pavement unless a sign allows "
             "cycling there.")
    d.clause("5.2", "Bikes may not be used in races, off-road, or while the Rider is under the influence of "
             "alcohol or drugs. The front basket carries up to 5 kg; child seats and trailers must not be fitted.")
    d.h1("6. Charges for damage, loss and misuse")
    d.clause("6.1", "The Rider must report damage, theft or an accident in the app or by calling 0333 090 4417 "
             "within 1 hour, and report a theft to the police within 24 hours and give us the crime reference.")
    d.clause("6.2", "Damage and misuse charges are payable by the Rider as follows:")
    d.grid(["Event", "Standard Bike", "E-bike"],
           [["Lost or stolen Bike (no crime reference given within 24 hours)", "GBP 300", "GBP 1,200"],
            ["Lost or stolen Bike (crime reference given within 24 hours)", "GBP 150", "GBP 400"],
            ["Damage caused by misuse (maximum, per incident)", "GBP 150", "GBP 500"],
            ["Lost or damaged battery", "Not applicable", "GBP 350"],
            ["Bike not returned to a Dock (clause 4.2)", "GBP 20 or GBP 75", "GBP 20 or GBP 75"]], [90, 40, 40])
    d.clause("6.3", "We will give the Rider details and photographs of the damage before taking any damage "
             "charge, and the Rider has 14 days to dispute it.")
    d.h1("7. Suspension of Accounts")
    d.clause("7.1", "We may suspend an Account if the Rider breaks these terms, does not pay a charge within 14 "
             "days, or receives 3 or more recovery fees within 12 months.")
    d.h1("8. Liability")
    d.clause("8.1", "Nothing in these terms limits our liability for death or personal injury caused by our "
             "negligence. Otherwise our liability to a Rider for any Ride is limited to GBP 1,000. We are not "
             "responsible for items left in a basket.")
    d.clause("8.2", "Complaints should be made in the app or to hello@cyclemarrowby.example within 30 days of "
             "the Ride. Unresolved complaints may be referred to the Council's transport ombudsman scheme.")
    return d.save("legal/bike_hire_terms_cycle_marrowby.pdf")


# =============================================================================
# 2. Dog grooming terms and conditions, with a price schedule after the signatures
# =============================================================================
def grooming_terms():
    d = Doc("The Tidy Tail Grooming Parlour - Terms and Conditions", "Effective 1 January 2027",
            "The Tidy Tail Grooming Parlour, 3 Ropewalk Yard, Tenterby TB4 9QS", font="Times",
            accent=(110, 60, 20), body_size=10.5)
    d.title_block("GROOMING TERMS AND CONDITIONS",
                  "between The Tidy Tail Grooming Parlour, owned by Rosalind Achebe-Marsh (\"we\", \"the "
                  "Groomer\"), and the owner who books the appointment (\"you\", \"the Owner\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Full Groom\" means a bath, blow-dry, haircut or hand-strip to the style agreed, nail "
             "clipping, ear cleaning and hygiene trim. \"Bath and Tidy\" means a bath, blow-dry, brush-out, nail "
             "clipping and a tidy of the face, feet and hygiene areas, without a full haircut. \"Puppy "
             "Introduction\" means a short visit for a puppy under 6 months old.")
    d.clause("1.2", "\"Size Band\" means the band in the Price Schedule that fits the dog's weight. \"Matted\" "
             "means that the coat has tight tangles close to the skin that cannot be brushed out safely.")
    d.h1("2. Booking and deposits")
    d.clause("2.1", "A deposit of GBP 15 is taken for each dog when you book. It is deducted from the final "
             "price. First-time clients must complete the dog's record card before the first appointment.")
    d.clause("2.2", "Appointments last about 2 to 4 hours depending on the size and coat of the dog. We will "
             "call you when the dog is ready; please collect within 30 minutes of our call. Dogs collected more "
             "than 30 minutes after the call are charged GBP 5 for each further 15 minutes.")
    d.h1("3. Cancellations, late arrival and missed appointments")
    d.clause("3.1", "What happens to your deposit depends on how much notice you give:")
    d.grid(["Notice given before the appointment", "Deposit", "Further charge"],
           [["72 hours or more", "Refunded, or moved to a new date", "None"],
            ["24 to 71 hours", "Kept", "None"],
            ["Less than 24 hours", "Kept", "None"],
            ["No-show (no notice given)", "Kept", "50% of the booked groom price"]], [70, 60, 44])
    d.clause("3.2", "If you arrive more than 20 minutes late we may shorten the service, rebook you, or treat "
             "the appointment as a no-show. After 2 no-shows we will take future bookings only if they are "
             "paid in full in advance.")
    d.clause("3.3", "If we have to cancel, we refund the deposit in full or move it to a new date of your choice.")
    d.h1("4. Health, vaccinations and parasites")
    d.clause("4.1", "Every dog must be vaccinated against distemper, parvovirus, hepatitis and leptospirosis, with "
             "boosters up to date. Puppies may come for a Puppy Introduction 2 weeks after their second "
             "vaccination.")
    d.clause("4.2", "You must tell us about any medical condition, such as epilepsy, heart disease, skin problems "
             "or recent surgery. Dogs aged 10 or over, or with a known heart condition, are groomed in shorter "
             "sessions with breaks, and we may ask for a letter from your vet.")
    d.clause("4.3", "If we find fleas, the dog will be given a flea bath and the salon treated, and a parasite fee "
             "of GBP 20 is added. Dogs with ticks are de-ticked at no charge.")
    d.h1("5. Matted coats")
    d.clause("5.1", "Matted dogs may need to be shaved short for their welfare, even if a different style was "
             "asked for. Dematting takes extra time and is charged at GBP 12 for each 15 minutes, up to a "
             "maximum of GBP 48 a visit; over that we will shave off rather than demat.")
    d.clause("5.2", "Shaving a matted coat can reveal skin irritation, cuts or sores that were hidden under the "
             "mats. We are not responsible for these or for any later itching.")
    d.h1("6. Behaviour and safety")
    d.clause("6.1", "Tell us if your dog has ever bitten or is nervous of handling. We may use a muzzle to keep "
             "the dog and staff safe. If a dog becomes too stressed or aggressive to finish safely, we stop the "
             "groom and charge for the work done, with a minimum of 50% of the groom price.")
    d.clause("6.2", "Owners are not allowed in the grooming room during the groom, because most dogs behave "
             "worse when their owner is watching. We do not sedate dogs.")
    d.h1("7. Injury and vet treatment")
    d.clause("7.1", "We take great care, but small nicks can happen, particularly with matted coats, loose skin "
             "or dogs that will not stand still. We will tell you at collection about any nick or injury.")
    d.clause("7.2", "If your dog becomes ill or is injured while with us, we will try to contact you and may take "
             "the dog to Tenterby Veterinary Centre. If the injury was caused by our negligence we pay the vet "
             "fees; otherwise you agree to pay them.")
    d.h1("8. Payment and complaints")
    d.clause("8.1", "Payment is due on collection, by card or cash. Prices in the Price Schedule are from-prices "
             "and we will tell you before we start if the price will be higher because of the coat condition.")
    d.clause("8.2", "If you are unhappy with the style, tell us within 3 days and we will tidy it at no charge. "
             "We do not give refunds for the style once the dog has been collected.")
    d.clause("8.3", "Photographs of your dog may be used on our social media unless you tell us not to on the "
             "record card.")
    d.signature_block(["Signed by the Owner (name and dog's name)",
                       "Signed for The Tidy Tail Grooming Parlour by Rosalind Achebe-Marsh"])
    d.h1("PRICE SCHEDULE (from 1 January 2027)")
    d.para("Size Band by the dog's weight. Prices include VAT and the GBP 15 deposit.")
    d.grid(["Size Band", "Weight", "Full Groom", "Bath and Tidy", "Nail clip only"],
           [["Toy", "up to 5 kg", "GBP 38", "GBP 28", "GBP 8"],
            ["Small", "5.1 to 10 kg", "GBP 45", "GBP 33", "GBP 8"],
            ["Medium", "10.1 to 20 kg", "GBP 55", "GBP 40", "GBP 10"],
            ["Large", "20.1 to 35 kg", "GBP 68", "GBP 50", "GBP 10"],
            ["Giant", "over 35 kg", "GBP 85", "GBP 65", "GBP 12"]], [30, 32, 34, 38, 36])
    d.grid(["Extras and other services", "Price"],
           [["Hand-stripping (wire coats), in addition to the Full Groom", "GBP 20 per hour"],
            ["Double-coat de-shedding treatment", "GBP 15"],
            ["Teeth brushing", "GBP 5"],
            ["Puppy Introduction (under 6 months)", "GBP 22"],
            ["Second dog from the same household, same appointment", "10% off the second dog"]], [110, 60])
    d.para("Hand-stripping is charged on top of the Full Groom price for the Size Band.", size=9, style="I")
    return d.save("legal/dog_grooming_terms_tidy_tail.pdf")


# =============================================================================
# 3. Photocopier (multifunction device) lease
# =============================================================================
def copier_lease():
    d = Doc("Equipment Lease Agreement - Multifunction Devices", "Agreement no. KLF-MFD-44187",
            "Kelderby Leasing Finance Ltd - Whitcombe & Parry Architects LLP", accent=(40, 40, 110))
    d.title_block("EQUIPMENT LEASE AGREEMENT (MULTIFUNCTION PRINTERS AND COPIERS)",
                  "between Kelderby Leasing Finance Ltd (the \"Lessor\"), Ossington Office Systems Ltd (the "
                  "\"Supplier\", which services the Equipment) and Whitcombe & Parry Architects LLP (the "
                  "\"Lessee\"). Dated 15 February 2027.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Equipment\" means the devices listed in the Schedule, with their accessories and software. "
             "\"Minimum Term\" means the 60 months from the Start Date. \"Start Date\" means the date on which "
             "the Lessee signs the delivery and installation note. \"Rental\" means the quarterly rental in the "
             "Schedule. \"Click\" means one side of an A4 sheet printed or copied (an A3 side counts as 2 "
             "Clicks).")
    d.clause("1.2", "\"Service Charges\" means the Click charges payable to the Supplier for maintenance, parts, "
             "toner and call-outs. \"Settlement Sum\" means the sum in clause 9.2.")
    d.h1("2. Lease and ownership")
    d.clause("2.1", "The Lessor leases the Equipment to the Lessee for the Minimum Term and after that until "
             "ended under clause 10. The Equipment remains the property of the Lessor at all times; the Lessee "
             "has no option to buy it. The Lessee must not sell, lend or move the Equipment from the address in "
             "the Schedule without the Lessor's written consent.")
    d.clause("2.2", "The Lessee chose the Equipment and the Supplier. The Lessor gives no warranty about the "
             "Equipment's performance; the Supplier's service obligations are in clause 5.")
    d.h1("3. Rental")
    d.clause("3.1", "Rental is payable quarterly in advance by direct debit, from the Start Date, for the whole "
             "Minimum Term, whether or not the Equipment is used. An interim payment for the days from the Start "
             "Date to the first quarter day is charged pro rata.")
    d.clause("3.2", "The Lessor may increase the Rental once in each 12 months, on the anniversary of the Start "
             "Date, by the rise in the Retail Prices Index plus 3%, capped at 8%.")
    d.clause("3.3", "If a payment is late, the Lessor may charge interest at 4% a month above the base rate of "
             "Kelderby Bank, calculated daily, and an administration fee of GBP 35 for each failed direct debit.")
    d.h1("4. Delivery and installation")
    d.clause("4.1", "The Supplier delivers and installs the Equipment and connects it to the Lessee's network. "
             "Delivery above the ground floor without a lift is charged at GBP 95 per device.")
    d.h1("5. Service and Click charges")
    d.clause("5.1", "The Supplier maintains the Equipment, supplies all toner, parts and labour, and will attend "
             "within 6 working hours of a reported fault (within 4 working hours for Equipment in Zone 1 of the "
             "Schedule). Paper and staples are not included.")
    d.clause("5.2", "Service Charges are billed quarterly in arrears on the meter readings. Each quarter has a "
             "minimum billing of 3,000 mono Clicks and 1,500 colour Clicks per device, charged even if fewer are "
             "made. The Click prices by monthly volume of the device are in the Schedule.")
    d.clause("5.3", "If the Lessee does not send a meter reading within 7 days of the Supplier's request, the "
             "Supplier may estimate the reading, and correct it at the next actual reading.")
    d.clause("5.4", "Service Charges may be increased once a year by no more than 5%. Service is not provided "
             "for damage caused by non-approved toner, misuse or moving the Equipment.")
    d.h1("6. Insurance and risk")
    d.clause("6.1", "Risk in the Equipment passes to the Lessee on delivery. The Lessee insures the Equipment for "
             "its full replacement value against loss and damage, noting the Lessor's interest, or pays the "
             "Lessor's equipment cover at GBP 7.50 per device per month.")
    d.h1("7. Data on the Equipment")
    d.clause("7.1", "The Equipment's hard drives may store copies of documents scanned or printed. At the end of "
             "the lease the Supplier overwrites the drives to the Lessee's security standard and gives a "
             "certificate of data erasure; a removed hard drive can be kept by the Lessee for GBP 60 per drive.")
    d.h1("8. Upgrades")
    d.clause("8.1", "The Lessee may ask to upgrade the Equipment at any time after the first 24 months. The "
             "Settlement Sum of this agreement is then added to the new agreement, which has a new Minimum Term.")
    d.h1("9. Early termination")
    d.clause("9.1", "The Lessee may not end this agreement during the Minimum Term except by paying the "
             "Settlement Sum. The Lessor may end it at once if the Lessee fails to pay any sum for 21 days, or "
             "becomes insolvent, and then the Settlement Sum is also payable.")
    d.clause("9.2", "The Settlement Sum is a percentage of the Rentals that remain to be paid for the rest of the "
             "Minimum Term, according to when the agreement ends, plus any arrears:")
    d.grid(["Agreement ends", "Settlement Sum (% of the remaining Rentals)"],
           [["In months 1 to 12", "100%"],
            ["In months 13 to 24", "95%"],
            ["In months 25 to 36", "90%"],
            ["In months 37 to 48", "85%"],
            ["In months 49 to 60", "80%"]], [70, 100])
    d.h1("10. End of the lease")
    d.clause("10.1", "To end the lease at the end of the Minimum Term, the Lessee must give written notice of at "
             "least 3 months and no more than 6 months before the end of the Minimum Term. If it does not, the "
             "lease continues from quarter to quarter at the same Rental until ended by 3 months' notice.")
    d.clause("10.2", "On ending, the Lessee makes the Equipment available for collection within 14 days, in good "
             "working order. A collection fee of GBP 150 per device is payable. Rental continues until the "
             "Equipment is collected.")
    d.h1("11. Law")
    d.clause("11.1", "This agreement is a business agreement and is not regulated by the Consumer Credit Act 1974. "
             "It is governed by the law of England and Wales.")
    d.signature_block(["Signed for Whitcombe & Parry Architects LLP by Imogen Parry, Designated Member",
                       "Signed for Kelderby Leasing Finance Ltd by Tomasz Wielgosz, Credit Manager",
                       "Signed for Ossington Office Systems Ltd by Harriet Fanshawe, Account Manager"])
    d.h1("SCHEDULE - EQUIPMENT, RENTAL AND CLICK CHARGES")
    d.para("Installation address: Whitcombe & Parry Architects LLP, 22 Canal Street, Kelderby KB1 3RT (Zone 1).")
    d.grid(["Device", "Model", "Quarterly Rental"],
           [["Device 1 (ground floor)", "Ossington Vireo C5540 A3 colour MFD with finisher", "GBP 642.00"],
            ["Device 2 (second floor)", "Ossington Vireo C3020 A3 colour MFD", "GBP 418.50"],
            ["Device 3 (plan room)", "Ossington Vireo M410 A4 mono printer", "GBP 96.00"]], [45, 85, 40])
    d.para("Total quarterly Rental GBP 1,156.50 plus VAT, for 20 quarters.")
    d.grid(["Monthly volume per device", "Mono Click price", "Colour Click price"],
           [["Up to 2,000 Clicks", "0.9p", "6.5p"],
            ["2,001 to 10,000 Clicks", "0.7p", "5.2p"],
            ["10,001 to 25,000 Clicks", "0.55p", "4.4p"],
            ["Over 25,000 Clicks", "0.45p", "3.8p"]], [70, 50, 50])
    d.para("Volumes are averaged over the quarter's meter readings. All prices exclude VAT.", size=9, style="I")
    return d.save("legal/copier_lease_kelderby_whitcombe_parry.pdf")


# =============================================================================
# 4. Head lice patient leaflet (question-and-answer)
# =============================================================================
def head_lice_leaflet():
    d = Doc("Head lice - how to find them and get rid of them", "Leaflet CH-47",
            "Harnwick Community Pharmacy Service - Children and Families", accent=(150, 40, 40), body_size=10.5)
    d.title_block("Head lice: finding them and getting rid of them",
                  "Information for parents, carers and anyone who has been told they have head lice. Please "
                  "read it before you buy a treatment.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("What are head lice?",
       "Head lice are small grey-brown insects, up to 3 mm long (about the size of a sesame seed), that live on "
       "the scalp and feed on blood. Their eggs are glued to hairs close to the scalp; empty egg cases (nits) "
       "are white and stay on the hair as it grows out. Head lice are common in children aged 4 to 11. They do "
       "not jump, fly or swim; they spread by direct head-to-head contact, and only rarely on hats, brushes or "
       "pillows.")
    qa("How do I know if my child has head lice?",
       "Itching of the scalp is common but can take 2 to 3 months to start after the first infection, so many "
       "children do not itch. Finding nits alone does not prove a live infection. You can only be sure by "
       "finding a living, moving louse. The best way is detection combing: wash the hair, put on plenty of "
       "conditioner, and comb it section by section from the roots to the tips with a fine-toothed detection "
       "comb (teeth 0.2 to 0.3 mm apart), wiping the comb on a white tissue after each stroke.")
    qa("Do I need to treat if I only find nits?",
       "No. Only treat if you find a living louse. Check everyone in the household by detection combing, and "
       "treat only those who have live lice, all on the same day.")
    qa("Which treatments work?",
       "There are two kinds of treatment: wet combing with conditioner, and a lotion or spray from the "
       "pharmacy. Both work if they are used properly. The pharmacy products we recommend are dimeticone 4% "
       "lotion (Lousafe 4%) and the isopropyl myristate spray (Nitclear Spray). They work by coating the lice, "
       "not by poisoning them, so lice do not become resistant to them. We no longer recommend malathion or "
       "permethrin products, because many lice in our area are resistant to them.")
    qa("How do I use wet combing (the Bug-Buster method)?",
       "Wash the hair with ordinary shampoo, apply lots of conditioner and comb through with a wide-toothed "
       "comb to untangle it. Then comb the whole head with the fine-toothed comb, from the roots, section by "
       "section, for about 30 minutes for short hair and up to an hour for long thick hair. Do this every 4 "
       "days for at least 2 weeks: on day 1, 5, 9 and 13. Carry on until you have found no lice on 3 sessions in "
       "a row. Wet combing is the best choice for babies under 6 months, for people with asthma or eczema of "
       "the scalp, and in pregnancy if you prefer not to use a lotion.")
    qa("How do I use dimeticone 4% lotion?",
       "Apply the lotion to dry hair, rubbing it in from the roots to the tips until the hair and scalp are "
       "fully wet. Leave it on for at least 8 hours, or overnight, then wash it out with shampoo. Repeat the "
       "treatment after 7 days to kill any lice that have hatched from eggs since the first application. "
       "Dimeticone can be used from 6 months of age, and in pregnancy and breastfeeding. Keep the treated "
       "hair away from naked flames, cigarettes and hair dryers until it has been washed out, because the "
       "lotion can catch fire.")
    d.para("How much lotion will I need? One 150 mL bottle is enough for the number of treatments below. "
           "Remember that every treatment has to be repeated after 7 days.", style="B")
    d.grid(["Hair length", "Typical amount per treatment", "Bottles for the full course (2 treatments)"],
           [["Short (above the ears)", "about 25 mL", "1 bottle treats one person twice, with some left"],
            ["Shoulder length", "about 50 mL", "1 bottle per person"],
            ["Below the shoulders", "about 100 mL", "2 bottles per person"],
            ["Very long or thick (to the waist)", "up to 150 mL", "2 bottles per person"]], [50, 50, 74])
    qa("How do I use the spray (isopropyl myristate)?",
       "Spray onto dry hair until it is soaked, leave for 10 minutes, then comb through with the detection comb "
       "and wash out. Repeat after 7 days. The spray is not licensed for children under 2 years or for "
       "people with skin conditions of the scalp.")
    qa("What if the treatment does not work?",
       "Check by detection combing 2 to 3 days after the second treatment and again after another 7 days. If you "
       "still find live lice, the treatment may not have been applied properly, or your child may have been "
       "re-infected. Try again with the other kind of treatment, or wet combing. If lice are still found after "
       "2 full courses, speak to the pharmacist.")
    qa("Does my child need to stay off school?",
       "No. Children with head lice do not need to be kept off school or nursery, and do not need to be sent "
       "home during the day. Start treatment the same evening and let the school know, so they can tell other "
       "parents.")
    qa("Do I need to wash bedding, hats and toys?",
       "There is no need for special cleaning of bedding, clothes or toys, or to spray the house. Lice cannot "
       "live for more than 2 days off the head. Wash combs and brushes in hot water above 60 degrees C.")
    qa("Can I get treatment free of charge?",
       "Head lice treatment is not available free from the pharmacy under the Harnwick minor ailments service "
       "since April 2026. A detection comb costs about GBP 4 and can be used again and again.")
    d.para("Pharmacy advice line: 01632 961 530 (Mon-Sat 09:00-18:00). Speak to your GP if the scalp is red, "
           "weeping or infected, or your child is under 6 months and wet combing has not worked.",
           size=9.5, style="B")
    return d.save("medical/head_lice_leaflet_harnwick.pdf")


# =============================================================================
# 5. Ear wax patient leaflet
# =============================================================================
def ear_wax_leaflet():
    d = Doc("Ear wax - self-care and removal", "Patient information PI-203",
            "Brackenshaw Primary Care Network - Audiology and Nursing", accent=(0, 90, 130))
    d.title_block("EAR WAX: LOOKING AFTER YOUR EARS AND GETTING WAX REMOVED",
                  "Brackenshaw Primary Care Network: Elm Row Surgery, Quarry Lane Health Centre and Tolbrook "
                  "Practice. Ear wax removal for our patients is done at the Community Ear Care Clinic, Tolbrook.")
    d.h1("About ear wax")
    d.para("Ear wax is normal. It protects and cleans the ear canal and usually falls out on its own, helped by "
           "the movement of the jaw when you talk and eat. It only needs treating if it blocks the ear and "
           "causes dulled hearing, a feeling of fullness, earache, ringing (tinnitus) or dizziness, or if a "
           "clinician needs to see the eardrum or fit a hearing aid mould.")
    d.para("Do not use cotton buds, hair grips, ear candles or ear vacuum gadgets. They push wax deeper, can "
           "scratch the canal and can damage the eardrum.")
    d.h1("Step 1: ear drops (for everyone first)")
    d.para("Most wax will soften and clear with drops. Lie on your side with the affected ear upwards, put the "
           "drops in, and stay lying down for 5 to 10 minutes so that they soak in. Then do the same for the "
           "other ear if needed.")
    d.grid(["Drops", "How many and how often", "How long", "Notes"],
           [["Olive oil or almond oil (at room temperature)", "2 to 3 drops, 2 or 3 times a day", "14 to 21 days",
             "First choice. Do not use almond oil if you are allergic to nuts"],
            ["Sodium bicarbonate 5% ear drops", "3 to 4 drops, twice a day", "No more than 5 days",
             "Dissolves hard wax; may make the ear dry and itchy"],
            ["Olive oil spray (Earsoft-style)", "1 spray, twice a day", "7 days",
             "Easier if you cannot lie down"]], [45, 45, 30, 54])
    d.para("Wax may come out gradually over the days you use the drops, often at night. Your hearing may be a "
           "little worse for a day or two as the wax softens and swells. After the course, keep using olive oil "
           "2 drops once a week if you make a lot of wax or wear hearing aids.")
    d.h1("Step 2: wax removal at the clinic")
    d.para("If your hearing is still dulled after 14 days of olive oil drops (or 5 days of sodium bicarbonate), "
           "ring your surgery reception to book at the Community Ear Care Clinic. You will be asked to keep "
           "using the drops until the appointment, and to use them for at least 3 days before it.")
    d.para("The clinic removes wax by microsuction (a small suction tube used while looking into the ear through "
           "a microscope) or by irrigation (a controlled flow of warm water from an electronic irrigator). The "
           "clinician chooses the method. A visit takes about 20 minutes. Microsuction is noisy, and some people "
           "feel briefly dizzy.")
    d.h1("Who should not have irrigation")
    d.para("You will be offered microsuction instead of irrigation if any of these applies to you:")
    d.bullets(["you have, or have ever had, a perforated eardrum (a hole in the eardrum) or a grommet in the "
               "last 18 months;",
               "you have had an ear infection or discharge from the ear in the last 6 weeks;",
               "you have had any ear surgery, apart from grommets that came out more than 18 months ago;",
               "you have a cleft palate (even if repaired);",
               "you have hearing in one ear only, if the ear to be treated is your hearing ear;",
               "you have had problems with irrigation before, such as pain or dizziness."])
    d.h1("Which wax problems are treated where")
    d.grid(["Your situation", "Where you will be seen"],
           [["Wax blocking the ear after 14 days of drops, aged 16 or over", "Community Ear Care Clinic, "
             "Tolbrook (book through your surgery)"],
            ["Wax blocking the ear, child under 16", "Your GP first; the GP refers to the children's ENT "
             "clinic if needed"],
            ["Sudden loss of hearing in one ear within the last 7 days with no blockage seen", "Same-day GP "
             "appointment (urgent referral to ENT)"],
            ["Wax that has not cleared after 2 clinic attempts", "Referral to the ENT clinic at Brackenshaw "
             "Royal"],
            ["Hearing aid users needing an ear mould", "Community Ear Care Clinic (audiology can book directly)"]],
           [90, 80])
    d.h1("After wax removal")
    d.para("Keep the ears dry for 2 days: use cotton wool coated with petroleum jelly in the outer ear when you "
           "shower, and do not swim. A little itching or a feeling of cold in the ear is normal for a few hours. "
           "If you wear hearing aids you can put them back in the same day.")
    d.para("Contact your surgery within 48 hours if you get earache, discharge, bleeding, dizziness that does not "
           "settle, or new ringing in the ear after the wax removal. Go to an urgent treatment centre if you "
           "have a high temperature with severe earache or swelling behind the ear.")
    d.h1("Charges")
    d.para("Wax removal at the Community Ear Care Clinic is free for patients registered with a Brackenshaw "
           "practice who meet the criteria above. If you ask for wax removal without going through the drops "
           "step, or for cosmetic cleaning, the clinic's private charge is GBP 55 for one ear and GBP 70 for "
           "both ears. A missed clinic appointment without 24 hours' notice may mean you are not offered "
           "another for 3 months.")
    d.para("Ear Care Clinic telephone (for existing appointments only): 01632 962 108.", size=9.5, style="B")
    return d.save("medical/ear_wax_leaflet_brackenshaw.pdf")


# =============================================================================
# 6. Childhood croup guideline (clinicians)
# =============================================================================
def croup_guideline():
    d = Doc("Croup in children - assessment and management", "Guideline PAED-031, version 2",
            "Ellingford Children's Emergency Department and Paediatric Assessment Unit", accent=(90, 30, 110),
            body_size=9.5)
    d.title_block("CROUP (ACUTE LARYNGOTRACHEOBRONCHITIS) IN CHILDREN: ASSESSMENT AND MANAGEMENT",
                  "For ED, PAU and urgent treatment centre clinicians. Ages 6 months to 6 years. Review date: "
                  "March 2029.")
    d.h1("1. Key points")
    d.bullets(["Croup is a clinical diagnosis: barking cough, hoarse voice and stridor, usually after 1 to 2 "
               "days of coryza. It peaks between 6 months and 3 years of age, and symptoms are worst on the "
               "second and third nights.",
               "Give every child with croup, of any severity, a single dose of oral dexamethasone 0.15 mg/kg "
               "(section 4), unless it is contraindicated.",
               "Do not examine the throat with a spatula, and keep the child calm on the parent's lap. Do not "
               "take blood or use nebulised saline or steam.",
               "Consider another diagnosis (epiglottitis, bacterial tracheitis, foreign body, anaphylaxis) if "
               "the child is toxic, drooling, cannot swallow, or has a temperature over 39 degrees C."])
    d.h1("2. Assessment of severity (modified Westley score)")
    d.grid(["Feature", "0", "1", "2", "3", "4", "5"],
           [["Stridor", "None", "With agitation", "At rest", "", "", ""],
            ["Chest wall recession", "None", "Mild", "Moderate", "Severe", "", ""],
            ["Air entry", "Normal", "Decreased", "Markedly decreased", "", "", ""],
            ["Cyanosis (SpO2 below 92% in air)", "None", "", "", "", "With agitation", "At rest"],
            ["Level of consciousness", "Normal", "", "", "", "", "Disoriented"]], [52, 18, 24, 28, 16, 22, 14],
           size=8.5)
    d.grid(["Total score", "Severity", "Typical picture"],
           [["0 to 2", "Mild", "Barking cough, no stridor at rest, no or mild recession"],
            ["3 to 5", "Moderate", "Stridor at rest, recession, but not agitated or lethargic"],
            ["6 to 11", "Severe", "Marked stridor and recession, agitation or lethargy"],
            ["12 or more", "Impending respiratory failure", "Decreasing consciousness, fatigue, cyanosis"]],
           [30, 50, 94])
    d.para("Score before and 30 minutes after any treatment. The score guides treatment but does not replace "
           "clinical judgement; a quiet child with little stridor may be tiring.", size=8.5, style="I")
    d.h1("3. Management by severity")
    d.clause("3.1", "Mild (score 0 to 2): oral dexamethasone 0.15 mg/kg; observe for 30 minutes after the dose; "
             "discharge with the croup leaflet if the child is well, feeding and has no stridor at rest.")
    d.clause("3.2", "Moderate (score 3 to 5): oral dexamethasone 0.15 mg/kg and observe for at least 4 hours. "
             "Discharge if the score is 2 or less and there is no stridor at rest. If the child will not take "
             "oral medicine, give budesonide 2 mg nebulised (as a single dose) instead.")
    d.clause("3.3", "Severe (score 6 to 11): give nebulised adrenaline 1 in 1,000 (section 5) and dexamethasone "
             "0.6 mg/kg (maximum 12 mg) orally or IV, oxygen if SpO2 is below 92%, and call the paediatric "
             "registrar. Admit all children who need adrenaline.")
    d.clause("3.4", "Impending respiratory failure (score 12 or more): high-flow oxygen and nebulised "
             "adrenaline, and a 2222 call for the paediatric anaesthetist and ENT; do not move the child from "
             "the resuscitation room or lie the child down.")
    d.h1("4. Dexamethasone dose by weight (oral solution 2 mg/5 mL)")
    d.para("For mild and moderate croup, dexamethasone 0.15 mg/kg orally, rounded to the doses below. Use the "
           "child's measured weight. A second dose can be considered after 24 hours if symptoms recur, on senior "
           "advice. If dexamethasone is not available, give prednisolone 1 mg/kg (maximum 40 mg) once.")
    d.grid(["Weight", "Dexamethasone dose (0.15 mg/kg)", "Volume of 2 mg/5 mL solution"],
           [["6 to 7.9 kg", "1 mg", "2.5 mL"],
            ["8 to 11.9 kg", "1.5 mg", "3.75 mL"],
            ["12 to 15.9 kg", "2 mg", "5 mL"],
            ["16 to 19.9 kg", "2.5 mg", "6.25 mL"],
            ["20 to 25.9 kg", "3.5 mg", "8.75 mL"],
            ["26 kg and over", "4 mg", "10 mL"]], [44, 65, 65])
    d.para("(a) Round doses of 0.6 mg/kg (severe croup) to the nearest 0.5 mg, maximum 12 mg. (b) If the child "
           "vomits within 30 minutes of an oral dose, repeat the dose once.", size=8.5, style="I")
    d.h1("5. Nebulised adrenaline")
    d.clause("5.1", "Adrenaline 1 in 1,000 (1 mg/mL) nebulised with oxygen: 0.4 mL/kg, maximum 5 mL, undiluted. "
             "It works within 10 to 30 minutes and lasts about 2 hours; observe for at least 3 hours after the "
             "last dose, as symptoms can return.")
    d.clause("5.2", "The dose may be repeated after 30 minutes if there is no improvement. A child who needs more "
             "than 2 doses within 2 hours must be discussed with the paediatric intensive care retrieval team.")
    d.h1("6. Admission and discharge")
    d.clause("6.1", "Admit to the paediatric ward if any of the following apply: nebulised adrenaline was "
             "needed; stridor at rest persists 4 hours after dexamethasone; the child is under 6 months; SpO2 "
             "is below 92% in air; the child has a known upper airway abnormality or Down syndrome; or there is "
             "parental concern or the family lives more than 30 minutes from hospital without transport.")
    d.clause("6.2", "Discharge advice: most croup gets better in 48 hours, but the barking cough can last up to 7 "
             "days. Parents should give fluids and paracetamol or ibuprofen for fever, keep the child upright "
             "and calm, and call 999 if the child has difficulty breathing that is getting worse, turns blue or "
             "pale, is drowsy, or has stridor at rest that does not settle within 15 minutes of calming.")
    d.clause("6.3", "Children who present 3 or more times with croup in a year, or who are under 6 months, "
             "should have a routine paediatric outpatient referral to look for an underlying airway cause.")
    d.para("Authors: Dr Ifeoma Castellane-Reid (paediatric consultant), Priyanka Mehrotra (lead pharmacist). "
           "Approved by the Children's Clinical Guidelines Group, March 2027.", size=8.5, style="I")
    return d.save("medical/croup_guideline_ellingford.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([bike_hire_terms, grooming_terms, copier_lease,
                       head_lice_leaflet, ear_wax_leaflet, croup_guideline], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
