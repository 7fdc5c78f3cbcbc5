namespace Clinic.Domain;

/// <summary>Not an entity: a doctor's home address is left out of the model (FSD0008), and the app must still start.</summary>
public sealed class Address
{
    public string Street { get; set; } = "";

    public string City { get; set; } = "";
}
