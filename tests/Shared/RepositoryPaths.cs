using System;
using System.IO;

namespace FullstackDevelop.Tests.Shared;

/// <summary>Finds files of the repository the tests were built from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FullstackDevelop.Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run from a build inside the repository: FullstackDevelop.Generators.sln was not found above " + AppContext.BaseDirectory);
    }
}
