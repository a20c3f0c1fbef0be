"""The `rules` generator: questions and extractive answers from definitions, obligations, amounts,
durations, doses, table rows and section openings, several phrasings per fact."""
from __future__ import annotations

import hashlib
import re

from chatbot.training.pairs.records import MAX_ANSWER_CHARS, QA
from chatbot.training.pairs.text import (
    AMOUNT,
    BOUNDARY,
    DEF_PLAIN,
    DEF_QUOTED,
    DOSE,
    DURATION,
    FREQUENCY,
    HEADING_NUM,
    LABEL,
    LEAD_ENUM,
    NUMBER,
    OBLIGATION,
    PARTIES,
    PERCENT,
    PRONOUNS,
    QUALIFIER,
    VERB_GROUP,
    doc_title,
    is_sentence,
    is_table_row,
    lower_first,
    noun_phrase,
    paragraph_sentences,
    parse_clause,
    punctuated_words,
    squash_spaces,
    table_cells,
    trim_answer,
)
from core.schema import Chunk
from core.text import STOPWORDS, content_words
from ingest.clean import is_heading


def _facts(sentence: str) -> list[tuple[str, str, str]]:
    """(kind, span, flavour) facts in a sentence; flavour picks the question word."""
    found = []
    for kind, flavour, rx in (("dose", "frequency", FREQUENCY), ("dose", "dose", DOSE), ("amount", "amount", AMOUNT),
                              ("amount", "percent", PERCENT), ("duration", "duration", DURATION)):
        for m in rx.finditer(sentence):
            if any(m.start() < e and s < m.end() for _, _, (s, e) in found):
                continue  # overlaps a fact already found ("every 4 hours" is a frequency, not a duration)
            found.append((kind, flavour, (m.start(), m.end())))
    medical = bool(DOSE.search(sentence))
    out = []
    for kind, flavour, (s, e) in sorted(found, key=lambda t: t[2][0]):
        if flavour == "frequency" and not medical:
            kind = "duration"
        out.append((kind, sentence[s:e].strip(), flavour))
    return out


def _leads_with_fact(value: str) -> bool:
    """'500 mg every 6 hours' / 'maximum 4 g' / '£2,000' open with their fact; 'PL 40127/0031 (10 mg)' does not."""
    facts = _facts(value)
    if not facts:
        return False
    head = value[: value.find(facts[0][1])]
    return len(head) <= 15 and not NUMBER.search(head)


def _wh(flavour: str, fact: str, before: str) -> str:
    if flavour == "dose":
        return "What dose"
    if flavour == "frequency":
        return "How often"
    if flavour == "amount":
        return "How much"
    if flavour == "percent":
        return "What percentage"
    unit = re.search(r"(day|week|month|year|hour|minute)", fact, re.I)
    unit = (unit.group(1).lower() + "s") if unit else "days"
    if re.search(r"\bwithin\s*$|\bno later than\s*$|\bnot later than\s*$", before, re.I):
        return f"Within how many {unit}"
    return "How long"


