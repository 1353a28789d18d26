package org.baoku.importjob;

import org.baoku.archive.ManifestItem;

/**
 * A file that cannot be imported. Skippable in the import step, so a bad file never stops the run,
 * while the step's skip limit still stops a delivery that is wrong as a whole.
 */
public class RejectedFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ManifestItem file;

    RejectedFileException(ManifestItem file, String reason) {
        super(reason);
        this.file = file;
    }

    ManifestItem file() {
        return file;
    }

    String reason() {
        return getMessage();
    }
}
