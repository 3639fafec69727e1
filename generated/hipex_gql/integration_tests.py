from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import IntegrationTestFields


class IntegrationTests(BaseModel):
    integration_test: Optional[list[Optional["IntegrationTestsIntegrationTest"]]] = (
        Field(alias="IntegrationTest")
    )


IntegrationTestsIntegrationTest = IntegrationTestFields
