using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.Core.Tests.Agents.Infrastructure;

/// <summary>npm packages installed once per package.json, under the system temp folder.</summary>
internal static class NodeModules
{
    public static string? FindOnPath(string tool) => ToolPath.Find(tool);

    /// <summary>The folder whose node_modules holds the packages of <paramref name="packageJson"/>; installs them on first use.</summary>
    public static async Task<string> InstallAsync(string packageJson)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(packageJson)))[..16].ToLowerInvariant();
        var folder = Path.Combine(Path.GetTempPath(), "fullstack-frontend-typecheck", hash);
        var marker = Path.Combine(folder, "installed");
        if (File.Exists(marker))
        {
            return folder;
        }

        // Install beside the final folder and move it into place, so that concurrent runs never see half an install.
        var staging = folder + ".staging-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(staging);
        await File.WriteAllTextAsync(Path.Combine(staging, "package.json"), packageJson);
        var npm = FindOnPath("npm") ?? throw new InvalidOperationException("npm is not on the PATH.");
        var install = await ProcessRunner.RunAsync(npm, staging, TimeSpan.FromMinutes(10), "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error");
        if (install.ExitCode != 0)
        {
            TryDelete(staging);
            throw new InvalidOperationException("npm install failed:" + Environment.NewLine + install.Output);
        }

        await File.WriteAllTextAsync(Path.Combine(staging, "installed"), hash);
        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException) when (File.Exists(marker))
        {
            // Another run moved its installation into place first.
            TryDelete(staging);
        }

        return folder;
    }

    /// <summary>Deletes a folder the test made; a leftover under the temp folder is harmless.</summary>
    public static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover project under the temp folder is harmless.
        }
    }
}
