"""Shared helpers for the HubSpot connector tests: building the connector against a fake,
the `CrmHarness` the shared contract drives, the fake's answers read with hubspot-api-client's
own models, and one whole run of every operation (replayed from a cassette, and checked
against the fake's refusals)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from hubspot.crm.contacts import ApiClient as ContactsClient
from hubspot.crm.contacts import Configuration as ContactsConfig
from hubspot.crm.properties import ApiClient as PropertiesClient
from hubspot.crm.properties import Configuration as PropertiesConfig

from connectors.hubspot import HubSpotConnector
from sync.records import BounceStatus, ClearBounce, ContactRef, Flag, Reenroll, Unenroll
from sync.secret import Secret
from tests.contracts.crm import Fields, mark
from tests.fakes.hubspot import TOKEN, FakeHubSpot, parse_time_ms

PREFIX = "bounce_sync_"
SENDER = "rep@seller.example"  # the fake's default seeded inbox (connected to user 7001)
UNTIL = datetime(2099, 1, 1, tzinfo=timezone.utc)


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


# --------------------------------------------------------------------------- SDK models


class _Raw:
    def __init__(self, data: bytes) -> None:
        self.data = data


def contacts_model(payload: bytes, name: str):
    """`payload` read as hubspot-api-client's contacts model `name`, client-side validation on:
    a missing required field or a wrong type raises."""
    config = ContactsConfig()
    config.client_side_validation = True
    return ContactsClient(config).deserialize(_Raw(payload), name)


def properties_model(payload: bytes, name: str):
    """As `contacts_model`, for the properties API's models."""
    config = PropertiesConfig()
    config.client_side_validation = True
    return PropertiesClient(config).deserialize(_Raw(payload), name)


# --------------------------------------------------------------------------- one whole run


def scenario(conn: HubSpotConnector) -> dict[str, Any]:
    """Every connector operation once; returns what a test can assert on."""
    out: dict[str, Any] = {"dry_run": [(i.name, i.ok, i.detail) for i in conn.setup(dry_run=True)]}
    out["setup"] = [(i.name, i.ok) for i in conn.setup(dry_run=False)]
    out["check"] = [(i.name, i.ok) for i in conn.check()]
    found = {c.email: c for c in conn.find_contacts(
        ["Ana@Example.com", "bo.alt@example.org", "nobody@example.com"])}
    out["found"] = sorted(found)
    ana, bo = found["ana@example.com"], found["bo@example.org"]
    out["ana_sequences"] = [e.sequence_name for e in ana.enrollments]
    out["bo_emails"] = list(bo.emails)
    marked = conn.apply([mark(ana.ref, "ana@example.com", key="m1"),
                         Flag(key="f1", contact=bo.ref, status=BounceStatus.REFUSED, note="n")])
    out["marked"] = [r.outcome.value for r in marked]
    [unenrolled] = conn.apply([Unenroll(key="u1", contact=ana.ref, enrollments=ana.enrollments)])
    out["unenrolled"] = (unenrolled.outcome.value, [e.sequence_name for e in unenrolled.removed])
    cleared = conn.apply([ClearBounce(key="c1", contact=ana.ref, note="email changed"),
                          Reenroll(key="r1", contact=ana.ref, enrollments=unenrolled.removed)])
    out["cleared"] = [r.outcome.value for r in cleared]
    batch = conn.bounced_changes(None, until=UNTIL)
    out["changes"] = sorted((c.email, c.bounce_status.value) for c in batch.contacts)
    [again] = conn.find_contacts(["ana@example.com"])
    out["ana_after"] = (again.bounce_status, [e.sequence_name for e in again.enrollments])
    return out


def assert_summary(out: dict[str, Any]) -> None:
    """What `scenario` must have seen, wherever it ran."""
    assert out["dry_run"] and all(ok for _, ok, _ in out["dry_run"])
    assert all("would create" in d for _, _, d in out["dry_run"])
    assert all(ok for _, ok in out["setup"]) and all(ok for _, ok in out["check"])
    assert out["found"] == ["ana@example.com", "bo@example.org"]
    assert out["ana_sequences"] == ["Outbound"]
    assert "bo.alt@example.org" in out["bo_emails"]
    assert out["marked"] == ["done", "done"]
    assert out["unenrolled"] == ("done", ["Outbound"])
    assert out["cleared"] == ["done", "done"]
    assert out["changes"] == [("bo@example.org", "refused")]
    assert out["ana_after"] == (None, ["Outbound"])
