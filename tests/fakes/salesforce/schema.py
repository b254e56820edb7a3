"""The fake org's fixed parts: its schema (standard objects, our fields), its limits, its
ids, and the formats of its answers (REST error lists, SOAP faults, HTML pages).

Nothing here is imported from bounce-sync, so the fake stays independent of the code it tests.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from tests.fakes.base import Response, json_response

API = r"/services/data/v(?P<version>\d+\.\d)/"
SOAP_LOGIN = r"/services/Soap/u/(?P<version>[\d.]+)(?:/.*)?"
TOKEN_ENDPOINT = r"/services/oauth2/token"
ORG_ID = "00D000000000001AAA"
USER_ID = "005000000000001AAA"
PAGE_SIZE = 2000
MAX_ACTION_INPUTS = 200
MAX_COLLECTION_RECORDS = 200
MAX_SUBREQUESTS = 25  # per composite request
MAX_QUERY_SUBREQUESTS = 5  # of which query / queryAll / sObject Collections operations
REFERENCE = re.compile(r"@\{(?P<ref>\w+)(?P<path>(?:\.\w+|\[\d+\])*)\}")
DISPOSITIONS = {"Success", "Customer Engaged", "Customer Connected", "Contact Later",
                "No Response", "Not Interested", "Disqualified", "Bad Data", "Duplicate"}
ACTIVE_STATES = {"Running", "Paused", "Initializing", "Processing"}

PREFIX = {"Contact": "003", "Lead": "00Q", "ActionCadence": "77C", "ActionCadenceTracker": "7tr",
          "PermissionSet": "0PS", "FieldPermissions": "01k", "PermissionSetAssignment": "0Pa",
          "User": "005", "CustomField": "00N"}

# Standard fields: name -> (type, updateable). Custom fields live in `custom_fields`.
_COMMON = {"Id": ("id", False), "FirstName": ("string", True), "LastName": ("string", True),
           "Email": ("email", True), "EmailBouncedReason": ("string", True),
           "EmailBouncedDate": ("datetime", True), "OwnerId": ("reference", True),
           "SystemModstamp": ("datetime", False), "LastModifiedDate": ("datetime", False),
           "IsDeleted": ("boolean", False)}
STANDARD: dict[str, dict[str, tuple[str, bool]]] = {
    "Contact": {**_COMMON, "IsEmailBounced": ("boolean", False)},
    "Lead": {**_COMMON, "Company": ("string", True), "IsConverted": ("boolean", False)},
    "ActionCadence": {"Id": ("id", False), "Name": ("string", True), "State": ("picklist", True),
                      "OwnerId": ("reference", True), "SystemModstamp": ("datetime", False)},
    "ActionCadenceTracker": {
        "Id": ("id", False), "ActionCadenceId": ("reference", False),
        "TargetId": ("reference", False), "OwnerId": ("reference", False),
        "State": ("picklist", False), "IsTrackerActive": ("boolean", False),
        "CurrentStepId": ("reference", False), "CompletionReason": ("picklist", False),
        "CompletionDisposition": ("picklist", False), "SystemModstamp": ("datetime", False)},
    "PermissionSet": {"Id": ("id", False), "Name": ("string", True), "Label": ("string", True)},
    "FieldPermissions": {"Id": ("id", False), "ParentId": ("reference", True),
                         "SobjectType": ("string", True), "Field": ("string", True),
                         "PermissionsRead": ("boolean", True), "PermissionsEdit": ("boolean", True)},
    "PermissionSetAssignment": {"Id": ("id", False), "PermissionSetId": ("reference", True),
                                "AssigneeId": ("reference", True)},
    "User": {"Id": ("id", False), "Username": ("string", False), "Name": ("string", False)},
}
TOOLING = {"CustomField": {"Id": ("id", False), "DeveloperName": ("string", False),
                           "TableEnumOrId": ("string", False), "NamespacePrefix": ("string", False)}}
SCHEMAS = {**STANDARD, **TOOLING}
STRING_LENGTHS = {"EmailBouncedReason": 255, "FirstName": 40, "LastName": 80, "Email": 80}
# Metadata API field types (what `setup` creates) as describe names them
# (https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_describesobjects_describesobjectresult.htm,
# Field `type`): Checkbox is `boolean`, Number `double`, Text `string`, LongTextArea `textarea`.
DESCRIBE_TYPES = {"Text": "string", "LongTextArea": "textarea", "Email": "email",
                  "Picklist": "picklist", "Checkbox": "boolean", "Number": "double",
                  "DateTime": "datetime"}
EMAIL_LENGTH = 80  # every Email field (Custom Field Types, Salesforce Help)
TEXT_KINDS = {"string", "textarea", "email"}
# The SOAP API's login() is not available from API 65.0 on (and retired for every version
# in Summer '27): https://developer.salesforce.com/docs/platform/api/guide/api-eol-soap.html.
# The fault Salesforce sends at 65.0 (as reported in forcedotcom/wsc issue #363):
# INVALID_OPERATION, "The SOAP Login operation is not available in the API version
# specified (65.0). Refer to the documentation for supported versions."
SOAP_LOGIN_FIRST_REFUSED = (65, 0)
JWT_AUDIENCES = {False: "https://login.salesforce.com", True: "https://test.salesforce.com"}
# What bounce-sync's setup creates (kept here, not imported, so the fake stays independent).
ID_RX = re.compile(r"[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?\Z")
# What an Email field accepts: a dot-atom local part, an `@`, a dotted host name ending in
# a letter label; ASCII only. Salesforce does not publish its exact rule; this is written
# here on its own (not imported from bounce-sync) so the two can disagree.
_LOCAL = re.compile(r"[\w!#$%&'*+/=?^`{|}~-]+(\.[\w!#$%&'*+/=?^`{|}~-]+)*\Z", re.ASCII)
_HOST = re.compile(r"([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]([a-z0-9-]*[a-z0-9])?\Z", re.I | re.ASCII)


def email_accepted(value: str) -> bool:
    """Whether an Email field takes `value` (format only; the length is checked apart)."""
    local, at, host = value.rpartition("@")
    return (bool(at) and value.isascii() and 0 < len(local) <= 64
            and _LOCAL.match(local) is not None and _HOST.match(host) is not None)


def java_length(value: str) -> int:
    """A text's length as Salesforce counts it: Java chars (UTF-16 code units)."""
    return len(value.encode("utf-16-le")) // 2


