"""Drawing an answer's citations: passage with highlighted support words, and the cited PDF page.

Document text is untrusted data. It is always html.escape()d before we add our own <mark> tags,
and it is shown with st.html (sanitised, no markdown), so a passage can neither inject markup
nor pose as formatting.
"""
from __future__ import annotations

import base64
import html
import io
import re
from pathlib import Path

import streamlit as st

from chatbot.answer.engine import Answer, Citation
from chatbot.answer.citing import citation_text
from core.text import MARKER, WORD, content_words
from ui.resources import IndexView, pdftoppm_available, render_page_png

_JOIN = re.compile(r"[ ,\-]{1,2}")  # gaps that do not break a highlighted run

CSS = """
<style>
.db-passage {font-size: 0.92rem; line-height: 1.5; white-space: pre-wrap; padding: 0.6rem 0.8rem;
  border-left: 3px solid #9aa5b1; background: rgba(127,127,127,0.06); border-radius: 4px;}
.db-quote {font-style: italic; padding-bottom: 0.4rem; margin-bottom: 0.4rem; border-bottom: 1px solid rgba(127,127,127,0.2);}
.db-passage mark {background: #ffe066; color: inherit; padding: 0 1px; border-radius: 2px;}
.db-passage mark.db-support {box-shadow: 0 0 0 1px #f08c00;}
.db-page {position: relative; width: 100%; line-height: 0; border: 1px solid rgba(127,127,127,0.35);}
.db-page img {width: 100%; height: auto; display: block;}
.db-box {position: absolute; border: 2px solid #e8590c; background: rgba(255, 212, 59, 0.30); border-radius: 2px;
  box-sizing: border-box;}
.db-figure {display: inline-block; max-width: 100%; border: 1px solid rgba(127,127,127,0.35); margin-bottom: 0.4rem;}
.db-figure img {max-width: 100%; height: auto; display: block;}
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
    for m in WORD.finditer(passage):
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


def passage_html(passage: str, quote: str, words: set[str] | None = None, spans: list | None = None) -> str:
    """The passage with the supporting text (the quoted span) marked as one run, everything escaped.

    `spans` ([start, end) offsets from the verifier) say exactly where the support is; without them
    the quote is looked up verbatim; when it is not in the passage it is shown above it, marked.
    `words` is accepted for older callers and no longer used: marking the answer's words scattered
    marks across the passage instead of pointing at the evidence.
    """
    del words
    good = sorted((int(a), int(b)) for a, b in (spans or []) if 0 <= a < b <= len(passage))
    if not good:
        quote = quote.strip()
        i = passage.find(quote) if quote else -1
        if i < 0:
            top = f'<div class="db-quote"><mark class="db-support">{html.escape(quote)}</mark></div>' if quote else ""
            return top + html.escape(passage)
        good = [(i, i + len(quote))]
    out, last = [], 0
    for a, b in good:
        if a < last:
            continue
        out.append(html.escape(passage[last:a]))
        out.append(f'<mark class="db-support">{html.escape(passage[a:b])}</mark>')
        last = b
    out.append(html.escape(passage[last:]))
    return "".join(out)


MODE_NOTES = {
    "generated": "✓ The documents' words first, then the model's sentences, each verified against the passage it "
                 "cites (highlighted below).",
    "quoted": "Quoted from the documents: their own words, for each part of the question.",
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


def show_citations(answer: Answer, view: IndexView | None, key: str = "") -> None:
    """One expander per citation: the passage with its quoted span marked, the citation to copy,
    and the cited page at reading size with the span boxed on it (enlarged in a dialog).

    `key` (the message id) keeps the widgets of one answer apart from another's. The app adds CSS
    (above) once per run.
    """
    if not answer.citations:
        return
    st.caption("Sources")
    for c in answer.citations:
        with st.expander(citation_label(c)):
            html_ = passage_html(c.text, c.quote, spans=getattr(c, "spans", None))
            st.html(f'<div class="db-passage">{html_}</div>')
            similarity = getattr(c, "dense_score", None)
            facts = ([f"similarity {similarity:.2f}"] if similarity is not None else []) + [c.chunk_id]
            st.caption(" · ".join(f for f in facts if f))
            st.code(citation_text(c), language=None, wrap_lines=True)  # its copy button copies the citation
            show_page(c, view, key=f"{key}_{c.n}")


PAGE_DPI = 120  # reading size: an A4 page is ~990 px wide, 12 pt text ~20 px high at full size


def page_html(png: bytes, boxes: dict | None, alt: str) -> str:
    """The page image with the span's boxes laid over it (percentages of the page, so they stay on
    the words at any displayed width)."""
    src = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    parts = [f'<div class="db-page"><img src="{src}" alt="{html.escape(alt)}">']
    if boxes and boxes.get("width") and boxes.get("height"):
        w, h = float(boxes["width"]), float(boxes["height"])
        pad = 1.5  # points around the glyphs
        for x0, y0, x1, y1 in boxes.get("boxes", []):
            left, top = max(x0 - pad, 0) / w * 100, max(y0 - pad, 0) / h * 100
            width, height = (x1 - x0 + 2 * pad) / w * 100, (y1 - y0 + 2 * pad) / h * 100
            parts.append(f'<div class="db-box" style="left:{left:.3f}%;top:{top:.3f}%;'
                         f'width:{width:.3f}%;height:{height:.3f}%"></div>')
    parts.append("</div>")
    return "".join(parts)


CROP_DPI = 150  # a figure's crop: sharper than the page view, it is shown at its own size
CROP_PAD_PT = 6  # points of page around the figure's box


def crop_figure(png: bytes, box, dpi: int, pad: float = CROP_PAD_PT) -> bytes | None:
    """The region `box` ([x0, y0, x1, y1] in points, origin top-left) of a page rendered at `dpi`,
    plus `pad` points around it, as PNG bytes; None when the box lies outside the page image."""
    from PIL import Image

    img = Image.open(io.BytesIO(png))
    s = dpi / 72
    x0, y0, x1, y1 = (float(v) for v in box)
    left, top = max(int((x0 - pad) * s), 0), max(int((y0 - pad) * s), 0)
    right, bottom = min(int((x1 + pad) * s + 0.5), img.width), min(int((y1 + pad) * s + 0.5), img.height)
    if right - left < 2 or bottom - top < 2:
        return None
    out = io.BytesIO()
    img.crop((left, top, right, bottom)).save(out, format="PNG", optimize=True)
    return out.getvalue()


def figure_html(png: bytes, alt: str) -> str:
    src = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return f'<div class="db-figure"><img src="{src}" alt="{html.escape(alt)}"></div>'


def show_figure(c: Citation, pdf: Path) -> None:
    """A figure citation's region cropped from its page, above the page view."""
    box = getattr(c, "box", None)
    if not box:
        return
    png = render_page_png(str(pdf), c.page, pdf.stat().st_mtime, dpi=CROP_DPI)
    crop = crop_figure(png, box, CROP_DPI) if png else None
    if crop:
        what = "Table" if getattr(c, "kind", "") == "table" else "Figure"
        st.caption(plain(f"{what} cropped from page {c.page} of {c.source}"))
        st.html(figure_html(crop, getattr(c, "caption", "") or f"{what} on page {c.page}"))


