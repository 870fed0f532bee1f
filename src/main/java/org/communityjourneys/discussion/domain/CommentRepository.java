package org.communityjourneys.discussion.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, UUID> {

    List<Comment> findByIdeaIdOrderByPostedAtAscIdAsc(UUID ideaId);

    List<Comment> findByProjectIdOrderByPostedAtAscIdAsc(UUID projectId);

    List<Comment> findByJourneyIdOrderByPostedAtAscIdAsc(UUID journeyId);

    List<Comment> findByAuthorOrderByPostedAt(String author);

    /** Comments on each idea that the public sees (not deleted, not hidden), replies included. */
    @Query("""
            select c.ideaId, count(c) from Comment c
            where c.ideaId in :ideaIds and c.deletedAt is null and c.hiddenAt is null group by c.ideaId""")
    List<Object[]> countShownByIdea(Collection<UUID> ideaIds);

    /** As {@link #countShownByIdea}, for funded projects. */
    @Query("""
            select c.projectId, count(c) from Comment c
            where c.projectId in :projectIds and c.deletedAt is null and c.hiddenAt is null group by c.projectId""")
    List<Object[]> countShownByProject(Collection<UUID> projectIds);
}
