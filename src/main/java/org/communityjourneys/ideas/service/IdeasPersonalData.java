package org.communityjourneys.ideas.service;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.identity.domain.ResidentAccountDeleted;
import org.communityjourneys.identity.service.PersonalDataSource;
import org.communityjourneys.ideas.domain.Idea;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideas a person put forward and the ideas they supported. When they delete their account,
 * their ideas stay (the community may already have shortlisted or voted on them) but the author
 * becomes "a former resident" and the contact details are cleared; their supports still count but
 * no longer carry their name.
 */
@Component
@Transactional
class IdeasPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    IdeasPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> personalDataOf(String username) {
        List<Idea> authored = entityManager
                .createQuery("select i from Idea i where i.author = :author order by i.submittedAt", Idea.class)
                .setParameter("author", username).getResultList();
        List<Object[]> supported = entityManager.createQuery("""
                select s.key.ideaId, i.title, s.supportedAt from IdeaSupport s, Idea i
                where i.id = s.key.ideaId and s.key.supporter = :supporter order by s.supportedAt""", Object[].class)
                .setParameter("supporter", username).getResultList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ideasAuthored", authored.stream().map(IdeasPersonalData::ideaData).toList());
        data.put("ideasSupported", supported.stream().map(row -> {
            Map<String, Object> support = new LinkedHashMap<>();
            support.put("ideaId", row[0].toString());
            support.put("title", row[1]);
            support.put("supportedAt", row[2].toString());
            return support;
        }).toList());
        return data;
    }

    private static Map<String, Object> ideaData(Idea idea) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", idea.getId().toString());
        data.put("journeyId", idea.getJourneyId().toString());
        data.put("wardCode", idea.getWardCode());
        data.put("title", idea.getTitle());
        data.put("description", idea.getDescription());
        data.put("estimatedCostPence", idea.getEstimatedCostPence());
        data.put("theme", idea.getTheme().label());
        data.put("ledBy", idea.getLedBy());
        data.put("contact", idea.getContact());
        data.put("status", idea.getStatus().label());
        data.put("submittedAt", idea.getSubmittedAt().toString());
        idea.getPlace().ifPresent(place -> data.put("place", Map.of("latitude", place.latitude(), "longitude", place.longitude(),
                "givenBy", idea.getPlaceGivenBy().name())));
        return data;
    }

    @Override
    public void forget(String username) {
        entityManager.flush();
        entityManager.createQuery("""
                update Idea i set i.author = :former, i.contact = null, i.version = i.version + 1
                where i.author = :author""")
                .setParameter("former", ResidentAccountDeleted.FORMER_RESIDENT)
                .setParameter("author", username).executeUpdate();
        // each support keeps its own row (one per supporter per idea), so each gets its own marker
        List<UUID> supportedIdeas = entityManager
                .createQuery("select s.key.ideaId from IdeaSupport s where s.key.supporter = :supporter", UUID.class)
                .setParameter("supporter", username).getResultList();
        for (UUID ideaId : supportedIdeas) {
            entityManager.createNativeQuery("update idea_support set supporter = :former where idea_id = :idea and supporter = :supporter")
                    .setParameter("former", ResidentAccountDeleted.FORMER_RESIDENT + " " + UUID.randomUUID())
                    .setParameter("idea", ideaId)
                    .setParameter("supporter", username).executeUpdate();
        }
    }
}
