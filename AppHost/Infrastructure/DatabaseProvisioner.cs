using Npgsql;

namespace Ito.AppHost.Infrastructure;

/// <summary>
/// Creates the application database and, per service, a login role that owns its schema and nothing else.
/// Idempotent: re-running only resets the roles' passwords to this run's values.
/// </summary>
internal static class DatabaseProvisioner
{
    public static async Task ProvisionAsync(
        string adminConnectionString,
        string database,
        IReadOnlyDictionary<string, string> rolePasswords,
        CancellationToken cancellationToken)
    {
        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await ExecuteAsync(admin, $"CREATE DATABASE {Quote(database)}", cancellationToken);
            }
        }

        var onDatabase = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database }.ConnectionString;
        await using var connection = new NpgsqlConnection(onDatabase);
        await connection.OpenAsync(cancellationToken);

        await ExecuteAsync(connection, $"""
            REVOKE ALL ON DATABASE {Quote(database)} FROM PUBLIC;
            REVOKE ALL ON SCHEMA public FROM PUBLIC;
            CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
            CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
            """, cancellationToken);

        foreach (var (service, password) in rolePasswords)
        {
            var role = ServiceDatabaseExtensions.RoleOf(service);
            // Role names and schemas are our own constants; only the password is a value, quoted as a literal.
            await ExecuteAsync(connection, $"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {Quote(role)} LOGIN; END IF;
                END $$;
                ALTER ROLE {Quote(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {Literal(password)};
                GRANT CONNECT ON DATABASE {Quote(database)} TO {Quote(role)};
                GRANT USAGE ON SCHEMA public TO {Quote(role)};
                CREATE SCHEMA IF NOT EXISTS {Quote(service)} AUTHORIZATION {Quote(role)};
                ALTER SCHEMA {Quote(service)} OWNER TO {Quote(role)};
                ALTER ROLE {Quote(role)} IN DATABASE {Quote(database)} SET search_path = {Quote(service)}, public;
                """, cancellationToken);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
