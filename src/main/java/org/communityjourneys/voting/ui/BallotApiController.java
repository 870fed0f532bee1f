package org.communityjourneys.voting.ui;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.ReceiptCheck;
import org.communityjourneys.voting.service.NotEligibleToVote;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Casting a ballot over HTTP, as the signed-in resident (HTTP Basic, no session): the same rules
 * as the ballot screen, through {@link VoteService#cast}. Answers 201 with the receipt code, or a
 * 4xx with {@code {"error": "..."}} in plain English: 400 a ballot that breaks the journey's
 * rules, 403 a resident who may not vote here, 404 an unknown journey, 409 a vote that is not open
 * or a resident who has already voted.
 *
 * <p>{@code GET /api/journeys/{id}/receipts/{code}}, for anyone: whether the ballot with this receipt
 * code is in the ballot box and in the published, counted set ({@link ReceiptCheck}), never what it
 * chose; 404 when no ballot of the vote has the code.
 */
@RestController
class BallotApiController {

    /** The ballot as JSON: the ideas chosen, in order, and on a points ballot the points of each. */
    record BallotRequest(List<UUID> ideas, List<Integer> points) {
    }

    private final VoteService votes;
    private final CurrentUser currentUser;

    BallotApiController(VoteService votes, CurrentUser currentUser) {
        this.votes = votes;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/api/journeys/{journeyId}/ballots", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, String>> cast(@PathVariable String journeyId, @RequestBody(required = false) BallotRequest ballot) {
        UUID journey;
        try {
            journey = UUID.fromString(journeyId);
        } catch (IllegalArgumentException notAnId) {
            return error(HttpStatus.NOT_FOUND, "There is no such journey.");
        }
        if (ballot == null || ballot.ideas() == null) {
            return error(HttpStatus.BAD_REQUEST, "Send the ideas you vote for, as {\"ideas\": [\"idea id\", ...]}.");
        }
        try {
            BallotChoice choice = new BallotChoice(ballot.ideas(), ballot.points());
            String receipt = votes.cast(journey, currentUser.require(), choice);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("receipt", receipt, "journeyId", journey.toString()));
        } catch (NoSuchElementException unknown) {
            return error(HttpStatus.NOT_FOUND, "There is no such journey.");
        } catch (NotEligibleToVote | org.springframework.security.access.AccessDeniedException refused) {
            return error(HttpStatus.FORBIDDEN, refused.getMessage());
        } catch (IllegalStateException refused) {
            return error(HttpStatus.CONFLICT, refused.getMessage());
        } catch (IllegalArgumentException | NullPointerException refused) {
            return error(HttpStatus.BAD_REQUEST, refused.getMessage() == null ? "This ballot cannot be read." : refused.getMessage());
        }
    }

    @GetMapping(path = "/api/journeys/{journeyId}/receipts/{code}", produces = "application/json")
    ResponseEntity<Map<String, Object>> receipt(@PathVariable UUID journeyId, @PathVariable String code) {
        ReceiptCheck check = votes.checkReceipt(journeyId, code);
        if (!check.found()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "No ballot in this vote has this receipt code."));
        }
        return ResponseEntity.ok(Map.of("status", check.name(), "published", check.published(), "counted", check.counted()));
    }

    /** Malformed JSON (or an idea id that is not one) answers here, not on an error page. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException unreadable) {
        return error(HttpStatus.BAD_REQUEST, "This ballot cannot be read: send {\"ideas\": [\"idea id\", ...]} "
                + "and, on a points ballot, \"points\": [3, 2, ...].");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> notJson(HttpMediaTypeNotSupportedException notJson) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the ballot as JSON (Content-Type: application/json).");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
