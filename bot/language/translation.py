"""Offline machine translation with Argos Translate, where numbers and contacts never change.

Why this wrapper exists:

- Argos reads its settings once, when ``argostranslate.settings`` is first imported, and creates
  directories under ``$HOME`` while doing so. ``configure_argos`` points everything at the
  helpline's data directory first, and argostranslate is only imported inside functions.
- A machine translation model may rewrite "+45 70 20 25 50" or "112" into something that looks
  right and is not. For a helpline that is dangerous, so phone numbers, numbers, e-mail and web
  addresses, ``{placeholders}`` and caller-given literals (street addresses) are cut out of the
  text before translation and put back byte for byte (``split_protected``).
- Argos keeps loaded models, caches and settings in module globals that are not thread-safe,
  so every call into it holds one process-wide lock. Call ``ArgosTranslator.translate`` from an
  aiohttp handler through ``loop.run_in_executor``; it blocks while the model runs.
- Argos logs every text it translates at INFO level; those logs are turned down to WARNING,
  because helpline logs never hold message text.
- Argos gives ``AttributeError`` for a missing model and no validation when installing a file;
  here those become ``TranslationError`` with a message that says what to do.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import re
import shutil
import sys
import threading
import urllib.request
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import TYPE_CHECKING, Any

from bot.errors import HelplineError

if TYPE_CHECKING:
    from argostranslate.package import AvailablePackage
    from argostranslate.translate import ITranslation

log = logging.getLogger(__name__)

PIVOT_LANGUAGE = "en"
INDEX_TIMEOUT_SECONDS = 30

# One lock for all of argostranslate: its settings, caches and loaded models are module globals.
_ARGOS_LOCK = threading.RLock()
# Loaded translations per (source, target); argos' own lookup rebuilds language lists each time.
_TRANSLATIONS: dict[tuple[str, str], ITranslation] = {}


class TranslationError(HelplineError):
    """A translation model is missing, invalid or cannot be installed or run."""


# --- configuration ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ArgosDirs:
    """Where argos keeps packages, data (MiniSBD models, index), configuration and cache."""

    packages: Path
    xdg_data: Path
    xdg_config: Path
    xdg_cache: Path

    @classmethod
    def beside(cls, packages_dir: Path) -> _ArgosDirs:
        packages = packages_dir.expanduser().resolve()
        base = packages.parent
        return cls(packages, base / "data", base / "config", base / "cache")

    @property
    def data(self) -> Path:
        return self.xdg_data / "argos-translate"

    @property
    def config(self) -> Path:
        return self.xdg_config / "argos-translate"

    @property
    def cache(self) -> Path:
        return self.xdg_cache / "argos-translate"

    def create(self) -> None:
        for directory in (self.packages, self.data, self.config, self.cache / "downloads"):
            directory.mkdir(parents=True, exist_ok=True)


def configure_argos(packages_dir: Path, *, reconfigure: bool = False) -> None:
    """Point argostranslate at ``packages_dir`` and keep it offline, on CPU and out of $HOME.

    Call it before anything imports argostranslate. Packages go to ``packages_dir``; argos' data,
    configuration and cache go to ``data/``, ``config/`` and ``cache/`` beside it. The sentence
    splitter is MiniSBD, which uses the model inside each package instead of downloading one.

    Argos reads its ``ARGOS_*`` and ``XDG_*`` variables only while it is imported, so they are
    set only for that moment: other libraries and child processes keep their own directories,
    and each process that translates calls this itself.

    If argostranslate was already imported with other directories, this raises
    ``TranslationError`` unless ``reconfigure`` is true; then the settings argos computed at
    import are re-pointed and every loaded model is dropped (tests use this).
    """
    dirs = _ArgosDirs.beside(packages_dir)
    with _ARGOS_LOCK:
        settings = sys.modules.get("argostranslate.settings")
        if settings is None:
            _import_argos(dirs)
        elif not _points_at(settings, dirs):
            if not reconfigure:
                raise TranslationError(
                    "argostranslate was imported before configure_argos() and uses "
                    f"{settings.package_data_dir}, not {dirs.packages}; call configure_argos() "
                    "before anything imports argostranslate"
                )
            _repoint_argos(settings, dirs)
        _quiet_argos_logs()


def _quiet_argos_logs() -> None:
    """Argos logs every text it translates at INFO; helpline logs never hold message text."""
    settings = sys.modules["argostranslate.settings"]
    if not settings.debug:
        logging.getLogger("argostranslate.utils").setLevel(logging.WARNING)


def _import_argos(dirs: _ArgosDirs) -> None:
    dirs.create()
    variables = {
        "ARGOS_PACKAGES_DIR": str(dirs.packages),
        "ARGOS_DEVICE_TYPE": "cpu",
        "ARGOS_CHUNK_TYPE": "MINISBD",
        "XDG_DATA_HOME": str(dirs.xdg_data),
        "XDG_CONFIG_HOME": str(dirs.xdg_config),
        "XDG_CACHE_HOME": str(dirs.xdg_cache),
    }
    with _environment(variables):
        # translate imports sbd, which fixes MiniSBD's model cache directory at import time.
        import argostranslate.settings
        import argostranslate.translate  # noqa: F401


def _points_at(settings: ModuleType, dirs: _ArgosDirs) -> bool:
    return (
        Path(settings.package_data_dir).resolve() == dirs.packages
        and Path(settings.data_dir).resolve() == dirs.data.resolve()
    )


def _repoint_argos(settings: ModuleType, dirs: _ArgosDirs) -> None:
    """Re-point settings that argos computed at import time; see argostranslate/settings.py."""
    dirs.create()
    settings.data_dir = dirs.data
    settings.config_dir = dirs.config
    settings.settings_file = dirs.config / "settings.json"
    settings.cache_dir = dirs.cache
    settings.downloads_dir = dirs.cache / "downloads"
    settings.package_data_dir = dirs.packages
    settings.legacy_package_data_dir = dirs.packages
    settings.package_dirs = [dirs.packages]
    settings.local_package_index = dirs.data / "index.json"
    settings.device = "cpu"
    settings.chunk_type = settings.ChunkType.MINISBD
    import argostranslate.translate  # noqa: F401  (imports sbd with the new data_dir)
    import minisbd.models

    minisbd.models.cache_dir = str(dirs.data / "minisbd")
    _forget_loaded_models()
    log.info("argostranslate re-pointed at %s", dirs.packages)


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    previous = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _forget_loaded_models() -> None:
    """Drop argos' language list and loaded translators, which outlive package changes."""
    from argostranslate import translate

    translate.get_installed_languages.cache_clear()
    translate.installed_translates.clear()
    _TRANSLATIONS.clear()


