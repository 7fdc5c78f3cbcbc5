namespace FullstackDevelop.Generators.Parsing;

/// <summary>Metadata names of the attributes the generator reads.</summary>
internal static class AttributeNames
{
    public const string Project = "FullstackDevelop.FullstackProjectAttribute";
    public const string Feature = "FullstackDevelop.FeatureAttribute";
    public const string Requirement = "FullstackDevelop.RequirementAttribute";
    public const string Agent = "FullstackDevelop.AgentAttribute";
    public const string Entity = "FullstackDevelop.EntityAttribute";

    public const string Key = "System.ComponentModel.DataAnnotations.KeyAttribute";
    public const string Required = "System.ComponentModel.DataAnnotations.RequiredAttribute";
    public const string MaxLength = "System.ComponentModel.DataAnnotations.MaxLengthAttribute";
    public const string StringLength = "System.ComponentModel.DataAnnotations.StringLengthAttribute";
    public const string ForeignKey = "System.ComponentModel.DataAnnotations.Schema.ForeignKeyAttribute";
}
