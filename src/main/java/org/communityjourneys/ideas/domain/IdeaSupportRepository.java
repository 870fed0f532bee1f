package org.communityjourneys.ideas.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IdeaSupportRepository extends JpaRepository<IdeaSupport, IdeaSupport.Key> {

    @Query("select count(s) from IdeaSupport s where s.key.ideaId = :ideaId")
    long countForIdea(java.util.UUID ideaId);
}
