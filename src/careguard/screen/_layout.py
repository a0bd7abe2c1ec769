"""Decide the output's columns (and Parquet schema) before the first row is written.

CSV and Parquet outputs need every column up front. CSV and Parquet inputs know theirs;
a JSONL input may add keys on any line, so for those outputs it is scanned once first
(keys, and for Parquet the Arrow type of each key) so that no field is ever dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from careguard.errors import InputError
from careguard.screen._readers import JsonlReader
from careguard.screen._source import Reader
from careguard.screen._types import RESULT_COLUMNS, Format
from careguard.types import Category

_SCAN_CHUNK = 1024

_EVIDENCE_FIELDS: tuple[tuple[str, str], ...] = (
    ("turn", "int64"),
    ("start", "int64"),
    ("end", "int64"),
    ("text", "string"),
    ("reason", "string"),
    ("category", "string"),
    ("source", "string"),
    ("score", "float64"),
    ("subject", "string"),
    ("negated", "bool"),
    ("past", "bool"),
    ("note", "string"),
)
"""Arrow types of :class:`careguard.types.Evidence` fields, as written to Parquet."""


@dataclass
class Layout:
    """What the output looks like.

    Attributes:
        columns: The input's field names in output order, or None when each row simply
            keeps its own fields (JSONL output of a JSONL input).
        arrow_schema: The full Parquet output schema (a ``pyarrow.Schema``), else None.
        json_columns: Input fields whose values had conflicting types in a JSONL input;
            Parquet stores them as JSON strings.

    """

    columns: list[str] | None
    arrow_schema: Any = None
    json_columns: frozenset[str] = field(default_factory=frozenset)


def result_arrow_fields() -> list[Any]:
    """Return the Arrow fields of :data:`RESULT_COLUMNS`, in order."""
    import pyarrow as pa

    evidence = pa.struct([(name, pa.type_for_alias(kind)) for name, kind in _EVIDENCE_FIELDS])
    categories = pa.struct([(c.value, pa.float64()) for c in Category])
    return [
        pa.field("level", pa.string()),
        pa.field("cssrs", pa.int8()),
        pa.field("categories", categories),
        pa.field("evidence", pa.list_(evidence)),
        pa.field("degraded", pa.bool_()),
        pa.field("error", pa.string()),
    ]


def _merge_type(old: Any, new: Any) -> Any:
    """Return the type both ``old`` and ``new`` values fit in, or None if there is none."""
    import pyarrow as pa

    if old is None or old == new:
        return new
    try:
        merged = pa.unify_schemas(
            [pa.schema([("x", old)]), pa.schema([("x", new)])], promote_options="permissive"
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return None
    return merged.field("x").type


def _scan_jsonl(reader: Reader, want_types: bool) -> tuple[list[str], dict[str, Any], set[str]]:
    """Read a JSONL input once: keys in order of first appearance and their Arrow types."""
    import pyarrow as pa

    keys: dict[str, None] = {}
    types: dict[str, Any] = {}
    conflicting: set[str] = set()
    records = iter(reader)
    while chunk := [r.fields for r in islice(records, _SCAN_CHUNK)]:
        chunk_keys = dict.fromkeys(k for fields in chunk for k in fields)
        keys.update(chunk_keys)
        if not want_types:
            continue
        for key in chunk_keys:
            if key in conflicting:
                continue
            try:
                kind = pa.array([fields.get(key) for fields in chunk]).type
            except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
                conflicting.add(key)
                continue
            merged = _merge_type(types.get(key), kind)
            if merged is None:
                conflicting.add(key)
            else:
                types[key] = merged
    return list(keys), types, conflicting


def plan_layout(reader: Reader, out_format: Format) -> Layout:
    """Work out the output's columns for ``reader``'s input written as ``out_format``.

    Args:
        reader: The opened input.
        out_format: The output format.

    Returns:
        The layout.

    Raises:
        InputError: The input already has a column named like a result column.

    """
    import_arrow = out_format is Format.PARQUET
    columns = reader.columns
    types: dict[str, Any] = {}
    conflicting: set[str] = set()
    if columns is None and out_format is not Format.JSONL:
        columns, types, conflicting = _scan_jsonl(reader, want_types=import_arrow)
    known = columns
    if known is None and isinstance(reader, JsonlReader):
        known = reader.first_fields
    clash = [name for name in known or [] if name in RESULT_COLUMNS]
    if clash:
        raise InputError(
            f"{reader.path} already has column(s) {clash}; screen adds "
            f"{', '.join(RESULT_COLUMNS)}: rename those columns first"
        )
    if not import_arrow:
        return Layout(columns)
    import pyarrow as pa

    assert columns is not None  # every input but JSONL->JSONL has been scanned
    if reader.arrow_schema is not None:
        input_fields = list(reader.arrow_schema.remove_metadata())
    else:
        input_fields = []
        for name in columns:
            kind = types.get(name, pa.string())
            if name in conflicting or pa.types.is_null(kind):
                kind = pa.string()
            input_fields.append(pa.field(name, kind))
    schema = pa.schema(input_fields + result_arrow_fields())
    return Layout(columns, schema, frozenset(conflicting))
