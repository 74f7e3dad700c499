package org.csphub.site.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.csphub.partners.Role;
import org.csphub.security.CurrentUser;
import org.csphub.shared.DeploymentMode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the layout needs into every page's model: the signed-in user, the service navigation
 * for their roles, and whether this is the demo.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final boolean demo;

	LayoutModelAdvice(DeploymentMode mode) {
		this.demo = mode.isDemo();
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.get().orElse(null);
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demo;
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(HttpServletRequest request) {
		List<NavigationItem> items = new ArrayList<>();
		CurrentUser user = CurrentUser.get().orElse(null);
		if (user == null) {
			return items;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		items.add(item("Home", "/", path));
		items.add(item("Explore", "/explore", path));
		items.add(item("Assessments", "/assessments", path));
		items.add(item("Areas", "/areas", path));
		if (user.hasAnyRole(Role.COORDINATOR, Role.ANALYST)) {
			items.add(item("Data imports", "/imports", path));
		}
		if (user.hasAnyRole(Role.COORDINATOR, Role.SYSTEM_ADMINISTRATOR)) {
			items.add(item("Organisations", "/organisations", path));
			items.add(item("Users", "/users", path));
			items.add(item("Audit log", "/audit", path));
		}
		return items;
	}

	private static NavigationItem item(String label, String href, String path) {
		boolean current = path.equals(href);
		boolean active = current || (!href.equals("/") && path.startsWith(href + "/"));
		return new NavigationItem(label, href, active, current);
	}

}
