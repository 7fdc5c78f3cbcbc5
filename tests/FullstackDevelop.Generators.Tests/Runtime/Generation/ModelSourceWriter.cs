using System.Collections.Generic;
using System.Linq;
using System.Text;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Generation;

/// <summary>Writes a random model's source files, one per entity as users do, and notes the line of each member.</summary>
internal static class ModelSourceWriter
{
    public static void Write(ModelSpec model)
    {
        var files = new List<SourceFile>();
        var requirements = new StringBuilder()
            .AppendLine("using FullstackDevelop;")
            .AppendLine()
            .AppendLine("[assembly: FullstackProject(\"" + model.Prefix + "\")]");
        if (model.Authentication)
        {
            requirements.AppendLine("[assembly: Feature(\"user-authentication\")]");
        }

        files.Add(new SourceFile("Requirements.cs", requirements.ToString()));
        if (model.Enums.Count > 0)
        {
            var enums = new Lines();
            enums.Add("namespace " + model.RootNamespace + ".Domain;");
            foreach (var type in model.Enums)
            {
                enums.Add(string.Empty);
                enums.Add("public enum " + type.Name);
                enums.Add("{");
                foreach (var member in type.Members)
                {
                    enums.Add("    " + member + ",");
                }

                enums.Add("}");
            }

            files.Add(new SourceFile("Domain/Enums.cs", enums.ToString()));
        }

        if (model.UsesAddress)
        {
            files.Add(new SourceFile("Domain/Address.cs", """
                namespace NAMESPACE.Domain;

                // A plain class, not an entity: a property of this type is ignored (FSD0008).
                public sealed class Address
                {
                    public string Street { get; set; } = "";

                    public string City { get; set; } = "";
                }
                """.Replace("NAMESPACE", model.RootNamespace, System.StringComparison.Ordinal)));
        }

        files.AddRange(model.Entities.Select(entity => Entity(model, entity)));
        model.Files = files;
    }

    private static SourceFile Entity(ModelSpec model, EntitySpec entity)
    {
        var lines = new Lines();
        lines.Add("using System;");
        lines.Add("using System.Collections.Generic;");
        lines.Add("using System.ComponentModel.DataAnnotations;");
        lines.Add("using System.ComponentModel.DataAnnotations.Schema;");
        lines.Add("using FullstackDevelop;");
        lines.Add("using Microsoft.EntityFrameworkCore;");
        lines.Add(string.Empty);
        lines.Add("namespace " + model.RootNamespace + ".Domain;");
        lines.Add(string.Empty);
        entity.AttributeLine = lines.Add("[Entity]");
        lines.Add("public " + (entity.IsAbstract ? "abstract " : entity.IsSealed ? "sealed " : string.Empty) + "class " + entity.Name);
        lines.Add("{");
        var first = true;
        foreach (var member in entity.Members)
        {
            if (!first)
            {
                lines.Add(string.Empty);
            }

            first = false;
            foreach (var attribute in member.Attributes)
            {
                lines.Add("    [" + attribute + "]");
            }

            member.File = entity.File;
            member.Line = lines.Add("    " + member.Declaration);
        }

        lines.Add("}");
        return new SourceFile(entity.File, lines.ToString());
    }

    private sealed class Lines
    {
        private readonly StringBuilder _text = new();
        private int _count;

        /// <summary>Appends a line; returns its 1-based number.</summary>
        public int Add(string line)
        {
            _text.Append(line).Append('\n');
            return ++_count;
        }

        public override string ToString() => _text.ToString();
    }
}
