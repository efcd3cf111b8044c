"""Rate limits: per sender a minute, overall a second; the kind answer once a minute."""

from __future__ import annotations

import redis

from bot.hotline.rate_limits import RateLimiter, SharedRateLimiter
from tests.conversation.conftest import free_port
from tests.support.clocks import ManualClock


def test_a_sender_over_the_limit_is_refused_until_the_minute_has_passed() -> None:
    clock = ManualClock()
    limiter = RateLimiter(per_sender=3, overall=100, clock=clock)
    assert [limiter.admit("her") for _ in range(4)] == [True, True, True, False]
    assert limiter.admit("someone else")  # others are not affected
    clock.now += 59
    assert not limiter.admit("her")
    clock.now += 2
    assert limiter.admit("her")


def test_the_overall_limit_holds_across_senders_per_second() -> None:
    clock = ManualClock()
    limiter = RateLimiter(per_sender=100, overall=5, clock=clock)
    admitted = [limiter.admit(f"sender-{n}") for n in range(8)]
    assert admitted == [True] * 5 + [False] * 3
    clock.now += 1.01
    assert limiter.admit("sender-9")


def test_refused_messages_do_not_count_and_the_answer_comes_once_a_minute() -> None:
    clock = ManualClock()
    limiter = RateLimiter(per_sender=2, overall=100, clock=clock)
    limiter.admit("her"), limiter.admit("her")
    for _ in range(10):
        assert not limiter.admit("her")  # a flood does not extend her wait
    assert limiter.should_tell("her") and not limiter.should_tell("her")
    clock.now += 61
    assert limiter.admit("her") and limiter.should_tell("her")


def test_the_shared_limiter_lets_messages_through_when_redis_is_unreachable() -> None:
    unreachable = redis.Redis(host="127.0.0.1", port=free_port(), socket_connect_timeout=0.5)
    limiter = SharedRateLimiter(unreachable, per_sender=1, overall=1)

    assert [limiter.admit("her") for _ in range(3)] == [True, True, True]
    assert limiter.should_tell("her") is True
