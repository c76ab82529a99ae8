using DotnetTune.Space;

namespace DotnetTune.Templates;

/// <summary>
/// Picks the configurations a template check renders: the low end of every parameter first,
/// then, from the high end and a fixed series of random draws, each one that shows a conditional
/// parameter in a state (active or inactive) not seen yet. Deterministic for a space.
/// </summary>
internal static class CheckConfigurations
{
    public const int MaxConfigurations = 16;
    private const int RandomDraws = 200;
    private const int Seed = 7;

    public static IReadOnlyList<Configuration> Pick(SearchSpace space)
    {
        var conditional = space.Parameters
            .Where(p => p.Condition is not null)
            .Select(p => p.Name)
            .ToList();
        var wanted = conditional.Count * 2;
        var picked = new List<Configuration>();
        var seen = new HashSet<(string, bool)>();
        foreach (var candidate in Candidates(space))
        {
            var states = conditional.Select(name => (name, candidate.ContainsKey(name))).ToList();
            if (picked.Count == 0 || !seen.IsSupersetOf(states))
            {
                picked.Add(candidate);
                seen.UnionWith(states);
            }

            if (seen.Count == wanted || picked.Count == MaxConfigurations)
            {
                break;
            }
        }

        return picked;
    }

    private static IEnumerable<Configuration> Candidates(SearchSpace space)
    {
        yield return space.Build((parameter, _) => End(parameter, high: false));
        yield return space.Build((parameter, _) => End(parameter, high: true));
        var random = new Random(Seed);
        for (var i = 0; i < RandomDraws; i++)
        {
            yield return space.Sample(random);
        }
    }

    private static ParameterValue End(Parameter parameter, bool high) => parameter switch
    {
        FloatParameter { Step: null } range => ParameterValue.Of(range.FromUnit(high ? 1 : 0)),
        _ => parameter.GridValue(high ? parameter.GridCount!.Value - 1 : 0),
    };
}
