package org.baoku.api;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No request from another web site can change anything. The dashboard signs in with HTTP BASIC, which
 * browsers keep per origin and send with every request to it, also with a form another site submits.
 * So every request that is not a read (GET, HEAD) must carry what a cross-site form cannot send and a
 * cross-site script cannot send without a CORS preflight, which this application never grants:
 * {@code Content-Type: application/json} or the header {@value #HEADER} (any value; the dashboard and
 * {@code bin/baoku} send it). A request whose {@code Origin} is another origin is refused outright, and
 * so is every CORS preflight from one. Runs after authentication: anonymous requests still get their 401.
 * Mapped in web.xml, after {@code securityHeadersFilter}, so that its refusals carry the headers too.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request header of the API's own clients. */
    public static final String HEADER = "X-Requested-By";

    private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String origin = request.getHeader("Origin");
        if (!READS.contains(method)) {
            if (origin != null && !sameOrigin(request, origin)) {
                refuse(request, response, "requests from another origin (" + shorter(origin) + ") may not change "
                        + "anything, and this API grants no CORS");
                return;
            }
            if (!"OPTIONS".equals(method) && !json(request.getContentType()) && isBlank(request.getHeader(HEADER))) {
                refuse(request, response, "a request that changes something must be sent with Content-Type: "
                        + "application/json or the header " + HEADER + " (a form on another web site can send neither)");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }

    /** The Origin a browser sends against where this request arrived: scheme, host and port. */
    static boolean sameOrigin(HttpServletRequest request, String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false; // "null": a sandboxed frame, a file, a redirect across sites
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        // a warning, not an error: the server did right; whose session was used is worth knowing
        LOG.warning(() -> "refused cross-site " + request.getMethod() + " " + shorter(request.getRequestURI())
                + " as " + (request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser()) + ": " + why);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":403,\"message\":\"" + why.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String shorter(String text) {
        String printable = text.replaceAll("[\\p{Cntrl}\"\\\\]", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
    }
}
