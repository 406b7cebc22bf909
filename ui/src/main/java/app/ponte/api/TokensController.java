package app.ponte.api;

import app.ponte.program.ProgramId;
import app.ponte.security.AccessDenied;
import app.ponte.security.ApiTokens;
import app.ponte.security.Caller;
import app.ponte.security.CurrentCaller;
import app.ponte.security.Role;
import app.ponte.security.UnknownRecord;
import app.ponte.security.UserDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who the token acts as, and the caller's own tokens: list, issue (narrower or equal scope) and revoke. */
@RestController
class TokensController {

    private final ApiTokens tokens;
    private final CurrentCaller callers;
    private final UserDirectory users;

    TokensController(ApiTokens tokens, CurrentCaller callers, UserDirectory users) {
        this.tokens = tokens;
        this.callers = callers;
        this.users = users;
    }

    /** The caller as the access checks see them. */
    record Me(String userId, String username, Role role, Set<ProgramId> programs, boolean everyProgram) {}

    /**
     * A token to issue; {@code programs} empty means all the caller's own; {@code expiresAt} absent means the
     * default lifetime (90 days unless configured), which is also the longest.
     */
    record NewToken(String label, Role role, Set<ProgramId> programs, Instant expiresAt) {}

    @GetMapping("/api/v1/me")
    Me me() {
        var caller = caller();
        return new Me(caller.userId(), caller.username(), caller.role(), caller.programs(), caller.everyProgram());
    }

    @GetMapping("/api/v1/tokens")
    List<ApiTokens.TokenInfo> mine() {
        return tokens.of(caller().userId());
    }

    /** The secret is in this answer only; it cannot be shown again. */
    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken issue(@RequestBody NewToken request) {
        var caller = caller();
        if (request == null) {
            throw new MalformedBody("The body must be a JSON object with label, role and programs");
        }
        mayManageTokens(caller);
        // A token never reaches further than the one that asks for it.
        if (request.role() != null && !caller.role().delegable().contains(request.role())) {
            throw new AccessDenied("A token acting as " + caller.role() + " cannot issue one acting as "
                    + request.role());
        }
        Set<ProgramId> programs = request.programs() == null || request.programs().isEmpty()
                ? (caller.everyProgram() ? Set.of() : caller.programs())
                : request.programs();
        if (!caller.everyProgram() && !caller.programs().containsAll(programs)) {
            throw new AccessDenied("A token can only cover programs its issuer may see");
        }
        return tokens.issue(caller.userId(), request.label(), request.role(), programs, request.expiresAt());
    }

    @DeleteMapping("/api/v1/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String tokenId) {
        var caller = caller();
        var token = tokens.byId(tokenId).orElseThrow(() -> new UnknownRecord("There is no token " + tokenId));
        if (!token.userId().equals(caller.userId()) && !caller.everyProgram()) {
            throw new UnknownRecord("There is no token " + tokenId);
        }
        mayManageTokens(caller);
        if (!noWiderThan(token, caller)) {
            throw new AccessDenied("A token may revoke only tokens no wider than itself; this one acts as "
                    + caller.role() + " and the other as " + token.role());
        }
        tokens.revoke(tokenId);
    }

    /* Managing tokens is a change: a read-only token (a viewer's, or one narrowed to viewing) may neither issue nor
       revoke, so that a leaked viewing token cannot mint itself siblings or cut off wider ones. */
    private static void mayManageTokens(Caller caller) {
        if (caller.role() == Role.VIEWER) {
            throw new AccessDenied("A token acting as VIEWER may not issue or revoke tokens");
        }
    }

    /*
     * The other token reaches no further than the caller: a role the caller's may delegate, and programs within the
     * caller's. A token listing no programs covers all its user's, so only an every-program caller, or one holding
     * all of that user's programs, is as wide.
     */
    private boolean noWiderThan(ApiTokens.TokenInfo token, Caller caller) {
        if (!caller.role().delegable().contains(token.role())) {
            return false;
        }
        if (caller.everyProgram()) {
            return true;
        }
        Set<ProgramId> reach = token.programs().isEmpty()
                ? users.byId(token.userId()).map(user -> user.role().seesEveryProgram() ? null : user.programs())
                        .orElse(Set.of())
                : token.programs();
        return reach != null && caller.programs().containsAll(reach);
    }

    private Caller caller() {
        return callers.current().orElseThrow(() -> new AccessDenied("Sign in with an API token"));
    }
}
