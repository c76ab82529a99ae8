using System.Text.RegularExpressions;

namespace DotnetTune.Tool;

/// <summary>
/// Finds where a key of a table stands in a manifest's text, for errors found after the
/// manifest stage (such as a device that this machine cannot give). Returns "(line,col)" or "".
/// </summary>
public static partial class ManifestLocator
{
    public static string Find(string path, string table, string key)
    {
        if (!File.Exists(path))
        {
            return "";
        }

        var lines = File.ReadAllLines(path);
        var current = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var header = TableHeader().Match(lines[i]);
            if (header.Success)
            {
                current = header.Groups[1].Value.Trim();
                continue;
            }

            var column = KeyColumn(lines[i], key);
            if (current == table && column > 0)
            {
                return $"({i + 1},{column})";
            }
        }

        return "";
    }

    private static int KeyColumn(string line, string key)
    {
        var match = Regex.Match(line, $@"^\s*({Regex.Escape(key)})\s*=");
        return match.Success ? match.Groups[1].Index + 1 : 0;
    }

    [GeneratedRegex(@"^\s*\[([^\[\]]+)\]\s*(#.*)?$")]
    private static partial Regex TableHeader();
}
