"""The verifier's word lists and question-kind rules, as data (no logic here).

Words are written as people write them. The modules that compare stems stem a list once, at import
(`terms.stems`): QUESTION_WORDS in question.py is ASKING_WORDS stemmed, and so on. Change a list here,
not its stemmed copy. Everyday words and phrases for the documents' words are in lay.py.
"""
import core.text as core_text

# ---------------------------------------------------------------------------------------------
# words of every sentence

# a word before a capitalised run that makes it a defined term, not a name ("the Landlord")
DETERMINERS = frozenset("the a an any each this that these those every no such its their our your his her".split())

# the one stopword list (core.text) less the negations (a claim check reads "no" and "not"), plus
# words that never carry a fact in a claim
STOPWORDS = (core_text.STOPWORDS - {"no", "not"}) | frozenset(
    "whose also only just very some other others has have had having up out more most so such s t him us".split()
)
# words an answer uses to frame a fact, never the fact itself ("The document states that ...")
FRAME_WORDS = frozenset(
    "document documents passage passages text state states stated according mention mentions mentioned say "
    "says said provide provided provides answer question specify specified specifies indicate indicates "
    "indicated note notes based given yes".split()
)
NEGATIONS = frozenset("not no never cannot none nor neither without".split())
NUMBER_WORDS = {
    w: str(i) for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split())
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
     "ninety": "90", "hundred": "100", "twice": "2", "once": "1"}
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan feb mar apr jun jul aug sep sept oct nov dec".split())
TIME_WORDS = tuple("second minute min hour hr day week month year fortnight decade night".split())  # terms.TIME_UNITS
MONTH_STEMS = frozenset("januari februari march april may june juli august septemb octob novemb decemb "
                        "jan feb mar apr jun jul aug sep sept oct nov dec".split())
# the word that follows a number and says what it counts; a claim's (number, unit) pair must be in
# the passage as such ("40 g" is not "40 mg")
UNIT_WORDS = tuple(("mg g kg mcg µg microgram milligram gram ml l litre liter mmol mol mmhg cm mm m km metre meter "
                    "percent person people tablet capsule dose time unit bp iu feet foot ft mile inch").split())  # stemmed and not: terms.UNITS
UNIT_QUALIFIERS = frozenset("business working calendar clear full consecutive whole further more additional "
                            "separate paediatric pediatric adult junior soluble chewable dispersible".split())  # ("2 adult tablets")
CURRENCY = frozenset("£ $ € gbp usd eur pound pounds dollar dollars euro euros".split())
# the units of a dose (stems: "capsul"), for a question that asks for one
DOSE_UNITS = frozenset("mg g mcg µg microgram milligram gram ml l unit iu tablet capsul drop puff sachet mg/kg".split())

# ---------------------------------------------------------------------------------------------
# what kind of fact a question asks for: (kind, pattern), tried in order, the first match decides
# (question.expected_type compiles them, case-insensitive). A "how many (\w+)" kind's group 1 is
# what is counted.

MONEY_WORDS = (r"cost|costs|charge|charged|charges|rent|price|pay|paid|fee|fees|premium|deposit|payment|instalment|"
               r"worth|salary|wage|wages|budget|revenue|turnover|income|fine|penalty|compensation|damages|"
               r"excess|value|amount owed|cap on|allowance|allowances|bonus|reimbursement|expenses|grant")
