"""What every command group shares: the common options, flags built from config fields, the
settings file, and one error decorator (a user mistake is one red line and exit code 1)."""
from __future__ import annotations

import dataclasses
import functools
from pathlib import Path
from typing import List, Optional

import typer

from core.config import DomainbotError, ServeConfig, help_of

WorkspaceOpt = typer.Option(
    Path("workspace"), "--workspace", "-w", envvar="DOMAINBOT_WORKSPACE", help="Folder holding everything built."
)
AdapterOpt = typer.Option(ServeConfig.adapter, "--adapter", envvar="DOMAINBOT_ADAPTER", help=help_of(ServeConfig, "adapter"))
CollectionOpt = typer.Option(None, "--collection", "-c",
                             help="Search only this collection (repeat for several; default: all).")
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


def collection_names(values: Optional[List[str]]) -> tuple[str, ...] | None:
    """--collection a --collection b,c -> ('a', 'b', 'c'); None when not given."""
    if not values:
        return None
    return tuple(dict.fromkeys(v.strip() for value in values for v in value.split(",") if v.strip()))


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


def fail(msg: str, code: int = 1) -> None:
    """Print `error: msg` in red on stderr and exit with `code`."""
    typer.secho(f"error: {msg}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def cli_errors(command=None, *, also: tuple[type[BaseException], ...] = ()):
    """Decorates a command: a user mistake prints as one line (`error: ...`) with exit code 1, never a
    traceback. Mistakes are DomainbotError, ValueError (a config dataclass refusing a flag's value)
    and the exception types in `also` (e.g. OSError for a command writing where the user said)."""
    caught = (DomainbotError, ValueError, *also)

    def decorate(fn):
        @functools.wraps(fn)  # typer reads the flags from the wrapped signature
        def run(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except caught as e:
                fail(str(e))
        return run

    return decorate(command) if command is not None else decorate


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


def settings_for(ctx: typer.Context, command: str) -> dict:
    """The settings file's table for `command` (ingest's automatic pairs read [pairs])."""
    return dict((ctx.find_root().default_map or {}).get(command, {}))
