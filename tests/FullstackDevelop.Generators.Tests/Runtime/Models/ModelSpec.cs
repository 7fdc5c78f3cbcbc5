using System.Collections.Generic;
using System.Linq;
using System.Text;
using FullstackDevelop.Generators.Tests.Infrastructure;

namespace FullstackDevelop.Generators.Tests.Runtime.Models;

/// <summary>An error the random model contains on purpose, which the generator must report.</summary>
/// <param name="Category">Which kind of error, for the coverage count.</param>
/// <param name="Kind">What was done, for messages.</param>
/// <param name="Id">The diagnostic the generator must report.</param>
/// <param name="File">The file it must be reported in.</param>
/// <param name="Line">Where it must be reported: a getter, since the line is known once the source is written.</param>
internal sealed record InjectedDefect(string Category, string Kind, string Id, System.Func<string> File, System.Func<int> Line);

/// <summary>A random entity model: the entities in an order in which rows can be created, and the source that declares them.</summary>
internal sealed class ModelSpec
{
    public ModelSpec(int index, int seed)
    {
        Index = index;
        Seed = seed;
    }

    public int Index { get; }

    public int Seed { get; }

    /// <summary>The project's name, which is also the generated code's prefix (<c>Add{Prefix}Backend</c>).</summary>
    public string Prefix => "Model" + Index;

    /// <summary>The project's RootNamespace, under which the backend is generated.</summary>
    public string RootNamespace => "Random" + Index;

    /// <summary>Declares <c>user-authentication</c>: every endpoint needs a bearer token.</summary>
    public bool Authentication { get; set; }

    public List<EnumSpec> Enums { get; } = new();

    /// <summary>The entities, each after those its required references point to.</summary>
    public List<EntitySpec> Entities { get; } = new();

    public List<ManyToManySpec> ManyToMany { get; } = new();

    /// <summary>A property of the plain (non-entity) class <c>Address</c> is declared.</summary>
    public bool UsesAddress { get; set; }

    public InjectedDefect? Defect { get; set; }

    /// <summary>The source files, once written.</summary>
    public IReadOnlyList<SourceFile> Files { get; set; } = new List<SourceFile>();

    /// <summary>Every file of the model, for a failure message that reproduces it.</summary>
    public string Source()
    {
        var text = new StringBuilder();
        foreach (var file in Files)
        {
            text.Append("// ==== ").AppendLine(file.Path).AppendLine(file.Text);
        }

        return text.ToString();
    }

    public IEnumerable<ReferenceSpec> References => Entities.SelectMany(e => e.References);
}
