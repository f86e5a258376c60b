namespace Ito.Categorization.Batch;

/// <summary>"--name value" pairs of an offline command; anything else is an error the command reports.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private CommandArguments()
    {
    }

    public static bool TryParse(IReadOnlyList<string> args, out CommandArguments parsed, out string error)
    {
        parsed = new CommandArguments();
        error = "";
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                error = $"unexpected argument '{args[i]}'";
                return false;
            }
            parsed._values[args[i][2..]] = args[++i];
        }
        return true;
    }

    public string? this[string name] => _values.GetValueOrDefault(name);
}
