package org.communityjourneys.ideas.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IdeaSupportRepository extends JpaRepository<IdeaSupport, IdeaSupport.Key> {

    @Query("select count(s) from IdeaSupport s where s.key.ideaId = :ideaId")
    long countForIdea(UUID ideaId);

    @Query("select s from IdeaSupport s where s.key.ideaId = :ideaId")
    List<IdeaSupport> findForIdea(UUID ideaId);
}
