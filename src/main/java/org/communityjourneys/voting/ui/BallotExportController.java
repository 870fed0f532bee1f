package org.communityjourneys.voting.ui;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymous ballots of a closed vote as a pabulib .pb file. They are published when the count
 * is certified: from then on for everyone; before, only facilitators (who certify the count) get
 * them, and everyone else is refused with 403. While the vote is open: 409 for all.
 */
@RestController
class BallotExportController {

    private final VoteService votes;
    private final CurrentUser currentUser;

    BallotExportController(VoteService votes, CurrentUser currentUser) {
        this.votes = votes;
        this.currentUser = currentUser;
    }

    @GetMapping("/journeys/{journeyId}/ballots.pb")
    ResponseEntity<String> ballots(@PathVariable UUID journeyId) {
        if (!votes.isClosed(journeyId)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_PLAIN)
                    .body("The ballots are published once the vote has closed.\n");
        }
        if (!votes.ballotsArePublished(journeyId) && !currentUser.hasRole(Role.FACILITATOR)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN)
                    .body("The ballots are published when the count is certified.\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("journey-" + journeyId + ".pb").build().toString())
                .body(votes.exportPabulib(journeyId));
    }
}
