package org.communityjourneys.review.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.domain.KindOfSupport;
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.domain.LearningReportRepository;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.ShowcaseConversation;
import org.communityjourneys.showcase.domain.ShowcaseNeed;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.voting.domain.VoteResult;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Thematic intelligence: what communities said they need and offer (showcases), what they
 * proposed (ideas), what they chose (published vote results) and what funded projects learned
 * (accepted learning reports), rolled up by ward, theme, population and quarter. Also the quarterly
 * figures the county's hub network reports, from the accepted learning reports of journey grants
 * AND of hub start-up grants, plus the hub start-up grants the chest paid: no extra form for
 * volunteers. A report counts once a facilitator has accepted it (not while it waits for its
 * review or for the group's answer), in the quarter it was sent.
 */
@Service
@Transactional(readOnly = true)
public class ThematicIntelligence {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");
    public static final String NOT_TAGGED = "Not tagged";

    /** How the dashboard groups its rows. */
    public enum GroupBy {
        WARD("Ward"), THEME("Theme"), POPULATION("Population"), QUARTER("Quarter");

        private final String label;

        GroupBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the dashboard shows; {@code null} filters match everything. */
    public record Filter(String wardCode, Theme theme, Population population, String quarter) {

        public static Filter everything() {
            return new Filter(null, null, null, null);
        }
    }

    /** One row of the dashboard. */
    public record Row(String group, int needs, int offers, int ideas, int ideasChosen, long chosenPence, int reports,
            long spentPence, int peopleReached, int connectionChange) {
    }

    /**
     * Figures for one quarter, as the hub network reports them: from the quarter's accepted reports
     * ({@code hubReports} of them from hubs) and the hub start-up grants paid in the quarter.
     */
    public record QuarterFigures(String quarter, int reports, int activities, int activitiesForChildren,
            int partnerOrganisations, int volunteers, Map<KindOfSupport, Integer> kindsOfSupport, int hubReports,
            int hubsFunded) {
    }

    /** A single thing heard or done, before grouping. */
    private record Fact(Kind kind, Set<String> wards, Set<Theme> themes, Map<Population, Integer> populations,
            String quarter, long pence, int people, int connectionChange) {
    }

    private enum Kind { NEED, OFFER, IDEA, CHOSEN, REPORT }

    private final JourneyService journeys;
    private final ShowcaseService showcase;
    private final IdeaService ideas;
    private final VoteService votes;
    private final LearningReportRepository reports;
    private final ChestService chest;

    ThematicIntelligence(JourneyService journeys, ShowcaseService showcase, IdeaService ideas, VoteService votes,
            LearningReportRepository reports, ChestService chest) {
        this.journeys = journeys;
        this.showcase = showcase;
        this.ideas = ideas;
        this.votes = votes;
        this.reports = reports;
        this.chest = chest;
    }

    public static String quarterOf(Instant at) {
        return at == null ? "" : quarterOf(LocalDate.ofInstant(at, COUNTY));
    }

    public static String quarterOf(LocalDate day) {
        return day.getYear() + " Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** The dashboard rows, grouped as asked, after the filter. */
    public List<Row> rows(GroupBy groupBy, Filter filter) {
        Map<String, List<Fact>> groups = new TreeMap<>();
        Map<String, Population> populationOfGroup = new LinkedHashMap<>();
        for (Fact fact : facts()) {
            if (!matches(fact, filter)) {
                continue;
            }
            for (String group : groupsOf(fact, groupBy, populationOfGroup)) {
                groups.computeIfAbsent(group, key -> new ArrayList<>()).add(fact);
            }
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((group, facts) -> {
            Population population = populationOfGroup.get(group);
            rows.add(new Row(group, count(facts, Kind.NEED), count(facts, Kind.OFFER), count(facts, Kind.IDEA),
                    count(facts, Kind.CHOSEN), sum(facts, Kind.CHOSEN, Fact::pence), count(facts, Kind.REPORT),
                    sum(facts, Kind.REPORT, Fact::pence),
                    (int) sum(facts, Kind.REPORT, fact -> (long) (population == null ? fact.people()
                            : fact.populations().getOrDefault(population, 0))),
                    (int) sum(facts, Kind.REPORT, fact -> (long) fact.connectionChange())));
        });
        return rows;
    }

    /** The rows as CSV, for a spreadsheet. */
    public String csv(GroupBy groupBy, Filter filter) {
        StringBuilder csv = new StringBuilder(groupBy.label()
                + ",Needs raised,Offers,Ideas,Ideas chosen,Chosen (GBP),Learning reports,Spent (GBP),People reached,"
                + "Social connection change\n");
        for (Row row : rows(groupBy, filter)) {
            csv.append(cell(row.group())).append(',').append(row.needs()).append(',').append(row.offers()).append(',')
                    .append(row.ideas()).append(',').append(row.ideasChosen()).append(',').append(pounds(row.chosenPence()))
                    .append(',').append(row.reports()).append(',').append(pounds(row.spentPence())).append(',')
                    .append(row.peopleReached()).append(',').append(row.connectionChange()).append('\n');
        }
        return csv.toString();
    }

    /** Quarters that appear in the data, newest first. */
    public List<String> quarters() {
        Set<String> quarters = new TreeSet<>(java.util.Comparator.reverseOrder());
        facts().forEach(fact -> quarters.add(fact.quarter()));
        quarters.remove("");
        return List.copyOf(quarters);
    }

    /**
     * Reports, activities, activities for 0-17s, partners, volunteers and kinds of support per
     * quarter from accepted reports (journeys' and hubs'), with how many came from hubs and how many
     * hub start-up grants were paid; newest first.
     */
    public List<QuarterFigures> quarterlyFigures() {
        Map<String, List<LearningReport>> byQuarter = new TreeMap<>(java.util.Comparator.reverseOrder());
        acceptedReports().forEach(report -> byQuarter.computeIfAbsent(quarterOf(report.getSubmittedAt()),
                key -> new ArrayList<>()).add(report));
        Map<String, Integer> hubsFunded = new TreeMap<>();
        chest.hubStartUpGrantsPaidAt().forEach(paidAt -> {
            hubsFunded.merge(quarterOf(paidAt), 1, Integer::sum);
            byQuarter.computeIfAbsent(quarterOf(paidAt), key -> new ArrayList<>());
        });
        List<QuarterFigures> figures = new ArrayList<>();
        byQuarter.forEach((quarter, inQuarter) -> {
            Map<KindOfSupport, Integer> kinds = new EnumMap<>(KindOfSupport.class);
            inQuarter.forEach(report -> report.kindsOfSupport().forEach(kind -> kinds.merge(kind, 1, Integer::sum)));
            int fromHubs = (int) inQuarter.stream().filter(report -> chest.fundedGrant(report.getGrantId()).hub()).count();
            figures.add(new QuarterFigures(quarter, inQuarter.size(),
                    inQuarter.stream().mapToInt(LearningReport::getActivities).sum(),
                    inQuarter.stream().mapToInt(LearningReport::getActivitiesForChildren).sum(),
                    inQuarter.stream().mapToInt(LearningReport::getPartnerOrganisations).sum(),
                    inQuarter.stream().mapToInt(LearningReport::getVolunteers).sum(), kinds, fromHubs,
                    hubsFunded.getOrDefault(quarter, 0)));
        });
        return figures;
    }

    /** A need raised in a ward, its themes, and whether anything chosen by vote there answers them. */
    public record HeardNeed(String text, List<Theme> themes, boolean stillOpen) {
    }

    /** What the ward said it needs, what its votes chose, and which needs are still open. */
    public record WhatWeHeard(String wardCode, List<HeardNeed> needs, List<String> chosen, int offers) {

        public List<HeardNeed> stillOpen() {
            return needs.stream().filter(HeardNeed::stillOpen).toList();
        }
    }

    /**
     * The public "what we heard" page of a ward: needs raised at its showcases, the ideas its votes
     * chose (published results only), and the needs no chosen idea shares a theme with.
     */
    public WhatWeHeard heardIn(String wardCode) {
        List<Journey> inWard = journeys.inWard(wardCode).stream()
                .filter(journey -> journey.getStage() != JourneyStage.LAUNCH_REFUSED).toList();
        Set<Theme> answered = EnumSet.noneOf(Theme.class);
        List<String> chosen = new ArrayList<>();
        for (Journey journey : inWard) {
            boolean published = votes.certificationOf(journey.getId()).map(c -> c.getPublishedAt() != null).orElse(false);
            if (!published) {
                continue;
            }
            Map<java.util.UUID, Idea> ideasById = new LinkedHashMap<>();
            ideas.forJourney(journey.getId()).forEach(idea -> ideasById.put(idea.getId(), idea));
            for (VoteResult result : votes.results(journey.getId())) {
                Idea idea = ideasById.get(result.getIdeaId());
                if (result.isSelected() && idea != null) {
                    chosen.add(idea.getTitle());
                    if (idea.getTheme() != null) {
                        answered.add(idea.getTheme());
                    }
                }
            }
        }
        List<HeardNeed> needs = new ArrayList<>();
        int offers = 0;
        for (Journey journey : inWard) {
            for (ShowcaseConversation conversation : showcase.forJourney(journey.getId())) {
                offers += conversation.getOffers().size();
                for (ShowcaseNeed need : conversation.getNeeds()) {
                    boolean open = need.getThemes().stream().noneMatch(answered::contains);
                    needs.add(new HeardNeed(need.getText(), need.getThemes().stream().sorted().toList(), open));
                }
            }
        }
        return new WhatWeHeard(wardCode, needs, chosen, offers);
    }

    // ------------------------------------------------------------------------------ gathering

    private List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        for (Journey journey : journeys.all()) {
            if (journey.getStage() == JourneyStage.LAUNCH_REFUSED) {
                continue;
            }
            Set<String> wards = Set.copyOf(journey.getWardCodes());
            for (ShowcaseConversation conversation : showcase.forJourney(journey.getId())) {
                String quarter = quarterOf(conversation.getHeldOn());
                for (ShowcaseNeed need : conversation.getNeeds()) {
                    Map<Population, Integer> populations = new EnumMap<>(Population.class);
                    need.getPopulations().forEach(population -> populations.put(population, 1));
                    facts.add(new Fact(Kind.NEED, wards, need.getThemes(), populations, quarter, 0, 0, 0));
                }
                conversation.getOffers().forEach(offer -> facts.add(new Fact(Kind.OFFER, wards, Set.of(), Map.of(),
                        quarter, 0, 0, 0)));
            }
            Map<java.util.UUID, Idea> ideasById = new LinkedHashMap<>();
            for (Idea idea : ideas.forJourney(journey.getId())) {
                ideasById.put(idea.getId(), idea);
                if (idea.getStatus() == IdeaStatus.HIDDEN) {
                    continue;
                }
                facts.add(new Fact(Kind.IDEA, ideaWards(idea, wards), themes(idea.getTheme()), ones(idea.getPopulations()),
                        quarterOf(idea.getSubmittedAt()), 0, 0, 0));
            }
            boolean published = votes.certificationOf(journey.getId()).map(c -> c.getPublishedAt() != null).orElse(false);
            if (published) {
                for (VoteResult result : votes.results(journey.getId())) {
                    Idea idea = ideasById.get(result.getIdeaId());
                    if (result.isSelected() && idea != null) {
                        facts.add(new Fact(Kind.CHOSEN, ideaWards(idea, wards), themes(idea.getTheme()),
                                ones(idea.getPopulations()), quarterOf(journey.getVoteClosesAt()), result.getCostPence(), 0, 0));
                    }
                }
            }
        }
        for (LearningReport report : acceptedReports()) {
            Journey journey = report.getJourneyId() == null ? null : journeys.find(report.getJourneyId()).orElse(null);
            Set<String> wards = journey == null ? Set.of() : Set.copyOf(journey.getWardCodes());
            Set<Theme> themes = report.getThemes().isEmpty() && journey != null ? Set.of(journey.getTheme()) : report.getThemes();
            facts.add(new Fact(Kind.REPORT, wards, themes, report.getReach(), quarterOf(report.getSubmittedAt()),
                    report.spentPence(), report.getPeopleReached(), report.connection().change()));
        }
        return facts;
    }

    /** Reports a facilitator has accepted: one waiting for its review or for the group's answer is not counted yet. */
    private List<LearningReport> acceptedReports() {
        return reports.findAll().stream().filter(report -> report.getOutcome() == ReportOutcome.ACCEPTED).toList();
    }

    private static Set<String> ideaWards(Idea idea, Set<String> journeyWards) {
        return idea.getWardCode() == null ? journeyWards : Set.of(idea.getWardCode());
    }

    private static Set<Theme> themes(Theme theme) {
        return theme == null ? Set.of() : EnumSet.of(theme);
    }

    private static Map<Population, Integer> ones(Set<Population> populations) {
        Map<Population, Integer> map = new EnumMap<>(Population.class);
        if (populations != null) {
            populations.forEach(population -> map.put(population, 1));
        }
        return map;
    }

    private static boolean matches(Fact fact, Filter filter) {
        return (filter.wardCode() == null || fact.wards().contains(filter.wardCode()))
                && (filter.theme() == null || fact.themes().contains(filter.theme()))
                && (filter.population() == null || fact.populations().containsKey(filter.population()))
                && (filter.quarter() == null || filter.quarter().equals(fact.quarter()));
    }

    private static List<String> groupsOf(Fact fact, GroupBy groupBy, Map<String, Population> populationOfGroup) {
        return switch (groupBy) {
            case WARD -> fact.wards().isEmpty() ? List.of(NOT_TAGGED) : List.copyOf(fact.wards());
            case THEME -> fact.themes().isEmpty() ? List.of(NOT_TAGGED) : fact.themes().stream().map(Theme::label).toList();
            case POPULATION -> {
                if (fact.populations().isEmpty()) {
                    yield List.of(NOT_TAGGED);
                }
                List<String> labels = new ArrayList<>();
                fact.populations().keySet().forEach(population -> {
                    populationOfGroup.put(population.label(), population);
                    labels.add(population.label());
                });
                yield labels;
            }
            case QUARTER -> List.of(fact.quarter().isEmpty() ? NOT_TAGGED : fact.quarter());
        };
    }

    private static int count(List<Fact> facts, Kind kind) {
        return (int) facts.stream().filter(fact -> fact.kind() == kind).count();
    }

    private static long sum(List<Fact> facts, Kind kind, Function<Fact, Long> value) {
        return facts.stream().filter(fact -> fact.kind() == kind).mapToLong(value::apply).sum();
    }

    private static String pounds(long pence) {
        return org.communityjourneys.shared.domain.Money.poundsOf(pence).toPlainString();
    }

    private static String cell(String text) {
        String safe = text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@")
                ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
