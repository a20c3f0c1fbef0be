"""End to end in a real headless Chromium: `streamlit run ui/app.py` on a real ingested workspace,
ask a question from corpora/questions.jsonl, wait for the answer and its citation, screenshot.

Everything is real: pdf parsing, chunking, the bundled embedder, index, retriever, Engine and the
bundled SmolLM2 (base, no adapter); ~65 s on 2 shared CPUs. DOMAINBOT_SAVE_SCREENSHOT=1 also keeps the screenshot at bench/out/chat.png.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")
QUESTION_SOURCE = "legal/mutual_nda_harbor_lumen.pdf"
PREFERRED_QUESTION = "What is the maximum size of each party's Clean Team"  # reads well in the screenshot


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"streamlit not healthy at {url} after {timeout:.0f}s")


@pytest.fixture(scope="module")
def legal_workspace(tmp_path_factory):
    """A real index over the two legal corpus PDFs (real pdf parsing, chunking, embedder)."""
    from core.config import IngestConfig, Workspace
    from ingest.pipeline import run_ingest

    tmp = tmp_path_factory.mktemp("browser")
    docs = tmp / "docs" / "legal"
    docs.mkdir(parents=True)
    for pdf in (REPO / "corpora" / "legal").glob("*.pdf"):
        shutil.copy(pdf, docs / pdf.name)
    ws = Workspace(tmp / "workspace")
    report = run_ingest([tmp / "docs"], ws, IngestConfig(), progress=False)
    assert report.total_chunks > 0 and not report.problems
    return ws


@pytest.fixture(scope="module")
def app_url(legal_workspace, tmp_path_factory):
    port = free_port()
    env = dict(os.environ, DOMAINBOT_WORKSPACE=str(legal_workspace.root), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    env.pop("DOMAINBOT_API_URL", None)
    log = open(tmp_path_factory.mktemp("streamlit") / "streamlit.log", "w")
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", str(REPO / "ui" / "app.py"),
            "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none", "--client.toolbarMode", "viewer",
        ],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=str(REPO),
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, timeout=60)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def browser(tmp_path):
    if not CHROMIUM:
        pytest.skip("chromium is not installed")
    if not CHROMEDRIVER:
        pytest.skip("chromedriver is not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chrome-profile'}", "--window-size=1280,1500",
    ):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()


def gold_question() -> dict:
    rows = [json.loads(line) for line in (REPO / "corpora" / "questions.jsonl").read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r["source"] == QUESTION_SOURCE]
    return next((r for r in rows if r["question"].startswith(PREFERRED_QUESTION)), rows[0])


def test_chat_in_chromium_shows_answer_with_gold_citation(app_url, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    row = gold_question()
    browser.get(app_url)
    box = WebDriverWait(browser, 60).until(
        EC.element_to_be_clickable((By.CSS_SELECTOR, '[data-testid="stChatInputTextArea"]'))
    )
    sidebar = browser.find_element(By.CSS_SELECTOR, '[data-testid="stSidebar"]').text
    assert "Documents" in sidebar and "Chunks" in sidebar

    box.send_keys(row["question"])
    box.send_keys(Keys.ENTER)
    timeout = 300  # the first answer also loads the model
    try:
        summary = WebDriverWait(browser, timeout).until(
            EC.presence_of_element_located(
                (By.XPATH, f'//*[@data-testid="stExpander"]//summary[contains(., "{row["source"]}")]')
            )
        )
    except Exception:
        browser.save_screenshot(str(tmp_path / "failed.png"))
        main = browser.find_element(By.CSS_SELECTOR, '[data-testid="stMainBlockContainer"]').text
        pytest.fail(f"no citation of {row['source']} after {timeout}s; page shows:\n{main[:1500]}")
    messages = browser.find_elements(By.CSS_SELECTOR, '[data-testid="stChatMessage"]')
    assert len(messages) == 2 and row["question"] in messages[0].text
    assert messages[1].text.strip() and not browser.find_elements(By.CSS_SELECTOR, '[data-testid="stAlert"]')

    # open the citation: the highlighted passage and the rendered PDF page
    summary.click()
    expander = summary.find_element(By.XPATH, './ancestor::*[@data-testid="stExpander"]')
    WebDriverWait(browser, 20).until(lambda d: expander.find_elements(By.TAG_NAME, "mark"))
    assert "<script" not in expander.get_attribute("innerHTML").lower()
    if shutil.which("pdftoppm"):  # the cited page, rendered from the original PDF, beside the passage
        WebDriverWait(browser, 30).until(
            lambda d: any(img.is_displayed() for img in expander.find_elements(By.CSS_SELECTOR, '[data-testid="stImage"] img'))
        )
    browser.find_element(By.CSS_SELECTOR, '[data-testid="stFeedback"]')  # thumbs are offered under the answer

    shot = tmp_path / "chat.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    if os.environ.get("DOMAINBOT_SAVE_SCREENSHOT") == "1":
        out = REPO / "bench" / "out"
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, out / "chat.png")
