"""Render the blind evaluation documents (fictional) as PDFs into bench/blind/docs/.

Deterministic: fixed creation dates and no randomness, so reruns give identical files.
Run from the repository root:  python bench/blind/make_blind.py
Only core fonts (Helvetica / Times) and latin-1 text are used.
"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FIXED_DATE = datetime.datetime(2025, 6, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


class Doc(FPDF):
    """A4 document with a running header (title) and footer (page X of Y)."""

    def __init__(self, title, header_right="", footer_left="", font="Helvetica",
                 accent=(30, 60, 110), body_size=10):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.doc_title = title
        self.header_right = header_right
        self.footer_left = footer_left
        self.base = font
        self.accent = accent
        self.body_size = body_size
        self.set_margins(18, 24, 18)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author("Blind evaluation set (fictional document)")
        self.set_creator("make_blind.py")
        self.set_producer("make_blind.py")
        self.add_page()
        self.set_font(self.base, "", self.body_size)

    # running header / footer -------------------------------------------------
    def header(self):
        self.set_font(self.base, "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 10)
        half = (self.w - self.l_margin - self.r_margin) / 2
        self.cell(half + 30, 5, self.doc_title, align="L")
        self.cell(half - 30, 5, self.header_right, align="R")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)
        self.set_font(self.base, "", self.body_size)

    def footer(self):
        self.set_y(-15)
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font(self.base, "", 8)
        self.set_text_color(90, 90, 90)
        half = (self.w - self.l_margin - self.r_margin) / 2
        self.cell(half + 40, 5, self.footer_left, align="L")
        self.cell(half - 40, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # text helpers --------------------------------------------------------------
    def title_block(self, title, sub=None, size=16):
        self.set_font(self.base, "B", size)
        self.set_text_color(*self.accent)
        self.multi_cell(0, size * 0.5, title, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if sub:
            self.ln(1)
            self.set_font(self.base, "", 10)
            self.multi_cell(0, 5, sub, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_font(self.base, "", self.body_size)

    def h1(self, text):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(2)
        self.set_font(self.base, "B", self.body_size + 2)
        self.set_text_color(*self.accent)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font(self.base, "", self.body_size)
        self.ln(1)

    def h2(self, text):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(1)
        self.set_font(self.base, "B", self.body_size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.base, "", self.body_size)

    def para(self, text, size=None, style="", align="L", indent=0):
        self.set_font(self.base, style, size or self.body_size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, (size or self.body_size) * 0.48, text, align=align,
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
        self.set_font(self.base, "", self.body_size)

    def clause(self, num, text, indent=0, numw=12, bold_lead=None):
        """Numbered clause with a hanging number, e.g. '4.3' or '(a)'."""
        lh = self.body_size * 0.48
        if self.get_y() > self.h - 30:
            self.add_page()
        self.set_x(self.l_margin + indent)
        self.set_font(self.base, "", self.body_size)
        if numw:
            self.cell(numw, lh, num)
        if bold_lead:
            text = f"**{bold_lead}** {text}"
        self.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT", markdown=bool(bold_lead))
        self.ln(1.2)

    def bullets(self, items, indent=4):
        lh = self.body_size * 0.48
        for it in items:
            self.set_x(self.l_margin + indent)
            self.cell(5, lh, "-")
            self.multi_cell(0, lh, it, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        self.ln(1)

    def grid(self, headers, rows, widths, size=9, align="LEFT", heading_fill=(220, 228, 240),
             bold_first_col=False, line_height=None):
        self.set_font(self.base, "", size)
        style = FontFace(emphasis="BOLD", fill_color=heading_fill)
        with self.table(col_widths=widths, text_align=align, headings_style=style,
                        line_height=line_height or size * 0.5, width=sum(widths),
                        padding=1.2, repeat_headings=1) as t:
            r = t.row()
            for h in headers:
                r.cell(h)
            for row in rows:
                r = t.row()
                for i, c in enumerate(row):
                    if bold_first_col and i == 0:
                        r.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        r.cell(c)
        self.ln(3)
        self.set_font(self.base, "", self.body_size)

    def two_col(self, blocks, size=9.5, gutter=7):
        """blocks: list of ('h', text) headings or ('p', text) paragraphs, flowed in 2 columns."""
        with self.text_columns(ncols=2, gutter=gutter, text_align="LEFT", balance=True) as cols:
            for kind, text in blocks:
                if kind == "h":
                    self.set_font(self.base, "B", size + 1)
                    self.set_text_color(*self.accent)
                    cols.write(text + "\n")
                    self.set_text_color(0, 0, 0)
                else:
                    self.set_font(self.base, "", size)
                    cols.write(text + "\n\n")
        self.set_font(self.base, "", self.body_size)
        self.ln(2)

    def signature_block(self, parties):
        self.ln(4)
        for p in parties:
            if self.get_y() > self.h - 45:
                self.add_page()
            self.set_font(self.base, "", self.body_size)
            self.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)
            self.cell(0, 6, "Signature: ......................................    Date: ....................",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def save(self, rel):
        path = os.path.join(OUT, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.output(path)
        return path


def set_doc(out_dir, author: str, creator: str, created: datetime.datetime) -> type:
    """The Doc of another question set (bench/dev*/): this renderer with the set's metadata and fixed
    creation date, saving under `out_dir()` (read at save time, so tests can redirect it)."""

    class SetDoc(Doc):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.set_creation_date(created)
            self.set_author(author)
            self.set_creator(creator)
            self.set_producer(creator)

        def save(self, rel):
            path = os.path.join(out_dir(), rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            self.output(path)
            return path

    return SetDoc


def key_facts_problems(questions_path: str, docs_dir: str) -> list[str]:
    """Every answerable question's key facts are on its gold page of the rendered PDF (pypdf text,
    whitespace and case folded); unanswerable ones name no page. Returns the problems found."""
    import json
    import re

    from pypdf import PdfReader

    def norm(text):
        return re.sub(r"\s+", " ", text).strip().lower()

    pages, problems = {}, []
    with open(questions_path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            where = f"{questions_path}:{i} ({row.get('id')})"
            if row.get("source") is None:
                if row.get("page") is not None or row.get("must_include"):
                    problems.append(f"{where}: unanswerable, but names a page or key facts")
                continue
            if row["source"] not in pages:
                pages[row["source"]] = [norm(p.extract_text()) for p in PdfReader(os.path.join(docs_dir, row["source"])).pages]
            text = pages[row["source"]][row["page"] - 1]
            missing = [m for m in row["must_include"] if norm(m) not in text]
            if missing:
                problems.append(f"{where}: {missing} not on page {row['page']} of {row['source']}")
    return problems


def render_set(makers, out_dir: str, check) -> int:
    """A set script's main: render each document, print where, and with --check run `check()`."""
    for make in makers:
        print(os.path.relpath(make(), out_dir))
    if "--check" in sys.argv[1:]:
        problems = check()
        print("\n".join(problems) or "questions.jsonl: every key fact is on its gold page")
        return 1 if problems else 0
    return 0


