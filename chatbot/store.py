"""The server's SQLite store: hashed API keys and the audit log (workspace/server.db).

One connection guarded by a lock (the API calls it from worker threads); WAL mode so the CLI
(`domainbot keys revoke`) can write while a server reads. Keys are never stored: only the sha256
of a 256-bit random token, so a lookup by hash is enough (no salt or slow hash needed).
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import secrets
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path

from chatbot.config import DomainbotError

KEY_PREFIX = "dbk_"  # lets secret scanners and people recognise a domainbot key
KEY_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
AUDIT_COLUMNS = [
    "id", "ts", "key_name", "question", "answer", "citations", "model",
    "latency_s", "status", "error", "feedback", "feedback_comment", "feedback_ts",
]

SCHEMA = """
CREATE TABLE IF NOT EXISTS keys (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    key_hash    TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);
CREATE TABLE IF NOT EXISTS audit (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    ts               TEXT NOT NULL,
    key_name         TEXT NOT NULL,
    question         TEXT,              -- NULL when the server runs with --no-log-text
    answer           TEXT,              -- NULL when --no-log-text or on error
    citations        TEXT NOT NULL,     -- JSON list: source/page/section/score (+ quote when text is logged)
    model            TEXT NOT NULL,
    latency_s        REAL NOT NULL,
    status           TEXT NOT NULL,     -- ok | error
    error            TEXT,              -- exception type or 'client_disconnected'; never document text
    feedback         INTEGER,           -- 1 (up) | -1 (down) | NULL
    feedback_comment TEXT,
    feedback_ts      TEXT
);
CREATE INDEX IF NOT EXISTS audit_key ON audit(key_name);
"""


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def parse_rating(rating) -> int:
    """'up'/'down'/1/-1 (and +1/'1'/'-1') -> 1 or -1; anything else is a user error."""
    table = {"up": 1, "down": -1, "1": 1, "+1": 1, "-1": -1}
    if isinstance(rating, bool):  # bool is an int subclass: True must not mean "up"
        raise DomainbotError(f"rating must be 'up', 'down', 1 or -1, not {rating!r}")
    if isinstance(rating, int) and rating in (1, -1):
        return rating
    if isinstance(rating, str) and rating.strip().lower() in table:
        return table[rating.strip().lower()]
    raise DomainbotError(f"rating must be 'up', 'down', 1 or -1, not {rating!r}")


class Store:
    """Keys + audit rows in one SQLite file. Safe to share between threads."""

    def __init__(self, db_path: Path | str):
        self.path = Path(db_path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(self.path), timeout=10.0, check_same_thread=False, isolation_level=None)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes, fast commits
            self._conn.execute("PRAGMA busy_timeout=10000")
            self._conn.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as e:
            raise DomainbotError(f"{self.path}: cannot open the server database ({e})")
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # fetch inside the lock: a cursor of the shared connection must not be read while another thread uses it
    def _fetchall(self, sql: str, params=()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def _fetchone(self, sql: str, params=()) -> sqlite3.Row | None:
        with self._lock:
            return self._conn.execute(sql, params).fetchone()

    # ---- keys

    def create_key(self, name: str) -> str:
        """Create (or re-issue a revoked) key called NAME; returns the plaintext key, shown once."""
        if not KEY_NAME_RE.match(name or ""):
            raise DomainbotError(f"key name {name!r}: use 1-64 letters, digits, '_', '.', '@' or '-'")
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        with self._lock:
            row = self._conn.execute("SELECT revoked_at FROM keys WHERE name = ?", (name,)).fetchone()
            if row is not None and row["revoked_at"] is None:
                raise DomainbotError(f"key {name!r} already exists: revoke it first or pick another name")
            if row is None:
                self._conn.execute(
                    "INSERT INTO keys (name, key_hash, created_at) VALUES (?, ?, ?)", (name, hash_key(key), now_iso())
                )
            else:  # re-issue under the same name; the old hash is gone, so the old key stays dead
                self._conn.execute(
                    "UPDATE keys SET key_hash = ?, created_at = ?, revoked_at = NULL WHERE name = ?",
                    (hash_key(key), now_iso(), name),
                )
        return key

    def list_keys(self) -> list[dict]:
        rows = self._fetchall("SELECT name, created_at, revoked_at FROM keys ORDER BY id")
        return [dict(r) for r in rows]

    def has_active_keys(self) -> bool:
        return self._fetchone("SELECT 1 FROM keys WHERE revoked_at IS NULL LIMIT 1") is not None

    def revoke_key(self, name: str) -> None:
        with self._lock:
            row = self._conn.execute("SELECT revoked_at FROM keys WHERE name = ?", (name,)).fetchone()
            if row is None:
                raise DomainbotError(f"no key named {name!r} (see `domainbot keys list`)")
            if row["revoked_at"] is None:
                self._conn.execute("UPDATE keys SET revoked_at = ? WHERE name = ?", (now_iso(), name))

    def verify_key(self, key: str | None) -> str | None:
        """The key's name when it is known and active, else None. Reads the DB every call, so a
        revoke from another process takes effect on the next request."""
        if not key or not key.startswith(KEY_PREFIX) or len(key) > 200:
            return None
        row = self._fetchone("SELECT name FROM keys WHERE key_hash = ? AND revoked_at IS NULL", (hash_key(key),))
        return row["name"] if row else None

    # ---- audit

    def log_audit(
        self,
        key_name: str,
        question: str | None,
        answer: str | None,
        citations: list[dict],
        model: str,
        latency_s: float,
        status: str = "ok",
        error: str | None = None,
    ) -> int:
        """Append one audit row; returns its id (the id clients send back with /v1/feedback)."""
        with self._lock:
            cur = self._conn.execute(
                "INSERT INTO audit (ts, key_name, question, answer, citations, model, latency_s, status, error)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (now_iso(), key_name, question, answer, json.dumps(citations, ensure_ascii=False), model,
                 round(float(latency_s), 4), status, error),
            )
            return int(cur.lastrowid)

    def set_feedback(self, audit_id: int, rating, comment: str | None = None, key_name: str | None = None) -> None:
        """Record up/down feedback on an answer. With key_name, only that key's own rows can be rated."""
        value = parse_rating(rating)
        with self._lock:
            row = self._conn.execute("SELECT key_name FROM audit WHERE id = ?", (int(audit_id),)).fetchone()
            if row is None or (key_name is not None and row["key_name"] != key_name):
                raise DomainbotError(f"no answer with id {audit_id}")
            self._conn.execute(
                "UPDATE audit SET feedback = ?, feedback_comment = ?, feedback_ts = ? WHERE id = ?",
                (value, comment, now_iso(), int(audit_id)),
            )

    def get_audit(self, audit_id: int) -> dict | None:
        row = self._fetchone("SELECT * FROM audit WHERE id = ?", (int(audit_id),))
        return dict(row) if row else None

    def audit_rows(self, after_id: int = 0) -> list[dict]:
        """Rows with id > after_id, oldest first (small reads: tests and bench/load.py)."""
        return [dict(r) for r in self._fetchall("SELECT * FROM audit WHERE id > ? ORDER BY id", (after_id,))]

    def last_audit_id(self) -> int:
        return int(self._fetchone("SELECT COALESCE(MAX(id), 0) FROM audit")[0])

    def export_audit(self, path: Path | str) -> int:
        """Write the whole audit log to PATH (.csv or .jsonl); returns the row count. Streams rows,
        so a large log does not have to fit in memory."""
        path = Path(path)
        kind = path.suffix.lower()
        if kind not in (".csv", ".jsonl"):
            raise DomainbotError(f"{path}: export format is chosen by extension: use .csv or .jsonl")
        # a second connection: export may be slow and must not hold the lock the server uses
        conn = sqlite3.connect(str(self.path), timeout=10.0)
        conn.row_factory = sqlite3.Row
        n = 0
        try:
            with open(path, "w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=AUDIT_COLUMNS) if kind == ".csv" else None
                if writer:
                    writer.writeheader()
                for row in conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit ORDER BY id"):
                    d = dict(row)
                    if writer:
                        writer.writerow(d)  # citations stay a JSON string in CSV
                    else:
                        d["citations"] = json.loads(d["citations"] or "[]")
                        f.write(json.dumps(d, ensure_ascii=False) + "\n")
                    n += 1
        except OSError as e:
            raise DomainbotError(f"{path}: cannot write ({e.strerror})")
        finally:
            conn.close()
        return n
