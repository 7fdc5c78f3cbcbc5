using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using FullstackDevelop;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Domain;

[Entity]
public sealed class Doctor
{
    public int Id { get; set; }

    [Required, StringLength(80, MinimumLength = 2)]
    public string Name { get; set; } = "";

    [EmailAddress, MaxLength(254)]
    public string? Email { get; set; }

    [Phone]
    public string? Phone { get; set; }

    [Url]
    public string? Homepage { get; set; }

    [Required, RegularExpression(@"^[A-Z]{2}\d{4}$", ErrorMessage = "A licence is two capital letters and four digits.")]
    public string Licence { get; set; } = "";

    public Specialty Specialty { get; set; }

    [Range(typeof(decimal), "0", "1000"), Precision(6, 2)]
    public decimal Fee { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public List<Clinic> Clinics { get; set; } = new();

    // Left out (FSD0008, silenced in Clinic.csproj): the app must start and serve without it.
    public Address? HomeAddress { get; set; }
}
