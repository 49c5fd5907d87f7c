"""A role that sees part of a child's record never receives the rest, not even inside a conflict."""

from tests.helpers.harness import Device, Harness, everything_in


def test_a_supervisor_never_receives_the_values_of_a_conflict_on_a_hidden_field(
        harness: Harness, devices: list[Device]) -> None:
    cm, yw, sup = (harness.device(name, name=name) for name in ("cm", "yw", "sup"))
    devices.extend((cm, yw, sup))
    child = harness.new_child(cm, "yw", "sup")
    cm.sync()
    yw.sync()
    cm.store.update("child", child.id, {"address": "1 Invented Row, Cardiff"})
    yw.store.update("child", child.id, {"address": "2 Made-up Lane, Swansea"})
    cm.sync()
    yw.sync()
    cm.sync()
    assert "address" in cm.store.entity("child", child.id).conflicts  # a real conflict
    sup.sync()
    held = sup.store.entity("child", child.id)
    assert "address" not in held.data and held.conflicts == {}
    everything = everything_in(sup.store)
    assert "Invented Row" not in everything and "Made-up Lane" not in everything
