"""The chat app's front door. `front_door()` returns only for a visitor who may use the app; for
anyone else it draws a sign-in form and stops the script.

Which door, first match wins:
- OIDC: Streamlit's own `st.login`, when .streamlit/secrets.toml has an [auth] section;
- a shared password for a laptop or a small team: DOMAINBOT_APP_PASSWORD (`domainbot chat
  --password-env VAR` passes VAR's value under that name), compared in constant time;
- in API mode (`chat --api URL`) each user signs in with their own API key (after the two above when
  they are set): it is checked against the server and held in this session only, so the server's key
  scope and audit log follow the person;
- none, only when the app listens on the loopback interface alone (127.0.0.1); bound anywhere else
  without a login the app refuses to start.
"""
from __future__ import annotations

import hmac
import os
import time

import streamlit as st

from core.config import DomainbotError

LOOPBACK = ("127.0.0.1", "localhost", "::1")
PASSWORD_ENV = "DOMAINBOT_APP_PASSWORD"
NO_LOGIN = ("the app listens on {address} without a login: set DOMAINBOT_APP_PASSWORD (or `domainbot chat "
            "--password-env VAR`), configure [auth] in .streamlit/secrets.toml, or bind to 127.0.0.1")


def oidc_configured() -> bool:
    """An [auth] section in .streamlit/secrets.toml (Streamlit's OIDC login)."""
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all: Streamlit raises its own "not found"
        return False


def bind_address() -> str:
    """Where this Streamlit server listens ('' or None from Streamlit means every interface)."""
    return st.get_option("server.address") or "0.0.0.0"


def password_ok(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def front_door(api_url: str | None) -> None:
    """Stop the script (after drawing the sign-in) unless this session is signed in."""
    password = os.environ.get(PASSWORD_ENV, "")
    if oidc_configured():
        if not st.user.is_logged_in:
            _door("Sign in to ask your documents.")
            st.button("Log in", type="primary", on_click=st.login)
            st.stop()
        with st.sidebar:
            st.button("Log out", on_click=st.logout, key="logout")
    elif password:
        if not st.session_state.get("signed_in"):
            password_form(password)
            st.stop()
    elif not api_url and bind_address() not in LOOPBACK:
        st.error(NO_LOGIN.format(address=bind_address()))
        st.stop()
    if api_url and st.session_state.get("api_engine") is None:
        api_key_form(api_url)
        st.stop()


def _door(text: str) -> None:
    st.title("domainbot")
    st.caption(text)


def password_form(expected: str) -> None:
    _door("This app is protected by a password.")
    with st.form("password_form"):
        given = st.text_input("Password", type="password")
        if st.form_submit_button("Sign in", type="primary"):
            if password_ok(given, expected):
                st.session_state.signed_in = True
                st.rerun()
            time.sleep(1)  # slows guessing
            st.error("Wrong password.")


def api_key_form(api_url: str) -> None:
    """Each user's own key for `domainbot serve` (never one key for the whole app): checked against the
    server, then kept in this session's state only."""
    from ui.remote import ApiEngine

    _door(f"Answers come from the API at {api_url}: sign in with your own API key "
          "(an administrator creates one with `domainbot keys create NAME`).")
    with st.form("api_key_form"):
        key = st.text_input("API key", type="password")
        if st.form_submit_button("Sign in", type="primary") and key.strip():
            engine = ApiEngine(api_url, api_key=key.strip())
            try:
                engine.check()
            except DomainbotError as e:
                st.error(str(e).splitlines()[0][:300])
                return
            st.session_state.api_engine = engine
            st.rerun()
