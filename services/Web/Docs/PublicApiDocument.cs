using System.Text.Json.Nodes;

namespace Ito.Web.Docs;

/// <summary>
/// Merges the services' own OpenAPI documents into one document of the public API (<c>/api/v1/**</c>) as seen
/// through the gateway. Internal and admin-only paths outside <c>/api/v1</c> are left out, and so is every component
/// they alone use. Component names stay as the services gave them; when two services use one name for different
/// schemas, the later one is renamed after its service (<c>PricingLegPriceView</c>) and its references follow.
/// </summary>
public sealed class PublicApiDocument
{
    public const string OpenApiVersion = "3.1.1";
    public const string SecuritySchemeName = "apiKey";
    public const string PublicPathPrefix = "/api/v1/";

    private const string ComponentRefPrefix = "#/components/";
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private readonly JsonObject paths = [];
    private readonly Dictionary<string, JsonObject> components = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> tags = new(StringComparer.Ordinal);
    private readonly List<string> included = [];
    private readonly List<string> missing = [];
    private readonly List<string> clashes = [];

    /// <summary>Services whose documents could not be read, in the order they were reported.</summary>
    public IReadOnlyList<string> Missing => missing;

    /// <summary>What had to be renamed or dropped because two services disagreed on a name or an operation.</summary>
    public IReadOnlyList<string> Clashes => clashes;

    public void AddMissing(string service) => missing.Add(service);

    /// <summary>Adds one service's document: its public paths and the components they use, directly or not.</summary>
    public void Add(string service, JsonObject document)
    {
        included.Add(service);
        var servicePaths = document["paths"] as JsonObject ?? [];
        var kept = servicePaths.Where(p => IsPublic(p.Key) && p.Value is JsonObject).ToList();
        var serviceComponents = document["components"] as JsonObject ?? [];

        var used = ReferencedComponents(kept.Select(p => p.Value!), serviceComponents);
        var renames = RenamesFor(service, used, serviceComponents);

        foreach (var key in used)
        {
            if (Resolve(serviceComponents, key) is not JsonObject component) continue;
            var name = renames.GetValueOrDefault(key, key);
            components.TryAdd(name, (JsonObject)Rewrite(component, renames));
        }

        foreach (var (path, item) in kept)
        {
            AddPath(service, WithoutTrailingSlash(path), (JsonObject)Rewrite(item!, renames));
        }

        AddTags(document, kept.Select(p => (JsonObject)p.Value!));
    }

