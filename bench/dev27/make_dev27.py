"""Render the twenty-seventh development-set documents (fictional) as PDFs into bench/dev27/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a dog
walking services agreement (walk prices by type and length, a weekly discount band, cancellation charges by
notice, hot-weather and season rules, keys, an emergency vet limit, a dog and walking-plan schedule after the
signatures), a loft insulation installation contract for a homeowner (prices by loft-area band for top-up and
full installs, extras, deposit cap, cooling-off and cancellation charges by notice, eaves gap and downlighter
covers, a transferable guarantee, a survey and quote schedule after the signatures), a tattoo studio's
booking, consent and aftercare terms (prices, deposits by booking type, a rescheduling table by notice,
age and health rules, touch-ups, copyright in designs, a booking schedule after the signature), a pressure
ulcer prevention guideline for clinicians (a risk score table with additions, risk bands with repositioning
and support surfaces, categories and reporting), a child's buccal midazolam rescue medication care plan for
school (when to give, how, when to call 999, storage, a syringe chart by age that does not change the
prescribed dose), and a diet stages leaflet after gastric sleeve or bypass surgery in question-and-answer form
(a stages table by weeks, protein and fluids, a supplements table by operation, dumping syndrome, alcohol).
Questions: bench/dev27/questions.jsonl. All names, products and numbers are invented; the clinical content
is not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev27/make_dev27.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2027, 6, 7, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 27 (fictional document)", "make_dev27.py", FIXED_DATE)


# =============================================================================
# 1. Dog walking services agreement
# =============================================================================
def dog_walking_agreement():
    d = Doc("Dog Walking Services Agreement", "Brindlewood Dog Walking Ltd",
            "Brindlewood Dog Walking Ltd, 3 Tanyard Mews, Cawley Green CG4 8RH", accent=(90, 70, 20))
    d.title_block("DOG WALKING SERVICES AGREEMENT",
                  "between Brindlewood Dog Walking Ltd, company no. 10483377 (\"Brindlewood\", \"we\", \"us\"), and "
                  "the client named in the Schedule (the \"Client\", \"you\")")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Walk\" means a walk booked under this agreement, of the length shown in clause 3. \"Group "
             "Walk\" means a Walk on which your dog is walked together with dogs from other households. \"Solo "
             "Walk\" means a Walk with only the dogs of your household. \"Walk Window\" means the 2-hour period "
             "within which the walker will collect your dog, shown in the Schedule. \"Working Day\" means Monday "
             "to Friday, except bank holidays.")
    d.clause("1.2", "\"Emergency Vet Limit\" means the amount in clause 6.3 that we may spend on veterinary "
             "treatment for your dog without first reaching you.")
    d.h1("2. Meet-and-greet and eligibility")
    d.clause("2.1", "Before the first Walk we hold a free meet-and-greet at your home lasting about 30 minutes, "
             "followed by a paid trial Solo Walk. We may decline any dog after the trial.")
    d.clause("2.2", "Dogs join Group Walks only from the age of 6 months and at least 2 weeks after completing "
             "their puppy vaccinations. Entire (unneutered) males over 12 months old are walked on Solo Walks "
             "only. A female dog in season is walked on Solo Walks only, for 3 weeks from the start of her "
             "season.")
    d.h1("3. Services and prices")
    d.clause("3.1", "Prices per Walk for one dog, including VAT:")
    d.grid(["Service", "Length", "Price per Walk"],
           [["Group Walk (local fields and woods)", "1 hour", "GBP 14.00"],
            ["Group adventure Walk (by van to the forest park)", "2 hours", "GBP 22.00"],
            ["Solo Walk", "30 minutes", "GBP 13.00"],
            ["Solo Walk", "1 hour", "GBP 19.00"],
            ["Puppy visit (toilet break, feed and play, under 6 months)", "20 minutes", "GBP 10.00"],
            ["Second dog from the same household", "Same Walk", "Add GBP 6.00 per Walk"]], [90, 30, 50])
    d.para("* Walks on Saturdays, Sundays and bank holidays cost 50% more. Walks on 25 and 26 December and 1 "
           "January cost double. The weekly discount in clause 3.2 does not apply to them.", size=8.5, style="I")
    d.clause("3.2", "A weekly discount applies to weekday Walks according to the number of Walks for your household "
             "booked in the same week (Monday to Sunday):")
    d.grid(["Walks booked in the week", "Discount on weekday Walks"],
           [["1 or 2", "No discount"],
            ["3 or 4", "5%"],
            ["5 or more", "10%"]], [70, 70])
    d.h1("4. Booking, cancellation and weather")
    d.clause("4.1", "Walks are booked through the Brindlewood app by 6 pm on the previous Working Day. Regular "
             "Walks in the Schedule are booked automatically each week until changed.")
    d.clause("4.2", "If you cancel a Walk, we charge according to how much notice you give before the start of "
             "the Walk Window:")
    d.grid(["Notice given before the Walk Window starts", "Cancellation charge"],
           [["48 hours or more", "No charge"],
            ["24 hours to less than 48 hours", "50% of the Walk price"],
            ["Less than 24 hours, or the dog is not at home when the walker calls", "Full Walk price"]],
           [100, 70])
    d.clause("4.3", "We may cancel or shorten a Walk, without charge, if the Met Office has issued an amber or red "
             "weather warning for the area, or if the temperature is forecast to be above 26 degrees C during the "
             "Walk Window. In hot weather we offer instead a shorter garden visit at the puppy visit price.")
    d.clause("4.4", "If we cancel a Walk for any other reason, the Walk is free and we will try to offer another "
             "time on the same day.")
    d.h1("5. Keys and access")
    d.clause("5.1", "Your keys are kept in a coded key safe at our office. Key tags show only a reference number, "
             "never your name or address. You must give us any alarm codes and tell us when they change.")
    d.clause("5.2", "If we lose your keys, we will pay for replacement locks and keys up to GBP 300. Keys are "
             "returned to you within 7 days after this agreement ends.")
    d.h1("6. Health, off-lead walking and emergencies")
    d.clause("6.1", "Your dog must be vaccinated (including kennel cough within the last 12 months), wormed and "
             "treated for fleas, and must wear a collar and tag. Tell us at once about any illness, injury or "
             "change in behaviour.")
    d.clause("6.2", "A dog is let off the lead only if the Schedule says so. We may keep any dog on the lead if its "
             "recall is unreliable or near livestock.")
    d.clause("6.3", "If your dog is injured or falls ill on a Walk, we will take it to your vet named in the Schedule "
             "or, if closer in an emergency, the nearest vet. We may approve treatment costing up to GBP 750 (the "
             "Emergency Vet Limit) if we cannot reach you or your emergency contact. You will repay vet costs we "
             "pay within 14 days of our invoice.")
    d.h1("7. Insurance and liability")
    d.clause("7.1", "We hold public liability insurance of GBP 5 million and care, custody and control insurance of "
             "up to GBP 3,000 per dog for dogs in our care.")
    d.clause("7.2", "We are not liable for injury caused by another person's dog in a public place unless we were "
             "negligent. You are liable for damage or injury your dog causes, unless caused by our negligence.")
    d.h1("8. Payment")
    d.clause("8.1", "We invoice on the 1st of each month, in advance, for the Walks booked that month. Invoices are "
             "payable within 7 days. A late payment fee of GBP 15 is added to invoices unpaid 14 days after the "
             "invoice date, and Walks are suspended if an invoice is unpaid 21 days after the invoice date.")
    d.clause("8.2", "We may change our prices on 30 days' notice, no more than once in any 12 months.")
    d.h1("9. Term and ending the agreement")
    d.clause("9.1", "This agreement continues until ended. You or we may end it by giving 14 days' written notice "
             "(an email is enough). Walks booked during the notice period are charged as usual.")
    d.clause("9.2", "We may end this agreement at once if your dog bites or injures a person or another dog, or if "
             "an invoice is unpaid 30 days after the invoice date.")
    d.h1("10. Photos")
    d.clause("10.1", "We send you photos from each Walk through the app. We post photos of your dog on social media "
             "only if you have ticked the box in the Schedule.")
    d.signature_block(["Signed for Brindlewood Dog Walking Ltd by Rosalind Featherby, Director",
                       "Signed by the Client, Ms Imogen Tasker"])
    d.h1("SCHEDULE - CLIENT, DOGS AND WALKING PLAN")
    d.grid(["Item", "Details"],
           [["Client", "Ms Imogen Tasker, 22 Orchard Rise, Cawley Green CG4 9DL; mobile 07700 900 318"],
            ["Emergency contact", "Mr Felix Tasker (brother), 07700 900 562"],
            ["Dog 1", "Pickle - working cocker spaniel, female, spayed, born March 2023, microchip 826098112045573"],
            ["Dog 2", "Juno - labrador retriever, female, spayed, aged 9, arthritis in both hips"],
            ["Regular Walks", "Group Walk (1 hour), Monday, Wednesday and Friday; both dogs"],
            ["Walk Window", "11:00 to 13:00"],
            ["Off-lead", "Pickle: yes, in enclosed fields only. Juno: lead only, at all times"],
            ["Vet", "Cawley Green Veterinary Centre, 01632 960 884"],
            ["Feeding and treats", "No treats for Juno (weight-control diet). Pickle may have her own treats"],
            ["Social media photos", "Yes (box ticked)"]], [40, 130], bold_first_col=True)
    return d.save("legal/dog_walking_agreement_brindlewood_tasker.pdf")


# =============================================================================
# 2. Loft insulation installation contract
# =============================================================================
def loft_insulation_contract():
    d = Doc("Loft Insulation Installation Contract", "Contract no. WC-27-4471",
            "Warmcrest Insulation Ltd, Unit 7 Foundry Park, Eldersfield EL3 2NP", accent=(170, 80, 20))
    d.title_block("HOME INSULATION CONTRACT: LOFT INSULATION",
                  "between Warmcrest Insulation Ltd (\"Warmcrest\", \"we\") and the customer named in the "
                  "Schedule (the \"Customer\", \"you\"). This is a consumer contract made at your home.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Works\" means the insulation work and extras described in the Schedule. \"Survey\" means our "
             "inspection of the loft before this contract. \"Loft Area\" means the floor area of the loft to be "
             "insulated, in square metres (m2), as measured at the Survey. \"Installation Date\" means the date "
             "in the Schedule on which the Works are to start. \"Contract Price\" means the total price in the "
             "Schedule. \"Working Day\" means Monday to Friday, except bank holidays.")
    d.clause("1.2", "\"Top-up\" means adding insulation where the loft already has 100 mm or more of insulation in "
             "good condition. \"Full Install\" means insulating a loft with less than 100 mm of existing "
             "insulation, or none.")
    d.h1("2. Prices")
    d.clause("2.1", "The price of the insulation depends on the Loft Area and on whether the Works are a Top-up or "
             "a Full Install. Quoted prices are fixed for 60 days from the Survey.")
    d.grid(["Loft Area", "Top-up", "Full Install"],
           [["Up to 40 m2", "GBP 395", "GBP 640"],
            ["41 to 60 m2", "GBP 520", "GBP 860"],
            ["61 to 80 m2", "GBP 650", "GBP 1,090"],
            ["Over 80 m2", "GBP 8.10 per m2", "GBP 13.50 per m2"]], [60, 50, 50])
    d.para("* Prices include VAT at 0% on energy-saving materials installed in homes. Lagging of pipes and the cold "
           "water tank in the loft is included at no extra cost.", size=8.5, style="I")
    d.clause("2.2", "Optional extras, if ordered in the Schedule:")
    d.grid(["Extra", "Price"],
           [["Raised loft boarding (boards on legs above the insulation)", "GBP 32 per m2"],
            ["Insulating and draught-proofing the loft hatch", "GBP 85"],
            ["Removing and disposing of old insulation", "GBP 9 per m2"],
            ["Extra ventilation (tile or soffit vents)", "GBP 45 each"]], [110, 50])
    d.h1("3. Deposit and payment")
    d.clause("3.1", "A deposit of 25% of the Contract Price, capped at GBP 300, is payable when you sign. The "
             "balance is payable within 7 days of completion of the Works, by card or bank transfer. We do not "
             "accept cash.")
    d.clause("3.2", "If you have applied for a grant towards the Works and the grant is refused after you sign, you "
             "may cancel this contract without charge within 14 days of the refusal, and your deposit is repaid "
             "in full.")
    d.h1("4. Your right to cancel")
    d.clause("4.1", "You have 14 days, starting on the day after you sign this contract, to cancel it for any "
             "reason, by telling us in writing or by email. We repay the deposit within 14 days of your "
             "cancellation.")
    d.clause("4.2", "If you ask us in writing to start the Works within the cancellation period and then cancel, you "
             "pay for the work done up to the time you tell us.")
    d.clause("4.3", "If you cancel after the cancellation period has ended, the following charges apply, according "
             "to the notice given before the Installation Date:")
    d.grid(["Notice before the Installation Date", "Charge"],
           [["14 days or more", "Deposit refunded, less a GBP 50 administration fee"],
            ["7 to 13 days", "Deposit kept"],
            ["Less than 7 days", "40% of the Contract Price (the deposit counts towards it)"]], [70, 100])
    d.h1("5. Your responsibilities")
    d.clause("5.1", "You must clear the loft of stored items at least 24 hours before the Installation Date. If you "
             "do not, we can clear it for you at GBP 60 per hour, or rearrange the date.")
    d.clause("5.2", "You must tell us before the Works of any asbestos, damp, roof leaks or bats you know about. "
             "Bats are a protected species: if bats or signs of bats are found, we will stop work in the loft "
             "and the Works will be rearranged after advice from a licensed bat worker, at no charge to you for "
             "the delay.")
    d.h1("6. How we install")
    d.clause("6.1", "We lay mineral wool insulation to a total depth of 270 mm between and across the joists.")
    d.clause("6.2", "We leave a 50 mm gap at the eaves so that air can flow and the roof space does not become "
             "damp, and we fit eaves ventilation trays where needed.")
    d.clause("6.3", "We lift electrical cables to lie on top of the insulation. Recessed ceiling lights "
             "(downlighters) below the loft are never covered: we fit a fire-rated downlighter cover over each "
             "one before insulating around it.")
    d.clause("6.4", "We photograph the loft before and after the Works and send you the photos with our "
             "completion certificate.")
    d.h1("7. Guarantee")
    d.clause("7.1", "We guarantee our workmanship for 10 years from completion. If you sell your home, the guarantee "
             "can be transferred to a new owner free of charge once, by telling us within 3 months of the sale.")
    d.clause("7.2", "If you report condensation or damp in the loft after the Works, we will inspect within 10 "
             "Working Days and put right, free of charge, any problem caused by our installation.")
    d.h1("8. Delay and liability")
    d.clause("8.1", "If we fail to start the Works within 28 days after the Installation Date for reasons within our "
             "control, you may cancel this contract and we will refund all payments in full.")
    d.clause("8.2", "We will repair any damage to your property caused by our negligence, including to ceilings. We "
             "are not responsible for cracks in old ceiling plaster caused by ordinary foot traffic in the loft "
             "on the joists, unless we were negligent.")
    d.h1("9. Complaints")
    d.clause("9.1", "We acknowledge complaints within 5 Working Days and aim to resolve them within 8 weeks. If you "
             "remain unhappy, you may refer the complaint to the Home Insulation Consumer Code's dispute service.")
    d.signature_block(["Signed for Warmcrest Insulation Ltd by Declan Morrow, Surveyor",
                       "Signed by the Customer, Mrs Bronwen Achebe"])
    d.h1("SCHEDULE - SURVEY AND QUOTATION")
    d.grid(["Item", "Details"],
           [["Customer", "Mrs Bronwen Achebe, 14 Tamsin Road, Eldersfield EL3 6QA"],
            ["Survey date", "Thursday 11 February 2027"],
            ["Loft Area", "58 m2"],
            ["Existing insulation", "About 50 mm, compressed and patchy (Full Install needed)"],
            ["Insulation", "Full Install to 270 mm: GBP 860"],
            ["Extras", "Raised loft boarding, 12 m2 around the hatch: GBP 384. Loft hatch insulation: GBP 85"],
            ["Contract Price", "GBP 1,329"],
            ["Deposit", "GBP 300 (paid by card on 11 February 2027)"],
            ["Installation Date", "Tuesday 9 March 2027"],
            ["Notes", "Two downlighters in the landing ceiling: covers needed. No signs of bats seen at Survey."]],
           [40, 130], bold_first_col=True)
    return d.save("legal/loft_insulation_contract_warmcrest_achebe.pdf")


# =============================================================================
# 3. Tattoo studio booking, consent and aftercare terms
# =============================================================================
def tattoo_studio_terms():
    d = Doc("Booking, Consent and Aftercare Terms", "Inkwell & Anchor Tattoo Studio",
            "Inkwell & Anchor Tattoo Studio, 41 Chandlery Street, Harrowden HW1 3LP", accent=(40, 40, 40))
    d.title_block("BOOKING, CONSENT AND AFTERCARE TERMS",
                  "These terms apply to every tattoo booked with Inkwell & Anchor Tattoo Studio (\"the Studio\", "
                  "\"we\"). Please read them before paying a deposit. Version 6, January 2027.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Client\" means the person to be tattooed. \"Artist\" means the tattooist who designs and "
             "carries out the tattoo. \"Design\" means the artwork drawn by the Artist for the Client. "
             "\"Session\" means a booked appointment for tattooing. \"Deposit\" means the advance payment that "
             "secures a Session. \"Touch-up\" means a short session to correct small areas where ink has not "
             "held during healing.")
    d.h1("2. Age and identification")
    d.clause("2.1", "We do not tattoo anyone under 18, even with a parent's or guardian's consent. Every Client must "
             "show photo identification (passport, driving licence or PASS card) at the start of each Session.")
    d.clause("2.2", "We will not tattoo anyone who appears to be under the influence of alcohol or drugs. Do not "
             "drink alcohol in the 24 hours before your Session.")
    d.h1("3. Prices")
    d.grid(["Work", "Price"],
           [["Minimum charge (small designs up to 5 cm)", "GBP 70"],
            ["Small designs, 5 to 8 cm", "GBP 90 to GBP 140, quoted per Design"],
            ["Larger work, charged by time", "GBP 110 per hour"],
            ["Full day Session (up to 6 hours of tattooing)", "GBP 600"],
            ["Cover-up or rework of another studio's tattoo", "Hourly rate plus 20%"]], [100, 70])
    d.para("* Drawing time is included in the price. Each Design includes two redraws; further changes cost GBP 30 "
           "each. Prices are for the work, not the time in the chair: breaks are not charged.", size=8.5, style="I")
    d.h1("4. Deposits")
    d.clause("4.1", "A Deposit is needed to book: GBP 50 for work quoted under GBP 200, GBP 100 for hourly work, and "
             "GBP 150 for a full day Session. For work over several Sessions the Deposit is taken off the price of "
             "the last Session.")
    d.clause("4.2", "Deposits are non-refundable, except under clause 5.3. A Deposit expires 6 months after it is "
             "paid if no Session has been booked with it.")
    d.h1("5. Moving or cancelling a Session")
    d.clause("5.1", "If you need to move or cancel a Session, what happens to your Deposit depends on the notice you "
             "give before the start of the Session:")
    d.grid(["Notice before the Session", "Your Deposit"],
           [["7 days or more", "Moved to a new date free of charge (once per Deposit)"],
            ["72 hours to less than 7 days", "Moved to a new date with a GBP 25 rebooking fee"],
            ["Less than 72 hours, or no-show", "Deposit lost; a new Deposit is needed to rebook"]], [70, 100])
    d.clause("5.2", "Arriving more than 30 minutes late is treated as a no-show.")
    d.clause("5.3", "If we cancel your Session, for example because your Artist is ill, you may choose to have your "
             "Deposit moved to a new date or refunded in full within 5 working days.")
    d.h1("6. Health and consent")
    d.clause("6.1", "Before each Session you must complete our consent form and tell us if you have diabetes, "
             "epilepsy, a heart condition, a bleeding disorder, take blood-thinning medicines, have a skin "
             "condition where you want the tattoo, or have a history of keloid scars. We may ask for a letter "
             "from your doctor before tattooing.")
    d.clause("6.2", "If you are pregnant or breastfeeding, we will not tattoo you. We do not tattoo over moles, "
             "broken or sunburnt skin.")
    d.clause("6.3", "By signing the consent form you confirm that you have checked the Design, its spelling and its "
             "placement, and that you understand a tattoo is permanent.")
    d.h1("7. Touch-ups")
    d.clause("7.1", "One free Touch-up is included if it is carried out within 3 months of the Session and you have "
             "followed the aftercare advice. Later Touch-ups are charged at the hourly rate, subject to the "
             "minimum charge.")
    d.clause("7.2", "Tattoos on hands, fingers, feet and lips fade quickly; Touch-ups on these areas are always "
             "charged at the minimum charge.")
    d.h1("8. Aftercare")
    d.clause("8.1", "Leave the film dressing on for 3 to 5 days if your Artist used a second-skin film, or the wrap "
             "on for 2 to 4 hours otherwise. Then wash gently with unscented soap and warm water and pat dry.")
    d.clause("8.2", "Apply a thin layer of the aftercare balm 2 or 3 times a day for 2 weeks. Do not pick or "
             "scratch scabs.")
    d.clause("8.3", "Do not swim, use a hot tub, sauna or sunbed, or sunbathe, for 2 weeks. After healing, protect "
             "the tattoo with high-factor sun cream.")
    d.clause("8.4", "Some redness and swelling in the first 48 hours is normal. If redness spreads, the area becomes "
             "hot and more painful, there is pus, or you have a fever, see your GP or call NHS 111 and tell us.")
    d.h1("9. Designs and photographs")
    d.clause("9.1", "The copyright in each Design stays with the Artist. The Client may not have the Design tattooed "
             "by anyone else, or reproduce it for sale, without the Artist's written permission.")
    d.clause("9.2", "We may photograph your tattoo and use the photos in our portfolio and on social media, unless "
             "you opt out on the consent form.")
    d.h1("10. Refunds and complaints")
    d.clause("10.1", "Because every tattoo is made to order, we do not give refunds for completed work. This does "
             "not affect your statutory rights if the work was not done with reasonable care and skill.")
    d.clause("10.2", "Please raise any concern about your tattoo within 14 days of the Session, with photos, so "
             "that your Artist can review it.")
    d.h1("11. In the Studio")
    d.clause("11.1", "You may bring one adult guest. Children and pets are not allowed in the tattooing area.")
    d.signature_block(["Client acknowledgement: I have read and accept these terms. Name: Ms Tamsin Oduro-Reyes"])
    d.add_page()
    d.h1("SCHEDULE - BOOKING CONFIRMATION")
    d.grid(["Item", "Details"],
           [["Client", "Ms Tamsin Oduro-Reyes (ID checked: UK driving licence)"],
            ["Artist", "Kit Varga"],
            ["Design", "Fine-line botanical half sleeve, left forearm (foxgloves and ferns)"],
            ["Sessions", "2 full day Sessions: Wednesday 14 April 2027 and Wednesday 12 May 2027, from 10:00"],
            ["Quoted price", "GBP 1,200 (2 x GBP 600)"],
            ["Deposit paid", "GBP 150 on 3 March 2027, to be taken off the second Session"],
            ["Photographs", "Client has not opted out"]], [40, 130], bold_first_col=True)
    return d.save("legal/tattoo_studio_terms_inkwell_anchor.pdf")


# =============================================================================
# 4. Pressure ulcer prevention guideline
# =============================================================================
def pressure_ulcer_guideline():
    d = Doc("Pressure Ulcer Prevention and Management (Adults)", "Guideline TV-03, v5",
            "Heskethmoor Hospitals and Community NHS Trust - Tissue Viability Service", accent=(150, 30, 30),
            body_size=9.5)
    d.title_block("PRESSURE ULCER PREVENTION AND MANAGEMENT IN ADULTS",
                  "For nurses, therapists and medical staff in hospital wards and community nursing teams. "
                  "Approved March 2027. Review date: March 2030.", size=14)
    d.h1("1. Scope")
    d.clause("1.1", "This guideline applies to adults (18 years and over) in hospital and on community nursing "
             "caseloads. Children and neonates are covered by the paediatric skin integrity guideline.")
    d.h1("2. Risk assessment")
    d.clause("2.1", "Assess every adult using the Heskethmoor Pressure Risk Score (HPRS) within 6 hours of admission "
             "to a ward, or at the first community nursing visit. Reassess weekly, after any change in condition, "
             "after surgery or a procedure under sedation, and on transfer between wards.")
    d.clause("2.2", "Score each of the five factors from 0 to 3, then add any additions below.")
    d.grid(["Factor", "0", "1", "2", "3"],
           [["Mobility", "Fully mobile", "Walks with help", "Chairfast", "Bedfast"],
            ["Continence", "Continent or catheterised", "Occasional incontinence",
             "Urinary or faecal incontinence", "Double incontinence"],
            ["Nutrition (MUST score)", "0", "1", "2 or more", "Nil by mouth over 48 hours"],
            ["Skin at pressure areas", "Healthy", "Dry, thin or swollen", "Non-blanching redness",
             "Broken skin or existing ulcer"],
            ["Sensation and alertness", "Alert, normal sensation", "Reduced sensation (e.g. neuropathy)",
             "Sedated or confused", "Unconscious or spinal cord injury"]], [36, 30, 34, 36, 34], size=8.5)
    d.grid(["Addition", "Points"],
           [["Aged 75 or over", "Add 2"],
            ["Body mass index below 18.5", "Add 2"],
            ["Surgery lasting more than 3 hours, in the last 48 hours", "Add 3"]], [110, 30], size=8.5)
    d.h1("3. Risk bands and prevention")
    d.clause("3.1", "Use the total HPRS to set the care plan. All patients at Medium risk or above need a documented "
             "SSKIN care plan (Surface, Skin inspection, Keep moving, Incontinence, Nutrition).")
    d.grid(["Total HPRS", "Risk", "Repositioning", "Support surface", "Skin inspection"],
           [["0 to 4", "Low", "Encourage self-movement", "High-specification foam mattress", "Daily"],
            ["5 to 9", "Medium", "Every 4 hours", "High-specification foam mattress and seat cushion",
             "Twice a day"],
            ["10 to 14", "High", "Every 2 to 3 hours", "Hybrid mattress (foam with air cells)",
             "At every repositioning"],
            ["15 or more", "Very high", "Every 2 hours, day and night", "Dynamic alternating-air mattress",
             "At every repositioning"]], [24, 22, 38, 52, 34], size=8.5)
    d.para("* A patient at High or Very high risk should sit out in a chair for no more than 2 hours at a time, on a "
           "pressure-redistributing cushion. Use a 30-degree tilt when repositioning in bed.", size=8.5, style="I")
    d.clause("3.2", "Heels: for patients at High or Very high risk, offload the heels completely, with a pillow "
             "under the calves or heel-offloading boots. Do not massage or rub reddened skin.")
    d.clause("3.3", "Devices: check the skin under oxygen masks and tubing, nasogastric tubes, splints, catheters and "
             "anti-embolism stockings at least twice a day.")
    d.clause("3.4", "Incontinence: clean the skin with a pH-balanced cleanser after each episode and apply a barrier "
             "film. Moisture-associated skin damage is not a pressure ulcer and is recorded separately.")
    d.h1("4. Nutrition and hydration")
    d.clause("4.1", "Screen with MUST on admission. Refer to the dietitian within 48 hours if the MUST score is 2 or "
             "more, or if the patient has a Category 3 or 4 pressure ulcer. Offer oral nutritional supplements "
             "while waiting and keep a food and fluid chart.")
    d.h1("5. Categorising pressure ulcers")
    d.grid(["Category", "Description", "Action"],
           [["Category 1", "Intact skin with non-blanching redness", "Remove pressure from the area; increase "
             "repositioning; recheck the skin within 2 hours"],
            ["Category 2", "Partial-thickness skin loss: a shallow open ulcer or an intact or broken blister",
             "Hydrocolloid or foam dressing; refer to tissue viability if not improving after 7 days"],
            ["Category 3", "Full-thickness skin loss; fat may be visible, but not bone, tendon or muscle",
             "Refer to tissue viability within 24 hours; dietitian referral"],
            ["Category 4", "Full-thickness tissue loss with exposed bone, tendon or muscle",
             "Tissue viability review the same day; consider a safeguarding referral"],
            ["Unstageable", "Base of the ulcer covered by slough or eschar", "Manage as Category 3 or 4; do not "
             "remove dry stable eschar on heels"],
            ["Deep tissue injury", "Intact purple or maroon skin, or a blood-filled blister",
             "Offload completely; reassess daily"]], [30, 70, 70], size=8.5)
    d.para("* Healing ulcers are never reverse-staged: a Category 3 ulcer that is healing is recorded as a "
           "\"healing Category 3\" until it has closed.", size=8.5, style="I")
    d.h1("6. Reporting and review")
    d.clause("6.1", "Report every pressure ulcer of Category 2 and above, unstageable ulcers and deep tissue "
             "injuries on the incident system (Datix) within 24 hours of finding them.")
    d.clause("6.2", "Hold an after-action review within 72 hours for any Category 3, Category 4 or unstageable ulcer "
             "that developed in our care. Photograph ulcers, with consent, on identification and weekly, and "
             "measure length, width and depth at each photograph.")
    d.h1("7. Equipment")
    d.clause("7.1", "Order mattresses and cushions from the equipment library. A dynamic mattress is delivered within "
             "4 hours to hospital wards and within 24 hours to patients at home. Until it arrives, reposition at "
             "least every 2 hours.")
    d.clause("7.2", "Check every foam mattress weekly for bottoming out (a hand pressed through the mattress "
             "feels the base) and replace it if it fails.")
    d.h1("8. Patients who decline care")
    d.clause("8.1", "If a patient with capacity declines repositioning or equipment, explain the risks, offer "
             "alternatives, give the patient leaflet \"Your skin matters\", and record the discussion. If capacity "
             "is in doubt, assess it and act in the patient's best interests.")
    return d.save("medical/pressure_ulcer_guideline_heskethmoor.pdf")


# =============================================================================
# 5. Buccal midazolam rescue medication care plan (school)
# =============================================================================
def midazolam_care_plan():
    d = Doc("Emergency Rescue Medication Care Plan - Buccal Midazolam", "Paediatric Epilepsy Service",
            "Thornleigh Children's Hospital - Paediatric Epilepsy Service", accent=(20, 90, 140))
    d.title_block("EMERGENCY RESCUE MEDICATION CARE PLAN: BUCCAL MIDAZOLAM",
                  "For use at home, at school and on school trips. Keep a copy with the medicine.")
    d.grid(["Item", "Details"],
           [["Name", "Eliot Farrant-Mbeki"],
            ["Date of birth", "18/06/2017"],
            ["School", "St Aldhelm's Primary School, Year 5"],
            ["Diagnosis", "Focal epilepsy; seizures may spread to a tonic-clonic seizure"],
            ["Regular medicine", "Levetiracetam 500 mg twice a day, given at home (8 am and 8 pm)"],
            ["Rescue medicine", "Buccal midazolam 7.5 mg (Oromidaz 7.5 mg pre-filled oral syringe, 1.5 ml)"],
            ["Prescriber", "Dr Sunita Keane, Consultant Paediatric Neurologist"],
            ["Plan date / review", "11 January 2027 / review by January 2028"]], [45, 125], bold_first_col=True)
    d.h1("1. Eliot's usual seizures")
    d.para("Eliot's seizures usually start with staring, lip-smacking and jerking of his right arm. He may not "
           "answer you. Sometimes this spreads to a tonic-clonic seizure: his body goes stiff, then his arms and "
           "legs jerk, his lips may look blue, and he may wet himself. His tonic-clonic seizures usually last 1 to "
           "3 minutes. Afterwards he is sleepy and muddled for up to 2 hours. Known triggers: lack of sleep, a "
           "high temperature and missed doses of his regular medicine.")
    d.h1("2. When to give midazolam")
    d.bullets(["If a tonic-clonic seizure has lasted 5 minutes (timed from when it started), give midazolam.",
               "If Eliot has 3 or more seizures within 1 hour without fully coming round in between, give "
               "midazolam when the third one starts.",
               "Do not give midazolam for a focal seizure in which Eliot stays aware, or for a seizure that has "
               "already stopped."])
    d.h1("3. How to give midazolam")
    d.bullets(["Note the time. Check the name and dose on the syringe label and the expiry date.",
               "Take the cap off the syringe. Put the tip inside Eliot's mouth, between the lower gum and the cheek.",
               "Slowly squeeze the liquid in over a few seconds, giving about half into each cheek. Do not put "
               "the syringe between his teeth or try to open his mouth if it is clenched: give it into the cheek "
               "from the side.",
               "Stay with him, keep him safe from injury and time the seizure."])
    d.h1("4. After giving midazolam")
    d.clause("4.1", "Call 999 if the seizure has not stopped 10 minutes after midazolam was given. Also call 999 at "
             "once if his breathing is very slow or noisy, his lips stay blue after the jerking stops, he is "
             "injured, or the seizure happened in water.")
    d.clause("4.2", "Do not give a second dose of midazolam. No more than one dose may be given by parents or "
             "school staff in 24 hours; only paramedics or hospital staff may give more.")
    d.clause("4.3", "When the jerking stops, put Eliot in the recovery position. Midazolam can make breathing "
             "slower and cause deep sleep: an adult must stay with him and check his breathing every 15 minutes "
             "for at least 4 hours.")
    d.clause("4.4", "After midazolam, Eliot must not swim, bath alone, cycle or climb for 24 hours.")
    d.clause("4.5", "Always phone a parent as soon as possible after giving midazolam. Record the time of the "
             "seizure, the time of the dose and what happened on the seizure record sheet.")
    d.h1("5. Dose and the syringe chart")
    d.para("Oromidaz syringes come in four strengths, with coloured labels. The manufacturer's chart shows the usual "
           "strength by age:")
    d.grid(["Age", "Syringe strength", "Volume", "Label colour"],
           [["3 months to under 1 year", "2.5 mg", "0.5 ml", "Yellow"],
            ["1 year to under 5 years", "5 mg", "1 ml", "Blue"],
            ["5 years to under 10 years", "7.5 mg", "1.5 ml", "Purple"],
            ["10 years to under 18 years", "10 mg", "2 ml", "Orange"]], [60, 35, 25, 30])
    d.para("Eliot's dose is the one written at the top of this plan. Do not change the dose when Eliot has a "
           "birthday or moves into a new row of the chart. Only his consultant can change the dose, by issuing a "
           "new plan.", style="B")
    d.h1("6. Storage, supplies and trips")
    d.clause("6.1", "School keeps 2 syringes, in a labelled box in the school office that is not locked away, so "
             "that a trained adult can reach them quickly. Store below 25 degrees C. Do not refrigerate or freeze.")
    d.clause("6.2", "Parents replace a used syringe within 2 school days. The school checks expiry dates on the first "
             "school day of each month.")
    d.clause("6.3", "On trips and swimming lessons, a trained adult carries one syringe and a copy of this plan and "
             "stays with Eliot's group.")
    d.h1("7. Training")
    d.clause("7.1", "Midazolam may be given only by staff trained by the epilepsy nurse team. Training is refreshed "
             "every 12 months. Trained staff in 2027: Mrs Okonjo (class teacher), Mr Pryce (teaching assistant) "
             "and Ms Delaney (school office).")
    d.h1("8. Contacts")
    d.grid(["Contact", "Telephone"],
           [["Ms Dana Farrant (mother)", "07700 900 144"],
            ["Mr Kofi Mbeki (father)", "07700 900 781"],
            ["Epilepsy nurse team, Thornleigh (Mon-Fri 9 am to 5 pm)", "01632 960 337"]], [110, 60])
    d.signature_block(["Parent: Ms Dana Farrant", "Consultant: Dr Sunita Keane",
                       "Head teacher: Mrs Alison Greaves, St Aldhelm's Primary School"])
    d.h1("SEIZURE RECORD SHEET")
    d.grid(["Date", "Time seizure started", "Time midazolam given", "Time seizure stopped", "999 called?",
            "Signed"], [["", "", "", "", "", ""], ["", "", "", "", "", ""], ["", "", "", "", "", ""]],
           [24, 30, 30, 30, 26, 30])
    return d.save("medical/midazolam_care_plan_farrant_mbeki.pdf")


# =============================================================================
# 6. Diet stages leaflet after bariatric surgery (question-and-answer)
# =============================================================================
def bariatric_diet_leaflet():
    d = Doc("Eating after weight-loss surgery - your diet stages", "Leaflet BAR-06",
            "Marrowgate University Hospital - Bariatric Surgery and Dietetics", accent=(20, 110, 70),
            body_size=10)
    d.title_block("Eating after weight-loss surgery: your diet stages",
                  "For patients who have had a gastric sleeve or a gastric bypass. Please bring this leaflet to "
                  "your dietitian appointments.")

    def qa(q, a):
        d.h2(q)
        d.para(a)

    qa("Why do I need to follow diet stages?",
       "After surgery your stomach is much smaller and the new joins and staple lines need time to heal. Moving "
       "slowly from fluids to normal textures protects them, helps you learn how much you can eat, and makes "
       "sickness and food getting stuck less likely.")
    qa("What are the stages and when do I move on?",
       "Move to the next stage only if you are managing the current one without sickness or pain. Count the weeks "
       "from the day of your operation.")
    d.grid(["Stage", "When", "Texture", "Examples", "Amount at a time"],
           [["1. Fluids", "Weeks 1 and 2", "Smooth, runny fluids with no lumps",
             "Milk, protein shakes, smooth soup, sugar-free jelly", "100 to 150 ml, sipped over 20 minutes"],
            ["2. Puree", "Weeks 3 and 4", "Smooth, like thick yoghurt",
             "Blended fish, mince or lentils, Greek yoghurt", "3 to 4 tablespoons"],
            ["3. Soft", "Weeks 5 to 8", "Soft, easily mashed with a fork",
             "Flaked fish, scrambled egg, tinned fruit", "A side plate (about 18 cm)"],
            ["4. Healthy eating", "From week 9", "Normal textures, chewed well",
             "Lean meat, eggs, vegetables, wholegrains", "A side plate, 3 small meals a day"]],
           [24, 26, 38, 48, 34], size=8.5)
    qa("How much protein do I need?",
       "Aim for at least 60 g of protein a day. Eat the protein part of each meal first. In stages 1 and 2, most "
       "people need 2 protein shakes a day to reach this.")
    qa("How much should I drink, and when?",
       "Wait 30 minutes after a meal before drinking, and do not drink in the 30 minutes before a meal, so that "
       "there is room for food. Drink at least 1.5 litres of fluid a day, in small sips. Avoid fizzy drinks for at least 3 months, "
       "as they can stretch your stomach and cause pain.")
    qa("How should I eat?",
       "Take 20 minutes over each meal, use a teaspoon or a small fork, chew each mouthful at least 20 times, and "
       "stop as soon as you feel full. Do not eat and graze between meals.")
    qa("Which vitamins and minerals will I need?",
       "Your new stomach absorbs less of some vitamins and minerals. You will need to take supplements every day "
       "for the rest of your life, even when you are eating normally again.")
    d.grid(["Supplement", "Gastric sleeve", "Gastric bypass"],
           [["Complete multivitamin and mineral (A to Z), chewable at first", "1 tablet daily", "2 tablets daily"],
            ["Calcium with vitamin D", "1 tablet twice a day", "1 tablet twice a day"],
            ["Vitamin B12 injection (at your GP practice)", "Every 3 months", "Every 3 months"],
            ["Iron (ferrous fumarate 210 mg)", "Only if you have periods", "One tablet a day"]],
           [80, 45, 45], size=9)
    d.para("Take calcium at least 2 hours apart from iron, as they stop each other being absorbed.", size=9,
           style="I")
    qa("What is dumping syndrome?",
       "Dumping syndrome is most common after a gastric bypass. Sugary or fatty food passes into the bowel too "
       "quickly. Early dumping happens within 30 minutes of eating: a fast heartbeat, sweating, feeling faint, "
       "stomach cramps or diarrhoea. Late dumping happens 1 to 3 hours after eating, when your blood sugar drops: "
       "you may feel shaky, sweaty and hungry. Avoid sugary foods and drinks, and choose foods with less than 5 g "
       "of sugar per 100 g.")
    qa("Can I drink alcohol?",
       "Do not drink alcohol for at least 6 months after your operation. After surgery alcohol is absorbed more "
       "quickly, so you will feel its effects sooner and from much less, and it is high in calories.")
    qa("What about my medicines?",
       "For the first 6 weeks, take tablets crushed, soluble or as a liquid if they are bigger than a pea; ask "
       "your pharmacist first, as some tablets must not be crushed. After a gastric bypass, never take "
       "anti-inflammatory painkillers such as ibuprofen or naproxen, as they can cause ulcers: use paracetamol.")
    qa("What if food gets stuck or I am sick?",
       "Stop eating, sip water, and go back to the previous stage for a day or two. Contact the bariatric team if "
       "you are sick more than twice in a day, or cannot keep fluids down for more than 24 hours. Go to A&E if "
       "you have severe stomach or shoulder-tip pain, a heart rate over 120 beats a minute, or a high "
       "temperature.")
    qa("Pregnancy",
       "Avoid becoming pregnant for 18 months after surgery, while your weight is changing quickly. After a "
       "bypass the contraceptive pill may not be absorbed reliably: ask about other methods.")
    qa("What follow-up will I have?",
       "You will see the dietitian at 2 weeks, 6 weeks, 3 months, 6 months and 12 months after surgery. After "
       "2 years your GP takes over, with blood tests for vitamins and minerals every year.")
    d.para("Bariatric nurse line (Mon-Fri 08:00-16:00): 01632 960 578. Out of hours: surgical ward 14, 01632 960 "
           "600.", size=9.5, style="B")
    return d.save("medical/bariatric_diet_stages_marrowgate.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([dog_walking_agreement, loft_insulation_contract, tattoo_studio_terms,
                       pressure_ulcer_guideline, midazolam_care_plan, bariatric_diet_leaflet], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
