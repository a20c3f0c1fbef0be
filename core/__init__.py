"""The base every layer may use: settings and errors (config), records (schema), text helpers.
It imports nothing from ingest, chatbot or ui (tests/test_layers.py checks the direction)."""
