"""ImapSource (connectors/imap/) against a real Dovecot that dovecot.py starts."""
