using System;
using System.ComponentModel.DataAnnotations;
using FullstackDevelop;

namespace Clinic.Domain;

/// <summary>The other side of a one-to-one: at most one record per patient.</summary>
[Entity]
public sealed class MedicalRecord
{
    public int Id { get; set; }

    public Guid PatientId { get; set; }

    public Patient? Patient { get; set; }

    [MaxLength(4000)]
    public string? Notes { get; set; }
}
