package app.ponte.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address, as every throttle and log of the application reads it ({@code getRemoteAddr}): the
 * connection's own, unless the connection comes from one of the configured trusted proxies
 * ({@code ponte.trusted-proxies}, addresses separated by commas; none by default). Only then is
 * {@code X-Forwarded-For} read, from its right end, skipping the trusted proxies: the first other address is the
 * client. A header sent by anyone else is ignored, so a client cannot choose the address it is counted under.
 */
class ClientAddresses extends OncePerRequestFilter {

    private final Set<String> trusted;

    ClientAddresses(String trustedProxies) {
        this.trusted = trustedProxies == null ? Set.of() : Arrays.stream(trustedProxies.split(","))
                .map(String::strip).filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address for a connection from {@code remote} that says {@code forwardedFor}. */
    String clientOf(String remote, String forwardedFor) {
        if (!trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        if (client.equals(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }
        }, response);
    }
}
