"""Shared by the stress benchmarks (kill_anywhere.py, faults.py) and their CI-size tests:
a fake Gmail mailbox of mixed mail over many contacts in one fake CRM, the expected end
state of every contact, and the check of the fakes' and the state store's final state.

Built on tests/e2e/ (harness.py: fakes, config, the real `bounce-sync` command;
crm_backends.py: the CRMs); nothing here talks to our connectors: seeding and reading back
go straight to the fakes, as a mail provider or a CRM user would. Where a running command
is (for kill_anywhere.py) is read in stages.py.

    world = World(folder, "hubspot", contacts=900, waves=20, seed=1)
    world.deliver_next_wave()            # mail arrives between cron runs
    world.edit_due()                     # CRM users fix bounced addresses
    argv, env = world.e2e.command("run") # run / kill the command as you like
    verdict = world.check()              # lost, doubled, problems

Mail kinds (per contact; each answers a SENT message in the same Gmail thread):
  hard, nodomain      hard bounce: marked bounced, unenrolled once
  spam, soft          one soft bounce: soft_bounced, count 1, still enrolled
  soft3               three soft bounces: escalated to bounced, unenrolled once
  fix                 hard bounce, then a CRM user fixes the address: cleared, re-enrolled
                      once at step 1
  fix_bad             hard bounce, then the address is edited to one known to hard-bounce:
                      refused, not re-enrolled
  sender              Gmail's own sending-limit notice: alert only, contact untouched
  auto_reply, reply   not bounces: contact untouched
  none                nothing arrives: contact untouched
plus hard bounces to addresses that are no contact (recorded; the `fix_bad` targets).
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from tests.e2e.crm_backends import Ref, backend
from tests.e2e.harness import E2E
from tests.stress.harness.repeats import note_paged, repeated_requests, unpaged_alerts, write_counts

SEQ = {"Q4 Outbound": 3}
KIND_WEIGHTS = {"hard": 26, "nodomain": 6, "spam": 7, "soft": 10, "soft3": 6, "fix": 8,
                "fix_bad": 3, "sender": 2, "auto_reply": 12, "reply": 10, "none": 10}
UNMATCHED_SHARE = 0.05  # of contacts: extra hard bounces to addresses that are no contact


# --------------------------------------------------------------------------- the world


@dataclass
class Person:
    ref: Ref
    kind: str
    wave: int
    edited_to: str | None = None
    seeded: frozenset[str] = frozenset()  # enrollment/tracker ids present at seeding


@dataclass
class Verdict:
    bounces: int  # bounce messages delivered (DSNs)
    messages: int  # every message delivered to the inbox (bounces and other mail)
    lost: int  # bounce messages not in the ledger, or contacts whose expected effect is missing
    doubled: int  # unenrollments/enrollments beyond exactly once
    problems: list[str] = field(default_factory=list)
    effects: Counter = field(default_factory=Counter)
    # Write-level repeats, counted by the fake CRM (or the local CRM's event log): every
    # accepted write per contact per action, beyond the first. A repeat is harmless (writes
    # are idempotent) but costs a request; after a crash or a lost answer at most the one
    # batch in flight may repeat.
    writes: int = 0  # accepted writes (contact x action)
    repeats: int = 0  # of those, repeats of a write already accepted
    repeated_contacts: int = 0
    most_repeats: int = 0  # the most times one write was repeated
    repeated_requests: int = 0  # write requests that repeated at least one accepted write
    # Per contact, the most times one of its writes was repeated, added up: a crash repeats
    # the one connector batch in flight, so each contact of it once (however many round
    # requests the batch took: HubSpot writes a contact's conflicting values in rounds).
    contact_repeats: int = 0
    alerts: int = 0  # alerts the state store holds
    unpaged: int = 0  # of those, never in the summary of a run that exited 3
    unpaged_alerts: list[str] = field(default_factory=list)
    forged: int = 0  # effects of forged bounces (a contact they named changed, or trusted)

    @property
    def ok(self) -> bool:
        return not self.problems and self.lost == 0 and self.doubled == 0 and self.forged == 0


class World:
    """The fakes (via E2E), a generated population and its mail, delivered in waves."""

    def __init__(self, folder: Path, crm: str, *, contacts: int, waves: int, seed: int,
                 first_wave_share: float = 0.3, fast_limits: bool = True,
                 crm_backend: Any = None, mailbox_settings: dict[str, Any] | None = None) -> None:
        self.rng = random.Random(seed)
        be = crm_backend or backend(crm)
        settings = dict(mailbox_settings or {})
        if fast_limits:
            # Crash safety, not quota, is under test here: lift the per-minute/ten-second
            # ceilings so a run is seconds, not minutes (faults.py tests the limits).
            settings.setdefault("quota_units_per_minute", 1_000_000)
            if hasattr(be, "fake") and hasattr(be.fake, "ten_secondly_limit"):
                be.fake.ten_secondly_limit = 1_000_000
                be.fake.search_per_second = 1_000
        # The bounce-rate alert would fire on every run of a mailbox this bouncy (exit 3
        # forever); it has its own tests.
        self.e2e = E2E(Path(folder), be, policy={"bounce_rate_threshold": 1.0},
                       mailbox_settings=settings)
        self.e2e.start()
        for fake in (self.e2e.gmail, getattr(be, "fake", None)):
            if fake is not None and fake._server is not None:
                # A killed client resets its connections; that is the test, not news.
                fake._server.handle_error = lambda request, address: None
        if fast_limits:
            self.e2e.gmail.quota_units_per_minute = 10**9
        kinds = list(KIND_WEIGHTS)
        weights = [KIND_WEIGHTS[k] for k in kinds]
        first = max(1, int(contacts * first_wave_share))
        self.people: list[Person] = []
        for i in range(contacts):
            kind = self.rng.choices(kinds, weights)[0]
            wave = 0 if i < first else 1 + (i - first) * max(1, waves - 1) // max(1, contacts - first)
            ref = self.e2e.add_contact(f"p{i:05d}@prospects{i % 7}.example", SEQ)
            self.people.append(Person(ref=ref, kind=kind, wave=min(wave, waves - 1)))
        ids = self._enrollment_ids()
        for p in self.people:
            p.seeded = frozenset(str(r[0]) for r in ids.get(p.ref.id, ()))
        n_ghosts = max(1, int(contacts * UNMATCHED_SHARE))
        # The first arrives with the first wave, so a known-bad address exists to mis-fix to.
        self.ghosts = [(f"ghost{j:04d}@gone{j % 5}.example", self.rng.randrange(waves) if j else 0)
                       for j in range(n_ghosts)]
        self.waves = waves
        self.next_wave = 0
        self.dsn_ids: list[str] = []
        self.other_ids: list[str] = []
        self.paged: set[tuple[str, str, str | None]] = set()  # alerts runs exited 3 with
        self.forged_ids: list[str] = []  # forged DSNs (issue 9): they must change nothing
        self.forged_named: set[str] = set()

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self.e2e.stop()

    def __enter__(self) -> World:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- mail ------------------------------------------------------------------------------

    @property
    def waves_left(self) -> int:
        return self.waves - self.next_wave

    def deliver_next_wave(self) -> int:
        """Deliver the next wave's mail; returns the number of inbox messages added."""
        if self.next_wave >= self.waves:
            return 0
        w = self.next_wave
        self.next_wave += 1
        mail = self.e2e.mail
        before = len(self.dsn_ids) + len(self.other_ids)
        for p in self.people:
            if p.wave != w:
                continue
            to = p.ref.email
            if p.kind in ("hard", "nodomain", "spam", "soft", "sender"):
                self.dsn_ids.append(mail.bounce(to, p.kind))
            elif p.kind in ("fix", "fix_bad"):
                self.dsn_ids.append(mail.bounce(to, "hard"))
            elif p.kind == "soft3":
                # Gmail stamps mail as it arrives (internalDate): three in a row, now.
                for _ in range(3):
                    self.dsn_ids.append(mail.bounce(to, "soft"))
            elif p.kind == "auto_reply":
                self.other_ids.append(mail.auto_reply(to))
            elif p.kind == "reply":
                self.other_ids.append(self._human_reply(to))
        for address, wave in self.ghosts:
            if wave == w:
                self.dsn_ids.append(mail.bounce(address, "hard"))
        self._forge(w)
        return len(self.dsn_ids) + len(self.other_ids) + len(self.forged_ids) - before

    def _forge(self, w: int) -> None:
        """A forged DSN per wave: "from Google", threaded with a real sent message (to a
        decoy, no contact), naming contacts that should see no bounce at all."""
        from tests.sync.trust_mail import dsn_many

        names = [p.ref.email for p in self.people if p.kind in ("none", "reply", "auto_reply")]
        names = self.rng.sample(names, min(25, len(names)))
        if not names:
            return
        sent = self.e2e.mail.send(f"decoy{w}@decoy.example")
        raw = dsn_many(names, original_id=sent.message_id.strip("<>"), original_to=sent.to,
                       sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                       own_id=f"forged-{w}@evil.example")
        self.forged_ids.append(self.e2e.gmail.add_message(
            self.e2e.mail.address, raw, labels=("INBOX", "UNREAD"), thread_id=sent.gmail_id))
        self.forged_named.update(names)

    def _human_reply(self, to: str) -> str:
        mail = self.e2e.mail
        sent = mail.send(to)
        msg = EmailMessage()
        msg["From"] = to
        msg["To"] = mail.address
        msg["Subject"] = "Re: " + sent.subject
        msg["Date"] = format_datetime(datetime.now(timezone.utc))
        msg["Message-ID"] = make_msgid(domain="prospects.example")
        msg["In-Reply-To"] = sent.message_id
        msg.set_content("Thanks, Thursday works. Let's talk then.\n")
        return self.e2e.gmail.add_message(mail.address, bytes(msg), labels=("INBOX", "UNREAD"),
                                          thread_id=sent.gmail_id)

    # -- CRM users -------------------------------------------------------------------------

    def edit_due(self) -> int:
        """Fix (or mis-fix) the address of every `fix`/`fix_bad` contact that now shows as
        bounced and out of its sequences, once each. Returns how many were edited."""
        done = 0
        delivered_ghosts = [a for a, w in self.ghosts if w < self.next_wave]
        for p in self.people:
            if p.kind not in ("fix", "fix_bad") or p.edited_to is not None or p.wave >= self.next_wave:
                continue
            s = self.e2e.state(p.ref)
            if s.status != "bounced" or s.sequences:
                continue
            if p.kind == "fix":
                new = p.ref.email.replace("@", ".fixed@")
            elif delivered_ghosts and self._known_bad(delivered_ghosts):
                new = self.rng.choice(self._known_bad(delivered_ghosts))
            else:
                continue  # no ghost bounce recorded yet: edit later
            self.e2e.crm.edit_email(p.ref.id, new)
            p.edited_to = new
            done += 1
        return done

    def _known_bad(self, ghosts: list[str]) -> list[str]:
        """Ghost addresses the state store already knows to hard-bounce."""
        db = self.e2e.folder / "bounce-sync.sqlite3"
        if not db.exists():
            return []
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            known = {r[0] for r in conn.execute("SELECT address FROM known_hard")}
        except sqlite3.Error:
            return []
        finally:
            conn.close()
        return [g for g in ghosts if g in known]

    @property
    def edits_left(self) -> int:
        return sum(1 for p in self.people if p.kind in ("fix", "fix_bad") and p.edited_to is None
                   and p.wave < self.next_wave)

    # -- reading back ----------------------------------------------------------------------

    def _enrollment_ids(self) -> dict[str, list[tuple[str, bool, str]]]:
        """contact id -> [(enrollment id, active, how it ended)] straight from the fake CRM."""
        crm = self.e2e.crm
        out: dict[str, list] = {}
        if crm.name == "hubspot":
            with crm.fake.state_lock:
                for e in crm.fake.enrollments.values():
                    out.setdefault(e["contactId"], []).append((e["id"], e["state"] == "ACTIVE", e["state"]))
        elif crm.name == "salesforce":
            with crm.fake.state_lock:
                for t in crm.fake.tables["ActionCadenceTracker"].values():
                    out.setdefault(t["TargetId"], []).append(
                        (t["Id"], bool(t["IsTrackerActive"]), t.get("CompletionReason") or t["State"]))
        else:
            conn = sqlite3.connect(crm.path)
            try:
                for eid, cid, state in conn.execute("SELECT id, contact_id, state FROM enrollments"):
                    out.setdefault(str(cid), []).append((str(eid), state == "active", state))
            finally:
                conn.close()
        return out

    def enrollment_ids(self) -> dict[str, list[tuple[str, bool, str]]]:
        return {cid: [(str(e), a, how) for e, a, how in rows] for cid, rows in self._enrollment_ids().items()}

    # -- pages and write repeats (tests/stress/harness/repeats.py) -------------------------

    def note_run(self, status: int, summary: dict[str, Any]) -> None:
        """Remember the alerts of a run that paged (exit 3): the operator saw those."""
        note_paged(self.paged, status, summary)

    def check(self) -> Verdict:
        """Every bounce recorded and applied, every unenrollment and re-enrollment exactly
        once, ledger, outbox and cursor consistent."""
        problems: list[str] = []
        lost = doubled = 0
        effects: Counter = Counter()
        enrollments = self.enrollment_ids()
        for p in self.people:
            rows = enrollments.get(p.ref.id, [])
            seeded = [r for r in rows if r[0] in {str(s) for s in p.seeded}]
            created = [r for r in rows if r[0] not in {str(s) for s in p.seeded}]
            removed = sum(1 for r in rows if not r[1])
            effects["unenrolled"] += removed
            effects["reenrolled"] += len(created)
            s = self.e2e.state(p.ref)
            want_removed, want_created, want_status, want_seq = _expected(p, len(seeded))
            where = f"{p.kind} contact {p.ref.email} ({p.ref.id})"
            if p.kind in ("fix", "fix_bad") and p.edited_to is None:
                problems.append(f"{where}: never edited (its bounce was not applied?)")
                lost += 1
                continue
            if removed > want_removed or len(created) > want_created:
                doubled += 1
                problems.append(f"{where}: {removed} unenrollments / {len(created)} enrollments, "
                                f"want {want_removed}/{want_created}: {rows}")
            elif removed < want_removed or len(created) < want_created:
                lost += 1
                problems.append(f"{where}: {removed} unenrollments / {len(created)} enrollments, "
                                f"want {want_removed}/{want_created}: {rows}")
            if s.status != want_status or s.sequences != want_seq:
                lost += 1
                problems.append(f"{where}: status {s.status!r} sequences {s.sequences}, "
                                f"want {want_status!r} {want_seq}")
            elif p.kind in ("soft", "spam") and s.soft_count != 1:
                doubled += 1  # a soft bounce counted twice
                problems.append(f"{where}: soft count {s.soft_count}, want 1")
        lost += self._check_store(problems)
        writes = write_counts(self.e2e.crm)
        alerts, unpaged = unpaged_alerts(self.e2e.folder / "bounce-sync.sqlite3", self.paged)
        # Counted, not a problem of this check (a test may run the command without noting
        # its pages): each harness makes it one of its problems (repeats.page_problems).
        forged = self._check_forged(problems)
        return Verdict(bounces=len(self.dsn_ids),
                       messages=len(self.dsn_ids) + len(self.other_ids) + len(self.forged_ids),
                       lost=lost, doubled=doubled, problems=problems, effects=effects, forged=forged,
                       writes=sum(writes.values()), repeats=sum(n - 1 for n in writes.values()),
                       repeated_contacts=len({c for (c, _), n in writes.items() if n > 1}),
                       most_repeats=max((n - 1 for n in writes.values()), default=0),
                       repeated_requests=repeated_requests(self.e2e.crm),
                       contact_repeats=_contact_repeats(writes),
                       alerts=alerts, unpaged=len(unpaged), unpaged_alerts=unpaged)

    def _check_forged(self, problems: list[str]) -> int:
        """Forged DSNs are recorded as unverified and change none of the contacts they name."""
        forged = 0
        db = self.e2e.folder / "bounce-sync.sqlite3"
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            ledger = dict(conn.execute("SELECT message_id, status FROM ledger"))
        finally:
            conn.close()
        for mid in self.forged_ids:
            if ledger.get(mid) != "unverified":
                forged += 1
                problems.append(f"forged {mid}: ledger says {ledger.get(mid)!r}, want 'unverified'")
        named = {p.ref.email: p for p in self.people if p.ref.email in self.forged_named}
        for email, p in named.items():
            s = self.e2e.state(p.ref)
            if s.status not in (None, "") or s.soft_count:
                forged += 1
                problems.append(f"forged bounce changed {p.kind} contact {email}: {s.status!r}")
        return forged

    def _check_store(self, problems: list[str]) -> int:
        db = self.e2e.folder / "bounce-sync.sqlite3"
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        lost = 0
        try:
            ledger = dict(conn.execute("SELECT message_id, status FROM ledger"))
            for mid in self.dsn_ids:
                if ledger.get(mid) != "classified":
                    lost += 1
                    problems.append(f"bounce {mid}: ledger says {ledger.get(mid)!r}")
            recorded = {r[0] for r in conn.execute("SELECT DISTINCT message_id FROM bounces")}
            missing = [m for m in self.dsn_ids if m not in recorded]
            if missing:
                lost += len(missing)
                problems.append(f"{len(missing)} bounce(s) with no bounce history row: {missing[:5]}")
            for state, n in conn.execute("SELECT state, count(*) FROM outbox WHERE state != 'done' "
                                         "GROUP BY state"):
                problems.append(f"outbox: {n} row(s) {state}")
            cursor = conn.execute("SELECT cursor FROM mailboxes").fetchall()
        finally:
            conn.close()
        address = self.e2e.addresses[0]
        want_h = str(self.e2e.gmail.history_id(address))
        [(text,)] = cursor
        c = json.loads(text)
        if c.get("mode") != "history" or str(c.get("h")) != want_h or c.get("pending"):
            problems.append(f"mailbox cursor {c} does not cover the mailbox (history {want_h})")
        return lost


