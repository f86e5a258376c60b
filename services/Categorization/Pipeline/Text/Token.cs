namespace Ito.Categorization.Pipeline.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Percent,
    Money,
    Year,
    Month,
    Quarter,

    /// <summary>An ISO date ("2026-03-31"); <see cref="Token.Value"/> is yyyymmdd.</summary>
    Date,
    Symbol,
}

/// <summary>Which part of the market a token came from; the title speaks loudest.</summary>
public enum TextField : byte
{
    Title,
    Context,
    Rules,
}

/// <summary>
/// One token: <see cref="Text"/> is the normalised surface form (gazetteers match on it), <see cref="Stem"/> the
/// stemmed form (keywords match on it), <see cref="Value"/> the parsed number for numeric kinds.
/// </summary>
public readonly record struct Token(string Text, string Stem, TokenKind Kind, double Value, TextField Field)
{
    public bool IsNumeric => Kind is TokenKind.Number or TokenKind.Percent or TokenKind.Money or TokenKind.Year;
}
