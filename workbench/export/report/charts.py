"""Charts as PNG (or SVG) bytes (matplotlib's Agg canvas, no pyplot, no global state):
estimates with 95% confidence intervals per subgroup, one panel per breakdown; matrices as
heatmaps.

Deterministic: no time stamp or software name in the PNG, fixed size, dpi and fonts, so
the same figures give the same bytes."""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass

import numpy as np
from matplotlib import colormaps, rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .model import DASH

COLOURS = ("#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6")
DPI = 100
FOOTER = "Dots: weighted estimate; bars: 95% confidence interval."
HIDDEN = "{dash}: suppressed (fewer than {min_cell} respondents)."


@dataclass
class Series:
    """One estimate per group: (estimate, low, high) as shares, or None where suppressed."""

    label: str
    values: list[tuple[float, float | None, float | None] | None]


@dataclass
class Panel:
    title: str
    groups: list[str]
    series: list[Series]


def plain(text: str) -> str:
    """Data text as matplotlib shows it literally (no mathtext)."""
    return str(text).replace("$", r"\$")


def interval_chart(
    panels: list[Panel], title: str, footer: str = FOOTER, hidden_note: str = ""
) -> bytes:
    """Dots with 95% CI bars per group and series (percentages), a panel per breakdown;
    a suppressed estimate shows as a dash, explained by ``hidden_note`` under ``footer``
    (both in the report's language)."""
    rows = sum(max(len(p.groups), 1) * max(len(p.series), 1) for p in panels)
    height = 1.4 + 0.28 * rows + 0.55 * len(panels)
    figure = Figure(figsize=(7.5, height), dpi=DPI)
    FigureCanvasAgg(figure)
    heights = [max(len(p.groups), 1) * max(len(p.series), 1) + 1 for p in panels]
    axes = figure.subplots(len(panels), 1, squeeze=False, gridspec_kw={"height_ratios": heights})[
        :, 0
    ]
    figure.suptitle(plain(title), fontsize=11, x=0.02, ha="left")
    hidden = False
    right = _right_edge(panels)
    for ax, panel in zip(axes, panels):
        hidden |= _panel(ax, panel, right)
    handles = axes[0].get_legend_handles_labels()[0]
    if handles:
        figure.legend(
            handles,
            [plain(s.label) for s in panels[0].series],
            loc="lower center",
            bbox_to_anchor=(0.5, 0.22 / height),
            ncol=min(len(handles), 2),
            fontsize=8,
            frameon=False,
        )
    if hidden and hidden_note:
        footer += " " + hidden_note
    figure.text(0.02, 0.06 / height, footer, fontsize=7, color="#555555", va="bottom")
    figure.tight_layout(rect=(0, (0.75 if handles else 0.3) / height, 1, 1 - 0.3 / height))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _right_edge(panels: list[Panel]) -> float:
    """The x-axis end (percent): the largest interval end, rounded up to ten."""
    ends = [
        100 * max(x for x in v if x is not None)
        for p in panels
        for s in p.series
        for v in s.values
        if v is not None
    ]
    return float(min(100, max(10, math.ceil(max(ends, default=0) * 1.08 / 10) * 10)))


def _panel(ax, panel: Panel, right: float) -> bool:
    """Draw one breakdown; True when something in it is suppressed."""
    n_series = max(len(panel.series), 1)
    step = 0.8 / n_series
    hidden = False
    ticks = []
    for g, _group in enumerate(panel.groups):
        base = -g
        ticks.append(base)
        for s, series in enumerate(panel.series):
            y = base + 0.4 - step * (s + 0.5)
            value = series.values[g] if g < len(series.values) else None
            colour = COLOURS[s % len(COLOURS)]
            label = series.label if g == 0 else None
            if value is None:
                hidden = True
                ax.text(right / 200, y, DASH, va="center", fontsize=9, color=colour)
                ax.plot([], [], "o", color=colour, label=label)
                continue
            estimate, low, high = (100 * v if v is not None else None for v in value)
            if low is not None and high is not None:
                ax.plot([low, high], [y, y], color=colour, linewidth=1.6)
            ax.plot([estimate], [y], "o", color=colour, markersize=5, label=label)
    ax.set_yticks(ticks, [plain(g) for g in panel.groups], fontsize=8)
    ax.set_ylim(-len(panel.groups) + 0.45, 0.55)
    ax.set_xlim(0, right)
    ax.set_xlabel("%", fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_title(plain(panel.title), fontsize=9, loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return hidden


def _short(name: str, most: int = 48) -> str:
    """A row or column name as a heatmap labels it: plain, cut to ``most`` characters."""
    text = " ".join(str(name).split())
    return plain(text if len(text) <= most else text[: most - 1] + "…")


def heatmap(
    values: list[list[float | None]],
    rows: list[str],
    columns: list[str],
    title: str,
    *,
    fmt: str = "png",
    percent: bool = False,
    footer: str = "",
) -> bytes:
    """A matrix as a heatmap (PNG or SVG) with each cell's figure written in it; a None
    cell (suppressed) is grey with a dash and no number. Data names are plain text."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"a heatmap is png or svg, not {fmt!r}")
    grid = np.array(
        [[np.nan if v is None else float(v) for v in row] for row in values], dtype=float
    ).reshape(len(rows), len(columns))
    width = min(4.0 + 0.7 * len(columns), 20.0)
    height = min(2.2 + 0.38 * len(rows), 24.0)
    with rc_context({"svg.hashsalt": "duiding", "svg.fonttype": "none"}):
        figure = Figure(figsize=(width, height), dpi=DPI)
        FigureCanvasAgg(figure)
        ax = figure.subplots()
        shown = np.ma.masked_invalid(grid)
        top = float(np.nanmax(grid)) if np.isfinite(grid).any() else 1.0
        colours = colormaps["Blues"].with_extremes(bad="#e6e6e6")
        ax.imshow(shown, cmap=colours, vmin=0, vmax=max(top, 1e-9), aspect="auto")
        for (r, c), value in np.ndenumerate(grid):
            if np.isnan(value):
                text, colour = DASH, "#777777"
            else:
                text = f"{100 * value:.0f}%" if percent else f"{value:.0f}"
                colour = "white" if value > 0.6 * top else "#222222"
            ax.text(c, r, text, ha="center", va="center", fontsize=8, color=colour)
        ax.set_xticks(range(len(columns)), [_short(c) for c in columns], fontsize=8)
        ax.set_yticks(range(len(rows)), [_short(r) for r in rows], fontsize=8)
        for label in ax.get_xticklabels():
            label.set(rotation=40, ha="right", rotation_mode="anchor")
        ax.set_title(plain(title), fontsize=10, loc="left")
        if footer:
            figure.text(0.01, 0.01, plain(footer), fontsize=7, color="#555555", va="bottom")
        with warnings.catch_warnings():  # very long names: the layout does what it can
            warnings.simplefilter("ignore", UserWarning)
            figure.tight_layout(rect=(0, 0.04 if footer else 0, 1, 1))
        buffer = io.BytesIO()
        metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
        figure.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata)
    return buffer.getvalue()
