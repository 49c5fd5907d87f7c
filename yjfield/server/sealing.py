"""Values the server keeps that must stay secret even in a copy of its database (a
second factor's secret, a token pair kept for a retried refresh): sealed with
AES-256-GCM under a key drawn from the server's secret key, which is never stored."""

import base64
import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from yjfield.server.settings import ServerSettings


def _key(settings: ServerSettings, purpose: str) -> bytes:
    return hashlib.sha256(f"yjfield-{purpose}-v1".encode() + settings.secret_key.encode()
                          ).digest()


def seal(settings: ServerSettings, purpose: str, value: str, bound_to: str) -> str:
    """`value` sealed; it opens only for the same purpose and `bound_to` (a row's id)."""
    nonce = os.urandom(12)
    return base64.b64encode(nonce + AESGCM(_key(settings, purpose)).encrypt(
        nonce, value.encode(), bound_to.encode())).decode()


def unseal(settings: ServerSettings, purpose: str, sealed: str, bound_to: str) -> str | None:
    """The value, or None when it does not open (the server's secret key changed)."""
    raw = base64.b64decode(sealed)
    try:
        return AESGCM(_key(settings, purpose)).decrypt(raw[:12], raw[12:],
                                                       bound_to.encode()).decode()
    except InvalidTag:
        return None
