"""Synthetic instruction pairs: rules extraction, grounding filter, RAFT rows, split, cache, datasets."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from chatbot.training.pairs import (
    QA,
    assemble,
    curate,
    doc_title,
    make_pairs,
    parse_llm_output,
    print_pairs_report,
    rules_qas,
    split_rows,
    supported,
)
from core.config import NO_ANSWER, DomainbotError, IngestConfig, PairsConfig, PromptConfig, Workspace
from core.schema import Chunk, Hit
from core.text import content_words
from tests.fakes import FakeEmbedder, FakeRetriever

LEASE_TERMINATION = (
    "7. Termination\n"
    "Either party may terminate this Lease by giving the other at least 90 days' written notice. "
    "The Tenant shall pay the Rent monthly in advance on the first day of each month."
)
LEASE_DEFS = (
    "1. Definitions\n"
    "\"Permitted Use\" means use as offices within Class E of the Use Classes Order. "
    "The security deposit is £5,000. The Landlord must return the Deposit within 30 days of the end of the Term."
)
LEASE_REPAIR = (
    "9. Repairs\n"
    "The Tenant shall keep the interior of the Premises in good repair. "
    "The Tenant shall not sublet the Premises without the Landlord's prior written consent."
)
DOSING = (
    "4. Dosage\n"
    "Adults: 500 mg every 4 to 6 hours, maximum 4 g in 24 hours.\n"
    "Children 6-12 years: 10 mg/kg every 6 hours.\n"
    "The usual dose of amoxicillin is 500 mg three times daily."
)
DOSE_TABLE = (
    "5. Dose table\n"
    "Drug    Adult dose    Max daily\n"
    "Paracetamol    1 g    4 g\n"
    "Ibuprofen    400 mg    1200 mg"
)
REFERRAL = (
    "6. Referral\n"
    "Patients must be reviewed within 48 hours of starting treatment. "
    "Hypertension is defined as a clinic blood pressure of 140/90 mmHg or higher."
)


def make_chunk(source: str, section: str, text: str, page: int = 1, start: int = 0) -> Chunk:
    sha = hashlib.sha256(source.encode()).hexdigest()
    return Chunk(chunk_id=f"{sha[:12]}:{page}:{start}", source=source, page=page, page_end=page, section=section,
                 start=start, end=start + len(text), sha256=sha, text=text)


def corpus() -> list[Chunk]:
    lease, med = "legal/commercial_lease_ashgrove.pdf", "medical/paracetamol_guideline.pdf"
    return [
        make_chunk(lease, "1. Definitions", LEASE_DEFS, 1, 0),
        make_chunk(lease, "7. Termination", LEASE_TERMINATION, 3, 900),
        make_chunk(lease, "9. Repairs", LEASE_REPAIR, 4, 1800),
        make_chunk(med, "4. Dosage", DOSING, 2, 0),
        make_chunk(med, "5. Dose table", DOSE_TABLE, 2, 700),
        make_chunk(med, "6. Referral", REFERRAL, 3, 1400),
    ]


def word_overlap_retriever(chunks):
    """The shared FakeRetriever, every chunk ranked (the unmatched ones are the distractors)."""
    return FakeRetriever(chunks, unmatched=True)


@pytest.fixture
def ws(tmp_path) -> Workspace:
    w = Workspace(tmp_path / "workspace")
    (w.root / "index-test").mkdir(parents=True)
    w.current_file.write_text("index-test")
    return w


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def shown_passages(user_content: str) -> list[tuple[str, str]]:
    """[(header, text)] of the numbered passages in a user turn, in order."""
    body = user_content.split("\n\nQuestion: ")[0].removeprefix("Passages:\n\n")
    return [(b.split("\n", 1)[0], b.split("\n", 1)[1] if "\n" in b else "") for b in re.split(r"\n\n(?=\[\d+\] )", body)]


# --- rules ---------------------------------------------------------------------------------------


def by_kind(qas: list[QA]) -> dict[str, list[QA]]:
    out: dict[str, list[QA]] = {}
    for qa in qas:
        out.setdefault(qa.kind, []).append(qa)
    return out


def test_doc_title_is_readable():
    assert doc_title("legal/Commercial_Lease-Ashgrove.pdf") == "commercial lease ashgrove"
    assert doc_title("medical/sepsisGuideline2024.pdf") == "sepsis guideline2024"


def test_rules_extract_definition_obligation_amount():
    qas = rules_qas(corpus()[0], max_items=20) + rules_qas(corpus()[2], max_items=20)
    kinds = by_kind(qas)
    d = kinds["definition"]
    assert any("Permitted Use" in qa.question and "mean" in qa.question for qa in d)
    assert all(qa.answer.startswith('"Permitted Use" means use as offices') for qa in d)
    amounts = kinds["amount"]
    assert any(qa.question == "How much is the security deposit?" for qa in amounts)
    assert all("£5,000" in qa.answer for qa in amounts)
    durations = kinds["duration"]
    assert any(q.question.startswith("Within how many days must the Landlord return the Deposit") for q in durations)
    assert all("30 days" in qa.answer for qa in durations)
    ob = kinds["obligation"]
    assert any("Tenant" in qa.question and "sublet" in qa.question for qa in ob)
    assert any(qa.answer == "The Tenant shall keep the interior of the Premises in good repair." for qa in ob)
    # several phrasings per fact, one of them informal
    assert sum(1 for qa in durations if qa.answer == durations[0].answer) >= 3
    assert any(qa.question[0].islower() for qa in qas)


def test_rules_extract_dose_and_table_row():
    dose = by_kind(rules_qas(corpus()[3], max_items=20))["dose"]
    assert any("maximum dose for adults" in qa.question for qa in dose)
    assert any(qa.question == "What is the usual dose of amoxicillin?" and "500 mg three times daily" in qa.answer
               for qa in dose)
    assert any("children 6-12 years" in qa.question and "10 mg/kg" in qa.answer for qa in dose)
    table = by_kind(rules_qas(corpus()[4], max_items=20))["table"]
    assert any(qa.question.startswith("What is the Max daily for Ibuprofen") and qa.answer == "Ibuprofen: Max daily 1200 mg"
               for qa in table)


def test_rules_answers_are_short_extractive_and_capped():
    for c in corpus():
        qas = rules_qas(c, max_items=6)
        assert 0 < len(qas) <= 6
        for qa in qas:
            assert len(qa.answer) <= 400 and qa.question.strip()
            assert supported(qa.answer, c.text), (qa.question, qa.answer)
            assert not qa.fact or qa.fact in qa.answer


def test_summary_pair_uses_section_opening():
    qas = [qa for qa in rules_qas(corpus()[1], max_items=20) if qa.kind == "summary"]
    assert len(qas) == 1  # one phrasing per section, so summaries don't crowd out the facts
    assert "section 7 (Termination) of the commercial lease ashgrove" in qas[0].question
    assert qas[0].answer.startswith("Either party may terminate this Lease")


# --- curation ------------------------------------------------------------------------------------


def test_unsupported_and_wrong_number_answers_dropped():
    c = corpus()[1]
    qas = [
        QA("How much notice is needed to end the lease?", "Either party may terminate this Lease by giving 90 days' written notice.",
           "duration", c.chunk_id),
        QA("How much notice is needed to end the lease early?", "Either party may terminate by giving 60 days' written notice.",
           "duration", c.chunk_id),  # wrong number
        QA("Who pays the gardener?", "The Landlord pays for gardening services and window cleaning.", "llm", c.chunk_id),
        QA("", "x", "llm", c.chunk_id),
        QA("Why?", "word " * 120, "llm", c.chunk_id),
    ]
    dropped = Counter()
    kept = curate(qas, {c.chunk_id: c.text}, None, dropped)
    assert [qa.question for qa in kept] == ["How much notice is needed to end the lease?"]
    assert dropped == {"not supported by chunk": 2, "empty": 1, "too long": 1}


def test_near_duplicate_questions_dropped():
    c = corpus()[1]
    ans = "The Tenant shall pay the Rent monthly in advance on the first day of each month."
    qas = [QA("When must the Tenant pay the Rent?", ans, "obligation", c.chunk_id),
           QA("when must the tenant pay the rent", ans, "obligation", c.chunk_id),  # normalised duplicate
           QA("When the Tenant must pay the Rent?", ans, "obligation", c.chunk_id),  # same words: cosine 1
           QA("Is the Rent paid in advance?", ans, "obligation", c.chunk_id)]
    dropped = Counter()
    kept = curate(qas, {c.chunk_id: c.text}, FakeEmbedder().encode, dropped)
    assert [qa.question for qa in kept] == ["When must the Tenant pay the Rent?", "Is the Rent paid in advance?"]
    assert dropped == {"duplicate question": 1, "near-duplicate question": 1}
    # without an embedder only the normalised-text duplicate goes
    assert len(curate(qas, {c.chunk_id: c.text}, None, Counter())) == 3


# --- make_pairs end to end with a fake retriever ---------------------------------------------------


def chunk_of(shown: str, chunks) -> Chunk:
    """The chunk a shown (possibly trimmed, '... '-marked) passage text comes from."""
    core = " ".join(shown.removeprefix("... ").removesuffix(" ...").split())
    return next(c for c in chunks if core in " ".join(c.text.split()))


def test_no_index_is_a_user_error(tmp_path):
    with pytest.raises(DomainbotError, match="run `domainbot ingest FOLDER` first"):
        make_pairs(Workspace(tmp_path / "empty"), PairsConfig())


def test_make_pairs_rows_are_grounded_raft_examples(ws, capsys):
    chunks = corpus()
    retriever = word_overlap_retriever(chunks)
    report = make_pairs(ws, PairsConfig(passages=3, no_answer_fraction=0.2), retriever=retriever, progress=False)
    rows = read_jsonl(ws.pairs_dir / "train.jsonl") + read_jsonl(ws.pairs_dir / "eval.jsonl")
    assert report.kept == len(rows) == report.train + report.eval > 20
    assert report.generated >= report.kept
    by_id = {c.chunk_id: c for c in chunks}
    no_answer = [r for r in rows if r["metadata"]["kind"] == "no_answer"]
    assert 0 < len(no_answer) and abs(len(no_answer) - 0.2 * len(rows)) <= 0.05 * len(rows) + 1
    for r in rows:
        system, user = r["prompt"]
        assert system["role"] == "system" and user["role"] == "user"
        meta, answer = r["metadata"], r["completion"][0]["content"]
        assert r["completion"][0]["role"] == "assistant"
        assert user["content"].endswith(f"Question: {meta['question']}")
        passages = shown_passages(user["content"])
        gold = by_id[meta["chunk_id"]]
        if meta["kind"] == "no_answer":
            assert answer == NO_ANSWER and meta["gold_index"] is None
            assert all(not supported(meta["answer_plain"], text) for _, text in passages)
            continue
        assert len(passages) == 3
        n = meta["gold_index"]
        assert re.findall(r"\[(\d+)\]", answer) == [str(n)]
        assert answer.replace(f" [{n}]", "") == meta["answer_plain"]
        header, text = passages[n - 1]
        assert header.startswith(f"[{n}] {gold.source}, page {gold.page}")
        # the gold fact survives passage trimming, and the answer is grounded in the gold chunk
        assert supported(meta["answer_plain"], text) and supported(meta["answer_plain"], gold.text)
        assert sum(supported(meta["answer_plain"], t) for _, t in passages) == 1
        # passages keep the retriever's order, gold included, as at inference
        ranking = [h.chunk.chunk_id for h in retriever.search(meta["question"], k=len(chunks))]
        ranks = [ranking.index(chunk_of(text, chunks).chunk_id) for _, text in passages]
        assert ranks == sorted(ranks), (meta["question"], ranks)
    positions = Counter(r["metadata"]["gold_index"] for r in rows if r["metadata"]["gold_index"])
    assert positions[1] > positions[2] + positions[3]  # word-overlap questions find their own chunk first
    assert len(positions) > 1  # but not always
    stats = json.loads((ws.pairs_dir / "stats.json").read_text())
    assert stats["index"] == "index-test" and stats["kept"] == report.kept
    assert PromptConfig.read(ws.pairs_dir) == PromptConfig(k=3, max_passage_chars=PromptConfig.max_passage_chars)
    print_pairs_report(report)
    out = capsys.readouterr().out
    assert "train" in out and "legal/commercial_lease_ashgrove.pdf" in out and "adapter is stale" not in out


def test_shuffled_gold_position_moves_only_the_gold_passage(ws, tmp_path):
    chunks = corpus()
    retriever = word_overlap_retriever(chunks)

    def rows_with(position: str, root) -> list[dict]:
        w = Workspace(root)
        shutil.copytree(ws.root, w.root, dirs_exist_ok=True)
        make_pairs(w, PairsConfig(passages=3, no_answer_fraction=0.2, gold_position=position), retriever=retriever,
                   progress=False)
        return read_jsonl(w.pairs_dir / "train.jsonl") + read_jsonl(w.pairs_dir / "eval.jsonl")

    ranked, shuffled = rows_with("rank", tmp_path / "rank"), rows_with("shuffle", tmp_path / "shuffle")
    by_question = {r["metadata"]["question"]: r for r in ranked}
    moved = 0
    for r in shuffled:
        before, meta = by_question[r["metadata"]["question"]], r["metadata"]
        assert meta["kind"] == before["metadata"]["kind"]  # the no-answer draw does not depend on the position draw
        if meta["kind"] == "no_answer":
            assert r == before
            continue
        n, m = meta["gold_index"], before["metadata"]["gold_index"]
        moved += n != m
        answer = r["completion"][0]["content"]
        assert re.findall(r"\[(\d+)\]", answer) == [str(n)] and answer.replace(f" [{n}]", "") == meta["answer_plain"]
        # the same passages are shown, the distractors in the same order, only the gold one is elsewhere
        now, then = shown_passages(r["prompt"][1]["content"]), shown_passages(before["prompt"][1]["content"])
        assert now[n - 1][1] == then[m - 1][1]
        assert [t for i, (_, t) in enumerate(now) if i != n - 1] == [t for i, (_, t) in enumerate(then) if i != m - 1]
    positions = Counter(r["metadata"]["gold_index"] for r in shuffled if r["metadata"]["gold_index"])
    assert moved > 0 and set(positions) == {1, 2, 3}
    assert positions[1] < positions[2] + positions[3]  # no longer mostly first, as under "rank"
    with pytest.raises(ValueError, match="unknown gold position 'middle'"):
        PairsConfig(gold_position="middle")


def test_gold_fact_survives_trimming_in_long_chunk(ws):
    filler = " ".join(f"Clause {i} concerns the maintenance of shared areas and access for contractors." for i in range(12))
    text = filler + " The Tenant must give at least 90 days' written notice to terminate this Lease. " + filler
    assert len(text) > 1500
    chunks = [make_chunk("legal/long_lease.pdf", "3. Notice", text)] + corpus()
    make_pairs(ws, PairsConfig(no_answer_fraction=0.0, eval_fraction=0.0), retriever=word_overlap_retriever(chunks),
               progress=False)
    rows = [r for r in read_jsonl(ws.pairs_dir / "train.jsonl") if r["metadata"]["source"] == "legal/long_lease.pdf"]
    notice = [r for r in rows if "90 days" in r["metadata"]["answer_plain"]]
    assert notice
    for r in notice:
        _, shown = shown_passages(r["prompt"][1]["content"])[r["metadata"]["gold_index"] - 1]
        assert "90 days' written notice" in shown and len(shown) < len(text)


def test_split_by_section_has_no_leak_and_every_doc_trains(ws):
    make_pairs(ws, PairsConfig(eval_fraction=0.4, seed=3), retriever=word_overlap_retriever(corpus()), progress=False)
    train = read_jsonl(ws.pairs_dir / "train.jsonl")
    evals = read_jsonl(ws.pairs_dir / "eval.jsonl")
    assert train and evals
    groups = lambda rows: {(r["metadata"]["source"], r["metadata"]["section"]) for r in rows}  # noqa: E731
    assert not groups(train) & groups(evals)
    assert {r["metadata"]["source"] for r in train} == {c.source for c in corpus()}
    # pure function: same seed, same split
    rows = train + evals
    assert split_rows(rows, 0.4, 3) == split_rows(rows, 0.4, 3)


def test_incremental_generates_only_new_chunks_and_drops_removed(ws):
    chunks = corpus()
    calls: list[str] = []

    def fake_llm(messages):
        text = messages[-1]["content"]
        calls.append(text)
        chunk_text = text.split("Passage:\n", 1)[1]
        first = re.split(r"(?<=\.)\s", chunk_text.split("\n", 1)[1])[0]
        section = text.split("Section: ", 1)[1].split("\n", 1)[0]
        good = json.dumps({"question": f"What does {section} say first?", "answer": first})
        return good + '\n{"question": "Invented?", "answer": "The moon is made of cheese."}\nnot json'


    cfg = PairsConfig(generator="llm", no_answer_fraction=0.0, eval_fraction=0.0)
    r1 = make_pairs(ws, cfg, retriever=word_overlap_retriever(chunks[:4]), llm_call=fake_llm, progress=False)
    assert len(calls) == 4 and r1.chunks_generated == 4
    assert r1.generated == 8 and r1.dropped["not supported by chunk"] == 4
    # a new chunk, and one removed: only the new one goes to the generator
    calls.clear()
    r2 = make_pairs(ws, cfg, retriever=word_overlap_retriever(chunks[1:5]), llm_call=fake_llm, progress=False)
    assert len(calls) == 1 and r2.chunks_generated == 1 and DOSE_TABLE.split("\n")[1] in calls[0]
    rows = read_jsonl(ws.pairs_dir / "train.jsonl")
    assert {r["metadata"]["chunk_id"] for r in rows} <= {c.chunk_id for c in chunks[1:5]}
    assert all(r["metadata"]["kind"] == "llm" for r in rows)
    cached = read_jsonl(ws.pairs_dir / "cache.jsonl")
    assert [row["chunk_id"] for row in cached] == [c.chunk_id for c in chunks[1:5]]
    # nothing changed: nothing generated; switching generator regenerates everything
    calls.clear()
    assert make_pairs(ws, cfg, retriever=word_overlap_retriever(chunks[1:5]), llm_call=fake_llm, progress=False).chunks_generated == 0
    assert make_pairs(ws, PairsConfig(), retriever=word_overlap_retriever(chunks[1:5]), progress=False).chunks_generated == 4
    assert not calls


def test_parse_llm_output_tolerates_noise():
    text = ('Sure! Here are pairs:\n```json\n{"question": "Q1?", "answer": "A1 [2]."}\n'
            '{"question": "Q2?"}\n{"question": "Q3?", "answer": "A3."}\n```')
    assert parse_llm_output(text) == [("Q1?", "A1."), ("Q3?", "A3.")]
    assert parse_llm_output('[{"question": "Q?", "answer": "A."}]') == [("Q?", "A.")]
    assert parse_llm_output("nothing useful") == []


def test_stale_adapter_is_reported(ws, capsys):
    adapter = ws.adapter_dir("default")
    adapter.mkdir(parents=True)
    (adapter / "training_config.json").write_text(json.dumps({"data_sha256": "0" * 64}))
    report = make_pairs(ws, PairsConfig(), retriever=word_overlap_retriever(corpus()), progress=False)
    assert report.stale_adapter
    print_pairs_report(report)
    assert "adapter is stale: run `domainbot train`" in capsys.readouterr().out
    sha = json.loads((ws.pairs_dir / "stats.json").read_text())["train_sha256"]
    (adapter / "training_config.json").write_text(json.dumps({"data_sha256": sha}))
    assert not make_pairs(ws, PairsConfig(), retriever=word_overlap_retriever(corpus()), progress=False).stale_adapter


def test_files_load_with_datasets(ws):
    from datasets import load_dataset

    make_pairs(ws, PairsConfig(no_answer_fraction=0.3, eval_fraction=0.3), retriever=word_overlap_retriever(corpus()),
               progress=False)
    files = {"train": str(ws.pairs_dir / "train.jsonl"), "eval": str(ws.pairs_dir / "eval.jsonl")}
    ds = load_dataset("json", data_files=files, cache_dir=str(ws.root / "hf-cache"))
    assert len(ds["train"]) > 0 and len(ds["eval"]) > 0
    row = ds["train"][0]
    assert [m["role"] for m in row["prompt"]] == ["system", "user"] and row["completion"][0]["role"] == "assistant"
    gold = ds["train"]["metadata"]
    assert any(m["gold_index"] is None for m in gold) and any(isinstance(m["gold_index"], int) for m in gold)


def test_assemble_skips_distractors_that_state_the_answer():
    """Overlapping chunks repeat sentences: such a chunk must not serve as a negative or a no-answer context."""
    a = make_chunk("legal/x.pdf", "2. Rent", "The annual rent is £24,000 payable quarterly. Other text here.", 1, 0)
    b = make_chunk("legal/x.pdf", "2. Rent", "payable quarterly. The annual rent is £24,000 payable quarterly.", 1, 40)
    c = make_chunk("legal/x.pdf", "3. Use", "The Premises may be used as offices only.", 2, 100)
    qa = QA("How much is the annual rent?", "The annual rent is £24,000 payable quarterly.", "amount", a.chunk_id, "£24,000")
    rows = assemble([qa, qa], [a, b, c], [[1, 0, 2], [1, 0, 2]], PairsConfig(passages=2, no_answer_fraction=0.5),
                    Counter())
    assert len(rows) == 2
    for r in rows:
        ids = [h.split(",")[0] for h, _ in shown_passages(r["prompt"][1]["content"])]
        assert all(not supported(qa.answer, t) or r["metadata"]["gold_index"] for _, t in
                   shown_passages(r["prompt"][1]["content"]))
        assert len(ids) == (1 if r["metadata"]["gold_index"] is None else 2)


@pytest.mark.slow
def test_end_to_end_with_real_index_and_embedder(tmp_path):
    """A tiny PDF through the real ingest (bundled embedder, FAISS + BM25) and make_pairs."""
    from fpdf import FPDF

    from ingest.pipeline import run_ingest

    pages = [
        ["1. Definitions", "\"Business Day\" means a day other than a Saturday, Sunday or public holiday.",
         "2. Rent", "The Tenant shall pay the Annual Rent of £24,000 by equal monthly instalments in advance.",
         "The Landlord must return the Deposit within 30 days of the end of the Term."],
        ["3. Termination", "Either party may terminate this Lease by giving at least 90 days' written notice.",
         "4. Dosage", "The usual dose of amoxicillin is 500 mg three times daily for 5 days.",
         "Patients must be reviewed within 48 hours of starting treatment."],
    ]
    folder = tmp_path / "docs"
    folder.mkdir()
    pdf = FPDF()
    for lines in pages:
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(folder / "lease_and_dosing.pdf"))
    ws = Workspace(tmp_path / "ws")
    run_ingest([folder], ws, IngestConfig(chunk_size=200, chunk_overlap=40), progress=False)
    report = make_pairs(ws, PairsConfig(eval_fraction=0.0, no_answer_fraction=0.2), progress=False)
    rows = read_jsonl(ws.pairs_dir / "train.jsonl")
    assert report.kept == len(rows) > 5 and report.chunks >= 2
    answers = " ".join(r["metadata"]["answer_plain"] for r in rows)
    for fact in ("90 days", "500 mg", "£24,000", "Business Day"):
        assert fact in answers
    for r in rows:
        if r["metadata"]["gold_index"]:
            n = r["metadata"]["gold_index"]
            _, shown = shown_passages(r["prompt"][1]["content"])[n - 1]
            assert supported(r["metadata"]["answer_plain"], shown)
            assert r["completion"][0]["content"].count(f"[{n}]") == 1
    # nothing changed: a re-run generates nothing and writes the same training file
    before = (ws.pairs_dir / "train.jsonl").read_bytes()
    assert make_pairs(ws, PairsConfig(eval_fraction=0.0, no_answer_fraction=0.2), progress=False).chunks_generated == 0
    assert (ws.pairs_dir / "train.jsonl").read_bytes() == before
