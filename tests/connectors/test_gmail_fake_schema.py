"""The fake Gmail answers in the shapes Google documents: its responses are checked against the
schemas of the discovery document bundled with google-api-python-client, and its search
subset against hand-worked cases."""

from __future__ import annotations

import json
from pathlib import Path

import googleapiclient
import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from tests.connectors.mail_contract import bounce
from tests.connectors.test_gmail_support import ADDRESS, dsn, ordinary, sent
from tests.fakes.gmail import SCOPE_MODIFY, FakeGmail, Matcher, QueryError, _walk, parse_query

DISCOVERY = json.loads((Path(googleapiclient.__file__).parent / "discovery_cache" / "documents" /
                        "gmail.v1.json").read_text())
SCHEMAS = DISCOVERY["schemas"]
LABEL_BODY = {"labelListVisibility": "labelShow", "messageListVisibility": "show"}  # required on create


def validate(value, schema: dict, path: str = "$") -> None:
    """A strict reading of discovery schemas: types, formats of int64-as-string, and no
    property the schema does not declare."""
    if "$ref" in schema:
        return validate(value, SCHEMAS[schema["$ref"]], path)
    kind = schema.get("type")
    if kind == "object":
        assert isinstance(value, dict), f"{path}: object expected, got {value!r}"
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in props:
                validate(item, props[key], f"{path}.{key}")
            elif extra is not None:
                validate(item, extra, f"{path}.{key}")
            else:
                raise AssertionError(f"{path}.{key}: not in the schema")
    elif kind == "array":
        assert isinstance(value, list), f"{path}: array expected"
        for i, item in enumerate(value):
            validate(item, schema["items"], f"{path}[{i}]")
    elif kind == "string":
        assert isinstance(value, str), f"{path}: string expected, got {value!r}"
        if schema.get("format") in ("int64", "uint64"):
            assert value.lstrip("-").isdigit(), f"{path}: {schema['format']} as a decimal string"
        if "enum" in schema:
            assert value in schema["enum"], f"{path}: {value!r} not in enum"
    elif kind == "integer":
        assert isinstance(value, int) and not isinstance(value, bool), f"{path}: integer expected"
    elif kind == "boolean":
        assert isinstance(value, bool), f"{path}: boolean expected"
    return None


@pytest.fixture
def gmail():
    with FakeGmail() as fake:
        info = fake.authorized_user(ADDRESS, scopes=(SCOPE_MODIFY,))
        creds = Credentials(None, refresh_token=info["refresh_token"], client_id=info["client_id"],
                            client_secret=info["client_secret"], token_uri=info["token_uri"])
        service = build("gmail", "v1", credentials=creds, static_discovery=True,
                        client_options={"api_endpoint": fake.url})
        yield fake, service.users()


def test_responses_match_discovery_schemas(gmail):
    fake, users = gmail
    sent_id = fake.add_sent(ADDRESS, sent(1))
    fake.add_message(ADDRESS, bounce(1), thread_id=sent_id)
    for n in range(3):
        fake.add_message(ADDRESS, ordinary(n))
    validate(users.getProfile(userId="me").execute(), {"$ref": "Profile"})
    listed = users.messages().list(userId="me", maxResults=2).execute()
    validate(listed, {"$ref": "ListMessagesResponse"})
    assert listed["nextPageToken"] and len(listed["messages"]) == 2
    validate(users.messages().list(userId="me", q="from:nobody").execute(), {"$ref": "ListMessagesResponse"})
    for fmt in ("raw", "minimal", "metadata"):
        got = users.messages().get(userId="me", id=sent_id, format=fmt, metadataHeaders=["From"]).execute()
        validate(got, {"$ref": "Message"})
    history = users.history().list(userId="me", startHistoryId="1", maxResults=3).execute()
    validate(history, {"$ref": "ListHistoryResponse"})
    assert history["nextPageToken"] and history["history"][0]["messagesAdded"]
    label = users.labels().create(userId="me", body=LABEL_BODY | {"name": "bounce-processed"}).execute()
    validate(label, {"$ref": "Label"})
    validate(users.labels().list(userId="me").execute(), {"$ref": "ListLabelsResponse"})
    users.messages().batchModify(userId="me", body={"ids": [sent_id], "addLabelIds": [label["id"]]}).execute()
    changes = users.history().list(userId="me", startHistoryId="1", historyTypes=["labelAdded"]).execute()
    validate(changes, {"$ref": "ListHistoryResponse"})
    assert changes["history"][0]["labelsAdded"][0]["labelIds"] == [label["id"]]


