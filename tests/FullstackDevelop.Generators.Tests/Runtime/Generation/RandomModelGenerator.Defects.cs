using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Generation;

/// <summary>The errors a random model contains on purpose: each is one EF Core would reject at startup, or the API could not serve.</summary>
internal sealed partial class RandomModelGenerator
{
    private void InjectDefect(int turn)
    {
        var references = _model.References.Where(r => !r.ForeignKey.IsKey).ToList();
        var singleKeys = _model.Entities.Where(e => _keys[e].Count == 1 && _keys[e][0].ForeignKeyOf is null).ToList();
        var setKeys = singleKeys.Where(e => !_keys[e][0].IsGenerated).ToList();
        var kinds = new Func<InjectedDefect?>[]
        {
            () => ForeignKeyTypeMismatch(references.Count > 0 ? Pick(references) : NewReference()),
            () => singleKeys.Count > 0 ? KeyOfType(Pick(singleKeys), "double", "a double key") : null,
            () => Abstract(Pick(_model.Entities)),
            () => _composite.Count > 0 && _model.Entities.Count > 1 ? ReferenceToCompositeKey(Pick(_composite.ToList())) : null,
            () => singleKeys.Count > 0 ? KeyOfType(Pick(singleKeys), null, "a nullable key") : null,
            () => references.Count > 0 ? MissingForeignKey(Pick(references)) : null,
            () => setKeys.Count > 0 ? PrivateKeySetter(Pick(setKeys)) : null,
        };

        // A kind the model cannot have becomes the issue's own example: a foreign key of another type.
        _model.Defect = kinds[turn % kinds.Length]() ?? ForeignKeyTypeMismatch(references.Count > 0 ? Pick(references) : NewReference());
    }

    // A reference where the model has none, to give it a foreign key of the wrong type; every model has an entity with a single key.
    private ReferenceSpec? NewReference()
    {
        var targets = _model.Entities.Where(IsTarget).ToList();
        if (targets.Count == 0)
        {
            return null;
        }

        var source = Pick(_model.Entities);
        var target = Pick(targets);
        return AddReference(source, target, source == target ? "Parent" : target.Name, required: false);
    }

    // int? UserId beside User? User where User.Id is a Guid (the point 6).
    private InjectedDefect ForeignKeyTypeMismatch(ReferenceSpec? reference)
    {
        if (reference is null)
        {
            return Abstract(Pick(_model.Entities));
        }

        var foreignKey = reference.ForeignKey;
        var type = ScalarTypes.CSharp(Pick(ScalarTypes.KeyTypes.Where(t => t != foreignKey.Type).ToList()));
        var member = MemberOf(reference.Source, foreignKey.Name);
        member.Declaration = "public " + type + (foreignKey.Nullable ? "? " : " ") + foreignKey.Name + " { get; set; }" + (type == "string" && !foreignKey.Nullable ? " = \"\";" : string.Empty);
        var navigation = MemberOf(reference.Source, reference.Name);
        return new InjectedDefect("foreign key of another type than the key (FSD0033)", "foreign key " + reference.Source.Name + "." + foreignKey.Name + " of type " + type + " for the key of " + reference.Target.Name, "FSD0033", () => navigation.File, () => navigation.Line);
    }

    private InjectedDefect MissingForeignKey(ReferenceSpec reference)
    {
        var navigation = MemberOf(reference.Source, reference.Name);
        navigation.Attributes.RemoveAll(a => a.StartsWith("ForeignKey", StringComparison.Ordinal));
        navigation.Attributes.Add("ForeignKey(\"Missing\")");
        return new InjectedDefect("[ForeignKey] naming no property (FSD0033)", "[ForeignKey] naming no property on " + reference.Source.Name + "." + reference.Name, "FSD0033", () => navigation.File, () => navigation.Line);
    }

    private InjectedDefect KeyOfType(EntitySpec entity, string? type, string kind)
    {
        var key = _keys[entity][0];
        var member = MemberOf(entity, key.Name);
        member.Declaration = "public " + (type ?? ScalarTypes.CSharp(key.Type) + "?") + " " + key.Name + " { get; set; }";
        return new InjectedDefect(kind + " (FSD0031)", kind + " " + entity.Name + "." + key.Name, "FSD0031", () => member.File, () => member.Line);
    }

    private InjectedDefect PrivateKeySetter(EntitySpec entity)
    {
        var key = _keys[entity][0];
        key.Access = Access.PrivateSetter;
        var member = MemberOf(entity, key.Name);
        member.Declaration = Declarations.Property(key);
        return new InjectedDefect("private setter on a key that is not generated (FSD0031)", "a private setter on the key " + entity.Name + "." + key.Name + ", which is not generated", "FSD0031", () => member.File, () => member.Line);
    }

    private InjectedDefect ReferenceToCompositeKey(EntitySpec composite)
    {
        var source = Pick(_model.Entities.Where(e => e != composite).ToList());
        var name = Free(source, composite.Name);
        var keyName = Free(source, name + "Id");
        var navigation = Declarations.Reference(name, composite);
        _groups[source].Add(new List<MemberSpec> { new(keyName, "public " + ScalarTypes.CSharp(_keys[composite][0].Type) + "? " + keyName + " { get; set; }"), navigation });
        return new InjectedDefect("reference to a composite key through one foreign key (FSD0033)", "a reference from " + source.Name + " to " + composite.Name + ", whose key is composite, through one foreign key", "FSD0033", () => navigation.File, () => navigation.Line);
    }

    private static InjectedDefect Abstract(EntitySpec entity)
    {
        entity.IsAbstract = true;
        return new InjectedDefect("abstract entity (FSD0036)", "the abstract entity " + entity.Name, "FSD0036", () => entity.File, () => entity.AttributeLine);
    }
}
