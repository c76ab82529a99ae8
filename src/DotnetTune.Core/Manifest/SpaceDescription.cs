using System.Text;
using DotnetTune.Manifest.Parameters;
using DotnetTune.Manifest.Search;
using DotnetTune.Space;

namespace DotnetTune.Manifest;

/// <summary>
/// The text `dotnet tune validate` prints about a search space: one line per parameter with its
/// kind, range, scale, step, condition and number of values, then the grid size and the
/// template defaults no parameter touches. Plain text; the tool decides where it goes.
/// </summary>
public static class SpaceDescription
{
    private const int LineWidth = 100;

    /// <summary>One line per parameter, names aligned.</summary>
    public static string Describe(SearchSpace space)
    {
        var text = new StringBuilder();
        var tuned = space.Tuned.Count();
        var fixedCount = space.Parameters.Count - tuned;
        text.Append($"parameters: {tuned} tuned, {fixedCount} fixed");
        var nameWidth = space.Parameters.Select(p => p.Name.Length).DefaultIfEmpty(0).Max();
        var describeWidth = Math.Min(
            space.Parameters.Select(p => p.Describe().Length).DefaultIfEmpty(0).Max(), 60);
        foreach (var parameter in space.Parameters)
        {
            var name = parameter.Name.PadRight(nameWidth);
            var line = $"  {name}  {parameter.Describe().PadRight(describeWidth)}{Values(parameter)}";
            text.Append('\n').Append(line.TrimEnd());
        }

        return text.ToString();
    }

    /// <summary>The parameters, the grid size (or why there is none) and the template defaults kept.</summary>
    public static string Describe(TuneManifest manifest)
    {
        var text = new StringBuilder(Describe(manifest.Space));
        text.Append('\n').Append(Grid(manifest.Space));
        var kept = KeptDefaults(manifest);
        if (kept.Length > 0)
        {
            text.Append('\n').Append(kept);
        }

        return text.ToString();
    }

    /// <summary>"grid: 1,296 configurations", or which parameters are continuous.</summary>
    public static string Grid(SearchSpace space)
    {
        if (GridCounter.Count(space) is not { } grid)
        {
            var continuous = space.Parameters.Where(p => !p.IsDiscrete).Select(p => p.Name);
            return $"grid: none (continuous: {string.Join(", ", continuous)})";
        }

        var (size, exact) = grid;
        var prefix = exact ? "" : "at least ";
        return $"grid: {prefix}{GridCounter.Format(size)} configuration{(size == 1 ? "" : "s")}";
    }

    private static string Values(Parameter parameter)
    {
        var last = parameter switch
        {
            IntParameter range when range.LastOnStep != range.High => NumberText.Show(range.LastOnStep),
            FloatParameter { Step: not null } range when ValueFit.LastOnStep(range) != range.High =>
                ParameterValue.FormatFloat(ValueFit.LastOnStep(range)),
            _ => null,
        };
        return parameter switch
        {
            FixedParameter => "",
            { GridCount: { } count } when last is not null =>
                $"  ({NumberText.Grouped(count)} values, last {last})",
            { GridCount: 1 } => "  (1 value)",
            { GridCount: { } count } => $"  ({NumberText.Grouped(count)} values)",
            _ => "  (continuous)",
        };
    }

    private static string KeptDefaults(TuneManifest manifest)
    {
        if (manifest.TemplateInfo is not { } template)
        {
            return "";
        }

        var kept = template.Parameters.Values
            .Where(p => manifest.Space.Find(p.Name) is null)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name} = {p.Default.ToLiteral()}")
            .ToList();
        return kept.Count == 0 ? "" : Wrap($"template {template.Name} defaults kept: ", kept);
    }

    private static string Wrap(string head, IReadOnlyList<string> items)
    {
        var text = new StringBuilder(head);
        var lineStart = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] + (i < items.Count - 1 ? "," : "");
            var full = text.Length - lineStart + item.Length + 1 > LineWidth;
            if (full && text.Length > lineStart + head.Length)
            {
                text.Append("\n   ");
                lineStart = text.Length - 3;
            }

            text.Append(text[^1] is ' ' ? "" : " ").Append(item);
        }

        return text.ToString();
    }
}
