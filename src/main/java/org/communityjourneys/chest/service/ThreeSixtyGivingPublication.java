package org.communityjourneys.chest.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundRepository;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantAward;
import org.communityjourneys.chest.domain.GrantAwardRepository;
import org.communityjourneys.chest.domain.GrantRepository;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.service.WardDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every awarded grant (a journey's, a hub start-up, a fast track) in the 360Giving Data Standard:
 * its JSON package and its flattened CSV, the form UK funders publish to GrantNav. Awarded means
 * approved and on (agreed, paid, reported); open, applied, routed, declined and withdrawn grants are
 * left out. No personal data: a grant to a resident with no organisation names its recipient only
 * as "Individual", with an identifier made from the grant's, never the holder's name or username.
 * The amount is the approved amount; payments are not published here.
 */
@Service
@Transactional(readOnly = true)
public class ThreeSixtyGivingPublication {

    /** The schema's version this publication follows (major.minor, as the package's version field). */
    public static final String SCHEMA_VERSION = "1.4";
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    /** Where the publication is served (relative to the site), its JSON package and its CSV. */
    public static final String JSON_PATH = "/api/grants/360giving.json";
    public static final String CSV_PATH = "/api/grants/360giving.csv";
    static final String JOURNEY_PROGRAMME = "COMMUNITY_JOURNEY";
    private static final Set<GrantStatus> NOT_AWARDED = EnumSet.of(GrantStatus.OPEN, GrantStatus.APPLIED,
            GrantStatus.ROUTED, GrantStatus.DECLINED, GrantStatus.WITHDRAWN);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final GrantRepository grants;
    private final FundRepository funds;
    private final GrantAwardRepository awards;
    private final IdeaService ideas;
    private final WardDirectory wards;
    private final ObjectMapper json;
    private final Clock clock;
    private final String prefix;
    private final String funderName;
    private final String publicUrl;

    ThreeSixtyGivingPublication(GrantRepository grants, FundRepository funds,
            GrantAwardRepository awards, IdeaService ideas, WardDirectory wards, ObjectMapper json, Optional<Clock> clock,
            @Value("${communityjourneys.open-data.org-id-prefix:360G-communityjourneys}") String prefix,
            @Value("${communityjourneys.open-data.funder-name:Community Journeys community chest}") String funderName,
            @Value("${communityjourneys.public-url:http://localhost:8080}") String publicUrl) {
        this.grants = grants;
        this.funds = funds;
        this.awards = awards;
        this.ideas = ideas;
        this.wards = wards;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
        this.prefix = prefix;
        this.funderName = funderName;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Whether a grant in this state counts as awarded (approved and on, part paid included). */
    public static boolean isAwarded(GrantStatus status) {
        return !NOT_AWARDED.contains(status);
    }

    /** The 360Giving identifier of a grant: the organisation prefix and the grant's id. */
    public String grantIdentifier(UUID grantId) {
        return prefix + "-" + grantId;
    }

    /** The JSON package: every awarded grant, newest award first. */
    public ObjectNode jsonPackage() {
        ObjectNode pack = json.createObjectNode();
        pack.put("version", SCHEMA_VERSION);
        pack.put("title", funderName + ": grants awarded");
        pack.put("description", "Every grant awarded from the community chest: journey grants chosen by residents'"
                + " votes, hub start-up grants and small-grants fast-track grants.");
        pack.put("identifier", prefix + "-grants");
        pack.put("issued", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        pack.put("license", LICENCE);
        ObjectNode publisher = pack.putObject("publisher");
        publisher.put("name", funderName);
        publisher.put("identifier", prefix);
        ArrayNode list = pack.putArray("grants");
        grantNodes().forEach(list::add);
        return pack;
    }

    /** The same grants flattened to the standard's spreadsheet columns, one row a grant (RFC 4180). */
    public byte[] csv() {
        List<ObjectNode> rows = grantNodes();
        List<Column> columns = ThreeSixtyGivingColumns.forGrants(rows);
        StringBuilder out = new StringBuilder();
        out.append(columns.stream().map(column -> quoted(column.title())).collect(Collectors.joining(","))).append("\r\n");
        for (ObjectNode row : rows) {
            out.append(columns.stream().map(column -> quoted(text(row.at(column.pointer()))))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV column: its 360Giving title and where its value is in a grant's JSON. */
    record Column(String title, String pointer) {
    }

    private List<ObjectNode> grantNodes() {
        Map<UUID, Fund> fundsById = funds.findAll().stream().collect(Collectors.toMap(Fund::getId, Function.identity()));
        Map<UUID, Instant> awardedAt = awards.findAll().stream()
                .collect(Collectors.toMap(GrantAward::getGrantId, GrantAward::getAwardedAt));
        List<Awarded> awarded = new ArrayList<>();
        grants.findAll().stream().filter(grant -> isAwarded(grant.getStatus())).forEach(grant -> {
            Fund fund = fundsById.get(grant.getFundId());
            ObjectNode node = grant.getProgramme().isDrawnFromFund() ? grantFromFund(grant, fund) : journeyGrant(grant, fund);
            awarded.add(dated(node, awardedAt.getOrDefault(grant.getId(), grant.getCreatedAt()), fund));
        });
        return awarded.stream().sorted(Comparator.comparing(Awarded::at).reversed()).map(Awarded::grant).toList();
    }

    private record Awarded(Instant at, ObjectNode grant) {
    }

    private ObjectNode journeyGrant(Grant grant, Fund fund) {
        Idea idea = ideas.get(grant.getIdeaId());
        ObjectNode node = common(grant.getId(), grant.getTitle(), "A community journey grant for \u201c" + grant.getTitle()
                + "\u201d, an idea residents chose in a participatory vote.", grant.getAmountPence(), fund);
        if (grant.getOrganisation() == null || grant.getOrganisation().isBlank()) {
            ObjectNode individual = node.putObject("recipientIndividual");
            individual.put("id", prefix + "-IND-" + grant.getId());
            individual.put("name", "Individual");
        } else {
            recipientOrganisation(node, grant.getOrganisation());
        }
        if (idea.getWardCode() != null) {
            ward(node.putArray("beneficiaryLocation"), idea.getWardCode());
        }
        programme(node, JOURNEY_PROGRAMME, "Community journey grant");
        ArrayNode classifications = node.putArray("classifications");
        if (idea.getTheme() != null) {
            classification(classifications, "Community Journeys theme", idea.getTheme().name(), idea.getTheme().label());
        }
        for (Population population : idea.getPopulations().stream().sorted().toList()) {
            classification(classifications, "Community Journeys population", population.name(), population.label());
        }
        fundClassification(classifications, fund);
        return node;
    }

    private ObjectNode grantFromFund(Grant grant, Fund fund) {
        String title = grant.getProgramme().label() + ": " + grant.getOrganisation();
        ObjectNode node = common(grant.getId(), title, grant.getSummary(), grant.getAmountPence(), fund);
        recipientOrganisation(node, grant.getOrganisation());
        if (fund != null && !fund.getWardCodes().isEmpty()) {
            ArrayNode locations = node.putArray("beneficiaryLocation");
            fund.getWardCodes().stream().sorted().forEach(code -> ward(locations, code));
        }
        programme(node, grant.getProgramme().name(), grant.getProgramme().label());
        fundClassification(node.putArray("classifications"), fund);
        return node;
    }

    private ObjectNode common(UUID grantId, String title, String description, long pence, Fund fund) {
        ObjectNode node = json.createObjectNode();
        node.put("id", grantIdentifier(grantId));
        node.put("title", title);
        node.put("description", description == null || description.isBlank() ? title : description);
        node.put("currency", "GBP");
        node.put("amountAwarded", BigDecimal.valueOf(pence, 2));
        ObjectNode funder = node.putArray("fundingOrganization").addObject();
        funder.put("id", prefix);
        funder.put("name", funderName);
        node.put("dataSource", publicUrl + JSON_PATH);
        return node;
    }

    /** The award date, the planned dates (from the award to the fund's distribution deadline), when it last changed. */
    private Awarded dated(ObjectNode node, Instant awardedAt, Fund fund) {
        LocalDate awardDay = awardedAt.atZone(UK).toLocalDate();
        node.put("awardDate", awardDay.toString());
        ObjectNode planned = node.putArray("plannedDates").addObject();
        planned.put("startDate", awardDay.toString());
        if (fund != null && !fund.getDistributionDeadline().isBefore(awardDay)) {
            planned.put("endDate", fund.getDistributionDeadline().toString());
        }
        node.put("dateModified", awardedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        return new Awarded(awardedAt, node);
    }

    private void recipientOrganisation(ObjectNode node, String organisation) {
        ObjectNode recipient = node.putArray("recipientOrganization").addObject();
        String key = organisation.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        recipient.put("id", prefix + "-ORG-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
        recipient.put("name", organisation.trim());
    }

    private void ward(ArrayNode locations, String wardCode) {
        ObjectNode location = locations.addObject();
        location.put("name", wards.find(wardCode).map(ward -> ward.getName()).orElse(wardCode));
        location.put("countryCode", "GB");
        location.put("geoCode", wardCode);
        location.put("geoCodeType", "WD");
    }

    private static void programme(ObjectNode node, String code, String title) {
        ObjectNode programme = node.putArray("grantProgramme").addObject();
        programme.put("code", code);
        programme.put("title", title);
    }

    private static void classification(ArrayNode classifications, String vocabulary, String code, String title) {
        ObjectNode classification = classifications.addObject();
        classification.put("vocabulary", vocabulary);
        classification.put("code", code);
        classification.put("title", title);
    }

    private static void fundClassification(ArrayNode classifications, Fund fund) {
        if (fund != null) {
            ObjectNode classification = classifications.addObject();
            classification.put("vocabulary", "Community Journeys fund");
            classification.put("code", fund.getId().toString());
            classification.put("title", fund.getName());
            classification.put("description", "Given by " + fund.getFunder());
        }
    }

    private static String text(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
