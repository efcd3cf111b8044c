"""The console API described as OpenAPI 3.0 (served at ``/api/openapi.json``).

Written by hand next to the routes: small enough to keep true, and a test checks that every
route of the app is described here and every described path exists.
"""

from __future__ import annotations

from typing import Any

ERROR = {"$ref": "#/components/schemas/Error"}


def _op(
    summary: str,
    *,
    body: dict[str, Any] | None = None,
    ok: int = 200,
    roles: str = "any signed-in staff",
    errors: tuple[int, ...] = (401,),
) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "summary": summary,
        "description": f"Allowed for: {roles}.",
        "responses": {str(ok): {"description": "done"}}
        | {str(code): {"description": _ERRORS[code], "content": {"application/json":
                                                                  {"schema": ERROR}}}
           for code in errors},
    }  # fmt: skip
    if body is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object", "properties": body}}},
        }
    return operation


_ERRORS = {
    400: "invalid input",
    401: "not signed in",
    403: "not allowed (role, CSRF token, or the password must be changed first)",
    404: "no such item",
    409: "conflict (already claimed, not held by you, closed)",
    423: "account locked after repeated failures",
}
TEXT = {"type": "string"}
CASE_ERRORS = (400, 401, 403, 404, 409)


def openapi_schema() -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {
        "/api/session": {
            "post": _op("Sign in; sets the session cookie and returns the CSRF token",
                        body={"name": TEXT, "password": TEXT}, roles="anyone",
                        errors=(400, 401, 423)),
            "get": _op("The current session (name, role, language, csrf_token)"),
            "delete": _op("Sign out", ok=204, errors=(401, 403)),
        },
        "/api/session/password": {
            "post": _op("Change the password (required after a one-time password)",
                        body={"current_password": TEXT, "new_password": TEXT},
                        errors=(400, 401, 403)),
        },
        "/api/staff": {
            "get": _op("Active staff (names, roles, languages), e.g. for transfers"),
            "post": _op("Add an account; returns its one-time password once",
                        body={"name": TEXT, "role": {"enum": ["counsellor", "supervisor"]},
                              "language": TEXT},
                        ok=201, roles="supervisor", errors=(400, 401, 403, 409)),
        },
        "/api/audit": {"get": _op("The newest audit events (?limit=)", roles="supervisor",
                                  errors=(400, 401, 403))},
        "/api/queue": {"get": _op("Open cases and reports, most urgent first")},
        "/api/events": {"get": _op("Server-sent events: `queue` on connect and on change")},
        "/api/outcomes": {"get": _op("Outcomes for closing cases and reports")},
        "/api/cases": {"get": _op("Cases by ?status=open|closed|all", errors=(400, 401))},
        "/api/cases/{case_id}": {"get": _op("A case with its transcript, translations and notes",
                                             errors=(401, 404))},
        "/api/cases/{case_id}/claim": {"post": _op("Claim a waiting case (one owner)",
                                                   errors=CASE_ERRORS)},
        "/api/cases/{case_id}/release": {"post": _op("Put a claimed case back in the queue",
                                                     errors=CASE_ERRORS)},
        "/api/cases/{case_id}/transfer": {"post": _op("Give the case to another counsellor",
                                                      body={"to": TEXT}, errors=CASE_ERRORS)},
        "/api/cases/{case_id}/reply/preview": {
            "post": _op("What would be sent: the machine translation into her language",
                        body={"text": TEXT}, errors=CASE_ERRORS)},
        "/api/cases/{case_id}/reply": {
            "post": _op("Send text (translated unless translate=false) or a canned reply",
                        body={"text": TEXT, "translate": {"type": "boolean"}, "canned": TEXT},
                        errors=CASE_ERRORS)},
        "/api/cases/{case_id}/canned": {"get": _op("Catalog answers in her language",
                                                   errors=(401, 404))},
        "/api/cases/{case_id}/notes": {"post": _op("Add a private note", body={"text": TEXT},
                                                   ok=201, errors=CASE_ERRORS)},
        "/api/cases/{case_id}/close": {
            "post": _op("Close with an outcome; the assistant answers her again",
                        body={"outcome": TEXT}, errors=CASE_ERRORS)},
        "/api/cases/{case_id}/audit": {"get": _op("Who read or did what to the case",
                                                  roles="supervisor", errors=(401, 403, 404))},
        "/api/reports": {"get": _op("Reports by ?status=open|all", errors=(400, 401))},
        "/api/reports/{report_id}": {"get": _op("A report with additions and notes",
                                                 errors=(401, 404))},
        "/api/reports/{report_id}/claim": {"post": _op("Claim a waiting report",
                                                       errors=CASE_ERRORS)},
        "/api/reports/{report_id}/release": {"post": _op("Put a report back in the queue",
                                                         errors=CASE_ERRORS)},
        "/api/reports/{report_id}/notes": {"post": _op("Add a private note", body={"text": TEXT},
                                                       ok=201, errors=CASE_ERRORS)},
        "/api/reports/{report_id}/close": {"post": _op("Close with an outcome",
                                                       body={"outcome": TEXT},
                                                       errors=CASE_ERRORS)},
        "/api/reports/export": {"get": _op(
            "Reports as JSON or CSV: ?ids=1,2 or ?since=YYYY-MM-DD[&until=], &format=json|csv",
            roles="supervisor", errors=(400, 401, 403, 404))},
    }  # fmt: skip
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Helpline console API",
            "version": "1",
            "description": (
                "Sign in with POST /api/session (cookie; send X-CSRF-Token on every change) "
                "or send Authorization: Bearer <token> from `helpline staff token NAME`."
            ),
        },
        "components": {
            "schemas": {
                "Error": {"type": "object", "properties": {"error": TEXT}, "required": ["error"]}
            },
            "securitySchemes": {
                "cookie": {"type": "apiKey", "in": "cookie", "name": "helpline_session"},
                "bearer": {"type": "http", "scheme": "bearer"},
            },
        },
        "security": [{"cookie": []}, {"bearer": []}],
        "paths": paths,
    }
