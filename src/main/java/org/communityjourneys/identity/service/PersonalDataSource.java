package org.communityjourneys.identity.service;

import java.util.Map;

/**
 * A module that holds personal data about people with accounts. Identity collects every such bean
 * when a person downloads their data or deletes their account, so modules that keep data about a
 * person implement this interface (identity never depends on them).
 */
public interface PersonalDataSource {

    /**
     * Everything this module holds about the person, as JSON-friendly maps, lists, strings and
     * numbers, under keys that say what it is (e.g. "ideasAuthored"). Empty when there is nothing.
     */
    Map<String, Object> personalDataOf(String username);

    /**
     * The person deleted their account: remove or anonymise what this module holds about them.
     * Runs in the deleting transaction; throwing stops the deletion.
     */
    void forget(String username);
}
