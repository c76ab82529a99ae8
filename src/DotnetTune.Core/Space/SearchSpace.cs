using System.Numerics;

namespace DotnetTune.Space;

/// <summary>
/// The parameters of a study, ordered so that every conditional parameter comes after the
/// parameter its condition reads. Knows which parameters are active, how to draw a random
/// configuration and how large the grid of its discrete parameters is.
/// </summary>
public sealed class SearchSpace
{
    private readonly Dictionary<string, Parameter> _byName;

    public SearchSpace(IEnumerable<Parameter> parameters)
    {
        Parameters = OrderByDependency(parameters.ToList());
        _byName = Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>The parameters that are searched (everything but fixed values).</summary>
    public IEnumerable<Parameter> Tuned => Parameters.Where(p => p is not FixedParameter);

    public bool IsDiscrete => Parameters.All(p => p.IsDiscrete);

    public Parameter? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>True when the parameter's condition holds for the values chosen so far.</summary>
    public static bool IsActive(Parameter parameter, IReadOnlyDictionary<string, ParameterValue> chosen)
    {
        if (parameter.Condition is not { } condition)
        {
            return true;
        }

        return chosen.TryGetValue(condition.Parent, out var parentValue) &&
               condition.IsSatisfiedBy(parentValue);
    }

    /// <summary>Draws every active parameter independently, in dependency order.</summary>
    public Configuration Sample(Random random) => Build((parameter, _) => parameter.Sample(random));

    /// <summary>
    /// Builds a configuration by asking <paramref name="choose"/> for each active parameter, in
    /// dependency order; inactive parameters are left out.
    /// </summary>
    public Configuration Build(Func<Parameter, IReadOnlyDictionary<string, ParameterValue>, ParameterValue> choose)
    {
        var chosen = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        var ordered = new List<KeyValuePair<string, ParameterValue>>();
        foreach (var parameter in Parameters)
        {
            if (!IsActive(parameter, chosen))
            {
                continue;
            }

            var value = choose(parameter, chosen);
            chosen[parameter.Name] = value;
            ordered.Add(new(parameter.Name, value));
        }

        return new Configuration(ordered);
    }

    /// <summary>
    /// Number of valid grid points, counting only active combinations, computed without
    /// enumerating; null when a parameter is continuous.
    /// </summary>
    public BigInteger? GridSize()
    {
        if (!IsDiscrete)
        {
            return null;
        }

        var roots = Parameters.Where(p => p.Condition is null);
        return roots.Aggregate(BigInteger.One, (product, root) => product * SubtreeCount(root));
    }

    /// <summary>Every valid grid configuration, lazily, the first parameter varying slowest.</summary>
    public IEnumerable<Configuration> EnumerateGrid()
    {
        if (!IsDiscrete)
        {
            throw new InvalidOperationException("a grid needs every parameter to be discrete");
        }

        return Enumerate(0, []);
    }

    private IEnumerable<Configuration> Enumerate(int position, List<KeyValuePair<string, ParameterValue>> prefix)
    {
        if (position == Parameters.Count)
        {
            yield return new Configuration(prefix);
            yield break;
        }

        var parameter = Parameters[position];
        var chosen = prefix.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (!IsActive(parameter, chosen))
        {
            foreach (var configuration in Enumerate(position + 1, prefix))
            {
                yield return configuration;
            }

            yield break;
        }

        foreach (var value in parameter.GridValues())
        {
            prefix.Add(new(parameter.Name, value));
            foreach (var configuration in Enumerate(position + 1, prefix))
            {
                yield return configuration;
            }

            prefix.RemoveAt(prefix.Count - 1);
        }
    }

    private BigInteger SubtreeCount(Parameter parameter)
    {
        var children = Parameters.Where(p => p.Condition?.Parent == parameter.Name).ToList();
        if (children.Count == 0)
        {
            return parameter.GridCount!.Value;
        }

        var total = BigInteger.Zero;
        foreach (var value in parameter.GridValues())
        {
            var product = BigInteger.One;
            foreach (var child in children)
            {
                product *= child.Condition!.IsSatisfiedBy(value) ? SubtreeCount(child) : BigInteger.One;
            }

            total += product;
        }

        return total;
    }

    private static List<Parameter> OrderByDependency(List<Parameter> parameters)
    {
        var names = parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var ordered = new List<Parameter>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var pending = parameters.ToList();
        while (pending.Count > 0)
        {
            var ready = pending
                .Where(p => p.Condition is null || placed.Contains(p.Condition.Parent) ||
                            !names.Contains(p.Condition.Parent))
                .ToList();
            if (ready.Count == 0)
            {
                var cycle = string.Join(", ", pending.Select(p => p.Name));
                throw new InvalidOperationException($"conditions form a cycle among: {cycle}");
            }

            foreach (var parameter in ready)
            {
                ordered.Add(parameter);
                placed.Add(parameter.Name);
                pending.Remove(parameter);
            }
        }

        return ordered;
    }
}
