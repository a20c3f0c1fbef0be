"""Text cleaning for extracted PDF pages: each step is a small pure function.

Order used by `clean_page` (ingest/pdf.py calls it once per page):
  normalize_unicode -> strip_furniture (running headers/footers, page numbers)
  -> join_hyphenation -> reflow (wrapped lines become spaces, headings/list items keep their line).

Running headers/footers need a view across pages: `edge_keys` turns a page's first/last lines into
digit-insensitive keys, `repeated_edges` counts them over a sample of pages (pdf.py does the sampling).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Iterable

EDGE_LINES = 3  # how many lines at the top / bottom of a page can be header / footer furniture

# --- unicode ------------------------------------------------------------------------------------

# Cc/Cf characters other than newline/tab: NUL, form feeds, zero-width spaces, BOM, soft hyphen...
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\u2060-\u2064\ufeff]")


def normalize_unicode(text: str) -> str:
    """NFKC (turns ligatures like 'ﬁ' into 'fi', full-width digits into ASCII, NBSP into space),
    unify line endings, drop control and zero-width characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFKC", text)
    return _CONTROL.sub("", text)


# --- page furniture: running headers/footers and page numbers -----------------------------------

_PAGE_NUMBER = re.compile(
    r"""^[\s\-–—|\[\](){}.]*            # "- 3 -", "[3]", "| 3 |"
        (?:(?:page|pg\.?|p\.|seite|página|pagina)\s*)?
        (?:\d{1,5}|[ivxlcdm]{1,7})      # 3 or iii
        (?:\s*(?:of|/|von|de|sur)\s*\d{1,5})?   # "of 10", "/10"
        [\s\-–—|\[\](){}.]*$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_page_number_line(line: str) -> bool:
    """'3', '- 3 -', 'Page 3 of 10', 'p. 3', '3/10', 'iv' -> True."""
    s = line.strip()
    return bool(s) and len(s) <= 30 and _PAGE_NUMBER.match(s) is not None


def edge_key(line: str) -> str:
    """Digit-insensitive key so 'Page 3 of 10' and 'Page 4 of 10' count as the same footer."""
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def edge_keys(text: str, n: int = EDGE_LINES) -> set[tuple[str, str]]:
    """{('head'|'foot', key)} for the first and last n non-empty lines of one page."""
    lines = [l for l in text.split("\n") if l.strip()]
    keys = {("head", edge_key(l)) for l in lines[:n]}
    keys |= {("foot", edge_key(l)) for l in lines[-n:]}
    return keys


def repeated_edges(pages_keys: Iterable[set[tuple[str, str]]], min_fraction: float = 0.5, min_pages: int = 3):
    """Keys seen on >= min_fraction of the sampled pages (and on at least min_pages pages)."""
    counts: Counter = Counter()
    n = 0
    for keys in pages_keys:
        counts.update(keys)
        n += 1
    if n < min_pages:
        return set()
    need = max(min_pages, min_fraction * n)
    return {k for k, c in counts.items() if c >= need}


def strip_furniture(text: str, repeated: set[tuple[str, str]] = frozenset(), n: int = EDGE_LINES) -> str:
    """Drop repeated header/footer lines and page-number lines among the first/last n non-empty lines."""
    lines = text.split("\n")
    nonempty = [i for i, l in enumerate(lines) if l.strip()]
    drop = set()
    for where, idxs in (("head", nonempty[:n]), ("foot", nonempty[::-1][:n])):
        for i in idxs:  # walk inwards from the edge; stop at the first real body line
            if (where, edge_key(lines[i])) in repeated or is_page_number_line(lines[i]):
                drop.add(i)
            else:
                break
    return "\n".join(l for i, l in enumerate(lines) if i not in drop)


# --- hyphenation --------------------------------------------------------------------------------

# Prefixes that are real hyphenated compounds ("non-disclosure", "self-employed"): join the
# line break but keep the hyphen.
_KEEP_HYPHEN = {"non", "self", "co", "ex", "anti", "multi", "cross", "well", "third", "pre", "post", "semi", "sub"}
_HYPHEN_BREAK = re.compile(r"\b(\w+)-[ \t]*\n[ \t]*(?=[a-z])")  # \b: from a word's start only (linear)


def join_hyphenation(text: str) -> str:
    """'termi-\\nnation' -> 'termination'; 'non-\\ndisclosure' -> 'non-disclosure'.
    Only when a lowercase letter follows the break (so 'Smith-\\nJones' and list dashes stay)."""

    def fix(m: re.Match) -> str:
        word = m.group(1)
        return word + ("-" if word.lower() in _KEEP_HYPHEN else "")

    return _HYPHEN_BREAK.sub(fix, text)


# --- headings and list items --------------------------------------------------------------------

# "7. Term", "2.3 Rent", "4.1.2. X"; digits after the first dot in one run each (not "(?:\d{1,3}\.?)*",
# which splits a digit run every way: exponential on "1." + many digits)
_NUMBERED_DOTTED = re.compile(r"^(\d{1,3}\.(?:\d+(?:\.\d+)*\.?)?)\s+\S")
_NUMBERED_BARE = re.compile(r"^\d{1,3}\s+[A-Z]")  # "7 Termination" (needs context, see is_heading)
_KEYWORD = re.compile(
    r"^(?:(?:section|article|clause|chapter|part|schedule|appendix|annex|exhibit)\s+|§\s*)"
    r"(\d[\d.]*[a-z]?|[ivxlc]+|[a-z])\b",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(
    r"^(?:[•·▪‣◦*\-–—]\s+|\(?[a-z]{1,2}\)\s+|\(?[ivx]{1,5}\)\s+|\(?\d{1,3}[.)]\s+|\d{1,3}(?:\.\d{1,3})+\.?\s+)"
)  # bullets, (a), (iv), 1., 1), and clause numbers like 2.3
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "&", "-"}


def is_list_item(line: str) -> bool:
    return _LIST_ITEM.match(line.strip()) is not None


def _ends_block(line: str | None) -> bool:
    """The previous line closes a paragraph, so the next short line may start a new block."""
    if line is None or not line.strip():
        return True
    return line.rstrip()[-1] in ".:;!?)" or is_heading(line)


def is_heading(line: str, prev: str | None = None) -> bool:
    """Section heading? Numbered ('7. Termination', '2.3 Rent'), keyword ('Section 4', 'ARTICLE IV',
    'Clause 7'), ALL-CAPS short line, or Title Case short line without a final period.

    Only dotted numbers are trusted anywhere; the looser forms also need `prev` (the line above) to
    end a block, because a wrapped body line can start with "30 Days" or "Section 4 of the Act".
    Pass prev=None when the line starts a page/paragraph.
    """
    s = " ".join(line.split())
    if not s or len(s) > 100 or not re.search(r"[A-Za-z]", s) or is_page_number_line(s):
        return False
    words = s.split()
    if s[-1] in ",;" or (s[-1] == "." and len(words) > 6):
        return False
    m = _NUMBERED_DOTTED.match(s)
    if m:
        # "7. Termination" yes; "1. The Tenant shall pay rent on the first day." is a clause, not a title
        rest = s[m.end(1):].split()
        if not rest or not rest[0][:1].isupper() or len(rest) > 10 or s.endswith("."):
            return False
        top_level = "." not in m.group(1).rstrip(".")  # "1. What this medicine is for" (leaflets)
        return len(rest) <= 4 or _title_case(rest) or top_level
    letters = [c for c in s if c.isalpha()]
    # "(CURB-65 2)" or "- NOTE" are table cells / bullets, not headings
    all_caps = s[0].isalnum() and len(letters) >= 4 and all(c.isupper() for c in letters)
    if all_caps and len(words) <= 6 and not s.endswith("."):
        return True  # "PARTICULARS", "EXECUTION": distinctive enough without context
    if prev is not None and not _ends_block(prev):
        return False
    if _KEYWORD.match(s):
        return len(words) <= 12 and not s.endswith(".")
    if s.endswith("."):
        return False
    if _NUMBERED_BARE.match(s):
        return len(words) <= 8
    if all_caps and len(words) <= 10:
        return True
    if len(words) <= 8 and len(s) <= 60 and words[0][:1].isupper() and not is_list_item(s) and _title_case(words):
        return True
    # a leaflet's question on its own line heads its answer: "What counts as a fever?", "How should I take Zanor?"
    return s.endswith("?") and len(words) <= 14 and words[0][:1].isupper() and not is_list_item(s)


def _title_case(words: list[str]) -> bool:
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in significant)


# --- whitespace and line wrapping ---------------------------------------------------------------


# a table row: a few words, then one or more numeric cells ("Net revenue 183,962 216,622",
# "Year 2 £45,150 £5,400", "Line item 2023 2022", "Dividends paid (1,200) —")
_ROW_CELL = r"(?:[(\-–]?[£$€]?\d[\d,]*(?:\.\d+)?%?\)?|—|–|-|n/a|nil)"
_TABLE_ROW = re.compile(rf"^(?!.*[.;:]$).{{0,90}}?(?:^|\s){_ROW_CELL}(?:\s+{_ROW_CELL})*$", re.IGNORECASE)


def is_table_row(line: str) -> bool:
    """A line that ends in numeric cells and is short enough to be a row (statement, schedule, dosing table)."""
    s = line.strip()
    return bool(s) and len(s.split()) <= 18 and _TABLE_ROW.match(s) is not None


_VALUE_START = re.compile(r"^\d{1,3}\.\d+\s+(?:[a-z%]|mmol|mg|mL|kg|g\b)")  # "14.0 mmol/L or above", "2.5 mg"


def wrapped_value(prev: str, line: str) -> bool:
    """`line` goes on with `prev`'s sentence from a value that only looks like a clause number: "...
    only if the glucose is" / "14.0 mmol/L or above." (a clause number is followed by its capitalised text)."""
    return bool(_VALUE_START.match(line)) and not _ends_block(prev)


def reflow(text: str) -> str:
    """Collapse spaces, keep blank-line paragraph breaks as '\\n\\n', turn wrapped lines into spaces.

    A line break is kept when either side looks like a heading or list item, when the line ends a
    sentence and is clearly shorter than the page's full lines (the last line of a paragraph), and
    between two table rows (a statement's line items stay one per line, so they chunk as rows).
    """
    paragraphs = re.split(r"\n[ \t]*\n", text)
    all_lines = [" ".join(l.split()) for l in text.split("\n")]
    full = sorted(len(l) for l in all_lines if l)
    width = full[int(0.9 * (len(full) - 1))] if full else 0  # typical full-line length on this page
    out = []
    for para in paragraphs:
        lines = [" ".join(l.split()) for l in para.split("\n")]
        lines = [l for l in lines if l]
        if not lines:
            continue
        buf = lines[0]
        prev_line = None
        row = [is_table_row(l) for l in lines] + [False]
        for i, (prev, line) in enumerate(zip(lines, lines[1:]), 1):
            prev_is_heading = is_heading(prev, prev_line)
            prev_line = prev
            # a wrapped line fills the page width; a short line ends its block (paragraph end,
            # table cell, address line)
            short = len(prev) < 0.5 * width or (prev[-1] in ".!?:" and len(prev) < 0.8 * width)
            rows = row[i] and (row[i - 1] or row[i + 1])  # inside a run of rows, or its first row
            if prev_is_heading or short or rows or (is_list_item(line) and not wrapped_value(prev, line)) or is_heading(line, prev):
                buf += "\n" + line
            else:
                buf += " " + line
        out.append(buf)
    return "\n\n".join(out)


def clean_page(text: str, repeated: set[tuple[str, str]] = frozenset()) -> str:
    """All cleaning steps for one page of extracted text."""
    text = normalize_unicode(text)
    text = strip_furniture(text, repeated)
    text = join_hyphenation(text)
    return reflow(text).strip()
