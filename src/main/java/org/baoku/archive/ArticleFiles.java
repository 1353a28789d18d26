package org.baoku.archive;

import java.nio.file.Path;

/** How the archive names what article files ({@code YYYYMMDD-PP-NN.txt}) are assembled into. */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * The source path recorded for a page assembled from article files: the files' folder and the part of
     * their name they share, {@code …/20240120-04} for {@code …/20240120-04-03.txt}.
     */
    static String pageSourcePath(String articleFilePath) {
        Path file = Path.of(articleFilePath);
        String name = file.getFileName().toString();
        int lastDash = name.lastIndexOf('-');
        String page = lastDash > 0 ? name.substring(0, lastDash) : name;
        return file.getParent() == null ? page : file.getParent().resolve(page).toString();
    }
}
