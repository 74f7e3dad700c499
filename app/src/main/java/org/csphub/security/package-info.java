/**
 * Sign-in, sessions and access control: bcrypt passwords, throttling of failed sign-ins, idle and
 * absolute session timeouts, sessions that end at once when a user's access changes, CSRF
 * protection, security headers with a per-request Content-Security-Policy nonce, and the audit of
 * sign-ins, sign-outs and refused requests. Which role reaches which page is declared on each
 * controller with {@code @PreAuthorize}; everything not public needs a signed-in user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = { "partners", "audit", "shared" })
package org.csphub.security;
