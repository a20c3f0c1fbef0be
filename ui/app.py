"""domainbot chat: a Streamlit app answering from the indexed documents, with citations.

Run it with `domainbot chat` (sets DOMAINBOT_WORKSPACE, and DOMAINBOT_API_URL for --api), or
  DOMAINBOT_WORKSPACE=workspace streamlit run ui/app.py --server.address 127.0.0.1
Who may use it is decided first (ui/login.py): OIDC, a shared password, or nobody but this machine;
in API mode each user then signs in with their own key (`domainbot keys create NAME`):
  domainbot chat --api http://127.0.0.1:8000

The script runs top to bottom on every interaction (Streamlit's model): settings in the sidebar,
replay of this session's messages, then the new question. Models and the index are cached
process-wide in ui/resources.py; the conversation lives in st.session_state.
"""
from __future__ import annotations

import logging
import os
import sys
import uuid
from pathlib import Path

ROOT = str(Path(__file__).resolve().parent.parent)
if ROOT not in sys.path:  # `streamlit run ui/app.py` puts ui/ on sys.path, not the repo root
    sys.path.insert(0, ROOT)

import streamlit as st  # noqa: E402

from core.config import DEFAULT_COLLECTION, AnswerConfig, DomainbotError, ServeConfig, Workspace, env_flag  # noqa: E402
from ui import resources  # noqa: E402
from chatbot.answer.images import IMAGE_TYPES, check_image, question_with_image  # noqa: E402
from chatbot.serving.feedback import REASONS  # noqa: E402
from ui.feedback import RATINGS, feedback_record, save_feedback, send_feedback  # noqa: E402
from ui.login import front_door  # noqa: E402
from ui.render import CSS, show_abstract, show_citations, show_mode, show_text  # noqa: E402

log = logging.getLogger("domainbot.ui")

INGEST_HINT = "No documents indexed yet. Run `domainbot ingest FOLDER` first, or upload PDFs in the sidebar."
MAX_K = 8
REASON_OF_LABEL = {label: code for code, label in REASONS.items()}  # the thumbs-down choices
MAX_HISTORY = 10  # messages sent back for follow-ups (the API refuses more than 50)


def one_line(e: Exception) -> str:
    """A user-facing one-line message: never a traceback."""
    text = str(e).strip()
    first = text.splitlines()[0][:300] if text else ""
    if isinstance(e, DomainbotError):
        return first or "something went wrong"
    return f"{type(e).__name__}: {first}" if first else type(e).__name__


# ---------------------------------------------------------------- sidebar


def sidebar(ws: Workspace, view: resources.IndexView | None, api_url: str | None) -> AnswerConfig:
    """Workspace facts, model switch, retrieval/generation knobs, uploads. Returns the answer settings."""
    with st.sidebar:
        st.title("domainbot")
        st.caption("Workspace")
        st.code(str(ws.root), language=None, wrap_lines=True)
        if api_url:
            st.caption(f"Answers come from the API at `{api_url}`.")
            if st.button("Sign out of the API", key="api_sign_out"):
                st.session_state.api_engine = None
                st.rerun()
        if view is not None:
            docs_col, chunks_col = st.columns(2)
            docs_col.metric("Documents", view.documents)
            chunks_col.metric("Chunks", view.chunks)
            st.caption(f"Index built {view.built_at}")
        elif not api_url:
            st.caption("No index yet.")

        st.subheader("Model")
        adapter_ok = bool(api_url) or resources.has_adapter(ws)
        if adapter_ok and st.session_state.get("adapter_seen") is False:
            st.session_state.use_adapter = True  # the background training just finished: switch to it
            st.session_state.adapter_note = True
        st.session_state.adapter_seen = adapter_ok
        if st.session_state.pop("adapter_note", False):
            st.success("The fine-tuned adapter is ready: new answers use it.")
        use_adapter = st.toggle(
            "Fine-tuned (LoRA adapter)",
            value=adapter_ok,
            key="use_adapter",
            disabled=not adapter_ok,
            help="Off: answer with the base model, to compare.",
        )
        if not api_url and (resources.training_status(ws) or env_flag("DOMAINBOT_TRAINING")):
            # a fragment that reruns every 10 s only while a training run is under way or announced
            # (`chat --train`): a periodic rerun can swallow a click made at the same moment
            training_progress(ws, adapter_ok)
        if not adapter_ok and not resources.training_status(ws):
            st.caption("No fine-tuned adapter yet: answering with the base model. Train one with `domainbot train`.")

        st.subheader("Answering")
        k = st.slider(
            "Passages (k)", 1, MAX_K, min(MAX_K, resources.trained_k(ws)), key="k", disabled=bool(api_url),
            help="Passages retrieved and shown to the model." + (" The API server chooses this." if api_url else ""),
        )
        temperature = st.slider(
            "Temperature", 0.0, 1.0, AnswerConfig.temperature, step=0.05, key="temperature", help="0 = deterministic."
        )

        scope = tuple(c for c in os.environ.get("DOMAINBOT_COLLECTIONS", "").split(",") if c)  # `chat --collection`
        if not api_url:
            upload_box(ws, scope)
        if st.button("Clear conversation", width="stretch"):
            st.session_state.messages = []
            st.rerun()
    return AnswerConfig(k=k, temperature=temperature, use_adapter=use_adapter and adapter_ok,
                        collections=scope or None)


