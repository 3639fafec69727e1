import pytest

# The checks live in modules pytest does not collect; their asserts should explain failures.
pytest.register_assert_rewrite(
    *(
        f"tests.sandbox.order41.{name}"
        for name in (
            "api",
            "checks_account",
            "checks_drops",
            "checks_integrations",
            "checks_lists",
            "checks_orders",
            "checks_people",
            "checks_products",
        )
    )
)
