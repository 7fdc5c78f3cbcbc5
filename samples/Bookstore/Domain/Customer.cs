using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using FullstackDevelop;

namespace Bookstore.Domain;

[Entity]
public sealed class Customer
{
    public Guid Id { get; set; }

    [Required, MaxLength(254), EmailAddress]
    public string Email { get; set; } = "";

    [Required, MaxLength(120)]
    public string DisplayName { get; set; } = "";

    public DateTimeOffset JoinedAt { get; set; }

    public List<Order> Orders { get; set; } = new();
}
