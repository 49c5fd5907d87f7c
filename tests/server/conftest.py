"""Server tests use the shared database fixtures (SQLite and PostgreSQL)."""

from tests.helpers.databases import database_url, engine

__all__ = ["database_url", "engine"]
