using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using FullstackDevelop;

namespace Bookstore.Domain;

[Entity]
public sealed class Book
{
    public int Id { get; set; }

    [Required, StringLength(13), RegularExpression(@"^\d{13}$", ErrorMessage = "An ISBN is 13 digits.")]
    public string Isbn { get; set; } = "";

    [Required, MaxLength(200)]
    public string Title { get; set; } = "";

    public decimal Price { get; set; }

    public DateOnly PublishedOn { get; set; }

    public BookFormat Format { get; set; }

    public int AuthorId { get; set; }

    public Author? Author { get; set; }

    public int? CategoryId { get; set; }

    public Category? Category { get; set; }

    public List<Review> Reviews { get; set; } = new();
}

public enum BookFormat
{
    Hardcover,
    Paperback,
    Ebook,
    Audiobook,
}