def _contact_repeats(writes: Counter) -> int:
    most: Counter = Counter()
    for (contact, _), n in writes.items():
        most[contact] = max(most[contact], n - 1)
    return sum(most.values())


def _expected(p: Person, seeded: int) -> tuple[int, int, str | None, dict[str, int]]:
    """(unenrollments, new enrollments, status, active sequences) a contact must end with."""
    if p.kind in ("hard", "nodomain", "soft3"):
        return seeded, 0, "bounced", {}
    if p.kind == "fix":
        return seeded, 1, None, {name: 1 for name in SEQ}
    if p.kind == "fix_bad":
        return seeded, 0, "refused", {}
    if p.kind in ("spam", "soft"):
        return 0, 0, "soft_bounced", dict(SEQ)
    return 0, 0, None, dict(SEQ)


def effect_figures(verdict: Verdict) -> str:
    return (f"bounces {verdict.bounces}, messages {verdict.messages}, unenrollments "
            f"{verdict.effects['unenrolled']}, re-enrollments {verdict.effects['reenrolled']}, "
            f"bounces lost {verdict.lost}, effects doubled {verdict.doubled}, forged effects "
            f"{verdict.forged}; CRM writes "
            f"{verdict.writes}, repeated {verdict.repeats} (on {verdict.repeated_contacts} "
            f"contacts, in {verdict.repeated_requests} request(s), at most "
            f"{verdict.most_repeats} repeat(s) of one write); alerts "
            f"{verdict.alerts}, never paged {verdict.unpaged}")


def kind_counts(world: World) -> dict[str, int]:
    return dict(Counter(p.kind for p in world.people))
