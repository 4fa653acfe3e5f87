package com.programdesk.load;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the app's JVM, the database server and this generator (utime + stime from
 * /proc/[pid]/stat, in clock ticks), and the machine's busy and total ticks from /proc/stat.
 * Linux only; a pid of 0 or one that cannot be read counts as -1. The app and the database may each be
 * several processes (the cluster: "pid,pid"), whose ticks are added up.
 */
record CpuSample(long atMillis, long appTicks, long dbTicks, long generatorTicks, long machineBusy, long machineTotal) {

    /** USER_HZ: 100 on every Linux architecture the JDK runs on. */
    static final double MS_PER_TICK = 10.0;

    static CpuSample take(String appPids, String dbPids) {
        long[] machine = machine();
        return new CpuSample(System.currentTimeMillis(), ticks(appPids), ticks(dbPids), ticks(ProcessHandle.current().pid()),
                machine[0], machine[1]);
    }

    /** The ticks of every pid in a comma-separated list; -1 when one of them cannot be read. */
    private static long ticks(String pids) {
        long sum = 0;
        for (String pid : pids.split(",")) {
            long t = ticks(Long.parseLong(pid.trim()));
            if (t < 0) {
                return -1;
            }
            sum += t;
        }
        return sum;
    }

    private static long ticks(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
        } catch (Exception e) {
            return -1;
        }
    }

    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle, iowait
            return new long[] {total - idle, total};
        } catch (Exception e) {
            return new long[] {-1, -1};
        }
    }
}
