"""Shared helpers for the HubSpot connector tests: building the connector against a fake,
and the `CrmHarness` the shared contract drives."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from connectors.hubspot import HubSpotConnector
from sync.records import ContactRef
from sync.secret import Secret
from tests.contracts.crm import Fields
from tests.fakes.hubspot import TOKEN, FakeHubSpot, parse_time_ms

PREFIX = "bounce_sync_"
SENDER = "rep@seller.example"  # the fake's default seeded inbox (connected to user 7001)


def connector(url: str, token: str = TOKEN, **settings: Any) -> HubSpotConnector:
    base = {"access_token": Secret(token, "test"), "base_url": url,
            "request_timeout": 2, "reenroll_user_id": "7001",
            "reenroll_sender": SENDER}
    base.update(settings)
    return HubSpotConnector(base, base_dir=Path("."))


class HubSpotHarness:
    def __init__(self, fake: FakeHubSpot, conn: HubSpotConnector) -> None:
        self.fake = fake
        self.connector = conn

    def add_contact(self, email: str | None, *, secondary: Sequence[str] = (),
                    sequences: Sequence[str] = (), step: int = 2,
                    object_type: str = "contact") -> ContactRef:
        return ContactRef(id=self.fake.add_contact(email, secondary=secondary,
                                                   sequences=sequences, step=step))

    def fields(self, ref: ContactRef) -> Fields:
        p = self.fake.contact(ref.id)["properties"]

        def get(name: str) -> Any:
            value = p.get(PREFIX + name)
            return None if value in (None, "") else value

        at = get("bounced_at")
        hard = get("hard")
        soft = get("soft_count")
        return Fields(status=get("status"), reason=get("reason"),
                      bounced_address=get("bounced_address"),
                      hard=None if hard is None else hard == "true",
                      diagnostic=get("diagnostic"),
                      bounced_at=None if at is None else datetime.fromtimestamp(
                          parse_time_ms(at) / 1000).astimezone(),
                      soft_count=None if soft is None else int(float(soft)),
                      note=get("note"), removed_from=get("removed_from"))

    def active_sequences(self, ref: ContactRef) -> dict[str, int]:
        return {e["sequenceId"]: e["step"] for e in self.fake.active_enrollments(ref.id)}

    def sequence_id(self, name: str) -> str:
        return self.fake.sequence(name)

    def edit_email(self, ref: ContactRef, new_email: str) -> None:
        self.fake.edit_email(ref.id, new_email)

    def settle(self) -> None:
        self.fake.settle()
