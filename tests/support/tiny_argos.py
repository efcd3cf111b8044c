"""Build tiny, random-weight Argos Translate packages offline, for tests.

Real ``.argosmodel`` files are 100 MB downloads; tests need the real argostranslate code path
(package layout, sentence splitting, SentencePiece, CTranslate2 decoding, pivoting) but not a
sensible translation. This module writes a valid package in about 0.2 s with ctranslate2,
sentencepiece and numpy only: no converter, no torch, no ``onnx`` package and no network.

The output is garbage but deterministic: the same pair always gives the same zip bytes, and
different pairs get different weights so a pivot visibly chains two models.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece as spm

D_MODEL = 32
FFN_DIM = 64
NUM_HEADS = 2
NUM_LAYERS = 1
VOCAB_SIZE = 400

# Biasing the output projection makes random decoding stop after a few tokens; without it the
# decoder runs to the 256-token limit and every test pays for it.
EOS_BIAS = 3.0
BANNED_BIAS = -1e4

# A few sentences per script so SentencePiece learns real pieces; byte_fallback covers the rest.
TRAINING_SENTENCES = (
    "Hello, how are you today? I need help.",
    "Where can I find a doctor? Call the hotline any time.",
    "My employer took my passport and I cannot leave.",
    "Hola, ¿cómo estás? Necesito ayuda con mi trabajo.",
    "Bonjour, je cherche un médecin et un endroit sûr.",
    "Hej, jeg har brug for hjælp. Ring til os når som helst.",
    "Guten Tag, ich brauche Hilfe und einen Arzt.",
    "Olá, preciso de ajuda. Onde fica a clínica?",
    "Buna ziua, am nevoie de ajutor si de un medic.",
    "Witam, potrzebuję pomocy i lekarza.",
    "Здравствуйте, мне нужна помощь и врач.",
    "مرحبا، أحتاج إلى مساعدة وطبيب.",
    "สวัสดี ฉันต้องการความช่วยเหลือ",
    "你好，我需要帮助。",
    "Numbers 0 1 2 3 4 5 6 7 8 9, punctuation . , ; : ! ? ( ) - + @ / { }",
)

# MiniSBD vocabulary: everything that is not a sentence-final mark maps to <UNK>.
SBD_UNITS = ("<PAD>", "<UNK>", ".", "!", "?")
SBD_CLASSES = 5
SBD_SENTENCE_END = 2


def build_tiny_argos_model(from_code: str, to_code: str, directory: Path) -> Path:
    """Write ``translate-<from>_<to>.argosmodel`` into ``directory`` and return its path."""
    name = f"translate-{from_code}_{to_code}"
    directory.mkdir(parents=True, exist_ok=True)
    staging = directory / f".{name}.build"
    shutil.rmtree(staging, ignore_errors=True)
    package_dir = staging / name
    package_dir.mkdir(parents=True)
    try:
        pieces_model = _train_sentencepiece()
        (package_dir / "sentencepiece.model").write_bytes(pieces_model)
        seed = zlib.crc32(f"{from_code}>{to_code}".encode())
        _write_ctranslate2_model(pieces_model, package_dir / "model", seed)
        (package_dir / "minisbd").mkdir()
        (package_dir / "minisbd" / f"{from_code}.onnx").write_bytes(minisbd_onnx_model(from_code))
        (package_dir / "metadata.json").write_text(_metadata(from_code, to_code), encoding="utf-8")
        archive = directory / f"{name}.argosmodel"
        _zip_deterministically(staging, archive)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return archive


def install_tiny_models(
    data_dir: Path, build_dir: Path, pairs: Iterable[tuple[str, str]] = (("ro", "en"), ("en", "ro"))
) -> None:
    """Install tiny models for ``pairs`` into a data directory, as an operator would
    (`helpline languages install`), in a child process: argostranslate is configured once per
    process, and this test process may use other directories."""
    for source, target in pairs:
        model = build_tiny_argos_model(source, target, build_dir)
        subprocess.run(
            [sys.executable, "-m", "bot.cli", "languages", "install", str(model)],
            env={**os.environ, "HELPLINE_DATA_DIR": str(data_dir)},
            check=True,
            capture_output=True,
            timeout=300,
        )


def _metadata(from_code: str, to_code: str) -> str:
    return json.dumps(
        {
            "package_version": "0.0.1",
            "argos_version": "1.9.0",
            "type": "translate",
            "from_code": from_code,
            "from_name": f"Test {from_code}",
            "to_code": to_code,
            "to_name": f"Test {to_code}",
            "links": [],
        },
        indent=2,
    )


def _train_sentencepiece() -> bytes:
    """Train a small SentencePiece model; identity normalisation avoids a 240 KB charsmap."""
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(TRAINING_SENTENCES),
        model_writer=model,
        vocab_size=VOCAB_SIZE,
        hard_vocab_limit=False,
        byte_fallback=True,
        character_coverage=1.0,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        normalization_rule_name="identity",
        num_threads=1,
        minloglevel=2,
    )
    return model.getvalue()


def _write_ctranslate2_model(pieces_model: bytes, target: Path, seed: int) -> None:
    """Fill a 1-layer Transformer spec with random weights and save it as CTranslate2 model."""
    processor = spm.SentencePieceProcessor(model_proto=pieces_model)
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    rng = np.random.default_rng(seed)
    spec = ctranslate2.specs.TransformerSpec.from_config(NUM_LAYERS, NUM_HEADS)
    _fill_encoder(spec.encoder, rng, len(pieces))
    _fill_decoder(spec.decoder, rng, len(pieces))
    spec.decoder.projection.bias = _projection_bias(processor)
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.config.unk_token = "<unk>"
    spec.config.bos_token = "<s>"
    spec.config.eos_token = "</s>"
    spec.validate()
    spec.optimize()
    target.mkdir(parents=True)
    spec.save(str(target))


def _projection_bias(processor: spm.SentencePieceProcessor) -> np.ndarray:
    bias = np.zeros(processor.get_piece_size(), dtype=np.float32)
    for piece_id in range(processor.get_piece_size()):
        if processor.is_byte(piece_id) or processor.is_unknown(piece_id):
            bias[piece_id] = BANNED_BIAS
    bias[processor.bos_id()] = BANNED_BIAS
    bias[processor.eos_id()] = EOS_BIAS
    return bias


def _random(rng: np.random.Generator, *shape: int) -> np.ndarray:
    return (rng.standard_normal(shape) / np.sqrt(shape[-1])).astype(np.float32)


def _fill_linear(linear: object, rng: np.random.Generator, out_dim: int, in_dim: int) -> None:
    linear.weight = _random(rng, out_dim, in_dim)
    linear.bias = np.zeros(out_dim, dtype=np.float32)


def _fill_layer_norm(layer_norm: object) -> None:
    layer_norm.gamma = np.ones(D_MODEL, dtype=np.float32)
    layer_norm.beta = np.zeros(D_MODEL, dtype=np.float32)


def _fill_self_attention(attention: object, rng: np.random.Generator) -> None:
    _fill_layer_norm(attention.layer_norm)
    _fill_linear(attention.linear[0], rng, 3 * D_MODEL, D_MODEL)  # fused query, key, value
    _fill_linear(attention.linear[1], rng, D_MODEL, D_MODEL)


def _fill_cross_attention(attention: object, rng: np.random.Generator) -> None:
    _fill_layer_norm(attention.layer_norm)
    _fill_linear(attention.linear[0], rng, D_MODEL, D_MODEL)  # query
    _fill_linear(attention.linear[1], rng, 2 * D_MODEL, D_MODEL)  # fused key, value
    _fill_linear(attention.linear[2], rng, D_MODEL, D_MODEL)


def _fill_ffn(ffn: object, rng: np.random.Generator) -> None:
    _fill_layer_norm(ffn.layer_norm)
    _fill_linear(ffn.linear_0, rng, FFN_DIM, D_MODEL)
    _fill_linear(ffn.linear_1, rng, D_MODEL, FFN_DIM)


def _fill_encoder(encoder: object, rng: np.random.Generator, vocab_size: int) -> None:
    # position_encodings stay unset: CTranslate2 then uses sinusoidal encodings.
    encoder.embeddings[0].weight = _random(rng, vocab_size, D_MODEL)
    _fill_layer_norm(encoder.layer_norm)
    for layer in encoder.layer:
        _fill_self_attention(layer.self_attention, rng)
        _fill_ffn(layer.ffn, rng)


def _fill_decoder(decoder: object, rng: np.random.Generator, vocab_size: int) -> None:
    decoder.embeddings.weight = _random(rng, vocab_size, D_MODEL)
    _fill_layer_norm(decoder.layer_norm)
    decoder.projection.weight = _random(rng, vocab_size, D_MODEL)
    for layer in decoder.layer:
        _fill_self_attention(layer.self_attention, rng)
        _fill_cross_attention(layer.attention, rng)
        _fill_ffn(layer.ffn, rng)


def _zip_deterministically(root: Path, archive: Path) -> None:
    """Zip ``root``'s contents with fixed timestamps so equal inputs give equal bytes."""
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(root).as_posix()
            if path.is_dir():
                info = zipfile.ZipInfo(relative + "/", date_time=(1980, 1, 1, 0, 0, 0))
                info.external_attr = 0o40755 << 16
                zipped.writestr(info, b"")
            else:
                info = zipfile.ZipInfo(relative, date_time=(1980, 1, 1, 0, 0, 0))
                info.external_attr = 0o644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zipped.writestr(info, path.read_bytes())


