"""Gather the benchmark sections written by bench/*.py into BENCHMARKS.md."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sections = sorted(ROOT.glob("BENCHMARKS-*.md"))
header = (
    "# Benchmarks\n\nRun with `make bench`. Every ratio compares runs made in the same process or script.\n\n"
)
(ROOT / "BENCHMARKS.md").write_text(header + "\n".join(p.read_text() for p in sections))
print(f"BENCHMARKS.md from {', '.join(p.name for p in sections)}")
