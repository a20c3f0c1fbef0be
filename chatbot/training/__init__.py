"""Training: synthetic pairs, the LoRA fine-tune, its evaluation and the optional reader model."""
