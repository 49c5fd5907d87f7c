"""The whole-suite log check (tests/conftest.py) finds a name, and only a whole name."""

import logging

from tests.helpers.log_scan import LogScan, invented_names, personal_data_in


def test_a_name_in_a_message_or_its_arguments_is_found() -> None:
    scan = LogScan()
    logger = logging.getLogger("yjfield.test-log-scan")
    logger.propagate = False  # these deliberate leaks must not reach the suite's own scan
    logger.addHandler(scan)
    try:
        logger.warning("sync refused for %s", "Tegan Quarrendon")
        logger.warning("sync refused for child %s", "3f1c")
        try:
            raise ValueError("Saltmarsh")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(scan)
    found = personal_data_in(scan.lines, invented_names())
    assert len(found) == 2
    assert "Quarrendon" in found[0] and "Saltmarsh" in found[1]


def test_a_name_inside_another_word_is_not_a_leak() -> None:
    assert personal_data_in(["PenroseX", "xMarlowe", "Penrose"], {"Penrose", "Marlowe"}) == [
        "Penrose"]


def test_the_names_include_the_demo_service() -> None:
    assert {"Quarrendon", "Dunmere"} <= invented_names()
