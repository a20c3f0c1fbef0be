"""`python -m chatbot.cli ...` (and `accelerate launch -m chatbot.cli train ...`): the `domainbot` command."""
from chatbot.cli import main

main()
