using System.Globalization;
using System.Text.RegularExpressions;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>Walks a condition string left to right: a name, an operator, then a value or a list.</summary>
internal sealed partial class ConditionScanner(string text)
{
    private static readonly string[] s_operators = ["==", "!=", ">=", "<=", ">", "<"];

    private int _position;

    public bool AtEnd
    {
        get
        {
            SkipSpaces();
            return _position >= text.Length;
        }
    }

    public string Rest => text[_position..];

    public string? ReadIdentifier()
    {
        SkipSpaces();
        var match = Identifier().Match(text, _position);
        if (!match.Success || match.Index != _position)
        {
            return null;
        }

        _position += match.Length;
        return match.Value;
    }

    public string? ReadOperator()
    {
        SkipSpaces();
        var symbol = s_operators.FirstOrDefault(
            o => string.CompareOrdinal(text, _position, o, 0, o.Length) == 0);
        if (symbol is not null)
        {
            _position += symbol.Length;
            return symbol;
        }

        var start = _position;
        var word = ReadIdentifier();
        if (word == "in")
        {
            return "in";
        }

        if (word == "not" && ReadIdentifier() == "in")
        {
            return "not in";
        }

        _position = start;
        return null;
    }

    /// <summary>One value, or a bracketed list of them.</summary>
    public (IReadOnlyList<ParameterValue>? Values, bool IsList, string? Error) ReadValues()
    {
        SkipSpaces();
        if (_position >= text.Length || text[_position] != '[')
        {
            var single = ReadValue(out var error);
            return single is null ? (null, false, error) : ([single.Value], false, null);
        }

        _position++;
        var values = new List<ParameterValue>();
        while (true)
        {
            SkipSpaces();
            if (_position < text.Length && text[_position] == ']' && values.Count > 0)
            {
                _position++;
                return (values, true, null);
            }

            var value = ReadValue(out var error);
            if (value is null)
            {
                var empty = values.Count == 0 && error == "missing value";
                return (null, true, empty ? "the list is empty" : error);
            }

            values.Add(value.Value);
            SkipSpaces();
            if (_position < text.Length && text[_position] == ',')
            {
                _position++;
            }
            else if (_position >= text.Length || text[_position] != ']')
            {
                return (null, true, "expected ',' or ']' in the list");
            }
        }
    }

    private ParameterValue? ReadValue(out string? error)
    {
        SkipSpaces();
        error = null;
        if (_position >= text.Length || text[_position] is ']' or ',')
        {
            error = "missing value";
            return null;
        }

        if (text[_position] is '\'' or '"')
        {
            return ReadQuoted(out error);
        }

        var number = Number().Match(text, _position);
        if (number.Success && number.Index == _position)
        {
            _position += number.Length;
            return ParseNumber(number.Value, out error);
        }

        var word = ReadIdentifier();
        if (word is null)
        {
            error = $"cannot read a value at '{Rest}'";
            return null;
        }

        return word switch
        {
            "true" => ParameterValue.Of(true),
            "false" => ParameterValue.Of(false),
            _ => ParameterValue.Of(word),
        };
    }

    private ParameterValue? ReadQuoted(out string? error)
    {
        var quote = text[_position];
        var end = text.IndexOf(quote, _position + 1);
        if (end < 0)
        {
            error = $"the string starting at '{Rest}' has no closing {quote}";
            return null;
        }

        error = null;
        var value = text[(_position + 1)..end];
        _position = end + 1;
        return ParameterValue.Of(value);
    }

    private static ParameterValue? ParseNumber(string literal, out string? error)
    {
        error = null;
        var isFloat = literal.IndexOfAny(['.', 'e', 'E']) >= 0;
        var culture = CultureInfo.InvariantCulture;
        if (!isFloat && long.TryParse(literal, NumberStyles.AllowLeadingSign, culture, out var integer))
        {
            return ParameterValue.Of(integer);
        }

        if (double.TryParse(literal, NumberStyles.Float, culture, out var number) &&
            double.IsFinite(number))
        {
            return ParameterValue.Of(number);
        }

        error = $"the number {literal} is out of range";
        return null;
    }

    private void SkipSpaces()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    [GeneratedRegex(@"\G[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\G[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?![A-Za-z_])")]
    private static partial Regex Number();
}
