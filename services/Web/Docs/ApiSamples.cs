namespace Ito.Web.Docs;

/// <summary>One task done against the public API, in each language the docs page shows.</summary>
public sealed record ApiSample(string Id, string Title, string Explanation, string Scope, string Curl, string Python, string JavaScript)
{
    public IEnumerable<(string Language, string Label, string Code)> Languages =>
    [
        ("curl", "curl", Curl),
        ("python", "Python (requests)", Python),
        ("javascript", "JavaScript (fetch)", JavaScript),
    ];
}

/// <summary>
/// The samples on <c>/docs</c>, written against the gateway the reader is looking at. They read the key from the
/// <c>ITO_API_KEY</c> environment variable so a copied sample never holds a secret, and a basket id from
/// <c>BASKET_ID</c> (any id from the list-baskets sample).
/// </summary>
public static class ApiSamples
{
    private const string BaseToken = "{{BASE}}";

    public static IReadOnlyList<ApiSample> For(string baseUrl)
    {
        var origin = baseUrl.TrimEnd('/');
        return Templates.Select(t => t with
        {
            Curl = t.Curl.Replace(BaseToken, origin, StringComparison.Ordinal),
            Python = t.Python.Replace(BaseToken, origin, StringComparison.Ordinal),
            JavaScript = t.JavaScript.Replace(BaseToken, origin, StringComparison.Ordinal),
        }).ToList();
    }

