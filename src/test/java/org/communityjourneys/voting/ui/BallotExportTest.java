package org.communityjourneys.voting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.pabulib.PabulibFile;
import org.communityjourneys.voting.domain.pabulib.PabulibReader;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * GET /journeys/{id}/ballots.pb through the real security filters: published at certification;
 * before that only facilitators (who certify the count) get the ballots.
 */
@SpringBootTest
@ActiveProfiles("test")
class BallotExportTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;

    private MockMvc mvc;
    private UUID journeyId;
    private UUID idea;

    @BeforeEach
    void aVoteWithOneBallot() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        Journey journey = Journeys.launch(journeys, 300_000);
        journeyId = journey.getId();
        ideas.openWindow(journeyId);
        idea = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journeyId, new IdeaDraft("Baby bank", "Clothes and cots.", 90_000, Theme.BEST_START_IN_LIFE,
                Journeys.WARD, "A group", "group@example.org"), "resident"));
        ideas.closeWindow(journeyId, true);
        ideas.recordEligibility(idea, true, null);
        ideas.confirmShortlist(journeyId, "facilitator", null);
        votes.openVote(journeyId);
        SignedIn.as("resident", "RESIDENT", () -> votes.cast(journeyId, "resident", BallotChoice.picking(List.of(idea))));
    }

    private MvcResult download(RequestPostProcessor... as) throws Exception {
        MockHttpServletRequestBuilder request = get("/journeys/" + journeyId + "/ballots.pb");
        for (RequestPostProcessor who : as) {
            request = request.with(who);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void aFacilitatorDownloadsTheBallotsOfAClosedVoteToCertifyTheCount() throws Exception {
        assertThat(download(user("facilitator").roles("FACILITATOR")).getResponse().getStatus()).isEqualTo(409);

        votes.closeVote(journeyId);
        MvcResult closed = download(user("facilitator").roles("FACILITATOR"));

        assertThat(closed.getResponse().getStatus()).isEqualTo(200);
        assertThat(closed.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".pb");
        PabulibFile file = PabulibReader.read(closed.getResponse().getContentAsString());
        assertThat(file.votes()).hasSize(1);
        assertThat(file.votes().get(0).vote()).containsExactly(idea.toString());
        assertThat(file.meta()).containsEntry("budget", "300000");
    }

    @Test
    void anonymousVisitorsAreNotGivenTheBallots() throws Exception {
        assertThat(download().getResponse().getStatus()).isEqualTo(409);
        votes.closeVote(journeyId);
        votes.tally(journeyId);

        MvcResult anonymous = download();
        MvcResult resident = download(user("resident").roles("RESIDENT"));
        MvcResult panel = download(user("panel").roles("PANEL"));

        assertThat(anonymous.getResponse().getStatus()).isEqualTo(403);
        assertThat(anonymous.getResponse().getContentAsString()).doesNotContain(idea.toString())
                .contains("published when the count is certified");
        assertThat(resident.getResponse().getStatus()).isEqualTo(403);
        assertThat(resident.getResponse().getContentAsString()).doesNotContain(idea.toString());
        assertThat(panel.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void everyoneIsGivenTheBallotsOnceTheCountIsCertified() throws Exception {
        votes.closeVote(journeyId);
        votes.tally(journeyId);
        votes.certify(journeyId, "facilitator");

        for (MvcResult published : List.of(download(), download(user("resident").roles("RESIDENT")))) {
            assertThat(published.getResponse().getStatus()).isEqualTo(200);
            PabulibFile file = PabulibReader.read(published.getResponse().getContentAsString());
            assertThat(file.votes()).singleElement().satisfies(vote -> assertThat(vote.vote()).containsExactly(idea.toString()));
        }
        votes.publish(journeyId);
        assertThat(download().getResponse().getStatus()).isEqualTo(200);
    }
}