def export_box(messages: list[dict]) -> None:
    """Download the conversation with its citations and verification notes (ui/export.py)."""
    if not any(m.get("role") == "assistant" for m in messages):
        return
    from ui.export import conversation_markdown, conversation_pdf

    st.subheader("Export")
    md_col, pdf_col = st.columns(2)
    md_col.download_button("Markdown", conversation_markdown(messages), file_name="domainbot-conversation.md",
                           mime="text/markdown", key="export_md", width="stretch", on_click="ignore")
    pdf_col.download_button("PDF", lambda: conversation_pdf(messages), file_name="domainbot-conversation.pdf",
                            mime="application/pdf", key="export_pdf", width="stretch", on_click="ignore")


@st.fragment(run_every=10)
def training_progress(ws: Workspace, adapter_ok: bool) -> None:
    """While `domainbot train` runs (e.g. started by `domainbot chat --train`): step, ETA and loss,
    refreshed every 10 s; when the adapter lands the whole app reruns and switches to it."""
    status = resources.training_status(ws)
    if not status:
        return
    state = status.get("status")
    if state == "training":
        step, total = status.get("step", 0), max(status.get("max_steps", 0), 1)
        eta = status.get("eta_s")
        loss = status.get("loss")
        st.progress(min(step / total, 1.0), text=f"Fine-tuning in the background: step {step}/{total}"
                    + (f", about {eta / 60:.0f} min left" if eta is not None else "")
                    + (f", loss {loss:.3f}" if loss is not None else ""))
        st.caption("Answers use the base model until the adapter is ready.")
    elif state == "starting":
        st.caption(f"Fine-tuning in the background: preparing ({status.get('stage') or 'loading the model'}) ...")
    elif state == "done" and not adapter_ok and resources.has_adapter(ws):
        st.rerun()  # the adapter landed since this page was drawn
    elif state in ("failed", "interrupted"):
        st.caption(f"Background fine-tuning {state}" + (f" ({status['error']})" if status.get("error") else "")
                   + ": answering with the base model.")


def upload_box(ws: Workspace, scope: tuple[str, ...]) -> None:
    st.subheader("Add documents")
    note = st.session_state.pop("ingest_note", None)
    if note:
        (st.success if note[0] == "ok" else st.warning)(note[1])
    # uploads go where `chat --collection` points (a choice when it names several), else to "default"
    collection = st.selectbox("Collection", scope, key="upload_collection") if len(scope) > 1 else \
        (scope[0] if scope else DEFAULT_COLLECTION)
    files = st.file_uploader(
        "PDFs", type="pdf", accept_multiple_files=True, key=f"uploads_{st.session_state.upload_round}",
        help=f"Indexed into collection {collection!r} with this workspace's settings.",
    )
    if files and st.button(f"Index {len(files)} PDF{'s' if len(files) > 1 else ''}", type="primary", width="stretch"):
        ingest_uploads(ws, files, collection)