# a "lead .* word" rule starts at a line's first lead ("(?m:^(?:(?!lead).)*)"): tried at every "how much" of
# "how much how much ..." it was quadratic (10 s on 20,000 characters); the first lead matches whenever a later one would
QUESTION_KIND_RULES = (
    ("percent", r"\b(what|which) (percentage|percent|proportion|share)\b|(?m:^(?:(?!\bhow much ).)*)\bhow much .*\b(drop|fall|rise|increase|decrease)\b(?!-)|\bwhat (interest|rate of interest)\b"),
    ("identifier", r"\b(phone|telephone|fax|account|company|reference|registration|policy|licence|license|extension|bleep|pager|sort|serial|case) (number|code|no)\b|\b(what|which) (extension|bleep|pager)\b"),
    ("money", rf"(?m:^(?:(?!\bhow much\b).)*)\bhow much\b(?!\s+(?:notice|time)\b).*\b({MONEY_WORDS})\b|(?m:^(?:(?!\bwhat (?:is|was|are|were) ).)*)\bwhat (is|was|are|were) .*\b({MONEY_WORDS})\b|\b(what|which)\b(?!\s+happens\b).{{0,30}}\b({MONEY_WORDS})\b|\bwhat (?:does|do|did|will|would) [^?]{{0,60}}\bcosts?\b|\bhow much (?:is|are) (?:the |a |an )?(?:(?!dos|rate\b)[a-z-]+ ){{1,3}}(?:per (?!kg\b|kilo)|(?:each|every|a) (?:term|week|month|year|night|session|lesson|visit|class)\b)"),
    ("duration", r"\bhow (long|soon|quickly|fast|often|early)\b|\bhow far (ahead|before|in advance|beforehand)\b|\bhow many (seconds|minutes|hours|days|weeks|months|years|business days|working days)\b|\bwithin how\b|\bfor how long\b|\bhow much (notice|time)\b|\bby when\b|\bwhat (is the )?(deadline|notice period|time limit|term|period|duration)\b|\b(what|which) .{0,30}\bperiod\b"),
    ("dose", r"\b(what|which|how much)\b.{0,40}\b(dose|dosage|doses)\b|\bwhat (?:is|are|should be) given\b"),  # ("what's the max dose")
    ("time of day", r"(?<!within )(?<!\bin )\b(what|which|latest|earliest) time\b"),  # "what time of day ...?": "before breakfast", "by 14:00"
    ("date", r"(?:^|[-–,;:.?]\s*)when\b|\b(what|which) (date|day|year|month|version)\b|\b(latest|earliest) (date|day)\b|\bfrom what date\b|\bon what date\b|\bin which version\b|"
     r"\bwhat (?:is|was|are|were) (?:the |his |her |their |my |our |your )?(?:[\w'’-]+ ){0,3}?(?:date|deadline)s?\b"),
    ("name", r"^\s*(who|whom|whose)\b|\b(which|what)(?: (?!(?:is|are|was|were|must|should|can|could|do|does|did|will|would|may|has|have)\b)\w+){0,2} (company|companies|firm|insurer|bank|organisation|organization|person|doctor|team|body|committee|party|supplier|provider|manufacturer|court)\b|\bwho (is|are|was|leads|owns|signs|signed)\b"),
    ("count", r"\bhow many (?:[a-z]+(?:-[a-z]+)+\s+)?(?:(?:free|extra|more|additional|further|other|total|separate|different|new|full|"
              r"whole|paid|unpaid|spare|included|[a-z]{3,}ed)\s+)?"
              r"(?!(?:can|could|should|do|does|did|will|would|may|might|must|shall|is|are|am|was|were|have|has)\b)([a-z]+)"),  # "how many free / missed ..." counts what follows
    ("height", r"\bhow (high|deep|wide|tall)\b|\bwhat(?:'s| is| are)? (?:the )?(?:max(?:imum)? |min(?:imum)? )?(height|depth|width)\b"),  # a height or a level ("2,000 feet", "160 mmHg"), not "105 kg"
    ("number", r"\bhow (much|large|big|old|heavy|tall)\b|\bwhat (number|level|score|size|amount|age|weight|temperature|speed|height|depth|length|distance)\b|\b(what|which) .{0,30}\b(level|score|limit|threshold|temperature|speed|height|depth|distance)\b|\babove what\b|\bbelow what\b"),
    # "what is Corvaxaban used for?", "what does it treat?": what a medicine or service is for
    ("appearance", r"\bwhat\s+(?:do|does|did|would|will|should|might)\s+[^?]{0,40}\blook\s+like\b|\bwhat\s+colou?r\b"),
    ("purpose", r"^\s*what\s+(?:is|are)\s+(?:\S+\s+){1,4}(?:used\s+)?for\s*\??\s*$|\bwhat\s+(?:is|are)\s+.{0,40}\bused\s+(?:for|to)\b|"
                r"\bwhat\s+(?:does|do)\s+.{0,40}\b(?:treat|prevent)\b"),
)
# the words of a price, beside a share of it ("50% of the fee", "10% off"): a money question's answer, where a
# "1% cream" is none (verify/question.py)
PRICED_WORDS = ("cost charge fee price pay paid payment refund discount deposit premium rent rate off excess interest "
                "commission salary wage bonus fine penalty surcharge supplement extra uplift share budget gbp usd eur pound")
