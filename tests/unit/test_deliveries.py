"""Webhook deliveries: processed once; one whose processing died is processed again."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from bot.channels.gateway import REPROCESS_AFTER, Gateway
from bot.settings import Settings
from bot.store.database import session_scope, upgrade_database
from bot.store.models import Delivery


def _age(settings: Settings, by: timedelta) -> None:
    with session_scope(settings.database_url) as session:
        session.execute(update(Delivery).values(received_at=Delivery.received_at - by))


def test_a_processed_delivery_is_never_processed_again(settings: Settings) -> None:
    upgrade_database(settings.database_url)
    gateway = Gateway(settings)
    assert gateway.claim_delivery("sms", "SM1")
    gateway.mark_processed("sms", "SM1")
    _age(settings, REPROCESS_AFTER * 10)
    assert not gateway.claim_delivery("sms", "SM1")
    assert gateway.claim_delivery("telegram", "SM1")  # ids are per channel


def test_a_delivery_whose_processing_died_is_taken_again_but_not_while_in_flight(
    settings: Settings,
) -> None:
    upgrade_database(settings.database_url)
    gateway = Gateway(settings)
    assert gateway.claim_delivery("sms", "SM2")
    assert not gateway.claim_delivery("sms", "SM2")  # still being processed: a quick retry
    _age(settings, REPROCESS_AFTER + timedelta(seconds=1))
    assert gateway.claim_delivery("sms", "SM2")  # the process died: take it again
    assert not gateway.claim_delivery("sms", "SM2")  # and only once
