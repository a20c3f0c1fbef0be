"""What a piece of text says, as the verifier compares it: tokens, stems, normalised numbers,
(number, unit) quantities, proper names, numbered items, opposites and families of medicines.
The pieces a passage is read in (sentences, rows, cells) are in pieces.py."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Iterable

from chatbot.answer.verify.lay import LAY_GROUPS
from chatbot.answer.verify.tables import (
    CURRENCY,
    DETERMINERS,
    IRREGULAR_PLURALS,
    IRREGULAR_VERBS,
    MONTH_STEMS,
    MONTHS,
    NEGATIONS,
    NUMBER_WORDS,
    ROLE_WORDS,
    STOPWORDS,
    TIME_WORDS,
    UNIT_QUALIFIERS,
    UNIT_WORDS,
)
from ingest.clean import is_heading

# ---------------------------------------------------------------------------------------------
# tokens: words (stemmed), numbers (normalised), quantities (number + unit)

TOKEN = re.compile(r"[£$€]|%|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)?")
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?<![\w/\-.])((?:19|20)\d\d)(?![\w/\-]|\.\d)")
_CONTRACTION = re.compile(r"['’](?:s|m|re|ve|ll|d)$")
# "when the patient eats", "once it is signed", "until they are": a time given by an event
_TEMPORAL = re.compile(r"\b(?:when|whenever|once|until|unless|after|before|as\s+soon\s+as)\s+"
                       r"(?:the|a|an|it|they|he|she|his|her|their|[a-z]+(?:s|ed|ing))\b", re.I)
# "on the Handover Date", "on payment in full", "on receipt of": when, by a named date or an event
_NAMED_DATE = re.compile(r"\b(?:[Oo]n|[Bb]y|[Ff]rom)\s+the\s+(?:[A-Z][\w-]*\s+){1,3}Date\b|"
                         r"\b[Oo]n\s+(?:[a-z]+(?:ment|tion|al)|receipt|expiry|request|demand|death)\b")
_PARTY = re.compile(r"\b[Tt]he\s+([A-Z][a-z]{3,}(?:er|or|ist|ant|ee|ian)|Client|Patient|Parent|Resident|Student)\b(?!\s+[A-Z])")
_RATE = re.compile(r"(?:\d|\b(?:once|twice|two|three|four|five|six)\b)\s*(?:[A-Za-zµ%]+\s*)?(?:/|\bper\s+|\ban?\s+)(?:hours?|hr|h|"
                   r"minutes?|min|days?|weeks?)\b|\bevery\s+(?:\d+\s+)?(?:hours?|days?|weeks?|months?)\b", re.I)
_HYPHENATED = re.compile(r"\b([A-Za-z]{2,})-([A-Za-z]{2,})\b")
# a leading clause or list label: "3.1 ", "(a) ", "• ", "12. " (not a fact of the sentence)
_LABEL = re.compile(r"^\s*(?:[•\-–*]\s*|\(?[a-z]\)\s+|\(?[ivx]+\)\s+|\d+(?:\.\d+)*\.?\s+(?=[A-Z(\"“]))+")
# a run of capitalised words ("Imogen Salter", "Norvale Pharmaceuticals Ltd")
_CAPS_RUN = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Za-z]+)*(?:\s+(?:[A-Z][a-z]+(?:[-'][A-Za-z]+)*|of|and|&))*")
# a line of nothing but list labels ("3.1", "(a)", "•"); a number is taken whole (no digit after it),
# so a run of digits has one reading, not 2^n (the old pattern split "111..." every way before failing)
_LABELS_ONLY = re.compile(r"(?:\s*(?:\d+(?:\.\d+)*\.?(?!\d)|\(?[a-z]\)|[•\-–*]))*\s*")


def proper_names(text: str) -> set[str]:
    """Lower-cased words of capitalised runs that name someone or something. Not after a determiner
    ("the Landlord", "the Insured Risks" are defined terms), and a sentence's first word does not
    count ("Harbor Imogen Salter" at a line start names Imogen Salter)."""
    out = set()
    for m in _CAPS_RUN.finditer(text):
        words = re.findall(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*", m.group(0))
        before = text[: m.start()].rstrip()[-40:]
        if _LABELS_ONLY.fullmatch(before.split("\n")[-1]):
            before = before[: len(before) - len(before.split("\n")[-1])] + "\n" if "\n" in before else ""
        prev = re.search(r"([A-Za-z]+)\W*$", before)
        if prev and prev.group(1).lower() in DETERMINERS:
            continue
        if not before or before.endswith((".", "!", "?", "\n", "•")) and not before.endswith(("Dr.", "Mr.", "Ms.")):
            if words[0].lower() in DETERMINERS:
                continue
            words = words[1:]  # a sentence starts with a capital whatever it is
        out.update(w.lower() for w in words)
    return out


REAL_WORD_ZIPF = 1.5  # written about once in 30 million words of web text, books and subtitles: a real word


@lru_cache(maxsize=1)
def zipf_frequency():
    """wordfreq's English word frequency (Zipf scale: 0 for a string nobody writes, 7 for "the"), or
    None without wordfreq (then no everyday word is read for a typo the index has no neighbour of)."""
    try:
        from wordfreq import zipf_frequency as zipf
    except ImportError:  # pragma: no cover - a dependency; the index's words still correct typos
        return None
    return lambda word: zipf(word, "en")


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer: the Snowball English stemmer, also used by bm25s

    return Stemmer.Stemmer("english")


# what a contract says is "payable", "refundable", "chargeable" is what a person asks to pay, refund, charge
_ABLE = {w + "able": w for w in "pay repay refund charge return cancel claim transfer renew recover book extend".split()}
_ABLE["cancellable"] = "cancel"
_IRREGULAR = {**IRREGULAR_PLURALS, **IRREGULAR_VERBS, **_ABLE}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    low = word.lower()
    bare = low[:-2] if low.endswith(("'s", "’s")) else low  # "children's": child
    return _stemmer().stemWord(_IRREGULAR.get(bare, low))



def stems(words: Iterable[str]) -> frozenset[str]:
    """The stems of a word list (tables.py holds the words as written)."""
    return frozenset(stem(w) for w in words)


TIME_UNITS = frozenset(TIME_WORDS) | stems(TIME_WORDS)
UNITS = TIME_UNITS | MONTH_STEMS | frozenset(UNIT_WORDS) | stems(UNIT_WORDS)
ROLES = stems(ROLE_WORDS)


def normalise_number(text: str) -> str:
    """'41,000' and '41000.00' -> '41000'; '0.5' -> '0.5'."""
    try:
        d = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return text
    s = format(d.normalize(), "f")
    return s


@dataclass
class Terms:
    """What a piece of text says, as sets: stems of content words, numbers, (number, unit) pairs."""

    words: set[str] = field(default_factory=set)  # stems, no stopwords, no numbers
    numbers: set[str] = field(default_factory=set)
    quantities: set[tuple[str, str]] = field(default_factory=set)  # ("40", "mg"), ("6", "month")
    months: set[str] = field(default_factory=set)
    negated: bool = False
    money: set[str] = field(default_factory=set)  # numbers with a currency sign or code next to them
    percent: bool = False
    names: set[str] = field(default_factory=set)  # proper names: capitalised, not sentence-initial, no "the"
    identifiers: set[str] = field(default_factory=set)  # digit strings of 3+ digits without separators
    counted: set[tuple[str, str]] = field(default_factory=set)  # (number, stem of a word within 2 after it, or its acronym)
    years: set[str] = field(default_factory=set)  # 1900-2099 standing alone (not inside a code like NDA/2025-031)
    temporal: bool = False  # a clause that says when by an event: "only when ...", "once ...", "until ..."
    clock: bool = False  # names a time of day: "at 10 am", "by 14:00", "12 noon"
    rate: bool = False  # a number per unit of time: "83 mL/hour", "2 units an hour"
    roles: set[str] = field(default_factory=set)  # stems of words naming a person by role ("the on-call consultant")


_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|(?<![\d.:])\d{1,2}:\d{2}(?![\d:])|\b(?:noon|midday|midnight)\b", re.I)


@lru_cache(maxsize=8192)
def terms(text: str) -> Terms:
    """The Terms of `text` (cached: callers must not change the result)."""
    found = list(TOKEN.finditer(text))
    tokens = [m.group(0) for m in found]
    # a number after "/" is a unit's own ("250 mg/5 mL"): the concentration, no amount of millilitres
    per = {i for i, m in enumerate(found) if text[max(0, m.start() - 3) : m.start()].rstrip().endswith("/")
           } if "/" in text else set()
    t = Terms()
    t.names = proper_names(text)
    t.years = {m.group(1) for m in _YEAR.finditer(text)}
    t.temporal = bool(_TEMPORAL.search(text) or _NAMED_DATE.search(text))
    t.clock = bool(_CLOCK.search(text))
    t.rate = bool(_RATE.search(text))
    # "back-up" also matches "backup", "e-mail" "email"
    for m in _HYPHENATED.finditer(text):
        t.words.add(stem(m.group(1) + m.group(2)))
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if low in NUMBER_WORDS and not (low == "once" and i + 1 < len(tokens) and tokens[i + 1].lower() == "daily"):
            num = NUMBER_WORDS[low]
        elif NUMBER.fullmatch(tok):
            num = normalise_number(tok)
        else:
            num = None
        if num is not None:
            t.numbers.add(num)
            nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if nxt == "%":
                t.quantities.add((num, "%"))
                t.percent = True
            elif i not in per:
                # "40 mg", "15 Business Days", "6 months'": the unit may follow a qualifier
                for later in tokens[i + 1 : i + 3]:
                    if not later.isalpha() or tok in t.years and later[0].isupper():
                        break  # (a year before a title's word: "Card MDC-02 (2026) Tablets to pause")
                    unit = stem(later)
                    if unit in UNITS or later.lower() in UNITS:
                        t.quantities.add((num, unit if unit in UNITS else later.lower()))
                        break
                    if later.lower() not in UNIT_QUALIFIERS:
                        break
            prev = tokens[i - 1].lower() if i > 0 else ""
            if prev in CURRENCY or nxt in CURRENCY:
                t.money.add(num)
            if re.fullmatch(r"\d{3,}", tok) and prev not in CURRENCY and not re.fullmatch(r"(19|20)\d\d", tok):
                t.identifiers.add(num)
            for later in tokens[i + 1 : i + 3]:  # "4 glucose tablets"
                if not later.isalpha() or tok in t.years and later[0].isupper():
                    break
                t.counted.add((num, later if later.isupper() and len(later) > 1 else stem(later)))  # ("6 FTU")
                if later.lower() in UNITS and later.lower() not in TIME_UNITS:
                    break  # "Up to 105 kg, Passenger weight": kilograms, no passengers
            continue
        if low in ("%",):
            continue
        if low in CURRENCY:
            continue
        if low.endswith(("n't", "n’t")) or low in NEGATIONS:
            t.negated = True
        if low in MONTHS and len(low) > 3:
            t.months.add(low[:3])
        elif low in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"):
            t.months.add(low[:3])
        if low in STOPWORDS or low in NEGATIONS or len(low) < 2 or low.endswith(("n't", "n’t")) or (
                _CONTRACTION.sub("", low) in STOPWORDS):
            continue  # "what's", "I'm", "we've", "doesn't": a stopword with its verb, no content
        t.words.add(stem(low))
    for m in _BRACKETED_UNIT.finditer(text):  # a table cell under its heading: "Charge (GBP, excl. VAT) 1,240.00"
        num = normalise_number(m.group(2))
        inner = [w.lower() for w in TOKEN.findall(m.group(1))]
        unit = next((u for w in inner for u in (w, stem(w)) if u in UNITS), None)
        if any(w in CURRENCY for w in inner):
            t.money.add(num)
        elif unit is not None:
            t.quantities.add((num, unit))
    # a party a contract defines, by what it does: "the Artist", "the Supplier", "the Licensee"
    t.roles = t.words & ROLES | {stem(w.lower()) for w in _PARTY.findall(text)}
    return t


_BRACKETED_UNIT = re.compile(r"\(([^()\d]{1,30})\)\s*(\d[\d,]*(?:\.\d+)?)(?![\d/])")


def quantities_within(passage_tokens: list[str], num: str, unit: str, window: int = 3) -> bool:
    """The passage has `num` followed within `window` tokens by `unit` ("15 Business Days" holds "15 day")."""
    for i, tok in enumerate(passage_tokens):
        if tok != num:
            continue
        for nxt in passage_tokens[i + 1 : i + 1 + window]:
            if nxt == unit:
                return True
    return False


def normalised_tokens(text: str) -> list[str]:
    """Tokens as the checks compare them: stems, numbers without thousands separators, '%'."""
    return _norm_tokens(text)


@lru_cache(maxsize=8192)
def _norm_tokens_cached(text: str) -> tuple[str, ...]:
    return tuple(_norm_tokens_uncached(text))


def _norm_tokens(text: str) -> list[str]:
    return list(_norm_tokens_cached(text))


def _norm_tokens_uncached(text: str) -> list[str]:
    out = []
    for tok in TOKEN.findall(text):
        low = tok.lower()
        if NUMBER.fullmatch(tok):
            out.append(normalise_number(tok))
        elif low in NUMBER_WORDS:
            out.append(NUMBER_WORDS[low])
        elif low == "%":
            out.append("%")
        else:
            out.append(stem(low))
    return out


# ---------------------------------------------------------------------------------------------
# sentences


def strip_label(sentence: str) -> str:
    return _LABEL.sub("", sentence, count=1)


# ---------------------------------------------------------------------------------------------
# lay words: a question word of a group (lay.LAY_GROUPS) is matched by any other word of its group

LAY_TERMS: dict[str, frozenset[str]] = {}
_LAY_WORDS: dict[str, frozenset[str]] = {}  # a word's stem -> the words of its groups, as written
for _group in LAY_GROUPS:
    _stems = frozenset(stem(w) for w in _group.split() if "_" not in w)
    for _w in _stems:
        LAY_TERMS[_w] = LAY_TERMS.get(_w, frozenset()) | (_stems - {_w})
        _LAY_WORDS[_w] = _LAY_WORDS.get(_w, frozenset()) | frozenset(w for w in _group.split() if "_" not in w)


def lay_search_words(question: str, vocab: dict[str, int], vocab_stems: frozenset[str]) -> list[str]:
    """The documents' words for the question's everyday words that no chunk uses in any form, to search
    with too: "Nurofen" -> "ibuprofen", "quitting" -> "terminate", where the index says those (`vocab`:
    the index's words; `vocab_stems`: their stems)."""
    out: list[str] = []
    for w in dict.fromkeys(re.findall(r"[a-z]+", question.lower())):
        if len(w) > 3 and (st := stem(w)) not in vocab_stems and st in _LAY_WORDS:
            out += [o for o in sorted(_LAY_WORDS[st], key=lambda o: (-vocab.get(o, 0), o)) if o not in out and vocab.get(o)][:3]
    return out


# a numbered item: "Severity 2", "grade E4", "Stage 1", "type 2", "step 3"
_ITEM_LABELS = (r"severity|priority|level|grade|stage|tier|day|week|month|category|class|band|step|phase|type|dose|"
                r"visit|cycle|schedule|option|instalment|installment|payment|session|appointment|injection|infusion|p")
ITEM_LABEL = re.compile(rf"\b({_ITEM_LABELS})\s*([a-z]?\d{{1,2}}[a-z]?)\b", re.I)
# "the second instalment", "her 3rd dose": the item numbered by an ordinal before its label
ORDINALS = {w: str(i) for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}
ITEM_ORDINAL = re.compile(rf"\b({'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+({_ITEM_LABELS})s?\b", re.I)


def numbered_items(text: str) -> dict[str, set[str]]:
    """Each item label's numbers: "Grade E3, step 2" -> {"grade": {"e3"}, "step": {"2"}}."""
    out: dict[str, set[str]] = {}
    for m in ITEM_LABEL.finditer(text):
        out.setdefault(_item_label(m.group(1)), set()).add(m.group(2).lower())
    for m in ITEM_ORDINAL.finditer(text):
        n = m.group(1).lower()
        out.setdefault(_item_label(m.group(2)), set()).add(ORDINALS.get(n, n[:-2]))
    return out


def _item_label(word: str) -> str:
    word = word.lower()
    return "instalment" if word == "installment" else word


def other_item(asked: dict[str, set[str]], text: str) -> bool:
    """`text` names another item of a label the question numbers, and not the one asked: "Grade E3,
    step 2" for "grade E4 step 3", "type 1 diabetes" for "type 2"."""
    if not asked:
        return False
    have = numbered_items(text)
    return any(label in have and not (ids & have[label]) for label, ids in asked.items())


def near(word: str, words: set[str]) -> bool:
    """A looser match than the stem: one word starts the other ("own" / "owner", "forgot" / "forget"
    share no stem)."""
    if len(word) < 3:
        return False
    for w in words:
        if len(w) >= 3 and abs(len(w) - len(word)) <= 3 and (w.startswith(word) or word.startswith(w)
                                                               or (len(word) >= 5 and w[:5] == word[:5])):
            return True
    return False


def is_title(text: str) -> bool:
    """A heading or title ("6. INSURANCE", "Rent Review"): quoting one answers nothing. Ingest's
    heading test, less what carries a fact: a label ending in ':' introduces its value ("Effective
    Date:" … "14 March 2025"), and a line with a number past its clause number states one."""
    text = text.strip()
    if text.endswith("?"):
        return True  # a leaflet's question ("What counts as a fever?") heads its answer; it answers nothing
    if len(text) <= 160 and re.search(r"\bpage\s+\d{1,4}\s+of\s+\d{1,4}\s*$", text, re.I):
        return True  # a running footer ("Allergy Service - School plan, reviewed yearly Page 1 of 2")
    return is_heading(text) and not text.endswith(":") and not re.search(r"\d", re.sub(r"^\d+(\.\d+)*\.?\s+", "", text))


def opposite(a: str, b: str) -> bool:
    """One root behind two short prefixes, as opposites are made ("upload" / "download", "increase" /
    "decrease", "inpatient" / "outpatient"): close in a word encoder, never the same thing."""
    for n in range(min(len(a), len(b)) - 1, 3, -1):
        if a[-n:] == b[-n:]:
            return len(a) - n <= 4 and len(b) - n <= 4
    return False


# stems that name a family of medicines (WHO INN stems): "rizatriptan" and "sumatriptan" are two of one kind
_DRUG_STEMS = ("triptan", "sartan", "pril", "olol", "statin", "cillin", "floxacin", "mycin", "prazole", "conazole",
               "dipine", "parin", "xaban", "gatran", "gliflozin", "gliptin", "glutide", "tidine", "setron", "oxetine",
               "azepam", "zolam", "profen", "codone", "ciclovir", "clovir", "vudine", "tinib", "dronate", "semide",
               "thiazide", "olone", "sone", "mab")


def other_of_family(asked: set[str], text: str) -> bool:
    """The sentence names another medicine of the family the question asks of, and not the one asked
    ("Take sumatriptan 50 mg ..." for "what dose of rizatriptan"): an answer about its neighbour. The
    family's own name ("Thiazide diuretics" for "bendroflumethiazide") is no neighbour."""
    said = set(re.findall(r"[a-z]{6,}", text.lower()))
    for w in asked:
        stem_ = next((x for x in _DRUG_STEMS if w.endswith(x) and len(w) > len(x) + 2), None)
        if stem_ and w not in said and any(o.endswith(stem_) and len(o) > len(stem_) + 2 and o != w and o not in asked for o in said):
            return True
    return False


# "5. Claims for storm damage must be reported within 14 days": the asked thing, for one narrower case
_NARROW_CASE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?((?:[A-Za-z][\w'-]*\s+){0,1}[A-Za-z][\w'-]*)\s+(?:for|of|involving)\s+"
                          r"((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:must|shall|should|will|are|is|may|can)\b")


def narrower_case(text: str, asked: set[str]) -> bool:
    """The sentence states the asked thing ("claims") only for a case the question never names ("for
    storm damage"): a general rule beside it answers the question better."""
    m = _NARROW_CASE.match(text)
    if not m:
        return False
    head, case = terms(m.group(1)).words, terms(m.group(2)).words
    return bool(head & asked) and bool(case) and not (case & asked)
