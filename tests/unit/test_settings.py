from pathlib import Path

import pytest
from rasa.core.lock_store import LockStore
from rasa.core.tracker_store import TrackerStore
from rasa.utils.endpoints import read_endpoint_config

from bot.errors import ConfigurationError
from bot.settings import PROJECT_DIR, Settings, load_settings
from bot.stack import service_specs
from bot.store.lock_store import AtomicRedisLockStore
from bot.store.tracker_store import CheckedSQLTrackerStore
from tests.support.config_files import config_with_limits


def test_defaults_keep_state_under_var_and_services_on_loopback() -> None:
    settings = load_settings({})

    assert settings.data_dir == PROJECT_DIR / "var"
    assert settings.tracker_db == PROJECT_DIR / "var" / "tracker.db"
    assert settings.cache_dir == PROJECT_DIR / "var" / "cache"
    assert settings.services.rasa_port == 5005
    assert settings.services.action_url == "http://127.0.0.1:5055/webhook"
    assert settings.services.host == "127.0.0.1"


def test_environment_overrides_data_dir_and_ports(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "HELPLINE_DATA_DIR": str(tmp_path),
            "HELPLINE_RASA_PORT": "6005",
            "HELPLINE_NLG_PORT": "6056",
        }
    )

    assert settings.data_dir == tmp_path
    assert settings.cache_dir == tmp_path / "cache"
    assert settings.services.rasa_port == 6005
    assert settings.rasa_environment()["HELPLINE_NLG_URL"] == "http://127.0.0.1:6056/nlg"
    tracker_url = settings.rasa_environment()["HELPLINE_TRACKER_URL"]
    assert tracker_url == f"sqlite:///{tmp_path / 'tracker.db'}"


def test_several_stacks_can_share_one_cache(tmp_path: Path) -> None:
    shared = tmp_path / "shared-cache"
    for data_dir in ("a", "b"):
        settings = load_settings(
            {"HELPLINE_DATA_DIR": str(tmp_path / data_dir), "HELPLINE_CACHE_DIR": str(shared)}
        )
        assert settings.cache_dir == shared


def test_contact_details_come_from_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "helpline.yml"
    config.write_text(
        "contact:\n  organisation: Test org\n  hotline_phone: '+45 11 22 33 44'\n"
        "  hotline_hours: 'weekdays 9-15'\n  emergency_number: '112'\n"
    )

    settings = load_settings({"HELPLINE_CONFIG": str(config)})

    assert settings.contact.placeholders()["hotline_phone"] == "+45 11 22 33 44"
    assert settings.contact.placeholders()["hotline_hours"] == "weekdays 9-15"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("contact:\n  organisation: x\n", "contact.hotline_phone"),
        ("- just a list\n", "must hold a mapping"),
        ("contact: [unclosed\n", "not valid YAML"),
        # YAML would keep the second and lose the first without a word.
        ("contact:\n  organisation: x\ncontact:\n  organisation: y\n", "(?s)'contact' twice"),
    ],
)
def test_invalid_config_files_are_explained(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "helpline.yml"
    config.write_text(content)

    with pytest.raises(ConfigurationError, match=message):
        load_settings({"HELPLINE_CONFIG": str(config)})


@pytest.mark.parametrize("seconds", [0, 60, 300, "soon"])
def test_the_answer_deadline_must_come_before_the_servers_own_limit(
    tmp_path: Path, seconds: object
) -> None:
    """At 60 s the Rasa server cancels the turn and the channel answers with nothing, so the
    safe answer must be due before that."""
    config = config_with_limits(tmp_path, answer_within_seconds=seconds)

    with pytest.raises(ConfigurationError, match="limits.answer_within_seconds"):
        load_settings({"HELPLINE_CONFIG": str(config)})


def test_the_answer_deadline_is_read_from_the_config_file(tmp_path: Path) -> None:
    config = config_with_limits(tmp_path, answer_within_seconds=45)

    assert load_settings({"HELPLINE_CONFIG": str(config)}).answer_within_seconds == 45
    assert load_settings({}).answer_within_seconds == 20


def test_missing_config_file_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="HELPLINE_CONFIG"):
        load_settings({"HELPLINE_CONFIG": str(tmp_path / "nope.yml")})


@pytest.mark.parametrize("value", ["abc", "0", "70000"])
def test_bad_ports_are_rejected(value: str) -> None:
    with pytest.raises(ConfigurationError, match="HELPLINE_RASA_PORT"):
        load_settings({"HELPLINE_RASA_PORT": value})


def test_channels_are_off_without_their_settings() -> None:
    settings = load_settings({})

    assert settings.twilio is None and settings.telegram is None
    assert settings.database_url.startswith("sqlite:///") and settings.database_url.endswith(
        "helpline.db"
    )


