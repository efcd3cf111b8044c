"""Cases in the console: read (with translations), claim, reply, note, transfer, close.

Every read and action is written to the audit log. Only the counsellor who holds a case can
answer through it; anyone may claim a waiting case, and the database decides who was first.
"""

from __future__ import annotations

import asyncio
from typing import Any

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, json

from bot.hotline.cases import OUTCOMES, CaseService, CaseView
from bot.hotline.console.auth import error, signed_in
from bot.hotline.console.replies import CaseConversation
from bot.hotline.console.requests import BadInput, choice_field, json_body, text_field

blueprint = Blueprint("cases", url_prefix="/api/cases")
MAX_REPLY_CHARS = 1600  # ten SMS parts
MAX_NOTE_CHARS = 5000
LIST_STATUSES = ("open", "closed", "all")


def _cases(request: Request) -> CaseService:
    return request.app.ctx.cases  # type: ignore[no-any-return]


def _conversation(request: Request) -> CaseConversation:
    return request.app.ctx.conversation  # type: ignore[no-any-return]


async def _audit(request: Request, action: str, case_id: int, **detail: Any) -> None:
    actor = request.ctx.sign_in.member.name
    await asyncio.to_thread(
        request.app.ctx.audit.record, actor, action, case_id=case_id, detail=detail
    )


async def case_json(request: Request, case_id: int) -> dict[str, Any]:
    """A case as the console shows it to the signed-in counsellor."""
    staff_language = request.ctx.sign_in.member.language
    conversation = _conversation(request)
    case = await asyncio.to_thread(_cases(request).get, case_id)
    data = case.as_json()
    data["transcript"] = await asyncio.to_thread(conversation.transcript_for, case, staff_language)
    data["notes"] = [
        note.as_json() for note in await asyncio.to_thread(_cases(request).notes, case_id)
    ]
    data["staff_language"] = staff_language
    data["translation_available"] = conversation.can_translate(case.language, staff_language)
    data["reply_translation_available"] = conversation.can_translate(staff_language, case.language)
    return data


@blueprint.get("")
@signed_in()
async def list_cases(request: Request) -> HTTPResponse:
    status = request.args.get("status", "open")
    if status not in LIST_STATUSES:
        raise BadInput(f"'status' must be one of: {', '.join(LIST_STATUSES)}")
    cases = await asyncio.to_thread(_cases(request).list, status)
    return json({"items": [case.as_json() for case in cases]})


@blueprint.get("/<case_id:int>")
@signed_in()
async def show_case(request: Request, case_id: int) -> HTTPResponse:
    data = await case_json(request, case_id)
    await _audit(request, "read", case_id)
    return json(data)


@blueprint.post("/<case_id:int>/claim")
@signed_in()
async def claim_case(request: Request, case_id: int) -> HTTPResponse:
    name = request.ctx.sign_in.member.name
    if not await asyncio.to_thread(_cases(request).claim, case_id, name):
        case = await asyncio.to_thread(_cases(request).get, case_id)
        holder = f" by {case.claimed_by}" if case.claimed_by else ""
        return error(409, f"case {case_id} is already {case.status}{holder}")
    await _audit(request, "claim", case_id)
    return json(await case_json(request, case_id))


async def _held_by_me(request: Request, case_id: int) -> CaseView | HTTPResponse:
    case = await asyncio.to_thread(_cases(request).get, case_id)
    if case.status != "claimed" or case.claimed_by != request.ctx.sign_in.member.name:
        return error(409, "claim the case first")
    return case


@blueprint.post("/<case_id:int>/release")
@signed_in()
async def release_case(request: Request, case_id: int) -> HTTPResponse:
    """Back to the queue: the holder, or a supervisor, may do it."""
    case = await asyncio.to_thread(_cases(request).get, case_id)
    member = request.ctx.sign_in.member
    if case.claimed_by != member.name and not member.is_supervisor:
        return error(403, "only the counsellor who holds the case or a supervisor can release it")
    await asyncio.to_thread(_cases(request).release, case_id)
    await _audit(request, "release", case_id)
    return json(await case_json(request, case_id))


