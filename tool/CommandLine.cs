using DotnetTune.Tool.Commands;

namespace DotnetTune.Tool;

/// <summary>Dispatches `dotnet tune VERB [options]` to one command class per verb.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: dotnet tune <command> [manifest] [options]

        Commands:
          run [Tune.toml] [--fresh]   run the study (resumes it when it exists)
          validate [Tune.toml]        check the manifest and print the resolved search space
          status [Tune.toml]          show each trial's state and the best so far
          schema                      print the JSON Schema of Tune.toml
          templates                   list the built-in trial templates

        Options:
          --fresh        start the study over, keeping the old one aside
          --plain        plain progress lines even on a terminal
          -h, --help     show this help
          --version      show the tool's version

        The manifest defaults to Tune.toml in the current folder.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = ParsedArguments.Parse(args);
        if (parsed.Error is not null)
        {
            await error.WriteLineAsync($"error: {parsed.Error}").ConfigureAwait(false);
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        if (parsed.Help || parsed.Verb is null)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return parsed.Verb is null && !parsed.Help ? ExitCodes.UsageError : ExitCodes.Success;
        }

        var context = new CommandContext(output, error, Environment.CurrentDirectory);
        try
        {
            return parsed.Verb switch
            {
                "run" => await new RunCommand(context).ExecuteAsync(parsed).ConfigureAwait(false),
                "validate" => new ValidateCommand(context).Execute(parsed),
                "status" => new StatusCommand(context).Execute(parsed),
                "schema" => new SchemaCommand(context).Execute(),
                "templates" => new TemplatesCommand(context).Execute(),
                "--version" or "version" => ShowVersion(output),
                "help" => ShowHelp(output),
                _ => UnknownVerb(parsed.Verb, error),
            };
        }
        catch (UserFacingException problem)
        {
            await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {problem.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
    }

    private static int ShowVersion(TextWriter output)
    {
        output.WriteLine($"dotnet-tune {ToolVersion.Current}");
        return ExitCodes.Success;
    }

    private static int ShowHelp(TextWriter output)
    {
        output.WriteLine(Usage);
        return ExitCodes.Success;
    }

    private static int UnknownVerb(string verb, TextWriter error)
    {
        error.WriteLine($"error: unknown command '{verb}'");
        error.WriteLine(Usage);
        return ExitCodes.UsageError;
    }
}

/// <summary>A problem the user can fix; printed as it is, without a stack trace, exit code 2.</summary>
public sealed class UserFacingException(string message) : Exception(message);

/// <summary>Where a command writes and which folder it runs in.</summary>
public sealed record CommandContext(TextWriter Output, TextWriter Error, string WorkingDirectory);
