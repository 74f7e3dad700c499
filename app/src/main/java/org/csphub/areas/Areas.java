package org.csphub.areas;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.csphub.areas.internal.AreaRepository;
import org.csphub.areas.internal.AreaSnapshot;
import org.csphub.areas.internal.BoundaryImport;
import org.csphub.areas.internal.LsoaReferenceRepository;
import org.csphub.areas.internal.ReferenceImport;
import org.csphub.areas.internal.Wgs84GeoJson;
import org.springframework.stereotype.Service;

/**
 * The partnership's geography: imports boundaries and reference data, finds which areas contain a
 * point, and answers what the area profile pages need.
 *
 * <p>{@link #locator()} and the membership queries work on an immutable snapshot of every boundary,
 * built from the database on first use and again whenever an import has succeeded since (in this
 * process or another, such as the command line): each call checks the latest import's id, one indexed
 * query.
 *
 * <p><b>Population of an area</b> (docs/adr/0008): the sum of the 2019 populations of the LSOAs that
 * make it up ({@link #lsoasOf(AreaRef)}: those whose interior point lies in it); unknown when it has no
 * LSOA or any of its LSOAs has no population figure.
 */
@Service
public class Areas {

	private final AreaRepository areas;

	private final LsoaReferenceRepository references;

	private final BoundaryImport boundaryImport;

	private final ReferenceImport referenceImport;

	private volatile Cached cached;

	private record Cached(long revision, AreaSnapshot snapshot) {
	}

	Areas(AreaRepository areas, LsoaReferenceRepository references, BoundaryImport boundaryImport,
			ReferenceImport referenceImport) {
		this.areas = areas;
		this.references = references;
		this.boundaryImport = boundaryImport;
		this.referenceImport = referenceImport;
	}

	/**
	 * The locator for the boundaries as they are now: an immutable snapshot, safe to share between
	 * threads and to keep for the length of an import. Ask again afterwards for later boundaries.
	 */
	public AreaLocator locator() {
		return snapshot().locator();
	}

	/** The areas of one type, by name, with their 2019 population where known. */
	public List<AreaSummary> list(AreaType type) {
		AreaSnapshot snapshot = snapshot();
		Map<String, Integer> populations = references.populations();
		return areas.list(type)
			.stream()
			.map(row -> new AreaSummary(row.ref(), row.name(), row.areaKm2(),
					populationOf(snapshot.lsoasOf(row.ref()), populations), row.derived()))
			.toList();
	}

	/** How many areas of each type there are (every type present, zero where none). */
	public Map<AreaType, Integer> counts() {
		Map<AreaType, Integer> counts = new EnumMap<>(AreaType.class);
		Map<AreaType, Integer> stored = areas.counts();
		for (AreaType type : AreaType.values()) {
			counts.put(type, stored.getOrDefault(type, 0));
		}
		return counts;
	}

	/** One area with its boundary on the British National Grid and as WGS84 GeoJSON. */
	public Optional<AreaDetails> find(AreaRef ref) {
		return areas.find(ref)
			.map(area -> new AreaDetails(area.ref(), area.name(), area.areaKm2(), area.derived(), area.geometry(),
					Wgs84GeoJson.of(area.geometry())));
	}

	/**
	 * One area's boundary on the British National Grid (EPSG:27700, metres; a copy the caller may change),
	 * without the WGS84 GeoJSON that {@link #find(AreaRef)} also makes: for computations such as masking a
	 * grid to the borough, where converting a whole force's boundary to GeoJSON would cost most of the time.
	 */
	public Optional<org.locationtech.jts.geom.Geometry> boundary(AreaRef ref) {
		return areas.find(ref).map(AreaRepository.StoredArea::geometry);
	}

	/** The published statistics for one LSOA, if imported. */
	public Optional<LsoaReference> lsoaReference(String lsoaCode) {
		return references.find(lsoaCode);
	}

	/** The codes of the LSOAs that make up an area (for an LSOA, itself), in code order. */
	public List<String> lsoasOf(AreaRef ref) {
		return snapshot().lsoasOf(ref);
	}

	/** The area's 2019 population: the sum over its LSOAs (see the class comment), if known. */
	public OptionalLong population(AreaRef ref) {
		Long population = populationOf(snapshot().lsoasOf(ref), references.populations());
		return population == null ? OptionalLong.empty() : OptionalLong.of(population);
	}

	/** The latest successful imports, newest first. */
	public List<AreaImport> recentImports(int limit) {
		return areas.recentImports(limit);
	}

	/**
	 * Replaces all the areas of the request's type with the boundaries in its GeoJSON files, all or
	 * nothing. Audited, and publishes {@link AreasChanged}.
	 * @param progress receives a line for each step, for the command line
	 * @throws ImportRefused listing every refused feature; nothing was changed
	 */
	public BoundaryImportResult importBoundaries(BoundaryImportRequest request, Consumer<String> progress) {
		try {
			return boundaryImport.run(request, progress);
		}
		finally {
			cached = null;
		}
	}

	/**
	 * Replaces the per-LSOA reference data with the five tables, all or nothing. Audited.
	 * @return the number of LSOAs with reference data
	 * @throws ImportRefused naming the file, line and reason of each bad row; nothing was changed
	 */
	public int importReference(ReferenceFiles files, Consumer<String> progress) {
		return referenceImport.run(files, progress);
	}

	private static Long populationOf(List<String> lsoas, Map<String, Integer> populations) {
		if (lsoas.isEmpty()) {
			return null;
		}
		long total = 0;
		for (String lsoa : lsoas) {
			Integer population = populations.get(lsoa);
			if (population == null) {
				return null;
			}
			total += population;
		}
		return total;
	}

	private AreaSnapshot snapshot() {
		long revision = areas.revision();
		Cached current = cached;
		if (current != null && current.revision() == revision) {
			return current.snapshot();
		}
		synchronized (this) {
			current = cached;
			if (current == null || current.revision() != revision) {
				current = new Cached(revision, AreaSnapshot.of(areas.all()));
				cached = current;
			}
			return current.snapshot();
		}
	}

}
