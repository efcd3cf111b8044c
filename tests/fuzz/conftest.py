"""Hypothesis settings for the fuzz tests: reproducible in CI, bounded in time.

The ``fuzz`` profile is derandomized (the same examples on every run and machine) and keeps no
example database, so a CI failure is exactly the failure a developer sees locally. Each test
sizes its own ``max_examples`` so that the whole suite stays under a minute on a 2-core machine.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "fuzz",
    derandomize=True,
    database=None,
    deadline=None,  # the machine is shared; time limits are asserted where they matter
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("fuzz")
