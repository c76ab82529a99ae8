using Tomlyn.Syntax;

namespace DotnetTune.Manifest.Toml;

/// <summary>
/// Turns Tomlyn's syntax tree into tables of located values, applying TOML's rules on headers,
/// dotted keys and inline tables, and reporting each key or table defined twice.
/// </summary>
internal sealed class TomlTreeBuilder(DiagnosticBag diagnostics)
{
    private readonly record struct Segment(string Name, SourcePoint Location);

    public TomlTable Build(DocumentSyntax document)
    {
        var root = new TomlTable(SourcePoint.FileStart, TableOrigin.Root);
        AddKeyValues(root, "", document.KeyValues);
        foreach (var table in document.Tables)
        {
            AddTable(root, table);
        }

        return root;
    }

    private void AddTable(TomlTable root, TableSyntaxBase syntax)
    {
        var segments = Segments(syntax.Name);
        if (segments is null)
        {
            return;
        }

        var current = root;
        var path = "";
        foreach (var segment in segments.SkipLast(1))
        {
            path = Join(path, segment.Name);
            current = DescendForHeader(current, segment, path);
            if (current is null)
            {
                return;
            }
        }

        var last = segments[^1];
        path = Join(path, last.Name);
        var target = syntax is TableArraySyntax
            ? AppendArrayElement(current, last, path)
            : DefineTable(current, last, path);
        if (target is not null)
        {
            AddKeyValues(target, path, syntax.Items);
        }
    }

    private TomlTable? DescendForHeader(TomlTable table, Segment segment, string path)
    {
        var entry = table.Find(segment.Name);
        switch (entry?.Value)
        {
            case null:
                var created = new TomlTable(segment.Location, TableOrigin.Implicit);
                table.Add(new TomlEntry(segment.Name, segment.Location, created));
                return created;
            case TomlTable { Origin: not TableOrigin.Inline } existing:
                return existing;
            case TomlArray { IsTableArray: true, Items: [.., TomlTable last] }:
                return last;
            default:
                Conflict(segment, path, entry, "a table header cannot extend it");
                return null;
        }
    }

    private TomlTable? DefineTable(TomlTable parent, Segment segment, string path)
    {
        var entry = parent.Find(segment.Name);
        if (entry is null)
        {
            var created = new TomlTable(segment.Location, TableOrigin.Header);
            parent.Add(new TomlEntry(segment.Name, segment.Location, created));
            return created;
        }

        if (entry.Value is TomlTable { Origin: TableOrigin.Implicit } implicitTable)
        {
            implicitTable.DefineAt(segment.Location);
            return implicitTable;
        }

        if (entry.Value is TomlTable { Origin: TableOrigin.Header } header)
        {
            diagnostics.Error(segment.Location, path,
                $"table [{path}] is defined twice (first at {header.Location}); " +
                "TOML allows one header per table");
            return null;
        }

        Conflict(segment, path, entry, "it cannot be defined again as a table");
        return null;
    }

    private TomlTable? AppendArrayElement(TomlTable parent, Segment segment, string path)
    {
        var entry = parent.Find(segment.Name);
        TomlArray array;
        if (entry is null)
        {
            array = new TomlArray(segment.Location, isTableArray: true);
            parent.Add(new TomlEntry(segment.Name, segment.Location, array));
        }
        else if (entry.Value is TomlArray { IsTableArray: true } existing)
        {
            array = existing;
        }
        else
        {
            Conflict(segment, path, entry, "[[...]] cannot add to it");
            return null;
        }

        var element = new TomlTable(segment.Location, TableOrigin.ArrayElement);
        array.Items.Add(element);
        return element;
    }

    private void AddKeyValues(TomlTable table, string path, IEnumerable<KeyValueSyntax>? keyValues)
    {
        foreach (var keyValue in keyValues ?? [])
        {
            AddKeyValue(table, path, keyValue);
        }
    }

