"""Answering: retrieve passages, read and verify them, write the answer (the bottom of chatbot/)."""