def _fact_questions(sentence: str, kind: str, fact: str, flavour: str, doc: str, section: str) -> list[str]:
    """Several phrasings of a question whose answer is `fact` in `sentence` (informal ones start with '~')."""
    s = LEAD_ENUM.sub("", squash_spaces(sentence))
    pos = s.find(fact)
    before = s[:pos]
    wh = _wh(flavour, fact, before)
    plain_wh = "How long" if wh.startswith("Within") else wh
    maxi = bool(re.search(r"\b(maximum|max\.?|not exceed|no more than|not more than|up to|at most)\b", s, re.I))

    # "Adults: 500 mg every 4-6 hours" / "Security deposit: £2,000"
    label = LABEL.match(s)
    if label and _leads_with_fact(label.group(2)) and fact in label.group(2) and len(label.group(1).split()) <= 5:
        lab = label.group(1).strip()
        lab_l = lab.lower() if not lab.isupper() else lab
        noun = {"dose": "dose", "frequency": "dosing frequency", "amount": "amount", "percent": "rate"}.get(flavour, "period")
        if maxi:
            noun = "maximum " + noun
        qs = [f"What is the {noun} for {lab_l} in the {doc}?", f"According to the {doc}, what {noun} applies to {lab_l}?"]
        qs.append(f"~whats the {noun.replace('maximum', 'max')} for {lab_l}")
        return qs

    cl = parse_clause(s)
    fronted = cl is not None and fact not in cl.rest and 0 <= s.find(fact) < s.find(cl.subject) and bool(cl.verb) \
        and not cl.passive and not cl.verb_group.endswith(" not") and cl.verb_group not in ("is", "are") \
        and not cl.subject.lower().startswith(("neither", "no "))
    if fronted:
        # "Within 10 Business Days of a request, the Receiving Party shall return ..." -> Within how many days must ...
        subj, modal = lower_first(cl.subject), _norm_modal(cl.verb_group)
        obj = noun_phrase(punctuated_words(cl.rest), 6)
        q = f"{wh} {modal} {subj} {cl.verb}{(' ' + obj) if obj else ''}"
        return [q + "?", f"Under the {doc}, {q[0].lower() + q[1:]}?"]
    if cl and fact in cl.rest:
        between = cl.rest[: cl.rest.find(fact)]
        if ";" in between or VERB_GROUP.search(between) or re.search(r",\s+(?:and|but|or|while|whereas)\b", between):
            cl = None  # the fact belongs to a later clause with its own subject
    if cl and fact in cl.rest:
        subj = lower_first(cl.subject)
        vg = cl.verb_group
        modal = _norm_modal(vg.replace(" not", ""))
        neg = " not" if vg.endswith(" not") else ""
        at = cl.rest.find(fact)
        pre_words = punctuated_words(cl.rest[:at]) if at >= 0 else []
        post_words = punctuated_words(cl.rest[at + len(fact):]) if at >= 0 else punctuated_words(cl.rest)
        pre_left = QUALIFIER.sub("", " ".join(pre_words)).strip()
        pre_np = noun_phrase(pre_left.split(), 6)
        attributive = bool(post_words) and post_words[0].lower() not in BOUNDARY | {"of", "after", "before"} \
            and not NUMBER.match(post_words[0]) and not wh.startswith("Within")
        post_np = noun_phrase(post_words, 4) if attributive else ""
        does = "do" if re.search(r"[^s]s$", subj) else "does"
        if vg in ("is", "are") and not cl.passive:
            if pre_left:
                return []  # "X is payable at 4% above ..." shapes: leave them to the keyword phrasing below
            # "The notice period is 90 days." -> How long is the notice period?
            qs = [f"What {vg} {subj}?" if wh in ("What dose", "What percentage") else f"{plain_wh} {vg} {subj}?",
                  f"Under the {doc}, what {vg} {subj}?",
                  f"~{'whats the max for' if maxi else 'whats' if wh.startswith('What') else plain_wh.lower() + ' ' + vg} {subj.lower()}"]
            return qs
        if not (cl.verb or cl.passive):
            return []
        if cl.passive:
            # "The deposit shall be returned within 30 days" -> Within how many days must the deposit be returned?
            qs = [f"{wh} {modal} {subj}{neg} be {cl.verb}?",
                  f"Under the {doc}, {wh[0].lower() + wh[1:]} {modal} {subj}{neg} be {cl.verb}?",
                  f"~{'how soon' if wh.startswith('Within') else wh.lower()} {does} {subj.lower()} need to be {cl.verb}"]
            return qs
        if attributive and post_np:
            unit = re.search(r"\b(day|week|month|year|hour)s?['’]?", fact, re.I)
            lead = f"How many {unit.group(0).lower()}" if unit else wh
            if not pre_np:
                # "give at least 90 days' written notice" -> How many days' written notice must the Tenant give?
                qs = [f"{lead} {post_np} {modal} {subj}{neg} {cl.verb}?"]
            else:
                qs = [f"{lead} {post_np} is required for {subj} to {cl.verb} {pre_np}?"]
            qs.append(f"Under the {doc}, how much {post_np} {'is required' if pre_np else modal + ' ' + subj + ' ' + cl.verb}"
                      f"{(' for ' + subj + ' to ' + cl.verb + ' ' + pre_np) if pre_np else ''}?")
            topic = post_np
        else:
            obj = noun_phrase(pre_left.split(), 7)
            qs = [f"{wh} {modal} {subj}{neg} {cl.verb}{(' ' + obj) if obj else ''}?",
                  f"Under the {doc}, {wh[0].lower() + wh[1:]} {modal} {subj}{neg} {cl.verb}{(' ' + obj) if obj else ''}?"]
            topic = obj
        party = subj.split()[-1].lower()
        who = f"as the {party}, " if party in PARTIES and subj.lower().startswith("the ") else ""
        me = "do I" if who else f"{does} {subj.lower()}"
        if attributive and post_np:
            qs.append(f"~how much {post_np.lower()} is needed to {cl.verb} {pre_np.lower()}" if pre_np
                      else f"~{who}how much {post_np.lower()} {me} have to {cl.verb}")
            return [q for q in qs if len(q.split()) >= 4]
        if modal in ("must", "should") and not neg and (wh in ("How long", "How much") or wh.startswith("Within")):
            qs.append(f"~{who}{plain_wh.lower()} {me} have to {cl.verb}{(' ' + topic.lower()) if topic else ''}")
        else:
            qs.append(f"~{plain_wh.lower()} {modal} {subj.lower()}{neg} {cl.verb}{(' ' + topic.lower()) if topic else ''}")
        return [q for q in qs if len(q.split()) >= 4]

    # no usable clause: the question word plus the sentence's distinctive words, the way people type
    # into a search box ("how long obligations continue termination expiry"). A vague topic such as
    # "what about the tenant" would have dozens of right answers and teach the model to guess.
    topic = _keywords(s.replace(fact, " "), 5)
    if len(topic.split()) < 3:
        return []
    return [f"~{plain_wh.lower()} {topic.lower()}", f"{plain_wh}, under the {doc}: {topic}?"]


