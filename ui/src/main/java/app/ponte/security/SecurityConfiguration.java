package app.ponte.security;

import app.ponte.access.ProgramLookup;
import app.ponte.programs.ProgramScope;
import app.ponte.shared.Actor;
import app.ponte.shared.CommandMetadataInterceptor;
import com.mongodb.client.MongoDatabase;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two filter chains: the REST API under {@code /api/**}, stateless, authenticated by personal tokens; and the Vaadin
 * UI, with its sign-in form, sessions and view annotations. Also wires the access checks into Axon: every command
 * passes {@link CommandAccess} and is stamped with its actor; every query goes through the
 * {@link ScopedQueryGateway}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String OPENAPI_PATH = "/api/v1/openapi.json";
    static final String CALENDAR_FEEDS = "/api/v1/calendar-feeds/*";

    /*
     * Vaadin's bootstrap writes inline scripts and styles, and its client runs server-sent JavaScript through
     * Function(), so 'unsafe-inline' and 'unsafe-eval' stay for scripts; everything else comes from this origin
     * only (ECharts is served from /webjars; the push connection is a same-origin WebSocket). Frames, plugins and
     * foreign form targets are refused outright.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return UserDirectory.passwordEncoder();
    }

    /*
     * Through the command gateway, looked up at each use: the gateway's access check needs the user directory, which
     * needs this, so it cannot be handed over while the beans are built.
     */
    @Bean
    PrivilegeRecord privilegeRecord(ObjectProvider<org.axonframework.commandhandling.gateway.CommandGateway> commands) {
        return command -> commands.getObject().sendAndWait(command);
    }

    @Bean
    UserDirectory userDirectory(MongoDatabase database, PasswordEncoder passwords, ObjectProvider<Clock> clock,
            PrivilegeRecord privileges) {
        return new UserDirectory(database, passwords, clock.getIfAvailable(Clock::systemUTC), privileges);
    }

    @Bean
    SignInLog signInLog(MongoDatabase database, ObjectProvider<Clock> clock) {
        return new SignInLog(database, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ApiTokens apiTokens(MongoDatabase database, UserDirectory users, ObjectProvider<Clock> clock,
            @Value("${ponte.api.token-days:90}") int days, @Value("${ponte.api.tokens-per-user:20}") int cap,
            PrivilegeRecord privileges) {
        if (days < 1) {
            throw new IllegalArgumentException("ponte.api.token-days must be at least 1, not " + days);
        }
        return new ApiTokens(database, users, clock.getIfAvailable(Clock::systemUTC), java.time.Duration.ofDays(days),
                cap, privileges);
    }

    /* Before every filter of the application (Spring Security's included), so that throttles, logs and the
       sign-in's details all see the client's address, taken from X-Forwarded-For only behind a trusted proxy. */
    @Bean
    FilterRegistrationBean<ClientAddresses> clientAddresses(@Value("${ponte.trusted-proxies:}") String proxies) {
        var registration = new FilterRegistrationBean<>(new ClientAddresses(proxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    UserDetailsService userDetailsService(UserDirectory users) {
        return PonteUserDetails.service(users);
    }

    @Bean
    SignInEvents signInEvents(UserDirectory users, SignInLog log) {
        return new SignInEvents(users, log);
    }

    @Bean
    ApplicationRunner firstAdministrator(UserDirectory users,
            @Value("${ponte.admin.username:}") String username, @Value("${ponte.admin.password:}") String password) {
        return arguments -> new FirstAdministrator(users, username, password).createIfNoUsers();
    }

    @Bean
    ActingAs actingAs(UserDirectory users) {
        return new ActingAs(users);
    }

    @Bean
    CurrentCaller currentCaller(UserDirectory users, MongoDatabase database) {
        return new CurrentCaller(users, new ProgramLookup(database));
    }

    /** The workspace's listings ask this for the signed-in user's programs (every program for administrators). */
    @Bean
    @Primary
    ProgramScope signedInProgramScope(CurrentCaller callers) {
        return callers::programScope;
    }

    @Bean
    ProgramScopes programScopes(MongoDatabase database) {
        return new ProgramScopes(new ProgramLookup(database));
    }

    @Bean
    @Order(0)
    CommandAccess commandAccess(CurrentCaller callers, ProgramScopes scopes) {
        return new CommandAccess(callers, scopes);
    }

    @Bean
    @Order(1)
    CommandMetadataInterceptor commandMetadataInterceptor(CurrentCaller callers) {
        return new CommandMetadataInterceptor(new SecurityActorProvider(callers));
    }

    /* Events inherit who, role, source and correlation from their command; the lineage keys are renamed so they
       cannot overwrite the correlation id (see CommandMetadataInterceptor). */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(Actor.METADATA_KEYS.toArray(String[]::new));
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider(Actor.CAUSATION_ID, Actor.TRACE_ID);
    }

    // Replaces Axon's default gateway (it backs off when one is defined), so no caller can bypass the scoping.
    @Bean
    QueryGateway queryGateway(QueryBus queryBus, CurrentCaller callers, ProgramScopes scopes) {
        return new ScopedQueryGateway(DefaultQueryGateway.builder().queryBus(queryBus).build(), callers, scopes);
    }

    /* The firewall turns away addresses it finds dangerous (an empty or encoded path segment, a NUL…) before any
       chain runs; the answer is still a problem, with a fixed text, as nothing of the address may be echoed. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> Problems.write(response, HttpStatus.BAD_REQUEST, "malformed",
                "The request's address is malformed");
    }

    /** The same browser headers on every answer, the API's and the screens'. */
    private static void browserHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens,
            @Value("${ponte.api.rate-limit.per-minute:600}") int perMinute,
            @Value("${ponte.api.rate-limit.per-address-per-minute:1200}") int perAddress) throws Exception {
        var clock = Clock.systemUTC();
        browserHeaders(http);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPENAPI_PATH, OPENAPI_PATH + "/**").permitAll()
                        // Calendar apps poll without a session or token: the link's own token is checked by the
                        // feed, which acts for the link's owner as they are now (ActingAs).
                        .requestMatchers(HttpMethod.GET, CALENDAR_FEEDS).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(new BodySizeLimit(), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new StoreUnavailable(), BodySizeLimit.class)
                .addFilterAfter(new BearerTokenFilter(tokens, new RateLimiter(perMinute, perMinute, clock),
                        new RateLimiter(perAddress, perAddress, clock)), BodySizeLimit.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> Problems.write(response,
                                HttpStatus.UNAUTHORIZED, "unauthenticated",
                                "Send a personal API token as Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, e) -> Problems.write(response,
                                HttpStatus.FORBIDDEN, "access-denied", "Your role may not do this")));
        return http.build();
    }

    @Bean
    ManagementPort managementPort() {
        return new ManagementPort();
    }

    /*
     * The actuator: liveness and readiness are open, for load balancers and orchestrators (they say UP, DOWN or
     * OUT_OF_SERVICE and, to an administrator, why); everything else (metrics, info, the full health) is for
     * administrators, by a token in the ADMINISTRATOR role or an administrator's signed-in session, whose role is
     * read at use as on the screens. On a separate management port (management.server.port) everything is open:
     * the operator exposes that port to the monitoring network only. No session is created here, and nothing is
     * written, so no CSRF token is asked.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementFilterChain(HttpSecurity http, ApiTokens tokens, UserDirectory users,
            ManagementPort managementPort,
            @Value("${management.endpoints.web.base-path:/actuator}") String basePath,
            @Value("${ponte.api.rate-limit.per-minute:600}") int perMinute,
            @Value("${ponte.api.rate-limit.per-address-per-minute:1200}") int perAddress) throws Exception {
        var clock = Clock.systemUTC();
        browserHeaders(http);
        // Every address under the base path, so that one not exposed is refused here too (401, else 404).
        http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
                        PathPatternRequestMatcher.withDefaults().matcher(basePath + "/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(managementPort).permitAll()
                        .requestMatchers(basePath + "/health/liveness", basePath + "/health/readiness").permitAll()
                        .anyRequest().hasRole(Role.ADMINISTRATOR.name()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterAfter(new LiveAuthorities(users, clock), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, new RateLimiter(perMinute, perMinute, clock),
                        new RateLimiter(perAddress, perAddress, clock)), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> Problems.write(response,
                                HttpStatus.UNAUTHORIZED, "unauthenticated",
                                "Send an administrator's API token as Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, e) -> Problems.write(response,
                                HttpStatus.FORBIDDEN, "access-denied", "Only administrators may read this")));
        return http.build();
    }

    /** Reloads open screens whose user's role changed, so that their views' access is decided again. */
    @Bean
    LiveUiAccess liveUiAccess() {
        return new LiveUiAccess();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, SignInLog log, UserDirectory users, RequestUtil vaadinRequests,
            @Value("${ponte.sign-in.rate-limit.per-minute:10}") int perMinute) throws Exception {
        browserHeaders(http);
        /*
         * Vaadin's own set-up exempts the sign-in page from Spring's CSRF check, so a foreign page could post a
         * username and password to /login and sign its visitor in as someone else (login CSRF). Here only Vaadin's
         * internal requests are exempt, as they carry Vaadin's own per-UI token; the sign-in form sends Spring's
         * token, which Vaadin writes into the page's <meta name="_csrf"> and the login form posts back as _csrf.
         */
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Before any rule is checked: the session's authorities become the user's current role, or the session ends.
        http.addFilterAfter(new LiveAuthorities(users, Clock.systemUTC()), SecurityContextHolderFilter.class);
        http.addFilterBefore(new SignInThrottle(new RateLimiter(perMinute, perMinute, Clock.systemUTC()), log),
                UsernamePasswordAuthenticationFilter.class);
        // The wall screens' stylesheet and the chart library they load: a display link opens without signing in,
        // and a library request sent to the sign-in page left every wall chart undrawn.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/wall/**", "/webjars/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }
}
