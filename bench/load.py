"""Load test of the HTTP API on loopback: N concurrent clients for a bounded time, then latency
percentiles and a check that the audit log has exactly one row per completed request.

    # plumbing only (no model): a fake engine that streams 40 tokens at 2 ms each, serialised
    python bench/load.py --fake-engine --duration 20

    # the real engine over a workspace (needs `domainbot ingest` + `domainbot train` first)
    python bench/load.py --workspace workspace --concurrency 20 --duration 60

    # a server you started yourself on the same workspace (`domainbot serve --rate-limit 0`)
    python bench/load.py --url http://127.0.0.1:8000 --workspace workspace

Only 127.0.0.1/localhost targets are accepted. The run stops by itself after --duration seconds or
--max-requests requests, whichever comes first (requests in flight then are allowed to finish).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import socket
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlparse

from common import load_1min  # first: the repository's packages ahead of bench/ (bench/common.py)

import httpx  # noqa: E402

from chatbot.answer.engine import Answer, Citation, Event  # noqa: E402
from chatbot.serving.store import Store  # noqa: E402
from core.config import DomainbotError, ServeConfig, Workspace  # noqa: E402

FALLBACK_QUESTIONS = [
    "What notice period applies to termination of the lease?",
    "What is the maximum daily dose of paracetamol for adults?",
    "Who is responsible for repairs under the agreement?",
    "When should the patient be referred to a specialist?",
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class FakeEngine:
    """Stands in for chatbot.answer.engine.Engine: one generation at a time (like the real model lock),
    `tokens` tokens `token_s` apart, one citation."""

    def __init__(self, tokens: int = 40, token_s: float = 0.002):
        self.tokens, self.token_s = tokens, token_s
        self.lock = threading.Lock()
        self.generator = SimpleNamespace(has_adapter=False)

    def _answer(self, question: str, text: str, t0: float) -> Answer:
        cite = Citation(n=1, source="legal/fake.pdf", page=1, section="1. Fake", text="Fake passage.",
                        quote="Fake passage.", score=0.5, chunk_id="fake:1:0", page_end=1)
        return Answer(answer=text, citations=[cite], model="fake", latency_s=time.perf_counter() - t0,
                      question=question)

    def stream(self, question, history=None, cfg=None):
        t0 = time.perf_counter()
        with self.lock:
            parts = []
            for i in range(self.tokens):
                time.sleep(self.token_s)
                parts.append(f"tok{i} ")
                yield Event("token", parts[-1])
        yield Event("done", answer=self._answer(question, "".join(parts) + "[1].", t0))

    def answer(self, question, history=None, cfg=None):
        events = list(self.stream(question, history, cfg))
        return events[-1].answer


def load_questions(path: Path, allow_fallback: bool) -> list[str]:
    if not path.exists():
        if allow_fallback:
            print(f"{path} not found: using {len(FALLBACK_QUESTIONS)} built-in questions")
            return FALLBACK_QUESTIONS
        raise DomainbotError(f"{path}: not found (give --questions FILE.jsonl)")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            q = json.loads(line).get("question")
            if isinstance(q, str) and q.strip():
                out.append(q.strip())
    if not out:
        raise DomainbotError(f"{path}: no \"question\" rows")
    return out


def start_server(ws: Workspace, engine, engine_name: str = "auto") -> tuple[str, object, threading.Thread, socket.socket]:
    """uvicorn in a thread on 127.0.0.1:<free port>, rate limit and per-key admission share off (one key
    sends everything)."""
    import uvicorn

    from chatbot.serving.api import MAX_PENDING, create_app

    app = create_app(ws, ServeConfig(rate_limit_per_minute=0, engine=engine_name), engine=engine,
                     max_per_key=MAX_PENDING)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=10))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            raise DomainbotError("the test server did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{sock.getsockname()[1]}", server, thread, sock


def wait_ready(url: str, timeout_s: float) -> None:
    deadline = time.time() + timeout_s
    while True:
        try:
            r = httpx.get(url + "/ready", timeout=5)
            if r.status_code == 200:
                return
            if r.json().get("status") == "error":
                raise DomainbotError(f"server not ready: {r.json().get('error')}")
        except httpx.HTTPError:
            pass
        if time.time() > deadline:
            raise DomainbotError(f"{url}/ready still not 200 after {timeout_s:.0f} s")
        time.sleep(1)


async def run_clients(url: str, key: str, questions: list[str], args) -> dict:
    """args.concurrency clients, each sending one request at a time until the deadline or the cap."""
    deadline = time.monotonic() + args.duration
    sent = 0
    latencies, first_tokens = [], []
    statuses, error_codes, exceptions = Counter(), Counter(), Counter()
    headers = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)

    async def one(client: httpx.AsyncClient, question: str) -> None:
        body = {"model": "domainbot", "messages": [{"role": "user", "content": question}], "stream": args.stream}
        t0 = time.perf_counter()
        if args.stream:
            async with client.stream("POST", url + "/v1/chat/completions", json=body, headers=headers) as r:
                status, payload, first = r.status_code, None, None
                if status != 200:
                    await r.aread()
                    payload = r
                else:
                    async for line in r.aiter_lines():
                        if line.startswith('data: {"error"'):  # the engine failed mid-stream (audited)
                            status = "stream_error"
                            error_codes[json.loads(line[6:])["error"]["code"]] += 1
                        elif first is None and line.startswith("data: ") and '"content": ""' not in line:
                            first = time.perf_counter() - t0
                if status == 200 and first is not None:
                    first_tokens.append(first)
        else:
            r = await client.post(url + "/v1/chat/completions", json=body, headers=headers)
            status, payload = r.status_code, r
        statuses[status] += 1
        if status == 200:
            latencies.append(time.perf_counter() - t0)
        elif payload is not None:
            try:
                error_codes[payload.json()["error"]["code"]] += 1
            except (ValueError, KeyError, TypeError):
                error_codes["?"] += 1

    async def worker(i: int, client: httpx.AsyncClient) -> None:
        nonlocal sent
        while time.monotonic() < deadline and sent < args.max_requests:
            question = questions[sent % len(questions)]
            sent += 1
            try:
                await one(client, question)
            except httpx.HTTPError as e:
                exceptions[type(e).__name__] += 1

    t0 = time.perf_counter()
    async with httpx.AsyncClient(timeout=args.request_timeout, limits=limits) as client:
        await asyncio.gather(*(worker(i, client) for i in range(args.concurrency)))
    return {"seconds": time.perf_counter() - t0, "sent": sent, "latencies": latencies, "first_tokens": first_tokens,
            "statuses": dict(statuses), "error_codes": dict(error_codes), "exceptions": dict(exceptions)}


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workspace", type=Path, default=None, help="Workspace (default ./workspace; a temp one with --fake-engine).")
    ap.add_argument("--url", default=None, help="Target a running server on loopback instead of starting one.")
    ap.add_argument("--fake-engine", action="store_true", help="No model: test the HTTP plumbing only.")
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--duration", type=float, default=60.0, help="Seconds of load (then in-flight requests finish).")
    ap.add_argument("--max-requests", type=int, default=5000, help="Hard cap on requests sent.")
    ap.add_argument("--questions", type=Path, default=Path("corpora/questions.jsonl"))
    ap.add_argument("--stream", action="store_true", help="Use stream=True (also reports time to first token).")
    ap.add_argument("--request-timeout", type=float, default=300.0)
    ap.add_argument("--ready-timeout", type=float, default=900.0, help="Seconds to wait for the model to load.")
    ap.add_argument("--fake-tokens", type=int, default=40)
    ap.add_argument("--fake-token-ms", type=float, default=2.0)
    ap.add_argument("--out", type=Path, default=None, help="Also write the summary as JSON here.")
    ap.add_argument("--engine", default="auto", help="Inference engine of the started server: auto | ctranslate2 | transformers.")
    ap.add_argument("--markdown", type=Path, default=None, help="Append the run as a table row to this Markdown file.")
    args = ap.parse_args()
    if args.concurrency < 1 or args.duration <= 0 or args.max_requests < 1:
        ap.error("--concurrency, --duration and --max-requests must be positive")
    if args.url and urlparse(args.url).hostname not in LOOPBACK:
        ap.error("--url must point at 127.0.0.1, localhost or ::1 (this benchmark only targets loopback)")
    if args.url and args.fake_engine:
        ap.error("--fake-engine starts its own server: drop --url")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    tmp = None
    if args.workspace is None and args.fake_engine:
        tmp = tempfile.TemporaryDirectory(prefix="domainbot-load-")
        args.workspace = Path(tmp.name)
    ws = Workspace(args.workspace or Path("workspace"))
    if not args.fake_engine and not args.url and ws.index_dir() is None:
        print(f"error: no index in {ws.root}: run `domainbot ingest FOLDER` (and `domainbot train`) first, "
              "or use --fake-engine", file=sys.stderr)
        return 2

    store = Store(ws.server_db)
    key_name = f"bench-{secrets.token_hex(4)}"
    _, key = store.create_key(key_name)
    server = None
    try:
        questions = load_questions(args.questions, allow_fallback=args.fake_engine)
        if args.url:
            url = args.url.rstrip("/")
            if url.endswith("/v1"):
                url = url[:-3]
            print(f"target {url} (must serve workspace {ws.root} for the audit check; 429s mean its rate limit)")
        else:
            engine = FakeEngine(args.fake_tokens, args.fake_token_ms / 1000) if args.fake_engine else None
            url, server, thread, sock = start_server(ws, engine, args.engine)
            print(f"started {'fake-engine' if engine else 'real-engine'} server at {url} on {ws.root}")
        wait_ready(url, args.ready_timeout)
        before = store.last_audit_id()
        print(f"{args.concurrency} clients, {args.duration:.0f} s, at most {args.max_requests} requests, "
              f"stream={args.stream}, {len(questions)} questions ...", flush=True)
        res = asyncio.run(run_clients(url, key, questions, args))
        rows = [r for r in store.audit_rows(after_id=before) if r["key_name"] == key_name]
    finally:
        if server is not None:
            server.should_exit = True
            thread.join(30)
            sock.close()
        store.revoke_key(key_name)

    ok = res["statuses"].get(200, 0)
    engine_errors = res["error_codes"].get("engine_error", 0)  # answered with an error: audited too
    n_errors = sum(v for k, v in res["statuses"].items() if k != 200) + sum(res["exceptions"].values())
    lat = res["latencies"]
    summary = {
        "concurrency": args.concurrency, "stream": args.stream, "fake_engine": args.fake_engine,
        "engine": "fake" if args.fake_engine else args.engine, "load_1min": load_1min(),
        "seconds": round(res["seconds"], 2), "sent": res["sent"], "ok": ok, "errors": n_errors,
        "requests_per_s": round(ok / res["seconds"], 2),
        "latency_s": {f"p{p}": round(percentile(lat, p), 4) for p in (50, 95, 99)},
        "first_token_s": {f"p{p}": round(percentile(res["first_tokens"], p), 4) for p in (50, 95, 99)}
        if args.stream else None,
        "statuses": res["statuses"], "error_codes": res["error_codes"], "exceptions": res["exceptions"],
        "audit_rows": len(rows), "audit_rows_ok": sum(r["status"] == "ok" for r in rows),
    }
    audit_ok = summary["audit_rows_ok"] == ok and summary["audit_rows"] == ok + engine_errors
    summary["audit_check"] = "pass" if audit_ok else "FAIL"

    print(f"\n{ok} ok / {res['sent']} sent in {res['seconds']:.1f} s -> {summary['requests_per_s']} req/s"
          f"  (errors: {n_errors} {res['statuses']} {res['exceptions'] or ''})")
    print("latency s:  " + "  ".join(f"{k} {v:.3f}" for k, v in summary["latency_s"].items()))
    if args.stream:
        print("first token s:  " + "  ".join(f"{k} {v:.3f}" for k, v in summary["first_token_s"].items()))
    print(f"audit: {len(rows)} rows for key {key_name} ({summary['audit_rows_ok']} ok) vs {ok} completed "
          f"+ {engine_errors} engine errors -> {summary['audit_check']}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(summary, indent=2))
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        if not args.markdown.is_file():
            args.markdown.write_text("| engine | clients | seconds | answers | req/s | p50 | p95 | first token p50 | errors | audit |\n"
                                     "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
        ft = summary["first_token_s"]["p50"] if args.stream else None
        with args.markdown.open("a") as f:
            f.write(f"| {summary['engine']}{' (stream)' if args.stream else ''} | {args.concurrency} | "
                    f"{summary['seconds']:.0f} | {ok} | {summary['requests_per_s']} | {summary['latency_s']['p50']:.2f} s | "
                    f"{summary['latency_s']['p95']:.2f} s | {'' if ft is None else f'{ft:.2f} s'} | {n_errors} | "
                    f"{summary['audit_check']} |\n")
    if tmp is not None:
        store.close()
        tmp.cleanup()
    return 0 if audit_ok else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except DomainbotError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
