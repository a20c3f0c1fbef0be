"""Render the thirty-fourth development-set documents (fictional) as PDFs into bench/dev34/docs/.

A clean validation set, written blind to the answering method, of kinds the other sets do not have: a town
council's beach hut licence (a fee table by licence type and promenade zone with a footnote, a residents'
discount, instalments, overnight and stove rules, subletting, a transfer fee table by sale price, winter
removal in one zone, hut sizes, insurance, a surrender refund table; the licence particulars and approved
colours in schedules after the signatures), a filming location agreement between a production company and
the owners of a farmhouse (permitted and excluded areas, a location fee table with overtime and a footnote,
weather days, a cancellation fee table by notice, crew and vehicle limits, generators, reinstatement,
hotel accommodation on a night shoot, confidentiality; a dates-and-fees schedule after the signatures), a
mobility scooter and wheelchair hire firm's terms (user ages and eyesight, a charge table by equipment and
hire length with weight limits, deposits, delivery distances, charging and range, the beach and passengers,
a damage waiver and its exclusions, call-outs, late return, cancellation), an urgent treatment centre's
tetanus-prone wound guideline for clinicians (immunisation history, a wound category table, an immunisation
and immunoglobulin table by status and wound split over the page break, vaccine products by age and
pregnancy, immunoglobulin dose and supply, wound care, clinical tetanus, follow-up doses), a febrile seizure
leaflet for parents in question-and-answer form (simple and complex seizures, first aid, when to call 999, a
recurrence table by number of risk factors, fever medicine doses by age, epilepsy, vaccines, nursery), and a
GP practice's home blood pressure monitoring guide (monitors and loans, a cuff size table by arm
circumference, how to measure, a schedule table, a table of what the average means with the higher-row rule,
targets by age, when to get help, a record sheet).
Questions: bench/dev34/questions.jsonl. All names, products and numbers are invented; the clinical content is
not advice.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/dev34/make_dev34.py [--check]
(--check: also verify that each question's key facts are on its gold page.)
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2028, 11, 6, 9, 0, 0, tzinfo=datetime.timezone.utc)

sys.path.insert(0, os.path.join(HERE, "..", "blind"))  # one renderer for all the sets
from make_blind import key_facts_problems, render_set, set_doc  # noqa: E402

# the blind set's A4 document (running header and footer, clauses, tables) with this set's metadata;
# OUT is read at save time, so tests can render elsewhere
Doc = set_doc(lambda: OUT, "Development set 34 (fictional document)", "make_dev34.py", FIXED_DATE)


# =============================================================================
# 1. Beach hut licence
# =============================================================================
def beach_hut_licence():
    d = Doc("Saltcombe Bay Town Council - Beach Hut Licence 2029/30", "Licence BH-2029 | Hut EC-27",
            "Saltcombe Bay Town Council, The Guildhall, Fore Street, Saltcombe Bay", font="Times",
            accent=(0, 80, 120), body_size=9.5)
    d.title_block("BEACH HUT LICENCE",
                  "Licence to occupy a beach hut or beach hut plot on the Saltcombe Bay foreshore for the Licence "
                  "Year 1 April 2029 to 31 March 2030. This is a licence, not a tenancy: it gives the Licensee no "
                  "security of tenure.")
    d.para("THIS LICENCE is made between (1) SALTCOMBE BAY TOWN COUNCIL of The Guildhall, Fore Street, "
           "Saltcombe Bay SB3 7AA (the \"Council\") and (2) the person named as Licensee in Schedule 1 (the "
           "\"Licensee\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Hut\" means a council-owned beach hut, or a privately owned hut placed on a Plot under a "
             "Plot Licence. \"Plot\" means a numbered pitch on the promenade on which a Hut stands. \"Hut "
             "Licence\" means a licence of a council-owned Hut; \"Plot Licence\" means a licence of a Plot only, "
             "for the Licensee's own Hut.")
    d.clause("1.2", "\"Licence Year\" means 1 April to the following 31 March. \"Season\" means 1 April to 31 "
             "October. \"Winter Period\" means 1 November to 31 March.")
    d.clause("1.3", "\"Nominated User\" means a person named by the Licensee in Schedule 1 who may use the Hut "
             "without the Licensee being present. \"Zone\" means one of the three promenade zones in clause 2.")
    d.h1("2. Licence fees")
    d.clause("2.1", "The fees for the Licence Year are set out below. Fees include VAT.")
    d.grid(["Licence type", "Zone A - Eastcliff Promenade", "Zone B - Harbour Steps", "Zone C - Westdown Sands"],
           [["Hut Licence (council-owned Hut)", "GBP 1,380", "GBP 1,115", "GBP 890"],
            ["Plot Licence, standard Plot (Hut up to 2.4 m wide)", "GBP 640", "GBP 525", "GBP 410"],
            ["Plot Licence, double Plot (Hut up to 4.8 m wide)", "GBP 1,090", "GBP 895", "GBP 700"],
            ["Winter storage of a private Hut (clause 6.2)", "Not available", "Not available", "GBP 95"]],
           [64, 38, 36, 36])
    d.para("* Zone A Huts have an electricity supply (a single 13 amp socket, metered and charged separately at "
           "the Council's published rate). Zones B and C have no electricity. No Hut has a water supply; "
           "standpipes are provided beside the Harbour Steps and Westdown Sands toilets.", size=8.5, style="I")
    d.clause("2.2", "A Licensee whose main home is in the parish of Saltcombe Bay and who pays council tax there "
             "receives a residents' discount of 15% on a Hut Licence fee. The residents' discount does not apply "
             "to Plot Licences or to winter storage.")
    d.clause("2.3", "Fees are reviewed each year. The Council will publish the next Licence Year's fees by 31 "
             "January.")
    d.h1("3. Payment")
    d.clause("3.1", "The fee is payable in full by 1 March before the Licence Year begins. Alternatively the "
             "Licensee may pay by direct debit in three equal instalments on 1 March, 1 June and 1 September; an "
             "administration charge of GBP 25 is added to the first instalment.")
    d.clause("3.2", "If any payment is more than 14 days late, the Council will send a reminder. If it is still "
             "unpaid 28 days after the reminder, the Council may end this Licence by notice and clause 10.3 "
             "applies.")
    d.h1("4. Use of the Hut")
    d.clause("4.1", "The Hut may be used only for daytime leisure: changing, storing beach equipment and sitting "
             "out. It must not be used for any business, or as a shop, kiosk or studio.")
    d.clause("4.2", "No person may sleep in the Hut, or stay in it between 11 pm and 6 am.")
    d.clause("4.3", "Barbecues, open fires and candles are not allowed in, or within 3 metres of, any Hut. One "
             "portable camping stove, with a gas cartridge of no more than 450 g, may be used outside the Hut for "
             "boiling water or light cooking, and must never be left lit and unattended. Gas cylinders and fuel "
             "cans must not be stored in the Hut.")
    d.clause("4.4", "When the Hut is not in use, the Licensee must keep the area 1 metre in front of it clear of "
             "windbreaks, furniture and equipment, so that the promenade stays open for emergency vehicles.")
    d.clause("4.5", "Under the Saltcombe Bay Dog Control Order dogs are not allowed on Eastcliff beach from 1 May "
             "to 30 September. During those dates a dog may be kept at a Zone A Hut only on a lead, and must not "
             "be taken onto the sand.")
    d.h1("5. Subletting, sharing and transfer")
    d.clause("5.1", "This Licence is personal to the Licensee. The Licensee must not sublet, lend or hire out the "
             "Hut for payment, or advertise it for hire. The Licensee may name up to 2 Nominated Users in "
             "Schedule 1; each later change of Nominated User costs GBP 15.")
    d.clause("5.2", "On the death of the Licensee, the Licence may be transferred free of charge to a spouse, "
             "civil partner or Nominated User who applies within 3 months.")
    d.clause("5.3", "A Plot Licensee who sells their private Hut may ask the Council to grant a Plot Licence to "
             "the buyer, who must not already hold a Licence. The Council charges the seller a transfer fee based "
             "on the sale price of the Hut:")
    d.grid(["Sale price of the Hut", "Transfer fee payable by the seller"],
           [["Up to GBP 10,000", "GBP 400"],
            ["GBP 10,001 to GBP 25,000", "GBP 750"],
            ["Over GBP 25,000", "GBP 1,250"]], [80, 80])
    d.clause("5.4", "Council-owned Huts cannot be sold or transferred except under clause 5.2. New Hut Licences "
             "are offered from the waiting list in clause 9.")
    d.h1("6. Winter")
    d.clause("6.1", "Zone A and Zone B Huts may stay in place during the Winter Period and may be used in daylight "
             "hours. The Council may close the promenade in storms and does not refund fees for closures.")
    d.clause("6.2", "Westdown Sands (Zone C) lies below the winter high tide line. Private Huts in Zone C must be "
             "removed from the Plot by 31 October and must not be returned before 1 April. The Licensee may "
             "remove the Hut themselves or pay the Council GBP 95 to move it to the winter storage compound and "
             "back. Council-owned Huts in Zone C are moved by the Council at no charge.")
    d.h1("7. Maintenance and appearance")
    d.clause("7.1", "The Licensee must keep the Hut clean, secure and in good repair, and must repaint the outside "
             "of a private Hut at least every 3 years in one of the colours listed in Schedule 2. The Council "
             "repaints council-owned Huts.")
    d.clause("7.2", "A private Hut must be no larger than 2.4 m wide, 2.1 m deep and 2.7 m high on a standard "
             "Plot (4.8 m wide on a double Plot) and must stand on the Council's concrete base. No extension, "
             "veranda, solar panel, aerial or satellite dish may be added without the Council's written consent.")
    d.h1("8. Insurance and liability")
    d.clause("8.1", "The Council insures the structure of council-owned Huts. It does not insure the contents of "
             "any Hut and is not liable for theft of, or storm damage to, contents.")
    d.clause("8.2", "A Plot Licensee must insure their own Hut and hold public liability insurance of at least "
             "GBP 2 million, and must show the certificate to the Council by 1 April each year. A Hut Licensee is "
             "covered by the Council's public liability insurance.")
    d.h1("9. Waiting list")
    d.clause("9.1", "New Hut Licences are offered in order from the Council's waiting list for each Zone. A place "
             "on the waiting list costs GBP 20 a year.")
    d.clause("9.2", "A person who turns down two offers is moved to the bottom of the list. Only one Licence may "
             "be held per household.")
    d.h1("10. Ending the Licence")
    d.clause("10.1", "This Licence ends on 31 March 2030. The Council will offer a renewal if the Licensee has kept "
             "to its terms.")
    d.clause("10.2", "The Licensee may surrender the Licence at any time by giving one month's written notice. The "
             "refund depends on when the surrender takes effect:")
    d.grid(["Surrender takes effect", "Refund of the fee paid"],
           [["Before 1 April (before the Licence Year begins)", "Full refund, less GBP 50"],
            ["1 April to 30 June", "50% of the fee"],
            ["1 July to 31 October", "20% of the fee"],
            ["After 31 October", "No refund"]], [90, 70])
    d.clause("10.3", "The Council may end the Licence by 28 days' written notice if the Licensee seriously or "
             "repeatedly breaks its terms (including clauses 4.2 and 5.1). No refund is given.")
    d.clause("10.4", "At the end of a Plot Licence the Licensee must remove their Hut within 28 days. A Hut left "
             "after that time may be removed and disposed of by the Council and the cost recovered from the "
             "Licensee.")
    d.signature_block(["Signed for Saltcombe Bay Town Council by Gwenllian Arscott, Town Clerk",
                       "Signed by the Licensee, Mrs Imogen Treloar-Vasquez"])
    d.h1("SCHEDULE 1 - LICENCE PARTICULARS")
    d.grid(["Item", "Particulars"],
           [["Licensee", "Mrs Imogen Treloar-Vasquez, 14 Ropewalk Terrace, Saltcombe Bay SB3 7QD"],
            ["Hut", "EC-27, Eastcliff Promenade (Zone A), council-owned"],
            ["Licence type", "Hut Licence"],
            ["Fee (clause 2.1)", "GBP 1,380.00"],
            ["Residents' discount (15%)", "GBP 207.00"],
            ["Fee payable", "GBP 1,173.00"],
            ["Payment", "Direct debit, three instalments of GBP 391.00 (first instalment GBP 416.00, including "
                        "the GBP 25 administration charge)"],
            ["Nominated Users", "Mr Rafael Vasquez; Miss Tamsin Treloar"],
            ["Keys", "2 keys issued; a replacement key costs GBP 12"]], [50, 120], bold_first_col=True)
    d.h1("SCHEDULE 2 - APPROVED COLOURS FOR PRIVATE HUTS")
    d.para("Harbour Blue, Gull White, Samphire Green, Lobster Red, Sand Yellow and Slate Grey. The door and window "
           "frames may be painted in a second approved colour. Striped designs are allowed in Zone C only. "
           "Council-owned Huts are painted Gull White with Harbour Blue doors.")
    return d.save("legal/beach_hut_licence_saltcombe_treloar.pdf")


# =============================================================================
# 2. Filming location agreement
# =============================================================================
def location_agreement():
    d = Doc("Location Agreement - Northlight Pictures / Bramblecote Farmhouse",
            "Production: THE SALTMARSH LEDGER (Series 2)",
            "Northlight Pictures Ltd - Location Agreement LA-SML2-014", accent=(90, 30, 30), body_size=9.5)
    d.title_block("LOCATION AGREEMENT",
                  "for filming at Bramblecote Farmhouse, Hensley Lane, Wickhampton WK6 2RP")
    d.para("THIS AGREEMENT is dated 12 January 2029 and is made between:")
    d.clause("(1)", "NORTHLIGHT PICTURES LIMITED (company number 11847205), whose registered office is at 3rd "
             "Floor, 22 Carvell Street, London EC2A 4LT (the \"Production Company\"); and")
    d.clause("(2)", "DR CHIDI OKAFOR and MS HANNE LINDQVIST, both of Bramblecote Farmhouse, Hensley Lane, "
             "Wickhampton WK6 2RP (together the \"Owners\").")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Property\" means Bramblecote Farmhouse with its gardens, driveway and the paddock to the "
             "east of the house. \"Permitted Areas\" means the kitchen, sitting room and entrance hall of the "
             "house, the front garden, the driveway and the paddock (as Unit Base only). \"Excluded Areas\" means "
             "all other parts of the Property, including the first floor, the barn and the rear garden.")
    d.clause("1.2", "\"Recce\" means a visit to plan filming. \"Prep Day\" means a day of set dressing, rigging or "
             "other preparation with no filming. \"Shoot Day\" means a day on which filming takes place between "
             "07:00 and 19:00. \"Night Shoot\" means filming between 18:00 and 06:00. \"Strike Day\" means a day of "
             "clearing and reinstatement after filming. \"Unit Base\" means the area where the Production Company "
             "parks its trucks, catering and welfare vehicles.")
    d.clause("1.3", "\"Production\" means the television drama series currently entitled \"The Saltmarsh Ledger\" "
             "(Series 2). \"Working Day\" means Monday to Friday other than a bank holiday in England.")
    d.h1("2. Permission")
    d.clause("2.1", "The Owners give the Production Company, its cast, crew and contractors permission to enter the "
             "Permitted Areas on the dates in the Schedule for Recces, Prep Days, Shoot Days, Night Shoots and "
             "Strike Days, and to photograph and record the Property.")
    d.clause("2.2", "The Production Company may depict the Property as any fictional place and may use the "
             "recordings in the Production, its trailers and publicity, in all media throughout the world, in "
             "perpetuity. It will not reveal the address of the Property or the Owners' names.")
    d.clause("2.3", "The Owners are not entitled to an on-screen credit. The Production Company may, at its "
             "discretion, thank the Owners in the end credits of the series.")
    d.h1("3. Location fees")
    d.clause("3.1", "The Production Company will pay the following fees. The Owners are not registered for VAT, "
             "so no VAT is added.")
    d.grid(["Day or visit", "Hours included", "Fee"],
           [["Recce (up to 2 visits)", "Up to 3 hours each", "No fee"],
            ["Prep Day", "08:00 to 18:00", "GBP 450 per day"],
            ["Shoot Day", "07:00 to 19:00", "GBP 1,200 per day"],
            ["Night Shoot", "18:00 to 06:00", "GBP 1,650 per night"],
            ["Strike Day", "08:00 to 18:00", "GBP 450 per day"],
            ["Unit Base in the paddock *", "Whole day", "GBP 150 per day"],
            ["Overtime beyond the hours above", "Per hour or part of an hour",
             "GBP 120 per hour; GBP 175 per hour between 22:00 and 07:00"]], [62, 50, 58])
    d.para("* The Unit Base fee is payable for every day on which vehicles are parked in the paddock, including "
           "Prep Days and Strike Days. A third Recce, or a Recce lasting longer than 3 hours, is charged at GBP "
           "100.", size=8.5, style="I")
    d.clause("3.2", "The Production Company will also pay GBP 40 for each Shoot Day and Night Shoot towards the "
             "Owners' electricity, water and heating.")
    d.clause("3.3", "If filming on a Shoot Day is abandoned because of bad weather after the crew has arrived, "
             "that day is a \"Weather Day\" and is paid at 50% of the Shoot Day fee. The Shoot Day moves to the "
             "next available date, which is paid in full.")
    d.h1("4. Payment")
    d.clause("4.1", "An advance of 50% of the fees shown in the Schedule is paid within 10 Working Days of "
             "signing. The balance, adjusted for overtime, Weather Days and changes, is paid within 30 days after "
             "the last Strike Day.")
    d.clause("4.2", "Payment is by bank transfer to the account the Owners give in writing. Late payments carry "
             "interest at 4% a year above the Bank of England base rate.")
    d.h1("5. Postponement and cancellation")
    d.clause("5.1", "The Production Company may move any date by agreement with the Owners, who will not "
             "unreasonably refuse.")
    d.clause("5.2", "If the Production Company cancels filming at the Property, it will pay a cancellation fee "
             "that depends on the notice given before the first Shoot Day:")
    d.grid(["Notice given before the first Shoot Day", "Cancellation fee"],
           [["More than 21 days", "No fee; the Owners repay any advance received"],
            ["8 to 21 days", "25% of the Shoot Day and Night Shoot fees"],
            ["2 to 7 days", "50% of the Shoot Day and Night Shoot fees"],
            ["Less than 48 hours", "100% of the Shoot Day and Night Shoot fees"]], [80, 90])
    d.clause("5.3", "Fees for Prep Days already worked are paid in full whenever filming is cancelled.")
    d.h1("6. Crew, vehicles and conduct")
    d.clause("6.1", "No more than 45 cast and crew may be at the Property at any one time, of whom no more than 20 "
             "may be inside the house. No more than 6 vehicles may park on the driveway; all other vehicles must "
             "use the Unit Base.")
    d.clause("6.2", "Generators must be sited in the paddock at least 25 metres from the house and from any "
             "neighbouring dwelling, and must not run between 23:00 and 06:00 except during a Night Shoot.")
    d.clause("6.3", "Smoking and vaping are not allowed anywhere on the Property except at the designated point in "
             "the Unit Base. Crew may not drink alcohol on the Property.")
    d.clause("6.4", "The Production Company will deliver a letter to the 8 neighbouring households on Hensley Lane "
             "at least 7 days before the first Prep Day, giving the dates and a 24-hour contact number.")
    d.clause("6.5", "The Owners' dogs and cats must be kept out of the Permitted Areas on Shoot Days and during "
             "Night Shoots. The Production Company may bring animals onto the Property only with the Owners' "
             "consent.")
    d.h1("7. Alterations and reinstatement")
    d.clause("7.1", "Before the first Prep Day the Production Company's location manager and the Owners will make a "
             "written and photographic condition record of the Permitted Areas.")
    d.clause("7.2", "The Production Company may move furniture, lay floor protection and hang pictures in the "
             "Permitted Areas. It may repaint the kitchen walls in a colour agreed with the Owners in writing, and "
             "must restore the original colour at its own cost. No structural alterations may be made, and nothing "
             "may be nailed or screwed into the oak beams.")
    d.clause("7.3", "The Production Company must remove all its equipment and reinstate the Permitted Areas to the "
             "condition shown in the condition record within 5 Working Days after the last Strike Day.")
    d.clause("7.4", "The Owners must notify any damage in writing within 14 days after reinstatement is completed. "
             "The Production Company will, at its option, repair the damage or pay the reasonable cost of repair. "
             "This does not limit its liability for damage caused by negligence.")
    d.h1("8. Insurance")
    d.clause("8.1", "The Production Company holds public liability insurance of at least GBP 10 million and "
             "production property insurance, and will give the Owners copies of the certificates before the first "
             "Prep Day.")
    d.h1("9. Owners' accommodation")
    d.clause("9.1", "The Owners may remain in the Excluded Areas throughout. If the Owners choose to stay elsewhere "
             "on the night of a Night Shoot, the Production Company will pay for hotel accommodation of up to GBP "
             "180 per room per night, for up to 2 rooms, on receipt of the hotel's invoice.")
    d.h1("10. Confidentiality")
    d.clause("10.1", "The Owners must not publish photographs, video or details of the filming, cast or plot, "
             "including on social media, until the first episode of the Production has been broadcast. "
             "Photographs of cast members may be taken only with the cast member's consent.")
    d.h1("11. Ending this Agreement and law")
    d.clause("11.1", "The Production Company may end this Agreement at any time by written notice; clauses 5.2 and "
             "5.3 then apply. The Owners may end it only if the Production Company seriously breaks clause 6 or 7 "
             "and does not put the breach right within 24 hours of being told.")
    d.clause("11.2", "This Agreement is governed by the law of England and Wales.")
    d.signature_block(["Signed for Northlight Pictures Limited by Priya Castellane-Holt, Location Manager",
                       "Signed by Dr Chidi Okafor (Owner)",
                       "Signed by Ms Hanne Lindqvist (Owner)"])
    d.h1("THE SCHEDULE - DATES AND FEES")
    d.grid(["Date", "Day or visit", "Fee"],
           [["Tuesday 6 February 2029", "Recce (10:00 to 12:00)", "No fee"],
            ["Monday 12 March 2029", "Prep Day", "GBP 450"],
            ["Tuesday 13 March 2029", "Shoot Day", "GBP 1,200"],
            ["Wednesday 14 March 2029", "Shoot Day", "GBP 1,200"],
            ["Thursday 15 March 2029", "Night Shoot (18:00 on 15 March to 06:00 on 16 March)", "GBP 1,650"],
            ["Friday 16 March 2029", "Strike Day", "GBP 450"],
            ["12 to 16 March 2029", "Unit Base in the paddock, 5 days", "GBP 750"],
            ["13 to 15 March 2029", "Utilities contribution, 3 days at GBP 40", "GBP 120"],
            ["", "Total fees", "GBP 5,820"]], [50, 90, 30])
    d.para("Advance payable within 10 Working Days of signing (50%): GBP 2,910. Location manager's mobile, for the "
           "Owners and neighbours: 07700 900 418.", size=9.5)
    return d.save("legal/location_agreement_northlight_bramblecote.pdf")


# =============================================================================
# 3. Mobility scooter and wheelchair hire terms
# =============================================================================
def mobility_hire_terms():
    d = Doc("Wheelaway Mobility Hire - Hire Terms and Price List 2029", "Seacombe-on-Sea | Hire line 01632 961 220",
            "Wheelaway Mobility Hire Ltd, 5 Marine Parade Arcade, Seacombe-on-Sea SC2 1HW", accent=(0, 100, 90))
    d.title_block("SCOOTER AND WHEELCHAIR HIRE TERMS",
                  "for short-term hire of mobility equipment to residents and visitors. Please read these terms "
                  "with the hire form: by signing the hire form you agree to them.")
    d.h1("1. Definitions")
    d.clause("1.1", "\"Equipment\" means the scooter, wheelchair or powered wheelchair hired, with its key, charger, "
             "basket and any accessories. \"Hirer\" means the person who signs the hire form and pays. \"User\" "
             "means the person who will use the Equipment; the Hirer and the User may be the same person.")
    d.clause("1.2", "\"Hire Period\" starts when the Equipment is delivered or collected and ends when it is "
             "returned to the shop or collected by us. A \"Day\" is any period of up to 24 hours within the Hire "
             "Period. \"Working Day\" means Monday to Friday, except bank holidays.")
    d.clause("1.3", "\"Class 2\" means a scooter or powered wheelchair with a top speed of 4 mph, for pavements "
             "only. \"Class 3\" means a road scooter with a top speed of 8 mph on the road and 4 mph on "
             "pavements.")
    d.h1("2. Who may hire and use the Equipment")
    d.clause("2.1", "The Hirer must be at least 18 years old and show photo ID and proof of address. For visitors, "
             "a booking confirmation for local holiday accommodation is accepted as proof of address.")
    d.clause("2.2", "A User of a Class 2 scooter or powered wheelchair must be at least 14 years old. A User of a "
             "Class 3 road scooter must be at least 16 years old; we register each Class 3 scooter with the DVLA "
             "before the hire. A manual wheelchair may be used by a User of any age, within the weight limits in "
             "clause 3.")
    d.clause("2.3", "We show each User how to drive the Equipment before the first use and may refuse a hire if we "
             "think the User cannot use it safely. A User of a Class 3 scooter must be able to read a car number "
             "plate from 12.3 metres (40 feet), with glasses if needed.")
    d.h1("3. Equipment and hire charges")
    d.clause("3.1", "Hire charges for 2029, including VAT, are:")
    d.grid(["Equipment", "Maximum user weight", "1 Day", "2 to 4 Days (per Day)", "1 week",
            "Each extra Day after 1 week"],
           [["Self-propelled manual wheelchair", "115 kg (18 stone)", "GBP 12", "GBP 9", "GBP 45", "GBP 6"],
            ["Transit (attendant-pushed) wheelchair", "100 kg (15 stone 10 lb)", "GBP 12", "GBP 9", "GBP 45",
             "GBP 6"],
            ["Folding boot scooter (Class 2)", "115 kg (18 stone)", "GBP 25", "GBP 20", "GBP 95", "GBP 12"],
            ["Mid-size scooter (Class 2)", "136 kg (21 stone 6 lb)", "GBP 30", "GBP 24", "GBP 115", "GBP 14"],
            ["Powered wheelchair (Class 2)", "136 kg (21 stone 6 lb)", "GBP 35", "GBP 28", "GBP 130", "GBP 16"],
            ["Road scooter (Class 3)", "159 kg (25 stone)", "GBP 40", "GBP 32", "GBP 150", "GBP 18"]],
           [46, 30, 20, 26, 20, 32], size=8.5)
    d.para("Hires of 5 or 6 Days are charged at the 1 week rate. A heavy-duty (bariatric) wheelchair for Users up "
           "to 222 kg (35 stone) is available on request at the transit wheelchair rates. A walking stick holder, "
           "an oxygen cylinder holder and a rain cape are supplied free; a pressure-relief wheelchair cushion costs "
           "GBP 5 per hire.", size=8.5, style="I")
    d.clause("3.2", "Hire charges are paid in full when booking.")
    d.h1("4. Security deposit")
    d.clause("4.1", "A refundable security deposit is taken when the Equipment is handed over: GBP 50 for any "
             "wheelchair, GBP 150 for a Class 2 scooter or powered wheelchair, and GBP 250 for a Class 3 road "
             "scooter.")
    d.clause("4.2", "The deposit is refunded within 5 Working Days after the Equipment is returned, less any "
             "charges under clauses 7, 8 and 9.")
    d.h1("5. Delivery and collection")
    d.clause("5.1", "Equipment can be collected from our shop free of charge. We deliver and collect free of charge "
             "within 3 miles of the shop. For addresses 3 to 10 miles away we charge GBP 15 each way; for "
             "addresses further away we will quote a price.")
    d.clause("5.2", "Deliveries are made between 09:00 and 17:00. Someone aged 18 or over must be present to sign "
             "for the Equipment.")
    d.h1("6. Using the Equipment")
    d.clause("6.1", "Batteries must be charged every night for at least 8 hours with the charger supplied. A full "
             "charge gives a range of about 8 miles for a boot scooter, 15 miles for a mid-size scooter and 25 "
             "miles for a road scooter.")
    d.clause("6.2", "The Equipment must not be taken onto the beach, sand or shingle, onto the pier deck beyond the "
             "amusement arcade, or along the sea front when the red flags are flying. Sand and salt water damage "
             "motors and wheel bearings.")
    d.clause("6.3", "Only the User may ride the Equipment. Passengers, including children, must never be carried. "
             "Class 2 Equipment must be used on pavements and footpaths and may cross roads; only Class 3 "
             "scooters may be driven on the road, and never on a dual carriageway or in a cycle lane.")
    d.clause("6.4", "Boot scooters fold to fit a car boot and may be taken on local buses that have a wheelchair "
             "space, if the driver agrees. Other scooters are not allowed on buses or trains.")
    d.clause("6.5", "Do not leave the Equipment outside overnight: keep it indoors or in a locked garage. Always "
             "remove the key when a scooter is left, even for a moment.")
    d.h1("7. Damage, loss and the damage waiver")
    d.clause("7.1", "The Hirer is responsible for the Equipment throughout the Hire Period and must pay for its "
             "loss or damage, up to the replacement value shown on the hire form.")
    d.clause("7.2", "The Hirer may buy a damage waiver at GBP 2 per Day (maximum GBP 20 per hire). With the waiver, "
             "the Hirer pays only the first GBP 75 of the cost of any accidental damage. The waiver does not cover "
             "theft where the key was left in the scooter, damage caused by sand or salt water, or the loss of the "
             "key or charger.")
    d.clause("7.3", "Replacement and repair charges: lost key GBP 25; lost charger GBP 60; puncture repair GBP 20 "
             "per tyre.")
    d.h1("8. Breakdowns and call-outs")
    d.clause("8.1", "If the Equipment breaks down, call our hire line on 01632 961 220 (08:00 to 20:00, 7 days a "
             "week). Within our free delivery area we aim to repair or replace it within 4 hours.")
    d.clause("8.2", "If we are called out because a battery was not charged, or to recover a scooter left with a "
             "flat battery, we charge a call-out fee of GBP 35.")
    d.h1("9. Returning the Equipment late")
    d.clause("9.1", "If the Equipment is returned after the end of the Hire Period, each extra Day or part of a Day "
             "is charged at the rate in the last column of the table in clause 3.1, and may be taken from the "
             "deposit.")
    d.clause("9.2", "If the Equipment is more than 48 hours overdue and the Hirer has not contacted us, we may "
             "report it to the police as stolen.")
    d.h1("10. Cancellation and early return")
    d.clause("10.1", "The Hirer may cancel a booking more than 48 hours before the Hire Period starts for a full "
             "refund. If the Hirer cancels less than 48 hours before, we keep the charge for 1 Day. If the "
             "Equipment is not collected, or we cannot deliver because no one is there, no refund is given.")
    d.clause("10.2", "There is no refund for returning the Equipment early, except where the User is admitted to "
             "hospital during the Hire Period; we then refund the unused whole Days, less an administration fee "
             "of GBP 10.")
    d.h1("11. Our responsibility to you")
    d.clause("11.1", "We service and safety-check all Equipment before each hire. We are not liable for loss of "
             "enjoyment or for travel costs caused by a breakdown, but nothing in these terms limits our "
             "liability for death or personal injury caused by our negligence, or your statutory rights.")
    d.h1("HIRE FORM - CUSTOMER COPY (booking WM-29-0412)")
    d.grid(["Item", "Details"],
           [["Hirer", "Mrs Winifred Calloway-Pryce, 27 Orchard Rise, Bramley Heath BH4 2DN"],
            ["User", "Mr Albert Pryce (aged 82, weight 104 kg)"],
            ["Equipment", "Mid-size scooter (Class 2), fleet no. WM-14, with basket and rain cape"],
            ["Replacement value", "GBP 1,450"],
            ["Hire Period", "Delivery Friday 3 August 2029 at 10:00; collection Friday 10 August 2029 at 10:00 "
             "(7 Days)"],
            ["Delivery address", "Bayview Guest House, 9 Esplanade, Seacombe-on-Sea (4.5 miles from the shop)"],
            ["Hire charge (1 week)", "GBP 115.00"],
            ["Damage waiver, 7 Days at GBP 2", "GBP 14.00"],
            ["Delivery and collection, 2 x GBP 15", "GBP 30.00"],
            ["Total paid on booking", "GBP 159.00"],
            ["Security deposit (card pre-authorisation)", "GBP 150.00"]], [60, 110], bold_first_col=True)
    d.signature_block(["Signed by the Hirer, Mrs Winifred Calloway-Pryce"])
    return d.save("legal/mobility_hire_terms_wheelaway_seacombe.pdf")


# =============================================================================
# 4. Tetanus-prone wound guideline
# =============================================================================
def tetanus_guideline():
    d = Doc("Tetanus-Prone Wounds: Assessment and Immunisation - Penmarrow UTC",
            "Clinical guideline CG-UTC-22, version 3",
            "Penmarrow Community Health Trust - approved 4 September 2028 - review September 2031",
            accent=(120, 20, 60), body_size=9.5)
    d.title_block("TETANUS-PRONE WOUNDS: ASSESSMENT AND IMMUNISATION",
                  "Guideline for nurses, paramedics and doctors at Penmarrow Urgent Treatment Centre (UTC). "
                  "Approved by the Trust Medicines Committee.", size=14)
    d.h1("1. Scope")
    d.clause("1.1", "This guideline applies to adults and children aged 1 year and over who present to the UTC "
             "with a wound or burn. Infants under 1 year, and anyone with suspected clinical tetanus, are "
             "transferred to the Emergency Department (ED) at Penmarrow General Hospital (section 8).")
    d.clause("1.2", "Animal bites: use this guideline for tetanus, and the Trust's animal bite guideline for "
             "antibiotics and rabies risk.")
    d.h1("2. Taking the immunisation history")
    d.clause("2.1", "A person is \"fully immunised\" if they have had 5 doses of a tetanus-containing vaccine at "
             "appropriate intervals. A person is \"up to date\" if they have had the primary course of 3 doses and "
             "the boosters due for their age under the UK schedule (pre-school booster at about 3 years 4 months, "
             "teenage booster at about 14 years).")
    d.clause("2.2", "Check the GP summary care record or the child's red book. If no record is available and the "
             "patient is unsure, treat them as \"not immunised or status unknown\". Adults born in the UK before "
             "1961 may not have had a primary course.")
    d.clause("2.3", "A fully immunised person does not need further routine boosters, however long ago the last "
             "dose was; for a wound, follow the table in section 4.")
    d.h1("3. Classifying the wound")
    d.grid(["Category", "Features"],
           [["Clean wound", "Less than 6 hours old, clean, non-penetrating, with negligible tissue damage"],
            ["Tetanus-prone wound", "Puncture-type injury acquired in a contaminated environment (for example a "
             "garden); wound containing a foreign body; compound fracture; wound or burn with systemic sepsis; "
             "animal bite or scratch; wound or burn needing surgical treatment that is delayed more than 6 hours"],
            ["High-risk tetanus-prone wound", "Tetanus-prone wound or burn with heavy contamination by material "
             "likely to contain tetanus spores (soil, manure); wound or burn with extensive devitalised tissue"]],
           [45, 125], bold_first_col=True)
    d.para("Burns: only burns needing surgery, or burns with systemic sepsis, are tetanus-prone. Most minor burns "
           "seen in the UTC are treated as clean wounds.", size=8.5, style="I")
    d.h1("4. Vaccine and immunoglobulin: what to give")
    d.clause("4.1", "Decide what to give using the table below. \"Vaccine\" means one dose of a tetanus-containing "
             "vaccine from section 5. \"HTIG\" means human tetanus immunoglobulin (section 6).")
    d.grid(["Immunisation status", "Clean wound", "Tetanus-prone wound", "High-risk tetanus-prone wound"],
           [["Fully immunised (5 doses)", "None required", "None required",
             "HTIG only if heavily contaminated with soil or manure"],
            ["Primary course complete, boosters incomplete but up to date for age",
             "None required (next dose as scheduled)", "None required (next dose as scheduled)",
             "HTIG only if heavily contaminated with soil or manure"],
            ["Primary course incomplete, or boosters not up to date", "Vaccine now, then complete the schedule",
             "Vaccine now, then complete the schedule", "Vaccine now and HTIG, then complete the schedule"],
            ["Not immunised, or status unknown", "Vaccine now and a full 3-dose course",
             "Vaccine now, a full 3-dose course and HTIG", "Vaccine now, a full 3-dose course and HTIG"]],
           [44, 40, 43, 43], size=8.5, bold_first_col=True)
    d.clause("4.2", "Give the vaccine and HTIG at different sites, in different limbs.")
    d.clause("4.3", "If a patient who needs HTIG declines it, or it cannot be obtained, record this, give the vaccine "
             "if indicated, and give the patient written advice on the symptoms in section 8.")
    d.h1("5. Vaccine products")
    d.grid(["Patient", "Product", "Dose and route"],
           [["Child aged 1 to 9 years", "Quadravax-P (DTaP/IPV)",
             "0.5 mL intramuscular: anterolateral thigh under 18 months, otherwise deltoid"],
            ["Aged 10 years and over", "Tetrivon (Td/IPV)", "0.5 mL intramuscular, deltoid"],
            ["Pregnant, from 16 weeks", "Pertivax-IPV (dTaP/IPV)", "0.5 mL intramuscular, deltoid"]],
           [45, 50, 75])
    d.para("A pregnant woman who has already had Pertivax-IPV in this pregnancy is given Tetrivon. Tetrivon is "
           "also used before 16 weeks of pregnancy if a dose is needed.", size=8.5, style="I")
    d.clause("5.1", "A primary course is 3 doses at least 4 weeks apart. The first booster is due at least 5 years "
             "after the primary course and the second booster 10 years after the first.")
    d.clause("5.2", "Do not give the vaccine after a confirmed anaphylactic reaction to a previous dose or to "
             "neomycin, streptomycin or polymyxin B. A minor illness without fever is not a reason to delay.")
    d.clause("5.3", "Patients taking warfarin with an INR in range, or a DOAC, can have intramuscular injections: use "
             "a 23G or 25G needle and apply firm pressure for at least 2 minutes afterwards.")
    d.h1("6. Human tetanus immunoglobulin (HTIG)")
    d.clause("6.1", "Product: Tetaglobin 250 IU in 1 mL pre-filled syringe, kept in the UTC drug fridge at 2 to 8 "
             "degrees C. The UTC holds 4 syringes; re-order from Penmarrow General Hospital pharmacy when 2 "
             "remain.")
    d.clause("6.2", "Dose: 250 IU by intramuscular injection, for adults and children. Give 500 IU instead if more "
             "than 24 hours have passed since the injury, if there is heavy contamination, or after burns.")
    d.clause("6.3", "After 20:00 and at weekends, if UTC stock has run out, obtain HTIG from the Penmarrow General "
             "Hospital ED through the on-call pharmacist (bleep 4417).")
    d.clause("6.4", "HTIG is a blood product. Record the batch number in the notes and in the blood products "
             "register. Discuss with patients who may decline blood products before giving it.")
    d.h1("7. Wound care and antibiotics")
    d.clause("7.1", "Irrigate the wound with at least 500 mL of sterile saline or drinking-quality tap water, remove "
             "foreign bodies and debride devitalised tissue or refer. Do not close heavily contaminated wounds: "
             "leave them open, dress them and review in 48 hours.")
    d.clause("7.2", "Antibiotics are not used to prevent tetanus in clean or tetanus-prone wounds. For high-risk "
             "tetanus-prone wounds give metronidazole 400 mg three times a day for 5 days (children: 7.5 mg/kg, "
             "maximum 400 mg, three times a day).")
    d.h1("8. Clinical tetanus: recognise and escalate")
    d.clause("8.1", "Symptoms include jaw stiffness (trismus, \"lockjaw\"), difficulty swallowing, painful muscle "
             "spasms, a rigid abdomen and arching of the back. They usually start 3 to 21 days after the injury.")
    d.clause("8.2", "Suspected tetanus is a medical emergency: call 999 for transfer to the ED and do not delay to "
             "give HTIG in the UTC. Inform the local health protection team the same day.")
    d.h1("9. Records and follow-up")
    d.clause("9.1", "Record the wound category, the immunisation history and where it came from, every product "
             "given with its batch number, and the plan for further doses. Send the GP a summary the same day.")
    d.clause("9.2", "Patients who need further doses are given the tetanus course letter and asked to book with their "
             "practice nurse: the second dose 4 weeks after the first and the third dose 4 weeks after the "
             "second.")
    d.h1("10. Special situations")
    d.clause("10.1", "Immunosuppressed patients (for example on chemotherapy, biologic drugs or prednisolone 20 mg a "
             "day or more for over 2 weeks) may not be protected by past vaccination: give HTIG for any "
             "tetanus-prone or high-risk tetanus-prone wound, whatever their immunisation status, and the vaccine "
             "as in the table.")
    d.clause("10.2", "People who inject drugs: treat wounds and abscesses at injection sites as high-risk "
             "tetanus-prone wounds.")
    d.clause("10.3", "Patients who ask for a booster before travel, with no wound, are not seen in the UTC: advise "
             "them to contact their GP practice or a travel clinic.")
    d.h1("Appendix A - Audit standards")
    d.grid(["Standard", "Target"],
           [["Immunisation status and its source recorded for every wound", "100%"],
            ["HTIG given within 24 hours of arrival when the table says it is needed", "95%"],
            ["Batch numbers of vaccine and HTIG recorded", "100%"],
            ["Summary sent to the GP the same day", "90%"]], [120, 50])
    d.para("The UTC lead nurse audits 30 sets of notes every 6 months and reports to the Medicines Committee.",
           size=8.5, style="I")
    return d.save("medical/tetanus_wound_guideline_penmarrow.pdf")


# =============================================================================
# 5. Febrile seizure leaflet for parents
# =============================================================================
def febrile_seizure_leaflet():
    d = Doc("Febrile Seizures - Information for Parents and Carers",
            "Kestlebrook Children's Hospital - Children's Emergency Department",
            "Leaflet PED-041, version 2, January 2029 - review January 2032", accent=(40, 90, 160),
            body_size=9.5)
    d.title_block("FEBRILE SEIZURES (FEVER FITS)",
                  "Information for parents and carers of children who have had a seizure with a high temperature")
    d.h1("What is a febrile seizure?")
    d.para("A febrile seizure (sometimes called a febrile convulsion or fever fit) is a fit caused by a high "
           "temperature (fever), usually 38 degrees C or above. The fever is usually caused by a common infection "
           "such as a cold, an ear infection or a tummy bug. Febrile seizures happen in children aged between 6 "
           "months and 5 years, most often between 12 and 18 months. About 3 in every 100 children have at least "
           "one.")
    d.para("During a seizure your child may go stiff, their arms and legs may twitch or jerk, their eyes may roll "
           "and they may lose consciousness. They may wet or soil themselves or be sick. Afterwards they are often "
           "sleepy for up to an hour.")
    d.h1("Simple and complex febrile seizures")
    d.grid(["", "Simple febrile seizure", "Complex febrile seizure"],
           [["How long it lasts", "Less than 15 minutes", "15 minutes or longer"],
            ["Which parts of the body", "The whole body", "Only one part or one side of the body"],
            ["Does it happen again?", "Not again within 24 hours or in the same illness",
             "Again within 24 hours or in the same illness"],
            ["What usually happens next", "Home once the cause of the fever is found and your child has recovered",
             "Admission to the children's ward for observation, usually overnight"]],
           [40, 65, 65], bold_first_col=True)
    d.h1("What should I do if my child has a seizure?")
    d.bullets(["Stay calm and note the time the seizure starts.",
               "Lay your child on their side on a soft surface, such as a bed or carpet, away from anything hard or "
               "sharp.",
               "Do not put anything in their mouth, including your fingers: they will not swallow their tongue.",
               "Do not try to hold them still, and do not put them in a cold bath or in front of a fan.",
               "When the jerking stops, keep them on their side in the recovery position and stay with them until "
               "they wake.",
               "If you can, record a short video of the seizure on your phone to show the doctor."])
    d.h1("When should I call 999?")
    d.para("Call 999 for an ambulance if: the seizure lasts longer than 5 minutes; it is your child's first "
           "seizure; your child has difficulty breathing or turns blue; your child is not starting to wake up 1 hour "
           "after the seizure stopped; your child has another seizure; or you think your child is seriously ill, "
           "for example with a rash that does not fade when a glass is pressed on it.", style="B")
    d.para("If your child has had febrile seizures before and this one stops within 5 minutes, call your GP or NHS "
           "111 for an urgent appointment the same day, so that the cause of the fever can be found.")
    d.para("If your child has been prescribed an emergency medicine (buccal midazolam) for long seizures, give it as "
           "their care plan says and call 999.")
    d.h1("Will it happen again?")
    d.para("About 1 in 3 children who have a febrile seizure have another one, usually within the next year. The "
           "chance is higher with each of these risk factors:")
    d.bullets(["their first febrile seizure was before the age of 15 months;",
               "a parent, brother or sister has had febrile seizures;",
               "the seizure happened when the temperature was below 39 degrees C;",
               "the seizure happened within 1 hour of the fever starting."])
    d.grid(["Number of these risk factors your child has", "Chance of another febrile seizure"],
           [["None", "About 1 in 7"],
            ["One", "About 1 in 4"],
            ["Two", "About 1 in 3 (a third)"],
            ["Three or four", "About 1 in 2 (a half)"]], [90, 80])
    d.para("These are average figures from studies of many children; your child's doctor may give you a figure for "
           "your child.", size=8.5, style="I")
    d.h1("Do fever medicines prevent febrile seizures?")
    d.para("No. Paracetamol and ibuprofen do not prevent febrile seizures and do not stop a seizure once it has "
           "started. You can use them if your child is distressed or uncomfortable with a fever. Do not give both at "
           "the same time. If your child is still distressed after one medicine, you may try the other before the "
           "next dose of the first is due, but never give more than the doses below.")
    d.grid(["Age of child", "Paracetamol 120 mg/5 mL oral suspension", "Ibuprofen 100 mg/5 mL oral suspension"],
           [["6 to 11 months", "5 mL", "2.5 mL"],
            ["12 to 23 months", "5 mL", "5 mL"],
            ["2 to 3 years", "7.5 mL", "5 mL"],
            ["4 to 5 years", "10 mL", "7.5 mL"]], [50, 60, 60])
    d.para("Paracetamol: up to 4 doses in 24 hours, at least 4 hours apart. Ibuprofen: up to 3 doses in 24 hours, "
           "at least 6 hours apart; do not give ibuprofen if your child has chickenpox or is not drinking.",
           size=8.5, style="I")
    d.h1("Does a febrile seizure mean my child has epilepsy?")
    d.para("No. A febrile seizure is not epilepsy and does not cause brain damage. Most children grow out of "
           "febrile seizures by the age of 6. The chance of developing epilepsy later is only slightly higher than "
           "for other children: about 2 in 100 children who have had a simple febrile seizure, compared with about "
           "1 in 100 of all children.")
    d.h1("Does my child need tests?")
    d.para("Usually not. A doctor will examine your child to find the cause of the fever, and a urine sample is "
           "often checked. Blood tests, a brain scan or an EEG (brain wave test) are not needed after a simple "
           "febrile seizure.")
    d.h1("Can my child still have their vaccinations?")
    d.para("Yes. Your child should have all their routine vaccinations. A fever after some vaccines can "
           "occasionally trigger a febrile seizure, but the diseases they prevent are far more dangerous. Tell the "
           "nurse that your child has had a febrile seizure; you may be advised to give paracetamol after the MenB "
           "booster at 1 year.")
    d.h1("Nursery, bathing and everyday life")
    d.para("Your child can go back to nursery or their childminder once they are well and have had no fever for 24 "
           "hours without fever medicines. Tell the staff about the seizure and give them a copy of this leaflet. "
           "Never leave a young child alone in the bath; this matters even more after a febrile seizure. There is "
           "no need to wake your child at night to check their temperature.")
    d.h2("Contacts")
    d.para("Children's Emergency Department, Kestlebrook Children's Hospital: 01632 962 300 (24 hours). After "
           "discharge your child has 48 hours open access to the Children's Assessment Unit: ring 01632 962 318 "
           "before you come.")
    return d.save("medical/febrile_seizure_leaflet_kestlebrook.pdf")


# =============================================================================
# 6. Home blood pressure monitoring guide
# =============================================================================
def home_bp_guide():
    d = Doc("Measuring Your Blood Pressure at Home - Wrexley Medical Practice",
            "Patient guide PG-07 | Home blood pressure monitoring",
            "Wrexley Medical Practice, 2 Chantry Road, Wrexley WX9 4AF - 01632 963 500", accent=(150, 30, 30))
    d.title_block("MEASURING YOUR BLOOD PRESSURE AT HOME",
                  "A guide for adults asked by the practice to check their blood pressure at home, to find out "
                  "whether they have high blood pressure (hypertension) or to check how well their treatment is "
                  "working.")
    d.h1("1. Why home readings?")
    d.para("Blood pressure measured at the surgery is often higher than usual because of nerves (the \"white coat\" "
           "effect). A week of home readings gives a truer picture. We use it to decide whether you have high blood "
           "pressure and whether you need treatment.")
    d.h1("2. Choosing or borrowing a monitor")
    d.para("Use an automatic monitor that measures at the upper arm and has been clinically validated (look for it "
           "on the British and Irish Hypertension Society list). Wrist and finger monitors are not accurate enough "
           "for this and should not be used, unless your upper arm is too large for any cuff (more than 52 cm "
           "around): ask the practice nurse.")
    d.para("If you do not have a monitor, the practice can lend you one for 7 days. Collect it from reception: "
           "there is no charge and no deposit, but please return it within 2 working days of your last reading, "
           "with its cuff, in its bag. If a monitor is lost or not returned we ask for GBP 35 towards a "
           "replacement.")
    d.h1("3. Getting the right cuff size")
    d.para("A cuff that is too small gives readings that are too high. Measure around your upper arm, halfway "
           "between the shoulder and the elbow, with a tape measure, and choose the cuff from the table.")
    d.grid(["Arm circumference (middle of upper arm)", "Cuff size", "Printed on the cuff"],
           [["17 to 21.9 cm", "Small adult", "Cuff S"],
            ["22 to 31.9 cm", "Standard adult", "Cuff M"],
            ["32 to 41.9 cm", "Large adult", "Cuff L"],
            ["42 to 52 cm", "Extra-large adult", "Cuff XL"]], [70, 55, 45])
    d.para("Monitors lent by the practice come with a Cuff M. Ask at reception if you need a different size.",
           size=8.5, style="I")
    d.h1("4. How to take a reading")
    d.clause("1.", "Do not smoke, drink caffeine (tea, coffee, cola or energy drinks) or exercise for 30 minutes "
             "before. Empty your bladder.", numw=8)
    d.clause("2.", "Sit on an upright chair with your back supported and both feet flat on the floor, legs "
             "uncrossed. Rest quietly for 5 minutes.", numw=8)
    d.clause("3.", "Put the cuff on your bare upper arm, with its lower edge 2 to 3 cm above the crease of your "
             "elbow. It should be snug, but you should be able to slide two fingers under it.", numw=8)
    d.clause("4.", "Rest your arm on a table so that the cuff is level with your heart, palm up. Do not talk or move "
             "during the reading.", numw=8)
    d.clause("5.", "Take two readings, 1 minute apart, and write both down.", numw=8)
    d.para("The first time, measure both arms. If the readings differ by more than 15 mmHg, use the arm with the "
           "higher reading from then on and tell the practice.")
    d.add_page()  # keep the heading with its table
    d.h1("5. When and how often")
    d.grid(["", "To find out if you have high blood pressure", "To check your treatment"],
           [["How many days", "7 days in a row (at least 4 days if you cannot manage 7)",
             "4 days in a row, at least 4 weeks after any change to your tablets"],
            ["When", "Morning (before breakfast and any tablets) and evening (before your evening meal)",
             "Morning and evening, as for diagnosis"],
            ["Readings each time", "2, one minute apart", "2, one minute apart"],
            ["Readings we do not use", "All of Day 1", "All of Day 1"]], [40, 70, 60], bold_first_col=True)
    d.para("Write your readings on the record sheet (section 9) and send them within 3 days of finishing, through "
           "the Wrexley Practice app or by handing the sheet in at reception. We work out your average from Day 2 "
           "onwards.")
    d.h1("6. What your average home reading means")
    d.para("Blood pressure is written as two numbers, for example 138/86 mmHg. The top number (systolic) is the "
           "pressure when your heart beats; the bottom number (diastolic) is the pressure between beats. If your "
           "two numbers fall in different rows of the table, the higher row applies.")
    d.grid(["Average home blood pressure", "What it means", "What happens next"],
           [["Below 135/85 mmHg", "Normal", "No treatment needed. Check again at least every 5 years"],
            ["135/85 to 149/94 mmHg", "Stage 1 hypertension", "GP or nurse appointment within 4 weeks to discuss "
             "lifestyle changes and your heart risk; tablets may be offered"],
            ["150/95 to 179/119 mmHg", "Stage 2 hypertension", "GP appointment within 2 weeks; tablets will be "
             "offered as well as lifestyle changes"],
            ["180/120 mmHg or higher", "Severe hypertension", "Contact the practice the same day (see section 8)"]],
           [50, 45, 75])
    d.h1("7. Targets if you are on treatment")
    d.grid(["Your age", "Target average home blood pressure"],
           [["Under 80 years", "Below 135/85 mmHg"],
            ["80 years and over", "Below 145/85 mmHg"]], [70, 100])
    d.para("Your GP may agree a different target with you, for example if you have kidney disease or feel dizzy "
           "when you stand up. Pregnant women have separate targets set by the maternity team.", size=8.5,
           style="I")
    d.h1("8. When to get help")
    d.para("If any single reading is 180/120 mmHg or higher, rest for 5 minutes and measure again. If it is still "
           "180/120 mmHg or higher and you have chest pain, a severe headache, blurred vision, confusion, "
           "breathlessness, or weakness of the face, arm or leg, call 999. If you have none of these symptoms, "
           "contact the practice the same day (or NHS 111 when we are closed).", style="B")
    d.para("If your readings are below 90/60 mmHg and you feel faint or dizzy, especially on standing, contact the "
           "practice. Do not stop any tablets without advice.")
    d.para("If your monitor shows the irregular heartbeat symbol on 2 or more readings, tell the practice: we may "
           "offer you an ECG to check for atrial fibrillation.")
    d.h1("9. Home blood pressure record sheet")
    d.para("Name: ..............................   Date of birth: ..................   Arm used: left / right   "
           "Cuff size: S / M / L / XL", size=9)
    d.grid(["Day", "Date", "Morning 1st", "Morning 2nd", "Evening 1st", "Evening 2nd"],
           [["Day 1 (not used)", "", "", "", "", ""]] + [[f"Day {n}", "", "", "", "", ""] for n in range(2, 8)],
           [34, 28, 27, 27, 27, 27], size=9, line_height=7)
    return d.save("medical/home_bp_monitoring_wrexley.pdf")


def check_questions(path=os.path.join(HERE, "questions.jsonl")):
    """Every answerable question's key facts are on its gold page of the rendered PDF; unanswerable
    ones name no page. Returns the problems found."""
    return key_facts_problems(path, OUT)


def main():
    return render_set([beach_hut_licence, location_agreement, mobility_hire_terms,
                       tetanus_guideline, febrile_seizure_leaflet, home_bp_guide], OUT, check_questions)


if __name__ == "__main__":
    sys.exit(main())
