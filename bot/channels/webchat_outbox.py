"""Staff messages for web chat people: kept until her page fetches them.

A web page cannot be pushed to, so ``Outbound`` queues the message here and the page asks
for new messages every few seconds (``GET /webhooks/webchat/messages``). A message is handed
out once; erasure deletes what is still waiting.
"""

from __future__ import annotations

from typing import Any

from rasa.core.channels.channel import OutputChannel
from sqlalchemy import delete, select, update

from bot.store.database import session_scope
from bot.store.models import WebChatOutboxMessage, utcnow


class WebChatOutbox:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    def put(self, sender_ref: str, message: dict[str, Any]) -> None:
        with session_scope(self.database_url) as session:
            session.add(WebChatOutboxMessage(sender_ref=sender_ref, message=message))

    def fetch(self, sender_ref: str) -> list[dict[str, Any]]:
        """The waiting messages, oldest first; each is returned only once."""
        with session_scope(self.database_url) as session:
            rows = session.execute(
                select(WebChatOutboxMessage.id, WebChatOutboxMessage.message)
                .where(WebChatOutboxMessage.sender_ref == sender_ref,
                       WebChatOutboxMessage.fetched_at.is_(None))
                .order_by(WebChatOutboxMessage.id)
            ).all()  # fmt: skip
            ids = [row.id for row in rows]
            if not ids:
                return []
            claimed = session.execute(
                update(WebChatOutboxMessage)
                .where(WebChatOutboxMessage.id.in_(ids), WebChatOutboxMessage.fetched_at.is_(None))
                .values(fetched_at=utcnow())
            )
            if claimed.rowcount != len(ids):  # a parallel fetch got some: try again later
                session.rollback()
                return []
            return [row.message for row in rows]

    def forget(self, sender_ref: str) -> None:
        with session_scope(self.database_url) as session:
            session.execute(
                delete(WebChatOutboxMessage).where(WebChatOutboxMessage.sender_ref == sender_ref)
            )


class WebChatOutboxOutput(OutputChannel):
    """An output channel that queues messages for the person's page."""

    def __init__(self, outbox: WebChatOutbox) -> None:
        self.outbox = outbox

    @classmethod
    def name(cls) -> str:
        return "webchat"

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        self.outbox.put(recipient_id, {"text": text})

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        self.outbox.put(recipient_id, {"text": text, "buttons": buttons})
