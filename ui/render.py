"""Drawing an answer's citations: passage with highlighted support words, and the cited PDF page.

Document text is untrusted data. It is always html.escape()d before we add our own <mark> tags,
and it is shown with st.html (sanitised, no markdown), so a passage can neither inject markup
nor pose as formatting.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import streamlit as st

from chatbot.answer import Answer, Citation
from chatbot.prompt import content_words
from core.text import MARKER
from ui.resources import IndexView, pdftoppm_available, render_page_png

_WORD = re.compile(r"[A-Za-z0-9]+(?:[.,/%][A-Za-z0-9%]+)*")
_JOIN = re.compile(r"[ ,\-]{1,2}")  # gaps that do not break a highlighted run

CSS = """
<style>
.db-passage {font-size: 0.92rem; line-height: 1.5; white-space: pre-wrap; padding: 0.6rem 0.8rem;
  border-left: 3px solid #9aa5b1; background: rgba(127,127,127,0.06); border-radius: 4px;}
.db-quote {font-style: italic; padding-bottom: 0.4rem; margin-bottom: 0.4rem; border-bottom: 1px solid rgba(127,127,127,0.2);}
.db-support {background: rgba(255, 229, 138, 0.35); border-radius: 2px;}
.db-passage mark {background: #ffd43b; color: inherit; padding: 0 1px; border-radius: 2px;}
.db-page-text {font-size: 0.8rem; line-height: 1.4; white-space: pre-wrap;}
.db-text {white-space: pre-wrap; line-height: 1.6;}
</style>
"""


def support_words(answer_text: str, quote: str = "") -> set[str]:
    """Content words of the answer (without [n] markers); the quote's when the answer shares none."""
    def useful(text: str) -> set[str]:  # single letters ("s" of "party's") would mark noise
        return {w for w in content_words(text) if len(w) > 1 or w.isdigit()}

    return useful(MARKER.sub(" ", answer_text)) or useful(quote)


def highlight(passage: str, words: set[str]) -> str:
    """HTML for `passage`: every piece escaped, runs of words in `words` wrapped in one <mark>."""
    spans: list[list[int]] = []  # [start, end) of marked runs
    for m in _WORD.finditer(passage):
        token = m.group(0).lower()
        if token not in words and token.rstrip(".,") not in words:
            continue
        if spans and _JOIN.fullmatch(passage[spans[-1][1] : m.start()]):
            spans[-1][1] = m.end()  # "30 days" reads better as one mark than two
        else:
            spans.append([m.start(), m.end()])
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(passage[last:start]))
        out.append(f"<mark>{html.escape(passage[start:end])}</mark>")
        last = end
    out.append(html.escape(passage[last:]))
    return "".join(out)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|<>~$])")


def plain(text: str) -> str:
    """Text for places that only take Markdown (expander labels): no links, images, headings or $math$."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def text_html(text: str) -> str:
    """A chat message as HTML: every character escaped, line breaks kept, no Markdown at all, so
    neither a question nor an answer (nor the document text it quotes) can become a link, an image
    or a heading, and nothing shows a stray backslash."""
    return f'<div class="db-text">{html.escape(text)}</div>'


def show_text(text: str, container=None) -> None:
    (container or st).html(text_html(text))


def passage_html(passage: str, quote: str, words: set[str], spans: list | None = None) -> str:
    """The passage with the supporting text shaded and the answer's words marked inside it.

    `spans` ([start, end) offsets from the verifier) say exactly where the support is; without
    them the quote is looked up verbatim. Marks stay inside the support, so they point at the
    evidence rather than at every repeat of a common word.
    """
    good = sorted((int(a), int(b)) for a, b in (spans or []) if 0 <= a < b <= len(passage))
    if good:
        out, last = [], 0
        for a, b in good:
            if a < last:
                continue
            out.append(html.escape(passage[last:a]))
            out.append(f'<span class="db-support">{highlight(passage[a:b], words)}</span>')
            last = b
        out.append(html.escape(passage[last:]))
        return "".join(out)
    quote = quote.strip()
    i = passage.find(quote) if quote else -1
    if i < 0:
        top = f'<div class="db-quote">{highlight(quote, words)}</div>' if quote else ""
        return top + highlight(passage, words)
    j = i + len(quote)
    return (
        html.escape(passage[:i])
        + f'<span class="db-support">{highlight(passage[i:j], words)}</span>'
        + html.escape(passage[j:])
    )


MODE_NOTES = {
    "generated": "✓ Verified: each sentence is supported by the passage it cites (highlighted below).",
    "quoted": "Quoted from the documents: the model's own answer could not be verified against the passages, "
              "so these are the documents' words.",
    "refused": "Not found in the documents.",
}


def abstract_rows(answer: Answer) -> list[dict]:
    """An overview's key terms as table rows: field, what the document says (verbatim), page."""
    abstract = getattr(answer, "abstract", None)
    if getattr(answer, "intent", "") != "overview" or not abstract:
        return []
    return [{"Field": f["label"], "What the document says": f["value"], "Page": ", ".join(map(str, f["pages"])) or "-"}
            for f in abstract.get("fields", [])]


