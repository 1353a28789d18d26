package org.baoku.delivery;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Which files of an inbox a run takes. Hidden files and partial downloads ({@code *.part},
 * {@code *.tmp}) are never taken; nor are files modified within the settle time, which may still be
 * being delivered and are left for the next run. Nor are what a delivery carries beside its text: its
 * descriptor ({@code delivery.properties}, read by the parser, never imported or set aside) and the page
 * images and PDFs of METS/ALTO batches, which would otherwise be rejected and moved out of the delivery.
 *
 * @param include glob patterns relative to the inbox; a file must match one (empty = all)
 * @param exclude glob patterns relative to the inbox; a file matching one is left out
 */
public record ScanRules(List<String> include, List<String> exclude, Duration settleTime) {

    private static final List<String> ALWAYS_EXCLUDED = List.of("**.part", "**.tmp", "*.part", "*.tmp",
            "delivery.properties", "**/delivery.properties",
            "*.{jp2,tif,tiff,jpg,jpeg,png,gif,pdf,JP2,TIF,TIFF,JPG,JPEG,PNG,GIF,PDF}",
            "**.{jp2,tif,tiff,jpg,jpeg,png,gif,pdf,JP2,TIF,TIFF,JPG,JPEG,PNG,GIF,PDF}");

    public ScanRules {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        if (settleTime.isNegative()) {
            throw new IllegalArgumentException("settle time must not be negative: " + settleTime);
        }
    }

    /** Parses comma-separated glob lists as they come from job parameters; blank means none. */
    public static ScanRules of(String include, String exclude, long settleSeconds) {
        return new ScanRules(globs(include), globs(exclude), Duration.ofSeconds(settleSeconds));
    }

    private static List<String> globs(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    Matcher matcher() {
        return new Matcher(matchers(include), matchers(ALWAYS_EXCLUDED, exclude));
    }

    @SafeVarargs
    private static List<PathMatcher> matchers(List<String>... globLists) {
        return Arrays.stream(globLists).flatMap(List::stream)
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
    }

    record Matcher(List<PathMatcher> include, List<PathMatcher> exclude) {

        boolean takes(Path relative) {
            for (Path part : relative) {
                if (part.toString().startsWith(".")) {
                    return false;
                }
            }
            if (exclude.stream().anyMatch(m -> m.matches(relative))) {
                return false;
            }
            return include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative));
        }
    }
}