def test_channels_are_on_with_all_their_settings() -> None:
    settings = load_settings({
        "HELPLINE_TWILIO_ACCOUNT_SID": "AC1", "HELPLINE_TWILIO_AUTH_TOKEN": "t",
        "HELPLINE_TWILIO_FROM": "+4570000000", "HELPLINE_TELEGRAM_TOKEN": "1:x",
        "HELPLINE_TELEGRAM_SECRET": "s_e-cret", "HELPLINE_DATABASE_URL": "postgresql://h/db",
    })  # fmt: skip

    assert settings.twilio is not None and settings.twilio.from_number == "+4570000000"
    assert settings.telegram is not None and settings.telegram.secret == "s_e-cret"
    assert settings.database_url == "postgresql://h/db"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"HELPLINE_TWILIO_ACCOUNT_SID": "AC1"}, "HELPLINE_TWILIO_AUTH_TOKEN"),
        ({"HELPLINE_TELEGRAM_TOKEN": "1:x"}, "half configured"),
        ({"HELPLINE_TELEGRAM_TOKEN": "1:x", "HELPLINE_TELEGRAM_SECRET": "bad secret!"}, "A-Z"),
    ],
)
def test_half_configured_channels_stop_the_start(environ: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        load_settings(environ)


def test_rasa_processes_never_send_telemetry_or_crash_reports() -> None:
    assert load_settings({}).rasa_environment()["RASA_TELEMETRY_ENABLED"] == "false"


def test_several_instances_need_redis_and_postgresql(tmp_path: Path) -> None:
    shared = {
        "HELPLINE_DATA_DIR": str(tmp_path),
        "HELPLINE_INSTANCES": "2",
        "HELPLINE_REDIS_URL": "redis://10.0.0.5:6380/3",
        "HELPLINE_DATABASE_URL": "postgresql+psycopg2://h@db/helpline",
        "HELPLINE_TRACKER_URL": "postgresql://h@db/tracker",
    }
    settings = load_settings(shared)
    assert settings.services.instances == 2
    environment = settings.rasa_environment()
    assert environment["HELPLINE_LOCK_STORE"] == "bot.store.lock_store.AtomicRedisLockStore"
    assert (environment["HELPLINE_REDIS_HOST"], environment["HELPLINE_REDIS_PORT"]) == (
        "10.0.0.5",
        "6380",
    )
    assert environment["HELPLINE_REDIS_DB"] == "3"
    for missing, message in (
        ("HELPLINE_REDIS_URL", "HELPLINE_REDIS_URL"),
        ("HELPLINE_TRACKER_URL", "HELPLINE_TRACKER_URL on PostgreSQL"),
        ("HELPLINE_DATABASE_URL", "HELPLINE_DATABASE_URL on PostgreSQL"),
    ):
        with pytest.raises(ConfigurationError, match=message):
            load_settings({key: value for key, value in shared.items() if key != missing})


def test_rasa_builds_the_atomic_redis_lock_store_from_endpoints_yml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = load_settings(
        {
            "HELPLINE_DATA_DIR": str(tmp_path),
            "HELPLINE_REDIS_URL": "redis://10.0.0.5:6380/3",
        }
    )
    for name, value in settings.rasa_environment().items():
        monkeypatch.setenv(name, value)

    lock_store = LockStore.create(
        read_endpoint_config(str(settings.project_dir / "endpoints.yml"), "lock_store")
    )

    assert isinstance(lock_store, AtomicRedisLockStore)  # not Rasa's, which can lose a message
    connection = lock_store.red.connection_pool.connection_kwargs
    assert (connection["host"], connection["port"], connection["db"]) == ("10.0.0.5", 6380, 3)
    assert lock_store.key_prefix.startswith("helpline:")


def test_rasa_builds_the_checked_sql_tracker_store_from_endpoints_yml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On our URL, with pooled connections checked before use (after a database restart a
    dead one made her conversation new)."""
    settings = load_settings({"HELPLINE_DATA_DIR": str(tmp_path)})
    for name, value in settings.rasa_environment().items():
        monkeypatch.setenv(name, value)

    store = TrackerStore.create(
        read_endpoint_config(str(settings.project_dir / "endpoints.yml"), "tracker_store")
    )

    assert isinstance(store, CheckedSQLTrackerStore)
    assert str(store.engine.url) == settings.tracker_url
    assert store.engine.pool._pre_ping is True
    assert store.sessionmaker.kw["bind"] is store.engine


def test_one_instance_keeps_locks_in_process(tmp_path: Path) -> None:
    environment = load_settings({"HELPLINE_DATA_DIR": str(tmp_path)}).rasa_environment()
    assert environment["HELPLINE_LOCK_STORE"] == "in_memory"
    with pytest.raises(ConfigurationError, match="HELPLINE_INSTANCES"):
        load_settings({"HELPLINE_INSTANCES": "two"})


def test_rasa_logs_message_texts_only_with_the_debug_switch(tmp_path: Path) -> None:
    model = tmp_path / "model.tar.gz"
    quiet = load_settings({"HELPLINE_DATA_DIR": str(tmp_path)})
    debug = load_settings({"HELPLINE_DATA_DIR": str(tmp_path), "HELPLINE_DEBUG_LOG": "1"})

    def rasa_command(settings: Settings) -> list[str]:
        return next(spec.command for spec in service_specs(settings, model) if spec.name == "rasa")

    assert "--debug" not in rasa_command(quiet)
    assert "--debug" in rasa_command(debug)