# what a sentence says a thing is for ("used to prevent stroke", "for the treatment of", "relieves")
PURPOSE_WORDS = tuple("treat treats treated treatment prevent prevents prevention relieve relieves relief indicated "
                      "indication reduce reduces reducing protect protects".split())
# what a sentence says a thing looks like ("like small pieces of white cotton thread", "a red, raised rash")
APPEARANCE_WORDS = tuple("look looks like appear appears appearance colour color coloured shape shaped white red pink "
                         "yellow green brown black blue grey gray purple orange clear cloudy".split())
# kinds a sentence answers by its words (question.has_type)
WORD_KINDS = {"purpose": PURPOSE_WORDS, "appearance": APPEARANCE_WORDS}

# ---------------------------------------------------------------------------------------------
# questions

# what "how many" counts, said otherwise by a document: "how many children per teacher" / "10 pupils"
COUNTED_ALIKE = ("child children kid kids pupil pupils student students learner learners swimmer swimmers",
                 "treatment treatments dose doses")  # "how many worming treatments": "4 doses"

# Kinds of one thing that are not each other: a quote that gives a loading dose and says no maintenance
# dose is no answer to "what maintenance dose ...?" (premise.other_kind_quoted). A group's kinds are split
# by spaces; one kind's own words by "/".
CONTRAST_KINDS = (
    "loading maintenance",
    "fixed variable",
    "maximum/max/most minimum/min/least usual/typical/standard starting/initial",
    "oral/mouth intravenous/iv subcutaneous intramuscular topical",
    "prophylactic/prophylaxis/preventive treatment/therapeutic",
    "peak off-peak",
    "manual automatic",
    "shared private",
    "daily weekly monthly annual/yearly hourly",
)

# the words a question uses to ask, not to name what it is about (stemmed: question.QUESTION_WORDS)
ASKING_WORDS = tuple((
    "much many long soon often large big small happen happens need needed tell say give given get got "
    "take taken took use used still actually exactly general late someone anyone anything something thing kind type "
    "way ignore instruction instructions previous pretend new now always come make want allowed able please know "
    "find show explain look like mean means suggest suggests").split())

# plurals the stemmer leaves apart ("women" / "woman"): read as their singular before stemming
IRREGULAR_PLURALS = {"women": "woman", "men": "man", "children": "child", "people": "person", "feet": "foot",
                     "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife"}
