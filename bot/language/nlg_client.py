"""How Rasa calls the NLG server: Rasa's callback generator, sending only what the server reads.

Rasa's own ``CallbackNaturalLanguageGenerator`` posts the whole tracker, every event of the
conversation, for every bot message, and serialises it once more for a debug line even when
debug logging is off. The NLG server reads the two language slots and nothing else
(``bot.language.nlg_server.conversation_language``), so this generator sends the slots only:
her messages no longer travel to a second process for every answer (data minimisation), and
the Rasa and NLG processes stop spending CPU on a transcript that grows with each turn.
It also keeps its connection to the NLG server open, where Rasa opens a new one per message.
Configured in endpoints.yml as ``nlg.type``; the endpoint settings (URL, params, token,
headers), the timeout, the response check (compiled once: bot.conversation.schema_cache) and
the errors when the server is down are Rasa's.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.core.nlg.callback import CallbackNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import ClientResponseError, EndpointConfig


class SlotsOnlyCallbackGenerator(CallbackNaturalLanguageGenerator):
    """Rasa's callback NLG with a request body of the response name, arguments and slots."""

    def __init__(self, endpoint_config: EndpointConfig, domain: Domain | None = None) -> None:
        if endpoint_config.basic_auth or endpoint_config.cafile:
            raise ValueError("the NLG server is on loopback: no basic_auth or cafile")
        super().__init__(endpoint_config)
        self._session: aiohttp.ClientSession | None = None
        self._session_loop: asyncio.AbstractEventLoop | None = None

    async def generate(
        self,
        utter_action: str,
        tracker: DialogueStateTracker,
        output_channel: str,
        **kwargs: Any,
    ) -> dict[str, Any]:
        domain_responses = kwargs.pop("domain_responses", None)
        response_id = self.fetch_response_id(
            utter_action, tracker, output_channel, domain_responses
        )
        body = nlg_request_body(utter_action, tracker, output_channel, response_id, kwargs)
        response = await self._post(body)
        if isinstance(response, dict) and self.validate_response(response):
            return response
        raise RasaException("NLG web endpoint returned an invalid response.")

    async def _post(self, body: dict[str, Any]) -> Any:
        """POST ``body`` as Rasa's ``EndpointConfig.request`` does, on a kept-alive connection."""
        endpoint = self.nlg_endpoint
        async with self._client().post(
            endpoint.url, json=body, headers=endpoint.headers, params=endpoint.combine_parameters()
        ) as response:
            if response.status >= 400:
                raise ClientResponseError(
                    response.status, response.reason, await response.content.read()
                )
            try:
                return await response.json()
            except aiohttp.ContentTypeError:
                return None

    def _client(self) -> aiohttp.ClientSession:
        """One session per event loop (the Rasa server has one; tests start several)."""
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._session_loop is not loop:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT)
            )
            self._session_loop = loop
        return self._session


def nlg_request_body(
    utter_action: str,
    tracker: DialogueStateTracker,
    output_channel: str,
    response_id: str | None,
    arguments: dict[str, Any],
) -> dict[str, Any]:
    """Rasa's NLG request format with a tracker of ``sender_id`` and ``slots`` only."""
    return {
        "response": utter_action,
        "id": response_id,
        "arguments": arguments,
        "tracker": {"sender_id": tracker.sender_id, "slots": tracker.current_slot_values()},
        "channel": {"name": output_channel},
    }
