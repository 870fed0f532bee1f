package org.communityjourneys.identity.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registration refused, with each problem on the field it belongs to, so the form can show it
 * there; the message lists them all, in the order of the form.
 */
public class RegistrationProblems extends IllegalArgumentException {

    /** The fields of the registration form. */
    public enum Field { NAME, EMAIL, PASSWORD, ADDRESS, POSTCODE, WARD, AGE_BAND, CONSENT }

    private final Map<Field, String> byField;

    RegistrationProblems(Map<Field, String> byField) {
        super(String.join(" ", byField.values()));
        this.byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public Map<Field, String> byField() {
        return byField;
    }
}
