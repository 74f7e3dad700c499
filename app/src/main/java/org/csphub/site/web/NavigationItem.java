package org.csphub.site.web;

/** One link in the service navigation. */
public record NavigationItem(String label, String href, boolean active) {
}
