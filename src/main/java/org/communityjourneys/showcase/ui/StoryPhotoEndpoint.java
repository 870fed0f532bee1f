package org.communityjourneys.showcase.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.showcase.domain.StoryPhoto;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the photos of showcase stories to anyone (they are shown on the public ward pages), with
 * the content type judged from their bytes when they were stored and {@code nosniff}, so a browser
 * never treats them as anything but an image. Lives under {@code /api/**}: GET only, no login.
 */
@RestController
class StoryPhotoEndpoint {

    private final ShowcaseService showcase;

    StoryPhotoEndpoint(ShowcaseService showcase) {
        this.showcase = showcase;
    }

    @GetMapping(StoryPhoto.PUBLIC_PATH + "{id}")
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        Optional<StoryPhoto> found = parse(id).flatMap(showcase::photo);
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        StoryPhoto photo = found.get();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.getContentType()))
                .contentLength(photo.getSizeBytes())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                // a photo never changes under its id: a new upload gets a new id
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .body(photo.getBytes());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
