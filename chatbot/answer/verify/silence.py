"""What the documents never say: a question about a thing no shown passage names, even in other
words, is refused rather than answered from a near-topic clause.

"Who is the data protection officer?" of a contract with no officer (unknown_thing), "Does the lease
include a rent-free period?" of a lease silent on it (silent_thing), "What internet speed does the
centre guarantee?" of a contract that lists Wi-Fi but no speed (asked_unsaid), a rare word the index
never uses (rare_unknown_word). verify/verdict.py shows the nearest clause as related, not as the
answer. A case the document says it leaves out is verify/scope.py's.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence, Union

from chatbot.answer.verify.question import QUESTION_WORDS
from chatbot.answer.verify.tables import FRAME_WORDS, RELATION_WORDS
from chatbot.answer.verify.terms import LAY_TERMS, REAL_WORD_ZIPF, STOPWORDS, near, stem, stems, terms

Units = Union[Sequence[set[str]], Callable[[], Sequence[set[str]]]]  # sentences' words, or how to read them


# the thing a question asks about, where its wording names it: "which country are ...", "what discount
# do ...", "how big a fine ...", "who is Lattice's data protection officer?"
_AUX = r"(?:is|are|was|were|does|do|did|can|could|should|must|will|would|has|have)"
_ASKED_THING = re.compile(rf"\b(?:which|what)\s+([a-z]+)\s+{_AUX}\b|\bhow\s+(?:big|large|much)\s+an?\s+([a-z]+)\b|"
                          r"\bhow\s+much\s+(?:is|are|was|were)\s+(?:the\s+|my\s+|our\s+|your\s+)?(?:[a-z]+\s+)?([a-z]+)\s+"
                          r"(?:for|of|on|in|at|under)\b|"
                          rf"^\s*who\s+(?:is|are)\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:[a-z]+\s+){{0,3}}([a-z]+)\s*(?:\band\b|\?|$)",
                          re.I)


# "what is the asthma nurse's email address?", "what was Mr Fairweather's HbA1c during his admission?":
# the thing after a possessive, up to a preposition or the end
_POSSESSED = re.compile(r"^\s*(?:what|which)\s*(?:is|are|was|were|'s)\s+(?:the\s+|my\s+|our\s+|your\s+|his\s+|her\s+|"
                        r"their\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?:'s|’s|s')\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s*"
                        r"(?:\?|$|\b(?:for|of|in|on|at|during|under|after|before|when|if|from|to)\b)", re.I)


def unknown_thing(question: str, seen, shown: set[str]) -> str:
    """The thing the question asks about when the index never uses its word and no shown passage
    says it another way ("Who is the data protection officer?" of a document with no officer): then
    the nearest clause only looks like an answer. "" when the thing is known (or not named)."""
    possessed = _POSSESSED.search(question)
    if possessed:  # a word of it unknown to the index: the "email" address of a plan that gives a phone line
        words = [w for w in re.findall(r"[A-Za-z][\w-]*", possessed.group(1))  # ("creatinine and potassium")
                 if w.lower() not in STOPWORDS and stem(w.lower()) not in QUESTION_WORDS | FRAME_WORDS | GENERIC_THINGS]
        if words and not all(_known(stem(w.lower()), seen, shown) for w in words):
            return possessed.group(1)
    m = _ASKED_THING.search(question)
    if not m:
        return ""
    word = next(g for g in m.groups() if g)
    return "" if stem(word) in GENERIC_THINGS or _known(stem(word), seen, shown) else word


def _known(w: str, seen, shown: set[str]) -> bool:
    """A word the index uses, or one a shown passage says loosely or in other words."""
    return (w in QUESTION_WORDS or w in FRAME_WORDS or seen(w) or w in shown or near(w, shown)
            or bool(LAY_TERMS.get(w, frozenset()) & shown))


# "is there a break clause", "are there any late fees", "does the lease include a rent-free period",
# "does the NDA say anything about non-solicitation", "does the letter say if he can drink alcohol",
# "can it be taken while breastfeeding": the thing asked about, whose absence from every shown
# passage means they are on the topic but do not say it (the document is silent)
_THERE_IS = re.compile(r"\b(?:is|are)\s+there\s+(?:an?\s+|any\s+)?((?:[a-z][a-z'-]*\s+){0,5}[a-z][a-z'-]*)", re.I)
_HAS_THING = re.compile(
    rf"\b{_AUX}\s+(?:[A-Za-z'’&/-]+\s+){{0,8}}?(?:include|contain|have|provide\s+for|allow|permit|require|cover|arrange|"
    r"organi[sz]e|supply|sell|run|fund|pay\s+for|do|fit|give(?!\s+(?:it|him|her|them|me|us|another|more|my|his|their|your|our)\b)|"
    r"mention|say\s+anything\s+about|specify|set\s+out|impose|offer|grant|say(?:\s+(?:that|if|whether|who|what|how|when|where))?|"
    r"told\s+(?:(?:him|her|them|me|us)\s+)?(?:that|if|whether|about))s?\s+(?:an?\s+|any\s+|the\s+)?"
    r"((?:[a-z][a-z'-]*\s+){0,9}[a-z][a-z'-]*)", re.I)
# (a bounded gap of words: a lazy ".*?" scanned to the end for every "can", quadratic on "can can can ...")
_WHILE = re.compile(r"\b(?:can|may|could|should)(?:\s+\S+){0,12}?\s+(?:while|whilst|during|when|if)\s+"
                    r"((?:[a-z][a-z'-]*\s+){0,3}[a-z][a-z'-]*)", re.I)
# "are dogs allowed at the wedding", "is flood damage covered"
_ALLOWED = re.compile(r"^\s*(?:is|are)\s+((?:[a-z][a-z'-]*\s+){0,3}?[a-z][a-z'-]*\s+(?:allowed|permitted|covered|included|"
                      r"accepted|provided|available|banned|prohibited|excluded|offered|given|done|funded|supplied|checked|vetted)\b(?:\s+to\s+(?:[a-z][a-z'-]*\s+){0,3}[a-z][a-z'-]*)?)",
                      re.I)  # "are leaseholders allowed to keep pets": the pets too
# "is it safe to drive while ...", "is it OK for him to swim": the act asked about
_SAFE_TO = re.compile(r"^\s*(?:is|are)\s+(?:it|they|we|i)\s+(?:safe|ok|okay|alright|all\s+right|fine|possible)\s+"
                      r"(?:for\s+\w+\s+)?to\s+(?:let\s+(?:(?:my|our|his|her|their|the)\s+)?\w+\s+)?"  # "to let my wife go ...": her act
                      r"((?:[a-z][a-z'-]*\s+){0,3}[a-z][a-z'-]*)", re.I)
# "what happens to the loan if the borrower dies": the case asked about
_WHAT_IF = re.compile(r"^\s*what\s+happens\s+(?:[a-z'-]+\s+){0,6}?(?:if|when)\s+((?:[a-z][a-z'-]*\s+){0,5}[a-z][a-z'-]*)", re.I)
# "can I pay by credit card", "can we send notice through the portal": the means asked about
_BY_MEANS = re.compile(r"^\s*(?:can|may|could)\s+(?:i|we|you|they)\s+(?:[a-z'-]+\s+){1,4}?(?:by|through|via)\s+"
                       r"((?:[a-z][a-z'-]*\s+){0,4}[a-z][a-z'-]*)", re.I)
# "does acupuncture help prevent migraines", "will cutting dairy out of her diet help": the remedy asked
# about; "do probiotics work": a word or two ("... need antibiotics before dental work" is no remedy)
_HELPS = re.compile(r"^\s*(?:does|do|can|will|would|could|might)\s+((?:[a-z][a-z'’-]*\s+){0,6}?[a-z][a-z'-]*)\s+"
                    r"(?:help|prevent|cure|treat|ease|relieve|cause|trigger|worsen|improve|make)\b", re.I)
# "does it make your hair fall out", "can the drops cause headaches": the effect asked about, beside the remedy
_CAUSES = re.compile(r"^\s*(?:does|do|can|will|would|could|might)\s+(?:[a-z][a-z'’-]*\s+){0,6}?(?:(?:cause|trigger|worsen|affect)s?|"
                     r"(?:make|give)s?(?=\s+(?:me|you|him|her|them|us|my|your|his|their|our)\b))\s+"
                     r"((?:[a-z][a-z'-]*\s+){0,6}[a-z][a-z'-]*)", re.I)
_WORKS = re.compile(r"^\s*(?:does|do|can|will|would|could|might)\s+((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+work\b", re.I)
# the thing ends where a new clause starts (prepositions stay in: "damage to solar panels")
_WHERE = re.compile(r"\s+(?:at|in|on|near|inside|outside)\s+(?:the|my|our|your|his|her|their)\b", re.I)
_PHRASE_END = re.compile(r"\b(?:if|when|after|before|that|which|who|and|or|but|because|so|while|under)\b", re.I)
GENERIC_THINGS = frozenset(stem(w) for w in (
    "clause clauses section sections provision provisions term terms rule rules paragraph article part "
    "schedule condition conditions requirement requirements information detail details anything something "
    "way option options right rights job jobs "
    # words for the kind of value asked for: a passage says "within 7 days", not "deadline"
    "deadline deadlines timeframe time limit limits period duration amount sum figure number date minimum "
    "maximum threshold level rate strength dosage size band bands category categories grade zone column row "
    "temperature speed height distance "  # ("at what temperature": "60 degrees C")
    "treatment management action "  # "what treatment ...?": a table's "Action" column gives it
    # the asking verbs themselves ("does it say whether it covers ...", "are pets allowed")
    "cover covers covered include includes contain contains allow allows allowed permit permits permitted require "
    "requires mention mentions say says specify specifies offer offers grant grants provide provides provided "
    "accepted available banned prohibited excluded included").split())


_YES_NO = re.compile(rf"\s*(?:{_AUX}|may|might|shall|am)\b", re.I)


def _last_question(text: str) -> str:
    """The sentence that asks ("My flat has solar panels. Does the policy cover them?" -> the second)."""
    parts = [p for p in re.split(r"(?<=[.?!])\s+", text.strip()) if p.strip()]
    asking = [p for p in parts if p.rstrip().endswith("?")]
    return (asking or parts or [text])[-1]


def silent_thing(question: str, shown: set[str], naming: set[str], idf=None, bridged: set[str] = frozenset(),
                 seen=None, units: Units = ()) -> str:
    """The thing a yes/no question asks the documents to say ("Is there a penalty for ...", "Does the
    lease include a rent-free period?", "Does the policy cover damage to solar panels?") when the
    shown passages are silent on it: no word of it is in any of them, even loosely or in other words;
    or, given `idf` (stem -> weight), the words of it they lack weigh more than those they hold
    ("solar panels" against "damage", which an insurance policy says everywhere). `bridged`: question
    words a passage says in other words (Scorer.bridges: "labrador" / "dog"). "" otherwise."""
    asks = _last_question(question)
    if not _YES_NO.match(asks) and not _WHAT_IF.search(asks):
        return ""  # "how fast does the party have to tell ...": a value is asked, not whether it is said
    m = (_THERE_IS.search(asks) or _ALLOWED.search(asks) or _SAFE_TO.search(asks) or _WHILE.search(asks)
         or _BY_MEANS.search(asks) or _HAS_THING.search(asks) or _HELPS.search(asks) or _WORKS.search(asks))
    if m is None:
        m = _WHAT_IF.search(asks) or _WILL_GET.search(asks)
    if not m or re.match(r"\s*to\b", question[m.end(1):]) and m.group(0).lower().rstrip().endswith("have"):
        return ""
    # "the water bill (utilities)": the documents' word for the everyday phrase (question.plain_words) is the thing
    lay = re.match(r"\s*\(([a-z][a-z' -]{1,40})\)", asks[m.end(1):])
    thing = lay.group(1) if lay else m.group(1) if m.re is not _THERE_IS else _WHERE.split(m.group(1), 1)[0]
    # ("are there toilets at the launch site": the toilets)
    said = _unsaid(thing, shown, naming, idf, bridged, seen, units=units)
    if not said and m.re is _HELPS and (effect := _CAUSES.search(asks)):
        said = _unsaid(_PHRASE_END.split(effect.group(1))[0], shown, naming, idf, bridged, seen, units=units)
    taken = _CAN_TAKE.search(asks)  # "can a child have the chickenpox vaccine while ...": the vaccine too
    if not said and taken and taken.start(1) != m.start(1):
        said = _unsaid(_THING_END.split(taken.group(1))[0], shown, naming, idf, bridged, seen, units=units)
    return said


# a yes/no question's own word that is rare in English and that no document of the index uses, nor says
# loosely or otherwise ("Can I take it with HRT?", "Can Larkbarrow groom my dog?", "Can ginger prevent
# nausea?"): the thing asked about, on which the documents are silent. An everyday word ("legit", "sit",
# "suits", Zipf 4 or more) is how people talk, not what they ask about; a name ("Jayden"), an owner ("dad's"),
# a relative, what was done ("banged") and a word the asker explains ("jabs (vaccine)") are not the thing either.
RARE_ZIPF = 4.0
_RELATIONS = stems(RELATION_WORDS)


def _misspelt(word: str, zipf) -> bool:
    """A string nobody writes one letter away from a word people do ("agaiost"): a typo the speller
    left, not a rare thing (Norvig's one-edit neighbours, looked up in wordfreq)."""
    if zipf(word) >= REAL_WORD_ZIPF:
        return False
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = ({a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
             | {a + c + b[1:] for a, b in splits if b for c in letters} | {a + c + b for a, b in splits for c in letters})
    return any(zipf(e) >= 2.5 for e in edits - {word})


def rare_unknown_word(question: str, seen, shown: set[str], naming: set[str], bridged: set[str], zipf) -> str:
    """The rare word a yes/no question asks about when the index never uses it and no shown passage
    says it another way (see RARE_ZIPF); "" otherwise, or without word frequencies (`zipf` None)."""
    asks = _last_question(question)
    if zipf is None or not _YES_NO.match(asks):
        return ""
    for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]", asks):
        word = m.group(0)
        gloss = re.match(r"\s*(?:[a-z]+\s+)?\(([^)]*)\)", asks[m.end():])
        if (m.start() and word[0].isupper() and not word.isupper() or re.search(r"['’]s$|[a-z]{3}ed$", word)
                or gloss and any(_known(w, seen, shown) for w in terms(gloss.group(1)).words)
                or re.search(r"\(\s*$", asks[:m.start()])):
            continue  # a name, an owner, what was done ("banged his head"), a word the asker explains or its gloss
        # (a short lowercase word is an abbreviation: "epi pens"; "unused" is as everyday as "used")
        parts = [p for p in word.lower().replace("’", "'").split("-") if (len(p) > 3 or word.isupper())
                 and not (p.startswith("un") and zipf(p[2:]) >= RARE_ZIPF)]
        if parts and all(stem(p) not in QUESTION_WORDS | FRAME_WORDS | GENERIC_THINGS | naming | bridged | _RELATIONS
                         and p not in STOPWORDS and not _known(stem(p), seen, shown) and zipf(p) < RARE_ZIPF
                         and (word.isupper() or not _misspelt(p, zipf)) for p in parts):
            return word
    return ""


# "will Daniel still get his 2026 bonus", "does the carer receive travel time": what is received
_WILL_GET = re.compile(r"^\s*(?:will|would|do|does|did|should)\s+(?:[a-z'-]+\s+){0,3}?(?:still\s+)?(?:get|receive|be\s+(?:offered|given))\s+"
                       r"(?:an?\s+|the\s+|any\s+|my\s+|his\s+|her\s+|their\s+|our\s+)?((?:[a-z0-9][a-z0-9'-]*\s+){0,3}[a-z][a-z'-]*)", re.I)


# "can a child have the chickenpox vaccine", "should I take ibuprofen": what is taken (up to "while", "with")
_CAN_TAKE = re.compile(r"^\s*(?:can|may|could|should)\s+(?:[a-z'-]+\s+){0,3}?(?:have|take|get|use|eat|drink|give|wear|go(?=\s+\w+ing\b))\s+"
                       r"(?:an?\s+|the\s+|any\s+|some\s+|my\s+|his\s+|her\s+|their\s+)?((?:[a-z][a-z'-]*\s+){0,3}[a-z][a-z'-]*)", re.I)
_THING_END = re.compile(r"\s+(?:while|whilst|during|with|at|on|for|to|in|if|when|after|before|and|or)\b", re.I)


# "what internet speed does ...", "which bank account should ...", "what is the staff-to-student ratio on ...",
# "what dose of febuxostat ...": the thing a value is asked of
_WH_THING = re.compile(
    rf"\b(?:which|what)\s+(?!(?:{_AUX}|am|may|might|shall)\b)((?:[a-z][a-z'-]*\s+){{0,4}}?[a-z][a-z'-]*)\s+(?:{_AUX}|may|might|shall)\b|"
    r"\b(?:which|what)\s+(?:is|are|was|were|will\s+be)\s+(?:the|an?|my|our|your|his|her|their)\s+((?:[a-z][a-z'-]*\s+){0,3}?[a-z][a-z'-]*)"
    r"\s*(?:\?|$|\b(?:for|of|on|in|at|under|with|when|if|to|from|per|after|before|that)\b)|"
    r"\bhow\s+(?:much|long|big|large|often)\s+(?:is|are|was|were|will\s+be)\s+(?:the|an?|my|our|your|his|her|their)\s+"
    r"((?:[a-z][a-z'-]*\s+){0,3}?[a-z][a-z'-]*)\s*(?:\?|$|\b(?:for|of|on|in|at|under|with|when|if|to|from|per|after|before)\b)",
    re.I)


_BRAND = re.compile(r"\b(?:which|what)\s+(?:brands?|makes?|models?|manufacturers?)\b(?:\s+(?:and|or)\s+(?:brands?|makes?|models?|sizes?))?\s+of\b", re.I)
_BRAND_WORDS = frozenset(stem(w) for w in "brand brands model models manufacturer maker".split())


def asked_unsaid(question: str, shown: set[str], naming: set[str], idf=None, bridged: set[str] = frozenset(),
                 seen=None, units: Units = ()) -> str:
    """The thing a "what / which / how much is" question asks a value of, when the document that
    answers best does not say it, even in other words: "What internet speed does the centre guarantee?"
    of a contract that lists Wi-Fi but no speed, "Which brand of food do they use?". The nearest
    clause would only look like an answer. Words for the kind of value ("temperature", "percentage",
    "fee") are not the thing: a passage says "below 25 C". "" when the thing is said (or not named)."""
    asks = _last_question(question)
    if (b := _BRAND.search(asks)) and not _BRAND_WORDS & shown:
        return b.group(0)  # "which make of peak flow meter": a document that names no brand or model
    m = _WH_THING.search(asks)
    if not m:
        return ""
    phrase = next(g for g in m.groups() if g)
    phrase = re.sub(r"\b[\w-]+(?:'s|’s|s')\s+", "", phrase)  # "the clinic's fee": the fee
    # "first-line" is said as one word or as its parts
    words = " ".join(w for w in phrase.split() if stem(w.lower()) not in VALUE_KINDS and not (
        "-" in w and (stem(w.lower().replace("-", "")) in shown or all(stem(p) in shown for p in w.lower().split("-") if p))))
    return _unsaid(words.replace("-", " "), shown, naming, idf, bridged, seen, naming_held=True,
                   units=units) if words else ""


# what kind of value is asked, or which of several: a passage states "25 C", "40%", "09:00 to 20:00", not the word
VALUE_KINDS = frozenset(stem(w) for w in (
    "percentage percent proportion share range temperature category categories band bands hour hours time times day days "
    "week weeks month months year years age weight score value reading level price cost fee fees charge charges "
    "name names title code codes address date dates "
    "normal usual standard typical recommended current exact total correct right best starting his her my our their your "
    "lowest highest least most smallest largest".split()))  # ("the lowest air temperature": the temperature)


# verbs that carry the act, not the thing ("let my husband go to sleep", "if I come along"): never what is asked about
_LIGHT = stems("let go goes going come comes coming along get gets getting put make keep still".split())


def _unsaid(phrase: str, shown: set[str], naming: set[str], idf, bridged: set[str], seen=None,
            naming_held: bool = False, units: Units = ()) -> str:
    """`phrase` when the shown passages do not say it (silent_thing); "" when they do. `naming_held`:
    a word that names the document ("vitamin" of a vitamin guideline) weighs as said, not as nothing.
    `units`: the words of each sentence (with its heading), or a function that reads them: a thing of
    several words is said where they stand together, not where each is found somewhere ("a holiday
    orchestra course in the summer" of terms that name an orchestra, the holidays and a summer term
    apart)."""
    end = _PHRASE_END.search(phrase)
    phrase = phrase[: end.start()] if end else phrase
    words = {w for w in terms(phrase).words if not any(ch.isdigit() for ch in w)}
    words -= QUESTION_WORDS | FRAME_WORDS | GENERIC_THINGS | _RELATIONS | _LIGHT | (frozenset() if naming_held else naming)
    if not words or words <= naming:
        return ""
    held = {w for w in words if w in shown or w in bridged or w in naming or near(w, shown)
            or LAY_TERMS.get(w, frozenset()) & shown}
    if not held:
        return phrase.strip()
    if seen is not None and any(not seen(w) for w in words - held):
        return phrase.strip()  # "sunbeds", "grapefruit": no document of the index ever says it, nor says it otherwise
    sentences = (units() if callable(units) else units) if idf is not None and len(words) >= 3 else ()
    if sentences:
        held = max(({w for w in held if w in u or w in bridged or w in naming or LAY_TERMS.get(w, frozenset()) & u}
                    for u in sentences), key=lambda h: sum(idf(w) for w in h))
    if idf is not None:
        # a word said only in other words (a word-vector bridge: "orchestra" / "music") is half said
        other = {w for w in held & bridged if w not in shown and not near(w, shown)}
        weight = sum(idf(w) for w in held - other) + 0.5 * sum(idf(w) for w in other)
        if sum(idf(w) for w in words - held) + 0.5 * sum(idf(w) for w in other) > weight:
            return phrase.strip()
    return ""

