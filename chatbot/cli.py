"""The `domainbot` command line. Thin: parse flags into config dataclasses, call one function.

Heavy imports (torch, transformers, faiss) live inside the commands so `--help` stays fast.
"""
from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from core.config import (
    AbstractConfig,
    AnswerConfig,
    DomainbotError,
    IngestConfig,
    PairsConfig,
    RetrieveConfig,
    ServeConfig,
    TrainConfig,
    Workspace,
    check_question,
    help_of,
)

app = typer.Typer(
    help="domainbot: build a cited domain chatbot from a folder of PDFs.\n\n"
    "Typical run:  domainbot ingest corpora/ && domainbot train && domainbot chat",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
keys_app = typer.Typer(help="Manage API keys for `domainbot serve`.", no_args_is_help=True)
audit_app = typer.Typer(help="Read the API audit log.", no_args_is_help=True)
feedback_app = typer.Typer(help="Turn thumbs up/down into evaluation questions.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
app.add_typer(audit_app, name="audit")
app.add_typer(feedback_app, name="feedback")

WorkspaceOpt = typer.Option(
    Path("workspace"), "--workspace", "-w", envvar="DOMAINBOT_WORKSPACE", help="Folder holding everything built."
)
AdapterOpt = typer.Option(ServeConfig.adapter, "--adapter", envvar="DOMAINBOT_ADAPTER", help=help_of(ServeConfig, "adapter"))
CollectionOpt = typer.Option(None, "--collection", "-c",
                             help="Search only this collection (repeat for several; default: all).")


def _collections(values: Optional[List[str]]) -> tuple[str, ...] | None:
    """--collection a --collection b,c -> ('a', 'b', 'c'); None when not given."""
    if not values:
        return None
    return tuple(dict.fromkeys(v.strip() for value in values for v in value.split(",") if v.strip()))


EngineOpt = typer.Option(ServeConfig.engine, "--engine", envvar="DOMAINBOT_ENGINE", help=help_of(ServeConfig, "engine"))

# config field -> its flag, where the flag reads better under another name
ALIASES = {
    "quantize": "exact",  # --exact turns quantisation off
    "eval": "run_eval",  # --eval/--no-eval (`eval` is a builtin)
    "use_adapter": "base",  # --base turns the adapter off
    "collections": "collection",  # --collection, repeatable
    "rate_limit_per_minute": "rate_limit",
    "engine": "engine_name",  # --engine
}
INVERTED = {"quantize", "use_adapter"}  # their flags set the opposite value


def option(cls, name: str, *flags: str, default=..., **kwargs):
    """The typer option of config field `cls.name`: its default and help are the field's (one definition)."""
    f = next(f for f in dataclasses.fields(cls) if f.name == name)
    return typer.Option(f.default if default is ... else default, *flags, help=f.metadata.get("help"), **kwargs)


def config_from(cls, options: dict, **renamed):
    """A config dataclass from a command's flags: each field from the flag of the same name, the
    rest (inverted or renamed flags) given in `renamed`. tests/chatbot/test_cli_settings.py checks
    that every field has its flag."""
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{**{k: v for k, v in options.items() if k in names}, **renamed})


def _fail(msg: str, code: int = 1) -> None:
    typer.secho(f"error: {msg}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def read_settings(path: Path, commands: dict) -> dict:
    """A TOML settings file as click's default_map: {command: {flag name: value}}.

    One table per command, keys named as the config fields (or as the flags); a flag given on the
    command line still wins. Unknown tables or keys are errors: a typo must not be ignored silently.
    """
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise DomainbotError(f"{path}: cannot read the settings file ({e.strerror or type(e).__name__})") from None
    except tomllib.TOMLDecodeError as e:
        raise DomainbotError(f"{path}: not valid TOML ({e})") from None
    out: dict = {}
    for command, table in data.items():
        if command not in commands or not isinstance(table, dict):
            raise DomainbotError(f"{path}: [{command}] is not a command with settings (use: {', '.join(sorted(commands))})")
        params = {p.name for p in commands[command].params if p.param_type_name == "option"}
        for key, value in table.items():
            name = ALIASES.get(key, key)
            if name not in params:
                raise DomainbotError(f"{path}: [{command}] has no setting {key!r}")
            out.setdefault(command, {})[name] = (not value) if key in INVERTED else value
    return out


@app.callback()
def settings_file(
    ctx: typer.Context,
    config: Optional[Path] = typer.Option(
        None, "--config", envvar="DOMAINBOT_CONFIG",
        help="TOML settings file with a table per command (ingest, pairs, train, ask, serve...), keys named as the "
             "flags or config fields; flags given on the command line still win."),
):
    """domainbot: build a cited domain chatbot from a folder of PDFs."""
    if config is None:
        return
    try:
        ctx.default_map = read_settings(config, typer.main.get_command(app).commands)
    except DomainbotError as e:
        _fail(str(e))


def settings_for(ctx: typer.Context, command: str) -> dict:
    """The settings file's table for `command` (ingest's automatic pairs read [pairs])."""
    return dict((ctx.find_root().default_map or {}).get(command, {}))


@app.command()
def ingest(
    ctx: typer.Context,
    paths: List[Path] = typer.Argument(..., help="Folders (or PDF files) to ingest."),
    workspace: Path = WorkspaceOpt,
    chunk_size: int = option(IngestConfig, "chunk_size"),
    chunk_overlap: int = option(IngestConfig, "chunk_overlap"),
    embedder: str = option(IngestConfig, "embedder"),
    exact: bool = option(IngestConfig, "quantize", "--exact", default=False),
    batch_size: int = option(IngestConfig, "batch_size"),
    ocr: bool = option(IngestConfig, "ocr", "--ocr/--no-ocr"),
    ocr_lang: str = option(IngestConfig, "ocr_lang"),
    max_pages: int = option(IngestConfig, "max_pages"),
    max_file_mb: float = option(IngestConfig, "max_file_mb"),
    parse_timeout: float = option(IngestConfig, "parse_timeout"),
    parse_memory_mb: int = option(IngestConfig, "parse_memory_mb"),
    min_chars_per_page: int = option(IngestConfig, "min_chars_per_page"),
    pairs: bool = typer.Option(True, "--pairs/--no-pairs", help="Also derive synthetic instruction pairs."),
    collection: str = option(IngestConfig, "collection", "--collection", "-c"),
    redact: bool = option(IngestConfig, "redact", "--redact"),
    workers: Optional[int] = option(IngestConfig, "workers"),
    ray: Optional[str] = option(IngestConfig, "ray"),
    ray_workers: Optional[int] = option(IngestConfig, "ray_workers"),
    ann_threshold: int = option(IngestConfig, "ann_threshold"),
    context: bool = option(IngestConfig, "context", "--context/--no-context"),
    tables: bool = option(IngestConfig, "tables", "--tables/--no-tables"),
):
    """Parse, clean, chunk and embed every PDF under PATHS into the workspace index.

    Re-runs are incremental: only new or changed files are embedded; files deleted from a
    folder are dropped from the index.

    Examples:

      domainbot ingest corpora/

      domainbot ingest ~/contracts ~/guidelines --chunk-size 600 --no-pairs

      domainbot ingest ~/hr-contracts --collection hr

      domainbot ingest ~/patient-letters --collection clinic --redact

      domainbot ingest /shared/pdfs --ray ray://head:10001 --ray-workers 8
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from ingest.pipeline import print_report, run_ingest

    try:
        cfg = config_from(IngestConfig, options, quantize=not exact)
        if redact:
            from ingest.redact import available

            if not available():
                raise DomainbotError("--redact needs Microsoft Presidio: pip install presidio-analyzer presidio-anonymizer")
        ws = Workspace(workspace)
        report = run_ingest(paths, ws, cfg)
    except (DomainbotError, ValueError) as e:  # ValueError: invalid config values
        _fail(str(e))
    if not report.files and not report.removed:
        _fail(f"no PDF files found in {', '.join(str(p) for p in paths)}", code=2)
    print_report(report)
    if not report.indexed and not report.removed and not any(f.status == "unchanged" for f in report.files):
        _fail("nothing could be ingested (see the report above)", code=2)
    if pairs and (report.indexed or report.removed):
        from chatbot.training.pairs import make_pairs, print_pairs_report

        try:
            pairs_cfg = config_from(PairsConfig, settings_for(ctx, "pairs"))  # [pairs] of a --config file
            print_pairs_report(make_pairs(ws, pairs_cfg))
        except DomainbotError as e:
            _fail(str(e))
    if any(f.status == "failed" for f in report.files):
        raise typer.Exit(1)


@app.command()
def search(
    query: Optional[str] = typer.Argument(None, help="The question or keywords."),
    k: int = option(RetrieveConfig, "k", "--k", default=5),
    mode: str = option(RetrieveConfig, "mode"),
    rrf_k: int = option(RetrieveConfig, "rrf_k"),
    candidates: int = option(RetrieveConfig, "candidates"),
    route: bool = option(RetrieveConfig, "route", "--route/--no-route"),
    table_rows: bool = option(RetrieveConfig, "table_rows", "--table-rows/--no-table-rows"),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list (each hit with its `document`)."),
    queries: Optional[Path] = typer.Option(None, help="JSONL file, one {\"question\": ...} per line."),
    collection: Optional[List[str]] = CollectionOpt,
    workspace: Path = WorkspaceOpt,
):
    """Retrieve passages from the index (no model involved).

    Examples:

      domainbot search "notice period for termination"

      domainbot search "max daily dose" --k 3 --json

      domainbot search --queries corpora/questions.jsonl > results.jsonl
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from chatbot.answer.retrieve import load_retriever

    if not (query and query.strip()) and not queries:
        _fail("give a non-empty QUERY or --queries FILE.jsonl")
    try:
        retriever = load_retriever(Workspace(workspace), config_from(RetrieveConfig, options))
        if queries:
            from chatbot.training.evaluate import read_jsonl

            for line_no, row in read_jsonl(queries):
                q = row.get("question")
                if not isinstance(q, str) or not q.strip():
                    typer.secho(f"{queries}:{line_no}: no \"question\" string, skipped", err=True)
                    continue
                row["results"] = [h.to_dict() for h in retriever.search(q, k=k, collections=_collections(collection))]
                print(json.dumps(row, ensure_ascii=False), flush=True)
            return
        hits = retriever.search(query, k=k, collections=_collections(collection))
    except (DomainbotError, ValueError) as e:  # ValueError: invalid --mode / --k
        _fail(str(e))
    if as_json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        return
    routed = getattr(hits, "routed", None)
    if routed is not None and routed.how != "none":
        typer.secho(f"searched ({routed.how}): " + ", ".join(d.source for d in routed.documents[:5])
                    + (" ..." if len(routed.documents) > 5 else ""), err=True)
    if getattr(hits, "missing", ""):
        typer.secho(f"note: {hits.missing}", err=True, fg="yellow")
    for h in hits:
        c = h.chunk
        where = f"{c.source} p.{c.page}" + (f"-{c.page_end}" if c.page_end != c.page else "")
        typer.secho(f"[{h.rank}] {where}  {c.section}  (score {h.score:.4f})", bold=True)
        typer.echo("    " + c.text[:400].replace("\n", " ") + ("..." if len(c.text) > 400 else ""))


@app.command()
def pairs(
    workspace: Path = WorkspaceOpt,
    generator: str = option(PairsConfig, "generator"),
    base_url: Optional[str] = option(PairsConfig, "base_url"),
    model: Optional[str] = option(PairsConfig, "model"),
    api_key_env: str = option(PairsConfig, "api_key_env"),
    passages: int = option(PairsConfig, "passages"),
    max_passage_chars: int = option(PairsConfig, "max_passage_chars"),
    no_answer_fraction: float = option(PairsConfig, "no_answer_fraction"),
    eval_fraction: float = option(PairsConfig, "eval_fraction"),
    max_per_chunk: int = option(PairsConfig, "max_per_chunk"),
    gold_position: str = option(PairsConfig, "gold_position"),
    seed: int = option(PairsConfig, "seed"),
):
    """Derive grounded instruction pairs (with citations) from the ingested chunks.

    Writes workspace/pairs/train.jsonl and eval.jsonl (prompt/completion format).

    Examples:

      domainbot pairs

      domainbot pairs --generator llm --base-url http://localhost:8001/v1 --model qwen2.5-7b
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from chatbot.training.pairs import make_pairs, print_pairs_report

    try:
        cfg = config_from(PairsConfig, options)
        print_pairs_report(make_pairs(Workspace(workspace), cfg))
    except (DomainbotError, ValueError) as e:
        _fail(str(e))


@app.command()
def train(
    workspace: Path = WorkspaceOpt,
    base_model: str = option(TrainConfig, "base_model"),
    adapter: str = option(TrainConfig, "adapter"),
    epochs: float = option(TrainConfig, "epochs"),
    learning_rate: float = option(TrainConfig, "learning_rate", "--lr", "--learning-rate"),
    lora_r: int = option(TrainConfig, "lora_r"),
    lora_alpha: int = option(TrainConfig, "lora_alpha"),
    lora_dropout: float = option(TrainConfig, "lora_dropout"),
    lora_targets: str = option(TrainConfig, "lora_targets"),
    lora_layers: str = option(TrainConfig, "lora_layers"),
    max_length: int = option(TrainConfig, "max_length"),
    batch_size: int = option(TrainConfig, "batch_size"),
    grad_accum: int = option(TrainConfig, "grad_accum"),
    packing: bool = option(TrainConfig, "packing", "--packing/--no-packing"),
    max_steps: int = option(TrainConfig, "max_steps"),
    time_budget: str = option(TrainConfig, "time_budget"),
    run_eval: bool = option(TrainConfig, "eval", "--eval/--no-eval"),
    merge: bool = option(TrainConfig, "merge", "--merge"),
    resume: bool = option(TrainConfig, "resume", "--resume"),
    seed: int = option(TrainConfig, "seed"),
    reader: bool = option(TrainConfig, "reader", "--reader/--no-reader"),
):
    """LoRA fine-tune the base model on workspace/pairs (TRL SFTTrainer + PEFT); --reader: then a reader model.

    Examples:

      domainbot train                                   # fits 15 minutes on a CPU

      domainbot train --time-budget none                # every pair, however long it takes

      domainbot train --adapter qwen --base-model /models/Qwen2.5-1.5B-Instruct   # then: ask --adapter qwen

      domainbot train --epochs 3 --lora-r 32 --base-model Qwen/Qwen2.5-1.5B-Instruct

      domainbot train --reader                          # also the experimental sentence-scorer cross-encoder

      accelerate launch -m chatbot.cli train --base-model /models/llama-3.1-8b   # multi-GPU
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from chatbot.training.reader import ReaderConfig, train_reader
    from chatbot.training.train import train as run_train

    try:
        cfg = config_from(TrainConfig, options, eval=run_eval)
        run_train(Workspace(workspace), cfg)
        if cfg.reader:  # after the adapter: the chat app switches to it without waiting for the reader
            train_reader(Workspace(workspace), ReaderConfig(seed=cfg.seed))
    except (DomainbotError, ValueError) as e:  # ValueError: a setting out of range
        _fail(str(e))


@app.command()
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

    try:
        cfg = config_from(AnswerConfig, options, use_adapter=not base, collections=_collections(collection))
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
    except (DomainbotError, ValueError) as e:  # ValueError: a setting out of range
        _fail(str(e))
    if ans is not None:
        print_answer_footer(ans)


@app.command()
def abstract(
    files: Optional[List[str]] = typer.Argument(None, help="Indexed PDFs (path or file name); default: every document."),
    format: str = option(AbstractConfig, "format", "--format", "-f"),  # noqa: A002 - the flag is --format
    collection: Optional[List[str]] = typer.Option(None, "--collection", "-c", help=help_of(AbstractConfig, "collections")),
    workspace: Path = WorkspaceOpt,
):
    """Key terms of indexed documents: every field a verbatim quote with its page, or "not stated".

    A contract or lease: parties, dates and term, renewal, rent and fees, deposit, caps and credits,
    notice periods, termination rights, liability, governing law, unusual terms (and pets for a
    residential tenancy). A leaflet, guideline or letter: what it is for, who must not take it, dose
    by group, monitoring, common and serious side effects. No model is involved.

    Examples:

      domainbot abstract corpora/legal/commercial_lease_ashgrove.pdf

      domainbot abstract --format csv > key_terms.csv

      domainbot abstract --collection legal --format json
    """
    from chatbot.answer.abstract import abstract_document, format_table, group_documents, pick_sources, write_csv
    from ingest.index import read_live_chunks, read_manifest

    try:
        cfg = AbstractConfig(format=format, collections=_collections(collection))
        ws = Workspace(workspace)
        manifest = read_manifest(ws)
        if manifest is None:
            raise DomainbotError(f"no index in {workspace}: run `domainbot ingest PATH` first")
        docs = group_documents(read_live_chunks(ws.index_dir(), manifest), cfg.collections)
        sources = pick_sources(sorted(docs), files) if files else sorted(docs)
    except (DomainbotError, ValueError) as e:
        _fail(str(e))
    abstracts = [abstract_document(docs[s]) for s in sources]
    if cfg.format == "csv":
        write_csv(abstracts, sys.stdout)
    elif cfg.format == "json":
        print(json.dumps([a.to_dict() for a in abstracts], ensure_ascii=False, indent=2))
    else:
        typer.echo("\n\n".join(format_table(a) for a in abstracts))


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


@app.command()
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
        _fail("--k must be at least 1 and --limit at least 0")
    try:
        run_eval(Workspace(workspace), questions, k=k, base_only=base, out=out, limit=limit, adapter=adapter,
                 engine_name=engine_name, verify=verify, collections=_collections(collection))
    except DomainbotError as e:
        _fail(str(e))


@app.command()
def chat(
    ctx: typer.Context,
    workspace: Path = WorkspaceOpt,
    port: int = typer.Option(8501, help="Port for the Streamlit app."),
    host: str = typer.Option("127.0.0.1", help="Address to bind (0.0.0.0 inside a container)."),
    api: Optional[str] = typer.Option(None, help="Talk to a running `domainbot serve` at this URL."),
    headless: bool = typer.Option(True, "--headless/--browser", help="Do not open a browser window."),
    adapter: str = AdapterOpt,
    engine_name: str = EngineOpt,
    collection: Optional[List[str]] = CollectionOpt,
    log_text: bool = typer.Option(False, "--log-text/--no-log-text", help="Keep question, answer and comment "
                                  "text in workspace/feedback.jsonl (off: they may hold patient data)."),
    password_env: Optional[str] = typer.Option(
        None, "--password-env", metavar="VAR", help="Ask visitors for the password held in environment variable "
        "VAR (or set DOMAINBOT_APP_PASSWORD). Needed to listen beyond 127.0.0.1 unless .streamlit/secrets.toml "
        "configures an OIDC [auth] login or --api is given (each user then signs in with their own API key)."),
    redact: bool = typer.Option(False, "--redact", help="Redact uploaded PDFs (as `ingest --redact`); a workspace "
                                "that holds redacted documents redacts its uploads anyway."),
    train_too: bool = typer.Option(False, "--train", help="Also fine-tune in the background (niced; log in "
                                   "workspace/logs/train.log): the app answers with the base model at once, shows "
                                   "the training's progress and switches to the adapter when it is ready."),
):
    """Open the Streamlit chat app on localhost.

    Examples:

      domainbot chat

      domainbot chat --train          # chat now, fine-tune meanwhile (what `make demo` does)

      domainbot chat --api http://127.0.0.1:8000 --port 8502

      domainbot chat --host 0.0.0.0 --password-env TEAM_PASSWORD
    """
    import subprocess

    password = os.environ.get("DOMAINBOT_APP_PASSWORD", "")
    if password_env:
        password = os.environ.get(password_env, "")
        if not password:
            _fail(f"--password-env {password_env}: that environment variable is empty or not set")
    if host not in ("127.0.0.1", "localhost", "::1") and not (password or api or oidc_configured()):
        _fail(f"the app would listen on {host} without a login: use --password-env VAR, configure [auth] in "
              ".streamlit/secrets.toml, or bind to 127.0.0.1")

    app_path = Path(__file__).resolve().parent.parent / "ui" / "app.py"
    env = dict(os.environ, DOMAINBOT_WORKSPACE=str(Workspace(workspace).root), DOMAINBOT_ADAPTER=adapter,
               DOMAINBOT_ENGINE=engine_name, DOMAINBOT_LOG_TEXT="1" if log_text else "0",
               DOMAINBOT_REDACT="1" if redact else "0", DOMAINBOT_COLLECTIONS=",".join(_collections(collection) or ()))
    settings = ctx.find_root().params.get("config")
    if settings:  # the background `train` reads the same settings file
        env["DOMAINBOT_CONFIG"] = str(Path(settings).resolve())
    if api:
        env["DOMAINBOT_API_URL"] = api
    if password:
        env["DOMAINBOT_APP_PASSWORD"] = password  # the app's environment only: never on a command line
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(app_path),
        "--server.port", str(port), "--server.address", host,
        "--server.headless", "true" if headless else "false",
        "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer",
    ]
    trainer = None
    if train_too:
        ws = Workspace(workspace)
        ws.logs_dir.mkdir(parents=True, exist_ok=True)
        log = open(ws.logs_dir / "train.log", "w")
        # niced: the chat's answers come first; the app reads adapters/<name>.progress.json
        trainer = subprocess.Popen(
            [sys.executable, "-m", "chatbot.cli", "train", "--workspace", str(ws.root), "--adapter", adapter],
            stdout=log, stderr=subprocess.STDOUT, env=env, preexec_fn=lambda: os.nice(10))
        typer.echo(f"fine-tuning in the background (log: {ws.logs_dir / 'train.log'}); the app switches to the "
                   "adapter when it is ready")
    typer.echo(f"domainbot chat: http://{host}:{port}")
    try:
        code = subprocess.call(cmd, env=env)
    finally:
        if trainer is not None and trainer.poll() is None:
            trainer.terminate()  # SIGTERM: the run stops; the previous adapter stays as it was
    raise typer.Exit(code)


def oidc_configured() -> bool:
    """An [auth] section in a secrets.toml Streamlit reads (./.streamlit/ or ~/.streamlit/)."""
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    for folder in (Path.cwd(), Path.home()):
        try:
            if "auth" in tomllib.loads((folder / ".streamlit" / "secrets.toml").read_text(encoding="utf-8")):
                return True
        except (OSError, ValueError):  # missing, or not TOML (Streamlit reports that itself)
            continue
    return False


@app.command()
def serve(
    workspace: Path = WorkspaceOpt,
    host: str = option(ServeConfig, "host"),
    port: int = option(ServeConfig, "port"),
    log_text: bool = option(ServeConfig, "log_text", "--log-text/--no-log-text"),
    rate_limit: int = option(ServeConfig, "rate_limit_per_minute", "--rate-limit"),
    max_body_bytes: int = option(ServeConfig, "max_body_bytes"),
    max_messages: int = option(ServeConfig, "max_messages"),
    max_question_chars: int = option(ServeConfig, "max_question_chars"),
    llm_url: Optional[str] = option(ServeConfig, "llm_url"),
    adapter: str = AdapterOpt,
    engine_name: str = EngineOpt,
):
    """Serve the OpenAI-compatible HTTP API (needs an API key: `domainbot keys create NAME`).

    Examples:

      domainbot serve --port 8000

      domainbot serve --host 0.0.0.0 --no-log-text --llm-url http://vllm:8001/v1
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from chatbot.serving.api import serve as run_serve

    try:
        run_serve(Workspace(workspace), config_from(ServeConfig, options, rate_limit_per_minute=rate_limit,
                                                    engine=engine_name))
    except (DomainbotError, ValueError) as e:  # ValueError: a setting out of range
        _fail(str(e))


@keys_app.command("create")
def keys_create(name: str, workspace: Path = WorkspaceOpt,
                collections: Optional[str] = typer.Option(
                    None, "--collections", help="Comma list: the key searches only these collections (default: all).")):
    """Create an API key and print it once.

    Examples:

      domainbot keys create helpdesk

      domainbot keys create legal-desk --collections legal,hr
    """
    from chatbot.serving.store import Store

    scope = [c.strip() for c in collections.split(",") if c.strip()] if collections is not None else None
    try:
        key_id, key = Store(Workspace(workspace).server_db).create_key(name, scope)
    except DomainbotError as e:
        _fail(str(e))
    typer.echo(key)
    typer.secho(f"{key_id} ({name}). Store the key now: it is not shown again.", err=True, dim=True)


@keys_app.command("list")
def keys_list(workspace: Path = WorkspaceOpt):
    """List API keys, revoked ones included (ids, names and dates, never the keys).

    Example:  domainbot keys list
    """
    from chatbot.serving.store import Store

    try:
        keys = Store(Workspace(workspace).server_db).list_keys()
    except DomainbotError as e:
        _fail(str(e))
    for k in keys:
        state = "revoked " + k["revoked_at"] if k["revoked_at"] else "active"
        scope = ",".join(k["collections"]) if k["collections"] else "all collections"
        typer.echo(f"{k['key_id']}\t{k['name']}\tcreated {k['created_at']}\t{state}\t{scope}")


@keys_app.command("revoke")
def keys_revoke(name: Optional[str] = typer.Argument(None, help="The active key's name."),
                key_id: Optional[str] = typer.Option(None, "--id", help="The key's id instead (key_..., from "
                                                     "`domainbot keys list`)."),
                workspace: Path = WorkspaceOpt):
    """Revoke an API key, by name or by --id; a running server refuses it at once.

    Examples:  domainbot keys revoke helpdesk          domainbot keys revoke --id key_3f9a0c1b2d4e
    """
    from chatbot.serving.store import Store

    if (name is None) == (key_id is None):
        _fail("give the key's name or --id KEY_ID (one of the two)")
    try:
        revoked = Store(Workspace(workspace).server_db).revoke_key(name, key_id=key_id)
    except DomainbotError as e:
        _fail(str(e))
    typer.echo(f"revoked {revoked}" + (f" ({name})" if name else ""))


@audit_app.command("export")
def audit_export(
    out: Path = typer.Argument(..., help="Output file: .csv or .jsonl"),
    workspace: Path = WorkspaceOpt,
):
    """Export the audit log to CSV or JSONL.

    Example:  domainbot audit export audit.csv
    """
    from chatbot.serving.store import Store

    try:
        n = Store(Workspace(workspace).server_db).export_audit(out)
    except DomainbotError as e:
        _fail(str(e))
    typer.echo(f"wrote {n} rows to {out}")


@feedback_app.command("export")
def feedback_export(
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Questions file (JSONL, `domainbot eval`'s "
                                       "format); default: print them."),
    review: Optional[Path] = typer.Option(None, "--review", help="Where answers rated wrong go, for a person to "
                                          "add the right page (default: beside --out, *.review.jsonl)."),
    workspace: Path = WorkspaceOpt,
):
    """Write the rated questions (chat app and API) as `domainbot eval` questions.

    A thumbs up makes the cited page the gold page; a refusal rated up, or a thumbs down "should
    have said not in the documents", makes an unanswerable question; other thumbs down go to the
    review file with what was cited. Questions exist only where text logging was on (--log-text).

    Examples:

      domainbot feedback export --out workspace/feedback-questions.jsonl

      domainbot feedback export --out team.jsonl && domainbot eval team.jsonl
    """
    from chatbot.serving.feedback import export_feedback, write_jsonl

    try:
        result = export_feedback(Workspace(workspace))
        if out is None:
            for row in result.questions:
                typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            write_jsonl(out, result.questions)
        review = review or (out.with_suffix(".review.jsonl") if out is not None else None)
        if review is not None and result.review:
            write_jsonl(review, result.review)
    except (DomainbotError, OSError) as e:
        _fail(str(e))
    where = f" to {out}" if out is not None else ""
    typer.secho(f"wrote {len(result.questions)} question(s){where}"
                + (f"; {len(result.review)} rated wrong to review in {review}" if review and result.review else
                   f"; {len(result.review)} rated wrong (give --out or --review to keep them)" if result.review else "")
                + (f"; {result.no_text} rating(s) without question text skipped (log with --log-text)"
                   if result.no_text else ""), err=True)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
