"""The configuration the app ships with, as Streamlit reads it when run from the repository."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

READ = (
    "from streamlit import config; config.get_config_options(force_reparse=True); "
    "print(config.get_option('server.fileWatcherType'), config.get_option('server.runOnSave'),"
    " config.get_option('browser.gatherUsageStats'))"
)


def test_the_shipped_app_watches_no_files_and_sends_no_statistics():
    """The file watcher on the folder holding .venv overflowed inotify and cost seconds of
    CPU per page; a served app needs no watcher."""
    shown = subprocess.run(
        [sys.executable, "-c", READ], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert shown == ["none", "False", "False"]
