"""Looking contacts up by address: a batch read by primary email, a paced search for the
secondary addresses, and the sequence enrollment of each enrolled contact (one GET each:
HubSpot has no batch API for it). The watcher (`watcher.py`) and the writes reuse the
record decoding here, so a contact reads the same whichever way it was found."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from hubspot.crm.contacts.models import (
    BatchReadInputSimplePublicObjectId, Filter, FilterGroup, PublicObjectSearchRequest,
    SimplePublicObjectId,
)

from classifier.records import normalise_address
from connectors.http import chunks
from connectors.hubspot.client import BATCH_SIZE, SEARCH_PAGE, Client
from connectors.hubspot.http import Refused
from sync.records import BounceStatus, Contact, ContactRef, Enrollment

# Incremental read, declared with the reads that all ask for it (the watcher's signpost).
CURSOR_FIELD = "lastmodifieddate"  # contacts: not hs_lastmodifieddate
SECONDARY_PER_SEARCH = 1  # `query` takes one string: one secondary address per search


class Reader:
    """Reads contacts and their enrollments; shared by the lookup, the watcher and the
    writes (an Unenroll without enrollments reads the contact first)."""

    def __init__(self, client: Client) -> None:
        self._c = client

    def read_props(self) -> list[str]:
        """Every property a read asks for: the addresses, the enrollment flag, the cursor
        field and all of ours."""
        cfg = self._c.cfg
        extra = [cfg.secondary] if cfg.secondary else []
        return ["email", *extra, "hs_sequences_is_enrolled", CURSOR_FIELD, *self._c.names.values()]

    def find_contacts(self, emails: Sequence[str]) -> Sequence[Contact]:
        """The contacts holding any of `emails` as primary or secondary address, with their
        enrollments; a loose search hit that holds none of them is dropped."""
        wanted = list(dict.fromkeys(normalise_address(e) for e in emails if e and e.strip()))
        if not wanted:
            return []
        found = self.batch_read(wanted, by_email=True)
        matched = {a for props in found.values() for a in self._addresses(props)}
        rest = [e for e in wanted if e not in matched]
        if rest and self._c.cfg.secondary:
            found.update(self._find_secondary(rest))
        wanted_set = set(wanted)
        contacts = []
        for cid, props in found.items():
            if not wanted_set & set(self._addresses(props)):
                continue  # a `query` hit that only contains the address (a longer one)
            contacts.append(self.contact(cid, props, with_enrollments=True))
        return contacts

    def batch_read(self, keys: Sequence[str], *, by_email: bool) -> dict[str, dict[str, Any]]:
        """id -> properties, for the keys found (a 207 for the others is normal)."""
        c = self._c
        found: dict[str, dict[str, Any]] = {}
        for chunk in chunks(list(keys), BATCH_SIZE):
            request = BatchReadInputSimplePublicObjectId(
                inputs=[SimplePublicObjectId(id=k) for k in chunk],
                id_property="email" if by_email else None,
                properties=self.read_props(), properties_with_history=[])
            data, _ = c.call("batch read contacts", c.batch.read_with_http_info,
                             request)  # archived defaults to false
            for obj in data.results or []:  # not in input order: keyed by id
                found[str(obj.id)] = dict(obj.properties or {})
        return found

    def _find_secondary(self, addresses: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Batch read by email matches the primary address only; a secondary address needs
        a (paced, 5/s-limited) search, one address per request. We search with `query`,
        whose documented reach covers hs_additional_emails ("Search default searchable
        properties", developers.hubspot.com/docs/api-reference/search/guide): a contact
        whose value contains the address comes back, and `find_contacts` keeps only exact
        matches. A filter on hs_additional_emails is not used: the value is a `;`-joined
        list, so EQ sees the whole list, and how CONTAINS_TOKEN tokenises it is not
        documented. A configured custom property is not a default searchable one, so it is
        matched with EQ (a single address per value is what we can rely on there)."""
        c = self._c
        found: dict[str, dict[str, Any]] = {}
        by_query = c.cfg.secondary == "hs_additional_emails"
        for address in addresses:
            after = None
            while True:
                if by_query:
                    request = PublicObjectSearchRequest(query=address, properties=self.read_props(),
                                                        limit=SEARCH_PAGE, after=after)
                else:
                    request = PublicObjectSearchRequest(
                        filter_groups=[FilterGroup(filters=[Filter(
                            property_name=c.cfg.secondary, operator="EQ", value=address)])],
                        properties=self.read_props(), limit=SEARCH_PAGE, after=after)
                data, _ = c.call("search secondary emails", c.search.do_search_with_http_info,
                                 request, search=True)
                for obj in data.results or []:
                    found[str(obj.id)] = dict(obj.properties or {})
                nxt = data.paging.next.after if data.paging and data.paging.next else None
                if not nxt:
                    break
                after = nxt
        return found

    def _addresses(self, props: Mapping[str, Any]) -> list[str]:
        out = [props.get("email") or ""]
        if self._c.cfg.secondary:
            out += (props.get(self._c.cfg.secondary) or "").split(";")
        return [normalise_address(a) for a in out if a and a.strip()]

    def contact(self, cid: str, props: Mapping[str, Any], *, with_enrollments: bool) -> Contact:
        """Our record of a HubSpot contact; its enrollments are read (one GET) only when
        asked, the contact is enrolled, and we may touch sequences at all."""
        P = self._c.names
        raw_status = props.get(P["status"])
        status = next((s for s in BounceStatus if s.value == raw_status), None)
        enrolled = props.get("hs_sequences_is_enrolled") == "true"
        enrollments = (self.enrollments(cid) if with_enrollments and enrolled
                       and self._c.cfg.unenroll != "none" else ())
        addresses = self._addresses(props)
        try:
            soft = int(float(props.get(P["soft_count"]) or 0))
        except ValueError:
            soft = 0
        return Contact(ref=ContactRef(id=cid), email=props.get("email") or None,
                       emails=tuple(addresses), bounce_status=status,
                       bounced_address=props.get(P["bounced_address"]) or None,
                       soft_count=soft, enrollments=enrollments,
                       modified_at=parse_time(props.get(CURSOR_FIELD)))

    def enrollments(self, cid: str) -> tuple[Enrollment, ...]:
        """The contact's active sequence enrollments (none on a 404), with the user and the
        inbox a re-enrollment will need. HubSpot names the user who enrolled (`enrolledBy`,
        `enrolledByEmail`: the user's login) but not the inbox that sends, and enrolling
        needs a connected inbox (`senderEmail`): the sender comes from the settings
        (`reenroll_senders` for that user, else `reenroll_sender`), never from
        `enrolledByEmail`."""
        cfg = self._c.cfg
        try:
            data, _ = self._c.raw("read sequence enrollment", "GET",
                                  f"/automation/v4/sequences/enrollments/contact/{cid}")
        except Refused as exc:
            if exc.status == 404:
                return ()
            raise
        data = data or {}
        # HubSpot answers one enrollment object (one sequence at a time); accept a list too
        items = data.get("results") if isinstance(data.get("results"), list) else [data]
        out = []
        for item in items:
            if not isinstance(item, dict) or not item.get("sequenceId"):
                continue
            user = str(item.get("enrolledBy") or cfg.reenroll_user_id or "") or None
            sender = cfg.sender_for(user)
            out.append(Enrollment(  # the v4 read has no step (api/hubspot.md corrections)
                sequence_id=str(item["sequenceId"]), sequence_name=item.get("sequenceName"),
                sender=sender[0] if sender else None, user_id=user,
                tracker_id=str(item["id"]) if item.get("id") else None))
        return tuple(out)

    def saved(self, props: Mapping[str, Any]) -> list[Enrollment]:
        """The enrollments our unenroll saved on the contact (so re-enroll can restore them
        after the workflow removed them); nothing when unreadable."""
        raw = props.get(self._c.names["saved_enrollments"])
        try:
            items = json.loads(raw) if raw else []
        except ValueError:
            return []
        out = []
        for d in items:
            if not isinstance(d, dict) or not d.get("sequence_id"):
                continue
            # The sender is the settings' inbox for the user: values saved by older versions
            # hold `enrolledByEmail`, the user's login, which HubSpot refuses as a sender.
            user = d.get("user_id")
            sender = self._c.cfg.sender_for(user)
            out.append(Enrollment(sequence_id=str(d["sequence_id"]),
                                  sequence_name=d.get("sequence_name"), step=d.get("step"),
                                  sender=sender[0] if sender else None, user_id=user))
        return out


def dump_saved(enrollments: Iterable[Enrollment]) -> str:
    """The saved-enrollments property value `Reader.saved` reads back."""
    return json.dumps([{"sequence_id": e.sequence_id, "sequence_name": e.sequence_name,
                        "step": e.step, "sender": e.sender, "user_id": e.user_id}
                       for e in enrollments], separators=(",", ":"))


def parse_time(value: str | None) -> datetime | None:
    """A HubSpot datetime as it comes back: epoch milliseconds or ISO 8601 (naive = UTC)."""
    if not value:
        return None
    value = value.strip()
    if value.lstrip("-").isdigit():
        return datetime.fromtimestamp(int(value) / 1000, timezone.utc)
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
