using System;
using System.Collections.Generic;
using FullstackDevelop;

namespace Bookstore.Domain;

[Entity]
public sealed class Order
{
    public long Id { get; set; }

    public Guid CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public DateTimeOffset PlacedAt { get; set; }

    public OrderStatus Status { get; set; }

    public List<OrderLine> Lines { get; set; } = new();
}

public enum OrderStatus
{
    Pending,
    Paid,
    Shipped,
    Cancelled,
}
