using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Polymarket.Clob;

/// <summary>CLOB paged lists: cursors are base64 strings, "MA==" to start and "LTE=" on the last page.</summary>
public sealed record ClobPage<T>
{
    public const string FirstCursor = "MA==";
    public const string EndCursor = "LTE=";

    [JsonPropertyName("data")] public IReadOnlyList<T> Data { get; init; } = [];
    [JsonPropertyName("next_cursor")] public string? NextCursor { get; init; }
    [JsonPropertyName("limit")] public int? Limit { get; init; }
    [JsonPropertyName("count")] public int? Count { get; init; }

    /// <summary>The cursor for the next page, or null at the end.</summary>
    [JsonIgnore] public string? Next => string.IsNullOrEmpty(NextCursor) || NextCursor == EndCursor ? null : NextCursor;
}

/// <summary>An order as the CLOB reports it (<c>GET /data/orders</c>, <c>GET /data/order/{id}</c>); the id is the EIP-712 order hash.</summary>
public sealed record ClobOpenOrder
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("owner")] public string? Owner { get; init; }
    [JsonPropertyName("maker_address")] public string? MakerAddress { get; init; }
    [JsonPropertyName("market")] public string? Market { get; init; }
    [JsonPropertyName("asset_id")] public string? AssetId { get; init; }
    [JsonPropertyName("side")] public string? Side { get; init; }
    [JsonPropertyName("original_size"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? OriginalSize { get; init; }
    [JsonPropertyName("size_matched"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? SizeMatched { get; init; }
    [JsonPropertyName("price"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Price { get; init; }
    [JsonPropertyName("outcome")] public string? Outcome { get; init; }
    [JsonPropertyName("order_type")] public string? OrderType { get; init; }
    [JsonPropertyName("created_at"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("expiration")] public string? Expiration { get; init; }
    [JsonPropertyName("associate_trades")] public IReadOnlyList<string>? AssociateTrades { get; init; }
}

/// <summary>One of the account's trades (<c>GET /data/trades</c>).</summary>
public sealed record ClobTrade
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("taker_order_id")] public string? TakerOrderId { get; init; }
    [JsonPropertyName("market")] public string? Market { get; init; }
    [JsonPropertyName("asset_id")] public string? AssetId { get; init; }
    [JsonPropertyName("side")] public string? Side { get; init; }
    [JsonPropertyName("size"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Size { get; init; }
    [JsonPropertyName("price"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Price { get; init; }
    [JsonPropertyName("fee_rate_bps"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? FeeRateBps { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("match_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? MatchTime { get; init; }
    [JsonPropertyName("outcome")] public string? Outcome { get; init; }
    [JsonPropertyName("owner")] public string? Owner { get; init; }
    [JsonPropertyName("maker_address")] public string? MakerAddress { get; init; }
    [JsonPropertyName("trader_side")] public string? TraderSide { get; init; }
    [JsonPropertyName("transaction_hash")] public string? TransactionHash { get; init; }
    [JsonPropertyName("maker_orders")] public IReadOnlyList<ClobMakerOrder>? MakerOrders { get; init; }
}

public sealed record ClobMakerOrder
{
    [JsonPropertyName("order_id")] public string? OrderId { get; init; }
    [JsonPropertyName("owner")] public string? Owner { get; init; }
    [JsonPropertyName("matched_amount"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MatchedAmount { get; init; }
    [JsonPropertyName("price"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Price { get; init; }
    [JsonPropertyName("asset_id")] public string? AssetId { get; init; }
    [JsonPropertyName("side")] public string? Side { get; init; }
}

/// <summary><c>GET /balance-allowance</c>: balance and allowances in 6-decimal base units, as strings.</summary>
public sealed record ClobBalanceAllowance
{
    [JsonPropertyName("balance"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? BalanceBaseUnits { get; init; }
    [JsonPropertyName("allowances")] public IReadOnlyDictionary<string, string>? Allowances { get; init; }

    /// <summary>The balance in pUSD (or shares for a conditional token).</summary>
    [JsonIgnore] public decimal? Balance => BalanceBaseUnits / 1_000_000m;
}

/// <summary>The answer to <c>POST /order</c>; <see cref="Success"/> false carries the reason in <see cref="ErrorMsg"/>.</summary>
public sealed record ClobPostOrderResponse
{
    [JsonPropertyName("success")] public bool Success { get; init; }
    [JsonPropertyName("errorMsg")] public string? ErrorMsg { get; init; }
    [JsonPropertyName("orderID")] public string? OrderId { get; init; }
    [JsonPropertyName("takingAmount")] public string? TakingAmount { get; init; }
    [JsonPropertyName("makingAmount")] public string? MakingAmount { get; init; }
    /// <summary>live, matched, delayed or unmatched.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("transactionsHashes")] public IReadOnlyList<string>? TransactionHashes { get; init; }
    [JsonPropertyName("tradeIDs")] public IReadOnlyList<string>? TradeIds { get; init; }
}

/// <summary>What placing an order came to: posted now, or found already there after an attempt whose answer was lost.</summary>
public sealed record ClobOrderPlacement(string OrderId, bool Reconciled, ClobPostOrderResponse? Posted, ClobOpenOrder? Existing);

public sealed record ClobCancelResponse
{
    [JsonPropertyName("canceled")] public IReadOnlyList<string> Canceled { get; init; } = [];
    [JsonPropertyName("not_canceled")] public IReadOnlyDictionary<string, string>? NotCanceled { get; init; }
}

/// <summary>L2 credentials returned by <c>POST /auth/api-key</c> / <c>GET /auth/derive-api-key</c>. Secret.</summary>
public sealed record ClobApiCredentials
{
    [JsonPropertyName("apiKey")] public string ApiKey { get; init; } = "";
    [JsonPropertyName("secret")] public string Secret { get; init; } = "";
    [JsonPropertyName("passphrase")] public string Passphrase { get; init; } = "";

    public override string ToString() => $"ClobApiCredentials(ApiKey={ApiKey})";
}
