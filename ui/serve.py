"""Start the app's server, as ``streamlit run app.py``, importing what every page needs
(pandas, the workbench API) while the browser is still loading Streamlit's frontend.

    python -m ui.serve [streamlit run options] -- PROJECT.db

A fresh server otherwise imports them in the first page's script run, after the browser
has connected; here that work overlaps the browser's own. Nothing else is imported ahead:
models, spaCy, scikit-learn and plotting libraries load on the page that needs them.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app.py"


def _preload() -> None:
    """Once the server listens, import the modules the first script run would import."""
    from streamlit.runtime import Runtime
    from streamlit.runtime.runtime import RuntimeState

    deadline = time.monotonic() + 60
    while (
        time.monotonic() < deadline
    ):  # let the server start first: it is what the browser waits for
        if Runtime.exists() and Runtime.instance().state in (
            RuntimeState.NO_SESSIONS_CONNECTED,
            RuntimeState.ONE_OR_MORE_SESSIONS_CONNECTED,
        ):
            break
        time.sleep(0.01)
    with contextlib.suppress(Exception):
        import ui.common  # noqa: F401  (pandas, pyarrow, sqlite-utils, the Project API)


def _import_streamlit() -> None:
    """Import Streamlit without Plotly. At import Streamlit registers its Plotly chart theme,
    importing plotly (0.15 CPU seconds before the server answers, a third of Streamlit's
    import); the app draws no Plotly chart. Afterwards plotly imports as usual (BERTopic
    uses it)."""
    hidden = "plotly" not in sys.modules
    if hidden:
        sys.modules["plotly"] = None  # type: ignore[assignment]  # "import plotly" fails
    try:
        import streamlit.web.cli  # noqa: F401
    finally:
        if hidden:
            del sys.modules["plotly"]


def main(argv: list[str]) -> None:
    _import_streamlit()
    from streamlit.web import cli

    threading.Thread(target=_preload, name="duiding-preload", daemon=True).start()
    cli.main(["run", str(APP), *argv], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