# --- protected spans ----------------------------------------------------------------------------

_URL = r"(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]}]"
_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_PLACEHOLDER = r"\{[A-Za-z_][A-Za-z0-9_]*\}"
# A word with a digit ("112", "24/7", "3.5", "2nd"), and digit groups joined by one space, dot,
# comma, slash or hyphen, so "+45 70 20 25 50" is one span.
_NUMBER = r"(?<!\w)\+?\w*\d\w*(?:[ .,/-]\w*\d\w*)*"
_BUILT_IN_PATTERNS = (_URL, _EMAIL, _PLACEHOLDER, _NUMBER)


def split_protected(text: str, protected: Iterable[str] = ()) -> list[tuple[str, bool]]:
    """Split ``text`` into ``(part, is_protected)`` pairs that join back to exactly ``text``.

    Protected parts are the ``protected`` literals (matched exactly, longest first), then URLs,
    e-mail addresses, ``{placeholders}`` and numbers, including phone numbers written in groups.
    Where two candidates start at the same place, that order decides.
    """
    pattern = _protected_pattern(tuple(sorted(set(protected), key=len, reverse=True)))
    parts: list[tuple[str, bool]] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            parts.append((text[position : match.start()], False))
        parts.append((match.group(), True))
        position = match.end()
    if position < len(text):
        parts.append((text[position:], False))
    return parts


@functools.lru_cache(maxsize=64)
def _protected_pattern(literals: tuple[str, ...]) -> re.Pattern[str]:
    escaped = [re.escape(literal) for literal in literals if literal.strip()]
    return re.compile("|".join(f"(?:{part})" for part in (*escaped, *_BUILT_IN_PATTERNS)))


# What a piece keeps untranslated around its words: the ". " closing a sentence that ended in a
# protected number ("Call 112. Where ...") and the " (" opening one; a model would drop them.
_PIECE_EDGES = re.compile(r"([\s.,;:!?)\]}]*)(.*?)([\s(\[{]*)", re.DOTALL)


def _has_words(segment: str) -> bool:
    """Only segments with letters go to the model; whitespace and punctuation stay as they are."""
    return any(character.isalpha() for character in segment)


# --- package validation -------------------------------------------------------------------------


def _validate_package(path: Path) -> tuple[str, str, str]:
    """Check an ``.argosmodel`` before argos extracts it; return (from, to, top directory)."""
    if not path.is_file():
        raise TranslationError(f"{path} does not exist or is not a file")
    if not zipfile.is_zipfile(path):
        raise TranslationError(f"{path.name} is not an Argos model: expected a zip archive")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            top = _single_top_directory(names, path.name)
            metadata = _read_metadata(archive, top, path.name)
    except (zipfile.BadZipFile, OSError) as error:
        raise TranslationError(f"{path.name} cannot be read as a zip archive: {error}") from error
    from_code, to_code = _language_codes(metadata, path.name)
    _require_model_files(set(names), top, path.name)
    return from_code, to_code, top


