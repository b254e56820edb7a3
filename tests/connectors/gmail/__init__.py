"""GmailSource (connectors/gmail/) against the fake Gmail API through the real client libraries:
harness.py builds it, conftest.py holds the shared fixtures."""
