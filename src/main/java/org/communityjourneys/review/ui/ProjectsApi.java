package org.communityjourneys.review.ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.review.service.Projects.ProjectDetail;
import org.communityjourneys.review.service.Projects.ProjectSummary;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data about funded projects: {@code /api/projects} and {@code /api/projects/{id}}, plus the
 * photo of a story the group agreed to share. Anonymous, GET only, no personal data.
 */
@RestController
class ProjectsApi {

    static final String PHOTO_PATH = "/api/projects/{id}/photo";

    private final Projects projects;

    ProjectsApi(Projects projects) {
        this.projects = projects;
    }

    static String photoUrl(UUID projectId) {
        // relative to the page's base, like the other public photos
        return PHOTO_PATH.substring(1).replace("{id}", projectId.toString());
    }

    @GetMapping(path = "/api/projects", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ProjectSummary> projects() {
        return projects.all();
    }

    @GetMapping(path = "/api/projects/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProjectDetail> project(@PathVariable String id) {
        return parse(id).flatMap(projects::project).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(PHOTO_PATH)
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        Optional<LearningReport> report = parse(id).flatMap(projects::sharedPhoto);
        if (report.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(report.get().getPhotoType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(report.get().getPhoto());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
