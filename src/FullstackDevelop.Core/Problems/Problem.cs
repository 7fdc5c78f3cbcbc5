using System.Globalization;
using System.Linq;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Problems;

/// <summary>One problem found in the declarations, with the values its message is formatted with.</summary>
/// <param name="Descriptor">What kind of problem it is.</param>
/// <param name="Subject">Which declaration it is about.</param>
/// <param name="Arguments">The message's arguments.</param>
public sealed record Problem(ProblemDescriptor Descriptor, ProblemSubject Subject, EquatableArray<string> Arguments)
{
    /// <summary>Creates a problem.</summary>
    public static Problem Create(ProblemDescriptor descriptor, ProblemSubject subject, params string[] arguments) =>
        new(descriptor, subject, new EquatableArray<string>(arguments));

    /// <summary>The formatted message.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Arguments.Select(argument => (object)argument).ToArray());
}
