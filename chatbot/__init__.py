"""domainbot: models, fine-tuning, answering, API and CLI."""

__version__ = "0.1.0"
