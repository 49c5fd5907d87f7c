"""Counting what the proving ground must find none of: lost, duplicated and divergent records."""

import json
from collections import Counter
from typing import Any

from sqlalchemy import Engine, select

from tests.helpers.harness import Device
from yjfield.domain.kinds import FACT_KINDS
from yjfield.domain.scope import may_hold, minimise
from yjfield.server.db import records


def server_rows(engine: Engine) -> dict[str, dict[str, Any]]:
    with engine.connect() as conn:
        return {row["id"]: dict(row) for row in conn.execute(
            select(records).where(records.c.kind != "audit")).mappings()}


def lost(acknowledged: set[str], server: dict[str, dict[str, Any]]) -> int:
    """Facts a laptop said were saved that never reached the server."""
    return len(acknowledged - server.keys())


def duplicated(texts: dict[str, str], server: dict[str, dict[str, Any]]) -> int:
    """Server facts whose unique words (`texts`: id -> words) appear more than once in
    facts of one kind. (The same words in another kind are the server's derivation, as
    a reparation reflection becomes the child's words: server/derived.py.)"""
    words = set(texts.values())
    seen = Counter((row["kind"], text) for row in server.values() if row["kind"] in FACT_KINDS
                   for text in _words(json.loads(row["data"])) if text in words)
    return sum(count - 1 for count in seen.values() if count > 1)


def _words(data: dict[str, Any]) -> list[str]:
    return [data[k] for k in ("text", "narrative", "reflection", "words") if data.get(k)]


def divergent(devices: list[Device], server: dict[str, dict[str, Any]],
              children: list[str]) -> list[str]:
    """Names of devices whose records, field values or conflicts differ from the server's."""
    differ = []
    for device in devices:
        role = device.store.identity.role
        for child in children:
            expected = {rid for rid, row in server.items() if row["child_id"] == child
                        and row["kind"] in FACT_KINDS and may_hold(role, row["kind"])}
            held = {row[0] for row in device.store.db.execute(
                "SELECT id FROM facts WHERE child_id = ? AND kind != 'audit'", (child,))}
            entity = device.store.entity("child", child)
            row = server[child]
            same_child = entity.data == minimise(role, "child", json.loads(row["data"]))
            conflicts = {k: v for k, v in json.loads(row["conflicts"]).items()
                         if k in entity.data}
            if held != expected or not same_child or entity.conflicts != conflicts:
                differ.append(device.name)
                break
    return differ
