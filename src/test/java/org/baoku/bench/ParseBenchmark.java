package org.baoku.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.baoku.issuefile.Layout;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.Source;
import org.baoku.issuefile.parse.FictionalPages;
import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;
import org.baoku.issuefile.parse.xml.AltoPageParser;
import org.baoku.issuefile.parse.xml.MetsIssue;
import org.baoku.issuefile.parse.xml.MetsLookup;
import org.baoku.issuefile.parse.xml.MetsMatch;
import org.baoku.issuefile.parse.xml.MetsPage;
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
 * Run with {@code bin/bench-parse}. Also measures the same page in GB18030, which goes through detection,
 * and a typical ALTO page of about 50 KB ({@code src/test/resources/bench/alto-page.xml}: 30 blocks,
 * 400 words) read by {@link AltoPageParser} with its METS already found, as {@code NearbyMets} has it
 * cached for every page but the first of a directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

    private IssueFileParser parser;
    private byte[] sampleUtf8;
    private byte[] sampleGb18030;
    private AltoPageParser altoParser;
    private byte[] altoPage;
    private Source altoSource;

    @Setup
    public void setUp() throws IOException {
        parser = new IssueFileParser(ParserOptions.defaults());
        Path sample = Path.of(System.getProperty("baoku.sample", FictionalPages.SHARED_SAMPLE.toString()));
        sampleUtf8 = Files.isRegularFile(sample) ? Files.readAllBytes(sample) : FictionalPages.utf8(FictionalPages.FRONT_PAGE);
        sampleGb18030 = new String(sampleUtf8, StandardCharsets.UTF_8).getBytes("GB18030");

        try (var in = ParseBenchmark.class.getResourceAsStream("/bench/alto-page.xml")) {
            altoPage = in.readAllBytes();
        }
        Path altoPath = Path.of("issue/alto-page.xml");
        MetsPage page = new MetsPage(1, "1", "ALTO1", "alto-page.xml", altoPath);
        MetsIssue issue = new MetsIssue("The Sample Courier", LocalDate.of(1925, 3, 14), "1925-03-14", "12", "61", null,
                null, null, List.of(page), List.of());
        MetsMatch match = new MetsMatch(Path.of("issue/mets.xml"), issue, page);
        altoParser = new AltoPageParser(new MetsLookup() {
            @Override
            public Optional<MetsMatch> find(Path altoFile) {
                return Optional.of(match);
            }

            @Override
            public String whereLooked(Path altoFile) {
                return "nowhere";
            }
        });
        altoSource = new Source(altoPath.toString(), null, "UTF-8", altoPage.length, Layout.ALTO);
        if (altoPage().rejected() || altoPage().articles().size() < 10) { // one untitled unit per block
            throw new IllegalStateException("the ALTO bench page must be read whole: " + altoPage().findings());
        }
    }

    @Benchmark
    public ParseResult sampleUtf8() {
        return parser.parse("sample.txt", sampleUtf8);
    }

    @Benchmark
    public ParseResult sampleGb18030() {
        return parser.parse("sample.txt", sampleGb18030);
    }

    @Benchmark
    public ParseResult altoPage() {
        return altoParser.parse(altoSource, altoPage);
    }
}
