"""Unit spellings read in scenario values and bands (chatbot/answer/ranges.py), as one data table; the
test of a unit's acronym ("6 FTU" counts fingertip units); and numbers as people write them ("40k", "1 in 150")."""
import re

# unit spellings -> one name; a value without a unit is compared with bands of any unit
UNITS = {
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg",
    "g": "g", "gram": "g", "grams": "g", "mg": "mg", "mcg": "mcg", "µg": "mcg", "microgram": "mcg", "micrograms": "mcg",
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "y": "year", "yo": "year",
    "month": "month", "months": "month", "mo": "month", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "day": "day", "days": "day", "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "ml/min": "ml/min", "ml/minute": "ml/min", "ml/min/1.73m2": "ml/min", "ml/min/1.73": "ml/min",
    "mmol/l": "mmol/l", "mmol": "mmol/l", "micromol/l": "umol/l", "µmol/l": "umol/l", "umol/l": "umol/l",
    "g/l": "g/l", "g/dl": "g/dl", "mg/l": "mg/l", "mg/dl": "mg/dl", "ng/l": "ng/l", "ng/dl": "ng/dl",
    "µg/l": "mcg/l", "ug/l": "mcg/l", "iu/l": "iu/l",
    "mmhg": "mmhg", "bpm": "bpm", "%": "%", "percent": "%", "per cent": "%", "pct": "%",
    "cm": "cm", "mm": "mm", "m": "m", "km": "km", "ml": "ml", "l": "l", "litre": "l", "litres": "l",
    # a length spelt out: "a 7.5 metre frontage"
    "metre": "m", "metres": "m", "meter": "m", "meters": "m", "centimetre": "cm", "centimetres": "cm",
    "centimeter": "cm", "centimeters": "cm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm",
    "millimeters": "mm", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "ft": "ft", "feet": "ft", "inch": "inch", "inches": "inch",
    "°c": "c", "c": "c", "degrees": "c", "units": "unit", "unit": "unit", "iu": "unit",
    "£": "money", "$": "money", "€": "money", "gbp": "money", "usd": "money", "eur": "money",
    "pounds": "money", "dollars": "money", "euros": "money", "quid": "money", "bucks": "money",
    "mile": "mile", "miles": "mile", "odds": "odds",
    # people counted, however a document or an asker names them: "15 to 24 users" holds "22 staff", "9 of us"
    "user": "person", "users": "person", "people": "person", "person": "person", "persons": "person",
    "staff": "person", "employee": "person", "employees": "person", "guest": "person", "guests": "person",
    "earner": "person", "earners": "person", "lawyer": "person", "lawyers": "person", "solicitor": "person",
    "solicitors": "person", "colleague": "person", "colleagues": "person", "clinician": "person",
    "clinicians": "person", "doctor": "person", "doctors": "person", "nurse": "person", "nurses": "person",
    "teacher": "person", "teachers": "person", "volunteer": "person", "volunteers": "person",
    # things a leaflet or a contract counts in bands: "3 patches or fewer" holds "5 patches" out
    **{w: one for one in ("patch lesion spot sore blister episode attack seizure dog cat pet night visit lesson session "
                          "bedroom bag box sack load pallet crate page word item player window").split()
       for w in (one, one + ("es" if one.endswith(("ch", "x")) else "s"))},
    "copy": "copy", "copies": "copy", "child": "child", "children": "child",
    # an area is no age or count: "Area 66 to 150 square metres" does not hold a 68-year-old
    "square metres": "m2", "square meters": "m2", "square metre": "m2", "square meter": "m2", "m2": "m2",
    "sq m": "m2", "sq. m": "m2", "sqm": "m2", "square feet": "sqft", "square foot": "sqft", "sq ft": "sqft",
    "sq. ft": "sqft",
}


def abbreviates(short: str, long: str) -> bool:
    """Whether `short` can abbreviate `long`, its letters found in order from the end and its first
    letter starting a word ("FTU" of "fingertip units"; Schwartz and Hearst, 2003)."""
    s, l = short.lower(), long.lower()
    if not 2 <= len(s) < len(l) or not s[0].isalpha():
        return False
    li = len(l) - 1
    for si in range(len(s) - 1, -1, -1):
        while li >= 0 and (l[li] != s[si] or si == 0 and li > 0 and l[li - 1].isalnum()):
            li -= 1
        if li < 0:
            return False
        li -= 1
    return True


def odds(text: str) -> str:
    """A chance written "1 in 150" as "150 odds" (the same length: spans keep their places), so "1 in 2 to
    1 in 150" is a band that holds a result of 1 in 90."""
    return _ODDS.sub(lambda m: f"{m.group(1)} odds", text)


_ODDS = re.compile(r"\b1 in (\d[\d,]*)\b")


_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?)\s?k\b", re.I)


def spoken_thousands(question: str) -> str:
    """"40k" -> "40,000" (as people write a sum, a salary or a turnover in a question)."""
    return _THOUSANDS.sub(lambda m: f"{float(m.group(1)) * 1000:,.0f}", question)
