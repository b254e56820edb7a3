"""Our reading of Gmail's answers pinned against the examples Google's own documentation
gives, not against what our fake happens to send.

Error bodies: the samples of "Resolve errors",
https://developers.google.com/workspace/gmail/api/guides/handle-errors (one per status and
reason the page shows; field order and values as there). Quota figures: the per-method table
of https://developers.google.com/workspace/gmail/api/reference/quota. Metadata-scope refusals:
as reported from the live API in dacastro4/laravel-gmail#90 and googleworkspace/cli#104.
"""

from __future__ import annotations

import json

import httplib2
import pytest
from googleapiclient.errors import HttpError

from connectors.gmail import UNIT_COSTS
from connectors.gmail.client import rate_limited, scope_refused, translate
from connectors.http import Transient
from sync.errors import AuthError, Permanent, QuotaExhausted

# (status, body) as the handle-errors page shows them
DOC_400 = (400, {"error": {"code": 400, "errors": [{
    "domain": "global", "location": "orderBy", "locationType": "parameter",
    "message": "Sorting is not supported for queries with fullText terms. Results are always in descending relevance order.",
    "reason": "badRequest"}],
    "message": "Sorting is not supported for queries with fullText terms. Results are always in descending relevance order."}})
DOC_401 = (401, {"error": {"errors": [{"domain": "global", "reason": "authError", "message": "Invalid Credentials",
                                       "locationType": "header", "location": "Authorization"}],
                           "code": 401, "message": "Invalid Credentials"}})
DOC_403_DAILY = (403, {"error": {"errors": [{"domain": "usageLimits", "reason": "dailyLimitExceeded",
                                             "message": "Daily Limit Exceeded"}],
                                 "code": 403, "message": "Daily Limit Exceeded"}})
DOC_403_USER_RATE = (403, {"error": {"errors": [{"domain": "usageLimits", "reason": "userRateLimitExceeded",
                                                 "message": "User Rate Limit Exceeded"}],
                                     "code": 403, "message": "User Rate Limit Exceeded"}})
DOC_403_RATE = (403, {"error": {"errors": [{"domain": "usageLimits", "message": "Rate Limit Exceeded",
                                            "reason": "rateLimitExceeded"}],
                                "code": 403, "message": "Rate Limit Exceeded"}})
DOC_403_DOMAIN = (403, {"error": {"errors": [{"domain": "global", "reason": "domainPolicy",
                                              "message": "The domain administrators have disabled Gmail apps."}],
                                  "code": 403, "message": "The domain administrators have disabled Gmail apps."}})
DOC_429 = (429, {"error": {"errors": [{"domain": "usageLimits", "reason": "rateLimitExceeded",
                                       "message": "Rate Limit Exceeded"}],
                           "code": 429, "message": "Rate Limit Exceeded"}})
DOC_500 = (500, {"error": {"errors": [{"domain": "global", "reason": "backendError", "message": "Backend Error"}],
                           "code": 500, "message": "Backend Error"}})
LIVE_METADATA_FULL = (403, {"error": {"errors": [{"domain": "global", "reason": "forbidden",
                                                  "message": "Metadata scope doesn't allow format FULL"}],
                                      "code": 403, "message": "Metadata scope doesn't allow format FULL"}})


def _error(sample: tuple[int, dict]) -> HttpError:
    status, body = sample
    return HttpError(httplib2.Response({"status": status}), json.dumps(body).encode(),
                     uri="https://gmail.googleapis.com/gmail/v1/users/me/messages")


@pytest.mark.parametrize("sample,kind,rate", [
    (DOC_400, Permanent, False),
    (DOC_401, AuthError, False),
    (DOC_403_DAILY, QuotaExhausted, False),
    (DOC_403_USER_RATE, Transient, True),
    (DOC_403_RATE, Transient, True),
    (DOC_403_DOMAIN, AuthError, False),
    (DOC_429, Transient, True),
    (DOC_500, Transient, False),
])
def test_documented_error_samples_are_read_as_google_means_them(sample, kind, rate):
    got = translate(_error(sample), "messages.list")
    assert type(got) is kind or (kind is Permanent and type(got) is Permanent), got
    assert rate_limited(_error(sample)) is rate
    assert not scope_refused(_error(sample))
    assert "Gmail messages.list: HTTP" in str(got)


def test_the_live_metadata_scope_refusal_is_a_missing_scope():
    assert scope_refused(_error(LIVE_METADATA_FULL))


def test_unit_costs_are_the_documented_table():
    documented = {"getProfile": 1, "history.list": 2, "labels.create": 5, "labels.list": 1,
                  "messages.batchModify": 50, "messages.get": 5, "messages.list": 5}
    assert UNIT_COSTS == documented