def show_abstract(answer: Answer) -> bool:
    """An overview (intent "overview") as a table (st.table escapes the document text); False for other answers."""
    rows = abstract_rows(answer)
    if rows:
        st.caption(f"Key terms of {plain(answer.abstract['source'])} ({answer.abstract['subkind']}); "
                   "each a verbatim quote, or \"not stated\".")
        st.table(rows)
    return bool(rows)


def show_mode(answer: Answer) -> None:
    """How the answer was checked, and for a refusal the passages that came nearest (not citations)."""
    mode = getattr(answer, "mode", "generated")
    note = MODE_NOTES.get(mode, "")
    if mode == "generated" and not getattr(answer, "verified", False):
        note = "Not verified (verification was turned off)."
    if note:
        st.caption(note)
    related = getattr(answer, "related", [])
    if mode == "refused" and related:
        st.caption("Nearest passages (they do not answer it): " + "; ".join(
            f"{plain(r.source)} p. {r.page}" + (f" ({plain(r.section[:60])})" if r.section else "") for r in related))


def citation_label(c: Citation) -> str:
    pages = f"p. {c.page}" if c.page_end in (0, c.page) else f"pp. {c.page}-{c.page_end}"
    # expander labels render Markdown: a file name or heading must not become a link or an image
    label = f"[{c.n}] {plain(c.source)} · {pages}"
    if c.section:
        label += f" · {plain(c.section[:80])}"
    return label


def show_citations(answer: Answer, view: IndexView | None) -> None:
    """One expander per citation: the passage with its supporting quote highlighted, beside the page.

    The app adds CSS (below) once per run.
    """
    if not answer.citations:
        return
    words = support_words(answer.answer)
    st.caption("Sources")
    for c in answer.citations:
        with st.expander(citation_label(c)):
            passage_col, page_col = st.columns([3, 2])
            with passage_col:
                marks = words or support_words("", c.quote)
                html_ = passage_html(c.text, c.quote, marks, getattr(c, "spans", None))
                st.html(f'<div class="db-passage">{html_}</div>')
                similarity = getattr(c, "dense_score", None)
                facts = ([f"similarity {similarity:.2f}"] if similarity is not None else []) + [c.chunk_id]
                st.caption(" · ".join(f for f in facts if f))
            with page_col:
                show_page(c, view)


def show_page(c: Citation, view: IndexView | None) -> None:
    """The cited page rendered from the original PDF when it is on disk, else its indexed text."""
    pdf: Path | None = view.pdf_path(c.source, c.chunk_id) if view is not None else None
    redacted = view is not None and c.source in view.redacted
    if pdf is not None and not redacted and pdftoppm_available():
        png = render_page_png(str(pdf), c.page, pdf.stat().st_mtime)
        if png:
            st.image(png, caption=f"Page {c.page}", width="stretch")
            return
    text = view.page_text(c.source, c.page) if view is not None else ""
    # a redacted document's page image would show what redaction removed: only its redacted text is shown
    note = ("redacted: page image withheld" if redacted else "original PDF not available" if pdf is None
            else "page image unavailable (install poppler-utils)")
    st.caption(f"Page {c.page} as indexed ({note})")
    with st.container(height=360):
        st.html(f'<div class="db-page-text">{html.escape(text or c.text)}</div>')
