"""The `llm` generator: an OpenAI-compatible endpoint (or the local model) writes Q/A per chunk."""
from __future__ import annotations

import json
import os
import re
from typing import Callable

from chatbot.training.pairs.records import QA
from chatbot.training.pairs.text import doc_title
from core.config import DomainbotError, PairsConfig, Workspace
from core.schema import Chunk

LLM_PROMPT = (
    "Write up to {n} question-answer pairs that a user of these documents might ask, answered ONLY from the "
    "passage below. Mix formal and informal questions. Each answer is one or two sentences copied or closely "
    "paraphrased from the passage, keeping numbers, amounts, durations and terms exactly as written. "
    "Output one JSON object per line: {{\"question\": \"...\", \"answer\": \"...\"}} and nothing else.\n\n"
    "Document: {doc}\nSection: {section}\nPassage:\n{text}"
)


def parse_llm_output(text: str) -> list[tuple[str, str]]:
    """JSON lines (or a JSON list) of {"question", "answer"} -> pairs; anything unparsable is skipped."""
    out = []
    text = re.sub(r"```(?:json)?", "", text)
    try:
        data = json.loads(text)
        items = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        items = []
        for m in re.finditer(r"\{[^{}]*\}", text):
            try:
                items.append(json.loads(m.group(0)))
            except json.JSONDecodeError:
                continue
    for it in items:
        if isinstance(it, dict) and isinstance(it.get("question"), str) and isinstance(it.get("answer"), str):
            q, a = it["question"].strip(), re.sub(r"\s*\[\d+\]", "", it["answer"]).strip()
            if q and a:
                out.append((q, a))
    return out


def llm_qas(chunk: Chunk, call: Callable[[list[dict]], str], max_items: int = 6) -> list[QA]:
    prompt = LLM_PROMPT.format(n=max_items, doc=doc_title(chunk.source), section=chunk.section or "-", text=chunk.text)
    reply = call([{"role": "user", "content": prompt}])
    return [QA(q, a, "llm", chunk_id=chunk.chunk_id) for q, a in parse_llm_output(reply)[:max_items]]


def make_llm_call(ws: Workspace, cfg: PairsConfig) -> Callable[[list[dict]], str]:
    """An OpenAI-compatible endpoint when cfg.base_url is set, else the local bundled model."""
    if cfg.base_url:
        from openai import OpenAI

        client = OpenAI(base_url=cfg.base_url, api_key=os.environ.get(cfg.api_key_env) or "none")
        model = cfg.model or "default"

        def call(messages: list[dict]) -> str:
            try:
                r = client.chat.completions.create(model=model, messages=messages, temperature=0.3, max_tokens=600)
            except Exception as e:  # connection refused, auth, unknown model: one line for the user
                raise DomainbotError(f"llm generator at {cfg.base_url}: {type(e).__name__}: {str(e)[:200]}") from None
            return r.choices[0].message.content or ""

        return call
    from chatbot.models.load import load_generator

    gen = load_generator(ws, adapter=None)  # the base model writes questions; the adapter is what we train
    return lambda messages: gen.generate(messages, max_new_tokens=400)
