package org.csphub.partners;

/** A user changed their own password; their current session may carry on. */
public record OwnPasswordChanged(UserId userId, String username) {
}
