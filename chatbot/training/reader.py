"""A trained sentence scorer for the reader: which sentence of the retrieved passages answers the
question. A cross-encoder fine-tuned from the bundled MiniLM on the workspace's own synthetic pairs.

Reads top to bottom: examples from the pairs (+ lay / typo rewrites) -> train -> save -> load -> score
-> evaluate against the hand-tuned lexical Scorer.

    domainbot train                       # trains the LoRA adapter, then this reader (--no-reader skips it)
    python bench/reader.py -w workspace   # accuracy@1 table: lexical vs cross-encoder vs both

Data: each pair's prompt shows the gold passage among hard negatives ([1]..[k]); its completion copies
the document's sentence. The positive is the sentence (support unit, as the reader splits passages)
of the gold passage that holds the answer; the negatives are the other sentences of the same passage
and of the other passages shown. Questions are also rewritten into lay words, scenarios and typos
(general rules, no document's words), so the model learns that "how fast do they have to tell us"
asks for a notification period.

Output: workspace/reader/ (a CrossEncoder folder, swapped in whole: a crash leaves the previous one),
with reader.json (config, data, timings).

`load_reader(ws)` returns a ReaderModel (or None) whose `.score(question, sentences)` gives one 0..1
score per sentence; passed as `Engine(..., rerank=reader.score)` (Scorer.rerank) it re-orders the
hand-tuned scorer's best few sentences. Answers do not load it by default: it lowered key facts on
the dev sets (bench/results/reader/answers.md, `bench/dev/diagnose.py --trained-reader`).
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import time
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from chatbot.answer.verify import Candidate, Passage, Scorer
from core.config import DEFAULT_EMBEDDER, DomainbotError, Workspace

# -----------------------------------------------------------------------------
# settings (fixed recipe; `domainbot train --no-reader` turns it off)


@dataclass
class ReaderConfig:
    base_model: str = DEFAULT_EMBEDDER  # MiniLM-L6 (the embedder's weights): 22M params, ~3 ms a pair on a CPU
    max_length: int = 128  # question + one sentence (a long sentence is already cut into word windows)
    negatives: int = 5  # hard negatives per question (same passage first, then the other passages)
    rewrites: int = 1  # rewritten copies of each training question (lay words, scenario, typos)
    max_examples: int = 3000  # cap on (question, sentence) pairs: keeps a CPU run under ~3 minutes
    epochs: float = 1.0
    learning_rate: float = 1e-4  # 5e-5 learnt too little in the ~100 steps a CPU affords
    batch_size: int = 16
    pos_weight: float = 2.0  # BCE weight of positives (about 1 in 6 examples is one)
    time_budget_s: float = 150.0  # training stops here whatever is left (2 CPU cores: bench/reader.py)
    seed: int = 0


READER_FILE = "reader.json"  # written last: a folder without it is no reader

# -----------------------------------------------------------------------------
# examples from the pairs


_PASSAGE = re.compile(r"^\[(\d+)\] ([^\n]*)\n(.*?)(?=\n\n\[\d+\] |\n\nQuestion: |\n\nEarlier questions: |\Z)",
                      re.S | re.M)
_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")


@dataclass
class ReaderRow:
    """One answerable pair as the reader sees it: the question, the passages shown and which of
    their sentences hold the answer."""

    question: str
    passages: list[Passage]
    candidates: list[Candidate]  # every sentence of every passage, in order
    gold: set[int]  # indices into candidates that hold the answer
    ambiguous: set[int]  # partly hold it: neither positive nor negative
    gold_n: int  # the gold passage's number


def prompt_passages(user_content: str) -> list[Passage]:
    """The numbered passages of a prompt's user turn (text as shown, header as context)."""
    return [Passage(m.group(3), context=m.group(2)) for m in _PASSAGE.finditer(user_content)]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _coverage(answer: list[str], unit: str) -> float:
    if not answer:
        return 0.0
    have = set(_words(unit))
    return sum(w in have for w in answer) / len(answer)


