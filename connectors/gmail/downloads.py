"""Batched messages.get: the one way the source downloads messages (`raw` for bounces,
`minimal` for the date of a new message the bounce search could not place, `metadata` with
only a few headers for ordinary mail: a sign of life, never a body).

A batch is paced and retried as one call; its parts fail on their own (Google answers each
part separately), so failed parts are re-queued here with the shared backoff.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from connectors.gmail.client import MAX_WAIT, GmailApi, missing_scope_error, rate_limited, scope_refused, translate
from connectors.http import Transient, backoff
from sync.errors import Retryable

__all__ = ["fetch_messages"]

log = logging.getLogger(__package__)


def fetch_messages(api: GmailApi, ids: Sequence[str], chunk: int, fmt: str = "raw",
                   headers: Sequence[str] = ()) -> dict[str, dict]:
    """messages.get(format=`fmt`) in batches of `chunk` (with `metadataHeaders` = `headers`
    for format metadata). Parts that fail with 429/5xx are
    re-queued with the shared backoff (Retry-After honoured); a 404 part (deleted meanwhile)
    is dropped; any other failing part ends the call with its error."""
    results: dict[str, dict] = {}
    queue = list(dict.fromkeys(ids))
    attempt = 0
    while queue:
        failed: list[str] = []
        waits: list[float] = []
        for start in range(0, len(queue), chunk):
            _get_batch(api, queue[start:start + chunk], fmt, results, failed, waits, headers)
        if not failed:
            break
        attempt += 1
        retry_after = max(waits) if waits else None
        wait = backoff(attempt, base=api.backoff, retry_after=retry_after)
        if attempt >= api.max_attempts or wait > MAX_WAIT:
            raise Retryable(f"Gmail messages.get: {len(failed)} messages still failing after "
                            f"{attempt} attempts", retry_after=retry_after)
        log.info("gmail: %d batch parts failed; re-queued in %.1fs", len(failed), wait)
        api.sleep(wait)
        queue = failed
    return results


def _get_batch(api: GmailApi, chunk: Sequence[str], fmt: str, results: dict[str, dict], failed: list[str],
               waits: list[float], headers: Sequence[str] = ()) -> None:
    """One batch request of messages.get parts (itself paced and retried as one call)."""
    fatal: list[Exception] = []
    refused: list[str] = []

    def on_part(request_id: str, response: Any, exc: HttpError | None) -> None:
        if exc is None:
            results[request_id] = response
            return
        if rate_limited(exc):
            refused.append(request_id)
        if exc.status_code == 404:
            log.info("gmail message %s is gone (deleted after it was listed)", request_id)
            return
        err = (missing_scope_error(f"messages.get(format={fmt})", api.needs, api.granted)
               if scope_refused(exc) else translate(exc, "messages.get"))
        if isinstance(err, Transient):
            failed.append(request_id)
            if err.retry_after is not None:
                waits.append(err.retry_after)
        else:
            err.__cause__ = exc
            fatal.append(err)

    def run() -> None:
        batch = BatchHttpRequest(callback=on_part, batch_uri=api.batch_uri)
        extra = {"metadataHeaders": list(headers)} if headers else {}
        for mid in chunk:
            batch.add(api.service.users().messages().get(userId="me", id=mid, format=fmt, **extra),
                      request_id=mid)
        batch.execute()

    api.run("batch messages.get", run, api.unit_costs["messages.get"] * len(chunk))
    if refused:
        api.budget.throttled()  # once per batch: its parts were refused together
    if fatal:
        raise fatal[0]
