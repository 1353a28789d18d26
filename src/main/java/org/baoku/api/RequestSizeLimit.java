package org.baoku.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies of the API are a few job parameters or a schedule: far below {@value #LIMIT} bytes. A
 * larger one is refused with 413 before it is read — by its Content-Length, or, sent in chunks, as soon as
 * the reader passes the limit — instead of filling memory or ending as a 500 from the reader.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    static final int LIMIT = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > LIMIT) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream()));
        }
    }

    static ClientErrorException tooLarge() {
        return new ClientErrorException("request bodies of this API are at most " + LIMIT + " bytes",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /** Counts what the reader takes and refuses past the limit. */
    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > LIMIT) {
                throw tooLarge();
            }
        }
    }
}