def _single_top_directory(names: list[str], label: str) -> str:
    tops = set()
    for name in names:
        parts = PurePosixPath(name).parts
        if not parts or name.startswith("/") or ".." in parts or "\\" in name:
            raise TranslationError(f"{label} contains an unsafe path: {name!r}")
        if len(parts) == 1 and not name.endswith("/"):
            raise TranslationError(f"{label} has a file outside the package directory: {name!r}")
        tops.add(parts[0])
    if len(tops) != 1:
        raise TranslationError(
            f"{label} must contain exactly one top-level directory, found {len(tops)}"
        )
    return tops.pop()


def _read_metadata(archive: zipfile.ZipFile, top: str, label: str) -> dict[str, Any]:
    try:
        raw = archive.read(f"{top}/metadata.json")
    except KeyError as error:
        raise TranslationError(f"{label} has no {top}/metadata.json: not an Argos model") from error
    try:
        metadata = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TranslationError(f"{label}: metadata.json is not valid JSON") from error
    if not isinstance(metadata, dict):
        raise TranslationError(f"{label}: metadata.json must hold a JSON object")
    return metadata


def _language_codes(metadata: dict[str, Any], label: str) -> tuple[str, str]:
    kind = metadata.get("type", "translate")
    if kind != "translate":
        raise TranslationError(f"{label} is an Argos {kind!r} package, not a translation model")
    codes = (metadata.get("from_code"), metadata.get("to_code"))
    if not all(isinstance(code, str) and code.strip() for code in codes):
        raise TranslationError(f"{label}: metadata.json needs from_code and to_code")
    from_code, to_code = (str(code).strip() for code in codes)
    if from_code == to_code:
        raise TranslationError(f"{label} translates {from_code} into itself")
    return from_code, to_code


def _require_model_files(names: set[str], top: str, label: str) -> None:
    if f"{top}/model/model.bin" not in names:
        raise TranslationError(f"{label} has no CTranslate2 model ({top}/model/model.bin)")
    if not {f"{top}/sentencepiece.model", f"{top}/bpe.model"} & names:
        raise TranslationError(f"{label} has no tokenizer (sentencepiece.model or bpe.model)")
    if not any(name.startswith(f"{top}/minisbd/") and name.endswith(".onnx") for name in names):
        log.warning(
            "%s bundles no MiniSBD model: its first translation downloads one unless cached",
            label,
        )


# --- the translator -----------------------------------------------------------------------------


