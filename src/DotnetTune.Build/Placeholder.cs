namespace DotnetTune.Build; public static class Placeholder {}
