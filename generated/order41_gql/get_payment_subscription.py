from typing import Optional

from .base_model import BaseModel


class GetPaymentSubscription(BaseModel):
    get_payment_subscription: Optional["GetPaymentSubscriptionGetPaymentSubscription"]


class GetPaymentSubscriptionGetPaymentSubscription(BaseModel):
    id: Optional[str]
    stripe_customer_id: Optional[str]
    stripe_product_id: Optional[str]
    stripe_subscription_id: Optional[str]
    stripe_subscription_status: Optional[str]
