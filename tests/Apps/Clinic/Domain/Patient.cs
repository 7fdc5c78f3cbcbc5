using System;
using System.ComponentModel.DataAnnotations;
using FullstackDevelop;

namespace Clinic.Domain;

[Entity]
public sealed class Patient
{
    public Guid Id { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "Every patient has a name."), MaxLength(120)]
    public string FullName { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    public DateTime RegisteredAt { get; set; }

    [MinLength(4), MaxLength(2048)]
    public byte[]? Photo { get; set; }

    // Set once, when the patient is registered.
    [MaxLength(20)]
    public string ExternalCode { get; init; } = "";

    // Counted by the clinic, never by the API's clients.
    public int Visits { get; private set; }

    public MedicalRecord? Record { get; set; }
}
