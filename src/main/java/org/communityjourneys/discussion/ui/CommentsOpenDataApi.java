package org.communityjourneys.discussion.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.communityjourneys.discussion.service.OpenComments;
import org.communityjourneys.discussion.service.OpenComments.PublicComment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The discussions in the open-data API (README, "Open data API"): the comments on an idea, a funded
 * project or a whole journey, without personal data. No login, GET only; unknown or hidden ideas
 * answer 404.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class CommentsOpenDataApi {

    private final OpenComments comments;

    CommentsOpenDataApi(OpenComments comments) {
        this.comments = comments;
    }

    @GetMapping("/ideas/{id}/comments")
    ResponseEntity<List<PublicComment>> ofIdea(@PathVariable String id) {
        return answer(id, comments::ofIdea);
    }

    @GetMapping("/projects/{id}/comments")
    ResponseEntity<List<PublicComment>> ofProject(@PathVariable String id) {
        return answer(id, comments::ofProject);
    }

    @GetMapping("/journeys/{id}/comments")
    ResponseEntity<List<PublicComment>> ofJourney(@PathVariable String id) {
        return answer(id, comments::ofJourney);
    }

    private static ResponseEntity<List<PublicComment>> answer(String id, Function<UUID, Optional<List<PublicComment>>> read) {
        Optional<UUID> parsed;
        try {
            parsed = Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            parsed = Optional.empty();
        }
        return parsed.flatMap(read).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
