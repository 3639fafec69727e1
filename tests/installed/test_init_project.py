"""Bring your own API, from a scratch directory with only the wheel installed: `init` a small
made-up API, call it through its generated client against `sandbox --schema`, then `check`
and `generate --check` it. Nothing of this checkout is reachable from there."""

from __future__ import annotations

from pathlib import Path

from .conftest import InstalledProduct
from .test_drift_check import sandbox_process

SHOP = """\
# The shop API, made up for this test. DECISION: comments survive the snapshot.
scalar DateTime

enum WidgetKind {
  SMALL
  LARGE
}

type Widget {
  id: ID!
  name: String!
  kind: WidgetKind!
  createdAt: DateTime
  tags: [String!]!
}

type Gadget {
  id: ID!
  name: String
  label: String
}

union Item = Widget | Gadget

input WidgetInput {
  name: String!
  kind: WidgetKind = SMALL
}

type Query {
  widgets(first: Int = 10): [Widget!]!
  widget(id: ID!): Widget
  search(text: String!): [Item!]!
}

type Mutation {
  createWidget(input: WidgetInput!): Widget!
}
"""

CALLER = """\
import asyncio
import sys
from typing import Any, cast

from pydantic import ValidationError

from b2b_graphql import GraphQLBaseClient, InputValidationError
from shop_gql import ShopClient, WidgetInput, WidgetKind


async def main(url: str) -> None:
    async with ShopClient(url=url) as shop:
        assert isinstance(shop, GraphQLBaseClient)
        widgets = (await shop.widgets(first=2)).widgets
        kinds: list[WidgetKind] = [w.kind for w in widgets]
        created = (await shop.create_widget(input=WidgetInput(name="mine"))).create_widget
        found = (await shop.search(text="x")).search
        print(shop.api_name, len(widgets), kinds[0].value, created.id, len(found))
        try:  # a misspelt key is refused, not dropped
            WidgetInput.model_validate({"name": "mine", "knd": "LARGE"})
        except ValidationError as error:
            print(error.errors()[0]["type"])
        try:
            await shop.create_widget(input=cast(Any, {"name": "mine", "knd": "LARGE"}))
        except InputValidationError as error:
            print(error)


asyncio.run(main(sys.argv[1]))
"""


def test_init_generate_call_and_check_a_made_up_api(
    installed: InstalledProduct, user_project: Path
) -> None:
    (user_project / "shop.graphql").write_text(SHOP)
    installed.run("b2b-graphql", "init", "shop", "--schema", "shop.graphql",
                  cwd=user_project, check=True)  # fmt: skip
    assert (user_project / "schemas/shop.graphql").read_text() == SHOP
    regenerated = installed.run("b2b-graphql", "generate", "--api", "shop", cwd=user_project,
                                check=True)  # fmt: skip
    assert "shop: generated/shop_gql" in regenerated.stdout
    config = (user_project / "codegen/shop.toml").read_text()
    assert "src/" not in config and "base_client_file_path" not in config
    base = (user_project / "generated/shop_gql/async_base_client.py").read_text()
    assert "from b2b_graphql import GraphQLBaseClient" in base and 'api_name = "shop"' in base
    scaffolded = "".join(p.read_text() for p in (user_project / "queries/shop").iterdir())
    assert "widgetName: name" in scaffolded  # Gadget.name is String, Widget.name String!

    (user_project / "caller.py").write_text(CALLER)
    env = {"PYTHONPATH": str(user_project / "generated"), "MYPYPATH": "generated"}
    typed = installed.run(
        "mypy", "--strict", "--follow-imports=silent", "caller.py", cwd=user_project, env=env
    )
    assert typed.returncode == 0, typed.stdout
    with sandbox_process(installed, "--schema", "schemas/shop.graphql", cwd=user_project) as ready:
        url = str(ready["url"])
        called = installed.python("caller.py", url, cwd=user_project, env=env, check=True)
        checked = installed.run(
            "b2b-graphql", "check", "--api", "shop", "--url", url, "--timeout", "20",
            cwd=user_project, env=env, check=True,
        )  # fmt: skip
    summary, constructed, passed = called.stdout.splitlines()
    api_name, count, kind, created, found = summary.split()
    assert (api_name, count, found) == ("shop", "2", "2")
    # the user's own API gets strict inputs too (StrictInputsPlugin is a standard plugin)
    assert constructed == "extra_forbidden"
    assert passed == "input.knd: Extra inputs are not permitted"
    assert kind in {"SMALL", "LARGE"} and created
    assert "No schema changes" in checked.stdout
    current = installed.run("b2b-graphql", "generate", "--check", cwd=user_project, check=True)
    assert "shop: generated/shop_gql is up to date" in current.stdout


def test_init_never_overwrites(installed: InstalledProduct, user_project: Path) -> None:
    (user_project / "shop.graphql").write_text(SHOP)
    args = ("b2b-graphql", "init", "shop", "--schema", "shop.graphql", "--no-generate")
    installed.run(*args, cwd=user_project, check=True)
    again = installed.run(*args, cwd=user_project)
    assert again.returncode == 2 and "already exists" in again.stderr
