package org.communityjourneys.wards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.showcase.domain.PhotoUpload;
import org.communityjourneys.showcase.domain.StoryNote;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.Photos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The open-data API over real HTTP, as an anonymous visitor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenDataApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.communityjourneys.identity.service.AccountService accounts;

    @LocalServerPort
    int port;
    @Autowired
    JourneyService journeys;
    @Autowired
    ShowcaseService showcase;
    @Autowired
    IdeaService ideas;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoPersonalData(String json) {
        assertThat(json).doesNotContain("@").doesNotContain(Wards.LED_BY).doesNotContain("\"facilitator\"")
                .doesNotContain("\"resident\"").doesNotContain("launchedBy").doesNotContain("author");
    }

    @Test
    void anyoneCanListTheWards() throws Exception {
        HttpResponse<String> response = get("/api/wards");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"code\":\"E05009438\"").contains("\"name\":\"Arrow\"");
        assertThat(response.body().split("\"code\":")).hasSize(54);
    }

    @Test
    void anyoneCanReadJourneysAndTheirIdeasWithoutPersonalData() throws Exception {
        Journey journey = Wards.journeyWithAnIdea(accounts, journeys, showcase, ideas);

        HttpResponse<String> list = get("/api/journeys");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(journey.getId().toString()).contains(journey.getTitle());
        assertNoPersonalData(list.body());

        HttpResponse<String> one = get("/api/journeys/" + journey.getId());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains(journey.getTitle()).contains("Somewhere warm to meet in winter")
                .contains("\"conversations\":1").contains("Warm space on Tuesdays");
        assertNoPersonalData(one.body());

        HttpResponse<String> ideaList = get("/api/journeys/" + journey.getId() + "/ideas");
        assertThat(ideaList.statusCode()).isEqualTo(200);
        assertThat(ideaList.body()).contains("Warm space on Tuesdays").contains("\"estimatedCostPence\":120000");
        assertNoPersonalData(ideaList.body());
    }

    @Test
    void storyPhotosAreServedToAnyoneWithTheirTypeAndNosniff() throws Exception {
        byte[] png = Photos.png();
        Journey journey = Wards.journeyWithAnIdea(accounts, journeys, showcase, ideas, List.of(
                new StoryNote("The lunch club's first birthday.", "A cake with one candle", null, new PhotoUpload("cake.png", png)),
                new StoryNote("The choir sang.", "Singers in a row", null, new PhotoUpload("choir.jpg", Photos.jpeg()))));
        UUID pngId = showcase.forJourney(journey.getId()).get(0).getStories().get(1).getPhotoId();
        UUID jpegId = showcase.forJourney(journey.getId()).get(0).getStories().get(2).getPhotoId();

        HttpResponse<String> detail = get("/api/journeys/" + journey.getId());
        assertThat(detail.body()).contains("\"photoUrl\":\"/api/showcase/photos/" + pngId + "\"")
                .contains("\"photoCaption\":\"A cake with one candle\"");

        HttpResponse<byte[]> photo = anonymous.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/showcase/photos/" + pngId)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(photo.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(photo.body()).isEqualTo(png);

        HttpResponse<byte[]> jpeg = anonymous.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/showcase/photos/" + jpegId)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(jpeg.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(jpeg.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        assertThat(get("/api/showcase/photos/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("/api/showcase/photos/not-a-photo").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownJourneyIsNotFound() throws Exception {
        assertThat(get("/api/journeys/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("/api/journeys/" + UUID.randomUUID() + "/ideas").statusCode()).isEqualTo(404);
        assertThat(get("/api/journeys/not-a-journey").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiIsReadOnly() throws Exception {
        HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/journeys"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(401, 403, 405);
    }
}
