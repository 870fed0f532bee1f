package org.communityjourneys.wards.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.PaymentProgress;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantPayments;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.AssetKind;
import org.communityjourneys.showcase.domain.ShowcaseConversation;
import org.communityjourneys.showcase.domain.ShowcaseNeed;
import org.communityjourneys.showcase.domain.ShowcaseOffer;
import org.communityjourneys.showcase.domain.ShowcaseStory;
import org.communityjourneys.showcase.domain.StoryPhoto;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.voting.domain.VoteResult;
import org.communityjourneys.voting.service.VoteService;
import org.communityjourneys.wards.service.OpenData.AssetGroup;
import org.communityjourneys.wards.service.OpenData.AssetItem;
import org.communityjourneys.wards.service.OpenData.FundedProject;
import org.communityjourneys.wards.service.OpenData.NeedGroup;
import org.communityjourneys.wards.service.OpenData.StorySummary;
import org.communityjourneys.wards.service.OpenData.IdeaSummary;
import org.communityjourneys.wards.service.OpenData.JourneyDetail;
import org.communityjourneys.wards.service.OpenData.JourneySummary;
import org.communityjourneys.wards.service.OpenData.ResultLine;
import org.communityjourneys.wards.service.OpenData.ShowcaseSummary;
import org.communityjourneys.wards.service.OpenData.WardSummary;
import org.communityjourneys.wards.service.OpenData.WardPlace;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the public may see of wards and journeys. Hidden ideas are left out; results appear
 * once they are published; funded projects are the paid grants.
 */
@Service
@Transactional(readOnly = true)
public class WardPages {

    private final WardDirectory wards;
    private final JourneyService journeys;
    private final ShowcaseService showcase;
    private final IdeaService ideas;
    private final VoteService votes;
    private final ChestService chest;
    private final GrantPayments payments;

    WardPages(WardDirectory wards, JourneyService journeys, ShowcaseService showcase, IdeaService ideas,
            VoteService votes, ChestService chest, GrantPayments payments) {
        this.payments = payments;
        this.wards = wards;
        this.journeys = journeys;
        this.showcase = showcase;
        this.ideas = ideas;
        this.votes = votes;
        this.chest = chest;
    }

    public List<WardSummary> wards() {
        List<Journey> all = publicJourneys();
        return wards.all().stream()
                .map(ward -> new WardSummary(ward.getCode(), ward.getName(),
                        (int) all.stream().filter(journey -> journey.covers(ward.getCode())).count()))
                .toList();
    }

    public Optional<Ward> ward(String wardCode) {
        return wardCode == null ? Optional.empty() : wards.find(wardCode);
    }

    public List<JourneySummary> journeys() {
        return publicJourneys().stream().map(WardPages::summary).toList();
    }

    public List<JourneyDetail> journeysInWard(String wardCode) {
        return journeys.inWard(wardCode).stream().filter(WardPages::isPublic).map(this::detail).toList();
    }

    public Optional<JourneyDetail> journey(UUID journeyId) {
        return journeys.find(journeyId).filter(WardPages::isPublic).map(this::detail);
    }

    /** The journey's ideas, or empty when there is no such public journey. */
    public Optional<List<IdeaSummary>> ideasOf(UUID journeyId) {
        return journeys.find(journeyId).filter(WardPages::isPublic).map(journey -> publicIdeas(journey.getId()));
    }

