using DotnetTune.Space;
using DotnetTune.Templates;

namespace DotnetTune.Core.Tests.Templates;

public sealed class CSharpLiteralTests
{
    [Theory]
    [InlineData("adam", "\"adam\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\temp", "\"C:\\\\temp\"")]
    [InlineData("a\nb", "\"a\\nb\"")]
    [InlineData("\"); System.Environment.Exit(1); //", "\"\\\"); System.Environment.Exit(1); //\"")]
    [InlineData("naïve", "\"na\\u00efve\"")]
    public void String_AnyText_IsOneSafeAsciiLiteral(string value, string expected)
    {
        CSharpLiteral.String(value).ShouldBe(expected);
    }

    [Fact]
    public void Of_EachKind_KeepsItsType()
    {
        CSharpLiteral.Of(ParameterValue.Of(0.9)).ShouldBe("0.9");
        CSharpLiteral.Of(ParameterValue.Of(1.0)).ShouldBe("1.0");
        CSharpLiteral.Of(ParameterValue.Of(1e-5)).ShouldBe("1E-05");
        CSharpLiteral.Of(ParameterValue.Of(64L)).ShouldBe("64L");
        CSharpLiteral.Of(ParameterValue.Of(true)).ShouldBe("true");
        CSharpLiteral.Of(ParameterValue.Of("sgd")).ShouldBe("\"sgd\"");
        CSharpLiteral.Of(double.NaN).ShouldBe("double.NaN");
    }
}
