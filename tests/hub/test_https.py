"""``relais hub serve --cert --key`` speaks HTTPS; the site checks the hub's certificate (a
private one given with ``--ca``) and refuses a hub it cannot verify, in one line."""

from __future__ import annotations

import datetime
import ipaddress
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.core.services.demo import generator as demo
from desktop.core.services.sync import client, sync_service
from desktop.core.store.vault import Vault
from desktop.hub import enrolment, status
from tests.hub.conftest import HubProcess, _wait_healthy, free_port


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (the hub's own CA, as a ministry might run)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hub.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(
                ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "hub.pem", folder / "hub.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def https_hub(hub_db: str, tmp_path: Path) -> Iterator[tuple[HubProcess, Path]]:
    import os
    import sys

    cert, key = _certificate(tmp_path)
    port = free_port()
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "hub", "serve", "--db", hub_db, "--listen",
         f"127.0.0.1:{port}", "--cert", str(cert), "--key", str(key)], cwd=root,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ,
                                                                    PYTHONPATH=str(root)))
    hub = HubProcess(db=hub_db, url=f"https://127.0.0.1:{port}", proc=proc, port=port)
    import ssl
    import urllib.request

    context = ssl.create_default_context(cafile=str(cert))
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context))
    urllib.request.install_opener(opener)
    try:
        _wait_healthy(hub.url, proc)
    finally:
        urllib.request.install_opener(None)  # type: ignore[arg-type]
    yield hub, cert
    proc.kill()
    proc.wait(timeout=30)


def test_a_site_syncs_over_https_with_the_hubs_certificate(
        admin: Vault, https_hub: tuple[HubProcess, Path]) -> None:
    hub, cert = https_hub
    demo.generate(admin, 20, seed=3)
    code = enrolment.new_code(hub.db, "SEGOU")
    with pytest.raises(client.LineDown, match="CERTIFICATE_VERIFY_FAILED"):
        sync_service.enrol(admin, hub.url, code)  # not a certificate it can check: refused
    assert sync_service.enrol(admin, hub.url, code, cafile=str(cert)) == "SEGOU"
    done = sync_service.sync(admin, cafile=str(cert))
    assert done.batches == 1 and done.backlog == 0
    [line] = status.sites(hub.db)
    assert (line.name, line.last_batch) == ("SEGOU", 1)