def reader_rows(path: Path | str) -> list[ReaderRow]:
    """The answerable rows of a pairs file with their gold sentences: the sentences of the gold
    passage covering the most of the answer's words (at least half of them); rows whose answer no
    sentence holds (trimmed away, or spread over several) are left out."""
    rows = []
    splitter = Scorer()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            meta = r.get("metadata") or {}
            n = meta.get("gold_index")
            if not n:
                continue  # no-answer rows teach refusing, not choosing
            user = next(m["content"] for m in r["prompt"] if m["role"] == "user")
            question = meta.get("question") or user.rsplit("Question:", 1)[-1].strip()
            answer = _words(meta.get("answer_plain") or r["completion"][0]["content"])
            passages = prompt_passages(user)
            if not (1 <= n <= len(passages)):
                continue
            cands = splitter.candidates(passages)
            cover = [_coverage(answer, c.text) if c.n == n else 0.0 for c in cands]
            best = max(cover, default=0.0)
            if best < 0.5:
                continue
            gold = {i for i, c in enumerate(cover) if c >= 0.9 * best}
            ambiguous = {i for i, c in enumerate(cover) if 0.5 * best <= c < 0.9 * best}
            rows.append(ReaderRow(question, passages, cands, gold, ambiguous, n))
    return rows


