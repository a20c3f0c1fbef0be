"""Every setting is defined once, as a config dataclass field with its help: each field is an option
of the command that builds that dataclass (under its own name or its alias in chatbot.cli.common.ALIASES),
with the field's default and help; a --config TOML file sets the same options."""
import dataclasses
import os

import pytest
import typer

from chatbot.cli import app
from chatbot.cli.common import ALIASES, INVERTED, read_settings
from core.config import AbstractConfig, AnswerConfig, IngestConfig, PairsConfig, RetrieveConfig, ServeConfig, TrainConfig

# a flag whose default differs from its field on purpose (none today: `search --k` is DEFAULT_K, as answers)
OWN_DEFAULTS: set = set()

COMMANDS = {"ingest": IngestConfig, "search": RetrieveConfig, "pairs": PairsConfig, "train": TrainConfig,
            "ask": AnswerConfig, "serve": ServeConfig, "abstract": AbstractConfig}


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


@pytest.fixture
def asked(monkeypatch):
    """The AnswerConfig of every `ask` run (the engine is a stand-in that records it)."""
    import chatbot.models.runtime as runtime
    from chatbot.answer.engine import Answer, Event

    seen = []

    class Capture:
        def stream(self, question, history=None, cfg=None):
            seen.append(cfg)
            yield Event("done", answer=Answer(answer="ok", citations=[], model="m", latency_s=0.0))

    monkeypatch.setattr(runtime, "load_engine", lambda ws, **kwargs: Capture())
    return seen


def test_flags_reach_the_config(asked, workspace):
    """`ask` builds its AnswerConfig from its flags: a changed flag arrives as the field's value."""
    from typer.testing import CliRunner

    r = CliRunner().invoke(app, ["ask", "q?", "-w", str(workspace.root), "--k", "2", "--max-passage-chars", "300",
                                 "--min-relevance", "0.5", "--no-summaries", "--no-verify", "--base",
                                 "--max-new-tokens", "40", "--collection", "hr"])
    assert r.exit_code == 0, r.output
    assert asked == [AnswerConfig(k=2, max_passage_chars=300, min_relevance=0.5, summaries=False, verify=False,
                                 use_adapter=False, max_new_tokens=40, collections=("hr",))]


@pytest.mark.parametrize("command,config", COMMANDS.items())
def test_flag_help_is_the_field_help(command, config):
    params = {p.name: p for p in typer.main.get_command(app).commands[command].params}
    for f in dataclasses.fields(config):
        assert f.metadata.get("help"), f"{config.__name__}.{f.name} has no help in its metadata"
        if f.name != "collections":  # ask's --collection is the shared, repeatable option
            assert params[ALIASES.get(f.name, f.name)].help == f.metadata["help"], f.name


def test_invalid_values_are_refused_by_the_dataclass():
    for bad in (lambda: IngestConfig(chunk_overlap=2000), lambda: PairsConfig(generator="gpt"),
                lambda: TrainConfig(lora_layers="top"), lambda: TrainConfig(time_budget="soon"),
                lambda: AnswerConfig(k=0), lambda: ServeConfig(engine="vllm"), lambda: RetrieveConfig(mode="x")):
        with pytest.raises(ValueError):
            bad()


def test_settings_file_sets_defaults_and_flags_still_win(asked, tmp_path):
    from typer.testing import CliRunner

    settings = tmp_path / "domainbot.toml"
    settings.write_text('[ask]\nk = 4\nmax_new_tokens = 33\nuse_adapter = false\n')
    r = CliRunner().invoke(app, ["--config", str(settings), "ask", "q?", "-w", str(tmp_path), "--max-new-tokens", "50"])
    assert r.exit_code == 0, r.output
    assert asked == [AnswerConfig(k=4, max_new_tokens=50, use_adapter=False)]  # file, flag over file, inverted field
    assert "DOMAINBOT_CONFIG" not in os.environ  # the file applies to this run only, not to later ones


def test_settings_file_mistakes_are_one_line_errors(tmp_path):
    from typer.testing import CliRunner

    commands = typer.main.get_command(app).commands
    (tmp_path / "a.toml").write_text("[ingest]\nchunksize = 3\n")
    (tmp_path / "b.toml").write_text("[ingset]\nchunk_size = 3\n")
    (tmp_path / "c.toml").write_text("[ingest\n")
    for name, words in (("a.toml", "no setting 'chunksize'"), ("b.toml", "[ingset] is not a command"),
                        ("c.toml", "not valid TOML"), ("missing.toml", "cannot read")):
        r = CliRunner().invoke(app, ["--config", str(tmp_path / name), "ingest", str(tmp_path)])
        assert r.exit_code == 1 and words in r.output and str(tmp_path / name) in r.output, r.output
        assert "Traceback" not in r.output
    (tmp_path / "d.toml").write_text('[ingest]\nquantize = false\nchunk-size = 800\n[train]\neval = false\n')
    with pytest.raises(Exception, match="no setting 'chunk-size'"):
        read_settings(tmp_path / "d.toml", commands)  # keys are field names, not --flag spellings
    (tmp_path / "d.toml").write_text('[ingest]\nquantize = false\nchunk_size = 800\n[train]\neval = false\n')
    assert read_settings(tmp_path / "d.toml", commands) == {"ingest": {"exact": True, "chunk_size": 800},
                                                            "train": {"run_eval": False}}


def test_one_default_k():
    """Searching, building pairs and answering read the same number of passages unless told otherwise."""
    from core.config import DEFAULT_K, PromptConfig

    search_k = next(p for p in typer.main.get_command(app).commands["search"].params if p.name == "k").default
    assert RetrieveConfig().k == PromptConfig().k == PairsConfig().passages == search_k == DEFAULT_K
    assert AnswerConfig().with_prompt(PromptConfig()).k == DEFAULT_K  # an answer without a trained adapter
