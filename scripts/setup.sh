#!/usr/bin/env bash
# Install everything Duiding and its tests need: Debian packages (a browser for the
# end-to-end tests, R with the survey package as the reference for estimates, espeak-ng to
# speak the Dutch the transcription tests hear) and a
# virtual environment in .venv with the pinned Python packages.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(chromium chromium-driver r-base-core r-cran-survey r-cran-jsonlite espeak-ng)
missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install Debian packages: ${missing[*]} (sudo apt-get install ...)" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.requirements.sha256
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages (requirements.txt)"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
  echo "$want" > "$stamp"
fi

# Duiding itself, editable (pyproject.toml): the `duiding` command in .venv/bin runs this
# checkout's code. Again when pyproject.toml changes or the checkout moves. setuptools is
# pinned in requirements.txt, so the build needs nothing from the network.
stamp=.venv/.duiding-editable
want="$(pwd) $(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -x .venv/bin/duiding ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing duiding (editable) into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
  echo "$want" > "$stamp"
fi

# Taguette (a peer QDA tool) in its own venv: the exchange tests read Duiding's codebook CSV
# with Taguette's own importer and run a Taguette server to check the fixtures it wrote
# (tests/fixtures/taguette/). Its pinned dependencies clash with ours, hence a second venv.
# Best effort: without it those tests skip and the fixture-based ones still run.
TAGUETTE=taguette==1.5.2
if [ ! -f .taguette-venv/.installed ] || [ "$(cat .taguette-venv/.installed)" != "$TAGUETTE" ]; then
  echo "setup: installing $TAGUETTE into .taguette-venv"
  if "$PYTHON" -m venv .taguette-venv \
      && .taguette-venv/bin/python -m pip install -q --disable-pip-version-check "$TAGUETTE"; then
    echo "$TAGUETTE" > .taguette-venv/.installed
  else
    echo "setup: could not install $TAGUETTE; the tests that run Taguette will skip" >&2
  fi
fi
