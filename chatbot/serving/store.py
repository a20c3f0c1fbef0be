"""The server's SQLite store: hashed API keys and the audit log (workspace/server.db).

One connection guarded by a lock (the API calls it from worker threads); WAL mode so the CLI
(`domainbot keys revoke`) can write while a server reads. Keys are never stored: only the sha256
of a 256-bit random token, so a lookup by hash is enough (no salt or slow hash needed).
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from core.config import DomainbotError, check_collection

KEY_PREFIX = "dbk_"  # lets secret scanners and people recognise a domainbot key
KEY_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
KEY_ID_RE = re.compile(r"^key_[0-9a-f]{12}$")  # a name may not look like one: revocation stays unambiguous
PRIVATE = 0o600  # server.db (key hashes, audit) and its exports: the owner only, whatever the umask
AUDIT_COLUMNS = [
    "id", "ts", "endpoint", "key_id", "key_name", "client", "http_status", "reason", "question", "answer",
    "citations", "model", "mode", "refused", "latency_s", "status", "error", "feedback", "feedback_comment",
    "feedback_ts", "feedback_reason",
]

SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    key_id      TEXT PRIMARY KEY,       -- 'key_' + 12 hex: stable, never reused, shown in the audit
    name        TEXT NOT NULL,          -- a label; unique among active keys only
    key_hash    TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT,
    collections TEXT                    -- JSON list of collections the key may search; NULL: all
);
CREATE UNIQUE INDEX IF NOT EXISTS api_keys_active_name ON api_keys(name) WHERE revoked_at IS NULL;
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
# columns added after the first release: (name, SQL type); added to an older server.db on open
AUDIT_ADDED = [("endpoint", "TEXT"), ("key_id", "TEXT"), ("client", "TEXT"), ("http_status", "INTEGER"),
               ("reason", "TEXT"), ("mode", "TEXT"), ("refused", "INTEGER"),
               ("feedback_reason", "TEXT")]  # a thumbs down's why: wrong | wrong_source | not_in_documents | incomplete


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    name: str
    collections: tuple[str, ...] | None = None  # None: every collection


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def create_private(path: Path) -> None:
    """Create `path` (if missing) readable and writable by its owner only, and tighten an existing
    one. SQLite creates the -wal and -shm files with the database file's mode."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE)
    try:
        os.fchmod(fd, PRIVATE)  # umask-independent, and an older world-readable file is fixed too
    finally:
        os.close(fd)
    for extra in ("-wal", "-shm"):
        try:
            os.chmod(f"{path}{extra}", PRIVATE)
        except FileNotFoundError:
            pass


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
            create_private(self.path)
            self._conn = sqlite3.connect(str(self.path), timeout=10.0, check_same_thread=False, isolation_level=None)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes, fast commits
            self._conn.execute("PRAGMA busy_timeout=10000")
            self._conn.executescript(SCHEMA)
            self._migrate()
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

    def _migrate(self) -> None:
        """Bring an older server.db up to date: audit columns added since, and the old `keys` table
        (unique names, re-issued in place) copied into api_keys with an id per key."""
        have = {r["name"] for r in self._conn.execute("PRAGMA table_info(audit)")}
        for name, kind in AUDIT_ADDED:
            if name not in have:
                self._conn.execute(f"ALTER TABLE audit ADD COLUMN {name} {kind}")
        if "collections" not in {r["name"] for r in self._conn.execute("PRAGMA table_info(api_keys)")}:
            self._conn.execute("ALTER TABLE api_keys ADD COLUMN collections TEXT")
        old = self._conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='keys'").fetchone()
        if old is not None:
            for row in self._conn.execute("SELECT id, name, key_hash, created_at, revoked_at FROM keys").fetchall():
                self._conn.execute("INSERT OR IGNORE INTO api_keys (key_id, name, key_hash, created_at, revoked_at)"
                                   " VALUES (?, ?, ?, ?, ?)",
                                   (f"key_{int(row['id']):012x}", row["name"], row["key_hash"], row["created_at"],
                                    row["revoked_at"]))
            self._conn.execute("DROP TABLE keys")

    # ---- keys

    def create_key(self, name: str, collections: list[str] | tuple[str, ...] | None = None) -> tuple[str, str]:
        """A new key labelled NAME: (key id, plaintext key, shown once). A revoked key's name may be
        used again; the new key gets a new id, and the revoked one stays listed under its own.
        collections: what the key may search (None: everything)."""
        if not KEY_NAME_RE.match(name or ""):
            raise DomainbotError(f"key name {name!r}: use 1-64 letters, digits, '_', '.', '@' or '-'")
        if KEY_ID_RE.match(name):
            raise DomainbotError(f"key name {name!r} looks like a key id (key_ + 12 hex digits): pick another name")
        scope = None
        if collections is not None:
            try:
                scope = json.dumps(sorted({check_collection(c) for c in collections}))
            except ValueError as e:
                raise DomainbotError(str(e)) from None
            if scope == "[]":
                raise DomainbotError("a scoped key needs at least one collection")
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        key_id = "key_" + secrets.token_hex(6)
        with self._lock:
            row = self._conn.execute("SELECT key_id FROM api_keys WHERE name = ? AND revoked_at IS NULL",
                                     (name,)).fetchone()
            if row is not None:
                raise DomainbotError(f"key {name!r} already exists ({row['key_id']}): revoke it first or pick another name")
            self._conn.execute("INSERT INTO api_keys (key_id, name, key_hash, created_at, collections)"
                               " VALUES (?, ?, ?, ?, ?)", (key_id, name, hash_key(key), now_iso(), scope))
        return key_id, key

    def list_keys(self) -> list[dict]:
        """Every key, revoked ones included (ids, names and dates; never the keys)."""
        rows = self._fetchall("SELECT key_id, name, created_at, revoked_at, collections FROM api_keys "
                              "ORDER BY rowid")
        return [{**dict(r), "collections": json.loads(r["collections"]) if r["collections"] else None} for r in rows]

    def has_active_keys(self) -> bool:
        return self._fetchone("SELECT 1 FROM api_keys WHERE revoked_at IS NULL LIMIT 1") is not None

    def revoke_key(self, name: str | None = None, *, key_id: str | None = None) -> str:
        """Revoke the active key with this name, or the key with this id (exactly one of the two);
        returns its key id. A name that looks like an id is refused, never guessed at."""
        if (name is None) == (key_id is None):
            raise DomainbotError("give a key's name or its id (--id key_...), not both")
        if name is not None and KEY_ID_RE.match(name):
            raise DomainbotError(f"{name!r} looks like a key id: revoke it with --id {name}")
        with self._lock:
            if key_id is not None:
                row = self._conn.execute("SELECT key_id, revoked_at FROM api_keys WHERE key_id = ?",
                                         (key_id,)).fetchone()
            else:
                row = self._conn.execute("SELECT key_id, revoked_at FROM api_keys WHERE name = ? AND revoked_at IS NULL",
                                         (name,)).fetchone()
            if row is None:
                what = f"key with id {key_id!r}" if key_id is not None else f"active key named {name!r}"
                raise DomainbotError(f"no {what} (see `domainbot keys list`)")
            if row["revoked_at"] is None:
                self._conn.execute("UPDATE api_keys SET revoked_at = ? WHERE key_id = ?", (now_iso(), row["key_id"]))
            return row["key_id"]

    def verify_key(self, key: str | None) -> KeyInfo | None:
        """The key's id and name when it is known and active, else None. Reads the DB every call, so
        a revoke from another process takes effect on the next request."""
        if not key or not key.startswith(KEY_PREFIX) or len(key) > 200:
            return None
        row = self._fetchone("SELECT key_id, name, collections FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL",
                             (hash_key(key),))
        if row is None:
            return None
        scope = tuple(json.loads(row["collections"])) if row["collections"] else None
        return KeyInfo(row["key_id"], row["name"], scope)

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
        *,
        key_id: str | None = None,
        endpoint: str = "/v1/chat/completions",
        client: str | None = None,
        http_status: int | None = None,
        reason: str | None = None,
        mode: str | None = None,
        refused: bool | None = None,
    ) -> int:
        """Append one audit row; returns its id (the id clients send back with /v1/feedback). Every
        request gets one, refused ones (401, 413, 429...) included: status 'rejected' with its reason."""
        with self._lock:
            cur = self._conn.execute(
                "INSERT INTO audit (ts, endpoint, key_id, key_name, client, http_status, reason, question, answer,"
                " citations, model, mode, refused, latency_s, status, error)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (now_iso(), endpoint, key_id, key_name, client, http_status, reason, question, answer,
                 json.dumps(citations, ensure_ascii=False), model, mode, None if refused is None else int(refused),
                 round(float(latency_s), 4), status, error),
            )
            return int(cur.lastrowid)

    def set_feedback(self, audit_id: int, rating, comment: str | None = None, key_id: str | None = None,
                     reason: str | None = None) -> None:
        """Record up/down feedback on an answer (and a thumbs down's reason code). With key_id, only
        that key's own rows can be rated."""
        value = parse_rating(rating)
        with self._lock:
            row = self._conn.execute("SELECT key_id FROM audit WHERE id = ?", (int(audit_id),)).fetchone()
            if row is None or (key_id is not None and row["key_id"] != key_id):
                raise DomainbotError(f"no answer with id {audit_id}")
            self._conn.execute(
                "UPDATE audit SET feedback = ?, feedback_comment = ?, feedback_ts = ?, feedback_reason = ?"
                " WHERE id = ?",
                (value, comment, now_iso(), reason if value == -1 else None, int(audit_id)),
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
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
            os.fchmod(fd, PRIVATE)  # the export holds what the audit holds: owner only, whatever the umask
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
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
