"""Commands that answer from the documents: `ask` (one question) and `eval` (a question set, scored)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from chatbot.cli.common import (
    AdapterOpt,
    CollectionOpt,
    EngineOpt,
    WorkspaceOpt,
    cli_errors,
    collection_names,
    config_from,
    option,
)
from core.config import AnswerConfig, DomainbotError, ServeConfig, Workspace, check_question


@cli_errors
def ask(
    question: str = typer.Argument(..., help="Your question."),
    k: Optional[int] = option(AnswerConfig, "k", "--k"),
    base: bool = option(AnswerConfig, "use_adapter", "--base", default=False),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    temperature: float = option(AnswerConfig, "temperature"),
    max_new_tokens: int = option(AnswerConfig, "max_new_tokens"),
    min_relevance: float = option(AnswerConfig, "min_relevance"),
    max_passage_chars: Optional[int] = option(AnswerConfig, "max_passage_chars"),
    verify: bool = option(AnswerConfig, "verify", "--verify/--no-verify"),
    summaries: bool = option(AnswerConfig, "summaries", "--summaries/--no-summaries"),
    generate: str = option(AnswerConfig, "generate"),
    llm_url: Optional[str] = option(ServeConfig, "llm_url"),
    adapter: str = AdapterOpt,
    engine_name: str = EngineOpt,
    collection: Optional[List[str]] = CollectionOpt,
    workspace: Path = WorkspaceOpt,
):
    """Answer a question from the documents, with citations.

    The reader's answer comes first, in milliseconds: the documents' best sentence for each part of
    the question, quoted verbatim, or a refusal when nothing answers it. The model then adds
    sentences only where it can (`--generate auto`: with a fine-tuned adapter or a bigger model),
    and each one is checked against the passage it cites (numbers, dates, negations, wording)
    before it is shown. `--json` gives mode (generated | quoted | refused), verified, why the model
    did or did not write (timings.generation), and for each citation the supporting span.

    Examples:

      domainbot ask "What is the notice period in the lease?"

      domainbot ask "My son weighs 17 kg: how much, and how often?" --generate never

      domainbot ask "Maximum daily dose for adults?" --json --k 4

      domainbot ask "Summarise the termination clauses of the lease"

      domainbot ask "Notice period?" --adapter qwen --engine transformers
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from chatbot.models.runtime import load_engine

    cfg = config_from(AnswerConfig, options, use_adapter=not base, collections=collection_names(collection))
    check_question(question)  # before the model loads
    engine = load_engine(Workspace(workspace), llm_url=llm_url, adapter=adapter, engine=engine_name)
    if as_json:
        ans = engine.answer(question, cfg=cfg)
        print(json.dumps(ans.to_dict(), ensure_ascii=False, indent=2))
        return
    ans = None
    for event in engine.stream(question, cfg=cfg):
        if event.kind == "token":
            typer.echo(event.text, nl=False)
        elif event.kind == "done":
            ans = event.answer
    typer.echo()
    if ans is not None:
        print_answer_footer(ans)


def print_answer_footer(ans) -> None:
    """After a streamed answer: how it was checked, its sources with the supporting text, or the
    passages that came nearest when it was refused."""
    note = {
        "generated": "the documents' words, then the model's sentences, each verified against the passage it cites",
        "quoted": "quoted from the documents",
        "refused": "no passage answers this",
    }.get(ans.mode, "")
    if ans.mode == "generated" and not ans.verified:
        note = "not verified (verification turned off)"
    if ans.citations:
        typer.secho("\nSources:", bold=True)
    for c in ans.citations:
        typer.echo(f"  [{c.n}] {c.source}, page {c.page}" + (f" ({c.section})" if c.section else ""))
        typer.echo(f"      \"{c.quote}\"")
    if ans.related:
        typer.secho("\nNearest passages (they do not answer it):", bold=True)
        for r in ans.related:
            typer.echo(f"  {r.source}, page {r.page}" + (f" ({r.section})" if r.section else ""))
    if ans.dropped:
        typer.secho(f"\n{len(ans.dropped)} sentence(s) of the model's answer not shown: "
                    + "; ".join(sorted({d['reason'] for d in ans.dropped})), dim=True)
    typer.secho(f"\n{ans.model} · {note} · {ans.latency_s:.1f}s", dim=True)


@cli_errors
def eval(  # noqa: A001 - the command is called eval
    questions: Path = typer.Argument(..., help="JSONL: question, source, page, must_include."),
    k: Optional[int] = option(AnswerConfig, "k", "--k"),
    base: bool = typer.Option(False, "--base", help="Evaluate the base model only."),
    out: Optional[Path] = typer.Option(None, help="Write report.json, report.md, results.jsonl here."),
    limit: int = typer.Option(0, help="Only the first N questions (0 = all)."),
    verify: bool = typer.Option(True, "--verify/--no-verify",
                                help="--no-verify scores the model's raw text (what verification protects users from)."),
    collection: Optional[List[str]] = CollectionOpt,
    adapter: str = AdapterOpt,
    engine_name: str = EngineOpt,
    workspace: Path = WorkspaceOpt,
):
    """Score retrieval, answers, citations, refusals and latency on a question set.

    Examples:

      domainbot eval corpora/questions.jsonl --out workspace/eval

      domainbot eval my_questions.jsonl --base --k 4

      domainbot eval corpora/questions.jsonl --no-verify     # the raw model, for comparison
    """
    from chatbot.training.evaluate import run_eval

    if (k is not None and k < 1) or limit < 0:
        raise DomainbotError("--k must be at least 1 and --limit at least 0")
    run_eval(Workspace(workspace), questions, k=k, base_only=base, out=out, limit=limit, adapter=adapter,
             engine_name=engine_name, verify=verify, collections=collection_names(collection))
