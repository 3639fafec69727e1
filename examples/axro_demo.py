"""AXRO demo: page through HP toners, create a shipping address, place an order, track it.

python examples/axro_demo.py http://127.0.0.1:8000/gql/v1    (or set AXRO_URL / AXRO_TOKEN)
"""

from __future__ import annotations

import asyncio
import os
import sys

from b2b_graphql import AxroClient
from b2b_graphql.axro import cents_to_decimal, parse_date
from b2b_graphql.sandbox.axro import DEFAULT_TOKEN

ADDRESS = {"company": "Demo GmbH", "department": "Einkauf", "country": "DE"}


async def main(url: str, token: str) -> None:
    async with AxroClient(token=token, url=url) as axro:
        print("HP toners in stock (the first 8, paged 25 at a time):")
        shown = 0
        async for product in axro.iter_products(brand="HP", page_size=25):
            if product.stock:
                price = cents_to_decimal(product.price[0].price) if product.price else None
                title = product.title.en_gb if product.title else ""
                print(f"  {product.product_number:<12} {title:<28} {product.stock:>4}  EUR {price}")
                shown += 1
            if shown == 8:
                break

        unchecked = {**ADDRESS, "street": "Ballindamm 40", "zip": "", "city": ""}
        found = await axro.check_shipping_address(unchecked)
        print(f"\nAXRO suggests: {found.street}, {found.zip} {found.city} ({found.status})")
        address = await axro.create_shipping_address(
            {**unchecked, "zip": found.zip, "city": found.city, "phone": "+4940123456"}
        )
        print(f"Created shipping address {address.id}: {address.status}, {address.info}")
        # AXRO ships only to approved addresses; the sandbox approves one when its contact
        # data is confirmed (the document's shippingUpdate example answers USABLE).
        address = await axro.update_shipping_address(address.id, email="einkauf@demo.example")
        print(f"Confirmed its contact data: {address.status}, {address.info}")

        toner = (await axro.products(brand="HP", limit=1)).products.products[0]
        order = await axro.create_order(
            address.id, [(toner.product_number, 3)], place=True, custom_reference="DEMO-42"
        )
        print(
            f"\nPlaced 3 x {toner.product_number}: EUR {order.grand_total_amount} "
            f"(toll {order.toll_amount}, freight {order.freight_costs_amount})"
        )

        orders = (await axro.orders(page=1)).order_list.orders
        placed = next(o for o in orders if o.commission == "DEMO-42")
        total = cents_to_decimal(placed.order_total)
        print(f"It is order {placed.order_number} of {parse_date(placed.date)}, EUR {total}")
        async for shipment in axro.iter_shipments(order_number=placed.order_number):
            print(f"Shipment {shipment.shipment_number} via {shipment.carrier}: {shipment.status}")
            tracking = await axro.tracking_history(shipment_number=shipment.shipment_number)
            for code, parcel in (tracking.tracking_history.history or {}).items():
                for state in parcel["states"].values():
                    print(f"  {code}  {state['time']}  {state['phase']:<10} {state['event']}")


if __name__ == "__main__":
    url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("AXRO_URL", "")
    if not url:
        sys.exit("usage: axro_demo.py URL (or set AXRO_URL)")
    asyncio.run(main(url, os.environ.get("AXRO_TOKEN", DEFAULT_TOKEN)))
