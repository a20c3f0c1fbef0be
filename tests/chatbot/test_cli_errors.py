"""One error path for every command (chatbot/cli/common.py cli_errors): a user mistake is one red
line on stderr and exit code 1, never a traceback; a bug is not dressed up as a user mistake."""
import pytest
import typer
from typer.testing import CliRunner

from chatbot.cli import app
from chatbot.cli.common import cli_errors
from core.config import DomainbotError


@pytest.mark.parametrize("args,words", [
    (["keys", "revoke"], "give the key's name or --id KEY_ID"),
    (["search", "  "], "give a non-empty QUERY"),
    (["ask", "notice?", "--k", "0"], "k must be at least 1"),  # the dataclass refusing a flag (ValueError)
    (["train", "--time-budget", "soon"], "time budget 'soon'"),
    (["feedback", "export", "--out", "{tmp}/missing/dir/q.jsonl"], "missing/dir"),  # OSError, for this command
])
def test_a_user_mistake_is_one_line_and_exit_1(args, words, workspace, tmp_path):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    r = CliRunner().invoke(app, [*args, "-w", str(workspace.root)])
    assert r.exit_code == 1, r.output
    assert r.stderr.startswith("error: ") and r.stderr.count("\n") == 1 and words in r.stderr, r.stderr
    assert "Traceback" not in r.output


def test_the_decorator_keeps_the_signature_and_lets_bugs_through():
    @cli_errors
    def command(name: str = typer.Option("x", help="a flag")):
        """Help text."""
        if name == "bug":
            raise RuntimeError("a bug keeps its traceback")
        raise DomainbotError(f"no such thing: {name}")

    assert command.__doc__ == "Help text." and "name" in command.__wrapped__.__code__.co_varnames
    with pytest.raises(typer.Exit) as exit_:
        command(name="y")
    assert exit_.value.exit_code == 1
    with pytest.raises(RuntimeError):
        command(name="bug")
