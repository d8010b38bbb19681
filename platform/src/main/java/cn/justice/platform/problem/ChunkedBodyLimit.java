package cn.justice.platform.problem;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The same 1 MiB limit as {@link BodySizeLimit} for bodies that announce no Content-Length (chunked transfer): the
 * bytes are counted while the body is read, and the request gets a 413 problem as soon as it passes the limit.
 */
@Provider
public class ChunkedBodyLimit implements ReaderInterceptor {
    @ConfigProperty(name = "justice.http.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException {
        ctx.setInputStream(new Counting(ctx.getInputStream(), maxBytes));
        return ctx.proceed();
    }

    static final class Counting extends FilterInputStream {
        private final long max;
        private long read;

        Counting(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        private int count(int n) {
            if (n > 0) {
                read += n;
                if (read > max) {
                    throw new ProblemException(new Problem("payload-too-large", "Content Too Large", 413,
                            "the request body is larger than " + max + " bytes"));
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(super.read(b, off, len));
        }
    }
}