# =============================================================================
# 1. Supply agreement
# =============================================================================
def supply_agreement():
    d = Doc("Master Supply and Services Agreement - Fenwick Vale Water / Harwell Telemetry",
            header_right="Contract ref. FVW/PROC/2025/114", footer_left="CONFIDENTIAL - Execution version 3 March 2025",
            font="Times", accent=(0, 0, 0), body_size=10.5)
    d.title_block("MASTER SUPPLY AND SERVICES AGREEMENT",
                  "for the supply of HT-400 remote telemetry units and the SiteView hosted monitoring service")
    d.para("THIS AGREEMENT is dated 3 March 2025 (the \"Effective Date\")")
    d.h2("PARTIES")
    d.clause("(1)", "FENWICK VALE WATER LIMITED, a company incorporated in England and Wales with company number "
             "04418823, whose registered office is at Riverside House, 9 Millbrook Way, Ashcombe AS7 2LN (the \"Customer\"); and")
    d.clause("(2)", "HARWELL TELEMETRY SYSTEMS LIMITED, a company incorporated in England and Wales with company number "
             "09921476, whose registered office is at Unit 4, Tollgate Business Park, Pennington PN3 8QR (the \"Supplier\").")
    d.h2("BACKGROUND")
    d.clause("(A)", "The Customer operates clean water and waste water sites across the Fenwick Vale region and wishes to "
             "purchase telemetry equipment and a hosted monitoring service for those sites.")
    d.clause("(B)", "The Supplier has agreed to supply the Goods and provide the Services on the terms of this Agreement.")
    d.h1("1. DEFINITIONS AND INTERPRETATION")
    d.clause("1.1", "In this Agreement the following definitions apply:")
    defs = [
        ("(a)", "\"Availability\" means the percentage of minutes in a calendar month during which the SiteView platform is "
                "accessible and functioning materially in accordance with the Specification, excluding Planned Maintenance, "
                "calculated in accordance with clause 7.3;"),
        ("(b)", "\"Business Day\" means a day other than a Saturday, Sunday or public holiday in England;"),
        ("(c)", "\"Charges\" means the charges for the Goods and the Services set out in Schedule 1;"),
        ("(d)", "\"Contract Year\" means each period of 12 months beginning on the Effective Date or an anniversary of it;"),
        ("(e)", "\"Data Breach\" means any breach of security leading to the accidental or unlawful destruction, loss, "
                "alteration, unauthorised disclosure of, or access to, Customer Data;"),
        ("(f)", "\"Goods\" means the HT-400 remote telemetry units, installation kits and spare parts described in Schedule 1;"),
        ("(g)", "\"Monthly Service Charge\" means the monthly charge for the SiteView service set out in Schedule 1;"),
        ("(h)", "\"Planned Maintenance\" means maintenance notified and carried out in accordance with clause 7.2; and"),
        ("(i)", "\"Service Credit\" means the amount calculated in accordance with clause 7.4 and the table in that clause."),
    ]
    for n, t in defs:
        d.clause(n, t, indent=12, numw=9)
    d.clause("1.2", "Clause, Schedule and paragraph headings shall not affect the interpretation of this Agreement. A "
             "reference to writing or written includes email but not any other form of electronic message.")
    d.h1("2. TERM")
    d.clause("2.1", "This Agreement commences on the Effective Date and continues for an initial term of 36 months (the "
             "\"Initial Term\").")
    d.clause("2.2", "At the end of the Initial Term this Agreement shall automatically renew for successive periods of 12 "
             "months unless either party gives the other written notice of at least 90 days before the end of the "
             "Initial Term or the relevant renewal period, or it is terminated earlier under clause 14.")
    d.h1("3. ORDERS FOR GOODS")
    d.clause("3.1", "The Customer may order Goods by issuing a purchase order (an \"Order\"). Each Order is an offer to buy "
             "the Goods on the terms of this Agreement.")
    d.clause("3.2", "The Supplier shall acknowledge or reject each Order within 2 Business Days of receipt. An Order not "
             "rejected within that period is deemed accepted.")
    d.clause("3.3", "The minimum quantity per Order is 25 HT-400 units, unless the parties agree otherwise in writing.")
    d.h1("4. DELIVERY")
    d.clause("4.1", "The Supplier shall deliver the Goods DDP (Incoterms 2020) to the Customer's central stores at Ashcombe "
             "Depot, or such other site as the Order specifies, within 20 Business Days of acceptance of the Order.")
    d.clause("4.2", "Deliveries shall be made between 08:00 and 16:00 on Business Days. Each delivery shall be accompanied by "
             "a delivery note showing the Order number, the type and quantity of Goods and any serial numbers.")
    d.clause("4.3", "If the Supplier fails to deliver the Goods by the applicable date:")
    d.clause("(a)", "the Supplier shall pay the Customer liquidated damages of 1.5% of the price of the delayed Goods for each "
             "week (or part week) of delay;", indent=12, numw=9)
    d.clause("(b)", "the total liquidated damages under clause 4.3(a) shall not exceed 15% of the price of the delayed Goods; and",
             indent=12, numw=9)
    d.clause("(c)", "if the delay exceeds 30 Business Days, the Customer may cancel the Order in whole or in part without "
             "liability and recover any sums already paid for the cancelled Goods.", indent=12, numw=9)
    d.clause("4.4", "Risk in the Goods passes to the Customer on completion of delivery. Title passes on the earlier of "
             "delivery and payment.")
    d.h1("5. INSPECTION AND REJECTION")
    d.clause("5.1", "The Customer may reject any Goods that do not comply with the Order or the Specification by giving "
             "written notice within 10 Business Days after delivery, or, for latent defects, within 10 Business Days after "
             "the defect becomes apparent.")
    d.clause("5.2", "The Supplier shall collect rejected Goods at its own cost and replace them within 5 Business Days of the "
             "notice of rejection.")
    d.h1("6. WARRANTY")
    d.clause("6.1", "The Supplier warrants that the Goods shall, for a period of 24 months from delivery (the \"Warranty "
             "Period\"), be free from defects in design, material and workmanship and conform to the Specification.")
    d.clause("6.2", "The batteries supplied with the HT-400 units are warranted for 12 months from delivery only.")
    d.clause("6.3", "During the Warranty Period the Supplier shall, at its option, repair or replace defective Goods within "
             "10 Business Days of notification, at no cost to the Customer.")
    d.h1("7. SITEVIEW SERVICE AND SERVICE LEVELS")
    d.clause("7.1", "The Supplier shall provide the SiteView hosted monitoring service so as to achieve Availability of at "
             "least 99.8% in each calendar month (the \"Availability Target\").")
    d.clause("7.2", "Planned Maintenance shall not exceed 8 hours in any calendar month, shall be notified to the Customer at "
             "least 5 Business Days in advance and shall be carried out between 22:00 and 05:00 (UK time).")
    d.clause("7.3", "Availability shall be calculated as: (total minutes in the month minus Planned Maintenance minutes minus "
             "minutes of unavailability) divided by (total minutes in the month minus Planned Maintenance minutes), "
             "multiplied by 100. The Supplier shall report Availability within 5 Business Days after the end of each month.")
    d.clause("7.4", "If Availability in any calendar month falls below the Availability Target, the Supplier shall credit the "
             "Customer with the Service Credit shown in the table below, expressed as a percentage of the Monthly Service "
             "Charge for that month:")
    d.grid(["Availability achieved in the calendar month", "Service Credit (% of Monthly Service Charge)"],
           [["99.8% or higher", "Nil"],
            ["99.5% to less than 99.8%", "5%"],
            ["99.0% to less than 99.5%", "10%"],
            ["98.0% to less than 99.0%", "20%"],
            ["95.0% to less than 98.0%", "30%"],
            ["Less than 95.0%", "40%, and the Customer may terminate under clause 14.2(c)"]],
           widths=[80, 94], size=10)
    d.clause("7.5", "The total Service Credits in any Contract Year shall not exceed 15% of the total Monthly Service Charges "
             "payable in that Contract Year.")
    d.clause("7.6", "Service Credits are a price adjustment reflecting the reduced value of the Services. They are without "
             "prejudice to the Customer's right to claim damages or to terminate this Agreement.")
    d.clause("7.7", "The Supplier shall respond to and resolve incidents within the following times, measured from the time "
             "the incident is logged with the Supplier's service desk:")
    d.grid(["Priority", "Description", "Response time", "Resolution time"],
           [["P1", "SiteView unavailable to all users, or loss of alarms from more than 10 sites", "30 minutes (24x7)", "4 hours"],
            ["P2", "Material degradation, or loss of alarms from 1 to 10 sites", "2 hours (24x7)", "1 Business Day"],
            ["P3", "Fault with a workaround; single user affected", "1 Business Day", "5 Business Days"],
            ["P4", "Cosmetic issue or request for information", "3 Business Days", "Next scheduled release"]],
           widths=[18, 80, 38, 38], size=9.5)
    d.h1("8. CHARGES AND PAYMENT")
    d.clause("8.1", "The Customer shall pay the Charges set out in Schedule 1. The Charges are exclusive of VAT.")
    d.clause("8.2", "The Supplier shall invoice the Goods on delivery and the Monthly Service Charge monthly in arrears.")
    d.clause("8.3", "The Customer shall pay each valid and undisputed invoice within 30 days of receipt.")
    d.clause("8.4", "Interest on late payment shall accrue at 4% per annum above the Bank of England base rate from the due "
             "date until payment.")
    d.clause("8.5", "The Charges are fixed for the first Contract Year. Thereafter the Supplier may increase the Charges once "
             "in each Contract Year by giving 60 days' written notice, by no more than the annual change in CPI, and in "
             "any event by no more than 5%.")
    d.h1("9. DATA PROTECTION")
    d.clause("9.1", "The parties acknowledge that the Customer is the controller and the Supplier is the processor of any "
             "personal data contained in the Customer Data.")
    d.clause("9.2", "The Supplier shall:")
    dp = [("(a)", "process Customer Data only on the documented instructions of the Customer;"),
          ("(b)", "ensure that all personnel who have access to Customer Data are bound by obligations of confidentiality;"),
          ("(c)", "notify the Customer without undue delay, and in any event within 24 hours, after becoming aware of a "
                  "Data Breach;"),
          ("(d)", "provide the Customer with a full written incident report within 72 hours after becoming aware of the "
                  "Data Breach, including the categories and approximate number of records concerned; and"),
          ("(e)", "not engage any sub-processor without the Customer's prior written consent.")]
    for n, t in dp:
        d.clause(n, t, indent=12, numw=9)
    d.clause("9.3", "All Customer Data shall be hosted in data centres located in the United Kingdom.")
    d.clause("9.4", "On termination the Supplier shall, at the Customer's option, return or securely delete all Customer Data "
             "within 30 days and certify deletion in writing.")
    d.h1("10. CONFIDENTIALITY")
    d.clause("10.1", "Each party shall keep confidential all information of the other party disclosed in connection with this "
             "Agreement. This obligation survives for 5 years after termination or expiry of this Agreement.")
    d.h1("11. INSURANCE")
    d.clause("11.1", "The Supplier shall maintain, for the term of this Agreement and for 6 years afterwards:")
    d.clause("(a)", "professional indemnity insurance of not less than GBP 5,000,000 for each claim;", indent=12, numw=9)
    d.clause("(b)", "public liability insurance of not less than GBP 10,000,000 for each occurrence; and", indent=12, numw=9)
    d.clause("(c)", "product liability insurance of not less than GBP 5,000,000 in the aggregate.", indent=12, numw=9)
    d.h1("12. LIMITATION OF LIABILITY")
    d.clause("12.1", "Nothing in this Agreement limits or excludes liability for death or personal injury caused by "
             "negligence, for fraud or fraudulent misrepresentation, or for any other liability that cannot be limited by law.")
    d.clause("12.2", "Subject to clause 12.1, each party's total aggregate liability arising under or in connection with this "
             "Agreement in each Contract Year shall not exceed 150% of the Charges paid or payable in that Contract Year.")
    d.clause("12.3", "Subject to clause 12.1, the Supplier's total liability for breach of clause 9 (Data Protection) shall "
             "not exceed GBP 2,000,000 in aggregate, and this amount is separate from and in addition to the cap in clause 12.2.")
    d.clause("12.4", "Neither party shall be liable for loss of profits, loss of business, depletion of goodwill or any "
             "indirect or consequential loss.")
    d.h1("13. FORCE MAJEURE")
    d.clause("13.1", "Neither party is in breach of this Agreement if its performance is prevented or delayed by a Force "
             "Majeure Event. If a Force Majeure Event continues for more than 60 days, either party may terminate this "
             "Agreement by giving 10 Business Days' written notice.")
    d.h1("14. TERMINATION")
    d.clause("14.1", "After the first Contract Year the Customer may terminate this Agreement for convenience by giving the "
             "Supplier not less than 6 months' written notice.")
    d.clause("14.2", "Without affecting any other right or remedy, a party may terminate this Agreement with immediate effect "
             "by giving written notice to the other party if:")
    tm = [("(a)", "the other party commits a material breach of this Agreement which is irremediable or, if remediable, "
                  "fails to remedy that breach within 30 days after receiving written notice requiring it to do so;"),
          ("(b)", "the other party suspends payment of its debts, is unable to pay its debts as they fall due, enters into "
                  "any composition or arrangement with its creditors, has an administrator, receiver or liquidator "
                  "appointed, or ceases to carry on business (an \"Insolvency Event\"); or"),
          ("(c)", "(in the case of the Customer only) Availability falls below 95.0% in any two consecutive calendar months "
                  "or in any three calendar months in a rolling 12-month period.")]
    for n, t in tm:
        d.clause(n, t, indent=12, numw=9)
    d.clause("14.3", "On termination for any reason the Supplier shall provide reasonable exit assistance for a period of up "
             "to 6 months, including the transfer of Customer Data in CSV format, at the rates set out in Schedule 1.")
    d.clause("14.4", "Termination does not affect any rights, remedies or liabilities accrued at the date of termination.")
    d.h1("15. GENERAL")
    d.clause("15.1", "Notices shall be in writing and delivered by hand, by pre-paid first-class post or by email to the "
             "addresses set out at the head of this Agreement (for email: contracts@fenwickvale-water.example and "
             "legal@harwell-telemetry.example).")
    d.clause("15.2", "This Agreement and any dispute arising out of it shall be governed by the law of England and Wales, and "
             "the courts of England and Wales shall have exclusive jurisdiction.")
    d.h1("SCHEDULE 1 - CHARGES")
    d.grid(["Item", "Unit", "Charge (GBP, excl. VAT)"],
           [["HT-400 remote telemetry unit", "per unit", "1,240.00"],
            ["HT-400 installation kit (mast, antenna, fixings)", "per kit", "185.00"],
            ["Replacement lithium battery pack", "per pack", "64.50"],
            ["SiteView hosted service (up to 400 sites) - Monthly Service Charge", "per month", "9,500.00"],
            ["Additional sites above 400", "per site per month", "18.00"],
            ["On-site training (up to 8 attendees)", "per day", "850.00"],
            ["Exit assistance and professional services", "per consultant day", "975.00"]],
           widths=[100, 36, 38], size=9.5)
    d.signature_block(["Signed for and on behalf of FENWICK VALE WATER LIMITED by Joanna Pryce-Miller, Head of Procurement",
                       "Signed for and on behalf of HARWELL TELEMETRY SYSTEMS LIMITED by Owen Latimer, Managing Director"])
    return d.save("legal/supply/fenwick_vale_harwell_supply_agreement.pdf")


