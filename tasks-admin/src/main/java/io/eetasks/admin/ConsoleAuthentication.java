package io.eetasks.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How the console and its API know who calls: a login page that opens a session (POST api/login), or
 * HTTP BASIC on each request for scripts. Both check the password against the application realm;
 * the realm's groups are the roles. Without either, a page redirects to the login page and the API
 * answers 401 with its JSON error body (with a BASIC challenge only for callers that are not the
 * console, so that a browser shows no password box of its own).
 */
@ApplicationScoped
@AutoApplySession
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

    private static final String LOGIN = "/api/login";
    private static final String BASIC = "Basic ";

    @Inject
    RealmPasswords passwords;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).trim(), request, response, context);
        }
        if ("POST".equals(request.getMethod()) && LOGIN.equals(request.getServletPath() + pathInfo(request))) {
            if (request.getHeader(CrossSiteRequestFilter.REQUIRED_HEADER) == null) {
                // Another site's form cannot send it: it cannot log a browser in to an account of its choosing.
                return refuse(request, response, "Log in from the console's login page");
            }
            return login(request.getParameter("username"), request.getParameter("password"), request, response,
                    context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (request.getServletPath().startsWith("/api")) {
            return refuse(request, response, "Log in: on the console's login page, or with HTTP BASIC");
        }
        return context.redirect(request.getContextPath() + "/login.html");
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(request, response, "The Authorization header is not BASIC credentials");
        }
        int colon = credentials.indexOf(':');
        return colon < 0 ? refuse(request, response, "The Authorization header is not BASIC credentials")
                : login(credentials.substring(0, colon), credentials.substring(colon + 1), request, response, context);
    }

    private AuthenticationStatus login(String user, String password, HttpServletRequest request,
                                       HttpServletResponse response, HttpMessageContext context) {
        if (user == null || password == null || !passwords.matches(user, password)) {
            return refuse(request, response, "The user name or the password is not right");
        }
        return context.notifyContainerAboutLogin(user, Set.of());
    }

    /** 401 with the API's JSON error body. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               String message) {
        if (request.getHeader(CrossSiteRequestFilter.REQUIRED_HEADER) == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"EE Tasks\", charset=\"UTF-8\"");
        }
        try {
            ErrorBody.send(response, HttpServletResponse.SC_UNAUTHORIZED, message);
            response.flushBuffer();
        } catch (IOException e) {
            // The caller went away; nothing to tell it.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String pathInfo(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo();
    }
}
