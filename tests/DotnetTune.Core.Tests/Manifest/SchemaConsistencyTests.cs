using System.Text.Json;
using DotnetTune.Manifest;

namespace DotnetTune.Core.Tests.Manifest;

/// <summary>schema/tune.schema.json must describe exactly the keys and words the loader accepts.</summary>
public sealed class SchemaConsistencyTests
{
    private static readonly JsonElement s_schema = LoadSchema();

    public static TheoryData<string, string[]> Tables { get; } = new()
    {
        { "/properties/study", [.. ManifestKeys.Study] },
        { "/properties/objective", [.. ManifestKeys.Objective] },
        { "/properties/search", [.. ManifestKeys.Search] },
        { "/properties/search/properties/coarse_to_fine", [.. ManifestKeys.CoarseToFine] },
        { "/properties/search/properties/bayesian", [.. ManifestKeys.Bayesian] },
        { "/properties/trial", [.. ManifestKeys.Trial] },
    };

    public static TheoryData<string, string[]> Words { get; } = new()
    {
        { "/properties/search/properties/strategy/enum", [.. ManifestKeys.Strategies] },
        { "/properties/objective/properties/direction/enum", [.. ManifestKeys.Directions] },
        { "/properties/trial/properties/device/enum", [.. ManifestKeys.Devices] },
        { "/properties/search/properties/bayesian/properties/model/enum", [.. ManifestKeys.BayesianModels] },
        { "/$defs/floatParameter/properties/scale/enum", [.. ManifestKeys.Scales] },
        { "/$defs/intParameter/properties/scale/enum", [.. ManifestKeys.Scales] },
        { "/$defs/parameterName/not/enum", [.. ManifestKeys.ReservedParameterNames.Keys] },
    };

    [Fact]
    public void Schema_Dialect_IsDraft202012()
    {
        s_schema.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");
    }

    [Fact]
    public void Schema_TopLevel_HasTheSectionsAndTheSchemaKey()
    {
        Keys("").ShouldBe([.. ManifestKeys.Sections, ManifestKeys.SchemaDirective], ignoreOrder: true);
        At("/required").EnumerateArray().Select(e => e.GetString()).ShouldBe(ManifestKeys.Sections, ignoreOrder: true);
        At("/additionalProperties").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Schema_Table_HasExactlyTheKeysTheLoaderReads(string pointer, string[] keys)
    {
        Keys(pointer).ShouldBe(keys, ignoreOrder: true);
        At(pointer + "/additionalProperties").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Schema_Enum_HasExactlyTheWordsTheLoaderAccepts(string pointer, string[] words)
    {
        At(pointer).EnumerateArray().Select(e => e.GetString()).ShouldBe(words, ignoreOrder: true);
    }

    [Theory]
    [InlineData("floatParameter", "float")]
    [InlineData("intParameter", "int")]
    [InlineData("choiceParameter", "choice")]
    [InlineData("boolParameter", "bool")]
    [InlineData("fixedParameter", "fixed")]
    public void Schema_ParameterTable_HasTheKeysOfItsType(string definition, string type)
    {
        string[] expected = ["type", "when", .. ManifestKeys.ParameterKeysByType[type]];

        Keys($"/$defs/{definition}").ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void Schema_ParameterTypes_AreTheLoaderTypes()
    {
        string[] definitions =
            ["floatParameter", "intParameter", "choiceParameter", "boolParameter", "fixedParameter"];
        var types = definitions.SelectMany(d =>
        {
            var type = At($"/$defs/{d}/properties/type");
            return type.TryGetProperty("const", out var single)
                ? [single.GetString()!]
                : type.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        });

        types.ShouldBe(ManifestKeys.ParameterTypes, ignoreOrder: true);
        var keys = definitions.SelectMany(d => Keys($"/$defs/{d}")).Distinct();
        keys.ShouldBe(ManifestKeys.Parameter, ignoreOrder: true);
    }

    [Fact]
    public void Schema_ParameterNames_FollowTheLoaderRule()
    {
        At("/$defs/parameterName/pattern").GetString().ShouldBe("^[A-Za-z_][A-Za-z0-9_]{0,63}$");
    }

    private static List<string> Keys(string pointer) =>
        At(pointer + "/properties").EnumerateObject().Select(p => p.Name).ToList();

    private static JsonElement At(string pointer)
    {
        var element = s_schema;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            element = element.GetProperty(part);
        }

        return element;
    }

    private static JsonElement LoadSchema()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        const string relative = "schema/tune.schema.json";
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, relative)))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder.ShouldNotBeNull($"{relative} not found above the tests").FullName, relative);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