# =============================================================================
# 2. Home insurance policy wording
# =============================================================================
def insurance_policy():
    d = Doc("Brightwater Mutual - HomeGuard Home Insurance Policy Wording", header_right="Policy wording BWM-HG-0425",
            footer_left="Brightwater Mutual Insurance Society Limited - HomeGuard wording April 2025",
            accent=(0, 95, 115), body_size=9.5)
    d.title_block("HomeGuard Home Insurance", "Policy wording - buildings, contents and optional covers\n"
                  "Applies to policies starting or renewing on or after 1 April 2025")
    d.h1("Welcome to Brightwater Mutual")
    d.para("Thank you for choosing HomeGuard. This policy wording, together with your schedule, forms your contract of "
           "insurance with Brightwater Mutual Insurance Society Limited. Please read it carefully and keep it somewhere safe. "
           "Your schedule shows which sections you have chosen, your sums insured and your excesses. Words shown in bold "
           "type in the printed version have the meanings given in the Definitions section.")
    d.h1("Definitions")
    defs = [("Excess", "The first part of any claim that you must pay. The excess applies to each incident, for each section."),
            ("Home", "The private dwelling at the address shown in the schedule, including its garages and outbuildings, "
                     "used for domestic purposes only."),
            ("Storm", "Strong winds of at least 55 mph (48 knots), or torrential rain of at least 25 mm per hour, or snow "
                      "of at least 30 cm in 24 hours, or hail of such intensity that it causes damage to hard surfaces."),
            ("Unoccupied", "Not lived in by you or a member of your family for more than 45 days in a row. To count as "
                           "lived in, someone must have slept in the home overnight."),
            ("Valuables", "Jewellery, watches, articles of gold, silver or other precious metals, pictures and works of "
                          "art, furs and collections of stamps, coins or medals."),
            ("Wear and tear", "Gradual loss of value or deterioration caused by age or normal use.")]
    for k, v in defs:
        d.clause("", v, numw=0, bold_lead=k + ":")
    d.h1("Your excess")
    d.para("The following excesses apply unless your schedule shows a different amount. If you have chosen a voluntary "
           "excess, it is added to the compulsory excess shown below.")
    d.grid(["Type of claim", "Compulsory excess"],
           [["All claims unless shown otherwise", "GBP 150"],
            ["Escape of water or oil (leaks, burst pipes)", "GBP 400"],
            ["Subsidence, heave or landslip", "GBP 1,000"],
            ["Accidental damage (optional cover)", "GBP 150"],
            ["Claims while the home is let to lodgers or paying guests", "GBP 500"]],
           widths=[110, 64], size=9.5)
    d.h1("General exclusions (these apply to the whole policy)")
    d.para("We will not pay for:")
    exc = [("1.", "Wear and tear, gradual deterioration, rot, fungus, corrosion, or anything that happens gradually over time."),
           ("2.", "Loss or damage caused by insects, vermin, rodents, or by any domestic pet chewing, scratching, tearing or "
                  "fouling, including under the accidental damage cover."),
           ("3.", "Escape of water, theft, attempted theft or malicious damage occurring while your home is unoccupied."),
           ("4.", "Loss or damage caused by faulty workmanship, poor design or defective materials."),
           ("5.", "Damage to swimming pools, hot tubs, fences and gates caused by storm or flood."),
           ("6.", "Any loss caused by a cyber event, including loss of data, unless it results in physical damage to the home."),
           ("7.", "Any loss arising from your home being used for business purposes other than clerical office work."),
           ("8.", "Radioactive contamination, war, terrorism (except where covered by Pool Re arrangements) and sonic bangs.")]
    for n, t in exc:
        d.clause(n, t, numw=7)
    d.h1("Section 1 - Buildings")
    d.para("We will pay for loss or damage to your buildings caused by fire, smoke, explosion, lightning, earthquake, storm, "
           "flood, escape of water or oil, freezing of water in fixed tanks or pipes, theft or attempted theft, subsidence, "
           "heave or landslip, falling trees, collision by vehicles or animals, and riot or malicious damage.")
    d.para("We will not pay for damage caused by frost to buildings that are not heated to at least 10 degrees Celsius, "
           "damage to solid floors caused by movement of hardcore, or subsidence of patios, paths and driveways unless "
           "the main building is damaged by the same cause at the same time.")
    d.h1("Section 2 - Contents")
    d.para("We will pay for loss or damage to your contents in the home caused by any of the causes listed in Section 1. "
           "Contents are covered on a new-for-old basis, except for clothing and household linen, for which we will deduct "
           "an amount for wear and tear.")
    d.para("Valuables and money are covered only while in the home, unless you have chosen Personal Possessions cover. "
           "Any single item of jewellery or watch worth more than the single article limit must be listed on your schedule.")
    d.h1("How to make a claim")
    claims = [("1.", "Tell us as soon as reasonably possible, and in any event within 30 days of discovering the loss or "
                     "damage, by calling the HomeGuard claims line on 0800 046 2210 (24 hours) or through your online account."),
              ("2.", "Report theft, attempted theft, malicious damage or lost property to the police within 48 hours of "
                     "discovery and obtain a crime reference number."),
              ("3.", "Take reasonable steps to prevent further damage, for example turning off the water supply. We will pay "
                     "reasonable costs of emergency repairs up to GBP 1,000 without asking you first."),
              ("4.", "Do not dispose of damaged items until we have had the chance to inspect them. Keep receipts, photos "
                     "and valuations to support your claim."),
              ("5.", "Claims for storm damage must be reported within 14 days so that we can check weather records for "
                     "your postcode.")]
    for n, t in claims:
        d.clause(n, t, numw=7)
    d.para("We aim to acknowledge claims within 2 working days and to make a decision within 10 working days of receiving "
           "all the information we need.")
    d.h1("Table of limits")
    d.para("The following limits apply to each claim unless your schedule shows a higher limit. Sums insured are shown in "
           "your schedule.")
    rows = [["Section 1 Buildings", "Buildings (maximum sum insured available)", "GBP 1,000,000"],
            ["Section 1 Buildings", "Alternative accommodation and loss of rent", "20% of the buildings sum insured"],
            ["Section 1 Buildings", "Trace and access (finding the source of a leak)", "GBP 5,000"],
            ["Section 1 Buildings", "Underground services (drains, pipes, cables)", "GBP 10,000"],
            ["Section 1 Buildings", "Trees, shrubs and plants in the garden", "GBP 1,500 (GBP 500 for any one plant)"],
            ["Section 1 Buildings", "Replacement locks and keys", "GBP 750"],
            ["Section 1 Buildings", "Emergency access by police or fire service", "GBP 1,000"],
            ["Section 2 Contents", "Contents (maximum sum insured available)", "GBP 100,000"],
            ["Section 2 Contents", "Valuables in total", "33% of the contents sum insured"],
            ["Section 2 Contents", "Single article limit (valuables)", "GBP 2,500"],
            ["Section 2 Contents", "Money and gift cards", "GBP 500"],
            ["Section 2 Contents", "Credit and debit cards (unauthorised use)", "GBP 1,000"],
            ["Section 2 Contents", "Frozen food (freezer breakdown)", "GBP 800"],
            ["Section 2 Contents", "Contents in the open (in your garden)", "GBP 750"],
            ["Section 2 Contents", "Contents temporarily away from the home", "15% of the contents sum insured"],
            ["Section 2 Contents", "Students' possessions at term-time address", "GBP 5,000 (GBP 750 any one item)"],
            ["Section 2 Contents", "Tenant's liability for landlord's fixtures", "10% of the contents sum insured"],
            ["Section 2 Contents", "Visitors' personal belongings", "GBP 1,000"],
            ["Section 2 Contents", "Home office equipment", "GBP 7,500"],
            ["Section 2 Contents", "Festive and wedding gifts increase", "Contents sum insured increased by GBP 5,000 "
                                                                         "in December and for 30 days either side of a wedding"],
            ["Section 3 Personal Possessions (optional)", "Unspecified personal possessions", "GBP 1,500 any one item"],
            ["Section 3 Personal Possessions (optional)", "Pedal cycles (each cycle)", "GBP 750"],
            ["Section 3 Personal Possessions (optional)", "Money carried away from the home", "GBP 300"],
            ["Section 4 Liability", "Property owner's liability", "GBP 2,000,000"],
            ["Section 4 Liability", "Occupier's and personal liability", "GBP 2,000,000"],
            ["Section 4 Liability", "Employer's liability (domestic staff)", "GBP 10,000,000"],
            ["Section 5 Legal Expenses (optional)", "Legal costs for any one claim", "GBP 100,000"],
            ["Section 6 Home Emergency (optional)", "Emergency call-out, parts and labour per claim", "GBP 500"]]
    d.grid(["Section", "Cover", "Limit"], rows, widths=[52, 72, 50], size=9)
    d.h1("Cancelling your policy")
    d.para("You may cancel within 14 days of receiving your documents or the renewal date (the cooling-off period) and we "
           "will refund your premium in full, provided no claim has been made. After the cooling-off period you may cancel "
           "at any time and we will refund the premium for the remaining period, less an administration fee of GBP 25.")
    d.para("We may cancel your policy by giving you 14 days' written notice to your last known address if there is a valid "
           "reason, such as non-payment of premium or a suspicion of fraud.")
    d.h1("Complaints")
    d.para("If you are unhappy with our service, please contact Customer Relations, Brightwater Mutual, Quayside Chambers, "
           "Porthellis PL19 4AA, or email complaints@brightwater-mutual.example. If we cannot resolve your complaint within "
           "8 weeks you may refer it to the Financial Ombudsman Service.")
    return d.save("legal/insurance/brightwater_homeguard_policy_wording.pdf")


