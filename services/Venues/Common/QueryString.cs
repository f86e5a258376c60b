using System.Globalization;
using System.Text;

namespace Ito.Venues;

/// <summary>Builds a relative URI with an escaped query; parameters whose value is null are left out.</summary>
public sealed class QueryString(string path)
{
    private readonly StringBuilder _query = new();

    public QueryString Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _query.Append(_query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryString Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryString Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public QueryString Add(string name, decimal? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Repeats the parameter once per value (<c>tickers=A&amp;tickers=B</c>, OpenAPI "explode").</summary>
    public QueryString AddEach(string name, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            Add(name, value);
        }

        return this;
    }

    public override string ToString() => path + _query;
}
