"""Models: where LLMs load (transformers, CTranslate2, a remote server) and the Runtime that holds them."""