# =============================================================================
# 3-4. Two tenancy agreements (same template, different values)
# =============================================================================
def tenancy(v, rel):
    d = Doc("Assured Shorthold Tenancy Agreement - " + v["short"], header_right="Agreement ref. " + v["ref"],
            footer_left="Tenant initials ......  Landlord initials ......", accent=(60, 60, 60), body_size=10)
    d.title_block("ASSURED SHORTHOLD TENANCY AGREEMENT",
                  "for letting a residential dwelling in England under Part I of the Housing Act 1988")
    d.h1("1. PARTICULARS")
    part = [["Property", v["property"]],
            ["Landlord", v["landlord"]],
            ["Landlord's address for notices", v["landlord_addr"]],
            ["Managing agent", v["agent"]],
            ["Tenant(s)", v["tenants"]],
            ["Term", v["term"]],
            ["Start date", v["start"]],
            ["Rent", v["rent"]],
            ["Rent payment date", v["rent_day"]],
            ["Deposit", v["deposit"]],
            ["Deposit scheme", v["scheme"]],
            ["Permitted occupiers", v["occupiers"]],
            ["Council tax band", v["ctax"]],
            ["Parking", v["parking"]]]
    d.grid(["Item", "Details"], part, widths=[52, 122], size=9.5, bold_first_col=True)
    d.h1("2. RENT")
    d.clause("2.1", "The Tenant shall pay the Rent in advance by standing order on or before the Rent payment date in each "
             "month. The first payment is due on the Start date.")
    d.clause("2.2", "If any Rent remains unpaid " + v["late_days"] + " after the date on which it is due, the Tenant shall pay "
             "interest on the unpaid Rent at 3% per annum above the Bank of England base rate from the date it was due "
             "until the date it is paid.")
    d.clause("2.3", v["rent_review"])
    d.clause("2.4", "The Rent " + v["rent_includes"])
    d.h1("3. DEPOSIT")
    d.clause("3.1", "The Tenant shall pay the Deposit on signing this Agreement. The Landlord shall protect the Deposit with "
             "the Deposit scheme named in the Particulars within 30 days of receipt and give the Tenant the prescribed "
             "information within the same period.")
    d.clause("3.2", "At the end of the tenancy the Landlord may make deductions from the Deposit for:")
    for n, t in [("(a)", "unpaid Rent or other sums due under this Agreement;"),
                 ("(b)", "damage to the Property or its contents, fair wear and tear excepted, by reference to the check-in "
                         "inventory;"),
                 ("(c)", "the reasonable cost of cleaning the Property to the standard recorded at the start of the tenancy; and"),
                 ("(d)", "the cost of replacing lost keys or security devices.")]:
        d.clause(n, t, indent=12, numw=9)
    d.clause("3.3", "The Landlord shall propose any deductions in writing within 10 days of the end of the tenancy. Any dispute "
             "may be referred to the free alternative dispute resolution service of the Deposit scheme.")
    d.h1("4. TENANT'S OBLIGATIONS")
    d.clause("4.1", "The Tenant agrees:")
    obl = [("(a)", "to use the Property as a private residence for the Tenant and the permitted occupiers only;"),
           ("(b)", "to pay council tax, water and sewerage charges, gas, electricity, telephone, broadband and the TV "
                   "licence" + v["utilities_extra"] + ";"),
           ("(c)", "to keep the interior of the Property clean and in good decorative order, and not to redecorate or make "
                   "alterations without the Landlord's prior written consent;"),
           ("(d)", "to report to the Landlord any disrepair or defect within 7 days of it coming to the Tenant's attention, "
                   "and any emergency (such as a water leak or gas smell) immediately;"),
           ("(e)", "not to assign, sublet, part with or share possession of the whole or any part of the Property, or take in "
                   "lodgers, without the Landlord's prior written consent;"),
           ("(f)", "not to smoke or vape, or allow anyone else to smoke or vape, inside the Property;"),
           ("(g)", v["garden"]),
           ("(h)", "to ventilate the Property adequately, including by using the extractor fans provided, to prevent "
                   "condensation and mould;"),
           ("(i)", "to test the smoke and carbon monoxide alarms at least once a month and replace batteries as needed;"),
           ("(j)", "not to do anything which may cause a nuisance or annoyance to neighbours, and to keep noise to a "
                   "reasonable level between 11 pm and 7 am.")]
    for n, t in obl:
        d.clause(n, t, indent=12, numw=9)
    d.h1("5. PETS")
    for i, t in enumerate(v["pets"], 1):
        d.clause(f"5.{i}", t)
    d.h1("6. LANDLORD'S OBLIGATIONS")
    d.clause("6.1", "The Landlord agrees:")
    lob = [("(a)", "to allow the Tenant quiet enjoyment of the Property without interruption;"),
           ("(b)", "to keep in repair the structure and exterior of the Property and the installations for the supply of "
                   "water, gas, electricity, sanitation and heating, in accordance with section 11 of the Landlord and "
                   "Tenant Act 1985;"),
           ("(c)", "to carry out an annual gas safety check and give the Tenant a copy of the record within 28 days;"),
           ("(d)", "to give the Tenant at least 24 hours' written notice before visiting the Property for inspection or "
                   "repairs, except in an emergency;"),
           ("(e)", v["landlord_extra"])]
    for n, t in lob:
        d.clause(n, t, indent=12, numw=9)
    d.h1("7. ENDING THE TENANCY")
    for i, t in enumerate(v["ending"], 1):
        d.clause(f"7.{i}", t)
    d.h1("8. KEYS AND INVENTORY")
    d.clause("8.1", "The Landlord shall provide the Tenant with " + v["keys"] + ". The Tenant shall not change the locks or "
             "cut additional keys without the Landlord's consent.")
    d.clause("8.2", "The check-in inventory and schedule of condition dated " + v["inventory_date"] + " forms part of this "
             "Agreement. The Tenant shall notify the Landlord in writing of any disagreement with it within 7 days of the "
             "Start date.")
    d.h1("9. NOTICES")
    d.clause("9.1", "The Landlord gives notice under section 48 of the Landlord and Tenant Act 1987 that notices (including "
             "notices in proceedings) may be served on the Landlord at the address for notices in the Particulars.")
    d.clause("9.2", "Notices may also be served by email to " + v["email"] + ", provided that a copy is also sent by "
             "first-class post.")
    d.h1("10. SIGNATURES")
    d.para("This Agreement is made on the date written below and is intended to take effect as a deed.")
    d.signature_block(["LANDLORD: " + v["landlord"], "TENANT(S): " + v["tenants"]])
    return d.save(rel)


