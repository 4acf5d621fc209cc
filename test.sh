#!/usr/bin/env bash
# Set everything up, check the layering and the lint, and run the whole test suite.
# Extra arguments go to pytest: `bash test.sh -m "not slow" -n 2` is the fast tier.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh

# No import from a lower layer upward and no circle (the project's own check).
.venv/bin/python scripts/check_layers.py

# Lint and format (rules in pyproject.toml): the whole tree.
.venv/bin/ruff check .
.venv/bin/ruff format --check .

exec .venv/bin/python -m pytest "$@"
