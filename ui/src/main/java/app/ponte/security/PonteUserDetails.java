package app.ponte.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** A user as Spring Security's sign-in sees them. */
public record PonteUserDetails(String userId, String username, String passwordHash, Role role, boolean enabled,
        boolean locked) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Loads users from the {@link UserDirectory} for form sign-in. */
    static UserDetailsService service(UserDirectory users) {
        return username -> users.byUsername(username)
                // No account is locked: wrong passwords slow the address they come from (SignInThrottle).
                .map(u -> new PonteUserDetails(u.userId(), u.username(), u.passwordHash(), u.role(), u.enabled(),
                        false))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Override
    public String toString() {
        // Records print every component; the hash must never reach a log.
        return "PonteUserDetails[" + username + ", " + role + "]";
    }
}
