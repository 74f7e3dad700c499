package org.csphub.areas.web;

import java.util.ArrayList;
import java.util.List;

import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Everyone signed in sees the partnership's areas: the borough, wards, parishes, LSOAs and custom areas. */
@Controller
@PreAuthorize("isAuthenticated()")
class AreasController {

	/** The order the page lists the types in. */
	static final List<AreaType> ORDER = List.of(AreaType.BOROUGH, AreaType.WARD, AreaType.PARISH, AreaType.LSOA,
			AreaType.CUSTOM);

	private final Areas areas;

	AreasController(Areas areas) {
		this.areas = areas;
	}

	/** One section of the page. */
	record AreaSection(AreaType type, String heading, List<AreaSummary> areas) {
	}

	@GetMapping("/areas")
	String list(Model model) {
		List<AreaSection> sections = new ArrayList<>();
		for (AreaType type : ORDER) {
			sections.add(new AreaSection(type, heading(type), areas.list(type)));
		}
		model.addAttribute("sections", sections);
		model.addAttribute("imports", areas.recentImports(5));
		return "areas/list";
	}

	static String heading(AreaType type) {
		return switch (type) {
			case BOROUGH -> "Borough";
			case WARD -> "Wards";
			case PARISH -> "Parishes";
			case LSOA -> "Lower layer super output areas (LSOAs)";
			case CUSTOM -> "Priority neighbourhoods and custom areas";
		};
	}

}
