"""The database key and how the passphrase protects it.

The database is encrypted with a random 256-bit key used as a raw SQLCipher key.
That key is kept only wrapped (AES-256-GCM) under a key derived from the
practitioner's passphrase with Argon2id; the KDF parameters are recorded with
the wrapped key so they can be raised later. Changing the passphrase re-wraps
the key; the database itself is not re-encrypted. The passphrase is never stored.
"""

import base64
import ctypes
import json
import secrets
import sys
from pathlib import Path
from typing import Any, Literal

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
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


def wipe(secret: Any) -> None:
    """Overwrite a key's bytes in memory, where Python would only let go of them.

    A bytearray is simply zeroed. Libraries hand keys back as bytes (and SQLCipher
    takes one as text), which Python never changes: their bytes are zeroed in place,
    through ctypes, at the offset CPython keeps them at. Only for objects this module
    made or was handed alone, never shared or interned ones; a locked laptop must not
    leave its key in memory for a dump or a swap file to find.
    """
    if isinstance(secret, bytearray):
        secret[:] = bytes(len(secret))
    elif isinstance(secret, bytes) and secret:
        ctypes.memset(id(secret) + sys.getsizeof(secret) - len(secret) - 1, 0, len(secret))
    elif isinstance(secret, str) and secret and secret.isascii():
        # A compact ASCII string keeps its characters, then a NUL, at its end.
        ctypes.memset(id(secret) + sys.getsizeof(secret) - len(secret) - 1, 0, len(secret))


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, time_cost=params.time_cost,
        memory_cost=params.memory_kib, parallelism=params.parallelism,
        hash_len=KEY_BYTES, type=Type.ID,
    )


def new_database_key() -> bytearray:
    made = secrets.token_bytes(KEY_BYTES)
    key = bytearray(made)
    wipe(made)
    return key


def wrap(db_key: bytearray, passphrase: str, params: KdfParams) -> KeyFile:
    """Protect db_key with the passphrase."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(passphrase, salt, params)
    try:
        wrapped = AESGCM(kek).encrypt(nonce, db_key, _AAD)
    finally:
        wipe(kek)
    return KeyFile(kdf=params, salt=_b64(salt), nonce=_b64(nonce), wrapped_key=_b64(wrapped))


def unwrap(key_file: KeyFile, passphrase: str) -> bytearray:
    """The database key (a buffer to wipe() when locking), or WrongPassphrase."""
    kek = _derive(passphrase, _unb64(key_file.salt), key_file.kdf)
    try:
        opened = AESGCM(kek).decrypt(_unb64(key_file.nonce), _unb64(key_file.wrapped_key), _AAD)
    except InvalidTag:
        raise WrongPassphrase() from None
    finally:
        wipe(kek)
    key = bytearray(opened)
    wipe(opened)
    return key


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


_HEX = b"0123456789abcdef"


def sqlcipher_key_pragma(db_key: bytearray) -> bytearray:
    """The PRAGMA that hands SQLCipher the raw key (no second KDF inside SQLCipher),
    as a buffer the caller wipes once it has been run."""
    head, tail = b"PRAGMA key = \"x'", b"'\""
    statement = bytearray(len(head) + 2 * len(db_key) + len(tail))
    statement[:len(head)] = head
    for i, byte in enumerate(db_key):
        statement[len(head) + 2 * i] = _HEX[byte >> 4]
        statement[len(head) + 2 * i + 1] = _HEX[byte & 15]
    statement[len(head) + 2 * len(db_key):] = tail
    return statement


def secrets_key(db_key: bytearray) -> bytes:
    """The key sealing secrets kept outside the store (wipe it after use)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"yjfield-secrets-v1").derive(db_key)
