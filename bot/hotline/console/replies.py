"""A counsellor and a person who share no language: translation both ways, canned replies.

The counsellor reads each line of the person (and of the assistant) in the original and in a
machine translation into her own language, cached on the message so it is computed once.
She writes in her language; the reply is translated before she sends it, shown to her first,
and sent with the catalog's "machine translated" note in the person's language. Where no model
is installed for a pair the console says so plainly, and the catalog's reviewed answers
(reflection period, shelter, emergency, ...) remain: they exist in every catalog language.
Numbers, phone numbers and configured contact details are never translated (see
bot.language.translation.split_protected).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, Protocol

from bot.channels.outbound import Outbound
from bot.hotline.cases import CaseService, CaseView, TranscriptLine
from bot.language.responses import MACHINE_TRANSLATED_NOTE, ResponseRenderer

log = logging.getLogger(__name__)


class Translator(Protocol):
    def can_translate(self, source: str, target: str) -> bool: ...

    def translate(
        self, text: str, source: str, target: str, protected: Any = ()
    ) -> str: ...  # pragma: no cover


@dataclass(frozen=True)
class CannedReply:
    name: str
    label: str
    text: str  # in the person's language
    gloss: str  # in the counsellor's language, so she knows what she sends
    machine_translated: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "text": self.text,
            "gloss": self.gloss,
            "machine_translated": self.machine_translated,
        }


@dataclass(frozen=True)
class ReplyDraft:
    """What would be sent for a counsellor's text, before she confirms it."""

    text_to_send: str
    language: str
    machine_translated: bool
    available: bool  # False: no model for the pair; the text would go out as written

    def as_json(self) -> dict[str, Any]:
        return {
            "text_to_send": self.text_to_send,
            "language": self.language,
            "machine_translated": self.machine_translated,
            "available": self.available,
        }


class CaseConversation:
    """Reading and answering one person's case in the counsellor's language."""

    def __init__(
        self,
        cases: CaseService,
        renderer: ResponseRenderer,
        translator: Translator,
        outbound: Outbound,
        protected: list[str],
        canned: dict[str, str],
    ) -> None:
        self.cases = cases
        self.renderer = renderer
        self.translator = translator
        self.outbound = outbound
        self.protected = protected
        self.canned = canned  # response name -> label for staff

    def can_translate(self, source: str | None, target: str) -> bool:
        return source is None or self.translator.can_translate(source, target)

    def transcript_for(self, case: CaseView, staff_language: str) -> list[dict[str, Any]]:
        """Every line with a machine translation for staff where one is possible (blocking)."""
        lines = []
        for line in case.transcript:
            data = line.as_json()
            data["translation"] = self._translation_of(line, case.language, staff_language)
            lines.append(data)
        return lines

    def _translation_of(
        self, line: TranscriptLine, case_language: str, staff_language: str
    ) -> dict[str, Any] | None:
        if line.author not in ("person", "bot"):
            return None  # staff lines carry their original; system lines are English
        source = line.language or case_language
        if source == staff_language or not self.translator.can_translate(source, staff_language):
            return None
        text = line.translations.get(staff_language)
        if text is None:
            try:
                text = self.translator.translate(line.text, source, staff_language, self.protected)
            except Exception:  # a broken model must not hide the transcript
                log.exception("translating a transcript line %s->%s failed", source, staff_language)
                return None
            if line.id is not None:
                self.cases.cache_translation(line.id, staff_language, text)
        return {"text": text, "language": staff_language, "machine": True}

    def draft(self, text: str, staff_language: str, case: CaseView) -> ReplyDraft:
        """The text that would be sent: translated with the note, or as written (blocking)."""
        target = case.language
        if staff_language == target:
            return ReplyDraft(text, target, False, True)
        if not self.translator.can_translate(staff_language, target):
            return ReplyDraft(text, staff_language, False, False)
        translated = self.translator.translate(text, staff_language, target, self.protected)
        note = self.renderer.render(MACHINE_TRANSLATED_NOTE, target).text
        return ReplyDraft(f"{translated}\n\n{note}", target, True, True)

    def canned_replies(self, case: CaseView, staff_language: str) -> list[CannedReply]:
        replies = []
        for name, label in self.canned.items():
            rendered = self.renderer.render(name, case.language)
            gloss = self.renderer.render(name, staff_language).text
            replies.append(
                CannedReply(name, label, rendered.text, gloss, rendered.machine_translated)
            )
        return replies

    async def send(
        self,
        case: CaseView,
        counsellor: str,
        text: str,
        language: str,
        original_text: str | None = None,
        original_language: str | None = None,
        machine_translated: bool = False,
    ) -> TranscriptLine:
        """Store the message as pending, send it through her channel, store what happened."""
        message_id = await asyncio.to_thread(
            self.cases.add_staff_message,
            case.id,
            counsellor,
            text,
            language,
            original_text,
            original_language,
            machine_translated,
        )
        result = await self.outbound.send(case.sender_ref, text)
        return await asyncio.to_thread(
            self.cases.set_delivery, message_id, result.status, result.detail
        )
