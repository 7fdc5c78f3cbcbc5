using System.Text;

namespace FullstackDevelop.Generators.Emitting;

/// <summary>An indenting writer for generated C#, with <c>\n</c> line ends on every platform.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line).Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close()
    {
        _indent--;
        return Line("}");
    }

    public override string ToString() => _text.ToString();
}
