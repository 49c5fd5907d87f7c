"""Saving and reading records: every write also queues its change and audits it."""

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, TypeVar

from pydantic import ValidationError

from yjfield.domain.base import Fact, Mutable, without_receipt
from yjfield.domain.child import Child
from yjfield.domain.codes import AuditAction
from yjfield.domain.compliance import AuditEvent
from yjfield.domain.identity import DeviceIdentity
from yjfield.domain.ids import new_id
from yjfield.domain.kinds import record_type
from yjfield.domain.problems import explain
from yjfield.store.connection import Database
from yjfield.store.errors import RecordNotFound, RuleBroken
from yjfield.store.incoming import (
    SEARCHABLE_FIELD,
    IncomingEntity,
    IncomingFact,
    json_text,
    occurred_key,
    read_entity,
    read_fact,
)
from yjfield.store.rows import ApplyResult, EntityRecord, FactRecord, OutboxRecord

M = TypeVar("M", bound=Mutable)


def child_search_name(data: dict[str, Any]) -> str:
    return " ".join(str(data.get(k) or "") for k in ("given_name", "family_name",
                                                     "preferred_name")).strip()


class RecordsMixin:
    """Record reads and writes for Store (kept apart so each file stays readable)."""

    db: Database
    identity: DeviceIdentity
    _child_keys: dict[str, int]

    def now(self) -> datetime:
        raise NotImplementedError

    def _stamp(self) -> str:
        raise NotImplementedError

    # From DraftsMixin; declared, not defined, so the MRO still finds the real one.
    forget_child_in_drafts: Callable[[str], None]

    # -- the outbox and audit, written inside every save ------------------

    def _queue(self, op: str, kind: str, record_id: str, child_id: str | None,
               payload: dict[str, Any], stamp: str) -> None:
        self.db.execute(
            "INSERT INTO outbox (change_id, record_kind, record_id, child_id, op, payload,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (new_id(), kind, record_id, child_id, op, json_text(payload), stamp))

    def _audit(self, action: AuditAction, kind: str, record_id: str, child_id: str | None,
               reason: str | None = None) -> None:
        event = AuditEvent(
            child_id=child_id, at=self.now(), action=action, record_kind=kind,
            record_id=record_id, user_id=self.identity.user_id, reason=reason)
        self._insert_fact(event)

    def _insert_fact(self, fact: Fact) -> Fact:
        """Save a fact made on this device (its author) and queue it for the server.

        Facts from the server take the bulk path in apply_server_facts instead.
        """
        stamp = self._stamp()
        fact = fact.model_copy(update={
            "recorded_by": self.identity.user_id, "device_id": self.identity.device_id,
            "recorded_at": stamp})
        data = fact.to_data()
        cursor = self.db.execute(
            "INSERT INTO facts (id, kind, child_id, occurred_at, recorded_at, corrects, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (fact.id, fact.kind, fact.child_id, occurred_key(fact), stamp, fact.corrects,
             json_text(data)))
        self._index_note(fact, data, int(cursor.lastrowid or 0))
        self._queue("append", fact.kind, fact.id, fact.child_id, {"record": data}, stamp)
        return fact

    # -- the note search index ----------------------------------------------------

    def _child_key(self, child_id: str) -> int:
        """A small integer for the child, carried in the high bits of its notes' index ids."""
        key = self._child_keys.get(child_id)
        if key is None:
            self.db.execute("INSERT OR IGNORE INTO child_keys (child_id) VALUES (?)", (child_id,))
            key = int(self.db.one("SELECT n FROM child_keys WHERE child_id = ?", (child_id,)))
            self._child_keys[child_id] = key
        return key

    def _index_note(self, fact: Fact, data: dict[str, Any], rowid: int) -> None:
        text_field = SEARCHABLE_FIELD.get(fact.kind)
        if not text_field or fact.child_id is None:
            return
        key = self._child_key(fact.child_id) << 32
        if fact.corrects is not None:  # search shows the corrected view only
            self._unindex(fact.child_id, fact.corrects)
        if data.get(text_field):
            self.db.execute("INSERT INTO note_text (rowid, body) VALUES (?, ?)",
                            (key | rowid, data[text_field]))

    def _unindex(self, child_id: str, fact_id: str) -> None:
        original = self.db.one("SELECT rowid FROM facts WHERE id = ?", (fact_id,))
        if original is not None:
            key = self._child_key(child_id) << 32
            self.db.execute("DELETE FROM note_text WHERE rowid = ?", (key | int(original),))

    # -- facts ----------------------------------------------------------------

    def add_fact(self, fact: Fact) -> Fact:
        """Save a new fact; returns it as stored (with author, device and stamp)."""
        return self.add_facts([fact])[0]

    def add_facts(self, facts: Iterable[Fact]) -> list[Fact]:
        """Save several facts in one transaction (a group session): all or none."""
        saved: list[Fact] = []
        with self.db.atomic():
            for fact in facts:
                if fact.corrects is not None:
                    self._check_correctable(fact)
                if self.db.one("SELECT 1 FROM facts WHERE id = ?", (fact.id,)):
                    raise RuleBroken([f"This {fact.noun} has already been saved."])
                # No audit event for its creation: a fact carries its own author,
                # device and time, and the server's audit trail reads them there.
                saved.append(self._insert_fact(fact))
        return saved

    def _check_correctable(self, correction: Fact) -> None:
        original = self.fact(str(correction.corrects))
        if original.fact.kind != correction.kind or original.fact.child_id != correction.child_id:
            raise RuleBroken(["A correction must be the same kind of record, for the same child."])
        if original.is_corrected:
            raise RuleBroken(["This record has already been corrected. Correct the latest "
                              "version instead."])

    def fact(self, fact_id: str) -> FactRecord:
        row = self.db.execute(
            "SELECT f.kind, f.data, (SELECT c.id FROM facts c WHERE c.corrects = f.id"
            " ORDER BY c.recorded_at DESC LIMIT 1) FROM facts f WHERE f.id = ?",
            (fact_id,)).fetchone()
        if row is None:
            raise RecordNotFound()
        return FactRecord(self._parse_fact(row[0], row[1]), row[2])

    @staticmethod
    def _parse_fact(kind: str, data: str) -> Fact:
        fact = record_type(kind).model_validate_json(data)
        assert isinstance(fact, Fact)
        return fact

    def facts(self, child_id: str | None, kind: str, *, include_corrected: bool = False,
              limit: int | None = None) -> list[FactRecord]:
        """A child's facts of one kind, newest first; corrected originals only on request."""
        sql = ("SELECT f.kind, f.data, (SELECT c.id FROM facts c WHERE c.corrects = f.id"
               " LIMIT 1) AS corrected_by FROM facts f WHERE f.kind = ? AND f.child_id IS ?")
        if not include_corrected:
            sql += " AND NOT EXISTS (SELECT 1 FROM facts c WHERE c.corrects = f.id)"
        sql += " ORDER BY f.occurred_at DESC, f.recorded_at DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [FactRecord(self._parse_fact(k, d), c)
                for k, d, c in self.db.execute(sql, (kind, child_id))]

    def corrections_chain(self, fact_id: str) -> list[FactRecord]:
        """The original and every correction after it, oldest first."""
        chain = [self.fact(fact_id)]
        while chain[-1].corrected_by is not None:
            chain.append(self.fact(chain[-1].corrected_by))
        return chain

    # -- mutable records ------------------------------------------------------

    def _validate(self, cls: type[M], data: dict[str, Any]) -> M:
        try:
            return cls.model_validate(data)
        except ValidationError as error:
            raise RuleBroken(explain(error, cls)) from None

    def create(self, record: M) -> M:
        """Save a new mutable record; every field goes to the server from version 0."""
        data = record.to_data()
        with self.db.atomic():
            if self.db.one("SELECT 1 FROM entities WHERE id = ?", (record.id,)):
                raise RuleBroken([f"This {record.noun} has already been saved."])
            stamp = self._stamp()
            self._write_entity(record.kind, record.id, record.child_id, data, {}, {}, stamp)
            fields = {name: data[name] for name in record.editable_fields()}
            self._queue("create", record.kind, record.id, record.child_id,
                        {"fields": fields, "base": {name: 0 for name in fields}}, stamp)
            self._audit(AuditAction.CREATE, record.kind, record.id, record.child_id)
        return record

    def update(self, kind: str, record_id: str, changes: dict[str, Any]) -> Mutable:
        """Change some fields; only the fields that really changed are queued."""
        with self.db.atomic():
            current = self.entity(kind, record_id)
            cls = type(current.record)
            unknown = set(changes) - set(cls.editable_fields())
            if unknown:
                raise RuleBroken([f"{', '.join(sorted(unknown))} cannot be changed here."])
            updated = self._validate(cls, {**current.data, **changes})
            new_data = {**current.data, **updated.to_data()}
            changed = {name: new_data[name] for name in changes
                       if new_data[name] != current.data.get(name)}
            if not changed:
                return current.record
            stamp = self._stamp()
            self._write_entity(kind, record_id, updated.child_id, new_data, current.versions,
                               current.conflicts, stamp)
            op = "archive" if changed.get("archived") is True else "patch"
            # An archive carries every field's version, so an edit it races is a conflict.
            # A patch also says which version of "archived" it saw, so an edit made
            # without seeing an archive brings the record back in conflict.
            based_on = cls.editable_fields() if op == "archive" else [*changed, "archived"]
            base = {name: current.versions.get(name, 0) for name in based_on}
            self._queue(op, kind, record_id, updated.child_id, {"fields": changed, "base": base},
                        stamp)
            self._audit(AuditAction.CHANGE, kind, record_id, updated.child_id)
        return updated

    def resolve(self, kind: str, record_id: str, field: str, value: Any) -> Mutable:
        """Settle a field's conflict with a chosen or merged value (an ordinary synced change)."""
        with self.db.atomic():
            current = self.entity(kind, record_id)
            cls = type(current.record)
            updated = self._validate(cls, {**current.data, field: value})
            new_data = {**current.data, **updated.to_data()}
            conflicts = {k: v for k, v in current.conflicts.items() if k != field}
            stamp = self._stamp()
            self._write_entity(kind, record_id, updated.child_id, new_data, current.versions,
                               conflicts, stamp)
            self._queue("patch", kind, record_id, updated.child_id, {
                "fields": {field: new_data[field]},
                "base": {field: current.versions.get(field, 0),
                         "archived": current.versions.get("archived", 0)},
                "resolves": [field]}, stamp)
            self._audit(AuditAction.CHANGE, kind, record_id, updated.child_id)
        return updated

    def archive(self, kind: str, record_id: str) -> Mutable:
        """Archive (the only delete a mutable record has); it races edits as a conflict."""
        return self.update(kind, record_id, {"archived": True})

    def _write_entity(self, kind: str, record_id: str, child_id: str | None,
                      data: dict[str, Any], versions: dict[str, int],
                      conflicts: dict[str, Any], stamp: str) -> None:
        cursor = self.db.execute(
            "INSERT INTO entities (id, kind, child_id, data, versions, conflicts, archived,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " child_id = excluded.child_id, data = excluded.data, versions = excluded.versions,"
            " conflicts = excluded.conflicts, archived = excluded.archived,"
            " updated_at = excluded.updated_at RETURNING rowid",
            (record_id, kind, child_id, json_text(data), json_text(versions), json_text(conflicts),
             int(bool(data.get("archived"))), stamp))
        rowid = cursor.fetchone()[0]
        if kind == Child.kind:
            self.db.execute("DELETE FROM child_names WHERE rowid = ?", (rowid,))
            self.db.execute("INSERT INTO child_names (rowid, name) VALUES (?, ?)",
                            (rowid, child_search_name(data)))

    def entity(self, kind: str, record_id: str) -> EntityRecord:
        row = self.db.execute(
            "SELECT data, versions, conflicts FROM entities WHERE id = ? AND kind = ?",
            (record_id, kind)).fetchone()
        if row is None:
            raise RecordNotFound()
        return self._entity_record(kind, row[0], row[1], row[2])

    @staticmethod
    def _entity_record(kind: str, data: str, versions: str, conflicts: str) -> EntityRecord:
        parsed = json.loads(data)
        record = record_type(kind).model_validate(parsed)
        assert isinstance(record, Mutable)
        return EntityRecord(record, parsed, json.loads(versions), json.loads(conflicts))

    def get(self, cls: type[M], record_id: str) -> M:
        record = self.entity(cls.kind, record_id).record
        assert isinstance(record, cls)
        return record

    def child_names(self) -> dict[str, str]:
        """Each child on this laptop: id -> the name they want to be called by."""
        return {e.record.id: e.record.display_name for e in self.entities("child")
                if isinstance(e.record, Child)}

    def entities(self, kind: str, child_id: str | None = None, *,
                 include_archived: bool = False) -> list[EntityRecord]:
        sql = "SELECT data, versions, conflicts FROM entities WHERE kind = ?"
        params: list[Any] = [kind]
        if child_id is not None:
            sql += " AND child_id = ?"
            params.append(child_id)
        if not include_archived:
            sql += " AND archived = 0"
        return [self._entity_record(kind, *row) for row in self.db.execute(sql, params)]

    # -- records that came from the server -------------------------------------

    def apply_server_facts(self, items: Iterable[tuple[str, dict[str, Any]]]) -> ApplyResult:
        """Store facts the server sent (kind, data), in one transaction."""
        return self.apply_incoming_facts([read_fact(kind, data) for kind, data in items])

    def apply_incoming_facts(self, facts: list[IncomingFact]) -> ApplyResult:
        """Store facts the server sent, already checked (store/incoming.py).

        A fact already held unchanged is skipped (retries are harmless). The same id
        arriving with different content is never silently dropped or duplicated:
        the held version stays and the id is reported in `mismatched`.
        """
        held: dict[str, str] = {}
        ids = [fact.id for fact in facts]
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            held.update(self.db.execute(
                f"SELECT id, data FROM facts WHERE id IN ({','.join('?' * len(part))})", part))
        result = ApplyResult()
        rows = []
        bodies: dict[str, tuple[str, str]] = {}  # fact id -> (child id, searchable text)
        for fact in facts:
            if fact.id in held:
                # The server adds when it received the fact: the rest must be the same.
                same = without_receipt(json.loads(held[fact.id])) == without_receipt(fact.data)
                (result.unchanged if same else result.mismatched).append(fact.id)
                continue
            held[fact.id] = fact.row[-1]
            rows.append(fact.row)
            result.inserted.append(fact.id)
            child_id = fact.row[2]
            if fact.note and child_id is not None:
                bodies[fact.id] = (child_id, fact.note)
        with self.db.atomic():
            # In bulk: a first sync brings tens of thousands of facts.
            self.db.executemany(
                "INSERT INTO facts (id, kind, child_id, occurred_at, recorded_at, corrects, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            self._index_bulk(bodies)
            for _, kind, child_id, _, _, corrects, _ in rows:
                if corrects is not None and child_id is not None and kind in SEARCHABLE_FIELD:
                    self._unindex(str(child_id), corrects)  # search shows the corrected view
        return result

    def _index_bulk(self, bodies: dict[str, tuple[str, str]]) -> None:
        """Index new notes from their text in hand, rather than reading each back."""
        ids = list(bodies)
        corrected: set[str] = set()
        rowids: dict[str, int] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            rowids.update(self.db.execute(
                f"SELECT id, rowid FROM facts WHERE id IN ({marks})", part))
            corrected.update(c for (c,) in self.db.execute(
                f"SELECT corrects FROM facts WHERE corrects IN ({marks})", part))
        self.db.executemany("INSERT INTO note_text (rowid, body) VALUES (?, ?)", [
            ((self._child_key(child_id) << 32) | rowids[fact_id], text)
            for fact_id, (child_id, text) in bodies.items() if fact_id not in corrected])

    def apply_server_entity(self, kind: str, data: dict[str, Any], versions: dict[str, int],
                            conflicts: dict[str, Any]) -> None:
        """Take the server's copy of a mutable record (see apply_server_entities)."""
        self.apply_server_entities([(kind, data, versions, conflicts)])

    def apply_server_entities(
            self, items: list[tuple[str, dict[str, Any], dict[str, int], dict[str, Any]]],
    ) -> None:
        """Take the server's copies of mutable records (kind, data, versions, conflicts)."""
        self.apply_incoming_entities([read_entity(*item) for item in items])

    def apply_incoming_entities(self, records: list[IncomingEntity]) -> None:
        """Take the server's copies of mutable records, keeping this device's unsent edits.

        Fields with a change still waiting in the outbox keep the local value and the
        base version the practitioner edited from, so the server can still see the
        conflict; every other field takes the server's value and version.
        """
        with self.db.atomic():
            pending: dict[str, set[str]] = {}
            held: dict[str, tuple[str, str, str]] = {}  # id -> (data, versions, conflicts)
            ids = [incoming.record.id for incoming in records]
            for chunk in range(0, len(ids), 500):
                part = ids[chunk:chunk + 500]
                marks = ",".join("?" * len(part))
                for record_id, payload in self.db.execute(
                        "SELECT record_id, payload FROM outbox WHERE state = 'pending'"
                        f" AND record_id IN ({marks})", part):
                    pending.setdefault(record_id, set()).update(json.loads(payload)["fields"])
                held.update((row[0], row[1:]) for row in self.db.execute(
                    f"SELECT id, data, versions, conflicts FROM entities WHERE id IN ({marks})",
                    part))
            stamp = self._stamp()
            for incoming in records:
                record, kind, data = incoming.record, incoming.kind, incoming.data
                versions, conflicts = incoming.versions, incoming.conflicts
                new_data, new_versions = dict(data), dict(versions)
                mine = held.get(record.id)
                if mine is not None:
                    local_data, local_versions = json.loads(mine[0]), json.loads(mine[1])
                    for name in pending.get(record.id, ()):
                        new_data[name] = local_data.get(name)
                        new_versions[name] = local_versions.get(name, 0)
                    if (new_data, new_versions, conflicts) == (
                            local_data, local_versions, json.loads(mine[2])):
                        # This laptop's own edit coming back: rewriting it (and its search
                        # entry) would change nothing.
                        continue
                self._write_entity(kind, record.id, record.child_id, new_data, new_versions,
                                   conflicts, stamp)

    # -- audit of reads and exports -------------------------------------------

    def record_view(self, child_id: str) -> None:
        """Audit that this user opened a child's record."""
        with self.db.atomic():
            self._audit(AuditAction.VIEW, Child.kind, child_id, child_id)

    def record_export(self, child_id: str, reason: str) -> None:
        with self.db.atomic():
            self._audit(AuditAction.EXPORT, Child.kind, child_id, child_id, reason)

    def purge_child(self, child_id: str, *, reason: str) -> int:
        """Erase every record of one child from this device (left scope, or retention).

        Facts are append-only, so the trigger allows this only while the purge flag
        is set inside this transaction. Returns the number of rows erased.
        """
        with self.db.atomic():
            self.db.execute("INSERT INTO meta (key, value) VALUES ('purging', '1') "
                            "ON CONFLICT (key) DO UPDATE SET value = '1'")
            key = self._child_key(child_id) << 32
            self.db.execute("DELETE FROM note_text WHERE rowid BETWEEN ? AND ?",
                            (key, key | 0xFFFFFFFF))
            self.db.execute(
                "DELETE FROM child_names WHERE rowid IN"
                " (SELECT rowid FROM entities WHERE child_id = ? AND kind = 'child')", (child_id,))
            erased = self.db.execute("DELETE FROM facts WHERE child_id = ?", (child_id,)).rowcount
            erased += self.db.execute("DELETE FROM entities WHERE child_id = ?",
                                      (child_id,)).rowcount
            self.forget_child_in_drafts(child_id)  # unsaved words about them are theirs too
            self.db.execute("DELETE FROM meta WHERE key = 'purging'")
            self._audit(AuditAction.ERASE, Child.kind, child_id, None, reason)
        return int(erased)

    def purge_unlinked_sessions(self) -> int:
        """Erase reparation sessions no attendance on this laptop points to any more.

        A session has no child of its own: it is held for the children who attended, and
        once every one of them has left the caseload it goes too.
        """
        with self.db.atomic():
            self.db.execute("INSERT INTO meta (key, value) VALUES ('purging', '1') "
                            "ON CONFLICT (key) DO UPDATE SET value = '1'")
            erased = self.db.execute(
                "DELETE FROM facts WHERE kind = 'reparation_session' AND id NOT IN"
                " (SELECT json_extract(data, '$.session_id') FROM facts"
                "  WHERE kind = 'reparation_attendance')").rowcount
            self.db.execute("DELETE FROM meta WHERE key = 'purging'")
        return int(erased)

    # -- the outbox -----------------------------------------------------------

    def pending_count(self, *, include_audit: bool = True) -> int:
        """Changes waiting for the server; without audit events, the practitioner's own."""
        sql = "SELECT count(*) FROM outbox WHERE state = 'pending'"
        if not include_audit:
            sql += " AND record_kind != 'audit'"
        return int(self.db.one(sql))

    def outbox(self, state: str = "pending", limit: int = 1000) -> list[OutboxRecord]:
        return self._outbox_rows("state = ?", (state, limit))

    def outbox_to_send(self, limit: int = 1000) -> list[OutboxRecord]:
        """Pending and held changes, in the order they were made."""
        return self._outbox_rows("state IN ('pending', 'held')", (limit,))

    def count_to_send(self) -> int:
        return int(self.db.one("SELECT count(*) FROM outbox WHERE state IN ('pending', 'held')"))

    def _outbox_rows(self, where: str, params: tuple[Any, ...]) -> list[OutboxRecord]:
        rows = self.db.execute(
            "SELECT seq, change_id, record_kind, record_id, child_id, op, payload, created_at,"
            f" state, reason_code, reason FROM outbox WHERE {where} ORDER BY seq LIMIT ?",
            params)
        return [OutboxRecord(seq, change, kind, rid, child, op, json.loads(payload), created,
                             st, code, reason)
                for seq, change, kind, rid, child, op, payload, created, st, code, reason in rows]

    # -- secrets, for when the OS has no keyring --------------------------------

    def put_secret(self, name: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute("INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name)"
                            " DO UPDATE SET value = excluded.value", (name, value))

    def get_secret(self, name: str) -> str | None:
        value = self.db.one("SELECT value FROM secrets WHERE name = ?", (name,))
        return None if value is None else str(value)

    def delete_secret(self, name: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM secrets WHERE name = ?", (name,))
