"""Server settings, from the environment (YJFIELD_SERVER_*) and an optional file."""

from pathlib import Path
from typing import Self

import platformdirs
from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SECRET = "insecure-development-secret-change-me"  # noqa: S105 - refused in production


def default_database_url() -> str:
    """The embedded default: a SQLite file in the user data folder (made private by
    make_engine, as every SQLite file the server opens is)."""
    folder = Path(platformdirs.user_data_dir("yjfield", appauthor=False)) / "server"
    return f"sqlite:///{folder / 'server.db'}"


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="YJFIELD_SERVER_", env_file=None,
                                      extra="ignore")

    database_url: str = ""
    #: In production the server refuses to start with the default secret.
    production: bool = False
    #: Keys the hashes under which tokens are stored, so a copied database holds no
    #: usable token.
    secret_key: str = DEFAULT_SECRET
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    max_body_bytes: int = 8 * 1024 * 1024
    login_window_minutes: int = 15
    login_failures_per_account: int = 5
    login_failures_per_address: int = 20
    #: Set by whoever starts this process (the app's embedded server), and told back by
    #: /v1/health, so it can tell its own server from another on the same port.
    instance: str = ""

    @model_validator(mode="after")
    def _safe_in_production(self) -> Self:
        if self.production and (self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32):
            raise ValueError("In production, set YJFIELD_SERVER_SECRET_KEY to a long random "
                             "secret (at least 32 characters); the default is refused.")
        if self.production and not self.database_url.startswith("postgresql"):
            # Not SQLite at all, and never the default file in someone's home folder.
            raise ValueError("In production, the server needs PostgreSQL: set "
                             "YJFIELD_SERVER_DATABASE_URL or --database to a postgresql+psycopg:// "
                             "address.")
        return self

    def resolved_database_url(self) -> str:
        return self.database_url or default_database_url()