    private void AddKeyValue(TomlTable table, string path, KeyValueSyntax keyValue)
    {
        var segments = Segments(keyValue.Key);
        if (segments is null || keyValue.Value is null)
        {
            return;
        }

        var valuePath = segments.Aggregate(path, (prefix, segment) => Join(prefix, segment.Name));
        var value = Convert(keyValue.Value, valuePath);
        if (value is null)
        {
            return;
        }

        var current = table;
        foreach (var segment in segments.SkipLast(1))
        {
            path = Join(path, segment.Name);
            current = DescendForDottedKey(current, segment, path);
            if (current is null)
            {
                return;
            }
        }

        var last = segments[^1];
        var keyPath = Join(path, last.Name);
        if (current.Find(last.Name) is { } existing)
        {
            diagnostics.Error(last.Location, keyPath,
                $"duplicate key '{last.Name}': already set at {existing.KeyLocation}; " +
                "TOML allows each key once");
            return;
        }

        current.Add(new TomlEntry(last.Name, last.Location, value));
    }

    private TomlTable? DescendForDottedKey(TomlTable table, Segment segment, string path)
    {
        var entry = table.Find(segment.Name);
        if (entry is null)
        {
            var created = new TomlTable(segment.Location, TableOrigin.Dotted);
            table.Add(new TomlEntry(segment.Name, segment.Location, created));
            return created;
        }

        if (entry.Value is TomlTable { Origin: TableOrigin.Dotted } dotted)
        {
            return dotted;
        }

        Conflict(segment, path, entry, "a dotted key cannot add to it");
        return null;
    }

    private TomlNode? Convert(ValueSyntax syntax, string path)
    {
        var at = SourcePoint.Of(syntax);
        switch (syntax)
        {
            case StringValueSyntax text:
                return new TomlScalar(at, TomlKind.String, text.Value ?? "");
            case IntegerValueSyntax integer:
                return new TomlScalar(at, TomlKind.Integer, integer.Value);
            case FloatValueSyntax number:
                return new TomlScalar(at, TomlKind.Float, number.Value);
            case BooleanValueSyntax flag:
                return new TomlScalar(at, TomlKind.Boolean, flag.Value);
            case DateTimeValueSyntax date:
                return new TomlScalar(at, TomlKind.DateTime, date.Token?.Text ?? "datetime");
            case ArraySyntax list:
                var array = new TomlArray(at, isTableArray: false);
                var items = list.Items?.Select(i => i.Value).OfType<ValueSyntax>() ?? [];
                array.Items.AddRange(items.Select(i => Convert(i, path)).OfType<TomlNode>());
                return array;
            case InlineTableSyntax inline:
                var table = new TomlTable(at, TableOrigin.Inline);
                var keyValues = inline.Items?.Select(i => i.KeyValue).OfType<KeyValueSyntax>();
                AddKeyValues(table, path, keyValues);
                return table;
            default:
                return null;
        }
    }

    private void Conflict(Segment segment, string path, TomlEntry? existing, string why)
    {
        var what = existing?.Value switch
        {
            TomlTable { Origin: TableOrigin.Inline } => "an inline table",
            TomlTable { Origin: TableOrigin.Dotted } => "a table made by dotted keys",
            TomlTable => "a table",
            TomlArray { IsTableArray: true } => "an array of tables",
            { Kind: TomlKind.Integer or TomlKind.Array } node =>
                $"an {TomlNode.KindName(node.Kind)} value",
            { } node => $"a {TomlNode.KindName(node.Kind)} value",
            null => "a value",
        };
        var where = existing is null ? "" : $" at {existing.KeyLocation}";
        diagnostics.Error(segment.Location, path, $"'{path}' is already {what}{where}; {why}");
    }

    private static List<Segment>? Segments(KeySyntax? key)
    {
        if (key?.Key is null)
        {
            return null;
        }

        var segments = new List<Segment> { ToSegment(key.Key) };
        foreach (var dotted in key.DotKeys ?? [])
        {
            if (dotted.Key is null)
            {
                return null;
            }

            segments.Add(ToSegment(dotted.Key));
        }

        return segments;
    }

    private static Segment ToSegment(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => new Segment(bare.Key?.Text ?? "", SourcePoint.Of(bare)),
        StringValueSyntax text => new Segment(text.Value ?? "", SourcePoint.Of(text)),
        _ => new Segment(key.ToString() ?? "", SourcePoint.Of(key)),
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
