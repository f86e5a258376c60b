namespace Ito.Categorization.Pipeline.Text;

/// <summary>
/// A light Porter stemmer (steps 1a–1c, 2, 3 and 5a; step 4 is left out because it merges words we need apart,
/// e.g. "approval" and "approve" or "election" and "elect"). Consistency matters more than linguistics: keywords
/// and market text go through the same function.
/// </summary>
public static class EnglishStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("alli", "al"),
        ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"),
        ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 3 || !IsPlainLowerWord(word)) return word;

        Span<char> buffer = stackalloc char[word.Length + 2];
        word.AsSpan().CopyTo(buffer);
        var length = word.Length;

        length = Step1A(buffer, length);
        length = Step1B(buffer, length);
        length = Step1C(buffer, length);
        length = ReplaceSuffix(buffer, length, Step2, minMeasure: 1);
        length = ReplaceSuffix(buffer, length, Step3, minMeasure: 1);
        length = Step5A(buffer, length);

        var stem = buffer[..length];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    private static bool IsPlainLowerWord(string word)
    {
        foreach (var ch in word)
        {
            if (ch is < 'a' or > 'z') return false;
        }
        return true;
    }

    private static int Step1A(Span<char> w, int n)
    {
        if (EndsWith(w, n, "sses")) return n - 2;
        if (EndsWith(w, n, "ies")) return n - 2;
        if (EndsWith(w, n, "ss") || EndsWith(w, n, "us") || EndsWith(w, n, "is")) return n;
        if (n > 3 && w[n - 1] == 's') return n - 1;
        return n;
    }

    private static int Step1B(Span<char> w, int n)
    {
        if (EndsWith(w, n, "eed"))
        {
            return Measure(w, n - 3) > 0 ? n - 1 : n;
        }
        int stemLength;
        if (EndsWith(w, n, "ed") && HasVowel(w, n - 2)) stemLength = n - 2;
        else if (EndsWith(w, n, "ing") && HasVowel(w, n - 3) && n - 3 >= 3) stemLength = n - 3;
        else return n;

        n = stemLength;
        if (EndsWith(w, n, "at") || EndsWith(w, n, "bl") || EndsWith(w, n, "iz"))
        {
            w[n] = 'e';
            return n + 1;
        }
        if (n >= 2 && w[n - 1] == w[n - 2] && IsConsonant(w, n - 1) && w[n - 1] is not ('l' or 's' or 'z')) return n - 1;
        if (Measure(w, n) == 1 && EndsCvc(w, n))
        {
            w[n] = 'e';
            return n + 1;
        }
        return n;
    }

    private static int Step1C(Span<char> w, int n)
    {
        if (n > 2 && w[n - 1] == 'y' && HasVowel(w, n - 1)) w[n - 1] = 'i';
        return n;
    }

    private static int Step5A(Span<char> w, int n)
    {
        if (n < 2 || w[n - 1] != 'e') return n;
        var m = Measure(w, n - 1);
        return m > 1 || (m == 1 && !EndsCvc(w, n - 1)) ? n - 1 : n;
    }

    private static int ReplaceSuffix(Span<char> w, int n, (string Suffix, string Replacement)[] rules, int minMeasure)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (!EndsWith(w, n, suffix)) continue;
            var stemLength = n - suffix.Length;
            if (Measure(w, stemLength) < minMeasure) return n;
            replacement.AsSpan().CopyTo(w[stemLength..]);
            return stemLength + replacement.Length;
        }
        return n;
    }

    private static bool EndsWith(Span<char> w, int n, string suffix) => n >= suffix.Length && w[(n - suffix.Length)..n].SequenceEqual(suffix);

    private static bool IsConsonant(Span<char> w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    private static bool HasVowel(Span<char> w, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (!IsConsonant(w, i)) return true;
        }
        return false;
    }

    /// <summary>Porter's m: the number of vowel-consonant sequences in w[0..n).</summary>
    private static int Measure(Span<char> w, int n)
    {
        var m = 0;
        var i = 0;
        while (i < n && IsConsonant(w, i)) i++;
        while (i < n)
        {
            while (i < n && !IsConsonant(w, i)) i++;
            if (i >= n) break;
            while (i < n && IsConsonant(w, i)) i++;
            m++;
        }
        return m;
    }

    private static bool EndsCvc(Span<char> w, int n) =>
        n >= 3 && IsConsonant(w, n - 3) && !IsConsonant(w, n - 2) && IsConsonant(w, n - 1) && w[n - 1] is not ('w' or 'x' or 'y');
}