    private static readonly ApiSample[] Templates =
    [
        new(
            "search-markets",
            "Search markets",
            "Full-text search across Kalshi and Polymarket. Filters: platform (kalshi | polymarket), category, status, closes_before; " +
            "page with the opaque nextCursor (limit 1–100).",
            "markets:read",
            """
            curl -sS "{{BASE}}/api/v1/markets/search?q=election&platform=kalshi&limit=5" \
              -H "Authorization: Bearer $ITO_API_KEY"
            """,
            """
            import os
            import requests

            api = requests.Session()
            api.headers["Authorization"] = f"Bearer {os.environ['ITO_API_KEY']}"

            response = api.get("{{BASE}}/api/v1/markets/search",
                               params={"q": "election", "platform": "kalshi", "limit": 5})
            response.raise_for_status()
            page = response.json()
            for market in page["items"]:
                print(market["id"], market["title"])
            print("next page:", page["nextCursor"])
            """,
            """
            const headers = { Authorization: `Bearer ${process.env.ITO_API_KEY}` };

            const url = new URL("{{BASE}}/api/v1/markets/search");
            url.search = new URLSearchParams({ q: "election", platform: "kalshi", limit: "5" });
            const response = await fetch(url, { headers });
            if (!response.ok) throw new Error(`${response.status} ${(await response.json()).title}`);
            const { items, nextCursor } = await response.json();
            for (const market of items) console.log(market.id, market.title);
            console.log("next page:", nextCursor);
            """),
        new(
            "list-baskets",
            "List baskets",
            "The baskets you can see: system, public and your own. filter: system | custom | mine | public; " +
            "sort: name | created | legs (prefix - to reverse); page from 1, size 1–100.",
            "baskets:read",
            """
            curl -sS "{{BASE}}/api/v1/baskets?filter=system&sort=name&size=20" \
              -H "Authorization: Bearer $ITO_API_KEY" \
              -D - -o baskets.json   # prints the X-RateLimit-* headers, saves the page
            """,
            """
            import os
            import requests

            api = requests.Session()
            api.headers["Authorization"] = f"Bearer {os.environ['ITO_API_KEY']}"

            response = api.get("{{BASE}}/api/v1/baskets",
                               params={"filter": "system", "sort": "name", "size": 20})
            response.raise_for_status()
            page = response.json()
            print(f"{page['total']} baskets; {response.headers['X-RateLimit-Remaining']} requests left this hour")
            for basket in page["items"]:
                print(basket["id"], basket["name"], basket["legCount"], "legs")
            """,
            """
            const headers = { Authorization: `Bearer ${process.env.ITO_API_KEY}` };

            const url = new URL("{{BASE}}/api/v1/baskets");
            url.search = new URLSearchParams({ filter: "system", sort: "name", size: "20" });
            const response = await fetch(url, { headers });
            if (!response.ok) throw new Error(`${response.status} ${(await response.json()).title}`);
            const page = await response.json();
            console.log(`${page.total} baskets; ${response.headers.get("X-RateLimit-Remaining")} requests left this hour`);
            for (const basket of page.items) console.log(basket.id, basket.name, basket.legCount, "legs");
            """),
        new(
            "basket-price",
            "Get a basket's price",
            "The latest price (a probability, 0–1), each leg's price and the time it was computed. " +
            "While a leg has no price yet, isComplete is false and price is null.",
            "baskets:read",
            """
            curl -sS "{{BASE}}/api/v1/baskets/$BASKET_ID/price" \
              -H "Authorization: Bearer $ITO_API_KEY"
            """,
            """
            import os
            import requests

            api = requests.Session()
            api.headers["Authorization"] = f"Bearer {os.environ['ITO_API_KEY']}"

            response = api.get(f"{{BASE}}/api/v1/baskets/{os.environ['BASKET_ID']}/price")
            response.raise_for_status()
            quote = response.json()
            if quote["isComplete"]:
                print(f"{float(quote['price']) * 100:.1f}¢ as of {quote['asOf']}")
            for leg in quote["legs"]:
                print(leg["marketId"], leg["side"], leg["sidePrice"])
            """,
            """
            const headers = { Authorization: `Bearer ${process.env.ITO_API_KEY}` };

            const response = await fetch(`{{BASE}}/api/v1/baskets/${process.env.BASKET_ID}/price`, { headers });
            if (!response.ok) throw new Error(`${response.status} ${(await response.json()).title}`);
            const quote = await response.json();
            if (quote.isComplete) console.log(`${(quote.price * 100).toFixed(1)}¢ as of ${quote.asOf}`);
            for (const leg of quote.legs) console.log(leg.marketId, leg.side, leg.sidePrice);
            """),
        new(
            "place-order",
            "Place an order",
            "Buys YES or NO of the whole basket for an amount in USD, split across legs by weight. mode: paper (the simulator) | " +
            "demo (Kalshi's demo) | live (needs demo mode off on your profile). The Idempotency-Key makes a retry safe: sending " +
            "the same key again returns the first order (200) instead of placing a second one. A new order answers 202.",
            "trades:write",
            """
            curl -sS -X POST "{{BASE}}/api/v1/baskets/$BASKET_ID/orders" \
              -H "Authorization: Bearer $ITO_API_KEY" \
              -H "Content-Type: application/json" \
              -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
              -d '{"side":"yes","amount":100,"mode":"paper","maxSlippage":0.02,"policy":"best-effort"}'
            """,
            """
            import os
            import uuid
            import requests

            api = requests.Session()
            api.headers["Authorization"] = f"Bearer {os.environ['ITO_API_KEY']}"

            # Keep the key with the order you mean to place: retrying with it can never buy twice.
            idempotency_key = str(uuid.uuid4())
            response = api.post(f"{{BASE}}/api/v1/baskets/{os.environ['BASKET_ID']}/orders",
                                json={"side": "yes", "amount": 100, "mode": "paper",
                                      "maxSlippage": 0.02, "policy": "best-effort"},
                                headers={"Idempotency-Key": idempotency_key})
            if response.status_code == 400:
                print(response.json()["errors"])  # field -> messages
            response.raise_for_status()
            order = response.json()
            print(order["id"], order["status"], [(leg["marketId"], leg["status"]) for leg in order["legs"]])
            """,
            """
            const headers = {
              Authorization: `Bearer ${process.env.ITO_API_KEY}`,
              "Content-Type": "application/json",
              // Keep the key with the order you mean to place: retrying with it can never buy twice.
              "Idempotency-Key": crypto.randomUUID(),
            };

            const response = await fetch(`{{BASE}}/api/v1/baskets/${process.env.BASKET_ID}/orders`, {
              method: "POST",
              headers,
              body: JSON.stringify({ side: "yes", amount: 100, mode: "paper", maxSlippage: 0.02, policy: "best-effort" }),
            });
            const body = await response.json();
            if (!response.ok) throw new Error(`${response.status} ${body.title}: ${JSON.stringify(body.errors ?? {})}`);
            console.log(body.id, body.status, body.legs.map(leg => [leg.marketId, leg.status]));
            """),
    ];
}
