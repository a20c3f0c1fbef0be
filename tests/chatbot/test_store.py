"""chatbot/store.py: hashed keys, revocation across connections, audit rows, feedback, export."""
import csv
import json
import sqlite3

import pytest

from chatbot.config import DomainbotError
from chatbot.store import KEY_PREFIX, Store, hash_key, parse_rating


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "server.db")
    yield s
    s.close()


def test_keys_are_random_hashed_and_verifiable(store, tmp_path):
    k1 = store.create_key("helpdesk")
    k2 = store.create_key("nurses")
    assert k1.startswith(KEY_PREFIX) and len(k1) > 40 and k1 != k2
    assert store.verify_key(k1) == "helpdesk" and store.verify_key(k2) == "nurses"
    assert store.verify_key(k1 + "x") is None
    assert store.verify_key("") is None and store.verify_key(None) is None
    # the plaintext key is nowhere in the database file
    raw = (tmp_path / "server.db").read_bytes() + (tmp_path / "server.db-wal").read_bytes()
    assert k1.encode() not in raw and hash_key(k1).encode() in raw
    assert [k["name"] for k in store.list_keys()] == ["helpdesk", "nurses"]
    assert set(store.list_keys()[0]) == {"name", "created_at", "revoked_at"}


def test_duplicate_unknown_and_bad_names(store):
    store.create_key("helpdesk")
    with pytest.raises(DomainbotError, match="already exists"):
        store.create_key("helpdesk")
    with pytest.raises(DomainbotError, match="no key named"):
        store.revoke_key("nobody")
    with pytest.raises(DomainbotError, match="key name"):
        store.create_key("has space")


def test_revoke_seen_by_another_connection_and_reissue(store, tmp_path):
    key = store.create_key("helpdesk")
    other = Store(tmp_path / "server.db")  # like `domainbot keys revoke` in another process
    other.revoke_key("helpdesk")
    assert store.verify_key(key) is None
    assert store.list_keys()[0]["revoked_at"]
    new = store.create_key("helpdesk")  # a revoked name can be issued again, with a new key
    assert store.verify_key(new) == "helpdesk" and store.verify_key(key) is None
    other.close()


def test_audit_feedback_and_ownership(store):
    a = store.log_audit("helpdesk", "q?", "ans [1]", [{"source": "legal/a.pdf", "page": 2}], "m", 0.5)
    b = store.log_audit("other", None, None, [], "m", 0.1, status="error", error="RuntimeError")
    assert (a, b) == (1, 2) and store.last_audit_id() == 2
    store.set_feedback(a, "down", "wrong clause", key_name="helpdesk")
    row = store.get_audit(a)
    assert row["feedback"] == -1 and row["feedback_comment"] == "wrong clause" and row["feedback_ts"]
    with pytest.raises(DomainbotError, match="no answer with id"):
        store.set_feedback(a, "up", key_name="other")  # not this key's answer
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
