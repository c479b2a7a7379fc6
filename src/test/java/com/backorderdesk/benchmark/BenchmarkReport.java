package com.backorderdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a benchmark's result and keeps it under target/benchmarks of the project (or the working directory). */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /**
     * One figure beside its floor measured in the same run, as a line of
     * target/benchmarks/summary.txt: {@code name: value unit (floor value unit, ratio R)}. A
     * figure measured again replaces its line; the others stay.
     */
    static void figure(String name, double value, double floor, String unit) throws IOException {
        figure(name, value, floor, floor == 0 ? Double.NaN : value / floor, unit);
    }

    /**
     * A figure whose ratio is not value / floor: the median of ratios of rounds that each measured
     * the application and its floor seconds apart (on a shared machine whose speed drifts within a
     * run, a pair measured together says more than two medians of different moments).
     */
    static void figure(String name, double value, double floor, double ratio, String unit) throws IOException {
        String line = String.format(java.util.Locale.ROOT, "%s: %s %s (floor %s %s, ratio %.2f)%n", name, number(value), unit,
                number(floor), unit, ratio);
        System.out.print(line);
        Path summary = dir().resolve("summary.txt");
        // one line per figure: this run's replaces an earlier run's, the others stay
        java.util.List<String> lines = Files.exists(summary) ? new java.util.ArrayList<>(Files.readAllLines(summary)) : new java.util.ArrayList<>();
        lines.removeIf(l -> l.startsWith(name + ": "));
        lines.add(line.strip());
        java.util.Collections.sort(lines);
        Files.write(summary, lines);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static Path dir() throws IOException {
        Path dir = Path.of(System.getProperty("benchmark.dir", System.getProperty("java.io.tmpdir") + "/backorder-benchmarks"));
        Files.createDirectories(dir);
        return dir;
    }

    static void write(String name, String text) throws IOException {
        System.out.println(text);
        Files.writeString(dir().resolve(name), text);
    }
}