@st.dialog("Cited page", width="large")
def enlarge(html_: str, caption: str) -> None:
    st.caption(caption)
    st.html(html_)


def show_page(c: Citation, view: IndexView | None, key: str = "") -> None:
    """The cited page rendered from the original PDF with the quoted span boxed, else its indexed text.

    The boxes come with the citation (`page_boxes`, computed at answer time); an answer from an
    engine that sent none gets them here, from the PDF on disk.
    """
    pdf: Path | None = view.pdf_path(c.source, c.chunk_id) if view is not None else None
    redacted = view is not None and c.source in view.redacted
    if pdf is not None and not redacted and pdftoppm_available():
        show_figure(c, pdf)
        boxes = getattr(c, "page_boxes", None) or page_boxes_for(c, pdf)
        page = int(boxes["page"]) if boxes else c.page
        png = render_page_png(str(pdf), page, pdf.stat().st_mtime, dpi=PAGE_DPI)
        if png:
            html_ = page_html(png, boxes, f"Page {page} of {c.source}")
            what = "the figure is boxed" if getattr(c, "box", None) else "the quoted text is boxed"
            caption = f"Page {page} of {c.source}" + (f" · {what}" if boxes else
                                                      " · the quoted text could not be located on the page")
            head, button = st.columns([4, 1], vertical_alignment="center")
            head.caption(plain(caption))
            if button.button("Enlarge", key=f"enlarge_{key}", help="Open the page in a large view"):
                enlarge(html_, caption)
            st.html(html_)
            return
    text = view.page_text(c.source, c.page) if view is not None else ""
    # a redacted document's page image would show what redaction removed: only its redacted text is shown
    note = ("redacted: page image withheld" if redacted else "original PDF not available" if pdf is None
            else "page image unavailable (install poppler-utils)")
    st.caption(f"Page {c.page} as indexed ({note})")
    with st.container(height=360):
        st.html(f'<div class="db-page-text">{html.escape(text or c.text)}</div>')


def page_boxes_for(c: Citation, pdf: Path) -> dict | None:
    """The citation's boxes from the PDF on disk (when the answer came without them)."""
    from ingest.boxes import span_boxes

    if getattr(c, "box", None):
        from chatbot.answer.citing import figure_boxes

        return figure_boxes(pdf, c.page, c.box)

    texts = [c.text[a:b] for a, b in (getattr(c, "spans", None) or []) if 0 <= a < b <= len(c.text)] or [c.quote]
    try:
        found = span_boxes(pdf, c.page, [t for t in texts if t.strip()], sha256=getattr(c, "sha256", ""),
                           pages=max((c.page_end or c.page) - c.page + 1, 1))
    except Exception:  # a damaged page: the page is still shown, without boxes
        return None
    return found.to_dict() if found is not None else None
