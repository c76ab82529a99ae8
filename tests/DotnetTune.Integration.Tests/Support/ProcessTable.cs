namespace DotnetTune.Integration.Tests.Support;

/// <summary>Reads /proc to find processes left behind by a test.</summary>
public static class ProcessTable
{
    /// <summary>The command lines of running processes that mention a path.</summary>
    public static IReadOnlyList<string> CommandLinesMentioning(string path)
    {
        var found = new List<string>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out _))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(path, StringComparison.Ordinal))
                {
                    found.Add(commandLine);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }

        return found;
    }
}
