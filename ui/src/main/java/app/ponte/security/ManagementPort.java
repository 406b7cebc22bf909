package app.ponte.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The separate management port, when {@code management.server.port} sets one: Spring Boot then serves the actuator
 * there, in a child context whose started server is announced to this (parent) context. A request that arrived on
 * that port is one the operator's network lets through to monitoring only.
 */
final class ManagementPort implements ApplicationListener<WebServerInitializedEvent>, RequestMatcher {

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
