using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using FullstackDevelop;

namespace Clinic.Domain;

[Entity]
public sealed class Clinic
{
    public int Id { get; set; }

    [Required, MaxLength(100)]
    public string Name { get; set; } = "";

    [MinLength(3), MaxLength(60)]
    public string? City { get; set; }

    public List<Doctor> Doctors { get; set; } = new();
}
