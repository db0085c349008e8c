using System.Globalization;
using Spinewise.ExportGen;
using Spinewise.Knowledge;

// spinewise-exportgen --patients N --seed S --out DIR [--parts K] [--gzip] [--bad-share P] [--knowledge DIR]
var options = new Dictionary<string, string>(StringComparer.Ordinal);
var flags = new HashSet<string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--gzip")
    {
        flags.Add(args[i]);
    }
    else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        options[args[i]] = args[++i];
    }
    else
    {
        return Usage($"unexpected argument '{args[i]}'");
    }
}

if (!options.TryGetValue("--out", out var output) || !TryInt("--patients", 1000, out var patients) || !TryInt("--seed", 1, out var seed) || !TryInt("--parts", 1, out var parts) || parts < 1)
{
    return Usage("give --patients N --seed S --out DIR (and --parts K ≥ 1)");
}

var badShare = options.TryGetValue("--bad-share", out var share) && double.TryParse(share, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : 0.02;
var knowledgeDir = options.TryGetValue("--knowledge", out var k) ? k : FindKnowledge();
var load = KnowledgeLoader.Load(knowledgeDir);
if (!load.TryGetValue(out var knowledge))
{
    Console.Error.WriteLine($"The knowledge in {knowledgeDir} is invalid ({load.Diagnostics.Count} errors).");
    return 1;
}

var generator = new ExportGenerator(knowledge, new ExportOptions(patients, seed, parts, flags.Contains("--gzip"), badShare));
var bytes = generator.Write(output);
Console.WriteLine($"{patients} patients, {bytes.ToString(CultureInfo.InvariantCulture)} bytes of NDJSON in {Path.GetFullPath(output)}");
return 0;

bool TryInt(string name, int fallback, out int value)
{
    if (!options.TryGetValue(name, out var text))
    {
        value = fallback;
        return true;
    }

    return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

static int Usage(string message)
{
    Console.Error.WriteLine($"{message}\nusage: spinewise-exportgen --patients N --seed S --out DIR [--parts K] [--gzip] [--bad-share P] [--knowledge DIR]");
    return 2;
}

static string FindKnowledge()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "knowledge");
        if (File.Exists(Path.Combine(candidate, "sources.yaml")))
        {
            return candidate;
        }
    }

    return KnowledgeLoader.DefaultDirectory;
}
