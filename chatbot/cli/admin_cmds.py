"""Command groups for whoever runs the server: `keys` (API keys), `audit` (the audit log) and
`feedback` (ratings turned into evaluation questions)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from chatbot.cli.common import WorkspaceOpt, cli_errors
from core.config import DomainbotError, Workspace

keys_app = typer.Typer(help="Manage API keys for `domainbot serve`.", no_args_is_help=True)
audit_app = typer.Typer(help="Read the API audit log.", no_args_is_help=True)
feedback_app = typer.Typer(help="Turn thumbs up/down into evaluation questions.", no_args_is_help=True)


@keys_app.command("create")
@cli_errors
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
    key_id, key = Store(Workspace(workspace).server_db).create_key(name, scope)
    typer.echo(key)
    typer.secho(f"{key_id} ({name}). Store the key now: it is not shown again.", err=True, dim=True)


@keys_app.command("list")
@cli_errors
def keys_list(workspace: Path = WorkspaceOpt):
    """List API keys, revoked ones included (ids, names and dates, never the keys).

    Example:  domainbot keys list
    """
    from chatbot.serving.store import Store

    for k in Store(Workspace(workspace).server_db).list_keys():
        state = "revoked " + k["revoked_at"] if k["revoked_at"] else "active"
        scope = ",".join(k["collections"]) if k["collections"] else "all collections"
        typer.echo(f"{k['key_id']}\t{k['name']}\tcreated {k['created_at']}\t{state}\t{scope}")


@keys_app.command("revoke")
@cli_errors
def keys_revoke(name: Optional[str] = typer.Argument(None, help="The active key's name."),
                key_id: Optional[str] = typer.Option(None, "--id", help="The key's id instead (key_..., from "
                                                     "`domainbot keys list`)."),
                workspace: Path = WorkspaceOpt):
    """Revoke an API key, by name or by --id; a running server refuses it at once.

    Examples:  domainbot keys revoke helpdesk          domainbot keys revoke --id key_3f9a0c1b2d4e
    """
    from chatbot.serving.store import Store

    if (name is None) == (key_id is None):
        raise DomainbotError("give the key's name or --id KEY_ID (one of the two)")
    revoked = Store(Workspace(workspace).server_db).revoke_key(name, key_id=key_id)
    typer.echo(f"revoked {revoked}" + (f" ({name})" if name else ""))


@audit_app.command("export")
@cli_errors
def audit_export(
    out: Path = typer.Argument(..., help="Output file: .csv or .jsonl"),
    workspace: Path = WorkspaceOpt,
):
    """Export the audit log to CSV or JSONL.

    Example:  domainbot audit export audit.csv
    """
    from chatbot.serving.store import Store

    n = Store(Workspace(workspace).server_db).export_audit(out)
    typer.echo(f"wrote {n} rows to {out}")


@feedback_app.command("export")
@cli_errors(also=(OSError,))  # --out / --review: a folder that does not exist, a read-only disk
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

    result = export_feedback(Workspace(workspace))
    if out is None:
        for row in result.questions:
            typer.echo(json.dumps(row, ensure_ascii=False))
    else:
        write_jsonl(out, result.questions)
    review = review or (out.with_suffix(".review.jsonl") if out is not None else None)
    if review is not None and result.review:
        write_jsonl(review, result.review)
    where = f" to {out}" if out is not None else ""
    typer.secho(f"wrote {len(result.questions)} question(s){where}"
                + (f"; {len(result.review)} rated wrong to review in {review}" if review and result.review else
                   f"; {len(result.review)} rated wrong (give --out or --review to keep them)" if result.review else "")
                + (f"; {result.no_text} rating(s) without question text skipped (log with --log-text)"
                   if result.no_text else ""), err=True)
