using System.Collections.Generic;

namespace FullstackDevelop.Generators.Tests.Runtime.Models;

/// <summary>An enum of the model; the API carries its members by name.</summary>
internal sealed record EnumSpec(string Name, IReadOnlyList<string> Members);
