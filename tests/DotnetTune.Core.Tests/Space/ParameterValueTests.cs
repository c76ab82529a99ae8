using System.Text.Json;
using DotnetTune.Space;

namespace DotnetTune.Core.Tests.Space;

public sealed class ParameterValueTests
{
    [Fact]
    public void Configuration_JsonRoundTrip_KeepsEveryKind()
    {
        var configuration = new Configuration([
            KeyValuePair.Create("lr", ParameterValue.Of(0.9)),
            KeyValuePair.Create("whole", ParameterValue.Of(2.0)),
            KeyValuePair.Create("units", ParameterValue.Of(64L)),
            KeyValuePair.Create("name", ParameterValue.Of("a \"quoted\" näme")),
            KeyValuePair.Create("bias", ParameterValue.Of(false)),
        ]);

        var json = configuration.ToJson();
        var back = Configuration.FromJson(json);

        json.ShouldContain("\"lr\":0.9,");
        json.ShouldContain("\"whole\":2.0,");
        back.Equals(configuration).ShouldBeTrue();
        back["whole"].Kind.ShouldBe(ValueKind.Float);
        back["units"].Kind.ShouldBe(ValueKind.Int);
        back["name"].AsString().ShouldBe("a \"quoted\" näme");
    }

    [Fact]
    public void Configuration_KeyIgnoresOrder()
    {
        var x = KeyValuePair.Create("x", ParameterValue.Of(1L));
        var y = KeyValuePair.Create("y", ParameterValue.Of("s"));
        var a = new Configuration([x, y]);
        var b = new Configuration([y, x]);

        a.Equals(b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Fact]
    public void FromJson_IntegerAndFloatText_KeepTheirKinds()
    {
        using var document = JsonDocument.Parse("[3, 3.0, 1e-3]");
        var values = document.RootElement.EnumerateArray().Select(ParameterValue.FromJson).ToList();

        values[0].Kind.ShouldBe(ValueKind.Int);
        values[1].Kind.ShouldBe(ValueKind.Float);
        values[2].AsDouble().ShouldBe(0.001);
    }
}
