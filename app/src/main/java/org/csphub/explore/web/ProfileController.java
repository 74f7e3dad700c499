package org.csphub.explore.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csphub.areas.AreaDetails;
import org.csphub.areas.AreaRef;
import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.explore.internal.AreaProfile;
import org.csphub.explore.internal.AreaProfiles;
import org.csphub.explore.internal.DensityGrid;
import org.csphub.explore.internal.MapData;
import org.csphub.explore.internal.ProfileCharts;
import org.csphub.explore.internal.ProfileChoice;
import org.csphub.explore.internal.ProfileChoices;
import org.csphub.explore.internal.ProfileCsv;
import org.csphub.shared.FieldProblem;
import org.csphub.shared.MapTiles;
import org.csphub.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Area profiles: the page, its map's JSON and its CSV downloads. Everyone signed in may see them:
 * aggregate counts about places, not personal data. Filters are a GET query, so a profile can be
 * bookmarked and shared.
 */
@Controller
@PreAuthorize("isAuthenticated()")
@RequestMapping("/explore")
class ProfileController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Areas areas;

	private final ProfileChoices choices;

	private final AreaProfiles profiles;

	private final MapTiles tiles;

	ProfileController(Areas areas, ProfileChoices choices, AreaProfiles profiles, MapTiles tiles) {
		this.areas = areas;
		this.choices = choices;
		this.profiles = profiles;
		this.tiles = tiles;
	}

	/** One group of areas on the index page. */
	record AreaGroup(AreaType type, String heading, List<AreaSummary> areas) {
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("groups", List.of(group(AreaType.BOROUGH, "Borough"), group(AreaType.WARD, "Wards"),
				group(AreaType.PARISH, "Parishes"), group(AreaType.CUSTOM, "Priority neighbourhoods and custom areas"),
				group(AreaType.LSOA, "Lower layer super output areas (LSOAs)")));
		return "explore/index";
	}

	private AreaGroup group(AreaType type, String heading) {
		return new AreaGroup(type, heading, areas.list(type));
	}

	/** The borough's profile, for links that do not know its code (the home page). */
	@GetMapping("/borough")
	String borough() {
		return areas.list(AreaType.BOROUGH)
			.stream()
			.findFirst()
			.map(b -> "redirect:" + profilePath(b.ref()))
			.orElse("redirect:/explore");
	}

	@GetMapping("/{type}/{code}")
	String profile(@PathVariable String type, @PathVariable String code, ProfileParams params, Model model) {
		AreaDetails area = area(type, code);
		ProfileChoices.Resolved resolved = choices.resolve(params.source(), params.from(), params.to(), params.category());
		model.addAttribute("area", area);
		model.addAttribute("typeLabel", typeLabel(area.type()));
		model.addAttribute("params", params);
		model.addAttribute("options", resolved.options());
		model.addAttribute("problems", resolved.problems());
		model.addAttribute("formAction", profilePath(area.ref()));
		model.addAttribute("tilesConfigured", tiles.configured());
		if (resolved.choice() == null) {
			model.addAttribute("population", areas.population(area.ref()).stream().boxed().findFirst().orElse(null));
			return "explore/profile";
		}
		ProfileChoice choice = resolved.choice();
		AreaProfile profile = profiles.profile(area, choice);
		DensityGrid grid = profiles.grid(area, choice);
		model.addAttribute("population", profile.population());
		model.addAttribute("choice", choice);
		model.addAttribute("profile", profile);
		model.addAttribute("grid", grid);
		model.addAttribute("busiest", profiles.busiest(grid, 10));
		model.addAttribute("monthlyChart", ProfileCharts.monthly("chart-months",
				"Incidents each month in " + area.name() + ", " + profile.period(), profile.months()));
		model.addAttribute("crimeTypeChart", ProfileCharts.crimeTypes("chart-types",
				"Incidents by crime type in " + area.name() + ", " + profile.period(), profile.categories()));
		String query = query(choice);
		String base = profilePath(area.ref());
		model.addAttribute("monthsCsv", base + "/months.csv" + query);
		model.addAttribute("crimeTypesCsv", base + "/crime-types.csv" + query);
		model.addAttribute("gridCsv", base + "/grid-cells.csv" + query);
		model.addAttribute("mapJson", base + "/map.json" + query);
		return "explore/profile";
	}

	@GetMapping("/{type}/{code}/months.csv")
	ResponseEntity<String> monthsCsv(@PathVariable String type, @PathVariable String code, ProfileParams params) {
		AreaDetails area = area(type, code);
		ProfileChoice choice = checked(params);
		return csv(area, choice, "months", ProfileCsv.months(profiles.profile(area, choice)));
	}

	@GetMapping("/{type}/{code}/crime-types.csv")
	ResponseEntity<String> crimeTypesCsv(@PathVariable String type, @PathVariable String code, ProfileParams params) {
		AreaDetails area = area(type, code);
		ProfileChoice choice = checked(params);
		return csv(area, choice, "crime-types", ProfileCsv.crimeTypes(profiles.profile(area, choice)));
	}

	@GetMapping("/{type}/{code}/grid-cells.csv")
	ResponseEntity<String> gridCsv(@PathVariable String type, @PathVariable String code, ProfileParams params) {
		AreaDetails area = area(type, code);
		ProfileChoice choice = checked(params);
		AreaProfile profile = profiles.profile(area, choice);
		return csv(area, choice, "grid-cells", ProfileCsv.gridCells(profile, profiles.grid(area, choice)));
	}

	@GetMapping(value = "/{type}/{code}/map.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> mapJson(@PathVariable String type, @PathVariable String code, ProfileParams params) {
		AreaDetails area = area(type, code);
		ProfileChoice choice = checked(params);
		String json = MapData.json(area, profiles.grid(area, choice), tiles,
				org.csphub.explore.internal.Months.period(choice.from(), choice.to()));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(BadQueryException.class)
	ResponseEntity<String> badQuery(BadQueryException ex) {
		return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(ex.getMessage() + "\n");
	}

	/** The choice of a download's query, or 400 naming the problems. */
	private ProfileChoice checked(ProfileParams params) {
		ProfileChoices.Resolved resolved = choices.resolve(params.source(), params.from(), params.to(), params.category());
		if (resolved.options() == null) {
			throw new BadQueryException("No incidents have been imported yet");
		}
		if (resolved.choice() == null) {
			throw new BadQueryException(String.join("; ", resolved.problems().stream().map(FieldProblem::message).toList()));
		}
		return resolved.choice();
	}

	private ResponseEntity<String> csv(AreaDetails area, ProfileChoice choice, String what, String body) {
		String name = (area.type().name() + "-" + area.code() + "-" + what + "-" + choice.from() + "-to-" + choice.to())
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9-]+", "-") + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private AreaDetails area(String type, String code) {
		AreaType areaType = Map.of("borough", AreaType.BOROUGH, "ward", AreaType.WARD, "parish", AreaType.PARISH, "lsoa",
				AreaType.LSOA, "custom", AreaType.CUSTOM).get(type);
		if (areaType == null) {
			throw new NotFoundException("Area");
		}
		return areas.find(new AreaRef(areaType, code)).orElseThrow(() -> new NotFoundException("Area"));
	}

	static String profilePath(AreaRef ref) {
		return "/explore/" + ref.type().name().toLowerCase(Locale.ROOT) + "/" + ref.code();
	}

	/** The choice as a query string, so links and downloads show exactly what the page shows. */
	static String query(ProfileChoice choice) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance()
			.queryParam("source", choice.source().code())
			.queryParam("from", choice.from().toString())
			.queryParam("to", choice.to().toString());
		choice.categories().forEach(c -> builder.queryParam("category", c));
		return builder.encode().build().toUriString();
	}

	static String typeLabel(AreaType type) {
		return switch (type) {
			case BOROUGH -> "Borough profile";
			case WARD -> "Ward profile";
			case PARISH -> "Parish profile";
			case LSOA -> "LSOA profile";
			case CUSTOM -> "Priority neighbourhood profile";
		};
	}

}