def ingest_uploads(ws: Workspace, files, collection: str) -> None:
    """Save uploads to workspace/uploads/<collection>/ under unique names and ingest that folder with
    the workspace's settings (ui/uploads.py); then drop cached engines."""
    from ingest.pipeline import run_ingest
    from ui.uploads import store_upload, upload_config, upload_folder

    folder = upload_folder(ws, collection)
    with st.status(f"Indexing {len(files)} PDF(s)…", expanded=True) as status:
        bar = st.progress(0.0, text="Saving uploads")
        try:
            cfg = upload_config(ws, collection, redact=env_flag("DOMAINBOT_REDACT"))  # `chat --redact`
            for i, f in enumerate(files, 1):
                store_upload(folder, f.name, f.getvalue())
                bar.progress(0.2 * i / len(files), text=f"Saved {i}/{len(files)}")
            bar.progress(0.25, text="Reading, chunking and embedding…")
            report = run_ingest([folder], ws, cfg, progress=False)
        except Exception as e:  # a bad upload must not kill the app
            log.error("upload ingest failed: %s", type(e).__name__)
            status.update(label="Indexing failed", state="error")
            st.error(one_line(e))
            return
        bar.progress(1.0, text="Done")
        for fr in report.files:
            reason = f" — {fr.reason}" if fr.reason else ""
            st.write(f"`{fr.source}`: {fr.status}{reason}")
        problems = report.problems
        status.update(
            label=f"Indexed {len(report.indexed)} file(s), {len(problems)} problem(s)",
            state="error" if problems and not report.indexed else "complete",
        )
    summary = f"Indexed {len(report.indexed)} file(s); the index now has {report.total_chunks} chunks."
    if problems:
        summary += " Problems: " + "; ".join(f"{p.source}: {p.reason or p.status}" for p in problems[:5])
    st.session_state.ingest_note = ("warn" if problems else "ok", summary)
    st.session_state.upload_round += 1  # a fresh uploader, so the same files are not offered again
    st.rerun()


# ---------------------------------------------------------------- feedback


def record_feedback(msg: dict, ws_root: str, api_url: str | None) -> None:
    """on_change of the thumbs and the comment box: store the current rating + comment."""
    rating = st.session_state.get(f"fb_{msg['id']}")
    if rating is None:
        return
    comment = (st.session_state.get(f"fbc_{msg['id']}") or "").strip()
    label = st.session_state.get(f"fbr_{msg['id']}") if RATINGS[rating] == "down" else None
    reason = REASON_OF_LABEL.get(label, "")
    answer = msg["answer"]
    try:
        if api_url:
            audit_id = getattr(answer, "audit_id", None)
            if audit_id is None:
                raise DomainbotError("feedback not sent: the server gave no id for this answer")
            engine = st.session_state.get("api_engine")  # this user's own key, never the app's
            send_feedback(api_url, engine.api_key if engine else "", audit_id, RATINGS[rating], comment, reason)
        else:
            log_text = env_flag("DOMAINBOT_LOG_TEXT")  # `domainbot chat --log-text`
            save_feedback(
                Workspace(ws_root).feedback_file,
                feedback_record(msg["id"], msg["question"], answer, RATINGS[rating], comment, log_text=log_text,
                                reason=reason),
            )
        msg["feedback_error"] = ""
    except (DomainbotError, OSError) as e:
        msg["feedback_error"] = one_line(e)


def feedback_row(msg: dict, ws: Workspace, api_url: str | None) -> None:
    answer = msg["answer"]
    rate_col, info_col = st.columns([1, 4], vertical_alignment="center")
    with rate_col:
        st.feedback("thumbs", key=f"fb_{msg['id']}", on_change=record_feedback, args=(msg, str(ws.root), api_url))
    with info_col:
        st.caption(model_note(answer, msg.get("asked_tuned", False)))
    rating = st.session_state.get(f"fb_{msg['id']}")
    if rating is not None and RATINGS[rating] == "down":
        # why it was wrong: `domainbot feedback export` turns these into evaluation questions
        st.radio("What was wrong?", list(REASON_OF_LABEL), index=None, key=f"fbr_{msg['id']}", horizontal=True,
                 on_change=record_feedback, args=(msg, str(ws.root), api_url))
    if rating is not None:
        st.text_input(
            "Comment (optional)",
            key=f"fbc_{msg['id']}",
            placeholder="Optional comment: what was wrong or missing? (Enter to send)",
            label_visibility="collapsed",
            on_change=record_feedback,
            args=(msg, str(ws.root), api_url),
        )
        if msg.get("feedback_error"):
            st.error(msg["feedback_error"])
        else:
            st.caption("Thanks, feedback saved.")


def model_note(answer, asked_tuned: bool) -> str:
    note = f"{answer.model or 'model'} · {answer.latency_s:.1f} s"
    if asked_tuned and answer.model and "+" not in answer.model:
        note += " · adapter not loaded, base model used"
    return note


# ---------------------------------------------------------------- chat


def show_assistant(msg: dict, view, ws: Workspace, api_url: str | None) -> None:
    if msg.get("error"):
        st.error(msg["error"])
        return
    answer = msg["answer"]
    show_abstract(answer) or show_text(msg["content"])
    show_mode(answer)
    show_citations(answer, view, key=msg["id"])
    feedback_row(msg, ws, api_url)


def engine_history(messages: list[dict], max_messages: int = MAX_HISTORY) -> list[dict]:
    """Earlier turns for follow-ups (failed turns left out; the prompt only uses the last few)."""
    turns = [{"role": m["role"], "content": m["content"]} for m in messages if not m.get("error")]
    return turns[-max_messages:]


