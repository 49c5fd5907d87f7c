"""The central server: FastAPI on SQLite or PostgreSQL."""