# --- MiniSBD ONNX model -------------------------------------------------------------------------
# MiniSBD (argos' sentence splitter) runs an ONNX model that maps each character to one of five
# classes. Without a model inside the package, the first translate() downloads one from GitHub.
# The `onnx` package is not a dependency, so the few protobuf messages needed are encoded here:
# the graph is `logits = Gather(table, units)`, a lookup of one row of class scores per character.

_WIRE_VARINT = 0
_WIRE_BYTES = 2
_ONNX_FLOAT = 1
_ONNX_INT64 = 7


def minisbd_onnx_model(lang_code: str) -> bytes:
    """Return an ONNX model that ends a sentence after ``.``, ``!`` and ``?``, nowhere else."""
    table = np.zeros((len(SBD_UNITS), SBD_CLASSES), dtype=np.float32)
    for unit_id, unit in enumerate(SBD_UNITS):
        table[unit_id, SBD_SENTENCE_END if unit in ".!?" else 0] = 1.0
    graph = b"".join(
        [
            _message(1, _node(["table", "units"], ["logits"], "Gather")),
            _string(2, "tiny_minisbd"),
            _message(5, _tensor("table", table)),
            _message(11, _value_info("units", _ONNX_INT64, ["batch", "chars"])),
            _message(11, _value_info("features", _ONNX_FLOAT, ["batch", "chars", "feats"])),
            _message(12, _value_info("logits", _ONNX_FLOAT, ["batch", "chars", SBD_CLASSES])),
        ]
    )
    metadata = {
        "lang_code": lang_code,
        "config": json.dumps({"feat_funcs": [], "max_seqlen": 1000, "batch_size": 32}),
        "vocab": json.dumps(_sbd_vocab_state()),
        "lexicon": "null",
    }
    return b"".join(
        [
            _varint_field(1, 8),  # ir_version
            _string(2, "helpline-tests"),  # producer_name
            _message(7, graph),
            _message(8, _varint_field(2, 13)),  # opset_import: default domain, opset 13
            *(_message(14, _string(1, key) + _string(2, value)) for key, value in metadata.items()),
        ]
    )


