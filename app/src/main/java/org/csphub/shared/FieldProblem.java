package org.csphub.shared;

/**
 * One thing wrong with what a user entered: the field, a message code for the bundles and the
 * English message used where no bundle applies (the command line).
 */
public record FieldProblem(String field, String code, String message) {
}
