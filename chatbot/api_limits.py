"""The API's protection: a per-key sliding-window rate limit and a bound on requests in flight."""
from __future__ import annotations

import threading
import time
from collections import deque

# ---------------------------------------------------------------- rate limit and admission


class RateLimiter:
    """Sliding window: at most `per_minute` requests per key in any 60 s. 0 disables it."""

    def __init__(self, per_minute: int, window_s: float = 60.0):
        self.per_minute, self.window_s = per_minute, window_s
        self._hits: dict[str, deque] = {}
        self._lock = threading.Lock()

    def retry_after(self, name: str, now: float | None = None) -> float | None:
        """Record a request; None when allowed, else seconds until the oldest one leaves the window."""
        if self.per_minute <= 0:
            return None
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits.setdefault(name, deque())
            while hits and hits[0] <= now - self.window_s:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return hits[0] + self.window_s - now
            hits.append(now)
            return None


class Admission:
    """Counts chat requests in flight; beyond the limit the server answers 503 instead of queueing
    without bound (generation is serialised, so a long queue only means long waits)."""

    def __init__(self, limit: int):
        self.limit, self.count = limit, 0
        self._lock = threading.Lock()

    def try_enter(self) -> bool:
        with self._lock:
            if self.count >= self.limit:
                return False
            self.count += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self.count -= 1
