namespace DotnetTune.Trial; public static class Placeholder {}
