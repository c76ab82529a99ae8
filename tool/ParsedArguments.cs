namespace DotnetTune.Tool;

/// <summary>The verb, the manifest path and the flags of one command line.</summary>
public sealed record ParsedArguments(
    string? Verb, string? ManifestPath, bool Fresh, bool Plain, bool Help, string? Error)
{
    private static readonly HashSet<string> Verbs =
        ["run", "validate", "status", "schema", "templates", "version", "--version", "help"];

    public string ManifestOrDefault(string workingDirectory) =>
        ManifestPath ?? "Tune.toml";

    public static ParsedArguments Parse(IReadOnlyList<string> args)
    {
        string? verb = null;
        string? manifest = null;
        bool fresh = false, plain = false, help = false;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "-h" or "--help":
                    help = true;
                    break;
                case "--fresh":
                    fresh = true;
                    break;
                case "--plain":
                    plain = true;
                    break;
                case "--version" when verb is null:
                    verb = arg;
                    break;
                case var option when option.StartsWith('-'):
                    return new ParsedArguments(verb, manifest, fresh, plain, help, $"unknown option '{option}'");
                case var word when verb is null:
                    if (!Verbs.Contains(word))
                    {
                        return new ParsedArguments(word, null, fresh, plain, help, $"unknown command '{word}'");
                    }

                    verb = word;
                    break;
                case var path when manifest is null:
                    manifest = path;
                    break;
                default:
                    return new ParsedArguments(verb, manifest, fresh, plain, help, $"unexpected argument '{arg}'");
            }
        }

        return new ParsedArguments(verb, manifest, fresh, plain, help, null);
    }
}
