"""Synthetic patient letters for testing `domainbot ingest --redact` (every person, number and address
is invented).

    python corpora/patient_letters.py OUT_DIR [--n 12] [--seed 7]

writes OUT_DIR/letters/*.pdf, OUT_DIR/planted.jsonl (each letter's identifiers: kind and value, the
ones redaction must remove) and OUT_DIR/questions.jsonl (the medical facts that must stay answerable:
doses, durations, follow-up intervals; questions in corpora/questions.jsonl's format, sources
relative to OUT_DIR/letters: `domainbot ingest OUT_DIR/letters --redact`). The PDFs are not
committed: bench/redaction.py and the tests render them when they need them.

The letters vary on purpose: three layouts (clinic letter, discharge summary, referral), names with
and without titles, SURNAME, First in record headers, first names alone in the text, dates of birth
in four formats, UK phone numbers in three formats, NHS and hospital numbers, addresses, next of kin.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

FIRST = ["Eleanor", "Margaret", "Thomas", "Priya", "Declan", "Aisha", "Gareth", "Hannah", "Tobias", "Niamh",
         "Samuel", "Imogen", "Rashid", "Fiona", "Callum", "Beatrice", "Oluwaseun", "Martha", "Isaac", "Leona"]
LAST = ["Whitcombe", "Pennington", "Okafor", "Ravensworth", "Lindqvist", "Harcourt", "Mbeki", "Fairbairn",
        "Castellano", "Drummond", "Achterberg", "Quayle", "Sutherland", "Kowalczyk", "Ashdown", "Trevelyan",
        "O'Sullivan", "McAllister", "Fitzgerald-Hale", "Brannigan"]
STREETS = ["Larch Close", "Millbrook Road", "Cedar Avenue", "Orchard Lane", "Kingfisher Way", "Abbey Terrace"]
TOWNS = [("Norwich", "NR4 7TJ"), ("Leeds", "LS6 2QB"), ("Exeter", "EX2 5DW"), ("Carlisle", "CA1 3PQ"),
         ("Swindon", "SN3 1HL"), ("Bangor", "LL57 2PW")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# (condition, drug, dose, frequency, duration, follow-up) : the facts that must survive redaction
TREATMENTS = [
    ("community-acquired pneumonia", "amoxicillin", "500 mg", "three times daily", "5 days", "6 weeks"),
    ("atrial fibrillation", "apixaban", "5 mg", "twice daily", "long term", "3 months"),
    ("type 2 diabetes", "metformin", "500 mg", "twice daily", "long term", "12 weeks"),
    ("cellulitis of the left leg", "flucloxacillin", "1 g", "four times daily", "7 days", "2 weeks"),
    ("an asthma exacerbation", "prednisolone", "40 mg", "once daily", "5 days", "4 weeks"),
    ("hypertension", "amlodipine", "5 mg", "once daily", "long term", "8 weeks"),
    ("a urinary tract infection", "nitrofurantoin", "100 mg", "twice daily", "3 days", "10 days"),
    ("gout", "colchicine", "500 micrograms", "twice daily", "6 days", "4 weeks"),
    ("hypothyroidism", "levothyroxine", "50 micrograms", "once daily", "long term", "6 weeks"),
    ("peptic ulcer disease", "omeprazole", "20 mg", "once daily", "8 weeks", "8 weeks"),
    ("migraine", "propranolol", "40 mg", "twice daily", "6 months", "3 months"),
    ("a deep vein thrombosis", "rivaroxaban", "15 mg", "twice daily", "21 days", "3 months"),
]


@dataclass
class Letter:
    name: str
    text: str
    planted: list[dict] = field(default_factory=list)  # {"kind", "value"}
    questions: list[dict] = field(default_factory=list)


def _dob(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2004)
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"])


def _phone(rng: random.Random, mobile: bool) -> str:
    if mobile:
        n = f"07{rng.choice([4, 5, 7, 8, 9])}{rng.randint(10, 99)} {rng.randint(100000, 999999)}"  # mobile ranges
        return rng.choice([n, "+44 " + n[1:]])
    area = rng.choice(["01603", "01392", "01228", "01793", "01248", "0113", "0117", "0161"])
    if len(area) == 5:
        return f"{area} {rng.randint(200000, 999999)}"
    return f"{area} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"


def _nhs(rng: random.Random) -> str:
    while True:  # a valid modulus-11 check digit, as real NHS numbers have
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, digits + [check]))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def make_letter(i: int, rng: random.Random) -> Letter:
    first, last = FIRST[i % len(FIRST)], LAST[(i * 7) % len(LAST)]
    title = rng.choice(["Mrs", "Mr", "Ms", "Miss"]) if i % 4 else ""
    kin_first, kin_last = FIRST[(i + 5) % len(FIRST)], last
    doctor = f"{FIRST[(i + 11) % len(FIRST)]} {LAST[(i + 3) % len(LAST)]}"
    gp = f"{FIRST[(i + 13) % len(FIRST)]} {LAST[(i + 9) % len(LAST)]}"
    dob, nhs = _dob(rng), _nhs(rng)
    hosp = rng.choice([f"RX{rng.randint(100000, 999999)}", f"H-{rng.randint(1000000, 9999999)}", f"{rng.randint(10000000, 99999999)}"])
    street = f"{rng.randint(2, 98)} {rng.choice(STREETS)}"
    town, postcode = rng.choice(TOWNS)
    phone, mobile = _phone(rng, False), _phone(rng, True)
    email = f"{first.lower()}.{last.lower().replace(chr(39), '')}@example.org"
    cond, drug, dose, freq, duration, follow = TREATMENTS[i % len(TREATMENTS)]
    who = f"{title} {last}" if title else first
    layout = i % 3
    header_name = f"{last.upper()}, {first}" if layout == 1 else (f"{title} {first} {last}" if title else f"{first} {last}")
    lines = {
        0: [
            "Riverside Hospital NHS Foundation Trust - Outpatient Clinic Letter",
            f"Dear Dr {gp.split()[-1]},",
            f"Re: {header_name}, DOB {dob}, NHS number {nhs}, Hospital No. {hosp}",
            f"Address: {street}, {town} {postcode}",
            f"Tel {phone}, mobile {mobile}, email {email}",
            "",
            f"I reviewed {who} in clinic today for {cond}.",
            f"{first} has been started on {drug} {dose} {freq}; the planned duration is {duration}.",
            f"Please arrange a review in {follow}. {who} knows to seek advice if symptoms worsen.",
            f"Next of kin: {kin_first} {kin_last} (relative), {_phone(rng, True)}",
            "",
            "Yours sincerely,",
            f"Dr {doctor}, Consultant Physician",
        ],
        1: [
            "DISCHARGE SUMMARY",
            f"Patient: {header_name}",
            f"Date of birth: {dob}",
            f"NHS No: {nhs}    MRN: {hosp}",
            f"Home address: {street}, {town}, {postcode}",
            f"Telephone: {mobile}",
            f"GP: Dr {gp}",
            "",
            f"Diagnosis: {cond}.",
            f"Medication on discharge: {drug} {dose} {freq} for {duration}.",
            f"Follow-up: clinic review in {follow}.",
            f"{first} was discharged home with written advice. Contact email on file: {email}.",
            "",
            f"Signed by Dr {doctor}",
        ],
        2: [
            "Referral letter - Community Health Services",
            f"To: Dr {gp}",
            f"Dear Dr {gp.split()[-1]},",
            f"I would be grateful if you could see {header_name} (born {dob}), NHS number {nhs}, "
            f"who lives at {street}, {town} {postcode}.",
            f"{who} can be reached on {phone}.",
            f"The working diagnosis is {cond}. Treatment so far: {drug} {dose} {freq} for {duration}.",
            f"I have asked {first} to return for review in {follow} if there is no improvement.",
            "",
            "With best wishes,",
            f"Dr {doctor}",
        ],
    }[layout]
    planted = [
        {"kind": "PERSON", "value": first}, {"kind": "PERSON", "value": last},
        {"kind": "PERSON", "value": kin_first} if layout == 0 else None,
        {"kind": "PERSON", "value": doctor.split()[-1]}, {"kind": "PERSON", "value": gp.split()[-1]},
        {"kind": "DATE_OF_BIRTH", "value": dob}, {"kind": "UK_NHS", "value": nhs},
        {"kind": "ID_NUMBER", "value": hosp} if layout != 2 else None,
        {"kind": "ADDRESS", "value": street}, {"kind": "UK_POSTCODE", "value": postcode},
        {"kind": "PHONE_NUMBER", "value": phone} if layout != 1 else None,
        {"kind": "PHONE_NUMBER", "value": mobile} if layout != 2 else None,
        {"kind": "EMAIL_ADDRESS", "value": email} if layout != 2 else None,
    ]
    name = f"letter_{i + 1:02d}.pdf"
    questions = [
        {"question": f"What dose of {drug} was prescribed for {cond}?", "source": name, "page": 1,
         "must_include": [dose]},
        {"question": f"When should the patient treated with {drug} for {cond} be reviewed?",
         "source": name, "page": 1, "must_include": [follow]},
    ]
    return Letter(name, "\n".join(lines), [p for p in planted if p], questions)


def write_pdf(text: str, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 1))
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in text.split("\n"):
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def write_letters(out: Path, n: int = 12, seed: int = 7) -> list[Letter]:
    """Render n letters into out/letters/ with out/planted.jsonl and out/questions.jsonl."""
    rng = random.Random(seed)
    letters = [make_letter(i, rng) for i in range(n)]
    for letter in letters:
        write_pdf(letter.text, out / "letters" / letter.name)
    with open(out / "planted.jsonl", "w", encoding="utf-8") as f:
        for letter in letters:
            f.write(json.dumps({"source": letter.name, "planted": letter.planted}) + "\n")
    with open(out / "questions.jsonl", "w", encoding="utf-8") as f:
        for letter in letters:
            for q in letter.questions:
                f.write(json.dumps(q) + "\n")
    return letters


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=12)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    letters = write_letters(args.out, args.n, args.seed)
    print(f"wrote {len(letters)} letters, {sum(len(x.planted) for x in letters)} planted identifiers, "
          f"{sum(len(x.questions) for x in letters)} questions to {args.out}")
