from typing import Optional

from .base_model import BaseModel


class UpdateIntegrationConfiguration(BaseModel):
    update_integration_configuration: Optional[
        "UpdateIntegrationConfigurationUpdateIntegrationConfiguration"
    ]


class UpdateIntegrationConfigurationUpdateIntegrationConfiguration(BaseModel):
    id: Optional[str]
    key: Optional[str]
    partner_integration_id: Optional[str]
    value: Optional[str]