def tenancies():
    a = dict(
        short="14 Orchard Row, Kelsingham", ref="OR14/2025/07",
        property="14 Orchard Row, Kelsingham, KL4 7RD: a three-bedroom semi-detached house with rear garden, let "
                 "unfurnished with white goods (fridge-freezer, washing machine, oven)",
        landlord="Mr Graham Petherick and Mrs Alison Petherick",
        landlord_addr="Holly Lodge, 2 Church Lane, Upper Sedley, KL9 3EW",
        agent="None - the property is managed by the Landlord",
        tenants="Ms Priya Lal and Mr Tomasz Wrona",
        term="12 months (a fixed term), with a break clause at clause 7.2",
        start="1 September 2025", rent="GBP 1,175.00 per calendar month",
        rent_day="the 1st day of each month",
        deposit="GBP 1,355.76 (equal to five weeks' rent)",
        scheme="SafeHold Deposit Protection (custodial scheme)",
        occupiers="No more than 4 persons in total, being the Tenants and their children",
        ctax="Band C (Kelsingham District Council)",
        parking="Private driveway for two cars",
        late_days="for more than 14 days",
        rent_review="The Landlord may propose an increase in the Rent no more than once in any 12-month period, and not "
                    "before 1 September 2026, by giving the Tenant at least one month's written notice in the prescribed form.",
        rent_includes="does not include any utilities or council tax.",
        utilities_extra="",
        garden="to keep the garden tidy, the lawn mown and the hedges trimmed, and not to remove any trees or shrubs; the "
               "Landlord will provide a lawnmower, which remains the Landlord's property;",
        pets=["The Tenant may keep one cat or one dog (of a breed that is not prohibited by law and that weighs no more "
              "than 20 kg when fully grown) at the Property, but only with the Landlord's prior written consent, which "
              "shall not be unreasonably withheld.",
              "No other animals, birds, reptiles or insects may be kept at the Property without the Landlord's prior "
              "written consent.",
              "Where a pet is kept, the Tenant shall have the carpets professionally cleaned and the Property treated for "
              "fleas at the end of the tenancy, and shall provide receipts for both to the Landlord.",
              "No additional deposit or pet rent is payable."],
        landlord_extra="to insure the building and the Landlord's fixtures against fire and other usual risks (the Tenant "
                       "is responsible for insuring the Tenant's own belongings);",
        ending=["The Tenant may end the tenancy at the end of the fixed term by giving the Landlord at least one month's "
                "written notice expiring on the last day of the term.",
                "Break clause: either party may end the tenancy on or after the last day of the sixth month of the term "
                "(that is, from 28 February 2026) by giving the other at least two months' written notice. If the "
                "Landlord exercises this clause, the notice must also comply with section 21 of the Housing Act 1988.",
                "If the Tenant remains in the Property after the fixed term, a statutory periodic tenancy will arise on "
                "a monthly basis. The Tenant must then give at least one month's written notice, ending at the end of a "
                "period of the tenancy.",
                "At the end of the tenancy the Tenant shall return all keys by 12 noon on the last day and leave the "
                "Property clean and free of the Tenant's belongings."],
        keys="two sets of keys to the front and back doors, one garage key and one window-lock key",
        inventory_date="29 August 2025", email="g.petherick@orchardmail.example")
    b = dict(
        short="Flat 3, Marlow Court, Ashby Marden", ref="MC3/2025/10",
        property="Flat 3, Marlow Court, 22 Station Approach, Ashby Marden, AM2 9QT: a one-bedroom second-floor flat, let "
                 "furnished in accordance with the inventory",
        landlord="Redgate Residential Lettings Limited (company number 11230587)",
        landlord_addr="Suite 5, Carrow House, 41 Market Street, Ashby Marden, AM1 4HP",
        agent="Hollins & Vey Property Management, 8 Bridge Street, Ashby Marden, AM1 2DD (telephone 01632 960 418)",
        tenants="Mr Callum Reid",
        term="6 months (a fixed term)",
        start="15 October 2025", rent="GBP 925.00 per calendar month",
        rent_day="the 15th day of each month",
        deposit="GBP 1,067.30 (equal to five weeks' rent)",
        scheme="Northgate Tenancy Deposit Scheme (insured scheme)",
        occupiers="No more than 2 persons in total",
        ctax="Band B (Ashby Marden Borough Council)",
        parking="Allocated parking space number 7 in the rear car park; one cycle space in the communal bike store",
        late_days="for more than 14 days",
        rent_review="The Rent is fixed for the fixed term. After the fixed term the Landlord may propose an increase no more "
                    "than once in any 12-month period by giving the Tenant at least one month's written notice in the "
                    "prescribed form.",
        rent_includes="includes the service charge for the building (communal cleaning, lighting and lift maintenance) and "
                      "the water and sewerage charges, but does not include council tax, gas or electricity.",
        utilities_extra=" (but not water and sewerage charges, which are included in the Rent)",
        garden="not to leave bicycles, pushchairs, rubbish or other items in the communal hallways or stairwells, and to "
               "use the communal bin store for household waste;",
        pets=["The Tenant shall not keep any animal, bird, reptile or insect at the Property, whether permanently or "
              "temporarily, because the head lease of Marlow Court prohibits pets in all flats.",
              "Clause 5.1 does not apply to a registered assistance dog, which the Tenant may keep after notifying the "
              "Landlord in writing.",
              "The Tenant may keep a fish tank with a capacity of no more than 60 litres."],
        landlord_extra="to insure the building and the Landlord's furniture and furnishings listed in the inventory (the "
                       "Tenant is responsible for insuring the Tenant's own belongings);",
        ending=["The Tenant may end the tenancy at the end of the fixed term by giving the Landlord at least one month's "
                "written notice expiring on the last day of the term. There is no break clause during the fixed term.",
                "If the Tenant remains in the Property after the fixed term, a statutory periodic tenancy will arise on "
                "a monthly basis. The Tenant must then give at least two months' written notice, ending on the day before "
                "a rent payment date.",
                "The Landlord may seek possession only on a ground set out in Schedule 2 to the Housing Act 1988 or by "
                "giving not less than two months' notice under section 21 of that Act, which may not expire during the "
                "first six months of the tenancy.",
                "At the end of the tenancy the Tenant shall return all keys and fobs to the managing agent by 5 pm on the "
                "last day and leave the Property clean and free of the Tenant's belongings."],
        keys="two keys to the flat door, two entrance fobs for the building, one post box key and one bike store key",
        inventory_date="14 October 2025", email="lettings@hollinsvey.example")
    return [tenancy(a, "legal/tenancy/tenancy_14_orchard_row_kelsingham.pdf"),
            tenancy(b, "legal/tenancy/tenancy_flat3_marlow_court_ashby_marden.pdf")]


