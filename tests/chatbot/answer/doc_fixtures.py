"""Small documents as chunks with true offsets (the way ingest cuts them), for summary and abstract tests."""
from core.schema import Chunk


def chunks_of(source: str, pages: list[str], size: int = 420, collection: str = "default") -> list[Chunk]:
    """Pages joined with a blank line, cut into chunks of about `size` characters at line ends."""
    text, page_starts = "", []
    for p in pages:
        if text:
            text += "\n\n"
        page_starts.append(len(text))
        text += p
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            nl = text.rfind("\n", start + 1, end)
            end = nl if nl > start else end
        page = sum(1 for s in page_starts if s <= start)
        page_end = sum(1 for s in page_starts if s < end)
        out.append(Chunk(chunk_id=f"{source}:{page}:{start}", source=source, page=page, page_end=page_end, section="",
                         start=start, end=end, sha256=f"sha-{source}", text=text[start:end], collection=collection))
        start = end + 1
        while start < len(text) and text[start] == "\n":
            start += 1
    return out


MSA = chunks_of("legal/acme_master_services_agreement.pdf", [
    "MASTER SERVICES AGREEMENT\nTHIS AGREEMENT is dated 3 March 2025.\nPARTIES\n"
    "(1) ACME CLOUD LIMITED, a company incorporated in England (the \"Supplier\"); and\n"
    "(2) BRAMBLE FOODS LIMITED, a company incorporated in England (the \"Customer\").\n"
    "2. TERM\n2.1 This Agreement commences on the Effective Date and continues for an initial term of 36 months.\n"
    "2.2 This Agreement shall automatically renew for successive periods of 12 months unless either party gives "
    "notice of at least 90 days.\n"
    "5. CHARGES\n5.1 The Customer shall pay the monthly fee of GBP 4,500.00 within 30 days of invoice.\n"
    "5.2 Service credits shall not exceed 10% of the monthly fee.\n",
    "7. FORCE MAJEURE\n7.1 If a Force Majeure Event continues for more than 60 days, either party may terminate this "
    "Agreement by giving 10 Business Days' written notice.\n"
    "9. LIMITATION OF LIABILITY\n9.1 Each party's total liability shall not exceed 150% of the Charges paid in the year.\n"
    "11. TERMINATION\n11.1 The Customer may terminate this Agreement for convenience by giving the Supplier not less than "
    "6 months' written notice.\n"
    "11.2 A party may terminate this Agreement with immediate effect by giving written notice if:\n"
    "(a) the other party commits a material breach and fails to remedy it within 30 days after written notice; or\n"
    "(b) the other party suffers an Insolvency Event.\n"
    "11.3 Termination does not affect accrued rights.\n"
    "12. NOTICES\n12.1 Notices shall be sent to Acme Cloud Limited, 1 Wharf Road, London E1 1AA.\n"
    "12.2 This Agreement is governed by the law of England and Wales.\n"
    "EXECUTION\nSigned for and on behalf of ACME CLOUD LIMITED by Jo Bloggs. Signature: ........\n"])

TENANCY_A = chunks_of("legal/tenancy_willow_house.pdf", [
    "ASSURED SHORTHOLD TENANCY AGREEMENT\nfor letting a residential dwelling\n1. PARTICULARS\n"
    "Landlord Mr Adam Stone\nTenant(s) Ms Bea Grey\nTerm 12 months (a fixed term)\nStart date 1 May 2025\n"
    "Rent GBP 1,200.00 per calendar month\nDeposit GBP 1,384.61 (equal to five weeks' rent)\n"
    "2. PETS\n2.1 The Tenant may keep one cat with the Landlord's prior written consent.\n"
    "3. ENDING THE TENANCY\n3.1 The Tenant may end the tenancy at the end of the fixed term by giving at least one "
    "month's written notice.\n3.2 Break clause: either party may end the tenancy after 6 months by giving two months' "
    "written notice.\n"])

TENANCY_B = chunks_of("legal/tenancy_birch_court.pdf", [
    "ASSURED SHORTHOLD TENANCY AGREEMENT\nfor letting a residential dwelling\n1. PARTICULARS\n"
    "Landlord Birch Lettings Limited\nTenant(s) Mr Carl Dune\nTerm 6 months (a fixed term)\nStart date 1 June 2025\n"
    "Rent GBP 950.00 per calendar month\nDeposit GBP 1,096.15 (equal to five weeks' rent)\n"
    "2. ENDING THE TENANCY\n2.1 There is no break clause during the fixed term.\n"
    "2.2 The Landlord may seek possession by giving not less than two months' notice.\n"])

LEAFLET = chunks_of("medical/leaflet_zorvan.pdf", [
    "Package leaflet: Information for the patient\nZorvan 5 mg tablets\n"
    "1. What Zorvan is and what it is used for\n1.1 Zorvan is used to treat high blood pressure in adults.\n"
    "2. Before you take Zorvan\n2.1 Do not take Zorvan if you are pregnant or allergic to zorvastat.\n"
    "2.2 Your doctor will check your kidney function every 6 months.\n"
    "3. How to take Zorvan\n3.1 The usual dose for adults is 5 mg once daily. For patients with kidney problems the "
    "dose is 2.5 mg once daily.\n",
    "4. Possible side effects\n4.1 Stop taking Zorvan and contact a doctor immediately if you get swelling of the face.\n"
    "Common (may affect up to 1 in 10 people) headache, dizziness\n"])
