package org.communityjourneys.chest.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.communityjourneys.chest.service.ThreeSixtyGivingPublication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every awarded grant as 360Giving open data (docs/open-data.md): the JSON package and the CSV.
 * Anonymous, GET only, no personal data, CC BY 4.0.
 */
@RestController
class GrantsOpenDataApi {

    private final ThreeSixtyGivingPublication publication;

    GrantsOpenDataApi(ThreeSixtyGivingPublication publication) {
        this.publication = publication;
    }

    @GetMapping(path = ThreeSixtyGivingPublication.JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> json() {
        return download("grants-360giving.json").body(publication.jsonPackage());
    }

    @GetMapping(path = ThreeSixtyGivingPublication.CSV_PATH, produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> csv() {
        return download("grants-360giving.csv").body(publication.csv());
    }

    private static ResponseEntity.BodyBuilder download(String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
                .header("Link", "<" + ThreeSixtyGivingPublication.LICENCE + ">; rel=\"license\"")
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
    }
}
