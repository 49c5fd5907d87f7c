"""Hostile input to the laptop: a server (or something posing as one) that answers wrongly.

Each answer below is rewritten on its way to the laptop. The laptop must refuse
what is wrong, say so in words, keep every unsynced record, and sync normally once
the server behaves.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

import pytest

from tests.helpers.figures import FIGURES, Trial
from tests.helpers.harness import Device, Harness, TamperingClient
from tests.helpers.replicas import divergent, lost, server_rows
from yjfield.domain.base import Fact
from yjfield.domain.contact import CaseEntry
from yjfield.domain.ids import new_id
from yjfield.sync.errors import UnreadableAnswer

TRIAL = FIGURES.report(Trial("hostile server answers"))
Page = dict[str, Any]


def _records(page: Page, change: Callable[[list[Any]], list[Any]]) -> Page:
    page["records"] = change(page["records"])
    return page


def _backwards(page: Page) -> Page:
    return {**page, "cursor": -1 if page["cursor"] == 0 else 0, "has_more": False}


def _outside(page: Page) -> Page:
    stranger = {"kind": "case_entry", "id": new_id(), "child_id": new_id(),
                "seq": page["cursor"], "data": {"text": "not yours"}}
    return _records(page, lambda rs: [*rs, stranger])


def _shuffled(page: Page) -> Page:
    return _records(page, lambda rs: list(reversed(rs)) if len(rs) > 1 else rs + rs)


def _same_id_other_content(page: Page, mine: Fact | None = None) -> Page:
    # The laptop's own note comes back from the server with other words. (An honest
    # server never sends a device its own facts back: they are already on it.)
    assert mine is not None
    forged = {"kind": mine.kind, "id": mine.id, "child_id": mine.child_id,
              "seq": page["cursor"], "data": {**mine.to_data(), "text": "rewritten by the server"}}
    return _records(page, lambda rs: [*rs, forged])


def _spoiled(kind: str, **fields: Any) -> Callable[[Page], Page]:
    """Each record of `kind` with `fields` changed in its content, its label left alone."""
    def spoil(records: list[Any]) -> list[Any]:
        return [{**r, "data": {**r["data"], **fields}} if r["kind"] == kind else r
                for r in records]
    return lambda page: _records(page, spoil)


ANSWERS: dict[str, tuple[Callable[[Page], Any], bool]] = {
    # name: (rewrite of a pull page, whether the laptop must refuse the page)
    "not a page at all": (lambda page: ["surprise"], True),
    "records is not a list": (lambda page: {**page, "records": "many"}, True),
    "a record missing its id": (lambda page: _records(
        page, lambda rs: [{k: v for k, v in r.items() if k != "id"} for r in rs] or [{}]), True),
    "cursor goes backwards": (_backwards, True),
    "more promised, cursor stands still": (  # the laptop's first pull starts at 0
        lambda page: {**page, "records": [], "cursor": 0, "has_more": True}, True),
    "records out of order": (_shuffled, True),
    "a record outside the caseload": (_outside, True),
    # Well formed and in scope, but content the app could never have written:
    "a note with no words and a control character for its date": (
        _spoiled("case_entry", text="", at="\x00"), True),
    "a child with an empty first name": (_spoiled("child", given_name=""), True),
    # The label says this caseload's child; the content, which is what gets saved,
    # says another.
    "a note filed under a child it is not about": (
        _spoiled("case_entry", child_id=new_id()), True),
    "a known id with other content": (_same_id_other_content, False),
}


@pytest.mark.parametrize("name", [
    name if ANSWERS[name][1] else pytest.param(name, marks=pytest.mark.allow_log_warnings)
    for name in sorted(ANSWERS)])
def test_a_wrong_answer_is_refused_in_words_and_nothing_local_is_lost(
        harness: Harness, devices: list[Device], name: str) -> None:
    rewrite, refused = ANSWERS[name]
    active = {"on": False}

    def tamper(path: str, body: Any) -> Any:
        return rewrite(body) if active["on"] and path.endswith("/sync/pull") else body

    cm = harness.device("cm", name="cm")
    yw = harness.device("yw", name="yw", client=TamperingClient(harness.app, tamper))
    devices.extend((cm, yw))
    child = harness.new_child(cm, "yw")
    for i in range(3):
        cm.store.add_fact(CaseEntry(child_id=child.id, at=datetime.now(UTC), text=f"cm {i}"))
    cm.sync()
    mine = yw.store.add_fact(CaseEntry(child_id=child.id, at=datetime.now(UTC),
                                       text="written offline"))
    if rewrite is _same_id_other_content:
        rewrite = partial(_same_id_other_content, mine=mine)
    active["on"] = True
    TRIAL.trials += 1
    TRIAL.faults += 1
    if refused:
        with pytest.raises(UnreadableAnswer) as error:
            yw.sync()
        assert error.value.what and "Traceback" not in error.value.what
        assert yw.store.cursor() == 0 and yw.store.children_held() <= {child.id}
    else:
        report = yw.sync()
        assert report.mismatched == 1  # reported, not silently applied or dropped
    assert [r.fact.id for r in yw.store.facts(child.id, "case_entry")
            if r.fact.id == mine.id] == [mine.id]
    active["on"] = False
    yw.sync()
    cm.sync()
    server = server_rows(harness.engine)
    TRIAL.records_lost += lost({mine.id}, server)
    if refused:  # (a mismatch keeps the laptop's own words, by design: it is reported)
        TRIAL.divergent_replicas += len(divergent([yw], server, [child.id]))
    assert (TRIAL.records_lost, TRIAL.divergent_replicas) == (0, 0)
