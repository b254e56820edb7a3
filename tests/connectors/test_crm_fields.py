"""What a sales rep sees on our CRM fields, HubSpot and Salesforce alike: plain-words labels
and descriptions, readable status labels over the unchanged stored values, the plain-words
reason as "Bounce reason" and the code as a technical field, the machine data marked
technical (hidden in HubSpot). `setup` on a fresh account creates them so; on an account
holding the definitions an older release created it updates them, and a second `setup`
sends no change; `check` names the outdated ones as fixable by `setup`."""

from __future__ import annotations

import pytest

from connectors.crm_words import STATUS_LABELS
from sync.records import BounceStatus, Unenroll
from tests.connectors.hubspot.harness import PREFIX, HubSpotHarness, connector
from tests.connectors.salesforce.harness import SalesforceHarness, connector_for
from tests.contracts.crm import mark
from tests.fakes.hubspot import FakeHubSpot
from tests.fakes.salesforce import FakeSalesforce

# ------------------------------------------------------------------------------ HubSpot

# The properties as the release before this one created them (its schema._definitions).
OLD_HUBSPOT = [
    ("status", "Bounce status", "enumeration", "select"), ("hard", "Hard bounce", "bool",
                                                           "booleancheckbox"),
    ("reason", "Bounce reason code", "string", "text"),
    ("reason_label", "Bounce reason", "string", "text"),
    ("diagnostic", "Bounce diagnostic", "string", "textarea"),
    ("bounced_at", "Bounced at", "datetime", "date"),
    ("bounced_address", "Bounced address", "string", "text"),
    ("soft_count", "Soft bounces", "number", "number"), ("note", "Bounce note", "string", "text"),
    ("saved_enrollments", "Sequences removed on bounce (bounce-sync)", "string", "textarea"),
    ("unenroll_requested_at", "Unenroll requested at (bounce-sync workflow trigger)", "datetime",
     "date"),
]


def _old_hubspot(fake: FakeHubSpot) -> None:
    with fake.state_lock:
        fake.groups["bounce_sync"] = {"name": "bounce_sync", "label": "Bounces (bounce-sync)",
                                      "displayOrder": -1, "archived": False}
        for role, label, kind, field_type in OLD_HUBSPOT:
            options = []
            if role == "status":
                options = [{"label": s.value.replace("_", " ").capitalize(), "value": s.value,
                            "hidden": False, "displayOrder": i} for i, s in enumerate(BounceStatus)]
            elif role == "hard":
                options = [{"label": "Yes", "value": "true", "hidden": False, "displayOrder": 0},
                           {"label": "No", "value": "false", "hidden": False, "displayOrder": 1}]
            fake.properties[PREFIX + role] = fake._property_record({
                "name": PREFIX + role, "label": label, "type": kind, "fieldType": field_type,
                "groupName": "bounce_sync", "options": options, "formField": True})


@pytest.fixture
def hubspot():
    with FakeHubSpot(search_per_second=50) as server:
        yield server


def _hubspot_shown(fake: FakeHubSpot) -> dict[str, dict]:
    return {name.removeprefix(PREFIX): p for name, p in fake.properties.items()
            if name.startswith(PREFIX)}


def _assert_hubspot_for_people(fake: FakeHubSpot) -> None:
    props = _hubspot_shown(fake)
    assert all(p["description"] for p in props.values()), "every property says what it is"
    assert props["reason_label"]["label"] == "Bounce reason"
    assert props["reason"]["label"] == "Bounce reason code (technical)"
    assert props["removed_from"]["label"] == "Removed from sequences"
    saved = props["saved_enrollments"]
    assert saved["hidden"] is True and saved["formField"] is False
    assert "technical" in saved["label"].lower() and "do not edit" in saved["description"]
    status = {o["value"]: o["label"] for o in props["status"]["options"]}
    assert status == {s.value: STATUS_LABELS[s] for s in BounceStatus}  # values unchanged
    assert status["resend"] == "Resend requested" and status["refused"] == "Address refused"


def test_hubspot_setup_on_a_fresh_account_defines_properties_for_people(hubspot):
    connector(hubspot.url).setup(dry_run=False)
    _assert_hubspot_for_people(hubspot)
    assert hubspot.property_updates == []


