#!/usr/bin/env bash
# Set everything up, build the demo project if it is not there, and open the app on it.
# Usage: bash run.sh [PROJECT.db] [extra streamlit options]
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
project=${1:-demo.db}
shift || true
if [ ! -f "$project" ]; then
  echo "run: building the demo project $project (a study in progress; under a minute)"
  .venv/bin/python -m workbench demo "$project"
fi
# ui.serve = `streamlit run app.py`, importing what pages need while the browser loads
exec .venv/bin/python -m ui.serve --browser.gatherUsageStats false "$@" -- "$project"
