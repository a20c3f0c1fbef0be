"""Every setting has a flag: each field of a config dataclass is an option of the command that
builds that dataclass, under its own name or the one alias listed here (with the reason)."""
import dataclasses

import pytest
import typer

from chatbot.cli import app
from core.config import AnswerConfig, IngestConfig, PairsConfig, RetrieveConfig, ServeConfig, TrainConfig

# field -> option name, where the flag reads better the other way round
ALIASES = {
    "quantize": "exact",  # --exact turns quantisation off
    "eval": "run_eval",  # --eval/--no-eval (`eval` is a builtin)
    "use_adapter": "base",  # --base turns the adapter off
    "collections": "collection",  # --collection, repeatable
    "rate_limit_per_minute": "rate_limit",
    "engine": "engine_name",  # --engine
}
# flags that set the opposite of their field (their defaults are opposite too)
INVERTED = {"quantize", "use_adapter"}
# a flag whose default differs from its field on purpose
OWN_DEFAULTS = {("search", "k")}  # `search` lists 5 results; answers read RetrieveConfig.k passages

COMMANDS = {"ingest": IngestConfig, "search": RetrieveConfig, "pairs": PairsConfig, "train": TrainConfig,
            "ask": AnswerConfig, "serve": ServeConfig}


@pytest.mark.parametrize("command,config", COMMANDS.items())
def test_every_field_has_a_flag(command, config):
    params = {p.name for p in typer.main.get_command(app).commands[command].params}
    missing = [f.name for f in dataclasses.fields(config) if ALIASES.get(f.name, f.name) not in params]
    assert not missing, f"`domainbot {command}` has no flag for {config.__name__}.{', '.join(missing)}"


@pytest.mark.parametrize("command,config", COMMANDS.items())
def test_flag_defaults_are_the_dataclass_defaults(command, config):
    params = {p.name: p for p in typer.main.get_command(app).commands[command].params}
    wrong = []
    for f in dataclasses.fields(config):
        p = params[ALIASES.get(f.name, f.name)]
        if f.name in INVERTED or f.default in (dataclasses.MISSING, None) or (command, f.name) in OWN_DEFAULTS:
            continue
        if p.default != f.default:
            wrong.append(f"{f.name}: flag {p.default!r} != field {f.default!r}")
    assert not wrong, wrong


def test_flags_reach_the_config(monkeypatch, tmp_path):
    """`ask` builds its AnswerConfig from its flags: a changed flag arrives as the field's value."""
    from typer.testing import CliRunner

    import chatbot.answer as answer_mod
    from chatbot.answer import Answer, Event

    seen = []

    class Capture:
        def stream(self, question, history=None, cfg=None):
            seen.append(cfg)
            yield Event("done", answer=Answer(answer="ok", citations=[], model="m", latency_s=0.0))

    monkeypatch.setattr(answer_mod, "load_engine", lambda ws, **kwargs: Capture())
    r = CliRunner().invoke(app, ["ask", "q?", "-w", str(tmp_path), "--k", "2", "--max-passage-chars", "300",
                                 "--min-relevance", "0.5", "--no-summaries", "--no-verify", "--base",
                                 "--max-new-tokens", "40", "--collection", "hr"])
    assert r.exit_code == 0, r.output
    assert seen == [AnswerConfig(k=2, max_passage_chars=300, min_relevance=0.5, summaries=False, verify=False,
                                 use_adapter=False, max_new_tokens=40, collections=("hr",))]
