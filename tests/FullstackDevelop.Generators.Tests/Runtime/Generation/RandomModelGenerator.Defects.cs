using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Generation;

/// <summary>The errors a random model contains on purpose: each is one EF Core would reject at startup, or the API could not serve.</summary>
internal sealed partial class RandomModelGenerator
{
    private void InjectDefect()
    {
        var options = new List<Func<InjectedDefect>>();
        var references = _model.References.Where(r => !r.ForeignKey.IsKey).ToList();
        var singleKeys = _model.Entities.Where(e => _keys[e].Count == 1 && _keys[e][0].ForeignKeyOf is null).ToList();
        var setKeys = singleKeys.Where(e => !_keys[e][0].IsGenerated).ToList();
        if (references.Count > 0)
        {
            options.Add(() => ForeignKeyTypeMismatch(Pick(references)));
            options.Add(() => MissingForeignKey(Pick(references)));
        }

        if (singleKeys.Count > 0)
        {
            options.Add(() => KeyOfType(Pick(singleKeys), "double", "a double key"));
            options.Add(() => KeyOfType(Pick(singleKeys), null, "a nullable key"));
        }

        if (setKeys.Count > 0)
        {
            options.Add(() => PrivateKeySetter(Pick(setKeys)));
        }

        if (_composite.Count > 0 && _model.Entities.Count > 1)
        {
            options.Add(() => ReferenceToCompositeKey(Pick(_composite.ToList())));
        }

        options.Add(() => Abstract(Pick(_model.Entities)));
        _model.Defect = Pick(options)();
    }

    // int? UserId beside User? User where User.Id is a Guid (the point 6).
    private InjectedDefect ForeignKeyTypeMismatch(ReferenceSpec reference)
    {
        var foreignKey = reference.ForeignKey;
        var type = ScalarTypes.CSharp(Pick(ScalarTypes.KeyTypes.Where(t => t != foreignKey.Type).ToList()));
        var member = reference.Source.Member(foreignKey.Name);
        member.Declaration = "public " + type + (foreignKey.Nullable ? "? " : " ") + foreignKey.Name + " { get; set; }" + (type == "string" && !foreignKey.Nullable ? " = \"\";" : string.Empty);
        var navigation = reference.Source.Member(reference.Name);
        return new InjectedDefect("foreign key " + reference.Source.Name + "." + foreignKey.Name + " of type " + type + " for the key of " + reference.Target.Name, "FSD0033", () => navigation.File, () => navigation.Line);
    }

    private static InjectedDefect MissingForeignKey(ReferenceSpec reference)
    {
        var navigation = reference.Source.Member(reference.Name);
        navigation.Attributes.RemoveAll(a => a.StartsWith("ForeignKey", StringComparison.Ordinal));
        navigation.Attributes.Add("ForeignKey(\"Missing\")");
        return new InjectedDefect("[ForeignKey] naming no property on " + reference.Source.Name + "." + reference.Name, "FSD0033", () => navigation.File, () => navigation.Line);
    }

    private InjectedDefect KeyOfType(EntitySpec entity, string? type, string kind)
    {
        var key = _keys[entity][0];
        var member = entity.Member(key.Name);
        member.Declaration = "public " + (type ?? ScalarTypes.CSharp(key.Type) + "?") + " " + key.Name + " { get; set; }";
        return new InjectedDefect(kind + " " + entity.Name + "." + key.Name, "FSD0031", () => member.File, () => member.Line);
    }

    private InjectedDefect PrivateKeySetter(EntitySpec entity)
    {
        var key = _keys[entity][0];
        key.Access = Access.PrivateSetter;
        var member = entity.Member(key.Name);
        member.Declaration = Declarations.Property(key);
        return new InjectedDefect("a private setter on the key " + entity.Name + "." + key.Name + ", which is not generated", "FSD0031", () => member.File, () => member.Line);
    }

    private InjectedDefect ReferenceToCompositeKey(EntitySpec composite)
    {
        var source = Pick(_model.Entities.Where(e => e != composite).ToList());
        var name = Free(source, composite.Name);
        var keyName = Free(source, name + "Id");
        var navigation = Declarations.Reference(name, composite);
        source.Members.Add(new MemberSpec(keyName, "public " + ScalarTypes.CSharp(_keys[composite][0].Type) + "? " + keyName + " { get; set; }"));
        source.Members.Add(navigation);
        return new InjectedDefect("a reference from " + source.Name + " to " + composite.Name + ", whose key is composite, through one foreign key", "FSD0033", () => navigation.File, () => navigation.Line);
    }

    private static InjectedDefect Abstract(EntitySpec entity)
    {
        entity.IsAbstract = true;
        return new InjectedDefect("the abstract entity " + entity.Name, "FSD0036", () => entity.File, () => entity.AttributeLine);
    }
}
