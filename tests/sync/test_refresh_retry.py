"""A lost answer to a token refresh never signs a practitioner out.

Issue: when the answer to a refresh was lost after the server had rotated the
token, the next sync failed with token_replayed and the practitioner had to type
their password (6 of 6 times). Driven through a real loopback server.
"""

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.helpers.harness import Device, Harness, loopback_server
from yjfield.sync.errors import Offline


class LosingClient(httpx.Client):
    """A real HTTP client that loses the answer to the next refresh, after the server
    has done the work."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url=base_url, timeout=30)
        self.lose_refresh = False

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:  # type: ignore[override]
        response = super().send(request, **kwargs)
        if self.lose_refresh and request.url.path.endswith("/auth/refresh"):
            self.lose_refresh = False
            response.close()
            raise httpx.ReadError("the answer was lost", request=request)
        return response


@pytest.fixture
def server_url(harness: Harness) -> Iterator[str]:
    with loopback_server(harness.app) as url:
        yield url


def test_a_lost_refresh_answer_is_retried_and_the_laptop_stays_signed_in(
        harness: Harness, devices: list[Device], server_url: str) -> None:
    client = LosingClient(server_url)
    yw = harness.device("yw", client=client, base_url=server_url, name="yw")
    devices.append(yw)
    harness.new_child(yw)
    yw.sync()
    yw.engine._access = None  # the app starts again: it refreshes first
    client.lose_refresh = True
    with pytest.raises(Offline):
        yw.sync()
    yw.engine._access = None
    report = yw.sync()  # the same refresh token again, within the window: same new pair
    assert report is not None
    yw.engine._access = None
    yw.sync()  # and the pair it was given works from then on
