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

from tests.connectors.gmail.harness import ADDRESS, dsn, ordinary, sent
from tests.contracts.mail import bounce
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



# ------------------------------------------------- strict requests: the discovery document


def _raw(users, fake, method: str, path: str, body: dict | None = None):
    """A request the client library would not build (it checks enums and names itself),
    sent with the library's own authorized http."""
    http = users._http
    resp, content = http.request(f"{fake.url}/gmail/v1/users/me/{path}", method=method,
                                 body=json.dumps(body) if body is not None else None,
                                 headers={"content-type": "application/json"})
    return int(resp.status), json.loads(content or b"{}")


@pytest.mark.parametrize("method,path,body,location", [
    ("GET", "messages?frobnicate=1", None, "frobnicate"),  # unknown query parameter
    ("GET", "messages?includeSpamTrash=yes", None, "includeSpamTrash"),  # boolean
    ("GET", "messages?maxResults=ten", None, "maxResults"),  # uint32
    ("GET", "messages?maxResults=-1", None, "maxResults"),
    ("GET", "messages?q=a&q=b", None, "q"),  # not repeatable
    ("GET", "messages/MID?format=fulll", None, "format"),  # enum: full|metadata|minimal|raw
    ("GET", "history?startHistoryId=abc", None, "startHistoryId"),  # uint64
    ("GET", "history?startHistoryId=1&historyTypes=messageAddd", None, "historyTypes"),
    ("GET", "profile?alt=xml", None, "alt"),  # a global parameter's enum
    ("POST", "messages/batchModify", {"ids": ["x"], "addLabels": ["L"]}, "body"),  # unknown field
    ("POST", "messages/batchModify", {"ids": "x"}, "body"),  # wrong type
    ("POST", "labels", {"name": "x"}, "body"),  # visibilities are required on create
    ("POST", "labels", {"name": "x", "labelListVisibility": "visible", "messageListVisibility": "show"}, "body"),
])
def test_the_fake_refuses_what_the_discovery_document_does_not_allow(gmail, method, path, body, location):
    fake, users = gmail
    mid = fake.add_message(ADDRESS, ordinary(1))
    status, answer = _raw(users, fake, method, path.replace("MID", mid), body)
    assert status == 400, answer
    error = answer["error"]
    assert error["code"] == 400 and error["status"] == "INVALID_ARGUMENT" and error["message"]
    assert error["errors"][0]["reason"] == "invalidParameter" and error["errors"][0]["location"] == location
    assert fake.refusals and fake.refusals[-1][1] == error["message"]


def test_the_fake_accepts_every_documented_form(gmail):
    fake, users = gmail
    mid = fake.add_message(ADDRESS, ordinary(1))
    for path in ("messages?includeSpamTrash=true&maxResults=500&labelIds=INBOX&labelIds=UNREAD&q=x",
                 f"messages/{mid}?format=metadata&metadataHeaders=From&metadataHeaders=Subject",
                 "history?startHistoryId=1&historyTypes=messageAdded&historyTypes=labelAdded&maxResults=5",
                 "profile?prettyPrint=false&fields=historyId&alt=json"):
        status, answer = _raw(users, fake, "GET", path)
        assert status == 200, answer
    assert fake.refusals == []


def test_the_connector_never_sends_what_the_fake_refuses(tmp_path):
    """Every call GmailSource makes (check, full sync, incremental with an old-dated import,
    index-lag rechecks, Sent lookups, the sent count, the processed label) against the strict
    fake: not one refusal."""
    from datetime import datetime, timezone

    from tests.connectors.gmail.harness import make_source

    with FakeGmail() as fake:
        src = make_source(fake, tmp_path, scopes=(SCOPE_MODIFY,), search_lag_seconds=600)
        sent_id = fake.add_sent(ADDRESS, sent(1))
        fake.add_message(ADDRESS, bounce(1), thread_id=sent_id)
        assert all(item.ok for item in src.check())
        _, cursor = _drain(src, None)
        fake.add_message(ADDRESS, dsn(2, quoting="sent-1@sender.example"))
        fake.add_message(ADDRESS, bounce(3), internal_date=fake.now_ms() - 400 * 86400 * 1000)
        lagging = fake.add_message(ADDRESS, ordinary(4))
        fake.unindexed.add(lagging)
        seen, cursor = _drain(src, cursor)
        assert len(seen) == 2
        _drain(src, cursor)
        src.sent_count(since=datetime(2020, 1, 1, tzinfo=timezone.utc))
        assert fake.refusals == []


def _drain(src, cursor):
    from tests.contracts.mail import drain

    return drain(src, cursor)
