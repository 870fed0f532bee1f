package org.communityjourneys.wards.ui;

import java.util.List;
import java.util.UUID;
import org.communityjourneys.wards.service.OpenData.IdeaSummary;
import org.communityjourneys.wards.service.OpenData.JourneyDetail;
import org.communityjourneys.wards.service.OpenData.JourneySummary;
import org.communityjourneys.wards.service.OpenData.WardSummary;
import org.communityjourneys.wards.service.WardPages;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The read-only open-data API (documented in README, "Open data API"). No login, no personal data. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class OpenDataApi {

    private final WardPages pages;

    OpenDataApi(WardPages pages) {
        this.pages = pages;
    }

    @GetMapping("/wards")
    List<WardSummary> wards() {
        return pages.wards();
    }

    @GetMapping("/journeys")
    List<JourneySummary> journeys() {
        return pages.journeys();
    }

    @GetMapping("/journeys/{id}")
    ResponseEntity<JourneyDetail> journey(@PathVariable String id) {
        return parse(id).flatMap(pages::journey).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/journeys/{id}/ideas")
    ResponseEntity<List<IdeaSummary>> ideas(@PathVariable String id) {
        return parse(id).flatMap(pages::ideasOf).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /**
     * Unknown journeys answer 404 with an empty body, set here rather than through an error
     * dispatch (which would land in the Vaadin security chain).
     */
    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
