"""The `domainbot` command line. Thin: parse flags into config dataclasses, call one function.

This file is the table of contents: the root app, the settings file, and which module holds each
command (common.py has the shared options and the error decorator). Heavy imports (torch,
transformers, faiss) live inside the commands so `--help` stays fast.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from chatbot.cli import admin_cmds, answer_cmds, ingest_cmds, serve_cmds, train_cmds
from chatbot.cli.common import cli_errors, read_settings

app = typer.Typer(
    help="domainbot: build a cited domain chatbot from a folder of PDFs.\n\n"
    "Typical run:  domainbot ingest corpora/ && domainbot train && domainbot chat",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
@cli_errors
def settings_file(
    ctx: typer.Context,
    config: Optional[Path] = typer.Option(
        None, "--config", envvar="DOMAINBOT_CONFIG",
        help="TOML settings file with a table per command (ingest, pairs, train, ask, serve...), keys named as the "
             "flags or config fields; flags given on the command line still win."),
):
    """domainbot: build a cited domain chatbot from a folder of PDFs."""
    if config is not None:
        ctx.default_map = read_settings(config, typer.main.get_command(app).commands)


# in the order `domainbot --help` lists them: the run from PDFs to answers, then serving
for command in (ingest_cmds.ingest, ingest_cmds.search, train_cmds.pairs, train_cmds.train, answer_cmds.ask,
                ingest_cmds.abstract, answer_cmds.eval, serve_cmds.chat, serve_cmds.serve):
    app.command()(command)
app.add_typer(admin_cmds.keys_app, name="keys")
app.add_typer(admin_cmds.audit_app, name="audit")
app.add_typer(admin_cmds.feedback_app, name="feedback")


def main() -> None:
    app()
