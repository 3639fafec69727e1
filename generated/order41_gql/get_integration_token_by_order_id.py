from typing import Optional

from .base_model import BaseModel


class GetIntegrationTokenByOrderId(BaseModel):
    get_integration_token_by_order_id: Optional[
        "GetIntegrationTokenByOrderIdGetIntegrationTokenByOrderId"
    ]


class GetIntegrationTokenByOrderIdGetIntegrationTokenByOrderId(BaseModel):
    field_name: Optional[str]
    value: Optional[str]
