"""Drafts: what a practitioner typed but has not saved yet, kept inside the encrypted store.

A draft is keyed by what it is for ("contact:<child id>"), so reopening the same
dialog for the same child brings the words back. A draft about several children (a
group reparation session) keeps each child's part under "children", keyed by child
id, so that a child who leaves the caseload can be taken out of it. Drafts stay on
this device.
"""

import json
from datetime import datetime
from typing import Any

from yjfield.store.connection import Database


class DraftsMixin:
    db: Database

    def now(self) -> datetime:
        raise NotImplementedError

    def save_draft(self, key: str, data: dict[str, Any]) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO drafts (key, data, saved_at) VALUES (?, ?, ?) ON CONFLICT (key)"
                " DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at",
                (key, json.dumps(data), self.now().isoformat()))

    def draft(self, key: str) -> dict[str, Any] | None:
        raw = self.db.one("SELECT data FROM drafts WHERE key = ?", (key,))
        if raw is None:
            return None
        data = json.loads(str(raw))
        return data if isinstance(data, dict) else None

    def discard_draft(self, key: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM drafts WHERE key = ?", (key,))

    def draft_keys(self) -> list[str]:
        return [str(k) for (k,) in self.db.execute("SELECT key FROM drafts ORDER BY saved_at")]

    def forget_child_in_drafts(self, child_id: str) -> None:
        """Delete the child's drafts, and their part of drafts about several children.

        Call inside the purge's transaction.
        """
        self.db.execute("DELETE FROM drafts WHERE key LIKE ?", (f"%:{child_id}",))
        for key in self.draft_keys():
            data = self.draft(key)
            parts = data.get("children") if data else None
            if data is not None and isinstance(parts, dict) and child_id in parts:
                del parts[child_id]
                self.db.execute("UPDATE drafts SET data = ? WHERE key = ?",
                                (json.dumps(data), key))
