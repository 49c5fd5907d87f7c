"""The client sync engine: pushes the outbox, pulls by server cursor."""
