"""The HubSpot parsers pinned against responses written from HubSpot's own documentation
examples (tests/connectors/hubspot/fixtures/, each naming its page), not from our fake."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from tests.connectors.hubspot.harness import connector, contacts_model

FIXTURES = Path(__file__).parent / "fixtures"


def _load(name: str) -> dict:
    data = json.loads((FIXTURES / name).read_text())
    assert data.pop("_source").startswith("https://developers.hubspot.com/docs/")
    return data


def test_search_example_parses_into_contacts():
    data = _load("search_contacts.json")
    model = contacts_model(json.dumps(data).encode(),
                           "CollectionResponseWithTotalSimplePublicObjectForwardPaging")
    hub = connector("http://127.0.0.1:1")
    contacts = [hub._reader.contact(o.id, o.properties, with_enrollments=False)
                for o in model.results]
    assert [c.email for c in contacts] == ["testperson@hubspot.com", "emailmaria@hubspot.com"]
    assert contacts[0].modified_at == datetime(2024, 9, 11, 13, 27, 39, 356000, tzinfo=timezone.utc)
    assert model.paging is None  # no paging: the last page


def test_enrollment_example_gives_the_user_and_the_configured_inbox(monkeypatch):
    data = _load("sequence_enrollment.json")
    hub = connector("http://127.0.0.1:1", reenroll_sender=None,
                    reenroll_senders={"2222222": {"inbox": "sales@example.com",
                                                  "alias": "owner.alias@example.com"}})
    monkeypatch.setattr(hub._client, "raw", lambda *a, **k: (data, 200))
    [e] = hub._reader.enrollments("101")
    assert (e.sequence_id, e.sequence_name, e.user_id, e.tracker_id) == (
        "123456789", "Q4 follow-up", "2222222", "3456789")
    assert e.sender == "sales@example.com"  # never enrolledByEmail, the user's login
    assert e.step is None  # the v4 read has no step


def test_flows_pages_are_followed_by_their_after_cursor(monkeypatch):
    first = _load("flows_page.json")
    second = {"results": [{"id": "585051999", "isEnabled": True, "flowType": "WORKFLOW",
                           "revisionId": "1", "objectTypeId": "0-1",
                           "name": "bounce-sync: unenroll bounced contacts"}]}
    asked = []

    def raw(what, method, path, *, query=None, body=None):
        asked.append(dict(query or {}))
        return (second if (query or {}).get("after") == "MTAw" else first), 200

    hub = connector("http://127.0.0.1:1")
    monkeypatch.setattr(hub._client, "raw", raw)
    found = hub._schema._find_workflow()
    assert found.ok and "585051999" in found.detail
    assert [q.get("after") for q in asked] == [None, "MTAw"]
