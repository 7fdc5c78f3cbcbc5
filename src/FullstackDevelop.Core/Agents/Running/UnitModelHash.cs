using System.Text.Json;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// The content hash of a unit's model: every value its templates can see, serialised with System.Text.Json in
/// declaration order, so equal models hash alike in every process.
/// </summary>
internal static class UnitModelHash
{
    public static string Of(object model) => ContentHash.Of(JsonSerializer.SerializeToUtf8Bytes(model, model.GetType()));
}
