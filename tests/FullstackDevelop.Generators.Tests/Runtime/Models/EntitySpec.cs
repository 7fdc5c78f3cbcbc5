using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Generators.Tests.Runtime.Models;

/// <summary>An <c>[Entity]</c> class of a random model.</summary>
internal sealed class EntitySpec
{
    public EntitySpec(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>The plural: every name the models use takes an <c>s</c>.</summary>
    public string Plural => Name + "s";

    /// <summary>The collection route: <c>/api/order-lines</c>.</summary>
    public string Route => "/api/" + Kebab(Plural);

    /// <summary>The properties in declaration order.</summary>
    public List<MemberSpec> Members { get; } = new();

    /// <summary>The stored fields in declaration order, keys and foreign keys included.</summary>
    public IEnumerable<FieldSpec> Fields => Members.Where(m => m.Field is not null).Select(m => m.Field!);

    /// <summary>The key parts in declaration order (which is the order of the route's parts).</summary>
    public IReadOnlyList<FieldSpec> Keys => Fields.Where(f => f.IsKey).ToList();

    /// <summary>The references with a foreign key this entity declares.</summary>
    public List<ReferenceSpec> References { get; } = new();

    /// <summary>True when the class is declared <c>abstract</c> (an injected error).</summary>
    public bool IsAbstract { get; set; }

    public bool IsSealed { get; set; }

    /// <summary>The line of the <c>[Entity]</c> attribute, once the source is written.</summary>
    public int AttributeLine { get; set; }

    public string File => "Domain/" + Name + ".cs";

    public MemberSpec Member(string name) => Members.Single(m => m.Name == name);

    /// <summary>Words joined by hyphens, lower case: <c>OrderLines</c> is <c>order-lines</c>.</summary>
    public static string Kebab(string name)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
