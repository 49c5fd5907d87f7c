"""Run alone (python -m tests.helpers.memory_probe FOLDER): unlock a store, write a note,
lock, then search this process's own memory for the key and the note; prints JSON.

A separate process, so that nothing the test runner holds is counted, and so that it
starts with the memory settings the app's launcher uses (yjfield/app/hardening.py).
"""

import gc
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from yjfield.domain.child import Child
from yjfield.domain.codes import Role
from yjfield.domain.contact import CaseEntry
from yjfield.domain.identity import DeviceIdentity
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store

PASSPHRASE = "orange kettle seventeen lighthouse"


def _regions() -> list[tuple[int, int]]:
    found = []
    for line in Path("/proc/self/maps").read_text().splitlines():
        parts = line.split()
        span, perms = parts[0], parts[1]
        name = parts[5] if len(parts) > 5 else ""
        if "r" not in perms or name in ("[vvar]", "[vsyscall]", "[vdso]"):
            continue
        if name.startswith("/"):
            continue  # the program and libraries as mapped from disk
        start, end = (int(x, 16) for x in span.split("-"))
        found.append((start, end))
    return found


def occurrences(patterns: dict[str, bytearray]) -> dict[str, int]:
    """How often each pattern is in memory, not counting the patterns themselves.

    The search reads into one buffer and looks with bytearray.find, so it makes no
    copy of what it looks for or finds.
    """
    own = [(_address(p), _address(p) + len(p)) for p in patterns.values()]
    counts = dict.fromkeys(patterns, 0)
    chunk = 1 << 20
    buffer = bytearray(chunk + 128)
    buffer_at = _address(buffer)
    own.append((buffer_at, buffer_at + len(buffer)))
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        for start, end in _regions():
            at = start
            while at < end:
                size = min(chunk + 128, end - at)
                try:
                    mem.seek(at)
                    got = mem.readinto(memoryview(buffer)[:size])
                except OSError:
                    break
                for name, pattern in patterns.items():
                    hit = buffer.find(pattern, 0, got)
                    while hit != -1:
                        if hit < chunk and not _inside_any(at + hit, own):
                            counts[name] += 1
                        hit = buffer.find(pattern, hit + 1, got)
                at += chunk
    return counts


def _address(buffer: bytearray) -> int:
    import ctypes
    return ctypes.addressof((ctypes.c_char * len(buffer)).from_buffer(buffer))


def _inside_any(address: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= address < b for a, b in spans)


def main(folder: Path) -> None:
    identity = DeviceIdentity(user_id="user-probe", username="probe", display_name="Probe",
                              role=Role.CASE_MANAGER, device_id="device-probe",
                              service_id="service-probe")
    store = Store.initialise(folder, PASSPHRASE, identity, kdf=KdfParams.fast_for_tests())
    store.close()
    store = Store.unlock(folder, PASSPHRASE)
    assert store._db_key is not None
    key = bytearray(store._db_key)
    hexed = bytearray(len(key) * 2)
    for i, byte in enumerate(key):
        hexed[2 * i:2 * i + 2] = b"%02x" % byte
    # The note is made at run time, so no constant in this file holds it.
    note = bytearray(b"-".join(w.encode() for w in ("Quokka", "marmalade", "Vesuvius", "41")))
    child = store.create(Child(given_name="Probe", family_name="Child",
                               date_of_birth=datetime(2010, 1, 1).date()))
    store.add_fact(CaseEntry(child_id=child.id, at=datetime.now(UTC), text=note.decode()))
    sync_copy = store.second_connection()
    sync_copy.close()
    store.close()
    del store, sync_copy, child
    gc.collect()
    print(json.dumps(occurrences({"key": key, "key_hex": hexed, "note": note})))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
