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
    e2e.run()

    html, sheet = tmp_path / "report.html", tmp_path / "suppress.csv"
    data = _json(e2e.invoke("report", "--days", "7", "--html", str(html), "--csv", str(sheet)))
    assert (data["hard"], data["soft"]) == (2, 1)
    [box] = data["mailboxes"]
    assert box["sent"] == 3 and box["rate"] == pytest.approx(1.0)  # every sent message bounced
    assert data["over_time"]["kind"] == "rate"
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
