package org.baoku.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

/**
 * What the archive's import records say one execution did: they commit with the files, so after a crash
 * they are ahead of the job repository's step counts and checkpoints.
 */
final class ImportRecords {

    /** @param lastRecorded when its last file was recorded; null when it recorded none */
    record Counts(long read, long written, long unchanged, long rejected, Timestamp lastRecorded) {
    }

    private ImportRecords() {
    }

    static Counts of(DataSource archive, long executionId) throws SQLException {
        long written = 0;
        long unchanged = 0;
        long rejected = 0;
        Timestamp last = null;
        try (Connection connection = archive.getConnection();
             PreparedStatement statement = connection.prepareStatement("select outcome, count(*), max(recorded_at) "
                     + "from import_record where execution_id = ? group by outcome")) {
            statement.setLong(1, executionId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long count = rows.getLong(2);
                    switch (rows.getString(1)) {
                        case "UNCHANGED" -> unchanged += count;
                        case "REJECTED" -> rejected += count;
                        default -> written += count;
                    }
                    Timestamp at = rows.getTimestamp(3);
                    last = last == null || (at != null && at.after(last)) ? at : last;
                }
            }
        }
        return new Counts(written + unchanged + rejected, written, unchanged, rejected, last);
    }
}
