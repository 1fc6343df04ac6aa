package org.adsync.api.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.adsync.api.problem.Problem;
import org.adsync.api.problem.ProblemType;
import org.adsync.api.problem.Problems;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413, before anything reads them: the largest real
 * body, a sync with a chain of trusted certificates, is a few dozen kilobytes. A body that announces no length is
 * cut off while it is read.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyLimit implements ContainerRequestFilter {

    public static final int MAX_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(Problems.response(tooLarge()));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream()));
        }
    }

    public static Problem tooLarge() {
        return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + MAX_BYTES / 1024
                + " KiB, more than any request of this API needs. Check what is being sent.");
    }

    /** Thrown while reading a body that turned out larger than the limit; the API answers 413. */
    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body over " + MAX_BYTES + " bytes");
        }

        /** Whether this failure, or one of its causes, is a body over the limit. */
        public static boolean within(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BodyTooLargeException) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BYTES) {
                throw new BodyTooLargeException();
            }
        }
    }
}
