"""Commands that put the chatbot in front of people: `chat` (the Streamlit app) and `serve` (the HTTP API)."""
from __future__ import annotations

import os
import sys
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
from core.config import DomainbotError, ServeConfig, Workspace

APP_PATH = Path(__file__).resolve().parents[2] / "ui" / "app.py"


@cli_errors
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
    vision_base_url: Optional[str] = option(ServeConfig, "vision_base_url"),
    vision_model: Optional[str] = option(ServeConfig, "vision_model"),
    vision_api_key_env: str = option(ServeConfig, "vision_api_key_env"),
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
            raise DomainbotError(f"--password-env {password_env}: that environment variable is empty or not set")
    if host not in ("127.0.0.1", "localhost", "::1") and not (password or api or oidc_configured()):
        raise DomainbotError(f"the app would listen on {host} without a login: use --password-env VAR, configure "
                             "[auth] in .streamlit/secrets.toml, or bind to 127.0.0.1")

    env = dict(os.environ, DOMAINBOT_WORKSPACE=str(Workspace(workspace).root), DOMAINBOT_ADAPTER=adapter,
               DOMAINBOT_ENGINE=engine_name, DOMAINBOT_LOG_TEXT="1" if log_text else "0",
               DOMAINBOT_REDACT="1" if redact else "0", DOMAINBOT_COLLECTIONS=",".join(collection_names(collection) or ()))
    settings = ctx.find_root().params.get("config")
    if settings:  # the background `train` reads the same settings file
        env["DOMAINBOT_CONFIG"] = str(Path(settings).resolve())
    if api:
        env["DOMAINBOT_API_URL"] = api
    if vision_base_url:  # local mode: the app asks the vision model itself (API mode: the server does)
        env.update(DOMAINBOT_VISION_URL=vision_base_url, DOMAINBOT_VISION_MODEL=vision_model or "",
                   DOMAINBOT_VISION_KEY_ENV=vision_api_key_env)
    if password:
        env["DOMAINBOT_APP_PASSWORD"] = password  # the app's environment only: never on a command line
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(APP_PATH),
        "--server.port", str(port), "--server.address", host,
        "--server.headless", "true" if headless else "false",
        "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer",
    ]
    trainer = None
    if train_too:
        ws = Workspace(workspace)
        ws.logs_dir.mkdir(parents=True, exist_ok=True)
        log = open(ws.logs_dir / "train.log", "w")
        env["DOMAINBOT_TRAINING"] = "1"  # the app polls the training progress
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


@cli_errors
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
    max_images: int = option(ServeConfig, "max_images"),
    max_image_bytes: int = option(ServeConfig, "max_image_bytes"),
    max_image_pixels: int = option(ServeConfig, "max_image_pixels"),
    vision_base_url: Optional[str] = option(ServeConfig, "vision_base_url"),
    vision_model: Optional[str] = option(ServeConfig, "vision_model"),
    vision_api_key_env: str = option(ServeConfig, "vision_api_key_env"),
    vision_timeout_s: float = option(ServeConfig, "vision_timeout_s"),
):
    """Serve the OpenAI-compatible HTTP API (needs an API key: `domainbot keys create NAME`).

    Examples:

      domainbot serve --port 8000

      domainbot serve --host 0.0.0.0 --no-log-text --llm-url http://vllm:8001/v1

      domainbot serve --vision-base-url http://gpu-host:8002/v1   # describes question images (docs/images.md)
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from chatbot.serving.api import serve as run_serve

    run_serve(Workspace(workspace), config_from(ServeConfig, options, rate_limit_per_minute=rate_limit,
                                                engine=engine_name))
