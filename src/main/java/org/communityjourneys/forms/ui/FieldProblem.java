package org.communityjourneys.forms.ui;

/** What is wrong with the input in one field; the message is shown under the field. */
class FieldProblem extends RuntimeException {

    FieldProblem(String message) {
        super(message, null, false, false);
    }
}
