using System;
using System.Diagnostics;
using System.IO;

namespace FullstackDevelop.Benchmarks.Infrastructure;

/// <summary>
/// The process's peak working set since the last <see cref="Reset"/>, so each size of a run reports its own peak
/// rather than the largest so far. Linux resets the peak (VmHWM) on writing 5 to /proc/self/clear_refs; elsewhere the
/// peak is the process's.
/// </summary>
internal static class PeakWorkingSet
{
    private const string ClearRefs = "/proc/self/clear_refs";

    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        if (File.Exists(ClearRefs))
        {
            File.WriteAllText(ClearRefs, "5");
        }
    }

    public static long Megabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024 * 1024);
    }
}
