"""Secrets the app needs between runs (the sync refresh token).

They go to the OS keyring when there is one. A headless Linux box often has
none; then they are kept inside the encrypted store instead, and `describe()`
says so, so the app can tell the practitioner where their secrets are.
"""

import contextlib
import logging
from typing import Protocol

import keyring
import keyring.backends.fail
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "yjfield"


class SecretFallback(Protocol):
    def put_secret(self, name: str, value: str) -> None: ...
    def get_secret(self, name: str) -> str | None: ...
    def delete_secret(self, name: str) -> None: ...


def keyring_available() -> bool:
    """True when a real OS keyring backend is present."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is the same as none
        return False
    return not isinstance(backend, keyring.backends.fail.Keyring) and backend.priority > 0


class SecretStore:
    """The OS keyring, or the encrypted store when the OS has none."""

    def __init__(self, fallback: SecretFallback, namespace: str) -> None:
        self._fallback = fallback
        # Names are per device, so two profiles on one laptop never share a token.
        self._namespace = namespace
        self.uses_keyring = keyring_available()

    def describe(self) -> str:
        if self.uses_keyring:
            return "Sign-in details are kept in this computer's keyring."
        return ("This computer has no keyring, so sign-in details are kept inside the "
                "encrypted caseload store instead.")

    def _key(self, name: str) -> str:
        return f"{self._namespace}:{name}"

    def put(self, name: str, value: str) -> None:
        if self.uses_keyring:
            try:
                keyring.set_password(SERVICE, self._key(name), value)
                return
            except keyring.errors.KeyringError:
                log.warning("keyring refused a secret; keeping it in the encrypted store")
                self.uses_keyring = False
        self._fallback.put_secret(name, value)

    def get(self, name: str) -> str | None:
        if self.uses_keyring:
            try:
                value = keyring.get_password(SERVICE, self._key(name))
            except keyring.errors.KeyringError:
                value = None
            if value is not None:
                return value
        return self._fallback.get_secret(name)

    def delete(self, name: str) -> None:
        if self.uses_keyring:
            # Nothing stored there is the same as deleted.
            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(SERVICE, self._key(name))
        self._fallback.delete_secret(name)
