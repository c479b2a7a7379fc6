package com.backorderdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a benchmark's result and keeps it under target/benchmarks of the project (or the working directory). */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static void write(String name, String text) throws IOException {
        System.out.println(text);
        Path dir = Path.of(System.getProperty("benchmark.dir", System.getProperty("java.io.tmpdir") + "/backorder-benchmarks"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text);
    }
}
