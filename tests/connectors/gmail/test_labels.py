"""The processed label (connectors/gmail/labels.py, with the modify scope): fetched bounces
get it, and a label another client created meanwhile is used."""

from __future__ import annotations

import pytest

from tests.connectors.gmail.harness import ADDRESS, make_source
from tests.contracts.mail import bounce, drain
from tests.fakes.gmail import SCOPE_MODIFY


pytestmark = pytest.mark.timeout(60)


# ----------------------------------------------------------------------------- labels, check, config


def test_label_processed_marks_fetched_bounces(fake, tmp_path):
    src = make_source(fake, tmp_path, scopes=(SCOPE_MODIFY,))
    mid = fake.add_message(ADDRESS, bounce(1))
    drain(src, None)
    box = fake.mailbox(ADDRESS)
    label = next(lid for lid, name in box.user_labels.items() if name == "bounce-processed")
    assert label in box.messages[mid].labels


def test_label_created_meanwhile_by_someone_else_is_used(fake, tmp_path, monkeypatch):
    """labels.create's 409 (the label appeared after our labels.list) is not an error."""
    from connectors.gmail.labels import ProcessedLabel

    src = make_source(fake, tmp_path, scopes=(SCOPE_MODIFY,))
    mid = fake.add_message(ADDRESS, bounce(1))
    real_find, finds = ProcessedLabel._find, []

    def find_then_another_client_creates_it(self):
        found = real_find(self)
        finds.append(found)
        if len(finds) == 1:
            fake.mailbox(ADDRESS).user_labels["Label_9"] = "bounce-processed"
        return found

    monkeypatch.setattr(ProcessedLabel, "_find", find_then_another_client_creates_it)
    drain(src, None)
    assert finds == [None, "Label_9"]
    assert "Label_9" in fake.mailbox(ADDRESS).messages[mid].labels
