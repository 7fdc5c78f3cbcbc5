using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using FullstackDevelop;

namespace Bookstore.Domain;

[Entity(Table = "Categories")]
public sealed class Category
{
    public int Id { get; set; }

    [Required, MaxLength(60)]
    public string Name { get; set; } = "";

    public List<Book> Books { get; set; } = new();
}
