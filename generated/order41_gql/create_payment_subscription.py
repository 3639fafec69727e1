from typing import Optional

from .base_model import BaseModel


class CreatePaymentSubscription(BaseModel):
    create_payment_subscription: Optional[
        "CreatePaymentSubscriptionCreatePaymentSubscription"
    ]


class CreatePaymentSubscriptionCreatePaymentSubscription(BaseModel):
    id: Optional[str]
    stripe_customer_id: Optional[str]
    stripe_product_id: Optional[str]
    stripe_subscription_id: Optional[str]
    stripe_subscription_status: Optional[str]
