"""The server schema migrates the same on SQLite and PostgreSQL, and only once."""

from sqlalchemy import Engine, inspect

from yjfield.server.db import MIGRATIONS, applied, migrate


def test_migrations_are_recorded_and_not_repeated(engine: Engine) -> None:
    assert applied(engine) == [name for name, _ in MIGRATIONS]
    assert migrate(engine) == []
    tables = set(inspect(engine).get_table_names())
    assert {"services", "users", "devices", "tokens", "records", "assignments",
            "applied_changes", "held_changes"} <= tables
