using System.Collections.Concurrent;

namespace Ito.Categorization.Pipeline.Text;

/// <summary>
/// Remembers each word's surface string and stem, looked up by span, so tokenising a title allocates nothing for
/// words seen before (market vocabulary is small and repetitive). Bounded, so hostile input cannot grow it forever;
/// a word not cached is simply stemmed again — the result is the same either way.
/// </summary>
internal static class WordFormCache
{
    private const int MaxEntries = 200_000;

    // Real words are short; caching only those bounds the cache's memory as well as its count.
    private const int MaxCachedWordLength = 40;

    private static readonly ConcurrentDictionary<string, WordForms> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WordForms>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    // ConcurrentDictionary.Count takes every lock; an approximate counter is enough for a size bound.
    private static int _entries;

    public static WordForms Get(ReadOnlySpan<char> word) =>
        Lookup.TryGetValue(word, out var forms) ? forms : Remember(word.ToString());

    public static WordForms Get(string word) =>
        Cache.TryGetValue(word, out var forms) ? forms : Remember(word);

    private static WordForms Remember(string word)
    {
        var forms = new WordForms(word, EnglishStemmer.Stem(word));
        if (word.Length <= MaxCachedWordLength && Volatile.Read(ref _entries) < MaxEntries && Cache.TryAdd(word, forms))
            Interlocked.Increment(ref _entries);
        return forms;
    }
}

internal sealed record WordForms(string Text, string Stem);
