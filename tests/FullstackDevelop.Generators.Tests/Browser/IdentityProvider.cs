using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FullstackDevelop.Generators.Tests.Browser;

/// <summary>
/// Stands for the identity provider that issues a deployed API's tokens: HMAC-SHA256 JWTs with the issuer, audience and
/// key the API is configured with (<c>Authentication:Jwt</c>), which a user pastes into the production frontend.
/// </summary>
internal sealed class IdentityProvider
{
    private readonly string _key = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + Convert.ToBase64String(Guid.NewGuid().ToByteArray());

    public IdentityProvider(string issuer, string audience)
    {
        Issuer = issuer;
        Audience = audience;
    }

    public string Issuer { get; }

    public string Audience { get; }

    /// <summary>The API's <c>Authentication:Jwt</c> settings that accept this provider's tokens.</summary>
    public IReadOnlyDictionary<string, string?> ApiSettings => new Dictionary<string, string?>
    {
        ["Authentication:Jwt:Key"] = _key,
        ["Authentication:Jwt:Issuer"] = Issuer,
        ["Authentication:Jwt:Audience"] = Audience,
    };

    /// <summary>A token for <paramref name="subject"/>, valid for an hour from the system clock, which the API checks it against.</summary>
    public string Issue(string subject) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity(new[] { new Claim(JwtRegisteredClaimNames.Sub, subject) }),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_key)), SecurityAlgorithms.HmacSha256),
    });
}
