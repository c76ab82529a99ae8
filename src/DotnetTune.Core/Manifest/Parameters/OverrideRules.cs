using DotnetTune.Manifest.Toml;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>
/// `seed` and `epochs` may be parameters: they then override the trial's seed and trial.epochs,
/// so they must give integers (epochs at least 1).
/// </summary>
internal static class OverrideRules
{
    public static IReadOnlySet<string> Overrides { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "seed", "epochs" };

    public static void Check(
        IReadOnlyList<ParameterDraft> drafts, TomlEntry? trialEpochs, DiagnosticBag bag)
    {
        foreach (var draft in drafts.Where(d => Overrides.Contains(d.Name)))
        {
            var minimum = draft.Name == "epochs" ? 1 : long.MinValue;
            if (draft.Parameter is FloatParameter)
            {
                bag.Error(draft.TypeLocation, draft.KeyPath,
                    $"{draft.Name} takes integers: use type = \"int\"");
                continue;
            }

            var what = minimum == 1 ? "integers of at least 1" : "integers";
            var wrong = draft.Values.Where(v => v.Value.Kind != ValueKind.Int || v.Value.AsLong() < minimum);
            foreach (var value in wrong)
            {
                var got = value.Value.ToLiteral();
                bag.Error(value.Location, draft.KeyPath, $"{draft.Name} takes {what}, got {got}");
            }

            if (draft.Name == "epochs" && trialEpochs is not null)
            {
                bag.Warning(trialEpochs.Value.Location, "trial.epochs",
                    "ignored: parameters.epochs sets the epochs of each trial");
            }
        }
    }
}