# =============================================================================
# 5. Clinical guideline (two-column narrative pages + tables)
# =============================================================================
def guideline():
    d = Doc("Hypertension in Adults: Diagnosis and Management (NAPC-CV-07)", header_right="Version 3.1 - May 2025",
            footer_left="Northfield Area Prescribing Committee - review date May 2027", accent=(120, 20, 40), body_size=9.5)
    d.title_block("Hypertension in Adults: Diagnosis and Management",
                  "Northfield Area Prescribing Committee clinical guideline NAPC-CV-07, version 3.1\n"
                  "For GPs, practice nurses, pharmacists and non-medical prescribers in Northfield primary care", size=15)
    d.two_col([
        ("h", "1. Scope and purpose"),
        ("p", "This guideline covers the diagnosis and management of primary hypertension in adults aged 18 years and over. "
              "It does not cover hypertension in pregnancy, children and young people, or adults with secondary hypertension "
              "(for example renal artery stenosis or phaeochromocytoma), who should be managed with specialist advice. "
              "Recommendations are adapted for local use and reflect the Northfield formulary."),
        ("h", "2. Measuring blood pressure"),
        ("p", "Measure blood pressure (BP) in both arms when first assessing a patient. If the difference in readings between "
              "arms is more than 15 mmHg, repeat the measurements; if it remains above 15 mmHg, use the arm with the higher "
              "reading for all later measurements. Use a validated device and an appropriately sized cuff. Measure standing "
              "BP as well as seated BP in people with type 2 diabetes, symptoms of postural hypotension, or aged 80 and over. "
              "A fall in systolic BP of 20 mmHg or more on standing is postural hypotension: base treatment decisions on the "
              "standing reading."),
        ("h", "3. Confirming the diagnosis"),
        ("p", "If clinic BP is 140/90 mmHg or higher, take a second reading during the consultation; if it differs "
              "substantially from the first, take a third and record the lower of the last two. Offer ambulatory BP "
              "monitoring (ABPM) to confirm the diagnosis. If ABPM is unsuitable or not tolerated, offer home BP monitoring "
              "(HBPM): two consecutive seated readings at least one minute apart, twice daily (morning and evening), for at "
              "least 4 days and ideally 7 days. Discard the first day's readings and average the rest."),
        ("p", "While waiting for confirmation, carry out investigations for target organ damage: urine albumin:creatinine "
              "ratio (ACR) and dipstick for haematuria, HbA1c, U&E with eGFR, total and HDL cholesterol, fundoscopy and a "
              "12-lead ECG. Estimate cardiovascular risk with the QRISK tool."),
        ("h", "4. Severe hypertension - same-day referral"),
        ("p", "Refer for specialist assessment the same day if clinic BP is 180/120 mmHg or higher AND there are signs of "
              "retinal haemorrhage or papilloedema (accelerated hypertension), or life-threatening symptoms such as new "
              "confusion, chest pain, signs of heart failure or acute kidney injury (AKI). Refer the same day if "
              "phaeochromocytoma is suspected (labile or postural hypotension, headache, palpitations, pallor and sweating). "
              "If BP is 180/120 mmHg or higher without these features, carry out investigations for target organ damage as "
              "soon as possible and consider starting drug treatment immediately, without waiting for ABPM."),
    ])
    d.h1("Table 1. Stages of hypertension")
    d.grid(["Stage", "Clinic BP", "ABPM or HBPM average", "Action"],
           [["Normal / high-normal", "below 140/90 mmHg", "below 135/85 mmHg", "Check BP at least every 5 years"],
            ["Stage 1 hypertension", "140/90 to 159/99 mmHg", "135/85 to 149/94 mmHg",
             "Offer lifestyle advice. Offer drug treatment if under 80 with target organ damage, CVD, renal disease, "
             "diabetes or QRISK 10% or more"],
            ["Stage 2 hypertension", "160/100 to 179/119 mmHg", "150/95 mmHg or higher",
             "Offer lifestyle advice and drug treatment at any age"],
            ["Severe hypertension", "systolic 180 mmHg or higher, or diastolic 120 mmHg or higher", "not required",
             "See section 4; consider same-day referral"]],
           widths=[34, 42, 38, 60], size=8.5)
    d.h1("Table 2. Treatment targets")
    d.grid(["Patient group", "Clinic BP target", "ABPM / HBPM target"],
           [["Aged under 80", "below 140/90 mmHg", "below 135/85 mmHg"],
            ["Aged 80 and over", "below 150/90 mmHg", "below 145/85 mmHg"],
            ["Chronic kidney disease with urine ACR 70 mg/mmol or more", "below 130/80 mmHg", "below 125/75 mmHg"]],
           widths=[74, 50, 50], size=8.5)
    d.add_page()
    d.two_col([
        ("h", "5. Choosing antihypertensive drugs"),
        ("p", "Step 1. For adults aged under 55 who are not of Black African or African-Caribbean family origin, offer an "
              "ACE inhibitor (first choice ramipril) or, if an ACE inhibitor is not tolerated (for example because of "
              "cough), an angiotensin II receptor blocker (ARB; first choice losartan)."),
        ("p", "For adults aged 55 and over, and for adults of Black African or African-Caribbean family origin of any age, "
              "offer a calcium-channel blocker (CCB; first choice amlodipine). If a CCB is not suitable, for example "
              "because of oedema, offer a thiazide-like diuretic (indapamide)."),
        ("p", "For adults with type 2 diabetes, offer an ACE inhibitor or ARB at step 1 regardless of age or family origin. "
              "In people of Black African or African-Caribbean family origin with type 2 diabetes, prefer an ARB to an ACE "
              "inhibitor."),
        ("p", "Do not combine an ACE inhibitor with an ARB."),
        ("p", "Step 2. If BP is not controlled on step 1 treatment, add a CCB or a thiazide-like diuretic to an ACE "
              "inhibitor or ARB, or add an ACE inhibitor, ARB or thiazide-like diuretic to a CCB."),
        ("p", "Step 3. Before step 3, check adherence. Offer the combination of an ACE inhibitor or ARB, plus a CCB, plus a "
              "thiazide-like diuretic."),
        ("p", "Step 4 (resistant hypertension). Confirm with ABPM or HBPM and check for postural hypotension. If blood "
              "potassium is 4.5 mmol/L or lower, consider adding low-dose spironolactone 25 mg once daily. If blood "
              "potassium is higher than 4.5 mmol/L, consider an alpha-blocker (doxazosin) or a beta-blocker (bisoprolol) "
              "instead. Seek specialist advice if BP remains uncontrolled on optimal doses of four drugs."),
        ("h", "6. Monitoring potassium and renal function"),
        ("p", "Check U&E (sodium, potassium, creatinine and eGFR) before starting an ACE inhibitor, ARB or spironolactone, "
              "and 1 to 2 weeks after starting and after each dose increase. Act on the potassium result as shown in Table 3. "
              "A rise in serum creatinine of up to 30% from baseline (or a fall in eGFR of up to 25%) is acceptable: continue "
              "treatment and recheck in 2 weeks. If creatinine rises by more than 30% or eGFR falls by more than 25%, stop "
              "the ACE inhibitor or ARB, look for other causes such as dehydration or NSAID use, and recheck within 1 week."),
        ("p", "Sick day guidance: advise people taking an ACE inhibitor, ARB, diuretic or spironolactone to stop these "
              "medicines temporarily during any illness causing dehydration (vomiting, diarrhoea, fever with sweats), and "
              "to restart them 24 to 48 hours after eating and drinking normally again."),
    ])
    d.h1("Table 3. Action on serum potassium (patients on ACE inhibitor, ARB or spironolactone)")
    d.grid(["Serum potassium", "Action"],
           [["Below 5.5 mmol/L", "Continue treatment; titrate dose as planned."],
            ["5.5 to 5.9 mmol/L", "Do not increase the dose. Review other potassium-raising drugs (e.g. trimethoprim, "
                                  "potassium supplements, NSAIDs) and dietary potassium. Repeat U&E within 1 week."],
            ["6.0 to 6.4 mmol/L", "Stop the ACE inhibitor, ARB and spironolactone. Repeat U&E within 24 hours. Arrange an "
                                  "ECG; if ECG changes are present, refer to the acute medical team the same day."],
            ["6.5 mmol/L or above", "Stop all potassium-raising drugs and send the patient for emergency assessment in the "
                                    "emergency department the same day (risk of life-threatening arrhythmia)."]],
           widths=[42, 132], size=9)
    d.h1("Table 4. Dose adjustment by renal function")
    d.para("Estimate creatinine clearance (CrCl) using the Cockcroft-Gault equation with actual body weight (or ideal body "
           "weight if BMI is 30 kg/m2 or more). Use CrCl, not eGFR, for dose decisions for the drugs below. Doses are "
           "for adults; start at the lower dose in people aged 80 and over.", size=9)
    d.grid(["Drug", "CrCl above 60 mL/min", "CrCl 30 to 60 mL/min", "CrCl 15 to 29 mL/min", "CrCl below 15 mL/min"],
           [["Ramipril", "Start 2.5 mg once daily; max 10 mg daily", "Start 1.25 mg once daily; max 5 mg daily",
             "Start 1.25 mg once daily; max 2.5 mg daily", "Avoid unless on specialist advice"],
            ["Losartan", "Start 50 mg once daily; max 100 mg daily", "Start 50 mg once daily; max 100 mg daily",
             "Start 25 mg once daily; max 50 mg daily", "Specialist initiation only; start 25 mg"],
            ["Amlodipine", "Start 5 mg once daily; max 10 mg daily", "No adjustment", "No adjustment", "No adjustment"],
            ["Indapamide MR", "1.5 mg once daily", "1.5 mg once daily",
             "Avoid (ineffective; risk of hyponatraemia)", "Avoid"],
            ["Spironolactone", "25 mg once daily", "12.5 mg once daily; check potassium weekly for 4 weeks",
             "Avoid", "Avoid"],
            ["Bisoprolol", "Start 2.5 mg once daily; max 20 mg daily", "Max 20 mg daily", "Max 10 mg daily",
             "Max 10 mg daily"],
            ["Doxazosin MR", "Start 4 mg once daily; max 8 mg daily", "No adjustment", "No adjustment", "No adjustment"]],
           widths=[26, 37, 37, 37, 37], size=8.5)
    d.h1("Table 5. Monitoring schedule")
    d.grid(["When", "What to check", "Who"],
           [["At diagnosis (baseline)", "BP both arms; U&E and eGFR; HbA1c; lipids; urine ACR and haematuria dipstick; "
                                        "fundoscopy; 12-lead ECG; QRISK", "Practice nurse / GP"],
            ["1 to 2 weeks after starting or increasing an ACE inhibitor, ARB, diuretic or spironolactone",
             "U&E (potassium, sodium, creatinine, eGFR)", "Practice nurse"],
            ["Every 4 weeks until BP target reached", "Clinic BP or HBPM average; side effects; adherence", "GP / pharmacist"],
            ["Spironolactone (step 4)", "Potassium and creatinine at 1 week, 4 weeks, then every 3 months for the first "
                                        "year, then every 6 months", "Practice nurse"],
            ["Annually once controlled", "BP; U&E and eGFR; urine ACR; lipids; HbA1c if diabetic; medication review",
             "GP / practice nurse"],
            ["Aged 80 and over", "Standing and seated BP at every review; falls risk", "GP"]],
           widths=[52, 92, 30], size=8.5)
    d.add_page()
    d.two_col([
        ("h", "7. Lifestyle advice"),
        ("p", "Offer lifestyle advice at diagnosis and at each review: a healthy diet, regular exercise (at least 150 minutes "
              "of moderate activity a week), reducing salt intake to less than 6 g a day, keeping alcohol within 14 units a "
              "week, limiting caffeine, and stopping smoking. Do not offer calcium, magnesium or potassium supplements as a "
              "way of reducing BP."),
        ("h", "8. Special situations"),
        ("p", "Women planning pregnancy: ACE inhibitors and ARBs should be stopped, and the woman referred, ideally before "
              "conception; labetalol is the preferred first-line drug in pregnancy and must be started by the specialist "
              "team. Angioedema with an ACE inhibitor: stop immediately; do not switch to an ARB without specialist advice."),
        ("p", "Frailty and multimorbidity: use clinical judgement, considering the person's wishes, life expectancy and the "
              "risk of falls. Targets may be relaxed for people with severe frailty."),
        ("h", "9. When to seek specialist advice"),
        ("p", "Refer to the Northfield Hypertension Clinic (via the e-referral service) adults under 40 with stage 1 "
              "hypertension and no target organ damage, cardiovascular disease, renal disease or diabetes, to assess "
              "secondary causes; people with suspected secondary hypertension; people whose BP is not controlled on four "
              "drugs; and people with a potassium of 6.0 mmol/L or more that persists after stopping ACE inhibitor, ARB or "
              "spironolactone. Advice and guidance requests are answered within 5 working days."),
        ("h", "10. Audit standards"),
        ("p", "Practices should aim for: 90% of people with hypertension to have a BP recorded in the last 12 months; 77% "
              "of those under 80 to have a last BP below 140/90 mmHg; and 100% of people started on an ACE inhibitor or "
              "ARB to have U&E checked within 2 weeks."),
        ("h", "Document control"),
        ("p", "Authors: Dr Ewan Castellan (GP lead for cardiovascular disease), Hannah Seddiqi (lead pharmacist, medicines "
              "optimisation), Dr Lucia Marwood (consultant nephrologist, Northfield General Hospital). Approved by the "
              "Northfield Area Prescribing Committee on 14 May 2025. Next review May 2027 or sooner if national guidance "
              "changes."),
    ])
    return d.save("medical/guidelines/napc_hypertension_adults_guideline.pdf")


