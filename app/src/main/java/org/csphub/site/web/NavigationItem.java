package org.csphub.site.web;

/**
 * One link in the service navigation. {@code current} when it is the page being shown;
 * {@code active} when the page is that link's page or within its section.
 */
public record NavigationItem(String label, String href, boolean active, boolean current) {

	/** The link's aria-current: page on the page itself, true within its section, none elsewhere. */
	public String ariaCurrent() {
		return current ? "page" : active ? "true" : null;
	}

}