def _norm_modal(modal: str) -> str:
    return {"shall": "must", "will": "will", "is required to": "must", "are required to": "must",
            "is obliged to": "must", "are obliged to": "must"}.get(modal, modal)


# connective words of legal and clinical prose that say nothing about the topic (on top of
# STOPWORDS and BOUNDARY, which _keywords skips too)
_FILLER = {"notwithstanding", "otherwise", "however", "also", "such", "other", "relevant", "applicable", "respect",
           "accordance", "pursuant", "thereof", "herein", "hereunder", "whether", "set", "out", "less", "more"}


def _keywords(text: str, n: int) -> str:
    """The first n content words of text, in order (a topic phrase for questions without a parse)."""
    out = []
    for w in punctuated_words(text):
        b = w.strip(".,;:()\"“”'").lower()
        if b and b not in STOPWORDS and b not in BOUNDARY and b not in _FILLER and not NUMBER.fullmatch(b) and len(b) > 2:
            out.append(w.strip(".,;:()\"“”'"))
        if len(out) >= n:
            break
    return " ".join(out)


def _definition_qas(sentence: str, doc: str) -> list[QA]:
    s = LEAD_ENUM.sub("", squash_spaces(sentence))
    parts = re.split(r";\s+", s)
    if sum(1 for p in parts if DEF_QUOTED.search(p)) >= 2:  # a list: '"A" means ...; "B" means ...; and "C" ...'
        out = []
        for part in parts:
            m = DEF_QUOTED.search(part)
            if m:
                part = part[m.start():].rstrip(" ,.")
                out += _definition_qas(part + ".", doc)
        return out
    m = DEF_QUOTED.search(s) or DEF_PLAIN.match(s)
    term = None
    if m:
        term = m.group(1).strip()
    else:
        lab = LABEL.match(s)
        if lab and not _facts(lab.group(2)) and len(lab.group(1).split()) <= 4 and len(lab.group(2).split()) >= 4 \
                and not lab.group(1).isupper():
            term = lab.group(1).strip()
    if not term or len(term.split()) > 6 or term.lower() in PRONOUNS or not content_words(term):
        return []
    ans = trim_answer(s, term, limit=MAX_ANSWER_CHARS)  # a definition is only useful whole
    if not ans:
        return []
    qs = [f"What does \"{term}\" mean in the {doc}?", f"How is {term} defined in the {doc}?",
          f"~what is meant by {term.lower() if not term.isupper() else term}"]
    return [QA(q, ans, "definition", fact=term) for q in qs]


