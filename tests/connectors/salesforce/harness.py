"""Builds a SalesforceConnector pointed at a FakeSalesforce, for the contract suite and the
Salesforce-specific tests (and the benchmark)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from connectors.salesforce import SalesforceConnector
from sync.records import ContactRef
from sync.secret import Secret
from tests.contracts.crm import Fields
from tests.fakes.salesforce import FakeSalesforce

USERNAME = "integration@example.com"
PASSWORD = "pa55-word-not-real"
TOKEN = "SECURITYTOKENxyz123"
CONSUMER_KEY = "3MVG9-connected-app-key"
CONSUMER_SECRET = "CONSUMER-SECRET-not-real-42"


def settings_for(fake: FakeSalesforce, **overrides: Any) -> dict[str, Any]:
    fake.register_password(USERNAME, PASSWORD, TOKEN)
    fake.register_client(CONSUMER_KEY, CONSUMER_SECRET)
    target = overrides.pop("insecure_http_for_tests", "fake")  # None: production transport
    settings: dict[str, Any] = {
        "auth": "password", "username": USERNAME, "consumer_key": CONSUMER_KEY,
        "consumer_secret": Secret(CONSUMER_SECRET, "env:SF_CONSUMER_SECRET"),
        "password": Secret(PASSWORD, "env:SF_PASSWORD"),
        "security_token": Secret(TOKEN, "env:SF_TOKEN"),
        "insecure_http_for_tests": fake.url if target == "fake" else target,
        "secondary_email_fields": ["Alt_Email__c"],
        # A slow answer here is a loaded machine (four test processes on two cores), not a fault: the
        # tests of timeouts set their own short one.
        "backoff_seconds": 0.01, "request_timeout": 15, "max_attempts": 3,
    }
    settings.update(overrides)
    return settings


def rsa_pair() -> tuple[str, bytes]:
    """A fresh RSA key pair for the JWT bearer flow: the private key as PEM text (what the
    connector reads) and the public key as PEM bytes (what the fake registers)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, public


def connector_for(fake: FakeSalesforce, tmp: Path | None = None, **overrides: Any) -> SalesforceConnector:
    return SalesforceConnector(settings_for(fake, **overrides), base_dir=tmp or Path("."))


class SalesforceHarness:
    def __init__(self, fake: FakeSalesforce, *, object_type: str = "contact",
                 connector: SalesforceConnector | None = None) -> None:
        self.fake = fake
        self.object_type = object_type
        self.connector = connector or connector_for(fake)
        self.prefix = self.connector.settings.prefix

    def add_contact(self, email: str | None, *, secondary: Sequence[str] = (),
                    sequences: Sequence[str] = (), step: int = 2,
                    object_type: str | None = None) -> ContactRef:
        kind = object_type or self.object_type
        extra = {"Alt_Email__c": secondary[0]} if secondary else {}
        rid = self.fake.add_contact(email, "Lead" if kind == "lead" else "Contact",
                                    cadences=sequences, step=step, **extra)
        return ContactRef(id=rid, object_type=kind)

    def fields(self, ref: ContactRef) -> Fields:
        rec = self.fake.record(ref.id)
        p = self.prefix
        count = rec.get(f"{p}Soft_Count__c")
        return Fields(status=rec.get(f"{p}Status__c"), reason=rec.get(f"{p}Reason__c"),
                      bounced_address=rec.get(f"{p}Address__c"), hard=rec.get(f"{p}Hard__c"),
                      diagnostic=rec.get(f"{p}Diagnostic__c"), bounced_at=rec.get(f"{p}Bounced_At__c"),
                      soft_count=None if count is None else int(count),
                      note=rec.get(f"{p}Note__c"), removed_from=rec.get(f"{p}Removed_From__c"))

    def active_sequences(self, ref: ContactRef) -> dict[str, int]:
        return {t["ActionCadenceId"]: t["_step"] for t in self.fake.trackers(ref.id)}

    def sequence_id(self, name: str) -> str:
        return self.fake.add_cadence(name)

    def edit_email(self, ref: ContactRef, new_email: str) -> None:
        self.fake.edit_email(ref.id, new_email)

    def settle(self) -> None:
        pass  # SOQL has no indexing lag
