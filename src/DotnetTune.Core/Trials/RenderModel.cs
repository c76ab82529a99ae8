using DotnetTune.Space;
using DotnetTune.Templates;
using Scriban.Runtime;

namespace DotnetTune.Trials;

/// <summary>
/// The variables a template sees. Code that depends only on `tune`, `template` and `parameters`
/// (names and types) renders the same for every trial and so shares one build; `values` holds
/// this trial's values for templates that want them in code (each distinct value then builds).
/// </summary>
public static class RenderModel
{
    public static ScriptObject Create(
        TemplateInfo template,
        SearchSpace space,
        Configuration values,
        ToolAssets assets,
        TrialRuntimeTarget target)
    {
        var model = new ScriptObject();
        model.Add("tune", Tune(assets, target));
        model.Add("template", new ScriptObject { ["name"] = template.Name });
        model.Add("parameters", Parameters(space));
        model.Add("values", Values(values));
        model.Import("cs_string", new Func<object?, string>(value => CSharpLiteral.String(value?.ToString() ?? "")));
        model.Import("cs_literal", new Func<object?, string>(CSharpLiteral.Of));
        return model;
    }

    private static ScriptObject Tune(ToolAssets assets, TrialRuntimeTarget target) => new()
    {
        ["runtime_assembly"] = assets.RuntimeAssembly,
        ["build_targets"] = assets.BuildTargets,
        ["torchsharp_version"] = TrialRuntimeTarget.TorchSharpVersion,
        ["libtorch_package"] = target.LibTorchPackage,
        ["libtorch_version"] = TrialRuntimeTarget.LibTorchVersion,
        ["runtime_identifier"] = target.RuntimeIdentifier,
        ["target_framework"] = TrialRuntimeTarget.TargetFramework,
    };

    private static ScriptArray Parameters(SearchSpace space)
    {
        var list = new ScriptArray();
        foreach (var parameter in space.Parameters)
        {
            list.Add(new ScriptObject
            {
                ["name"] = parameter.Name,
                ["kind"] = parameter.ValueKind.ToString().ToLowerInvariant(),
                ["cs_type"] = CSharpLiteral.TypeOf(parameter.ValueKind),
                ["tuned"] = parameter is not FixedParameter,
            });
        }

        return list;
    }

    private static ScriptObject Values(Configuration values)
    {
        var script = new ScriptObject();
        foreach (var (name, value) in values)
        {
            script[name] = CSharpLiteral.ToClr(value);
        }

        return script;
    }
}
