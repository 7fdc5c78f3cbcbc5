using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using FullstackDevelop;

namespace Bookstore.Domain;

[Entity]
public sealed class Author
{
    public int Id { get; set; }

    [Required, MaxLength(120)]
    public string Name { get; set; } = "";

    [MaxLength(2000)]
    public string? Biography { get; set; }

    public List<Book> Books { get; set; } = new();
}
