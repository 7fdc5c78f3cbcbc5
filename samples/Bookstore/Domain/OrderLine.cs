using FullstackDevelop;

namespace Bookstore.Domain;

[Entity]
public sealed class OrderLine
{
    public long Id { get; set; }

    public long OrderId { get; set; }

    public Order? Order { get; set; }

    public int BookId { get; set; }

    public Book? Book { get; set; }

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }
}
