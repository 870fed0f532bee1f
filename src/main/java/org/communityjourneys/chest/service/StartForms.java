package org.communityjourneys.chest.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityjourneys.chest.domain.ProcessStartedFromForm;
import org.communityjourneys.chest.domain.RequestSent;
import org.communityjourneys.chest.domain.StartForm;
import org.communityjourneys.chest.domain.StartableProcess;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;

/**
 * The grant requests a person may send from the app with a start form (a hub start-up claim, a
 * small-grants fast-track application): each is a process a governance lead can change in the
 * studio, started by the roles its model names. A port: the engine adapter ({@code workflow})
 * implements it.
 */
public interface StartForms {

    /** The start-form field that names the fund a grant comes from. */
    String FUND_FIELD = "fundId";
    /** The value the fund choice's options are read from. */
    String FUND_CHOICES = "fundChoices";
    /** The variable that records who started the process. */
    String APPLICANT = "applicant";

    /** The latest version of every active process with a start form that one of the roles may start, by name. */
    List<StartableProcess> startableBy(Set<Role> roles);

    /** The process, if it has a start form and one of the roles may start its latest version. */
    Optional<StartableProcess> find(String processKey, Set<Role> roles);

    /** The start form to render, with the fund field turned into a choice of the chest's open funds. */
    StartForm form(String processKey, Set<Role> roles);

    /**
     * Starts the latest version of the process with the form's values and {@code applicant} =
     * the username. Publishes {@link ProcessStartedFromForm}. Throws {@link AccessDeniedToRole}
     * when none of the roles may start it, and the process's own refusal (e.g. "A hub start-up
     * grant is at most £2,500") when it refuses; then nothing is started or recorded.
     */
    RequestSent start(String processKey, Map<String, Object> values, String username, Set<Role> roles);
}
