using System.Collections;
using System.Text;
using System.Text.Json;

namespace DotnetTune.Space;

/// <summary>
/// The values of the active parameters of one trial, in the search space's order.
/// Two configurations with the same values are equal, whatever order they were built in.
/// </summary>
public sealed class Configuration : IReadOnlyDictionary<string, ParameterValue>, IEquatable<Configuration>
{
    private readonly List<KeyValuePair<string, ParameterValue>> _items;
    private readonly Dictionary<string, ParameterValue> _byName;

    public Configuration(IEnumerable<KeyValuePair<string, ParameterValue>> items)
    {
        _items = items.ToList();
        _byName = new Dictionary<string, ParameterValue>(_items, StringComparer.Ordinal);
        Key = BuildKey(_items);
    }

    public static Configuration Empty { get; } = new([]);

    /// <summary>A canonical text of the values, for duplicate detection and hashing.</summary>
    public string Key { get; }

    public int Count => _items.Count;

    public IEnumerable<string> Keys => _items.Select(i => i.Key);

    public IEnumerable<ParameterValue> Values => _items.Select(i => i.Value);

    public ParameterValue this[string key] => _byName[key];

    public bool ContainsKey(string key) => _byName.ContainsKey(key);

    public bool TryGetValue(string key, out ParameterValue value) => _byName.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, ParameterValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A copy with one value replaced or added.</summary>
    public Configuration With(string name, ParameterValue value)
    {
        var items = _items.Where(i => i.Key != name).Append(new(name, value));
        return new Configuration(items);
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in _items)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static Configuration FromJson(JsonElement element) =>
        new(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, ParameterValue.FromJson(p.Value))));

    public static Configuration FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    /// <summary>Short text for logs and tables: lr=0.001, batch_size=64.</summary>
    public override string ToString() => string.Join(", ", _items.Select(i => $"{i.Key}={i.Value}"));

    public bool Equals(Configuration? other) => other is not null && Key == other.Key;

    public override bool Equals(object? obj) => obj is Configuration other && Equals(other);

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    private static string BuildKey(IEnumerable<KeyValuePair<string, ParameterValue>> items)
    {
        var sorted = items.OrderBy(i => i.Key, StringComparer.Ordinal);
        return string.Join("\u001f", sorted.Select(i => $"{i.Key}={i.Value.Kind}:{i.Value}"));
    }
}
