"""Draw time against picture rows for each output, from benchmark results (needs matplotlib)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["plot"]

# Each line: its label, colour and marker, so the lines differ in more than colour.
LINES = (
    ("build pdf", "easyread PDF", "#1d3557", "o", "-"),
    ("build docx", "easyread DOCX", "#2a9d8f", "s", "-"),
    ("build html", "easyread HTML", "#e76f51", "^", "-"),
    ("build pdf,docx", "easyread PDF + DOCX", "#6d597a", "D", "-"),
    ("pandoc docx", "pandoc DOCX", "#555555", "x", "--"),
    ("check", "easyread check", "#b5838d", "v", ":"),
)


def plot(data: dict[str, Any], target: Path) -> None:
    """Write a log-log plot of median whole-process time against rows to `target` (PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    results = [r for r in data["results"] if r["rows"] and not r["skipped"]]
    fig, ax = plt.subplots(figsize=(8, 5), dpi=120)
    for name, label, colour, marker, style in LINES:
        points = sorted((r["rows"], r["median"]) for r in results if r["name"] == name)
        if points:
            xs, ys = zip(*points, strict=True)
            ax.plot(xs, ys, marker=marker, linestyle=style, color=colour, label=label)
    bare = next((r for r in data["results"] if r["name"] == "python -c pass"), None)
    if bare:
        ax.axhline(bare["median"], color="#999999", linewidth=0.8)
        ax.annotate("bare Python start", (min(data["sizes"]), bare["median"]),
                    textcoords="offset points", xytext=(0, 4), fontsize=8, color="#666666")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("picture rows in the booklet")
    ax.set_ylabel("seconds, whole process (median)")
    machine = data["machine"]
    ax.set_title(f"easyread and pandoc on {machine['cpus']} CPUs ({machine['cpu']}), "
                 f"Python {machine['python']}", fontsize=10)
    ax.set_xticks(data["sizes"], [f"{s:,}" for s in data["sizes"]])
    ax.grid(True, which="both", linewidth=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target, metadata={"Software": None})
    plt.close(fig)
