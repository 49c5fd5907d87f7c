from hypothesis import given
from hypothesis import strategies as st

from yjfield.domain.clock import Hlc, receive, tick


@given(st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=50))
def test_hlc_is_monotonic_even_when_the_wall_clock_jumps_back(walls: list[int]) -> None:
    last = None
    for wall in walls:
        reading = tick(last, wall, "dev")
        if last is not None:
            assert reading > last
            assert reading.encode() > last.encode()
        last = reading


def test_receive_moves_past_a_remote_reading() -> None:
    local = tick(None, 1_000, "a")
    remote = Hlc(5_000, 3, "b")
    after = receive(local, remote, 2_000, "a")
    assert after > remote and after > local
    assert Hlc.decode(after.encode()) == after
