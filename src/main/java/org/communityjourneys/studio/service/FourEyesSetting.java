package org.communityjourneys.studio.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.studio.domain.FourEyesChanged;
import org.communityjourneys.studio.domain.FourEyesOffRequest;
import org.communityjourneys.studio.domain.FourEyesOffRequested;
import org.communityjourneys.studio.domain.FourEyesOffWithdrawn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four-eyes setting of studio deployments (a row in {@code studio_setting}, else the
 * {@code communityjourneys.studio.four-eyes} property). Any governance lead switches it on at once;
 * switching it off is a request that a different governance lead approves, so one lead alone can
 * never go round the second pair of eyes. Every step publishes an event for the audit trail.
 */
@Service
@Transactional
public class FourEyesSetting {

    static final String FOUR_EYES_SETTING = "four-eyes";
    static final String FOUR_EYES_OFF_REQUESTED_BY = "four-eyes.off-requested-by";
    static final String FOUR_EYES_OFF_REQUESTED_AT = "four-eyes.off-requested-at";

    private final StudioAccess access;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final boolean fourEyesDefault;
    private final Clock clock;

    FourEyesSetting(StudioAccess access, JdbcTemplate jdbc, ApplicationEventPublisher events,
            @Value("${communityjourneys.studio.four-eyes:false}") boolean fourEyesDefault, Optional<Clock> clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
        this.fourEyesDefault = fourEyesDefault;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether deployments need a second governance lead's approval. */
    @Transactional(readOnly = true)
    public boolean on() {
        access.requireGovernanceLead();
        return jdbc.query("select value from studio_setting where name = ?", (row, i) -> Boolean.parseBoolean(row.getString(1)),
                FOUR_EYES_SETTING).stream().findFirst().orElse(fourEyesDefault);
    }

    /** Switches four-eyes on; this takes effect at once. Throws when it is on already. */
    public void switchFourEyesOn() {
        String by = access.requireGovernanceLead();
        if (on()) {
            throw Refused.state("studio.fourEyes.alreadyOn");
        }
        jdbc.update("insert into studio_setting (name, value) values (?, ?) on conflict (name) do update set value = excluded.value",
                FOUR_EYES_SETTING, Boolean.toString(true));
        events.publishEvent(new FourEyesChanged(by, true));
    }

    /**
     * Asks to switch four-eyes off. It stays on until a different governance lead approves with
     * {@link #approveFourEyesOff()}. Throws, changing nothing, when it is off already or when a
     * request is already waiting.
     */
    public FourEyesOffRequest requestFourEyesOff() {
        String by = access.requireGovernanceLead();
        if (!on()) {
            throw Refused.state("studio.fourEyes.alreadyOff");
        }
        Optional<FourEyesOffRequest> waiting = fourEyesOffRequest();
        if (waiting.isPresent()) {
            throw waiting.get().requestedBy().equals(by)
                    ? Refused.state("studio.fourEyes.youAsked")
                    : Refused.state("studio.fourEyes.someoneAsked", waiting.get().requestedBy());
        }
        FourEyesOffRequest request = new FourEyesOffRequest(by, clock.instant());
        jdbc.update("insert into studio_setting (name, value) values (?, ?)", FOUR_EYES_OFF_REQUESTED_BY, by);
        jdbc.update("insert into studio_setting (name, value) values (?, ?)", FOUR_EYES_OFF_REQUESTED_AT, request.requestedAt().toString());
        events.publishEvent(new FourEyesOffRequested(by));
        return request;
    }

    /** The request to switch four-eyes off that waits for a second governance lead, if there is one. */
    @Transactional(readOnly = true)
    public Optional<FourEyesOffRequest> fourEyesOffRequest() {
        access.requireGovernanceLead();
        Map<String, String> rows = new LinkedHashMap<>();
        jdbc.query("select name, value from studio_setting where name in (?, ?)",
                row -> {
                    rows.put(row.getString(1), row.getString(2));
                }, FOUR_EYES_OFF_REQUESTED_BY, FOUR_EYES_OFF_REQUESTED_AT);
        String by = rows.get(FOUR_EYES_OFF_REQUESTED_BY);
        if (by == null) {
            return Optional.empty();
        }
        String at = rows.get(FOUR_EYES_OFF_REQUESTED_AT);
        return Optional.of(new FourEyesOffRequest(by, at == null ? null : Instant.parse(at)));
    }

    /** A governance lead other than the one who asked switches four-eyes off. */
    public void approveFourEyesOff() {
        String by = access.requireGovernanceLead();
        FourEyesOffRequest request = fourEyesOffRequest()
                .orElseThrow(() -> Refused.state("studio.fourEyes.nobodyAsked"));
        if (request.requestedBy().equals(by)) {
            throw Refused.state("studio.fourEyes.notYourOwn");
        }
        if (jdbc.update("delete from studio_setting where name = ? and value = ?", FOUR_EYES_OFF_REQUESTED_BY, request.requestedBy()) != 1) {
            throw Refused.state("studio.fourEyes.decidedMeanwhile");
        }
        jdbc.update("delete from studio_setting where name = ?", FOUR_EYES_OFF_REQUESTED_AT);
        jdbc.update("insert into studio_setting (name, value) values (?, ?) on conflict (name) do update set value = excluded.value",
                FOUR_EYES_SETTING, Boolean.toString(false));
        events.publishEvent(new FourEyesChanged(by, false));
    }

    /** The requester withdraws, or another governance lead turns down, the request to switch four-eyes off; it stays on. */
    public void withdrawFourEyesOff() {
        String by = access.requireGovernanceLead();
        FourEyesOffRequest request = fourEyesOffRequest()
                .orElseThrow(() -> Refused.state("studio.fourEyes.nobodyAsked"));
        if (jdbc.update("delete from studio_setting where name = ? and value = ?", FOUR_EYES_OFF_REQUESTED_BY, request.requestedBy()) != 1) {
            throw Refused.state("studio.fourEyes.decidedMeanwhile");
        }
        jdbc.update("delete from studio_setting where name = ?", FOUR_EYES_OFF_REQUESTED_AT);
        events.publishEvent(new FourEyesOffWithdrawn(by, request.requestedBy()));
    }
}
