"""Gmail credentials: reading the configured JSON, building google-auth credentials from it,
and the one-off consent flow (`bounce-sync gmail-auth`) that writes an authorized-user JSON,
on a laptop (a browser opens) or on a headless server (the URL is printed; the code, or the
whole address the browser was sent back to, is pasted).

Kept apart from the API calls so that a credentials problem is a `ConfigError` raised while
the source is built, before any request, and so that the consent flow's extra dependency
(google-auth-oauthlib) is imported only by the command that needs it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account

from sync.errors import ConfigError
from sync.secret import Secret

__all__ = ["SCOPE_READONLY", "SCOPE_MODIFY", "SCOPE_METADATA", "SCOPE_FULL", "GOOGLE_TOKEN_URI",
           "CREDENTIALS_SETTING", "AUTH_COMMAND", "HEADLESS_REDIRECT", "load_credentials_json",
           "make_credentials", "granted_scopes", "missing_scopes", "short_scope", "authorize"]

SCOPE_READONLY = "https://www.googleapis.com/auth/gmail.readonly"
SCOPE_MODIFY = "https://www.googleapis.com/auth/gmail.modify"
SCOPE_METADATA = "https://www.googleapis.com/auth/gmail.metadata"
SCOPE_FULL = "https://mail.google.com/"
AUTH_COMMAND = "bounce-sync gmail-auth"  # the real command every fix names
# Headless consent: Google sends the browser back here; nothing listens on port 1 of the
# laptop, so the page fails to load and its address (with the code) can be copied.
HEADLESS_REDIRECT = "http://127.0.0.1:1/"
_TOKEN_SHAPES = ("1//", "ya29.", "GOCSPX-")  # a refresh token, an access token, a client secret
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
CREDENTIALS_SETTING = "mailboxes[].credentials"  # the key an AuthError tells the admin to fix


def load_credentials_json(value: Any, base_dir: Path, key: str) -> dict:
    """The credentials JSON as a dict, from the JSON text itself or a path to it (a Secret
    may hold either). Errors never quote the value or the contents, whole or in part: the
    value may be a bare refresh token put where a path was expected, and a path built from
    it would print it (mangled, so that redaction would not even catch it)."""
    raw = value.reveal() if isinstance(value, Secret) else value
    if not isinstance(raw, str) or not raw.strip():
        raise ConfigError(key, "missing", f"point it at the JSON file written by `{AUTH_COMMAND}`, "
                                          "or at a service-account key")
    text = raw.strip()
    if not text.startswith("{"):
        path = Path(text).expanduser()
        path = path if path.is_absolute() else base_dir / path
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, ValueError) as exc:
            looks = text.startswith(_TOKEN_SHAPES) or ("/" not in text.replace("1//", "") and len(text) > 40)
            what = ("it looks like a bare token, not the JSON file that holds it" if looks else
                    f"{getattr(exc, 'strerror', None) or type(exc).__name__}; the value is not shown")
            raise ConfigError(key, f"the value of {key} is not a readable file path ({what})",
                              f"point {key} at the authorized-user JSON file written by `{AUTH_COMMAND} "
                              "--client-secrets CLIENT.json --token-file TOKEN.json` (relative paths start "
                              "at the config's folder), or at a service-account key") from None
    try:
        info = json.loads(text)
    except ValueError:
        raise ConfigError(key, "is not valid JSON (contents not shown)",
                          f"use the JSON file written by `{AUTH_COMMAND}` or the service-account key") from None
    if not isinstance(info, dict):
        raise ConfigError(key, "is not a JSON object", "use an authorized-user or service-account JSON")
    return info


def granted_scopes(info: dict) -> frozenset[str] | None:
    """The scopes an authorized-user JSON says it was granted (InstalledAppFlow stores them),
    or None when it does not say."""
    scopes = info.get("scopes")
    if isinstance(scopes, str):
        scopes = scopes.split()
    if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
        return None
    return frozenset(scopes)


def short_scope(scope: str) -> str:
    """gmail.readonly for https://www.googleapis.com/auth/gmail.readonly (as Google's consent
    screen and our README name them)."""
    return scope.rsplit("/auth/", 1)[-1] if "/auth/" in scope else scope


def missing_scopes(needs: tuple[str, ...], granted: frozenset[str] | None) -> list[str]:
    """Which of `needs` `granted` lacks (mail.google.com covers all; modify covers readonly)."""
    if granted is None or SCOPE_FULL in granted:
        return []
    have = set(granted) | ({SCOPE_READONLY} if SCOPE_MODIFY in granted else set())
    return [s for s in needs if s not in have]


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
                          f"run `{AUTH_COMMAND}` again to write a complete token file")
    if delegated is not None:
        raise ConfigError("delegated_user", "only applies to service-account credentials",
                          "remove delegated_user")
    # Built directly: from_authorized_user_info would replace the file's token_uri.
    return user_credentials.Credentials(
        token=None, refresh_token=info["refresh_token"], client_id=info["client_id"],
        client_secret=info["client_secret"], scopes=scopes,
        token_uri=token_uri or info.get("token_uri") or GOOGLE_TOKEN_URI,
        quota_project_id=info.get("quota_project_id"))


def authorize(client_secrets_path: str | Path, token_path: str | Path, *, modify: bool = False,
              headless: bool | None = None, ask: Callable[[str], str] = input,
              say: Callable[[str], None] = print) -> Path:
    """Run Google's installed-app consent flow once and store the authorized-user JSON (with
    its refresh token) at `token_path`, readable by the owner only.

    With a browser on this machine (`headless` False, or None and a browser found) it opens
    there and a local server takes Google's answer. Headless (cron servers have no browser:
    `webbrowser` would fail with "could not locate runnable browser"), the consent URL is
    printed; open it anywhere, and paste back either the code or the whole address the
    browser was sent to (its page fails to load: nothing listens there)."""
    import webbrowser

    from google_auth_oauthlib.flow import InstalledAppFlow

    scopes = [SCOPE_MODIFY if modify else SCOPE_READONLY]
    flow = InstalledAppFlow.from_client_secrets_file(str(client_secrets_path), scopes=scopes)
    if headless is None:
        try:
            webbrowser.get()
            headless = False
        except webbrowser.Error:
            headless = True
    if headless:
        creds = _paste_flow(flow, ask, say)
    else:
        creds = flow.run_local_server(port=0, open_browser=True)
    path = Path(token_path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(creds.to_json())
    os.chmod(path, 0o600)  # also when the file was there before, with wider rights
    return path


def _paste_flow(flow: Any, ask: Callable[[str], str], say: Callable[[str], None]) -> Any:
    """The consent URL printed, the code (or the redirect address holding it) pasted back."""
    flow.redirect_uri = HEADLESS_REDIRECT
    url, state = flow.authorization_url(prompt="consent")
    say("Open this address in a browser (on any machine), signed in as the mailbox, and allow access:\n\n"
        f"    {url}\n\nThe browser then goes to {HEADLESS_REDIRECT}... and shows an error page: that is "
        "expected. Copy the whole address from its address bar (or only the code= value) and paste it here.")
    answer = ask("Code or address: ").strip()
    if "://" in answer or answer.startswith(("?", "127.0.0.1", "localhost")):
        query = parse_qs(urlsplit(answer if "://" in answer else "http://" + answer.lstrip("?")).query)
        if query.get("error"):
            raise ConfigError("gmail-auth", f"Google answered {query['error'][0]}", "run it again and allow access")
        if query.get("state", [state])[0] != state:
            raise ConfigError("gmail-auth", "the pasted address belongs to another consent attempt",
                              f"run `{AUTH_COMMAND}` again and paste the address of this attempt")
        answer = (query.get("code") or [""])[0]
    if not answer:
        raise ConfigError("gmail-auth", "no code was pasted", f"run `{AUTH_COMMAND}` again")
    from oauthlib.oauth2.rfc6749.errors import OAuth2Error

    try:
        flow.fetch_token(code=answer)
    except OAuth2Error as exc:  # its text is Google's error code, never the code we sent
        raise ConfigError("gmail-auth", f"Google refused the pasted code ({exc.error})",
                          f"run `{AUTH_COMMAND}` again and paste the newest code, within a few minutes") from None
    return flow.credentials
