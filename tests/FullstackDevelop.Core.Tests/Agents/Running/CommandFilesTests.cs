using System.IO;
using System.Linq;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Hashing;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Running;

public sealed class CommandFilesTests : System.IDisposable
{
    // The project is a folder of the temporary one, so a file beside the project is outside it.
    private readonly TemporaryDirectory _root = new();

    public CommandFilesTests()
    {
        Directory.CreateDirectory(Project("tools"));
        File.WriteAllText(Project("tools", "prices.sh"), "echo prices");
        File.WriteAllText(Project("tools", "words.txt"), "a b");
        File.WriteAllText(_root.Combine("outside.sh"), "echo outside");
    }

    private string ProjectPath => _root.Combine("project");

    public void Dispose() => _root.Dispose();

    private string Project(params string[] parts) => Path.Combine(ProjectPath, Path.Combine(parts));

    [Theory]
    [InlineData("sh tools/prices.sh", new[] { "tools/prices.sh" })]
    [InlineData("sh ./tools/prices.sh --words \"tools/words.txt\"", new[] { "./tools/prices.sh", "tools/words.txt" })]
    [InlineData("cat tools/words.txt|sh tools/prices.sh>out;echo done", new[] { "tools/prices.sh", "tools/words.txt" })]
    [InlineData("sh tools/missing.sh", new string[0])]
    [InlineData("sh tools", new string[0])]
    [InlineData("sh ../outside.sh /etc/hostname", new string[0])]
    public void The_words_of_a_command_that_name_a_file_of_the_project_are_its_files(string command, string[] expected)
    {
        Assert.Equal(expected, CommandFiles.Of(command, ProjectPath).Select(file => file.Key));
    }

    [Fact]
    public void A_files_hash_is_the_hash_of_its_content_so_an_edit_changes_it()
    {
        var before = CommandFiles.Of("sh tools/prices.sh", ProjectPath).Single();
        Assert.Equal(ContentHash.Of("echo prices"), before.Value);

        File.WriteAllText(Project("tools", "prices.sh"), "echo other prices");

        Assert.Equal(ContentHash.Of("echo other prices"), CommandFiles.Of("sh tools/prices.sh", ProjectPath).Single().Value);
    }
}
