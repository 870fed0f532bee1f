package org.communityjourneys.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID>, TokenSignInRows {

    Optional<UserAccount> findByUsername(String username);

    /** The account with its roles in one query, for logins. */
    @Query("select a from UserAccount a left join fetch a.roles where a.username = :username")
    Optional<UserAccount> findWithRoles(@Param("username") String username);

    /** What decides whether the account may vote, in one query. */
    @Query("select new org.communityjourneys.identity.domain.VoterProfile(a.username, a.enabled, a.verified, a.wardCode, a.ageBand,"
            + " coalesce(paper.username, online.username))"
            + " from UserAccount a left join UserAccount paper on paper.id = a.paperTwin"
            + " left join UserAccount online on online.paperTwin = a.id"
            + " where a.username = :username")
    Optional<VoterProfile> findVoterProfile(@Param("username") String username);

    boolean existsByUsername(String username);

    /** The online account matched to this paper record, if someone registered as that person. */
    Optional<UserAccount> findByPaperTwin(UUID paperRecordId);

    /** Residents with this name (without case) and postcode (without spaces or case): the same person, perhaps. */
    @Query("""
            select a from UserAccount a
            where lower(a.displayName) = lower(:name)
              and replace(lower(coalesce(a.postcode, '')), ' ', '') = replace(lower(:postcode), ' ', '')
            order by a.createdAt""")
    List<UserAccount> findSamePerson(@Param("name") String name, @Param("postcode") String postcode);

    /** Residents whose name, email or postcode contains the text (case-insensitive). */
    @Query("""
            select distinct a from UserAccount a join a.roles r
            where r = org.communityjourneys.identity.domain.Role.RESIDENT
              and (lower(a.displayName) like lower(concat('%', :text, '%'))
                or lower(a.username) like lower(concat('%', :text, '%'))
                or replace(lower(coalesce(a.postcode, '')), ' ', '') like lower(concat('%', replace(:text, ' ', ''), '%')))
            order by a.displayName""")
    List<UserAccount> searchResidents(@Param("text") String text);
}
