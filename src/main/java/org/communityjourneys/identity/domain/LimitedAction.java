package org.communityjourneys.identity.domain;

/** Things whose attempts are limited per account and per client address. */
public enum LimitedAction {
    /** Failed logins (successful ones are not counted). */
    LOGIN,
    /** Registrations, and attempts to register an email address that already has an account. */
    REGISTRATION,
    /** Wrong, expired or used verification codes. */
    VERIFICATION_CODE,
    /** Ideas put forward by a resident (not those a facilitator enters for someone). */
    IDEA,
    /** Supports given to ideas. */
    SUPPORT,
    /** Comments and replies posted by residents and ideas' leads (not by facilitators). */
    COMMENT
}
