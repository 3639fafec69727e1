from typing import Optional

from .base_model import BaseModel


class ListPaymentSubscriptions(BaseModel):
    list_payment_subscriptions: Optional[
        list[Optional["ListPaymentSubscriptionsListPaymentSubscriptions"]]
    ]


class ListPaymentSubscriptionsListPaymentSubscriptions(BaseModel):
    id: Optional[str]
    stripe_customer_id: Optional[str]
    stripe_product_id: Optional[str]
    stripe_subscription_id: Optional[str]
    stripe_subscription_status: Optional[str]
