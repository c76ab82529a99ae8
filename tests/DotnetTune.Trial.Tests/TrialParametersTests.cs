using System.Text.Json;

namespace DotnetTune.Trial.Tests;

public sealed class TrialParametersTests
{
    private readonly TrialParameters _parameters = Parameters(
        chosen: """
            { "learning_rate": 0.003, "batch_size": 64, "optimizer": "sgd", "nesterov": true }
            """,
        defaults: """
            { "learning_rate": 0.001, "hidden": 128, "optimizer": "adam", "dropout": 0.0 }
            """);

    [Fact]
    public void GetDouble_ChosenValue_WinsOverDefault() =>
        _parameters.GetDouble("learning_rate").ShouldBe(0.003);

    [Fact]
    public void GetDouble_OnlyDefault_FallsBackToIt() =>
        _parameters.GetDouble("dropout").ShouldBe(0.0);

    [Fact]
    public void GetDouble_IntegerValue_ReadsAsDouble() =>
        _parameters.GetDouble("hidden").ShouldBe(128.0);

    [Fact]
    public void GetInt_IntegerValue_ReadsIt() =>
        _parameters.GetInt("batch_size").ShouldBe(64);

    [Fact]
    public void GetInt_FloatValue_ThrowsNamingTheParameter()
    {
        var error = Should.Throw<TrialException>(() => _parameters.GetInt("learning_rate"));

        error.ExitCode.ShouldBe(TrialExitCodes.BadConfig);
        error.Message.ShouldBe(
            "trial.json: parameter 'learning_rate' must be an integer that fits in 32 bits, not 0.003");
    }

    [Fact]
    public void GetString_ChosenValue_ReadsIt() =>
        _parameters.GetString("optimizer").ShouldBe("sgd");

    [Fact]
    public void GetBool_ChosenValue_ReadsIt() =>
        _parameters.GetBool("nesterov").ShouldBeTrue();

    [Fact]
    public void GetDouble_StringValue_Throws() =>
        Should.Throw<TrialException>(() => _parameters.GetDouble("optimizer"))
            .Message.ShouldContain("parameter 'optimizer' must be a number, not \"sgd\"");

    [Fact]
    public void GetDouble_UnknownParameter_ThrowsSayingWhereItLooked()
    {
        var error = Should.Throw<TrialException>(() => _parameters.GetDouble("momentum"));

        error.ExitCode.ShouldBe(TrialExitCodes.BadConfig);
        error.Message.ShouldBe(
            "trial.json: has no value for parameter 'momentum' (looked in \"params\", then \"defaults\")");
    }

    [Fact]
    public void GetChoice_ValueOutsideChoices_ThrowsListingThem() =>
        Should.Throw<TrialException>(() => _parameters.GetChoice("optimizer", "adam", "rmsprop"))
            .Message.ShouldContain("expected one of adam, rmsprop");

    private static TrialParameters Parameters(string chosen, string defaults) =>
        new("trial.json", Table(chosen), Table(defaults));

    private static Dictionary<string, JsonElement> Table(string json) =>
        JsonDocument.Parse(json).RootElement
            .EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.Clone());
}
