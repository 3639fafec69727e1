from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import IntegrationTestFields


class StartIntegrationTest(BaseModel):
    integration_test_start: Optional["StartIntegrationTestIntegrationTestStart"] = (
        Field(alias="IntegrationTestStart")
    )


StartIntegrationTestIntegrationTestStart = IntegrationTestFields