class ArgosTranslator:
    """Translates with the Argos packages installed in one directory, pivoting where needed.

    Blocking; from async code use ``await loop.run_in_executor(None, translator.translate, ...)``.
    """

    def __init__(self, packages_dir: Path) -> None:
        configure_argos(packages_dir)
        self.packages_dir = packages_dir

    def installed_pairs(self) -> set[tuple[str, str]]:
        """Every (source, target) that can be translated, including pivots through a third."""
        with _ARGOS_LOCK:
            return {
                (translation.from_lang.code, translation.to_lang.code)
                for language in self._installed_languages()
                for translation in language.translations_from
                if translation.from_lang.code != translation.to_lang.code
            }

    def can_translate(self, source: str, target: str) -> bool:
        """Whether ``translate`` works for this pair (always for the same language)."""
        return source == target or (source, target) in self.installed_pairs()

    def translate(self, text: str, source: str, target: str, protected: Iterable[str] = ()) -> str:
        """Translate ``text``; protected spans (see ``split_protected``) come back unchanged."""
        if source == target or not _has_words(text):
            return text
        translation = self._translation(source, target)
        return "".join(
            part
            if is_protected or not _has_words(part)
            else self._translate_lines(translation, part)
            for part, is_protected in split_protected(text, protected)
        )

    def install_model(self, path: Path) -> tuple[str, str]:
        """Install an ``.argosmodel`` file, replacing any package for the same pair."""
        from_code, to_code, top = _validate_package(path)
        with _ARGOS_LOCK:
            from argostranslate import package, settings

            self._remove_packages(from_code, to_code, Path(settings.package_data_dir) / top)
            try:
                package.install_from_path(path)
            except (OSError, zipfile.BadZipFile) as error:
                raise TranslationError(f"could not install {path.name}: {error}") from error
            finally:
                _forget_loaded_models()
        log.info("installed translation model %s->%s", from_code, to_code)
        return from_code, to_code

    def install_from_index(self, code: str) -> list[tuple[str, str]]:
        """Download and install en->code and code->en from the Argos package index (network)."""
        if code == PIVOT_LANGUAGE:
            raise TranslationError(f"{code} is the pivot language: install a pair with another one")
        wanted = [(PIVOT_LANGUAGE, code), (code, PIVOT_LANGUAGE)]
        found = {
            (item.from_code, item.to_code): item
            for item in self._available_packages()
            if item.type == "translate" and (item.from_code, item.to_code) in wanted
        }
        if not found:
            raise TranslationError(
                f"the Argos package index has no model between {PIVOT_LANGUAGE} and {code}"
            )
        installed = [self._install_available(found[pair]) for pair in wanted if pair in found]
        for pair in installed:
            self._warm_up(*pair)
        return installed

    # -- helpers --

    def _installed_languages(self) -> list[Any]:
        from argostranslate import translate

        try:
            return translate.get_installed_languages()
        except (OSError, ValueError) as error:
            raise TranslationError(
                f"the Argos packages in {self.packages_dir} cannot be read: {error}"
            ) from error

    def _translation(self, source: str, target: str) -> ITranslation:
        with _ARGOS_LOCK:
            cached = _TRANSLATIONS.get((source, target))
            if cached is not None:
                return cached
            languages = {language.code: language for language in self._installed_languages()}
            if source in languages and target in languages:
                found = languages[source].get_translation(languages[target])
                if found is not None:
                    _TRANSLATIONS[(source, target)] = found
                    return found
        raise TranslationError(
            f"no translation model for {source}->{target} is installed in {self.packages_dir}; "
            "install an .argosmodel file or the pair from the Argos index"
        )

    def _translate_lines(self, translation: ITranslation, segment: str) -> str:
        """Translate line by line; line breaks and surrounding whitespace stay as they were."""
        pieces = re.split(r"(\s*\n\s*)", segment)
        return "".join(
            self._translate_piece(translation, piece) if _has_words(piece) else piece
            for piece in pieces
        )

    def _translate_piece(self, translation: ITranslation, piece: str) -> str:
        match = _PIECE_EDGES.fullmatch(piece)
        leading, core, trailing = match.groups() if match else ("", piece, "")
        try:
            with _ARGOS_LOCK:
                translated = translation.translate(core).strip()
        except Exception as error:  # argos, MiniSBD and CTranslate2 raise anything
            # The message text is not logged or repeated: it may identify the person.
            raise TranslationError(
                f"translation {translation.from_lang.code}->{translation.to_lang.code} failed "
                f"({type(error).__name__})"
            ) from error
        if not translated:
            log.warning("empty translation from the model: kept the original segment")
            return piece
        return leading + translated + trailing

    @staticmethod
    def _remove_packages(from_code: str, to_code: str, target_dir: Path) -> None:
        from argostranslate import package

        for installed in package.get_installed_packages():
            if (installed.from_code, installed.to_code) == (from_code, to_code):
                package.uninstall(installed)
        if target_dir.exists():
            shutil.rmtree(target_dir)

    def _available_packages(self) -> list[AvailablePackage]:
        from argostranslate import package, settings

        index = Path(settings.local_package_index)
        try:
            with urllib.request.urlopen(
                settings.remote_package_index, timeout=INDEX_TIMEOUT_SECONDS
            ) as response:
                data = response.read()
        except (OSError, ValueError) as error:
            raise TranslationError(
                f"could not download the Argos package index from "
                f"{settings.remote_package_index} ({error}): no network access? Copy "
                ".argosmodel files to this machine and install them with install_model instead"
            ) from error
        try:
            entries = json.loads(data)
        except ValueError as error:
            raise TranslationError("the Argos package index is not valid JSON") from error
        if not isinstance(entries, list):
            raise TranslationError("the Argos package index is not a list of packages")
        index.parent.mkdir(parents=True, exist_ok=True)
        index.write_bytes(data)
        return package.get_available_packages()

    def _install_available(self, available: AvailablePackage) -> tuple[str, str]:
        pair = f"{available.from_code}->{available.to_code}"
        try:
            archive = available.download()  # reuses a file already in argos' downloads dir
        except Exception as error:  # argos raises a bare Exception when every link fails
            raise TranslationError(
                f"could not download the {pair} model from {available.links}: no network access?"
            ) from error
        try:
            return self.install_model(Path(archive))
        finally:
            Path(archive).unlink(missing_ok=True)

    def _warm_up(self, source: str, target: str) -> None:
        """Load the model once now, so a sentence splitter it lacks is fetched while online."""
        self._translate_piece(self._translation(source, target), "Hello.")
