/**
 * The partnership's organisations and the people who use CSP Hub on their behalf: users, their
 * organisation and their roles. Every change is audited; disabling a user or changing what a user
 * may do publishes {@link org.csphub.partners.UserAccessChanged} so that sessions end at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners", allowedDependencies = { "audit", "shared" })
package org.csphub.partners;
