package org.communityjourneys.identity.service;

import java.util.Optional;
import java.util.Set;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.UserAccountRepository;
import org.communityjourneys.identity.domain.VoterProfile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
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

    /** The facts that decide whether this account may vote; empty when there is no such account. */
    @Transactional(readOnly = true)
    public Optional<VoterProfile> voterProfile(String username) {
        return username == null ? Optional.empty() : accounts.findVoterProfile(UserAccount.normalise(username));
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
