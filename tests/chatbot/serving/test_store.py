"""chatbot/serving/store.py: hashed keys, revocation across connections, audit rows, feedback, export."""
import csv
import json
import sqlite3

import pytest

from chatbot.serving.store import KEY_PREFIX, KeyInfo, Store, hash_key, parse_rating
from core.config import DomainbotError


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "server.db")
    yield s
    s.close()


def test_keys_are_random_hashed_and_verifiable(store, tmp_path):
    id1, k1 = store.create_key("helpdesk")
    id2, k2 = store.create_key("nurses")
    assert k1.startswith(KEY_PREFIX) and len(k1) > 40 and k1 != k2
    assert id1.startswith("key_") and id1 != id2
    assert store.verify_key(k1) == KeyInfo(id1, "helpdesk") and store.verify_key(k2) == KeyInfo(id2, "nurses")
    assert store.verify_key(k1 + "x") is None
    assert store.verify_key("") is None and store.verify_key(None) is None
    # the plaintext key is nowhere in the database file
    raw = (tmp_path / "server.db").read_bytes() + (tmp_path / "server.db-wal").read_bytes()
    assert k1.encode() not in raw and hash_key(k1).encode() in raw
    assert [k["name"] for k in store.list_keys()] == ["helpdesk", "nurses"]
    assert set(store.list_keys()[0]) == {"key_id", "name", "created_at", "revoked_at", "collections"}


def test_duplicate_unknown_and_bad_names(store):
    store.create_key("helpdesk")
    with pytest.raises(DomainbotError, match="already exists"):
        store.create_key("helpdesk")
    with pytest.raises(DomainbotError, match="no active key named"):
        store.revoke_key("nobody")
    with pytest.raises(DomainbotError, match="key name"):
        store.create_key("has space")


def test_revoke_seen_by_another_connection_and_a_new_key_under_the_old_name(store, tmp_path):
    old_id, key = store.create_key("helpdesk")
    other = Store(tmp_path / "server.db")  # like `domainbot keys revoke` in another process
    assert other.revoke_key("helpdesk") == old_id
    assert store.verify_key(key) is None
    new_id, new = store.create_key("helpdesk")  # the name may be used again: a new key with a new id
    assert new_id != old_id and store.verify_key(new) == KeyInfo(new_id, "helpdesk") and store.verify_key(key) is None
    listed = store.list_keys()  # the revoked key is still listed, under its own id
    assert [(k["key_id"], k["name"], bool(k["revoked_at"])) for k in listed] == [
        (old_id, "helpdesk", True), (new_id, "helpdesk", False)]
    assert other.revoke_key(key_id=new_id) == new_id  # by id as well as by name
    with pytest.raises(DomainbotError, match="looks like a key id"):  # never guessed: a name or --id
        other.revoke_key(old_id)
    with pytest.raises(DomainbotError, match="looks like a key id"):
        other.create_key("key_0123456789ab")
    other.close()


def test_an_old_server_db_is_migrated(tmp_path):
    conn = sqlite3.connect(tmp_path / "server.db")
    conn.executescript("""
        CREATE TABLE keys (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE,
                           key_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT);
        CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, key_name TEXT NOT NULL,
            question TEXT, answer TEXT, citations TEXT NOT NULL, model TEXT NOT NULL, latency_s REAL NOT NULL,
            status TEXT NOT NULL, error TEXT, feedback INTEGER, feedback_comment TEXT, feedback_ts TEXT);""")
    conn.execute("INSERT INTO keys (name, key_hash, created_at) VALUES ('helpdesk', ?, '2026-01-01')",
                 (hash_key(KEY_PREFIX + "old"),))
    conn.commit()
    conn.close()
    store = Store(tmp_path / "server.db")
    assert store.verify_key(KEY_PREFIX + "old") == KeyInfo("key_000000000001", "helpdesk")
    store.log_audit("helpdesk", None, None, [], "m", 0.1, key_id="key_000000000001", http_status=200)
    assert store.audit_rows()[0]["http_status"] == 200
    store.close()


