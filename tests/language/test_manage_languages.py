"""`helpline languages` and `helpline translate --fill`, run as an operator would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.settings import PROJECT_DIR
from tests.support.tiny_argos import build_tiny_argos_model


def helpline(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def operator_env(tmp_path: Path) -> dict[str, str]:
    translations = tmp_path / "translations"
    shutil.copytree(PROJECT_DIR / "translations", translations)
    return {
        "HELPLINE_DATA_DIR": str(tmp_path / "var"),
        "HELPLINE_TRANSLATIONS_DIR": str(translations),
    }


def test_languages_lists_coverage_and_review_status(operator_env: dict[str, str]) -> None:
    result = helpline("languages", env=operator_env)

    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert "reviewed" in lines["code"]
    total = len(yaml.safe_load((PROJECT_DIR / "translations" / "en.yml").read_text())["responses"])
    assert f"{total}/{total}" in lines["ro"]
    assert "Română" in lines["ro"]
    assert "Argos models for languages without a catalog: none" in result.stdout


def test_install_a_model_file_offline_and_see_it_listed(
    tmp_path: Path, operator_env: dict[str, str]
) -> None:
    model = build_tiny_argos_model("en", "ro", tmp_path)

    result = helpline("languages", "install", str(model), env=operator_env)

    assert result.returncode == 0, result.stderr
    assert "installed: en→ro" in result.stdout
    [romanian] = [line for line in result.stdout.splitlines() if line.startswith("ro ")]
    assert romanian.endswith("en→ro")


def test_installing_a_broken_file_is_refused_clearly(
    tmp_path: Path, operator_env: dict[str, str]
) -> None:
    broken = tmp_path / "broken.argosmodel"
    broken.write_bytes(b"not a zip")

    result = helpline("languages", "install", str(broken), env=operator_env)

    assert result.returncode == 1
    assert "helpline:" in result.stderr and "broken.argosmodel" in result.stderr


def test_fill_drafts_missing_entries_marked_machine(
    tmp_path: Path, operator_env: dict[str, str]
) -> None:
    catalog_path = Path(operator_env["HELPLINE_TRANSLATIONS_DIR"]) / "ro.yml"
    catalog = yaml.safe_load(catalog_path.read_text(encoding="utf-8"))
    del catalog["responses"]["utter_reflection_period"], catalog["responses"]["utter_menu"]
    catalog_path.write_text(yaml.safe_dump(catalog, allow_unicode=True), encoding="utf-8")
    helpline("languages", "install", str(build_tiny_argos_model("en", "ro", tmp_path)),
             env=operator_env)  # fmt: skip

    result = helpline("translate", "--fill", "ro", env=operator_env)

    assert result.returncode == 0, result.stderr
    assert "drafted 2 responses" in result.stdout
    filled = yaml.safe_load(catalog_path.read_text(encoding="utf-8"))["responses"]
    assert filled["utter_reflection_period"]["status"] == "machine"
    assert "30" in filled["utter_reflection_period"]["text"]
    assert "120" in filled["utter_reflection_period"]["text"]
    english = yaml.safe_load((PROJECT_DIR / "translations" / "en.yml").read_text())["responses"]
    payloads = [b["payload"] for b in filled["utter_menu"]["buttons"]]
    assert payloads == [b["payload"] for b in english["utter_menu"]["buttons"]]
    assert filled["utter_greet"]["status"] == "draft"  # existing entries are kept as they were


def test_fill_without_a_model_explains_how_to_install_one(operator_env: dict[str, str]) -> None:
    result = helpline("translate", "--fill", "ro", env=operator_env)

    assert result.returncode == 1
    assert "helpline languages install" in result.stderr