def show_question(msg: dict) -> None:
    show_text(msg["content"])
    for image in msg.get("images", ()):
        st.image(image, width=320)


def question_images(files) -> list[bytes]:
    """The images attached to the chat input, checked against the API's limits (one-line errors)."""
    images = [f.getvalue() for f in files or ()]
    if len(images) > ServeConfig.max_images:
        raise DomainbotError(f"{len(images)} images; the limit is {ServeConfig.max_images} per question")
    for n, image in enumerate(images, 1):
        try:
            check_image(image, ServeConfig.max_image_bytes, ServeConfig.max_image_pixels)
        except DomainbotError as e:
            raise DomainbotError(f"image {n}: {e}" if len(images) > 1 else str(e)) from None
    return images


def ask(question: str, ws: Workspace, view, cfg: AnswerConfig, api_url: str | None, images: list[bytes] = ()) -> None:
    """Answer `question` (with its images: their text joins the question, chatbot/answer/images.py;
    in API mode the server reads them) and keep both turns in the session."""
    messages = st.session_state.messages
    history = engine_history(messages)
    messages.append({"role": "user", "content": question, **({"images": list(images)} if images else {})})
    with st.chat_message("user"):
        show_question(messages[-1])
    msg = {"role": "assistant", "id": uuid.uuid4().hex[:12], "question": question, "asked_tuned": cfg.use_adapter}
    with st.chat_message("assistant"):
        try:
            with st.spinner("Loading the models…"):
                engine = st.session_state.api_engine if api_url else resources.get_engine(ws)
            final: dict = {}
            shown = st.empty()  # redrawn as each verified sentence arrives, always as plain text
            text = ""
            if api_url:
                events = engine.stream(question, history, cfg, images=images)
            else:
                if images:
                    with st.spinner("Reading the image…"):
                        question = question_with_image(question, images, resources.get_vision())
                events = engine.stream(question, history, cfg)
            for event in events:
                if event.kind == "token":
                    text += event.text
                    show_text(text, shown)
                elif event.kind == "done":
                    final["answer"] = event.answer
            if "answer" not in final:
                raise DomainbotError("the answer stream ended early")
        except Exception as e:
            log.error("answer failed: %s", type(e).__name__)
            msg.update(content="", error=one_line(e))
            messages.append(msg)
            st.error(msg["error"])
            return
        answer = final["answer"]
        show_text(answer.answer or "", shown)
        msg.update(content=answer.answer or "", answer=answer)
        messages.append(msg)
        show_abstract(answer)
        show_mode(answer)
        show_citations(answer, view, key=msg["id"])
        feedback_row(msg, ws, api_url)


def main() -> None:
    st.set_page_config(page_title="domainbot", page_icon="📚", layout="centered")
    st.html(CSS)
    ws = Workspace(os.environ.get("DOMAINBOT_WORKSPACE", "workspace"))
    api_url = os.environ.get("DOMAINBOT_API_URL") or None
    front_door(api_url)  # stops here until this session is signed in
    st.session_state.setdefault("messages", [])
    st.session_state.setdefault("upload_round", 0)

    view = None
    index_dir = ws.index_dir()
    if index_dir is not None:
        try:
            view = resources.load_index_view(str(index_dir))
        except DomainbotError as e:
            st.error(one_line(e))
    cfg = sidebar(ws, view, api_url)

    st.title("Ask your documents")
    st.caption("Answers come only from the indexed documents: every sentence shown is checked against the passage "
               "it cites, which is highlighted on its source page. What cannot be checked is not shown.")
    ready = view is not None or bool(api_url)
    if not ready:
        st.info(INGEST_HINT)
        st.code("domainbot ingest FOLDER", language="bash")

    for msg in st.session_state.messages:
        with st.chat_message(msg["role"]):
            if msg["role"] == "user":
                show_question(msg)
            else:
                show_assistant(msg, view, ws, api_url)

    # an image may come with the question (a photographed label, a screenshot): its text is read
    asked = st.chat_input("Ask a question about your documents (you may attach an image)", disabled=not ready,
                          max_chars=ServeConfig.max_question_chars,  # same cap as the API
                          accept_file="multiple", file_type=list(IMAGE_TYPES))
    if asked and (asked.text.strip() or asked.files):
        try:
            images = question_images(asked.files)
        except DomainbotError as e:
            st.error(one_line(e))
        else:
            ask(asked.text.strip(), ws, view, cfg, api_url, images)
    with st.sidebar:  # last: it holds the answer just given
        export_box(st.session_state.messages)


main()