# past forms the stemmer leaves apart from their verb ("held" / "hold", "paid" / "pay"): read as the verb
# (not forms that are also common other words: "left", "found", "bit", "saw", "ground", "lay")
IRREGULAR_VERBS = {w: verb for verb, forms in (
    ("hold", "held"), ("pay", "paid"), ("keep", "kept"), ("give", "gave given"), ("take", "took taken"),
    ("send", "sent"), ("tell", "told"), ("make", "made"), ("get", "got gotten"), ("bring", "brought"),
    ("buy", "bought"), ("sell", "sold"), ("lose", "lost"), ("write", "wrote written"), ("eat", "ate eaten"),
    ("drink", "drank drunk"), ("break", "broke broken"), ("steal", "stole stolen"), ("choose", "chose chosen"),
    ("begin", "began begun"), ("fall", "fell fallen"), ("spend", "spent"), ("drive", "drove driven"),
    ("fly", "flew flown"), ("swim", "swam swum"), ("wake", "woke woken"), ("wear", "wore worn"),
    ("forget", "forgot forgotten"), ("withdraw", "withdrew withdrawn"), ("feed", "fed"), ("bleed", "bled"),
    ("catch", "caught"), ("think", "thought"), ("teach", "taught"), ("seek", "sought"), ("hear", "heard"),
    ("meet", "met"), ("lend", "lent"), ("build", "built"), ("sleep", "slept"), ("run", "ran"),
    ("deliver", "delivery deliveries"), ("recover", "recovery"),  # (nouns the stemmer leaves apart too)
) for w in forms.split()}
# people named by their role: "who do we ring?" is answered by "the on-call consultant" as well as by a name
ROLE_WORDS = tuple((
    "consultant clinician doctor nurse pharmacist pharmacy registrar physician surgeon midwife gp team "
    "officer manager supervisor director secretary solicitor lawyer agent landlord tenant employer "
    "helpline switchboard desk department service").split())
# a case a document leaves out of its scope (verify/scope.py): words for a child, and for an adult
# what a document is called: "on the Harbourlight contract" names the document, it restricts nothing
DOCUMENT_KIND_WORDS = tuple(("contract agreement terms conditions policy leaflet guideline guidance protocol letter "
                             "plan form document booklet sheet order").split())
CHILD_WORDS = tuple(("child children paediatric pediatric infant infants baby babies toddler kid kids neonate "
                     "neonates newborn adolescent adolescents teenager teenagers boy girl son daughter").split())
ADULT_WORDS = ("adult", "adults")


# ---------------------------------------------------------------------------------------------
# claims against their evidence (support.py)

# words that forbid or leave out, and words that allow or include: a claim with one kind against
# evidence with the other says the opposite ("Pets are allowed" / "Pets are prohibited")
FORBID_WORDS = tuple((
    "prohibited prohibit forbidden forbid banned ban excluded exclude exclusion avoid avoided refused barred "
    "disallowed contraindicated nothing nobody neither").split())
ALLOW_WORDS = tuple(("allowed allow permitted permit may can included include covered cover "
                     "entitled safe recommended").split())

# words that stand before numbers whatever they count ("every 6 hours", "within 14 days"): no anchor
ANCHOR_STOP_WORDS = tuple((
    "every each per within after before until till least most more less up over under about around approximately "
    "maximum minimum total further another first last next").split())

# words that say which quantity a number is: a claim's "maximum dose" is not supported by a passage's
# "usual dose" with the same number. A claim using a word of a group needs a word of that group in
# its supporting span (support.missing_qualifier).
LIMIT_WORD_GROUPS = (
    "maximum max exceed exceeding highest limit limited cap capped",  # not "at most": "up to" says it too
    "minimum min lowest",  # not "at least": "not less than" says it too
    "loading",
    "maintenance",
    "initial initially starting",
)

# a phrase that restricts what is asked ("for dogs", "of paid paternity leave"): up to 4 words after a
# preposition, up to the next preposition, verb, pronoun or the clause's end (verify/question.py)
RESTRICTION_RULE = r"\b(?:for|with|of|during|among|amongst)\s+((?:[a-z][\w'-]*(?![\w'-])\s*){1,4}?)(?=\s*(?:\b(?:for|in|with|to|during|at|on|of|and|or|by|from|under|after|before|if|when|than|i|you|he|she|we|they|does|do|did|is|are|was|were|can|could|should|would|will|may|must|has|have|had|instead|rather|but|so|because|that|which|who|while|unless|until|since|not|goes|gets|happens|applies|means|comes|becomes|takes|stays|lasts|keeps?|need|remains?|continues?|receives?|qualif(?:y|ies)|attends?|straight|directly|immediately|again|away|already|still|yet|ever|also|just)\b|[?,.;]|$))"

