using System.Globalization;
using System.Text.Json;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Toml;

/// <summary>The TOML type of a value, as messages name it.</summary>
internal enum TomlKind
{
    String,
    Integer,
    Float,
    Boolean,
    DateTime,
    Array,
    Table,
}

/// <summary>A TOML value with the place it was written; what the validators read.</summary>
internal abstract class TomlNode(SourcePoint location)
{
    public SourcePoint Location { get; private set; } = location;

    public abstract TomlKind Kind { get; }

    /// <summary>"integer 3", "string \"abc\"", "table": for messages that say what was found.</summary>
    public virtual string Describe() => KindName(Kind);

    public static string KindName(TomlKind kind) => kind switch
    {
        TomlKind.DateTime => "datetime",
        _ => kind.ToString().ToLowerInvariant(),
    };

    protected void MoveTo(SourcePoint location) => Location = location;
}

/// <summary>A string, integer, float, boolean or datetime.</summary>
internal sealed class TomlScalar(SourcePoint location, TomlKind kind, object value) : TomlNode(location)
{
    public override TomlKind Kind { get; } = kind;

    public object Value { get; } = value;

    public bool IsNumber => Kind is TomlKind.Integer or TomlKind.Float;

    public double AsDouble() => Value switch
    {
        long integer => integer,
        double number => number,
        _ => double.NaN,
    };

    /// <summary>The value as a parameter value, or null for a datetime.</summary>
    public ParameterValue? ToParameterValue() => Kind == TomlKind.DateTime ? null : Value switch
    {
        long integer => ParameterValue.Of(integer),
        double number => ParameterValue.Of(number),
        string text => ParameterValue.Of(text),
        bool flag => ParameterValue.Of(flag),
        _ => null,
    };

    /// <summary>The value as TOML would write it.</summary>
    public string Literal => Value switch
    {
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        double number => ParameterValue.FormatFloat(number),
        string text when Kind == TomlKind.String => JsonSerializer.Serialize(text),
        bool flag => flag ? "true" : "false",
        _ => Value.ToString() ?? "",
    };

    public override string Describe() => $"{KindName(Kind)} {Literal}";
}

/// <summary>An array, or the array behind `[[name]]` table headers.</summary>
internal sealed class TomlArray(SourcePoint location, bool isTableArray) : TomlNode(location)
{
    public override TomlKind Kind => TomlKind.Array;

    public bool IsTableArray { get; } = isTableArray;

    public List<TomlNode> Items { get; } = [];
}

/// <summary>How a table came to be; decides which later definitions TOML allows.</summary>
internal enum TableOrigin
{
    Root,

    /// <summary>Written as a `[header]`.</summary>
    Header,

    /// <summary>Created as the parent of a longer header, e.g. `a` by `[a.b]`; may be defined later.</summary>
    Implicit,

    /// <summary>Created by a dotted key such as `a.b = 1`.</summary>
    Dotted,

    /// <summary>Written inline as `{ ... }`; closed once written.</summary>
    Inline,

    /// <summary>One element of a `[[name]]` table array.</summary>
    ArrayElement,
}

/// <summary>One key of a table with where the key was written.</summary>
internal sealed record TomlEntry(string Key, SourcePoint KeyLocation, TomlNode Value);

/// <summary>A table (the document root, a header, an inline table or a dotted-key table).</summary>
internal sealed class TomlTable(SourcePoint location, TableOrigin origin) : TomlNode(location)
{
    private readonly List<TomlEntry> _entries = [];
    private readonly Dictionary<string, TomlEntry> _byKey = new(StringComparer.Ordinal);

    public override TomlKind Kind => TomlKind.Table;

    public TableOrigin Origin { get; private set; } = origin;

    public IReadOnlyList<TomlEntry> Entries => _entries;

    public TomlEntry? Find(string key) => _byKey.GetValueOrDefault(key);

    public void Add(TomlEntry entry)
    {
        _entries.Add(entry);
        _byKey[entry.Key] = entry;
    }

    /// <summary>An implicit table gets its own header later: it now lives where that header is.</summary>
    public void DefineAt(SourcePoint header)
    {
        Origin = TableOrigin.Header;
        MoveTo(header);
    }
}