# =============================================================================
# 6-7. Paediatric medicine leaflets (two strengths, near-duplicates)
# =============================================================================
def leaflet(v, rel):
    d = Doc("Package leaflet: Tarvamox " + v["strength"] + " powder for oral suspension", header_right="amoxicillin",
            footer_left="Alderbrook Pharmaceuticals Ltd - leaflet revised " + v["revised"], accent=(0, 110, 60), body_size=9.5)
    d.title_block("Package leaflet: Information for the patient or carer",
                  "Tarvamox " + v["strength"] + " powder for oral suspension\n" + v["subtitle"], size=14)
    d.para("Read all of this leaflet carefully before you start giving this medicine to your child because it contains "
           "important information. Keep this leaflet; you may need to read it again. This medicine has been prescribed "
           "for your child only. Do not pass it on to others. It may harm them, even if their signs of illness are the same.",
           style="B")
    d.h1("1. What Tarvamox is and what it is used for")
    d.para("Tarvamox contains the active substance amoxicillin, an antibiotic of the penicillin family. It is used to treat "
           "infections caused by bacteria, such as infections of the ear (otitis media), throat, chest (pneumonia), urinary "
           "tract and skin. It does not work against infections caused by viruses, such as colds or flu. "
           + v["use_note"])
    d.h1("2. What you need to know before your child takes Tarvamox")
    d.h2("Do not give Tarvamox if your child:")
    d.bullets(["is allergic to amoxicillin, to any penicillin, or to any of the other ingredients (listed in section 6);",
               "has ever had a serious allergic reaction (such as a skin rash with peeling, swelling of the face or throat, "
               "or difficulty breathing) to any other antibiotic, including a cephalosporin."])
    d.h2("Talk to your doctor or pharmacist before giving Tarvamox if your child:")
    d.bullets(["has glandular fever (infectious mononucleosis) - a rash is more likely;",
               "has kidney problems - the dose may need to be reduced;",
               "is not passing water regularly."])
    d.h2("Tarvamox contains " + v["excipient_name"])
    d.para(v["excipient_text"])
    d.h1("3. How to give Tarvamox")
    d.para("Always give this medicine exactly as your doctor or pharmacist has told you. Shake the bottle well before each "
           "dose. Use the " + v["syringe"] + " provided to measure the dose; do not use a kitchen spoon. Space the doses "
           "evenly through the day, at least 4 hours apart. The usual course lasts 5 to 7 days; keep giving the medicine "
           "until the course is finished, even if your child feels better.")
    d.para("The table below shows the usual dose for children, by body weight and age. If your child's weight and age fall "
           "in different rows, use the weight. Your doctor may prescribe a different dose, for example a higher dose for a "
           "severe infection; always follow the label on the pharmacy bottle.")
    d.grid(["Body weight", "Age (guide only)", "Amount of amoxicillin per dose", "Volume of Tarvamox " + v["strength"]
            + " per dose", "How often"], v["rows"], widths=[30, 32, 38, 40, 34], size=9, align="CENTER")
    d.para(v["after_table"], size=9)
    d.h2("If you give more Tarvamox than you should")
    d.para("Contact a doctor or your nearest hospital emergency department straight away and take the medicine pack with "
           "you. Signs may include an upset stomach (nausea, vomiting or diarrhoea) or crystals in the urine, seen as "
           "cloudy urine or difficulty passing water.")
    d.h2("If you forget to give Tarvamox")
    d.para("Give the missed dose as soon as you remember, then wait at least 4 hours before giving the next dose. Do not "
           "give a double dose to make up for a forgotten dose.")
    d.h1("4. Possible side effects")
    d.para("Like all medicines, Tarvamox can cause side effects, although not everybody gets them.")
    d.para("STOP giving Tarvamox and get medical help at once if your child has: swelling of the lips, face, tongue or "
           "throat; difficulty breathing; a widespread rash with blisters or peeling skin; or severe watery or bloody "
           "diarrhoea (which can happen up to 2 months after treatment).", style="B")
    d.grid(["Frequency", "Side effects"],
           [["Common (may affect up to 1 in 10 children)", "Skin rash; feeling sick (nausea); diarrhoea"],
            ["Uncommon (may affect up to 1 in 100 children)", "Being sick (vomiting); itchy, raised rash (hives)"],
            ["Very rare (may affect up to 1 in 10,000 children)", "Thrush (yeast infection of the mouth or nappy area); "
             "fits (convulsions), mainly in children with kidney problems or on high doses; tooth discolouration, which "
             "usually goes with brushing; black hairy-looking tongue; inflammation of the kidney; jaundice"],
            ["Not known (frequency cannot be estimated)", "Chest pain in association with allergic reactions; crystals "
                                                          "in the urine"]],
           widths=[62, 112], size=9)
    d.para("If your child gets any side effects, talk to your doctor, pharmacist or nurse. You can also report side effects "
           "directly via the Yellow Card Scheme.")
    d.h1("5. How to store Tarvamox")
    d.para(v["storage"])
    d.h1("6. Contents of the pack and other information")
    d.para(v["contents"])
    d.para("Marketing authorisation holder and manufacturer: Alderbrook Pharmaceuticals Ltd, 3 Weir Road, Castlebridge "
           "CB8 1TN, United Kingdom. " + v["pl"] + " This leaflet was last revised in " + v["revised"] + ".")
    return d.save(rel)


def leaflets():
    a = dict(strength="125 mg/5 mL", subtitle="amoxicillin (as trihydrate)  -  for infants and young children",
             revised="February 2025",
             use_note="Tarvamox 125 mg/5 mL is intended for infants and children weighing less than 20 kg. For heavier "
                      "children, your doctor may prescribe Tarvamox 250 mg/5 mL, which contains twice as much amoxicillin "
                      "in each 5 mL.",
             excipient_name="sucrose and sodium benzoate",
             excipient_text="Each 5 mL dose contains 2.9 g of sucrose (sugar). If you have been told by your doctor that "
                            "your child has an intolerance to some sugars, contact your doctor before giving this medicine. "
                            "This should be taken into account in patients with diabetes mellitus. It may be harmful to the "
                            "teeth. Each 5 mL also contains 5 mg of sodium benzoate (E211).",
             syringe="5 mL oral syringe",
             rows=[["4 kg to 7.9 kg", "1 to 5 months", "62.5 mg", "2.5 mL", "three times a day"],
                   ["8 kg to 11.9 kg", "6 to 11 months", "125 mg", "5 mL", "three times a day"],
                   ["12 kg to 15.9 kg", "1 to 3 years", "187.5 mg", "7.5 mL", "three times a day"],
                   ["16 kg to 19.9 kg", "4 years", "250 mg", "10 mL", "three times a day"]],
             after_table="Babies under 4 kg or under 1 month old: your doctor will work out the dose. Children weighing "
                         "20 kg or more should be given Tarvamox 250 mg/5 mL instead. Do not give more than 3 doses in 24 "
                         "hours unless your doctor tells you to.",
             storage="Before the powder is mixed: do not store above 25 degrees Celsius. After the pharmacist has added "
                     "water, store the suspension in a refrigerator (2 to 8 degrees Celsius) and use within 7 days; throw "
                     "away any medicine left after 7 days. Keep out of the sight and reach of children.",
             contents="Each 5 mL of made-up suspension contains 125 mg amoxicillin. The other ingredients are sucrose, "
                      "sodium benzoate (E211), xanthan gum, sodium citrate and strawberry flavouring. The bottle contains "
                      "powder to make 100 mL of an off-white, strawberry-flavoured suspension. A 5 mL oral syringe is "
                      "included.",
             pl="PL 48213/0061.")
    b = dict(strength="250 mg/5 mL", subtitle="amoxicillin (as trihydrate)  -  sugar-free, for children",
             revised="March 2025",
             use_note="Tarvamox 250 mg/5 mL contains twice as much amoxicillin in each 5 mL as Tarvamox 125 mg/5 mL, so "
                      "the volume you give is different. Check the strength on the bottle before each dose.",
             excipient_name="aspartame and sorbitol",
             excipient_text="This medicine is sugar-free. Each 5 mL dose contains 10 mg of aspartame (E951), a source of "
                            "phenylalanine. It may be harmful if your child has phenylketonuria (PKU), a rare genetic "
                            "disorder in which phenylalanine builds up because the body cannot remove it properly. Each "
                            "5 mL also contains 450 mg of sorbitol (E420).",
             syringe="10 mL oral syringe",
             rows=[["8 kg to 11.9 kg", "6 to 11 months", "125 mg", "2.5 mL", "three times a day"],
                   ["12 kg to 15.9 kg", "1 to 3 years", "187.5 mg", "3.75 mL", "three times a day"],
                   ["16 kg to 24.9 kg", "4 to 6 years", "250 mg", "5 mL", "three times a day"],
                   ["25 kg to 39.9 kg", "7 to 11 years", "375 mg", "7.5 mL", "three times a day"],
                   ["40 kg and over", "12 years and over", "500 mg", "10 mL", "three times a day"]],
             after_table="This strength is not suitable for babies weighing less than 8 kg: ask your doctor about Tarvamox "
                         "125 mg/5 mL. For severe infections in children weighing 40 kg and over, the doctor may prescribe "
                         "up to 1 g (20 mL) three times a day. Do not give more than 3 doses in 24 hours unless your doctor "
                         "tells you to.",
             storage="Before the powder is mixed: do not store above 25 degrees Celsius. After the pharmacist has added "
                     "water, the suspension may be kept at room temperature (below 25 degrees Celsius) or in a "
                     "refrigerator and must be used within 14 days. Keep out of the sight and reach of children.",
             contents="Each 5 mL of made-up suspension contains 250 mg amoxicillin. The other ingredients are aspartame "
                      "(E951), sorbitol (E420), xanthan gum, silica, sodium citrate and banana flavouring. The bottle "
                      "contains powder to make 100 mL of a pale yellow, banana-flavoured suspension. A 10 mL oral syringe "
                      "is included.",
             pl="PL 48213/0062.")
    return [leaflet(a, "medical/leaflets/tarvamox_125mg_5ml_suspension_leaflet.pdf"),
            leaflet(b, "medical/leaflets/tarvamox_250mg_5ml_suspension_leaflet.pdf")]


