using System.Runtime.InteropServices;

namespace DotnetTune.Trial;

/// <summary>
/// Makes libtorch's OpenMP threads sleep instead of spin while they wait for work. Trials share
/// their cores with other trials and with builds; spinning threads then take CPU from the ones
/// doing work, and a small model trains several times slower (measured for the mlp-classifier
/// template with 2 threads on 2 busy cores: 3.5-9.4 s spinning, 1.8-2.3 s sleeping). OpenMP
/// reads OMP_WAIT_POLICY when libtorch loads, so this must run before the first use of torch.
/// A value the user set stays.
/// </summary>
internal static class OpenMpWaiting
{
    private const string Variable = "OMP_WAIT_POLICY";

    public static void PreferPassive()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(Variable) is not null)
        {
            return;
        }

        try
        {
            // .NET keeps its own copy of the environment; native code reads libc's.
            if (SetEnvironmentVariable(Variable, "PASSIVE", overwrite: 0) != 0)
            {
                Console.Error.WriteLine($"could not set {Variable}; idle torch threads may spin");
            }
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            Console.Error.WriteLine($"could not set {Variable}=PASSIVE ({error.Message})");
        }
    }

    [DllImport("libc.so.6", EntryPoint = "setenv", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int SetEnvironmentVariable(string name, string value, int overwrite);
}
