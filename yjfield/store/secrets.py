"""Secrets the app needs between runs (the sync refresh token).

They go to the OS keyring when there is one, sealed first (AES-256-GCM) under a key
drawn from the store's own key: anything else running in the practitioner's session
can read the keyring, and a refresh token read there would download the caseload
without the passphrase. Sealed, it opens only while the store is unlocked. A
headless Linux box often has no keyring; then secrets are kept inside the encrypted
store instead, and `describe()` says so.
"""

import contextlib
import logging
from typing import Protocol

import keyring
import keyring.backends.fail
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "yjfield"
#: How a sealed value starts (secrets kept plain by older versions do not).
SEALED = "yjf1:"


class SecretUnreadable(Exception):
    """A sealed secret that this store's key does not open (another store's, or changed)."""


class SecretFallback(Protocol):
    def put_secret(self, name: str, value: str) -> None: ...
    def get_secret(self, name: str) -> str | None: ...
    def delete_secret(self, name: str) -> None: ...
    def seal_secret(self, name: str, value: str) -> str: ...
    def open_secret(self, name: str, sealed: str) -> str | None: ...


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
                keyring.set_password(SERVICE, self._key(name),
                                     self._fallback.seal_secret(self._key(name), value))
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
                try:
                    opened = self._fallback.open_secret(self._key(name), value)
                except SecretUnreadable:
                    log.warning("a secret in the keyring could not be opened; ignoring it")
                    return None
                # Unsealed by an older version: read it, and keep it sealed from now on.
                if opened is None:
                    opened = value
                    self.put(name, value)
                return opened
        return self._fallback.get_secret(name)

    def delete(self, name: str) -> None:
        if self.uses_keyring:
            # Nothing stored there is the same as deleted.
            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(SERVICE, self._key(name))
        self._fallback.delete_secret(name)
