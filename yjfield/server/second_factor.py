"""Time-based one-time codes (RFC 6238, by pyotp): an optional second factor at sign-in.

An administrator sets one up for a practitioner (`yjfield-server second-factor`),
who adds it to an authenticator app; a service can require it of everyone (its
policy's second_factor_required). The secret is kept sealed under the server's
secret key, and a code is accepted once only.
"""

from datetime import datetime

import pyotp
from sqlalchemy import Connection, select, update

from yjfield.server.db import now_text, second_factors
from yjfield.server.sealing import seal, unseal
from yjfield.server.settings import ServerSettings

ISSUER = "yjfield"
_PURPOSE = "second-factor"


def set_up(conn: Connection, *, settings: ServerSettings, user_id: str, username: str) -> str:
    """A new secret for the user (replacing any); returns the URI for an authenticator app."""
    secret = pyotp.random_base32()
    sealed = seal(settings, _PURPOSE, secret, user_id)
    conn.execute(second_factors.delete().where(second_factors.c.user_id == user_id))
    conn.execute(second_factors.insert().values(user_id=user_id, sealed_secret=sealed,
                                                last_step=0, created_at=now_text()))
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)


def has_one(conn: Connection, user_id: str) -> bool:
    return conn.execute(select(second_factors.c.user_id).where(
        second_factors.c.user_id == user_id)).first() is not None


def accept(conn: Connection, *, settings: ServerSettings, user_id: str, code: str | None,
           now: datetime) -> bool:
    """Whether `code` is the user's current one (or the one either side), never used before."""
    row = conn.execute(select(second_factors).where(second_factors.c.user_id == user_id)
                       .with_for_update()).mappings().first()
    if row is None or not code:
        return False
    secret = unseal(settings, _PURPOSE, row["sealed_secret"], user_id)
    if secret is None:
        return False  # the server's secret key changed: the administrator sets it up again
    totp = pyotp.TOTP(secret)
    step = int(now.timestamp()) // totp.interval
    for candidate in (step, step - 1, step + 1):
        if candidate > row["last_step"] and totp.at(candidate * totp.interval) == code:
            conn.execute(update(second_factors).where(second_factors.c.user_id == user_id)
                         .values(last_step=candidate))
            return True
    return False
