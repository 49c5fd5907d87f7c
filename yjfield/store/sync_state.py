"""What the sync engine keeps in the store: the cursor, the known scope, the outbox's fate."""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from yjfield.domain.identity import DeviceIdentity
from yjfield.store.connection import Database
from yjfield.store.incoming import IncomingEntity, IncomingFact, IncomingPage
from yjfield.store.rows import ApplyResult, EntityRecord, OutboxRecord


@dataclass(frozen=True)
class ConflictRecord:
    """One field in conflict, with every value and who wrote it."""

    kind: str
    record_id: str
    child_id: str | None
    field: str
    displayed: Any
    candidates: tuple[dict[str, Any], ...]


class SyncStateMixin:
    """Sync bookkeeping for Store."""

    db: Database
    identity: DeviceIdentity

    # Provided by the other parts of Store.
    def meta(self, key: str) -> str | None:
        raise NotImplementedError

    def set_meta(self, key: str, value: str) -> None:
        raise NotImplementedError

    # From RecordsMixin; declared, not defined, so the MRO still finds the real ones.
    apply_incoming_facts: Callable[[list[IncomingFact]], ApplyResult]
    apply_incoming_entities: Callable[[list[IncomingEntity]], None]

    def entity(self, kind: str, record_id: str) -> EntityRecord:
        raise NotImplementedError

    def outbox(self, state: str = "pending", limit: int = 1000) -> list[OutboxRecord]:
        raise NotImplementedError

    # -- cursor and scope -------------------------------------------------------

    def cursor(self) -> int:
        return int(self.meta("cursor") or 0)

    def known_scope(self) -> set[str]:
        return set(json.loads(self.meta("scope") or "[]"))

    def set_known_scope(self, children: Iterable[str]) -> None:
        with self.db.atomic():
            self.set_meta("scope", json.dumps(sorted(children)))

    def children_held(self) -> set[str]:
        """Every child this device holds anything about."""
        # Facts run to tens of thousands on a case manager's laptop, for about a hundred
        # children: hop from one child to the next along the (child_id, kind) index
        # rather than read every fact's entry, as this runs at every sync.
        rows = self.db.execute(
            "WITH RECURSIVE held(child_id) AS ("
            " SELECT min(child_id) FROM facts WHERE child_id IS NOT NULL AND kind != 'audit'"
            " UNION ALL SELECT (SELECT min(child_id) FROM facts WHERE child_id > held.child_id"
            " AND kind != 'audit') FROM held WHERE held.child_id IS NOT NULL)"
            " SELECT child_id FROM held WHERE child_id IS NOT NULL"
            " UNION SELECT child_id FROM entities WHERE child_id IS NOT NULL")
        return {row[0] for row in rows}

    def apply_pull_page(self, page: IncomingPage, cursor: int | None,
                        whole: Iterable[str] | None = None) -> ApplyResult:
        """Apply a page from the server (read by incoming.read_page), and move the cursor
        and the children known to be held whole, in one transaction.

        An interrupted sync therefore resumes exactly where it stopped: a page is
        applied with its cursor, and with what it says about which children this
        laptop holds everything of up to that cursor, or not at all.
        """
        with self.db.atomic():
            result = self.apply_incoming_facts(page.facts)
            self.apply_incoming_entities(page.entities)
            if cursor is not None:
                self.set_meta("cursor", str(cursor))
            if whole is not None:
                self.set_known_scope(whole)
        return result

    # -- the outbox's fate ------------------------------------------------------

    def ack_changes(self, acks: list[tuple[str, dict[str, int]]]) -> None:
        """The server has these changes: drop them, taking the field versions it gave.

        Facts (most of a batch) need nothing more than leaving the outbox. A field
        edit also moves its record's versions, and later pending edits of the same
        fields were made on top of it, so their base moves to the version the server
        gave it. A change acknowledged before (a retried sync) is no longer here and
        is passed over.
        """
        with self.db.atomic():
            self.db.executemany("DELETE FROM outbox WHERE change_id = ?",
                                [(change_id,) for change_id, versions in acks if not versions])
            edits = [(change_id, versions) for change_id, versions in acks if versions]
            if edits:
                self._ack_edits(edits)

    def _ack_edits(self, edits: list[tuple[str, dict[str, int]]]) -> None:
        found = {row[0]: (row[1], row[2], json.loads(row[3])) for row in self.db.execute(
            "SELECT change_id, record_id, op, payload FROM outbox"
            " WHERE change_id IN (SELECT value FROM json_each(?))",
            (json.dumps([change_id for change_id, _ in edits]),))}
        self.db.executemany("DELETE FROM outbox WHERE change_id = ?", [(c,) for c in found])
        moved = [(found[change_id], versions) for change_id, versions in edits
                 if change_id in found and found[change_id][1] != "append"]
        ids = json.dumps(sorted({record_id for (record_id, _, _), _ in moved}))
        held = {row[0]: json.loads(row[1]) for row in self.db.execute(
            "SELECT id, versions FROM entities WHERE id IN (SELECT value FROM json_each(?))",
            (ids,))}
        later: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for seq, record_id, payload in self.db.execute(
                "SELECT seq, record_id, payload FROM outbox WHERE state = 'pending'"
                " AND record_id IN (SELECT value FROM json_each(?)) ORDER BY seq", (ids,)):
            later.setdefault(record_id, []).append((seq, json.loads(payload)))
        for (record_id, _, payload), versions in moved:
            if record_id in held:
                for name, version in versions.items():
                    held[record_id][name] = max(held[record_id].get(name, 0), version)
            acked_base = payload.get("base", {})
            for _, later_payload in later.get(record_id, []):
                base = later_payload.get("base", {})
                for name, version in versions.items():
                    if name in base and base[name] == acked_base.get(name):
                        base[name] = version
        self.db.executemany("UPDATE entities SET versions = ? WHERE id = ?",
                            [(json.dumps(versions), record_id)
                             for record_id, versions in held.items()])
        self.db.executemany("UPDATE outbox SET payload = ? WHERE seq = ?",
                            [(json.dumps(payload), seq)
                             for entries in later.values() for seq, payload in entries])

    def set_change_state(self, change_id: str, state: str, code: str | None,
                         reason: str | None) -> None:
        """Keep a change the server refused ('rejected') or kept for a manager ('held')."""
        with self.db.atomic():
            self.db.execute("UPDATE outbox SET state = ?, reason_code = ?, reason = ?"
                            " WHERE change_id = ?", (state, code, reason, change_id))

    def forget_erased_changes(self, child_id: str) -> int:
        """Drop refused changes for a child the service erased: they are theirs to erase too."""
        with self.db.atomic():
            return int(self.db.execute(
                "DELETE FROM outbox WHERE child_id = ? AND state = 'rejected'"
                " AND reason_code = 'erased'", (child_id,)).rowcount)

    def problems(self) -> list[OutboxRecord]:
        """Changes the server refused or holds, with the reason, for the practitioner."""
        return self.outbox("rejected") + self.outbox("held")

    # -- conflicts -------------------------------------------------------------

    def conflicts(self) -> list[ConflictRecord]:
        rows = self.db.execute("SELECT kind, id, child_id, data, conflicts FROM entities"
                               " WHERE conflicts != '{}' ORDER BY kind, id")
        found = []
        for kind, record_id, child_id, data, conflicts in rows:
            values = json.loads(data)
            for name, candidates in sorted(json.loads(conflicts).items()):
                found.append(ConflictRecord(kind, record_id, child_id, name, values.get(name),
                                            tuple(candidates)))
        return found

    def counts_from_server(self) -> dict[str, int]:
        """Records per kind that came from (or reached) the server: local-only ones left out."""
        counts: dict[str, int] = {}
        for table in ("facts", "entities"):
            for kind, count in self.db.execute(
                    f"SELECT kind, count(*) FROM {table} WHERE kind != 'audit' GROUP BY kind"):
                counts[kind] = counts.get(kind, 0) + int(count)
        for kind, count in self.db.execute(
                "SELECT record_kind, count(*) FROM outbox WHERE op IN ('append', 'create')"
                " GROUP BY record_kind"):
            if kind in counts:
                counts[kind] -= int(count)
        return counts

    def counts_by_child(self) -> dict[str, int]:
        """Records held per child that came from (or reached) the server."""
        counts: dict[str, int] = {}
        for table in ("facts", "entities"):
            for child_id, count in self.db.execute(
                    f"SELECT child_id, count(*) FROM {table} WHERE kind != 'audit'"
                    " AND child_id IS NOT NULL GROUP BY child_id"):
                counts[child_id] = counts.get(child_id, 0) + int(count)
        for child_id, count in self.db.execute(
                "SELECT child_id, count(*) FROM outbox WHERE op IN ('append', 'create')"
                " AND record_kind != 'audit' AND child_id IS NOT NULL GROUP BY child_id"):
            if child_id in counts:
                counts[child_id] -= int(count)
        return counts

    def conflict_count(self) -> int:
        return len(self.conflicts())
