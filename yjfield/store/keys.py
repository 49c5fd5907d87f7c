"""The database key and how the passphrase protects it.

The database is encrypted with a random 256-bit key used as a raw SQLCipher key.
That key is kept only wrapped (AES-256-GCM) under a key derived from the
practitioner's passphrase with Argon2id; the KDF parameters are recorded with
the wrapped key so they can be raised later. Changing the passphrase re-wraps
the key; the database itself is not re-encrypted. The passphrase is never stored.
"""

import base64
import json
import secrets
from pathlib import Path
from typing import Literal

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from yjfield.store.errors import NotAStore, WrongPassphrase
from yjfield.store.files import atomic_write

KEY_BYTES = 32
_AAD = b"yjfield-db-key-v1"


class KdfParams(BaseModel):
    """Argon2id cost settings; the defaults take about 0.2 s on a 2-core laptop."""

    model_config = ConfigDict(frozen=True)

    name: Literal["argon2id"] = "argon2id"
    time_cost: int = Field(default=3, ge=1, le=20)
    memory_kib: int = Field(default=64 * 1024, ge=8, le=4 * 1024 * 1024)
    parallelism: int = Field(default=1, ge=1, le=16)

    @classmethod
    def fast_for_tests(cls) -> "KdfParams":
        """Cheap settings, only for tests and benchmarks that are not about the KDF."""
        return cls(time_cost=1, memory_kib=8)


class KeyFile(BaseModel):
    """What is kept beside the database: no secret is readable without the passphrase."""

    model_config = ConfigDict(frozen=True)

    format: Literal["yjfield-keyfile"] = "yjfield-keyfile"
    version: Literal[1] = 1
    kdf: KdfParams
    salt: str
    cipher: Literal["aes-256-gcm"] = "aes-256-gcm"
    nonce: str
    wrapped_key: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, time_cost=params.time_cost,
        memory_cost=params.memory_kib, parallelism=params.parallelism,
        hash_len=KEY_BYTES, type=Type.ID,
    )


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def wrap(db_key: bytes, passphrase: str, params: KdfParams) -> KeyFile:
    """Protect db_key with the passphrase."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(_derive(passphrase, salt, params)).encrypt(nonce, db_key, _AAD)
    return KeyFile(kdf=params, salt=_b64(salt), nonce=_b64(nonce), wrapped_key=_b64(wrapped))


def unwrap(key_file: KeyFile, passphrase: str) -> bytes:
    """The database key, or WrongPassphrase when the passphrase does not open it."""
    kek = _derive(passphrase, _unb64(key_file.salt), key_file.kdf)
    try:
        return AESGCM(kek).decrypt(_unb64(key_file.nonce), _unb64(key_file.wrapped_key), _AAD)
    except InvalidTag:
        raise WrongPassphrase() from None


def save_key_file(path: Path, key_file: KeyFile) -> None:
    atomic_write(path, key_file.model_dump_json(indent=2).encode("utf-8"))


def load_key_file(path: Path) -> KeyFile:
    """Read the key file; anything unreadable is treated as not ours, and left alone."""
    try:
        raw = json.loads(path.read_bytes())
        key_file = KeyFile.model_validate(raw)
        _unb64(key_file.salt), _unb64(key_file.nonce), _unb64(key_file.wrapped_key)
    except (ValueError, ValidationError, UnicodeDecodeError) as error:
        raise NotAStore(
            "The key file beside this caseload store is not one yjfield can read.",
        ) from error
    return key_file


def sqlcipher_key_pragma(db_key: bytes) -> str:
    """The PRAGMA that hands SQLCipher the raw key (no second KDF inside SQLCipher)."""
    return f"PRAGMA key = \"x'{db_key.hex()}'\""
