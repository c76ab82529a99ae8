using System.Security.Cryptography;

namespace DotnetTune.Tool;

/// <summary>A short hash of the manifest's text, stored with the study to notice edits between runs.</summary>
public static class ManifestHash
{
    public static string Of(string path) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16];
}
