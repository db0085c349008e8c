using Spinewise.Domain.Guidelines;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads a guideline's <c>scope</c> block.</summary>
internal static class ScopeReader
{
    public static GuidelineScope? Read(MapNode? map, LoadContext context)
    {
        if (map is null)
        {
            return null;
        }

        map.ExpectKeys("objectives", "targetPatients", "targetProviders", "intendedUsers", "settings", "inclusion", "areas",
            "mesh", "keywords", "country", "documentType", "source");
        var objectives = map.Text("objectives", required: true);
        var patients = map.Text("targetPatients", required: true);
        var providers = map.Text("targetProviders", required: true);
        var users = map.TextList("intendedUsers", required: false);
        var settings = map.TextList("settings", required: false);
        var inclusion = map.TextList("inclusion", required: false);
        var areas = map.TextList("areas", required: false);
        var mesh = CommonReaders.Codes(map, context, "mesh");
        var keywords = map.TextList("keywords", required: false);
        var source = CommonReaders.Source(map, context, "the scope");
        return objectives is null || patients is null || providers is null || source is null
            ? null
            : new GuidelineScope(objectives, patients, providers, users, settings, inclusion, areas, mesh, keywords,
                map.Text("country", false), map.Text("documentType", false), source);
    }
}
