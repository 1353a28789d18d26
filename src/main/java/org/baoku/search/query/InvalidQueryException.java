package org.baoku.search.query;

/** A query or search parameter the reader has to correct; its message says what is wrong and how. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
