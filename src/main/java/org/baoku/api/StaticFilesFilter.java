package org.baoku.api;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The dashboard's files are only read. Any other method outside the API answers 405 with the API's JSON,
 * instead of the default servlet's 501 HTML page for a method it does not know, such as PATCH (found by
 * ApiFuzzIT). Mapped in web.xml after the cross-site filter.
 */
public class StaticFilesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the servlet the path was mapped to, after normalisation ("/api/../index.html" is a file, not the API)
        boolean api = "/api".equals(request.getServletPath());
        if (!READS.contains(request.getMethod()) && !api) {
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":405,\"message\":\"the dashboard's files are only read; "
                    + "the API is under api/\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
