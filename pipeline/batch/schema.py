"""The column dtypes of a table, learnt from its rows as they stream past.

A table held in memory is built the pandas way, in units: a document table is one
DataFrame of all its rows, an alignment table one DataFrame per inspection, the units
then concatenated (`crosswalk.batch.build_tables.Frames`). pandas gives each column the dtype
that its kinds of values call for (integers with a blank become float64; text with a
blank stays text; an inspection whose column is all blank makes the concatenation
object), and the dtype decides how a value is written: an offset is "12" in an int64
column and "12.0" in a float64 one. A streamed write must therefore give every chunk
the dtypes of the whole table before it writes the first row.

Which dtype pandas picks depends only on the kinds of values a unit holds (None, bool,
int, float, NaN, str, ...), so a unit is summed up by one exemplar value of each kind per
column, and the dtypes are those of the exemplars built and concatenated exactly as the
real units are. Units whose columns hold the same kinds get the same dtypes, so each
such shape is built once: a batch of 10,000 documents has thousands of inspections (units
of the aligned tables) but a handful of shapes, and one DataFrame per unit grew with the
batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

Kind = tuple[type, bool]  # the value's type, and whether it is NaN (a float that counts as missing)


class Schema:
    """Exemplars of one table, unit by unit: `begin`, `add` the unit's rows, `end`."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = list(columns)
        self.shapes: dict[tuple[tuple[Kind, ...], ...], int] = {}  # kinds per column -> shape number
        self.exemplars: list[list[list[Any]]] = []  # per shape, its exemplar rows
        self.units: list[int] = []  # per finished unit, its shape
        self._seen: list[dict[Kind, Any]] = []
        self._resolved: tuple[pd.DataFrame, list[list[dict[str, Any]]]] | None = None

    def begin(self) -> None:
        self._seen = [{} for _ in self.columns]

    def add(self, rows: Sequence[Sequence[Any]]) -> None:
        """Note the kinds of value in each column of `rows` (lists in column order)."""
        for seen, values in zip(self._seen, zip(*rows)):
            for kind in set(map(type, values)):
                if kind is float:  # NaN apart from numbers: a column of NaN only is all missing
                    for value in values:
                        if type(value) is float:
                            seen.setdefault((float, value != value), value)
                elif (kind, False) not in seen:
                    seen[(kind, False)] = next(v for v in values if type(v) is kind)

    def end(self) -> None:
        shape = tuple(tuple(seen) for seen in self._seen)
        if shape not in self.shapes:
            kinds = [list(seen.values()) for seen in self._seen]
            depth = max(map(len, kinds), default=0)  # 0 for a unit without rows
            self.shapes[shape] = len(self.exemplars)
            self.exemplars.append([[k[i] if i < len(k) else k[0] for k in kinds] for i in range(depth)])
            self._resolved = None
        self.units.append(self.shapes[shape])

    @property
    def template(self) -> pd.DataFrame:
        """The exemplars, built and concatenated as the real units are: the table's
        columns and dtypes, with one value of each kind that a column holds."""
        return self._resolve()[0]

    def frame(self, rows: list[list[Any]], start: int, unit: int) -> pd.DataFrame:
        """A chunk of the rows of one unit (the `unit`-th), or of units of the same shape
        (`same_shape`), indexed by row number from `start`, with the values and dtypes
        they have in the whole table: cast first to the unit's dtypes, as pandas built the
        unit from all its rows (a chunk's own inference could differ: 0 is 0 in a column
        that also holds text, but 0.0 in a chunk of numbers and blanks), then to the
        table's. Each column is cast on its own, and only where its dtype changes: a cast
        is value by value, and casting the whole frame per step (a concatenation of every
        column each time) was most of the time a small chunk took."""
        index = pd.RangeIndex(start, start + len(rows))
        casts = self._resolve()[1][self.units[unit]]
        values = list(zip(*rows)) if rows else [()] * len(self.columns)
        data = {}
        for name, column in zip(self.columns, values):
            series = pd.Series(column, index=index, dtype=object)
            for dtypes in casts:
                if series.dtype != dtypes[name]:
                    series = series.astype(dtypes[name])
            data[name] = series
        return pd.DataFrame(data, index=index)

    @property
    def casts(self) -> str:
        """Every dtype a chunk of this table is cast to, shape by shape, as text: with the
        rows of a page's inspections, what decides the values its records hold."""
        return repr(self._resolve()[1])

    def unit_casts(self, unit: int) -> str:
        """The dtypes a chunk of the `unit`-th unit is cast to, as text: the unit's and the
        table's. What a page needs of the casts, and no more: the whole table's list,
        shape by shape, changes with every shape another document's unit adds or takes
        away (and with the order the shapes first come in), though no value on the page does."""
        return repr(self._resolve()[1][self.units[unit]])

    def same_shape(self, unit: int, other: int) -> bool:
        """Whether two units' rows take the same dtypes (so one `frame` may hold both)."""
        return self.units[unit] == self.units[other]

    def _resolve(self) -> tuple[pd.DataFrame, list[list[dict[str, Any]]]]:
        """The template, and per shape of unit the dtypes to cast a chunk to: the unit's,
        then the table's (only the table's when they are the same). Which dtype a
        concatenation gives depends on the set of its parts' dtypes, not on how often each
        comes, so one part per shape gives the whole table's."""
        if self._resolved is None:
            frames = [pd.DataFrame(rows, columns=self.columns) for rows in self.exemplars]
            template = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=self.columns)
            table = template.dtypes.to_dict()
            casts = [[unit, table] if unit != table else [table] for unit in (f.dtypes.to_dict() for f in frames)]
            self._resolved = template, casts
        return self._resolved
