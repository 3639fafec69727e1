from typing import Optional

from .base_model import BaseModel


class GetIntegrationData(BaseModel):
    get_integration_data: Optional[
        list[Optional["GetIntegrationDataGetIntegrationData"]]
    ]


class GetIntegrationDataGetIntegrationData(BaseModel):
    field_name: Optional[str]
    value: Optional[str]
