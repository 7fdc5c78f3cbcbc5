using System;
using System.ComponentModel.DataAnnotations;
using FullstackDevelop;

namespace Bookstore.Domain;

[Entity]
public sealed class Review
{
    public int Id { get; set; }

    public int BookId { get; set; }

    public Book? Book { get; set; }

    public Guid CustomerId { get; set; }

    public Customer? Customer { get; set; }

    [Range(1, 5)]
    public byte Rating { get; set; }

    [MaxLength(4000)]
    public string? Text { get; set; }

    public DateTimeOffset WrittenAt { get; set; }
}
