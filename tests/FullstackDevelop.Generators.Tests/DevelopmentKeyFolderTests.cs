using System;
using System.IO;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// The development signing key of a user whose local application data folder does not exist yet, as for a new account
/// on Linux with no <c>~/.local/share</c>: the folder is made and the key kept in it, and the app starts.
/// </summary>
[Collection(ChangesProcessEnvironment.Name)]
public sealed class DevelopmentKeyFolderTests
{
    [SkippableFact]
    public void A_user_without_a_local_application_data_folder_gets_it_made_with_the_key_in_it()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "XDG_DATA_HOME places LocalApplicationData on Linux only.");
        using var home = new TemporaryDirectory();
        var dataHome = home.Combine("missing", "share");
        var before = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        Environment.SetEnvironmentVariable("XDG_DATA_HOME", dataHome);
        try
        {
            var keys = DevelopmentDefaultsTests.Clinics.Value.GetType("Clinics.Security.ClinicsDevelopmentKey", throwOnError: true)!;

            var key = (string)keys.GetMethod("ReadOrCreate")!.Invoke(null, ["Greenhouse"])!;

            var file = Path.Combine(dataHome, "FullstackDevelop", "Greenhouse", "jwt-signing-key");
            Assert.Equal(key, File.ReadAllText(file));
            Assert.Equal(32, Convert.FromBase64String(key).Length);
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_DATA_HOME", before);
        }
    }
}

/// <summary>Tests that change the process's environment variables run alone, after every other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChangesProcessEnvironment
{
    public const string Name = "process environment";
}
