"""A server whose certificate cannot be checked is named as such, never just "Offline"."""

import datetime
import ipaddress
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from fastapi import FastAPI

from yjfield.app.preset import load_preset
from yjfield.sync.api import ServerApi
from yjfield.sync.errors import Offline, SignInNeeded, UntrustedServer


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Invented council CA")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    from tests.helpers.harness import SECRET
    from yjfield.server.app import create_app
    from yjfield.server.settings import ServerSettings

    cert, key = _self_signed(tmp_path)
    app: FastAPI = create_app(ServerSettings(secret_key=SECRET,
                                             database_url=f"sqlite:///{tmp_path / 's.db'}"))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                           loop="asyncio", lifespan="off",
                                           ssl_certfile=str(cert), ssl_keyfile=str(key)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"https://127.0.0.1:{port}", cert
    server.should_exit = True
    thread.join(timeout=30)
    app.state.engine.dispose()


@pytest.mark.allow_log_warnings  # uvicorn logs the handshake the client broke off
def test_an_unverifiable_certificate_says_so_in_words(tls_server: tuple[str, Path]) -> None:
    url, _ = tls_server
    api = ServerApi(url)
    with pytest.raises(UntrustedServer) as caught:
        api.refresh("a token")
    api.close()
    assert isinstance(caught.value, Offline)  # the app still treats it as not connected
    assert "identity could not be checked" in caught.value.what
    assert "IT" in caught.value.todo


def test_the_ca_bundle_it_presets_is_used(tls_server: tuple[str, Path], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    url, cert = tls_server
    data = tmp_path / "data"
    data.mkdir()
    (data / "council-ca.pem").write_bytes(cert.read_bytes())
    (data / "yjfield.toml").write_text(f'[server]\nurl = "{url}"\nca_bundle = "council-ca.pem"\n')
    monkeypatch.delenv("YJFIELD_SERVER_URL", raising=False)
    preset = load_preset(data)
    assert preset.server_url == url and preset.ca_bundle == data / "council-ca.pem"
    api = ServerApi(preset.server_url, ca_bundle=preset.ca_bundle)
    with pytest.raises(SignInNeeded):  # the server was reached and answered
        api.refresh("a token that is not real")
    api.close()


def test_a_missing_ca_bundle_is_explained(tmp_path: Path) -> None:
    with pytest.raises(UntrustedServer) as caught:
        ServerApi("https://127.0.0.1:1", ca_bundle=tmp_path / "missing.pem")
    assert "could not be read" in caught.value.what
