"""Training data of the learned models: the project's labels, with references into ../shared (see README.md)."""