def _obligation_qas(sentence: str, doc: str) -> list[QA]:
    s = LEAD_ENUM.sub("", squash_spaces(sentence))
    if not OBLIGATION.search(s):
        return []
    cl = parse_clause(s)
    if cl is None or cl.verb_group in ("is", "are") or len(cl.rest.split()) < 2:
        return []
    subj = lower_first(cl.subject)
    vg = cl.verb_group
    neg = vg.endswith(" not")
    if cl.passive:
        topic = subj
    else:
        topic = noun_phrase(punctuated_words(cl.rest), 5)
    if not topic or not content_words(topic):
        return []
    verb = cl.verb
    party = subj.split()[-1].lower()
    qs: list[str] = []
    if cl.passive:
        qs += [f"How {_norm_modal(vg.replace(' not', ''))} {subj}{' not' if neg else ''} be {verb}?",
               f"What does the {doc} say about how {subj} {'must not' if neg else 'must'} be {verb}?"]
    elif vg.startswith("may") and not neg:
        if subj.lower().startswith(("neither ", "no ")):  # "Neither Party may assign" -> Is either Party allowed to assign?
            subj = re.sub(r"^(?:neither|no)\b", lambda m: "either" if m.group(0).lower() == "neither" else "any",
                          subj, flags=re.I)
            qs += [f"Is {subj} allowed to {verb} {topic}?", f"~can {subj.lower()} {verb} {topic.lower()}"]
        else:
            qs += [f"Is {subj} allowed to {verb} {topic}?", f"What may {subj} do regarding {topic}?",
                   f"~as the {party}, can I {verb} {topic.lower()}" if party in PARTIES else f"~can {subj.lower()} {verb} {topic.lower()}"]
    elif neg:
        qs += [f"Is {subj} allowed to {verb} {topic}?", f"What must {subj} not do regarding {topic}?",
               f"~as the {party}, can I {verb} {topic.lower()}" if party in PARTIES else f"~can {subj.lower()} {verb} {topic.lower()}"]
    elif "entitled" in vg:
        qs += [f"What is {subj} entitled to?", f"Under the {doc}, what is {subj} entitled to regarding {_keywords(cl.rest, 3)}?"]
    elif "responsible" in vg:
        qs += [f"What is {subj} responsible for?", f"Who is responsible for {topic} under the {doc}?"]
    elif party not in PARTIES and party.rstrip("s") not in PARTIES:  # a thing, not a party: "The break notice shall take effect only if ..."
        qs += [f"What does the {doc} say about {subj}?", f"~what are the rules on {subj.lower()}"]
    else:  # shall / must / required / obliged / will / should
        qs += [f"What must {subj} do regarding {topic}?", f"What is {subj} required to do about {topic} under the {doc}?",
               f"~as the {party}, do I have to {verb} {topic.lower()}" if party in PARTIES
               else f"~what are the rules on {topic.lower()}"]
    ans = trim_answer(s, cl.verb_group)
    if not ans:
        return []
    return [QA(q, ans, "obligation", fact="") for q in qs]


def _table_qas(lines: list[str], doc: str, section: str) -> list[QA]:
    """Rows of numeric cells under a header line -> 'What is the <column> for <row label>?'."""
    out: list[QA] = []
    header: list[str] | None = None
    for line in lines:
        cells = table_cells(line)
        if not is_table_row(line):
            header = cells if len(cells) >= 3 and not any(NUMBER.search(c) for c in cells) else header
            continue
        label = cells[0]
        if NUMBER.fullmatch(label) or not re.search(r"[A-Za-z]", label):
            continue
        ctx = section or doc
        row = squash_spaces(" ".join(cells))
        if header and len(header) == len(cells):
            for col, value in list(zip(header[1:], cells[1:]))[:2]:
                if not NUMBER.search(value):
                    continue
                ans = f"{label}: {col} {value}"
                out += [QA(f"What is the {col} for {label} in the {ctx} table?", ans, "table", fact=value),
                        QA(f"~{col.lower()} for {label.lower()}", ans, "table", fact=value)]
        else:
            ans = row
            out += [QA(f"What does the {ctx} table list for {label}?", ans, "table", fact=cells[1]),
                    QA(f"~{label.lower()} values in the {doc}", ans, "table", fact=cells[1])]
    return out


def _summary_qas(chunk: Chunk, paragraphs: list[str], doc: str) -> list[QA]:
    section = chunk.section.strip()
    if not section or not paragraphs:
        return []
    head = chunk.text.lstrip()[: len(section) + 20]
    if section.lower() not in head.lower():
        return []  # only the chunk where the section starts summarises it
    sents = paragraph_sentences(paragraphs[0])
    ans = ""
    for sn in sents[:2]:
        cand = (ans + " " + LEAD_ENUM.sub("", squash_spaces(sn))).strip()
        if len(cand) > 300:
            break
        ans = cand
    if len(ans.split()) < 8 or not is_sentence(ans):
        return []
    section = section.rstrip(":;,. ")
    m = HEADING_NUM.match(section)
    if m and re.search(r"[A-Za-z]{3}", m.group(2)):
        num, name = m.group(1), m.group(2).strip()
        if name.isupper():
            name = name.capitalize()  # "GOVERNING LAW AND DISPUTES" -> "Governing law and disputes"
        label = f"section {num} ({name})"
    else:
        name = section.capitalize() if section.isupper() else section
        label = f"the \"{name}\" section"
    return [QA(f"Summarise {label} of the {doc}.", ans, "summary"),
            QA(f"What is {label} of the {doc} about?", ans, "summary"),
            QA(f"~what does the {doc} say about {name.lower()}", ans, "summary")]


