package io.eetasks.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Keeps other sites from acting through an administrator's browser, which resends the BASIC
 * credentials with any request to this server (docs/admin-csrf.md). A request that changes something
 * must carry the header {@value #REQUIRED_HEADER}: an HTML form cannot send one, and a script of
 * another origin cannot either without a CORS preflight, which this server never allows. A request
 * whose {@code Origin} is another origin is refused whatever it carries. No page of the console may be
 * framed by another site.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequestFilter extends HttpFilter {

    static final String REQUIRED_HEADER = "X-Requested-By";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            refuse(response, "Requests from another site (Origin " + origin + ") are refused");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeader(REQUIRED_HEADER) == null) {
            refuse(response, request.getMethod() + " requests must carry the header " + REQUIRED_HEADER
                    + " (any value), which a form of another site cannot send");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether {@code origin} is the scheme, host and port this request was sent to. */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return request.getScheme().equalsIgnoreCase(uri.getScheme())
                && request.getServerName().equalsIgnoreCase(uri.getHost())
                && request.getServerPort() == port;
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        ErrorBody.send(response, HttpServletResponse.SC_FORBIDDEN, message);
    }
}
