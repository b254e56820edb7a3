"""End to end, once per CRM (fake HubSpot, fake Salesforce, local CRM): the commands for
people. `explain` shows why a contact was marked (the bounce, a Gmail link, the trust, the
actions and their results); `undo` clears the mark, puts the contact back in its sequence
through the outbox and forgets the address; `report` writes the summary, the HTML page and
the suppression list."""

from __future__ import annotations

import csv
import json

import pytest

pytestmark = pytest.mark.timeout(120)

SEQ = {"Q4 Outbound": 3}


def _json(done) -> dict:
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_explain_then_undo_then_explain_again(e2e):
    ana = e2e.add_contact("ana@prospects.example", SEQ)
    gmail_id = e2e.mail.bounce(ana.email, "hard")
    e2e.run()
    e2e.assert_contact(ana, status="bounced", sequences={})

    why = _json(e2e.invoke("explain", ana.email))
    [contact] = why["contacts"]
    assert contact["id"] == ana.id and contact["holds_address_now"] is True
    assert contact["crm_now"]["status"] == "bounced"
    assert [s["sequence_name"] for s in contact["saved_enrollments"]] == ["Q4 Outbound"]
    [bounce] = why["bounces"]
    assert bounce["message_id"] == gmail_id and bounce["source"] == "gmail"
    assert bounce["link"] == f"https://mail.google.com/mail/u/?authuser=rep@seller.example#all/{gmail_id}"
    assert bounce["reason"] == "userunknown" and bounce["hard"] is True
    assert bounce["reason_words"] == "Mailbox does not exist [userunknown]"
    assert bounce["dsn_status"] == "5.1.1" and "does not exist" in bounce["diagnostic"]
    assert bounce["trust"]["trusted"] is True and bounce["answers_message_id"]
    assert bounce["original_sent_at"] <= bounce["received_at"]  # when the original went out
    assert {(a["kind"], a["state"]) for a in why["actions"]} == {("MarkBounced", "done"), ("Unenroll", "done")}
    assert why["known_bad"]["reason"] == "userunknown"

    human = e2e.invoke("explain", ana.email, log_format="human")
    assert "open in Gmail: https://mail.google.com/" in human.stdout
    assert "trust: trusted" in human.stdout

    done = _json(e2e.invoke("undo", ana.email, "--by", "alice"))
    assert done["by"] == "alice" and [c["id"] for c in done["contacts"]] == [ana.id]
    assert (done["cleared"], done["reenrolled"], done["exit_status"]) == (1, 1, 0), done
    e2e.crm.settle()
    # Back at the saved step where the CRM can enroll at one (local), else at step one
    # (HubSpot, Salesforce: the Reenroll contract, tests/contracts/crm.py).
    step = SEQ["Q4 Outbound"] if e2e.crm.name == "local" else 1
    e2e.assert_contact(ana, status=None, sequences={"Q4 Outbound": step})

    after = _json(e2e.invoke("explain", ana.email))
    assert after["known_bad"] is None
    assert [b["outcome"] for b in after["bounces"]] == ["forgiven"]
    assert any(e["kind"] == "undo" and "alice" in e["why"] for e in after["later"])
    assert {("ClearBounce", "done"), ("Reenroll", "done")} <= {(a["kind"], a["state"]) for a in after["actions"]}

    again = _json(e2e.invoke("undo", ana.email))
    assert again["contacts"] == [] and "nothing to undo" in again["notes"][0]
    result = e2e.run()  # the watcher does not undo the undo; nothing is marked again
    assert (result["contacts_marked"], result["unenrolled"], result["failed"]) == (0, 0, 0), result.summary
    e2e.assert_contact(ana, status=None, sequences={"Q4 Outbound": step})


def test_report_summary_html_and_suppression_list(e2e, tmp_path):
    ana = e2e.add_contact("ana@prospects.example", SEQ)
    bo = e2e.add_contact("bo@other.example", SEQ)
    e2e.mail.bounce(ana.email, "hard")
    e2e.mail.bounce(bo.email, "soft")
    e2e.mail.bounce("ghost@prospects.example", "nodomain")  # no contact
    e2e.mail.send("dee@prospects.example")  # delivered: no bounce
    e2e.mail.bounce("cy@prospects.example", "sender")  # the mailbox refused, not the address
    assert e2e.run().status == 3  # the sender-side alert

    html, sheet = tmp_path / "report.html", tmp_path / "suppress.csv"
    data = _json(e2e.invoke("report", "--days", "7", "--html", str(html), "--csv", str(sheet)))
    assert (data["hard"], data["soft"], data["sender"]) == (2, 1, 1)
    [box] = data["mailboxes"]
    # 5 messages sent, 3 of them bounced (the sender-side refusal is the mailbox's, not a bounce)
    assert (box["sent"], box["bounced"], box["unknown_send"]) == (5, 3, 0), box
    assert box["rate"] == pytest.approx(3 / 5) and box["hard_rate"] == pytest.approx(2 / 5)
    assert data["over_time"]["kind"] == "rate"
    assert max(v for v in data["over_time"]["series"]["mbox0"] if v is not None) <= 100
    assert {r["key"] for r in data["reasons"]} == {"userunknown", "mailboxfull", "hostunknown"}
    assert data["domains"][0]["label"] == "prospects.example"
    assert [s["label"] for s in data["sequences"]] == ["Q4 Outbound"]
    assert "3 bounces" in data["summary"][0]

    page = html.read_text(encoding="utf-8")
    assert page.count("<svg") == 5 and "<script" not in page and "http://" not in page.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    rows = list(csv.DictReader(sheet.open(encoding="utf-8")))
    assert {r["address"] for r in rows} == {"ana@prospects.example", "ghost@prospects.example"}
    ana_row = next(r for r in rows if r["address"] == ana.email)
    assert ana_row["reason"] == "userunknown" and ana_row["contacts"] == f"{e2e.crm.name}:{ana.id}"
    assert ana_row["bounced_at"]