# =============================================================================
# 8. Hospital discharge letter
# =============================================================================
def discharge_letter():
    d = Doc("Discharge Summary - Mr Harold B. Fairweather - Hosp. No. SA4471928", header_right="St Aldhelm's Hospital",
            footer_left="St Aldhelm's Hospital, Wexcombe - Department of Renal Medicine - CONFIDENTIAL",
            accent=(0, 70, 140), body_size=10)
    d.set_font("Helvetica", "B", 13)
    d.set_text_color(0, 70, 140)
    d.cell(0, 7, "St Aldhelm's Hospital NHS Foundation Trust", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 9)
    d.set_text_color(0, 0, 0)
    d.multi_cell(0, 4.5, "Department of Renal Medicine, Beech Ward\nAbbey Road, Wexcombe WX2 6JH\nWard telephone: 01632 "
                 "960 775 (24 hours)", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("Helvetica", "", 10)
    d.multi_cell(0, 5, "Dr Fiona McAllister\nLarkhill Surgery\n17 Larkhill Road\nWexcombe WX4 1BS", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(3)
    d.cell(0, 5, "Date of letter: 19 May 2025", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.title_block("INPATIENT DISCHARGE SUMMARY", None, size=13)
    d.grid(["Patient details", ""],
           [["Name", "Mr Harold Benedict FAIRWEATHER"],
            ["Date of birth", "02/11/1947 (77 years)"],
            ["Hospital number", "SA4471928"],
            ["Address", "6 Tanner's Close, Wexcombe WX4 3PL"],
            ["Admitted", "12/05/2025 via Emergency Department"],
            ["Discharged", "19/05/2025 to usual residence (lives with wife)"],
            ["Consultant", "Dr Nadia Rahimi, Consultant Nephrologist"],
            ["Allergies", "Penicillin - widespread rash (1994)"]],
           widths=[45, 129], size=9.5, bold_first_col=True)
    d.h1("Diagnoses")
    d.clause("1.", "Acute kidney injury (AKI) stage 2, secondary to dehydration from viral gastroenteritis (norovirus PCR "
             "positive), in the context of ramipril, indapamide and recent over-the-counter naproxen use.", numw=7)
    d.clause("2.", "Hyperkalaemia on admission (potassium 6.3 mmol/L), without ECG changes.", numw=7)
    d.clause("3.", "Background: hypertension; type 2 diabetes (diet and metformin); benign prostatic hyperplasia; "
             "gastro-oesophageal reflux disease.", numw=7)
    d.h1("Summary of admission")
    d.para("Mr Fairweather presented with a 4-day history of vomiting and diarrhoea and reduced oral intake. On arrival he "
           "was clinically dry with a blood pressure of 98/60 mmHg. Creatinine was 248 micromol/L (baseline 96 micromol/L "
           "in January 2025) and potassium 6.3 mmol/L. He was treated with intravenous calcium gluconate, insulin-dextrose "
           "and intravenous fluids. Ramipril, indapamide and metformin were withheld. He admitted taking naproxen 250 mg "
           "three times a day for a week for knee pain, bought from a pharmacy.")
    d.para("His renal function improved steadily with fluids. On the day of discharge creatinine was 118 micromol/L, "
           "potassium 4.6 mmol/L and eGFR 53 mL/min/1.73m2. Blood pressure on the ward rose to 162/88 mmHg once rehydrated, "
           "so amlodipine was increased. Renal ultrasound showed normal-sized kidneys with no hydronephrosis. He was eating "
           "and drinking normally for 48 hours before discharge and is mobile with a stick.")
    d.h1("Medications on discharge")
    d.para("Please note the changes below. The patient has been given 14 days' supply of all new and changed medicines.",
           size=9.5)
    d.grid(["Medicine", "Dose", "Frequency", "Status", "Comments"],
           [["Amlodipine", "10 mg", "Once daily", "CHANGED", "Increased from 5 mg on 16/05/2025 for BP control"],
            ["Ramipril", "5 mg", "Once daily", "WITHHELD", "Do not restart until U&E reviewed by GP (see follow-up)"],
            ["Indapamide MR", "1.5 mg", "Once daily", "STOPPED", "Stopped because of AKI and low sodium (131 mmol/L); "
                                                                "do not restart"],
            ["Naproxen", "250 mg", "-", "STOPPED", "Avoid all NSAIDs (including ibuprofen) in future"],
            ["Metformin", "500 mg", "Twice daily", "RESTARTED", "Restarted 18/05/2025 when eGFR above 45"],
            ["Atorvastatin", "40 mg", "At night", "UNCHANGED", ""],
            ["Lansoprazole", "15 mg", "Once daily", "UNCHANGED", ""],
            ["Tamsulosin MR", "400 micrograms", "Once daily", "UNCHANGED", "Caution: may cause postural dizziness"],
            ["Paracetamol", "1 g", "Up to four times daily when required", "NEW", "For knee pain, instead of naproxen. "
                                                                                     "Maximum 4 g in 24 hours"],
            ["Oral rehydration salts", "1 sachet in 200 mL water", "After each loose stool", "NEW",
             "Only if diarrhoea recurs; maximum 5 sachets a day"]],
           widths=[34, 28, 32, 26, 54], size=9)
    d.h1("Follow-up and actions for GP")
    fu = [("1.", "Please check U&E (creatinine and potassium) in 5 to 7 days, by 26/05/2025 at the latest. The patient has "
                 "a blood test form."),
          ("2.", "If creatinine is within 20% of baseline (i.e. 115 micromol/L or below) and potassium is below 5.0 mmol/L, "
                 "please restart ramipril at a reduced dose of 2.5 mg once daily and recheck U&E 1 to 2 weeks later."),
          ("3.", "If creatinine is above 150 micromol/L or potassium is 5.5 mmol/L or above, please discuss with the renal "
                 "registrar on call via switchboard (01632 960 700) the same day."),
          ("4.", "Target clinic BP is below 150/90 mmHg given his age; please review BP in 2 weeks."),
          ("5.", "Renal outpatient clinic appointment with Dr Rahimi in 8 weeks (letter to follow), with U&E and urine ACR "
                 "the week before."),
          ("6.", "Please code AKI stage 2 on the GP record and consider AKI in any future prescribing decisions.")]
    for n, t in fu:
        d.clause(n, t, numw=7)
    d.h1("Information given to the patient")
    d.para("Mr Fairweather and his wife were given the AKI patient leaflet and verbal sick day rules advice: if he has "
           "vomiting, diarrhoea or fever with sweating, he should temporarily stop metformin (and ramipril once it is "
           "restarted) and restart 24 to 48 hours after eating and drinking normally. He should not buy anti-inflammatory "
           "painkillers. He knows to return to the Emergency Department or call 111 if he stops passing urine for more "
           "than 12 hours, or has severe dizziness or breathlessness. Community nursing has not been requested as he is "
           "independent.")
    d.ln(2)
    d.para("Yours sincerely,\n\nDr Oliver Trent, Specialty Registrar (ST5) in Renal Medicine, on behalf of Dr Nadia Rahimi, "
           "Consultant Nephrologist\n\ncc: Mr H. B. Fairweather (patient)")
    return d.save("medical/letters/discharge_summary_fairweather_st_aldhelms.pdf")


def main():
    paths = [supply_agreement(), insurance_policy()]
    paths += tenancies()
    paths.append(guideline())
    paths += leaflets()
    paths.append(discharge_letter())
    for p in paths:
        print(os.path.relpath(p, OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