    /// <summary>The merged document: OpenAPI 3.1, served through the gateway at "/", every operation behind an API key.</summary>
    public JsonObject Build()
    {
        var componentsNode = new JsonObject();
        foreach (var (key, value) in components.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var (kind, name) = Split(key);
            if (componentsNode[kind] is not JsonObject group)
            {
                group = [];
                componentsNode[kind] = group;
            }
            group[name] = value.DeepClone();
        }
        componentsNode["securitySchemes"] = new JsonObject
        {
            [SecuritySchemeName] = new JsonObject
            {
                ["type"] = "http",
                ["scheme"] = "bearer",
                ["bearerFormat"] = "API key",
                ["description"] = "API key: Authorization: Bearer bkt_live_… or bkt_test_…. Create one on the Developers page (/developer).",
            },
        };

        var sortedPaths = new JsonObject();
        foreach (var (path, item) in paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sortedPaths[path] = item!.DeepClone();
        }

        return new JsonObject
        {
            ["openapi"] = OpenApiVersion,
            ["info"] = new JsonObject
            {
                ["title"] = "Itô Markets API",
                ["version"] = "v1",
                ["description"] = Description(),
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "The Itô Markets gateway" }),
            ["security"] = new JsonArray(new JsonObject { [SecuritySchemeName] = new JsonArray() }),
            ["tags"] = new JsonArray([.. tags.Values.OrderBy(t => (string?)t["name"], StringComparer.Ordinal).Select(t => (JsonNode)t.DeepClone())]),
            ["paths"] = sortedPaths,
            ["components"] = componentsNode,
        };
    }

    public static bool IsPublic(string path) => path.StartsWith(PublicPathPrefix, StringComparison.Ordinal);

    /// <summary>
    /// A group's root endpoint (<c>MapGroup("/api/v1/baskets").MapGet("/")</c>) is documented as
    /// <c>/api/v1/baskets/</c>; routing matches it without the slash, which is how clients write it.
    /// </summary>
    private static string WithoutTrailingSlash(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    private string Description()
    {
        var text = "Baskets of prediction markets across Kalshi and Polymarket: search markets, build and price baskets, " +
                   "and trade a whole basket in one order. Every request needs an API key with the scope the operation names " +
                   "(Authorization: Bearer bkt_live_… or bkt_test_…). Each answer carries X-RateLimit-Limit, X-RateLimit-Remaining " +
                   "and X-RateLimit-Reset; a 429 says when to retry in Retry-After. Errors are RFC 9457 problem details.";
        return missing.Count == 0
            ? text
            : text + $"\n\n**Incomplete right now:** the operations of {string.Join(", ", missing)} are missing because " +
                     (missing.Count == 1 ? "that service" : "those services") + " did not answer; reload in a minute.";
    }

    private void AddPath(string service, string path, JsonObject item)
    {
        if (paths[path] is not JsonObject existing)
        {
            paths[path] = item;
            return;
        }
        foreach (var (member, value) in item.ToList())
        {
            if (existing.ContainsKey(member))
            {
                if (Methods.Contains(member)) clashes.Add($"{member.ToUpperInvariant()} {path} of {service} (another service has it)");
                continue;
            }
            item.Remove(member);
            existing[member] = value;
        }
    }

    private void AddTags(JsonObject document, IEnumerable<JsonObject> keptItems)
    {
        var declared = (document["tags"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(t => t["name"] is JsonValue)
            .ToDictionary(t => (string)t["name"]!, StringComparer.Ordinal);
        var usedNames = keptItems
            .SelectMany(item => Methods.Select(m => item[m]).OfType<JsonObject>())
            .SelectMany(operation => (operation["tags"] as JsonArray ?? []).Select(t => t?.GetValue<string>()))
            .OfType<string>();
        foreach (var name in usedNames)
        {
            if (tags.ContainsKey(name)) continue;
            tags[name] = declared.TryGetValue(name, out var tag) ? (JsonObject)tag.DeepClone() : new JsonObject { ["name"] = name };
        }
    }

    /// <summary>
    /// New names for this service's components that would otherwise collide with a different component already
    /// merged. Repeated until nothing changes: a schema that points at a renamed one differs from its namesake too.
    /// </summary>
    private Dictionary<string, string> RenamesFor(string service, IReadOnlyCollection<string> used, JsonObject serviceComponents)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var key in used.Where(k => !renames.ContainsKey(k)))
            {
                if (Resolve(serviceComponents, key) is not JsonObject component || !components.TryGetValue(key, out var existing)) continue;
                if (JsonNode.DeepEquals(existing, Rewrite(component, renames))) continue;

                var (kind, name) = Split(key);
                var renamed = $"{kind}/{Pascal(service)}{name}";
                for (var n = 2; components.ContainsKey(renamed) || renames.ContainsValue(renamed); n++) renamed = $"{kind}/{Pascal(service)}{name}{n}";
                renames[key] = renamed;
                clashes.Add($"{kind} {name} of {service} differs from another service's; published as {Split(renamed).Name}");
                changed = true;
            }
        } while (changed);
        return renames;
    }

    /// <summary>Every component (as "kind/name") reachable from the given nodes through <c>$ref</c>s.</summary>
    private static IReadOnlyCollection<string> ReferencedComponents(IEnumerable<JsonNode?> roots, JsonObject serviceComponents)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode?>(roots);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["$ref"] is JsonValue value && value.TryGetValue<string>(out var reference)
                        && reference.StartsWith(ComponentRefPrefix, StringComparison.Ordinal))
                    {
                        var key = reference[ComponentRefPrefix.Length..];
                        if (found.Add(key)) pending.Push(Resolve(serviceComponents, key));
                    }
                    foreach (var (_, child) in obj) pending.Push(child);
                    break;
                case JsonArray array:
                    foreach (var child in array) pending.Push(child);
                    break;
            }
        }
        return found;
    }

    /// <summary>A deep copy with every <c>$ref</c> to a renamed component pointing at its new name.</summary>
    private static JsonNode Rewrite(JsonNode node, IReadOnlyDictionary<string, string> renames)
    {
        var copy = node.DeepClone();
        if (renames.Count == 0) return copy;
        var pending = new Stack<JsonNode?>([copy]);
        while (pending.TryPop(out var current))
        {
            switch (current)
            {
                case JsonObject obj:
                    if (obj["$ref"] is JsonValue value && value.TryGetValue<string>(out var reference)
                        && reference.StartsWith(ComponentRefPrefix, StringComparison.Ordinal)
                        && renames.TryGetValue(reference[ComponentRefPrefix.Length..], out var renamed))
                    {
                        obj["$ref"] = ComponentRefPrefix + renamed;
                    }
                    foreach (var (_, child) in obj) pending.Push(child);
                    break;
                case JsonArray array:
                    foreach (var child in array) pending.Push(child);
                    break;
            }
        }
        return copy;
    }

    private static JsonNode? Resolve(JsonObject serviceComponents, string key)
    {
        var (kind, name) = Split(key);
        return serviceComponents[kind] is JsonObject group ? group[name] : null;
    }

    private static (string Kind, string Name) Split(string key)
    {
        var slash = key.IndexOf('/');
        return slash < 0 ? ("schemas", key) : (key[..slash], key[(slash + 1)..]);
    }

    private static string Pascal(string service) =>
        string.Concat(service.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
