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
    without bound (generation is serialised, so a long queue only means long waits). One key may hold
    at most `per_key` of the slots (its fair share), so a single client cannot take them all."""

    def __init__(self, limit: int, per_key: int | None = None):
        self.limit, self.count = limit, 0
        self.per_key = max(1, limit // 4) if per_key is None else per_key
        self._by_key: dict[str, int] = {}
        self._lock = threading.Lock()

    def try_enter(self, key: str = "") -> str | None:
        """Take a slot: None when admitted, else why not ("busy": the server is full; "key_busy": this
        key already holds its share)."""
        with self._lock:
            if self._by_key.get(key, 0) >= self.per_key:
                return "key_busy"
            if self.count >= self.limit:
                return "busy"
            self.count += 1
            self._by_key[key] = self._by_key.get(key, 0) + 1
            return None

    def leave(self, key: str = "") -> None:
        with self._lock:
            self.count -= 1
            left = self._by_key.get(key, 0) - 1
            if left > 0:
                self._by_key[key] = left
            else:
                self._by_key.pop(key, None)

    def held(self, key: str) -> int:
        with self._lock:
            return self._by_key.get(key, 0)


class WarnEvery:
    """A log warning at most once per `every_s` seconds, with how many events it stands for (e.g.
    requests without a valid key: counted in memory, never one audit row each)."""

    def __init__(self, every_s: float = 60.0):
        self.every_s, self.total, self._since_warned, self._last = every_s, 0, 0, float("-inf")
        self._lock = threading.Lock()

    def count(self, now: float | None = None) -> int | None:
        """Count one event; returns the number to report when a warning is due, else None."""
        now = time.monotonic() if now is None else now
        with self._lock:
            self.total += 1
            self._since_warned += 1
            if now - self._last < self.every_s:
                return None
            n, self._since_warned, self._last = self._since_warned, 0, now
            return n
