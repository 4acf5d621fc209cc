"""The package's layering holds: no import circle, no import from a lower layer upward
(scripts/check_layers.py, run on the repository); and the check finds both kinds of knot
when they are there, so its pass means something."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_check():
    spec = importlib.util.spec_from_file_location(
        "check_layers", ROOT / "scripts" / "check_layers.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = load_check()

LAYERS = [("shop.money", "shop.stock", "shop.prices"), ("shop.orders",), ("shop",)]


def write_package(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / "shop" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def clean_shop() -> dict[str, str]:
    """A small package whose imports respect its layers: an __init__ re-exporting its own
    submodules, relative and absolute imports, an import inside a function."""
    return {
        "__init__.py": "from .orders import place\nfrom . import money\n",
        "money.py": "import decimal\n\nCENT = decimal.Decimal('0.01')\n",
        "stock.py": "from .money import CENT\n",
        "prices/__init__.py": "from ..money import CENT\n",
        "prices/table.py": "from . import CENT\n",
        "orders.py": "from shop import stock\nfrom .prices import table\n\n\n"
        "def place():\n    from shop.money import CENT\n    return CENT\n",
    }


def test_the_repository_has_no_circle_and_no_upward_import(capsys):
    assert check.main(ROOT) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    modules = int(out.split(" modules")[0].split()[-1])
    assert modules > 50  # it read the real package, not an empty folder
    assert out.rstrip().endswith(", 0 problems")


def test_a_clean_package_passes(tmp_path, capsys):
    write_package(tmp_path, clean_shop())
    assert check.main(tmp_path, "shop", LAYERS) == 0
    assert capsys.readouterr().out.strip() == "6 modules, 8 imports, 0 problems"


def test_a_circle_through_an_import_inside_a_function_is_found(tmp_path, capsys):
    files = clean_shop()
    files["money.py"] += "\n\ndef rate():\n    from .stock import CENT\n    return CENT\n"
    write_package(tmp_path, files)
    assert check.main(tmp_path, "shop", LAYERS) == 1
    out = capsys.readouterr().out
    assert "circle of 2 modules: shop.money, shop.stock" in out
    assert "upward import" not in out
    assert out.rstrip().endswith(", 1 problems")


def test_an_upward_import_is_found_also_under_type_checking(tmp_path, capsys):
    files = clean_shop()
    files["prices/tax.py"] = (
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from shop.orders import place\n"
    )
    write_package(tmp_path, files)
    assert check.main(tmp_path, "shop", LAYERS) == 1
    out = capsys.readouterr().out
    assert "upward import: shop.prices.tax (layer 0) imports shop.orders (layer 1)" in out
    assert "circle" not in out
    assert out.rstrip().endswith(", 1 problems")


def test_a_folder_without_the_package_does_not_pass(tmp_path, capsys):
    assert check.main(tmp_path, "shop", LAYERS) == 1
    assert capsys.readouterr().out.strip() == f"no modules in {tmp_path / 'shop'}"


def test_a_module_in_no_layer_stops_the_check(tmp_path):
    files = clean_shop()
    files["loose.py"] = "from .orders import place\n"
    write_package(tmp_path, files)
    with pytest.raises(SystemExit, match="shop.loose: in no layer"):
        check.main(tmp_path, "shop", LAYERS)  # "shop" names the __init__, not every module
