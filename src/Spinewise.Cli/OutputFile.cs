using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Spinewise.Cli;

/// <summary>
/// How every command writes a file: into <c>TARGET.partial</c> beside the target, moved into place only when complete; the
/// temporary file is removed on any failure, on Ctrl-C and on SIGTERM, so a target is either the whole result or untouched.
/// Problems are <see cref="OutputFileException"/>s naming the path the user gave (exit code 2).
/// </summary>
internal static class OutputFile
{
    private static readonly ConcurrentDictionary<string, byte> InFlight = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static PosixSignalRegistration[]? _signals;

    /// <summary>The full path of <paramref name="path"/> after checking that its folder exists and that it is not a folder itself.</summary>
    public static string Check(string option, string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new OutputFileException($"{option} {path}: that is a folder; give a file name");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new OutputFileException($"{option} {path}: the folder {folder ?? path} does not exist; create it first");
        }

        return full;
    }

    /// <summary>
    /// Runs <paramref name="write"/> on a temporary path beside <paramref name="path"/> and moves the result into place when it
    /// returns <see langword="true"/>; on <see langword="false"/>, an exception or a termination signal the temporary file is removed.
    /// </summary>
    /// <returns>Whether the target was written.</returns>
    public static bool Write(string option, string path, Func<string, bool> write)
    {
        var full = Check(option, path);
        var temporary = full + ".partial";
        Track(temporary);
        try
        {
            if (!write(temporary))
            {
                return false;
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            throw new OutputFileException($"{option} {path}: permission denied; nothing was written");
        }
        catch (IOException ex)
        {
            throw new OutputFileException($"{option} {path}: cannot be written ({ex.Message.Replace(temporary, full, StringComparison.Ordinal)}); nothing was written");
        }
        finally
        {
            Delete(temporary);
            InFlight.TryRemove(temporary, out _);
        }
    }

    private static void Track(string temporary)
    {
        InFlight[temporary] = 0;
        lock (Gate)
        {
            _signals ??= OperatingSystem.IsWindows() || OperatingSystem.IsBrowser()
                ? []
                : [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
        }
    }

    /// <summary>A termination signal: remove every temporary file in flight, then let the signal end the process as usual.</summary>
    private static void OnSignal(PosixSignalContext context)
    {
        foreach (var temporary in InFlight.Keys)
        {
            Delete(temporary);
        }
    }

    private static void Delete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // it cannot be reached, so nothing of it can be read either
        }
    }
}
