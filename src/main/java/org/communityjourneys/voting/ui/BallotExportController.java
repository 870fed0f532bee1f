package org.communityjourneys.voting.ui;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The anonymous ballots of a closed vote as a pabulib .pb file, for anyone logged in to recount. */
@RestController
class BallotExportController {

    private final VoteService votes;

    BallotExportController(VoteService votes) {
        this.votes = votes;
    }

    @GetMapping("/journeys/{journeyId}/ballots.pb")
    ResponseEntity<String> ballots(@PathVariable UUID journeyId) {
        if (!votes.isClosed(journeyId)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_PLAIN)
                    .body("The ballots are published once the vote has closed.\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("journey-" + journeyId + ".pb").build().toString())
                .body(votes.exportPabulib(journeyId));
    }
}
