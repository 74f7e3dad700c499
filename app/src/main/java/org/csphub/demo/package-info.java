/**
 * The demo partnership that the embedded (H2) installation starts with: partner organisations and
 * one invented user per role. Never loaded on PostgreSQL (see {@link org.csphub.shared.DeploymentMode}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = { "partners", "areas", "incidents", "shared" })
package org.csphub.demo;
