using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Catalog;

namespace FullstackDevelop.Core.Backend;

/// <summary>The origins whose browsers may call the generated API, from the <c>api.cors-origins</c> requirement key.</summary>
public static class CorsOrigins
{
    /// <summary>The requirement key.</summary>
    public const string Key = "api.cors-origins";

    /// <summary>One origin: scheme, lower-case host and optional port, without a path or a trailing slash, as browsers send it.</summary>
    public const string OriginPattern = "https?://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?";

    /// <summary>The key's whole value: one or more origins separated by commas.</summary>
    public const string Pattern = "^" + OriginPattern + @"(\s*,\s*" + OriginPattern + ")*$";

    /// <summary>
    /// The origins <paramref name="requirements"/> declare, each once, in declaration order; none when the key is not
    /// declared or its value is not a list of origins (which is reported as FSD0039), so nothing is opened by mistake.
    /// </summary>
    public static EquatableArray<string> Of(IEnumerable<RequirementEntry> requirements)
    {
        var value = requirements.FirstOrDefault(entry => entry.Key == Key)?.Value;
        if (value is null || RequirementKeyCatalog.Find(Key)?.Values.Accepts(value) != true)
        {
            return default;
        }

        return EquatableArray.From(value.Split(',').Select(origin => origin.Trim()).Distinct(StringComparer.Ordinal));
    }
}
