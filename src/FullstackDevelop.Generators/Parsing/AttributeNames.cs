namespace FullstackDevelop.Generators.Parsing;

/// <summary>Metadata names of the attributes the generator reads.</summary>
internal static class AttributeNames
{
    public const string Project = "FullstackDevelop.FullstackProjectAttribute";
    public const string Feature = "FullstackDevelop.FeatureAttribute";
    public const string Requirement = "FullstackDevelop.RequirementAttribute";
    public const string Agent = "FullstackDevelop.AgentAttribute";
    public const string AgentTemplate = "FullstackDevelop.AgentTemplateAttribute";
    public const string Entity = "FullstackDevelop.EntityAttribute";
}
