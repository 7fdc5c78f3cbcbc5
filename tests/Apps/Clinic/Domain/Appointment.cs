using System;
using System.ComponentModel.DataAnnotations;
using FullstackDevelop;

namespace Clinic.Domain;

/// <summary>A composite key: a doctor's numbered slot.</summary>
[Entity]
public sealed class Appointment
{
    [Key]
    public int DoctorId { get; set; }

    [Key]
    public short Slot { get; set; }

    public Doctor? Doctor { get; set; }

    public Guid PatientId { get; set; }

    public Patient? Patient { get; set; }

    public TimeOnly StartsAt { get; set; }

    public TimeSpan Duration { get; set; }

    [Range(1, 5)]
    public byte? Stars { get; set; }

    [Range(35.0, 43.0, MinimumIsExclusive = true)]
    public double? Temperature { get; set; }
}
