using System.Diagnostics;

namespace Ito.AppHost.Infrastructure;

/// <summary>Where PostgreSQL, Redis and RabbitMQ come from.</summary>
internal enum InfrastructureMode
{
    /// <summary>Aspire's container resources; needs a container engine.</summary>
    Containers,

    /// <summary>Servers started as plain processes by <c>deploy/local/start.sh</c>.</summary>
    Local,
}

internal static class InfrastructureModeProbe
{
    /// <summary>
    /// Decides the mode before any resource is added: container resources without an engine make the AppHost wait
    /// forever. <c>Infrastructure:Mode</c> = containers | local forces it; auto (the default) asks the engine.
    /// </summary>
    public static InfrastructureMode Decide(string? configured) => configured?.Trim().ToLowerInvariant() switch
    {
        "containers" => InfrastructureMode.Containers,
        "local" => InfrastructureMode.Local,
        null or "" or "auto" => ContainerEngineAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local,
        var other => throw new InvalidOperationException($"Infrastructure:Mode must be auto, containers or local, not '{other}'."),
    };

    private static bool ContainerEngineAnswers()
    {
        foreach (var engine in new[] { "docker", "podman" })
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(engine, "info --format {{.ServerVersion}}")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                });
                if (probe is null) continue;
                if (!probe.WaitForExit(TimeSpan.FromSeconds(5)))
                {
                    probe.Kill(entireProcessTree: true);
                    continue;
                }
                if (probe.ExitCode == 0) return true;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed.
            }
        }
        return false;
    }
}
