package org.communityjourneys.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.communityjourneys.journey.service.JourneyProcess;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.communityjourneys.shared.service.ScreenTaskCompletion;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For module tests, which boot a module and its dependencies without the engine adapter: stand-ins
 * for the ports the adapter implements, which record each call and refuse one when told to, as the
 * real process does when it is not waiting for that call.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EngineStandIns {

    /** Every call made to the stand-ins, as "method journeyId …", in order. */
    public static final class Calls {

        private final List<String> made = new CopyOnWriteArrayList<>();
        private volatile String refusal;

        public List<String> made() {
            return List.copyOf(made);
        }

        /** The next call is refused with this message (an {@link IllegalStateException}, as the engine adapter refuses). */
        public void refuseNext(String message) {
            refusal = message;
        }

        void record(String call) {
            String refused = refusal;
            if (refused != null) {
                refusal = null;
                throw new IllegalStateException(refused);
            }
            made.add(call);
        }
    }

    @Bean
    Calls engineCalls() {
        return new Calls();
    }

    @Bean
    JourneyProcess journeyProcessStandIn(Calls calls) {
        return new JourneyProcess() {
            @Override
            public void start(UUID journeyId, String launchedBy) {
                calls.record("start " + journeyId + " " + launchedBy);
            }

            @Override
            public void closeIdeasEarly(UUID journeyId, String facilitator) {
                calls.record("closeIdeasEarly " + journeyId + " " + facilitator);
            }

            @Override
            public void withdraw(UUID journeyId, String reason, String facilitator) {
                calls.record("withdraw " + journeyId + " " + facilitator);
            }

            @Override
            public void voteClosesLaterAt(UUID journeyId, Instant closesAt) {
                calls.record("voteClosesLaterAt " + journeyId + " " + closesAt);
            }

            @Override
            public void openVoteNow(UUID journeyId) {
                calls.record("openVoteNow " + journeyId);
            }

            @Override
            public void closeVoteNow(UUID journeyId) {
                calls.record("closeVoteNow " + journeyId);
            }

            @Override
            public void askForLearningReportNow(UUID journeyId, UUID grantId) {
                calls.record("askForLearningReportNow " + journeyId + " " + grantId);
            }
        };
    }

    @Bean
    ScreenTaskCompletion screenTaskCompletionStandIn(Calls calls) {
        return (TaskDoneOnScreen done) -> calls.record("complete " + done.taskId() + " " + done.screen());
    }
}
