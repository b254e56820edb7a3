"""Gmail credentials: reading the configured JSON, building google-auth credentials from it,
and the one-off consent flow (`bounce-sync authorize`) that writes an authorized-user JSON.

Kept apart from the API calls so that a credentials problem is a `ConfigError` raised while
the source is built, before any request, and so that the consent flow's extra dependency
(google-auth-oauthlib) is imported only by the command that needs it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account

from sync.errors import ConfigError
from sync.secret import Secret

__all__ = ["SCOPE_READONLY", "SCOPE_MODIFY", "GOOGLE_TOKEN_URI", "CREDENTIALS_SETTING",
           "load_credentials_json", "make_credentials", "authorize"]

SCOPE_READONLY = "https://www.googleapis.com/auth/gmail.readonly"
SCOPE_MODIFY = "https://www.googleapis.com/auth/gmail.modify"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
CREDENTIALS_SETTING = "mailboxes[].credentials"  # the key an AuthError tells the admin to fix


def load_credentials_json(value: Any, base_dir: Path, key: str) -> dict:
    """The credentials JSON as a dict, from the JSON text itself or a path to it (a Secret
    may hold either). Errors never quote the contents: they hold a refresh token or a key."""
    raw = value.reveal() if isinstance(value, Secret) else value
    if not isinstance(raw, str) or not raw.strip():
        raise ConfigError(key, "missing", "point it at the authorized-user or service-account JSON file")
    text = raw.strip()
    if not text.startswith("{"):
        path = Path(text).expanduser()
        path = path if path.is_absolute() else base_dir / path
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(key, f"cannot read {path}: {exc.strerror}",
                              "check the path (relative paths start at the config's folder)") from None
    try:
        info = json.loads(text)
    except ValueError:
        raise ConfigError(key, "is not valid JSON (contents not shown)",
                          "use the JSON file written by `bounce-sync authorize` or the service-account key") from None
    if not isinstance(info, dict):
        raise ConfigError(key, "is not a JSON object", "use an authorized-user or service-account JSON")
    return info


def make_credentials(info: dict, *, address: str, scopes: list[str], token_uri: str | None,
                     delegated: Any) -> Any:
    """google-auth credentials for `info`: a service account impersonating `delegated` (or
    the mailbox) through domain-wide delegation, else an authorized user's refresh token.
    Incomplete JSON is refused here, so a bad file fails at startup, not at the first call."""
    if info.get("type") == "service_account":
        subject = delegated or address
        if not isinstance(subject, str) or "@" not in subject:
            raise ConfigError("delegated_user", "must be the Workspace user to impersonate",
                              "write delegated_user = the mailbox address")
        try:
            creds = service_account.Credentials.from_service_account_info(info, scopes=scopes)
        except (ValueError, KeyError) as exc:
            raise ConfigError("credentials", f"service-account key is incomplete ({type(exc).__name__})",
                              "download a fresh JSON key for the service account") from None
        creds = creds.with_subject(subject)
        return creds.with_token_uri(token_uri) if token_uri else creds
    missing = [k for k in ("refresh_token", "client_id", "client_secret") if not info.get(k)]
    if missing:
        raise ConfigError("credentials", f"authorized-user JSON lacks {', '.join(missing)}",
                          "run `bounce-sync authorize` again to write a complete token file")
    if delegated is not None:
        raise ConfigError("delegated_user", "only applies to service-account credentials",
                          "remove delegated_user")
    # Built directly: from_authorized_user_info would replace the file's token_uri.
    return user_credentials.Credentials(
        token=None, refresh_token=info["refresh_token"], client_id=info["client_id"],
        client_secret=info["client_secret"], scopes=scopes,
        token_uri=token_uri or info.get("token_uri") or GOOGLE_TOKEN_URI,
        quota_project_id=info.get("quota_project_id"))


def authorize(client_secrets_path: str | Path, token_path: str | Path, *, modify: bool = False) -> Path:
    """Run Google's installed-app consent flow in a browser and store the authorized-user JSON
    (with its refresh token) at `token_path`, readable by the owner only."""
    from google_auth_oauthlib.flow import InstalledAppFlow

    flow = InstalledAppFlow.from_client_secrets_file(str(client_secrets_path),
                                                     scopes=[SCOPE_MODIFY if modify else SCOPE_READONLY])
    creds = flow.run_local_server(port=0, open_browser=True)
    path = Path(token_path)
    path.touch(mode=0o600, exist_ok=True)
    path.write_text(creds.to_json(), encoding="utf-8")
    return path
