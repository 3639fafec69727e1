"""Strictness comes from each API's codegen config: Hipex's enums are generated lenient
(LenientEnumsPlugin), so an added value is dangerous there; AXRO's and Order41's are strict,
so the same kind of change to a selected enum breaks them. One test per API, through `diff
--api`, which judges with that API's operations and config."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from b2b_graphql.__main__ import main

ROOT = Path(__file__).resolve().parents[2]


def _add_value(sdl: str, enum: str, value: str) -> str:
    changed, count = re.subn(rf"(enum {enum} {{\n)", rf"\g<1>  {value}\n", sdl)
    assert count == 1
    return changed


def _diff(tmp_path: Path, api: str, old: str, new: str, capsys) -> tuple[int, dict]:
    (tmp_path / "old.graphql").write_text(old)
    (tmp_path / "new.graphql").write_text(new)
    code = main(
        ["diff", str(tmp_path / "old.graphql"), str(tmp_path / "new.graphql"), "--api", api,
         "--root", str(ROOT), "--format", "json"]
    )  # fmt: skip
    return code, json.loads(capsys.readouterr().out)


def _change(report: dict, coordinate: str) -> dict:
    (change,) = [c for c in report["changes"] if c["coordinate"] == coordinate]
    return change


def test_hipex_enum_addition_is_dangerous_not_breaking(tmp_path: Path, capsys) -> None:
    sdl = (ROOT / "schemas/hipex.graphql").read_text()
    code, report = _diff(tmp_path, "hipex", sdl, _add_value(sdl, "PhpVersion", "php81"), capsys)
    change = _change(report, "PhpVersion.php81")
    assert change["severity"] == "dangerous" and change["code"] == "ENUM_VALUE_ADDED"
    assert "accepts unknown values" in change["reason"]
    assert code == 0


def test_order41_enum_addition_is_breaking(tmp_path: Path, capsys) -> None:
    sdl = (ROOT / "schemas/order41.graphql").read_text()
    code, report = _diff(
        tmp_path, "order41", sdl, _add_value(sdl, "AccountType", "reseller"), capsys
    )
    change = _change(report, "AccountType.reseller")
    assert change["severity"] == "breaking" and change["affects_client"]
    assert "rejects unknown values" in change["reason"]
    assert code == 1


def test_axro_enum_addition_is_breaking(tmp_path: Path, capsys) -> None:
    """AXRO's schema has no enum: make the selected ShipmentItem.status one, then add a value."""
    sdl = (ROOT / "schemas/axro.graphql").read_text()
    typed = re.sub(
        r"(type ShipmentItem \{[^}]*?\n  status: )String", r"\1ShipmentStatus", sdl, count=1
    )
    assert typed != sdl
    old = typed + "\nenum ShipmentStatus {\n  shipped\n}\n"
    code, report = _diff(tmp_path, "axro", old, _add_value(old, "ShipmentStatus", "lost"), capsys)
    change = _change(report, "ShipmentStatus.lost")
    assert change["severity"] == "breaking" and change["locations"]
    assert code == 1


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ('[[tool.b2b-graphql.ignore]]\ncode = "FIELD_REMOVED"\n', "needs a reason"),
        ('[[tool.b2b-graphql.ignore]]\nreason = "x"\n', "needs a coordinate or a code"),
        ("[tool.b2b-graphql]\nlenient_enums = 3\n", "lenient_enums must be"),
    ],
)
def test_bad_strictness_config_is_a_usage_error(tmp_path: Path, capsys, options, message) -> None:
    (tmp_path / "codegen").mkdir()
    (tmp_path / "s.graphql").write_text("type Query { a: Int }\n")
    (tmp_path / "codegen/x.toml").write_text(
        options + '[tool.ariadne-codegen]\nschema_path = "s.graphql"\nqueries_path = "q"\n'
    )
    args = ["diff", str(tmp_path / "s.graphql"), str(tmp_path / "s.graphql"), "--api", "x"]
    assert main([*args, "--operations", str(tmp_path), "--root", str(tmp_path)]) == 2
    assert message in capsys.readouterr().err
