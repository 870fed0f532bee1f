package org.communityjourneys.voting.service;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.identity.domain.ResidentAccountDeleted;
import org.communityjourneys.identity.service.PersonalDataSource;
import org.communityjourneys.identity.service.Pseudonyms;
import org.communityjourneys.voting.domain.VoteParticipation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which votes a person took part in, and how (online or on paper). What they voted is never linked
 * to them, so there is nothing more to give or to delete. When they delete their account, the
 * record that they took part stays, so the number of voters still matches the ballots and the vote
 * cannot be repeated under the same record, but their username is replaced by a keyed one-way
 * marker ({@link #formerVoter}, HMAC-SHA256 with the server's pseudonym secret).
 */
@Component
@Transactional
class VotingPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;
    private final Pseudonyms pseudonyms;

    VotingPersonalData(EntityManager entityManager, Pseudonyms pseudonyms) {
        this.entityManager = entityManager;
        this.pseudonyms = pseudonyms;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> personalDataOf(String username) {
        List<VoteParticipation> votes = entityManager.createQuery(
                "select p from VoteParticipation p where p.key.resident = :resident order by p.castAt", VoteParticipation.class)
                .setParameter("resident", username).getResultList();
        return Map.of("votesTakenPartIn", votes.stream().map(vote -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("journeyId", vote.getJourneyId().toString());
            data.put("channel", vote.getChannel().name().toLowerCase(java.util.Locale.ROOT));
            data.put("castAt", vote.getCastAt().toString());
            data.put("note", "Your ballot itself is secret and is not linked to you.");
            return data;
        }).toList());
    }

    @Override
    public void forget(String username) {
        entityManager.flush();
        List<UUID> journeys = entityManager.createQuery(
                "select p.key.journeyId from VoteParticipation p where p.key.resident = :resident", UUID.class)
                .setParameter("resident", username).getResultList();
        for (UUID journeyId : journeys) {
            entityManager.createNativeQuery("update vote_participation set resident = :former where journey_id = :journey and resident = :resident")
                    .setParameter("former", formerVoter(journeyId, username))
                    .setParameter("journey", journeyId)
                    .setParameter("resident", username).executeUpdate();
        }
    }

    /**
     * What replaces a deleted voter's username: "a former resident" and a keyed hash of the journey
     * and username, different in every journey, so the rows cannot be linked to each other, nor
     * recomputed from a list of e-mail addresses without the server's secret.
     */
    String formerVoter(UUID journeyId, String username) {
        return pseudonyms.formerResident("vote:" + journeyId, username);
    }

    /**
     * The marker written before markers were keyed: a plain SHA-256 of journey id and username.
     * Rows written that way cannot be migrated (the username is gone), so a vote still checks this
     * marker too, and a voter deleted before the change still cannot vote twice in that journey.
     */
    static String legacyFormerVoter(UUID journeyId, String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((journeyId + ":" + username).getBytes(StandardCharsets.UTF_8));
            return ResidentAccountDeleted.FORMER_RESIDENT + " " + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
