using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Templates;
using Scriban.Runtime;

namespace DotnetTune.Trials;

/// <summary>
/// The variables a template sees. Code that depends only on `tune`, `template` and `parameters`
/// (names and types) renders the same for every trial and so shares one build; `values` holds
/// this trial's values for templates that want them in code (each distinct value then builds).
/// Every object is strict: reading a member it does not have is an error at that place.
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
        var known = space.Parameters.Select(p => p.Name)
            .Concat(template.Parameters.Keys)
            .ToHashSet(StringComparer.Ordinal);
        var model = new ScriptObject();
        model.Add("tune", Tune(assets, target));
        model.Add("template", TemplateObject(template));
        model.Add("parameters", Parameters(space));
        model.Add("values", Values(template, space, values));
        TemplateFunctions.ImportInto(model, values, known);
        return model;
    }

    private static StrictScriptObject Tune(ToolAssets assets, TrialRuntimeTarget target) => Frozen(
        new StrictScriptObject("tune")
        {
            ["runtime_assembly"] = assets.RuntimeAssembly,
            ["build_targets"] = assets.BuildTargets,
            ["torchsharp_version"] = TrialRuntimeTarget.TorchSharpVersion,
            ["libtorch_package"] = target.LibTorchPackage,
            ["libtorch_version"] = TrialRuntimeTarget.LibTorchVersion,
            ["runtime_identifier"] = target.RuntimeIdentifier,
            ["target_framework"] = TrialRuntimeTarget.TargetFramework,
        });

    private static ScriptArray Parameters(SearchSpace space)
    {
        var list = new ScriptArray();
        foreach (var parameter in space.Parameters)
        {
            list.Add(Frozen(new StrictScriptObject("a parameter")
            {
                ["name"] = parameter.Name,
                ["kind"] = parameter.ValueKind.ToString().ToLowerInvariant(),
                ["cs_type"] = CSharpLiteral.TypeOf(parameter.ValueKind),
                ["tuned"] = parameter is not FixedParameter,
            }));
        }

        return list;
    }

    private static StrictScriptObject TemplateObject(TemplateInfo template) =>
        Frozen(new StrictScriptObject("template") { ["name"] = template.Name });

    private static StrictScriptObject Values(
        TemplateInfo template, SearchSpace space, Configuration values)
    {
        var script = new StrictScriptObject("values", name => WhyNoValue(name, template, space));
        foreach (var (name, value) in values)
        {
            script[name] = CSharpLiteral.ToClr(value);
        }

        return Frozen(script);
    }

    private static string WhyNoValue(string name, TemplateInfo template, SearchSpace space)
    {
        var guard = $"test it first with has_value \"{name}\"";
        if (space.Find(name) is { Condition: { } condition })
        {
            return $"values has no '{name}' in this trial: it is active only when {condition}; " +
                   guard;
        }

        if (template.Parameters.TryGetValue(name, out var declared))
        {
            return $"values has no '{name}': the study does not set it, so trials get the " +
                   $"template's default {declared.Default.ToLiteral()}; {guard}";
        }

        var names = space.Parameters.Select(p => p.Name).Concat(template.Parameters.Keys);
        var near = KeySuggester.DidYouMean(name, names.Distinct());
        return $"values has no '{name}': neither the study nor the template has such a " +
               $"parameter{near}";
    }

    private static StrictScriptObject Frozen(StrictScriptObject script)
    {
        script.IsReadOnly = true;
        return script;
    }
}
