#!/usr/bin/env bash
# Set everything up, check the layering and the lint, and run the whole test suite.
# Extra arguments go to pytest: `bash test.sh -m "not slow"` is the fast tier.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh

# No import from a lower layer upward and no circle (the project's own check).
.venv/bin/python scripts/check_layers.py

# Lint (rules in pyproject.toml). For now the folders that pass, without E501 (long lines,
# which the formatter mostly settles); workbench/ and ui/ join after the whole-tree reformat.
.venv/bin/ruff check --extend-ignore E501 app.py tests scripts benchmarks
# LEAD: after the whole-tree `ruff format` and `ruff check --fix`, replace the line above by:
# .venv/bin/ruff check . && .venv/bin/ruff format --check .

exec .venv/bin/python -m pytest "$@"
