package org.baoku.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The directories under which a request may name an inbox or a quarantine. A path must be absolute,
 * must not climb with {@code ..}, and must still lie under a root once symbolic links are resolved, so
 * that a link inside a root cannot lead the import elsewhere.
 */
public final class AllowedRoots {

    private final List<Path> roots;

    public AllowedRoots(List<Path> roots) {
        this.roots = roots.stream().map(AllowedRoots::real).toList();
    }

    /** Parses a comma-separated list of directories, as configured. */
    public static AllowedRoots of(String commaSeparated) {
        List<Path> roots = new ArrayList<>();
        Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(s -> roots.add(Path.of(s)));
        return new AllowedRoots(roots);
    }

    public List<Path> roots() {
        return roots;
    }

    /** @throws IllegalArgumentException saying why, when {@code path} may not be used */
    public Path check(String name, String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        Path given = Path.of(path);
        if (!given.isAbsolute()) {
            throw new IllegalArgumentException(name + " must be an absolute path: " + path);
        }
        for (Path part : given) {
            if (part.toString().equals("..")) {
                throw new IllegalArgumentException(name + " must not contain '..': " + path);
            }
        }
        Path resolved = real(given);
        if (roots.stream().noneMatch(resolved::startsWith)) {
            throw new IllegalArgumentException(name + " " + path + " is not under an allowed root " + roots
                    + " (configure baoku.inbox.roots)");
        }
        return resolved;
    }

    /** The real path of the deepest existing ancestor, with the rest appended: links are resolved. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
