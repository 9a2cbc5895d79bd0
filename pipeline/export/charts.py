"""The report's pictures, drawn with matplotlib and inlined as SVG `data:` URIs.

A researcher sees at a glance which bodies left items unaddressed and which responses
came after the 56 days of section 55, where a table makes them read row by row. The
charts are drawn by matplotlib (the Agg backend: no display, no fonts downloaded; text is
left as SVG text so the file stays small) and embedded as images: an image cannot run
script, and the page's Content-Security-Policy admits images only as `data:` URIs.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import math
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend is chosen first)

STYLE: Any = {"svg.fonttype": "none", "svg.hashsalt": "crosswalk", "font.family": "sans-serif", "font.size": 9}
MAX_BARS = 60  # beyond this a chart keeps the bars with most rows and says how many it left out
LABEL_CHARS = 42


class SvgStore(Protocol):
    """Where drawn charts are kept between runs (`crosswalk.batch.catalogue.ChartStore`):
    compressed SVG bytes by the key of what was drawn and how."""

    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, svg: bytes) -> None: ...


def status_chart(by_body: Mapping[str, Counter[str]], statuses: Sequence[str], colours: Mapping[str, str],
                 store: SvgStore | None = None) -> str:
    """Crosswalk rows by status, one horizontal stacked bar per responding body."""
    bodies = sorted(by_body, key=lambda b: (-sum(by_body[b].values()), b))[:MAX_BARS]
    left_out = len(by_body) - len(bodies)
    bodies.reverse()  # the largest at the top
    bars = [(status, colours.get(status, "#fff"), [by_body[b][status] for b in bodies]) for status in statuses]
    return _drawn(store, _draw_status, bodies, left_out, bars)


def _draw_status(bodies: list[str], left_out: int, bars: list[tuple[str, str, list[int]]]) -> bytes:
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(7, 0.8 + 0.28 * max(len(bodies), 2)))
        starts = [0] * len(bodies)
        for status, colour, values in bars:
            if any(values):
                ax.barh(range(len(bodies)), values, left=starts, color=colour,
                        edgecolor="#333", linewidth=0.4, label=status.replace("_", " "))
                starts = [s + v for s, v in zip(starts, values)]
        ax.set_yticks(range(len(bodies)), [_label(b) for b in bodies])
        ax.set_xlabel("crosswalk rows (items × responses)" + (f"; {left_out} smaller bodies not shown"
                                                            if left_out else ""))
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.02), ncols=6, fontsize=8, frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
        return _svg(fig)


def days_chart(rows: Iterable[Mapping[str, Any]], deadline: int, store: SvgStore | None = None) -> str:
    """Each response's days from the report's publication, against the deadline line;
    responses without both dates are counted in the caption. `rows` are read once and
    only the latest `MAX_BARS` kept (the index's chart reads the whole batch's)."""
    def key(d: tuple[str, str, float]) -> tuple[float, str]:
        return d[2], d[0]

    dated: list[tuple[str, str, float]] = []
    seen = kept = 0
    for r in rows:
        seen += 1
        if isinstance(r.get("days"), (int, float)) and math.isfinite(float(r["days"])):
            kept += 1
            dated.append((str(r.get("response_doc") or ""), str(r.get("responding_body") or ""), float(r["days"])))
            if len(dated) > 4 * MAX_BARS:  # a stable sort keeps ties in order: the same last bars as one sort
                dated.sort(key=key)
                del dated[:-MAX_BARS]
    undated = seen - kept
    dated.sort(key=key)
    left_out = max(0, kept - MAX_BARS)
    dated = dated[-MAX_BARS:]  # the latest responses matter most
    return _drawn(store, _draw_days, dated, undated, left_out, deadline)


def _draw_days(dated: list[tuple[str, str, float]], undated: int, left_out: int, deadline: int) -> bytes:
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(7, 0.8 + 0.26 * max(len(dated), 2)))
        colours = ["#D55E00" if d > deadline else "#009E73" for _, _, d in dated]
        ax.barh(range(len(dated)), [d for _, _, d in dated], color=colours, edgecolor="#333", linewidth=0.4)
        ax.axvline(deadline, color="#000", linestyle="--", linewidth=1)
        ax.text(deadline, -0.6, f" {deadline} days", va="top", fontsize=8)
        ax.set_yticks(range(len(dated)), [_label(f"{body or '?'} · {doc}") for doc, body, _ in dated])
        notes = [f"{n} {what}" for n, what in ((undated, "without both dates"), (left_out, "earlier not shown"))
                 if n]
        ax.set_xlabel("days from publication to response" + (f" ({'; '.join(notes)})" if notes else ""))
        ax.set_title("Days to respond (section 55: 56 days)")
        ax.spines[["top", "right"]].set_visible(False)
        return _svg(fig)


def _label(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _svg(fig: Any) -> bytes:
    """The figure as SVG, without a date (the same data gives the same bytes)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")  # room for long labels
    plt.close(fig)
    return buffer.getvalue()


def _drawn(store: SvgStore | None, draw: Callable[..., bytes], *data: Any) -> str:
    """The chart `draw` makes of `data`, as a `data:image/svg+xml;base64,` URI. Drawing
    is most of the time a report takes (a quarter of a second a chart), and an
    incremental run redraws the same data on every page it did not touch, so a `store`
    keeps each chart under a key of its data and of everything else that decides its
    bytes (`_renderer`): the same key gives the same bytes as drawing would."""
    if store is None:
        return _uri(draw(*data))
    key = hashlib.sha256(json.dumps([draw.__name__, _renderer(), data], ensure_ascii=False).encode()).hexdigest()
    kept = store.get(key)
    if kept is not None:
        return _uri(zlib.decompress(kept))
    svg = draw(*data)
    store.put(key, zlib.compress(svg))
    return _uri(svg)


@lru_cache(maxsize=1)
def _renderer() -> str:
    """What draws a chart besides its data: this module's code (its style and layout),
    matplotlib's version, and the font file it lays text out with."""
    from matplotlib import font_manager

    with plt.rc_context(STYLE):
        font = Path(font_manager.findfont(font_manager.FontProperties(family=[STYLE["font.family"]])))
    stat = font.stat()
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    return f"{code};matplotlib={matplotlib.__version__};{font}:{stat.st_size}:{stat.st_mtime_ns}"


def _uri(svg: bytes) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


__all__ = ["status_chart", "days_chart", "SvgStore"]
