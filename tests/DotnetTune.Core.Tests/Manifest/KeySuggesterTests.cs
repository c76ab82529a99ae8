using DotnetTune.Manifest;

namespace DotnetTune.Core.Tests.Manifest;

public sealed class KeySuggesterTests
{
    [Theory]
    [InlineData("learnin_rate", "learning_rate")]
    [InlineData("Learning_Rate", "learning_rate")]
    [InlineData("stpe", "step")]
    [InlineData("hihg", "high")]
    [InlineData("startup_trails", "startup_trials")]
    public void Nearest_Typo_FindsTheIntendedKey(string typo, string intended)
    {
        string[] known = ["learning_rate", "step", "high", "low", "startup_trials", "strategy"];

        KeySuggester.Nearest(typo, known).ShouldBe(intended);
    }

    [Fact]
    public void Nearest_UnrelatedWord_SuggestsNothing()
    {
        KeySuggester.Nearest("zzz", ["learning_rate", "batch_size"]).ShouldBeNull();
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "four", 4)]
    public void Distance_Pairs_CountEdits(string a, string b, int expected)
    {
        KeySuggester.Distance(a, b).ShouldBe(expected);
    }
}
