"""Secrets go to the OS keyring when there is one, else into the encrypted store."""

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from yjfield.store.secrets import SecretStore
from yjfield.store.store import Store


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A stand-in for the OS keyring (the edge of the system)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_with_a_keyring_secrets_stay_out_of_the_store(store: Store,
                                                      memory_keyring: MemoryKeyring) -> None:
    secrets = SecretStore(store, "device-1")
    assert secrets.uses_keyring and "keyring" in secrets.describe()
    secrets.put("refresh", "token-1")
    assert secrets.get("refresh") == "token-1"
    assert store.get_secret("refresh") is None
    assert memory_keyring.items == {("yjfield", "device-1:refresh"): "token-1"}
    secrets.delete("refresh")
    assert secrets.get("refresh") is None


def test_without_a_keyring_everything_still_works(store: Store, no_keyring: None) -> None:
    secrets = SecretStore(store, "device-1")
    assert not secrets.uses_keyring
    assert "no keyring" in secrets.describe() and "encrypted" in secrets.describe()
    secrets.put("refresh", "token-2")
    assert secrets.get("refresh") == "token-2"
    assert store.get_secret("refresh") == "token-2"
    secrets.delete("refresh")
    assert secrets.get("refresh") is None
