/**
 * The frame every page sits in: the home page, the service navigation, the accessibility statement,
 * error pages and the GOV.UK Frontend assets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site", allowedDependencies = { "security", "partners", "assessment", "shared" })
package org.csphub.site;