def reader_examples(ws_or_pairs: Workspace | Path | str, cfg: ReaderConfig | None = None,
                    rewrites: int | None = None) -> list[tuple[str, str, float]]:
    """(question, sentence, label) examples from the train pairs (a Workspace: its pairs/train.jsonl;
    or a .jsonl path): each question's gold sentence(s) labelled 1, up to cfg.negatives other sentences
    labelled 0, same passage first. Every question also appears `rewrites` times rewritten (lay words,
    scenario, typos) with the same sentences."""
    cfg = cfg or ReaderConfig()
    rewrites = cfg.rewrites if rewrites is None else rewrites
    path = ws_or_pairs.pairs_dir / "train.jsonl" if isinstance(ws_or_pairs, Workspace) else Path(ws_or_pairs)
    rng = random.Random(cfg.seed)
    out = []
    for row in reader_rows(path):
        pos = sorted(row.gold)
        same = [i for i, c in enumerate(row.candidates)
                if c.n == row.gold_n and i not in row.gold and i not in row.ambiguous]
        other = [i for i, c in enumerate(row.candidates) if c.n != row.gold_n]
        rng.shuffle(same)
        rng.shuffle(other)
        half = max(1, cfg.negatives // 2)
        neg = same[:half] + other[: cfg.negatives - min(half, len(same))]
        neg += same[half:][: cfg.negatives - len(neg)]
        questions = [row.question] + [rewrite_question(row.question, rng) for _ in range(rewrites)]
        for q in questions:
            out += [(q, row.candidates[i].text, 1.0) for i in pos]
            out += [(q, row.candidates[i].text, 0.0) for i in neg]
    return out


# -----------------------------------------------------------------------------
# question rewrites: the register shift between documents and the people asking

# document word -> what a patient, tenant or employee would say (whole words, any case)
LAY_WORDS = {
    # legal
    "terminate": "end", "terminated": "ended", "terminates": "ends", "termination": "ending",
    "notify": "tell", "notified": "told", "notifies": "tells", "notification": "telling",
    "commence": "start", "commences": "starts", "commenced": "started", "commencement": "start",
    "remuneration": "pay", "salary": "pay", "consideration": "payment",
    "obligation": "duty", "obligations": "duties", "obliged": "required", "shall": "must",
    "prior": "earlier", "prior written consent": "written ok", "consent": "permission",
    "disclose": "share", "disclosed": "shared", "disclosure": "sharing",
    "confidential information": "secret info", "confidential": "secret",
    "security incident": "hack", "breach": "break", "breached": "broken",
    "premises": "property", "landlord": "owner", "tenant": "renter", "lessee": "renter", "lessor": "owner",
    "assign": "transfer", "underlet": "sublet", "indemnify": "cover", "liability": "responsibility",
    "liable": "responsible", "pursuant to": "under", "expiry": "end", "expire": "run out",
    "per annum": "a year", "annual": "yearly", "in writing": "on paper", "written": "on paper",
    "prohibited": "not allowed", "permitted": "allowed", "unauthorised": "without permission",
    "dispute": "disagreement", "arrears": "unpaid rent", "repair": "fix", "repairs": "fixes",
    "employee": "worker", "employer": "company", "employment": "job", "personal data": "my details",
    "agreement": "deal", "party": "side", "parties": "sides", "purchase": "buy", "require": "need",
    "required": "needed", "sufficient": "enough", "approximately": "about", "utilise": "use",
    "within": "inside", "days": "days", "period": "time",
    # medical
    "contraindicated": "should not take", "contraindication": "reason not to take",
    "renal": "kidney", "hepatic": "liver", "paediatric": "child", "pediatric": "child",
    "hypersensitivity": "allergy", "adverse reactions": "side effects", "adverse reaction": "side effect",
    "adverse effects": "side effects", "administer": "give", "administered": "given",
    "discontinue": "stop", "discontinued": "stopped", "concomitant": "at the same time",
    "physician": "doctor", "clinician": "doctor", "practitioner": "doctor", "prescriber": "doctor",
    "orally": "by mouth", "oral": "by mouth", "tablet": "pill", "tablets": "pills",
    "hypertension": "high blood pressure", "pyrexia": "fever", "febrile": "feverish",
    "analgesic": "painkiller", "intravenous": "through a drip", "haemorrhage": "bleeding",
    "dyspnoea": "breathlessness", "dosage": "amount", "elderly": "older people",
    "pregnancy": "being pregnant", "lactation": "breastfeeding", "efficacy": "how well it works",
    "hospitalisation": "going into hospital", "admission": "going into hospital",
    "discharge": "going home", "symptoms": "signs", "patients": "people", "patient": "person",
    "mg": "milligrams", "daily": "a day", "severe": "bad", "mild": "slight",
}
# question frames: the formal ask -> how people ask it
LAY_FRAMES = (
    (r"\bwithin how many (days|hours|weeks|months)\b", "how fast"),
    (r"\bhow many (days|months|weeks)'? (written )?notice\b", "how much warning"),
    (r"\bwhat is the maximum\b", "what's the most"),
    (r"\bwhat is the minimum\b", "what's the least"),
    (r"\bis (?:the |a |an )?(\w+) allowed to\b", r"can the \1"),
    (r"\bwhat does (.+?) mean\b", r"what's \1"),
    (r"\bwhat is\b", "what's"),
    (r"\bhow long\b", "how much time"),
)
SCENARIOS = ("quick question: ", "just wondering, ", "sorry if this is obvious but ", "my boss asked me: ",
             "we need to know asap: ", "hi, ", "")
_DOC_NAME = re.compile(r",?\s*\b(?:under|in|of|from) the (?:[a-z0-9'-]+ )*?(?:lease|nda|agreement|contract|leaflet|"
                       r"guideline|policy)\b[a-z0-9 ]*?(?=[,?:]|$)", re.I)


def lay_words(question: str) -> str:
    """The question in lay words: formal frames and the word table applied (longest phrases first)."""
    q = question
    for pattern, repl in LAY_FRAMES:
        q = re.sub(pattern, repl, q, flags=re.I)
    for word in sorted(LAY_WORDS, key=len, reverse=True):
        q = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", LAY_WORDS[word], q, flags=re.I)
    return q


def typos(text: str, rng: random.Random, n: int = 2) -> str:
    """`n` character slips (a swap, a dropped or a doubled letter) in words of five letters or more."""
    words = text.split(" ")
    long_ = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    for i in rng.sample(long_, min(n, len(long_))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        kind = rng.randrange(3)
        if kind == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind == 1:
            w = w[:j] + w[j + 1:]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


def rewrite_question(question: str, rng: random.Random) -> str:
    """A lay, hurried version of `question`: lay words, the document's name dropped, a scenario opening,
    lower case without the question mark, and (half the time) typos."""
    q = lay_words(question)
    if rng.random() < 0.7:
        q = _DOC_NAME.sub("", q)
    q = rng.choice(SCENARIOS) + q.strip().rstrip("?").lower()
    if rng.random() < 0.5:
        q = typos(q, rng, n=rng.randint(1, 2))
    return " ".join(q.split())


# -----------------------------------------------------------------------------
# training


def resolve_reader_base(name: str) -> str:
    from ingest.embed import resolve_embedder_path

    return resolve_embedder_path(name)


def train_reader(ws: Workspace, cfg: ReaderConfig | None = None, base_model: str | None = None) -> dict:
    """Fine-tune a cross-encoder on the workspace pairs; saves workspace/reader/ and returns its
    metrics. `base_model` overrides cfg.base_model (a local folder: tests use a tiny BERT).

    Raises:
        DomainbotError: no pairs, or no answerable pair with a gold sentence.
    """
    import torch
    from datasets import Dataset
    from sentence_transformers.cross_encoder import (CrossEncoder, CrossEncoderTrainer,
                                                     CrossEncoderTrainingArguments)
    from sentence_transformers.cross_encoder.losses import BinaryCrossEntropyLoss
    from transformers import TrainerCallback, set_seed

    cfg = cfg or ReaderConfig()
    t_start = time.time()
    train_file = ws.pairs_dir / "train.jsonl"
    if not train_file.is_file():
        raise DomainbotError(f"no pairs in {ws.pairs_dir}: run `domainbot ingest` or `domainbot pairs` first")

    # --- data ------------------------------------------------------------------------
    examples = reader_examples(train_file, cfg)
    if not examples:
        raise DomainbotError(f"{train_file}: no answerable pair with a gold sentence to train the reader on")
    rng = random.Random(cfg.seed)
    rng.shuffle(examples)
    examples = examples[: cfg.max_examples]
    n_pos = sum(1 for _, _, y in examples if y > 0)
    ds = Dataset.from_dict({"question": [q for q, _, _ in examples], "sentence": [s for _, s, _ in examples],
                            "label": [y for _, _, y in examples]})

    # --- model: the MiniLM encoder with a fresh one-logit head ---------------------------
    set_seed(cfg.seed)
    base = resolve_reader_base(base_model or cfg.base_model)
    device = None if torch.cuda.is_available() else "cpu"
    model = CrossEncoder(base, num_labels=1, max_length=cfg.max_length, device=device)
    loss = BinaryCrossEntropyLoss(model, pos_weight=torch.tensor(cfg.pos_weight))
    out = ws.reader_dir
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    args = CrossEncoderTrainingArguments(
        output_dir=str(tmp / "checkpoints"),
        num_train_epochs=cfg.epochs,
        per_device_train_batch_size=cfg.batch_size,
        learning_rate=cfg.learning_rate,
        warmup_steps=0.1,  # a ratio of the steps
        lr_scheduler_type="linear",
        seed=cfg.seed,
        save_strategy="no",
        logging_steps=20,
        report_to="none",
        dataloader_num_workers=0,
        dataloader_pin_memory=False,
        disable_tqdm=True,
    )
    steps = int(np.ceil(len(ds) / cfg.batch_size) * cfg.epochs)
    print(f"reader       {base_model or cfg.base_model} cross-encoder, {len(ds)} examples ({n_pos} gold), "
          f"{steps} steps x {cfg.batch_size}, max_length {cfg.max_length}, {torch.get_num_threads()} CPU threads, "
          f"budget {cfg.time_budget_s:.0f} s", flush=True)

    class Budget(TrainerCallback):
        """Stop at the time budget (the learning rate then has not decayed to zero: fine for one epoch)."""

        def on_step_end(self, args, state, control, **kwargs):
            if time.time() - t_start > cfg.time_budget_s:
                control.should_training_stop = True

    trainer = CrossEncoderTrainer(model=model, args=args, train_dataset=ds, loss=loss, callbacks=[Budget()])
    result = trainer.train()

    # --- save: a new folder beside the old one, swapped in whole ---------------------------
    wall = time.time() - t_start
    metrics = {
        "train_loss": result.training_loss,
        "steps": trainer.state.global_step,
        "planned_steps": steps,
        "examples": len(ds),
        "positives": n_pos,
        "train_runtime_s": round(wall, 1),
        "threads": torch.get_num_threads(),
        "load_average": list(os.getloadavg()),
        "base_model": base_model or cfg.base_model,
        "config": asdict(cfg),
        "data": str(train_file),
    }
    model.save_pretrained(str(tmp))
    shutil.rmtree(tmp / "checkpoints", ignore_errors=True)
    (tmp / READER_FILE).write_text(json.dumps(metrics, indent=2))
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        os.replace(out, old)
    os.replace(tmp, out)
    shutil.rmtree(old, ignore_errors=True)
    print(f"reader saved to {out} in {wall:.0f} s ({trainer.state.global_step}/{steps} steps, "
          f"loss {result.training_loss:.4f})", flush=True)
    return metrics


# -----------------------------------------------------------------------------
# loading and scoring


@dataclass
class ReaderModel:
    """A trained reader: `score(question, sentences)` -> one 0..1 score per sentence."""

    model: object = field(repr=False)  # a sentence_transformers CrossEncoder
    path: Path
    threads: int | None = None  # torch CPU threads while scoring (None: leave the process setting)
    batch_size: int = 32

    def score(self, question: str, sentences: list[str]) -> np.ndarray:
        if not sentences:
            return np.zeros(0, dtype=np.float32)
        import torch

        if self.threads and torch.get_num_threads() != self.threads:
            torch.set_num_threads(self.threads)  # another model's loading may have changed it
        with torch.inference_mode():
            s = self.model.predict([(question, s) for s in sentences], batch_size=self.batch_size,
                                   activation_fn=torch.nn.Sigmoid(), show_progress_bar=False, convert_to_numpy=True)
        return np.asarray(s, dtype=np.float32).reshape(len(sentences))


def load_reader(ws: Workspace, threads: int | None = None, quantize: bool = True) -> ReaderModel | None:
    """The workspace's trained reader, or None when there is none. Torch uses `threads` CPU threads
    (default: the cores, at most 4; OMP_NUM_THREADS wins when set). `quantize`: int8 dynamic
    quantisation of the Linear layers on a CPU (as the embedder's: bench/reader.py measures both)."""
    path = ws.reader_dir
    if not (path / READER_FILE).is_file():
        return None
    import torch
    from sentence_transformers.cross_encoder import CrossEncoder

    if threads is None and "OMP_NUM_THREADS" not in os.environ:
        threads = max(1, min(os.cpu_count() or 1, 4))
    if threads:
        torch.set_num_threads(threads)
    model = CrossEncoder(str(path), device="cpu" if not torch.cuda.is_available() else None, local_files_only=True)
    model.eval()
    if quantize and model.device.type == "cpu":
        from ingest.embed import quantizable_linears

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch.ao deprecation notice
            torch.ao.quantization.quantize_dynamic(model, quantizable_linears(model), dtype=torch.qint8, inplace=True)
    return ReaderModel(model, path, threads)


def rerank(question: str, ranked: list[Candidate], reader: ReaderModel, top_k: int = 8,
           weight: float = 0.5) -> list[Candidate]:
    """`Scorer.score`'s candidates (best first) with the top `top_k` rescored as weight * lexical score
    + (1 - weight) * the reader's, best first; the rest follow unchanged. The "rerank" column of
    bench/reader.py; `top_k` bounds the cost (~20 ms a sentence on one busy CPU core, int8)."""
    head = ranked[:top_k]
    cross = reader.score(question, [c.text for c in head])
    for c, x in zip(head, cross):
        c.score = weight * c.score + (1 - weight) * float(x)
    return sorted(head, key=lambda c: -c.score) + list(ranked[top_k:])


# -----------------------------------------------------------------------------
# evaluation: accuracy@1 of the sentence chosen, lexical vs trained vs both


def _relevance(passages: list[Passage], question: str, encode) -> list[Passage]:
    """The passages with the question's cosine filled in, as the retriever gives it at answer time."""
    if encode is None:
        return passages
    vecs = encode([question] + [p.text for p in passages])
    return [Passage(p.text, p.context, float(vecs[i + 1] @ vecs[0])) for i, p in enumerate(passages)]


METHODS = ("lexical", "cross", "combined", "rerank")


def _picks(question: str, passages: list[Passage], scorer: Scorer, reader: ReaderModel | None, weight: float,
           top_k: int, timings: dict) -> tuple[list[Candidate], dict[str, int]]:
    """The passages' candidates (in passage order) and the index each method picks first."""
    cands = scorer.candidates(passages)
    if not cands:
        return cands, {}
    scorer.score(question, cands, passages)  # fills each candidate's score in place
    lex = np.array([c.score for c in cands])
    picks = {"lexical": int(np.argmax(lex))}
    if reader is not None:
        t = time.perf_counter()
        cross = reader.score(question, [c.text for c in cands])
        timings.setdefault("ms_per_sentence", []).append((time.perf_counter() - t) * 1000 / len(cands))
        picks["cross"] = int(np.argmax(cross))
        picks["combined"] = int(np.argmax(weight * lex + (1 - weight) * cross))
        top = np.argsort(-lex, kind="stable")[:top_k]
        t = time.perf_counter()
        cross_top = reader.score(question, [cands[i].text for i in top])
        timings.setdefault("ms_per_rerank", []).append((time.perf_counter() - t) * 1000)
        picks["rerank"] = int(top[np.argmax(weight * lex[top] + (1 - weight) * cross_top)])
    return cands, picks


def _summary(hits: dict[str, int], n: int, reader) -> dict[str, float]:
    return {m: hits.get(m, 0) / max(1, n) for m in METHODS if reader is not None or m == "lexical"}


def evaluate_reader(ws: Workspace, reader: ReaderModel | None = None, pairs_file: Path | None = None,
                    weight: float = 0.5, encode=None, seed: int = 1, top_k: int = 8) -> dict:
    """Accuracy@1 on the held-out pairs (eval.jsonl): the top sentence of all the prompt's passages is
    a gold one. Methods: `lexical` (the hand-tuned Scorer, IDF over the index's chunks), `cross` (the
    trained reader), `combined` (weight * lexical + (1 - weight) * cross), `rerank` (combined, the
    cross-encoder run on the lexical top `top_k` sentences only: ~5x cheaper); each on the questions as
    written and as rewritten (lay words, scenario, typos; seed `seed`, not the training seed: the
    same rules as training, so this column flatters the reader; evaluate_questions does not).
    `encode` (texts -> unit vectors) fills the passages' cosine as the retriever would."""
    pairs_file = pairs_file or ws.pairs_dir / "eval.jsonl"
    rows = reader_rows(pairs_file)
    scorer = Scorer.from_texts(_chunk_texts(ws) or [c.text for r in rows for c in r.candidates])
    rng = random.Random(seed)
    variants = {"plain": [r.question for r in rows], "rewritten": [rewrite_question(r.question, rng) for r in rows]}
    table: dict = {"n": len(rows)}
    timings: dict = {}
    for name, questions in variants.items():
        hits: dict[str, int] = {}
        for row, q in zip(rows, questions):
            _, picks = _picks(q, _relevance(row.passages, q, encode), scorer, reader, weight, top_k, timings)
            for m, i in picks.items():
                hits[m] = hits.get(m, 0) + (i in row.gold)
        table[name] = _summary(hits, len(rows), reader)
    table["sentences_per_question"] = float(np.mean([len(r.candidates) for r in rows])) if rows else 0.0
    table.update({k: float(np.mean(v)) for k, v in timings.items()})
    table["top_k"] = top_k
    return table


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").lower().split())


def evaluate_questions(ws: Workspace, questions_file: Path, reader: ReaderModel | None = None, k: int = 3,
                       weight: float = 0.5, top_k: int = 8) -> dict:
    """Accuracy@1 on questions people wrote ({"question", "must_include": [...]} per line, as
    corpora/questions.jsonl): the passages are what answering retrieves (whole chunks, the dense cosine
    as relevance), a gold sentence holds every must_include string. Questions whose retrieved
    passages have no such sentence (a retrieval miss, or an answer spread over sentences) are left out
    and counted."""
    from chatbot.answer.engine import passages_for
    from chatbot.answer.retrieve import load_retriever

    retriever = load_retriever(ws)
    scorer = Scorer.from_texts(_chunk_texts(ws))
    hits: dict[str, int] = {}
    timings: dict = {}
    n = skipped = 0
    sentences = []
    for line in Path(questions_file).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        must = [_norm(m) for m in item.get("must_include") or []]
        if not must:
            continue  # unanswerable: nothing to pick
        passages = passages_for(retriever.search(item["question"], k=k))
        cands = scorer.candidates(passages)
        gold = {i for i, c in enumerate(cands) if all(m in _norm(c.text) for m in must)}
        if not gold:
            skipped += 1
            continue
        n += 1
        sentences.append(len(cands))
        _, picks = _picks(item["question"], passages, scorer, reader, weight, top_k, timings)
        for m, i in picks.items():
            hits[m] = hits.get(m, 0) + (i in gold)
    table = {"n": n, "skipped": skipped, "questions": _summary(hits, n, reader), "top_k": top_k,
             "sentences_per_question": float(np.mean(sentences)) if sentences else 0.0}
    table.update({k_: float(np.mean(v)) for k_, v in timings.items()})
    return table


def _chunk_texts(ws: Workspace) -> list[str]:
    """The live chunks' texts (the lexical scorer's IDF, as `Scorer.from_texts` over the retriever's
    chunks), or [] when nothing is indexed."""
    from ingest.index import read_live_chunks, read_manifest

    d, manifest = ws.index_dir(), read_manifest(ws)
    if d is None or manifest is None:
        return []
    return [c.text for c in read_live_chunks(d, manifest)]