    /**
     * What the ward's map shows: the ideas put forward for this ward (not withdrawn, hidden or
     * merged) in its public journeys, and the funded projects that grew from them, each at the place
     * its idea's author gave, or without a place.
     */
    public List<WardPlace> placesInWard(String wardCode) {
        List<WardPlace> places = new ArrayList<>();
        List<Journey> inWard = journeys.inWard(wardCode).stream().filter(WardPages::isPublic).toList();
        for (Journey journey : inWard) {
            java.util.Map<UUID, Idea> ideasById = new java.util.HashMap<>();
            for (Idea idea : ideas.forJourney(journey.getId())) {
                ideasById.put(idea.getId(), idea);
                if (idea.getWardCode().equals(wardCode) && idea.isInPlay()) {
                    places.add(new WardPlace(idea.getTitle(), false,
                            "journeys/" + journey.getId() + "/ideas/" + idea.getId() + "/discussion",
                            idea.getPlace().orElse(null), idea.getPlaceGivenBy() == null ? null : idea.getPlaceGivenBy().name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
            for (Grant grant : chest.grantsOf(journey.getId())) {
                Idea idea = ideasById.get(grant.getIdeaId());
                boolean funded = grant.getStatus() == GrantStatus.AGREED || grant.getStatus().hasPayments();
                if (funded && idea != null && idea.getWardCode().equals(wardCode)) {
                    places.add(new WardPlace(grant.getTitle(), true, "projects/" + grant.getId(), idea.getPlace().orElse(null),
                            idea.getPlace().isPresent() ? "idea" : null));
                }
            }
        }
        return places;
    }

    private List<Journey> publicJourneys() {
        return journeys.all().stream().filter(WardPages::isPublic).toList();
    }

    /** A journey refused at launch never ran in public. */
    private static boolean isPublic(Journey journey) {
        return journey.getStage() != JourneyStage.LAUNCH_REFUSED;
    }

    private static JourneySummary summary(Journey journey) {
        return new JourneySummary(journey.getId(), journey.getTitle(), journey.getTheme().label(),
                journey.getStage().label(), journey.getBudgetPence(), journey.getWardCodes().stream().sorted().toList(),
                journey.getIdeasCloseAt(), journey.getVoteOpensAt(), journey.getVoteClosesAt());
    }

    private JourneyDetail detail(Journey journey) {
        UUID id = journey.getId();
        List<IdeaSummary> ideaList = publicIdeas(id);
        List<IdeaSummary> shortlisted = ideaList.stream()
                .filter(idea -> IdeaStatus.SHORTLISTED.label().equals(idea.status())).toList();
        return new JourneyDetail(summary(journey), showcaseOf(id), ideaList, shortlisted, resultsOf(id), fundedOf(id));
    }

    private ShowcaseSummary showcaseOf(UUID journeyId) {
        List<ShowcaseConversation> conversations = showcase.forJourney(journeyId);
        List<AssetGroup> assetsByKind = new ArrayList<>();
        for (AssetKind kind : AssetKind.values()) {
            List<AssetItem> items = conversations.stream().flatMap(c -> c.getAssets().stream())
                    .filter(asset -> asset.getKind() == kind)
                    .map(asset -> new AssetItem(asset.getName(), asset.getNote())).toList();
            if (!items.isEmpty()) {
                assetsByKind.add(new AssetGroup(kind.plural(), items));
            }
        }
        List<ShowcaseNeed> needs = conversations.stream().flatMap(c -> c.getNeeds().stream()).toList();
        List<NeedGroup> byTheme = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            List<String> tagged = needs.stream().filter(need -> need.getThemes().contains(theme)).map(ShowcaseNeed::getText).toList();
            if (!tagged.isEmpty()) {
                byTheme.add(new NeedGroup(theme.label(), tagged));
            }
        }
        List<NeedGroup> byPopulation = new ArrayList<>();
        for (Population population : Population.values()) {
            List<String> tagged = needs.stream().filter(need -> need.getPopulations().contains(population))
                    .map(ShowcaseNeed::getText).toList();
            if (!tagged.isEmpty()) {
                byPopulation.add(new NeedGroup(population.label(), tagged));
            }
        }
        List<String> untagged = needs.stream().filter(need -> need.getThemes().isEmpty() && need.getPopulations().isEmpty())
                .map(ShowcaseNeed::getText).toList();
        return new ShowcaseSummary(conversations.size(),
                conversations.stream().mapToInt(ShowcaseConversation::getAttendance).sum(),
                assetsByKind,
                conversations.stream().flatMap(c -> c.getOffers().stream()).map(ShowcaseOffer::getText).toList(),
                byTheme, byPopulation, untagged,
                conversations.stream().flatMap(c -> c.getStories().stream()).map(WardPages::story).toList());
    }

    private static StorySummary story(ShowcaseStory story) {
        return story.hasPhoto()
                ? new StorySummary(story.getText(), StoryPhoto.publicPath(story.getPhotoId()), story.getPhotoCaption())
                : new StorySummary(story.getText(), null, null);
    }

    private List<IdeaSummary> publicIdeas(UUID journeyId) {
        return ideas.forJourney(journeyId).stream()
                .filter(idea -> idea.getStatus() != IdeaStatus.HIDDEN)
                .map(WardPages::ideaSummary).toList();
    }

    private static IdeaSummary ideaSummary(Idea idea) {
        String reason = idea.getDecisionReason() != null ? idea.getDecisionReason() : idea.getEligibilityReason();
        return new IdeaSummary(idea.getId(), idea.getTitle(), idea.getDescription(), idea.getEstimatedCostPence(),
                idea.getTheme() == null ? null : idea.getTheme().label(), idea.getWardCode(), idea.getStatus().label(),
                reason, idea.getPlace().orElse(null));
    }

    private List<ResultLine> resultsOf(UUID journeyId) {
        boolean published = votes.certificationOf(journeyId).map(c -> c.getPublishedAt() != null).orElse(false);
        if (!published) {
            return List.of();
        }
        return votes.results(journeyId).stream()
                .map((VoteResult result) -> new ResultLine(result.getIdeaId(), votes.titleOf(result.getIdeaId()),
                        result.getVotes(), result.getCostPence(), result.isSelected(), result.getPosition()))
                .toList();
    }

    private List<FundedProject> fundedOf(UUID journeyId) {
        return chest.grantsOf(journeyId).stream()
                .filter(grant -> grant.getStatus().hasPayments())
                .map((Grant grant) -> {
                    PaymentProgress progress = payments.progress(grant.getId());
                    return new FundedProject(grant.getIdeaId(), grant.getTitle(), grant.getAmountPence(),
                            progress.paidPence(), progress.text(), progress.wording());
                })
                .toList();
    }
}