def _sbd_vocab_state() -> dict[str, object]:
    return {
        "lang": "",
        "idx": 0,
        "cutoff": 0,
        "lower": False,
        "_unit2id": {unit: unit_id for unit_id, unit in enumerate(SBD_UNITS)},
        "_id2unit": list(SBD_UNITS),
    }


def _node(inputs: Iterable[str], outputs: Iterable[str], op_type: str) -> bytes:
    return b"".join(
        [
            *(_string(1, name) for name in inputs),
            *(_string(2, name) for name in outputs),
            _string(3, op_type.lower()),
            _string(4, op_type),
        ]
    )


def _tensor(name: str, values: np.ndarray) -> bytes:
    return b"".join(
        [
            *(_varint_field(1, dim) for dim in values.shape),
            _varint_field(2, _ONNX_FLOAT),
            _string(8, name),
            _bytes_field(9, values.astype("<f4").tobytes()),
        ]
    )


def _value_info(name: str, elem_type: int, dims: Iterable[str | int]) -> bytes:
    dimensions = b"".join(
        _message(1, _varint_field(1, dim) if isinstance(dim, int) else _string(2, dim))
        for dim in dims
    )
    tensor_type = _varint_field(1, elem_type) + _message(2, dimensions)
    return _string(1, name) + _message(2, _message(1, tensor_type))


def _varint(value: int) -> bytes:
    if value < 0:
        raise ValueError("negative varints are not needed here")
    encoded = bytearray()
    while True:
        low, value = value & 0x7F, value >> 7
        encoded.append(low | (0x80 if value else 0))
        if not value:
            return bytes(encoded)


def _key(field: int, wire_type: int) -> bytes:
    return _varint(field << 3 | wire_type)


def _varint_field(field: int, value: int) -> bytes:
    return _key(field, _WIRE_VARINT) + _varint(value)


def _bytes_field(field: int, value: bytes) -> bytes:
    return _key(field, _WIRE_BYTES) + _varint(len(value)) + value


def _string(field: int, value: str) -> bytes:
    return _bytes_field(field, value.encode("utf-8"))


def _message(field: int, encoded: bytes) -> bytes:
    return _bytes_field(field, encoded)


__all__ = ["build_tiny_argos_model", "minisbd_onnx_model"]