def test_status_counts_bounces_as_report_does(e2e):
    """One rule for both (sync/insight/tally.py): the same bounces, hard, soft and apart,
    over the same windows."""
    ana = e2e.add_contact("ana@prospects.example", SEQ)
    also_ana = e2e.add_contact("ana@prospects.example", SEQ)  # two contacts, one address
    e2e.mail.bounce(ana.email, "hard")
    e2e.mail.bounce("bo@prospects.example", "soft")
    e2e.mail.bounce("cy@prospects.example", "sender")
    e2e.run()
    e2e.assert_contact(also_ana, status="bounced", sequences={})

    status = _json(e2e.invoke("status"))
    for days in (7, 30):
        report = _json(e2e.invoke("report", "--days", str(days), "--no-sent"))
        counted = status[f"bounces_{days}d"]
        assert (counted["hard"], counted["soft"], counted["sender_side"]) == (
            report["hard"], report["soft"], report["sender"]) == (1, 1, 1), (counted, report)
        assert status[f"bounces_by_reason_{days}d"] == {
            r["key"]: r["hard"] + r["soft"] for r in report["reasons"]} == {
            "userunknown": 1, "mailboxfull": 1}
    human = e2e.invoke("status", log_format="human").stdout
    assert "Bounces in the last 7 days: 2 (1 hard, 1 soft)" in human
    assert "also 1 message refused because of the mailbox itself" in human


def test_status_lists_the_failed_actions_and_the_unmatched_addresses(e2e):
    ana = e2e.add_contact("ana@prospects.example", SEQ)
    e2e.mail.bounce(ana.email, "hard")
    e2e.mail.bounce("ghost@prospects.example", "nodomain")  # no contact holds it
    e2e.run()
    # The CRM refuses writes while an undo is applied, and one attempt is all the policy
    # allows: its actions fail for good.
    e2e.policy = {"max_attempts": 1}
    e2e.write_config()
    e2e.crm.refuse_writes(True)
    done = e2e.invoke("undo", ana.email, "--by", "alice", log_format="human")
    e2e.crm.refuse_writes(False)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"contact {ana.id}: NOT undone in the CRM yet" in done.stdout, done.stdout
    assert "0 contact(s) undone, 1 not yet (exit status 1)" in done.stdout

    status = json.loads(e2e.invoke("status", "--failed", "--unmatched").stdout.splitlines()[-1])
    assert status["outbox"]["failed"] == len(status["failed_actions"]) >= 1
    for item in status["failed_actions"]:
        assert (item["contact_id"], item["crm"], item["attempts"]) == (ana.id, e2e.crm.name, 1)
        assert item["kind"] in ("ClearBounce", "Reenroll") and item["error"], item
    assert [u["address"] for u in status["unmatched_bounces"]] == ["ghost@prospects.example"]
    assert status["unmatched_bounces"][0]["reason"] == "hostunknown"
    human = e2e.invoke("status", "--failed", "--unmatched", log_format="human").stdout
    assert (f"contact {ana.id}: clear the bounce mark (bounce of {ana.email} undone by alice)"
            in human and "`bounce-sync retry`" in human), human
    assert "ghost@prospects.example" in human and "Domain does not exist" in human

    retried = _json(e2e.invoke("retry"))  # the CRM is back: the undo goes through
    assert (retried["cleared"], retried["failed"]) == (1, 0), retried
    e2e.crm.settle()
    step = SEQ["Q4 Outbound"] if e2e.crm.name == "local" else 1
    e2e.assert_contact(ana, status=None, sequences={"Q4 Outbound": step})
    assert _json(e2e.invoke("status", "--failed"))["failed_actions"] == []


def test_a_rep_sets_the_status_to_resend_in_the_crm(e2e):
    """The CRM-side undo (README): status "Resend" on the contact; the next run clears the
    bounce, re-enrolls the contact and forgives the address, as `undo` does."""
    ana = e2e.add_contact("ana@prospects.example", SEQ)
    e2e.mail.bounce(ana.email, "hard")
    e2e.run()
    e2e.assert_contact(ana, status="bounced", sequences={})

    e2e.crm.request_resend(ana.id)
    result = e2e.run()
    assert (result["cleared"], result["reenrolled"], result["failed"]) == (1, 1, 0), result.summary
    e2e.crm.settle()
    step = SEQ["Q4 Outbound"] if e2e.crm.name == "local" else 1
    e2e.assert_contact(ana, status=None, sequences={"Q4 Outbound": step})
    why = _json(e2e.invoke("explain", ana.email))
    assert why["known_bad"] is None and [b["outcome"] for b in why["bounces"]] == ["forgiven"]
    assert any("resend requested" in (e.get("why") or "") for e in why["later"]), why["later"]
    quiet = e2e.run()
    assert (quiet["contacts_marked"], quiet["cleared"], quiet["reenrolled"]) == (0, 0, 0)

