package org.communityjourneys.chest;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.chest.domain.GrantProgramme;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.GrantApplication;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantClaims;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13, point 6: every awarded grant of the three kinds, made through the real services, is
 * published over real HTTP as a 360Giving package that the standard's own schema (read from
 * ../shared/360giving, CC BY 4.0, 360Giving) accepts, with codelist values from its CSVs, no
 * holder's username, and one CSV row a grant; an open or declined grant is not published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "communityjourneys.open-data.org-id-prefix=360G-testchest")
@ActiveProfiles("test")
class ThreeSixtyGivingPublicationTest {

    static final Path STANDARD = Path.of("..", "shared", "360giving");
    static final String PACKAGE_SCHEMA_ID =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    ChestService chest;
    @Autowired
    GrantLifecycle lifecycle;
    @Autowired
    GrantClaims claims;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    @BeforeAll
    static void theStandardIsThere() {
        if (!Files.isRegularFile(STANDARD.resolve("360-giving-package-schema.json"))) {
            System.err.println("!!! NO 360GIVING SCHEMA at " + STANDARD.toAbsolutePath()
                    + ": the 360Giving publication is NOT validated against the standard !!!");
        }
        Assumptions.assumeTrue(Files.isRegularFile(STANDARD.resolve("360-giving-package-schema.json")),
                "no 360Giving schema at " + STANDARD.toAbsolutePath() + " (../shared/360giving): not validated");
    }