@blueprint.post("/<case_id:int>/transfer")
@signed_in()
async def transfer_case(request: Request, case_id: int) -> HTTPResponse:
    body = json_body(request)
    target = text_field(body, "to", 64)
    member = request.ctx.sign_in.member
    case = await asyncio.to_thread(_cases(request).get, case_id)
    if case.claimed_by not in (None, member.name) and not member.is_supervisor:
        return error(403, "only the counsellor who holds the case or a supervisor can transfer it")
    if await asyncio.to_thread(request.app.ctx.staff.member, target) is None:
        raise BadInput(f"there is no active account named {target}")
    await asyncio.to_thread(_cases(request).transfer, case_id, target)
    await _audit(request, "transfer", case_id, to=target)
    return json(await case_json(request, case_id))


@blueprint.post("/<case_id:int>/reply/preview")
@signed_in()
async def preview_reply(request: Request, case_id: int) -> HTTPResponse:
    text = text_field(json_body(request), "text", MAX_REPLY_CHARS)
    case = await asyncio.to_thread(_cases(request).get, case_id)
    language = request.ctx.sign_in.member.language
    draft = await asyncio.to_thread(_conversation(request).draft, text, language, case)
    return json(draft.as_json())


@blueprint.post("/<case_id:int>/reply")
@signed_in()
async def reply(request: Request, case_id: int) -> HTTPResponse:
    """Send text (translated unless ``translate`` is false) or a canned reply by name."""
    body = json_body(request)
    held = await _held_by_me(request, case_id)
    if isinstance(held, HTTPResponse):
        return held
    case, conversation = held, _conversation(request)
    member = request.ctx.sign_in.member
    if "canned" in body:
        name = choice_field(body, "canned", tuple(conversation.canned))
        canned = await asyncio.to_thread(conversation.renderer.render, name, case.language)
        line = await conversation.send(
            case,
            member.name,
            canned.text,
            canned.language,
            original_text=f"[{conversation.canned[name]}]",
            original_language=member.language,
            machine_translated=canned.machine_translated,
        )
        await _audit(request, "reply", case_id, canned=name, delivery=line.delivery_status)
        return json({"message": line.as_json()})
    text = text_field(body, "text", MAX_REPLY_CHARS)
    translate = body.get("translate", True)
    if not isinstance(translate, bool):
        raise BadInput("'translate' must be true or false")
    if translate:
        draft = await asyncio.to_thread(conversation.draft, text, member.language, case)
        if not draft.available:
            return error(409, "no translation model for this pair; send as written or canned")
        line = await conversation.send(case, member.name, draft.text_to_send, draft.language,
                                       original_text=text, original_language=member.language,
                                       machine_translated=draft.machine_translated)  # fmt: skip
    else:
        line = await conversation.send(case, member.name, text, member.language)
    await _audit(request, "reply", case_id, delivery=line.delivery_status)
    return json({"message": line.as_json()})


@blueprint.get("/<case_id:int>/canned")
@signed_in()
async def canned_replies(request: Request, case_id: int) -> HTTPResponse:
    case = await asyncio.to_thread(_cases(request).get, case_id)
    replies = await asyncio.to_thread(
        _conversation(request).canned_replies, case, request.ctx.sign_in.member.language
    )
    return json({"items": [item.as_json() for item in replies]})


@blueprint.post("/<case_id:int>/notes")
@signed_in()
async def add_note(request: Request, case_id: int) -> HTTPResponse:
    text = text_field(json_body(request), "text", MAX_NOTE_CHARS)
    author = request.ctx.sign_in.member.name
    note = await asyncio.to_thread(_cases(request).add_note, case_id, author, text)
    await _audit(request, "note", case_id)
    return json(note.as_json(), status=201)


@blueprint.post("/<case_id:int>/close")
@signed_in()
async def close_case(request: Request, case_id: int) -> HTTPResponse:
    """Close with an outcome; the assistant answers her again from her next message."""
    outcome = choice_field(json_body(request), "outcome", OUTCOMES)
    case = await asyncio.to_thread(_cases(request).get, case_id)
    member = request.ctx.sign_in.member
    if case.claimed_by not in (None, member.name) and not member.is_supervisor:
        return error(403, "only the counsellor who holds the case or a supervisor can close it")
    await asyncio.to_thread(_cases(request).close, case_id, outcome)
    await _audit(request, "close", case_id, outcome=outcome)
    return json(await case_json(request, case_id))


@blueprint.get("/<case_id:int>/audit")
@signed_in(role="supervisor")
async def case_audit(request: Request, case_id: int) -> HTTPResponse:
    await asyncio.to_thread(_cases(request).get, case_id)  # 404 for an unknown case
    entries = await asyncio.to_thread(request.app.ctx.audit.for_case, case_id)
    return json({"items": [entry.as_json() for entry in entries]})
