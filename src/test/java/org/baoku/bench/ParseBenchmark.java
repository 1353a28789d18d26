package org.baoku.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.parse.FictionalPages;
import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse throughput on the shared real sample page, in files per second, from bytes in memory (hash,
 * decode, head, body, validation): what one core of the import does per file besides disk and database.
 * Run with {@code bin/bench-parse}. Also measures the same page in GB18030, which goes through detection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

    private IssueFileParser parser;
    private byte[] sampleUtf8;
    private byte[] sampleGb18030;

    @Setup
    public void setUp() throws IOException {
        parser = new IssueFileParser(ParserOptions.defaults());
        Path sample = Path.of(System.getProperty("baoku.sample", FictionalPages.SHARED_SAMPLE.toString()));
        sampleUtf8 = Files.isRegularFile(sample) ? Files.readAllBytes(sample) : FictionalPages.utf8(FictionalPages.FRONT_PAGE);
        sampleGb18030 = new String(sampleUtf8, StandardCharsets.UTF_8).getBytes("GB18030");
    }

    @Benchmark
    public ParseResult sampleUtf8() {
        return parser.parse("sample.txt", sampleUtf8);
    }

    @Benchmark
    public ParseResult sampleGb18030() {
        return parser.parse("sample.txt", sampleGb18030);
    }
}
