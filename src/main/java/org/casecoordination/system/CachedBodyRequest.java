package org.casecoordination.system;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body can be read twice: once by a filter that checks it (expressions in engine queries, a task
 * completion, a new password, a webapp login), once by whoever serves it. Spring's ContentCachingRequestWrapper only
 * caches what the next reader consumed, so it cannot serve the first read. Filters wrap with {@link #of}: when an
 * earlier filter cached the body already, the bytes are shared instead of copied again, whatever wrappers (Spring
 * Security's, Camunda's) came in between.
 */
public class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    private CachedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with its body cached; keeps every wrapper it came with. */
    public static CachedBodyRequest of(HttpServletRequest request) throws IOException {
        if (request instanceof CachedBodyRequest cached) {
            return cached;
        }
        for (ServletRequest inner = request; inner instanceof ServletRequestWrapper wrapper; ) {
            inner = wrapper.getRequest();
            if (inner instanceof CachedBodyRequest cached) {
                return new CachedBodyRequest(request, cached.body);
            }
        }
        return new CachedBodyRequest(request, request.getInputStream().readAllBytes());
    }

    public byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous reads only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}
