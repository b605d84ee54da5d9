package vn.thidua.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The users of {@code thidua.identity.users}: who may sign in, and the unit and roles their tokens carry. */
public class UserDirectory implements UserDetailsService {

    private final Map<String, IdentityProperties.User> users = new LinkedHashMap<>();

    public UserDirectory(List<IdentityProperties.User> users) {
        for (IdentityProperties.User user : users) {
            if (user.username() == null || user.username().isBlank())
                throw new IllegalArgumentException("thidua.identity.users: a user without a username");
            if (user.password() == null || !user.password().startsWith("{"))
                throw new IllegalArgumentException("thidua.identity.users: the password of " + user.username()
                        + " must name its encoding, e.g. {bcrypt}$2a$10$... or {noop}...");
            if (user.unitId() == null || user.unitId().isBlank() || user.roles().isEmpty())
                throw new IllegalArgumentException("thidua.identity.users: " + user.username()
                        + " needs a unit-id and at least one role");
            if (this.users.put(user.username(), user) != null)
                throw new IllegalArgumentException("thidua.identity.users: " + user.username() + " appears twice");
        }
    }

    public Optional<IdentityProperties.User> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public List<IdentityProperties.User> all() {
        return List.copyOf(users.values());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        IdentityProperties.User user = users.get(username);
        if (user == null) throw new UsernameNotFoundException("unknown user");
        return User.withUsername(user.username())
                .password(user.password())
                .roles(user.roles().toArray(String[]::new))
                .build();
    }
}
