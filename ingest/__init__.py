"""domainbot ingestion: pdf -> pages -> chunks -> index / pairs."""
