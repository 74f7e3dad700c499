package org.csphub.partners;

/**
 * A user's access changed (disabled, roles or organisation changed, password reset): every
 * session they have must end now.
 */
public record UserAccessChanged(UserId userId, String username, String reason) {
}
