"""Personal data out of a document's text before it is chunked, indexed or turned into pairs
(`domainbot ingest --redact`). The PDF itself is never touched.

Microsoft Presidio finds it: its pattern recognisers (phone numbers through libphonenumber, e-mail
addresses, NHS and National Insurance numbers, IBANs, card numbers, SSNs, UK postcodes, IP
addresses) and its anonymiser replace each finding with its kind in angle brackets (<PERSON>).
Presidio finds names with a spaCy or transformers NER model, and none ships offline, so the few
recognisers registered here find names and identifiers the way letters and records carry them:
after a title (Mrs Eleanor Whitcombe), a salutation (Dear Eleanor), a field label (Patient: ...,
DOB ..., Hospital No. ...), or just before an identifier (Eleanor Whitcombe, DOB ...). A name found
once is then removed wherever it recurs in the same document ('Mrs Whitcombe was seen ...').

Dates in general are kept (a lease's commencement date is a fact, not personal data); a date is
removed when it is labelled as a date of birth. Doses, durations, clause numbers and amounts stay.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

# kinds removed; everything Presidio could find beyond these (DATE_TIME, URL, US driving licences
# and bank numbers...) fires on ordinary contract and guideline text, so it is not asked for
KINDS = ("PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "ID_NUMBER", "UK_NHS", "UK_NINO",
         "IBAN_CODE", "CREDIT_CARD", "US_SSN", "ADDRESS", "UK_POSTCODE", "IP_ADDRESS")
MIN_SCORE = 0.35  # Presidio's phone matches score 0.4; weaker matches are mostly page numbers and codes
# ... except a UK postcode: Presidio scores its exact format 0.1 and relies on context words that a
# blank pipeline (no lemmas) cannot see; the format alone is specific enough
MIN_SCORE_BY_KIND = {"UK_POSTCODE": 0.1}
# numbers of organisations, not people: a "phone number" right after one of these labels is kept
ORG_NUMBER = re.compile(r"(?i)\b(?:company|registration|registered|reg\.?|vat|charity|licence|license|"
                        r"lot|batch|product|marketing[ \t]+authori[sz]ation|PL)[ \t]*(?:no\.?|number|#)?[ \t]*[:.]?[ \t]*$")

TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Nurse|Sister)"
# Whitcombe, O'Brien, McDonald, Smith-Jones; not CURB-65 or ASHGROVE (all capitals: headings, acronyms)
# PDF text often joins a letter's header lines ("... Margaret Fairbairn Date of birth: ..."), so a
# name stops before a field label (a word followed by ':') and before the usual header words
HEADER_WORDS = (r"(?:Date|Address|Tel|Telephone|Phone|Mobile|Email|E-mail|Fax|Hospital|Ward|Clinic|Department|"
                r"Diagnosis|Medication|Follow|Signed|Consultant|Registrar|Dear|Re|Yours|With|Born|Patient|NHS|DOB)")
NAME_WORD = (rf"(?!{HEADER_WORDS}\b)(?![A-Za-z'’\-]+:)"
             r"(?:[A-Z][a-z]*['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?")
# a name: one to four capitalised words (initials allowed), on one line
INITIAL = r"[A-Z]\.(?![A-Z]\.)"  # "John A. Smith"; not the D. of "D.O.B."
NAME = rf"(?:{NAME_WORD}|{INITIAL})(?:[ \t]+(?:{NAME_WORD}|{INITIAL})){{0,3}}"
# record headers: "WHITCOMBE, Eleanor", "O'SULLIVAN, Declan"
UPPER_WORD = r"(?:[A-Z]['’])?[A-Z]{2,}(?:-[A-Z]{2,})?"
SURNAME_FIRST = rf"{UPPER_WORD},[ \t]*{NAME}"
A_NAME = rf"(?:{SURNAME_FIRST}|{NAME})"
DATE = (r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}"
        r"|\d{1,2}[-/ .][A-Z][a-z]{2,8}\.?[-/ .]\d{2,4}"  # 01-Feb-1970
        r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")
ID_VALUE = r"(?=[A-Z0-9\- /]*\d)[A-Z0-9][A-Z0-9\-/]*(?:[ ][0-9][A-Z0-9\-/]*){0,3}(?:[ ][A-Z]\b)?"  # QQ 12 34 56 C
# words that follow a salutation or title but are not a person's name
NOT_NAMES = {"Sir", "Madam", "Colleague", "Colleagues", "Doctor", "Team", "All", "Patient", "Parent", "Carer",
             "Customer", "Tenant", "Landlord", "The", "This", "Re", "Yours", "Dear", "Please", "Thank"}

# (kind, regex with a group named v: the part removed, score). Labels are matched case-insensitively.
FIELDS = [
    ("PERSON", rf"\b{TITLES}\.?[ \t]+(?P<v>{NAME})", 0.7),
    ("PERSON", rf"\bDear[ \t]+(?:{TITLES}\.?[ \t]+)?(?P<v>{NAME})[ \t]*(?:,|\n|$)", 0.7),
    ("PERSON", rf"(?i:\b(?:patient(?:'s)?(?:[ \t]+(?:full[ \t]+)?name)?|(?:full[ \t]+|sur|first[ \t]+|given[ \t]+)?name|"
               rf"next[ \t]+of[ \t]+kin|NOK|carer|client|claimant|employee|attn|f\.?a\.?o|cc|from|to|witness|signature|"
               rf"GP|consultant|clinician|referred[ \t]+by|referrer))[ \t]*[:\-][ \t]*"
               rf"(?:{TITLES}\.?[ \t]+)?(?P<v>{A_NAME})", 0.6),
    ("PERSON", rf"(?i:\b(?:signed|witnessed|prepared|approved|reviewed|seen|examined|referred)[ \t]+by)[ \t]+"
               rf"(?:{TITLES}\.?[ \t]+)?(?P<v>{NAME})", 0.6),
    # a name right before an identifier: "Eleanor Whitcombe, DOB 14/03/1952", "John Smith (NHS ..."
    ("PERSON", rf"(?P<v>{A_NAME})[ \t]*[,(]?[ \t]*(?i:DOB|D\.O\.B\.?|date[ \t]+of[ \t]+birth|born|NHS[ \t]+(?:no|number)|hospital[ \t]+(?:no|number)|MRN)\b", 0.5),
    ("DATE_OF_BIRTH", rf"(?i:\b(?:DOB|D\.O\.B\.?|date[ \t]+of[ \t]+birth|born(?:[ \t]+on)?))[ \t]*[:\-]?[ \t]*(?P<v>{DATE})", 0.9),
    ("ID_NUMBER", rf"(?i:\b(?:hospital|hosp|patient|unit|case|record|medical[ \t]+record|account|acct|policy|member|"
                  rf"insurance|passport|licen[cs]e|national[ \t]+insurance|NHS|CHI|employee|payroll|staff)"
                  rf"[ \t]*(?:no\.?|num\.?|number|#|id)|\bMRN\b|\bsort[ \t]+code\b)[ \t]*[:.\-]?[ \t]*(?P<v>{ID_VALUE})", 0.8),
    # up to the end of the line or sentence, or the next "Label:" when the PDF joined the lines
    ("ADDRESS", r"(?i:\b(?:home[ \t]+|postal[ \t]+)?address)[ \t]*:[ \t]*(?P<v>[^\n:]{4,120}?"
                r"(?:\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}\b"  # ends with a UK postcode, or before the next field
                r"|(?=[ \t]+[A-Z][A-Za-z .\-]{1,24}:|[ \t,]+(?i:tel|telephone|phone|mobile|e-?mail|fax|DOB|NHS)\b"
                r"|\.(?:\s|$)|\n|$)))", 0.8),
    ("ADDRESS", r"(?i:\b(?:lives|living|resides|residing|resident|staying)[ \t]+at)[ \t]+(?P<v>\d[^\n;]{3,100}?)(?=\.(?:\s|$)|[;\n]|$)", 0.7),
]


# an organisation's name: capitalised words before a company-type word ("Lumen Biosciences Ltd")
ORGANISATION = re.compile(r"(?:\b[A-Z][A-Za-z&'’\-]+\s+){1,4}(?:Ltd|Limited|LLP|plc|PLC|Inc|GmbH|LLC|Group|Holdings|"
                          r"Trust|Estates|Analytics|Biosciences|Pharma|Pharmaceuticals|Partners|Associates)\b")


@dataclass
class Redaction:
    """The redacted text and what was removed: counts per kind (the removed text is not kept)."""

    text: str
    counts: Counter = field(default_factory=Counter)


def _recognisers():
    from presidio_analyzer import EntityRecognizer, RecognizerResult
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        NhsRecognizer,
        PhoneRecognizer,
        UkNinoRecognizer,
        UkPostcodeRecognizer,
        UsSsnRecognizer,
    )

    class FieldRecognizer(EntityRecognizer):
        """Removes the part of a match named v: the value after a label or title, not the label."""

        def __init__(self, kind: str, pattern: str, score: float):
            super().__init__(supported_entities=[kind], name=f"domainbot-{kind.lower()}", supported_language="en")
            self.regex, self.score = re.compile(pattern), score

        def load(self):
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            kind = self.supported_entities[0]
            out = []
            for m in self.regex.finditer(text):
                start, end = m.span("v")
                value = m.group("v").strip()
                if kind == "PERSON":
                    words = [w for w in value.split() if w.strip(".") not in NOT_NAMES]
                    if not words:
                        continue
                out.append(RecognizerResult(kind, start, start + len(m.group("v").rstrip()), self.score))
            return out

    # phone numbers in the formats of these regions (libphonenumber validates each)
    phones = PhoneRecognizer(supported_regions=("GB", "US", "IE", "DE", "FR", "CA", "AU", "IN"))
    return [phones, EmailRecognizer(), NhsRecognizer(), UkNinoRecognizer(), IbanRecognizer(), CreditCardRecognizer(),
            UsSsnRecognizer(), UkPostcodeRecognizer(), IpRecognizer(),
            *(FieldRecognizer(kind, pattern, score) for kind, pattern, score in FIELDS)]


@lru_cache(maxsize=1)
def _engines():
    """Presidio's analyzer on a blank English spaCy pipeline (tokens only: no model to download) with
    the recognisers above, and its anonymizer."""
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    # tldextract (e-mail validation) would fetch the public suffix list; its bundled copy is enough
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class BlankEnglish(SpacyNlpEngine):
        def __init__(self):
            super().__init__(models=[{"lang_code": "en", "model_name": "blank:en"}])

        def load(self):
            self.nlp = {"en": spacy.blank("en")}

    nlp = BlankEnglish()
    nlp.load()
    registry = RecognizerRegistry(recognizers=_recognisers(), supported_languages=["en"])
    analyzer = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])
    return analyzer, AnonymizerEngine()


def available() -> bool:
    try:
        import presidio_analyzer  # noqa: F401
        import presidio_anonymizer  # noqa: F401
        import spacy  # noqa: F401
    except ImportError:
        return False
    return True


def redact_text(text: str, boundary: str | None = None) -> Redaction:
    """Replace personal data in one document's text with <KIND> markers. No finding may overlap a
    `boundary` string (the page separator of redact_pages): nothing personal runs across pages."""
    from presidio_analyzer import RecognizerResult
    from presidio_anonymizer.entities import OperatorConfig

    analyzer, anonymizer = _engines()
    found = [r for r in analyzer.analyze(text, language="en", entities=list(KINDS), score_threshold=0.05)
             if r.score >= MIN_SCORE_BY_KIND.get(r.entity_type, MIN_SCORE) and not (r.entity_type == "PHONE_NUMBER" and ORG_NUMBER.search(text[max(0, r.start - 40):r.start]))]
    if boundary:
        walls = [(m.start(), m.end()) for m in re.finditer(re.escape(boundary), text)]
        found = [r for r in found if not any(a < r.end and r.start < b for a, b in walls)]
    # a name found once goes wherever it recurs in the document ("Mrs Whitcombe", "Eleanor")
    # (only a name's first and last word: a joined signature block "Dr Felix Ombasa Lumen ..." must
    # not purge "Lumen" everywhere; nor any word the document uses in an organisation's name)
    names = set()
    for r in found:
        if r.entity_type == "PERSON":
            words = re.findall(rf"{NAME_WORD}|{UPPER_WORD}", text[r.start:r.end])
            for w in {words[0], words[-1]} if words else ():
                if len(w) > 2 and w.title() not in NOT_NAMES:
                    names |= {w, w.upper(), w.title()}  # Whitcombe, WHITCOMBE; O'SULLIVAN -> O'Sullivan
    names -= {w for m in ORGANISATION.finditer(text) for w in m.group(0).split()}
    if names:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")
        found += [RecognizerResult("PERSON", m.start(), m.end(), 0.5) for m in pattern.finditer(text)]
    if not found:
        return Redaction(text)
    result = anonymizer.anonymize(text=text, analyzer_results=found,
                                  operators={"DEFAULT": OperatorConfig("replace", {})})  # -> <KIND>
    counts = Counter(item.entity_type for item in result.items)
    return Redaction(result.text, counts)


def redact_pages(pages, counts: Counter):
    """Pages with personal data removed; `counts` gathers what was removed, by kind. A document's
    pages are read whole first, so a name found on page 3 is also removed from page 1."""
    from dataclasses import replace

    pages = list(pages)
    sep = "\n\n\f\n\n"  # findings never overlap it (redact_text's boundary): split back on it below
    # the figures' captions and OCR text go through with the pages: a name in a scanned form is removed too
    parts = [p.text for p in pages] + [x for p in pages for f in p.figures for x in (f.caption, f.text)]
    red = redact_text(sep.join(parts), boundary=sep)
    texts = red.text.split(sep)
    counts.update(red.counts)
    rest = iter(texts[len(pages):])
    out = []
    for p, t in zip(pages, texts):
        figures = tuple(replace(f, caption=next(rest), text=next(rest)) for f in p.figures)
        out.append(replace(p, text=t, figures=figures))
    return out