def test_audit_feedback_and_ownership(store):
    a = store.log_audit("helpdesk", "q?", "ans [1]", [{"source": "legal/a.pdf", "page": 2}], "m", 0.5, key_id="key_a")
    b = store.log_audit("other", None, None, [], "m", 0.1, status="error", error="RuntimeError", key_id="key_b")
    assert (a, b) == (1, 2) and store.last_audit_id() == 2
    store.set_feedback(a, "down", "wrong clause", key_id="key_a")
    row = store.get_audit(a)
    assert row["feedback"] == -1 and row["feedback_comment"] == "wrong clause" and row["feedback_ts"]
    with pytest.raises(DomainbotError, match="no answer with id"):
        store.set_feedback(a, "up", key_id="key_b")  # not this key's answer
    with pytest.raises(DomainbotError, match="no answer with id"):
        store.set_feedback(99, 1)
    assert [r["id"] for r in store.audit_rows(after_id=1)] == [2]


@pytest.mark.parametrize("value,expected", [("up", 1), ("DOWN", -1), (1, 1), (-1, -1), ("-1", -1)])
def test_parse_rating(value, expected):
    assert parse_rating(value) == expected


@pytest.mark.parametrize("value", [0, 2, True, "meh", None])
def test_parse_rating_rejects(value):
    with pytest.raises(DomainbotError):
        parse_rating(value)


def test_export_csv_and_jsonl(store, tmp_path):
    store.log_audit("helpdesk", "q1", "a1", [{"source": "legal/a.pdf", "page": 2}], "m", 0.5)
    store.log_audit("helpdesk", "q2, with \"quotes\"\nand a newline", "a2", [], "m", 0.2)
    assert store.export_audit(tmp_path / "audit.csv") == 2
    with open(tmp_path / "audit.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows[1]["question"] == "q2, with \"quotes\"\nand a newline"
    assert json.loads(rows[0]["citations"]) == [{"source": "legal/a.pdf", "page": 2}]
    assert store.export_audit(tmp_path / "audit.jsonl") == 2
    lines = [json.loads(x) for x in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert lines[0]["citations"][0]["page"] == 2 and lines[1]["answer"] == "a2"
    with pytest.raises(DomainbotError, match=r"audit\.txt.*\.csv or \.jsonl"):
        store.export_audit(tmp_path / "audit.txt")


def test_wal_mode(store, tmp_path):
    conn = sqlite3.connect(tmp_path / "server.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_unopenable_path_is_a_user_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(DomainbotError, match="cannot open"):
        Store(tmp_path / "file" / "server.db")


def test_server_db_and_exports_are_private_whatever_the_umask(tmp_path):
    import os
    import stat

    old = os.umask(0o000)  # the worst case: everything world-writable by default
    try:
        store = Store(tmp_path / "server.db")
        store.create_key("helpdesk")
        store.log_audit("helpdesk", "q", "a", [], "m", 0.1)
        out = tmp_path / "audit.csv"
        out.write_text("old")
        os.chmod(out, 0o666)  # an earlier export, world-readable: tightened when rewritten
        store.export_audit(out)
        store.export_audit(tmp_path / "audit.jsonl")
        files = [tmp_path / n for n in ("server.db", "server.db-wal", "server.db-shm", "audit.csv", "audit.jsonl")]
        assert {f.name: oct(stat.S_IMODE(f.stat().st_mode)) for f in files} == {f.name: "0o600" for f in files}
        store.close()
        os.chmod(tmp_path / "server.db", 0o644)  # a server.db from before: fixed on open
        Store(tmp_path / "server.db").close()
        assert stat.S_IMODE((tmp_path / "server.db").stat().st_mode) == 0o600
    finally:
        os.umask(old)