def api_error(code: str, message: str, status: int = 400, fields: list[str] | None = None) -> Response:
    """A REST error answer: Salesforce's JSON list of {message, errorCode[, fields]}."""
    item: dict[str, Any] = {"message": message, "errorCode": code}
    if fields is not None:
        item["fields"] = fields
    return json_response([item], status)


def soap_fault(code: str, message: str, status: int = 500, fault: str = "UnexpectedErrorFault") -> Response:
    """A SOAP API fault as Salesforce sends it (faultcode, faultstring and a typed detail)."""
    return Response(status, SOAP_FAULT.format(code=code, message=message, fault=fault),
                    {"Content-Type": "text/xml;charset=UTF-8"})


def html_page(status: int, title: str) -> Response:
    """A page with no Salesforce error code, as a maintenance window or a proxy sends."""
    return Response(status, f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                            "</body></html>", {"Content-Type": "text/html;charset=UTF-8"})


def item_error(code: str, message: str, fields: list[str] | None = None) -> dict[str, Any]:
    """One error of a per-record (Collections) or per-input (actions) result."""
    return {"statusCode": code, "message": message, "fields": fields or []}


class QueryError(Exception):
    """A query refused; `response` is Salesforce's answer."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def format_datetime(value: datetime) -> str:
    """A datetime as Salesforce renders one in JSON ("...T12:00:00.000+0000")."""
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def jsonable(value: Any) -> Any:
    """A stored value as the JSON answer shows it."""
    return format_datetime(value) if isinstance(value, datetime) else value


def sort_key(value: Any) -> tuple:
    """ORDER BY's key: nulls first, strings case-insensitive."""
    if value is None:
        return (0, "")
    if isinstance(value, str):
        return (1, value.lower())
    if isinstance(value, datetime):
        return (1, value.timestamp())
    return (1, value)


SOAP_OK = """<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope \
xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><loginResponse><result>\
<metadataServerUrl>{server}</metadataServerUrl><passwordExpired>false</passwordExpired>\
<sandbox>false</sandbox><serverUrl>{server}</serverUrl><sessionId>{session}</sessionId>\
<userId>{user}</userId><userInfo><organizationId>{org}</organizationId>\
<userName>{username}</userName></userInfo></result></loginResponse></soapenv:Body>\
</soapenv:Envelope>"""

SOAP_FAULT = """<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope \
xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault>\
<faultcode>sf:{code}</faultcode><faultstring>{code}: {message}</faultstring><detail>\
<sf:{fault} xsi:type="sf:{fault}"><sf:exceptionCode>{code}</sf:exceptionCode>\
<sf:exceptionMessage>{message}</sf:exceptionMessage></sf:{fault}></detail></soapenv:Fault>\
</soapenv:Body></soapenv:Envelope>"""
