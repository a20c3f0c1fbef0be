"""A conversation to take away: Markdown and PDF, each answer with its citations (document, page,
section, quote) and how it was checked (the verification note, sentences not shown and why).

Pure functions of the session's messages ({"role", "content", "answer", "error"}), so the app's
download buttons and the tests use the same text.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from chatbot.answer.engine import Answer
from ui.render import MODE_NOTES as NOTES  # one wording for the screen and the export


def verification_note(answer: Answer) -> str:
    mode = getattr(answer, "mode", "generated")
    if mode == "generated" and not getattr(answer, "verified", False):
        return "Not verified (verification was turned off)."
    note = NOTES.get(mode, "")
    dropped = getattr(answer, "dropped", []) or []
    if dropped:
        reasons = sorted({d.get("reason", "") for d in dropped if d.get("reason")})
        why = f" ({'; '.join(reasons)})." if reasons else "."
        note += f" {len(dropped)} sentence(s) of the model not shown{why}"
    return note.strip()


def pages_of(c) -> str:
    return f"p. {c.page}" if c.page_end in (0, c.page) else f"pp. {c.page}-{c.page_end}"


def turns(messages: list[dict]) -> list[tuple[str, dict]]:
    """(question, assistant message) pairs in order; failed answers keep their error."""
    out, question = [], ""
    for m in messages:
        if m.get("role") == "user":
            question = m.get("content", "")
        elif m.get("role") == "assistant":
            out.append((m.get("question") or question, m))
    return out


def conversation_markdown(messages: list[dict], title: str = "domainbot conversation") -> str:
    lines = [f"# {title}", "", f"Exported {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}".rstrip(), ""]
    for i, (question, m) in enumerate(turns(messages), 1):
        lines += [f"## {i}. {' '.join(question.split())}", ""]
        if m.get("error"):
            lines += [f"*Error:* {m['error']}", ""]
            continue
        answer: Answer = m["answer"]
        lines += [(answer.answer or "").strip(), "", f"*Verification:* {verification_note(answer)}", ""]
        if answer.citations:
            lines += ["**Sources**", ""]
            for c in answer.citations:
                where = f"{c.source}, {pages_of(c)}" + (f", {c.section}" if c.section else "")
                lines.append(f"- [{c.n}] {where}")
                lines.append(f"  > {' '.join((c.quote or '').split())}")
            lines.append("")
        related = getattr(answer, "related", []) or []
        if related:
            near = "; ".join(f"{r.source} p. {r.page}" for r in related)
            lines += [f"Nearest passages (they do not answer it): {near}", ""]
    return "\n".join(lines).rstrip() + "\n"


def _font() -> Path | None:
    """A Unicode TrueType font (quotes hold “ ” … ≥ µ): DejaVu Sans, shipped with matplotlib."""
    try:
        import matplotlib
    except ImportError:
        return None
    path = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
    return path if path.is_file() else None


def conversation_pdf(messages: list[dict], title: str = "domainbot conversation") -> bytes:
    """The Markdown export's content as a PDF (fpdf2): headings, answers, notes, quoted sources."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    font = _font()
    if font is not None:
        pdf.add_font("body", "", str(font))
        family = "body"
    else:  # core fonts are Latin-1 only: replace what they cannot show
        family = "helvetica"

    def text(s: str) -> str:
        return s if font is not None else s.encode("latin-1", "replace").decode("latin-1")

    def para(s: str, size: float = 10.5, color=(0, 0, 0), indent: float = 0) -> None:
        pdf.set_font(family, size=size)
        pdf.set_text_color(*color)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, size * 0.5, text(s), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.add_page()
    para(title, 16)
    para(f"Exported {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}", 9, (90, 90, 90))
    for i, (question, m) in enumerate(turns(messages), 1):
        pdf.ln(2)
        para(f"{i}. {' '.join(question.split())}", 12.5)
        if m.get("error"):
            para(f"Error: {m['error']}", 10, (160, 0, 0))
            continue
        answer: Answer = m["answer"]
        para((answer.answer or "").strip())
        para(f"Verification: {verification_note(answer)}", 9, (70, 70, 70))
        for c in answer.citations:
            where = f"[{c.n}] {c.source}, {pages_of(c)}" + (f", {c.section}" if c.section else "")
            para(where, 9.5, (30, 30, 120))
            para(f"“{' '.join((c.quote or '').split())}”", 9.5, (40, 40, 40), indent=5)
    return bytes(pdf.output())