# words of a restricting phrase ("for dogs") that say when, why or how much, not which case (verify/question.py):
# weekdays and seasons ("for Christmas"), occasions ("for her birthday": why), relative times ("for next
# week's show"), generic heads ("for a blood test": the bloods), how much or how many ("for the whole stay":
# the stay; "for a few days": a time; "with half a tank": the tank; "several" would stem as "severe")
RESTRICTION_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday weekend weekends christmas easter summer winter spring autumn",
    "birthday birthdays anniversary anniversaries celebration present surprise treat",
    "next last coming previous following today tomorrow tonight yesterday",
    "check checks result results test tests thing things stuff type types kind kinds sort cup cups mug mugs glass glasses "
    "time job jobs work",
    "single each every individual particular whole entire rest few couple half bit lot lots",
)

# what the asker says the case is not: "it's not an emergency", "this isn't urgent", "she is not pregnant" (verify/question.py)
DENIED_RULE = (r"\b(?:it'?s|it\s+is|this\s+is|that'?s|he'?s|she'?s|he\s+is|she\s+is|i'?m|we'?re)\s+not\s+"
              r"(?:an?\s+|the\s+)?(?:really\s+|very\s+)?([a-z]+)|\b(?:isn'?t|aren'?t|wasn'?t)\s+(?:an?\s+|the\s+)?"
              r"(?:really\s+|very\s+)?([a-z]+)|"
              # a case written as notes: "confirmed HTN, not diabetic", "stage 2 hypertension, no diabetes"
              r"[,;(]\s*(?:not|non-?|no)\s+(?:(?:signs?|evidence|history)\s+of\s+)?([a-z]+(?:\s+[a-z]+)?)"
              r"(?=\s*(?:[,;.)?]|\s-\s|$))|"  # ("..., no signs of necrotising fasciitis.")
              # what the asker gives up: "if we swapped our quartz worktops for ..." (not "X instead of
              # Y", whose answer may be "if Y is not available, give X")
              r"\b(?:swap|replac)[a-z]*\s+(?:(?:the|our|my|a|an|his|her|their|your)\s+)?([a-z]+)"
              r"(?=(?:\s+[a-z]+)?\s+(?:for|with|by)\b)")

# the asker's relatives: whose case it is, not the thing a yes/no question asks about (verify/scope.py)
RELATION_WORDS = tuple((
    "mum mom dad mother father son daughter brother sister wife husband partner boyfriend girlfriend fiance fiancee "
    "grandson granddaughter grandmother grandfather grandma grandpa grandad nan gran stepson stepdaughter stepmum "
    "stepdad niece nephew aunt uncle cousin flatmate housemate toddler hubby").split())


# the thing a time is asked of, which the sentence itself must name (verify/question.py, QuestionTerms.timed):
# "how long does the iron infusion take" ("will the agent take to": who acts), "on what date will Mrs Q's clips
# be taken out", "what time do the Tuesday evening classes start"
TIMED_RULES = (
    r"\bhow\s+(?:long|many\s+(?:minutes|hours|days|weeks|months|years))\s+(?:does|do|did|will|would)\s+(?:(?:the|an?|my|your|our)\s+)?"
    r"((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?:\s+(?:at|in|on|for|of|after|from|with)\s[^?.,;]{0,30}?)?"
    r"(?:\s+(?:usually|normally|typically|generally))?\s+(?:take|last)s?\b(?!\s+to\b)",
    r"\b(?:when|what\s+date|which\s+day)\s+(?:will|are)\s+(?:(?:the|an?|my|your|our|his|her|their)\s+|"
    r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*['’]s\s+)?((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+be\s+(?:taken|removed|\w+ed)\b",
    r"\bwhat\s+time\s+(?:does|do|will)\s+(?:(?:the|my|your|our)\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?:\s+(?:at|in|on|for|of)\s[^?.,;]{0,40}?)?\s+(?:start|begin|finish|end|open|close)s?\b",
)
