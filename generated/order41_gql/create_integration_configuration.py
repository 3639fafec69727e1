from typing import Optional

from .base_model import BaseModel


class CreateIntegrationConfiguration(BaseModel):
    create_integration_configuration: Optional[
        "CreateIntegrationConfigurationCreateIntegrationConfiguration"
    ]


class CreateIntegrationConfigurationCreateIntegrationConfiguration(BaseModel):
    id: Optional[str]
    key: Optional[str]
    partner_integration_id: Optional[str]
    value: Optional[str]