def test_errors_carry_googles_bodies(gmail):
    fake, users = gmail
    fake.expire_history_before(10_000)
    with pytest.raises(HttpError) as info:
        users.history().list(userId="me", startHistoryId="5").execute()
    assert info.value.status_code == 404 and info.value.error_details[0]["reason"] == "notFound"
    fake.faults.fail_next("rate_limit")
    with pytest.raises(HttpError) as info:
        users.getProfile(userId="me").execute()
    assert info.value.status_code == 429 and info.value.resp["retry-after"] == "1"
    fake.faults.fail_next("daily_quota")
    with pytest.raises(HttpError) as info:
        users.getProfile(userId="me").execute()
    assert info.value.error_details[0]["reason"] == "dailyLimitExceeded"
    with pytest.raises(HttpError) as info:
        users.labels().create(userId="me", body=LABEL_BODY | {"name": "INBOX"}).execute()
    assert info.value.status_code == 409


def test_history_rejects_start_ids_before_the_retained_minimum(gmail):
    fake, users = gmail
    fake.add_message(ADDRESS, ordinary(1))
    current = fake.history_id(ADDRESS)
    fake.expire_history_before(current)
    assert users.history().list(userId="me", startHistoryId=str(current)).execute()["historyId"] == str(current)


def test_batch_rejects_more_than_100_parts(gmail):
    fake, users = gmail
    from googleapiclient.http import BatchHttpRequest

    batch = BatchHttpRequest(batch_uri=f"{fake.url}/batch/gmail/v1")
    for n in range(101):
        batch.add(users.messages().get(userId="me", id=f"x{n}", format="raw"))
    with pytest.raises(HttpError) as info:
        batch.execute()
    assert info.value.status_code == 400


@pytest.mark.parametrize("query,expected", [
    ("from:mailer-daemon", {"b1", "d2"}),
    ('subject:"Delivery Status Notification"', {"b1"}),
    ("from:(postmaster OR mailer-daemon) -subject:undelivered", {"b1"}),
    ("in:sent", {"s3"}),
    ("-in:sent", {"b1", "d2", "o4"}),
    ("in:anywhere", {"b1", "d2", "s3", "o4", "x5"}),
    ("{subject:undelivered subject:quick}", {"d2", "s3", "o4"}),
    ("rfc822msgid:<sent-3@sender.example>", {"s3"}),
    ("rfc822msgid:sent-3@sender.example in:inbox", set()),
    ("from:mailer-daemon OR from:lead4 in:inbox", {"b1", "d2", "o4"}),
    ("after:2000000000", set()),
    ("before:2000/01/01", set()),
    ("in:spam", {"x5"}),
])
def test_search_subset(query, expected):
    fake = FakeGmail()
    ids = {"b1": fake.add_message(ADDRESS, bounce(1)), "d2": fake.add_message(ADDRESS, dsn(2)),
           "s3": fake.add_sent(ADDRESS, sent(3)), "o4": fake.add_message(ADDRESS, ordinary(4)),
           "x5": fake.add_message(ADDRESS, bounce(5), labels=("SPAM",))}
    box = fake.mailbox(ADDRESS)
    node = parse_query(query)
    spam_trash = any(t.op == "in" and t.value in ("anywhere", "spam", "trash") for t in _walk(node))
    match = Matcher(node, box)
    got = {name for name, mid in ids.items()
           if match(box.messages[mid]) and (spam_trash or "SPAM" not in box.messages[mid].labels)}
    assert got == expected


@pytest.mark.parametrize("query", ["(from:a", "from:a)", "frobnicate:x", "in:nowhere", "after:yesterday"])
def test_bad_queries_are_refused(query):
    with pytest.raises(QueryError):
        Matcher(parse_query(query), FakeGmail().mailbox(ADDRESS))