def _blocks(text: str) -> tuple[list[str], list[list[str]]]:
    """Split chunk text into prose paragraphs and table blocks (runs of numeric rows with their header)."""
    paragraphs, tables, para, table = [], [], [], []
    lines = [ln for ln in text.splitlines()]
    for i, line in enumerate(lines):
        if not line.strip():
            if para:
                paragraphs.append(" ".join(para))
                para = []
            continue
        if is_table_row(line) and (i + 1 < len(lines) and is_table_row(lines[i + 1]) or table):
            if not table and para and len(table_cells(para[-1])) >= 3:
                table.append(para.pop())  # the header line
            if para:
                paragraphs.append(" ".join(para))
                para = []
            table.append(line)
            continue
        if table:
            tables.append(table)
            table = []
        if len(table_cells(line)) >= 3 and i + 1 < len(lines) and is_table_row(lines[i + 1]) and not NUMBER.search(line):
            if para:
                paragraphs.append(" ".join(para))
            para = [line]  # a table header: picked up by the rows below
            continue
        if is_heading(line.strip(), lines[i - 1] if i else None) or LABEL.match(line.strip()):
            if para:
                paragraphs.append(" ".join(para))
            para = []
            if LABEL.match(line.strip()):
                paragraphs.append(line.strip())
            continue
        para.append(line.strip())
    if para:
        paragraphs.append(" ".join(para))
    if table:
        tables.append(table)
    return paragraphs, tables


def rules_qas(chunk: Chunk, max_items: int = 6) -> list[QA]:
    """Deterministic Q/A items for one chunk, at most max_items, spread over its facts."""
    doc = doc_title(chunk.source)
    paragraphs, tables = _blocks(chunk.text)
    groups: list[list[QA]] = []  # one group of paraphrases per fact
    seen_answers: set[str] = set()
    for para in paragraphs:
        for sent in paragraph_sentences(para):
            if len(sent) < 15:
                continue
            for found in (_definition_qas(sent, doc), _fact_group(sent, doc, chunk.section), _obligation_qas(sent, doc)):
                by_answer: dict[str, list[QA]] = {}
                for qa in found:  # a definitions list yields several facts: one group each
                    by_answer.setdefault(qa.answer, []).append(qa)
                for answer, group in by_answer.items():
                    if answer not in seen_answers:
                        seen_answers.add(answer)
                        groups.append(group)
    for table in tables:
        qas = _table_qas(table, doc, chunk.section)
        groups += [qas[i : i + 2] for i in range(0, len(qas), 2)]
    summary = _summary_qas(chunk, paragraphs, doc)
    if summary:
        # one phrasing per section: summaries are a third of the rows otherwise, and they teach
        # "copy the section's opening" rather than "find the sentence that answers"
        pick = int(hashlib.sha256(chunk.chunk_id.encode()).hexdigest()[:8], 16) % len(summary)
        groups.insert(0, [summary[pick]])
    # round robin: the first phrasing of every fact before the second phrasing of any
    out: list[QA] = []
    depth = 0
    while len(out) < max_items and any(depth < len(g) for g in groups):
        for g in groups:
            if depth < len(g) and len(out) < max_items:
                out.append(g[depth])
        depth += 1
    for qa in out:
        qa.chunk_id = chunk.chunk_id
        qa.question = _polish(qa.question)
    return out


def _fact_group(sentence: str, doc: str, section: str) -> list[QA]:
    label = LABEL.match(LEAD_ENUM.sub("", squash_spaces(sentence)))
    if label and not _leads_with_fact(label.group(2)):
        label = None  # "Package leaflet: ... 10 mg ..." is not a dose line; read it as a sentence
    facts = _facts(label.group(2) if label else sentence)
    if not facts:
        return []
    kind, fact, flavour = facts[0]  # one fact per sentence: the first is usually the one the clause is about
    if flavour == "frequency" and any(f[2] == "dose" for f in facts):
        kind, fact, flavour = next(f for f in facts if f[2] == "dose")  # "10 mg/kg every 6 hours": the dose
    ans = trim_answer(sentence, fact)
    if not ans or fact not in ans:
        return []
    return [QA(q, ans, kind, fact=fact) for q in _fact_questions(sentence, kind, fact, flavour, doc, section)]


def _polish(q: str) -> str:
    """Tidy spacing; '~'-marked informal phrasings stay lower case without a question mark."""
    informal = q.startswith("~")
    q = re.sub(r"\s+", " ", q.lstrip("~")).strip()
    q = re.sub(r"\s+([?,.])", r"\1", q)
    q = re.sub(r"\bthe the\b", "the", q, flags=re.I)
    if informal:
        return q.rstrip("?")
    return q[:1].upper() + q[1:]
