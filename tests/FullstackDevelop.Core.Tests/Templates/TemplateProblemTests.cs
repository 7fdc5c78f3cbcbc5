using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Core.Tests.Templates;

public sealed class TemplateProblemTests
{
    [Fact]
    public void Prints_like_a_compiler_error_with_what_was_being_rendered()
    {
        var problem = new TemplateProblem("frontend-app", "templates/frontend-app.scriban", 12, 7, "Object `foo` is null", "Book", IsParseError: false);

        Assert.Equal("templates/frontend-app.scriban(12,7): Object `foo` is null (rendering Book)", problem.ToString());
    }

    [Fact]
    public void Leaves_out_the_subject_when_there_is_none()
    {
        var problem = new TemplateProblem("catalog", "catalog.scriban", 1, 3, "Unexpected token", null, IsParseError: true);

        Assert.Equal("catalog.scriban(1,3): Unexpected token", problem.ToString());
    }
}
