package org.g5sahel.pcms.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CPU time, memory and load of this Linux machine and its processes, from /proc. */
public final class Procfs {

    /** USER_HZ: the unit of the CPU times of /proc (100 on every Linux this runs on; `getconf CLK_TCK`). */
    private static final double TICKS_PER_SECOND = 100.0;

    private Procfs() {}

    /** User + system CPU seconds a process has used so far. */
    public static double processCpuSeconds(long pid) throws IOException {
        return cpuSeconds(Files.readString(Path.of("/proc/" + pid + "/stat")));
    }

    /** User + system CPU seconds of a process's or a thread's {@code stat} line. */
    private static double cpuSeconds(String stat) {
        // The command name may hold spaces and parentheses: fields are counted after its closing parenthesis.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /**
     * User + system CPU seconds the JIT compiler threads of a JVM ({@code C1 CompilerThre…}, {@code C2 CompilerThre…})
     * have used so far; threads that ended are not counted.
     */
    public static double jitCompilerCpuSeconds(long pid) throws IOException {
        double seconds = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                        seconds += cpuSeconds(Files.readString(task.resolve("stat")));
                    }
                } catch (java.nio.file.NoSuchFileException ended) {
                    // A compiler thread the JVM stopped meanwhile.
                }
            }
        }
        return seconds;
    }

    /** Busy CPU seconds of the whole machine (all cores) so far: everything but idle and iowait. */
    public static double machineBusySeconds() throws IOException {
        String[] fields =
                Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < fields.length; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy / TICKS_PER_SECOND;
    }

    /** Resident set size of a process, in MiB. */
    public static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IOException("no VmRSS for pid " + pid);
    }

    /** The 1, 5 and 15 minute load averages. */
    public static List<Double> loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return List.of(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]));
    }

    public static double memTotalGiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
            }
        }
        throw new IOException("no MemTotal");
    }

    public static String cpuModel() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return "unknown";
    }

    /** CPU seconds of one process and of the machine over a stretch of work. */
    public static final class CpuMeter {
        private final long pid;
        private final double processStart;
        private final double machineStart;
        private final long wallStart = System.nanoTime();

        public CpuMeter(long pid) throws IOException {
            this.pid = pid;
            this.processStart = processCpuSeconds(pid);
            this.machineStart = machineBusySeconds();
        }

        /** [process CPU seconds, machine busy CPU seconds, wall seconds] since the meter was made. */
        public double[] read() throws IOException {
            return new double[] {
                processCpuSeconds(pid) - processStart,
                machineBusySeconds() - machineStart,
                (System.nanoTime() - wallStart) / 1e9
            };
        }
    }
}
