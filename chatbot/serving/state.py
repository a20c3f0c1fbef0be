"""What the API's requests share: the workspace, settings, key store, limits and the answer engine
(loaded in a background thread, reloaded when a new index or adapter appears)."""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from chatbot.serving.limits import Admission, RateLimiter, WarnEvery
from chatbot.serving.store import Store
from core.config import DomainbotError, ServeConfig, Workspace

log = logging.getLogger("domainbot.api")

MAX_PENDING = 32  # chat requests admitted at once (generating + waiting for the model); more -> 503
RELOAD_CHECK_S = 2.0  # how often a request may start a background check for a new index or adapter
NOT_LOADED = "the model or index failed to load (see the server log)"  # what clients hear; details: the log


@dataclass
class ServerState:
    ws: Workspace
    cfg: ServeConfig
    store: Store
    limiter: RateLimiter
    admission: Admission
    engine: Any = None  # chatbot.answer.engine.Engine (or anything with answer()/stream(), retriever, generator)
    runtime: Any = None  # chatbot.models.runtime.Runtime: reloads the engine when the index or adapter changes
    engine_error: str | None = None  # why loading failed: logged; clients are told NOT_LOADED only
    vision: Any = None  # chatbot.models.vision.VisionClient when --vision-base-url is set: describes question images
    pool: ThreadPoolExecutor | None = None  # engine calls; one thread per admitted request
    loader: threading.Thread | None = None
    reloader: threading.Thread | None = None  # the background check for a new index or adapter
    reload_every_s: float = RELOAD_CHECK_S
    last_check: float = float("-inf")
    unauthenticated: WarnEvery = field(default_factory=WarnEvery)  # counted, never audited one by one
    started: float = field(default_factory=time.time)

    @classmethod
    def open(cls, ws: Workspace, cfg: ServeConfig, engine=None, max_pending: int = MAX_PENDING,
             max_per_key: int | None = None) -> "ServerState":
        from chatbot.models.vision import VisionClient

        vision = VisionClient.from_settings(cfg.vision_base_url, cfg.vision_model, cfg.vision_api_key_env,
                                            cfg.vision_timeout_s)
        return cls(ws=ws, cfg=cfg, store=Store(ws.server_db), engine=engine, vision=vision,
                   limiter=RateLimiter(cfg.rate_limit_per_minute), admission=Admission(max_pending, max_per_key))

    def executor(self) -> ThreadPoolExecutor:
        if self.pool is None:
            self.pool = ThreadPoolExecutor(max_workers=self.admission.limit, thread_name_prefix="domainbot-engine")
        return self.pool

    def current_engine(self):
        """The loaded engine, at once. A new index or a retrained adapter (an ingest or a training run
        while the server runs) is picked up by a check in a background thread, started here at most
        every reload_every_s: the request never waits for a reload, and if one fails, the loaded engine
        keeps answering."""
        now = time.monotonic()
        if (self.runtime is not None and self.engine is not None and now - self.last_check >= self.reload_every_s
                and (self.reloader is None or not self.reloader.is_alive())):
            self.last_check = now
            self.reloader = threading.Thread(target=self._reload, name="domainbot-reload", daemon=True)
            self.reloader.start()
        return self.engine

    def _reload(self) -> None:
        try:
            self.engine = self.runtime.engine()  # cheap when nothing changed on disk
        except Exception as e:  # noqa: BLE001 - logged; answers go on with what is loaded
            # the message may name a document: only with text logging on
            log.error("reload failed, answering with the loaded engine: %s%s", type(e).__name__,
                      f": {e}" if self.cfg.log_text else "")

    def has_adapter(self) -> bool:
        """Whether "domainbot" is the tuned model: the loaded generator says; before it is loaded, the
        workspace's adapter folder."""
        if self.engine is None:
            return self.ws.adapter_dir(self.cfg.adapter).is_dir()
        return bool(self.engine.generator.has_adapter)

    def base_model_name(self) -> str | None:
        return None if self.engine is None else self.engine.generator.model_name(False)

    def load_in_background(self) -> None:
        """Load retriever + model off the event loop so /health answers at once and /ready says when."""
        self.loader = threading.Thread(target=self._load, name="domainbot-load-engine", daemon=True)
        self.loader.start()

    def _load(self) -> None:
        t0 = time.perf_counter()
        try:
            from chatbot.models.runtime import Runtime

            runtime = Runtime(self.ws, adapter=self.cfg.adapter, engine_name=self.cfg.engine, llm_url=self.cfg.llm_url)
            self.engine, self.runtime = runtime.engine(), runtime
            log.info("engine ready in %.1f s", time.perf_counter() - t0)
        except DomainbotError as e:
            self.engine_error = str(e)
            log.error("engine failed to load: %s", e)
        except Exception as e:  # noqa: BLE001 - reported through /ready instead of killing the server
            self.engine_error = f"{type(e).__name__}: {e}"
            log.exception("engine failed to load")

    def close(self) -> None:
        # uvicorn's timeout_graceful_shutdown has already let in-flight requests finish
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
