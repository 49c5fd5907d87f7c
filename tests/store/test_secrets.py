"""Secrets go to the OS keyring when there is one, else into the encrypted store."""

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from tests.helpers.processes import ROOT
from yjfield.domain.identity import DeviceIdentity
from yjfield.store.errors import StoreError
from yjfield.store.keys import KdfParams
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
    [(where, kept)] = memory_keyring.items.items()
    assert where == ("yjfield", "device-1:refresh")
    # Sealed under the store's key: what else runs in the session reads nothing usable.
    assert kept.startswith("yjf1:") and "token-1" not in kept
    secrets.delete("refresh")
    assert secrets.get("refresh") is None


@pytest.mark.allow_log_warnings
def test_a_token_in_the_keyring_opens_only_with_its_own_unlocked_store(
        store: Store, memory_keyring: MemoryKeyring, tmp_path: Path,
        identity: DeviceIdentity) -> None:
    SecretStore(store, "device-1").put("refresh", "token-3")
    other = Store.initialise(tmp_path / "other", "another passphrase of words",
                             identity, kdf=KdfParams.fast_for_tests())
    try:
        assert SecretStore(other, "device-1").get("refresh") is None  # another key
    finally:
        other.close()
    store.close()  # locked: the key that opens it is gone
    with pytest.raises(StoreError):
        SecretStore(store, "device-1").get("refresh")


def test_a_token_an_older_version_kept_plain_is_sealed_on_first_use(
        store: Store, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.items[("yjfield", "device-1:refresh")] = "token-4"
    assert SecretStore(store, "device-1").get("refresh") == "token-4"
    assert memory_keyring.items[("yjfield", "device-1:refresh")].startswith("yjf1:")


def test_locking_leaves_no_copy_of_the_database_key_in_memory(tmp_path: Path) -> None:
    """The key (raw and as the hex SQLCipher is given) is searched for in the memory of a
    process that unlocked a store, wrote a note, opened a second connection and locked."""
    done = subprocess.run([sys.executable, "-m", "tests.helpers.memory_probe",
                           str(tmp_path / "probe")], capture_output=True, text=True,
                          timeout=120, check=True, cwd=ROOT)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert (found["key"], found["key_hex"]) == (0, 0), found


def test_without_a_keyring_everything_still_works(store: Store, no_keyring: None) -> None:
    secrets = SecretStore(store, "device-1")
    assert not secrets.uses_keyring
    assert "no keyring" in secrets.describe() and "encrypted" in secrets.describe()
    secrets.put("refresh", "token-2")
    assert secrets.get("refresh") == "token-2"
    assert store.get_secret("refresh") == "token-2"
    secrets.delete("refresh")
    assert secrets.get("refresh") is None