    @Test
    void awardedGrantsOfAllThreeKindsArePublishedValidAndWithoutPersonalNames() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID journeyGrant = journeyGrant("Stay and play " + tag, 80_000, true);
        UUID declined = journeyGrant("Declined idea " + tag, 30_000, false);
        Fund fund = chest.createFund("Open data fund " + tag, "Talk Community", "PUBLIC_HEALTH",
                LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), 10_000_00, "Test money", "governance");
        UUID hub = claims.apply(GrantProgramme.HUB_STARTUP, fund.getId(), "Bromyard hub " + tag,
                "hub@example.org", "Urn, tables and chairs", 150_000, "hubclaimant-" + tag);
        SignedIn.asFacilitator(() -> {
            lifecycle.recordDecision(hub, "FACILITATOR_CHECK", true, null);
            return null;
        });
        UUID fastTrack = claims.apply(GrantProgramme.FAST_TRACK, fund.getId(), "Kington \"Knit\", Natter " + tag,
                "knit@example.org", "Wool and tea", 40_000, "knitter-" + tag);
        SignedIn.asFacilitator(() -> {
            lifecycle.recordDecision(fastTrack, "FACILITATOR_CHECK", true, null);
            return null;
        });
        UUID stillApplied = claims.apply(GrantProgramme.FAST_TRACK, fund.getId(), "Waiting group " + tag,
                "wait@example.org", "Not decided yet", 20_000, "waiter-" + tag);

        HttpResponse<String> response = get("/api/grants/360giving.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        String body = response.body();

        List<Error> errors = packageSchema().validate(body, InputFormat.JSON);
        assertThat(errors).as("schema errors").isEmpty();

        JsonNode pack = json.readTree(body);
        assertThat(pack.path("license").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        pack.path("grants").forEach(grant -> byId.put(grant.path("id").asText(), grant));
        assertThat(byId).containsKeys("360G-testchest-" + journeyGrant, "360G-testchest-" + hub, "360G-testchest-" + fastTrack)
                .doesNotContainKeys("360G-testchest-" + declined, "360G-testchest-" + stillApplied);

        JsonNode journey = byId.get("360G-testchest-" + journeyGrant);
        assertThat(journey.path("amountAwarded").decimalValue()).isEqualByComparingTo("800.00");
        assertThat(journey.path("currency").asText()).isEqualTo("GBP");
        assertThat(journey.path("awardDate").asText()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
        assertThat(journey.at("/recipientOrganization/0/name").asText()).isEqualTo("Friends of the library " + tag);
        assertThat(journey.at("/beneficiaryLocation/0/geoCode").asText()).isEqualTo(Journeys.WARD);
        assertThat(journey.at("/fundingOrganization/0/id").asText()).isEqualTo("360G-testchest");
        assertThat(journey.at("/grantProgramme/0/code").asText()).isEqualTo("COMMUNITY_JOURNEY");
        assertThat(journey.path("classifications").findValuesAsText("code"))
                .contains(Theme.BEST_START_IN_LIFE.name(), Population.LONELY_OR_ISOLATED.name());
        assertThat(byId.get("360G-testchest-" + hub).at("/grantProgramme/0/code").asText()).isEqualTo("HUB_STARTUP");
        assertThat(byId.get("360G-testchest-" + fastTrack).path("amountAwarded").decimalValue()).isEqualByComparingTo("400.00");

        // codelists: every currency, geoCodeType and countryCode is one the standard's CSVs list
        Set<String> currencies = codes("currency.csv");
        Set<String> geoCodeTypes = codes("geoCodeType.csv");
        Set<String> countries = codes("countryCode.csv");
        for (JsonNode grant : pack.path("grants")) {
            assertThat(currencies).contains(grant.path("currency").asText());
            for (JsonNode location : grant.path("beneficiaryLocation")) {
                assertThat(geoCodeTypes).contains(location.path("geoCodeType").asText());
                assertThat(countries).contains(location.path("countryCode").asText());
            }
        }
        // no holder's or claimant's username, no contact, anywhere in what is published
        assertThat(body).doesNotContain("applicant", "hubclaimant-" + tag, "knitter-" + tag, "@example.org");

        HttpResponse<String> csv = get("/api/grants/360giving.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<List<String>> rows = parseCsv(csv.body());
        List<String> header = rows.get(0);
        assertThat(rows).hasSize(pack.path("grants").size() + 1);
        assertThat(header).startsWith("Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date");
        Set<String> titles = schemaTitles();
        for (String column : header) {
            for (String part : column.split(":")) {
                assertThat(part.matches("\\d+") || titles.contains(part)).as("column %s is titled as the schema does", column)
                        .isTrue();
            }
        }
        List<String> knit = rows.stream().filter(row -> row.get(0).equals("360G-testchest-" + fastTrack)).findFirst()
                .orElseThrow();
        assertThat(knit.get(header.indexOf("Amount Awarded"))).isEqualTo("400.00");
        assertThat(knit.get(header.indexOf("Recipient Org:Name"))).isEqualTo("Kington \"Knit\", Natter " + tag);
        assertThat(rows.stream().map(row -> row.get(0))).doesNotContain("360G-testchest-" + declined,
                "360G-testchest-" + stillApplied);
    }

    @Test
    void theValidatorRefusesABrokenPackage() throws Exception {
        ObjectNode broken = json.createObjectNode();
        ObjectNode grant = broken.putArray("grants").addObject();
        grant.put("id", "360G-testchest-broken");
        grant.put("title", "No amount, an unknown currency, no funder");
        grant.put("description", "Broken on purpose");
        grant.put("currency", "XXQ");
        grant.put("awardDate", "2 December 2026");
        grant.putArray("recipientOrganization").addObject().put("id", "360G-testchest-ORG-1").put("name", "A group");
        List<Error> errors = packageSchema().validate(json.writeValueAsString(broken), InputFormat.JSON);
        assertThat(errors).isNotEmpty();
        assertThat(packageSchema().validate("{\"grants\": []}", InputFormat.JSON)).isNotEmpty();
    }

    private UUID journeyGrant(String title, long pence, boolean approved) {
        Journey journey = Journeys.launch(journeys, 500_000);
        chest.reserveJourneyBudget(journey.getId(), 500_000, "facilitator");
        ideas.openWindow(journey.getId());
        String author = "applicant";
        UUID idea = SignedIn.as(author, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(title,
                "Weekly sessions", pence, Theme.BEST_START_IN_LIFE, Journeys.WARD, "Friends of the library",
                "friends@example.org", Set.of(Population.LONELY_OR_ISOLATED)), author));
        UUID grant = chest.openGrant(journey.getId(), idea);
        SignedIn.as(author, "APPLICANT", () -> lifecycle.recordApplication(grant, new GrantApplication(
                "Friends of the library " + title.substring(title.length() - 8), "friends@example.org", pence, false,
                false, "Sessions")));
        lifecycle.recordRoute(grant, "FACILITATOR_CHECK");
        SignedIn.asFacilitator(() -> {
            lifecycle.recordDecision(grant, "FACILITATOR_CHECK", approved, approved ? "Fine" : "Not this time");
            return null;
        });
        if (approved) {
            SignedIn.as(author, "APPLICANT", () -> lifecycle.recordAgreement(grant, true));
        }
        return grant;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Schema packageSchema() throws IOException {
        String packageSchema = Files.readString(STANDARD.resolve("360-giving-package-schema.json"));
        String grantSchema = Files.readString(STANDARD.resolve("360-giving-schema.json"));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(Map.of(PACKAGE_SCHEMA_ID, packageSchema,
                        "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json", grantSchema,
                        "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json", grantSchema)));
        return registry.getSchema(SchemaLocation.of(PACKAGE_SCHEMA_ID));
    }

    /** The first column (Code) of a codelist CSV of the standard. */
    private static Set<String> codes(String codelist) throws IOException {
        List<List<String>> rows = parseCsv(Files.readString(STANDARD.resolve(codelist)));
        return rows.subList(1, rows.size()).stream().map(row -> row.get(0)).collect(java.util.stream.Collectors.toSet());
    }

    /** Every "title" the grant schema gives a field. */
    private Set<String> schemaTitles() throws IOException {
        Set<String> titles = new java.util.HashSet<>();
        collectTitles(json.readTree(STANDARD.resolve("360-giving-schema.json").toFile()), titles);
        return titles;
    }

    private static void collectTitles(JsonNode node, Set<String> titles) {
        if (node.path("title").isTextual()) {
            titles.add(node.path("title").asText());
        }
        node.forEach(child -> collectTitles(child, titles));
    }

    /** RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
