package org.baoku.cli.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many current articles hold each of some strings word for word, counted in the archive itself
 * rather than by the search under test: one pass over every current article's body in the server's archive
 * (its H2 file once the server has let go of it). Each string is looked up by its first two chars at every
 * position of a body, so the pass costs about one hash lookup per character of the archive.
 */
final class ExactHolders {

    private ExactHolders() {
    }

    /** @param texts strings of at least two chars; the answer has one count per string, in order */
    static int[] count(JdbcTarget database, List<String> texts) throws SQLException {
        Map<Integer, List<Integer>> byStart = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byStart.computeIfAbsent(start(texts.get(i), 0), key -> new ArrayList<>()).add(i);
        }
        int[] counts = new int[texts.size()];
        boolean[] seen = new boolean[texts.size()];
        List<Integer> seenInThisBody = new ArrayList<>();
        try (Connection db = database.open(); Statement query = db.createStatement()) {
            db.setAutoCommit(false); // PostgreSQL streams a result set by its fetch size only inside a transaction
            query.setFetchSize(1000);
            try (ResultSet bodies = query.executeQuery(
                    "select a.body from article a join page p on p.id = a.page_id where p.superseded = false")) {
                while (bodies.next()) {
                    String body = bodies.getString(1);
                    for (int at = 0; at + 1 < body.length(); at++) {
                        List<Integer> candidates = byStart.get(start(body, at));
                        if (candidates == null) {
                            continue;
                        }
                        for (int i : candidates) {
                            if (!seen[i] && body.startsWith(texts.get(i), at)) {
                                seen[i] = true;
                                seenInThisBody.add(i);
                                counts[i]++;
                            }
                        }
                    }
                    for (int i : seenInThisBody) {
                        seen[i] = false;
                    }
                    seenInThisBody.clear();
                }
            }
        }
        return counts;
    }

    private static int start(String text, int at) {
        return text.charAt(at) << 16 | text.charAt(at + 1);
    }
}
