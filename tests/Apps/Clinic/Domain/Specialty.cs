namespace Clinic.Domain;

public enum Specialty
{
    General,
    Cardiology,
    Dermatology,
}
