using System.Security.Cryptography;

namespace Ito.Venues.Tests.Support;

/// <summary>One throw-away RSA key per test run (Kalshi keys are RSA; PSS signatures are checked with the public half).</summary>
public static class TestRsaKey
{
    private static readonly Lazy<RSA> Key = new(() => RSA.Create(2048));

    public static string PrivatePkcs1Pem => Key.Value.ExportRSAPrivateKeyPem();

    public static string PublicPem => Key.Value.ExportSubjectPublicKeyInfoPem();
}
