using DotnetTune.Space;
using DotnetTune.Templates;
using DotnetTune.Trials;

namespace DotnetTune.Core.Tests.Templates;

/// <summary>
/// What template tests render with: tool paths that need not exist, a CPU target, and a space
/// with a choice, a conditional float (momentum, only for sgd) and fixed values of every kind.
/// </summary>
public static class RenderSamples
{
    public const string Text = "say \"hi\"\\ naïve ✓";

    public static ToolAssets Assets { get; } = new(
        "/opt/tune/runtime/DotnetTune.Trial.dll",
        "/opt/tune/build/DotnetTune.Build.targets",
        "/opt/tune/templates",
        "/opt/tune/samples",
        "/opt/tune/schema/tune.schema.json");

    public static TrialRuntimeTarget Target { get; } = new("linux-x64", "libtorch-cpu-linux-x64", "cpu");

    public static Condition WhenSgd { get; } =
        new("optimizer", ConditionOperator.In, [ParameterValue.Of("sgd")]);

    public static SearchSpace Space { get; } = new(
    [
        new CategoricalParameter("optimizer", [ParameterValue.Of("adam"), ParameterValue.Of("sgd")]),
        new FloatParameter("momentum", 0.5, 0.99) { Condition = WhenSgd },
        new FixedParameter("ratio", ParameterValue.Of(0.9)),
        new FixedParameter("count", ParameterValue.Of(7L)),
        new FixedParameter("flag", ParameterValue.Of(true)),
        new FixedParameter("text", ParameterValue.Of(Text)),
    ]);

    /// <summary>optimizer adam, so momentum is inactive.</summary>
    public static Configuration Adam { get; } = Space.Build((parameter, _) => parameter switch
    {
        CategoricalParameter choice => choice.Choices[0],
        _ => parameter.GridValue(0),
    });

    /// <summary>optimizer sgd with momentum 0.9.</summary>
    public static Configuration Sgd { get; } = Space.Build((parameter, _) => parameter switch
    {
        CategoricalParameter choice => choice.Choices[1],
        FloatParameter => ParameterValue.Of(0.9),
        _ => parameter.GridValue(0),
    });

    public static IReadOnlyList<RenderedFile> Render(TemplateInfo template, Configuration values)
    {
        var model = RenderModel.Create(template, Space, values, Assets, Target);
        return TemplateRenderer.Load(template).Render(model);
    }

    public static string RenderOne(TemplateInfo template, Configuration values) =>
        Render(template, values).Single().Text;

    /// <summary>The error lines of a render that must fail, with the template folder as {dir}.</summary>
    public static IReadOnlyList<string> RenderErrors(ScratchTemplate scratch, Configuration values)
    {
        var error = Should.Throw<TemplateException>(() => Render(scratch.Info(), values));
        return error.Diagnostics.Select(d => d.ToString().Replace(scratch.Directory, "{dir}")).ToList();
    }
}
