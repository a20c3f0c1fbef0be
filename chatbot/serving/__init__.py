"""Serving: the HTTP API, its limits and schemas, the key/audit store and feedback export."""
