using System.Buffers;
using System.Runtime.InteropServices;

namespace Ito.Categorization.Pipeline.Text;

/// <summary>A phrase found in the token stream: tokens [Start, Start+Length) matched a key holding these payloads.</summary>
public readonly record struct PhraseHit<T>(int Start, int Length, T[] Payloads);

/// <summary>
/// Multi-word phrase lookup over tokens, longest match first. Phrases are stored as space-joined token forms and
/// looked up through a span-keyed alternate lookup, so matching a title allocates nothing per n-gram.
/// </summary>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, T[]> _phrases;
    private readonly Dictionary<string, T[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseIndex(IEnumerable<(string Phrase, T Payload)> entries, bool matchOnStems)
        : this(Group(entries.Select(e => (KeyOf(e.Phrase, matchOnStems), e.Payload))), matchOnStems)
    {
    }

    private PhraseIndex(Dictionary<string, T[]> phrases, bool matchOnStems)
    {
        MatchOnStems = matchOnStems;
        _phrases = phrases;
        _lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxTokens = _phrases.Count == 0 ? 0 : _phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>For callers that already hold keys from <see cref="KeyOf"/> (re-stemming a stem is not always a no-op).</summary>
    public static PhraseIndex<T> FromKeys(IEnumerable<(string Key, T Payload)> keyedEntries, bool matchOnStems) =>
        new(Group(keyedEntries), matchOnStems);

    private static Dictionary<string, T[]> Group(IEnumerable<(string Key, T Payload)> keyedEntries) =>
        keyedEntries
            .Where(e => e.Key.Length > 0)
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Payload).ToArray(), StringComparer.Ordinal);

    public bool MatchOnStems { get; }
    public int MaxTokens { get; }
    public int Count => _phrases.Count;

    /// <summary>The key a phrase is stored under: the same tokenizer as market text, forms joined by single spaces.</summary>
    public static string KeyOf(string phrase, bool matchOnStems)
    {
        var tokens = MarketTokenizer.Tokenize(TextNormalizer.Normalize(phrase), TextField.Title);
        return string.Join(' ', tokens.Select(t => matchOnStems ? t.Stem : t.Text));
    }

    public bool TryGet(string phrase, out T[] payloads) => _phrases.TryGetValue(KeyOf(phrase, MatchOnStems), out payloads!);

    /// <summary>Scans left to right; at each position takes the longest phrase and skips the tokens it covers.</summary>
    public void FindLongestMatches(List<Token> tokenList, List<PhraseHit<T>> hits)
    {
        var tokens = CollectionsMarshal.AsSpan(tokenList);
        if (tokens.Length == 0 || MaxTokens == 0) return;

        var totalLength = 0;
        foreach (var token in tokens) totalLength += Form(token).Length + 1;
        var buffer = ArrayPool<char>.Shared.Rent(totalLength);
        var starts = ArrayPool<int>.Shared.Rent(tokens.Length);
        var ends = ArrayPool<int>.Shared.Rent(tokens.Length);
        try
        {
            var position = 0;
            for (var t = 0; t < tokens.Length; t++)
            {
                var form = Form(tokens[t]);
                starts[t] = position;
                form.AsSpan().CopyTo(buffer.AsSpan(position));
                position += form.Length;
                ends[t] = position;
                buffer[position++] = ' ';
            }

            var i = 0;
            while (i < tokens.Length)
            {
                var matched = 0;
                var maxLength = Math.Min(MaxTokens, tokens.Length - i);
                for (var length = maxLength; length >= 1; length--)
                {
                    if (tokens[i + length - 1].Field != tokens[i].Field) continue;
                    var key = buffer.AsSpan(starts[i], ends[i + length - 1] - starts[i]);
                    if (_lookup.TryGetValue(key, out var payloads))
                    {
                        hits.Add(new PhraseHit<T>(i, length, payloads));
                        matched = length;
                        break;
                    }
                }
                i += matched == 0 ? 1 : matched;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
        }
    }

    private string Form(in Token token) => MatchOnStems ? token.Stem : token.Text;
}
