"""A figure citation shows the figure cropped from its page beside the passage (ui/render.py)."""
from __future__ import annotations

import io
import json
import shutil

import pytest
from tests.fakes import FakeEngine

from core.config import Workspace
from core.schema import Chunk
from tests.helpers import FIGURE_CAPTION, write_figure_pdf
from ui.render import crop_figure


def test_crop_figure_cuts_the_box_plus_padding_at_the_render_resolution():
    from PIL import Image, ImageDraw

    dpi = 144  # 2 pixels a point
    page = Image.new("L", (595 * 2, 842 * 2), 255)
    ImageDraw.Draw(page).rectangle([200, 300, 599, 499], fill=0)  # points (100, 150)-(300, 250)
    buf = io.BytesIO()
    page.save(buf, format="PNG")
    crop = Image.open(io.BytesIO(crop_figure(buf.getvalue(), [100, 150, 300, 250], dpi, pad=5)))
    assert crop.size == (2 * 210, 2 * 110)
    assert crop.getpixel((crop.width // 2, crop.height // 2)) == 0  # the figure
    assert crop.getpixel((3, 3)) == 255 and crop.getpixel((12, 12)) == 0  # the padding, then the figure's corner
    # a box at the page's edge is clipped to the page; one outside it gives nothing
    edge = Image.open(io.BytesIO(crop_figure(buf.getvalue(), [0, 0, 50, 50], dpi, pad=5)))
    assert edge.size == (110, 110)
    assert crop_figure(buf.getvalue(), [700, 900, 800, 1000], dpi) is None


def figure_workspace(tmp) -> Workspace:
    """An index whose only chunk is the figure of write_figure_pdf (as ingest stores it)."""
    docs = tmp / "docs"
    write_figure_pdf(docs / "leaflet.pdf")
    text = FIGURE_CAPTION + "\nPaediatric loading dose\nZorvimab 7.5 mg/kg IV\ninfuse over 45 minutes"
    box = (85.04, 73.7, 425.2, 209.76)  # where fpdf2 placed the picture, in points
    chunk = Chunk(chunk_id="feedc0ffee12:1:300", source="leaflet.pdf", page=1, page_end=1, section=FIGURE_CAPTION,
                  start=300, end=300 + len(text), sha256="feedc0ffee12" * 4, text=text, root=str(docs),
                  kind="figure", caption=FIGURE_CAPTION, box=box)
    ws = Workspace(tmp / "workspace")
    index = ws.root / "index-20260101T000000-test"
    index.mkdir(parents=True)
    (index / "chunks.jsonl").write_text(json.dumps(chunk.to_dict()) + "\n")
    manifest = {"created": "2026-01-01T00:00:00+00:00", "chunks": 1,
                "files": {str(docs): {"leaflet.pdf": {"sha256": "feedc0ffee12" * 4, "pages": 1}}}}
    (index / "manifest.json").write_text(json.dumps(manifest))
    ws.current_file.write_text(index.name + "\n")
    return ws


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_figure_citation_shows_its_crop_and_the_page_with_the_figure_boxed(tmp_path, run_app):
    ws = figure_workspace(tmp_path)
    at = run_app(ws, engine=FakeEngine.from_workspace(ws))
    at = at.chat_input[0].set_value("What is the loading dose of Zorvimab?").run()
    assert not at.exception and not at.error
    html_ = [str(e.value) for e in at.html]
    crops = [h for h in html_ if 'class="db-figure"' in h]
    assert len(crops) == 1 and 'src="data:image/png;base64,' in crops[0] and f'alt="{FIGURE_CAPTION}"' in crops[0]
    captions = [str(e.value) for e in at.caption]
    assert "Figure cropped from page 1 of leaflet.pdf" in captions
    assert any("the figure is boxed" in c for c in captions)
    pages = [h for h in html_ if 'class="db-page"' in h]
    assert len(pages) == 1 and pages[0].count('class="db-box"') == 1  # the figure's region on the page
    # the crop is the figure's size at the crop resolution (plus padding), not the whole page
    import base64
    import re

    from PIL import Image

    png = base64.b64decode(re.search(r'base64,([^"]+)"', crops[0]).group(1))
    w, h = Image.open(io.BytesIO(png)).size
    assert w == pytest.approx((425.2 - 85.04 + 12) * 150 / 72, abs=3) and h == pytest.approx((209.76 - 73.7 + 12) * 150 / 72, abs=3)