def test_hubspot_setup_migrates_old_definitions_once_and_check_says_so(hubspot):
    _old_hubspot(hubspot)
    hub = connector(hubspot.url)
    checked = {i.name: i for i in hub.check()}["properties"]
    assert not checked.ok and "out of date" in checked.detail and "bounce-sync setup" in checked.detail
    assert "missing bounce_sync_removed_from" in checked.detail
    planned = {i.name: i.detail for i in hub.setup(dry_run=True)}
    assert planned[f"property {PREFIX}status"] == "would update description, form field, options"
    assert hubspot.property_updates == [], "a dry run changes nothing"

    first = {i.name: i.detail for i in hub.setup(dry_run=False)}
    assert first[f"property {PREFIX}reason"].startswith("updated label")
    assert first[f"property {PREFIX}removed_from"] == "created"
    assert len(hubspot.property_updates) == len(OLD_HUBSPOT)
    _assert_hubspot_for_people(hubspot)

    before = len(hubspot.log)
    again = hub.setup(dry_run=False)
    assert all(i.detail in ("present", "created") or i.name.startswith(("group", "workflow"))
               for i in again), again
    assert not [r for r in hubspot.log[before:] if r.method in ("PATCH", "POST")
                and "/properties/" in r.path], "a second setup sends no change"
    assert {i.name: i for i in hub.check()}["properties"].ok


def test_hubspot_writes_without_the_new_property_until_setup_runs_again(hubspot):
    """An install upgraded without a new `setup`: the readable list is left out (with a
    warning), the bounce itself is still written."""
    hub = connector(hubspot.url)
    hub.setup(dry_run=False)
    del hubspot.properties[PREFIX + "removed_from"]
    harness = HubSpotHarness(hubspot, hub)
    ref = harness.add_contact("late@example.com", sequences=["Outbound"])
    contact = hub.find_contacts(["late@example.com"])[0]
    results = hub.apply([mark(ref, "late@example.com"),
                         Unenroll(key="u", contact=ref, enrollments=contact.enrollments)])
    assert [r.outcome.value for r in results] == ["done", "done"], results
    assert harness.fields(ref).status == "bounced"


# ------------------------------------------------------------------------------ Salesforce

# The fields as the release before this one created them (its schema.FIELD_SPECS).
_OLD_PICKLIST = {"restricted": True, "valueSetDefinition": {"sorted": False, "value": [
    {"fullName": s.value, "default": False, "label": s.value} for s in BounceStatus]}}
OLD_SALESFORCE = [
    ("Status", {"label": "Bounce status", "type": "Picklist", "valueSet": _OLD_PICKLIST}),
    ("Hard", {"label": "Hard bounce", "type": "Checkbox", "defaultValue": "false"}),
    ("Reason", {"label": "Bounce reason", "type": "Text", "length": 80}),
    ("Reason_Label", {"label": "Bounce reason (plain words)", "type": "Text", "length": 255}),
    ("Diagnostic", {"label": "Bounce diagnostic", "type": "LongTextArea", "length": 32768,
                    "visibleLines": 5}),
    ("Bounced_At", {"label": "Bounced at", "type": "DateTime"}),
    ("Address", {"label": "Bounced address", "type": "Email"}),
    ("Soft_Count", {"label": "Soft bounces", "type": "Number", "precision": 6, "scale": 0}),
    ("Note", {"label": "Bounce note", "type": "Text", "length": 255}),
    ("Cadences", {"label": "Cadences removed from (JSON)", "type": "LongTextArea",
                  "length": 32768, "visibleLines": 3}),
]
P = "Bounce_Sync_"


@pytest.fixture
def salesforce():
    with FakeSalesforce() as server:
        yield server


def _sf_fields(fake: FakeSalesforce, sobject: str = "Contact") -> dict[str, dict]:
    return {name.removeprefix(P).removesuffix("__c"): spec
            for name, spec in fake.custom_fields[sobject].items() if name.startswith(P)}


def _assert_salesforce_for_people(fake: FakeSalesforce) -> None:
    for sobject in ("Contact", "Lead"):
        fields = _sf_fields(fake, sobject)
        assert all(f["help"] for f in fields.values()), "every field has help text"
        assert all(len(f["label"]) <= 40 for f in fields.values())
        assert fields["Reason_Label"]["label"] == "Bounce reason"
        assert fields["Reason"]["label"] == "Bounce reason code (technical)"
        assert fields["Removed_From"]["label"] == "Removed from cadences"
        assert "technical" in fields["Cadences"]["label"].lower()
        assert "page layouts" in fields["Cadences"]["help"]
        assert fields["Status"]["values"] == [s.value for s in BounceStatus]  # API names kept
        assert fields["Status"]["value_labels"] == {s.value: STATUS_LABELS[s] for s in BounceStatus}


