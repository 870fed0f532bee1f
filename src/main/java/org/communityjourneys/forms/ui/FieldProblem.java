package org.communityjourneys.forms.ui;

import org.communityjourneys.shared.ui.Translations;

/**
 * What is wrong with the input in one field, named by its key in the bundles ({@code forms.*});
 * the message, in the current UI's language, is shown under the field.
 */
class FieldProblem extends RuntimeException {

    FieldProblem(String key, Object... arguments) {
        super(Translations.text(key, arguments), null, false, false);
    }
}
