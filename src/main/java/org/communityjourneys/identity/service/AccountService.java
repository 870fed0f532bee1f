package org.communityjourneys.identity.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.UserAccountRepository;
import org.communityjourneys.identity.domain.VoterProfile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their roles; also Spring Security's source of users. */
@Service
@Transactional
public class AccountService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the account unless one with this username exists; returns the stored account. */
    public UserAccount ensureAccount(String username, String displayName, String rawPassword,
            Set<Role> roles, String wardCode, boolean verified) {
        return accounts.findByUsername(UserAccount.normalise(username)).orElseGet(() -> {
            UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(rawPassword), roles);
            account.livesIn(wardCode, verified);
            return accounts.save(account);
        });
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return accounts.findByUsername(UserAccount.normalise(username));
    }

    @Transactional(readOnly = true)
    public boolean anyAccountHas(Role role) {
        return accounts.findAll().stream().anyMatch(account -> account.hasRole(role));
    }

    /**
     * The facts that decide whether this account may vote; empty when there is no such account. In a
     * request signed in with an API token, the facts read for that sign-in ({@link TokenSignIn}) a
     * moment ago answer for the signed-in account.
     */
    @Transactional(readOnly = true)
    public Optional<VoterProfile> voterProfile(String username) {
        if (username == null) {
            return Optional.empty();
        }
        String normalised = UserAccount.normalise(username);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getDetails() instanceof TokenSignIn read && read.username().equals(normalised)) {
            return Optional.of(read.voter());
        }
        return accounts.findVoterProfile(normalised);
    }

    /**
     * The account a request signs in as with an API token, read once for the request: switched on
     * or off, its roles now, and what decides whether it may vote. Empty for an unknown account and
     * for a paper record, which cannot sign in.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // one query: no transaction of its own
    public Optional<TokenSignIn> tokenSignIn(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return accounts.findForTokenSignIn(UserAccount.normalise(username)).filter(row -> !row.paperOnly()).map(row -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (row.roles() != null) {
                for (String role : row.roles().split(",")) {
                    roles.add(Role.valueOf(role));
                }
            }
            return new TokenSignIn(new VoterProfile(row.username(), row.enabled(), row.verified(), row.wardCode(),
                    row.ageBand() == null ? null : AgeBand.valueOf(row.ageBand()), row.twin()), roles);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findWithRoles(UserAccount.normalise(username))
                .filter(found -> !found.isPaperOnly())
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                .build();
    }
}
