package org.communityjourneys.notifications.service;

/**
 * A person's email choice as the page shows it: whether they opted in, the address they gave (may
 * be blank) and the address mail would actually go to (theirs, or their username when that is an
 * email address; blank when there is none).
 */
public record EmailChoice(boolean optIn, String givenAddress, String sendTo) {
}