def test_salesforce_setup_on_a_fresh_org_defines_fields_for_people(salesforce):
    connector_for(salesforce).setup(dry_run=False)
    _assert_salesforce_for_people(salesforce)
    meta = next(m for m in salesforce.field_meta.values() if m["label"] == "Bounce reason")
    assert meta["description"] and meta["inlineHelpText"]
    assert salesforce.field_updates == []


def test_salesforce_setup_migrates_old_definitions_once_and_check_says_so(salesforce):
    salesforce.install_fields(definitions=OLD_SALESFORCE)
    crm = connector_for(salesforce)
    checks = {i.name: i for i in crm.check()}
    assert not checks["Contact fields"].ok
    assert "out of date" in checks["Contact fields"].detail
    assert f"{P}Removed_From__c" in checks["Contact fields"].detail  # missing
    assert "bounce-sync setup" in checks["Contact fields"].detail
    planned = {i.name: i.detail for i in crm.setup(dry_run=True)}
    assert planned[f"field Contact.{P}Status__c"].startswith("would update")
    assert salesforce.field_updates == [], "a dry run changes nothing"

    first = {i.name: i.detail for i in crm.setup(dry_run=False)}
    assert "picklist labels" in first[f"field Contact.{P}Status__c"]
    assert first[f"field Lead.{P}Removed_From__c"] == "created"
    assert len(salesforce.field_updates) == 2 * len(OLD_SALESFORCE)
    _assert_salesforce_for_people(salesforce)

    before = len(salesforce.log)
    again = crm.setup(dry_run=False)
    assert all(i.ok for i in again), again
    assert not [r for r in salesforce.log[before:] if r.method in ("PATCH", "POST")
                and "CustomField" in r.path], "a second setup sends no change"
    assert all(i.ok for i in crm.check())


def test_salesforce_setup_keeps_what_an_admin_changed(salesforce):
    """A Tooling update replaces the whole definition: a length or a picklist value an
    admin added must survive the label update."""
    custom = [(s, dict(m)) for s, m in OLD_SALESFORCE]
    custom[8][1]["length"] = 200  # Note shortened by an admin
    picklist = custom[0][1]["valueSet"]["valueSetDefinition"]["value"]
    custom[0][1]["valueSet"] = {"restricted": True, "valueSetDefinition": {
        "sorted": False, "value": [*picklist, {"fullName": "vip_hold", "default": False,
                                               "label": "VIP hold"}]}}
    salesforce.install_fields(definitions=custom)
    connector_for(salesforce).setup(dry_run=False)
    fields = _sf_fields(salesforce)
    assert fields["Note"]["length"] == 200
    assert fields["Status"]["value_labels"]["vip_hold"] == "VIP hold"
    assert fields["Status"]["value_labels"]["bounced"] == STATUS_LABELS[BounceStatus.BOUNCED]


def test_salesforce_writes_without_the_new_field_until_setup_runs_again(salesforce):
    salesforce.install_fields(definitions=OLD_SALESFORCE)
    harness = SalesforceHarness(salesforce)
    ref = harness.add_contact("late@example.com", sequences=["Outbound"])
    crm = harness.connector
    contact = crm.find_contacts(["late@example.com"])[0]
    results = crm.apply([mark(ref, "late@example.com"),
                         Unenroll(key="u", contact=ref, enrollments=contact.enrollments)])
    assert [r.outcome.value for r in results] == ["done", "done"], results
    assert harness.fields(ref).status == "bounced"


# ------------------------------------------------------------------------------ README

def test_readme_field_table_names_the_labels_setup_creates():
    from pathlib import Path

    from connectors.hubspot.properties import TEXTS
    from connectors.salesforce.definitions import FIELD_SPECS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in readme.splitlines():
        if line.startswith("| `bounce_sync_"):
            hub, sf, label = (c.strip().strip("`") for c in line.strip("|").split("|")[:3])
            rows[hub.removeprefix(PREFIX)] = (sf, label.split(" / "))
    assert set(rows) == set(TEXTS)
    for role, (label, _, _) in TEXTS.items():
        assert label == rows[role][1][0], role
    by_name = {f"{P}{s.suffix}__c": s for s in FIELD_SPECS}
    for sf, labels in rows.values():
        if sf != "—":
            assert by_name.pop(sf).label == labels[-1], sf
    assert not by_name, "every Salesforce field is in the table"
