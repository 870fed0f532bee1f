package org.communityjourneys.identity.service;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of who to tell about something: the residents registered in some wards, the
 * people who hold a role, or one person by username. Only enabled accounts are returned.
 */
@Service
@Transactional(readOnly = true)
public class ResidentDirectory {

    private final EntityManager entityManager;

    ResidentDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Someone the product can write to: their username, name and (if the username is one) email address. */
    public record Contact(String username, String displayName) {

        /** The username when it is an email address (residents register with theirs), otherwise empty. */
        public Optional<String> email() {
            return username.contains("@") ? Optional.of(username) : Optional.empty();
        }
    }

    /** Residents (verified or not) registered in any of the wards, by username. */
    public List<Contact> residentsOfWards(Collection<String> wardCodes) {
        if (wardCodes == null || wardCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select distinct a from UserAccount a join a.roles r
                where r = :resident and a.enabled = true and a.wardCode in :wards
                order by a.username""", UserAccount.class)
                .setParameter("resident", Role.RESIDENT)
                .setParameter("wards", wardCodes)
                .getResultList().stream().map(ResidentDirectory::contact).toList();
    }

    /** Everyone holding at least one of the roles, by username. */
    public List<Contact> holdersOfAnyRole(Collection<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select distinct a from UserAccount a join a.roles r
                where r in :roles and a.enabled = true
                order by a.username""", UserAccount.class)
                .setParameter("roles", roles)
                .getResultList().stream().map(ResidentDirectory::contact).toList();
    }

    /** One enabled account by username. */
    public Optional<Contact> find(String username) {
        return entityManager.createQuery("select a from UserAccount a where a.username = :username and a.enabled = true",
                        UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultStream().findFirst().map(ResidentDirectory::contact);
    }

    private static Contact contact(UserAccount account) {
        return new Contact(account.getUsername(), account.getDisplayName());
    }
}
